#!/usr/bin/env python3
"""Turns one bench/run's raw figures (OUT: /usr/bin/time files, the query benches' latencies, wrk's summaries)
into SIZE.json and SIZE.md in RESULTS. Every figure is the median over the runs with its min and max; every
foisearch figure is also given as a ratio against the baselines measured in the same run.

  report.py OUT RESULTS [--strict]

--strict (the smoke) fails when a section is missing, when foisearch over HTTP and in-process disagree on a
total, or when the load saw any error: the things that mean the scripts, not the machine, went wrong."""
import glob
import json
import math
import os
import re
import statistics
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import index_breakdown  # noqa: E402
from report_md import render  # noqa: E402

ENGINES = ["foisearch", "fts5", "omindex", "bound"]
QUERY_ENGINES = ["foisearch", "fts5", "http"]
CLASSES = ["term", "and", "or", "phrase", "filter", "all"]
PERCENTILES = [50, 95, 99]


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def by_run(pattern):
    """{run number: path} for files named NAME.RUN.ext."""
    out = {}
    for path in glob.glob(pattern):
        m = re.search(r"\.(\d+)\.\w+$", path)
        if m:
            out[int(m.group(1))] = path
    return dict(sorted(out.items()))


def spread(values):
    """A figure over the runs: median, min, max (None when there is nothing to summarise)."""
    values = [v for v in values if v is not None]
    if not values:
        return None
    return {"median": statistics.median(values), "min": min(values), "max": max(values), "runs": len(values)}


def ratio(a, b):
    if not a or not b or not b["median"]:
        return None
    return a["median"] / b["median"]


def percentile(samples, p):
    """Nearest rank: the smallest sample with at least p% of the samples at or below it."""
    s = sorted(samples)
    return s[max(0, math.ceil(p / 100 * len(s)) - 1)]


def indexing(out, stats):
    docs, mb = stats["docs"], stats["bytes"] / 1e6
    result = {}
    for engine in ENGINES:
        runs = []
        for run, path in by_run(f"{out}/index/{engine}.*.time").items():
            t = load(path)
            size_path = f"{out}/index/{engine}.{run}.size"
            size = int(open(size_path).read()) if os.path.exists(size_path) else None
            runs.append({"run": run, **t, "index_bytes": size})
        if not runs:
            continue
        result[engine] = {
            "runs": runs,
            "docs_per_s": spread([docs / r["wall"] for r in runs if r["wall"] > 0]),
            "mb_per_s": spread([mb / r["wall"] for r in runs if r["wall"] > 0]),
            "cpu_s": spread([r["user"] + r["sys"] for r in runs]),
            "index_over_corpus": spread([r["index_bytes"] / stats["bytes"] for r in runs if r["index_bytes"]]),
            "peak_rss_mb": spread([r["rss_kb"] / 1024 for r in runs]),
        }
    compacted = f"{out}/index/foisearch_compacted.size"
    if os.path.exists(compacted) and "foisearch" in result:
        result["foisearch"]["compacted_over_corpus"] = int(open(compacted).read()) / stats["bytes"]
    foi = result.get("foisearch", {}).get("docs_per_s")
    result["ratios"] = {f"foisearch/{e}": ratio(foi, result[e]["docs_per_s"]) for e in ENGINES[1:] if e in result}
    return result


def class_percentiles(run_json, key):
    """{class: {p50, p95, p99}} over every timed sample (key "ms" or "cpu_ms") of the class's queries in a run."""
    samples = {c: [] for c in CLASSES}
    for q in run_json["queries"]:
        samples[q["class"]].extend(q.get(key, []))
        samples["all"].extend(q.get(key, []))
    return {c: {f"p{p}": percentile(s, p) for p in PERCENTILES} for c, s in samples.items() if s}


def over_runs(runs, key):
    per_run = [class_percentiles(r, key) for r in runs]
    return {c: {f"p{p}": spread([pr[c][f"p{p}"] for pr in per_run if c in pr]) for p in PERCENTILES}
            for c in CLASSES}


