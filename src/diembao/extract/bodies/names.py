"""Names of bodies apart from parsing them: a province as a body's name writes it, and the kind of
a body known only by its name."""

from __future__ import annotations

from diembao.lexicon.bodies import grammar, lexicon
from diembao.text import fold
from diembao.text.tokens import tokenize

_G = grammar()


def with_admin_word(place: str, *, city: bool) -> str:
    """A province as a body's name writes it: `tỉnh Tiền Giang`, `thành phố Hà Nội`; a name
    that already says what it is (`TP Hồ Chí Minh`) stays as it is."""
    return place if place.startswith("TP ") else f"{_G['admin_words']['city' if city else 'province']} {place}"


def kind_of_name(name: str) -> str:
    """The kind of a body known only by its name (a parent written after a board)."""
    tokens = tokenize(name, fold(name))
    lex = lexicon()
    for trie, kind in ((lex.central, "central"), (lex.committees, "committee"), (lex.local, "local"),
                       (lex.ministry_heads, "ministry"), (lex.boards, "board")):
        if trie.longest(tokens, 0) is not None:
            return kind
    return "named"
