"""Claim detectors: tagged sentences → Claims, each carrying the explicit query it makes of the record.

One detector per claim kind. They share the context of the article: its publication date, the contact
it reports (the *anchor*), and its main pair of leaders ("the two leaders" → them).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from factcheck.extract.dates import DateMention, month_span
from factcheck.extract.grammar import Grammar, grammar
from factcheck.extract.lexicon import ANY, LEXICONS, PHONE
from factcheck.extract.people import Gazetteer
from factcheck.extract.quantities import QUALIFIERS_EN, QUALIFIERS_RU, Quantity, find_periods, parse_number, period_in_years
from factcheck.extract.text import Sentence, Term, sentence_language, split_sentences, tag_sentence
from factcheck.models import Article, Claim, ClaimKind, Party

NO_DATE = "publication date unknown (pass --date)"
_CLAUSE_SEP = re.compile(r"[;:—–()]|,\s+(?:when|while|but|as|which|who|and\s+then|шедш|когда|но|а)\b|\s-\s")


@dataclass
class Context:
    article: Article
    gaz: Gazetteer
    g: Grammar
    published: date | None
    main_pair: tuple[Party, ...] = ()
    anchor: date | None = None
    anchor_kinds: frozenset[str] = ANY
    claims: list[Claim] = field(default_factory=list)
    sentence_from: int = 0  # index in ``claims`` of the current sentence's first claim
    used_dates: set[int] = field(default_factory=set)  # starts of date mentions a claim has consumed
    # contacts the sentence before named with a date, in text order: (day, parties, kinds)
    previous_named: list[tuple[date, tuple[Party, ...], frozenset[str]]] = field(default_factory=list)
    named: list[tuple[int, date, tuple[Party, ...], frozenset[str]]] = field(default_factory=list)  # this sentence's
    previous_since: date | None = None  # the latest contact the sentence before dated: "since then" starts there
    anchor_approximate: bool = False  # no dated report found: the contact is the pair's latest by publication

    @property
    def here(self) -> list[Claim]:
        """The current sentence's claims: a claim never spans sentences, so overlap checks look only here
        (keeps extraction linear in the article's length)."""
        return self.claims[self.sentence_from :]

    @property
    def language(self) -> str:
        return self.g.language

    def add(self, kind: ClaimKind, start: int, end: int, **kw: object) -> Claim:
        text = self.article.text
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1] in " ,;:.\n\t":
            end -= 1
        claim = Claim(id=f"{kind.value}-{start}-{end}", kind=kind, start=start, end=end, quote=text[start:end], **kw)  # type: ignore[arg-type]
        if self.anchor_approximate and claim.anchor is not None and claim.anchor == self.anchor:
            claim = replace(claim, extra=claim.extra + (("approximate_anchor", "yes"),))
        if claim.problem == "" and self.published is None and kind is not ClaimKind.DURATION:
            claim = replace(claim, problem=NO_DATE)
        self.claims.append(claim)
        return claim


# ------------------------------------------------------------------ entry point


def extract_claims(article: Article, gaz: Gazetteer) -> tuple[Claim, ...]:
    """Every checkable claim about leader contacts in the article, in text order."""
    lang = article.language if article.language in LEXICONS else "en"
    ctx = Context(article, gaz, grammar(lang), article.published)
    sentences = [
        tag_sentence(s, t, article.published, sentence_language(t, lang), gaz)
        for s, t in split_sentences(article.text, article.body_start)
    ]
    sentences = [s for s in sentences if s.terms or s.durations or s.mentions]
    ctx.main_pair = _main_pair(ctx, sentences)
    ctx.anchor, ctx.anchor_kinds = _anchor(ctx, sentences)
    for s in sentences:
        ctx.g = grammar(s.language)
        if not (s.terms or s.durations or (len(s.mentions) >= 2 and ctx.g.weak_verbs.search(s.text))):
            continue
        before = ctx.sentence_from = len(ctx.claims)
        _first(ctx, s)
        _ordinal(ctx, s)
        _previous(ctx, s)
        _count(ctx, s)
        _frequency(ctx, s)
        _duration(ctx, s)
        _event(ctx, s)
        ctx.named += [(c.start, c.anchor, c.parties, c.contact_kinds) for c in ctx.claims[before:]
                      if c.kind in (ClaimKind.EVENT, ClaimKind.FIRST_AFTER) and c.anchor]
        ctx.previous_named = [(d, p, k) for _, d, p, k in sorted(ctx.named, key=lambda n: n[0])]
        # "…, the last known call was on 14 June. Since then …": the previous contact anchors 'since' only
        last = [date.fromisoformat(str(c.value)) for c in ctx.claims[before:] if c.kind is ClaimKind.PREVIOUS and c.detail("precision") == "day"]
        ctx.previous_since = max([d for d, _, _ in ctx.previous_named] + last, default=None)
        ctx.named = []
    seen: set[tuple[str, int, int]] = set()
    out = []
    for c in sorted(ctx.claims, key=lambda c: (c.start, c.end, c.kind.value)):
        key = (c.kind.value, c.start, c.end)
        if key not in seen:
            seen.add(key)
            out.append(c)
    return tuple(out)


# ------------------------------------------------------------------ shared helpers


def _clause(s: Sentence, lo: int, hi: int) -> tuple[int, int]:
    """Absolute bounds of the clause holding [lo, hi)."""
    a, b = s.start, s.end
    for m in _CLAUSE_SEP.finditer(s.text):
        pos = s.start + m.start()
        if pos < lo:
            a = s.start + m.end()
        elif pos >= hi:
            b = pos
            break
    return a, b


def _merge_parties(ctx: Context, found: list[Party], day: date | None) -> list[Party]:
    out: list[Party] = []
    for p in found:
        if p.person_id is None and p.country is None:  # "the two leaders"
            for q in ctx.main_pair:
                if not any(_same_party(q, x) for x in out):
                    out.append(q)
            continue
        if p.country and not _plural_role(p) and any(q.person_id and ctx.gaz.country_of(q.person_id) == p.country for q in found):
            continue  # "Russian President Vladimir Putin": the name decides
        if p.person_id and any(q.person_id == p.person_id for q in out):
            continue
        if p.country and any(q.country == p.country and q.person_id is None for q in out):
            continue
        out.append(p)
    return out


def _same_party(a: Party, b: Party) -> bool:
    return (a.person_id or a.country, a.person_id is None) == (b.person_id or b.country, b.person_id is None)


def _plural_role(p: Party) -> bool:
    """'the leaders of Russia and the United States': whoever held both offices, deliberately."""
    return bool(p.country) and re.search(r"\b(?:leaders|presidents|heads)\b|лидер(?:ы|ов|ами)|президент(?:ы|ов|ами)|главы", p.label, re.I) is not None


