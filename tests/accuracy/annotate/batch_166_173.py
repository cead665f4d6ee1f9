#!/usr/bin/env python3
"""Gold annotations for the incoming batch 166-173 (articles 166-173 and their mutated copies).

Stdlib only (Python 3.11). Modelled on tests/accuracy/annotate/batch_146_165.py, whose helpers are
copied here (not imported): loads the reference record (../shared/reference/contacts.csv and
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

import csv
import datetime as dt
import re
import sys

from merge import ARTICLES as ART, reference_dir, write_batch


REF = reference_dir()
CHECK = "--check" in sys.argv[1:]
D = dt.date.fromisoformat

# ---------------------------------------------------------------------------------------------
# The record
# ---------------------------------------------------------------------------------------------
ROWS: dict[int, dict] = {}
with open(REF / "contacts.csv", encoding="utf-8", newline="") as fh:
    for r in csv.DictReader(fh):
        r["id"] = int(r["id"])
        r["date"] = D(r["date"])
        r["part_of"] = int(r["part_of"]) if r["part_of"] else None
        r["duration_min"] = int(r["duration_min"]) if r["duration_min"] else None
        ROWS[r["id"]] = r
with open(REF / "offices.csv", encoding="utf-8", newline="") as fh:
    OFFICES = list(csv.DictReader(fh))
assert len(ROWS) >= 190, "record looks truncated"
assert "First direct contact since Trump left office in 2021" in ROWS[135]["notes"]
assert "First in-person meeting since Osaka" in ROWS[175]["notes"]

PEOPLE = {
    "Putin": "Vladimir Putin",
    "Trump": "Donald Trump",
    "Biden": "Joe Biden",
    "Xi": "Xi Jinping",
    "Zelensky": "Volodymyr Zelensky",
    "Macron": "Emmanuel Macron",
}
KINDS = {
    "phone": {"phone"},  # "phone call", "telephone", "by phone"
    "call": {"phone", "video"},  # "call", "conversation", "разговор", "беседа"
    "video": {"video"},
    "meeting": {"in_person"},  # "meeting", "summit", "встреча", "face-to-face"
    "any": {"phone", "video", "in_person"},  # "contact", "talks", "spoke" without a medium
}


def people(pair: str) -> frozenset:
    a, b = pair.split("-")
    return frozenset((PEOPLE[a], PEOPLE[b]))


def term_start(person: str, on: dt.date) -> dt.date:
    """Start of the office term `person` held on `on` (offices.csv)."""
    for o in OFFICES:
        s, e = D(o["start"]), (D(o["end"]) if o["end"] else dt.date.max)
        if o["person"] == PEOPLE[person] and s <= on < e:
            return s
    raise AssertionError(f"{person} not in office on {on}")


def office_start(person: str, office_word: str) -> list[dt.date]:
    return [D(o["start"]) for o in OFFICES if o["person"] == PEOPLE[person] and office_word in o["office"]]


def select(
    pairs,
    kinds="any",
    start=None,
    end=None,
    start_incl=False,
    end_incl=True,
    visits=False,
    bilateral=False,
    in_office=False,
    drop=(),
):
    """Confirmed rows of the pair(s) and kinds in the window.

    start/end are dates; by default the window is (start, end] - "since X" = after X, "up to and
    including" the reported contact. visits=True counts a visit once (drops part_of rows).
    bilateral=True drops TRILATERAL/MULTILATERAL rows. in_office=True drops CONTEXT ONLY and
    PRESIDENT-ELECT rows. Disputed rows never count.
    """
    if isinstance(pairs, str):
        pairs = [pairs]
    sets = {people(p) for p in pairs}
    out = []
    for r in ROWS.values():
        if frozenset((r["person_a"], r["person_b"])) not in sets:
            continue
        if r["status"] != "confirmed":
            continue
        if r["kind"] not in KINDS[kinds]:
            continue
        d = r["date"]
        if start is not None and (d < start or (d == start and not start_incl)):
            continue
        if end is not None and (d > end or (d == end and not end_incl)):
            continue
        if visits and r["part_of"]:
            continue
        if bilateral and re.match(r"(TRILATERAL|MULTILATERAL)", r["topics"]):
            continue
        if in_office and r["notes"].startswith(("CONTEXT ONLY", "PRESIDENT-ELECT")):
            continue
        if r["id"] in drop:
            continue
        out.append(r)
    return sorted(out, key=lambda r: (r["date"], r["id"]))


def ids(rows) -> list[int]:
    return [r["id"] for r in rows]


# Periods for which the record is complete for a pair (NOTES-russia-us.md, NOTES-more-pairs.md).
COMPLETE = {
    "Putin-Trump": [
        ("2017-01-20", "2021-01-20"),
        ("2025-01-01", "2026-03-09"),
    ],  # NOTES: 2025 complete (Ushakov's tally)
    "Putin-Biden": [("2021-01-20", "2025-01-20")],
    # 2017-2020 and 2024-11-05..2026-02-04 complete; 2021-2024 bridged by the row notes: the 2025-01-17
    # call was the 'first direct contact since Trump left office in 2021' (row 135) and Busan the first
    # meeting since Osaka 2019 (row 175).
    "Trump-Xi": [("2017-01-20", "2026-02-04")],
    "Trump-Zelensky": [("2019-04-21", "2021-01-20"), ("2025-01-01", "2026-02-25")],  # 2025: bilateral believed complete
    # 2017-2021 incomplete; early 2022 may miss one call before 7 Feb (row 102 notes).
    "Putin-Macron": [("2022-02-07", "2026-02-09")],
    "Putin-Xi": [("2021-01-01", "2026-02-04")],
}


def complete(pair: str, start: dt.date, end: dt.date) -> bool:
    return any(D(s) <= start and end <= D(e) for s, e in COMPLETE[pair])


def tz_match(row: dict, day: dt.date) -> bool:
    """A contact on `day` matches the row on its date, or D+-1 where the notes name the other
    time zone's date."""
    if row["date"] == day:
        return True
    n = row["notes"]
    return abs((row["date"] - day).days) == 1 and ("TIME ZONE" in n or "dates it" in n or "call it the" in n)


