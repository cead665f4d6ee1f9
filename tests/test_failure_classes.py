"""One test per failure class of ../shared/eval/FAILURES.md, with invented sentences in English and
Russian (none taken from an eval article), checked against the bundled record."""

from __future__ import annotations

from datetime import date

from factcheck.article import from_text
from factcheck.check import check_article


def found(record, text: str, published: date) -> list[tuple[str, str, str]]:
    got = check_article(from_text(text, published=published), record).findings
    return [(f.claim.quote, f.claim.kind.value, f.verdict.value) for f in got]


def verdict(record, text: str, published: date, quote: str, kind: str) -> str:
    hits = [v for q, k, v in found(record, text, published) if quote in q and k == kind]
    assert len(hits) == 1, found(record, text, published)
    return hits[0]


def kinds_found(record, text: str, published: date) -> list[str]:
    return [k for _, k, _ in found(record, text, published)]


# ------------------------------------------------------------------ G: gaps as pauses and breaks


def test_g_a_break_in_contacts_is_a_gap(record) -> None:
    text = "Putin and Xi spoke by phone on Thursday. The call ended a break of almost four months in contacts."
    # 2023-10-18 (Beijing) → 2024-02-08 is 3.7 months; "contacts" admits the meeting
    assert verdict(record, text, date(2024, 2, 9), "break of almost four months", "gap") == "supported"
    wrong = text.replace("almost four months", "almost seven months")
    assert verdict(record, wrong, date(2024, 2, 9), "break of almost seven months", "gap") == "contradicted"


def test_g_a_compound_adjective_names_the_gap(record) -> None:
    text = (
        "Putin and Macron met in the Kremlin on Monday. Their talks ended a two-year hiatus in face-to-face meetings."
    )
    # 2019-12-09 → 2022-02-07: 2.2 years
    assert verdict(record, text, date(2022, 2, 8), "two-year hiatus", "gap") == "supported"


def test_g_russian_pause_adjective_and_verb(record) -> None:
    text = "Макрон позвонил Путину впервые за три месяца. Лидеры созвонились в пятницу, прервав почти трёхмесячную паузу в контактах."
    # 2022-05-28 → 2022-08-19: 2.7 months
    assert verdict(record, text, date(2022, 8, 20), "впервые за три месяца", "gap") == "supported"
    assert verdict(record, text, date(2022, 8, 20), "трёхмесячную паузу", "gap") == "supported"
    wrong = text.replace("почти трёхмесячную", "полугодовую")
    assert verdict(record, wrong, date(2022, 8, 20), "полугодовую паузу", "gap") == "contradicted"


def test_g_russian_break_with_a_stated_length(record) -> None:
    text = "Путин и Си Цзиньпин провели телефонный разговор в четверг. Перерыв в общении составил почти четыре месяца."
    assert (
        verdict(record, text, date(2024, 2, 9), "Перерыв в общении составил почти четыре месяца", "gap") == "supported"
    )


def test_g_a_pause_in_something_else_is_no_gap(record) -> None:
    text = "Trump and Xi spoke by phone on Friday and agreed on a 90-day pause in tariffs."
    assert "gap" not in kinds_found(record, text, date(2025, 9, 20))
    text = "Путин и Макрон поговорили по телефону в пятницу; летняя пауза в работе парламента закончилась."
    assert "gap" not in kinds_found(record, text, date(2022, 8, 20))


def test_g_a_pause_at_the_highest_level_counts_the_countries_leaders(record) -> None:
    # Putin–Trump: nothing between 2020-07-23 and 2025-02-12, but Putin–Biden spoke until February 2022
    text = "Путин и Трамп провели телефонный разговор в среду, прервав трёхлетнюю паузу в контактах на высшем уровне."
    assert verdict(record, text, date(2025, 2, 13), "трёхлетнюю паузу", "gap") == "supported"


# ------------------------------------------------------------------ D: duration wording and elapsed time


def test_d_wrapped_up_after_is_a_length(record) -> None:
    text = "The Kremlin talks between Putin and Macron on Monday wrapped up after a little more than five hours."
    assert verdict(record, text, date(2022, 2, 8), "a little more than five hours", "duration") == "supported"


def test_d_x_plus_means_more_than_x(record) -> None:
    text = "Xi and Putin talked for four-plus hours over dinner in Moscow on Monday."
    assert verdict(record, text, date(2023, 3, 21), "four-plus hours", "duration") == "supported"
    text = "Xi and Putin talked for five-plus hours over dinner in Moscow on Monday."
    assert verdict(record, text, date(2023, 3, 21), "five-plus hours", "duration") == "contradicted"


