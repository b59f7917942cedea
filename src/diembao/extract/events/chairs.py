"""Co-chairs: `Bộ trưởng A và Bí thư Thành ủy B đồng chủ trì hội nghị`, `Chủ tịch HĐND A; Chủ tịch
UBND B đồng chủ trì`. The person right before the verb chairs; so does each one joined to it by
a conjunction (`và`, `cùng`, a semicolon) across the titles and bodies of their appositions, and
the country a title is of (`Thủ tướng Lào X`).

Only a conjunction joins: a comma alone runs a person's own title chain (`ông A, Bí thư Tỉnh ủy,
chủ trì`) and a list of guests before a verb of their own.
"""

from __future__ import annotations

from diembao.extract.events.reader import Reader, words
from diembao.lexicon.persons import cue_trie

_MAX_CHAIRS = 4  # persons joined before one chairing verb


def persons_before(reader: Reader, verb: int, a: int) -> list[int]:
    """The persons (indices into `Article.persons`) chairing at the verb, nearest first."""
    tokens = reader.tokens
    out: list[int] = []
    joined = True  # the first person needs no conjunction
    places = {end: start for start, (end, _p) in reader.place_at.items()}
    k = verb - 1
    while k >= a and len(out) < _MAX_CHAIRS:
        p = reader.person_ending.get(k + 1)
        if p is not None:
            if not joined:
                break
            if p.person not in out:
                out.append(p.person)
            joined = False
            k = p.first - 1
            continue
        low = tokens[k].low
        if out and (low in words("chair_joins") or tokens[k].text == ";"):
            joined = True
            k -= 1
            continue
        if k in reader.titled or tokens[k].text in ",-–()" or low in words("chair_gap_words"):
            k -= 1
            continue
        if k + 1 in reader.org_end:
            k = reader.org_end[k + 1][0] - 1
            continue
        place = places.get(k + 1)
        if place is not None and place - 1 in reader.titled:
            k = place - 1  # `Thủ tướng Lào X`: the country a title is of
            continue
        cue = _cue_ending(reader, k + 1)
        if cue is not None:
            k = cue - 1  # `ông`, `Đại tướng` before a name
            continue
        break
    return out


def _cue_ending(reader: Reader, end: int, reach: int = 3) -> int | None:
    """The start of a form of address or a rank (`data/persons/cues.tsv`) that ends at token `end`."""
    for back in range(1, reach + 1):
        found = cue_trie().longest(reader.tokens, end - back) if end - back >= 0 else None
        if found is not None and found[0] == end:
            return end - back
    return None
