"""Foreign names at the end of an office's phrase: `Bí thư thứ nhất Ban Chấp hành Trung ương
Đảng Cộng sản Cuba Raul Castro`, `Đặc phái viên của Bộ Ngoại giao Nga Rodion Miroshnik`,
`Chủ tịch nước CHND Trung Hoa Tập Cận Bình`.

The office is written, then the body it belongs to, then the country, then the name. Where the
body stage reads the body only in part (`Ban Chấp hành Trung ương Đảng` without `Cộng sản
Cuba`), the name no longer stands right after a title or a body, and the persons stage saw no
cue. This module reads the phrase back from the country to the office: a few words, no
punctuation. Only a foreign name is taken so (a syllable that is no Vietnamese one, or a Chinese
family name): after a country, a Vietnamese-looking run is as likely a body's own word.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from diembao.extract.titles import TitleIndex
from diembao.lexicon.gazetteer import is_country
from diembao.lexicon.persons import foreign_surnames
from diembao.text.syllables import is_syllable
from diembao.text.tokens import Token

# How far back from the country the office may stand (tokens), and how many of those tokens
# no body or place covers: a body's name read in part leaves a word or two uncovered (`thứ
# nhất`, `Cộng sản`), a sentence between office and name leaves many.
_MAX_PHRASE = 14
_MAX_LOOSE = 4


def _foreign(tokens: Sequence[Token], k: int, b: int) -> bool:
    if b - k < 2:
        return False
    if tokens[k].low in foreign_surnames():
        return True
    return any(len(t.text) > 1 and not is_syllable(t.text) for t in tokens[k:b])


def after_office_phrase(tokens: Sequence[Token], a: int, b: int, index: TitleIndex,
                        places: Mapping[int, tuple[int, int]], orgs: Mapping[int, tuple[int, int]]) -> bool:
    """Whether the capitalised run tokens[a:b] opens with a country (or a place) that ends an
    office's phrase and goes on with a foreign name; `places`, `orgs`: the spans of places and
    bodies by token index."""
    span = places.get(a)
    if is_country(tokens[a].text):
        name = a + 1
    elif span is not None and span[0] == a and span[1] < b:
        name = span[1]
    else:
        return False
    if not _foreign(tokens, name, b):
        return False
    loose = 0
    j = a
    while j > 0 and a - j < _MAX_PHRASE:
        if j in index.ends or j in index.cue_ends:
            return True
        prev = tokens[j - 1]
        if not prev.word:
            return False  # punctuation: the phrase is broken
        if j - 1 not in places and j - 1 not in orgs:
            loose += 1
            if loose > _MAX_LOOSE:
                return False
        j -= 1
    return False
