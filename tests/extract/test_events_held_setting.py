"""A held event as the setting of its sentence, deep in the text and undated (`Bên lề buổi họp
mặt … do Thành ủy tổ chức, ông X khẳng định …`): reported. Invented sentences in the press's
style, after a filler that puts them past the opening."""

from __future__ import annotations

import pytest

from conftest import run

FILLER = "Kim ngạch xuất khẩu của tỉnh tăng đều qua các quý trong năm. " * 14


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bên lề buổi họp mặt báo chí đầu xuân do Thành ủy Hải Phòng tổ chức, Chủ tịch UBND thành phố "
         "Lê Văn Thành khẳng định việc này là sai.",
         [("Họp mặt", None, "Thành ủy Hải Phòng")]),
        ("Trước đó, tại hội nghị giao ban trực tuyến ngành tuyên giáo tháng 3 do Ban Tuyên giáo Trung ương "
         "tổ chức, Trưởng ban Tuyên giáo Tỉnh ủy Phú Thọ Nguyễn Văn Khỏe cho biết tỉnh đã hoàn thành.",
         [("Hội nghị", None, "Ban Tuyên giáo Trung ương")]),
        # dated by a month after its holder: a past event cited
        ("Theo ông Minh, tại hội thảo quy hoạch đô thị do Hội Quy hoạch Phát triển Việt Nam tổ chức vào "
         "đầu tháng 9/2018, đã có ý kiến đề xuất di dời sân bay.",
         []),
        # a holder without the setting is not enough
        ("Theo kế hoạch hội nghị giao ban do Ban Tuyên giáo Trung ương tổ chức, các tỉnh báo cáo kết quả.",
         []),
    ],
)
def test_a_held_event_the_sentence_speaks_from(text: str, expected: list[tuple]) -> None:
    events = run(FILLER + text).article.events
    assert [(e.type, e.date, e.organizer) for e in events] == expected
