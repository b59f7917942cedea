"""Asides about a relative: `ông A, em trai Bí thư Tỉnh ủy, làm Giám đốc …`, `ông A - con trai Phó
Bí thư Huyện ủy B - làm Trưởng phòng …`. The verb of office after the aside is the first name's,
not the relative's nor the name inside the aside (`data/persons/careers.json`: `kin`)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from diembao.extract.persons import PersonSpan
from diembao.lexicon.careers import careers
from diembao.text.tokens import Token

# What may stand between a name and the titles or the aside after it.
APPOSED = frozenset({"-", "–", ",", "(", ")"})
_SENTENCE_ENDS = frozenset({".", "!", "?", ";"})


def before_kin(tokens: Sequence[Token], ending_by: Callable[[int], PersonSpan | None], at: int) -> PersonSpan | None:
    """The name before an aside about a relative that runs up to token `at`, or None.
    `ending_by(k)`: the person span ending last at or before token k."""
    rules = careers()
    q = ending_by(at)
    for _ in range(2):
        if q is None or at - q.last > rules.kin_reach or \
                any(tokens[k].text in _SENTENCE_ENDS for k in range(q.last, at)):
            return None
        k = q.last
        while k < at and tokens[k].text in APPOSED:
            k += 1
        found = rules.kin.longest(tokens, k) if k > q.last else None
        # `bà A (vợ ông B, lúc này đang giữ chức …)`: a verb inside the open bracket is B's
        opened = any(tokens[j].text == "(" for j in range(q.last, k))
        if found is not None and found[0] < at and \
                (not opened or any(tokens[j].text == ")" for j in range(found[0], at))):
            return q
        q = ending_by(q.first)
    return None
