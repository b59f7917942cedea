"""The words of a group named with its leader (`data/persons/led_groups.json`): `Đoàn kiểm tra do
ông A làm Trưởng đoàn`."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from diembao.lexicon.files import load_json
from diembao.text import fold_key


@dataclass(frozen=True, slots=True)
class LedGroups:
    led_by: str  # folded
    verbs: frozenset[str]  # folded
    heads: dict[str, str]  # folded head -> as written
    stops: frozenset[str]  # folded
    reach: int
    leader_reach: int


@cache
def led_groups() -> LedGroups:
    data = load_json("persons/led_groups.json", ("led_by", "as", "group_heads", "name_stops", "reach",
                                                 "leader_reach"))
    return LedGroups(fold_key(data["led_by"]), frozenset(fold_key(w) for w in data["as"]),
                     {fold_key(h): h for h in data["group_heads"]}, frozenset(fold_key(w) for w in data["name_stops"]),
                     int(data["reach"]), int(data["leader_reach"]))
