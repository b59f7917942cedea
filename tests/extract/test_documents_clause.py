"""A document's date and issuer stated in the clause that issues it, not next to its number
(issue doc6): `Tiếp đó, vào ngày 10/5, UBND huyện … đã ra Quyết định số …`. Texts written
by the project's authors: the names, places and numbers are invented."""

from __future__ import annotations

import pytest

from conftest import run

PUBLISHED = "2019-06-20T08:00:00+07:00"


def _facts(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    doc = run(text, published=PUBLISHED)
    return [(d.type, d.number, d.date, d.issuer) for d in doc.article.documents]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The date leads the sentence after a few words, not at its very start.
        (
            "Để siết kỷ luật công vụ, ngày 14-2-2019, Ban Thường vụ Tỉnh ủy Hòa Sơn ban hành Chỉ thị số "
            "12-CT/TU về nêu gương.",
            ("Chỉ thị", "12", "2019-02-14", "Ban Thường vụ Tỉnh ủy Hòa Sơn"),
        ),
        (
            "Trước đó ngày 25/3, Ban Chấp hành Trung ương Đảng ban hành Quy định số 81 về công tác cán bộ.",
            ("Quy định", "81", "2019-03-25", "Ban Chấp hành Trung ương Đảng"),
        ),
        # Two day expressions: the one nearest the verb dates it; a part of the day leads it.
        (
            "Sự việc xảy ra hôm 13/6, chiều 15/6, Chủ tịch UBND tỉnh Hòa Sơn Lê Văn Tám đã ký công văn số "
            "2244/UBND-NC gửi Công an tỉnh.",
            ("Công văn", "2244", "2019-06-15", "UBND tỉnh Hòa Sơn"),
        ),
        # `ra` and `có` issue a numbered document when its issuer stands right before them.
        (
            "Ngay sau đó, vào ngày 10/5, UBND huyện Đông Lâm đã ra Quyết định số 911/QĐ-UBND về việc tạm "
            "đình chỉ công tác.",
            ("Quyết định", "911", "2019-05-10", "UBND huyện Đông Lâm"),
        ),
        (
            "Ngày 4.1.2019, UBND tỉnh Hòa Sơn có Tờ trình số 02/TTr-UBND đề nghị Thường trực Tỉnh ủy cho ý "
            "kiến.",
            ("Tờ trình", "02", "2019-01-04", "UBND tỉnh Hòa Sơn"),
        ),
        (
            "Vừa qua, Cục Hải quan tỉnh Hòa Sơn đã có Công văn số 1569/HQHS-TCCB báo cáo Bộ Tài chính.",
            ("Công văn", "1569", None, "Cục Hải quan tỉnh Hòa Sơn"),
        ),
        # A chair signs in the name of a local body.
        (
            "Tháng 12/2005, Phó Chủ tịch UBND tỉnh Hòa Sơn Nguyễn Văn Đức ký Quyết định 6565 phê duyệt quy "
            "hoạch.",
            ("Quyết định", "6565", None, "UBND tỉnh Hòa Sơn"),
        ),
        # A plenum of the Central Committee after `của`.
        (
            "Kinh tế tập thể đã được xác định tại Nghị quyết số 13 của Hội nghị Trung ương 5 (khóa IX) về "
            "hợp tác xã.",
            ("Nghị quyết", "13", None, "Ban Chấp hành Trung ương Đảng"),
        ),
    ],
)
def test_date_and_issuer_from_the_clause(text: str, expected: tuple[str, str | None, str | None, str | None]) -> None:
    assert _facts(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A reporting verb between the date and the issuing makes the date the report's.
        (
            "Ngày 6/10, phát biểu bế mạc hội nghị, Bí thư Tỉnh ủy cho biết, Ban Thường vụ Tỉnh ủy Hòa Sơn đã "
            "ban hành Quy định số 15 về nêu gương.",
            ("Quy định", "15", None, "Ban Thường vụ Tỉnh ủy Hòa Sơn"),
        ),
        # Not yet issued: the date is someone else's act.
        (
            "Đến ngày 18-1-2011, Sở Tài nguyên có báo cáo, văn phòng UBND tỉnh Hòa Sơn đã lập thủ tục, trình "
            "lãnh đạo UBND tỉnh Hòa Sơn xem xét ban hành Quyết định 704 về ranh giới đất.",
            ("Quyết định", "704", None, "UBND tỉnh Hòa Sơn"),
        ),
        # A date after an earlier citation dates that one, not the next.
        (
            "Thực hiện Chỉ thị số 05 ngày 15/5/2016, UBND tỉnh Hòa Sơn ban hành Kế hoạch số 77 về học tập.",
            None,
        ),
        # `có` with no issuer before it issues nothing.
        ("Ngày 5/3, trong đó có Quyết định 45 về đất đai của tỉnh.", ("Quyết định", "45", None, None)),
    ],
)
def test_clause_forms_that_date_or_issue_nothing(
    text: str, expected: tuple[str, str | None, str | None, str | None] | None
) -> None:
    facts = _facts(text)
    if expected is None:
        plan = next(f for f in facts if f[0] == "Kế hoạch")
        assert plan[2] is None
    else:
        assert facts == [expected]


