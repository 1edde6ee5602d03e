"""Scaling: ``extract --jobs 1`` against ``--jobs 2``, and ``batch`` on a local Ray with
2 CPUs against one process, on the same generated corpus (the realistic mix of
``bench/corpus.py``), back to back.

    python -m bench.bench_scaling [--per-language 2000] [--small-per-language 600] [--no-ray]

The corpus is 2,000 articles per language (6,000 in all, ~40 s for one process here) so
that the ratio is that of reading, as a user with an archive gets it: every process's
fixed costs (interpreter, imports, knowledge base, each language's first article: about
one second per process, paid at once by all workers) are then about 2% of a one-process
run. On the 1,800 articles measured before, they were 8-10%, and the ratio said more
about start-up than about reading. A small corpus (600 per language) is measured too,
``--jobs`` only, as a user with one day's news gets it (``--small-per-language 0`` skips it).

Each configuration runs twice, alternating with the others, and the faster run counts
(others' work on a shared machine only ever slows a run down). Wall time of the whole
command, start-up included; Ray's own start-up is measured apart and reported. Beside the
wall time, the CPU seconds of the run's processes (those the command waited for: the
parent and its workers; for Ray, what its processes had used when they were reaped).

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
import resource
import shutil
import subprocess
import sys
import tempfile
import time

from bench import report
from bench.bench_reader import LANGS, mixed_file


def _mixed(per_lang: int, seed: int):
    return mixed_file("mixed", per_lang, seed)


def _children_cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


CPU: list[float] = []  # CPU seconds of each timed run, in the order of the runs


def _timed(cmd: list[str]) -> float:
    t, c = time.perf_counter(), _children_cpu()
    done = subprocess.run(cmd, check=False, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    took = time.perf_counter() - t
    CPU.append(_children_cpu() - c)
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
    t, c = time.perf_counter(), _children_cpu()
    procs = [subprocess.Popen([sys.executable, "-m", "diplograph", "extract", h, "-o", os.devnull],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True) for h in halves]
    for p in procs:
        _, err = p.communicate()
        if p.returncode not in (0, 1):
            raise RuntimeError(f"extract of a half failed ({p.returncode}): {err[-500:]}")
    took = time.perf_counter() - t
    CPU.append(_children_cpu() - c)
    return took


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


def _measure(configs: dict, rounds: int = 2) -> list[dict]:
    """Each of ``configs`` (name -> callable giving a wall time) ``rounds`` times, alternating:
    one row per configuration with its faster run (and that run's CPU seconds)."""
    times: dict[str, list[tuple[float, float]]] = {k: [] for k in configs}
    for _ in range(rounds):
        for k, fn in configs.items():
            wall = fn()
            times[k].append((wall, CPU[-1]))
    one = min(w for w, _ in times["extract --jobs 1"])
    rows = [{"what": k, "wall_s": round(min(v)[0], 2), "cpu_s": round(min(v)[1], 2),
             "all_s": [round(w, 2) for w, _ in v], "speedup": round(one / min(v)[0], 2)} for k, v in times.items()]
    return rows


def run(per_lang: int = 2000, seed: int = 1, with_ray: bool = True, small_per_lang: int = 600) -> dict:
    path = _mixed(per_lang, seed)
    n = sum(1 for _ in open(path, encoding="utf-8"))
    apart = "two extract --jobs 1 at once, half the corpus each (the machine's ceiling)"
    outputs: dict[int, set] = {}
    halves = _halves(path)
    configs = {"extract --jobs 1": lambda: _extract(path, 1, outputs),
               "extract --jobs 2": lambda: _extract(path, 2, outputs),
               apart: lambda: _two_apart(halves)}
    if with_ray:
        configs["batch, local Ray, 2 CPUs"] = lambda: _ray(path)
    try:
        runs = _measure(configs)
    finally:
        for h in halves:
            os.unlink(h)
    wall = {r["what"]: r["wall_s"] for r in runs}
    result = {"name": "scaling", "articles": n, "per_language": per_lang, "langs": list(LANGS), "runs": runs,
              "targets": {"extract --jobs 2": ">= 1.7x"},
              "jobs_2_of_ceiling": round(wall[apart] / wall["extract --jobs 2"], 2),
              "jobs_2_output_identical": len(set().union(*outputs.values())) == 1}
    if small_per_lang:
        small = _mixed(small_per_lang, seed)
        small_outputs: dict[int, set] = {}
        rows = _measure({"extract --jobs 1": lambda: _extract(small, 1, small_outputs),
                         "extract --jobs 2": lambda: _extract(small, 2, small_outputs)})
        result["small"] = {"articles": sum(1 for _ in open(small, encoding="utf-8")), "runs": rows,
                           "output_identical": len(set().union(*small_outputs.values())) == 1}
    if with_ray:
        result["ray_startup_s"] = round(min(_ray_startup() for _ in range(2)), 2)
        result["note"] = (f"Ray's start and stop alone (ray.init with 2 CPUs, then shutdown) took "
                          f"{result['ray_startup_s']} s of the batch run's wall time.")
    return result


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--per-language", type=int, default=2000)
    ap.add_argument("--small-per-language", type=int, default=600)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--no-ray", action="store_true")
    args = ap.parse_args(argv)
    report.save(run(args.per_language, args.seed, not args.no_ray, args.small_per_language))


if __name__ == "__main__":
    main()
