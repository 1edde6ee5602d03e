"""The reader on short Russian sentences written for these tests: one behaviour per test."""
from datetime import date

from diplograph.kb import default
from diplograph.model import Article
from diplograph.read import read
from diplograph.read.times import find_dates

PUB = date(2025, 11, 14)  # a Friday


def events(text, published=PUB):
    return read(Article("t", text, published, "ru"))


def pairs(evs):
    return {(e.type, e.source.code, e.target.code if e.target else None) for e in evs}


def test_visit_with_full_date_in_the_genitive():
    evs = events("Президент Казахстана Касым-Жомарт Токаев 12 ноября 2025 года совершил государственный визит во Францию.")
    assert ("CONSULT", "KAZ", "FRA") in pairs(evs)
    e = evs[0]
    assert e.mode == "visit" and e.status == "occurred" and e.date == "2025-11-12"
    assert e.location.code == "FRA"


def test_relative_dates():
    found = {d.text.lower(): d.value for d in find_dates(
        "в понедельник, на прошлой неделе, в декабре, в этом году, 12 ноября 2025 года", "ru", PUB)}
    assert found["в понедельник"] == "2025-11-10"
    assert find_dates("в следующий вторник", "ru", PUB)[0].value == "2025-11-18"
    assert find_dates("в прошлую пятницу", "ru", PUB)[0].value == "2025-11-07"
    assert found["на прошлой неделе"] == {"start": "2025-11-03", "end": "2025-11-09"}
    assert found["в декабре"] == "2024-12"
    assert found["в этом году"] == "2025"
    assert "2025-11-12" in found.values()


def test_host_is_target_and_guest_in_the_accusative_is_source():
    evs = events("Президент Франции Эммануэль Макрон принял Токаева в Елисейском дворце.")
    assert ("CONSULT", "KAZ", "FRA") in pairs(evs)


def test_talks_with_instrumental_counterpart():
    evs = events("Токаев провёл переговоры с Путиным в Москве.")
    assert ("CONSULT", "KAZ", "RUS") in pairs(evs)
    assert evs[0].location.code == "RUS"


def test_signing_is_support_with_amount():
    evs = events("Казахстан и Китай подписали 20 соглашений на сумму более 1,5 млрд долларов.")
    e = next(e for e in evs if e.type == "SUPPORT")
    assert {e.source.code, e.target.code} == {"KAZ", "CHN"} and e.symmetric
    assert e.amount.value == 1.5e9 and e.amount.currency == "USD" and e.amount.qualifier == "more_than"
    assert e.quantities[0].value == 20 and e.quantities[0].unit == "agreement"


def test_promise_of_aid_is_announced_agree():
    evs = events("Япония намерена выделить Киргизии помощь в размере $400 млн.")
    e = evs[0]
    assert (e.type, e.source.code, e.target.code) == ("AGREE", "JPN", "KGZ")
    assert e.status == "announced" and e.promised_type == "AID"
    assert e.amount.value == 4e8


def test_negation():
    evs = events("Токаев не посетит саммит в Баку.")
    assert evs and evs[0].status == "negated"


def test_role_in_case_form_with_country_genitive():
    evs = events("Глава МИД Казахстана встретился с министром иностранных дел Узбекистана в понедельник.")
    assert ("CONSULT", "KAZ", "UZB") in pairs(evs)
    assert evs[0].date == "2025-11-10"


def test_declined_names_are_found():
    kb = default()
    text = "Токаева, Казахстану, России, Китаем, Пекином, Москве, Шанхайской организации сотрудничества"
    names = [m.text for m in kb.find(text, "ru")]
    assert names == ["Токаев", "Казахстан", "Россия", "Китай", "Пекин", "Москва",
                     "Шанхайская организация сотрудничества"]


def test_case_forms_only_with_a_capital():
    assert default().find("у китая", "ru") == []


def test_sanctions_and_condemnation():
    evs = events("США ввели санкции против России. Россия осудила удары США по Ирану.")
    assert ("SANCTION", "USA", "RUS") in pairs(evs)
    assert ("ACCUSE", "RUS", "USA") in pairs(evs)


