"""Folding: the form of the text used for matching, which never changes the text.

Stages match against `fold(text)`, which has exactly the same length as `text`, so a match at
`[i:j]` in the folded form is the mention `text[i:j]`: lower case, one tone-mark placement
(`hoà` -> `hòa`, `thuỷ` -> `thủy`, `Uỷ` -> `ủy`), every whitespace character a space.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

_TONE_MOVE: dict[str, str] = {}
for _base, _marked in (("a", "àáảãạ"), ("e", "èéẻẽẹ"), ("y", "ỳýỷỹỵ")):
    _glide, _glide_marked = ("o", "òóỏõọ") if _base in "ae" else ("u", "ùúủũụ")
    for _i, _m in enumerate(_marked):
        _TONE_MOVE[_glide + _m] = _glide_marked[_i] + _base
# Only at the end of a syllable, and not after q ("quý" keeps its mark on the y). One pattern per
# pair, each starting with its literal pair: the engine finds a literal prefix with a fast string
# search, where one pattern for all the pairs would be tried at every character of the article.
_TONE_AT_END = {pair: re.compile(rf"{pair}(?!\w)") for pair in _TONE_MOVE}
# Cleaned text holds no other white space than spaces and the line breaks between parts.
_OTHER_SPACES = ("\n", "\t", "\r", "\x0b", "\x0c", "\u00a0")


def fold(text: str) -> str:
    """The matching form of NFC `text`; `len(fold(text)) == len(text)`."""
    lowered = text.lower()
    if len(lowered) != len(text):
        lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    for pair, at_end in _TONE_AT_END.items():
        if pair in lowered:
            lowered = at_end.sub(_move_tone, lowered)
    for space in _OTHER_SPACES:
        if space in lowered:
            lowered = lowered.replace(space, " ")
    return lowered


def _move_tone(match: re.Match[str]) -> str:
    pair, start = match.group(), match.start()
    return pair if start and match.string[start - 1] == "q" else _TONE_MOVE[pair]


# Bounded: an extraction worker asks for the keys of a whole corpus's words and phrases. 2^15 keys
# keep what an article repeats; 2^16 cost each worker 9 MB over baomoi-2017 for no speed
# (`bench/ingest.py`: 380 articles/s and 284 MB RSS, against 375 and 312).
@lru_cache(maxsize=1 << 15)
def fold_key(text: str) -> str:
    """A comparison key for names: NFC, folded, whitespace collapsed, trimmed."""
    return " ".join(fold(unicodedata.normalize("NFC", text)).split())


_STRIP_MARKS = str.maketrans({"đ": "d", "Đ": "D"})


def strip_diacritics(text: str) -> str:
    """`Võ Văn Bình` -> `Vo Van Binh`; for diacritic-insensitive search keys."""
    decomposed = unicodedata.normalize("NFD", text.translate(_STRIP_MARKS))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def unique(items: Iterable[str]) -> list[str]:
    """Distinct items in first-seen order."""
    return list(dict.fromkeys(items))


def alternation(words: Iterable[str]) -> str:
    """`a|b|…` of the words, escaped, longest first, so that a regular expression prefers a longer
    form to its prefix (`Nghị quyết liên tịch` to `Nghị quyết`)."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def alternation_in_order(words: Iterable[str]) -> str:
    """`a|b|…` of the words, escaped, in the order given: for a grammar whose alternatives were
    written in the order the regular expression must try them."""
    return "|".join(re.escape(w) for w in words)
