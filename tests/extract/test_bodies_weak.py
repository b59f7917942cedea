"""Writings that name no body (`bodies/weak.py`, `generic_after_head`): a head with only a place
after it, a head alone, the press of a province; and a name that ends in a number stops there.
Invented sentences: (text, organizations present, organizations absent)."""

from __future__ import annotations

import pytest

from conftest import assert_named, body_names, offices_of


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("Vụ Nghệ An đang được Thanh tra tỉnh làm rõ.", [], ["Vụ Nghệ An"]),
        ("Gió mùa suy yếu ở khu vực gần Trung tâm Thái Bình Dương trong tuần tới.", [], ["Trung tâm Thái Bình Dương"]),
        # A field before the place: the body is one.
        ("Vụ Tổ chức cán bộ đã có văn bản gửi Trung tâm Y tế huyện Nam Đàn.",
         ["Vụ Tổ chức cán bộ", "Trung tâm Y tế huyện Nam Đàn"], []),
        ("Báo chí Nghệ An đã phản ánh kịp thời.", [], ["Báo chí Nghệ An"]),
        ("Báo Nghệ An đã phản ánh kịp thời.", ["Báo Nghệ An"], []),
        ("Năm 1995, ông Trần Văn Tư được Quân khu 7 cấp thửa đất tại phường 5.", ["Quân khu 7"],
         ["Quân khu 7 cấp thửa đất"]),
        ("Trường THPT Nam Đàn số 2 tổ chức lễ khai giảng.", ["Trường THPT Nam Đàn số 2"], []),
    ],
)
def test_writings_that_name_no_body(text: str, present: list[str], absent: list[str]) -> None:
    assert_named(body_names(text), present, absent)


def test_a_head_alone_is_no_body_of_an_office() -> None:
    # The name after the head was read as a person's: the office keeps no bare `Công ty`.
    text = "Trong số bị can, Nguyễn Văn Dân, Giám đốc Công ty Hoàng Dân, bị cáo buộc ba tội danh."
    assert "Công ty" not in body_names(text)
    assert ("Giám đốc", "Công ty") not in offices_of(text).get("Nguyễn Văn Dân", [])
