"""Clause structure and its bearing on status (read/clauses.py), on English sentences
written for these tests."""
from datetime import date

from diplograph.model import Article
from diplograph.read import read


def events(text, published):
    return read(Article("t", text, published, "en"))


def visit_to(evs, code):
    return next(e for e in evs if e.target is not None and e.target.code == code)


def test_a_simple_present_dated_ahead_is_a_schedule():
    # published on a Saturday: "on Monday" lies ahead
    evs = events("Kenyan President William Ruto travels on to Paris on Monday.", date(2025, 6, 7))
    e = visit_to(evs, "FRA")
    assert (e.source.code, e.status, e.date) == ("KEN", "announced", "2025-06-09")


def test_a_simple_present_after_a_pronoun_and_an_adverb():
    evs = events("Kenyan President William Ruto met Emmanuel Macron in Paris on Friday. He then travels to "
                 "Berlin on Sunday.", date(2025, 6, 7))
    assert visit_to(evs, "DEU").status == "announced"


def test_the_past_tense_with_the_same_date_stays_done():
    evs = events("Kenyan President William Ruto travelled to Paris on Saturday.", date(2025, 6, 7))
    assert visit_to(evs, "FRA").status == "occurred"


def test_a_plural_noun_is_no_present_verb():
    evs = events("Kenyan President William Ruto held talks with Emmanuel Macron in Paris on Saturday.",
                 date(2025, 6, 7))
    assert visit_to(evs, "FRA").status == "occurred"


def test_a_closing_attribution_is_a_clause_of_its_own():
    from datetime import date

    from diplograph.model import Article
    from diplograph.read import read

    # the condition ("unless") belongs to the reported words, not to the meeting the speaker adds
    text = ("Rubio told Mulino that Washington would act unless Panama curbed China's presence, "
            "the State Department said after the two men met on Sunday.")
    evs = [e for e in read(Article("t", text, date(2025, 2, 3), "en")) if e.type == "CONSULT"]
    assert evs and evs[0].status == "occurred"
