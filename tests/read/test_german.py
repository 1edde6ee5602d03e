"""The reader on German sentences written for these tests: one behaviour of German
clause structure, argument roles, coreference, status or dates per test."""
from datetime import date

from diplograph.model import Article
from diplograph.read import read
from diplograph.read.times import find_dates

PUB = date(2025, 5, 12)  # a Monday


def events(text, published=PUB):
    return read(Article("t", text, published, "de"))


def pairs(evs):
    return {(e.type, e.source.code, e.target.code if e.target else None) for e in evs}


def test_separable_particle_closes_the_clause():
    evs = events("Merz sagte der Ukraine weitere militärische Unterstützung zu.")
    e = next(e for e in evs if e.target and e.target.code == "UKR")
    assert (e.type, e.source.code, e.status) == ("AGREE", "DEU", "announced")


def test_zu_of_an_infinitive_is_no_particle():
    assert events("Russland sei militärisch nicht zu besiegen, sagte Tokajew vor Journalisten.") == []


def test_embedded_relative_clause_keeps_its_own_verb():
    evs = events("Präsident Wolodymyr Selenskyj, der sich am Dienstag in Ankara mit dem türkischen Präsidenten "
                 "Recep Tayyip Erdoğan beriet, verschob seinen Besuch in Saudi-Arabien.")
    talks = next(e for e in evs if e.target and e.target.code == "TUR")
    assert (talks.type, talks.source.code, talks.status, talks.date) == ("CONSULT", "UKR", "occurred", "2025-05-06")
    trip = next(e for e in evs if e.target and e.target.code == "SAU")
    assert trip.status == "negated"


def test_passive_host_with_pronoun_guest():
    evs = events("Bundeskanzler Friedrich Merz brach am Mittwoch zu seiner ersten Auslandsreise auf. "
                 "In Paris wurde er von Staatspräsident Emmanuel Macron mit militärischen Ehren empfangen.")
    assert ("CONSULT", "DEU", "FRA") in pairs(evs)


def test_host_with_object_pronoun_guest():
    evs = events("Chinas Staatschef Xi Jinping landete am Dienstag in Belgrad. "
                 "Dort empfing ihn Präsident Aleksandar Vučić mit militärischen Ehren.")
    e = next(e for e in evs if e.target and e.target.code == "SRB" and e.source.code == "CHN")
    assert e.type == "CONSULT" and e.mode == "visit"


def test_pronoun_continues_the_sentence_subject():
    evs = events("Im Mai reiste Wladimir Putin nach China. In Peking unterzeichneten er und Xi Jinping eine "
                 "gemeinsame Erklärung. Wenig später reiste er nach Minsk.", published=date(2024, 12, 30))
    assert ("CONSULT", "RUS", "BLR") in pairs(evs)
    assert not any(e.source.code == "CHN" and e.target and e.target.code == "BLR" for e in evs)


def test_dative_role_after_the_verb_is_no_doer():
    evs = events("Außenminister Radosław Sikorski reiste nach Kiew. Oppositionspolitiker warfen dem "
                 "Außenminister vor, die Lage zu beschönigen.")
    assert not any(e.type == "ACCUSE" for e in evs)


def test_an_answer_goes_to_the_accuser():
    evs = events("Polen warf Russland Sabotageakte vor. Moskau wies die Vorwürfe zurück.")
    assert ("ACCUSE", "POL", "RUS") in pairs(evs)
    assert ("REJECT", "RUS", "POL") in pairs(evs)


def test_closing_a_consulate_and_recalling_an_ambassador_are_sanctions():
    evs = events("Polen schließt das russische Generalkonsulat in Krakau.")
    assert ("SANCTION", "POL", "RUS") in pairs(evs)
    evs = events("Deutschland rief seinen Botschafter aus dem Iran zurück.")
    assert ("SANCTION", "DEU", "IRN") in pairs(evs)


def test_called_off_anywhere_in_the_clause():
    evs = events("Brasiliens Präsident Lula sagte seine Teilnahme am Gipfel in Russland nach einem Unfall ab.")
    assert evs and all(e.status == "negated" for e in evs)
    evs = events("Der indische Premierminister Narendra Modi verzichtete auf die Reise nach Kasachstan.")
    assert [(e.type, e.source.code, e.target.code, e.status) for e in evs] == [("CONSULT", "IND", "KAZ", "negated")]


def test_nicht_before_an_adjective_negates_the_adjective():
    evs = events("China werde Kirgisistan nicht rückzahlbare Hilfen über 20 Millionen Dollar zur Verfügung "
                 "stellen, sagte Xi Jinping.")
    e = next(e for e in evs if e.target and e.target.code == "KGZ")
    assert e.status == "announced" and e.amount.value == 20_000_000


def test_a_surname_after_an_article_is_the_common_noun():
    evs = events("UN-Generalsekretär António Guterres mahnte bei Putin einen gerechten Frieden an.")
    assert not any("LUX" in (e.source.code, e.target.code if e.target else None) for e in evs)
    assert ("REQUEST", "UN", "RUS") in pairs(evs)


def test_a_capital_after_a_locative_preposition_is_the_place():
    evs = events("Verteidigungsminister Boris Pistorius kritisierte in Brüssel die Vereinigten Staaten.")
    assert ("ACCUSE", "DEU", "USA") in pairs(evs)
    assert not any(e.target and e.target.code == "EU" for e in evs)


