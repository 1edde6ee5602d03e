"""How many FactRuEval 2016 Meeting and Deal facts between two countries' actors the
reader finds. Usage:

    python tools/factrueval.py [DEVSET_DIR] [--show]

DEVSET_DIR defaults to ../shared/datasets/factrueval2016-dev/devset (standoff files:
``book_N.txt`` and ``book_N.facts``). FactRuEval marks who met whom and who dealt with
whom in Russian news, not PLOVER events, so this is a check of recall on one kind of
event, not a score:

- every fact participant is given a country: a person by the ``Where`` of their
  Occupation fact (else by the knowledge base), an organisation by the ``Whole`` of its
  isPartOf fact, by the knowledge base (names, a country named inside: "правительство
  Белоруссии") or by a nationality adjective ("украинское правительство");
- a fact counts when its participants belong to at least two different countries;
- a Meeting is found when the reader reads a CONSULT between two of those countries in
  that document; a Deal when it reads the PLOVER type of the Deal's kind between two of
  them: AGREE, SUPPORT or COOPERATE, and for a loan also AID (credit is aid under PLOVER),
  for a fine SANCTION (``DEAL_BY_KIND``; any type is reported beside it).

Prints the counts; ``--show`` lists each fact with what was read. Not a test: the
dataset stays in ../shared and nothing of it is copied into the project.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from diplograph import kb as kbmod
from diplograph.model import Article
from diplograph.read import read
from diplograph.read.lexicon import lexicon
from diplograph.read.text import lemma

DEFAULT = Path(__file__).resolve().parents[1].parent / "shared" / "datasets" / "factrueval2016-dev" / "devset"
DEAL_TYPES = {"AGREE", "SUPPORT", "COOPERATE"}
# the PLOVER types a Deal of each FactRuEval kind is read as (PLOVER_MANUAL 3.5 COOPERATE, 3.6 AID
# and its note that court-ordered payments are SANCTION):
# credit is AID (material benefit to the recipient), a fine imposed is SANCTION, an investment
# or a sale is economic exchange (COOPERATE); agreeing to one, or signing it, is AGREE or SUPPORT
DEAL_BY_KIND = {
    "займ/возвращение займа": DEAL_TYPES | {"AID"},
    "наложение/выплата штрафа": {"SANCTION"},
    "инвестиции": DEAL_TYPES,
    "купля/продажа": DEAL_TYPES,
}


def parse_facts(path: Path) -> list[dict]:
    """The facts of one document: {"id", "kind", "slots": [(slot, obj_id, name)]}."""
    facts = []
    for block in path.read_text(encoding="utf-8").split("\n\n"):
        lines = [x for x in block.strip().splitlines() if x.strip()]
        if not lines:
            continue
        fid, _, kind = lines[0].partition(" ")
        slots = []
        for line in lines[1:]:
            parts = line.split(" ", 2)
            if len(parts) == 3 and parts[1].startswith(("obj", "span")):
                slots.append((parts[0], parts[1], parts[2]))
        deal = next((x.split(" ", 1)[1].strip() for x in lines[1:] if x.startswith("Type ") and " " in x), None)
        facts.append({"id": fid, "kind": kind.strip(), "slots": slots, "type": deal})
    return facts


class Countries:
    """A country code for each fact participant of one document."""

    def __init__(self, facts: list[dict], kb: kbmod.KnowledgeBase):
        self.kb = kb
        self.lex = lexicon("ru")
        self.where = {}   # person obj -> obj of the Occupation's Where
        self.whole = {}   # part obj -> whole obj
        self.names = {}   # obj -> its name(s) as the facts give them
        for f in facts:
            for slot, obj, name in f["slots"]:
                self.names.setdefault(obj, name)
            d = {slot: obj for slot, obj, _ in f["slots"]}
            if f["kind"] == "Occupation" and "Who" in d and "Where" in d:
                self.where.setdefault(d["Who"], d["Where"])
            if f["kind"] == "isPartOf":
                part, whole = d.get("Part") or d.get("Company"), d.get("Whole")
                if whole is None:  # "Company obj106 ... / Company obj107 ...": first is part of second
                    objs = [o for s, o, _ in f["slots"]]
                    part, whole = (objs + [None, None])[:2]
                if part and whole:
                    self.whole.setdefault(part, whole)

    def of(self, obj: str, seen=()) -> str | None:
        if obj in seen:
            return None
        for nxt in (self.where.get(obj), self.whole.get(obj)):
            if nxt:
                code = self.of(nxt, seen + (obj,))
                if code:
                    return code
        return self._by_name(self.names.get(obj, ""))

    def _by_name(self, names: str) -> str | None:
        for name in (n.strip() for n in names.split("|")):
            if not name:
                continue
            words = name.split()
            tries = [name, " ".join(reversed(words)) if len(words) == 2 else None, words[0] if words else None]
            for t in filter(None, tries):
                actor = self.kb.resolve_one(t, "ru", None)
                code = self._country(actor)
                if code:
                    return code
            first = lemma(words[0], "ru") if words else ""
            if first in self.lex.demonyms:
                return self.lex.demonyms[first]
            for m in self.kb.find(name, "ru"):
                code = self._country(self.kb.resolve_one(m.text, "ru", None))
                if code:
                    return code
        return None

    def _country(self, actor: dict | None) -> str | None:
        if not actor:
            return None
        for key in ("country", "code"):
            code = actor.get(key)
            if code in self.kb.countries:
                return code
        return None


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("devset", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--show", action="store_true", help="list each fact and what was read")
    args = ap.parse_args(argv)
    if not args.devset.is_dir():
        print(f"skipping factrueval: {args.devset} not found")
        return 0
    kb = kbmod.default()
    counts = {"Meeting": [0, 0, 0], "Deal": [0, 0, 0]}  # between two countries, found as wanted, found as any type
    for facts_file in sorted(args.devset.glob("*.facts")):
        facts = [f for f in parse_facts(facts_file) if f["kind"] in counts]
        if not facts:
            continue
        all_facts = parse_facts(facts_file)
        countries = Countries(all_facts, kb)
        text = facts_file.with_suffix(".txt").read_text(encoding="utf-8")
        events = read(Article(facts_file.stem, text, None, "ru"), kb)
        for f in facts:
            codes = {countries.of(obj) for slot, obj, _ in f["slots"] if slot == "Participant"} - {None}
            if len(codes) < 2:
                continue
            pairs = [(e.type, e.source.code, e.target.code) for e in events
                     if e.target and e.source.code in codes and e.target.code in codes and e.source.code != e.target.code]
            wanted = {"CONSULT"} if f["kind"] == "Meeting" else DEAL_BY_KIND.get(f["type"], DEAL_TYPES)
            hit = [p for p in pairs if p[0] in wanted]
            c = counts[f["kind"]]
            c[0] += 1
            c[1] += bool(hit)
            c[2] += bool(pairs)
            if args.show:
                who = ", ".join(f"{name} ({countries.of(obj)})" for slot, obj, name in f["slots"] if slot == "Participant")
                print(f"{f['id']} {f['kind']}: {who} -> {'FOUND ' if hit else ''}{sorted(set(pairs)) or 'nothing'}")
    m, d = counts["Meeting"], counts["Deal"]
    print(f"Meeting facts between two countries' actors: {m[0]}; found as CONSULT: {m[1]}")
    print(f"Deal facts between two countries' actors: {d[0]}; found as the PLOVER type of their kind "
          f"(AGREE/SUPPORT/COOPERATE, a loan also AID, a fine SANCTION): {d[1]}; with any event between them: {d[2]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
