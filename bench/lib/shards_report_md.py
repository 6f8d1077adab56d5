"""The markdown form of a bench/shards report (shards_report.py builds the figures; this only lays them out)."""
import datetime

from report_md import CLASS_NAMES, fig, times


OPEN = {
    "kept": "indexes kept open between queries and brought to the latest revision per query (`IndexPool`), as "
            "foi-searchd does per request",
    "fresh": "a fresh `SearchIndex` per query (`--fresh`: a remote configuration connects to every shard for "
             "every query)",
}


def label(name):
    if name == "single":
        return "one database"
    kind, n = name.split("-")
    shards = f"{n} shard" + ("" if n == "1" else "s")
    return f"{shards}, local" if kind == "shards" else f"{shards}, remote (xapian-tcpsrv)"


def header(rep):
    s, c, m = rep["settings"], rep["corpus"], rep["machine"]
    b, a = m["before"], m["after"]
    return [
        f"# foisearch shards: {s['size']:,} documents" + (" (smoke: figures mean nothing)" if s["smoke"] else ""),
        "",
        f"- Date: {datetime.date.today().isoformat()}; commit {b['commit']}",
        f"- Machine: {b['nproc']} cores, {b['cpu']}, {b['mem_gb']} GB, Linux {b['kernel']}; load average before "
        f"{' '.join(map(str, b['loadavg']))}, after {' '.join(map(str, a['loadavg']))}",
        f"- Corpus: {c['docs']:,} generated letters, {c['bytes'] / 1e6:.1f} MB, seed `{c['seed']}` "
        f"(WhatDoTheyKnow {'on' if c['wdtk'] else 'off'})",
        f"- Each figure: median (min–max) of {s['runs']} run(s); queries: {s['reps']} timed passes over "
        f"{len(rep['queries_used'])} queries per run after one untimed pass; " + OPEN[s.get("open", "fresh")],
        "- Ratios are against the single database in the same run: indexing above 1× is faster, latency above 1× "
        "slower",
        "- Debian packages: " + ", ".join(f"{k} {v}" for k, v in b["versions"].items()),
    ]


def indexing_table(idx):
    lines = ["", "## Indexing", "",
             "| index | documents/s | ÷ one database | wall s | CPU s | CPU ÷ one database | index MB "
             "| index ÷ corpus | peak RSS MB |",
             "|---|---|---|---|---|---|---|---|---|"]
    for name, x in idx.items():
        r = x["ratios"]
        lines.append(f"| {label(name)} | {fig(x['docs_per_s'], '{:.0f}')} | {times(r['docs_per_s'])} | "
                     f"{fig(x['wall_s'])} | {fig(x['cpu_s'])} | {times(r['cpu_s'])} | {fig(x['index_mb'])} | "
                     f"{fig(x['index_over_corpus'], '{:.2f}')} | {fig(x['peak_rss_mb'], '{:.0f}')} |")
    return lines


def latency_table(rep):
    q, checks = rep["queries"], rep["answers"]["checks"]
    lines = ["", "## Full page latency, all queries (ms)", "",
             "Full page = top 10 with stored fields and snippets + exact total + exact multi-select facet counts, "
             "in-process (`foi-bench-query`). CPU per page: the query bench's own, and the whole machine's busy "
             "time over the same span (for remote shards the xapian-tcpsrv servers are only seen there; anything "
             "else running is counted too). Answers: queries whose total / top-10 ids / snippets / facet "
             "counts equal the single database's.",
             "", "| configuration | p50 | p95 | p99 | p50 ÷ one db | p95 ÷ one db | p99 ÷ one db "
                 "| CPU ms per page: client | machine | machine ÷ one db "
                 "| answers same (total / hits / snippets / facets) |",
             "|---|---|---|---|---|---|---|---|---|---|---|"]
    for name in rep["configurations"]:
        x, c = q[name], checks[name]
        cpu = x["cpu_ms_per_page"]
        lat, r = x["latency_ms"]["all"], x["ratios"]["latency_ms"]["all"]
        same = f"{c['totals_same']} / {c['hits_same']} / {c['snippets_same']} / {c['facets_same']} of {c['queries']}"
        lines.append(f"| {label(name)} | {fig(lat['p50'], '{:.2f}')} | {fig(lat['p95'], '{:.2f}')} | "
                     f"{fig(lat['p99'], '{:.2f}')} | {times(r['p50'])} | {times(r['p95'])} | {times(r['p99'])} | "
                     f"{fig(cpu['client'], '{:.2f}')} | {fig(cpu['machine'], '{:.2f}')} | "
                     f"{times(x['ratios']['cpu_ms_per_page']['machine'])} | {same} |")
    return lines


def class_table(rep):
    names = rep["configurations"]
    lines = ["", "## p50 by query class (ms, and ÷ one database)", "",
             "| class | " + " | ".join(label(n) for n in names) + " |", "|---" * (len(names) + 1) + "|"]
    for c in ["term", "and", "or", "phrase", "filter"]:
        cells = []
        for n in names:
            x = rep["queries"][n]
            p50 = x["latency_ms"][c]["p50"]
            cell = fig(p50, "{:.2f}")
            if n != "single":
                cell += f" ({times(x['ratios']['latency_ms'][c]['p50'])})"
            cells.append(cell)
        lines.append(f"| {CLASS_NAMES[c]} | " + " | ".join(cells) + " |")
    return lines


def per_query_table(rep):
    names = rep["configurations"]
    lines = ["", "## Per query (median ms over the runs of each query's median)", "",
             "| query | total | " + " | ".join(label(n) for n in names) + " |", "|---" * (len(names) + 2) + "|"]
    for q in rep["queries_used"]:
        qid = q["id"]
        cells = [f"{rep['queries'][n]['per_query_median_ms'].get(qid, float('nan')):.2f}" for n in names]
        lines.append(f"| {qid} | {rep['answers']['totals'][qid]:,} | " + " | ".join(cells) + " |")
    return lines


def differences(rep):
    lines = []
    for name, c in rep["answers"]["checks"].items():
        if c["differences"]:
            lines.append(f"- {label(name)}: " + ", ".join(c["differences"]))
    if rep["answers"]["problems"]:
        lines.append("- **Totals differ**: " + "; ".join(rep["answers"]["problems"]))
    return (["", "## Answers that differ from the single database's", ""] + lines) if lines else \
        ["", "Every configuration gave the single database's answers for every query: totals, top-10 ids, snippets "
             "and facet counts."]


def render(rep):
    lines = header(rep) + indexing_table(rep["indexing"]) + latency_table(rep) + class_table(rep)
    lines += differences(rep) + per_query_table(rep)
    return "\n".join(lines) + "\n"
