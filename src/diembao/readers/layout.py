"""The layout of scraped Vietnamese articles: what is a header date, a caption, a byline, junk.

These rules are shared by every reader: a JSONL body or an HTML page carries the same scars
as a scraped plain-text file (captions written twice, a byline glued to the last sentence,
lines of dots). Vocabularies live in `diembao/data/layout/`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from string import ascii_letters

from diembao.lexicon.files import load_json, load_lines
from diembao.lexicon.layout import grammar, header_date, link_placeholder, photo_hint
from diembao.readers.budget import MAX_YEAR, MIN_YEAR
from diembao.text import alternation, clean_paragraph, fold, fold_key, normalise, single_spaced
from diembao.text.legacy import letters
from diembao.text.syllables import TONE_MARKS

# --- header date line: "Thứ Tư, 10/11/2021, 17:48 (GMT+7)" -----------------------------------


def is_header_date(line: str) -> bool:
    """Whether `line` is laid out as a header date line, whatever its date is worth."""
    return header_date().match(fold(line)) is not None


def parse_header_date(line: str) -> str | None:
    """The ISO 8601 publication time of a header date line, or None if `line` is not one.

    A bare local time is Vietnamese time (+07:00); a date without a time is a date only.
    """
    m = header_date().match(fold(line))
    if not m:
        return None
    day, month, year = int(m[1]), int(m[2]), int(m[3])
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    try:
        when = date(year, month, day)
    except ValueError:
        return None
    if m[4] is None:
        return when.isoformat()
    hour, minute, second = int(m[4]), int(m[5]), int(m[6] or 0)
    if hour > 23 or minute > 59 or second > 59:
        return None
    offset = 7 if m[8] is None else int(m[8].replace(" ", ""))
    sign = "+" if offset >= 0 else "-"
    return f"{when.isoformat()}T{hour:02d}:{minute:02d}:{second:02d}{sign}{abs(offset):02d}:00"


def normalise_published(value: object) -> str | None:
    """An ISO 8601 time from a metadata field, or None when the field holds none."""
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip().replace(" ", "T", 1) if re.match(r"\d{4}-\d\d-\d\d \d", value.strip()) else value.strip()
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return parse_header_date(value)
    if not MIN_YEAR <= moment.year <= MAX_YEAR:
        return None
    if len(text) <= 10:
        return moment.date().isoformat()
    return moment.isoformat()


# --- junk -------------------------------------------------------------------------------------

_PUNCTUATION_ONLY = re.compile(r"^[\s.…·•*\-–—_=~|/\\,;:!?'\"“”‘’()\[\]]*$")


@cache
def _junk_lines() -> frozenset[str]:
    return frozenset(fold_key(x) for x in load_lines("layout/junk_lines.txt"))


def is_junk(line: str) -> bool:
    return bool(_PUNCTUATION_ONLY.match(line)) or (len(line) <= _MAX_JUNK and fold_key(line) in _junk_lines())


# Junk lines are a few words; a longer line is never compared with the list.
_MAX_JUNK = 40


def strip_trailing_junk(paragraph: str) -> str:
    """Drop what aggregators glue to the end of a paragraph (`Nguồn: [Link nguồn]`)."""
    if grammar()["link_placeholder"] not in paragraph:
        return paragraph
    return link_placeholder().sub("", paragraph).rstrip()


# --- detokenising (corpora re-joined from word-segmented text) ---------------------------------

# Spaces after a non-space, before closing punctuation. The pattern starts with the literal space
# (sre then skips ahead to each space) and looks back for the non-space.
# Both are zero-width around the spaces they remove, so `sub` replaces with a literal: Python 3.11
# expands a `\1` template in Python, once per match.
_SPACE_BEFORE = re.compile(r" (?<=\S.) *(?=[,.;:!?%)\]}…](?:\s|$|[,.;:!?\"'”’)]))")
_SPACE_AFTER_OPEN = re.compile(r" (?<=[(\[{] ) *")
# A quote at the start or after white space, then a space: the quote comes first, so sre looks
# only at quote marks, and the look-back (two characters wide, counting the quote) does the rest.
_QUOTED = re.compile(r"(['\"])(?<!\S.) ([^'\"\n]{1,200}?) \1(?=\s|$|[,.;:!?)])")


# What only word-segmented text has: a space before closing punctuation. One scan decides whether
# that pattern runs; the others run only where their own characters are.
_SPACED_CLOSE = re.compile(r" [,.;:!?%)\]}…]")


def detokenise(text: str) -> str:
    """Undo the spacing of word-segmented text: `' tổ '` -> `'tổ'`, `a , b` -> `a, b`."""
    if "' " in text or '" ' in text:
        text = _QUOTED.sub(r"\1\2\1", text)
    if "( " in text or "[ " in text or "{ " in text:
        text = _SPACE_AFTER_OPEN.sub("", text)
    return _SPACE_BEFORE.sub("", text) if _SPACED_CLOSE.search(text) else text


# --- glue: words a scraper ran together where a link or a tag ended ---------------------------

# The alphabet of these classes comes from `text.legacy.letters` (67 lower case, then capitals).
_LETTERS_LOWER = letters()[: len(letters()) // 2]
_VN_LOWER = "a-z" + "".join(_LETTERS_LOWER)
_VN_UPPER = "A-Z" + "".join(c.upper() for c in _LETTERS_LOWER)
_LOWER_UPPER = re.compile(rf"([{_VN_LOWER}]+)([{_VN_UPPER}][{_VN_LOWER}]*)")
_ROMAN_LOWER = re.compile(rf"\b([IVXLC]{{2,}})(?=[{_VN_LOWER}]{{2,}}\b)")
_COMMA_LETTER = re.compile(rf"(?<=[^\W_]),(?=[{_VN_UPPER}])")
_TONED = "".join(c for c in _LETTERS_LOWER if set(unicodedata.normalize("NFD", c)) & set(TONE_MARKS))
_TONED_ALL = _TONED + _TONED.upper()
# A word with two tone marks is two syllables run together; no single syllable has two.
_LONG_WORD = re.compile(rf"\b[^\W\d_{_TONED_ALL}]*[{_TONED_ALL}][^\W\d_{_TONED_ALL}]*[{_TONED_ALL}][^\W\d_]*")
# Cheap scans that decide whether the finer patterns need to run at all. Each starts with the
# rarer character and looks back for the other, which sre scans about three times faster.
_CASE_SEAM = re.compile(rf"[{_VN_UPPER}](?<=[{_VN_LOWER}].)")
# Two Roman numerals then two lower-case letters: what `_ROMAN_LOWER` needs, boundaries aside.
_ROMAN_SEAM = re.compile(rf"[IVXLC](?<=[IVXLC][IVXLC])(?=[{_VN_LOWER}]{{2}})")
# Two tone-marked vowels with only unmarked letters between: the sign of a glued word. Only
# Vietnamese letters count between them: a word with any other letter is no pair of syllables.
_UNTONED_LETTER = "a-zA-Z" + "".join(c + c.upper() for c in _LETTERS_LOWER if c not in _TONED)
_TWO_TONES = re.compile(rf"[{_TONED_ALL}][{_UNTONED_LETTER}]{{0,8}}[{_TONED_ALL}]")
_COMMA_SEAM = re.compile(rf",[{_VN_UPPER}]")


def _split_case(match: re.Match[str]) -> str:
    from diembao.text.syllables import is_syllable

    left, right = match.group(1), match.group(2)
    # Foreign words mix cases too (`McDonald`, `iPhone`); glued Vietnamese shows its diacritics.
    vietnamese = not (left + right).isascii()
    return f"{left} {right}" if vietnamese and is_syllable(left) and is_syllable(right) else match.group()


def _split_glued(match: re.Match[str]) -> str:
    """`Chínhnhấn` -> `Chính nhấn`: two syllables, each with its tone mark, written as one word."""
    from diembao.text.syllables import MAX_LENGTH, is_syllable, split_tone

    word = match.group()
    if len(word) > 2 * MAX_LENGTH or is_syllable(word) or split_tone(word.lower())[1] != "*":
        return word  # too long to be two syllables: and trying every split would cost its square
    splits = [k for k in range(2, len(word) - 1) if is_syllable(word[:k]) and is_syllable(word[k:])]
    return f"{word[:splits[0]]} {word[splits[0]:]}" if len(splits) == 1 else word


# The letters of `_VN_LOWER` and `_VN_UPPER`: the ASCII ones and the 134 Vietnamese ones.
_VN_LETTERS = frozenset(ascii_letters) | frozenset(letters())


def _split_case_seams(text: str) -> str:
    """`_LOWER_UPPER.sub(_split_case, text)`, but only over the runs of letters that hold a
    lower-upper seam. The pattern matches letters only, so a run is split the same alone as in
    the whole text; a long text with a few seams then costs a few short runs, not a full scan."""
    pieces: list[str] = []
    done = 0
    for seam in _CASE_SEAM.finditer(text):
        upper = seam.start()
        if upper < done:  # inside a run already split
            continue
        start, end = upper - 1, upper + 1
        while start > 0 and text[start - 1] in _VN_LETTERS:
            start -= 1
        while end < len(text) and text[end] in _VN_LETTERS:
            end += 1
        pieces.append(text[done:start])
        pieces.append(_LOWER_UPPER.sub(_split_case, text[start:end]))
        done = end
    pieces.append(text[done:])
    return "".join(pieces)


def unglue(text: str) -> str:
    """Put back the spaces a scraper dropped around links: `Nghị quyếtĐại hội` -> `Nghị quyết Đại
    hội`, `Đảng XIVngay` -> `Đảng XIV ngay`, `30/1,Thủ tướng` -> `30/1, Thủ tướng`,
    `Phạm Minh Chínhnhấn mạnh` -> `Phạm Minh Chính nhấn mạnh`. Only unambiguous cases: a lower-case
    letter then a capitalised word; a word with two tone marks that splits into exactly one pair
    of well-formed syllables."""
    if _CASE_SEAM.search(text):
        text = _split_case_seams(text)
    if _ROMAN_SEAM.search(text):
        text = _ROMAN_LOWER.sub(r"\1 ", text)
    if _COMMA_SEAM.search(text):
        text = _COMMA_LETTER.sub(", ", text)
    return _LONG_WORD.sub(_split_glued, text) if _TWO_TONES.search(text) else text


def clean_text_line(line: str) -> str:
    return unglue(detokenise(clean_paragraph(line)))


def clean_block(block: str) -> list[str]:
    """Every line of a block of text, cleaned as `clean_text_line` cleans one, empty lines kept;
    the repairs run once over the block, which is much cheaper than once per line."""
    lines = [single_spaced(line) for line in normalise(block).splitlines()]
    return unglue(detokenise("\n".join(lines))).split("\n") if lines else []


# Abbreviations after which a sentence splitter wrongly broke the line ("UBND TP." / "Hải Phòng").
_BROKEN_AFTER = re.compile(r"(?:^|\s)(?:TP|Tp|Q|P|TX|TT|H|X|GS|PGS|TS|ThS|BS|Th\.S|St|Mr|Mrs|Dr)\.$")


def _ends_in_abbreviation(line: str) -> bool:
    # The longest abbreviation with its dot and the space before it is 6 characters: searching
    # only the end keeps the cost flat for long lines, and `^` still means the line's start.
    return line.endswith(".") and _BROKEN_AFTER.search(line, max(0, len(line) - 8)) is not None


def join_broken_lines(lines: Sequence[str]) -> list[str]:
    """Join a line that ends in an abbreviation's dot with the line after it."""
    out: list[str] = []
    for line in lines:
        if out and _ends_in_abbreviation(out[-1]):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return out


