"""An event dated more than a year before the news is history cited, not news reported: `tổ chức
Đại hội VI của Đảng (khai mạc vào ngày 5/12/1986)` in a profile, `tham dự lễ trao giải ngày
15/9/2024` in a caption of 2026 (GUIDELINES: background mentions are no events). The news day
is the publication date, else the latest full day the text writes (an article without one gives
none, and nothing is dropped): the press reports the days just past, not years back. A day more
than one after the publication's is still to come (`Lễ Khai mạc: Lúc 18 giờ 30 ngày 10-2` in a
programme published on the 5th): the article announces it, and a planned event is none either.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from diembao.extract.events.today import bounds
from diembao.extract.settings import EVENT_HISTORY_DAYS as HISTORY_DAYS
from diembao.record import DateMention, Event
from diembao.text.calendar import reference_date

_AHEAD_DAYS = 1  # a day abroad (`tối 1/2 giờ Los Angeles`) may be the publication's next one


def _day(value: str | None) -> date | None:
    if not value or len(value) < 10 or not value[:4].isdigit():
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def news_date(text: str, published: str | None, dates: Sequence[DateMention]) -> date | None:
    """The publication date, else the latest full day written that bounds nothing (`đến 21/1/2022`,
    `trước ngày 5/3/2019` end a schedule or set a deadline still to come)."""
    ref = reference_date(published)
    if ref is not None:
        return ref
    days = [d for m in dates if m.precision == "day" and not bounds(text, m.start)
            and (d := _day(m.value)) is not None]
    return max(days, default=None)


def reported(events: Sequence[Event], text: str, published: str | None,
             dates: Sequence[DateMention]) -> tuple[Event, ...]:
    """The events not dated far before the news day."""
    ref = news_date(text, published, dates)
    if ref is None:
        return tuple(events)
    # a day after the publication's is still to come: the article announces it
    last = reference_date(published) + timedelta(days=_AHEAD_DAYS) if reference_date(published) else None
    return tuple(e for e in events if (day := _day(e.date)) is None or (
        (ref - day).days <= HISTORY_DAYS and (last is None or day <= last)))