def test_joint_act_in_a_country_is_no_partner():
    evs = events("Die Außenminister Frankreichs und Polens einigten sich am Montag in Luxemburg auf neue Hilfen.")
    assert not any(e.target and e.target.code == "LUX" for e in evs)


def test_truncated_compound_names_no_un_body():
    evs = events("Frankreich und Deutschland vereinbarten, einen Verteidigungs- und Sicherheitsrat einzurichten.")
    assert not any(e.target and e.target.code == "UNSC" for e in evs)
    assert ("AGREE", "FRA", "DEU") in pairs(evs) or ("AGREE", "DEU", "FRA") in pairs(evs)


def test_seasons():
    got = {d.text: d.value for d in find_dates("im vergangenen Herbst, im Sommer 2020, im Frühjahr", "de", PUB)}
    assert got["im vergangenen Herbst"] == {"start": "2024-09-01", "end": "2024-11-30"}
    assert got["im Sommer 2020"] == {"start": "2020-06-01", "end": "2020-08-31"}
    assert got["im Frühjahr"] == {"start": "2025-03-01", "end": "2025-05-31"}


def test_am_vortag_counts_from_the_date_told_before():
    evs = events("Bundeskanzler Olaf Scholz kam am Dienstag in Astana mit den Präsidenten der fünf "
                 "zentralasiatischen Staaten zusammen. Am Vortag hatte der Kanzler Präsident "
                 "Kassym-Schomart Tokajew getroffen.", published=date(2024, 9, 17))
    e = next(e for e in evs if e.target and e.target.code == "KAZ" and e.source.code == "DEU"
             and "Vortag" in e.evidence.text)
    assert e.date == "2024-09-16"
    assert any(e.target and e.target.code == "C5" and e.date == "2024-09-17" for e in evs)


# -- the recipient of a criticism is whoever did the criticised thing ---------------

def test_criticism_targets_the_genitive_after_the_object():
    evs = events("Bundesaußenministerin Annalena Baerbock kritisierte die Waffenlieferungen Teherans an Moskau.")
    assert pairs(evs) == {("ACCUSE", "DEU", "IRN")}


def test_criticism_targets_the_genitive_before_the_object():
    evs = events("Annalena Baerbock verurteilte am Montag in Brüssel Pekings Unterstützung für Russlands Krieg.")
    assert pairs(evs) == {("ACCUSE", "DEU", "CHN")}


def test_criticism_with_the_verb_at_the_end_targets_the_object_genitive():
    evs = events("Bundeskanzler Olaf Scholz reiste nach Kiew. Der Kanzler hat dort die Haltung der Türkei "
                 "kritisiert.", published=date(2024, 5, 10))
    assert ("ACCUSE", "DEU", "TUR") in pairs(evs)
    assert not any(e.source.code == "TUR" for e in evs)


def test_praise_targets_the_nationality_word_of_the_object():
    evs = events("Der französische Präsident Emmanuel Macron würdigte die kenianischen Bemühungen in Haiti.")
    assert ("SUPPORT", "FRA", "KEN") in pairs(evs)


def test_the_nationality_word_of_the_object_is_no_doer():
    evs = events("Annalena Baerbock reiste nach Kiew. Die Ministerin verurteilte dort die Lieferungen "
                 "iranischer Raketen an Russland.")
    assert ("ACCUSE", "DEU", "IRN") in pairs(evs)
    assert not any(e.source.code == "IRN" for e in evs)


def test_a_genitive_after_the_subject_noun_still_acts():
    evs = events("Die Delegation Kasachstans unterzeichnete in Rom ein Abkommen mit Italien.")
    assert any(e.source.code == "KAZ" and e.target and e.target.code == "ITA" for e in evs)


def test_a_criticised_visit_without_destination_makes_no_visit():
    evs = events("Der ukrainische Präsident Wolodymyr Selenskyj kritisierte Modis Besuch scharf.",
                 published=date(2024, 7, 10))
    assert pairs(evs) == {("ACCUSE", "UKR", "IND")}


def test_a_missile_that_hits_a_city_is_an_assault_on_its_state():
    evs = events("Am Montag hatte eine russische Rakete ein Krankenhaus in Kiew getroffen.",
                 published=date(2024, 7, 10))
    assert pairs(evs) == {("ASSAULT", "RUS", "UKR")}
    assert evs[0].date == "2024-07-08"


# -- surnames that are common words ------------------------------------------------

def test_a_common_word_at_the_sentence_start_is_no_surname():
    evs = events("Kurz vor Weihnachten reiste der slowakische Ministerpräsident Robert Fico nach Moskau.",
                 published=date(2024, 12, 30))
    assert pairs(evs) == {("CONSULT", "SVK", "RUS")}


def test_a_common_word_surname_counts_after_a_role_or_the_full_name():
    when = date(2019, 2, 20)
    assert ("CONSULT", "AUT", "ISR") in pairs(events("Der österreichische Bundeskanzler Kurz reiste nach Israel.", when))
    evs = events("Sebastian Kurz reiste am Montag nach Washington. Kurz traf dort Präsident Donald Trump.", when)
    assert ("CONSULT", "AUT", "USA") in pairs(evs)
    assert all(e.source.code == "AUT" for e in evs)


