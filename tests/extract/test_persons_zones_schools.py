"""Persons: a zone, an industrial cluster or a university named after a place or a person is no
person (`cụm công nghiệp Kim Sơn`, `ĐH Tôn Đức Thắng`), even when the zone's words are also a
ministry's field; `Chánh VP` is the office `Chánh Văn phòng`, not a name. Invented sentences."""

from __future__ import annotations

import pytest

from conftest import person_names, run


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tỉnh kêu gọi đầu tư vào cụm công nghiệp Kim Phượng, mở thêm nhà xưởng.", set()),
        ("Doanh nghiệp thuê đất tại khu công nghiệp Đinh Trám từ năm 2018.", set()),
        ("Xe chạy vào KCN Hoàng Long lúc sáng sớm.", set()),
        ("Cư dân khu tái định cư Lê Hồng được cấp sổ đỏ.", set()),
        ("Sinh viên ĐH Tôn Đức Thắng tham gia chiến dịch tình nguyện.", set()),
        ("Trường Đại học Lương Thế Vinh tuyển thêm 200 chỉ tiêu.", set()),
        ("Em theo học Cao đẳng Lý Tự Trọng từ năm ngoái.", set()),
        # the ministry's field still ends before a person's name
        ("Giám đốc Sở Tài nguyên và Môi trường Trương Văn Nghĩa phát biểu.", {"Trương Văn Nghĩa"}),
        ("Phó Giám đốc Sở Công nghiệp Lê Minh Hà báo cáo.", {"Lê Minh Hà"}),
        # a form of address still makes a name
        ("Ông Kim Phượng, chủ một xưởng trong cụm công nghiệp, cho biết.", {"Kim Phượng"}),
    ],
)
def test_zones_and_schools_are_no_persons(text: str, expected: set[str]) -> None:
    assert person_names(text) == expected


@pytest.mark.parametrize(
    ("text", "person", "title"),
    [
        ("Ông Tiến hiện giữ chức Phó Chánh VP UBND TP Đà Nẵng.", "Tiến", "Phó Chánh Văn phòng"),
        ("Chánh VP Tỉnh ủy Lê Văn Hòa chủ trì buổi họp.", "Lê Văn Hòa", "Chánh Văn phòng"),
    ],
)
def test_chanh_vp_is_an_office(text: str, person: str, title: str) -> None:
    people = {p.name: p for p in run(text).article.persons}
    assert "Phó Chánh" not in people and "Chánh" not in people
    assert title in {q.title for q in people[person].positions}
