"""An event's end day is not its day; its organizer may follow its own day; a place holding it is
its body in short. Invented sentences in the seed's style."""

from __future__ import annotations

import pytest

from conftest import run


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # `đến ngày 18/5` ends the conference read before; it is no second one
        ("Sáng 16/5, Hội nghị Trung ương 9 khai mạc tại Hà Nội. Theo chương trình, Hội nghị làm việc "
         "đến ngày 18/5.",
         [("Hội nghị", "--05-16")]),
        ("Hội thảo diễn ra từ ngày 5-5 đến 10-5-2017 tại Huế.", [("Hội thảo", "2017-05-05")]),
    ],
)
def test_an_end_day_does_not_date_an_event(text: str, expected: list[tuple]) -> None:
    assert [(e.type, e.date) for e in run(text).article.events] == expected


@pytest.mark.parametrize(
    ("text", "organizer"),
    [
        ("Ông Lê Văn Kha trả lời câu hỏi nêu ra tại cuộc họp báo ngày 20/3 của UBND tỉnh Nam Định.",
         "UBND tỉnh Nam Định"),
        # a document's date with its issuer after it: the issuer is the document's, not the event's
        ("Sáng 21-12, Tỉnh ủy Nam Định tổ chức Hội nghị tổng kết Nghị quyết số 18 ngày 25-10-2017 "
         "của Ban Chấp hành Trung ương Đảng.",
         "Tỉnh ủy Nam Định"),
    ],
)
def test_organizer_after_the_events_own_day(text: str, organizer: str) -> None:
    assert [e.organizer for e in run(text).article.events] == [organizer]


def test_regression_place_holding_a_press_conference_split_it() -> None:
    """Defect: `Nam Định đã tổ chức họp báo` and `cuộc họp báo … của UBND tỉnh Nam Định` were two
    events, their organizers (the place, its body) telling them apart."""
    text = ("Chiều 20/3, UBND tỉnh Nam Định tổ chức họp báo về kế hoạch trồng cây. "
            "Nam Định đã tổ chức họp báo nhưng không giải đáp được câu hỏi.")
    events = run(text).article.events
    assert [(e.type, e.date, e.organizer) for e in events] == [("Họp báo", "--03-20", "UBND tỉnh Nam Định")]
