"""Pointing back: pronouns, "der Präsident", "das Land", "beide Länder", "the two leaders".

The discourse keeps what the article has named so far; a description resolves to the
last person (of the same role where one is given), to the article's most-named country,
or to the last pair of parties.
"""
from __future__ import annotations

from collections import Counter
from operator import is_
from dataclasses import dataclass, field


@dataclass
class Discourse:
    persons: list[dict] = field(default_factory=list)
    countries: Counter = field(default_factory=Counter)
    last_country: dict | None = None
    country_actor: dict = field(default_factory=dict)
    last_pair: tuple[dict, dict] | None = None
    last_event: object | None = None
    recent_events: list = field(default_factory=list)
    sentence_events: list = field(default_factory=list)  # the events read so far in the current sentence
    last_event_sentence: int = -10
    last_joint_event: object | None = None  # the last event two parties did together
    last_pair_event: object | None = None  # the last event with a recipient that is no mere possibility
    last_people_event: object | None = None  # ... and the last one between two people
    dyads: Counter = field(default_factory=Counter)  # how often each pair of states has acted on each other
    dyad_event: dict = field(default_factory=dict)  # pair -> its last event
    last_people_sentence: int = -10
    last_joint_sentence: int = -10
    last_date: object | None = None
    plan_date: object | None = None  # the date of the last plan told of: it dates later plans, not later acts
    talks_date: object | None = None  # the date of the last talks held: "по итогам переговоров" dates by it
    summit_place: object | None = None  # the place of the last summit or conference told: where its sessions are
    last_place: dict | None = None  # the country of the last event's place: what "dort" points back to
    subject: dict | None = None  # the person the last sentence was about: what "er" points back to
    last_organisation: dict | None = None  # what "die Mitgliedstaaten" point back to
    last_accused: tuple | None = None  # (actor, sentence) of the last accusation told: whom "also voiced concern" judges
    accusers: dict = field(default_factory=dict)  # code -> who last accused it: whom "wies die Vorwürfe zurück" answers
    groups: dict = field(default_factory=dict)  # n -> the last list of n states named: what "die drei Staaten" are
    grouped: set = field(default_factory=set)  # (sentence, code) of each state a group phrase pointed back to
    summit_party: dict | None = None  # the organisation whose summit is told of: whom "nahm teil" attends

    def pronoun(self) -> dict | None:
        """A subject pronoun continues the person the previous sentence was about ("Putin
        reiste nach China. ... Wenig später reiste er nach Minsk"), else the last person."""
        return self.subject or self.person()

    def end_sentence(self, sent, ments, pronouns) -> None:
        """The sentence is about its first person, unless a subject pronoun comes first
        (then it goes on about the same one)."""
        first = next((m for m in ments if m.actor and m.actor.get("kind") == "person"), None)
        if first is None:  # (most sentences: no need to look for a pronoun)
            return
        if not any(w in pronouns for w in sent.lowers[:first.first + 1]):
            self.subject = first.actor

    def note(self, actor: dict) -> None:
        if actor.get("kind") == "organisation" and actor.get("code"):
            self.last_organisation = actor
        if actor.get("kind") == "person":
            self.persons.append(actor)
        code = actor.get("code")
        if code and actor.get("kind") in ("country", "person") and code == actor.get("country"):
            self.countries[code] += 1
            self.country_actor.setdefault(code, {"code": code, "name": actor.get("name") if actor.get("kind") == "country"
                                                 else code, "kind": "country", "country": code})
            self.last_country = self.country_actor[code]

    def note_lists(self, ments) -> None:
        """Keep each list of three or more states the sentence names ("Deutschland, Frankreich
        und Großbritannien"), by its length: "die drei Staaten" point back to it."""
        lists: dict[int, dict] = {}
        for m in ments:
            code = m.actor.get("code") if m.list_id and m.actor else None
            if code and m.actor.get("kind") in ("country", "person") and code == m.actor.get("country"):
                lists.setdefault(m.list_id, {}).setdefault(code, self.country_actor.get(code) or {
                    "code": code, "name": code, "kind": "country", "country": code})
        for members in lists.values():
            if len(members) >= 3:
                self.groups[len(members)] = list(members.values())

    def note_summit(self, nouns: list[int], ments, events) -> None:
        """The organisation of the summit told of: named with a summit noun ("der G20-Gipfel",
        "beim Gipfel der SOZ") or received by an attendance ("nahm am Gipfel der Nato teil")."""
        for ev in events:
            if ev.mode == "multilateral" and ev.target is not None and ev.target.kind == "organisation":
                self.summit_party = ev.target.to_dict()
        for k in nouns:
            org = next((m.actor for m in ments if m.actor and m.actor.get("kind") == "organisation"
                        and -1 <= m.first - k <= 3), None)
            if org is not None:
                self.summit_party = org

    def note_dyad(self, ev) -> None:
        pair = frozenset((ev.source.code, ev.target.code))
        self.dyads[pair] += 1
        self.dyad_event.pop(pair, None)
        self.dyad_event[pair] = ev  # (the dict's order: the pair told last comes last)

    def main_pair(self):
        """The last event of the pair of states told of most so far (of equals, the later):
        what "both governments", "the two sides" mean after a third state joined in."""
        if not self.dyads:
            return None
        order = {p: k for k, p in enumerate(self.dyad_event)}
        best = max(self.dyads, key=lambda p: (self.dyads[p], order[p]))
        return self.dyad_event[best]

    def last_of(self, event_type: str):
        """The latest event of a type told in this sentence, else in the one before."""
        for ev in reversed(self.sentence_events + [None] + list(self.recent_events)):
            if ev is not None and ev.type == event_type:
                return ev
        return None

    def person(self, role: str | None = None) -> dict | None:
        for a in reversed(self.persons):
            # "the minister" may be any minister ("die Ministerin" after "Außenministerin Baerbock")
            if role is None or a.get("role") == role or (role == "minister" and str(a.get("role")).endswith("minister")):
                return a
        return self.persons[-1] if self.persons and role in (None, "head_of_state", "head_of_government") else None

    def topic_country(self) -> dict | None:
        if not self.countries:
            return None
        code = self.countries.most_common(1)[0][0]
        return self.country_actor[code]


