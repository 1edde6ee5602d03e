"""Cost growth: ``read()`` over 1k and 10k articles (100k with ``--with-100k``), per
article against the smallest run; and one long article (about 1 MB) against a short one
(about 1 kB), per kilobyte. Linear growth keeps both ratios near 1. The corpora are the
realistic mix of ``bench/corpus.py``.

    python -m bench.bench_growth [--with-100k]
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys

from bench import report
from bench.bench_reader import LANGS, corpus_file, mixed_file
from bench.measure import ROOT, in_fresh_process

LONG = """
import json, sys, time
from datetime import date
from diplograph.model import Article
from diplograph.read import read
texts = [json.loads(line)["text"] for line in open(sys.argv[1], encoding="utf-8")]
read(Article("warm", texts[0], date(2024, 7, 4), "en"))
out = []
for size in (1_000, 1_000_000):
    body, k = "", 1
    while len(body.encode()) < size:
        body += texts[k % len(texts)] + "\\n\\n"
        k += 1
    if size == 1_000:
        body = texts[1][:1000].rsplit(". ", 1)[0] + "."
    art = Article("long", body, date(2024, 7, 4), "en")
    c = time.process_time()
    events = len(read(art))
    out.append({"kb": round(len(body.encode()) / 1000, 1), "cpu_s": round(time.process_time() - c, 3), "events": events})
print(json.dumps(out))
"""


def _mixed(n: int, seed: int):
    return mixed_file("growth", -(-n // len(LANGS)), seed)


def run(sizes=(1_000, 10_000), seed: int = 1) -> dict:
    corpora = []
    for n in sizes:
        m = in_fresh_process("reader", _mixed(n, seed))
        corpora.append({"label": f"{n:,} requested", "articles": m["articles"], "cpu_s": m["cpu_s"],
                        "ms_per_article": round(1000 * m["cpu_s"] / m["articles"], 2)})
    for row in corpora:
        row["relative"] = round(row["ms_per_article"] / corpora[0]["ms_per_article"], 2)
    texts = corpus_file("en", 2_500, seed)
    out = subprocess.run([sys.executable, "-c", LONG, str(texts)], capture_output=True, text=True, check=True,
                         cwd=ROOT)
    long_rows = []
    for label, row in zip(("short (1 kB)", "long (1 MB)"), json.loads(out.stdout.strip().splitlines()[-1])):
        long_rows.append(dict(row, label=label, ms_per_kb=round(1000 * row["cpu_s"] / row["kb"], 3)))
    for row in long_rows:
        row["relative"] = round(row["ms_per_kb"] / long_rows[0]["ms_per_kb"], 2)
    return {"name": "growth", "corpora": corpora, "long_articles": long_rows}


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--with-100k", action="store_true", help="also 100,000 articles (about half an hour)")
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args(argv)
    sizes = (1_000, 10_000, 100_000) if args.with_100k else (1_000, 10_000)
    report.save(run(sizes, args.seed))


if __name__ == "__main__":
    main()
