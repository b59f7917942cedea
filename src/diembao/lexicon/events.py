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