def test_d_a_clock_span_states_the_length(record) -> None:
    text = "Biden and Putin spoke by phone on Thursday. The call ran from 3:35 to 4:25 p.m. Eastern."
    assert verdict(record, text, date(2021, 12, 31), "from 3:35 to 4:25 p.m", "duration") == "supported"
    text = "Байден и Путин провели телефонный разговор в четверг. Он шёл с 23:35 до 01:25 по московскому времени."
    assert verdict(record, text, date(2021, 12, 31), "с 23:35 до 01:25", "duration") == "contradicted"


def test_d_a_russian_plus(record) -> None:
    text = "Путин и Си Цзиньпин в понедельник беседовали за ужином четыре с лишним часа."
    assert verdict(record, text, date(2023, 3, 21), "четыре с лишним часа", "duration") == "supported"


def test_d_time_elapsed_while_still_talking_is_a_lower_bound(record) -> None:
    text = (
        "Biden and Putin spoke by phone on Thursday. "
        "The two were still talking at 4:10 p.m., more than half an hour after the call began."
    )
    assert verdict(record, text, date(2021, 12, 31), "more than half an hour", "duration") == "unverifiable"
    text = text.replace("more than half an hour", "more than two hours")
    assert verdict(record, text, date(2021, 12, 31), "more than two hours", "duration") == "contradicted"


def test_d_time_after_the_contact_is_no_claim(record) -> None:
    text = "Biden and Putin spoke by phone on Thursday. Two hours after the call, the White House issued a readout."
    assert "duration" not in kinds_found(record, text, date(2021, 12, 31))


def test_d_a_length_then_what_followed(record) -> None:
    text = "On Monday Putin and Xi talked for four-plus hours before the Chinese leader left for his residence."
    assert verdict(record, text, date(2023, 3, 21), "four-plus hours", "duration") == "supported"


# ------------------------------------------------------------------ R: the reported contact, misdated


def test_r_a_misdated_report_is_found_and_only_its_date_flagged(record) -> None:
    # Xi and Putin spoke on Thursday 2025-06-19 (60 minutes); the article says Wednesday
    text = "Xi and Putin spoke by phone on Wednesday, the Kremlin said. The call lasted about an hour."
    got = found(record, text, date(2025, 6, 20))
    assert ("Xi and Putin spoke by phone on Wednesday", "event", "contradicted") in got
    assert verdict(record, text, date(2025, 6, 20), "lasted about an hour", "duration") == "supported"
    wrong = text.replace("about an hour", "about three hours")
    assert verdict(record, wrong, date(2025, 6, 20), "lasted about three hours", "duration") == "contradicted"


def test_r_the_day_of_a_statement_is_not_the_contacts(record) -> None:
    text = (
        "The Kremlin said on Wednesday that Macron had asked to speak with Putin after a pause of nearly"
        " three years. The two leaders spoke by phone on Tuesday."
    )
    assert verdict(record, text, date(2025, 7, 2), "pause of nearly three years", "gap") == "supported"
    text = "В Кремле заявили в среду, что Путин и Макрон поговорили по телефону во вторник, прервав почти трёхлетнюю паузу."
    assert verdict(record, text, date(2025, 7, 2), "трёхлетнюю паузу", "gap") == "supported"


# ------------------------------------------------------------------ S: coordinated claims split; visits


def test_s_each_first_keeps_its_own_period_and_a_visit_is_unverifiable(record) -> None:
    text = (
        "Putin and Macron met in the Kremlin on Monday, their first face-to-face meeting this year"
        " and Macron's first visit to Russia in nearly three years."
    )
    got = found(record, text, date(2022, 2, 8))
    visit = [v for q, _, v in got if "visit" in q]
    assert visit == ["unverifiable"], got
    # the meeting's "first" takes its own period, never the visit's "nearly three years"
    assert [v for q, k, v in got if "meeting this year" in q and "visit" not in q] == ["supported"], got


def test_s_a_trip_abroad_is_no_claim_about_the_pair(record) -> None:
    text = "Xi met Putin in Samarkand on Thursday on his first trip abroad in more than two and a half years."
    assert not [q for q, _, _ in found(record, text, date(2022, 9, 16)) if "trip" in q]


def test_s_an_ordinal_span_stops_before_the_next_claim(record) -> None:
    text = "Putin told Xi on Friday: this is our second conversation with you this year and our 40th since 2013."
    spans = [q for q, k, _ in found(record, text, date(2022, 3, 1)) if k == "ordinal"]
    assert spans and all("40th" not in q for q in spans if "second" in q), spans


