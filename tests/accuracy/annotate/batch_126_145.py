#!/usr/bin/env python3
"""Compute the gold verdicts of batch 126-145 (articles 126-145 and their mutated copies) from the record.

Stdlib only. Loads ../shared/reference/contacts.csv and offices.csv, evaluates every claim's check
against the rows (counts list the row ids they count, gaps compute the gap, durations test every
official figure), asserts that the computed verdict equals the intended one and that every quote and
distractor is an exact substring of its article, writes the mutated copies and this batch's entries of
tests/accuracy/gold.json. The sources and claim shapes are in batch_126_145.md.

Run:  python3 tests/accuracy/annotate/batch_126_145.py [--check] [--verbose]
      (--check compares with the committed articles and gold instead of writing; --verbose shows each count)
"""

from __future__ import annotations

import csv
import datetime as dt
import re
import sys

from merge import ARTICLES, reference_dir, write_batch

REF = reference_dir()
CHECK = "--check" in sys.argv[1:]
VERBOSE = "--verbose" in sys.argv[1:]


def say(*args: object) -> None:
    if VERBOSE:
        print(*args)


D = dt.date.fromisoformat

# ---------------------------------------------------------------------------------------------
# The record
# ---------------------------------------------------------------------------------------------


class Row:
    def __init__(self, r: dict):
        self.id = int(r["id"])
        self.date = D(r["date"])
        self.kind = r["kind"]
        self.a = r["person_a"]
        self.b = r["person_b"]
        self.status = r["status"]
        self.part_of = int(r["part_of"]) if r["part_of"] else None
        self.initiator = r["initiator"]
        self.duration_min = int(r["duration_min"]) if r["duration_min"] else None
        self.duration_text = r["duration_text"]
        self.location = r["location"]
        self.topics = r["topics"]
        self.notes = r["notes"]

    @property
    def disputed(self) -> bool:
        return self.status != "confirmed" or self.notes.startswith("DISPUTED")

    @property
    def context_only(self) -> bool:
        return self.notes.startswith("CONTEXT ONLY")

    @property
    def president_elect(self) -> bool:
        return self.notes.startswith("PRESIDENT-ELECT") or "President-elect" in self.b

    @property
    def tz_note(self) -> bool:
        return "TIME ZONE" in self.notes

    def __repr__(self) -> str:
        return f"<{self.id} {self.date} {self.kind} {self.a}/{self.b}>"


ROWS = [Row(r) for r in csv.DictReader(open(REF / "contacts.csv", encoding="utf-8"))]
BY_ID = {r.id: r for r in ROWS}
OFFICES = list(csv.DictReader(open(REF / "offices.csv", encoding="utf-8")))


def office_start(person: str, after: str = "1900-01-01") -> dt.date:
    starts = sorted(D(o["start"]) for o in OFFICES if o["person"] == person and D(o["start"]) >= D(after))
    return starts[0]


PAIRS = {
    "Putin-Trump": [("Vladimir Putin", "Donald Trump")],
    "Putin-Biden": [("Vladimir Putin", "Joe Biden")],
    "Russia-US": [("Vladimir Putin", "Donald Trump"), ("Vladimir Putin", "Joe Biden")],
    "Trump-Xi": [("Xi Jinping", "Donald Trump")],
    "Trump-Zelensky": [("Volodymyr Zelensky", "Donald Trump")],
    "Putin-Macron": [("Vladimir Putin", "Emmanuel Macron")],
    "Putin-Xi": [("Vladimir Putin", "Xi Jinping")],
}
CALL = ("phone", "video")
ANY = ("phone", "video", "in_person")
MEET = ("in_person",)
PHONE = ("phone",)
VIDEO = ("video",)


def is_brief(r: Row) -> bool:
    """Brief or informal encounters as the record describes them (not formal talks)."""
    t = r.duration_text.lower()
    return t.startswith("brief") or t.startswith("informal") or r.notes.startswith("Brief encounter")


def select(
    pair, kinds=ANY, start=None, end=None, *, once=True, context=True, pe=True, brief=True, group=True, exclude=()
):
    """Matching rows, oldest first. Disputed rows never count. once: part_of rows (same visit) dropped.
    start/end are inclusive ISO dates. context/pe: keep CONTEXT ONLY / PRESIDENT-ELECT rows.
    brief: keep brief encounters. group: keep group (TRILATERAL/MULTILATERAL) contacts. exclude: row ids a
    reading leaves out (each use says why)."""
    people = PAIRS[pair]
    out = []
    for r in ROWS:
        if (r.a, r.b) not in people or r.kind not in kinds or r.disputed:
            continue
        if once and r.part_of:
            continue
        if r.id in exclude:
            continue
        if not context and r.context_only:
            continue
        if not pe and r.president_elect:
            continue
        if not brief and is_brief(r):
            continue
        if not group and re.match(r"(TRILATERAL|MULTILATERAL)", r.topics):
            continue
        if start and r.date < D(start):
            continue
        if end and r.date > D(end):
            continue
        out.append(r)
    return sorted(out, key=lambda r: (r.date, r.id))


def ids(rows):
    return [r.id for r in rows]


# ---------------------------------------------------------------------------------------------
# Checks. Each returns (verdict, record_ids) and asserts what it relies on.
# ---------------------------------------------------------------------------------------------


def on(pair, date, kinds=ANY, tz=True, **kw):
    """A contact reported on `date` (D, or D+-1 where the row notes name the other time zone)."""
    d = D(date)
    hits = [
        r
        for r in select(pair, kinds, once=False, **kw)
        if r.date == d or (tz and r.tz_note and abs((r.date - d).days) == 1)
    ]
    assert hits, f"no {pair} {kinds} row on {date}"
    return "supported", ids(hits)


def on_month(pair, ym, kinds=ANY, **kw):
    hits = [r for r in select(pair, kinds, **kw) if r.date.isoformat().startswith(ym)]
    assert hits, f"no {pair} row in {ym}"
    return "supported", ids(hits)


def count(n, *readings, complete=True):
    """readings: dicts for select(); supported if any reading gives n, else contradicted (record
    complete) or unverifiable (record incomplete)."""
    results = []
    for rd in readings:
        rd = dict(rd)
        pair = rd.pop("pair")
        kinds = rd.pop("kinds", ANY)
        rs = select(pair, kinds, **rd)
        results.append(rs)
        if len(rs) == n:
            return "supported", ids(rs)
    say(f"    count {n}: readings give {[len(r) for r in results]}")
    return ("contradicted" if complete else "unverifiable"), ids(results[0])


def ordinal(n, date, *readings, complete=True):
    """'The Nth': the count of matching contacts in the window up to and including the reported one
    (which must be the last row of the window, on `date`)."""
    for rd in readings:
        rs = select(rd["pair"], rd.get("kinds", ANY), **{k: v for k, v in rd.items() if k not in ("pair", "kinds")})
        assert rs and any(r.date == D(date) for r in rs), f"reported contact {date} not in window"
    return count(n, *readings, complete=complete)


def previous(pair, before, expect, kinds=ANY, tz=True, exclude=(), **kw):
    """Latest matching row strictly before `before` (ISO date; ids in `exclude` skipped). expect:
    'YYYY-MM-DD' (D+-1 for time-zone rows), 'YYYY-MM' (month) or (lo, hi) inclusive range."""
    rs = [r for r in select(pair, kinds, end=before, **kw) if r.date < D(before) and r.id not in exclude]
    assert rs, f"no earlier {pair} row before {before}"
    last = rs[-1]
    same = [r for r in rs if r.date == last.date]
    if isinstance(expect, tuple):
        ok = D(expect[0]) <= last.date <= D(expect[1])
    elif len(expect) in (4, 7):
        ok = last.date.isoformat().startswith(expect)
    else:
        ok = last.date == D(expect) or (tz and last.tz_note and abs((last.date - D(expect)).days) == 1)
    if not ok:
        say(f"    previous {pair} before {before}: {last}")
    return ("supported" if ok else "contradicted"), ids(same)


def none_between(pair, after, date, kinds=ANY, include_after=False, **kw):
    """'First X since Y' / 'no X since Y': no matching row strictly between `after` and `date`.
    Returns ids of the bounding rows found (the row at/before `after` and the reported one)."""
    rs = select(pair, kinds, **kw)
    between = [r for r in rs if D(after) < r.date < D(date)]
    if include_after:
        between = [r for r in rs if D(after) <= r.date < D(date)]
    bound = [r for r in rs if r.date <= D(after)][-1:] + [r for r in rs if r.date == D(date)]
    if between:
        say(f"    between {after} and {date}: {between}")
        return "contradicted", ids(between)
    return "supported", ids(bound)


def gap(pair, date, n, unit="years", mode="about", kinds=ANY, complete=True, exclude=(), **kw):
    """Gap from the previous matching row to the contact on `date`. years: +-0.5; months: +-0.5;
    days: exact (+-1 for time-zone rows). mode: about | almost | more."""
    prev = [r for r in select(pair, kinds, **kw) if r.date < D(date) and r.id not in exclude]
    assert prev, f"no previous {pair} row before {date}"
    p = prev[-1]
    days = (D(date) - p.date).days
    if unit == "years":
        v, half = days / 365.25, 0.5
    elif unit == "months":
        v, half = days / (365.25 / 12), 0.5
    else:
        v, half = days, (1 if p.tz_note else 0)
    if mode == "about":
        ok = n - half <= v <= n + half
    elif mode == "almost":
        ok = n - half <= v <= n
    elif mode == "more":
        ok = v > n
    else:
        raise ValueError(mode)
    say(f"    gap {pair} {p.date}..{date}: {v:.2f} {unit} -> {'ok' if ok else 'out of band'}")
    here = [r for r in select(pair, kinds, **kw) if r.date == D(date)]
    return ("supported" if ok else ("contradicted" if complete else "unverifiable")), [p.id] + ids(here)


def duration(row_id, figures, mode, x, complete=True, segment=False):
    """figures: every official figure in minutes, as numbers or (minutes, 'over'|'almost'|'about').
    A claim fits if it fits ANY figure. mode: about | almost | more | bare. segment: the claim is about a
    part of the contact (e.g. a group call after a meeting), so duration_min (the whole) is not required."""
    r = BY_ID[row_id]
    figs = [f if isinstance(f, tuple) else (f, "") for f in figures]
    if r.duration_min is not None and not segment:
        assert any(f[0] == r.duration_min for f in figs), f"duration_min {r.duration_min} not among {figs}"
    assert figs, "no figure"

    def fits(v, q):
        if mode == "about":
            tol = max(0.2 * x, 10)
            return x - tol <= v <= x + tol
        if mode == "almost":
            return 0.75 * x <= v <= x
        if mode == "more":
            return (v > x or (q == "over" and v >= x)) and v < 1.5 * x + 30
        if mode == "bare":
            return 0.9 * x <= v <= 1.1 * x
        raise ValueError(mode)

    ok = any(fits(v, q) for v, q in figs)
    return ("supported" if ok else ("contradicted" if complete else "unverifiable")), [row_id]


def elapsed(row_id, figures, minutes):
    """Time elapsed at a reported moment: unverifiable, contradicted only if every total is shorter."""
    figs = [f if isinstance(f, tuple) else (f, "") for f in figures]
    if figs and all(v < minutes for v, _ in figs):
        return "contradicted", [row_id]
    return "unverifiable", [row_id]


def _freq(pair, kinds, start, end, n, **kw):
    """'On average N times a year' over [start, end): matching contacts / years, +-0.5."""
    rs = [r for r in select(pair, kinds, start, end, **kw) if r.date < D(end)]
    years = (D(end) - D(start)).days / 365.25
    rate = len(rs) / years
    say(f"    frequency {pair} {start}..{end}: {len(rs)} / {years:.2f} = {rate:.2f}")
    return ("supported" if abs(rate - n) <= 0.5 else "contradicted"), ids(rs)


def planned(pair, date, kinds=ANY):
    """A planned/future contact: supported if the record holds it on the planned date, else
    unverifiable (never contradicted)."""
    hits = [r for r in select(pair, kinds, once=False) if r.date == D(date)] if date else []
    return ("supported", ids(hits)) if hits else ("unverifiable", [])


def fixed(verdict, record_ids=(), assertion=True):
    """Verdicts the rules fix without arithmetic (time of day, denied contact, trip, vague word);
    `assertion` is whatever fact of the record the verdict relies on."""
    assert assertion
    return verdict, list(record_ids)


# ---------------------------------------------------------------------------------------------
# Article specs
# ---------------------------------------------------------------------------------------------

SPEC: list[dict] = []


def C(quote, kind, verdict, check, record_says, why, occurrences=1, mutated=False):
    return dict(
        quote=quote,
        kind=kind,
        verdict=verdict,
        check=check,
        record_says=record_says,
        why=why,
        occurrences=occurrences,
        mutated=mutated,
    )


def A(article, published, language, pair, claims, distractors):
    SPEC.append(
        dict(article=article, published=published, language=language, pair=pair, claims=claims, distractors=distractors)
    )


def mutate(orig, new_name, replacements, altered, drop=()):
    """Register a mutated copy: the text of `orig` with (old, new) replacements; `altered` maps each
    `old` to a claim (mutated, contradicted) that replaces the original claim quoted by `old`. `drop`:
    quotes of original claims whose text the replacement removes."""
    base = next(s for s in SPEC if s["article"] == orig)
    text = orig_text = (ARTICLES / orig).read_text(encoding="utf-8")
    for old, new in replacements:
        assert text.count(old) == 1, (orig, old)
        text = text.replace(old, new)
    path = ARTICLES / new_name
    if CHECK:
        assert path.read_text(encoding="utf-8") == text, f"{new_name} differs from its mutations"
    elif not path.exists() or path.read_text(encoding="utf-8") != text:
        path.write_text(text, encoding="utf-8")
    claims = []
    replaced = {old for old, _ in replacements}
    used = set()
    for c in base["claims"]:
        if c["quote"] in drop:
            assert c["quote"] not in text, (new_name, c["quote"])
            continue
        if text.count(c["quote"]) == orig_text.count(c["quote"]):
            claims.append(c)  # untouched by the replacements
            continue
        q0 = orig_text.find(c["quote"])
        q1 = q0 + len(c["quote"])
        hit = [old for old in replaced if orig_text.find(old) < q1 and q0 < orig_text.find(old) + len(old)]
        assert len(hit) == 1 and hit[0] not in used, (new_name, c["quote"], hit)
        if hit:
            old = hit[0]
            new_claim = altered[old]
            assert new_claim["mutated"] and new_claim["verdict"] == "contradicted"
            claims.append(new_claim)
            used.add(old)
        else:
            claims.append(c)
    assert used == replaced, (new_name, replaced - used)
    SPEC.append(
        dict(
            article=new_name,
            published=base["published"],
            language=base["language"],
            pair=base["pair"],
            claims=claims,
            distractors=base["distractors"],
        )
    )


