#!/usr/bin/env python3
"""Asks two foi-searchd servers over the same documents the same questions and says where their JSON differs:
/api/search and /api/passages for every query (the bench set from bench/lib/make_queries.py, plus the queries
below: phrases, exact:, wildcards, title:, NOT, filters, sorts, a second page, citations typed as words), then
/api/doc, /api/similar?doc= and /api/similar?passage= for the first hits, /api/cluster for the first clusters,
/api/facets and /healthz's counts. For an index layout change: run the old and the new binaries, each over its
own index of one corpus, and read which answers and which fields moved.

  bench/compare_answers.py --a http://127.0.0.1:8701 --b http://127.0.0.1:8702 \\
      --queries OUT/queries.jsonl [--ignore next_cursor] [--show 5]

Prints one line per differing answer and a summary. An answer is "order only" when its total, facets and set of
hits agree and only their order does not; "ranked" when everything but its lists agrees and every hit (document
or passage) found in both answers is the same, field for field, wherever it is listed (relevance moved hits in or
out of the page); else "differ", with the JSON paths that differ. Exits 1 when any answer is not the same."""
import argparse
import json
import sys
import urllib.error
import urllib.parse
import urllib.request

# Queries beyond the bench set: the query language's corners a passage layout could get wrong.
EXTRA = [
    [["q", "disclosure"]],
    [["q", "disclosure"], ["sort", "newest"]],
    [["q", "disclosure"], ["sort", "oldest"], ["page", "2"]],
    [["q", '"neither confirm nor deny"']],
    [["q", 'exact:"neither confirm nor deny"']],
    [["q", '"public interest"'], ["exemption", "s31"]],
    [["q", "prejudic*"]],
    [["q", "title:response"]],
    [["q", "harm -disclosure"]],
    [["q", "information NOT personal"]],
    [["q", "section 40"]],
    [["q", "section 30 investigation"]],
    [["q", "refuse OR withheld"]],
    [["q", "cost limit"], ["role", "cost_limit"]],
    [["q", "public interest"], ["role", "balance"]],
    [["q", "law enforcement"], ["exemption", "s31(1)(a)"]],
    [["q", ""]],
    [["q", ""], ["exemption", "s40(2)"]],
    [["q", ""], ["role", "harm"]],
    [["q", "police"], ["from", "2015-01-01"], ["to", "2018-12-31"]],
    [["q", "request"], ["collapse", "cluster"]],
    [["q", "reveal"], ["boilerplate", "1"]],
    [["q", "vulnerab*"], ["size", "50"]],
    [["q", '"information commissioner"'], ["sort", "newest"]],
    [["q", "NEAR"]],
    [["q", "deny NEAR confirm"]],
    [["q", "data protection"], ["doc_type", "response"]],
    [["q", "crime"], ["ncnd", "yes"]],
]


def get(base, path):
    try:
        with urllib.request.urlopen(base + path, timeout=120) as r:
            return r.status, json.loads(r.read())
    except urllib.error.HTTPError as e:
        body = e.read()
        try:
            return e.code, json.loads(body)
        except ValueError:
            return e.code, body.decode("utf-8", "replace")


def diff_paths(a, b, path, ignore, out):
    if isinstance(a, dict) and isinstance(b, dict):
        for k in sorted(set(a) | set(b)):
            if k in ignore:
                continue
            if k not in a or k not in b:
                out.append(f"{path}.{k} (only in {'b' if k not in a else 'a'})")
            else:
                diff_paths(a[k], b[k], f"{path}.{k}", ignore, out)
    elif isinstance(a, list) and isinstance(b, list):
        if len(a) != len(b):
            out.append(f"{path} (length {len(a)} vs {len(b)})")
        for i, (x, y) in enumerate(zip(a, b)):
            diff_paths(x, y, f"{path}[{i}]", ignore, out)
    elif a != b:
        out.append(path)


def ids(answer, key):
    return [h.get("id") for h in answer.get(key, [])] if isinstance(answer, dict) else []


