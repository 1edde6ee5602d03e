"""Where an event happened (read/venue.py), on English sentences written for these tests."""
from datetime import date

from diplograph.model import Article
from diplograph.read import read


def events(text):
    return read(Article("t", text, date(2025, 3, 14), "en"))


def test_the_place_of_a_state_of_affairs_is_no_venue():
    evs = events("Egyptian Foreign Minister Badr Abdelatty and Jordanian Foreign Minister Ayman Safadi "
                 "discussed the situation in Sudan on Thursday.")
    talks = [e for e in evs if e.type == "CONSULT"]
    assert talks and all(e.location is None or e.location.code != "SDN" for e in talks)
    assert all(e.mode != "third-party" for e in talks)


def test_a_place_after_the_event_noun_itself_stays():
    evs = events("Egyptian Foreign Minister Badr Abdelatty and Jordanian Foreign Minister Ayman Safadi "
                 "held talks in Riyadh on Thursday.")
    talks = [e for e in evs if e.type == "CONSULT"]
    assert talks and talks[0].location is not None and talks[0].location.code == "SAU"
