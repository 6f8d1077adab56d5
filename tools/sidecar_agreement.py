#!/usr/bin/env python3
"""How often extraction agrees with a sidecar's labels, and whether the outcome filter works with the sidecar.

    tools/sidecar_agreement.py CORPUS_DIR SIDECAR.csv

Indexes CORPUS_DIR twice into temporary databases (without, then with --sidecar), serves each with foi-searchd on
a free loopback port, and prints: per field (date, reference, authority), the share of documents whose extracted
value agrees with the sidecar, with a sample of disagreements; then, with the sidecar, /api/search?outcome=X
counts against the sidecar's own counts. Standard library only; run after scripts/build.sh.
"""
import collections
import csv
import datetime
import json
import os
import re
import subprocess
import sys
import tempfile
import urllib.parse
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BIN = os.path.join(ROOT, "build", "bin")


def uk_date(s):
    m = re.match(r"(\d{1,2})/(\d{1,2})/(\d{4})$", s.strip())
    return f"{m.group(3)}-{int(m.group(2)):02d}-{int(m.group(1)):02d}" if m else None


def norm(s):
    return re.sub(r"[^a-z0-9]", "", (s or "").lower())


def serve(db):
    p = subprocess.Popen([os.path.join(BIN, "foi-searchd"), "--db", db, "--listen", "127.0.0.1:0", "--quiet"],
                         stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    port = int(re.search(r":(\d+)$", p.stdout.readline().strip()).group(1))
    return p, f"http://127.0.0.1:{port}"


def get(base, path, **params):
    with urllib.request.urlopen(f"{base}{path}?{urllib.parse.urlencode(params)}") as r:
        return json.load(r)


def index(corpus, db, *extra):
    out = subprocess.run([os.path.join(BIN, "foi-index"), "--db", db, *extra, corpus], capture_output=True, text=True)
    print(out.stdout.strip())


def agreement(base, rows):
    fields = {"date": lambda r: uk_date(r["decision_date"]), "reference": lambda r: r["reference"],
              "authority": lambda r: r["public_agency"]}
    agree, seen, samples = collections.Counter(), collections.Counter(), collections.defaultdict(list)
    near = 0
    for r in rows:
        try:
            doc = get(base, "/api/doc", id=r["id"] + ".pdf")
        except Exception:
            continue  # a scan or a rejected file: not indexed
        for field, want_of in fields.items():
            want = want_of(r)
            if not want or want in ("NA", "???"):
                continue
            seen[field] += 1
            got = doc.get(field)
            ok = norm(got) == norm(want) if field != "authority" else bool(got) and (
                norm(want) in norm(got) or norm(got) in norm(want))
            if field == "date" and got and want:
                days = abs((datetime.date.fromisoformat(got) - datetime.date.fromisoformat(want)).days)
                near += days <= 7
            if ok:
                agree[field] += 1
            elif len(samples[field]) < 6:
                samples[field].append((r["id"], want, got))
    for field in fields:
        share = agree[field] / seen[field] if seen[field] else 0
        print(f"{field}: {agree[field]}/{seen[field]} agree ({share:.0%})")
        if field == "date":
            print(f"date within 7 days: {near}/{seen[field]} ({near / max(1, seen[field]):.0%}) "
                  "(a decision is signed a few days before it is promulgated; the CSV has the promulgation date)")
        for s in samples[field]:
            print(f"    {s[0]}.pdf: sidecar {s[1]!r}, extracted {s[2]!r}")


def outcomes(base, rows):
    indexed = {h["id"] for h in get(base, "/api/search", size=100, page=1)["hits"]}  # touch
    del indexed
    want = collections.Counter(r["outcome"] for r in rows if r["outcome"] not in ("", "NA", "???"))
    facet = {v["value"]: v["count"] for v in get(base, "/api/facets")["facets"]["outcome"]}
    for outcome, n in want.most_common():
        got = get(base, "/api/search", outcome=outcome, size=1)["total"]
        print(f"outcome={outcome}: {got} found (sidecar rows {n}; facet {facet.get(outcome, 0)})")


def main(corpus, sidecar):
    rows = list(csv.DictReader(open(sidecar, encoding="utf-8")))
    with tempfile.TemporaryDirectory() as tmp:
        index(corpus, os.path.join(tmp, "plain"))
        p, base = serve(os.path.join(tmp, "plain"))
        try:
            print("Without the sidecar:")
            agreement(base, rows)
        finally:
            p.terminate()
        index(corpus, os.path.join(tmp, "sidecar"), "--sidecar", sidecar)
        p, base = serve(os.path.join(tmp, "sidecar"))
        try:
            print("With the sidecar:")
            outcomes(base, rows)
        finally:
            p.terminate()


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:3]))
