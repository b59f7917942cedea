"""The year of the news, for a day-month event of an undated article that writes no full day.

A lead that names the year it reports on (`Trong 6 tháng đầu năm 2017, …`) dates the news, so a
day-month event of the article (`Ngày 12/7, …`) falls in that year. Only a year written in the
opening, or one anywhere whose first months the text speaks of as its present (`báo cáo … năm
2018 và những tháng đầu năm 2019`: grammar.json current_year_cues), and only when no later year
is written anywhere in the text: an article about a plan (`đến năm 2030`:
`data/kb/date_target_cues.txt`, not counted) or one that names a later year it does not report on
gives no year, nor does a year of a life (`sinh năm 1966`: grammar.json life_year_cues); nor does
a term (`nhiệm kỳ 2016-2021`), which runs on past the news. A full day in the text is left to
`_year_for`, which reads it instead.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from diembao.extract.settings import EVENT_OPENING as OPENING
from diembao.lexicon import kb
from diembao.lexicon.events import grammar
from diembao.record import DateMention
from diembao.text import fold, fold_key

_TARGET_REACH = 16  # characters before a year where a target word (`đến năm`) is looked for


@cache
def _target_cues() -> tuple[str, ...]:
    # a life's years (`sinh năm 1966`) are a biography's, not the news's
    life = tuple(fold_key(w) for w in grammar()["life_year_cues"])
    return tuple(fold_key(line) for line in kb.lines("date_target_cues.txt")) + life


@cache
def _current_cues() -> tuple[str, ...]:
    return tuple(fold_key(w) for w in grammar()["current_year_cues"])


def _writes_full_day(dates: Sequence[DateMention]) -> bool:
    return any(d.precision in ("day", "range") and d.value and any(
        len(v) >= 10 and v[:4].isdigit() for v in d.value.split("/")) for d in dates)


def news_year(text: str, dates: Sequence[DateMention]) -> int | None:
    """The year the opening names, if no later one is written and no full day is."""
    if _writes_full_day(dates):
        return None
    cues = _target_cues()
    current = _current_cues()
    years: list[tuple[int, bool]] = []
    for d in dates:
        if d.precision != "year" or not d.value or not d.value.isdigit():
            continue
        before = fold(text[max(0, d.start - _TARGET_REACH):d.start])
        if any(cue in before for cue in cues):
            continue
        years.append((int(d.value), d.start < OPENING or any(cue in before for cue in current)))
    if not years:
        return None
    latest = max(year for year, _ in years)
    if not any(year == latest and news for year, news in years):
        return None
    return latest
