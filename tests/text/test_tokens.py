"""Lexing: the fast path (plain words cut with string methods) gives exactly the tokens of the
token pattern, whatever the spacing, punctuation and case of the text."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from diembao.text import fold
from diembao.text.tokens import _TOKEN, lex


def reference(text: str) -> list[tuple[int, int, str, bool]]:
    """(start, end, text, is a word) by the pattern alone, the definition `lex` must keep."""
    return [(m.start(), m.end(), m.group(), m.lastindex == 1) for m in _TOKEN.finditer(text)]


def lexed(text: str) -> list[tuple[int, int, str, bool]]:
    return [(t.start, t.end, t.text, t.word) for t in lex(text, fold(text), frozenset()).tokens]


@pytest.mark.parametrize("text", [
    "",
    " ",
    "Tỉnh ủy Tiền Giang",
    "Sáng 10-11,  Ban Thường vụ",  # two spaces
    " đầu dòng",
    "cuối dòng ",
    "Nghị quyết 22-NQ/TW.\n\nĐồng chí Võ Văn Bình",
    "HĐND\ttỉnh",
    "TP.HCM, (ABO) – «Hà Nội»",
    "2A Bc DEF e",
    "a_b __x",
    "\u00a0Hà\u00a0Nội",
])
def test_lex_matches_the_token_pattern(text: str) -> None:
    assert lexed(text) == reference(text)


def test_capitals_and_abbreviations() -> None:
    tokens = lex("UBND tỉnh Tiền Giang A", fold("UBND tỉnh Tiền Giang A"), frozenset()).tokens
    assert [(t.cap, t.upper) for t in tokens] == [(True, True), (False, False), (True, False), (True, False),
                                                 (True, False)]


@given(st.text(alphabet=st.sampled_from(list("aAđĐăẮệỆ19 _.,-/()\n\t\u00a0")), max_size=60))
def test_lex_matches_the_token_pattern_on_any_text(text: str) -> None:
    assert lexed(text) == reference(text)
