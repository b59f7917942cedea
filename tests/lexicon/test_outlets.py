"""The outlet table and its look-ups: tags, web addresses, names, lead tags, provinces in hosts."""

from __future__ import annotations

from collections import Counter

import pytest

from diembao.lexicon.outlets import (
    KINDS,
    Outlet,
    by_host,
    by_name,
    by_tag,
    host_of,
    is_tag,
    name_keys,
    outlets,
    province_from_host,
    split_tag,
)

# The 63 provinces and centrally-run cities before the 2025 mergers, as the table writes them.
PROVINCES_2024 = """An Giang|Bà Rịa - Vũng Tàu|Bạc Liêu|Bắc Giang|Bắc Kạn|Bắc Ninh|Bến Tre|Bình Dương
|Bình Định|Bình Phước|Bình Thuận|Cà Mau|Cao Bằng|Cần Thơ|Đà Nẵng|Đắk Lắk|Đắk Nông|Điện Biên|Đồng Nai
|Đồng Tháp|Gia Lai|Hà Giang|Hà Nam|Hà Nội|Hà Tĩnh|Hải Dương|Hải Phòng|Hậu Giang|Hòa Bình|Hưng Yên
|Khánh Hòa|Kiên Giang|Kon Tum|Lai Châu|Lâm Đồng|Lạng Sơn|Lào Cai|Long An|Nam Định|Nghệ An|Ninh Bình
|Ninh Thuận|Phú Thọ|Phú Yên|Quảng Bình|Quảng Nam|Quảng Ngãi|Quảng Ninh|Quảng Trị|Sóc Trăng|Sơn La
|Tây Ninh|Thái Bình|Thái Nguyên|Thanh Hóa|Thừa Thiên Huế|Tiền Giang|TP Hồ Chí Minh|Trà Vinh
|Tuyên Quang|Vĩnh Long|Vĩnh Phúc|Yên Bái""".replace("\n", "").split("|")

# A slice of the gazetteer's slug -> province mapping, as diembao's gazetteer supplies it.
SLUGS = {
    "tiengiang": "Tiền Giang", "ninhbinh": "Ninh Bình", "vinhlong": "Vĩnh Long", "gialai": "Gia Lai",
    "hungyen": "Hưng Yên", "thanhhoa": "Thanh Hóa", "binhthuan": "Bình Thuận", "quangnam": "Quảng Nam",
    "bacninh": "Bắc Ninh", "hoabinh": "Hòa Bình", "danang": "Đà Nẵng", "yenbai": "Yên Bái",
    "hanam": "Hà Nam", "laocai": "Lào Cai", "daklak": "Đắk Lắk", "ba-ria-vung-tau": "Bà Rịa - Vũng Tàu",
}


def _name(outlet: Outlet | None) -> str | None:
    return outlet.name if outlet else None


# --- the table itself --------------------------------------------------------------------------


def test_table_loads_with_known_kinds() -> None:
    table = outlets()
    assert len(table) > 100
    assert all(o.kind in KINDS for o in table)
    assert all(o.name and o.name == o.name.strip() for o in table)


def test_tags_domains_and_names_are_unique() -> None:
    tags = Counter(t.casefold() for o in outlets() for t in o.tags)
    domains = Counter(d for o in outlets() for d in o.domains)
    keys = Counter(k for o in outlets() for k in name_keys(o))
    assert [t for t, n in tags.items() if n > 1] == []
    assert [d for d, n in domains.items() if n > 1] == []
    assert [k for k, n in keys.items() if n > 1] == []


def test_domains_are_bare_hosts() -> None:
    for outlet in outlets():
        assert outlet.domains, outlet.name
        for domain in outlet.domains:
            assert domain == host_of(domain), domain
            assert "/" not in domain and not domain.startswith("www.")


def test_every_province_has_its_party_paper() -> None:
    provincial = {o.province for o in outlets() if o.kind == "provincial" and o.name.startswith("Báo")}
    assert len(PROVINCES_2024) == 63
    assert sorted(set(PROVINCES_2024) - provincial) == []


