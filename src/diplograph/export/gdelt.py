"""A GDELT-style event table (tab-separated, one row per merged event).

Column names follow GDELT 2.0's event table so that scripts written for GDELT can read
it; the values are ours: actor codes are ISO3/organisation codes (not CAMEO actor
codes), the root event is coded from PLOVER to CAMEO, ``NumSources``/``NumArticles``
count the articles merged into the event, and the PLOVER type and status are added at
the end because GDELT has no column for them.
"""
from __future__ import annotations

import csv

from ._io import text_out

GDELT_COLUMNS = ["GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "Actor1Code", "Actor1Name",
                 "Actor1CountryCode", "Actor1Type1Code", "Actor2Code", "Actor2Name",
                 "Actor2CountryCode", "Actor2Type1Code", "IsRootEvent", "EventCode",
                 "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions",
                 "NumSources", "NumArticles", "ActionGeo_Type", "ActionGeo_FullName",
                 "ActionGeo_CountryCode", "ActionGeo_Lat", "ActionGeo_Long", "DATEADDED",
                 "SOURCEURL", "PloverType", "PloverMode", "Status", "AmountValue",
                 "AmountCurrency"]

QUAD_CLASS = {"verbal_cooperation": 1, "material_cooperation": 2, "verbal_conflict": 3,
              "material_conflict": 4}
ACTOR_TYPE = {"person": "GOV", "country": "GOV", "organisation": "IGO", "company": "BUS"}


def _s(v) -> str:
    return "" if v is None else str(v)


def row(rec: dict) -> list[str]:
    src, tgt = rec.get("source") or {}, rec.get("target") or {}
    loc, amt = rec.get("location") or {}, rec.get("amount") or {}
    day = (rec.get("date_start") or "").replace("-", "")
    cameo = rec.get("cameo") or ""
    mentions = rec.get("mentions") or []
    url = next((m.get("url") for m in mentions if m.get("url")), None) or rec.get("article")
    return [_s(x) for x in (
        rec.get("id"), day, day[:6], day[:4], src.get("code"), src.get("name"),
        src.get("country") or src.get("code"), ACTOR_TYPE.get(src.get("kind") or ""),
        tgt.get("code"), tgt.get("name"), tgt.get("country") or tgt.get("code") if tgt else None,
        ACTOR_TYPE.get(tgt.get("kind") or "") if tgt else None, 1, cameo, cameo[:3], cameo[:2],
        QUAD_CLASS.get(rec.get("quad") or ""), rec.get("goldstein"),
        rec.get("n_mentions") or len(mentions), rec.get("n_articles"), rec.get("n_articles"),
        (3 if loc.get("lat") is not None else 1) if loc else None, loc.get("name"),
        loc.get("code"), loc.get("lat"), loc.get("lon"), None, url, rec.get("type"),
        rec.get("mode"), rec.get("status"), amt.get("value"), amt.get("currency"))]


def write_gdelt(records: list[dict], out) -> None:
    with text_out(out, newline="") as fh:
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        w.writerow(GDELT_COLUMNS)
        for rec in records:
            w.writerow([v.replace("\t", " ").replace("\n", " ") for v in row(rec)])
