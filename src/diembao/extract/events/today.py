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
from diembao.lexicon.events import grammar
from diembao.lexicon.temporal import vocab
from diembao.record import DateMention
from diembao.text import fold_key

_ASIDE_REACH = 24  # characters back to the bracket a day is written in
_BOUNDS = frozenset([grammar()["until"], *grammar()["deadline"]])


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


@cache
def _weekdays() -> frozenset[str]:
    return frozenset(fold_key(w) for w in vocab()["weekdays"])


def is_weekday(d: DateMention) -> bool:
    """A weekday the dates stage could not resolve (`thứ Tư`): in `Kỳ họp chuyên đề thứ Tư` it
    numbers the session, and alone it names no day the text gives."""
    return d.value is None and any(w in fold_key(d.text) for w in _weekdays())


def opening_day(text: str, dates: Sequence[DateMention]) -> DateMention | None:
    """The mention of the one day the opening writes (`Sáng 18/5, …`), else None: it dates an
    undated event the opening reports (`Dự lễ viếng có: …` after `sáng 18/5, Đoàn … vào Lăng`).
    A day in brackets is an aside (`kỷ niệm 127 năm Ngày sinh (19/5/1890-19/5/2017)`), not the news's;
    so is a full day of a year before the latest the article writes (`sinh ngày 09/02/1907`), and a
    deadline or an end (`trước ngày 10-7`, `đến 18/5`)."""
    years = [int(v[:4]) for d in dates if d.value for v in d.value.split("/") if len(v) >= 10 and v[:4].isdigit()]
    latest = max(years, default=None)
    days = [d for d in dates if d.start < OPENING and d.precision == "day" and d.value
            and not _in_brackets(text, d.start) and not bounds(text, d.start)
            and (d.value.startswith("--") or int(d.value[:4]) == latest)]
    return days[0] if days and len({d.value for d in days}) == 1 else None


def _in_brackets(text: str, start: int) -> bool:
    """The day opens a bracket or follows another inside one (`(19/5/1890-19/5/2017)`)."""
    opened = text.rfind("(", max(0, start - _ASIDE_REACH), start)
    return opened >= 0 and ")" not in text[opened:start]


def bounds(text: str, start: int) -> bool:
    """The word before the day (`trước ngày 10-7`: the date's mention holds its `ngày`) bounds it."""
    before = fold_key(text[max(0, start - 12):start]).split()
    return bool(before) and before[-1] in _BOUNDS


def news_day(dates: Sequence[DateMention]) -> str | None:
    """The one day (`--10-23` or a full day) the opening writes, else None."""
    days = {d.value for d in dates if d.start < OPENING and d.precision == "day" and d.value}
    return next(iter(days)) if len(days) == 1 else None
