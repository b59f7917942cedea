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
from functools import cache

from diembao.extract.bodies.grammar import Body
from diembao.extract.titles import TitleMatch
from diembao.lexicon.bodies import member_titles, units
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
