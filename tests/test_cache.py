"""The disk cache: entries are built once, found again, rebuilt when stale or damaged,
written atomically, and never read from a directory that is not the user's own."""
import os
import pickle
import tempfile

import pytest

from diplograph import cache


def counting(value):
    calls = []

    def build():
        calls.append(1)
        return value
    return build, calls


def test_an_entry_is_built_once_and_then_read(fresh_cache):
    build, calls = counting({"a": [1, 2, 3]})
    assert cache.cached("thing", "k1", build) == {"a": [1, 2, 3]}
    assert cache.cached("thing", "k1", build) == {"a": [1, 2, 3]}
    assert len(calls) == 1
    assert [p.name for p in fresh_cache.iterdir()] == ["thing-k1.pickle"]


def test_a_new_key_rebuilds_and_only_the_newest_files_are_kept(fresh_cache):
    import os
    import time

    for k in range(6):
        cache.cached("thing", f"k{k}", lambda: k)
        os.utime(fresh_cache / f"thing-k{k}.pickle", (time.time() - 100 + k, time.time() - 100 + k))
    cache.cached("other", "x", lambda: "kept")
    assert cache.cached("thing", "new", lambda: "new value") == "new value"
    names = sorted(p.name for p in fresh_cache.iterdir())
    assert names == ["other-x.pickle", "thing-k3.pickle", "thing-k4.pickle", "thing-k5.pickle", "thing-new.pickle"]


@pytest.mark.parametrize("damage", [b"", b"not a pickle at all", pickle.dumps("x")[:-3]])
def test_a_damaged_file_is_ignored_and_replaced(fresh_cache, damage):
    cache.cached("thing", "k", lambda: [1, 2])
    (fresh_cache / "thing-k.pickle").write_bytes(damage)
    build, calls = counting([1, 2])
    assert cache.cached("thing", "k", build) == [1, 2]
    assert calls == [1]
    with open(fresh_cache / "thing-k.pickle", "rb") as fh:
        assert pickle.load(fh) == [1, 2]


def test_no_temporary_files_are_left(fresh_cache):
    cache.cached("thing", "k", lambda: list(range(1000)))
    assert not [p for p in fresh_cache.iterdir() if p.name.startswith(".tmp")]


def test_the_fingerprint_follows_file_contents(tmp_path):
    f = tmp_path / "data.json"
    f.write_text('{"a": 1}')
    one = cache.fingerprint("x", f)
    assert cache.fingerprint("x", f) == one
    f.write_text('{"a": 2}')
    assert cache.fingerprint("x", f) != one
    assert cache.fingerprint("x", [f]) != cache.fingerprint("y", [f])


def test_cache_off_builds_every_time(fresh_cache, monkeypatch):
    monkeypatch.setenv("DIPLOGRAPH_CACHE", "off")
    build, calls = counting(5)
    cache.cached("thing", "k", build)
    cache.cached("thing", "k", build)
    assert len(calls) == 2
    assert not fresh_cache.exists()


def test_an_unusable_directory_falls_back_to_a_private_temporary_one(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("a file where the cache directory should be")
    monkeypatch.delenv("DIPLOGRAPH_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    monkeypatch.setattr(cache, "_checked", {})
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))
    os.makedirs(tmp_path / "tmp")
    found = cache.directory()
    assert found is not None and found.parent == tmp_path / "tmp"
    assert found.stat().st_mode & 0o077 == 0
    assert cache.cached("thing", "k", lambda: 7) == 7
    assert (found / "thing-k.pickle").exists()


@pytest.mark.skipif(not hasattr(os, "getuid") or os.getuid() != 0, reason="needs root to give a directory away")
def test_a_temporary_directory_owned_by_someone_else_is_not_used(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.delenv("DIPLOGRAPH_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    monkeypatch.setattr(cache, "_checked", {})
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    planted = tmp_path / f"diplograph-cache-{os.getuid()}"
    planted.mkdir(mode=0o700)
    os.chown(planted, 4242, 4242)
    assert cache.directory() is None
    assert cache.cached("thing", "k", lambda: 7) == 7  # built in memory, nothing read or written
    assert list(planted.iterdir()) == []
