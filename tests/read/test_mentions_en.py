"""English word forms behind mentions and triggers (lang/en/morphology.json, read/mentions.py),
on sentences written for these tests."""
from datetime import date

from diplograph.model import Article
from diplograph.read import read


def events(text):
    return read(Article("t", text, date(2025, 4, 8), "en"))


def core(evs):
    return {(e.type, e.source.code, e.target.code if e.target else None) for e in evs}


def test_a_nationality_word_before_a_plural_without_s_names_its_state():
    assert ("SANCTION", "MLI", "DZA") in core(events("Mali closed its airspace to Algerian aircraft."))


def test_an_ing_form_the_lemmatizer_keeps_is_the_verb():
    evs = events("Niger said on Monday that it was closing its border with Benin.")
    assert ("SANCTION", "NER", "BEN") in core(evs)


def test_a_nationality_word_before_a_singular_noun_names_no_people():
    evs = events("Mali closed its airspace after an Algerian statement.")
    assert ("SANCTION", "MLI", "DZA") not in core(evs)
