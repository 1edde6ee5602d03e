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
