#!/usr/bin/env python3
"""Gold annotations for batch b (articles 146-165 and their mutated copies).

Stdlib only (Python 3.11). The record, the checks and the build are rules.py's (shared with
batch_166_173.py); this file holds the articles. It loads the reference record (../shared/reference/contacts.csv and
offices.csv), and for every gold claim COMPUTES the verdict from the rows with the rules of
../shared/eval/README.md: counts and ordinals list the rows they count and assert the number, gaps
compute the gap and test the band, durations test the band against every official figure,
previous dates look up the latest matching row. Each claim states the verdict we intend; the script
fails loudly (AssertionError) when the computed verdict disagrees, when a quote is not found the
stated number of times, or when a listed row set differs from the computed one.

Mutated copies (mNNN.txt) are generated here from the original article by exact one-time
replacements, so the copy and its gold can never drift apart.

Run:  python3 tests/accuracy/annotate/batch_146_165.py [--check]
      -> writes articles/m*.txt and this batch's entries of tests/accuracy/gold.json (--check: compares)
"""

from __future__ import annotations

import datetime as dt

from rules import (
    article,
    C,
    complete,
    count_is,
    D,
    duration,
    elapsed,
    fixed,
    FRI,
    gap,
    gap_fits,
    ids,
    initiator,
    M,
    main,
    MON,
    none_between,
    office_start,
    on_day,
    planned,
    previous_is,
    ROWS,
    SAT,
    select,
    SUN,
    term_start,
    THU,
    TUE,
    tz_match,
    WED,
    weekday_on_or_before,
)

# ARTICLE SPECS START
# ---- 146 (en, Putin-Biden, 2021-04-13 call) ----
article(
    146,
    "2021-04-14",
    "en",
    "Putin-Biden",
    [
        C(
            "telephoned Vladimir Putin on Tuesday",
            "other",
            "supported",
            "Putin-Biden phone 2021-04-13 (Tuesday): Russian build-up near Ukraine; proposed summit in a third country",
            "Tuesday on or before publication 2021-04-14 is 2021-04-13, which has a Putin-Biden phone row.",
            lambda: on_day("Putin-Biden", "phone", weekday_on_or_before(D("2021-04-14"), TUE)),
            [85],
        ),
        C(
            "The Kremlin stressed that the call had been placed at the American side's request",
            "other",
            "supported",
            "2021-04-13 initiator: US (Kremlin: at US initiative)",
            "The row's initiator is the US side, as the Kremlin readout said.",
            lambda: initiator(85, "US"),
            [85],
        ),
        C(
            "proposed that the two leaders hold a summit in a third country in the coming months",
            "other",
            "unverifiable",
            "no date was set; the record's only Putin-Biden meeting is Geneva 2021-06-16",
            "A proposed future meeting with no date is a planned contact: unverifiable (plans move); the later Geneva row does not make an undated proposal checkable.",
            lambda: planned("Putin-Biden", "meeting", None),
        ),
        C(
            "It was only the second conversation between the two presidents since Biden took office on January 20",
            "ordinal_count",
            "supported",
            "Putin-Biden phone/video rows 2021-01-21..2021-04-13: 2021-01-26, 2021-04-13",
            "'Conversation' = phone or video; after the inauguration (offices.csv: Biden from 2021-01-20) up to and including the reported call there are 2, the reported one being the 2nd.",
            lambda: count_is("Putin-Biden", "call", term_start("Biden", D("2021-04-13")), D("2021-04-13"), 2),
            [83, 85],
        ),
        C(
            "Their first call, six days after the inauguration",
            "previous_date",
            "supported",
            "Putin-Biden phone 2021-01-26 (Biden's first call with Putin as president)",
            "Inauguration 2021-01-20 + 6 days = 2021-01-26, the first Putin-Biden row of the term.",
            lambda: (
                lambda r: (
                    "supported"
                    if r[0]["date"] == term_start("Biden", D("2021-04-13")) + dt.timedelta(days=6)
                    else "contradicted",
                    [r[0]["id"]],
                    "",
                )
            )(select("Putin-Biden", "call", term_start("Biden", D("2021-04-13")), D("2021-04-13"))),
            [83],
        ),
        C(
            "challenged him to a live online discussion",
            "other",
            "unverifiable",
            "no Putin-Biden row in March 2021; the article itself says the offer was brushed aside",
            "A proposed contact that did not take place is not a recorded contact; the record cannot confirm or refute a proposal: unverifiable.",
            lambda: fixed("unverifiable"),
        ),
        C(
            "his invitation for Putin to join the virtual climate summit he will host on April 22-23",
            "other",
            "unverifiable",
            "no Putin-Biden row on 2021-04-22 or 2021-04-23 (multilateral-only events are not rows)",
            "A planned (multilateral) event after publication: the record holds no Putin-Biden contact on the planned dates, so it is unverifiable, never contradicted.",
            lambda: (
                planned("Putin-Biden", "any", D("2021-04-22"))
                if planned("Putin-Biden", "any", D("2021-04-23"))[0] == "unverifiable"
                else ("supported", [], "")
            ),
        ),
    ],
    [
        "more than 80,000",
        "which both governments completed a week later",
        "Relations soured sharply in March",
    ],
    mutations=[
        M(
            "It was only the second conversation",
            "It was only the third conversation",
            C(
                "It was only the third conversation between the two presidents since Biden took office on January 20",
                "ordinal_count",
                "contradicted",
                "Putin-Biden phone/video rows 2021-01-21..2021-04-13: 2021-01-26, 2021-04-13",
                "Altered from 'the second' (original, supported). The record is complete for Putin-Biden 2021 and holds 2 calls after the inauguration up to the reported one, under any kind reading (no meeting either); no reading gives 3.",
                lambda: count_is(
                    "Putin-Biden",
                    "call",
                    term_start("Biden", D("2021-04-13")),
                    D("2021-04-13"),
                    3,
                    readings=[{}, {"kinds": "any"}],
                ),
                [83, 85],
            ),
        ),
    ],
)

# ---- 147 (ru, Putin-Biden, 2021-12-30 call) ----
article(
    147,
    "2021-12-31",
    "ru",
    "Putin-Biden",
    [
        C(
            "Телефонный разговор Владимира Путина и Джо Байдена 30 декабря",
            "other",
            "supported",
            "Putin-Biden phone 2021-12-30 (3:35-4:25 p.m. EST)",
            "30 December on or before publication 2021-12-31 is 2021-12-30, which has a Putin-Biden phone row.",
            lambda: on_day("Putin-Biden", "phone", D("2021-12-30")),
            [97],
        ),
        C(
            "проведенный по просьбе российской стороны",
            "other",
            "supported",
            "2021-12-30 initiator: Russia (Putin requested)",
            "The row's initiator is the Russian side.",
            lambda: initiator(97, "Russia"),
            [97],
        ),
        C(
            "продолжался около 50 минут",
            "duration",
            "supported",
            "2021-12-30: duration_min 50; 'about 50 minutes' (3:35-4:25 p.m. EST); some reports 'nearly an hour'",
            "'About 50 min' allows 40-60 (at least +/-10 min); 50 fits.",
            lambda: duration(97, 50, "about", [50]),
            [97],
        ),
        C(
            "он шел с 15:35 до 16:25 по вашингтонскому времени",
            "duration",
            "supported",
            "2021-12-30: 3:35-4:25 p.m. EST, 50 minutes",
            "A clock span of 15:35-16:25 is a bare 50 min, allowing 45-55; the row's 50 fits (and the span is the White House's own).",
            lambda: duration(97, 50, "bare", [50]),
            [97],
        ),
        C(
            "в Москве президенты попрощались уже после полуночи",
            "other",
            "unverifiable",
            "row 97 gives the US Eastern times only",
            "A time of day is not checked under the rules: unverifiable (though 16:25 EST is 00:25 in Moscow).",
            lambda: fixed("unverifiable", [97]),
        ),
        C(
            "Это уже второй контакт лидеров за последний месяц",
            "ordinal_count",
            "supported",
            "Putin-Biden rows 2021-12-01..2021-12-30: 2021-12-07 (video), 2021-12-30 (phone)",
            "'Контакт' = any kind; the month before the reported call plus the call (2021-11-30 < d <= 2021-12-30) holds 2, the reported one being the 2nd.",
            lambda: count_is("Putin-Biden", "any", D("2021-11-30"), D("2021-12-30"), 2),
            [94, 97],
        ),
        C(
            "Предыдущий раз они общались 7 декабря по видеосвязи",
            "previous_date",
            "supported",
            "latest Putin-Biden row before 2021-12-30: 2021-12-07, video",
            "The latest contact before the reported call is the 2021-12-07 video call.",
            lambda: previous_is("Putin-Biden", "any", D("2021-12-30"), D("2021-12-07")),
            [94],
        ),
        C(
            "та беседа длилась около двух часов",
            "duration",
            "supported",
            "2021-12-07: duration_min 121; 'roughly two hours'; WH 10:07-12:08 ET",
            "'About two hours' allows 96-144; 121 fits.",
            lambda: duration(94, 120, "about", [121]),
            [94],
        ),
        C(
            "Всего с начала года президенты провели пять разговоров",
            "count",
            "supported",
            "Putin-Biden phone/video rows 2021-01-01..2021-12-30: 01-26, 04-13, 07-09, 12-07 (video), 12-30",
            "'Разговор' = phone or video; since 1 January up to and including the reported call there are 5 (4 by phone only would not fit, but the video call is a conversation).",
            lambda: count_is("Putin-Biden", "call", D("2021-01-01"), D("2021-12-30"), 5, start_incl=True),
            [83, 85, 89, 94, 97],
        ),
        C(
            "одну встречу — в июне в Женеве",
            "count",
            "supported",
            "Putin-Biden in_person rows 2021: 2021-06-16 Geneva (only)",
            "One in-person row in 2021, in June, in Geneva.",
            lambda: (
                lambda v: (
                    v
                    if ROWS[v[1][0]]["date"].month == 6 and "Geneva" in ROWS[v[1][0]]["location"]
                    else ("contradicted", v[1], "")
                )
            )(count_is("Putin-Biden", "meeting", D("2021-01-01"), D("2021-12-30"), 1, start_incl=True)),
            [87],
        ),
        C(
            "беседа в узком составе заняла около полутора часов",
            "duration",
            "supported",
            "2021-06-16 duration_text: restricted session ~93 min (TASS: 13:36-15:19 local, 'almost two hours') + expanded ~65 min; duration_min blank",
            "'About 90 min' allows 72-108; the restricted-session figures 93 and 103 (TASS clock times) both fit.",
            lambda: duration(87, 90, "about", [93, 103]),
            [87],
        ),
    ],
    [
        "10 января в Женеве",
        "12 января в Брюсселе",
        "13 января",
        "до 175 тысяч военнослужащих",
    ],
)

# ---- 148 (en, Putin-Biden + Putin-Macron, 2022-02-12 calls) ----
article(
    148,
    "2022-02-12",
    "en",
    "Putin-Biden (+Putin-Macron)",
    [
        C(
            "warned Vladimir Putin by telephone on Saturday",
            "other",
            "supported",
            "Putin-Biden phone 2022-02-12 (Saturday), 11:04-12:06 ET",
            "Saturday on or before publication 2022-02-12 is that day, which has a Putin-Biden phone row.",
            lambda: on_day("Putin-Biden", "phone", weekday_on_or_before(D("2022-02-12"), SAT)),
            [103],
        ),
        C(
            "The White House said the call began at 11:04 a.m. and ended at 12:06 p.m. Eastern time",
            "duration",
            "supported",
            "2022-02-12: duration_min 62; White House 62 minutes (11:04-12:06 ET); Ushakov 'one hour'",
            "The clock span is a bare 62 min, allowing 55.8-68.2; the White House's 62 (and Ushakov's 60) fit.",
            lambda: duration(103, 62, "bare", [62, 60]),
            [103],
        ),
        C(
            "Moscow had suggested holding the conversation on Monday, but Washington insisted on Saturday",
            "other",
            "supported",
            "2022-02-12 initiator: 'US (Washington requested; Russia had proposed Monday, WH insisted on Saturday)'",
            "The row's initiator field records exactly this scheduling dispute.",
            lambda: (
                ("supported" if "Russia had proposed Monday" in ROWS[103]["initiator"] else "contradicted"),
                [103],
                "",
            ),
            [103],
        ),
        C(
            "came a month and a half after",
            "first_in_period",
            "supported",
            "previous Putin-Biden row before 2022-02-12: 2021-12-30 phone; gap 44 days",
            "A bare 'month and a half' allows 1.0-2.0 months (+/- half a month); 44 days = 1.45 months fits, and no row lies between.",
            lambda: gap("Putin-Biden", "any", 103, 1.5, "months", "bare"),
            [97, 103],
        ),
        C(
            "their previous conversation, on December 30",
            "previous_date",
            "supported",
            "latest Putin-Biden phone/video row before 2022-02-12: 2021-12-30",
            "'December 30' in a sentence about the past, before publication, is 2021-12-30, the latest call before the reported one.",
            lambda: previous_is("Putin-Biden", "call", D("2022-02-12"), D("2021-12-30")),
            [97],
        ),
        C(
            "when Putin had asked for the call",
            "other",
            "supported",
            "2021-12-30 initiator: Russia (Putin requested)",
            "The December call's initiator is the Russian side.",
            lambda: initiator(97, "Russia"),
            [97],
        ),
        C(
            "It was their fourth conversation since the Geneva summit in June",
            "ordinal_count",
            "supported",
            "Putin-Biden phone/video rows after 2021-06-16 up to 2022-02-12: 2021-07-09, 2021-12-07 (video), 2021-12-30, 2022-02-12",
            "'Conversation' = phone or video; after the Geneva summit (2021-06-16, the June before publication) up to and including the reported call there are 4.",
            lambda: count_is("Putin-Biden", "call", D("2021-06-16"), D("2022-02-12"), 4),
            [89, 94, 97, 103],
        ),
        C(
            "the only time the two have met as presidents",
            "count",
            "supported",
            "Putin-Biden in_person rows: 2021-06-16 Geneva (only; notes: 'Only Biden-Putin in-person meeting as presidents')",
            "One in-person row in Biden's term up to publication.",
            lambda: count_is("Putin-Biden", "meeting", term_start("Biden", D("2022-02-12")), D("2022-02-12"), 1),
            [87],
        ),
        C(
            "who visited him in the Kremlin on Monday",
            "previous_date",
            "supported",
            "Putin-Macron in_person 2022-02-07 (Monday), Kremlin",
            "Monday on or before publication 2022-02-12 is 2022-02-07, which has the Putin-Macron Kremlin meeting.",
            lambda: on_day("Putin-Macron", "meeting", weekday_on_or_before(D("2022-02-12"), MON)),
            [101],
        ),
        C(
            "That call lasted one hour and 40 minutes",
            "duration",
            "supported",
            "Putin-Macron phone 2022-02-12: duration_min 100 (Elysee: 1 hour 40 minutes)",
            "A bare 100 min allows 90-110; the Elysee's 100 fits.",
            lambda: duration(102, 100, "bare", [100]),
            [102],
        ),
    ],
    [
        "more than 100,000 Russian troops",
        "before the Beijing Winter Olympics close on February 20",
        "Secretary of State Antony Blinken spoke with Foreign Minister Sergei Lavrov earlier in the day",
        "Defense Secretary Lloyd Austin held a call with his Russian counterpart, Sergei Shoigu",
    ],
)


