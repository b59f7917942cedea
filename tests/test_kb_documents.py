"""Documents as people write them: every way of writing a symbol is one key, one document in the
knowledge base, found by `document`, by search and by the `--document` filter; a short form of
several documents lists them all."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from diembao.cli import app
from diembao.kb import KnowledgeBase
from diembao.kb.keys import DocumentRef, document_reference, symbol_key
from fixtures.kb.builders import article

# --- symbol keys --------------------------------------------------------------------------------


@pytest.mark.parametrize(("written", "key"), [
    ("57-NQ/TW", "57-NQ/TW"),
    ("57/NQ-TW", "57-NQ/TW"),  # state-style separators
    ("57/TW-NQ", "57-NQ/TW"),  # codes swapped
    ("57 - NQ/TƯ", "57-NQ/TW"),
    ("57-nq/tw", "57-NQ/TW"),
    ("057-NQ/TW", "57-NQ/TW"),
    ("08-NQ/TW", "8-NQ/TW"),
    ("8-NQ/TW", "8-NQ/TW"),
    ("08/NQ-TW", "8-NQ/TW"),
    ("168/2024/NĐ-CP", "168/2024/NĐ-CP"),
    ("168/2024/ND-CP", "168/2024/NĐ-CP"),  # no diacritic
    ("168/2024/nđ-cp", "168/2024/NĐ-CP"),
    ("168 / 2024 / NĐ - CP", "168/2024/NĐ-CP"),
    ("15-CT/TU", "15-CT/TU"),
    ("15/CT-TU", "15-CT/TU"),
    ("1880/QĐ-CP", "1880/QĐ-CP"),
    ("1880/QD-CP", "1880/QĐ-CP"),
    ("7339/VPCP-CN", "7339/VPCP-CN"),  # an official letter: no type code
    ("91/2015/QH13", "91/2015/QH13"),
    ("03/2022/NQ-HĐND", "3/2022/NQ-HĐND"),
    ("NQ/TW", "NQ/TW"),  # no number: only cleaned
])
def test_symbol_keys(written: str, key: str) -> None:
    assert symbol_key(written) == key


@pytest.mark.parametrize(("text", "key"), [
    ("Hội nghị tổng kết Nghị quyết 22/TW-NQ của Bộ Chính trị", "HỘINGHỊTỔNGKẾTNGHỊQUYẾT22-NQ/TWCỦABỘCHÍNHTRỊ"),
    ("Hội nghị quán triệt 08-NQ/TW và 168/2024/ND-CP", "HỘINGHỊQUÁNTRIỆT8-NQ/TWVÀ168/2024/NĐ-CP"),
    ("giai đoạn 2021 - 2025", "GIAIĐOẠN2021-2025"),
])
def test_symbols_inside_a_text_are_keyed(text: str, key: str) -> None:
    """An event's name is searched for its documents' keys (`meetings.documents_of_event`)."""
    assert symbol_key(text) == key


@pytest.mark.parametrize(("a", "b"), [
    ("57-NQ/TW", "57/NQ-CP"),
    ("57-NQ/TW", "57-CT/TW"),
    ("57-NQ/TW", "75-NQ/TW"),
    ("168/2024/NĐ-CP", "168/2023/NĐ-CP"),
    ("168/2024/NĐ-CP", "168/2024/QĐ-CP"),
    ("15-CT/TU", "15-CT/TW"),
])
def test_different_documents_keep_different_keys(a: str, b: str) -> None:
    assert symbol_key(a) != symbol_key(b)


_TYPES = ["NQ", "CT", "KL", "QĐ", "NĐ", "TT"]
_PARTY = ["TW", "TU", "HU"]
_STATE = ["CP", "TTg", "UBND", "HĐND", "BYT"]


@st.composite
def symbol_and_variant(draw: st.DrawFn) -> tuple[str, str]:
    """A symbol in its usual form and the same symbol as a citation may write it."""
    number = draw(st.integers(1, 2999))
    kind = draw(st.sampled_from(_TYPES))
    party = draw(st.booleans())
    issuer = draw(st.sampled_from(_PARTY if party else _STATE))
    year = None if party else draw(st.none() | st.integers(1990, 2030))
    usual = f"{number}-{kind}/{issuer}" if party else f"{number}{f'/{year}' if year else ''}/{kind}-{issuer}"
    digits = draw(st.sampled_from(["", "0", "00"])) + str(number)
    codes = [kind, issuer]
    if draw(st.booleans()):
        codes.reverse()
    head = f"{digits}/{year}" if year else digits
    variant = f"{head}-{codes[0]}/{codes[1]}" if draw(st.booleans()) and not year else f"{head}/{codes[0]}-{codes[1]}"
    if draw(st.booleans()):
        variant = variant.replace("Đ", "D")
    if draw(st.booleans()):
        variant = variant.lower()
    if draw(st.booleans()):
        variant = re.sub(r"([-/])", r" \1 ", variant)
    return usual, variant


@given(symbol_and_variant())
def test_a_symbol_and_its_variants_are_one_key(pair: tuple[str, str]) -> None:
    usual, variant = pair
    assert symbol_key(variant) == symbol_key(usual)


@given(st.text(max_size=40))
def test_symbol_key_is_stable(text: str) -> None:
    key = symbol_key(text)
    assert symbol_key(key) == key


@given(st.text(max_size=40))
def test_any_text_is_a_reference_or_none(text: str) -> None:
    assert document_reference(text) is None or isinstance(document_reference(text), DocumentRef)


@pytest.mark.parametrize(("text", "ref"), [
    ("57-NQ/TW", DocumentRef("57-NQ/TW", None, "57")),
    ("57/TW-NQ", DocumentRef("57-NQ/TW", None, "57")),
    ("Nghị quyết số 57-NQ/TW", DocumentRef("57-NQ/TW", "Nghị quyết", "57")),
    ("nghi quyet so 57-nq/tw", DocumentRef("57-NQ/TW", "Nghị quyết", "57")),
    ("NQ 57", DocumentRef(None, "Nghị quyết", "57")),
    ("Nghị quyết 57", DocumentRef(None, "Nghị quyết", "57")),
    ("nghị quyết 057", DocumentRef(None, "Nghị quyết", "57")),
    ("Nghị định 168/2024", DocumentRef(None, "Nghị định", "168", "2024")),
    ("NĐ 168", DocumentRef(None, "Nghị định", "168")),
    ("hội nghị 5", None),  # not a type
    ("57", None),  # a number alone names nothing
    ("Nghị quyết", None),
    ("Võ Văn Bình", None),
])
def test_document_references(text: str, ref: DocumentRef | None) -> None:
    assert document_reference(text) == ref


# --- in the knowledge base ----------------------------------------------------------------------


def _cites(id: str, written: str, doc: dict, day: str) -> object:
    return article(id, f"Tỉnh ủy Bến Tre quán triệt {written}",
                   f"Sáng {day[8:10]}-{day[5:7]}, Ban Thường vụ Tỉnh ủy Bến Tre tổ chức hội nghị quán triệt {written}.",
                   ["Hội nghị thống nhất xây dựng kế hoạch thực hiện trong thời gian tới."],
                   published=f"{day}T08:00:00+07:00",
                   documents=[{**doc, "symbol": written} if "symbol" in doc else doc])


RES_57 = {"type": "Nghị quyết", "number": "57", "symbol": "57-NQ/TW", "issuer": "Bộ Chính trị"}
RES_8 = {"type": "Nghị quyết", "number": "8", "symbol": "8-NQ/TW", "issuer": "Bộ Chính trị"}
DECREE = {"type": "Nghị định", "number": "168", "symbol": "168/2024/NĐ-CP", "issuer": "Chính phủ"}


@pytest.fixture(scope="module")
def kb(tmp_path_factory: pytest.TempPathFactory) -> Iterator[KnowledgeBase]:
    base = KnowledgeBase(tmp_path_factory.mktemp("kb") / "documents.sqlite", create=True)
    base.add_articles([
        _cites("d-1", "57-NQ/TW", RES_57, "2025-01-10"),
        _cites("d-2", "57/TW-NQ", RES_57, "2025-02-11"),
        _cites("d-3", "08-NQ/TW", RES_8, "2024-03-12"),
        _cites("d-4", "8-NQ/TW", RES_8, "2024-04-13"),
        _cites("d-5", "168/2024/NĐ-CP", DECREE, "2025-01-05"),
        _cites("d-6", "168/2024/ND-CP", DECREE, "2025-01-06"),
        # Two resolutions numbered 18: a short form names both.
        _cites("d-7", "18-NQ/TW", {"type": "Nghị quyết", "number": "18", "symbol": "18-NQ/TW",
                                   "issuer": "Ban Chấp hành Trung ương Đảng", "date": "2017-10-25"}, "2023-05-14"),
        _cites("d-8", "18/NQ-CP", {"type": "Nghị quyết", "number": "18", "symbol": "18/NQ-CP",
                                   "issuer": "Chính phủ"}, "2023-06-15"),
        article("d-9", "Bến Tre họp báo định kỳ", "Chiều 20-6, Tỉnh ủy Bến Tre họp báo định kỳ.",
                ["Có 57 phóng viên dự họp báo."], published="2023-06-20T08:00:00+07:00"),
    ])
    yield base
    base.close()


VARIANTS = {
    "57": (["57-NQ/TW", "57/NQ-TW", "57/TW-NQ", "Nghị quyết số 57-NQ/TW", "nghi quyet so 57/nq-tw", "057-NQ/TW"],
           {"d-1", "d-2"}),
    "8": (["08-NQ/TW", "8-NQ/TW", "08/NQ-TW", "Nghị quyết 08-NQ/TW"], {"d-3", "d-4"}),
    "168": (["168/2024/NĐ-CP", "168/2024/ND-CP", "Nghị định số 168/2024/NĐ-CP", "Nghị định 168/2024"], {"d-5", "d-6"}),
}
CASES = [(written, articles) for forms, articles in VARIANTS.values() for written in forms]


def test_variants_are_one_document(kb: KnowledgeBase) -> None:
    assert kb.store.value("SELECT count(*) FROM documents") == 5


@pytest.mark.parametrize(("written", "articles"), CASES)
def test_document_finds_every_variant(kb: KnowledgeBase, written: str, articles: set[str]) -> None:
    found = kb.document(written)
    assert len(found) == 1
    assert {c.article.id for c in found[0].citations} == articles


@pytest.mark.parametrize(("written", "articles"), CASES)
def test_search_finds_every_variant(kb: KnowledgeBase, written: str, articles: set[str]) -> None:
    result = kb.search(written, count=True)
    assert {h.article.id for h in result.hits} == articles
    assert [c.kind for c in result.entities] == ["document"]
    assert result.total == len(articles)


@pytest.mark.parametrize(("written", "articles"), CASES)
def test_document_filter_takes_every_variant(kb: KnowledgeBase, written: str, articles: set[str]) -> None:
    assert {h.article.id for h in kb.search("Bến Tre", document=written).hits} == articles


@pytest.mark.parametrize("short", ["Nghị quyết 18", "NQ 18", "nghi quyet 18", "Nghị quyết số 18"])
def test_a_short_form_lists_the_candidates(kb: KnowledgeBase, short: str) -> None:
    assert {d.symbol for d in kb.document(short)} == {"18-NQ/TW", "18/NQ-CP"}
    result = kb.search(short)
    assert {c.name for c in result.entities} == {"18-NQ/TW", "18/NQ-CP"}
    assert {h.article.id for h in result.hits} == {"d-7", "d-8"}


def test_a_number_in_words_is_not_a_document(kb: KnowledgeBase) -> None:
    result = kb.search("57 phóng viên")
    assert result.entities == ()
    assert [h.article.id for h in result.hits] == ["d-9"]


def test_the_cli_lists_the_candidates(kb: KnowledgeBase) -> None:
    result = CliRunner().invoke(app, ["document", "Nghị quyết 18", "--db", str(kb.path)])
    assert result.exit_code == 0
    assert "2 documents match" in result.stdout
    assert "18-NQ/TW" in result.stdout and "18/NQ-CP" in result.stdout


def test_an_earlier_analysis_is_still_read(tmp_path: Path) -> None:
    """A knowledge base built before symbols had one key holds the old keys: lookups key its
    symbols again, so `08-NQ/TW` still finds the document stored as `08-NQ/TW`."""
    with KnowledgeBase(tmp_path / "old.sqlite", create=True) as base:
        base.add_articles([_cites("o-1", "08-NQ/TW", RES_8, "2024-03-12")])
        base.store.execute("UPDATE documents SET symbol_key = '08-NQ/TW', key = 'sym:08-NQ/TW'")
        assert [d.symbol for d in base.document("8/NQ-TW")] == ["08-NQ/TW"]
