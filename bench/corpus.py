"""A generated corpus of news-like articles (~500 words) in German, English and Russian.

Articles are composed from sentence templates written for this benchmark, about real
actors of the knowledge base on the article's day: two or three states, their heads of
state and government and foreign ministers in office then, their capitals. Two mixes:

- ``realistic`` (the headline figure): as in agency news, a fifth to a quarter of the
  sentences carry an event (visits, talks, agreements, aid, investment, sanctions,
  accusations, calls); the others are a headline and a dateline, background, quotes,
  statistics and scene, most of them naming the same actors (names to find and
  resolve, but no act between two states). Some 5-8 events per 500 words.
- ``dense``: 45% event sentences among filler without names, about 20 events per 500
  words; far denser than real news, the reader's worst case.

The same seed always gives the same corpus.

    from bench.corpus import articles
    for rec in articles(1000, "de", seed=1, mix="realistic"): ...
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
# The realistic mix. News reports carry a few events among many sentences that carry
# none: the headline and dateline, what happened before (background), what was said
# (quotes), figures (statistics), the scene. Here about a fifth of the body's
# sentences come from EVENTS; the rest from the lists below, which name the same actors
# (so the reader still finds, resolves and weighs names in them) without an act between
# two states. Placeholders as above, and {SA}, {SB}: surnames; {Y}: an earlier year;
# {Z}: a digit; {M}: a month.
EVENT_SHARE = 0.22
HEADLINES = {
    "en": ["{NA} in {CB} for talks on {T}", "{A} and {B} look to deepen ties", "What {SA}'s trip means for {B}",
           "{A}, {B} seek common ground on {T}", "Tensions rise between {A} and {B}", "{T} tops agenda as {SA} arrives"],
    "de": ["{NA} in {CB}", "{A} und {B} rücken enger zusammen", "Was die Reise von {SA} für {B} bedeutet",
           "{T}: {A} setzt auf {B}", "Neue Spannungen zwischen {A} und {B}", "{SA} in {CB}: {T} im Mittelpunkt"],
    "ru": ["{NA} в {CB_loc}", "{A} и {B}: новый этап отношений", "Что означает поездка {SA_gen} для {B_gen}",
           "Вопросы {T} в центре внимания", "Напряжённость между {A_ins} и {B_ins} растёт"],
}
DATELINE = {"en": "{CAPS}, {MONTH} {DAY} (DG) - ", "de": "{CAPS}, {DAY}. {MONTH} (DG) - ",
            "ru": "{CAPS}, {DAY} {MONTH} (DG) - "}
QUIET = {
    "en": [
        # background
        "{SA}, who has been in office since {Y}, has made closer ties with the region's larger economies a priority of his government.",
        "{A} is one of the largest trading partners of {B} in the region, and its companies run several of the country's biggest mines.",
        "Relations between {A} and {B} have been strained for much of the past decade, mainly over water, transit fees and the status of minorities.",
        "The two countries established diplomatic relations in {Y}, shortly after independence, but for years their contacts remained limited to trade.",
        "{CB}, a city of about {X} hundred thousand people, lies some {X}0 kilometres from the nearest border crossing and has grown quickly in recent years.",
        "The economy of {A} depends heavily on exports of oil, gas and metals, which makes it vulnerable to swings in world prices.",
        "Critics at home say the government of {A} has done too little to attract foreign investors and to fight corruption in the courts.",
        "The region has long been a crossroads of trade routes between Europe and Asia, and its ports and railways are again drawing attention.",
        "It is the first meeting at this level since the pandemic, when most contacts between the two governments moved online.",
        "Previous rounds of negotiations ended without a result, and both sides have since accused each other's officials of dragging their feet.",
        # quotes
        "\"We have opened a new chapter today, and our people will feel the results soon,\" {SA} told reporters after the session.",
        "\"This is a good signal for the whole region and for everyone who wants stability,\" a spokesman for the foreign ministry said in a statement.",
        "\"We expect concrete steps, not words, and we will judge our partners by what they do,\" {SB} said in a televised address on the eve of the talks.",
        "\"The situation remains serious, and nobody should expect a quick solution,\" said a diplomat who asked not to be named because the talks were private.",
        "\"Our partnership rests on trust and on the interests we share,\" {SA} said at a press conference in {CB}, standing beside his counterpart.",
        "\"Nobody wants a long dispute, least of all the businesses on both sides of the border,\" one official said.",
        # statistics
        "Trade between {A} and {B} reached {X}.{Z} billion dollars last year, according to customs data, up from {Z}.{Z} billion five years earlier.",
        "Inflation in {A} stood at {Z}.{Z} percent in {M}, the highest level in more than a year, driven mainly by food and fuel prices.",
        "About {X} million people live in {A}, according to the statistics office, and almost half of them are younger than thirty.",
        "Growth slowed to {Z}.{Z} percent last year, while unemployment fell to {Z}.{Z} percent, the lowest rate since the statistics office began its survey.",
        "Roughly {X} percent of the country's exports go to neighbouring markets, most of them by rail and road through a handful of crossings.",
        "The central bank of {A} kept its key rate at {Z}.{Z} percent on Friday and said it expected price growth to ease in the second half of the year.",
        # scene and other
        "The meeting was held behind closed doors and lasted more than two hours, longer than planned, before the delegations broke for lunch.",
        "Officials described the atmosphere of the negotiations as constructive and open, although several questions were left for the experts.",
        "Several hundred people gathered in the city centre to watch the ceremony, and police closed the main avenue to traffic for the afternoon.",
        "Economists expect the new rail link to cut travel times by almost half and to lower the cost of moving grain and fertiliser to the ports.",
        "The ministry said further details would be published in the coming days, once the documents had been translated and checked by lawyers.",
        "Security was tight around the presidential palace in {CB}, where snipers stood on the roofs and the streets were lined with soldiers.",
    ],
    "de": [
        "{SA}, der seit {Y} im Amt ist, hat engere Beziehungen zu den großen Volkswirtschaften der Region zu einem Schwerpunkt seiner Regierung gemacht.",
        "{A} gilt als einer der wichtigsten Handelspartner von {B} in der Region, seine Unternehmen betreiben mehrere der größten Bergwerke des Landes.",
        "Die Beziehungen zwischen {A} und {B} waren in den vergangenen Jahren angespannt, vor allem wegen Wasserrechten, Transitgebühren und der Lage von Minderheiten.",
        "Beide Länder unterhalten seit {Y} diplomatische Beziehungen, doch jahrelang beschränkten sich die Kontakte weitgehend auf den Handel.",
        "{CB}, eine Stadt mit einigen hunderttausend Einwohnern, liegt rund {X}0 Kilometer vom nächsten Grenzübergang entfernt und ist in den letzten Jahren rasch gewachsen.",
        "Die Wirtschaft von {A} hängt stark von der Ausfuhr von Öl, Gas und Metallen ab, was das Land anfällig für Schwankungen der Weltmarktpreise macht.",
        "Kritiker im eigenen Land halten der Regierung von {A} vor, zu wenig für ausländische Investoren und gegen die Korruption in den Gerichten zu tun.",
        "Die Region ist seit Jahrhunderten ein Knotenpunkt der Handelswege zwischen Europa und Asien, ihre Häfen und Bahnstrecken rücken wieder in den Blick.",
        "Es ist das erste Treffen auf dieser Ebene seit der Pandemie, als die meisten Kontakte zwischen den beiden Regierungen nur noch per Video stattfanden.",
        "Frühere Verhandlungsrunden waren ohne Ergebnis geblieben, seither werfen sich die Beamten beider Seiten gegenseitig vor, die Gespräche zu verschleppen.",
        "„Wir haben heute ein neues Kapitel aufgeschlagen, und die Menschen werden die Ergebnisse bald spüren“, sagte {SA} nach der Sitzung vor Journalisten.",
        "„Das ist ein gutes Signal für die ganze Region und für alle, die Stabilität wollen“, sagte ein Sprecher des Außenministeriums in einer Mitteilung.",
        "„Wir erwarten konkrete Schritte, keine Worte, und wir werden unsere Partner an ihren Taten messen“, sagte {SB} am Vorabend der Gespräche im Fernsehen.",
        "„Die Lage bleibt ernst, niemand sollte eine schnelle Lösung erwarten“, sagte ein Diplomat, der nicht genannt werden wollte, weil die Gespräche vertraulich waren.",
        "„Unsere Partnerschaft beruht auf Vertrauen und auf gemeinsamen Interessen“, sagte {SA} auf einer Pressekonferenz in {CB}, neben seinem Amtskollegen stehend.",
        "„Niemand will einen langen Streit, am wenigsten die Unternehmen auf beiden Seiten der Grenze“, hieß es aus Delegationskreisen.",
        "Der Warenaustausch zwischen {A} und {B} erreichte im vergangenen Jahr nach Angaben des Zolls {X},{Z} Milliarden Dollar, nach {Z},{Z} Milliarden fünf Jahre zuvor.",
        "Die Inflation in {A} lag im {M} bei {Z},{Z} Prozent, dem höchsten Stand seit mehr als einem Jahr, getrieben vor allem von Lebensmittel- und Treibstoffpreisen.",
        "Nach Angaben des Statistikamts leben rund {X} Millionen Menschen in {A}, fast die Hälfte von ihnen ist jünger als dreißig Jahre.",
        "Das Wachstum schwächte sich zuletzt auf {Z},{Z} Prozent ab, die Arbeitslosigkeit sank auf {Z},{Z} Prozent, den niedrigsten Wert seit Beginn der Erhebung.",
        "Rund {X} Prozent der Ausfuhren des Landes gehen in die Nachbarländer, die meisten davon über eine Handvoll Grenzübergänge auf der Schiene und der Straße.",
        "Die Zentralbank von {A} beließ den Leitzins am Freitag bei {Z},{Z} Prozent und erwartet, dass der Preisauftrieb in der zweiten Jahreshälfte nachlässt.",
        "Das Treffen fand hinter verschlossenen Türen statt und dauerte mehr als zwei Stunden, länger als geplant, bevor die Delegationen zum Mittagessen gingen.",
        "Die Atmosphäre der Verhandlungen wurde von Teilnehmern als konstruktiv beschrieben, mehrere Fragen wurden allerdings an die Fachleute verwiesen.",
        "Mehrere hundert Menschen verfolgten die Zeremonie im Stadtzentrum, die Polizei sperrte die Hauptstraße für den ganzen Nachmittag.",
        "Ökonomen erwarten, dass die neue Bahnverbindung die Reisezeit fast halbiert und den Transport von Getreide und Düngemitteln zu den Häfen verbilligt.",
        "Weitere Einzelheiten sollen in den kommenden Tagen veröffentlicht werden, sobald die Dokumente übersetzt und von Juristen geprüft worden sind.",
        "Rund um den Präsidentenpalast in {CB} galten strenge Sicherheitsvorkehrungen, auf den Dächern standen Scharfschützen, die Straßen säumten Soldaten.",
    ],
    "ru": [
        "{NA}, занимающий свой пост с {Y} года, сделал укрепление связей с крупными экономиками региона одним из приоритетов своего правительства.",
        "{A} остаётся одним из крупнейших торговых партнёров {B_gen} в регионе, а её компании управляют несколькими крупнейшими рудниками страны.",
        "В последние годы отношения между {A_ins} и {B_ins} оставались напряжёнными, прежде всего из-за воды, транзитных сборов и положения меньшинств.",
        "Дипломатические отношения между двумя странами существуют с {Y} года, однако долгое время контакты ограничивались в основном торговлей.",
        "{CB}, город с населением в несколько сотен тысяч человек, находится примерно в {X}0 километрах от ближайшего пограничного перехода и быстро растёт.",
        "Экономика {A_gen} во многом зависит от экспорта нефти, газа и металлов, что делает её уязвимой к колебаниям мировых цен.",
        "Критики внутри страны считают, что власти {A_gen} делают слишком мало для привлечения иностранных инвесторов и борьбы с коррупцией в судах.",
        "Регион издавна служит перекрёстком торговых путей между Европой и Азией, и его порты и железные дороги вновь привлекают внимание.",
        "Это первая встреча на таком уровне после пандемии, когда большинство контактов между двумя правительствами перешло в онлайн.",
        "Предыдущие раунды переговоров закончились без результата, и с тех пор чиновники обеих сторон упрекают друг друга в затягивании процесса.",
        "«Сегодня мы открыли новую главу, и наши граждане скоро почувствуют результаты», — сказал {SA} журналистам после заседания.",
        "«Это хороший сигнал для всего региона и для всех, кто хочет стабильности», — отметил представитель министерства иностранных дел.",
        "«Мы ждём конкретных шагов, а не слов, и будем судить о партнёрах по их делам», — сказал {SB} накануне переговоров в телевизионном обращении.",
        "«Ситуация остаётся серьёзной, и никто не должен ждать быстрого решения», — сказал дипломат, попросивший не называть его имени.",
        "«Наше партнёрство основано на доверии и на общих интересах», — сказал {SA} на пресс-конференции в {CB_loc}, стоя рядом со своим коллегой.",
        "«Никто не хочет долгого спора, и меньше всего компании по обе стороны границы», — сказал один из чиновников.",
        "По данным таможни, товарооборот между {A_ins} и {B_ins} в прошлом году составил {X},{Z} миллиарда долларов против {Z},{Z} миллиарда пятью годами ранее.",
        "Инфляция в {A_loc} в {M_loc} составила {Z},{Z} процента, это самый высокий уровень более чем за год, в основном из-за цен на продукты и топливо.",
        "По данным статистического ведомства, в {A_loc} проживают около {X} миллионов человек, и почти половина из них моложе тридцати лет.",
        "Рост экономики в прошлом году замедлился до {Z},{Z} процента, а безработица снизилась до {Z},{Z} процента, самого низкого уровня за всё время наблюдений.",
        "Около {X} процентов экспорта страны приходится на соседние рынки, причём большая часть грузов идёт по железной дороге и автотрассам через несколько переходов.",
        "Центральный банк {A_gen} в пятницу сохранил ключевую ставку на уровне {Z},{Z} процента и ожидает замедления роста цен во втором полугодии.",
        "Встреча прошла за закрытыми дверями и продолжалась более двух часов, дольше запланированного, после чего делегации отправились на обед.",
        "Участники назвали атмосферу переговоров конструктивной и открытой, хотя ряд вопросов был передан на рассмотрение экспертов.",
        "Несколько сотен человек собрались в центре города, чтобы посмотреть церемонию, а полиция перекрыла главный проспект до вечера.",
        "Экономисты ожидают, что новая железная дорога сократит время в пути почти вдвое и удешевит доставку зерна и удобрений в порты.",
        "Подробности будут опубликованы в ближайшие дни, после того как документы будут переведены и проверены юристами.",
        "Вокруг президентского дворца в {CB_loc} действовали усиленные меры безопасности, на крышах дежурили снайперы, а вдоль улиц стояли солдаты.",
    ],
}
MONTHS_LOC_RU = ["январе", "феврале", "марте", "апреле", "мае", "июне", "июле", "августе", "сентябре", "октябре",
                 "ноябре", "декабре"]

ADJ_EN = {"Germany": "German", "France": "French", "China": "Chinese", "Russia": "Russian", "Kazakhstan": "Kazakh"}


@lru_cache(maxsize=1)
def _kb():
    from diplograph import kb
    return kb.default()


@lru_cache(maxsize=None)
def _actors(lang: str, year: int, local: bool = False) -> list[dict]:
    """States with a name in ``lang`` and the people holding their offices on 1 July of
    ``year``, each with a name in ``lang`` (states without such a person are left out).
    ``local``: the capital as the language writes it (``seats.json``: "Moskau", "Москва";
    the dense mix keeps the English name, as its corpus always had) and each person's
    surname in ``lang``."""
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
                full = holders[0].names[lang][0]
                surname = (holders[0].surnames.get(lang) or [full.split()[-1]])[0]
                people.append((role, full, surname) if local else (role, full))
        if people:
            capital = _local_capital(code, c.capital, lang) if local else c.capital
            out.append({"code": code, "name": c.names[lang][0], "capital": capital, "people": people})
    return out


def _local_capital(code: str, capital: str, lang: str) -> str:
    """The capital's name in ``lang`` from the seats the base lists (German form first,
    then English, then Russian), else the English name."""
    seats = _kb().seats.get(code, [])
    if lang == "ru":
        return next((s for s in seats if "\u0400" <= s[:1] <= "\u04ff"), capital)
    if lang == "de" and seats and seats[0][:1].isascii() and seats[0] not in ("Kreml", "Bellevue"):
        return seats[0] if not ("\u0400" <= seats[0][:1] <= "\u04ff") else capital
    return capital


@lru_cache(maxsize=100_000)
def _ru(phrase: str, case: str) -> str:
    """A Russian name in another case, word by word (pymorphy3); words it cannot inflect stay."""
    from diplograph.read.text import _analyzer

    morph = _analyzer("ru")
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
    ra, na = rnd.choice(a["people"])[:2]
    rb, nb = rnd.choice(b["people"])[:2]
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


def _fill_quiet(template: str, lang: str, a: dict, b: dict, rnd: random.Random) -> str:
    """A sentence of the realistic mix without an event: surnames, years, digits, months."""
    values = {"A": a["name"], "B": b["name"], "CB": b["capital"], "NA": rnd.choice(a["people"])[1],
              "SA": rnd.choice(a["people"])[2], "SB": rnd.choice(b["people"])[2],
              "T": rnd.choice(TOPICS[lang]), "X": str(rnd.choice(range(2, 95))), "Z": str(rnd.randrange(1, 10)),
              "Y": str(rnd.choice(range(1992, 2016)))}
    month = rnd.randrange(12)
    values["M"] = MONTHS[lang][month]
    if lang == "ru":
        values["M_loc"] = MONTHS_LOC_RU[month]
        for key, case in (("A_gen", "gent"), ("B_gen", "gent"), ("A_ins", "ablt"), ("B_ins", "ablt"),
                          ("A_loc", "loct"), ("CB_loc", "loct"), ("SA_gen", "gent")):
            values[key] = _ru(values[key.split("_")[0]], case)
    # str.format fills each placeholder where it stands, several times if need be
    return template.replace("{Z}", "{Z0}", 1).replace("{Z}", "{Z1}", 1).replace("{Z}", "{Z2}", 1) \
        .replace("{Z}", "{Z3}").format(**values, Z0=values["Z"], Z1=str(rnd.randrange(10)),
                                       Z2=str(rnd.randrange(1, 10)), Z3=str(rnd.randrange(10)))


def article(i: int, lang: str, rnd: random.Random) -> dict:
    """One article of the dense mix."""
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


def realistic_article(i: int, lang: str, rnd: random.Random) -> dict:
    """One article of the realistic mix: a headline, a lead paragraph that opens with a
    dateline and tells the main event, then paragraphs where about a fifth of the
    sentences tell another event and the rest give background, quotes and figures."""
    year = rnd.choice(range(2018, 2026))
    pub = date(year, 1, 1) + timedelta(days=rnd.randrange(365))
    actors = _actors(lang, year, local=True)
    a, b, c = rnd.sample(actors, 3)
    pairs = [(a, b), (a, b), (b, a), (a, c), (c, b)]
    title = _fill_quiet(rnd.choice(HEADLINES[lang]), lang, a, b, rnd)
    day = pub - timedelta(days=rnd.randrange(3))
    dateline = DATELINE[lang].format(CAPS=b["capital"].upper(), DAY=day.day, MONTH=MONTHS[lang][day.month - 1])
    lead = [dateline + _fill(rnd.choice(EVENTS[lang]), lang, a, b, rnd), _fill_quiet(rnd.choice(QUIET[lang]), lang, a, b, rnd)]
    paragraphs = [" ".join(lead)]
    words = len(title.split()) + sum(len(s.split()) for s in lead)
    target = rnd.randrange(440, 580)
    while words < target:
        para = []
        for _ in range(rnd.choice((2, 3, 4))):
            x, y = rnd.choice(pairs)
            if rnd.random() < EVENT_SHARE:
                sent = _fill(rnd.choice(EVENTS[lang]), lang, x, y, rnd)
            else:
                sent = _fill_quiet(rnd.choice(QUIET[lang]), lang, x, y, rnd)
            para.append(sent)
            words += len(sent.split())
        paragraphs.append(" ".join(para))
    return {"id": f"{lang}-r{i:06d}", "lang": lang, "published": pub.isoformat(), "title": title,
            "text": title + "\n\n" + "\n\n".join(paragraphs)}


MIXES = {"realistic": realistic_article, "dense": article}


def articles(n: int, lang: str, seed: int = 1, mix: str = "dense") -> list[dict]:
    """``n`` articles in ``lang`` of the given mix, the same for the same seed."""
    rnd = random.Random(f"{seed}-{lang}" if mix == "dense" else f"{seed}-{lang}-{mix}")
    return [MIXES[mix](i, lang, rnd) for i in range(n)]


def write_jsonl(path, records) -> None:
    import json

    with open(path, "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
