"""The row layouts of the batch shards, on blocks made here: the event rows are the
document rows' lists flattened, in order, with failed documents left out."""
import json

import pyarrow as pa
import pytest

pytest.importorskip("ray")
from diplograph.batch import job, shards  # noqa: E402


def block(rows):
    full = []
    for r in rows:
        row = {f: None for f in shards.ARTICLE_FIELDS} | {"file_no": 0, "doc_no": len(full), "error": None}
        row.update(r)
        found = row.pop("found", [])
        row.update(n_events=len(found), **shards.event_lists(found))
        full.append(row)
    return pa.Table.from_pylist(full, schema=job._schema())


RECORDS = [{"article": "a1", "type": "CONSULT", "date": "2024-07-04", "source": {"code": "KAZ"}, "target": {"code": "CHN"}},
           {"article": "a1", "type": "AGREE", "date": {"start": "2024-08-01", "end": "2024-08-03"},
            "source": {"code": "KAZ"}, "target": None},
           {"article": "a3", "type": "AID", "date": "2025", "source": {"code": "DEU"}, "target": {"code": "UKR"}}]


def test_event_rows_are_each_documents_records_in_order():
    t = block([{"doc": "f:1", "id": "a1", "text": "x", "found": RECORDS[:2]},
               {"doc": "f:2", "id": "a2", "text": "y"},  # read, no events
               {"doc": "f:3", "id": "a3", "text": "z", "found": RECORDS[2:]}])
    rows = shards.event_table(t).to_pylist()
    assert [(r["doc"], r["article"], r["ordinal"]) for r in rows] == [("f:1", "a1", 0), ("f:1", "a1", 1), ("f:3", "a3", 0)]
    assert [r["month"] for r in rows] == ["2024-07", "2024-08", "unknown"]
    assert [(r["type"], r["source_code"], r["target_code"]) for r in rows] == [
        ("CONSULT", "KAZ", "CHN"), ("AGREE", "KAZ", None), ("AID", "DEU", "UKR")]
    assert [json.loads(r["record"]) for r in rows] == RECORDS


def test_failed_documents_give_no_article_and_no_event_rows():
    t = block([{"doc": "f:1", "id": "a1", "text": "x", "found": RECORDS[:1]},
               {"doc": "f:2", "error": "malformed JSON"},
               {"doc": "f:3", "id": "a3", "text": "z", "found": RECORDS[2:]}])
    assert [r["doc"] for r in shards.event_table(t).to_pylist()] == ["f:1", "f:3"]
    articles = shards.article_table(t)
    assert articles.column_names == list(shards.ARTICLE_FIELDS + shards.ORDER_FIELDS)
    assert articles["doc"].to_pylist() == ["f:1", "f:3"]


def test_a_block_without_events_gives_an_empty_table_of_the_same_columns():
    rows = shards.event_table(block([{"doc": "f:1", "id": "a1", "text": "x"}]))
    assert rows.num_rows == 0
    assert rows.column_names == ["doc", "article", "ordinal", "month", "type", "source_code", "target_code", "record"]