def _parties(ctx: Context, s: Sentence, lo: int, hi: int, day: date | None = None) -> tuple[Party, ...]:
    a, b = _clause(s, lo, hi)
    roles = [m.party for m in s.mentions if lo - 5 <= m.start < hi + 5 and _plural_role(m.party)]
    if len(roles) >= 2:
        return tuple(roles[:2])
    mentions = [m for m in s.mentions if not _possessive_of_other(ctx, m)]
    partner = _with_partner(ctx, mentions, lo, hi)
    if partner is not None:
        # "Putin told Xi about his call with Trump": the partner and the sentence's subject
        subject = next((m for m in mentions if m.start < lo and m.party != partner.party
                        and not (m.party.person_id and m.party.person_id == partner.party.person_id)), None)
        if subject is not None:
            pair = _merge_parties(ctx, [subject.party, partner.party], day)
            if len(pair) == 2:
                return tuple(pair)
    centre = (lo + hi) / 2
    near = sorted((m for m in mentions if a <= m.start < b), key=lambda m: abs(m.start - centre))
    parties = _merge_parties(ctx, [m.party for m in near], day)
    if len(parties) < 2:
        rest = sorted(mentions, key=lambda m: abs(m.start - centre))
        parties = _merge_parties(ctx, parties + [m.party for m in rest], day)
    if len(parties) < 2:
        main_ids = {q.person_id for q in ctx.main_pair}
        if parties and parties[0].person_id not in main_ids and ctx.main_pair:
            partner = [q for q in ctx.main_pair if not _same_side(ctx, q, parties[0])]
            parties = parties + partner[:1]
        else:
            parties = _merge_parties(ctx, parties + list(ctx.main_pair), day)
    return tuple(parties[:2])


_POSSESSED = re.compile(r"['’]s\s+(?!(?:\w+\s+){0,2}?(?:call|conversation|meeting|talks|summit|visit|phone|telephone|video))\w+", re.I)


def _possessive_of_other(ctx: Context, m) -> bool:  # noqa: ANN001 (Mention)
    """'Donald Trump's inauguration', 'Trump's return': the name qualifies something else, so it does
    not name a participant of the contact."""
    return bool(_POSSESSED.match(ctx.article.text, m.end))


def _with_partner(ctx: Context, mentions: list, lo: int, hi: int):  # noqa: ANN001, ANN202
    """The leader named right after 'with' / 'с' in a claim's span: the other side of the contact."""
    text = ctx.article.text
    for w in re.finditer(r"(?<!\w)(?:with|с|со)\s+", text[lo : hi + 40]):
        pos = lo + w.end()
        hit = next((m for m in mentions if pos <= m.start <= pos + 30 and (m.party.person_id or m.party.country)), None)
        if hit is not None and re.fullmatch(r"[\w\s.-]*", text[pos : hit.start]):
            return hit
        return None
    return None


def _same_side(ctx: Context, a: Party, b: Party) -> bool:
    ca = a.country or (ctx.gaz.country_of(a.person_id) if a.person_id else "")
    cb = b.country or (ctx.gaz.country_of(b.person_id) if b.person_id else "")
    return bool(ca) and ca == cb


def _main_pair(ctx: Context, sentences: list[Sentence]) -> tuple[Party, ...]:
    pub = ctx.published
    for s in sentences[:8]:
        for t in s.terms:
            a, b = _clause(s, t.start, t.end)
            ps = _merge_parties(ctx, [m.party for m in s.mentions if a <= m.start < b and (m.party.person_id or m.party.country)], pub)
            ps = [_canonical(ctx, _as_person(ctx, p, pub)) for p in ps]
            ps = [p for i, p in enumerate(ps) if p not in ps[:i]]
            if len(ps) >= 2:
                return tuple(ps[:2])
    counts: dict[Party, int] = {}
    for s in sentences:
        for m in s.mentions:
            if m.party.person_id or m.party.country:
                p = _canonical(ctx, _as_person(ctx, m.party, pub))
                counts[p] = counts.get(p, 0) + 1
    ranked = sorted(counts, key=lambda p: -counts[p])
    return tuple(ranked[:2])


def _canonical(ctx: Context, p: Party) -> Party:
    """One Party per person, whatever the article called them ("Macron", "Emmanuel Macron")."""
    return Party(person_id=p.person_id, label=ctx.gaz.name(p)) if p.person_id else p


def _as_person(ctx: Context, p: Party, day: date | None) -> Party:
    if p.person_id or not p.country or day is None:
        return p
    ids = ctx.gaz.holders(p.country, day)
    return Party(person_id=ids[0], label=p.label) if ids else p


def _attached_dates(ctx: Context, s: Sentence, t: Term, before: int = 70, after: int = 90) -> list[DateMention]:
    """Dates that belong to the contact word ``t``: near it, with no word between that hands them to
    another event ("just hours after Trump took office on Monday")."""
    out = []
    for d in s.dates:
        if d.precision == "year":
            continue
        if d.start >= t.end and d.start - t.end <= after:
            between = ctx.article.text[t.end : d.start]
            if ctx.g.blockers.search(between) or re.search(r"[;:.!?]", between):
                continue
            if any(u.start > t.end and u.start < d.start for u in s.terms if u is not t and not u.verb):
                continue
            out.append(d)
        elif d.end <= t.start and t.start - d.end <= before:
            between = ctx.article.text[d.end : t.start]
            if ctx.g.blockers.search(between):
                continue
            adjacent = re.fullmatch(r"\s*(?:['’]s)?\s*", between) is not None  # "Thursday's call", "the June 4 call"
            # "в воскресенье провёл телефонный разговор", "on Tuesday held talks": only a verb between
            adjacent = adjacent or re.fullmatch(r"\s*(?:held|had|[а-яё]+(?:л|ла|ли|ло|лся|лась|лись)|вновь|снова|ещё|уже|\s)+\s*", between, re.I) is not None
            cl_a, _ = _clause(s, d.start, d.end)
            # "On June 14, Putin congratulated Trump", "в августе Путин и Трамп встречались на Аляске",
            # "а 7 февраля встречались в Москве": a date leading its clause
            leading = re.fullmatch(r"\s*(?:(?:а|и|но|кроме\s+того,?|also,?|and|then|later,?)\s+)?(?:on|in|в|во)?\s*",
                                   ctx.article.text[cl_a : d.start], re.I) is not None and not re.search(r"[;:.!?]", between)
            if adjacent or leading:  # "On June 14, Putin congratulated Trump"
                out.append(d)
    # "on May 19 and June 4": dates joined by "and" belong together
    return out


def _anchor(ctx: Context, sentences: list[Sentence]) -> tuple[date | None, frozenset[str]]:
    pub = ctx.published
    if pub is None:
        return None, ANY
    main = set(ctx.main_pair)
    for s in sentences[:12]:
        m = ctx.g.present.search(s.text)
        if m:
            return pub, _term_kinds(ctx, m.group("noun"))
        for t in s.terms:
            if _hypothetical(ctx, s, t):
                continue
            for d in _attached_dates(ctx, s, t):
                if _DAY_BEFORE.fullmatch(d.text.strip()):
                    continue  # "the day before": before the reported contact, so not it
                if d.day and d.relative and pub - timedelta(days=10) <= d.day <= pub:
                    who = {_as_person(ctx, p, d.day).person_id for p in _parties(ctx, s, t.start, d.end)}
                    if not main or who == {p.person_id for p in main}:
                        return d.day, t.kinds
    ctx.anchor_approximate = True
    for s in sentences[:4]:
        if s.terms and not s.dates and s.mentions:
            return pub, s.terms[0].kinds
    return pub, ANY


