"""An event given as a span of days and by one day inside it is one event, dated by the span's
first day. Invented sentences."""

from __future__ import annotations

import pytest

from conftest import run


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Đại hội đại biểu Đảng bộ tỉnh Nam Định lần thứ XX diễn ra từ ngày 20 đến 22/10/2020. "
         "Chiều 22/10/2020, Đại hội đại biểu Đảng bộ tỉnh Nam Định lần thứ XX bế mạc.",
         [("Đại hội", "2020-10-20")]),
        # the day first, the span after it
        ("Chiều 22/10/2020, Đại hội đại biểu Đảng bộ tỉnh Nam Định lần thứ XX bế mạc. "
         "Đại hội diễn ra từ ngày 20 đến 22/10/2020.",
         [("Đại hội", "2020-10-20")]),
        # a span across two months
        ("Hội nghị Trung ương 8 diễn ra từ ngày 30/9 đến 2/10/2020. Sáng 1/10/2020, Hội nghị thảo luận về nhân sự.",
         [("Hội nghị", "2020-09-30")]),
        # a day outside the span is another event
        ("Kỳ họp thứ 5 HĐND tỉnh Nam Định diễn ra từ ngày 7 đến 8/7/2020. "
         "Ngày 20/7/2020, HĐND tỉnh Nam Định tổ chức kỳ họp thứ 6.",
         [("Kỳ họp", "2020-07-07"), ("Kỳ họp", "2020-07-20")]),
        # two days, no span: two congresses
        ("Ngày 5/10/2020, Đảng bộ tỉnh Nam Định tổ chức Đại hội lần thứ XX. "
         "Ngày 7/10/2020, Đảng bộ tỉnh Thái Bình tổ chức Đại hội lần thứ XV.",
         [("Đại hội", "2020-10-05"), ("Đại hội", "2020-10-07")]),
    ],
)
def test_a_day_within_the_span_is_the_same_event(text: str, expected: list[tuple]) -> None:
    assert [(e.type, e.date) for e in run(text).article.events] == expected
