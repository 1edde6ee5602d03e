"""Whole archives on Ray: ``diplograph batch`` reads sharded inputs with Ray Data and
writes Parquet shards; ``diplograph load`` puts them into the store.

The layout of an output directory::

    DIR/articles/*.parquet                    one row per document read (text and metadata)
    DIR/events/month=YYYY-MM/*.parquet        one row per event record, by the month of its date
    DIR/events/month=unknown/*.parquet        events without a date to the month
    DIR/failures.jsonl                        documents that could not be read, with the reason

Modules: ``inputs`` (files and URIs to rows of documents), ``job`` (the Ray Data
pipeline and its reader actor), ``shards`` (the row layouts, written and read back),
``load`` (shards into the store through the store's own writer), ``commands`` (the CLI).
Ray is an optional dependency (``pip install 'diplograph[batch]'``); ``load`` needs only
pyarrow.
"""
