"""Persons: the family-name-like word of a youth union (`Trung ương Đoàn`, `Thành Đoàn`) is the
union's, not the first syllable of the name after it. Invented sentences: (text, persons)."""

from __future__ import annotations

import pytest

from conftest import run


def _names(text: str) -> set[str]:
    return {p.name for p in run(text).article.persons}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bí thư thứ nhất Ban Chấp hành Trung ương Đoàn Lê Quốc Khang phát biểu.", {"Lê Quốc Khang"}),
        ("Trưởng Ban Quốc tế Trung ương Đoàn Phạm Phương Lan cho rằng.", {"Phạm Phương Lan"}),
        ("Bí thư Tỉnh Đoàn Nguyễn Thị Hà dự lễ.", {"Nguyễn Thị Hà"}),
        # a man of the Đoàn family stays whole
        ("Ông Đoàn Văn Khải dự họp.", {"Đoàn Văn Khải"}),
        ("Ông Đoàn Lê Khải dự họp.", {"Đoàn Lê Khải"}),
    ],
)
def test_union_word_before_a_name(text: str, expected: set[str]) -> None:
    assert _names(text) == expected


def test_regression_union_word_taken_into_the_name() -> None:
    """`Bí thư Trung ương Đoàn Lê Quốc Khang (38 tuổi)` was read `Đoàn Lê Quốc Khang`."""
    assert _names("Trẻ nhất là Bí thư Trung ương Đoàn Lê Quốc Khang (38 tuổi).") == {"Lê Quốc Khang"}
