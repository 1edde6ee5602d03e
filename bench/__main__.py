"""``make bench``: every benchmark in turn; the report is ``build/bench/report.md``.

    python -m bench [--quick] [--with-100k]

``--quick`` runs smaller corpora (a check that the benchmarks work, not figures to quote).
The API benchmark (``bench/bench_api.py``) and the instruction counts under valgrind
(``bench/bench_instructions.py``, slow) are run on their own.
"""
from __future__ import annotations

import argparse

from bench import bench_growth, bench_reader, bench_scaling, report


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--with-100k", action="store_true")
    args = ap.parse_args()
    if args.quick:
        report.save(bench_reader.run(total=300, repeat=1))
        report.save(bench_scaling.run(per_lang=40, small_per_lang=0))
        report.save(bench_growth.run(sizes=(100, 300)))
        return
    report.save(bench_reader.run())
    report.save(bench_scaling.run())
    report.save(bench_growth.run((1_000, 10_000, 100_000) if args.with_100k else (1_000, 10_000)))


if __name__ == "__main__":
    main()
