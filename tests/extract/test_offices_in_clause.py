"""Holders named inside a clause (issue 9, pattern 11): titles followed by a dash and a form of
address name the person after them even where the titles are an object (`làm việc với Chủ tịch
UBND huyện - ông A`), while a comma there still parts the titles from the clause's subject.
Invented sentences: (text, person, expected (title, body) pairs)."""

from __future__ import annotations

import pytest

from conftest import run


def offices(text: str, name: str) -> set[tuple[str, str | None]]:
    persons = {p.name: p for p in run(text).article.persons}
    return {(pos.title, pos.org) for pos in persons[name].positions} if name in persons else set()


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Đoàn công tác đã làm việc với Chủ tịch UBND huyện Cần Đước - ông Nguyễn Văn Hùng về tiến độ dự án.",
     "Nguyễn Văn Hùng", {("Chủ tịch", "UBND huyện Cần Đước")}),
    ("Phóng viên đã liên hệ với Giám đốc Sở Y tế tỉnh Long An - bà Trần Thị Mai để tìm hiểu thông tin.",
     "Trần Thị Mai", {("Giám đốc", "Sở Y tế tỉnh Long An")}),
    ("Tài sản được cho là của gia đình Giám đốc Công an tỉnh Hòa Sơn – Đại tá Lê Văn Tâm đã được kê khai.",
     "Lê Văn Tâm", {("Giám đốc", "Công an tỉnh Hòa Sơn")}),
    ("Hai cựu Ngoại trưởng – ông Peter Hall và bà Anna Stone đã kêu gọi tòa án xem xét.",
     "Peter Hall", {("cựu Ngoại trưởng", None)}),
    # the object of a phrase that opens the clause: the name after is the clause's subject
    ("Báo cáo với Chủ tịch UBND huyện Cần Đước - ông Nguyễn Văn Hùng cho biết sẽ kiểm tra.",
     "Nguyễn Văn Hùng", set()),
    ("Sáng nay, trao đổi với Bí thư Huyện ủy - bà Trần Thị Mai cho biết đã nắm được sự việc.",
     "Trần Thị Mai", set()),
    ("Hôm qua, đoàn đã làm việc với Chủ tịch UBND huyện Cần Đước - ông Nguyễn Văn Hùng về dự án.",
     "Nguyễn Văn Hùng", {("Chủ tịch", "UBND huyện Cần Đước")}),
    # a comma after titles that are an object still names no holder
    ("Báo cáo với Chủ tịch UBND huyện Cần Đước, ông Nguyễn Văn Hùng cho biết sẽ kiểm tra.",
     "Nguyễn Văn Hùng", set()),
    # a name before the titles keeps them
    ("Ông Lê Văn Tám, Phó Chủ tịch UBND huyện Cần Đước - ông Tám cho biết.", "Lê Văn Tám",
     {("Phó Chủ tịch", "UBND huyện Cần Đước")}),
])
def test_dash_and_address_name_the_holder(text: str, name: str, expected: set) -> None:
    assert offices(text, name) == expected
