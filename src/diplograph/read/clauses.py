"""Where one clause ends and the next begins, and the spans inside a sentence that
name no act of their own: background phrases and what talks are about. Events are read
clause by clause, so these decide which words can be an event's actors.
"""
from __future__ import annotations

from itertools import compress

from diplograph.read.lexicon import Lexicon
from diplograph.read.mentions import Mention, calendar_words
from diplograph.read.text import Sentence, is_participle


def clauses(sent: Sentence, lex: Lexicon) -> list[int]:
    """A clause number per token: a new clause after ';' or ':', at a comma before a
    subordinating word ("dass", "um", "which") or a reporting verb (", said"), and, where
    the language's data lists them, at words that open a clause without a comma
    ("a treaty that commits ...", "... unless Colombia failed"), and after a subordinate
    clause that opens the sentence ("Если ..., Китай даст отпор"); in Russian also at a comma
    before a participle ("Рахмон, находящийся в Бишкеке с визитом, ..."). An embedded
    clause ends at the comma after it when a verb follows ("Selenskyj, der sich in Ankara
    mit Erdoğan beriet, verschob ..."): the words after it are the enclosing clause again."""
    subs = lex.preps.get("subordinators", frozenset())
    opens = lex.preps.get("open_subordinators", frozenset())
    reporting = lex.cues.get("reporting", frozenset())
    speech = lex.cues.get("speech_openers", frozenset())  # "hatte erklärt, russische Hacker hätten ..."
    coords = lex.preps.get("coordinators", frozenset())
    ids, cur, last, outer = [], 0, 0, []
    participial = set()  # clauses opened by a participle: their next comma closes them
    toks = sent.tokens
    # a sentence that opens with a subordinate clause ("Если Япония вмешается, Китай даст
    # отпор"): its first comma starts the main clause (words in leading_subordinators)
    opening = next((t for t in toks if t.text[:1].isalnum()), None)  # after an opening quote
    leading = opening is not None and opening.lower in lex.preps.get("leading_subordinators", frozenset())
    # only a comma, a dash or colon or an opening word can change the clause: the words
    # between two of them keep the clause before (the others are skipped, not asked one by one)
    turns = _turns(lex, opens)
    for k in compress(range(len(toks)), map(turns.__contains__, sent.lowers)):
        ids += [cur] * (k - len(ids))
        t = toks[k]
        if leading and t.text == ",":
            leading = False
            last += 1
            cur, outer = last, []
        elif t.text in (";", ":", "–", "—", "-"):
            last += 1
            cur, outer = last, []
        elif t.text == "," and k + 1 < len(toks):
            nxt = toks[k + 1]
            if outer and cur in participial and not nxt.text[:1].isupper():
                # "Токаев, прибывший в Таджикистан с визитом, в четверг примет участие ...": the main clause again
                cur = outer.pop()
                if nxt.lower in subs or nxt.lower in reporting or is_participle(nxt.text, lex.lang):
                    outer.append(cur)
                    last += 1
                    cur = last
            elif (nxt.lower in subs and not _infinitive_clause(toks, k + 1, lex)) or nxt.lower in reporting \
                    or is_participle(nxt.text, lex.lang) or (k > 0 and toks[k - 1].lower in speech) \
                    or _attribution_ahead(toks, k, reporting, subs):
                outer.append(cur)
                last += 1
                cur = last
                if is_participle(nxt.text, lex.lang) and nxt.lower not in subs:
                    participial.add(cur)
            elif outer and (_verb_like(nxt, lex) or (nxt.lower in coords and k + 2 < len(toks)
                                                     and _verb_like(toks[k + 2], lex))):
                cur = outer.pop()
        elif t.lower in opens and k > 0 and toks[k - 1].text != ",":
            outer.append(cur)
            last += 1
            cur = last
        ids.append(cur)
    ids += [cur] * (len(toks) - len(ids))
    return ids


def _attribution_ahead(toks, k: int, reporting: frozenset, subs: frozenset) -> bool:
    """Whether the comma at ``k`` opens a closing attribution: a few words naming a speaker,
    then a reporting verb that ends the sentence or opens a clause of its own ("..., the
    State Department said after the two men met"): what follows is the speaker's clause,
    not the reported one's (but "..., Orban told a joint news conference" stays whole)."""
    for j in range(k + 2, min(len(toks), k + 6)):
        t = toks[j]
        if t.lower in reporting:
            named = toks[j - 1].text[:1].isupper()
            return named and (j + 1 == len(toks) or not toks[j + 1].text[:1].isalnum() or toks[j + 1].lower in subs)
        if not t.text[:1].isalpha():
            return False
    return False


_TURNS: dict[int, tuple] = {}


