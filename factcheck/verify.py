"""Claim × record → Finding. Each claim's query runs under every reasonable reading of its words.

The tolerance model (also in the README):
- A claim is **supported** when any reasonable reading fits the record: which kinds the wording admits
  ("call" → phone or video; "contact"/"spoke" → any; "meeting" → in person), whether contacts outside a
  term (president-elect calls) count, whether group calls count.
- It is **contradicted** only when no reading fits *and* the record is complete for the pair over the
  period the claim covers; otherwise it is **unverifiable**, and so is a reported contact newer than the
  record's last entry for the pair ("not in the record yet").
- Disputed rows never count; extra days of one visit (``part_of``) count once, with their main row.
- A date matches a row on that day, or one day off where the row's notes name the other time zone's date.
- Durations fit if any official figure (``duration_min`` or a figure quoted in ``duration_text``) lies in
  the claimed band: "about X" ±20 % (at least ±10 min); "nearly X" 75 %…100 %; "more than X" above X up
  to 1.5·X + 30 min; "less than X" below X; a bare X ±10 %.
- "First in N years": the gap to the previous contact is N ± 0.5 ("almost N": N − 0.5 … N; "more than
  N": above N); months likewise with a half-month band.
- Frequencies: contacts / years of the period within ± 0.5 of the claimed rate.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta

from factcheck.errors import OFF_CALENDAR, off_calendar
from factcheck.extract.lexicon import ANY, CALL, EN_ORDINALS, PHONE
from factcheck.extract.people import Gazetteer
from factcheck.extract.quantities import find_durations
from factcheck.models import Claim, ClaimKind, Contact, Evidence, Finding, Party, Verdict

S, C, U = Verdict.SUPPORTED, Verdict.CONTRADICTED, Verdict.UNVERIFIABLE
KIND_WORDS = {
    frozenset({"phone"}): "phone calls",
    frozenset({"video"}): "video calls",
    frozenset({"phone", "video"}): "calls (phone or video)",
    frozenset({"in_person"}): "in-person meetings",
    ANY: "contacts of any kind (phone, video, in person)",
}
_ORDINAL_WORDS = {v: k for k, v in EN_ORDINALS.items()}
_UNOFFICIAL = re.compile(
    r"^\s*(?:some|other|early|one|media|several|a\s+few|unofficial|reports?|outlets?|\w+\s+outlets?|one\s+later)\b",
    re.I,
)
# a figure a news outlet or commentator gives, not an official side: it may confirm a length, never refute one
_MEDIA = re.compile(
    r"^\s*(?:UPI|AP|AFP|Reuters|Bloomberg|NBC|CBS|ABC|CNN|Fox|Axios|Politico|BFMTV|Le\s+Monde|Vedomosti|Kommersant"
    r"|RBC|Ura\.news|EIR|European\s+Pravda|Kyiv\s+Independent|BuzzFeed|Ian\s+Bremmer|Russian\s+state\s+media)\b",
)
_CONTEXT = re.compile(r"^\s*(?:CONTEXT ONLY|PRESIDENT-ELECT)", re.I)
_TZ = re.compile(
    r"TIME ZONE|time[- ]zone|crossed midnight|Eastern date|other side's date|dates? it|call(?:s|ed)? it", re.I
)
_GROUP = re.compile(r"^\s*(?:TRILATERAL|MULTILATERAL)", re.I)
_CEREMONY = re.compile(r"\bceremon(?:y|ies|ial)\b", re.I)  # a joint ceremony by video link: speeches, no talks


@dataclass(frozen=True)
class Reading:
    kinds: frozenset[str]
    outside_term: bool  # count contacts outside a term of office (president-elect calls)
    group: bool = True  # count group calls
    edge: bool = True  # count contacts on the window's last day
    ceremonies: bool = True  # count rows the record marks as a ceremony rather than talks

    def describe(self) -> str:
        parts = [KIND_WORDS.get(self.kinds, ", ".join(sorted(self.kinds)))]
        if not self.edge:
            parts.append("not counting the last day's contact")
        if self.outside_term:
            parts.append("counting contacts outside a term of office (e.g. as president-elect)")
        if not self.group:
            parts.append("bilateral only")
        if not self.ceremonies:
            parts.append("not counting ceremonies held by video link")
        return "; ".join(parts)


@dataclass(frozen=True)
class Side:
    ids: frozenset[str]
    country: str | None  # set for a role: the participant must hold the office on the day
    label: str


def ordinal_word(n: int, language: str = "en") -> str:
    if language == "en" and n in _ORDINAL_WORDS:
        return _ORDINAL_WORDS[n]
    return f"{n}-й" if language == "ru" else f"{n}th"


REPORTED_SLACK = 3  # days: how far an article may misdate the contact it reports


def years_between(a: date, b: date) -> float:
    return abs((b - a).days) / 365.25


def months_between(a: date, b: date) -> float:
    return abs((b - a).days) / 30.4375


def band(value: float, qualifier: str, unit: str = "min") -> tuple[float, float]:
    """The claimed interval for a duration (minutes) or a gap (years/months)."""
    if unit != "min":
        half = 0.5
        if qualifier == "nearly":
            return value - half, value
        if qualifier in ("more", "atleast"):
            return value, float("inf")
        if qualifier == "less":
            return 0.0, value
        return value - half, value + half
    if qualifier == "about":
        d = max(0.2 * value, 10)
        return value - d, value + d
    if qualifier == "nearly":
        return 0.75 * value, value
    if qualifier in ("more", "atleast"):
        return value, 1.5 * value + 30
    if qualifier == "less":
        return 0.0, value
    return 0.9 * value, 1.1 * value


def fmt_minutes(m: float) -> str:
    m = round(m)
    if m < 60:
        return f"{m} min"
    h, r = divmod(m, 60)
    return f"{h} h {r} min" if r else f"{h} h"


class Verifier:
    """Runs claims' queries against a record. One per article (it caches the pair's contacts)."""

    def __init__(self, record, gaz: Gazetteer, language: str = "en", contacts: dict | None = None):  # noqa: ANN001 (factcheck.record.Record)
        self.record = record
        self.gaz = gaz
        self.language = language
        # each pair of sides' contacts; pass one dict to share it across the articles checked against one record
        self._cache: dict[tuple[frozenset[str], frozenset[str]], tuple[Contact, ...]] = (
            {} if contacts is None else contacts
        )

    # -------------------------------------------------------------- record access

    def side(self, p: Party) -> Side | None:
        if p.person_id:
            return Side(frozenset({p.person_id}), None, self.gaz.name(p))
        if p.country:
            ids = self.gaz.ever_held(p.country)
            return Side(frozenset(ids), p.country, f"the leader of {p.country}") if ids else None
        return None

    def sides(self, claim: Claim) -> tuple[Side, Side] | None:
        if len(claim.parties) < 2:
            return None
        a, b = self.side(claim.parties[0]), self.side(claim.parties[1])
        if a is None or b is None or (a.ids == b.ids and len(a.ids) == 1):
            return None
        return a, b

    def contacts(self, sides: tuple[Side, Side], lo: date | None = None, hi: date | None = None) -> list[Contact]:
        a, b = sides
        key = (a.ids, b.ids)
        if key not in self._cache:
            self._cache[key] = tuple(self.record.contacts_between(a.ids, b.ids))
        out = []
        for c in self._cache[key]:
            if (lo and c.date < lo) or (hi and c.date > hi):
                continue
            if not self._roles_ok(c, a) or not self._roles_ok(c, b):
                continue
            out.append(c)
        return out

    def _roles_ok(self, c: Contact, side: Side) -> bool:
        if side.country is None:
            return True
        return any(p in side.ids and p in self.gaz.holders(side.country, c.date) for p in c.participants)

    def pairs(self, sides: tuple[Side, Side]) -> list[tuple[str, str]]:
        return [(x, y) for x in sides[0].ids for y in sides[1].ids if x != y]

    def covered(self, sides: tuple[Side, Side], lo: date, hi: date) -> bool:
        """True when the record holds every contact of the pair from lo to hi (inclusive)."""
        if hi < lo:  # a window that ends before it starts is a misreading ("in 2023" in a 2020 article): no evidence
            return False
        spans = sorted((c.start, c.end) for x, y in self.pairs(sides) for c in self.record.coverage(x, y) if c.complete)
        day = lo
        for s, e in spans:
            if s <= day <= e:
                day = e + timedelta(days=1)
            if day > hi:
                return True
        return day > hi

    def record_end(self, sides: tuple[Side, Side]) -> date | None:
        ends = [c.end for x, y in self.pairs(sides) for c in self.record.coverage(x, y)]
        last = self.record.last_contact_date(sides[0].ids, sides[1].ids)
        if last:
            ends.append(last)
        return max(ends) if ends else None

    def relationship_start(self, sides: tuple[Side, Side]) -> date | None:
        """The first day both sides held office: an unwindowed 'their sixth meeting' counts from then."""
        firsts = []
        for side in sides:
            starts = [t.start for pid in side.ids for t in self.gaz.terms(pid)]
            if not starts:
                return None
            firsts.append(min(starts))
        return max(firsts)

    def record_start(self, sides: tuple[Side, Side]) -> date | None:
        starts = [c.start for x, y in self.pairs(sides) for c in self.record.coverage(x, y) if c.complete]
        return min(starts) if starts else None

    # -------------------------------------------------------------- readings

    def readings(self, claim: Claim) -> list[Reading]:
        kinds = claim.contact_kinds or ANY
        options = [kinds]
        if kinds == CALL:
            options.append(PHONE)
        if kinds == PHONE and claim.kind in (ClaimKind.ORDINAL, ClaimKind.COUNT):
            options.append(CALL)  # "four telephone conversations" may include a video call
        out = []
        for k in options:
            out += [Reading(k, False), Reading(k, True), Reading(k, False, group=False)]
            if "video" in k:
                out.append(Reading(k, False, ceremonies=False))
        return out

    def matching(self, contacts: Iterable[Contact], r: Reading) -> list[Contact]:
        """The contacts a reading counts: confirmed, one per visit, of the reading's kinds."""
        out = []
        for c in contacts:
            if not c.counted or c.kind not in r.kinds:
                continue
            if not r.outside_term and _CONTEXT.match(c.notes or ""):
                continue
            if not r.group and _GROUP.match(c.topics or ""):
                continue
            if not r.ceremonies and _CEREMONY.search(f"{c.duration_text or ''} {c.notes or ''}"):
                continue
            out.append(c)
        return out

    # -------------------------------------------------------------- entry point

    def verify(self, claim: Claim) -> Finding:
        """The claim's verdict under every reading its words allow: supported when one reading fits,
        contradicted only when every reading fails, otherwise unverifiable. The explanation names the
        reading used and what the written one gives. Date arithmetic that runs off the calendar makes the
        claim unverifiable (errors.OFF_CALENDAR), never a crash."""
        try:
            return self._verify_readings(claim)
        except (OverflowError, ValueError) as exc:
            if not off_calendar(exc):
                raise
            return self._finding(
                claim, U, f"cannot be checked: {OFF_CALENDAR}", claimed=claim.value_text or claim.quote, recorded="—"
            )

    def _verify_readings(self, claim: Claim) -> Finding:
        first = self._verify_one(claim)
        guided = self._record_readings(claim)
        if guided and first.verdict is U:  # the reported contact is not on the day given: the nearest one is
            first = self._read_as(claim, guided[0])
        alternatives = claim.alternatives
        if first.verdict is U and claim.kind is ClaimKind.COUNT and claim.window_start is None and alternatives:
            # no period read at all is no reading: the passage's year is the claim's period
            first = self._read_as(claim, alternatives[0])
            alternatives = alternatives[1:]
        if first.verdict is S or not alternatives:
            return first
        tried = [(alt, self._verify_one(alt)) for alt in alternatives]
        fits = [(alt, f) for alt, f in tried if f.verdict is S]
        if fits:
            alt, f = fits[0]
            return replace(
                f,
                claim=claim,
                interpretation=f"{f.interpretation} (read as {alt.reading})",
                explanation=f"read as {alt.reading}, {f.explanation}; as first read, {first.verdict.value}: "
                f"{first.explanation}",
            )
        if first.verdict is U:
            return first
        open_ = [(alt, f) for alt, f in tried if f.verdict is U]
        if open_:
            alt, f = open_[0]
            return replace(
                f,
                claim=claim,
                interpretation=f"{f.interpretation} (read as {alt.reading})",
                explanation=f"as first read, {first.explanation}; but read as {alt.reading}, the record cannot "
                f"decide: {f.explanation}",
            )
        return replace(
            first,
            explanation=first.explanation + "".join(f"; read as {alt.reading}, {f.explanation}" for alt, f in tried),
        )

    def _read_as(self, claim: Claim, reading: Claim) -> Finding:
        """The finding of ``claim`` under another reading of its words, naming that reading."""
        g = self._verify_one(reading)
        return replace(
            g,
            claim=claim,
            interpretation=f"{g.interpretation} (read as {reading.reading})",
            explanation=f"read as {reading.reading}, {g.explanation}",
        )

    def _record_readings(self, claim: Claim) -> tuple[Claim, ...]:
        """Readings the record suggests: a claim about the contact the article reports, dated a few days
        from any contact of the pair, is about the nearest one — an article can misdate its own news
        ("spoke on Monday" for Tuesday's call); the wrong date is the event claim's to flag, not this one's."""
        if not claim.detail("reported") or claim.anchor is None or claim.kind is ClaimKind.EVENT:
            return ()
        sides = self.sides(claim)
        if sides is None:
            return ()
        day = claim.anchor
        near = [
            c
            for c in self.contacts(sides, day - timedelta(days=REPORTED_SLACK), day + timedelta(days=REPORTED_SLACK))
            if c.counted and c.part_of is None
        ]
        if not near or any(c.date == day for c in near) or self._locate(sides, day, day, ANY):
            return ()
        nearest = min(near, key=lambda c: (abs((c.date - day).days), c.date))
        return (
            replace(
                claim,
                anchor=nearest.date,
                alternatives=(),
                reading=f"about the contact the article reports, which the record dates {nearest.date.isoformat()}",
            ),
        )

    def _verify_one(self, claim: Claim) -> Finding:
        handler = {
            ClaimKind.EVENT: self._event,
            ClaimKind.ORDINAL: self._ordinal,
            ClaimKind.COUNT: self._count,
            ClaimKind.PREVIOUS: self._previous,
            ClaimKind.FIRST_AFTER: self._first_after,
            ClaimKind.GAP: self._gap,
            ClaimKind.DURATION: self._duration,
            ClaimKind.FREQUENCY: self._frequency,
        }[claim.kind]
        sides = self.sides(claim)
        if claim.problem:
            return self._finding(
                claim, U, f"cannot be checked: {claim.problem}", claimed=claim.value_text or claim.quote, recorded="—"
            )
        if sides is None:
            who = ", ".join(p.label or "?" for p in claim.parties) or "no one named"
            return self._finding(
                claim,
                U,
                f"the record holds no contacts between these people ({who})",
                claimed=claim.value_text or claim.quote,
                recorded="—",
            )
        return handler(claim, sides)

    # -------------------------------------------------------------- helpers

    def _finding(
        self,
        claim: Claim,
        verdict: Verdict,
        explanation: str,
        *,
        claimed: str,
        recorded: str,
        interpretation: str = "",
        evidence: Sequence[Contact] = (),
        context: Sequence[Contact] = (),
        suggestion: str = "",
        window: tuple[date, date] | None = None,
    ) -> Finding:
        ev = [Evidence(c, self._names(c), True) for c in evidence]
        seen = {c.id for c in evidence}
        ev += [Evidence(c, self._names(c), False) for c in context if c.id not in seen]
        return Finding(
            claim=claim,
            verdict=verdict,
            participants=self._party_names(claim),
            interpretation=interpretation or self._who(claim),
            claimed=claimed,
            recorded=recorded,
            explanation=explanation,
            evidence=tuple(ev),
            suggestion=suggestion,
            window=window,
        )

    def _names(self, c: Contact) -> tuple[str, ...]:
        return tuple(self.gaz.people[p].name if p in self.gaz.people else p for p in c.participants)

    def _party_names(self, claim: Claim) -> tuple[str, ...]:
        return tuple(self.gaz.name(p, claim.anchor) for p in claim.parties)

    def _who(self, claim: Claim) -> str:
        names = self._party_names(claim)
        return " – ".join(names) if names else "—"

    def _locate(self, sides: tuple[Side, Side], lo: date, hi: date, kinds: frozenset[str]) -> list[Contact]:
        """Rows of the given kinds on [lo, hi], or a day off where the notes name the other date."""
        rows = [
            c
            for c in self.contacts(sides, lo - timedelta(days=1), hi + timedelta(days=1))
            if not c.disputed and c.kind in kinds
        ]
        exact = [c for c in rows if lo <= c.date <= hi]
        if exact:
            return exact
        return [c for c in rows if _TZ.search(c.notes or "")]

    def _reported(self, claim: Claim, sides: tuple[Side, Side], kinds: frozenset[str]) -> tuple[Contact | None, str]:
        """The contact a claim is anchored on, or why it cannot be found."""
        if claim.anchor is None:
            return None, "the reported contact's date is unknown"
        lo = claim.anchor
        if claim.detail("anchor_hi"):  # "earlier this month": the pair's latest such contact in the range
            rows = [
                c
                for c in self.contacts(sides, lo, date.fromisoformat(claim.detail("anchor_hi")))
                if c.counted and c.kind in kinds
            ]
            if rows:
                return rows[-1], ""
        if claim.detail("approximate_anchor"):
            rows = [c for c in self.contacts(sides, lo - timedelta(days=1), lo) if c.counted and c.kind in kinds]
            if rows:
                return rows[-1], ""
        else:
            rows = [c for c in self._locate(sides, lo, lo, kinds) if c.counted or c.part_of]
            if rows:
                main = [c for c in rows if c.part_of is None] or rows
                return main[0], ""
        end = self.record_end(sides)
        if end is None or claim.anchor > end:
            return None, "not in the record yet"
        return None, f"the record has no {KIND_WORDS.get(kinds, 'contact')} of this pair on {claim.anchor.isoformat()}"

    def _window_text(self, lo: date | None, hi: date | None, claim: Claim) -> str:
        a = lo.isoformat() if lo else "the start of the record"
        b = hi.isoformat() if hi else "now"
        w = f" ({claim.window_text})" if claim.window_text else ""
        return f"{a} … {b}{w}"

    # -------------------------------------------------------------- kinds of claim

    def _event(self, claim: Claim, sides: tuple[Side, Side]) -> Finding:
        lo = claim.anchor
        hi = date.fromisoformat(claim.detail("hi")) if claim.detail("hi") else lo
        assert lo is not None
        interp = f"{self._who(claim)}; {KIND_WORDS.get(claim.contact_kinds, 'contact')}; on {lo.isoformat()}" + (
            f" … {hi.isoformat()}" if hi != lo else ""
        )
        claimed = f"{claim.kind_word or 'contact'} on {lo.isoformat()}" + (f" … {hi.isoformat()}" if hi != lo else "")
        rows = self._locate(sides, lo, hi, claim.contact_kinds)
        if rows:
            c = rows[0]
            off = (
                ""
                if lo <= c.date <= hi
                else f" (the record dates it {c.date.isoformat()}; its notes name the other time zone's date)"
            )
            return self._finding(
                claim,
                S,
                f"the record has this {c.kind.replace('_', '-')} contact on {c.date.isoformat()}{off}",
                claimed=claimed,
                recorded=f"{c.kind} on {c.date.isoformat()}",
                interpretation=interp,
                evidence=rows,
            )
        disputed = [c for c in self.contacts(sides, lo, hi) if c.disputed]
        if disputed:
            return self._finding(
                claim,
                U,
                "the only such contact in the record is disputed (denied by a party)",
                claimed=claimed,
                recorded="disputed",
                interpretation=interp,
                context=disputed,
            )
        end = self.record_end(sides)
        if end is None or hi > end:
            return self._finding(
                claim,
                U,
                "not in the record yet: the record's entries for this pair end "
                f"{end.isoformat() if end else 'before this date'}",
                claimed=claimed,
                recorded="—",
                interpretation=interp,
            )
        other_kind = [c for c in self.contacts(sides, lo, hi) if c.counted]
        if not self.covered(sides, lo, hi):
            return self._finding(
                claim,
                U,
                "the record is incomplete for this pair at that time",
                claimed=claimed,
                recorded="—",
                interpretation=interp,
                context=other_kind,
            )
        if other_kind and claim.contact_kinds == CALL and any(c.kind == "in_person" for c in other_kind):
            c = next(c for c in other_kind if c.kind == "in_person")
            return self._finding(
                claim,
                S,
                f"the record has an in-person meeting on {c.date.isoformat()}: read as a conversation "
                "at that meeting (as a call, the record has none that day)",
                claimed=claimed,
                recorded=f"{c.kind} on {c.date.isoformat()}",
                interpretation=interp,
                evidence=[c],
            )
        if other_kind:
            c = other_kind[0]
            return self._finding(
                claim,
                C,
                f"the contact on {c.date.isoformat()} was {c.kind.replace('_', '-')}, not "
                f"{KIND_WORDS.get(claim.contact_kinds, 'that kind')}",
                claimed=claimed,
                recorded=f"{c.kind} on {c.date.isoformat()}",
                interpretation=interp,
                evidence=other_kind,
                suggestion=f"{c.kind.replace('_', ' ')} contact",
            )
        near = [
            c
            for c in self.matching(
                self.contacts(sides, lo - timedelta(days=45), hi + timedelta(days=45)),
                Reading(claim.contact_kinds, True),
            )
        ]
        near.sort(key=lambda c: min(abs((c.date - lo).days), abs((c.date - hi).days)))
        if (
            near
            and claim.detail("precision") in ("month", "week")
            and (lo - timedelta(days=1) <= near[0].date <= hi + timedelta(days=1))
        ):
            # "in December" for a dinner of 30 November: a month named loosely, or by the other side's date
            return self._finding(
                claim,
                U,
                f"the record has one on {near[0].date.isoformat()}, a day outside {claim.value_text or 'that period'}: "
                "reports may date it by another time zone",
                claimed=claimed,
                recorded=f"{near[0].kind} on {near[0].date.isoformat()}",
                interpretation=interp,
                context=near[:1],
            )
        suggestion = f"{near[0].date:%-d %B %Y} ({near[0].date:%A})" if near else ""
        return self._finding(
            claim,
            C,
            f"the record, complete for this pair then, has no {KIND_WORDS.get(claim.contact_kinds, 'contact')} on that date"
            + (f"; the nearest is on {near[0].date.isoformat()}" if near else ""),
            claimed=claimed,
            recorded=f"nearest: {near[0].date.isoformat()}" if near else "none",
            interpretation=interp,
            context=near[:1],
            suggestion=suggestion,
        )

    def _count_like(self, claim: Claim, sides: tuple[Side, Side], ordinal: bool) -> Finding:
        n = int(claim.value or 0)
        hi = claim.window_end or claim.anchor
        lo = claim.window_start
        noun = "position" if ordinal else "count"
        claimed = (ordinal_word(n, self.language) if ordinal else str(n)) + f" {claim.kind_word}".rstrip()
        if hi is None:
            return self._finding(claim, U, "the reported contact's date is unknown", claimed=claimed, recorded="—")
        if ordinal:
            rep, why = self._reported(claim, sides, claim.contact_kinds)
            if rep is None:
                return self._finding(
                    claim,
                    U,
                    f"the reported contact cannot be found: {why}",
                    claimed=claimed,
                    recorded="—",
                    interpretation=f"{self._who(claim)}; {KIND_WORDS.get(claim.contact_kinds)}; {self._window_text(lo, hi, claim)}",
                )
            hi = rep.date if claim.detail("approximate_anchor") else hi
        start = lo or self.relationship_start(sides)
        rows = self.contacts(sides, lo, hi)
        results = []
        for r in self.readings(claim):
            got = self.matching(rows, r)
            results.append((r, got))
        if claim.detail("edge"):
            # "since 24 February" may count a contact on the 24th itself
            edge_rows = self.contacts(sides, date.fromisoformat(claim.detail("edge")), hi)
            for r in self.readings(claim)[:2]:
                results.append((r, self.matching(edge_rows, r)))
        if not ordinal and hi == claim.anchor and claim.detail("approximate_anchor"):
            # with no dated report in the article, "have had nine calls" may predate the day's own contact
            for r in self.readings(claim)[:1]:
                got = [c for c in self.matching(rows, r) if c.date < hi]
                results.append((Reading(r.kinds, r.outside_term, r.group, edge=False), got))
        fit = [(r, got) for r, got in results if count_fits(len(got), n, claim.qualifier)]
        primary_r, primary = results[0]
        window = (start or hi, hi)
        base = f"{self._who(claim)}; {{}}; {self._window_text(lo, hi, claim)}" + (
            "; up to and including the reported contact" if ordinal else ""
        )
        if fit:
            r, got = fit[0]
            others = sorted({len(g) for rr, g in results if len(g) != n})
            note = f" (other readings give {', '.join(map(str, others))})" if others else ""
            holds = f"the {noun} is {n}" if not claim.qualifier else f"'{claim.value_text}' holds"
            return self._finding(
                claim,
                S,
                f"the record has {len(got)} {KIND_WORDS.get(r.kinds, 'contacts')} in the window, so {holds}{note}",
                claimed=claimed,
                recorded=str(len(got)),
                interpretation=base.format(r.describe()),
                evidence=got,
                window=window,
            )
        counts = sorted({len(g) for _, g in results})
        recorded = " or ".join(map(str, counts))
        if lo is None and not ordinal:
            return self._finding(
                claim,
                U,
                f"the period counted is not stated; the record holds {recorded} in all",
                claimed=claimed,
                recorded=recorded,
                interpretation=base.format(primary_r.describe()),
                evidence=primary,
            )
        covered = start is not None and self.covered(sides, start, hi)
        k = len(primary)
        return self._finding(
            claim,
            C if covered else U,
            f"the record, complete for this pair over the window, has {recorded} under every reasonable reading, not {n}"
            if covered
            else f"the record is not complete for this pair over {self._window_text(lo, hi, claim)}; it holds {recorded}",
            claimed=claimed,
            recorded=recorded,
            interpretation=base.format(primary_r.describe()),
            evidence=primary,
            suggestion=(ordinal_word(k, self.language) if ordinal else str(k)) if covered else "",
            window=window,
        )

    def _ordinal(self, claim: Claim, sides: tuple[Side, Side]) -> Finding:
        return self._count_like(claim, sides, ordinal=True)

    def _count(self, claim: Claim, sides: tuple[Side, Side]) -> Finding:
        return self._count_like(claim, sides, ordinal=False)

    def _previous(self, claim: Claim, sides: tuple[Side, Side]) -> Finding:
        ref = claim.anchor
        if ref is None:
            return self._finding(
                claim, U, "the reported contact's date is unknown", claimed=claim.value_text, recorded="—"
            )
        rep, _ = self._reported(claim, sides, ANY)
        before = rep.date if rep is not None else ref + timedelta(days=1)
        if claim.detail("before"):  # the last within a window the sentence names ("last year … the last time on …")
            before, rep = min(before, date.fromisoformat(claim.detail("before"))), None
        rows = [c for c in self.contacts(sides, None, before - timedelta(days=1))]
        mode = claim.detail("mode")
        results = []
        for r in self.readings(claim):
            got = self.matching(rows, r)
            results.append((r, got[-1] if got else None))
        interp = f"{self._who(claim)}; the latest of the {{}} before {before.isoformat()}"
        if mode == "ago":
            unit = claim.detail("unit", "month")
            lo_b, hi_b = band(float(claim.value or 0), claim.qualifier, unit)
            claimed = f"{claim.value_text} before {before.isoformat()}"

            def gap(c: Contact) -> float:
                return (
                    months_between(c.date, before)
                    if unit == "month"
                    else years_between(c.date, before)
                    if unit == "year"
                    else (before - c.date).days / (7 if unit == "week" else 1)
                )

            for r, last in results:
                if last and lo_b <= gap(last) <= hi_b:
                    return self._finding(
                        claim,
                        S,
                        f"the previous contact was on {last.date.isoformat()}, {gap(last):.2f} {unit}s earlier, within {lo_b:g}–{hi_b:g}",
                        claimed=claimed,
                        recorded=f"{last.date.isoformat()} ({gap(last):.2f} {unit}s)",
                        interpretation=interp.format(r.describe()),
                        evidence=[last],
                        window=(last.date, before),
                    )
            r, last = results[0]
            if last is None:
                return self._finding(
                    claim, U, "the record holds no earlier contact of this pair", claimed=claimed, recorded="none"
                )
            verdict = C if self.covered(sides, last.date, before) else U
            return self._finding(
                claim,
                verdict,
                f"the previous contact was on {last.date.isoformat()}, {gap(last):.2f} {unit}s earlier, outside {lo_b:g}–{hi_b:g}",
                claimed=claimed,
                recorded=f"{last.date.isoformat()} ({gap(last):.2f} {unit}s)",
                interpretation=interp.format(r.describe()),
                evidence=[last],
                window=(last.date, before),
                suggestion=f"about {round(gap(last))} {unit}s ago" if verdict is C else "",
            )
        lo = date.fromisoformat(str(claim.value))
        hi = date.fromisoformat(claim.detail("hi")) if claim.detail("hi") else lo
        claimed = claim.value_text + (f" ({lo.isoformat()})" if lo == hi else f" ({lo.isoformat()} … {hi.isoformat()})")

        def fits(c: Contact) -> bool:
            return lo <= c.date <= hi or (abs((c.date - lo).days) <= 1 and lo == hi and bool(_TZ.search(c.notes or "")))

        if rep is not None and lo <= rep.date <= hi:
            return self._finding(
                claim,
                S,
                f"the date is that of the reported contact itself ({rep.date.isoformat()})",
                claimed=claimed,
                recorded=rep.date.isoformat(),
                interpretation=interp.format("contacts"),
                evidence=[rep],
            )
        for r, last in results:
            if last and fits(last):
                return self._finding(
                    claim,
                    S,
                    f"the latest matching contact before {before.isoformat()} is on {last.date.isoformat()}",
                    claimed=claimed,
                    recorded=last.date.isoformat(),
                    interpretation=interp.format(r.describe()),
                    evidence=[last],
                    window=(last.date, before),
                )
        r, last = results[0]
        if last is None:
            verdict = U
            return self._finding(
                claim,
                verdict,
                "the record holds no earlier contact of this pair",
                claimed=claimed,
                recorded="none",
                interpretation=interp.format(r.describe()),
            )
        lasts = sorted({x.date for _, x in results if x})
        verdict = C if self.covered(sides, min(lo, last.date), before) else U
        return self._finding(
            claim,
            verdict,
            f"the latest matching contact before {before.isoformat()} is on "
            + " or ".join(d.isoformat() for d in lasts)
            + f", not {claim.value_text}",
            claimed=claimed,
            recorded=" or ".join(d.isoformat() for d in lasts),
            interpretation=interp.format(r.describe()),
            evidence=[last],
            window=(last.date, before),
            suggestion=f"{last.date:%-d %B %Y}" if verdict is C else "",
        )

    def _first_after(self, claim: Claim, sides: tuple[Side, Side]) -> Finding:
        after = claim.window_start
        assert after is not None
        mode = claim.detail("mode")
        if mode == "dated":
            lo = date.fromisoformat(str(claim.value))
            hi = date.fromisoformat(claim.detail("hi", str(claim.value)))
            rows = self.contacts(sides, after, None)
            claimed = f"first {claim.kind_word} after {claim.window_text}: {claim.value_text}"
            results = [(r, (self.matching(rows, r) or [None])[0]) for r in self.readings(claim)]
            for r, first in results:
                if first and (
                    lo <= first.date <= hi
                    or (lo == hi and abs((first.date - lo).days) <= 1 and _TZ.search(first.notes or ""))
                ):
                    return self._finding(
                        claim,
                        S,
                        f"the first matching contact on or after {after.isoformat()} is on {first.date.isoformat()}",
                        claimed=claimed,
                        recorded=first.date.isoformat(),
                        interpretation=f"{self._who(claim)}; the earliest of the {r.describe()} from {after.isoformat()}",
                        evidence=[first],
                        window=(after, first.date),
                    )
            r, first = results[0]
            if first is None:
                end = self.record_end(sides)
                return self._finding(
                    claim,
                    U,
                    "not in the record yet"
                    if end is None or lo > end
                    else "the record holds no such contact after that",
                    claimed=claimed,
                    recorded="none",
                )
            verdict = C if self.covered(sides, after, max(hi, first.date)) else U
            return self._finding(
                claim,
                verdict,
                f"the first matching contact on or after {after.isoformat()} is on {first.date.isoformat()}",
                claimed=claimed,
                recorded=first.date.isoformat(),
                interpretation=f"{self._who(claim)}; the earliest of the {r.describe()} from {after.isoformat()}",
                evidence=[first],
                window=(after, first.date),
                suggestion=f"{first.date:%-d %B %Y}" if verdict is C else "",
            )
        # the reported contact is the first since X: nothing matching in between
        rep, why = self._reported(claim, sides, claim.contact_kinds)
        claimed = f"no {claim.kind_word} between {after.isoformat()} and the reported contact"
        if rep is None:
            return self._finding(
                claim, U, f"the reported contact cannot be found: {why}", claimed=claimed, recorded="—"
            )
        rows = [c for c in self.contacts(sides, after, rep.date - timedelta(days=1))]
        results = [(r, self.matching(rows, r)) for r in self.readings(claim)]
        interp = f"{self._who(claim)}; {{}} from {after.isoformat()} to {rep.date.isoformat()} (exclusive)"
        for r, got in results:
            if not got:
                return self._finding(
                    claim,
                    S,
                    f"the record has no {r.describe()} between {after.isoformat()} and the reported contact on {rep.date.isoformat()}",
                    claimed=claimed,
                    recorded="none in between",
                    interpretation=interp.format(r.describe()),
                    evidence=[rep],
                    window=(after, rep.date),
                )
        r, got = results[0]
        verdict = C if self.covered(sides, after, rep.date) else U
        return self._finding(
            claim,
            verdict,
            f"the record has {len(got)} matching contact(s) in between, the latest on {got[-1].date.isoformat()}",
            claimed=claimed,
            recorded=", ".join(c.date.isoformat() for c in got),
            interpretation=interp.format(r.describe()),
            evidence=got,
            window=(after, rep.date),
            suggestion=f"the first since {got[-1].date:%-d %B %Y}" if verdict is C else "",
        )

    def _gap(self, claim: Claim, sides: tuple[Side, Side]) -> Finding:
        unit = claim.detail("unit", "year")
        value = float(claim.value or 0)
        if unit in ("week", "day"):
            value, unit = value / (4.348 if unit == "week" else 30.4375), "month"
        lo_b, hi_b = band(value, claim.qualifier, unit)
        claimed = f"first {claim.kind_word} in {claim.value_text}"
        rep, why = self._reported(claim, sides, ANY)
        if rep is None:
            return self._finding(
                claim, U, f"the reported contact cannot be found: {why}", claimed=claimed, recorded="—"
            )
        rows = self.contacts(sides, None, rep.date - timedelta(days=1))
        measure = months_between if unit == "month" else years_between
        results = []
        for r in self.readings(claim):
            got = self.matching(rows, r)
            results.append((r, got[-1] if got else None))
        interp = f"{self._who(claim)}; gap from the latest of the {{}} before {rep.date.isoformat()}; claimed band {lo_b:g}–{hi_b:g} {unit}s"
        for r, prev in results:
            if prev and lo_b <= measure(prev.date, rep.date) <= hi_b:
                g = measure(prev.date, rep.date)
                return self._finding(
                    claim,
                    S,
                    f"the previous contact was on {prev.date.isoformat()}, {g:.2f} {unit}s earlier",
                    claimed=claimed,
                    recorded=f"{g:.2f} {unit}s (since {prev.date.isoformat()})",
                    interpretation=interp.format(r.describe()),
                    evidence=[prev, rep],
                    window=(prev.date, rep.date),
                )
        r, prev = results[0]
        if prev is None:
            start = self.record_start(sides)
            if start and measure(start, rep.date) > hi_b and self.covered(sides, start, rep.date):
                return self._finding(
                    claim,
                    C,
                    f"the record, complete since {start.isoformat()}, has no earlier contact: the gap is longer than claimed",
                    claimed=claimed,
                    recorded=f"none since {start.isoformat()}",
                    interpretation=interp.format(r.describe()),
                )
            return self._finding(
                claim,
                U,
                "the record holds no earlier contact of this pair",
                claimed=claimed,
                recorded="none",
                interpretation=interp.format(r.describe()),
            )
        g = measure(prev.date, rep.date)
        verdict = C if self.covered(sides, prev.date, rep.date) else U
        return self._finding(
            claim,
            verdict,
            f"the previous contact was on {prev.date.isoformat()}, {g:.2f} {unit}s earlier, outside {lo_b:g}–{hi_b:g}",
            claimed=claimed,
            recorded=f"{g:.2f} {unit}s (since {prev.date.isoformat()})",
            interpretation=interp.format(r.describe()),
            evidence=[prev, rep],
            window=(prev.date, rep.date),
            suggestion=f"the first in {_round_half(g)} {unit}s" if verdict is C else "",
        )

    def _duration(self, claim: Claim, sides: tuple[Side, Side]) -> Finding:
        value = float(claim.value or 0)
        lo_b, hi_b = band(value, claim.qualifier)
        claimed = f"{claim.value_text} ({fmt_minutes(value)}; fits {fmt_minutes(lo_b)}–{fmt_minutes(hi_b)})"
        if claim.detail("elapsed"):
            claimed = f"{claim.value_text} had passed with the contact still going on (at least {fmt_minutes(value)})"
        if claim.detail("date_hi") and claim.anchor:
            rows = [
                c
                for c in self.contacts(sides, claim.anchor, date.fromisoformat(claim.detail("date_hi")))
                if c.counted and c.kind in claim.contact_kinds
            ]
            place = claim.detail("place")
            if place:  # "the summit in Helsinki": the rows held there (the record names places in English)
                rows = [c for c in rows if place.lower() in (c.location or "").lower()]
            if len(rows) > 1:  # "when they met in February 2022, the talks lasted …": each row is a reading
                fitting = [c for c in rows if any(lo_b <= m <= hi_b for m, _ in official_durations(c))]
                if not fitting:
                    return self._finding(
                        claim,
                        U,
                        f"the record has {len(rows)} such contacts {'there and then' if place else 'then'}; none "
                        f"of them fits, but which one the article means is not clear",
                        claimed=claimed,
                        recorded="; ".join(c.date.isoformat() for c in rows),
                        evidence=rows,
                    )
                rows = fitting
            rep = rows[-1] if rows else None
            why = "no such contact in that period" + (f" held in {place}" if place else "")
        else:
            rep, why = self._reported(claim, sides, claim.contact_kinds)
            if rep is None and claim.contact_kinds != ANY:
                # "the conversation lasted two hours" may be the talk at a meeting
                rep, _ = self._reported(claim, sides, ANY)
        interp = f"{self._who(claim)}; length of the contact on {claim.anchor.isoformat() if claim.anchor else '?'}; '{claim.qualifier or 'bare'}' band {fmt_minutes(lo_b)}–{fmt_minutes(hi_b)}"
        if rep is None:
            return self._finding(
                claim, U, f"the contact cannot be found: {why}", claimed=claimed, recorded="—", interpretation=interp
            )
        figures = official_durations(rep)
        if not figures:
            return self._finding(
                claim,
                U,
                f"the record has no duration for the contact on {rep.date.isoformat()}",
                claimed=claimed,
                recorded="no duration recorded",
                interpretation=interp,
                evidence=[rep],
            )
        recorded = "; ".join(f"{fmt_minutes(m)} ({src})" for m, src in figures)
        if claim.detail("elapsed"):
            # time elapsed while the contact went on: a lower bound on its length, never its length
            longest = max(m for m, _ in figures)
            if longest >= value:
                return self._finding(
                    claim,
                    U,
                    f"this is the time that had passed at one moment of the contact, not its length; the record's "
                    f"{fmt_minutes(longest)} is consistent with it",
                    claimed=claimed,
                    recorded=recorded,
                    interpretation=interp,
                    evidence=[rep],
                )
            return self._finding(
                claim,
                C,
                f"the contact was still going on after {claim.value_text}, but every official figure is shorter: "
                f"the record has {recorded}",
                claimed=claimed,
                recorded=recorded,
                interpretation=interp,
                evidence=[rep],
            )
        fit = [(m, src) for m, src in figures if lo_b <= m <= hi_b]
        if fit:
            m, src = fit[0]
            return self._finding(
                claim,
                S,
                f"fits the official figure {fmt_minutes(m)} ({src})",
                claimed=claimed,
                recorded=recorded,
                interpretation=interp,
                evidence=[rep],
            )
        if all(_MEDIA.match(src) for _, src in figures):
            return self._finding(
                claim,
                U,
                f"the record's only figure is a news outlet's ({recorded}), not an official side's: it does not "
                f"fit, but it cannot refute the claim",
                claimed=claimed,
                recorded=recorded,
                interpretation=interp,
                evidence=[rep],
            )
        m, src = figures[0]
        return self._finding(
            claim,
            C,
            f"no official figure lies in {fmt_minutes(lo_b)}–{fmt_minutes(hi_b)}: the record has {recorded}",
            claimed=claimed,
            recorded=recorded,
            interpretation=interp,
            evidence=[rep],
            suggestion=(src if src and src != "duration_min" else fmt_minutes(m)),
        )

    def _frequency(self, claim: Claim, sides: tuple[Side, Side]) -> Finding:
        lo, hi = claim.window_start, claim.window_end
        n = float(claim.value or 0)
        claimed = f"{claim.value_text} times a {claim.detail('unit', 'year')}"
        if lo is None or hi is None:
            return self._finding(claim, U, "the period the average covers is not stated", claimed=claimed, recorded="—")
        span = years_between(lo, hi + timedelta(days=1))
        if claim.detail("unit") == "month":
            span *= 12
        rows = self.contacts(sides, lo, hi)
        readings = self.readings(claim)
        if not claim.detail("including_meetings") and claim.contact_kinds == ANY:
            readings = [Reading(PHONE, False), Reading(CALL, False)] + readings
        results = [(r, self.matching(rows, r)) for r in readings]
        interp = f"{self._who(claim)}; {{}}; {lo.isoformat()} … {hi.isoformat()} ({claim.window_text}); ±0.5"
        for r, got in results:
            rate = len(got) / span
            if abs(rate - n) <= 0.5:
                return self._finding(
                    claim,
                    S,
                    f"{len(got)} {r.describe()} over {span:.2f} {claim.detail('unit', 'year')}s = {rate:.2f}",
                    claimed=claimed,
                    recorded=f"{rate:.2f}",
                    interpretation=interp.format(r.describe()),
                    evidence=got,
                    window=(lo, hi),
                )
        r, got = results[0]
        rate = len(got) / span
        verdict = C if self.covered(sides, lo, hi) else U
        return self._finding(
            claim,
            verdict,
            f"{len(got)} {r.describe()} over {span:.2f} {claim.detail('unit', 'year')}s = {rate:.2f}, not {claim.value_text}",
            claimed=claimed,
            recorded=f"{rate:.2f}",
            interpretation=interp.format(r.describe()),
            evidence=got,
            window=(lo, hi),
            suggestion=f"about {rate:.1f} times a {claim.detail('unit', 'year')}" if verdict is C else "",
        )


