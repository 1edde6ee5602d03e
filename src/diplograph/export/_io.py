"""Opening an output that may be a path or an already open stream."""
from __future__ import annotations

import contextlib
import os


@contextlib.contextmanager
def text_out(out, newline: str | None = None):
    if isinstance(out, (str, os.PathLike)):
        with open(out, "w", encoding="utf-8", newline=newline) as fh:
            yield fh
    else:
        yield out
