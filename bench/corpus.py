"""A generated corpus of news-like articles (~500 words) in German, English and Russian.

Articles are composed from sentence templates written for this benchmark, about real
actors of the knowledge base on the article's day: two or three states, their heads of
state and government and foreign ministers in office then, their capitals. Event
sentences (visits, talks, agreements, aid, investment, sanctions, accusations, calls)
are mixed with sentences that carry no event (background, figures, quotes), so the
reader has real work to do: names to find and resolve, dates to read, triggers, roles.
The same seed always gives the same corpus.

    from bench.corpus import articles
    for rec in articles(1000, "de", seed=1): ...
"""
from __future__ import annotations

import random
from datetime import date, timedelta
from functools import lru_cache

# role words per office and language (nominative; Russian genitive forms are made by pymorphy3)
ROLES = {
    "head_of_state": {"de": "Präsident", "en": "President", "ru": "Президент"},
    "head_of_government": {"de": "Regierungschef", "en": "Prime Minister", "ru": "Премьер-министр"},
    "foreign_minister": {"de": "Außenminister", "en": "Foreign Minister", "ru": "Министр иностранных дел"},
}
TOPICS = {
    "de": ["Energie", "Handel", "Verkehr", "Landwirtschaft", "Bildung", "Gesundheit", "Wasserwirtschaft",
           "Digitalisierung", "Rohstoffe", "Klimaschutz", "Tourismus", "Logistik"],
    "en": ["energy", "trade", "transport", "agriculture", "education", "health", "water management",
           "digital infrastructure", "critical minerals", "climate", "tourism", "logistics"],
    "ru": ["энергетики", "торговли", "транспорта", "сельского хозяйства", "образования", "здравоохранения",
           "водного хозяйства", "цифровизации", "добычи сырья", "климата", "туризма", "логистики"],
}
DAYS = {
    "de": ["am Montag", "am Dienstag", "am Mittwoch", "am Donnerstag", "am Freitag", "Ende vergangener Woche"],
    "en": ["on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday", "last week"],
    "ru": ["в понедельник", "во вторник", "в среду", "в четверг", "в пятницу", "на прошлой неделе"],
}
MONTHS = {
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
           "November", "Dezember"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"],
    "ru": ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
           "ноября", "декабря"],
}

