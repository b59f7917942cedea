"""The places stage: administrative units, countries and regions named in the article.

Reads only the text. Writes `Article.locations` (each distinct place once, with all its mentions) and the layer
`places` (a tuple of `diembao.spans.PlaceSpan` in text order).

One Aho-Corasick pass over the folded text finds every written form the gazetteer knows and
every administrative word (`huyện`, `TP.`, `phường`...). Then:
- after an administrative word, the place is the capitalised name that follows, known or not
  (communes are too many to list), or a number for units that are numbered (`Quận 9`); the
  mention covers the administrative word, the name does not; after a plural one (`các xã`)
  every name of the list it heads is a place of that kind;
- a known form standing alone counts when written with the table's capitals and when its
  neighbours do not make it part of something else: a street or river (`đường`, `sông`), a
  person's name (`ông`, `Nguyễn`), a longer proper name, a common compound (`Pháp luật`).
Where found spans overlap, the leftmost, then the longest, wins. A place named in several forms
is one location, under the form written most (`Mỹ` or `Hoa Kỳ`; abbreviations under the full
name: `VN` -> `Việt Nam`). The article's main province, named or not, is the `context` stage's
to add: it runs later, from these places.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from typing import NamedTuple

import ahocorasick

from diembao.extract.doc import Doc
from diembao.extract.settings import PLACE_MAX_LISTED as _MAX_LISTED
from diembao.extract.settings import PLACE_MAX_SYLLABLES as _MAX_SYLLABLES
from diembao.extract.spans import PlaceSpan
from diembao.lexicon.gazetteer import KIND_ORDER, Alias, Place, gazetteer
from diembao.lexicon.persons import credit_before
from diembao.lexicon.places import AdminWord, admin_words, place_grammar, place_words
from diembao.record import Location, Mention
from diembao.text import fold, fold_key
from diembao.text.syllables import is_syllable

REQUIRES = ()
ASSIGNS = ("locations", "places", "place_blocks")


# Punctuation read as a gap between words while matching: the text keeps its length, so a
# match's offsets are offsets into the text, and `TP.HCM`, `TP. HCM`, `TP HCM` meet one key.
_GAP_CHARS = "()[]{}«»“”\"'‘’.,;:!?/–—-…"
_GAPS = re.compile(f"[{re.escape(_GAP_CHARS)}]")


def _spaced(folded: str) -> str:
    """`_GAPS.sub(" ", folded)`: a replace per mark the text holds costs a fifth of the pattern's
    scan over an article."""
    for mark in _GAP_CHARS:
        if mark in folded:
            folded = folded.replace(mark, " ")
    return folded
_UPPER = "".join(c for c in map(chr, range(0x41, 0x1F00)) if c.isupper() and c.isalpha())
# A capitalised syllable; foreign names may join capitalised parts with a hyphen (`Haute-Garonne`).
_SYLLABLE = rf"[{_UPPER}][^\W\d_]*(?:['’][^\W\d_]+)?(?:-[{_UPPER}][^\W\d_]+)*"
# A capitalised name after an administrative word: up to six syllables, cut later.
_RUN = re.compile(rf"{_SYLLABLE}(?: {_SYLLABLE}){{0,5}}")
_NUMBER = re.compile(r"\d{1,2}(?!\d|[/.,:]\d)")
_WORD = re.compile(r"[^\W\d_]+")
# The names a plural administrative word heads: `, ` or ` và ` between them.
_AND: str = place_grammar()["and"]
_COMRADE: str = place_grammar()["comrade"]  # `đ/c`, a token that is part of a title before a name
_LIST_GAP = re.compile(rf" ?, (?:{_AND} )?| {_AND} ")
# Kinds an administrative word gives, and which gazetteer kinds it may name.
_PROVINCIAL = {"province": ("province", "city"), "city": ("city", "province"),
               "district": ("district", "town", "city"), "town": ("town", "district", "city")}
_RANK = {kind: i for i, kind in enumerate((*KIND_ORDER, "special_zone", "township", "commune", "ward",
                                           "village"))}
# Kinds of known names read standing alone with no more than a province's caution.
_WIDE = ("country", "territory", "former", "region")
_COUNTRY_KINDS = ("country", "territory", "former")
_SENTENCE_END = ".!?:;…\"“”'(["
_LIST_MARK = ",-–/&("


@dataclass(slots=True)
class _Key:
    """What one folded key of the automaton stands for."""

    length: int
    caps: tuple[int, ...] = ()  # offsets that must be capitals in the text
    exact: bool = False  # an all-capital abbreviation (`VN`, `ĐBSCL`): the text must be capitals too
    aliases: list[Alias] = field(default_factory=list)
    admin: AdminWord | None = None
    open_end: bool = False  # the key ends with its gap (`q.` as ` q `): no boundary to check
    bare: Alias | None = None  # the best alias read standing alone
    single: bool = False  # one word (`Mỹ`, `Washington`): read with more caution


class _Found(NamedTuple):  # a tuple: made by the dozen for every article
    start: int
    end: int
    shown: str
    kind: str
    place: Place | None
    emit: bool = True  # False for names known only to stop a wrong reading (`Thái Bình Dương`)
    written: str = ""  # a known name as the article spells it (`Italy`, `Cu Ba`), if it differs


class _Rule(NamedTuple):
    """How a name after an administrative word is read."""

    strict: bool  # after a title or an ambiguous abbreviation (`Trưởng thôn`, `TT`): a name that
    #               starts like a person's is one
    known_only: bool  # only a name the gazetteer knows (after `TP. `, whose dot may end a sentence)


def _variants(form: str) -> set[str]:
    """The form and its spellings with a dash spaced or closed up (`Bà Rịa-Vũng Tàu`,
    `Timor - Leste`); the matcher reads every dash as a gap, so the kind of dash is free."""
    out = {form}
    for dash in ("-", "–"):
        if f" {dash} " in form:
            out.add(form.replace(f" {dash} ", dash))
        elif dash in form:
            out.add(form.replace(dash, f" {dash} "))
    return out


def _caps(form: str) -> tuple[int, ...]:
    return tuple(i for i, c in enumerate(form) if c.isupper() and (i == 0 or form[i - 1] in " -–'’"))


def _is_exact(form: str) -> bool:
    letters = [c for c in form if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


class _Matcher:
    def __init__(self) -> None:
        keys: dict[str, _Key] = {}
        for _key, aliases in gazetteer().aliases():
            for alias in aliases:
                for form in _variants(alias.text):
                    body = _GAPS.sub(" ", fold_key(form))
                    entry = keys.setdefault(" " + body, _Key(len(body), _caps(form), _is_exact(form)))
                    # Two table forms on one key (`TP.HCM`, `TP HCM`): the looser capitals apply.
                    entry.caps = tuple(sorted(set(entry.caps) & set(_caps(form))))
                    entry.exact = entry.exact and _is_exact(form)
                    if alias not in entry.aliases:
                        entry.aliases.append(alias)
        for key, entry in keys.items():
            entry.bare = next((a for a in entry.aliases if a.bare), None)
            entry.single = " " not in key.strip()
        for admin in admin_words():
            # An abbreviation is keyed with the gap after it, so that ` h` is not sought at every
            # word starting with h.
            body = _GAPS.sub(" ", fold(admin.word)) + (" " if admin.dot else "")
            entry = keys.setdefault(" " + body, _Key(len(body), open_end=admin.dot))
            entry.admin = admin
        self.automaton = ahocorasick.Automaton()
        for key, entry in keys.items():
            self.automaton.add_word(key, entry)
        self.automaton.make_automaton()
        self.words = place_words()

    # --- the pass --------------------------------------------------------------------------

    def find(self, text: str, folded: str) -> list[_Found]:
        return _Scan(self, text, folded).run()


class _Scan:
    """One article's pass: the automaton's hits, then the places they make."""

    def __init__(self, matcher: _Matcher, text: str, folded: str):
        self.automaton = matcher.automaton
        self.words = matcher.words
        self.text = text
        self.folded = folded
        self.known_at: dict[int, list[tuple[int, _Key]]] = {}  # start -> (end, key) of known forms

    def run(self) -> list[_Found]:
        text, folded = self.text, self.folded
        n = len(text)
        admins: list[tuple[int, int, AdminWord]] = []
        for last, entry in self.automaton.iter(" " + _spaced(folded)):
            start = last - entry.length
            if entry.open_end:
                admins.append((start, start + len(entry.admin.word), entry.admin))
                continue
            if last < n and folded[last].isalnum():
                continue
            if entry.aliases and _capitals_ok(text, start, last, entry):
                self.known_at.setdefault(start, []).append((last, entry))
            if entry.admin is not None:
                admins.append((start, last, entry.admin))
        found = [f for s, e, word in admins for f in self._after_admin(s, e, word)]
        # Known forms inside an administrative expression need no reading of their own; one that
        # starts with it may be the expression itself (`TT Huế`).
        covered = {i for f in found for i in range(f.start + 1, f.end)} if found else ()
        for start, hits in self.known_at.items():
            if start in covered:
                continue  # the name of `huyện Tĩnh Gia` is read with its administrative word
            for end, entry in hits:
                f = self._standing_alone(start, end, entry)
                if f is not None:
                    found.append(f)
        return [_dash_as_written(f, text) for f in _leftmost_longest(found)]

    # --- after an administrative word ------------------------------------------------------

    def _after_admin(self, start: int, end: int, word: AdminWord) -> list[_Found]:
        """The place an administrative word names, and after a plural one (`các xã`) every
        place of the list it heads (`các xã Thành Kim, Thành Tiến và Thành An`)."""
        text, folded = self.text, self.folded
        if not _admin_shape_ok(text[start:end], word) or self._not_admin(start, word):
            return []
        pos = _name_start(text, end, word)
        if pos is None:
            return []
        before = _words_before(folded, start)
        # `TP. Cải tạo...`: an abbreviation's dot may end a sentence, so only known names follow.
        known_only = word.dot and text[pos - 2:pos] == ". " and word.kind in _PROVINCIAL
        titled = bool(before) and before[0] in self.words.titles
        rule = _Rule(strict=word.upper or titled, known_only=known_only)
        first = self._name_at(start, pos, word, rule)
        if first is None:
            return []
        found = [first]
        if before and before[0] in self.words.plural:
            while len(found) < _MAX_LISTED and (nxt := _LIST_GAP.match(text, found[-1].end)):
                item = self._name_at(nxt.end(), nxt.end(), word, rule)
                if item is None:
                    break
                found.append(item)
        return found

    def _not_admin(self, start: int, word: AdminWord) -> bool:
        """`Xã hội`, `bà xã`: the word and its neighbour make something else."""
        for phrase in self.words.not_admin:
            at = phrase.find(word.word)
            if at >= 0 and self.folded[start - at:start - at + len(phrase)] == phrase:
                return True
        return False

    def _name_at(self, start: int, pos: int, word: AdminWord, rule: _Rule) -> _Found | None:
        """The name (or number) at `pos`, as a place of `word`'s kind spanning from `start`."""
        text, folded = self.text, self.folded
        if pos >= len(text):
            return None
        if word.numbers and text[pos].isdigit():
            m = _NUMBER.match(text, pos)
            if m is None:
                return None
            name = f"{word.shown} {m.group()}"
            place = next((a.place for a in gazetteer().entries(name) if a.place.kind == word.kind), None)
            return _Found(start, m.end(), name, word.kind, place)  # `Quận 9` is known, `Phường 12` not
        known = max(self.known_at.get(pos, ()), key=lambda hit: hit[0], default=None)
        run_end = self._run_end(pos)
        if known is not None and (word.kind in _PROVINCIAL or run_end is None or known[0] >= run_end):
            return self._known_after_admin(start, pos, known[0], known[1], word)
        if run_end is None or rule.known_only:
            return None
        name = text[pos:run_end]
        if name.isupper() and len(name) > 1:
            return None  # a heading in capitals: only known names are trusted there
        syllables = folded[pos:run_end].split()
        if word.kind in _PROVINCIAL and len(syllables) == 1 and is_syllable(name):
            return None  # Vietnam's provinces and districts have longer names (`tỉnh Thanh`: xứ Thanh)
        if self._looks_like_person(syllables, word.kind, rule.strict):
            return None
        return _Found(start, run_end, name, word.kind, None)

    def _looks_like_person(self, syllables: list[str], kind: str, strict: bool) -> bool:
        """`UBND TP Nguyễn Thị Quyết Tâm`. Provinces and districts are all known, so an unknown
        name there that starts like a person's is one, and so is one after a title (`Trưởng thôn
        Lại Văn A`); communes and wards named after persons are short (`phường Nguyễn Trãi`)."""
        words = self.words
        if syllables[0] not in words.surnames or len(syllables) < 2:
            return False
        if kind in _PROVINCIAL or strict:
            return syllables[0] in words.strong_surnames or self._person_starts(syllables, 0)
        return len(syllables) >= 3 and (syllables[1] in words.person_marks or len(syllables) >= 4)

    def _known_after_admin(self, start: int, pos: int, end: int, entry: _Key, word: AdminWord) -> _Found:
        fits = _PROVINCIAL.get(word.kind, ())
        alias = next((a for a in entry.aliases if a.place.kind in fits), None)
        if alias is not None:
            return _Found(start, end, alias.shown, alias.place.kind, alias.place, written=self.text[pos:end])
        place = entry.aliases[0].place
        if place.kind in _WIDE:  # `các tỉnh ĐBSCL`: the provinces of a region; the region is named
            return _Found(pos, end, entry.aliases[0].shown, place.kind, place, written=self.text[pos:end])
        return _Found(start, end, place.name, word.kind, None)  # `xã Hòa Bình`: a commune of that name

    def _run_end(self, pos: int) -> int | None:
        """End of the capitalised name at `pos`: at most `_MAX_SYLLABLES` syllables, cut before
        an acronym (`xã Tân Khánh Đông TP Sa Đéc`) or where a person's name begins (`xã Tân Lập
        Nguyễn Văn A`)."""
        text, folded = self.text, self.folded
        m = _RUN.match(text, pos)
        if m is None:
            return None
        syllables = [(pos + x.start(), pos + x.end()) for x in re.finditer(r"\S+", m.group())]
        folded_syllables = [folded[s:e] for s, e in syllables]
        first = folded_syllables[0]
        honorific_name = first in self.words.honorifics and len(folded_syllables) > 1  # `xã Anh Dũng`
        if (first in self.words.not_name and not honorific_name) or len(first) < 2:
            return None  # `Theo ...` after a sentence that lost its stop; initials (`P.K.C`)
        end = syllables[0][1]
        for i in range(1, min(len(syllables), _MAX_SYLLABLES)):
            s, e = syllables[i]
            if (len(text[s:e]) > 1 and text[s:e].isupper()) or self._person_starts(folded_syllables, i):
                break
            end = e
        return end

    def _person_starts(self, syllables: list[str], i: int) -> bool:
        words = self.words
        if syllables[i] in words.strong_surnames:
            return True
        nxt = syllables[i + 1] if i + 1 < len(syllables) else None
        return syllables[i] in words.surnames and (nxt in words.middles or nxt in words.person_marks)

    # --- a known name standing alone -------------------------------------------------------

    def _standing_alone(self, start: int, end: int, entry: _Key) -> _Found | None:
        alias = entry.bare
        if alias is None:
            return None
        place = alias.place
        if place.kind == "sea":  # read only to stop other readings, where the context allows it
            ok = self._context_ok(start, end, place, entry.single)
            return _Found(start, end, alias.shown, place.kind, place, emit=False) if ok else None
        # A heading in capitals tells nothing by its capitals: only long, wide names there.
        if (self.text[start:end].isupper() and not entry.exact
                and (entry.single or place.kind not in (*_WIDE, "province", "city"))):
            return None
        if not self._context_ok(start, end, place, entry.single):
            return None
        return _Found(start, end, alias.shown, place.kind, place, written=self.text[start:end])

    def _context_ok(self, start: int, end: int, place: Place, single: bool) -> bool:
        before = _words_before(self.folded, start)
        wide = place.kind in _WIDE and not single
        if before and self._blocked_by(before, place, wide):
            return False
        if self._inside_longer_name(start, before, place, single, wide):
            return False
        minor = single or place.kind in ("district", "town") or place.unit is not None
        part_of = place.kind == "region" and place.scope == "vn"  # `miền Đông Ukraine`
        if (minor or part_of) and self._longer_after(start, end, single, place.kind in _COUNTRY_KINDS):
            return False
        # The guard is about the name (`Anh`, `Ý`, `Séc`: common words too); the table's other
        # forms (`Italy`, `Vương quốc Anh`, `Czech`) are nothing else.
        if _credited(self.folded, start):
            return False  # `Ảnh: Hải Dương`: a photographer, whose name is a province's too
        if place.guard == "strict" and fold_key(self.text[start:end]) == fold_key(place.name):
            return _has_cue(self.text, start, before, self.words.cues)
        return True

    def _blocked_by(self, before: list[str], place: Place, wide: bool) -> bool:
        """A street, river, bridge... (`đường Lê Lợi`, `sông Sài Gòn`), a language (`tiếng Anh`),
        a direction (`hướng Tây Bắc`), or a person (`ông Thái Bình`)."""
        words = self.words
        scope = words.blockers.get(before[0])
        unblocked = len(before) > 1 and before[1] in words.unblock  # `miền núi Nghệ An`
        if scope is not None and not unblocked and (
                scope in ("all", place.kind) or (scope == "country" and place.kind in _COUNTRY_KINDS)):
            return True
        return not wide and self._after_honorific(before)

    def _inside_longer_name(self, start: int, before: list[str], place: Place, single: bool,
                            wide: bool) -> bool:
        """The rest of a person's name (`Nguyễn Hòa Bình`), or the end of another proper name
        (`Bến Vân Đồn`, `Trần Đức`)."""
        prev_titled, prev_opens = _titled_before(self.text, start, before)
        if not prev_titled:
            return False
        if place.kind in _COUNTRY_KINDS and before and before[0] in self.words.directions:
            return False  # a part of a country: `miền Đông Ukraine`, `Bắc Syria`
        if before and before[0] in self.words.name_parts and not wide:
            return True
        minor = single or place.kind in ("district", "town") or place.unit is not None
        return minor and not prev_opens

    def _longer_after(self, start: int, end: int, single: bool, country: bool = False) -> bool:
        """A name that begins a longer name (`Mỹ Đình`, `Nhật Bắc`, `Tân Sơn Nhất`), a part of
        another place (`miền Đông Ukraine`), or a common compound (`Pháp luật`, `Ý kiến`)."""
        text, folded = self.text, self.folded
        if text[end:end + 1] == "-" and text[end + 1:end + 2].isalpha():
            return True  # `VN-Index`
        after = _WORD.match(text, end + 1) if text[end:end + 1] == " " else None
        if after is None:
            return False
        nxt, nxt_folded = after.group(), folded[after.start():after.end()]
        if nxt[0].isupper() and not nxt.isupper():
            if nxt_folded in self.words.surnames:
                return False  # a person after the place: `Bí thư Tỉnh ủy Vĩnh Phúc Hoàng Thị ...`
            # `Mỹ Donald Trump` is the country and a person; `miền Đông Ukraine` is not the region.
            if country and nxt.isascii() and _capitalised_word_after(text, after.end()) and self._closes_title(start):
                return False  # `Ngoại trưởng Nga Sergei Lavrov`: a title's country, then a foreign person
            return not nxt.isascii() or text[start:end].isascii() or not single
        return single and f"{folded[start:end]} {nxt_folded}" in self.words.compounds

    def _closes_title(self, start: int) -> bool:
        """The place ends a capitalised title or body (`Bộ Ngoại giao Nga`) or follows a word that
        calls for a country (`Thủ tướng`, `của`), not a name that opens the sentence (`Hãng Israel
        Aerospace`)."""
        before = _words_before(self.folded, start)
        if before and _has_cue(self.text, start, before, self.words.cues):
            return True
        pos = start - 1  # the space before the place; `fold` keeps lengths
        for word in before:
            begin = pos - len(word)
            if self.text[begin].isupper() and not _opens_sentence(self.text, begin):
                return True  # a capitalised word of the three before, not the sentence's first
            pos = begin - 1
        return False

    def _after_honorific(self, before: list[str]) -> bool:
        words = self.words
        if len(before) > 1 and " ".join(before[1::-1]) in words.honorifics:
            return True  # `đồng chí`
        return before[0] in words.honorifics and not (len(before) > 1 and before[1] in words.not_honorific)


