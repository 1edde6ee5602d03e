"""Status (read/factuality.py and the pipeline's dating of plans), on sentences written for these tests."""
from datetime import date

from diplograph.model import Article
from diplograph.read import read


def events(text, lang="en", published=date(2024, 10, 15)):
    return read(Article("t", text, published, lang))


def test_a_perfect_after_announced_is_done():
    for text in ("Lithuania announced that it had expelled two Belarusian diplomats.",
                 "Lithuania announced it has expelled two Belarusian diplomats."):
        evs = [e for e in events(text) if e.type == "SANCTION"]
        assert evs and evs[0].status == "occurred", text
    evs = [e for e in events("Lithuania announced it would expel two Belarusian diplomats.") if e.type == "SANCTION"]
    assert evs and evs[0].status == "announced"


def test_an_act_dated_after_the_day_of_writing_is_a_plan():
    evs = events("Bundeskanzler Friedrich Merz reist morgen nach Paris.", "de", date(2025, 7, 17))
    assert evs and evs[0].date == "2025-07-18" and evs[0].status == "announced"


def test_an_invitation_is_announced_in_german_as_in_english():
    for text, lang in (("Bundespräsident Steinmeier hat den französischen Präsidenten Macron nach Berlin eingeladen.", "de"),
                       ("Bundespräsident Steinmeier lud Präsident Macron nach Berlin ein.", "de"),
                       ("German President Steinmeier invited French President Macron to Berlin.", "en")):
        evs = [e for e in events(text, lang, date(2025, 5, 6)) if e.target is not None]
        assert evs and all(e.status == "announced" for e in evs), text
