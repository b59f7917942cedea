"""Citations listed together share the issuer written after the last of them: `quy định số 51
và quy định số 231 của Ban Bí thư`, `Nghị quyết 32, Kết luận 72 của Bộ Chính trị`. A type whose issuer its kind fixes
(`Nghị định` is the Government's) takes none from a neighbour of another type."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from diembao.lexicon.documents import grammar

if TYPE_CHECKING:
    from diembao.extract.documents.citations import Citation


def share_issuers(citations: list[Citation], folded: str, said: int, weaker: int) -> list[Citation]:
    """`citations` in text order, each numbered one with no issuer of its own (rank below
    `weaker`) taking the issuer the text says (rank `said`) of the next one in its list. Only a
    bare separator may stand between them: a date or a subject after the first ends the list."""
    out = list(citations)
    for i in range(len(out) - 2, -1, -1):
        first, second = out[i], out[i + 1]
        if first.number is None or first.issuer_rank >= weaker or second.issuer_rank != said:
            continue
        if first.type != second.type and first.type in grammar()["list_own_issuer_types"]:
            continue
        if _separator().fullmatch(folded, first.end, second.start):
            out[i] = replace(first, issuer=second.issuer, issuer_rank=said)
    return out


@cache
def _separator() -> re.Pattern[str]:
    and_word = re.escape(grammar()["and_word"])
    return re.compile(rf"\s?(?:,\s?(?:{and_word}\s)?|{and_word}\s)")
