"""Where an event took place: the place named nearest its trigger in its clause, a
visit's host, talks at one side's seat; and whether talks of two states were held in
or brokered by a third (PLOVER's third-party mode).
"""
from __future__ import annotations

from datetime import date
from functools import lru_cache

from diplograph.kb import places
from diplograph.model import Event, Location
from diplograph.read import clauses, factuality, mentions


def hosted(ev: Event, host: str | None, kb) -> None:
    """Talks at one side's seat are that side's hosting of the other's visit: the guest is the
    source, the host the target, the place the host's state (the talks stay joint)."""
    if host is None:
        return
    if ev.source.code == host:
        ev.source, ev.target = ev.target, ev.source
    ev.mode = "visit"
    c = kb.countries.get(host)
    if c:
        ev.location = Location(c.code, c.name, c.lat, c.lon)


def location(sent, ments, lex, kb, lang, trig, src, tgt, a=0, clause_of=None, aside=frozenset()
              ) -> Location | None:
    """Where the event happened: for a visit the host's country (or the place named in it);
    else the place named nearest after the trigger in its clause, else the nearest one before
    it in its clause, else the sentence's first. A place inside what is talked about ("talks in Riyadh on ending
    the war in Ukraine") or inside a background phrase is no location."""
    # (nor the place of a state of affairs another word names: "discussed the situation in Gaza")
    affairs = lex.preps.get("situation_nouns", frozenset())
    toks = sent.tokens
    found = [(k, loc) for k, loc in _sentence_places(sent, ments, lex, kb, lang) if k not in aside
             and not (k > 0 and k - 1 != a and toks[k - 1].lower in affairs)]
    if trig.mode == "visit":
        code = tgt.get("code") if tgt else None
        c = kb.countries.get(code) if code else None
        if c:
            return next((loc for _, loc in found if loc.code == c.code), Location(c.code, c.name, c.lat, c.lon))
    clause = clause_of[a] if clause_of else 0
    after = [loc for k, loc in found if k > a and (not clause_of or clause_of[k] == clause)]
    before = [loc for k, loc in found if k < a and (not clause_of or clause_of[k] == clause)]
    return (after[:1] or before[-1:] or [loc for _, loc in found[:1]] or [None])[0]


_LAST_PLACES: tuple | None = None  # (tokens, what of the mentions counts, the places): the sentence being read


def _sentence_places(sent, ments, lex, kb, lang) -> list[tuple[int, Location]]:
    """``_places``, found once for all the events of a sentence (each asks with the same
    mentions, or with the same less a speaker's words)."""
    global _LAST_PLACES
    key = tuple((m.first, m.prep, m.actor.get("kind"), m.actor.get("code")) for m in ments if m.actor)
    entry = _LAST_PLACES
    if entry is None or entry[0] is not sent.tokens or entry[1] != key:
        entry = _LAST_PLACES = (sent.tokens, key, _places(sent, ments, lex, kb, lang))
    return entry[2]


def _places(sent, ments, lex, kb, lang) -> list[tuple[int, Location]]:
    """The places a sentence names after a locative preposition, by token index: a city
    ("in Riyadh"; "in Bali, Indonesia" is in Indonesia), "the Tajik city of Khujand", "the
    Saudi capital" (the state of the nationality word), or a state."""
    place_preps = lex.preps.get("place", frozenset())
    place_nouns = lex.preps.get("place_nouns", frozenset())
    toks = sent.tokens
    # (the place prepositions' tokens and the states named behind one, found first: in a
    # sentence with neither nothing more is asked, not even what it talks about)
    starts = [k for k, w in enumerate(sent.lowers[:-1]) if w in place_preps]
    if not starts and not any(m.actor and m.prep in place_preps for m in ments):
        return []
    topic = clauses.topic_span(sent, lex)
    country_at = {m.first: m for m in ments if m.actor and m.actor.get("kind") == "country"}
    out = []
    for k in starts:
        if k in topic:
            continue
        j = k + 1
        if toks[j].lower in lex.preps.get("articles", ()) and j + 1 < len(toks):
            j += 1
        # "in the Tajik city of Khujand": a nationality word and a place noun before the name
        n = j
        while n + 1 < len(toks) and (toks[n].lower in lex.demonyms or toks[n].lower in place_nouns or (
                toks[n].text.isalpha() and toks[n].text.islower() and n + 2 < len(toks)
                and toks[n + 1].lower in place_nouns)):  # "в курортном городе Вонсан"
            n += 1
        demonym = next((lex.demonyms[toks[i].lower] for i in range(j, n) if toks[i].lower in lex.demonyms), None)
        if n > j and toks[n - 1].lower in place_nouns and toks[n].lower in lex.preps.get("genitive_articles", ()) \
                and n + 1 < len(toks):
            j = n + 1
        elif n > j and toks[n - 1].lower in place_nouns:
            j = n  # "the Albanian capital Tirana", or "the Saudi capital" alone: that state
        nxt = toks[j]
        hit = None
        if nxt.text[:1].isupper() and nxt.lower not in mentions.calendar_words(lang):  # "im Mai"
            hit = _locate(nxt.text, lang) or (lex.match_lemmas and _locate(nxt.lemma, lang))
            if hit and j + 2 < len(toks) and toks[j + 1].text == "," and j + 2 in country_at \
                    and country_at[j + 2].actor["code"] != hit["code"]:
                c = kb.countries.get(country_at[j + 2].actor["code"])  # "in Bali, Indonesia"
                hit = {"code": c.code, "name": c.name, "lat": c.lat, "lon": c.lon} if c else hit
        if hit:
            out.append((k, Location(hit["code"], hit["name"], hit["lat"], hit["lon"])))
        elif demonym and kb.countries.get(demonym) and (j == n or (
                lex.nouns_capitalized and toks[j].lower in lex.demonyms
                and j + 1 < len(toks) and toks[j + 1].text[:1].isupper())):
            # "the Saudi capital" alone; "im kanadischen Kananaskis": a place the base
            # lacks, in the state its adjective names
            c = kb.countries[demonym]
            out.append((k, Location(c.code, c.name, c.lat, c.lon)))
    for m in ments:
        if m.actor and m.prep in place_preps and m.actor.get("kind") == "country" and not any(
                k < m.first <= k + 4 for k, _ in out) and m.first - 1 not in topic:
            c = kb.countries.get(m.actor["code"])
            if c:
                out.append((m.first, Location(c.code, c.name, c.lat, c.lon)))
    return sorted(out, key=lambda x: x[0])