# ---- 126 ------------------------------------------------------------------------------------
A(
    "126.txt",
    "2025-02-13",
    "en",
    "Putin-Trump",
    [
        C(
            "Putin and Trump speak for the first time since 2020",
            "first_in_period",
            "supported",
            lambda: previous("Putin-Trump", "2025-02-12", "2020", ANY),
            "latest Putin-Trump row before 2025-02-12: phone 2020-07-23; nothing counted 2021-2025 (2024-11-07 disputed)",
            "Headline: the previous contact is in 2020 and none follows until the reported call.",
        ),
        C(
            "held a telephone conversation on Wednesday",
            "other",
            "supported",
            lambda: on("Putin-Trump", "2025-02-12", PHONE),
            "Putin-Trump phone 2025-02-12 (Wednesday)",
            "Wednesday on or before publication 2025-02-13 is 2025-02-12, which has the call.",
        ),
        C(
            "their first publicly announced exchange since Trump returned to office last month",
            "first_in_period",
            "supported",
            lambda: none_between("Putin-Trump", str(office_start("Donald Trump", "2025-01-01")), "2025-02-12"),
            "no Putin-Trump row 2025-01-20..2025-02-11 (offices.csv: second term from 2025-01-20); the 2024-11-07 "
            "row is disputed and lies before the inauguration anyway",
            "Any kind of contact: none between the 2025-01-20 inauguration (last month) and the 2025-02-12 call, "
            "so it is the first of the second term. The record counts publicly disclosed contacts only.",
        ),
        C(
            "the call lasted almost an hour and a half",
            "duration",
            "supported",
            lambda: duration(137, [(90, "almost")], "almost", 90),
            "2025-02-12: duration_min 90; Peskov/Kremlin 'almost an hour and a half'",
            "'Almost 90 minutes' allows 67.5-90; the Kremlin's own figure is exactly this wording (90).",
        ),
        C(
            "they would visit each other's countries",
            "other",
            "unverifiable",
            lambda: planned("Putin-Trump", None),
            "no date; the next Putin-Trump meeting in the record is Alaska, 2025-08-15 (not a visit to each other's "
            "countries)",
            "An agreed future visit without a date is a future contact: unverifiable.",
        ),
        C(
            "Shortly after hanging up, Trump rang Volodymyr Zelensky",
            "other",
            "supported",
            lambda: on("Trump-Zelensky", "2025-02-12", PHONE),
            "Trump-Zelensky phone 2025-02-12; initiator US ('Trump called Zelensky after his call with Putin')",
            "The record has the Trump-Zelensky call the same day, placed by Trump after the Putin call.",
        ),
        C(
            "the first telephone conversation between Putin and Trump in four and a half years",
            "first_in_period",
            "supported",
            lambda: gap("Putin-Trump", "2025-02-12", 4.5, "years", "about", PHONE),
            "previous Putin-Trump phone row before 2025-02-12: 2020-07-23; gap 4.56 years (2024-11-07 disputed, "
            "never counted)",
            "Gap to the previous Putin-Trump call is 4.56 years, inside 4.5 +/- 0.5.",
        ),
        C(
            "They last spoke in July 2020",
            "previous_date",
            "supported",
            lambda: previous("Putin-Trump", "2025-02-12", "2020-07", ANY),
            "latest Putin-Trump row before 2025-02-12: 2020-07-23 phone (arms control, coronavirus); the 2024-11-07 "
            "row is disputed",
            "The previous counted Putin-Trump contact of any kind is the 2020-07-23 call, in July 2020; its topics "
            "(New START, coronavirus) match.",
        ),
        C(
            "the first contact between the presidents of Russia and the United States since Joe Biden's call with "
            "Putin on February 12, 2022",
            "first_in_period",
            "supported",
            lambda: none_between("Russia-US", "2022-02-12", "2025-02-12"),
            "Putin-Biden phone 2022-02-12; no confirmed Russia-US presidential row 2022-02-13..2025-02-11 (2024-11-07 "
            "disputed)",
            "The last Russia-US presidential contact before the reported call is the Biden call of 2022-02-12, and "
            "nothing counted lies in between.",
        ),
        C(
            "Days earlier Trump had told the New York Post that he had already talked to Putin",
            "other",
            "unverifiable",
            lambda: fixed("unverifiable", [], not [r for r in select("Putin-Trump", ANY, "2025-02-01", "2025-02-11")]),
            "no Putin-Trump row 2025-02-01..2025-02-11 (NOTES-russia-us: 9 Feb NY Post claim, Peskov neither "
            "confirmed nor denied; no row)",
            "An unconfirmed contact with no date is not in the record: unverifiable.",
        ),
        C(
            "the two leaders met six times, counting brief encounters in Paris and Buenos Aires",
            "count",
            "supported",
            lambda: count(6, dict(pair="Putin-Trump", kinds=MEET, start="2017-01-20", end="2021-01-20")),
            "Putin-Trump in_person rows 2017-01-20..2021-01-20, visits once: Hamburg 2017-07-07 (dinner row 15 is "
            "part_of 14), Da Nang 2017-11-11, Helsinki 2018-07-16, Paris 2018-11-11 (brief), Buenos Aires "
            "2018-11-30 (brief), Osaka 2019-06-28 = 6",
            "Counting the Hamburg dinner conversation as part of the Hamburg meeting, the first term holds six "
            "meetings including the brief Paris and Buenos Aires encounters (TASS's tally agrees).",
        ),
        C(
            "in July they sat down in Helsinki",
            "other",
            "supported",
            lambda: on("Putin-Trump", "2018-07-16", MEET),
            "Putin-Trump in_person 2018-07-16, Helsinki",
            "The paragraph names 2018, so 'in July' is July 2018, which has the Helsinki summit.",
        ),
        C(
            "ran to more than two hours",
            "duration",
            "supported",
            lambda: duration(41, [(130, ""), (120, "over")], "more", 120),
            "2018-07-16: duration_min 130; one-on-one 'more than two hours' / '2 hours 10 minutes'",
            "'More than two hours' needs 121-209 minutes; 130 fits (and the planned 90 minutes is not a duration).",
        ),
    ],
    [
        "less than two weeks before Russian troops crossed into Ukraine",
        "who had been serving a 14-year sentence",
        "planned for 90 minutes",
    ],
)


PUTIN_TRUMP_2025_CALLS = dict(pair="Putin-Trump", kinds=PHONE, start="2025-01-01")

mutate(
    "126.txt",
    "m126.txt",
    [
        ("in four and a half years", "in three years"),
        ("almost an hour and a half", "almost three hours"),
    ],
    {
        "in four and a half years": C(
            "the first telephone conversation between Putin and Trump in three years",
            "first_in_period",
            "contradicted",
            lambda: gap("Putin-Trump", "2025-02-12", 3, "years", "about", PHONE),
            "previous Putin-Trump phone row before 2025-02-12: 2020-07-23; gap 4.56 years (record complete for the "
            "pair 2020-2025; 2024-11-07 disputed)",
            "Altered from 'four and a half years' (original, supported). The gap to the previous Putin-Trump call is "
            "4.56 years, outside 3 +/- 0.5; the three-year figure belongs to Russia-US contacts in general (Biden, "
            "2022-02-12), not to Putin and Trump, whom the sentence names.",
            mutated=True,
        ),
        "almost an hour and a half": C(
            "the call lasted almost three hours",
            "duration",
            "contradicted",
            lambda: duration(137, [(90, "almost")], "almost", 180),
            "2025-02-12: duration_min 90; Peskov/Kremlin 'almost an hour and a half'; Trump gave no figure",
            "Altered from 'almost an hour and a half' (original, supported). 'Almost three hours' needs 135-180 "
            "minutes; the only official figure is about 90.",
            mutated=True,
        ),
    },
)

# ---- 127 ------------------------------------------------------------------------------------
A(
    "127.txt",
    "2025-10-17",
    "ru",
    "Putin-Trump",
    [
        C(
            "проговорили почти два с половиной часа",
            "duration",
            "supported",
            lambda: duration(173, [(150, "almost"), (120, "over"), (129, "")], "almost", 150),
            "2025-10-16: duration_min 150; Ushakov 'almost two and a half hours'",
            "Headline: 'почти два с половиной часа' allows 112.5-150 minutes; 150 fits.",
        ),
        C(
            "договорились о встрече в Будапеште",
            "other",
            "unverifiable",
            lambda: fixed("unverifiable", [], not select("Putin-Trump", MEET, "2025-10-17")),
            "no Putin-Trump in_person row after 2025-10-16 (row 173 notes: Budapest summit called off on 22 Oct)",
            "Headline: an agreed future meeting is a future contact: unverifiable.",
        ),
        C(
            "провели в четверг телефонный разговор",
            "other",
            "supported",
            lambda: on("Putin-Trump", "2025-10-16", PHONE),
            "Putin-Trump phone 2025-10-16 (Thursday)",
            "Thursday on or before publication 2025-10-17 is 2025-10-16, which has the call.",
        ),
        C(
            "продолжался почти два с половиной часа",
            "duration",
            "supported",
            lambda: duration(173, [(150, "almost"), (120, "over"), (129, "")], "almost", 150),
            "2025-10-16: duration_min 150; Ushakov 'almost two and a half hours'; Ura.news clock 17:56-20:05 (~129)",
            "'Almost 150 minutes' allows 112.5-150; Ushakov's figure is this wording, and the clock span also fits.",
        ),
        C(
            "Звонок состоялся по инициативе российской стороны",
            "other",
            "supported",
            lambda: fixed("supported", [173], BY_ID[173].initiator.startswith("Russia")),
            "2025-10-16 initiator: Russia (Ushakov/Peskov: at Moscow's initiative)",
            "The row records Moscow as the initiator.",
        ),
        C(
            "Это уже восьмой телефонный разговор лидеров с начала года",
            "ordinal_count",
            "supported",
            lambda: ordinal(8, "2025-10-16", dict(PUTIN_TRUMP_2025_CALLS, end="2025-10-16")),
            "Putin-Trump phone rows 2025-01-01..2025-10-16: 02-12, 03-18, 05-19, 06-04, 06-14, 07-03, 08-18, 10-16 "
            "(8; the Alaska meeting is in person)",
            "'Телефонный разговор' = phone: the reported call is the eighth of 2025 (RBC's count agrees).",
        ),
        C(
            "и самый продолжительный из всех",
            "other",
            "supported",
            lambda: fixed(
                "supported", [173], max((r.duration_min or 0, r.id) for r in select("Putin-Trump", PHONE))[1] == 173
            ),
            "2025-10-16: 150 min, the largest duration_min of any Putin-Trump phone row (next: 2025-05-19, 125); "
            "row text: 'longest of their calls'",
            "Among all Putin-Trump phone rows with a duration, 2025-10-16 is the longest, as the row itself says.",
        ),
        C(
            "Предыдущая беседа президентов прошла 19 августа",
            "previous_date",
            "supported",
            lambda: previous("Putin-Trump", "2025-10-16", "2025-08-19", CALL),
            "latest Putin-Trump phone/video row before 2025-10-16: 2025-08-18 (US Eastern date); notes: 'early 19 Aug "
            "in Moscow; Russian sources call it the 19 August call'",
            "'Беседа' = phone or video; the previous one is the row dated 2025-08-18 ET, whose notes name the Moscow "
            "date 19 August, so D+-1 applies.",
        ),
        C(
            "когда Трамп позвонил Путину прямо со встречи с Зеленским и европейскими лидерами в Белом доме",
            "other",
            "supported",
            lambda: fixed(
                "supported", [163, 164], BY_ID[163].initiator.startswith("US") and BY_ID[164].date == BY_ID[163].date
            ),
            "2025-08-18 call: initiator US ('Trump called, interrupting White House meeting with Zelensky and European "
            "leaders'); Trump-Zelensky in_person 2025-08-18 at the White House",
            "Both rows agree: Trump placed the call during his White House meeting with Zelensky and the Europeans.",
        ),
        C(
            "пауза в общении продлилась 59 дней",
            "first_in_period",
            "supported",
            lambda: gap("Putin-Trump", "2025-10-16", 59, "days", "about", ANY),
            "previous Putin-Trump contact of any kind before 2025-10-16: phone 2025-08-18 (ET; 19 Aug Moscow); gap 59 "
            "days (58 from the Moscow date); TASS: 'first in 59 days'",
            "'Общение' = any kind; the gap from the previous contact (2025-08-18) is exactly 59 days.",
        ),
        C(
            "в середине августа, Путин и Трамп встречались на Аляске",
            "other",
            "supported",
            lambda: on("Putin-Trump", "2025-08-15", MEET),
            "Putin-Trump in_person 2025-08-15, Anchorage, Alaska",
            "Mid-August 2025 has the Alaska summit, a few days before the 18/19 August call.",
        ),
        C(
            "Трамп допустил, что встреча может пройти в течение двух недель",
            "other",
            "unverifiable",
            lambda: fixed("unverifiable", [], not select("Putin-Trump", MEET, "2025-10-17", "2025-10-31")),
            "no Putin-Trump in_person row 2025-10-17..2025-10-31 (row 173 notes: Budapest summit later called off by "
            "Trump, 22 Oct)",
            "A planned meeting that the record does not hold on the planned dates is a future contact: unverifiable, "
            "never contradicted.",
        ),
        C(
            "Будапештский саммит стал бы второй очной встречей двух президентов в этом году",
            "ordinal_count",
            "unverifiable",
            lambda: fixed("unverifiable", [161], ids(select("Putin-Trump", MEET, "2025-01-01", "2025-10-17")) == [161]),
            "Putin-Trump in_person rows of 2025 up to publication: 2025-08-15 Alaska only; no Budapest row",
            "The ordinal is about a future (and, per the record, never held) meeting: unverifiable. The one meeting "
            "held so far this year (Alaska) is consistent with 'second'.",
        ),
        C(
            "В пятницу Трамп примет в Белом доме Владимира Зеленского",
            "other",
            "supported",
            lambda: planned("Trump-Zelensky", "2025-10-17", MEET),
            "Trump-Zelensky in_person 2025-10-17, White House (Cabinet Room)",
            "A planned contact: Friday on or after publication 2025-10-17 is that day, and the record holds the White "
            "House meeting on it, so it is supported (README: a planned contact is supported when the record holds it "
            "on the planned date).",
        ),
        C(
            "президенты созванивались лишь трижды — в мае, июле и декабре",
            "count",
            "supported",
            lambda: count(3, dict(pair="Putin-Trump", kinds=PHONE, start="2019-01-01", end="2019-12-31")),
            "Putin-Trump phone rows of 2019: 05-03, 07-31, 12-29 (3; complete per NOTES, TASS/Pravda agree)",
            "The paragraph names 2019: three calls, in May, July and December.",
        ),
        C(
            "в июне виделись на полях «двадцатки» в Осаке",
            "other",
            "supported",
            lambda: on("Putin-Trump", "2019-06-28", MEET),
            "Putin-Trump in_person 2019-06-28, Osaka (G20)",
            "'В июне' takes 2019 from the sentence: June 2019 has the Osaka meeting.",
        ),
    ],
    [
        "главы МИД Сергей Лавров и Марко Рубио должны обсудить подготовку по телефону",
        "с дальностью около 2500 километров",
        "с прекращением огня в секторе Газа",
    ],
)

mutate(
    "127.txt",
    "m127.txt",
    [
        ("восьмой", "седьмой"),
        ("пауза в общении продлилась 59 дней", "пауза в общении продлилась почти три месяца"),
    ],
    {
        "восьмой": C(
            "Это уже седьмой телефонный разговор лидеров с начала года",
            "ordinal_count",
            "contradicted",
            lambda: ordinal(
                7,
                "2025-10-16",
                dict(PUTIN_TRUMP_2025_CALLS, end="2025-10-16"),
                dict(pair="Putin-Trump", kinds=ANY, start="2025-01-01", end="2025-10-16"),
            ),
            "Putin-Trump phone rows 2025-01-01..2025-10-16: 8 (02-12, 03-18, 05-19, 06-04, 06-14, 07-03, 08-18, "
            "10-16); with Alaska 9; record complete for 2025 (Ushakov's tally)",
            "Altered from 'восьмой' (original, supported). Phone calls give 8 and all contacts 9: no reading gives 7.",
            mutated=True,
        ),
        "пауза в общении продлилась 59 дней": C(
            "пауза в общении продлилась почти три месяца",
            "first_in_period",
            "contradicted",
            lambda: gap("Putin-Trump", "2025-10-16", 3, "months", "almost", ANY),
            "previous Putin-Trump contact before 2025-10-16: phone 2025-08-18; gap 59 days = 1.94 months (record "
            "complete for 2025)",
            "Altered from '59 дней' (original, supported). 'Almost three months' needs 2.5-3 months; the gap is 1.94 "
            "months (59 days) from the previous contact, the 18/19 August call.",
            mutated=True,
        ),
    },
)

# ---- 128 ------------------------------------------------------------------------------------
A(
    "128.txt",
    "2025-05-20",
    "en",
    "Putin-Trump",
    [
        C(
            "two-hour talk with Trump",
            "duration",
            "supported",
            lambda: duration(148, [(125, ""), (120, "over")], "bare", 120),
            "2025-05-19: duration_min 125; Ushakov '2 hours 5 minutes'; Putin 'more than two hours'",
            "Headline: a bare two hours allows 108-132 minutes; 125 fits.",
        ),
        C(
            "spoke by phone on Monday",
            "other",
            "supported",
            lambda: on("Putin-Trump", "2025-05-19", PHONE),
            "Putin-Trump phone 2025-05-19 (Monday)",
            "Monday on or before publication 2025-05-20 is 2025-05-19, which has the call.",
        ),
        C(
            "for the third time this year",
            "ordinal_count",
            "supported",
            lambda: ordinal(
                3,
                "2025-05-19",
                dict(PUTIN_TRUMP_2025_CALLS, end="2025-05-19"),
                dict(pair="Putin-Trump", kinds=ANY, start="2025-01-01", end="2025-05-19"),
            ),
            "Putin-Trump phone rows 2025-01-01..2025-05-19: 02-12, 03-18, 05-19 (3; Ushakov and dpa: 'third')",
            "'Spoke by phone' = phone calls: the reported call is the third of 2025 (any kind also gives 3).",
        ),
        C(
            "the call lasted two hours and five minutes",
            "duration",
            "supported",
            lambda: duration(148, [(125, ""), (120, "over")], "bare", 125),
            "2025-05-19: duration_min 125; Ushakov '2 hours 5 minutes'; Putin 'more than two hours'",
            "A bare 125 minutes allows 112.5-137.5; Ushakov's figure is 125.",
        ),
        C(
            '"more than two hours"',
            "duration",
            "supported",
            lambda: duration(148, [(125, ""), (120, "over")], "more", 120),
            "2025-05-19: duration_min 125; Putin 'more than two hours'",
            "'More than two hours' needs 121-209 minutes; 125 fits.",
        ),
        C(
            "The call was scheduled to begin at 10 a.m. Washington time, 5 p.m. in Moscow",
            "other",
            "unverifiable",
            lambda: fixed("unverifiable", [148, 149], "10:00 ET" in BY_ID[149].notes),
            "row 149 notes: Trump-Putin call at 10:00 ET / 17:00 Kyiv",
            "A time of day is unverifiable under the rules, even though the notes agree.",
        ),
        C(
            "More than two hours after the White House said it was under way",
            "other",
            "unverifiable",
            lambda: elapsed(148, [(125, ""), (120, "over")], 121),
            "2025-05-19 totals: 125 min (Ushakov), 'more than two hours' (Putin)",
            "Elapsed time at a moment is not a duration claim: unverifiable; no recorded total is shorter than two "
            "hours, so it is not contradicted either.",
        ),
        C(
            "Trump spoke with Volodymyr Zelensky both before and after dialling Moscow",
            "other",
            "supported",
            lambda: on("Trump-Zelensky", "2025-05-19", PHONE),
            "Trump-Zelensky phone 2025-05-19 x2: a bilateral call before the Putin call, a group call with European "
            "leaders after it",
            "The record has both conversations that day, one before and one after the Putin call.",
        ),
        C(
            "ran for over an hour, according to Zelensky",
            "duration",
            "supported",
            lambda: duration(150, [(60, "over")], "more", 60),
            "2025-05-19 second Trump-Zelensky call: Zelensky 'over an hour', 'a fairly long conversation'",
            "'Over an hour' is Zelensky's own figure for the second call; it fits 'more than 60 minutes'.",
        ),
        C(
            "The two presidents' previous conversation, on March 18",
            "previous_date",
            "supported",
            lambda: previous("Putin-Trump", "2025-05-19", "2025-03-18", CALL),
            "latest Putin-Trump phone/video row before 2025-05-19: 2025-03-18",
            "'Conversation' = phone or video; the previous one is the 2025-03-18 call.",
        ),
        C(
            "lasted roughly two hours",
            "duration",
            "supported",
            lambda: duration(141, [(120, "about")], "about", 120),
            "2025-03-18: duration_min 120; Peskov 'about two hours' including interpretation (media: 1.5 h to 'nearly "
            "three hours')",
            "'Roughly two hours' allows 96-144 minutes; the Kremlin's 120 fits.",
        ),
        C(
            "Trump and Putin have not met in person since 2019",
            "previous_date",
            "supported",
            lambda: previous("Putin-Trump", "2025-05-19", "2019", MEET),
            "latest Putin-Trump in_person row before 2025-05-19: 2019-06-28 Osaka; next meeting 2025-08-15 (Alaska)",
            "The last meeting before the article is Osaka, June 2019, and none follows it until publication.",
        ),
        C(
            "in June they held",
            "other",
            "supported",
            lambda: on("Putin-Trump", "2019-06-28", MEET),
            "Putin-Trump in_person 2019-06-28, Osaka",
            "The sentence names 2019, so 'in June' is June 2019: the Osaka meeting.",
        ),
        C(
            "80 minutes of talks",
            "duration",
            "supported",
            lambda: duration(53, [(80, ""), (90, ""), (60, "over")], "bare", 80),
            "2019-06-28: duration_min 80 (TASS: 80 minutes); other reports 'an hour and a half', 'more than an hour'",
            "A bare 80 minutes allows 72-88; TASS's 80 fits.",
        ),
        C(
            'he hoped to see Putin "as soon as it can be set up"',
            "other",
            "unverifiable",
            lambda: planned("Putin-Trump", None),
            "no date given",
            "A hoped-for future meeting is a future contact: unverifiable.",
        ),
    ],
    [
        "a short-lived pause in strikes on energy facilities",
        "the first direct Russian-Ukrainian talks in three years, held between delegations in Istanbul on Friday",
        "an exchange of nine prisoners for nine",
        "his 11th grandchild",
        "ready to work with Ukraine on a memorandum",
    ],
)

