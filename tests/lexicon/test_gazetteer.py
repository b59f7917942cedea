"""The administrative gazetteer: table integrity, look-ups, the 2025 mergers, slugs in web addresses."""

from __future__ import annotations

import pytest

from diembao.lexicon.files import load_tsv
from diembao.lexicon.gazetteer import DISTRICTS, UNIT_KINDS, gazetteer
from diembao.text import fold_key


def names(places) -> set[str]:
    return {p.name for p in places}


# --- the tables --------------------------------------------------------------------------------


def test_63_provinces_before_2025():
    before = gazetteer().provinces_before_2025()
    assert len(before) == 63
    assert len(names(before)) == 63
    assert sum(p.kind == "city" for p in before) == 5  # Hà Nội, Hải Phòng, Đà Nẵng, TP HCM, Cần Thơ


def test_34_provinces_after_2025():
    after = gazetteer().provinces_after_2025()
    assert len(after) == 34
    assert sum(p.kind == "city" for p in after) == 6  # and Huế


def test_every_pre_2025_province_maps_to_a_post_2025_one():
    after = names(gazetteer().provinces_after_2025())
    for place in gazetteer().provinces_before_2025():
        assert place.merged_into in after, place.name


def test_post_2025_provinces_each_hold_some_pre_2025_one():
    held = {p.merged_into for p in gazetteer().provinces_before_2025()}
    assert names(gazetteer().provinces_after_2025()) == held


def test_every_district_lies_in_a_known_province():
    before = names(gazetteer().provinces_before_2025())
    rows = load_tsv(DISTRICTS)
    assert len(rows) > 700
    for row in rows:
        assert row["province"] in before, row
        assert row["unit"] in UNIT_KINDS, row


def test_no_district_is_listed_twice_in_one_province():
    seen: set[tuple[str, str, str]] = set()
    for row in load_tsv(DISTRICTS):
        key = (row["province"], row["unit"], fold_key(row["name"]))
        assert key not in seen, row
        seen.add(key)


def test_each_current_province_has_districts():
    counts: dict[str, int] = {}
    for row in load_tsv(DISTRICTS):
        if not row["until"]:
            counts[row["province"]] = counts.get(row["province"], 0) + 1
    assert set(counts) == names(gazetteer().provinces_before_2025())
    assert 690 <= sum(counts.values()) <= 720


# --- look-ups ----------------------------------------------------------------------------------


@pytest.mark.parametrize(("written", "canonical"), [
    ("TP.HCM", "TP Hồ Chí Minh"),
    ("TPHCM", "TP Hồ Chí Minh"),
    ("TP HCM", "TP Hồ Chí Minh"),
    ("tp. hồ chí minh", "TP Hồ Chí Minh"),
    ("Thành phố Hồ Chí Minh", "TP Hồ Chí Minh"),
    ("VN", "Việt Nam"),
    ("Thanh Hoá", "Thanh Hóa"),
    ("Khánh Hoà", "Khánh Hòa"),
    ("BR-VT", "Bà Rịa - Vũng Tàu"),
    ("Bà Rịa-Vũng Tàu", "Bà Rịa - Vũng Tàu"),
    ("Thừa Thiên - Huế", "Thừa Thiên Huế"),
    ("Đắc Lắc", "Đắk Lắk"),
    ("Bắc Cạn", "Bắc Kạn"),
    ("ĐBSCL", "Đồng bằng sông Cửu Long"),
    ("Hoa Kỳ", "Mỹ"),
    ("Thụy Sỹ", "Thụy Sĩ"),
    ("Nhật", "Nhật Bản"),
    ("Mát-xcơ-va", "Moskva"),
    ("Phan Rang-Tháp Chàm", "Phan Rang - Tháp Chàm"),
    ("Làng Nủ", "Làng Nủ"),  # unknown: returned as given
])
def test_canonical(written, canonical):
    assert gazetteer().canonical(written) == canonical


