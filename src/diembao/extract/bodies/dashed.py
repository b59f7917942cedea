"""A company named with two places joined by a dash: `Công ty TNHH Nhà máy bia Heineken Việt
Nam – Đà Nẵng`, `Công ty CP Đầu tư Đà Nẵng – Miền Trung`. The name grammar ends a named body at
its place; a dash and a second place right after it are still the company's name (the branch or
the region it works in), as the press and the guidelines write it. Only companies: for other
bodies the dash begins what follows (`Sở Y tế Hà Nội - nơi …`, a title). Heads:
`data/orgs/grammar.json` dashed_place_heads. A companion of `grammar`, read with its parser.
"""

from __future__ import annotations

from dataclasses import replace

from diembao.extract.bodies.grammar import Body, BodyParser
from diembao.lexicon.bodies import grammar
from diembao.text import fold_key

_G = grammar()
_HEADS = tuple(fold_key(h) for h in _G["dashed_place_heads"])
_DASHES = frozenset(_G["dash_gaps"])


def with_dashed_place(parser: BodyParser, body: Body) -> Body:
    """The company's body with the dash and the second place that follow its place, else as is."""
    tokens, j = parser.tokens, body.end
    if body.kind != "named" or body.parents or j + 1 >= len(tokens) or tokens[j].text not in _DASHES:
        return body
    key = fold_key(body.name)
    if not any(key.startswith(h + " ") for h in _HEADS) or body.name != parser._text(body.start, body.end):
        return body
    # The body must end at a place of its own (`… Việt Nam`), and a place follow the dash.
    if not any((p := parser.place_at.get(k)) is not None and p[0] == j for k in range(body.start + 1, j)):
        return body
    after = parser.place_at.get(j + 1)
    if after is None or not (tokens[j + 1].cap or tokens[j + 1].upper):
        return body
    end = after[0]
    return replace(body, end=end, name=parser._text(body.start, end))