# ---- 129 ------------------------------------------------------------------------------------
FIRST_TERM_MEET = dict(pair="Putin-Trump", kinds=MEET, start="2017-01-20", end="2019-06-28")
A(
    "129.txt",
    "2019-06-28",
    "ru",
    "Putin-Trump",
    [
        C(
            "поговорили в Осаке дольше запланированного",
            "other",
            "supported",
            lambda: fixed("supported", [53], "planned 60-90" in BY_ID[53].duration_text),
            "2019-06-28 duration_text: 'TASS: 80 minutes (planned 60-90)'; 'an hour and a half instead of 60 minutes'",
            "Headline: against the Russian side's planned hour (the article's own reference), 80 minutes is longer; "
            "against the US schedule's 90 it would not be, but the article names the hour first.",
        ),
        C(
            "в японской Осаке в пятницу",
            "other",
            "supported",
            lambda: on("Putin-Trump", "2019-06-28", MEET),
            "Putin-Trump in_person 2019-06-28 (Friday), Osaka, G20 sidelines",
            "Friday on or before publication 2019-06-28 is that day, which has the Osaka meeting.",
        ),
        C(
            "продлилась 1 час 20 минут",
            "duration",
            "supported",
            lambda: duration(53, [(80, ""), (90, ""), (60, "over")], "bare", 80),
            "2019-06-28: duration_min 80 (TASS: 80 minutes, planned 60-90); other reports 1.5 h, 'more than an hour'",
            "A bare 80 minutes allows 72-88; TASS's 80 fits.",
        ),
        C(
            "президенты успели коротко переговорить «на ногах»",
            "other",
            "supported",
            lambda: fixed("supported", [53], "brief chat before the family photo" in BY_ID[53].notes),
            "2019-06-28 notes: 'Also a brief chat before the family photo the same morning (TASS)'",
            "The row's notes record the short exchange before the photo session; it is part of the same meeting.",
        ),
        C(
            "Спустя час после начала беседы",
            "other",
            "unverifiable",
            lambda: elapsed(53, [(80, ""), (90, ""), (60, "over")], 60),
            "2019-06-28 totals: 80 min (TASS), 1.5 h, 'more than an hour'",
            "Time elapsed at a moment is not a duration claim: unverifiable; every recorded total exceeds an hour, so "
            "not contradicted.",
        ),
        C(
            "Это третья полноформатная встреча двух лидеров",
            "ordinal_count",
            "supported",
            lambda: ordinal(3, "2019-06-28", dict(FIRST_TERM_MEET, brief=False), FIRST_TERM_MEET),
            "Putin-Trump in_person rows 2017-01-20..2019-06-28 without the brief/informal encounters (Da Nang "
            "2017-11-11, Paris 2018-11-11, Buenos Aires 2018-11-30): Hamburg 2017-07-07, Helsinki 2018-07-16, Osaka "
            "2019-06-28 = 3; all meetings: 6",
            "'Полноформатная' excludes the encounters the record marks brief or informal, leaving Hamburg, Helsinki "
            "and Osaka: the third. Counting every encounter would give 6, but the word itself sets the reading.",
        ),
        C(
            "первые за год полноценные переговоры между ними",
            "first_in_period",
            "supported",
            lambda: gap("Putin-Trump", "2019-06-28", 1, "years", "about", MEET, brief=False),
            "previous non-brief Putin-Trump in_person row: Helsinki 2018-07-16; gap 0.95 years (with brief encounters: "
            "Buenos Aires 2018-11-30, 0.58 years)",
            "The gap to the previous full-format talks (Helsinki) is 0.95 years, inside 1 +/- 0.5; even counting the "
            "informal Buenos Aires exchange (0.58 years) it stays in band.",
        ),
        C(
            "в июле в Гамбурге",
            "other",
            "supported",
            lambda: on("Putin-Trump", "2017-07-07", MEET),
            "Putin-Trump in_person 2017-07-07, Hamburg (G20)",
            "The sentence names 2017, so 'в июле' is July 2017: the Hamburg meeting, their first.",
        ),
        C(
            "беседа затянулась на 2 часа 15 минут",
            "duration",
            "supported",
            lambda: duration(14, [(135, ""), (136, ""), (140, "")], "bare", 135),
            "2017-07-07: duration_min 135 (TASS 2 h 15 min; Tillerson 2 h 16 min; Vedomosti 2 h 20 min incl. open part)",
            "A bare 135 minutes allows 121.5-148.5; every figure fits.",
        ),
        C(
            "Год назад в Хельсинки",
            "other",
            "supported",
            lambda: on("Putin-Trump", "2018-07-16", MEET),
            "Putin-Trump in_person 2018-07-16, Helsinki",
            "A year before publication (July 2018) has the Helsinki summit.",
        ),
        C(
            "проговорили с глазу на глаз более двух часов",
            "duration",
            "supported",
            lambda: duration(41, [(130, ""), (120, "over")], "more", 120),
            "2018-07-16: one-on-one 'more than two hours' / '2 hours 10 minutes' (duration_min 130)",
            "'Более двух часов' needs 121-209 minutes; 130 fits.",
        ),
        C(
            "Полноценная встреча в Буэнос-Айресе в конце прошлого года сорвалась",
            "other",
            "unverifiable",
            lambda: fixed("unverifiable", [46], "cancelled" in BY_ID[46].notes),
            "2018-11-30 row: informal conversation at the G20 dinner; notes: 'Formal bilateral cancelled by Trump on "
            "29 Nov over Kerch Strait'",
            "A cancelled meeting is not a contact: unverifiable as a contact claim. The informal dinner conversation "
            "in the record does not contradict it (the formal meeting is what was called off).",
        ),
        C(
            "С начала года это второй контакт президентов",
            "ordinal_count",
            "supported",
            lambda: ordinal(2, "2019-06-28", dict(pair="Putin-Trump", kinds=ANY, start="2019-01-01", end="2019-06-28")),
            "Putin-Trump rows 2019-01-01..2019-06-28: phone 05-03, in_person 06-28 (2; record complete for 2019)",
            "'Контакт' = any kind: the Osaka meeting is the second contact of 2019.",
        ),
        C(
            "В последний раз они разговаривали по телефону 3 мая",
            "previous_date",
            "supported",
            lambda: previous("Putin-Trump", "2019-06-28", "2019-05-03", PHONE),
            "latest Putin-Trump phone row before 2019-06-28: 2019-05-03",
            "A day and month without a year, on or before publication: 3 May 2019, the previous call.",
        ),
        C(
            "по данным Белого дома, длился более часа",
            "duration",
            "supported",
            lambda: duration(51, [(60, "over"), (90, "almost")], "more", 60),
            "2019-05-03: duration_min blank (sides disagree); White House 'more than one hour' / 'a little over an hour'; "
            "Peskov 'nearly an hour and a half'",
            "'Более часа' is the White House's own figure and fits 'more than 60 minutes'; Peskov's ~90 fits too.",
        ),
        C(
            "Путин пригласил Трампа в Москву на празднование 75-летия Победы в мае следующего года",
            "other",
            "unverifiable",
            lambda: fixed("unverifiable", [], not select("Putin-Trump", MEET, "2020-05-01", "2020-05-31")),
            "no Putin-Trump in_person row in May 2020",
            "An invitation to a future visit is a future contact: unverifiable, not contradicted although no meeting "
            "took place then.",
        ),
    ],
    [
        "один час — с 14:00 до 15:00 по местному времени",
        "в американском графике значилось полтора часа",
        "вместо запланированных 30–45 минут",
        "Джон Болтон и секретарь Совбеза России Николай Патрушев около полутора часов обсуждали украинскую тему",
    ],
)

# ---- 130 ------------------------------------------------------------------------------------
A(
    "130.txt",
    "2021-12-31",
    "en",
    "Putin-Biden",
    [
        C(
            "in 50-minute call",
            "duration",
            "supported",
            lambda: duration(97, [(50, "about")], "bare", 50),
            "2021-12-30: duration_min 50 (3:35-4:25 p.m. EST)",
            "Headline: a bare 50 minutes allows 45-55; 50 fits.",
        ),
        C(
            "held their second conversation this month on Thursday",
            "ordinal_count",
            "supported",
            lambda: ordinal(
                2, "2021-12-30", dict(pair="Putin-Biden", kinds=CALL, start="2021-12-01", end="2021-12-30")
            ),
            "Putin-Biden phone/video rows 2021-12-01..2021-12-30: video 12-07, phone 12-30 (2)",
            "'Conversation' = phone or video: December 2021 holds the 7 December video call and the reported call, "
            "so it is the second. Thursday before publication is 2021-12-30, which has the call.",
        ),
        C(
            "which Putin had asked for",
            "other",
            "supported",
            lambda: fixed("supported", [97], BY_ID[97].initiator.startswith("Russia")),
            "2021-12-30 initiator: Russia (Putin requested)",
            "The row records Putin as the one who requested the call.",
        ),
        C(
            "ran from 3:35 to 4:25 p.m. Eastern time",
            "duration",
            "supported",
            lambda: duration(97, [(50, "about")], "bare", 50),
            "2021-12-30: duration_min 50; 'about 50 minutes' (3:35-4:25 p.m. EST)",
            "The clock span is 50 minutes; a bare 50 allows 45-55 and the record's figure is 50.",
        ),
        C(
            "it was already 11:35 p.m. in Moscow when it began",
            "other",
            "unverifiable",
            lambda: fixed("unverifiable", [97]),
            "2021-12-30 duration_text gives the EST clock times only",
            "A time of day is unverifiable under the rules.",
        ),
        C(
            "Some accounts put it at nearly an hour",
            "duration",
            "supported",
            lambda: duration(97, [(50, "about")], "almost", 60),
            "2021-12-30: duration_min 50; notes: 'Some reports said nearly an hour'",
            "'Nearly an hour' allows 45-60 minutes; 50 fits.",
        ),
        C(
            "It was their first phone call since July",
            "first_in_period",
            "supported",
            lambda: none_between("Putin-Biden", "2021-07-09", "2021-12-30", PHONE),
            "Putin-Biden phone rows: 2021-07-09, then 2021-12-30; the 2021-12-07 contact is a video conference",
            "'Phone call' = phone only: no phone row lies between the 9 July call and this one. (Counting the 7 "
            "December video call as a 'call' would break it, but the words say phone.)",
        ),
        C(
            "when the two men discussed ransomware attacks",
            "other",
            "supported",
            lambda: fixed("supported", [89], "ransomware" in BY_ID[89].topics),
            "2021-07-09 topics: ransomware attacks by Russia-based criminals",
            "The July call's topics match.",
        ),
        C(
            "on December 7, they held a video conference",
            "previous_date",
            "supported",
            lambda: previous("Putin-Biden", "2021-12-30", "2021-12-07", ANY),
            "latest Putin-Biden row before 2021-12-30: video 2021-12-07",
            "The previous contact of any kind is the 7 December video conference.",
        ),
        C(
            "that lasted about two hours",
            "duration",
            "supported",
            lambda: duration(94, [(121, "about")], "about", 120),
            "2021-12-07: duration_min 121; 'roughly two hours'; WH 10:07 a.m.-12:08 p.m. ET",
            "'About two hours' allows 96-144 minutes; 121 fits.",
        ),
        C(
            "The two leaders have now been in contact six times this year",
            "count",
            "supported",
            lambda: count(6, dict(pair="Putin-Biden", kinds=ANY, start="2021-01-01", end="2021-12-30")),
            "Putin-Biden rows of 2021: 01-26 phone, 04-13 phone, 06-16 Geneva, 07-09 phone, 12-07 video, 12-30 phone (6)",
            "'Contact' = any kind: six rows in 2021 up to and including the reported call (believed complete).",
        ),
        C(
            "including four phone calls",
            "count",
            "supported",
            lambda: count(4, dict(pair="Putin-Biden", kinds=PHONE, start="2021-01-01", end="2021-12-30")),
            "Putin-Biden phone rows of 2021: 01-26, 04-13, 07-09, 12-30 (4)",
            "Four of the six are phone calls (the December 7 contact was a video conference).",
        ),
        C(
            "In June they met in Geneva",
            "other",
            "supported",
            lambda: on("Putin-Biden", "2021-06-16", MEET),
            "Putin-Biden in_person 2021-06-16, Geneva (Villa La Grange)",
            "June of the year in focus (2021) has the Geneva summit.",
        ),
        C(
            "their only face-to-face summit as presidents",
            "other",
            "supported",
            lambda: fixed("supported", [87], ids(select("Putin-Biden", MEET, end="2021-12-31")) == [87]),
            "Putin-Biden in_person rows up to publication: 2021-06-16 only (notes: 'Only Biden-Putin in-person meeting "
            "as presidents')",
            "The record holds a single Putin-Biden meeting.",
        ),
    ],
    [
        "sit down in Geneva on January 10",
        "the NATO-Russia Council on January 12",
        "a session of the OSCE a day later",
        "an estimated 100,000 troops",
        '"a colossal mistake"',
    ],
)

mutate(
    "130.txt",
    "m130.txt",
    [
        ("from 3:35 to 4:25 p.m.", "from 3:35 to 5:05 p.m."),
        ("on December 7, they held", "on December 9, they held"),
    ],
    {
        "from 3:35 to 4:25 p.m.": C(
            "ran from 3:35 to 5:05 p.m. Eastern time",
            "duration",
            "contradicted",
            lambda: duration(97, [(50, "about")], "bare", 90),
            "2021-12-30: duration_min 50; 'about 50 minutes' (3:35-4:25 p.m. EST)",
            "Altered from '3:35 to 4:25 p.m.' (original, supported). The span is 90 minutes (81-99 with the +/-10 % "
            "band); the only figure is 50.",
            mutated=True,
        ),
        "on December 7, they held": C(
            "on December 9, they held a video conference",
            "previous_date",
            "contradicted",
            lambda: previous("Putin-Biden", "2021-12-30", "2021-12-09", ANY),
            "latest Putin-Biden row before 2021-12-30: video 2021-12-07; none on 2021-12-09 (2021 complete)",
            "Altered from 'December 7' (original, supported). The previous contact, a video conference, was on 7 "
            "December; no row falls on 9 December.",
            mutated=True,
        ),
    },
)

