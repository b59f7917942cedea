"""Sub-units and the body they belong to, where the text does not join them by the grammar.

`Cục Chống buôn lậu - Thanh tra Chính phủ`: a dash before the parent reads, to the name grammar,
as a connector inside one name (`Ban Kinh tế - Ngân sách`); where what follows the dash is a body
a sub-unit belongs to, the two are the sub-unit named with its parent, as the guidelines write it.
`Phòng Cảnh sát hình sự, Công an tỉnh X`: a unit left without its parent takes the local body of
a written place after the comma. `Phòng Tài chính` in an article about one district is that
district's office (`Phòng Tài chính huyện Cái Bè`), as a bare `UBND huyện` is that district's.
A companion of `grammar`, read with its parser.
"""

from __future__ import annotations

from functools import cache

from diembao.extract.bodies.grammar import Body, BodyParser
from diembao.lexicon.bodies import grammar
from diembao.lexicon.gazetteer import gazetteer
from diembao.text import fold_key

_G = grammar()
_DASHES = frozenset(_G["dash_gaps"])
_LOCAL_PARENTS = frozenset(_G["local_parent_kinds"])
_SUBUNIT_HEADS = tuple(_G["subunit_heads"])
_SUBUNIT_PARENTS = tuple(_G["subunit_parents"])
_CONNECTORS = frozenset(fold_key(c) for c in _G["connectors"])


def _key(name: str) -> str:
    """A name's words without the connectors of its field (`Tài nguyên - Môi trường` is
    `Tài nguyên và Môi trường`)."""
    return " ".join(w for w in fold_key(name).split() if w not in _CONNECTORS)


@cache
def _district_offices() -> frozenset[str]:
    return frozenset(_key(name) for name in _G["district_offices"])


def is_district_office(name: str) -> bool:
    """Whether `name` is an office every district has (`Phòng Tài chính - Kế hoạch`)."""
    return _key(name) in _district_offices()


def _is_subunit(parser: BodyParser, body: Body) -> bool:
    head = fold_key(parser._text(body.start, min(body.start + 2, body.end)))
    return any(head == h or head.startswith(h + " ") for h in _SUBUNIT_HEADS)


def takes_parent(parent: Body) -> bool:
    """A body sub-units are written before: a ministry, a central body, a general department."""
    first = fold_key(parent.name).split(" ")
    return parent.kind in ("ministry", "central") or any(" ".join(first[:len(h.split())]) == h
                                                        for h in _SUBUNIT_PARENTS)


def local_parent(body: Body, parent: Body) -> bool:
    """A unit the grammar left without its parent (`Phòng Cảnh sát hình sự`) is of the local
    body of a written place after it."""
    return body.incomplete and body.needs == "parent" and parent.kind in _LOCAL_PARENTS \
        and not parent.incomplete and parent.place is not None


def parent_after_gap(parser: BodyParser, body: Body) -> Body:
    """`Vụ Tổ chức cán bộ, Bộ Xây dựng`, `Cục Quản lý đấu thầu (Bộ Kế hoạch và Đầu tư)`: a
    sub-unit with its ministry or general department written after a comma, dash or bracket
    is named with it, as the guidelines name it."""
    tokens, j = parser.tokens, body.end
    if body.parents or body.kind not in ("named", "board") or j + 1 >= len(tokens):
        return body
    if not _is_subunit(parser, body):
        return body
    # `Cục Quản lý xây dựng công trình (QLXDCT), Bộ …`: the acronym the article defines for the
    # sub-unit stands between it and the gap.
    if j + 3 < len(tokens) and tokens[j].text == "(" and tokens[j + 1].upper and tokens[j + 2].text == ")":
        j += 3
    gap = tokens[j].text
    if gap not in (",", "-", "–", "("):
        return body
    parent = parser.parse(j + 1)
    if parent is None:
        return body
    if not takes_parent(parent) and not local_parent(body, parent):
        return body
    if gap == "(" and (parent.end >= len(tokens) or tokens[parent.end].text != ")"):
        return body
    # The mention stays the sub-unit's own words: the parent is a mention of its own (flat
    # NER, as vtner tags it, keeps `Vụ Tổ chức cán bộ` and `Bộ Xây dựng` apart).
    return Body(body.start, body.end, f"{body.name} {parent.name}", body.kind, True,
                parents=(parent.name, *parent.parents), place=parent.place)


def parent_after_dash(parser: BodyParser, body: Body) -> Body:
    """`Vụ Kế hoạch - Tổng cục Thủy lợi`: the sub-unit, named with the parent after its dash; its
    mention is the sub-unit's own words, the parent is a mention of its own."""
    tokens = parser.tokens
    if body.kind not in ("named", "board") or not _is_subunit(parser, body):
        return body
    for k in range(body.start + 2, body.end - 1):
        if tokens[k].text not in _DASHES:
            continue
        parent = parser.parse(k + 1)
        if parent is None or parent.end != body.end or parent.incomplete or not takes_parent(parent):
            continue
        # The grammar may have read the parent already, with the dash left inside the name.
        tail = next((t for t in (parser._text(k, body.end), f"{tokens[k].text} {parent.name}")
                     if body.name.endswith(t)), None)
        if tail is None:
            return body
        own = body.name[:-len(tail)].rstrip()
        return Body(body.start, k, f"{own} {parent.name}", body.kind, True,
                    parents=(parent.name, *parent.parents), place=parent.place)
    return body


def of_district(parser: BodyParser, body: Body) -> Body:
    """`Phòng Tài chính` written bare where the text is about a district: that district's office,
    named with the district's unit word (`huyện`, `quận`, `thị xã`, `thành phố`)."""
    if body.parents or body.incomplete or body.place or body.kind not in ("named", "board", "known", "central"):
        return body
    if _key(body.name) not in _district_offices():
        return body
    district = parser._implicit_place("district", admin_written=False, at=body.start)
    unit = _unit_word(district, parser.context.province) if district else None
    if district is None or unit is None:
        return body
    return Body(body.start, body.end, f"{body.name} {unit} {district}", body.kind, True, place=district)


def _unit_word(district: str, province: str | None) -> str | None:
    """The unit word of a district-level place, preferring the one of the article's province and
    today's unit over a former one."""
    found = [p for p in gazetteer().lookup(district) if p.unit and p.kind in ("district", "town", "city")
             and p.province is not None]
    if province is not None:
        found = [p for p in found if fold_key(p.province or "") == fold_key(province)] or found
    found.sort(key=lambda p: p.era is not None)
    return found[0].unit if found else None
