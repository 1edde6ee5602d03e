"""diplograph: reads diplomatic news and keeps an evidence-linked PLOVER event record.

The package root stays light (no imports of the reader or the store) so that
``import diplograph`` and ``diplograph --help`` are instant.
"""
__version__ = "0.1.0"
