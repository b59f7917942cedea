"""The citation grammar (`diembao.citations`) on sentences written in the style of Vietnamese
news (by the project's authors): symbols, then citations rule by rule, then properties."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from diembao.extract.documents.citations import Citation, Context, scan
from diembao.extract.documents.resolve import resolve
from diembao.extract.documents.symbols import Symbol, parse_symbol, symbol_issuer, symbol_type
from diembao.text import fold

REF = date(2021, 11, 10)
TIEN_GIANG = Context(ref=REF, main_place="Tiền Giang")


def cite(sentence: str, context: Context = TIEN_GIANG) -> list[Citation]:
    return scan(sentence, fold(sentence), context)


def fields(c: Citation) -> tuple[str, str | None, str | None, str | None, str | None, str | None]:
    return (c.type, c.number, c.symbol, c.date, c.issuer, c.name)


# --- symbols --------------------------------------------------------------------------------

SYMBOLS = [
    # (as written, canonical, number, type from the codes, issuer from the codes)
    ("22-NQ/TW", "22-NQ/TW", "22", "Nghị quyết", "Bộ Chính trị"),
    ("22 - NQ / TW", "22-NQ/TW", "22", "Nghị quyết", "Bộ Chính trị"),
    ("15-CT/TW", "15-CT/TW", "15", "Chỉ thị", "Bộ Chính trị"),
    ("21-KL/TW", "21-KL/TW", "21", "Kết luận", "Bộ Chính trị"),
    ("08-QĐi/TW", "08-QĐi/TW", "08", "Quy định", "Bộ Chính trị"),
    ("05-CT/TU", "05-CT/TU", "05", "Chỉ thị", "Ban Thường vụ Tỉnh ủy Tiền Giang"),
    ("15/2020/NĐ-CP", "15/2020/NĐ-CP", "15", "Nghị định", "Chính phủ"),
    ("116 / NĐ - CP", "116/NĐ-CP", "116", "Nghị định", "Chính phủ"),
    ("66.13/2026/NQ-CP", "66.13/2026/NQ-CP", "66.13", "Nghị quyết", "Chính phủ"),
    ("09/2007/QĐ-TTg", "09/2007/QĐ-TTg", "09", "Quyết định", "Thủ tướng Chính phủ"),
    ("2218/QĐ-TTg", "2218/QĐ-TTg", "2218", "Quyết định", "Thủ tướng Chính phủ"),
    ("05/CT-TTg", "05/CT-TTg", "05", "Chỉ thị", "Thủ tướng Chính phủ"),
    ("91/2015/QH13", "91/2015/QH13", "91", "Luật", "Quốc hội"),
    ("73/2006/QH 11", "73/2006/QH11", "73", "Luật", "Quốc hội"),
    ("1211/2016/UBTVQH13", "1211/2016/UBTVQH13", "1211", "Nghị quyết", "Ủy ban Thường vụ Quốc hội"),
    ("25/2005/PL-UBTVQH11", "25/2005/PL-UBTVQH11", "25", "Pháp lệnh", "Ủy ban Thường vụ Quốc hội"),
    ("1234/QĐ-UBND", "1234/QĐ-UBND", "1234", "Quyết định", "UBND tỉnh Tiền Giang"),
    ("03/2022/NQ-HĐND", "03/2022/NQ-HĐND", "03", "Nghị quyết", "HĐND tỉnh Tiền Giang"),
    ("7339/VPCP-CN", "7339/VPCP-CN", "7339", "Công văn", "Văn phòng Chính phủ"),
    ("7339 / VPCP - CN", "7339/VPCP-CN", "7339", "Công văn", "Văn phòng Chính phủ"),
    ("200/2014/TT-BTC", "200/2014/TT-BTC", "200", "Thông tư", "Bộ Tài chính"),
    ("28/2009/TT-BGDĐT", "28/2009/TT-BGDĐT", "28", "Thông tư", "Bộ Giáo dục và Đào tạo"),
    ("19-2017/NQ-CP", "19/2017/NQ-CP", "19", "Nghị quyết", "Chính phủ"),
    ("1483/TB-TTCP", "1483/TB-TTCP", "1483", "Thông báo", "Thanh tra Chính phủ"),
    (
        "05/2017/TTLT-BTC-BCT",
        "05/2017/TTLT-BTC-BCT",
        "05",
        "Thông tư liên tịch",
        "Bộ Tài chính, Bộ Công Thương",
    ),
]


@pytest.mark.parametrize(("written", "canonical", "number", "doc_type", "issuer"), SYMBOLS)
def test_symbols(written: str, canonical: str, number: str, doc_type: str, issuer: str) -> None:
    symbol = parse_symbol(written)
    assert symbol is not None and (str(symbol), symbol.number) == (canonical, number)
    kind, code = symbol_type(symbol), symbol_issuer(symbol)
    assert kind is not None and kind.name == doc_type
    assert code is not None
    completed = (
        code.issuer.replace("{unit}", "tỉnh")
        .replace("{committee}", "Tỉnh ủy")
        .replace("{place}", "Tiền Giang")
    )
    assert completed == issuer


@pytest.mark.parametrize(
    "written",
    ["15/2020", "22-nq/tw", "2-1", "1/5", "24/7", "10/11/2021", "0913.123.456", "NQ/TW", "12/ABC def"],
)
def test_not_symbols(written: str) -> None:
    assert parse_symbol(written) is None


# --- numbered citations ---------------------------------------------------------------------

NUMBERED = [
    # (sentence, [(type, number, symbol, date, issuer, name)])
    (
        "Hội nghị tổng kết Nghị quyết 22-NQ/TW ngày 2-2-2008 của Ban Chấp hành Trung ương Đảng khóa X.",
        [("Nghị quyết", "22", "22-NQ/TW", "2008-02-02", "Ban Chấp hành Trung ương Đảng", None)],
    ),
    (
        "Thực hiện Kết luận 21 ngày 25-10-2021 của Ban Chấp hành Trung ương Đảng về xây dựng Đảng.",
        [("Kết luận", "21", None, "2021-10-25", "Ban Chấp hành Trung ương Đảng", None)],
    ),
    (
        "Sắp xếp bộ máy theo Đề án 02 của Ban Thường vụ Tỉnh ủy.",
        [("Đề án", "02", None, None, "Ban Thường vụ Tỉnh ủy Tiền Giang", None)],
    ),
    (
        "Tinh giản biên chế theo Nghị quyết 39-NQ/TW của Bộ Chính trị.",
        [("Nghị quyết", "39", "39-NQ/TW", None, "Bộ Chính trị", None)],
    ),
    # the symbol says what the document is, whatever the type word
    (
        "Theo quy định tại Nghị định số 39-NQ/TW của Bộ Chính trị.",
        [("Nghị quyết", "39", "39-NQ/TW", None, "Bộ Chính trị", None)],
    ),
    # a code that names its issuer wins over the text
    (
        "Thực hiện Nghị định số 108/2014/NĐ-CP của Thủ tướng Chính phủ về tinh giản biên chế.",
        [("Nghị định", "108", "108/2014/NĐ-CP", None, "Chính phủ", None)],
    ),
    # a Party code's default (the Politburo) gives way to the body the text names
    (
        "Quán triệt Nghị quyết số 18-NQ/TW của Ban Chấp hành Trung ương về sắp xếp bộ máy.",
        [("Nghị quyết", "18", "18-NQ/TW", None, "Ban Chấp hành Trung ương Đảng", None)],
    ),
    (
        "Vi phạm Chỉ thị số 15 - CT / TW, ngày 07/7/2007 của Bộ Chính trị.",
        [("Chỉ thị", "15", "15-CT/TW", "2007-07-07", "Bộ Chính trị", None)],
    ),
    (
        "Theo văn bản số 7339 / VPCP - CN của Văn phòng Chính Phủ, Phó Thủ tướng yêu cầu.",
        [("Văn bản", "7339", "7339/VPCP-CN", None, "Văn phòng Chính phủ", None)],
    ),
    (
        "Ban hành kèm theo Nghị quyết số 03/2022/NQ-HĐND ngày 27/4/2022 của Hội đồng nhân dân tỉnh.",
        [("Nghị quyết", "03", "03/2022/NQ-HĐND", "2022-04-27", "HĐND tỉnh Tiền Giang", None)],
    ),
    (
        "Sửa đổi Nghị quyết số 12/2022/NQ-HĐND của HĐND tỉnh Bến Tre quy định mức hỗ trợ.",
        [("Nghị quyết", "12", "12/2022/NQ-HĐND", None, "HĐND tỉnh Bến Tre", None)],
    ),
    (
        "Quyết định 1234/QĐ-UBND của UBND huyện Cái Bè về thu hồi đất.",
        [("Quyết định", "1234", "1234/QĐ-UBND", None, "UBND huyện Cái Bè", None)],
    ),
    (
        "Tạm ngưng Nghị quyết số 66.13/2026/NQ-CP ngày 27/01/2026 của Chính phủ.",
        [("Nghị quyết", "66.13", "66.13/2026/NQ-CP", "2026-01-27", "Chính phủ", None)],
    ),
    # lower-case type words: with `số`, a symbol, or a document word that is no verb
    (
        "Cơ sở thực hiện theo nghị định 15/2018/NĐ-CP về an toàn thực phẩm.",
        [("Nghị định", "15", "15/2018/NĐ-CP", None, "Chính phủ", None)],
    ),
    ("Xã thực hiện nghị quyết số 22 của Đảng ủy.", [("Nghị quyết", "22", None, None, "Đảng ủy", None)]),
    (
        "Huyện triển khai nghị quyết 08 của Bộ Chính trị về du lịch.",
        [("Nghị quyết", "08", None, None, "Bộ Chính trị", None)],
    ),
    (
        "Tỉnh thực hiện quyết định 367 năm 1996 của Thủ tướng.",
        [("Quyết định", "367", None, None, "Thủ tướng", None)],
    ),
    # `quy định`, `kết luận` are verbs too: a lower-case one needs a sign of a document
    (
        "Theo quy định 102 của Bộ Chính trị, đảng viên bị xử lý.",
        [("Quy định", "102", None, None, "Bộ Chính trị", None)],
    ),
    (
        "Ông đề nghị thực hiện kết luận 24 (năm 2012) về luân chuyển cán bộ.",
        [("Kết luận", "24", None, None, None, None)],
    ),
    # the issuer right after the number, with no `của`
    (
        "Phát huy Nghị quyết 04 Bộ Chính trị trong doanh nghiệp.",
        [("Nghị quyết", "04", None, None, "Bộ Chính trị", None)],
    ),
    # an issuer named before the verb that issued the document
    (
        "Chính phủ vừa ban hành Nghị quyết số 09/2026/NQ-CP về tạm ngưng hiệu lực.",
        [("Nghị quyết", "09", "09/2026/NQ-CP", None, "Chính phủ", None)],
    ),
    (
        "Năm 2017, Bộ Chính trị đã ban hành Nghị quyết 08 về phát triển du lịch.",
        [("Nghị quyết", "08", None, None, "Bộ Chính trị", None)],
    ),
    # a bare symbol gets its type from its codes
    (
        "Theo 15/2020/NĐ-CP, mức phạt tăng gấp đôi.",
        [("Nghị định", "15", "15/2020/NĐ-CP", None, "Chính phủ", None)],
    ),
    ("Căn cứ Luật số 91/2015/QH13 của Quốc hội.", [("Luật", "91", "91/2015/QH13", None, "Quốc hội", None)]),
    # a short year-symbol keeps its number; the year helps resolution
    ("Theo Nghị định 100/2019 về xử phạt giao thông.", [("Nghị định", "100", None, None, None, None)]),
    # a local code with no main place: which province's is not known
]


@pytest.mark.parametrize(("sentence", "expected"), NUMBERED)
def test_numbered_citations(sentence: str, expected: list[tuple[str | None, ...]]) -> None:
    assert [fields(c) for c in cite(sentence)] == expected


def test_a_local_body_right_after_the_number_starts_a_clause() -> None:
    found = cite("Theo Quyết định 12 UBND tỉnh sẽ thu hồi đất của các hộ.")
    assert [(c.number, c.issuer) for c in found] == [("12", None)]


def test_a_local_code_without_main_place_has_no_issuer() -> None:
    found = cite("Theo Quyết định 1234/QĐ-UBND, xã thu hồi đất.", Context(ref=REF))
    assert [(c.symbol, c.issuer) for c in found] == [("1234/QĐ-UBND", None)]


SEQUENCES = [
    ("Thực hiện Nghị quyết 18, 19 của Trung ương.", [("18", None), ("19", None)]),
    ("Kết quả thực hiện Chỉ thị 05 và 24 của Tỉnh ủy.", [("05", None), ("24", None)]),
    ("Áp dụng Nghị định 15 và 16/2020/NĐ-CP.", [("15", "15/2020/NĐ-CP"), ("16", "16/2020/NĐ-CP")]),
    ("Triển khai các Quyết định 935, 936 của UBND tỉnh.", [("935", None), ("936", None)]),
]


@pytest.mark.parametrize(("sentence", "expected"), SEQUENCES)
def test_sequences(sentence: str, expected: list[tuple[str, str | None]]) -> None:
    found = cite(sentence)
    assert [(c.number, c.symbol) for c in found] == expected
    assert len({c.issuer for c in found}) == 1  # the issuer is said of them all


def test_the_mentions_of_a_sequence() -> None:
    sentence = "Thực hiện Nghị quyết 18, 19 của Trung ương."
    assert [sentence[c.start : c.end] for c in cite(sentence)] == ["Nghị quyết 18", "19"]


# --- named documents ------------------------------------------------------------------------

NAMED = [
    ("Quốc hội khóa XIV đã chính thức thông qua Luật Cảnh vệ.", ("Luật", "Luật Cảnh vệ", "Quốc hội")),
    ("Tranh chấp giải quyết theo Luật Đất đai 2013.", ("Luật", "Luật Đất đai 2013", None)),
    ("Điều chỉnh theo Luật Đất đai năm 2024 vừa có hiệu lực.", ("Luật", "Luật Đất đai năm 2024", None)),
    ("Doanh nghiệp cho rằng Luật BHXH sửa đổi còn bất cập.", ("Luật", "Luật BHXH", None)),
    ("Hướng dẫn thi hành Luật An toàn thực phẩm và các văn bản.", ("Luật", "Luật An toàn thực phẩm", None)),
    ("Bị can bị truy tố theo Điều 219 Bộ luật Hình sự.", ("Bộ luật", "Bộ luật Hình sự", None)),
    ("Tuân thủ Luật Phòng, chống tham nhũng.", ("Luật", "Luật Phòng, chống tham nhũng", None)),
    ("Theo quy định của Hiến pháp và pháp luật.", ("Hiến pháp", "Hiến pháp", None)),
    ("Căn cứ Hiến pháp năm 2013.", ("Hiến pháp", "Hiến pháp năm 2013", None)),
    (
        "Phù hợp với luật pháp quốc tế và Hiến chương Liên Hợp Quốc, tôn trọng lẫn nhau.",
        ("Hiến chương", "Hiến chương Liên Hợp Quốc", None),
    ),
    ("Đại diện hai nước cam kết tuân thủ Hiến chương ASEAN.", ("Hiến chương", "Hiến chương ASEAN", None)),
    (
        "Gắn với thực hiện Nghị quyết Trung ương 4 khóa XII về xây dựng Đảng.",
        ("Nghị quyết", "Nghị quyết Trung ương 4 khóa XII", "Ban Chấp hành Trung ương Đảng"),
    ),
    ("Nghị quyết TƯ 5 vừa thành công.", ("Nghị quyết", "Nghị quyết TƯ 5", "Ban Chấp hành Trung ương Đảng")),
    (
        "Tổng kết Nghị quyết Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng khóa IX.",
        (
            "Nghị quyết",
            "Nghị quyết Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng khóa IX",
            "Ban Chấp hành Trung ương Đảng",
        ),
    ),
    (
        "Bám sát Nghị quyết Đại hội Đảng toàn quốc lần thứ XII, phát huy thế mạnh.",
        ("Nghị quyết", "Nghị quyết Đại hội Đảng toàn quốc lần thứ XII", None),
    ),
    (
        "Thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XI đề ra.",
        ("Nghị quyết", "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XI", None),
    ),
    (
        "Triển khai Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng.",
        ("Nghị quyết", "Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng", None),
    ),
    (
        "Lãnh đạo yêu cầu triển khai Nghị quyết Đại hội Đảng XIV ngay từ đầu năm.",
        ("Nghị quyết", "Nghị quyết Đại hội Đảng XIV", None),
    ),
    # scraped text with a word glued on: the name gets its space back
    (
        "Lãnh đạo yêu cầu triển khai Nghị quyếtĐại hội Đảng XIVngay từ đầu năm.",
        ("Nghị quyết", "Nghị quyết Đại hội Đảng XIV", None),
    ),
    (
        'Hội nghị cho ý kiến về Đề án "Hoàn thiện thể chế kinh tế thị trường định hướng xã hội chủ nghĩa".',
        ("Đề án", "Hoàn thiện thể chế kinh tế thị trường định hướng xã hội chủ nghĩa", None),
    ),
    (
        "Phó Thủ tướng họp về đề án ' Định hướng thu hút đầu tư nước ngoài đến năm 2030 '.",
        ("Đề án", "Định hướng thu hút đầu tư nước ngoài đến năm 2030", None),
    ),
    (
        "Vi phạm tiêu chuẩn cấp ủy viên và Quy định những điều đảng viên không được làm.",
        ("Quy định", "Quy định những điều đảng viên không được làm", None),
    ),
    (
        "Theo Quy chế làm việc của Ban Chấp hành Trung ương, Bộ Chính trị và Ban Bí thư khóa XII, "
        "Trung ương họp.",
        (
            "Quy chế",
            "Quy chế làm việc của Ban Chấp hành Trung ương, Bộ Chính trị và Ban Bí thư khóa XII",
            None,
        ),
    ),
    (
        "Bổ sung khu vực lấn biển vào Quy hoạch chung xây dựng TP Hải Phòng đến năm 2025, "
        "tầm nhìn đến năm 2050 để đầu tư.",
        ("Quy hoạch", "Quy hoạch chung xây dựng TP Hải Phòng đến năm 2025, tầm nhìn đến năm 2050", None),
    ),
    (
        "Tổng kết Chiến lược phát triển kinh tế - xã hội 10 năm 2011-2020.",
        ("Chiến lược", "Chiến lược phát triển kinh tế - xã hội 10 năm 2011-2020", None),
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), NAMED)
def test_named_documents(sentence: str, expected: tuple[str, str, str | None]) -> None:
    found = cite(sentence)
    assert [(c.type, c.name, c.issuer) for c in found] == [expected]
    assert all(c.number is None for c in found)


# --- what is not a document -----------------------------------------------------------------

NOT_DOCUMENTS = [
    "Tỉnh ban hành nghị quyết về phát triển du lịch.",
    "Quán triệt các nghị quyết của Đảng.",
    "Thực hiện tốt quy chế làm việc trong Đảng và quy chế dân chủ ở cơ sở.",
    "Nghị quyết đại hội đảng bộ các cấp được triển khai.",
    "Các nghị quyết Hội nghị Trung ương lần này rất quan trọng.",
    "Hai ngành thống nhất Kế hoạch 5 năm thực hiện bản ghi nhớ.",
    "Sở quy định 5 bước rà soát hồ sơ.",
    "Thanh tra Chính phủ kết luận 34 hộ dân được bồi thường đúng.",
    "Công ty đã hướng dẫn 24 quận huyện thực hiện.",
    "Ủy ban Kiểm tra thi hành kỷ luật 30 đảng viên.",
    "Doanh nghiệp làm đúng pháp luật đất đai.",
    "Luật sư Nguyễn Văn Bình bào chữa cho bị cáo.",
    "Nằm trong Chương trình 12.500 căn hộ tái định cư.",
    "Ông tốt nghiệp Đại học Luật Hà Nội.",
    "Bệnh viện lại nảy sinh Thông tư nói việc này.",
    "Quy hoạch Ban chấp hành trung ương nhiệm kỳ 2021 - 2026 chưa phải là làm nhân sự.",
    "Đây là chiến lược “Nước Mỹ trên hết” của ông Trump.",
    "Phê duyệt quy hoạch 1/2000 khu đô thị mới.",
    "Hợp đồng hứa chuyển nhượng vốn góp số 09/2013/VT.",
    "Đội tuyển thắng 2-1, đạt 57/57 điểm.",
    "Lịch cắt điện: KẾ HOẠCH 14 08:00 12:00 thôn Đông.",
    "Thiết bị phải đạt chuẩn QCVN 4:2009/BKHCN trước khi lưu hành.",
    "Tổng thống gửi kháng nghị lên Tòa án Hiến pháp.",
]


@pytest.mark.parametrize("sentence", NOT_DOCUMENTS)
def test_not_documents(sentence: str) -> None:
    assert cite(sentence) == []


# --- subjects -------------------------------------------------------------------------------

SUBJECTS = [
    (
        "Thực hiện Nghị quyết 18 của Trung ương về sắp xếp tổ chức bộ máy tinh gọn, hiệu quả.",
        "sắp xếp tổ chức bộ máy tinh gọn, hiệu quả",
    ),
    (
        "Chỉ thị 05/CT-TTg ngày 6/2/2017 về việc tăng cường công tác thi hành án; các bộ thực hiện.",
        "tăng cường công tác thi hành án",
    ),
    ("Nghị quyết số 09/2026/NQ-CP về tạm ngưng hiệu lực Nghị định số 46/2026/NĐ-CP.", "tạm ngưng hiệu lực"),
    ("Đề nghị đưa Nghị quyết 04 về Hải Phòng để làm thí điểm.", None),
]


@pytest.mark.parametrize(("sentence", "subject"), SUBJECTS)
def test_subjects(sentence: str, subject: str | None) -> None:
    assert cite(sentence)[0].subject == subject


# --- organizations layer --------------------------------------------------------------------


def test_an_organization_span_after_cua_is_the_issuer() -> None:
    from diembao.extract.spans import OrgSpan

    sentence = "Thực hiện Nghị quyết 06 của BCH Đảng bộ tỉnh Nghệ An về phát triển."
    start = sentence.index("BCH")
    span = OrgSpan(start, start + len("BCH Đảng bộ tỉnh Nghệ An"), "Ban Chấp hành Đảng bộ tỉnh Nghệ An")
    found = cite(sentence, Context(ref=REF, orgs=(span,)))
    assert [c.issuer for c in found] == ["Ban Chấp hành Đảng bộ tỉnh Nghệ An"]


def test_do_names_the_issuer_only_with_a_verb_of_issuing() -> None:
    issued = cite("Theo Quyết định số 15 do UBND tỉnh ban hành.")
    debated = cite(
        "Thảo luận dự thảo Luật Phòng, chống tác hại của rượu, bia, do Ủy ban Kiểm tra Trung ương tổ chức."
    )
    assert [c.issuer for c in issued] == ["UBND tỉnh Tiền Giang"]
    assert [c.issuer for c in debated] == [None]


# --- resolution -----------------------------------------------------------------------------


def groups(text: str) -> list[list[str]]:
    return [[text[c.start : c.end] for c in g] for g in resolve(cite(text))]


RESOLUTION = [
    # a later short form is the earlier full one
    (
        "Tổng kết Nghị quyết 22-NQ/TW. Nghị quyết 22 đi vào cuộc sống. Nghị quyết số 22 còn giá trị.",
        [["Nghị quyết 22-NQ/TW", "Nghị quyết 22", "Nghị quyết số 22"]],
    ),
    # an earlier short form (a headline) is the later full one
    (
        "Dừng Nghị định số 46. Chính phủ tạm ngưng Nghị định số 46/2026/NĐ-CP ngày 26/01/2026.",
        [["Nghị định số 46", "Nghị định số 46/2026/NĐ-CP"]],
    ),
    # same number, other type: other documents
    ("Nghị quyết 18 và Chỉ thị 18 của Tỉnh ủy.", [["Nghị quyết 18"], ["Chỉ thị 18"]]),
    # two symbols with one number: two documents; the short form joins the nearest before it
    (
        "Nghị định 15/2018/NĐ-CP thay bằng Nghị định 15/2020/NĐ-CP. Nghị định 15 có hiệu lực.",
        [["Nghị định 15/2018/NĐ-CP"], ["Nghị định 15/2020/NĐ-CP", "Nghị định 15"]],
    ),
    # a short form with a year joins the symbol of that year
    (
        "Nghị định 15/2018/NĐ-CP và Nghị định 15/2020/NĐ-CP. "
        "Theo Nghị định 15/2018, doanh nghiệp tự công bố.",
        [["Nghị định 15/2018/NĐ-CP", "Nghị định 15/2018"], ["Nghị định 15/2020/NĐ-CP"]],
    ),
    # `02` and `2` are one number
    ("Đề án 02 của Tỉnh ủy. Kết quả Đề án 2 rất tốt.", [["Đề án 02", "Đề án 2"]]),
    # a name without its year is the same name with one
    ("Theo Hiến pháp 2013. Mọi người bình đẳng trước Hiến pháp.", [["Hiến pháp 2013", "Hiến pháp"]]),
]


@pytest.mark.parametrize(("text", "expected"), RESOLUTION)
def test_resolution(text: str, expected: list[list[str]]) -> None:
    assert groups(text) == expected


# --- properties -----------------------------------------------------------------------------

TYPE_CODES = ["NQ", "NĐ", "QĐ", "CT", "TT", "KL", "TB", "KH", "HD"]
ISSUER_CODES = ["CP", "TTg", "BTC", "BYT", "UBND", "HĐND", "VPCP", "BGDĐT", "NHNN", "UBTVQH14"]
PARTY_ISSUERS = ["TW", "TU", "HU", "ĐU", "UBKTTW", "BTCTW"]

numbers = st.from_regex(r"\A0?[1-9][0-9]{0,3}\Z")
years = st.integers(1990, 2030).map(str)


@given(numbers, st.sampled_from(TYPE_CODES), st.sampled_from(PARTY_ISSUERS), st.booleans())
def test_party_symbol_round_trip(number: str, kind: str, issuer: str, spaced: bool) -> None:
    symbol = Symbol(number, (kind, issuer), party=True)
    written = str(symbol).replace("-", " - ").replace("/", " / ") if spaced else str(symbol)
    assert parse_symbol(written) == symbol


@given(numbers, st.one_of(st.none(), years), st.sampled_from(TYPE_CODES), st.sampled_from(ISSUER_CODES))
def test_state_symbol_round_trip(number: str, year: str | None, kind: str, issuer: str) -> None:
    symbol = Symbol(number, (kind, issuer), year)
    assert parse_symbol(str(symbol)) == symbol
    found = cite(f"Theo {symbol} của cơ quan.")
    assert [c.symbol for c in found] == [str(symbol)]
    assert found[0].number == number


@given(st.text(max_size=300))
def test_scan_never_crashes(text: str) -> None:
    for c in scan(text, fold(text), TIEN_GIANG):
        assert 0 <= c.start < c.end <= len(text)


@given(
    st.lists(
        st.sampled_from(
            [
                "Nghị quyết",
                "số",
                "22",
                "-",
                "NQ",
                "/",
                "TW",
                "của",
                "Bộ Chính trị",
                "ngày",
                "2-2-2008",
                ",",
                "và",
                "Luật",
                "Đất đai",
                "2013",
                "về",
                "Đề án",
                '"',
                "Trung ương",
                "4",
                "khóa",
                "XII",
                "Hiến pháp",
                "15",
            ]
        ),
        max_size=25,
    )
)
def test_scan_on_citation_fragments(words: list[str]) -> None:
    text = " ".join(words)
    found = scan(text, fold(text), TIEN_GIANG)
    for c in found:
        assert 0 <= c.start < c.end <= len(text)
    for group in resolve(found):
        assert len({c.type for c in group}) == 1
