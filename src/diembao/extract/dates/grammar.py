"""Temporal expressions of Vietnamese news: the grammar and its pure parsers.

`scan(folded, text, ref)` finds every expression in an article; `parse(expression, ref)` reads
one; `date_at(folded, pos, ref)` reads the date that starts at `pos` (for the document stage).
The grammar works on the folded text (`diembao.text.fold`: same length, lower case), so an
expression's offsets are offsets into the original text; `text` is only consulted for case.

Values are ISO 8601: `2021-11-10` (precision `day`), `2021-11` (`month`), `2021` (`year`),
`2021/2026` (`range`, an ISO interval of years), None for a recurrence (`hằng năm`).
Without a year and without a publication date, a day is `--11-10` and a month `--11`.

Decisions (the vocabulary and the numbers live in `data/temporal.json`):
- A day-month without a year takes the year that puts it in the window of one calendar year
  that ends 120 days after the publication: reports look back over the last months and
  announce what comes in the next few. `Sáng 10-11` in an article of 10 November 2021 is
  2021-11-10; `ngày 28/12` in one of 5 January 2026 is 2025-12-28. Words around it can say
  which way instead: `hôm 17-8`, `hồi tháng 8`, `... vừa qua` look back, `... tới` ahead, and
  `... năm ngoái` names the year. A year from elsewhere in the text is not used: an article
  without a publication date gives `--11-10`.
- The publication date is the local (UTC+7) calendar date of `Article.published`.
- A bare day-month (`10/11`) counts only after a part of day, a weekday, `ngày`/`hôm`/`mùng`,
  or a word such as `từ`, `đến`, `trước`; otherwise it is as likely a score (`2-1`), a
  fraction (`1/5 số hộ`) or `24/7`. A full date (`25/10/2021`) needs no trigger.
- `hôm qua`, `sáng nay`, `năm ngoái` resolve against the publication date; without one their
  value is None. A weekday alone (`thứ Tư`, `Chủ nhật`) is the latest such day on or before
  the publication date (`... tới` the next one after it).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

import ahocorasick

from diembao.lexicon.temporal import vocab as _vocab
from diembao.text import alternation, alternation_in_order, fold
from diembao.text.calendar import is_valid_day, is_valid_year, iso_day, iso_month, year_for

DAY, MONTH, YEAR, RANGE, RECURRENCE = "day", "month", "year", "range", "recurrence"


@dataclass(frozen=True, slots=True)
class Temporal:
    """One expression: `folded[start:end]` (and so `text[start:end]`) is what was read."""

    start: int
    end: int
    value: str | None
    precision: str
    part_of_day: str | None = None


# --- the grammar ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Grammar:
    numbers: re.Pattern[str]
    keywords: ahocorasick.Automaton
    numeric: re.Pattern[str]
    words: re.Pattern[str]
    prefix: re.Pattern[str]
    range_lead: re.Pattern[str]
    day_span_lead: re.Pattern[str]
    trigger: re.Pattern[str]
    not_after: re.Pattern[str]
    range_tail: re.Pattern[str]
    paren_date: re.Pattern[str]
    weekday_then_date: re.Pattern[str]
    weekday_next: re.Pattern[str]
    year_after: re.Pattern[str]
    past_before: re.Pattern[str]
    past_after: re.Pattern[str]
    future_after: re.Pattern[str]


# A symbol (`15/2020/NĐ-CP`, `22-NQ/TW`) goes on after its numbers; a date does not.
_SYMBOL_TAIL = r"\d|\s?/\s?[a-zđ\d]|-[a-zđ]"


def _after_first_digit(month: str, year: str, until: str) -> str:
    """What may follow the first digit of a number for it to start an expression: a separator
    and a digit, `tháng` (a written date), `đến` and a digit (a span of days), or a lookbehind
    to `năm`/`tháng` (a year, a month). A number glued to what is before it is inside a symbol
    (`15/2020/NĐ-CP`), except a full date after a full date and a dash: the end of a span of
    days (`(19/5/1890-19/5/2017)`, an anniversary's first day and this year's)."""
    return (
        rf"(?:(?<![\w/.,-]\d)|(?<=\d{{4}}[-–]\d)(?=\d?/\d{{1,2}}/\d{{4}}))(?:\d{{0,3}}\s?[/.–—-]\s?\d|\d?\s{month}\s\d|\d?\s(?:{until})\s|\d{{3}}(?<={year}\s\d{{4}})"
        rf"|(?<={month}\s\d)|\d(?<={month}\s\d\d))"
    )


@cache
def _grammar() -> _Grammar:
    v = _vocab()
    part, weekday = alternation(v["part_of_day"]), alternation(v["weekdays"])
    day, month, year = (re.escape(v[k]) for k in ("day_word", "month_word", "year_word"))
    until = alternation_in_order(v["range_until"])
    words = {
        "rec": v["recurrence"],
        "rel": v["relative_days"],
        "rm": v["relative_months"],
        "ry": v["relative_years"],
        "wk": v["weekdays"],
    }
    after_part = [f"{p} {w}" for p in v["part_of_day"] for w in v["relative_after_part_of_day"]]
    # Candidates are found in two passes that run at C speed: a pattern that starts with a
    # digit (the engine skips to the next digit), and an Aho-Corasick automaton for the
    # expressions made of words. The anchored patterns below then read each candidate. (One
    # alternation of all the shapes is ten times slower: the engine tries every branch at
    # every position.)
    keywords = ahocorasick.Automaton()
    for word in (w for group in (*words.values(), after_part) for w in group):
        keywords.add_word(word, len(word))
    keywords.make_automaton()
    numeric = "|".join(
        [
            # ngày 24 tháng 11 năm 2015, ngày 24 tháng 11 (the `ngày` is checked in code)
            rf"(?P<wd>\d{{1,2}})\s{month}\s(?P<wm>\d{{1,2}})(?:(?:\s{year}\s|\s?[/-]\s?)(?P<wy>\d{{4}}))?(?!\d)",
            # tháng 10/2016, tháng 10-2016, tháng 10 năm 2016
            rf"(?<={month}\s)(?P<mm>\d{{1,2}})(?:\s?[/-]\s?|\s{year}\s)(?P<my>\d{{4}})(?![\d/])",
            # từ năm 2016 đến năm 2020
            rf"(?<={re.escape(v['from_word'])}\s{year}\s)(?P<t1>\d{{4}})\s(?:{until})\s(?:{year}\s)?(?P<t2>\d{{4}})(?!\d)",
            # giai đoạn 2021 - 2026, nhiệm kỳ 2020-2025, 2021-2025
            r"(?P<r1>\d{4})\s?[-–—]\s?(?P<r2>\d{4})(?![\d/]|-[a-zđ])",
            # 25/10/2021, 2-2-2008, 4 / 2 / 2019, 10.11.2021
            rf"(?P<fd>\d{{1,2}})\s?(?P<fs>[/.-])\s?(?P<fm>\d{{1,2}})\s?(?P=fs)\s?(?P<fy>\d{{4}})(?!{_SYMBOL_TAIL})",
            # (từ) 24 đến 26/4, (từ ngày) 11 - 18/6, 13 đến 16-9-2019 (needs `từ`, checked in code)
            rf"(?P<sd>\d{{1,2}})\s?(?:[-–]|{until})\s?(?:{day}\s)?(?P<se>\d{{1,2}})\s?(?P<ss>[/.-])\s?"
            rf"(?P<sm>\d{{1,2}})(?:\s?(?P=ss)\s?(?P<sy>\d{{4}}))?(?![\d/.-]\d)",
            # 10-11, 3/2, 16/11 (needs a trigger, checked in code)
            r"(?P<dd>\d{1,2})\s?(?P<ds>[/.-])\s?(?P<dm>\d{1,2})(?!\d|\s?[/.-]\s?\d|,\d)",
            # năm 2021
            rf"(?<={year}\s)(?P<yy>\d{{4}})(?!\d|[.,/-]\d)",
            # tháng 10
            rf"(?<={month}\s)(?P<mo>\d{{1,2}})(?!\d|\s?[/.-]\s?\d|,\d)",
        ]
    )
    word_pattern = "|".join(f"(?P<{name}>{alternation(group)})" for name, group in words.items())
    word_pattern += rf"|(?P<rpp>{part})\s(?P<rpw>{alternation(v['relative_after_part_of_day'])})"
    prefix = (
        rf"(?<!\w)(?:(?:{alternation(v['part_of_day_joiners'])})\s)?(?:(?P<part>{part})\s)?"
        rf"(?:(?P<wkd>{weekday})(?:\s?,\s?|\s\(|\s))?(?:(?P<lead>{alternation_in_order(v['day_leads'])})\s)?$"
    )
    return _Grammar(
        numbers=re.compile(f"[0-9]{_after_first_digit(month, year, until)}"),
        keywords=keywords,
        numeric=re.compile(numeric),
        words=re.compile(rf"(?<!\w)(?:{word_pattern})(?!\w)"),
        prefix=re.compile(prefix),
        range_lead=re.compile(rf"(?<!\w)(?:{alternation(v['range_leads'])})\s$"),
        day_span_lead=re.compile(rf"(?<!\w){re.escape(v['from_word'])}\s(?:{day}\s)?$"),
        trigger=re.compile(rf"(?<!\w)(?:{alternation(v['day_month_triggers'])})\s$"),
        not_after=re.compile(rf"\s?(?:{alternation(v['not_after'])})(?!\w)"),
        range_tail=re.compile(
            rf"\s?(?:-|–|{until})\s?(?:{day}\s)?\d{{1,2}}\s?[/.-]\s?\d{{1,2}}\s?[/.-]\s?(?P<y>\d{{4}})(?!\d)"
        ),
        paren_date=re.compile(
            r"\s?(?P<open>\()?(?P<d>\d{1,2})\s?[/.-]\s?(?P<m>\d{1,2})(?:\s?[/.-]\s?(?P<y>\d{4}))?"
            r"(?(open)\)|(?![\d/]))"
        ),
        weekday_then_date=re.compile(rf"(?:\s?,\s?|\s\(|\s)(?:{day}\s)?\d{{1,2}}\s?[/.-]\s?\d{{1,2}}"),
        weekday_next=re.compile(rf"\s(?:{alternation_in_order(v['weekday_next'])})\b"),
        year_after=re.compile(rf"\s({alternation(v['relative_years'])})(?!\w)"),
        past_before=re.compile(rf"(?<!\w)(?:{alternation(v['past_before'])})\s"),
        past_after=re.compile(rf"\s(?:{alternation(v['past_after'])})(?!\w)"),
        future_after=re.compile(rf"\s(?:{alternation(v['future_after'])})(?!\w)"),
    )


# --- scanning ------------------------------------------------------------------------------


def scan(folded: str, text: str | None = None, ref: date | None = None) -> list[Temporal]:
    """Every temporal expression of `folded` (the folded form of `text`), in text order."""
    grammar = _grammar()
    text = folded if text is None else text
    found = [
        t
        for t in (
            *(
                _read_at(grammar.numeric, m.start(), folded, text, ref, grammar)
                for m in grammar.numbers.finditer(folded)
            ),
            *(
                _read_at(grammar.words, end + 1 - size, folded, text, ref, grammar)
                for end, size in grammar.keywords.iter(folded)
            ),
        )
        if t is not None
    ]
    found.sort(key=lambda t: (t.start, -t.end))
    out: list[Temporal] = []
    for t in found:
        if not out or t.start >= out[-1].end:
            out.append(t)
    return out


def _read_at(
    pattern: re.Pattern[str], pos: int, folded: str, text: str, ref: date | None, grammar: _Grammar
) -> Temporal | None:
    match = pattern.match(folded, pos)
    return _read(match, folded, text, ref, grammar) if match else None


def parse(expression: str, ref: date | None = None) -> Temporal | None:
    """The expression that spans all of `expression` (surrounding space ignored), or None."""
    stripped = expression.strip()
    found = scan(fold(stripped), stripped, ref)
    if len(found) == 1 and found[0].start == 0 and found[0].end == len(stripped):
        return found[0]
    return None


@cache
def _date_lead() -> re.Pattern[str]:
    return re.compile(rf"(?:{alternation_in_order(_vocab()['date_leads'])})\s")

_QUANTITY_BEFORE = re.compile(r"\d\s$")


def date_at(folded: str, pos: int, ref: date | None = None) -> Temporal | None:
    """A day or month expression starting at `pos` (`ngày 2-2-2008`, `25/10/2021`), or None."""
    grammar = _grammar()
    lead = _date_lead().match(folded, pos)
    start = lead.end() if lead else pos
    match = grammar.numeric.match(folded, start)
    if match is None:
        return None
    found = _read(match, folded, folded, ref, grammar, forced_trigger=lead is not None)
    if found is None or found.precision not in (DAY, MONTH):
        return None
    return Temporal(pos, found.end, found.value, found.precision, found.part_of_day)


def _read(
    match: re.Match[str],
    folded: str,
    text: str,
    ref: date | None,
    grammar: _Grammar,
    forced_trigger: bool = False,
) -> Temporal | None:
    g = match.groupdict().get
    start, end = match.span()
    if g("wd") is not None:
        found = _day(g("wd"), g("wm"), g("wy"), start, end, folded, ref, grammar)
        return found if found is not None and (found.start < start or forced_trigger) else None
    if g("mm") is not None:
        month, year = int(g("mm")), int(g("my"))
        if 1 <= month <= 12 and is_valid_year(year):
            return Temporal(start - len(_vocab()["month_word"]) - 1, end, iso_month(month, year), MONTH)
        return None
    if g("t1") is not None:
        return _range(g("t1"), g("t2"), start - len(_vocab()["from_word"]) - len(_vocab()["year_word"]) - 2, end)
    if g("r1") is not None:
        lead = grammar.range_lead.search(folded, max(0, start - 20), start)
        return _range(g("r1"), g("r2"), lead.start() if lead else start, end)
    if g("fd") is not None:
        has_prefix = _prefix(folded, start, grammar)[0] < start
        if g("fs") == "." and not (has_prefix or forced_trigger):
            return None  # 1.2.2019 without `ngày` is as likely a version or a phone number
        return _day(g("fd"), g("fm"), g("fy"), start, end, folded, ref, grammar)
    if g("sd") is not None:
        return _day_span(match, folded, ref, grammar)
    if g("dd") is not None:
        return _day_month(match, folded, ref, grammar, forced_trigger)
    if g("yy") is not None:
        year = int(g("yy"))
        return Temporal(start - len(_vocab()["year_word"]) - 1, end, str(year), YEAR) if is_valid_year(year) else None
    if g("mo") is not None:
        month = int(g("mo"))
        if not 1 <= month <= 12:
            return None
        begin = start - len(_vocab()["month_word"]) - 1
        year, end = _year_in_context(15, month, folded, begin, end, ref, grammar)
        return Temporal(begin, end, iso_month(month, year), MONTH)
    if g("rec") is not None:
        return Temporal(start, end, None, RECURRENCE)
    if g("rel") is not None:
        return _relative_day(_vocab()["relative_days"][g("rel")], None, match, folded, ref, grammar)
    if g("rpp") is not None:
        offset = _vocab()["relative_after_part_of_day"][g("rpw")]
        return _relative_day(offset, g("rpp"), match, folded, ref, grammar)
    if (g("rm") or g("ry")) and _QUANTITY_BEFORE.search(folded, max(0, start - 8), start):
        return None  # `5 năm tới`, `2 năm trước`: a span of years, not a year
    if g("rm") is not None:
        return _relative_month(_vocab()["relative_months"][g("rm")], start, end, ref)
    if g("ry") is not None:
        offset = _vocab()["relative_years"][g("ry")]
        return Temporal(start, end, str(ref.year + offset) if ref else None, YEAR)
    return _weekday(match, folded, text, ref, grammar)


def _prefix(folded: str, start: int, grammar: _Grammar) -> tuple[int, str | None, bool]:
    """Where the words in front of an expression begin (part of day, weekday, `ngày`), the part
    of day, and whether there was any such word."""
    window_start = max(0, start - 40)
    found = grammar.prefix.search(folded, window_start, start)
    if found is None or found.start() == start:
        return start, None, False
    return found.start(), found.group("part"), True


def _day(
    d: str, m: str, y: str | None, start: int, end: int, folded: str, ref: date | None, grammar: _Grammar
) -> Temporal | None:
    day, month = int(d), int(m)
    year = int(y) if y is not None else None
    if year is not None and not is_valid_year(year):
        return None
    if not is_valid_day(day, month, year):
        return None
    begin, part, _ = _prefix(folded, start, grammar)
    if year is None:
        year, end = _year_in_context(day, month, folded, begin, end, ref, grammar)
    end = _close_paren(folded, begin, end)
    return Temporal(begin, end, iso_day(day, month, year), DAY, part)


def _day_month(
    match: re.Match[str], folded: str, ref: date | None, grammar: _Grammar, forced_trigger: bool
) -> Temporal | None:
    start, end = match.span()
    day, month = int(match.group("dd")), int(match.group("dm"))
    if not is_valid_day(day, month):
        return None
    begin, part, has_prefix = _prefix(folded, start, grammar)
    if not (has_prefix or forced_trigger):
        if grammar.trigger.search(folded, max(0, start - 12), start) is None:
            return None
        if grammar.not_after.match(folded, end):
            return None
    # `từ ngày 5-5 đến 10-5-2017`: the first day takes the year of the second.
    tail = grammar.range_tail.match(folded, end)
    if tail:
        year: int | None = int(tail.group("y"))
    else:
        year, end = _year_in_context(day, month, folded, begin, end, ref, grammar)
    if year is not None and not is_valid_day(day, month, year):
        return None
    end = _close_paren(folded, begin, end)
    return Temporal(begin, end, iso_day(day, month, year), DAY, part)


def _day_span(match: re.Match[str], folded: str, ref: date | None, grammar: _Grammar) -> Temporal | None:
    """`từ 24 đến 26/4`: a span of days of one month, dated by its first day (a meeting held over
    those days took place from it). Without `từ` in front it is as likely a count (`3 - 5/10 hộ`)."""
    start, end = match.span()
    lead = grammar.day_span_lead.search(folded, max(0, start - 12), start)
    first, last, month = int(match.group("sd")), int(match.group("se")), int(match.group("sm"))
    if lead is None or not first < last or not is_valid_day(last, month) or grammar.not_after.match(folded, end):
        return None
    year: int | None = int(match.group("sy")) if match.group("sy") else None
    if year is None:
        year, end = _year_in_context(first, month, folded, start, end, ref, grammar)
    if year is not None and not is_valid_day(first, month, year):
        return None
    begin, part, _ = _prefix(folded, lead.start(), grammar)
    return Temporal(begin, _close_paren(folded, begin, end), iso_day(first, month, year), DAY, part)


def _year_in_context(
    day: int, month: int, folded: str, begin: int, end: int, ref: date | None, grammar: _Grammar
) -> tuple[int | None, int]:
    """The year of a day or month written without one, from the words around it: `... năm
    ngoái` says it (and belongs to the expression), `hôm`/`hồi ...`/`... vừa qua` look back,
    `... tới` looks ahead; otherwise the publication window decides."""
    said = grammar.year_after.match(folded, end)
    if said is not None:
        offset = _vocab()["relative_years"][said.group(1)]
        return (ref.year + offset if ref else None), said.end()
    if grammar.past_before.search(folded, max(0, begin - 5), end) or grammar.past_after.match(folded, end):
        return year_for(day, month, ref, -1), end
    if grammar.future_after.match(folded, end):
        return year_for(day, month, ref, +1), end
    return year_for(day, month, ref), end


def _close_paren(folded: str, begin: int, end: int) -> int:
    """`thứ Tư (10/11)`: take the closing parenthesis when the expression opened one."""
    if "(" in folded[begin:end] and ")" not in folded[begin:end] and folded.startswith(")", end):
        return end + 1
    return end


def _range(a: str, b: str, start: int, end: int) -> Temporal | None:
    first, last = int(a), int(b)
    span = _vocab()["years"]["max_range_span"]
    if not (is_valid_year(first) and is_valid_year(last) and first < last <= first + span):
        return None
    return Temporal(start, end, f"{first}/{last}", RANGE)


def _relative_day(
    offset: int, part: str | None, match: re.Match[str], folded: str, ref: date | None, grammar: _Grammar
) -> Temporal:
    start, end = match.span()
    if part is None:
        start, part, _ = _prefix(folded, start, grammar)
    value = (ref + timedelta(days=offset)).isoformat() if ref else None
    # `Chiều nay (07/12)`, `hôm nay 7/2`: the date written out is what the text means; it wins.
    paren = grammar.paren_date.match(folded, end)
    if paren is not None:
        day, month = int(paren.group("d")), int(paren.group("m"))
        year = int(paren.group("y")) if paren.group("y") else year_for(day, month, ref)
        if is_valid_day(day, month, year):
            value, end = iso_day(day, month, year), paren.end()
    return Temporal(start, end, value, DAY, part)


def _relative_month(offset: int, start: int, end: int, ref: date | None) -> Temporal:
    if ref is None:
        return Temporal(start, end, None, MONTH)
    index = ref.year * 12 + ref.month - 1 + offset
    return Temporal(start, end, iso_month(index % 12 + 1, index // 12), MONTH)


def _weekday(
    match: re.Match[str], folded: str, text: str, ref: date | None, grammar: _Grammar
) -> Temporal | None:
    start, end = match.span()
    if grammar.weekday_then_date.match(folded, end):
        return None  # `thứ Tư, 10/11/2021`: the date that follows takes the weekday in
    begin, part, has_prefix = _prefix(folded, start, grammar)
    # `thứ hai`, `thứ 2` are also the ordinal "second" (`lần thứ 2`, and `Thứ hai, ...` opens
    # a sentence): alone, a weekday is written `thứ Hai` or `Chủ nhật`, or follows a part of
    # day or `ngày`/`hôm`.
    first, last = text[start:end].split()
    opening = _vocab()["weekday_word"].capitalize()
    if not (has_prefix or last[:1].isupper() or (first[:1].isupper() and first != opening)):
        return None
    wanted = _vocab()["weekdays"][match.group("wk")]
    value = None
    if ref is not None:
        if grammar.weekday_next.match(folded, end):
            when = ref + timedelta(days=(wanted - ref.weekday() - 1) % 7 + 1)
        else:
            when = ref - timedelta(days=(ref.weekday() - wanted) % 7)
        value = when.isoformat()
    return Temporal(begin, end, value, DAY, part)


# --- canonical forms (for tests and for writing dates back as text) --------------------------


def format_day(day: date, style: str = "-") -> str:
    """`ngày 2-2-2008` (style `-`), `ngày 2/2/2008` (`/`) or `ngày 2 tháng 2 năm 2008` (`words`)."""
    v = _vocab()
    if style == "words":
        return f"{v['day_word']} {day.day} {v['month_word']} {day.month} {v['year_word']} {day.year}"
    return f"{v['day_word']} {day.day}{style}{day.month}{style}{day.year}"
