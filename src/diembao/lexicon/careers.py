"""The vocabulary of careers (`data/persons/careers.json`): the words that tie a chain of titles to
a sentence's subject, the joins of a career list, and the shape of a biography's timeline."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from diembao.lexicon.files import load_json
from diembao.text import fold_key
from diembao.text.tokens import PhraseTrie


@dataclass(frozen=True, slots=True)
class Careers:
    anchors: frozenset[tuple[str, ...]]  # folded words, in order
    longest_anchor: int
    not_after: frozenset[tuple[str, ...]]
    appointing: frozenset[tuple[str, ...]]
    passive_markers: frozenset[str]
    max_gap: int
    joins: PhraseTrie
    pronouns: frozenset[str]
    plural_heads: frozenset[tuple[str, ...]]
    shared: frozenset[str]
    timeline: re.Pattern[str]
    date_led: re.Pattern[str]
    timeline_min_lines: int
    recipients: frozenset[tuple[str, ...]]
    replaces: frozenset[tuple[str, ...]]
    term_words: frozenset[str]
    list_openers: frozenset[str]
    term_plural: str
    opener_reach: int
    kin: PhraseTrie
    kin_reach: int
    pronoun_reach: int
    subject_breaks: frozenset[str] = frozenset()
    passive_only: frozenset[tuple[str, ...]] = frozenset()


@cache
def careers() -> Careers:
    rules = load_json("persons/careers.json")
    anchors = frozenset(tuple(fold_key(a).split()) for a in rules["anchors"])
    joins = PhraseTrie()
    for phrase in rules["list_joins"]:
        joins.add(phrase, True)
    not_after = frozenset(tuple(fold_key(a).split()) for a in rules["not_after"])
    appointing = frozenset(tuple(fold_key(a).split()) for a in rules["appointing"])
    kin = PhraseTrie()
    for phrase in rules["kin"]:
        kin.add(phrase, True)
    return Careers(anchors, max(len(a) for a in anchors), not_after, appointing,
                   frozenset(fold_key(w) for w in rules["passive_markers"]), int(rules["max_gap"]), joins,
                   frozenset(fold_key(p) for p in rules["pronouns"]),
                   frozenset(tuple(fold_key(h).split()) for h in rules["plural_heads"]),
                   frozenset(fold_key(w) for w in rules["shared"]),
                   re.compile(rules["timeline"], re.IGNORECASE | re.MULTILINE),
                   re.compile(rules["date_led"], re.IGNORECASE | re.MULTILINE),
                   int(rules["timeline_min_lines"]),
                   frozenset(tuple(fold_key(r).split()) for r in rules["recipients"]),
                   frozenset(tuple(fold_key(r).split()) for r in rules["replaces"]),
                   frozenset(fold_key(w) for w in rules["term_words"]),
                   frozenset(fold_key(w) for w in rules["list_openers"]), fold_key(rules["term_plural"]),
                   int(rules["opener_reach"]), kin, int(rules["kin_reach"]),
                   int(rules["pronoun_reach"]), frozenset(fold_key(w) for w in rules["subject_breaks"]),
                   frozenset(tuple(fold_key(a).split()) for a in rules["passive_only"]))


@dataclass(frozen=True, slots=True)
class Planned:
    anchors: frozenset[tuple[str, ...]]  # the verbs of taking an office, folded
    words: frozenset[tuple[str, ...]]  # proposing words anywhere before the verb in its sentence
    held: frozenset[str]  # a word right before the verb that says the office is held
    breaks: frozenset[str]  # words that open a clause with a subject of its own
    reach: int  # how many tokens before the verb a proposing word may stand
    longest: int


@cache
def planned_rules() -> Planned:
    rules = load_json("persons/careers.json")["planned"]

    def phrases(key: str) -> frozenset[tuple[str, ...]]:
        return frozenset(tuple(fold_key(p).split()) for p in rules[key])

    words = phrases("words")
    return Planned(phrases("anchors"), words, frozenset(fold_key(w) for w in rules["held"]),
                   frozenset(fold_key(w) for w in rules["breaks"]), int(rules["reach"]), max(map(len, words)))