# ------------------------------------------------------------------ P: a past contact named by year and place


def test_p_a_summit_named_by_year_and_place_is_checked_against_that_row(record) -> None:
    # reported: Alaska 2025 (3 h); named: Helsinki 2018 (130 min)
    text = "Trump and Putin met in Alaska on Friday. The talks ran longer than a 2018 summit in Helsinki that lasted roughly two hours."
    assert verdict(record, text, date(2025, 8, 16), "Helsinki that lasted roughly two hours", "duration") == "supported"
    wrong = text.replace("roughly two hours", "roughly four hours")
    assert (
        verdict(record, wrong, date(2025, 8, 16), "Helsinki that lasted roughly four hours", "duration")
        == "contradicted"
    )


# ------------------------------------------------------------------ K: a ceremony by video link is a reading


def test_k_a_video_ceremony_need_not_count_as_a_videoconference(record) -> None:
    # 2021: Putin-Xi video rows on 19 May (a joint ceremony, no talks) and 28 June, then 15 December
    text = "Putin and Xi held a videoconference on Wednesday, their second videoconference this year."
    assert verdict(record, text, date(2021, 12, 16), "second videoconference this year", "ordinal") == "supported"
    text = "Путин и Си Цзиньпин провели в среду видеоконференцию — уже четвёртую видеоконференцию в этом году."
    assert (
        verdict(record, text, date(2021, 12, 16), "четвёртую видеоконференцию в этом году", "ordinal") == "contradicted"
    )


# ------------------------------------------------------------------ A/R: which contact a sentence is about


def test_a_a_distal_anaphor_points_at_the_previous_contact_named(record) -> None:
    text = (
        "Putin and Xi met in Beijing on Friday. The leaders last spoke on December 15, by video link."
        " On that occasion Xi called it their second video summit of the year."
    )
    assert verdict(record, text, date(2022, 2, 5), "second video summit of the year", "ordinal") == "supported"
    text = (
        "Путин и Трамп поговорили по телефону в четверг. Нынешний разговор состоялся почти через два месяца после"
        " предыдущего разговора президентов, прошедшего 19 августа. Тогда Трамп прервал переговоры с Зеленским, а сама беседа"
        " продолжалась около 40 минут."
    )
    assert verdict(record, text, date(2025, 10, 17), "беседа продолжалась около 40 минут", "duration") == "supported"


def test_a_called_with_an_object_names_rather_than_phones(record) -> None:
    text = "Macron spoke with Putin twice on Sunday in what the Elysee called one of the last efforts for peace."
    assert all(k != "event" or "called" not in q for q, k, _ in found(record, text, date(2022, 2, 21)))


def test_a_he_is_the_leader_the_sentence_before_named(record) -> None:
    text = "Putin kept up his contacts elsewhere. On Wednesday he held a video call with Chinese leader Xi Jinping."
    assert verdict(record, text, date(2026, 2, 9), "he held a video call", "event") == "supported"


def test_a_a_contact_n_days_after_an_event(record) -> None:
    text = "Biden and Putin spoke by phone on Tuesday. Their first call, six days after the inauguration, was on arms control."
    assert verdict(record, text, date(2021, 4, 14), "six days after the inauguration", "first_after") == "supported"
    wrong = text.replace("six days", "two weeks")
    assert (
        verdict(record, wrong, date(2021, 4, 14), "two weeks after the inauguration", "first_after") == "contradicted"
    )


# ------------------------------------------------------------------ not a contact at all


def test_planned_and_bloc_gatherings_are_not_contacts(record) -> None:
    text = "Reports suggested that the Putin-Trump summit could be held as early as Monday, August 11."
    assert "event" not in kinds_found(record, text, date(2025, 8, 9))
    text = "Macron said after a European Union summit in December that Europe should talk to Putin."
    assert "event" not in kinds_found(record, text, date(2026, 2, 9))
    text = "Macron said in January that he wanted to speak to Putin soon, and on Friday he said preparations were under way."
    assert "event" not in kinds_found(record, text, date(2026, 2, 9))


def test_the_two_calls_is_a_set_not_a_count(record) -> None:
    text = "Macron spoke with Putin twice on Sunday. The two calls were the second and third since February 7."
    assert not [q for q, k, _ in found(record, text, date(2022, 2, 21)) if k == "count" and "two calls" in q]


