"""Fixtures shared by the whole suite."""
import pytest


@pytest.fixture
def fresh_cache(tmp_path, monkeypatch):
    """An empty cache directory of its own (``diplograph.cache``) for one test."""
    from diplograph import cache

    root = tmp_path / "cache"
    monkeypatch.setenv("DIPLOGRAPH_CACHE_DIR", str(root))
    monkeypatch.delenv("DIPLOGRAPH_CACHE", raising=False)
    monkeypatch.setattr(cache, "_checked", {})
    return root
