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
from diplograph.kb import places
from diplograph.model import Actor, Article, Event, Evidence, Location
from diplograph.read import amounts, coding, coreference, events, mentions, ner, text, times, triggers
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
    all_dates = _Spans(times.find_dates(doc, lang, pub))
    seen = _Told()
    told_again: set[int] = set()  # events read from a noun ("the signing ceremony"): often a retelling
    named: dict[str, int] = {}  # person id -> where the article first names them in full
    for m in matches.items:
        for a in m.aliases:
            if a.kind == "person":
                named.setdefault(a.key, m.start)
    headline: list[Event] = []  # the headline's events: kept only when the text does not tell them again

    for sent in sents:
        # 2. mentions: names joined with roles and nationality words
        in_sent = matches.within(sent.start, sent.end)
        pieces = mentions.kb_pieces(sent, in_sent, kb, lang, pub, named)
        if ner.wanted(sent, lex, pieces, people):  # names the base lacks, from a tagger
            pieces = ner.merge(sent, pieces, ner.find(sent.text, lang), people, lex)
        taken = {k for p in pieces for k in range(p.first, p.last + 1)}
        pieces += mentions.word_pieces(sent, lex, taken)
        ments = mentions.build(sent, pieces, lex, kb, pub)
        if sent.index == 0:
            ments = [m for m in ments if not _in_dateline(sent, m)]
        _resolve_descriptions(sent, ments, lex, discourse)
        mentions.annotate(sent, ments, lex)
        ner.tie(sent, ments, people, lex)

        # 3. dates and amounts in this sentence; a background phrase ("since Russia invaded
        # Ukraine three years ago") keeps its acts and dates to itself
        aside = events.background_span(sent, lex)
        dates = [d for d in all_dates.within(sent.start, sent.end)
                 if not any(t.i in aside for t in sent.tokens if t.start <= d.start < t.end)]
        money = amounts.find_amounts(sent, lang)
        in_money = {k for m in money for k in range(m.first, m.last + 1)}
        ments = [m for m in ments if not in_money & set(range(m.first, m.last + 1))]  # "US-Dollar"
        clause_of = events.clauses(sent, lex)
        background = any(events.cue_at(sent.tokens, k, lex.cues.get("background", frozenset()))
                         for k in range(len(sent.tokens))) or _since_year(sent, dates, lex, pub)

        # 4. triggers, and for each the events it makes
        sent_events: list[tuple[Event, int]] = []
        discourse.sentence_events = []
        # words of a name or of a title ("Konferenz über Interaktion ...", "chargé d'affaires") trigger nothing
        inside = {k for m in ments if m.actor and m.last > m.first
                  and (m.actor.get("kind") in ("organisation", "company") or m.role)
                  for k in range(m.first, m.last + 1)}
        names = {k for m in ments if m.actor for k in range(m.first, m.last + 1)}
        hits = [] if background else [h for h in triggers.attach_complements(
            sent, triggers.find_triggers(sent, lex, inside), lex, names) if h.index not in aside]
        verbs = frozenset(h.index for h in hits if h.trigger.pos == "verb")
        strong = [h.index for h in hits if not h.trigger.weak] or [h.index for h in hits]

        def own(hit, found_money):
            """The amounts and counts nearest this trigger ("signed a treaty and agreed to raise
            trade to $10 billion": the money is the agreement's, not the treaty's)."""
            if hit.index not in strong:
                return found_money
            return [m for m in found_money if min(strong, key=lambda x: (abs(x - m.first), x)) == hit.index]
        said_by = events.attribution(sent, lex)  # "По словам Лаврова, ...": the speaker neither acts nor receives
        for hit in hits:
            trig = hit.trigger
            if trig.needs_amount and not any(m.amount for m in money):
                continue
            if trig.pos == "noun" and events.named_as_condition(sent, hit.index, lex):
                continue  # "im Fall eines Angriffs": a condition, not an act
            told = ments if hit.index in said_by else [m for m in ments if m.first not in said_by]
            for src, tgt, src_in, tgt_in in events.assign(sent, hit, told, lex, clause_of, discourse, domestic, verbs):
                if tgt and src["code"] == tgt["code"] and not (domestic and events.two_sectors(src, tgt)):
                    continue
                ev = _event(article, sent, hit, src, tgt, src_in, tgt_in, lex, clause_of, dates, own(hit, money), told,
                            discourse, kb, lang, aside)
                if ev.type == "CONSULT" and trig.roles == "joint" and trig.mode is None and tgt:
                    _hosted(ev, events.host_by_place(sent, hit, told, lex, clause_of, {src["code"], tgt["code"]}), kb)
                if _historical(ev, article.published, sent, dates, hit.index):
                    continue
                sent_events.append((ev, hit.index, trig.weak))
                discourse.sentence_events.append(ev)
                if trig.pos == "noun":
                    told_again.add(id(ev))

        # 5. merge repeats within the sentence, then across the article
        sent_events = _seat_visits(sent_events, sent, lex, clause_of)
        merged = _merge_sentence(sent_events, clause_of)
        for ev, idx, _ in merged:
            if _at_visit(ev, idx, sent, lex, clause_of, seen):
                continue
            if sent.index == 0 and _is_headline(doc, sent):
                headline.append(ev)
            elif not _repeat(ev, seen.alike(ev), id(ev) in told_again):
                found.append(ev)
                seen.add(ev)
        if sent_events:
            # (a pair that only might act together is not "the two" of the next sentence)
            joint = [e for e, _, _ in sent_events if e.symmetric and e.target is not None
                     and e.status != "hypothetical"]
            if joint:
                discourse.last_joint_event, discourse.last_joint_sentence = joint[-1], sent.index
            discourse.recent_events = [e for e, _, _ in sent_events]
            placed = [e.location for e, _, _ in sent_events if e.location and e.location.code in kb.countries]
            if placed:
                discourse.last_place = {"code": placed[-1].code, "name": kb.name_of(placed[-1].code),
                                        "kind": "country", "country": placed[-1].code}
            discourse.last_event = sent_events[-1][0]
            told = [e for e, _, _ in sent_events if e.target is not None and e.status != "hypothetical"]
            if told:
                discourse.last_pair_event = told[-1]
            two_people = [e for e in told if e.source.kind == "person"]  # a person acting on another side
            if two_people:
                discourse.last_people_event, discourse.last_people_sentence = two_people[-1], sent.index
            discourse.last_event_sentence = sent.index
            told = [e for e, _, _ in merged if e.date]
            # a plan dated ahead of publication ("посетит Россию в мае") dates later plans only
            acts = [e for e in told if e.status != "announced" or not _ahead(e.date, article.published)]
            if acts:
                discourse.last_date = acts[-1].date
            if len(acts) < len(told):
                discourse.plan_date = next(e.date for e in reversed(told) if e.status == "announced")
        for m in ments:
            if m.actor:
                discourse.note(m.actor)
        discourse.end_sentence(sent, ments, lex.coref.get("person", []))
        if dates and not sent_events:
            near = [d for d in dates if d.value is not None and _plausible_anchor(d.value, pub)]
            # a coarser time in a sentence without events ("по итогам прошлого года" after
            # a dated visit) is background: it does not replace the day being told of
            if near and _precision(near[-1].value) >= _precision(discourse.last_date):
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
        if not self.ordered:
            return [m for m in self.items if start <= m.start and m.end <= end]
        out = []
        for k in range(bisect_left(self.starts, start), bisect_right(self.starts, end)):
            if self.items[k].end <= end:
                out.append(self.items[k])
        return out


