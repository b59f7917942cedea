"""The places stage on sentences written in the style of provincial news (by the project's authors)."""

from __future__ import annotations

import pytest

from diembao.extract import places
from diembao.extract.doc import Doc
from diembao.extract.spans import PlaceSpan
from diembao.record import Article


def run(body: str, *, title: str = "", main_place: str | None = None) -> Doc:
    doc = Doc.of(Article(id="t", title=title, body=(body,)))
    if main_place is not None:
        doc = doc.with_layers(main_place=main_place)
    return places.annotate(doc)


def found(body: str) -> dict[str, list[str]]:
    """Each location's name with its mentions' texts."""
    return {loc.name: [m.text for m in loc.mentions] for loc in run(body).article.locations}


# --- what is read ------------------------------------------------------------------------------

CASES = [
    # after an administrative word, either case; the mention keeps the word, the name drops it
    ("Huyện Tĩnh Gia đẩy nhanh giải phóng mặt bằng.", {"Tĩnh Gia": ["Huyện Tĩnh Gia"]}),
    ("Cử tri huyện Cái Bè kiến nghị nhiều nội dung.", {"Cái Bè": ["huyện Cái Bè"]}),
    ("Đoàn công tác làm việc tại thị xã Cai Lậy.", {"Cai Lậy": ["thị xã Cai Lậy"]}),
    ("Lễ khánh thành tại thành phố Vĩnh Yên.", {"Vĩnh Yên": ["thành phố Vĩnh Yên"]}),
    ("Người dân thị trấn Tân Hiệp phấn khởi.", {"Tân Hiệp": ["thị trấn Tân Hiệp"]}),
    # communes and wards are not listed: any capitalised name after the word
    ("Trạm y tế xã Mỹ Đức Tây được nâng cấp.", {"Mỹ Đức Tây": ["xã Mỹ Đức Tây"]}),
    ("Bà con ấp Hòa Lợi thu hoạch lúa.", {"Hòa Lợi": ["ấp Hòa Lợi"]}),
    ("Đường vào thôn Khe Sanh đã được bê tông.", {"Khe Sanh": ["thôn Khe Sanh"]}),
    ("Cán bộ phường Dịch Vọng Hậu kiểm tra.", {"Dịch Vọng Hậu": ["phường Dịch Vọng Hậu"]}),
    # numbered units
    ("UBND quận 9 đã thu phí.", {"Quận 9": ["quận 9"]}),
    ("Khu đất ở Phường 12, Quận 4 được giao.", {"Phường 12": ["Phường 12"], "Quận 4": ["Quận 4"]}),
    ("Văn phòng ở Q.1 và P.Bến Nghé.", {"Quận 1": ["Q.1"], "Bến Nghé": ["P.Bến Nghé"]}),
    # abbreviations expand; the mention is what the text wrote
    ("Thành ủy TP.HCM họp phiên thường kỳ.", {"TP Hồ Chí Minh": ["TP.HCM"]}),
    ("Đoàn đến TP. HCM rồi về TP Hồ Chí Minh.", {"TP Hồ Chí Minh": ["TP. HCM", "TP Hồ Chí Minh"]}),
    ("thành phố Hồ Chí Minh và TPHCM", {"TP Hồ Chí Minh": ["thành phố Hồ Chí Minh", "TPHCM"]}),
    ("Kim ngạch xuất khẩu của VN tăng.", {"Việt Nam": ["VN"]}),
    ("Lúa ở ĐBSCL được mùa.", {"Đồng bằng sông Cửu Long": ["ĐBSCL"]}),
    ("tỉnh BR-VT", {"Bà Rịa - Vũng Tàu": ["tỉnh BR-VT"]}),
    # places inside bodies' names
    ("UBND huyện Tĩnh Gia ban hành kế hoạch.", {"Tĩnh Gia": ["huyện Tĩnh Gia"]}),
    ("Tỉnh ủy Tiền Giang tổ chức hội nghị.", {"Tiền Giang": ["Tiền Giang"]}),
    ("Công an tỉnh Đồng Nai vào cuộc.", {"Đồng Nai": ["tỉnh Đồng Nai"]}),
    ("Hội Nông dân Việt Nam phát động phong trào.", {"Việt Nam": ["Việt Nam"]}),
    # places inside facilities' names
    ("Tiến độ sân bay Long Thành được đẩy nhanh.", {"Long Thành": ["Long Thành"]}),
    ("Cao tốc Châu Đốc - Cần Thơ khởi công.",
     {"Châu Đốc": ["Châu Đốc"], "Cần Thơ": ["Cần Thơ"]}),
    # bare names from the tables
    ("Ông sinh năm 1970 tại Thái Thụy, Thái Bình.", {"Thái Thụy": ["Thái Thụy"], "Thái Bình": ["Thái Bình"]}),
    ("Mưa lớn ở Tây Nguyên và miền Trung.", {"Tây Nguyên": ["Tây Nguyên"], "miền Trung": ["miền Trung"]}),
    ("Nông sản đồng bằng sông Cửu Long", {"Đồng bằng sông Cửu Long": ["đồng bằng sông Cửu Long"]}),
    ("Hợp tác với Lào, Campuchia và Thái Lan.",
     {"Lào": ["Lào"], "Campuchia": ["Campuchia"], "Thái Lan": ["Thái Lan"]}),
    ("Quan hệ với Hoa Kỳ ngày càng sâu rộng.", {"Hoa Kỳ": ["Hoa Kỳ"]}),
    ("Tổng thống Mỹ Donald Trump phát biểu tại Davos, Thụy Sĩ.",
     {"Mỹ": ["Mỹ"], "Davos": ["Davos"], "Thụy Sĩ": ["Thụy Sĩ"]}),
    ("Tình hình Trung Đông và Dải Gaza", {"Trung Đông": ["Trung Đông"], "Dải Gaza": ["Dải Gaza"]}),
    ("Khu vực Ấn Độ Dương - Thái Bình Dương",
     {"Ấn Độ Dương - Thái Bình Dương": ["Ấn Độ Dương - Thái Bình Dương"]}),
    ("Thủ tướng Anh thăm Việt Nam.", {"Anh": ["Anh"], "Việt Nam": ["Việt Nam"]}),
    ("Các nước Timor - Leste, Jordan", {"Timor-Leste": ["Timor - Leste"], "Jordan": ["Jordan"]}),
    ("Làng quê Hà Tây xưa", {"Hà Tây": ["Hà Tây"]}),
    # one place, several forms: listed once, under the form written most
    ("Mỹ và Việt Nam; quan hệ Việt - Mỹ; Hoa Kỳ",
     {"Mỹ": ["Mỹ", "Mỹ", "Hoa Kỳ"], "Việt Nam": ["Việt Nam"]}),
    ("TP Trà Vinh (tỉnh Trà Vinh)", {"Trà Vinh": ["TP Trà Vinh", "tỉnh Trà Vinh"]}),
    # a plural administrative word heads a list
    ("Mưa lớn ở các xã Thành Kim, Thành Tiến và Thành An.",
     {"Thành Kim": ["xã Thành Kim"], "Thành Tiến": ["Thành Tiến"], "Thành An": ["Thành An"]}),
    ("Lũ quét tại các tỉnh Lai Châu, Điện Biên", {"Lai Châu": ["tỉnh Lai Châu"], "Điện Biên": ["Điện Biên"]}),
    # the dash stays as written
    ("vùng Nam Thanh – Bắc Nghệ", {"Nam Thanh – Bắc Nghệ": ["Nam Thanh – Bắc Nghệ"]}),
    # a name ends before a person's name or an acronym
    ("Chủ tịch UBND xã Tân Lập Nguyễn Văn An cho biết", {"Tân Lập": ["xã Tân Lập"]}),
    ("Bí thư Tỉnh ủy Vĩnh Phúc Hoàng Thị Thúy Lan", {"Vĩnh Phúc": ["Vĩnh Phúc"]}),
    ("qua xã Tân Khánh Đông TP Sa Đéc", {"Tân Khánh Đông": ["xã Tân Khánh Đông"], "Sa Đéc": ["TP Sa Đéc"]}),
    # mountains and seas of a province still name it
    ("Người dân miền núi Nghệ An", {"Nghệ An": ["Nghệ An"]}),
    # an abbreviation the gazetteer knows beats the administrative word it starts with
    ("Lãnh đạo TT Huế và TT-Huế", {"Thừa Thiên Huế": ["TT Huế", "TT-Huế"]}),
    # foreign places after an administrative word, and the region named after a plural word
    ("dịch vụ khẩn cấp tỉnh Haute-Garonne cho hay", {"Haute-Garonne": ["tỉnh Haute-Garonne"]}),
    ("kết nối các tỉnh ĐBSCL", {"Đồng bằng sông Cửu Long": ["ĐBSCL"]}),
    ("Thành phố Tsukuba, tỉnh Ibaraki", {"Tsukuba": ["Thành phố Tsukuba"], "Ibaraki": ["tỉnh Ibaraki"]}),
    ("Giao tranh ở miền Đông Ukraine", {"Ukraine": ["Ukraine"]}),
]


