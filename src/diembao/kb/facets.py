"""Facets: the filters of a search, indexed beside the words.

Each article's row in the full-text index carries, in a column of its own, one token per entity
it is linked to (`pe12` person 12, `or4` body 4, `pl7` place 7, `do31` document 31, `ev5` event 5),
one for its outlet, and its day at three grains (`yr2021`, `mo202111`, `dy20211110`). A filter is
then one more condition of the full-text query (`{facts} : "pe12"`), and the engine intersects
it with the words as it does words with words: a search with a person filter ranks only that
person's matching articles, however common the words.

Entity ids never change while an article is stored (an entity is removed only with its last
article, and merges never move old articles), so the tokens stay true until the article itself
is replaced, when its row is re-indexed. A date range is the fewest tokens that cover it: whole
years, then whole months, then days.
"""

from __future__ import annotations

import calendar
import hashlib
from collections.abc import Iterable
from datetime import date, timedelta

from diembao.text import fold_key

FACET_COLUMN = "facts"
PREFIX = {"person": "pe", "organization": "or", "place": "pl", "document": "do", "event": "ev"}


def article_tokens(links: Iterable[tuple[str, int]], outlet: str | None, day: str | None) -> str:
    """The facet column of one article: its entities, outlet and day, as index tokens."""
    tokens = sorted({f"{PREFIX[kind]}{entity_id}" for kind, entity_id in links if kind in PREFIX})
    if outlet:
        tokens.append(outlet_token(outlet))
    parsed = _day(day)
    if parsed is not None:
        tokens += [f"yr{parsed:%Y}", f"mo{parsed:%Y%m}", f"dy{parsed:%Y%m%d}"]
    return " ".join(tokens)


def outlet_token(outlet: str) -> str:
    return "ou" + hashlib.blake2b(fold_key(outlet).encode(), digest_size=5).hexdigest()


def any_of(tokens: Iterable[str]) -> str:
    """The query condition: at least one of these facet tokens."""
    return "(" + " OR ".join(f'{{{FACET_COLUMN}}} : "{t}"' for t in tokens) + ")"


def entity_tokens(kind: str, ids: Iterable[int]) -> list[str]:
    return [f"{PREFIX[kind]}{i}" for i in ids]


def date_tokens(low: date, high: date) -> list[str]:
    """The fewest year, month and day tokens whose days are exactly `low`..`high`."""
    tokens: list[str] = []
    day = low
    while day <= high:
        year_end = date(day.year, 12, 31)
        month_end = date(day.year, day.month, calendar.monthrange(day.year, day.month)[1])
        if day.month == 1 and day.day == 1 and year_end <= high:
            tokens.append(f"yr{day:%Y}")
            day = year_end + timedelta(days=1)
        elif day.day == 1 and month_end <= high:
            tokens.append(f"mo{day:%Y%m}")
            day = month_end + timedelta(days=1)
        else:
            tokens.append(f"dy{day:%Y%m%d}")
            day += timedelta(days=1)
    return tokens


def _day(text: str | None) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None
