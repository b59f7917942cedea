"""Party committees and boards the grammar reads whole: a foreign party's Central Committee
after the word for party (`Ban Chấp hành Trung ương Đảng` + `Cộng sản Cuba`), the committees of a
province's agencies and enterprises (`Đảng ủy Khối các cơ quan tỉnh X`), the armed services
(`Quân chủng Hải quân`), and a holder's name after `và` that ends a body. Invented sentences:
(text, expected bodies, absent bodies)."""

from __future__ import annotations

import pytest

from conftest import assert_named, body_names, offices_of


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("Ban Chấp hành Trung ương Đảng Cộng sản Cuba đã gửi điện mừng.",
         ["Ban Chấp hành Trung ương Đảng Cộng sản Cuba", "Đảng Cộng sản Cuba"], ["Ban Chấp hành Trung ương Đảng"]),
        ("Đoàn đại biểu Ban Chấp hành Trung ương Đảng đã đến thăm.", ["Ban Chấp hành Trung ương Đảng"], []),
        ("Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh Quảng Trị vừa thi hành kỷ luật ông A.",
         ["Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh Quảng Trị", "Đảng ủy Khối các cơ quan tỉnh Quảng Trị"], []),
        ("Đảng ủy Khối Doanh nghiệp tỉnh Kon Tum đã họp.", ["Đảng ủy Khối Doanh nghiệp tỉnh Kon Tum"], []),
        # The central ones are no province's.
        ("Đảng ủy Khối các cơ quan Trung ương tổ chức hội nghị.", ["Đảng ủy Khối các cơ quan Trung ương"], []),
        ("Cơ quan kiểm tra đã kỷ luật Ban Thường vụ Đảng ủy Quân chủng Hải quân và cá nhân liên quan.",
         ["Ban Thường vụ Đảng ủy Quân chủng Hải quân", "Đảng ủy Quân chủng Hải quân"], []),
        ("Tàu được đóng mới cho Quân chủng Hải quân quản lý.", ["Quân chủng Hải quân"],
         ["Quân chủng Hải quân quản lý"]),
    ],
)
def test_party_bodies(text: str, present: list[str], absent: list[str]) -> None:
    assert_named(body_names(text), present, absent)


def test_holder_after_and_ends_the_body() -> None:
    got = offices_of("Kỷ luật ông Nguyễn Văn Hùng - nguyên Tư lệnh Quân chủng Hải quân và Phó Đô đốc "
                     "Trần Văn Minh - nguyên Chính ủy Quân chủng Hải quân.")
    assert got["Nguyễn Văn Hùng"] == [("nguyên Tư lệnh", "Quân chủng Hải quân")]
    assert got["Trần Văn Minh"] == [("nguyên Chính ủy", "Quân chủng Hải quân")]
