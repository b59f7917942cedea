"""A ceremony the sentence speaks from (`Tại buổi lễ, ông X …`), even bare (`buổi lễ`) and deep in
the text, is reported when the article names no ceremony before it; undated, it took place on
the day the opening writes. Invented sentences in the press's style."""

from __future__ import annotations

import pytest

from conftest import run

FILLER = "Các đơn vị đã triệt phá nhiều đường dây buôn bán ma túy trong năm qua. " * 12


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chiều 2-6, Bí thư Thành ủy Hòa Bình Lê Văn An đến thăm, động viên Công an tỉnh. " + FILLER
         + "Tại buổi lễ, ông An trao thưởng cho các tập thể.",
         [("Lễ", "--06-02")]),
        ("Sáng 11/5, Chủ tịch nước hội đàm với Tổng thống Lào. " + FILLER
         + "Phát biểu tại lễ ký kết, hai nhà lãnh đạo đánh giá cao kết quả.",
         [("Hội đàm", "--05-11"), ("Lễ", "--05-11")]),
        # two days in the opening leave the ceremony undated
        ("Ngày 2-6 và ngày 3-6, đoàn công tác làm việc tại tỉnh. " + FILLER
         + "Tại buổi lễ, ông An trao thưởng cho các tập thể.",
         [("Lễ", None)]),
    ],
)
def test_a_ceremony_spoken_from(text: str, expected: list[tuple]) -> None:
    assert [(e.type, e.date) for e in run(text).article.events] == expected


def test_a_bare_ceremony_after_a_named_one_is_that_one() -> None:
    text = ("Sáng 5/3, UBND tỉnh Hòa Bình tổ chức Lễ khánh thành cầu Hòa Lạc. " + FILLER
            + "Tại buổi lễ, ông An cảm ơn nhà thầu.")
    assert [(e.type, e.date) for e in run(text).article.events] == [("Lễ", "--03-05")]
