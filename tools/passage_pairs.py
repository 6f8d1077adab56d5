#!/usr/bin/env python3
"""Candidate passage pairs to label for tests/fixtures/passage_pairs.json ("same boilerplate?").

    tools/passage_pairs.py [--out FILE] [--labelled FIXTURE] [--per-band N] [--seed S] [--max-chars N] [SOURCE...]

Runs `build/bin/foi-index --explain` over each SOURCE (files or directories; by default corpus/ and
/work/shared/corpora/wdtk-sheffield), collects the passages (body, role, exemptions, source file) and proposes
pairs spread over the whole range of a plain word-3-shingle Jaccard computed here (not the index's MinHash, so the
labels do not lean on the method they test):
  - N pairs in each band 0-0.2, 0.2-0.4, 0.4-0.6, 0.6-0.8, 0.8-1.0 (by the larger of Jaccard and containment);
  - near-misses: pairs from different documents with the same role and exemptions but little shared wording;
  - cross-document pairs where one passage's wording is mostly inside the other's (a sentence added in front);
  - every cross-document pair of plain-text letters sharing a third of their wording (the same request
    answered by several forces);
  - synthetic pairs: a real paragraph that names a police force or the council, with another authority and any
    date put in (labelled same: true; every other candidate has "same": null for a person to fill in by reading).
Writes a JSON array of {"a", "b", "same", "cut", "source", "note", "jaccard", "containment", "kind"}; the fixture
keeps "a", "b", "same", "source" and "note" of the "paragraph" pairs. "cut" is "message" when either passage is a
long one that spans (nearly) its whole message, as WhatDoTheyKnow exports were cut before paragraphs were found
in hard-wrapped text with no blank lines
(letter, disclaimer and quoted emails in one passage), else "paragraph". With --labelled, candidates already in
that fixture (either way round) carry its label and note, so only new ones need reading; how to label is at the
top of tests/passage_quality_test.cc. Standard library only; run after scripts/build.sh.
"""
import argparse
import itertools
import json
import os
import random
import re
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EXPLAIN = os.path.join(ROOT, "build", "bin", "foi-index")
DEFAULT_SOURCES = [os.path.join(ROOT, "corpus"), "/work/shared/corpora/wdtk-sheffield"]
BANDS = [(0.0, 0.2), (0.2, 0.4), (0.4, 0.6), (0.6, 0.8), (0.8, 1.01)]
# Authorities whose names the synthetic pairs swap: the seed corpus's police forces and the WhatDoTheyKnow council.
AUTHORITIES = ["Avon and Somerset Constabulary", "West Mercia Police", "Essex Police", "West Yorkshire Police",
               "West Midlands Police", "Greater Manchester Police", "Merseyside Police", "Kent Police",
               "Sheffield City Council", "Leeds City Council", "Rotherham Metropolitan Borough Council"]
DATE = re.compile(r"\b\d{1,2}(st|nd|rd|th)? (January|February|March|April|May|June|July|August|September|October"
                  r"|November|December) \d{4}\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b")


def source_files(paths):
    for p in paths:
        if os.path.isdir(p):
            for name in sorted(os.listdir(p)):
                if name.endswith((".txt", ".json")) and not name.startswith("."):
                    yield os.path.join(p, name)
        else:
            yield p


def passages_of(path):
    for attempt in range(3):  # an empty answer happens while a build is relinking foi-index: try again
        out = subprocess.run([EXPLAIN, "--explain", path], capture_output=True, text=True)
        if out.returncode == 0 and out.stdout.strip():
            break
        time.sleep(2)
    else:
        print(f"skipped {path}: {out.stderr.strip() or 'no output'}", file=sys.stderr)
        return []
    record = json.loads(out.stdout)
    name = os.path.basename(path)
    messages = record.get("messages", [])
    return [{"body": p["body"], "role": p["role"], "exemptions": p["exemptions"], "file": name,
             "authority": record.get("authority") or "", "cut": cut_of_passage(p, messages)}
            for p in record.get("passages", [])]


