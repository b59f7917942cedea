"""Words and punctuation of the article text, with offsets, built once per document.

Vietnamese writes one syllable per space-separated word, so a token is a syllable (`Tỉnh`),
a number, an abbreviation (`HĐND`) or one punctuation character. Multi-token phrases are
matched token by token on the folded form (`low`), which makes `TP.HCM`, `TP. HCM` and
`TP . HCM` the same three tokens.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from diembao.pipeline import Doc

_TOKEN = re.compile(r"[^\W_]+|\S")


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    text: str
    low: str  # folded: lower case, one tone placement
    cap: bool  # first letter upper case
    upper: bool  # every letter upper case (an abbreviation such as HĐND), at least 2 letters
    word: bool  # letters or digits, not punctuation


def tokenize(text: str, folded: str) -> tuple[Token, ...]:
    out = []
    for m in _TOKEN.finditer(text):
        s, e = m.span()
        t = m.group()
        word = t[0].isalnum()
        out.append(Token(s, e, t, folded[s:e], word and t[0].isupper(),
                         word and len(t) > 1 and t.isupper(), word))
    return tuple(out)


def tokens_of(doc: Doc) -> tuple[Token, ...]:
    """The document's tokens; stages share them through the `tokens` layer when it is set."""
    cached = doc.layer("tokens")
    return cached if cached is not None else tokenize(doc.text, doc.folded)


def with_tokens(doc: Doc) -> Doc:
    return doc if doc.layer("tokens") is not None else doc.with_layer("tokens", tokenize(doc.text, doc.folded))


def index_at(tokens: Sequence[Token], offset: int) -> int:
    """The index of the first token that starts at or after `offset`."""
    lo, hi = 0, len(tokens)
    while lo < hi:
        mid = (lo + hi) // 2
        if tokens[mid].start < offset:
            lo = mid + 1
        else:
            hi = mid
    return lo


def phrase_key(words: Iterable[str]) -> tuple[str, ...]:
    """The token sequence of a vocabulary entry, folded, as the trie stores it."""
    from diembao.text import fold_key

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
        j = i
        while j < len(tokens):
            node = node.get(tokens[j].low)  # type: ignore[assignment]
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
