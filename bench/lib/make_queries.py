#!/usr/bin/env python3
"""Builds the fixed query set from a generated corpus: terms chosen by measured document frequency (stats.json),
facet values by how often gen_corpus planted them (manifest.jsonl), both over the same fixed prefix of documents,
so every corpus size from that prefix up gets the same queries. Deterministic: ties go to the first in order.

Writes OUT/queries.jsonl (one query a line, in the forms foi-bench-* read: API parameters for foisearch, an FTS5
MATCH expression and canonical filter values for the baseline) and OUT/paths.txt (the same queries as
/api/search URLs, for the load generator)."""
import argparse
import collections
import json
import os
import urllib.parse

STOPWORDS = set("""about above after again against also because been before being below between both cannot could
does doing down during each from further have having here into itself just more most other over own same should
some such than that their theirs them then there these they this those through under until very were what when
where which while whom why will with would your yours shall""".split())

# Single terms by share of documents: rare to common.
TERM_TARGETS = [0.02, 0.10, 0.30, 0.50, 0.75, 0.98]
PHRASES = ["neither confirm nor deny", "public interest test", "internal review", "freedom of information act"]


def pick_terms(stats):
    """The word whose document frequency is nearest each target; each word used once."""
    n = stats["df_docs"]
    words = sorted((w, c) for w, c in stats["df"].items() if len(w) >= 5 and w not in STOPWORDS)
    chosen = {}
    for t in TERM_TARGETS:
        free = [(abs(c / n - t), w, c) for w, c in words if w not in {x for x, _ in chosen.values()}]
        _, w, c = min(free)
        chosen[t] = (w, c / n)
    return chosen


def facet_ranks(manifest_path, docs):
    """Planted facet values by how many of the first `docs` letters carry them, most first."""
    counts = {"force": collections.Counter(), "exemptions": collections.Counter(), "offences": collections.Counter()}
    with open(manifest_path, encoding="utf-8") as f:
        for i, line in enumerate(f):
            if i >= docs:
                break
            r = json.loads(line)
            counts["force"][r["force"]] += 1
            counts["exemptions"].update(r["exemptions"])
            counts["offences"].update(r["offences"])
    return {k: [v for v, _ in sorted(c.items(), key=lambda x: (-x[1], x[0]))] for k, c in counts.items()}


def query(qid, cls, text, fts, filters=None, date=("", "")):
    filters = filters or {}
    params = [["q", text]] + [[f, v] for f, vs in sorted(filters.items()) for v in vs]
    params += [[k, v] for k, v in zip(("from", "to"), date) if v]
    return {"id": qid, "class": cls, "params": params, "fts": fts, "filters": filters, "from": date[0],
            "to": date[1]}


def build(stats, ranks):
    t = pick_terms(stats)
    w = {k: v[0] for k, v in t.items()}
    qs = [query(f"term_{round(k * 100):02d}pct", "term", w[k], w[k]) for k in TERM_TARGETS]
    for a, b in [(0.02, 0.50), (0.10, 0.30), (0.50, 0.75)]:
        qs.append(query(f"and_{round(a * 100):02d}_{round(b * 100):02d}", "and", f"{w[a]} {w[b]}", f"{w[a]} {w[b]}"))
    for a, b in [(0.02, 0.10), (0.30, 0.50), (0.02, 0.75)]:
        qs.append(query(f"or_{round(a * 100):02d}_{round(b * 100):02d}", "or", f"{w[a]} OR {w[b]}",
                        f"{w[a]} OR {w[b]}"))
    for p in PHRASES:
        qs.append(query("phrase_" + p.split()[0], "phrase", f'"{p}"', f'"{p}"'))
    force, forces2 = ranks["force"][4], ranks["force"][9:11]
    ex = "s40(2)" if "s40(2)" in ranks["exemptions"] else ranks["exemptions"][0]
    off = ranks["offences"][0]
    qs += [
        query("filter_force", "filter", w[0.30], w[0.30], {"force": [force]}),
        query("filter_two_forces", "filter", w[0.75], w[0.75], {"force": forces2}),
        query("filter_exemption", "filter", w[0.50], w[0.50], {"exemption": [ex]}),
        query("filter_offence", "filter", w[0.10], w[0.10], {"offence": [off]}),
        query("filter_year", "filter", w[0.50], w[0.50], date=("2019-01-01", "2019-12-31")),
        query("filter_date_range", "filter", w[0.30], w[0.30], date=("2016-03-01", "2018-08-31")),
        query("filter_combined", "filter", w[0.50], w[0.50], {"force": [ranks["force"][0]], "exemption": [ex]},
              date=("2014-01-01", "2020-12-31")),
    ]
    return qs, {f"{k:.2f}": {"word": v[0], "df": round(v[1], 4)} for k, v in t.items()}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", help="the directory gen_corpus wrote")
    ap.add_argument("out")
    args = ap.parse_args()
    with open(os.path.join(args.corpus, "stats.json"), encoding="utf-8") as f:
        stats = json.load(f)
    ranks = facet_ranks(os.path.join(args.corpus, "manifest.jsonl"), stats["df_docs"])
    qs, terms = build(stats, ranks)
    with open(os.path.join(args.out, "queries.jsonl"), "w", encoding="utf-8") as f:
        for q in qs:
            f.write(json.dumps(q, ensure_ascii=False) + "\n")
    with open(os.path.join(args.out, "paths.txt"), "w", encoding="utf-8") as f:
        for q in qs:
            f.write("/api/search?" + urllib.parse.urlencode([tuple(p) for p in q["params"]]) + "\n")
    json.dump({"queries": len(qs), "terms": terms}, open(os.path.join(args.out, "query_terms.json"), "w"))


if __name__ == "__main__":
    main()