def test_regression_an_issuer_phrase_ending_a_longer_name_is_no_issuer() -> None:
    # `Quốc hội` read inside `Trung ương Cứu quốc Hội` overrode the symbol's Party issuer.
    facts = _facts(
        "Ngày 7/11/1948, Ban Thường vụ Trung ương Cứu quốc Hội đã ban hành Chỉ thị số 35-CT/TW về việc lập "
        "chi bộ."
    )
    assert facts == [("Chỉ thị", "35", "1948-11-07", "Bộ Chính trị")]


def test_regression_a_signers_name_is_not_part_of_the_issuer() -> None:
    # The place read after `UBND TP` ran on through the signer's name.
    facts = _facts("Năm 2005, Phó Chủ tịch UBND TP Hòa Sơn Nguyễn Văn Đức ký quyết định 6565 về quy hoạch.")
    assert facts == [("Quyết định", "6565", None, "UBND TP Hòa Sơn")]


def test_a_central_chair_signing_does_not_make_the_body_the_issuer() -> None:
    facts = _facts("Chủ tịch Quốc hội Trần Văn Nam đã ký ban hành Nghị quyết số 85/NQ-HĐXYZ về bầu cử.")
    assert [f[3] for f in facts] == [None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tỉnh quán triệt quy định số 51 và quy định số 231 của Ban Bí thư về quan hệ công tác.",
            [("Quy định", "51", None, "Ban Bí thư"), ("Quy định", "231", None, "Ban Bí thư")],
        ),
        (
            "Thành phố làm theo tinh thần Nghị quyết 32, Kết luận 72 của Bộ Chính trị.",
            [("Nghị quyết", "32", None, "Bộ Chính trị"), ("Kết luận", "72", None, "Bộ Chính trị")],
        ),
        # A type whose issuer its kind fixes takes none from a neighbour of another type.
        (
            "Việc bán đất vi phạm Nghị định 91 và Quyết định số 1087 của Ban Thường vụ Tỉnh ủy Hòa Sơn.",
            [("Nghị định", "91", None, None), ("Quyết định", "1087", None, "Ban Thường vụ Tỉnh ủy Hòa Sơn")],
        ),
        # A date after the first ends the list.
        (
            "Theo Quyết định 45 ngày 3/4/2018 và Chỉ thị 7 của Thủ tướng Chính phủ, tỉnh đã làm.",
            [("Quyết định", "45", "2018-04-03", None), ("Chỉ thị", "7", None, "Thủ tướng Chính phủ")],
        ),
    ],
)
def test_a_list_shares_the_issuer_after_its_last_citation(
    text: str, expected: list[tuple[str, str | None, str | None, str | None]]
) -> None:
    assert _facts(text) == expected


def test_regression_two_type_words_before_one_issuer() -> None:
    # `quy định số 51 và quy định số 231 của Ban Bí thư`: the first had no issuer.
    assert _facts("Căn cứ quy định số 51 và quy định số 231 của Ban Bí thư.")[0][3] == "Ban Bí thư"
