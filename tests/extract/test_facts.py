"""The fact stages on sentences written in the style of provincial news: (text, expected facts).

Each table is one rule; the names are invented, the bodies and offices are real kinds."""

from __future__ import annotations

import pytest

from conftest import run
from diembao.text import fold_key


def _orgs(doc) -> set[str]:
    return {o.name for o in doc.article.organizations}


def _positions(doc) -> set[tuple[str, str, str | None]]:
    return {(p.name, q.title, q.org) for p in doc.article.persons for q in p.positions}


# --- bodies ------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "tag", "expected"),
    [
        ("Sáng 10-11, Ban Thường vụ Tỉnh ủy tổ chức hội nghị.", "ABO",
         {"Ban Thường vụ Tỉnh ủy Tiền Giang", "Tỉnh ủy Tiền Giang"}),
        ("HĐND tỉnh thông qua nghị quyết.", "ABO", {"HĐND tỉnh Tiền Giang"}),
        ("UBND huyện Cái Bè đã ban hành kế hoạch.", None, {"UBND huyện Cái Bè"}),
        ("Ban Kinh tế - Ngân sách HĐND tỉnh Bắc Kạn thẩm tra tờ trình.", None,
         {"Ban Kinh tế - Ngân sách HĐND tỉnh Bắc Kạn", "HĐND tỉnh Bắc Kạn"}),
        ("Vụ Tổ chức cán bộ Bộ Xây dựng đề nghị.", None, {"Vụ Tổ chức cán bộ Bộ Xây dựng", "Bộ Xây dựng"}),
        ("Ban Tổ chức Trung ương hướng dẫn.", None, {"Ban Tổ chức Trung ương"}),
        ("theo kết luận của Ban Chấp hành Trung ương khóa XII.", None, {"Ban Chấp hành Trung ương Đảng"}),
        ("Bộ Công an và Bộ Quốc phòng phối hợp.", None, {"Bộ Công an", "Bộ Quốc phòng"}),
        ("Các Bộ: Y tế, Công Thương, Tài chính chuẩn bị.", None, {"Bộ Y tế", "Bộ Công Thương", "Bộ Tài chính"}),
        ("Sở Tài chính tỉnh Long An cho biết.", None, {"Sở Tài chính tỉnh Long An"}),
        ("Công an tỉnh Đồng Nai khởi tố vụ án.", None, {"Công an tỉnh Đồng Nai"}),
        ("Viện Kiểm sát nhân dân tối cao đã ban hành cáo trạng.", None, {"Viện Kiểm sát nhân dân tối cao"}),
        ("Tổng công ty Hợp lực cho biết.", None, {"Tổng công ty Hợp lực"}),
        ("Hiệp hội doanh nghiệp Thanh Hóa kiến nghị.", None, {"Hiệp hội doanh nghiệp Thanh Hóa"}),
        ("Tập đoàn Dầu khí quốc gia Việt Nam báo lãi.", None, {"Tập đoàn Dầu khí quốc gia Việt Nam"}),
        ("Ủy ban Trung ương MTTQ Việt Nam phát động.", None, {"Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"}),
        ("Thường trực Thành ủy Hà Nội họp.", None, {"Thường trực Thành ủy Hà Nội", "Thành ủy Hà Nội"}),
    ],
)
def test_bodies(text: str, tag: str | None, expected: set[str]) -> None:
    assert _orgs(run(text, tag=tag)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Nhiều cấp ủy tích cực đổi mới nội dung, phương thức hoạt động.",
        "Xây dựng Đảng và Nhà nước trong sạch, vững mạnh.",
        "Các bộ, ngành, địa phương khẩn trương triển khai.",
        "tổ chức cơ sở đảng và chi bộ nơi cán bộ sinh hoạt.",
        "Hội nghị tổng kết diễn ra trong một ngày.",
        "Từ Hải Phòng đi Seoul mất 4 giờ bay.",
        "Thứ trưởng Vũ Minh Hòa phát biểu tại hội thảo.",
    ],
)
def test_not_bodies(text: str) -> None:
    assert _orgs(run(text)) == set()


