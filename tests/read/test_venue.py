"""Where events happened (read/venue.py), on sentences written for these tests."""
from datetime import date

from diplograph.model import Article
from diplograph.read import read


def events(text, lang="en", published=date(2025, 3, 14)):
    return read(Article("t", text, published, lang))


def core(evs):
    return {(e.type, e.source.code, e.target.code if e.target else None) for e in evs}


def test_a_place_after_a_place_noun_is_the_meetings_place():
    evs = events("Baerbock traf sich am Montag in der Hafenstadt Odessa mit Selenskyj.", lang="de")
    e = next(e for e in evs if e.type == "CONSULT")
    assert e.location is not None and e.location.code == "UKR"


def test_a_place_after_an_adjective_and_a_place_noun_is_the_talks_place():
    evs = read(Article("t", "Лавров в субботу провёл в курортном городе Вонсан переговоры с главой МИД КНДР Чвэ Сон Хи.",
                       date(2025, 7, 12), "ru"))
    e = next(e for e in evs if e.type == "CONSULT")
    assert e.location is not None and e.location.code == "PRK"


def test_a_meeting_told_without_a_place_is_where_the_report_was_filed():
    text = ("Gipfel am Kap\n\nKAPSTADT (dpa) – Kenias Präsident William Ruto und Ghanas Präsident John Mahama "
            "sind am Montag zu einem Gespräch zusammengekommen.")
    evs = events(text, lang="de", published=date(2025, 2, 18))
    e = next(e for e in evs if e.type == "CONSULT" and {e.source.code, e.target.code} == {"KEN", "GHA"})
    assert e.location is not None and e.location.code == "ZAF"


def test_a_report_filed_from_two_places_or_a_call_gets_no_dateline_place():
    two = ("NAIROBI/ACCRA (dpa) – Kenias Präsident William Ruto und Ghanas Präsident John Mahama sind am Montag "
           "zu einem Gespräch zusammengekommen.")
    evs = events(two, lang="de", published=date(2025, 2, 18))
    e = next(e for e in evs if e.type == "CONSULT")
    assert e.location is None
    call = "KAPSTADT (dpa) – Kenias Präsident William Ruto hat am Montag mit Ghanas Präsident John Mahama telefoniert."
    evs = events(call, lang="de", published=date(2025, 2, 18))
    e = next(e for e in evs if e.type == "CONSULT")
    assert e.mode == "phone" and e.location is None