# ---- 131 ------------------------------------------------------------------------------------
A(
    "131.txt",
    "2022-02-13",
    "ru",
    "Putin-Biden",
    [
        C(
            "Путин и Байден проговорили час",
            "duration",
            "supported",
            lambda: duration(103, [(62, ""), (60, "")], "bare", 60),
            "2022-02-12: duration_min 62; Ushakov 'one hour'",
            "Headline: a bare hour allows 54-66 minutes; 62 (and Ushakov's 60) fit.",
        ),
        C(
            "провели в субботу телефонный разговор",
            "other",
            "supported",
            lambda: on("Putin-Biden", "2022-02-12", PHONE),
            "Putin-Biden phone 2022-02-12 (Saturday)",
            "Saturday on or before publication 2022-02-13 is 2022-02-12, which has the call.",
        ),
        C(
            "продолжался чуть более часа",
            "duration",
            "supported",
            lambda: duration(103, [(62, ""), (60, ""), (60, "over")], "more", 60),
            "2022-02-12: duration_min 62; White House 62 minutes (11:04-12:06 ET); Ushakov 'one hour'; 'just over an hour'",
            "'Чуть более часа' = more than 60 minutes: 62 fits.",
        ),
        C(
            "беседа шла 62 минуты — с 11:04 до 12:06 по вашингтонскому времени",
            "duration",
            "supported",
            lambda: duration(103, [(62, ""), (60, "")], "bare", 62),
            "2022-02-12: White House 62 minutes (11:04-12:06 ET)",
            "The stated span is 62 minutes (bare: 55.8-68.2); the White House figure is 62.",
        ),
        C(
            "Разговор состоялся по инициативе американской стороны",
            "other",
            "supported",
            lambda: fixed("supported", [103], BY_ID[103].initiator.startswith("US")),
            "2022-02-12 initiator: 'US (Washington requested; Russia had proposed Monday, WH insisted on Saturday)'",
            "The row records Washington as the side that requested the call.",
        ),
        C(
            "Москва предлагала провести его в понедельник, однако Вашингтон настоял на субботе",
            "other",
            "supported",
            lambda: fixed("supported", [103], "proposed Monday" in BY_ID[103].initiator),
            "2022-02-12 initiator field: 'Russia had proposed Monday, WH insisted on Saturday'",
            "The scheduling dispute is recorded in the row; the call itself took place on the Saturday.",
        ),
        C(
            "В последний раз президенты общались по телефону в конце прошлого года, 30 декабря",
            "previous_date",
            "supported",
            lambda: previous("Putin-Biden", "2022-02-12", "2021-12-30", PHONE),
            "latest Putin-Biden phone row before 2022-02-12: 2021-12-30",
            "The previous phone call was on 30 December 2021, at the end of the previous year.",
        ),
        C(
            "До этого, 7 декабря, они провели переговоры в режиме видеоконференции",
            "previous_date",
            "supported",
            lambda: previous("Putin-Biden", "2021-12-30", "2021-12-07", ANY),
            "latest Putin-Biden row before 2021-12-30: video 2021-12-07",
            "'До этого' anchors on the 30 December call; the contact before it is the 7 December video conference.",
        ),
        C(
            "за последние полтора месяца лидеры России и США разговаривают уже второй раз",
            "ordinal_count",
            "supported",
            lambda: ordinal(2, "2022-02-12", dict(pair="Russia-US", kinds=CALL, start="2021-12-29", end="2022-02-12")),
            "Russia-US phone/video rows 2021-12-29..2022-02-12 (45 days before plus the day): 2021-12-30 phone, "
            "2022-02-12 phone (2); the 2021-12-07 video call is 67 days earlier",
            "The window is the 45 days before the call plus the call: it holds the 30 December call and the reported "
            "one, so 'second' is right (the 7 December video call falls outside).",
        ),
        C(
            "Единственная очная встреча Путина и Байдена в качестве глав государств прошла в июне прошлого года в Женеве",
            "other",
            "supported",
            lambda: fixed("supported", [87], ids(select("Putin-Biden", MEET, end="2022-02-13")) == [87]),
            "Putin-Biden in_person rows: 2021-06-16 Geneva only",
            "The only Putin-Biden meeting in the record is Geneva, June 2021 (the previous year).",
        ),
        C(
            "разговаривал по телефону с президентом Франции Эммануэлем Макроном",
            "other",
            "supported",
            lambda: on("Putin-Macron", "2022-02-12", PHONE),
            "Putin-Macron phone 2022-02-12",
            "'Ранее в субботу': the record has a Putin-Macron call the same Saturday, 2022-02-12.",
        ),
        C(
            "почти два часа",
            "duration",
            "supported",
            lambda: duration(102, [100], "almost", 120),
            "2022-02-12 Putin-Macron: duration_min 100; Elysee '1 hour 40 minutes'",
            "'Почти два часа' allows 90-120 minutes; the Elysee's 100 fits.",
        ),
        C(
            "который пять дней назад провел с ним переговоры в Кремле",
            "other",
            "supported",
            lambda: on("Putin-Macron", "2022-02-07", MEET),
            "Putin-Macron in_person 2022-02-07, Kremlin",
            "Five days before the 12 February call is 7 February, which has the Kremlin talks.",
        ),
        C(
            "это был четвертый за последние недели телефонный разговор Путина и Макрона",
            "ordinal_count",
            "unverifiable",
            lambda: fixed("unverifiable", [98, 99, 102], True),
            "Putin-Macron phone rows 2022-01-01..2022-02-12: 01-28, 01-31, 02-12 (3); row 102 notes: TASS's 'fourth "
            "... in recent weeks' and 'a further late-Jan/early-Feb call may be missing'",
            "'За последние недели' is a vague window, so the count cannot be decided (the rows give 3 since late "
            "January, and the notes flag a possibly missing call): unverifiable, not contradicted.",
        ),
    ],
    [
        "возможной датой «вторжения» 16 февраля",
        "в течение 48 часов",
        "завершатся 20 февраля",
    ],
)

# ---- 132 ------------------------------------------------------------------------------------
A(
    "132.txt",
    "2021-04-14",
    "en",
    "Putin-Biden",
    [
        C(
            "during a phone call on Tuesday",
            "other",
            "supported",
            lambda: on("Putin-Biden", "2021-04-13", PHONE),
            "Putin-Biden phone 2021-04-13 (Tuesday); topics include the proposed summit in a third country",
            "Tuesday on or before publication 2021-04-14 is 2021-04-13, which has the call.",
        ),
        C(
            "suggested the meeting take place in the coming months",
            "other",
            "unverifiable",
            lambda: planned("Putin-Biden", None),
            "no planned date; the record's next Putin-Biden meeting is Geneva, 2021-06-16",
            "A proposed future summit without a date is a future contact: unverifiable.",
        ),
        C(
            "the call had been made at the American side's initiative",
            "other",
            "supported",
            lambda: fixed("supported", [85], BY_ID[85].initiator.startswith("US")),
            "2021-04-13 initiator: 'US (Kremlin: at US initiative)'",
            "The row records the Kremlin's statement that the US initiated the call.",
        ),
        C(
            "It was the second phone conversation between the two presidents since Biden took office",
            "ordinal_count",
            "supported",
            lambda: ordinal(
                2,
                "2021-04-13",
                dict(pair="Putin-Biden", kinds=PHONE, start=str(office_start("Joe Biden")), end="2021-04-13"),
            ),
            "Putin-Biden phone rows 2021-01-20..2021-04-13: 01-26, 04-13 (2)",
            "Since the 2021-01-20 inauguration (offices.csv) the record holds two Putin-Biden calls, this being the "
            "second.",
        ),
        C(
            "The first came on January 26",
            "previous_date",
            "supported",
            lambda: previous("Putin-Biden", "2021-04-13", "2021-01-26", PHONE),
            "latest (and only) Putin-Biden phone row before 2021-04-13: 2021-01-26",
            "The earlier call of Biden's term is the 26 January call.",
        ),
        C(
            "six days after his inauguration",
            "other",
            "supported",
            lambda: fixed("supported", [83], (D("2021-01-26") - office_start("Joe Biden")).days == 6),
            "offices.csv: Biden in office from 2021-01-20; call 2021-01-26",
            "26 January is six days after the 20 January inauguration.",
        ),
        C(
            "when they agreed to extend the New START arms treaty",
            "other",
            "supported",
            lambda: fixed("supported", [83], "New START extension" in BY_ID[83].topics),
            "2021-01-26 topics: New START extension, Ukraine, Navalny, SolarWinds...",
            "The January call's topics include the New START extension.",
        ),
        C(
            "offering Biden a live online conversation, an offer the White House brushed aside",
            "other",
            "unverifiable",
            lambda: fixed("unverifiable", [], not select("Putin-Biden", ANY, "2021-03-01", "2021-03-31")),
            "no Putin-Biden row in March 2021",
            "An offered contact that never took place is not a contact claim the record can decide: unverifiable.",
        ),
        C(
            "renewed an invitation for Putin to join a virtual climate summit",
            "other",
            "unverifiable",
            lambda: planned("Putin-Biden", "2021-04-22"),
            "no Putin-Biden row on 2021-04-22 or 2021-04-23 (multilateral events are not rows)",
            "A future multilateral summit is not a bilateral contact in the record: unverifiable.",
        ),
        C(
            "met Putin in Moscow in 2011",
            "other",
            "unverifiable",
            lambda: fixed("unverifiable", [], not select("Putin-Biden", ANY, "2011-01-01", "2011-12-31")),
            "no Putin-Biden row before 2021 (reference README: Putin-Biden covered 2021-2022; Biden was vice-president "
            "in 2011)",
            "The period and office lie outside the record's coverage of the pair: unverifiable.",
        ),
    ],
    [
        "for five years",
        "which it annexed in 2014",
        "Moscow recalled its ambassador, Anatoly Antonov, for consultations",
        "on April 22-23",
    ],
)

# ---- 133 ------------------------------------------------------------------------------------
A(
    "133.txt",
    "2025-10-30",
    "en",
    "Trump-Xi",
    [
        C(
            "met on Thursday at an air base in Busan, South Korea",
            "other",
            "supported",
            lambda: on("Trump-Xi", "2025-10-30", MEET),
            "Trump-Xi in_person 2025-10-30 (Thursday), Busan, Gimhae air base",
            "Thursday on or before publication 2025-10-30 is that day, which has the Busan meeting.",
        ),
        C(
            "their first face-to-face meeting in six years",
            "first_in_period",
            "supported",
            lambda: gap("Trump-Xi", "2025-10-30", 6, "years", "about", MEET),
            "previous Trump-Xi in_person row: Osaka 2019-06-29; gap 6.34 years",
            "The gap to the previous meeting is 6.34 years, inside 6 +/- 0.5.",
        ),
        C(
            "The talks lasted about 100 minutes",
            "duration",
            "supported",
            lambda: duration(175, [100], "about", 100),
            "2025-10-30: duration_min 100; 'about 100 minutes (1 h 40 min), longer than scheduled (CCTV)'",
            "'About 100 minutes' allows 80-120; 100 fits.",
        ),
        C(
            "longer than planned",
            "other",
            "supported",
            lambda: fixed("supported", [175], "longer than scheduled" in BY_ID[175].duration_text),
            "2025-10-30 duration_text: 'longer than scheduled (CCTV)'",
            "The row records that the talks overran.",
        ),
        C(
            "their first in-person encounter since Trump returned to the White House in January",
            "first_in_period",
            "supported",
            lambda: none_between("Trump-Xi", str(office_start("Donald Trump", "2025-01-01")), "2025-10-30", MEET),
            "no Trump-Xi in_person row 2025-01-20..2025-10-29",
            "No meeting lies between the 20 January inauguration and Busan.",
        ),
        C(
            "and the sixth in all",
            "ordinal_count",
            "supported",
            lambda: ordinal(6, "2025-10-30", dict(pair="Trump-Xi", kinds=MEET, end="2025-10-30")),
            "Trump-Xi in_person rows, visits once: Mar-a-Lago 2017-04-06 (+07), Hamburg 2017-07-08, Beijing 2017-11-08 "
            "(+09), Buenos Aires 2018-12-01, Osaka 2019-06-29, Busan 2025-10-30 (6)",
            "Counting each visit once, Busan is the sixth Trump-Xi meeting (row notes agree).",
        ),
        C(
            "During his first term the two men met five times",
            "count",
            "supported",
            lambda: count(5, dict(pair="Trump-Xi", kinds=MEET, start="2017-01-20", end="2021-01-20")),
            "Trump-Xi in_person rows 2017-01-20..2021-01-20, visits once: 2017-04-06, 2017-07-08, 2017-11-08, 2018-12-01, "
            "2019-06-29 (5)",
            "Five distinct meetings in the first term (the second days of Mar-a-Lago and Beijing are part_of rows).",
        ),
        C(
            "the last in 2019",
            "previous_date",
            "supported",
            lambda: previous("Trump-Xi", "2025-10-30", "2019", MEET),
            "latest Trump-Xi in_person row before 2025-10-30: 2019-06-29 Osaka",
            "The last first-term meeting is Osaka, 2019.",
        ),
        C(
            "in June they spent",
            "other",
            "supported",
            lambda: on("Trump-Xi", "2019-06-29", MEET),
            "Trump-Xi in_person 2019-06-29, Osaka",
            "The sentence names 2019, so 'in June' is June 2019: Osaka.",
        ),
        C(
            "about 80 minutes together in Osaka",
            "duration",
            "supported",
            lambda: duration(55, [80], "about", 80),
            "2019-06-29: duration_min 80 ('about 80 minutes')",
            "'About 80 minutes' allows 64-96; 80 fits.",
        ),
        C(
            "Xi said the two had spoken by phone three times this year",
            "count",
            "supported",
            lambda: count(
                3,
                dict(pair="Trump-Xi", kinds=PHONE, start="2025-01-01", end="2025-10-30", pe=False),
                dict(pair="Trump-Xi", kinds=PHONE, start="2025-01-01", end="2025-10-30"),
            ),
            "Trump-Xi phone rows 2025-01-01..2025-10-30: 01-17 (PRESIDENT-ELECT), 06-05, 09-19 (3; 2 without the "
            "president-elect call); 2025-04-25 disputed, never counted",
            "'This year' can reasonably include the 17 January call Trump took as president-elect (README readings; "
            "AFP/Anadolu counted it the same way): that reading gives 3. Counting only calls in office would give 2.",
        ),
        C(
            "They last talked on September 19",
            "previous_date",
            "supported",
            lambda: previous("Trump-Xi", "2025-10-30", "2025-09-19", ANY),
            "latest Trump-Xi row before 2025-10-30: phone 2025-09-19",
            "The previous contact of any kind is the 19 September call.",
        ),
        C(
            "when they agreed to meet in South Korea",
            "other",
            "supported",
            lambda: fixed("supported", [169], "agreed to meet at APEC in South Korea" in BY_ID[169].topics),
            "2025-09-19 topics: TikTok deal approval; ... agreed to meet at APEC in South Korea",
            "The September call's topics include the agreement to meet in South Korea (and TikTok).",
        ),
        C(
            "Trump said he would visit China in April and that Xi would come to the United States afterwards",
            "other",
            "unverifiable",
            lambda: planned("Trump-Xi", None),
            "record ends in early March 2026 (NOTES-more-pairs: Trump's April 2026 Beijing trip beyond the sources)",
            "Planned future visits are future contacts: unverifiable.",
        ),
    ],
    [
        '"12 out of 10"',
        "from 20 percent to 10 percent",
        'testing nuclear weapons "on an equal basis" with other powers',
        "on the eve of the Asia-Pacific Economic Cooperation leaders' meeting",
    ],
)

mutate(
    "133.txt",
    "m133.txt",
    [
        ("in six years", "in four years"),
        ("about 100 minutes", "about an hour"),
    ],
    {
        "in six years": C(
            "their first face-to-face meeting in four years",
            "first_in_period",
            "contradicted",
            lambda: gap("Trump-Xi", "2025-10-30", 4, "years", "about", MEET),
            "previous Trump-Xi in_person row: Osaka 2019-06-29; gap 6.34 years (record complete 2017-2020 and "
            "2025-2026, and no contact at all while Trump was out of office)",
            "Altered from 'six years' (original, supported). The gap is 6.34 years, outside 4 +/- 0.5.",
            mutated=True,
        ),
        "about 100 minutes": C(
            "The talks lasted about an hour",
            "duration",
            "contradicted",
            lambda: duration(175, [100], "about", 60),
            "2025-10-30: duration_min 100 ('about 100 minutes (1 h 40 min)', CCTV)",
            "Altered from 'about 100 minutes' (original, supported). 'About an hour' allows 48-72 minutes; the only "
            "figure is 100.",
            mutated=True,
        ),
    },
)

