"""Foreign bodies (kb/foreign.py): no foreign official holds an office of a Vietnamese state
body. `org "Chính phủ"` listed the prime ministers of the United Kingdom, Israel and Australia,
`Bộ Quốc phòng` the US and Russian defence ministers. The sentences are written for these tests;
the officials' names are public figures' as the press writes them."""

from __future__ import annotations

import pytest

from diembao.kb import KnowledgeBase
from diembao.kb.foreign import is_state_body
from diembao.kb.keys import org_key
from fixtures.kb.builders import article

# (title as written, the body the extraction gives, country, name): a list of foreign officials.
FOREIGN = [
    ("Thủ tướng", "Chính phủ", "Anh", "Keir Starmer"),
    ("Thủ tướng", "Chính phủ", "Israel", "Benjamin Netanyahu"),
    ("Thủ tướng", "Chính phủ", "Úc", "Anthony Albanese"),
    ("Bộ trưởng Quốc phòng", "Bộ Quốc phòng", "Mỹ", "Lloyd Austin"),
    ("Bộ trưởng Quốc phòng", "Bộ Quốc phòng", "Nga", "Sergei Shoigu"),
    ("Tổng thống", "Nhà nước", "Nga", "Vladimir Putin"),
    ("Ngoại trưởng", "Bộ Ngoại giao", "Trung Quốc", "Vương Nghị"),
    ("Chủ tịch", "Quốc hội", "Hàn Quốc", "Woo Won-shik"),
]


def _foreign_articles() -> list:
    out = []
    for n, (title, body, country, name) in enumerate(FOREIGN):
        text = f"{title} {country} {name} cho biết sẽ tăng cường hợp tác với Việt Nam."
        out.append(article(f"f{n}", f"{title} {country} phát biểu", text,
                           persons=[(name, [(title, body)])], places=[country]))
    # A foreign name with the country only elsewhere in the article.
    out.append(article("g1", "Hội đàm quốc phòng", "Ông Lloyd Austin, Bộ trưởng Quốc phòng, thăm Mỹ Tho? Không: "
                       "Mỹ và Việt Nam ký thỏa thuận.", persons=[("Lloyd Austin", [("Bộ trưởng", "Bộ Quốc phòng")])],
                       places=["Mỹ"]))
    # Vietnamese officials, also beside a country name: they keep Việt Nam's bodies.
    out.append(article("v1", "Thủ tướng tiếp Đại sứ", "Thủ tướng Phạm Minh Hòa tiếp Đại sứ Việt Nam tại Mỹ "
                       "Nguyễn Văn Tám.", persons=[("Phạm Minh Hòa", [("Thủ tướng", "Chính phủ")]),
                                                  ("Nguyễn Văn Tám", [("Đại sứ", "Bộ Ngoại giao")])],
                       places=["Mỹ"]))
    return out


@pytest.fixture()
def kb_foreign(kb: KnowledgeBase) -> KnowledgeBase:
    kb.add_articles(_foreign_articles())
    return kb


def test_no_foreign_official_holds_an_office_of_a_vietnamese_state_body(kb_foreign: KnowledgeBase) -> None:
    foreign = {name for *_rest, name in FOREIGN}
    rows = kb_foreign.store.all(
        "SELECT p.name, o.title, g.name FROM offices AS o JOIN persons AS p ON p.id = o.person_id "
        "JOIN organizations AS g ON g.id = o.org_id")
    wrong = [(p, t, g) for p, t, g in rows if p in foreign and is_state_body(g) and org_key(g) in
             {org_key(b) for _t, b, _c, _n in FOREIGN}]
    assert wrong == []


@pytest.mark.parametrize(("name", "body"), [
    ("Keir Starmer", "Chính phủ Anh"),
    ("Lloyd Austin", "Bộ Quốc phòng Mỹ"),
    ("Vladimir Putin", "Nhà nước Nga"),
    ("Vương Nghị", "Bộ Ngoại giao Trung Quốc"),
    ("Phạm Minh Hòa", "Chính phủ"),
    ("Nguyễn Văn Tám", "Bộ Ngoại giao"),
])
def test_a_foreign_body_is_keyed_with_its_country(kb_foreign: KnowledgeBase, name: str, body: str) -> None:
    [person] = kb_foreign.person(name)
    assert org_key(body) in {org_key(o.org or "") for o in person.offices}


def test_the_pentagon_is_the_us_defence_ministry(kb_foreign: KnowledgeBase) -> None:
    [austin] = kb_foreign.person("Lloyd Austin")
    assert {org_key(o.org or "") for o in austin.offices} == {org_key("Lầu Năm Góc")}


def test_an_office_without_a_body_gets_the_one_convention_gives(kb: KnowledgeBase) -> None:
    """GUIDELINES: `Thủ tướng` -> `Chính phủ`, `Tổng Bí thư` -> the Central Committee; a foreign
    holder's is then his country's."""
    kb.add_articles([
        article("t1", "Thủ tướng làm việc", "Thủ tướng Phạm Minh Hòa làm việc với tỉnh.",
                persons=[("Phạm Minh Hòa", [("Thủ tướng", None)])]),
        article("t2", "Hội đàm", "Thủ tướng Anh Keir Starmer hội đàm trực tuyến.",
                persons=[("Keir Starmer", [("Thủ tướng", None)])], places=["Anh"]),
    ])
    assert [o.org for o in kb.person("Phạm Minh Hòa")[0].offices] == ["Chính phủ"]
    assert [o.org for o in kb.person("Keir Starmer")[0].offices] == ["Chính phủ Anh"]


@pytest.mark.parametrize(("name", "foreign"), [
    ("Trump", True), ("Mohammed", True), ("Donald Trump", True), ("Keir Starmer", True),
    ("Hùng", False), ("Nguyễn Văn Tám", False), ("Lan", False),
])
def test_a_foreign_surname_alone_is_a_foreign_name(name: str, foreign: bool) -> None:
    from diembao.kb.foreign import foreign_name

    assert foreign_name(name) is foreign


def test_a_foreign_surname_alone_holds_no_vietnamese_state_body(kb: KnowledgeBase) -> None:
    # regression: `Trump` named alone, with an office the text gave a Vietnamese default body
    kb.add_articles([
        article("us-0", "Tổng thống Mỹ Donald Trump phát biểu", "Tổng thống Mỹ Donald Trump phát biểu tại Nhà Trắng.",
                persons=[("Donald Trump", [("Tổng thống", None)])]),
        article("us-1", "Nhà Trắng công bố nhân sự", "Ông Trump chọn người giữ chức Bộ trưởng Giáo dục.",
                persons=[("Trump", [("Bộ trưởng", "Bộ Giáo dục")])]),
    ])
    rows = kb.store.all("SELECT g.name FROM offices AS o JOIN persons AS p ON p.id = o.person_id "
                        "LEFT JOIN organizations AS g ON g.id = o.org_id WHERE p.name = 'Donald Trump' "
                        "AND o.title = 'Bộ trưởng'")
    assert rows and all(g is None or not is_state_body(g) or org_key(g) != org_key("Bộ Giáo dục") for (g,) in rows)
