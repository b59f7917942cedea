"""Articles a broken scraper or an attacker sends: thousands of one mention, one endless word or
sentence. The stages index what they pair (names by ending, citations by number, persons and
sentences by position) so that such a text costs what its length costs; `bench/adversarial.py`
measures that. These tests pin what the indexed versions answer, so the speed did not change the
facts, and that hostile text comes out whole and sane.
"""

from __future__ import annotations

import pytest

from conftest import run
from diembao.readers.layout import unglue
from diembao.text.syllables import MAX_LENGTH, is_syllable


def _mentions(doc, name: str) -> list[str]:
    person = next(p for p in doc.article.persons if p.name == name)
    return [m.text for m in person.mentions]


def test_a_short_name_is_the_nearest_full_name_before_it() -> None:
    doc = run("Anh Tư Bình mở quán từ năm 1990. Năm nay, ông Nguyễn Văn Bình về hưu. "
              "Hỏi vì sao, anh Bình cười.")
    assert _mentions(doc, "Nguyễn Văn Bình") == ["Nguyễn Văn Bình", "Bình"]
    assert _mentions(doc, "Tư Bình") == ["Tư Bình"]


def test_a_short_name_before_any_full_name_takes_the_first_after_it() -> None:
    doc = run("Ông Bình phát biểu. Ông Nguyễn Văn Bình, Chủ tịch UBND huyện, cho biết thêm.")
    assert _mentions(doc, "Nguyễn Văn Bình") == ["Bình", "Nguyễn Văn Bình"]


@pytest.mark.parametrize(("piece", "times"), [
    ("Nghị quyết 22 ", 600),
    ("Nghị quyết 22-NQ/TW ", 600),
    ("22-NQ/TW ", 600),
    ("Hiến pháp ", 600),
])
def test_a_document_cited_hundreds_of_times_is_one_document(piece: str, times: int) -> None:
    doc = run(piece * times)
    assert len(doc.article.documents) == 1
    assert len(doc.article.documents[0].mentions) == times


def test_a_name_repeated_hundreds_of_times_is_one_person() -> None:
    doc = run("ông Bình " * 800)
    assert [p.name for p in doc.article.persons] == ["Bình"]
    assert len(doc.article.persons[0].mentions) == 800


def test_a_sentence_of_thousands_of_event_words_still_gives_events() -> None:
    doc = run("Sáng 10-11, Tỉnh ủy tổ chức Hội nghị tổng kết. " + "Hội nghị " * 3000,
              published="2021-11-12T08:00:00+07:00")
    assert doc.article.events
    assert doc.article.events[0].date == "2021-11-10"


@pytest.mark.parametrize("word", [
    "ế" * 5000,  # tone marks without end
    "quyếtĐại" * 2000,  # seams without end
    "Chính" * 3000,
])
def test_an_endless_word_is_left_as_it_is(word: str) -> None:
    assert unglue(word).replace(" ", "") == word


def test_no_syllable_is_longer_than_max_length() -> None:
    assert is_syllable("nghiêng") and len("nghiêng") <= MAX_LENGTH
    assert not is_syllable("nghiêngg")
