"""A body's name ends where an office title begins after a dash or `kiêm` (`data/orgs/grammar.json`
title_gaps): `Hà Ban - Phó Trưởng ban Tổ chức Trung ương` is a person's name, then a title, not a
body `Ban - Phó Trưởng ban …`; `Cục QLXDCT kiêm Giám đốc Ban 4` is a body, then a second office.
A companion of `grammar`, read with its parser.
"""

from __future__ import annotations

from collections.abc import Container
from dataclasses import replace

from diembao.extract.bodies.grammar import Body, BodyParser
from diembao.lexicon.bodies import grammar

_GAPS = frozenset(grammar()["title_gaps"])
_MIN_WORDS = 2  # a head alone (`Ban`, `Trường`) is no body


def before_title(parser: BodyParser, body: Body, title_starts: Container[int]) -> Body | None:
    """The body cut before a title written after a gap inside it; None when only its head is
    left, or when its name is not the text it covers (a completed name cannot be cut)."""
    tokens = parser.tokens
    for k in range(body.start + 1, body.end - 1):
        if tokens[k].low not in _GAPS or k + 1 not in title_starts:
            continue
        if body.name != parser._text(body.start, body.end):
            return body
        end = k
        while end > body.start and not tokens[end - 1].word:
            end -= 1
        if end - body.start < _MIN_WORDS:
            return None
        return replace(body, end=end, name=parser._text(body.start, end), parents=(), incomplete=False,
                       needs=None)
    return body
