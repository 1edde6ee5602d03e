"""Pages, feeds and web archives become Articles (served from 127.0.0.1, never the internet)."""
import io
from datetime import date

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from diplograph.ingest.folders import expand
from diplograph.ingest.warc import iter_warc
from diplograph.ingest.web import iter_url

from .pages import page, serve


def test_a_page():
    with serve() as base:
        ((name, art, err),) = list(iter_url(base + "/visit.html"))
    assert err is None and name == base + "/visit.html"
    assert "Kazakh President Kassym-Jomart Tokayev paid a state visit" in art.text
    assert art.published is None  # the date in the body is the event's, not the page's
    assert "Copyright" not in art.text and "Home" not in art.text
    assert art.title == "State visit to France" and art.url == base + "/visit.html"


def test_a_feed_yields_its_items_with_their_dates():
    with serve() as base:
        docs = list(iter_url(base + "/feed.xml"))
    assert [d[0].rsplit("/", 1)[1] for d in docs] == ["visit.html", "deal.html", "missing.html"]
    (_, visit, _), (_, deal, _), (_, missing, err) = docs
    assert visit.published == date(2024, 11, 6) and deal.published == date(2024, 1, 19)
    assert "18 agreements" in deal.text and deal.source == "Example News"
    assert missing is None and "404" in err


def test_failures_are_reported_not_raised():
    with serve() as base:
        ((_, art, err),) = list(iter_url(base + "/empty.html"))
        assert art is None and "no main text" in err
    ((_, art, err),) = list(iter_url("http://127.0.0.1:9/nothing"))  # nobody listens
    assert art is None and err.startswith("fetch failed")


def _warc(path, pages):
    with open(path, "wb") as fh:
        w = WARCWriter(fh, gzip=str(path).endswith(".gz"))
        for url, ctype, html in pages:
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            w.write_record(w.create_warc_record(url, "response", payload=io.BytesIO(html.encode()),
                                                http_headers=headers))


def test_warc(tmp_path):
    path = tmp_path / "crawl.warc.gz"
    _warc(path, [("https://news.example/visit", "text/html", page("visit", "Visit")),
                 ("https://news.example/logo.png", "image/png", "PNG"),
                 ("https://news.example/empty", "text/html", "<html></html>")])
    docs = list(iter_warc(str(path), published=date(2024, 11, 6)))
    assert len(docs) == 2  # the image is not an article
    name, art, err = docs[0]
    assert art.url == "https://news.example/visit" and art.published == date(2024, 11, 6)
    assert "state visit to France" in art.text
    assert docs[1][1] is None and docs[1][2]
    (tmp_path / "broken.warc").write_bytes(b"not a warc at all")
    ((_, art, err),) = list(iter_warc(str(tmp_path / "broken.warc")))
    assert art is None and "WARC" in err


def test_folders_are_walked_in_order(tmp_path):
    (tmp_path / "b").mkdir()
    for p in ("b/2.txt", "a.html", "b/1.jsonl", "c.warc.gz", "skip.png", ".hidden.txt"):
        (tmp_path / p).write_text("x")
    got = [p[len(str(tmp_path)) + 1:] for p in expand([str(tmp_path), "https://x.example/"]) if p.startswith(str(tmp_path))]
    assert got == ["a.html", "b/1.jsonl", "b/2.txt", "c.warc.gz"]
