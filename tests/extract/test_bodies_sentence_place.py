"""A bare province-level body (`UBND tỉnh`, `Tỉnh ủy`, `Sở Tài chính`) is of the province its own
sentence names before it, and of the article's main place only when the sentence names none
(issue 10 "Bodies in their country and place", issue 9 pattern 8). Sentences written by the
project's authors; the title gives the article's main place."""

from __future__ import annotations

import pytest

from conftest import run


def _positions(text: str, title: str) -> dict[str, list[tuple[str, str | None]]]:
    doc = run(text, title=title)
    return {p.name: [(x.title, x.org) for x in p.positions] for p in doc.article.persons}


@pytest.mark.parametrize(
    ("title", "text", "person", "expected"),
    [
        # The sentence's province, not the main place (Hà Nội).
        ("Hà Nội tiếp đoàn cán bộ các tỉnh",
         "Khi còn công tác ở tỉnh Hà Tĩnh, ông Lê Văn Hòa giữ chức Phó Chủ tịch UBND tỉnh, Bí thư Tỉnh ủy.",
         "Lê Văn Hòa", [("Phó Chủ tịch", "UBND tỉnh Hà Tĩnh"), ("Bí thư", "Tỉnh ủy Hà Tĩnh")]),
        ("Quảng Nam đón đoàn công tác",
         "Đoàn công tác của Thường trực Tỉnh ủy Đồng Nai do ông Trần Minh Lộc, Bí thư Tỉnh ủy dẫn đầu.",
         "Trần Minh Lộc", [("Bí thư", "Tỉnh ủy Đồng Nai")]),
        # A department takes the admin word of its own province (`tỉnh`), whatever the main place's.
        ("TP.HCM công bố quyết định về cán bộ",
         "Ông Vũ Đình Lâm có thời gian dài làm việc tại Tây Ninh ở các vị trí: Phó Giám đốc Sở Kế hoạch và Đầu tư.",
         "Vũ Đình Lâm", [("Phó Giám đốc", "Sở Kế hoạch và Đầu tư tỉnh Tây Ninh")]),
    ],
)
def test_sentence_province_completes_the_body(title: str, text: str, person: str,
                                              expected: list[tuple[str, str | None]]) -> None:
    assert _positions(text, title)[person] == expected


@pytest.mark.parametrize(
    ("title", "text", "person", "org"),
    [
        # A city cannot complete a `Tỉnh ủy`: the main place does.
        ("Quảng Nam đón đoàn công tác",
         "Tại TP Đà Nẵng, ông Phan Văn Kiên, Bí thư Tỉnh ủy, phát biểu.", "Phan Văn Kiên", "Tỉnh ủy Quảng Nam"),
        # Another sentence's province does not reach.
        ("Bình Dương thăm các tỉnh bạn",
         "Đoàn đến thăm tỉnh Đồng Nai. Ông Hồ Văn Tài, Bí thư Tỉnh ủy, phát biểu.", "Hồ Văn Tài", "Tỉnh ủy Bình Dương"),
        # A place in a closed bracket is an aside's.
        ("Kon Tum xác minh đơn tố cáo",
         "Anh Lê Văn Bình (ở phường Hoa Lư, TP. Pleiku, Gia Lai) tố cáo ông Trịnh Văn Cao - Phó Bí thư Tỉnh ủy.",
         "Trịnh Văn Cao", "Tỉnh ủy Kon Tum"),
        # A historic name lives on in a company's name, not in today's bodies.
        ("TP.HCM kỷ luật cán bộ",
         "Sai phạm tại Tổng công ty Nông nghiệp Sài Gòn khiến ông Đào Văn Kha - Phó Giám đốc Sở Tài chính bị kỷ luật.",
         "Đào Văn Kha", "Sở Tài chính TP Hồ Chí Minh"),
    ],
)
def test_main_place_when_the_sentence_names_none_that_fits(title: str, text: str, person: str, org: str) -> None:
    assert [o for _t, o in _positions(text, title)[person]] == [org]
