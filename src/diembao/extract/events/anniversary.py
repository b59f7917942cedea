"""Spans of whole years written day to day: `(19/5/1890-19/5/2017)`, an anniversary's first day
and this year's. Neither day dates the ceremony that marks it (`Lễ kỷ niệm … (14/6/1957 -
14/6/2017) diễn ra sáng 12/6`): the first is history, the last the occasion, which the days of
the news stand around; but the last names the news's year (`_year_for`).
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from diembao.record import DateMention

_SPAN_GAP = 3  # characters between the two days of a span: a dash, spaced or not


def anniversary_spans(dates: Sequence[DateMention]) -> list[tuple[DateMention, DateMention]]:
    """(first day, last day) of each span of the same day and month in two years."""
    found = []
    for a, b in pairwise(dates):
        if b.start - a.end <= _SPAN_GAP and a.precision == b.precision == "day" and a.value and b.value \
                and len(a.value) == len(b.value) == 10 and a.value[4:] == b.value[4:] and a.value < b.value:
            found.append((a, b))
    return found
