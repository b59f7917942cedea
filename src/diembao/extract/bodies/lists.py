"""Bodies written as a list after one head: `Các Bộ: Y tế, Công Thương, Tài chính` names one
ministry per field after `Bộ:`. A companion of `grammar`, read with its parser."""

from __future__ import annotations

from typing import TYPE_CHECKING

from diembao.lexicon.bodies import grammar

if TYPE_CHECKING:
    from diembao.extract.bodies.grammar import Body, BodyParser

_G = grammar()


def ministry_list(parser: BodyParser, i: int) -> list[Body]:
    """One ministry per field after `Bộ:` at token i; empty when the list is not there."""
    from diembao.extract.bodies.grammar import Body

    tokens = parser.tokens
    if i + 2 >= len(tokens) or tokens[i].low != _G["ministry_word"] or tokens[i + 1].text != ":":
        return []
    out: list[Body] = []
    k = i + 2
    while k < len(tokens):
        found = parser.lex.domains.longest(tokens, k)
        if found is None:
            break
        end = found[0]
        out.append(Body(k, end, f"{_G['ministry']} {parser._text(k, end)}", "ministry"))
        if end < len(tokens) and tokens[end].text in ",;" and end + 1 < len(tokens):
            k = end + 1
        else:
            break
    return out