def groups_in(sent, lex, groups: dict) -> list[tuple[int, int, list[dict]]]:
    """(first token, length, the states) of each phrase that names a number of states by
    its count ("die drei Staaten", "der drei europäischen Länder", "the three countries")
    where the article has named a list of that many: an article, a number word, at most
    two lower-case adjectives, a noun of ``group_nouns``."""
    words = lex.numbers.get("words", {})
    articles = lex.coref.get("group_articles", ())
    nouns = lex.coref.get("group_nouns", ())
    lowers, toks = sent.lowers, sent.tokens
    out = []
    for k in range(1, len(lowers)):
        n = words.get(lowers[k])
        if n is None or n not in groups or lowers[k - 1] not in articles:
            continue
        j = k + 1
        while j < len(toks) and j <= k + 2 and lowers[j] not in nouns and toks[j].text.isalpha() \
                and toks[j].text[:1].islower():
            j += 1
        if j < len(toks) and lowers[j] in nouns:
            out.append((k - 1, j - k + 2, groups[n]))
    return out


def phrase_at(tokens, i: int, phrases: list[str]) -> int:
    """Length in tokens of the phrase from ``phrases`` starting at token ``i`` (0: none).

    Asked for every token of every sentence, so the phrases are looked up by their first
    word (an index built once per list) instead of being compared one by one."""
    if not phrases or i >= len(tokens):
        return 0
    for words in _by_first_word(phrases).get(tokens[i].lower, ()):
        n = len(words)  # (the last word first: most phrases fail there)
        if i + n <= len(tokens) and tokens[i + n - 1].lower == words[-1] \
                and [t.lower for t in tokens[i:i + n]] == words:
            return n
    return 0


def phrase_starts(tokens, *lists: list[str], lowers: list[str] | None = None) -> set[int]:
    """The token indexes at which a phrase of any of ``lists`` begins (all its words are
    there): the only places ``phrase_at`` needs asking. ``lowers``: the tokens' lower
    case, when the caller has them. (Phrases are looked up by their first two words:
    "the" begins a score of them.)"""
    lists = tuple(filter(None, lists))  # (an absent list comes as a new empty one each time)
    key = tuple(map(id, lists))
    entry = _FIRSTS.get(key)
    if entry is None or not all(map(is_, entry[0], lists)) or entry[1] != tuple(map(len, lists)):
        firsts: set[str] = set()
        by_two: dict[tuple[str, ...], list[list[str]]] = {}
        for phrases in lists:
            for first, words in _by_first_word(phrases).items():
                firsts.add(first)
                for w in words:
                    by_two.setdefault(tuple(w[:2]), []).append(w)
        entry = _FIRSTS[key] = (lists, tuple(map(len, lists)), frozenset(firsts), by_two)
    firsts, by_two = entry[2], entry[3]
    lowers = [t.lower for t in tokens] if lowers is None else lowers
    if firsts.isdisjoint(lowers):  # (most sentences: no word starts a phrase)
        return set()
    out = set()
    for k in [k for k, w in enumerate(lowers) if w in firsts]:
        if (lowers[k],) in by_two or any(lowers[k:k + len(words)] == words
                                         for words in by_two.get(tuple(lowers[k:k + 2]), ())):
            out.add(k)
    return out


_FIRSTS: dict[tuple, tuple] = {}  # the lists' ids -> (the lists, their lengths, first words, first two words -> phrases)


_INDEXES: dict[int, tuple] = {}


def _by_first_word(phrases: list[str]) -> dict[str, list[list[str]]]:
    """first word -> the phrases (as word lists) that start with it, in list order. Kept
    per list object (the language data's lists live as long as the process)."""
    entry = _INDEXES.get(id(phrases))
    if entry is None or entry[0] is not phrases or entry[2] != len(phrases):
        index: dict[str, list[list[str]]] = {}
        for p in phrases:
            words = p.split()
            if not words:  # an empty phrase matches first and stops the search
                break
            index.setdefault(words[0], []).append(words)
        entry = _INDEXES[id(phrases)] = (phrases, index, len(phrases))
    return entry[1]
