"""Merged counts equal the truth on a corpus of German and English articles written for
the purpose (tests/fixtures/merge): every real event is stored once, with every article
that tells it as evidence, and near-misses (same pair, other month or year; a phone call
beside a visit) stay apart — whatever order the articles arrive in.

This runs the real reader: the merge is only as good as what it is given.
"""
import json
import random
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

import diplograph.store as store
from diplograph.model import Article

FIXTURES = Path(__file__).parents[1] / "fixtures" / "merge"


def corpus() -> list[Article]:
    out = []
    for line in (FIXTURES / "articles.jsonl").read_text("utf-8").splitlines():
        d = json.loads(line)
        out.append(Article(id=d["id"], text=d["text"], lang=d["lang"], title=d["title"],
                           published=date.fromisoformat(d["published"])))
    return out


@pytest.fixture(scope="module")
def read_corpus():
    from diplograph.read import read  # here, not at the top: a missing reader fails these tests only
    return [(a, read(a)) for a in corpus()]


def truth():
    return json.loads((FIXTURES / "truth.json").read_text("utf-8"))["events"]


def _pair(e):
    return tuple(sorted([e["source"]["code"], (e.get("target") or {}).get("code") or ""]))


def check_against_truth(stored: list[dict]) -> None:
    problems = []
    for t in truth():
        hits = [e for e in stored if e["type"] == t["type"] and _pair(e) == tuple(sorted(t["pair"]))
                and e["date_start"] and e["date_start"] <= t["date"] <= e["date_end"]]
        if len(hits) != 1:
            problems.append(f"{t['type']} {t['pair']} {t['date']}: {len(hits)} stored events "
                            f"{[(e['date'], e['n_mentions']) for e in hits]}")
            continue
        have = {m["article"] for m in hits[0]["mentions"]}
        if not set(t["articles"]) <= have:
            problems.append(f"{t['type']} {t['pair']} {t['date']}: missing evidence from "
                            f"{sorted(set(t['articles']) - have)}")
    want = Counter((t["type"], tuple(sorted(t["pair"]))) for t in truth())
    got = Counter((e["type"], _pair(e)) for e in stored if (e["type"], _pair(e)) in want)
    for key, n in want.items():
        if got[key] != n:
            problems.append(f"{key}: {got[key]} stored events, truth {n}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("order", ["as written", "reversed", "shuffled"])
def test_merged_counts_equal_truth(read_corpus, tmp_path, order):
    docs = list(read_corpus)
    if order == "reversed":
        docs.reverse()
    elif order == "shuffled":
        random.Random(7).shuffle(docs)
    with store.open(tmp_path / "m.db") as s:
        for article, found in docs:
            s.add(article, found)
        check_against_truth(s.events())


def test_merged_counts_equal_truth_on_postgresql(read_corpus, pg_url):
    with store.open(pg_url) as s:
        for article, found in read_corpus:
            s.add(article, found)
        check_against_truth(s.events())
