"""The date a document takes from the clause that issues it, not from the words after it:
`Ngày 5/3/2019, Ban Thường vụ Tỉnh ủy … ban hành Chỉ thị 12`, `Tiếp đó, vào ngày 10/5, UBND
huyện … đã ra Quyết định số 911`, `hôm 13/6, chiều 15/6, Chủ tịch UBND … đã ký công văn`.

The clause runs back from the issuing verb to the end of the sentence before it. Its commas
cut it into segments; a segment that is a date, led by at most a few words
(`grammar.json` clause_date_leads), dates the verb. The segment nearest the verb wins, and a
reporting verb between them (`cho biết`) makes the date the report's, not the document's.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from diembao.extract.dates.grammar import DAY, date_at
from diembao.lexicon.documents import grammar
from diembao.text import alternation_in_order

_WINDOW = 240  # characters before the verb that the clause is read in


def clause_date(text: str, folded: str, verb: int, ref: date | None) -> str | None:
    """The date of the clause whose issuing verb starts at `verb` (see the module), or None."""
    if _not_done().search(folded, max(0, verb - 20), verb):
        return None
    start = max(0, verb - _WINDOW)
    window = folded[start:verb]
    stops = list(_clause_stop().finditer(window))
    begin = stops[-1].end() if stops else 0
    segments = _segments(window, begin)
    if not stops and start > 0:
        segments = segments[1:]  # the sentence starts before the window: its first segment is cut
    for seg_start, seg_end in reversed(segments[:-1]):  # the last segment holds the verb
        found = _segment_date(text, folded, start + seg_start, start + seg_end, ref)
        if found is None:
            continue
        if _report_verb().search(folded, start + seg_end, verb):
            return None
        return found
    return None


def _segments(window: str, begin: int) -> list[tuple[int, int]]:
    out, pos = [], begin
    for comma in re.finditer(",", window[begin:]):
        out.append((pos, begin + comma.start()))
        pos = begin + comma.end()
    out.append((pos, len(window)))
    return out


def _segment_date(text: str, folded: str, start: int, end: int, ref: date | None) -> str | None:
    """The day a segment is, led by at most a few words without digits, or None."""
    segment = folded[start:end]
    match = _dated_segment().match(segment)
    if match is None:
        return None
    at = start + match.start("date")
    lead = match.group("lead").split()
    # Scraped text may glue a caption to the sentence (`Ảnh: TTXVN Ngày 3/6/2017, …`): a
    # capital day word starts the clause whatever stands before it.
    if len(lead) > grammar()["clause_date_leads"] and not text[at].isupper():
        return None
    g = grammar()
    written = folded[at:end].rstrip()
    head = written.split(" ", 1)
    if len(head) == 2 and head[0] in g["clause_day_parts"]:
        written = head[1]
    if not written.startswith(g["day_word"] + " "):
        written = g["day_word"] + " " + written
    found = date_at(written, 0, ref)
    if found is None or found.precision != DAY or found.end != len(written):
        return None
    return found.value


@cache
def _dated_segment() -> re.Pattern[str]:
    g = grammar()
    parts = alternation_in_order([*g["clause_day_parts"], g["day_word"]])
    return re.compile(rf"\s*(?P<lead>(?:[^\s\d]+\s+)*?)(?P<date>(?:{parts})\s+\d.*)$")


@cache
def _not_done() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{alternation_in_order(grammar()['clause_not_done'])})$")


@cache
def _report_verb() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{alternation_in_order(grammar()['clause_report_verbs'])})(?!\w)")


@cache
def _clause_stop() -> re.Pattern[str]:
    """The end of a sentence or paragraph (the folded text joins paragraphs with blanks)."""
    return re.compile(r"[.!?;]\s+|\s{2,}|\n+")
