"""Persons announced otherwise than by a cue right before the name (issue 9): a foreign name
with its office after a comma or a dash, or joined by `và` to a cued name; a title whose head is
also a family name (`Phó Thống đốc`) is no name; a form of address written with a capital ends
the name before it. Invented sentences in the seed's style: (text, persons)."""

from __future__ import annotations

import pytest

from conftest import run


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a foreign name, its office after a dash or a comma
        ("Dự tiệc có Henry Walsh - Chủ tịch Tập đoàn Northwind.", {"Henry Walsh"}),
        ("Theo Marta Kowalski, giám đốc khu vực của quỹ, lãi suất sẽ giảm.", {"Marta Kowalski"}),
        ("Khách mời gồm Peter Brandt - Chủ tịch Hãng Alton, Olga Sorensen - Giám đốc Hãng Veldt.",
         {"Peter Brandt", "Olga Sorensen"}),
        # a second foreign name joined to a cued one
        ("Bộ phim của đạo diễn Tom Avery và Lena Hart ra mắt tại Hà Nội.", {"Tom Avery", "Lena Hart"}),
        # Vietnamese syllables only, with no family name: not a foreign name, not announced
        ("Sản phẩm Hòa Bình - Giám đốc nhà máy cho biết đã xuất khẩu.", set()),
        # one word is not enough to be a foreign name
        ("Sản phẩm của Northwind, Giám đốc nhà máy cho biết đã xuất khẩu.", set()),
        # no office after the dash: nothing announces it
        ("Họ đến từ Green Valley - một thị trấn nhỏ.", set()),
    ],
)
def test_a_foreign_name_announced_by_what_follows(text: str, expected: set[str]) -> None:
    assert {p.name for p in run(text).article.persons} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # regression: `Phó Thống`, `Phó Tổng Thư`, `Phó Đô`, `Phó Thủ` were persons
        ("Phó Thống đốc Ngân hàng Hòa Sơn cho biết lãi suất sẽ giảm.", set()),
        ("Ông Tanaka Hiroshi, Phó Tổng Thư ký Đảng Dân chủ, đến thăm.", {"Tanaka Hiroshi"}),
        ("Dự lễ có Phó Đô đốc Lê Văn Khải.", {"Lê Văn Khải"}),
        ("Thượng tá Trần Minh Hào – Phó Thủ trưởng cơ quan điều tra cho biết.", {"Trần Minh Hào"}),
        ("Sáng nay, Đoàn Đại biểu Quốc hội tỉnh Bến Tre tiếp xúc cử tri.", set()),
        # the family names `Phó`, `Đoàn` still start a name
        ("Hôm qua, Đoàn Văn Lợi phát biểu tại hội nghị.", {"Đoàn Văn Lợi"}),
        ("Hôm qua, Phó Đức Lâm cho biết đã nộp hồ sơ.", {"Phó Đức Lâm"}),
        ("Ông Phó Đức Lâm cho biết đã nộp hồ sơ.", {"Phó Đức Lâm"}),
    ],
)
def test_a_title_headed_by_a_family_name_is_no_name(text: str, expected: set[str]) -> None:
    assert {p.name for p in run(text).article.persons} == expected


def test_a_capital_form_of_address_ends_the_name_before_it() -> None:
    # regression: a caption run into the text gave `Lê Văn Khoa Ông Khoa`
    article = run("Ông Lê Văn Khoa Ông Khoa nói rằng sẽ rút kinh nghiệm.").article
    assert [p.name for p in article.persons] == ["Lê Văn Khoa"]
    assert [m.text for m in article.persons[0].mentions] == ["Lê Văn Khoa", "Khoa"]


@pytest.mark.parametrize(
    ("text", "name", "org"),
    [
        # regression: `Bến` (a thing word, `bến xe`) starting the run hid the name after the place
        ("Bí thư Tỉnh ủy Bến Tre Nguyễn Văn An cho biết.", "Nguyễn Văn An", "Tỉnh ủy Bến Tre"),
        ("Chủ tịch UBND tỉnh Bến Tre Trần Thị Lụa phát biểu.", "Trần Thị Lụa", "UBND tỉnh Bến Tre"),
    ],
)
def test_a_name_after_a_place_that_a_thing_word_starts(text: str, name: str, org: str) -> None:
    persons = {p.name: p for p in run(text).article.persons}
    assert [pos.org for pos in persons[name].positions] == [org]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # regression: `Anh` closing a name was read as `anh`, a form of address for the next word
        ("Gia đình Đại tướng Lê Đức Hòa Anh  Trân trọng cảm ơn các đoàn.", {"Lê Đức Hòa Anh"}),
        ("Gia đình ông Trần Văn Anh  Tang lễ được tổ chức tại nhà riêng.", {"Trần Văn Anh"}),
        # a form of address still announces a given name
        ("Hôm qua, bà Lan gặp anh Tuấn ở chợ.", {"Lan", "Tuấn"}),
    ],
)
def test_the_end_of_a_name_is_no_form_of_address(text: str, expected: set[str]) -> None:
    assert {p.name for p in run(text).article.persons} == expected