# ------------------------------------------------------------------ window edges as readings


def test_since_a_month_may_leave_the_month_out(record) -> None:
    # Putin-Macron: 2022-09-11, then 2025-07-01 only
    text = "Putin and Macron have spoken only once since September 2022, the Kremlin said on Monday."
    assert verdict(record, text, date(2026, 2, 9), "spoken only once since September 2022", "count") == "supported"
    text = "Путин и Макрон трижды разговаривали с сентября 2022 года."
    assert verdict(record, text, date(2026, 2, 9), "трижды разговаривали", "count") == "contradicted"


def test_in_a_year_is_a_round_figure(record) -> None:
    # Putin-Xi in person: 2023-10-18, 2024-05-16, 2024-07-03, 2024-10-22 (370 days)
    text = "Putin and Xi met in Kazan on Tuesday. It was their fourth meeting in a year."
    assert verdict(record, text, date(2024, 10, 23), "fourth meeting in a year", "ordinal") == "supported"
    text = "Putin and Xi met in Kazan on Tuesday. It was their sixth meeting in a year."
    assert verdict(record, text, date(2024, 10, 23), "sixth meeting in a year", "ordinal") == "contradicted"


# ------------------------------------------------------------------ S: "on D they spoke for T" is one claim


def test_s_a_dated_length_is_one_claim(record) -> None:
    # Putin-Trump spoke on 2025-06-04 (no length given) and on 2025-07-03 (about an hour)
    text = "On July 3, the presidents Putin and Trump spoke for almost two hours."
    assert {v for _, _, v in found(record, text, date(2025, 12, 16))} == {"contradicted"}
    text = "3 июля Путин и Трамп проговорили по телефону почти час."
    assert "contradicted" not in {v for _, _, v in found(record, text, date(2025, 12, 16))}


# ------------------------------------------------------------------ F: vague frequency


def test_f_vague_frequency_is_reported_unverifiable(record) -> None:
    text = "Putin said he and Trump have maintained regular contact through phone calls and meetings."
    assert verdict(record, text, date(2018, 7, 16), "regular", "frequency") == "unverifiable"
    text = "Путин и Си Цзиньпин регулярно созваниваются, напомнили в Кремле."
    assert verdict(record, text, date(2024, 2, 9), "регулярно", "frequency") == "unverifiable"
    text = "The envoys meet regularly, but Putin and Macron have not spoken since July."
    assert "frequency" not in kinds_found(record, text, date(2025, 12, 1))


# ------------------------------------------------------------------ P: world events as anchors


def test_p_the_record_holds_dated_sourced_world_events(record) -> None:
    events = record.events()
    assert events and all(e.name for e in events)
    assert [e.date for e in events] == sorted(e.date for e in events)
    assert {e.kind for e in events} <= {"election", "reelection", "invasion"}
    assert any(e.kind == "invasion" and e.date == date(2022, 2, 24) for e in events)


def test_p_since_his_reelection_counts_from_election_day(record) -> None:
    text = (
        "Trump and Xi met in Busan on Thursday, their first in-person meeting since Trump's reelection,"
        " though they had spoken on the phone three times."
    )
    first = [v for q, k, v in found(record, text, date(2025, 10, 30)) if "since Trump's reelection" in q]
    assert first == ["supported"], first
    got = found(record, text.replace("three times", "five times"), date(2025, 10, 30))
    assert [v for q, k, v in got if k == "count"] == ["contradicted"], got


def test_p_since_the_start_of_the_war_in_russian(record) -> None:
    # Putin-Macron: 11 calls from 2022-02-24 (the evening call that day) to 2022-09-11
    text = "Путин и Макрон с начала специальной военной операции провели 11 телефонных разговоров."
    assert verdict(record, text, date(2022, 9, 20), "11 телефонных разговоров", "count") == "supported"
    text = text.replace("11", "5")
    assert verdict(record, text, date(2022, 9, 20), "5 телефонных разговоров", "count") == "contradicted"


def test_p_shortly_after_an_election_dates_a_first_call(record) -> None:
    text = "Putin first called Trump shortly after the Republican's election victory in 2016."
    assert verdict(record, text, date(2025, 2, 13), "shortly after", "first_after") == "supported"


def test_p_a_year_alone_dates_a_last_meeting(record) -> None:
    text = "Trump and Xi met in Busan on Thursday. Their last meeting was at the 2019 G20 summit in Osaka."
    assert verdict(record, text, date(2025, 10, 30), "Their last meeting was at the 2019", "previous") == "supported"
    text = "Trump and Xi met in Busan on Thursday. The last one-on-one meeting between them took place in 2018."
    assert verdict(record, text, date(2025, 10, 30), "took place in 2018", "previous") == "contradicted"


