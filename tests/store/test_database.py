"""Schema, idempotence, merge bookkeeping and queries on real SQLite and PostgreSQL."""
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

import diplograph.store as store
from diplograph.store import db as dbmod
from diplograph.store.schema import include_name, metadata

from .records import article, rec


def test_migrations_create_exactly_the_schema(db_url):
    engine = dbmod.connect(db_url)
    assert dbmod.current_revision(engine) == dbmod.head_revision()
    with engine.connect() as conn:  # the search index is outside the metadata: test_search.py
        diff = compare_metadata(MigrationContext.configure(conn, opts={"include_name": include_name}),
                                metadata)
    assert diff == []
    dbmod.connect(db_url)  # opening again is a no-op
    engine.dispose()


def test_url_rules(monkeypatch, tmp_path):
    assert dbmod.resolve_url("postgresql://u@h/d") == "postgresql+psycopg://u@h/d"
    assert dbmod.resolve_url("postgres://u@h/d") == "postgresql+psycopg://u@h/d"
    monkeypatch.setenv("DIPLOGRAPH_DB", str(tmp_path / "x.db"))
    assert dbmod.resolve_url(None) == f"sqlite:///{tmp_path / 'x.db'}"
    monkeypatch.delenv("DIPLOGRAPH_DB")
    monkeypatch.chdir(tmp_path)
    assert dbmod.resolve_url(None) == f"sqlite:///{tmp_path / 'diplograph.db'}"


def test_same_text_is_stored_once(db_url):
    with store.open(db_url) as s:
        assert s.add(article("a", "Some  text.\n"), [rec("a", "CONSULT", "KAZ", "FRA", "2024-11-05")])
        assert not s.add(article("b", "Some text."), [rec("b", "CONSULT", "KAZ", "FRA", "2024-11-05")])
        assert s.counts() == {"articles": 1, "mentions": 1, "events": 1, "failures": 0}


def test_merge_keeps_every_mention_as_evidence(db_url):
    with store.open(db_url) as s:
        s.add(article("a1"), [rec("a1", "CONSULT", "KAZ", "FRA", "2024", "Tokayev visited France in 2024.")])
        s.add(article("a2"), [rec("a2", "CONSULT", "KAZ", "FRA", "2024-11-05", "On 5 November he arrived in Paris."),
                              rec("a2", "CONSULT", "KAZ", "FRA", "2024-03-10", "An earlier visit in March.")])
        s.add(article("a3"), [rec("a3", "CONSULT", "FRA", "KAZ", "2024-11-05", "Macron hosted him.",
                                  symmetric=True)])
        evs = s.events()
        assert len(evs) == 2
        nov = next(e for e in evs if e["date_start"] == "2024-11-05")
        assert nov["date"] == "2024-11-05"  # the precise date represents the event
        assert nov["n_mentions"] == 3 and nov["n_articles"] == 3
        assert {m["article"] for m in nov["mentions"]} == {"a1", "a2", "a3"}
        mar = next(e for e in evs if e["date_start"] == "2024-03-10")
        assert mar["n_mentions"] == 1


def _seed(s):
    usd = {"value": 1.5e9, "currency": "USD", "qualifier": "more_than", "text": "über 1,5 Mrd"}
    s.add(article("r1", published="2024-12-20"), [
        rec("r1", "CONSULT", "KAZ", "ITA", "2024-01-18", "Tokayev went to Rome in January.", mode="visit"),
        rec("r1", "AGREE", "KAZ", "ITA", "2024-01-18", "They signed 18 deals in Rome.", amount=usd,
            symmetric=True, cameo="030", goldstein=4.0, quad="verbal_cooperation"),
        rec("r1", "CONSULT", "CHN", "KAZ", "2024-07-02", "Xi came to Astana in July.", mode="visit"),
    ])
    s.add(article("r2", published="2026-02-25"), [
        rec("r2", "AID", "KAZ", "BOP", "2026-02", "Kazakhstan pledged a field hospital.",
            status="announced", quantities=[{"value": 500, "unit": "scholarship",
                                             "qualifier": "more_than", "text": "über 500"}]),
        rec("r2", "CONSULT", "KAZ", "USA", "2026-02-20", "Tokajew besuchte die USA.", mode="visit"),
    ])


