"""A party committee's place written with its admin word (issue 9, pattern 8): the committee
already says the level, so `Tỉnh ủy tỉnh Hòa Sơn` is `Tỉnh ủy Hòa Sơn` written once, while a
numbered district and an abbreviated `TP` keep theirs. Sentences written by the project's authors."""

from __future__ import annotations

import pytest

from conftest import run


def _orgs(text: str) -> set[str]:
    return {o.name for o in run(text).article.organizations}


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("Thường trực Tỉnh ủy tỉnh Hòa Sơn họp chiều 5/3.", "Tỉnh ủy Hòa Sơn", "Tỉnh ủy tỉnh Hòa Sơn"),
        ("Ông Lê Văn Tâm nhận nhiệm vụ Bí thư Quận ủy quận Đông Lâm.", "Quận ủy Đông Lâm", "Quận ủy quận Đông Lâm"),
        ("Ban Thường vụ Thành ủy Thành phố Hà Nội họp.", "Ban Thường vụ Thành ủy Hà Nội", "Thành ủy Thành phố Hà Nội"),
        ("Huyện ủy huyện Tân Lâm ra thông báo.", "Huyện ủy Tân Lâm", "Huyện ủy huyện Tân Lâm"),
        ("Quận ủy Quận 1 họp chiều qua.", "Quận ủy Quận 1", "Quận ủy 1"),
        ("Thành ủy TP Quảng Ngãi họp chiều qua.", "Thành ủy TP Quảng Ngãi", "Thành ủy Quảng Ngãi"),
    ],
)
def test_regression_committee_place_admin_word_written_once(text: str, present: str, absent: str) -> None:
    orgs = _orgs(text)
    assert absent not in orgs
    assert present in orgs


@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("Doanh nghiệp tiêu biểu gồm Cty CP Dược Lâm Viên; Cty TNHH Bia Tân Hưng.", "Cty CP Dược Lâm Viên"),
        ("Doanh nghiệp tiêu biểu gồm Cty CP Dược Lâm Viên; Cty TNHH Bia Tân Hưng.", "Cty TNHH Bia Tân Hưng"),
        ("Tổng Cty Điện lực Miền Đông ký kết hợp đồng.", "Tổng Cty Điện lực Miền Đông"),
    ],
)
def test_regression_cty_abbreviation_heads_a_company(text: str, present: str) -> None:
    """Defect: `Cty` (the press's short `Công ty`) headed no body, so the company was lost."""
    assert present in _orgs(text)
