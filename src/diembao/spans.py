"""Spans that stages hand to later stages through `Doc.layers` (not part of the output record)."""

from __future__ import annotations

from dataclasses import dataclass


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
    """An office title in the text (`Phó Bí thư Thường trực`), with the body it names if any."""

    start: int
    end: int
    title: str
    org: str | None = None
    org_end: int | None = None