class _Told:
    """The article's events so far by type, mode and pair, so that ``_repeat`` looks only
    at the events it could be a repeat of (in the order they were found)."""

    def __init__(self):
        self.by_key: dict[tuple, list[Event]] = {}

    @staticmethod
    def _key(ev: Event) -> tuple:
        return ev.type, ev.mode, frozenset((ev.source.code, ev.target.code if ev.target else None))

    def alike(self, ev: Event) -> list[Event]:
        return self.by_key.get(self._key(ev), [])

    def add(self, ev: Event) -> None:
        self.by_key.setdefault(self._key(ev), []).append(ev)


def _since_year(sent, dates, lex, pub: date | None) -> bool:
    """"С 2022 года ЕС ввёл санкции против более чем 2400 лиц": a tally since an earlier year
    (a bare year after a 'since' preposition) is background, not an event."""
    since = lex.preps.get("since", frozenset())
    if not since or pub is None:
        return False
    for d in dates:
        if isinstance(d.value, str) and len(d.value) == 4 and d.value.isdigit() and int(d.value) < pub.year:
            before = [t for t in sent.tokens if t.end <= d.start]
            first = next((t for t in sent.tokens if t.start >= d.start), None)
            if (before and before[-1].lower in since) or (first is not None and first.lower in since):
                return True
    return False