def _capitalised_word_after(text: str, end: int) -> bool:
    """A capitalised Latin word follows `end` after one space."""
    after = _WORD.match(text, end + 1) if text[end:end + 1] == " " else None
    return after is not None and after.group()[0].isupper() and after.group().isascii()


def _capitals_ok(text: str, start: int, end: int, entry: _Key) -> bool:
    if entry.exact:
        return text[start:end].isupper()
    return all(text[start + i].isupper() for i in entry.caps)


def _admin_shape_ok(written: str, word: AdminWord) -> bool:
    """`huyện`, `Huyện`, `HUYỆN`; not `khu Phố` (`khu Phố Cổ`), nor a lower-case `tp`."""
    if word.upper:
        return written[0].isupper()
    return written.islower() or written.isupper() or (written[0].isupper() and written[1:].islower())


def _name_start(text: str, end: int, word: AdminWord) -> int | None:
    """Where the name after an administrative word begins, or None when nothing can follow."""
    n = len(text)
    pos = end
    if word.dot and pos < n and text[pos] == ".":
        pos += 1
        if word.tight:
            return pos if pos < n and not text[pos].isspace() else None
        if pos < n and text[pos] == " ":
            pos += 1
    elif word.tight:
        return None
    elif pos < n and text[pos] == " ":
        pos += 1
    else:
        return None
    return pos if pos < n and (text[pos].isupper() or text[pos].isdigit()) else None


