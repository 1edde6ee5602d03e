"""HTML to an Article with trafilatura: main text, title and publication date.

Shared by the URL, feed and WARC sources so a page reads the same whichever way it
arrived. (``files.py`` handles local .html files for the lead's reader contract.)
"""
from __future__ import annotations

from datetime import date

from diplograph.model import Article


def _day(value) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def article_from_html(html: str, doc_id: str, url: str | None = None,
                      published: date | None = None, source: str | None = None) -> Article:
    """The main text of a page as an Article; raises ValueError when there is none.

    The publication date is taken only from the page's metadata: guessing it from the
    body would pick up the date of the event the article reports."""
    import trafilatura

    doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                      favor_precision=True,
                                      date_extraction_params={"extensive_search": False,
                                                              "original_date": True})
    if doc is None:
        raise ValueError("no main text found in the page")
    get = doc.get if isinstance(doc, dict) else (lambda k: getattr(doc, k, None))
    text = (get("text") or "").strip()
    if not text:
        raise ValueError("no main text found in the page")
    return Article(id=doc_id, text=text, published=published or _day(get("date")),
                   title=get("title"), url=url, source=source or get("sitename") or get("hostname"))
