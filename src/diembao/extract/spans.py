"""Spans that stages hand to later stages through `Doc.layers` (not part of the output record)."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass


def nearest(peers: Sequence[tuple[int, int]], start: int) -> int:
    """Of (position, value) pairs sorted by position, none at -1 or below: the value of the
    nearest one before `start`, else of the first one after it (a later mention of a name or a
    document joins the nearest earlier full form, else the first later one)."""
    at = bisect_left(peers, (start, -1))
    return peers[at - 1][1] if at else peers[0][1]


@dataclass(frozen=True, slots=True)
class PlaceSpan:
    """A place named in the text. `start:end` covers the whole expression, administrative word
    included (`huyện Cái Bè`); `name` is the place without it (`Cái Bè`)."""

    start: int
    end: int
    name: str
    kind: str  # country, region, province, city, district, town, commune, ward, ...
    province: str | None = None  # the province (current name as written in the gazetteer) it lies in


@dataclass(frozen=True, slots=True)
class OrgSpan:
    """A body named in the text; `name` is its canonical, context-completed name."""

    start: int
    end: int
    name: str
    kind: str | None = None


@dataclass(frozen=True, slots=True)
class TitleSpan:
    """An office title in the text (`Phó Bí thư Thường trực`) with the body it belongs to.

    `first`/`last` are token indices: the title, and after the title and its body. `chain` is
    the index of the chain of titles (separated by commas) it belongs to."""

    first: int
    last: int
    start: int  # character offsets of the title words
    end: int
    title: str
    org: str | None
    chain: int
    org_written: bool = False  # the body is written in the text, not a convention or a neighbour's
