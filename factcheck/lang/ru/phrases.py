"""The Russian pack's phrase patterns, composed from named parts and compiled once by ``grammar()``."""

from __future__ import annotations

import re

from factcheck.lang.base import Grammar, Lexicon, alternation, clock_span
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
            rf"^(?:[\s,]+\w+)?\s*за\s+{_PAST}(?:(?P<q>{qual})\s+)?(?P<p>полгода|(?:{num}{_HALF}?\s+)?{in_units})",
            re.I,
        ),
        this_year=re.compile(
            rf"{b}(?:{_THIS_YEAR}|{_SINCE_NEW_YEAR}|в\s+\d{{4}}\s+году){e}",
            re.I,
        ),
        last_year=re.compile(rf"{b}(?:в\s+прошлом\s+году|за\s+прошлый\s+год|в\s+минувшем\s+году){e}", re.I),
        this_month=re.compile(rf"{b}(?:в\s+этом\s+месяце|в\s+текущем\s+месяце|с\s+начала\s+месяца){e}", re.I),
        since_month=re.compile(rf"{b}с\s+(?:начала\s+)?(?P<m>{months_nom})(?:\s+(?P<y>(?:19|20)\d\d))?{e}", re.I),
        past_period=re.compile(
            rf"{b}за\s+(?:последние\s+|прошедшие\s+)?(?:(?P<n>{num}{_HALF}?)\s+)?(?P<u>{_UNIT_FORMS}){e}",
            re.I,
        ),
        previous=re.compile(
            rf"{b}(?:последн\w+|предыдущ\w+|прошл\w+)(?:\s+(?:известн\w+|официальн\w+|публичн\w+))?\s+(?P<noun>{nouns}|раз){e}",
            re.I,
        ),
        last_verb=re.compile(
            rf"{b}(?:в\s+последний\s+раз|последний\s+раз)\s+(?:\w+\s+){{0,3}}?(?P<verb>{_LAST_VERBS})(?P<med>\s+по\s+телефону)?{e}",
            re.I,
        ),
        not_since=re.compile(
            rf"{b}не\s+(?P<verb>встречались|разговаривали|общались|говорили)(?P<med>\s+(?:лично|по\s+телефону))?\s+с{e}",
            re.I,
        ),
        count=_count(num, qual, b, e),
        frequency=re.compile(
            rf"{b}(?:в\s+среднем\s+)?(?P<n>{num})\s+раз(?:а)?\s+в\s+(?P<u>год|месяц)(?:\s+в\s+среднем)?{e}", re.I
        ),
        including_meetings=re.compile(rf"{b}включая\s+(?:личные|очные)?\s*встречи{e}", re.I),
        duration_trigger=re.compile(
            rf"{b}(?:{_LASTED}|{_TOOK}){e}[\s\w,]{{0,12}}$",
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
            rf"{b}(?:{_RETURN}|{_TOOK_OFFICE}){e}",
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
            rf"{b}(?:\w+(?:ть|ться)|будет|будут|{_PLANNED}|{_INTENT}|{_MAYBE}|{_DENIED}){e}",
            re.I,
        ),
        of_many=re.compile(rf"{b}(?P<ord>{ords})\s+из\s+{num}\b(?:\s+[\w-]+){{0,3}}?\s+(?:{nouns}){e}", re.I),
        # the record names places in English: a Russian place name cannot be looked up, so none is read
        at_place=re.compile(r"(?<!\w)(?:в|во|на)\s+(?P<place>[A-Z][a-z-]{2,})"),
        visit_to=re.compile(r"\s+(?:в|во)\s+[А-ЯЁ]"),
        pronoun=re.compile(r"(?<!\w)(?:он|она)(?!\w)", re.I),
        they=re.compile(r"(?<!\w)(?:они|оба)(?!\w)", re.I),
        world_event=re.compile(
            rf"{_EVENT_LEAD}(?P<ev>(?P<reelection>переизбрани\w+)|(?P<election>{_ELECTION})|(?P<invasion>{_INVASION}))(?!\w)",
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
            rf"(?:^|[\s,(—–-])(?:через|спустя)\s+(?P<p>(?:{num}\s+)?(?:{_OFFSET_UNIT}))\s*$",
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
        pause=_pause(num, qual, b, e),
        year_named=re.compile(rf"{b}(?P<y>(?:19|20)\d\d)\s+год(?:ом|а|у)?{e}(?!\s+назад)", re.I),
        window_edge=re.compile(r"(?:с|со|до|после|по|между|начала|конца)\s*$", re.I),
        before_this=re.compile(rf"{b}(?:до\s+(?:этого|того|тех\s+пор)|перед\s+этим){e}", re.I),
        once_dated=re.compile(r"[\s,—–-]*(?:(?P<med>по\s+телефону|по\s+видеосвязи|лично)\s*,?\s*)?(?:—\s*)?", re.I),
        held_by_others=re.compile(
            rf"{b}(?:между\s+(?:\w+\s+)?(?:{_TEAMS})\w*|делегаци(?:й|ями)|{_LOW_LEVEL}){e}",
            re.I,
        ),
        when_clause=re.compile(r"\s*(?:года?)?\s*,\s*когда(?!\w)", re.I),
        duration=_duration(),
        period=_period(),
        clock_span=clock_span(r"с", r"до|по", _ZONE),
        dates=_dates(lex),
        verb_only=re.compile(r"\s*(?:[а-яё]+(?:л|ла|ли|ло|лся|лась|лись)|вновь|снова|ещё|уже|\s)+\s*", re.I),
        date_leads=re.compile(r"\s*(?:(?:а|и|но|кроме\s+того,?)\s+)?(?:в|во)?\s*", re.I),
        anaphor=re.compile(r"^(?:Тогда|В\s+тот\s+раз|Этот|Это|Эта|Тот|Та|Той|Того|Он|Она)\b", re.I),
        distal=re.compile(r"^(?:Тогда|В\s+тот\s+раз|Тот|Та|Той|Того)\b", re.I),
        distal_inner=re.compile(r"(?<!\w)(?:тогда|в\s+тот\s+раз)(?!\w)", re.I),
        clause_sep=re.compile(r"[;:—–()]|,\s+(?:шедш|когда|но|а)\b|\s-\s"),
        day_before=re.compile(_DAY_BEFORE, re.I),
        phone_noun=re.compile(r"(?:телефонн)", re.I),
        medium_and=re.compile(r"\s+(?:и|или)\s+(?P<med>(?:по)\s+[\w-]+(?:\s+[\w-]+)?)", re.I),
        noun_after_length=re.compile(r"^[\s-]*(?:разговор)", re.I),
        planned_length=re.compile(r"\b(?:запланирован\w*|планировал\w*|рассчитан\w*)\b[\w\s,]{0,20}$", re.I),
        when_after_date=re.compile(r",?\s+(?:где|когда)\b"),
        event_joiner=re.compile(r"\s*(?:,|и)\s*"),
        first_link=re.compile(r"(?<!\w)(?:с|после|(?:почти\s+|более\s+|около\s+|больше\s+)?за)(?!\w)"),
        link_qualifier=re.compile(r"(?P<q>почти|более|около|больше)\s+"),
        first_adjective=re.compile(r"перв", re.I),
        offset_bare=re.compile(r"(?P<u>день|неделю|месяц)", re.I),
        among_others=re.compile(r"\s+(?:за\s+день|за\s+сутки|с\s+иностранными)", re.I),
        unread_window=re.compile(r"\s+(?:[\w'’-]+\s+){0,6}?(?:за|с|со|в|во)\s", re.I),
        unread_mid=re.compile(r"(?<!\w)(?:за)\s", re.I),
        place_after=re.compile(r"\s+(?:в|во|на)\s+(?:the\s+)?(?P<w>[А-ЯЁ][\w-]*)"),
        claim_start=re.compile(_CLAIM_START, re.I),
        next_claim=re.compile(rf"\s(?:и|а)\s+(?:{_CLAIM_START}|впервые)\b", re.I),
        such=re.compile(r"\b(?:такой|такого|таким|подобн\w+|этот|этого)\b", re.I),
        between_parties=re.compile(r"(?!)"),
        since_then=re.compile(r"\s*(?:тех\s+пор|того\s+времени)\b", re.I),
        latest_before=re.compile(r"(?<!\w)(?:последн\w+)\s+(?:\w+\s+)?$", re.I),
        possessive_before=re.compile(r"(?<!\w)(?:его|её|ее)\s+$", re.I),
        return_word=re.compile(r"возвращ", re.I),
        with_word=re.compile(r"(?<!\w)(?:с|со)\s+"),
        with_to=re.compile(r"\s+(?:с|со)\s+", re.I),
        planned_after=re.compile(r"\s+(?:запланированн\w*|намеченн\w*|отменённ\w*|отмененн\w*)\b", re.I),
        actor=re.compile(_ACTOR),
        actor_between=re.compile(rf"\s+(?:[^,.;]{{0,30}}?\s)?(?:между|с)\s+(?:the\s+)?(?:[\w-]+\s+){{0,3}}?{_ACTOR}"),
        they_before=re.compile(r"\b(?:они)(?:\s+\w+)?\s*$", re.I),
        not_leaders=re.compile(r"\s*(?:the\s+)?(?:журналист\w*|репортёр\w*)", re.I),
        pair=re.compile(
            rf"(?<!\w)(?:{_THE_TWO}|{_TWO_COUNTRIES}|{_THE_LEADERS}|главы\s+государств)(?!\w)",
            re.I,
        ),
        two_names=re.compile(r"(?!)"),
        stranger_before=re.compile(r"(?!)"),
        unit_alone=re.compile(r"(?!)"),
        decade=re.compile(r"(?!)"),
        first_lead=re.compile(r"$"),
    )