# ---- 149 (en, Putin-Macron, two calls on 2022-02-20) ----
def _149_ordinals(second_is):
    before = select("Putin-Macron", "call", D("2022-02-07"), D("2022-02-19"))
    upto = select("Putin-Macron", "call", D("2022-02-07"), D("2022-02-20"))
    ok = len(before) + 1 == second_is - 1 and len(upto) == second_is
    v = (
        "supported"
        if ok
        else ("contradicted" if complete("Putin-Macron", D("2022-02-07"), D("2022-02-20")) else "unverifiable")
    )
    return v, ids(upto), f"{len(before)} before the 20th, {len(upto)} up to it"


article(
    149,
    "2022-02-21",
    "en",
    "Putin-Macron",
    [
        C(
            "spoke with Vladimir Putin twice on Sunday",
            "count",
            "supported",
            "Putin-Macron phone rows 2022-02-20 (Sunday): two calls (Elysee 1 h 45 min; BFMTV 'one hour')",
            "Sunday on or before publication 2022-02-21 is 2022-02-20, which has two Putin-Macron phone rows.",
            lambda: count_is("Putin-Macron", "phone", D("2022-02-20"), D("2022-02-20"), 2, start_incl=True),
            [104, 105],
        ),
        C(
            "The first conversation lasted an hour and 45 minutes",
            "duration",
            "supported",
            "2022-02-20 first call: duration_min 105 (Elysee: 1 hour 45 minutes)",
            "A bare 105 min allows 94.5-115.5; 105 fits.",
            lambda: duration(104, 105, "bare", [105]),
            [104],
        ),
        C(
            "Macron then spoke with Biden for about 15 minutes",
            "duration",
            "unverifiable",
            "the record has no Macron-Biden pair",
            "A contact between Macron and Biden lies outside the record's pairs: unverifiable.",
            lambda: fixed("unverifiable"),
        ),
        C(
            "that second conversation took about an hour",
            "duration",
            "supported",
            "2022-02-20 second call: duration_min 60 (BFMTV: 'one hour')",
            "'About an hour' allows 48-72; 60 fits.",
            lambda: duration(105, 60, "about", [60]),
            [105],
        ),
        C(
            "The two calls were the second and third the leaders have held since Macron's visit to the Kremlin on February 7",
            "ordinal_count",
            "supported",
            "Putin-Macron phone/video rows after 2022-02-07 up to 2022-02-20: 02-12, 02-20 (1st), 02-20 (2nd); AFP/Elysee: nine calls from 7 Feb to 10 Mar",
            "After the Kremlin visit (2022-02-07) one call precedes Sunday, so Sunday's calls are the 2nd and 3rd; the record is complete from 7 Feb 2022 (it matches the Elysee's 'nine calls since February 7').",
            lambda: _149_ordinals(3),
            [102, 104, 105],
        ),
        C(
            "when the pair talked for more than five hours",
            "duration",
            "supported",
            "2022-02-07 duration_text: talks 'a little over five hours'; duration_min blank",
            "'More than five hours' needs above 300 min (and below 480); the official wording is itself 'a little over five hours', i.e. above 300.",
            lambda: duration(101, 300, "more", [("over", 300)]),
            [101],
        ),
        C(
            "Their previous conversation, on February 12",
            "previous_date",
            "supported",
            "latest Putin-Macron phone/video row before 2022-02-20: 2022-02-12",
            "The latest call before Sunday is 2022-02-12.",
            lambda: previous_is("Putin-Macron", "call", D("2022-02-20"), D("2022-02-12")),
            [102],
        ),
        C(
            "lasted one hour and 40 minutes",
            "duration",
            "supported",
            "2022-02-12: duration_min 100 (Elysee: 1 hour 40 minutes)",
            "A bare 100 min allows 90-110; 100 fits.",
            lambda: duration(102, 100, "bare", [100]),
            [102],
        ),
        C(
            "had not met in person for more than two years",
            "first_in_period",
            "supported",
            "previous Putin-Macron in_person row before 2022-02-07: 2019-12-09 (Paris, before the Normandy summit); notes: Putin said on 7 Feb 2022 he had not met Macron in person for two years",
            "'More than two years' needs a gap above 2 years: 2019-12-09 to 2022-02-07 is 2.16 years. 2020-2021 is incomplete for this pair, but the only unchecked candidate (Berlin, 19 Jan 2020) would still leave a gap above two years, and Putin's own remark agrees.",
            lambda: gap("Putin-Macron", "meeting", 101, 2, "years", "more"),
            [64, 101],
        ),
        C(
            "since a Normandy-format summit in Paris in December 2019",
            "previous_date",
            "supported",
            "Putin-Macron in_person 2019-12-09, Elysee Palace, before the Normandy summit",
            "The latest Putin-Macron meeting row before the Kremlin visit is in December 2019, in Paris, on the Normandy summit day.",
            lambda: previous_is("Putin-Macron", "meeting", D("2022-02-07"), D("2019-12-01"), month_only=True),
            [64],
        ),
        C(
            'had accepted "the principle" of a summit on European security',
            "other",
            "unverifiable",
            "no Putin-Biden row after 2022-02-12 (the record is complete for Biden's term)",
            "An agreed-in-principle future summit with no date is a planned contact: unverifiable, never contradicted (it never took place, but plans are not checked).",
            lambda: planned("Putin-Biden", "meeting", None),
        ),
    ],
    [
        "which was due to meet on Monday",
        "at their meeting on Thursday, February 24",
        "more than 150,000 Russian troops",
    ],
    mutations=[
        M(
            "the second and third the leaders",
            "the third and fourth the leaders",
            C(
                "The two calls were the third and fourth the leaders have held since Macron's visit to the Kremlin on February 7",
                "ordinal_count",
                "contradicted",
                "Putin-Macron phone/video rows after 2022-02-07 up to 2022-02-20: 02-12, 02-20 (1st), 02-20 (2nd)",
                "Altered from 'the second and third' (original, supported). The record is complete from 7 Feb 2022 (it matches the Elysee's nine-call tally to 10 March): Sunday's calls are the 2nd and 3rd since the visit; the Kremlin meeting is neither a call nor 'since' itself, so no reading gives 3rd and 4th.",
                lambda: _149_ordinals(4),
                [102, 104, 105],
            ),
        ),
    ],
)


# ---- 150 (ru, Putin-Macron, 2022-08-19 call) ----
def _150_peskov():
    # "в начале августа": any day 1-10 August 2022; the latest Putin-Macron row before it and the gap
    out = []
    for day in range(1, 11):
        d = dt.date(2022, 8, day)
        last = select("Putin-Macron", "any", None, d, end_incl=False)[-1]
        out.append((last["id"], gap_fits(last["date"], d, 2, "months", "bare")[0]))
    v = "supported" if all(ok for _, ok in out) else "contradicted"
    return v, sorted({i for i, _ in out}), str(out)


article(
    150,
    "2022-08-19",
    "ru",
    "Putin-Macron",
    [
        C(
            "Макрон в пятницу позвонил Владимиру Путину",
            "other",
            "supported",
            "Putin-Macron phone 2022-08-19 (Friday): Zaporizhzhia NPP, IAEA mission",
            "Friday on or before publication 2022-08-19 is that day, which has a Putin-Macron phone row.",
            lambda: on_day("Putin-Macron", "phone", weekday_on_or_before(D("2022-08-19"), FRI)),
            [118],
        ),
        C(
            "это первый разговор лидеров после паузы длиной более двух месяцев",
            "first_in_period",
            "supported",
            "previous Putin-Macron row before 2022-08-19: 2022-05-28 (trilateral with Scholz); the previous bilateral call: 2022-05-03",
            "'More than two months' needs a gap above 2 months: 2022-05-28 to 2022-08-19 is 2.73 months (counting bilateral calls only, 3.55 from 2022-05-03); no row lies between either way.",
            lambda: gap("Putin-Macron", "call", 118, 2, "months", "more"),
            [116, 118],
        ),
        C(
            "беседа состоялась по инициативе французской стороны",
            "other",
            "unverifiable",
            "2022-08-19: initiator blank",
            "The record does not say who initiated this call: unverifiable.",
            lambda: initiator(118, "France"),
            [118],
        ),
        C(
            "президенты вновь обсудят эту тему в ближайшие дни",
            "other",
            "unverifiable",
            "(the next row is 2022-09-11, 23 days later)",
            "A future contact with no date ('in the coming days') is a planned contact: unverifiable.",
            lambda: planned("Putin-Macron", "call", None),
        ),
        C(
            "Весной Макрон и Путин общались очень часто",
            "frequency",
            "unverifiable",
            "spring 2022: 5 calls in March, none in April, 2 in May",
            "A vague frequency word ('очень часто') is unverifiable even where the record shows many contacts (it is contradicted only if the record held none).",
            lambda: fixed(
                "unverifiable" if select("Putin-Macron", "any", D("2022-03-01"), D("2022-05-31")) else "contradicted"
            ),
        ),
        C(
            "В марте они созванивались пять раз",
            "count",
            "supported",
            "Putin-Macron phone rows March 2022: 03-03, 03-06, 03-10 (+Scholz), 03-12 (+Scholz), 03-29",
            "'В марте' in a paragraph about this spring = March 2022; 5 calls (a group call counts for each pair on it); the record is complete for 2022 after 7 Feb.",
            lambda: count_is("Putin-Macron", "phone", D("2022-03-01"), D("2022-03-31"), 5, start_incl=True),
            [110, 111, 112, 113, 114],
        ),
        C(
            "в апреле — ни разу",
            "count",
            "supported",
            "no Putin-Macron row in April 2022",
            "April 2022 holds no Putin-Macron contact; the record is complete for the period.",
            lambda: count_is("Putin-Macron", "any", D("2022-04-01"), D("2022-04-30"), 0, start_incl=True),
            [],
        ),
        C(
            "в мае — дважды",
            "count",
            "supported",
            "Putin-Macron phone rows May 2022: 05-03, 05-28 (+Scholz)",
            "May 2022 holds 2 calls.",
            lambda: count_is("Putin-Macron", "phone", D("2022-05-01"), D("2022-05-31"), 2, start_incl=True),
            [115, 116],
        ),
        C(
            "Последний из майских разговоров, 28 мая",
            "previous_date",
            "supported",
            "latest Putin-Macron row in May 2022: 2022-05-28",
            "The last May 2022 call is on 28 May.",
            lambda: previous_is("Putin-Macron", "call", D("2022-05-31"), D("2022-05-28"), before_incl=True),
            [116],
        ),
        C(
            "прошел втроем с канцлером Германии Олафом Шольцем",
            "other",
            "supported",
            "2022-05-28 topics: TRILATERAL with Scholz",
            "The row is a three-way call with Scholz.",
            lambda: (
                ("supported" if ROWS[116]["topics"].startswith("TRILATERAL with Scholz") else "contradicted"),
                [116],
                "",
            ),
            [116],
        ),
        C(
            "продолжался 80 минут",
            "duration",
            "supported",
            "2022-05-28: duration_min 80 (German government: 80 minutes)",
            "A bare 80 min allows 72-88; 80 fits.",
            lambda: duration(116, 80, "bare", [80]),
            [116],
        ),
        C(
            "Путин и Макрон не общались уже два месяца",
            "first_in_period",
            "supported",
            "latest Putin-Macron row before August 2022: 2022-05-28",
            "'В начале августа' (1-10 Aug 2022): the gap since the 28 May call is 2.1-2.4 months, within 2 +/- half a month on every such day.",
            lambda: _150_peskov(),
            [116],
        ),
        C(
            "Во вторник Макрон обсуждал ситуацию на АЭС с президентом Украины Владимиром Зеленским",
            "other",
            "unverifiable",
            "the record has no Macron-Zelensky pair",
            "A Macron-Zelensky contact lies outside the record's pairs: unverifiable.",
            lambda: fixed("unverifiable"),
        ),
    ],
    [
        "в конце июля погибли более 50 украинских военнопленных",
        "подписанной 22 июля в Стамбуле",
        "с начала марта",
    ],
)

