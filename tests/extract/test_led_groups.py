"""The group a bare head-title heads when the sentence names its leader with `do … làm`
(`extract/led_groups.py`). Invented sentences: (text, person, expected positions)."""

from __future__ import annotations

import pytest

from conftest import body_names, offices_of


@pytest.mark.parametrize(
    ("text", "person", "expected"),
    [
        ("Sáng 6/7, Đoàn kiểm tra của Ban Bí thư do Ủy viên Bộ Chính trị Võ Văn Thành làm Trưởng đoàn đã làm "
         "việc với tỉnh.", "Võ Văn Thành",
         [("Ủy viên", "Bộ Chính trị"), ("Trưởng Đoàn", "Đoàn kiểm tra của Ban Bí thư")]),
        ("Trước đó, Đoàn thanh tra do ông Phạm Văn Đạt làm trưởng đoàn đã lên Yên Bái.", "Phạm Văn Đạt",
         [("Trưởng Đoàn", "Đoàn thanh tra")]),
        # The group's name ends before the words that describe it.
        ("Danh sách Ban lễ tang gồm 39 người, do ông Lê Văn Hải làm Trưởng ban.", "Lê Văn Hải",
         [("Trưởng ban", "Ban lễ tang")]),
        # No group named before `do`: no body.
        ("Do ông Lê Văn Hải làm Trưởng đoàn, đoàn đã đến thăm.", "Lê Văn Hải", [("Trưởng Đoàn", None)]),
        # A group of another sentence is not this one's.
        ("Đoàn công tác đã về. Do ông Lê Văn Hải làm Trưởng đoàn, đoàn đã đến thăm.", "Lê Văn Hải",
         [("Trưởng Đoàn", None)]),
    ],
)
def test_the_head_of_a_group_led_by_the_person(text: str, person: str,
                                              expected: list[tuple[str, str | None]]) -> None:
    assert offices_of(text)[person] == expected


def test_the_led_group_is_a_body_of_the_article() -> None:
    assert "Đoàn thanh tra" in body_names("Đoàn thanh tra do ông Phạm Văn Đạt làm trưởng đoàn đã lên Yên Bái.")


@pytest.mark.parametrize(
    ("text", "person", "expected"),
    [
        ("Trường Cán bộ Hòa Sơn thành lập năm 1998. Năm 2008, bà Trương Thị Hiền được bổ nhiệm làm hiệu trưởng "
         "trường này.", "Trương Thị Hiền", [("Hiệu trưởng", "Trường Cán bộ Hòa Sơn")]),
        ("Sở Tài chính tỉnh Nghệ An vừa họp. Ông Lê Văn Hải được bổ nhiệm làm Giám đốc sở này.", "Lê Văn Hải",
         [("Giám đốc", "Sở Tài chính tỉnh Nghệ An")]),
        # The nearest body of that kind before it.
        ("Sở Y tế tỉnh Nghệ An và Sở Tài chính tỉnh Nghệ An vừa họp. Ông Lê Văn Hải được bổ nhiệm làm Giám đốc "
         "sở này.", "Lê Văn Hải", [("Giám đốc", "Sở Tài chính tỉnh Nghệ An")]),
        # No body of that kind before it: none.
        ("Công ty Minh Phát vừa họp. Ông Lê Văn Hải được bổ nhiệm làm Giám đốc sở này.", "Lê Văn Hải",
         [("Giám đốc", None)]),
    ],
)
def test_a_title_of_the_unit_this_points_back_to(text: str, person: str,
                                                expected: list[tuple[str, str | None]]) -> None:
    assert offices_of(text)[person] == expected
