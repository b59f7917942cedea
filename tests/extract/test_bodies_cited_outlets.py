"""News outlets cited as a story's source (`bodies/cited.py`) and name words that hold a stop
word (`data/orgs/name_compounds.txt`). Invented sentences: (text, expected bodies, absent bodies)."""

from __future__ import annotations

import pytest

from conftest import assert_named, body_names


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # After a citing word, the outlet's name as written.
        ("Theo tìm hiểu của Tiền Phong, dự án đã chậm tiến độ hai năm.", ["Tiền Phong"], []),
        ("Như VietNamNet đã thông tin, huyện đã tạm dừng dự án.", ["VietNamNet"], []),
        ("Trao đổi với PV Người đưa tin, ông Lê Văn Tám cho biết sẽ kiểm tra lại.", ["Người đưa tin"], []),
        ("Trao đổi với Tuổi Trẻ Online chiều 3-5, ông Lê Văn Tám cho biết.", ["Tuổi Trẻ Online"], []),
        # `báo` before the name is written into the body's name.
        ("Theo báo Lao Động, khu đất đã được giao trái phép.", ["Báo Lao Động"], []),
        # A foreign agency after a citing word.
        ("Phiên tòa có khoảng 100 người dự, theo SCMP.", ["SCMP"], []),
        ("Ông nói trong cuộc phỏng vấn với TASS hôm 2/3.", ["TASS"], []),
        # A web address the outlet goes by.
        ("Theo Zing.vn, dự án đã dừng từ đầu năm.", ["Zing.vn"], []),
        # A photo credit names no body of the story.
        ("Ông Lê Văn Tám (Ảnh: Tuổi Trẻ) đã nghỉ hưu.", [], ["Tuổi Trẻ"]),
        # Without a citing word the words are no outlet.
        ("Tiền Phong là tên một xã của huyện.", [], ["Tiền Phong"]),
        # The same words as common nouns: the case shows they are not the paper.
        ("Lực lượng vũ trang tuyệt đối trung thành với Tổ quốc và nhân dân.", [], ["Tổ quốc"]),
        ("Dự án được Nhân dân đồng tình, ủng hộ, theo Nhân dân địa phương.", [], ["Nhân dân"]),
        # An outlet's acronym is as often the words it stands for.
        ("Lãnh đạo tập đoàn cảm thấy mắc nợ với NLĐ vì họ đã gắn bó.", [], ["NLĐ"]),
        # A name that goes on in capitals is another name.
        ("Ông làm việc với Thanh Niên Xung Phong thành phố.", [], ["Thanh Niên"]),
    ],
)
def test_cited_outlet(text: str, present: list[str], absent: list[str]) -> None:
    assert_named(body_names(text), present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("Công ty CP Xây dựng Công trình 545 đã trúng thầu.", ["Công ty CP Xây dựng Công trình 545"],
         ["Công ty CP Xây dựng Công"]),
        ("Ông là Giám đốc Công ty CP Dịch vụ hàng không sân bay Đà Nẵng.",
         ["Công ty CP Dịch vụ hàng không sân bay Đà Nẵng"], ["Công ty CP Dịch vụ hàng"]),
        ("Ông Lê Văn Tám, Cục trưởng Cục Quản lý xây dựng công trình, phát biểu.",
         ["Cục Quản lý xây dựng công trình"], ["Cục Quản lý xây dựng công"]),
        # The stop word alone still ends the name: the verb is the sentence's.
        ("Công ty Mặt Trăng trình hồ sơ lên Sở Xây dựng.", ["Công ty Mặt Trăng"], ["Công ty Mặt Trăng trình"]),
        ("Công ty Hoa Sen không đồng ý với kết luận.", ["Công ty Hoa Sen"], ["Công ty Hoa Sen không"]),
    ],
)
def test_compound_holding_a_stop_word(text: str, present: list[str], absent: list[str]) -> None:
    assert_named(body_names(text), present, absent)