# ---- 151 (ru, Putin-Macron + Putin-Trump, 2025-07-01 call) ----
article(
    151,
    "2025-07-02",
    "ru",
    "Putin-Macron (+Putin-Trump)",
    [
        C(
            "Владимир Путин и Эммануэль Макрон во вторник провели телефонный разговор",
            "other",
            "supported",
            "Putin-Macron phone 2025-07-01 (Tuesday)",
            "Tuesday on or before publication 2025-07-02 is 2025-07-01, which has a Putin-Macron phone row.",
            lambda: on_day("Putin-Macron", "phone", weekday_on_or_before(D("2025-07-02"), TUE)),
            [156],
        ),
        C(
            "впервые почти за три года",
            "first_in_period",
            "supported",
            "previous Putin-Macron row before 2025-07-01: 2022-09-11; gap 1024 days",
            "'Almost three years' allows 2.5-3.0 years; 2022-09-11 to 2025-07-01 is 2.80 years, and no row lies between.",
            lambda: gap("Putin-Macron", "any", 156, 3, "years", "almost"),
            [119, 156],
        ),
        C(
            "беседа продолжалась более двух часов",
            "duration",
            "supported",
            "2025-07-01: duration_min 120; Peskov: 'over two hours'",
            "'More than two hours' needs above 120 min (below 210); Peskov's own wording is 'over two hours', i.e. above 120.",
            lambda: duration(156, 120, "more", [("over", 120)]),
            [156],
        ),
        C(
            "инициатива звонка исходила от Парижа",
            "other",
            "supported",
            "2025-07-01 initiator: France (Kremlin/Peskov: France asked for the call)",
            "The row's initiator is the French side.",
            lambda: initiator(156, "France"),
            [156],
        ),
        C(
            "Последний раз президенты разговаривали 11 сентября 2022 года",
            "previous_date",
            "supported",
            "latest Putin-Macron row before 2025-07-01: 2022-09-11 (Zaporizhzhia NPP)",
            "The latest contact before the reported call is 2022-09-11.",
            lambda: previous_is("Putin-Macron", "any", D("2025-07-01"), D("2022-09-11")),
            [119],
        ),
        C(
            "С тех пор до вторника они не общались ни разу",
            "first_in_period",
            "supported",
            "no Putin-Macron row between 2022-09-11 and 2025-07-01 (notes: pause 2023-2024, complete)",
            "'С тех пор' = since the 2022-09-11 call named in the previous sentence; no contact of any kind lies between it and the Tuesday call.",
            lambda: none_between("Putin-Macron", "any", D("2022-09-11"), D("2025-07-01")),
            [119, 156],
        ),
        C(
            "за тот год они провели больше пятнадцати телефонных разговоров",
            "count",
            "supported",
            "Putin-Macron phone rows 2022: 01-28, 01-31, 02-12, 02-20 (x2), 02-21, 02-24, 02-28, 03-03, 03-06, 03-10, 03-12, 03-29, 05-03, 05-28, 08-19, 09-11 (17)",
            "'Тот год' = 2022, named in the same sentence; 'more than fifteen' needs 16 or more: 17 phone rows (3 of them three-way with Scholz, which count for the pair). A possibly missing early-2022 call would only raise the number.",
            lambda: count_is(
                "Putin-Macron", "phone", D("2022-01-01"), D("2022-12-31"), 16, at_least=True, start_incl=True
            ),
            [98, 99, 102, 104, 105, 106, 107, 109, 110, 111, 112, 113, 114, 115, 116, 118, 119],
        ),
        C(
            "в начале февраля того года провели многочасовые переговоры в Кремле",
            "previous_date",
            "supported",
            "Putin-Macron in_person 2022-02-07, Moscow (Kremlin), talks 'a little over five hours'",
            "'Того года' = 2022; early February 2022 (1-10 Feb) holds the Kremlin meeting of 7 Feb.",
            lambda: count_is("Putin-Macron", "meeting", D("2022-02-01"), D("2022-02-10"), 1, start_incl=True),
            [101],
        ),
        C(
            "Стороны договорились продолжить контакты",
            "other",
            "unverifiable",
            "no later Putin-Macron row up to 2026-02-09",
            "An agreement to stay in contact names no date: a planned contact, unverifiable.",
            lambda: planned("Putin-Macron", "any", None),
        ),
        C(
            "с начала года российский президент уже пять раз говорил по телефону с Дональдом Трампом",
            "count",
            "supported",
            "Putin-Trump phone rows 2025-01-01..2025-07-02: 02-12, 03-18, 05-19, 06-04, 06-14",
            "'By phone' since 1 January up to publication: 5 calls (the next, 3 July, came after publication).",
            lambda: count_is("Putin-Trump", "phone", D("2025-01-01"), D("2025-07-02"), 5, start_incl=True),
            [137, 141, 148, 151, 153],
        ),
        C(
            "последний раз — 14 июня",
            "previous_date",
            "supported",
            "latest Putin-Trump row before 2025-07-02: 2025-06-14",
            "The latest Putin-Trump call before publication is 2025-06-14.",
            lambda: previous_is("Putin-Trump", "phone", D("2025-07-02"), D("2025-06-14")),
            [153],
        ),
    ],
    [
        "12-дневной войны",
        "ниже 70 долларов за баррель",
    ],
)


# ---- 152 (en, Putin-Macron + Putin-Xi + Putin-Trump, planned call, 2026-02-09) ----
def _152_silence():
    pub = D("2026-02-09")
    rs = select("Putin-Macron", "any", None, pub)
    last = rs[-1]
    ok, v = gap_fits(last["date"], pub, 7, "months", "more")
    return ("supported" if ok else "contradicted"), [last["id"]], f"{v} months since {last['date']}"


article(
    152,
    "2026-02-09",
    "en",
    "Putin-Macron (+Putin-Xi, Putin-Trump)",
    [
        C(
            "Macron said in early January that he wanted to speak to Putin as soon as possible",
            "other",
            "unverifiable",
            "no Putin-Macron row after 2025-07-01 up to 2026-02-09",
            "An announced intention to call, with no date, is a planned contact: unverifiable, never contradicted.",
            lambda: planned("Putin-Macron", "call", None),
        ),
        C(
            "no conversation with Macron was planned for this week",
            "other",
            "unverifiable",
            "notes: Peskov 5 Feb 2026 - no call planned that week",
            "A statement about plans (here, the absence of one) is not a recorded contact: unverifiable.",
            lambda: fixed("unverifiable"),
        ),
        C(
            "The two presidents have spoken only once since September 2022",
            "count",
            "supported",
            "Putin-Macron rows after September 2022 up to 2026-02-09: 2025-07-01 only",
            "Whether 'since September 2022' starts after the 11 September call or after the month, the window holds one contact, 2025-07-01; the record is complete to 2026-02-09.",
            lambda: count_is(
                "Putin-Macron", "any", D("2022-09-30"), D("2026-02-09"), 1, readings=[{}, {"start": D("2022-09-11")}]
            ),
            [156],
        ),
        C(
            "That call, on July 1 last year",
            "previous_date",
            "supported",
            "latest Putin-Macron row before 2026-02-09: 2025-07-01",
            "'Last year' = 2025; the latest Putin-Macron contact before publication is 2025-07-01.",
            lambda: previous_is("Putin-Macron", "any", D("2026-02-09"), D("2025-07-01")),
            [156],
        ),
        C(
            "ran for two-plus hours",
            "duration",
            "supported",
            "2025-07-01: duration_min 120; Peskov: 'over two hours'",
            "'Two-plus hours' = more than two hours: above 120 min (below 210); Peskov's own wording is 'over two hours'.",
            lambda: duration(156, 120, "more", [("over", 120)]),
            [156],
        ),
        C(
            "was their first in almost three years",
            "first_in_period",
            "supported",
            "previous Putin-Macron row before 2025-07-01: 2022-09-11",
            "'Almost three years' allows 2.5-3.0; the gap is 2.80 years.",
            lambda: gap("Putin-Macron", "any", 156, 3, "years", "almost"),
            [119, 156],
        ),
        C(
            "More than seven months have passed since then without another conversation",
            "first_in_period",
            "supported",
            "no Putin-Macron row after 2025-07-01 up to 2026-02-09 (notes: as of 5-9 Feb 2026 no further call)",
            "From 2025-07-01 to publication 2026-02-09 is 7.33 months, above seven, with no contact in between.",
            lambda: _152_silence(),
            [156],
        ),
        C(
            "Macron spoke with Putin frequently",
            "frequency",
            "unverifiable",
            "Putin-Macron calls 24 Feb-12 Mar 2022: 02-24, 02-28, 03-03, 03-06, 03-10, 03-12",
            "A vague frequency word is unverifiable even where the record shows many contacts.",
            lambda: fixed(
                "unverifiable"
                if select("Putin-Macron", "any", D("2022-02-24"), D("2022-03-31"), start_incl=True)
                else "contradicted"
            ),
        ),
        C(
            "On Wednesday he held a video call with Chinese leader Xi Jinping",
            "other",
            "supported",
            "Putin-Xi video 2026-02-04 (Wednesday)",
            "Wednesday on or before publication 2026-02-09 is 2026-02-04, which has a Putin-Xi video row.",
            lambda: on_day("Putin-Xi", "video", weekday_on_or_before(D("2026-02-09"), WED)),
            [181],
        ),
        C(
            "lasting an hour and 25 minutes",
            "duration",
            "supported",
            "2026-02-04: duration_min 85 (Ushakov: 1 hour 25 minutes)",
            "A bare 85 min allows 76.5-93.5; 85 fits.",
            lambda: duration(181, 85, "bare", [85]),
            [181],
        ),
        C(
            "his last conversation with Donald Trump took place in late December",
            "previous_date",
            "supported",
            "latest Putin-Trump phone/video row before 2026-02-09: 2025-12-29 (the next is 2026-03-09)",
            "'Late December' before publication = the end of December 2025; the latest Putin-Trump call before publication is 2025-12-29.",
            lambda: (lambda v: v if ROWS[v[1][0]]["date"].day >= 20 else ("contradicted", v[1], ""))(
                previous_is("Putin-Trump", "call", D("2026-02-09"), D("2025-12-01"), month_only=True)
            ),
            [179],
        ),
    ],
    [
        "Macron argued after a European Union summit in December",
        "worth billions of euros since 2022",
    ],
)


# ---- 153 (en, Putin-Xi, Beijing 2022-02-04) ----
def _153_two_years():
    cur = ROWS[100]
    earlier = select("Putin-Xi", "meeting", None, cur["date"], end_incl=False)
    # 'nearly two years' puts the previous meeting 1.5-2.0 years back: 2020-02 .. 2020-08,
    # before the record covers the pair (complete from 2021-01-01)
    lo = cur["date"] - dt.timedelta(days=round(2 * 365.25))
    hi = cur["date"] - dt.timedelta(days=round(1.5 * 365.25))
    covered = complete("Putin-Xi", lo, hi)
    assert not earlier and not covered
    return "unverifiable", [], "previous meeting predates coverage"


article(
    153,
    "2022-02-04",
    "en",
    "Putin-Xi",
    [
        C(
            "Xi Jinping and Vladimir Putin met in Beijing on Friday",
            "other",
            "supported",
            "Putin-Xi in_person 2022-02-04 (Friday), Beijing, Winter Olympics opening",
            "Friday on or before publication 2022-02-04 is that day, which has the Beijing meeting.",
            lambda: on_day("Putin-Xi", "meeting", weekday_on_or_before(D("2022-02-04"), FRI)),
            [100],
        ),
        C(
            "their first face-to-face talks in nearly two years",
            "first_in_period",
            "unverifiable",
            "no Putin-Xi in_person row before 2022-02-04; the record covers the pair from 2021 (one Dec 2020 context call)",
            "'Nearly two years' puts the previous meeting in Feb-Aug 2020, before the record's coverage of the pair: the gap cannot be computed. (The row's note repeats the reports' 'about two years', but no row fixes the earlier meeting.)",
            lambda: _153_two_years(),
        ),
        C(
            "Putin's aircraft landed in Beijing on Friday afternoon",
            "other",
            "unverifiable",
            "(arrival; no row for trips)",
            "An arrival is a trip, not a contact, and the afternoon is a time of day: unverifiable.",
            lambda: fixed("unverifiable"),
        ),
        C(
            "The leaders last spoke on December 15, by video link",
            "previous_date",
            "supported",
            "latest Putin-Xi row before 2022-02-04: 2021-12-15, video",
            "December 15 before publication is 2021-12-15, the latest Putin-Xi contact before the meeting, a video call.",
            lambda: previous_is("Putin-Xi", "any", D("2022-02-04"), D("2021-12-15")),
            [96],
        ),
        C(
            "their second video summit of the year",
            "ordinal_count",
            "supported",
            "Putin-Xi video rows 2021: 05-19 (joint video-link ceremony for nuclear units), 06-28, 12-15; Xi: 'the second videoconference with you this year'",
            "Reading the 19 May joint ceremony as a ceremony rather than a summit (as Xi's own tally and the row's note do), 2021 holds 2 video summits, 15 Dec being the 2nd; counting the ceremony would give 3, but the reasonable reading fits.",
            lambda: count_is(
                "Putin-Xi",
                "video",
                D("2021-01-01"),
                D("2021-12-15"),
                2,
                start_incl=True,
                readings=[{"drop": (86,)}, {}],
            ),
            [88, 96],
        ),
        C(
            "their 37th meeting since 2013",
            "count",
            "unverifiable",
            "the record covers Putin-Xi from 2021 (one context row of Dec 2020); row 96 notes Xi's official tally",
            "A tally running from 2013 reaches back before the record's coverage of the pair: it cannot be counted, so unverifiable.",
            lambda: fixed("unverifiable" if not complete("Putin-Xi", D("2013-01-01"), D("2021-12-15")) else "?"),
        ),
        C(
            "Putin promised that they would finally see each other in person in Beijing in February",
            "other",
            "supported",
            "Putin-Xi in_person 2022-02-04, Beijing",
            "A planned contact is supported when the record holds it on the planned date: February 2022 in Beijing has the 4 Feb meeting.",
            lambda: count_is("Putin-Xi", "meeting", D("2022-02-01"), D("2022-02-28"), 1, start_incl=True),
            [100],
        ),
    ],
    [
        "since January 2020",
        "more than 20 foreign leaders",
        "which run until February 20",
        "10 billion cubic metres",
        "more than 100,000 troops",
    ],
)

