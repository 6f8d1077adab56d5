#!/usr/bin/env python3
"""Score foi-index's reading of the First-tier Tribunal decisions against their CSV.

    tools/tribunal_eval.py [--foi-index PATH] [--corpus DIR] [--show N] [--workers N]

Runs `foi-index --explain` on every CORPUS/pdf/<id>.pdf (never with a sidecar, so the CSV is not seen by the
extractor) and compares four fields of each record with the row of CORPUS/decisions.csv that has that id.
Prints one line per field, "field: agree/total = pct%", the rows left out of that field and why, the target
from the issue, and with --show N up to N disagreements per field as "id  expected=...  got=...".
Files that foi-index refuses (exit non-zero: scanned PDF without a text layer, unreadable, ...) are counted
as "no text layer" and left out of every denominator. Exits 0 whatever the scores (a measurement, not a
test); only a missing foi-index binary exits 1.

Defaults: --foi-index build/bin/foi-index under the repo root (found from this file's location), --corpus
../shared/corpora/tribunal beside the repo, --workers 2. Standard library only; about a minute on two cores.

How each field is compared (CSV value -> expected; record field -> got):
  date       decision_date dd/mm/yyyy -> yyyy-mm-dd; equal to record "date". Rows without a date are left out.
  reference  agrees when the CSV's number is the record's reference or one of its joined_references (a
             decision on joined appeals is known by each; the CSV names one of them, not always the lead);
             the lead-only count is printed too. Both are upper-cased and split into runs of letters and runs of digits; everything else
             (spaces, '.', '/', '-', '_') only separates runs, and digit runs compare as numbers, so
             "EA.2019.0369", "EA/2019/369" and "EA2019/0369" all equal "EA/2019/0369", while
             "EA/2015/0254-6" (an extra run) and "EA/2016" (a missing run) do not.
  outcome    both sides go through normalise_outcome: lower case, punctuation to spaces, a leading
             "appeal" dropped, then OUTCOMES. Raw CSV values seen in decisions.csv and their mapping:
               Allowed -> allowed; Part Allowed -> partly allowed; Dismissed -> dismissed;
               Dismissed-Out of time -> dismissed; Failed -> dismissed ("this appeal fails");
               Struck Out -> struck out; Withdrawn -> withdrawn.
             Left out (counted): NA, ???, Refused (usually "the Tribunal refuses the appeal", but also
             used for refused strike-out applications, so ambiguous), Consent Order, Preliminary Decision,
             Decision Annex, Redacted Closed Annex..., Invalid, No Decision Made, Review & Further
             Directions, Permission to Appeal..., PTA to UT Granted, UT ..., HC ..., CA SC.
             A record outcome outside the vocabulary (e.g. today's "refused") or null is a disagreement.
  (date ceiling) After the date line: for how many of the scored PDFs the CSV's date is printed anywhere in
             the text foi-read gives ("23 April 2020", "23rd. April, 2020", "23rd day of April 2020",
             "April 23, 2020", "23/04/2020", "23.04.20", ...), and how often the record's date agrees among those and among the rest. The CSV's
             decision_date is often the day the decision was published, which the PDF may never print.
  authority  only rows with a non-empty public_agency. Both names: curly quotes made straight, "&" read as
             "and", lower case, punctuation dropped, the word "the" dropped, spaces collapsed; then
             AUTHORITY_ALIASES maps a few well-known other names to one spelling. Must then be equal.
"""
import argparse
import collections
import concurrent.futures
import csv
import json
import os
import re
import subprocess
import sys
import time

REPO_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_BINARY = os.path.join(REPO_ROOT, "build", "bin", "foi-index")
DEFAULT_CORPUS = os.path.join(os.path.dirname(REPO_ROOT), "shared", "corpora", "tribunal")
EXPLAIN_TIMEOUT_S = 300
TARGETS = {"date": 90, "reference": 90, "outcome": 85, "authority": 80}

OUTCOMES = {
    "allowed": "allowed",
    "part allowed": "partly allowed",
    "partly allowed": "partly allowed",
    "partially allowed": "partly allowed",
    "allowed in part": "partly allowed",
    "dismissed": "dismissed",
    "dismissed out of time": "dismissed",
    "failed": "dismissed",
    "struck out": "struck out",
    "withdrawn": "withdrawn",
}

# Normalised other name -> normalised name used in the CSV. Keep short: only names a reader would
# recognise as the same body without looking anything up.
AUTHORITY_ALIASES = {
    "moj": "ministry of justice",
    "cps": "crown prosecution service",
    "tna": "national archives",
    "london borough of southwark": "southwark council",
    "city of cardiff council": "cardiff city council",
    "cardiff council": "cardiff city council",
    "nhs commissioning board": "nhs england",
    "phso": "parliamentary and health service ombudsman",
    "nmc": "nursing and midwifery council",
    "acoba": "advisory committee on business appointments",
}


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--foi-index", default=DEFAULT_BINARY, help="foi-index binary (default: %(default)s)")
    parser.add_argument("--corpus", default=DEFAULT_CORPUS, help="dir with decisions.csv and pdf/ (default: %(default)s)")
    parser.add_argument("--show", type=int, default=0, metavar="N", help="print up to N disagreements per field")
    parser.add_argument("--workers", type=int, default=2, help="explains run in parallel (default: %(default)s)")
    return parser.parse_args()


