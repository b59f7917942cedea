"""The documents stage on articles written in the style of provincial news (by the project's
authors): records, mentions, layers."""

from __future__ import annotations

import pytest

from diembao.extract import dates, documents
from diembao.extract.doc import Doc
from diembao.extract.spans import OrgSpan
from diembao.record import Article, Document

TITLE = "Sơ kết 5 năm thực hiện Nghị quyết 39 về tinh giản biên chế"
LEAD = (
    "Sáng 12-3, Ban Thường vụ Tỉnh ủy tổ chức hội nghị sơ kết 5 năm thực hiện Nghị quyết số 39-NQ/TW "
    "ngày 17-4-2015 của Bộ Chính trị về tinh giản biên chế và cơ cấu lại đội ngũ cán bộ, công chức."
)
BODY = (
    "Thời gian qua, tỉnh thực hiện Nghị quyết 39 gắn với Quyết định 2218/QĐ-TTg của Thủ tướng Chính phủ "
    "và Nghị định số 108/2014/NĐ-CP.",
    "Các sở, ngành tiếp tục sắp xếp tổ chức bộ máy theo Đề án 05 của Ban Thường vụ Tỉnh ủy và Kết luận 17 "
    "của Ban Chấp hành Trung ương Đảng.",
    "Hội nghị cũng quán triệt Luật Cán bộ, công chức và Hiến pháp năm 2013.",
)


def run(main_place: str | None = "Vĩnh Long", orgs: tuple[OrgSpan, ...] | None = None) -> Doc:
    article = Article(id="t", published="2020-03-12T10:00:00+07:00", title=TITLE, lead=LEAD, body=BODY)
    doc = dates.annotate(Doc.of(article)).with_layers(main_place=main_place)
    if orgs is not None:
        doc = doc.with_layers(orgs=orgs)
    return documents.annotate(doc)


def by_key(doc: Doc) -> dict[str, Document]:
    return {d.symbol or d.name or f"{d.type} {d.number}": d for d in doc.article.documents}


def test_the_documents_of_an_article() -> None:
    found = [(d.type, d.number, d.symbol, d.date, d.issuer, d.name) for d in run().article.documents]
    assert found == [
        ("Nghị quyết", "39", "39-NQ/TW", "2015-04-17", "Bộ Chính trị", None),
        ("Quyết định", "2218", "2218/QĐ-TTg", None, "Thủ tướng Chính phủ", None),
        ("Nghị định", "108", "108/2014/NĐ-CP", None, "Chính phủ", None),
        ("Đề án", "05", None, None, "Ban Thường vụ Tỉnh ủy Vĩnh Long", None),
        ("Kết luận", "17", None, None, "Ban Chấp hành Trung ương Đảng", None),
        ("Luật", None, None, None, None, "Luật Cán bộ, công chức"),
        ("Hiến pháp", None, None, None, None, "Hiến pháp năm 2013"),
    ]


def test_short_forms_are_mentions_of_the_full_citation() -> None:
    doc = run()
    resolution = by_key(doc)["39-NQ/TW"]
    assert [m.text for m in resolution.mentions] == [
        "Nghị quyết 39",
        "Nghị quyết số 39-NQ/TW",
        "Nghị quyết 39",
    ]
    assert resolution.subject == "tinh giản biên chế và cơ cấu lại đội ngũ cán bộ, công chức"
    for d in doc.article.documents:
        for m in d.mentions:
            assert doc.text[m.start : m.end] == m.text


def test_without_a_main_place_a_bare_standing_committee_stays_bare() -> None:
    assert by_key(run(main_place=None))["Đề án 05"].issuer == "Ban Thường vụ Tỉnh ủy"


@pytest.mark.parametrize(
    ("place", "issuer"),
    [("Vĩnh Long", "Ban Thường vụ Tỉnh ủy Vĩnh Long"), ("Đà Nẵng", "Ban Thường vụ Tỉnh ủy Đà Nẵng")],
)
def test_the_text_says_tinh_uy_and_keeps_it(place: str, issuer: str) -> None:
    assert by_key(run(main_place=place))["Đề án 05"].issuer == issuer


def test_an_organization_span_gives_the_issuer() -> None:
    text = run().text
    start = text.index("Ban Thường vụ Tỉnh ủy và")
    span = OrgSpan(start, start + len("Ban Thường vụ Tỉnh ủy"), "Ban Thường vụ Tỉnh ủy Trà Vinh")
    assert by_key(run(orgs=(span,)))["Đề án 05"].issuer == "Ban Thường vụ Tỉnh ủy Trà Vinh"


@pytest.mark.parametrize(
    ("place", "issuer"),
    [("Cần Thơ", "UBND thành phố Cần Thơ"), ("Long An", "UBND tỉnh Long An"), (None, None)],
)
def test_local_codes_take_the_main_place(place: str | None, issuer: str | None) -> None:
    article = Article(id="t", body=("Thu hồi đất theo Quyết định 1520/QĐ-UBND.",))
    doc = documents.annotate(Doc.of(article).with_layers(main_place=place))
    assert [d.issuer for d in doc.article.documents] == [issuer]


def test_an_article_that_cites_nothing_is_unchanged() -> None:
    doc = Doc.of(
        Article(id="t", title="Ra quân làm sạch đường làng", body=("Đoàn viên ra quân dọn vệ sinh.",))
    )
    assert documents.annotate(doc) is doc


def test_the_record_round_trips_through_json() -> None:
    article = run().article
    assert Article.from_json(article.to_json()).documents == article.documents