# ---- 154 (ru, Putin-Xi, 2022-12-30 video call) ----
article(
    154,
    "2022-12-30",
    "ru",
    "Putin-Xi",
    [
        C(
            "Владимир Путин и Си Цзиньпин в пятницу провели переговоры по видеосвязи",
            "other",
            "supported",
            "Putin-Xi video 2022-12-30 (Friday)",
            "Friday on or before publication 2022-12-30 is that day, which has a Putin-Xi video row.",
            lambda: on_day("Putin-Xi", "video", weekday_on_or_before(D("2022-12-30"), FRI)),
            [121],
        ),
        C(
            "Путин пригласил председателя КНР посетить Москву с государственным визитом весной следующего года",
            "other",
            "supported",
            "Putin-Xi in_person 2023-03-20/21, Moscow (state visit 20-22 Mar 2023)",
            "A planned contact is supported when the record holds it on the planned date: spring 2023 in Moscow has Xi's state visit (counted once).",
            lambda: count_is("Putin-Xi", "meeting", D("2023-03-01"), D("2023-05-31"), 1, start_incl=True, visits=True),
            [122],
        ),
        C(
            "Это пятый контакт лидеров в уходящем году",
            "ordinal_count",
            "supported",
            "Putin-Xi rows 2022: 02-04 Beijing, 02-25 phone, 06-15 phone, 09-15 Samarkand, 12-30 video",
            "'Контакт' = any kind; 2022 up to and including the reported video call holds 5, the reported one being the 5th.",
            lambda: count_is("Putin-Xi", "any", D("2022-01-01"), D("2022-12-30"), 5, start_incl=True),
            [100, 108, 117, 120, 121],
        ),
        C(
            "Дважды они встречались лично",
            "count",
            "supported",
            "Putin-Xi in_person rows 2022: 02-04 Beijing, 09-15 Samarkand",
            "The year named in the previous sentence (2022) holds 2 in-person meetings.",
            lambda: count_is("Putin-Xi", "meeting", D("2022-01-01"), D("2022-12-30"), 2, start_incl=True, visits=True),
            [100, 120],
        ),
        C(
            "в феврале Путин приезжал в Пекин на открытие зимней Олимпиады",
            "previous_date",
            "supported",
            "Putin-Xi in_person 2022-02-04, Beijing (Winter Olympics opening)",
            "February of this year (2022) holds the Beijing meeting; the sentence is about the meeting, not a mere trip.",
            lambda: count_is("Putin-Xi", "meeting", D("2022-02-01"), D("2022-02-28"), 1, start_incl=True),
            [100],
        ),
        C(
            "в сентябре они увиделись на саммите Шанхайской организации сотрудничества в Самарканде",
            "previous_date",
            "supported",
            "Putin-Xi in_person 2022-09-15, Samarkand (SCO summit sidelines)",
            "September 2022 holds the Samarkand meeting.",
            lambda: count_is("Putin-Xi", "meeting", D("2022-09-01"), D("2022-09-30"), 1, start_incl=True),
            [120],
        ),
        C(
            "два раза они разговаривали по телефону",
            "count",
            "supported",
            "Putin-Xi phone rows 2022: 02-25, 06-15",
            "By phone in 2022: 2 calls (the 30 Dec contact is video, the others in person).",
            lambda: count_is("Putin-Xi", "phone", D("2022-01-01"), D("2022-12-30"), 2, start_incl=True),
            [108, 117],
        ),
        C(
            "на следующий день после начала военной операции на Украине",
            "previous_date",
            "supported",
            "Putin-Xi phone 2022-02-25 (notes: first contact after the invasion began)",
            "The invasion began on 2022-02-24; the next day, 2022-02-25, has a Putin-Xi phone row.",
            lambda: on_day("Putin-Xi", "phone", D("2022-02-24") + dt.timedelta(days=1)),
            [108],
        ),
        C(
            "в середине июня",
            "previous_date",
            "supported",
            "Putin-Xi phone 2022-06-15",
            "Mid-June 2022 (about 10-20 June) holds the 15 June call.",
            lambda: count_is("Putin-Xi", "phone", D("2022-06-10"), D("2022-06-20"), 1, start_incl=True),
            [117],
        ),
        C(
            "Нынешняя видеоконференция стала первым общением президентов после встречи в Самарканде",
            "first_in_period",
            "supported",
            "no Putin-Xi row between 2022-09-15 (Samarkand) and 2022-12-30 (notes: first contact since Samarkand)",
            "No contact of any kind lies between the Samarkand meeting and the reported video call.",
            lambda: none_between("Putin-Xi", "any", D("2022-09-15"), D("2022-12-30")),
            [120, 121],
        ),
        C(
            "В прошлом году, в декабре, они тоже подводили итоги года по видеосвязи",
            "previous_date",
            "supported",
            "Putin-Xi video 2021-12-15",
            "'В прошлом году, в декабре' = December 2021, which has a Putin-Xi video call.",
            lambda: count_is("Putin-Xi", "video", D("2021-12-01"), D("2021-12-31"), 1, start_incl=True),
            [96],
        ),
    ],
    [
        "за 11 месяцев вырос примерно на треть, превысив 170 миллиардов долларов",
        "За неделю до разговора, 21 декабря, в Пекине с Си Цзиньпином встречался заместитель председателя Совета безопасности России Дмитрий Медведев",
    ],
)

# ---- 155 (en, Putin-Xi, Kazan 2024-10-22) ----
article(
    155,
    "2024-10-22",
    "en",
    "Putin-Xi",
    [
        C(
            "Vladimir Putin and Xi Jinping met on Tuesday on the sidelines of the BRICS summit in Kazan",
            "other",
            "supported",
            "Putin-Xi in_person 2024-10-22 (Tuesday), Kazan (BRICS summit)",
            "Tuesday on or before publication 2024-10-22 is that day, which has the Kazan meeting.",
            lambda: on_day("Putin-Xi", "meeting", weekday_on_or_before(D("2024-10-22"), TUE)),
            [131],
        ),
        C(
            "The talks lasted about an hour",
            "duration",
            "supported",
            "2024-10-22: duration_min 60 (Russian state media: 'about an hour')",
            "'About an hour' allows 48-72; 60 fits.",
            lambda: duration(131, 60, "about", [60]),
            [131],
        ),
        C(
            "It was the pair's third meeting this year",
            "ordinal_count",
            "supported",
            "Putin-Xi in_person rows 2024-01-01..2024-10-22: 05-16 Beijing, 07-03 Astana, 10-22 Kazan",
            "'Meeting' = in person; 2024 up to and including Kazan holds 3, Kazan being the 3rd (the February phone call is not a meeting).",
            lambda: count_is("Putin-Xi", "meeting", D("2024-01-01"), D("2024-10-22"), 3, start_incl=True, visits=True),
            [127, 128, 131],
        ),
        C(
            "after Putin's state visit to China in May",
            "previous_date",
            "supported",
            "Putin-Xi in_person 2024-05-16, Beijing (state visit 16-17 May)",
            "May of this year (2024) holds the Beijing meeting of Putin's state visit.",
            lambda: count_is("Putin-Xi", "meeting", D("2024-05-01"), D("2024-05-31"), 1, start_incl=True),
            [127],
        ),
        C(
            "their talks in Astana in July",
            "previous_date",
            "supported",
            "Putin-Xi in_person 2024-07-03, Astana (eve of the SCO summit)",
            "July 2024 holds the Astana meeting, the latest before Kazan.",
            lambda: previous_is("Putin-Xi", "meeting", D("2024-10-22"), D("2024-07-01"), month_only=True),
            [128],
        ),
        C(
            "It was their fourth meeting in a year, counting the Belt and Road Forum in Beijing last October",
            "ordinal_count",
            "supported",
            "Putin-Xi in_person visits 2023-10-01..2024-10-22: 2023-10-18 Beijing (with the 10-17 greeting, part_of, counted once), 2024-05-16, 2024-07-03, 2024-10-22",
            "The claim fixes its own window by 'counting ... last October' (October 2023): 4 meetings, the Belt and Road visit counted once. A strict 365-day window would give 3, but the sentence itself names the October 2023 meeting as included.",
            lambda: count_is("Putin-Xi", "meeting", D("2023-10-01"), D("2024-10-22"), 4, start_incl=True, visits=True),
            [125, 127, 128, 131],
        ),
        C(
            "Their only phone call of 2024 came in February",
            "count",
            "supported",
            "Putin-Xi phone rows 2024 up to 2024-10-22: 02-08 only",
            "One phone row in 2024 up to publication, in February.",
            lambda: (lambda v: v if ROWS[v[1][0]]["date"].month == 2 else ("contradicted", v[1], ""))(
                count_is("Putin-Xi", "phone", D("2024-01-01"), D("2024-10-22"), 1, start_incl=True)
            ),
            [126],
        ),
        C(
            "lasted exactly an hour",
            "duration",
            "supported",
            "2024-02-08: duration_min 60 (Ushakov: 'lasted for exactly one hour')",
            "A bare 60 min allows 54-66; 60 fits.",
            lambda: duration(126, 60, "bare", [60]),
            [126],
        ),
        C(
            "The trip is Xi's first to Russia since his state visit in March of last year",
            "other",
            "unverifiable",
            "Putin-Xi meetings after 2023-03-21: 2023-10-18 Beijing, 2024-05-16 Beijing, 2024-07-03 Astana (none in Russia)",
            "A trip to a country is not a contact under the rules: unverifiable, even though no meeting row in Russia lies between.",
            lambda: fixed("unverifiable"),
        ),
        C(
            "Putin also held separate talks on Tuesday with Indian Prime Minister Narendra Modi and South African President Cyril Ramaphosa",
            "other",
            "unverifiable",
            "the record has no Putin-Modi or Putin-Ramaphosa pair",
            "Contacts between pairs outside the record: unverifiable.",
            lambda: fixed("unverifiable"),
        ),
    ],
    [
        "the leaders of 36 countries",
        "about 20 bilateral meetings",
        "which runs until October 24",
        "founded in 2006",
    ],
)

