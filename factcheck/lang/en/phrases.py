"""The English pack's phrase patterns, composed from named parts and compiled once by ``grammar()``."""

from __future__ import annotations

import re

from factcheck import regex_cache
from factcheck.lang.base import Grammar, Lazy, lazy, Lexicon, alternation, clock_span
from factcheck.lang.en.words import CARDINALS, LEXICON, QUALIFIERS

_NUM = rf"(?:\d+(?:[.,]\d+)?|{alternation(k for k in CARDINALS if ' ' not in k)})"
_HALF = r"(?:[\s-]+and[\s-]+a[\s-]+half)"
# a time zone or "local time" after a clock time: "ET", "Moscow time"
_ZONE = r"[A-Z]{2,4}\b|(?:local|Moscow|Beijing|Washington|Eastern)\s+time"


# the phrase parts the detectors' patterns are built from
_CLAIM_START = r"first|second|third|fourth|fifth|\d+(?:st|nd|rd|th)|our"  # the next claim's first word
# an actor who is not one of the pair's leaders: a post, a team sent to talk, another head or a deputy
_ACTOR_POSTS = r"[Mm]inisters?|[Ss]ecretar(?:y|ies)|[Ee]nvoys?|[Aa]ides?|[Aa]dvis[eo]rs?|[Ss]pokes(?:man|woman|person)"
_ACTOR_TEAMS = r"[Oo]fficials?|[Nn]egotiators?|[Dd]elegations?|[Dd]iplomats?|[Aa]mbassadors?"
_ACTOR_HEADS = r"[Cc]hancellor|[Pp]rime\s+[Mm]inister|[Kk]ing|[Ss]pokes\w*|[Dd]eputy"
_ACTOR = rf"\b(?:{_ACTOR_POSTS}|{_ACTOR_TEAMS}|{_ACTOR_HEADS})\b"