# {A}, {B}: states; {PA}, {PB}: office holders with their role word ({RA} {NA}); {CB}: B's capital;
# {D}: a day; {T}: a topic; {X}: a number. Russian templates use case forms: {A_gen}, {B_dat}, ...
EVENTS = {
    "en": [
        "{RA} {NA} met {RB} {NB} in {CB} {D} to discuss {T}.",
        "{A} and {B} signed an agreement on {T} in {CB} {D}.",
        "{RA} {NA} paid a state visit to {B} {D}, the first in {X} years.",
        "{A} pledged {X} million dollars in humanitarian aid to {B}.",
        "{NA} held talks with {NB} by telephone {D}, the {A_adj} government said.",
        "{A} imposed new sanctions on {B} over its role in the conflict.",
        "{A} accused {B} of violating the ceasefire along the border.",
        "{RA} {NA} will visit {B} next month, the foreign ministry in {CA} announced.",
        "{A} and {B} agreed to expand cooperation in {T}.",
        "{A} will invest {X} billion dollars in {T} projects in {B}, officials said.",
        "{A} expelled two diplomats from {B} {D}.",
        "{RB} {NB} received {RA} {NA} in {CB} {D}.",
        "{A} criticised {B} for its decision to close the border crossing.",
        "{A} and {B} issued a joint statement on {T} after the talks.",
    ],
    "de": [
        "{RA} {NA} traf {D} in {CB} mit {RB} {NB} zusammen, um über {T} zu sprechen.",
        "{A} und {B} unterzeichneten {D} in {CB} ein Abkommen über {T}.",
        "{RA} {NA} reiste {D} zu einem Staatsbesuch nach {CB}.",
        "{A} sagte {B} humanitäre Hilfe in Höhe von {X} Millionen Euro zu.",
        "{NA} telefonierte {D} mit {NB}, teilte die Regierung in {CA} mit.",
        "{A} verhängte neue Sanktionen gegen {B}.",
        "{A} warf {B} vor, die Waffenruhe an der Grenze zu verletzen.",
        "{RA} {NA} wird im kommenden Monat {B} besuchen, kündigte das Außenministerium an.",
        "{A} und {B} vereinbarten, ihre Zusammenarbeit im Bereich {T} auszubauen.",
        "{A} will {X} Milliarden Euro in Projekte für {T} in {B} investieren.",
        "{A} wies {D} zwei Diplomaten aus {B} aus.",
        "{RB} {NB} empfing {D} {RA} {NA} in {CB}.",
        "{A} kritisierte {B} für die Schließung des Grenzübergangs.",
        "{A} und {B} veröffentlichten nach den Gesprächen eine gemeinsame Erklärung.",
    ],
    "ru": [
        "{RA} {A_gen} {NA} {D} встретился в {CB_loc} с {NB_ins}, чтобы обсудить вопросы {T}.",
        "{A} и {B} {D} подписали в {CB_loc} соглашение о сотрудничестве в области {T}.",
        "{RA} {A_gen} {NA} {D} прибыл с государственным визитом в {B_acc}.",
        "{A} выделит {B_dat} гуманитарную помощь на {X} миллионов долларов.",
        "{NA} {D} провёл телефонный разговор с {NB_ins}.",
        "{A} ввела новые санкции против {B_gen}.",
        "{A} обвинила {B_acc} в нарушении режима прекращения огня.",
        "{RA} {A_gen} {NA} в следующем месяце посетит {B_acc}, сообщили в министерстве.",
        "{A} и {B} договорились расширить сотрудничество в сфере {T}.",
        "{A} инвестирует {X} миллиардов долларов в проекты {T} в {B_loc}.",
        "{A} {D} выслала двух дипломатов {B_gen}.",
        "{NB} {D} принял в {CB_loc} {NA_acc}.",
        "{A} раскритиковала {B_acc} за закрытие пограничного перехода.",
        "{A} и {B} по итогам переговоров приняли совместное заявление.",
    ],
}
FILLER = {
    "en": [
        "Trade between the two countries grew by {X} percent last year, according to official figures.",
        "Analysts said the talks reflected a broader shift in the region's foreign policy.",
        "The meeting was held behind closed doors and lasted more than two hours.",
        "Officials described the atmosphere of the negotiations as constructive and open.",
        "The delegations also discussed transport corridors, energy supplies and digital infrastructure.",
        "Business leaders from both sides attended a forum on the sidelines of the visit.",
        "Observers noted that relations had cooled in recent years after a dispute over water.",
        "The ministry said further details would be published in the coming days.",
        "Inflation and the cost of energy remain the main concerns of voters in the region.",
        "The next round of consultations is expected to take place in the autumn.",
        "Several hundred people gathered in the city centre to watch the ceremony.",
        "Economists expect the new rail link to cut travel times by almost half.",
    ],
    "de": [
        "Der Handel zwischen beiden Ländern wuchs im vergangenen Jahr nach offiziellen Angaben um {X} Prozent.",
        "Beobachter sehen in den Gesprächen ein Zeichen für eine neue Außenpolitik in der Region.",
        "Das Treffen fand hinter verschlossenen Türen statt und dauerte mehr als zwei Stunden.",
        "Die Atmosphäre der Verhandlungen wurde von Teilnehmern als konstruktiv beschrieben.",
        "Die Delegationen sprachen auch über Verkehrskorridore, Energielieferungen und digitale Netze.",
        "Am Rande des Besuchs fand ein Wirtschaftsforum mit zahlreichen Unternehmen statt.",
        "In den vergangenen Jahren hatten sich die Beziehungen nach einem Streit um Wasser abgekühlt.",
        "Weitere Einzelheiten sollen in den kommenden Tagen veröffentlicht werden.",
        "Die Inflation und die hohen Energiepreise bleiben die größten Sorgen der Bevölkerung.",
        "Die nächste Runde der Konsultationen ist für den Herbst geplant.",
        "Mehrere hundert Menschen verfolgten die Zeremonie im Stadtzentrum.",
        "Ökonomen erwarten, dass die neue Bahnverbindung die Reisezeit fast halbiert.",
    ],
    "ru": [
        "По официальным данным, товарооборот между двумя странами в прошлом году вырос на {X} процентов.",
        "Аналитики считают, что переговоры отражают более широкие перемены во внешней политике региона.",
        "Встреча прошла за закрытыми дверями и продолжалась более двух часов.",
        "Участники назвали атмосферу переговоров конструктивной и открытой.",
        "Делегации также обсудили транспортные коридоры, поставки энергии и цифровую инфраструктуру.",
        "На полях визита прошёл деловой форум с участием десятков компаний.",
        "В последние годы отношения охладели после спора о распределении воды.",
        "Подробности будут опубликованы в ближайшие дни.",
        "Инфляция и стоимость энергии остаются главными заботами жителей региона.",
        "Следующий раунд консультаций ожидается осенью.",
        "Несколько сотен человек собрались в центре города, чтобы посмотреть церемонию.",
        "Экономисты ожидают, что новая железная дорога сократит время в пути почти вдвое.",
    ],
}
ADJ_EN = {"Germany": "German", "France": "French", "China": "Chinese", "Russia": "Russian", "Kazakhstan": "Kazakh"}


