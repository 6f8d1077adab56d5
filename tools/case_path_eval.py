#!/usr/bin/env python3
"""Measure a case's path on the real tribunal decisions (docs/CASE_PATH.md).

    tools/case_path_eval.py [--bin DIR] [--corpus DIR] [--notices DIR] [--sample N] [--seed S]

Indexes CORPUS/pdf/*.pdf together with the decision notices in NOTICES (*.txt) into a temporary database with
the real foi-index, serves it with the real foi-searchd on a loopback port, and reads /api/doc of every tribunal
decision and notice. Prints: tribunal decisions read, how many name an ICO decision notice (and the references
read), how many name one that is also in the index, the links the code made (path entries), went_to=tribunal's
total; then, with --sample N, N read references at random, each with the lines of `pdftotext -layout` text
around it, for checking by hand. A measurement, not a test: exits 0 whatever it finds.

Defaults: --bin build/bin under the repo root, --corpus ../shared/corpora/tribunal beside the repo, --notices
eval/docs (ico_dn_*.txt), --sample 30, --seed 19. Standard library only.
"""
import argparse
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


def parse_args():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--bin", default=os.path.join(ROOT, "build", "bin"))
    p.add_argument("--corpus", default=os.path.join(ROOT, "..", "shared", "corpora", "tribunal"))
    p.add_argument("--notices", default=os.path.join(ROOT, "eval", "docs"))
    p.add_argument("--sample", type=int, default=30)
    p.add_argument("--seed", type=int, default=19)
    return p.parse_args()


def get(port, path, **params):
    url = f"http://127.0.0.1:{port}{path}?{urllib.parse.urlencode(params)}"
    with urllib.request.urlopen(url, timeout=60) as r:
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


def context(pdf, reference):
    text = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True).stdout
    pattern = re.escape(reference).replace("FS", "FS\\s?")
    m = re.search(pattern, text)
    if not m:
        return "(not found in the pdftotext text)"
    lines = text[:m.start()].count("\n")
    all_lines = text.split("\n")
    return "\n".join("      " + l.strip()[:140] for l in all_lines[max(0, lines - 2):lines + 2] if l.strip())


def main():
    a = parse_args()
    work = tempfile.mkdtemp(prefix="case-path-eval-")
    try:
        notices = os.path.join(work, "notices")
        os.makedirs(notices)
        for n in glob.glob(os.path.join(a.notices, "ico_dn_*.txt")):
            shutil.copy(n, notices)
        db = os.path.join(work, "db")
        subprocess.run([os.path.join(a.bin, "foi-index"), "--db", db, os.path.join(a.corpus, "pdf"), notices],
                       check=True, stdout=subprocess.DEVNULL)
        proc, port = serve(os.path.join(a.bin, "foi-searchd"), db, work)
        try:
            tribunals = ids_of(port, doc_type="tribunal_decision")
            notices = ids_of(port, doc_type="decision_notice")
            docs = {i: get(port, "/api/doc", id=i) for i in tribunals + notices}
            appealed = ids_of(port, went_to="tribunal")
        finally:
            proc.terminate()
            proc.wait()
        read = [(i, c["reference"]) for i in tribunals for c in docs[i]["cites"]]
        naming = [i for i in tribunals if docs[i]["cites"]]
        own = {(docs[i]["reference"] or "").lower(): i for i in notices}
        in_index = [i for i in tribunals if any(c["reference"].lower() in own for c in docs[i]["cites"])]
        links = sum(1 for i in tribunals for r in docs[i]["path"] if r["via"] == i)
        print(f"tribunal decisions indexed: {len(tribunals)} (of {len(glob.glob(os.path.join(a.corpus, 'pdf', '*.pdf')))} PDFs)")
        print(f"decision notices indexed: {len(notices)}: " + ", ".join(f"{i} ({docs[i]['reference']})" for i in notices))
        print(f"tribunal decisions naming an ICO decision notice: {len(naming)}; references read: {len(read)}")
        print(f"tribunal decisions naming a notice that is in the index: {len(in_index)} {in_index}")
        print(f"links made (tribunal decision -> notice): {links}; went_to=tribunal finds {len(appealed)} {appealed}")
        print(f"notice paths: " + ", ".join(f"{i}: {len(docs[i]['path'])}" for i in notices))
        random.seed(a.seed)
        for i, ref in random.sample(read, min(a.sample, len(read))):
            print(f"\n{i}  {ref}")
            print(context(os.path.join(a.corpus, "pdf", os.path.basename(i)), ref))
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