# ---- 134 ------------------------------------------------------------------------------------
A(
    "134.txt",
    "2025-06-06",
    "ru",
    "Trump-Xi",
    [
        C(
            "впервые после инаугурации поговорили по телефону",
            "first_in_period",
            "supported",
            lambda: none_between("Trump-Xi", str(office_start("Donald Trump", "2025-01-01")), "2025-06-05", PHONE),
            "no counted Trump-Xi phone row 2025-01-20..2025-06-04 (2025-04-25 disputed)",
            "Headline: the first Trump-Xi call since the 20 January inauguration.",
        ),
        C(
            "провели в четверг телефонный разговор",
            "other",
            "supported",
            lambda: on("Trump-Xi", "2025-06-05", PHONE),
            "Trump-Xi phone 2025-06-05 (Thursday; same date in both capitals)",
            "Thursday on or before publication 2025-06-06 is 2025-06-05, which has the call.",
        ),
        C(
            "первый с тех пор, как Трамп вернулся в Белый дом",
            "first_in_period",
            "supported",
            lambda: none_between("Trump-Xi", str(office_start("Donald Trump", "2025-01-01")), "2025-06-05"),
            "no counted Trump-Xi row 2025-01-20..2025-06-04 (the 2025-04-25 'Xi called me' row is disputed)",
            "Nothing counted lies between the 20 January inauguration and this call; the disputed April row never "
            "counts. Notes: 'First Trump-Xi call of Trump's second term'.",
        ),
        C(
            "беседа продолжалась примерно полтора часа",
            "duration",
            "supported",
            lambda: duration(152, [(90, "about")], "about", 90),
            "2025-06-05: duration_min 90; Trump 'approximately one and a half hours'",
            "'Примерно полтора часа' allows 72-108 minutes; 90 fits.",
        ),
        C(
            "звонок состоялся по просьбе Вашингтона",
            "other",
            "supported",
            lambda: fixed("supported", [152], BY_ID[152].initiator.startswith("US")),
            "2025-06-05 initiator: 'US (Chinese readout/embassy: at the request of the US side)'",
            "The row records the Chinese readout's 'at the request of the US side'.",
        ),
        C(
            "тем России, Украины и Ирана собеседники не касались",
            "other",
            "supported",
            lambda: fixed("supported", [152], "nothing on Russia/Ukraine or Iran" in BY_ID[152].topics),
            "2025-06-05 topics: '... nothing on Russia/Ukraine or Iran (Trump)'",
            "The row's topics record Trump's statement.",
        ),
        C(
            "Лидеры обменялись приглашениями посетить свои страны",
            "other",
            "unverifiable",
            lambda: planned("Trump-Xi", None),
            "2025-06-05 topics: 'mutual visit invitations'; no dates",
            "Invitations to future visits are future contacts: unverifiable (the house reading of invited visits).",
        ),
        C(
            "Предыдущий разговор двух лидеров состоялся 17 января",
            "previous_date",
            "supported",
            lambda: previous("Trump-Xi", "2025-06-05", "2025-01-17", CALL),
            "latest Trump-Xi phone/video row before 2025-06-05: 2025-01-17 (PRESIDENT-ELECT call); 2025-04-25 disputed",
            "The previous conversation is the 17 January call Trump took as president-elect; the claim names it "
            "itself.",
        ),
        C(
            "за три дня до инаугурации",
            "other",
            "supported",
            lambda: fixed("supported", [135], (office_start("Donald Trump", "2025-01-01") - D("2025-01-17")).days == 3),
            "offices.csv: Trump's second term from 2025-01-20; call 2025-01-17",
            "17 January is three days before the 20 January inauguration.",
        ),
        C(
            "пауза в общении длилась почти пять месяцев",
            "first_in_period",
            "supported",
            lambda: gap("Trump-Xi", "2025-06-05", 5, "months", "almost", ANY),
            "previous Trump-Xi contact before 2025-06-05: phone 2025-01-17; gap 139 days = 4.57 months",
            "'Почти пять месяцев' needs 4.5-5 months; the gap from the 17 January call is 4.57 months.",
        ),
        C(
            "До того они не общались с марта 2020 года",
            "previous_date",
            "supported",
            lambda: previous("Trump-Xi", "2025-01-17", "2020-03", ANY),
            "latest Trump-Xi row before 2025-01-17: phone 2020-03-26 (last contact of the first term; notes of row 135: "
            "'First direct contact since Trump left office')",
            "Before the January 2025 call the last contact was the 26 March 2020 call.",
        ),
        C(
            "в разгар пандемии обсуждали сотрудничество в борьбе с коронавирусом",
            "other",
            "supported",
            lambda: fixed("supported", [69], "COVID-19" in BY_ID[69].topics),
            "2020-03-26 topics: COVID-19 pandemic cooperation",
            "The March 2020 call's topics match.",
        ),
        C(
            "только в 2017 году лидеры созванивались девять раз",
            "count",
            "supported",
            lambda: count(9, dict(pair="Trump-Xi", kinds=PHONE, start="2017-01-01", end="2017-12-31")),
            "Trump-Xi phone rows of 2017: 02-09, 04-12, 04-23, 07-02, 08-11, 09-06, 09-18, 10-25, 11-29 (9)",
            "The record holds nine Trump-Xi calls in 2017 (believed complete).",
        ),
        C(
            "в ноябре Си принимал американского коллегу в Пекине",
            "other",
            "supported",
            lambda: on("Trump-Xi", "2017-11-08", MEET),
            "Trump-Xi in_person 2017-11-08 (+ 2017-11-09), Beijing state visit",
            "The sentence names 2017, so 'в ноябре' is November 2017: the Beijing state visit.",
        ),
        C(
            "где они вместе осмотрели Запретный город",
            "other",
            "supported",
            lambda: fixed("supported", [25], "Forbidden City" in BY_ID[25].duration_text),
            "2017-11-08 duration_text: '8 Nov tour of the Forbidden City, tea, Peking opera, private dinner'",
            "The row records the joint tour of the Forbidden City.",
        ),
        C(
            "В среднем за те четыре года лидеры созванивались примерно четыре с половиной раза в год",
            "frequency",
            "supported",
            lambda: _freq("Trump-Xi", PHONE, "2017-01-20", "2021-01-20", 4.5),
            "Trump-Xi phone rows 2017-01-20..2021-01-20 (4.0 years): 18 (2017: 9, 2018: 5, 2019: 2, 2020: 2); the "
            "2016-11-14 president-elect call lies before the term",
            "'Те четыре года' = Trump's first term: 18 calls / 4.0 years = 4.5 a year, within 4.5 +/- 0.5.",
        ),
    ],
    [
        "Министр финансов Скотт Бессент, министр торговли Говард Лутник и торговый представитель Джеймисон Грир вскоре встретятся с китайской делегацией",
        "на 115 процентных пунктов на 90 дней",
        "договоренности, достигнутые в мае в Женеве",
    ],
)

# ---- 135 ------------------------------------------------------------------------------------
A(
    "135.txt",
    "2026-02-05",
    "ru",
    "Trump-Xi",
    [
        C(
            "поговорил с Трампом вслед за видеосвязью с Путиным",
            "other",
            "supported",
            lambda: fixed("supported", [181, 182], "hours before the Xi-Trump call" in BY_ID[181].notes),
            "2026-02-04: Putin-Xi video, then Trump-Xi phone (row 181 notes: 'Held hours before the Xi-Trump call')",
            "Headline: both contacts are on 2026-02-04, the Trump call after the Putin video call.",
        ),
        C(
            "в среду провел телефонный разговор с президентом США Дональдом Трампом",
            "other",
            "supported",
            lambda: on("Trump-Xi", "2026-02-04", PHONE),
            "Trump-Xi phone 2026-02-04 (Wednesday)",
            "Wednesday before publication 2026-02-05 is 2026-02-04, which has the call.",
        ),
        C(
            "за несколько часов до того председатель КНР пообщался по видеосвязи с Владимиром Путиным",
            "other",
            "supported",
            lambda: fixed(
                "supported",
                on("Putin-Xi", "2026-02-04", VIDEO)[1],
                "hours before the Xi-Trump call" in BY_ID[181].notes,
            ),
            "Putin-Xi video 2026-02-04; notes: 'Held hours before the Xi-Trump call the same day'",
            "The record has the Putin-Xi video call the same day, before the Trump call.",
        ),
        C(
            "их беседа заняла 1 час 25 минут",
            "duration",
            "supported",
            lambda: duration(181, [85], "bare", 85),
            "2026-02-04 Putin-Xi: duration_min 85 (Ushakov: 1 hour 25 minutes)",
            "A bare 85 minutes allows 76.5-93.5; Ushakov's figure is 85.",
        ),
        C(
            "Трамп назвал разговор с Си долгим и обстоятельным",
            "other",
            "supported",
            lambda: fixed("supported", [182], "long and thorough" in BY_ID[182].duration_text),
            "2026-02-04 duration_text: Trump 'a long and thorough call'",
            "The row records Trump's words.",
        ),
        C(
            "Это первый разговор двух лидеров в 2026 году",
            "ordinal_count",
            "supported",
            lambda: ordinal(1, "2026-02-04", dict(pair="Trump-Xi", kinds=ANY, start="2026-01-01", end="2026-02-04")),
            "Trump-Xi rows 2026-01-01..2026-02-04: 02-04 only",
            "No earlier Trump-Xi contact in 2026: the first of the year (notes agree).",
        ),
        C(
            "Последний раз Си и Трамп созванивались в ноябре",
            "previous_date",
            "supported",
            lambda: previous("Trump-Xi", "2026-02-04", "2025-11", CALL),
            "latest Trump-Xi phone/video row before 2026-02-04: 2025-11-24",
            "The latest November on or before publication is November 2025, which has the previous call (24 Nov).",
        ),
        C(
            "в конце октября встречались в южнокорейском Пусане",
            "other",
            "supported",
            lambda: on("Trump-Xi", "2025-10-30", MEET),
            "Trump-Xi in_person 2025-10-30, Busan",
            "Late October 2025 has the Busan meeting.",
        ),
        C(
            "С момента возвращения Трампа в Белый дом это уже их пятый контакт",
            "ordinal_count",
            "supported",
            lambda: ordinal(
                5,
                "2026-02-04",
                dict(
                    pair="Trump-Xi", kinds=ANY, start=str(office_start("Donald Trump", "2025-01-01")), end="2026-02-04"
                ),
            ),
            "Trump-Xi rows 2025-01-20..2026-02-04: phone 06-05, phone 09-19, in_person 10-30, phone 11-24, phone 2026-02-04 "
            "(5); the 2025-01-17 president-elect call lies before the return; 2025-04-25 disputed",
            "'Контакт' = any kind: since the 20 January 2025 inauguration the record holds five Trump-Xi contacts, the "
            "reported call being the fifth.",
        ),
        C(
            "разговаривает с Си «почти каждую неделю»",
            "frequency",
            "unverifiable",
            lambda: fixed("unverifiable", [176, 182], ids(select("Trump-Xi", ANY, "2025-11-25", "2026-02-03")) == []),
            "Trump-Xi rows: 2025-11-24, then 2026-02-04 (none in between; believed complete)",
            "A vague frequency ('almost every week') is unverifiable. The record shows no call between 24 November and "
            "4 February, but it holds contacts in the surrounding months, so it does not reach 'no matching contact at "
            "all'.",
        ),
        C(
            "Визит Трампа в Китай запланирован на апрель",
            "other",
            "unverifiable",
            lambda: planned("Trump-Xi", None),
            "record ends early March 2026; topics of 2025-11-24 and 2026-02-04: Trump's April trip to China",
            "A planned future visit is a future contact: unverifiable.",
        ),
        C(
            "председатель КНР должен приехать в США с ответным визитом",
            "other",
            "unverifiable",
            lambda: planned("Trump-Xi", None),
            "2025-11-24 topics: Trump invited Xi for a state visit later in 2026",
            "A planned future visit is a future contact: unverifiable.",
        ),
    ],
    [
        "до 20 млн тонн в нынешнем сезоне и до 25 млн тонн в следующем",
        "в интервью британской газете Daily Mail",
        "несмотря на пошлины, введенные Вашингтоном в прошлом году",
    ],
)

# ---- 136 ------------------------------------------------------------------------------------
A(
    "136.txt",
    "2017-04-07",
    "en",
    "Trump-Xi",
    [
        C(
            "welcomed Xi Jinping to his Mar-a-Lago resort in Palm Beach, Florida, on Thursday",
            "other",
            "supported",
            lambda: on("Trump-Xi", "2017-04-06", MEET),
            "Trump-Xi in_person 2017-04-06 (Thursday), Mar-a-Lago, day 1 of 2",
            "Thursday on or before publication 2017-04-07 is 2017-04-06, which has day 1 of the summit.",
        ),
        C(
            "for their first face-to-face meeting",
            "ordinal_count",
            "supported",
            lambda: ordinal(1, "2017-04-06", dict(pair="Trump-Xi", kinds=MEET, end="2017-04-06")),
            "Trump-Xi in_person rows up to 2017-04-06: only 2017-04-06 (notes: 'First in-person Trump-Xi meeting')",
            "No earlier Trump-Xi meeting in the record.",
        ),
        C(
            "The two leaders held talks before sitting down to dinner",
            "other",
            "supported",
            lambda: fixed("supported", [6], "talks and dinner on 6 Apr" in BY_ID[6].duration_text),
            "2017-04-06 duration_text: 'talks and dinner on 6 Apr; talks and working lunch on 7 Apr'",
            "The row records talks and a dinner on the first day.",
        ),
        C(
            "Trump told Xi about the strikes over dinner",
            "other",
            "supported",
            lambda: fixed("supported", [6], "missile strikes on Syria" in BY_ID[6].topics),
            "2017-04-06 topics: 'Trump told Xi over dinner of the US missile strikes on Syria'",
            "The row's topics match.",
        ),
        C(
            "The summit resumes on Friday with further talks and ends with a working lunch",
            "other",
            "supported",
            lambda: planned("Trump-Xi", "2017-04-07", MEET),
            "Trump-Xi in_person 2017-04-07 (part_of the 2017-04-06 row): further bilateral talks, concluding working lunch",
            "A planned contact: Friday on or after publication is 2017-04-07, and the record holds day 2 of the summit "
            "on it (same visit, counted once).",
        ),
        C(
            "had spoken only once since Trump took office",
            "count",
            "supported",
            lambda: count(
                1, dict(pair="Trump-Xi", kinds=ANY, start=str(office_start("Donald Trump")), end="2017-04-05")
            ),
            "Trump-Xi rows 2017-01-20..2017-04-05: phone 2017-02-09 only",
            "Between the inauguration and the summit the record holds a single contact, the February call.",
        ),
        C(
            "by phone on February 10",
            "previous_date",
            "supported",
            lambda: previous("Trump-Xi", "2017-04-06", "2017-02-10", PHONE),
            "Trump-Xi phone 2017-02-09 (US Eastern date); notes: 'DATE BY TIME ZONE: Thursday evening 9 Feb in Washington "
            "= Friday 10 Feb in Beijing'",
            "The previous contact is dated 9 February in Washington; its notes name the Beijing date, 10 February, so "
            "D+-1 applies.",
        ),
        C(
            'when Trump agreed to honour the "one China" policy',
            "other",
            "supported",
            lambda: fixed("supported", [4], "one China" in BY_ID[4].topics),
            "2017-02-09 topics: 'Trump agreed, at Xi's request, to honor the one China policy'",
            "The February call's topics match.",
        ),
        C(
            "That call ended a silence of nearly three months",
            "first_in_period",
            "supported",
            lambda: gap("Trump-Xi", "2017-02-09", 3, "months", "almost", ANY),
            "previous Trump-Xi row before 2017-02-09: phone 2016-11-14 (CONTEXT ONLY, president-elect); gap 87 days = "
            "2.86 months (notes: 'first contact since 14 Nov 2016')",
            "The gap from the 14 November call to the February call is 2.86 months, inside 'nearly three' (2.5-3).",
        ),
        C(
            "Xi had last spoken to Trump on November 14, when he phoned to congratulate him on his election victory",
            "previous_date",
            "supported",
            lambda: previous("Trump-Xi", "2017-02-09", "2016-11-14", ANY),
            "Trump-Xi phone 2016-11-14 (CONTEXT ONLY: before Trump took office); initiator China (Xi called to "
            "congratulate)",
            "The latest 14 November on or before publication is 2016-11-14; the row (context only, but a real contact) "
            "has Xi's congratulatory call.",
        ),
    ],
    [
        "59 Tomahawk cruise missiles",
        "a $347 billion goods deficit",
        "taking a call from Taiwan's leader",
        "staying at a resort a short drive down the coast",
    ],
)