def load_rows(corpus):
    with open(os.path.join(corpus, "decisions.csv"), newline="", encoding="utf-8-sig") as f:
        return list(csv.DictReader(f))


def explain(binary, pdf_path):
    """Return (record, None) or (None, reason) for one file."""
    try:
        proc = subprocess.run([binary, "--explain", pdf_path], capture_output=True, text=True,
                              timeout=EXPLAIN_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        return None, f"timed out after {EXPLAIN_TIMEOUT_S}s"
    if proc.returncode != 0:
        return None, refusal_reason(proc.stderr, proc.returncode)
    try:
        return json.loads(proc.stdout), None
    except json.JSONDecodeError:
        return None, "output is not JSON"


def refusal_reason(stderr, returncode):
    """The reason part of 'foi-index: FILE: reason', without any hint in parentheses."""
    last = (stderr.strip().splitlines() or [f"exit {returncode}"])[-1]
    reason = last.rsplit(".pdf: ", 1)[-1]
    return re.sub(r"\s*\(.*\)$", "", reason)


def explain_all(binary, corpus, rows, workers):
    paths = {row["id"]: os.path.join(corpus, "pdf", f"{row['id']}.pdf") for row in rows}
    with concurrent.futures.ThreadPoolExecutor(max_workers=workers) as pool:
        futures = {row_id: pool.submit(explain, binary, path) for row_id, path in paths.items()}
        return {row_id: future.result() for row_id, future in futures.items()}


READ_OPTIONS = json.dumps({"ocr": False, "depth": 0, "max_file_bytes": 200_000_000, "max_text_bytes": 50_000_000,
                           "cpu_seconds": EXPLAIN_TIMEOUT_S, "memory_bytes": 2_000_000_000, "fault": 0})
MONTH_NAMES = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
               "november", "december"]


def read_text(foi_read, pdf_path):
    """The text foi-read gives for one file, or None."""
    try:
        with open(pdf_path, "rb") as f:
            proc = subprocess.run([foi_read, os.path.basename(pdf_path), READ_OPTIONS], stdin=f, capture_output=True,
                                  timeout=EXPLAIN_TIMEOUT_S)
        docs = json.loads(proc.stdout).get("documents") or []
        return "\n".join(d.get("text", "") for d in docs) or None
    except (OSError, subprocess.TimeoutExpired, json.JSONDecodeError):
        return None


def date_printed(text, iso):
    """Whether the text prints this yyyy-mm-dd date in a usual form, words or numbers."""
    year, month, day = int(iso[:4]), int(iso[5:7]), int(iso[8:10])
    name = MONTH_NAMES[month - 1]
    month_word = rf"{name[:3]}(?:{name[3:]})?\.?"
    day_word = rf"0?{day}(?:st|nd|rd|th)?\.?"
    forms = [rf"\b{day_word}(?:\s+day)?(?:\s+of)?\s+{month_word}\s*,?\s+{year}\b",
             rf"\b{month_word}\s+{day_word}\s*,?\s+{year}\b",
             rf"\b0?{day}\s*[./-]\s*0?{month}\s*[./-]\s*(?:{year}|{year % 100:02d})\b"]
    return any(re.search(form, text, re.IGNORECASE) for form in forms)


def report_date_ceiling(foi_read, corpus, rows, results, workers):
    scored = [row for row in rows if results[row["id"]][0] is not None and iso_date(row["decision_date"])]
    if not scored:
        print("    no PDF was read, so there is no date ceiling to report")
        return
    paths = {row["id"]: os.path.join(corpus, "pdf", f"{row['id']}.pdf") for row in scored}
    with concurrent.futures.ThreadPoolExecutor(max_workers=workers) as pool:
        texts = dict(zip(paths, pool.map(lambda path: read_text(foi_read, path), paths.values())))
    printed = [row for row in scored if texts[row["id"]] and date_printed(texts[row["id"]], iso_date(row["decision_date"]))]
    unprinted = [row for row in scored if row not in printed]
    agree = lambda group: sum(1 for row in group if results[row["id"]][0].get("date") == iso_date(row["decision_date"]))
    print(f"    the CSV's date is printed in the text of {len(printed)}/{len(scored)} = "
          f"{100.0 * len(printed) / len(scored):.1f}% (the most any reading of the text can agree with); the record "
          f"agrees for {agree(printed)}/{len(printed)} of those and {agree(unprinted)}/{len(unprinted)} of the rest")


def iso_date(uk_date):
    match = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})", uk_date.strip())
    return f"{match[3]}-{int(match[2]):02d}-{int(match[1]):02d}" if match else None


