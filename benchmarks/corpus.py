"""A deterministic corpus of realistic news articles about leader contacts, written from our own templates.

Every article has a dateline, a headline and a few paragraphs that mix the claim kinds the engine reads
(the reported contact, ordinals, counts, the previous contact, first-since, gaps, durations,
frequencies) with filler sentences that carry no claim. English and Russian, varied pairs, dates and
wordings; the same seed always gives the same texts. Used by the benchmarks and by scripts/fuzz.py.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path


@dataclass(frozen=True)
class Leader:
    id: str
    en: str  # full English name
    en_short: str  # surname
    ru: str  # full Russian name, nominative
    ru_short: str
    country_en: str  # adjective: "Russian"
    country_ru_gen: str  # genitive: "России"
    office_en: str  # "president"
    capital: str


LEADERS = (
    Leader("putin", "Vladimir Putin", "Putin", "Владимир Путин", "Путин", "Russian", "России", "president", "Moscow"),
    Leader("trump", "Donald Trump", "Trump", "Дональд Трамп", "Трамп", "American", "США", "president", "Washington"),
    Leader("biden", "Joe Biden", "Biden", "Джо Байден", "Байден", "American", "США", "president", "Washington"),
    Leader("xi", "Xi Jinping", "Xi", "Си Цзиньпин", "Си Цзиньпин", "Chinese", "Китая", "leader", "Beijing"),
    Leader(
        "zelensky",
        "Volodymyr Zelensky",
        "Zelensky",
        "Владимир Зеленский",
        "Зеленский",
        "Ukrainian",
        "Украины",
        "president",
        "Kyiv",
    ),
    Leader(
        "macron", "Emmanuel Macron", "Macron", "Эммануэль Макрон", "Макрон", "French", "Франции", "president", "Paris"
    ),
)
PAIRS = (
    ("putin", "trump"),
    ("putin", "biden"),
    ("trump", "xi"),
    ("trump", "zelensky"),
    ("macron", "putin"),
    ("putin", "xi"),
)
BY_ID = {leader.id: leader for leader in LEADERS}

EN_MONTHS = (
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
RU_MONTHS_GEN = (
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
)
EN_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
RU_WEEKDAYS_ACC = ("понедельник", "вторник", "среду", "четверг", "пятницу", "субботу", "воскресенье")
RU_WEEKDAY_PREP = ("в", "во", "в", "в", "в", "в", "в")
EN_ORDINALS = ("second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")
RU_ORDINALS = ("второй", "третий", "четвёртый", "пятый", "шестой", "седьмой", "восьмой", "девятый", "десятый")
EN_NUMBERS = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
RU_NUMBERS = ("два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять", "десять")

EN_TOPICS = (
    "the war in Ukraine",
    "trade tariffs",
    "arms control",
    "the Middle East",
    "energy prices",
    "a prisoner exchange",
    "North Korea",
    "grain exports",
    "cyber security",
    "the Arctic",
)
RU_TOPICS = (
    "ситуацию на Украине",
    "торговые пошлины",
    "контроль над вооружениями",
    "положение на Ближнем Востоке",
    "цены на энергоносители",
    "обмен заключёнными",
    "вопросы стратегической стабильности",
    "экспорт зерна",
)
EN_SOURCES = (
    "the Kremlin said",
    "the White House said",
    "officials said",
    "a readout said",
    "according to the presidential press service",
    "aides told reporters",
)
RU_SOURCES = (
    "сообщили в Кремле",
    "говорится в сообщении пресс-службы",
    "рассказал помощник президента",
    "сообщает ТАСС",
    "заявили в администрации",
)


def _en_article(rng: random.Random, pub: date) -> str:
    a, b = (BY_ID[i] for i in rng.choice(PAIRS))
    if rng.random() < 0.5:
        a, b = b, a
    day = pub - timedelta(days=rng.choice((0, 0, 1, 2, 3)))
    wd = EN_WEEKDAYS[day.weekday()]
    prev = day - timedelta(days=rng.randint(9, 120))
    noun = rng.choice(("call", "conversation", "phone call", "telephone conversation", "talks"))
    medium = rng.choice(("by telephone", "by phone", "by video link", "in person"))
    topic, topic2 = rng.sample(EN_TOPICS, 2)
    src = rng.choice(EN_SOURCES)
    minutes = rng.choice((20, 30, 40, 45, 50, 60, 75, 90, 120, 150))
    dur = rng.choice(
        (
            f"{minutes} minutes",
            "about an hour",
            "nearly an hour",
            "more than an hour",
            "just over two hours",
            "an hour and a half",
            f"about {minutes} minutes",
        )
    )
    n = rng.randint(0, len(EN_ORDINALS) - 1)
    title = rng.choice(
        (
            f"{a.en_short} and {b.en_short} discuss {topic} in {noun}",
            f"{a.en_short} speaks to {b.en_short} as pressure mounts over {topic}",
            f"{a.country_en} and {b.country_en} leaders hold talks on {topic}",
        )
    )
    lead = rng.choice(
        (
            f"{a.en} and {b.en} spoke {medium} on {wd}, {src}, with {topic} at the top of the agenda.",
            f"{a.en} held {'talks' if noun == 'talks' else 'a ' + noun} with {b.en} on {wd}, {src}.",
            f"The {a.country_en} {a.office_en}, {a.en}, and his {b.country_en} counterpart {b.en} spoke on {wd} about {topic}.",
        )
    )
    claims = [
        rng.choice(
            (
                f"The {noun} lasted {dur}, {src}.",
                f"The two leaders spoke for {dur}.",
                f"Their conversation went on for {dur}, an aide said.",
            )
        ),
        rng.choice(
            (
                f"It was the {EN_ORDINALS[n]} {'call' if noun == 'talks' else noun.split()[-1]} between the two presidents this year.",
                f"The two leaders have now spoken {EN_NUMBERS[n]} times this year.",
                f"That was their {EN_ORDINALS[n]} conversation since the start of the year, {src}.",
                f"{a.en_short} and {b.en_short} have met {rng.randint(2, 40)} times in the past {rng.choice(EN_NUMBERS)} years.",
            )
        ),
        rng.choice(
            (
                f"Their previous call, on {EN_MONTHS[prev.month - 1]} {prev.day}, lasted {rng.choice(('about an hour', '90 minutes', 'two hours'))}.",
                f"The leaders last spoke on {EN_MONTHS[prev.month - 1]} {prev.day}, when they discussed {topic2}.",
                f"The last known contact between them was in {EN_MONTHS[prev.month - 1]} {prev.year}.",
                f"They last spoke by phone {rng.choice(('nearly two months', 'about three weeks', 'more than a month'))} ago.",
            )
        ),
        rng.choice(
            (
                f"It was the first contact between the leaders in {rng.choice(('three years', 'over two years', 'more than a year', 'nearly two years'))}.",
                f"The call was the first since the summit in {rng.choice(('Geneva', 'Helsinki', 'Osaka', 'Alaska'))} on {EN_MONTHS[prev.month - 1]} {prev.day}.",
                f"The first conversation after {b.en_short}'s return to the White House took place on {EN_MONTHS[prev.month - 1]} {prev.day}.",
                f"On average the two men spoke {rng.choice(EN_NUMBERS[:5])} times a year, including face-to-face meetings.",
            )
        ),
    ]
    rng.shuffle(claims)
    filler = [
        f"Analysts in {a.capital} said {topic} would dominate the agenda for weeks.",
        f"Markets barely moved on the news, and a spokesman declined to comment on {topic2}.",
        f'{b.en_short} told reporters later that the talk had been "very productive".',
        f"Officials in {b.capital} gave few details and did not say who had asked for the {noun}.",
        f"Diplomats expect further contacts before the end of {EN_MONTHS[pub.month - 1]}.",
        f"The statement said the sides agreed to keep in touch on {topic2}.",
        f"At about 16:45 local time a {rng.randint(10, 90)}-day plan on {topic} was mentioned, the ministry added.",
        f"Neither side published a full transcript, and the readouts from {a.capital} and {b.capital} differed on {topic2}.",
        f"Opposition politicians called the contact overdue and asked for a public statement on {topic}.",
        f"The foreign ministers are due to meet in Geneva next month to follow up on {topic2}.",
        f"Some commentators, including a former ambassador, said the tone was warmer than in {pub.year - 1}.",
        f"A spokesman for the {b.country_en} embassy said the {rng.randint(2, 12)} points raised would be studied carefully.",
    ]
    rng.shuffle(filler)
    paras = [
        lead,
        " ".join(claims[:2]),
        " ".join(filler[0:3]),
        " ".join(claims[2:]),
        " ".join(filler[3:6]),
        " ".join(filler[6:9]),
    ]
    paras = paras[: rng.randint(3, 6)] if rng.random() < 0.3 else paras
    url = f"https://news.example.org/{pub.year}/{pub.month:02d}/{pub.day:02d}/{a.id}-{b.id}-{rng.randint(1000, 9999)}"
    return f"date {pub.isoformat()} {url}\n\n{title}\n\n" + "\n\n".join(paras) + "\n"


def _ru_article(rng: random.Random, pub: date) -> str:
    a, b = (BY_ID[i] for i in rng.choice(PAIRS))
    if rng.random() < 0.5:
        a, b = b, a
    day = pub - timedelta(days=rng.choice((0, 0, 1, 2)))
    wd = day.weekday()
    prev = day - timedelta(days=rng.randint(9, 120))
    topic, topic2 = rng.sample(RU_TOPICS, 2)
    src = rng.choice(RU_SOURCES)
    n = rng.randint(0, len(RU_ORDINALS) - 1)
    title = rng.choice(
        (
            f"{a.ru_short} и {b.ru_short} обсудили {topic}",
            f"{a.ru_short} и {b.ru_short} провели переговоры",
        )
    )
    lead = rng.choice(
        (
            f"{a.ru} и {b.ru} провели телефонный разговор {RU_WEEKDAY_PREP[wd]} {RU_WEEKDAYS_ACC[wd]}, {src}.",
            f"{RU_WEEKDAY_PREP[wd].capitalize()} {RU_WEEKDAYS_ACC[wd]} {a.ru} и {b.ru} обсудили по телефону {topic}, {src}.",
            f"{a.ru} и {b.ru} встретились {RU_WEEKDAY_PREP[wd]} {RU_WEEKDAYS_ACC[wd]} и обсудили {topic}.",
        )
    )
    claims = [
        rng.choice(
            (
                f"Разговор продолжался {rng.choice(('около часа', 'почти два часа', 'более 90 минут', 'полтора часа', '45 минут'))}.",
                f"Беседа длилась {rng.choice(('около часа', 'более двух часов', 'почти час'))}, {src}.",
            )
        ),
        rng.choice(
            (
                f"Это {RU_ORDINALS[n]} разговор лидеров в этом году.",
                f"С начала года президенты разговаривали {RU_NUMBERS[n]} {'раза' if n < 3 else 'раз'}.",
                f"В среднем лидеры общались {rng.choice(RU_NUMBERS[:3])} раза в год.",
            )
        ),
        rng.choice(
            (
                f"Предыдущий разговор состоялся {prev.day} {RU_MONTHS_GEN[prev.month - 1]}.",
                f"В последний раз лидеры разговаривали {prev.day} {RU_MONTHS_GEN[prev.month - 1]} {prev.year} года.",
                f"Это первый контакт лидеров {a.country_ru_gen} и {b.country_ru_gen} за {rng.choice(('три года', 'два года', 'полтора года'))}.",
            )
        ),
    ]
    rng.shuffle(claims)
    filler = [
        f"Стороны договорились продолжить контакты на разных уровнях и обсудили {topic2}.",
        f"Эксперты считают, что {topic} останется главной темой ближайших месяцев.",
        f"Подробности беседы в Кремле раскрывать не стали, {src}.",
        f"Ранее {b.ru_short} заявлял, что готов к диалогу по любым вопросам.",
        "По словам источника, стороны обменялись мнениями о подготовке возможной встречи на высшем уровне.",
        "Министры иностранных дел продолжат консультации в ближайшие недели, отметили дипломаты.",
        f"Аналитики обращают внимание на то, что тон заявлений стал заметно спокойнее, чем в {pub.year - 1} году.",
        "Официальный представитель МИД отказалась комментировать детали, сославшись на договорённости сторон.",
    ]
    rng.shuffle(filler)
    paras = [lead, " ".join(claims[:2]), " ".join(filler[0:3]), claims[2] + " " + filler[3], " ".join(filler[4:8])]
    url = f"https://ru.example.org/news/{pub.isoformat()}/{rng.randint(100000, 999999)}"
    return f"date {pub.isoformat()} {url}\n\n{title}\n\n" + "\n\n".join(paras) + "\n"


def article(rng: random.Random) -> str:
    """One article: English three times in four, Russian otherwise; published 2017-03 … 2026-03."""
    pub = date(2017, 3, 1) + timedelta(days=rng.randint(0, 3285))
    return _ru_article(rng, pub) if rng.random() < 0.25 else _en_article(rng, pub)


def articles(n: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    return [article(rng) for _ in range(n)]


def write_corpus(directory: Path, n: int, seed: int = 7) -> list[Path]:
    """Write ``n`` articles as 0000.txt … into ``directory``; return their paths."""
    directory.mkdir(parents=True, exist_ok=True)
    paths = []
    for i, text in enumerate(articles(n, seed)):
        p = directory / f"{i:04d}.txt"
        p.write_text(text, encoding="utf-8")
        paths.append(p)
    return paths


def long_article(size: int, seed: int = 11) -> str:
    """One article of about ``size`` characters: a dateline, then bodies of generated articles."""
    rng = random.Random(seed)
    parts = ["date 2025-06-14 https://news.example.org/long\n\nA very long dossier\n\n"]
    total = len(parts[0])
    while total < size:
        body = article(rng).split("\n\n", 2)[2]
        parts.append(body + "\n")
        total += len(body) + 1
    return "".join(parts)[:size]


if __name__ == "__main__":
    import sys

    for text in articles(int(sys.argv[1]) if len(sys.argv) > 1 else 3):
        print(text)
        print("-" * 72)
