"""The Vietnamese syllable test that legacy-encoding sniffing relies on."""

from __future__ import annotations

import pytest

from diembao.text.syllables import is_syllable, split_tone


@pytest.mark.parametrize(
    "word",
    [
        "a", "ở", "Ủy", "ủy", "uỷ", "thủy", "thuỷ", "hòa", "hoà", "hoàn", "người", "Người", "NGƯỜI",
        "được", "quốc", "Quỳnh", "quý", "gì", "giữa", "giếng", "nghiêng", "khuya", "thuở", "khuỷu",
        "tuần", "huỳnh", "uỵch", "xoong", "Đắk", "Lắk", "yến", "tỉnh", "chức", "hội", "nghị", "Việt",
        "Tiền", "Giang", "Bình", "Võ", "Văn", "ĐƯỜNG",
    ],
)
def test_syllables(word: str) -> None:
    assert is_syllable(word)


@pytest.mark.parametrize(
    "word",
    [
        "",  # nothing
        "HĐND",  # an acronym, not a syllable
        "ngươì",  # tone on the glide
        "hòan",  # closed syllable: the mark goes on the later vowel
        "bảt",  # a stop final takes only the acute or dot-below tone
        "ăń",  # two tone marks (decomposed)
        "cách́",
        "Vieät",  # VNI read as Windows-1252
        "Th\u00adêng",  # TCVN3 read as Windows-1258
        "ChuỊ",  # mixed case inside a word
        "été", "très", "où", "über", "Größe",  # French and German
        "och", "ơch", "unh",  # `ch` and `nh` follow only front vowels
        "ă", "iê",  # these groups need a final
        "aiu", "xyz", "a1",
    ],
)
def test_not_syllables(word: str) -> None:
    assert not is_syllable(word)


def test_split_tone() -> None:
    assert split_tone("người") == ("ngươi", "\u0300", 3)
    assert split_tone("ban") == ("ban", None, -1)
    assert split_tone("ắ")[1] == "\u0301"