# --- persons -----------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Đồng chí Võ Văn Bình chủ trì hội nghị.", {"Võ Văn Bình"}),
        ("Ông Trần Văn Tư phát biểu. Sau đó, ông Tư trao quà.", {"Trần Văn Tư"}),
        ("Tổng thống Mỹ Donald Trump gửi thư. Ông Trump cho biết.", {"Donald Trump"}),
        ("Bị can Nguyễn Tấn T. khai nhận.", {"Nguyễn Tấn T."}),
        ("Thiếu tướng Lê Văn Minh, GS.TS Phạm Thị Hoa dự lễ.", {"Lê Văn Minh", "Phạm Thị Hoa"}),
        ("Bí thư Tỉnh ủy Vĩnh Phúc Hoàng Thị Thúy Lan phát biểu.", {"Hoàng Thị Thúy Lan"}),
        ("Lãnh đạo tỉnh Thái Bình và ông Nguyễn Thái Bình dự họp.", {"Nguyễn Thái Bình"}),
        ("Chủ tịch Hồ Chí Minh phát động Tết trồng cây.", {"Hồ Chí Minh"}),
        ("Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.", set()),
        ("Đoàn công tác làm việc tại TP Hồ Chí Minh và Hà Nội.", set()),
        ("Nhà trường nằm trên đường Lê Lợi, gần trường Nguyễn Du.", set()),
        ("Đại biểu dự hội nghị. Ảnh: Minh Anh", set()),
        # a Korean given name writes its second syllable after a hyphen
        ("Chủ tịch Triều Tiên Kim Jong-un thị sát nhà máy.", {"Kim Jong-un"}),
        ("Tổng thống Hàn Quốc Moon Jae-in thăm Hà Nội.", {"Moon Jae-in"}),
        ("Ông Nguyễn Văn An-một người dân cho biết.", {"Nguyễn Văn An"}),
        # a country before a foreign name is not part of it
        ("Tổng thống Nga Vladimir Putin điện đàm. Tổng thống Nga Putin nhấn mạnh.", {"Vladimir Putin"}),
        ("Tổng thống Nga Putin cho biết.", set()),
        # oceans and the years of the sixty-year cycle are not persons
        ("Tàu sân bay hoạt động ở Thái Bình Dương.", set()),
        ("Ông Thái Bình Dương, Chủ tịch UBND xã, cho biết.", {"Thái Bình Dương"}),
        ("Chào năm mới Đinh Dậu 2017, tỉnh tổ chức bắn pháo hoa.", set()),
        ("Xuân Mậu Tuất 2018 đã về.", set()),
        ("Ông Đinh Dậu, Chủ tịch UBND xã, cho biết.", {"Đinh Dậu"}),
        # a foreign name goes on across a middle initial; a Vietnamese one does not
        ("Dưới thời Tổng thống George W. Bush, luật được thông qua.", {"George W. Bush"}),
        ("Cựu Tổng thống George H.W. Bush qua đời.", {"George H.W. Bush"}),
        ("Bị can Nguyễn Văn A. Sau đó, Công an tỉnh khởi tố vụ án.", {"Nguyễn Văn A."}),
        # natural features and bodies that begin with a family name
        ("Vùng biển Kiên Giang và vịnh Thái Lan có mưa rào.", set()),
        ("Luật sư Trần Văn Đạt (Đoàn Luật sư tỉnh Bình Thuận) cho biết.", {"Trần Văn Đạt"}),
    ],
)
def test_persons(text: str, expected: set[str]) -> None:
    assert {p.name for p in run(text).article.persons} == expected


def test_short_mentions_join_the_full_name() -> None:
    doc = run("Ông Nguyễn Văn Bình, Giám đốc Sở Y tế cho biết. Theo ông Bình, tỉnh đã chuẩn bị.")
    [person] = doc.article.persons
    assert [m.text for m in person.mentions] == ["Nguyễn Văn Bình", "Bình"]
    assert all(doc.text[m.start:m.end] == m.text for m in person.mentions)


