"""Full-text search: the query language, diacritic-insensitive and exact matching, snippets in the
article's own letters, filters, and queries that must fail cleanly."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from diembao.kb import KnowledgeBase, QueryError
from diembao.kb.analysis import index_text, loosen
from diembao.kb.search import highlight, make_snippet, parse_query
from fixtures.kb.builders import article, world


@pytest.fixture(scope="module")
def kb(tmp_path_factory: pytest.TempPathFactory) -> KnowledgeBase:
    path = tmp_path_factory.mktemp("kb") / "search.sqlite"
    base = KnowledgeBase(path, create=True)
    base.add_articles(world())
    yield base
    base.close()


def ids(result) -> set[str]:  # type: ignore[no-untyped-def]
    return {hit.article.id for hit in result.hits}


# --- the query language -------------------------------------------------------------------------


@pytest.mark.parametrize(("query", "groups", "excluded"), [
    ("vo van binh", [[("vo",)], [("van",)], [("binh",)]], []),
    ("Võ Văn Bình", [[("võ",)], [("văn",)], [("bình",)]], []),
    ('"Võ Văn Bình"', [[("võ", "văn", "bình")]], []),
    ('"vo van binh"', [[("vo", "van", "binh")]], []),
    ("22-NQ/TW", [[("22", "nq", "tw")]], []),
    ("hoà bình", [[("hòa",)], [("bình",)]], []),
    ("dang", [[("dang",)]], []),
    ("ĐẢNG", [[("đảng",)]], []),
    ("hội OR họp nghị", [[("hội",), ("họp",)], [("nghị",)]], []),
    ("tiền giang -long", [[("tiền",)], [("giang",)]], [("long",)]),
    ("tiền giang NOT long", [[("tiền",)], [("giang",)]], [("long",)]),
    ("chuyển* số", [[("chuyển",)], [("số",)]], []),
    ("!!! tiền ???", [[("tiền",)]], []),
])
def test_parse_query(query: str, groups: list, excluded: list) -> None:
    parsed = parse_query(query)
    assert [[t.words for t in g] for g in parsed.groups] == groups
    assert [t.words for t in parsed.excluded] == excluded


@pytest.mark.parametrize(("query", "exact"), [
    ("binh", False), ("Bình", True), ("dang", False), ("đang", True), ("22", False), ('"vo Văn"', True),
])
def test_a_word_with_marks_is_exact(query: str, exact: bool) -> None:
    assert parse_query(query).terms[0].exact is exact


def test_prefix_is_kept() -> None:
    assert parse_query("chuyển*").terms[0].prefix
    assert parse_query('"chuyển đổi"*').terms[0].prefix
    assert not parse_query("chuyển").terms[0].prefix


@pytest.mark.parametrize(("query", "message"), [
    ("", "nothing to search for"),
    ("   ", "nothing to search for"),
    ("!!! ???", "nothing to search for"),
    ("d*", "at least two letters"),
    ('"hội nghị', "not closed"),
    ('hội "nghị" "', "not closed"),
    ("OR", "OR"),
    ("hội OR", "OR"),
    ("OR hội", "OR"),
    ("hội OR OR nghị", "OR"),
    ("hội OR -nghị", "OR"),
    ("-hội", "at least one word"),
    ("NOT hội", "at least one word"),
    ("hội NOT", "NOT"),
    ("x" * 1001, "too long"),
    (" ".join(f"w{i}" for i in range(40)), "too many"),
])
def test_malformed_queries_are_errors(query: str, message: str) -> None:
    with pytest.raises(QueryError, match=message):
        parse_query(query)


# --- matching -----------------------------------------------------------------------------------


@pytest.mark.parametrize(("query", "expected"), [
    ("tran van dong", {"tg-1", "tg-2", "tg-3", "la-1"}),  # no marks: any marks
    ("TRAN VAN DONG", {"tg-1", "tg-2", "tg-3", "la-1"}),
    ("Trần Văn Đông", {"tg-1", "tg-2", "tg-3", "la-1"}),  # marks: exact
    ('"Trần Văn Đông"', {"tg-1", "tg-2", "tg-3", "la-1"}),
    ("Trân Văn Đông", set()),  # one mark off: nothing
    ("do minh quan", {"hn-1", "vn-1"}),  # đ -> d, which SQLite's remove_diacritics does not do
    ("đỗ minh quân", {"hn-1", "vn-1"}),
    ("Đông", {"tg-1", "tg-2", "tg-3", "la-1"}),  # not `đồng` (Đồng chí)
    ("dong chi", {"tg-1", "tg-3"}),  # loose `dong` is both `Đông` and `đồng`
    ("22-NQ/TW", {"tg-1", "la-1"}),
    ("107/2021/NĐ-CP", {"hn-1"}),
    ("107/2021/ND-CP", {"hn-1"}),
    ("tiền giang -kỳ", {"tg-1", "tg-3"}),
    ('"cải cách hành chính" OR "phòng, chống dịch"', {"hn-1", "la-1"}),
    ("chuyển*", set()),
    ("hưu*", {"tg-3"}),
    ("Quang cảnh", {"tg-1"}),  # captions are searched
    ("hoà", set()),
])
def test_search_matches(kb: KnowledgeBase, query: str, expected: set[str]) -> None:
    assert ids(kb.search(query, limit=50)) == expected


def test_tone_mark_placement_does_not_matter(tmp_path: Path) -> None:
    with KnowledgeBase(tmp_path / "kb.sqlite", create=True) as base:
        base.add_articles([article("a", "Khánh Hoà đón khách", "Du lịch Khánh Hoà phục hồi.")])
        assert ids(base.search("Khánh Hòa")) == {"a"}
        assert ids(base.search("khanh hoa")) == {"a"}


def test_title_ranks_first(kb: KnowledgeBase) -> None:
    hits = kb.search("phòng chống dịch Trần Văn Đông").hits
    assert hits[0].article.id == "la-1"
    assert all(a.score >= b.score for a, b in itertools.pairwise(hits))


def test_snippets_show_the_article_s_own_letters(kb: KnowledgeBase) -> None:
    hit = next(h for h in kb.search("tran van dong giam doc").hits if h.article.id == "la-1")
    marked = hit.snippet.marked()
    assert "[Trần Văn Đông, Giám đốc]" in marked  # the words side by side: one highlight
    text = next(a for a in world() if a.id == "la-1").text
    assert text[hit.snippet.start:hit.snippet.end].replace("\n", " ") == hit.snippet.text


def test_title_highlights(kb: KnowledgeBase) -> None:
    hit = kb.search("tien giang").hits[0]
    spans = [hit.article.title[s:e] for s, e in hit.title_highlights]
    assert spans == ["Tiền Giang"]


def test_count_and_paging(kb: KnowledgeBase) -> None:
    first = kb.search("tran van dong", limit=2, count=True)
    rest = kb.search("tran van dong", limit=2, offset=2)
    assert first.total == 4
    assert len(first.hits) == 2 and len(rest.hits) == 2
    assert ids(first) | ids(rest) == {"tg-1", "tg-2", "tg-3", "la-1"}


# --- filters ------------------------------------------------------------------------------------


@pytest.mark.parametrize(("filters", "expected"), [
    ({"since": "2022"}, {"tg-2", "tg-3", "la-1"}),
    ({"until": "2022-09"}, {"tg-1", "tg-2"}),
    ({"since": "2022-09-04", "until": "2023-01-31"}, {"tg-3"}),
    ({"outlet": "long an"}, {"la-1"}),
    ({"place": "Tiền Giang"}, {"tg-1", "tg-2", "tg-3"}),
    ({"place": "tien giang"}, {"tg-1", "tg-2", "tg-3"}),
    ({"place": "Đồng Tháp"}, set()),
    ({"place": "Đồng Tháp", "include_merged": True}, {"tg-1", "tg-2", "tg-3"}),  # Tiền Giang joined it in 2025
    ({"body": "HĐND tỉnh Tiền Giang"}, {"tg-1", "tg-2"}),
    ({"body": "Hội đồng nhân dân tỉnh Tiền Giang"}, {"tg-1", "tg-2"}),
    ({"document": "22-NQ/TW"}, {"tg-1", "la-1"}),
    ({"person": "Trần Văn Đông", "place": "Long An"}, {"la-1"}),
    ({"person": "Nguyễn Văn Không"}, set()),
])
def test_search_filters(kb: KnowledgeBase, filters: dict, expected: set[str]) -> None:
    assert ids(kb.search("tran van dong", limit=50, **filters)) == expected


@pytest.mark.parametrize("bad", ["hôm qua", "2021-13-01x", "21/11/2021"])
def test_bad_dates_are_query_errors(kb: KnowledgeBase, bad: str) -> None:
    with pytest.raises(QueryError, match="not a date"):
        kb.search("hội nghị", since=bad)


# --- the analysis behind it ---------------------------------------------------------------------


@given(st.text())
def test_loose_form_keeps_the_length(text: str) -> None:
    assert len(loosen(text)) == len(text)


@given(st.lists(st.text(min_size=0, max_size=40), max_size=4))
def test_index_forms_keep_the_length(parts: list[str]) -> None:
    import unicodedata

    body = tuple(unicodedata.normalize("NFC", p) for p in parts)
    indexed = index_text("Tiêu đề", "", body, ())
    assert [len(x) for x in indexed.exact] == [len(x) for x in indexed.loose]


def test_snippet_window_holds_the_most_matches() -> None:
    text = "mở đầu. " + "lấp đầy " * 60 + "khóa một khóa hai khóa ba " + "lấp đầy " * 60
    spans = highlight(text, parse_query("khóa"))
    snippet = make_snippet(text, spans)
    assert snippet.marked().count("[khóa]") == 3


def _snippet_by_counting(text: str, spans: list[tuple[int, int]], size: int) -> int:
    """The window's start as the snippet's definition says: the most spans inside, the first."""
    anchor, best = 0, -1
    for start, _end in spans:
        begin = max(0, start - size // 5)
        covered = sum(1 for s, e in spans if s >= begin and e <= begin + size)
        if covered > best:
            best, anchor = covered, begin
    return anchor


@given(st.lists(st.tuples(st.integers(0, 40), st.integers(1, 12)), max_size=60), st.integers(20, 200))
def test_snippet_window_is_the_one_counting_finds(gaps: list[tuple[int, int]], size: int) -> None:
    # sorted spans that do not overlap, as `highlight` gives them
    spans, at = [], 0
    for gap, length in gaps:
        spans.append((at + gap, at + gap + length))
        at += gap + length
    text = "x" * (at + 10)
    expected = make_snippet(text, [], 0, size) if not spans else None
    snippet = make_snippet(text, spans, 0, size)
    if expected is None:
        assert snippet.start == _snippet_by_counting(text, spans, size)  # no spaces: the window starts there
    else:
        assert snippet == expected


# --- nothing a user types crashes the search ------------------------------------------------------

_VOCABULARY = ["tran", "Trần", "van", "đông", "OR", "NOT", "-", '"', "*", "(", ")", "{", "}", ":", "^", "NEAR",
               "22-NQ/TW", "22/TW-NQ", "NQ", "22", "Nghị quyết", "số", "tiền giang", "HĐND",
               "AND", "'", "\\", "%", "_", "  ", "hội*", "-nghị", "\x00", "ﬁ", "İ"]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.one_of(st.text(max_size=60),
                 st.lists(st.sampled_from(_VOCABULARY), max_size=8).map(" ".join),
                 st.lists(st.sampled_from(_VOCABULARY), max_size=8).map("".join)))
def test_random_queries_never_crash(kb: KnowledgeBase, query: str) -> None:
    try:
        result = kb.search(query, limit=5, count=True)
    except QueryError as err:
        assert str(err)
        return
    assert result.total is not None and result.total >= len(result.hits)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(["Trần", "Văn", "Đông", "Tiền", "Giang", "hội", "nghị", "Đỗ", "Quân", "đồng"]),
                min_size=1, max_size=3))
def test_without_marks_finds_at_least_what_with_marks_finds(kb: KnowledgeBase, words: list[str]) -> None:
    exact = ids(kb.search(" ".join(words), limit=50))
    loose = ids(kb.search(" ".join(loosen(w) for w in words), limit=50))
    assert exact <= loose


@settings(max_examples=500)
@given(st.text(alphabet=st.characters(max_codepoint=0x3100), max_size=30))
def test_loosen_by_list_is_the_table(text: str) -> None:
    """`loosen` reads a list for most characters and the lazy table for the rest: the same answer."""
    from diembao.kb.analysis import _LOOSE

    assert loosen(text) == text.translate(_LOOSE)
    assert len(loosen(text)) == len(text)