def _hypothetical(ctx: Context, s: Sentence, t: Term) -> bool:
    """'will speak on Monday', 'denied that they spoke', 'spoke to reporters': no leaders' contact the
    record could hold."""
    cl_a, _ = _clause(s, t.start, t.end)
    if ctx.g.future.search(ctx.article.text[max(cl_a, t.start - 60) : t.end]):
        return True
    if re.match(r"\s+(?:that\s+(?:was|had\s+been)\s+)?(?:planned|scheduled|expected|proposed|cancell?ed|postponed|"
                r"запланированн\w*|намеченн\w*|отменённ\w*|отмененн\w*)\b", ctx.article.text[t.end : t.end + 40], re.I):
        return True  # "a meeting planned for September 1"
    return _leaderless(ctx, s, t) or not _with_leader(ctx, s, t)


_ACTOR = re.compile(
    r"\b(?:[Mm]inisters?|[Ss]ecretar(?:y|ies)|[Ee]nvoys?|[Aa]ides?|[Aa]dvis[eo]rs?|[Ss]pokes(?:man|woman|person)|[Oo]fficials?|"
    r"[Nn]egotiators?|[Dd]elegations?|[Dd]iplomats?|[Aa]mbassadors?|[Cc]hancellor|[Pp]rime\s+[Mm]inister|[Kk]ing|"
    r"министр\w*|помощник\w*|посланник\w*|спецпосланник\w*|делегаци\w*|дипломат\w*|канцлер\w*|премьер\w*)\b"
)


def _leaderless(ctx: Context, s: Sentence, t: Term) -> bool:
    """A contact word whose clause names other actors and no leader ("Lavrov and Rubio spoke", "the
    envoys met on Monday") is not a contact between leaders; a bare verb needs its leaders named."""
    a, b = _clause(s, t.start, t.end)
    if not t.verb and re.match(r"\s+(?:between|with|of|among|между|с)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?" + _ACTOR.pattern,
                               ctx.article.text[t.end : t.end + 60]):
        return True  # "talks between Russian and US delegations"
    if any(a <= m.start < b for m in s.mentions):
        return False
    if t.verb:  # "They spoke by phone on …": the pronoun stands for the pair just named
        return not re.search(r"\b(?:they|они)(?:\s+\w+)?\s*$", ctx.article.text[a : t.start], re.I)
    before = ctx.article.text[a : t.start]
    around = ctx.article.text[a : min(b, t.end + 40)]
    return bool(_ACTOR.search(around) or re.search(r"\b[A-Z][a-z]+\s+and\s+[A-Z][a-z]+\b", before))


_WITH = re.compile(r"\s+(?:to|with|с|со)\s+", re.I)


def _with_leader(ctx: Context, s: Sentence, t: Term) -> bool:
    """A contact word's partner, when it names one ("spoke with X", "a meeting with Y", "told X"), must
    be a leader: "spoke to reporters", "a call with EU officials" are not leaders' contacts."""
    text = ctx.article.text
    m = _WITH.match(text, t.end) if not t.word.lower().startswith(("told", "congratul", "urged", "assured", "informed", "thanked", "warned", "invited", "greeted", "hosted", "received", "welcomed", "поздрав", "сказал", "заявил", "пригласил", "поблагодарил")) else None
    weak = m is None and t.verb and ctx.g.weak_verbs.match(text, t.start) is not None
    if m is None and not weak:
        return True
    start = m.end() if m else t.end
    return any(start <= x.start <= start + 45 and (x.party.person_id or x.party.country or x.party.label) for x in s.mentions) and not re.match(
        r"\s*(?:the\s+)?(?:reporters|journalists|the\s+press|the\s+media|aides|officials|staff|students|supporters|журналист\w*|репортёр\w*)", text[start : start + 30], re.I
    )


def _term_kinds(ctx: Context, word: str) -> frozenset[str]:
    lex = LEXICONS[ctx.language]
    key = re.sub(r"\s+", " ", word.lower())
    return lex.contact_nouns.get(key) or lex.contact_nouns.get(key.rstrip("s")) or lex.contact_verbs.get(key) or ANY


def _kinds_in(ctx: Context, s: Sentence, lo: int, hi: int) -> tuple[frozenset[str], str]:
    """Kinds admitted by the contact words of a stretch of text (the narrowest wins)."""
    terms = [t for t in s.terms if lo <= t.start < hi]
    if not terms:
        return ANY, ""
    best = min(terms, key=lambda t: len(t.kinds))
    return best.kinds, best.word


def _own_day(ctx: Context, s: Sentence, keyword: int, consume: bool = False) -> date | None:
    """The day of the contact an ordinal or 'first' claim is about, when its own clause dates it before
    the keyword ("The May 19 call was the third …", "Tuesday's call – the first since …"). A date after
    the keyword belongs to another contact ("the second this year, after a video call on January 21")."""
    d = _sentence_day(ctx, s, keyword, keyword + 1)
    if d is None or d.day is None or d.start >= keyword:
        return None
    if consume and "," not in ctx.article.text[d.end : keyword]:
        ctx.used_dates.add(d.start)  # "Friday's call was the fourth …": one claim, not an event beside it
    return d.day


def _sentence_day(ctx: Context, s: Sentence, lo: int, hi: int) -> DateMention | None:
    a, b = _clause(s, lo, hi)
    text = ctx.article.text
    for d in s.dates:
        if a <= d.start < b and d.precision in ("day", "week"):
            if ctx.g.since_after.search(text[max(a, d.start - 12) : d.start + 6]) or d.start in ctx.used_dates:
                continue  # "since 16 October" names a window's edge, not the contact
            return d
    return None


def _ordinal_value(ctx: Context, word: str) -> int | None:
    w = word.lower()
    lex = LEXICONS[ctx.language]
    if w in lex.ordinals:
        return lex.ordinals[w]
    m = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)", w)
    return int(m.group(1)) if m else None


# ------------------------------------------------------------------ windows


@dataclass(frozen=True)
class Window:
    start: date | None
    end: date | None
    text: str
    lo: int = -1  # span in the text, when there is one
    hi: int = -1
    edge: date | None = None  # "since 24 February": the day itself may count too (a reading)


def _window(ctx: Context, s: Sentence, after: int, anchor: date | None, before: int | None = None) -> Window | None:
    """The counting window named in the clause after position ``after`` — or, failing that, in the clause
    before position ``before`` ("С начала года … в десятый раз"). The earliest phrase wins."""
    cl_a, cl_b = _clause(s, after, after + 1)
    found = _windows_in(ctx, s, after, cl_b, anchor)
    if not found and before is not None:
        found = _windows_in(ctx, s, cl_a, before, anchor)
    return min(found, key=lambda w: w.lo) if found else None