def _words_before(folded: str, start: int) -> list[str]:
    """Up to three words before `start` within its phrase (nearest first), folded."""
    window = folded[max(0, start - 40):start]
    if not window.endswith(" "):
        return []
    out: list[str] = []
    for token in window[:-1].split(" ")[-1:-4:-1]:
        if not (token.isalpha() or token == _COMRADE):
            break
        out.append(token)
        if len(out) == 3:
            break
    return out


def _titled_before(text: str, start: int, before: list[str]) -> tuple[bool, bool]:
    """(the word just before is capitalised, and that word opens its sentence)."""
    if not before:
        return False, False
    word = text[start - 1 - len(before[0]):start - 1]
    if not word[0].isupper() or (len(word) > 1 and word.isupper()):
        return False, False  # lower case, or an acronym (`UBND`, `THPT`)
    if len(before) > 1:
        return True, False  # a word before it in the same phrase
    return True, _opens_sentence(text, start - 1 - len(word))


def _opens_sentence(text: str, begin: int) -> bool:
    k = begin - 1
    while k >= 0 and text[k] == " ":
        k -= 1
    return k < 0 or text[k] in _SENTENCE_END or text[k] == "\n"


def _credited(folded: str, start: int) -> bool:
    """The name right after a photo's credit (`Ảnh:`, `Nguồn:`) names who took it."""
    return credit_before().search(folded, max(0, start - 10), start) is not None