@pytest.mark.parametrize(("name", "kind", "province"), [
    ("Cái Bè", "district", "Tiền Giang"),
    ("Tĩnh Gia", "district", "Thanh Hóa"),
    ("Vĩnh Yên", "city", "Vĩnh Phúc"),
    ("Quận 9", "district", "TP Hồ Chí Minh"),
    ("Cai Lậy", "town", "Tiền Giang"),  # a thị xã and a huyện of that name
    ("Thủ Đức", "city", "TP Hồ Chí Minh"),
    ("Côn Đảo", "district", "Bà Rịa - Vũng Tàu"),
])
def test_district_lookup(name, kind, province):
    assert kind in {p.kind for p in gazetteer().lookup(name) if p.province == province}


def test_a_name_of_two_places_puts_the_province_first():
    kinds = [(p.kind, p.unit) for p in gazetteer().lookup("Trà Vinh")]
    assert kinds == [("province", None), ("city", "thành phố")]


@pytest.mark.parametrize(("name", "expected"), [
    ("Tiền Giang", "Tiền Giang"),
    ("tiền giang", "Tiền Giang"),
    ("TP.HCM", "TP Hồ Chí Minh"),
    ("Huế", "Huế"),
    ("Hà Tây", "Hà Tây"),
    ("Cái Bè", None),
    ("Mỹ", None),
    ("Tây Nguyên", None),
])
def test_province(name, expected):
    place = gazetteer().province(name)
    assert (place.name if place else None) == expected
    assert gazetteer().is_province(name) == (expected is not None)


@pytest.mark.parametrize(("name", "merged_into"), [
    ("Tiền Giang", "Đồng Tháp"),
    ("Hà Giang", "Tuyên Quang"),
    ("Bình Dương", "TP Hồ Chí Minh"),
    ("BR-VT", "TP Hồ Chí Minh"),
    ("Quảng Nam", "Đà Nẵng"),
    ("Kon Tum", "Quảng Ngãi"),
    ("Thừa Thiên Huế", "Huế"),
    ("Hà Tây", "Hà Nội"),
    ("Thanh Hóa", "Thanh Hóa"),
    ("Cái Bè", "Đồng Tháp"),  # a district: the province that holds its province now
    ("Mỹ", None),
])
def test_merged_into(name, merged_into):
    assert gazetteer().merged_into(name) == merged_into


@pytest.mark.parametrize(("address", "province"), [
    ("quoidien.vinhlong.gov.vn", "Vĩnh Long"),
    ("baoninhbinh.org.vn", "Ninh Bình"),
    ("https://baolaocai.vn/tu-khoa/thong-qua-nghi-quyet.html", "Lào Cai"),
    ("https://www.baobackan.com.vn/post58663.html", "Bắc Kạn"),
    ("quangnam.gov.vn", "Quảng Nam"),
    ("baoquangninh.vn", "Quảng Ninh"),
    ("thuathienhue.gov.vn", "Thừa Thiên Huế"),
    ("hue.gov.vn", "Huế"),
    ("hanoimoi.vn", "Hà Nội"),
    ("baobariavungtau.com.vn", "Bà Rịa - Vũng Tàu"),
    ("ba-ria-vung-tau.gov.vn", "Bà Rịa - Vũng Tàu"),
    ("baoapbac.vn", "Tiền Giang"),
    ("https://nld.com.vn/thoi-su.htm", None),
    ("vnexpress.net", None),
    ("", None),
    ("nhathanhhoang.vn", None),  # regression: a slug inside another word names no province
])
def test_province_from_slug(address, province):
    assert gazetteer().province_from_slug(address) == province


def test_bare_ho_chi_minh_is_read_only_after_an_administrative_word():
    entries = gazetteer().entries("Hồ Chí Minh")
    assert entries and not any(a.bare for a in entries)
    assert all(a.bare for a in gazetteer().entries("TP.HCM"))


def test_alias_shown_as_written_or_under_the_name():
    assert {a.shown for a in gazetteer().entries("Hoa Kỳ")} == {"Hoa Kỳ"}
    assert {a.shown for a in gazetteer().entries("VN")} == {"Việt Nam"}