@lru_cache(maxsize=100_000)
def _locate(name: str, lang: str) -> dict | None:
    """``places.locate``, remembered per word: a capitalised word after a place preposition
    is looked up in the gazetteer each time it is read, and the same cities recur. (The
    answer is shared: it is only read.)"""
    return places.locate(name, lang)


def third_party(sent, ments, lex, kb, src, tgt, location) -> bool:
    """Talks between two states held in a third state, or hosted or mediated by one
    ("shook hands in Beijing", "talks mediated by China's Wang Yi"): PLOVER's third-party
    mode. Not a meeting on the sidelines of a summit (that is the summit's). Only for a
    language whose data names the cues (``third_party``, ``multilateral`` in cues.json)."""
    pair = {src.get("code"), tgt.get("code")}
    cues = lex.cues.get("third_party", frozenset())
    if not cues or not all(c in kb.countries for c in pair) or factuality.any_cue(
            sent.tokens, lex.cues.get("multilateral", frozenset())):
        return False
    if location is not None and location.code not in pair:
        return True
    for k in range(len(sent.tokens)):
        if factuality.cue_at(sent.tokens, k, cues):
            n = len(next(c for c in sorted(cues, key=len, reverse=True) if factuality.cue_at(sent.tokens[k:], 0, frozenset([c]))).split())
            m = next((m for m in ments if m.actor and k + n <= m.first <= k + n + 2), None)
            if m is not None and m.actor.get("code") not in pair:
                return True
    return False



def filed_from(sents, lang) -> Location | None:
    """The one place an agency report was filed from ("JOHANNESBURG (AFP) – ...",
    "BISHKEK, March 14 (DG) – ..."): the run of capitalised words that opens the first or
    second sentence (after a headline), then a comma or bracket and soon a dash. A report
    filed from two places ("TEHERAN/BERLIN") names no one place."""
    for sent in sents[:2]:
        toks = sent.tokens
        end = 0
        while end < len(toks) and toks[end].text.replace("-", "").isalpha() and toks[end].text.isupper():
            end += 1
        if end == 0 or end >= len(toks) or toks[end].text not in (",", "(") \
                or not any(t.text in ("–", "—", "-") for t in toks[end:end + 12]):
            continue
        hit = places.locate(sent.text[:toks[end - 1].end - sent.start], lang)
        return Location(hit["code"], hit["name"], hit["lat"], hit["lon"]) if hit else None
    return None


def at_dateline(ev: Event, place: Location, published) -> None:
    """A meeting or a joint act of the day of the report or the day before, told with no
    place, took place where the report was filed ("JOHANNESBURG (AFP) – ... Modi und Carney
    vereinbarten ..."): the reporter is where the talks are. Not a phone call."""
    if ev.location is not None or ev.status != "occurred" or ev.mode == "phone" or published is None \
            or not (ev.type == "CONSULT" or ev.symmetric) or not isinstance(ev.date, str) or len(ev.date) != 10:
        return
    if 0 <= (published - date.fromisoformat(ev.date)).days <= 1:
        ev.location = place
