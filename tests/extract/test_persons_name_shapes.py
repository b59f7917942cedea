"""Shapes of a name (`diembao.extract.name_shapes`): a Vietnamese family name before foreign
words only is no person without a cue; a foreign second family name after a spaced hyphen
belongs to the name. Invented sentences: (text, persons)."""

from __future__ import annotations

import pytest

from conftest import run


def _names(text: str) -> set[str]:
    return {p.name for p in run(text).article.persons}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hiện tượng La Nina yếu sẽ kéo dài đến tháng 4.", set()),
        ("Bộ sưu tập La Fontana ra mắt tại Milan.", set()),
        ("Theo trang Accuweather, nhiệt độ sẽ giảm.", set()),
        # a cue makes the same shape a person
        ("Ca sĩ Lê Kevin biểu diễn tối qua.", {"Lê Kevin"}),
        # a family that other nations share keeps its foreign given name
        ("Chủ tịch Kim Jong Il thăm nhà máy.", {"Kim Jong Il"}),
        ("Chủ tịch Cuba Ramon Ortiz - Canel gửi lời chúc.", {"Ramon Ortiz-Canel"}),
        # a title after the dash is a phrase of its own
        ("Khách mời có Young Tsai - Chủ tịch Foxline và Barry Wu.", {"Young Tsai", "Barry Wu"}),
        # a word the article writes again is a company after the name
        ("Ông Jensen Kuo - Vantix cho biết. Vantix sẽ mở nhà máy.", {"Jensen Kuo"}),
    ],
)
def test_name_shapes(text: str, expected: set[str]) -> None:
    assert {n.replace(" - ", "-") for n in _names(text)} == expected


def test_regression_spaced_hyphen_in_a_cuban_name() -> None:
    """`Miguel Diaz - Canel`: the name stopped at the spaced hyphen (`Miguel Diaz`)."""
    names = _names("Chủ tịch Cuba Felipe Marin - Canel gửi điện mừng.")
    assert {n.replace(" - ", "-") for n in names} == {"Felipe Marin-Canel"}


def test_regression_a_name_glued_to_its_repeat() -> None:
    """`Hà Anh Hà Anh` (a caption run into its repeat) both begins and ends with `Hà Anh`: the two
    merges sent each name to the other and the prefix merge failed with a KeyError over eleven
    baomoi articles. The name written most stays."""
    text = "Ca sĩ Hà Anh Hà Anh biểu diễn. Ca sĩ Hà Anh cho biết. Ca sĩ Hà Anh nói thêm."
    names = {p.name: len(p.mentions) for p in run(text).article.persons}
    assert "Hà Anh" in names
    assert names["Hà Anh"] >= 2