_UNITS = r"years?|months?|weeks?|days?"  # a period's unit, largest first
_YEAR_AND_HALF = r"(?:a\s+)?(?:year|month)\s+and\s+a\s+half"  # "a year and a half", "month and a half"
_KNOWN = r"(?:[\s,]+(?:publicly\s+)?(?:known|reported|announced))?"  # "…, publicly known"
_FOR_FIRST = r"(?:for\s+the\s+first\s+time\s+)?"  # "for the first time in …"
_PAST = r"(?:(?:the\s+)?(?:past|last)\s+)?"  # "the past", "last"
_LONG_SPAN = r"more\s+than\s+a\s+(?:year|decade)|a\s+decade|decades?"  # "more than a year", "decades"
_THIS_YEAR = r"this\s+year|so\s+far\s+this\s+year|of\s+(?:the|this)\s+year"  # "so far this year", "of the year"
_SINCE_NEW_YEAR = r"since\s+the\s+(?:beginning|start)\s+of\s+(?:the|this)\s+year|since\s+(?:the\s+)?new\s+year"
# "less than", "just over", "nearly": how close a period's length is
_ROUGHLY = r"(?:(?:less|fewer|more)\s+than\s+|just\s+(?:over|under)\s+|about\s+|nearly\s+|almost\s+)?"
# "known", "publicly disclosed", "official": how the previous contact is on record
_ON_RECORD = r"(?:\s+(?:known|publicly\s+(?:known|disclosed|announced)|reported|announced|official|confirmed|direct))?"
# "bilateral", "formal one-on-one": up to two words for the contact's format
_FORMAT = r"(?:\s+(?:one-on-one|bilateral|formal|personal|full-fledged|full-scale|direct)){0,2}"
_LAST = r"(?:last|previous|most\s+recent|prior)"
_BY_PHONE = r"by\s+(?:tele)?phone"
_IN_PERSON = r"in\s+person|face[\s-]to[\s-]face"
_HELD_CALL = r"held\s+(?:a\s+)?(?:phone\s+|telephone\s+)?(?:call|talks|conversation)"  # "held a phone call"
_LAST_VERBS = rf"spoke|spoken|talked|met|called|phoned|{_HELD_CALL}"  # "last spoke", "last held talks"
_LINK_WORDS = r"after|since|before|until|following|ahead\s+of|ago|when|while|which|who|that"  # a link or a clause
_SAYS = r"said|says|told|reported|confirmed|announced|according"  # a report verb
_RETURN = r"return(?:ed)?\s+to\s+(?:power|the\s+presidency|the\s+White\s+House|office|the\s+Oval\s+Office)"
_TOOK_OFFICE = r"(?:took|taking|assumed)\s+office|inauguration|was\s+sworn\s+in|swearing[\s-]in"
_SECOND_TERM = r"(?:began|start(?:ed)?)\s+(?:of\s+)?his\s+second\s+term|second\s+term\s+began"
# one side speaking to or receiving the other, not a contact counted on its own: "congratulated", "hosted"
_ADDRESSED = r"congratulated|told|urged|assured|informed|thanked|warned|greeted"
_HOSTED = r"discussed\s+with|held\s+talks\s+with|hosted|received|welcomed"
# the words that make a contact planned, wished for, possible or denied rather than held
_PLANNED = r"plans?|planned|planning|scheduled|cancell?ed|postponed|called\s+off|invited|invitation"
_INTENT = r"intends?\s+to|expected\s+to|is\s+to|are\s+to|set\s+to|going\s+to|due\s+to|scheduled|to\s+be\s+held"
_WISH = r"agreed\s+to|hopes?\s+to|wants?\s+to|wanted\s+to|would\s+like\s+to|hoped\s+to|sought\s+to|asked\s+to"
_MAYBE = r"preparations?\s+for|may|might|could|proposed|upcoming|next|possible|potential"
_DENIED = r"denied|no\s+(?:call|conversation|meeting|contact)s?|did\s+not|didn't|never"
# the words before a world event: "his", "Trump's", "landslide", "U.S."
_EVENT_ADJ = r"(?:sensational|landslide|presidential|full-scale|US|U\.S\.|Russian|French|Ukrainian|Chinese|American)\s+"
_EVENT_LEAD = rf"\s*(?:(?:the|his|her|their|its)\s+|[\w.’'-]+['’]s\s+|{_EVENT_ADJ}){{0,4}}"
_REELECTION = r"re-?election(?:\s+(?:victory|win))?"
_ELECTION = r"(?:election|electoral)(?:\s+(?:victory|win|triumph))?"
_INVASION = r"invasion(?:\s+of\s+Ukraine)?|start\s+of\s+the\s+(?:war|invasion)|outbreak\s+of\s+(?:the\s+)?war"
_IN_TOUCH = r"in\s+(?:close|constant|regular)\s+(?:touch|contact)"  # "in regular contact"
_ORGS = r"EU|European\s+Union|NATO|G-?7|G-?20|BRICS|SCO|APEC|ASEAN|UN|Arab\s+League|African\s+Union"  # summit hosts
_IS_PLANNED = r"is\s+(?:expected|due|set|likely|planned)|was\s+(?:expected|due|set|planned)"  # "is expected", "was due"
# what else can pause than the leaders' contacts: "a pause in trade", "a break in deliveries"
_PAUSED_MATTERS = r"trade|tariffs?|peace|arms|nuclear|ceasefire|fighting|strikes|hostilities|deliveries|supplies|aid"
# "held between the two foreign", "conducted by": talks others hold
_HELD_BY = r"(?:(?:held|conducted|led)\s+(?:between|by)|between)\s+(?:the\s+)?(?:two\s+)?(?:[\w-]+\s+)?"
_TEAMS = r"delegations?|negotiators?|negotiating\s+teams|ministers?|officials|envoys?|aides"
_LOW_LEVEL = r"at\s+(?:the\s+)?(?:delegation|ministerial|expert|working)\s+level"  # "at the expert level"
_OF_THE_DAY = r"of\s+the\s+day|that\s+day|today|of\s+(?:his|her|the)\s+(?:trip|tour|visit|day|week)"  # "of his trip"
_WITH_OTHERS = r"with\s+(?:a\s+|an\s+)?(?:foreign|world|other|another|European|Asian|Arab|G7|G20)\b"  # "with a foreign"
# the pair named together: "the two leaders", "both men", "the presidents" (not "the presidents of …")
_THE_TWO = (
    r"the\s+two\s+(?:leaders|presidents|men|heads\s+of\s+state|sides'\s+leaders)|both\s+(?:leaders|presidents|men)"
)
_THE_LEADERS = r"the\s+(?:presidents|leaders|heads\s+of\s+state)(?!\s+of)"
_TWO_COUNTRIES = r"the\s+leaders\s+of\s+the\s+two\s+countries|the\s+two\s+countries'\s+leaders"
_TITLE = r"(?:Chancellor|President|Prime\s+Minister|King|Premier|Mr\.?|Ms\.?|Mrs\.?)\s+"  # "President ", "Mr. "


