"""A day written right after an event's name is its own, over the day its sentence opens with (the
day the news was told). Invented sentences: text -> (type, date) of each event."""

from __future__ import annotations

import pytest

from conftest import run


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tối 5-7-2019, Ủy ban Kiểm tra Thành ủy Hòa Bình cho biết kỳ họp thứ 23 ngày 2-7-2019 đã xem xét "
         "kỷ luật hai cán bộ.",
         [("Kỳ họp", "2019-07-02")]),
        ("Ngày 2/11/2017, đoàn kiểm tra đã làm việc với tỉnh, như thông tin Thanh tra Bộ Nội vụ đã công bố "
         "tại cuộc họp báo ngày 27/12/2017.",
         [("Họp báo", "2017-12-27")]),
        # a document's day is not the meeting's
        ("Sáng 21-12-2019, Ban Thường vụ Tỉnh ủy Hòa Bình tổ chức Hội nghị tổng kết Nghị quyết số 18 "
         "ngày 25-10-2017 của Ban Chấp hành Trung ương Đảng.",
         [("Hội nghị", "2019-12-21")]),
        # a deadline is not the meeting's day
        ("Ngày 5/7/2019, Ban Thường vụ Tỉnh ủy Hòa Bình đã tổ chức họp kiểm điểm trước ngày 10/7/2019.",
         [("Cuộc họp", "2019-07-05")]),
        # an ordinal is no weekday
        ("Ngày 25/11/2019, HĐND tỉnh Hòa Bình tổ chức Kỳ họp chuyên đề thứ Tư.",
         [("Kỳ họp", "2019-11-25")]),
    ],
)
def test_the_day_after_the_name(text: str, expected: list[tuple]) -> None:
    assert [(e.type, e.date) for e in run(text).article.events] == expected
