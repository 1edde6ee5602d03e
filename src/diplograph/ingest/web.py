"""URLs and RSS/Atom feeds: fetch with httpx, extract the main text with trafilatura.

A URL that answers with a feed is read as a feed: every item's link is fetched and read
as an article, and the item's publication date is kept (pages often hide theirs). A
fetch or extraction failure is yielded as a failure for that one document.
"""
from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import date

from diplograph.model import Article

from .html import article_from_html

Doc = tuple[str, Article | None, str | None]
USER_AGENT = "diplograph/0.1 (+https://github.com/diplograph)"
TIMEOUT = 30.0


def reason(exc: Exception) -> str:
    """A one-line reason for the failures table."""
    first = (str(exc).strip().splitlines() or [""])[0]
    return f"{type(exc).__name__}: {first}" if first else type(exc).__name__


def is_url(s: str) -> bool:
    return s.startswith(("http://", "https://"))


def _looks_like_feed(ctype: str, body: bytes) -> bool:
    if any(k in ctype for k in ("rss", "atom", "xml")) and "html" not in ctype:
        return True
    head = body[:500].lstrip().lower()
    return head.startswith(b"<?xml") and (b"<rss" in head or b"<feed" in head) or \
        head.startswith((b"<rss", b"<feed"))


def _decode(resp) -> str:
    try:
        return resp.text
    except Exception:
        return resp.content.decode("utf-8", "replace")


def _entry_date(entry) -> date | None:
    for key in ("published_parsed", "updated_parsed"):
        t = entry.get(key)
        if t:
            return date(*t[:3])
    return None


def _fetch(client, url: str):
    resp = client.get(url)
    resp.raise_for_status()
    return resp


def iter_url(url: str, published: date | None = None, client=None,
             delay: float = 0.0) -> Iterator[Doc]:
    """One page, or every item of a feed, as documents."""
    import httpx

    own = client is None
    client = client or httpx.Client(timeout=TIMEOUT, follow_redirects=True,
                                    headers={"User-Agent": USER_AGENT})
    try:
        try:
            resp = _fetch(client, url)
        except Exception as exc:
            yield url, None, f"fetch failed: {reason(exc)}"
            return
        ctype = resp.headers.get("content-type", "").lower()
        if _looks_like_feed(ctype, resp.content):
            yield from _iter_feed(client, url, resp.content, published, delay)
            return
        try:
            yield url, article_from_html(_decode(resp), url, url=str(resp.url),
                                         published=published), None
        except Exception as exc:
            yield url, None, reason(exc)
    finally:
        if own:
            client.close()


def _iter_feed(client, feed_url: str, body: bytes, published, delay) -> Iterator[Doc]:
    import feedparser

    feed = feedparser.parse(body)
    if feed.bozo and not feed.entries:
        yield feed_url, None, f"bad feed: {feed.get('bozo_exception')}"
        return
    for entry in feed.entries:
        link = entry.get("link")
        if not link:
            continue
        if delay:
            time.sleep(delay)
        try:
            resp = _fetch(client, link)
            art = article_from_html(_decode(resp), link, url=link,
                                    published=_entry_date(entry) or published,
                                    source=feed.feed.get("title"))
            if not art.title:
                art.title = entry.get("title")
            yield link, art, None
        except Exception as exc:
            yield link, None, reason(exc)