def _windows_in(ctx: Context, s: Sentence, lo: int, hi: int, anchor: date | None) -> list[Window]:
    text = ctx.article.text
    seg = text[lo:hi]
    out: list[Window] = []
    if anchor:
        m = ctx.g.this_year.search(seg)
        if m:
            ym = re.search(r"\d{4}", m.group(0))
            year = int(ym.group(0)) if ym else anchor.year
            out.append(Window(date(year, 1, 1), min(anchor, date(year, 12, 31)), m.group(0), lo + m.start(), lo + m.end()))
        m = ctx.g.last_year.search(seg)
        if m:
            y = anchor.year - 1
            out.append(Window(date(y, 1, 1), date(y, 12, 31), m.group(0), lo + m.start(), lo + m.end()))
        m = ctx.g.since_month.search(seg)
        if m:
            month = LEXICONS[ctx.language].months.get(m.group("m").lower())
            if month:
                year = int(m.group("y")) if m.group("y") else (anchor.year if month <= anchor.month else anchor.year - 1)
                out.append(Window(date(year, month, 1), anchor, m.group(0), lo + m.start(), lo + m.end()))
        m = ctx.g.past_period.search(seg)
        if m:
            q = find_periods(m.group(0), ctx.language)
            if q:
                years = period_in_years(q[0])
                out.append(Window(anchor - timedelta(days=round(years * 365.25)), anchor, m.group(0), lo + m.start(), lo + m.end()))
    for sm in ctx.g.since_after.finditer(seg):
        if re.match(r"\s*(?:then|that\s+(?:call|meeting|conversation|time)|(?:been\s+)?(?:spoken|met|talked|held|had|called|тех\s+пор|того\s+времени))\b",
                    text[lo + sm.end() : lo + sm.end() + 30], re.I):
            # "have since spoken twice", "since then": since the contact the sentence before named
            if ctx.previous_since:
                day = ctx.previous_since
                out.append(Window(day + timedelta(days=1), anchor, sm.group(0), lo + sm.start(), lo + sm.end()))
            break
        x = _event_x(ctx, s, lo + sm.end(), anchor)
        if x is None:
            continue
        xlo, xhi, xtext, x_end, office = x
        if not office and sm.group(0).lower() in ("after", "following", "после"):
            continue  # "the third meeting, after Xi's visit in April": an earlier contact, not a window
        out.append(Window(xhi + timedelta(days=1), anchor, text[lo + sm.start() : x_end], lo + sm.start(), x_end,
                          edge=None if office else xlo))
        break
    m = ctx.g.term.search(seg)
    if m:
        span = _term_span(ctx, s, m, anchor)
        if span:
            out.append(Window(span[0], span[1], m.group(0), lo + m.start(), lo + m.end()))
    for d in s.dates:
        if lo <= d.start < hi and d.precision in ("year", "week"):
            out.append(Window(d.lo, min(d.hi, anchor) if anchor else d.hi, d.text, d.start, d.end))
            break
    return out


def _edge(win: Window | None) -> tuple[tuple[str, str], ...]:
    return (("edge", win.edge.isoformat()),) if win is not None and win.edge is not None else ()


def _term_span(ctx: Context, s: Sentence, m: re.Match[str], anchor: date | None) -> tuple[date, date] | None:
    """'the previous presidential term', 'his first term' → the dates of that term of the named US-style
    president in the sentence (or the main pair's member with more than one term)."""
    which = (m.group("w") or m.groupdict().get("w2") or "").lower()
    candidates = [p.person_id for p in _parties(ctx, s, s.start + m.start(), s.start + m.end()) if p.person_id]
    ref = anchor or ctx.published
    for pid in candidates:
        terms = ctx.gaz.terms(pid)
        if len(terms) < 2 and which not in ("current",):
            continue
        if which.startswith(("first", "перв")):
            t = terms[0]
        elif which.startswith(("second", "втор")):
            t = terms[1] if len(terms) > 1 else None
        elif which.startswith(("previous", "last", "former", "предыдущ", "прошл")):
            past = [t for t in terms if ref and t.end and t.end <= ref]
            t = past[-1] if past else None
        else:
            cur = [t for t in terms if ref and t.holds(ref)]
            t = cur[-1] if cur else None
        if t is not None:
            return t.start, (t.end - timedelta(days=1)) if t.end else (ref or date.max)
    return None


def _office_start(ctx: Context, s: Sentence, lo: int, hi: int, ref: date | None) -> date | None:
    """The start of the term meant by "X's return to the White House", "since Biden took office",
    "после возвращения Трампа в Белый дом": the person named in or just before the phrase, else the
    pair's most recent inauguration before the reference day."""
    if ref is None:
        return None
    named = [m.party.person_id for m in s.mentions if lo - 30 <= m.start < hi and m.party.person_id]
    candidates = named[-1:] or [p.person_id for p in _parties(ctx, s, lo, hi) if p.person_id] or [
        p.person_id for p in ctx.main_pair if p.person_id
    ]
    starts = [t.start for pid in candidates for t in ctx.gaz.terms(pid) if t.start <= ref]
    return max(starts) if starts else None


def _event_x(ctx: Context, s: Sentence, pos: int, anchor: date | None) -> tuple[date, date, str, int, bool] | None:
    """X in 'since X' / 'after X', starting at absolute ``pos``: (lo, hi, text, end offset, is a term of office)."""
    rest = ctx.article.text[pos : s.end]
    m = ctx.g.office_return.search(rest[:80])
    if m:
        span = _office_start(ctx, s, pos + m.start(), pos + m.end(), anchor or ctx.published)
        if span is not None:
            end = pos + m.end()
            for d in s.dates:  # "returned to power in January", "инаугурации Байдена 20 января": the same event
                if end <= d.start <= end + 25 and (d.precision in ("month", "year") or abs((d.lo - span).days) <= 1) \
                        and re.fullmatch(r"[\s\w.]*", ctx.article.text[end : d.start]) and not ctx.g.blockers.search(ctx.article.text[end : d.start]):
                    end = d.end
                    ctx.used_dates.add(d.start)
                    break
            return span - timedelta(days=1), span - timedelta(days=1), ctx.article.text[pos + m.start() : end], end, True
    # a date within the X phrase: "since the summit in Geneva on June 16", "since 2019"
    limit = pos + 90
    for d in s.dates:
        if d.end > pos and d.start <= limit:  # a date mention may begin with the "since" itself
            between = ctx.article.text[pos : max(pos, d.start)]
            if re.search(r"[,;:.!?]", between):
                break
            return d.lo, d.hi, d.text, d.end, False
    return None


# ------------------------------------------------------------------ detectors


def _anchor_hi(hi: date | None) -> tuple[tuple[str, str], ...]:
    return (("anchor_hi", hi.isoformat()),) if hi is not None else ()