def _has_cue(text: str, start: int, before: list[str], cues: frozenset[str]) -> bool:
    """A country whose name is also a common word needs a word that calls for a country before
    it (`nước Anh`, `Thủ tướng Anh`) or must stand in a list (`Mỹ, Anh`)."""
    for size in (1, 2):
        if len(before) >= size and " ".join(before[size - 1::-1]) in cues:
            return True
    k = start - 1
    while k >= 0 and text[k] == " ":
        k -= 1
    return k >= 0 and text[k] in _LIST_MARK


def _dash_as_written(f: _Found, text: str) -> _Found:
    """`Nam Thanh – Bắc Nghệ` keeps the dash the article wrote; the tables write `-`."""
    if " - " in f.shown and "–" in text[f.start:f.end]:
        return f._replace(shown=f.shown.replace(" - ", " – "))
    return f


def _leftmost_longest(found: list[_Found]) -> list[_Found]:
    out: list[_Found] = []
    # On a tie the place the gazetteer knows wins (`TT Huế`: Thừa Thiên Huế, not a township).
    for f in sorted(found, key=lambda f: (f.start, -f.end, f.place is None)):
        if out and f.start < out[-1].end:
            continue
        out.append(f)
    return out


@cache
def _matcher() -> _Matcher:
    return _Matcher()