# --- offices -----------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "tag", "expected"),
    [
        ("Đồng chí Võ Văn Bình, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh chủ trì hội nghị.", "ABO",
         {("Võ Văn Bình", "Phó Bí thư Thường trực", "Tỉnh ủy Tiền Giang"),
          ("Võ Văn Bình", "Chủ tịch", "HĐND tỉnh Tiền Giang")}),
        ("Ủy viên Bộ Chính trị, Bí thư Thành ủy Hà Nội Trần Văn Nam dự lễ.", None,
         {("Trần Văn Nam", "Ủy viên", "Bộ Chính trị"), ("Trần Văn Nam", "Bí thư", "Thành ủy Hà Nội")}),
        ("Thứ trưởng Bộ Nội vụ Nguyễn Duy Thành chủ trì họp báo.", None,
         {("Nguyễn Duy Thành", "Thứ trưởng", "Bộ Nội vụ")}),
        ("Thủ tướng Phạm Minh Khang chỉ đạo.", None, {("Phạm Minh Khang", "Thủ tướng", "Chính phủ")}),
        ("Tổng Bí thư Lê Văn Hải phát biểu.", None,
         {("Lê Văn Hải", "Tổng Bí thư", "Ban Chấp hành Trung ương Đảng")}),
        ("Ông Lê Minh Dũng – Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh chủ trì kỳ họp.", "ABO",
         {("Lê Minh Dũng", "Phó Bí thư", "Tỉnh ủy Tiền Giang"), ("Lê Minh Dũng", "Chủ tịch", "HĐND tỉnh Tiền Giang")}),
        ("bà Lê Thị Kiều – Tỉnh ủy viên, Phó Chủ tịch HĐND tỉnh.", "ABO",
         {("Lê Thị Kiều", "Ủy viên", "Tỉnh ủy Tiền Giang"), ("Lê Thị Kiều", "Phó Chủ tịch", "HĐND tỉnh Tiền Giang")}),
        ("đồng chí Hồ Văn Tám, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Nội chính Tỉnh ủy Đồng Nai.", None,
         {("Hồ Văn Tám", "Ủy viên", "Ban Thường vụ Tỉnh ủy Đồng Nai"),
          ("Hồ Văn Tám", "Trưởng ban", "Ban Nội chính Tỉnh ủy Đồng Nai")}),
        ("Đại tá Huỳnh Văn Mạnh, Bí thư Đảng ủy, Giám đốc Công an tỉnh Đồng Nai.", None,
         {("Huỳnh Văn Mạnh", "Bí thư", "Đảng ủy Công an tỉnh Đồng Nai"),
          ("Huỳnh Văn Mạnh", "Giám đốc", "Công an tỉnh Đồng Nai")}),
        ("bà Nguyễn Thị Loan, Tổng giám đốc, cựu Chủ tịch HĐQT Công ty Cổ phần Hòa An.", None,
         {("Nguyễn Thị Loan", "Tổng Giám đốc", "Công ty Cổ phần Hòa An"),
          ("Nguyễn Thị Loan", "cựu Chủ tịch", "HĐQT Công ty Cổ phần Hòa An")}),
        ("Trước đó, bà Trần Thị Trà là Chủ tịch UBND tỉnh Yên Bái.", None,
         {("Trần Thị Trà", "Chủ tịch", "UBND tỉnh Yên Bái")}),
        ("Bí thư Tỉnh ủy Yên Bái là ông Phạm Văn Cường.", None, {("Phạm Văn Cường", "Bí thư", "Tỉnh ủy Yên Bái")}),
        ("ông Đỗ Văn Hưng, sinh năm 1971, đã được bầu giữ chức Bí thư Tỉnh ủy Thanh Hóa.", None,
         {("Đỗ Văn Hưng", "Bí thư", "Tỉnh ủy Thanh Hóa")}),
        ("Cử tri Dương Văn Cừu đặt câu hỏi.", None, set()),
        ("Ông Nguyễn Hữu Phước, Giám đốc Sở Tài chính cho biết.", "QNO",
         {("Nguyễn Hữu Phước", "Giám đốc", "Sở Tài chính tỉnh Quảng Nam")}),
    ],
)
def test_offices(text: str, tag: str | None, expected: set[tuple[str, str, str | None]]) -> None:
    got = {(n, t, o) for n, t, o in _positions(run(text, tag=tag))}
    assert {(n, fold_key(t), o) for n, t, o in got} == {(n, fold_key(t), o) for n, t, o in expected}