def test_a_common_noun_that_is_a_surname_is_the_noun():
    evs = events("Beide Staaten sicherten sich zu, einander im Fall eines Angriffs beizustehen.")
    assert not any(e.target and e.target.code in ("SEN", "GIN") for e in evs)


def test_an_act_named_as_a_condition_is_no_event():
    evs = events("Russland und Nordkorea schlossen einen Vertrag, der Beistand im Falle eines Angriffs vorsieht.",
                 published=date(2024, 6, 20))
    assert not any(e.type in ("ASSAULT", "THREATEN") for e in evs)


# -- a visit and the meeting told at its place are one event --------------------------

def test_meeting_told_there_in_the_next_sentence_is_the_visit():
    evs = events("Bundeskanzler Olaf Scholz ist am Dienstag nach Rom gereist. Dort traf er "
                 "Ministerpräsidentin Giorgia Meloni.", published=date(2024, 5, 9))
    assert len(evs) == 1
    assert (evs[0].type, evs[0].mode, evs[0].source.code, evs[0].target.code, evs[0].date) == \
        ("CONSULT", "visit", "DEU", "ITA", "2024-05-07")


def test_meeting_in_a_wo_clause_is_the_visit_and_gives_it_its_date():
    evs = events("Merz reiste weiter nach Warschau, wo er am Mittwoch mit Ministerpräsident Donald Tusk "
                 "zusammentraf.", published=date(2025, 5, 8))
    assert [(e.type, e.mode, e.source.code, e.target.code, e.date) for e in evs] == \
        [("CONSULT", "visit", "DEU", "POL", "2025-05-07")]


def test_meeting_there_on_another_day_is_its_own_event():
    evs = events("Bundeskanzler Friedrich Merz besuchte am Montag Paris. Dort traf er am Mittwoch "
                 "Präsident Emmanuel Macron.", published=date(2025, 5, 8))
    assert len([e for e in evs if e.type == "CONSULT"]) == 2


def test_talking_with_someone_is_a_meeting_only_with_mit():
    evs = events("Bundeskanzler Friedrich Merz besuchte Paris. Dort sprach er am Mittwoch mit Präsident "
                 "Emmanuel Macron über die Ukraine.", published=date(2025, 5, 8))
    assert [(e.mode, e.target.code, e.date) for e in evs] == [("visit", "FRA", "2025-05-07")]
    assert events("Orbán sprach von einem historischen Tag für Ungarn.") == []


def test_von_x_aus_is_where_a_trip_starts():
    evs = events("Von Moskau aus flog Indiens Premierminister Narendra Modi am Dienstagabend weiter nach Wien.",
                 published=date(2024, 7, 10))
    assert [(e.source.code, e.target.code, e.date) for e in evs] == [("IND", "AUT", "2024-07-09")]


def test_weekday_with_a_part_of_the_day():
    got = {d.text: d.value for d in find_dates("am Dienstagabend und Mittwochmorgen", "de", date(2024, 7, 10))}
    assert got == {"am Dienstagabend": "2024-07-09", "Mittwochmorgen": "2024-07-10"}


# -- announced joint plans ---------------------------------------------------------------

def test_announced_joint_body_is_an_announced_agreement():
    for text in ("Die Außenminister Polens und Litauens kündigten an, eine gemeinsame Arbeitsgruppe einzurichten.",
                 "Scholz und Tokajew kündigten an, ein deutsch-kasachisches Forum ins Leben zu rufen.",
                 "Kasachstan und Usbekistan wollen einen gemeinsamen Rat gründen."):
        evs = events(text)
        assert [(e.type, e.status, e.symmetric) for e in evs] == [("AGREE", "announced", True)], text


def test_announced_deeper_cooperation_is_an_announced_agreement():
    evs = events("Deutschland will seine Zusammenarbeit mit Kenia bei grünem Wasserstoff ausbauen.")
    assert [(e.type, e.source.code, e.target.code, e.status) for e in evs] == [("AGREE", "DEU", "KEN", "announced")]
    evs = events("Merz und Starmer kündigten an, gemeinsam Präzisionswaffen zu entwickeln.", published=date(2025, 7, 17))
    assert {(e.type, e.status) for e in evs} == {("AGREE", "announced")}


def test_an_infinitive_after_an_agreement_is_its_content_not_a_second_event():
    evs = events("Nehammer und Modi vereinbarten, die Zusammenarbeit bei Klimaschutz, Wasserstoff und Start-ups "
                 "auszubauen.", published=date(2024, 7, 10))
    assert [(e.type, e.status) for e in evs] == [("AGREE", "occurred")]


# -- headlines, travel companions ---------------------------------------------------------

def test_a_headline_event_told_again_in_the_text_is_one_record():
    evs = events("Deutschland und Großbritannien schließen Freundschaftsvertrag\n\nBundeskanzler Friedrich Merz "
                 "und der britische Premierminister Keir Starmer haben heute in London einen Vertrag über "
                 "Freundschaft unterzeichnet.", published=date(2025, 7, 17))
    assert [(e.type, e.date, e.evidence.sentence) for e in evs] == [("SUPPORT", "2025-07-17", 1)]


def test_a_headline_without_recipient_yields_to_the_text():
    evs = events("EU verhängt neue Sanktionen\n\nDie Europäische Union hat am Montag neue Sanktionen gegen "
                 "Russland verhängt.")
    assert [(e.type, e.source.code, e.target.code) for e in evs] == [("SANCTION", "EU", "RUS")]


