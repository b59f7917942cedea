"""The organizer of an event, beyond the reader's verbs of holding (`diembao.extract.events.reader`).

- Two mentions of one event name its body in two writings (`HĐND TP Đà Nẵng`, `Hội đồng nhân dân
  TP. Đà Nẵng`): bodies are compared by a loose key, the abbreviations of `data/kb/abbreviations.tsv`
  written out and punctuation dropped, so the writings do not tell the mentions apart.
- The body a sentence set in the event speaks of first holds it: `Tại kỳ họp ngày 1/8, Ủy ban
  Kiểm tra Tỉnh ủy Kon Tum đã kết luận …`, `tại phiên họp thứ nhất, Ban Chấp hành Đảng bộ tỉnh
  bầu …` (the body opening the clause right after the setting and its own day), where the text
  names no holder; it is what a session's body does there, which a guessed default (the council
  of the article's province) is not. Not for ceremonies or talks, which the press gives no holder.
- A trial is held by the court it sits in: `Phiên tòa … diễn ra hôm nay tại Tòa án thành phố X`
  (a court after `tại` in the trial's clause: `data/events/grammar.json` court_types, court_heads).
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from diembao.extract.events.reader import GRAMMAR, Candidate, Reader, words
from diembao.lexicon import kb
from diembao.text import fold_key

_WORD = re.compile(r"\w+")
_COURT_REACH = 20  # tokens after a trial's name where the court it sits in may stand
_COURT_PLACE_GAP = 2  # words between a court's head and its place (`Tòa án nhân dân tỉnh X`)


@cache
def _abbreviations() -> dict[str, str]:
    return {row["abbr"]: row["expansion"] for row in kb.table("abbreviations.tsv", ("abbr", "expansion"))}


@lru_cache(maxsize=1024)
def body_key(name: str) -> str:
    """`HĐND TP. Đà Nẵng` and `Hội đồng nhân dân thành phố Đà Nẵng` -> one key."""
    table = _abbreviations()
    return " ".join(table.get(w, w) for w in _WORD.findall(fold_key(name)))


def same_body(a: str, b: str) -> bool:
    """One body, or one named by its place or parent alone at the end of the other's name."""
    x, y = sorted((body_key(a), body_key(b)), key=len)
    return y == x or y.endswith(f" {x}")


def court_of(reader: Reader, c: Candidate) -> str | None:
    """The court after `tại` in a trial's clause, within `_COURT_REACH` tokens of its name."""
    if c.type not in words("court_types"):
        return None
    tokens = reader.tokens
    at, heads = words("at"), words("court_heads")
    end = min(c.sentence[1], c.last + _COURT_REACH)
    for k in range(c.last, end):
        if tokens[k].text in ".;:" or (k > c.last and reader.lex.heads.longest(tokens, k)):
            return None
        if k == 0 or tokens[k - 1].low not in at:
            continue
        if k in reader.org_at:
            name = reader.org_at[k][1].name
            if any(fold_key(name).startswith(h) for h in heads):
                return name
        elif k + 1 < end and f"{tokens[k].low} {tokens[k + 1].low}" in heads:
            return _court_of_place(reader, k, end)
    return None


def _court_of_place(reader: Reader, k: int, end: int) -> str | None:
    """`tại Tòa án thành phố Thiên Tân`, a court the bodies stage did not read: the court's words
    up to the end of the place they name (`nhân dân` may stand between)."""
    for j in range(k + 2, min(end, k + 2 + _COURT_PLACE_GAP + 1)):
        if j in reader.place_at:
            place = reader.place_at[j][1]
            return reader.doc.text[reader.tokens[k].start:place.end]
    return None


@cache
def _no_holder_types() -> frozenset[str]:
    return words("ceremony_types") | words("talk_types")


def setting_subject(reader: Reader, c: Candidate) -> str | None:
    """The body opening the clause after `tại <event>[ <its day>][ (…)],`."""
    if c.type in _no_holder_types():
        return None
    tokens = reader.tokens
    if _setting_start(reader, c) is None:
        return None
    k, end, comma = c.last, c.sentence[1], False
    while k < end:
        if k in reader.date_stop:
            k = reader.date_stop[k]
        elif tokens[k].text == "(":
            close = next((j for j in range(k + 1, min(end, k + _COURT_REACH)) if tokens[j].text == ")"), None)
            if close is None:
                return None
            k = close + 1
        elif tokens[k].text == ",":
            comma = True
            k += 1
        elif tokens[k].low in words("at") and k + 1 in reader.place_at:
            k = _place_end(reader, k + 1)  # `… từ ngày 13 đến 16-9 tại Hà Nội, …`
        else:
            break
    if not comma or k not in reader.org_at or k in reader.titled:
        return None
    after, body = reader.org_at[k]
    # the body acts (`đã kết luận`, `bầu`): one followed by its term or a comma names the event
    # (`tại buổi họp báo trước kỳ họp thứ 3, Quốc hội khóa XIV, …`)
    if after >= end or not tokens[after].word or tokens[after].low in words("term_words"):
        return None
    return body.name


def _setting_start(reader: Reader, c: Candidate) -> int | None:
    """`Tại` (or `sau`: `after.py`) opening the sentence or a clause before the event (`Chiều 4/8,
    tại kỳ họp …`): not a verb's place (`phát biểu tại kỳ họp`), whose sentence speaks of a person."""
    k = reader.before_head(c.first) - 1
    if k < 0 or reader.tokens[k].low not in words("at") | frozenset(GRAMMAR["after_words"]):
        return None
    return k if k == c.sentence[0] or reader.tokens[k - 1].text == "," else None


def _place_end(reader: Reader, k: int) -> int:
    """The token after the place starting at token k."""
    place = reader.place_at[k][1]
    j = k
    while j < len(reader.tokens) and reader.tokens[j].start < place.end:
        j += 1
    return j