def test_bare_month_in_a_plan_lies_ahead():
    evs = events("Президент Туркменистана Сердар Бердымухамедов совершит визит в Астану в начале декабря.")
    e = evs[0]
    assert (e.type, e.source.code, e.target.code, e.status) == ("AGREE", "TKM", "KAZ", "announced")
    assert e.promised_type == "CONSULT" and e.date == {"start": "2025-12-01", "end": "2025-12-10"}  # "в начале"


# -- invitations: the invited party visits the host ------------------------------

def test_invitation_to_visit_is_the_guests_announced_visit():
    evs = events("Президент Франции Эммануэль Макрон пригласил Токаева посетить Париж.")
    assert [(e.type, e.source.code, e.target.code, e.status, e.promised_type) for e in evs] == [
        ("AGREE", "KAZ", "FRA", "announced", "CONSULT")]


def test_inviting_a_guest_to_ones_own_country():
    evs = events("Токаев пригласил Макрона посетить Казахстан с официальным визитом.")
    assert pairs(evs) == {("AGREE", "FRA", "KAZ")}


def test_invitation_to_a_summit_makes_no_event_of_its_content():
    evs = events("Председатель КНР пригласил Токаева принять участие в саммите ШОС, который пройдёт в Тяньцзине.")
    assert pairs(evs) == {("AGREE", "KAZ", "CHN")}


def test_accepting_an_invitation_told_after_it_is_the_same_event():
    evs = events("Президент Таджикистана пригласил кыргызского коллегу посетить Душанбе. Жапаров принял приглашение.")
    assert [(e.source.code, e.target.code, e.status) for e in evs] == [("KGZ", "TJK", "announced")]


def test_a_visit_at_someones_invitation_happened():
    evs = events("По приглашению Путина Токаев посетил Москву.")
    assert [(e.type, e.source.code, e.target.code, e.status) for e in evs] == [("CONSULT", "KAZ", "RUS", "occurred")]


def test_what_a_demand_asks_for_is_not_an_event():
    evs = events("Захарова потребовала от Азербайджана немедленно освободить задержанных российских журналистов.")
    assert pairs(evs) == {("REQUEST", "RUS", "AZE")}


# -- news style -------------------------------------------------------------------

def test_participial_phrase_belongs_to_the_name_before_it():
    evs = events("Садыр Жапаров и Эмомали Рахмон, находящийся в Бишкеке с государственным визитом, "
                 "подписали Договор о государственной границе.")
    visit = next(e for e in evs if e.type == "CONSULT")
    assert (visit.source.code, visit.target.code, visit.mode) == ("TJK", "KGZ", "visit")
    assert any(e.type == "SUPPORT" and {e.source.code, e.target.code} == {"KGZ", "TJK"} for e in evs)


def test_impersonal_signing_is_the_pair_just_told_of_with_its_count():
    evs = events("Токаев провёл переговоры с Мирзиёевым. По итогам визита подписано 12 межправительственных документов.")
    sign = next(e for e in evs if e.type == "SUPPORT")
    assert {sign.source.code, sign.target.code} == {"KAZ", "UZB"}
    assert sign.quantities[0].value == 12 and sign.quantities[0].unit == "document"


def test_summoning_an_ambassador_and_the_day_before():
    evs = events("МИД России вызвал посла Азербайджана. Накануне азербайджанская полиция задержала двух граждан России.")
    assert ("ACCUSE", "RUS", "AZE") in pairs(evs)
    arrest = next(e for e in evs if e.type == "COERCE")
    assert (arrest.source.code, arrest.target.code, arrest.date) == ("AZE", "RUS", "2025-11-13")


def test_cancelling_is_a_rejection_that_happened():
    evs = events("Баку отменил визит вице-премьера России.")
    assert [(e.type, e.source.code, e.target.code, e.status) for e in evs] == [("REJECT", "AZE", "RUS", "occurred")]


def test_peacekeepers_arriving_are_aid():
    evs = events("Миротворцы ОДКБ прибыли в Казахстан.")
    assert [(e.type, e.source.code, e.target.code) for e in evs] == [("AID", "CSTO", "KAZ")]


