"""One person read as two names, one the other's ending: `Kim Thoa` beside `Hồ Thị Kim Thoa`,
`Hồng Sơn` beside `Phạm Hồng Sơn`.

A later mention by the given name pair is read as a full name of its own when its first syllable
is also a family name (`Kim`, `Hồng`, `Phương`, `Hoa`). Where a two-syllable Vietnamese name of an
article is the last two syllables of exactly one longer Vietnamese name of it (three or four
syllables), they are one person, with the longer name. Foreign names are left alone (their
syllables are no Vietnamese syllables), as are two-syllable names that end two longer names.
"""

from __future__ import annotations

from collections.abc import Sequence

from diembao.extract import name_prefixes
from diembao.extract.name_prefixes import _words

_SHORT = 2
_LONG = (3, 4)


def merged(names: Sequence[str]) -> dict[int, int]:
    """Which person (by index) each two-syllable name that ends one longer name goes to."""
    words = [_words(n) for n in names]
    out: dict[int, int] = {}
    for i, short in enumerate(words):
        if short is None or len(short) != _SHORT:
            continue
        longer = [j for j, long in enumerate(words)
                  if long is not None and len(long) in _LONG and long[-_SHORT:] == short]
        if len(longer) == 1:
            out[i] = longer[0]
    return out


def merged_all(names: Sequence[str], counts: Sequence[int]) -> dict[int, int]:
    """Both merges: a beginning (`diembao.extract.name_prefixes`) over an ending. Where the two
    send names round in a circle (`Hà Anh` ends `Hà Anh Hà Anh`, a caption glued to its repeat, which
    it also begins), the name of the circle written most often stays a person (on a tie the
    shorter) and the others merge into it."""
    remap = {**merged(names), **name_prefixes.merged(names, counts)}
    for i in list(remap):
        cycle: list[int] = []
        k = i
        while k in remap and k not in cycle:
            cycle.append(k)
            k = remap[k]
        if k in cycle:
            del remap[max(cycle[cycle.index(k):], key=lambda n: (counts[n], -len(names[n]), -n))]
    return remap
