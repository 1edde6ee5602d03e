"""A subject pronoun after the finite verb and a state's adjective after it (read/events.py),
and phrases with "treffen" that are no meeting (lang/de/triggers.json),
on sentences written for these tests."""
from datetime import date

from diplograph.model import Article
from diplograph.read import read


def test_an_adjective_after_a_subject_pronoun_is_no_doer():
    text = ("Kanadas Premierminister Mark Carney ist am Dienstag in Tokio mit Japans Regierungschef zusammengekommen. "
            "Dort hat er die chinesischen Zölle auf Raps kritisiert.")
    got = {(e.type, e.source.code, e.target.code if e.target else None)
           for e in read(Article("t", text, date(2025, 9, 3), "de"))}
    assert ("ACCUSE", "CAN", "CHN") in got and ("ACCUSE", "CHN", "CAN") not in got


def test_taking_a_decision_is_no_meeting():
    text = "Frankreich habe die Entscheidung über Marokko am Dienstag getroffen, teilte der Élysée mit."
    got = {e.type for e in read(Article("t", text, date(2025, 4, 16), "de"))}
    assert "CONSULT" not in got


def test_reaching_an_agreement_is_an_agreement():
    text = "Frankreich und Marokko haben am Montag eine Vereinbarung über die Rückführung getroffen."
    got = {(e.type, e.source.code, e.target.code if e.target else None)
           for e in read(Article("t", text, date(2025, 4, 16), "de"))}
    assert {("AGREE", "FRA", "MAR"), ("AGREE", "MAR", "FRA")} & got and not any(t[0] == "CONSULT" for t in got)
