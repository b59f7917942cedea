"""Chains of titles (issue 9, patterns 11 and 12): names written after a body keep the chain
before them. Invented sentences: (text, person, expected titles in order)."""

from __future__ import annotations

import pytest

from conftest import run


def _titles(text: str) -> dict[str, list[str]]:
    return {p.name: [x.title for x in p.positions] for p in run(text).article.persons}


@pytest.mark.parametrize(
    ("text", "person", "expected"),
    [
        ("Phó Bí thư Thường trực Thành ủy, Chủ tịch HĐND thành phố Lương Văn Khải; Phó Bí thư Thành ủy, "
         "Chủ tịch UBND thành phố Lê Trung Hòa đồng chủ trì hội nghị.", "Lương Văn Khải",
         ["Phó Bí thư Thường trực", "Chủ tịch"]),
        ("Phó Bí thư Thường trực Thành ủy, Chủ tịch HĐND thành phố Lương Văn Khải; Phó Bí thư Thành ủy, "
         "Chủ tịch UBND thành phố Lê Trung Hòa đồng chủ trì hội nghị.", "Lê Trung Hòa",
         ["Phó Bí thư", "Chủ tịch"]),
        ("Chủ tịch UBND thành phố Trần Văn Lâm kiểm tra công trình.", "Trần Văn Lâm", ["Chủ tịch"]),
    ],
)
def test_names_after_a_body_keep_their_chain(text: str, person: str, expected: list[str]) -> None:
    assert _titles(text)[person] == expected


def test_regression_pho_of_thanh_pho_is_no_street() -> None:
    # Before: `phố` of `thành phố` was read as a street word, so the name after it was a street.
    assert "Lê Trung Hòa" in _titles("Chủ tịch UBND thành phố Lê Trung Hòa chủ trì.")


def test_a_street_still_is_no_person() -> None:
    assert "Lê Lợi" not in _titles("Trụ sở nằm trên phố Lê Lợi, Chủ tịch Nguyễn Văn Bảo cho biết.")


@pytest.mark.parametrize(
    ("text", "names", "title"),
    [
        ("Dự hội nghị có các Phó Chủ tịch UBND tỉnh Nguyễn Văn Ân, Trần Thị Bình và Lê Văn Cường.",
         ["Nguyễn Văn Ân", "Trần Thị Bình", "Lê Văn Cường"], "Phó Chủ tịch"),
        ("Ngoài Bộ trưởng Trần Văn Nghĩa, bộ có bốn Thứ trưởng gồm các ông Nguyễn Văn Đông, Hồ Văn Côn, "
         "Lê Đình Thạch, và Nguyễn Nhật Quang.",
         ["Nguyễn Văn Đông", "Hồ Văn Côn", "Lê Đình Thạch", "Nguyễn Nhật Quang"], "Thứ trưởng"),
        ("Hai Phó Bí thư Tỉnh ủy Đặng Văn Hùng, Phạm Thị Lan cùng dự.", ["Đặng Văn Hùng", "Phạm Thị Lan"],
         "Phó Bí thư"),
    ],
)
def test_a_plural_title_goes_to_every_listed_name(text: str, names: list[str], title: str) -> None:
    found = _titles(text)
    for name in names:
        assert title in found[name], name


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # A singular title stands before one name only.
        ("Phó Chủ tịch UBND tỉnh Nguyễn Văn Ân, Trần Thị Bình cùng dự.", "Trần Thị Bình"),
        # A list stops where another title begins.
        ("Các Phó Chủ tịch UBND tỉnh Nguyễn Văn Ân, Giám đốc Sở Y tế Trần Thị Bình cùng dự.", "Trần Thị Bình"),
    ],
)
def test_a_list_does_not_reach_past_its_names(text: str, person: str) -> None:
    assert "Phó Chủ tịch" not in _titles(text).get(person, [])


def test_regression_thu_truong_gom_cac_ong_gave_no_name_a_title() -> None:
    # Before: `gồm các ông` broke the link and the listed deputy ministers held nothing.
    found = _titles("Bộ có hai Thứ trưởng gồm các ông Nguyễn Văn Đông, Hồ Văn Côn.")
    assert found["Nguyễn Văn Đông"] == ["Thứ trưởng"] and found["Hồ Văn Côn"] == ["Thứ trưởng"]


