#!/usr/bin/env python3
"""Load for the cluster benchmark, through the load balancer: signed-in people (each with a session from a
real form sign-in) viewing pages and writing inquiry log entries through the API, and members of the public
submitting consultation responses. Writes a JSON summary: requests, throughput, errors by second, the writes
the app acknowledged (to look for in the database afterwards) and whether each person was still signed in
at the end.

usage: load.py BASE_URL SECONDS WORKERS OUT.json [CONSULTATION_ID INQUIRY_ID]
"""
import http.cookiejar
import json
import random
import re
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from datetime import date

BASE, SECONDS, WORKERS, OUT = sys.argv[1], float(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
PASSWORD = "exchange-demo"
# Practitioners write log entries to their own inquiry; the others read.
PEOPLE = ["practitioner@demo.test", "manager@demo.test", "mentor@demo.test", "facilitator@demo.test",
          "lead@demo.test", "reviewer@demo.test", "validator@demo.test", "colleague@demo.test"]


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


class Browser:
    def __init__(self):
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar), NoRedirect())

    def cookie(self, name):
        return next((c.value for c in self.jar if c.name == name), None)

    def request(self, method, path, data=None, headers=None):
        """(status, location, body); status 0 when no answer came (connection refused or reset)."""
        body = None
        headers = dict(headers or {})
        if isinstance(data, dict):
            body = urllib.parse.urlencode(data, doseq=True).encode()
            headers.setdefault("Content-Type", "application/x-www-form-urlencoded")
        elif isinstance(data, (bytes, str)):
            body = data.encode() if isinstance(data, str) else data
        req = urllib.request.Request(BASE + path, data=body, method=method, headers=headers)
        try:
            with self.opener.open(req, timeout=30) as response:
                return response.status, response.headers.get("Location", ""), response.read().decode("utf-8", "replace")
        except urllib.error.HTTPError as ex:
            return ex.code, ex.headers.get("Location", "") or "", ex.read().decode("utf-8", "replace")
        except Exception:  # refused, reset, timed out: the balancer had no node to give us
            return 0, "", ""

    def csrf(self, html):
        m = re.search(r'name="_csrf"\s+value="([^"]+)"', html) or re.search(r'value="([^"]+)"\s+name="_csrf"', html)
        return m.group(1) if m else self.cookie("PXCSRF")


def sign_in(browser, email):
    for _ in range(30):
        status, _, html = browser.request("GET", "/login")
        if status == 200:
            status, location, _ = browser.request("POST", "/login", {"username": email, "password": PASSWORD,
                                                                    "_csrf": browser.csrf(html)})
            if status == 302 and "error" not in location:
                return True
        time.sleep(1)
    return False


lock = threading.Lock()
stats = {"requests": 0, "ok": 0, "errors": 0, "refused": 0, "signed_out": 0, "by_second": {}, "log_entries": [],
         "responses": [], "error_samples": []}
start = time.time()


def count(kind, detail=""):
    with lock:
        stats["requests"] += 1
        stats[kind] += 1
        if kind in ("errors", "signed_out"):
            second = str(int(time.time() - start))
            stats["by_second"][second] = stats["by_second"].get(second, 0) + 1
            if len(stats["error_samples"]) < 30:
                stats["error_samples"].append(f"{time.time() - start:.1f}s {kind} {detail}")


def judge(status, location, what, expected=(200,)):
    if status in expected:
        count("ok")
        return True
    if status == 302 and "/login" in location:
        count("signed_out", what)
    elif status == 0 or status >= 500:
        count("errors", f"{what} -> {status}")
    else:
        count("refused", f"{what} -> {status}")
    return False


