"""Names in a list of names (`diembao.extract.name_lists`): bare stage and given names beside
persons found. Invented sentences: (text, persons)."""

from __future__ import annotations

import pytest

from conftest import run


def _names(text: str) -> set[str]:
    return {p.name for p in run(text).article.persons}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dàn sao gồm Lâm Ngọc Hà, Thúy Vân, Châu Khải và đạo diễn Trần Thành Trung.",
         {"Lâm Ngọc Hà", "Thúy Vân", "Châu Khải", "Trần Thành Trung"}),
        # remarks in brackets after a name
        ("Nhiều nghệ sĩ nam gồm: Lý Bỉnh Toàn (phải), Hứa Vỹ Lâm, Song Hiếu (trái), Quốc Khang, "
         "Trần Ngọc Sang. Bên cạnh đó là dàn sao nữ.",
         {"Lý Bỉnh Toàn", "Hứa Vỹ Lâm", "Song Hiếu", "Quốc Khang", "Trần Ngọc Sang"}),
        # one known person is not enough to make a list of persons
        ("Tham dự có Nguyễn Văn Khải, Tân Phú, Hòa Lạc.", {"Nguyễn Văn Khải"}),
    ],
)
def test_bare_names_in_a_list_of_names(text: str, expected: set[str]) -> None:
    assert _names(text) == expected


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a list of wards or streets named after persons: its bare names are places
        ("Thị xã gồm 9 phường: Lê Lợi, Quang Trung, Phú Thịnh, Ngô Quyền, Sơn Lộc.", {"Phú Thịnh", "Sơn Lộc"}),
        ("Các trục đường tại trung tâm như: Bùi Thị Xuân, Tôn Thất Tùng, Cống Khải đông xe.", {"Cống Khải"}),
        # a list that begins with other things before its names
        ("Cấm xe ở khu vực Quảng trường Đông Kinh, Lý Đạo Thành, Tông Đản, Lý Thường Kiệt.", {"Tông Đản"}),
        # a name that a sentence goes on from is no item of the list
        ("Ca sĩ Trần Văn Khải, Lâm Thu Hà, Song Hiếu hát.", {"Song Hiếu"}),
    ],
)
def test_no_bare_names_outside_a_list_of_persons(text: str, absent: set[str]) -> None:
    assert not _names(text) & absent


def test_regression_given_name_inside_a_longer_name() -> None:
    """`Tập Cận Bình, Lý Khắc Cường, …`: the tail `Cận Bình` of the first name was taken as a
    bare item of its own."""
    text = "Ban Thường vụ gồm các ông: Tập Cận Bình, Lý Khắc Cường, Lật Chiến Thư."
    assert "Cận Bình" not in _names(text)


def test_regression_a_text_that_ends_with_a_join_after_a_name() -> None:
    """The article's last token a comma after a listed name: the list reader looked for the next
    item past the end of the text (IndexError over a vietnews article)."""
    assert {p.name for p in run("Ông Nguyễn Văn An và bà Trần Thị Bình,").article.persons} == {
        "Nguyễn Văn An", "Trần Thị Bình"}
