"""A given name that is also a part of the day (`Sáng`) ends a name after a family name and a
middle name, unless a date follows it. Invented sentences: (text, the persons named)."""

from __future__ import annotations

import pytest

from conftest import run


@pytest.mark.parametrize(("text", "names"), [
    ("Ông Nguyễn Hữu Sáng - Giám đốc Sở Nội vụ tỉnh Long An bị kỷ luật.", {"Nguyễn Hữu Sáng"}),
    ("Ông Bùi Đình Sáng, Phó Chủ tịch UBND huyện, cho biết.", {"Bùi Đình Sáng"}),
    # a date after it: the part of the day opens the next sentence run into the caption
    ("Bí thư Tỉnh ủy Lê Văn Hùng Sáng 10/11 đã chủ trì hội nghị.", {"Lê Văn Hùng"}),
])
def test_day_part_given_names(text: str, names: set[str]) -> None:
    assert {p.name for p in run(text).article.persons} == names
