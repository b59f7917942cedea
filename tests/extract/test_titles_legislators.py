"""Legislators' and a party's deputy secretary's titles (issue 9 pattern 4): `Hạ nghị sỹ`,
`Thượng nghị sĩ`, `Phó Tổng Thư ký` are offices, kept as written. Sentences written by the
project's authors."""

from __future__ import annotations

import pytest

from conftest import run


@pytest.mark.parametrize(
    ("text", "person", "titles"),
    [
        ("Đoàn do ngài Edano Yuki, Hạ Nghị sỹ, Phó Tổng thư ký Thường trực Đảng Dân chủ Nhật Bản dẫn đầu.",
         "Edano Yuki", ["Hạ nghị sỹ", "Phó Tổng Thư ký Thường trực"]),
        ("Hạ nghị sĩ Mỹ John Smith phát biểu.", "John Smith", ["Hạ nghị sĩ"]),
        ("Ông Lê Văn An, Phó Tổng Thư ký Hội Nhà báo, cho biết.", "Lê Văn An", ["Phó Tổng Thư ký"]),
    ],
)
def test_legislators_and_deputy_secretaries(text: str, person: str, titles: list[str]) -> None:
    [found] = [p for p in run(text).article.persons if p.name == person]
    assert [x.title for x in found.positions] == titles


def test_regression_phó_tổng_is_no_person() -> None:
    names = [p.name for p in run("Ngài Edano Yuki, Phó Tổng thư ký Đảng Dân chủ, dẫn đầu đoàn.").article.persons]
    assert names == ["Edano Yuki"]