# ---- 156 (en, Putin-Xi + Trump-Xi + Putin-Trump plan, 2025-08-08 call) ----
article(
    156,
    "2025-08-09",
    "en",
    "Putin-Xi (+Trump-Xi, Putin-Trump)",
    [
        C(
            "briefed Xi Jinping by telephone on Friday",
            "other",
            "supported",
            "Putin-Xi phone 2025-08-08 (Friday)",
            "Friday on or before publication 2025-08-09 is 2025-08-08, which has a Putin-Xi phone row.",
            lambda: on_day("Putin-Xi", "phone", weekday_on_or_before(D("2025-08-09"), FRI)),
            [159],
        ),
        C(
            "the call took place at Putin's request",
            "other",
            "supported",
            "2025-08-08 initiator: Russia (PRC foreign ministry/CCTV: at Putin's request)",
            "The row's initiator is the Russian side.",
            lambda: initiator(159, "Russia"),
            [159],
        ),
        C(
            "Friday's call was the leaders' second in less than two months",
            "ordinal_count",
            "supported",
            "Putin-Xi rows 2025-06-09..2025-08-08: 06-19 phone, 08-08 phone (notes: 'their second [call] in less than two months')",
            "The two months before the call plus the call (2025-06-08 < d <= 2025-08-08) hold 2 calls (and no other contact); the previous one, 19 June, is 1.6 months back.",
            lambda: count_is("Putin-Xi", "call", D("2025-06-08"), D("2025-08-08"), 2),
            [154, 159],
        ),
        C(
            "the third telephone conversation between them this year",
            "ordinal_count",
            "supported",
            "Putin-Xi phone rows 2025-01-01..2025-08-08: 02-24, 06-19, 08-08 (plus a 01-21 video call)",
            "'Telephone conversation' = phone: 2025 up to the reported call holds 3, the reported one being the 3rd. Counting the January video call as well would give 4, but the video call is not a telephone call (the next sentence names it separately).",
            lambda: count_is("Putin-Xi", "phone", D("2025-01-01"), D("2025-08-08"), 3, start_incl=True),
            [139, 154, 159],
        ),
        C(
            "They also held a video call in January, the day after Trump's inauguration",
            "previous_date",
            "supported",
            "Putin-Xi video 2025-01-21 (notes: the day after Trump's inauguration)",
            "Trump took office on 2025-01-20 (offices.csv); the next day, 2025-01-21, has the Putin-Xi video call.",
            lambda: on_day("Putin-Xi", "video", office_start("Trump", "47th")[0] + dt.timedelta(days=1)),
            [136],
        ),
        C(
            "last met in person in May, when Xi was the guest of honour at the Victory Day parade in Moscow",
            "previous_date",
            "supported",
            "latest Putin-Xi in_person rows before 2025-08-08: 2025-05-08 Kremlin talks, 2025-05-09 Victory Day parade (same visit)",
            "The latest in-person contact before the call is Xi's May 2025 state visit to Moscow, including the 9 May parade.",
            lambda: previous_is("Putin-Xi", "meeting", D("2025-08-08"), D("2025-05-01"), month_only=True),
            [145],
        ),
        C(
            "Xi and Trump, for their part, last spoke in June",
            "previous_date",
            "supported",
            "latest Trump-Xi row before 2025-08-09: 2025-06-05 phone (the next is 2025-09-19)",
            "June before publication = June 2025, which has the latest Trump-Xi call before publication.",
            lambda: previous_is("Trump-Xi", "any", D("2025-08-09"), D("2025-06-01"), month_only=True),
            [152],
        ),
        C(
            "the Putin-Trump summit could be held as early as Monday, August 11",
            "other",
            "unverifiable",
            "no Putin-Trump row on 2025-08-11; the Alaska summit took place on 2025-08-15",
            "A planned contact not held on the planned date is unverifiable, never contradicted (plans move).",
            lambda: planned("Putin-Trump", "meeting", D("2025-08-11")),
        ),
        C(
            "Putin is also expected to hold talks with Xi in Beijing in early September",
            "other",
            "supported",
            "Putin-Xi in_person 2025-09-02, Beijing (main talks of the 31 Aug-3 Sep visit)",
            "A planned contact is supported when the record holds it on the planned date: early September 2025 in Beijing has the 2 Sep talks (the visit counted once).",
            lambda: (lambda v: v if "Beijing" in ROWS[v[1][0]]["location"] else ("contradicted", v[1], ""))(
                count_is("Putin-Xi", "meeting", D("2025-09-01"), D("2025-09-10"), 1, start_incl=True, visits=True)
            ),
            [166],
        ),
    ],
    [
        "his talks in Moscow on Wednesday with US special envoy Steve Witkoff",
        "by 25 percent",
    ],
    mutations=[
        M(
            "the leaders' second in less than two months",
            "the leaders' third in less than two months",
            C(
                "Friday's call was the leaders' third in less than two months",
                "ordinal_count",
                "contradicted",
                "Putin-Xi rows 2025-06-09..2025-08-08: 06-19 phone, 08-08 phone",
                "Altered from 'second' (original, supported). The record is complete for Putin-Xi 2025: the two months before the call hold only the 19 June call, so the reported call is the 2nd under any kind reading (no video or meeting falls in the window either).",
                lambda: count_is(
                    "Putin-Xi", "call", D("2025-06-08"), D("2025-08-08"), 3, readings=[{}, {"kinds": "any"}]
                ),
                [154, 159],
            ),
        ),
    ],
)


# ---- 157 (ru, Putin-Xi, Moscow 2025-05-08) ----
def _next_weekday_on_or_after(pub, wd):
    d = pub
    while d.weekday() != wd:
        d += dt.timedelta(days=1)
    return d


article(
    157,
    "2025-05-08",
    "ru",
    "Putin-Xi",
    [
        C(
            "Владимир Путин и Си Цзиньпин провели в четверг в Кремле переговоры",
            "other",
            "supported",
            "Putin-Xi in_person 2025-05-08 (Thursday), Kremlin (state visit 7-10 May)",
            "Thursday on or before publication 2025-05-08 is that day, which has the Kremlin talks.",
            lambda: on_day("Putin-Xi", "meeting", weekday_on_or_before(D("2025-05-08"), THU)),
            [144],
        ),
        C(
            "в общей сложности лидеры беседовали около четырех часов",
            "duration",
            "supported",
            "2025-05-08 duration_text: UPI 'about four hours of talks'; duration_min blank",
            "'About four hours' allows 192-288 min; the record's only figure, about 240, fits.",
            lambda: duration(144, 240, "about", [240]),
            [144],
        ),
        C(
            "Председатель КНР прибыл в Москву накануне",
            "other",
            "unverifiable",
            "(arrival on 7 May; no row for the arrival)",
            "An arrival is a trip, not a contact: unverifiable.",
            lambda: fixed("unverifiable"),
        ),
        C(
            "В пятницу Си станет главным гостем парада на Красной площади",
            "other",
            "supported",
            "Putin-Xi in_person 2025-05-09, Red Square parade (part_of the 8 May visit row)",
            "In a sentence about the future, Friday is the next Friday on or after publication, 2025-05-09; the record holds the parade encounter on that date, so the planned contact is supported.",
            lambda: planned("Putin-Xi", "meeting", _next_weekday_on_or_after(D("2025-05-08"), FRI)),
            [145],
        ),
        C(
            "Это первая личная встреча лидеров в этом году",
            "first_in_period",
            "supported",
            "Putin-Xi in_person rows 2025 up to 2025-05-08: the reported visit only (earlier 2025 contacts: 01-21 video, 02-24 phone)",
            "No in-person row lies between 1 January 2025 and the Kremlin talks.",
            lambda: none_between("Putin-Xi", "meeting", D("2024-12-31"), D("2025-05-08")),
            [144],
        ),
        C(
            "третий их контакт с начала года",
            "ordinal_count",
            "supported",
            "Putin-Xi rows 2025-01-01..2025-05-08: 01-21 video, 02-24 phone, 05-08 Kremlin",
            "'Контакт' = any kind; 2025 up to and including the talks holds 3.",
            lambda: count_is("Putin-Xi", "any", D("2025-01-01"), D("2025-05-08"), 3, start_incl=True, visits=True),
            [136, 139, 144],
        ),
        C(
            "В январе, на следующий день после инаугурации Дональда Трампа, Путин и Си провели видеоконференцию",
            "previous_date",
            "supported",
            "Putin-Xi video 2025-01-21",
            "Trump's inauguration was 2025-01-20 (offices.csv); the next day has the Putin-Xi video call.",
            lambda: on_day("Putin-Xi", "video", office_start("Trump", "47th")[0] + dt.timedelta(days=1)),
            [136],
        ),
        C(
            "в феврале, в третью годовщину начала военной операции, поговорили по телефону",
            "previous_date",
            "supported",
            "Putin-Xi phone 2025-02-24 (notes: third anniversary of the invasion)",
            "The operation began 2022-02-24; its third anniversary, 2025-02-24, has a Putin-Xi phone row.",
            lambda: on_day("Putin-Xi", "phone", D("2025-02-24")),
            [139],
        ),
        C(
            "Последний раз до этого они встречались лично в октябре прошлого года в Казани",
            "previous_date",
            "supported",
            "latest Putin-Xi in_person row before 2025-05-08: 2024-10-22 Kazan (BRICS)",
            "'В октябре прошлого года' = October 2024, the latest meeting before the visit, in Kazan.",
            lambda: previous_is("Putin-Xi", "meeting", D("2025-05-08"), D("2024-10-01"), month_only=True),
            [131],
        ),
        C(
            "с 2013 года они встречались более 40 раз",
            "count",
            "unverifiable",
            "the record covers Putin-Xi from 2021 (one Dec 2020 context row)",
            "A tally from 2013 reaches back before the record's coverage of the pair: unverifiable.",
            lambda: fixed("unverifiable" if not complete("Putin-Xi", D("2013-01-01"), D("2025-05-08")) else "?"),
        ),
        C(
            "Путин и Си должны вновь встретиться в конце августа в Тяньцзине",
            "other",
            "supported",
            "Putin-Xi in_person 2025-08-31, Tianjin (SCO welcome ceremony; start of the 31 Aug-3 Sep visit)",
            "A planned contact is supported when the record holds it on the planned date: late August 2025 in Tianjin has the 31 Aug encounter.",
            lambda: (lambda v: v if "Tianjin" in ROWS[v[1][0]]["location"] else ("contradicted", v[1], ""))(
                count_is("Putin-Xi", "meeting", D("2025-08-20"), D("2025-08-31"), 1, start_incl=True)
            ),
            [165],
        ),
    ],
    [
        "80-летию Победы",
        "представители 27 государств",
        "превысил 240 миллиардов долларов",
    ],
)


# ---- 158 (en, Trump-Zelensky, Vatican 2025-04-26) ----
def _158_once(day):
    rs = select("Trump-Zelensky", "phone", D("2025-02-28"), D("2025-04-26"))
    ok = len(rs) == 1 and tz_match(rs[0], day)
    v = (
        "supported"
        if ok
        else ("contradicted" if complete("Trump-Zelensky", D("2025-02-28"), D("2025-04-26")) else "unverifiable")
    )
    return v, ids(rs), f"{[str(r['date']) for r in rs]}"


ELECTION_2024 = D("2024-11-05")  # row 132 notes: 'the day after the 5 Nov election'
assert "5 Nov election" in ROWS[132]["notes"]

article(
    158,
    "2025-04-26",
    "en",
    "Trump-Zelensky",
    [
        C(
            "Donald Trump and Volodymyr Zelensky met inside St Peter's Basilica on Saturday",
            "other",
            "supported",
            "Trump-Zelensky in_person 2025-04-26 (Saturday), Vatican City, St Peter's Basilica",
            "Saturday on or before publication 2025-04-26 is that day, which has the Vatican meeting.",
            lambda: on_day("Trump-Zelensky", "meeting", weekday_on_or_before(D("2025-04-26"), SAT)),
            [143],
        ),
        C(
            "The conversation lasted about 15 minutes",
            "duration",
            "supported",
            "2025-04-26: duration_min 15 (White House, Vatican News: about 15 minutes)",
            "'About 15 min' allows 5-25 (at least +/-10 min); 15 fits.",
            lambda: duration(143, 15, "about", [15]),
            [143],
        ),
        C(
            "the two leaders would try to meet again later in the day",
            "other",
            "unverifiable",
            "one Trump-Zelensky row on 2025-04-26 (the basilica meeting itself)",
            "A planned second meeting that did not take place: the record's row for the day is the first meeting, not the planned one, so the plan is unverifiable (never contradicted).",
            lambda: fixed("unverifiable", [143]),
        ),
        C(
            "It was their first face-to-face encounter since the Oval Office clash in February",
            "first_in_period",
            "supported",
            "Trump-Zelensky in_person 2025-02-28 (Oval Office clash); no in_person row between it and 2025-04-26 (only the 03-19 phone call)",
            "No in-person row lies between the February 2025 Oval Office meeting and the Vatican meeting.",
            lambda: none_between("Trump-Zelensky", "meeting", D("2025-02-28"), D("2025-04-26")),
            [140, 143],
        ),
        C(
            "They have spoken by phone only once since then, on March 19",
            "count",
            "supported",
            "Trump-Zelensky phone rows after 2025-02-28 up to 2025-04-26: 2025-03-19 only",
            "'Since then' = since the 28 Feb meeting named in the previous sentence: one phone row, on 19 March 2025.",
            lambda: _158_once(D("2025-03-19")),
            [142],
        ),
        C(
            "Saturday's conversation was their second meeting since Trump returned to the White House in January",
            "ordinal_count",
            "supported",
            "Trump-Zelensky in_person rows after 2025-01-20 up to 2025-04-26: 02-28 Oval Office, 04-26 Vatican",
            "After Trump's return to office (2025-01-20) up to and including Saturday there are 2 meetings.",
            lambda: count_is(
                "Trump-Zelensky", "meeting", office_start("Trump", "47th")[0], D("2025-04-26"), 2, visits=True
            ),
            [140, 143],
        ),
        C(
            "their third since his election victory in November, counting talks in Paris hosted by Emmanuel Macron last December",
            "ordinal_count",
            "supported",
            "Trump-Zelensky in_person rows after 2024-11-05: 2024-12-07 Elysee (CONTEXT ONLY, president-elect), 2025-02-28, 2025-04-26",
            "Since the election (5 Nov 2024) the window includes the president-elect meeting in Paris, which the claim counts explicitly: 3 meetings, Saturday's the 3rd.",
            lambda: count_is("Trump-Zelensky", "meeting", ELECTION_2024, D("2025-04-26"), 3, visits=True),
            [134, 140, 143],
        ),
        C(
            "In 2019 a July phone call in which Trump pressed Zelensky",
            "previous_date",
            "supported",
            "Trump-Zelensky phone 2019-07-25 (basis of the impeachment inquiry)",
            "July 2019 holds the call whose memo led to the impeachment inquiry.",
            lambda: count_is("Trump-Zelensky", "phone", D("2019-07-01"), D("2019-07-31"), 1, start_incl=True),
            [56],
        ),
        C(
            "the two first met in person in September, at the UN General Assembly in New York",
            "previous_date",
            "supported",
            "Trump-Zelensky in_person 2019-09-25, New York (UNGA), the first in-person meeting",
            "'September' in a paragraph narrating 2019 is September 2019; the first in-person row of the pair is the UNGA meeting.",
            lambda: (
                lambda r: (
                    "supported"
                    if (r["date"].year, r["date"].month) == (2019, 9) and "New York" in r["location"]
                    else "contradicted",
                    [r["id"]],
                    "",
                )
            )(select("Trump-Zelensky", "meeting")[0]),
            [60],
        ),
    ],
    [
        "An estimated 200,000 mourners",
        "who died on Monday aged 88",
        "On Thursday Trump had rebuked Vladimir Putin over a deadly Russian missile strike on Kyiv",
    ],
    mutations=[
        M(
            "their second meeting since Trump returned",
            "their third meeting since Trump returned",
            C(
                "Saturday's conversation was their third meeting since Trump returned to the White House in January",
                "ordinal_count",
                "contradicted",
                "Trump-Zelensky in_person rows after 2025-01-20 up to 2025-04-26: 02-28, 04-26",
                "Altered from 'second' (original, supported). The record is complete for 2025: since the return to office there are 2 meetings; 3 is reached only by counting the December 2024 president-elect meeting, which lies before the window the claim names.",
                lambda: count_is(
                    "Trump-Zelensky", "meeting", office_start("Trump", "47th")[0], D("2025-04-26"), 3, visits=True
                ),
                [140, 143],
            ),
        ),
        M(
            "only once since then, on March 19",
            "only once since then, on March 21",
            C(
                "They have spoken by phone only once since then, on March 21",
                "count",
                "contradicted",
                "Trump-Zelensky phone rows after 2025-02-28 up to 2025-04-26: 2025-03-19 only",
                "Altered from 'March 19' (original, supported). The only call in the window is on 19 March; no Trump-Zelensky row lies on or next to 21 March, and the record is complete for 2025.",
                lambda: _158_once(D("2025-03-21")),
                [142],
            ),
        ),
    ],
)

