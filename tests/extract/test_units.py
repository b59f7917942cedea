"""The units stage: a commune, ward or district named inside a facility's name or in a list, on
sentences written by the project's authors in the style of city and provincial news."""

from __future__ import annotations

import pytest

from conftest import run
from diembao.extract import context, places, units
from diembao.extract.doc import Doc
from diembao.record import Article


def locations(body: str, published: str | None = "2019-05-10") -> dict[str, str | None]:
    doc = Doc.of(Article(id="t", title="", body=(body,), published=published))
    for stage in (places, context, units):
        doc = stage.annotate(doc)
    return {loc.name: loc.kind for loc in doc.article.locations}


READ = [
    # a bridge, a church, a new urban area, a market: named after the unit they stand in
    ("Hà Nội đề xuất mở rộng cầu Vĩnh Tuy trong năm nay.", "Vĩnh Tuy", "ward"),
    ("Nhà thờ Thủ Thiêm ở TP.HCM sẽ được giữ lại.", "Thủ Thiêm", "ward"),
    ("TP.HCM đẩy nhanh tiến độ Khu đô thị mới Thủ Thiêm.", "Thủ Thiêm", "ward"),
    ("Tiểu thương chợ Bến Thành, TP.HCM lo mất khách.", "Bến Thành", "ward"),
    ("Hàng hóa ùn ứ tại cảng Cát Lái (TP.HCM) suốt tuần qua.", "Cát Lái", "ward"),
    ("Huyện Nhà Bè (TP.HCM) giao đất cho dự án cầu Bình Khánh.", "Bình Khánh", "commune"),
    # a district that the bridge word kept from being read
    ("Xe tải không được đi qua cầu Long Biên, Hà Nội.", "Long Biên", "district"),
    # power plants and schools
    ("Ông từng làm kỹ sư tại Nhà máy nhiệt điện Phả Lại (Hải Dương).", "Phả Lại", "ward"),
]


@pytest.mark.parametrize(("body", "name", "kind"), READ)
def test_a_unit_named_in_a_facility_is_a_location(body: str, name: str, kind: str) -> None:
    assert locations(body).get(name) == kind


NOT_READ = [
    # the unit lies in another province than the article's
    ("Lạng Sơn khởi công cầu Bình Khánh mới trên quốc lộ.", "Bình Khánh"),
    # a name that begins with a surname is a person's, whatever ward shares it
    ("Học sinh Trường THPT Nguyễn Trãi ở Hà Nội đạt giải.", "Nguyễn Trãi"),
    # the facility word is part of a common word
    ("Hà Nội yêu cầu Vĩnh Tuy báo cáo.", "Vĩnh Tuy"),
    # a longer name is another name
    ("Hà Nội làm cầu Vĩnh Tuy Mới Hoàn Toàn Khác Hẳn.", "Vĩnh Tuy"),
    # no province named or implied: nothing to check the unit against
    ("Cầu Vĩnh Tuy thông xe.", "Vĩnh Tuy"),
]


@pytest.mark.parametrize(("body", "name"), NOT_READ)
def test_no_location_without_the_province_the_unit_lies_in(body: str, name: str) -> None:
    assert name not in locations(body)


def test_the_units_of_the_articles_time() -> None:
    # `Tân Sơn Nhất` became a ward in 2025: before that, the airport's name is no place
    body = "Hành khách chờ lâu tại sân bay Tân Sơn Nhất, TP.HCM."
    assert "Tân Sơn Nhất" not in locations(body, "2019-05-10")
    assert "Tân Sơn Nhất" not in locations(body, None)
    assert locations(body, "2026-01-31").get("Tân Sơn Nhất") == "ward"


def test_a_place_already_read_is_not_added_twice() -> None:
    found = locations("Phường Vĩnh Tuy, Hà Nội đề xuất sửa cầu Vĩnh Tuy.")
    assert list(found).count("Vĩnh Tuy") == 1


LISTED = [
    # a list after one unit written with its word: the units of the same level
    ("Cấm xe tải ở quận Hoàn Kiếm, Hai Bà Trưng và Đống Đa, Hà Nội.", "2019-05-10", "Hai Bà Trưng", "district"),
    ("Hàng giả bán ở các địa bàn phường Hòa Khánh, Hòa Cường và Hòa Xuân của TP Đà Nẵng.", "2026-02-01",
     "Hòa Xuân", "ward"),
]


@pytest.mark.parametrize(("body", "published", "name", "kind"), LISTED)
def test_a_unit_listed_after_one_written_with_its_word(body: str, published: str, name: str, kind: str) -> None:
    assert locations(body, published).get(name) == kind


def test_an_address_is_no_list() -> None:
    # ward, district, city: the district is the places stage's, and no ward of that name is added
    found = locations("Gia đình ở phường Phúc Xá, Ba Đình, Hà Nội.")
    assert found.get("Ba Đình") == "district"
    assert found.get("Phúc Xá") == "ward"


BEFORE_PROVINCE = [
    ("Ông sinh ra ở xã Quang Thiện (Kim Sơn, Ninh Bình).", "Kim Sơn", "district"),
    ("Bị cáo Lê Văn Tùng (32 tuổi, quê Yên Khánh, Ninh Bình) có mặt tại tòa.", "Yên Khánh", "district"),
    ("Khu du lịch ven biển Đồ Sơn, Hải Phòng đón khách trở lại.", "Đồ Sơn", "district"),
]


@pytest.mark.parametrize(("body", "name", "kind"), BEFORE_PROVINCE)
def test_a_unit_named_before_its_province(body: str, name: str, kind: str) -> None:
    assert locations(body).get(name) == kind


NOT_BEFORE_PROVINCE = [
    # not a unit of the province that follows
    ("Ông chuyển từ Kim Sơn, Hà Giang về công tác.", "Kim Sơn"),
    # an address's street after a house number
    ("Ông qua đời tại nhà số 5A, Hoàng Diệu, Hà Nội.", "Hoàng Diệu"),
]


@pytest.mark.parametrize(("body", "name"), NOT_BEFORE_PROVINCE)
def test_no_unit_before_another_province_or_after_a_house_number(body: str, name: str) -> None:
    assert name not in locations(body)


@pytest.mark.parametrize(
    ("body", "persons"),
    [
        ("Ông Quang, quê xã Quang Thiện (Kim Sơn, Ninh Bình), là giáo sư.", {"Quang"}),
        # a cue still announces a name
        ("Ông Kim Sơn, Ninh Bình cho biết năm nay được mùa.", {"Kim Sơn"}),
    ],
)
def test_the_unit_before_its_province_is_no_person(body: str, persons: set[str]) -> None:
    assert {p.name for p in run(body).article.persons} == persons
