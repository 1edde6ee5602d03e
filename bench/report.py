"""Benchmark results as JSON (``build/bench/NAME.json``) and one readable report
(``build/bench/report.md``) built from all of them, with the state of the machine."""
from __future__ import annotations

import json
import os
import platform
import time
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "build" / "bench"


def machine() -> dict:
    load = os.getloadavg() if hasattr(os, "getloadavg") else None
    return {"cpus": os.cpu_count(), "load_average_1_5_15": [round(x, 2) for x in load] if load else None,
            "python": platform.python_version(), "platform": platform.platform(),
            "at": time.strftime("%Y-%m-%d %H:%M:%S")}


def save(result: dict) -> Path:
    OUT.mkdir(parents=True, exist_ok=True)
    result = dict(result, machine_after=machine())
    path = OUT / f"{result['name']}.json"
    path.write_text(json.dumps(result, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    write_report()
    print(f"{path} written; report: {OUT / 'report.md'}")
    return path


def _load(name: str) -> dict | None:
    p = OUT / f"{name}.json"
    return json.loads(p.read_text(encoding="utf-8")) if p.exists() else None


def write_report() -> None:
    lines = ["# diplograph benchmarks", "",
             "Each figure is a ratio against a baseline measured in the same run. The machine has "
             f"{os.cpu_count()} cores, shared with other work: 'per core' figures are per CPU second of "
             "the measuring process, which other load disturbs less than wall time; the load average "
             "is given with each section.", ""]
    r = _load("reader")
    if r:
        lines += ["## Reader throughput against the floor", "",
                  f"Generated corpora (`bench/corpus.py`, seed {r['seed']}): {r['articles']} articles in all. "
                  "*realistic*: about a fifth to a quarter of the sentences tell an event, the rest are "
                  "headline, dateline, background, quotes, statistics (the headline figure); *dense*: almost "
                  "half of them do (the worst case). Floor: splitting the same articles into sentences with the "
                  "same tokenizer. Targets: >= 100 articles/s per core; reader <= 5x floor. "
                  f"Fastest of {r.get('repeat', 1)} alternating runs each; the reader's CPU seconds of every run "
                  "are in the last column.", "",
                  "| corpus | language | articles | words/article | sentences/article | events/article | "
                  "sentences with an event | reader articles/s per core | (wall) | floor articles/s per core | "
                  "reader / floor | peak memory MB (floor) | reader CPU s, each run |",
                  "|---|---|---|---|---|---|---|---|---|---|---|---|---|"]
        for x in r["languages"]:
            lines.append(f"| {x.get('mix', 'dense')} | {x['lang']} | {x['articles']} | {x['words_per_article']} | "
                         f"{x.get('sentences_per_article', '')} | {x['events_per_article']} | "
                         f"{x.get('event_sentence_share', '')} | "
                         f"**{x['reader_articles_per_cpu_s']}** | {x['reader_articles_per_wall_s']} | "
                         f"{x['floor_articles_per_cpu_s']} | **{x['reader_over_floor']}x** | "
                         f"{x['reader_peak_rss_mb']} ({x['floor_peak_rss_mb']}) | "
                         f"{' / '.join(str(c) for c in x.get('reader_cpu_s_runs', []))} |")
        lines += ["", "Start-up (fresh process to the events of one short article, warm disk cache; "
                  "bare interpreter start for comparison):", "",
                  "| language | whole process s | inside Python s | bare interpreter s |", "|---|---|---|---|"]
        for s in r["startup"]:
            lines.append(f"| {s['lang']} | {s['process_s']} | {s['in_process_s']} | {s['bare_interpreter_s']} |")
        lines += ["", f"Load average after: {r['machine_after']['load_average_1_5_15']}", ""]
    s = _load("scaling")
    if s:
        lines += ["## Scaling", "", f"Corpus: {s['articles']} articles ({', '.join(s['langs'])}), "
                  "runs back to back, alternating. Target: 2 workers >= 1.7x one.", "",
                  "| run | wall s | CPU s | speed-up over one process |", "|---|---|---|---|"]
        for row in s["runs"]:
            lines.append(f"| {row['what']} | {row['wall_s']} | {row.get('cpu_s', '')} | {row.get('speedup', '')} |")
        if "small" in s:
            lines += ["", f"A small corpus ({s['small']['articles']} articles), where start-up counts:", "",
                      "| run | wall s | CPU s | speed-up over one process |", "|---|---|---|---|"]
            for row in s["small"]["runs"]:
                lines.append(f"| {row['what']} | {row['wall_s']} | {row.get('cpu_s', '')} | {row.get('speedup', '')} |")
        if "jobs_2_of_ceiling" in s:
            lines += ["", "`--jobs 2` against two independent processes on half the corpus each (what the "
                      f"machine gives two readers that share nothing): {s['jobs_2_of_ceiling']}"]
        if "jobs_2_output_identical" in s:
            lines += ["", "Output of `--jobs 2` identical to `--jobs 1` (every run, byte for byte): "
                      + ("yes" if s["jobs_2_output_identical"] else "**NO**")]
        lines += ["", s.get("note", ""), "", f"Load average after: {s['machine_after']['load_average_1_5_15']}", ""]
    i = _load("instructions")
    if i:
        lines += ["## Reader against the floor, in instructions", "",
                  f"callgrind's instruction counts of `bench.measure` over the first {i['large']} articles minus "
                  f"those over the first {i['small']} (start-up cancels out); the same for the same code whatever "
                  "else the machine does. A lower bound of the ratio in time.", "",
                  "| language | articles | floor instructions / article | reader instructions / article | "
                  "reader / floor |", "|---|---|---|---|---|"]
        for x in i["languages"]:
            lines.append(f"| {x['lang']} | {x['articles']} | {x['floor_instructions_per_article']:,} | "
                         f"{x['reader_instructions_per_article']:,} | **{x['reader_over_floor_instructions']}x** |")
        lines.append("")
    g = _load("growth")
    if g:
        lines += ["## Cost growth", "", "CPU seconds of `read()` over corpora of growing size (the three "
                  "languages in equal parts), per article, against the smallest run; and one long article "
                  "against a short one, per kilobyte.", "",
                  "| corpus | articles | CPU s | ms per article | per-article cost / smallest |", "|---|---|---|---|---|"]
        for row in g["corpora"]:
            lines.append(f"| {row['label']} | {row['articles']} | {row['cpu_s']} | {row['ms_per_article']} | "
                         f"{row['relative']} |")
        lines += ["", "| article | kB | CPU s | ms per kB | per-kB cost / short |", "|---|---|---|---|---|"]
        for row in g["long_articles"]:
            lines.append(f"| {row['label']} | {row['kb']} | {row['cpu_s']} | {row['ms_per_kb']} | {row['relative']} |")
        lines += ["", f"Load average after: {g['machine_after']['load_average_1_5_15']}", ""]
    (OUT / "report.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
