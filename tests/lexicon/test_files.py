"""The lexicon's one reader of data files: a missing or malformed table is an error naming it."""

from __future__ import annotations

import pytest

from diembao.lexicon import files
from diembao.lexicon.files import LexiconError


@pytest.mark.parametrize(("reader", "text", "args", "message"), [
    ("load_tsv", "a\tb\n1\t2\n", ("t.tsv", ("a", "c")), "data/t.tsv: no column c (header: a b)"),
    ("load_tsv", "a\tb\n1\t2\n3\n", ("t.tsv", ("a",)), "data/t.tsv: row 3 has 1 cells, the header 2"),
    ("load_tsv", "a\tb\n1\t2\t3\n", ("t.tsv", ()), "data/t.tsv: row 2 has 3 cells, the header 2"),
    ("load_tsv", "# only a comment\n", ("t.tsv", ()), "data/t.tsv: empty table"),
    ("load_json", "{\"a\": 1", ("t.json", ()), "data/t.json: not JSON (Expecting ',' delimiter, line 1)"),
    ("load_json", "{\"a\": 1}", ("t.json", ("a", "b")), "data/t.json: missing b"),
    ("load_json", "[1]", ("t.json", ("a",)), "data/t.json: expected an object with a"),
])
def test_a_malformed_table_names_its_file(monkeypatch: pytest.MonkeyPatch, reader: str, text: str,
                                          args: tuple[str, tuple[str, ...]], message: str) -> None:
    monkeypatch.setattr(files, "data_text", lambda name: text)
    with pytest.raises(LexiconError) as caught:
        getattr(files, reader).__wrapped__(*args)  # past the cache
    assert str(caught.value) == message


def test_a_missing_table_is_an_error_not_an_empty_one() -> None:
    with pytest.raises(LexiconError, match=r"^data/orgs/no-such-table\.json: missing$"):
        files.load_json("orgs/no-such-table.json")


def test_the_bodies_table_is_checked_for_every_part_the_grammar_reads(monkeypatch: pytest.MonkeyPatch) -> None:
    # kb/keys used to read a missing units.json as {}; it reads it through the lexicon now
    from diembao.lexicon import bodies

    monkeypatch.setattr(bodies, "load_json", files.load_json.__wrapped__)
    monkeypatch.setattr(files, "data_text", lambda name: '{"central": []}')
    with pytest.raises(LexiconError, match=r"^data/orgs/units\.json: missing aliases, committees, "):
        bodies.units()


def test_rows_are_read_only() -> None:
    row = files.load_tsv("documents/laws.tsv", ("type", "name"))[0]
    with pytest.raises(TypeError):
        row["type"] = "x"  # type: ignore[index]
