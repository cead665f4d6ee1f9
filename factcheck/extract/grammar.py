"""Per-language phrase patterns that the claim detectors combine. Data, compiled once per language."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from factcheck.extract.lexicon import LEXICONS, alternation
from factcheck.extract.quantities import _EN_HALF, QUALIFIERS_EN, QUALIFIERS_RU


@dataclass(frozen=True)
class Grammar:
    language: str
    ordinal: re.Pattern[str]  # "the sixth publicly disclosed call" → ord, noun
    ordinal_bare: re.Pattern[str]  # "the call was the third this year": the noun is elided
    next_ordinal: re.Pattern[str]  # "… since June and the second since …": a coordinated claim ends the phrase
    first: re.Pattern[str]  # "first … since/after X" | "first … in N years" → the word "first"
    since_after: re.Pattern[str]  # "since" / "after" introducing X
    in_period: re.Pattern[str]  # "in (over) three years" right after a "first" phrase
    this_year: re.Pattern[str]  # "this year", "since the beginning of the year"
    last_year: re.Pattern[str]  # "last year", "в прошлом году": the previous calendar year
    this_month: re.Pattern[str]  # "this month", "в этом месяце": from the first of the month
    since_month: re.Pattern[str]  # "since January"
    past_period: re.Pattern[str]  # "in the past 10 years", "in a month and a half"
    previous: re.Pattern[str]  # "the last known call", "their previous conversation"
    last_verb: re.Pattern[str]  # "they last spoke"
    not_since: re.Pattern[str]  # "have not met in person since"
    count: re.Pattern[str]  # "have spoken six times", "met 42 times" → n
    frequency: re.Pattern[str]  # "on average four times a year" → n, unit
    including_meetings: re.Pattern[str]
    duration_trigger: re.Pattern[str]  # words before a duration: "lasted", "spoke for"
    elapsed: re.Pattern[str]  # after a duration: "… after", "ago" — time elapsed, not a length
    sequel: re.Pattern[str]  # after "for/lasted X": "before …", "until …" — what followed the contact
    ongoing: re.Pattern[str]  # "the talks were still going at 6 p.m., three hours after …": the contact goes on
    ended_after: re.Pattern[str]  # right before a duration: "concluded after", "завершились через"
    blockers: re.Pattern[str]  # between a contact word and a date: the date belongs elsewhere
    office_return: re.Pattern[str]  # "his return to the presidency", "took office"
    term: re.Pattern[str]  # "previous presidential term", "first term" → which
    took_place: re.Pattern[str]  # "took place on", "was on" after X
    ago: re.Pattern[str]  # "nearly two months ago"
    weak_verbs: re.Pattern[str]  # "congratulated", "told": contacts when two leaders are named
    present: re.Pattern[str]  # "are currently holding a telephone conversation"
    future: re.Pattern[str]  # "will speak", "plans to call": a contact yet to happen is not checked
    of_many: re.Pattern[str]  # "the 2nd of 4 calls with foreign leaders": an order among other leaders' calls
    pause: re.Pattern[str]  # "after an almost three-year pause", "a break of four months" → q, p | adj, of
    at_place: re.Pattern[str]  # "in Helsinki", "at Mar-a-Lago" → place: where a named contact was held
    until: re.Pattern[str]  # right before a date: "until", "до" — where a count stops
    plural_unit: re.Pattern[str]  # "weeks", "недели": a unit in the plural, with no number, states no length
    not_ordinal: re.Pattern[str]  # after an ordinal: "country", "term" — "a third country", "his first term"
    that_year: re.Pattern[str]  # "that year", "в том году": the year the passage narrates
    year_of_occasion: re.Pattern[str]  # "the 2018 SCO summit" → y: the year an occasion is named by
    soon_before: re.Pattern[str]  # right before "after X": "shortly", "soon", "вскоре" — within days of X
    offset_before: re.Pattern[str]  # right before "after X": "six days", "a month" → p: how long after X
    world_event: re.Pattern[str]  # after "since"/"after": "Trump's re-election", "the invasion" → ev, its kind
    vague_frequency: re.Pattern[str]  # "regular contact", "talk often", "часто созваниваются"
    pronoun: re.Pattern[str]  # "he", "она": a person named before
    they: re.Pattern[str]  # "they", "они": the pair named before
    org_summit: re.Pattern[str]  # "an EU summit", "саммит НАТО": a gathering of a bloc, not a contact of two leaders
    set_before: re.Pattern[str]  # right before a counted noun: "the", "these", "both" — a set named before
    next_clause: re.Pattern[str]  # between a contact word and a date: ", and", ", а" — the date leads the next clause
    naming: re.Pattern[str]  # after "called": "it", "one of", "the talks" — naming, not phoning
    plan_after: re.Pattern[str]  # right after a contact word: "could be held", "is expected" — not yet held
    visit_to: re.Pattern[str]  # after "visit": "to the US", "в Россию" — the country visited
    visit: re.Pattern[str]  # "visit", "trip", "визит": a journey to a country, which the record does not hold
    said: re.Pattern[str]  # right before a date: "said on", "заявил в" — the day of a statement
    top_level: re.Pattern[str]  # "high-level contacts", "на высшем уровне": the countries' leaders, whoever they were
    pause_other: re.Pattern[str]  # what a pause may be in that is not a leaders' contact: "trade talks"
    year_named: re.Pattern[str]  # "the covid year 2020", "2019 год": a year the passage turns to → y
    window_edge: re.Pattern[str]  # right before a date: "since", "until" — a window's edge, not a focus
    before_this: re.Pattern[str]  # "before that", "до этого": a count stops short of the contact just named
    once_dated: re.Pattern[str]  # between "only once" and a day: ", by phone on" → med: the one contact's date
    held_by_others: re.Pattern[str]  # "held between delegations", "на уровне министров": not the leaders' contact
    when_clause: re.Pattern[str]  # right after a year: ", when" — the clause narrates that year ("since 2019, when …")


@cache
def grammar(language: str) -> Grammar:
    return _russian() if language == "ru" else _english()


def _english() -> Grammar:
    lex = LEXICONS["en"]
    ords = alternation(lex.ordinals)
    nouns = alternation(lex.contact_nouns)
    num = rf"(?:\d+|{alternation(k for k in lex.cardinals if k not in ('a', 'an'))})"
    qual = alternation(QUALIFIERS_EN)
    months = alternation(k for k in lex.months if len(k) > 3)
    b, e = r"(?<![\w-])", r"(?![\w-])"
    return Grammar(
        language="en",
        ordinal=re.compile(
            rf"{b}(?P<ord>{ords}|\d{{1,2}}(?:st|nd|rd|th)){e}(?P<mid>(?:[\s,]+(?!(?:{nouns}|time|of|in|since|after|between|with)\b(?!-))[\w’'-]+){{0,3}}?)\s+(?P<noun>(?:{nouns})s?|time){e}",
            re.I,
        ),
        ordinal_bare=re.compile(
            rf"{b}(?:the|their|its)\s+(?P<ord>{ords}|\d{{1,2}}(?:st|nd|rd|th))(?=\s+(?:this\s+year|so\s+far|since|of\s+the\s+year|between|in\s+(?:(?:a|the)\b|\d|{num}\s+(?:days?|weeks?|months?|years?))))",
            re.I,
        ),
        next_ordinal=re.compile(rf"\s(?:and|but|while)\s+(?:[\w’'-]+\s+){{0,2}}?(?:{ords}){e}", re.I),
        first=re.compile(rf"{b}first{e}", re.I),
        since_after=re.compile(rf"{b}(?:since|after|following){e}", re.I),
        in_period=re.compile(
            rf"^(?:[\s,]+(?:publicly\s+)?(?:known|reported|announced))?\s*(?:for\s+the\s+first\s+time\s+)?in\s+(?:(?:the\s+)?(?:past|last)\s+)?(?:(?P<q>{qual})\s+)?(?P<p>(?:{num}{_EN_HALF}?|an?|a\s+year\s+and\s+a\s+half|a\s+month\s+and\s+a\s+half)[\s-]+(?:years?|months?|weeks?|days?)|(?:a\s+)?(?:year|month)\s+and\s+a\s+half|more\s+than\s+a\s+(?:year|decade)|a\s+decade|decades?)",
            re.I,
        ),
        this_year=re.compile(
            rf"{b}(?:this\s+year|so\s+far\s+this\s+year|of\s+(?:the|this)\s+year|since\s+the\s+(?:beginning|start)\s+of\s+(?:the|this)\s+year|since\s+(?:the\s+)?new\s+year|year\s+to\s+date){e}",
            re.I,
        ),
        last_year=re.compile(rf"{b}(?:last\s+year|in\s+the\s+previous\s+year){e}", re.I),
        this_month=re.compile(
            rf"{b}(?:this\s+month|so\s+far\s+this\s+month|since\s+the\s+(?:beginning|start)\s+of\s+the\s+month){e}",
            re.I,
        ),
        since_month=re.compile(
            rf"{b}since\s+(?:early\s+|late\s+|mid-?)?(?P<m>{months})(?:\s+(?P<y>(?:19|20)\d\d))?{e}", re.I
        ),
        past_period=re.compile(
            rf"{b}(?:in|over|during|within)\s+(?:(?:less|fewer|more)\s+than\s+|just\s+(?:over|under)\s+|about\s+|nearly\s+|almost\s+)?(?:the\s+)?(?:(?:past|last)\s+)?(?:(?P<n>{num}{_EN_HALF}?)|(?P<a>an?|a\s+(?:year|month)\s+and\s+a\s+half))?[\s-]*(?P<u>years?|months?|weeks?|days?|decades?|(?=and))(?:\s+and\s+a\s+half)?{e}",
            re.I,
        ),
        previous=re.compile(
            rf"{b}(?:(?:the|their|his|its)\s+)?(?:last|previous|most\s+recent|prior)(?:\s+(?:known|publicly\s+(?:known|disclosed|announced)|reported|announced|official|confirmed|direct))?"
            rf"(?:\s+(?:one-on-one|bilateral|formal|personal|full-fledged|full-scale|direct)){{0,2}}\s+(?P<noun>(?:{nouns})|time){e}",
            re.I,
        ),
        last_verb=re.compile(
            rf"{b}(?:last\s+(?P<verb>spoke|spoken|talked|met|called|phoned|held\s+(?:a\s+)?(?:phone\s+|telephone\s+)?(?:call|talks|conversation))(?P<med>\s+(?:by\s+(?:tele)?phone|in\s+person|face[\s-]to[\s-]face))?|most\s+recently(?=\s+(?:on|in)\s)){e}",
            re.I,
        ),
        not_since=re.compile(
            rf"{b}(?:have|has|had)\s+not\s+(?P<verb>met|spoken|talked)(?P<med>\s+(?:in\s+person|face[\s-]to[\s-]face|by\s+(?:tele)?phone))?\s+since{e}",
            re.I,
        ),
        count=re.compile(
            rf"{b}(?:(?:have|has|had)\s+[“\"‘]?(?:now\s+|already\s+|so\s+far\s+|also\s+|since\s+|previously\s+)?(?P<verb>spoken|talked|met|held\s+talks|called\s+each\s+other)(?P<med>\s+(?:by\s+(?:tele)?phone|(?:over|on)\s+the\s+(?:tele)?phone|in\s+person|face[\s-]to[\s-]face))?\s+(?:(?P<q>{qual}|only)\s+)?(?:(?P<n>{num})\s+times|(?P<tw>twice|once))|(?P<verb2>met|spoke|talked|called(?:\s+each\s+other)?|phoned)(?P<med2>\s+(?:by\s+(?:tele)?phone|in\s+person))?\s+(?:(?P<q2>{qual})\s+)?(?P<n2>{num})\s+times|(?:(?P<q3>{qual})\s+)?(?P<n3>{num})\s+(?P<noun>(?:phone\s+|telephone\s+|face-to-face\s+|in-person\s+)?(?:calls|conversations|meetings|summits|contacts)){e}(?!\s+(?:with|between)\s+(?:other|European|world)))",
            re.I,
        ),
        frequency=re.compile(
            rf"{b}(?:on\s+average\s+)?(?P<n>{num})\s+times\s+(?:a|per)\s+(?P<u>year|month)(?:\s+on\s+average)?{e}", re.I
        ),
        including_meetings=re.compile(
            rf"{b}including\s+(?:face[\s-]to[\s-]face|in[\s-]person|personal)?\s*(?:meetings|encounters|summits){e}",
            re.I,
        ),
        duration_trigger=re.compile(
            rf"{b}(?:lasted|lasting|last|spoke\s+for|talked\s+for|went\s+on\s+for|ran\s+for|continued\s+for|took|for){e}[\s\w,]{{0,12}}$",
            re.I,
        ),
        elapsed=re.compile(r"^\s*(?:after|ago|later|before|earlier|since|into|of\s+(?:waiting|delay))\b", re.I),
        sequel=re.compile(r"^\s*(?:before|until|till|and\s+then)\b", re.I),
        ongoing=re.compile(
            rf"{b}(?:still\s+(?:ongoing|under\s*way|going(?:\s+on)?|talking|in\s+progress|meeting)|were\s+still|was\s+still){e}",
            re.I,
        ),
        ended_after=re.compile(
            rf"{b}(?:concluded|ended|wrapped\s+up|finished|broke\s+up|came\s+to\s+an\s+end)\s+(?:after|following){e}\s*$",
            re.I,
        ),
        blockers=re.compile(
            rf"{b}(?:after|since|before|until|following|ahead\s+of|ago|when|while|which|who|that|said|says|told|reported|confirmed|announced|according)\b",
            re.I,
        ),
        office_return=re.compile(
            rf"{b}(?:return(?:ed)?\s+to\s+(?:power|the\s+presidency|the\s+White\s+House|office|the\s+Oval\s+Office)|(?:took|taking|assumed)\s+office|inauguration|was\s+sworn\s+in|swearing[\s-]in|(?:began|start(?:ed)?)\s+(?:of\s+)?his\s+second\s+term|second\s+term\s+began){e}",
            re.I,
        ),
        term=re.compile(
            rf"{b}(?:(?P<w>previous|first|second|last|current|former)\s+(?:presidential\s+)?term|(?P<w2>first|second)\s+presidency){e}",
            re.I,
        ),
        took_place=re.compile(r"^[\s,]*(?:took\s+place|was\s+held|happened|came|occurred|was)?\s*(?:on|in)?\s*$", re.I),
        ago=re.compile(rf"^\s*ago{e}", re.I),
        weak_verbs=re.compile(
            rf"{b}(?:congratulated|told|urged|assured|informed|thanked|warned|greeted|discussed\s+with|held\s+talks\s+with|hosted|received|welcomed){e}",
            re.I,
        ),
        present=re.compile(
            rf"{b}(?:are|is)\s+(?:currently\s+|now\s+)?(?:holding|having|conducting)\s+(?:a\s+|their\s+)?(?P<noun>{nouns}){e}",
            re.I,
        ),
        future=re.compile(
            rf"{b}(?:will|would|shall|'ll|plans?|planned|planning|scheduled|cancell?ed|postponed|called\s+off|invited|invitation|intends?\s+to|expected\s+to|is\s+to|are\s+to|set\s+to|going\s+to|due\s+to|scheduled|to\s+be\s+held|agreed\s+to|hopes?\s+to|wants?\s+to|wanted\s+to|would\s+like\s+to|hoped\s+to|sought\s+to|asked\s+to|preparations?\s+for|may|might|could|proposed|upcoming|next|possible|potential|denied|no\s+(?:call|conversation|meeting|contact)s?|did\s+not|didn't|never){e}",
            re.I,
        ),
        of_many=re.compile(
            rf"{b}(?P<ord>{ords}|\d{{1,2}}(?:st|nd|rd|th))\s+of\s+(?:{num}|the)\b(?:\s+[\w-]+){{0,4}}?\s+(?:{nouns})s?{e}",
            re.I,
        ),
        at_place=re.compile(r"\b(?:in|at)\s+(?:the\s+)?(?P<place>[A-Z][\w-]{2,})"),
        visit_to=re.compile(r"\s+to\s+(?:the\s+)?[A-Z]"),
        pronoun=re.compile(r"\b(?:he|she)\b", re.I),
        they=re.compile(r"\b(?:they|the\s+two)\b", re.I),
        world_event=re.compile(
            r"\s*(?:(?:the|his|her|their|its)\s+|[\w.’'-]+['’]s\s+|(?:sensational|landslide|presidential|full-scale|"
            r"US|U\.S\.|Russian|French|Ukrainian|Chinese|American)\s+){0,4}"
            r"(?P<ev>(?P<reelection>re-?election(?:\s+(?:victory|win))?)"
            r"|(?P<election>(?:election|electoral)(?:\s+(?:victory|win|triumph))?)"
            r"|(?P<invasion>invasion(?:\s+of\s+Ukraine)?|start\s+of\s+the\s+(?:war|invasion)|outbreak\s+of\s+(?:the\s+)?war))\b",
            re.I,
        ),
        vague_frequency=re.compile(
            r"\b(?:(?:close\s+and\s+)?regular(?:ly)?|frequent(?:ly)?|often|constant(?:ly)?|routinely|"
            r"in\s+(?:close|constant|regular)\s+(?:touch|contact))\b",
            re.I,
        ),
        that_year=re.compile(r"\b(?:that|the\s+same)\s+year\b", re.I),
        until=re.compile(r"\b(?:until|till|up\s+to)\s+(?:last\s+)?$", re.I),
        plural_unit=re.compile(r"(?:years|months|weeks|days|decades)", re.I),
        not_ordinal=re.compile(r"\s+(?:countr(?:y|ies)|part(?:y|ies)|world|term|presidency|half|quarter)\b", re.I),
        year_of_occasion=re.compile(
            r"\b(?P<y>(?:19|20)\d\d)\s+(?:G-?20|G-?7|APEC|SCO|BRICS|NATO|UN|summit|meeting|talks|visit|forum)\b", re.I
        ),
        soon_before=re.compile(r"\b(?:shortly|soon|right|immediately|just)\s*$", re.I),
        offset_before=re.compile(
            rf"(?:^|[\s,(—–-])(?:just\s+|only\s+|some\s+)?(?P<p>(?:{num}|an?|one)[\s-]+(?:days?|weeks?|months?|years?))\s*$",
            re.I,
        ),
        org_summit=re.compile(
            r"(?<![\w-])(?:EU|European\s+Union|NATO|G-?7|G-?20|BRICS|SCO|APEC|ASEAN|UN|Arab\s+League|African\s+Union)"
            r"(?:['’]s)?\s+(?:leaders['’]?\s+)?summits?\b"
        ),
        set_before=re.compile(r"(?<![\w-])(?:the|these|those|both|all)(?:\s+(?:other|remaining))?\s+$", re.I),
        next_clause=re.compile(r",\s*(?:and|but|while|then)\s+(?:(?:on|in|by)\s+)?$", re.I),
        naming=re.compile(
            r"\s+(?:it|them|this|that|one\s+of|an?\s+(?!call\b)\w+|the\s+(?:talks|meeting|call|conversation|summit))\b",
            re.I,
        ),
        plan_after=re.compile(
            r"\s+(?:could|would|will|may|might|is\s+(?:expected|due|set|likely|planned)|was\s+(?:expected|due|set|planned)|to\s+be\s+held)\b",
            re.I,
        ),
        visit=re.compile(r"(?:visits?|trips?|journey|tour|state\s+visit|travel)", re.I),
        said=re.compile(
            rf"{b}(?:said|says|told\s+\w+|announced|reported|confirmed|stated|added|noted)\s+(?:on\s+)?$", re.I
        ),
        top_level=re.compile(
            rf"{b}(?:high-level|top-level|highest-level|at\s+the\s+(?:highest|top)\s+level|between\s+the\s+two\s+countries){e}",
            re.I,
        ),
        pause_other=re.compile(
            rf"{b}(?:trade|tariffs?|peace|arms|nuclear|ceasefire|fighting|strikes|hostilities|deliveries|supplies|aid|negotiators?|ministers?|delegations?){e}",
            re.I,
        ),
        pause=_en_pause(rf"(?:\d+(?:[.,]\d+)?|{num})", qual, b, e),
        year_named=re.compile(rf"{b}year\s+(?P<y>(?:19|20)\d\d){e}", re.I),
        window_edge=re.compile(r"(?:since|from|until|till|by|before|after|through|between)\s*$", re.I),
        before_this=re.compile(rf"{b}(?:before|prior\s+to)\s+(?:that|this|then){e}", re.I),
        once_dated=re.compile(
            r"[\s,]*(?:(?P<med>by\s+(?:tele)?phone|by\s+video(?:\s+link)?|over\s+the\s+phone|in\s+person)\s*,?\s*)?(?:on\s+)?",
            re.I,
        ),
        held_by_others=re.compile(
            rf"{b}(?:(?:held|conducted|led)\s+(?:between|by)|between)\s+(?:the\s+)?(?:two\s+)?(?:[\w-]+\s+)?"
            rf"(?:delegations?|negotiators?|negotiating\s+teams|ministers?|officials|envoys?|aides){e}"
            rf"|{b}at\s+(?:the\s+)?(?:delegation|ministerial|expert|working)\s+level{e}",
            re.I,
        ),
        when_clause=re.compile(r"\s*,\s*when\b", re.I),
    )


def _russian() -> Grammar:
    lex = LEXICONS["ru"]
    ords = alternation(lex.ordinals)
    nouns = alternation(lex.contact_nouns)
    num = rf"(?:\d+|{alternation(lex.cardinals)})"
    qual = alternation(QUALIFIERS_RU)
    months_nom = r"(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)"
    b, e = r"(?<!\w)", r"(?!\w)"
    return Grammar(
        language="ru",
        ordinal=re.compile(
            rf"{b}(?P<ord>{ords}){e}(?P<mid>(?:\s+(?!(?:{nouns})(?!\w))[\w-]+){{0,3}}?)\s+(?P<noun>{nouns}|раз){e}",
            re.I,
        ),
        ordinal_bare=re.compile(
            rf"{b}(?P<ord>{ords})(?=\s+(?:в\s+этом\s+году|в\s+текущем\s+году|с\s+начала|с\s+момента|после|за\s+))", re.I
        ),
        next_ordinal=re.compile(rf"\s(?:и|а|но)\s+(?:[\w-]+\s+){{0,2}}?(?:{ords}){e}", re.I),
        first=re.compile(rf"{b}(?:впервые|перв\w+){e}", re.I),
        since_after=re.compile(rf"{b}(?:с\s+момента|со?|после){e}", re.I),
        in_period=re.compile(
            rf"^(?:[\s,]+\w+)?\s*за\s+(?:(?:последние|прошедшие)\s+)?(?:(?P<q>{qual})\s+)?(?P<p>полгода|(?:{num}(?:\s+с\s+половиной)?\s+)?(?:лет|года|год|месяцев|месяца|месяц|недель|недели|дней|дня))",
            re.I,
        ),
        this_year=re.compile(
            rf"{b}(?:в\s+этом\s+году|в\s+текущем\s+году|в\s+уходящем\s+году|в\s+нынешнем\s+году|за\s+этот\s+год|с\s+начала\s+(?:этого\s+|текущего\s+)?года|в\s+\d{{4}}\s+году){e}",
            re.I,
        ),
        last_year=re.compile(rf"{b}(?:в\s+прошлом\s+году|за\s+прошлый\s+год|в\s+минувшем\s+году){e}", re.I),
        this_month=re.compile(rf"{b}(?:в\s+этом\s+месяце|в\s+текущем\s+месяце|с\s+начала\s+месяца){e}", re.I),
        since_month=re.compile(rf"{b}с\s+(?:начала\s+)?(?P<m>{months_nom})(?:\s+(?P<y>(?:19|20)\d\d))?{e}", re.I),
        past_period=re.compile(
            rf"{b}за\s+(?:последние\s+|прошедшие\s+)?(?:(?P<n>{num}(?:\s+с\s+половиной)?)\s+)?(?P<u>лет|года|год|месяцев|месяца|месяц|недель|недели|неделю|дней|дня){e}",
            re.I,
        ),
        previous=re.compile(
            rf"{b}(?:последн\w+|предыдущ\w+|прошл\w+)(?:\s+(?:известн\w+|официальн\w+|публичн\w+))?\s+(?P<noun>{nouns}|раз){e}",
            re.I,
        ),
        last_verb=re.compile(
            rf"{b}(?:в\s+последний\s+раз|последний\s+раз)\s+(?:\w+\s+){{0,3}}?(?P<verb>разговаривали|говорили|общались|встречались|созванивались|беседовали)(?P<med>\s+по\s+телефону)?{e}",
            re.I,
        ),
        not_since=re.compile(
            rf"{b}не\s+(?P<verb>встречались|разговаривали|общались|говорили)(?P<med>\s+(?:лично|по\s+телефону))?\s+с{e}",
            re.I,
        ),
        count=_ru_count(num, qual, b, e),
        frequency=re.compile(
            rf"{b}(?:в\s+среднем\s+)?(?P<n>{num})\s+раз(?:а)?\s+в\s+(?P<u>год|месяц)(?:\s+в\s+среднем)?{e}", re.I
        ),
        including_meetings=re.compile(rf"{b}включая\s+(?:личные|очные)?\s*встречи{e}", re.I),
        duration_trigger=re.compile(
            rf"{b}(?:длился|длилась|длилось|длились|длившийся|длившаяся|продолжался|продолжалась|продолжались|продолжавшийся|продлился|продлилась|продлились|шёл|шел|занял|заняла|в\s+течение|на\s+протяжении|разговаривали|беседовали|говорили){e}[\s\w,]{{0,12}}$",
            re.I,
        ),
        elapsed=re.compile(r"^\s*(?:спустя|назад|после|до)\b", re.I),
        sequel=re.compile(r"^\s*(?:до\s+того\s+как|пока|прежде\s+чем)(?!\w)", re.I),
        ongoing=re.compile(rf"{b}(?:вс[её]\s+ещё|вс[её]\s+еще|продолжал\w*|ещё\s+шл\w+|еще\s+шл\w+){e}", re.I),
        ended_after=re.compile(
            rf"{b}(?:завершил\w*|закончил\w*|окончил\w*)\s+(?:через|спустя){e}\s*$",
            re.I,
        ),
        blockers=re.compile(rf"{b}(?:после|с\s+тех|до|перед|назад|когда|который|которая|которое|что)\b", re.I),
        office_return=re.compile(
            rf"{b}(?:возвращени\w+\s+(?:\w+\s+){{0,2}}(?:в\s+Белый\s+дом|к\s+власти|на\s+пост(?:\s+президента(?:\s+США)?)?)|инаугураци\w+|вступлени\w+\s+в\s+должность){e}",
            re.I,
        ),
        term=re.compile(
            rf"{b}(?:(?P<w>предыдущ\w+|перв\w+|втор\w+|прошл\w+)\s+(?:президентск\w+\s+)?(?:срок\w*|каденци\w+)){e}",
            re.I,
        ),
        took_place=re.compile(r"^[\s,—-]*(?:состоял\w*|прош\w+|был\w*)?\s*$", re.I),
        ago=re.compile(rf"^\s*назад{e}", re.I),
        weak_verbs=re.compile(rf"{b}(?:поздравил\w*|сказал\w*|заявил\w*|поблагодарил\w*|обсудил\w*){e}", re.I),
        present=re.compile(rf"{b}(?:проводят|проходит|идёт|идет)\s+(?P<noun>{nouns}){e}", re.I),
        future=re.compile(
            rf"{b}(?:\w+(?:ть|ться)|будет|будут|планиру\w+|запланирован\w*|пригласил\w*|приглашени\w+|отмен\w+|перенес\w+|намерен\w*|собира\w+|ожида\w+|предстоящ\w+|следующ\w+|может|могут|возможн\w+|опроверг\w*|не\s+было|не\s+(?:провод|разговарива|встреча)\w*){e}",
            re.I,
        ),
        of_many=re.compile(rf"{b}(?P<ord>{ords})\s+из\s+{num}\b(?:\s+[\w-]+){{0,3}}?\s+(?:{nouns}){e}", re.I),
        # the record names places in English: a Russian place name cannot be looked up, so none is read
        at_place=re.compile(r"(?<!\w)(?:в|во|на)\s+(?P<place>[A-Z][a-z-]{2,})"),
        visit_to=re.compile(r"\s+(?:в|во)\s+[А-ЯЁ]"),
        pronoun=re.compile(r"(?<!\w)(?:он|она)(?!\w)", re.I),
        they=re.compile(r"(?<!\w)(?:они|оба)(?!\w)", re.I),
        world_event=re.compile(
            r"\s*(?:момента\s+)?(?:его\s+|её\s+|ее\s+)?"
            r"(?P<ev>(?P<reelection>переизбрани\w+)"
            r"|(?P<election>избрани\w+|победы\s+(?:[\w-]+\s+)?на\s+(?:президентских\s+)?выборах|президентских\s+выборов|выборов)"
            r"|(?P<invasion>начала\s+(?:специальной\s+)?(?:военной\s+)?(?:спец)?операции|начала\s+СВО|начала\s+войны|вторжени\w+))"
            r"(?!\w)",
            re.I,
        ),
        vague_frequency=re.compile(r"(?<!\w)(?:регулярн\w*|часто|постоянно)(?!\w)", re.I),
        until=re.compile(r"(?<!\w)до\s+$", re.I),
        plural_unit=re.compile(r"(?:годы|месяцы|недели|дни)", re.I),
        not_ordinal=re.compile(r"\s+(?:стран\w*|президентск\w+\s+срок\w*|срок\w*|половин\w+|квартал\w*)(?!\w)", re.I),
        that_year=re.compile(r"(?<!\w)(?:в\s+том\s+(?:же\s+)?году|за\s+тот\s+год|в\s+тот\s+год)(?!\w)", re.I),
        year_of_occasion=re.compile(
            r"(?<!\w)(?:саммит\w*|форум\w*|визит\w*)\s+(?:\w+\s+)?(?P<y>(?:19|20)\d\d)\s+года(?!\w)", re.I
        ),
        soon_before=re.compile(r"(?<!\w)(?:вскоре|сразу|почти\s+сразу)\s*$", re.I),
        offset_before=re.compile(
            rf"(?:^|[\s,(—–-])(?:через|спустя)\s+(?P<p>(?:{num}\s+)?(?:дн(?:я|ей)|день|недел(?:и|ь|ю)|месяц(?:а|ев)?|год(?:а)?|лет))\s*$",
            re.I,
        ),
        org_summit=re.compile(
            r"(?<!\w)саммит\w*\s+(?:ЕС|Евросоюза|НАТО|G-?20|G-?7|БРИКС|ШОС|АТЭС|АСЕАН|ООН|«Большой\s+двадцатки»|«Группы\s+двадцати»)"
        ),
        set_before=re.compile(r"(?<!\w)(?:эти|этих|те|тех|оба|обе|все|всех)\s+$", re.I),
        next_clause=re.compile(r",\s*(?:а|и|но|затем|потом)\s+(?:(?:в|во)\s+)?$", re.I),
        naming=re.compile(r"(?!)"),  # Russian "назвал" is no contact word
        plan_after=re.compile(
            r"\s+(?:может|могут|мог\w*|должн\w+|планиру\w+|ожида\w+|состоится|пройд[её]т)(?!\w)", re.I
        ),
        visit=re.compile(r"(?:визит\w*|поездк\w*|турне)", re.I),
        said=re.compile(
            rf"{b}(?:заявил\w*|сообщил\w*|рассказал\w*|отметил\w*|подтвердил\w*|сказал\w*|уточнил\w*)\s+(?:в|во)?\s*$",
            re.I,
        ),
        top_level=re.compile(rf"{b}(?:на\s+высшем\s+уровне|между\s+(?:двумя\s+)?странами){e}", re.I),
        pause_other=re.compile(
            rf"{b}(?:торгов\w*|мирн\w*|огн\w*|удар\w*|поставк\w*|помощ\w*|министр\w*|делегаци\w*|боевых|ядерн\w*){e}",
            re.I,
        ),
        pause=_ru_pause(num, qual, b, e),
        year_named=re.compile(rf"{b}(?P<y>(?:19|20)\d\d)\s+год(?:ом|а|у)?{e}(?!\s+назад)", re.I),
        window_edge=re.compile(r"(?:с|со|до|после|по|между|начала|конца)\s*$", re.I),
        before_this=re.compile(rf"{b}(?:до\s+(?:этого|того|тех\s+пор)|перед\s+этим){e}", re.I),
        once_dated=re.compile(r"[\s,—–-]*(?:(?P<med>по\s+телефону|по\s+видеосвязи|лично)\s*,?\s*)?(?:—\s*)?", re.I),
        held_by_others=re.compile(
            rf"{b}(?:между\s+(?:\w+\s+)?(?:делегаци|переговорщик|министр|посланник)\w*"
            rf"|делегаци(?:й|ями)|на\s+уровне\s+(?:делегаций|министров|экспертов|помощников)){e}",
            re.I,
        ),
        when_clause=re.compile(r"\s*(?:года?)?\s*,\s*когда(?!\w)", re.I),
    )


def _en_pause(num: str, qual: str, b: str, e: str) -> re.Pattern[str]:
    """ "an almost three-year pause (in contacts)", "a break (in their calls) of nearly four months",
    "the hiatus was 4.5 years"."""
    noun = r"(?:pause|break|hiatus|lull|gap|silence|freeze|interval)"
    period = (
        rf"(?:{num}{_EN_HALF}?[\s-]+(?:years?|months?|weeks?|days?)"
        r"|(?:a\s+)?(?:year|month)\s+and\s+a\s+half|an?\s+(?:year|month|decade))"
    )
    adjective = rf"(?:{num}{_EN_HALF}?[\s-]+(?:year|month|week|day)|year|month|decade)(?:[\s-]+long)?"
    of = r"\s+(?:in|on)\s+(?:(?:the|their|its|direct|high-level|top-level)\s+)*[\w-]+(?:\s+(?!between|with|of|since)[\w-]+)?"
    joins = r"(?:of|was|lasted|stood\s+at|came\s+to|spanned|spanning|lasting)"
    return re.compile(
        rf"{b}(?:(?:(?P<q>{qual})\s+)?(?P<p>{adjective})\s+{noun}(?P<of>{of})?"
        rf"|{noun}(?P<of2>{of})?\s+{joins}\s+(?:(?P<q2>{qual})\s+)?(?P<p2>{period})(?P<of3>{of})?){e}",
        re.I,
    )


def _ru_pause(num: str, qual: str, b: str, e: str) -> re.Pattern[str]:
    """ "почти трёхлетнюю паузу (в контактах)", "перерыв в контактах составил два года", "паузы в три года"."""
    noun = r"(?:пауз\w*|перерыв\w*|затишь\w*)"
    adjective = r"(?:\w+\s*-?\s*(?:летн|месячн|недельн|дневн|годов|годичн)\w*|полугод\w+)"
    period = rf"(?:(?:{num}(?:\s+с\s+половиной)?\s+)?(?:лет|года|год|месяцев|месяца|месяц|недель|недели|неделю|дней|дня)|полгода)"
    of = r"\s+(?:в|во)\s+[\w-]+(?:\s+на\s+высшем\s+уровне)?"
    joins = r"(?:составил\w*|длил\w*|продолжал\w*|длиной(?:\s+в)?|продолжительностью(?:\s+в)?|в)"
    return re.compile(
        rf"{b}(?:(?:(?P<q>{qual})\s+)?(?P<adj>{adjective})\s+{noun}(?P<of>{of})?"
        rf"|{noun}(?P<of2>{of})?\s+{joins}\s+(?:(?P<q2>{qual})\s+)?(?P<p2>{period})(?P<of3>{of})?){e}",
        re.I,
    )


# Russian counts, from named parts: "встречались пять раз", "дважды провели переговоры по видеосвязи",
# "десять телефонных разговоров"
_RU_COUNT_VERBS = "встречались|разговаривали|говорили|поговорили|общались|созванивались|созвонились|виделись"
_RU_COUNT_VERBS_ONE = "встречался|разговаривал|говорил|общался|созванивался|виделся"  # one of the two as subject
_RU_HELD = r"провели\s+(?:переговоры|встречи|беседы)"  # "дважды провели переговоры"
_RU_MEDIUM = r"\s+(?:по\s+телефону|по\s+видеосвязи|лично|очно)"
_RU_TIMES_ADVERB = "дважды|трижды|четырежды|однажды"
_RU_COUNT_NOUN = r"телефонн\w+\s+разговор\w*|разговор(?:а|ов)|бесед|встреч[иу]?|контакт(?:а|ов)|саммит(?:а|ов)"


def _ru_count(num: str, qual: str, b: str, e: str) -> re.Pattern[str]:
    verb_first = rf"(?P<verb>{_RU_COUNT_VERBS})(?P<med>{_RU_MEDIUM})?\s+(?:(?P<q>{qual})\s+)?(?P<n>{num})\s+раз(?:а)?"
    subject = r"(?:они\s+|(?:уже\s+)?[а-яё]+\s+президент\s+(?:уже\s+)?)?"
    verbs = f"{_RU_COUNT_VERBS}|{_RU_COUNT_VERBS_ONE}|{_RU_HELD}"
    times = rf"(?:(?P<q2>{qual})\s+)?(?:(?P<n2>{num})\s+раз(?:а)?|(?P<tw>{_RU_TIMES_ADVERB}))"
    times_first = rf"{times}\s+{subject}(?P<verb2>{verbs})(?P<med2>{_RU_MEDIUM})?"
    adjective = r"(?:(?!телефонн)[а-яё]+(?:ые|ых|ие|их)\s+)?"
    nouns = rf"(?:(?P<q3>{qual})\s+)?(?P<n3>{num})\s+{adjective}(?P<noun>{_RU_COUNT_NOUN})"
    return re.compile(rf"{b}(?:{verb_first}|{times_first}|{nouns}){e}", re.I)