def _dateline(doc: str, lang: str) -> date | None:
    """Without a publication date, a full date in the opening line ("ASTANA, 4 July
    2024 -") anchors the relative dates."""
    for d in times.find_dates(doc[:200], lang, None):
        if isinstance(d.value, str) and len(d.value) == 10:
            return date.fromisoformat(d.value)
    return None


def _resolve_descriptions(sent, ments, lex, discourse) -> None:
    """Role words without a state take the person they point back to; 'das Land' and
    'beide Länder' become mentions of the article's country or last pair."""
    for m in ments:
        if m.coref == "person":
            p = discourse.person(m.role)
            if p and m.first > 0 and sent.tokens[m.first - 1].lower in lex.coref.get("role_definites", []):
                m.actor = dict(p, text=m.text)
    toks = sent.tokens
    covered = {k for m in ments for k in range(m.first, m.last + 1)}
    roles_only = {k for m in ments if m.coref == "person" for k in range(m.first, m.last + 1)}
    starts = coreference.phrase_starts(toks, lex.coref.get("pair", []), lex.coref.get("country", []))
    for k in range(len(toks)):
        if k not in starts:  # no pair or country phrase begins here
            continue
        if k in covered and k not in roles_only:
            continue
        n = coreference.phrase_at(toks, k, lex.coref.get("pair", []))
        last = discourse.last_pair_event  # (a pair that only might act is not "the two")
        if n and last is not None:
            # a plural role is the pair ("Лидеры подписали"), not one person
            ments[:] = [m for m in ments if not (m.coref == "person" and k <= m.first < k + n)]
            if discourse.last_joint_event is not None and sent.index - discourse.last_joint_sentence <= 6:
                last = discourse.last_joint_event  # "the two leaders": the last pair that acted together
            elif coreference.phrase_at(toks, k, lex.coref.get("pair_persons", [])) == n and \
                    discourse.last_people_event is not None and sent.index - discourse.last_people_sentence <= 6 \
                    and last.source.kind != "person":
                last = discourse.last_people_event  # "die beiden Politiker": the last person and whom they met
            ments.append(mentions.Mention(k, k + n - 1, toks[k].start, toks[k + n - 1].end,
                                          sent.text[toks[k].start - sent.start:toks[k + n - 1].end - sent.start],
                                          last.source.to_dict(), coref="pair",
                                          pair=[last.source.to_dict(), last.target.to_dict()]))
            covered.update(range(k, k + n))
            continue
        if k in covered:
            continue
        n = coreference.phrase_at(toks, k, lex.coref.get("country", []))
        if n and discourse.topic_country():
            c = discourse.topic_country()
            ments.append(mentions.Mention(k, k + n - 1, toks[k].start, toks[k + n - 1].end,
                                          sent.text[toks[k].start - sent.start:toks[k + n - 1].end - sent.start],
                                          dict(c, text=toks[k].text), coref="country"))
    ments.sort(key=lambda m: m.first)


def _in_dateline(sent, m) -> bool:
    """"ABUJA, Feb 24 (DG) – ...": the place an agency report was filed from is no actor."""
    toks = sent.tokens
    if m.first != 0 or m.last + 1 >= len(toks) or toks[m.last + 1].text not in (",", "("):
        return False
    return any(t.text in ("–", "—", "-") for t in toks[m.last + 1:m.last + 12])


def _historical(ev: Event, pub: date | None, sent, dates, anchor: int) -> bool:
    """An act the sentence dates, close to its trigger, two or more years before
    publication is background ("a dispute that erupted into fighting in 2021"), not news."""
    if pub is None or ev.date_text is None or ev.date is None:
        return False
    d = next((d for d in dates if d.text == ev.date_text), None)
    near = d is not None and any(t.start <= d.start < t.end and abs(t.i - anchor) <= 6 for t in sent.tokens)
    y = ev.date["start"][:4] if isinstance(ev.date, dict) else str(ev.date)[:4]
    return near and y.isdigit() and int(y) <= pub.year - 2


