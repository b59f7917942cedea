"""A ceremony given the clock time it begins right after its name is one of a schedule announcing
it, not a report. Invented sentences."""

from __future__ import annotations

import pytest

from conftest import run


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lễ viếng ông Nam bắt đầu từ 7h đến 11h, lễ truy điệu từ 11h ngày 3/5/2019 tại Nhà tang lễ tỉnh.", []),
        ("Lễ viếng nghệ sĩ diễn ra lúc 14h ngày 27/1/2026 tại Nhà tang lễ Thành phố.", []),
        ("Lễ khai mạc diễn ra vào 18 giờ 30 ngày 10/2/2026 tại công viên.", []),
        # a report dates it by the part of the day
        ("Sáng 3/5/2019, lễ truy điệu ông Nam diễn ra tại Nhà tang lễ tỉnh.", [("Lễ", "2019-05-03")]),
        # a number of households is no clock time
        ("Ngày 3/5/2019, UBND xã tổ chức lễ trao quà cho 7 hộ dân, từ 7 hộ nghèo nhất xã.", [("Lễ", "2019-05-03")]),
        # a meeting's hour does not make it a schedule
        ("Hội nghị bắt đầu lúc 8h ngày 3/5/2019 tại trụ sở UBND tỉnh Nam Định.", [("Hội nghị", "2019-05-03")]),
    ],
)
def test_a_ceremony_given_its_clock_time_is_scheduled(text: str, expected: list[tuple]) -> None:
    assert [(e.type, e.date) for e in run(text).article.events] == expected
