"""Where the index's bytes go: foi-bench-index-breakdown's JSON (OUT/breakdown.json) made into figures for
report.py and a markdown table for report_md.py."""
import json
import os

MB = 1e6
TABLES = ["postlist", "position", "termlist", "docdata", "spelling", "synonym", "other"]
KINDS = ["document", "passage"]


def parts_of(kind):
    """A kind's compacted copy split into parts: values are what the postlist and termlist tables lose when they
    are dropped (the copy without values has no spelling data either)."""
    full, bare = kind["tables"], kind["tables_without_values"]
    lists = ("postlist", "termlist")
    return {
        "postings": bare.get("postlist", 0),
        "positions": bare.get("position", 0),
        "term lists": bare.get("termlist", 0),
        "values": sum(full.get(t, 0) - bare.get(t, 0) for t in lists),
        "stored data": full.get("docdata", 0),
        "spelling": full.get("spelling", 0),
        "other": sum(full.get(t, 0) for t in full if t not in lists + ("position", "docdata", "spelling")),
    }


def figures(out, corpus_bytes):
    """The breakdown with totals and each part's share of the corpus, or None when the phase did not run."""
    path = f"{out}/breakdown.json"
    if not os.path.exists(path):
        return None
    with open(path, encoding="utf-8") as f:
        b = json.load(f)
    built, compacted = sum(b["built"].values()), sum(b["compacted"].values())
    rep = {"raw": b, "corpus_bytes": corpus_bytes, "built_bytes": built, "compacted_bytes": compacted,
           "free_bytes": built - compacted, "built_over_corpus": built / corpus_bytes,
           "compacted_over_corpus": compacted / corpus_bytes}
    if "kinds" in b:
        rep["parts"] = {k: parts_of(b["kinds"][k]) for k in KINDS}
    return rep


def mb(n):
    return f"{n / MB:.1f}"


def share(n, corpus):
    return f"{mb(n)} ({n / corpus:.2f}×)"


def table(rep):
    """The report's "Where the index's bytes go" section."""
    if not rep:
        return []
    b, corpus = rep["raw"], rep["corpus_bytes"]
    lines = ["", "## Where the index's bytes go", "",
             f"The last foisearch index ({b['databases']} database(s)): {mb(rep['built_bytes'])} MB as built "
             f"({rep['built_over_corpus']:.2f}× the corpus), {mb(rep['compacted_bytes'])} MB compacted "
             f"({rep['compacted_over_corpus']:.2f}×); free space left by the build: {mb(rep['free_bytes'])} MB.",
             "", "| glass table | as built MB | compacted MB | free MB | compacted ÷ corpus |", "|---|---|---|---|---|"]
    names = sorted(set(b["built"]) | set(b["compacted"]), key=lambda t: TABLES.index(t) if t in TABLES else 99)
    for t in names:
        x, c = b["built"].get(t, 0), b["compacted"].get(t, 0)
        lines.append(f"| {t} | {mb(x)} | {mb(c)} | {mb(x - c)} | {c / corpus:.2f}× |")
    if "parts" not in rep:
        return lines
    k = b["kinds"]
    lines += ["", "Documents against passages: each kind copied into a database of its own and compacted, then "
              "copied again without values (the difference is what values cost). Spelling data comes from documents' "
              "words only. MB, and (÷ the corpus).", "", "| part | documents | passages | both |", "|---|---|---|---|"]
    total = {kind: 0 for kind in KINDS}
    for part in rep["parts"]["document"]:
        d, p = rep["parts"]["document"][part], rep["parts"]["passage"][part]
        total["document"] += d
        total["passage"] += p
        lines.append(f"| {part} | {share(d, corpus)} | {share(p, corpus)} | {share(d + p, corpus)} |")
    both = total["document"] + total["passage"]
    lines.append(f"| **all** | {share(total['document'], corpus)} | {share(total['passage'], corpus)} | "
                 f"{share(both, corpus)} |")
    lines += ["", "| kind | entries | stored data MB (raw) | postings | positions | values | value MB (raw) |",
              "|---|---|---|---|---|---|---|"]
    for kind in KINDS:
        x = k[kind]
        lines.append(f"| {kind} | {x['entries']:,} | {mb(x['data_bytes'])} | {x['postings']:,} | "
                     f"{x['positions']:,} | {x['values']:,} | {mb(x['value_bytes'])} |")
    lines.append(f"\nSpelling: {k['spelling_words']:,} words.")
    return lines