def test_who_travels_with_the_doer_visits_too():
    evs = events("Bundeskanzler Friedrich Merz sprach von einer Zeitenwende. Wenige Tage nach seiner Wahl war er "
                 "mit Starmer, dem französischen Präsidenten Emmanuel Macron und dem polnischen "
                 "Ministerpräsidenten Donald Tusk gemeinsam nach Kiew gereist.", published=date(2025, 7, 17))
    assert {(e.source.code, e.target.code) for e in evs} == {("DEU", "UKR"), ("GBR", "UKR"), ("FRA", "UKR"),
                                                             ("POL", "UKR")}


def test_a_partner_of_an_embedded_verb_is_no_travel_companion():
    evs = events("Präsident Wolodymyr Selenskyj, der sich am Dienstag in Ankara mit dem türkischen Präsidenten "
                 "Recep Tayyip Erdoğan beriet, verschob seinen Besuch in Saudi-Arabien.")
    assert not any(e.source.code == "TUR" and e.target and e.target.code == "SAU" for e in evs)


def test_listed_doers_after_the_verb_each_travel():
    evs = events("Am Mittwoch reisten Blinken und sein britischer Kollege David Lammy gemeinsam nach Kiew.",
                 published=date(2024, 9, 11))
    assert {(e.source.code, e.target.code, e.date) for e in evs} == {("USA", "UKR", "2024-09-11"),
                                                                    ("GBR", "UKR", "2024-09-11")}


# -- joint acts of listed parties -----------------------------------------------------------

def test_a_list_of_two_sides_pairs_across_the_sides_only():
    evs = events("Die Präsidenten Kasachstans, Kirgisistans, Tadschikistans, Turkmenistans und Usbekistans sowie "
                 "EU-Ratspräsident António Costa und Kommissionspräsidentin Ursula von der Leyen unterzeichneten am "
                 "Freitag in Samarkand eine gemeinsame Erklärung.", published=date(2025, 4, 4))
    assert {frozenset((e.source.code, e.target.code)) for e in evs} == {
        frozenset((c, "EU")) for c in ("KAZ", "KGZ", "TJK", "TKM", "UZB")}


def test_three_listed_parties_pair_with_each_other():
    evs = events("Die Außenminister Armeniens, Aserbaidschans und der Türkei trafen sich in Antalya.")
    assert {frozenset((e.source.code, e.target.code)) for e in evs} == {
        frozenset(p) for p in (("ARM", "AZE"), ("ARM", "TUR"), ("AZE", "TUR"))}


def test_four_or_more_listed_parties_make_no_pairwise_records():
    assert events("Die Außenminister Russlands, Chinas, Indiens und Brasiliens unterzeichneten eine Erklärung.") == []


# -- expected visits and planned meetings ---------------------------------------------------

def test_expected_in_a_city_to_meet_someone_is_one_announced_meeting():
    evs = events("Bundeskanzler Friedrich Merz reiste nach Paris. Am Freitag wird Merz in Brüssel erwartet, wo er "
                 "den Nato-Generalsekretär treffen will.", published=date(2025, 5, 7))
    e = [e for e in evs if "Brüssel" in e.evidence.text]
    assert [(x.type, x.source.code, x.target.code, x.status, x.date) for x in e] == \
        [("AGREE", "DEU", "NATO", "announced", "2025-05-09")]


def test_meeting_two_people_after_a_subject_is_no_pair_among_them():
    evs = events("Für Freitag ist ein Besuch in Brüssel geplant, wo Merz Nato-Generalsekretär Mark Rutte und "
                 "EU-Ratspräsident António Costa treffen will.", published=date(2025, 5, 7))
    assert {frozenset((e.source.code, e.target.code)) for e in evs} == {frozenset(("DEU", "NATO")),
                                                                       frozenset(("DEU", "EU"))}


def test_expected_there_is_the_place_just_named():
    evs = events("Putin will nach Peking weiterreisen, wo er an einer Militärparade teilnehmen soll. Auch Nordkoreas "
                 "Machthaber Kim Jong Un wird dort erwartet.", published=date(2025, 9, 1))
    assert ("AGREE", "PRK", "CHN") in pairs(evs)


def test_expected_at_a_summit_is_the_summit():
    evs = events("Ende des Monats wird Präsident Donald Trump zum Nato-Gipfel in Den Haag erwartet.",
                 published=date(2025, 6, 5))
    assert [(e.type, e.source.code, e.target.code, e.status, e.date) for e in evs] == \
        [("AGREE", "USA", "NATO", "announced", {"start": "2025-06-21", "end": "2025-06-30"})]


def test_parts_of_a_month():
    got = {d.text: d.value for d in find_dates("Mitte Juni und Ende Mai 2024", "de", date(2025, 6, 5))}
    assert got == {"Mitte Juni": {"start": "2025-06-11", "end": "2025-06-20"},
                   "Ende Mai 2024": {"start": "2024-05-21", "end": "2024-05-31"}}