# ------------------------------------------------------------------ T2: the period from the passage


def test_t2_that_year_is_the_year_the_passage_narrates(record) -> None:
    # Putin-Macron 2022: 15 calls, 18 with the group calls
    text = (
        "Putin and Macron spoke on Tuesday. In 2022 the two were in constant touch."
        " They called each other fifteen times that year."
    )
    assert [v for q, k, v in found(record, text, date(2025, 7, 2)) if k == "count"] == ["supported"]
    text = "Путин и Макрон поговорили во вторник. В 2022 году они общались часто. За тот год они провели два телефонных разговора."
    assert [v for q, k, v in found(record, text, date(2025, 7, 2)) if k == "count"] == ["contradicted"]


def test_t2_the_other_two_is_a_set(record) -> None:
    text = "Putin and Trump spoke four times in April 2020. The other two conversations were direct."
    assert not [q for q, k, _ in found(record, text, date(2020, 5, 1)) if "other two" in q]


# ------------------------------------------------------------------ V: participants


def test_v_a_role_and_a_name_of_one_man_are_one_side(record) -> None:
    text = (
        "Trump and Zelensky met in the Oval Office on Friday. When the two leaders met at the funeral in Rome"
        " in April, the Ukrainian president wore a black field jacket."
    )
    got = check_article(from_text(text, published=date(2025, 10, 18)), record).findings
    funeral = [f for f in got if "funeral" in f.claim.quote]
    assert funeral and funeral[0].verdict.value == "supported"
    assert len(set(funeral[0].participants)) == 2, funeral[0].participants


def test_v_an_office_acronym_names_its_holder(record) -> None:
    text = "After speaking with Chancellor Merkel for 45 minutes @POTUS is now onto his next call, with Putin."
    got = check_article(from_text(text, published=date(2017, 1, 28)), record).findings
    merkel = [f for f in got if "Merkel" in f.claim.quote]
    assert merkel and merkel[0].verdict.value == "unverifiable"
    assert "Vladimir Putin" not in merkel[0].participants, merkel[0].participants


# ------------------------------------------------------------------ coverage of Russian wording


def test_ru_counts_with_a_pronoun_or_one_leader_as_subject(record) -> None:
    text = "Путин и Си Цзиньпин провели видеоконференцию в пятницу. С начала года российский президент уже три раза говорил по телефону с Си Цзиньпином."
    assert verdict(record, text, date(2022, 12, 31), "три раза говорил по телефону", "count") == "supported"
    text = "Путин и Си Цзиньпин провели видеоконференцию в пятницу. В этом году дважды они встречались лично."
    assert verdict(record, text, date(2022, 12, 31), "дважды они встречались", "count") == "supported"


def test_an_aide_speaking_is_no_contact(record) -> None:
    text = "В начале августа пресс-секретарь Кремля Дмитрий Песков говорил, что Путин и Макрон не планируют разговор."
    assert "event" not in kinds_found(record, text, date(2022, 8, 20))


def test_t2_a_count_takes_the_period_its_paragraph_counts_in(record) -> None:
    # Putin-Xi 2022: meetings 02-04 and 09-15; calls 02-25 and 06-15; video 12-30
    text = (
        "Путин и Си Цзиньпин провели видеоконференцию в пятницу. Это пятый контакт лидеров в этом году."
        " Дважды они встречались лично, а кроме того, два раза они разговаривали по телефону."
    )
    got = [(q, v) for q, k, v in found(record, text, date(2022, 12, 31)) if k == "count"]
    assert got and all(v == "supported" for _, v in got), got


def test_words_that_look_ordinal_but_count_nothing(record) -> None:
    text = "Putin and Trump spoke by phone on Monday and discussed a meeting in a third country during a phone call."
    assert "ordinal" not in kinds_found(record, text, date(2025, 5, 20))
    text = (
        "Путин и Трамп поговорили по телефону в понедельник. В первый президентский срок Трампа контакты были частыми."
    )
    assert "ordinal" not in kinds_found(record, text, date(2025, 5, 20))


