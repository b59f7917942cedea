"""Legacy Vietnamese encodings: the tables, decoding, encoding and sniffing."""

from __future__ import annotations

import io
import random
import shutil
import string
import struct
import subprocess
import unicodedata
import zipfile
import zlib

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from diembao.lexicon.files import load_lines, load_tsv
from diembao.text.legacy import (
    ENCODINGS,
    TCVN3,
    VNI,
    WINDOWS_1258,
    canonical_encoding,
    decode,
    encode,
    letters,
    sniff,
)
from diembao.text.syllables import TONE_MARKS, is_syllable

SENTENCES = [
    "Ban Thường vụ Tỉnh ủy tổ chức hội nghị",
    "Chủ tịch Ủy ban nhân dân tỉnh",
    "Đồng chí Bí thư Tỉnh ủy phát biểu chỉ đạo hội nghị tổng kết nghị quyết.",
    "Hội đồng nhân dân tỉnh khóa X tổ chức kỳ họp thứ nhất, bầu các chức danh chủ chốt.",
    "Quỳnh Lưu, Nghệ An: người dân được hỗ trợ xây nhà ở sau bão",
    "ĐẢNG CỘNG SẢN VIỆT NAM QUANG VINH MUÔN NĂM",
    "Ủy ban Kiểm tra Trung ương đề nghị thi hành kỷ luật cảnh cáo đối với nguyên Phó Chủ tịch",
    "Thủ tướng yêu cầu các bộ, ngành khẩn trương hoàn thiện hồ sơ trình Quốc hội xem xét",
    "Đoàn đại biểu Quốc hội tỉnh tiếp xúc cử tri trước kỳ họp thứ tư",
    "Ở xã Ea Kly, huyện Krông Pắc, tỉnh Đắk Lắk, nhiều hộ dân đã thoát nghèo",
]

# Text in other languages that shares Latin-1 letters with Vietnamese; written for these tests.
FRENCH = (
    "Le conseil municipal s'est réuni mercredi à la mairie pour débattre du budget de l'année "
    "prochaine. Après une longue discussion, les élus ont approuvé la création d'un nouveau marché "
    "couvert près de la gare, où les producteurs de la région pourront vendre leurs légumes. "
    "Le maire a déclaré qu'il était très satisfait et que les travaux commenceraient dès l'été. "
    "Voilà une décision qui plaît à tout le monde, même aux commerçants du quartier."
)
GERMAN = (
    "Der Stadtrat hat am Mittwoch über den Haushalt für das nächste Jahr beraten. Nach längerer "
    "Diskussion stimmten die Mitglieder für den Bau einer Markthalle in der Nähe des Bahnhofs, wo "
    "Bauern aus der Region frisches Gemüse verkaufen können. Größere Änderungen am Straßenverkehr "
    "sind nicht geplant; der Bürgermeister zeigte sich zufrieden."
)
_AMBIGUOUS_TCVN_CAPITALS = "ẶỊÒỎÕÓỌỘ"  # share their bytes with Word's … ‘ ’ “ ” • – —
ENGLISH_SMART_QUOTES = "The council’s “new market” opened today – a small step… for the town’s growers."