def test_the_two_politicians_are_the_last_two_people_and_an_adjective_names_the_place():
    evs = events("Bundeskanzler Friedrich Merz appellierte an US-Präsident Donald Trump, den Druck auf Moskau zu "
                 "erhöhen. Deutschland werde die Ukraine weiter unterstützen. Die beiden Politiker wollen beim "
                 "G7-Gipfel im kanadischen Kananaskis Mitte Juni erneut zusammenkommen.", published=date(2025, 6, 5))
    e = next(e for e in evs if "G7" in e.evidence.text)
    assert ({e.source.code, e.target.code}, e.location.code, e.date) == \
        ({"DEU", "USA"}, "CAN", {"start": "2025-06-11", "end": "2025-06-20"})


def test_stopped_arms_exports_and_suspended_aid_are_sanctions():
    evs = events("Die Niederlande genehmigen keine Rüstungsexporte nach Saudi-Arabien mehr.")
    assert pairs(evs) == {("SANCTION", "NLD", "SAU")}
    e = evs[0]
    assert e.status == "occurred"  # the 'keine' is the act itself, not its negation
    assert pairs(events("Schweden stoppt alle Waffenlieferungen an die Türkei.")) == {("SANCTION", "SWE", "TUR")}
    assert pairs(events("Die EU setzt ihre Budgethilfe für Niger aus.")) == {("SANCTION", "EU", "NER")}
    assert pairs(events("Kanada hatte im Januar mehrere Exportlizenzen für Israel ausgesetzt.")) == {("SANCTION", "CAN", "ISR")}
    assert pairs(events("Am Freitag stellten die USA auch die Weitergabe von Satellitenbildern an Kolumbien ein.")) \
        == {("SANCTION", "USA", "COL")}
    # resuming what was stopped is aid again
    assert pairs(events("Washington nimmt die Militärhilfe für Kiew wieder auf.")) == {("AID", "USA", "UKR")}


def test_federal_government_and_foreign_office_stand_for_germany():
    assert pairs(events("Die Bundesregierung sagte Moldau weitere Hilfe zu.")) == {("AGREE", "DEU", "MDA")}
    assert ("ACCUSE", "DEU", "RUS") in pairs(events("Das Auswärtige Amt bestellte am Montag den russischen Botschafter ein."))
    assert ("REJECT", "RUS", "DEU") in pairs(events("Der Kreml wies die Kritik der Bundesregierung zurück."))


def test_government_named_by_its_seat():
    assert pairs(events("Die Regierung in Ankara kritisierte Israel.")) == {("ACCUSE", "TUR", "ISR")}
    assert pairs(events("Die Führung in Peking wies die Kritik Japans zurück.")) == {("REJECT", "CHN", "JPN")}


def test_praise_for_a_mediation_goes_to_the_mediators():
    evs = events("Scholz würdigte die Vermittlung Katars und Ägyptens.")
    assert pairs(evs) == {("SUPPORT", "DEU", "QAT"), ("SUPPORT", "DEU", "EGY")}  # the mediation is no event of its own
    assert pairs(events("Macron bedankte sich am Abend für die Vermittlung durch Oman.")) == {("SUPPORT", "FRA", "OMN")}
    assert pairs(events("Ruto dankte Katar für die Vermittlung.")) == {("SUPPORT", "KEN", "QAT")}


def test_relative_clause_between_subject_and_verb_keeps_its_own_actors():
    evs = events("Putin, der im Juni Nordkorea und Vietnam besucht hatte, empfing am Montag Chinas Präsidenten Xi Jinping im Kreml.")
    assert {("CONSULT", "RUS", "PRK"), ("CONSULT", "RUS", "VNM"), ("CONSULT", "CHN", "RUS")} <= pairs(evs)
    assert not {("CONSULT", "PRK", "RUS"), ("CONSULT", "VNM", "RUS"), ("CONSULT", "CHN", "PRK")} & pairs(evs)
    # the place named in the relative clause is no host of the main clause's reception
    evs = events("Der Präsident, der am Montag aus Peking zurückgekehrt war, empfing den japanischen Außenminister in Seoul.")
    assert not any(e.target and e.target.code == "CHN" for e in evs)


def test_rejected_accusations_answer_the_accuser():
    evs = events("Baerbock warf China vor, die Sicherheit Europas zu gefährden. Nordkorea hat Soldaten nach Russland "
                 "entsandt. Wang, der im Februar in München gewesen war, wies die Vorwürfe zurück.")
    assert ("REJECT", "CHN", "DEU") in pairs(evs)
    evs = events("Der Kreml wies die Vorwürfe der Bundesregierung zurück.")
    assert pairs(evs) == {("REJECT", "RUS", "DEU")}  # the accusations are what is rejected, no event of their own


def test_member_states_are_the_organisation_last_named():
    evs = events("Tokajew, der den Vorsitz der SOZ übernommen hatte, rief die Mitgliedstaaten zum Dialog auf.")
    assert ("REQUEST", "KAZ", "SCO") in pairs(evs)


def test_role_of_a_state_named_with_von():
    assert ("CONSULT", "TUR", "QAT") in pairs(events("Der Emir von Katar empfing Erdoğan am Montag in Doha."))


def test_consent_regret_release_and_reconstruction():
    assert pairs(events("Serbien stimmte dem Vorschlag der EU zu.")) == {("AGREE", "SRB", "EU")}
    assert pairs(events("Japan bedauerte, dass Südkorea die Gespräche abgesagt habe.")) >= {("ACCUSE", "JPN", "KOR")}
    assert pairs(events("Russland entließ am Freitag zwölf ukrainische Gefangene.")) == {("RETREAT", "RUS", "UKR")}
    evs = events("Frankreich werde sich am Wiederaufbau Syriens beteiligen, sagte Macron.")
    assert [(e.type, e.source.code, e.target.code, e.status) for e in evs] == [("AGREE", "FRA", "SYR", "announced")]


