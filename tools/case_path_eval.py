#!/usr/bin/env python3
"""Measure a case's path on the real tribunal decisions (docs/CASE_PATH.md).

    tools/case_path_eval.py [--bin DIR] [--corpus DIR] [--notices DIR] [--extra DIR ...] [--sample N] [--seed S]

Indexes CORPUS/pdf/*.pdf, the decision notices in NOTICES (*.txt) and any --extra directories (such as the
default corpus's WhatDoTheyKnow threads) into a temporary database with the real foi-index, serves it with the
real foi-searchd on a loopback port, and reads /api/doc of every document. Prints: tribunal decisions read,
the references read (`cites`) by relation and by kind of number, how many tribunal decisions name a notice or a
decision that is also in the index, the links the code made (each pair once, by relation), went_to='s totals;
then, with --sample N, N links at random, each with the lines of `pdftotext -layout` text around the reference
in the naming document and the heading of the document named, for checking by hand. A measurement, not a
test: exits 0 whatever it finds.

Defaults: --bin build/bin under the repo root, --corpus ../shared/corpora/tribunal beside the repo, --notices
eval/docs (ico_dn_*.txt), no --extra, --sample 30, --seed 19. Standard library only.
"""
import argparse
import collections
import glob
import json
import os
import random
import re
import shutil
import subprocess
import tempfile
import time
import urllib.parse
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# Each link once, from the side that names: the inverse and symmetric relations are the same pairs seen from
# the other end.
FORWARD = {"review of", "decision on", "appeal against", "cites", "names", "later decision in the same appeal",
           "decision in the same appeal", "names the same ICO case", "names the same appeal"}
SYMMETRIC = {"decision in the same appeal", "names the same ICO case", "names the same appeal"}


def parse_args():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--bin", default=os.path.join(ROOT, "build", "bin"))
    p.add_argument("--corpus", default=os.path.join(ROOT, "..", "shared", "corpora", "tribunal"))
    p.add_argument("--notices", default=os.path.join(ROOT, "eval", "docs"))
    p.add_argument("--extra", action="append", default=[])
    p.add_argument("--sample", type=int, default=30)
    p.add_argument("--seed", type=int, default=19)
    return p.parse_args()


def get(port, path, **params):
    url = f"http://127.0.0.1:{port}{path}?{urllib.parse.urlencode(params)}"
    with urllib.request.urlopen(url, timeout=120) as r:
        return json.load(r)


def serve(binary, db, work):
    out = open(os.path.join(work, "searchd.out"), "w+")
    proc = subprocess.Popen([binary, "--db", db, "--listen", "127.0.0.1:0", "--quiet"], stdout=out,
                            stderr=subprocess.DEVNULL)
    for _ in range(400):
        out.seek(0)
        m = re.search(r"listening on http://127\.0\.0\.1:(\d+)", out.read())
        if m:
            return proc, int(m.group(1))
        time.sleep(0.05)
    proc.terminate()
    raise SystemExit("foi-searchd did not start")


def ids_of(port, **params):
    ids, page = [], 1
    while True:
        j = get(port, "/api/search", size=100, page=page, **params)
        ids += [h["id"] for h in j["hits"]]
        if not j["hits"] or len(ids) >= j["total"]:
            return ids
        page += 1


def kind_of(reference):
    """The kind of number a cited reference is."""
    if re.fullmatch(r"FS\d{8}|FER\d{7}|IC-\d+-\w{4}", reference):
        return "ICO case reference"
    if reference.startswith("EA/"):
        return "First-tier Tribunal appeal number"
    if reference.startswith(("GIA/", "GI/")):
        return "Upper Tribunal appeal number"
    if reference.startswith("["):
        return "neutral citation"
    if reference.startswith("Decision "):
        return "Scottish Commissioner decision"
    return "authority's reference"


def text_of(path):
    if path.endswith(".pdf"):
        return subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True).stdout
    with open(path, errors="replace") as f:
        return f.read()


def context(text, reference):
    pattern = r"\s*[/.\-]\s*0*".join(re.escape(p) for p in reference.split("/")).replace("FS", "FS\\s?")
    pattern = pattern.replace(r"\ UKUT\ ", r"\s*UKUT\s*0*").replace(r"\ UKFTT\ ", r"\s*UKFTT\s*0*")
    m = re.search(pattern, text)
    if not m:
        return "      (not found in the text)"
    lines = text[:m.start()].count("\n")
    all_lines = text.split("\n")
    return "\n".join("      " + l.strip()[:150] for l in all_lines[max(0, lines - 2):lines + 2] if l.strip())