# --- the stage -------------------------------------------------------------------------------


def annotate(doc: Doc) -> Doc:
    """Sets `Article.locations` and the layers `places` (the places named) and `place_blocks`
    (names that are no location but are not anything else either: `Thái Bình Dương`)."""
    found: list[_Found] = []
    blocks: list[PlaceSpan] = []
    for f in _matcher().find(doc.text, doc.folded):
        if f.emit:
            found.append(f)
        else:
            blocks.append(PlaceSpan(f.start, f.end, f.shown, f.kind))
    spans = tuple(PlaceSpan(f.start, f.end, f.shown, f.kind, _province_of(f.place)) for f in found)
    locations = _locations(doc, found)
    doc = doc.with_article(locations=locations).with_layers(places=spans)
    return doc.with_layers(place_blocks=tuple(blocks)) if blocks else doc


def _province_of(place: Place | None) -> str | None:
    if place is None or place.scope == "world":
        return None
    if place.province:
        return place.province
    return place.name if place.kind in ("province", "city") else None


def _most_written(names: Iterable[str]) -> str:
    """The most frequent of `names`, the first written on a tie."""
    counts: dict[str, int] = {}
    for name in names:
        counts[name] = counts.get(name, 0) + 1
    return max(counts, key=counts.__getitem__)