def weekday_on_or_before(pub: dt.date, weekday: int) -> dt.date:
    d = pub
    while d.weekday() != weekday:
        d -= dt.timedelta(days=1)
    return d


MON, TUE, WED, THU, FRI, SAT, SUN = range(7)

# ---------------------------------------------------------------------------------------------
# Verdict helpers: each returns (verdict, record_ids, note)
# ---------------------------------------------------------------------------------------------


def on_day(pair, kinds, day, **kw):
    """The reported contact itself: a matching row on `day` (or D+-1 by time zone)."""
    rs = [
        r
        for r in select(pair, kinds, day - dt.timedelta(days=1), day + dt.timedelta(days=1), start_incl=True, **kw)
        if tz_match(r, day)
    ]
    if rs:
        return "supported", ids(rs), ""
    p = pair if isinstance(pair, str) else pair[0]
    return ("contradicted" if complete(p, day, day) else "unverifiable"), [], "no row"


def planned(pair, kinds, day=None, **kw):
    """A planned/future contact: supported only if the record holds it on the planned date."""
    if day is not None:
        rs = [
            r
            for r in select(pair, kinds, day - dt.timedelta(days=1), day + dt.timedelta(days=1), start_incl=True, **kw)
            if tz_match(r, day)
        ]
        if rs:
            return "supported", ids(rs), ""
    return "unverifiable", [], "planned contact not in the record on the planned date"


def count_is(pair, kinds, start, end, n, readings=None, at_least=False, **kw):
    """'The Nth' / 'N times': the number of matching rows in the window is n (>= n for 'at least').

    readings: optional list of dicts overriding select() arguments - the claim is supported if ANY
    reasonable reading fits; contradicted only if none fits and the record is complete.
    Returns the row ids of the first reading (the default), or of the fitting one.
    """
    readings = readings or [{}]
    first = None
    for rd in readings:
        args = dict(kinds=kinds, start=start, end=end)
        args.update(kw)
        args.update(rd)
        rs = select(pair, **args)
        if first is None:
            first = rs
        ok = len(rs) >= n if at_least else len(rs) == n
        if ok:
            return "supported", ids(rs), f"{len(rs)} rows"
    p = pair if isinstance(pair, str) else pair[0]
    s = start or min(r["date"] for r in first)
    return ("contradicted" if complete(p, s, end) else "unverifiable"), ids(first), f"{len(first)} rows"


def previous_is(pair, kinds, before, claimed, before_incl=False, month_only=False, **kw):
    """'Last/previous contact was on D': the latest matching row before `before` is on D
    (month_only: in that month)."""
    rs = select(pair, kinds, None, before, end_incl=before_incl, **kw)
    assert rs, "no earlier row at all"
    last = rs[-1]
    if month_only:
        ok = (last["date"].year, last["date"].month) == (claimed.year, claimed.month)
    else:
        ok = tz_match(last, claimed)
    if ok:
        return "supported", [last["id"]], str(last["date"])
    p = pair if isinstance(pair, str) else pair[0]
    return ("contradicted" if complete(p, claimed, before) else "unverifiable"), [last["id"]], str(last["date"])


