"""The Russian pack's phrase patterns, composed from named parts and compiled once by ``grammar()``."""

from __future__ import annotations

import re

from factcheck import regex_cache
from factcheck.lang.base import Grammar, Lazy, lazy, Lexicon, alternation, clock_span
from factcheck.lang.ru.words import CARDINALS, LEXICON, QUALIFIERS

_NUM = rf"(?:\d+(?:[.,]\d+)?|{alternation(CARDINALS)})"
# a time zone after a clock time: "GMT", "мск", "по московскому времени"
_ZONE = r"[A-Z]{2,4}\b|мск|по\s+\w+\s+времени"


# the phrase parts the detectors' patterns are built from
_CLAIM_START = r"перв\w*|втор\w*"  # the next claim's first word
# an actor who is not one of the pair's leaders: a post, a team sent to talk, another head or a deputy
_ACTOR_POSTS = r"министр\w*|помощник\w*|посланник\w*|спецпосланник\w*"
_ACTOR_TEAMS = r"делегаци\w*|дипломат\w*"
_ACTOR_HEADS = r"канцлер\w*|премьер\w*|пресс-секретар\w*|представител\w*|заместител\w*"
_ACTOR = rf"\b(?:{_ACTOR_POSTS}|{_ACTOR_TEAMS}|{_ACTOR_HEADS})\b"

_HALF = r"(?:\s+с\s+половиной)"  # "три с половиной"
# a period's unit in every case form: "лет", "года", "неделю"
_UNIT_FORMS = r"лет|года|год|месяцев|месяца|месяц|недель|недели|неделю|дней|дня"
_PAST = r"(?:(?:последние|прошедшие)\s+)?"  # "последние", "прошедшие"
_THIS_YEAR = r"в\s+этом\s+году|в\s+текущем\s+году|в\s+уходящем\s+году|в\s+нынешнем\s+году|за\s+этот\s+год"
_SINCE_NEW_YEAR = r"с\s+начала\s+(?:этого\s+|текущего\s+)?года"  # "с начала текущего года"
_LAST_VERBS = r"разговаривали|говорили|общались|встречались|созванивались|беседовали"  # "последний раз говорили"
# the verbs a length follows: "длился", "продолжался" …; "продлился", "занял", "в течение", "говорили"
_LASTED = r"длился|длилась|длилось|длились|длившийся|длившаяся|продолжался|продолжалась|продолжались|продолжавшийся"
_TOOK = r"продлился|продлилась|продлились|шёл|шел|занял|заняла|в\s+течение|на\s+протяжении|разговаривали|беседовали|говорили"
_RETURN = r"возвращени\w+\s+(?:\w+\s+){0,2}(?:в\s+Белый\s+дом|к\s+власти|на\s+пост(?:\s+президента(?:\s+США)?)?)"
_TOOK_OFFICE = r"инаугураци\w+|вступлени\w+\s+в\s+должность"
# the words that make a contact planned, intended, possible or denied rather than held
_PLANNED = r"планиру\w+|запланирован\w*|пригласил\w*|приглашени\w+|отмен\w+|перенес\w+"
_INTENT = r"намерен\w*|собира\w+|ожида\w+"
_MAYBE = r"предстоящ\w+|следующ\w+|может|могут|возможн\w+"
_DENIED = r"опроверг\w*|не\s+было|не\s+(?:провод|разговарива|встреча)\w*"
# the world events: "(с момента) его избрания", "победы на выборах", "начала СВО"
_EVENT_LEAD = r"\s*(?:момента\s+)?(?:его\s+|её\s+|ее\s+)?"
_ELECTION = r"избрани\w+|победы\s+(?:[\w-]+\s+)?на\s+(?:президентских\s+)?выборах|президентских\s+выборов|выборов"
_INVASION = r"начала\s+(?:специальной\s+)?(?:военной\s+)?(?:спец)?операции|начала\s+СВО|начала\s+войны|вторжени\w+"
_OFFSET_UNIT = r"дн(?:я|ей)|день|недел(?:и|ь|ю)|месяц(?:а|ев)?|год(?:а)?|лет"  # "через два дня", "спустя год"
_TEAMS = r"делегаци|переговорщик|министр|посланник"  # talks others hold: "между делегациями"
_LOW_LEVEL = r"на\s+уровне\s+(?:делегаций|министров|экспертов|помощников)"  # "на уровне министров"
# the pair named together: "двух лидеров", "оба президента", "лидеры двух стран", "президенты" (not "… России")
_THE_TWO = r"(?:двух|обоих)\s+(?:лидеров|президентов)|(?:два|оба)\s+(?:лидера|президента)"
_TWO_COUNTRIES = r"лидер(?:ы|ов|ами)\s+двух\s+стран"
_THE_LEADERS = r"(?:президент|лидер)(?:ы|ов|ами)\b(?!\s+(?:России|США|РФ|Китая|Франции|Украины|двух))"