@pytest.mark.parametrize(
    ("text", "person", "expected"),
    [
        ("Tại hội nghị, ông Nguyễn Văn Bình - Ủy viên Ban Chấp hành Trung ương Đảng, Phó Trưởng ban "
         "Thường trực Ban Kinh tế Trung ương phát biểu.", "Nguyễn Văn Bình",
         [("Ủy viên", "Ban Chấp hành Trung ương Đảng"), ("Phó Trưởng ban Thường trực", "Ban Kinh tế Trung ương")]),
        ("Ông Trần Văn Lợi, Phó trưởng Ban Thường trực Ban Đối ngoại Trung ương dự buổi tiếp.", "Trần Văn Lợi",
         [("Phó Trưởng ban Thường trực", "Ban Đối ngoại Trung ương")]),
    ],
)
def test_a_dash_opens_the_chain_and_a_standing_deputy_keeps_his_board(
        text: str, person: str, expected: list[tuple[str, str]]) -> None:
    found = {p.name: [(x.title, x.org) for x in p.positions] for p in run(text).article.persons}
    assert found[person] == expected


def test_regression_thuong_truc_was_read_as_part_of_the_board() -> None:
    # Before: `Phó Trưởng ban` + body `Thường trực Ban Kinh tế Trung ương`.
    persons = run("Ông Trần Văn Lợi, Phó Trưởng ban Thường trực Ban Kinh tế Trung ương dự.").article.persons
    assert persons[0].positions[0].org == "Ban Kinh tế Trung ương"


@pytest.mark.parametrize(
    ("text", "person", "title"),
    [
        ("Tổng Cục trưởng Nguyễn Văn Huấn quyết định điều động cán bộ.", "Nguyễn Văn Huấn", "Tổng cục trưởng"),
        ("Phó Tổng cục trưởng Nguyễn Xuân Cảnh trao quyết định.", "Nguyễn Xuân Cảnh", "Phó Tổng cục trưởng"),
        ("Phó Cục trưởng Trần Thị Mai cho biết.", "Trần Thị Mai", "Phó Cục trưởng"),
    ],
)
def test_a_name_after_a_unit_head_title_is_a_person(text: str, person: str, title: str) -> None:
    # Before: the name was read as the unit's (`Tổng cục Nguyễn Văn Huấn`) and no person was found.
    assert _titles(text)[person] == [title]


def test_a_unit_written_after_the_title_still_is_its_body() -> None:
    persons = run("Cục trưởng Cục Thuế Lê Văn An dự họp.").article.persons
    assert [(p.title, p.org) for p in persons[0].positions] == [("Cục trưởng", "Cục Thuế")]


@pytest.mark.parametrize(
    ("text", "person", "expected"),
    [
        ("Tổng cục Đường bộ Việt Nam: Tổng Cục trưởng Nguyễn Văn Huấn quyết định điều động cán bộ.",
         "Nguyễn Văn Huấn", [("Tổng cục trưởng", "Tổng cục Đường bộ Việt Nam")]),
        ("Lãnh đạo Bộ Y tế hiện có hai Thứ trưởng gồm các ông Nguyễn Văn Đông, Lê Đình Thạch.", "Lê Đình Thạch",
         [("Thứ trưởng", "Bộ Y tế")]),
        # Not across a sentence where the article names two units of the kind; where it names
        # one only, that one (extract/article_units.py).
        ("Bộ Y tế và Bộ Tài chính vừa ban hành hướng dẫn. Thứ trưởng Lê Đình Thạch cho biết thêm.",
         "Lê Đình Thạch", [("Thứ trưởng", None)]),
        ("Bộ Y tế vừa ban hành hướng dẫn. Thứ trưởng Lê Đình Thạch cho biết thêm.", "Lê Đình Thạch",
         [("Thứ trưởng", "Bộ Y tế")]),
    ],
)
def test_a_unit_head_title_heads_the_unit_named_before_it(text: str, person: str,
                                                          expected: list[tuple[str, str | None]]) -> None:
    found = {p.name: [(x.title, x.org) for x in p.positions] for p in run(text).article.persons}
    assert found[person] == expected