def test_instrumental_name_by_a_passive_participle_is_the_doer():
    evs = events("Решение о направлении миротворцев было принято Советом коллективной безопасности ОДКБ "
                 "по просьбе Президента Казахстана.")
    assert [(e.type, e.source.code, e.target.code) for e in evs] == [("AID", "CSTO", "KAZ")]
    evs = events("Куба пострадала от наложенного Вашингтоном эмбарго на торговлю с Кубой.")
    assert ("SANCTION", "USA", "CUB") in pairs(evs)


def test_the_main_verb_does_not_take_the_date_of_a_participial_phrase():
    evs = events("Си Цзиньпин, прибывший накануне в Казахстан с государственным визитом, "
                 "подписал в пятницу соглашение с Токаевым.")
    visit = next(e for e in evs if e.mode == "visit")
    sign = next(e for e in evs if e.type == "SUPPORT")
    assert (visit.source.code, visit.target.code, visit.date) == ("CHN", "KAZ", "2025-11-13")
    assert ({sign.source.code, sign.target.code}, sign.date) == ({"CHN", "KAZ"}, "2025-11-14")


# -- host and guest, passives, frames, announcements (lead's blind check, in our own words) --

def test_talks_at_one_sides_capital_make_the_other_side_the_visitor():
    evs = events("Министр иностранных дел Казахстана Мурат Нуртлеу провёл в Пекине переговоры с главой МИД КНР Ван И.")
    e = next(e for e in evs if e.type == "CONSULT")
    assert (e.source.code, e.target.code) == ("KAZ", "CHN")
    assert e.mode == "visit" and e.location.code == "CHN"
    evs = events("Глава МИД России Сергей Лавров провёл в Москве переговоры с министром иностранных дел Венгрии Петером Сийярто.")
    e = next(e for e in evs if e.type == "CONSULT")
    assert (e.source.code, e.target.code) == ("HUN", "RUS") and e.mode == "visit" and e.location.code == "RUS"


def test_talks_at_a_seat_and_the_visit_they_belong_to_are_two_events():
    evs = events("Президент Турции Реджеп Тайип Эрдоган, прибывший накануне в Казахстан с официальным визитом, "
                 "провёл в Акорде переговоры с Касым-Жомартом Токаевым.")
    consult = [e for e in evs if e.type == "CONSULT"]
    assert len(consult) == 2 and all((e.source.code, e.target.code) == ("TUR", "KAZ") for e in consult)
    assert {e.symmetric for e in consult} == {True, False}


def test_talks_in_a_third_country_keep_no_host():
    evs = events("Лавров и Ван И провели переговоры в Женеве.")
    assert all(e.mode != "visit" for e in evs if e.type == "CONSULT")


def test_a_guest_received_in_the_passive_is_the_source():
    for text in ("Министр иностранных дел Венгрии Петер Сийярто был принят в Кремле президентом России Владимиром Путиным.",
                 "Министр иностранных дел Венгрии Петер Сийярто принят Путиным.",
                 "Министр иностранных дел Венгрии Петер Сийярто был принят в Кремле."):
        e = next(e for e in events(text) if e.type == "CONSULT")
        assert (e.source.code, e.target.code, e.mode) == ("HUN", "RUS", "visit"), text


def test_an_ambassador_summoned_in_the_passive_is_summoned_by_the_ministry():
    evs = events("Посол Японии был вызван в министерство иностранных дел Китая.")
    assert ("ACCUSE", "CHN", "JPN") in pairs(evs)


def test_calling_anothers_decision_illegal_or_a_mistake_is_an_accusation():
    assert ("ACCUSE", "CHN", "USA") in pairs(events("МИД Китая назвал решение Вашингтона ошибкой."))
    assert ("ACCUSE", "RUS", "EU") in pairs(events("Захарова назвала решение Брюсселя незаконным."))


def test_a_diplomatic_protest_is_accuse_not_a_demonstration():
    evs = events("МИД Литвы выразил протест в связи с действиями белорусских властей.")
    assert ("ACCUSE", "LTU", "BLR") in pairs(evs)
    assert not any(e.type == "PROTEST" for e in evs)


def test_condemning_strikes_and_accusing_name_the_striker():
    assert ("ACCUSE", "TUR", "ISR") in pairs(events("Турция осудила удары Израиля по Ливану."))
    assert ("ACCUSE", "IRN", "USA") in pairs(events("Иран обвинил США в нарушении своего суверенитета."))


