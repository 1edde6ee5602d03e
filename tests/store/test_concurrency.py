"""Two writers at once, and a writer killed at random moments, lose and duplicate nothing.

The writers are real processes storing a known corpus (writer_proc.py) into one real
database; the truth is 40 articles, 40 mentions, 8 merged events.
"""
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import sqlalchemy as sa

import diplograph.store as store
from diplograph.store.schema import events, mentions

PROC = str(Path(__file__).with_name("writer_proc.py"))


def _spawn(url, order, delay=0.0):
    return subprocess.Popen([sys.executable, PROC, url, order, str(delay)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _check_truth(url):
    with store.open(url) as s:
        assert s.counts() == {"articles": 40, "mentions": 40, "events": 8, "failures": 0}
        with s.engine.connect() as c:
            per_event = c.execute(sa.select(events.c.n_mentions, events.c.n_articles)).all()
            orphans = c.execute(sa.select(sa.func.count()).select_from(mentions).where(
                ~mentions.c.event_id.in_(sa.select(events.c.id)))).scalar_one()
        assert sorted(per_event) == [(5, 5)] * 8 and orphans == 0


def test_two_writers_at_once(db_url):
    store.open(db_url).close()  # also checked: both may race to create the schema
    procs = [_spawn(db_url, "forward"), _spawn(db_url, "backward")]
    for p in procs:
        out, err = p.communicate(timeout=120)
        assert p.returncode == 0, err
    _check_truth(db_url)


def test_two_writers_on_a_fresh_database(tmp_path):
    url = str(tmp_path / "fresh.db")
    procs = [_spawn(url, "forward"), _spawn(url, "backward")]
    for p in procs:
        assert p.wait(timeout=120) == 0, p.stderr.read()
    _check_truth(url)


def _stored(url) -> int:
    try:
        with store.open(url) as s:
            return s.counts()["articles"]
    except Exception:  # schema not there yet
        return 0


def test_killed_writer_resumes_exactly_once(db_url):
    p = _spawn(db_url, "forward")
    time.sleep(0.2)
    os.kill(p.pid, signal.SIGKILL)  # possibly while creating the schema
    p.wait()
    for threshold in (5, 15, 25):
        p = _spawn(db_url, "forward", delay=0.02)
        deadline = time.time() + 60
        while _stored(db_url) < threshold and time.time() < deadline and p.poll() is None:
            time.sleep(0.02)
        os.kill(p.pid, signal.SIGKILL)  # in the middle of some document
        p.wait()
        assert _stored(db_url) < 40
    p = _spawn(db_url, "forward")
    assert p.wait(timeout=120) == 0, p.stderr.read()
    _check_truth(db_url)
