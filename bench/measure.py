"""Timing and memory of one reading pass, in a fresh process (so caches, peak memory and
start-up belong to that pass alone). Used by the benchmarks; run as

    python -m bench.measure MODE FILE.jsonl

MODE ``floor`` only splits each article into sentences with the reader's tokenizer
(``read/text.py``); ``reader`` runs ``read()``. Before the clock starts, the process
loads what the mode needs (one short article of each language present), so the figures
are the steady cost per article; start-up is measured on its own (``startup``). Prints
one JSON object: articles, words, sentences (floor), events and the sentences they
are told in (reader), wall and CPU seconds, peak resident memory.
"""
from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WARM = {"de": "Bundeskanzler Olaf Scholz traf am Montag in Astana den Präsidenten Tokajew.",
        "en": "Kazakh President Tokayev met Xi Jinping in Astana on Monday.",
        "ru": "Президент Казахстана Токаев в понедельник встретился с Си Цзиньпином в Астане."}


def _load(path: str):
    from diplograph.ingest.files import iter_documents

    return [a for _, a, err in iter_documents([path]) if err is None]


def _run(mode: str, path: str) -> dict:
    from datetime import date

    from diplograph.model import Article
    from diplograph.read import read, text

    arts = _load(path)
    langs = sorted({a.lang for a in arts})
    for lang in langs:  # start-up outside the clock
        warm = Article("warm", WARM[lang], date(2024, 7, 4), lang)
        text.sentences(warm.text, lang) if mode == "floor" else read(warm)
    words = sum(len(a.text.split()) for a in arts)
    events = sentences = event_sentences = 0
    t0, c0 = time.perf_counter(), time.process_time()
    if mode == "floor":
        for a in arts:
            sentences += len(text.sentences(a.text, a.lang))
    else:
        for a in arts:
            found = read(a)
            events += len(found)
            event_sentences += len({e.evidence.sentence for e in found})
    wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    return {"mode": mode, "articles": len(arts), "words": words, "sentences": sentences, "events": events,
            "event_sentences": event_sentences, "langs": langs,
            "wall_s": round(wall, 3), "cpu_s": round(cpu, 3),
            "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)}


def in_fresh_process(mode: str, path: str | Path) -> dict:
    out = subprocess.run([sys.executable, "-m", "bench.measure", mode, str(path)], cwd=ROOT,
                         capture_output=True, text=True, check=True, env=dict(os.environ))
    return json.loads(out.stdout.strip().splitlines()[-1])


def startup(lang: str) -> dict:
    """A fresh process from nothing to the events of one short article (warm disk cache),
    against the bare interpreter's start in the same run."""
    code = ("import time; t = time.perf_counter(); from datetime import date; from diplograph.read import read; "
            "from diplograph.model import Article; "
            f"read(Article('s', {WARM[lang]!r}, date(2024, 7, 4), {lang!r})); print(time.perf_counter() - t)")
    runs, bare = [], []
    for _ in range(3):
        t = time.perf_counter()
        subprocess.run([sys.executable, "-c", "pass"], check=True)
        bare.append(time.perf_counter() - t)
        t = time.perf_counter()
        inner = float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                                     cwd=ROOT).stdout.strip())
        runs.append((time.perf_counter() - t, inner))
    best = min(runs)
    return {"lang": lang, "process_s": round(best[0], 3), "in_process_s": round(best[1], 3),
            "bare_interpreter_s": round(min(bare), 3)}


if __name__ == "__main__":
    print(json.dumps(_run(sys.argv[1], sys.argv[2])))