# ---- 159 (ru, Trump-Zelensky + Putin-Trump, 2025-03-19 call) ----
article(
    159,
    "2025-03-19",
    "ru",
    "Trump-Zelensky (+Putin-Trump)",
    [
        C(
            "Дональд Трамп и Владимир Зеленский в среду провели телефонный разговор",
            "other",
            "supported",
            "Trump-Zelensky phone 2025-03-19 (Wednesday morning ET)",
            "Wednesday on or before publication 2025-03-19 is that day, which has a Trump-Zelensky phone row.",
            lambda: on_day("Trump-Zelensky", "phone", weekday_on_or_before(D("2025-03-19"), WED)),
            [142],
        ),
        C(
            "беседа длилась около часа",
            "duration",
            "supported",
            "2025-03-19: duration_min 60 (Trump: 'approximately one hour')",
            "'About an hour' allows 48-72; 60 fits.",
            lambda: duration(142, 60, "about", [60]),
            [142],
        ),
        C(
            "итогам его вчерашнего разговора с Владимиром Путиным",
            "previous_date",
            "supported",
            "Putin-Trump phone 2025-03-18",
            "'Вчерашний' = the day before publication, 2025-03-18, which has a Putin-Trump call.",
            lambda: on_day("Putin-Trump", "phone", D("2025-03-18")),
            [141],
        ),
        C(
            "Это первый разговор президентов после ссоры в Овальном кабинете 28 февраля",
            "first_in_period",
            "supported",
            "Trump-Zelensky in_person 2025-02-28 (Oval Office); no row between it and 2025-03-19",
            "No contact of any kind lies between the 28 February meeting and the reported call.",
            lambda: (
                lambda v: (
                    v
                    if on_day("Trump-Zelensky", "meeting", D("2025-02-28"))[0] == "supported"
                    else ("contradicted", [], "")
                )
            )(none_between("Trump-Zelensky", "any", D("2025-02-28"), D("2025-03-19"))),
            [140, 142],
        ),
        C(
            "Всего это второй их телефонный разговор с момента возвращения Трампа в Белый дом",
            "ordinal_count",
            "supported",
            "Trump-Zelensky phone rows after 2025-01-20 up to 2025-03-19: 02-12, 03-19",
            "By phone since the return to office (2025-01-20): 2 calls, the reported one being the 2nd.",
            lambda: count_is("Trump-Zelensky", "phone", office_start("Trump", "47th")[0], D("2025-03-19"), 2),
            [138, 142],
        ),
        C(
            "первый состоялся 12 февраля",
            "previous_date",
            "supported",
            "Trump-Zelensky phone 2025-02-12 (first call of Trump's second term)",
            "The first call of the term is on 12 February 2025.",
            lambda: (lambda r: ("supported" if r["date"] == D("2025-02-12") else "contradicted", [r["id"]], ""))(
                select("Trump-Zelensky", "phone", office_start("Trump", "47th")[0], D("2025-03-19"))[0]
            ),
            [138],
        ),
        C(
            "в тот же день, что и звонок Трампа Путину",
            "other",
            "supported",
            "Putin-Trump phone 2025-02-12 (notes on row 138: the Zelensky call came after the Putin call the same day)",
            "12 February 2025 also has a Putin-Trump call.",
            lambda: on_day("Putin-Trump", "phone", D("2025-02-12")),
            [137],
        ),
        C(
            "Во вторник Трамп говорил с Путиным около двух часов",
            "duration",
            "supported",
            "Putin-Trump phone 2025-03-18 (Tuesday): duration_min 120; Peskov 'about two hours' incl. interpretation; other reports 1.5 h, 2.5 h",
            "Tuesday before publication is 2025-03-18; 'about two hours' allows 96-144, and the Kremlin's 120 fits.",
            lambda: (
                lambda v: (
                    v
                    if on_day("Putin-Trump", "phone", weekday_on_or_before(D("2025-03-19"), TUE))[0] == "supported"
                    else ("contradicted", [], "")
                )
            )(duration(141, 120, "about", [120])),
            [141],
        ),
        C(
            "Это их второй разговор в этом году",
            "ordinal_count",
            "supported",
            "Putin-Trump phone/video rows 2025-01-01..2025-03-18: 02-12, 03-18 (TASS factbox: 2nd)",
            "'Их' = Trump and Putin, the pair of the previous sentence; 2025 up to the Tuesday call holds 2 calls.",
            lambda: count_is("Putin-Trump", "call", D("2025-01-01"), D("2025-03-18"), 2, start_incl=True),
            [137, 141],
        ),
    ],
    [
        "о 30-дневном отказе от ударов",
        "11 марта в Джидде",
        "о 30-дневном прекращении огня",
    ],
)

# ---- 160 (en, Trump-Zelensky + Putin-Trump, Mar-a-Lago 2025-12-28) ----
article(
    160,
    "2025-12-29",
    "en",
    "Trump-Zelensky (+Putin-Trump)",
    [
        C(
            "Donald Trump hosted Volodymyr Zelensky at his Mar-a-Lago estate on Sunday",
            "other",
            "supported",
            "Trump-Zelensky in_person 2025-12-28 (Sunday), Mar-a-Lago",
            "Sunday on or before publication 2025-12-29 is 2025-12-28, which has the Mar-a-Lago meeting.",
            lambda: on_day("Trump-Zelensky", "meeting", weekday_on_or_before(D("2025-12-29"), SUN)),
            [178],
        ),
        C(
            "The talks lasted about three hours",
            "duration",
            "supported",
            "2025-12-28: duration_min 180 ('about three hours', Babel)",
            "'About three hours' allows 144-216; 180 fits.",
            lambda: duration(178, 180, "about", [180, 60]),
            [178],
        ),
        C(
            "von der Leyen said that call lasted one hour",
            "duration",
            "supported",
            "2025-12-28 duration_text: 'followed by a joint call with European leaders lasting one hour (von der Leyen)'",
            "The joint call is recorded as part of the Mar-a-Lago row; a bare 60 min allows 54-66, and von der Leyen's 'one hour' fits.",
            lambda: duration(178, 60, "bare", [180, 60]),
            [178],
        ),
        C(
            "Before Zelensky arrived, Trump spoke by phone with Vladimir Putin",
            "other",
            "supported",
            "Putin-Trump phone 2025-12-28 (notes on row 178: Trump spoke with Putin before and after the meeting)",
            "28 December 2025 has a Putin-Trump phone row.",
            lambda: on_day("Putin-Trump", "phone", D("2025-12-28")),
            [177],
        ),
        C(
            "a call the Kremlin said lasted an hour and 15 minutes",
            "duration",
            "supported",
            "2025-12-28 Putin-Trump: duration_min 75 (Ushakov: 'one hour and 15 minutes')",
            "A bare 75 min allows 67.5-82.5; 75 fits.",
            lambda: duration(177, 75, "bare", [75]),
            [177],
        ),
        C(
            "Sunday's talks were the seventh meeting between Trump and Zelensky this year",
            "ordinal_count",
            "supported",
            "Trump-Zelensky in_person rows 2025: 02-28, 04-26, 06-25, 08-18, 09-23, 10-17, 12-28 (Sputnik's 'fourth' is noted as wrong)",
            "2025 up to and including Mar-a-Lago holds 7 meetings, Mar-a-Lago the 7th.",
            lambda: count_is(
                "Trump-Zelensky", "meeting", D("2025-01-01"), D("2025-12-28"), 7, start_incl=True, visits=True
            ),
            [140, 143, 155, 164, 170, 174, 178],
        ),
        C(
            "their first face-to-face encounter since October",
            "first_in_period",
            "supported",
            "latest Trump-Zelensky in_person row before 2025-12-28: 2025-10-17 (White House); none between",
            "No in-person row lies between the October meeting and Mar-a-Lago (TRT said the same).",
            lambda: none_between("Trump-Zelensky", "meeting", D("2025-10-17"), D("2025-12-28")),
            [174, 178],
        ),
        C(
            "when Zelensky visited the White House on the day after a Trump-Putin call",
            "previous_date",
            "supported",
            "Trump-Zelensky in_person 2025-10-17, White House; Putin-Trump phone 2025-10-16",
            "The October meeting is 2025-10-17 at the White House, and 2025-10-16 has a Putin-Trump call.",
            lambda: (
                lambda v: (
                    v[0]
                    if ROWS[174]["date"] - dt.timedelta(days=1) == ROWS[v[1][0]]["date"]
                    and "White House" in ROWS[174]["location"]
                    else "contradicted",
                    [174] + v[1],
                    "",
                )
            )(on_day("Putin-Trump", "phone", D("2025-10-16"))),
            [174, 173],
        ),
        C(
            "That working lunch was still going on more than two hours after it began",
            "other",
            "unverifiable",
            "2025-10-17 duration_text: 'working lunch; Ukrinform source: the meeting has been going on for more than two hours - much longer than scheduled'; duration_min blank",
            "Time elapsed at a reported moment is not a duration claim: unverifiable, and it could be contradicted only if every recorded total were shorter than two hours - the record has no total at all.",
            lambda: elapsed(174, 120, []),
            [174],
        ),
        C(
            "The two leaders had not talked at all since that October meeting",
            "first_in_period",
            "supported",
            "no Trump-Zelensky row of any kind between 2025-10-17 and 2025-12-28 (NOTES: none found; AP 23 Nov: no direct talk)",
            "No contact of any kind lies between the 17 October meeting and Mar-a-Lago; the record is believed complete for 2025.",
            lambda: none_between("Trump-Zelensky", "any", D("2025-10-17"), D("2025-12-28")),
            [174, 178],
        ),
    ],
    [
        "about 95 percent of the issues",
        "90 percent agreed",
        "a peace plan first floated in November",
        "would meet again next week",
        "about a fifth of Ukraine's territory",
    ],
)

# ---- 161 (en, Trump-Zelensky + Putin-Trump, Davos 2026-01-22) ----
article(
    161,
    "2026-01-22",
    "en",
    "Trump-Zelensky (+Putin-Trump)",
    [
        C(
            "Donald Trump and Volodymyr Zelensky met on Thursday on the sidelines of the World Economic Forum",
            "other",
            "supported",
            "Trump-Zelensky in_person 2026-01-22 (Thursday), Davos (WEF)",
            "Thursday on or before publication 2026-01-22 is that day, which has the Davos meeting.",
            lambda: on_day("Trump-Zelensky", "meeting", weekday_on_or_before(D("2026-01-22"), THU)),
            [180],
        ),
        C(
            "the meeting lasted about an hour",
            "duration",
            "supported",
            "2026-01-22: duration_min 60 (Zelensky's office: about an hour)",
            "'About an hour' allows 48-72; 60 fits.",
            lambda: duration(180, 60, "about", [60]),
            [180],
        ),
        C(
            "the leaders' first meeting since their talks at Mar-a-Lago on December 28",
            "first_in_period",
            "supported",
            "Trump-Zelensky in_person 2025-12-28 Mar-a-Lago; no row between it and 2026-01-22",
            "The December 28 before publication is 2025-12-28, the Mar-a-Lago meeting; no meeting lies between it and Davos.",
            lambda: (
                lambda v: (
                    v
                    if "Mar-a-Lago" in ROWS[178]["location"] and ROWS[178]["date"] == D("2025-12-28")
                    else ("contradicted", [], "")
                )
            )(none_between("Trump-Zelensky", "meeting", D("2025-12-28"), D("2026-01-22"))),
            [178, 180],
        ),
        C(
            "their first contact of any kind this year",
            "first_in_period",
            "supported",
            "no Trump-Zelensky row 2026-01-01..2026-01-21",
            "No contact of any kind lies between 1 January 2026 and the Davos meeting.",
            lambda: none_between("Trump-Zelensky", "any", D("2025-12-31"), D("2026-01-22")),
            [180],
        ),
        C(
            "their eighth meeting since Trump returned to the White House a year ago",
            "ordinal_count",
            "supported",
            "Trump-Zelensky in_person rows after 2025-01-20 up to 2026-01-22: 2025-02-28, 04-26, 06-25, 08-18, 09-23, 10-17, 12-28, 2026-01-22",
            "Since the return to office (2025-01-20) up to and including Davos there are 8 meetings, Davos the 8th (NOTES: 'eighth including Davos').",
            lambda: count_is(
                "Trump-Zelensky", "meeting", office_start("Trump", "47th")[0], D("2026-01-22"), 8, visits=True
            ),
            [140, 143, 155, 164, 170, 174, 178, 180],
        ),
        C(
            "Trump himself last met Putin in Alaska in August",
            "previous_date",
            "supported",
            "latest Putin-Trump in_person row before 2026-01-22: 2025-08-15, Anchorage, Alaska",
            "August before publication = August 2025, the Alaska summit, the latest Putin-Trump meeting.",
            lambda: (lambda v: v if "Alaska" in ROWS[v[1][0]]["location"] else ("contradicted", v[1], ""))(
                previous_is("Putin-Trump", "meeting", D("2026-01-22"), D("2025-08-01"), month_only=True)
            ),
            [161],
        ),
        C(
            "last spoke to him by phone at the end of December",
            "previous_date",
            "supported",
            "latest Putin-Trump phone row before 2026-01-22: 2025-12-29",
            "The end of December 2025 holds the latest Putin-Trump call before publication (29 Dec, after the 28 Dec one).",
            lambda: (lambda v: v if ROWS[v[1][0]]["date"].day >= 20 else ("contradicted", v[1], ""))(
                previous_is("Putin-Trump", "phone", D("2026-01-22"), D("2025-12-01"), month_only=True)
            ),
            [179],
        ),
    ],
    [
        "on Friday and Saturday",
        "were due in Moscow later on Thursday for talks with Vladimir Putin",
        "a year after he had urged it",
        "an earlier package of air-defence missiles",
    ],
)


