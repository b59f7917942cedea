"""The year of a day-month event in an undated article with no full day: the year its opening
names, unless the text names a later one or the year is a target. Invented sentences in the
seed's style: (text) -> (type, date) of each event."""

from __future__ import annotations

import pytest

from conftest import run


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the period the lead reports on dates the meeting after it
        ("Trong 6 tháng đầu năm 2018, Ủy ban Kiểm tra Tỉnh ủy Hòa Bình đã kiểm tra 12 tổ chức đảng. "
         "Ngày 10/7, Ủy ban Kiểm tra Tỉnh ủy Hòa Bình tổ chức hội nghị sơ kết công tác kiểm tra.",
         [("Hội nghị", "2018-07-10")]),
        # a past year and the current one: the latest is the news's
        ("Sáng 9/3, UBND tỉnh Nam Định tổ chức buổi họp báo về kim ngạch năm 2019. Trong năm 2018, "
         "kim ngạch xuất khẩu của tỉnh tăng 8%.",
         [("Họp báo", "2019-03-09")]),
        # a target year is no year of the news
        ("Sáng 9/3, UBND tỉnh Nam Định tổ chức buổi họp báo về kế hoạch phát triển đến năm 2030.",
         [("Họp báo", "--03-09")]),
        # a term runs past the news: it dates nothing
        ("Sáng 9/3, HĐND tỉnh Nam Định khóa XVI nhiệm kỳ 2016-2021 tổ chức kỳ họp bất thường.",
         [("Kỳ họp", "--03-09")]),
    ],
)
def test_event_year_from_the_year_of_the_opening(text: str, expected: list[tuple]) -> None:
    assert [(e.type, e.date) for e in run(text).article.events] == expected


def test_later_year_deep_in_the_text_leaves_the_day_yearless() -> None:
    text = ("Sáng 9/3, UBND tỉnh Nam Định tổ chức buổi họp báo về kim ngạch năm 2019. "
            + "Kim ngạch tăng đều qua các quý. " * 30
            + "Năm 2021, tỉnh sẽ mở thêm hai cửa khẩu.")
    assert [(e.type, e.date) for e in run(text).article.events] == [("Họp báo", "--03-09")]


def test_year_of_the_opening_does_not_override_a_published_date() -> None:
    text = "Sáng 9/3, UBND tỉnh Nam Định tổ chức buổi họp báo về kim ngạch năm 2019."
    events = run(text, published="2020-03-09T10:00:00+07:00").article.events
    assert [(e.type, e.date) for e in events] == [("Họp báo", "2020-03-09")]


def test_regression_day_of_an_undated_article_left_without_the_year_its_lead_names() -> None:
    """Defect: `Ngày 12/7` stayed `--07-12` beside a lead on `6 tháng đầu năm 2017`, the year
    being read only from full days."""
    text = ("Trong 6 tháng đầu năm 2017, Ủy ban Kiểm tra Tỉnh ủy Hòa Bình đã kiểm tra 12 tổ chức đảng. "
            "Ngày 12/7, Ủy ban Kiểm tra Tỉnh ủy Hòa Bình tổ chức hội nghị sơ kết công tác kiểm tra.")
    assert [e.date for e in run(text).article.events] == ["2017-07-12"]
