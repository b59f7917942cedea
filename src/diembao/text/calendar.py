"""Calendar values: the publication day an article is read against, valid days and years, ISO
forms, and the year a day-month written without one falls in (the rule is in
`diembao.extract.dates.grammar`'s notes; the numbers in `data/temporal.json`)."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from diembao.lexicon.temporal import vocab as _vocab


def reference_date(published: str | None) -> date | None:
    """The local calendar date of an ISO publication time (None when absent or unreadable)."""
    if not published:
        return None
    try:
        moment = datetime.fromisoformat(published.strip().replace("Z", "+00:00"))
    except ValueError:
        try:
            return date.fromisoformat(published.strip()[:10])
        except ValueError:
            return None
    if moment.tzinfo is not None:
        moment = moment.astimezone(timezone(timedelta(hours=_vocab()["utc_offset_hours"])))
    return moment.date()


def days_in_month(month: int, year: int | None = None) -> int:
    if month == 2:
        return 29 if year is None or _is_leap(year) else 28
    return 30 if month in (4, 6, 9, 11) else 31


def is_valid_day(day: int, month: int, year: int | None = None) -> bool:
    return 1 <= month <= 12 and 1 <= day <= days_in_month(month, year)


def is_valid_year(year: int) -> bool:
    bounds = _vocab()["years"]
    return bounds["min"] <= year <= bounds["max"]


def iso_day(day: int, month: int, year: int | None) -> str:
    return f"{year:04d}-{month:02d}-{day:02d}" if year is not None else f"--{month:02d}-{day:02d}"


def iso_month(month: int, year: int | None) -> str:
    return f"{year:04d}-{month:02d}" if year is not None else f"--{month:02d}"


def year_for(day: int, month: int, ref: date | None, direction: int = 0) -> int | None:
    """The year of a day-month read in an article published on `ref` (see the module notes).
    `direction` -1 (`hôm 17-8`, `tháng 2 vừa qua`) takes the latest such day not after the
    publication, +1 (`tháng 11 tới`) the first not before it; a day of slack either way."""
    if ref is None:
        return None
    candidates = [y for y in (ref.year - 1, ref.year, ref.year + 1) if is_valid_day(day, month, y)]
    slack = timedelta(days=1)
    if direction < 0:
        return max((y for y in candidates if date(y, month, day) <= ref + slack), default=None)
    if direction > 0:
        return min((y for y in candidates if date(y, month, day) >= ref - slack), default=None)
    high = ref + timedelta(days=_vocab()["window"]["future_days"])
    # The window is one calendar year, not 365 days, so that a year with 29 February in it still
    # holds every day-month exactly once.
    low = date(high.year - 1, high.month, min(high.day, 28) if high.month == 2 else high.day)
    for year in candidates:
        if low < date(year, month, day) <= high:
            return year
    # Only 29 February can miss the window (no leap year in it): take the nearest leap year.
    return min(candidates, key=lambda y: abs((date(y, month, day) - ref).days), default=None)


def _is_leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
