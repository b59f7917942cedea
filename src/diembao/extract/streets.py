"""Streets, markets and houses named after persons: the names of a street list are no persons.

`trên các tuyến đường: Lê Lợi, Trần Phú (đoạn từ Lò Đúc đến Phố Huế), Quang Trung`, `chợ Lê
Văn Tám`, `số 5 Trần Thánh Tông`, `598B5 Nguyễn Thị Định`: a street word (or a house number)
governs the capitalised names after it as long as they are joined by commas, dashes, `và`, a
parenthesis or the link words of `data/persons/streets.json`. The persons stage skips a name that
starts in such a list unless a form of address or a title stands right before it (`ông Lê Lợi`).
GUIDELINES: streets are neither persons nor locations.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from diembao.lexicon.persons import street_leads, street_words, surnames
from diembao.text.tokens import Token

# How far (in tokens) one street list may run: a traffic notice lists a few dozen streets.
_MAX_LIST = 400
_MAX_LEADS = 2  # `các tuyến đường như: …`
_MAX_ASIDE = 8  # tokens of an aside in a street list: `(quận 3)`, `(đoạn từ Lò Đúc đến Phố Huế)`
_JOINERS = frozenset({",", "-", "–", "(", ")", ":", "/"})
_BACK_JOINERS = frozenset({",", "-", "–"})


def trigger_words() -> frozenset[str]:
    heads, numbered, _links, _not_after = street_words()
    return frozenset(heads.first_tokens()) | frozenset(numbered.first_tokens())


def _house_number(text: str) -> bool:
    """`5A`, `598B5`, `12b`: a number with a letter is a house number, not a count."""
    return text[0].isdigit() and any(c.isalpha() for c in text)


def street_tokens(tokens: Sequence[Token], starts: Iterable[int]) -> frozenset[int]:
    """The token indices where a street name of a list starts; `starts`: where a street head or
    a house-number word may stand (the trigger words' positions)."""
    heads, numbered, links, not_after = street_words()
    out: set[int] = set()
    n = len(tokens)
    for i in starts:
        found = heads.longest(tokens, i)
        # A head in capitals is a name's own first word (`Cầu Giấy`, `Phố Huế`), unless the rest
        # of the head is in lower case (`Đại lộ Thăng Long`); `thành phố` is no street.
        if found is not None and (not tokens[i].cap or _lower_tail(tokens, i, found[0])) \
                and not (i and tokens[i - 1].low in not_after):
            if _list_from(tokens, found[0], links, out):
                _list_before(tokens, i, out)
            continue
        if found is not None and _capital_head(tokens, i, found[0]):
            out.add(i)
            _list_from(tokens, found[0], links, out)
            continue
        found = numbered.longest(tokens, i)
        if found is not None and found[0] < n and tokens[found[0]].text[0].isdigit():
            k = found[0] + 1
            if k < n and tokens[k].text == "," and _house_number(tokens[k - 1].text):
                k += 1
            _one_name(tokens, k, out)
    for k, t in enumerate(tokens):
        # A lettered house number needs no word before it (`căn nhà 598B5 Nguyễn Thị Định`).
        if t.word and t.text[0].isdigit() and _house_number(t.text):
            _one_name(tokens, k + 1, out)
    return frozenset(out)


def _one_name(tokens: Sequence[Token], k: int, out: set[int]) -> int:
    """Mark the capitalised run at token k (if any) as a street name; the index after it."""
    if k < len(tokens) and tokens[k].cap and tokens[k].word:
        out.add(k)
        while k < len(tokens) and (tokens[k].cap or tokens[k].text.isdigit()) and tokens[k].word:
            k += 1
    return k


def _capital_head(tokens: Sequence[Token], i: int, end: int) -> bool:
    """`Đường Hoàng Minh Giám …`, `Phố Nguyễn Trãi …` opening a sentence or a list: a one-word
    head in capitals before a person's full name (a family name first, or three words or more) is
    the street's own word; `Đường Lâm`, `Cầu Giấy` and the family name `Đường` before a given name
    (`Đường Văn Hùng`) stay as they are."""
    if not tokens[i].cap or end != i + 1 or end >= len(tokens) or not (tokens[end].cap and tokens[end].word) \
            or tokens[end].start - tokens[i].end != 1:
        return False
    k = end
    while k < len(tokens) and tokens[k].cap and tokens[k].word and tokens[k].start - tokens[k - 1].end == 1:
        k += 1
    return (tokens[end].low in surnames() and k - end >= 2) or k - end >= 3


def _lower_tail(tokens: Sequence[Token], i: int, end: int) -> bool:
    return end - i > 1 and all(not t.cap for t in tokens[i + 1:end])


def _list_from(tokens: Sequence[Token], k: int, links: frozenset[str], out: set[int]) -> bool:
    """Mark every name of the street list that starts at token k; whether there was one."""
    end = min(len(tokens), k + _MAX_LIST)
    leads = street_leads()
    for _ in range(_MAX_LEADS):
        if k < end and tokens[k].low in leads:
            k += 1
    if k < end and tokens[k].text == ":":
        k += 1
    if k >= end or not tokens[k].cap:
        return False  # `đường` as a plain noun (`con đường phát triển`): no list
    while k < end:
        t = tokens[k]
        if t.cap and t.word:
            k = _one_name(tokens, k, out)
        elif t.text == "(" and (close := _closing(tokens, k)) is not None:
            # An aside's lower-case words do not end the list (`chợ Trần Hữu Trang (quận 3), Phạm
            # Văn Hai`); the names in it are streets too (`(từ Nguyễn Cao đến Lò Đúc)`).
            k += 1
            while k < close:
                k = _one_name(tokens, k, out) if tokens[k].cap and tokens[k].word else k + 1
            k = close + 1
        elif t.text in _JOINERS or t.low in links or t.text.isdigit():
            k += 1
        else:
            break
    return True


def _closing(tokens: Sequence[Token], k: int) -> int | None:
    """The `)` closing the parenthesis at token k within a few tokens."""
    for j in range(k + 1, min(len(tokens), k + _MAX_ASIDE)):
        if tokens[j].text == ")":
            return j
    return None


def _list_before(tokens: Sequence[Token], head: int, out: set[int]) -> None:
    """A route names its streets bare and its bridges and avenues with their word (`…, Phạm
    Hùng, Lê Văn Lương, cầu Thăng Long`): the bare names joined by commas or dashes right before
    a street head are streets too. Only commas and dashes keep this list going backwards, so
    that a sentence's subject before it (`Nguyễn Văn A đi đường …`) is left alone."""
    k = head - 1
    stop = max(-1, head - _MAX_LIST)
    while k > stop and tokens[k].text in _BACK_JOINERS:
        k -= 1
        if k <= stop or not (tokens[k].cap and tokens[k].word):
            return
        while k - 1 > stop and tokens[k - 1].cap and tokens[k - 1].word \
                and tokens[k].start - tokens[k - 1].end <= 1:
            k -= 1
        out.add(k)
        k -= 1
