"""The reader: ``read(article) -> list[Event]`` (see ``pipeline``).

``read`` is imported on first use: a process that needs only this package's helpers
(``read.worker`` in a parent that hands documents to worker processes) then does not
pay the reader's start-up."""

__all__ = ["read"]


def __getattr__(name: str):
    if name == "read":
        from diplograph.read.pipeline import read

        globals()["read"] = read
        return read
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
