"""Attending the summit told of (read/events.py, coreference.Discourse.note_summit) and
demands made of someone ('verlangen von'), on sentences written for these tests."""
from datetime import date

from diplograph.model import Article
from diplograph.read import read


def core(text, published=date(2025, 7, 7)):
    return {(e.type, e.mode, e.source.code, e.target.code if e.target else None)
            for e in read(Article("t", text, published, "de"))}


SUMMIT = "Der Brics-Gipfel begann am Sonntag in Rio de Janeiro. "


def test_taking_part_without_an_object_attends_the_summit_told_of():
    got = core(SUMMIT + "Auch Indonesiens Präsident Prabowo Subianto nahm teil.")
    assert ("CONSULT", "multilateral", "IDN", "BRICS") in got


def test_a_state_represented_by_someone_attends():
    got = core(SUMMIT + "China war in Rio durch Ministerpräsident Li Qiang vertreten.")
    assert ("CONSULT", "multilateral", "CHN", "BRICS") in got


def test_taking_part_in_something_else_is_no_attendance():
    got = core(SUMMIT + "An der Abstimmung im Parlament wollen die Abgeordneten Ägyptens nicht teilnehmen.")
    assert not any(t[0] == "CONSULT" and t[3] == "BRICS" for t in got)


def test_holding_a_view_is_no_attendance():
    got = core(SUMMIT + "Indien hat die Ansicht vertreten, dass der Handel von China gestört werde.")
    assert not any(t[0] == "CONSULT" for t in got)


def test_demanding_of_someone_is_a_request_to_them():
    assert ("REQUEST", None, "POL", "RUS") in core("Polen verlangte am Montag von Russland eine Entschuldigung.")
    got = core("Die US-Regierung verlangt von Kiew, dem Plan bis Donnerstag zuzustimmen.")
    assert ("REQUEST", None, "USA", "UKR") in got and not any(t[0] == "AGREE" for t in got)
