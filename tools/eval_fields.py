#!/usr/bin/env python3
"""Field-level precision/recall of foi-index extraction against eval/labels.json.

Usage: tools/eval_fields.py [--foi-index PATH] [--labels FILE] [--show N]

Runs `foi-index --explain PATH` on every labelled document whose text is present and compares
doc_type, date, authority, outcome, ncnd and exemptions with the hand labels. Always exits 0.

Scoring. Single-valued fields: a non-null prediction equal to the label is a TP; a non-null
wrong prediction is an FP (and also an FN when the label is non-null); a null prediction for a
non-null label is an FN. ncnd is a boolean (missing in the record = false; only true counts as a
positive). exemptions: micro-averaged over the sets (each exemption one item).
"""
import argparse
import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TARGETS = {"doc_type": 0.95, "date": 0.95, "outcome": 0.9, "authority": 0.95, "exemptions": 0.98}
FIELDS = ["doc_type", "date", "authority", "outcome", "ncnd", "exemptions"]

# The record's outcome strings (left) mapped to the new vocabulary (right). Lower-cased before lookup;
# anything not listed is compared as given (lower-cased).
OUTCOME_MAP = {
    "disclosed in full": "disclosed",
    "disclosed": "disclosed",
    "disclosed in part": "partly disclosed",
    "partially disclosed": "partly disclosed",
    "part disclosed": "partly disclosed",
    "refused": "refused",
    "withheld": "refused",
    "not held": "not held",
    "information not held": "not held",
    "neither confirm nor deny": "neither confirmed nor denied",
    "neither confirmed nor denied": "neither confirmed nor denied",
    "ncnd": "neither confirmed nor denied",
    "upheld": "upheld",
    "partly upheld": "partly upheld",
    "partially upheld": "partly upheld",
    "not upheld": "not upheld",
    "allowed": "allowed",
    "part allowed": "partly allowed",
    "partly allowed": "partly allowed",
    "allowed in part": "partly allowed",
    "dismissed": "dismissed",
    "struck out": "struck out",
    "withdrawn": "withdrawn",
}


def norm_outcome(v):
    if v is None:
        return None
    s = str(v).strip().lower()
    return OUTCOME_MAP.get(s, s)


def norm_str(v):
    if v is None or v == "":
        return None
    return " ".join(str(v).split()).lower()


def explain(binary, path):
    try:
        p = subprocess.run([binary, "--explain", path], capture_output=True, text=True, timeout=120)
        return json.loads(p.stdout) if p.returncode == 0 and p.stdout.strip() else None
    except (OSError, ValueError, subprocess.TimeoutExpired):
        return None


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--foi-index", default=os.path.join(ROOT, "build/bin/foi-index"))
    ap.add_argument("--labels", default=os.path.join(ROOT, "eval/labels.json"))
    ap.add_argument("--show", type=int, default=0, help="print up to N disagreements per field")
    ap.add_argument("--set", help='score only the labels of this set (eval/heldout.json: "held-out 4")')
    a = ap.parse_args()

    labels = json.load(open(a.labels, encoding="utf-8"))
    if a.set:
        labels = [x for x in labels if x.get("set") == a.set]
    counts = {f: [0, 0, 0] for f in FIELDS}  # tp, fp, fn
    misses = {f: [] for f in FIELDS}
    by_kind = {}  # labelled doc_type -> [tp, fp, fn] for exemptions
    used = skipped = failed = 0
    for lab in labels:
        rel = lab.get("path")
        path = os.path.normpath(os.path.join(ROOT, rel)) if rel else None
        if not path or not os.path.exists(path):
            skipped += 1
            continue
        rec = explain(a.foi_index, path)
        if rec is None:
            failed += 1
            print(f"warning: no record for {lab['id']} ({rel})", file=sys.stderr)
            rec = {}
        used += 1
        for f in FIELDS:
            c = counts[f]
            if f == "exemptions":
                exp = {norm_str(x) for x in lab.get(f) or []}
                got = {norm_str(x) for x in rec.get(f) or []}
                c[0] += len(exp & got)
                c[1] += len(got - exp)
                c[2] += len(exp - got)
                k = by_kind.setdefault(lab.get("doc_type"), [0, 0, 0])
                k[0] += len(exp & got)
                k[1] += len(got - exp)
                k[2] += len(exp - got)
                if exp != got:
                    misses[f].append((lab["id"], sorted(exp - got), sorted(got - exp)))
                continue
            if f == "ncnd":
                exp, got = bool(lab.get(f)), bool(rec.get(f))
                c[0] += exp and got
                c[1] += got and not exp
                c[2] += exp and not got
            else:
                norm = norm_outcome if f == "outcome" else norm_str
                exp, got = norm(lab.get(f)), norm(rec.get(f))
                if got is not None and got == exp:
                    c[0] += 1
                elif got is not None:
                    c[1] += 1
                    c[2] += exp is not None
                elif exp is not None:
                    c[2] += 1
            if exp != got:
                misses[f].append((lab["id"], exp, got))

    print(f"documents scored: {used} (labels: {len(labels)}, text not stored/absent: {skipped}, "
          f"extraction failed: {failed})  binary: {a.foi_index}")
    print(f"{'field':<11} {'prec':>6} {'recall':>6} {'tp':>4} {'fp':>4} {'fn':>4}  target")
    for f in FIELDS:
        tp, fp, fn = counts[f]
        p = tp / (tp + fp) if tp + fp else float("nan")
        r = tp / (tp + fn) if tp + fn else float("nan")
        t = TARGETS.get(f)
        mark = "" if t is None else (f">= {t:.2f} " + ("ok" if min(p, r) >= t else "BELOW"))
        print(f"{f:<11} {p:6.3f} {r:6.3f} {tp:4d} {fp:4d} {fn:4d}  {mark}")
    print("\nexemptions by labelled kind:")
    for kind, (tp, fp, fn) in sorted(by_kind.items()):
        p = f"{tp / (tp + fp):.3f}" if tp + fp else "  -  "
        r = f"{tp / (tp + fn):.3f}" if tp + fn else "  -  "
        print(f"  {kind:<18} prec {p} recall {r}  tp {tp:3d} fp {fp:3d} fn {fn:3d}")
    if a.show:
        for f in FIELDS:
            if not misses[f]:
                continue
            print(f"\n== {f}: {len(misses[f])} disagreements" + (" (id, missing, extra)" if f == "exemptions"
                                                                   else " (id, expected, got)"))
            for m in misses[f][: a.show]:
                print("  " + " | ".join(str(x) for x in m))
    return 0


if __name__ == "__main__":
    main()
    sys.exit(0)
