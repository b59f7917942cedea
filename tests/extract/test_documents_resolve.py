"""Defects of document resolution and issuers found on the training articles (fixtures written
by the project's authors in the style of provincial news)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from diembao.extract import dates, documents
from diembao.extract.doc import Doc
from diembao.extract.documents.resolve import symbol_key
from diembao.record import Article


def docs(body: str, main_place: str | None = "Hòa Sơn") -> list[tuple]:
    article = Article(id="t", published="2019-06-20T08:00:00+07:00", title="Tin địa phương", lead="", body=(body,))
    doc = dates.annotate(Doc.of(article)).with_layers(main_place=main_place, orgs=())
    return [(d.type, d.number, d.symbol, d.date, d.issuer) for d in documents.annotate(doc).article.documents]


CASES = [
    # A symbol written once with a leading zero and once without is one document.
    (
        "Quán triệt Kế hoạch số 05-KH/TW của Bộ Chính trị. Thực hiện Kế hoạch số 5-KH/TW ngày 2/3/2017 "
        "của Bộ Chính trị về công tác cán bộ.",
        [("Kế hoạch", "05", "05-KH/TW", "2017-03-02", "Bộ Chính trị")],
    ),
    # An issuer before the verb, its place named between them.
    (
        "Ngày 5/3/2019, Ban Thường vụ Tỉnh ủy Hòa Sơn ban hành Chỉ thị 12 về công tác cán bộ.",
        [("Chỉ thị", "12", None, "2019-03-05", "Ban Thường vụ Tỉnh ủy Hòa Sơn")],
    ),
    (
        "Hôm qua, UBND tỉnh Hòa Sơn đã ký Quyết định 77 về giá đất.",
        [("Quyết định", "77", None, None, "UBND tỉnh Hòa Sơn")],
    ),
    # A passive issuer: `được X thông qua`, and the date after the verb.
    (
        "Luật Đất đai được Quốc hội thông qua ngày 29/11/2013.",
        [("Luật", None, None, "2013-11-29", "Quốc hội")],
    ),
    (
        "Nghị quyết 12 được Tỉnh ủy Hòa Sơn ban hành.",
        [("Nghị quyết", "12", None, None, "Tỉnh ủy Hòa Sơn")],
    ),
    # `được` without an issuing verb names no issuer.
    ("Nghị quyết 12 được triển khai sâu rộng.", [("Nghị quyết", "12", None, None, None)]),
    # A date opening the clause of the issuing verb dates the document.
    (
        "Ngày 5/3/2019, Tỉnh ủy Hòa Sơn ban hành Chỉ thị 12 về công tác cán bộ.",
        [("Chỉ thị", "12", None, "2019-03-05", "Tỉnh ủy Hòa Sơn")],
    ),
    (
        "Chiều 15/6, Chủ tịch UBND tỉnh đã ký Công văn số 2915/UBND-TH gửi các sở.",
        [("Công văn", "2915", "2915/UBND-TH", "2019-06-15", "UBND tỉnh Hòa Sơn")],
    ),
    # ... but not without the verb, nor across a sentence.
    ("Ngày 5/3, tỉnh triển khai Chỉ thị 12.", [("Chỉ thị", "12", None, None, None)]),
    ("Ngày 5/3, các đơn vị họp. Tỉnh ủy Hòa Sơn ban hành Chỉ thị 12.",
     [("Chỉ thị", "12", None, None, "Tỉnh ủy Hòa Sơn")]),
    # Party bodies of a province as issuers.
    (
        "Thực hiện Thông báo số 28 ngày 15/3 của Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh Hòa Sơn.",
        [("Thông báo", "28", None, "2019-03-15", "Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh Hòa Sơn")],
    ),
    (
        "Theo Kết luận số 40 của Ủy ban Kiểm tra Tỉnh ủy Hòa Sơn, ông bị cảnh cáo.",
        [("Kết luận", "40", None, None, "Ủy ban Kiểm tra Tỉnh ủy Hòa Sơn")],
    ),
    # A report or a submission needs `số` or a symbol, not a full symbol.
    (
        "HĐND thông qua tờ trình số 5054 ngày 4/7 của UBND tỉnh Hòa Sơn về việc miễn nhiệm.",
        [("Tờ trình", "5054", None, "2019-07-04", "UBND tỉnh Hòa Sơn")],
    ),
    ("Theo Báo cáo số 3 của UBND tỉnh, thu ngân sách tăng.", [("Báo cáo", "3", None, None, "UBND tỉnh Hòa Sơn")]),
    ("Tờ trình 12 nêu rõ điều này.", []),
    # A bare `Thủ tướng` is the issuer as written.
    (
        "Trường được nâng cấp theo quyết định 1520 của Thủ tướng.",
        [("Quyết định", "1520", None, None, "Thủ tướng")],
    ),
]


@pytest.mark.parametrize(("body", "expected"), CASES)
def test_documents_of_a_clause(body: str, expected: list[tuple]) -> None:
    assert docs(body) == expected


def test_leading_zeros_of_a_symbol_do_not_split_a_document() -> None:
    assert symbol_key("04-KH/TW") == symbol_key("4-KH/TW")
    assert symbol_key("10-KH/TW") != symbol_key("1-KH/TW")


@given(st.integers(min_value=1, max_value=99999), st.integers(min_value=0, max_value=3))
def test_symbol_key_ignores_only_leading_zeros(number: int, zeros: int) -> None:
    assert symbol_key("0" * zeros + f"{number}-NQ/TW") == symbol_key(f"{number}-NQ/TW")