# ---- 162 (ru, Putin-Trump + Trump-Zelensky, 2025-10-16 call) ----
def _162_prev(day):
    v = previous_is("Putin-Trump", "any", D("2025-10-16"), day)
    return v


article(
    162,
    "2025-10-17",
    "ru",
    "Putin-Trump (+Trump-Zelensky)",
    [
        C(
            "Владимир Путин и Дональд Трамп в четверг вечером провели телефонный разговор",
            "other",
            "supported",
            "Putin-Trump phone 2025-10-16 (Thursday)",
            "Thursday on or before publication 2025-10-17 is 2025-10-16, which has a Putin-Trump phone row (the evening is a time of day and not checked).",
            lambda: on_day("Putin-Trump", "phone", weekday_on_or_before(D("2025-10-17"), THU)),
            [173],
        ),
        C(
            "по инициативе российской стороны",
            "other",
            "supported",
            "2025-10-16 initiator: Russia (Ushakov/Peskov: at Moscow's initiative)",
            "The row's initiator is the Russian side.",
            lambda: initiator(173, "Russia"),
            [173],
        ),
        C(
            "беседа продлилась почти два с половиной часа",
            "duration",
            "supported",
            "2025-10-16: duration_min 150 (Ushakov: 'almost two and a half hours'); some outlets 'over two hours'; Ura.news 17:56-20:05 (~129 min)",
            "'Almost 150 min' allows 112.5-150; Ushakov's 150 fits (as would the 129 of the clock times).",
            lambda: duration(173, 150, "nearly", [150, 129]),
            [173],
        ),
        C(
            "стала восьмым телефонным разговором лидеров с начала года",
            "ordinal_count",
            "supported",
            "Putin-Trump phone rows 2025-01-01..2025-10-16: 02-12, 03-18, 05-19, 06-04, 06-14, 07-03, 08-18, 10-16 (RBC: 8th)",
            "By phone since 1 January up to and including the reported call: 8 (the Alaska meeting is not a phone call).",
            lambda: count_is("Putin-Trump", "phone", D("2025-01-01"), D("2025-10-16"), 8, start_incl=True),
            [137, 141, 148, 151, 153, 157, 163, 173],
        ),
        C(
            "условились о второй за этот год очной встрече, и местом для нее выбран Будапешт",
            "other",
            "unverifiable",
            "no Putin-Trump in_person row after 2025-08-15 (notes: Budapest summit called off by Trump on 22 Oct)",
            "A planned future meeting with no date is unverifiable, never contradicted (it was later called off).",
            lambda: planned("Putin-Trump", "meeting", None),
        ),
        C(
            "Первая очная встреча лидеров в этом году прошла 15 августа на Аляске",
            "previous_date",
            "supported",
            "Putin-Trump in_person 2025-08-15, Anchorage, Alaska (the only 2025 meeting)",
            "The first (and only) Putin-Trump meeting of 2025 is the Alaska summit of 15 August.",
            lambda: (
                lambda r: (
                    "supported" if r["date"] == D("2025-08-15") and "Alaska" in r["location"] else "contradicted",
                    [r["id"]],
                    "",
                )
            )(select("Putin-Trump", "meeting", D("2025-01-01"), D("2025-10-16"), start_incl=True)[0]),
            [161],
        ),
        C(
            "встреча может состояться в ближайшие две недели",
            "other",
            "unverifiable",
            "no Putin-Trump row from 2025-10-17 to 2025-10-31",
            "A planned contact ('within two weeks') is unverifiable, never contradicted.",
            lambda: planned("Putin-Trump", "meeting", None),
        ),
        C(
            "Премьер-министр Венгрии Виктор Орбан сообщил, что в тот же вечер поговорил с Трампом",
            "other",
            "unverifiable",
            "the record has no Orban-Trump pair",
            "A contact outside the record's pairs: unverifiable.",
            lambda: fixed("unverifiable"),
        ),
        C(
            "почти через два месяца после предыдущего разговора президентов",
            "first_in_period",
            "supported",
            "previous Putin-Trump row before 2025-10-16: 2025-08-18 phone (19 Aug in Moscow); TASS: 'first in 59 days'",
            "'Almost two months' allows 1.5-2.0 months; 59 days = 1.94 months fits, and no row lies between.",
            lambda: gap("Putin-Trump", "any", 173, 2, "months", "almost"),
            [163, 173],
        ),
        C(
            "состоявшегося 19 августа",
            "previous_date",
            "supported",
            "Putin-Trump phone 2025-08-18 (US Eastern date); notes: DATE BY TIME ZONE - early 19 Aug in Moscow, Russian sources call it the 19 August call",
            "The previous call is the 18 August row; its notes name 19 August as the Moscow date, so the D+-1 time-zone rule matches.",
            lambda: _162_prev(D("2025-08-19")),
            [163],
        ),
        C(
            "Тогда Трамп ради звонка в Кремль прервал переговоры с Владимиром Зеленским и европейскими лидерами в Белом доме",
            "other",
            "supported",
            "2025-08-18: Putin-Trump call initiator 'US (Trump called, interrupting White House meeting with Zelensky and European leaders)'; Trump-Zelensky in_person 2025-08-18, White House",
            "The August call's row and the same day's Trump-Zelensky White House meeting both record the interruption.",
            lambda: (
                (
                    "supported"
                    if "interrupting White House meeting with Zelensky" in ROWS[163]["initiator"]
                    and on_day("Trump-Zelensky", "meeting", D("2025-08-18"))[0] == "supported"
                    else "contradicted"
                ),
                [163, 164],
                "",
            ),
            [163, 164],
        ),
        C(
            "сама беседа продолжалась около 40 минут",
            "duration",
            "supported",
            "2025-08-18: duration_min 40 (Ushakov: 'about 40 minutes')",
            "'About 40 min' allows 30-50; 40 fits.",
            lambda: duration(163, 40, "about", [40]),
            [163],
        ),
        C(
            "В пятницу Трамп примет Зеленского в Белом доме",
            "other",
            "supported",
            "Trump-Zelensky in_person 2025-10-17 (Friday), White House",
            "In a sentence about the future, Friday is the next Friday on or after publication, 2025-10-17; the record holds the White House meeting that day, so the planned contact is supported.",
            lambda: planned("Trump-Zelensky", "meeting", _next_weekday_on_or_after(D("2025-10-17"), FRI)),
            [174],
        ),
    ],
    [
        "делегации во главе с госсекретарем Марко Рубио и министром иностранных дел Сергеем Лавровым",
        "крылатых ракет Tomahawk",
    ],
    mutations=[
        M(
            "стала восьмым телефонным разговором",
            "стала седьмым телефонным разговором",
            C(
                "стала седьмым телефонным разговором лидеров с начала года",
                "ordinal_count",
                "contradicted",
                "Putin-Trump phone rows 2025-01-01..2025-10-16: 02-12, 03-18, 05-19, 06-04, 06-14, 07-03, 08-18, 10-16",
                "Altered from 'восьмым' (original, supported). The record is complete for 2025 (it matches Ushakov's year tally): 8 phone calls up to the reported one; counting Alaska too would give 9, so no reading gives 7.",
                lambda: count_is(
                    "Putin-Trump",
                    "phone",
                    D("2025-01-01"),
                    D("2025-10-16"),
                    7,
                    start_incl=True,
                    readings=[{}, {"kinds": "any"}],
                ),
                [137, 141, 148, 151, 153, 157, 163, 173],
            ),
        ),
        M(
            "состоявшегося 19 августа",
            "состоявшегося 21 августа",
            C(
                "состоявшегося 21 августа",
                "previous_date",
                "contradicted",
                "latest Putin-Trump row before 2025-10-16: 2025-08-18 (19 Aug Moscow time); no row on 20-22 Aug",
                "Altered from '19 августа' (original, supported). The previous call is 18 August (19 August in Moscow); 21 August is two days off even by the time-zone rule, and the record is complete for 2025.",
                lambda: _162_prev(D("2025-08-21")),
                [163],
            ),
        ),
    ],
)


# ---- 163 (ru, Trump-Xi + Putin-Trump, Osaka G20 2019) ----
def _163_full_format():
    """'Первая полноформатная встреча после Хельсинки': in-person rows between Helsinki and Osaka
    are the Paris (11 Nov 2018) and Buenos Aires (30 Nov 2018) encounters, both brief/informal,
    which a 'full-format meeting' does not count."""
    between = select("Putin-Trump", "meeting", D("2018-07-16"), D("2019-06-28"), end_incl=False)
    for r in between:
        text = (r["duration_text"] + " " + r["notes"]).lower()
        assert "brief" in text or "informal" in text, r["id"]
    full = [
        r
        for r in between
        if not (
            "brief" in (r["duration_text"] + r["notes"]).lower()
            or "informal" in (r["duration_text"] + r["notes"]).lower()
        )
    ]
    v = "supported" if not full else "contradicted"
    return v, [41] + ids(between) + [53], f"between: {ids(between)} (all brief/informal)"


article(
    163,
    "2019-06-29",
    "ru",
    "Trump-Xi (+Putin-Trump)",
    [
        C(
            "Дональд Трамп и Си Цзиньпин встретились в субботу в кулуарах саммита «Большой двадцатки»",
            "other",
            "supported",
            "Trump-Xi in_person 2019-06-29 (Saturday), Osaka (G20 sidelines)",
            "Saturday on or before publication 2019-06-29 is that day, which has the Osaka meeting.",
            lambda: on_day("Trump-Xi", "meeting", weekday_on_or_before(D("2019-06-29"), SAT)),
            [55],
        ),
        C(
            "Встреча длилась больше часа",
            "duration",
            "supported",
            "2019-06-29: duration_min 80 ('about 80 minutes')",
            "'More than an hour' needs above 60 min (below 120); 80 fits.",
            lambda: duration(55, 60, "more", [80]),
            [55],
        ),
        C(
            "Это пятая личная встреча двух президентов",
            "ordinal_count",
            "supported",
            "Trump-Xi in_person visits up to 2019-06-29: Mar-a-Lago 2017-04-06/07, Hamburg 2017-07-08, Beijing 2017-11-08/09, Buenos Aires 2018-12-01, Osaka 2019-06-29",
            "Counting each visit once (the part_of rows 7 and 26 are the same visits), Osaka is the 5th meeting (row 55 notes: 'Fifth and last in-person ... of the first term').",
            lambda: count_is("Trump-Xi", "meeting", None, D("2019-06-29"), 5, visits=True),
            [6, 18, 25, 48, 55],
        ),
        C(
            "первая после ужина в Буэнос-Айресе 1 декабря прошлого года",
            "first_in_period",
            "supported",
            "Trump-Xi in_person 2018-12-01, Buenos Aires (working dinner); no in_person row between it and 2019-06-29",
            "'1 декабря прошлого года' = 2018-12-01, the Buenos Aires dinner; no meeting lies between it and Osaka.",
            lambda: (
                lambda v: (
                    v if on_day("Trump-Xi", "meeting", D("2018-12-01"))[0] == "supported" else ("contradicted", [], "")
                )
            )(none_between("Trump-Xi", "meeting", D("2018-12-01"), D("2019-06-29"))),
            [48, 55],
        ),
        C(
            "который тогда продолжался около двух с половиной часов",
            "duration",
            "supported",
            "2018-12-01: duration_min 150 ('two and a half hours' / 'more than two and a half hours')",
            "'About 150 min' allows 120-180; 150 fits.",
            lambda: duration(48, 150, "about", [150]),
            [48],
        ),
        C(
            "В Осаке лидеры увиделись почти через семь месяцев после той встречи",
            "first_in_period",
            "supported",
            "previous Trump-Xi in_person row before 2019-06-29: 2018-12-01; gap 210 days",
            "'Almost seven months' allows 6.5-7.0 months; 210 days = 6.90 months fits, with no meeting between.",
            lambda: gap("Trump-Xi", "meeting", 55, 7, "months", "almost"),
            [48, 55],
        ),
        C(
            "Последний раз до нынешней беседы Трамп и Си разговаривали по телефону 18 июня",
            "previous_date",
            "supported",
            "latest Trump-Xi phone row before 2019-06-29: 2019-06-18",
            "The latest Trump-Xi call before the Osaka meeting is 18 June 2019.",
            lambda: previous_is("Trump-Xi", "phone", D("2019-06-29"), D("2019-06-18")),
            [52],
        ),
        C(
            "Накануне, в пятницу, в Осаке прошла встреча Трампа с Владимиром Путиным",
            "other",
            "supported",
            "Putin-Trump in_person 2019-06-28 (Friday), Osaka",
            "The day before publication, Friday 2019-06-28, has the Putin-Trump Osaka meeting.",
            lambda: on_day("Putin-Trump", "meeting", D("2019-06-29") - dt.timedelta(days=1)),
            [53],
        ),
        C(
            "она продолжалась 1 час 20 минут",
            "duration",
            "supported",
            "2019-06-28: duration_min 80 (TASS: 80 minutes, planned 60-90); other reports 1.5 h, 'more than an hour'",
            "A bare 80 min allows 72-88; TASS's 80 fits.",
            lambda: duration(53, 80, "bare", [80, 90]),
            [53],
        ),
        C(
            "Это первая полноформатная встреча Путина и Трампа после их саммита в Хельсинки в июле прошлого года",
            "first_in_period",
            "supported",
            "Putin-Trump in_person rows between Helsinki (2018-07-16) and Osaka: 2018-11-11 Paris (brief exchange), 2018-11-30 Buenos Aires (informal conversation; formal bilateral cancelled)",
            "'Полноформатная' (full-format) excludes the brief Paris and Buenos Aires encounters, so no full meeting lies between Helsinki (July 2018) and Osaka. Counting brief encounters as meetings would contradict it, but the claim's own word excludes them.",
            lambda: _163_full_format(),
            [41, 44, 46, 53],
        ),
        C(
            "В начале мая этого года президенты России и США разговаривали по телефону",
            "previous_date",
            "supported",
            "Putin-Trump phone 2019-05-03 (the only 2019 call before Osaka)",
            "Early May 2019 holds the 3 May call.",
            lambda: count_is("Putin-Trump", "phone", D("2019-05-01"), D("2019-05-10"), 1, start_incl=True),
            [51],
        ),
        C(
            "та беседа длилась больше часа",
            "duration",
            "supported",
            "2019-05-03: duration_min blank; White House 'more than one hour' / 'a little over an hour'; Peskov 'nearly an hour and a half'",
            "'More than an hour' needs above 60 min (below 120): the White House's own 'more than one hour' and Peskov's nearly 90 both fit.",
            lambda: duration(51, 60, "more", [("over", 60), 90]),
            [51],
        ),
        C(
            "В воскресенье Трамп может встретиться с лидером КНДР Ким Чен Ыном",
            "other",
            "unverifiable",
            "the record has no Trump-Kim pair",
            "A possible future meeting of a pair outside the record: unverifiable.",
            lambda: fixed("unverifiable"),
        ),
    ],
    [
        "около 300 миллиардов долларов",
        "вместо запланированного часа",
    ],
)