def _pause(num: str, qual: str, b: str, e: str) -> re.Pattern[str]:
    """ "почти трёхлетнюю паузу (в контактах)", "перерыв в контактах составил два года", "паузы в три года"."""
    noun = r"(?:пауз\w*|перерыв\w*|затишь\w*)"
    adjective = r"(?:\w+\s*-?\s*(?:летн|месячн|недельн|дневн|годов|годичн)\w*|полугод\w+)"
    period = rf"(?:(?:{num}(?:\s+с\s+половиной)?\s+)?(?:лет|года|год|месяцев|месяца|месяц|недель|недели|неделю|дней|дня)|полгода)"
    of = r"\s+(?:в|во)\s+[\w-]+(?:\s+на\s+высшем\s+уровне)?"
    joins = r"(?:составил\w*|длил\w*|продолжал\w*|длиной(?:\s+в)?|продолжительностью(?:\s+в)?|в)"
    before = rf"(?:(?P<q>{qual})\s+)?(?P<adj>{adjective})\s+{noun}(?P<of>{of})?"  # "почти трёхлетнюю паузу"
    after = rf"{noun}(?P<of2>{of})?\s+{joins}\s+(?:(?P<q2>{qual})\s+)?(?P<p2>{period})(?P<of3>{of})?"  # "перерыв … составил"
    return re.compile(rf"{b}(?:{before}|{after}){e}", re.I)


