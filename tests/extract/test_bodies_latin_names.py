"""Foreign companies and institutions written in Latin letters, found from the last word of
their name (`bodies/latin.py`, `data/orgs/foreign_suffixes.txt`). Invented sentences:
(text, expected bodies, absent bodies)."""

from __future__ import annotations

import pytest

from conftest import assert_named, body_names, offices_of


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("Ông John Miller, nhà kinh tế trưởng tại Northwind Capital, nhận định lãi suất sẽ giảm.",
         ["Northwind Capital"], []),
        ("Theo bà Anna Berg, giám đốc khu vực tại The Harbor Group, thị trường đang hồi phục.",
         ["The Harbor Group"], []),
        # The whole name, past a brand the lexicon knows by its first word.
        ("Khách mời có Young Liu - Chủ tịch Foxconn Technology.", ["Foxconn Technology"], ["Foxconn"]),
        ("Cuộc thăm dò của Kitco News cho thấy nhà đầu tư lạc quan.", ["Kitco News"], []),
        # A Vietnamese word opening the sentence is not the name's.
        ("Theo Harbor News, cuộc họp đã kết thúc.", ["Harbor News"], ["Theo Harbor News"]),
        # A capitalised suffix-like word inside a place is the place's: `TP Sa Đéc`, no `TP Sa`.
        ("Em được UBND TP Sa Đéc tặng giấy khen.", ["UBND TP Sa Đéc"], ["TP Sa"]),
        # The last word must be written as a name writes it.
        ("Ông Minh làm việc cho một group nhỏ ở Hà Nội.", [], ["group"]),
        # A Vietnamese name with diacritics before the word is not read as Latin.
        ("Công ty Cổ phần Ánh Dương Group đã ký hợp đồng.", ["Công ty Cổ phần Ánh Dương Group"], ["Dương Group"]),
    ],
)
def test_latin_name(text: str, present: list[str], absent: list[str]) -> None:
    assert_named(body_names(text), present, absent)


def test_title_before_latin_name() -> None:
    got = offices_of("Ông Barry Lam - Chủ tịch Quanta Computer cho biết nhu cầu tăng mạnh.")
    assert got["Barry Lam"] == [("Chủ tịch", "Quanta Computer")]
