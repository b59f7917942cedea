"""The commune/ward table (`gazetteer/wards.tsv`, compiled by scripts/build_wards.py): it parses,
its counts are the official ones, its provinces are provinces.tsv's, and its 2025 lineage holds."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

import pytest

from diembao.data import data_text, load_tsv

COLUMNS = ["code", "name", "bare", "unit", "district", "province", "era", "formed_from"]
UNITS = {"pre2025": {"Phường", "Xã", "Thị trấn"}, "post2025": {"Phường", "Xã", "Đặc khu"}}


def wards() -> tuple[dict[str, str], ...]:
    return load_tsv("gazetteer/wards.tsv")


def by_era(era: str) -> dict[str, dict[str, str]]:
    return {row["code"]: row for row in wards() if row["era"] == era}


def province_names(*eras: str) -> set[str]:
    return {row["name"] for row in load_tsv("gazetteer/provinces.tsv") if row["era"] in eras}


def test_columns_and_every_row_complete():
    header = next(line for line in data_text("gazetteer/wards.tsv").splitlines() if not line.startswith("#"))
    assert header.split("\t") == COLUMNS
    for row in wards():
        assert list(row) == COLUMNS and None not in row.values(), row


def test_counts_are_the_official_ones():
    # 10,035 communes on the eve of 1 July 2025 (GSO), 3,321 after (the 34 provinces' resolutions).
    assert 9_900 <= len(by_era("pre2025")) <= 10_700
    assert len(by_era("post2025")) == 3_321
    assert Counter(row["era"] for row in wards()).keys() == {"pre2025", "post2025"}


@pytest.mark.parametrize("era", ["pre2025", "post2025"])
def test_codes_unique_within_an_era(era):
    codes = [row["code"] for row in wards() if row["era"] == era]
    assert len(codes) == len(set(codes))
    assert all(re.fullmatch(r"\d{5}", code) for code in codes)


@pytest.mark.parametrize(("era", "provinces", "count"), [
    ("pre2025", ("pre2025", "both"), 63),
    ("post2025", ("post2025", "both"), 34),
])
def test_provinces_are_those_of_provinces_tsv(era, provinces, count):
    seen = {row["province"] for row in wards() if row["era"] == era}
    assert seen <= province_names(*provinces)
    assert len(seen) == count


def test_names_nfc_and_name_is_unit_then_bare():
    for row in wards():
        for field in ("name", "bare", "district", "province"):
            assert unicodedata.normalize("NFC", row[field]) == row[field], row
        assert row["name"] == f"{row['unit']} {row['bare']}", row
        assert row["unit"] in UNITS[row["era"]], row
        assert row["bare"] and row["bare"] == row["bare"].strip(), row


def test_district_only_before_2025_lineage_only_after():
    for row in wards():
        if row["era"] == "pre2025":
            assert row["district"] and not row["formed_from"], row
        else:
            assert not row["district"], row


def test_every_old_unit_went_somewhere_and_lineage_names_old_codes():
    old = by_era("pre2025")
    went: set[str] = set()
    for row in by_era("post2025").values():
        for part in filter(None, row["formed_from"].split("|")):
            assert part.lstrip("~") in old, (row["name"], part)
            went.add(part.lstrip("~"))
    assert went == set(old)


# Public facts of the 2025 reorganisation, one row each: (era, name, district, province, formed from).
FACTS = [
    ("pre2025", "Phường Bến Nghé", "Quận 1", "TP Hồ Chí Minh", None),
    ("pre2025", "Thị trấn Cái Bè", "Huyện Cái Bè", "Tiền Giang", None),
    ("post2025", "Phường Sài Gòn", "", "TP Hồ Chí Minh", "Phường Bến Nghé"),
    ("post2025", "Xã Cái Bè", "", "Đồng Tháp", "Thị trấn Cái Bè"),
    ("post2025", "Đặc khu Phú Quốc", "", "An Giang", "Phường Dương Đông"),
    ("post2025", "Phường Ba Đình", "", "Hà Nội", "Phường Quán Thánh"),
]


@pytest.mark.parametrize(("era", "name", "district", "province", "part"), FACTS)
def test_known_units(era, name, district, province, part):
    rows = [row for row in wards() if row["era"] == era and row["name"] == name and row["province"] == province]
    assert len(rows) == 1, (name, rows)
    assert rows[0]["district"] == district
    if part:
        old = by_era("pre2025")
        parts = {old[code.lstrip("~")]["name"] for code in rows[0]["formed_from"].split("|")}
        assert part in parts
