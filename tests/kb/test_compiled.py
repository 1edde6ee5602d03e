"""The knowledge base's compiled names (index and matchers) in the disk cache: the same
matches as a base built in memory, rebuilt when the data or a user's file changes, and
a damaged cache file ignored."""
import json
import shutil

import pytest

from diplograph import kb as kbmod
from diplograph.kb import compiled

TEXT = {
    "de": "Bundeskanzler Olaf Scholz traf in Astana den Präsidenten Kasachstans, Tokajew, und die SOZ.",
    "en": "Kazakh President Tokayev met Xi Jinping and the WHO in Beijing on Monday.",
    "ru": "Президент Казахстана Токаев встретился с Си Цзиньпином в Пекине и с генсеком ООН.",
}


def in_memory(extra=()):
    """The same base with no cache key: everything is built in memory, as before caching."""
    base = kbmod.load(extra)
    base._cache_key = None
    return base


def found(base, lang):
    return [(m.start, m.end, m.text, m.aliases) for m in base.find(TEXT[lang], lang)]


@pytest.fixture(scope="module")
def reference():
    base = in_memory()
    return {lang: found(base, lang) for lang in TEXT}, base.index()


@pytest.fixture(scope="module")
def built(tmp_path_factory, reference):
    """A cache directory filled by one load (and what that load found)."""
    from diplograph import cache

    root = tmp_path_factory.mktemp("built") / "cache"
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("DIPLOGRAPH_CACHE_DIR", str(root))
        mp.setattr(cache, "_checked", {})
        first = kbmod.load()
        return root, {lang: found(first, lang) for lang in TEXT}


def test_cached_matchers_find_what_fresh_ones_find(fresh_cache, reference, built):
    matches, index = reference
    shutil.copytree(built[0], fresh_cache)
    second = kbmod.load()  # reads the entries the first load wrote
    for lang in TEXT:
        assert built[1][lang] == matches[lang]
        assert found(second, lang) == matches[lang]
        assert matches[lang]
    assert second.index() == index
    names = sorted(p.name.rsplit("-", 1)[0] for p in fresh_cache.iterdir())
    assert names == ["kb-declined-ru", "kb-names"]


def test_a_second_load_does_not_build_again(fresh_cache, built, monkeypatch):
    shutil.copytree(built[0], fresh_cache)

    def fail(*args):
        raise AssertionError("built again although the cache holds it")
    monkeypatch.setattr(compiled, "build_index", fail)
    monkeypatch.setattr(compiled, "build_automaton", fail)
    monkeypatch.setattr(compiled, "build_declined", fail)
    assert kbmod.load().find(TEXT["ru"], "ru")


def test_a_damaged_cache_file_is_rebuilt(fresh_cache, reference, built):
    shutil.copytree(built[0], fresh_cache)
    for p in fresh_cache.iterdir():
        p.write_bytes(b"\x80\x05garbage")
    base = kbmod.load()
    assert found(base, "ru") == reference[0]["ru"]
    assert found(base, "de") == reference[0]["de"]


def user_org(path, name, abbr):
    path.write_text(json.dumps({"organisations": {"ZZC": {
        "name": name, "names": {"en": [name], "de": [name], "ru": [name]}, "abbr": [abbr], "parent": None}}}),
        encoding="utf-8")


def test_a_changed_user_file_is_not_served_from_a_stale_cache(fresh_cache, built, tmp_path):
    shutil.copytree(built[0], fresh_cache)
    mine = tmp_path / "mine.json"
    user_org(mine, "Zeta Steppe Council", "ZSC")
    text = "The Zeta Steppe Council and the Omega Steppe Council met the ZSC and the OSC."
    old = kbmod.load([mine])
    assert [m.text for m in old.find(text, "en")] == ["Zeta Steppe Council", "ZSC"]
    user_org(mine, "Omega Steppe Council", "OSC")  # same path, new contents
    new = kbmod.load([mine])
    assert [m.text for m in new.find(text, "en")] == ["Omega Steppe Council", "OSC"]
    assert new.resolve_one("Zeta Steppe Council", "en") is None
    assert kbmod.load().find(text, "en") == []  # the bundled base is not touched by either


def test_a_base_changed_after_loading_builds_in_memory(fresh_cache, built):
    shutil.copytree(built[0], fresh_cache)
    base = kbmod.load()
    base.find(TEXT["en"], "en")
    kbmod.apply(base, {"organisations": {"QQX": {"name": "Quartz Exchange", "names": {"en": ["Quartz Exchange"]},
                                                  "abbr": [], "parent": None}}})
    assert base._cache_key is None
    assert [m.text for m in base.find("the Quartz Exchange", "en")] == ["Quartz Exchange"]
    assert kbmod.load().find("the Quartz Exchange", "en") == []
