"""Claims checked against each other: an article whose own statements disagree is a finding in itself.

"It was the seventh call this year" beside five earlier dates this year and today's call, or "the fifth
conversation since January" beside "have spoken four times this year": whatever the record holds, one
of the two is wrong. These conflicts are reported apart from the claims' verdicts.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from factcheck.models import Claim, ClaimKind, Conflict, Finding, Party
from factcheck.queries import EventQuery, Precision, PreviousQuery
from factcheck.verify import band, ordinal_word


def _party_key(p: Party) -> str:
    """A person, else a country's office, else the article's own words for the party."""
    if p.person_id:
        return p.person_id
    if p.country:
        return f"office:{p.country}"
    return f"label:{p.label}"


def _pair(c: Claim) -> frozenset[str]:
    return frozenset(_party_key(p) for p in c.parties if isinstance(p, Party))


def _same_query(a: Claim, b: Claim) -> bool:
    return _pair(a) == _pair(b) and bool(a.contact_kinds & b.contact_kinds) and a.window_start == b.window_start


# Claims are compared pairwise, so a text with hundreds of claims of one kind (a dossier, a digest,
# a hostile input) would cost time and memory quadratic in its length: only the first MAX_COMPARED of
# each kind are compared, and the first MAX_CONFLICTS conflicts reported. No single story comes near.
MAX_COMPARED = 200
MAX_CONFLICTS = 100


def find_conflicts(findings: Sequence[Finding]) -> tuple[Conflict, ...]:
    return _find_conflicts(findings)[:MAX_CONFLICTS]


def _kind(claims: list[Claim], kind: ClaimKind) -> list[Claim]:
    return [c for c in claims if c.kind is kind][:MAX_COMPARED]


def _find_conflicts(findings: Sequence[Finding]) -> tuple[Conflict, ...]:
    claims = [f.claim for f in findings if not f.claim.problem]
    out: list[Conflict] = []
    ordinals = [c for c in _kind(claims, ClaimKind.ORDINAL) if c.window_start and not c.qualifier]
    counts = [c for c in _kind(claims, ClaimKind.COUNT) if c.window_start and not c.qualifier]
    events = [
        c
        for c in _kind(claims, ClaimKind.EVENT)
        if isinstance(c.query, EventQuery) and (c.query.precision or Precision.DAY) is Precision.DAY and c.anchor
    ]

    for i, a in enumerate(ordinals):
        for b in ordinals[i + 1 :]:
            if _same_query(a, b) and a.anchor == b.anchor and a.value != b.value:
                out.append(
                    Conflict(
                        (a.id, b.id),
                        f"the article calls the same contact both the {a.value_text} and the {b.value_text}",
                    )
                )
        for b in counts:
            if _same_query(a, b) and b.window_end == a.anchor and a.value != b.value:
                out.append(
                    Conflict(
                        tuple(sorted((a.id, b.id), key=_pos)),
                        f"the article calls the contact the {a.value_text} in the window but counts {b.value_text} contacts in it",
                    )
                )
        listed = _listed(a, events)
        n = int(a.amount or 0)
        days = ", ".join(d.isoformat() for d in listed)
        ids = tuple(sorted([a.id] + [e.id for e in events if e.anchor in listed], key=_pos))
        if len(listed) > n:
            out.append(
                Conflict(
                    ids,
                    f"the article itself names {len(listed)} such contacts in the window ({days}), "
                    f"so the reported one is at least the {ordinal_word(len(listed))}, not the {a.value_text}",
                )
            )
        elif len(listed) == n - 1 and len(listed) >= 3:
            # an enumeration one short of the ordinal: the article lists the contacts it counts
            out.append(
                Conflict(
                    ids,
                    f"the article lists {len(listed)} such contacts in the window ({days}), the reported one "
                    f"included, which makes it the {ordinal_word(len(listed))}, not the {a.value_text}",
                )
            )

    by_contact: dict[tuple[frozenset[str], date | None], list[Claim]] = {}
    for c in _kind(claims, ClaimKind.DURATION):
        if c.anchor:
            by_contact.setdefault((_pair(c), c.anchor), []).append(c)
    for group in by_contact.values():
        for i, a in enumerate(group):
            for b in group[i + 1 :]:
                lo_a, hi_a = band(float(a.amount or 0), a.qualifier)
                lo_b, hi_b = band(float(b.amount or 0), b.qualifier)
                if hi_a < lo_b or hi_b < lo_a:
                    out.append(
                        Conflict(
                            (a.id, b.id),
                            f"the article gives the same contact two lengths: {a.value_text} and {b.value_text}",
                        )
                    )

    previous = [
        c
        for c in _kind(claims, ClaimKind.PREVIOUS)
        if isinstance(c.query, PreviousQuery) and c.query.precision is Precision.DAY
    ]
    for i, a in enumerate(previous):
        for b in previous[i + 1 :]:
            if (
                _pair(a) == _pair(b)
                and a.anchor == b.anchor
                and a.contact_kinds == b.contact_kinds
                and a.value != b.value
            ):
                out.append(
                    Conflict(
                        (a.id, b.id), f"the article dates the previous contact both {a.value_text} and {b.value_text}"
                    )
                )
    return tuple(out)


def _listed(ordinal: Claim, events: list[Claim]) -> list[date]:
    """Distinct days of the article's dated contacts that the ordinal's window counts."""
    lo, hi = ordinal.window_start, ordinal.anchor
    if lo is None or hi is None:
        return []
    days = {
        e.anchor
        for e in events
        if e.anchor and lo <= e.anchor <= hi and _pair(e) == _pair(ordinal) and e.contact_kinds <= ordinal.contact_kinds
    }
    return sorted(d for d in days if d is not None)


def _pos(claim_id: str) -> int:
    return int(claim_id.split("-")[1])