def _png() -> bytes:
    header = struct.pack(">IIBBBBB", 16, 16, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + struct.pack(">I", 13) + b"IHDR" + header + b"\0" * 4 + zlib.compress(
        random.Random(7).randbytes(300)
    )


def _zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("bai-viet.txt", "\n".join(SENTENCES))
    return buffer.getvalue()


# --- the tables -----------------------------------------------------------------------------


def test_the_134_letters() -> None:
    table = letters()
    assert len(table) == len(set(table)) == 134
    assert all(len(c) == 1 and not c.isascii() and unicodedata.is_normalized("NFC", c) for c in table)
    assert sum(c.islower() for c in table) == sum(c.isupper() for c in table) == 67
    assert {"đ", "Đ", "ự", "Ự", "ỵ", "Ỵ", "ẵ", "Ẵ"} <= set(table)


@pytest.mark.parametrize("encoding", ENCODINGS)
def test_every_letter_round_trips(encoding: str) -> None:
    for letter in letters():
        if encoding == TCVN3 and letter in _AMBIGUOUS_TCVN_CAPITALS:
            continue  # alone they read as punctuation; see the next test
        assert decode(encode(f"x {letter} x", encoding), encoding) == f"x {letter} x", letter


@pytest.mark.parametrize("word", ["NẶNG", "NGHỊ", "ĐÒ", "THỎ", "VÕ", "CÓ", "HỌP", "HỘI", "Ọc", "Ộp"])
def test_tcvn3_capitals_at_word_punctuation_positions(word: str) -> None:
    assert decode(encode(word, TCVN3), TCVN3) == word


def test_tcvn3_letters_are_single_bytes() -> None:
    codes = [encode(letter, TCVN3) for letter in letters()]
    assert all(len(code) == 1 for code in codes)
    assert len(set(codes)) == 134


def test_vni_letters_are_base_plus_mark() -> None:
    for letter in letters():
        code = encode(letter, VNI)
        assert (len(code) == 1) == (letter.lower() in "ơưđìíỉĩịỵ"), letter
        if len(code) == 2:
            base = decode(code[:1], VNI)
            assert unicodedata.normalize("NFD", base)[0] == unicodedata.normalize("NFD", letter)[0], letter


@pytest.mark.skipif(shutil.which("iconv") is None, reason="no iconv")
def test_tcvn3_table_agrees_with_glibc() -> None:
    rows = load_tsv("legacy/tcvn3.tsv")
    data = bytes(int(row["byte"], 16) for row in rows)
    result = subprocess.run(["iconv", "-f", "TCVN5712-1", "-t", "UTF-8"], input=data, capture_output=True)
    if result.returncode != 0:
        pytest.skip("iconv has no TCVN5712-1")
    expected = [chr(int(r["char"][2:], 16)) if r["char"].startswith("U+") else r["char"] for r in rows]
    assert list(result.stdout.decode()) == expected


# --- decoding known bytes ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "encoding", "text"),
    [
        (b"Vie\xe4t Nam", VNI, "Việt Nam"),
        (b"Xin cha\xf8o ca\xf9c ba\xefn", VNI, "Xin chào các bạn"),
        (b"\xd1O\xc4NG", VNI, "ĐỘNG"),
        (b"A\xe1p Ba\xe9c", VNI, "Ấp Bắc"),  # hand-typed: capital base, small mark
        (b"B\xb6o Th\xbeng", TCVN3, "Bảo Thắng"),
        (b"M\xad\xeang Kh\xad\xacng", TCVN3, "Mường Khương"),
        (b"\xa7\xe5ng ch\xdd", TCVN3, "Đồng chí"),
        (b"\x9ey ban", TCVN3, "Ủy ban"),
        (b"H\x97I NGH\x91", TCVN3, "HỘI NGHỊ"),
        (b"a\xb3", TCVN3, "á"),  # the standard's combining acute after a vowel
        (b"30\xb0C", TCVN3, "30°C"),  # the same byte after a digit: a degree sign
        (b"\x93H\xb5 N\xe9i\x94", TCVN3, "“Hà Nội”"),
        (b"H\xb5 N\xe9i \x96 H\xe5 Ch\xdd Minh\x85", TCVN3, "Hà Nội – Hồ Chí Minh…"),
        (b"BAN TH\xad\xeaNG V\xf4", TCVN3, "BAN THƯỜNG VỤ"),  # typed for a .VnTimeH font
        (b"BAN TH\xad\xeaNG V\xf4\nBan Th\xad\xeang v\xf4", TCVN3, "BAN THƯỜNG VỤ\nBan Thường vụ"),
        (b"Vi\xea\xf2t Nam", WINDOWS_1258, "Việt Nam"),
        (b"c\xe1c c\xf4\xecng", WINDOWS_1258, "các cống"),
        (b"\xd0\xf4\xccng", WINDOWS_1258, "Đồng"),
    ],
)
def test_decode_known_bytes(data: bytes, encoding: str, text: str) -> None:
    assert decode(data, encoding) == text


