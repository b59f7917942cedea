"""`và` inside one run of titles between two names parts the two holders' titles (issue 9 pattern
12). Sentences written by the project's authors."""

from __future__ import annotations

import pytest

from conftest import run


def _positions(text: str) -> dict[str, list[tuple[str, str | None]]]:
    return {p.name: [(x.title, x.org) for x in p.positions] for p in run(text).article.persons}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Đại tướng Ngô Xuân Lâm, Ủy viên Bộ Chính trị, Bộ trưởng Bộ Quốc phòng và Ủy viên Bộ Chính trị, Bí "
         "thư Thành ủy Hà Nội Hoàng Trung Hà đồng chủ trì Hội nghị.",
         {"Ngô Xuân Lâm": [("Ủy viên", "Bộ Chính trị"), ("Bộ trưởng", "Bộ Quốc phòng")],
          "Hoàng Trung Hà": [("Ủy viên", "Bộ Chính trị"), ("Bí thư", "Thành ủy Hà Nội")]}),
        ("Thượng tướng Trần Văn Tâm, Bộ trưởng Bộ Công an và Bí thư Tỉnh ủy Quảng Nam Lê Văn Bình dự lễ.",
         {"Trần Văn Tâm": [("Bộ trưởng", "Bộ Công an")], "Lê Văn Bình": [("Bí thư", "Tỉnh ủy Quảng Nam")]}),
        # one holder: `và` joins his own titles
        ("Ông Lê Văn An, Phó Bí thư Tỉnh ủy Quảng Nam và Chủ tịch UBND tỉnh Quảng Nam cho biết.",
         {"Lê Văn An": [("Phó Bí thư", "Tỉnh ủy Quảng Nam"), ("Chủ tịch", "UBND tỉnh Quảng Nam")]}),
        # `và` inside a body's name parts nothing
        ("Cùng dự có Giám đốc Sở Kế hoạch và Đầu tư tỉnh Quảng Nam, Phó Chủ tịch UBND tỉnh Hoàng Trung Hà.",
         {"Hoàng Trung Hà": [("Giám đốc", "Sở Kế hoạch và Đầu tư tỉnh Quảng Nam"),
                             ("Phó Chủ tịch", "UBND tỉnh Quảng Nam")]}),
    ],
)
def test_va_parts_two_holders_of_one_run(text: str, expected: dict[str, list]) -> None:
    positions = _positions(text)
    for person, offices in expected.items():
        assert positions[person] == offices, person
