"""The knowledge base's truth over a whole built knowledge base (baomoi-2017): the top 50 persons
by articles hold no non-person, no fragment and no person twice; the top 50 bodies no alias
pair; no foreign official holds an office of a Vietnamese state body. Run with
`DIEMBAO_TRUTH_KB=/path/to/baomoi.sqlite` (built by `diembao ingest` of this branch's code);
skipped without it, since building one takes minutes."""

from __future__ import annotations

import os
import sqlite3
from collections import defaultdict
from pathlib import Path

import pytest

from diembao.kb import keys
from diembao.kb.foreign import foreign_name, is_state_body
from diembao.lexicon import kb as lexicon
from diembao.lexicon.gazetteer import is_country
from diembao.text import fold_key

_PATH = os.environ.get("DIEMBAO_TRUTH_KB")
pytestmark = pytest.mark.skipif(not _PATH or not Path(_PATH).exists(), reason="no DIEMBAO_TRUTH_KB to check")

# Foreign leaders the press names with a title of a body named like Việt Nam's (a list we write:
# (name, their country)): none may hold an office of `Chính phủ`, `Quốc hội`, `Bộ ...` bare.
FOREIGN_LEADERS = [
    ("Donald Trump", "Mỹ"), ("Barack Obama", "Mỹ"), ("Vladimir Putin", "Nga"), ("Theresa May", "Anh"),
    ("Shinzo Abe", "Nhật Bản"), ("Angela Merkel", "Đức"), ("Emmanuel Macron", "Pháp"),
    ("Rodrigo Duterte", "Philippines"), ("Moon Jae-in", "Hàn Quốc"), ("Park Geun-hye", "Hàn Quốc"),
    ("Malcolm Turnbull", "Úc"), ("Justin Trudeau", "Canada"), ("Narendra Modi", "Ấn Độ"),
    ("Benjamin Netanyahu", "Israel"), ("Rex Tillerson", "Mỹ"), ("James Mattis", "Mỹ"),
    ("Sergei Lavrov", "Nga"), ("Dmitry Medvedev", "Nga"), ("Hun Sen", "Campuchia"), ("Joko Widodo", "Indonesia"),
]


@pytest.fixture(scope="module")
def con() -> sqlite3.Connection:
    assert _PATH is not None
    return sqlite3.connect(f"file:{_PATH}?mode=ro", uri=True)


def _top_persons(con: sqlite3.Connection, n: int = 50) -> list[tuple[int, str]]:
    return con.execute("SELECT p.id, p.name FROM persons AS p JOIN person_names AS n ON n.person_id = p.id "
                       "GROUP BY p.id ORDER BY count(DISTINCT n.aid) DESC, p.id LIMIT ?", (n,)).fetchall()


def test_the_top_persons_are_persons(con: sqlite3.Connection) -> None:
    places = lexicon.local_place_names()
    wrong = [name for _id, name in _top_persons(con)
             if keys.name_form(name).kind == "thing" or fold_key(name) in places]
    assert wrong == []


def test_no_person_twice_among_the_top(con: sqlite3.Connection) -> None:
    """A shorter name of the top 50 that ends a longer one of the top 50 is one person twice."""
    names = [fold_key(name) for _id, name in _top_persons(con)]
    twice = [(a, b) for a in names for b in names if a != b and b.endswith(" " + a)]
    assert twice == []


def test_the_top_bodies_hold_no_alias_pair(con: sqlite3.Connection) -> None:
    rows = con.execute("SELECT o.id, o.name FROM organizations AS o JOIN org_names AS n ON n.org_id = o.id "
                       "GROUP BY o.id ORDER BY count(DISTINCT n.aid) DESC, o.id LIMIT 50").fetchall()
    by_key: dict[str, list[str]] = defaultdict(list)
    for _id, name in rows:
        by_key[keys.org_key(name)].append(name)
    assert [names for names in by_key.values() if len(names) > 1] == []


# States of the past the gazetteer does not list as countries.
FORMER_STATES = ("liên xô", "tiệp khắc", "đông đức")


def _names_a_country(body: str) -> bool:
    """Whether the body's name, or its key (`Lầu Năm Góc` = `Bộ Quốc phòng Mỹ`), names a country."""
    for text in (fold_key(body), keys.org_key(body)):
        words = text.split()
        spans = (" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, min(i + 4, len(words)) + 1))
        if any(is_country(span) or span in FORMER_STATES for span in spans):
            return True
    return False


def test_no_foreign_official_holds_an_office_of_a_vietnamese_state_body(con: sqlite3.Connection) -> None:
    """A body named like Việt Nam's (`Chính phủ`, `Quốc hội`, any `Bộ ...`) without a country in
    its name is Việt Nam's: no foreign-lettered official and none of our list holds one."""
    listed = {fold_key(name) for name, _country in FOREIGN_LEADERS}
    rows = con.execute("SELECT p.name, o.title, g.name FROM offices AS o JOIN persons AS p ON p.id = o.person_id "
                       "JOIN organizations AS g ON g.id = o.org_id").fetchall()
    wrong = [(p, t, g) for p, t, g in rows
             if (fold_key(p) in listed or foreign_name(p)) and is_state_body(g) and not _names_a_country(g)]
    assert wrong == []