def _ahead(value, pub: date | None) -> bool:
    start = value["start"] if isinstance(value, dict) else str(value)
    return pub is not None and start[:len(pub.isoformat())] > pub.isoformat()[:len(start)]


def _plausible_anchor(value, pub: date | None) -> bool:
    if pub is None:
        return True
    y = value["start"][:4] if isinstance(value, dict) else str(value)[:4]
    return y.isdigit() and pub.year - 1 <= int(y) <= pub.year


def _event(article, sent, hit, src, tgt, src_in, tgt_in, lex, clause_of, dates, money, ments, discourse, kb, lang,
           aside=frozenset()):
    trig = hit.trigger
    status = events.status_of(sent, hit, lex, clause_of)
    a = hit.index
    clause = clause_of[a]
    tok_of = {t.start: t.i for t in sent.tokens}

    def tok_index(char):
        for t in sent.tokens:
            if t.start <= char < t.end:
                return t.i
        return a

    # date: nearest in the trigger's clause or an earlier one; else the discourse's
    list_commas = {k for x, y in zip(ments, ments[1:]) if x.list_id and x.list_id == y.list_id
                   for k in range(x.last + 1, y.first)}
    cands = [(abs(tok_index(d.start) - a), d) for d in dates
             if clause_of[tok_index(d.start)] <= clause and not any(
                 sent.tokens[k].text == "," and k not in list_commas for k in range(a, tok_index(d.start)))]
    if trig.roles == "invite":
        # "пригласил ... принять участие во встрече, которая пройдёт в конце марта": the relative
        # clause after the invitation dates the event invited to
        later = _relative_clause_dates(sent, a, clause_of, dates, lex, tok_index)
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
    elif status == "announced" and discourse.plan_date is not None:
        date_value = discourse.plan_date
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
    location = _location(sent, ments, lex, kb, lang, trig, src, tgt, a, clause_of, aside)
    symmetric = trig.roles == "joint"
    mode, variant = trig.mode, trig.variant
    if trig.type == "CONSULT" and mode is None and symmetric and tgt and _third_party(sent, ments, lex, kb, src, tgt, location):
        mode, variant = "third-party", "third-party"
    ev = Event(article=article.id, type=trig.type, mode=mode, context=list(trig.context),
               source=Actor.from_dict(_clean(src)), target=Actor.from_dict(_clean(tgt)) if tgt else None, symmetric=symmetric,
               date=date_value, date_text=date_text, location=location, status=status, amount=amount,
               quantities=quantities,
               evidence=Evidence(sent.text, sent.start, sent.end, sent.index),
               confidence=_confidence(src, tgt, src_in, tgt_in, trig),
               language=lang, extractor=EXTRACTOR)
    if status == "negated" and trig.pos == "verb" and trig.type in coding.REFUSABLE \
            and events.refused(sent, hit, lex, clause_of):
        ev.type, ev.mode, ev.status = "REJECT", None, "occurred"  # "will not accept refugees"
    conditional = any(sent.tokens[k].lower in lex.cues.get("conditional", ()) for k in range(len(sent.tokens))
                      if clause_of[k] == clause)
    return coding.code(ev, variant, hit.complement, conditional, trig)


def _hosted(ev: Event, host: str | None, kb) -> None:
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


def _relative_clause_dates(sent, a: int, clause_of, dates, lex, tok_index) -> list:
    """Dates in the first relative clause after token ``a`` ("..., которая пройдёт в конце марта")."""
    relatives = lex.preps.get("relatives", frozenset())
    toks = sent.tokens
    start = next((k for k in range(a + 1, len(toks) - 1) if toks[k].text == "," and toks[k + 1].lower in relatives), None)
    if start is None:
        return []
    return [d for d in dates if tok_index(d.start) > start and clause_of[tok_index(d.start)] == clause_of[start + 1]]


