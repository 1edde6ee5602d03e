"""Dates (read/times.py), on phrases written for these tests."""
from datetime import date

from diplograph.read.times import find_dates

PUB = date(2025, 7, 17)


def values(text, lang="de"):
    return [d.value for d in find_dates(text, lang, PUB)]


def test_morgen_written_as_a_noun_is_the_morning_not_tomorrow():
    assert values("Der Kanzler war am Morgen in Paris eingetroffen.") == []
    assert values("Der Kanzler war heute Morgen in Paris.") == ["2025-07-17"]
    assert values("Der Kanzler reist morgen nach Paris.") == ["2025-07-18"]
    assert values("Morgen reist der Kanzler nach Paris.") == ["2025-07-18"]
