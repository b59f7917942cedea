"""The province a section of a roundup is about. A report that goes through several provinces
(`Hà Nội: Chiều 26/6, ... TP.HCM: Ngày 26/6, ...`) heads each part with the province and a colon;
a bare body in that part (`Sở Tài chính TP`, `Thành ủy viên`) is that province's, not the
article's main place's, up to the next heading.
"""

from __future__ import annotations

from collections.abc import Sequence

from diembao.extract.spans import PlaceSpan
from diembao.text.tokens import Token

_SENTENCE_ENDS = frozenset(".!?")
_HEADING_MARK = ":"


def _opens(tokens: Sequence[Token], i: int) -> bool:
    """Token i begins a line or a sentence."""
    if i == 0:
        return True
    prev = tokens[i - 1]
    return prev.text in _SENTENCE_ENDS or tokens[i].start - prev.end > 1


def section_headings(tokens: Sequence[Token], place_at: dict[int, tuple[int, PlaceSpan]],
                     provinces: Sequence[tuple[int, str, str]]) -> list[tuple[int, str, str]]:
    """(first token, province, kind) of every heading `Province:` opening a sentence; empty unless
    the text heads parts with two provinces or more (a single one is a quote's or a label's)."""
    found = []
    for start, name, kind in provinces:
        end = place_at[start][0]
        if end < len(tokens) and tokens[end].text == _HEADING_MARK and _opens(tokens, start):
            found.append((start, name, kind))
    return found if len({name for _s, name, _k in found}) >= 2 else []


def section_province(headings: Sequence[tuple[int, str, str]], at: int, level: str) -> str | None:
    """The province of the section token `at` is in, when its kind fits `level` (`province`,
    `city`, or `default` for any)."""
    for start, name, kind in reversed(headings):
        if start < at:
            return name if level == "default" or level == kind else None
    return None
