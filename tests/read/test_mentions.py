"""Mentions from group nouns (lang/*/groups.json), on sentences written for these tests."""
from datetime import date

from diplograph.model import Article
from diplograph.read import read


def core(text, lang="en", published=date(2024, 7, 9)):
    return {(e.type, e.source.code, e.target.code if e.target else None) for e in read(Article("t", text, published, lang))}


def test_a_weapon_with_a_nationality_is_that_state_s_military():
    assert ("ASSAULT", "RUS", "UKR") in core("A Russian missile struck a maternity clinic in Kharkiv on Monday.")
    assert ("ASSAULT", "ISR", "LBN") in core("Israeli artillery shelled villages in southern Lebanon overnight.")
