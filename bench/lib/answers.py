#!/usr/bin/env python3
"""Answers unchanged? Records what foi-searchd answers to every query of a set, and compares two such records.

  answers.py http --port P --queries FILE --out FILE [--host H]
      every query of FILE (queries.jsonl or querylog.jsonl: make_queries.py, make_query_log.py) as GET /api/search
      on one keep-alive connection; one JSON line per query: id, status, total, hit ids in order, facet counts,
      snippets, suggestion (an error answer: status and its code)
  answers.py compare A B
      A and B query by query (by id). Totals, hit ids, facet counts and status must be equal: any difference is
      listed and the exit status is 1. Snippets and suggestions are compared too and their differences listed, but
      do not fail the comparison unless --strict.

Also reads the files `foi-bench-query --pages FILE` writes (in-process answers), but compare like with like:
two HTTP records, or two in-process records. See bench/README.md, "Answers unchanged"."""
import argparse
import http.client
import json
import sys
import urllib.parse

KEY_FIELDS = ("status", "total", "hits", "facets")
OTHER_FIELDS = ("snippets", "suggestion")


def normal_facets(facets):
    """{facet: {value: count}} from the API's [{"value", "count", ...}] lists or the library's own form."""
    out = {}
    for name, values in (facets or {}).items():
        counts = {}
        for v in values:
            if isinstance(v, dict):
                counts[str(v["value"])] = v["count"]
            else:
                counts[str(v[0])] = v[1]
        out[name] = counts
    return out


def record_http(conn, q):
    path = "/api/search?" + urllib.parse.urlencode([tuple(p) for p in q["params"]])
    conn.request("GET", path)
    resp = conn.getresponse()
    body = json.loads(resp.read() or b"null")
    rec = {"id": q["id"], "status": resp.status}
    if resp.status != 200:
        rec["error"] = ((body or {}).get("error") or {}).get("code")
        return rec
    rec.update({"total": body["total"], "hits": [h["id"] for h in body["hits"]],
                "facets": normal_facets(body["facets"]), "snippets": [h.get("snippet") for h in body["hits"]],
                "suggestion": body.get("suggestion")})
    return rec


def http_mode(args):
    conn = http.client.HTTPConnection(args.host, args.port, timeout=60)
    with open(args.queries, encoding="utf-8") as f, open(args.out, "w", encoding="utf-8") as out:
        n = 0
        for line in f:
            if line.strip():
                out.write(json.dumps(record_http(conn, json.loads(line)), ensure_ascii=False, sort_keys=True) + "\n")
                n += 1
    print(f"answers: {n} queries recorded into {args.out}", file=sys.stderr)


def read_record(path):
    out = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                r = json.loads(line)
                r.setdefault("status", 200)
                if "facets" in r:
                    r["facets"] = normal_facets(r["facets"])
                out[r["id"]] = r
    return out


def compare_mode(args):
    a, b = read_record(args.a), read_record(args.b)
    problems, notes = [], []
    for qid in sorted(set(a) | set(b)):
        if qid not in a or qid not in b:
            problems.append(f"{qid}: only in {'A' if qid in a else 'B'}")
            continue
        for field in KEY_FIELDS + OTHER_FIELDS:
            if a[qid].get(field) != b[qid].get(field):
                (problems if field in KEY_FIELDS or args.strict else notes).append(f"{qid}: {field} differs")
    same = len(set(a) & set(b))
    print(f"answers: {same} queries in both; {len(problems)} differences in {', '.join(KEY_FIELDS)}"
          f"{', ' + ', '.join(OTHER_FIELDS) if args.strict else ''}; {len(notes)} other differences")
    for line in (problems + notes)[:args.show]:
        print("  " + line)
    return 1 if problems else 0


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="mode", required=True)
    h = sub.add_parser("http")
    h.add_argument("--port", type=int, required=True)
    h.add_argument("--host", default="127.0.0.1")
    h.add_argument("--queries", required=True)
    h.add_argument("--out", required=True)
    c = sub.add_parser("compare")
    c.add_argument("a")
    c.add_argument("b")
    c.add_argument("--strict", action="store_true", help="snippets and suggestions must be equal too")
    c.add_argument("--show", type=int, default=20, help="differences listed (default 20)")
    args = ap.parse_args()
    if args.mode == "http":
        http_mode(args)
        return 0
    return compare_mode(args)


if __name__ == "__main__":
    sys.exit(main())
