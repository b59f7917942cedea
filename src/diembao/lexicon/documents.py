"""The vocabulary of cited documents (`data/documents/`): document types with their words,
abbreviations and symbol codes, issuers' codes and phrases, named laws, titles that name a
Party congress or plenum, municipalities, and the citation grammar's cue words."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from diembao.lexicon.files import load_json, load_lines, load_tsv
from diembao.text import alternation, fold


@dataclass(frozen=True, slots=True)
class DocType:
    name: str
    words: tuple[str, ...]
    abbreviations: tuple[str, ...]
    codes: frozenset[str]  # folded symbol codes of this type
    number: str  # lower | any | so | symbol | none (see types.tsv)
    names: frozenset[str]  # naming rules: plenum, congress, law, constitution, ...


@dataclass(frozen=True, slots=True)
class IssuerCode:
    issuer: str  # may hold {place}, {unit}, {committee}
    definitive: bool
    default_type: str


@dataclass(frozen=True, slots=True)
class Tables:
    types: dict[str, DocType]
    type_codes: dict[str, DocType]
    issuer_codes: dict[str, IssuerCode]
    words: dict[str, tuple[DocType, bool]]  # folded word -> (type, is an abbreviation)
    laws: dict[str, re.Pattern[str]]  # type -> law names after the type word
    titles: re.Pattern[str]
    issuer_phrases: dict[str, str]
    issuer_pattern: re.Pattern[str]
    municipalities: frozenset[str]
    grammar: dict[str, Any]


def grammar() -> dict[str, Any]:
    """The citation grammar's own words by role (`data/documents/grammar.json`)."""
    return load_json("documents/grammar.json")  # type: ignore[no-any-return]


@cache
def code_key(code: str) -> str:
    """`QH13` -> `qh`, `UBTVQH14` -> `ubtvqh`, `TTg` -> `ttg`: the folded code without its session."""
    return fold(code).rstrip("0123456789")


@cache
def tables() -> Tables:
    types = {}
    type_codes: dict[str, DocType] = {}
    words: dict[str, tuple[DocType, bool]] = {}
    for row in load_tsv("documents/types.tsv", ("type", "words", "abbreviations", "codes", "number", "names")):
        split = [s for s in row["codes"].split("|") if s]
        doc_type = DocType(
            name=row["type"],
            words=tuple(w for w in row["words"].split("|") if w),
            abbreviations=tuple(w for w in row["abbreviations"].split("|") if w),
            codes=frozenset(code_key(c) for c in split),
            number=row["number"],
            names=frozenset(n for n in row["names"].split("|") if n),
        )
        types[doc_type.name] = doc_type
        for code in split:
            # The first type to claim a code is its default (`QĐ` is a Quyết định before a Quy định).
            type_codes.setdefault(code_key(code), doc_type)
        words.update({w: (doc_type, False) for w in doc_type.words})
        words.update({w: (doc_type, True) for w in doc_type.abbreviations})
    issuer_codes = {
        code_key(row["code"]): IssuerCode(row["issuer"], row["definitive"] == "yes", row["default_type"])
        for row in load_tsv("documents/codes.tsv", ("code", "issuer", "definitive", "default_type"))
    }
    laws: dict[str, list[str]] = {}
    for row in load_tsv("documents/laws.tsv", ("type", "name")):
        laws.setdefault(row["type"], []).append(fold(row["name"]))
    phrases: dict[str, str] = {}
    for row in load_tsv("documents/issuers.tsv", ("phrase", "issuer")):
        phrases.update({p: row["issuer"] for p in row["phrase"].split("|")})
    for code in issuer_codes.values():
        if "{" not in code.issuer:
            phrases.setdefault(fold(code.issuer), code.issuer)
    titles = [fold(row["title"]) for row in load_tsv("documents/titles.tsv", ("type", "title"))]
    return Tables(
        types=types,
        type_codes=type_codes,
        issuer_codes=issuer_codes,
        words=words,
        laws={t: re.compile(rf"\s(?:{alternation(names)})(?!\w)") for t, names in laws.items()},
        titles=re.compile(rf"(?:{alternation(titles)})(?!\w)(?:\s\(?(?:khóa|nhiệm kỳ)\s[\w-]+\)?)?"),
        issuer_phrases=phrases,
        issuer_pattern=re.compile(rf"(?:{alternation(phrases)})(?!\w)"),
        municipalities=frozenset(fold(p) for p in load_lines("documents/municipalities.txt")),
        grammar=grammar(),
    )
