"""The vocabulary that links a person to an office (`data/persons/links.json`): the verbs of
holding an office, and the words between a title and a name."""

from __future__ import annotations

from functools import cache

from diembao.lexicon.files import load_json
from diembao.lexicon.persons import title_rows
from diembao.text import fold_key
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


@cache
def qualifications() -> PhraseTrie:
    """Degrees written out that may stand, with their field, between a name and its offices."""
    trie = PhraseTrie()
    for phrase in load_json("persons/links.json", ("qualifications",))["qualifications"]:
        trie.add(phrase, True)
    return trie


@cache
def holders_apart() -> frozenset[str]:
    """Folded words that part the titles of two holders in one run (`data/persons/links.json`)."""
    return frozenset(fold_key(w) for w in load_json("persons/links.json", ("holders_apart",))["holders_apart"])


@cache
def plural_words() -> tuple[frozenset[str], PhraseTrie, frozenset[str]]:
    """Words before a chain of titles that make it plural, words after it that do, and the
    words that join the names of its list (`data/persons/grammar.json`), folded."""
    rules = load_json("persons/grammar.json", ("plural_before", "plural_after", "list_joins"))
    after = PhraseTrie()
    for phrase in rules["plural_after"]:
        after.add(phrase, True)
    return (frozenset(fold_key(w) for w in rules["plural_before"]), after,
            frozenset(fold_key(w) for w in rules["list_joins"]))


@cache
def plural_list_words() -> tuple[PhraseTrie, frozenset[str]]:
    """The words that open the list of a plural chain's holders, and those that may stand before
    them (`data/persons/grammar.json`), folded."""
    rules = load_json("persons/grammar.json", ("plural_list_openers", "plural_list_skip"))
    openers = PhraseTrie()
    for phrase in rules["plural_list_openers"]:
        openers.add(phrase, True)
    return openers, frozenset(fold_key(w) for w in rules["plural_list_skip"])


@cache
def described_titles() -> tuple[frozenset[str], frozenset[str], int]:
    """The titles the press follows with the function they head, the words that end the function,
    and its longest length in words (`data/persons/grammar.json`), folded."""
    rules = load_json("persons/grammar.json", ("described_heads", "described_before", "described_max_words"))
    return (frozenset(fold_key(w) for w in rules["described_heads"]),
            frozenset(fold_key(w) for w in rules["described_before"]), int(rules["described_max_words"]))


@cache
def described_stops() -> frozenset[str]:
    """Words a title's function never runs over (`data/persons/grammar.json`), folded."""
    return frozenset(fold_key(w) for w in load_json("persons/grammar.json", ("described_stops",))["described_stops"])


@cache
def default_bodies() -> dict[str, str]:
    """Folded title -> the body it belongs to by convention when the text names none
    (`data/persons/titles.tsv`: `Thủ tướng` -> `Chính phủ`); titles of the state (`-`) left out."""
    out: dict[str, str] = {}
    for row in title_rows():
        body = row.get("default_org") or ""
        if body and body != "-" and not row.get("fixed_org"):
            out.setdefault(fold_key(row["title"]), body)
    return out


@cache
def unit_heads() -> dict[str, str]:
    """Folded title -> the folded head word of the unit it heads (`Tổng cục trưởng` -> `tong cuc`)."""
    out: dict[str, str] = {}
    for row in title_rows():
        if row.get("unit") and not row.get("fixed_org"):
            out.setdefault(fold_key(row["title"]), fold_key(row["unit"]))
    return out


@cache
def station_words() -> frozenset[str]:
    """Folded words that, before a place, name where an office is held (`Đại sứ … tại Nhật Bản`)."""
    return frozenset(fold_key(w) for w in load_json("persons/links.json", ("station_words",))["station_words"])
