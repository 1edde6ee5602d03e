"""diplograph: reads diplomatic news and keeps an evidence-linked PLOVER event record.

The package root stays light (no imports of the reader or the store) so that
``import diplograph`` and ``diplograph --help`` are instant.
"""
__version__ = "0.1.0"


def open(db=None):  # noqa: A001 - the notebook entry point: diplograph.open("diplograph.db")
    """Open a store (SQLite path or PostgreSQL URL) for queries from Python; the store is
    imported only here, so the package root stays light."""
    from diplograph.store.api import open as open_store

    return open_store(db)