def test_recent_weeks_is_a_period_of_no_stated_length(record) -> None:
    text = "Путин и Трамп поговорили по телефону в понедельник; это четвёртый за последние недели телефонный разговор."
    assert verdict(record, text, date(2025, 5, 20), "четвёртый за последние недели", "ordinal") == "unverifiable"
    text = "Putin and Trump spoke by phone on Monday, their fourth call in recent weeks."
    assert "contradicted" not in {v for _, _, v in found(record, text, date(2025, 5, 20))}


def test_in_all_and_in_person_are_not_windows_or_links(record) -> None:
    text = (
        "Trump and Xi met in Busan on Thursday. It was their first in-person encounter since Trump returned"
        " to the White House in January and the sixth in all."
    )
    got = found(record, text, date(2025, 10, 30))
    assert ("contradicted" not in {v for _, _, v in got}) and any(k == "first_after" for _, k, _ in got), got


def test_his_term_is_the_last_named_mans_and_the_last_one_is_no_window(record) -> None:
    text = (
        "Trump and Xi met in Busan on Thursday. It was their first meeting since Trump returned to the White House."
        " During his first term the two men met five times, the last in 2019."
    )
    assert verdict(record, text, date(2025, 10, 30), "met five times", "count") == "supported"
    text = text.replace("five times", "three times")
    assert verdict(record, text, date(2025, 10, 30), "met three times", "count") == "contradicted"


def test_until_d_a_count_stops_the_day_before(record) -> None:
    # Trump-Xi calls: 2017-02-09, 2017-04-12 (and the Mar-a-Lago meeting on 04-06)
    text = (
        "Trump and Xi spoke by phone on Wednesday. Until Wednesday the two presidents had spoken by phone"
        " only once since Trump took office."
    )
    assert verdict(record, text, date(2017, 4, 13), "spoken by phone only once", "count") == "supported"
    text = "Trump and Xi spoke by phone on Wednesday. The two presidents have spoken by phone only once since Trump took office."
    assert verdict(record, text, date(2017, 4, 13), "spoken by phone only once", "count") == "contradicted"


# ------------------------------------------------------------------ staged batch 126–145: readings a careful reader takes


def test_a_when_clause_narrates_the_window_edge_year(record) -> None:
    text = "Macron and Putin have not met in person since 2019, when in December they held talks in Paris."
    assert verdict(record, text, date(2021, 6, 1), "since 2019, when in December", "previous") == "supported"
    ru = "Макрон и Путин не встречались лично с 2019 года, когда в декабре они провели переговоры в Париже."
    assert verdict(record, ru, date(2021, 6, 1), "когда в декабре", "previous") == "supported"


def test_talks_held_by_delegations_are_not_the_leaders_contact(record) -> None:
    text = (
        "Trump and Putin spoke on Monday, days after the first direct Russian-Ukrainian negotiations in two"
        " years, conducted by delegations in Geneva."
    )
    assert kinds_found(record, text, date(2025, 5, 20)) == ["event"]
    ru = "Путин и Трамп поговорили в понедельник, через несколько дней после первых за два года переговоров делегаций России и Украины."
    assert kinds_found(record, ru, date(2025, 5, 20)) == ["event"]


def test_a_pause_after_the_previous_contact_ends_at_the_reported_one(record) -> None:
    # 2022-05-28 → 2022-08-19: 2.7 months
    text = "Macron and Putin spoke by phone on Friday. Their previous call was on May 28, so the pause lasted almost three months."
    assert verdict(record, text, date(2022, 8, 20), "pause lasted almost three months", "gap") == "supported"
    ru = "Макрон и Путин поговорили по телефону в пятницу. Предыдущий разговор состоялся 28 мая, так что пауза длилась почти три месяца."
    assert verdict(record, ru, date(2022, 8, 20), "пауза длилась почти три месяца", "gap") == "supported"


def test_a_count_takes_the_period_its_own_clause_names(record) -> None:
    # five Trump–Xi phone calls in 2018; his first term (2017–2021) holds many more
    ru = (
        "Трамп и Си поговорили по телефону в четверг. В первый президентский срок Трампа контакты были куда"
        " интенсивнее: только в 2018 году лидеры созванивались пять раз."
    )
    assert verdict(record, ru, date(2025, 6, 6), "только в 2018 году", "count") == "supported"
    assert (
        verdict(record, ru.replace("пять", "семь"), date(2025, 6, 6), "только в 2018 году", "count") == "contradicted"
    )
    en = (
        "Trump and Xi spoke by phone on Thursday. In Trump's first term contacts were far more intense: in 2018"
        " alone the leaders spoke by phone five times."
    )
    assert verdict(record, en, date(2025, 6, 6), "five times", "count") == "supported"