# ---- 137 ------------------------------------------------------------------------------------
A(
    "137.txt",
    "2025-03-19",
    "en",
    "Trump-Zelensky",
    [
        C(
            "call with Zelensky, first since Oval Office clash",
            "first_in_period",
            "supported",
            lambda: none_between("Trump-Zelensky", "2025-02-28", "2025-03-19"),
            "Trump-Zelensky in_person 2025-02-28, then phone 2025-03-19; nothing in between",
            "Headline: no contact between the clash and this call.",
        ),
        C(
            "telephone conversation with Volodymyr Zelensky on Wednesday",
            "other",
            "supported",
            lambda: on("Trump-Zelensky", "2025-03-19", PHONE),
            "Trump-Zelensky phone 2025-03-19 (Wednesday morning ET)",
            "Wednesday on or before publication 2025-03-19 is that day, which has the call.",
        ),
        C(
            "their first known contact since a shouting match in the Oval Office at the end of February",
            "first_in_period",
            "supported",
            lambda: none_between("Trump-Zelensky", "2025-02-28", "2025-03-19"),
            "Trump-Zelensky in_person 2025-02-28 (Oval Office clash); no row 2025-03-01..2025-03-18",
            "No contact of any kind lies between the 28 February meeting and this call (notes: 'First known contact "
            "since the 28 Feb clash').",
        ),
        C(
            "The call lasted approximately one hour",
            "duration",
            "supported",
            lambda: duration(142, [(60, "about")], "about", 60),
            "2025-03-19: duration_min 60; Trump 'approximately one hour'",
            "'Approximately one hour' allows 48-72 minutes; 60 fits.",
        ),
        C(
            "his conversation with Vladimir Putin the previous day",
            "other",
            "supported",
            lambda: on("Putin-Trump", "2025-03-18", PHONE),
            "Putin-Trump phone 2025-03-18 (30-day moratorium on strikes on energy infrastructure)",
            "The day before the call is 2025-03-18, which has the Putin-Trump call.",
        ),
        C(
            "That call had run to about two hours, according to the Kremlin",
            "duration",
            "supported",
            lambda: duration(141, [(120, "about")], "about", 120),
            "2025-03-18: duration_min 120; Peskov 'about two hours' including interpretation",
            "'About two hours' allows 96-144 minutes; the Kremlin's 120 fits.",
        ),
        C(
            "It was the second phone call between Trump and Zelensky since Trump's inauguration in January",
            "ordinal_count",
            "supported",
            lambda: ordinal(
                2,
                "2025-03-19",
                dict(
                    pair="Trump-Zelensky",
                    kinds=PHONE,
                    start=str(office_start("Donald Trump", "2025-01-01")),
                    end="2025-03-19",
                ),
            ),
            "Trump-Zelensky phone rows 2025-01-20..2025-03-19: 02-12, 03-19 (2)",
            "Two calls since the 20 January inauguration, this being the second (the 28 February meeting was in "
            "person).",
        ),
        C(
            "The first, on February 12",
            "previous_date",
            "supported",
            lambda: previous("Trump-Zelensky", "2025-03-19", "2025-02-12", PHONE),
            "latest Trump-Zelensky phone row before 2025-03-19: 2025-02-12",
            "The earlier call of the term is the 12 February call.",
        ),
        C(
            "came straight after Trump's call with Putin",
            "other",
            "supported",
            lambda: fixed("supported", [137, 138], "came after the Trump-Putin call the same day" in BY_ID[138].notes),
            "2025-02-12 Trump-Zelensky notes: 'came after the Trump-Putin call the same day'",
            "Both calls are on 2025-02-12, the Zelensky call after the Putin call.",
        ),
        C(
            "After the February 28 clash",
            "other",
            "supported",
            lambda: on("Trump-Zelensky", "2025-02-28", MEET),
            "Trump-Zelensky in_person 2025-02-28 (Oval Office, televised clash)",
            "The record has the 28 February meeting that ended in a clash.",
        ),
        C(
            "In April Trump phoned to congratulate Zelensky on his election",
            "other",
            "supported",
            lambda: on("Trump-Zelensky", "2019-04-21", PHONE),
            "Trump-Zelensky phone 2019-04-21 (PRESIDENT-ELECT: Zelensky won the runoff that day); Trump called to "
            "congratulate",
            "The paragraph names 2019: April 2019 has the congratulatory call.",
        ),
        C(
            "in July they held the call that led to Trump's first impeachment",
            "other",
            "supported",
            lambda: on("Trump-Zelensky", "2019-07-25", PHONE),
            "Trump-Zelensky phone 2019-07-25 (basis of the 2019 impeachment inquiry)",
            "July 2019 has the call at the centre of the impeachment inquiry.",
        ),
        C(
            "a conversation of 30 minutes",
            "duration",
            "supported",
            lambda: duration(56, [30], "bare", 30),
            "2019-07-25: duration_min 30 (memorandum: 9:03-9:33 a.m. EDT)",
            "A bare 30 minutes allows 27-33; the memorandum's span is 30.",
        ),
        C(
            "They met for the first time in September that year",
            "ordinal_count",
            "supported",
            lambda: ordinal(1, "2019-09-25", dict(pair="Trump-Zelensky", kinds=MEET, end="2019-09-25")),
            "Trump-Zelensky in_person 2019-09-25, New York (UNGA); no earlier meeting",
            "'That year' is 2019: the first Trump-Zelensky meeting was in New York on 25 September 2019.",
        ),
    ],
    [
        "to halt strikes on energy infrastructure for 30 days",
        "Washington briefly paused military aid and intelligence sharing with Kyiv",
        "Secretary of State Marco Rubio and National Security Adviser Mike Waltz said on Wednesday",
    ],
)

# ---- 138 ------------------------------------------------------------------------------------
TZ_MEET_2025 = dict(pair="Trump-Zelensky", kinds=MEET, start="2025-01-01", end="2025-12-28")
A(
    "138.txt",
    "2025-12-29",
    "ru",
    "Trump-Zelensky",
    [
        C(
            "почти три часа обсуждали",
            "duration",
            "supported",
            lambda: duration(178, [(180, "about")], "almost", 180),
            "2025-12-28 Mar-a-Lago: duration_min 180 ('about three hours', Babel)",
            "'Почти три часа' allows 135-180 minutes; 180 fits.",
        ),
        C(
            "в воскресенье принял Владимира Зеленского в своей резиденции Мар-а-Лаго",
            "other",
            "supported",
            lambda: on("Trump-Zelensky", "2025-12-28", MEET),
            "Trump-Zelensky in_person 2025-12-28 (Sunday), Mar-a-Lago, Palm Beach",
            "Sunday before publication 2025-12-29 is 2025-12-28, which has the meeting.",
        ),
        C(
            "Переговоры продолжались около трех часов",
            "duration",
            "supported",
            lambda: duration(178, [(180, "about")], "about", 180),
            "2025-12-28: duration_min 180 ('about three hours')",
            "'Около трех часов' allows 144-216 minutes; 180 fits.",
        ),
        C(
            "лидеры вместе провели телефонный разговор с рядом европейских руководителей",
            "other",
            "supported",
            lambda: fixed("supported", [178], "MULTILATERAL phone segment" in BY_ID[178].topics),
            "2025-12-28 topics: 'MULTILATERAL phone segment with Macron, Stubb, Nawrocki, ...'",
            "The meeting row includes the joint call with European leaders.",
        ),
        C(
            "он длился около часа",
            "duration",
            "supported",
            lambda: duration(178, [(60, "")], "about", 60, segment=True),
            "2025-12-28 duration_text: 'followed by a joint call with European leaders lasting one hour (von der Leyen)'",
            "'Около часа' allows 48-72 minutes; von der Leyen's 'one hour' fits (this figure is for the group call, not "
            "the meeting).",
        ),
        C(
            "разговаривал по телефону с Владимиром Путиным",
            "other",
            "supported",
            lambda: on("Putin-Trump", "2025-12-28", PHONE),
            "Putin-Trump phone 2025-12-28 (ahead of the Mar-a-Lago meeting)",
            "The record has a Putin-Trump call on the day of the meeting, before it.",
        ),
        C(
            "час с четвертью",
            "duration",
            "supported",
            lambda: duration(177, [75], "bare", 75),
            "2025-12-28 Putin-Trump: duration_min 75 (Ushakov 'one hour and 15 minutes')",
            "A bare 75 minutes allows 67.5-82.5; Ushakov's figure is 75.",
        ),
        C(
            "пообещал созвониться с ним снова в понедельник",
            "other",
            "supported",
            lambda: planned("Putin-Trump", "2025-12-29", PHONE),
            "Putin-Trump phone 2025-12-29 (Trump briefed Putin on the Mar-a-Lago talks)",
            "A planned contact: Monday on or after publication 2025-12-29 is that day, and the record holds the call on "
            "it, so it is supported (README).",
        ),
        C(
            "на январь, по его словам, намечена встреча Трампа с украинской делегацией и европейскими лидерами",
            "other",
            "unverifiable",
            lambda: planned("Trump-Zelensky", None),
            "no planned date (the record later has a Trump-Zelensky meeting at Davos on 2026-01-22)",
            "A planned meeting in an unspecified part of January is a future contact without a date: unverifiable.",
        ),
        C(
            "Встреча в Мар-а-Лаго стала для лидеров уже четвертой в этом году",
            "ordinal_count",
            "contradicted",
            lambda: ordinal(
                4, "2025-12-28", TZ_MEET_2025, dict(TZ_MEET_2025, brief=False), dict(TZ_MEET_2025, group=False)
            ),
            "Trump-Zelensky in_person rows 2025-01-01..2025-12-28: 02-28 White House, 04-26 Vatican, 06-25 The Hague, "
            "08-18 White House, 09-23 New York, 10-17 White House, 12-28 Mar-a-Lago (7; believed complete, European "
            "Conservative's 'sixth' on 17 Oct agrees)",
            "A real reporting error (news.mail.ru / Sputnik said 'fourth'). Mar-a-Lago is the seventh meeting of 2025; "
            "no reading of 'встреча' (with or without the short Vatican encounter, with or without European segments) "
            "gives 4 (NOTES-more-pairs, conflict 2: use the row list).",
        ),
        C(
            "Первая, в феврале, закончилась скандалом в Овальном кабинете",
            "ordinal_count",
            "supported",
            lambda: ordinal(1, "2025-02-28", dict(TZ_MEET_2025, end="2025-02-28")),
            "first Trump-Zelensky in_person row of 2025: 2025-02-28, Oval Office, ended in a televised clash",
            "The first meeting of the year is the February Oval Office meeting that ended in a clash.",
        ),
        C(
            "Нынешняя встреча стала первой очной после октябрьских переговоров в Белом доме",
            "first_in_period",
            "supported",
            lambda: none_between("Trump-Zelensky", "2025-10-17", "2025-12-28", MEET),
            "Trump-Zelensky in_person 2025-10-17 White House; none 2025-10-18..2025-12-27 (notes: 'First in-person "
            "meeting since October')",
            "No meeting lies between the 17 October White House talks and Mar-a-Lago.",
        ),
    ],
    [
        "90–95% мирного плана из 20 пунктов",
        "Команды двух стран встретятся на следующей неделе",
        "провели обыски в здании Верховной рады в Киеве",
    ],
)


# ---- 139 ------------------------------------------------------------------------------------
def _first_since_and_gap():
    v, rids = none_between("Trump-Zelensky", "2025-02-28", "2025-04-26", MEET)
    g, _ = gap("Trump-Zelensky", "2025-04-26", 2, "months", "about", MEET)
    return ("supported" if v == g == "supported" else "contradicted"), rids


A(
    "139.txt",
    "2025-04-26",
    "en",
    "Trump-Zelensky",
    [
        C(
            "hold 15-minute talk in St Peter's",
            "duration",
            "supported",
            lambda: duration(143, [(15, "about")], "bare", 15),
            "2025-04-26: duration_min 15",
            "Headline: a bare 15 minutes allows 13.5-16.5; 15 fits.",
        ),
        C(
            "met inside St Peter's Basilica on Saturday",
            "other",
            "supported",
            lambda: on("Trump-Zelensky", "2025-04-26", MEET),
            "Trump-Zelensky in_person 2025-04-26 (Saturday), St Peter's Basilica, before Pope Francis's funeral",
            "Saturday on or before publication 2025-04-26 is that day, which has the meeting.",
        ),
        C(
            "their first face-to-face encounter since their angry exchange in the Oval Office two months ago",
            "first_in_period",
            "supported",
            _first_since_and_gap,
            "Trump-Zelensky in_person 2025-02-28 (Oval Office clash), then 2025-04-26; gap 57 days = 1.87 months",
            "No meeting lies between the Oval Office clash and the Vatican (notes: 'First face-to-face since 28 Feb'); "
            "'two months ago' fits 1.87 months (2 +/- 0.5).",
        ),
        C(
            "The impromptu meeting lasted about 15 minutes",
            "duration",
            "supported",
            lambda: duration(143, [(15, "about")], "about", 15),
            "2025-04-26: duration_min 15 ('about 15 minutes', White House, Vatican News)",
            "'About 15 minutes' allows 5-25 (at least +/-10 min); 15 fits.",
        ),
        C(
            "Macron and British Prime Minister Keir Starmer came over to greet them",
            "other",
            "supported",
            lambda: fixed("supported", [143], "Macron and Starmer greeted them just before" in BY_ID[143].notes),
            "2025-04-26 notes: 'Impromptu one-on-one, seated on two chairs; Macron and Starmer greeted them just before'",
            "The row's notes record the greeting.",
        ),
        C(
            "the pair had agreed to talk again later in the day",
            "other",
            "unverifiable",
            lambda: fixed(
                "unverifiable",
                [143],
                len([r for r in select("Trump-Zelensky", ANY, "2025-04-26", "2025-04-26", once=False)]) == 1,
            ),
            "one Trump-Zelensky row on 2025-04-26 (the basilica meeting); no second contact that day",
            "A planned second talk is a future contact; the only row that day is the meeting already reported, so the "
            "record does not hold the planned one: unverifiable, never contradicted.",
        ),
        C(
            "It was only the second time the two presidents had met since Trump returned to the White House in January",
            "ordinal_count",
            "supported",
            lambda: ordinal(
                2,
                "2025-04-26",
                dict(
                    pair="Trump-Zelensky",
                    kinds=MEET,
                    start=str(office_start("Donald Trump", "2025-01-01")),
                    end="2025-04-26",
                ),
            ),
            "Trump-Zelensky in_person rows 2025-01-20..2025-04-26: 02-28, 04-26 (2)",
            "Two meetings since the inauguration, the Vatican one being the second.",
        ),
        C(
            "They had last spoken by phone on March 19",
            "previous_date",
            "supported",
            lambda: previous("Trump-Zelensky", "2025-04-26", "2025-03-19", PHONE),
            "latest Trump-Zelensky phone row before 2025-04-26: 2025-03-19",
            "The previous phone call is 19 March 2025.",
        ),
        C(
            "the day after Trump's call with Vladimir Putin",
            "other",
            "supported",
            lambda: on("Putin-Trump", "2025-03-18", PHONE),
            "Putin-Trump phone 2025-03-18",
            "The day before 19 March is 18 March, which has the Putin-Trump call.",
        ),
        C(
            "Trump also saw Zelensky in Paris in December",
            "other",
            "supported",
            lambda: on("Trump-Zelensky", "2024-12-07", MEET),
            "Trump-Zelensky in_person 2024-12-07, Elysee Palace (CONTEXT ONLY: president-elect; TRILATERAL with Macron, "
            "host)",
            "'Before his inauguration ... in December' is December 2024: the Paris meeting Macron convened.",
        ),
        C(
            "a meeting of about half an hour hosted by Macron",
            "duration",
            "supported",
            lambda: duration(134, [(35, "about"), (20, "")], "about", 30),
            "2024-12-07: duration_min blank; 'about 35 minutes (BFMTV); another report: brief 20-minute meeting'",
            "'About half an hour' allows 20-40 minutes; both figures (35 and 20) fit.",
        ),
    ],
    [
        "Trump's plane left Rome shortly before 2 p.m.",
        "Steve Witkoff spent three hours with Putin in Moscow",
        '"very close to a deal"',
        "died on Monday aged 88",
        "An estimated 200,000 people",
    ],
)

# ---- 140 ------------------------------------------------------------------------------------
A(
    "140.txt",
    "2025-07-02",
    "ru",
    "Putin-Macron",
    [
        C(
            "во вторник провели телефонный разговор",
            "other",
            "supported",
            lambda: on("Putin-Macron", "2025-07-01", PHONE),
            "Putin-Macron phone 2025-07-01 (Tuesday)",
            "Tuesday on or before publication 2025-07-02 is 2025-07-01, which has the call.",
        ),
        C(
            "Путин и Макрон поговорили впервые почти за три года",
            "first_in_period",
            "supported",
            lambda: gap("Putin-Macron", "2025-07-01", 3, "years", "almost", CALL),
            "previous Putin-Macron phone/video row before 2025-07-01: 2022-09-11; gap 2.80 years",
            "Headline: 'почти три года' needs 2.5-3 years; the gap to the previous conversation is 2.80 years.",
        ),
        C(
            "телефонный разговор, впервые почти за три года",
            "first_in_period",
            "supported",
            lambda: gap("Putin-Macron", "2025-07-01", 3, "years", "almost", CALL),
            "previous Putin-Macron phone/video row before 2025-07-01: 2022-09-11; gap 2.80 years (2023-2024 complete, no "
            "contact)",
            "'Почти три года' needs 2.5-3 years; the gap to the previous conversation is 2.80 years.",
        ),
        C(
            "беседа продолжалась более двух часов",
            "duration",
            "supported",
            lambda: duration(156, [(120, "over")], "more", 120),
            "2025-07-01: duration_min 120; Peskov 'over two hours'",
            "'Более двух часов' is Peskov's own wording (stored as 120, meaning over 120): it fits 'more than two hours'.",
        ),
        C(
            "звонок состоялся по просьбе французской стороны",
            "other",
            "supported",
            lambda: fixed("supported", [156], BY_ID[156].initiator.startswith("France")),
            "2025-07-01 initiator: 'France (Kremlin/Peskov: France asked for the call)'",
            "The row records France as the side that asked for the call.",
        ),
        C(
            "Предыдущий разговор президентов России и Франции состоялся 11 сентября 2022 года",
            "previous_date",
            "supported",
            lambda: previous("Putin-Macron", "2025-07-01", "2022-09-11", CALL),
            "latest Putin-Macron phone/video row before 2025-07-01: 2022-09-11",
            "The previous conversation is the 11 September 2022 call (notes: 'First Putin-Macron contact since 11 Sep "
            "2022').",
        ),
        C(
            "был посвящен ситуации на Запорожской АЭС",
            "other",
            "supported",
            lambda: fixed("supported", [119], "Zaporizhzhia" in BY_ID[119].topics),
            "2022-09-11 topics: Zaporizhzhia nuclear plant",
            "The September 2022 call's topic matches.",
        ),
        C(
            "Лично лидеры в последний раз встречались в Кремле в феврале 2022 года",
            "previous_date",
            "supported",
            lambda: previous("Putin-Macron", "2025-07-01", "2022-02", MEET),
            "latest Putin-Macron in_person row before 2025-07-01: 2022-02-07, Kremlin",
            "The last meeting is the 7 February 2022 Kremlin talks.",
        ),
        C(
            "переговоры за знаменитым длинным столом продлились более пяти часов",
            "duration",
            "supported",
            lambda: duration(101, [(300, "over")], "more", 300),
            "2022-02-07: duration_min blank; duration_text 'talks a little over five hours'; notes: 'Long table' meeting",
            "'Более пяти часов' fits the recorded 'a little over five hours' (over 300 minutes).",
        ),
        C(
            "Стороны договорились продолжить контакты",
            "other",
            "unverifiable",
            lambda: fixed("unverifiable", [], not select("Putin-Macron", ANY, "2025-07-02")),
            "no Putin-Macron row after 2025-07-01 (row 156 notes: no further call as of 5-9 Feb 2026)",
            "An agreement to stay in touch is a vague future contact: unverifiable.",
        ),
        C(
            "Перед разговором с Путиным и после него Макрон созванивался с Владимиром Зеленским",
            "other",
            "unverifiable",
            lambda: fixed("unverifiable", [], "Macron-Zelensky" not in PAIRS),
            "the record holds no Macron-Zelensky rows (pairs covered: Putin-Trump, Putin-Biden, Trump-Xi, "
            "Trump-Zelensky, Putin-Macron, Putin-Xi)",
            "A contact between a pair the record does not cover: unverifiable.",
        ),
        C(
            "с 7 февраля, когда Макрон прилетал в Москву, по 12 марта включительно они провели десять телефонных разговоров",
            "count",
            "supported",
            lambda: count(10, dict(pair="Putin-Macron", kinds=PHONE, start="2022-02-08", end="2022-03-12")),
            "Putin-Macron phone rows 2022-02-08..2022-03-12: 02-12, 02-20 (x2), 02-21, 02-24, 02-28, 03-03, 03-06, 03-10 "
            "(with Scholz), 03-12 (with Scholz) = 10; AFP on 12 Mar: nine calls since 7 Feb before that day's call",
            "'С 7 февраля' = after the 7 February meeting; up to and including 12 March there are ten calls (group "
            "calls count for each pair on them). 2022 is believed complete.",
        ),
        C(
            "а всего за 2022 год — 17",
            "count",
            "supported",
            lambda: count(17, dict(pair="Putin-Macron", kinds=PHONE, start="2022-01-01", end="2022-12-31")),
            "Putin-Macron phone rows of 2022: 01-28, 01-31, 02-12, 02-20 x2, 02-21, 02-24, 02-28, 03-03, 03-06, 03-10, "
            "03-12, 03-29, 05-03, 05-28, 08-19, 09-11 (17, three with Scholz)",
            "Seventeen Putin-Macron calls in 2022 (the 7 February Kremlin meeting is in person).",
        ),
        C(
            "В день начала военной операции, 24 февраля, Макрон позвонил Путину вечером из Брюсселя",
            "other",
            "supported",
            lambda: fixed(
                "supported",
                on("Putin-Macron", "2022-02-24", PHONE)[1],
                BY_ID[107].initiator.startswith("France") and "Brussels" in BY_ID[107].notes,
            ),
            "Putin-Macron phone 2022-02-24: initiator France (Macron called, at Zelensky's request); notes: 'Evening call "
            "from Brussels before the EU Council. First call after the invasion began.'",
            "The record has Macron's evening call from Brussels on 24 February 2022.",
        ),
    ],
    [
        "«новые территориальные реалии»",
        "после американских и израильских ударов по объектам в Иране",
    ],
)

