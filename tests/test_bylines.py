"""Bylines at the foot of the body, in the forms of provincial and agency news (fixtures written
by the project's authors in the seed's style): one table per form, then properties."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from diembao.readers.layout import split_byline

END = "Hội nghị kết thúc trong không khí phấn khởi."


@pytest.mark.parametrize(
    ("last", "authors", "via"),
    [
        # An agency or source in brackets after a name glued to the last sentence.
        (f"{END} Thu Hà (TTXVN)", ("Thu Hà",), "TTXVN"),
        (f"{END} Nguyễn Văn Tâm (TTXVN)", ("Nguyễn Văn Tâm",), "TTXVN"),
        (f"{END} Minh Châu(TheoAFP)", ("Minh Châu",), "AFP"),
        (f"{END} Minh Châu(theoReuters, Nikkei Asia, AP)", ("Minh Châu",), "Reuters, Nikkei Asia, AP"),
        # An outlet after a slash, with the closing `./.` of agency copy.
        (f"{END}/. Hoài Nam/VOV.VN", ("Hoài Nam",), "VOV.VN"),
        (f"{END}/. Hoài Nam/VOV-TPHCM", ("Hoài Nam",), "VOV-TPHCM"),
        (f"{END}/. PV Hoài Nam/VOV miền Trung", ("Hoài Nam",), "VOV miền Trung"),
        (f"{END}/. CTV Lan Anh/VOV.VN", ("Lan Anh",), "VOV.VN"),
        # regression: an outlet's capitalised part after a dash, and `&` in an acronym, were no outlet
        (f"{END}/. Thu Hà/VOV-Miền Trung", ("Thu Hà",), "VOV-Miền Trung"),
        (f"{END}/. Văn Hòa/VOV-Trung tâm Tin", ("Văn Hòa",), "VOV-Trung tâm Tin"),
        (f"{END}... Minh Hào/KD&PL", ("Minh Hào",), "KD&PL"),
        # Separators that lost a space, dashes left dangling.
        (f"{END} Lan Anh -Quốc Việt", ("Lan Anh", "Quốc Việt"), None),
        (f"{END} Lan Anh -", ("Lan Anh",), None),
        # A photo or video source before or after the name is not an author.
        (f"{END} Lan Anh Ảnh:Gallery", ("Lan Anh",), None),
        (f"{END} Ảnh:Getty Images Lan Anh(TheoAFP)", ("Lan Anh",), "AFP"),
        (f"{END} Video:YouTube Lan Anh(TheoBBC)", ("Lan Anh",), "BBC"),
        # A capitalised name glued after a list that has no sentence end.
        ("Công ty Cổ phần Tân Hưng Công ty Xây dựng Hòa Sơn THU TRANG", ("THU TRANG",), None),
        # A source line with its address, then the byline and a note.
        (f"{END} Theo Báo Hòa Sơn https://baohoason.vn/bai-viet-1.htm Quang Minh (ghi) -",
         ("Quang Minh",), "Báo Hòa Sơn"),
    ],
)
def test_glued_bylines(last: str, authors: tuple[str, ...], via: str | None) -> None:
    byline = split_byline(["Đoạn đầu.", last])
    assert byline.authors == authors
    assert byline.via == via
    assert byline.body[-1] not in ("", last)


@pytest.mark.parametrize(
    ("last", "authors", "via"),
    [
        ("Lan Anh (tổng hợp)", ("Lan Anh",), None),
        ("Lan Anh (Tổng hợp)", ("Lan Anh",), None),
        ("Lan Anh (theo VTV)", ("Lan Anh",), "VTV"),
        ("Võ Minh - Hoài Thu", ("Võ Minh", "Hoài Thu"), None),
        ("Võ Minh – Hoài Thu", ("Võ Minh", "Hoài Thu"), None),
        ("Văn Kiên/Clip Quốc Tuấn", ("Văn Kiên", "Quốc Tuấn"), None),
        # A team's byline is the author as written.
        ("Nhóm PV Quốc hội", ("Nhóm PV Quốc hội",), None),
        ("Nhóm phóng viên", ("Nhóm phóng viên",), None),
    ],
)
def test_byline_lines(last: str, authors: tuple[str, ...], via: str | None) -> None:
    byline = split_byline(["Đoạn đầu.", last])
    assert byline.authors == authors
    assert byline.via == via
    assert byline.body == ("Đoạn đầu.",)


@pytest.mark.parametrize(
    "last",
    [
        "POWERED BY ONECMS - A PRODUCT OF NEKO",  # an English footer in capitals
        "nhóm phóng viên đã có mặt tại hiện trường",  # a sentence that begins like a team
        "Nhóm phóng viên đã đến hiện trường.",
        f"{END} Hải Phòng (Việt Nam).",
        "Các đại biểu dự hội nghị tại TP HÀ NỘI",  # a place in capitals after capitals
        "Đoàn công tác làm việc tại Hòa Sơn - Tân Lâm.",
        "Chương trình do Tỉnh đoàn Hòa Sơn tổ chức (ảnh minh họa)",
        "Lãi suất tăng 5%/năm.",  # a slash that names no outlet
        "Tỷ lệ đạt 3/4 HĐND tỉnh.",
    ],
)
def test_not_bylines(last: str) -> None:
    byline = split_byline(["Đoạn đầu.", last])
    assert byline.authors == ()
    assert byline.body == ("Đoạn đầu.", last)


# Regression: `Bài: A - Ảnh: B` keeps the photographer (a person) as an author, as before.
def test_named_photographer_still_an_author() -> None:
    assert split_byline(["Đoạn đầu.", "Bài: Thanh Bình - Ảnh: Quốc Tuấn"]).authors == ("Thanh Bình", "Quốc Tuấn")


NAMES = st.sampled_from(["Thu Hà", "Hoài Nam", "Quốc Việt", "Lan Anh", "Nguyễn Minh Tâm"])
TAILS = st.sampled_from(["", " (TTXVN)", "/VOV.VN", " (tổng hợp)", "(TheoAFP)", " -"])


@given(st.lists(NAMES, min_size=1, max_size=2, unique=True), TAILS)
def test_glued_byline_gives_its_names_and_leaves_the_sentence(names: list[str], tail: str) -> None:
    byline = split_byline([f"{END} {' - '.join(names)}{tail}"])
    assert byline.authors == tuple(names)
    assert byline.body == (END,)


@pytest.mark.parametrize(
    ("last", "authors", "via"),
    [
        (f"{END} (THANH HẢI)", ("THANH HẢI",), None),
        (f"{END} T.Hà - P.Minh - Q.Việt", ("T.Hà", "P.Minh", "Q.Việt"), None),
        (f"{END} N. C (T.Hợp)", ("N. C",), None),
        (f"{END} Lan Anh(Ảnh:AP, Reuters)", ("Lan Anh",), None),
    ],
)
def test_initials_and_bracketed_bylines(last: str, authors: tuple[str, ...], via: str | None) -> None:
    byline = split_byline(["Đoạn đầu.", last])
    assert (byline.authors, byline.via, byline.body[-1]) == (authors, via, END)
