"""A place written like a person's name: when an article's "person" is a district, a commune or a
well-known facility.

The person stage reads any capitalised pair of syllables that could be a name; `Hoàng Mai` (a
district of Hà Nội) and `Bạch Mai` (a ward, and a hospital) are also persons' names, so the name
alone cannot decide (`keys.name_form` drops only the places that are never a person's name). The
article can: a name of the gazetteer's districts and communes, or of a well-known facility
(`lexicon.kb.local_place_names`), that the article writes as a place (after `ở`, `tại`, `quận`,
`BV`, ...: `place_before` in grammar.json; or before a comma and a place, `Hoàng Mai, Hà Nội`)
and to which it gives no office is no person in that article.
"""

from __future__ import annotations

import re
from functools import cache

from diembao.lexicon import kb as lexicon
from diembao.record import Person
from diembao.text import fold_key

from . import keys

# How far before a mention its place word may start, and after it the place it is followed by.
_BEFORE, _AFTER = 24, 40
_FOLLOWED = re.compile(r"^\s*[,–-]\s*([^\W\d_]+(?: [^\W\d_]+){0,3})")


@cache
def _before() -> re.Pattern[str]:
    words = sorted(lexicon.words("place_before"), key=len, reverse=True)
    return re.compile(rf"(?:^|[\s(])(?:{'|'.join(map(re.escape, words))})\s*$")


def written_as_place(text: str, person: Person) -> bool:
    """Whether `person` of an article whose text is `text` is a place the article names."""
    key = fold_key(person.name)
    if key not in lexicon.local_place_names() or any(p.title.strip() for p in person.positions):
        return False
    return any(_place_at(text, m.start, m.end) for m in person.mentions)


def _place_at(text: str, start: int, end: int) -> bool:
    if _before().search(fold_key(text[max(0, start - _BEFORE):start])):
        return True
    after = _FOLLOWED.match(text[end:end + _AFTER])
    if after is None:
        return False
    words = fold_key(after.group(1)).split()
    places, provinces = lexicon.local_place_names(), keys.provinces()
    return any(" ".join(words[:n]) in places or " ".join(words[:n]) in provinces for n in range(1, len(words) + 1))