@pytest.mark.parametrize(("body", "expected"), CASES)
def test_places(body, expected):
    assert found(body) == expected


# --- what is not read --------------------------------------------------------------------------

NEGATIVES = [
    "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.",  # a person, a thought
    "Chủ tịch Hồ Chí Minh phát động Tết trồng cây.",
    "Cầu Phú Mỹ thông xe, đường Lê Lợi ngập nước.",  # bridges and streets
    "Nước sông Sài Gòn dâng cao.",  # rivers
    "Ông Thái Bình, bà Hà Giang và anh Long An dự họp.",  # persons after an honorific
    "Chánh án Nguyễn Hòa Bình phát biểu.",  # the rest of a person's name
    "Đồng chí Trần Đức Lương dự lễ.",
    "Ý kiến cử tri được tiếp thu. Pháp luật nghiêm minh. Nhật ký công tác.",  # compounds
    "Sân vận động Mỹ Đình chật kín.",  # a longer name
    "Ảnh: Nhật Bắc",
    "Viên đá có họa tiết lạ. Ảnh: Hải Dương",  # a photographer named like a province
    "Nguồn: Thanh Hóa",
    "Học tiếng Anh và tiếng Nhật.",  # languages
    "Gió mùa Đông Bắc tràn về, gió hướng Tây Bắc.",  # directions
    "Bão số 5 trên Thái Bình Dương.",  # an ocean (not `Thái Bình`)
    "Anh cho biết sẽ về quê.",  # a pronoun
    "HĐND tỉnh Khóa X họp kỳ thứ Nhất.",  # not a name after the administrative word
    "Phó Chủ tịch UBND TP Nguyễn Thị Quyết Tâm phát biểu.",  # a person after TP
    "Trưởng thôn Lại Văn Luận cho biết.",
    "Nhà máy Thống Nhất hoạt động.",  # a district read only after its word
    "Chi bộ xã hội chủ nghĩa; Cộng hòa Xã hội chủ nghĩa.",
    "THỦY HÀ",  # a byline in capitals
    "Bến Vân Đồn sầm uất.",  # a street named for a district
    "Cửa ngõ sân bay Tân Sơn Nhất ùn tắc.",  # a longer name that starts with a district's
    "Chỉ số VN-Index tăng điểm.",
    "Bà xã Cường mua túi mới.",
    "Nhân dân tỉnh Thanh đón Bác.",  # `xứ Thanh`, not a province's name
    "Hộ kinh doanh P.K.C bị phạt. Ảnh: H.Đ",  # initials
    "Tay vợt Sofia Kenin thắng.",  # a person's name that is also a city's
    "Giao thông TP. Cải tạo chung cư cũ là ưu tiên.",  # `TP.` ended a sentence
    "Bộ TT - TT Nguyễn Bắc Son",  # `TT` (thông tin) before a person
]


