"""Event triggers in a sentence, from the language's ``triggers.json``.

A trigger fires on its anchor word when its other words also occur in the same
sentence ("Gespräche ... führen", "hold talks"). At one anchor the entry with the most
words wins, so "Hilfe leisten" beats a bare "Hilfe".

A separable particle ("sagte ... zu", "lud ... ein") stands after its verb at the end of
the clause, before punctuation or a conjunction; the same word elsewhere is a
preposition, an article or the "zu" of an infinitive ("nach Deutschland zu erhöhen"). In
a language that capitalises nouns, a capitalised word inside the sentence is a noun and
fires only noun triggers ("ein erstes Treffen").
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from diplograph.read.coding import COOPERATIVE, HOSTILE
from diplograph.read.lexicon import Lexicon, Trigger
from diplograph.read.mentions import calendar_words
from diplograph.read.text import Sentence

@dataclass
class TriggerHit:
    index: int  # anchor token
    trigger: Trigger
    tokens: tuple[int, ...]
    complement: Trigger | None = None  # the act a frame verb governs: "threatened to (ban)"
    infinitive_at: int | None = None  # the comma that opens the frame's infinitive clause ("forderte X auf, ... abzuziehen")
    cues_until: int | None = None  # status cues from here on speak of a frame's complement, not of this act


def find_triggers(sent: Sentence, lex: Lexicon, inside: set[int] = frozenset()) -> list[TriggerHit]:
    """``inside``: tokens that belong to a name ("Konferenz über Interaktion ...") and
    cannot be triggers."""
    toks = sent.tokens
    anchors = lex.anchors(toks)
    if not anchors:  # (most words anchor nothing, and many sentences no trigger at all)
        return []
    hits = []
    months = calendar_words(lex.lang)
    headline = None  # whether most words are capitalised: asked only of a capitalised anchor
    where = None  # word -> the tokens it is the form or lemma of: made for the first trigger of several words
    vocab = None  # the sentence's forms and lemmas, made at the first such trigger (whose word most often is none)
    for t, trigs in anchors:
        if not (t.text.isalpha() or any(ch.isalpha() for ch in t.text)) or t.i in inside:
            continue
        if t.text[:1].isupper() and t.lower in months and t.i > 0:
            continue  # "March 14", "in May": a month or weekday, not a verb
        if lex.names_title_case and t.i > 0 and t.text[:1].isupper() and headline is None:
            words = [u for u in toks if u.text.isalpha()]
            headline = bool(words) and sum(u.text[:1].isupper() for u in words) > 0.6 * len(words)
        if lex.names_title_case and t.i > 0 and t.text[:1].isupper() and not headline and any(
                0 < j < len(toks) and toks[j].text[:1].isupper() and toks[j].text.isalpha() for j in (t.i - 1, t.i + 1)):
            continue  # a word of a name: "Rapid Support Forces", "Forum on China-Africa Cooperation"
        best = None
        for trig in trigs:
            if trig.pos == "noun" and lex.nouns_capitalized and not t.text[0].isupper():
                continue
            used = [t.i]
            ok = True
            for w in trig.words[1:]:
                if w.startswith("*"):  # (word_matches of a suffix, inline: asked of each word in the window)
                    suffix = w[1:]
                    near = [u.i for u in toks[max(0, t.i - trig.near):t.i + trig.near + 1] if u.i not in used
                            and (u.lemma.endswith(suffix) or u.lower.endswith(suffix))]  # only the window: linear in long sentences
                else:
                    if vocab is None:
                        vocab = set(sent.lowers).union(sent.lemmas)
                    if w not in vocab:  # (most: the word is not in the sentence at all)
                        ok = False
                        break
                    if w in lex.particles:
                        near = [u.i for u in toks[t.i + 1:t.i + trig.near + 1] if u.lower == w
                                and closes_clause(toks, u.i, t.i, lex)]
                    else:  # a whole word: where it stands, from the sentence's index of its words
                        if where is None:
                            where = _positions(toks)
                        lo, hi = t.i - trig.near, t.i + trig.near
                        near = [k for k in where.get(w, ()) if lo <= k <= hi and k not in used]
                if not near:
                    ok = False
                    break
                used.append(min(near, key=lambda k: abs(k - t.i)))
            if ok and (best is None or (len(trig.words), len(trig.words[0])) > (len(best.trigger.words), len(best.trigger.words[0]))):
                best = TriggerHit(t.i, trig, tuple(used))
        if best:
            hits.append(best)
    # a token used as a secondary word of a longer trigger does not fire on its own
    secondary = {k for h in hits for k in h.tokens[1:]}
    # nor does one inside what a governing trigger says ("пригласил ... посетить")
    for h in hits:
        if h.trigger.governs:
            k = h.index + 1
            while k < len(toks) and toks[k].text[:1].isalnum():
                secondary.add(k)
                k += 1
    # and a word of a phrase that looks like a trigger but is none ("die Ansicht vertreten") fires nothing
    nothing = {k for h in hits if not h.trigger.type for k in h.tokens[1:]}
    return [h for h in hits if h.trigger.type and h.index not in nothing and (h.index not in secondary or (
        len(h.trigger.words) > 1 and not any(g.trigger.governs and g.index < h.index and h.index in secondary
                                             for g in hits)))]


def _positions(toks) -> dict[str, list[int]]:
    """Each form and lemma of the sentence -> the tokens that have it, in order (what
    ``word_matches`` says of a word without a leading "*")."""
    out: dict[str, list[int]] = {}
    for u in toks:
        out.setdefault(u.lower, []).append(u.i)
        if u.lemma != u.lower:
            out.setdefault(u.lemma, []).append(u.i)
    return out


def attach_complements(sent: Sentence, hits: list[TriggerHit], lex: Lexicon, names: set[int]) -> list[TriggerHit]:
    """A verb's object or complement is part of its event, not an event of its own:
    "dismissed an appeal", "accepted demands", "condemned the bombing" (a noun trigger
    right after a verb trigger), and after a frame verb "threatened to ban", "refused to
    deploy", "pledged to invest" (a verb trigger after the language's infinitive marker).
    The frame keeps its own type; the pipeline reads the complement (a promise of
    violence is a threat). Only for languages whose data names the markers."""
    markers = lex.preps.get("complement_markers", frozenset())
    if not markers:
        hits = _infinitive_complements(sent, sorted(hits, key=lambda h: h.index), lex)
        return _drop_topics(sent, hits, lex)
    articles = lex.preps.get("articles", frozenset())
    aims = lex.cues.get("aims", frozenset())
    coords = lex.preps.get("coordinators", frozenset())
    objects = lex.preps.get("object_markers", frozenset())
    means = lex.preps.get("means_markers", frozenset())
    topics = lex.preps.get("topics", frozenset())
    pronouns = set(lex.coref.get("person", ())) | set(lex.coref.get("subject_pronouns", ()))  # (a verb's own subject)
    toks = sent.tokens
    hits = sorted(hits, key=lambda h: h.index)
    gone: set[int] = set()
    for h in hits:
        prev = toks[h.index - 1].lower if h.index > 0 else ""
        possessed = lex.names_title_case and h.index > 0 and toks[h.index - 1].text.endswith(("'s", "’s"))
        # (a form in -ed after a nationality word is a verb: "Palestinians blamed Israel")
        adjective = lex.names_title_case and h.index > 0 and prev in lex.demonyms and toks[h.index - 1].text[:1].isupper() \
            and not (lex.verb_endings and toks[h.index].lower.endswith(lex.verb_endings))
        if h.trigger.pos == "verb" and (prev in articles or possessed or adjective or _plural_after_word(toks, h.index, lex)):
            # a verb used as a noun: "its demand", "new sanctions", "China's support", "Russian attacks"
            h.trigger = replace(h.trigger, pos="noun")
        if prev in markers and h.index > 1 and toks[h.index - 2].lower in aims:
            gone.add(id(h))  # an aim, not an act: "in a bid to persuade", "the country's bid to join"
        elif (h.trigger.pos == "noun" or toks[h.index].lower.endswith(lex.gerund_endings)) and _after_topic(
                toks, h.index, topics, articles, lex.demonyms):
            gone.add(id(h))  # a topic, not an act: "talks with Trump on tariffs"
        elif h.trigger.roles == "host" and h.index + 1 < len(toks) and toks[h.index + 1].lower in lex.preps.get("agent", ()) \
                and any(k.trigger.type == "CONSULT" and k.trigger.roles == "joint" and 0 < h.index - k.index <= 5 for k in hits):
            gone.add(id(h))  # "talks in Istanbul hosted by Turkey": the talks are the event, the host a third party
        elif h.trigger.roles == "host" and h.trigger.pos == "verb" and any(
                k.trigger.type == "CONSULT" and k.trigger.roles == "joint" and k.trigger.pos == "noun"
                and 0 < k.index - h.index <= 3 and k.index + 1 < len(toks)
                and toks[k.index + 1].lower in lex.preps.get("joint_parties", ()) for k in hits):
            gone.add(id(h))  # "Anwar hosted the talks between Thailand and Cambodia": the talks are the event
    for n, h in enumerate(hits):
        if h.trigger.pos != "verb" or id(h) in gone:
            continue
        if h.trigger.topic_verb:
            # "discussed the ceasefire and the delivery of aid": what is discussed is a topic
            for k in hits[n + 1:]:
                before = toks[k.index - 1]
                if k.trigger.pos == "verb" and (before.lower in coords or before.text in ",;:" or before.lower in pronouns):
                    break  # "... and signed an agreement": a new act
                gone.add(id(k))
            continue
        end = max(h.tokens)
        chained = False
        for k in hits[n + 1:]:
            if id(k) in gone or k.index <= end:
                continue
            between = toks[end + 1:k.index]
            if h.trigger.transparent and len(between) <= 4 and not any(t.text in ",;:" for t in between):
                gone.add(id(h))  # "ordered tariffs", "ordered patrols": the act ordered is the event
                break
            if any(t.text in ",;:" or t.i in names and not h.trigger.frame for t in between):
                break
            fill = all(t.lower in articles or (t.text.replace("-", "").isalpha() and t.text.islower()
                                               and t.lower not in markers and t.lower not in coords)
                       for t in between)
            named = h.trigger.frame and all(t.lower in articles or t.text.isalpha() or t.text.endswith(("'s", "’s"))
                                            for t in between)
            # a plural verb form after a verb is its object noun: "accepted demands", "condemned the strikes"
            as_noun = k.trigger.pos == "noun" or (toks[k.index].lower.endswith("s") and (not between or fill or named)) \
                or (fill and between and between[-1].i in k.tokens)  # "recognise any agreement reached"
            obj = as_noun and len(between) <= 3 and (fill or named)  # "condemned the Israeli strikes"
            to = next((n for n, t in enumerate(between) if t.lower in markers), None)
            framed = h.trigger.frame and len(between) - sum(t.text in _QUOTE_MARKS for t in between) <= 8 and (
                (between and between[-1].lower in markers and k.trigger.pos == "verb")
                # "prepared to resume shelling", "threatened to launch a new offensive"
                or (to is not None and len(between) - to <= 5 and as_noun
                    and all(t.text.isalpha() and t.text.islower() for t in between[to + 1:]))
                or (h.trigger.bare and len(between) <= 2 and k.trigger.pos == "verb")
                # "accused the Rapid Support Forces of attacking"
                or (between and between[-1].lower in objects and toks[k.index].lower.endswith(lex.gerund_endings))
                # "accused India of making an error by supporting ...": how the blamed act was done
                or (between and between[-1].lower in means and toks[k.index].lower.endswith(lex.gerund_endings)
                    and any(t.lower in objects for t in between))
                or (as_noun and any(t.lower in objects for t in between)))
            # "threatened to ban", "must return", "blamed Israel for the bombing"
            if (obj or (framed and as_noun)) and h.trigger.type == "AGREE" and not h.trigger.promise \
                    and k.trigger.type in HOSTILE and not chained:
                gone.add(id(h))  # "agreed a new package of sanctions": the sanctions are the act
            elif obj or (framed and not chained):
                h.complement = h.complement or k.trigger
                gone.add(id(k))
                if h.trigger.weak and not k.trigger.weak:  # "accepted demands": the object confirms the act
                    h.trigger = replace(h.trigger, weak=False)
                if framed and not obj and k.trigger.pos == "verb" and not chained:
                    end, chained = max(k.tokens), True  # the complement's own object: "urged ... to allow more aid"
                    continue
            break
    return [h for h in hits if id(h) not in gone]


_QUOTE_MARKS = frozenset('"“”„«»‘’‚')  # (a quoted word inside a frame's object lengthens it by its marks only)


def _plural_after_word(toks, i: int, lex: Lexicon) -> bool:
    """"new sanctions", "13 sanctions": in a language that lists verb modifiers, a form in -s
    after a lower-case word or a number that is neither a modifier, a pronoun nor a
    function word is a plural noun, not a verb ("France also sanctions" is a verb)."""
    mods = lex.cues.get("verb_modifiers")
    if not mods or i == 0 or not toks[i].lower.endswith("s") or toks[i].lower == toks[i].lemma:
        return False
    prev = toks[i - 1]
    if not (prev.text.isdigit() or (prev.text.isalpha() and prev.text.islower() and prev.lower == prev.lemma)):
        return False  # "held talks": after an inflected word (a verb) the form may stay a verb trigger
    return prev.lower not in _function_words(lex) and prev.lower not in mods and not prev.lower.endswith(lex.adverb_endings)


_FUNCTION_WORDS: dict[int, tuple] = {}


def _function_words(lex: Lexicon) -> frozenset:
    """Every word of the language's preposition and coreference lists, as one set made
    once per lexicon."""
    entry = _FUNCTION_WORDS.get(id(lex))
    if entry is None or entry[0] is not lex:
        entry = _FUNCTION_WORDS[id(lex)] = (lex, frozenset().union(*lex.preps.values(), *lex.coref.values()))
    return entry[1]


def _infinitive_complements(sent: Sentence, hits: list[TriggerHit], lex: Lexicon) -> list[TriggerHit]:
    """Where the infinitive follows its object at the end of a clause ("forderte Putin auf,
    seine Truppen abzuziehen", "wirft Kigali vor, die M23 zu unterstützen"), a frame's
    complement is the clause after its comma that ends in an infinitive with the
    language's marker: the acts in it are what is asked, blamed or promised, part of the
    frame's event, not events of their own (and, after a verb, its names are not the
    frame's recipients; a noun's are: "begrüßte die Zusage des Kanzlers, die Ukraine zu
    unterstützen" is Germany's promise to Ukraine, not Poland's support)."""
    marker = lex.infinitive_marker
    if not marker or not any(h.trigger.frame for h in hits):
        return hits
    toks = sent.tokens
    gone: set[int] = set()
    for h in hits:
        if not h.trigger.frame or id(h) in gone:
            continue
        start = next((k for k in range(max(h.tokens) + 1, len(toks)) if not toks[k].text[:1].isalnum()
                      and toks[k].text not in ("-", "„", "“", "\"")), None)
        if start is None or toks[start].text != ",":
            continue
        end = next((k for k in range(start + 1, len(toks)) if toks[k].text in (",", ";", ":", ".", "!", "?", "–", "—")),
                   len(toks))
        if end - start < 2 or not _infinitive(toks, end - 1, marker):
            continue
        if h.trigger.pos == "verb":  # (a noun's clause names its recipients: "die Zusage, die Ukraine zu unterstützen")
            h.infinitive_at = start
        inner = [k for k in hits if start < k.index < end]
        gone.update(id(k) for k in inner)
        if h.trigger.type == "AGREE" and inner and inner[0].trigger.type in COOPERATIVE:
            h.complement = h.complement or inner[0].trigger  # "sagte zu, Hilfe zu leisten": what is promised
        for k in hits:  # (also the acts before it: "verurteilte ... und forderte Putin auf, ... bereit zu sein")
            if k.index < start:
                k.cues_until = start if k.cues_until is None else min(k.cues_until, start)
    return [h for h in hits if id(h) not in gone]


def _infinitive(toks, k: int, marker: str) -> bool:
    """An infinitive with its marker: "zu unterstützen", "abzuziehen" (the marker inside)."""
    t = toks[k]
    if not (t.text.isalpha() and t.text.islower()):
        return False
    if k > 0 and toks[k - 1].lower == marker:
        return True
    w = t.lower
    i = w.find(marker, 1)
    return i > 0 and w[:i] + w[i + len(marker):] == t.lemma


def _drop_topics(sent: Sentence, hits: list[TriggerHit], lex: Lexicon) -> list[TriggerHit]:
    """What a topic verb talks of is no act of its own ("обсудили поставки нефти в Германию"):
    the noun triggers after it, up to the next punctuation mark or verb trigger. Nor is
    the noun act a judging verb has as its object ("würdigte die Vermittlung Ägyptens",
    "dankte für die Vermittlung durch Katar"): its doer is the one praised or blamed."""
    toks = sent.tokens
    gone: set[int] = set()
    for n, h in enumerate(hits):
        if h.trigger.pos == "verb" and h.trigger.judges and id(h) not in gone:
            k = next((k for k in hits[n + 1:] if k.index > h.index), None)
            between = toks[h.index + 1:k.index] if k is not None else []
            if k is not None and k.trigger.pos == "noun" and len(between) <= 8 and not any(
                    t.text in ",;:–—()„“\"" for t in between):
                h.complement = h.complement or k.trigger
                gone.add(id(k))
                continue
            # a verb-final clause has its object before the verb ("einem Vorschlag für eine Waffenruhe
            # zuzustimmen", "hat die Angriffe verurteilt")
            final = closes_clause(toks, h.index, h.index, lex)  # the verb ends its clause
            k = next((k for k in reversed(hits[:n]) if k.index < h.index), None) \
                if lex.object_before_verb and final else None
            between = toks[k.index + 1:h.index] if k is not None else []
            if k is not None and k.trigger.pos == "noun" and id(k) not in gone and len(between) <= 4 and not any(
                    t.text in ",;:–—()„“\"" for t in between):
                h.complement = h.complement or k.trigger
                gone.add(id(k))
            continue
        if h.trigger.pos != "verb" or not h.trigger.topic_verb or id(h) in gone:
            continue
        for k in hits[n + 1:]:
            if k.trigger.pos == "verb" or any(t.text in ",;:–—" for t in toks[h.index + 1:k.index]):
                break
            gone.add(id(k))
    return [h for h in hits if id(h) not in gone]


def _after_topic(toks, i: int, topics, articles, demonyms=()) -> bool:
    """The noun follows a topic preposition, with at most an article or an adjective between."""
    for k in (i - 1, i - 2, i - 3):
        if k >= 0 and toks[k].lower in topics:
            # "talks on tariffs", "concerns about China's support for Russia" (a possessor between),
            # "concerns about Chinese restrictions" (a nationality adjective between)
            return all(t.lower in articles or t.text.islower() or t.text.endswith(("'s", "’s"))
                       or t.lower in demonyms for t in toks[k + 1:i])
    return False


def closes_clause(toks, i: int, anchor: int, lex: Lexicon) -> bool:
    """A particle ends its clause: the sentence ends, or punctuation or a conjunction follows."""
    if i + 1 >= len(toks):
        return True
    nxt = toks[i + 1]
    if i == anchor + 1 and nxt.text[0].isdigit():
        return True
    return not nxt.text[0].isalnum() or nxt.lower in lex.preps.get("coordinators", ()) \
        or nxt.lower in lex.preps.get("subordinators", ())
