"""Organizers (issue 9): two writings of one body do not tell two mentions of an event apart;
a trial is held by the court it sits in. Invented sentences."""

from __future__ import annotations

import pytest

from conftest import run
from diembao.extract.events.organizers import body_key, same_body


@pytest.mark.parametrize(("a", "b", "same"), [
    ("HĐND TP. Đà Nẵng", "Hội đồng nhân dân TP Đà Nẵng", True),
    ("UBND tỉnh Long An", "Ủy ban nhân dân tỉnh Long An", True),
    ("Long An", "UBND tỉnh Long An", True),  # a body named by its place alone
    ("HĐND tỉnh Long An", "UBND tỉnh Long An", False),
    ("Tỉnh ủy Long An", "Tỉnh ủy Bến Tre", False),
])
def test_writings_of_one_body(a: str, b: str, same: bool) -> None:
    assert same_body(a, b) is same


def test_body_key_drops_punctuation() -> None:
    assert body_key("HĐND TP. Đà Nẵng") == body_key("Hội đồng nhân dân thành phố Đà Nẵng")


def test_two_writings_of_the_council_are_one_session() -> None:
    text = ("Sáng 5/7, kỳ họp thứ 4 Hội đồng nhân dân TP Đà Nẵng khóa IX khai mạc. "
            "Đại biểu đang tham dự kỳ họp thứ tư HĐND TP. Đà Nẵng khóa IX.")
    events = run(text, published="2021-07-06").article.events
    assert [(e.type, e.date) for e in events] == [("Kỳ họp", "2021-07-05")]


@pytest.mark.parametrize(("text", "organizer"), [
    ("Phiên tòa xét xử bị cáo Lê Văn Tâm diễn ra hôm nay tại Tòa án thành phố Thiên Tân.",
     "Tòa án thành phố Thiên Tân"),
    ("Sáng 10/5, phiên tòa xét xử vụ án diễn ra tại Tòa án nhân dân tỉnh Long An.",
     "Tòa án nhân dân tỉnh Long An"),
    # a meeting in a court's hall is not held by the court
    ("Sáng 10/5, hội nghị tổng kết diễn ra tại Tòa án nhân dân tỉnh Long An.", None),
])
def test_a_trial_is_held_by_its_court(text: str, organizer: str | None) -> None:
    events = run(text, published="2021-05-10").article.events
    assert [e.organizer for e in events] == [organizer]


@pytest.mark.parametrize(("text", "organizer"), [
    # a ceremony's name names its sides or the honoured, not its host
    ("Sáng 5/6, hai Bộ trưởng đã chứng kiến Lễ ký kết thỏa thuận hợp tác giữa UBND tỉnh Long An và Tập đoàn "
     "Hòa Phát.", None),
    ("Sáng 5/6, tại Lễ công bố quyết định của Bộ Chính trị, ông Lê Văn Tâm phát biểu nhận nhiệm vụ.", None),
    # the host by the verb of holding is still read
    ("Sáng 5/6, UBND tỉnh Long An tổ chức Lễ kỷ niệm 30 năm tái lập tỉnh.", "UBND tỉnh Long An"),
])
def test_a_ceremony_is_held_by_its_host_only(text: str, organizer: str | None) -> None:
    events = run(text, published="2021-06-05").article.events
    assert [e.organizer for e in events if e.type == "Lễ"] == [organizer]


def test_an_opening_session_is_no_verb_of_holding() -> None:
    """`phiên khai mạc hội nghị`: the session's name, so the first body of a caption is no holder."""
    text = ("Sáng 16/5, Hội nghị Trung ương 10 khai mạc tại Hà Nội. Từ trái qua: Thường trực Ban Bí thư Lê Văn "
            "Tâm, Thủ tướng Nguyễn Văn An tại phiên khai mạc Hội nghị Trung ương 10.")
    events = run(text, published="2019-05-16").article.events
    assert [(e.type, e.date, e.organizer) for e in events] == [
        ("Hội nghị", "2019-05-16", "Ban Chấp hành Trung ương Đảng")]
