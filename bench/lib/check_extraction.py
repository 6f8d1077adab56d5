#!/usr/bin/env python3
"""Compares what foisearch's extractor reads from a sample of generated letters (foi-index --explain) with the
values gen_corpus planted (manifest.jsonl). The benchmark's facet spread is only real if the two agree; the FTS5
baseline is given the planted values, foisearch finds its own. Prints JSON: agreement per field, and examples."""
import argparse
import json
import subprocess
import sys

FIELDS = ["force", "authority", "exemptions", "offences", "date", "reference", "title", "outcome"]


def planted(record, field):
    value = record[field]
    return [value] if field == "force" else value


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--index-bin", required=True)
    ap.add_argument("--corpus", required=True, help="the directory gen_corpus wrote")
    ap.add_argument("--sample", type=int, default=200)
    args = ap.parse_args()
    manifest = [json.loads(line) for line in open(f"{args.corpus}/manifest.jsonl", encoding="utf-8")]
    step = max(1, len(manifest) // args.sample)
    sample = manifest[::step][:args.sample]
    agree = {f: 0 for f in FIELDS}
    examples = []
    for rec in sample:
        out = subprocess.run([args.index_bin, "--explain", f"{args.corpus}/docs/{rec['path']}"], check=True,
                             capture_output=True, text=True).stdout
        got = json.loads(out)
        got = got.get("record", got)
        for f in FIELDS:
            want = planted(rec, f)
            have = got.get(f)
            if isinstance(want, list):
                same = sorted(want) == sorted(have or [])
            else:
                same = want == have
            agree[f] += same
            if not same and len(examples) < 12:
                examples.append({"path": rec["path"], "field": f, "planted": want, "extracted": have})
    n = len(sample)
    result = {"sample": n, "agreement": {f: round(agree[f] / n, 3) for f in FIELDS}, "examples": examples}
    json.dump(result, sys.stdout, indent=1)
    print()


if __name__ == "__main__":
    main()