def grammar() -> Grammar:
    """The Russian patterns, compiled once on first use (factcheck.lang caches them)."""
    lex = LEXICON
    ords = alternation(lex.ordinals)
    nouns = alternation(lex.contact_nouns)
    num = rf"(?:\d+|{alternation(lex.cardinals)})"
    qual = alternation(QUALIFIERS)
    months_nom = r"(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)"
    b, e = r"(?<!\w)", r"(?!\w)"
    in_units = r"(?:лет|года|год|месяцев|месяца|месяц|недель|недели|дней|дня)"  # "за три года" (no "неделю")
    return Grammar(
        language="ru",
        ordinal=lazy(
            rf"{b}(?P<ord>{ords}){e}(?P<mid>(?:\s+(?!(?:{nouns})(?!\w))[\w-]+){{0,3}}?)\s+(?P<noun>{nouns}|раз){e}",
            re.I,
        ),
        ordinal_bare=lazy(
            rf"{b}(?P<ord>{ords})(?=\s+(?:в\s+этом\s+году|в\s+текущем\s+году|с\s+начала|с\s+момента|после|за\s+))", re.I
        ),
        next_ordinal=lazy(rf"\s(?:и|а|но)\s+(?:[\w-]+\s+){{0,2}}?(?:{ords}){e}", re.I),
        first=lazy(rf"{b}(?:впервые|перв\w+){e}", re.I),
        since_after=lazy(rf"{b}(?:с\s+момента|со?|после){e}", re.I),
        in_period=lazy(
            rf"^(?:[\s,]+\w+)?\s*за\s+{_PAST}(?:(?P<q>{qual})\s+)?(?P<p>полгода|(?:{num}{_HALF}?\s+)?{in_units})",
            re.I,
        ),
        this_year=lazy(
            rf"{b}(?:{_THIS_YEAR}|{_SINCE_NEW_YEAR}|в\s+\d{{4}}\s+году){e}",
            re.I,
        ),
        last_year=lazy(rf"{b}(?:в\s+прошлом\s+году|за\s+прошлый\s+год|в\s+минувшем\s+году){e}", re.I),
        this_month=lazy(rf"{b}(?:в\s+этом\s+месяце|в\s+текущем\s+месяце|с\s+начала\s+месяца){e}", re.I),
        since_month=lazy(rf"{b}с\s+(?:начала\s+)?(?P<m>{months_nom})(?:\s+(?P<y>(?:19|20)\d\d))?{e}", re.I),
        past_period=lazy(
            rf"{b}за\s+(?:последние\s+|прошедшие\s+)?(?:(?P<n>{num}{_HALF}?)\s+)?(?P<u>{_UNIT_FORMS}){e}",
            re.I,
        ),
        previous=lazy(
            rf"{b}(?:последн\w+|предыдущ\w+|прошл\w+)(?:\s+(?:известн\w+|официальн\w+|публичн\w+))?\s+(?P<noun>{nouns}|раз){e}",
            re.I,
        ),
        last_verb=lazy(
            rf"{b}(?:в\s+последний\s+раз|последний\s+раз)\s+(?:\w+\s+){{0,3}}?(?P<verb>{_LAST_VERBS})(?P<med>\s+по\s+телефону)?{e}",
            re.I,
        ),
        not_since=lazy(
            rf"{b}не\s+(?P<verb>встречались|разговаривали|общались|говорили)(?P<med>\s+(?:лично|по\s+телефону))?\s+с{e}",
            re.I,
        ),
        count=_count(num, qual, b, e),
        frequency=lazy(
            rf"{b}(?:в\s+среднем\s+)?(?P<n>{num})\s+раз(?:а)?\s+в\s+(?P<u>год|месяц)(?:\s+в\s+среднем)?{e}", re.I
        ),
        including_meetings=lazy(rf"{b}включая\s+(?:личные|очные)?\s*встречи{e}", re.I),
        duration_trigger=lazy(
            rf"{b}(?:{_LASTED}|{_TOOK}){e}[\s\w,]{{0,12}}$",
            re.I,
        ),
        elapsed=lazy(r"^\s*(?:спустя|назад|после|до)\b", re.I),
        sequel=lazy(r"^\s*(?:до\s+того\s+как|пока|прежде\s+чем)(?!\w)", re.I),
        ongoing=lazy(rf"{b}(?:вс[её]\s+ещё|вс[её]\s+еще|продолжал\w*|ещё\s+шл\w+|еще\s+шл\w+){e}", re.I),
        ended_after=lazy(
            rf"{b}(?:завершил\w*|закончил\w*|окончил\w*)\s+(?:через|спустя){e}\s*$",
            re.I,
        ),
        blockers=lazy(rf"{b}(?:после|с\s+тех|до|перед|назад|когда|который|которая|которое|что)\b", re.I),
        office_return=lazy(
            rf"{b}(?:{_RETURN}|{_TOOK_OFFICE}){e}",
            re.I,
        ),
        term=lazy(
            rf"{b}(?:(?P<w>предыдущ\w+|перв\w+|втор\w+|прошл\w+)\s+(?:президентск\w+\s+)?(?:срок\w*|каденци\w+)){e}",
            re.I,
        ),
        took_place=lazy(r"^[\s,—-]*(?:состоял\w*|прош\w+|был\w*)?\s*$", re.I),
        ago=lazy(rf"^\s*назад{e}", re.I),
        weak_verbs=lazy(rf"{b}(?:поздравил\w*|сказал\w*|заявил\w*|поблагодарил\w*|обсудил\w*){e}", re.I),
        present=lazy(rf"{b}(?:проводят|проходит|идёт|идет)\s+(?P<noun>{nouns}){e}", re.I),
        future=lazy(
            rf"{b}(?:\w+(?:ть|ться)|будет|будут|{_PLANNED}|{_INTENT}|{_MAYBE}|{_DENIED}){e}",
            re.I,
        ),
        of_many=lazy(rf"{b}(?P<ord>{ords})\s+из\s+{num}\b(?:\s+[\w-]+){{0,3}}?\s+(?:{nouns}){e}", re.I),
        # the record names places in English: a Russian place name cannot be looked up, so none is read
        at_place=lazy(r"(?<!\w)(?:в|во|на)\s+(?P<place>[A-Z][a-z-]{2,})"),
        visit_to=lazy(r"\s+(?:в|во)\s+[А-ЯЁ]"),
        pronoun=lazy(r"(?<!\w)(?:он|она)(?!\w)", re.I),
        they=lazy(r"(?<!\w)(?:они|оба)(?!\w)", re.I),
        world_event=lazy(
            rf"{_EVENT_LEAD}(?P<ev>(?P<reelection>переизбрани\w+)|(?P<election>{_ELECTION})|(?P<invasion>{_INVASION}))(?!\w)",
            re.I,
        ),
        vague_frequency=lazy(r"(?<!\w)(?:регулярн\w*|часто|постоянно)(?!\w)", re.I),
        until=lazy(r"(?<!\w)до\s+$", re.I),
        plural_unit=lazy(r"(?:годы|месяцы|недели|дни)", re.I),
        not_ordinal=lazy(r"\s+(?:стран\w*|президентск\w+\s+срок\w*|срок\w*|половин\w+|квартал\w*)(?!\w)", re.I),
        that_year=lazy(r"(?<!\w)(?:в\s+том\s+(?:же\s+)?году|за\s+тот\s+год|в\s+тот\s+год)(?!\w)", re.I),
        year_of_occasion=lazy(
            r"(?<!\w)(?:саммит\w*|форум\w*|визит\w*)\s+(?:\w+\s+)?(?P<y>(?:19|20)\d\d)\s+года(?!\w)", re.I
        ),
        soon_before=lazy(r"(?<!\w)(?:вскоре|сразу|почти\s+сразу)\s*$", re.I),
        offset_before=lazy(
            rf"(?:^|[\s,(—–-])(?:через|спустя)\s+(?P<p>(?:{num}\s+)?(?:{_OFFSET_UNIT}))\s*$",
            re.I,
        ),
        org_summit=lazy(
            r"(?<!\w)саммит\w*\s+(?:ЕС|Евросоюза|НАТО|G-?20|G-?7|БРИКС|ШОС|АТЭС|АСЕАН|ООН|«Большой\s+двадцатки»|«Группы\s+двадцати»)"
        ),
        set_before=lazy(r"(?<!\w)(?:эти|этих|те|тех|оба|обе|все|всех)\s+$", re.I),
        next_clause=lazy(r",\s*(?:а|и|но|затем|потом)\s+(?:(?:в|во)\s+)?$", re.I),
        naming=lazy(r"(?!)"),  # Russian "назвал" is no contact word
        plan_after=lazy(r"\s+(?:может|могут|мог\w*|должн\w+|планиру\w+|ожида\w+|состоится|пройд[её]т)(?!\w)", re.I),
        visit=lazy(r"(?:визит\w*|поездк\w*|турне)", re.I),
        said=lazy(
            rf"{b}(?:заявил\w*|сообщил\w*|рассказал\w*|отметил\w*|подтвердил\w*|сказал\w*|уточнил\w*)\s+(?:в|во)?\s*$",
            re.I,
        ),
        top_level=lazy(rf"{b}(?:на\s+высшем\s+уровне|между\s+(?:двумя\s+)?странами){e}", re.I),
        pause_other=lazy(
            rf"{b}(?:торгов\w*|мирн\w*|огн\w*|удар\w*|поставк\w*|помощ\w*|министр\w*|делегаци\w*|боевых|ядерн\w*){e}",
            re.I,
        ),
        pause=_pause(num, qual, b, e),
        year_named=lazy(rf"{b}(?P<y>(?:19|20)\d\d)\s+год(?:ом|а|у)?{e}(?!\s+назад)", re.I),
        window_edge=lazy(r"(?:с|со|до|после|по|между|начала|конца)\s*$", re.I),
        before_this=lazy(rf"{b}(?:до\s+(?:этого|того|тех\s+пор)|перед\s+этим){e}", re.I),
        once_dated=lazy(r"[\s,—–-]*(?:(?P<med>по\s+телефону|по\s+видеосвязи|лично)\s*,?\s*)?(?:—\s*)?", re.I),
        held_by_others=lazy(
            rf"{b}(?:между\s+(?:\w+\s+)?(?:{_TEAMS})\w*|делегаци(?:й|ями)|{_LOW_LEVEL}){e}",
            re.I,
        ),
        when_clause=lazy(r"\s*(?:года?)?\s*,\s*когда(?!\w)", re.I),
        duration=_duration(),
        period=_period(),
        clock_span=clock_span(r"с", r"до|по", _ZONE),
        dates=_dates(lex),
        verb_only=lazy(r"\s*(?:[а-яё]+(?:л|ла|ли|ло|лся|лась|лись)|вновь|снова|ещё|уже|\s)+\s*", re.I),
        date_leads=lazy(r"\s*(?:(?:а|и|но|кроме\s+того,?)\s+)?(?:в|во)?\s*", re.I),
        anaphor=lazy(r"^(?:Тогда|В\s+тот\s+раз|Этот|Это|Эта|Тот|Та|Той|Того|Он|Она)\b", re.I),
        distal=lazy(r"^(?:Тогда|В\s+тот\s+раз|Тот|Та|Той|Того)\b", re.I),
        distal_inner=lazy(r"(?<!\w)(?:тогда|в\s+тот\s+раз)(?!\w)", re.I),
        clause_sep=lazy(r"[;:—–()]|,\s+(?:шедш|когда|но|а)\b|\s-\s"),
        day_before=lazy(_DAY_BEFORE, re.I),
        phone_noun=lazy(r"(?:телефонн)", re.I),
        medium_and=lazy(r"\s+(?:и|или)\s+(?P<med>(?:по)\s+[\w-]+(?:\s+[\w-]+)?)", re.I),
        noun_after_length=lazy(r"^[\s-]*(?:разговор)", re.I),
        planned_length=lazy(r"\b(?:запланирован\w*|планировал\w*|рассчитан\w*)\b[\w\s,]{0,20}$", re.I),
        when_after_date=lazy(r",?\s+(?:где|когда)\b"),
        event_joiner=lazy(r"\s*(?:,|и)\s*"),
        first_link=lazy(r"(?<!\w)(?:с|после|(?:почти\s+|более\s+|около\s+|больше\s+)?за)(?!\w)"),
        link_qualifier=lazy(r"(?P<q>почти|более|около|больше)\s+"),
        first_adjective=lazy(r"перв", re.I),
        offset_bare=lazy(r"(?P<u>день|неделю|месяц)", re.I),
        among_others=lazy(r"\s+(?:за\s+день|за\s+сутки|с\s+иностранными)", re.I),
        unread_window=lazy(r"\s+(?:[\w'’-]+\s+){0,6}?(?:за|с|со|в|во)\s", re.I),
        unread_mid=lazy(r"(?<!\w)(?:за)\s", re.I),
        place_after=lazy(r"\s+(?:в|во|на)\s+(?:the\s+)?(?P<w>[А-ЯЁ][\w-]*)"),
        claim_start=lazy(_CLAIM_START, re.I),
        next_claim=lazy(rf"\s(?:и|а)\s+(?:{_CLAIM_START}|впервые)\b", re.I),
        such=lazy(r"\b(?:такой|такого|таким|подобн\w+|этот|этого)\b", re.I),
        between_parties=lazy(r"(?!)"),
        since_then=lazy(r"\s*(?:тех\s+пор|того\s+времени)\b", re.I),
        latest_before=lazy(r"(?<!\w)(?:последн\w+)\s+(?:\w+\s+)?$", re.I),
        possessive_before=lazy(r"(?<!\w)(?:его|её|ее)\s+$", re.I),
        return_word=lazy(r"возвращ", re.I),
        with_word=lazy(r"(?<!\w)(?:с|со)\s+"),
        with_to=lazy(r"\s+(?:с|со)\s+", re.I),
        planned_after=lazy(r"\s+(?:запланированн\w*|намеченн\w*|отменённ\w*|отмененн\w*)\b", re.I),
        actor=lazy(_ACTOR),
        actor_between=lazy(rf"\s+(?:[^,.;]{{0,30}}?\s)?(?:между|с)\s+(?:the\s+)?(?:[\w-]+\s+){{0,3}}?{_ACTOR}"),
        they_before=lazy(r"\b(?:они)(?:\s+\w+)?\s*$", re.I),
        not_leaders=lazy(r"\s*(?:the\s+)?(?:журналист\w*|репортёр\w*)", re.I),
        pair=lazy(
            rf"(?<!\w)(?:{_THE_TWO}|{_TWO_COUNTRIES}|{_THE_LEADERS}|главы\s+государств)(?!\w)",
            re.I,
        ),
        two_names=lazy(r"(?!)"),
        stranger_before=lazy(r"(?!)"),
        unit_alone=lazy(r"(?!)"),
        decade=lazy(r"(?!)"),
        first_lead=lazy(r"$"),
    )