def test_a_promised_response_to_measures_is_a_threat_to_their_author():
    evs = events("Пекин ответит на новые пошлины Вашингтона.")
    assert ("THREATEN", "CHN", "USA") in pairs(evs)
    evs = events("Евросоюз утвердил новые санкции против Белоруссии. В Минске заявили, что Белоруссия примет ответные меры.")
    assert ("THREATEN", "BLR", "EU") in pairs(evs)
    assert not any(e.type == "CONSULT" for e in evs)  # "примет" here hosts no one


def test_a_past_response_is_the_measure_itself():
    evs = events("Литва выслала двух российских дипломатов. Россия ответила на высылку зеркальными мерами.")
    assert not any(e.type == "THREATEN" for e in evs)


def test_a_decision_taken_is_no_hosting():
    evs = events("Правительство Эстонии приняло решение сократить персонал посольства России в Таллине.")
    assert ("SANCTION", "EST", "RUS") in pairs(evs)
    assert not any(e.type == "CONSULT" for e in evs)


def test_a_future_perfective_announces():
    for text in ("Президент Кыргызстана Садыр Жапаров посетит Китай в мае.",
                 "Турция выделит Сирии гуманитарную помощь на сумму 5 млн долларов.",
                 "Токаев примет участие в саммите ОДКБ в Минске."):
        assert {e.status for e in events(text)} == {"announced"}, text


def test_weekday_of_a_plan_lies_ahead_and_the_publication_day_is_that_day():
    friday = date(2025, 11, 14)
    e = events("В среду Токаев посетит Ташкент.", friday)[0]
    assert e.date == "2025-11-19"
    e = events("В пятницу Токаев примет участие в заседании Совета глав государств СНГ.", friday)[0]
    assert e.date == "2025-11-14" and e.target.code == "CIS"
    e = events("В среду Токаев посетил Ташкент.", friday)[0]
    assert e.date == "2025-11-12"


def test_a_name_of_syllables_declines_on_its_last_word():
    evs = events("Премьер-министр Индии Нарендра Моди провёл телефонный разговор с Мин Аун Хлайном.")
    assert ("CONSULT", "IND", "MMR") in pairs(evs)


def test_the_speaker_of_a_parenthetical_source_neither_acts_nor_receives():
    for text in ("Как сообщил Лавров, председатель КНР посетит Москву в мае.",
                 "По словам Лаврова, председатель КНР посетит Москву в мае.",
                 "Председатель КНР, как сообщил Лавров, посетит Москву в мае."):
        assert pairs(events(text)) == {("AGREE", "CHN", "RUS")}, text
    e = events("Президент Франции Эммануэль Макрон посетит Казахстан в мае, сообщили в МИД Франции.")[0]
    assert (e.source.code, e.target.code, e.location.code) == ("FRA", "KAZ", "KAZ")


def test_what_is_discussed_is_a_topic_and_only_the_partner_takes_part():
    evs = events("Токаев принял в Акорде премьер-министра Индии Нарендру Моди. Лидеры обсудили ситуацию вокруг "
                 "Афганистана, отношения с Пакистаном и сотрудничество в рамках ШОС.")
    assert {(e.source.code, e.target.code) for e in evs} <= {("IND", "KAZ"), ("KAZ", "IND")}
    evs = events("Глава МИД Турции Хакан Фидан обсудил с Лавровым ситуацию в Сирии.")
    assert {(e.type, frozenset((e.source.code, e.target.code))) for e in evs} == {("CONSULT", frozenset(("TUR", "RUS")))}


def test_a_tally_since_an_earlier_year_is_background():
    assert events("С 2022 года Евросоюз в общей сложности ввёл санкции против более чем 2000 российских лиц.") == []
    assert events("С 2021 года Япония выделила Таджикистану помощь на сумму 30 млн долларов.") == []
    assert events("В общей сложности Китай направил Пакистану гуманитарные грузы на 10 млн долларов.") == []


def test_the_nominative_after_the_verb_that_governs_a_noun_is_its_doer():
    evs = events("О новых санкциях против Ирана объявила Великобритания.")
    assert ("SANCTION", "GBR", "IRN") in pairs(evs)


