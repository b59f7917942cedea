"""`hôm nay`, `chiều nay` in an undated article: the one day its opening writes. Invented
sentences in the seed's style: (text) -> (type, date) of each event."""

from __future__ import annotations

import pytest

from conftest import run


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the lead's day is the news day: a ceremony held `chiều nay` falls on it
        ("Chiều 14/9, HĐND tỉnh Nam Định bầu ông Lê Văn Kha làm Chủ tịch UBND tỉnh. Ông Lê Văn Kha đã "
         "thực hiện nghi lễ tuyên thệ nhậm chức lúc 16h chiều nay.",
         [("Lễ", "--09-14")]),
        # `hôm nay` alone
        ("Sáng 3/4, Tỉnh ủy Hòa Bình công bố quyết định về công tác cán bộ. Hội nghị tổng kết công tác "
         "dân vận của Tỉnh ủy Hòa Bình đã diễn ra hôm nay.",
         [("Hội nghị", "--04-03")]),
        # yesterday is not read from the lead's day, which may be the event's own
        ("Sáng 3/4, Tỉnh ủy Hòa Bình công bố quyết định về công tác cán bộ. Hội nghị tổng kết công tác "
         "dân vận của Tỉnh ủy Hòa Bình đã diễn ra hôm qua.",
         [("Hội nghị", None)]),
        # two days in the opening leave the news day unsaid
        ("Sáng 3/4, Tỉnh ủy Hòa Bình công bố quyết định. Ngày 1/4, Ban Bí thư ban hành chỉ thị. "
         "Hội nghị tổng kết công tác dân vận của Tỉnh ủy Hòa Bình đã diễn ra hôm nay.",
         [("Hội nghị", None)]),
    ],
)
def test_event_today_is_the_day_of_the_opening(text: str, expected: list[tuple]) -> None:
    assert [(e.type, e.date) for e in run(text).article.events] == expected


def test_today_with_a_publication_date_is_that_date() -> None:
    text = ("Chiều 14/9, HĐND tỉnh Nam Định bầu ông Lê Văn Kha làm Chủ tịch UBND tỉnh. Ông Lê Văn Kha đã "
            "thực hiện nghi lễ tuyên thệ nhậm chức lúc 16h chiều nay.")
    events = run(text, published="2022-09-14T18:00:00+07:00").article.events
    assert [(e.type, e.date) for e in events] == [("Lễ", "2022-09-14")]


def test_regression_ceremony_held_this_afternoon_left_undated() -> None:
    """Defect: `chiều nay` had no value without a publication date, so the ceremony it dates was
    listed undated beside a lead that writes the day (`Chiều 14/9`)."""
    text = ("Chiều 14/9, HĐND tỉnh Nam Định bầu ông Lê Văn Kha làm Chủ tịch UBND tỉnh. Ông Lê Văn Kha đã "
            "thực hiện nghi lễ tuyên thệ nhậm chức lúc 16h chiều nay.")
    assert [e.date for e in run(text).article.events] == ["--09-14"]
