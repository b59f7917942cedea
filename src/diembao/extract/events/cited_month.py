"""An event dated by a month and its year in its own clause (`tại Lễ tưởng niệm Fidel Castro vào
tháng 11/2016`, `lễ trao giải … tổ chức tại Seoul vào tháng 12/2025`) is one cited from the past:
the press dates what it reports by the day; so is one whose sentence opens with a month and its
year, or a year before the news's (`Tháng 5/1941, tại Hội nghị …`, `Năm 2024, tại lễ …`), and
gives it no day. A month the text places before the
news's (`vào tháng 7 năm ngoái`, `hồi tháng trước`) is one of the past as well. Only after `vào`, `hồi` (grammar.json
cited_month_leads): a month right after the name names a session of a series (`Phiên họp Chính
phủ thường kỳ tháng 6/2017`); and a month in another clause (past a comma) is another time.
"""

from __future__ import annotations

from functools import cache

from diembao.extract.events.reader import Candidate, Reader, words
from diembao.lexicon.temporal import vocab
from diembao.record import DateMention
from diembao.text import fold_key

_REACH = 10  # tokens after the name where the clause's month may stand


@cache
def _past_words() -> tuple[str, ...]:
    v = vocab()
    return tuple(fold_key(w) for table in ("relative_years", "relative_months") for w, n in v[table].items() if n < 0)


def _past_month(d: DateMention) -> bool:
    """A month with its year (`tháng 11/2016`), or one the text places before the news's
    (`tháng 7 năm ngoái`, `tháng trước`) when no publication date resolves it."""
    if d.precision != "month":
        return False
    if d.value is not None and not d.value.startswith("--"):
        return True
    said = fold_key(d.text)
    return any(w in said for w in _past_words())


def dated_by_month(reader: Reader, c: Candidate) -> bool:
    return _month_after(reader, c) or _month_opening(reader, c)


def _month_opening(reader: Reader, c: Candidate) -> bool:
    """`Tháng 5/1941, tại Hội nghị Trung ương lần 8 …, ông X được bầu …`: a month and its year
    opening the sentence, and no day of its own, date the event as a time past."""
    a = c.sentence[0]
    d = reader.date_at.get(a)
    if d is None or not (_past_month(d) or _past_year(reader, d)):
        return False
    end = reader.date_stop.get(a, a)
    return end < c.first and reader.tokens[end].text == "," and reader.date_of(c) is None


def _past_year(reader: Reader, d: DateMention) -> bool:
    """`Năm 2024, tại lễ khánh thành cổng trường mới, ông X …` in an article of 2026: a year before
    the news's (the publication's, else the latest of the full days the text writes)."""
    if d.precision != "year" or not d.value or not d.value.isdigit():
        return False
    published = reader.doc.article.published
    if published and published[:4].isdigit():
        news = int(published[:4])
    else:
        days = [int(m.value[:4]) for m in reader.doc.article.dates
                if m.precision == "day" and m.value and m.value[:4].isdigit()]
        if not days:
            return False
        news = max(days)
    return int(d.value) < news


def _month_after(reader: Reader, c: Candidate) -> bool:
    tokens = reader.tokens
    end = min(len(tokens), c.last + _REACH, c.sentence[1])
    for k in range(c.last, end):
        if tokens[k].text in ",;:.":
            return False
        d = reader.date_at.get(k)
        if d is not None:
            return _past_month(d) and k > 0 and tokens[k - 1].low in words("cited_month_leads")
    return False
