"""A roundup that heads each part with a province and a colon (`Hà Nội: ...`, `TP.HCM: ...`):
a bare body in a part is that part's province's (`bodies/sections.py`). Invented sentences:
(title, text, person, expected positions)."""

from __future__ import annotations

import pytest

from conftest import run

_ROUNDUP = ("Nhân sự mới Hà Nội, TP.HCM, Cà Mau\n"
            "Hà Nội: Chiều 3/4, Bí thư Thành ủy Hà Nội trao quyết định cho ông Đinh Quốc Bảo, Thành ủy viên, "
            "Chánh Văn phòng Thành ủy. TP.HCM: Ngày 3/4, lãnh đạo thành phố trao quyết định nghỉ hưu. "
            "Các cán bộ nghỉ hưu gồm: Phó Giám đốc Sở Tài chính TP Lâm Văn Sáu; Phó Giám đốc Sở Xây dựng TP "
            "Hứa Minh Trí. Cà Mau: Chủ tịch UBND tỉnh Cà Mau vừa bổ nhiệm ông Tạ Quang Vinh làm Giám đốc "
            "Sở Nội vụ.")


def _positions(text: str, title: str) -> dict[str, list[tuple[str, str | None]]]:
    return {p.name: [(x.title, x.org) for x in p.positions] for p in run(text, title=title).article.persons}


@pytest.mark.parametrize(
    ("person", "expected"),
    [
        ("Đinh Quốc Bảo", [("Ủy viên", "Thành ủy Hà Nội"), ("Chánh Văn phòng", "Thành ủy Hà Nội")]),
        ("Lâm Văn Sáu", [("Phó Giám đốc", "Sở Tài chính TP Hồ Chí Minh")]),
        ("Hứa Minh Trí", [("Phó Giám đốc", "Sở Xây dựng TP Hồ Chí Minh")]),
        ("Tạ Quang Vinh", [("Giám đốc", "Sở Nội vụ tỉnh Cà Mau")]),
    ],
)
def test_bare_body_is_of_its_sections_province(person: str, expected: list[tuple[str, str | None]]) -> None:
    assert _positions(_ROUNDUP, "Nhân sự mới Cà Mau")[person] == expected


def test_one_heading_alone_is_no_roundup() -> None:
    text = ("Hà Nội: nhiều ý kiến đóng góp. Ông Lâm Văn Sáu, Phó Giám đốc Sở Tài chính, cho biết kế hoạch "
            "đã được duyệt.")
    got = _positions(text, "Cà Mau triển khai kế hoạch")["Lâm Văn Sáu"]
    assert got == [("Phó Giám đốc", "Sở Tài chính tỉnh Cà Mau")]


def test_regression_a_roundups_city_committee_is_not_the_main_provinces() -> None:
    """The bug: in a roundup titled for a province, the bare `Thành ủy` of the Hà Nội part was
    completed with the article's main province (`Thành ủy Cà Mau`)."""
    got = _positions(_ROUNDUP, "Nhân sự mới Cà Mau")["Đinh Quốc Bảo"]
    assert ("Chánh Văn phòng", "Thành ủy Cà Mau") not in got
