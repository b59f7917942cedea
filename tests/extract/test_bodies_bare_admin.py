"""An office followed by an administrative word alone (`Chủ tịch tỉnh`, `Bí thư huyện`): the word
is the office's body, completed by the province when the level is a province's (issue 9 pattern 8).
Sentences written by the project's authors."""

from __future__ import annotations

import pytest

from conftest import run

TITLE = "Quảng Nam: kỳ họp HĐND tỉnh"


def _positions(text: str) -> dict[str, list[tuple[str, str | None]]]:
    return {p.name: [(x.title, x.org) for x in p.positions] for p in run(text, title=TITLE).article.persons}


@pytest.mark.parametrize(
    ("text", "person", "expected"),
    [
        ("Ông Hoàng Văn Tư, Chủ tịch tỉnh cho biết.", "Hoàng Văn Tư", [("Chủ tịch", "UBND tỉnh Quảng Nam")]),
        ("Phó Chủ tịch tỉnh Lê Văn Minh cho biết.", "Lê Văn Minh", [("Phó Chủ tịch", "UBND tỉnh Quảng Nam")]),
        ("Ông Lê Văn Minh, Bí thư tỉnh cho biết.", "Lê Văn Minh", [("Bí thư", "Tỉnh ủy Quảng Nam")]),
        # the sentence's province before the main place
        ("Tại tỉnh Quảng Ngãi, ông Lê Văn Minh, Phó Chủ tịch tỉnh cho biết.", "Lê Văn Minh",
         [("Phó Chủ tịch", "UBND tỉnh Quảng Ngãi")]),
        # a district's level: the office is read, its body is left to a place that names it
        ("Ông Đinh Văn Sang, Phó Bí thư Huyện ủy, Phó chủ tịch huyện cho biết.", "Đinh Văn Sang",
         [("Phó Bí thư", None), ("Phó Chủ tịch", None)]),
        # a place after the word is the place, as before
        ("Chủ tịch huyện Đông Lâm Hoàng Văn Tư cho biết.", "Hoàng Văn Tư", [("Chủ tịch", "UBND huyện Đông Lâm")]),
    ],
)
def test_an_admin_word_alone_after_an_office(text: str, person: str, expected: list) -> None:
    assert _positions(text)[person] == expected
