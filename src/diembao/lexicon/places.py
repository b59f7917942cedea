"""The words around place names (`data/gazetteer/places_words.tsv`): administrative words
(`tỉnh`, `huyện`, `TP.`) and how they are written, and the words that block, cue or unblock a
reading (honorifics, surnames, directions, ...). The places themselves are in `gazetteer`."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from diembao.lexicon.files import load_json, load_tsv

WORDS = "gazetteer/places_words.tsv"


@dataclass(frozen=True, slots=True)
class AdminWord:
    word: str
    kind: str
    numbers: bool
    dot: bool
    tight: bool
    upper: bool
    shown: str  # the word written out in full, capitalised, for numbered units (`Quận`)


@dataclass(frozen=True, slots=True)
class PlaceWords:
    blockers: dict[str, str]
    honorifics: frozenset[str]
    surnames: frozenset[str]
    strong_surnames: frozenset[str]
    middles: frozenset[str]
    name_parts: frozenset[str]  # surnames and middle names
    cues: frozenset[str]
    compounds: frozenset[str]
    not_admin: tuple[str, ...]
    not_name: frozenset[str]
    person_marks: frozenset[str]
    unblock: frozenset[str]
    directions: frozenset[str]
    plural: frozenset[str]
    titles: frozenset[str]
    not_honorific: frozenset[str]


@cache
def place_words() -> PlaceWords:
    rows = load_tsv(WORDS, ("role", "word", "kind", "flags", "full"))

    def of(role: str) -> list[Mapping[str, str]]:
        return [r for r in rows if r["role"] == role]

    return PlaceWords(
        blockers={r["word"]: r["kind"] or "all" for r in of("blocker")},
        honorifics=frozenset(r["word"] for r in of("honorific")),
        surnames=frozenset(r["word"] for r in of("surname")),
        strong_surnames=frozenset(r["word"] for r in of("surname") if r["kind"] == "strong"),
        middles=frozenset(r["word"] for r in of("middle")),
        name_parts=frozenset(r["word"] for r in rows if r["role"] in ("surname", "middle")),
        cues=frozenset(r["word"] for r in of("country_cue")),
        compounds=frozenset(r["word"] for r in of("compound")),
        not_admin=tuple(r["word"] for r in of("not_admin")),
        not_name=frozenset(r["word"] for r in of("not_name")),
        person_marks=frozenset(r["word"] for r in of("person_mark")),
        unblock=frozenset(r["word"] for r in of("unblock")),
        directions=frozenset(r["word"] for r in of("direction")),
        plural=frozenset(r["word"] for r in of("plural")),
        titles=frozenset(r["word"] for r in of("title")),
        not_honorific=frozenset(r["word"] for r in of("not_honorific")),
    )


def admin_words() -> list[AdminWord]:
    out = []
    for r in load_tsv(WORDS, ("role", "word", "kind", "flags", "full")):
        if r["role"] != "admin":
            continue
        flags = set((r["flags"] or "").split(","))
        full = r["full"] or r["word"]
        out.append(AdminWord(r["word"], r["kind"], "numbers" in flags, "dot" in flags, "tight" in flags,
                              "upper" in flags, full[:1].upper() + full[1:]))
    return out


@cache
def place_grammar() -> dict[str, Any]:
    """The place stage's own words by role (`data/gazetteer/grammar.json`)."""
    return load_json("gazetteer/grammar.json", ("and", "comrade"))  # type: ignore[no-any-return]
