"""The temporal vocabulary (`data/temporal.json`): the words of dates, parts of day, weekdays,
relative expressions, and the calendar's numbers (the year window, valid years, UTC offset)."""

from __future__ import annotations

from functools import cache
from typing import Any

from diembao.lexicon.files import load_json


@cache
def vocab() -> dict[str, Any]:
    return load_json("temporal.json")
