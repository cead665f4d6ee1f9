"""A finding in words a news editor reads without a manual (no Textual here).

The engine's own fields (``interpretation``, ``claimed``, ``recorded``, ``explanation``) are exact but written for
whoever maintains the engine: "'bare' band 45 min–55 min", "2.5–inf years", "4 spoken", ``in_person``, a
previous contact's date without whom it was with. This module says the same from the claim's structured query
and the evidence, one sentence at a time, quoting the article's own words:

    The record has five calls between Donald Trump and Vladimir Putin from 1 January to 3 July 2025 (“this
    year”), up to and including this one, so this is the fifth, not the sixth.

Where a case is not covered, the engine's text is shown with its internal terms translated (``humanize``), so
no explanation is ever left in the engine's shorthand. The reports keep the engine's exact wording.
"""

from __future__ import annotations

import re
from datetime import date

from factcheck import regex_cache
from factcheck.models import ClaimKind, Contact, Evidence, Finding, Verdict
from factcheck.queries import FirstAfterQuery, Mode

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
NUMBERS = (
    "no",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
)
ORDINALS = (
    "zeroth",
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
)
KIND_ONE = {"phone": "phone call", "video": "video call", "in_person": "meeting in person"}


# ---------------------------------------------------------------- small words


def day(d: date) -> str:
    """14 June 2025."""
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def span(a: date, b: date) -> str:
    """From 1 January to 3 July 2025 (the year once when both share it)."""
    if a.year == b.year:
        return f"from {a.day} {MONTHS[a.month - 1]} to {day(b)}"
    return f"from {day(a)} to {day(b)}"


def number(n: int) -> str:
    return NUMBERS[n] if 0 <= n < len(NUMBERS) else str(n)


def ordinal(n: int) -> str:
    if 0 <= n < len(ORDINALS):
        return ORDINALS[n]
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def kinds(contact_kinds: frozenset[str] | set[str], plural: bool = True) -> str:
    """phone calls · calls (phone or video) · meetings in person · contacts of any kind."""
    k = set(contact_kinds)
    if k == {"phone"}:
        return "phone calls" if plural else "phone call"
    if k == {"video"}:
        return "video calls" if plural else "video call"
    if k == {"in_person"}:
        return "meetings in person" if plural else "meeting in person"
    if k == {"phone", "video"}:
        return "calls" if plural else "call"
    return "contacts of any kind" if plural else "contact"


def counted_noun(n: int, contact_kinds: frozenset[str]) -> str:
    """“one phone call”, “five calls”, “no contacts of any kind”."""
    if n == 1:
        return f"one {kinds(contact_kinds, plural=False)}"
    return f"{number(n)} {kinds(contact_kinds)}"


def who(names: tuple[str, ...] | list[str]) -> str:
    names = [n for n in names if n]
    if not names:
        return "the two leaders"
    return " and ".join(names) if len(names) <= 2 else ", ".join(names[:-1]) + " and " + names[-1]


def contact_words(e: Evidence) -> str:
    """“a phone call between Vladimir Putin and Joe Biden”: what the record row is, and whom it was between."""
    kind = KIND_ONE.get(e.contact.kind, e.contact.kind.replace("_", " "))
    return f"a {kind} between {who(e.participants)}"


def minutes(m: float) -> str:
    m = round(m)
    h, rest = divmod(m, 60)
    if not h:
        return f"{rest} minutes" if rest != 1 else "1 minute"
    hours = "1 hour" if h == 1 else f"{h} hours"
    return hours if not rest else f"{hours} {rest} minutes"


def elapsed(a: date, b: date) -> str:
    """The time from ``a`` to ``b`` as an editor says it: “3 years”, “4 years and 2 months”, “59 days”."""
    days = (b - a).days
    months = (b.year - a.year) * 12 + (b.month - a.month) - (b.day < a.day)
    if months < 2:
        return f"{days} days" if days != 1 else "1 day"
    years, rest = divmod(months, 12)
    if not years:
        return f"{months} months"
    y = "1 year" if years == 1 else f"{years} years"
    return y if not rest else f"{y} and {rest} month{'s' if rest != 1 else ''}"


def quoted(text: str) -> str:
    return f"“{' '.join(text.split())}”"


# ---------------------------------------------------------------- the engine's shorthand, translated

