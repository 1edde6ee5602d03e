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


def test_dates_are_found_whatever_the_case_of_their_words():
    # (where a date can begin is looked for in the lowered text: capitals must not hide one)
    assert values("DER KANZLER REISTE AM 3. MÄRZ NACH PARIS.") == ["2025-03-03"]
    assert values("der kanzler reiste am 3. märz nach paris.") == ["2025-03-03"]
    assert values("Kazakh President Tokayev met Xi in ASTANA ON MONDAY.", "en") == ["2025-07-14"]


def test_a_letter_whose_lower_case_is_longer_or_folds_otherwise_keeps_the_dates_and_their_offsets():
    # "İ" lowers to two characters (the offsets would shift); dotless "ı" matches "i" only
    # under the engine's case folding: such texts are read the slow way, with the same dates
    for text in ("Erdoğan empfing den Kanzler in İstanbul am 3. März.", "Aydın traf am 3. März den Kanzler."):
        found = find_dates(text, "de", PUB)
        assert [d.value for d in found] == ["2025-03-03"]
        assert all(text[d.start:d.end] == d.text for d in found)
    assert [d.value for d in find_dates("Erdoğan met the chancellor in İstanbul on Monday.", "en", PUB)] == ["2025-07-14"]