def test_a_plan_dated_ahead_does_not_date_the_next_act():
    evs = events("Председатель КНР посетит Москву в мае. Позднее министр иностранных дел КНР Ван И был принят в Кремле "
                 "президентом Путиным.", date(2025, 4, 1))
    kremlin = next(e for e in evs if e.status == "occurred")
    assert kremlin.date == "2025-04-01"


def test_an_act_told_without_a_date_is_of_the_publication_day():
    e = events("Президент Турции Реджеп Тайип Эрдоган прибыл в Казахстан с официальным визитом.")[0]
    assert e.date == PUB.isoformat()


def test_a_participial_phrase_keeps_its_own_status():
    evs = events("Президент Казахстана Касым-Жомарт Токаев, прибывший в Таджикистан с рабочим визитом, в пятницу "
                 "примет участие в заседании Совета глав государств СНГ.")
    visit = next(e for e in evs if e.target.code == "TJK")
    assert visit.type == "CONSULT" and visit.status == "occurred"
    cis = next(e for e in evs if e.target.code == "CIS")
    assert cis.status == "announced" and cis.date == "2025-11-14"


def test_the_relative_clause_after_an_invitation_dates_the_event_invited_to():
    e = events("Президент Таджикистана Эмомали Рахмон пригласил президента Кыргызстана Садыра Жапарова принять "
               "участие во встрече глав трёх государств, которая пройдёт в Худжанде в конце марта.", date(2025, 3, 13))[0]
    assert (e.source.code, e.target.code, e.status) == ("KGZ", "TJK", "announced")
    assert e.date == {"start": "2025-03-22", "end": "2025-03-31"}


def test_a_part_of_a_month_is_a_range_and_a_plans_lies_ahead():
    assert find_dates("в начале мая", "ru", PUB)[0].value == {"start": "2025-05-01", "end": "2025-05-10"}
    e = events("Саммит ОДКБ пройдёт в Москве в конце января, сообщил Токаев. Токаев посетит Москву в конце января.")[-1]
    assert e.date == {"start": "2026-01-22", "end": "2026-01-31"}


def test_supplies_between_states_are_economic_exchange_and_arms_are_aid():
    assert ("COOPERATE", "RUS", "CHN") in pairs(events("Россия поставляет нефть в Китай по новому нефтепроводу."))
    assert ("AID", "DEU", "UKR") in pairs(events("Германия поставила Украине новое оружие."))


def test_what_is_discussed_is_no_act_of_its_own():
    evs = events("Токаев и Шольц обсудили поставки казахстанской нефти в Германию.")
    assert {e.type for e in evs} == {"CONSULT"}


def test_capital_named_by_the_state_adjective_is_that_state():
    evs = events("Президент России Владимир Путин прибыл в белорусскую столицу с государственным визитом.")
    assert ("CONSULT", "RUS", "BLR") in pairs(evs)
    assert evs[0].mode == "visit" and evs[0].location.code == "BLR"
    evs = events("Президент Франции провёл переговоры с Токаевым в казахстанской столице.")
    assert ("CONSULT", "FRA", "KAZ") in pairs(evs) and evs[0].location.code == "KAZ"
    evs = events("Президент Турции провёл переговоры с Путиным в столице Узбекистана.")
    assert evs and evs[0].location.code == "UZB"


def test_flying_in_is_a_visit():
    evs = events("Глава МИД Индии прилетел в узбекистанскую столицу вечером в воскресенье.")
    assert ("CONSULT", "IND", "UZB") in pairs(evs)
    assert evs[0].date == "2025-11-09"


def test_talks_held_during_a_visit_are_one_record():
    evs = events("В ходе государственного визита в Ташкент Токаев провёл переговоры с Мирзиёевым.")
    assert len(evs) == 1 and evs[0].mode == "visit" and evs[0].location.code == "UZB"
    evs = events("Во время своего визита в Пекин президент Казахстана встретился с Си Цзиньпином.")
    assert [(e.type, e.source.code, e.target.code) for e in evs] == [("CONSULT", "KAZ", "CHN")]


def test_deputy_foreign_minister_unknown_to_the_base_acts_for_his_state():
    evs = events("Заместитель министра иностранных дел КНР Сунь Вэйдун вызвал посла Японии и выразил ему протест.")
    assert ("ACCUSE", "CHN", "JPN") in pairs(evs)


