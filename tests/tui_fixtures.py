"""Check results built by hand for focused review-app tests (the real engine is tested elsewhere)."""

from __future__ import annotations

import hashlib
from datetime import date

from factcheck.models import (
    Article,
    CheckResult,
    Claim,
    ClaimKind,
    Contact,
    Evidence,
    Finding,
    RecordInfo,
    Verdict,
)

# Written for these tests: three claims, one of each verdict.
TEXT = (
    "date 2024-03-09 https://example.net/news/alpha-beta-call\n\n"
    "Alpha and Beta talk again\n\n"
    "President Alpha phoned Prime Minister Beta on Saturday, his office said. "
    "It was their third call this year.\n\n"
    "The two last met in person in Lisbon in May 2021. "
    "Aides said the call lasted roughly forty minutes.\n"
)

NAMES = ("Anna Alpha", "Bruno Beta")


def contact(cid: int, day: date, kind: str = "phone", **kw: object) -> Contact:
    return Contact(
        id=cid, date=day, kind=kind, participants=("alpha", "beta"), sources=("https://example.net/a",), **kw
    )


def finding(
    text: str,
    cid: str,
    quote: str,
    kind: ClaimKind,
    verdict: Verdict,
    *,
    evidence: tuple[Evidence, ...] = (),
    claimed: str = "",
    recorded: str = "",
    explanation: str = "",
    suggestion: str = "",
    window: tuple[date, date] | None = None,
    anchor: date | None = None,
    start: int | None = None,
) -> Finding:
    start = text.index(quote) if start is None else start
    end = start + len(quote)
    claim = Claim(id=cid, kind=kind, start=start, end=end, quote=quote, anchor=anchor)
    return Finding(
        claim=claim,
        verdict=verdict,
        participants=NAMES,
        interpretation=f"{kind.value} of Alpha–Beta contacts",
        claimed=claimed or quote,
        recorded=recorded or "—",
        explanation=explanation or f"machine says {verdict.value}",
        evidence=evidence,
        suggestion=suggestion,
        window=window,
    )


def article(text: str = TEXT, path: str = "alpha-beta.txt", title: str = "Alpha and Beta talk again") -> Article:
    return Article(
        path=path,
        text=text,
        published=date(2024, 3, 9),
        sha256=hashlib.sha256(text.encode()).hexdigest(),
        title=title,
        url="https://example.net/news/alpha-beta-call",
        source="example.net",
        body_start=text.index("\n\n") + 2 if text.startswith("date ") else 0,
    )


def sample_result(path: str = "alpha-beta.txt") -> CheckResult:
    calls = (
        contact(1, date(2024, 1, 12), duration_min=30),
        contact(2, date(2024, 2, 20), "video"),
        contact(3, date(2024, 3, 9), duration_min=41, duration_text="41 minutes"),
        contact(4, date(2023, 11, 2), "in_person", status="disputed"),
    )
    window = (date(2024, 1, 1), date(2024, 3, 9))
    findings = (
        finding(
            TEXT,
            "c1",
            "President Alpha phoned Prime Minister Beta on Saturday",
            ClaimKind.EVENT,
            Verdict.SUPPORTED,
            evidence=(Evidence(calls[2], NAMES),),
            anchor=date(2024, 3, 9),
        ),
        finding(
            TEXT,
            "c2",
            "It was their third call this year",
            ClaimKind.ORDINAL,
            Verdict.CONTRADICTED,
            evidence=tuple(Evidence(c, NAMES, counted=c.id != 2) for c in calls[:3]),
            claimed="3rd",
            recorded="2nd (phone calls only)",
            suggestion="their second call this year",
            window=window,
            anchor=date(2024, 3, 9),
        ),
        finding(
            TEXT,
            "c3",
            "last met in person in Lisbon in May 2021",
            ClaimKind.PREVIOUS,
            Verdict.UNVERIFIABLE,
            evidence=(Evidence(calls[3], NAMES, counted=False),),
            explanation="the record is not complete for this pair before 2022",
        ),
    )
    return CheckResult(article(TEXT, path), RecordInfo("no-such-record.db", "0" * 64, 4), findings)


def result_for_text(text: str, quotes: list[str], verdicts: list[Verdict] | None = None) -> CheckResult:
    """A result whose claims are the given quotes of ``text`` (for markup and scale tests)."""
    verdicts = verdicts or [Verdict.SUPPORTED] * len(quotes)
    pos = 0
    findings = []
    for n, (quote, verdict) in enumerate(zip(quotes, verdicts, strict=True)):
        start = text.index(quote, pos)
        pos = start + len(quote)
        findings.append(finding(text, f"c{n}", quote, ClaimKind.COUNT, verdict, start=start))
    return CheckResult(
        article(text, "generated.txt", "generated"), RecordInfo("no-such-record.db", "0" * 64, 0), tuple(findings)
    )