def test_province_only_where_a_province_publishes() -> None:
    for outlet in outlets():
        if outlet.kind == "provincial":
            assert outlet.province in PROVINCES_2024, outlet.name
        elif outlet.province is not None:
            assert outlet.kind in {"radio-tv", "portal"} and outlet.province in PROVINCES_2024


def test_every_tag_reads_as_a_tag() -> None:
    for outlet in outlets():
        for tag in outlet.tags:
            assert is_tag(tag), tag
            assert by_tag(tag) == outlet


# --- by_tag ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("tag", "expected"),
    [
        ("ABO", "Báo Ấp Bắc"),
        ("(ABO)", "Báo Ấp Bắc"),
        ("( abo )", "Báo Ấp Bắc"),
        ("BGĐT", "Báo Bắc Giang"),
        ("bgđt", "Báo Bắc Giang"),
        ("QNO", "Báo Quảng Nam"),
        ("NTO", "Báo Ninh Thuận"),
        ("QBĐT", "Báo Quảng Bình"),
        ("Baonghean", "Báo Nghệ An"),
        ("Baonghean.vn", "Báo Nghệ An"),
        ("TTXVN", "Thông tấn xã Việt Nam"),
        ("VNA", "Thông tấn xã Việt Nam"),
        ("TTXVN/Vietnam+", "Báo điện tử VietnamPlus"),
        ("Vietnam+", "Báo điện tử VietnamPlus"),
        ("ĐCSVN", "Báo điện tử Đảng Cộng sản Việt Nam"),
        ("QĐND", "Báo Quân đội nhân dân"),
        ("QĐND Online", "Báo Quân đội nhân dân"),
        ("SGGPO", "Báo Sài Gòn Giải Phóng"),
        ("HNMO", "Báo Hà Nội Mới"),
        ("HNM", "Báo Hà Nội Mới"),
        ("NLĐO", "Báo Người Lao Động"),
        ("PLO", "Báo Pháp Luật TP.HCM"),
        ("VOV.VN", "Đài Tiếng nói Việt Nam"),
        ("VOV", "Đài Tiếng nói Việt Nam"),
        ("Dân trí", "Báo điện tử Dân trí"),
        ("DÂN TRÍ", "Báo điện tử Dân trí"),
        ("GD&TĐ", "Báo Giáo dục và Thời đại"),
        ("Chinhphu.vn", "Báo Điện tử Chính phủ"),
        ("TCCS", "Tạp chí Cộng sản"),
        ("XYZ", None),
        ("", None),
        ("()", None),
        ("Ảnh: Minh Tâm/TTXVN", None),
        ("Nguồn: TTXVN", None),
    ],
)
def test_by_tag(tag: str, expected: str | None) -> None:
    assert _name(by_tag(tag)) == expected


# --- by_host -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("baoapbac.vn", "Báo Ấp Bắc"),
        ("m.baoapbac.vn", "Báo Ấp Bắc"),
        ("https://www.baoapbac.vn/chinh-tri/202111/bai-viet-123/", "Báo Ấp Bắc"),
        ("HTTPS://WWW.BAOAPBAC.VN:443/x", "Báo Ấp Bắc"),
        ("baoninhbinh.org.vn", "Báo Ninh Bình"),
        ("https://baoninhbinh.org.vn/s/abc?page=2", "Báo Ninh Bình"),
        ("http://www.baomoi.com/a/c/21468692.epi", "Báo Mới"),
        ("https://lite.baomoi.com/x.epi", "Báo Mới"),
        ("https://nld.com.vn/bai-viet.html", "Báo Người Lao Động"),
        ("vnexpress.net", "VnExpress"),
        ("https://news.zing.vn/x.html", "Znews"),
        ("https://chinhphu.vn/", "Cổng Thông tin điện tử Chính phủ"),
        ("https://baochinhphu.vn/x.htm", "Báo Điện tử Chính phủ"),
        ("dangcongsan.vn", "Báo điện tử Đảng Cộng sản Việt Nam"),
        ("tapchicongsan.org.vn", "Tạp chí Cộng sản"),
        ("http://baovinhlong.com.vn/chinh-tri/201807/x/", "Báo Vĩnh Long"),
        ("example.com", None),
        ("notbaoapbac.vn", None),
        ("baoapbac.vn.example.com", None),
        ("", None),
        ("vn", None),
    ],
)
def test_by_host(url: str, expected: str | None) -> None:
    assert _name(by_host(url)) == expected


