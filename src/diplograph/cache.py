"""A disk cache for the tables that are slow to build and the same on every run.

The reader's start-up was dominated by building things from data that does not change
between runs: the lemmatiser's dictionaries, the knowledge base's name matchers (with
every Russian case form), the city table. Each is built once, written here, and loaded
on later runs in a fraction of the time.

Why it works this way:
- An entry's file name carries a hash of everything it was built from (the data files'
  contents, the package version, the builder's own source, library versions), so a
  changed data file, a user's ``--kb`` file or a new release never meets a stale entry:
  it simply looks for another file. When a new one is written, the entry's older files
  beyond the few newest are removed.
- A file that cannot be read (damaged, truncated, written by another Python) is treated
  as missing: the entry is built again and the file replaced. Files are written to a
  temporary name and renamed, so two processes starting at once never see half a file.
- The directory is ``$DIPLOGRAPH_CACHE_DIR``, else ``$XDG_CACHE_HOME/diplograph``, else
  ``~/.cache/diplograph``; when that cannot be created or written, a private directory
  under the system's temporary directory (made with mode 0700 and used only if it
  belongs to this user, since cache files are unpickled); when neither works, nothing is
  cached and everything is built in memory, as before. ``DIPLOGRAPH_CACHE=off`` turns
  the cache off.
"""
from __future__ import annotations

import hashlib
import os
import pickle
import stat
import sys
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")

_FORMAT = 1  # raise when the way entries are written changes
_checked: dict[str, Path | None] = {}


def directory() -> Path | None:
    """The cache directory (created if needed), or None when no usable one exists."""
    if os.environ.get("DIPLOGRAPH_CACHE", "").lower() in ("off", "0", "no", "false"):
        return None
    explicit = os.environ.get("DIPLOGRAPH_CACHE_DIR")
    base = explicit or os.path.join(os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"),
                                    "diplograph")
    if base in _checked:
        return _checked[base]
    found = _usable(Path(base), private=False)
    if found is None and not explicit:
        uid = os.getuid() if hasattr(os, "getuid") else "user"
        found = _usable(Path(tempfile.gettempdir()) / f"diplograph-cache-{uid}", private=True)
    _checked[base] = found
    return found


def _usable(path: Path, private: bool) -> Path | None:
    try:
        path.mkdir(mode=0o700, parents=True, exist_ok=True)
        st = path.stat()
        if private and hasattr(os, "getuid") and (st.st_uid != os.getuid()
                                                  or st.st_mode & (stat.S_IWGRP | stat.S_IWOTH)):
            return None  # someone else's directory in a shared /tmp: never unpickle from it
        if not os.access(path, os.W_OK | os.X_OK):
            return None
        return path
    except OSError:
        return None


def fingerprint(*parts: str | bytes | Path | Iterable[Path]) -> str:
    """A short hash of ``parts``: strings and bytes as they are, files by their contents,
    iterables of files each by name and contents. Includes this package's version and
    Python's, since pickled objects belong to both."""
    from diplograph import __version__

    h = hashlib.sha256(f"{_FORMAT}|{__version__}|{sys.version_info[:2]}".encode())
    for part in parts:
        if isinstance(part, Path):
            h.update(b"F" + part.read_bytes())
        elif isinstance(part, bytes):
            h.update(b"B" + part)
        elif isinstance(part, str):
            h.update(b"S" + part.encode())
        else:
            for p in part:
                h.update(b"N" + str(p.name).encode() + b"F" + Path(p).read_bytes())
        h.update(b"\x00")
    return h.hexdigest()[:20]


def path_for(name: str, key: str, suffix: str = ".pickle") -> Path | None:
    """Where entry ``name`` built from ``key`` lives (None: no cache directory)."""
    root = directory()
    return root / f"{name}-{key}{suffix}" if root is not None else None


def cached(name: str, key: str, build: Callable[[], T]) -> T:
    """The value of ``build()``, from the cache when an entry for ``key`` is there."""
    path = path_for(name, key)
    if path is not None and path.exists():
        try:
            with path.open("rb") as fh:
                return pickle.load(fh)
        except Exception:  # damaged, truncated or foreign: build afresh below
            pass
    value = build()
    if path is not None:
        write(path, lambda fh: pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL))
    return value


def write(path: Path, dump: Callable) -> bool:
    """Write a cache file atomically (``dump(fh)`` fills a temporary file that is then
    renamed) and remove the older files of the same entry. False if it could not be written."""
    tmp = None
    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=path.suffix)
        with os.fdopen(fd, "wb") as fh:
            dump(fh)
        os.replace(tmp, path)
    except Exception:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass
        return False
    _remove_older(path)
    return True


def write_file(path: Path, save: Callable[[str], object]) -> bool:
    """Like ``write``, for libraries that save to a file name (``save(name)``)."""
    tmp = None
    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=path.suffix)
        os.close(fd)
        save(tmp)
        os.replace(tmp, path)
    except Exception:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass
        return False
    _remove_older(path)
    return True


KEEP = 4  # files kept per entry: several versions (worktrees, virtualenvs) may share one directory


def _remove_older(path: Path) -> None:
    """Remove the entry's older files beyond the ``KEEP`` newest: built from older data or
    in an older format. Not all of them: two checkouts with different data sharing the
    directory would otherwise delete each other's file and rebuild on every run."""
    stem = path.name[:-len(path.suffix)] if path.suffix else path.name
    entry = stem.rsplit("-", 1)[0]
    same = []
    for old in path.parent.glob(f"{entry}-*"):
        if old != path and old.name.split(".", 1)[0].rsplit("-", 1)[0] == entry:
            try:
                same.append((old.stat().st_mtime, old))
            except OSError:
                pass
    for _, old in sorted(same, reverse=True)[KEEP - 1:]:
        try:
            old.unlink()
        except OSError:
            pass
