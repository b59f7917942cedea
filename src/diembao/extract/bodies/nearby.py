"""The district a bare district-level body is of (`UBND huyện`, `Huyện ủy`, `Phòng Tài chính
huyện`): the district of the main province that the text names last before it, when that is
near, before the article's main district. A report that goes through the districts of one
province in turn (`huyện A sẽ họp ngày 24/9. Ông B, Phó Bí thư Huyện ủy ...`, then `huyện C`)
speaks of each in its own paragraph; one main district for all of them is wrong for all but one.
"""

from __future__ import annotations

from collections.abc import Sequence

from diembao.extract.spans import PlaceSpan
from diembao.lexicon.bodies import grammar
from diembao.lexicon.gazetteer import gazetteer
from diembao.text import fold_key

_DISTRICT_KINDS = ("district", "town")


def districts_at(place_at: dict[int, tuple[int, PlaceSpan]]) -> list[tuple[int, str, str | None]]:
    """(first token, name, province) of every district named in the text, in text order."""
    return [(start, span.name, span.province) for start, (_end, span) in sorted(place_at.items())
            if span.kind in _DISTRICT_KINDS]


def _in_province(district_province: str | None, province: str) -> bool:
    if district_province is None:
        return False
    g = gazetteer()
    return fold_key(district_province) == fold_key(province) or g.merged_into(district_province) == province


def nearby_district(districts: Sequence[tuple[int, str, str | None]], at: int, province: str | None) -> str | None:
    """The district of `province` named last before token `at`, within the reach
    (`data/orgs/grammar.json` district_place_reach); None when there is none."""
    if province is None:
        return None
    # One district named alone is the main district or an aside's; only a text that goes through
    # several of the province's districts speaks of each in turn.
    if len({fold_key(name) for _s, name, of in districts if _in_province(of, province)}) < 2:
        return None
    reach = int(grammar()["district_place_reach"])
    for start, name, of in reversed(districts):
        if start >= at:
            continue
        if at - start > reach:
            return None
        if _in_province(of, province):
            return name
    return None
