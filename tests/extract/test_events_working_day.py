"""A day named as one of an event's working days dates that event. Invented sentences in the
seed's style."""

from __future__ import annotations

import pytest

from conftest import run


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ngày 6/11, ngày làm việc thứ hai của Hội nghị lần thứ 5 Ban Chấp hành Đảng bộ tỉnh "
         "Nam Định khóa XX.",
         [("Hội nghị", "--11-06")]),
        ("Sáng 6/11, phiên làm việc đầu tiên của Kỳ họp thứ 8 HĐND tỉnh Nam Định.",
         [("Kỳ họp", "--11-06")]),
        # `của` alone before an event names whose it is, not a day of its work
        ("Ngày 6/11, kết quả của Hội nghị lần thứ 5 được phổ biến tới cán bộ.", []),
    ],
)
def test_a_working_day_dates_its_event(text: str, expected: list[tuple]) -> None:
    assert [(e.type, e.date) for e in run(text).article.events] == expected


def test_regression_working_day_of_a_plenum_was_no_event() -> None:
    """Defect: `Ngày 4/10, ngày làm việc thứ ba của Hội nghị lần thứ 8 …` had no verb of holding
    beside the plenum, which was read as cited."""
    text = "Ngày 4/10, ngày làm việc thứ ba của Hội nghị lần thứ 8 Ban Chấp hành Trung ương Đảng khóa XII."
    assert [(e.type, e.date) for e in run(text).article.events] == [("Hội nghị", "--10-04")]