def test_relative_clause_takes_no_recipient_from_the_main_clause():
    evs = events("Der US-Präsident, der zuvor mit Journalisten gesprochen hatte, unterzeichnete das Abkommen zusammen "
                 "mit dem ägyptischen Präsidenten al-Sisi.")
    assert pairs(evs) == {("SUPPORT", "USA", "EGY")}  # no talks of the relative clause with Egypt


def test_the_minister_is_the_last_minister_of_any_portfolio():
    evs = events("Außenministerin Annalena Baerbock reiste am Montag nach Peking. Die Ministerin forderte China auf, "
                 "den Krieg zu beenden.")
    assert ("REQUEST", "DEU", "CHN") in pairs(evs)
    assert not any(e.source.code == "CHN" for e in evs)


def test_a_range_of_days_does_not_replace_the_day_told_of():
    # PUB is Monday 2025-05-12; "am Montag" in the past is 05-05
    evs = events("Baerbock traf am Montag den chinesischen Außenminister Wang Yi in Peking. Ende April hatte es im "
                 "Handel 12 Prozent mehr gegeben. Beide Seiten vereinbarten, den Dialog über Klimaschutz fortzusetzen.",
                 published=date(2025, 5, 13))
    agree = next(e for e in evs if e.type == "AGREE")
    assert agree.date == "2025-05-12"


def test_urging_is_a_request_and_its_object_no_act():
    assert pairs(events("Die USA drängten Israel zu einer Waffenruhe im Libanon.")) == {("REQUEST", "USA", "ISR")}


def test_prisoner_exchange_is_a_joint_release():
    evs = events("Russland und die Ukraine haben am Mittwoch erneut Kriegsgefangene ausgetauscht.")
    assert [(e.type, e.symmetric) for e in evs] == [("RETREAT", True)]


def test_verb_final_judging_verb_takes_the_noun_act_before_it():
    assert pairs(events("Die EU hat die russischen Angriffe auf Kiew scharf verurteilt.")) == {("ACCUSE", "EU", "RUS")}
    evs = events("Die Ukraine erklärte sich bereit, einem amerikanischen Vorschlag für eine Waffenruhe zuzustimmen.")
    assert pairs(evs) == {("AGREE", "UKR", "USA")}  # the ceasefire is what is agreed to, no concession of its own


def test_members_named_as_examples_do_not_meet_each_other():
    evs = events("Zum Gipfel reisten Dutzende Staatschefs an, unter ihnen Bundeskanzler Friedrich Merz, der britische "
                 "Premierminister Keir Starmer und Frankreichs Präsident Emmanuel Macron.")
    assert not any({e.source.code, e.target.code if e.target else None} <= {"DEU", "GBR", "FRA"} for e in evs)


def test_a_trip_to_a_city_is_a_visit_to_its_state():
    assert pairs(events("Scholz reiste am Freitag nach Samarkand.")) == {("CONSULT", "DEU", "UZB")}


def test_a_state_prefixed_role_and_the_name_after_it_are_one_mention():
    # "US-Präsident Donald Trump": the base's "US" inside the word does not make it a name of the state
    evs = events("Merz ist am Donnerstag von US-Präsident Donald Trump empfangen worden.")
    assert [(e.type, e.mode, e.source.code, e.target.code, e.target.kind) for e in evs] == \
        [("CONSULT", "visit", "DEU", "USA", "person")]


def test_condemning_attacks_just_told_accuses_the_attacker():
    evs = events("Russland überzog die Ukraine in der Nacht mit Drohnenangriffen. "
                 "Pistorius verurteilte die Angriffe auf zivile Ziele scharf.")
    assert ("ACCUSE", "DEU", "RUS") in pairs(evs) and ("ACCUSE", "DEU", "UKR") not in pairs(evs)


def test_the_act_blamed_in_an_infinitive_clause_is_no_event():
    evs = events("Die Regierung in Vilnius wirft Minsk seit Wochen vor, Russland mit Munition zu beliefern.")
    assert pairs(evs) == {("ACCUSE", "LTU", "BLR")}


def test_the_blamed_one_stands_before_the_infinitive_clause():
    evs = events("Der japanische Außenminister hatte Peking am Freitag vorgeworfen, die russische Armee "
                 "mit Drohnenteilen zu unterstützen.")
    assert pairs(evs) == {("ACCUSE", "JPN", "CHN")}


def test_the_act_asked_for_makes_no_event_and_no_plan():
    evs = events("Am Freitag kritisierte Macron den russischen Angriff und forderte Putin auf, seine Soldaten "
                 "abzuziehen und zu Gesprächen bereit zu sein.", published=date(2025, 5, 11))
    assert pairs(evs) == {("ACCUSE", "FRA", "RUS"), ("REQUEST", "FRA", "RUS")}
    assert {(e.status, e.date) for e in evs} == {("occurred", "2025-05-09")}


def test_a_date_after_seit_is_no_event_date():
    evs = events("Kanzler Merz hat zum ersten Mal seit Juli 2023 mit dem chinesischen Staatschef Xi Jinping telefoniert.")
    e = next(e for e in evs if e.type == "CONSULT")
    assert e.date == "2025-05-12"


