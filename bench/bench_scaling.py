"""Scaling: ``extract --jobs 1`` against ``--jobs 2``, and ``batch`` on a local Ray with
2 CPUs against one process, on the same generated corpus (the realistic mix of
``bench/corpus.py``), back to back.

    python -m bench.bench_scaling [--per-language 600] [--no-ray]

Each configuration runs twice, alternating with the others, and the faster run counts
(others' work on a shared machine only ever slows a run down). Wall time of the whole
command, start-up included; Ray's own start-up is measured apart and reported.

The machine's own ceiling is measured beside them: two ``extract --jobs 1`` processes at
once, each on every other article of the corpus, with nothing shared or handed over.
What two cores give two independent readers (cores that are a virtual machine's
threads, memory bandwidth, others' work) no ``--jobs`` can beat; the gap between that
run and ``--jobs 2`` is what the worker pool itself costs.
"""
from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import time

from bench import report
from bench.bench_reader import LANGS, mixed_file


def _mixed(per_lang: int, seed: int):
    return mixed_file("mixed", per_lang, seed)


def _timed(cmd: list[str]) -> float:
    t = time.perf_counter()
    done = subprocess.run(cmd, check=False, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    took = time.perf_counter() - t
    if done.returncode not in (0, 1):  # 1: some document was refused, which is a result; anything else is a crash
        raise RuntimeError(f"{' '.join(cmd[2:5])} failed ({done.returncode}): {done.stderr[-500:]}")
    return took


def _extract(path, jobs: int, outputs: dict) -> float:
    """Wall time of ``extract --jobs N``; its output's digest goes to ``outputs`` (the runs
    must agree byte for byte: a faster run that wrote something else measures nothing)."""
    with tempfile.NamedTemporaryFile(suffix=".jsonl", delete=False) as f:
        out = f.name
    try:
        took = _timed([sys.executable, "-m", "diplograph", "extract", str(path), "--jobs", str(jobs), "-o", out])
        with open(out, "rb") as f:
            outputs.setdefault(jobs, set()).add(hashlib.sha256(f.read()).hexdigest())
        return took
    finally:
        os.unlink(out)


def _halves(path) -> tuple[str, str]:
    """The corpus as two files of every other article (each half has every language)."""
    lines = open(path, encoding="utf-8").readlines()
    out = []
    for k in (0, 1):
        with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
            f.writelines(lines[k::2])
            out.append(f.name)
    return out[0], out[1]


def _two_apart(halves) -> float:
    """Wall time of two ``extract --jobs 1`` processes run at once, one per half."""
    t = time.perf_counter()
    procs = [subprocess.Popen([sys.executable, "-m", "diplograph", "extract", h, "-o", os.devnull],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True) for h in halves]
    for p in procs:
        _, err = p.communicate()
        if p.returncode not in (0, 1):
            raise RuntimeError(f"extract of a half failed ({p.returncode}): {err[-500:]}")
    return time.perf_counter() - t


def _ray(path) -> float:
    out = tempfile.mkdtemp(prefix="diplograph-bench-")
    shutil.rmtree(out)
    try:
        return _timed([sys.executable, "-m", "diplograph", "batch", str(path), "--output", out, "--num-cpus", "2"])
    finally:
        shutil.rmtree(out, ignore_errors=True)


def _ray_startup() -> float:
    code = "import ray; ray.init(num_cpus=2, include_dashboard=False, logging_level='ERROR'); ray.shutdown()"
    return _timed([sys.executable, "-c", code])


def run(per_lang: int = 600, seed: int = 1, with_ray: bool = True) -> dict:
    path = _mixed(per_lang, seed)
    n = sum(1 for _ in open(path, encoding="utf-8"))
    apart = "two extract --jobs 1 at once, half the corpus each (the machine's ceiling)"
    times: dict[str, list[float]] = {"extract --jobs 1": [], "extract --jobs 2": [], apart: []}
    if with_ray:
        times["batch, local Ray, 2 CPUs"] = []
    outputs: dict[int, set] = {}
    halves = _halves(path)
    try:
        for _ in range(2):
            times["extract --jobs 1"].append(_extract(path, 1, outputs))
            times["extract --jobs 2"].append(_extract(path, 2, outputs))
            times[apart].append(_two_apart(halves))
            if with_ray:
                times["batch, local Ray, 2 CPUs"].append(_ray(path))
    finally:
        for h in halves:
            os.unlink(h)
    one = min(times["extract --jobs 1"])
    runs = [{"what": k, "wall_s": round(min(v), 2), "all_s": [round(x, 2) for x in v],
             "speedup": round(one / min(v), 2)} for k, v in times.items()]
    result = {"name": "scaling", "articles": n, "langs": list(LANGS), "runs": runs,
              "targets": {"extract --jobs 2": ">= 1.7x"},
              "jobs_2_of_ceiling": round(min(times[apart]) / min(times["extract --jobs 2"]), 2),
              "jobs_2_output_identical": len(set().union(*outputs.values())) == 1}
    if with_ray:
        result["ray_startup_s"] = round(min(_ray_startup() for _ in range(2)), 2)
        result["note"] = (f"Ray's start and stop alone (ray.init with 2 CPUs, then shutdown) took "
                          f"{result['ray_startup_s']} s of the batch run's wall time.")
    return result


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--per-language", type=int, default=600)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--no-ray", action="store_true")
    args = ap.parse_args(argv)
    report.save(run(args.per_language, args.seed, not args.no_ray))


if __name__ == "__main__":
    main()
