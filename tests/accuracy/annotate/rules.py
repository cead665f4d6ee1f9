"""What every computed-gold batch script shares (batch_146_165.py, batch_166_173.py): the reference record
loaded from ../shared/reference, the checks that compute a claim's verdict from its rows by the rules of
../shared/eval/README.md (counts, previous dates, gaps, bands, durations), the article/claim/mutation
specs, and the build that checks quotes, writes the mutated copies and hands the entries to merge.py.
A batch script holds only its articles and calls main()."""

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
