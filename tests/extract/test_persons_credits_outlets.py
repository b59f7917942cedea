"""Persons: an illustration's or a graphic's credit (`Ảnh minh họa: X`, `Đồ họa: X`), a
newspaper's name (`phóng viên Tuổi Trẻ`), an urban area or a bank branch named like a person,
and the inspector-general's office of any body. Invented sentences: (text, persons)."""

from __future__ import annotations

import pytest

from conftest import run


def _names(text: str) -> set[str]:
    return {p.name for p in run(text).article.persons}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nhiều biệt thự cũ xuống cấp. Ảnh minh hoạ: Lâm Khánh.", set()),
        ("Vị trí các trạm thu phí. Đồ họa: Trịnh Khoa.", set()),
        ("Trao đổi với phóng viên Tuổi Trẻ ngày 22-9, ông Lê Văn Khải cho biết.", {"Lê Văn Khải"}),
        ("Theo Tiền Phong, vụ việc đã được chuyển cơ quan điều tra.", set()),
        # a form of address makes the same words a person's name
        ("Ông Tiền Phong nói vụ việc đã rõ.", {"Tiền Phong"}),
        ("Tới khu đô thị Hồng Khang, anh Lê Văn Nghĩa dừng xe.", {"Lê Văn Nghĩa"}),
        ("Khách hàng đến Phòng giao dịch Trà Khánh để rút tiền.", set()),
        ("Ông được bổ nhiệm Phó Tổng thanh tra Quốc phòng.", set()),
        # road works and junctions named after streets
        ("Dự án hầm chui Trần Khánh Dư được phê duyệt.", set()),
        ("Xe ùn ứ ở vòng xoay Lê Văn Sỹ và nút giao Trường Chinh.", set()),
        ("Ông Trần Khánh Dư, Giám đốc Sở, cho biết.", {"Trần Khánh Dư"}),
    ],
)
def test_credits_outlets_and_places_named_like_persons(text: str, expected: set[str]) -> None:
    assert _names(text) == expected


def test_regression_illustration_credit() -> None:
    """`Ảnh minh hoạ: X`: the word before the colon is `minh hoạ`, not `ảnh`, and the
    illustrator was read as a person of the story."""
    assert _names("Giá đất tăng mạnh (Ảnh minh họa: Vũ Trâm).") == set()