@pytest.mark.parametrize(
    ("url", "host"),
    [
        ("https://www.baoapbac.vn/a?b=c", "baoapbac.vn"),
        ("www.baoapbac.vn", "baoapbac.vn"),
        ("//m.baoapbac.vn/x", "m.baoapbac.vn"),
        ("http://user@BaoApBac.VN.:8080/", "baoapbac.vn"),
        ("not a url", ""),
    ],
)
def test_host_of(url: str, host: str) -> None:
    assert host_of(url) == host


# --- by_name -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Báo Ấp Bắc", "Báo Ấp Bắc"),
        ("báo ấp bắc", "Báo Ấp Bắc"),
        ("  Báo   Ấp Bắc ", "Báo Ấp Bắc"),
        ("Ấp Bắc", "Báo Ấp Bắc"),
        ("Báo Khánh Hoà", "Báo Khánh Hòa"),
        ("Báo Thanh Hoá", "Báo Thanh Hóa"),
        ("Kinh tế và Đô thị", "Báo Kinh tế & Đô thị"),
        ("Báo Kinh tế & Đô thị", "Báo Kinh tế & Đô thị"),
        ("VnExpress", "VnExpress"),
        ("Tuổi Trẻ", "Báo Tuổi Trẻ"),
        ("Nhân Dân", "Báo Nhân Dân"),
        ("Báo Mới", "Báo Mới"),
        ("Thông tấn xã Việt Nam", "Thông tấn xã Việt Nam"),
        ("Dân trí", "Báo điện tử Dân trí"),
        ("Báo Dân trí", "Báo điện tử Dân trí"),
        ("Báo Đồng Khởi", "Báo Đồng Khởi"),
        ("Báo Không Có Thật", None),
        ("", None),
    ],
)
def test_by_name(name: str, expected: str | None) -> None:
    assert _name(by_name(name)) == expected


# --- split_tag ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lead", "tag", "rest"),
    [
        ("(ABO) Sáng 10-11, Ban Thường vụ", "ABO", "Sáng 10-11, Ban Thường vụ"),
        ("(ABO) - Sáng 10-11", "ABO", "Sáng 10-11"),
        ("(ABO)- Sáng 10-11", "ABO", "Sáng 10-11"),
        ("(ABO)-Sáng 10-11", "ABO", "Sáng 10-11"),
        ("  (ABO) – Sáng", "ABO", "Sáng"),
        ("(ĐCSVN) – Chiều 5-4", "ĐCSVN", "Chiều 5-4"),
        ("(NLĐO)- Với số phiếu", "NLĐO", "Với số phiếu"),
        ("(QBĐT) - Phát biểu", "QBĐT", "Phát biểu"),
        ("(TTXVN/Vietnam+) - Sáng nay", "TTXVN/Vietnam+", "Sáng nay"),
        ("(QĐND Online) - Sáng nay", "QĐND Online", "Sáng nay"),
        ("(Dân trí) - Cục Cảnh sát", "Dân trí", "Cục Cảnh sát"),
        ("(Baonghean) - Lịch sử", "Baonghean", "Lịch sử"),
        ("(GD&TĐ) - Sáng nay", "GD&TĐ", "Sáng nay"),
        ("(XYZO) - Sáng nay", "XYZO", "Sáng nay"),  # tag-shaped, not in the table
        ("(ABO)", "ABO", ""),
        ("TTO - Sáng nay", "TTO", "Sáng nay"),
        ("VOV.VN - Sáng nay", "VOV.VN", "Sáng nay"),
        # not tags
        ("Công tác bồi thường, giải phóng mặt bằng (GPMB) được đẩy nhanh", None, None),
        ("(Ảnh: Minh Tâm/TTXVN) Nhân kỷ niệm", None, None),
        ("(Ảnh minh họa) Một chiếc nhẫn", None, None),
        ("(Nguồn: Reuters) Đài Sputnik đưa tin", None, None),
        ("(P.2) Những biến thể", None, None),
        ("(2021) Báo cáo", None, None),
        ("(A) Phương án", None, None),
        ("(TP.HCM) - Sáng nay", None, None),
        ("(UBND) - Sáng nay", None, None),
        ("(hà nội) - Sáng nay", None, None),
        ("(ĐÂY LÀ MỘT CÂU RẤT DÀI) x", None, None),
        ("ABO Sáng nay", None, None),  # a bare tag needs its dash
        ("Hà Nội - Sáng nay", None, None),
        ("Sáng 10-11 (ABO) - x", None, None),
        ("", None, None),
    ],
)
def test_split_tag(lead: str, tag: str | None, rest: str | None) -> None:
    assert split_tag(lead) == (tag, lead if rest is None else rest)