# --- captions -----------------------------------------------------------------------------------


@cache
def _photo_markers() -> tuple[str, ...]:
    return tuple(fold(x) for x in load_lines("layout/photo_markers.txt"))


def _caption_key(line: str) -> str:
    return fold_key(line).rstrip(" .…")


def has_photo_marker(line: str) -> bool:
    if not photo_hint().search(line):
        return False
    folded = fold(line)
    return any(marker in folded for marker in _photo_markers())


def _same_line(a: str, b: str) -> bool:
    """`X` and `X.`: the same words, whatever the case, tone placement and final dot."""
    if abs(len(a) - len(b)) > 3 or a[:1].lower() != b[:1].lower():
        return False
    return _caption_key(a) == _caption_key(b)


@dataclass(frozen=True, slots=True)
class Split:
    body: tuple[str, ...]
    captions: tuple[str, ...]


def split_captions(paragraphs: Sequence[str]) -> Split:
    """Take captions out of the body.

    A short line written twice in a row (`X` then `X.`: the image's alt text, then its caption)
    is a caption, kept once in its longer form. A line written once is a caption only when it carries
    a photo marker (`Ảnh:`, `Ảnh minh họa`); short lines without one stay in the body, since an
    intertitle looks the same. Repeated body paragraphs are kept once.
    """
    body: list[str] = []
    captions: list[str] = []
    # One scan over the whole text says whether any line can carry a photo marker.
    marked_captions = bool(photo_hint().search("\n".join(paragraphs)))
    i = 0
    while i < len(paragraphs):
        line = paragraphs[i]
        nxt = paragraphs[i + 1] if i + 1 < len(paragraphs) else None
        if nxt is not None and len(line) <= _MAX_CAPTION and _same_line(line, nxt) and _caption_key(line):
            captions.append(max(line, nxt, key=len))
            i += 2
            continue
        if marked_captions and _is_marked_caption(line):
            captions.append(line)
        elif not body or not _same_line(body[-1], line):
            body.append(line)
        i += 1
    return Split(tuple(body), tuple(dict.fromkeys(captions)))