def cut_of_passage(passage, messages):
    """"message" for a long passage that is (nearly) its whole message: a letter, its sign-off, disclaimer and
    quoted emails kept together because the text had no blank lines between paragraphs; else "paragraph"."""
    if passage["message"] >= len(messages):
        return "paragraph"
    whole = passage["length"] >= 0.9 * messages[passage["message"]]["length"]
    return "message" if whole and len(passage["body"]) > 600 else "paragraph"


def shingles(text):
    words = ["#" if any(c.isdigit() for c in w) else w for w in re.findall(r"\w+", text.lower())]
    return {tuple(words[i:i + 3]) for i in range(len(words) - 2)}


def scores(a, b):
    shared = len(a["sh"] & b["sh"])
    jaccard = shared / len(a["sh"] | b["sh"])
    containment = shared / min(len(a["sh"]), len(b["sh"]))
    return jaccard, containment


def collect(paths, max_chars):
    passages, seen = [], set()
    for f in source_files(paths):
        for p in passages_of(f):
            key = (p["file"], p["body"])
            if key in seen or len(p["body"]) > max_chars:
                continue
            seen.add(key)
            p["sh"] = shingles(p["body"])
            if len(p["sh"]) >= 3:
                passages.append(p)
    return passages


def overlapping_pairs(passages):
    """Every pair of passages from different files that share at least one shingle."""
    by_shingle = {}
    for i, p in enumerate(passages):
        for s in p["sh"]:
            by_shingle.setdefault(s, []).append(i)
    pairs = set()
    for ids in by_shingle.values():
        if len(ids) > 200:  # a shingle in every letter ("thank you for") proposes nothing useful
            continue
        for i, j in itertools.combinations(ids, 2):
            if passages[i]["file"] != passages[j]["file"]:
                pairs.add((i, j))
    return pairs


def candidate(passages, i, j, kind):
    a, b = passages[i], passages[j]
    jaccard, containment = scores(a, b)
    cut = "message" if "message" in (a["cut"], b["cut"]) else "paragraph"
    return {"a": a["body"], "b": b["body"], "same": None, "cut": cut,
            "source": f"{a['file']} ({a['role']}) / {b['file']} ({b['role']})", "note": "",
            "jaccard": round(jaccard, 3), "containment": round(containment, 3), "kind": kind,
            "roles": [a["role"], b["role"]], "exemptions": [a["exemptions"], b["exemptions"]]}


def sample_bands(passages, pairs, per_band, rng):
    out, by_band = [], {band: [] for band in BANDS}
    for i, j in pairs:
        jaccard, containment = scores(passages[i], passages[j])
        value = max(jaccard, containment)
        for lo, hi in BANDS:
            if lo <= value < hi:
                by_band[(lo, hi)].append((i, j))
    for band, members in by_band.items():
        members.sort()
        rng.shuffle(members)
        # one pair per distinct text pair, so a letter repeated in fifty threads does not fill a band
        taken, texts = 0, set()
        for i, j in members:
            key = frozenset((passages[i]["body"], passages[j]["body"]))
            if key in texts or passages[i]["body"] == passages[j]["body"]:
                continue
            texts.add(key)
            out.append(candidate(passages, i, j, f"band {band[0]:.1f}-{min(band[1], 1.0):.1f}"))
            taken += 1
            if taken == per_band:
                break
    return out


def near_misses(passages, count, rng):
    """Same role and exemptions, different documents, little shared wording: the hard negatives."""
    groups = {}
    for i, p in enumerate(passages):
        if p["role"] != "other" and p["exemptions"]:
            groups.setdefault((p["role"], tuple(p["exemptions"])), []).append(i)
    out = []
    keys = sorted(groups)
    rng.shuffle(keys)
    for key in keys:
        ids = groups[key]
        pairs = [(i, j) for i, j in itertools.combinations(ids, 2) if passages[i]["file"] != passages[j]["file"]
                 and max(scores(passages[i], passages[j])) < 0.5]
        if pairs:
            out.append(candidate(passages, *rng.choice(pairs), "near miss"))
        if len(out) == count:
            break
    return out


