"""A run `Phó X` whose office goes on in lower case is the head of an office, not a name
(`data/persons/title_tails.txt`): `Phó Trưởng khoa`, `Phó Hạt trưởng`. Invented sentences:
(text, persons)."""

from __future__ import annotations

import pytest

from conftest import run


def _names(text: str) -> set[str]:
    return {p.name for p in run(text).article.persons}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ông Nguyễn Văn Bình, giảng viên, Phó Trưởng khoa Luật, cho biết thêm.", {"Nguyễn Văn Bình"}),
        ("Ông Thái Hữu Nhân, Phó Hạt trưởng Hạt Kiểm lâm huyện, bị kỷ luật.", {"Thái Hữu Nhân"}),
        ("Anh Lê Minh Hùng - Phó Đội trưởng Đội Cảnh sát giao thông - cho biết.", {"Lê Minh Hùng"}),
        ("Ông Trần Văn Nam được cử làm Phó Lãnh sự tại Tổng lãnh sự quán.", {"Trần Văn Nam"}),
        ("Bà Lê Thị Hà, nguyên Phó Chánh tòa Hình sự, đã nghỉ hưu.", {"Lê Thị Hà"}),
        # a person of the family Phó keeps the name
        ("Nhạc sĩ Phó Đức Phương sáng tác nhiều ca khúc.", {"Phó Đức Phương"}),
        ("Ông Phó Minh Tâm nói rằng dự án đã xong.", {"Phó Minh Tâm"}),
    ],
)
def test_office_heads_are_no_names(text: str, expected: set[str]) -> None:
    assert _names(text) == expected
