"""Names in a list of names: `Lâm Ngọc Hà, Thúy Ngân, Châu Bùi và đạo diễn Trần Thành Trung`,
`Liên Bỉnh Phát (phải), Hứa Vỹ Văn, Song Luân (trái), Quốc Anh`.

Stage names and given names written bare (`Thúy Ngân`, `Song Luân`) carry no family name and no
cue, so the persons stage reads them only where they stand beside names it knows: an item of a
list joined by commas or `và`, in which at least two other items are persons already found. Every
item of the run must be a person found or a bare name (two to four capitalised syllables,
optionally with a remark in brackets: `(phải)`); a place, a body or any other word between them
ends the list, so a list of places or of companies with a person in it stays what it is.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from diembao.lexicon.persons import apposition, list_announcers, not_name_syllables
from diembao.text.tokens import Token

# Two known persons make a list a list of persons; one could be a name among things.
_MIN_KNOWN = 2
_MAX_BARE = 4
# How long a remark in brackets after a name may be (`(phải)`, `(thứ hai từ trái sang)`).
_MAX_REMARK = 8
# How far before a list the word that says what it lists may stand (`các trục đường tại trung
# tâm như: …`).
_ANNOUNCER_WINDOW = 6


def _is_name_token(t: Token, not_names: frozenset[str]) -> bool:
    return t.word and t.cap and t.text.isalpha() and t.text[1:].islower() and t.low not in not_names


class _Reader:
    def __init__(self, tokens: Sequence[Token], starts: Mapping[int, int], covered: frozenset[int],
                 cue_ends: frozenset[int]):
        self.tokens = tokens
        self.starts = starts  # person span first token -> token after it
        self.covered = covered  # tokens in a place or a body
        self.cue_ends = cue_ends
        self.not_names = not_name_syllables()
        self.joins = frozenset({",", *apposition()["and_words"]})

    def _after_remark(self, k: int) -> int:
        """Token index after a bracketed remark at k, or k."""
        t = self.tokens
        if k < len(t) and t[k].text == "(":
            for j in range(k + 1, min(len(t), k + _MAX_REMARK + 2)):
                if t[j].text == ")":
                    return j + 1
                if t[j].cap or not t[j].word:
                    return k
        return k

    def item(self, k: int) -> tuple[str, int, int] | None:
        """The item starting at token k: ('known' | 'bare', first, end) and the index after it
        (its remark included) as `end`; a cue word before a known person is part of its item."""
        t = self.tokens
        if k >= len(t):
            return None  # the text ends with the join (`…, A, B và`)
        j = k
        while j < len(t) and j - k < 3 and j not in self.starts and not t[j].cap and t[j].word:
            j += 1  # `đạo diễn`, `ca sĩ` before a known name
        if j in self.starts and (j == k or j in self.cue_ends):
            return "known", j, self._after_remark(self.starts[j])
        if j != k:
            return None
        if k > 0 and (t[k - 1].end == t[k].start or _is_name_token(t[k - 1], self.not_names)):
            return None  # inside a longer name (`Tập Cận Bình`, `H'Hen Niê`): not a name of its own
        e = k
        while e < len(t) and e - k < _MAX_BARE + 1 and _is_name_token(t[e], self.not_names) \
                and e not in self.covered and (e == k or t[e].start - t[e - 1].end <= 1):
            e += 1
        if e - k < 2 or e - k > _MAX_BARE or (e < len(t) and t[e].cap and t[e].word):
            return None
        end = self._after_remark(e)
        if end < len(t) and t[end].word and t[end].low not in self.joins:
            return None  # a name that a sentence goes on from is no item of a list
        return "bare", k, end

    def chain(self, k: int) -> tuple[list[tuple[str, int, int]], int]:
        """The items of the list from token k on, and the index after the last."""
        items: list[tuple[str, int, int]] = []
        while True:
            found = self.item(k)
            if found is None:
                return items, k
            items.append(found)
            k = found[2]
            if k < len(self.tokens) and self.tokens[k].low in self.joins:
                k += 1
                continue
            return items, k


def bare_names(tokens: Sequence[Token], spans: Sequence[tuple[int, int]], covered: frozenset[int],
               cue_ends: frozenset[int]) -> list[tuple[int, int]]:
    """The bare names (token ranges) of the lists of names; `spans`: the persons found (token
    ranges of full names); `covered`: the tokens of places and bodies; `cue_ends`: where cues end."""
    starts = {a: b for a, b in spans}
    reader = _Reader(tokens, starts, covered, cue_ends)
    out: list[tuple[int, int]] = []
    seen: set[int] = set()
    for a, _b in sorted(spans):
        if a in seen:
            continue
        # Back from a known name to where its list starts: over items and their joins.
        start = a
        k = a - 1
        while k > 0 and tokens[k].low in reader.joins:
            first = _item_start(tokens, k, reader)
            if first is None:
                break
            start, k = first, first - 1
        items, _end = reader.chain(start)
        seen.update(first for _kind, first, _last in items)
        if sum(kind == "known" for kind, _f, _l in items) < _MIN_KNOWN or _not_of_persons(tokens, start, covered):
            continue
        for kind, first, _last in items:
            if kind == "bare":
                end = first
                while end < len(tokens) and _is_name_token(tokens[end], reader.not_names) and end - first < _MAX_BARE:
                    end += 1
                out.append((first, end))
    return out


def _not_of_persons(tokens: Sequence[Token], start: int, covered: frozenset[int]) -> bool:
    """A list that goes on before its first name with other things (`…, Quảng trường X, Lý
    Đạo Thành, Tông Đản`), or that a place, an administrative or a street word announces
    (`gồm 9 phường: …`, `các chợ trên địa bàn Hà Nội như …`): its names are places and
    streets named after persons."""
    if start > 0 and tokens[start - 1].text == ",":
        return True
    words = list_announcers()
    for k in range(max(0, start - _ANNOUNCER_WINDOW), start):
        if k in covered or tokens[k].low in words or f"{tokens[k].low} {tokens[k + 1].low}" in words:
            return True
    return False


def _item_start(tokens: Sequence[Token], join: int, reader: _Reader) -> int | None:
    """Where the item that ends right before the join at `join` starts, if it is an item."""
    for size in range(2, _MAX_BARE + _MAX_REMARK + 4):
        first = join - size
        if first < 0:
            return None
        found = reader.item(first)
        if found is not None and found[2] == join:
            return first
    return None
