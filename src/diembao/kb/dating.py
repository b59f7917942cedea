"""An estimated day for an article that carries no publication date, from its own text.

Most undated articles still say when they were written: `Ngày 10/11` with the year of their
collection (`baomoi.com (2017)`), a full date (`ngày 10/11/2021`), a month or a year, a term
(`nhiệm kỳ 2020-2025`). A date named as a target (`đến năm 2030`: `data/kb/date_target_cues.txt`)
is none of these. `from_text` reads, in order:

1. the latest full date the text states in the year it is anchored in (the collection's, else the
   year its dates name most) or the year before (precision day, how `text`);
2. the latest day and month it states, with the year of the collection or, without one, the year
   the text names most (precision day, how `text+outlet` / `text`);
3. the latest month it states (precision month, stored as its first day);
4. the year of the collection (precision year, how `outlet`);
5. the year the text names most, the latest of equals (precision year, how `text`);
6. the first year of a term it names (precision year, how `term`).

When nothing here dates an article, the resolver may still date it from the offices it attests
(`from_offices`: the years in which the offices named are attested by dated articles; how
`term`). A month or a year is stored as its first day; `articles.day_precision` says which, and
every output shows an estimated day as such. A pure function of the article (and, for
`from_offices`, of the spans given), so a resumed ingest estimates the same.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from diembao.data import load_lines
from diembao.record import Article
from diembao.text import fold, fold_key

_FULL = re.compile(r"^(\d{4})-(\d\d)-(\d\d)$")
_MONTH = re.compile(r"^(\d{4})-(\d\d)$")
_YEAR = re.compile(r"^(\d{4})$")
_DAY_MONTH = re.compile(r"^--(\d\d)-(\d\d)$")
_RANGE = re.compile(r"^(\d{4})(?:-\d\d)?(?:-\d\d)?/(\d{4})")
_COLLECTION_YEAR = re.compile(r"(?<!\d)(19[4-9]\d|20\d\d)(?!\d)")
# Years a news text may plausibly be written in; a plan `đến năm 2045` is not a date of writing.
_EARLIEST, _LATEST = 1990, 2030


@dataclass(frozen=True, slots=True)
class Estimate:
    day: str  # YYYY-MM-DD (a month or a year: its first day)
    precision: str  # day | month | year
    how: str  # text | text+outlet | outlet | term


def _plausible(year: str) -> bool:
    return _EARLIEST <= int(year) <= _LATEST


def collection_year(article: Article) -> str | None:
    """The year the collection an article came from is named by (`baomoi.com (2017)`), or that its
    id carries (`news2026/...`)."""
    for text in (article.source.collection or "", article.id.split("/", 1)[0]):
        found = _COLLECTION_YEAR.search(text)
        if found:
            return found.group(1)
    return None


@cache
def _target_cues() -> tuple[str, ...]:
    return tuple(fold_key(line) for line in load_lines("kb/date_target_cues.txt"))


def _said_dates(article: Article) -> list[str]:
    """The values of the dates the text states, less targets (`đến năm 2030`)."""
    if not article.dates:
        return []
    text = article.text
    cues = _target_cues()
    out = []
    for d in article.dates:
        if not d.value:
            continue
        before = fold(text[max(0, d.start - 16):d.start])  # only the words before: folding is costly
        if not any(cue in before for cue in cues):
            out.append(d.value)
    return out


def from_text(article: Article) -> Estimate | None:
    values = _said_dates(article)
    outlet_year = collection_year(article)
    anchor = _anchor(values, outlet_year)
    # A history recalled (`ngày 2/9/1945`) or a deadline set (`trước 31/12/2030`) is no day of
    # writing: full dates count in the year the text is anchored in (the collection's, else the
    # year its dates name most) or the year before.
    full = sorted(v for v in values if (m := _FULL.match(v)) and _plausible(m[1])
                  and (anchor is None or int(anchor) - 1 <= int(m[1]) <= int(anchor)))
    if full:
        return Estimate(full[-1], "day", "text")
    years = Counter(v for v in values if _YEAR.match(v) and _plausible(v))
    day_months = sorted(f"{m[1]}-{m[2]}" for v in values if (m := _DAY_MONTH.match(v)))
    months = sorted(v for v in values if (m := _MONTH.match(v)) and _plausible(m[1]))
    if day_months:
        year = outlet_year or _most_named(years)
        if year is not None:
            return Estimate(f"{year}-{day_months[-1]}", "day", "text+outlet" if outlet_year else "text")
    if months:
        return Estimate(f"{months[-1]}-01", "month", "text")
    if outlet_year:
        return Estimate(f"{outlet_year}-01-01", "year", "outlet")
    year = _most_named(years)
    if year is not None:
        return Estimate(f"{year}-01-01", "year", "text")
    terms = sorted(m[1] for v in values if (m := _RANGE.match(v)) and _plausible(m[1]))
    if terms:
        return Estimate(f"{terms[-1]}-01-01", "year", "term")
    return None


def _anchor(values: list[str], outlet_year: str | None) -> str | None:
    if outlet_year:
        return outlet_year
    named = Counter(v[:4] for v in values if re.match(r"^\d{4}", v) and _plausible(v[:4]))
    return _most_named(named)


def _most_named(years: Counter[str]) -> str | None:
    if not years:
        return None
    return max(years, key=lambda y: (years[y], y))


def from_offices(spans: Iterable[tuple[str | None, str | None]]) -> Estimate | None:
    """The year in which every office the article names was attested (the offices' first and last
    dated days): the latest year all spans share, or None when they share none."""
    low, high = None, None
    for first, last in spans:
        if not first or not last:
            continue
        low = first[:4] if low is None or first[:4] > low else low
        high = last[:4] if high is None or last[:4] < high else high
    if low is None or high is None or low > high:
        return None
    return Estimate(f"{high}-01-01", "year", "term")