def _pause(num: str, qual: str, b: str, e: str) -> Lazy:
    """ "почти трёхлетнюю паузу (в контактах)", "перерыв в контактах составил два года", "паузы в три года"."""
    noun = r"(?:пауз\w*|перерыв\w*|затишь\w*)"
    adjective = r"(?:\w+\s*-?\s*(?:летн|месячн|недельн|дневн|годов|годичн)\w*|полугод\w+)"
    period = rf"(?:(?:{num}(?:\s+с\s+половиной)?\s+)?(?:лет|года|год|месяцев|месяца|месяц|недель|недели|неделю|дней|дня)|полгода)"
    of = r"\s+(?:в|во)\s+[\w-]+(?:\s+на\s+высшем\s+уровне)?"
    joins = r"(?:составил\w*|длил\w*|продолжал\w*|длиной(?:\s+в)?|продолжительностью(?:\s+в)?|в)"
    before = rf"(?:(?P<q>{qual})\s+)?(?P<adj>{adjective})\s+{noun}(?P<of>{of})?"  # "почти трёхлетнюю паузу"
    after = rf"{noun}(?P<of2>{of})?\s+{joins}\s+(?:(?P<q2>{qual})\s+)?(?P<p2>{period})(?P<of3>{of})?"  # "перерыв … составил"
    return lazy(rf"{b}(?:{before}|{after}){e}", re.I)