def test_decree_on_tariffs_is_a_sanction_not_a_signing():
    evs = events("Трамп подписал указ о введении дополнительной пошлины в размере 25% на товары из Индии.")
    assert pairs(evs) == {("SANCTION", "USA", "IND")}
    assert ("SANCTION", "USA", "CHN") in pairs(events("Трамп ввёл пошлины на товары из Китая."))


def test_main_clause_after_a_leading_condition_acts():
    evs = events("«Если Япония вмешается в ситуацию вокруг Тайваня, Китай даст решительный отпор», — заявил Линь Цзянь.")
    assert pairs(evs) == {("THREATEN", "CHN", "JPN")}


def test_participle_after_a_word_that_is_no_actor_makes_no_event():
    assert events("Кризис вокруг Тайваня может стать для Токио ситуацией, угрожающей существованию страны.") == []


def test_talks_of_a_visitor_told_with_a_participle_are_talks_on_the_visit():
    evs = events("Президент России Владимир Путин, прибывший в белорусскую столицу накануне вечером, "
                 "провёл в пятницу переговоры с президентом Белоруссии Александром Лукашенко.")
    assert len(evs) == 2  # the arrival (the day before) and the talks
    assert all(e.mode == "visit" and e.location.code == "BLR" and (e.source.code, e.target.code) == ("RUS", "BLR")
               for e in evs)


def test_agreeing_to_hold_a_meeting_is_one_record():
    evs = events("Москва и Вашингтон в принципе договорились провести в ближайшие дни встречу двух президентов.")
    assert len(evs) == 1 and evs[0].type == "AGREE"


def test_institution_named_by_its_seat_with_an_impersonal_verb_acts():
    assert ("ACCUSE", "RUS", "EU") in pairs(events("В Кремле осудили решение Евросоюза о новых санкциях."))
    assert ("SUPPORT", "USA", "IND") in pairs(events("В Белом доме приветствовали решение Индии."))


def test_official_capital_calls_an_act_unjust():
    evs = events("Официальный Дели назвал действия Вашингтона «несправедливыми и необоснованными».")
    assert pairs(evs) == {("ACCUSE", "IND", "USA")}


def test_reporting_chain_of_a_press_service_neither_acts_nor_receives():
    evs = events("Токаев провёл телефонный разговор с Эрдоганом, сообщает пресс-служба Акорды.")
    assert pairs(evs) == {("CONSULT", "KAZ", "TUR")}
    evs = events("Как сообщает пресс-служба Кремля, Путин провёл телефонный разговор с Мирзиёевым.")
    assert pairs(evs) == {("CONSULT", "RUS", "UZB")}


def test_future_inside_a_quotation_does_not_make_the_speakers_act_announced():
    evs = events("«Россия была, есть и будет нашим стратегическим партнёром», — сказал Токаев, "
                 "открывая встречу с Путиным в расширенном формате.")
    assert evs and all(e.status == "occurred" for e in evs)


def test_what_is_threatened_is_the_threat_not_an_act_of_its_own():
    assert pairs(events("Трамп пригрозил ввести пошлины против Китая.")) == {("THREATEN", "USA", "CHN")}


def test_talks_named_again_by_a_noun_are_the_visits_talks():
    # the participle tells the visit, the verb the talks held on it; "по итогам переговоров"
    # names those talks again: one visit, one talks record, then the signing
    evs = events("Президент Узбекистана Шавкат Мирзиёев, прибывший во вторник в Баку с официальным визитом, "
                 "провёл переговоры с Ильхамом Алиевым. По итогам переговоров президенты подписали "
                 "декларацию о союзнических отношениях.", date(2025, 3, 6))
    consult = [e for e in evs if e.type == "CONSULT"]
    assert len(consult) == 2 and {e.symmetric for e in consult} == {True, False}
    assert all({e.source.code, e.target.code} == {"UZB", "AZE"} for e in consult)
    assert [e.type for e in evs if e.type != "CONSULT"] == ["SUPPORT"]
    assert {e.date for e in consult} == {"2025-03-04"}  # the talks are of the day the participle gives


