#!/usr/bin/env python3
"""Mixed load against one searchd for a fixed time, and what it did: statuses by kind of request, latencies,
connection failures, and the daemon's memory over time. Standard library only.

  soak.py --port P --pid PID --seconds S [--connections 32] [--out FILE.json]

The mix (each thread cycles through it from its own starting point): normal searches with filters and sorts,
the page's default listing (q= with sort=oldest, deep pages), passages, similar wording, documents, facets, and
hostile requests (field values refused under a sign, unbalanced quotes, huge and control-character queries,
over-deep pages, broad wildcards) that must be answered 4xx. An error is a 5xx, a refused or reset connection, a
timeout, or a 2xx/4xx other than the kind's own. Exits 1 if searchd died or any error was seen.
"""
import argparse
import http.client
import json
import os
import random
import statistics
import sys
import threading
import time
import urllib.parse

sys.dont_write_bytecode = True

NORMAL = [
    "/api/search?q=police",
    "/api/search?q=information+request&sort=newest",
    "/api/search?q=%22neither+confirm+nor+deny%22",
    "/api/search?q=exemption:s40(2)+data",
    "/api/search?q=force:%22Kent+Police%22&sort=oldest",
    "/api/search?q=section+NEAR+exempt",
    "/api/search?q=inform*",
    "/api/search?exemption=s31&exemption=s40",
    "/api/search?q=police&from=2016-01-01&to=2018-12-31",
    "/api/search?q=-exemption:s40",
    "/api/search?q=police+-decoy",
    "/api/facets",
    "/api/passages?q=prejudice&role=harm",
    "/api/passages?exemption=s23(5)&collapse=cluster",
    "/api/similar?text=" + urllib.parse.quote(
        "The Police Service is committed to demonstrating proportionality and accountability regarding "
        "surveillance techniques to the appropriate authorities"),
    "/healthz",
]
DEEP = [  # the page's default listing and deep pages: the request of a core in the issue
    "/api/search?q=&sort=oldest&page=50",
    "/api/search?q=&sort=newest&page=90&size=10",
    "/api/search?q=",
    "/api/search?q=&page=20&size=50",
    "/api/search?page=1001",  # past the end: 200 with no hits (deep paging)
]
HOSTILE = [  # each must be a 4xx
    "/api/search?q=-exemption%3As99",
    "/api/search?q=%2Bexemption%3As99",
    "/api/search?q=-exemption%3As31*",
    "/api/search?q=-force%3Anowhere+-exemption%3As98",
    "/api/passages?q=-role%3Azz",
    "/api/search?q=%22unclosed",
    "/api/search?q=(((a",
    "/api/search?q=" + "a" * 1100,
    "/api/search?q=" + "+".join("t%d" % i for i in range(80)),
    "/api/search?page=0",
    "/api/search?cursor=nope",
    "/api/search?from=2021-02-30",
    "/api/search?exemption=s17",
    "/api/search?sort=random",
    "/api/doc?id=..%2F..%2Fetc%2Fpasswd",
    "/api/similar?passage=nope%23p1",
    "/app.js%00.html",
    "/%0a%0d",
    "/api/cluster?id=%00",
]


def classify(path):
    if path in HOSTILE:
        return "hostile"
    if path in DEEP:
        return "deep"
    return "normal"


def expected(kind, status, path):
    if kind == "hostile":
        return 400 <= status < 500
    if path.startswith("/api/doc") or path.startswith("/api/cluster"):
        return status in (200, 404)
    return status == 200


def rss_kb(pid):
    try:
        with open("/proc/%d/status" % pid) as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        return None
    return None


class Stats:
    def __init__(self):
        self.lock = threading.Lock()
        self.count = {}
        self.lat = {}
        self.errors = []

    def add(self, kind, ms, ok, what):
        with self.lock:
            self.count[kind] = self.count.get(kind, 0) + 1
            self.lat.setdefault(kind, []).append(ms)
            if not ok and len(self.errors) < 50:
                self.errors.append(what)
            if not ok:
                self.count["errors"] = self.count.get("errors", 0) + 1


