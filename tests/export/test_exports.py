"""Every export format round-trips: what is written reads back as the stored events."""
import csv
import json

import pyarrow.parquet as pq
import pytest

import diplograph.store as store
from diplograph import export
from diplograph.model import Event
from diplograph.store.merge import date_interval

from diplograph.model import Actor, Article, Evidence
from datetime import date


def article(name, text, published):
    return Article(id=name, text=text, published=date.fromisoformat(published))


def rec(name, type, src, tgt, when, text, **extra):
    ev = Event(article=name, type=type, source=Actor(src, src, kind="country", country=src),
               target=Actor(tgt, tgt, kind="country", country=tgt), date=when,
               evidence=Evidence(text, 0, len(text), 0), language="de")
    return dict(ev.to_dict(), **extra)


@pytest.fixture
def records(tmp_path):
    usd = {"value": 180e6, "currency": "USD", "qualifier": "exact", "text": "180-Millionen-Dollar"}
    with store.open(tmp_path / "x.db") as s:
        s.add(article("daz", "Der Text.", "2026-02-25"), [
            rec("daz", "COOPERATE", "USA", "KAZ", {"start": "2026-02-16", "end": "2026-02-22"},
                "Mars Inc. investiert 180 Millionen Dollar.", amount=usd, context=["economic"],
                location={"code": "KAZ", "name": "Astana", "lat": 51.18, "lon": 71.45},
                cameo="061", goldstein=6.4, quad="material_cooperation"),
            rec("daz", "CONSULT", "KAZ", "USA", "2026-02-20", "Tokajew besuchte die USA;\tdann\nNew York.",
                mode="visit", cameo="042", goldstein=1.9, quad="verbal_cooperation"),
        ])
        s.add(article("en", "The text.", "2026-02-26"), [
            rec("en", "CONSULT", "KAZ", "USA", "2026-02", "Tokayev visited the US.", mode="visit")])
        return s.events()


def test_plover_jsonl(records, tmp_path):
    export.write(records, "jsonl", tmp_path / "e.jsonl")
    back = export.plover.read_jsonl(tmp_path / "e.jsonl")
    assert back == json.loads(json.dumps(records))
    ev = Event.from_dict(back[0])  # the record contract still parses
    assert ev.amount.value == 180e6 and ev.date == {"start": "2026-02-16", "end": "2026-02-22"}
    assert back[1]["n_mentions"] == 2 and len(back[1]["mentions"]) == 2


def test_csv(records, tmp_path):
    export.write(records, "csv", tmp_path / "e.csv")
    with open(tmp_path / "e.csv", newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert list(rows[0]) == export.COLUMNS
    flat = [export.flatten(r) for r in records]
    for row, f in zip(rows, flat):
        assert row == {k: "" if v is None else str(v) for k, v in f.items()}
    assert rows[0]["date"] == "2026-02-16/2026-02-22" and float(rows[0]["amount_value"]) == 180e6
    assert "New York" in rows[1]["evidence"]


def test_parquet_and_arrow(records, tmp_path):
    export.write(records, "parquet", tmp_path / "e.parquet")
    table = pq.read_table(tmp_path / "e.parquet")
    assert table.equals(export.to_arrow(records))
    assert table.column("amount_value").to_pylist()[0] == 180e6
    assert table.column("n_articles").to_pylist() == [1, 2]


def test_gdelt_tsv(records, tmp_path):
    export.write(records, "gdelt", tmp_path / "e.tsv")
    lines = (tmp_path / "e.tsv").read_text("utf-8").splitlines()
    assert len(lines) == 3  # a tab or newline in the evidence does not break rows
    rows = [dict(zip(lines[0].split("\t"), ln.split("\t"))) for ln in lines[1:]]
    assert all(len(ln.split("\t")) == len(export.GDELT_COLUMNS) for ln in lines)
    inv, visit = rows
    assert inv["SQLDATE"] == "20260216" and inv["EventCode"] == "061" and inv["EventRootCode"] == "06"
    assert inv["QuadClass"] == "2" and inv["GoldsteinScale"] == "6.4"
    assert inv["ActionGeo_CountryCode"] == "KAZ" and inv["ActionGeo_Lat"] == "51.18"
    assert visit["Actor1Code"] == "KAZ" and visit["Actor2Code"] == "USA" and visit["NumArticles"] == "2"
    assert visit["PloverType"] == "CONSULT" and visit["QuadClass"] == "1"


def test_dates_in_flat_rows_are_intervals(records):
    for r in records:
        assert (r["date_start"], r["date_end"])[0] <= (r["date_start"], r["date_end"])[1]
        assert date_interval(r["date"])[0] <= r["date_start"]
