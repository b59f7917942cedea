"""Persons: a foreign name at the end of an office's phrase, after the body and the country
(`diembao.extract.phrase_names`). Invented sentences: (text, persons)."""

from __future__ import annotations

import pytest

from conftest import run


def _names(text: str) -> set[str]:
    return {p.name for p in run(text).article.persons}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a body read in part: the office, the body, the country, the name
        ("Bí thư thứ nhất Ban Chấp hành Trung ương Đảng Cộng sản Cuba Tomas Aldana gửi điện mừng.",
         {"Tomas Aldana"}),
        ("Trước đó, Đặc phái viên của Bộ Ngoại giao Nga Pavel Korolenko cho biết đàm phán sẽ tiếp tục.",
         {"Pavel Korolenko"}),
        # an abbreviation before the country's name
        ("Chủ tịch nước CHND Trung Hoa Tập Cận Bình tới thăm.", {"Tập Cận Bình"}),
        # a role word reads the same way
        ("Đoàn đặt hoa trước tượng đài Anh hùng dân tộc Cuba Aurelio Benítez.", {"Aurelio Benítez"}),
        # punctuation breaks the phrase: no office stands before the country
        ("Ông Trần Văn Khải là Bí thư. Cuba Tomas Aldana là một bộ phim.", {"Trần Văn Khải"}),
        # too many words between the office and the country
        ("Thủ tướng cho biết việc hợp tác với các đối tác Mỹ Vertex Energy sẽ mở rộng.", set()),
        # a Vietnamese-looking run after the country is left to the other rules
        ("Bộ trưởng Ngoại giao Nga Sergey Volkov gặp Đại sứ.", {"Sergey Volkov"}),
    ],
)
def test_foreign_name_after_an_office_phrase(text: str, expected: set[str]) -> None:
    assert _names(text) == expected


def test_regression_special_envoy_is_an_office() -> None:
    """`Đặc phái viên của Bộ Ngoại giao Nga X`: the envoy's name was missed, no title stood before it."""
    assert _names("Đặc phái viên của Bộ Ngoại giao Nga Oleg Taranov phát biểu.") == {"Oleg Taranov"}
