"""Plural chains of titles that open a list of their holders, each holder written with titles of
their own (issue 9, pattern 12): `Bảy Phó ban khác gồm các ông A, Ủy viên Trung ương Đảng, Phó
Trưởng ban Thường trực; B, Thứ trưởng Bộ Tài chính (kiêm nhiệm)`, `Đại hội bầu 4 Phó Bí thư Thành
ủy gồm: bà A (Phó Bí thư Thường trực), bà B (Chủ tịch HĐND thành phố); ông C (…)`.

`offices` gives a plural chain to the names right after it only while nothing but commas and
`và` part them; here the names that open the items of such a list (first after the opener,
then after a semicolon, or after a comma or semicolon and a form of address, their own titles
before them allowed) hold the chain, up to the sentence's end. Names inside brackets are asides, not items."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from diembao.extract.persons import PersonSpan
from diembao.extract.spans import TitleSpan
from diembao.lexicon.careers import careers
from diembao.lexicon.offices import plural_list_words, plural_words
from diembao.lexicon.persons import cue_trie
from diembao.text import fold_key
from diembao.text.tokens import Token

RULE = "a name opening an item of the list a plural title opens"
_ITEM_MARKS = frozenset({",", ";"})
_SENTENCE_ENDS = frozenset({".", "!", "?"})


def _opener_end(tokens: Sequence[Token], chain: Sequence[TitleSpan]) -> int | None:
    """The token after the words that open the chain's list of holders (a colon, a plural word and
    cues after them included), or None when the chain opens no such list."""
    before, _after, _joins = plural_words()
    k = chain[0].first - 1
    heads = careers().plural_heads  # `các đồng chí nguyên là Ủy viên Trung ương như A, B, C`
    if k < 0 or not (fold_key(tokens[k].text) in before or tokens[k].text.isdigit() or
                     any(tuple(t.low for t in tokens[k + 1 - n:k + 1]) in heads for n in (2, 3) if k + 1 >= n)):
        return None
    openers, skip = plural_list_words()
    k = chain[-1].last
    while k < len(tokens) and tokens[k].low in skip:
        k += 1
    found = openers.longest(tokens, k) if k < len(tokens) else None
    if found is None:
        return None
    k = found[0]
    if k < len(tokens) and tokens[k].text == ":":
        k += 1
    if k < len(tokens) and fold_key(tokens[k].text) in before:
        k += 1  # `gồm các ông`
    return k


def listed_holders(tokens: Sequence[Token], chains: Sequence[Sequence[TitleSpan]], spans: Sequence[PersonSpan],
                   sentence_of: Callable[[int], int]) -> list[tuple[int, Sequence[TitleSpan], str]]:
    """(person, chain, rule) for every name that opens an item of a plural chain's list."""
    out: list[tuple[int, Sequence[TitleSpan], str]] = []
    starting = {p.first: p for p in spans}
    titled = {c[0].first: c[-1].last for c in chains}  # an item may open with its name's own titles
    cues = cue_trie()
    for chain in chains:
        start = _opener_end(tokens, chain)
        if start is None or start >= len(tokens):
            continue
        here = sentence_of(start)
        named: list[int] = []
        depth = 0
        item = True  # the next name opens an item
        bare = -1
        k = start
        while k < len(tokens) and tokens[k].text not in _SENTENCE_ENDS and sentence_of(k) == here:
            text = tokens[k].text
            cue = cues.longest(tokens, k) if depth == 0 else None
            if cue is not None and item:
                k = cue[0]
                continue
            if item and depth == 0 and k in titled and k != chain[0].first:
                k = titled[k]
                continue
            p = starting.get(k)
            if p is not None and depth == 0:
                if item and p.person not in named:
                    named.append(p.person)
                item = False
                k = p.last
                bare = k  # a comma right after a name may go on a list of bare names
                continue
            depth += (text == "(") - (text == ")")
            if depth == 0 and text == ";":
                item = True
            elif depth == 0 and text in _ITEM_MARKS:
                # a comma opens an item when a form of address follows (`bà A (…), bà B`), or a name
                # right after a bare name (`như A, B, C`)
                nxt = cues.longest(tokens, k + 1) if k + 1 < len(tokens) else None
                item = (nxt is not None and nxt[0] in starting) or (bare == k and k + 1 in starting)
            else:
                item = False
            k += 1
        out.extend((who, chain, RULE) for who in named)
    return out