def grammar() -> Grammar:
    """The English patterns, compiled once on first use (factcheck.lang caches them)."""
    lex = LEXICON
    ords = alternation(lex.ordinals)
    nouns = alternation(lex.contact_nouns)
    num = rf"(?:\d+|{alternation(k for k in lex.cardinals if k not in ('a', 'an'))})"
    qual = alternation(QUALIFIERS)
    months = alternation(k for k in lex.months if len(k) > 3)
    b, e = r"(?<![\w-])", r"(?![\w-])"
    ordinal_any = rf"{ords}|\d{{1,2}}(?:st|nd|rd|th)"  # "third", "3rd"
    # up to three words between the ordinal and its noun, none the noun itself or a link word: "third such phone"
    not_noun = rf"(?!(?:{nouns}|time|of|in|since|after|between|with)\b(?!-))"
    mid = rf"(?:[\s,]+{not_noun}[\w’'-]+){{0,3}}?"
    # what may follow a bare "the third": "this year", "so far", "in a", "in three weeks"
    in_span = rf"in\s+(?:(?:a|the)\b|\d|{num}\s+(?:days?|weeks?|months?|years?))"
    bare_next = rf"this\s+year|so\s+far|since|of\s+the\s+year|between|{in_span}"
    # the period in "for the first time in three years": a counted unit, "a year and a half", "decades"
    counted = rf"(?:{num}{_HALF}?|an?|a\s+year\s+and\s+a\s+half|a\s+month\s+and\s+a\s+half)[\s-]+(?:{_UNITS})"
    # "in the past", "over nearly the last": the lead of a past period
    span_lead = rf"(?:in|over|during|within)\s+{_ROUGHLY}(?:the\s+)?(?:(?:past|last)\s+)?"
    amount = rf"(?:(?P<n>{num}{_HALF}?)|(?P<a>an?|a\s+(?:year|month)\s+and\s+a\s+half))?"  # "three", "a"
    recently = r"most\s+recently(?=\s+(?:on|in)\s)"  # "most recently on …"
    return Grammar(
        language="en",
        ordinal=lazy(rf"{b}(?P<ord>{ordinal_any}){e}(?P<mid>{mid})\s+(?P<noun>(?:{nouns})s?|time){e}", re.I),
        ordinal_bare=lazy(rf"{b}(?:the|their|its)\s+(?P<ord>{ordinal_any})(?=\s+(?:{bare_next}))", re.I),
        next_ordinal=lazy(rf"\s(?:and|but|while)\s+(?:[\w’'-]+\s+){{0,2}}?(?:{ords}){e}", re.I),
        first=lazy(rf"{b}first{e}", re.I),
        since_after=lazy(rf"{b}(?:since|after|following){e}", re.I),
        in_period=lazy(
            rf"^{_KNOWN}\s*{_FOR_FIRST}in\s+{_PAST}(?:(?P<q>{qual})\s+)?(?P<p>{counted}|{_YEAR_AND_HALF}|{_LONG_SPAN})",
            re.I,
        ),
        this_year=lazy(rf"{b}(?:{_THIS_YEAR}|{_SINCE_NEW_YEAR}|year\s+to\s+date){e}", re.I),
        last_year=lazy(rf"{b}(?:last\s+year|in\s+the\s+previous\s+year){e}", re.I),
        this_month=lazy(
            rf"{b}(?:this\s+month|so\s+far\s+this\s+month|since\s+the\s+(?:beginning|start)\s+of\s+the\s+month){e}",
            re.I,
        ),
        since_month=lazy(
            rf"{b}since\s+(?:early\s+|late\s+|mid-?)?(?P<m>{months})(?:\s+(?P<y>(?:19|20)\d\d))?{e}", re.I
        ),
        past_period=lazy(
            rf"{b}{span_lead}{amount}[\s-]*(?P<u>{_UNITS}|decades?|(?=and))(?:\s+and\s+a\s+half)?{e}",
            re.I,
        ),
        previous=lazy(
            rf"{b}(?:(?:the|their|his|its)\s+)?{_LAST}{_ON_RECORD}{_FORMAT}\s+(?P<noun>(?:{nouns})|time){e}", re.I
        ),
        last_verb=lazy(
            rf"{b}(?:last\s+(?P<verb>{_LAST_VERBS})(?P<med>\s+(?:{_BY_PHONE}|{_IN_PERSON}))?|{recently}){e}", re.I
        ),
        not_since=lazy(
            rf"{b}(?:have|has|had)\s+not\s+(?P<verb>met|spoken|talked)(?P<med>\s+(?:{_IN_PERSON}|{_BY_PHONE}))?\s+since{e}",
            re.I,
        ),
        count=_count(num, qual, b, e),
        frequency=lazy(
            rf"{b}(?:on\s+average\s+)?(?P<n>{num})\s+times\s+(?:a|per)\s+(?P<u>year|month)(?:\s+on\s+average)?{e}", re.I
        ),
        including_meetings=lazy(
            rf"{b}including\s+(?:face[\s-]to[\s-]face|in[\s-]person|personal)?\s*(?:meetings|encounters|summits){e}",
            re.I,
        ),
        duration_trigger=lazy(
            rf"{b}(?:lasted|lasting|last|spoke\s+for|talked\s+for|went\s+on\s+for|ran\s+for|continued\s+for|took|for){e}[\s\w,]{{0,12}}$",
            re.I,
        ),
        elapsed=lazy(r"^\s*(?:after|ago|later|before|earlier|since|into|of\s+(?:waiting|delay))\b", re.I),
        sequel=lazy(r"^\s*(?:before|until|till|and\s+then)\b", re.I),
        ongoing=lazy(
            rf"{b}(?:still\s+(?:ongoing|under\s*way|going(?:\s+on)?|talking|in\s+progress|meeting)|were\s+still|was\s+still){e}",
            re.I,
        ),
        ended_after=lazy(
            rf"{b}(?:concluded|ended|wrapped\s+up|finished|broke\s+up|came\s+to\s+an\s+end)\s+(?:after|following){e}\s*$",
            re.I,
        ),
        blockers=lazy(
            rf"{b}(?:{_LINK_WORDS}|{_SAYS})\b",
            re.I,
        ),
        office_return=lazy(rf"{b}(?:{_RETURN}|{_TOOK_OFFICE}|{_SECOND_TERM}){e}", re.I),
        term=lazy(
            rf"{b}(?:(?P<w>previous|first|second|last|current|former)\s+(?:presidential\s+)?term|(?P<w2>first|second)\s+presidency){e}",
            re.I,
        ),
        took_place=lazy(r"^[\s,]*(?:took\s+place|was\s+held|happened|came|occurred|was)?\s*(?:on|in)?\s*$", re.I),
        ago=lazy(rf"^\s*ago{e}", re.I),
        weak_verbs=lazy(
            rf"{b}(?:{_ADDRESSED}|{_HOSTED}){e}",
            re.I,
        ),
        present=lazy(
            rf"{b}(?:are|is)\s+(?:currently\s+|now\s+)?(?:holding|having|conducting)\s+(?:a\s+|their\s+)?(?P<noun>{nouns}){e}",
            re.I,
        ),
        future=lazy(
            rf"{b}(?:will|would|shall|'ll|{_PLANNED}|{_INTENT}|{_WISH}|{_MAYBE}|{_DENIED}){e}",
            re.I,
        ),
        of_many=lazy(
            rf"{b}(?P<ord>{ordinal_any})\s+of\s+(?:{num}|the)\b(?:\s+[\w-]+){{0,4}}?\s+(?:{nouns})s?{e}",
            re.I,
        ),
        at_place=lazy(r"\b(?:in|at)\s+(?:the\s+)?(?P<place>[A-Z][\w-]{2,})"),
        visit_to=lazy(r"\s+to\s+(?:the\s+)?[A-Z]"),
        pronoun=lazy(r"\b(?:he|she)\b", re.I),
        they=lazy(r"\b(?:they|the\s+two)\b", re.I),
        world_event=lazy(
            rf"{_EVENT_LEAD}(?P<ev>(?P<reelection>{_REELECTION})|(?P<election>{_ELECTION})|(?P<invasion>{_INVASION}))\b",
            re.I,
        ),
        vague_frequency=lazy(
            rf"\b(?:(?:close\s+and\s+)?regular(?:ly)?|frequent(?:ly)?|often|constant(?:ly)?|routinely|{_IN_TOUCH})\b",
            re.I,
        ),
        that_year=lazy(r"\b(?:that|the\s+same)\s+year\b", re.I),
        until=lazy(r"\b(?:until|till|up\s+to)\s+(?:last\s+)?$", re.I),
        plural_unit=lazy(r"(?:years|months|weeks|days|decades)", re.I),
        not_ordinal=lazy(r"\s+(?:countr(?:y|ies)|part(?:y|ies)|world|term|presidency|half|quarter)\b", re.I),
        year_of_occasion=lazy(
            r"\b(?P<y>(?:19|20)\d\d)\s+(?:G-?20|G-?7|APEC|SCO|BRICS|NATO|UN|summit|meeting|talks|visit|forum)\b", re.I
        ),
        soon_before=lazy(r"\b(?:shortly|soon|right|immediately|just)\s*$", re.I),
        offset_before=lazy(
            rf"(?:^|[\s,(—–-])(?:just\s+|only\s+|some\s+)?(?P<p>(?:{num}|an?|one)[\s-]+(?:days?|weeks?|months?|years?))\s*$",
            re.I,
        ),
        org_summit=lazy(rf"(?<![\w-])(?:{_ORGS})(?:['’]s)?\s+(?:leaders['’]?\s+)?summits?\b"),
        set_before=lazy(r"(?<![\w-])(?:the|these|those|both|all)(?:\s+(?:other|remaining))?\s+$", re.I),
        next_clause=lazy(r",\s*(?:and|but|while|then)\s+(?:(?:on|in|by)\s+)?$", re.I),
        naming=lazy(
            r"\s+(?:it|them|this|that|one\s+of|an?\s+(?!call\b)\w+|the\s+(?:talks|meeting|call|conversation|summit))\b",
            re.I,
        ),
        plan_after=lazy(
            rf"\s+(?:could|would|will|may|might|{_IS_PLANNED}|to\s+be\s+held)\b",
            re.I,
        ),
        visit=lazy(r"(?:visits?|trips?|journey|tour|state\s+visit|travel)", re.I),
        said=lazy(rf"{b}(?:said|says|told\s+\w+|announced|reported|confirmed|stated|added|noted)\s+(?:on\s+)?$", re.I),
        top_level=lazy(
            rf"{b}(?:high-level|top-level|highest-level|at\s+the\s+(?:highest|top)\s+level|between\s+the\s+two\s+countries){e}",
            re.I,
        ),
        pause_other=lazy(
            rf"{b}(?:{_PAUSED_MATTERS}|negotiators?|ministers?|delegations?){e}",
            re.I,
        ),
        pause=_pause(rf"(?:\d+(?:[.,]\d+)?|{num})", qual, b, e),
        year_named=lazy(rf"{b}year\s+(?P<y>(?:19|20)\d\d){e}", re.I),
        window_edge=lazy(r"(?:since|from|until|till|by|before|after|through|between)\s*$", re.I),
        before_this=lazy(rf"{b}(?:before|prior\s+to)\s+(?:that|this|then){e}", re.I),
        once_dated=lazy(
            r"[\s,]*(?:(?P<med>by\s+(?:tele)?phone|by\s+video(?:\s+link)?|over\s+the\s+phone|in\s+person)\s*,?\s*)?(?:on\s+)?",
            re.I,
        ),
        held_by_others=lazy(
            rf"{b}{_HELD_BY}(?:{_TEAMS}){e}|{b}{_LOW_LEVEL}{e}",
            re.I,
        ),
        when_clause=lazy(r"\s*,\s*when\b", re.I),
        duration=_duration(),
        period=_period(),
        clock_span=_clock_span(),
        dates=_dates(lex),
        verb_only=lazy(r"\s*(?:held|had|\s)+\s*", re.I),
        date_leads=lazy(r"\s*(?:(?:also,?|and|then|later,?)\s+)?(?:on|in)?\s*", re.I),
        anaphor=lazy(
            r"^(?:(?:On|At)\s+that\s+(?:occasion|time|meeting|call)|Then|It|This|That)\b(?!\s+(?:is|was)\s+not)", re.I
        ),
        distal=lazy(r"^(?:(?:On|At)\s+that|Then|That)\b", re.I),
        distal_inner=lazy(r"(?<!\w)(?:at\s+the\s+time|on\s+that\s+occasion)(?!\w)", re.I),
        clause_sep=lazy(r"[;:—–()]|,\s+(?:when|while|but|as|which|who|and\s+then)\b|\s-\s"),
        day_before=lazy(_DAY_BEFORE, re.I),
        phone_noun=lazy(r"(?:phone|telephone)", re.I),
        medium_and=lazy(r"\s+(?:and|or)\s+(?P<med>(?:by|in|over)\s+[\w-]+(?:\s+[\w-]+)?)", re.I),
        noun_after_length=lazy(
            r"^[\s-]*(?:long\s+)?(?:phone\s+|telephone\s+)?(?:call|conversation|meeting|talks)", re.I
        ),
        planned_length=lazy(
            r"\b(?:scheduled|planned|expected|initially|originally|allotted|budgeted)\b[\w\s,]{0,20}$", re.I
        ),
        when_after_date=lazy(r",?\s+(?:when)\b"),
        event_joiner=lazy(r"\s*(?:,|and|,\s*and)\s*"),
        first_link=lazy(r"\b(?:since|after|following|in)(?![\w-])"),
        link_qualifier=lazy(r"(?!)"),
        first_adjective=lazy(r"(?!)", re.I),
        offset_bare=lazy(r"(?:an?|one)\s+(?P<u>day|week|month)", re.I),
        among_others=lazy(
            rf"\s+(?:{_OF_THE_DAY}|{_WITH_OTHERS})",
            re.I,
        ),
        unread_window=lazy(r"\s+(?:[\w'’-]+\s+){0,6}?(?:this|since|in|over|during|within)\s", re.I),
        unread_mid=lazy(r"(?<!\w)(?:in|over|within|during)\s", re.I),
        place_after=lazy(r"\s+(?:at|in|on\s+the\s+sidelines\s+of)\s+(?:the\s+)?(?P<w>[A-Z][\w-]*)"),
        claim_start=lazy(_CLAIM_START, re.I),
        next_claim=lazy(rf"\s(?:and)\s+(?:(?:the|their|its|his|our)\s+)?(?:{_CLAIM_START})\b", re.I),
        such=lazy(r"\b(?:such|similar|that|this)\b", re.I),
        between_parties=lazy(
            rf"^\s+(?:between|of|with)\s+(?:(?!\s+and\s+(?:[\w’'-]+\s+){{0,3}}?(?:{_CLAIM_START})\b)[^,.;]){{0,60}}"
        ),
        since_then=lazy(
            r"\s*(?:then|that\s+(?:call|meeting|conversation|time)|(?:been\s+)?(?:spoken|met|talked|held|had|called))\b",
            re.I,
        ),
        latest_before=lazy(r"(?<!\w)(?:the\s+last|the\s+latest|most\s+recently)\s+(?:\w+\s+)?$", re.I),
        possessive_before=lazy(r"(?<!\w)(?:his|her)\s+$", re.I),
        return_word=lazy(r"return", re.I),
        with_word=lazy(r"(?<!\w)(?:with)\s+"),
        with_to=lazy(r"\s+(?:to|with)\s+", re.I),
        planned_after=lazy(
            r"\s+(?:that\s+(?:was|had\s+been)\s+)?(?:planned|scheduled|expected|proposed|cancell?ed|postponed)\b", re.I
        ),
        actor=lazy(_ACTOR),
        actor_between=lazy(
            rf"\s+(?:[^,.;]{{0,30}}?\s)?(?:between|with|of|among)\s+(?:the\s+)?(?:[\w-]+\s+){{0,3}}?{_ACTOR}"
        ),
        they_before=lazy(r"\b(?:they)(?:\s+\w+)?\s*$", re.I),
        not_leaders=lazy(
            r"\s*(?:the\s+)?(?:reporters|journalists|the\s+press|the\s+media|aides|officials|staff|students|supporters)",
            re.I,
        ),
        pair=lazy(
            rf"(?<![\w-])(?:{_THE_TWO}|{_THE_LEADERS}|{_TWO_COUNTRIES})(?![\w-])",
            re.I,
        ),
        two_names=lazy(r"\b[A-Z][a-z]+\s+and\s+[A-Z][a-z]+\b"),
        stranger_before=lazy(rf"\bwith\s+(?:{_TITLE})?(?P<n>[A-Z][\w-]+)\s+(?:for|about)?\s*$"),
        unit_alone=lazy(r"(?:an?\s+)?(?P<u>year|month|decade)", re.I),
        decade=lazy(r"decade", re.I),
        first_lead=lazy(r"(?:for\s+the\s+)?$"),
    )


