"""The store: the only stateful part of diplograph.

It keeps articles (keyed by a hash of their text, so ingesting twice changes nothing),
every event record read from them (``mentions``, the evidence) and the merged events
(one per real-world event). ``api.open`` is the entry point for Python users;
``commands.register`` adds the store's commands to the CLI.
"""
from .api import Records, Store, open, summary

__all__ = ["Records", "Store", "open", "summary"]