# --- sentences: encode, sniff, decode -------------------------------------------------------------


@pytest.mark.parametrize("encoding", ENCODINGS)
@pytest.mark.parametrize("sentence", SENTENCES)
def test_sentences_sniff_and_round_trip(sentence: str, encoding: str) -> None:
    data = encode(sentence, encoding)
    assert sniff(data) == encoding
    assert decode(data, encoding) == sentence


def test_windows_1258_with_precomposed_letters() -> None:
    # Word writes the letters Windows-1258 has whole (á, à, é, ô …) as one byte.
    sentence = "Các đại biểu thảo luận và tán thành tờ trình"
    data = b"".join(
        c.encode("cp1258") if _cp1258_has(c) else encode(c, WINDOWS_1258) for c in sentence
    )
    assert data != encode(sentence, WINDOWS_1258)
    assert sniff(data) == WINDOWS_1258
    assert decode(data, WINDOWS_1258) == sentence


def _cp1258_has(char: str) -> bool:
    try:
        char.encode("cp1258")
    except UnicodeEncodeError:
        return False
    return True


def test_sniff_breaks_ties_by_prevalence() -> None:
    # `ô ô ô` in Windows-1258 is `ụ ụ ụ` in TCVN3: both flawless; TCVN3 was far more used.
    assert sniff("Em ô ô ô".encode("cp1258")) == TCVN3


def test_sniff_sees_tcvn3_capitals_below_0x80() -> None:
    data = encode("KỲ THỨ MỸ TÚ THỰC THỤ", TCVN3)
    assert data.isascii()
    assert sniff(data) == TCVN3


def test_sniff_needs_a_few_words() -> None:
    assert sniff(encode("Hà", TCVN3)) is None
    assert sniff(encode(" ".join(SENTENCES), TCVN3)) == TCVN3


# --- not Vietnamese -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"plain ASCII text, nothing to sniff",
        random.Random(1).randbytes(16),
        random.Random(2).randbytes(1000),
        random.Random(3).randbytes(20000),
        bytes(random.Random(4).choice(range(0x20, 0x100)) for _ in range(4000)),  # no control bytes
        _png(),
        _zip(),
        zlib.compress("\n".join(SENTENCES).encode()),
        FRENCH.encode("latin-1"),
        FRENCH.encode("cp1252"),
        GERMAN.encode("latin-1"),
        ENGLISH_SMART_QUOTES.encode("cp1252"),
        (FRENCH + " " + GERMAN).encode("cp1252") * 20,
    ],
    ids=lambda d: repr(d[:12]),
)
def test_sniff_rejects(data: bytes) -> None:
    assert sniff(data) is None


def test_sniff_ignores_utf8_vietnamese() -> None:
    # The caller tries UTF-8 first; the bytes must not pass for a legacy encoding either.
    assert sniff(" ".join(SENTENCES).encode()) is None


# --- names and errors ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("TCVN3", TCVN3), ("tcvn-3", TCVN3), ("TCVN 5712", TCVN3), ("ABC", TCVN3),
        ("VNI", VNI), ("vni-windows", VNI),
        ("Windows-1258", WINDOWS_1258), ("cp1258", WINDOWS_1258), ("windows1258", WINDOWS_1258),
    ],
)
def test_canonical_encoding(name: str, expected: str) -> None:
    assert canonical_encoding(name) == expected


def test_unknown_encoding() -> None:
    with pytest.raises(ValueError, match="not a legacy Vietnamese encoding"):
        decode(b"x", "utf-8")


@pytest.mark.parametrize("encoding", ENCODINGS)
def test_encode_errors(encoding: str) -> None:
    with pytest.raises(UnicodeEncodeError):
        encode("Hà Nội 東京", encoding)
    assert encode("東京", encoding, errors="replace") == b"??"


