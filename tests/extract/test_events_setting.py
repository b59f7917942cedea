"""Events reported as the setting of their sentence (`tại hội nghị …, ông X cho biết`) with a day
of their own somewhere in it, and the event's own day in brackets after its name (issue: events
reported only as a setting). Invented sentences in the seed's style: text -> (type, date)."""

from __future__ import annotations

import pytest

from conftest import run


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the day stands past a comma in the name, out of reach of the verb after the name
        ("Đây là phát biểu của Bí thư Tỉnh ủy Hà Minh Tuấn tại Hội nghị lần thứ 8 Ban Chấp hành Đảng bộ "
         "tỉnh đánh giá công tác 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm diễn ra sáng 28-6.",
         [("Hội nghị", "--06-28")]),
        # the day after the name's end
        ("Tại buổi họp báo trước kỳ họp thứ 5, Quốc hội khóa XV chiều 19/5, Tổng Thư ký Quốc hội "
         "Lê Văn Kha cho biết nhiều nội dung.",
         [("Họp báo", "--05-19")]),
        # the day before the verb that speaks from the event
        ("Chiều 11/10, phát biểu tại phiên họp của Ủy ban Thường vụ Quốc hội, Tổng Thư ký Lê Văn Kha "
         "cho biết lịch làm việc.",
         [("Phiên họp", "--10-11")]),
        ("Ông Lê Văn Kha nói tại hội nghị cán bộ luân chuyển tổ chức tại TP Hạ Long hôm nay 30-11.",
         [("Hội nghị", "--11-30")]),
        # a span of days right after the name, however the sentence opens
        ("Trước đó tại kỳ họp thứ 35 (từ 24 đến 26/4), Ủy ban Kiểm tra Trung ương đã xem xét nhiều nội dung.",
         [("Kỳ họp", "--04-24")]),
        ("Chiều 3/6, Ủy ban Kiểm tra Trung ương ra thông cáo kỳ họp thứ 36 (từ 29 đến 31/5) do ông "
         "Trần Văn Tú chủ trì.",
         [("Kỳ họp", "--05-29")]),
        # a setting with no day of its own still only refers to an earlier event
        ("Tại hội nghị, ông Lê Văn Kha cho biết tỉnh đã hoàn thành kế hoạch.", []),
        # a span of years is no day
        ("Tại Đại hội Đảng bộ lần thứ 16, tỉnh Nam Định đặt mục tiêu tăng trưởng giai đoạn 2016-2020 là 8%.",
         []),
    ],
)
def test_event_reported_as_a_dated_setting(text: str, expected: list[tuple]) -> None:
    assert [(e.type, e.date) for e in run(text).article.events] == expected


@pytest.mark.parametrize(
    ("text", "chairs"),
    [
        ("Chiều 12/6, Thủ tướng Lê Văn Kha trực tiếp chủ trì cuộc họp Thường trực Chính phủ về sân bay.",
         ("Lê Văn Kha",)),
        ("Sáng 30-11, Trưởng ban Tổ chức Trung ương Hà Minh Tuấn trực tiếp chủ trì hội nghị cán bộ.",
         ("Hà Minh Tuấn",)),
    ],
)
def test_chair_who_chairs_in_person(text: str, chairs: tuple) -> None:
    assert [e.chairs for e in run(text).article.events] == [chairs]


def test_regression_year_span_dated_a_cited_congress() -> None:
    """Defect: `giai đoạn 2016-2020` counted as the day of `Đại hội …` named as a setting."""
    text = "Tại Đại hội Đảng bộ lần thứ 16, tỉnh Nam Định đặt mục tiêu tăng trưởng giai đoạn 2016-2020 là 8%."
    assert run(text).article.events == ()


def test_regression_clause_after_bare_session_read_into_its_name() -> None:
    """Defect: in `tại phiên khai mạc kỳ họp, Ban Pháp chế HĐND …` the body after the comma was
    read as part of the session's name, and the mention became a second session."""
    text = ("Tại phiên khai mạc kỳ họp thứ 4 HĐND tỉnh Nam Định khóa IX sáng 5/7, Thường trực HĐND "
            "tỉnh trình tờ trình. Tại phiên khai mạc kỳ họp, Ban Pháp chế HĐND tỉnh Nam Định thống nhất "
            "với tờ trình.")
    assert [(e.type, e.date) for e in run(text).article.events] == [("Kỳ họp", "--07-05")]