# English counts, from named parts: "have met three times", "spoke twice by phone", "five phone calls"
_HAVE = r"(?:have|has|had)\s+[“\"‘]?"  # "have", "had “" (a quote may open there)
_SO_FAR = r"(?:now\s+|already\s+|so\s+far\s+|also\s+|since\s+|previously\s+)?"  # "have already met"
_COUNT_VERBS = r"spoken|talked|met|held\s+talks|called\s+each\s+other"  # after "have"
_COUNT_VERBS_PAST = r"met|spoke|talked|called(?:\s+each\s+other)?|phoned"  # "met three times"
_MEDIUM = rf"\s+(?:{_BY_PHONE}|(?:over|on)\s+the\s+(?:tele)?phone|{_IN_PERSON})"  # " by phone", " over the phone"
_COUNT_NOUN = (
    r"(?:phone\s+|telephone\s+|face-to-face\s+|in-person\s+)?(?:calls|conversations|meetings|summits|contacts)"
)
_WITH_OTHER_LEADERS = r"(?!\s+(?:with|between)\s+(?:other|European|world))"  # not "… meetings with other leaders"


def _count(num: str, qual: str, b: str, e: str) -> Lazy:
    times = rf"(?:(?P<q>{qual}|only)\s+)?(?:(?P<n>{num})\s+times|(?P<tw>twice|once))"  # "only three times", "twice"
    have = rf"{_HAVE}{_SO_FAR}(?P<verb>{_COUNT_VERBS})(?P<med>{_MEDIUM})?\s+{times}"
    med2 = rf"\s+(?:{_BY_PHONE}|in\s+person)"
    verb_first = rf"(?P<verb2>{_COUNT_VERBS_PAST})(?P<med2>{med2})?\s+(?:(?P<q2>{qual})\s+)?(?P<n2>{num})\s+times"
    nouns = rf"(?:(?P<q3>{qual})\s+)?(?P<n3>{num})\s+(?P<noun>{_COUNT_NOUN}){e}{_WITH_OTHER_LEADERS}"
    return lazy(rf"{b}(?:{have}|{verb_first}|{nouns})", re.I)