def _confidence(src: dict, tgt: dict | None, src_in: bool, tgt_in: bool, trig) -> float:
    """Higher when both actors were found in the clause and the trigger is not weak; lower
    when a person is coded while out of office (a former leader: the knowledge base keeps
    the code of the office they held, and says ``in_office: False``)."""
    out = any(a and a.get("kind") == "person" and a.get("in_office") is False for a in (src, tgt))
    return round(0.55 + 0.15 * src_in + 0.15 * tgt_in + 0.1 * (not trig.weak) - 0.1 * out, 2)


def _clean(actor: dict) -> dict:
    return {k: actor.get(k) for k in ("code", "name", "text", "kind", "role", "country")}


def _location(sent, ments, lex, kb, lang, trig, src, tgt, a=0, clause_of=None, aside=frozenset()
              ) -> Location | None:
    """Where the event happened: for a visit the host's country (or the place named in it);
    else the place named nearest after the trigger in its clause, else the nearest one before
    it in its clause, else the sentence's first. A place inside what is talked about ("talks in Riyadh on ending
    the war in Ukraine") or inside a background phrase is no location."""
    found = [(k, loc) for k, loc in _places(sent, ments, lex, kb, lang) if k not in aside]
    if trig.mode == "visit":
        code = tgt.get("code") if tgt else None
        c = kb.countries.get(code) if code else None
        if c:
            return next((loc for _, loc in found if loc.code == c.code), Location(c.code, c.name, c.lat, c.lon))
    clause = clause_of[a] if clause_of else 0
    after = [loc for k, loc in found if k > a and (not clause_of or clause_of[k] == clause)]
    before = [loc for k, loc in found if k < a and (not clause_of or clause_of[k] == clause)]
    return (after[:1] or before[-1:] or [loc for _, loc in found[:1]] or [None])[0]


def _places(sent, ments, lex, kb, lang) -> list[tuple[int, Location]]:
    """The places a sentence names after a locative preposition, by token index: a city
    ("in Riyadh"; "in Bali, Indonesia" is in Indonesia), "the Tajik city of Khujand", "the
    Saudi capital" (the state of the nationality word), or a state."""
    place_preps = lex.preps.get("place", frozenset())
    place_nouns = lex.preps.get("place_nouns", frozenset())
    toks = sent.tokens
    topic = events.topic_span(sent, lex)
    country_at = {m.first: m for m in ments if m.actor and m.actor.get("kind") == "country"}
    out = []
    for k, t in enumerate(toks[:-1]):
        if t.lower not in place_preps or k in topic:
            continue
        j = k + 1
        if toks[j].lower in lex.preps.get("articles", ()) and j + 1 < len(toks):
            j += 1
        # "in the Tajik city of Khujand": a nationality word and a place noun before the name
        n = j
        while n + 1 < len(toks) and (toks[n].lower in lex.demonyms or toks[n].lower in place_nouns):
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
            hit = places.locate(nxt.text, lang) or (lex.match_lemmas and places.locate(nxt.lemma, lang))
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


def _third_party(sent, ments, lex, kb, src, tgt, location) -> bool:
    """Talks between two states held in a third state, or hosted or mediated by one
    ("shook hands in Beijing", "talks mediated by China's Wang Yi"): PLOVER's third-party
    mode. Not a meeting on the sidelines of a summit (that is the summit's). Only for a
    language whose data names the cues (``third_party``, ``multilateral`` in cues.json)."""
    pair = {src.get("code"), tgt.get("code")}
    cues = lex.cues.get("third_party", frozenset())
    if not cues or not all(c in kb.countries for c in pair) or any(
            events.cue_at(sent.tokens, k, lex.cues.get("multilateral", frozenset())) for k in range(len(sent.tokens))):
        return False
    if location is not None and location.code not in pair:
        return True
    for k in range(len(sent.tokens)):
        if events.cue_at(sent.tokens, k, cues):
            n = len(next(c for c in sorted(cues, key=len, reverse=True) if events.cue_at(sent.tokens[k:], 0, frozenset([c]))).split())
            m = next((m for m in ments if m.actor and k + n <= m.first <= k + n + 2), None)
            if m is not None and m.actor.get("code") not in pair:
                return True
    return False


