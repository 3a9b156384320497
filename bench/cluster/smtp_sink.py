#!/usr/bin/env python3
"""A minimal SMTP server for the cluster benchmark: accepts every message and appends one line per
recipient ("<to>\t<subject>", the subject decoded from its MIME form and unfolded) to a log file, so
the run can compare what arrived with what the app's outbox says it sent.

usage: smtp_sink.py PORT LOG"""
import email
import email.header
import socketserver
import sys
import threading

LOG = sys.argv[2]
lock = threading.Lock()


def subject_of(lines):
    message = email.message_from_string("\n".join(lines))
    raw = message.get("Subject", "")
    text = str(email.header.make_header(email.header.decode_header(raw)))
    return " ".join(text.split())


class Session(socketserver.StreamRequestHandler):
    def send(self, line):
        self.wfile.write((line + "\r\n").encode())
        self.wfile.flush()

    def handle(self):
        self.send("220 bench-sink ESMTP")
        recipients, data = [], None
        while True:
            raw = self.rfile.readline()
            if not raw:
                return
            line = raw.decode("utf-8", "replace").rstrip("\r\n")
            if data is not None:
                if line == ".":
                    subject = subject_of(data)
                    with lock, open(LOG, "a") as log:
                        for to in recipients:
                            log.write(f"{to}\t{subject}\n")
                    recipients, data = [], None
                    self.send("250 OK")
                else:
                    data.append(line[1:] if line.startswith("..") else line)
                continue
            verb = line[:4].upper()
            if verb in ("HELO", "EHLO"):
                self.send("250 bench-sink")
            elif verb == "MAIL":
                recipients = []
                self.send("250 OK")
            elif verb == "RCPT":
                recipients.append(line.split(":", 1)[1].strip().strip("<>"))
                self.send("250 OK")
            elif verb == "DATA":
                data = []
                self.send("354 End data with <CR><LF>.<CR><LF>")
            elif verb == "QUIT":
                self.send("221 Bye")
                return
            else:
                self.send("250 OK")


class Server(socketserver.ThreadingTCPServer):
    allow_reuse_address = True
    daemon_threads = True


if __name__ == "__main__":
    Server(("127.0.0.1", int(sys.argv[1])), Session).serve_forever()
