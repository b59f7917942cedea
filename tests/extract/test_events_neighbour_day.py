"""An event dated by its neighbour (issue 9): an undated event the opening reports takes the one
day the opening writes; a day opening the event's clause dates it and reports it, whatever its
verb. Invented sentences: (text) -> (type, date) of each event."""

from __future__ import annotations

import pytest

from conftest import run


@pytest.mark.parametrize(("text", "expected"), [
    # the opening's one day dates the ceremony its next sentence reports
    ("Sáng 18/5, đoàn đại biểu Tỉnh ủy Long An đã vào Lăng viếng Chủ tịch Hồ Chí Minh. Dự lễ viếng có "
     "ông Lê Văn Tâm, Bí thư Tỉnh ủy.",
     [("Lễ", "--05-18")]),
    # a day in brackets is an aside, not the news's day
    ("Nhân dịp kỷ niệm ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890), sáng 18/5, đoàn đại biểu đã vào Lăng "
     "viếng Bác. Dự lễ viếng có ông Lê Văn Tâm.",
     [("Lễ", "--05-18")]),
    # two days in the opening leave the event's day unsaid
    ("Sáng 18/5, đoàn đại biểu đã vào Lăng viếng Bác. Ngày 17/5, Ban Bí thư ban hành chỉ thị. Dự lễ viếng "
     "có ông Lê Văn Tâm.",
     [("Lễ", None)]),
    # a day of a past year in the opening (a birth) dates nothing of the news
    ("Ông Lê Văn Tâm sinh ngày 9/2/1957 tại Long An. Ngày 3/5/2021, ông dự lễ khai giảng. Tại lễ trao "
     "quyết định, ông Lê Văn Tâm phát biểu.",
     [("Lễ", "2021-05-03")]),
])
def test_an_undated_event_of_the_opening_takes_its_day(text: str, expected: list) -> None:
    assert [(e.type, e.date) for e in run(text).article.events][:1] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Ngày 19/10, kỳ họp HĐND thành phố Đà Nẵng đã miễn nhiệm chức danh Trưởng ban Đô thị.",
     [("Kỳ họp", "2021-10-19", "HĐND thành phố Đà Nẵng")]),
    ("Sáng 8-4, Hội nghị Tỉnh ủy Long An lần thứ 15 đã bầu ông Lê Văn Tâm giữ chức Phó Bí thư.",
     [("Hội nghị", "2021-04-08", "Tỉnh ủy Long An")]),
    # a day opening another clause does not date a cited meeting
    ("Theo ông Tâm, Hội nghị Trung ương 4 đã nêu rõ vấn đề này.", []),
])
def test_a_day_opening_the_events_clause(text: str, expected: list) -> None:
    events = run(text, published="2021-10-30").article.events
    assert [(e.type, e.date, e.organizer) for e in events] == expected


def test_talks_have_no_host() -> None:
    text = "Sáng 5/6, tại trụ sở Tỉnh ủy Long An, Tỉnh ủy Long An và Tỉnh ủy Tây Ninh đã hội đàm với nhau."
    events = run(text, published="2021-06-05").article.events
    assert [(e.type, e.organizer) for e in events] == [("Hội đàm", None)]


def test_a_year_of_a_life_is_not_the_news_year() -> None:
    text = ("Ông Lê Văn Tâm sinh năm 1966, quê Long An. Sáng 8-4, Hội nghị Tỉnh ủy Long An lần thứ 15 đã bầu "
            "ông Lê Văn Tâm giữ chức Phó Bí thư.")
    assert [e.date for e in run(text).article.events] == ["--04-08"]


@pytest.mark.parametrize(("text", "date"), [
    # the first months of a year spoken of as the present date the news, wherever they stand
    ("Sáng 16/5, Hội nghị Trung ương 10 khai mạc tại Hà Nội. Trung ương nghe báo cáo công tác kiểm tra năm "
     "2018 và những tháng đầu năm 2019.", "2019-05-16"),
    # a plan's year does not
    ("Sáng 16/5, Hội nghị Trung ương 10 khai mạc tại Hà Nội. Trung ương bàn kế hoạch đến năm 2030.", "--05-16"),
])
def test_the_present_year_of_the_news(text: str, date: str) -> None:
    assert [e.date for e in run(text).article.events] == [date]
