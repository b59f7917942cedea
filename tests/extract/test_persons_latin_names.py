"""Foreign names in plain Latin letters: they end before a Vietnamese syllable with its marks
where the next sentence or a repeated caption ran into them, and a Spanish double surname keeps
both halves across its hyphen. Invented sentences: (text, expected persons)."""

from __future__ import annotations

import pytest

from conftest import person_names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Đồng chí Raul Castro Ruz Huân chương Hữu nghị được trao tặng.", {"Raul Castro Ruz"}),
        ("Chủ tịch đảng, bà Marine Le Pen Bà Le Pen, ứng viên tổng thống, phát biểu.", {"Marine Le Pen"}),
        ("Ông John Michael Smith Đây là lần đầu tiên tới Hà Nội.", {"John Michael Smith"}),
        # names whose words are all Latin, or all Vietnamese, are untouched
        ("Ngoại trưởng Ri Yong Ho cho biết.", {"Ri Yong Ho"}),
        ("Ông Jose Ramon Balaguer Cabrera thăm Hà Nội.", {"Jose Ramon Balaguer Cabrera"}),
        ("Thủ tướng Lý Hiển Long tiếp đoàn.", {"Lý Hiển Long"}),
        # a double surname across a hyphen, written with or without spaces
        ("Chủ tịch Miguel Díaz-Canel Bermúdez gửi điện mừng.", {"Miguel Díaz-Canel Bermúdez"}),
        ("Chủ tịch Miguel Mario Díaz - Canel Bermúdez gửi điện mừng.", {"Miguel Mario Díaz - Canel Bermúdez"}),
        # a dash before a Vietnamese phrase still ends the name
        ("Ông Young Liu - Chủ tịch Foxconn cho biết.", {"Young Liu"}),
        ("Ông Kim Jong-un phát biểu tại hội nghị.", {"Kim Jong-un"}),
    ],
)
def test_latin_name_boundaries(text: str, expected: set[str]) -> None:
    assert person_names(text) == expected
