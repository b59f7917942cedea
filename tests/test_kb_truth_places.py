"""A bare `Tỉnh ủy` completed with the article's main province (kb/nearest.py): 6 of the 15
officials of `Tỉnh ủy Quảng Ninh` belonged to other provinces named in the same articles."""

from __future__ import annotations

import pytest

from diembao.kb import KnowledgeBase
from diembao.kb.nearest import recomplete
from diembao.record import Article, Location, Mention
from fixtures.kb.builders import article

BODY = ("Tại Bắc Ninh, Bí thư Tỉnh ủy Nguyễn Văn Một và Chủ tịch UBND tỉnh phát biểu.\n\n"
        "Ở Quảng Ninh, Bí thư Tỉnh ủy Quảng Ninh Trần Văn Hai dự hội nghị.\n\n"
        "Hội nghị do Thành ủy chủ trì.")


def _article() -> Article:
    def at(word: str) -> tuple[Mention, ...]:
        i = BODY.find(word)
        return (Mention(i, i + len(word), word),)

    return Article(id="t", body=(BODY,), locations=(Location("Bắc Ninh", "province", at("Bắc Ninh")),
                                                   Location("Quảng Ninh", "province", at("Quảng Ninh"))))


@pytest.mark.parametrize(("org", "title", "nth", "expected"), [
    # Bare in a paragraph about another province: that province.
    ("Tỉnh ủy Quảng Ninh", "Bí thư", 0, "Tỉnh ủy Bắc Ninh"),
    ("UBND tỉnh Quảng Ninh", "Chủ tịch", 0, "UBND Bắc Ninh"),
    # Written out: as written.
    ("Tỉnh ủy Quảng Ninh", "Bí thư", 1, "Tỉnh ủy Quảng Ninh"),
    # The paragraph names no province: the record's completion stays.
    ("Thành ủy Hà Nội", "Thành ủy", 0, "Thành ủy Hà Nội"),
])
def test_recomplete(org: str, title: str, nth: int, expected: str) -> None:
    a = _article()
    text = a.text
    start = -1
    for _ in range(nth + 1):
        start = text.find(title, start + 1)
    assert recomplete(a, text, org, Mention(start, start + len(title), title)) == expected


def test_officials_of_two_provinces_in_one_article(kb: KnowledgeBase) -> None:
    text = ("Đoàn công tác của tỉnh Bắc Ninh do Bí thư Tỉnh ủy Nguyễn Văn Một dẫn đầu đã thăm Quảng Ninh.\n\n"
            "Tiếp đoàn có Phó Chủ tịch Tỉnh ủy Quảng Ninh Trần Văn Hai.")
    kb.add_articles([article(
        "qn", "Quảng Ninh đón đoàn Bắc Ninh", body=[text],
        # As the extraction completes both bare titles with the article's main province:
        persons=[("Nguyễn Văn Một", [("Bí thư", "Tỉnh ủy Quảng Ninh")]),
                 ("Trần Văn Hai", [("Phó Chủ tịch", "Tỉnh ủy Quảng Ninh")])],
        places=["Quảng Ninh", "Bắc Ninh"])])
    [committee] = kb.org("Tỉnh ủy Quảng Ninh")
    assert [m.person for m in committee.members] == ["Trần Văn Hai"]
    [other] = kb.org("Tỉnh ủy Bắc Ninh")
    assert [m.person for m in other.members] == ["Nguyễn Văn Một"]


def test_a_list_under_the_paragraph_that_names_the_province() -> None:
    body = ("Tại Đại hội Đảng bộ tỉnh Bến Tre, Ban chấp hành khóa mới đã họp phiên thứ nhất.\n\n"
            "Ông Lê Văn Bảy được bầu giữ chức Bí thư Tỉnh ủy.\n\n"
            "Các ông Trần Văn Tám, Phan Văn Chín được bầu giữ chức Phó Bí thư.")
    at = body.find("Bến Tre")
    a = Article(id="t", body=(body,), locations=(Location("Bến Tre", "province", (Mention(at, at + 7, "Bến Tre"),)),
                                                 Location("Quảng Ninh", "province", ())))
    text = a.text
    for title in ("Bí thư Tỉnh ủy", "Phó Bí thư"):
        start = text.find(title)
        assert recomplete(a, text, "Tỉnh ủy Quảng Ninh", Mention(start, start + len(title), title)) == "Tỉnh ủy Bến Tre"
