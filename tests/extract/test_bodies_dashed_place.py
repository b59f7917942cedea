"""A company named with two places joined by a dash (`bodies/dashed.py`), and the lower-case words
a name may hold (`Công ty than Hà Lầm`, `Trung tâm dự báo … Trung ương`). Invented sentences:
(text, expected bodies, absent bodies)."""

from __future__ import annotations

import pytest

from conftest import assert_named, body_names


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("Công ty TNHH Nhà máy bia Ánh Dương Việt Nam – Đà Nẵng được tôn vinh.",
         ["Công ty TNHH Nhà máy bia Ánh Dương Việt Nam – Đà Nẵng"], ["Công ty TNHH Nhà máy bia Ánh Dương Việt Nam"]),
        ("Công ty CP Đầu tư Đà Nẵng – Miền Trung đã ký hợp đồng.",
         ["Công ty CP Đầu tư Đà Nẵng – Miền Trung"], ["Công ty CP Đầu tư Đà Nẵng"]),
        # Not a company: the dash begins what follows.
        ("Sở Y tế Hà Nội - Hải Phòng phối hợp kiểm tra.", ["Sở Y tế Hà Nội"], ["Sở Y tế Hà Nội - Hải Phòng"]),
        # No place after the dash.
        ("Công ty CP Sông Hồng Hà Nội - đơn vị thi công - đã bàn giao.", [],
         ["Công ty CP Sông Hồng Hà Nội - đơn vị thi công"]),
    ],
)
def test_company_with_dashed_place(text: str, present: list[str], absent: list[str]) -> None:
    assert_named(body_names(text), present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # A company's trade in lower case before its capitalised name.
        ("Bây giờ, Công ty than Hà Lầm nơi anh làm việc liên tục đăng tuyển.", ["Công ty than Hà Lầm"], []),
        ("Ông là Chánh văn phòng Công ty cổ phần may Minh Anh.", ["Công ty cổ phần may Minh Anh"], []),
        # A national body's lower-case name ended by the central level.
        ("Theo Trung tâm dự báo khí tượng thủy văn Trung ương, áp thấp đã mạnh lên.",
         ["Trung tâm dự báo khí tượng thủy văn Trung ương"], []),
        # Other heads read on past the central level to the country, and national ones take it too.
        ("Hãng thông tấn trung ương Triều Tiên đưa tin.", ["Hãng thông tấn trung ương Triều Tiên"], []),
        ("Cục tình báo trung ương Mỹ cho biết.", ["Cục tình báo trung ương Mỹ"], ["Cục tình báo trung ương"]),
        # A meeting is no body, and a common noun after the head stays one.
        ("Phát biểu tại Hội nghị cán bộ Trung ương, ông nhấn mạnh.", [], ["Hội nghị cán bộ Trung ương"]),
        ("Trung tâm hội nghị đã đóng cửa.", [], ["Trung tâm hội nghị"]),
        ("Công ty vừa ký hợp đồng với đối tác.", [], ["Công ty vừa"]),
        # Generic words after the head make it a common noun even before a place.
        ("Cơ quan chức năng tỉnh Yên Bái đang xác minh.", [], ["Cơ quan chức năng tỉnh Yên Bái"]),
        ("Ban lãnh đạo thành phố Hải Dương đã họp.", [], ["Ban lãnh đạo thành phố Hải Dương"]),
    ],
)
def test_lower_case_words_of_a_name(text: str, present: list[str], absent: list[str]) -> None:
    assert_named(body_names(text), present, absent)
