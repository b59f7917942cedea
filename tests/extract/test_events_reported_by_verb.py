"""Events reported by a verb (issue 9): `họp` after a verb of holding it, a ceremony witnessed,
a body that has met (wherever it stands, undated); a day after `trước` is a deadline, not the
event's day; the body opening a clause set in a session holds it. Invented sentences."""

from __future__ import annotations

import pytest

from conftest import run

_FILLER = "Người dân trong vùng đã được thông báo từ nhiều ngày trước về kế hoạch di dời khỏi khu vực. " * 9


@pytest.mark.parametrize(("text", "expected"), [
    ("Chiều 19/5, Thành ủy Long An đã có cuộc triệu tập họp bàn về tình hình sốt đất.",
     [("Cuộc họp", "2021-05-19", "Thành ủy Long An")]),
    ("Sáng 3/6, UBND tỉnh Long An tổ chức họp tháng 5/2021.",
     [("Cuộc họp", "2021-06-03", "UBND tỉnh Long An")]),
    # `họp` as a verb of the people, not a meeting
    ("Người dân tụ họp trước cổng chợ.", []),
])
def test_a_meeting_after_a_verb_of_holding_it(text: str, expected: list) -> None:
    events = run(text, published="2021-06-30").article.events
    assert [(e.type, e.date, e.organizer) for e in events] == expected


def test_a_ceremony_witnessed_took_place() -> None:
    text = ("Sáng 8/2, Thủ tướng Nguyễn Văn An hội đàm với Thủ tướng nước bạn. Ngay sau cuộc hội đàm, hai "
            "Thủ tướng đã chứng kiến lễ ký kết 4 văn kiện hợp tác giữa hai nước.")
    events = run(text, published="2021-02-08").article.events
    assert ("Lễ", "2021-02-08") in [(e.type, e.date) for e in events]


def test_a_ceremony_to_be_witnessed_is_planned() -> None:
    text = "Hai Thủ tướng sẽ chứng kiến lễ ký kết các văn kiện hợp tác."
    assert [e.type for e in run(text).article.events] == []


@pytest.mark.parametrize(("text", "expected"), [
    # deep in the text and undated: a body that has met reports a meeting
    (_FILLER + "Theo Bộ trưởng, Ban cán sự đảng Bộ Công an đã họp và có biện pháp xử lý.",
     [("Cuộc họp", None, "Ban cán sự đảng Bộ Công an")]),
    # a meeting to come
    (_FILLER + "Theo Bộ trưởng, Ban cán sự đảng Bộ Công an sẽ họp để xử lý.", []),
])
def test_a_body_that_has_met(text: str, expected: list) -> None:
    events = run(text).article.events
    assert [(e.type, e.date, e.organizer) for e in events] == expected


def test_a_deadline_is_not_the_day_of_a_meeting() -> None:
    text = "Chủ tịch UBND tỉnh giao Sở Nội vụ tổ chức họp kiểm điểm ông Lê Văn Tâm trước ngày 10-7-2019."
    assert [e.date for e in run(text).article.events] in ([], [None])


@pytest.mark.parametrize(("text", "organizer"), [
    ("Tại kỳ họp ngày 1/8, Ủy ban Kiểm tra Tỉnh ủy Long An đã kết luận về trường hợp vi phạm.",
     "Ủy ban Kiểm tra Tỉnh ủy Long An"),
    ("Tối 21/10, tại phiên họp thứ nhất, Ban Chấp hành Đảng bộ tỉnh Long An bầu ông Lê Văn Tâm.",
     "Ban Chấp hành Đảng bộ tỉnh Long An"),
    # the body names the event's session, it does not act
    ("Sáng 19/5, tại buổi họp báo trước kỳ họp thứ 3, Quốc hội khóa XIV, ông Lê Văn Tâm cho biết.", None),
    # a verb's place, not the clause's setting
    ("Sáng 2/8, phát biểu tại hội nghị, Sở Y tế cho biết tình hình dịch bệnh.", None),
])
def test_the_body_a_session_speaks_of(text: str, organizer: str | None) -> None:
    # published after every day of the cases: a day after the publication's is one announced
    events = run(text, published="2021-10-30").article.events
    assert [e.organizer for e in events][:1] == [organizer]


@pytest.mark.parametrize(("text", "expected"), [
    # a session given its own day right after `sau`, at a clause's opening, is the occasion reported
    ("Sau kỳ họp từ ngày 13 đến 16-9 tại Hà Nội, Ủy ban Kiểm tra Trung ương ra kết luận về Ban cán sự "
     "đảng UBND tỉnh Long An.",
     [("Kỳ họp", "2021-09-13", "Ủy ban Kiểm tra Trung ương")]),
    # a plenum cited as a time stays background
    ("Sau Hội nghị Trung ương 4, các cấp ủy đã kiểm điểm nghiêm túc.", []),
])
def test_a_session_dated_after_sau(text: str, expected: list) -> None:
    events = run(text, published="2021-09-30").article.events
    assert [(e.type, e.date, e.organizer) for e in events] == expected


@pytest.mark.parametrize("text", [
    "Theo ông Nghị, các tỉnh khi tiến hành đại hội Đảng đều phải thông qua quy hoạch nhân sự.",
    "Sáng 15/7, Bộ Chính trị cho ý kiến vào dự thảo văn kiện trước khi tiến hành đại hội đảng bộ.",
    "Ngày 3/4, các xã được hướng dẫn những việc cần làm khi tổ chức hội nghị cử tri.",
])
def test_an_event_in_a_when_clause_is_generic(text: str) -> None:
    assert [e.type for e in run(text, published="2021-07-30").article.events] == []


@pytest.mark.parametrize(
    "text",
    [
        "Ngày 5/7/2019, Ban Thường vụ Tỉnh ủy Hòa Bình yêu cầu tổ chức họp kiểm điểm trước ngày 10/7/2019.",
        "Ngày 5/7/2019, Thủ tướng đồng ý việc Hội Nông dân Việt Nam tổ chức Hội nghị đối thoại với nông dân.",
        "Sáng 5/7/2019, UBND tỉnh Hòa Bình chỉ đạo tổ chức hội nghị sơ kết tại các huyện.",
    ],
)
def test_a_meeting_asked_for_or_approved_is_planned(text: str) -> None:
    assert run(text).article.events == ()


@pytest.mark.parametrize(
    "text",
    [
        "Ngày 19/11/2019, công an phát hiện ba cán bộ bình luận trên mạng trước khi đại hội Đảng bộ diễn ra.",
        "Ngày 19/11/2019, sau khi hội nghị Tỉnh ủy Hòa Bình bế mạc, ông Lê Văn An trả lời phỏng vấn.",
    ],
)
def test_an_event_before_or_after_khi_is_a_time(text: str) -> None:
    assert run(text).article.events == ()
