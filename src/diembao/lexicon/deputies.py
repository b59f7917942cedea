"""The vocabulary of deputies named by a bare `đại biểu` (`data/persons/deputies.json`)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from diembao.lexicon.files import load_json
from diembao.text import fold, fold_key


@dataclass(frozen=True, slots=True)
class Deputies:
    words: frozenset[tuple[str, ...]]  # folded words, in order
    not_after: frozenset[str]
    assembly: re.Pattern[str]  # over the folded text
    council: re.Pattern[str]
    title: str
    body: str


def _any_of(phrases: list[str]) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(re.escape(fold(p)) for p in phrases) + r")\b")


@cache
def deputies() -> Deputies:
    rules = load_json("persons/deputies.json")
    return Deputies(frozenset(tuple(fold_key(w).split()) for w in rules["words"]),
                    frozenset(fold_key(w) for w in rules["not_after"]),
                    _any_of(rules["assembly"]), _any_of(rules["council"]), rules["title"], rules["body"])