_ISO = regex_cache.compile(r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b")


def humanize(text: str) -> str:
    """The engine's text without its internal terms: dates in words, no bands, no field names, a sentence."""
    if not text:
        return ""
    t = text
    t = re.sub(r"\s*'(?:bare|about|nearly|more than|less than|at least|at most|over|under)' band\s*", " within ", t)
    t = re.sub(r"claimed band\s*", "within ", t)
    t = re.sub(r"(?P<n>\d+(?:\.\d+)?)–inf\b", r"\g<n> or more", t)
    t = re.sub(r"\(duration_min\)", "(the official figure)", t)
    t = t.replace("duration_min", "the official figure")
    t = t.replace("in_person", "in person").replace("first_after", "first after")
    t = t.replace("contact(s)", "contacts").replace(" … ", " to ")
    t = re.sub(r"(?P<n>\d+\.\d+) (?P<u>years|months)", lambda m: f"{float(m.group('n')):.1f} {m.group('u')}", t)

    def iso(m: re.Match[str]) -> str:
        try:
            return day(date(int(m.group("y")), int(m.group("m")), int(m.group("d"))))
        except ValueError:
            return m.group(0)

    t = _ISO.sub(iso, t)
    t = " ".join(t.split())
    t = t[:1].upper() + t[1:]
    return t if t.endswith((".", "!", "?", "”")) else t + "."


# ---------------------------------------------------------------- the claim in words


def _counted(f: Finding) -> list[Evidence]:
    return sorted((e for e in f.evidence if e.counted), key=lambda e: e.contact.date)


def _before(f: Finding, anchor: date | None) -> Evidence | None:
    """The previous contact: the row the engine names in ``recorded`` (its first date), else the latest counted
    row before the contact the claim is about."""
    m = _ISO.search(f.recorded or "")
    if m:
        named = [e for e in f.evidence if e.contact.date.isoformat() == m.group(0)]
        if named:
            return max(named, key=lambda e: e.counted)
    rows = [e for e in _counted(f) if anchor is None or e.contact.date < anchor]
    return rows[-1] if rows else None


def _reported(f: Finding, prev: Evidence) -> date | None:
    """The date of the contact the claim is about: the first counted row after ``prev``, else the claim's anchor."""
    later = [e.contact.date for e in _counted(f) if e.contact.date > prev.contact.date]
    return later[0] if later else f.claim.anchor


def _window(f: Finding) -> str:
    c = f.claim
    a, b = c.window_start or (f.window[0] if f.window else None), c.window_end or (f.window[1] if f.window else None)
    words = f" ({quoted(c.window_text)})" if c.window_text else ""
    if a and b:
        return f"{span(a, b)}{words}"
    if a:
        return f"since {day(a)}{words}"
    if b:
        return f"up to {day(b)}{words}"
    return words.strip(" ()") and f"({c.window_text})"


def _int(text: str) -> int | None:
    m = re.fullmatch(r"\s*(?P<n>\d+)(?:st|nd|rd|th)?\b.*", text or "")
    return int(m.group("n")) if m else None


def between(f: Finding) -> str:
    """The claim's two sides as the engine resolved them, each with the article's own word for it, so a wrong
    pairing shows at a glance: “Merkel (“Chancellor Merkel”, not in the record) and Vladimir Putin (“Putin”)”."""
    parties = f.claim.parties
    if not parties:
        return who(f.participants)
    out = []
    for i, p in enumerate(parties):
        name = f.participants[i] if i < len(f.participants) else (p.label or p.person_id or p.country or "?")
        notes = []
        if p.label and p.label.casefold() != name.casefold():
            notes.append(quoted(p.label))
        if not p.person_id and not p.country:
            notes.append("not in the record")
        out.append(f"{name} ({', '.join(notes)})" if notes else name)
    return who(out)


def reading(f: Finding) -> str:
    """What the claim is taken to say, as a question the record can answer."""
    c = f.claim
    pair, one, many = who(f.participants), kinds(c.contact_kinds, plural=False), kinds(c.contact_kinds)
    anchor = f" ({day(c.anchor)})" if c.anchor else ""
    text = {
        ClaimKind.EVENT: f"A {one} between {pair}" + (f" on {day(c.anchor)}" if c.anchor else "") + ".",
        ClaimKind.ORDINAL: f"Which {one} between {pair} this is{anchor}, counting {_window(f)} up to and including it.",
        ClaimKind.COUNT: f"How many {many} {pair} had {_window(f)}.",
        ClaimKind.PREVIOUS: f"When {pair} last had a {one} before this one{anchor}.",
        ClaimKind.FIRST_AFTER: f"The first {one} between {pair} {_window(f) or 'after the date given'}.",
        ClaimKind.GAP: f"How long before this one{anchor} {pair} last had a {one}.",
        ClaimKind.DURATION: f"How long the {one} between {pair}{' on ' + day(c.anchor) if c.anchor else ''} lasted.",
        ClaimKind.FREQUENCY: f"How many {many} a year {pair} had, {_window(f)}.",
    }.get(c.kind, humanize(f.interpretation))
    if c.reading:
        text += f" Read as: {humanize(c.reading)}"
    return " ".join(text.split())


def claimed(f: Finding) -> str:
    """The article's claim, in its own words where they say it best."""
    c = f.claim
    words = quoted(c.value_text) if c.value_text else ""
    if c.kind is ClaimKind.ORDINAL and isinstance(c.value, int):
        return f"the {ordinal(c.value)} {kinds(c.contact_kinds, plural=False)} ({words})" if words else ordinal(c.value)
    if c.kind is ClaimKind.COUNT and isinstance(c.value, int):
        return f"{counted_noun(c.value, c.contact_kinds)} ({words})" if words else str(c.value)
    if c.day is not None:
        return f"{day(c.day)} ({words})" if words else day(c.day)
    if c.kind is ClaimKind.FREQUENCY and isinstance(c.value, int | float):
        return f"{_rate(c.value)} a year ({words})" if words else f"{_rate(c.value)} a year"
    return words or humanize(f.claimed).rstrip(".")


def recorded(f: Finding) -> str:
    """What the record says, in the same terms."""
    c = f.claim
    counted = _counted(f)
    if not f.recorded or f.recorded.strip() in ("—", "None", "none"):
        return "nothing that matches"
    if " or " in f.recorded:  # several readings, several answers
        return humanize(f.recorded).rstrip(".")
    if c.kind is ClaimKind.ORDINAL and (n := _int(f.recorded)) is not None:
        return f"the {ordinal(n)}"
    if c.kind is ClaimKind.COUNT and (n := _int(f.recorded)) is not None:
        return counted_noun(n, c.contact_kinds)
    if c.kind in (ClaimKind.PREVIOUS, ClaimKind.GAP) and (prev := _before(f, c.anchor)) is not None:
        then = _reported(f, prev) if c.kind is ClaimKind.GAP else c.anchor
        since = f", {elapsed(prev.contact.date, then)} before this one" if then else ""
        return f"{day(prev.contact.date)}: {contact_words(prev)}{since}"
    if c.kind is ClaimKind.EVENT and counted and f.verdict is Verdict.SUPPORTED:
        return f"{contact_words(counted[-1])} on {day(counted[-1].contact.date)}"
    if c.kind is ClaimKind.FREQUENCY:
        try:
            return f"{_rate(float(f.recorded))} a year"
        except ValueError:
            pass
    dates = _ISO.findall(f.recorded)
    if len(dates) > 3:
        first, last = (day(date(*map(int, d))) for d in (dates[0], dates[-1]))
        return f"{len(dates)} contacts, the first on {first}, the last on {last}"
    if c.kind is ClaimKind.DURATION and counted and counted[0].contact.duration_min is not None:
        return f"{minutes(counted[0].contact.duration_min)} (the official figure)" + _other_figures(f)
    return humanize(f.recorded).rstrip(".")


def _other_figures(f: Finding) -> str:
    """Other lengths reported for the same contact (“2 h (Putin: 'more than two hours')”), in words."""
    parts = [p.strip() for p in f.recorded.split(";")[1:] if p.strip()]
    out = []
    for p in parts:
        m = re.match(r"(?:(?P<h>\d+) h)?\s*(?:(?P<min>\d+) min)?\s*\((?P<src>.*)\)$", p)
        if m and (m.group("h") or m.group("min")):
            total = int(m.group("h") or 0) * 60 + int(m.group("min") or 0)
            source = re.sub(r"^(?P<who>\w[\w .-]*): '(?P<what>.*)'$", r"\g<who>: “\g<what>”", m.group("src"))
            out.append(f"{minutes(total)} ({source})")
    return "; also reported: " + "; ".join(out) if out else ""


def why(f: Finding) -> str:
    """Why the verdict, as one or two sentences; the engine's text, translated, where no sentence fits."""
    try:
        text = _why(f)
    except (ValueError, TypeError, IndexError, AttributeError):
        text = ""
    return text or humanize(f.explanation)


def _as_said(f: Finding, article_words: str) -> str:
    return f", as the article says ({article_words})" if f.verdict is Verdict.SUPPORTED else ""


def _why(f: Finding) -> str:
    c = f.claim
    pair = who(f.participants)
    words = quoted(c.value_text) if c.value_text else quoted(c.quote)
    counted = _counted(f)
    ok = f.verdict is Verdict.SUPPORTED
    if f.verdict is Verdict.UNVERIFIABLE:
        return ""  # the reason is the engine's (no record, no date, incomplete coverage …): translated below

    if c.kind is ClaimKind.EVENT and ok and counted:
        e = counted[-1]
        return f"The record has {contact_words(e)} on {day(e.contact.date)}{_as_said(f, quoted(c.quote))}."

    if c.kind is ClaimKind.ORDINAL and isinstance(c.value, int):
        n = _int(f.recorded)
        if n is None:
            return ""
        head = f"The record has {counted_noun(n, c.contact_kinds)} between {pair} {_window(f)}, up to and including this one"
        return (
            f"{head}, so this is the {ordinal(n)}"
            + (_as_said(f, words) if ok else f", not the {ordinal(c.value)}")
            + "."
        )

    if c.kind is ClaimKind.COUNT and isinstance(c.value, int):
        n = _int(f.recorded)
        if n is None:
            return ""
        head = f"The record has {counted_noun(n, c.contact_kinds)} between {pair} {_window(f)}"
        return head + (_as_said(f, words) if ok else f", not {words}") + "."

    if c.kind is ClaimKind.PREVIOUS:
        prev = _before(f, c.anchor)
        if prev is None:
            return ""
        before = f"Before this one ({day(c.anchor)})" if c.anchor else "Before this contact"
        head = f"{before}, the last {kinds(c.contact_kinds, plural=False)} in the record was {contact_words(prev)} on {day(prev.contact.date)}"
        if c.anchor and c.day is None:
            head += f", {elapsed(prev.contact.date, c.anchor)} earlier"
            return head + (_as_said(f, words) if ok else f"; the article says {words}") + "."
        return head + (_as_said(f, words) if ok else f", not on {words}") + "."

    if c.kind is ClaimKind.GAP and c.anchor:
        prev = _before(f, c.anchor)
        then = _reported(f, prev) if prev is not None else None
        if prev is None or then is None:
            return ""
        gap = elapsed(prev.contact.date, then)
        head = (
            f"The last {kinds(c.contact_kinds, plural=False)} before this one in the record was {contact_words(prev)} "
            f"on {day(prev.contact.date)}, {gap} earlier"
        )
        return (
            head
            + (
                f", so this is the first in {words}, as the article says"
                if ok
                else f": the first in {gap}, not in {words}"
            )
            + "."
        )

    if c.kind is ClaimKind.FIRST_AFTER:
        start = c.window_start or (f.window[0] if f.window else None)
        if start is None:
            return ""
        after = f"on or after {day(start)}" + (f" ({quoted(c.window_text)})" if c.window_text else "")
        if isinstance(c.query, FirstAfterQuery) and c.query.mode is Mode.DATED and counted:
            first = counted[0]
            return (
                f"The first {kinds(c.contact_kinds, plural=False)} between {pair} {after} in the record is "
                f"{contact_words(first)} on {day(first.contact.date)}"
                + (_as_said(f, words) if ok else f", not {words}")
                + "."
            )
        between = [e for e in counted if c.anchor is None or e.contact.date < c.anchor]
        if ok and not between:
            return (
                f"The record has no {kinds(c.contact_kinds)} between {pair} {after} before this one"
                f"{' (' + day(c.anchor) + ')' if c.anchor else ''}, so this is the first, as the article says."
            )
        if between:
            last = between[-1]
            return (
                f"The record has {counted_noun(len(between), c.contact_kinds)} between them {after} before this one, "
                f"the last {contact_words(last)} on {day(last.contact.date)}, so this is not the first."
            )
        return ""

    if c.kind is ClaimKind.DURATION and counted and counted[0].contact.duration_min is not None:
        official = minutes(counted[0].contact.duration_min)
        band = re.search(r"fits (?P<band>[^)]+)\)", f.claimed or "")
        fits = ""
        if band and not ok:
            lo, _, hi = band.group("band").partition("–")
            fits = f" (it would take {lo.strip()} to {hi.strip()})" if hi else ""
        head = f"The record gives this {KIND_ONE.get(counted[0].contact.kind, 'contact')} {official}"
        return (
            head + (f", which {words} fits" if ok else f", which {words} does not fit{fits}") + f"{_other_figures(f)}."
        )

    if c.kind is ClaimKind.FREQUENCY and counted:
        a, b = c.window_start or f.window[0], c.window_end or f.window[1]  # type: ignore[index]  # a frequency finding always has its window
        years = (b - a).days / 365.25
        try:
            rate = float(f.recorded)
        except ValueError:
            rate = len(counted) / years if years else 0
        head = (
            f"The record has {counted_noun(len(counted), c.contact_kinds)} between {pair} {_window(f)}, "
            f"{_rate(round(years, 1))} years: {_rate(rate)} a year"
        )
        claimed_rate = _rate(c.value) if isinstance(c.value, int | float) else words
        return head + (f", as the article says ({words})" if ok else f", not {claimed_rate} ({words})") + "."
    return ""


def _rate(x: float) -> str:
    """6.25 → “6.25”, 4.0 → “four”, 2.2 → “2.2”."""
    if float(x).is_integer():
        return number(int(x))
    return f"{x:.2f}".rstrip("0").rstrip(".")


def contact_of(contact: Contact) -> str:
    """The kind of a record row in words (for other shells)."""
    return KIND_ONE.get(contact.kind, contact.kind.replace("_", " "))