def none_between(pair, kinds, after, before, **kw):
    """'First X since Y': no matching row strictly between the two dates."""
    rs = select(pair, kinds, after, before, start_incl=False, end_incl=False, **kw)
    if not rs:
        # cite the bounding rows (the contact named as 'since' and the reported one), where they exist
        bounds = [
            r
            for r in select(pair, "any", after, after, start_incl=True)
            + select(pair, "any", before, before, start_incl=True)
            if not r["part_of"]
        ]
        return "supported", ids(bounds), "none between"
    p = pair if isinstance(pair, str) else pair[0]
    return ("contradicted" if complete(p, after, before) else "unverifiable"), ids(rs), "rows between"


def gap_fits(d_prev, d_cur, n, unit, q):
    if unit == "years":
        v = (d_cur - d_prev).days / 365.25
    else:
        v = (d_cur - d_prev).days / 30.4375
    if q in ("about", "bare"):
        ok = abs(v - n) <= 0.5
    elif q == "almost":
        ok = n - 0.5 <= v <= n
    elif q == "more":
        ok = v > n
    else:
        raise ValueError(q)
    return ok, round(v, 2)


def gap(pair, kinds, cur_row, n, unit, q, **kw):
    """'First in N years/months', 'after a pause of N', 'впервые за N': the gap from the previous
    matching row to the reported one is in the band, and no row lies between (by construction)."""
    cur = ROWS[cur_row]
    prev = [
        r
        for r in select(pair, kinds, None, cur["date"], **kw)
        if r["id"] != cur_row and (r["date"], r["id"]) < (cur["date"], cur["id"])
    ]
    last = prev[-1]
    ok, v = gap_fits(last["date"], cur["date"], n, unit, q)
    if ok:
        return "supported", [last["id"], cur_row], f"{v} {unit}"
    p = pair if isinstance(pair, str) else pair[0]
    return (
        ("contradicted" if complete(p, last["date"], cur["date"]) else "unverifiable"),
        [last["id"], cur_row],
        f"{v} {unit}",
    )


def band(x, q):
    if q == "about":
        w = max(0.2 * x, 10)
        return x - w, x + w, True
    if q == "nearly":
        return 0.75 * x, x, True
    if q == "more":
        return x, 1.5 * x + 30, False  # above x (exclusive)
    if q == "bare":
        return 0.9 * x, 1.1 * x, True
    raise ValueError(q)


def duration(row_id, x, q, figures):
    """Duration claim: fits if it fits ANY official figure. `figures` are the minutes named in
    duration_min/duration_text (we list them by hand; duration_min must be among them)."""
    r = ROWS[row_id]
    if r["duration_min"] is not None:
        assert r["duration_min"] in [f[1] if isinstance(f, tuple) else f for f in figures], (
            row_id,
            r["duration_min"],
            figures,
        )
    if not figures:
        assert r["duration_min"] is None and not re.search(r"\d|hour|minute", r["duration_text"]), row_id
        return "unverifiable", [row_id], "no duration in the record"
    lo, hi, incl = band(x, q)
    # a figure given as ("over", v) is an official 'more than v' / 'a little over v': taken as v + 1
    vals = [f[1] + 1 if isinstance(f, tuple) else f for f in figures]
    fits = [f for f in vals if (lo <= f <= hi if incl else lo < f <= hi)]
    return ("supported" if fits else "contradicted"), [row_id], f"band {lo:g}-{hi:g}, figures {figures}"


def elapsed(row_id, x, figures):
    """Time elapsed at a reported moment: unverifiable, contradicted only if every recorded total is
    shorter than the stated elapsed time."""
    if figures and all(f < x for f in figures):
        return "contradicted", [row_id], "all totals shorter"
    return "unverifiable", [row_id], "elapsed time is not a duration"


def initiator(row_id, side):
    """Who placed/requested the call, where a readout says so (initiator column)."""
    r = ROWS[row_id]
    if not r["initiator"] or r["initiator"].startswith("disputed"):
        return "unverifiable", [row_id], "initiator not recorded or disputed"
    return ("supported" if r["initiator"].startswith(side) else "contradicted"), [row_id], r["initiator"]


def fixed(verdict, row_ids=(), note=""):
    """For claims the record cannot decide by construction (vague words, times of day, trips,
    denied contacts, pairs or periods outside the record). The caller's `why` says which."""
    return verdict, list(row_ids), note


