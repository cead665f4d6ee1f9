#!/usr/bin/env python3
"""Gold annotations for batch 166-173 (articles 166-173 and their mutated copies).

Stdlib only (Python 3.11). The record, the checks and the build are rules.py's (shared with
batch_146_165.py); this file holds the articles. It loads the reference record (../shared/reference/contacts.csv and
offices.csv) and for every gold claim COMPUTES the verdict from the rows with the rules of
../shared/eval/README.md: counts and ordinals list the rows they count, gaps compute the gap and test
the band, durations test the band against every official figure, previous dates look up the latest
matching row. Each claim states the verdict we intend; the script fails (AssertionError) when the
computed verdict disagrees, when a quote is not found the stated number of times, or when a listed
row set differs from the computed one. Mutated copies (mNNN.txt) are generated from the originals
by exact one-time replacements.

Run:  python3 tests/accuracy/annotate/batch_166_173.py [--check]
      -> writes articles/m*.txt and this batch's entries of tests/accuracy/gold.json (--check: compares,
         writes nothing). Sources, claim shapes and first-sight figures: batch_166_173.md.
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
    fixed,
    FRI,
    gap,
    ids,
    initiator,
    M,
    main,
    MON,
    none_between,
    on_day,
    planned,
    previous_is,
    SAT,
    select,
    SUN,
    term_start,
    WED,
    weekday_on_or_before,
)

# ARTICLE SPECS START


def in_month(pair, kinds, year, month, **kw):
    """A past contact named only by its month: some matching row in that month (visits once)."""
    start = dt.date(year, month, 1)
    end = dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
    rs = select(pair, kinds, start, end, start_incl=True, visits=True, **kw)
    if rs:
        return "supported", ids(rs), ""
    p = pair if isinstance(pair, str) else pair[0]
    return ("contradicted" if complete(p, start, end) else "unverifiable"), [], "no row in the month"


# ---- 166 (ru, Putin-Trump, 2025-12-28 call; modelled on lenta.ru) ----
article(
    166,
    "2025-12-28",
    "ru",
    "Putin-Trump",
    [
        C(
            "в воскресенье провели телефонный разговор",
            "other",
            "supported",
            "Putin-Trump phone 2025-12-28 (Sunday), Ushakov: one hour and 15 minutes",
            "Sunday on or before publication 2025-12-28 is 2025-12-28, which has a Putin-Trump phone row.",
            lambda: on_day("Putin-Trump", "phone", weekday_on_or_before(D("2025-12-28"), SUN)),
            [177],
        ),
        C(
            "занял один час 15 минут",
            "duration",
            "supported",
            "2025-12-28: duration_min 75; Ushakov: 'one hour and 15 minutes' (a later uncorroborated report of ~2.5 h is not an official figure)",
            "A bare 75 min allows 67.5-82.5; the official 75 fits.",
            lambda: duration(177, 75, "bare", [75]),
            [177],
        ),
        C(
            "Звонок состоялся по инициативе американской стороны",
            "other",
            "supported",
            "2025-12-28 initiator: US (Ushakov: at Trump's initiative)",
            "The row's initiator is the US side.",
            lambda: initiator(177, "US"),
            [177],
        ),
        C(
            "Стороны условились снова поговорить по телефону",
            "other",
            "unverifiable",
            "a further call is recorded on 2025-12-29 (row 179, US date)",
            "A planned call with no calendar date ('right after' the meeting with the Ukrainians): unverifiable under the rules, never contradicted; the 29 Dec row is noted, not used as a planned date.",
            lambda: planned("Putin-Trump", "phone", None),
        ),
        C(
            "Это девятый телефонный разговор президентов России и США с начала года",
            "ordinal_count",
            "supported",
            "Putin-Trump phone rows 2025-01-01..2025-12-28: 9 (row 177 notes: '9th call of 2025')",
            "'Телефонный разговор' = phone; from 1 January up to and including the reported call there are 9 phone rows, the reported one the 9th (the Alaska meeting is not a phone call).",
            lambda: count_is("Putin-Trump", "phone", D("2025-01-01"), D("2025-12-28"), 9, start_incl=True),
        ),
        C(
            "Предыдущий раз они беседовали 16 октября",
            "previous_date",
            "supported",
            "latest Putin-Trump phone/video row before 2025-12-28: 2025-10-16",
            "'Беседовали' = phone or video (any kind gives the same: Alaska is in August); the latest before the reported call is 2025-10-16.",
            lambda: previous_is("Putin-Trump", "call", D("2025-12-28"), D("2025-10-16")),
            [173],
        ),
        C(
            "разговор продолжался почти два с половиной часа",
            "duration",
            "supported",
            "2025-10-16: duration_min 150; Ushakov: 'almost two and a half hours'; some outlets 'over two hours'",
            "'Почти' 150 min allows 112.5-150; Ushakov's 150 fits.",
            lambda: duration(173, 150, "nearly", [150, ("over", 120)]),
            [173],
        ),
        C(
            "стороны начали готовить саммит в Будапеште",
            "other",
            "unverifiable",
            "no Putin-Trump meeting in Budapest; row 173 notes: summit later called off by Trump (22 Oct)",
            "A planned contact that was cancelled: unverifiable, never contradicted (plans move).",
            lambda: planned("Putin-Trump", "meeting", None),
            [],
        ),
        C(
            "Единственная за год личная встреча Путина и Трампа прошла 15 августа",
            "count",
            "supported",
            "Putin-Trump in-person rows 2025: 2025-08-15 (Alaska) only",
            "'Личная встреча' = in person; 2025 (complete) holds exactly one, on 15 August.",
            lambda: count_is(
                "Putin-Trump", "meeting", D("2025-01-01"), D("2025-12-28"), 1, start_incl=True, visits=True
            ),
            [161],
        ),
        C(
            "Переговоры в формате «три на три» тогда длились почти три часа",
            "duration",
            "supported",
            "2025-08-15: duration_min 180; three-on-three talks 'nearly three hours'",
            "'Почти' 180 min allows 135-180; 180 fits.",
            lambda: duration(161, 180, "nearly", [180]),
            [161],
        ),
    ],
    [
        "план из 20 пунктов",
        "через неделю",
    ],
    mutations=[
        M(
            "Это девятый телефонный",
            "Это восьмой телефонный",
            C(
                "Это восьмой телефонный разговор президентов России и США с начала года",
                "ordinal_count",
                "contradicted",
                "Putin-Trump phone rows 2025-01-01..2025-12-28: 9",
                "Altered from 'девятый' (original, supported). The record is complete for Putin-Trump 2025 (Ushakov's tally: Alaska + ten calls) and holds 9 phone calls up to and including 28 Dec; 'any kind' would give 10; no reading gives 8.",
                lambda: count_is(
                    "Putin-Trump",
                    "phone",
                    D("2025-01-01"),
                    D("2025-12-28"),
                    8,
                    start_incl=True,
                    readings=[{}, {"kinds": "any"}, {"start_incl": False}],
                ),
            ),
        ),
    ],
)

# ---- 167 (ru, Putin-Biden, after the 2021-12-07 video call; modelled on life.ru) ----
article(
    167,
    "2021-12-22",
    "ru",
    "Putin-Biden",
    [
        C(
            "рассчитывает в обозримом будущем снова долго поговорить с Владимиром Путиным",
            "other",
            "unverifiable",
            "no date named (the next recorded call is 2021-12-30)",
            "A planned contact with no date: unverifiable.",
            lambda: planned("Putin-Biden", "call", None),
        ),
        C(
            "В последний раз лидеры общались 7 декабря",
            "previous_date",
            "supported",
            "latest Putin-Biden row before 2021-12-22: 2021-12-07 (video)",
            "'Общались' = any kind; the latest row before publication (no new contact reported) is 2021-12-07.",
            lambda: previous_is("Putin-Biden", "any", D("2021-12-22"), D("2021-12-07")),
            [94],
        ),
        C(
            "продлившиеся чуть больше двух часов",
            "duration",
            "supported",
            "2021-12-07: duration_min 121; 'roughly two hours'; WH 10:07-12:08 ET",
            "'Чуть больше двух часов' = more than 120 (up to 210); 121 fits.",
            lambda: duration(94, 120, "more", [121]),
            [94],
        ),
        C(
            "Это был уже пятый контакт президентов после того как Байден 20 января вступил в должность",
            "ordinal_count",
            "supported",
            "Putin-Biden rows 2021-01-21..2021-12-07: 01-26 phone, 04-13 phone, 06-16 Geneva, 07-09 phone, 12-07 video",
            "'Контакт' = any kind; after the inauguration (offices.csv: 2021-01-20) up to and including the 7 Dec video call there are 5 (4 calls + Geneva). 'Разговор' (phone/video only) would give 4, so the wording matters.",
            lambda: count_is("Putin-Biden", "any", term_start("Biden", D("2021-12-07")), D("2021-12-07"), 5),
            [83, 85, 87, 89, 94],
        ),
        C(
            "Байден встречался с Путиным только один раз — в июне",
            "count",
            "supported",
            "Putin-Biden in-person rows in Biden's term up to 2021-12-22: Geneva 2021-06-16 only",
            "'Встречался лично' = in person; one meeting, in June.",
            lambda: count_is("Putin-Biden", "meeting", term_start("Biden", D("2021-12-22")), D("2021-12-22"), 1),
            [87],
        ),
        C(
            "в 2011 году Байден, тогда вице-президент, приезжал в Москву и беседовал с Путиным",
            "other",
            "unverifiable",
            "the record covers Putin-Biden from 2021 only",
            "A 2011 contact between a vice-president and a prime minister lies outside the record's coverage: unverifiable.",
            lambda: fixed("unverifiable"),
        ),
        C(
            "новый разговор президентов возможен, но конкретных договоренностей о нем пока нет",
            "other",
            "unverifiable",
            "no date named (a call followed on 2021-12-30)",
            "A possible future call without a date: unverifiable.",
            lambda: planned("Putin-Biden", "call", None),
        ),
    ],
    [
        "из восьми и девяти статей",
        "Консультации по ним, как ожидается, пройдут в январе",
        "Неделей ранее",
    ],
)

# ---- 168 (ru, Putin-Macron, 2026-02-02; modelled on kommersant.ru) ----
article(
    168,
    "2026-02-02",
    "ru",
    "Putin-Macron",
    [
        C(
            "возможного разговора Владимира Путина с президентом Франции",
            "other",
            "unverifiable",
            "no Putin-Macron row after 2025-07-01 up to Feb 2026",
            "A possible future call without a date: unverifiable.",
            lambda: planned("Putin-Macron", "call", None),
        ),
        C(
            "Последний телефонный разговор Путина и Макрона состоялся 1 июля прошлого года",
            "previous_date",
            "supported",
            "latest Putin-Macron phone row before 2026-02-02: 2025-07-01",
            "No new contact is reported, so the latest row before publication: 2025-07-01 ('прошлого года' = 2025).",
            lambda: previous_is("Putin-Macron", "phone", D("2026-02-02"), D("2025-07-01")),
            [156],
        ),
        C(
            "Беседа, продолжавшаяся более двух часов",
            "duration",
            "supported",
            "2025-07-01: duration_min 120; Peskov: 'over two hours'",
            "'Более двух часов' = above 120 (up to 210); Peskov's 'over two hours' (taken as 121) fits.",
            lambda: duration(156, 120, "more", [("over", 120)]),
            [156],
        ),
        C(
            "стала для лидеров первой почти за три года",
            "first_in_period",
            "supported",
            "previous Putin-Macron row before 2025-07-01: 2022-09-11 (gap 2.8 years)",
            "'Почти три года' allows 2.5-3.0 years; 2022-09-11 -> 2025-07-01 is 2.8 years, no row between.",
            lambda: gap("Putin-Macron", "call", 156, 3, "years", "almost"),
            [119, 156],
        ),
        C(
            "до этого они созванивались в сентябре 2022 года",
            "previous_date",
            "supported",
            "latest Putin-Macron phone row before 2025-07-01: 2022-09-11",
            "The previous call before the July 2025 one is in September 2022.",
            lambda: previous_is("Putin-Macron", "phone", D("2025-07-01"), D("2022-09-01"), month_only=True),
            [119],
        ),
        C(
            "президенты общались очень часто",
            "frequency",
            "unverifiable",
            "2022 spring: many Putin-Macron calls (Feb-May 2022)",
            "A vague frequency word ('очень часто') is unverifiable even though the record shows many calls.",
            lambda: fixed("unverifiable"),
        ),
    ],
    [
        "В конце прошлого года",
    ],
    mutations=[
        M(
            "состоялся 1 июля прошлого года",
            "состоялся 3 июля прошлого года",
            C(
                "Последний телефонный разговор Путина и Макрона состоялся 3 июля прошлого года",
                "previous_date",
                "contradicted",
                "latest Putin-Macron phone row before 2026-02-02: 2025-07-01",
                "Altered from '1 июля' (original, supported). The record is complete for Putin-Macron 2023-2026 and the latest call is 1 July 2025, not 3 July (no time-zone note).",
                lambda: previous_is("Putin-Macron", "phone", D("2026-02-02"), D("2025-07-03")),
                [156],
            ),
        ),
    ],
)

# ---- 169 (ru, Trump-Xi, 2025-09-19 call; modelled on vedomosti.ru) ----
article(
    169,
    "2025-09-19",
    "ru",
    "Trump-Xi",
    [
        C(
            "в пятницу провели телефонный разговор",
            "other",
            "supported",
            "Trump-Xi phone 2025-09-19 (Friday)",
            "Friday on or before publication 2025-09-19 is the day itself, which has a Trump-Xi phone row.",
            lambda: on_day("Trump-Xi", "phone", weekday_on_or_before(D("2025-09-19"), FRI)),
            [169],
        ),
        C(
            "звонок начался около 8 утра по вашингтонскому времени",
            "other",
            "unverifiable",
            "row 169: call began about 8 a.m. Washington time",
            "A time of day is not checked: unverifiable.",
            lambda: fixed("unverifiable", [169]),
        ),
        C(
            "Разговор стал первым для лидеров с июня",
            "first_in_period",
            "supported",
            "Trump-Xi rows between 2025-06-05 and 2025-09-19: none (the April 2025 claim is disputed)",
            "No phone/video row strictly between the June call and the reported one.",
            lambda: none_between("Trump-Xi", "call", D("2025-06-05"), D("2025-09-19")),
            [152, 169],
        ),
        C(
            "вторым с момента возвращения Трампа в Белый дом в январе",
            "ordinal_count",
            "supported",
            "Trump-Xi phone/video rows 2025-01-21..2025-09-19: 2025-06-05, 2025-09-19 (17 Jan president-elect call before the return; disputed April row not counted)",
            "After the 2025-01-20 inauguration up to and including the reported call there are 2, the reported one the 2nd. AFP's 'third this year' counts the president-elect call, which the claim's 'since the return' excludes.",
            lambda: count_is("Trump-Xi", "call", term_start("Trump", D("2025-09-19")), D("2025-09-19"), 2),
            [152, 169],
        ),
        C(
            "Тогда, 5 июня",
            "previous_date",
            "supported",
            "latest Trump-Xi call before 2025-09-19: 2025-06-05",
            "The previous call ('тогда' = the June call) is on 5 June.",
            lambda: previous_is("Trump-Xi", "call", D("2025-09-19"), D("2025-06-05")),
            [152],
        ),
        C(
            "президенты беседовали около полутора часов",
            "duration",
            "supported",
            "2025-06-05: duration_min 90; Trump: 'approximately one and a half hours'",
            "'Около' 90 min allows 72-108; 90 fits.",
            lambda: duration(152, 90, "about", [90]),
            [152],
        ),
        C(
            "обязательно встретится с Си Цзиньпином, «когда придет время»",
            "other",
            "unverifiable",
            "no date named (Busan meeting later, 2025-10-30)",
            "A planned meeting with no date: unverifiable.",
            lambda: planned("Trump-Xi", "meeting", None),
        ),
        C(
            "саммит АТЭС в южнокорейском Кёнджу, который пройдет в конце октября",
            "other",
            "unverifiable",
            "Trump-Xi met in Busan on 2025-10-30 (APEC week)",
            "A possible venue named by experts with no calendar date ('end of October'): a planned contact without a date is unverifiable; the later Busan row is noted only.",
            lambda: planned("Trump-Xi", "meeting", None),
        ),
    ],
    [
        "15 сентября",
        "580 млрд долларов",
        "30 %",
    ],
)

# ---- 170 (en, Putin-Xi, 2025-02-24 call; modelled on anews.com.tr) ----
article(
    170,
    "2025-02-24",
    "en",
    "Putin-Xi",
    [
        C(
            "spoke by telephone on Monday",
            "other",
            "supported",
            "Putin-Xi phone 2025-02-24 (Monday)",
            "Monday on or before publication 2025-02-24 is the day itself, which has a Putin-Xi phone row.",
            lambda: on_day("Putin-Xi", "phone", weekday_on_or_before(D("2025-02-24"), MON)),
            [139],
        ),
        C(
            "made at Moscow's request",
            "other",
            "supported",
            "2025-02-24 initiator: Russia (CCTV/Xinhua: at the request of the Russian side)",
            "The row's initiator is the Russian side.",
            lambda: initiator(139, "Russia"),
            [139],
        ),
        C(
            "It was the second call between the two leaders since Donald Trump returned to the White House last month",
            "ordinal_count",
            "supported",
            "Putin-Xi phone/video rows 2025-01-21..2025-02-24: 2025-01-21 (video), 2025-02-24 (phone)",
            "'Call' = phone or video; after the 20 Jan inauguration up to and including the reported call there are 2. 'Phone call' only would give 1, which is why the wording says 'call'.",
            lambda: count_is("Putin-Xi", "call", D("2025-01-20"), D("2025-02-24"), 2),
            [136, 139],
        ),
        C(
            "On January 21, a day after the inauguration, Xi and Putin held a video call",
            "other",
            "supported",
            "Putin-Xi video 2025-01-21",
            "A video row on 21 January 2025.",
            lambda: on_day("Putin-Xi", "video", D("2025-01-21")),
            [136],
        ),
        C(
            "lasted an hour and 35 minutes",
            "duration",
            "supported",
            "2025-01-21: duration_min 95; Ushakov: 1 hour 35 minutes",
            "A bare 95 min allows 85.5-104.5; 95 fits.",
            lambda: duration(136, 95, "bare", [95]),
            [136],
        ),
        C(
            "The Chinese and Russian leaders last met in person in October",
            "previous_date",
            "supported",
            "latest Putin-Xi in-person row before 2025-02-24: 2024-10-22 (Kazan)",
            "The latest meeting before the reported call is in October 2024.",
            lambda: previous_is("Putin-Xi", "meeting", D("2025-02-24"), D("2024-10-01"), month_only=True),
            [131],
        ),
    ],
    [
        "three years after",
        "February 24, 2022",
        "less than a week",
        "met for talks in Riyadh",
        "about $245 billion",
    ],
    mutations=[
        M(
            "lasted an hour and 35 minutes",
            "lasted an hour and 55 minutes",
            C(
                "lasted an hour and 55 minutes",
                "duration",
                "contradicted",
                "2025-01-21: duration_min 95; Ushakov: 1 hour 35 minutes",
                "Altered from '35 minutes' (original, supported). A bare 115 min allows 103.5-126.5; the only official figure, 95, is outside.",
                lambda: duration(136, 115, "bare", [95]),
                [136],
            ),
        ),
    ],
)

# ---- 171 (en, Putin-Xi and Trump-Xi, 2026-02-04; modelled on indiatvnews.com) ----
article(
    171,
    "2026-02-04",
    "en",
    "Putin-Xi",
    [
        C(
            "spoke by telephone with Donald Trump on Wednesday",
            "other",
            "supported",
            "Trump-Xi phone 2026-02-04 (Wednesday)",
            "Wednesday on or before publication 2026-02-04 is the day itself, which has a Trump-Xi phone row.",
            lambda: on_day("Trump-Xi", "phone", weekday_on_or_before(D("2026-02-04"), WED)),
            [182],
        ),
        C(
            "only hours after a video conversation with Russian President Vladimir Putin",
            "other",
            "supported",
            "Putin-Xi video 2026-02-04",
            "A Putin-Xi video row on the same day.",
            lambda: on_day("Putin-Xi", "video", D("2026-02-04")),
            [181],
        ),
        C(
            "the video call with Putin lasted more than an hour",
            "duration",
            "supported",
            "2026-02-04: duration_min 85; Ushakov: 1 hour 25 minutes",
            "'More than an hour' = above 60 (up to 120); 85 fits.",
            lambda: duration(181, 60, "more", [85]),
            [181],
        ),
        C(
            "had run to 1 hour and 25 minutes",
            "duration",
            "supported",
            "2026-02-04: duration_min 85",
            "A bare 85 min allows 76.5-93.5; 85 fits.",
            lambda: duration(181, 85, "bare", [85]),
            [181],
        ),
        C(
            "The Xi-Trump call was the first between the two leaders this year",
            "ordinal_count",
            "supported",
            "Trump-Xi rows 2026-01-01..2026-02-04: 2026-02-04 only",
            "From 1 January 2026 up to and including the reported call there is 1 contact of any kind.",
            lambda: count_is("Trump-Xi", "any", D("2026-01-01"), D("2026-02-04"), 1, start_incl=True),
            [182],
        ),
        C(
            "They last spoke by phone in November",
            "previous_date",
            "supported",
            "latest Trump-Xi phone row before 2026-02-04: 2025-11-24",
            "The latest phone row before the reported call is in November 2025.",
            lambda: previous_is("Trump-Xi", "phone", D("2026-02-04"), D("2025-11-01"), month_only=True),
            [176],
        ),
        C(
            "weeks after meeting in Busan, South Korea, at the end of October",
            "previous_date",
            "supported",
            "latest Trump-Xi in-person row before 2026-02-04: 2025-10-30 (Busan)",
            "The latest meeting is on 30 October 2025, the end of October.",
            lambda: previous_is("Trump-Xi", "meeting", D("2026-02-04"), D("2025-10-01"), month_only=True),
            [175],
        ),
        C(
            "his trip to China in April",
            "other",
            "unverifiable",
            "record stops at 2026-02-04 for Trump-Xi",
            "A trip or visit to a country is not a contact, and it is planned: unverifiable.",
            lambda: planned("Trump-Xi", "meeting", None),
        ),
        C(
            "Xi is expected to pay a return visit to the United States later in the year",
            "other",
            "unverifiable",
            "no date",
            "A planned visit without a date: unverifiable.",
            lambda: planned("Trump-Xi", "meeting", None),
        ),
    ],
    [
        "since the start of 2026",
        "a one-year truce",
        "several rounds of trade talks",
    ],
)

# ---- 172 (en, Trump-Zelensky, 2025-08-18 meeting; modelled on en.lb.ua) ----
article(
    172,
    "2025-08-18",
    "en",
    "Trump-Zelensky",
    [
        C(
            "met in the Oval Office on Monday",
            "other",
            "supported",
            "Trump-Zelensky in-person 2025-08-18 (Monday)",
            "Monday on or before publication 2025-08-18 is the day itself, which has a meeting row.",
            lambda: on_day("Trump-Zelensky", "meeting", weekday_on_or_before(D("2025-08-18"), MON)),
            [164],
        ),
        C(
            "their ill-fated encounter there on February 28",
            "other",
            "supported",
            "Trump-Zelensky in-person 2025-02-28 (White House)",
            "A meeting row on 28 February 2025.",
            lambda: on_day("Trump-Zelensky", "meeting", D("2025-02-28")),
            [140],
        ),
        C(
            "It was their fourth face-to-face meeting this year",
            "ordinal_count",
            "supported",
            "Trump-Zelensky in-person rows 2025-01-01..2025-08-18: 02-28, 04-26 (Vatican), 06-25 (The Hague), 08-18",
            "'Face-to-face' = in person; 2025 (bilateral believed complete) holds 4 up to and including the reported one.",
            lambda: count_is(
                "Trump-Zelensky", "meeting", D("2025-01-01"), D("2025-08-18"), 4, start_incl=True, visits=True
            ),
            [140, 143, 155, 164],
        ),
        C(
            "a brief conversation inside St Peter's Basilica before Pope Francis's funeral in April",
            "other",
            "supported",
            "Trump-Zelensky in-person 2025-04-26 (Vatican, about 15 minutes)",
            "A meeting row in April 2025.",
            lambda: in_month("Trump-Zelensky", "meeting", 2025, 4),
            [143],
        ),
        C(
            "talks at the NATO summit in The Hague in June",
            "other",
            "supported",
            "Trump-Zelensky in-person 2025-06-25 (The Hague)",
            "A meeting row in June 2025.",
            lambda: in_month("Trump-Zelensky", "meeting", 2025, 6),
            [155],
        ),
        C(
            "Trump broke off the talks to phone Russian President Vladimir Putin",
            "other",
            "supported",
            "Putin-Trump phone 2025-08-18 (US date; 19 Aug in Moscow)",
            "A Putin-Trump phone row on 18 August 2025.",
            lambda: on_day("Putin-Trump", "phone", D("2025-08-18")),
            [163],
        ),
        C(
            "that call lasted about 40 minutes",
            "duration",
            "supported",
            "2025-08-18: duration_min 40; Ushakov: 'about 40 minutes'",
            "'About' 40 min allows 30-50; 40 fits.",
            lambda: duration(163, 40, "about", [40]),
            [163],
        ),
        C(
            "Trump had briefed Zelensky by phone on Saturday",
            "other",
            "supported",
            "Trump-Zelensky phone 2025-08-16 (Saturday; held in flight)",
            "Saturday before publication is 2025-08-16, which has a phone row.",
            lambda: on_day("Trump-Zelensky", "phone", weekday_on_or_before(D("2025-08-18"), SAT)),
            [162],
        ),
        C(
            "lasted more than an hour and a half",
            "duration",
            "supported",
            "2025-08-16: duration_min 90; Zelensky: 'more than an hour and a half'",
            "'More than' 90 = above 90 (up to 165); Zelensky's 'more than an hour and a half' (taken as 91) fits.",
            lambda: duration(162, 90, "more", [("over", 90)]),
            [162],
        ),
        C(
            "possibly followed by a three-way summit",
            "other",
            "unverifiable",
            "no trilateral Putin-Trump-Zelensky row",
            "A planned contact without a date: unverifiable.",
            lambda: planned("Trump-Zelensky", "meeting", None),
        ),
    ],
    [
        "a meeting between Putin and Zelensky",
        "seven European leaders",
        "worth billions of dollars",
    ],
    mutations=[
        M(
            "their fourth face-to-face meeting",
            "their third face-to-face meeting",
            C(
                "It was their third face-to-face meeting this year",
                "ordinal_count",
                "contradicted",
                "Trump-Zelensky in-person rows 2025-01-01..2025-08-18: 4",
                "Altered from 'fourth' (original, supported). 2025 bilateral contacts are believed complete; 4 meetings up to and including the reported one (3 before it, but 'their third ... this year' names the reported meeting), no reading gives 3.",
                lambda: count_is(
                    "Trump-Zelensky", "meeting", D("2025-01-01"), D("2025-08-18"), 3, start_incl=True, visits=True
                ),
                [140, 143, 155, 164],
            ),
        ),
    ],
)

# ---- 173 (en, Trump-Zelensky, planned 2024-09-27 meeting; modelled on united24media.com) ----
article(
    173,
    "2024-09-26",
    "en",
    "Trump-Zelensky",
    [
        C(
            "he would meet Ukrainian President Volodymyr Zelensky on Friday, September 27",
            "other",
            "supported",
            "Trump-Zelensky in-person 2024-09-27 (Trump Tower, New York)",
            "A planned meeting the record holds on the planned day: supported.",
            lambda: planned("Trump-Zelensky", "meeting", D("2024-09-27")),
            [130],
        ),
        C(
            "in what would be their first meeting since 2019",
            "first_in_period",
            "supported",
            "Trump-Zelensky in-person rows 2020-01-01..2024-09-26: none (previous meeting 2019-09-25)",
            "No meeting row after 2019 before the planned one.",
            lambda: none_between("Trump-Zelensky", "meeting", D("2019-12-31"), D("2024-09-27")),
            [130],
        ),
        C(
            "at around 9:45 am",
            "other",
            "unverifiable",
            "row 130 has no time",
            "A time of day is not checked: unverifiable.",
            lambda: fixed("unverifiable", [130]),
        ),
        C(
            "Their only meeting during Trump's presidency took place on the sidelines of the UN General Assembly in September 2019",
            "count",
            "supported",
            "Trump-Zelensky in-person rows 2017-01-20..2021-01-20: 2019-09-25 only",
            "Trump's first term (complete for the pair) holds exactly one meeting, in September 2019.",
            lambda: count_is("Trump-Zelensky", "meeting", D("2017-01-20"), D("2021-01-20"), 1),
            [60],
        ),
        C(
            "a July phone call that led to Trump's first impeachment",
            "other",
            "supported",
            "Trump-Zelensky phone 2019-07-25",
            "'July' in a passage narrating 2019 takes 2019: a phone row on 25 July 2019.",
            lambda: in_month("Trump-Zelensky", "phone", 2019, 7),
            [56],
        ),
        C(
            "They spoke by phone again in July",
            "previous_date",
            "supported",
            "latest Trump-Zelensky phone row before 2024-09-26: 2024-07-19",
            "The latest phone row before publication is in July 2024.",
            lambda: previous_is("Trump-Zelensky", "phone", D("2024-09-26"), D("2024-07-01"), month_only=True),
            [129],
        ),
    ],
    [
        "Zelensky met Vice President Kamala Harris",
        "after talks with President Joe Biden at the White House",
        "within 24 hours",
        "since 2022",
        "more than $8 billion",
    ],
)

# ARTICLE SPECS END


if __name__ == "__main__":
    main()
