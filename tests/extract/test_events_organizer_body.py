"""A session's body from its communiqué and from the series it belongs to; an office written
beside its ministry holds what it organises. Invented sentences in the seed's style."""

from __future__ import annotations

import pytest

from conftest import run


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the body that issues a session's communiqué held it, not the province's council
        ("Chiều 5/6, Ủy ban Kiểm tra Trung ương ra thông cáo kỳ họp thứ 41 (từ 1 đến 3/6) về "
         "kết quả kiểm tra tại tỉnh Nam Định.",
         [("Kỳ họp", "--06-01", "Ủy ban Kiểm tra Trung ương")]),
        # a later session of the same series, its body unsaid, is held by that body too
        ("Chiều 5/6, Ủy ban Kiểm tra Trung ương ra thông cáo kỳ họp thứ 41 (từ 1 đến 3/6) về "
         "kết quả kiểm tra tại tỉnh Nam Định. Những vi phạm đã được kết luận tại kỳ họp thứ 40 "
         "ngày 28/4.",
         [("Kỳ họp", "--06-01", "Ủy ban Kiểm tra Trung ương"),
          ("Kỳ họp", "--04-28", "Ủy ban Kiểm tra Trung ương")]),
        # with no body named at all, a session is still the province's council's
        ("Sáng 12/7, kỳ họp thứ 6 khai mạc tại Nam Định.",
         [("Kỳ họp", "--07-12", None)]),
    ],
)
def test_a_sessions_body(text: str, expected: list[tuple]) -> None:
    assert [(e.type, e.date, e.organizer) for e in run(text).article.events] == expected


def test_a_series_passes_its_body_to_sessions_only() -> None:
    """Two ceremonies are not a series: the second one's body stays unsaid."""
    text = ("Sáng 2/9, UBND tỉnh Nam Định tổ chức Lễ khánh thành cầu Đồng Lạc. "
            "Sáng 3/9, Lễ trao học bổng diễn ra tại xã Yên Hưng.")
    assert [(e.type, e.organizer) for e in run(text).article.events] == [
        ("Lễ", "UBND tỉnh Nam Định"), ("Lễ", None)]


@pytest.mark.parametrize(
    ("text", "organizer"),
    [
        ("Chiều 3-2, Cục Quản lý đê điều, Bộ Nông nghiệp và Môi trường tổ chức Hội thảo về "
         "phòng chống lũ.", "Cục Quản lý đê điều Bộ Nông nghiệp và Môi trường"),
        # two bodies that are not office and parent: the one closest to the verb, as before
        ("Sáng 8/5, Tỉnh ủy Nam Định, UBND tỉnh Thái Bình tổ chức Hội nghị về hợp tác vùng.",
         "UBND tỉnh Thái Bình"),
    ],
)
def test_an_office_beside_its_ministry_holds_the_event(text: str, organizer: str) -> None:
    assert [e.organizer for e in run(text).article.events] == [organizer]


def test_regression_communique_session_defaulted_to_the_provinces_council() -> None:
    """Defect: `Ủy ban Kiểm tra Trung ương ra thông cáo kỳ họp …` in an article naming a province
    took that province's HĐND as the session's body."""
    text = ("Ủy ban Kiểm tra Trung ương đề nghị kỷ luật ông Trần Văn Hạnh, nguyên Chủ tịch UBND "
            "tỉnh Nam Định. Chiều 5/6, Ủy ban Kiểm tra Trung ương ra thông cáo kỳ họp thứ 41 "
            "(từ 1 đến 3/6).")
    assert [e.organizer for e in run(text).article.events] == ["Ủy ban Kiểm tra Trung ương"]