mutate(
    "140.txt",
    "m140.txt",
    [
        ("разговор, впервые почти за три года", "разговор, впервые почти за два года"),
        ("состоялся 11 сентября 2022 года и был посвящен ситуации на Запорожской АЭС", "состоялся 3 мая 2022 года"),
    ],
    {
        "разговор, впервые почти за три года": C(
            "телефонный разговор, впервые почти за два года",
            "first_in_period",
            "contradicted",
            lambda: gap("Putin-Macron", "2025-07-01", 2, "years", "almost", CALL),
            "previous Putin-Macron phone/video row before 2025-07-01: 2022-09-11; gap 2.80 years (2022-2025 complete)",
            "Altered from 'почти за три года' (original, supported). 'Почти два года' needs 1.5-2 years; the gap is "
            "2.80 years.",
            mutated=True,
        ),
        "состоялся 11 сентября 2022 года и был посвящен ситуации на Запорожской АЭС": C(
            "Предыдущий разговор президентов России и Франции состоялся 3 мая 2022 года",
            "previous_date",
            "contradicted",
            lambda: previous("Putin-Macron", "2025-07-01", "2022-05-03", CALL),
            "latest Putin-Macron phone/video row before 2025-07-01: 2022-09-11; after 3 May 2022 came 28 May (with "
            "Scholz), 19 Aug and 11 Sep 2022 (2022 complete)",
            "Altered from '11 сентября 2022 года' (original, supported): the error ria24 made. Three calls followed 3 "
            "May 2022, the last on 11 September.",
            mutated=True,
        ),
    },
    drop=("был посвящен ситуации на Запорожской АЭС",),
)

# ---- 141 ------------------------------------------------------------------------------------
A(
    "141.txt",
    "2022-02-08",
    "en",
    "Putin-Macron",
    [
        C(
            "talk for more than five hours at the Kremlin",
            "duration",
            "supported",
            lambda: duration(101, [(300, "over")], "more", 300),
            "2022-02-07: 'talks a little over five hours'",
            "Headline: 'more than five hours' fits 'a little over five hours'.",
        ),
        C(
            "more than five hours of talks",
            "duration",
            "supported",
            lambda: duration(101, [(300, "over")], "more", 300),
            "2022-02-07: duration_min blank; duration_text 'talks a little over five hours' (one-on-one, then working "
            "lunch/dinner)",
            "'More than five hours' fits the recorded 'a little over five hours'.",
        ),
        C(
            "in the Kremlin on Monday",
            "other",
            "supported",
            lambda: on("Putin-Macron", "2022-02-07", MEET),
            "Putin-Macron in_person 2022-02-07 (Monday), Kremlin",
            "Monday on or before publication 2022-02-08 is 2022-02-07, which has the Kremlin talks.",
        ),
        C(
            "their first face-to-face meeting in more than two years",
            "first_in_period",
            "supported",
            lambda: gap("Putin-Macron", "2022-02-07", 2, "years", "more", MEET),
            "previous Putin-Macron in_person row: 2019-12-09 Paris; gap 2.17 years (row 64 notes: a brief contact at the "
            "19 Jan 2020 Berlin conference was not checked - that would still be 2.05 years)",
            "The gap to the previous meeting is 2.17 years, above two; even the unchecked Berlin encounter would leave "
            "it above two, so the record's incompleteness for 2020-2021 does not matter here.",
        ),
        C(
            "carried on over a working dinner",
            "other",
            "supported",
            lambda: fixed("supported", [101], "working lunch/dinner" in BY_ID[101].duration_text),
            "2022-02-07 duration_text: 'one-on-one, then working lunch/dinner'",
            "The row records the continuation over a working meal.",
        ),
        C(
            "It was well past midnight when they appeared before reporters",
            "other",
            "unverifiable",
            lambda: fixed("unverifiable", [101]),
            "2022-02-07: 'then joint press conference' (no time)",
            "A time of day is unverifiable under the rules.",
        ),
        C(
            "We have not seen each other in person for two years",
            "first_in_period",
            "supported",
            lambda: gap("Putin-Macron", "2022-02-07", 2, "years", "about", MEET),
            "previous Putin-Macron in_person row: 2019-12-09; gap 2.17 years; row 101 notes: 'Putin: he had not met "
            "Macron in person for two years'",
            "The gap is 2.17 years, inside 2 +/- 0.5.",
        ),
        C(
            "The two last met in Paris in December 2019",
            "previous_date",
            "supported",
            lambda: previous("Putin-Macron", "2022-02-07", "2019-12", MEET),
            "latest Putin-Macron in_person row before 2022-02-07: 2019-12-09, Elysee Palace (before the Normandy summit)",
            "The previous meeting is Paris, 9 December 2019, with the Normandy summit.",
        ),
        C(
            "they spoke twice in the past two weeks",
            "count",
            "supported",
            lambda: count(2, dict(pair="Putin-Macron", kinds=CALL, start="2022-01-25", end="2022-02-08")),
            "Putin-Macron phone/video rows 2022-01-25..2022-02-08: 01-28, 01-31 (2); row 102 notes that TASS's later "
            "'fourth call in recent weeks' may point to a missing call",
            "Two calls in the fortnight before publication, both named in the sentence. (2022 is believed complete; "
            "the possibly missing late-January call is only a conjecture in the notes.)",
        ),
        C(
            "on January 28 and January 31",
            "other",
            "supported",
            lambda: fixed(
                "supported", on("Putin-Macron", "2022-01-28", PHONE)[1] + on("Putin-Macron", "2022-01-31", PHONE)[1]
            ),
            "Putin-Macron phone 2022-01-28 and 2022-01-31",
            "Both dates have a call.",
        ),
        C(
            "Macron flies on to Kyiv on Tuesday to meet Volodymyr Zelensky",
            "other",
            "unverifiable",
            lambda: fixed("unverifiable", [], "Macron-Zelensky" not in PAIRS),
            "no Macron-Zelensky rows in the record",
            "A future meeting of a pair the record does not cover: unverifiable.",
        ),
        C(
            "Macron received Putin at Versailles in 2017",
            "other",
            "supported",
            lambda: on("Putin-Macron", "2017-05-29", MEET),
            "Putin-Macron in_person 2017-05-29, Versailles (first in-person meeting)",
            "2017 has the Versailles meeting.",
        ),
        C(
            "two weeks after taking office",
            "other",
            "supported",
            lambda: fixed("supported", [12], (D("2017-05-29") - office_start("Emmanuel Macron")).days == 15),
            "offices.csv: Macron in office from 2017-05-14; Versailles 2017-05-29 (15 days later)",
            "Fifteen days is two weeks in round terms.",
        ),
        C(
            "in May the two toured an exhibition marking 300 years since Peter the Great's visit to France",
            "other",
            "supported",
            lambda: fixed("supported", [12], "Peter the Great exhibition" in BY_ID[12].topics),
            "2017-05-29 topics: 'Peter the Great exhibition (300 years)'",
            "The sentence is about 2017, so 'in May' is May 2017: the Versailles meeting and its exhibition.",
        ),
        C(
            "their talks there in May lasted about four hours",
            "duration",
            "supported",
            lambda: duration(38, [240], "about", 240),
            "Putin-Macron in_person 2018-05-24, St Petersburg: duration_min 240 (TASS 'about four hours instead of two')",
            "'The following year' is 2018 and 'in May' May 2018; 'about four hours' allows 192-288 minutes; 240 fits.",
        ),
        C(
            "twice as long as planned",
            "other",
            "supported",
            lambda: fixed("supported", [38], "instead of two" in BY_ID[38].duration_text),
            "2018-05-24 duration_text: 'lasted about four hours instead of two'",
            "The row records four hours against two planned.",
        ),
    ],
    [
        "more than five metres long",
        "declined a Russian PCR test",
        "and then to Berlin",
    ],
)

# ---- 142 ------------------------------------------------------------------------------------
A(
    "142.txt",
    "2022-08-20",
    "en",
    "Putin-Macron",
    [
        C(
            "in first call since May",
            "first_in_period",
            "supported",
            lambda: previous("Putin-Macron", "2022-08-19", "2022-05", CALL),
            "latest Putin-Macron phone/video row before 2022-08-19: 2022-05-28; none in June or July 2022",
            "Headline: the previous call was in May (28 May) and none followed until August, so it is the first since "
            "May.",
        ),
        C(
            "spoke by telephone on Friday",
            "other",
            "supported",
            lambda: on("Putin-Macron", "2022-08-19", PHONE),
            "Putin-Macron phone 2022-08-19 (Friday): Zaporizhzhia nuclear plant, IAEA mission",
            "Friday on or before publication 2022-08-20 is 2022-08-19, which has the call.",
        ),
        C(
            "in their first conversation in more than two months",
            "first_in_period",
            "supported",
            lambda: gap("Putin-Macron", "2022-08-19", 2, "months", "more", CALL),
            "previous Putin-Macron phone/video row before 2022-08-19: 2022-05-28 (TRILATERAL with Scholz); gap 83 days = "
            "2.73 months",
            "The gap to the previous conversation (the 28 May three-way call) is 2.73 months, above two.",
        ),
        C(
            "The two leaders had not spoken since May 3",
            "previous_date",
            "contradicted",
            lambda: previous("Putin-Macron", "2022-08-19", "2022-05-03", ANY),
            "latest Putin-Macron row before 2022-08-19: phone 2022-05-28 (TRILATERAL with Scholz, 80 minutes); 2022-05-03 "
            "is the one before it (2022 believed complete)",
            "A real reporting error (the in-ukraine.info report and ria24 said 3 May). The two spoke on 28 May in a call "
            "with Scholz; a group call counts as a contact of each pair on it (README), so no reading makes 3 May the "
            "last contact.",
        ),
        C(
            "inspectors from the International Atomic Energy Agency should visit the site",
            "other",
            "supported",
            lambda: fixed("supported", [118], "IAEA mission" in BY_ID[118].topics),
            "2022-08-19 topics: 'Zaporizhzhia nuclear plant; IAEA mission'",
            "The call's recorded topics match.",
        ),
        C(
            "Friday's call was their tenth conversation since Russia invaded Ukraine on February 24",
            "ordinal_count",
            "supported",
            lambda: ordinal(
                10,
                "2022-08-19",
                dict(pair="Putin-Macron", kinds=CALL, start="2022-02-24", end="2022-08-19"),
                dict(pair="Putin-Macron", kinds=CALL, start="2022-02-25", end="2022-08-19"),
            ),
            "Putin-Macron phone/video rows 2022-02-24..2022-08-19: 02-24 (evening, first call after the invasion began), "
            "02-28, 03-03, 03-06, 03-10, 03-12, 03-29, 05-03, 05-28, 08-19 (10); from 2022-02-25: 9",
            "The invasion began early on 24 February and Macron's call came that evening, after it: counting it (as the "
            "next sentence does) gives 10. Reading 'since' as starting the next day would give 9; the sentence's own "
            "framing makes the inclusive reading the reasonable one.",
        ),
        C(
            "Macron phoned Putin on the evening of the invasion itself",
            "other",
            "supported",
            lambda: fixed(
                "supported", [107], BY_ID[107].initiator.startswith("France") and "Evening call" in BY_ID[107].notes
            ),
            "Putin-Macron phone 2022-02-24: initiator France; notes 'Evening call from Brussels ... First call after the "
            "invasion began'",
            "The record has Macron's evening call on 24 February 2022.",
        ),
        C(
            "at times together with German Chancellor Olaf Scholz",
            "other",
            "supported",
            lambda: fixed(
                "supported", [112, 113, 116], all("TRILATERAL with Scholz" in BY_ID[i].topics for i in (112, 113, 116))
            ),
            "Putin-Macron phone rows with Scholz: 2022-03-10, 2022-03-12, 2022-05-28 (TRILATERAL)",
            "Three of the post-invasion calls were three-way with Scholz.",
        ),
        C(
            "three years almost to the day after Macron hosted Putin at the Fort de Brégançon",
            "other",
            "supported",
            lambda: on("Putin-Macron", "2019-08-19", MEET),
            "Putin-Macron in_person 2019-08-19, Fort de Bregancon (Bormes-les-Mimosas)",
            "The Bregancon meeting was on 19 August 2019, three years to the day before the call.",
        ),
        C(
            "in August 2019",
            "other",
            "supported",
            lambda: on_month("Putin-Macron", "2019-08", MEET),
            "Putin-Macron in_person 2019-08-19",
            "August 2019 has the Bregancon meeting.",
        ),
    ],
    [
        "which has six reactors",
        "has been held by Russian troops since March",
        "five days before a G7 summit in Biarritz",
        "in the town of Enerhodar",
    ],
)


# ---- 143 ------------------------------------------------------------------------------------
def _putin_xi_no_earlier_meeting():
    # Putin-Xi coverage starts 2021 (one CONTEXT ONLY phone row of 2020-12-28): no previous meeting to measure.
    earlier = [r for r in select("Putin-Xi", MEET) if r.date < D("2022-02-04")]
    assert not earlier and min(r.date for r in select("Putin-Xi")) >= D("2020-12-28")
    return "unverifiable", [100]


