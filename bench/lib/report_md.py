"""The markdown form of a benchmark report (report.py builds the figures; this only lays them out)."""
import datetime

import index_breakdown

WHAT = {
    "foisearch": "foi-index: reads, extracts every facet itself, indexes with positions and spelling, stores text",
    "fts5": "SQLite FTS5 (porter unicode61); facet values handed over from the manifest, not extracted",
    "omindex": "Xapian omindex, zero-config; no facets",
    "bound": "read + Xapian TermGenerator, no database: the floor",
}
CLASS_NAMES = {"term": "single term", "and": "two-term AND", "or": "OR", "phrase": "phrase",
               "filter": "text + facet filters", "all": "all queries"}


def fig(f, fmt="{:.1f}"):
    """median (min–max) over the runs."""
    if not f:
        return "n/a"
    if f["runs"] == 1 or f["min"] == f["max"]:
        return fmt.format(f["median"])
    return f"{fmt.format(f['median'])} ({fmt.format(f['min'])}–{fmt.format(f['max'])})"


def times(r):
    return "n/a" if r is None else f"{r:.2f}×"


def header(rep):
    s, c, m = rep["settings"], rep["corpus"], rep["machine"]
    b, a = m["before"], m["after"]
    omni = "" if s["omindex_runs"] == s["runs"] else f"; omindex {s['omindex_runs']} run(s) (about 160 docs/s)"
    lines = [
        f"# foisearch benchmark: {s['size']:,} documents" + (" (smoke: figures mean nothing)" if s["smoke"] else ""),
        "",
        f"- Date: {datetime.date.today().isoformat()}; commit {b['commit']}",
        f"- Machine: {b['nproc']} cores, {b['cpu']}, {b['mem_gb']} GB, Linux {b['kernel']}; shared with other "
        f"work: load average before {' '.join(map(str, b['loadavg']))}, after {' '.join(map(str, a['loadavg']))}",
        f"- Corpus: {c['docs']:,} generated letters, {c['bytes'] / 1e6:.1f} MB, seed `{c['seed']}`, "
        f"{c['pool']:,} source paragraphs (WhatDoTheyKnow {'on' if c['wdtk'] else 'off'}), {c['forces']} forces",
        f"- Each figure: median (min–max) of {s['runs']} run(s){omni}; queries: {s['reps']} timed passes over "
        f"{len(rep['queries_used'])} queries per run after one untimed pass; load: {s['load_seconds']} s per level",
        "- Debian packages: " + ", ".join(f"{k} {v}" for k, v in b["versions"].items()),
    ]
    ex = rep["extraction"]
    agree = ", ".join(f"{k} {v:.0%}" for k, v in ex["agreement"].items())
    lines.append(f"- foisearch's extractor against the planted values ({ex['sample']} letters): {agree}")
    return lines


def indexing_table(idx):
    lines = ["", "## Indexing", "",
             "| engine | documents/s | MB/s | CPU s | index ÷ corpus | peak RSS MB | foisearch ÷ this (docs/s) "
             "| what it does |",
             "|---|---|---|---|---|---|---|---|"]
    for e in ["foisearch", "fts5", "omindex", "bound"]:
        if e not in idx:
            continue
        x = idx[e]
        r = "1.00×" if e == "foisearch" else times(idx["ratios"].get(f"foisearch/{e}"))
        size = fig(x["index_over_corpus"], "{:.2f}") if x["index_over_corpus"] else "–"
        lines.append(f"| {e} | {fig(x['docs_per_s'], '{:.0f}')} | {fig(x['mb_per_s'], '{:.2f}')} | "
                     f"{fig(x['cpu_s'])} | {size} | {fig(x['peak_rss_mb'], '{:.0f}')} | {r} | {WHAT[e]} |")
    if "compacted_over_corpus" in idx.get("foisearch", {}):
        lines += ["", f"foisearch's index after `xapian-compact` (untimed): "
                      f"{idx['foisearch']['compacted_over_corpus']:.2f}× the corpus."]
    return lines


def latency_table(q):
    lat, cpu, ratios = q["latency_ms"], q.get("cpu_ms", {}), q["ratios"]
    lines = ["", "## Full page latency (ms)", "",
             "Full page = top 10 with stored fields and snippets + exact total + exact multi-select facet counts. "
             "Wall-clock time, and the process's CPU time (in-process engines only): on a shared machine the CPU "
             "time moves much less with other people's load.",
             "", "| class | engine | p50 | p95 | p99 | CPU p50 | CPU p95 |", "|---|---|---|---|---|---|---|"]
    names = {"foisearch": "foisearch in-process", "fts5": "FTS5 in-process", "http": "foisearch over HTTP"}
    for c in ["term", "and", "or", "phrase", "filter", "all"]:
        for e in ["foisearch", "fts5", "http"]:
            if e in lat:
                p, u = lat[e][c], cpu.get(e, {}).get(c, {})
                lines.append(f"| {CLASS_NAMES[c]} | {names[e]} | {fig(p['p50'], '{:.2f}')} | "
                             f"{fig(p['p95'], '{:.2f}')} | {fig(p['p99'], '{:.2f}')} | "
                             f"{fig(u.get('p50'), '{:.2f}') if u else '–'} | "
                             f"{fig(u.get('p95'), '{:.2f}') if u else '–'} |")
    lines += ["", "| class | FTS5 ÷ foisearch p50 | p95 | p99 | same, CPU p50 | HTTP ÷ in-process p50 | p95 | p99 |",
              "|---|---|---|---|---|---|---|---|"]
    f5, http = ratios.get("fts5/foisearch", {}), ratios.get("http/foisearch", {})
    f5cpu = ratios.get("fts5/foisearch cpu", {})
    for c in ["term", "and", "or", "phrase", "filter", "all"]:
        row = [times(f5.get(c, {}).get(k)) for k in ("p50", "p95", "p99")] + [times(f5cpu.get(c, {}).get("p50"))]
        row += [times(http.get(c, {}).get(k)) for k in ("p50", "p95", "p99")]
        lines.append(f"| {CLASS_NAMES[c]} | " + " | ".join(row) + " |")
    return lines


