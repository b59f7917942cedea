"""Shapes of a written name that tell a person from a thing, or finish a name the run cut short.

- A Vietnamese family name before foreign words only, with no cue: `La Nina` (the climate
  pattern), `La Famiglia` (a collection). A person of a Vietnamese family writes a Vietnamese
  given name; a foreign given name goes with a cue or a title (`ca sĩ Lê Kevin`). A family
  that other nations share (`Kim Jong Il`: `data/persons/shared_surnames.txt`) is left alone.
- A foreign name whose second family name follows a spaced hyphen: `Miguel Diaz - Canel`, as
  the press writes `Díaz-Canel`. Only a single capitalised foreign word that the article writes
  nowhere else: `Jensen Huang - Nvidia` names the company again elsewhere. So does the lower-case
  second syllable of a Korean or Thai given name (`Kim Yo - jong`, `Prayuth Chan - ocha`).
- A name glued to the next word where the page lost a space (`Phạm Minh Chínhyêu cầu`, `Hoàng
  Thùy Linhđược`): the last word splits into two Vietnamese syllables, one of them with a
  Vietnamese letter, and the rest of the name is Vietnamese; the name ends with the first.
- A youth union's word that is also a family name (`Trung ương Đoàn Lê Quốc Phong`) is the
  union's, where another family name follows it.
- A newspaper's name is no person's without a form of address (`phóng viên Tuổi Trẻ`,
  `theo Tiền Phong`): the outlets of `data/outlets.tsv`; nor is a football club's or league's
  (`cầu thủ Man United`, `HLV Real Madrid`).
"""

from __future__ import annotations

from collections.abc import Sequence

from diembao.lexicon.gazetteer import gazetteer, is_country
from diembao.lexicon.outlets import by_name
from diembao.lexicon.persons import (
    club_words,
    foreign_particles,
    noun_surnames,
    shared_surnames,
    surnames,
    union_bodies,
)
from diembao.text import fold_key
from diembao.text.syllables import is_syllable
from diembao.text.tokens import Token

_DASHES = frozenset({"-", "–"})


def _foreign(t: Token) -> bool:
    return len(t.text) > 1 and not is_syllable(t.text)


def family_before_foreign(tokens: Sequence[Token], a: int, b: int) -> bool:
    """Whether tokens[a:b] are a Vietnamese family name and foreign words only."""
    return b - a >= 2 and tokens[a].low in surnames() and tokens[a].low not in shared_surnames() \
        and not _foreign(tokens[a]) and all(_foreign(t) for t in tokens[a + 1:b])


def spaced_hyphen_tail(tokens: Sequence[Token], a: int, last: int, text: str) -> int:
    """The token index after `Canel` of `Miguel Diaz - Canel` where the name tokens[a:last] is
    foreign and a spaced hyphen and one such word follow it; else `last`."""
    joined = _double_surname(tokens, last, text)
    if joined != last:
        return joined
    if last + 1 >= len(tokens) or tokens[last].text not in _DASHES or not any(_foreign(t) for t in tokens[a:last]):
        return last
    tail = tokens[last + 1]
    if _romanised_syllable(tokens, a, last, tail):
        return last + 2
    if not (tail.cap and tail.text.isalpha() and tail.text[1:].islower() and _foreign(tail)):
        return last
    if last + 2 < len(tokens) and tokens[last + 2].cap and tokens[last + 2].word:
        return last  # `Young Liu - Chủ tịch Foxconn`: what follows the dash is a phrase of its own
    if text.count(tail.text) > 1:
        return last
    return last + 2



# How many capitalised words a particle may bring (`van der Burg`, `bin Zayed Al Nahyan`).
_AFTER_PARTICLE = 2


def with_particles(tokens: Sequence[Token], a: int, last: int) -> int:
    """The token index after a foreign name tokens[a:last] with the particles and the capitalised
    foreign words that follow it (`Faysal al-Khazraji`, `Simon van der Burg`); else `last`."""
    if not any(_foreign(t) for t in tokens[a:last]):
        return last
    k, n = last, len(tokens)
    while k < n and tokens[k].text in foreign_particles() and tokens[k].start - tokens[k - 1].end <= 1:
        k += 1
    if k == last:
        return last
    if k + 1 < n and tokens[k].text in _DASHES:  # `al-Khazraji`, `el - Sisi`
        k += 1
    if k >= n or not (tokens[k].cap and tokens[k].text.isalpha() and _foreign(tokens[k])):
        return last
    end = k + 1
    while end < n and end - k < _AFTER_PARTICLE and tokens[end].cap and tokens[end].text.isalpha() \
            and _foreign(tokens[end]) and tokens[end].start - tokens[end - 1].end == 1:
        end += 1
    return end