def per_query_medians(per_query, engine, runs):
    for r in runs:
        for q in r["queries"]:
            entry = per_query.setdefault(q["id"], {"class": q["class"]})
            entry.setdefault(engine, {"total": q["total"], "median_ms": [], "median_cpu_ms": []})
            entry[engine]["median_ms"].append(statistics.median(q["ms"]))
            entry[engine]["median_cpu_ms"].append(statistics.median(q["cpu_ms"]))
            if entry[engine]["total"] != q["total"]:
                raise SystemExit(f"report: {engine} gave {q['id']} two different totals")
    for entry in per_query.values():
        if engine in entry:
            for k in ("median_ms", "median_cpu_ms"):
                entry[engine][k] = statistics.median(entry[engine][k])


def queries(out):
    wall, cpu, per_query = {}, {}, {}
    for engine in QUERY_ENGINES:
        runs = [load(p) for p in by_run(f"{out}/query/{engine}.*.json").values()]
        if not runs:
            continue
        wall[engine] = over_runs(runs, "ms")
        if engine != "http":  # the client's CPU says nothing about the server's
            cpu[engine] = over_runs(runs, "cpu_ms")
        per_query_medians(per_query, engine, runs)
    ratios = {}
    pairs = [("fts5/foisearch", wall, "fts5", "foisearch"), ("http/foisearch", wall, "http", "foisearch"),
             ("fts5/foisearch cpu", cpu, "fts5", "foisearch")]
    for name, table, a, b in pairs:
        if a in table and b in table:
            ratios[name] = {c: {f"p{p}": ratio(table[a][c][f"p{p}"], table[b][c][f"p{p}"]) for p in PERCENTILES}
                            for c in CLASSES}
    return {"latency_ms": wall, "cpu_ms": cpu, "ratios": ratios, "per_query": per_query}


def load_figures(out, foisearch_mean_ms):
    result = {}
    for conns in (1, 8, 64):
        runs = [load(p) for p in by_run(f"{out}/load/c{conns}.*.json").values()]
        if not runs:
            continue
        rps = [r["requests"] / (r["duration_us"] / 1e6) for r in runs]
        cores = []
        for run, path in by_run(f"{out}/load/c{conns}.*.json").items():
            cpu = f"{out}/load/c{conns}.{run}.cpu"
            if os.path.exists(cpu):
                cores.append(float(open(cpu).read()) / (load(path)["duration_us"] / 1e6))
        result[str(conns)] = {
            "requests_per_s": spread(rps),
            "p50_ms": spread([r["p50_us"] / 1000 for r in runs]),
            "p99_ms": spread([r["p99_us"] / 1000 for r in runs]),
            "errors": sum(sum(r["errors"].values()) for r in runs),
            "non_2xx": sum(r["errors"]["status"] for r in runs),
            # How many cores foi-searchd got: on a shared machine, what the requests/s were bought with.
            "searchd_cores": spread(cores),
            "requests_per_core_s": spread([r / c for r, c in zip(rps, cores) if c > 0]),
            # Against one core running the in-process full page back to back: 1.0 is that rate, 2.0 both cores.
            "over_in_process_rate": statistics.median(rps) * foisearch_mean_ms / 1000 if foisearch_mean_ms else None,
        }
    return result


def mean_in_process_ms(out):
    samples = [ms for p in by_run(f"{out}/query/foisearch.*.json").values() for q in load(p)["queries"]
               for ms in q["ms"]]
    return statistics.mean(samples) if samples else None


def probe_figures(out):
    """The prototype's timings (foi-bench-facet-probe, one run): per class, the median over the class's queries of
    each query's median CPU ms, for every variant it measured."""
    path = f"{out}/probe.json"
    if not os.path.exists(path):
        return None
    data = load(path)
    variants = [k for k in data if isinstance(data[k], dict) and "queries" in data[k]]
    figures = {}
    for c in CLASSES:
        row = {}
        for v in variants:
            meds = [statistics.median(q["cpu_ms"]) for q in data[v]["queries"] if c == "all" or q["class"] == c]
            row[v] = statistics.median(meds) if meds else None
        figures[c] = row
    return {"columns_load_ms": data.get("columns_load_ms"), "cpu_ms": figures}


