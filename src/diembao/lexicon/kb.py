"""The knowledge base's own vocabularies (`data/kb/`): the word lists and tables its resolvers
read (state bodies, implied bodies, spell cues, target cues) and the words they read by role
(`grammar.json`), and the canonical keys' words by role (`keys.json`). `kb/keys.py` reads its
abbreviation tables itself, through `lexicon.files`."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import Any

from diembao.lexicon.files import LexiconError, load_json, load_lines, load_tsv, tsv_column
from diembao.text import fold_key

GRAMMAR = "kb/grammar.json"


def lines(name: str) -> tuple[str, ...]:
    """A word list of `data/kb/`."""
    return load_lines(f"kb/{name}")


def table(name: str, columns: tuple[str, ...] = ()) -> tuple[Mapping[str, str], ...]:
    """A tab-separated table of `data/kb/` with (at least) these columns."""
    return load_tsv(f"kb/{name}", columns)


@cache
def _grammar() -> Mapping[str, Any]:
    return load_json(GRAMMAR, ("home_country", "posted", "ministry_head", "name_fillers", "generic_event_words",
                               "admin_tail", "province_committee", "city_committee", "acting", "new",
                               "place_before", "deputy", "title_qualifiers", "title_heads",
                               "body_heads"))


def word(role: str) -> str:
    """The one word (or phrase) of a role in `grammar.json`."""
    value = _grammar()[role]
    if not isinstance(value, str):
        raise LexiconError(f"data/{GRAMMAR}: {role} is not a word")
    return value


def words(role: str) -> tuple[str, ...]:
    """The words of a role in `grammar.json`."""
    value = _grammar()[role]
    if not isinstance(value, list) or not all(isinstance(w, str) for w in value):
        raise LexiconError(f"data/{GRAMMAR}: {role} is not a list of words")
    return tuple(value)


@cache
def local_place_names() -> frozenset[str]:
    """Folded names of places below a province (the gazetteer's districts and communes of either
    era, bare: `Hoàng Mai`, `Bạch Mai`) and of well-known facilities (`data/kb/facility_names.txt`):
    names the press writes like a person's."""
    names = {fold_key(line) for line in load_lines("kb/facility_names.txt")}
    names.update(fold_key(row["name"]) for row in load_tsv("gazetteer/districts.tsv", ("name",)))
    names.update(fold_key(bare) for bare in tsv_column("gazetteer/wards.tsv", "bare"))
    names.discard("")
    return frozenset(names)


@cache
def key_words() -> Mapping[str, Any]:
    """The words the canonical keys read by role (`data/kb/keys.json`)."""
    return load_json("kb/keys.json", ("dotted_patterns", "dotted", "field_heads", "ministry_written", "admin_words",  # type: ignore[no-any-return]
                                      "local_levels", "committee_word", "district_levels", "town_word", "local_stop",
                                      "city_words", "central_code", "central_code_dotted", "number_words"))
