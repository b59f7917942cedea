"""One person read as two names, one the other's beginning: `Phạm Minh` beside `Phạm Minh Chính`
(`Ông Phạm Minh Chính Ủy viên …`: `Chính Ủy` read as an office), `Võ Kim` beside `Võ Kim Cự`
(`ông Võ Kim cự`, a typing slip), `Trương Quý Dương Liên` beside `Trương Quý Dương` (`Ông
Trương Quý Dương Liên tiếp sai phạm`: a heading run into the text).

Where one Vietnamese name of an article is the other's first syllables with one or two more,
they are one person, and the name is the one the article writes more often; where both are
written as often, the one nearer the three syllables of most Vietnamese names (`Phạm Minh
Chính` over `Phạm Minh`, `Hoàng Minh Dũng Tiến` over `Hoàng Minh Dũng Tiến Trao`). Foreign
names are left alone: `Donald Trump` and `Donald Trump Jr.` are two men.
"""

from __future__ import annotations

from collections.abc import Sequence

from diembao.text import fold_key
from diembao.text.syllables import is_syllable

_MAX_EXTRA = 2
_USUAL = 3


def _words(name: str) -> tuple[str, ...] | None:
    words = tuple(fold_key(name).split())
    if len(words) < 2 or not all(w.isalpha() and is_syllable(w) for w in words):
        return None
    return words


def merged(names: Sequence[str], counts: Sequence[int]) -> dict[int, int]:
    """Which person (by index) each person that is another's beginning or continuation goes to;
    `counts`: how many mentions each has."""
    words = [_words(n) for n in names]
    out: dict[int, int] = {}
    for i, short in enumerate(words):
        if short is None:
            continue
        for j, long in enumerate(words):
            if long is None or i == j or not (0 < len(long) - len(short) <= _MAX_EXTRA) \
                    or long[:len(short)] != short:
                continue
            if counts[j] != counts[i]:
                keep = j if counts[j] > counts[i] else i
            else:
                keep = j if abs(len(long) - _USUAL) < abs(len(short) - _USUAL) else i
            drop = i if keep == j else j
            if drop not in out and keep not in out:
                out[drop] = keep
    return out