# --- properties ---------------------------------------------------------------------------------------

@settings(max_examples=300)
@given(st.text(alphabet=st.sampled_from([*letters(), *string.ascii_letters, " ", ",", "."]), max_size=60))
@pytest.mark.parametrize("encoding", [VNI, WINDOWS_1258])
def test_any_letters_round_trip(encoding: str, text: str) -> None:
    assert decode(encode(text, encoding), encoding) == text


@settings(max_examples=300)
@given(
    st.text(
        alphabet=st.sampled_from(
            [c for c in letters() if c not in _AMBIGUOUS_TCVN_CAPITALS] + [*string.ascii_lowercase, " ", "."]
        ),
        max_size=60,
    )
)
def test_tcvn3_letters_round_trip(text: str) -> None:
    # Upper-case ASCII is left out: a line of capitals is read as .VnTimeH text (tested above).
    assert decode(encode(text, TCVN3), TCVN3) == text


@st.composite
def syllables(draw: st.DrawFn) -> str:
    """A well-formed syllable, built from the same tables `is_syllable` reads."""
    row = draw(st.sampled_from(load_tsv("syllables/nuclei.tsv")))
    nucleus = row["nucleus"]
    codas = {r["coda"]: r["stop"] == "yes" for r in load_tsv("syllables/codas.tsv")}
    if row["front"] != "yes":
        codas = {c: stop for c, stop in codas.items() if c not in ("ch", "nh")}
    choices = {"none": [""], "required": list(codas), "optional": ["", *codas]}[row["coda"]]
    coda = draw(st.sampled_from(choices))
    positions = [int(i) for i in row["tone_at"].split(",")]
    at = max(positions) if coda else draw(st.sampled_from(positions))
    tones = ["\u0301", "\u0323"] if coda and codas[coda] else ["", *TONE_MARKS]
    toned = nucleus[:at] + unicodedata.normalize("NFC", nucleus[at] + draw(st.sampled_from(tones)))
    onset = draw(st.sampled_from(["", *load_lines("syllables/onsets.txt")]))
    word = unicodedata.normalize("NFC", onset + toned + nucleus[at + 1:] + coda)
    assume(is_syllable(word))  # onsets the vowel group absorbs (`gi` + `i…`) can still misfire
    return word


@st.composite
def sentences(draw: st.DrawFn) -> str:
    words = draw(st.lists(syllables(), min_size=4, max_size=14))
    if draw(st.booleans()):
        return " ".join(words).upper()
    return " ".join([words[0].capitalize(), *words[1:]]) + draw(st.sampled_from(["", ".", ",", "…"]))


@settings(max_examples=200, deadline=None)
@given(sentences())
@pytest.mark.parametrize("encoding", ENCODINGS)
def test_random_sentences_sniff_and_round_trip(encoding: str, text: str) -> None:
    # A lone capital at a Word-punctuation position reads as punctuation (documented).
    assume(not any(w in _AMBIGUOUS_TCVN_CAPITALS for w in text.split()))
    data = encode(text, encoding)
    assert decode(data, encoding) == text
    if sum(not w.strip(".,…").isascii() for w in text.split()) >= 3:
        found = sniff(data)
        # A few short words can read as flawless Vietnamese in two encodings (`ô` in
        # Windows-1258 is `ụ` in TCVN3); then sniff may name the other, never a worse one.
        assert found == encoding or (found is not None and _all_well_formed(decode(data, found)))


def _all_well_formed(text: str) -> bool:
    words = [w.strip(".,…") for w in text.split()]
    return all(is_syllable(w) for w in words if w)


@settings(max_examples=200)
@given(st.binary(max_size=400))
def test_sniff_and_decode_never_fail(data: bytes) -> None:
    assert sniff(data) in (*ENCODINGS, None)
    for encoding in ENCODINGS:
        assert isinstance(decode(data, encoding), str)