def _merge_sentence(items, clause_of):
    """Two triggers of one event in one sentence ("Mittel bereitstellen, um Hilfe zu
    leisten") give one record when they are close and agree on type and pair; a weak
    trigger ("agreements" after "signed") adds nothing to a strong one on the same pair
    in its clause."""
    strong_pairs = [(ev, idx) for ev, idx, weak in items if not weak]
    out = []
    for ev, idx, weak in items:
        if weak and any(_same_pair(s, ev) and s.type != ev.type and clause_of[i] == clause_of[idx]
                        for s, i in strong_pairs):
            continue
        dup = next((o for o in out if o[0].type == ev.type and _same_pair(o[0], ev)
                    and (abs(o[1] - idx) <= 6 or o[0].mode == ev.mode == "visit" or ev.type == "CONSULT")
                    and not _visit_and_talks(o[0], ev, o[1], idx, clause_of)), None)
        if dup:
            if ev.mode == "visit" and dup[0].mode != "visit":  # a visit says more than "at the summit"
                ev.amount, ev.quantities = ev.amount or dup[0].amount, ev.quantities or dup[0].quantities
                out[out.index(dup)] = (ev, idx, weak)
                continue
            keep = dup[0]
            if keep.date_text is None and ev.date_text:  # a date read in the sentence beats one carried over
                keep.date, keep.date_text = ev.date, ev.date_text
            keep.amount = keep.amount or ev.amount
            keep.quantities = keep.quantities or ev.quantities
            keep.promised_type = keep.promised_type or ev.promised_type
            continue
        out.append((ev, idx, weak))
    return out


def _visit_and_talks(a: Event, b: Event, i: int, j: int, clause_of) -> bool:
    """"Arrived in Astana ... and held talks with Tokayev": the visit and the talks held
    during it are two events when told by two verbs of one sentence."""
    if a.type != "CONSULT" or b.type != "CONSULT" or abs(i - j) <= 3:
        return False
    if a.mode == b.mode == "visit":  # "прибывший с визитом, провёл в Акорде переговоры": the talks are joint
        return a.symmetric != b.symmetric
    return {a.mode, b.mode} == {"visit", None} and not (a.symmetric and b.symmetric)


def _same_pair(a: Event, b: Event) -> bool:
    if a.symmetric or b.symmetric:
        return {a.source.code, a.target.code if a.target else None} == {b.source.code, b.target.code if b.target else None}
    return _pair(a) == _pair(b)


def _precision(value) -> int:
    return 10 if isinstance(value, dict) else len(value or "")


def _pair(ev: Event):
    s, t = ev.source.code, ev.target.code if ev.target else None
    return frozenset((s, t)) if ev.symmetric else (s, t)


def _people(ev: Event) -> dict[str, str]:
    return {x.code: x.name for x in (ev.source, ev.target) if x is not None and x.kind == "person" and x.name}


def _other_people(a: Event, b: Event) -> bool:
    """Two meetings of one pair with different people on one side ("Токаев принял Блинкена"
    and "Блинкен провёл переговоры с Тлеуберди")."""
    pa, pb = _people(a), _people(b)
    return any(code in pb and pb[code] != name for code, name in pa.items())


def _another_meeting(ev: Event, found: list[Event]) -> bool:
    """A meeting of the pair with someone on one side whom none of its earlier meetings named
    there, where they named someone ("Токаев принял Блинкена", then "Блинкен провёл переговоры
    с Тлеуберди"; "Ван И провёл переговоры с Лавровым", then "был принят Путиным") is a new
    event, not the visit or the talks told again."""
    named: dict[str, set[str]] = {}
    for old in found:
        if old.type == "CONSULT":
            for code, name in _people(old).items():
                named.setdefault(code, set()).add(name)
    return any(code in named and name not in named[code] for code, name in _people(ev).items())


def _consult(ev: Event) -> bool:
    return ev.type == "CONSULT" or (ev.type == "AGREE" and ev.promised_type == "CONSULT")