def ranked_only(a, b, ignore):
    """Everything but the lists of hits agrees, and a hit in both answers is the same in both."""
    if not isinstance(a, dict) or not isinstance(b, dict):
        return False
    lists = [k for k in ("hits", "passages") if k in a or k in b]
    if not lists:
        return False
    rest = []
    diff_paths({k: v for k, v in a.items() if k not in lists}, {k: v for k, v in b.items() if k not in lists}, "",
               ignore, rest)
    if rest:
        return False
    for k in lists:
        by_id = {json.dumps(h.get("id")): h for h in a.get(k, [])}
        for h in b.get(k, []):
            other = by_id.get(json.dumps(h.get("id")))
            if other is not None and other != h:
                return False
    return True


def order_only(a, b):
    """Same total, facets and set of hits (documents or passages), another order."""
    if not isinstance(a, dict) or not isinstance(b, dict):
        return False
    key = "hits" if "hits" in a else "passages"
    same_rest = a.get("total") == b.get("total") and a.get("facets") == b.get("facets")
    return same_rest and sorted(map(str, ids(a, key))) == sorted(map(str, ids(b, key)))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--a", required=True, help="base URL of one server")
    ap.add_argument("--b", required=True, help="base URL of the other")
    ap.add_argument("--queries", help="a queries.jsonl from bench/lib/make_queries.py")
    ap.add_argument("--ignore", nargs="*", default=["next_cursor"],
                    help="keys left out of the comparison (default: next_cursor, which names the index's revision)")
    ap.add_argument("--show", type=int, default=5, help="differing paths shown per answer")
    ap.add_argument("--follow", type=int, default=3, help="hits and passages followed per query")
    args = ap.parse_args()

    queries = []
    if args.queries:
        with open(args.queries, encoding="utf-8") as f:
            queries = [json.loads(line)["params"] for line in f if line.strip()]
    queries += EXTRA
    paths = []
    for params in queries:
        qs = urllib.parse.urlencode([(k, v) for k, v in params])
        paths += [f"/api/search?{qs}", f"/api/passages?{qs}"]
    paths += ["/api/facets"]

    counts = {"same": 0, "order only": 0, "ranked": 0, "differ": 0}
    seen = set()
    followed = []

    def compare(path):
        if path in seen:
            return None
        seen.add(path)
        sa, ja = get(args.a, path)
        sb, jb = get(args.b, path)
        found = []
        if sa != sb:
            found.append(f"status {sa} vs {sb}")
        diff_paths(ja, jb, "", set(args.ignore), found)
        if not found:
            counts["same"] += 1
        elif order_only(ja, jb):
            counts["order only"] += 1
            print(f"order only  {path}")
        elif ranked_only(ja, jb, set(args.ignore)):
            counts["ranked"] += 1
            print(f"ranked      {path}")
        else:
            counts["differ"] += 1
            shown = ", ".join(found[:args.show]) + (f" (+{len(found) - args.show})" if len(found) > args.show else "")
            print(f"differ      {path}: {shown}")
        return ja

    for path in paths:
        answer = compare(path)
        if not isinstance(answer, dict):
            continue
        for doc in ids(answer, "hits")[:args.follow]:
            followed += [f"/api/doc?id={urllib.parse.quote(doc)}", f"/api/similar?doc={urllib.parse.quote(doc)}"]
        for p in answer.get("passages", [])[:args.follow]:
            followed.append(f"/api/similar?passage={urllib.parse.quote(p['id'])}")
            followed.append(f"/api/cluster?id={urllib.parse.quote(p['cluster']['id'])}")
    for path in followed:
        compare(path)
    _, ha = get(args.a, "/healthz")
    _, hb = get(args.b, "/healthz")
    health_same = all(ha.get(k) == hb.get(k) for k in ("docs", "passages"))
    print(f"healthz docs/passages: {'same' if health_same else 'differ'} "
          f"({ha.get('docs')}/{ha.get('passages')} vs {hb.get('docs')}/{hb.get('passages')})")
    total = sum(counts.values())
    print(f"{total} answers ({len(queries)} queries, {len(set(followed))} followed): " +
          ", ".join(f"{v} {k}" for k, v in counts.items()))
    return 0 if counts["same"] == total and health_same else 1


if __name__ == "__main__":
    sys.exit(main())
