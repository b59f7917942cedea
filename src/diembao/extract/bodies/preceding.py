"""A unit written bare, of the police or department of a province named just before it.

`Dưới sự chỉ đạo của Giám đốc Công an TP Đà Nẵng, Phòng Cảnh sát kinh tế đã …`, `Ông công tác
tại Sở Tài nguyên và Môi trường Yên Bái, làm chuyên viên tại Trung tâm Đo đạc`: the press names a
unit once its parent is in view and leaves the parent out; the guidelines name the unit with it
(`Phòng Cảnh sát kinh tế Công an TP Đà Nẵng`). The parent is the body named last before the unit,
in its sentence or the one before, when that body is a province's police or department (or a
unit already given to it, `Công an TP.HCM, Phòng PC47, Trung đoàn Cảnh sát cơ động`); any other
body between is what the unit may belong to instead, so none is chosen. A unit with a place of
its own (`Trung tâm Phát triển quỹ đất tỉnh Yên Bái`), a district's office (`Phòng Tài chính -
Kế hoạch`), a facility (`Trung tâm hành chính`, lower-case) or a unit whose parent follows it
(`Phòng Kỹ thuật hình sự, Công an tỉnh X`; `… thuộc Công an tỉnh`) is left alone. Words:
`data/orgs/grammar.json` preceding_*. A companion of `grammar`, read with its parser.
"""

from __future__ import annotations

from collections.abc import Sequence

from diembao.extract.bodies.grammar import Body, BodyParser
from diembao.extract.bodies.subunits import is_district_office
from diembao.lexicon.bodies import grammar
from diembao.lexicon.gazetteer import gazetteer
from diembao.text import fold_key
from diembao.text.tokens import PhraseTrie

_G = grammar()
# Each parent's head -> the heads of its units (a police has no `Trung tâm` of health).
_UNITS_OF = {fold_key(p): tuple(fold_key(h) for h in heads) for p, heads in _G["preceding_units"].items()}
_UNIT_HEADS = tuple(sorted({h for heads in _UNITS_OF.values() for h in heads}))
# The capitals of each head's words as a unit's name writes them (`Ban Giám đốc`).
_HEAD_CASE = {fold_key(h): tuple(w[:1].isupper() for w in h.split(" "))
              for heads in _G["preceding_units"].values() for h in heads}
_PARENT_HEADS = tuple(_UNITS_OF)
_SENTENCES = int(_G["preceding_parent_sentences"])
_SENTENCE_ENDS = frozenset(".!?")
_BLOCKERS = PhraseTrie()
for _b in _G["preceding_blockers"]:
    _BLOCKERS.add(_b, True)


def _starts(name: str, heads: tuple[str, ...]) -> int:
    """The number of words of the head `name` begins with, else 0."""
    key = fold_key(name)
    return next((len(h.split(" ")) for h in heads if key == h or key.startswith(h + " ")), 0)


def _head_of(name: str) -> str:
    key = fold_key(name)
    return next(h for h in _PARENT_HEADS if key == h or key.startswith(h + " "))


def _bare_unit(parser: BodyParser, body: Body) -> bool:
    """A unit with no parent or place of its own, its head and name capitalised; a board (`Ban
    Giám đốc`) may be left waiting for its parent."""
    waiting = body.incomplete and body.needs == "parent"
    if body.kind not in ("named", "board") or body.parents or body.place or body.implicit:
        return False
    if (body.incomplete and not waiting) or not (head := _starts(body.name, _UNIT_HEADS)):
        return False
    tokens = parser.tokens
    named = body.start + head
    written = tokens[body.start:named]
    case = _HEAD_CASE.get(" ".join(t.low for t in written), ())
    if tuple(t.cap or t.upper for t in written) != case:
        return False  # `trung tâm hành chính`, `Ban giám đốc Sở`: a common noun
    if named >= body.end:
        if not waiting:
            return False
    elif not (tokens[named].cap or tokens[named].upper):
        return False  # `Trung tâm điện lực`: a facility
    if any(k in parser.place_at for k in range(body.start, body.end)) or is_district_office(body.name):
        return False
    return not _parent_after(parser, body)


def _parent_after(parser: BodyParser, body: Body) -> bool:
    """The unit's own parent may follow it: `thuộc`, `của`, or a body after a comma or bracket."""
    tokens, j = parser.tokens, body.end
    if j < len(tokens) and _BLOCKERS.longest(tokens, j) is not None:
        return True
    if j < len(tokens) and tokens[j].text in ",(-–" and j + 1 < len(tokens):
        after = parser.parse(j + 1)
        # A sibling unit in a list (`Ban Giám đốc, Phòng Cảnh sát kinh tế`) is no parent.
        return after is not None and not _starts(after.name, _UNIT_HEADS)
    return False


def _a_parent(parser: BodyParser, body: Body) -> bool:
    """A province's police or department, named with its place (`Sở Y tế Hà Nội`)."""
    if body.parents or body.incomplete or not _starts(body.name, _PARENT_HEADS):
        return False
    g = gazetteer()
    if body.place is not None:
        return g.is_province(body.place)
    return any((found := parser.place_at.get(k)) is not None and found[0] == body.end
               and g.is_province(found[1].name) for k in range(body.start + 1, body.end))


def _parent_before(parser: BodyParser, before: Sequence[Body], unit: Body) -> Body | None:
    tokens = parser.tokens
    for prev in reversed(before):
        if prev.end > unit.start or prev.end <= prev.start:
            continue
        ends = sum(1 for t in tokens[prev.end:unit.start] if t.text in _SENTENCE_ENDS)
        if ends > _SENTENCES:
            return None
        if _a_parent(parser, prev):
            return prev if _starts(unit.name, _UNITS_OF[_head_of(prev.name)]) else None
        if prev.parents and prev.implicit and _starts(prev.name, _UNIT_HEADS):
            # A unit already given to a parent: its sibling has the same.
            return Body(prev.start, prev.end, prev.parents[0], "local", parents=prev.parents[1:], place=prev.place)
        if not _bare_unit(parser, prev):
            return None
    return None


def with_preceding_parents(parser: BodyParser, found: Sequence[Body]) -> list[Body]:
    """`found` (bodies in text order) with each bare unit named with its parent before it."""
    out: list[Body] = []
    for body in found:
        if _bare_unit(parser, body) and (parent := _parent_before(parser, out, body)) is not None:
            body = Body(body.start, body.end, f"{body.name} {parent.name}", body.kind, True,
                        parents=(parent.name, *parent.parents), place=parent.place)
        out.append(body)
    return out
