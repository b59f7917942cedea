"""An event given both as a span of days (`Đại hội … diễn ra từ ngày 20 đến 22/10`, `từ ngày 30/9
đến 2/10`) and by one day inside it (`Chiều 22/10, Đại hội bế mạc`) is one event: the day is one
of its working days, not another congress. The span's first day dates it, as the day a span
opens dates an event (`date_of`)."""

from __future__ import annotations

import re
from datetime import date, timedelta

from diembao.extract.events.reader import GRAMMAR, Reader
from diembao.record import DateMention

_MAX_SPAN_DAYS = 14  # a congress or a session runs a few days; a longer interval is a schedule
# The last day-month of a mention, a year after it or not (`từ 7-8/2`, `từ ngày 20 đến 22/10/2020`).
_LAST_DAY = re.compile(r"(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*\d{4})?\s*$")


def _month_day(value: str | None) -> tuple[int, int] | None:
    if not value:
        return None
    v = value.split("/")[0]
    try:
        return int(v[-5:-3]), int(v[-2:])
    except ValueError:
        return None


def _days(first: tuple[int, int], last: tuple[int, int]) -> frozenset[tuple[int, int]]:
    """The days from `first` to `last` (into the next year when `last` is earlier)."""
    try:
        a = date(2000, *first)  # a leap year: 29/2 is a day
        b = date(2000, *last)
    except ValueError:
        return frozenset()
    if b < a:
        b = date(2001, *last) if last != (2, 29) else b
    if not 0 < (b - a).days <= _MAX_SPAN_DAYS:
        return frozenset()
    return frozenset(((a + timedelta(n)).month, (a + timedelta(n)).day) for n in range((b - a).days + 1))


def span_days(reader: Reader, d: DateMention) -> frozenset[tuple[int, int]]:
    """The (month, day)s of the span `d` opens, empty when it dates a single day."""
    first = _month_day(d.value)
    if first is None:
        return frozenset()
    found = _LAST_DAY.search(d.text)
    if found is not None and (int(found.group(2)), int(found.group(1))) != first:
        return _days(first, (int(found.group(2)), int(found.group(1))))
    # `ngày 30/9 đến 2/10`: the end is the next mention, after `đến`
    tokens = reader.tokens
    k = next((a for a, m in reader.date_at.items() if m is d), None)
    if k is None:
        return frozenset()
    end = reader.date_stop.get(k, k)
    if end + 1 < len(tokens) and tokens[end].low == GRAMMAR["until"]:
        last = reader.date_at.get(end + 1)
        day = _month_day(last.value) if last is not None and last.precision == "day" else None
        if day is not None:
            return _days(first, day)
    return frozenset()


def within(reader: Reader, span: DateMention, day: DateMention) -> bool:
    """`day` is one of the days of the span `span` opens."""
    inside = _month_day(day.value)
    return inside is not None and inside in span_days(reader, span)