# A caption is a sentence or two; a longer line written twice is a paragraph the scraper doubled.
_MAX_CAPTION = 300


def _is_marked_caption(line: str) -> bool:
    return len(line) < _MAX_CAPTION and has_photo_marker(line)


# --- bylines ------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Byline:
    body: tuple[str, ...]
    authors: tuple[str, ...]
    via: str | None


@dataclass(frozen=True, slots=True)
class _BylineRules:
    prefix: re.Pattern[str]
    via: re.Pattern[str]
    seps: re.Pattern[str]
    max_words: int
    bare: re.Pattern[str]
    collective: re.Pattern[str]
    note: re.Pattern[str]
    photo: re.Pattern[str]
    credit: re.Pattern[str]
    after_url: re.Pattern[str]


@cache
def _byline_rules() -> _BylineRules:
    rules = load_json("layout/byline.json")
    prefix = re.compile(r"^\(?\s*(?:" + alternation(rules["author_prefixes"]) + r")\s*:\s*", re.IGNORECASE)
    via_words = "|".join(map(re.escape, rules["via_prefixes"]))
    via = re.compile(r"^\(?\s*(?:" + via_words + r")\s*:?\s+(.{2,80}?)\s*\)?\.?$", re.IGNORECASE)
    seps = re.compile("|".join(map(re.escape, rules["name_separators"])))
    bare = re.compile(r"^(?:" + alternation(rules["bare_prefixes"]) + r")\s+")
    collective = re.compile(r"^(?i:" + alternation(rules["collective"]) + r")((?:\s+[^\W\d_]+){0,4})$")
    # A bracket after the name: a source "(Theo AFP)" (its space often lost: "(TheoFT)"), an agency
    # "(TTXVN)" (capitalised, so matched case-sensitively), or a note on how the text was made.
    note = re.compile(
        r"\s*\((?:(?i:" + via_words + r")\s*(?P<via>[^()]{2,80}?)|(?i:" + alternation(rules["notes"])
        + r")|(?:" + alternation(rules["photo_credits"]) + r")\s*:\s*[^()]{2,80}"
        + r"|(?P<agency>[A-ZĐ][\w+.\- ]{1,20}))\)\.?$"
    )
    photo = re.compile(r"\s+(?:" + alternation(rules["photo_credits"]) + r")\s*:\s*[^\W\d_][\w.\-]*$")
    credit = re.compile(r"^(?:" + alternation(rules["photo_credits"]) + r")\s*:\s*")
    # "Theo Dân Trí http://… Quang Phong": a source line glued before the byline ends at its address.
    after_url = re.compile(r"(?:(?i:" + via_words + r")\s+(?P<via>[^\s:/][^:/]{0,40}?)\s+)?"
                           r"https?://\S+\s+(?P<tail>\S+(?:\s+\S+){0,3})$")
    return _BylineRules(prefix, via, seps, int(rules["max_words"]), bare, collective, note, photo,
                        credit, after_url)


