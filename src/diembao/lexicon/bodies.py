"""The vocabulary of bodies (`data/orgs/`): the central bodies and their aliases, the heads of
committees, boards, ministries and local bodies, ministries' fields in their writings, and the
words that stop a body's name. The body grammar (`diembao.extract.bodies.grammar`) reads it as
tries; the knowledge base's keys (`diembao.kb.keys`) read the same table (`units`)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from diembao.lexicon.files import load_json, load_lines, load_tsv
from diembao.lexicon.gazetteer import gazetteer
from diembao.lexicon.outlets import outlets
from diembao.text import fold_key
from diembao.text.tokens import PhraseTrie

UNITS = "orgs/units.json"
_UNIT_KEYS = ("central", "aliases", "committees", "local", "boards", "ministry_heads", "ministry_domains",
              "named_heads", "admin_words", "central_markers", "plural_markers", "bare_complete",
              "named_place_kinds", "unlisted_parent_heads", "lower_name_words", "party_names",
              "domain_conjunction", "board_aliases", "party_central_committees")


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
    party_central: frozenset[str]  # folded names of the central bodies that are Party committees
    stopwords: PhraseTrie
    compounds: PhraseTrie  # name words that hold a stop word (`công trình`)
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
        party_central=frozenset(fold_key(n) for n in data["party_central_committees"]),
        stopwords=_trie(dict.fromkeys(load_lines("orgs/stopwords.txt"), True)),
        compounds=_trie(dict.fromkeys(load_lines("orgs/name_compounds.txt"), True)),
        plural=frozenset(fold_key(p) for p in data["plural_markers"]),
        known=_trie(load_lines("orgs/known.txt")),
        bare_complete=_trie(data["bare_complete"]),
        named_place_kinds=frozenset(data["named_place_kinds"]),
        unlisted_parents=tuple(fold_key(h) + " " for h in data["unlisted_parent_heads"]),
        lower_name_words=_trie(data["lower_name_words"]),
    )


_GRAMMAR_KEYS = ("chain_gaps", "credit_words", "connectors", "home_country", "supreme", "vietnam_starts", "party",
                 "youth_union", "association", "department", "ministry_word", "ministry", "committee_heads",
                 "admin_words")


@cache
def grammar() -> dict[str, Any]:
    """The body grammar's own words by role (`data/orgs/grammar.json`)."""
    return load_json("orgs/grammar.json", _GRAMMAR_KEYS)  # type: ignore[no-any-return]


@cache
def cited_outlets() -> PhraseTrie:
    """The writings of the news outlets a story cites as its source (`theo Tiền Phong`): the names
    and aliases of `data/outlets.tsv` that are proper names, without their masthead's prefix
    (`Báo `), and the foreign agencies of `data/orgs/cited_media.txt`. Each maps to (its writing,
    whether it names the outlet only with `báo` or a web address). A provincial paper named
    after its province (`Báo An Giang`) is a place without its prefix, so it keeps it."""
    prefixes = tuple(grammar()["outlet_prefixes"])
    g = gazetteer()
    found: dict[str, tuple[str, bool]] = {}
    for outlet in outlets():
        for written in (outlet.name, *outlet.aliases):
            bare = next((written[len(p):] for p in prefixes if written.startswith(p)), written)
            words = bare.split()
            if not words or not all(w[:1].isupper() for w in words) or g.is_province(bare):
                continue
            # An acronym (`NLĐ`, `CAND`) is as often the words it stands for (`người lao động`), and
            # one word without a capital inside it (`Zing`, `Cộng sản`) as often a common one.
            weak = bare.isupper() or (len(words) == 1 and not any(c.isupper() for c in bare[1:]))
            # `VietNamNet|Vietnamnet`: one key, strong if any of its writings is.
            key = fold_key(bare)
            if key not in found or found[key][1]:
                found[key] = (bare, weak)
    for written in load_lines("orgs/cited_media.txt"):
        found[fold_key(written)] = (written, False)
    trie = PhraseTrie()
    for bare, weak in found.values():
        trie.add(bare, (bare, weak))
    return trie


@cache
def foreign_suffixes() -> frozenset[str]:
    """Last words of foreign companies' and institutions' names in Latin letters, as written
    (`data/orgs/foreign_suffixes.txt`)."""
    return frozenset(load_lines("orgs/foreign_suffixes.txt"))



@cache
def spelled_heads() -> dict[str, str]:
    """Abbreviated head words as written -> the words the guidelines record (`data/orgs/spelled_heads.tsv`)."""
    return {row["written"]: row["spelled"] for row in load_tsv("orgs/spelled_heads.tsv", ("written", "spelled"))}


@cache
def member_titles() -> tuple[tuple[str, str], ...]:
    """(folded phrase, committee head) of the membership titles that name their committee inside
    them (`Đảng ủy viên` -> `Đảng ủy`; `data/orgs/chain_parents.json`)."""
    table = load_json("orgs/chain_parents.json", ("member_titles",))["member_titles"]
    return tuple((fold_key(written), head) for written, head in table.items())


@cache
def titles_with_head() -> dict[str, str]:
    """Folded title -> the head word of its body written inside it (`Trưởng Công an` -> `Công an`;
    `data/persons/headed_titles.json`)."""
    table = load_json("persons/headed_titles.json", ("titles_with_head",))["titles_with_head"]
    return {fold_key(title): head for title, head in table.items()}


@cache
def unshared_titles() -> frozenset[str]:
    """Folded titles that never share the next title's body in a chain (`data/orgs/chain_parents.json`)."""
    return frozenset(fold_key(t) for t in load_json("orgs/chain_parents.json", ("unshared_titles",))["unshared_titles"])
