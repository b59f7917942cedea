"""Streets that the street lists missed: a capitalised head opening a sentence before a person's
full name (`Đường Hoàng Minh Giám …`), and junctions (`ngã tư A - B`, `giao lộ A - B`). GUIDELINES:
streets are neither persons nor locations. Invented sentences: (text, persons)."""

from __future__ import annotations

import pytest

from conftest import run


def _names(text: str) -> set[str]:
    return {p.name for p in run(text).article.persons}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Xe cộ đông đúc. Đường Lê Văn Thịnh ùn tắc kéo dài vào giờ cao điểm.", set()),
        ("Mở rộng các đoạn tuyến như: Đường Hoàng Văn Thái đoạn gần sân bay.", set()),
        ("Đường Nam Kỳ Khởi Nghĩa ngập sâu sau cơn mưa.", set()),
        ("Phố Nguyễn Văn Tố đông người dạo chơi.", set()),
        ("Xe tải lật tại ngã tư Khuất Duy Tiến - Nguyễn Trãi vào tối qua.", set()),
        ("Người hâm mộ kẹt cứng tại giao lộ Nguyễn Thị Minh Khai - Phạm Hồng Thái (quận 1).", set()),
        ("Cây đổ tại ngã ba Trần Hưng Đạo – Nguyễn Sỹ Sách khiến hai người bị thương.", set()),
        # a person of the family Đường, and a person named after the street word, stay persons
        ("Ông Đường Văn Hùng, Chủ tịch UBND xã, cho biết.", {"Đường Văn Hùng"}),
        ("Ngoại trưởng Đường Gia Hiền tiếp đoàn.", {"Đường Gia Hiền"}),
        ("Chủ tịch UBND thành phố Lê Hoàng Quân cho biết.", {"Lê Hoàng Quân"}),
        ("Ông Trần Văn Nam đi bộ trên đường Lê Lợi. Ông Trần Văn Nam nói.", {"Trần Văn Nam"}),
    ],
)
def test_street_heads(text: str, expected: set[str]) -> None:
    assert _names(text) == expected
