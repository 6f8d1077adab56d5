#!/usr/bin/env python3
"""Turns one bench/shards run's raw figures (OUT: /usr/bin/time files, foi-bench-query's latencies and pages, the
machine's busy CPU seconds) into shards-SIZE.json and shards-SIZE.md in RESULTS. Every figure is the median over
the runs with its min and max, and is also given as a ratio against the single database measured in the same run.

  shards_report.py OUT RESULTS

Exits non-zero (after writing both files) when any configuration's total for any query differs from the single
database's: shards must answer exactly as one database."""
import json
import os
import statistics
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from report import (CLASSES, PERCENTILES, by_run, load, over_runs, ratio, run_header, spread,  # noqa: E402
                    write_results)
from shards_report_md import render  # noqa: E402


def layouts(settings):
    """The indexes built: the single database, then one per shard count."""
    return ["single"] + [f"shards-{n}" for n in settings["shards"]]


def configurations(settings):
    """What is queried: the single database, then each shard count locally and remotely."""
    out = ["single"]
    for n in settings["shards"]:
        out += [f"shards-{n}", f"remote-{n}"]
    return out


def indexing(out, settings, stats):
    docs = stats["docs"]
    result = {}
    for name in layouts(settings):
        runs = []
        for run, path in by_run(f"{out}/index/{name}.*.time").items():
            t = load(path)
            size = int(open(f"{out}/index/{name}.{run}.size").read())
            runs.append({"run": run, **t, "index_bytes": size})
        result[name] = {
            "runs": runs,
            "docs_per_s": spread([docs / r["wall"] for r in runs if r["wall"] > 0]),
            "wall_s": spread([r["wall"] for r in runs]),
            "cpu_s": spread([r["user"] + r["sys"] for r in runs]),
            "index_bytes": spread([r["index_bytes"] for r in runs]),
            "index_mb": spread([r["index_bytes"] / 1e6 for r in runs]),
            "index_over_corpus": spread([r["index_bytes"] / stats["bytes"] for r in runs]),
            "peak_rss_mb": spread([r["rss_kb"] / 1024 for r in runs]),
        }
    single = result["single"]
    for name, x in result.items():
        x["ratios"] = {
            # Above 1: the layout indexes faster than one database.
            "docs_per_s": ratio(x["docs_per_s"], single["docs_per_s"]),
            "cpu_s": ratio(x["cpu_s"], single["cpu_s"]),
            "index_bytes": ratio(x["index_bytes"], single["index_bytes"]),
        }
    return result


def cpu_per_page(out, name, runs_json, settings):
    """CPU milliseconds per full page over a configuration's query runs (each runs the set once untimed, `reps`
    times timed and once more for --pages): foi-bench-query's own ("client"), and the whole machine's busy time
    over the same span ("machine": the client plus, for remote shards, xapian-tcpsrv and its connection children,
    plus anything else running, so only meaningful on an otherwise idle machine)."""
    client, machine = [], []
    pages = len(runs_json[0]["queries"]) * (settings["reps"] + 2)
    for run, path in by_run(f"{out}/query/{name}.*.time").items():
        t = load(path)
        client.append((t["user"] + t["sys"]) * 1000 / pages)
        machine.append(float(open(f"{out}/query/{name}.{run}.machine_cpu").read()) * 1000 / pages)
    return {"client": spread(client), "machine": spread(machine)}


def query_figures(out, settings):
    result = {}
    for name in configurations(settings):
        runs = [load(p) for p in by_run(f"{out}/query/{name}.*.json").values()]
        result[name] = {
            "latency_ms": over_runs(runs, "ms"),
            "client_cpu_ms": over_runs(runs, "cpu_ms"),
            "cpu_ms_per_page": cpu_per_page(out, name, runs, settings),
            "per_query_median_ms": per_query_medians(runs),
        }
    single = result["single"]
    for x in result.values():
        # Above 1: slower than the single database.
        x["ratios"] = {
            "latency_ms": {c: {f"p{p}": ratio(x["latency_ms"][c][f"p{p}"], single["latency_ms"][c][f"p{p}"])
                               for p in PERCENTILES} for c in CLASSES},
            "cpu_ms_per_page": {k: ratio(v, single["cpu_ms_per_page"][k]) for k, v in x["cpu_ms_per_page"].items()},
        }
    return result


