"""A clause of capacity (`với trách nhiệm`, `với tư cách`) opening a sentence gives its titles to
the subject named after it, also past the name of a council the body grammar does not read
(extract/unread_body.py); not past words no body's name holds, nor across a line. Sentences
written by the project's authors."""

from __future__ import annotations

import pytest

from conftest import offices_of


@pytest.mark.parametrize(
    ("text", "holder", "titles"),
    [
        ("Từ năm 2015 đến nay, với trách nhiệm Đảng ủy viên, Trưởng phòng Tổ chức cán bộ Sở Nội vụ, "
         "ông Nguyễn Văn Long thiếu trách nhiệm.", "Nguyễn Văn Long", ["Ủy viên", "Trưởng phòng"]),
        ("Với trách nhiệm Phó Chủ tịch Hội đồng xét tuyển công chức ngành giáo dục tỉnh Quảng Trị năm 2018, "
         "ông Nguyễn Văn Long thiếu kiểm tra.", "Nguyễn Văn Long", ["Phó Chủ tịch"]),
        ("Trong thời gian giữ cương vị Bộ trưởng Bộ Tài chính kiêm nhiệm Chủ tịch Hội đồng quản lý Bảo hiểm "
         "xã hội Việt Nam, ông Trần Văn Ninh đã thiếu trách nhiệm.", "Trần Văn Ninh", ["Chủ tịch"]),
        ("Ông Lê Văn Cang ký văn bản với tư cách Ủy viên UBND TP Hồ Chí Minh.", "Lê Văn Cang", ["Ủy viên"]),
    ],
)
def test_a_clause_of_capacity_names_its_holder(text: str, holder: str, titles: list[str]) -> None:
    assert [t for t, _ in offices_of(text)[holder]] == titles


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        # a verb inside the words after the title: they are no body's name
        ("Còn vị trí Giám đốc Sở này sẽ được tổ chức thi tuyển, ông Trần Thọ nói.", "Trần Thọ"),
        # a headline above the sentence: the name belongs to the next line
        ("Bí thư Lạng Sơn làm Chủ tịch Tập đoàn dầu khí\nNgày 24/12 tại Lạng Sơn, ông Phạm Minh Hòa công bố "
         "quyết định.", "Phạm Minh Hòa"),
    ],
)
def test_no_holder_past_words_that_are_no_body(text: str, holder: str) -> None:
    assert "Chủ tịch" not in [t for t, _ in offices_of(text).get(holder, [])]
    assert "Giám đốc" not in [t for t, _ in offices_of(text).get(holder, [])]
