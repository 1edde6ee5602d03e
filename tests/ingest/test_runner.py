"""Ingest end to end with the real reader: idempotence, failures, --jobs, web sources."""
import io
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

import diplograph.store as store

from .pages import page, serve

CORPUS = Path(__file__).parents[1] / "fixtures" / "merge" / "articles.jsonl"


def test_ingest_twice_adds_nothing(tmp_path):
    with store.open(tmp_path / "a.db") as s:
        first = s.ingest([str(CORPUS)])
        assert first.read == 14 and first.failed == 0 and first.events > 0
        before = s.counts()
        again = s.ingest([str(CORPUS)])
        assert (again.read, again.skipped, again.failed) == (0, 14, 0)
        assert s.counts() == before
        assert before["mentions"] == first.events


def test_bad_inputs_are_recorded_and_the_rest_goes_on(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("Kazakh President Kassym-Jomart Tokayev visited France on 12 March 2024.")
    (tmp_path / "empty.txt").write_text("   \n")
    (tmp_path / "broken.warc").write_bytes(b"\x00 not a warc")
    with serve() as base, store.open(tmp_path / "b.db") as s:
        counts = s.ingest([str(good), str(tmp_path / "empty.txt"), str(tmp_path / "missing.txt"),
                           str(tmp_path / "broken.warc"), base + "/nothing-here.html",
                           base + "/empty.html"])
        failed = {Path(f["doc"]).name: f for f in s.failures()}
        assert counts.read == 1 and counts.failed == 5 == len(failed)
        assert set(failed) == {"empty.txt", "missing.txt", "broken.warc", "nothing-here.html",
                               "empty.html"}
        assert all(f["reason"] for f in failed.values())
        s.ingest([str(tmp_path / "missing.txt")])  # trying again counts attempts
        assert {f["doc"]: f["attempts"] for f in s.failures()}[str(tmp_path / "missing.txt")] == 2


def test_jobs_give_the_same_database(tmp_path):
    with store.open(tmp_path / "one.db") as one, store.open(tmp_path / "two.db") as two:
        one.ingest([str(CORPUS)], jobs=1)
        two.ingest([str(CORPUS)], jobs=2)
        assert one.events() == two.events()
        assert one.counts() == two.counts()


def test_web_feed_and_warc(tmp_path):
    warc = tmp_path / "crawl.warc.gz"
    with open(warc, "wb") as fh:
        w = WARCWriter(fh, gzip=True)
        hdr = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        w.write_record(w.create_warc_record("https://news.example/deal", "response",
                                            payload=io.BytesIO(page("deal", "Deals in Rome").encode()),
                                            http_headers=hdr))
    with serve() as base, store.open(tmp_path / "w.db") as s:
        counts = s.ingest([base + "/feed.xml", str(warc)])
        assert counts.read == 2 and counts.skipped == 1 and counts.failed == 1  # deal twice, one 404
        urls = {a["url"] for a in s.articles()}
        assert base + "/visit.html" in urls
        visit = s.events(actor="KAZ", partner="FRA", type="CONSULT")
        assert visit and visit[0]["mentions"][0]["url"] == base + "/visit.html"