def reference_key(reference):
    runs = re.findall(r"[A-Z]+|\d+", (reference or "").upper())
    return tuple(int(run) if run.isdigit() else run for run in runs) or None


def normalise_outcome(outcome):
    words = re.sub(r"[^a-z]+", " ", (outcome or "").lower()).split()
    if words[:1] == ["appeal"]:
        words = words[1:]
    return OUTCOMES.get(" ".join(words))


def normalise_authority(name):
    text = (name or "").replace("\u2019", "'").replace("\u2018", "'").replace("&", " and ").lower()
    text = re.sub(r"[^a-z0-9 ]+", "", text.replace("-", " "))
    words = [word for word in text.split() if word != "the"]
    joined = " ".join(words)
    return AUTHORITY_ALIASES.get(joined, joined) or None


Field = collections.namedtuple("Field", "column skip_reason expect read key")

# column: the CSV column; expect(row): the value to compare, or None to leave the row out (as skip_reason);
# read(record): our value; key(value): what is compared (None never agrees).
FIELDS = {
    "date": Field("decision_date", "no decision_date", lambda row: iso_date(row["decision_date"]),
                  lambda rec: rec.get("date"), lambda value: value),
    "reference": Field("reference", "no reference", lambda row: row["reference"].strip() or None,
                       lambda rec: [rec.get("reference")] + rec.get("joined_references", []), reference_key),
    "outcome": Field("outcome", "CSV outcome not one of the five",
                     lambda row: row["outcome"].strip() if normalise_outcome(row["outcome"]) else None,
                     lambda rec: rec.get("outcome"), normalise_outcome),
    "authority": Field("public_agency", "no public_agency", lambda row: row["public_agency"].strip() or None,
                       lambda rec: rec.get("authority"), normalise_authority),
}


def score_field(field, rows, results):
    """Return (agree, total, excluded reasons, CSV values of rows left out, disagreements) for one field."""
    spec = FIELDS[field]
    agree, total = 0, 0
    excluded, left_out_values = collections.Counter(), collections.Counter()
    disagreements = []
    for row in rows:
        record, _ = results[row["id"]]
        expected = spec.expect(row)
        if record is None:
            excluded["no text layer"] += 1
        elif expected is None:
            excluded[spec.skip_reason] += 1
            left_out_values[row[spec.column].strip() or "(empty)"] += 1
        else:
            total += 1
            got = spec.read(record)
            if any(spec.key(value) is not None and spec.key(value) == spec.key(expected)
                   for value in (got if isinstance(got, list) else [got])):
                agree += 1
            else:
                disagreements.append((row["id"], expected, got))
    return agree, total, excluded, left_out_values, disagreements


def spec_agrees_lead(row, results):
    expected = FIELDS["reference"].expect(row)
    got = results[row["id"]][0].get("reference")
    return expected is not None and reference_key(got) is not None and reference_key(got) == reference_key(expected)


def format_excluded(excluded):
    return ", ".join(f"{count} {reason}" for reason, count in excluded.most_common()) or "none"


def report_field(field, rows, results, show):
    agree, total, excluded, left_out_values, disagreements = score_field(field, rows, results)
    pct = 100.0 * agree / total if total else 0.0
    verdict = "meets" if pct >= TARGETS[field] else "below"
    print(f"{field}: {agree}/{total} = {pct:.1f}%   (target >= {TARGETS[field]}%: {verdict})")
    print(f"    excluded: {format_excluded(excluded)}")
    if field == "reference":
        lead = sum(1 for row in rows if results[row["id"]][0] is not None and spec_agrees_lead(row, results))
        print(f"    of which the lead appeal number (the record's reference): {lead}/{total}; the others are "
              "appeals joined to it (joined_references)")
    if field == "outcome" and left_out_values:
        print(f"    CSV outcomes left out: {format_excluded(left_out_values)}")
    for row_id, expected, got in disagreements[:show]:
        print(f"    {row_id:>5}  expected={expected!r}  got={got!r}")


def report_unread(results):
    reasons = collections.Counter(reason for record, reason in results.values() if record is None)
    print(f"no text layer (left out of every field): {sum(reasons.values())}"
          + (f" ({format_excluded(reasons)})" if reasons else ""))


def main():
    args = parse_args()
    if not os.access(args.foi_index, os.X_OK):
        sys.exit(f"tribunal_eval: {args.foi_index} is not an executable; build it or pass --foi-index")
    rows = load_rows(args.corpus)
    started = time.monotonic()
    results = explain_all(args.foi_index, args.corpus, rows, args.workers)
    print(f"{len(rows)} decisions, explained in {time.monotonic() - started:.0f}s with {args.foi_index}")
    report_unread(results)
    for field in FIELDS:
        report_field(field, rows, results, args.show)
        if field == "date":
            report_date_ceiling(os.path.join(os.path.dirname(args.foi_index), "foi-read"), args.corpus, rows, results,
                                args.workers)
    return 0


if __name__ == "__main__":
    sys.exit(main())