def test_a_subordinate_clause_without_comma_keeps_its_own_visitor():
    evs = events("Die Regierung von Präsident Alexander Stubb teilte das am Montag mit, kurz nachdem "
                 "Indiens Premierminister Narendra Modi zu einem Besuch in Helsinki eingetroffen war.")
    assert ("CONSULT", "IND", "FIN") in pairs(evs)
    assert not any(e.source.code == "FIN" for e in evs)


def test_a_visit_named_as_the_frame_of_talks_is_one_record():
    evs = events("Zum Abschluss seiner dreitägigen Japan-Reise ist Bundeskanzler Friedrich Merz am Freitag "
                 "in Tokio mit Ministerpräsident Shigeru Ishiba zusammengekommen.")
    assert [(e.type, e.source.code, e.target.code, e.mode) for e in evs] == [("CONSULT", "DEU", "JPN", "visit")]


def test_leaving_an_organisation_reduces_relations_with_it():
    evs = events("Burkina Faso will aus dem Internationalen Strafgerichtshof austreten.")
    assert ("SANCTION", "BFA", "ICC") in pairs(evs)


def test_stopping_aid_pledges_is_a_sanction():
    evs = events("Die Niederlande stoppten neue Entwicklungszusagen für Ruanda.")
    assert ("SANCTION", "NLD", "RWA") in pairs(evs)


def test_an_object_pronoun_after_the_verb_is_the_last_other_person():
    evs = events("Präsident Emmanuel Macron empfing den Gast im Élysée-Palast. Er sprach von einem Neuanfang, "
                 "sagte Macron. Der indische Premierminister Narendra Modi dankte ihm für die Gastfreundschaft.")
    assert ("SUPPORT", "IND", "FRA") in pairs(evs)


def test_the_genitive_of_a_prepositional_phrase_is_no_subject():
    evs = events("Unter Vermittlung Katars haben Armenien und Aserbaidschan ein Abkommen unterzeichnet.")
    assert ("SUPPORT", "ARM", "AZE") in pairs(evs) or ("SUPPORT", "AZE", "ARM") in pairs(evs)
    assert not any(e.source.code == "QAT" and e.type == "SUPPORT" for e in evs)


def test_an_attribution_opener_keeps_the_event():
    evs = events("Nach Angaben der Regierung traf Scholz in Samarkand den usbekischen Präsidenten Schawkat Mirsijojew.")
    assert ("CONSULT", "DEU", "UZB") in pairs(evs)
    evs = events("Laut Kreml telefonierte Putin am Sonntag mit Erdoğan.")
    assert ("CONSULT", "RUS", "TUR") in pairs(evs) or ("CONSULT", "TUR", "RUS") in pairs(evs)


def test_participles_the_lemmatizer_misses_still_trigger():
    evs = events("Das Auswärtige Amt hat den russischen Botschafter einbestellt.")
    assert ("ACCUSE", "DEU", "RUS") in pairs(evs)
    evs = events("In der Nacht beschoss die russische Armee ukrainische Städte.")
    assert ("ASSAULT", "RUS", "UKR") in pairs(evs)


def test_the_alliance_is_the_organisation_last_named():
    evs = events("Die Nato verstärkt ihre Präsenz im Baltikum. Der Kreml warf dem Bündnis vor, Russland zu bedrohen.")
    assert ("ACCUSE", "RUS", "NATO") in pairs(evs)


def test_the_person_before_a_visit_to_a_named_host_is_the_visitor():
    evs = events("Für Merz war es der erste Besuch in Japan als Bundeskanzler.")
    assert ("CONSULT", "DEU", "JPN") in pairs(evs)
    assert not any(e.source.code == "JPN" for e in evs)


def test_a_weekday_of_a_named_week():
    pub = date(2025, 6, 28)  # a Saturday
    assert [d.value for d in find_dates("am Mittwoch vergangener Woche", "de", pub)] == ["2025-06-18"]
    assert [d.value for d in find_dates("Montag kommender Woche", "de", pub)] == ["2025-06-30"]
    assert [d.value for d in find_dates("Anfang des Monats", "de", pub)] == [{"start": "2025-06-01", "end": "2025-06-10"}]


def test_an_agreed_act_dates_and_plans_nothing_of_the_agreement():
    evs = events("Kanzler Merz traf am Montag den polnischen Regierungschef Donald Tusk in Warschau. Beide Seiten "
                 "vereinbarten, im Herbst geplante Regierungskonsultationen vorzubereiten.")
    e = next(e for e in evs if e.type == "AGREE")
    assert (e.status, e.date) == ("occurred", "2025-05-12")


def test_a_welcomed_promise_is_the_promisers():
    evs = events("Bundeskanzler Friedrich Merz reiste am Montag nach Warschau. Ministerpräsident Donald Tusk "
                 "begrüßte die Zusage des Kanzlers, die Ukraine weiter zu unterstützen.")
    assert ("AGREE", "DEU", "UKR") in pairs(evs)
    assert not any(e.source.code == "POL" and e.target and e.target.code == "UKR" for e in evs)
    assert not any(e.type == "SUPPORT" and e.source.code == "POL" and e.target.code == "DEU" and
                   e.evidence.sentence == 1 and e.status != "occurred" for e in evs)