def foreign_tail(tokens: Sequence[Token], a: int, last: int, text: str) -> int:
    """The end of the name tokens[a:last] with a spaced-hyphen tail and then particles."""
    return with_particles(tokens, a, spaced_hyphen_tail(tokens, a, last, text))


def _double_surname(tokens: Sequence[Token], last: int, text: str) -> int:
    """`Miguel Díaz-Canel Bermudez`, `Miguel Díaz - Canel Bermudez`: a Spanish double surname
    joins two capitalised foreign words with a hyphen, and the mother's surname may follow. After
    a spaced dash, a word the text writes again is a name of its own (`Jensen Kuo - Vantix`, the
    company)."""
    if not (0 < last < len(tokens) - 1 and tokens[last].text in "-‐–" and _foreign(tokens[last - 1])):
        return last
    if tokens[last].start > tokens[last - 1].end and text.count(tokens[last + 1].text) > 1:
        return last
    k = last + 1
    while k < len(tokens) and tokens[k].cap and _foreign(tokens[k]) and tokens[k].text.isalpha() \
            and tokens[k].start - tokens[k - 1].end <= 1:
        k += 1
    return k if k > last + 1 else last


def _romanised_syllable(tokens: Sequence[Token], a: int, last: int, tail: Token) -> bool:
    """`Kim Yo - jong`, `Prayuth Chan - ocha`: a text re-joined from word-segmented text spaces the
    hyphen of a Korean or Thai given name; its lower-case second syllable is no Vietnamese word,
    and the name before it is written in plain Latin letters."""
    return tail.text.isascii() and tail.text.isalpha() and tail.text.islower() and _foreign(tail) \
        and all(t.text.isascii() for t in tokens[a:last])


def an_outlet(name: str) -> bool:
    """Whether `name` is a news outlet's name (`Tuổi Trẻ`, `Tiền Phong`) or a football club's or
    league's (`cầu thủ Man United`, `HLV Real Madrid`: `data/persons/club_words.txt`)."""
    return by_name(name) is not None or any(w in club_words() for w in fold_key(name).split())


def latin_end(tokens: Sequence[Token], a: int, last: int) -> int:
    """`Raul Castro Ruz Huân chương`, `bà Marine Le Pen Bà Le Pen`: a foreign name written in
    plain Latin letters ends before a Vietnamese syllable with its marks, where the next sentence
    or a repeated caption ran into it."""
    if last - a < 3 or not all(t.text.isascii() and t.text.isalpha() for t in tokens[a:a + 2]) \
            or not any(_foreign(t) for t in tokens[a:a + 2]):
        return last
    for k in range(a + 2, last):
        if not tokens[k].text.isascii():
            return k if is_syllable(tokens[k].text) else last
    return last


def body_of_place(name: str) -> bool:
    """`Đoàn Hà Nội`, `Than Quảng Ninh`: a family name that also heads a body, before a province's
    or a country's whole name, is that place's delegation or team."""
    first, _, rest = name.partition(" ")
    return fold_key(first) in noun_surnames() and (gazetteer().is_province(rest) or is_country(rest))


def _vietnamese_letter(text: str) -> bool:
    return any(not c.isascii() for c in text)


def glued_end(tokens: Sequence[Token], a: int, last: int) -> int | None:
    """Where, within the last token of the name tokens[a:last], the name ends if the next word
    is glued to it (a character count into that token), or None."""
    tail = tokens[last - 1].text
    if last - a < 2 or not tail.isalpha() or is_syllable(tail) \
            or not all(is_syllable(t.text) for t in tokens[a:last - 1]):
        return None
    splits = [k for k in range(len(tail) - 1, 1, -1)
              if tail[k:].islower() and is_syllable(tail[:k]) and is_syllable(tail[k:])
              and (_vietnamese_letter(tail[:k]) or _vietnamese_letter(tail[k:]))]
    # The longest head: `Chínhyêu` is `Chính yêu`. (`Chinổi` is then read `Chin ổi`, not `Chi
    # nổi`: the syllable check alone cannot tell them apart.)
    return splits[0] if splits else None


def after_union(tokens: Sequence[Token], a: int, b: int) -> int:
    """Where the name tokens[a:b] starts if its first word closes a youth union's name
    (`Trung ương Đoàn Lê Quốc Phong` -> `Lê Quốc Phong`); else `a`."""
    if b - a < 3 or tokens[a + 1].low not in surnames():
        return a
    for phrase in union_bodies():
        size = len(phrase)
        if a + 1 - size >= 0 and tuple(t.low for t in tokens[a + 1 - size:a + 1]) == phrase:
            return a + 1
    return a