def heading(text):
    lines = [l.strip()[:150] for l in text.split("\n") if l.strip()]
    return "\n".join("      | " + l for l in lines[:8])


def main():
    a = parse_args()
    work = tempfile.mkdtemp(prefix="case-path-eval-")
    try:
        notices = os.path.join(work, "notices")
        os.makedirs(notices)
        for n in glob.glob(os.path.join(a.notices, "ico_dn_*.txt")):
            shutil.copy(n, notices)
        roots = [os.path.join(a.corpus, "pdf"), notices] + a.extra
        db = os.path.join(work, "db")
        subprocess.run([os.path.join(a.bin, "foi-index"), "--db", db] + roots, check=True,
                       stdout=subprocess.DEVNULL)
        proc, port = serve(os.path.join(a.bin, "foi-searchd"), db, work)
        try:
            every = ids_of(port)
            docs = {i: get(port, "/api/doc", id=i) for i in every}
            went = {v: ids_of(port, went_to=v) for v in ("ico", "tribunal", "tribunal_allowed")}
        finally:
            proc.terminate()
            proc.wait()
        report(a, docs, went, roots)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def source(roots, doc_id):
    for r in roots:
        p = os.path.join(r, doc_id)
        if os.path.exists(p):
            return p
    return None


def report(a, docs, went, roots):
    tribunals = [i for i, d in docs.items() if d["doc_type"] == "tribunal_decision"]
    pdfs = len(glob.glob(os.path.join(a.corpus, "pdf", "*.pdf")))
    print(f"documents indexed: {len(docs)}; tribunal decisions: {len(tribunals)} (of {pdfs} PDFs)")
    read = collections.Counter()
    for i, d in docs.items():
        for c in d["cites"]:
            read[(d["doc_type"], c["relation"], kind_of(c["reference"]))] += 1
    print("references read (cites), by naming kind, relation and kind of number:")
    for (t, rel, kind), n in sorted(read.items()):
        print(f"  {t:18} {rel:15} {kind:36} {n}")
    own = collections.defaultdict(set)
    for i, d in docs.items():
        if d.get("reference"):
            own[d["reference"].lower()].add(i)
    naming_notice = [i for i in tribunals if any(c["relation"] == "appeal against" for c in docs[i]["cites"])]
    in_index = [i for i in tribunals if any(c["relation"] == "appeal against" and own.get(c["reference"].lower())
                                            for c in docs[i]["cites"])]
    citing_in_index = [i for i in tribunals if any(c["relation"] == "cites" and
                                                   own.get(c["reference"].lower(), set()) - {i}
                                                   for c in docs[i]["cites"])]
    print(f"tribunal decisions naming the ICO notice appealed: {len(naming_notice)}; "
          f"naming one in the index: {len(in_index)}")
    print(f"tribunal decisions citing a decision known in the index by the number cited: {len(citing_in_index)}")
    links = {}
    for i, d in docs.items():
        for r in d["path"]:
            if r["via"] != i or r["relation"] not in FORWARD:
                continue
            # A pair linked both ways or by two numbers (a notice and its appeal) is one link.
            key = (tuple(sorted((i, r["id"]))) if r["relation"] in SYMMETRIC else (i, r["id"], r["relation"]))
            links.setdefault(key, (i, r))
    by_relation = collections.Counter(r["relation"] for _, r in links.values())
    print(f"links made: {len(links)} — " + ", ".join(f"{rel}: {n}" for rel, n in sorted(by_relation.items())))
    print("went_to: " + ", ".join(f"{v} finds {len(ids)}" for v, ids in went.items()))
    random.seed(a.seed)
    sample = random.sample(sorted(links.values(), key=lambda x: (x[0], x[1]["id"])), min(a.sample, len(links)))
    for n, (i, r) in enumerate(sample, 1):
        print(f"\n[{n}] {i} --{r['relation']} {r['reference']}--> {r['id']} "
              f"({docs[r['id']].get('reference')}, {docs[r['id']].get('date')})")
        src = source(roots, i)
        print(context(text_of(src), r["reference"]) if src else "      (source not found)")
        dst = source(roots, r["id"])
        print(heading(text_of(dst)) if dst else "      (source not found)")


if __name__ == "__main__":
    main()
