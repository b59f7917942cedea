"""An event reported only as the setting of a sentence, with the body that held it named after it
(issue 9, pattern 9): `tại buổi họp báo do UBND tỉnh X tổ chức, …`. Invented sentences:
(text, expected (type, date, organizer))."""

from __future__ import annotations

import pytest

from conftest import run


@pytest.mark.parametrize(("text", "expected"), [
    ("Sáng 13/5, tại buổi họp báo do UBND tỉnh Long An tổ chức, đại diện Công an tỉnh cho biết.",
     {("Họp báo", "2021-05-13", "UBND tỉnh Long An")}),
    ("Chiều 2/6, tại hội nghị do Ban Tuyên giáo Tỉnh ủy Long An chủ trì, nhiều ý kiến được nêu.",
     {("Hội nghị", "2021-06-02", "Ban Tuyên giáo Tỉnh ủy Long An")}),
    # `do` then no verb of holding in the clause: not this rule's
    ("Theo báo cáo do Sở Y tế gửi, hội nghị lần trước đã bàn việc này.", set()),
])
def test_an_event_held_by_a_body_named_after_it(text: str, expected: set) -> None:
    events = run(text, published="2021-07-01").article.events
    assert {(e.type, e.date, e.organizer) for e in events} == expected
