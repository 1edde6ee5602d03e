"""The reader: ``read(article) -> list[Event]`` (see ``pipeline``)."""
from diplograph.read.pipeline import read

__all__ = ["read"]
