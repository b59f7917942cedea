"""The vocabulary of bodies (`data/orgs/`): the central bodies and their aliases, the heads of
committees, boards, ministries and local bodies, ministries' fields in their writings, and the
words that stop a body's name. The body grammar (`diembao.extract.bodies.grammar`) reads it as
tries; the knowledge base's keys (`diembao.kb.keys`) read the same table (`units`)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from diembao.lexicon.files import load_json, load_lines
from diembao.text import fold_key
from diembao.text.tokens import PhraseTrie

UNITS = "orgs/units.json"
_UNIT_KEYS = ("central", "aliases", "committees", "local", "boards", "ministry_heads", "ministry_domains",
              "named_heads", "admin_words", "central_markers", "plural_markers", "bare_complete",
              "named_place_kinds", "unlisted_parent_heads", "lower_name_words", "party_names",
              "domain_conjunction", "board_aliases")


def units() -> dict[str, Any]:
    """`data/orgs/units.json`, checked to hold every table the grammar reads."""
    return load_json(UNITS, _UNIT_KEYS)  # type: ignore[no-any-return]


@dataclass(frozen=True, slots=True)
class Lexicon:
    central: PhraseTrie
    committees: PhraseTrie
    local: PhraseTrie
    boards: PhraseTrie
    ministry_heads: PhraseTrie
    domains: PhraseTrie
    named_heads: PhraseTrie
    admin_words: PhraseTrie
    central_markers: PhraseTrie
    party_names: PhraseTrie
    aliases: dict[str, str]
    board_aliases: dict[str, str]  # folded head as written -> the head it is recorded under
    stopwords: PhraseTrie
    plural: frozenset[str]
    known: PhraseTrie
    bare_complete: PhraseTrie
    named_place_kinds: frozenset[str]
    unlisted_parents: tuple[str, ...]
    lower_name_words: PhraseTrie


def _trie(entries: Any) -> PhraseTrie:
    trie = PhraseTrie()
    items = entries.items() if isinstance(entries, dict) else ((e, e) for e in entries)
    for phrase, value in items:
        trie.add(phrase, value)
    return trie


@cache
def lexicon() -> Lexicon:
    data = units()
    central = _trie(data["central"])
    for alias, name in data["aliases"].items():
        central.add(alias, name)
    domains = PhraseTrie()
    # `Bộ Thông tin Truyền thông`, `Bộ trưởng Khoa học Công nghệ`: the press drops the `và` of a
    # ministry's field as often as it keeps it.
    conjunction = f" {data['domain_conjunction']} "
    for domain, variants in data["ministry_domains"].items():
        for writing in (domain, *variants):
            domains.add(writing, domain)
            if conjunction in writing:
                domains.add(writing.replace(conjunction, " "), domain)
    return Lexicon(
        central=central,
        committees=_trie(data["committees"]),
        local=_trie(data["local"]),
        boards=_trie(data["boards"]),
        ministry_heads=_trie(data["ministry_heads"]),
        domains=domains,
        named_heads=_trie(data["named_heads"]),
        admin_words=_trie(data["admin_words"]),
        central_markers=_trie(data["central_markers"]),
        party_names=_trie(data["party_names"]),
        aliases={fold_key(k): v for k, v in data["aliases"].items()},
        board_aliases={fold_key(k): v for k, v in data["board_aliases"].items()},
        stopwords=_trie(dict.fromkeys(load_lines("orgs/stopwords.txt"), True)),
        plural=frozenset(fold_key(p) for p in data["plural_markers"]),
        known=_trie(load_lines("orgs/known.txt")),
        bare_complete=_trie(data["bare_complete"]),
        named_place_kinds=frozenset(data["named_place_kinds"]),
        unlisted_parents=tuple(fold_key(h) + " " for h in data["unlisted_parent_heads"]),
        lower_name_words=_trie(data["lower_name_words"]),
    )


_GRAMMAR_KEYS = ("chain_gaps", "credit_words", "connectors", "home_country", "supreme", "vietnam_starts", "party",
                 "department", "ministry_word", "ministry", "committee_heads", "admin_words")


@cache
def grammar() -> dict[str, Any]:
    """The body grammar's own words by role (`data/orgs/grammar.json`)."""
    return load_json("orgs/grammar.json", _GRAMMAR_KEYS)  # type: ignore[no-any-return]
