"""The writings of a body's mention that the body grammar leaves to companions
(`data/orgs/mentions.json`): a school's head word in lower case, and the like."""

from __future__ import annotations

from functools import cache
from typing import Any

from diembao.lexicon.files import load_json
from diembao.text.tokens import PhraseTrie

_KEYS = ("lower_school_head", "lower_school_kinds")


@cache
def org_mentions() -> dict[str, Any]:
    """`data/orgs/mentions.json`, checked to hold every table its readers use."""
    return load_json("orgs/mentions.json", _KEYS)  # type: ignore[no-any-return]


@cache
def school_kinds() -> PhraseTrie:
    """The kinds of school a lower-case `trường` may stand before."""
    trie = PhraseTrie()
    for kind in org_mentions()["lower_school_kinds"]:
        trie.add(kind, True)
    return trie
