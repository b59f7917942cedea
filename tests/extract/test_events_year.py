"""The year of a day-month event taken from a full day written shortly before it, never from a
month, a day far back or a day to come (issue: event years borrowed from unrelated dates).
Invented sentences in the seed's style: (text) -> (type, date) of each event."""

from __future__ import annotations

import pytest

from conftest import run


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a full day two days before lends its year
        ("Theo Quyết định số 12-QĐ/TU ngày 6/3/2019 của Ban Thường vụ Tỉnh ủy. Sáng 8/3, Tỉnh ủy Hòa Bình "
         "tổ chức Hội nghị công bố quyết định về công tác cán bộ.",
         [("Hội nghị", "2019-03-08")]),
        # a full day in December lends the next year to a January day
        ("Ngày 28/12/2018, Ban Bí thư ban hành quyết định. Sáng 4/1, HĐND tỉnh Nam Định tổ chức "
         "kỳ họp bất thường.",
         [("Kỳ họp", "2019-01-04")]),
        # a resolution signed two months before does not date the meeting
        ("Sáng 21-12, Ban Thường vụ Tỉnh ủy tổ chức Hội nghị tổng kết việc thực hiện Nghị quyết số 7 "
         "ngày 20-10-2017 của Tỉnh ủy Hòa Bình.",
         [("Hội nghị", "--12-21")]),
        # a month of a biography does not date it
        ("Chiều 23/10, ông Lê Văn Kha dự phiên họp tổ Đoàn đại biểu tỉnh Nam Định. Tháng 1/2016, ông "
         "được bầu làm Bí thư Tỉnh ủy.",
         [("Phiên họp", "--10-23")]),
        # a day to come does not date it
        ("Chiều 1-8, Văn phòng UBND tỉnh Hòa Bình tổ chức buổi họp báo về tình hình kinh tế. "
         "Ngày 21-8-2017, UBND tỉnh ban hành kế hoạch.",
         [("Họp báo", "--08-01")]),
    ],
)
def test_event_year_from_a_day_just_past(text: str, expected: list[tuple]) -> None:
    assert [(e.type, e.date) for e in run(text).article.events] == expected


def test_regression_year_borrowed_from_a_month_of_a_biography() -> None:
    """Defect: `Tháng 1/2016` in a biography gave the year 2015 to a meeting of 23 October
    (any month within 90 days either side lent its year)."""
    text = ("Chiều 23/10, ông Lê Văn Kha dự phiên họp tổ Đoàn đại biểu tỉnh Nam Định. "
            "Tháng 1/2016, ông được bầu làm Bí thư Tỉnh ủy.")
    assert [e.date for e in run(text).article.events] == ["--10-23"]
