"""The citation grammar compiled: the regular expressions and the keyword automaton that
`citations.scan` reads with, built once from `diembao.lexicon.documents`."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

import ahocorasick

from diembao.extract.documents.symbols import NUM, PARTY, STATE
from diembao.lexicon.documents import tables
from diembao.text import alternation, alternation_in_order


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
    weak_verb_before: re.Pattern[str]
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

    def w(key: str) -> str:
        return re.escape(g[key])

    def alt(key: str) -> str:
        return alternation_in_order(g[key])

    year, number_word, about = w("year_word"), w("number_word"), w("about_word")
    and_word, until, ordinal_word = w("and_word"), w("until_word"), w("ordinal_word")
    words = rf"(?:{alternation(g['ordinals'])})(?!\w|\s\d)"  # `năm` is also "year": not `năm 2017`
    ordinal = rf"(?:\d{{1,2}}(?!\w)|{words})"
    # A Roman numeral is checked for capitals in code; `XIVngay` is glued scraped text.
    roman = r"(?:[ivxlc]+(?!\w)|[ivxlc]{2,}(?=[^\W\d_]))"
    session = rf"\s?,?\s\(?(?:{g['session']})\s(?:[ivxlc]+|\d{{1,2}}|\d{{4}}\s?[-–]\s?\d{{4}})(?!\w)\)?"
    horizon = rf"(?:{until} {year}\s\d{{4}}|(?:{alt('periods')})\s\d{{4}}\s?[-–]\s?\d{{4}})"
    title_word = rf"(?!(?:{alternation(g['title_stop_words'])})(?!\w))(?:tp\.|[^\s.,;:!?()\"“”]+)"
    return Patterns(
        keywords=keywords,
        number=re.compile(
            rf"\s?(?P<so>{number_word}\s?:?\s?|:\s?)?(?:{PARTY}|{STATE}|(?P<yn>{NUM})\s?/\s?(?P<yy>(?:19|20)\d{{2}})"
            rf"(?![\d/])|(?P<bn>{NUM})(?![\d/.,-]\d|\w|\s?/\s?\d))"
        ),
        seq=re.compile(rf"\s?(?:,|;|{and_word}|&)\s?(?=(?:{number_word}\s)?\d)(?:{number_word}\s)?"),
        units=re.compile(rf"\s?(?:{alternation(g['units'])})(?!\w)"),
        number_year=re.compile(rf"\s{year}\s(?P<y>(?:19|20)\d{{2}})(?!\d)"),
        paren_year=re.compile(rf"\s\((?:{year}\s)?(?:19|20)\d{{2}}\)"),
        before_date=re.compile(rf"\s?,?\s(?:(?:{w('passive_word')}\s)?(?:{alternation(g['date_verbs'])})\s)?"
                               rf"(?:{w('on_word')}\s)?(?={w('day_word')}\s)"),
        issuer_lead=re.compile(rf"\s?,?\s(?P<lead>{alt('issuer_leads')})\s|\s(?=\S)"),
        issued_after=re.compile(
            rf"(?:\s(?:{alternation(g['verb_adverbs'])}))*\s(?:{alternation(g['issued_verbs'])})(?!\w)"
        ),
        session=re.compile(session),
        # `về …` up to the end of the clause or the next citation. Read on the text, not the
        # folded form, for its line breaks.
        subject=re.compile(
            rf"\s?,?\s(?:{about}\s(?:{w('matter_word')}\s)?)(?P<s>(?:(?!\s(?:{alternation(t.words)})\s(?:{number_word}\s)?\d)"
            r"(?:[^.;:!?\n\"“”]|\.(?=\d))){3,240})",
            re.IGNORECASE,
        ),
        verb_before=re.compile(rf"(?:\s(?:{alternation(g['verb_adverbs'])}))*\s(?:{alternation(g['issued_verbs'])})\s$"),
        weak_verb_before=re.compile(
            rf"(?:\s(?:{alternation(g['verb_adverbs'])}))*\s(?:{alternation(g['issued_weak_verbs'])})\s$"
        ),
        phrase_before=re.compile(rf"(?<!\w)(?:{t.issuer_pattern.pattern})(?:{session})?$"),
        plenum=re.compile(
            rf"\s?(?:{w('conference_word')}\s)?(?:{ordinal_word}\s(?P<o1>{ordinal})\s)?(?:(?:{alt('central_committee')})\s)?"
            rf"(?:{alt('central')})(?!\w)(?:\s{w('party_word')})?(?:\s(?:{ordinal_word}\s)?(?P<o2>{ordinal}))?(?:{session})?"
        ),
        congress=re.compile(
            rf"\s?{w('congress_word')}(?P<mid>(?:\s(?!{w('ordinal_lead')}\s)[^\s,.;:()\"“”]+){{0,4}}?)\s"
            rf"(?:{ordinal_word}\s(?P<ord>{roman}|{ordinal})|(?P<roman>{roman}))"
            rf"(?:\s(?:{alt('congress_of')})\s(?:{alt('congress_whole')})(?!\w))?(?:{session})?"
        ),
        law_year=re.compile(rf"(?:\s(?:{year}\s)?(?P<y>(?:19|20)\d{{2}})(?!\d))?"),
        constitution=re.compile(
            rf"(?:\s(?:{w('country_word')}\s)?(?:{alt('country_names')}))?"
            rf"(?:\s(?:{year}\s)?(?:19|20)\d{{2}}(?!\d))?"
        ),
        quoted=re.compile(rf"\s(?:{about}\s)?(?P<q>[\"“'‘])\s?(?P<title>[^\"“”'‘’\n]{{4,250}}?)\s?[\"”'’]"),
        horizon=re.compile(
            rf"(?:\s{title_word}){{1,25}}?\s{horizon}"
            rf"(?:,?\s(?:{and_word}\s)?(?:{alt('visions')})(?:\s{until})?(?:\s{year})?\s\d{{4}})?"
        ),
        # `QCVN 4:2009/BKHCN` is a standard's number, not a letter of 2009.
        bare_symbol=re.compile(r"[0-9](?<![\w/.:-][0-9])(?=[\d.a-z]*\s?[-/])"),
        not_before={w: re.compile(rf"(?<!\w)(?:{alternation(before)})\s$") for w, before in g["not_before"].items()},
    )
