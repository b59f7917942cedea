"""The layout repairs' fast paths against the plain patterns they stand for.

`unglue`, `detokenise` and the byline's tail split take shortcuts (cheap gates, work only around
the seams, scanning from the end), because a reader runs them over every article. Each shortcut
must give exactly what its plain definition gives; these properties check that on text drawn
from the characters the patterns care about.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from diembao.readers import layout
from diembao.readers.layout import detokenise, tail_name, unglue
from diembao.text import single_spaced

# The definitions the fast paths must reproduce.
TAIL_NAME = re.compile(r"^(.*[.!?…”\"’')])\s+(\S+(?:\s+\S+){1,3})$", re.S)
SPACE_BEFORE = re.compile(r"(?<=\S) +([,.;:!?%)\]}…])(?=\s|$|[,.;:!?\"'”’)])")
SPACE_AFTER_OPEN = re.compile(r"([(\[{]) +")
QUOTED = re.compile(r"(?:(?<=\s)|^)(['\"]) ([^'\"\n]{1,200}?) \1(?=\s|$|[,.;:!?)])")


def plain_unglue(text: str) -> str:
    text = layout._LOWER_UPPER.sub(layout._split_case, text)
    text = layout._ROMAN_LOWER.sub(r"\1 ", text)
    text = layout._COMMA_LETTER.sub(", ", text)
    return layout._LONG_WORD.sub(layout._split_glued, text)


def plain_detokenise(text: str) -> str:
    text = QUOTED.sub(r"\1\2\1", text)
    text = SPACE_AFTER_OPEN.sub(r"\1", text)
    return SPACE_BEFORE.sub(r"\1", text)


# Syllables, glued pairs, numerals, capitals, punctuation and spaces, in any order.
PIECES = ["Nghị", "quyết", "Đại", "hội", "Chính", "nhấn", "XIV", "ngay", "CLB", "iPhone", "Mc", "Donald",
          "Thủ", "tướng", "a", "B", "ổ", "Ư", "ư", "I", "V", "X", "L", "C", "đ", "ß", "1", "30/1", ",", ".",
          " ", " ", "  ", "\n", "(", ")", "\"", "'", "…", "%", "!", "-", "\t", "[", "]", "{", "}", ";", ":", "?",
          "”", "’"]
GLUED = st.lists(st.sampled_from(PIECES), max_size=30).map("".join)
CHARS = st.text(alphabet=st.sampled_from(list("ab. !)…\n\t\xa0'X”")), max_size=40)


@settings(max_examples=1500)
@given(GLUED)
def test_unglue_is_its_plain_patterns(text: str) -> None:
    assert unglue(text) == plain_unglue(text)


@settings(max_examples=1500)
@given(GLUED)
def test_detokenise_is_its_plain_patterns(text: str) -> None:
    assert detokenise(text) == plain_detokenise(text)


@settings(max_examples=3000)
@given(CHARS)
def test_tail_name_is_its_pattern(paragraph: str) -> None:
    match = TAIL_NAME.match(paragraph)
    expected = (match[1], match[2]) if match else None
    # `$` also matches before a final newline; a paragraph never ends in one, so that case is left out.
    if not paragraph.endswith("\n"):
        assert tail_name(paragraph) == expected


def test_tail_name_of_a_long_paragraph() -> None:
    body = "Người dân nạo vét kênh. " * 200 + "Tiến Vinh"
    assert tail_name(body) == (body[: -len(" Tiến Vinh")], "Tiến Vinh")
    assert tail_name("Người dân nạo vét kênh mương nội đồng") is None


@settings(max_examples=3000)
@given(st.text(alphabet=st.sampled_from(list("ab \t\n\r\xa0\u2009\u3000\x1c\x85\u2028ư")), max_size=20))
def test_single_spaced_is_split_and_join(line: str) -> None:
    assert single_spaced(line) == " ".join(line.split())
