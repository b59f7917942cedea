"""An anniversary written as a span of whole years (`(19/5/1890-19/5/2017)`): its last day is
this year's, read by the dates stage, and it dates the ceremonies around it in an undated
article, the days before it as well as after. Invented sentences in the press's style."""

from __future__ import annotations

import pytest

from conftest import run


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the day before the anniversary
        ("Nhân dịp kỷ niệm 128 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890-19/5/2018), sáng 18/5, "
         "Tỉnh ủy Hòa Bình tổ chức lễ dâng hương tại Khu di tích.",
         [("Lễ", "2018-05-18")]),
        # a spaced dash, the ceremony three days before
        ("Sáng 9/7, Tỉnh ủy, HĐND, UBND tỉnh Hòa Bình tổ chức Lễ kỷ niệm 70 năm ngày thành lập tỉnh "
         "(12/7/1948 - 12/7/2018).",
         [("Lễ", "2018-07-09")]),
        # the anniversary's own day, in a first year far back: not the event's year
        ("Tối 14/6, UBND tỉnh Hòa Bình tổ chức Lễ kỷ niệm 60 năm ngày Bác về thăm tỉnh (14/6/1958-14/6/2018).",
         [("Lễ", "2018-06-14")]),
        # two full days that are no anniversary lend no year to a day before them
        ("Sáng 18/5, Tỉnh ủy Hòa Bình tổ chức lễ dâng hương. Đợt thi đua kéo dài từ 19/5/2018-19/6/2018.",
         [("Lễ", "--05-18")]),
    ],
)
def test_an_anniversary_dates_the_days_around_it(text: str, expected: list[tuple]) -> None:
    assert [(e.type, e.date) for e in run(text).article.events] == expected


def test_the_last_day_of_a_span_written_glued_is_a_date() -> None:
    values = [d.value for d in run("Kỷ niệm 70 năm ngày thành lập (12/7/1948-12/7/2018).").article.dates]
    assert values == ["1948-07-12", "2018-07-12"]


def test_a_number_glued_to_a_symbol_is_still_no_date() -> None:
    values = [d.value for d in run("Theo Quyết định 123/2018-QĐ và Nghị định 15/2020/NĐ-CP.").article.dates]
    assert values == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the bracket holds the anniversary, not the ceremony's day
        ("Bí thư Tỉnh ủy phát biểu tại lễ kỷ niệm 70 năm ngày thành lập tỉnh (11-6-1948 - 11-6-2018), "
         "diễn ra sáng 9-6.",
         [("Lễ", "2018-06-09")]),
        ("Đồng chí Phạm Văn Minh về dự Lễ kỷ niệm 60 năm Bác Hồ về thăm quê (14/6/1958 - 14/6/2018) và "
         "phát biểu.",
         [("Lễ", None)]),
    ],
)
def test_an_anniversary_does_not_date_its_ceremony(text: str, expected: list[tuple]) -> None:
    assert [(e.type, e.date) for e in run(text).article.events] == expected
