"""A named body's capitalised run ends before the family name of its holder, after an office title
(`Giám đốc Công ty Phú Việt Tín Nguyễn Văn A`). A companion of `grammar` (and of `union`, which
cuts an association read after a central board the same way); it takes the parser and its
`Body` as they come, so that it imports neither.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from diembao.lexicon.bodies import grammar
from diembao.lexicon.persons import surnames
from diembao.text.tokens import Token

_CONNECTORS = frozenset(grammar()["connectors"])


def without_person_tail(tokens: Sequence[Token], body: Any, parser: Any) -> Any:
    """`Giám đốc Công ty Phú Việt Tín Nguyễn Văn A`: after an office title, a named body's
    capitalised run ends before the family name that begins its holder's name."""
    if body.kind not in ("named", "board") or body.parents:
        return body
    family = surnames()
    for k in range(body.start + 2, body.end - 1):
        if tokens[k].low not in family or _in_place(parser, k):
            continue
        run = k
        while run < body.end and tokens[run].cap and not tokens[run].upper:
            run += 1
        head = parser.lex.named_heads.longest(tokens, body.start) if body.kind == "named" else None
        if head is not None and head[0] >= k:
            continue  # `Giám đốc Công ty Hoàng Dân`: the name after the head is the company's own
        if 2 <= run - k <= 4:
            # `Quân chủng Hải quân và Phó Đô đốc A`: a connector before the holder joins nothing.
            while k - 1 > body.start + 1 and tokens[k - 1].low in _CONNECTORS:
                k -= 1
            # The name may begin with a head the title wrote (`Trưởng ban` + `Dân nguyện`), so the
            # tail is cut off its end rather than counted from its start.
            tail = parser._text(k, body.end)
            if not body.name.endswith(tail):
                return body
            cut = type(body)(body.start, k, body.name[:-len(tail)].rstrip(), body.kind, body.implicit)
            # `Sở Tài chính TP Nguyễn Văn A`: the bare `TP` left at the end is the main place's.
            return parser._admin_tail(cut, body.start + 1)
    return body


def _in_place(parser: Any, k: int) -> bool:
    """Whether token k is inside a place's name (`huyện Kim Bôi`: `Kim` is a family name too)."""
    return any(start <= k < end for start, (end, _span) in parser.place_at.items() if start >= k - 2)