@pytest.mark.parametrize("body", NEGATIVES)
def test_not_places(body):
    assert found(body) == {}


# --- the record and the layer ------------------------------------------------------------------


def test_mentions_point_into_the_text():
    doc = run("Sáng 10-11, Ban Thường vụ Tỉnh ủy Tiền Giang họp tại huyện Cái Bè.",
              title="Tiền Giang: tổng kết Nghị quyết 22")
    for loc in doc.article.locations:
        for m in loc.mentions:
            assert doc.text[m.start:m.end] == m.text
    assert [len(loc.mentions) for loc in doc.article.locations] == [2, 1]


def test_layer_places_in_text_order():
    doc = run("Đoàn từ Hà Nội vào huyện Cái Bè, tỉnh Tiền Giang rồi sang Lào.")
    spans = doc.layers.places
    assert all(isinstance(s, PlaceSpan) for s in spans)
    assert [s.start for s in spans] == sorted(s.start for s in spans)
    assert [(s.name, s.kind, s.province) for s in spans] == [
        ("Hà Nội", "city", "Hà Nội"),
        ("Cái Bè", "district", "Tiền Giang"),
        ("Tiền Giang", "province", "Tiền Giang"),
        ("Lào", "country", None),
    ]
    assert doc.text[spans[1].start:spans[1].end] == "huyện Cái Bè"