def _named_before(ctx: Context, s: Sentence, pos: int, parties: tuple[Party, ...]) -> tuple[date, date | None] | None:
    """The contact an earlier claim of the same sentence names, if it is of the same two people:
    (its first day, its last day when the date is a range such as "earlier this month")."""
    def ids(ps: tuple[Party, ...], day: date | None) -> frozenset[str | None]:
        return frozenset(_as_person(ctx, p, day).person_id for p in ps)

    # events are detected after 'first' claims, so look at the dated contact words themselves
    for t in sorted((t for t in s.terms if t.end <= pos and not _hypothetical(ctx, s, t)), key=lambda t: -t.start):
        for d in _attached_dates(ctx, s, t):
            if d.end <= pos and ids(_parties(ctx, s, min(t.start, d.start), max(t.end, d.end)), d.lo) == ids(parties, d.lo):
                return d.lo, (d.hi if d.hi != d.lo else None)
    return None


# words that may follow "first" when the contact noun stands elsewhere ("the call – the first to be
# announced since …", "spoke for the first time in …")
_FIRST_PRONOUN = frozenset(
    "time to since after following in known publicly public official officially direct such ever reported "
    "announced confirmed one of between such-like bilateral full-fledged".split()
)


def _first(ctx: Context, s: Sentence) -> None:
    """'the first X since/after Y [was on D]' (first_after) and 'the first X in N years' (gap)."""
    text = ctx.article.text
    for fm in ctx.g.first.finditer(s.text):
        f_abs = s.start + fm.start()
        cl_a, cl_b = _clause(s, f_abs, f_abs + 1)
        cl_b = min(s.end, max(cl_b, f_abs + 200))
        tail = text[s.start + fm.end() : s.end]
        # the contact words after "first" up to the linking word
        link = re.search(r"\b(?:since|after|following|in)\b|(?<!\w)(?:с|после|(?:почти\s+|более\s+|около\s+|больше\s+)?за)(?!\w)", tail)
        if not link:
            continue
        between_lo = s.start + fm.end()
        link_abs = between_lo + link.start()
        kinds, word = _kinds_in(ctx, s, f_abs, link_abs)
        if not word:
            nxt = re.match(r"\s*([\w-]+)", tail)
            if nxt and ctx.language == "en" and nxt.group(1).lower() not in _FIRST_PRONOUN:
                continue  # "its first purchase of soybeans in two years": another noun is first
            kinds, word = _kinds_in(ctx, s, f_abs - 60, link_abs)
        if not word:
            # "spoke Tuesday by telephone for the first time in …": the verb comes before "first"
            kinds, word = _kinds_in(ctx, s, cl_a, link_abs)
        if not word and ctx.language == "ru":
            # "впервые за три года провели телефонный разговор": the noun follows
            kinds, word = _kinds_in(ctx, s, link_abs, cl_b)
        if not word:
            continue
        day = _sentence_day(ctx, s, f_abs, f_abs + 1)
        anchor_day = day.day if day and day.start < f_abs and day.day else _referent(ctx, s)
        if ctx.language == "ru" and day and day.day and day.start > f_abs and link.group(0).lower().endswith("за"):
            anchor_day = day.day  # "впервые за три года встретились в Женеве 16 июня": the date follows
            ctx.used_dates.add(day.start)
        if anchor_day == ctx.anchor and not (day and day.day and day.start < f_abs):
            # "…, the first contact between the Russian and US presidents in three years": the contact
            # the same sentence has just named
            anchor_day, anchor_hi = _named_before(ctx, s, f_abs, parties=_parties(ctx, s, f_abs, link_abs)) or (anchor_day, None)
        else:
            anchor_hi = None
        parties = _parties(ctx, s, f_abs, link_abs)
        lw = link.group(0).lower().split()[-1]
        if lw in ("in", "за"):
            link_text = link.group(0)
            pre_q = re.match(r"(почти|более|около|больше)\s+", link_text)
            pm = ctx.g.in_period.match(" " + text[link_abs + (pre_q.end() if pre_q else 0) : s.end])
            if not pm:
                continue
            periods = find_periods(pm.group("p"), ctx.language)
            if not periods and re.search(r"decade", pm.group("p"), re.I):
                periods = [Quantity(0, 0, 10.0, "year", "", pm.group("p"))]
            if not periods:
                continue
            q = periods[0]
            qual = (pm.group("q") or (pre_q.group(1) if pre_q else "")).lower()
            qualifier = (QUALIFIERS_RU if ctx.language == "ru" else QUALIFIERS_EN).get(re.sub(r"\s+", " ", qual), q.qualifier)
            end_abs = link_abs + (pre_q.end() if pre_q else 0) + pm.end() - 1
            # the claim is the "first … in N years" phrase; its dated verb ("spoke Tuesday by telephone for
            # the first time in …") is the contact it measures from, not another claim
            start_abs = re.search(r"(?:for\s+the\s+)?$", text[max(cl_a, f_abs - 12) : f_abs]).start() + max(cl_a, f_abs - 12)
            if day and day.start < f_abs and "," not in text[day.end : f_abs]:
                ctx.used_dates.add(day.start)
            ctx.add(
                ClaimKind.GAP, start_abs, end_abs, parties=parties, contact_kinds=kinds, kind_word=word,
                anchor=anchor_day, value=q.value, value_text=pm.group("p"), qualifier=qualifier,
                extra=(("unit", q.unit),) + _anchor_hi(anchor_hi),
            )
            continue
        # since / after X
        x = _event_x(ctx, s, link_abs + len(link.group(0)), anchor_day)
        if x is None:
            continue
        xlo, xhi, xtext, x_end, _office = x
        x_terms = [t for t in s.terms if link_abs < t.start < x_end and not t.verb]
        if x_terms and xlo == xhi:
            ctx.named.append((link_abs, xlo, parties, x_terms[0].kinds))
        for d in s.dates:
            if link_abs < d.start < x_end:
                ctx.used_dates.add(d.start)
        # "… took place on February 12": the first contact after X is dated
        dated = None
        for d in s.dates:
            if d.start >= x_end and d.precision in ("day", "month") and ctx.g.took_place.match(text[x_end : d.start]):
                dated = d
                break
        end_abs = dated.end if dated else x_end
        start_abs = _claim_start(ctx, s, f_abs, f_abs)
        if dated:
            ctx.used_dates.add(dated.start)
            ctx.add(
                ClaimKind.FIRST_AFTER, start_abs, end_abs, parties=parties, contact_kinds=kinds, kind_word=word,
                anchor=dated.day, window_start=xhi + timedelta(days=1), value=dated.lo.isoformat(),
                value_text=dated.text, window_text=xtext, extra=(("mode", "dated"), ("hi", dated.hi.isoformat())),
            )
        else:
            if day and day.start < f_abs:
                ctx.used_dates.add(day.start)
            ctx.add(
                ClaimKind.FIRST_AFTER, start_abs, end_abs, parties=parties, contact_kinds=kinds, kind_word=word,
                anchor=anchor_day, window_start=xhi + timedelta(days=1), window_end=anchor_day,
                value_text=xtext, window_text=xtext, extra=(("mode", "none_between"),) + _anchor_hi(anchor_hi),
            )


