"""A degree written out with its field between a name and its offices (issue 9 pattern 12).
Sentences written by the project's authors."""

from __future__ import annotations

import pytest

from conftest import run


def _positions(text: str) -> dict[str, list[tuple[str, str | None]]]:
    doc = run(text, title="Thanh Hóa: nhân sự")
    return {p.name: [(x.title, x.org) for x in p.positions] for p in doc.article.persons}


@pytest.mark.parametrize(
    ("text", "person", "expected"),
    [
        ("Ông Đỗ Trọng Hùng, 49 tuổi, tiến sĩ triết học, Phó Bí thư Thường trực, được bầu làm Bí thư Tỉnh ủy "
         "Thanh Hóa.", "Đỗ Trọng Hùng", [("Phó Bí thư Thường trực", "Tỉnh ủy Thanh Hóa"),
                                               ("Bí thư", "Tỉnh ủy Thanh Hóa")]),
        ("Ông Lê Văn Tâm, kỹ sư xây dựng, Giám đốc Công ty Cổ phần Hòa Bình, cho biết.", "Lê Văn Tâm",
         [("Giám đốc", "Công ty Cổ phần Hòa Bình")]),
        ("Bà Trần Thị Mai, thạc sĩ kinh tế, Phó Giám đốc Sở Tài chính, phát biểu.", "Trần Thị Mai",
         [("Phó Giám đốc", "Sở Tài chính tỉnh Thanh Hóa")]),
        # a field that runs on is a sentence, not a degree
        ("Ông Lê Văn Tâm, kỹ sư làm việc lâu năm ở công trường xa, Giám đốc Công ty Cổ phần Hòa Bình, cho biết.",
         "Lê Văn Tâm", []),
    ],
)
def test_a_degree_and_its_field_between_a_name_and_its_offices(text: str, person: str, expected: list) -> None:
    assert _positions(text)[person] == expected
