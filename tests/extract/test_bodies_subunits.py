"""Sub-units and the body they belong to (`bodies/subunits.py`): the parent after a dash
(`Cục Chống buôn lậu - Thanh tra Chính phủ`), the local body after a comma that completes a unit
left without its parent, and a district's own office written bare in an article about that
district. Invented sentences: (title, text, expected bodies, absent bodies)."""

from __future__ import annotations

import pytest

from conftest import run


def _orgs(text: str, title: str = "") -> list[str]:
    return [o.name for o in run(text, title=title).article.organizations]


def _positions(text: str, title: str = "") -> dict[str, list[tuple[str, str | None]]]:
    return {p.name: [(x.title, x.org) for x in p.positions] for p in run(text, title=title).article.persons}


@pytest.mark.parametrize(
    ("title", "text", "present", "absent"),
    [
        # A dash before a central body: the sub-unit named with it, without the dash.
        ("", "Ông Lê Văn Tám - Cục trưởng Cục Chống buôn lậu - Thanh tra Chính phủ cho biết.",
         ["Cục Chống buôn lậu Thanh tra Chính phủ", "Thanh tra Chính phủ"],
         ["Cục Chống buôn lậu - Thanh tra Chính phủ"]),
        # A dash before a general department.
        ("", "Bà Trần Thị Mai, Phó Vụ trưởng Vụ Kế hoạch - Tổng cục Thủy lợi Việt Nam, phát biểu.",
         ["Vụ Kế hoạch Tổng cục Thủy lợi Việt Nam"], ["Vụ Kế hoạch - Tổng cục Thủy lợi Việt Nam"]),
        # A dash inside one unit's field is no parent: `Thanh tra` alone is no body of its own.
        ("", "Ông Đỗ Minh Khang, Vụ trưởng Vụ Pháp chế - Thanh tra, đã ký văn bản.",
         [], ["Vụ Pháp chế Thanh tra"]),
        # A police unit left without its parent takes the police of the place after the comma.
        ("", "Công an huyện Sóc Sơn phối hợp với Phòng Cảnh sát hình sự, Công an TP Hà Nội xác minh.",
         ["Phòng Cảnh sát hình sự Công an TP Hà Nội", "Công an TP Hà Nội"], []),
        # A district's office written bare in an article about the district.
        ("Huyện Cái Bè (Tiền Giang) kỷ luật cán bộ",
         "Ông Phạm Văn Hùng (Trưởng Phòng Tài nguyên - Môi trường) bị kỷ luật.",
         ["Phòng Tài nguyên - Môi trường huyện Cái Bè"], ["Phòng Tài nguyên - Môi trường"]),
        ("Huyện Cái Bè (Tiền Giang) kỷ luật cán bộ",
         "Con dâu ông làm phó giám đốc Bảo hiểm xã hội, em trai làm Trưởng Phòng Tài chính.",
         ["Bảo hiểm xã hội huyện Cái Bè", "Phòng Tài chính huyện Cái Bè"], ["Bảo hiểm xã hội"]),
        # With no district to place it, the office stays as written.
        ("Tiền Giang kỷ luật cán bộ", "Ông Phạm Văn Hùng, Trưởng Phòng Tài chính, bị kỷ luật.",
         ["Phòng Tài chính"], []),
        # A unit that no district has (a police unit) is not completed from the district.
        ("Huyện Cái Bè (Tiền Giang) triệt phá đường dây",
         "Phòng Cảnh sát kinh tế đã báo cáo lãnh đạo để chỉ đạo xác minh.",
         [], ["Phòng Cảnh sát kinh tế huyện Cái Bè"]),
    ],
)
def test_sub_unit_with_its_parent(title: str, text: str, present: list[str], absent: list[str]) -> None:
    got = _orgs(text, title)
    for name in present:
        assert name in got
    for name in absent:
        assert name not in got


def test_the_office_of_a_district_is_the_holders_body() -> None:
    got = _positions("Ông Phạm Văn Hùng (Trưởng Phòng Quản lý đô thị) bị khiển trách.",
                     "Huyện Cái Bè (Tiền Giang) kỷ luật cán bộ")
    assert got["Phạm Văn Hùng"] == [("Trưởng phòng", "Phòng Quản lý đô thị huyện Cái Bè")]


def test_regression_a_dash_before_the_parent_is_not_part_of_the_sub_units_name() -> None:
    """The bug: the dash read as a connector inside one name, so the office's body was
    `Vụ Kế hoạch - Tổng cục Thủy lợi Việt Nam`, which no annotator writes."""
    got = _positions("Bà Trần Thị Mai, Phó Vụ trưởng Vụ Kế hoạch - Tổng cục Thủy lợi Việt Nam, phát biểu.")
    assert got["Trần Thị Mai"] == [("Phó Vụ trưởng", "Vụ Kế hoạch Tổng cục Thủy lợi Việt Nam")]
