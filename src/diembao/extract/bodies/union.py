"""Central boards beside the Party's own.

- A mass organisation's: `Ban Chấp hành Trung ương Hội Luật gia Việt Nam` (the association's board).
- The Youth Union's: `Ban Thường vụ Trung ương Đoàn`, `Ủy ban Kiểm tra Trung ương Đoàn`, `Ban
  Chấp hành Trung ương Đoàn`. A central board's name ends with the central level, which the Party's
  boards share (`Ban Chấp hành Trung ương` is the Party's, `data/orgs/units.json` aliases); the
  capitalised word for the Union right after it makes the board the Union's, and it belongs to the
  name (a verb in lower case, `đoàn kết`, does not).
- The standing board of a central Party committee written without its head word (`Thường vụ Quân
  ủy Trung ương`), as a province's is (`units.json` party_central_committees; not `Quốc hội`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from diembao.extract.bodies.holder import without_person_tail
from diembao.lexicon.bodies import Lexicon, grammar, lexicon
from diembao.text import fold_key
from diembao.text.tokens import Token

_MARKER_REACH = 3  # tokens of a central marker (`Trung ương`, `TƯ`, `T.Ư`)


def central_member(parser: Any, j: int) -> tuple[int, tuple[str, ...]] | None:
    """(the token after the member, the bodies the board belongs to) where a mass organisation
    stands at token j right after a central marker, else None: the Union (`Đoàn`, with its full
    name where it follows: a central body of the lexicon) or an association the grammar reads
    there (`Ban Chấp hành Trung ương Hội Luật gia Việt Nam`, whose board it is)."""
    tokens: Sequence[Token] = parser.tokens
    lex: Lexicon = parser.lex
    if j >= len(tokens) or not parser._joined(j) or not tokens[j].cap:
        return None
    if tokens[j].low == grammar()["association"]:
        body = parser.parse(j) if _after_marker(tokens, j, lex) else None
        if body is None or body.start != j:
            return None
        # the holder's name after it is no part of it (`BCH T.Ư Hội NDVN Lại Xuân Môn`)
        body = without_person_tail(tokens, body, parser)
        return body.end, (body.name,)
    if tokens[j].low != grammar()["youth_union"] or not _after_marker(tokens, j, lex):
        return None
    full = lex.central.longest(tokens, _marker_start(tokens, j, lex))
    return (full[0] if full is not None and full[0] > j + 1 else j + 1), ()


def _marker_start(tokens: Sequence[Token], j: int, lex: Lexicon) -> int:
    for back in range(1, _MARKER_REACH + 1):
        found = lex.central_markers.longest(tokens, j - back) if j - back >= 0 else None
        if found is not None and found[0] == j:
            return j - back
    return -1


def _after_marker(tokens: Sequence[Token], j: int, lex: Lexicon) -> bool:
    return _marker_start(tokens, j, lex) >= 0


def has_board(kind: str, name: str) -> bool:
    """A Party committee, of a place or a central one, whose standing board `Thường vụ X` is."""
    return kind == "committee" or (kind == "central" and fold_key(name) in lexicon().party_central)