def _pause(num: str, qual: str, b: str, e: str) -> Lazy:
    """ "an almost three-year pause (in contacts)", "a break (in their calls) of nearly four months",
    "the hiatus was 4.5 years"."""
    noun = r"(?:pause|break|hiatus|lull|gap|silence|freeze|interval)"
    period = rf"(?:{num}{_HALF}?[\s-]+(?:{_UNITS})|{_YEAR_AND_HALF}|an?\s+(?:year|month|decade))"
    adjective = rf"(?:{num}{_HALF}?[\s-]+(?:year|month|week|day)|year|month|decade)(?:[\s-]+long)?"
    of = r"\s+(?:in|on)\s+(?:(?:the|their|its|direct|high-level|top-level)\s+)*[\w-]+(?:\s+(?!between|with|of|since)[\w-]+)?"
    joins = r"(?:of|was|lasted|stood\s+at|came\s+to|spanned|spanning|lasting)"
    before = rf"(?:(?P<q>{qual})\s+)?(?P<p>{adjective})\s+{noun}(?P<of>{of})?"  # "an almost three-year pause"
    after = rf"{noun}(?P<of2>{of})?\s+{joins}\s+(?:(?P<q2>{qual})\s+)?(?P<p2>{period})(?P<of3>{of})?"  # "a break of …"
    return lazy(rf"{b}(?:{before}|{after}){e}", re.I)