# ---------------------------------------------------------------------------------------------
# Articles
# ---------------------------------------------------------------------------------------------
ARTICLES: list[dict] = []


def article(num, published, language, pair, claims, distractors, mutations=None):
    ARTICLES.append(
        dict(
            num=num,
            published=D(published),
            language=language,
            pair=pair,
            claims=claims,
            distractors=distractors,
            mutations=mutations or [],
        )
    )


def C(quote, kind, verdict, record_says, why, check, expect_ids=None, occurrences=1):
    return dict(
        quote=quote,
        kind=kind,
        verdict=verdict,
        record_says=record_says,
        why=why,
        check=check,
        expect_ids=expect_ids,
        occurrences=occurrences,
    )


def M(old, new, claim):
    """A mutation: replace `old` (found exactly once) by `new`; `claim` is the gold claim for the
    altered quote (which must be `new` or contain it)."""
    return dict(old=old, new=new, claim=claim)


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


# ---------------------------------------------------------------------------------------------
# Build
# ---------------------------------------------------------------------------------------------
def run_claim(c, label):
    verdict, rids, note = c["check"]()
    assert verdict == c["verdict"], f"{label}: computed {verdict} ({note}), intended {c['verdict']}: {c['quote']!r}"
    if c["expect_ids"] is not None:
        assert sorted(rids) == sorted(c["expect_ids"]), f"{label}: rows {rids} != expected {c['expect_ids']}"
    out = {
        "quote": c["quote"],
        "kind": c["kind"],
        "occurrences": c["occurrences"],
        "verdict": verdict,
        "record_says": c["record_says"],
        "why": c["why"],
        "record_ids": rids,
    }
    return out


def check_quotes(text, claims, distractors, label):
    for c in claims:
        n = text.count(c["quote"])
        assert n == c["occurrences"], f"{label}: quote found {n}x (want {c['occurrences']}): {c['quote']!r}"
    for d in distractors:
        assert d in text, f"{label}: distractor not found: {d!r}"
        for c in claims:
            assert d not in c["quote"] and c["quote"] not in d, f"{label}: distractor overlaps claim {d!r}"


def header_date(text):
    m = re.match(r"\s*date (\d{4}-\d{2}-\d{2})\n\n", text)
    assert m, "dateline missing or not followed by a blank line"
    return D(m.group(1))


def main():
    gold = []
    seen = set()
    for a in ARTICLES:
        name = f"{a['num']}.txt"
        assert name not in seen
        seen.add(name)
        text = (ART / name).read_text(encoding="utf-8")
        assert header_date(text) == a["published"], name
        body_words = len(re.findall(r"\w+", text.split("\n", 2)[2]))
        assert 150 <= body_words <= 400, f"{name}: {body_words} words"
        check_quotes(text, a["claims"], a["distractors"], name)
        claims = [run_claim(c, name) for c in a["claims"]]
        gold.append(
            {
                "article": name,
                "published": str(a["published"]),
                "language": a["language"],
                "pair": a["pair"],
                "claims": claims,
                "distractors": a["distractors"],
            }
        )
        if a["mutations"]:
            mtext = text
            mclaims = list(a["claims"])
            for mu in a["mutations"]:
                assert mtext.count(mu["old"]) == 1, f"m{name}: mutation source not unique: {mu['old']!r}"
                mtext = mtext.replace(mu["old"], mu["new"])
                # the altered claim replaces the original claim whose quote contained `old`
                hit = [i for i, c in enumerate(mclaims) if mu["old"] in c["quote"] or c["quote"] in mu["old"]]
                assert len(hit) == 1, f"m{name}: mutation must hit exactly one claim: {mu['old']!r}"
                mclaims[hit[0]] = mu["claim"]
                assert mu["claim"]["verdict"] == "contradicted"
            mname = "m" + name
            if CHECK:
                assert (ART / mname).read_text(encoding="utf-8") == mtext, f"{mname} differs from its mutations"
            else:
                (ART / mname).write_text(mtext, encoding="utf-8")
            check_quotes(mtext, mclaims, a["distractors"], mname)
            out = []
            for c in mclaims:
                oc = run_claim(c, mname)
                if any(c is mu["claim"] for mu in a["mutations"]):
                    oc["mutated"] = True
                out.append(oc)
            gold.append(
                {
                    "article": mname,
                    "published": str(a["published"]),
                    "language": a["language"],
                    "pair": a["pair"],
                    "claims": out,
                    "distractors": a["distractors"],
                }
            )
    write_batch(gold, CHECK)


if __name__ == "__main__":
    main()
