"""Whether a change to the reader left its output as it was: the events of every input
we have, written once before the change (``save``) and compared after it (``check``).

    python -m bench.same_output save build/same-before
    python -m bench.same_output check build/same-before      # exit 1 on any difference

Inputs: the bundled examples, the seed dev set and the team's dev sets
(``tests/fixtures/*_dev*``), the FactRuEval 2016 dev texts, the PLOVER GSR sentences
(default and ``domestic``), and both mixes of the benchmark corpus (``bench/corpus.py``,
a few hundred articles per language). The shared inputs are skipped when ``../shared``
is absent. Each set is one JSONL file of event records, one line per article, compared
byte for byte. A speed-up must not change one byte of them.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _shared() -> Path:
    """``../shared`` beside the checkout, or where ``$SHARED`` says (as the Makefile takes it)."""
    return Path(os.environ.get("SHARED") or ROOT.parent / "shared")


def _documents(path: Path):
    from diplograph.ingest.files import iter_documents

    return [a for _, a, err in iter_documents([str(path)]) if err is None]


def inputs(bench_articles: int = 150):
    """(name, articles, domestic) for every input set that exists here."""
    from bench.corpus import articles
    from diplograph.model import Article

    shared = _shared()
    yield "examples", [a for p in sorted((ROOT / "examples").iterdir()) if p.suffix in (".jsonl", ".txt")
                       for a in _documents(p)], False
    sets = [("seed", shared / "devset")] + [(p.name, p) for p in sorted((ROOT / "tests" / "fixtures").glob("*_dev*"))]
    for name, d in sets:
        if (d / "articles.jsonl").exists():
            yield name, _documents(d / "articles.jsonl"), False
    fre = shared / "datasets" / "factrueval2016-dev" / "devset"
    if fre.is_dir():
        yield "factrueval", [Article(p.stem, p.read_text(encoding="utf-8"), None, "ru") for p in sorted(fre.glob("*.txt"))], False
    gsr = shared / "datasets" / "plover-gsr-dev" / "records.jsonl"
    if gsr.exists():
        recs = [json.loads(line) for line in gsr.open(encoding="utf-8") if line.strip()]
        arts = [Article(r["id"], r["text"], date(2000, 1, 1), "en") for r in recs]
        yield "gsr", arts, False
        yield "gsr-domestic", arts, True
    for mix in ("realistic", "dense"):
        for lang in ("de", "en", "ru"):
            arts = [Article(r["id"], r["text"], date.fromisoformat(r["published"]), r["lang"], r.get("title"))
                    for r in articles(bench_articles, lang, 7, mix)]
            yield f"bench-{mix}-{lang}", arts, False


def _lines(arts, domestic: bool):
    from diplograph.read import read

    for a in arts:
        events = [e.to_dict() for e in read(a, domestic=domestic)]
        yield json.dumps({"article": a.id, "events": events}, ensure_ascii=False, sort_keys=True) + "\n"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("action", choices=("save", "check"))
    ap.add_argument("dir", type=Path)
    ap.add_argument("--only", help="comma-separated set names")
    args = ap.parse_args(argv)
    only = set(args.only.split(",")) if args.only else None
    args.dir.mkdir(parents=True, exist_ok=True)
    differing = 0
    for name, arts, domestic in inputs():
        if only and name not in only:
            continue
        lines = list(_lines(arts, domestic))
        path = args.dir / f"{name}.jsonl"
        if args.action == "save":
            path.write_text("".join(lines), encoding="utf-8")
            events = sum(len(json.loads(line)["events"]) for line in lines)
            print(f"{name}: {len(arts)} articles, {events} events saved")
            continue
        if not path.exists():
            print(f"{name}: nothing saved to compare with")
            differing += 1
            continue
        before = path.read_text(encoding="utf-8").splitlines(keepends=True)
        changed = [b for a, b in zip(before, lines) if a != b] + lines[len(before):]
        if changed or len(before) != len(lines):
            differing += 1
            print(f"{name}: {len(changed)} of {len(arts)} articles differ, first {json.loads(changed[0])['article'] if changed else '-'}")
        else:
            print(f"{name}: identical ({len(arts)} articles)")
    return 1 if differing and args.action == "check" else 0


if __name__ == "__main__":
    sys.exit(main())