def targets(rep):
    """The issue's goals (stated for 100k documents), judged on this run's figures."""
    idx, lat, ld = rep["indexing"], rep["queries"]["latency_ms"], rep["load"]
    foi = lat.get("foisearch", {}).get("all", {})
    speed = rep["queries"]["ratios"].get("fts5/foisearch", {}).get("all", {})
    eight = ld.get("8", {})
    med = lambda f: f["median"] if f else None  # noqa: E731
    t = [
        ("indexing ≥ 1,000 documents/s with extraction on", med(idx.get("foisearch", {}).get("docs_per_s")),
         lambda v: v >= 1000, "{:.0f} docs/s"),
        ("full page p50 ≤ 10 ms (in-process, all queries)", med(foi.get("p50")), lambda v: v <= 10, "{:.1f} ms"),
        ("full page p95 ≤ 50 ms (in-process, all queries)", med(foi.get("p95")), lambda v: v <= 50, "{:.1f} ms"),
        ("≥ 10× faster than FTS5 doing the same work (p50)", speed.get("p50"), lambda v: v >= 10, "{:.2f}×"),
        ("≥ 500 requests/s mixed load (8 connections)", med(eight.get("requests_per_s")), lambda v: v >= 500,
         "{:.0f} req/s"),
        ("load p99 ≤ 100 ms (8 connections)", med(eight.get("p99_ms")), lambda v: v <= 100, "{:.1f} ms"),
        ("no errors under load (1, 8, 64 connections)", sum(v["errors"] for v in ld.values()) if ld else None,
         lambda v: v == 0, "{:d} errors"),
        ("index size ≤ 2× corpus", med(idx.get("foisearch", {}).get("index_over_corpus")), lambda v: v <= 2,
         "{:.2f}×"),
    ]
    return [{"target": name, "value": v, "shown": fmt.format(v) if v is not None else "n/a",
             "met": bool(ok(v)) if v is not None else None} for name, v, ok, fmt in t]


def strict_checks(rep):
    problems = []
    for section in ("indexing", "queries", "load", "extraction", "breakdown"):
        if not rep.get(section):
            problems.append(f"no {section} figures")
    for engine in ENGINES:
        if engine not in rep["indexing"]:
            problems.append(f"no indexing figures for {engine}")
    for qid, entry in rep["queries"]["per_query"].items():
        if "http" not in entry or "foisearch" not in entry or "fts5" not in entry:
            problems.append(f"{qid}: not measured on every engine")
        elif entry["http"]["total"] != entry["foisearch"]["total"]:
            problems.append(f"{qid}: HTTP total {entry['http']['total']} != in-process {entry['foisearch']['total']}")
    for conns, figures in rep["load"].items():
        if figures["errors"]:
            problems.append(f"{figures['errors']} errors under load at {conns} connections")
    return problems


def run_header(out):
    """What every report of a run starts with: settings, corpus, generation, machine, the queries used."""
    stats = load(f"{out}/corpus_stats.json")
    stats.pop("df", None)
    return {
        "settings": load(f"{out}/settings.json"), "corpus": stats, "generate": load(f"{out}/generate.json"),
        "machine": {"before": load(f"{out}/machine_before.json"), "after": load(f"{out}/machine_after.json")},
        "queries_used": [json.loads(line) for line in open(f"{out}/queries.jsonl", encoding="utf-8")],
    }


def write_results(rep, results, name, render_md):
    """RESULTS/NAME.json (every figure) and RESULTS/NAME.md (the tables, also printed)."""
    with open(f"{results}/{name}.json", "w", encoding="utf-8") as f:
        json.dump(rep, f, indent=1, ensure_ascii=False)
        f.write("\n")
    md = render_md(rep)
    with open(f"{results}/{name}.md", "w", encoding="utf-8") as f:
        f.write(md)
    print(md)


def main():
    if len(sys.argv) < 3:
        raise SystemExit(__doc__)
    out, results = sys.argv[1], sys.argv[2]
    rep = run_header(out)
    settings, stats = rep["settings"], rep["corpus"]
    rep.update({
        "extraction": load(f"{out}/extraction.json"), "query_terms": load(f"{out}/query_terms.json")["terms"],
        "indexing": indexing(out, stats), "queries": queries(out),
    })
    rep["breakdown"] = index_breakdown.figures(out, stats["bytes"])
    rep["load"] = load_figures(out, mean_in_process_ms(out))
    if os.path.exists(f"{out}/querylog_summary.json"):
        rep["load_query_log"] = load(f"{out}/querylog_summary.json")
    rep["probe"] = probe_figures(out)
    rep["targets"] = targets(rep)
    write_results(rep, results, str(settings["size"]), render)
    if "--strict" in sys.argv:
        problems = strict_checks(rep)
        if problems:
            raise SystemExit("report: " + "; ".join(problems))


if __name__ == "__main__":
    main()