# Russian counts, from named parts: "встречались пять раз", "дважды провели переговоры по видеосвязи",
# "десять телефонных разговоров"
_COUNT_VERBS = "встречались|разговаривали|говорили|поговорили|общались|созванивались|созвонились|виделись"
_COUNT_VERBS_ONE = "встречался|разговаривал|говорил|общался|созванивался|виделся"  # one of the two as subject
_HELD = r"провели\s+(?:переговоры|встречи|беседы)"  # "дважды провели переговоры"
_MEDIUM = r"\s+(?:по\s+телефону|по\s+видеосвязи|лично|очно)"
_TIMES_ADVERB = "дважды|трижды|четырежды|однажды"
_COUNT_NOUN = r"телефонн\w+\s+разговор\w*|разговор(?:а|ов)|бесед|встреч[иу]?|контакт(?:а|ов)|саммит(?:а|ов)"


def _count(num: str, qual: str, b: str, e: str) -> Lazy:
    verb_first = rf"(?P<verb>{_COUNT_VERBS})(?P<med>{_MEDIUM})?\s+(?:(?P<q>{qual})\s+)?(?P<n>{num})\s+раз(?:а)?"
    subject = r"(?:они\s+|(?:уже\s+)?[а-яё]+\s+президент\s+(?:уже\s+)?)?"
    verbs = f"{_COUNT_VERBS}|{_COUNT_VERBS_ONE}|{_HELD}"
    times = rf"(?:(?P<q2>{qual})\s+)?(?:(?P<n2>{num})\s+раз(?:а)?|(?P<tw>{_TIMES_ADVERB}))"
    times_first = rf"{times}\s+{subject}(?P<verb2>{verbs})(?P<med2>{_MEDIUM})?"
    adjective = r"(?:(?!телефонн)[а-яё]+(?:ые|ых|ие|их)\s+)?"
    nouns = rf"(?:(?P<q3>{qual})\s+)?(?P<n3>{num})\s+{adjective}(?P<noun>{_COUNT_NOUN})"
    return lazy(rf"{b}(?:{verb_first}|{times_first}|{nouns}){e}", re.I)


