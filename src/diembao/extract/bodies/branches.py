"""What the press writes after a body's name that is still the body's.

A body's branch in a place: `Ngân hàng Nhà nước chi nhánh Nghệ An`, `VietinBank chi nhánh Hà Nội`.
A known or central body's name ends where the lexicon's does; the lower-case branch word and the
place right after it name the branch, which is the body the press and the guidelines mean (its
director directs the branch, not the bank). Branch words: `data/orgs/grammar.json` branch_words.
And a company's legal form after its place (`… Sài Gòn TNHH Một thành viên`, legal_form_suffixes).
A companion of `grammar`, read with its parser.
"""

from __future__ import annotations

from dataclasses import replace

from diembao.extract.bodies.grammar import Body, BodyParser
from diembao.lexicon.bodies import grammar
from diembao.text import fold_key
from diembao.text.tokens import PhraseTrie

_WORDS = PhraseTrie()
for _w in grammar().get("branch_words", ()):
    _WORDS.add(_w, _w)
_KINDS = ("central", "known", "named")


def with_branch(parser: BodyParser, body: Body | None) -> Body | None:
    """The body with the branch and place written right after it, else as is."""
    if body is None or body.kind not in _KINDS or body.parents or body.incomplete:
        return body
    tokens, j = parser.tokens, body.end
    if j >= len(tokens) or not parser._joined(j) or tokens[j].cap:
        return body
    found = _WORDS.longest(tokens, j)
    if found is None or found[0] >= len(tokens) or not parser._joined(found[0]):
        return body
    admin = parser._admin(found[0])
    place = parser._place(admin[0] if admin else found[0])
    if place is None or place[1].kind == "country":
        return body
    end = place[0]
    return replace(body, end=end, name=f"{body.name} {parser._text(j, end)}", place=place[1].name)


_FORMS = PhraseTrie()
for _f in grammar().get("legal_form_suffixes", ()):
    _FORMS.add(_f, _f)
_COMPANY_HEADS = tuple(fold_key(h) for h in grammar()["trade_word_heads"])


def with_legal_form(parser: BodyParser, body: Body | None) -> Body | None:
    """`Tổng công ty Xây dựng Sài Gòn TNHH Một thành viên`: a company whose name ended at its place
    goes on with the legal form written after it, which is part of its registered name."""
    if body is None or body.kind != "named" or body.parents or body.incomplete:
        return body
    if not fold_key(body.name).startswith(_COMPANY_HEADS):
        return body
    tokens, j = parser.tokens, body.end
    if j >= len(tokens) or not parser._joined(j):
        return body
    found = _FORMS.longest(tokens, j)
    if found is None:
        return body
    return replace(body, end=found[0], name=f"{body.name} {parser._text(j, found[0])}")