_ANAPHOR = re.compile(r"^(?:It|This|That|The\s+(?:call|conversation|meeting|talks?)|Этот|Это|Эта|Тот|Та|Той|Того|Он|Она)\b(?!\s+(?:is|was)\s+not)", re.I)


def _referent(ctx: Context, s: Sentence) -> date | None:
    """The contact a sentence is about: 'That call was the first …' after a dated one of the same pair,
    else the anchor."""
    m = _ANAPHOR.match(s.text)
    if m and ctx.previous_named:
        # "Та встреча …" after "… since their meeting in Davos on 22 January": the named contact of that kind
        lead = [t for t in s.terms if t.start < s.start + m.end() + 25]
        kinds = lead[0].kinds if lead and not lead[0].verb else None
        named = {x.party.person_id for x in s.mentions if x.party.person_id}
        for day, parties, k in reversed(ctx.previous_named):
            if (kinds is None or kinds & k) and (not named or named <= {p.person_id for p in parties}):
                return day
    return ctx.anchor


def _claim_start(ctx: Context, s: Sentence, lo: int, keyword: int) -> int:
    """Start a claim at its sentence's subject when the keyword is close to the sentence start."""
    a, _ = _clause(s, keyword, keyword + 1)
    return min(lo, a) if keyword - a <= 40 else lo


_AMONG_OTHERS = re.compile(
    r"\s+(?:of\s+the\s+day|that\s+day|today|of\s+(?:his|her|the)\s+(?:trip|tour|visit|day|week)|with\s+(?:a\s+|an\s+)?"
    r"(?:foreign|world|other|another|European|Asian|Arab|G7|G20)\b|за\s+день|за\s+сутки|с\s+иностранными)",
    re.I,
)


def _ordinal(ctx: Context, s: Sentence) -> None:
    for m in ctx.g.of_many.finditer(s.text):
        lo, hi = s.start + m.start(), s.start + m.end()
        ctx.add(
            ClaimKind.ORDINAL, lo, hi, parties=_parties(ctx, s, lo, hi), value=_ordinal_value(ctx, m.group("ord")),
            value_text=m.group("ord"), problem="an order among one leader's calls with several others: the record holds no order within a day",
        )
    for m in ctx.g.ordinal_bare.finditer(s.text):
        n = _ordinal_value(ctx, m.group("ord"))
        o_abs, o_end = s.start + m.start("ord"), s.start + m.end()
        terms = [t for t in s.terms if t.start < o_abs]
        if n is None or n == 1 or not terms or any(c.start <= o_abs < c.end and c.kind is ClaimKind.ORDINAL for c in ctx.here):
            continue
        anchor = _own_day(ctx, s, o_abs, consume=True) or _referent(ctx, s)
        win = _window(ctx, s, o_end, anchor, before=o_abs)
        if win is None:
            continue
        ctx.add(
            ClaimKind.ORDINAL, o_abs, max(o_end, win.hi), parties=_parties(ctx, s, terms[-1].start, o_end),
            contact_kinds=terms[-1].kinds, kind_word=terms[-1].word, anchor=anchor, window_start=win.start,
            window_end=win.end, value=n, value_text=m.group("ord"), window_text=win.text, extra=_edge(win),
        )
    for m in ctx.g.ordinal.finditer(s.text):
        n = _ordinal_value(ctx, m.group("ord"))
        if n is None:
            continue
        o_abs, noun_end = s.start + m.start(), s.start + m.end()
        if n == 1 and any(c.start <= o_abs < c.end for c in ctx.here):
            continue  # already a "first since / first in" claim
        rest = s.text[m.end() :]
        noun = m.group("noun")
        if _AMONG_OTHERS.match(s.text, m.end()):
            lo_abs = s.start + m.start()
            ctx.add(ClaimKind.ORDINAL, lo_abs, noun_end, parties=_parties(ctx, s, lo_abs, noun_end), value=n,
                    value_text=m.group("ord"), problem="an order among one leader's contacts with several others: the record holds no order within a day")
            continue
        if re.search(r"\b(?:such|similar|that|this|такой|такого|таким|подобн\w+|этот|этого)\b", m.group("mid") or "", re.I):
            lo_abs = s.start + m.start()
            ctx.add(ClaimKind.ORDINAL, lo_abs, noun_end, parties=_parties(ctx, s, lo_abs, noun_end), value=n,
                    value_text=m.group("ord"), problem="a series the record does not mark (\"such\" contacts)")
            continue
        kinds, word = _kinds_in(ctx, s, s.start + m.start("noun"), noun_end)
        if noun.lower() in ("time", "раз", "round"):
            # "the sixth time … that the presidents have spoken over the phone": the clause's contact word
            cl_a, cl_b = _clause(s, o_abs, noun_end)
            kinds, word = _kinds_in(ctx, s, noun_end, cl_b)
            if not word:
                kinds, word = _kinds_in(ctx, s, cl_a, o_abs)
            if not word:
                continue
        anchor = _own_day(ctx, s, o_abs, consume=True) or _referent(ctx, s)
        win = _window(ctx, s, o_abs, anchor, before=o_abs)  # "второй за два дня телефонный разговор"
        if n == 1 and win is None:
            continue  # "the first call" with no window is not a count
        end_abs = max(noun_end, win.hi if win and win.hi > 0 else noun_end)
        between = re.match(r"^\s+(?:between|of|with)\s+[^,.;]{0,60}", rest)
        if between and s.start + m.end() + between.end() > end_abs:
            end_abs = s.start + m.end() + between.end()
        ctx.add(
            ClaimKind.ORDINAL, _claim_start(ctx, s, o_abs, o_abs), end_abs, parties=_parties(ctx, s, o_abs, end_abs),
            contact_kinds=kinds, kind_word=word, anchor=anchor,
            window_start=win.start if win else None, window_end=win.end if win else anchor,
            value=n, value_text=m.group("ord"), window_text=win.text if win else "", extra=_edge(win),
        )


