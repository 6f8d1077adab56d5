#!/usr/bin/env python3
"""Slow clients and a crowd against one searchd, with a prober measuring what an ordinary user meets meanwhile.
Standard library only.

  slow_clients.py --port P --pid PID [--seconds S] [--slow 60] [--crowd 200] [--out FILE.json]

Three phases of S seconds, the prober (a /healthz and a search on a new connection every 50 ms, 5 s timeout)
running through each: quiet; SLOW clients that send a request line and then one header byte every 2 s (each
reconnects when searchd drops it); CROWD clients each sending searches back to back on new connections.
Reports the prober's p50/p99/max and failures per phase, how long searchd let a slow client hang on, and the
crowd's own latencies and failures. Exits 1 if searchd died or the prober failed in any phase.
"""
import argparse
import http.client
import json
import socket
import sys
import threading
import time

sys.dont_write_bytecode = True

SEARCHES = ["/api/search?q=police", "/api/search?q=information&sort=newest", "/api/search?q=",
            "/api/search?q=exemption:s40(2)", "/api/search?q=%22internal+review%22"]


def pct(values, p):
    if not values:
        return None
    values = sorted(values)
    return round(values[min(len(values) - 1, int(len(values) * p / 100))], 1)


def get(port, path, timeout):
    t0 = time.monotonic()
    c = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        c.request("GET", path, headers={"Connection": "close"})
        r = c.getresponse()
        r.read()
        return r.status, (time.monotonic() - t0) * 1000
    finally:
        c.close()


def prober(port, until, out):
    lat, failures, i = [], [], 0
    while time.monotonic() < until:
        path = "/healthz" if i % 2 == 0 else SEARCHES[i % len(SEARCHES)]
        i += 1
        try:
            status, ms = get(port, path, 5)
            lat.append(ms)
            if status != 200:
                failures.append("%d %s" % (status, path))
        except Exception as e:
            failures.append("%s %s" % (type(e).__name__, path))
        time.sleep(0.05)
    out.update({"probes": len(lat) + len(failures), "p50_ms": pct(lat, 50), "p99_ms": pct(lat, 99),
                "max_ms": round(max(lat), 1) if lat else None, "failures": len(failures),
                "first_failures": failures[:5]})


def slow_client(port, until, held):
    while time.monotonic() < until:
        start = time.monotonic()
        try:
            s = socket.create_connection(("127.0.0.1", port), timeout=5)
            s.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\nX-Slow: ")
            while time.monotonic() < until:
                time.sleep(2)
                s.sendall(b"a")
            s.close()
        except OSError:
            pass
        held.append(time.monotonic() - start)


def crowd_client(port, until, lat, failures, k):
    i = k
    while time.monotonic() < until:
        path = SEARCHES[i % len(SEARCHES)]
        i += 1
        try:
            status, ms = get(port, path, 10)
            lat.append(ms)
            if status != 200:
                failures.append(status)
        except Exception as e:
            failures.append(type(e).__name__)


def phase(port, seconds, slow=0, crowd=0):
    until = time.monotonic() + seconds
    probe = {}
    held, crowd_lat, crowd_fail = [], [], []
    threads = [threading.Thread(target=prober, args=(port, until, probe))]
    threads += [threading.Thread(target=slow_client, args=(port, until, held)) for _ in range(slow)]
    threads += [threading.Thread(target=crowd_client, args=(port, until, crowd_lat, crowd_fail, k))
                for k in range(crowd)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    out = {"prober": probe}
    if slow:
        dropped = [h for h in held if h < seconds - 1]  # ended by searchd before the phase did
        out["slow_clients"] = {"clients": slow, "connections": len(held), "dropped_by_searchd": len(dropped),
                               "longest_hold_s": round(max(held), 1) if held else None,
                               "median_dropped_after_s": round(sorted(dropped)[len(dropped) // 2], 1)
                               if dropped else None}
    if crowd:
        out["crowd"] = {"clients": crowd, "requests": len(crowd_lat) + len(crowd_fail),
                        "p50_ms": pct(crowd_lat, 50), "p99_ms": pct(crowd_lat, 99),
                        "max_ms": round(max(crowd_lat), 1) if crowd_lat else None, "failures": len(crowd_fail),
                        "failure_kinds": sorted(set(map(str, crowd_fail)))[:5]}
    return out


def alive(pid):
    try:
        with open("/proc/%d/status" % pid):
            return True
    except OSError:
        return False


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--port", type=int, required=True)
    ap.add_argument("--pid", type=int, required=True)
    ap.add_argument("--seconds", type=float, default=30)
    ap.add_argument("--slow", type=int, default=60)
    ap.add_argument("--crowd", type=int, default=200)
    ap.add_argument("--out")
    a = ap.parse_args()
    report = {"quiet": phase(a.port, a.seconds),
              "slow": phase(a.port, a.seconds, slow=a.slow),
              "crowd": phase(a.port, a.seconds, crowd=a.crowd)}
    report["searchd_alive"] = alive(a.pid)
    text = json.dumps(report, indent=1)
    print(text)
    if a.out:
        with open(a.out, "w") as f:
            f.write(text + "\n")
    ok = report["searchd_alive"] and all(report[p]["prober"]["failures"] == 0 for p in ("quiet", "slow", "crowd"))
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