def test_they_is_the_pair_spoken_of_not_a_later_phrase_s_people(record) -> None:
    text = "Putin and Xi met in Kazan on Tuesday. They had last met in person on July 3, the day before Xi's call with Biden."
    assert verdict(record, text, date(2024, 10, 23), "last met in person on July 3", "previous") == "supported"
    ru = "Путин и Си встретились в Казани во вторник. В последний раз они виделись 3 июля, за день до разговора Си с Байденом."
    assert verdict(record, ru, date(2024, 10, 23), "виделись 3 июля", "previous") == "supported"


def test_the_one_contact_of_a_count_is_dated_and_before_that_stops_short(record) -> None:
    text = (
        "Putin and Trump spoke by phone on Tuesday. Until Tuesday the two presidents had spoken only once since"
        " Trump took office, by phone on February 12. That call ended a silence of more than three years."
    )
    assert verdict(record, text, date(2025, 3, 19), "February 12", "previous") == "supported"
    assert verdict(record, text, date(2025, 3, 19), "silence of more than three years", "gap") == "supported"
    wrong = text.replace("February 12", "February 14")
    assert verdict(record, wrong, date(2025, 3, 19), "February 14", "previous") == "contradicted"
    ru = "Путин и Трамп провели телефонный разговор во вторник. До этого с начала года они говорили один раз — 12 февраля."
    assert verdict(record, ru, date(2025, 3, 19), "говорили один раз", "count") == "supported"
    en = "Putin and Trump spoke by phone on Tuesday. Before that they had spoken once this year, on February 12."
    assert verdict(record, en, date(2025, 3, 19), "spoken once this year", "count") == "supported"


def test_a_length_for_a_contact_named_by_its_month_fits_any_contact_of_that_month(record) -> None:
    # February 2022: the Kremlin meeting ('a little over five hours') and several calls of 1–2 hours
    en = (
        "Putin and Macron spoke by phone on Tuesday. They last met in person at the Kremlin in February 2022 -"
        " the talks then lasted more than five hours."
    )
    assert verdict(record, en, date(2025, 7, 2), "more than five hours", "duration") == "supported"
    assert (
        verdict(record, en.replace("more than five", "nine"), date(2025, 7, 2), "nine hours", "duration")
        == "unverifiable"
    )
    ru = (
        "Путин и Макрон поговорили по телефону во вторник. Лично они в последний раз встречались в Кремле в"
        " феврале 2022 года — тогда переговоры продлились более пяти часов."
    )
    assert verdict(record, ru, date(2025, 7, 2), "более пяти часов", "duration") == "supported"


def test_a_russian_ordinal_adjective_with_a_gap_names_the_kind_after_it(record) -> None:
    # 'первую за два года очную встречу': the kind ('очную') stands after the gap, as in English
    # 'the first in-person meeting in two years'. Previous in-person meeting: 2019-12-09 (Paris)
    ru = "Путин и Макрон провели в понедельник в Кремле переговоры — первую за два года очную встречу."
    assert verdict(record, ru, date(2022, 2, 8), "первую за два года", "gap") == "supported"
    # the record is complete for Putin–Trump: a wrong gap in the same shape is contradicted
    alaska = "Путин и Трамп провели в пятницу на Аляске переговоры — первую за три года очную встречу."
    assert verdict(record, alaska, date(2025, 8, 16), "первую за три года", "gap") == "contradicted"
    en = "Putin and Macron held talks in the Kremlin on Monday, their first in-person meeting in two years."
    assert verdict(record, en, date(2022, 2, 8), "first in-person meeting in two years", "gap") == "supported"


def test_a_date_after_a_list_of_contacts_dates_the_last_one_only_when_the_verb_comes_first(record) -> None:
    # '— в августе' after 'поговорили по телефону' dates that call; it does not make the two video calls
    # named before it contacts of August too
    ru = (
        "Путин и Си Цзиньпин поговорили по телефону в пятницу. В прошлом году лидеры дважды провели"
        " переговоры по видеосвязи и один раз поговорили по телефону."
    )
    assert verdict(record, ru, date(2022, 2, 5), "дважды провели переговоры по видеосвязи", "count") == "supported"


