"""The writings of a body's mention that the body grammar leaves to companions
(`data/orgs/mentions.json`): heads written in lower case, a delegation's session."""

from __future__ import annotations

from functools import cache
from typing import Any

from diembao.lexicon.files import load_json
from diembao.text import fold_key
from diembao.text.tokens import PhraseTrie

_KEYS = ("lower_heads", "mention_from_name", "session_words", "place_only_heads", "ministry_units")


@cache
def org_mentions() -> dict[str, Any]:
    """`data/orgs/mentions.json`, checked to hold every table its readers use."""
    return load_json("orgs/mentions.json", _KEYS)  # type: ignore[no-any-return]


@cache
def lower_heads() -> dict[str, PhraseTrie]:
    """Folded head word -> the words one of which must follow its lower-case writing."""
    out: dict[str, PhraseTrie] = {}
    for head, after in org_mentions()["lower_heads"].items():
        trie = out.setdefault(fold_key(head), PhraseTrie())
        for words in after:
            trie.add(words, True)
    return out


@cache
def mention_from_name() -> frozenset[str]:
    """Folded heads whose mention starts after them, at the capitalised name."""
    return frozenset(fold_key(h) for h in org_mentions()["mention_from_name"])


@cache
def session_words() -> frozenset[str]:
    return frozenset(fold_key(w) for w in org_mentions()["session_words"])


@cache
def place_only_heads() -> PhraseTrie:
    """Heads that name no body when only a place follows them."""
    trie = PhraseTrie()
    for head in org_mentions()["place_only_heads"]:
        trie.add(head, True)
    return trie


@cache
def ministry_units() -> frozenset[str]:
    """Folded local heads that a ministry or department written after them completes."""
    return frozenset(fold_key(h) for h in org_mentions()["ministry_units"])
