"""Talks reported by their verb: with a named partner or after `đã`, wherever they stand, and
with no chairs. Invented sentences in the seed's style: (text) -> (type, date, chairs)."""

from __future__ import annotations

import pytest

from conftest import run

_FILLER = "Hai bên trao đổi về hợp tác kinh tế, thương mại và đầu tư giữa hai tỉnh. " * 12


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a talk with a named partner, deep in the text and undated
        (_FILLER + "Trong chuyến thăm, Chủ tịch Quốc hội Lào Khamphanh Vongsa đã hội đàm với Chủ tịch "
         "Quốc hội Lê Văn Kha; chào xã giao Thủ tướng.",
         [("Hội đàm", None, ())]),
        # cited as a result: `kết quả của cuộc hội đàm với đồng chí …`
        (_FILLER + "Ông Somsak thông báo kết quả tốt đẹp của cuộc hội đàm với đồng chí Trần Văn Bình, "
         "Trưởng Ban Kinh tế Trung ương.",
         [("Hội đàm", None, ())]),
        # a talk to come is none
        (_FILLER + "Ngày mai, Chủ tịch Quốc hội Lào Khamphanh Vongsa sẽ hội đàm với Chủ tịch Quốc hội "
         "Lê Văn Kha.",
         []),
        # `cơ hội đàm phán` is no talk
        ("Sáng 3/4, hai bên đang tìm kiếm các cơ hội đàm phán với vai trò trung gian của Lào.", []),
    ],
)
def test_talk_reported_by_its_verb(text: str, expected: list[tuple]) -> None:
    assert [(e.type, e.date, e.chairs) for e in run(text).article.events] == expected


def test_talk_takes_no_chair_of_the_meeting_after_it() -> None:
    text = ("Sáng 3/4, Chủ tịch UBND tỉnh Nam Định Lê Văn Kha đã hội đàm với Tỉnh trưởng Viêng Chăn. "
            "Chiều 3/4, UBND tỉnh Nam Định tổ chức Hội nghị xúc tiến đầu tư. Ông Lê Văn Kha chủ trì "
            "hội nghị.")
    events = run(text).article.events
    assert [(e.type, e.chairs) for e in events] == [("Hội đàm", ()), ("Hội nghị", ("Lê Văn Kha",))]


def test_regression_talk_with_a_partner_deep_in_the_text_missed() -> None:
    """Defect: `đã hội đàm với Chủ tịch Quốc hội …` had no verb of holding or day around it and,
    deep in the text, was read as cited in passing."""
    text = (_FILLER + "Trong chuyến thăm, Chủ tịch Quốc hội Lào Khamphanh Vongsa đã hội đàm với Chủ tịch "
            "Quốc hội Lê Văn Kha.")
    assert [e.type for e in run(text).article.events] == ["Hội đàm"]