def test_queries(db_url):
    with store.open(db_url) as s:
        _seed(s)
        assert len(s.events()) == 5
        assert len(s.events(actor="KAZ", since="2024-01-01", until="2024-12-31")) == 3
        assert [e["target"]["code"] for e in s.events(actor="KAZ", partner="ITA")] == ["ITA", "ITA"]
        assert len(s.events(type="consult", mode="visit")) == 3
        assert len(s.events(status="announced")) == 1
        assert [e["source"]["code"] for e in s.events(text="astana JULY")] == ["CHN"]
        assert s.events(since="2026")[0]["date"] == "2026-02"
        kaz = next(a for a in s.actors() if a["code"] == "KAZ")
        assert kaz["events"] == 5 and kaz["name"] == "Kazakhstan"
        partners = s.dyads(actor="KAZ")
        assert partners[0]["partner"] == "ITA" and partners[0]["events"] == 2
        assert partners[0]["by_type"] == {"CONSULT": 1, "AGREE": 1}
        tl = s.timeline(actor="KAZ", by="month")
        assert [t["period"] for t in tl] == ["2024-01", "2024-07", "2026-02"]
        assert tl[0]["partners"] == {"ITA": 2}
        assert [t["events"] for t in s.timeline(actor="KAZ", by="year")] == [3, 2]
        ledger = s.pledges(actor="KAZ")
        assert [(p["type"], p["status"], p["amount"]) for p in ledger] == [
            ("AGREE", "occurred", 1.5e9), ("AID", "announced", None)]
        assert ledger[1]["quantities"][0]["value"] == 500
        assert [a["doc"] for a in s.articles()] == ["r1", "r2"]
        text = s.summary()
        assert "5 events" in text and "KAZ" in text and "AGREE" in text


def test_failures_are_recorded_once_per_document(db_url):
    from diplograph.store.writer import record_failure
    with store.open(db_url) as s:
        record_failure(s.engine, "bad.html", "input", "no main text")
        record_failure(s.engine, "bad.html", "input", "still no main text")
        (f,) = s.failures()
        assert f["attempts"] == 2 and f["reason"] == "still no main text"
        from diplograph.store.writer import store_article
        store_article(s.engine, article("bad"), [], doc="bad.html")  # stored later: cleared
        assert s.failures() == []


def test_records_convert_to_pandas_and_arrow(db_url):
    with store.open(db_url) as s:
        _seed(s)
        evs = s.events(actor="KAZ")
        df = evs.to_pandas()
        assert len(df) == 5 and set(df["source_code"]) <= {"KAZ", "CHN"}
        assert evs.to_arrow().num_rows == 5
        assert evs.to_events()[0].type == "CONSULT"


def test_migrations_go_down_and_up_again(db_url):
    from alembic import command
    engine = dbmod.connect(db_url)
    cfg = dbmod._alembic_config()
    with dbmod.writing(engine).begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "base")
    assert dbmod.current_revision(engine) is None
    dbmod.upgrade(engine)
    assert dbmod.current_revision(engine) == dbmod.head_revision()
    engine.dispose()


def test_opening_sqlite_while_another_process_commits_waits_instead_of_failing(tmp_path):
    """Switching a new file to WAL needs the exclusive lock. When another process is
    committing at that moment, SQLite refuses at once rather than wait (it would be a
    deadlock): opening must wait and try again, as two ingest processes on one new file do."""
    import subprocess
    import sys
    import time

    path = tmp_path / "race.db"
    holder = subprocess.Popen([sys.executable, "-c", (
        "import sqlite3, sys, time\n"
        f"c = sqlite3.connect({str(path)!r}, isolation_level=None, timeout=60)\n"
        "c.execute('CREATE TABLE t (x)')\n"
        "c.execute('BEGIN IMMEDIATE'); c.execute('INSERT INTO t VALUES (1)')\n"
        "print('locked', flush=True); time.sleep(0.6); c.execute('COMMIT')\n")],
        stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "locked"
    engine = dbmod.make_engine(f"sqlite:///{path}")
    start = time.monotonic()
    with engine.connect() as conn:  # shared lock taken while the holder's commit waits for it
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    assert holder.wait(timeout=60) == 0
    assert time.monotonic() - start < 30
    engine.dispose()