def _duration() -> Lazy:
    """ "около часа", "два часа пять минут", "два с лишним часа", "полчаса"."""
    q = alternation(QUALIFIERS)
    num = rf"{_NUM}(?:\s+с\s+половиной)?"
    plus = r"(?:\s+с\s+(?P<{0}plus>лишним|небольшим))?"  # "два с лишним часа": more than two hours
    hours = rf"(?:(?P<half>полчаса|получаса)|(?P<hn>{num}){plus.format('h')}\s+час(?:а|ов)?|(?P<h1>час(?:а)?)(?!\w))"
    mins = r"(?P<{0}>" + _NUM + r")" + plus + r"\s+минут(?:ы|у)?"
    return lazy(
        rf"(?<!\w)(?:(?P<q>{q})\s+)?(?:{hours}(?:\s*(?:,|и)?\s*{mins.format('mn')})?|{mins.format('mo')})(?!\w)",
        re.I,
    )


def _period() -> Lazy:
    """ "три года", "полгода", "полтора месяца"."""
    q = alternation(QUALIFIERS)
    num = rf"{_NUM}(?:\s+с\s+половиной)?"
    unit = r"(?P<u>лет|года|год|месяцев|месяца|месяц|недель|недели|неделю|дней|дня|день)"
    return lazy(rf"(?<!\w)(?:(?P<q>{q})\s+)?(?:(?P<hy>полгода|полугода)|(?:(?P<n>{num})\s+)?{unit})(?!\w)", re.I)


