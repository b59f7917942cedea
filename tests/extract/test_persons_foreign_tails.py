"""Foreign names that the capitalised run cut short: a particle (`Faysal al-Khazraji`, `Simon van
der Burg`) or the spaced hyphen of a Korean or Thai given name (`Kim Yo - jong`). Invented
sentences: (text, persons)."""

from __future__ import annotations

import pytest

from conftest import run


def _names(text: str) -> set[str]:
    return {p.name for p in run(text).article.persons}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ông Karim al-Masri cho biết bệnh viện đã quá tải.", {"Karim al-Masri"}),
        ("Tổng thống Ai Cập Abdel Rahman el - Badri đã tới Cairo.", {"Abdel Rahman el - Badri"}),
        ("Buổi lễ có sự tham gia của ông Pieter van der Meer, Tổng lãnh sự Hà Lan.", {"Pieter van der Meer"}),
        ("Ông Mohamed bin Rashid tới thăm Dubai.", {"Mohamed bin Rashid"}),
        ("Nạn nhân là anh Carlos Ruiz de Vega, 30 tuổi.", {"Carlos Ruiz de Vega"}),
        # a Vietnamese name takes no particle, a foreign one none that is no name's
        ("Ông Nguyễn Văn Lâm de Leon", {"Nguyễn Văn Lâm"}),
        ("Ông Donald Trump de facto đứng đầu.", {"Donald Trump"}),
        # a dash before a title parts the name from its office
        ("Ông John Baker - Giám đốc công ty - cho biết.", {"John Baker"}),
    ],
)
def test_particles(text: str, expected: set[str]) -> None:
    assert _names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bà Kim Yo - jong, em gái nhà lãnh đạo, ra tuyên bố.", {"Kim Yo - jong"}),
        ("Thủ tướng Thái Lan Prayut Chan - ocha hôm qua cho biết.", {"Prayut Chan - ocha"}),
        ("Bộ trưởng Quốc phòng Hàn Quốc Song Young - moo tuyên bố.", {"Song Young - moo"}),
        # a Vietnamese word after the dash is no part of the name
        ("Ông Kim Jong Nam - người anh cùng cha khác mẹ - bị ám sát.", {"Kim Jong Nam"}),
        ("Ông Nguyễn Văn Nam - người dân xã Hòa Bình - cho biết.", {"Nguyễn Văn Nam"}),
        # the unspaced form as before
        ("Ông Kim Jong-un gặp ông Moon Jae-in.", {"Kim Jong-un", "Moon Jae-in"}),
    ],
)
def test_spaced_hyphen_syllable(text: str, expected: set[str]) -> None:
    assert _names(text) == expected
