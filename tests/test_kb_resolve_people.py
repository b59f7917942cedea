"""Person resolution (kb/people.py): name forms, the rules for and against a merge, and the
defects of issue 10 (namesakes merged, one person split, things made persons, body aliases).
Every text is written for these tests, in the style of provincial news; the names are invented
except for well-known foreign leaders' surnames."""

from __future__ import annotations

import pytest

from diembao.kb import KnowledgeBase
from diembao.kb.keys import district_province, locality_of, name_form, org_key
from diembao.kb.people import Context, Profile, decide, judge
from fixtures.kb.builders import article


@pytest.mark.parametrize(("name", "kind", "tail"), [
    ("Nguyễn Hữu Thắng", "full", "hữu thắng"),
    ("Tô Lâm", "full", None),
    ("Hữu Thắng", "short", "hữu thắng"),
    ("Donald Trump", "full", "trump"),
    ("Trump", "single", "trump"),
    ("Tuấn", "thing", None),  # one Vietnamese syllable: could be anyone
    ("Kim", "thing", None),  # a family name alone
    ("La Liga", "thing", None),  # a league (data/kb/not_persons.txt)
    ("Hoàn Kiếm", "thing", None),  # a district of the gazetteer
    ("Lê Chân", "full", None),  # a district whose name is also a person's (bare = no)
    ("T.T.", "thing", None),  # initials
])
def test_name_forms(name: str, kind: str, tail: str | None) -> None:
    form = name_form(name)
    assert (form.kind, form.tail) == (kind, tail)


@pytest.mark.parametrize(("body", "locality", "province"), [
    ("UBND huyện Tương Dương", ("district", "tương dương"), "Nghệ An"),
    ("Huyện ủy Ba Vì", ("district", "ba vì"), "Hà Nội"),
    ("Đảng ủy xã Hợp Minh", ("commune", "hợp minh"), None),
    ("UBND huyện Châu Thành tỉnh Long An", ("district", "châu thành"), None),  # several provinces have one
    ("Tỉnh ủy Sơn La", None, None),
    # A district named by a number (`Quận 5` in the gazetteer) and a committee that repeats its level.
    ("UBND quận 5", ("district", "5"), "TP Hồ Chí Minh"),
    ("Quận ủy quận 5", ("district", "5"), "TP Hồ Chí Minh"),
    ("Huyện ủy huyện Tương Dương", ("district", "tương dương"), "Nghệ An"),
    ("Thị ủy thị xã Tân Châu", ("district", "tân châu"), None),
    ("UBND phường 5", ("commune", "5"), None),  # numbered wards are in many cities
])
def test_localities_of_bodies(body: str, locality: tuple[str, str] | None, province: str | None) -> None:
    key = org_key(body)
    assert locality_of(key) == locality
    found = district_province(key)
    assert (found.name if found else None) == province


@pytest.mark.parametrize(("a", "b"), [
    ("UBND TP Hà Nội", "UBND Hà Nội"),
    ("Công an Tp.Hà Nội", "Công an Hà Nội"),
    ("EU", "Liên minh châu Âu"),
    ("Lầu Năm Góc", "Bộ Quốc phòng Mỹ"),
    ("Sở GD-ĐT tỉnh Sơn La", "Sở Giáo dục và Đào tạo Sơn La"),
])
def test_body_aliases_are_one_key(a: str, b: str) -> None:
    assert org_key(a) == org_key(b)


def test_a_city_that_is_no_province_keeps_its_word() -> None:
    assert org_key("UBND thành phố Vinh") == "ủy ban nhân dân thành phố vinh"


NONE: frozenset[int] = frozenset()