def _duration() -> Lazy:
    """ "nearly an hour", "two hours and 5 minutes", "90-plus minutes"."""
    q = alternation(QUALIFIERS)
    num = rf"{_NUM}{_HALF}?"
    # "two hours", "2-plus hrs", "three hours and a half"
    counted = rf"(?P<hn>{num})(?P<hplus>[\s-]*plus)?[\s-]*(?:hours?|hrs?|h\b)(?P<hh>{_HALF})?"
    hours = rf"(?:(?P<half>half[\s-]+an[\s-]+hour)|{counted}|(?P<h1>an?[\s-]+hour)(?P<h1h>\s+and\s+a\s+half)?)"
    # "two-plus hours", "90-plus minutes": more than the number
    mins = r"(?P<{0}>" + _NUM + r")(?P<{0}plus>[\s-]*plus)?[\s-]+(?:minutes?|mins?)\b"
    return lazy(
        rf"(?<![\w-])(?:(?P<q>{q})\s+)?(?:{hours}(?:\s*(?:,|and)?\s*{mins.format('mn')})?|{mins.format('mo')})(?![\w-])",
        re.I,
    )


def _period() -> Lazy:
    """ "three years", "a year and a half", "18 months"."""
    q = alternation(QUALIFIERS)
    num = rf"{_NUM}{_HALF}?"
    unit = r"(?P<u>years?|months?|weeks?|days?|decades?)"
    return lazy(
        rf"(?<![\w-])(?:(?P<q>{q})\s+)?(?:(?P<ya>an?\s+)?(?P<u2>year|month)\s+and\s+a\s+half|(?P<n>{num})[\s-]+{unit})(?![\w-])",
        re.I,
    )