def test_russian_counts_take_any_contact_verb_and_medium(record) -> None:
    # 2021, Putin–Xi: two video calls (28 June, 15 December) and one phone call (25 August)
    ru = "В прошлом году лидеры дважды общались по видеосвязи и один раз поговорили по телефону."
    text = "Путин и Си Цзиньпин встретились в Пекине в пятницу. " + ru
    assert verdict(record, text, date(2022, 2, 5), "дважды общались по видеосвязи", "count") == "supported"
    assert verdict(record, text, date(2022, 2, 5), "один раз поговорили по телефону", "count") == "supported"
    wrong = text.replace("дважды общались", "четырежды общались")
    assert verdict(record, wrong, date(2022, 2, 5), "четырежды общались по видеосвязи", "count") == "contradicted"


def test_a_length_the_record_has_only_from_a_news_outlet_is_no_ground_to_contradict(record) -> None:
    # Putin–Xi, Kremlin, 2025-05-08: the record's only figure is a news agency's 'about four hours'
    en = "Xi and Putin held talks in the Kremlin on Thursday. The negotiations lasted seven hours."
    assert verdict(record, en, date(2025, 5, 9), "seven hours", "duration") == "unverifiable"
    fits = en.replace("seven hours", "about four hours")
    assert verdict(record, fits, date(2025, 5, 9), "about four hours", "duration") == "supported"
    ru = "Си Цзиньпин и Путин провели переговоры в Кремле в четверг. Переговоры продлились семь часов."
    assert verdict(record, ru, date(2025, 5, 9), "семь часов", "duration") == "unverifiable"


def test_a_since_phrase_ends_where_a_coordinated_ordinal_begins(record) -> None:
    # "first since June and the second since he took office": the second claim's event is not the first's X
    # (Trump–Xi calls of 2025: 5 June, then 19 September)
    en = (
        "Donald Trump and Xi Jinping held a phone call on Friday. It was their first conversation since June "
        "and only the second since Trump's inauguration in January."
    )
    assert verdict(record, en, date(2025, 9, 19), "first conversation since June", "first_after") == "supported"
    wrong = en.replace("since June", "since May")
    assert verdict(record, wrong, date(2025, 9, 19), "first conversation since May", "first_after") == "contradicted"
    ru = (
        "Дональд Трамп и Си Цзиньпин в пятницу провели телефонный разговор. Беседа стала первой с июня "
        "и второй после инаугурации Трампа в январе."
    )
    assert verdict(record, ru, date(2025, 9, 19), "первой с июня", "first_after") == "supported"
    assert verdict(record, ru, date(2025, 9, 19), "второй после инаугурации", "ordinal") == "supported"
    third = ru.replace("второй после", "третьей после")
    assert verdict(record, third, date(2025, 9, 19), "третьей после инаугурации", "ordinal") == "contradicted"


def test_a_contact_verb_that_introduces_reported_speech_is_no_contact(record) -> None:
    # "говорил, что …", "spoke: …" report what one leader said, not a conversation between the two
    ru = (
        "Трамп и Си Цзиньпин провели телефонный разговор в пятницу. В конце августа американский президент "
        "говорил, что готов встретиться с китайским лидером."
    )
    assert kinds_found(record, ru, date(2025, 9, 19)) == ["event"]
    en = (
        "Trump and Xi held a phone call on Friday. In late August the American president spoke: "
        "he was ready to meet the Chinese leader."
    )
    assert kinds_found(record, en, date(2025, 9, 19)) == ["event"]
    # a conversation stays one: "говорил с Си Цзиньпином в августе" is still a contact
    contact = ru.replace("говорил, что готов встретиться с китайским лидером", "говорил с Си Цзиньпином по телефону")
    assert kinds_found(record, contact, date(2025, 9, 19)).count("event") == 2


def test_a_distal_adverb_inside_the_sentence_points_back_to_the_contact_just_named(record) -> None:
    # "The talks at the time lasted …", "Переговоры тогда продолжались …": the Helsinki summit of the sentence
    # before (130 min), not the call the article reports
    en = (
        "Putin and Trump spoke by phone on Friday. Their summit had taken place in Helsinki on July 16, 2018. "
        "The one-on-one talks at the time lasted more than two hours."
    )
    assert verdict(record, en, date(2019, 5, 3), "lasted more than two hours", "duration") == "supported"
    ru = (
        "Путин и Трамп в пятницу поговорили по телефону. Их саммит прошёл в Хельсинки 16 июля 2018 года. "
        "Переговоры один на один тогда продолжались более двух часов."
    )
    assert verdict(record, ru, date(2019, 5, 3), "продолжались более двух часов", "duration") == "supported"
    wrong = ru.replace("более двух часов", "около пяти часов")
    assert verdict(record, wrong, date(2019, 5, 3), "продолжались около пяти часов", "duration") == "contradicted"