@pytest.mark.parametrize(("mention", "candidate", "places", "support", "against"), [
    # Same body.
    (Context(bodies=frozenset({1}), provinces=frozenset({10})), Profile(1, {1}, {10}), NONE,
     ("shared-body", "same-province"), ()),
    # Offices in two provinces, nothing shared.
    (Context(bodies=frozenset({2}), provinces=frozenset({11})), Profile(1, {1}, {10}), NONE, (), ("other-province",)),
    # Two districts of one province.
    (Context(bodies=frozenset({2}), provinces=frozenset({10}), localities=frozenset({("district", "a")})),
     Profile(1, {1}, {10}, {("district", "b")}), NONE, ("same-province",), ("other-district",)),
    # National bodies on both sides.
    (Context(bodies=frozenset({2}), national=True), Profile(1, {1}, national=True), NONE, ("national",), ()),
    # No office, in the candidate's province.
    (Context(article_place=10), Profile(1, {1}, {10}), NONE, ("article-place",), ()),
    # No office, in a province the candidate never was.
    (Context(article_place=11), Profile(1, {1}, {10}), frozenset({10}), (), ("other-article-place",)),
    # The same office of no body (a former head of state reported from a province he visits).
    (Context(article_place=11, titles=frozenset({"chủ tịch nước"})),
     Profile(1, {1}, {10}, titles={"chủ tịch nước"}), frozenset({10}), ("shared-office",), ()),
    # Another office of no body: no support, and an office of its own is no bare mention.
    (Context(article_place=11, titles=frozenset({"phó chủ tịch nước"})),
     Profile(1, {1}, {10}, titles={"chủ tịch nước"}), frozenset({10}), (), ()),
    # A candidate with no body of a province whose articles were all elsewhere.
    (Context(bodies=frozenset({2}), provinces=frozenset({11})), Profile(1), frozenset({10}), (),
     ("articles-elsewhere",)),
])
def test_judge(mention: Context, candidate: Profile, places: frozenset[int], support: tuple, against: tuple) -> None:
    verdict = judge(mention, candidate, lambda: places)
    assert (verdict.support, verdict.against) == (support, against)


def test_a_head_of_state_is_not_refused_a_bare_mention_for_the_articles_place() -> None:
    # regression: a former Chủ tịch nước named in five provinces' articles was five persons
    verdict = judge(Context(article_place=11), Profile(1, {1}, {10}, titles={"chủ tịch nước"}),
                    lambda: frozenset({10}), lambda: 3)
    assert verdict.against == ()


def test_a_prominent_official_is_not_refused_for_the_articles_place() -> None:
    verdict = judge(Context(article_place=11), Profile(1, {1}, {10}), lambda: frozenset({10}), lambda: 200)
    assert verdict.against == ()


@pytest.mark.parametrize(("form", "counts", "chosen", "rule"), [
    ("Hữu Thắng", {1: 5}, 1, "short-form-only-candidate"),
    ("Hữu Thắng", {1: 5, 2: 4}, None, "no-person"),  # two full names it could be
    ("Nguyễn Văn Bảy", {1: 30, 2: 2}, 1, "dominant-candidate"),
    ("Nguyễn Văn Bảy", {1: 3, 2: 2}, None, "new"),
])
def test_decide_without_context(form: str, counts: dict[int, int], chosen: int | None, rule: str) -> None:
    verdicts = [judge(Context(), Profile(i, {i}, {i}), lambda: NONE) for i in counts]
    decision = decide(name_form(form), Context(), verdicts, lambda _i: False, counts.__getitem__)
    assert (decision.id, decision.rule) == (chosen, rule)


# --- the defects of issue 10, on synthetic knowledge bases ---------------------------------------


def test_namesakes_in_three_provinces_stay_three(kb: KnowledgeBase) -> None:
    """`Nguyễn Văn Thắng` was one entity for a provincial chairman, a suspect elsewhere and a farmer."""
    kb.add_articles([
        article("a", "Kỳ họp HĐND tỉnh", "Ông Nguyễn Văn Sáu, Chủ tịch UBND tỉnh Hậu Giang, phát biểu.",
                persons=[("Nguyễn Văn Sáu", [("Chủ tịch", "UBND tỉnh Hậu Giang")])], places=["Hậu Giang"]),
        article("b", "Khởi tố vụ khai thác gỗ trái phép", "Bị can Nguyễn Văn Sáu bị bắt tại Kon Tum.",
                persons=[("Nguyễn Văn Sáu", [])], places=["Kon Tum"]),
        article("c", "Nông dân làm giàu", "Ông Nguyễn Văn Sáu, nông dân ở Thái Bình, trồng lúa hữu cơ.",
                persons=[("Nguyễn Văn Sáu", [])], places=["Thái Bình"]),
    ])
    people = kb.person("Nguyễn Văn Sáu")
    assert len(people) == 3
    assert sorted(len(p.articles) for p in people) == [1, 1, 1]


