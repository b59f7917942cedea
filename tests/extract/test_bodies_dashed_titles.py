"""A title and its body parted by a dash (`bodies/dashed_titles.py`). Invented sentences:
(text, person, expected positions)."""

from __future__ import annotations

import pytest

from conftest import run


def _positions(text: str) -> dict[str, list[tuple[str, str | None]]]:
    return {p.name: [(x.title, x.org) for x in p.positions] for p in run(text).article.persons}


@pytest.mark.parametrize(
    ("text", "person", "expected"),
    [
        ("Bà Nguyễn Thị Lan, Phó Chánh Văn phòng - Tổng cục Đường bộ Việt Nam, phát biểu.", "Nguyễn Thị Lan",
         [("Phó Chánh Văn phòng", "Tổng cục Đường bộ Việt Nam")]),
        ("Ông Lê Văn Hải, Giám đốc – Công an tỉnh Nghệ An cho biết vụ việc đang được điều tra.", "Lê Văn Hải",
         [("Giám đốc", "Công an tỉnh Nghệ An")]),
        ("Ông Lê Văn Hải, Tổng Giám đốc - Công ty Cổ phần Hòa Bình cho biết.", "Lê Văn Hải",
         [("Tổng Giám đốc", "Công ty Cổ phần Hòa Bình")]),
        # A body written without the dash reads as before.
        ("Bà Nguyễn Thị Lan, Phó Chánh Văn phòng Tổng cục Đường bộ Việt Nam, phát biểu.", "Nguyễn Thị Lan",
         [("Phó Chánh Văn phòng", "Tổng cục Đường bộ Việt Nam")]),
        # A title with a conventional body keeps it: what follows the dash is the sentence's.
        ("Thủ tướng Nguyễn Văn An - Chính phủ đã chỉ đạo quyết liệt.", "Nguyễn Văn An",
         [("Thủ tướng", "Chính phủ")]),
    ],
)
def test_the_body_after_a_dash_is_the_titles(text: str, person: str, expected: list[tuple[str, str | None]]) -> None:
    assert _positions(text)[person] == expected


def test_a_lower_case_word_after_the_dash_is_no_body() -> None:
    found = _positions("Ông Lê Văn Hải, Giám đốc - người đứng đầu đơn vị, cho biết.")
    assert found["Lê Văn Hải"] == [("Giám đốc", None)]