_DASHED = re.compile(r"\s*[-–]\s*")


def _as_written(f: _Found) -> str:
    """The guidelines record a place as the article spells it (`Italy`, `Thừa Thiên - Huế`, `Cu
    Ba`); only an abbreviation (`VN`, `TP.HCM`) is written out under the gazetteer's name."""
    written = " ".join(f.written.split())
    if not written or f.shown.endswith(written) or "." in written or not written[0].isupper():
        return f.shown
    if _DASHED.sub("-", written) == _DASHED.sub("-", f.shown):
        return f.shown  # only the dash is spaced otherwise (`Timor - Leste`): the table's form
    if any(sum(c.isupper() for c in word) > 1 for word in written.split()):
        return f.shown
    return written


def _locations(doc: Doc, found: list[_Found]) -> tuple[Location, ...]:
    groups: dict[str, list[_Found]] = {}
    for f in found:
        key = fold_key(f.place.name if f.place is not None else f.shown)
        groups.setdefault(key, []).append(f)
    out: list[Location] = []
    for members in groups.values():
        shown = _most_written(_as_written(f) for f in members)
        kind = min((f.kind for f in members), key=lambda k: _RANK.get(k, len(_RANK)))
        mentions = tuple(Mention(f.start, f.end, doc.text[f.start:f.end]) for f in members)
        out.append(Location(name=shown, kind=kind, mentions=mentions))
    return tuple(out)
