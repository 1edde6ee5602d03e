"""Reader throughput (articles/s per core) and peak memory per language, against the
floor: splitting the same corpus into sentences with the same tokenizer (``read/text.py``).

    python -m bench.bench_reader [--articles 10002] [--seed 1]

The corpus (``bench/corpus.py``) is generated once per size and seed into
``build/bench/``; each pass runs in a fresh process (``bench/measure.py``). Per core
means per CPU second of the reading process (``time.process_time``), so the figure is
little affected by other work on a shared machine; wall-clock figures are reported too.
"""
from __future__ import annotations

import argparse

from bench import report
from bench.corpus import articles, write_jsonl
from bench.measure import in_fresh_process, startup

LANGS = ("de", "en", "ru")


def corpus_file(lang: str, n: int, seed: int):
    path = report.OUT / f"corpus-{lang}-{n}-s{seed}.jsonl"
    if not path.exists():
        report.OUT.mkdir(parents=True, exist_ok=True)
        write_jsonl(path, articles(n, lang, seed))
    return path


def run(total: int = 10_002, seed: int = 1) -> dict:
    per_lang = -(-total // len(LANGS))
    rows = []
    for lang in LANGS:
        path = corpus_file(lang, per_lang, seed)
        floor = in_fresh_process("floor", path)
        reader = in_fresh_process("reader", path)
        rows.append({
            "lang": lang, "articles": reader["articles"], "words_per_article": round(reader["words"] / reader["articles"]),
            "events_per_article": round(reader["events"] / reader["articles"], 2),
            "reader_articles_per_cpu_s": round(reader["articles"] / reader["cpu_s"], 1),
            "reader_articles_per_wall_s": round(reader["articles"] / reader["wall_s"], 1),
            "floor_articles_per_cpu_s": round(floor["articles"] / floor["cpu_s"], 1),
            "reader_over_floor": round(reader["cpu_s"] / floor["cpu_s"], 2),
            "reader_peak_rss_mb": reader["peak_rss_mb"], "floor_peak_rss_mb": floor["peak_rss_mb"],
            "memory_over_floor": round(reader["peak_rss_mb"] / floor["peak_rss_mb"], 2),
            "raw": {"floor": floor, "reader": reader}})
    starts = [startup(lang) for lang in LANGS]
    return {"name": "reader", "articles": sum(r["articles"] for r in rows), "seed": seed,
            "targets": {"reader_articles_per_cpu_s": ">= 100", "reader_over_floor": "<= 5"},
            "languages": rows, "startup": starts}


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=10_002)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args(argv)
    report.save(run(args.articles, args.seed))


if __name__ == "__main__":
    main()