def test_a_promise_with_an_infinitive_keeps_what_is_promised():
    evs = events("Japan sagte zu, der Ukraine weitere Hilfen zu leisten.")
    assert [(e.type, e.promised_type, e.source.code, e.target.code, e.status) for e in evs] == [
        ("AGREE", "AID", "JPN", "UKR", "announced")]


def test_a_subject_pronoun_before_the_verb_leaves_the_name_after_it_the_object():
    evs = events("Außenministerin Baerbock traf am Montag in Peking ihren Amtskollegen Wang Yi. "
                 "Sie warf China vor, Russland mit Bauteilen zu beliefern.")
    assert ("ACCUSE", "DEU", "CHN") in pairs(evs)
    assert not any(e.source.code == "CHN" and e.type == "ACCUSE" for e in evs)


def test_a_summit_session_without_a_place_is_at_the_summit_told_of():
    evs = events("Bundeskanzler Friedrich Merz nahm am Mittwoch am Nato-Gipfel in Den Haag teil. "
                 "US-Präsident Trump nahm an der Arbeitssitzung teil.")
    e = next(e for e in evs if e.source.code == "USA")
    assert (e.type, e.target.code, e.mode, e.location.code) == ("CONSULT", "NATO", "multilateral", "NLD")


def test_a_place_before_a_trip_noun_is_no_destination():
    evs = events("Kanzler Merz traf in Peking den chinesischen Staatschef Xi Jinping. "
                 "In Washington wurde die Reise aufmerksam verfolgt.")
    assert not any(e.target and e.target.code == "USA" for e in evs)


def test_the_weekend():
    wed, sun = date(2025, 6, 25), date(2025, 6, 22)
    assert [d.value for d in find_dates("die Angriffe vom Wochenende", "de", wed)] == [
        {"start": "2025-06-21", "end": "2025-06-22"}]
    assert [d.value for d in find_dates("am vergangenen Wochenende", "de", sun)] == [
        {"start": "2025-06-14", "end": "2025-06-15"}]
    assert [d.value for d in find_dates("am kommenden Wochenende", "de", wed)] == [
        {"start": "2025-06-28", "end": "2025-06-29"}]


def test_a_comma_after_a_reporting_verb_opens_the_reported_clause():
    evs = events("Außenminister Sikorski hatte am Freitag erklärt, russische Agenten hätten Polen im Cyberraum angegriffen.")
    assert ("ASSAULT", "RUS", "POL") in pairs(evs)
    assert not any(e.type == "ASSAULT" and e.source.code == "POL" for e in evs)


def test_the_two_delegations_are_the_pair_just_told():
    evs = events("Armenien und Aserbaidschan haben am Freitag in Washington eine Erklärung unterzeichnet. "
                 "Präsident Donald Trump empfing die beiden Delegationen anschließend im Weißen Haus.")
    assert {("CONSULT", "ARM", "USA"), ("CONSULT", "AZE", "USA")} <= pairs(evs)


def test_committing_oneself_announces_the_act():
    evs = events("In dem Abkommen verpflichtet sich Armenien, seine Truppen binnen 60 Tagen aus Aserbaidschan abzuziehen.")
    assert [(e.type, e.source.code, e.target.code, e.status) for e in evs] == [("CONCEDE", "ARM", "AZE", "announced")]


def test_waere_makes_an_act_hypothetical():
    evs = events("Als Vertragsstaat wäre Tadschikistan eigentlich verpflichtet, den russischen Präsidenten festzunehmen.")
    assert [(e.source.code, e.target.code, e.status) for e in evs] == [("TJK", "RUS", "hypothetical")]


def test_an_abbreviation_fused_to_a_noun_act_is_its_doer_and_no_one_elses():
    evs = events("Nach der Verhängung neuer EU-Sanktionen hat Russland den deutschen Botschafter einbestellt.")
    assert ("ACCUSE", "RUS", "DEU") in pairs(evs)
    assert not any(e.source.code == "EU" and e.type == "ACCUSE" for e in evs)
    assert ("SANCTION", "EU", "RUS") in pairs(events("Die EU-Sanktionen gegen Russland wurden verlängert."))


def test_recall_for_consultations_and_blame():
    evs = events("Die Bundesregierung hat ihren Botschafter in Russland zu Konsultationen nach Berlin beordert.")
    assert ("SANCTION", "DEU", "RUS") in pairs(evs)
    evs = events("Auch Tschechien machte am Freitag Russland für Angriffe auf staatliche Einrichtungen verantwortlich.")
    assert pairs(evs) == {("ACCUSE", "CZE", "RUS")}
    evs = events("Die NATO hatte am Donnerstag ihre tiefe Besorgnis über hybride Aktivitäten Russlands geäußert.")
    assert ("ACCUSE", "NATO", "RUS") in pairs(evs)


def test_a_percentage_does_not_make_the_act_background():
    # tariffs of 30 percent are what was threatened; a percentage is no statistic by itself
    evs = events("US-Präsident Donald Trump hatte der EU mit Zöllen von 30 Prozent gedroht.")
    assert pairs(evs) == {("THREATEN", "USA", "EU")}
    assert pairs(events("Die EU hatte Ende Oktober Sonderzölle von bis zu 35 Prozent auf Elektroautos aus China "
                        "verhängt.")) == {("SANCTION", "EU", "CHN")}
