"""The reader against the floor in instructions (valgrind's callgrind), not seconds.

    python -m bench.bench_instructions [--small 20] [--large 80] [--langs de,en,ru]

CPU seconds on a shared virtual machine vary by up to 30% between runs of the same code;
an instruction count is the same for the same code and input whatever else runs. Each
pass (``bench/measure.py``, floor or reader) runs under callgrind twice, on the first
``--small`` and the first ``--large`` articles of the realistic corpus of
``bench_reader``; the difference is the cost of the articles between, free of start-up.
The ratio reader / floor in instructions is a lower bound of the ratio in time: the
reader's Python, with its many small dicts and objects, runs fewer instructions per
cycle than the floor's regular expressions. Needs valgrind (Debian's package); skips
with a message without it. Slow: about ten minutes for three languages on two cores.
"""
from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from bench import report
from bench.bench_reader import LANGS, corpus_file
from bench.measure import ROOT

_COLLECTED = re.compile(r"Collected : (\d+)")


def _instructions(mode: str, path: Path) -> int:
    """Instructions of one fresh process running ``bench.measure MODE PATH`` under callgrind."""
    with tempfile.TemporaryDirectory() as tmp:
        out = subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={tmp}/cg.out",
                              sys.executable, "-m", "bench.measure", mode, str(path)],
                             cwd=ROOT, capture_output=True, text=True, check=True)
    found = _COLLECTED.search(out.stderr)
    if found is None:
        raise RuntimeError(f"callgrind printed no total for {mode} {path}")
    return int(found.group(1))


def _first(path: Path, n: int, into: Path) -> Path:
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)[:n]
    target = into / f"{path.stem}-first{n}.jsonl"
    target.write_text("".join(lines), encoding="utf-8")
    return target


def run(small: int = 20, large: int = 80, langs=LANGS, seed: int = 1) -> dict:
    rows = []
    with tempfile.TemporaryDirectory() as tmp, ThreadPoolExecutor(max_workers=2) as pool:
        for lang in langs:
            corpus = corpus_file(lang, max(large, 1000), seed)
            files = {n: _first(corpus, n, Path(tmp)) for n in (small, large)}
            jobs = {(mode, n): pool.submit(_instructions, mode, files[n]) for mode in ("floor", "reader")
                    for n in (small, large)}
            got = {k: f.result() for k, f in jobs.items()}
            floor = got[("floor", large)] - got[("floor", small)]
            reader = got[("reader", large)] - got[("reader", small)]
            rows.append({"lang": lang, "articles": large - small,
                         "floor_instructions_per_article": round(floor / (large - small)),
                         "reader_instructions_per_article": round(reader / (large - small)),
                         "reader_over_floor_instructions": round(reader / floor, 2)})
    return {"name": "instructions", "small": small, "large": large, "seed": seed, "languages": rows,
            "target": {"reader_over_floor": "<= 5 (in time; instructions are a lower bound)"}}


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--small", type=int, default=20)
    ap.add_argument("--large", type=int, default=80)
    ap.add_argument("--langs", default=",".join(LANGS))
    args = ap.parse_args(argv)
    if shutil.which("valgrind") is None:
        print("bench_instructions: valgrind not found (Debian: apt-get install valgrind); skipped")
        return
    report.save(run(args.small, args.large, tuple(args.langs.split(","))))


if __name__ == "__main__":
    main()