# --- provinces in hosts ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("quoidien.vinhlong.gov.vn", "Vĩnh Long"),
        ("https://quoidien.vinhlong.gov.vn/tin-tuc", "Vĩnh Long"),
        ("baoninhbinh.org.vn", "Ninh Bình"),
        ("https://baoninhbinh.org.vn/s/x?page=34", "Ninh Bình"),
        ("tiengiang.gov.vn", "Tiền Giang"),
        ("tuyengiaotiengiang.vnpttiengiang.vn", "Tiền Giang"),
        ("tinhuygialai.org.vn", "Gia Lai"),
        ("ubkt.hungyen.dcs.vn", "Hưng Yên"),
        ("tuyphong.binhthuan.dcs.vn", "Bình Thuận"),
        ("https://quangnam.gov.vn/webcenter/portal", "Quảng Nam"),
        ("http://caophong.hoabinh.gov.vn/chinh-tri/1115", "Hòa Bình"),
        ("https://www.danang.gov.vn/web/guest", "Đà Nẵng"),
        ("https://yenbai.gov.vn/noidung", "Yên Bái"),
        ("baohanam.com.vn", "Hà Nam"),
        ("baobacninhtv.vn", "Bắc Ninh"),
        ("thanhhoa24h.net.vn", "Thanh Hóa"),
        ("sotp.laocai.gov.vn", "Lào Cai"),
        ("sotplaocai.gov.vn", "Lào Cai"),
        ("bariavungtau.gov.vn", "Bà Rịa - Vũng Tàu"),
        ("ba-ria-vung-tau.gov.vn", "Bà Rịa - Vũng Tàu"),
        # longest slug wins; on equal length the rightmost label
        ("ninhbinh.hanam.gov.vn", "Ninh Bình"),
        ("daklak.laocai.gov.vn", "Lào Cai"),
        # not a province
        ("vnexpress.net", None),
        ("baoapbac.vn", None),
        ("nhathanhhoang.vn", None),  # `thanhhoa` inside a word does not count
        ("xyzninhbinh.vn", None),  # nor after an unknown prefix
        ("tiengiangxyz.vn", None),  # nor before an unknown suffix
        ("tiengiang", None),  # a lone label is a top-level domain
        ("", None),
    ],
)
def test_province_from_host(url: str, expected: str | None) -> None:
    assert province_from_host(url, SLUGS) == expected


def test_province_from_host_prefers_the_longest_slug() -> None:
    slugs = {"giang": "Giang", "tiengiang": "Tiền Giang"}
    assert province_from_host("giang.tiengiang.gov.vn", slugs) == "Tiền Giang"
    assert province_from_host("tiengiang.giang.gov.vn", slugs) == "Tiền Giang"


def test_province_from_host_with_no_slugs() -> None:
    assert province_from_host("tiengiang.gov.vn", {}) is None
