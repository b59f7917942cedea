"""Persons: a name glued to the next word where the page lost a space
(`diembao.extract.name_shapes.glued_end`). Invented sentences: (text, persons)."""

from __future__ import annotations

import pytest

from conftest import run


def _names(text: str) -> set[str]:
    return {p.name for p in run(text).article.persons}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thủ tướng Trần Minh Khánhyêu cầu các bộ khẩn trương.", {"Trần Minh Khánh"}),
        ("Ca sĩ Hoàng Thùy Linhđược khán giả yêu mến.", {"Hoàng Thùy Linh"}),
        ("Ca sĩ Lâm Bảo Chiđoạt giải nhất.", {"Lâm Bảo Chi"}),
        # foreign names are no glued words, whatever syllables they hold
        ("Tổng thống Vladimir Putin và Thủ tướng Hun Manet gặp nhau.", {"Vladimir Putin", "Hun Manet"}),
        ("Ca sĩ Minh Beta biểu diễn.", {"Minh Beta"}),
    ],
)
def test_name_glued_to_the_next_word(text: str, expected: set[str]) -> None:
    assert _names(text) == expected


def test_regression_glued_verb_made_a_second_person() -> None:
    """`Phạm Minh Chínhyêu cầu`: the glued verb made `… Chínhyêu` a person beside the right name."""
    text = "Thủ tướng Trần Minh Khánh chủ trì. Thủ tướng Trần Minh Khánhyêu cầu báo cáo."
    assert _names(text) == {"Trần Minh Khánh"}