_DAY_BEFORE = r"накануне|дн[её]м\s+ранее"
_LATELY = r"на\s+прошлой\s+неделе|в\s+прошлом\s+месяце"
_WEEKEND = r"в\s+минувшие\s+выходные|на\s+выходных"


def _dates(lex: Lexicon) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """ "14 июня 2025 года", "в июне", "с 2019 года", "во вторник", "вчера"."""
    mon = alternation(lex.months)
    wd = alternation(lex.weekdays)
    return (
        (
            "dmy",
            regex_cache.compile(
                rf"(?<!\d)(?P<d>[0-3]?\d)\s+(?P<m>{mon})(?:\s+(?P<y>(?:19|20)\d\d)(?:\s*(?:года|г\.))?)?(?!\w)",
                re.I,
            ),
        ),
        (
            "my",
            regex_cache.compile(
                rf"(?<!\w)(?:в|с|до|к|начале|середине|конце)\s+(?P<m>{mon})(?:\s+(?P<y>(?:19|20)\d\d)(?:\s*(?:года|г\.))?)?(?!\w)",
                re.I,
            ),
        ),
        (
            "y",
            regex_cache.compile(
                r"(?<!\w)(?:в|с|до|к|после|с\s+начала)\s+(?P<y>(?:19|20)\d\d)(?:\s*(?:года|году|г\.))(?!\w)", re.I
            ),
        ),
        (
            "wd",
            regex_cache.compile(
                rf"(?<!\w)(?:(?P<last>прошл\w+)\s+)?(?:(?P<wd>{wd})|(?P<wda>понедельничн|вторничн|пятничн|субботн|воскресн)\w*)(?!\w)",
                re.I,
            ),
        ),
        (
            "rel",
            regex_cache.compile(
                rf"(?<!\w)(?P<rel>вчера|сегодня|позавчера|{_DAY_BEFORE}|{_LATELY}|{_WEEKEND})(?!\w)",
                re.I,
            ),
        ),
    )
