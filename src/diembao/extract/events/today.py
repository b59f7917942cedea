"""`hôm nay`, `sáng nay` in an article without a publication date: the day of the news, which
is the day its opening writes (`Chiều 23/10, …` in the lead), so a meeting held `chiều nay`
is dated that day.

Only the day itself (`nay`), not `hôm qua` or `ngày mai`: the day an opening writes may be the
day of the event reported rather than of the writing, which is the same day for `nay` alone.
Only when the opening writes a single day: two days there leave the news day unsaid.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from diembao.extract.settings import EVENT_OPENING as OPENING
from diembao.lexicon.temporal import vocab
from diembao.record import DateMention
from diembao.text import fold_key


@cache
def _today_words() -> frozenset[str]:
    v = vocab()
    whole = {fold_key(w) for w, offset in v["relative_days"].items() if offset == 0}
    tails = {fold_key(w) for w, offset in v["relative_after_part_of_day"].items() if offset == 0}
    return frozenset(whole | tails)


def is_today(d: DateMention) -> bool:
    """A relative day of offset 0 the dates stage could not resolve (no publication date)."""
    if d.value is not None or d.precision != "day":
        return False
    said = fold_key(d.text)
    words = _today_words()
    return said in words or said.rsplit(" ", 1)[-1] in words


def news_day(dates: Sequence[DateMention]) -> str | None:
    """The one day (`--10-23` or a full day) the opening writes, else None."""
    days = {d.value for d in dates if d.start < OPENING and d.precision == "day" and d.value}
    return next(iter(days)) if len(days) == 1 else None