# Russian counts, from named parts: "встречались пять раз", "дважды провели переговоры по видеосвязи",
# "десять телефонных разговоров"
_COUNT_VERBS = "встречались|разговаривали|говорили|поговорили|общались|созванивались|созвонились|виделись"
_COUNT_VERBS_ONE = "встречался|разговаривал|говорил|общался|созванивался|виделся"  # one of the two as subject
_HELD = r"провели\s+(?:переговоры|встречи|беседы)"  # "дважды провели переговоры"
_MEDIUM = r"\s+(?:по\s+телефону|по\s+видеосвязи|лично|очно)"
_TIMES_ADVERB = "дважды|трижды|четырежды|однажды"
_COUNT_NOUN = r"телефонн\w+\s+разговор\w*|разговор(?:а|ов)|бесед|встреч[иу]?|контакт(?:а|ов)|саммит(?:а|ов)"


def _count(num: str, qual: str, b: str, e: str) -> re.Pattern[str]:
    verb_first = rf"(?P<verb>{_COUNT_VERBS})(?P<med>{_MEDIUM})?\s+(?:(?P<q>{qual})\s+)?(?P<n>{num})\s+раз(?:а)?"
    subject = r"(?:они\s+|(?:уже\s+)?[а-яё]+\s+президент\s+(?:уже\s+)?)?"
    verbs = f"{_COUNT_VERBS}|{_COUNT_VERBS_ONE}|{_HELD}"
    times = rf"(?:(?P<q2>{qual})\s+)?(?:(?P<n2>{num})\s+раз(?:а)?|(?P<tw>{_TIMES_ADVERB}))"
    times_first = rf"{times}\s+{subject}(?P<verb2>{verbs})(?P<med2>{_MEDIUM})?"
    adjective = r"(?:(?!телефонн)[а-яё]+(?:ые|ых|ие|их)\s+)?"
    nouns = rf"(?:(?P<q3>{qual})\s+)?(?P<n3>{num})\s+{adjective}(?P<noun>{_COUNT_NOUN})"
    return re.compile(rf"{b}(?:{verb_first}|{times_first}|{nouns}){e}", re.I)


