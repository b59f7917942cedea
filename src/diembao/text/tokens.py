"""Words and punctuation of the article text, with offsets, built once per document.

Vietnamese writes one syllable per space-separated word, so a token is a syllable (`Tỉnh`),
a number, an abbreviation (`HĐND`) or one punctuation character. Multi-token phrases are
matched token by token on the folded form (`low`), which makes `TP.HCM`, `TP. HCM` and
`TP . HCM` the same three tokens.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from operator import attrgetter
from typing import NamedTuple

from diembao.text.fold import fold_key

_TOKEN = re.compile(r"([^\W_]+)|(\S)")
_START = attrgetter("start")


class Token(NamedTuple):
    """One token; a named tuple because documents have hundreds and they are built per article."""

    start: int
    end: int
    text: str
    low: str  # folded: lower case, one tone placement
    cap: bool  # first letter upper case
    upper: bool  # every letter upper case (an abbreviation such as HĐND), at least 2 letters
    word: bool  # letters or digits, not punctuation


def tokenize(text: str, folded: str) -> tuple[Token, ...]:
    return lex(text, folded, frozenset()).tokens


@dataclass(frozen=True, slots=True)
class Lexed:
    tokens: tuple[Token, ...]
    positions: dict[str, list[int]]  # token indices by folded word, for the trigger words
    capitals: tuple[int, ...]  # indices of the tokens that start with a capital letter
    indexed: frozenset[str]  # the trigger words `positions` indexes


def lex(text: str, folded: str, triggers: frozenset[str]) -> Lexed:
    """Tokens, where each word stands, and which tokens are capitalised: one pass, because this
    runs on every article and everything after it looks things up here instead of re-walking.

    `positions` indexes only the `triggers`, the words the stages declared they look up (the
    pipeline collects them), since most words of an article are no stage's business.

    Nine in ten space-separated pieces are one plain word (`str.isalnum` is the class of the
    pattern's first group), cut with string methods, which costs less than a pattern match per
    token; only pieces with punctuation in them go through `_TOKEN`. The word branch is written
    out twice because a function call per token would cost more than the rest of the loop."""
    new = tuple.__new__  # the C constructor: the cheapest way to build hundreds of tokens
    out: list[Token] = []
    append = out.append
    where: dict[str, list[int]] = {}
    capitals: list[int] = []
    end = -1
    # Split at single spaces, so that where a piece starts is arithmetic, not a search: cleaned
    # text has no other gaps inside a paragraph, and a piece with a line break or an empty one
    # (two spaces) is not alphanumeric, so `_lex_mixed` reads it.
    for piece in text.split(" "):
        start = end + 1
        end = start + len(piece)
        mark = None
        if not piece.isalnum():
            # A word then one mark (`tỉnh,` `2021.`), a third of these pieces, is cut here too.
            if piece[:-1].isalnum() and piece[-1].isprintable():
                mark, piece = piece[-1], piece[:-1]
                end -= 1
            else:
                _lex_mixed(piece, start, folded, triggers, out, where, capitals)
                continue
        i = len(out)
        low = folded[start:end]
        if piece[0].isupper():
            append(new(Token, (start, end, piece, low, True, end - start > 1 and piece.isupper(), True)))
            capitals.append(i)
        else:
            append(new(Token, (start, end, piece, low, False, False, True)))
        if low in triggers:
            found = where.get(low)
            if found is None:
                where[low] = [i]
            else:
                found.append(i)
        if mark is not None:
            append(new(Token, (end, end + 1, mark, mark, False, False, False)))
            end += 1
    return Lexed(tuple(out), where, tuple(capitals), triggers)


def _lex_mixed(piece: str, offset: int, folded: str, triggers: frozenset[str], out: list[Token],
               where: dict[str, list[int]], capitals: list[int]) -> None:
    """`lex` for a piece with punctuation in it (`Tỉnh,` `22-NQ/TW`), which starts at `offset`."""
    new = tuple.__new__
    for m in _TOKEN.finditer(piece):
        s, e = m.span()
        s += offset
        e += offset
        t = m.group()
        if m.lastindex != 1:  # a punctuation mark (group 2), not a word (group 1)
            out.append(new(Token, (s, e, t, t, False, False, False)))
            continue
        i = len(out)
        low = folded[s:e]
        if t[0].isupper():
            out.append(new(Token, (s, e, t, low, True, e - s > 1 and t.isupper(), True)))
            capitals.append(i)
        else:
            out.append(new(Token, (s, e, t, low, False, False, True)))
        if low in triggers:
            where.setdefault(low, []).append(i)


def index_at(tokens: Sequence[Token], offset: int) -> int:
    """The index of the first token that starts at or after `offset`."""
    return bisect_left(tokens, offset, key=_START)


def token_ranges(tokens: Sequence[Token], spans: Iterable[object]) -> list[tuple[int | None, int]]:
    """For character spans (objects with `start` and `end`), the token indices [i, j) they cover
    exactly, or (None, 0) when a span does not fall on token boundaries."""
    out: list[tuple[int | None, int]] = []
    for span in spans:
        i = index_at(tokens, span.start)  # type: ignore[attr-defined]
        j = index_at(tokens, span.end)  # type: ignore[attr-defined]
        ok = i < len(tokens) and tokens[i].start == span.start and j > i and tokens[j - 1].end == span.end  # type: ignore[attr-defined]
        out.append((i, j) if ok else (None, 0))
    return out


def phrase_key(words: Iterable[str]) -> tuple[str, ...]:
    """The token sequence of a vocabulary entry, folded, as the trie stores it."""
    return tuple(t.group() for t in _TOKEN.finditer(fold_key(" ".join(words))))


class PhraseTrie:
    """Longest-match lookup of multi-token phrases (vocabularies loaded from data files)."""

    def __init__(self) -> None:
        self._root: dict[str, dict] = {}

    def add(self, phrase: str, value: object) -> None:
        node = self._root
        for part in phrase_key([phrase]):
            node = node.setdefault(part, {})
        node[""] = value  # "" never occurs as a token, so it marks the end of a phrase

    def longest(self, tokens: Sequence[Token], i: int, prefix: Sequence[str] = ()) -> tuple[int, object] | None:
        """(index after the match, value) of the longest phrase starting at token `i`; with
        `prefix`, of the longest phrase that starts with those folded words and goes on at `i`
        (`Trưởng ban Kinh tế`: the board `Ban Kinh tế` with its head word inside the title)."""
        node = self._root
        for part in prefix:
            node = node.get(part)  # type: ignore[assignment]
            if node is None:
                return None
        best = (i, node[""]) if prefix and "" in node else None
        j, n = i, len(tokens)
        while j < n:
            node = node.get(tokens[j][3])  # type: ignore[assignment]  # [3] is Token.low
            if node is None:
                break
            j += 1
            if "" in node:
                best = (j, node[""])
        return best

    def value(self, phrase: str) -> object | None:
        """The value stored for exactly `phrase`, or None."""
        node = self._root
        for part in phrase_key([phrase]):
            if part not in node:
                return None
            node = node[part]
        return node.get("")

    def __contains__(self, phrase: str) -> bool:
        return self.value(phrase) is not None

    def first_tokens(self) -> set[str]:
        return set(self._root)
