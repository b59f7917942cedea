"""Writings the grammar reads as bodies that name none (`data/orgs/mentions.json`):

- a head followed by nothing but a place (`Vụ Yên Bái đang được thanh tra`: the affair; `gần
  Trung tâm Thái Bình Dương`: the middle of an ocean), for the heads of place_only_heads, whose
  bodies have a field of their own before the place;
- a named head alone (`Công ty`, what is left where the name after it was read as a person's).

And a named body's name that ends in a number stops there (`Quân khu 9 cấp thửa đất` is `Quân
khu 9`): the lower-case words after the number are the sentence's. A companion of `grammar`.
"""

from __future__ import annotations

from dataclasses import replace

from diembao.extract.bodies.grammar import Body, BodyParser
from diembao.lexicon.gazetteer import gazetteer
from diembao.lexicon.org_mentions import place_only_heads


def weak(parser: BodyParser, body: Body) -> bool:
    """Whether `body` is a writing that names no body."""
    if body.kind != "named" or body.parents or body.end <= body.start:
        return False
    tokens = parser.tokens
    found = parser.lex.named_heads.longest(tokens, body.start)
    if found is not None and found[0] >= body.end:
        return True
    head = place_only_heads().longest(tokens, body.start)
    if head is None:
        return False
    place = parser.place_at.get(head[0])
    if place is not None:
        return place[0] == body.end
    # A sea or a region may be no place span of the text; the gazetteer still knows it.
    return head[0] < body.end and bool(gazetteer().lookup(parser._text(head[0], body.end)))


def without_number_tail(parser: BodyParser, body: Body | None) -> Body | None:
    """The named body cut after the number its name ends with, where only lower-case words
    follow the number."""
    if body is None or body.kind != "named" or body.parents or body.implicit:
        return body
    tokens = parser.tokens
    for k in range(body.start + 1, body.end - 1):
        if not tokens[k].text.isdigit():
            continue
        rest = tokens[k + 1:body.end]
        if rest and all(t.word and not (t.cap or t.upper) and not t.text[0].isdigit() for t in rest):
            written = parser._text(k + 1, body.end)
            if body.name.endswith(" " + written):
                return replace(body, end=k + 1, name=body.name[:-len(written) - 1])
        return body
    return body
