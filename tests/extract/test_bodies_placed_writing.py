"""A named body written short where the article also writes it with its place
(`bodies/placed.py`) is one body, listed under the fuller name. Invented sentences: (text,
organizations present, organizations absent)."""

from __future__ import annotations

import pytest

from conftest import assert_named, body_names


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("Tập đoàn Than Khoáng sản Việt Nam công bố kết quả. Tập đoàn Than Khoáng sản cho biết lãi tăng.",
         ["Tập đoàn Than Khoáng sản Việt Nam"], ["Tập đoàn Than Khoáng sản"]),
        ("Học viện Chính sách TP Đà Nẵng tuyển sinh. Đảng ủy Học viện Chính sách đã họp.",
         ["Học viện Chính sách TP Đà Nẵng", "Đảng ủy Học viện Chính sách TP Đà Nẵng"],
         ["Đảng ủy Học viện Chính sách"]),
        # Two places: the short writing names neither.
        ("Đại học Kiến trúc Hà Nội và Đại học Kiến trúc Đà Nẵng ký kết. Đại học Kiến trúc có truyền thống.",
         ["Đại học Kiến trúc Hà Nội", "Đại học Kiến trúc Đà Nẵng", "Đại học Kiến trúc"], []),
        # What follows the short name is no place: two bodies.
        ("Công ty Minh Phát khai trương cửa hàng. Công ty Minh Phát Xanh cũng vậy.",
         ["Công ty Minh Phát", "Công ty Minh Phát Xanh"], []),
    ],
)
def test_short_writing_with_a_place_elsewhere(text: str, present: list[str], absent: list[str]) -> None:
    assert_named(body_names(text), present, absent)
