"""Facilities named after the unit they stand in (`data/gazetteer/facilities.tsv`), and the
communes, wards and district-level units of the gazetteer by name, with the provinces that hold
a unit of that name (after the 2025 merger: a name's province is the same in either era)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from diembao.lexicon.files import load_tsv, tsv_columns
from diembao.lexicon.gazetteer import gazetteer
from diembao.text import fold_key

FACILITIES = "gazetteer/facilities.tsv"
_WARD_KINDS = {"phường": "ward", "xã": "commune", "thị trấn": "township", "đặc khu": "special_zone"}
_DISTRICT_KINDS = {"quận": "district", "huyện": "district", "thị xã": "town", "thành phố": "city"}


@dataclass(frozen=True, slots=True)
class Units:
    """Folded unit names -> (kind, the post-2025 provinces holding a unit of that name), for the
    units before the reorganisation of 1 July 2025 and after it: a ward named after an airport in
    2025 (`Tân Sơn Nhất`) is not what an article of 2017 names."""

    before: dict[str, tuple[str, frozenset[str]]]
    after: dict[str, tuple[str, frozenset[str]]]


@cache
def facility_pattern() -> re.Pattern[str]:
    """Matches a facility word of the folded text, ending where its name should begin."""
    rows = load_tsv(FACILITIES, ("word", "not_after"))
    parts = []
    for row in sorted(rows, key=lambda r: -len(r["word"])):
        guards = "".join(rf"(?<!\b{re.escape(w)} )" for w in row["not_after"].split("|") if w)
        parts.append(guards + re.escape(row["word"]))
    return re.compile(r"(?<!\w)(?:" + "|".join(parts) + r") (?=\w)")


def province_key(name: str) -> str | None:
    """The post-2025 province, folded, of a province named before or after the merger."""
    place = gazetteer().province(name)
    if place is None:
        return None
    return fold_key(place.merged_into or place.name)


@cache
def units() -> Units:
    eras: dict[str, dict[str, tuple[str, set[str]]]] = {"pre2025": {}, "post2025": {}}

    def add(era: str, name: str, kind: str, province: str) -> None:
        key = province_key(province)
        if key is not None:
            eras[era].setdefault(fold_key(name), (kind, set()))[1].add(key)

    # districts first: a name that is a district and one of its wards (`Long Biên`) is the district
    for name, unit, province in tsv_columns("gazetteer/districts.tsv", ("name", "unit", "province")):
        add("pre2025", name, _DISTRICT_KINDS.get(fold_key(unit), "district"), province)
    for name, unit, province, era in tsv_columns("gazetteer/wards.tsv", ("bare", "unit", "province", "era")):
        add(era, name, _WARD_KINDS.get(fold_key(unit), "commune"), province)

    shared: dict[tuple[str, frozenset[str]], tuple[str, frozenset[str]]] = {}

    def frozen(table: dict[str, tuple[str, set[str]]]) -> dict[str, tuple[str, frozenset[str]]]:
        # a few hundred distinct (kind, provinces) values for 17,000 names: one object each
        return {k: shared.setdefault((kind, frozenset(v)), (kind, frozenset(v))) for k, (kind, v) in table.items()}

    return Units(frozen(eras["pre2025"]), frozen(eras["post2025"]))
