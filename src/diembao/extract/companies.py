"""Companies named like persons: `Công ty cổ phần đầu tư Vàng Phú Quý`, `Công ty TNHH Sản xuất
Kinh doanh Phương Nguyên`, `Công ty Hoàng Sơn`.

A capitalised run right after a company head (`công ty`, `hợp tác xã`), or after a head and the
words of the company's kind and trade (`TNHH`, `cổ phần đầu tư`), names the company. GUIDELINES:
a name used as a thing is not a person. The persons stage skips such a run unless a cue or a
title announces it (`công ty của ông Lê Văn A`); a word outside the kind's vocabulary between
head and run (`công ty do Lê Văn A làm giám đốc`, `công ty Cienco 6 Bùi Văn A`) leaves the run
to the other rules, as does a place that starts the run (`Tổng Công ty Vận tải Hà Nội Lê Văn A`:
the company is named for the place, the man follows it).
"""

from __future__ import annotations

from collections.abc import Sequence

from diembao.lexicon.persons import company_words
from diembao.text.tokens import Token

# How many words of kind and trade a company's name may carry before its proper part.
_MAX_KIND = 12
_DASHES = frozenset({"-", "–", "&"})


def names_a_company(tokens: Sequence[Token], a: int) -> bool:
    """Whether the capitalised run that starts at token `a` is the proper part of a company's name."""
    heads, words, not_last = company_words()
    j = a
    while j > 0 and a - j <= _MAX_KIND:
        if _head_ends(tokens, j, heads):
            return True
        prev = tokens[j - 1]
        if j == a and prev.low in not_last:
            return False
        if not (prev.low in words or prev.upper or prev.text in _DASHES):
            return False
        j -= 1
    return False


def _head_ends(tokens: Sequence[Token], j: int, heads: frozenset[str]) -> bool:
    """A company head ends right before token j."""
    return any(j - size >= 0 and " ".join(t.low for t in tokens[j - size:j]) in heads for size in (2, 3, 4))
