"""The vocabulary of events (`data/events/`): the head words of each event type (`heads.tsv`),
and the cue words that say an event happened, who organised or chaired it (`cues.json`)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from diembao.lexicon.files import load_json, load_tsv
from diembao.text import fold_key
from diembao.text.tokens import PhraseTrie


@dataclass(frozen=True, slots=True)
class Lexicon:
    heads: PhraseTrie
    cues: dict[str, PhraseTrie]
    implied_organizers: dict[str, str]


@cache
def lexicon() -> Lexicon:
    heads = PhraseTrie()
    for row in load_tsv("events/heads.tsv", ("type", "phrases")):
        for phrase in row["phrases"].split("|"):
            heads.add(phrase.strip(), row["type"])
    raw: dict[str, Any] = load_json("events/cues.json")
    cues = {}
    for key, words in raw.items():
        if key.startswith("_") or not isinstance(words, list):
            continue
        trie = PhraseTrie()
        for w in words:
            trie.add(w, True)
        cues[key] = trie
    implied = {fold_key(k): v for k, v in raw.get("implied_organizers", {}).items()}
    return Lexicon(heads, cues, implied)


@cache
def default_organizers() -> dict[str, str]:
    return dict(load_json("events/cues.json").get("default_organizers", {}))


_GRAMMAR_KEYS = (
    "meeting_type", "meeting_verb", "until", "of", "chair_verb_start", "aspect_before_head",
    "aspect_before_verb", "issuing_words", "classifiers", "located_words", "at", "chair_gap_words",
    "chair_verb_tail", "chair_lead", "same_day", "talk_types", "past_aspect", "chair_joins",
    "court_types", "court_heads", "deadline", "term_words",
    "life_year_cues", "session_nouns", "current_year_cues", "after_words",
)


@cache
def grammar() -> dict[str, Any]:
    """The event grammar's own words by role (`data/events/grammar.json`)."""
    return load_json("events/grammar.json", _GRAMMAR_KEYS)  # type: ignore[no-any-return]


@cache
def series_types() -> frozenset[str]:
    return frozenset(load_json("events/cues.json").get("series_types", {}))
