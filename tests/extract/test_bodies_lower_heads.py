"""A body whose head word is written in lower case (`bodies/lower_heads.py`): `sinh viên trường Đại
học Sư phạm Huế` names `Trường Đại học Sư phạm Huế`, `gửi đoàn đại biểu Quốc hội tỉnh` the
province's delegation, as the guidelines write them; and a delegation's session before its place.
Invented sentences: (text, organizations present, organizations absent)."""

from __future__ import annotations

import pytest

from conftest import assert_named, body_names, run


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("Theo Lê Thu Hà, sinh viên trường Đại học Sư phạm Huế, chương trình rất bổ ích.",
         ["Trường Đại học Sư phạm Huế"], ["Đại học Sư phạm Huế"]),
        ("Em Trần Văn Nam, học sinh trường THPT chuyên Lê Quý Đôn, đoạt huy chương vàng.",
         ["Trường THPT chuyên Lê Quý Đôn"], []),
        ("Ông Phan Văn Tú từng theo học tại trường Trung học Y tế tỉnh Nam Định.",
         ["Trường Trung học Y tế tỉnh Nam Định"], []),
        ("Bà Hồ Thị Lan công tác tại trường ĐH Bách khoa Hà Nội trước khi về Sở.",
         ["Trường ĐH Bách khoa Hà Nội"], []),
        # A plural before the head makes it generic; a school word in lower case is no name.
        ("Các trường Đại học Bách khoa đều tuyển sinh sớm.", [], ["Trường Đại học Bách khoa"]),
        ("Sân trường đại học rợp bóng cây.", [], ["Trường đại học"]),
    ],
)
def test_lower_case_school_head(text: str, present: list[str], absent: list[str]) -> None:
    assert_named(body_names(text), present, absent)


def test_the_mention_is_the_capitalised_name() -> None:
    # Flat NER tags the school's proper name; the common noun before it is not part of the mention.
    doc = run("Anh Lê Minh Tâm, sinh viên trường Đại học Sư phạm Huế, phát biểu.")
    school = next(o for o in doc.article.organizations if o.name == "Trường Đại học Sư phạm Huế")
    assert [m.text for m in school.mentions] == ["Đại học Sư phạm Huế"]


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("Ông Lê Văn Tám đã gửi đơn tới đoàn đại biểu Quốc hội tỉnh Nghệ An.",
         ["Đoàn đại biểu Quốc hội tỉnh Nghệ An"], ["Quốc hội"]),
        ("Sau khi nhận đơn, đoàn ĐBQH tỉnh Nghệ An đã chuyển đến các cơ quan chức năng.",
         ["Đoàn ĐBQH tỉnh Nghệ An"], []),
        ("Đoàn đại biểu Quốc hội khóa XV tỉnh Nghệ An tiếp xúc cử tri huyện Nam Đàn.",
         ["Đoàn đại biểu Quốc hội tỉnh Nghệ An"], []),
        ("Đoàn ĐBQH khóa 14 TP Hải Phòng giám sát việc thi hành luật.", ["Đoàn ĐBQH TP Hải Phòng"], []),
        # A delegation of no named body is none.
        ("Ông Lê Văn Tám dẫn đoàn đại biểu thăm nhà máy.", [], ["Đoàn đại biểu"]),
    ],
)
def test_delegations(text: str, present: list[str], absent: list[str]) -> None:
    assert_named(body_names(text), present, absent)


@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("Theo Lê Thu Hà, sinh viên trường Đại học Bách khoa, Đại học Quốc gia TP Hồ Chí Minh, đề án khả thi.",
         ["Trường Đại học Bách khoa Đại học Quốc gia TP Hồ Chí Minh"]),
        ("Trường Đại học Công nghệ, Đại học Quốc gia Hà Nội tuyển sinh ngành mới.",
         ["Trường Đại học Công nghệ Đại học Quốc gia Hà Nội", "Đại học Quốc gia Hà Nội"]),
    ],
)
def test_a_member_university_with_its_national_university(text: str, present: list[str]) -> None:
    assert_named(body_names(text), present, [])


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("Thanh tra Bộ Nội vụ vừa có công văn gửi UBND tỉnh Nam Định.", ["Thanh tra Bộ Nội vụ", "Bộ Nội vụ"], []),
        ("Thanh tra Sở Xây dựng Hà Nội đã kiểm tra công trình.", ["Thanh tra Sở Xây dựng Hà Nội"], []),
        # With a place after it, the inspectorate is the place's, as before.
        ("Thanh tra tỉnh Yên Bái đã vào cuộc.", ["Thanh tra tỉnh Yên Bái"], ["Thanh tra Bộ Nội vụ"]),
    ],
)
def test_a_ministrys_inspectorate(text: str, present: list[str], absent: list[str]) -> None:
    assert_named(body_names(text), present, absent)
