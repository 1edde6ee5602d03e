"""The store's commands: every query and export from the command line, and ingest run
as real processes (two at once, and killed and resumed)."""
import csv
import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

import diplograph.store as store

from .cli_app import app
from .test_database import _seed

CLI = str(Path(__file__).with_name("cli_app.py"))
CORPUS = Path(__file__).parents[1] / "fixtures" / "merge" / "articles.jsonl"
runner = CliRunner()


@pytest.fixture
def seeded(tmp_path):
    path = str(tmp_path / "s.db")
    with store.open(path) as s:
        _seed(s)
    return path


def run(*args):
    result = runner.invoke(app, [str(a) for a in args])
    assert result.exit_code == 0, result.output
    return result.output


def test_events_in_every_format(seeded, tmp_path):
    assert "Tokajew besuchte die USA" in run("events", "--db", seeded, "--actor", "KAZ")
    rows = list(csv.DictReader(io.StringIO(run("events", "--db", seeded, "-f", "csv"))))
    assert len(rows) == 5
    as_json = json.loads(run("events", "--db", seeded, "-f", "json", "--type", "AGREE"))
    assert [e["amount"]["value"] for e in as_json] == [1.5e9]
    lines = run("events", "--db", seeded, "-f", "jsonl", "--since", "2026", "--text", "USA").splitlines()
    assert [json.loads(x)["target"]["code"] for x in lines] == ["USA"]
    run("events", "--db", seeded, "-f", "parquet", "-o", tmp_path / "e.parquet", "--status", "occurred")
    assert pq.read_table(tmp_path / "e.parquet").num_rows == 4


def test_other_queries(seeded):
    actors = json.loads(run("actors", "--db", seeded, "-f", "json"))
    assert actors[0]["code"] == "KAZ"
    dyads = json.loads(run("dyads", "--db", seeded, "--actor", "KAZ", "-f", "json"))
    assert dyads[0]["partner"] == "ITA"
    tl = list(csv.DictReader(io.StringIO(run("timeline", "--db", seeded, "--actor", "KAZ",
                                             "--by", "year", "-f", "csv"))))
    assert [(r["period"], r["events"]) for r in tl] == [("2024", "3"), ("2026", "2")]
    ledger = json.loads(run("pledges", "--db", seeded, "--actor", "KAZ", "-f", "json"))
    assert [p["type"] for p in ledger] == ["AGREE", "AID"]
    assert "r2" in run("articles", "--db", seeded)
    assert "doc" in run("failures", "--db", seeded, "-f", "csv")
    assert "Top dyads" in run("summary", "--db", seeded)


def test_export(seeded, tmp_path):
    for fmt, name in (("plover", "e.jsonl"), ("csv", "e.csv"), ("parquet", "e.parquet"),
                      ("gdelt", "e.tsv")):
        run("export", "--db", seeded, "-f", fmt, "-o", tmp_path / name)
    assert len((tmp_path / "e.jsonl").read_text().splitlines()) == 5
    assert (tmp_path / "e.tsv").read_text().startswith("GLOBALEVENTID\tSQLDATE")
    assert pq.read_table(tmp_path / "e.parquet").num_rows == 5
    assert "AGREE" in run("export", "--db", seeded, "-f", "gdelt", "--actor", "ITA")


def test_default_database_from_environment(seeded, monkeypatch):
    monkeypatch.setenv("DIPLOGRAPH_DB", seeded)
    assert len(json.loads(run("events", "-f", "json"))) == 5


def _ingest_proc(db, *inputs):
    return subprocess.Popen([sys.executable, CLI, "ingest", "--db", db, "-q", *map(str, inputs)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _snapshot(db):
    with store.open(db) as s:
        evs = s.events()
        return s.counts(), sorted((e["type"], e["date_start"], e["source"]["code"],
                                   (e["target"] or {}).get("code"), e["n_mentions"]) for e in evs)


@pytest.fixture(scope="module")
def clean_run(tmp_path_factory):
    db = str(tmp_path_factory.mktemp("clean") / "clean.db")
    out = run("ingest", "--db", db, CORPUS)
    assert "14 stored" in out
    return _snapshot(db)


def test_two_ingest_processes_at_once(clean_run, db_url, tmp_path):
    copy = tmp_path / "copy.jsonl"  # the same articles in the other order
    copy.write_text("\n".join(reversed(CORPUS.read_text("utf-8").splitlines())) + "\n", "utf-8")
    procs = [_ingest_proc(db_url, CORPUS), _ingest_proc(db_url, copy)]
    for p in procs:
        _, err = p.communicate(timeout=300)
        assert p.returncode == 0, err
    counts, evs = _snapshot(db_url)
    assert counts == clean_run[0]
    assert len(evs) == len(clean_run[1])


def test_killed_ingest_resumes(clean_run, tmp_path):
    db = str(tmp_path / "k.db")
    for threshold in (2, 7, 11):
        p = _ingest_proc(db, CORPUS)
        deadline = time.time() + 120
        while time.time() < deadline and p.poll() is None:
            try:
                with store.open(db) as s:
                    if s.counts()["articles"] >= threshold:
                        break
            except Exception:
                pass
            time.sleep(0.01)
        os.kill(p.pid, signal.SIGKILL)
        p.wait()
    p = _ingest_proc(db, CORPUS)
    assert p.wait(timeout=300) == 0, p.stderr.read()
    assert _snapshot(db) == clean_run