def _previous(ctx: Context, s: Sentence) -> None:
    text = ctx.article.text
    hits: list[tuple[int, int, frozenset[str], str]] = []
    for m in ctx.g.previous.finditer(s.text):
        noun = m.group("noun")
        if noun.lower() in ("time", "раз"):
            kinds, word = _kinds_in(ctx, s, s.start + m.end(), s.end)
            kinds, word = (kinds, word) if word else (ANY, "contact")
        else:
            kinds, word = _term_kinds(ctx, noun), noun
        hits.append((s.start + m.start(), s.start + m.end(), kinds, word))
    for m in ctx.g.last_verb.finditer(s.text):
        verb = m.group("verb")
        if verb is None:  # "…, most recently on May 2": the clause's contact word
            kinds, verb = _kinds_in(ctx, s, s.start, s.start + m.start())
            if not verb:
                continue
            hits.append((s.start + m.start(), s.start + m.end(), kinds, "most recently"))
            continue
        kinds = _term_kinds(ctx, verb.split()[-1])
        if m.group("med"):
            kinds = _medium(ctx, m.group("med"))
        hits.append((s.start + m.start(), s.start + m.end(), kinds, verb))
    for m in ctx.g.not_since.finditer(s.text):
        kinds = _term_kinds(ctx, m.group("verb"))
        if m.group("med"):
            kinds = _medium(ctx, m.group("med"))
        hits.append((s.start + m.start(), s.start + m.end(), kinds, m.group("verb")))
    for lo, hi, kinds, word in hits:
        if any(c.start <= lo < c.end for c in ctx.here):
            continue
        start = lo if word == "most recently" else _claim_start(ctx, s, lo, lo)  # "…, most recently on May 2"
        # the date: first date after the phrase in the sentence, or "N months ago"
        target = next((d for d in s.dates if d.start >= hi and d.precision != "week" or (d.start >= hi and d.precision == "week")), None)
        ago = None
        for q in s.periods:
            if q.start >= hi and ctx.g.ago.match(text[q.end : s.end]):
                ago = q
                break
        if ago and (target is None or ago.start < target.start):
            ctx.add(
                ClaimKind.PREVIOUS, start, ago.end + len(ctx.g.ago.match(text[ago.end : s.end]).group(0)),
                parties=_parties(ctx, s, lo, ago.end), contact_kinds=kinds, kind_word=word, anchor=ctx.anchor,
                value=ago.value, value_text=ago.text, qualifier=ago.qualifier, extra=(("mode", "ago"), ("unit", ago.unit)),
            )
            continue
        if target is None or target.start - hi > 120:
            continue
        ctx.used_dates.add(target.start)
        # "Last year they met seven times, the last time on 28 December": the last within that window
        win = _window(ctx, s, s.start, ctx.anchor or ctx.published, before=lo) if ctx.anchor or ctx.published else None
        within = (("before", (win.end + timedelta(days=1)).isoformat()),) if win and win.end and win.hi <= lo else ()
        ctx.add(
            ClaimKind.PREVIOUS, start, target.end, parties=_parties(ctx, s, lo, target.end),
            contact_kinds=kinds, kind_word=word, anchor=ctx.anchor, value=target.lo.isoformat(), value_text=target.text,
            extra=(("hi", target.hi.isoformat()), ("precision", target.precision)) + within,
        )


def _medium(ctx: Context, words: str) -> frozenset[str]:
    lex = LEXICONS[ctx.language]
    return lex.medium.get(re.sub(r"\s+", " ", words.strip().lower()).replace("face to face", "face to face"), ANY)


def _count(ctx: Context, s: Sentence) -> None:
    for m in ctx.g.count.finditer(s.text):
        g = m.groupdict()
        raw = g.get("n") or g.get("n2") or g.get("n3") or g.get("tw")
        n = {"twice": 2.0, "once": 1.0}.get(raw.lower()) if raw and raw.lower() in ("twice", "once") else (parse_number(raw) if raw else None)
        qual_word = (g.get("q") or g.get("q2") or g.get("q3") or "").lower()
        qualifier = (QUALIFIERS_RU if ctx.language == "ru" else QUALIFIERS_EN).get(re.sub(r"\s+", " ", qual_word), "")
        if n is None or n != int(n) or (g.get("n3") and not raw.isdigit() and n < 2):
            continue
        lo, hi = s.start + m.start(), s.start + m.end()
        if any(c.start <= lo < c.end for c in ctx.here):
            continue
        if g.get("noun"):
            kinds = _term_kinds(ctx, re.sub(r"s$", "", g["noun"].split()[-1]))
            if re.match(r"(?:phone|telephone|телефонн)", g["noun"], re.I):
                kinds = PHONE
            word = g["noun"]
            if not s.mentions:
                continue
        else:
            verb = g.get("verb") or g.get("verb2") or ""
            kinds = _term_kinds(ctx, verb.split()[-1])
            med = g.get("med") or g.get("med2")
            if med:
                kinds = _medium(ctx, med)
                # "по телефону и по видеосвязи", "by phone and by video": every medium named counts
                for extra_med in re.finditer(r"\s+(?:и|and|or|или)\s+((?:по|by|in|over)\s+[\w-]+(?:\s+[\w-]+)?)", s.text[m.end() : m.end() + 40]):
                    kinds = kinds | _medium(ctx, extra_med.group(1))
            word = verb
        end_ref = ctx.anchor or ctx.published
        win = _window(ctx, s, hi, end_ref)
        if win is None:
            win = _window(ctx, s, s.start, end_ref)
        end_abs = max(hi, win.hi) if win and win.hi > 0 else hi
        ctx.add(
            ClaimKind.COUNT, _claim_start(ctx, s, lo, lo), end_abs, parties=_parties(ctx, s, lo, hi), contact_kinds=kinds,
            kind_word=word, anchor=end_ref, window_start=win.start if win else None,
            window_end=win.end if win else end_ref, value=int(n), value_text=f"{qual_word} {raw}".strip(),
            qualifier=qualifier, window_text=win.text if win else "", extra=_edge(win),
        )


def _frequency(ctx: Context, s: Sentence) -> None:
    for m in ctx.g.frequency.finditer(s.text):
        n = parse_number(m.group("n"))
        if n is None:
            continue
        lo, hi = s.start + m.start(), s.start + m.end()
        inc = ctx.g.including_meetings.search(s.text)
        kinds, word = _kinds_in(ctx, s, s.start, hi)
        if inc:
            kinds, word = ANY, word or "contact"
            hi = max(hi, s.start + inc.end())
        elif not word:
            kinds, word = ANY, "contact"
        win = _window(ctx, s, s.start, ctx.published)
        unit = m.group("u").lower()
        ctx.add(
            ClaimKind.FREQUENCY, _claim_start(ctx, s, lo, lo), hi, parties=_parties(ctx, s, lo, hi), contact_kinds=kinds,
            kind_word=word, window_start=win.start if win else None, window_end=win.end if win else None,
            value=n, value_text=m.group("n"), window_text=win.text if win else "",
            extra=(("unit", "year" if unit in ("year", "год") else "month"), ("including_meetings", "yes" if inc else "")),
        )


