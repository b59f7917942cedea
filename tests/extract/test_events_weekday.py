"""A weekday the text gives no day for (`thứ Tư`) dates no event: after a session's name it
numbers the session (`Kỳ họp chuyên đề thứ Tư`). Invented sentences."""

from __future__ import annotations

import pytest

from conftest import run


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the title's session and the lead's are one, dated by the lead's day
        ("Khai mạc Kỳ họp chuyên đề thứ Tư, HĐND tỉnh khóa XIX\n\n"
         "Ngày 25/11/2025, HĐND tỉnh Phú Thọ tổ chức Kỳ họp chuyên đề thứ Tư để xem xét một số nội dung.",
         [("Kỳ họp", "2025-11-25")]),
        ("Ngày 12/6/2017, Ban Thường vụ Tỉnh ủy Nam Định họp. Trong phiên họp ngày thứ Bảy, Bộ Chính trị đã bàn.",
         [("Cuộc họp", "2017-06-12")]),
    ],
)
def test_a_weekday_alone_dates_no_event(text: str, expected: list[tuple]) -> None:
    assert [(e.type, e.date) for e in run(text).article.events] == expected
