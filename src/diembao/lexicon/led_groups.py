"""The words of a group named with its leader (`data/persons/led_groups.json`): `Đoàn kiểm tra do
ông A làm Trưởng đoàn`."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from diembao.lexicon.files import load_json
from diembao.text import fold_key
from diembao.text.tokens import PhraseTrie


@dataclass(frozen=True, slots=True)
class LedGroups:
    led_by: str  # folded
    verbs: frozenset[str]  # folded
    heads: dict[str, str]  # folded head -> as written
    stops: frozenset[str]  # folded
    reach: int
    leader_reach: int
    this_word: str  # folded
    this_units: PhraseTrie  # unit nouns before `này`, valued with their folded writing


@cache
def led_groups() -> LedGroups:
    data = load_json("persons/led_groups.json", ("led_by", "as", "group_heads", "name_stops", "reach",
                                                 "leader_reach", "this_word", "this_units"))
    return LedGroups(fold_key(data["led_by"]), frozenset(fold_key(w) for w in data["as"]),
                     {fold_key(h): h for h in data["group_heads"]}, frozenset(fold_key(w) for w in data["name_stops"]),
                     int(data["reach"]), int(data["leader_reach"]), fold_key(data["this_word"]), _units(data))


def _units(data: dict[str, object]) -> PhraseTrie:
    trie = PhraseTrie()
    for unit in data["this_units"]:  # type: ignore[attr-defined]
        trie.add(unit, fold_key(unit))
    return trie
