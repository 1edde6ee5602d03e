"""Phrases that point back to actors already named (lang/en/coreference.json), on English
sentences written for these tests."""
from datetime import date

from diplograph.model import Article
from diplograph.read import read


def events(text):
    return read(Article("t", text, date(2025, 3, 14), "en"))


def core(evs):
    return {(e.type, e.source.code, e.target.code if e.target else None) for e in evs}


def test_an_appeal_to_both_sides_reaches_each_of_them():
    evs = events("Ethiopia accused Eritrea of shelling its border towns on Monday. The African Union "
                 "urged both governments on Tuesday to show restraint.")
    assert {("REQUEST", "AU", "ETH"), ("REQUEST", "AU", "ERI")} <= core(evs)


def test_either_country_in_a_refusal_names_no_one_in_particular():
    evs = events("Ethiopia accused Eritrea of shelling its border towns on Monday. The United States "
                 "said it would not sign trade deals with either country until the fighting stopped.")
    assert sum(1 for ty, s, _ in core(evs) if ty == "AGREE" and s == "USA") <= 1