def _turns(lex: Lexicon, opens: frozenset) -> frozenset:
    """The words at which ``clauses`` may start or end a clause (its punctuation and the
    language's open_subordinators), made once per lexicon."""
    entry = _TURNS.get(id(lex))
    if entry is None or entry[0] is not lex:
        entry = _TURNS[id(lex)] = (lex, frozenset({",", ";", ":", "–", "—", "-"}) | opens)
    return entry[1]


def _infinitive_clause(toks, k: int, lex: Lexicon) -> bool:
    """Whether the words from k to the next comma are an infinitive with its marker that
    completes the verb before ("vereinbarten, die Zusammenarbeit auszubauen", ", den
    Handel zu steigern"), not a relative clause opened by an article-like pronoun."""
    marker = lex.infinitive_marker
    if not marker or toks[k].lower not in lex.preps.get("articles", ()):
        return False
    # the clause may hold a list ("bei Klimaschutz, Wasserstoff und Start-ups auszubauen"):
    # the first comma after a lower-case word ends it
    for end in [j for j in range(k + 2, len(toks)) if toks[j].text in (",", ";", ":", ".", "!", "?")] + [len(toks)]:
        last = toks[end - 1]
        if not (last.text.isalpha() and last.text.islower()):
            if toks[end - 1].text in (";", ":") or end == len(toks):
                return False
            continue
        if toks[end - 2].lower == marker:
            return True  # "zu steigern"
        w = last.lower
        i = w.find(marker, 1)
        return i > 0 and w[:i] + w[i + len(marker):] == last.lemma  # "auszubauen"
    return False


def _verb_like(t, lex: Lexicon) -> bool:
    """An inflected lower-case word that is no function word: most likely the verb."""
    if not (t.text.isalpha() and t.text[0].islower()) or t.lower == t.lemma:
        return False
    return t.lower not in _words_of(lex)[0]


def _modifier(t, lex: Lexicon) -> bool:
    """An auxiliary or adverb that may stand between a subject and its verb ("had", "also", "swiftly")."""
    _, modifiers, adverb_endings = _words_of(lex)
    return t.lower in modifiers or (t.text.isalpha() and t.text.islower() and t.lower.endswith(adverb_endings))


_WORDS_OF: dict[int, tuple] = {}


def _words_of(lex: Lexicon) -> tuple[frozenset, frozenset, tuple]:
    """The language's function words (all its prepositions' lists as one set), verb
    modifiers and adverb endings, made once per lexicon: ``_verb_like`` and ``_modifier``
    are asked of word after word when a subject is looked for."""
    entry = _WORDS_OF.get(id(lex))
    if entry is None or entry[0] is not lex:
        entry = _WORDS_OF[id(lex)] = (lex, (frozenset().union(*lex.preps.values()),
                                            frozenset(lex.cues.get("verb_modifiers", ())),
                                            lex.adverb_endings))
    return entry[1]


def coordinated_at(sent: Sentence, a: int, lex: Lexicon) -> int | None:
    """The coordinator before verb ``a`` when the verb continues an earlier verb's
    subject with no subject of its own ("He met X in Ankara and postponed ...", "flew to
    Ankara, met Erdogan and said ..."): its index, else None."""
    toks = sent.tokens
    k = a - 1
    while k > 0 and _modifier(toks[k], lex):
        k -= 1
    if k <= 0:
        return None
    t = toks[k]
    return k if t.text == "," or t.lower in lex.cues.get("verb_coordinators", ()) else None


def subject_before(sent: Sentence, end: int, actors: list[Mention], lex: Lexicon) -> Mention | int | None:
    """The subject of the nearest verb before token ``end``: a name no preposition marks,
    or a subject pronoun (its index is returned), right before a verb, with auxiliaries
    and adverbs between at most. Looked for back to the sentence's start or a ';'."""
    toks = sent.tokens
    by_last = {m.last: m for m in actors}
    pronouns = lex.coref.get("subject_pronouns", ())
    for k in range(end - 1, 0, -1):
        if toks[k].text in (";", ":"):
            break
        if not _verb_like(toks[k], lex):
            continue
        j = k - 1
        while j > 0 and _modifier(toks[j], lex):
            j -= 1
        m = by_last.get(j)
        if m is not None and m.prep is None and not m.genitive:
            return m
        if toks[j].lower in pronouns:
            return j
    return None


def pronoun_actor(sent: Sentence, k: int, actors: list[Mention], discourse) -> dict | None:
    """A subject pronoun at token k: the sentence's first person before it ("Biden said he
    had ..."), else the person the discourse is about."""
    here = next((m.actor for m in actors if m.last < k and m.actor.get("kind") == "person" and m.prep is None), None)
    return here or discourse.pronoun()


