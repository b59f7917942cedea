"""The citation grammar compiled: the regular expressions and the keyword automaton that
`citations.scan` reads with, built once from `diembao.lexicon.documents`."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

import ahocorasick

from diembao.extract.documents.symbols import NUM, PARTY, STATE
from diembao.lexicon.documents import tables
from diembao.text import alternation


@dataclass(frozen=True, slots=True)
class Patterns:
    keywords: ahocorasick.Automaton
    number: re.Pattern[str]
    seq: re.Pattern[str]
    units: re.Pattern[str]
    number_year: re.Pattern[str]
    paren_year: re.Pattern[str]
    before_date: re.Pattern[str]
    issuer_lead: re.Pattern[str]
    issued_after: re.Pattern[str]
    session: re.Pattern[str]
    subject: re.Pattern[str]
    verb_before: re.Pattern[str]
    phrase_before: re.Pattern[str]
    plenum: re.Pattern[str]
    congress: re.Pattern[str]
    law_year: re.Pattern[str]
    constitution: re.Pattern[str]
    quoted: re.Pattern[str]
    horizon: re.Pattern[str]
    bare_symbol: re.Pattern[str]
    not_before: dict[str, re.Pattern[str]]  # type word -> the words it may not follow


@cache
def patterns() -> Patterns:
    t = tables()
    g = t.grammar
    keywords = ahocorasick.Automaton()
    for word, (doc_type, abbreviation) in t.words.items():
        keywords.add_word(word, (word, doc_type, abbreviation))
    keywords.make_automaton()
    words = rf"(?:{alternation(g['ordinals'])})(?!\w|\s\d)"  # `năm` is also "year": not `năm 2017`
    ordinal = rf"(?:\d{{1,2}}(?!\w)|{words})"
    # A Roman numeral is checked for capitals in code; `XIVngay` is glued scraped text.
    roman = r"(?:[ivxlc]+(?!\w)|[ivxlc]{2,}(?=[^\W\d_]))"
    session = rf"\s?,?\s\(?(?:{g['session']})\s(?:[ivxlc]+|\d{{1,2}}|\d{{4}}\s?[-–]\s?\d{{4}})(?!\w)\)?"
    horizon = r"(?:đến năm\s\d{4}|(?:giai đoạn|thời kỳ|năm)\s\d{4}\s?[-–]\s?\d{4})"
    title_word = rf"(?!(?:{alternation(g['title_stop_words'])})(?!\w))(?:tp\.|[^\s.,;:!?()\"“”]+)"
    return Patterns(
        keywords=keywords,
        number=re.compile(
            rf"\s?(?P<so>số\s?:?\s?|:\s?)?(?:{PARTY}|{STATE}|(?P<yn>{NUM})\s?/\s?(?P<yy>(?:19|20)\d{{2}})"
            rf"(?![\d/])|(?P<bn>{NUM})(?![\d/.,-]\d|\w|\s?/\s?\d))"
        ),
        seq=re.compile(r"\s?(?:,|;|và|&)\s?(?=(?:số\s)?\d)(?:số\s)?"),
        units=re.compile(rf"\s?(?:{alternation(g['units'])})(?!\w)"),
        number_year=re.compile(r"\snăm\s(?P<y>(?:19|20)\d{2})(?!\d)"),
        paren_year=re.compile(r"\s\((?:năm\s)?(?:19|20)\d{2}\)"),
        before_date=re.compile(rf"\s?,?\s(?:(?:được\s)?(?:{alternation(g['date_verbs'])})\s)?(?:vào\s)?(?=ngày\s)"),
        issuer_lead=re.compile(r"\s?,?\s(?P<lead>của|do)\s|\s(?=\S)"),
        issued_after=re.compile(
            rf"(?:\s(?:{alternation(g['verb_adverbs'])}))*\s(?:{alternation(g['issued_verbs'])})(?!\w)"
        ),
        session=re.compile(session),
        # `về …` up to the end of the clause or the next citation. Read on the text, not the
        # folded form, for its line breaks.
        subject=re.compile(
            rf"\s?,?\s(?:về\s(?:việc\s)?)(?P<s>(?:(?!\s(?:{alternation(t.words)})\s(?:số\s)?\d)"
            r"(?:[^.;:!?\n\"“”]|\.(?=\d))){3,240})",
            re.IGNORECASE,
        ),
        verb_before=re.compile(rf"(?:\s(?:{alternation(g['verb_adverbs'])}))*\s(?:{alternation(g['issued_verbs'])})\s$"),
        phrase_before=re.compile(rf"(?<!\w)(?:{t.issuer_pattern.pattern})(?:{session})?$"),
        plenum=re.compile(
            rf"\s?(?:hội nghị\s)?(?:lần thứ\s(?P<o1>{ordinal})\s)?(?:ban chấp hành\s|bch\s)?"
            rf"(?:trung ương|tư|tw|t\.ư)(?!\w)(?:\sđảng)?(?:\s(?:lần thứ\s)?(?P<o2>{ordinal}))?(?:{session})?"
        ),
        congress=re.compile(
            rf"\s?đại hội(?P<mid>(?:\s(?!lần\s)[^\s,.;:()\"“”]+){{0,4}}?)\s"
            rf"(?:lần thứ\s(?P<ord>{roman}|{ordinal})|(?P<roman>{roman}))"
            rf"(?:\s(?:của|toàn)\s(?:đảng|quốc)(?!\w))?(?:{session})?"
        ),
        law_year=re.compile(r"(?:\s(?:năm\s)?(?P<y>(?:19|20)\d{2})(?!\d))?"),
        constitution=re.compile(
            r"(?:\s(?:nước\s)?(?:cộng hòa xã hội chủ nghĩa việt nam|chxhcn việt nam))?"
            r"(?:\s(?:năm\s)?(?:19|20)\d{2}(?!\d))?"
        ),
        quoted=re.compile(r"\s(?:về\s)?(?P<q>[\"“'‘])\s?(?P<title>[^\"“”'‘’\n]{4,250}?)\s?[\"”'’]"),
        horizon=re.compile(
            rf"(?:\s{title_word}){{1,25}}?\s{horizon}"
            rf"(?:,?\s(?:và\s)?(?:tầm nhìn|định hướng)(?:\sđến)?(?:\snăm)?\s\d{{4}})?"
        ),
        # `QCVN 4:2009/BKHCN` is a standard's number, not a letter of 2009.
        bare_symbol=re.compile(r"[0-9](?<![\w/.:-][0-9])(?=[\d.a-z]*\s?[-/])"),
        not_before={w: re.compile(rf"(?<!\w)(?:{alternation(before)})\s$") for w, before in g["not_before"].items()},
    )
