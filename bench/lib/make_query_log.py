#!/usr/bin/env python3
"""Builds a realistic query log from a generated corpus: at least 1,000 distinct /api/search requests drawn from the
corpus's own letters and manifest, each with a Zipf-like repeat weight, and the order a load generator replays
them in.

Words come from the letters themselves (rare, middling and common by document frequency over a prefix of
letters), phrases are runs of 2-4 words copied from sentences of those letters, facet values from manifest.jsonl:
single words, pairs (AND), ORs, phrases, word + filter (force, exemption, offence, outcome, a year, a date range),
facet combinations (several filters, with or without words, listings with no words), sort by date, page 2.
Deterministic for a corpus and seed.

Writes, into OUT:
  querylog.jsonl   one distinct query a line, in the form foi-bench-query and foi-bench-http read (id, class,
                   params, fts, filters, from, to) plus "weight": how many times the replay sends it
  log_paths.txt    the replay: one /api/search URL a line, REQUESTS lines, every distinct query at least once and
                   the rest in proportion to 1/rank (Zipf, s = 1), shuffled (bench/lib/load.lua walks it)
  querylog_summary.json  counts by class, distinct queries, requests, the weight of the most asked query
"""
import argparse
import collections
import json
import os
import random
import re
import sys
import urllib.parse

STOPWORDS = set("""about above after again against also because been before being below between both cannot could
does doing down during each from further have having here into itself just more most other over own same should
some such than that their theirs them then there these they this those through under until very were what when
where which while whom why will with would your yours shall""".split())
# Not the first or last word of a phrase (STOPWORDS has only words of 4 letters or more).
FUNCTION_WORDS = set("your this that will from have been with which under".split())
WORD = re.compile(r"[a-z]+")
SENTENCE = re.compile(r"[^.!?\n]+")
# Distinct queries of each class (the log's mix); the classes add up to CLASS_COUNTS' sum.
CLASS_COUNTS = {"term": 330, "and": 200, "or": 80, "phrase": 150, "filter": 260, "facets": 120, "sort": 60,
                "page2": 60}
OUTCOMES = ["disclosed", "partly disclosed", "refused", "neither confirmed nor denied", "not held"]
SAMPLE_DOCS = 3000


