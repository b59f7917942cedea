"""Shapes of a written name that tell a person from a thing, or finish a name the run cut short.

- A Vietnamese family name before foreign words only, with no cue: `La Nina` (the climate
  pattern), `La Famiglia` (a collection). A person of a Vietnamese family writes a Vietnamese
  given name; a foreign given name goes with a cue or a title (`ca sĩ Lê Kevin`). A family
  that other nations share (`Kim Jong Il`: `data/persons/shared_surnames.txt`) is left alone.
- A foreign name whose second family name follows a spaced hyphen: `Miguel Diaz - Canel`, as
  the press writes `Díaz-Canel`. Only a single capitalised foreign word that the article writes
  nowhere else: `Jensen Huang - Nvidia` names the company again elsewhere.
- A newspaper's name is no person's without a form of address (`phóng viên Tuổi Trẻ`,
  `theo Tiền Phong`): the outlets of `data/outlets.tsv`.
"""

from __future__ import annotations

from collections.abc import Sequence

from diembao.lexicon.outlets import by_name
from diembao.lexicon.persons import shared_surnames, surnames
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
    if last + 1 >= len(tokens) or tokens[last].text not in _DASHES or not any(_foreign(t) for t in tokens[a:last]):
        return last
    tail = tokens[last + 1]
    if not (tail.cap and tail.text.isalpha() and tail.text[1:].islower() and _foreign(tail)):
        return last
    if last + 2 < len(tokens) and tokens[last + 2].cap and tokens[last + 2].word:
        return last  # `Young Liu - Chủ tịch Foxconn`: what follows the dash is a phrase of its own
    if text.count(tail.text) > 1:
        return last
    return last + 2



def an_outlet(name: str) -> bool:
    """Whether `name` is a news outlet's name (`Tuổi Trẻ`, `Tiền Phong`)."""
    return by_name(name) is not None
