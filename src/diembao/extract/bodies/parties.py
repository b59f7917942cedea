"""A party named with its country (`Đảng Dân tiến Nhật Bản`, `Đảng Hành động Nhân dân Singapore`,
`Đảng Cộng sản Việt Nam`): the word for party, its own name (a capital first), then the country. The
country is what makes it a body: a bare `Đảng` (the guidelines do not count it) or `Đảng Dân tiến`
written again later is no body, and neither is a run of capitals that never reaches a country
(`Đảng Cộng sản Tổng Bí thư Tô Lâm`)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from diembao.extract.spans import PlaceSpan
from diembao.lexicon.bodies import grammar, units
from diembao.text import fold_key
from diembao.text.tokens import Token

_MAX_NAME = 5  # words of a party's own name between the word for party and its country


def party_word() -> str:
    """The folded word a party's name begins with (`data/orgs/grammar.json` party)."""
    return str(grammar()["party"])


def party_end(tokens: Sequence[Token], i: int, place_at: dict[int, tuple[int, PlaceSpan]],
              joined: Callable[[int], bool], is_stop: Callable[[int], bool]) -> tuple[int, str] | None:
    """(the token after the country, the country) of a party named at token i, else None."""
    if tokens[i].low != party_word() or not tokens[i].cap:
        return None
    k = i + 1
    while k < len(tokens) and k - i <= _MAX_NAME + 1 and joined(k):
        place = place_at.get(k)
        if place is not None:
            if place[1].kind == "country" and k > i + 1:
                return place[0], place[1].name
            return None
        # Only the name's first syllable need be a capital (`Đảng Dân tiến`, `Hành động Nhân dân`).
        first = k == i + 1
        if not tokens[k].word or (first and not (tokens[k].cap or tokens[k].upper)) or is_stop(k):
            return None
        k += 1
    return None


def with_party_word(tokens: Sequence[Token], name: str, j: int, joined: Callable[[int], bool]) -> int:
    """Past the word for party after a central body whose name ends at the central level (`Ban
    Đối ngoại Trung ương` + `Đảng`): the press writes the board of the Party's Central Committee
    so, and the annotators keep the body as written. Else j."""
    markers = tuple(fold_key(m) for m in units()["central_markers"])
    if j < len(tokens) and joined(j) and tokens[j].cap and tokens[j].low == party_word() \
            and fold_key(name).endswith(tuple(" " + m for m in markers)):
        return j + 1
    return j