def _seat_visits(items, sent, lex, clause_of):
    """"wird in Brüssel erwartet, wo er den Nato-Generalsekretär treffen will": a trip to a
    city that stands for an organisation, and a meeting told at that place, are the one
    meeting: the partner met says whom the visit is to, not the city."""
    there = lex.coref.get("place", [])
    linked = [(ev, idx) for ev, idx, _ in items if _consult(ev) and ev.target is not None and any(
        t.lower in there and clause_of[t.i] == clause_of[idx] and t.i < idx for t in sent.tokens)]
    # "wird zum Nato-Gipfel in Den Haag erwartet": the trip is to the summit in that city
    summits = [(ev, idx) for ev, idx, _ in items if _consult(ev) and ev.target is not None
               and ev.target.kind == "organisation" and ev.location is not None]
    if not linked and not summits:
        return items
    out = []
    for ev, idx, weak in items:
        if not _consult(ev) or ev.target is None or ev.symmetric:
            out.append((ev, idx, weak))
            continue
        meeting = next((m for m, j in linked if j > idx and m is not ev and m.source.code == ev.source.code
                        and ev.target.kind == "organisation" and m.target.code != ev.target.code), None) or \
            next((m for m, j in summits if m is not ev and m.source.code == ev.source.code
                  and clause_of[j] == clause_of[idx] and ev.target.kind == "country"
                  and ev.location is not None and m.location.code == ev.location.code == ev.target.code), None)
        if meeting is not None:
            meeting.mode = meeting.mode or ev.mode
            meeting.location = meeting.location or ev.location
            meeting.date, meeting.date_text = meeting.date or ev.date, meeting.date_text or ev.date_text
            continue
        out.append((ev, idx, weak))
    return out


def _at_visit(ev: Event, idx: int, sent, lex, clause_of, seen: "_Told") -> bool:
    """A meeting told at the place of a visit just told is that visit: "reiste weiter nach
    Warschau, wo er mit Tusk zusammentraf", "ist nach Rom gereist. Dort traf er Meloni"
    (a word of the language's ``place`` list in the meeting's clause, the visit in this
    sentence or the one before, the same pair). The meeting's date fills the visit's;
    told on another day, they stay two events."""
    if ev.type != "CONSULT" or ev.mode == "visit" or ev.target is None:
        return False
    there = lex.coref.get("place", [])
    if not any(t.lower in there and clause_of[t.i] == clause_of[idx] and t.i < idx for t in sent.tokens):
        return False
    pair = frozenset((ev.source.code, ev.target.code))
    for visit in reversed(seen.by_key.get(("CONSULT", "visit", pair), [])):
        if visit.evidence.sentence < sent.index - 1 or visit.status != ev.status or _other_people(visit, ev):
            continue
        if visit.date and ev.date and not _overlap(visit.date, ev.date):
            return False
        if ev.date and _precision(ev.date) > _precision(visit.date):
            visit.date, visit.date_text = ev.date, ev.date_text
        visit.location = visit.location or ev.location
        return True
    return False


def _overlap(a, b) -> bool:
    def span(v):
        return (v["start"], v["end"]) if isinstance(v, dict) else (str(v), str(v) + "\uffff")
    (a0, a1), (b0, b1) = span(a), span(b)
    return a0 <= b1 and b0 <= a1


def _repeat(ev: Event, found: list[Event], noun: bool = False) -> bool:
    """An event told again later in the article ("der Besuch", "the visit", "принял
    приглашение" after the invitation, "the signing ceremony") is the same event: same
    type, mode and pair, compatible dates, nothing new in amount."""
    if ev.type == "CONSULT" and _another_meeting(ev, found):
        return False
    for old in found:
        if old.type == "CONSULT" == ev.type and old.mode == ev.mode == "visit" and old.symmetric != ev.symmetric:
            continue  # the visit and the talks held during it
        if old.type == ev.type and old.mode == ev.mode and _same_pair(old, ev) \
                and (old.type == "CONSULT" or old.promised_type == ev.promised_type == "CONSULT"
                     or (noun and ev.type == "SUPPORT" and ev.amount is None and not ev.quantities)
                     or (old.amount is not None and old.amount == ev.amount)) \
                and (ev.amount is None or old.amount is None or old.amount == ev.amount) and old.status == ev.status:
            if _precision(ev.date) > _precision(old.date):
                # the later telling is more exact: keep its date, place and sentence
                old.date, old.date_text, old.evidence = ev.date, ev.date_text, ev.evidence
                old.location = ev.location or old.location
            if not old.location and ev.location:
                old.location = ev.location
            return True
    return False