def per_query_medians(runs):
    meds = {}
    for r in runs:
        for q in r["queries"]:
            meds.setdefault(q["id"], []).append(statistics.median(q["ms"]))
    return {qid: statistics.median(v) for qid, v in meds.items()}


def facet_difference(ref, got):
    """How many (facet, value) counts differ between two pages' facets, and by how much in all."""
    def flat(facets):
        return {(name, v["value"]): v["count"] for name, values in facets.items() for v in values}
    a, b = flat(ref), flat(got)
    keys = set(a) | set(b)
    differ = [k for k in keys if a.get(k, 0) != b.get(k, 0)]
    return len(differ), sum(b.get(k, 0) - a.get(k, 0) for k in differ)


def first_difference(qid, part, ref, mine):
    """The first run and position where a configuration's hits or snippets differ from the single database's."""
    for run, page in enumerate(mine, 1):
        for i, (a, b) in enumerate(zip(ref[part], page[part])):
            if a != b:
                return {"query": qid, "part": part, "run": run, "position": i + 1, "single": a, "this": b}
        if len(ref[part]) != len(page[part]):
            return {"query": qid, "part": part, "run": run, "single_count": len(ref[part]),
                    "this_count": len(page[part])}
    return {"query": qid, "part": part}


def answers(out, settings):
    """Every configuration's answers against the single database's, query by query. Totals come from the timed
    runs (foi-bench-query already refuses a total that changes between passes) and from the pages; hits, snippets
    and facet counts from the pages."""
    totals, pages = {}, {}
    for name in configurations(settings):
        for run in by_run(f"{out}/query/{name}.*.json"):
            for q in load(f"{out}/query/{name}.{run}.json")["queries"]:
                totals.setdefault(name, {}).setdefault(q["id"], set()).add(q["total"])
            with open(f"{out}/pages/{name}.{run}.jsonl", encoding="utf-8") as f:
                for line in f:
                    p = json.loads(line)
                    totals[name][p["id"]].add(p["total"])
                    pages.setdefault(name, {}).setdefault(p["id"], []).append(p)
    reference = {qid: next(iter(t)) for qid, t in totals["single"].items()}
    problems, checks = [], {}
    for qid, t in totals["single"].items():
        if len(t) > 1:
            problems.append(f"single database: {qid} gave totals {sorted(t)}")
    for name in configurations(settings):
        c = {"queries": len(totals[name]), "totals_same": 0, "hits_same": 0, "snippets_same": 0, "facets_same": 0,
             "differences": []}
        for qid, total in reference.items():
            got = totals[name].get(qid, set())
            if got == {total}:
                c["totals_same"] += 1
            else:
                problems.append(f"{name}: {qid} total {sorted(got)} != single database's {total}")
            ref = pages["single"][qid][0]
            mine = pages[name].get(qid, [])
            for part in ("hits", "snippets", "facets"):
                if mine and all(p[part] == ref[part] for p in mine):
                    c[f"{part}_same"] += 1
                elif part == "facets" and mine:
                    n, delta = facet_difference(ref["facets"], mine[-1]["facets"])
                    c["differences"].append(f"{qid}: facets ({n} counts differ, {delta:+d} in all)")
                else:
                    c["differences"].append(f"{qid}: {part}")
                    c.setdefault("examples", []).append(first_difference(qid, part, ref, mine))
        checks[name] = c
    return {"totals": reference, "checks": checks, "problems": problems}


def main():
    if len(sys.argv) != 3:
        raise SystemExit(__doc__)
    out, results = sys.argv[1], sys.argv[2]
    rep = run_header(out)
    settings, stats = rep["settings"], rep["corpus"]
    rep.update({
        "indexing": indexing(out, settings, stats), "queries": query_figures(out, settings),
        "answers": answers(out, settings),
    })
    rep["configurations"] = configurations(settings)
    write_results(rep, results, f"shards-{settings['size']}", render)
    if rep["answers"]["problems"]:
        raise SystemExit("shards report: " + "; ".join(rep["answers"]["problems"]))


if __name__ == "__main__":
    main()