def _duration(ctx: Context, s: Sentence) -> None:
    text = ctx.article.text
    for q in s.durations:
        before = text[max(s.start, q.start - 60) : q.start]
        after = text[q.end : s.end]
        trig = ctx.g.duration_trigger.search(before)
        noun_after = re.match(r"^[\s-]*(?:long\s+)?(?:phone\s+|telephone\s+)?(?:call|conversation|meeting|talks|разговор)", after, re.I)
        if not trig and not noun_after:
            continue
        if ctx.g.elapsed.match(after):
            continue  # "more than two hours after reporters left": time elapsed, not a length
        if re.search(r"\b(?:scheduled|planned|expected|initially|originally|allotted|budgeted|запланирован\w*|планировал\w*|рассчитан\w*)\b[\w\s,]{0,20}$", before, re.I):
            continue  # "initially scheduled for 30 minutes": a plan, not a length
        if any(c.start <= q.start < c.end and c.kind is not ClaimKind.EVENT for c in ctx.here):
            continue
        # whose contact: an unknown person named just before ("speaking with Chancellor Merkel for …")
        stranger = re.search(r"\bwith\s+(?:(?:Chancellor|President|Prime\s+Minister|King|Premier|Mr\.?|Ms\.?|Mrs\.?)\s+)?(?P<n>[A-Z][\w-]+)\s+(?:for|about)?\s*$", before)
        lo = trig.start() + max(s.start, q.start - 60) if trig else q.start
        cl_a, _ = _clause(s, q.start, q.end)
        kinds, word = _kinds_in(ctx, s, cl_a, q.end + (noun_after.end() if noun_after else 0))
        if not word:
            kinds, word = ctx.anchor_kinds, "contact"
        term_before = [t for t in s.terms if cl_a <= t.start < q.start]
        if term_before and not re.search(r"[,;]|\d", text[term_before[-1].end : lo]):
            lo = min(lo, term_before[-1].start)  # "the call lasted …", not "the call, on June 4, lasted …"
        hi = q.end
        day = None
        for d in s.dates:
            if d.precision not in ("day", "week", "month") or d.start >= q.start:
                continue
            if re.match(r",?\s+(?:when|где|когда)\b", text[d.end : d.end + 8]):
                day = d  # "since May 28, when Macron … spoke with Putin for 80 minutes"
            elif not ctx.g.since_after.search(text[max(s.start, d.start - 8) : d.start + 3]):
                day = d
        parties = _parties(ctx, s, lo, hi)
        problem = ""
        if stranger and not any(m.start >= q.start - 60 + s.start * 0 and m.party.person_id and m.start < q.start and m.start >= max(s.start, q.start - 60) for m in s.mentions):
            name = stranger.group("n")
            parties = (Party(label=name),) + tuple(p for p in parties[:1])
            problem = f"the record holds no contacts with {name}"
        ctx.add(
            ClaimKind.DURATION, lo, hi, parties=parties, contact_kinds=kinds, kind_word=word,
            anchor=day.lo if day else _referent(ctx, s), value=q.value, value_text=q.text, qualifier=q.qualifier,
            problem=problem or ("" if day or ctx.anchor else (NO_DATE if ctx.published is None else "")),
            extra=(("date_hi", day.hi.isoformat()),) if day and not day.day else (),
        )


def _event(ctx: Context, s: Sentence) -> None:
    """Dated contacts: the one being reported and earlier ones ("spoke by phone on May 19 and June 4")."""
    text = ctx.article.text
    pm = ctx.g.present.search(s.text)
    if pm and ctx.published:
        lo, hi = s.start + pm.start(), s.start + pm.end()
        if not any(c.start <= lo < c.end for c in ctx.here):
            ctx.add(ClaimKind.EVENT, lo, hi, parties=_parties(ctx, s, lo, hi), contact_kinds=_term_kinds(ctx, pm.group("noun")),
                    kind_word=pm.group("noun"), anchor=ctx.published, value=ctx.published.isoformat(), value_text="now",
                    extra=(("hi", ctx.published.isoformat()),))
    claimed: set[int] = set()
    _dated_events(ctx, s, list(s.terms), claimed)
    if not any(c.kind is ClaimKind.EVENT and s.start <= c.start < s.end for c in ctx.here):
        # "On June 14, Putin congratulated Trump": a weak verb is a contact when two leaders are named
        if len({m.party for m in s.mentions if m.party.person_id or m.party.country}) >= 2:
            weak = [Term(s.start + w.start(), s.start + w.end(), ANY, w.group(0), True) for w in ctx.g.weak_verbs.finditer(s.text)]
            weak = [w for w in weak if _with_leader(ctx, s, w)]
            _dated_events(ctx, s, weak, claimed)
    for d in s.dates:
        if d.start in claimed or d.start in ctx.used_dates or d.precision == "year":
            continue
        prev = [c for c in ctx.here if c.kind is ClaimKind.EVENT and s.start <= c.start and c.end <= d.start]
        if prev and re.fullmatch(r"\s*(?:,|and|и|,\s*and)\s*", text[prev[-1].end : d.start]):
            claimed.add(d.start)
            pc = prev[-1]
            ctx.add(ClaimKind.EVENT, d.start, d.end, parties=pc.parties, contact_kinds=pc.contact_kinds,
                    kind_word=pc.kind_word, anchor=d.lo, value=d.lo.isoformat(), value_text=d.text,
                    extra=(("hi", d.hi.isoformat()), ("precision", d.precision)))


_DAY_BEFORE = re.compile(r"накануне|дн[её]м\s+ранее|the\s+day\s+before|a\s+day\s+earlier", re.I)


def _relative_to_anchor(ctx: Context, d: DateMention) -> DateMention:
    """'Накануне', 'the day before': the day before the reported contact, not before publication."""
    if ctx.anchor is not None and _DAY_BEFORE.fullmatch(d.text.strip()):
        day = ctx.anchor - timedelta(days=1)
        return replace(d, lo=day, hi=day)
    return d


def _dated_events(ctx: Context, s: Sentence, terms: list[Term], claimed: set[int]) -> None:
    terms = [t for t in terms if not any(c.start <= t.start < c.end and c.kind is not ClaimKind.DURATION for c in ctx.here)]
    terms.sort(key=lambda t: t.start)
    for t in terms:
        if _hypothetical(ctx, s, t):
            continue
        for d in map(lambda x: _relative_to_anchor(ctx, x), _attached_dates(ctx, s, t)):
            if d.start in ctx.used_dates or d.start in claimed:
                continue
            if any(c.start <= d.start < c.end and c.kind is not ClaimKind.DURATION for c in ctx.here):
                continue
            # the nearest contact word owns the date
            owner = min(terms, key=lambda u: min(abs(u.start - d.end), abs(d.start - u.end)))
            if owner is not t and not (owner.verb and not t.verb and abs(owner.start - t.start) < 25):
                continue
            first = not any(c.kind is ClaimKind.EVENT and c.start <= t.start < c.end for c in ctx.here)
            claimed.add(d.start)
            lo, hi = (min(t.start, d.start), max(t.end, d.end)) if first else (d.start, d.end)
            ctx.add(
                ClaimKind.EVENT, _claim_start(ctx, s, lo, lo) if first and d.start > t.start else lo, hi,
                parties=_parties(ctx, s, lo, hi), contact_kinds=t.kinds, kind_word=t.word, anchor=d.lo,
                value=d.lo.isoformat(), value_text=d.text, extra=(("hi", d.hi.isoformat()), ("precision", d.precision)),
            )
