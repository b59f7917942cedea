"""The institution a Party committee left without its parent belongs to, from the next title of
its chain (`bodies/__init__.py` complete_chain).

`Phó Bí thư Đảng ủy, Chủ tịch UBND xã X`: the commune's Party committee is `Đảng ủy xã X`, not
of its people's committee. `Đảng ủy viên, Trưởng phòng Tổ chức cán bộ Viện Kiểm sát nhân dân
tỉnh X`: a department of an institution has no committee of its own; the member sits in the
institution's (`Đảng ủy Viện Kiểm sát nhân dân tỉnh X`). A membership title written with the
committee's head inside it (`Đảng ủy viên`, `data/orgs/chain_parents.json`) names that committee.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import cache

from diembao.extract.bodies.grammar import Body
from diembao.extract.bodies.names import with_admin_word
from diembao.extract.titles import TitleMatch
from diembao.lexicon.bodies import member_titles, units, unshared_titles
from diembao.lexicon.gazetteer import gazetteer
from diembao.text import fold_key
from diembao.text.tokens import Token


@cache
def _people_heads() -> tuple[str, ...]:
    """The heads of the people's bodies of a place (`UBND`, `HĐND`), folded, with a space after."""
    return tuple(fold_key(h) + " " for h in units()["bare_complete"])


def member_head(tokens: Sequence[Token], match: TitleMatch) -> str | None:
    """The committee a membership title names inside itself (`Đảng ủy viên` -> `Đảng ủy`), or None."""
    written = fold_key(" ".join(t.text for t in tokens[match.start:match.end]))
    return next((head for phrase, head in member_titles() if written == phrase or written.endswith(" " + phrase)),
                None)


def committee_parent(neighbour: Body, root: str) -> str:
    """What a Party committee of the chain belongs to, given the next title's body and its root:
    the place of a people's body, the institution a department is of, else the root."""
    key = fold_key(neighbour.name)
    if neighbour.place and neighbour.kind == "local":
        head = next((h for h in _people_heads() if key.startswith(h)), None)
        if head is not None:
            return " ".join(neighbour.name.split(" ")[len(head.split()):])
    if neighbour.kind != "board" and neighbour.parents:
        return neighbour.parents[-1]
    return root


_PLACED_KINDS = frozenset({"committee", "local", "department"})


def written_place(body: Body, neighbours: Sequence[Body]) -> Body:
    """`bí thư Tỉnh ủy, chủ tịch HĐND tỉnh Đăk Nông` in an article about another province: a body
    completed with the article's place takes the place a neighbour of its chain writes, of the
    same level (a province for a province), before the article's."""
    if not body.implicit or not body.place or body.kind not in _PLACED_KINDS or not body.name.endswith(body.place):
        return body
    g = gazetteer()
    level = g.is_province(body.place)
    for other in neighbours:
        if other.implicit or not other.place or other.kind not in _PLACED_KINDS:
            continue
        if fold_key(other.place) == fold_key(body.place) or g.is_province(other.place) != level:
            return body
        # The place as the neighbour writes it (`Đăk Nông`), not its canonical spelling.
        size = len(other.place.split())
        written = " ".join(other.name.split()[-size:])
        if fold_key(written) != fold_key(other.place) and not g.is_province(written):
            return body
        name = body.name[:len(body.name) - len(body.place)] + written
        return replace(body, name=name, place=other.place, implicit=False)
    return body


def shares_body(title: str) -> bool:
    """Whether a title with no body of its own may share the next title's (`Hạ nghị sỹ` may not)."""
    return fold_key(title) not in unshared_titles()


def placed_name(body: Body, place: str) -> str:
    """The name of a local body or department left without its place, completed with a
    neighbour's province: with the admin word a province's bodies are written with (`Giám đốc
    Công an` beside `Thành ủy Hà Nội` -> `Công an thành phố Hà Nội`), unless the name ends with one."""
    known = gazetteer().province(place)
    last = fold_key(body.name.split(" ")[-1])
    if body.kind not in ("local", "department") or known is None or last in _admin_words():
        return f"{body.name} {place}"
    return f"{body.name} {with_admin_word(place, city=known.kind == 'city')}"


@cache
def _admin_words() -> frozenset[str]:
    return frozenset(w for written in units()["admin_words"] for w in fold_key(written).split())