def _clock_span() -> re.Pattern[str]:
    """ "from 9.05am EST until 11.40am EST": the length is the difference."""
    return clock_span(r"from|between", r"until|till|to|through|and", _ZONE)


# the words before a month: "in June", "early June", "earlier this June"
_MONTH_LEADS = r"in|since|of|from|until|by|early|late|mid-?|last|this|earlier\s+this|before|after|during"
_TODAY = r"yesterday|today|tonight|this\s+morning|this\s+afternoon|this\s+evening"
_LATELY = r"last\s+week|earlier\s+this\s+week|this\s+week|last\s+month|earlier\s+this\s+month"
_WEEKEND = r"last\s+weekend|over\s+the\s+weekend"
_DAY_BEFORE = r"the\s+day\s+before|a\s+day\s+earlier"


def _dates(lex: Lexicon) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """ "14 June", "June 14, 2025", "in June", "since 2019", "on Tuesday", "two days ago", "yesterday"."""
    mon = alternation(lex.months)
    wd = alternation(lex.weekdays)
    return (
        (
            "dmy",
            regex_cache.compile(
                rf"(?<![\w-])(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m>{mon})\.?(?:,?\s+(?P<y>(?:19|20)\d\d))?(?![\w-])",
                re.I,
            ),
        ),
        (
            "mdy",
            regex_cache.compile(
                rf"(?<![\w-])(?P<m>{mon})\.?\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?(?:,?\s+(?P<y>(?:19|20)\d\d))?(?![\w:-])",
                re.I,
            ),
        ),
        (
            "my",
            regex_cache.compile(
                rf"(?<![\w-])(?P<pre>(?:{_MONTH_LEADS})\s+)?(?P<m>{mon})\.?(?:,?\s+(?P<y>(?:19|20)\d\d))?(?![\w-])",
                re.I,
            ),
        ),
        (
            "y",
            regex_cache.compile(
                r"(?<![\w$£€-])(?P<pre>(?:in|since|of|from|until|by|before|after|during)\s+)(?P<y>(?:19|20)\d\d)(?![\w%-])",
                re.I,
            ),
        ),
        (
            "wd",
            regex_cache.compile(
                rf"(?<![\w-])(?:(?P<last>last|this\s+past|past)\s+)?(?P<wd>{wd})(?:'s|’s)?(?![\w-])", re.I
            ),
        ),
        (
            "ago",
            regex_cache.compile(
                r"(?<![\w-])(?P<n>\d{1,2}|a|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?P<u>days?|weeks?)\s+ago(?![\w-])",
                re.I,
            ),
        ),
        (
            "rel",
            regex_cache.compile(
                rf"(?<![\w-])(?P<rel>{_TODAY}|{_LATELY}|{_WEEKEND}|{_DAY_BEFORE})(?![\w-])",
                re.I,
            ),
        ),
    )
