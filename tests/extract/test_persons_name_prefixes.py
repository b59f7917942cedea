"""One person read as two names, one the other's beginning (`diembao.extract.name_prefixes`).
Invented sentences: (text, persons)."""

from __future__ import annotations

import pytest

from conftest import run


def _names(text: str) -> set[str]:
    return {p.name for p in run(text).article.persons}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a heading run into the text adds a syllable once
        ("Ông Trương Quý Sơn, Giám đốc bệnh viện, bị tố cáo. Ông Trương Quý Sơn Liên tiếp sai phạm. "
         "Ông Trương Quý Sơn vi phạm quy định.", {"Trương Quý Sơn"}),
        # a slip of the keyboard drops the capital of the last syllable once
        ("Ông Võ Kim Sang nghỉ hưu. Ông Võ Kim sang thôi làm đại biểu. Ông Võ Kim Sang nói.", {"Võ Kim Sang"}),
        # written as often: the name nearer three syllables
        ("Bà Hà Thu chúc mừng ông Đinh Công Lâm Trao quyết định cho ông Đinh Công Lâm, Thành ủy viên.",
         {"Hà Thu", "Đinh Công Lâm"}),
        # foreign names are left alone
        ("Ông Pierre Laval dự lễ. Ông Pierre Laval Dupont cũng dự. Ông Pierre Laval phát biểu.",
         {"Pierre Laval", "Pierre Laval Dupont"}),
        # names that differ in a syllable are two persons
        ("Ông Lê Văn Khải và ông Lê Văn Khang cùng dự.", {"Lê Văn Khải", "Lê Văn Khang"}),
    ],
)
def test_one_person_read_as_two_names(text: str, expected: set[str]) -> None:
    assert _names(text) == expected


def test_regression_office_read_inside_the_name() -> None:
    """`Ông Phạm Minh Khang Ủy viên …`: a title read across the name's last syllable left a second
    person `Phạm Minh` beside `Phạm Minh Khang`."""
    text = ("Ông Phạm Minh Khang, Ủy viên Bộ Chính trị phát biểu. Ông Phạm Minh Khang Ủy viên Bộ Chính trị "
            "cho biết thêm.")
    assert _names(text) == {"Phạm Minh Khang"}