def respond(consultation):
    """A member of the public answering the consultation: start, answer every question, submit with an e-mail."""
    public = Browser()
    status, location, html = public.request("GET", f"/consultations/{consultation}")
    if not judge(status, location, "consultation page"):
        return
    status, location, _ = public.request("POST", f"/consultations/{consultation}/responses", {"_csrf": public.csrf(html)})
    if not judge(status, location, "start response", (302,)) or "/respond/" not in location:
        return
    token = location.rsplit("/", 1)[1]
    status, location, html = public.request("GET", f"/consultations/respond/{token}")
    if not judge(status, location, "response form"):
        return
    form = {"_csrf": public.csrf(html), "action": "submit", "email": f"bench-{token[:12]}@example.org"}
    for name, value in re.findall(r'<input[^>]*type="radio"[^>]*name="([^"]+)"[^>]*value="([^"]+)"', html):
        form.setdefault(name, value)
    for name, value in re.findall(r'<input[^>]*type="radio"[^>]*value="([^"]+)"[^>]*name="([^"]+)"', html):
        form.setdefault(value, name)
    for select, options in re.findall(r'<select[^>]*name="([^"]+)"[^>]*>(.*?)</select>', html, re.S):
        values = [v for v in re.findall(r'<option[^>]*value="([^"]*)"', options) if v]
        if values:
            form.setdefault(select, values[0])
    for name in re.findall(r'<textarea[^>]*name="([^"]+)"', html):
        form.setdefault(name, "Written during the cluster benchmark")
    status, location, _ = public.request("POST", f"/consultations/respond/{token}", form)
    if judge(status, location, "submit response", (302,)) and location.endswith("/done"):
        with lock:
            stats["responses"].append(token)


def worker(number, consultation, inquiry, deadline, signed_in_at_end):
    email = PEOPLE[number % len(PEOPLE)]
    browser = Browser()
    if not sign_in(browser, email):
        with lock:
            stats["error_samples"].append(f"worker {number} could not sign in as {email}")
        return
    writer = email == "practitioner@demo.test" and inquiry
    pages = ["/home", "/outputs", "/consultations", "/programmes"]
    if writer:
        pages += [f"/inquiries/{inquiry}", "/inquiries", "/my/outputs"]
    while time.time() < deadline:
        roll = random.random()
        if writer and roll < 0.3:
            marker = f"bench-{uuid.uuid4()}"
            body = json.dumps({"entryOn": date.today().isoformat(), "done": marker, "observed": "Through the balancer"})
            status, location, _ = browser.request("POST", f"/api/inquiries/{inquiry}/log", body, {
                "Content-Type": "application/json", "X-CSRF-TOKEN": browser.cookie("PXCSRF") or ""})
            if judge(status, location, "log entry", (201,)):
                with lock:
                    stats["log_entries"].append(marker)
        elif consultation and roll < 0.4:
            respond(consultation)
        else:
            path = random.choice(pages)
            status, location, _ = browser.request("GET", path)
            judge(status, location, path)
    # Their next request: still signed in? (a few tries, in case the balancer has no node at this instant)
    for _ in range(10):
        status, location, _ = browser.request("GET", "/home")
        if status != 0 and status < 500:
            break
        time.sleep(1)
    still = status == 200
    with lock:
        signed_in_at_end.append({"person": email, "still_signed_in": still, "status": status, "location": location})


def main():
    consultation = sys.argv[5] if len(sys.argv) > 5 and sys.argv[5] != "-" else None
    inquiry = sys.argv[6] if len(sys.argv) > 6 and sys.argv[6] != "-" else None
    deadline = time.time() + SECONDS
    signed_in_at_end = []
    threads = [threading.Thread(target=worker, args=(n, consultation, inquiry, deadline, signed_in_at_end))
               for n in range(WORKERS)]
    global start
    start = time.time()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.time() - start
    stats["seconds"] = round(elapsed, 1)
    stats["throughput"] = round(stats["requests"] / elapsed, 1)
    stats["signed_in_at_end"] = signed_in_at_end
    with open(OUT, "w") as out:
        json.dump(stats, out, indent=1)


if __name__ == "__main__":
    main()