# A pen name glued after the last sentence of a paragraph: "… 800.000 cây. Tiến Vinh".
_SENTENCE_END = frozenset(".!?…”\"’')")


def tail_name(paragraph: str) -> tuple[str, str] | None:
    """Split `"… 800.000 cây. Tiến Vinh"` into the text and its last two to four words, where the
    text ends a sentence; the longest such text wins. Works from the end of the paragraph, so a
    long paragraph (a whole body on one line) costs no more than a short one."""
    if not paragraph or paragraph[-1].isspace():
        return None
    parts = paragraph.rsplit(None, 4)
    end = len(paragraph)
    starts: list[int] = []  # where the last word, the one before it, … begin
    for word in reversed(parts[1:]):
        end = paragraph.rindex(word, 0, end)
        starts.append(end)
    for count in range(2, len(parts)):
        head = paragraph[:starts[count - 1]].rstrip()
        if head[-1] in _SENTENCE_END:
            return head, paragraph[starts[count - 1]:]
    return None


def _is_name_word(word: str) -> bool:
    core = word.rstrip(".")
    if "." in core:  # initials glued to a name: "T.Duy", "N.C"
        *initials, last = core.split(".")
        return all(len(i) == 1 and i.isupper() for i in initials) and _is_name_word(last)
    if not core or not core.isalpha() or not core[0].isupper():
        return False
    return core.isupper() or core[1:].islower() or len(core) == 1


