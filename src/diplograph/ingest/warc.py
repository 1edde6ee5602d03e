"""Web archives (.warc, .warc.gz): every HTML response record becomes an Article.

Crawls are often kept as WARC files; reading them directly avoids unpacking millions of
pages. Records that are not successful HTML responses are passed over silently (they
are not articles); pages without main text are reported as failures.
"""
from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from diplograph.model import Article

from .html import article_from_html

Doc = tuple[str, Article | None, str | None]


def iter_warc(path: str, published: date | None = None) -> Iterator[Doc]:
    try:
        fh = open(path, "rb")
    except OSError as exc:
        yield path, None, f"cannot open: {exc}"
        return
    with fh:
        yield from iter_warc_stream(path, fh, published)


def iter_warc_stream(path: str, fh, published: date | None = None) -> Iterator[Doc]:
    """The pages of a WARC archive read from an open binary stream (named ``path``)."""
    from warcio.archiveiterator import ArchiveIterator

    pages = 0
    try:
        for record in ArchiveIterator(fh):
            if record.rec_type not in ("response", "resource"):
                continue
            url = record.rec_headers.get_header("WARC-Target-URI") or ""
            name = f"{path}#{url}"
            if record.rec_type == "response":
                status = record.http_headers.get_statuscode() if record.http_headers else "200"
                ctype = record.http_headers.get_header("Content-Type", "") if record.http_headers else ""
                if not status.startswith("2") or "html" not in ctype.lower():
                    continue
            else:
                ctype = record.rec_headers.get_header("Content-Type", "")
                if "html" not in ctype.lower():
                    continue
            pages += 1
            raw = record.content_stream().read()
            try:
                html = raw.decode("utf-8")
            except UnicodeDecodeError:
                html = raw.decode("latin-1")
            try:
                yield name, article_from_html(html, url or name, url=url or None,
                                              published=published), None
            except Exception as exc:  # one bad page must not stop the archive
                yield name, None, f"{type(exc).__name__}: {exc}"
    except Exception as exc:  # a truncated or corrupt archive
        yield path, None, f"bad WARC file: {type(exc).__name__}: {exc}"
        return
    if not pages:
        yield path, None, "no HTML pages in this WARC file (or not a WARC file)"
