#!/usr/bin/env python3
"""The Markdown report of one bench/index_scale run, from the files it left in its temporary directory:
time.json (/usr/bin/time), index.log (foi-index's summary and --timings), samples.tsv (seconds, VmRSS kB,
entries written), index_bytes, corpus_bytes, machine_before.json and machine_after.json.
    index_scale_report.py SIZE DIR"""
import json
import re
import os
import sys

MAX_ROWS = 40  # the RSS series is thinned to about this many rows, the first, the last and the peak kept


def read(dir_, name):
    with open(os.path.join(dir_, name), encoding="utf-8") as f:
        return f.read()


def samples(text):
    rows = []
    for line in text.splitlines():
        parts = line.split("\t")
        if len(parts) >= 2 and parts[0].isdigit() and parts[1].isdigit():
            entries = int(parts[2]) if len(parts) > 2 and parts[2].isdigit() else None
            rows.append((int(parts[0]), int(parts[1]), entries))
    return rows


def thinned(rows):
    if len(rows) <= MAX_ROWS:
        return rows
    step = len(rows) / MAX_ROWS
    keep = {int(i * step) for i in range(MAX_ROWS)} | {len(rows) - 1}
    keep.add(max(range(len(rows)), key=lambda i: rows[i][1]))
    return [rows[i] for i in sorted(keep)]


def megabytes(kb):
    return f"{kb / 1024:.1f} MB"


def report(size, dir_):
    t = json.loads(read(dir_, "time.json"))
    before = json.loads(read(dir_, "machine_before.json"))
    after = json.loads(read(dir_, "machine_after.json"))
    index_bytes = int(read(dir_, "index_bytes").split()[0])
    corpus_bytes = int(read(dir_, "corpus_bytes").split()[0])
    log = read(dir_, "index.log").strip().splitlines()
    rows = samples(read(dir_, "samples.tsv"))
    out = [f"# foi-index on {size:,} generated letters", ""]
    out.append(f"Commit {before.get('commit')}; {before.get('nproc')} cores, {before.get('cpu')}; load average "
               f"{before.get('loadavg')} before, {after.get('loadavg')} after.")
    out += ["", "| figure | value |", "|---|---|"]
    out.append(f"| letters | {size:,} |")
    out.append(f"| corpus | {corpus_bytes:,} bytes |")
    out.append(f"| wall | {t['wall']:.0f} s |")
    out.append(f"| letters/s (whole run: writing, regrouping, compaction) | {size / t['wall']:.0f} |")
    out.append(f"| CPU (user + sys) | {t['user'] + t['sys']:.0f} s ({1000 * (t['user'] + t['sys']) / size:.2f} ms a letter) |")
    out.append(f"| index | {index_bytes:,} bytes ({index_bytes / corpus_bytes:.2f}x the corpus) |")
    # foi-index --timings starts the peak again at each whole phase (/proc/self/clear_refs), which /usr/bin/time's
    # figure follows too: the run's peak is the largest of the phases' and time's.
    phases = {m.group(1): float(m.group(2)) for m in
              (re.match(r"^(\S+) .* peak ([0-9.]+) MiB$", line) for line in log) if m}
    peak_mb = max([t['rss_kb'] / 1024] + list(phases.values()))  # MB: 2^20 bytes, as megabytes()
    out.append(f"| peak RSS | {peak_mb:.1f} MB |")
    if phases:
        out.append("| peak RSS by phase | " + ", ".join(f"{k} {v:.1f} MB" for k, v in phases.items()) + " |")
    out += ["", "foi-index's own lines (`--timings`, then its summary):", "", "```"] + log + ["```", ""]
    out += ["Resident memory while it ran (VmRSS; entries: documents and passages in the staged database):", "",
            "| seconds | VmRSS | entries |", "|---|---|---|"]
    for s, kb, entries in thinned(rows):
        out.append(f"| {s} | {megabytes(kb)} | {'' if entries is None else f'{entries:,}'} |")
    return "\n".join(out) + "\n"


def main():
    if len(sys.argv) != 3 or not sys.argv[1].isdigit():
        sys.exit(__doc__.strip().splitlines()[-1].strip())
    sys.stdout.write(report(int(sys.argv[1]), sys.argv[2]))


if __name__ == "__main__":
    main()
