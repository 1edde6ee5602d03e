"""``diplograph load DIR --db URL``: the shards of a batch job into the store.

Every document of ``DIR/articles`` is stored with its event records from ``DIR/events``
through the store's own writer (``store.writer.store_article``): one transaction per
article, the same cross-article merge and the same idempotence as ``ingest`` (an
article already in the store, by the hash of its text, is skipped, so loading twice
changes nothing). Articles are stored in the order of the inputs, whatever order Ray
wrote the shards in, so the merged events are those ``ingest`` makes of the same inputs. The failures of ``DIR/failures.jsonl``
are recorded as ingest records its own, once. Only pyarrow is needed, not Ray.
"""
from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable

from diplograph.batch import inputs, shards
from diplograph.ingest.runner import Counts


def load(directory: str, db: str | None = None, progress: Callable[[Counts, str], None] | None = None) -> Counts:
    import pyarrow.dataset as pads
    import sqlalchemy as sa
    from pyarrow import fs

    from diplograph.store.api import Store
    from diplograph.store.schema import failures as failures_table
    from diplograph.store.writer import is_stored, record_failure, store_article, text_hash

    filesystem, root, _ = inputs._filesystem(directory)
    if filesystem.get_file_info(root).type != fs.FileType.Directory:
        raise ValueError(f"{directory} is not a directory of batch output")

    def table(sub: str, columns: list[str]):
        if filesystem.get_file_info(f"{root}/{sub}").type != fs.FileType.Directory:
            return []
        data = pads.dataset(f"{root}/{sub}", filesystem=filesystem, format="parquet", partitioning="hive")
        return data.to_table(columns=columns).to_pylist()

    events: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for row in table("events", ["doc", "ordinal", "record"]):
        events[row["doc"]].append((row["ordinal"], row["record"]))
    articles = table("articles", list(shards.ARTICLE_FIELDS + shards.ORDER_FIELDS))
    articles.sort(key=lambda r: (r["file_no"], r["doc_no"]))

    counts = Counts()
    with Store(db) as store:
        engine = store.engine
        for row in articles:
            article = shards.article_of(row)
            digest = text_hash(article.text)
            try:
                if is_stored(engine, digest):
                    counts.skipped += 1
                else:
                    found = [json.loads(rec) for _, rec in sorted(events.get(row["doc"], []))]
                    if store_article(engine, article, found, digest=digest, doc=row["doc"]):
                        counts.read += 1
                        counts.events += len(found)
                    else:
                        counts.skipped += 1
            except Exception as exc:
                record_failure(engine, row["doc"], "store", f"{type(exc).__name__}: {exc}")
                counts.failed += 1
            if progress:
                progress(counts, row["doc"])
        failed = f"{root}/failures.jsonl"
        if filesystem.get_file_info(failed).type == fs.FileType.File:
            with engine.connect() as conn:
                known = {(r.doc, r.reason) for r in conn.execute(sa.select(failures_table.c.doc, failures_table.c.reason))}
            with filesystem.open_input_stream(failed) as fh:
                for line in fh.read().decode("utf-8").splitlines():
                    if line.strip():
                        f = json.loads(line)
                        counts.failed += 1
                        if (f["doc"][:1024], f["reason"]) not in known:  # loading twice changes nothing
                            record_failure(engine, f["doc"], f["stage"], f["reason"])
    return counts
