"""Resolution across articles: one entity per person, body, document and meeting; namesakes kept
apart; offices as a dated timeline; the evidence of every merge; replaced articles; and results
that do not depend on batch boundaries."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from diembao.kb import KnowledgeBase
from diembao.kb.keys import document_key, org_key, parent_key, place_key, symbol_key
from diembao.record import Document
from fixtures.kb.builders import RESOLUTION_22, article, world


@pytest.fixture()
def full(kb: KnowledgeBase) -> KnowledgeBase:
    kb.add_articles(world())
    return kb


# --- keys ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(("a", "b"), [
    ("HĐND tỉnh Tiền Giang", "Hội đồng nhân dân tỉnh Tiền Giang"),
    ("UBND TP.HCM", "Ủy ban nhân dân thành phố Hồ Chí Minh"),
    ("Uỷ ban nhân dân tỉnh Khánh Hoà", "ỦY BAN NHÂN DÂN TỈNH KHÁNH HÒA"),
    ("Trung ương Đảng", "Ban Chấp hành Trung ương Đảng"),
    ("BCH Trung ương", "Ban Chấp hành Trung ương Đảng"),
    ("Ban Thường vụ Tỉnh ủy Tiền Giang", "BTV Tỉnh ủy Tiền Giang"),
    ("Ban Chấp hành TƯ", "Ban Chấp hành Trung ương Đảng"),
    ("Ủy ban Kiểm tra T.Ư", "Ủy ban Kiểm tra Trung ương"),
    # the ministries' abbreviations, joined or split by a dash or an ampersand
    ("Bộ GD-ĐT", "Bộ Giáo dục và Đào tạo"),
    ("Bộ GD&ĐT", "Bộ Giáo dục và Đào tạo"),
    ("Sở GD-ĐT tỉnh Long An", "Sở Giáo dục và Đào tạo tỉnh Long An"),
    ("Bộ GTVT", "Bộ Giao thông Vận tải"),
    ("Bộ NN&PTNT", "Bộ Nông nghiệp và Phát triển nông thôn"),
    ("Bộ KH&ĐT", "Bộ Kế hoạch và Đầu tư"),
    ("Bộ KHCN", "Bộ Khoa học và Công nghệ"),
    ("Bộ TN&MT", "Bộ Tài nguyên và Môi trường"),
    ("Bộ LĐ-TB&XH", "Bộ Lao động - Thương binh và Xã hội"),
    ("Bộ VH-TT&DL", "Bộ Văn hóa, Thể thao và Du lịch"),
    ("Bộ TT&TT", "Bộ Thông tin và Truyền thông"),
])
def test_one_body_many_spellings(a: str, b: str) -> None:
    assert org_key(a) == org_key(b)


@pytest.mark.parametrize(("a", "b"), [
    # `tư` is a word (`đầu tư`, `tư pháp`); only `TƯ` in capitals stands for Trung ương
    ("Bộ Kế hoạch và Đầu tư", "Bộ Kế hoạch và Đầu Trung ương"),
    ("Sở Tư pháp tỉnh Nam Định", "Sở Trung ương pháp tỉnh Nam Định"),
    ("Trung tâm TT tỉnh Long An", "Trung tâm Thông tin và Truyền thông tỉnh Long An"),
])
def test_bodies_that_are_not_one(a: str, b: str) -> None:
    assert org_key(a) != org_key(b)


@pytest.mark.parametrize(("body", "parent"), [
    ("Ban Thường vụ Tỉnh ủy Tiền Giang", "tỉnh ủy tiền giang"),
    ("Thường trực HĐND tỉnh Tiền Giang", "hội đồng nhân dân tiền giang"),
    ("Ủy ban Kiểm tra Tỉnh ủy Long An", "tỉnh ủy long an"),
    ("Ban Tổ chức Trung ương", "ban chấp hành trung ương đảng"),
    ("Ban Chấp hành Trung ương Đảng", None),
    ("Ban Chỉ đạo phòng, chống tham nhũng", None),
    ("Tỉnh ủy Tiền Giang", None),
])
def test_parent_bodies(body: str, parent: str | None) -> None:
    assert parent_key(org_key(body)) == parent


@pytest.mark.parametrize(("doc", "key"), [
    (Document("Nghị quyết", "22", "22-NQ/TW", "2008-02-02"), "sym:22-NQ/TW@2008"),
    (Document("Nghị quyết", "22", "22 - NQ/TƯ"), "sym:22-NQ/TW"),
    (Document("Nghị định", "107", "107/2021/NĐ-CP", "2021-11-30"), "sym:107/2021/NĐ-CP"),
    (Document("Nghị quyết", "18", None, None, "Ban Chấp hành Trung ương Đảng"),
     "num:nghị quyết|18||ban chấp hành trung ương đảng"),
    (Document("Luật", None, None, None, None, "Luật Đất đai 2013"), "name:luật đất đai 2013"),
    (Document("Nghị quyết"), None),
])
def test_document_keys(doc: Document, key: str | None) -> None:
    assert document_key(doc) == key


def test_symbols_are_normalised() -> None:
    assert symbol_key(" 22-nq/tư ") == "22-NQ/TW"


@pytest.mark.parametrize(("name", "key"), [
    ("TP.HCM", "province:tp hồ chí minh"),
    ("Thành phố Hồ Chí Minh", "province:tp hồ chí minh"),
    ("tỉnh Tiền Giang", "province:tiền giang"),
    ("Cái Bè", "cái bè|district"),
])
def test_place_keys(name: str, key: str) -> None:
    assert place_key(name, "district")[0] == key


# --- persons ------------------------------------------------------------------------------------


def test_namesakes_in_two_provinces_are_two_people(full: KnowledgeBase) -> None:
    people = full.person("Trần Văn Đông")
    assert sorted(p.scope for p in people) == ["Long An", "Tiền Giang"]
    tien_giang = next(p for p in people if p.scope == "Tiền Giang")
    long_an = next(p for p in people if p.scope == "Long An")
    assert {a.id for a in tien_giang.articles} == {"tg-1", "tg-2", "tg-3"}
    assert {a.id for a in long_an.articles} == {"la-1"}


def test_the_evidence_of_every_merge_is_kept(full: KnowledgeBase) -> None:
    person = next(p for p in full.person("tran van dong") if p.scope == "Tiền Giang")
    rules = {r.article_id: (r.rule, r.detail) for r in person.resolutions}
    assert rules["tg-1"][0] == "new"
    assert rules["tg-2"] == ("shared-body", {"bodies": ["HĐND tỉnh Tiền Giang"], "provinces": ["Tiền Giang"],
                                             "score": 5, "support": ["shared-body", "same-province"]})
    other = next(p for p in full.person("tran van dong") if p.scope == "Long An")
    assert rules["tg-3"] == ("article-place", {"provinces": ["Tiền Giang"], "score": 1, "support": ["article-place"],
                                               "refused": [{"id": other.id, "against": ["other-article-place"]}]})
    assert other.resolutions[0].rule == "new"
    # The refusal to merge is evidence too: which candidate, and why not.
    assert other.resolutions[0].detail == {"scope": "Long An",
                                           "refused": [{"id": person.id, "against": ["other-province"]}]}


def test_offices_are_a_timeline(full: KnowledgeBase) -> None:
    person = next(p for p in full.person("Trần Văn Đông") if p.scope == "Tiền Giang")
    timeline = [(o.title, o.org, o.first_seen, o.last_seen, o.n_articles) for o in person.offices]
    assert timeline == [
        ("Phó Bí thư Thường trực", "Tỉnh ủy Tiền Giang", "2021-11-10", "2021-11-10", 1),
        ("Chủ tịch", "HĐND tỉnh Tiền Giang", "2021-11-10", "2022-09-03", 2),
    ]
    evidence = person.offices[1].evidence
    assert [(e.article_id, e.day, e.text) for e in evidence] == [("tg-1", "2021-11-10", "Chủ tịch"),
                                                                  ("tg-2", "2022-09-03", "Chủ tịch")]
    text = world()[0].text
    assert text[evidence[0].start:evidence[0].end] == "Chủ tịch"


def test_chaired_events(full: KnowledgeBase) -> None:
    person = next(p for p in full.person("Trần Văn Đông") if p.scope == "Tiền Giang")
    assert [(e.date, e.name, e.organizer, e.documents) for e in person.chaired] == [
        ("2021-11-10", "Hội nghị tổng kết Nghị quyết 22-NQ/TW", "Ban Thường vụ Tỉnh ủy Tiền Giang", ("22-NQ/TW",))]


def test_a_national_official_across_outlets_is_one_person(full: KnowledgeBase) -> None:
    [person] = full.person("Đỗ Minh Quân")
    assert {a.id for a in person.articles} == {"hn-1", "vn-1"}
    assert [r.rule for r in person.resolutions] == ["new", "shared-body"]


@pytest.mark.parametrize(("second", "rule", "same"), [
    # Same body, other province in the article: the body decides.
    ([("Chủ tịch", "HĐND tỉnh Tiền Giang")], "shared-body", True),
    # Another body of the same province.
    ([("Bí thư", "Tỉnh ủy Tiền Giang")], "same-province", True),
    # A body of another province: a namesake.
    ([("Bí thư", "Tỉnh ủy Bến Tre")], "new", False),
    # A national body, while the first is provincial: a namesake.
    ([("Thứ trưởng", "Bộ Y tế")], "new", False),
    # No office at all, in an article of another province than the only person of that name
    # ever was: refused (a namesake is likelier than a local official reported from elsewhere).
    ([], "new", False),
])
def test_person_rules(kb: KnowledgeBase, second: list, rule: str, same: bool) -> None:
    first = article("a", "Kỳ họp HĐND", "Ông Lâm Văn Tư, Chủ tịch HĐND tỉnh Tiền Giang phát biểu.",
                    persons=[("Lâm Văn Tư", [("Chủ tịch", "HĐND tỉnh Tiền Giang")])], places=["Tiền Giang"])
    other = article("b", "Tin địa phương", "Ông Lâm Văn Tư dự buổi làm việc tại Bến Tre.",
                    persons=[("Lâm Văn Tư", second)], places=["Bến Tre"])
    kb.add_articles([first, other])
    people = kb.person("Lâm Văn Tư")
    assert len(people) == (1 if same else 2)
    rules = [r.rule for p in people for r in p.resolutions if r.article_id == "b"]
    assert rules == [rule]


def test_name_variants(kb: KnowledgeBase) -> None:
    kb.add_articles([
        article("a", "Tin", "Ông Lâm Văn Tư, Chủ tịch UBND tỉnh Bến Tre.",
                persons=[("Lâm Văn Tư", [("Chủ tịch", "UBND tỉnh Bến Tre")])]),
        article("b", "Tin", "Ông LÂM VĂN TƯ, Chủ tịch UBND tỉnh Bến Tre.",
                persons=[("LÂM VĂN TƯ", [("Chủ tịch", "Ủy ban nhân dân tỉnh Bến Tre")])]),
    ])
    [person] = kb.person("lam van tu")
    assert set(person.variants) == {"Lâm Văn Tư", "LÂM VĂN TƯ"}
    assert len(person.offices) == 1 and person.offices[0].n_articles == 2


# --- bodies, documents, events ------------------------------------------------------------------


def test_bodies_and_their_parents(full: KnowledgeBase) -> None:
    [board] = full.org("Ban Thường vụ Tỉnh ủy Tiền Giang")
    assert board.parent == "Tỉnh ủy Tiền Giang"
    assert board.place == "Tiền Giang"
    [committee] = full.org("tinh uy tien giang")
    assert committee.children == ("Ban Thường vụ Tỉnh ủy Tiền Giang",)
    assert [(m.person, m.title) for m in committee.members] == [("Trần Văn Đông", "Phó Bí thư Thường trực")]
    [council] = full.org("HĐND tỉnh Tiền Giang")
    assert {a.id for a in council.articles} == {"tg-1", "tg-2"}


def test_one_document_many_citations(full: KnowledgeBase) -> None:
    [doc] = full.document("22-NQ/TW")
    assert (doc.symbol, doc.date, doc.issuer, doc.n_citations) == ("22-NQ/TW", "2008-02-02",
                                                                  "Ban Chấp hành Trung ương Đảng", 2)
    assert [(c.article.id, c.article.day, c.article.place) for c in doc.citations] == [
        ("tg-1", "2021-11-10", "Tiền Giang"), ("la-1", "2023-02-20", "Long An")]
    assert [e.name for e in doc.events] == ["Hội nghị tổng kết Nghị quyết 22-NQ/TW"]
    merged = {r: d for r, d in full.store.all(
        "SELECT rule, detail FROM resolutions WHERE kind = 'document' AND entity_id = ?", (doc.id,))}
    assert merged["symbol-single"] == '{"key": "sym:22-NQ/TW@2008"}'


@pytest.mark.parametrize("lookup", ["22-NQ/TW", "22-nq/tw", "Nghị quyết 22", "nghị quyết 22"])
def test_document_lookups(full: KnowledgeBase, lookup: str) -> None:
    assert [d.symbol for d in full.document(lookup)] == ["22-NQ/TW"]


def test_same_symbol_two_years_are_two_documents(kb: KnowledgeBase) -> None:
    kb.add_articles([
        article("a", "Tin", "Thực hiện Nghị quyết 22-NQ/TW ngày 2-2-2008.", documents=[RESOLUTION_22]),
        article("b", "Tin", "Thực hiện Nghị quyết 22-NQ/TW ngày 10-4-2013 về hội nhập quốc tế.",
                documents=[{**RESOLUTION_22, "date": "2013-04-10"}]),
        article("c", "Tin", "Thực hiện Nghị quyết 22-NQ/TW.", documents=[{"type": "Nghị quyết", "symbol": "22-NQ/TW"}]),
    ])
    docs = kb.document("22-NQ/TW")
    assert [(d.year, d.n_citations) for d in docs] == [("2008", 1), ("2013", 1), (None, 1)]


def test_one_meeting_reported_twice_is_one_event(kb: KnowledgeBase) -> None:
    meeting = {"type": "Hội nghị", "name": "Hội nghị Tỉnh ủy lần thứ 12", "date": "2023-04-05",
               "organizer": "Tỉnh ủy Bến Tre"}
    kb.add_articles([
        article("a", "Hội nghị Tỉnh ủy lần thứ 12", "Sáng 5-4, Tỉnh ủy Bến Tre tổ chức Hội nghị Tỉnh ủy lần thứ 12.",
                events=[meeting]),
        article("b", "Bến Tre: Hội nghị Tỉnh ủy lần thứ 12", "Hội nghị Tỉnh ủy lần thứ 12 diễn ra ngày 5-4.",
                events=[meeting]),
        # No organizer, in another province (a report without an organizer in the same province
        # joins: test_kb_truth_events.py).
        article("c", "Hội nghị khác", "Sáng 5-4, Hội nghị Tỉnh ủy lần thứ 12 tại Long An.",
                events=[{**meeting, "organizer": None}], places=["Long An"]),
    ])
    found = kb.events(type="hoi nghi")
    assert sorted(e.articles for e in found) == [("a", "b"), ("c",)]


def test_events_filters(full: KnowledgeBase) -> None:
    assert [e.type for e in full.events()] == ["Hội thảo", "Hội nghị"]
    assert [e.type for e in full.events(type="Hội nghị")] == ["Hội nghị"]
    assert [e.type for e in full.events(place="Hà Nội")] == ["Hội thảo"]
    assert [e.type for e in full.events(since="2022")] == ["Hội thảo"]
    assert [e.type for e in full.events(until="2021-12")] == ["Hội nghị"]
    assert full.events(type="Lễ") == ()


def test_places_know_the_2025_provinces(full: KnowledgeBase) -> None:
    rows = dict(full.store.all("SELECT name, province_2025 FROM places"))
    assert rows["Tiền Giang"] == "Đồng Tháp"
    assert rows["Long An"] == "Tây Ninh"
    assert rows["Hà Nội"] == "Hà Nội"


# --- replacing articles, and order -------------------------------------------------------------


def test_a_changed_article_replaces_its_facts(kb: KnowledgeBase) -> None:
    kb.add_articles(world())
    before = kb.counts()
    changed = article("la-1", "Long An đẩy mạnh phòng, chống dịch",
                      "Chiều 20-2, Sở Y tế tỉnh Long An tổ chức hội nghị.",
                      ["Bà Huỳnh Thị Lan, Phó Giám đốc Sở Y tế tỉnh Long An báo cáo."],
                      published="2023-02-21T08:00:00+07:00",
                      persons=[("Huỳnh Thị Lan", [("Phó Giám đốc", "Sở Y tế tỉnh Long An")])], places=["Long An"])
    report = kb.add_articles([changed])
    assert (report.replaced, report.added) == (1, 0)
    names = {p.scope for p in kb.person("Trần Văn Đông")}
    assert names == {"Tiền Giang"}  # the Long An namesake had only that article
    [doc] = kb.document("22-NQ/TW")
    assert [c.article.id for c in doc.citations] == ["tg-1"]
    assert kb.person("Huỳnh Thị Lan")[0].offices[0].first_seen == "2023-02-21"
    assert kb.search("Huỳnh Thị Lan").hits[0].article.id == "la-1"
    assert kb.search('"báo cáo tại hội nghị"').hits == ()  # the old words left the index
    after = kb.counts()
    assert after["articles"] == before["articles"]
    assert after["persons"] == before["persons"]  # one namesake gone, one new person


def test_putting_back_the_old_text_restores_the_old_knowledge(tmp_path: Path) -> None:
    with KnowledgeBase(tmp_path / "a.sqlite", create=True) as a:
        a.add_articles(world())
        original = a.counts()
        edited = world()[1].with_(lead="Nội dung đã sửa.", persons=())
        a.add_articles([edited])
        a.add_articles([world()[1]])
        assert a.counts() == original


@pytest.mark.parametrize("cuts", [[1], [2, 4], [1, 2, 3, 4, 5]])
def test_batch_boundaries_do_not_matter(tmp_path: Path, cuts: list[int]) -> None:
    articles = world()
    with KnowledgeBase(tmp_path / "once.sqlite", create=True) as once:
        once.add_articles(articles)
        expected = once.checksum()
    with KnowledgeBase(tmp_path / "pieces.sqlite", create=True) as pieces:
        bounds = [0, *cuts, len(articles)]
        for start, end in itertools.pairwise(bounds):
            pieces.add_articles(articles[start:end])
        assert pieces.checksum() == expected


def test_adding_twice_changes_nothing(full: KnowledgeBase) -> None:
    counts, checksum = full.counts(), full.checksum()
    report = full.add_articles(world())
    assert (report.added, report.replaced, report.unchanged) == (0, 0, len(world()))
    assert full.counts() == counts
    assert full.checksum() == checksum
