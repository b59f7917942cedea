"""Offices: `Tổng Thư ký` of any body and its deputies (`Phó Tổng Thư ký Thường trực`), not
only of the Quốc hội. Invented sentences: (text, {(person, title)})."""

from __future__ import annotations

import pytest

from conftest import run


def _titles(text: str) -> set[tuple[str, str]]:
    persons = run(text).article.persons
    held = {(p.name, q.title) for p in persons for q in p.positions}
    return held | {(p.name, "") for p in persons if not p.positions}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Đoàn do Phó Tổng Thư ký Thường trực Đảng Dân chủ Nhật Bản Mori Haruto dẫn đầu.",
         {("Mori Haruto", "Phó Tổng Thư ký Thường trực")}),
        ("Tổng Thư ký Liên Hợp Quốc Alvaro Benedetti phát biểu.", {("Alvaro Benedetti", "Tổng Thư ký")}),
        ("Tổng Thư ký Quốc hội Lê Văn Khải chủ trì họp báo.", {("Lê Văn Khải", "Tổng Thư ký")}),
    ],
)
def test_secretary_general_is_an_office(text: str, expected: set[tuple[str, str]]) -> None:
    assert _titles(text) == expected


def test_regression_deputy_secretary_general_is_no_person() -> None:
    """`…, Phó Tổng thư ký Thường trực …` after a name: `Phó Tổng` (Phó a family name) was a person."""
    text = "Ngài Mori Haruto, Hạ Nghị sỹ, Phó Tổng thư ký Thường trực Đảng Dân chủ Tự do dẫn đầu."
    assert {p.name for p in run(text).article.persons} == {"Mori Haruto"}
