"""An event in the caption of an archive photo is an earlier one, not the news. Invented sentences."""

from __future__ import annotations

import pytest

from conftest import run


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ông Nam phát biểu tại một hội nghị diễn ra ngày 28/2/2017 - Ảnh: T.L", []),
        ("Ông Nam phát biểu tại Kỳ họp thứ 7 HĐND tỉnh Nam Định ngày 5/7/2016 (Ảnh tư liệu)", []),
        # another sentence's archive photo
        ("Sáng 28/2/2017, UBND tỉnh Nam Định tổ chức hội nghị. Ông Nam (Ảnh tư liệu).", [("Hội nghị", "2017-02-28")]),
        # a caption credited to its photographer shows the news
        ("Ông Nam phát biểu tại hội nghị ngày 28/2/2017. Ảnh: Văn Điệp", [("Hội nghị", "2017-02-28")]),
    ],
)
def test_an_archive_photo_shows_no_news(text: str, expected: list[tuple]) -> None:
    assert [(e.type, e.date) for e in run(text).article.events] == expected
