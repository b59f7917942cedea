"""Foreign companies and institutions written in Latin letters, which no head word begins:
`Young Liu - Chủ tịch Foxconn Technology`, `kinh tế trưởng tại China Galaxy Securities`,
`giám đốc khu vực tại The Asia Group`. A run of capitalised words in plain Latin letters that
ends in a word of a company's or institution's name (`data/orgs/foreign_suffixes.txt`) is a body;
a Vietnamese word (with its diacritics) or a lower-case one ends the run. A companion of
`grammar`: the runs are found from their last words, once per text, and the parser reads a body
where one begins.
"""

from __future__ import annotations

from collections.abc import Callable, Container, Iterable, Sequence
from functools import cache

from diembao.lexicon.bodies import foreign_suffixes
from diembao.text import fold_key
from diembao.text.tokens import Token

_MAX_WORDS = 5  # words before the last one (`Bannockburn Global Forex`)


@cache
def suffix_words() -> frozenset[str]:
    """Folded last words of the names (where `latin_names` looks)."""
    return frozenset(fold_key(w) for w in foreign_suffixes())


def _latin(t: Token) -> bool:
    """A capitalised word in plain Latin letters (digits allowed after the first: `Fox21`)."""
    return t.word and t.text.isascii() and t.text[:1].isupper() and t.text.isalnum()


def latin_names(tokens: Sequence[Token], last_words: Iterable[int], joined: Callable[[int], bool],
                in_place: Container[int], is_stop: Callable[[int], bool]) -> dict[int, int]:
    """First token -> token after it, of each Latin run ending at one of `last_words` (written
    as listed: `Group`, `AG`) and holding no token of a place (`TP Sa Đéc`); a Vietnamese word
    that opens the sentence (`Theo Fox News`) is not the name's."""
    out: dict[int, int] = {}
    suffixes = foreign_suffixes()
    for s in last_words:
        if not _latin(tokens[s]) or tokens[s].text not in suffixes or s in in_place:
            continue
        k = s
        while k > 0 and s - k < _MAX_WORDS and joined(k) and _latin(tokens[k - 1]) and k - 1 not in in_place:
            k -= 1
        while k < s and is_stop(k):
            k += 1
        if k < s:
            out[k] = s + 1
    return out
