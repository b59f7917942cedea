"""Is this word a well-formed Vietnamese syllable? (`người` yes; `ngươì`, `été`, `Vieät` no.)

A syllable is an onset, a vowel group and a final consonant (`data/syllables/`), with at most one
tone mark, standing on a vowel of the group where Vietnamese spelling puts it, and only the acute
or dot-below tone before a stop final (c, ch, p, t). The test is strict enough to tell Vietnamese
text from the same bytes read in the wrong encoding, which is what `diembao.legacy` uses it for.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache

from diembao.lexicon import syllables as _tables

# The five tone marks as combining characters: huyền, sắc, hỏi, ngã, nặng.
TONE_MARKS = "\u0300\u0301\u0309\u0303\u0323"
_STOP_TONES = frozenset("\u0301\u0323")


@dataclass(frozen=True, slots=True)
class _Nucleus:
    tone_at: frozenset[int]
    coda: str  # "none", "required" or "optional"
    front: bool


@dataclass(frozen=True, slots=True)
class _Inventory:
    onsets: frozenset[str]
    codas: dict[str, bool]  # coda -> is a stop
    nuclei: dict[str, _Nucleus]


@cache
def _inventory() -> _Inventory:
    nuclei = {
        row["nucleus"]: _Nucleus(
            tone_at=frozenset(int(i) for i in row["tone_at"].split(",")),
            coda=row["coda"],
            front=row["front"] == "yes",
        )
        for row in _tables.nuclei()
    }
    codas = {row["coda"]: row["stop"] == "yes" for row in _tables.codas()}
    return _Inventory(frozenset(_tables.onsets()), codas, nuclei)


def split_tone(word: str) -> tuple[str, str | None, int]:
    """`word` (NFC) without its tone mark, the mark, and the index of the letter that bore it
    (-1 if none). More than one tone mark gives mark `"*"`: no syllable has two."""
    base: list[str] = []
    tone: str | None = None
    where = -1
    for index, char in enumerate(word):
        decomposed = unicodedata.normalize("NFD", char)
        marks = [m for m in decomposed if m in TONE_MARKS]
        if marks:
            if tone is not None or len(marks) > 1:
                return word, "*", index
            tone, where = marks[0], index
            decomposed = "".join(m for m in decomposed if m not in TONE_MARKS)
        base.append(unicodedata.normalize("NFC", decomposed))
    return "".join(base), tone, where


def _case_shape_ok(word: str) -> bool:
    # Mixed case inside a word (`ChuỊ`) is what a wrong decoding produces, not what people write.
    return word.islower() or word.isupper() or (word[0].isupper() and (len(word) == 1 or word[1:].islower()))


# The longest a syllable can be: an onset of three letters (`ngh`), a nucleus of three (`uyê`) and
# a coda of two (`ng`), as `_splits` reads them.
MAX_LENGTH = 8


# Bounded: the words asked about come from the input, and a long run must not grow it without end.
@lru_cache(maxsize=1 << 16)
def is_syllable(word: str) -> bool:
    """Whether `word` is one well-formed Vietnamese syllable (any case, NFC or not)."""
    word = unicodedata.normalize("NFC", word)
    if not word or len(word) > MAX_LENGTH or not word.isalpha() or not _case_shape_ok(word):
        return False
    base, tone, where = split_tone(word.lower())
    if tone == "*" or len(base) != len(word):
        return False
    return any(_parse_ok(base, tone, where, onset_len, coda_len) for onset_len, coda_len in _splits(base))


def _splits(base: str) -> list[tuple[int, int]]:
    inventory = _inventory()
    onsets = [k for k in range(4) if k == 0 or base[:k] in inventory.onsets]
    codas = [k for k in range(3) if k == 0 or base[len(base) - k:] in inventory.codas]
    return [(o, c) for o in onsets for c in codas if o + c < len(base)]


def _parse_ok(base: str, tone: str | None, where: int, onset_len: int, coda_len: int) -> bool:
    inventory = _inventory()
    group = base[onset_len: len(base) - coda_len]
    nucleus = inventory.nuclei.get(group)
    if nucleus is None:
        return False
    coda = base[len(base) - coda_len:] if coda_len else ""
    if (nucleus.coda == "none" and coda) or (nucleus.coda == "required" and not coda):
        return False
    if group == "y" and coda and base[:onset_len] != "qu":
        return False  # `quỳnh`, `quýt`: after `qu` the y is the vowel `uy`, which takes a final
    if coda in ("ch", "nh") and not nucleus.front:
        return False
    if tone is None:
        return True
    if coda and inventory.codas[coda] and tone not in _STOP_TONES:
        return False
    allowed = nucleus.tone_at
    if coda and len(allowed) > 1:
        # Where old and new spelling differ (`hoà` / `hòa`), a closed syllable still takes the
        # mark on the later vowel in both: `hoàn`, `thuyết`, never `hòan`.
        allowed = frozenset({max(allowed)})
    return (where - onset_len) in allowed
