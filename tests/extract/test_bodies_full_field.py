"""A department or ministry written with a short writing of its field (`Sở Tài nguyên - Môi
trường`, `Bộ Kế hoạch Đầu tư`) where the same article writes the field in full is one body,
listed under the full writing with the place written beside it (`bodies/fuller.py`).
Invented sentences: (title, text, expected bodies, absent bodies)."""

from __future__ import annotations

import pytest

from conftest import assert_named, body_names


@pytest.mark.parametrize(
    ("title", "text", "present", "absent"),
    [
        ("", "Ông Lê Văn Tám, Giám đốc Sở Tài nguyên và Môi trường tỉnh Yên Bái, đã nghỉ hưu. Trước đó, "
         "Sở Tài nguyên - Môi trường Yên Bái đã có báo cáo.",
         ["Sở Tài nguyên và Môi trường tỉnh Yên Bái"], ["Sở Tài nguyên - Môi trường Yên Bái"]),
        # The full field written bare in the city's article, the place written with the short one.
        ("Đà Nẵng bổ nhiệm giám đốc sở",
         "Ông Lê Văn Tám được bổ nhiệm làm Giám đốc Sở Tài nguyên và Môi trường. Ông Lê Văn Tám - tân "
         "Giám đốc Sở Tài nguyên Môi trường Đà Nẵng - cho biết.",
         ["Sở Tài nguyên và Môi trường Đà Nẵng"], ["Sở Tài nguyên Môi trường Đà Nẵng"]),
        ("", "Bộ Kế hoạch và Đầu tư đã trình đề án. Lãnh đạo Bộ Kế hoạch - Đầu tư cho biết sẽ sửa đổi.",
         ["Bộ Kế hoạch và Đầu tư"], ["Bộ Kế hoạch - Đầu tư"]),
        # Written only short: kept as written.
        ("", "Sở Kế hoạch - Đầu tư Đà Nẵng đã thẩm định dự án.", ["Sở Kế hoạch - Đầu tư Đà Nẵng"], []),
        # Two provinces' departments stay two.
        ("", "Sở Tài nguyên và Môi trường tỉnh Yên Bái và Sở Tài nguyên - Môi trường Lào Cai đã phối hợp.",
         ["Sở Tài nguyên và Môi trường tỉnh Yên Bái", "Sở Tài nguyên - Môi trường Lào Cai"], []),
    ],
)
def test_short_field_is_the_full_one(title: str, text: str, present: list[str], absent: list[str]) -> None:
    assert_named(body_names(text, title=title), present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # A unit written bare where the article names it with its parent elsewhere: one body.
        ("Phòng Cảnh sát kinh tế đã nắm tình hình. Dưới sự chỉ đạo của Giám đốc Công an TP Đà Nẵng, "
         "Phòng Cảnh sát kinh tế đã xác lập chuyên án.",
         ["Phòng Cảnh sát kinh tế Công an TP Đà Nẵng"], ["Phòng Cảnh sát kinh tế"]),
        ("Vụ Kế hoạch đã họp. Ông Lê Văn Tám, Vụ trưởng Vụ Kế hoạch, Bộ Xây dựng cho biết.",
         ["Vụ Kế hoạch Bộ Xây dựng"], ["Vụ Kế hoạch"]),
        # A central body is no unit: `Bộ Chính trị` stays beside what it is of.
        ("Bộ Chính trị đã họp. Ông Lê Văn Tám, Ủy viên Bộ Chính trị Ban Chấp hành Trung ương Đảng, phát biểu.",
         ["Bộ Chính trị"], []),
    ],
)
def test_bare_unit_is_the_one_named_with_its_parent(text: str, present: list[str], absent: list[str]) -> None:
    assert_named(body_names(text), present, absent)
