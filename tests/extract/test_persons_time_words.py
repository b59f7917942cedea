"""Persons: a part of the day (`Sáng`, `Chiều`, `Tối`) ends a name only where it dates the next
sentence (`… Nguyễn Duy Thăng Sáng 10-11, …`, a caption run into the text); otherwise it is a
given name (`Nguyễn Hữu Sáng`). Invented sentences: (text, persons)."""

from __future__ import annotations

import pytest

from conftest import run


@pytest.mark.parametrize(("text", "expected"), [
    ("Ông Nguyễn Hữu Sáng, Giám đốc Sở Nội vụ, cho biết.", {"Nguyễn Hữu Sáng"}),
    ("Bà Lê Thị Chiều cho biết sẽ kiến nghị.", {"Lê Thị Chiều"}),
    ("Ông Trần Văn Tối đến dự. Tối qua, mưa lớn.", {"Trần Văn Tối"}),
    ("Đồng chí Hà Văn Trưa phát biểu.", {"Hà Văn Trưa"}),
    # the part of the day opens the next sentence: a number or a dating word after it
    ("Ảnh: Nguyễn Duy Thăng Sáng 10-11, đoàn đến thăm.", set()),
    ("Ông Lê Văn Hai Chiều nay, đoàn công tác về huyện.", {"Lê Văn Hai"}),
    ("Chiều cùng ngày, ông Lê Văn Ba đến thăm.", {"Lê Văn Ba"}),
    ("Tối thứ Bảy, anh Phạm Văn Tư về quê.", {"Phạm Văn Tư"}),
    ("Ông Nguyễn Hữu Sáng - Giám đốc Sở Nội vụ tỉnh Long An bị kỷ luật.", {"Nguyễn Hữu Sáng"}),
    ("Ông Bùi Đình Sáng, Phó Chủ tịch UBND huyện, cho biết.", {"Bùi Đình Sáng"}),
    ("Bí thư Tỉnh ủy Lê Văn Hùng Sáng 10/11 đã chủ trì hội nghị.", {"Lê Văn Hùng"}),
])
def test_a_part_of_the_day_in_a_name(text: str, expected: set[str]) -> None:
    assert {p.name for p in run(text).article.persons} == expected
