"""Thing words before a capitalised run: `tư tưởng Hồ Chí Minh`, `đường Lê Lợi`, `cụm công nghiệp
Kim Sơn` name a doctrine, a street, a zone, not a person (`data/persons/not_names.txt`)."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from diembao.extract.titles import TitleIndex
from diembao.lexicon.bodies import lexicon
from diembao.lexicon.persons import thing_words
from diembao.lexicon.places import admin_words
from diembao.text.tokens import Token


def thing_before(tokens: Sequence[Token], i: int, index: TitleIndex) -> bool:
    """A thing word ends right before token i, and is not the tail of a ministry's field (`Sở Tài
    nguyên và Môi trường Trương Văn Nghĩa`: the `trường` of `Môi trường` names no school) unless
    the thing word holds the field itself (`cụm công nghiệp Kim Sơn`: `công nghiệp` is a field of
    `Sở Công nghiệp`, but here it belongs to the zone)."""
    if i not in index.thing_ends:
        return False
    if i >= 2 and f"{tokens[i - 2].low} {tokens[i - 1].low}" in _two_word_admins():
        return False  # `UBND thành phố Lê Văn A`: the `phố` of an administrative word names no street
    domains = lexicon().domains
    for j in range(i - 2, max(-1, i - 8), -1):
        found = domains.longest(tokens, j)
        if found is not None and found[0] == i:
            return any(_thing_ends_at(tokens, s, i) for s in index.thing_at if i - 8 < s < j)
    return True


def _thing_ends_at(tokens: Sequence[Token], start: int, end: int) -> bool:
    found = thing_words().longest(tokens, start)
    return found is not None and found[0] == end


@cache
def _two_word_admins() -> frozenset[str]:
    return frozenset(w.word.lower() for w in admin_words() if w.word.count(" ") == 1)
