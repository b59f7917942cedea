"""The layout's own words (`data/layout/grammar.json`), compiled into the patterns the readers
match with: a header date line's weekday and `ngày`, the link placeholder a scraper leaves, the
hint of a photo marker. The readers read their other layout tables through `lexicon.files`."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from diembao.lexicon.files import load_json
from diembao.text import alternation_in_order


@cache
def grammar() -> dict[str, Any]:
    """The words by role, as `data/layout/grammar.json` names them."""
    return load_json("layout/grammar.json")  # type: ignore[no-any-return]


@cache
def header_date() -> re.Pattern[str]:
    """A header date line (`Thứ Tư, 10/11/2021, 17:48 (GMT+7)`), matched on the folded line."""
    g = grammar()
    sunday = r"\s*".join(re.escape(w) for w in g["sunday"])
    weekday = (
        rf"(?:{re.escape(g['weekday_word'])}\s*(?:{alternation_in_order(g['weekday_names'])})|{sunday}"
        rf"|{alternation_in_order(g['weekday_abbreviations'])}|t[2-7])"
    )
    return re.compile(
        rf"^\s*(?:{weekday}\s*[,\-–|]?\s*)?(?:{re.escape(g['day_word'])}\s+)?"
        r"(\d{1,2})[/\-.](\d{1,2})[/\-.](\d{4})"
        r"(?:\s*[,\-–|]?\s*(\d{1,2})[:h](\d{2})(?::(\d{2}))?)?"
        r"\s*(?:\(?\s*(gmt|utc)\s*([+-]\s*\d{1,2})?\s*\)?)?\s*\.?\s*$",
        re.IGNORECASE,
    )


@cache
def link_placeholder() -> re.Pattern[str]:
    """What a scraper left for a link at the end of a paragraph (`Nguồn: [Link nguồn]`)."""
    g = grammar()
    return re.compile(rf"(?:\s*{re.escape(g['source_word'])}\s*:\s*{re.escape(g['link_placeholder'])})+\s*$")


@cache
def photo_hint() -> re.Pattern[str]:
    """A cheap test: a line it does not find holds no photo marker."""
    return re.compile(alternation_in_order(grammar()["photo_hints"]))