def test_places_does_not_read_the_main_place() -> None:
    """Regression (issue 8): the places stage read the layer `main_place`, which `context` sets
    only after it, so its branch for an unnamed main place never ran in the pipeline. The main
    place is the context stage's to add (tests/extract/test_facts.py)."""
    assert "main_place" not in places.REQUIRES
    doc = run("Hội nghị Tỉnh ủy đánh giá công tác xây dựng Đảng.", main_place="Tiền Giang")
    assert doc.article.locations == ()


def test_no_main_place_layer_means_none():
    assert run("Hội nghị Tỉnh ủy.").article.locations == ()


def test_empty_article():
    doc = places.annotate(Doc.of(Article(id="t")))
    assert doc.article.locations == ()
    assert doc.layers.places == ()


# --- a country whose name is also a common word -------------------------------------------------

GUARDED = [
    # the name itself needs a cue; the table's other forms of it do not
    ("Các thiết kế của thương hiệu Italy được giới thiệu.", {"Italy": ["Italy"]}),
    ("Hãng thời trang Italia mở cửa hàng.", {"Italia": ["Italia"]}),
    ("Đại sứ quán Czech tổ chức triển lãm.", {"Czech": ["Czech"]}),
    ("Thủ tướng Anh thăm chính thức.", {"Anh": ["Anh"]}),
    ("Anh cho biết sẽ về quê.", {}),
]


@pytest.mark.parametrize(("body", "expected"), GUARDED)
def test_regression_a_guarded_country_other_forms_read_alone(body, expected):
    assert found(body) == expected


# --- a country between a title or body and a foreign person's name -------------------------------

BEFORE_A_FOREIGN_NAME = [
    ("Ngoại trưởng Nga Sergei Lavrov cho biết.", {"Nga": ["Nga"]}),
    ("Đặc phái viên của Bộ Ngoại giao Nga Rodion Miroshnik nói.", {"Nga": ["Nga"]}),
    ("Theo Tổng thống Cuba Miguel Diaz-Canel, hai nước hợp tác.", {"Cuba": ["Cuba"]}),
    # a Latin name opening the sentence is a longer name (a company's), not a country's
    ("Hãng Israel Aerospace Industries ký hợp đồng.", {}),
    ("Iran Air mở đường bay.", {}),
]


@pytest.mark.parametrize(("body", "expected"), BEFORE_A_FOREIGN_NAME)
def test_regression_a_latin_country_name_before_a_foreign_persons_name(body, expected):
    assert found(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # spellings of the older press, which a person's name would otherwise take
    ("Biểu tình ở Hồng Công kéo dài.", {"Hồng Công": ["Hồng Công"]}),
    ("Đoàn đến thủ đô Viên Chăn hôm qua.", {"Viên Chăn": ["Viên Chăn"]}),
])
def test_regression_older_spellings_of_foreign_places(body, expected):
    assert found(body) == expected
