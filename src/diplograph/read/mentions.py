"""Actor mentions: names from the knowledge base joined with the words around them.

"der chinesische Präsident Xi Jinping", "US-Präsident Donald Trump", "Präsident
Kasachstans", "die kasachische Delegation", "amerikanischer Unternehmen" each become one
mention with one actor, coded at the article's date. A role without a state ("der
Präsident") is left for coreference.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from datetime import date

from diplograph.kb import KnowledgeBase, places
from diplograph.read.lexicon import Lexicon
from diplograph.read.text import Sentence, grammemes, is_genitive


@dataclass
class Piece:
    first: int  # token indices within the sentence, inclusive
    last: int
    kind: str  # actor | demonym | prefix | role | group
    actor: dict | None = None
    code: str | None = None
    role: str | None = None


@dataclass
class Mention:
    first: int
    last: int
    start: int
    end: int
    text: str
    actor: dict | None  # None: a role or description waiting for coreference
    role: str | None = None
    prep: str | None = None
    genitive: bool = False
    list_id: int = 0
    coref: str | None = None  # person | country | pair | unknown (a named person the base lacks)
    pair: list[dict] = field(default_factory=list)
    owns: int | None = None  # the noun this name is the genitive before: "Pekings Unterstützung"


def kb_pieces(sent: Sentence, matches, kb: KnowledgeBase, lang: str, when: date | None,
              named: dict[str, int] | None = None) -> list[Piece]:
    """``named``: person id -> where the article first names that person in full (a
    surname that is also a common word counts alone only after that, see
    ``_word_not_name``)."""
    out = []
    given = None
    token_at = sent.token_at
    calendar = calendar_words(lang)
    coordinators = _coordinators(lang)
    for n, m in enumerate(matches):
        first, last = token_at(m.start), token_at(m.end - 1)
        if given is not None and first is not None and first - given == 1:
            first = given
        given = None
        nxt = matches[n + 1] if n + 1 < len(matches) else None
        surname = all(a.kind == "surname" for a in m.aliases)
        if surname and nxt is not None and \
                nxt.start - m.end <= 1 and any(a.kind in ("surname", "person") for a in nxt.aliases) \
                and _as_listed(sent, m) == _as_listed(sent, nxt):
            # a first name that is also someone's surname: "Joseph Borrell" (in the same
            # case: "по приглашению Путина Токаев" is two people)
            given = first
            continue
        if surname and m.text.lower() in calendar:
            continue  # "Friday" the weekday, not a prime minister

        if first is None or last is None:
            continue
        if surname and _given_name(sent, last, nxt, lang):
            continue  # "Ali Shamkhani" is no Irfaan Ali
        if first >= 2 and sent.tokens[first - 1].lower in coordinators \
                and sent.tokens[first - 2].text.endswith("-"):
            continue  # "Verteidigungs- und Sicherheitsrat": the second half of a compound, not the UN's
        if surname and _after_determiner(sent, first, lang):
            continue  # "einen gerechten Frieden": a noun after an article, not Luc Frieden
        if surname and _word_not_name(sent, m, first, lang, named or {}):
            continue  # "Kurz vor Weihnachten", "im Fall eines Angriffs"
        actor = kb.resolve_one(m.text, lang, when)  # (a copy of its own: written to here)
        if not actor or not actor.get("code"):
            continue
        toks = sent.tokens
        actor["text"] = sent.text[toks[first].start - sent.start:toks[last].end - sent.start]
        out.append(Piece(first, last, "actor", actor=actor))
    return out


def in_place_name(sent: Sentence, m, lang: str) -> bool:
    """A state's name or adjective right before a place noun of the language's ``names.json``
    ("the South China Sea", "the Taiwan Strait", "the Indian Ocean") is part of a place's
    name, not the state acting or receiving."""
    nouns = _place_nouns(lang)
    toks = sent.tokens
    return bool(nouns) and m.last + 1 < len(toks) and toks[m.last + 1].text in nouns


def names_product(sent: Sentence, m) -> bool:
    """A company's name right before a model designation ("the Embraer 190", "an Airbus A350",
    "Boeing 737 jets") names a product the company made, not the company acting: a
    designation is one word with a digit in it."""
    toks = sent.tokens
    if not (m.actor and m.actor.get("kind") == "company") or m.last + 1 >= len(toks):
        return False
    nxt = toks[m.last + 1]
    return nxt.start == toks[m.last].end + 1 and any(c.isdigit() for c in nxt.text) and not nxt.text.endswith("%")


@lru_cache(maxsize=None)
def _place_nouns(lang: str) -> frozenset:
    from diplograph import lang as langdata

    return frozenset(langdata.load(lang)["names"].get("place_nouns", ()))


def _word_not_name(sent: Sentence, m, first: int, lang: str, named: dict[str, int]) -> bool:
    """A surname alone that is also a common word of the language (``names.json``) is
    the word, unless a role word stands right before it ("Ex-Kanzler Kurz"), the article
    has named the person in full before, or (for a word that is no noun) it is
    written with a capital inside the sentence."""
    from diplograph import lang as langdata
    from diplograph.read.lexicon import lexicon

    common = langdata.load(lang)["names"].get("common_word_surnames", {})
    word = m.text.strip()
    nouns, words = common.get("nouns", ()), common.get("words", ())
    if word not in nouns and word not in words:
        return False
    if any(named.get(a.key, m.start) < m.start for a in m.aliases):
        return False
    if first > 0:
        prev = sent.tokens[first - 1].lower
        roles = lexicon(lang).roles
        if prev in roles or prev.rpartition("-")[2] in roles:
            return False
        if word in words and sent.tokens[first - 1].text not in ("„", '"', "“", "(", "–", ":"):
            return False
    return True


def _given_name(sent: Sentence, last: int, nxt, lang: str) -> bool:
    """Where capitalised words that stand together are a name (English), a surname alone
    followed by a capitalised word that starts no other name is the given name of someone
    the base lacks ("Ali Shamkhani", "Levy Mwanawasa"); not in a headline in title case,
    nor before a role, group or calendar word ("Biden Administration")."""
    from diplograph.read.lexicon import lexicon

    lex = lexicon(lang)
    toks = sent.tokens
    if not lex.names_title_case or last + 1 >= len(toks):
        return False
    words = [t for t in toks if t.text.isalpha()]
    if sum(t.text[:1].isupper() for t in words) > 0.6 * len(words):
        return False
    follow = toks[last + 1]
    starts_name = nxt is not None and nxt.start == follow.start
    return follow.text[:1].isupper() and follow.text.isalpha() and not starts_name \
        and follow.lower not in lex.roles and follow.lower not in lex.groups and follow.lower not in calendar_words(lang)


def _as_listed(sent: Sentence, m) -> bool:
    """Whether a match stands in the text as the base lists it (not in a case form)."""
    return sent.text[m.start - sent.start:m.end - sent.start].casefold() == m.text.casefold()

def _coordinators(lang: str) -> frozenset:
    from diplograph.read.lexicon import lexicon

    return lexicon(lang).preps.get("coordinators", frozenset())


def _after_determiner(sent: Sentence, first: int, lang: str) -> bool:
    """In a language that capitalises nouns, a surname alone after an article or an
    inflected adjective is the common noun it spells ("den Frieden", "einen gerechten
    Frieden"): names stand without articles there."""
    from diplograph.read.lexicon import lexicon

    lex = lexicon(lang)
    if not lex.nouns_capitalized or first == 0:
        return False
    k = first - 1
    articles = lex.preps.get("articles", ())
    while k > 0 and first - k <= 3 and sent.tokens[k].lower not in articles and sent.tokens[k].text.isalpha() \
            and sent.tokens[k].text.islower() and lex.attributive_endings \
            and sent.tokens[k].lower.endswith(lex.attributive_endings):
        k -= 1  # "gerechten" in "einen gerechten Frieden" (but "einen" is the article)
    return sent.tokens[k].lower in articles


@lru_cache(maxsize=None)
def calendar_words(lang: str) -> frozenset[str]:
    from babel.dates import get_day_names, get_month_names

    words = set()
    for getter in (get_day_names, get_month_names):
        for ctx in ("format", "stand-alone"):
            words |= {w.lower() for w in getter("wide", context=ctx, locale=lang).values()}
    return frozenset(words)


def _phrase_heads(lex: Lexicon) -> tuple[frozenset[str], frozenset[str]]:
    """The first words of the demonym, role and group phrases of several words (only a
    token with one of these can start such a phrase, so the others skip the look-ups),
    and every word any piece may begin with (those, and the single words of the three
    tables): a token outside it, without a hyphen, starts no piece."""
    size = (len(lex.demonyms), len(lex.roles), len(lex.groups))
    entry = _HEADS.get(id(lex))
    if entry is None or entry[0] is not lex or entry[1] != size:
        heads = frozenset(k.split(" ")[0] for table in (lex.demonyms, lex.roles, lex.groups) for k in table if " " in k)
        entry = _HEADS[id(lex)] = (lex, size, heads, heads.union(lex.demonyms, lex.roles, lex.groups))
    return entry[2], entry[3]


_HEADS: dict[int, tuple] = {}


def place_pieces(sent: Sentence, lex: Lexicon, kb: KnowledgeBase, taken: set[int]) -> list[Piece]:
    """Cities and regions after a place or destination preposition ("reiste nach Samarkand",
    "flew to Florida", "прибыл в Самарканд") stand for their state as a capital does
    ("nach Moskau"): a visit there is to that state, and a joint act there has it as its
    place, not as a partner. Only places of some size (100,000 people), the venues of
    ``places_extra.json`` and first-level regions: a capitalised noun after "in" or "nach"
    ("nach Angaben") is more often a word than a small town."""
    preps = _place_preps(lex)
    articles = lex.preps.get("articles", frozenset())
    months = calendar_words(lex.lang)
    toks = sent.tokens
    out = []
    last = len(toks) - 1
    for k in [k for k, w in enumerate(sent.lowers) if w in preps and k < last]:
        j = k + 2 if toks[k + 1].lower in articles and k + 2 < len(toks) else k + 1
        t = toks[j]
        if j in taken or not t.text[:1].isupper() or t.lower in months or not t.text.isalpha():
            continue
        if j + 1 < len(toks) and toks[j + 1].text[:1].isupper() and toks[j + 1].text.isalpha():
            continue  # the first word of a longer name ("New Delhi" is matched whole, or not at all)
        hit = places.locate(t.text) or (lex.match_lemmas and places.locate(t.lemma))
        if not hit or hit["code"] not in kb.countries or 0 < hit["population"] < 100_000:
            continue
        c = kb.countries[hit["code"]]
        out.append(Piece(j, j, "actor", actor={"code": c.code, "name": c.name, "kind": "country", "role": None,
                                               "country": c.code, "match": "seat", "text": t.text}))
    return out


def _place_preps(lex: Lexicon) -> frozenset[str]:
    """The place and destination prepositions, joined once per lexicon (not per sentence)."""
    entry = _PLACE_PREPS.get(id(lex))
    if entry is None or entry[0] is not lex:
        entry = _PLACE_PREPS[id(lex)] = (lex, frozenset(lex.preps.get("place", frozenset()))
                                         | frozenset(lex.preps.get("destination", frozenset())))
    return entry[1]


_PLACE_PREPS: dict[int, tuple] = {}


def role_compounds(sent: Sentence, pieces: list[Piece], lex: Lexicon) -> list[Piece]:
    """The base finds "US" in "US-Präsident" and "EU" in "EU-Kommissionspräsidentin": where
    the rest of the word is a role noun, the word is a role of that state
    (``word_pieces`` makes it one, and joins it with the name after it: "US-Präsident Donald
    Trump" is one mention, as "Außenminister Wang Yi" is), not a name of the state."""
    if not lex.match_lemmas and "-" not in sent.text:
        return list(pieces)  # (no word with a hyphen: most sentences)
    out = []
    for p in pieces:
        if p.kind == "actor" and p.first == p.last:
            t = sent.tokens[p.first]
            low = t.lemma if lex.match_lemmas else t.lower
            head, dash, rest = low.rpartition("-")
            if dash and head + "-" in lex.prefixes and rest in lex.roles:
                continue
        out.append(p)
    return out


def word_pieces(sent: Sentence, lex: Lexicon, taken: set[int]) -> list[Piece]:
    out = []
    toks = sent.tokens
    heads, starters = _phrase_heads(lex)
    lemmas = lex.match_lemmas
    keys = sent.lemmas if lemmas else sent.lowers
    key = (lambda w: w.lemma) if lemmas else (lambda w: w.lower)
    # (most words start no piece: one pass picks the few that may, before any look-up;
    # none may where no word is a starter and none has a hyphen, as in most German sentences)
    if not lemmas and "-" not in sent.text and starters.isdisjoint(keys):
        return out
    nxt = 0  # the first token not yet inside a piece
    for i in [k for k, w in enumerate(keys) if w in starters or "-" in w]:
        if i < nxt or i in taken:
            continue
        t = toks[i]
        low = keys[i]
        nxt = i + 1
        # phrases of several words, longest first: "Vice Foreign Minister", "security
        # forces", "министра иностранных дел" (lemmas where the language matches lemmas)
        n, piece = (0, None) if low not in heads else next(((n, p) for n in range(min(lex.longest_role, len(toks) - i), 1, -1)
                         if not taken & set(range(i, i + n))
                         for p in [_phrase_piece(" ".join(key(w) for w in toks[i:i + n]), i, n, lex)] if p), (0, None))
        if n:
            out.append(piece)
            nxt = i + n
            continue
        two = f"{low} {toks[i + 1].lower}" if i + 1 < len(toks) and low in heads else None
        if two and two in lex.roles and i + 1 not in taken:
            out.append(Piece(i, i + 1, "role", role=lex.roles[two]))
            nxt = i + 2
            continue
        if "-" in low and not low.endswith("-"):
            head, _, rest = low.rpartition("-")
            pre = head + "-"
            if pre in lex.prefixes:
                code = lex.prefixes[pre]
                if rest in lex.roles:
                    out.append(Piece(i, i, "role", code=code, role=lex.roles[rest]))
                elif rest in lex.groups:
                    out.append(Piece(i, i, "group", code=code, role=lex.groups[rest]))
                else:
                    out.append(Piece(i, i, "prefix", code=code))
                continue
        if low in lex.demonyms:
            out.append(Piece(i, i, "demonym", code=lex.demonyms[low]))
        elif low in lex.roles and (t.text[0].isupper() or not lex.nouns_capitalized):
            out.append(Piece(i, i, "role", role=lex.roles[low]))
        elif low in lex.groups:
            out.append(Piece(i, i, "group", role=lex.groups[low]))
    return out


def _phrase_piece(phrase: str, i: int, n: int, lex: Lexicon) -> Piece | None:
    if phrase in lex.demonyms:  # "Sierra Leonean"
        return Piece(i, i + n - 1, "demonym", code=lex.demonyms[phrase])
    if phrase in lex.roles:
        return Piece(i, i + n - 1, "role", role=lex.roles[phrase])
    if phrase in lex.groups:
        return Piece(i, i + n - 1, "group", role=lex.groups[phrase])
    return None


def _linked(sent: Sentence, a: int, b: int, lex: Lexicon, role: str | None = None) -> bool:
    """A group noun and the state it belongs to: "Rebels in the Ivory Coast",
    "security forces in Guinea", "a delegation from Kazakhstan", "die Regierung in Ankara"
    (a linking preposition, then at most an article; ``origin_links`` names the roles, or
    the group words themselves, that a preposition links; ``link_participles`` the roles
    a participle before the preposition may tie: "militants based in Pakistan")."""
    between = [t.lower for t in sent.tokens[a + 1:b]]
    if between and role in lex.preps_map.get("link_participles", {}).get(between[0], ()):
        between = between[1:]  # "a terror group based in Trinidad", "a newspaper based in Beirut"
    owned = a > 0 and sent.tokens[a - 1].lower in lex.preps.get("possessives", ())  # "its troops from Syria"
    origin = lex.preps_map.get("origin_links", {})
    link = between[0] in lex.preps.get("group_links", ()) if between else False
    link = link or (bool(between) and (role in origin.get(between[0], ())
                                        or sent.tokens[a].lower in origin.get(between[0], ())))
    return 1 <= len(between) <= 2 and link and not owned and \
        all(w in lex.preps.get("articles", ()) for w in between[1:])


def _is_adjective_gap(sent: Sentence, a: int, b: int, lex: Lexicon) -> bool:
    """Only lower-case words (adjectives) or articles between tokens a and b."""
    for k in range(a + 1, b):
        w = sent.tokens[k]
        if not (w.text[:1].islower() and w.text.isalpha()) or w.lower in lex.preps.get("target", ()):
            return False
    return b - a <= 3


def build(sent: Sentence, pieces: list[Piece], lex: Lexicon, kb: KnowledgeBase, when: date | None) -> list[Mention]:
    """Join pieces into mentions: [demonym|prefix|country] [role|group] [person] and
    [role] [des/der] [country] (the role's state)."""
    pieces.sort(key=lambda p: p.first)
    mentions: list[Mention] = []
    gen_articles = lex.preps.get("genitive_articles", frozenset())
    i = 0
    coords = lex.preps.get("coordinators", frozenset())
    while i < len(pieces):
        if _shares_head(sent, pieces, i, coords, lex):
            # "Russian and Ukrainian delegations": the first nationality word has the second's noun
            head = pieces[i + 2]
            mentions.extend(_mention(sent, [pieces[i], Piece(pieces[i].first, pieces[i].last, head.kind, role=head.role)],
                                     kb, when, lex))
            i += 1
            continue
        chain = [pieces[i]]
        j = i + 1
        while j < len(pieces):
            prev, nxt = chain[-1], pieces[j]
            gap = nxt.first - prev.last
            if prev.kind == "actor" and prev.actor["kind"] == "person":
                break
            if prev.kind == "actor" and nxt.kind == "actor":
                break
            if prev.kind in ("demonym", "prefix") and nxt.kind in ("role", "group", "actor") and (
                    gap == 1 or (_is_adjective_gap(sent, prev.last, nxt.first, lex)
                                 and not (not lex.nouns_capitalized and sent.tokens[prev.last].lower.endswith("s")))):
                # (a plural nationality noun takes no adjectives: "Palestinians blamed Israel")
                chain.append(nxt)
            elif prev.kind == "actor" and prev.actor["kind"] in ("country", "organisation") and nxt.kind == "role" \
                    and len(chain) == 1 and (
                        (gap == 1 and sent.tokens[prev.last].text.isupper())
                        or (sent.tokens[prev.last].text.endswith(("'s", "’s"))
                            and (gap == 1 or _is_adjective_gap(sent, prev.last, nxt.first, lex)))):
                chain.append(nxt)  # "US Präsident", "Turkey's Foreign Minister", "Iran's top security official"
            elif prev.kind == "actor" and prev.actor["kind"] in ("country", "organisation") and nxt.kind == "group" \
                    and gap <= 2 and len(chain) == 1 and not lex.nouns_capitalized \
                    and (sent.tokens[prev.last].text.isupper() or sent.tokens[prev.last].text.endswith(("'s", "’s"))) \
                    and all(t.text.islower() for t in sent.tokens[prev.last + 1:nxt.first]):
                chain.append(nxt)  # "NATO peacekeeping troops", "Iraq's army"
                j += 1
                break
            elif prev.kind == "role" and nxt.kind == "actor" and nxt.actor["kind"] == "person" and (
                    gap == 1 or (gap == 2 and not sent.tokens[prev.last + 1].text.islower())):
                chain.append(nxt)  # "President Putin", "Präsident Kassym-Schomart Tokajew"; not "president met Putin"
            elif prev.kind == "group" and nxt.kind == "actor" and nxt.actor["kind"] == "person" and gap == 1:
                chain.append(nxt)  # "sein britischer Kollege David Lammy": the group word is his title
            elif prev.kind == "role" and nxt.kind == "actor" and nxt.actor["kind"] in ("country", "organisation") and (
                    gap == 1 or (gap == 2 and sent.tokens[prev.last + 1].lower in gen_articles)
                    or (gap == 2 and sent.tokens[prev.last + 1].lower in lex.preps.get("role_links", ()))):
                # "der Emir von Katar": a preposition that gives a role its state, as a genitive does
                chain.append(nxt)
                j += 1
                if j < len(pieces) and pieces[j].first == nxt.last + 1 and _unknown_person(pieces[j]):
                    chain.append(pieces[j])  # "Глава МИД Мальдив Абдулла Халил": a name the base lacks
                    j += 1
                break
            elif prev.kind == "group" and nxt.kind == "actor" and nxt.actor["kind"] in ("country", "company") and (
                    gap == 1 or (gap == 2 and sent.tokens[prev.last + 1].lower in gen_articles)
                    or (len(chain) == 1 and _linked(sent, prev.last, nxt.first, lex, prev.role))):
                chain.append(nxt)
                j += 1
                break
            else:
                break
            j += 1
        mentions.extend(_mention(sent, chain, kb, when, lex))
        i = j
    return mentions


def _shares_head(sent: Sentence, pieces: list[Piece], i: int, coords, lex: Lexicon) -> bool:
    """A nationality word, a coordinator, a second nationality word and a role or group noun
    right after it ("Russian and Ukrainian delegations", "US and British warplanes")."""
    if i + 2 >= len(pieces) or pieces[i].kind != "demonym" or pieces[i + 1].kind != "demonym" \
            or pieces[i + 2].kind not in ("role", "group"):
        return False
    between = [t.lower for t in sent.tokens[pieces[i].last + 1:pieces[i + 1].first]]
    return bool(between) and all(w in coords for w in between) and (
        pieces[i + 2].first - pieces[i + 1].last == 1 or _is_adjective_gap(sent, pieces[i + 1].last, pieces[i + 2].first, lex))


def _mention(sent: Sentence, chain: list[Piece], kb: KnowledgeBase, when: date | None, lex: Lexicon) -> list[Mention]:
    # the chain's first person, first other actor, first role or group word, first code
    # (one pass: made for every name of every sentence)
    person = state = role_piece = code = None
    for p in chain:
        if p.kind == "actor":
            if p.actor["kind"] != "person":
                state = p.actor if state is None else state
            elif person is None:
                person = p.actor
        elif role_piece is None and p.kind in ("role", "group"):
            role_piece = p
        code = code or p.code
    code = code or (state or {}).get("code")
    alone = chain[0].kind if len(chain) == 1 else None
    role = role_piece.role if role_piece else None
    first, last = chain[0].first, chain[-1].last
    toks = sent.tokens
    text = sent.text[toks[first].start - sent.start:toks[last].end - sent.start]
    m = Mention(first, last, toks[first].start, toks[last].end, text, None, role=role)
    if person:
        actor = dict(person)
        if not actor.get("code") and code:
            actor.update(code=code, country=code if code in kb.countries else None, role=actor.get("role") or role)
        if not actor.get("code"):  # a person the base lacks, tied to no state: no actor, no guess
            m.coref = "unknown"
            return [m]
        m.actor = actor
    elif code:
        if role_piece and role_piece.kind == "role":
            holder = kb.office_holder(code, role, when) if role else None
            m.actor = dict(holder) if holder else {"code": code, "name": kb.name_of(code), "kind": "person",
                                                   "role": role, "country": code if code in kb.countries else None}
        elif state and state.get("kind") == "company" and not role_piece:
            m.actor = dict(state)
        elif role_piece and role_piece.kind == "group":
            kind = lex.group_kinds.get(role, "group")  # the state's own organs stand for the state
            m.actor = {"code": code, "name": kb.name_of(code), "kind": kind,
                       "role": role if kind == "group" else None,
                       "country": code if code in kb.countries else None}
        elif state:
            m.actor = dict(state)
            if not m.actor.get("code"):  # an organisation the base lacks, with its state's adjective
                m.actor.update(code=code, country=code if code in kb.countries else None)
        elif alone == "demonym" and lex.demonym_as_actor and _names_people(sent, chain[0], lex):
            m.actor = {"code": code, "name": kb.name_of(code), "kind": "group", "role": None,
                       "country": code if code in kb.countries else None}
        else:
            return []  # a bare adjective ("ein kasachisches Rundhaus") names no actor
        if role_piece and role_piece.kind == "group" and role == "company" and state and state.get("kind") == "company":
            m.actor = dict(state)
        m.actor["text"] = text
    elif alone == "role":
        m.coref = "person"
    else:
        return []
    if m.actor:
        m.actor["text"] = text
    return [m]


def _unknown_person(piece: Piece) -> bool:
    return piece.kind == "actor" and piece.actor.get("kind") == "person" and bool(piece.actor.get("unknown"))


def _names_people(sent: Sentence, piece: Piece, lex: Lexicon) -> bool:
    """"Israeli soldiers", "Palestinians", "iranische Ölfirmen": a nationality word before
    a noun (or, in English, as a plural noun) names that state's people."""
    toks = sent.tokens
    word = toks[piece.first].text
    nxt = toks[piece.last + 1] if piece.last + 1 < len(toks) else None
    if lex.nouns_capitalized:
        return nxt is not None and nxt.text[:1].isupper() and nxt.text.isalpha()
    # "Palestinians", "Colombian imports"; not "the Tajik city" (a place, not people)
    return word.endswith("s") or (nxt is not None and nxt.text.isalpha() and nxt.text.islower()
                                  and (nxt.lower.endswith("s") or nxt.lower in lex.plural_nouns))


_PREPS: dict[int, tuple] = {}


def _annotated_preps(lex: Lexicon) -> frozenset[str]:
    """The prepositions that mark a mention's part (target, origin, agent, place,
    destination): made once per lexicon, not once per sentence."""
    entry = _PREPS.get(id(lex))
    if entry is None or entry[0] is not lex:
        entry = _PREPS[id(lex)] = (lex, frozenset().union(
            *(lex.preps.get(k, ()) for k in ("target", "origin", "agent", "place", "destination"))))
    return entry[1]


def annotate(sent: Sentence, mentions: list[Mention], lex: Lexicon) -> None:
    """Mark each mention's governing preposition, genitive use and list membership."""
    toks = sent.tokens
    articles = lex.preps.get("articles", frozenset())
    allpreps = _annotated_preps(lex)
    gen = lex.preps.get("genitive_articles", frozenset())
    # (the language's words and endings looked up once, not once per mention)
    departure = lex.preps.get("departure", ())
    noun_agents = lex.preps.get("noun_agents", ())
    adjective_endings, attributive_endings = lex.adjective_endings, lex.attributive_endings
    after_noun = lex.genitive_after_noun
    for m in mentions:
        k = m.first - 1
        steps = 0
        while k >= 0 and steps < 4:
            w = toks[k]
            if w.lower in allpreps:
                m.prep = w.lower
                break
            if w.lower in gen and steps == 0:
                m.genitive = True
            if w.lower in articles or (w.text[:1].islower() and w.text.isalpha()
                                       and (not adjective_endings or w.lemma.endswith(adjective_endings))
                                       and (not attributive_endings or w.lower.endswith(attributive_endings))):
                k -= 1
                steps += 1
                continue
            break
        if m.prep and m.last + 1 < len(toks) and f"{m.prep} {toks[m.last + 1].lower}" in departure:
            m.prep = f"{m.prep} {toks[m.last + 1].lower}"  # "von Moskau aus": where from, not by whom
        if m.first > 0 and toks[m.first - 1].lower in gen and m.prep is None:
            m.genitive = True
        if adjective_endings and m.prep is None and m.first > 0:  # a case language: "визит президента Казахстана"
            m.genitive = next((g for g in (is_genitive(toks[k].text, lex.lang) for k in range(m.first, m.last + 1))
                               if g is not None), False)
        if after_noun and toks[m.last].lower.endswith(after_noun) and m.actor and m.actor.get("kind") != "company" \
                and m.prep is None and m.first > 0 and toks[m.first - 1].text[:1].isupper():
            m.genitive = True  # "Teilnahme Tokajews", "Expertise Kasachstans"
        if m.prep in noun_agents and m.first > 1 and toks[m.first - 2].text[:1].isupper() \
                and toks[m.first - 2].text.isalpha() and not any(o.first <= m.first - 2 <= o.last for o in mentions):
            m.prep, m.genitive = None, True  # "die Vermittlung durch Katar": the noun's doer, as a genitive
        nxt = toks[m.last + 1] if m.last + 1 < len(toks) else None
        if lex.nouns_capitalized and m.actor and nxt is not None and toks[m.last].text.endswith(("s", "’", "'")) \
                and nxt.text[:1].isupper() and nxt.text.isalpha() and not any(o.first == nxt.i for o in mentions) \
                and not (m.first > 0 and toks[m.first - 1].lower in articles):
            m.owns = nxt.i  # a genitive before its noun: "Pekings Unterstützung", "Modis Besuch"
    agent_case = lex.preps.get("agent_case", frozenset())
    for m in mentions:  # "было принято Советом коллективной безопасности ОДКБ", "наложенного Вашингтоном эмбарго"
        if not agent_case or m.prep is not None:
            continue
        head = m.first
        while head > 0 and head > m.first - 4 and not grammemes(toks[head].text, lex.lang) & agent_case \
                and toks[head - 1].text.isalpha():
            head -= 1
        if grammemes(toks[head].text, lex.lang) & agent_case and (head == m.first or toks[head].text[:1].isupper()):
            # the participle next to it, or a few words before it in its clause ("был принят в Кремле президентом")
            before = []
            for k in range(head - 1, max(-1, head - 6), -1):
                if not toks[k].text[:1].isalnum():
                    break
                before.append(toks[k].text)
            near = before + [toks[k].text for k in (m.last + 1,) if k < len(toks)]
            if any("pssv" in grammemes(w, lex.lang) for w in near):
                m.prep = "agent_case"
    coords = lex.preps.get("coordinators", frozenset())
    subordinators = lex.preps.get("subordinators", frozenset())
    list_id = 0
    joined: dict[int, bool] = {}
    gaps = [[t.lower for t in toks[a.last + 1:b.first]] for a, b in zip(mentions, mentions[1:])]  # the words between
    for a, b, between in zip(mentions, mentions[1:], gaps):
        # "in Brüssel die USA" is no list; names side by side are one with a comma missing
        # ("Armenien Russland"), except the subject that opens a clause and its object
        # ("wo Merz Rutte treffen will")
        side_by_side = not between and not (a.first > 0 and toks[a.first - 1].lower in subordinators)
        if all(w in coords or w in articles for w in between) and len(between) <= 3 \
                and (side_by_side or any(w in coords for w in between)):
            b.list_id = a.list_id or (list_id := list_id + 1)
            a.list_id = b.list_id
            joined[b.list_id] = joined.get(b.list_id, False) or any(w != "," for w in between if w in coords)
    # names joined by commas alone are no list ("Speaking in the Saudi capital, Trump said")
    for m in mentions:
        if m.list_id and not joined.get(m.list_id):
            m.list_id = 0
    # a list under one preposition: "mit Starmer, dem französischen Präsidenten Macron und Tusk"
    for a, b, between in zip(mentions, mentions[1:], gaps):
        if b.list_id and b.list_id == a.list_id and a.prep and b.prep is None and not b.genitive \
                and not ("," in between and any(w != "," and w in coords for w in between)):
            b.prep = a.prep
