"""Reader throughput (articles/s per core) and peak memory per language, against the
floor: splitting the same corpus into sentences with the same tokenizer (``read/text.py``).

    python -m bench.bench_reader [--articles 10002] [--seed 1] [--mix realistic|dense|both] [--repeat 3]

Both mixes of ``bench/corpus.py`` by default: ``realistic`` (a fifth to a quarter of the
sentences tell an event, as in agency news: the headline figure) and ``dense`` (almost
half of them do: the worst case). Each corpus is generated once per mix, size and seed
into ``build/bench/``; each pass runs in a fresh process (``bench/measure.py``). Per core
means per CPU second of the reading process (``time.process_time``), so the figure is
little affected by other work on a shared machine; wall-clock figures are reported too.
Floor and reader are run ``--repeat`` times each, alternating, and the fastest run of each
is kept: on a shared virtual machine single runs of the same code vary by up to 30%, and
the fastest is the one least disturbed (the spread is reported beside it).
"""
from __future__ import annotations

import argparse

from bench import report
from bench.corpus import articles, write_jsonl
from bench.measure import in_fresh_process, startup

LANGS = ("de", "en", "ru")


MIXES = ("realistic", "dense")


def corpus_file(lang: str, n: int, seed: int, mix: str = "realistic"):
    path = report.OUT / f"corpus-{mix}-{lang}-{n}-s{seed}.jsonl"
    if not path.exists():
        report.OUT.mkdir(parents=True, exist_ok=True)
        write_jsonl(path, articles(n, lang, seed, mix))
    return path


def mixed_file(name: str, per_lang: int, seed: int):
    """The realistic corpora of every language, one after another, in one JSONL file."""
    path = report.OUT / f"corpus-{name}-realistic-{per_lang}-s{seed}.jsonl"
    if not path.exists():
        report.OUT.mkdir(parents=True, exist_ok=True)
        with open(path, "w", encoding="utf-8") as out:
            for lang in LANGS:
                out.write(corpus_file(lang, per_lang, seed).read_text(encoding="utf-8"))
    return path


def run(total: int = 10_002, seed: int = 1, mixes=MIXES, repeat: int = 3) -> dict:
    per_lang = -(-total // len(LANGS))
    rows = []
    for mix in mixes:
        for lang in LANGS:
            rows.append(_one(corpus_file(lang, per_lang, seed, mix), lang, mix, repeat))
    starts = [startup(lang) for lang in LANGS]
    return {"name": "reader", "articles": sum(r["articles"] for r in rows), "seed": seed, "mixes": list(mixes),
            "repeat": repeat,
            "targets": {"reader_articles_per_cpu_s": ">= 100", "reader_over_floor": "<= 5"},
            "languages": rows, "startup": starts}


def _one(path, lang: str, mix: str, repeat: int = 1) -> dict:
    floors, readers = [], []
    for _ in range(max(1, repeat)):  # alternating, so a slow spell of the machine hits both
        floors.append(in_fresh_process("floor", path))
        readers.append(in_fresh_process("reader", path))
    floor = min(floors, key=lambda r: r["cpu_s"])
    reader = min(readers, key=lambda r: r["cpu_s"])
    n = reader["articles"]
    return {
        "lang": lang, "mix": mix, "articles": n, "words_per_article": round(reader["words"] / n),
        "sentences_per_article": round(floor["sentences"] / n, 1),
        "events_per_article": round(reader["events"] / n, 2),
        "event_sentence_share": round(reader["event_sentences"] / floor["sentences"], 2),
        "reader_articles_per_cpu_s": round(n / reader["cpu_s"], 1),
        "reader_articles_per_wall_s": round(n / reader["wall_s"], 1),
        "floor_articles_per_cpu_s": round(floor["articles"] / floor["cpu_s"], 1),
        "reader_over_floor": round(reader["cpu_s"] / floor["cpu_s"], 2),
        "reader_peak_rss_mb": reader["peak_rss_mb"], "floor_peak_rss_mb": floor["peak_rss_mb"],
        "memory_over_floor": round(reader["peak_rss_mb"] / floor["peak_rss_mb"], 2),
        "runs": len(readers), "reader_cpu_s_runs": [r["cpu_s"] for r in readers],
        "floor_cpu_s_runs": [r["cpu_s"] for r in floors],
        "raw": {"floor": floor, "reader": reader}}


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=10_002)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--mix", choices=MIXES + ("both",), default="both")
    ap.add_argument("--repeat", type=int, default=3, help="runs of floor and reader each; the fastest is kept")
    args = ap.parse_args(argv)
    report.save(run(args.articles, args.seed, MIXES if args.mix == "both" else (args.mix,), args.repeat))


if __name__ == "__main__":
    main()