def _is_name(words: Sequence[str]) -> bool:
    return 1 <= len(words) <= 5 and all(_is_name_word(w) for w in words)


_DIGIT = re.compile(r"\d")


def _names(text: str) -> tuple[str, ...] | None:
    """The author names of a byline text, or None if it is not one."""
    r = _byline_rules()
    text = text.strip().rstrip(".")
    if not text or len(text.split()) > r.max_words or _DIGIT.search(text):
        return None
    parts = [r.prefix.sub("", p).strip(" ().") for p in r.seps.split(r.prefix.sub("", text))]
    parts = [_without_bare_prefix(p) for p in parts if p]
    if parts and all(_is_name(p.split()) for p in parts):
        return tuple(parts)
    return None


def _without_bare_prefix(name: str) -> str:
    bare = _byline_rules().bare.match(name)
    return name[bare.end():] if bare and name[bare.end()].isupper() else name


def _without_credit_source(line: str) -> str:
    """`"Ảnh:NBC News Huyền Lê"` → `"Huyền Lê"`: a credit glued before the byline names a source,
    not a person, when its words are no Vietnamese syllables; a pen name after it is the author."""
    from diembao.text.syllables import is_syllable

    credit = _byline_rules().credit.match(line)
    if not credit:
        return line
    words = line[credit.end():].split()
    skip = next((i for i, w in enumerate(words) if is_syllable(w)), len(words))
    return " ".join(words[skip:]) if 0 < skip < len(words) else line


