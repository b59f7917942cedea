"""Events whose verb of holding stands after a name cut short by a stop word (issue 9, pattern 9):
(text, publication date) -> (type, date). Invented sentences in the seed's style."""

from __future__ import annotations

import pytest

from conftest import run


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # Regression: the name stops at `đánh giá`; `diễn ra sáng 28-6` further on reports it.
        ("Đây là phát biểu của Bí thư Tỉnh ủy Hà Minh Tuấn tại Hội nghị lần thứ 8 Ban Chấp hành Đảng bộ "
         "tỉnh đánh giá tình hình 6 tháng đầu năm diễn ra sáng 28-6.", None,
         [("Hội nghị", "--06-28")]),
        ("Tại Hội nghị lần thứ 5 Ban Chấp hành Đảng bộ huyện đánh giá công tác năm diễn ra ngày 3/12/2020, "
         "ông Lê Văn Kha cho biết huyện đạt 18 tiêu chí.", None,
         [("Hội nghị", "2020-12-03")]),
        # The verb without a date beside it, or past a comma, reports nothing by this rule.
        ("Tại hội nghị bàn về giải phóng mặt bằng diễn ra trong không khí dân chủ, ông Tuấn phát biểu.",
         None, []),
        ("Ông Kha nhắc lại Hội nghị lần thứ 3 Ban Chấp hành Đảng bộ tỉnh đánh giá công tác, "
         "diễn ra sáng 5-3.", None, []),
    ],
)
def test_event_reported_later_in_clause(text: str, published: str | None, expected: list[tuple]) -> None:
    doc = run(text, published=published)
    assert [(e.type, e.date) for e in doc.article.events] == expected
