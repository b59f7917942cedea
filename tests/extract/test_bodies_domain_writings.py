"""Departments written with a dashed abbreviation of their field (`Sở LĐ-TB-XH`, `Sở VH-TT-DL`)
or a field the lexicon had not (`Sở Quy hoạch Kiến trúc`), and the Youth Union's Central
Committee written in full (`data/orgs/units.json`). Invented sentences: (title, text, bodies)."""

from __future__ import annotations

import pytest

from conftest import run


@pytest.mark.parametrize(
    ("title", "text", "present"),
    [
        ("TP.HCM điều động cán bộ", "Phó Giám đốc Sở LĐ-TB-XH TP Trần Văn Minh phát biểu.",
         ["Sở LĐ-TB-XH TP Hồ Chí Minh"]),
        ("", "Sở VH-TT-DL Thanh Hóa khẳng định thông tin là chưa chính xác.", ["Sở VH-TT-DL Thanh Hóa"]),
        ("", "Sở Quy hoạch Kiến trúc TP.HCM phải làm xong phần mềm trong năm nay.",
         ["Sở Quy hoạch Kiến trúc TP.HCM"]),
        ("", "Đoàn đã thăm Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh.",
         ["Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh"]),
    ],
)
def test_department_writings(title: str, text: str, present: list[str]) -> None:
    got = [o.name for o in run(text, title=title).article.organizations]
    for name in present:
        assert name in got


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # Brands the press names without a head word (`data/orgs/known.txt`), in capitals only.
        ("Giá vàng tại Doji và Bảo Tín Minh Châu đồng loạt giảm, PNJ niêm yết thấp hơn.",
         ["Doji", "Bảo Tín Minh Châu", "PNJ"], []),
        ("Lãnh đạo cấp cao từ Acer, Asustek và MediaTek đã dự tiệc.", ["Acer", "Asustek", "MediaTek"], []),
        ("Sự cố môi trường do Formosa gây ra đã được khắc phục.", ["Formosa"], []),
        ("Ông ấy thích ăn bánh doji.", [], ["doji"]),
    ],
)
def test_known_brands(text: str, present: list[str], absent: list[str]) -> None:
    got = [o.name for o in run(text).article.organizations]
    for name in present:
        assert name in got
    for name in absent:
        assert name not in got


@pytest.mark.parametrize(
    ("text", "mentions"),
    [
        # The ministry named by its field after the minister's title: a body, with no mention.
        ("Quốc hội miễn nhiệm Bộ trưởng Giao thông Vận tải Trần Văn Minh.", []),
        # Written with its head: the mention is the ministry's words.
        ("Ông Trần Văn Minh, Bộ trưởng Bộ Giao thông Vận tải, phát biểu.", ["Bộ Giao thông Vận tải"]),
    ],
)
def test_field_after_title_is_no_mention(text: str, mentions: list[str]) -> None:
    orgs = {o.name: [m.text for m in o.mentions] for o in run(text).article.organizations}
    assert orgs["Bộ Giao thông Vận tải"] == mentions
