"""Office spells the text states: `được bầu giữ chức Bí thư` begins a spell, `nghỉ hưu` or
`miễn nhiệm chức Chủ tịch` ends one, on the day of the article that says so.

A cue (`data/kb/spell_cues.tsv`) counts when it stands in the same sentence before the office's
title with no comma between (`bổ nhiệm ông A giữ chức Giám đốc Sở ...`, not `ông Lê Văn Tân,
Chủ tịch`); `tân` (new) only right before the title; the nearest cue to the title decides. The
office keeps the earliest start and the latest end its articles state, beside the first and
last days they attest it.
"""

from __future__ import annotations

import re
from functools import cache

from diembao.data import load_tsv
from diembao.text import fold

# How far before a title a cue may stand (the cue, a name and its honorific fit in it).
_REACH = 80
_SENTENCE_END = re.compile(r"[.!?;\n]")


@cache
def _cues() -> tuple[re.Pattern[str], dict[str, str]]:
    table = {fold(row["cue"]).strip(): row["spell"].strip() for row in load_tsv("kb/spell_cues.tsv")}
    ordered = sorted(table, key=len, reverse=True)
    return re.compile(r"(?<!\w)(" + "|".join(map(re.escape, ordered)) + r")(?!\w)"), table


def spell_at(text: str, title_start: int) -> tuple[str, str] | None:
    """(start | end, the cue) stated before the title at `title_start`, or None."""
    window = text[max(0, title_start - _REACH):title_start]
    ends = list(_SENTENCE_END.finditer(window))
    if ends:
        window = window[ends[-1].end():]
    pattern, table = _cues()
    folded = fold(window)
    found = list(pattern.finditer(folded))
    if not found:
        return None
    cue = found[-1].group(1)
    between = folded[found[-1].end():]
    # `ông Lê Văn Tân, Chủ tịch ...`: a comma parts a name from its title, and the cue's words
    # from the title; `tân` (new) counts only right before the title.
    if "," in between or (cue == "tân" and between.strip()):
        return None
    return table[cue], cue
