"""The rows a batch job writes: documents, event records and failures.

A document row carries the article as the store keeps it and its events as JSON (the
records exactly as ``extract`` writes them); the event rows are made from it, one per
record, with the month they are filed under. ``doc`` (the input name, ``file:line`` or
``file#url``) joins the two: it is unique within a job, where article ids need not be.
"""
from __future__ import annotations

import json
from datetime import date

from diplograph.model import Article

ARTICLE_FIELDS = ("doc", "id", "text", "published", "lang", "title", "url", "source")
ORDER_FIELDS = ("file_no", "doc_no")  # where the document stood in the inputs: the order of loading


def document_row(name: str, article: Article | None, error: str | None, file_no: int = 0, doc_no: int = 0) -> dict:
    """A document from the inputs, before reading (``error``: why it cannot be read)."""
    row = {k: None for k in ARTICLE_FIELDS}
    row.update(doc=name, error=error, file_no=file_no, doc_no=doc_no)
    if article is not None:
        row.update(id=article.id, text=article.text, lang=article.lang, title=article.title, url=article.url,
                   source=article.source, published=article.published.isoformat() if article.published else None)
    return row


def article_of(row: dict) -> Article:
    pub = row.get("published")
    return Article(id=row["id"], text=row["text"], published=date.fromisoformat(pub) if pub else None,
                   lang=row.get("lang"), title=row.get("title"), url=row.get("url"), source=row.get("source"))


def month_of(value) -> str:
    """The month an event is filed under: that of its date (of the start of a range);
    ``unknown`` without a date or with only a year."""
    if isinstance(value, dict):
        value = value.get("start")
    if isinstance(value, str) and len(value) >= 7 and value[4] == "-":
        return value[:7]
    return "unknown"


def event_rows(doc_row: dict) -> list[dict]:
    """One row per event record of a document that was read (``events``: the records'
    JSON lines, as ``extract`` writes them; kept byte for byte in ``record``)."""
    out = []
    for i, line in enumerate(doc_row["events"].split("\n") if doc_row.get("events") else []):
        record = json.loads(line)
        target = record.get("target") or {}
        out.append({"doc": doc_row["doc"], "article": record.get("article"), "ordinal": i,
                    "month": month_of(record.get("date")), "type": record.get("type"),
                    "source_code": (record.get("source") or {}).get("code"), "target_code": target.get("code"),
                    "record": line})
    return out