def worker(port, paths, start, until, stats, doc_ids):
    i = start
    conn = None
    while time.monotonic() < until:
        path = paths[i % len(paths)]
        i += 1
        if path == "DOC":
            path = "/api/doc?id=" + urllib.parse.quote(random.choice(doc_ids) if doc_ids else "none")
        kind = classify(path)
        t0 = time.monotonic()
        try:
            if conn is None:
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            conn.request("GET", path)
            r = conn.getresponse()
            body = r.read()
            ms = (time.monotonic() - t0) * 1000
            ok = expected(kind, r.status, path)
            if ok and r.getheader("Content-Type", "").startswith("application/json"):
                json.loads(body)
            stats.add(kind, ms, ok, "%d %s" % (r.status, path[:80]))
            if r.getheader("Connection", "").lower() == "close":
                conn.close()
                conn = None
        except Exception as e:  # refused, reset, timeout, bad JSON: all errors
            stats.add(kind, (time.monotonic() - t0) * 1000, False, "%s %s" % (type(e).__name__, path[:80]))
            if conn is not None:
                conn.close()
            conn = None
    if conn is not None:
        conn.close()


def pct(values, p):
    if not values:
        return None
    values = sorted(values)
    return round(values[min(len(values) - 1, int(len(values) * p / 100))], 1)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--port", type=int, required=True)
    ap.add_argument("--pid", type=int, required=True)
    ap.add_argument("--seconds", type=float, required=True)
    ap.add_argument("--connections", type=int, default=32)
    ap.add_argument("--out")
    a = ap.parse_args()

    c = http.client.HTTPConnection("127.0.0.1", a.port, timeout=30)
    c.request("GET", "/api/search?q=&size=100")
    doc_ids = [h["id"] for h in json.loads(c.getresponse().read())["hits"]]
    c.close()
    paths = NORMAL * 3 + DEEP * 2 + HOSTILE + ["DOC"] * 4
    random.Random(1).shuffle(paths)

    stats = Stats()
    until = time.monotonic() + a.seconds
    threads = [threading.Thread(target=worker, args=(a.port, paths, k * 7, until, stats, doc_ids))
               for k in range(a.connections)]
    for t in threads:
        t.start()
    samples = []
    t0 = time.monotonic()
    while time.monotonic() < until:
        samples.append((round(time.monotonic() - t0), rss_kb(a.pid)))
        time.sleep(min(5, max(0.1, until - time.monotonic())))
    for t in threads:
        t.join()
    samples.append((round(time.monotonic() - t0), rss_kb(a.pid)))
    alive = rss_kb(a.pid) is not None

    rss = [kb for _, kb in samples if kb]
    n = len(rss)
    report = {
        "seconds": a.seconds, "connections": a.connections, "searchd_alive": alive,
        "requests": {k: v for k, v in stats.count.items() if k != "errors"},
        "errors": stats.count.get("errors", 0), "first_errors": stats.errors[:10],
        "latency_ms": {k: {"p50": pct(v, 50), "p99": pct(v, 99)} for k, v in stats.lat.items()},
        "rss_mb": {"first": round(rss[0] / 1024, 1) if rss else None,
                   "at_quarter": round(rss[n // 4] / 1024, 1) if rss else None,
                   "max": round(max(rss) / 1024, 1) if rss else None,
                   "last": round(rss[-1] / 1024, 1) if rss else None},
        "rss_samples_mb": [(s, round(kb / 1024, 1)) for s, kb in samples if kb],
    }
    total = sum(report["requests"].values())
    report["requests_per_second"] = round(total / a.seconds, 1)
    text = json.dumps(report, indent=1)
    print(text)
    if a.out:
        with open(a.out, "w") as f:
            f.write(text + "\n")
    sys.exit(0 if alive and report["errors"] == 0 else 1)


if __name__ == "__main__":
    main()
