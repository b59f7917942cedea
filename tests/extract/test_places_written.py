"""A known place is recorded as the article spells it (issue 9, pattern C): the guidelines
compare the written form, so `Italy` stays `Italy`, not the table's `Ý`; only abbreviations
(`VN`, `TP.HCM`) are written out. Sentences written by the project's authors."""

from __future__ import annotations

import pytest

from diembao.extract import places
from diembao.extract.doc import Doc
from diembao.record import Article


def names(body: str) -> set[str]:
    doc = places.annotate(Doc.of(Article(id="t", body=(body,))))
    return {loc.name for loc in doc.article.locations}


CASES = [
    # another spelling of a country or a province: as written
    ("Đoàn công tác của tỉnh thăm Italy và Thụy Sỹ.", {"Italy", "Thụy Sỹ"}),
    ("Ông Tuấn từng học tập tại Cu Ba.", {"Cu Ba"}),
    ("Lãnh đạo tỉnh Đăk Nông tiếp đoàn.", {"Đăk Nông"}),
    ("Hội nghị diễn ra tại Thừa Thiên - Huế.", {"Thừa Thiên - Huế"}),
    # abbreviations are written out under the table's name
    ("Doanh nghiệp VN xuất khẩu sang Mỹ.", {"Việt Nam", "Mỹ"}),
    ("Sở Xây dựng TP.HCM kiểm tra công trình.", {"TP Hồ Chí Minh"}),
    # the name after its administrative word keeps the table's form where the table's form
    # holds the written one (`Thành phố Hồ Chí Minh` is `TP Hồ Chí Minh`)
    ("Đoàn thăm Thành phố Hồ Chí Minh và tỉnh Bến Tre.", {"TP Hồ Chí Minh", "Bến Tre"}),
    # a dash spaced otherwise is no other spelling
    ("Các nước Timor - Leste, Jordan", {"Timor-Leste", "Jordan"}),
]


@pytest.mark.parametrize(("body", "expected"), CASES)
def test_written_form(body: str, expected: set[str]) -> None:
    assert names(body) == expected


def test_regression_canonical_name_replaced_the_written_one() -> None:
    """Defect: `Moscow` came out as `Moskva`, which the scorer counted as one miss and one invention."""
    assert "Moscow" in names("Phái đoàn Nga từ Moscow đến Hà Nội.")