def contained(passages, pairs, count, rng):
    """One passage's wording mostly inside a clearly longer one's: a sentence or paragraph added."""
    hits = [(i, j) for i, j in sorted(pairs)
            if scores(passages[i], passages[j])[1] >= 0.7 and scores(passages[i], passages[j])[0] < 0.7]
    rng.shuffle(hits)
    return [candidate(passages, i, j, "contained") for i, j in hits[:count]]


def related_letters(passages, pairs):
    """Every cross-document pair of plain-text letters sharing a third of their wording: the same request answered
    by several forces gives the obviously related pairs, and the near-misses."""
    out = []
    for i, j in sorted(pairs):
        a, b = passages[i], passages[j]
        if a["file"].endswith(".txt") and b["file"].endswith(".txt") and max(scores(a, b)) >= 0.3:
            out.append(candidate(passages, i, j, "related letters"))
    return out


def synthetic(passages, count, rng):
    """Real paragraphs that name an authority, with another authority (and any date) put in: police forces first
    (the index folds force names), then the council (it does not), dated paragraphs first, two from a file."""
    out, per_file = [], {}
    for council in (False, True):
        wanted = len(out) + (count + 1) // 2 if not council else count
        for p in sorted(passages, key=lambda p: (not DATE.search(p["body"]), p["file"])):
            named = [f for f in AUTHORITIES if f in p["body"] and council == ("Council" in f)]
            if not named or per_file.get(p["file"], 0) == 2 or len(p["sh"]) < 10 or len(out) == wanted:
                continue
            per_file[p["file"]] = per_file.get(p["file"], 0) + 1
            other = rng.choice([f for f in AUTHORITIES if f not in named and council == ("Council" in f)])
            b = p["body"].replace(named[0], other)
            b = DATE.sub(lambda m: "3rd March 2022" if m.group(2) else "03/03/2022", b)
            out.append({"a": p["body"], "b": b, "same": True, "cut": p["cut"],
                        "source": f"{p['file']} ({p['role']}), and the same with another authority and date",
                        "note": f"synthetic: {named[0]} -> {other}, dates changed", "jaccard": None,
                        "containment": None, "kind": "synthetic", "roles": [p["role"]] * 2,
                        "exemptions": [p["exemptions"]] * 2})
    return out


def carry_labels(candidates, fixture_path):
    """Copies "same" and "note" from the fixture to candidates with the same two texts; returns how many."""
    with open(fixture_path, encoding="utf-8") as f:
        labelled = {frozenset((p["a"], p["b"])): p for p in json.load(f)}
    carried = 0
    for c in candidates:
        known = labelled.get(frozenset((c["a"], c["b"])))
        if known and c["kind"] != "synthetic":
            c["same"], c["note"] = known["same"], known["note"]
            carried += 1
    return carried


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sources", nargs="*", default=DEFAULT_SOURCES)
    ap.add_argument("--out", default=os.path.join(ROOT, "build", "passage_pair_candidates.json"))
    ap.add_argument("--labelled", help="a labelled fixture whose labels to carry over")
    ap.add_argument("--per-band", type=int, default=30)
    ap.add_argument("--seed", type=int, default=5)
    ap.add_argument("--max-chars", type=int, default=3500,
                    help="leave out longer passages (never trimmed, so a pair never compares half a text)")
    args = ap.parse_args()
    rng = random.Random(args.seed)

    passages = collect(args.sources, args.max_chars)
    pairs = overlapping_pairs(passages)
    # pairs with nothing in common are most of all pairs: add random ones so the lowest band is not all near-misses
    for _ in range(args.per_band):
        i, j = sorted(rng.sample(range(len(passages)), 2))
        if passages[i]["file"] != passages[j]["file"]:
            pairs.add((i, j))
    out = sample_bands(passages, pairs, args.per_band, rng)
    out += near_misses(passages, args.per_band, rng)
    out += contained(passages, pairs, args.per_band, rng)
    out += related_letters(passages, pairs)
    out += synthetic(passages, 8, rng)
    carried = carry_labels(out, args.labelled) if args.labelled else 0
    with open(args.out, "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
    files = len({p["file"] for p in passages})
    print(f"{len(passages)} passages from {files} files, {len(pairs)} overlapping pairs; "
          f"{len(out)} candidates ({carried} already labelled) written to {args.out}")


if __name__ == "__main__":
    main()