# ---- 164 (en, Trump-Xi, Busan 2025-10-30) ----
article(
    164,
    "2025-10-30",
    "en",
    "Trump-Xi",
    [
        C(
            "Donald Trump and Xi Jinping met at an air base in Busan on Thursday",
            "other",
            "supported",
            "Trump-Xi in_person 2025-10-30 (Thursday), Busan (Gimhae air base)",
            "Thursday on or before publication 2025-10-30 is that day, which has the Busan meeting.",
            lambda: on_day("Trump-Xi", "meeting", weekday_on_or_before(D("2025-10-30"), THU)),
            [175],
        ),
        C(
            "for their first face-to-face meeting in six years",
            "first_in_period",
            "supported",
            "previous Trump-Xi in_person row before 2025-10-30: 2019-06-29 Osaka; gap 2315 days",
            "'First in six years' allows 5.5-6.5 years; 2019-06-29 to 2025-10-30 is 6.34 years, with no meeting between.",
            lambda: gap("Trump-Xi", "meeting", 175, 6, "years", "bare"),
            [55, 175],
        ),
        C(
            "The talks concluded after one hour and 40 minutes",
            "duration",
            "supported",
            "2025-10-30: duration_min 100 (CCTV: about 100 minutes, 1 h 40 min, longer than scheduled)",
            "'Concluded after' 1 h 40 min is the total length, a bare 100 min allowing 90-110; 100 fits.",
            lambda: duration(175, 100, "bare", [100]),
            [175],
        ),
        C(
            "The leaders sat down at around 11 a.m.",
            "other",
            "unverifiable",
            "notes: began about 11 a.m. local time",
            "A time of day is not checked under the rules: unverifiable.",
            lambda: fixed("unverifiable", [175]),
        ),
        C(
            "He also said he would visit China in April",
            "other",
            "unverifiable",
            "no Trump-Xi row in April 2026; the record's Trump-Xi material ends on 2026-02-04",
            "A planned visit after the record's coverage is a future contact: unverifiable.",
            lambda: planned("Trump-Xi", "meeting", None),
        ),
        C(
            "It was the leaders' sixth in-person meeting",
            "ordinal_count",
            "supported",
            "Trump-Xi in_person visits: Mar-a-Lago 2017, Hamburg 2017, Beijing 2017, Buenos Aires 2018, Osaka 2019, Busan 2025 (notes: 'sixth in-person meeting overall')",
            "Counting each visit once, Busan is the 6th meeting.",
            lambda: count_is("Trump-Xi", "meeting", None, D("2025-10-30"), 6, visits=True),
            [6, 18, 25, 48, 55, 175],
        ),
        C(
            "the first since they met in Osaka in June 2019",
            "first_in_period",
            "supported",
            "Trump-Xi in_person 2019-06-29 Osaka; no in_person row between it and 2025-10-30",
            "No meeting lies between the Osaka meeting of June 2019 and Busan.",
            lambda: (
                lambda v: (
                    v if on_day("Trump-Xi", "meeting", D("2019-06-29"))[0] == "supported" else ("contradicted", [], "")
                )
            )(none_between("Trump-Xi", "meeting", D("2019-06-29"), D("2025-10-30"))),
            [55, 175],
        ),
        C(
            "the two had spoken by phone three times this year",
            "count",
            "supported",
            "Trump-Xi phone rows 2025-01-01..2025-10-30: 01-17 (PRESIDENT-ELECT), 06-05, 09-19",
            "'This year' may or may not include the president-elect call of 17 January: with it there are 3 calls (Xi's own count), without it 2; the reading that counts it fits, so supported.",
            lambda: count_is(
                "Trump-Xi",
                "phone",
                D("2025-01-01"),
                D("2025-10-30"),
                3,
                start_incl=True,
                readings=[{}, {"in_office": True}],
            ),
            [135, 152, 169],
        ),
        C(
            "most recently in September",
            "previous_date",
            "supported",
            "latest Trump-Xi phone row before 2025-10-30: 2025-09-19",
            "September 2025 holds the latest call before Busan.",
            lambda: previous_is("Trump-Xi", "phone", D("2025-10-30"), D("2025-09-01"), month_only=True),
            [169],
        ),
    ],
    [
        "three or four hours",
        "from 20 percent to 10 percent",
        "keep rare earths flowing for a year",
        "in Kuala Lumpur on October 25 and 26",
        "As recently as October 10",
    ],
    mutations=[
        M(
            "first face-to-face meeting in six years",
            "first face-to-face meeting in five years",
            C(
                "for their first face-to-face meeting in five years",
                "first_in_period",
                "contradicted",
                "previous Trump-Xi in_person row before 2025-10-30: 2019-06-29 Osaka",
                "Altered from 'six years' (original, supported). 'In five years' allows 4.5-5.5 years; the gap to Osaka is 6.34 years, and the record rules out any meeting in between (row 175: first in-person meeting since Osaka).",
                lambda: gap("Trump-Xi", "meeting", 175, 5, "years", "bare"),
                [55, 175],
            ),
        ),
        M(
            "the leaders' sixth in-person meeting",
            "the leaders' fifth in-person meeting",
            C(
                "It was the leaders' fifth in-person meeting",
                "ordinal_count",
                "contradicted",
                "Trump-Xi in_person visits: Mar-a-Lago, Hamburg, Beijing (2017), Buenos Aires (2018), Osaka (2019), Busan (2025)",
                "Altered from 'sixth' (original, supported). Counting each visit once gives 6; counting every row (Mar-a-Lago and Beijing have two days each) would give 8; no reading gives 5.",
                lambda: count_is(
                    "Trump-Xi", "meeting", None, D("2025-10-30"), 5, visits=True, readings=[{}, {"visits": False}]
                ),
                [6, 18, 25, 48, 55, 175],
            ),
        ),
    ],
)

# ---- 165 (en, Trump-Xi, 2025-06-05 call) ----
article(
    165,
    "2025-06-05",
    "en",
    "Trump-Xi",
    [
        C(
            "Donald Trump and Xi Jinping spoke by phone on Thursday",
            "other",
            "supported",
            "Trump-Xi phone 2025-06-05 (Thursday)",
            "Thursday on or before publication 2025-06-05 is that day, which has a Trump-Xi phone row.",
            lambda: on_day("Trump-Xi", "phone", weekday_on_or_before(D("2025-06-05"), THU)),
            [152],
        ),
        C(
            "The call came at Washington's request, according to China's state news agency Xinhua",
            "other",
            "supported",
            "2025-06-05 initiator: US (Chinese readout/embassy: at the request of the US side)",
            "The row's initiator is the US side.",
            lambda: initiator(152, "US"),
            [152],
        ),
        C(
            "lasted about an hour and a half",
            "duration",
            "supported",
            "2025-06-05: duration_min 90 (Trump: 'approximately one and a half hours')",
            "'About 90 min' allows 72-108; 90 fits.",
            lambda: duration(152, 90, "about", [90]),
            [152],
        ),
        C(
            "Xi invited Trump and first lady Melania Trump to visit China",
            "other",
            "unverifiable",
            "no Trump-Xi row in China up to 2026-02-04",
            "An invitation with no date is a planned contact: unverifiable.",
            lambda: planned("Trump-Xi", "meeting", None),
        ),
        C(
            "It was the first confirmed call between the two since Trump returned to office in January",
            "first_in_period",
            "supported",
            "no confirmed Trump-Xi row between 2025-01-20 and 2025-06-05 (row 190, a Trump claim of an April call, is DISPUTED and never counts)",
            "No confirmed call lies between the inauguration and the reported call; the disputed April report does not count.",
            lambda: none_between("Trump-Xi", "call", office_start("Trump", "47th")[0], D("2025-06-05")),
            [152],
        ),
        C(
            "only the second this year",
            "ordinal_count",
            "supported",
            "Trump-Xi phone rows 2025-01-01..2025-06-05: 01-17 (PRESIDENT-ELECT), 06-05",
            "The sentence itself counts the president-elect call ('after a conversation three days before his inauguration'): with it, 2025 holds 2 calls, the reported one the 2nd.",
            lambda: count_is("Trump-Xi", "call", D("2025-01-01"), D("2025-06-05"), 2, start_incl=True),
            [135, 152],
        ),
        C(
            "after a conversation three days before his inauguration",
            "previous_date",
            "supported",
            "Trump-Xi phone 2025-01-17 (PRESIDENT-ELECT call, 3 days before the 20 Jan inauguration)",
            "Inauguration 2025-01-20 (offices.csv) minus 3 days = 2025-01-17, which has the previous Trump-Xi call.",
            lambda: previous_is(
                "Trump-Xi", "call", D("2025-06-05"), office_start("Trump", "47th")[0] - dt.timedelta(days=3)
            ),
            [135],
        ),
        C(
            "In April Trump told Time magazine that Xi had called him, but Beijing said no such call had taken place",
            "other",
            "unverifiable",
            "row 190: DISPUTED - DO NOT COUNT (Trump to TIME, ~25 Apr 2025; China's foreign ministry denied a recent call)",
            "A denied contact is unverifiable, and the disputed row never counts either way.",
            lambda: fixed("unverifiable" if ROWS[190]["status"] == "disputed" else "?", [190]),
        ),
        C(
            "During Trump's first term the two leaders spoke by phone 18 times",
            "count",
            "supported",
            "Trump-Xi phone rows 2017-01-20..2021-01-20: 9 in 2017, 5 in 2018, 2 in 2019, 2 in 2020 (NOTES: first-term total 18 calls)",
            "Phone rows in the first term (the 2016 president-elect call lies before it): 18.",
            lambda: count_is("Trump-Xi", "phone", D("2017-01-20"), D("2021-01-20"), 18, start_incl=True),
            [4, 8, 9, 13, 20, 22, 23, 24, 29, 32, 34, 37, 43, 49, 52, 65, 67, 69],
        ),
        C(
            "and met five times",
            "count",
            "supported",
            "Trump-Xi in_person visits 2017-2020: Mar-a-Lago, Hamburg, Beijing, Buenos Aires, Osaka",
            "Counting each visit once, the first term holds 5 meetings.",
            lambda: count_is("Trump-Xi", "meeting", D("2017-01-20"), D("2021-01-20"), 5, start_incl=True, visits=True),
            [6, 18, 25, 48, 55],
        ),
        C(
            "Their last face-to-face meeting was in Osaka in 2019",
            "previous_date",
            "supported",
            "latest Trump-Xi in_person row before 2025-06-05: 2019-06-29, Osaka",
            "The latest meeting before publication is Osaka, June 2019.",
            lambda: (
                lambda v: (
                    v
                    if "Osaka" in ROWS[v[1][0]]["location"] and ROWS[v[1][0]]["date"].year == 2019
                    else ("contradicted", v[1], "")
                )
            )(previous_is("Trump-Xi", "meeting", D("2025-06-05"), D("2019-06-29"))),
            [55],
        ),
    ],
    [
        "on May 12",
        "from 145 percent to 30 percent",
        "to 10 percent",
        "would meet shortly at a location to be determined",
    ],
)

# ARTICLE SPECS END


if __name__ == "__main__":
    main()