def per_query_table(q, used):
    text = {u["id"]: " ".join(f"{k}={v}" for k, v in u["params"]) for u in used}
    lines = ["", "## Per query (median of each run's median, ms)", "",
             "| query | foisearch total | FTS5 total | foisearch | FTS5 | FTS5 ÷ foisearch | HTTP | foisearch CPU |",
             "|---|---|---|---|---|---|---|---|"]
    for qid, e in q["per_query"].items():
        foi, f5, http = e.get("foisearch"), e.get("fts5"), e.get("http")
        r = f5["median_ms"] / foi["median_ms"] if foi and f5 and foi["median_ms"] else None
        cell = lambda x, k="median_ms": f"{x[k]:.2f}" if x else "n/a"  # noqa: E731
        total = lambda x: str(x["total"]) if x else "n/a"  # noqa: E731
        lines.append(f"| `{text.get(qid, qid)}` | {total(foi)} | {total(f5)} | {cell(foi)} | {cell(f5)} | "
                     f"{times(r)} | {cell(http)} | {cell(foi, 'median_cpu_ms')} |")
    return lines


def load_table(ld, log):
    what = "the query set in rotation"
    if log:
        what = (f"the query log replayed (`make_query_log.py`: {log['distinct']:,} distinct queries drawn from the "
                f"corpus — words, pairs, ORs, phrases, filters, facet combinations, sorts, page 2 — in "
                f"{log['requests']:,} requests weighted Zipf-like, the most asked {log['top_weight']:,} times)")
    lines = ["", "## Load: foi-searchd under wrk, " + what, "",
             "foi-searchd runs with its answer cache off (`--answer-cache-mb 0`): every answer is computed. "
             "÷ one core in-process is against the 23-query set's mean in-process page.", "",
             "| connections | requests/s | p50 ms | p99 ms | errors (non-2xx) | ÷ one core in-process "
             "| cores searchd got | requests per CPU second |",
             "|---|---|---|---|---|---|---|---|"]
    for conns, x in ld.items():
        lines.append(f"| {conns} | {fig(x['requests_per_s'], '{:.0f}')} | {fig(x['p50_ms'])} | {fig(x['p99_ms'])} "
                     f"| {x['errors']} ({x['non_2xx']}) | {times(x['over_in_process_rate'])} "
                     f"| {fig(x.get('searchd_cores'), '{:.2f}')} | {fig(x.get('requests_per_core_s'), '{:.0f}')} |")
    return lines


def targets_table(rep):
    size = rep["settings"]["size"]
    lines = ["", f"## Targets (goals for 100,000 documents; judged here at {size:,})", "",
             "| target | measured | met |", "|---|---|---|"]
    for t in rep["targets"]:
        met = "n/a" if t["met"] is None else ("yes" if t["met"] else "**no**")
        lines.append(f"| {t['target']} | {t['shown']} | {met} |")
    return lines


def probe_table(probe):
    if not probe:
        return []
    f = probe["cpu_ms"]
    lines = ["", "## Facet counting and snippets, each two ways (`foi-bench-facet-probe`, one run)", "",
             "CPU ms per query, median over the class's queries. Main pass = the total and every facet's counts "
             "over text + filters (the extra multi-select passes have the same shape). *Spies* is "
             "`foi::FacetSpies` (a `ValueCountMatchSpy` per facet on the BM25 pass), as remote shards count; "
             "*columns* is a top-10 BM25 pass plus a `BoolWeight` pass that only records docids, counted against "
             "per-slot columns read once per database (loaded in {:.1f} ms), as a local index counts. The probe "
             "checks both give identical totals and counts. Snippets: the page's ten as the library makes them "
             "(`foi/search/snippets.h`), and by Xapian's `MSet::snippet`, exhaustive (what the library used before) and "
             "plain.".format(probe["columns_load_ms"] or 0), "",
             "| class | main pass, spies | columns | spies ÷ columns | snippets, library | Xapian exhaustive "
             "| library ÷ Xapian exhaustive | Xapian plain |", "|---|---|---|---|---|---|---|---|"]
    for c in ["term", "and", "or", "phrase", "filter", "all"]:
        r = f.get(c, {})
        num = lambda k: f"{r[k]:.2f}" if r.get(k) is not None else "n/a"  # noqa: E731
        speed = r["current"] / r["proposed"] if r.get("current") and r.get("proposed") else None
        snip = (r["snippets_library"] / r["snippets_xapian"]
                if r.get("snippets_library") and r.get("snippets_xapian") else None)
        lines.append(f"| {CLASS_NAMES[c]} | {num('current')} | {num('proposed')} | {times(speed)} | "
                     f"{num('snippets_library')} | {num('snippets_xapian')} | {times(snip)} | "
                     f"{num('snippets_xapian_plain')} |")
    return lines


def render(rep):
    lines = header(rep)
    lines += indexing_table(rep["indexing"])
    lines += index_breakdown.table(rep.get("breakdown"))
    lines += latency_table(rep["queries"])
    lines += per_query_table(rep["queries"], rep["queries_used"])
    lines += load_table(rep["load"], rep.get("load_query_log"))
    lines += probe_table(rep.get("probe"))
    lines += targets_table(rep)
    return "\n".join(lines) + "\n"
