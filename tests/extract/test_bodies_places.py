"""Bodies completed with the article's place (issue 9, pattern 8): (title, text, expected bodies).
Sentences written by the project's authors in the style of provincial news."""

from __future__ import annotations

import pytest

from conftest import run


def _orgs(text: str, title: str) -> set[str]:
    return {o.name for o in run(text, title=title).article.organizations}


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        # a city whose name already says `TP`: the written `thành phố` is not followed by a second `TP`
        ("TP.HCM: khởi tố vụ án buôn lậu", "Chiều 5/3, Công an thành phố đã khởi tố vụ án.",
         {"Công an thành phố Hồ Chí Minh"}),
        ("TP.HCM: kiểm tra công trình", "Lãnh đạo UBND thành phố chỉ đạo xử lý.",
         {"UBND thành phố Hồ Chí Minh"}),
        # a city without `TP` in its name keeps both
        ("Đà Nẵng: kiểm tra công trình", "Lãnh đạo UBND thành phố chỉ đạo xử lý.",
         {"UBND thành phố Đà Nẵng"}),
    ],
)
def test_city_word_written_once(title: str, text: str, expected: set[str]) -> None:
    assert _orgs(text, title) == expected


def test_regression_thanh_pho_tp_doubled() -> None:
    """Defect: `Thanh tra thành phố` in a TP Hồ Chí Minh article gave `Thanh tra thành phố TP Hồ Chí Minh`."""
    orgs = _orgs("Thanh tra thành phố đề nghị xử lý.", "TP.HCM: kết luận thanh tra")
    assert "Thanh tra thành phố TP Hồ Chí Minh" not in orgs


def _plain(text: str) -> set[str]:
    return {o.name for o in run(text).article.organizations}


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # a sub-unit with its ministry after a comma or in brackets is named with it (pattern 7)
        ("Ông Tuấn từng là Phó Vụ trưởng Vụ Tổ chức cán bộ, Bộ Xây dựng.",
         {"Vụ Tổ chức cán bộ Bộ Xây dựng", "Bộ Xây dựng"}, {"Vụ Tổ chức cán bộ"}),
        ("Cục Quản lý đấu thầu (Bộ Kế hoạch và Đầu tư) đã có văn bản.",
         {"Cục Quản lý đấu thầu Bộ Kế hoạch và Đầu tư"}, {"Cục Quản lý đấu thầu"}),
        ("Chiều 3/2, Cục Khí tượng thủy văn, Bộ Nông nghiệp và Môi trường tổ chức hội thảo.",
         {"Cục Khí tượng thủy văn Bộ Nông nghiệp và Môi trường"}, {"Cục Khí tượng thủy văn"}),
        # a bracket left open, or no ministry after the comma: nothing is joined
        ("Cục Quản lý đấu thầu (Bộ Kế hoạch và Đầu tư đã có văn bản.",
         {"Cục Quản lý đấu thầu"}, {"Cục Quản lý đấu thầu Bộ Kế hoạch và Đầu tư"}),
        ("Công ty Tân Hưng, Bộ Xây dựng cùng kiểm tra.", {"Công ty Tân Hưng", "Bộ Xây dựng"},
         {"Công ty Tân Hưng Bộ Xây dựng"}),
    ],
)
def test_subunit_joined_with_its_ministry(text: str, present: set[str], absent: set[str]) -> None:
    orgs = _plain(text)
    assert present <= orgs
    assert not absent & orgs


def test_regression_subunit_cut_at_the_comma() -> None:
    """Defect: `Vụ Tổ chức cán bộ, Bộ Xây dựng` gave the bare `Vụ Tổ chức cán bộ`."""
    assert "Vụ Tổ chức cán bộ Bộ Xây dựng" in _plain("Bà Hoa, Vụ trưởng Vụ Tổ chức cán bộ, Bộ Xây dựng phát biểu.")


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        # a name ending in a bare admin word takes the main place (pattern 8)
        ("Đà Nẵng: trao quyết định cán bộ", "Ông Tuấn nhận công tác tại Trường Chính trị thành phố.",
         {"Trường Chính trị thành phố Đà Nẵng"}),
        ("Long An: xử lý hàng giả", "Chi cục Quản lý thị trường tỉnh đã lập biên bản.",
         {"Chi cục Quản lý thị trường tỉnh Long An"}),
        # no main place: the name stays as written
        ("Trao quyết định cán bộ", "Ông Tuấn nhận công tác tại Trường Chính trị tỉnh.",
         {"Trường Chính trị tỉnh"}),
    ],
)
def test_admin_tail_completed(title: str, text: str, expected: set[str]) -> None:
    assert expected <= _orgs(text, title)


def test_regression_admin_tail_left_bare() -> None:
    """Defect: `Chi cục Quản lý thị trường tỉnh` stayed without its province."""
    assert "Chi cục Quản lý thị trường tỉnh" not in _orgs("Chi cục Quản lý thị trường tỉnh kiểm tra.",
                                                          "Long An: xử lý hàng giả")
