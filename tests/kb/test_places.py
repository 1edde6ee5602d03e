"""The city table read from its cached trie gives the rows the built table holds."""
import pytest

from diplograph.kb import places

NAMES = ["Samarkand", "Самарканд", "Astana", "Астане", "Washington", "Rom", "Davos", "Akorda", "Nowhereville"]


@pytest.fixture
def fresh_places(fresh_cache):
    places._rows.cache_clear()
    yield fresh_cache
    places._rows.cache_clear()


def test_trie_rows_are_the_table_rows(fresh_places):
    table = places.table()
    first = [places.locate(n) for n in NAMES]     # built, written
    places._rows.cache_clear()
    second = [places.locate(n) for n in NAMES]    # read from the trie
    assert first == second
    assert type(places._rows()).__name__ == "_TrieRows"
    for name, hit in zip(NAMES, second):
        row = table.get(places._key(name))
        assert hit == (None if row is None else dict(zip(("code", "name", "lat", "lon", "population"), row)))
    assert second[0]["code"] == "UZB" and second[-1] is None


def test_a_damaged_trie_is_rebuilt(fresh_places):
    places.locate("Samarkand")
    (trie,) = fresh_places.glob("places-*.marisa")
    trie.write_bytes(b"\x00" * 64)
    places._rows.cache_clear()
    assert places.locate("Samarkand")["code"] == "UZB"


def test_first_level_regions_are_places_of_their_state():
    # "flew to Florida", "in Bayern": ISO 3166-2 regions; geonames had "Florida" only as an
    # alternate name of Floridablanca (Colombia)
    assert places.locate("Florida")["code"] == "USA"
    assert places.locate("Texas")["code"] == "USA"
    assert places.locate("Bayern")["code"] == "DEU"
    # a city keeps its names: its own country's ("New York"), or a larger one's ("Hanover")
    assert places.locate("New York")["name"] == "New York City"
    assert places.locate("Hanover")["code"] == "DEU"
    # a region named by a common word or by a country's name is no place
    assert places.locate("Coast") is None or places.locate("Coast")["code"] != "KEN"
    assert places.locate("Georgia") is None or places.locate("Georgia")["code"] != "USA"