def _is_foreign_caps(name: str) -> bool:
    """`POWERED BY`: a word in capitals that is no Vietnamese syllable nor an initial."""
    from diembao.text.syllables import is_syllable

    return any(w.isupper() and len(w) > 1 and "." not in w and not is_syllable(w) for w in name.split())


def _is_caps_name(words: Sequence[str]) -> bool:
    """`THỦY HÀ`, `N.C`: capitals that are syllables or initials, not an English footer."""
    from diembao.text.syllables import is_syllable

    cores = [w.strip(".") for w in words if w not in "-–—"]
    return any(len(c) > 1 for c in cores) and all(
        c.isupper() and (len(c) <= 1 or is_syllable(c) or "." in c) for c in cores)


# A dash that lost a space on one side ("Hà Hương -Thắng Quang").
_GLUED_DASH = re.compile(r"(?<=[^\W\d_])\s*[-–—]\s*(?=[^\W\d_])")
# "Hoài Nam/VOV miền Trung", "Phi Long/VOV.VN", "Thanh Hà/VOV-Miền Trung", "Minh Thà/KD&PL": the
# outlet the author writes for, after a slash.
_SLASH_OUTLET = re.compile(r"/\s*([A-ZĐ][A-ZĐ&]+(?:[.\-][A-ZĐ][^\W\d_]*)*(?:\s+[^\W\d_]+){0,2})\.?$")
# Names with separators are longer than `tail_name` reaches: "… cây. Thu Hà - Hoài Nam".
_SENTENCE_TAIL = re.compile(r"[.!?…”\"’')]\s+((?:[^.!?…”\"’')]|\.(?=[^\s.])){3,80})$")
# Sources and notes are searched for only in a paragraph's last characters, so that a whole body
# on one line costs no more than a short one.
_SOURCE_REACH = 120


def _cut_dangling(line: str) -> str:
    """`line` without a dash left at its end ("Ánh Dương -"), looking only at its end."""
    line = line.rstrip()
    if len(line) > 1 and line[-1] in "-–—" and line[-2].isspace():
        return line[:-1].rstrip()
    return line


def _strip_source(line: str) -> tuple[str, str | None]:
    """`line` without what follows the author's name, and the outlet that names: a dangling dash,
    a bracketed source, agency or note, an outlet after a slash, a one-word photo source."""
    r = _byline_rules()
    line = _cut_dangling(line)
    via: str | None = None
    reach = max(0, len(line) - _SOURCE_REACH)
    # An agency is an acronym or a known outlet: "Hải Phòng (Việt Nam)" is a place, not a byline.
    if (line.endswith((")", ").")) and (m := r.note.search(line, reach)) and m.start() > 0
            and (not m["agency"] or m["agency"].isupper() or _is_outlet(m["agency"]))):
        via = (m["via"] or m["agency"] or "").strip() or None
        line = _cut_dangling(line[:m.start()])
    elif "/" in line[reach:] and (m := _SLASH_OUTLET.search(line, reach)) and m.start() > 0:
        via, line = m[1], line[:m.start()]
    if ":" in line[-40:] and (m := r.photo.search(line, max(0, len(line) - 40))):
        line = line[:m.start()]
    return line.rstrip(), via


