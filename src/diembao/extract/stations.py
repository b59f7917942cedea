"""Offices held abroad or at a post: the place after `tại` between a title and its holder's name.

`Đại sứ Việt Nam tại Nhật Bản Nguyễn Quốc Cường`, `Tổng Lãnh sự Việt Nam tại Thượng Hải A`: the
station (`data/persons/links.json` `station_words`, then a place) stands between the chain of
titles and the name it belongs to; without reading it the name stands too far from the titles,
which then went to the name before them, across a `;`.
"""

from __future__ import annotations

from collections.abc import Sequence

from diembao.lexicon.offices import station_words
from diembao.text.tokens import Token


def station_end(tokens: Sequence[Token], k: int, placed: frozenset[int]) -> int:
    """Where the name may start after a chain of titles ending at token k: after the station
    (`tại` and the place's tokens) written there, past the country that sends the holder
    (`Việt Nam` in `Đại sứ Việt Nam tại …`), else k itself."""
    at = k
    while at in placed:
        at += 1
    if at + 1 >= len(tokens) or tokens[at].low not in station_words() or at + 1 not in placed:
        return k
    end = at + 1
    while end in placed:
        end += 1
    return end
