"""A school whose head word the press writes in lower case: `sinh viên trường Đại học Nông Lâm`,
`học sinh trường THPT chuyên Trần Phú`. The grammar starts a body only at a capital, so it read
`Đại học Nông Lâm` without its head, or nothing where the kind is an abbreviation (`THPT`). With
a kind of school after it (`data/orgs/mentions.json` lower_school_kinds), the lower-case head is
the school's, and the guidelines name it with a capital (`Trường Đại học Nông Lâm`). A plural
before it (`các trường đại học`) makes it generic. A companion of `grammar`, read with its parser.
"""

from __future__ import annotations

from dataclasses import replace

from diembao.extract.bodies.grammar import Body, BodyParser
from diembao.lexicon.org_mentions import org_mentions, school_kinds
from diembao.text import fold_key

_HEAD = fold_key(org_mentions()["lower_school_head"])


def lower_school(parser: BodyParser, i: int) -> Body | None:
    """The school whose lower-case head word is token `i`, else None."""
    tokens = parser.tokens
    t = tokens[i]
    if t.cap or t.low != _HEAD or i + 1 >= len(tokens) or not parser._joined(i + 1):
        return None
    plural = parser.lex.plural
    if i > 0 and (tokens[i - 1].low in plural or (i > 1 and f"{tokens[i - 2].low} {tokens[i - 1].low}" in plural)):
        return None
    if school_kinds().longest(tokens, i + 1) is None:
        return None
    body = parser.parse(i, relaxed=True)
    if body is None or body.end <= i + 1:
        return None
    # The mention is the capitalised name as written, which flat NER tags without the common noun.
    return replace(body, start=i + 1, name=body.name[:1].upper() + body.name[1:])
