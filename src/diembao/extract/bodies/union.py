"""Central boards beside the Party's own.

- The Youth Union's: `Ban Thường vụ Trung ương Đoàn`, `Ủy ban Kiểm tra Trung ương Đoàn`, `Ban
  Chấp hành Trung ương Đoàn`. A central board's name ends with the central level, which the Party's
  boards share (`Ban Chấp hành Trung ương` is the Party's, `data/orgs/units.json` aliases); the
  capitalised word for the Union right after it makes the board the Union's, and it belongs to the
  name (a verb in lower case, `đoàn kết`, does not).
- The standing board of a central Party committee written without its head word (`Thường vụ Quân
  ủy Trung ương`), as a province's is (`units.json` party_central_committees; not `Quốc hội`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from diembao.lexicon.bodies import Lexicon, grammar, lexicon
from diembao.text import fold_key
from diembao.text.tokens import Token

_MARKER_REACH = 3  # tokens of a central marker (`Trung ương`, `TƯ`, `T.Ư`)


def union_end(tokens: Sequence[Token], j: int, lex: Lexicon, joined: Callable[[int], bool]) -> int | None:
    """The token after `Đoàn` when it stands at token j right after a central marker, else None;
    after the Union's full name where it follows (`Trung ương Đoàn Thanh niên Cộng sản Hồ Chí
    Minh`: a central body of the lexicon)."""
    if j >= len(tokens) or not joined(j) or not tokens[j].cap or tokens[j].low != grammar()["youth_union"]:
        return None
    for back in range(1, _MARKER_REACH + 1):
        found = lex.central_markers.longest(tokens, j - back) if j - back >= 0 else None
        if found is not None and found[0] == j:
            full = lex.central.longest(tokens, j - back)
            return full[0] if full is not None and full[0] > j + 1 else j + 1
    return None


def has_board(kind: str, name: str) -> bool:
    """A Party committee, of a place or a central one, whose standing board `Thường vụ X` is."""
    return kind == "committee" or (kind == "central" and fold_key(name) in lexicon().party_central)
