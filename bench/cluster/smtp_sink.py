#!/usr/bin/env python3
"""A minimal SMTP server for the cluster benchmark: accepts every message and appends one line per
recipient ("<to>\t<subject>") to a log file, so the run can count how often each mail arrived."""
import socketserver
import sys
import threading

LOG = sys.argv[2]
lock = threading.Lock()


class Session(socketserver.StreamRequestHandler):
    def send(self, line):
        self.wfile.write((line + "\r\n").encode())
        self.wfile.flush()

    def handle(self):
        self.send("220 bench-sink ESMTP")
        recipients, in_data, subject = [], False, ""
        while True:
            raw = self.rfile.readline()
            if not raw:
                return
            line = raw.decode("utf-8", "replace").rstrip("\r\n")
            if in_data:
                if line == ".":
                    with lock, open(LOG, "a") as log:
                        for to in recipients:
                            log.write(f"{to}\t{subject}\n")
                    recipients, in_data, subject = [], False, ""
                    self.send("250 OK")
                elif line.lower().startswith("subject:") and not subject:
                    subject = line[8:].strip()
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
                in_data = True
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