def _duration() -> re.Pattern[str]:
    """ "около часа", "два часа пять минут", "два с лишним часа", "полчаса"."""
    q = alternation(QUALIFIERS)
    num = rf"{_NUM}(?:\s+с\s+половиной)?"
    plus = r"(?:\s+с\s+(?P<{0}plus>лишним|небольшим))?"  # "два с лишним часа": more than two hours
    hours = rf"(?:(?P<half>полчаса|получаса)|(?P<hn>{num}){plus.format('h')}\s+час(?:а|ов)?|(?P<h1>час(?:а)?)(?!\w))"
    mins = r"(?P<{0}>" + _NUM + r")" + plus + r"\s+минут(?:ы|у)?"
    return re.compile(
        rf"(?<!\w)(?:(?P<q>{q})\s+)?(?:{hours}(?:\s*(?:,|и)?\s*{mins.format('mn')})?|{mins.format('mo')})(?!\w)",
        re.I,
    )


def _period() -> re.Pattern[str]:
    """ "три года", "полгода", "полтора месяца"."""
    q = alternation(QUALIFIERS)
    num = rf"{_NUM}(?:\s+с\s+половиной)?"
    unit = r"(?P<u>лет|года|год|месяцев|месяца|месяц|недель|недели|неделю|дней|дня|день)"
    return re.compile(rf"(?<!\w)(?:(?P<q>{q})\s+)?(?:(?P<hy>полгода|полугода)|(?:(?P<n>{num})\s+)?{unit})(?!\w)", re.I)


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
            re.compile(
                rf"(?<!\d)(?P<d>[0-3]?\d)\s+(?P<m>{mon})(?:\s+(?P<y>(?:19|20)\d\d)(?:\s*(?:года|г\.))?)?(?!\w)",
                re.I,
            ),
        ),
        (
            "my",
            re.compile(
                rf"(?<!\w)(?:в|с|до|к|начале|середине|конце)\s+(?P<m>{mon})(?:\s+(?P<y>(?:19|20)\d\d)(?:\s*(?:года|г\.))?)?(?!\w)",
                re.I,
            ),
        ),
        (
            "y",
            re.compile(
                r"(?<!\w)(?:в|с|до|к|после|с\s+начала)\s+(?P<y>(?:19|20)\d\d)(?:\s*(?:года|году|г\.))(?!\w)", re.I
            ),
        ),
        (
            "wd",
            re.compile(
                rf"(?<!\w)(?:(?P<last>прошл\w+)\s+)?(?:(?P<wd>{wd})|(?P<wda>понедельничн|вторничн|пятничн|субботн|воскресн)\w*)(?!\w)",
                re.I,
            ),
        ),
        (
            "rel",
            re.compile(
                rf"(?<!\w)(?P<rel>вчера|сегодня|позавчера|{_DAY_BEFORE}|{_LATELY}|{_WEEKEND})(?!\w)",
                re.I,
            ),
        ),
    )
