"""Mentions that name no one event: a count of meetings, the next session of a series, a body a
title holds. Invented sentences."""

from __future__ import annotations

import pytest

from conftest import run


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a count of meetings held over a year
        ("Ngày 10/1/2019, ông Nam cho biết năm 2018 Văn phòng Tỉnh ủy đã chủ trì tổ chức 96 cuộc họp với các sở.",
         []),
        ("Ngày 10/1/2019, ông Nam cho biết Sở đã tổ chức nhiều hội nghị về cải cách hành chính.", []),
        ("Ngày 10/1/2019, Sở Nội vụ tổ chức một số buổi lễ trao quyết định cho cán bộ.", []),
        # a number of the communiqué, not a count: the session stays
        ("Thông cáo số 2 kỳ họp thứ 5, HĐND tỉnh Lào Cai khóa XVI. Ngày 12/7/2018, HĐND tỉnh tổ chức kỳ họp thứ 5.",
         [("Kỳ họp", "2018-07-12")]),
        # two sessions named by their numbers are each reported
        ("Qua hai kỳ họp thứ 14 (từ ngày 2 đến 4/8/2018) và thứ 15, Ủy ban Kiểm tra Trung ương đã kết luận.",
         [("Kỳ họp", "2018-08-02")]),
        # counted after the verb
        ("Ngày 10/1/2019, ông Nam cho biết Ban Thường vụ Tỉnh ủy Nam Định đã họp nhiều lần để xem xét.", []),
        ("Ngày 10/1/2019, Ban Thường vụ Tỉnh ủy Nam Định đã họp và thống nhất.", [("Cuộc họp", "2019-01-10")]),
        # one meeting stays
        ("Ngày 10/1/2019, UBND tỉnh Hà Nam tổ chức một cuộc họp với các doanh nghiệp.",
         [("Cuộc họp", "2019-01-10")]),
    ],
)
def test_a_count_of_meetings_is_no_event(text: str, expected: list[tuple]) -> None:
    assert [(e.type, e.date) for e in run(text).article.events] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ngày 9/4/2019, Ủy ban Thường vụ Quốc hội cho ý kiến về dự án luật để trình Quốc hội tại kỳ họp tới.",
         []),
        ("Ngày 9/4/2019, Chính phủ thống nhất đưa nội dung này ra phiên họp tiếp theo.", []),
        # the next one said after its name (`sắp tới`, `tới đây`)
        ("Ngày 9/4/2019, ông Nhân cho biết tại kỳ họp HĐND sắp tới, UBND thành phố sẽ trình đề án.", []),
        ("Ngày 9/4/2019, ông Nam nói Hội nghị Trung ương 9 tới đây sẽ bàn về nhân sự.", []),
        ("Ngày 9/4/2019, HĐND tỉnh Nam Định tổ chức hội nghị tiếp xúc cử tri tại huyện Hải Hậu.",
         [("Hội nghị", "2019-04-09")]),
    ],
)
def test_the_next_session_is_still_to_come(text: str, expected: list[tuple]) -> None:
    assert [(e.type, e.date) for e in run(text).article.events] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chiều 11/5/2017, tại buổi tiếp Phó Chủ tịch Hội nghị Hiệp thương chính trị nhân dân Trung Quốc, "
         "Chủ tịch nước bày tỏ vui mừng.", []),
        # a talk right after a title is what its holder did
        ("Chiều 11/5/2017, Thủ tướng hội đàm với Thủ tướng Lào tại Hà Nội.", [("Hội đàm", "2017-05-11")]),
    ],
)
def test_a_body_a_title_holds_is_no_event(text: str, expected: list[tuple]) -> None:
    assert [(e.type, e.date) for e in run(text).article.events] == expected
