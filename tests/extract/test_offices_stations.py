"""Offices held at a station abroad (`Đại sứ Việt Nam tại Nhật Bản A`), a semicolon that ends one
holder's item of a list of attendees, the offices the title table gained (`Phó phòng`, `Đội
trưởng`, `Bí thư thứ nhất`, `CEO`, …) and a unit head's lower-case unit before its parent body.
Sentences written by the project's authors."""

from __future__ import annotations

import pytest

from conftest import offices_of


@pytest.mark.parametrize(
    ("text", "holder", "titles"),
    [
        ("Tham dự có Đại sứ Việt Nam tại Nhật Bản Nguyễn Quốc Bảo và lãnh đạo một số bộ.",
         "Nguyễn Quốc Bảo", ["Đại sứ"]),
        ("Đại sứ Lào tại Việt Nam Khamphao Ernthavanh phát biểu tại buổi lễ.", "Khamphao Ernthavanh", ["Đại sứ"]),
        ("Về phía Nga có Thứ trưởng Bộ Ngoại giao Nga Igor Petrov, Đại sứ Nga tại Việt Nam Konstantin Ivanov.",
         "Konstantin Ivanov", ["Đại sứ"]),
        ("Dự lễ có ông Trần Văn Nam, Bí thư Tỉnh ủy Quảng Nam; Đại sứ Việt Nam tại Trung Quốc Đặng Minh Hòa.",
         "Đặng Minh Hòa", ["Đại sứ"]),
    ],
)
def test_a_station_between_the_title_and_the_name(text: str, holder: str, titles: list[str]) -> None:
    assert [t for t, _ in offices_of(text)[holder]] == titles


@pytest.mark.parametrize(
    ("text", "holder", "not_titles"),
    [
        # the ambassador's title is not the name's before the semicolon
        ("Dự lễ có ông Trần Văn Nam, Bí thư Tỉnh ủy Quảng Nam; Đại sứ Việt Nam tại Trung Quốc Đặng Minh Hòa.",
         "Trần Văn Nam", ["Đại sứ"]),
        ("Dự có ông Nguyễn Văn Sơn, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Hà Giang; Phó Bí thư Tỉnh ủy Hà Giang "
         "Nguyễn Mạnh Tuấn.", "Nguyễn Mạnh Tuấn", ["Chủ tịch"]),
        # a place after `tại` that is no station still lets the name before hold the title
        ("Ông Lê Văn An, Bí thư Tỉnh ủy Quảng Nam, phát biểu tại Hà Nội.", "Lê Văn An", ["Đại sứ"]),
    ],
)
def test_the_name_before_a_semicolon_keeps_only_its_own_titles(text: str, holder: str, not_titles: list[str]) -> None:
    titles = [t for t, _ in offices_of(text)[holder]]
    assert [t for t in not_titles if t in titles] == []
    assert titles


@pytest.mark.parametrize(
    ("text", "holder", "title"),
    [
        ("Ông Hoàng Đại Nghĩa, Đội trưởng Đội Quản lý thị trường số 6, cho biết.", "Hoàng Đại Nghĩa", "Đội trưởng"),
        ("Bí thư thứ nhất Trung ương Đoàn Lê Quốc Hưng phát biểu.", "Lê Quốc Hưng", "Bí thư thứ nhất"),
        ("Theo ông Trần Văn Cường, Phó phòng Kế hoạch tài chính Sở Xây dựng, dự án chậm tiến độ.",
         "Trần Văn Cường", "Phó phòng"),
        ("Đây là nhà hàng yêu thích của CEO Nvidia Jensen Huang.", "Jensen Huang", "CEO"),
        ("Ông Lê Đức Anh, nguyên Cố vấn Ban Chấp hành Trung ương Đảng, đã từ trần.", "Lê Đức Anh", "nguyên Cố vấn"),
        ("Ông Hoàng Văn Hải chuyển lên làm Phó Văn phòng kiêm Trưởng phòng Tổng hợp Bộ Năng lượng.",
         "Hoàng Văn Hải", "Phó Văn phòng"),
        # a verb of moving to an office
        ("Năm 1997 ông Phạm Sỹ Vinh chuyển sang Phó phòng Kế hoạch tài chính.", "Phạm Sỹ Vinh", "Phó phòng"),
    ],
)
def test_offices_the_title_table_gained(text: str, holder: str, title: str) -> None:
    assert title in [t for t, _ in offices_of(text)[holder]]


def test_a_unit_heads_lower_case_unit_before_its_parent_body_is_no_verb() -> None:
    text = ("Các đại biểu bầu bà Phan Thị Tuyết Mai - Phó phòng tổng hợp HĐND thành phố làm Phó trưởng ban "
            "Kinh tế - Ngân sách.")
    titles = [t for t, _ in offices_of(text)["Phan Thị Tuyết Mai"]]
    assert titles == ["Phó phòng", "Phó Trưởng ban"]
