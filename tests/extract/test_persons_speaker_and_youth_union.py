"""Persons: a foreign speaker after a quotation, named with a role (`"…", Kelvin Lam, nhà kinh tế
…`), and a person's name inside a youth organisation's name (`Đoàn Thanh niên Cộng sản Hồ Chí
Minh`). Invented sentences: (text, persons)."""

from __future__ import annotations

import pytest

from conftest import run


def _names(text: str) -> set[str]:
    return {p.name for p in run(text).article.persons}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"Kinh tế sẽ tăng tốc", Kevin Tran, nhà kinh tế trưởng tại Acme Research, nói.', {"Kevin Tran"}),
        ("“Giá dầu sẽ giảm”, Oskar Lindqvist, chuyên gia năng lượng, nhận định.", {"Oskar Lindqvist"}),
        # a role after a company, with no quotation before it, names no one
        ("Theo Goldman Sachs, chuyên gia dự báo giá vàng tăng.", set()),
        ("Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh tổ chức lễ tuyên dương.", set()),
        ("Liên đội Thiếu niên Tiền phong Hồ Chí Minh của trường nhận cờ.", set()),
        ("Chủ tịch Hồ Chí Minh đọc Tuyên ngôn độc lập.", {"Hồ Chí Minh"}),
    ],
)
def test_speaker_and_youth_union(text: str, expected: set[str]) -> None:
    assert _names(text) == expected


def test_regression_union_named_after_a_person() -> None:
    """`Trung ương Đoàn Thanh niên cộng sản Hồ Chí Minh` made a person of the union's name."""
    assert _names("Bí thư thứ nhất Trung ương Đoàn thanh niên cộng sản Hồ Chí Minh phát biểu.") == set()
