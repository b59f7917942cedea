"""Persons: a Western name shortened to its given name, the role words of the entertainment
pages (`người đẹp`, `người mẫu`), and a company's English name after a title. Invented
sentences: (text, persons)."""

from __future__ import annotations

import pytest

from conftest import run


def _names(text: str) -> set[str]:
    return {p.name for p in run(text).article.persons}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the given name alone, later, is the same person
        ("Bà Clara Whitfield - Chủ tịch cuộc thi phát biểu. Bà Clara cho biết sẽ trở lại.", {"Clara Whitfield"}),
        ("Ông Marcus Delane đến Hà Nội. Ông Marcus gặp các đối tác.", {"Marcus Delane"}),
        # before the full name too
        ("Ông Marcus nói. Trước đó ông Marcus Delane đã tới.", {"Marcus Delane"}),
        # a Vietnamese given name is not shortened that way: `ông Văn` is no mention of him
        ("Ông Trần Văn Khải phát biểu. Ông Khải cho biết.", {"Trần Văn Khải"}),
    ],
)
def test_western_given_name_is_a_short_mention(text: str, expected: set[str]) -> None:
    assert _names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Năm 2015, người đẹp Arlena Duprez đăng quang.", {"Arlena Duprez"}),
        ("Cuộc thi có sự góp mặt của người mẫu Trịnh Khả Vy.", {"Trịnh Khả Vy"}),
        ("Bộ sưu tập do nhà thiết kế Lương Bảo Trâm thực hiện.", {"Lương Bảo Trâm"}),
        # a place after the role word stays a place
        ("Người đẹp Việt Nam giành giải ba.", set()),
    ],
)
def test_role_words_announce_a_name(text: str, expected: set[str]) -> None:
    assert _names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Khách mời có Dorian Peck - Chủ tịch Velmar Computer, cùng nhiều lãnh đạo khác.", {"Dorian Peck"}),
        ("Tổng giám đốc Arlo Holdings cho biết doanh thu tăng.", set()),
        ("Ông Teo Wen Group không dự họp.", {"Teo Wen"}),
    ],
)
def test_company_words_end_a_name(text: str, expected: set[str]) -> None:
    assert _names(text) == expected


def test_regression_brand_after_a_title_is_no_person() -> None:
    """A company's two-word English name after `Chủ tịch` was read as a person's name."""
    assert _names("Ông Fenwick Ho - Chủ tịch Orbis Computer, đã tới.") == {"Fenwick Ho"}


def test_regression_given_name_of_a_foreign_name_with_a_vietnamese_first_syllable() -> None:
    """`ông Han` after `Han Shen Lin` was a person of its own: `Han` is a Vietnamese syllable,
    but `Shen` makes the name foreign."""
    text = "Theo nhận định của Han Shen Lin, giám đốc khu vực, đồng tiền sẽ tăng. Ông Han nói thêm."
    assert _names(text) == {"Han Shen Lin"}