@lru_cache(maxsize=1)
def _kb():
    from diplograph import kb
    return kb.default()


@lru_cache(maxsize=None)
def _actors(lang: str, year: int) -> list[dict]:
    """States with a name in ``lang`` and the people holding their offices on 1 July of
    ``year``, each with a name in ``lang`` (states without such a person are left out)."""
    kb = _kb()
    when = date(year, 7, 1)
    out = []
    for code in kb.un_members:
        c = kb.countries.get(code)
        if not c or not c.names.get(lang) or not c.capital:
            continue
        people = []
        for role in ROLES:
            holders = kb.holders(code, role, when)
            if len(holders) == 1 and holders[0].names.get(lang):
                people.append((role, holders[0].names[lang][0]))
        if people:
            out.append({"code": code, "name": c.names[lang][0], "capital": c.capital, "people": people})
    return out


@lru_cache(maxsize=100_000)
def _ru(phrase: str, case: str) -> str:
    """A Russian name in another case, word by word (pymorphy3); words it cannot inflect stay."""
    from diplograph.read.text import _ANALYZERS, _lemmatizer

    _lemmatizer("ru")
    morph = _ANALYZERS["ru"]
    words = []
    for w in phrase.split():
        parts = []
        for piece in w.split("-"):
            p = morph.parse(piece)[0]
            form = p.inflect({case})
            word = form.word if form else piece
            parts.append(word[:1].upper() + word[1:] if piece[:1].isupper() else word)
        words.append("-".join(parts))
    return " ".join(words)


def _fill(template: str, lang: str, a: dict, b: dict, rnd: random.Random) -> str:
    ra, na = rnd.choice(a["people"])
    rb, nb = rnd.choice(b["people"])
    values = {"A": a["name"], "B": b["name"], "CA": a["capital"], "CB": b["capital"],
              "RA": ROLES[ra][lang], "RB": ROLES[rb][lang], "NA": na, "NB": nb,
              "D": rnd.choice(DAYS[lang]), "T": rnd.choice(TOPICS[lang]), "X": str(rnd.choice(range(2, 95))),
              "A_adj": ADJ_EN.get(a["name"], a["name"])}
    if lang == "ru":
        for key, case in (("A_gen", "gent"), ("B_gen", "gent"), ("B_dat", "datv"), ("B_acc", "accs"),
                          ("B_loc", "loct"), ("CB_loc", "loct"), ("NB_ins", "ablt"), ("NA_acc", "accs")):
            base = values[key.split("_")[0]]
            values[key] = _ru(base, case)
    return template.format(**values)


def article(i: int, lang: str, rnd: random.Random) -> dict:
    year = rnd.choice(range(2018, 2026))
    pub = date(year, 1, 1) + timedelta(days=rnd.randrange(365))
    actors = _actors(lang, year)
    a, b, c = rnd.sample(actors, 3)
    pairs = [(a, b), (b, a), (a, c), (c, b)]
    title = _fill(rnd.choice(EVENTS[lang]), lang, a, b, rnd).rstrip(".")
    paragraphs, words = [], len(title.split())
    while words < 480:
        para = []
        for _ in range(rnd.choice((3, 4, 5))):
            x, y = rnd.choice(pairs)
            template = rnd.choice(EVENTS[lang]) if rnd.random() < 0.45 else rnd.choice(FILLER[lang])
            sent = _fill(template, lang, x, y, rnd)
            para.append(sent)
            words += len(sent.split())
        paragraphs.append(" ".join(para))
    return {"id": f"{lang}-{i:06d}", "lang": lang, "published": pub.isoformat(), "title": title,
            "text": title + "\n\n" + "\n\n".join(paragraphs)}


def articles(n: int, lang: str, seed: int = 1) -> list[dict]:
    """``n`` articles in ``lang``, the same for the same seed."""
    rnd = random.Random(f"{seed}-{lang}")
    return [article(i, lang, rnd) for i in range(n)]


def write_jsonl(path, records) -> None:
    import json

    with open(path, "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
