"""The store: the only stateful part of diplograph.

It keeps articles (keyed by a hash of their text, so ingesting twice changes nothing),
every event record read from them (``mentions``, the evidence) and the merged events
(one per real-world event). ``api.open`` is the entry point for Python users;
``commands.register`` adds the store's commands to the CLI.

The names below are imported on first use: the command line imports this package to
register its commands, and ``diplograph extract`` should not pay for SQLAlchemy.
"""

__all__ = ["Records", "Store", "open", "summary"]


def __getattr__(name: str):
    if name in __all__:
        from . import api

        return getattr(api, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