def in_relative(sent: Sentence, k: int, clause_of: list[int], lex: Lexicon) -> bool:
    """Whether token ``k`` stands in a relative clause (", где накануне подписал ..."): what such
    a clause tells describes the name before it, it does not carry the story on."""
    relatives = lex.preps.get("relatives")
    if not relatives:
        return False
    first = next(t.i for t in sent.tokens if clause_of[t.i] == clause_of[k])
    if sent.tokens[first].text == "," and first + 1 < len(sent.tokens):
        first += 1
    return first > 0 and sent.tokens[first].lower in relatives


def background_span(sent: Sentence, lex: Lexicon) -> set[int]:
    """Tokens of a background phrase ("the first such meeting since Russia invaded Ukraine
    three years ago", "since the war began", "for the first time since 2019"): from an
    opener of the language's data to the end of its clause (punctuation, or a coordinator
    before a verb that goes on with the main clause: "since the war began and urged ...").
    The acts and dates inside are background, not the sentence's news."""
    openers = lex.cues.get("background_openers", frozenset())
    if openers.isdisjoint(sent.lowers):
        return set()  # (most sentences)
    toks = sent.tokens
    out: set[int] = set()
    k = 0
    while k < len(toks):
        if toks[k].lower not in openers:
            k += 1
            continue
        j = _phrase_end(sent, k + 1, lex, _PHRASE_CLOSERS | {")"})
        out.update(range(k, j))
        k = j
    return out


def topic_span(sent: Sentence, lex: Lexicon) -> set[int]:
    """Tokens of what is talked about ("talks in Riyadh on ending the war in Ukraine",
    "concerns about the situation in Gaza"): from a topic preposition to the end of its
    clause; not a date ("on Monday") nor a fixed phrase of the data ("on the sidelines").
    A place after a name ends it ("talks on Ukraine in Riyadh": Riyadh is where)."""
    topics = lex.preps.get("topics", frozenset())
    if not topics or topics.isdisjoint(sent.lowers):
        return set()
    toks = sent.tokens
    articles = lex.preps.get("articles", frozenset())
    not_topic = lex.preps.get("not_topics", frozenset())
    places = lex.preps.get("place", frozenset())
    months = calendar_words(lex.lang)
    out: set[int] = set()
    k = 0
    while k < len(toks) - 1:
        j = k + 1
        if toks[j].lower in articles and j + 1 < len(toks):
            j += 1
        if toks[k].lower not in topics or toks[j].lower in not_topic or toks[j].lower in months \
                or toks[j].text[:1].isdigit():
            k += 1
            continue
        # a place after a name ends it
        e = _phrase_end(sent, k + 1, lex, _PHRASE_CLOSERS,
                        lambda i: toks[i].lower in places and toks[i - 1].text[:1].isupper())
        out.update(range(k, e))
        k = e
    return out


_PHRASE_CLOSERS = frozenset({",", ";", ":", "–", "—", "(", ".", '"', "“", "”"})


def _phrase_end(sent: Sentence, j: int, lex: Lexicon, closers, stop=None) -> int:
    """Where a phrase that starts before ``j`` ends: at punctuation of ``closers``, at a
    coordinator before a verb that goes on with the main clause ("since the war began and
    urged ..."), or where ``stop(i)`` says."""
    toks = sent.tokens
    coordinators = lex.cues.get("verb_coordinators", ())
    while j < len(toks) and toks[j].text not in closers:
        if stop is not None and stop(j):
            break
        if toks[j].lower in coordinators and j + 1 < len(toks) \
                and coordinated_at(sent, _next_word(toks, j + 1, lex), lex) == j:
            break
        j += 1
    return j


def _next_word(toks, j: int, lex: Lexicon) -> int:
    """The first token from j on that is no auxiliary or adverb (the verb after them)."""
    while j < len(toks) - 1 and _modifier(toks[j], lex):
        j += 1
    return j if j < len(toks) and _verb_like(toks[j], lex) else len(toks)


def scheduled_present(sent: Sentence, a: int, trig, lex: Lexicon, subject_ends: set[int]) -> bool:
    """Whether verb trigger ``a`` stands in the simple present ("travels", "meets": the
    language's ``scheduled_present`` ending on a form the lemmatizer changes) right after its
    subject (a name's last word or a subject pronoun, adverbs between: "Xi then travels"), so
    that it is no plural noun ("held talks", "a package of sanctions"). News tells done acts
    in the past: such a verb dated on or after the publication day is a timetable."""
    ends = lex.scheduled_present
    toks = sent.tokens
    tok = toks[a]
    if not ends or trig.pos != "verb" or tok.lemma == tok.lower or not tok.lower.endswith(ends):
        return False
    k = a - 1
    while k >= 0 and _modifier(toks[k], lex):
        k -= 1
    return k >= 0 and (k in subject_ends or toks[k].lower in lex.coref.get("subject_pronouns", ()))