PX2021 = dict(pair="Putin-Xi", start="2021-01-01", end="2021-12-31")
A(
    "143.txt",
    "2022-02-04",
    "ru",
    "Putin-Xi",
    [
        C(
            "впервые за два года встретились лично",
            "first_in_period",
            "unverifiable",
            _putin_xi_no_earlier_meeting,
            "no Putin-Xi in_person row before 2022-02-04; the record covers the pair from 2021 (plus a 2020-12-28 context "
            "call); row 100 notes repeat the press's 'about two years'",
            "Headline. The previous meeting (2019) lies before the record's coverage of the pair, so the gap cannot be "
            "measured: unverifiable. The record only shows that no meeting took place in 2021.",
        ),
        C(
            "провели в пятницу в Пекине переговоры",
            "other",
            "supported",
            lambda: on("Putin-Xi", "2022-02-04", MEET),
            "Putin-Xi in_person 2022-02-04 (Friday), Beijing",
            "Friday on or before publication 2022-02-04 is that day, which has the Beijing meeting.",
        ),
        C(
            "первую за два года очную встречу",
            "first_in_period",
            "unverifiable",
            _putin_xi_no_earlier_meeting,
            "as for the headline: no earlier Putin-Xi meeting in the record's coverage (2021-)",
            "The gap reaches back before the pair's coverage: unverifiable.",
        ),
        C(
            "Российский президент прилетел в китайскую столицу утром",
            "other",
            "unverifiable",
            lambda: fixed("unverifiable", []),
            "trips and times of day are not rows",
            "An arrival (a trip, with a time of day) is not a contact: unverifiable.",
        ),
        C(
            "вечером вместе с председателем КНР посетит церемонию открытия зимних Олимпийских игр",
            "other",
            "supported",
            lambda: fixed(
                "supported",
                planned("Putin-Xi", "2022-02-04", MEET)[1],
                "Winter Olympics opening" in BY_ID[100].initiator,
            ),
            "Putin-Xi in_person 2022-02-04: initiator 'China (Putin attended the Winter Olympics opening at Xi's "
            "invitation)'; location 'Winter Olympics opening day'",
            "A planned same-day joint appearance: the record holds the two leaders' in-person contact that day and "
            "Putin's attendance of the opening at Xi's invitation.",
        ),
        C(
            "дружба двух государств «не имеет границ»",
            "other",
            "supported",
            lambda: fixed("supported", [100], "no limits" in BY_ID[100].topics),
            "2022-02-04 topics: joint statement ('friendship between the two states has no limits')",
            "The row's topics match.",
        ),
        C(
            "Стороны выступили против дальнейшего расширения НАТО",
            "other",
            "supported",
            lambda: fixed("supported", [100], "opposition to NATO enlargement" in BY_ID[100].topics),
            "2022-02-04 topics: opposition to NATO enlargement and AUKUS",
            "The row's topics match.",
        ),
        C(
            "лидеры общались только дистанционно",
            "other",
            "supported",
            lambda: fixed("supported", ids(select(**PX2021)), {r.kind for r in select(**PX2021)} == {"phone", "video"}),
            "Putin-Xi rows of 2021: video 05-19 (joint ceremony), video 06-28, phone 08-25, video 12-15 - no in-person row",
            "Every 2021 Putin-Xi contact in the record was by video link or phone.",
        ),
        C(
            "дважды провели переговоры по видеосвязи",
            "count",
            "supported",
            lambda: count(2, dict(PX2021, kinds=VIDEO, exclude=(86,)), dict(PX2021, kinds=VIDEO)),
            "Putin-Xi video rows of 2021: 05-19 (joint ceremony for the nuclear units, not a talk session), 06-28, 12-15; "
            "Xi on 15 Dec: 'the second videoconference with you this year'",
            "'Переговоры' = talks: leaving out the 19 May joint ceremony (the row says it was not a bilateral talk "
            "session) gives 2, as Xi himself counted; counting it would give 3.",
        ),
        C(
            "один раз поговорили по телефону — в августе",
            "count",
            "supported",
            lambda: count(1, dict(PX2021, kinds=PHONE)),
            "Putin-Xi phone rows of 2021: 08-25 only",
            "A single 2021 phone call, in August.",
        ),
        C(
            "после прихода к власти талибов в Афганистане",
            "other",
            "supported",
            lambda: fixed("supported", [91], "Taliban takeover" in BY_ID[91].topics),
            "2021-08-25 topics: Afghanistan after the Taliban takeover",
            "The August call's topics match.",
        ),
        C(
            "Последний раз Путин и Си виделись на экране 15 декабря",
            "previous_date",
            "supported",
            lambda: previous("Putin-Xi", "2022-02-04", "2021-12-15", ANY),
            "latest Putin-Xi row before 2022-02-04: video 2021-12-15",
            "The previous contact is the 15 December 2021 video call.",
        ),
        C(
            "выразил надежду, что в феврале они наконец смогут встретиться в Пекине",
            "other",
            "supported",
            lambda: planned("Putin-Xi", "2022-02-04", MEET),
            "Putin-Xi in_person 2022-02-04, Beijing",
            "The meeting planned in December for February in Beijing is in the record (the reported meeting itself).",
        ),
        C(
            "с 2013 года Си и Путин встречались и беседовали 38 раз",
            "count",
            "unverifiable",
            lambda: fixed("unverifiable", [100], min(r.date for r in select("Putin-Xi")).year == 2020),
            "row 100 notes: NewsChina 'met and talked 38 times since 2013'; the record's Putin-Xi rows start in Dec 2020",
            "A tally from 2013 reaches back before the record's coverage of the pair: unverifiable.",
        ),
        C(
            "в 2014 году Си Цзиньпин приезжал на открытие Игр в Сочи",
            "other",
            "unverifiable",
            lambda: fixed("unverifiable", [], not select("Putin-Xi", ANY, "2014-01-01", "2014-12-31")),
            "no Putin-Xi row before 2020",
            "A 2014 visit lies before the record's coverage (and a trip is not a contact claim): unverifiable.",
        ),
    ],
    [
        "которая начнется в 20:00 по местному времени",
        "еще 10 млрд кубометров газа в год",
    ],
)

# ---- 144 ------------------------------------------------------------------------------------
A(
    "144.txt",
    "2021-06-29",
    "en",
    "Putin-Xi",
    [
        C(
            "Vladimir Putin and Xi Jinping agreed on Monday",
            "other",
            "supported",
            lambda: on("Putin-Xi", "2021-06-28", VIDEO),
            "Putin-Xi video 2021-06-28 (Monday): joint statement extending the 2001 treaty for five years",
            "Monday on or before publication 2021-06-29 is 2021-06-28, which has the video talks.",
        ),
        C(
            "holding talks by video link",
            "other",
            "supported",
            lambda: fixed("supported", [88], BY_ID[88].kind == "video"),
            "2021-06-28 kind: video",
            "The row is a video call.",
        ),
        C(
            "It was the second time in six weeks that the two leaders had appeared together by video link",
            "ordinal_count",
            "supported",
            lambda: ordinal(2, "2021-06-28", dict(pair="Putin-Xi", kinds=VIDEO, start="2021-05-17", end="2021-06-28")),
            "Putin-Xi video rows 2021-05-17..2021-06-28 (42 days before plus the day): 05-19 joint ceremony, 06-28 (2); "
            "row 86 notes: Archyde counted 28 Jun as 'the second conversation ... in six weeks'",
            "'Appeared together by video link' includes the 19 May joint video ceremony, 40 days earlier: the 28 June "
            "call is the second in six weeks.",
        ),
        C(
            "On May 19 they jointly launched construction",
            "previous_date",
            "supported",
            lambda: previous("Putin-Xi", "2021-06-28", "2021-05-19", ANY),
            "latest Putin-Xi row before 2021-06-28: video 2021-05-19 (groundbreaking of four Russian-designed nuclear units "
            "at Tianwan and Xudapu)",
            "The previous joint appearance is the 19 May ceremony.",
        ),
        C(
            "their first formal talks by video this year",
            "ordinal_count",
            "supported",
            lambda: ordinal(
                1, "2021-06-28", dict(pair="Putin-Xi", kinds=VIDEO, start="2021-01-01", end="2021-06-28", exclude=(86,))
            ),
            "Putin-Xi video rows of 2021 up to 06-28: 05-19 (ceremonial joint video link, 'not a bilateral talk session'), "
            "06-28; Xi on 15 Dec: 'the second videoconference with you this year' (28 Jun and 15 Dec)",
            "'Formal talks' excludes the ceremony, as the row and Xi's own tally do: 28 June is the first. (Counting the "
            "ceremony as talks would make it the second, but the article has just called that a ceremony.)",
        ),
        C(
            "Before the ceremony they had last spoken by phone in late December",
            "previous_date",
            "supported",
            lambda: previous("Putin-Xi", "2021-05-19", ("2020-12-20", "2020-12-31"), PHONE),
            "latest Putin-Xi row before 2021-05-19: phone 2020-12-28 (CONTEXT ONLY: before the 2021-2026 scope; New Year "
            "greetings)",
            "The previous contact before 19 May is the 28 December 2020 call (a context row, but a real contact).",
        ),
        C(
            "less than two weeks after Putin's first summit with US President Joe Biden in Geneva",
            "other",
            "supported",
            lambda: fixed(
                "supported",
                [87],
                (D("2021-06-28") - BY_ID[87].date).days < 14 and ids(select("Putin-Biden", MEET)) == [87],
            ),
            "Putin-Biden in_person 2021-06-16, Geneva (the only one); 12 days before 2021-06-28",
            "Geneva was 12 days earlier and the first (only) Putin-Biden summit.",
        ),
    ],
    [
        "a 20-year-old treaty",
        "signed in July 2001",
        "for another five years",
        "which falls on Thursday",
        "four Russian-designed nuclear reactors",
        "roughly fourteenfold",
    ],
)


# ---- 145 ------------------------------------------------------------------------------------
def _planned_month(pair, ym, kinds=ANY):
    hits = [r for r in select(pair, kinds, once=False) if r.date.isoformat().startswith(ym)]
    return ("supported", ids(hits)) if hits else ("unverifiable", [])


A(
    "145.txt",
    "2025-05-09",
    "en",
    "Putin-Xi",
    [
        C(
            "held talks in the Kremlin on Thursday",
            "other",
            "supported",
            lambda: on("Putin-Xi", "2025-05-08", MEET),
            "Putin-Xi in_person 2025-05-08 (Thursday), Kremlin; state visit 7-10 May 2025",
            "Thursday on or before publication 2025-05-09 is 2025-05-08, which has the Kremlin talks.",
        ),
        C(
            "before continuing over tea in the afternoon",
            "other",
            "unverifiable",
            lambda: fixed("unverifiable", [144], "tea" not in BY_ID[144].duration_text),
            "2025-05-08 row: no format or time details beyond 'about four hours of talks' (UPI)",
            "A time of day, and a detail the row does not hold: unverifiable.",
        ),
        C(
            "the negotiations lasted seven hours in total",
            "duration",
            "unverifiable",
            lambda: fixed("unverifiable", [144], BY_ID[144].duration_min is None),
            "2025-05-08: duration_min blank; duration_text only 'UPI: about four hours of talks' (a news agency, not an "
            "official side)",
            "No official figure is recorded, so the duration cannot be checked: unverifiable. UPI's four hours is not an "
            "official side's figure and may cover only the talks, not the day's whole programme, so it cannot contradict "
            "TASS's seven.",
        ),
        C(
            "one segment ran to about three and a half hours",
            "duration",
            "unverifiable",
            lambda: fixed("unverifiable", [144], BY_ID[144].duration_min is None),
            "2025-05-08: no official duration; UPI 'about four hours of talks'",
            "No official figure for the segment: unverifiable.",
        ),
        C(
            "Xi arrived in Moscow on Wednesday for a four-day state visit",
            "other",
            "unverifiable",
            lambda: fixed("unverifiable", [144], "State visit 7-10 May 2025" in BY_ID[144].notes),
            "2025-05-08 notes: 'State visit 7-10 May 2025'; no Putin-Xi row on 2025-05-07",
            "An arrival is a trip, not a contact: unverifiable (the row's notes agree on the visit dates).",
        ),
        C(
            "his third trip to Russia since the full-scale invasion of Ukraine began in 2022",
            "count",
            "unverifiable",
            lambda: fixed("unverifiable", ids(select("Putin-Xi", MEET, "2022-02-24", "2025-05-08")), True),
            "Putin-Xi in_person rows held in Russia since 2022-02-24: Moscow 2023-03-20, Kazan 2024-10-22, Moscow "
            "2025-05-08 (the record holds contacts, not trips)",
            "A count of trips to a country is not a count of contacts: unverifiable. The meetings held in Russia happen "
            "to number three.",
        ),
        C(
            "On Friday he will be the guest of honour at the Victory Day parade on Red Square",
            "other",
            "supported",
            lambda: planned("Putin-Xi", "2025-05-09", MEET),
            "Putin-Xi in_person 2025-05-09 (part_of the 2025-05-08 visit): Victory Day parade, Xi chief guest",
            "A planned contact: Friday on or after publication is 2025-05-09, and the record holds Xi at the parade with "
            "Putin that day (same visit, counted once).",
        ),
        C(
            "the first face-to-face meeting between the two presidents since the BRICS summit in Kazan in October",
            "first_in_period",
            "supported",
            lambda: none_between("Putin-Xi", "2024-10-22", "2025-05-08", MEET),
            "Putin-Xi in_person 2024-10-22 Kazan; none 2024-10-23..2025-05-07",
            "No meeting lies between Kazan (October 2024) and Moscow.",
        ),
        C(
            "and their third contact this year",
            "ordinal_count",
            "supported",
            lambda: ordinal(3, "2025-05-08", dict(pair="Putin-Xi", kinds=ANY, start="2025-01-01", end="2025-05-08")),
            "Putin-Xi rows 2025-01-01..2025-05-08, visits once: video 01-21, phone 02-24, in_person 05-08 (3)",
            "'Contact' = any kind: the Moscow talks are the third of 2025.",
        ),
        C(
            "They last spoke by phone on February 24",
            "previous_date",
            "supported",
            lambda: previous("Putin-Xi", "2025-05-08", "2025-02-24", ANY),
            "latest Putin-Xi row before 2025-05-08: phone 2025-02-24",
            "The previous contact of any kind is the 24 February phone call.",
        ),
        C(
            "when Putin briefed Xi on his contacts with the new US administration",
            "other",
            "supported",
            lambda: fixed("supported", [139], "Putin briefed Xi on Russia-US contacts" in BY_ID[139].topics),
            "2025-02-24 topics: 'Putin briefed Xi on Russia-US contacts'",
            "The February call's topics match.",
        ),
        C(
            "travelling to China in September",
            "other",
            "supported",
            lambda: _planned_month("Putin-Xi", "2025-09", MEET),
            "Putin-Xi in_person 2025-09-02 (Beijing talks) and 2025-09-03 (parade, part_of), visit 31 Aug-3 Sep 2025",
            "A planned trip for September: the record holds Putin-Xi meetings in Beijing in September 2025, so the planned "
            "contact took place in the planned month.",
        ),
    ],
    [
        "more than 20 documents",
        "more than two dozen foreign leaders",
        "the 80th anniversary of the defeat of Nazi Germany",
        "the third anniversary of the invasion",
        "about $245 billion",
    ],
)

mutate(
    "145.txt",
    "m145.txt",
    [
        ("since the BRICS summit in Kazan in October", "since the SCO summit in Astana in July"),
        (
            "They last spoke by phone on February 24, the third anniversary",
            "They last spoke by phone on March 24, a month after the third anniversary",
        ),
    ],
    {
        "since the BRICS summit in Kazan in October": C(
            "the first face-to-face meeting between the two presidents since the SCO summit in Astana in July",
            "first_in_period",
            "contradicted",
            lambda: none_between("Putin-Xi", "2024-07-03", "2025-05-08", MEET),
            "Putin-Xi in_person 2024-07-03 Astana, then 2024-10-22 Kazan, then 2025-05-08 (2024-2025 complete)",
            "Altered from 'Kazan in October' (original, supported). The Kazan meeting lies between Astana and Moscow, "
            "so Moscow is not the first meeting since Astana.",
            mutated=True,
        ),
        "They last spoke by phone on February 24, the third anniversary": C(
            "They last spoke by phone on March 24",
            "previous_date",
            "contradicted",
            lambda: previous("Putin-Xi", "2025-05-08", "2025-03-24", ANY),
            "latest Putin-Xi row before 2025-05-08: phone 2025-02-24; no row in March 2025 (complete)",
            "Altered from 'February 24' (original, supported). The previous contact was the 24 February call; there is "
            "no Putin-Xi contact on 24 March.",
            mutated=True,
        ),
    },
)

# ---------------------------------------------------------------------------------------------
# Build
# ---------------------------------------------------------------------------------------------


def build():
    out = []
    counts: dict = {}
    for s in SPEC:
        path = ARTICLES / s["article"]
        text = path.read_text(encoding="utf-8")
        first = text.split("\n", 1)[0]
        m = re.match(r"\s*date (\d{4}-\d{2}-\d{2})", first)
        assert m and m.group(1) == s["published"], (s["article"], first)
        body = text.split("\n", 2)[2] if text.count("\n") >= 2 else ""
        nwords = len(re.findall(r"\w+", body))
        assert 150 <= nwords <= 400, (s["article"], nwords)
        claims = []
        say(s["article"])
        for c in s["claims"]:
            n = text.count(c["quote"])
            assert n == c["occurrences"], f"{s['article']}: quote found {n}x: {c['quote']!r}"
            verdict, rids = c["check"]()
            assert verdict == c["verdict"], (
                f"{s['article']}: {c['quote']!r}: computed {verdict}, intended {c['verdict']}"
            )
            if c["mutated"]:
                assert c["verdict"] == "contradicted"
            for i in rids:
                assert i in BY_ID
            e = dict(
                quote=c["quote"],
                kind=c["kind"],
                occurrences=c["occurrences"],
                verdict=verdict,
                record_says=c["record_says"],
                why=c["why"],
                record_ids=sorted(set(rids)),
            )
            if c["mutated"]:
                e["mutated"] = True
            claims.append(e)
            counts[(c["kind"], verdict)] = counts.get((c["kind"], verdict), 0) + 1
        # overlapping claim quotes must not coincide with distractors
        for d in s["distractors"]:
            assert text.count(d) >= 1, f"{s['article']}: distractor not found: {d!r}"
            for c in s["claims"]:
                assert d not in c["quote"] and c["quote"] not in d, (s["article"], d, c["quote"])
        out.append(
            dict(
                article=s["article"],
                published=s["published"],
                language=s["language"],
                pair=s["pair"],
                claims=claims,
                distractors=s["distractors"],
            )
        )
    names = [e["article"] for e in out]
    assert len(names) == len(set(names))
    for e in out:
        if e["article"].startswith("m"):
            assert any(c.get("mutated") for c in e["claims"]), e["article"]
    for k in sorted(counts):
        say(f"  {k[0]:16} {k[1]:13} {counts[k]}")
    write_batch(out, CHECK)


if __name__ == "__main__":
    build()
