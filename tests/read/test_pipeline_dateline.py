"""An agency dateline's date (read/pipeline.py): the day the report was filed, which dates the
lead's acts only when the lead names no day of its own. English sentences written for these tests."""
from datetime import date

from diplograph.model import Article
from diplograph.read import read


def events(text, published):
    return read(Article("t", text, published, "en"))


def test_the_leads_own_day_beats_the_dateline():
    evs = events("NAIROBI, June 11 (DG) – Kenya expelled two Ugandan diplomats and their families from the "
                 "country on Monday.", date(2025, 6, 11))
    e = next(e for e in evs if e.type == "SANCTION" and e.target and e.target.code == "UGA")
    assert e.date == "2025-06-09"


def test_with_no_day_of_its_own_the_lead_keeps_the_filing_day():
    evs = events("NAIROBI, June 10 (DG) – Kenya has expelled two Ugandan diplomats, the foreign ministry said.",
                 date(2025, 6, 11))
    e = next(e for e in evs if e.type == "SANCTION" and e.target and e.target.code == "UGA")
    assert e.date == "2025-06-10"


def test_a_day_after_dates_the_clause_after_it_a_day_before_the_day_told():
    evs = events("Ghana reopened its border with Togo on Sunday. The move came a day after Togolese "
                 "President Faure Gnassingbe apologised to Ghana for the raid.", date(2025, 6, 9))
    e = next(e for e in evs if e.source.code == "TGO" and e.target and e.target.code == "GHA")
    assert e.date == "2025-06-07"


def test_a_day_after_behind_the_act_does_not_date_it_a_day_early():
    evs = events("Ghana reopened its border with Togo on Sunday. Togolese President Faure Gnassingbe "
                 "apologised to Ghana a day after the raid.", date(2025, 6, 9))
    e = next(e for e in evs if e.source.code == "TGO" and e.target and e.target.code == "GHA")
    assert e.date != "2025-06-07"

