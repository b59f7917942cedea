"""Names of bodies apart from parsing them: a province as a body's name writes it, and the kind of
a body known only by its name."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from diembao.lexicon.bodies import grammar, lexicon
from diembao.lexicon.gazetteer import is_country
from diembao.lexicon.persons import surnames, title_heads
from diembao.text import fold
from diembao.text.syllables import is_syllable
from diembao.text.tokens import Token, tokenize

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


def country_before_foreign_name(tokens: Sequence[Token], k: int, joined: Callable[[int], bool]) -> int | None:
    """Where a country at token k ends when a foreign name follows it: `Hội đồng An ninh Nga
    Dmitry Medvedev` is the council of Nga, the rest its officer's name (two capitalised words
    right after, one of them no Vietnamese syllable)."""
    for size in (2, 1):
        end = k + size
        if end + 1 >= len(tokens) or not is_country(" ".join(t.text for t in tokens[k:end])):
            continue
        name = tokens[end:end + 2]
        if all(t.cap and joined(end + n) for n, t in enumerate(name)) and any(not is_syllable(t.text) for t in name):
            return end
    return None


def ends_a_name(tokens: Sequence[Token], i: int, joined: Callable[[int], bool]) -> bool:
    """Token i ends a person's name (`Nguyễn Xuân Trường - Giám đốc …`: `Trường` starts no school):
    one to three capitalised words right before it, the first a family name."""
    family, heads = surnames(), title_heads()
    k = i
    while k > 0 and i - k < 3 and tokens[k - 1].cap and tokens[k - 1].word and joined(k):
        k -= 1
        # `Phó Trưởng Ban …`: a family name that heads a title starts no name there
        if tokens[k].low in family and tokens[k].low not in heads:
            return True
    return False