def test_one_persons_forms_join(kb: KnowledgeBase) -> None:
    """`Trump` / `Donald Trump` and `Hữu Thắng` / `Nguyễn Hữu Thắng` were separate entities."""
    kb.add_articles([
        article("a", "Tổng thống Mỹ Donald Trump thăm châu Á", "Tổng thống Mỹ Donald Trump đến Hà Nội.",
                persons=[("Donald Trump", [])]),
        article("b", "Trump phát biểu", "Trump nói về thương mại.", persons=[("Trump", [])]),
        article("c", "Ông Nguyễn Hữu Quang nhận nhiệm vụ mới",
                "Ông Nguyễn Hữu Quang, Giám đốc Sở Y tế tỉnh Đồng Tháp.",
                persons=[("Nguyễn Hữu Quang", [("Giám đốc", "Sở Y tế tỉnh Đồng Tháp")])], places=["Đồng Tháp"]),
        article("d", "Hữu Quang kiểm tra bệnh viện", "Hữu Quang kiểm tra bệnh viện tỉnh.",
                persons=[("Hữu Quang", [])], places=["Đồng Tháp"]),
    ])
    [trump] = kb.person("Donald Trump")
    assert {a.id for a in trump.articles} == {"a", "b"}
    assert kb.person("Trump") == [] or kb.person("Trump")[0].id == trump.id
    [quang] = kb.person("Nguyễn Hữu Quang")
    assert {a.id for a in quang.articles} == {"c", "d"}


def test_fragments_and_things_are_no_persons(kb: KnowledgeBase) -> None:
    """`Moon`, `Kim`, `Tuấn`, `La Liga` and a Hà Nội district were person entities."""
    kb.add_articles([article("a", "Thể thao và thời sự", "La Liga khởi tranh. Kim và Moon gặp nhau. Tuấn về Hoàn Kiếm.",
                             persons=[("La Liga", []), ("Kim", []), ("Moon", []), ("Tuấn", []),
                                      ("Hoàn Kiếm", [])])])
    assert kb.counts()["persons"] == 0


def test_district_officials_of_two_districts_stay_apart(kb: KnowledgeBase) -> None:
    """Two district bodies with no province in their names were `national` and so merged."""
    kb.add_articles([
        article("a", "Tin huyện", "Ông Lê Văn Mười, Chủ tịch UBND huyện Tương Dương.",
                persons=[("Lê Văn Mười", [("Chủ tịch", "UBND huyện Tương Dương")])]),
        article("b", "Tin huyện", "Ông Lê Văn Mười, Phó Chủ tịch UBND huyện Ba Vì.",
                persons=[("Lê Văn Mười", [("Phó Chủ tịch", "UBND huyện Ba Vì")])]),
    ])
    people = kb.person("Lê Văn Mười")
    assert sorted(p.scope for p in people) == ["Hà Nội", "Nghệ An"]


@pytest.mark.parametrize(("title", "office"), [
    ("Chủ tịch nước", "chủ tịch nước"),
    ("nguyên Chủ tịch nước", "chủ tịch nước"),
    ("cựu Phó Chủ tịch nước", "phó chủ tịch nước"),
    ("Bí thư", None),  # an office in a body: the body says which
    ("Chủ tịch", None),
])
def test_an_office_of_no_body_is_known_by_its_title(title: str, office: str | None) -> None:
    from diembao.lexicon.persons import office_of_no_body

    assert office_of_no_body(title) == office
