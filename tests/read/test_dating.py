"""Dates of events (read/dating.py), on sentences written for these tests."""
from datetime import date

from diplograph.model import Article
from diplograph.read import read


def test_a_definite_noun_retelling_the_act_gives_its_day():
    text = ("Ghanas Präsident John Mahama ist zu Gesprächen in Nairobi eingetroffen. "
            "Es war seine erste Reise ins Ausland seit Amtsantritt. "
            "Das Treffen mit Präsident William Ruto am Montag dauerte drei Stunden.")
    evs = read(Article("t", text, date(2025, 2, 19), "de"))
    visit = next(e for e in evs if e.type == "CONSULT" and e.source.code == "GHA")
    assert visit.date == "2025-02-17"


def test_an_indefinite_noun_is_another_act():
    text = ("Ghanas Präsident John Mahama ist zu Gesprächen in Nairobi eingetroffen. "
            "Ein Treffen am Montag dauerte drei Stunden.")
    evs = read(Article("t", text, date(2025, 2, 19), "de"))
    visit = next(e for e in evs if e.type == "CONSULT" and e.source.code == "GHA")
    assert visit.date == "2025-02-19"


def test_a_weekday_after_a_deadline_word_lies_ahead():
    evs = read(Article("t", "Polen verlangte am Montag von Russland, bis Donnerstag eine Erklärung abzugeben. "
                            "Die Präsidenten Polens und Litauens trafen sich danach in Vilnius.",
                       date(2025, 11, 23), "de"))
    assert all(e.date != "2025-11-20" for e in evs)
    from diplograph.read import dating, times
    from diplograph.read.lexicon import lexicon
    text = "Kiew soll bis Donnerstag zustimmen."
    ds = dating.deadlines_ahead(times.find_dates(text, "de", date(2025, 11, 23)), text, lexicon("de"), date(2025, 11, 23))
    assert [d.value for d in ds] == ["2025-11-27"]


def test_a_report_pointing_back_gives_its_day_to_the_act_before():
    evs = read(Article("t", "Kenia hat seinen Botschafter aus Südafrika zurückgerufen. "
                            "Das berichtete der staatliche Rundfunk am Samstag.", date(2025, 9, 29), "de"))
    e = next(e for e in evs if e.source.code == "KEN" and e.target and e.target.code == "ZAF")
    assert e.date == "2025-09-27"