class Vocabulary:
    """Words by document frequency and phrases (runs of 2-4 words) from the first SAMPLE_DOCS letters."""

    def __init__(self, corpus, records):
        df = collections.Counter()
        self.phrases = []
        for r in records[:SAMPLE_DOCS]:
            with open(os.path.join(corpus, "docs", r["path"]), encoding="utf-8") as f:
                text = f.read()
            df.update({w for w in WORD.findall(text.lower()) if len(w) >= 4 and w not in STOPWORDS})
            if len(self.phrases) < 20000:
                self.phrases += [s.strip() for s in SENTENCE.findall(text) if len(s.split()) >= 6]
        n = min(len(records), SAMPLE_DOCS)
        ranked = sorted(df.items(), key=lambda x: (x[1], x[0]))
        self.every = [w for w, _ in ranked]
        # A corpus drawn from a small paragraph pool (gen_corpus without the WhatDoTheyKnow threads) has no word
        # in 3 letters or fewer: its rarest tenth stands in for the rare words.
        self.rare = [w for w, c in ranked if c <= 3] or self.every[:max(1, len(ranked) // 10)]
        self.middling = [w for w, c in ranked if 3 < c and c / n < 0.05]
        self.common = [w for w, c in ranked if c / n >= 0.05]

    def word(self, rng, band=None):
        band = band or rng.choice(["rare", "middling", "middling", "common"])
        return rng.choice(getattr(self, band) or self.every)

    def phrase(self, rng):
        """A run of 2-4 words from a sentence that, as people quote phrases, starts and ends on a content word."""
        words = WORD.findall(rng.choice(self.phrases).lower())
        k = rng.choice([2, 2, 3, 3, 4])
        if len(words) < k:
            return None
        i = rng.randrange(len(words) - k + 1)
        run = words[i:i + k]
        if any(len(w) < 4 or w in STOPWORDS or w in FUNCTION_WORDS for w in (run[0], run[-1])):
            return None
        return " ".join(run)


def facet_values(records):
    """Planted values, most used first, with their weights (for drawing values as often as letters carry them)."""
    counts = {"force": collections.Counter(), "exemption": collections.Counter(), "offence": collections.Counter()}
    for r in records:
        counts["force"][r["force"]] += 1
        counts["exemption"].update(r["exemptions"])
        counts["offence"].update(r["offences"])
    return {k: sorted(c.items(), key=lambda x: (-x[1], x[0])) for k, c in counts.items()}


def pick(rng, ranked):
    values, weights = zip(*ranked)
    return rng.choices(values, weights=weights)[0]


def random_filters(rng, facets, how_many):
    """`how_many` filters of different kinds: force, exemption, offence, outcome, year, date range."""
    kinds = rng.sample(["force", "exemption", "offence", "outcome", "year", "range"], how_many)
    filters, date = {}, ("", "")
    for k in kinds:
        if k in facets:
            n = 2 if rng.random() < 0.2 else 1
            filters[k] = sorted({pick(rng, facets[k]) for _ in range(n)})
        elif k == "outcome":
            filters[k] = [rng.choice(OUTCOMES)]
        elif k == "year":
            y = rng.randint(2010, 2024)
            date = (f"{y}-01-01", f"{y}-12-31")
        else:
            a = rng.randint(2010, 2023)
            b = rng.randint(a + 1, 2024)
            date = (f"{a}-{rng.randint(1, 12):02d}-01", f"{b}-{rng.randint(1, 12):02d}-28")
    return filters, date


def query(cls, text, filters=None, date=("", ""), extra=()):
    filters = filters or {}
    params = [["q", text]] + [[f, v] for f, vs in sorted(filters.items()) for v in vs]
    params += [[k, v] for k, v in zip(("from", "to"), date) if v] + [list(p) for p in extra]
    return {"class": cls, "params": params, "fts": text, "filters": filters, "from": date[0], "to": date[1]}


def make_one(cls, rng, vocab, facets):
    w = vocab.word
    if cls == "term":
        return query(cls, w(rng))
    if cls == "and":
        return query(cls, f"{w(rng)} {w(rng, 'common')}")
    if cls == "or":
        return query(cls, f"{w(rng)} OR {w(rng)}")
    if cls == "phrase":
        p = vocab.phrase(rng)
        return query(cls, f'"{p}"') if p else None
    if cls == "filter":
        filters, date = random_filters(rng, facets, 1)
        return query(cls, w(rng), filters, date)
    if cls == "facets":  # two or three filters; a third of them a listing with no words
        filters, date = random_filters(rng, facets, rng.choice([2, 2, 3]))
        return query(cls, "" if rng.random() < 0.33 else w(rng, "common"), filters, date)
    if cls == "sort":
        filters, date = random_filters(rng, facets, 1) if rng.random() < 0.5 else ({}, ("", ""))
        return query(cls, w(rng), filters, date, [("sort", rng.choice(["newest", "oldest"]))])
    if cls == "page2":
        return query(cls, w(rng, "common"), extra=[("page", "2")])
    raise ValueError(cls)


def url(q):
    return "/api/search?" + urllib.parse.urlencode([tuple(p) for p in q["params"]])


def build(vocab, facets, seed):
    rng = random.Random(f"{seed}:queries")
    seen, out = set(), []
    for cls, n in CLASS_COUNTS.items():
        made, tries = 0, 0
        while made < n:
            tries += 1
            if tries > 200 * n:  # a small corpus may not have n distinct queries of a class
                print(f"make_query_log: {made} distinct '{cls}' queries, not {n}", file=sys.stderr)
                break
            q = make_one(cls, rng, vocab, facets)
            if q is None or url(q) in seen:
                continue
            seen.add(url(q))
            q["id"] = f"{cls}_{made:03d}"
            out.append(q)
            made += 1
    return out


def replay(queries, requests, seed):
    """Each query's weight: ranks shuffled across classes, weight ∝ 1/rank, at least 1. Then the order."""
    rng = random.Random(f"{seed}:replay")
    ranked = list(range(len(queries)))
    rng.shuffle(ranked)
    harmonic = sum(1 / (r + 1) for r in range(len(queries)))
    spare = requests - len(queries)
    for rank, i in enumerate(ranked):
        queries[i]["weight"] = 1 + round(spare / (rank + 1) / harmonic)
    order = [i for i, q in enumerate(queries) for _ in range(q["weight"])]
    rng.shuffle(order)
    return order


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", help="the directory gen_corpus wrote")
    ap.add_argument("out")
    ap.add_argument("--requests", type=int, default=20000, help="length of the replay (default 20000)")
    ap.add_argument("--seed", default="foisearch-querylog-1")
    args = ap.parse_args()
    with open(os.path.join(args.corpus, "manifest.jsonl"), encoding="utf-8") as f:
        records = [json.loads(line) for line in f]
    vocab = Vocabulary(args.corpus, records)
    queries = build(vocab, facet_values(records), args.seed)
    order = replay(queries, max(args.requests, len(queries)), args.seed)
    os.makedirs(args.out, exist_ok=True)
    with open(os.path.join(args.out, "querylog.jsonl"), "w", encoding="utf-8") as f:
        for q in queries:
            f.write(json.dumps(q, ensure_ascii=False) + "\n")
    with open(os.path.join(args.out, "log_paths.txt"), "w", encoding="utf-8") as f:
        for i in order:
            f.write(url(queries[i]) + "\n")
    summary = {"distinct": len(queries), "requests": len(order), "classes": dict(CLASS_COUNTS),
               "top_weight": max(q["weight"] for q in queries), "sample_docs": min(len(records), SAMPLE_DOCS),
               "vocabulary": {"rare": len(vocab.rare), "middling": len(vocab.middling), "common": len(vocab.common)}}
    with open(os.path.join(args.out, "querylog_summary.json"), "w", encoding="utf-8") as f:
        json.dump(summary, f)


if __name__ == "__main__":
    main()