def test_what_is_signed_after_the_talks_is_dated_by_the_talks():
    evs = events("Президент России прилетел в Ташкент в воскресенье. В понедельник Путин провёл переговоры с "
                 "Мирзиёевым. По итогам переговоров президенты подписали совместное заявление.",
                 published=date(2024, 5, 28))
    signed = [e for e in evs if e.type == "SUPPORT"]
    assert signed and signed[0].date == "2024-05-27"


def test_exchanging_documents_is_a_signing_with_their_count():
    evs = events("В присутствии президентов Россия и Узбекистан обменялись более чем 20 "
                 "межправительственными и межведомственными документами.")
    assert ("SUPPORT", "RUS", "UZB") in pairs(evs)
    assert evs[0].quantities and evs[0].quantities[0].value == 20


def test_according_to_one_side_is_a_source_not_statistics():
    evs = events("По данным казахстанской стороны, Казахстан и Китай подписали соглашения на сумму более 3 млрд долларов.")
    assert ("SUPPORT", "KAZ", "CHN") in pairs(evs)


def test_prisoner_exchange_thanks_and_release_coding():
    # release of persons is PLOVER RETREAT (CAMEO 0841), as the PLOVER GSR's CAMEO2PLOVER table maps it
    evs = events("Россия и Украина в среду обменялись военнопленными.", date(2025, 3, 6))
    assert [(e.type, e.cameo, e.symmetric) for e in evs] == [("RETREAT", "0841", True)]
    assert {evs[0].source.code, evs[0].target.code} == {"RUS", "UKR"}
    assert pairs(events("Президент Казахстана Касым-Жомарт Токаев поблагодарил Катар за посредничество.")) \
        == {("SUPPORT", "KAZ", "QAT")}


def test_tourist_numbers_are_statistics_not_visits():
    assert events("В прошлом году Японию посетили около 7 млн китайских туристов.") == []


def test_a_trip_to_a_city_is_a_visit_to_its_state():
    assert pairs(events("Токаев прибыл в Самарканд.")) == {("CONSULT", "KAZ", "UZB")}


def test_a_subject_pronoun_before_the_verb_leaves_the_name_after_it_the_object():
    evs = events("Президент России Владимир Путин в среду провёл переговоры с премьер-министром Индии Нарендрой Моди. "
                 "Он также обвинил США в попытках сорвать мирный процесс.")
    assert ("ACCUSE", "RUS", "USA") in pairs(evs)
    assert ("ACCUSE", "USA", "IND") not in pairs(evs)


def test_a_background_word_in_a_relative_clause_leaves_the_sentence_news():
    evs = events("Баку требует, чтобы Армения изменила конституцию и убрала из неё отсылку к декларации, "
                 "которую в Азербайджане считают территориальной претензией.")
    assert ("REQUEST", "AZE", "ARM") in pairs(evs)


def test_a_date_before_a_colon_that_closes_another_statement_does_not_date_the_act_after_it():
    evs = [e for e in events("Стороны согласовали текст ещё в марте, однако договор пока не подписан: "
                             "Баку требует, чтобы Армения изменила конституцию.", date(2025, 8, 9))
           if e.type == "REQUEST"]
    assert evs and evs[0].date == "2025-08-09"


def test_an_imperfective_visit_verb_is_a_visit():
    evs = events("В сентябре 2023 года Ким Чен Ын приезжал в Россию.", date(2024, 6, 20))
    assert ("CONSULT", "PRK", "RUS") in pairs(evs)


def test_an_unknown_person_after_a_role_and_its_complement_takes_the_roles_state():
    evs = events("Советник президента Южной Кореи по национальной безопасности Чан Хо Джин в четверг осудил "
                 "соглашение между Москвой и Пхеньяном.", date(2024, 6, 20))
    assert {("ACCUSE", "KOR", "RUS"), ("ACCUSE", "KOR", "PRK")} <= pairs(evs)


def test_talking_by_phone_is_a_phone_call():
    evs = events("Трамп переговорил по телефону с президентом Украины Владимиром Зеленским.", date(2025, 8, 16))
    assert [(e.type, e.mode, e.source.code, e.target.code) for e in evs] == [("CONSULT", "phone", "USA", "UKR")]
