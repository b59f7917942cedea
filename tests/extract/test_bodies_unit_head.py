"""A unit whose head word is written inside the office title (`Trưởng ban` + `Công tác đại biểu`):
the body is named with that head, ends before the holder's name, and a bare `TP` left at its end
is the main place's (issue 9 pattern 7). Invented sentences: (text, person, expected positions)."""

from __future__ import annotations

import pytest

from conftest import run


def _positions(text: str) -> dict[str, list[tuple[str, str | None]]]:
    return {p.name: [(x.title, x.org) for x in p.positions] for p in run(text).article.persons}


@pytest.mark.parametrize(
    ("text", "person", "expected"),
    [
        ("Dự phiên họp có ông Lương Văn Khải, Trưởng ban Công tác đại biểu.", "Lương Văn Khải",
         [("Trưởng ban", "Ban Công tác đại biểu")]),
        ("Bà Hà Thị Liên, Phó Trưởng ban Dân nguyện, báo cáo kết quả giám sát.", "Hà Thị Liên",
         [("Phó Trưởng ban", "Ban Dân nguyện")]),
        ("Bị kỷ luật có ông Đào Văn Mến (Trưởng phòng Tài nguyên - Môi trường huyện Tây Sơn).",
         "Đào Văn Mến", [("Trưởng phòng", "Phòng Tài nguyên - Môi trường huyện Tây Sơn")]),
        ("Ông Vi Văn Tâm, Trưởng phòng Quản lý đô thị huyện Tây Sơn, cho biết đã kiểm tra.",
         "Vi Văn Tâm", [("Trưởng phòng", "Phòng Quản lý đô thị huyện Tây Sơn")]),
        # The title's head and a board's words are one name.
        ("Ông Lò Văn Pha, Phó Trưởng ban Quản lý Khu kinh tế Nghi Sơn, phát biểu.", "Lò Văn Pha",
         [("Phó Trưởng ban", "Ban Quản lý Khu kinh tế Nghi Sơn")]),
        # A unit written in full after the title keeps its own words, not the head twice.
        ("Ông Ngô Văn Lực - Phó viện trưởng VKSND tỉnh Hòa Sơn cho biết.", "Ngô Văn Lực",
         [("Phó Viện trưởng", "VKSND tỉnh Hòa Sơn")]),
    ],
)
def test_title_head_names_the_unit(text: str, person: str, expected: list[tuple[str, str | None]]) -> None:
    assert _positions(text)[person] == expected


@pytest.mark.parametrize(
    ("text", "person", "org"),
    [
        # The holder's name after the body ends it, even after `thay ông`.
        ("Bà Lê Thị Vân được bầu giữ chức Trưởng ban Dân nguyện thay ông Trịnh Văn Hòa.",
         "Lê Thị Vân", "Ban Dân nguyện"),
        ("Phó Trưởng ban Quản lý Khu Công nghệ cao TP Trần Văn Bảy nghỉ hưu từ tháng 3.",
         "Trần Văn Bảy", "Ban Quản lý Khu Công nghệ cao TP"),
    ],
)
def test_unit_ends_before_a_name(text: str, person: str, org: str) -> None:
    assert [o for _t, o in _positions(text)[person]] == [org]


def test_bare_city_word_left_by_the_name_takes_the_main_place() -> None:
    doc = run("Nhận quyết định có Phó Trưởng ban Quản lý Khu Công nghệ cao TP Trần Văn Bảy.",
              title="TP.HCM trao quyết định nghỉ hưu cho cán bộ")
    positions = [(x.title, x.org) for p in doc.article.persons for x in p.positions]
    assert positions == [("Phó Trưởng ban", "Ban Quản lý Khu Công nghệ cao TP Hồ Chí Minh")]


def test_regression_unit_head_was_dropped_and_name_cut_mid_word() -> None:
    # Before: the body lost its head (`Dân nguyện …`) and, cut by character count from the title's
    # head, kept three letters of the next name (`… thay ông Ngu`).
    doc = run("Ông Phan Văn Đức, Trưởng ban Dân nguyện thay ông Nguyễn Văn Hòa.")
    orgs = [o.name for o in doc.article.organizations]
    assert orgs == ["Ban Dân nguyện"]


def test_regression_verb_after_a_bare_unit_is_no_body() -> None:
    # Before: `trưởng đoàn đã lên Yên Bái` read `đã lên Yên Bái` as the delegation's name.
    text = "Đoàn thanh tra do ông Lã Văn Tùng làm trưởng đoàn đã lên Yên Bái công bố kết luận."
    assert all("đã lên" not in (o or "") for _t, o in _positions(text)["Lã Văn Tùng"])