def count_fits(got: int, n: int, qualifier: str) -> bool:
    """'at least six', 'more than 40', 'about 20', 'nearly ten', or exactly n."""
    if qualifier == "atleast":
        return got >= n
    if qualifier == "more":
        return got > n
    if qualifier == "less":
        return got < n
    if qualifier == "nearly":
        return n - max(1, round(0.1 * n)) <= got <= n
    if qualifier == "about":
        return abs(got - n) <= max(1, round(0.1 * n))
    return got == n


def _round_half(x: float) -> str:
    r = round(x * 2) / 2
    return f"{r:g}"


def official_durations(c: Contact) -> list[tuple[float, str]]:
    """Every official figure for a contact's length: duration_min, then figures quoted in duration_text
    (segments attributed to unofficial reports are left out)."""
    out: list[tuple[float, str]] = []
    if c.duration_min:
        out.append((float(c.duration_min), "duration_min"))
    for seg in re.split(r";|\s/\s|\bvs\.?\b", c.duration_text or ""):
        if (
            not seg.strip()
            or _UNOFFICIAL.match(seg)
            or re.search(r"\b(?:planned|scheduled|instead of|instead)\b", seg, re.I)
            and not re.search(r"lasted|:", seg)
        ):
            continue
        for q in find_durations(seg, "en"):
            before = seg[: seg.find(q.text)]
            if re.search(r"(?:planned|instead\s+of|against\s+a|scheduled)\s*$", before, re.I):
                continue
            if all(abs(q.value - m) > 0.5 for m, _ in out):
                out.append((q.value, seg.strip()[:80]))
    return out


def compose(findings: tuple[Finding, ...]) -> tuple[Finding, ...]:
    """"On June 2 they spoke for an hour" is one claim made of two (the dated contact and its length):
    contradicted when either part is, so a wrong date or a wrong length flags both spans."""
    out = list(findings)
    for i, dur in enumerate(findings):
        if dur.claim.kind is not ClaimKind.DURATION or dur.claim.anchor is None:
            continue
        for j, ev in enumerate(findings):
            c = ev.claim
            if c.kind is not ClaimKind.EVENT or c.anchor != dur.claim.anchor:
                continue
            if not (c.start < dur.claim.end and dur.claim.start < c.end):
                continue
            bad, other = (i, j) if dur.verdict is C else (j, i) if ev.verdict is C else (None, None)
            if bad is None or out[other].verdict is C:
                continue
            part = "its length" if bad == i else "its date"
            out[other] = replace(
                out[other],
                verdict=C,
                explanation=f"{out[other].explanation}; but as one claim with '{findings[bad].claim.quote}', "
                f"it is contradicted by {part}: {findings[bad].explanation}",
                suggestion=out[other].suggestion or findings[bad].suggestion,
            )
    return tuple(out)
