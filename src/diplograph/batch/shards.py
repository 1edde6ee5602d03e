"""The rows a batch job writes: documents, event records and failures.

A document row carries the article as the store keeps it and its events as lists (the
records exactly as ``extract`` writes them, and each one's month, type and codes); the
event rows are those lists flattened, one row per record, filed under the record's
month. ``doc`` (the input name, ``file:line`` or ``file#url``) joins the two: it is
unique within a job, where article ids need not be.
"""
from __future__ import annotations

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


EVENT_LISTS = ("ev_record", "ev_month", "ev_type", "ev_source", "ev_target")  # a document row's events, one list each


def event_lists(found: list[dict]) -> dict:
    """A document's event records (``Event.to_dict()``, in reading order) as the list columns
    its row carries: each record's JSON line exactly as ``extract`` writes it, and the
    fields the event shards are partitioned and filtered by, taken from the records
    themselves rather than parsed back out of the JSON."""
    from diplograph.read.worker import line

    return {"ev_record": [line(d) for d in found],
            "ev_month": [month_of(d.get("date")) for d in found],
            "ev_type": [d.get("type") for d in found],
            "ev_source": [(d.get("source") or {}).get("code") for d in found],
            "ev_target": [(d.get("target") or {}).get("code") for d in found]}


def read_documents(table):
    """The documents of a block of read rows that were read (a failed one carries an ``error``)."""
    import pyarrow.compute as pc

    return table.filter(pc.is_null(table["error"]))


def article_table(table):
    """A block of read rows -> the article shard's rows (the documents read, no events)."""
    return read_documents(table).select(list(ARTICLE_FIELDS + ORDER_FIELDS))


def event_table(table):
    """A block of read rows -> the event shard's rows, one per record: the list columns
    flattened with Arrow's own kernels, so that a million events are not a million Python
    dicts (what a row-by-row flat_map over the JSON cost: most of the output stage)."""
    import numpy as np
    import pyarrow as pa
    import pyarrow.compute as pc

    table = read_documents(table)
    records = table["ev_record"]
    parent = pc.list_parent_indices(records)
    lengths = pc.list_value_length(records).fill_null(0).to_numpy(zero_copy_only=False).astype(np.int64)
    firsts = np.repeat(np.cumsum(lengths) - lengths, lengths)  # where each document's records begin
    return pa.table({"doc": pc.take(table["doc"], parent), "article": pc.take(table["id"], parent),
                     "ordinal": pa.array(np.arange(len(parent), dtype=np.int64) - firsts),
                     "month": pc.list_flatten(table["ev_month"]), "type": pc.list_flatten(table["ev_type"]),
                     "source_code": pc.list_flatten(table["ev_source"]),
                     "target_code": pc.list_flatten(table["ev_target"]),
                     "record": pc.list_flatten(records)})
