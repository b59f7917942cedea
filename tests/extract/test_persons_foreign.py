"""Foreign persons (issue 9, pattern 4): a Chinese name read in Sino-Vietnamese whose family
name also starts a Vietnamese body (`Tập` of `Tập đoàn`). Invented sentences: (text, persons)."""

from __future__ import annotations

import pytest

from conftest import run


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chủ tịch Trung Quốc Tập Cận Bình gửi điện mừng.", {"Tập Cận Bình"}),
        # the family name alone, later, is the same person
        ("Chủ tịch Tập Cận Bình phát biểu. Ông Tập cho biết hai nước sẽ hợp tác.", {"Tập Cận Bình"}),
        # without a title the body word stays a body
        ("Tập đoàn Hòa Sơn khởi công nhà máy.", set()),
    ],
)
def test_sino_vietnamese_names_after_a_title(text: str, expected: set[str]) -> None:
    assert {p.name for p in run(text).article.persons} == expected