# --- events ------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("Sáng 10-11, Ban Thường vụ Tỉnh ủy Tiền Giang tổ chức Hội nghị tổng kết Nghị quyết 22-NQ/TW. "
         "Đồng chí Võ Văn Bình chủ trì hội nghị.", "2021-11-10T17:48:00+07:00",
         [("Hội nghị", "2021-11-10", "Ban Thường vụ Tỉnh ủy Tiền Giang", ("Võ Văn Bình",))]),
        ("Chiều 27/6, Bộ Nội vụ đã tổ chức họp báo định kỳ. Chủ trì buổi họp báo có Thứ trưởng Nguyễn Văn Thắng.",
         "2017-06-28", [("Họp báo", "2017-06-27", "Bộ Nội vụ", ("Nguyễn Văn Thắng",))]),
        ("Ngày 10/9/2019, tại Hà Nội, Ban Bí thư họp xem xét, thi hành kỷ luật.", None,
         [("Cuộc họp", "2019-09-10", "Ban Bí thư", ())]),
        ("Chiều 8-2, HĐND tỉnh Yên Bái đã tiến hành phiên họp bất thường.", None,
         [("Phiên họp", "--02-08", "HĐND tỉnh Yên Bái", ())]),
        ("Chiều 9/2, dưới sự chủ trì của đồng chí Trịnh Văn Hùng, HĐND tỉnh Lào Cai đã tổ chức Kỳ họp thứ Tám.",
         None, [("Kỳ họp", "--02-09", "HĐND tỉnh Lào Cai", ("Trịnh Văn Hùng",))]),
        ("Sau Hội nghị Trung ương 4, công tác xây dựng Đảng được đẩy mạnh.", None, []),
        ("Kỳ họp thứ 8 HĐND tỉnh sẽ khai mạc vào ngày 28/7.", None, []),
        ("Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVIII đề ra mục tiêu.", None, []),
    ],
)
def test_events(text: str, published: str | None, expected: list[tuple]) -> None:
    doc = run(text, published=published)
    got = [(e.type, e.date, e.organizer, e.chairs) for e in doc.article.events]
    assert got == expected


# --- context -----------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("body", "tag", "url", "main"),
    [
        ("HĐND tỉnh họp.", "ABO", None, "Tiền Giang"),
        ("HĐND tỉnh họp.", None, "https://quoidien.vinhlong.gov.vn", "Vĩnh Long"),
        ("UBND tỉnh Quảng Nam họp. Tỉnh Quảng Nam có 18 đơn vị. Quảng Nam phát triển.", None, None, "Quảng Nam"),
        ("Hà Nội, Huế, Đà Nẵng, Cần Thơ cùng triển khai.", None, None, None),
    ],
)
def test_main_place(body: str, tag: str | None, url: str | None, main: str | None) -> None:
    assert run(body, tag=tag, url=url).layers.main_place == main


@pytest.mark.parametrize(("body", "expected"), [
    # the outlet's province, never named: listed once, after the places named
    ("HĐND tỉnh họp tại huyện Cái Bè.", [("Cái Bè", "district", 1), ("Tiền Giang", "province", 0)]),
    # named: listed once, with its mentions
    ("Tỉnh ủy Tiền Giang họp.", [("Tiền Giang", "province", 1)]),
])
def test_the_main_place_is_a_location_once(body: str, expected: list[tuple[str, str, int]]) -> None:
    """Regression (issue 8): the context stage adds the main place; places no longer has a
    branch for it that never ran."""
    locations = run(body, tag="ABO").article.locations
    assert [(loc.name, loc.kind, len(loc.mentions)) for loc in locations] == expected


def test_a_foreign_city_is_not_the_main_province() -> None:
    """Regression: foreign cities were listed among the provinces, so an article about Paris had
    Paris as its main place and completed a bare `QĐ-UBND` to `UBND tỉnh Paris`."""
    doc = run("Sáng 5-3, tại Paris, Đại sứ quán trao Quyết định 12/QĐ-UBND cho các học sinh Paris.",
              title="Kiều bào tại Paris đón Tết", lead="Cộng đồng người Việt ở Paris đón Tết.",
              published="2024-03-05")
    assert doc.layers.main_place is None
    assert [(d.symbol, d.issuer) for d in doc.article.documents] == [("12/QĐ-UBND", None)]


def test_a_citation_by_abbreviation_alone_is_found() -> None:
    """Regression: a word prefilter ahead of the citation scan knew `nghị quyết` but not `NQ`."""
    doc = run("Tỉnh ủy quán triệt thực hiện NQ 57 của Bộ Chính trị về phát triển khoa học.",
              published="2025-03-05")
    assert [(d.type, d.number, d.issuer) for d in doc.article.documents] == [("Nghị quyết", "57", "Bộ Chính trị")]
