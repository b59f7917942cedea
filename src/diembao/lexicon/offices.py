"""The vocabulary that links a person to an office (`data/persons/links.json`): the verbs of
holding an office, and the words between a title and a name."""

from __future__ import annotations

from functools import cache

from diembao.lexicon.files import load_json
from diembao.text.tokens import PhraseTrie


@cache
def links() -> tuple[PhraseTrie, PhraseTrie, frozenset[str]]:
    rules = load_json("persons/links.json")
    before, after = PhraseTrie(), PhraseTrie()
    for phrase in rules["holding_verbs"]:
        after.add(phrase, True)
    for phrase in rules["title_then_name"]:
        before.add(phrase, True)
    return before, after, frozenset(rules["separators"])