def _byline_of(line: str) -> tuple[tuple[str, ...], str | None] | None:
    r = _byline_rules()
    via = r.via.match(line)
    if via and len(via[1].split()) <= 10:
        return (), via[1].strip()
    # A paragraph: too long for a byline even with a source after it ("(Theo AFP, Reuters, …)").
    if len(line.split(None, 2 * r.max_words)) > 2 * r.max_words:
        return None
    line, source = _strip_source(line)
    words = line.strip().rstrip(".").split(None, r.max_words)
    if not words or len(words) > r.max_words:  # too long for `_names`: a sentence, not a byline
        return None
    if "-" in line or "–" in line or "—" in line:
        line = _GLUED_DASH.sub(" - ", line)
        words = line.strip().rstrip(".").split(None, r.max_words)
    # "Nhóm PV Quốc hội": a team's byline is the author as written.
    team = r.collective.match(line)
    if team and (not team[1] or team[1].split()[0][0].isupper()):
        return (line,), source
    line = _without_bare_prefix(_without_credit_source(line))  # "PV Hoài Nam"
    names = _names(line)
    if not names:
        return None
    has_prefix = bool(r.prefix.match(line))
    all_caps = _is_caps_name(line.split())
    # Proper-case pen names of two to four words or with initials ("Võ Hải - T.Thu"), unless the line ends a
    # sentence ("Hải Phòng."); after a source or agency any name is one ("Hữu Khoa (TTXVN)").
    proper = source is not None or (all(2 <= len(n.split()) <= 4 or "." in n for n in names)
                                    and not line.endswith(".")
                                    and not any(_is_foreign_caps(n) for n in names))
    return (names, source) if has_prefix or all_caps or proper else None


def _caps_tail(paragraph: str) -> tuple[str, str] | None:
    """Split `"… Tổng Công ty Sông Thu HẢI CHÂU"` into the text and the capitalised name glued
    after it with no sentence end: two to four upper-case syllables after a word that is not."""
    from diembao.text.syllables import is_syllable

    words = paragraph.rsplit(None, 5)
    run = 0
    for word in reversed(words[1:]):
        if not (word.isupper() and len(word) > 1 and is_syllable(word)):
            break
        run += 1
    if not 2 <= run <= 4 or words[-run - 1].isupper():
        return None
    cut = len(paragraph)
    for word in reversed(words[-run:]):
        cut = paragraph.rindex(word, 0, cut)
    return paragraph[:cut].rstrip(), paragraph[cut:]


def _glued_byline(paragraph: str) -> tuple[str, tuple[tuple[str, ...], str | None]] | None:
    """The paragraph's text and the byline glued to its end (`"… cây. Tiến Vinh (TTXVN)"`)."""
    rest, source = _strip_source(paragraph)
    # "… thanh niên. (HỒNG THẠNH)": a name in capitals in brackets is the byline, not an agency.
    if source and " " in source and _is_caps_name(source.split()) and rest[-1:] in _SENTENCE_END:
        return rest, ((source,), None)
    tail = tail_name(rest)
    if (tail is None and "://" in rest[-300:]
            and (m := _byline_rules().after_url.search(rest, max(0, len(rest) - 300)))):
        tail, source = (rest[:m.start("tail")].rstrip(), m["tail"]), source or m["via"]
    if tail is None and (m := _SENTENCE_TAIL.search(rest, max(0, len(rest) - 90))):
        tail = rest[:m.start(1)].rstrip(), m[1]
    tail = tail or _caps_tail(rest)
    if not tail or not tail[1][-1].isalpha() or _ends_in_abbreviation(tail[0]):
        return None
    found = _byline_of(tail[1])
    if found is None:
        return None
    return tail[0], (found[0], found[1] or source)


def _is_outlet(name: str) -> bool:
    """A byline that names an agency or paper (`TTXVN`, `VOV`) says where the text came from."""
    from diembao.lexicon import outlets

    return outlets.by_tag(name) is not None or outlets.by_name(name) is not None


def split_byline(paragraphs: Sequence[str]) -> Byline:
    """Take the byline (`THỦY HÀ`, `Bài và ảnh: …`, `Theo TTXVN`) off the end of the body."""
    body = list(paragraphs)
    authors: list[str] = []
    via: str | None = None
    for _ in range(3):
        if not body:
            break
        found = _byline_of(body[-1])
        if found is not None:
            body.pop()
        else:
            glued = _glued_byline(body[-1])
            if glued is None:
                break
            body[-1], found = glued
        names, source = found
        outlets_named = [n for n in names if _is_outlet(n)]
        authors[:0] = [n for n in names if n not in outlets_named]
        via = via or source or (outlets_named[0] if outlets_named else None)
    return Byline(tuple(body), tuple(dict.fromkeys(authors)), via)
