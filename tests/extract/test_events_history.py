"""An event dated more than a year before the news day (the publication date, else the latest
full day written that bounds nothing) is history cited, not news; one dated after the
publication's next day is announced. Invented sentences."""

from __future__ import annotations

import pytest

from conftest import run


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a profile's congress, decades before the day of the news
        ("Ông là người trực tiếp tổ chức Đại hội VI của Đảng (khai mạc vào ngày 15/12/1986). "
         "Ngày 10/5/2017, Tỉnh ủy Hòa Bình tổ chức hội thảo khoa học về ông.",
         None, [("Hội thảo", "2017-05-10")]),
        # a caption's ceremony of two years before, in an article of 2026
        ("Nữ diễn viên tham dự lễ trao giải điện ảnh tại Hà Nội, ngày 15/9/2024.",
         "2026-02-01T10:00:00+07:00", []),
        # a meeting of last month stays
        ("Ngày 28/12/2025, UBND tỉnh Hòa Bình tổ chức hội nghị tổng kết năm.",
         "2026-01-10T10:00:00+07:00", [("Hội nghị", "2025-12-28")]),
        # a ceremony after the publication's day is announced, not reported
        ("Lễ khai mạc Hội Hoa Xuân diễn ra lúc 18 giờ 30 ngày 10/2/2026 tại công viên Tao Đàn.",
         "2026-02-05T10:00:00+07:00", []),
        # the day after the publication's stays: a day abroad may be the next one at home
        ("Tối 1/2/2026 giờ Los Angeles, lễ trao giải Grammy diễn ra tại Mỹ.",
         "2026-01-31T23:00:00+00:00", [("Lễ", "2026-02-01")]),
        # a schedule's end dates no news: the session stays
        ("Ủy ban Kiểm tra Trung ương vừa ra thông cáo kỳ họp thứ 16 diễn ra từ ngày 25 đến 27/7/2017. "
         "Khoản nợ được trả dần từ 21/7/2017 đến 21/1/2022.",
         None, [("Kỳ họp", "2017-07-25")]),
    ],
)
def test_history_is_no_event(text: str, published: str | None, expected: list[tuple]) -> None:
    events = run(text, published=published).article.events
    assert [(e.type, e.date) for e in events] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sáng 12/6/2017, bà Mai phát biểu tại Lễ tưởng niệm lãnh tụ trên Quảng trường Cách mạng vào tháng "
         "11/2016, được nhân dân Cuba xúc động đón nhận.",
         []),
        # a month right after the name names a session of the series
        ("Sáng 3/7/2017, Thủ tướng chủ trì Phiên họp Chính phủ thường kỳ tháng 6/2017.",
         [("Phiên họp", "2017-07-03")]),
        # a month the text places in the past, with no publication date to resolve it
        ("Ngày 5/2/2017, ông Nam cho biết tại Hội nghị cải cách hành chính diễn ra vào tháng 7 năm ngoái, "
         "Thủ tướng đã nêu rõ chủ trương này.", []),
        ("Ngày 5/2/2017, tại hội nghị tổng kết hồi tháng trước, Bộ trưởng Bộ Nội vụ đã nói rõ.", []),
        # a sentence opening with a month and its year gives a plenum of history
        ("Tháng 5/1941, tại Hội nghị Trung ương lần 8 diễn ra ở Cao Bằng, ông Nam được bầu làm Tổng Bí thư. "
         "Ngày 10/5/2017, Tỉnh ủy Cao Bằng tổ chức hội thảo khoa học về ông.", [("Hội thảo", "2017-05-10")]),
        # a month opening the sentence does not undo the event's own day
        ("Tháng 5/2017, Tỉnh ủy Cao Bằng tổ chức hội thảo khoa học ngày 10/5/2017 về ông Nam.",
         [("Hội thảo", "2017-05-10")]),
    ],
)
def test_an_event_dated_by_a_past_month_is_cited(text: str, expected: list[tuple]) -> None:
    assert [(e.type, e.date) for e in run(text).article.events] == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a year before the publication's, opening the sentence
        ("Năm 2024, tại lễ khánh thành cổng trường mới, ông Nam có bài phát biểu ngắn.",
         "2026-02-01T10:00:00+07:00", []),
        # without a publication date, before the latest full day written
        ("Ngày 10/5/2019, Tỉnh ủy Nam Định tổ chức hội nghị. Năm 2018, tại lễ khởi công, ông Nam đã phát biểu.",
         None, [("Hội nghị", "2019-05-10")]),
        # the year of the news itself stays
        ("Năm 2026, tại lễ khánh thành cổng trường mới, ông Nam có bài phát biểu ngắn.",
         "2026-02-01T10:00:00+07:00", [("Lễ", None)]),
    ],
)
def test_an_event_of_a_past_year_is_cited(text: str, published: str | None, expected: list[tuple]) -> None:
    assert [(e.type, e.date) for e in run(text, published=published).article.events] == expected
