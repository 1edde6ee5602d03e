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


def core(evs):
    return {(e.type, e.source.code, e.target.code if e.target else None, e.status) for e in evs}


def test_a_condition_opening_the_sentence_governs_the_main_clause():
    # the main clause's subject acts (not the condition's), and a hostile act on a condition is a threat
    cases = (("Sollte Moskau den Vorschlag ablehnen, werde die EU neue Sanktionen gegen Russland beschließen, "
              "sagte Kallas.", "de"),
             ("Falls Moskau den Vorschlag ablehnt, wird die EU neue Sanktionen gegen Russland verhängen.", "de"),
             ("If Russia rejects the plan, the European Union will impose new sanctions on Moscow, Kallas said.", "en"))
    for text, lang in cases:
        assert ("THREATEN", "EU", "RUS", "occurred") in core(events(text, lang, date(2025, 3, 5))), text
    evs = events("Если Япония вмешается в конфликт, Китай введёт санкции против Японии, заявил Ван И.", "ru",
                 date(2025, 3, 5))
    assert ("THREATEN", "CHN", "JPN", "occurred") in core(evs)


def test_a_condition_after_a_comma_governs_the_clause_before_it():
    evs = events("Die EU werde neue Sanktionen gegen Russland verhängen, falls Moskau den Plan ablehne, sagte Kallas.",
                 "de", date(2025, 3, 5))
    assert ("THREATEN", "EU", "RUS", "occurred") in core(evs)
    evs = events("Китай введёт санкции против Японии, если Токио вмешается в конфликт, заявил Ван И.", "ru",
                 date(2025, 3, 5))
    assert ("THREATEN", "CHN", "JPN", "occurred") in core(evs)
    # a plain plan stays a plan
    evs = events("Die EU werde neue Sanktionen gegen Russland verhängen, sagte Kallas.", "de", date(2025, 3, 5))
    assert ("SANCTION", "EU", "RUS", "announced") in core(evs)
