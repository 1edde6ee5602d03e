"""read(article) -> events: the whole path from an article to its PLOVER events.

Read top to bottom: the text is cut into sentences; names of states, organisations
and office holders are found and joined with the role words around them; dates and
amounts are found; triggers fire; each trigger's actors are chosen; status, date,
place and amount are attached; the event is coded in PLOVER; repeats are merged.
No I/O and no state outside the call: the same article always gives the same events.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from datetime import date, timedelta

from diplograph import __version__
from diplograph import kb as kbmod
from diplograph.model import Actor, Article, Event, Evidence
from diplograph.read import (amounts, clauses, coding, coreference, dating, events, factuality, mentions, ner,
                             repeats, text, times, triggers, venue)
from diplograph.read.lexicon import lexicon


EXTRACTOR = f"diplograph {__version__}"


def read(article: Article, kb: kbmod.KnowledgeBase | None = None, domestic: bool = False) -> list[Event]:
    """``domestic``: also code events inside one state between two different kinds of
    actor (government and rebels, police and protesters), CAMEO-style. Off by default:
    the project's coding rules leave domestic politics out unless a foreign actor
    takes part."""
    kb = kb or kbmod.default()
    lang = article.lang or "en"
    lex = lexicon(lang)
    pub = article.published or _dateline(article.text, lang)
    doc = article.text
    discourse = coreference.Discourse()
    people: dict = {}  # persons the knowledge base lacks, tied to a state, by surname
    found: list[Event] = []

    # 1. sentences, and the knowledge base's names over the whole text
    sents = text.sentences(doc, lang)
    matches = _Spans(kb.find(doc, lang))
    all_dates = _Spans(dating.deadlines_ahead(times.find_dates(doc, lang, pub), doc, lex, pub))
    seen = repeats.Told()
    # events read from a noun ("the signing ceremony"): often a retelling. Keyed by id() and
    # holding the event, so that an id is never reused by a later event while it is here
    told_again: dict[int, Event] = {}
    named: dict[str, int] = {}  # person id -> where the article first names them in full
    for m in matches.items:
        for a in m.aliases:
            if a.kind == "person":
                named.setdefault(a.key, m.start)
    headline: list[Event] = []  # the headline's events: kept only when the text does not tell them again
    # the knowledge base's names in each sentence; a tagger for names the base lacks reads
    # the sentences that want it at once (more may want it once someone is tied, below)
    base_pieces = [mentions.kb_pieces(s, matches.within(s.start, s.end), kb, lang, pub, named) for s in sents]
    tagged = ner.tag_wanted(sents, base_pieces, lex)

    for sent in sents:
        # 2. mentions: names joined with roles and nationality words
        pieces = base_pieces[sent.index]
        # (a sentence not tagged above can want the tagger only for someone tied since)
        if sent.index in tagged or (people and ner.wanted(sent, lex, pieces, people)):  # names the base lacks, from a tagger
            pieces = ner.merge(sent, pieces, ner.find(sent.text, lang), people, lex)
        pieces = mentions.role_compounds(sent, pieces, lex)
        taken = {k for p in pieces for k in range(p.first, p.last + 1)}
        places_named = mentions.place_pieces(sent, lex, kb, taken)  # "nach Samarkand": as "nach Moskau"
        pieces += places_named
        taken |= {p.first for p in places_named}
        pieces += mentions.word_pieces(sent, lex, taken)
        ments = [m for m in mentions.build(sent, pieces, lex, kb, pub)
                 if not mentions.in_place_name(sent, m, lang) and not mentions.names_product(sent, m)]
        if sent.index <= 1:  # (after a headline, the dateline opens the second sentence)
            ments = [m for m in ments if not _in_dateline(sent, m)]
        _resolve_descriptions(sent, ments, lex, discourse)
        # a mention's preposition, case and list (annotate) are read only by the events of a
        # trigger, and by ner.tie for a person the base lacks: marked below where a trigger
        # fires, else not at all (tie takes no one from a sentence without such a person)
        annotated = any(m.coref == "unknown" for m in ments)
        if annotated:
            mentions.annotate(sent, ments, lex)
        ner.tie(sent, ments, people, lex)
        whole = ments

        # 3. amounts in this sentence (dates below, once the triggers are known)
        money = amounts.find_amounts(sent, lang)
        if money:  # "the two countries", "beide Länder" point back to a pair: no count of anything
            again = [(m.first, m.last) for m in ments if m.coref in ("pair", "country")]
            money = [a for a in money if not (a.quantity and any(f <= a.first and a.last <= l for f, l in again))]
        in_money = {k for m in money for k in range(m.first, m.last + 1)}
        if in_money:
            # "US-Dollar" is money; "the three countries" who act stay actors, and so do the
            # names and nationality words inside a count ("expelled two Russian diplomats")
            in_amount = {k for m in money if m.amount for k in range(m.first, m.last + 1)}
            ments = [m for m in ments if len(m.pair) > 2 or not (in_amount if m.coref is None else in_money)
                     & set(range(m.first, m.last + 1))]

        # 4. triggers, and for each the events it makes (clauses and the sentence's
        # background cues matter only where a trigger fires: about half the sentences)
        sent_events: list[tuple[Event, int]] = []
        discourse.sentence_events = []
        # words of a name or of a title ("Konferenz über Interaktion ...", "chargé d'affaires") trigger nothing
        inside = {k for m in ments if m.actor and m.last > m.first
                  and (m.actor.get("kind") in ("organisation", "company") or m.role)
                  for k in range(m.first, m.last + 1)}
        fired = triggers.find_triggers(sent, lex, inside)
        if fired and not annotated:
            mentions.annotate(sent, whole, lex)  # (all mentions, as before the amounts: lists span them)
        # the sentence's dates; a background phrase ("since Russia invaded Ukraine three years
        # ago") keeps its acts and dates to itself (looked for only where either is found)
        dates = all_dates.within(sent.start, sent.end)
        aside = clauses.background_span(sent, lex) if dates or fired else set()
        if aside:
            dates = [d for d in dates if not any(t.i in aside for t in sent.tokens if t.start <= d.start < t.end)]
        clause_of = clauses.clauses(sent, lex) if fired else None
        background = bool(fired) and (factuality.background(sent, lex, clause_of)
                                      or dating.since_year(sent, dates, lex, pub))
        hits = []
        if fired and not background:
            names = {k for m in ments if m.actor for k in range(m.first, m.last + 1)}
            hits = [h for h in triggers.attach_complements(sent, fired, lex, names) if h.index not in aside]
        verbs = frozenset(h.index for h in hits if h.trigger.pos == "verb")
        strong = [h.index for h in hits if not h.trigger.weak] or [h.index for h in hits]

        def own(hit, found_money):
            """The amounts and counts nearest this trigger ("signed a treaty and agreed to raise
            trade to $10 billion": the money is the agreement's, not the treaty's)."""
            if hit.index not in strong:
                return found_money
            return [m for m in found_money if min(strong, key=lambda x: (abs(x - m.first), x)) == hit.index]
        fused = {h.index for h in hits if h.trigger.pos == "noun" and "-" in sent.tokens[h.index].text}
        said_by = factuality.attribution(sent, lex) if hits else set()  # "По словам Лаврова, ...": the speaker neither acts nor receives
        for hit in hits:
            trig = hit.trigger
            if trig.needs_amount and not any(m.amount for m in money):
                continue
            if trig.pos == "noun" and factuality.named_as_condition(sent, hit.index, lex):
                continue  # "im Fall eines Angriffs": a condition, not an act
            told = ments if not said_by or hit.index in said_by else [m for m in ments if m.first not in said_by]
            if fused:  # a name fused to another act's noun ("EU-Sanktionen") is that act's alone
                told = [m for m in told if m.first not in fused or m.first == hit.index]
            if aside:  # "has provided 12.8 billion pounds since Russia launched its invasion": not Russia
                told = [m for m in told if m.first not in aside]
            for src, tgt, src_in, tgt_in in events.assign(sent, hit, told, lex, clause_of, discourse, domestic, verbs):
                if tgt and src["code"] == tgt["code"] and not (domestic and events.two_sectors(src, tgt)):
                    continue
                ev = _event(article, sent, hit, src, tgt, src_in, tgt_in, lex, clause_of, dates, own(hit, money), told,
                            discourse, kb, lang, aside)
                if ev.mode == "multilateral" and ev.location is None:
                    ev.location = discourse.summit_place  # "nahm an der Arbeitssitzung teil": the summit told of
                if ev.type == "CONSULT" and trig.roles == "joint" and trig.mode is None and tgt:
                    venue.hosted(ev, events.host_by_place(sent, hit, told, lex, clause_of, {src["code"], tgt["code"]}), kb)
                if dating.historical(ev, article.published, sent, dates, hit.index):
                    continue
                sent_events.append((ev, hit.index, trig.weak))
                discourse.sentence_events.append(ev)
                if trig.pos == "noun":
                    told_again[id(ev)] = ev

        if hits and not sent_events and sent.index - discourse.last_event_sentence <= 2:
            dating.retold_day(sent, hits, dates, lex, discourse.recent_events)
        if dates and not sent_events and sent.index - discourse.last_event_sentence == 1:
            dating.reported_day(sent, dates, lex, discourse.recent_events)
        # 5. merge repeats within the sentence, then across the article
        if sent_events:
            sent_events = repeats.seat_visits(sent_events, sent, lex, clause_of)
        merged = repeats.merge_sentence(sent_events, clause_of, sent, lex) if sent_events else []
        for ev, idx, _ in merged:
            if repeats.at_visit(ev, idx, sent, lex, clause_of, seen):
                continue
            if sent.index == 0 and _is_headline(doc, sent):
                headline.append(ev)
            elif not repeats.repeat(ev, seen.alike(ev, id(ev) in told_again), id(ev) in told_again,
                                    (sent.index, ev.source.code) in discourse.grouped):
                found.append(ev)
                seen.add(ev)
        if sent_events:
            # (a pair that only might act together is not "the two" of the next sentence)
            # (nor is a pair told of in a relative clause: ", где накануне подписал с Ким Чен Ыном договор")
            joint = [e for e, k, _ in sent_events if e.symmetric and e.target is not None
                     and e.status != "hypothetical" and not clauses.in_relative(sent, k, clause_of, lex)]
            # (joint acts of more than two parties in one sentence, "spoke with both leaders", are no pair)
            if joint and len({c for e in joint for c in (e.source.code, e.target.code)}) == 2:
                discourse.last_joint_event, discourse.last_joint_sentence = joint[-1], sent.index
            discourse.recent_events = [e for e, _, _ in sent_events]
            for e, _, _ in sent_events:
                if e.type == "ACCUSE" and e.target is not None and e.status != "hypothetical":
                    discourse.accusers[e.target.code] = e.source.to_dict()
                    discourse.last_accused = (e.target.to_dict(), sent.index)
            placed = [e.location for e, _, _ in sent_events if e.location and e.location.code in kb.countries]
            if placed:
                discourse.last_place = {"code": placed[-1].code, "name": kb.name_of(placed[-1].code),
                                        "kind": "country", "country": placed[-1].code}
            summits = [e.location for e, _, _ in sent_events if e.mode == "multilateral" and e.location]
            if summits:
                discourse.summit_place = summits[-1]
            discourse.last_event = sent_events[-1][0]
            told = [e for e, _, _ in sent_events if e.target is not None and e.status != "hypothetical"]
            if told:
                discourse.last_pair_event = told[-1]
            for e in told:
                discourse.note_dyad(e)
            two_people = [e for e in told if e.source.kind == "person"]  # a person acting on another side
            if two_people:
                discourse.last_people_event, discourse.last_people_sentence = two_people[-1], sent.index
            discourse.last_event_sentence = sent.index
            told = [e for e, _, _ in merged if e.date]
            # a plan dated ahead of publication ("посетит Россию в мае") dates later plans only
            acts = [e for e in told if e.status != "announced" or not dating.ahead(e.date, article.published)]
            if acts:
                discourse.last_date = acts[-1].date
            # the latest talks so far: what is signed "по итогам переговоров" follows them
            talks = [e.date for e in acts if e.type == "CONSULT" and e.status == "occurred" and isinstance(e.date, str)]
            if talks:
                discourse.talks_date = max(talks + ([discourse.talks_date] if discourse.talks_date else []))
            if len(acts) < len(told):
                discourse.plan_date = next(e.date for e in reversed(told) if e.status == "announced")
        for m in ments:
            if m.actor:
                discourse.note(m.actor)
        summit = [h.index for h in hits if h.trigger.mode == "multilateral" and h.trigger.pos == "noun"] if fired else []
        if summit or sent_events:
            discourse.note_summit(summit, ments, [e for e, _, _ in sent_events])
        discourse.note_lists(ments)
        discourse.end_sentence(sent, ments, lex.coref.get("person", []))
        if dates and not any(e.date for e, _, _ in sent_events):  # (dates no event of it took, too)
            near = [d for d in dates if d.value is not None and dating.plausible_anchor(d.value, pub)]
            # a coarser time in a sentence without events ("по итогам прошлого года" after
            # a dated visit) is background: it does not replace the day being told of
            if near and repeats.precision(near[-1].value) >= repeats.precision(discourse.last_date):
                discourse.last_date = near[-1].value
    # a headline's pair told of below is the same story, however its verb was read ("agree prisoner swap")
    # (a headline naming no recipient, "EU verhängt neue Sanktionen", is told below by the same doer)
    told = {frozenset((e.source.code, e.target.code if e.target else None)) for e in found}
    doers = {e.source.code for e in found}
    out = [ev for ev in headline if frozenset((ev.source.code, ev.target.code if ev.target else None)) not in told
           and not (ev.target is None and ev.source.code in doers)] + found
    for ev in out:  # news: an act told without any date is of the day it is reported
        if ev.date is None and ev.status == "occurred" and article.published:
            ev.date = article.published.isoformat()
    filed = venue.filed_from(sents, lang)
    if filed is not None:
        for ev in out:
            venue.at_dateline(ev, filed, article.published)
    return out


def _is_headline(doc: str, sent) -> bool:
    """A first line that ends without a full stop ("EU targets Russian gas in new sanctions
    round"): its events are the story's, told again below with their dates."""
    text = sent.text.rstrip("\"”“»«' ")  # (a headline may end with a quotation: „ewige Nachbarschaft“)
    return text[-1:].isalnum() and doc[sent.end:sent.end + 1] in ("\n", "\r")


class _Spans:
    """Matches sorted by start (as ``find`` and ``find_dates`` give them), handed out
    sentence by sentence: a binary search instead of a pass over the whole article for
    each sentence, so a long article costs linearly more, not quadratically."""

    def __init__(self, items: list):
        self.items = items
        self.starts = [m.start for m in items]
        self.ordered = all(a <= b for a, b in zip(self.starts, self.starts[1:]))

    def within(self, start: int, end: int) -> list:
        if not self.items:
            return []
        if not self.ordered:
            return [m for m in self.items if start <= m.start and m.end <= end]
        out = []
        for k in range(bisect_left(self.starts, start), bisect_right(self.starts, end)):
            if self.items[k].end <= end:
                out.append(self.items[k])
        return out


def _dateline(doc: str, lang: str) -> date | None:
    """Without a publication date, a full date in the opening line ("ASTANA, 4 July
    2024 -") anchors the relative dates."""
    for d in times.find_dates(doc[:200], lang, None):
        if isinstance(d.value, str) and len(d.value) == 10:
            return date.fromisoformat(d.value)
    return None


def _resolve_descriptions(sent, ments, lex, discourse) -> None:
    """Role words without a state take the person they point back to; 'das Land' and
    'beide Länder' become mentions of the article's country or last pair, 'die
    Mitgliedstaaten' of the organisation last named."""
    for m in ments:
        if m.coref == "person":
            p = discourse.person(m.role)
            if p and m.first > 0 and sent.tokens[m.first - 1].lower in lex.coref.get("role_definites", []):
                m.actor = dict(p, text=m.text)
    toks = sent.tokens
    if discourse.groups:
        _resolve_groups(sent, ments, lex, discourse)
    starts = coreference.phrase_starts(toks, lex.coref.get("pair", []), lex.coref.get("country", []),
                                       lex.coref.get("members", []), lowers=sent.lowers)
    if not starts:  # no pair or country phrase in the sentence (most sentences)
        ments.sort(key=lambda m: m.first)
        return
    covered = {k for m in ments for k in range(m.first, m.last + 1)}
    roles_only = {k for m in ments if m.coref == "person" for k in range(m.first, m.last + 1)}
    for k in sorted(starts):
        if k in covered and k not in roles_only:
            continue
        n = coreference.phrase_at(toks, k, lex.coref.get("pair", []))
        last = discourse.last_pair_event  # (a pair that only might act is not "the two")
        here = _two_people_before(ments, k) if n and coreference.phrase_at(
            toks, k, lex.coref.get("pair_persons", [])) == n else None
        if here or (n and last is not None):
            # a plural role is the pair ("Лидеры подписали"), not one person
            ments[:] = [m for m in ments if not (m.coref == "person" and k <= m.first < k + n)]
        if here:  # "X urged Y ..., as the two leaders met": the two people just named
            pair = list(here)
        elif n and last is not None:
            people = coreference.phrase_at(toks, k, lex.coref.get("pair_persons", [])) == n
            joint = discourse.last_joint_event if sent.index - discourse.last_joint_sentence <= 6 else None
            main = None if people else discourse.main_pair()
            # "Стороны договорились" right after a call: that call's pair goes on (unless
            # someone else acts on the pair: "Guterres urged both governments")
            goes_on = joint is not None and sent.index - discourse.last_joint_sentence <= 1 \
                and not any(m.actor and m.last < k for m in ments)
            if main is not None and not goes_on and (joint is None or discourse.dyads[frozenset(
                    (joint.source.code, joint.target.code))] < discourse.dyads[frozenset((main.source.code, main.target.code))]):
                last = main  # "both governments" after a third state's call: the pair told of most
            elif joint is not None:
                last = joint  # "the two leaders": the last pair that acted together
            elif people and \
                    discourse.last_people_event is not None and sent.index - discourse.last_people_sentence <= 6 \
                    and last.source.kind != "person":
                last = discourse.last_people_event  # "die beiden Politiker": the last person and whom they met
            pair = [last.source.to_dict(), last.target.to_dict()]
        if here or (n and last is not None):
            ments.append(mentions.Mention(k, k + n - 1, toks[k].start, toks[k + n - 1].end,
                                          sent.text[toks[k].start - sent.start:toks[k + n - 1].end - sent.start],
                                          dict(pair[0]), coref="pair", pair=pair))
            covered.update(range(k, k + n))
            continue
        if k in covered:
            continue
        n = coreference.phrase_at(toks, k, lex.coref.get("members", []))
        org = next((m.actor for m in reversed(ments) if m.last < k and m.actor
                    and m.actor.get("kind") == "organisation"), None) or discourse.last_organisation
        if n and org:  # "die Mitgliedstaaten": the members of the organisation last named
            ments.append(mentions.Mention(k, k + n - 1, toks[k].start, toks[k + n - 1].end,
                                          sent.text[toks[k].start - sent.start:toks[k + n - 1].end - sent.start],
                                          dict(org, text=toks[k].text), coref="country"))
            covered.update(range(k, k + n))
            continue
        n = coreference.phrase_at(toks, k, lex.coref.get("country", []))
        if n and discourse.topic_country():
            c = discourse.topic_country()
            ments.append(mentions.Mention(k, k + n - 1, toks[k].start, toks[k + n - 1].end,
                                          sent.text[toks[k].start - sent.start:toks[k + n - 1].end - sent.start],
                                          dict(c, text=toks[k].text), coref="country"))
    ments.sort(key=lambda m: m.first)


def _resolve_groups(sent, ments, lex, discourse) -> None:
    """"Die drei Staaten werfen Teheran vor", "Die Außenminister der drei europäischen Länder
    forderten ...": the list of that many states named last, as one mention that each of
    them stands behind (a role before the phrase, "die Außenminister der ...", is theirs)."""
    toks = sent.tokens
    for k, n, members in coreference.groups_in(sent, lex, discourse.groups):
        discourse.grouped.update((sent.index, m["code"]) for m in members)
        last = k + n - 1
        ments[:] = [m for m in ments if m.last < k and not (m.coref == "person" and m.last == k - 1)
                    or m.first > last]
        ments.append(mentions.Mention(k, last, toks[k].start, toks[last].end,
                                      sent.text[toks[k].start - sent.start:toks[last].end - sent.start],
                                      dict(members[0]), coref="pair", pair=[dict(m) for m in members]))


def _in_dateline(sent, m) -> bool:
    """"ABUJA, Feb 24 (DG) – ...", "NEW DELHI/ISLAMABAD, April 24 (DG) – ...": the places an
    agency report was filed from are no actors. The dateline is the run of capitalised
    place words (joined by "/") that opens the sentence, then a comma or bracket and,
    soon after, a dash."""
    toks = sent.tokens
    end = 0
    while end < len(toks) and (toks[end].text == "/" or toks[end].text[:1].isupper()):
        end += 1
    if end == 0 or m.first >= end or end >= len(toks) or toks[end].text not in (",", "("):
        return False
    if m.first > 0 and not any(t.text == "/" or t.text.isupper() for t in toks[:end]):
        return False  # "Biden, Xi agree – ...": a headline's first name only is a place
    return any(t.text in ("–", "—", "-") for t in toks[end:end + 12])


def _dateline_dates(sent, dates) -> list:
    """The dates inside an agency dateline that opens the sentence ("ALGIERS, April 8 (DG) –")."""
    toks = sent.tokens
    if sent.index > 1 or not dates or not toks or not _in_dateline(sent, _Probe(0)):
        return []
    dash = next((t for t in toks[:16] if t.text in ("–", "—", "-")), None)
    return [] if dash is None else [d for d in dates if d.start < dash.end]


class _Probe:
    """A stand-in mention at one token (what ``_in_dateline`` asks of a mention)."""
    def __init__(self, first: int):
        self.first = first


def _event(article, sent, hit, src, tgt, src_in, tgt_in, lex, clause_of, dates, money, ments, discourse, kb, lang,
           aside=frozenset()):
    trig = hit.trigger
    status = factuality.status_of(sent, hit, lex, clause_of)
    a = hit.index
    clause = clause_of[a]

    def tok_index(char):
        """The token holding offset ``char`` (a binary search), else the trigger's."""
        k = sent.token_at(char)
        return a if k is None else k

    # date: nearest in the trigger's clause or an earlier one; else the discourse's
    list_commas = {k for x, y in zip(ments, ments[1:]) if x.list_id and x.list_id == y.list_id
                   for k in range(x.last + 1, y.first)}
    cands = [(abs(tok_index(d.start) - a), d) for d in dates
             if clause_of[tok_index(d.start)] <= clause and not dating.span_start(d, lex, article.published)
             and (hit.cues_until is None or tok_index(d.start) < hit.cues_until) and not any(
                 sent.tokens[k].text == "," and k not in list_commas for k in range(a, tok_index(d.start)))
             and not _beyond_colon(sent, tok_index(d.start), a)]
    # "came a day after Putin apologised": such a phrase dates the clause after it only
    anchors = lex.dates.get("clause_anchors", ())
    if anchors:
        cands = [(n, d) for n, d in cands if not (d.after_previous is not None and tok_index(d.start) > a
                                                  and " ".join(d.text.lower().split()) in anchors)]
    filed = _dateline_dates(sent, dates)
    if filed and any(d not in filed for _, d in cands):
        # "ALGIERS, April 8 (DG) – Algeria closed its airspace ... on Monday": the dateline tells
        # when the report was filed; a day the lead names is when its acts took place
        cands = [(n, d) for n, d in cands if d not in filed]
    joins = lex.cues.get("verb_coordinators", frozenset())
    if joins and any(k > a and clause_of[k] == clause for k, _ in ((tok_index(d.start), d) for _, d in cands)):
        # "met Li Qiang on Friday and held talks with Xi on Saturday": a date before "and" is the
        # earlier verb's when this one has its own after it
        cands = [(n, d) for n, d in cands if tok_index(d.start) > a
                 or not any(t.lower in joins for t in sent.tokens[tok_index(d.start):a])]
    if trig.roles == "invite":
        # "пригласил ... принять участие во встрече, которая пройдёт в конце марта": the relative
        # clause after the invitation dates the event invited to
        later = dating.relative_clause_dates(sent, a, clause_of, dates, lex, tok_index)
        cands = [(0, later[0])] if later else cands
    date_value = date_text = None
    if cands:
        d = min(cands, key=lambda x: x[0])[1]
        date_value, date_text = d.value, d.text
        if d.after_previous is not None:  # "am Vortag": the day before the date told last
            base = discourse.last_date if isinstance(discourse.last_date, str) and len(discourse.last_date) == 10 \
                else (article.published.isoformat() if article.published else None)
            date_value = (date.fromisoformat(base) + timedelta(days=d.after_previous)).isoformat() if base else None
        pub = article.published
        if status == "occurred" and pub and isinstance(date_value, str) and len(date_value) == 10 \
                and (d.weekday or date_value >= pub.isoformat()) \
                and clauses.scheduled_present(sent, a, trig, lex, {m.last for m in ments if m.actor}):
            status = "announced"  # "Lee travels on to Washington on Sunday": a present verb of a day is a schedule
        if status == "announced" and pub and not d.year_given and isinstance(date_value, str) \
                and len(date_value) == 7 and date_value < pub.isoformat()[:7] and tok_index(d.start) > a:
            # a month without its year in a plan ("состоится в декабре") lies ahead
            date_value = f"{int(date_value[:4]) + 1}{date_value[4:]}"
        elif status == "announced" and pub and not d.year_given and isinstance(date_value, dict) \
                and date_value["start"][:7] < pub.isoformat()[:7] and tok_index(d.start) > a:
            # ... and so does a part of one ("Anfang Juli", "пройдёт в конце января")
            date_value = {k: f"{int(v[:4]) + 1}{v[4:]}" for k, v in date_value.items()}
        said = lex.cues.get("reporting", frozenset())
        if status == "announced" and pub and d.weekday and isinstance(date_value, str) and len(date_value) == 10 \
                and date_value < pub.isoformat() and not any(
                    t.lower in said for t in sent.tokens[min(a, tok_index(d.start)):max(a, tok_index(d.start))]):
            # a weekday in a plan ("в среду посетит") lies ahead; the publication's own weekday is that day
            # (not the day a plan was told of: "on Saturday, ECOWAS said it would reopen")
            date_value = (date.fromisoformat(date_value) + timedelta(days=7)).isoformat()
        if status == "occurred" and date_value is not None and dating.ahead(date_value, pub):
            status = "announced"  # "Merz reist morgen nach London": what lies after the day of writing is a plan
    elif status == "announced" and discourse.plan_date is not None:
        date_value = discourse.plan_date
    elif discourse.talks_date is not None and factuality.cue_before(sent, a, lex.cues.get("outcome", frozenset()),
                                                                   clause_of):
        date_value = discourse.talks_date  # "По итогам переговоров подписали ...": the talks' day
    elif discourse.last_date is not None:
        date_value = discourse.last_date
    # amount and counts: those nearest this trigger
    amount = None
    quantities = []
    for m in money:
        if m.amount and amount is None:
            amount = m.amount
        if m.quantity:
            quantities.append(m.quantity)
    # place: a named place after a locative preposition, else the host for visits
    # (a place in a frame's infinitive clause is where the act asked or agreed on happens:
    # "vereinbarten, sich über die in der Schweiz geplante Konferenz abzustimmen")
    placed = ments if hit.cues_until is None else [m for m in ments if m.first < hit.cues_until]
    location = venue.location(sent, placed, lex, kb, lang, trig, src, tgt, a, clause_of, aside)
    symmetric = trig.roles == "joint"
    mode, variant = trig.mode, trig.variant
    if trig.type == "CONSULT" and mode is None and symmetric and tgt and venue.third_party(sent, ments, lex, kb, src, tgt, location):
        mode, variant = "third-party", "third-party"
    ev = Event(article=article.id, type=trig.type, mode=mode, context=list(trig.context),
               source=_actor(src), target=_actor(tgt) if tgt else None, symmetric=symmetric,
               date=date_value, date_text=date_text, location=location, status=status, amount=amount,
               quantities=quantities,
               evidence=Evidence(sent.text, sent.start, sent.end, sent.index),
               confidence=_confidence(src, tgt, src_in, tgt_in, trig),
               language=lang, extractor=EXTRACTOR)
    if status == "negated" and trig.pos == "verb" and trig.type in coding.REFUSABLE \
            and factuality.refused(sent, hit, lex, clause_of):
        ev.type, ev.mode, ev.status = "REJECT", None, "occurred"  # "will not accept refugees"
    elif trig.type in coding.REFUSABLE and factuality.refused_after(sent, hit, lex, clause_of):
        ev.type, ev.mode, ev.status = "REJECT", None, "occurred"  # "lifting the sanctions is out of the question"
    conditional = factuality.conditional(sent, lex, clause_of, clause)
    return coding.code(ev, variant, hit.complement, conditional, trig)


def _beyond_colon(sent, k: int, a: int) -> bool:
    """Whether a date at token ``k`` is cut off from a trigger at ``a`` after it by a colon or
    semicolon that ends more than the date's own phrase (a comma stands between them):
    "согласовали его ещё в марте, однако договор не подписан: Баку требует ..." (March is the
    agreeing's, not the demand's); but "sein Besuch in der Mongolei im September: Obwohl ..."
    (what follows tells of September)."""
    toks = sent.tokens
    stop = next((j for j in range(k + 1, a) if toks[j].text in (":", ";")), None)
    return stop is not None and any(toks[j].text == "," for j in range(k + 1, stop))


def _confidence(src: dict, tgt: dict | None, src_in: bool, tgt_in: bool, trig) -> float:
    """Higher when both actors were found in the clause and the trigger is not weak; lower
    when a person is coded while out of office (a former leader: the knowledge base keeps
    the code of the office they held, and says ``in_office: False``)."""
    out = any(a and a.get("kind") == "person" and a.get("in_office") is False for a in (src, tgt))
    return round(0.55 + 0.15 * src_in + 0.15 * tgt_in + 0.1 * (not trig.weak) - 0.1 * out, 2)


def _actor(actor: dict) -> Actor:
    """The record's actor: only the fields an Actor has, those the dict lacks left None
    (not Actor's defaults)."""
    return Actor(actor["code"], actor.get("name"), actor.get("text"), actor.get("kind"), actor.get("role"),
                 actor.get("country"))


def _two_people_before(ments, k):
    """The last two people of different sides named in the sentence before a pair phrase
    at token ``k``, if there are two: they, not the last pair of the discourse, are "the
    two leaders" of the same sentence."""
    people: list[dict] = []
    for m in ments:
        if m.last < k and m.actor and m.actor.get("kind") == "person" and m.coref != "pair":
            people = [p for p in people if p["code"] != m.actor["code"]] + [m.actor]
    return tuple(people[-2:]) if len(people) >= 2 else None
