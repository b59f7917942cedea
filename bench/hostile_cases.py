"""The hostile inputs of `bench/hostile.py`, generated from fixed seeds (nothing large is kept in
the repo): each class is a function of a `random.Random` and a count, returning files (name,
bytes). A JSONL file holds many inputs, one a line; `count_inputs` says how many.

The article text is written here in the style of provincial news; the names are invented.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable

ARTICLE = (
    "Thứ Tư, 10/11/2021, 17:48 (GMT+7)\n"
    "Hội nghị tổng kết công tác xây dựng Đảng năm 2021\n"
    "(ABO) Sáng 10-11, Tỉnh ủy Tiền Giang tổ chức Hội nghị tổng kết công tác năm 2021.\n"
    "Ông Nguyễn Văn An, Bí thư Tỉnh ủy, chủ trì hội nghị. Dự hội nghị có bà Trần Thị Bích, "
    "Phó Chủ tịch UBND tỉnh.\n"
    "Hội nghị quán triệt Nghị quyết 22-NQ/TW và Quyết định số 1234/QĐ-UBND ngày 5/3/2021.\n"
    "THỦY HÀ\n"
)
TITLE, LEAD, BODY = ARTICLE.splitlines()[1], ARTICLE.splitlines()[2], "\n".join(ARTICLE.splitlines()[3:])
GOOD_RECORD = {"id": "good", "source": "bench", "url": "https://baoapbac.vn/x.html",
               "published": "2021-11-10T17:48:00+07:00", "title": TITLE, "sapo": LEAD, "body": BODY,
               "captions": ["Quang cảnh hội nghị."]}

Files = list[tuple[str, bytes]]


def random_bytes(rng: random.Random, n: int) -> Files:
    return [(f"r{i:05d}.txt", rng.randbytes(rng.randint(0, 3000))) for i in range(n)]


def truncated_utf8(rng: random.Random, n: int) -> Files:
    data = ARTICLE.encode("utf-8")
    out = []
    for i in range(n):
        cut = rng.randint(1, len(data) - 1)
        while cut < len(data) and data[cut] & 0xC0 != 0x80:  # end inside a character
            cut += 1
        piece = data[:cut]
        if rng.random() < 0.3:
            piece += data[cut + 1:]  # a character with a byte missing in the middle
        out.append((f"t{i:05d}.txt", piece))
    return out


def utf16(rng: random.Random, n: int) -> Files:
    codecs = ["utf-16", "utf-16-le", "utf-16-be"]
    out = []
    for i in range(n):
        data = ARTICLE.encode(rng.choice(codecs))
        if rng.random() < 0.25:
            data = data[: rng.randint(1, len(data))]  # odd lengths and cut surrogate pairs
        if rng.random() < 0.1:
            data = "🙂".encode("utf-16-le")[:2] + data  # a lone surrogate half in front
        out.append((f"u{i:05d}.txt", data))
    return out


def legacy_encodings(rng: random.Random, n: int) -> Files:
    from diembao.text import legacy

    names = ["TCVN3", "VNI", "Windows-1258"]
    out = []
    for i in range(n):
        data = legacy.encode(ARTICLE, names[i % 3], errors="replace")
        if rng.random() < 0.3:
            data = data[: rng.randint(1, len(data))]
        out.append((f"l{i:05d}.txt", data))
    return out


def mixed_encodings(rng: random.Random, n: int) -> Files:
    from diembao.text import legacy

    parts = [ARTICLE.encode("utf-8"), legacy.encode(ARTICLE, "VNI", errors="replace"),
             legacy.encode(ARTICLE, "TCVN3", errors="replace"), ARTICLE.encode("latin-1", "replace"),
             ARTICLE.encode("utf-16-le"), b"\xef\xbb\xbf"]
    return [(f"m{i:05d}.txt", b"".join(rng.choice(parts)[: rng.randint(10, 400)] for _ in range(rng.randint(2, 5))))
            for i in range(n)]


def nul_bytes(rng: random.Random, n: int) -> Files:
    data = ARTICLE.encode("utf-8")
    out = []
    for i in range(n):
        piece = bytearray(data)
        for _ in range(rng.choice([1, 3, 30, 300])):
            piece.insert(rng.randint(0, len(piece)), 0)
        out.append((f"n{i:05d}.txt", bytes(piece)))
    return out


_WRONG = [None, True, False, 0, -1, 1.5, 10**30, "", " ", [], {}, [1], [None], {"a": 1}, ["x", 2], "\x00",
          "\ud800", "a" * 5000, [[["deep"]]], {"id": "nested"}]
_FIELDS = ["id", "title", "sapo", "body", "captions", "url", "source", "published"]


def jsonl_wrong_types(rng: random.Random, n: int) -> Files:
    lines = []
    while len(lines) < n:
        field, value = rng.choice(_FIELDS), rng.choice(_WRONG)
        record = {**GOOD_RECORD, "id": f"w{len(lines)}", field: value}
        if rng.random() < 0.2:
            record.pop(rng.choice(_FIELDS), None)
        lines.append(json.dumps(record, ensure_ascii=rng.random() < 0.5))
        if rng.random() < 0.1:
            lines.append(json.dumps(rng.choice([[record], "text", 5, None, True, [], 1.5])))
    return _jsonl_files("w", lines[:n])


def jsonl_values(rng: random.Random, n: int) -> Files:
    good = json.dumps(GOOD_RECORD, ensure_ascii=False)
    makers: list[Callable[[int], str]] = [
        lambda i: f'{{"id": {i}, "body": {"9" * rng.choice([4301, 5000, 20000])}}}',
        lambda i: f'{{"id": "s{i}", "title": "T\\ud800{i}", "body": "x\\udc00y", "source": "\\udfff"}}',
        lambda i: f'{{"id": "n{i}", "title": "T", "body": {rng.choice(["NaN", "Infinity", "-Infinity", "1e999"])}}}',
        lambda i: "[" * rng.choice([1000, 100_000]) + "]" * rng.choice([0, 1000]),
        lambda i: json.dumps({**GOOD_RECORD, "id": f"p{i}", "title": "Tiêu\u2028đề\u2029\u0085" + str(i)},
                             ensure_ascii=False),
        lambda i: good[: rng.randint(1, len(good) - 1)],
        lambda i: json.dumps({**GOOD_RECORD, "id": f"d{i}", "published": rng.choice(
            ["9999-12-31T23:59:59-12:00", "0001-01-01T00:00:00+14:00", "9999-12-31", "0001-01-01", "2021-02-30",
             "10000-01-01", "-0001-01-01", "Thứ Tư, 31/12/9999, 23:48 (GMT-12)"])}, ensure_ascii=False),
        lambda i: good.replace('"good"', f'"dup{i % 7}"'),  # repeated ids
        lambda i: "\ufeff" + good.replace('"good"', f'"bom{i}"') + "\r",
        lambda i: json.dumps({**GOOD_RECORD, "id": f"big{i}", "body": BODY * rng.choice([10, 1000, 5000])},
                             ensure_ascii=False),
        lambda i: rng.randbytes(rng.randint(1, 200)).decode("latin-1"),
    ]
    return _jsonl_files("v", [rng.choice(makers)(i) for i in range(n)])


def records(rng: random.Random, n: int) -> Files:
    """`ingest --records` lines: article records with wrong types and offsets that lie."""
    from diembao.record import Article, Mention, Person

    base = Article(id="r", title=TITLE, lead=LEAD, body=tuple(BODY.splitlines()))
    start = base.text.find("Nguyễn Văn An")
    good = base.with_(persons=(Person("Nguyễn Văn An", (), (Mention(start, start + 13, "Nguyễn Văn An"),)),))
    plain = good.to_dict()
    lines = []
    for i in range(n):
        record = json.loads(json.dumps(plain))
        record["id"] = f"rec{i}"
        choice = rng.randrange(6)
        if choice == 0:
            record[rng.choice(list(record))] = rng.choice(_WRONG)
        elif choice == 1:
            record["persons"][0]["mentions"][0][rng.choice(["start", "end", "text"])] = rng.choice([*_WRONG, -5, 10**9])
        elif choice == 2:
            record["persons"] = rng.choice(_WRONG)
        elif choice == 3:
            record["persons"][0] = rng.choice(_WRONG)
        lines.append(json.dumps(record, ensure_ascii=False))
    return _jsonl_files("rec", lines)


def html_pages(rng: random.Random, n: int) -> Files:
    paragraphs = "".join(f"<p>{x}</p>" for x in BODY.splitlines())
    makers: list[Callable[[], str]] = [
        lambda: f"<html><head><script>{'var x = 1;' * rng.choice([10, 10_000, 100_000])}</script></head>"
                f"<body><h1>{TITLE}</h1>{paragraphs}<script>document.write('<p>')</script></body></html>",
        lambda: "<html><body>" + "<div>" * rng.choice([300, 3000, 30_000]) + paragraphs + "</div>" * 10 + "</body>",
        lambda: f"<html><body><h1>{TITLE}<p>{BODY[:200]}<div <p class=>x</ <b><i>{BODY}</b></i><table><tr><td>",
        lambda: f'<html><head><meta charset="windows-1258"><meta property="og:title" content="{TITLE}"></head>'
                f"<body>{paragraphs}</body></html>",
        lambda: f'<?xml version="1.0" encoding="utf-16"?><html><body><h1>{TITLE}</h1>{paragraphs}</body></html>',
        lambda: f"<html><body><!-- {BODY} <h1>{TITLE}</h1>{paragraphs}",
        lambda: '<html><head><meta property="article:published_time" content="'
                + rng.choice(["9999-12-31T23:59:59-12:00", "0001-01-01", "x"]) + f'"></head><body><h1>{TITLE}</h1>'
                + paragraphs + "<time datetime='0001-01-01T00:00:00+14:00'>x</time></body></html>",
        lambda: "<html><body>" + f"<p>{'&#x0; &#xd800; &amp &lt;&gt; &#99999999;' * 20}</p>" + paragraphs,
        lambda: "<html><body>" + "".join(f'<p class="{"x" * 5000}" data-a="{i}">{BODY}</p>' for i in range(30)),
        lambda: "<html><body><p>" + "chữ " * rng.choice([1000, 100_000]) + "</p></body></html>",
        lambda: "<p>" + "a\u0301\u0302\u0303\u0323\u0309" * 20_000 + "</p>",
        lambda: "<html>" + rng.randbytes(2000).decode("latin-1") + "</html>",
    ]
    out = []
    for i in range(n):
        text = rng.choice(makers)()
        data = text.encode("utf-8") if rng.random() < 0.9 else text.encode("cp1252", "replace")
        out.append((f"h{i:05d}.html", data))
    return out


def pathological(rng: random.Random, n: int) -> Files:
    pieces = ["quyếtĐại", "ếế", "Hội nghị ", "Nghị quyết 22 ", "22-NQ/TW ", "ông Bình ",
              "Ông Nguyễn Văn An, Bí thư Tỉnh ủy, phát biểu. ", "Bí thư Tỉnh ủy Nguyễn Văn Bình ",
              "a\u0301\u0302\u0303\u0323\u0309" * 50 + " ", "Ủy ban nhân dân tỉnh ", "(ABO) ", "Theo TTXVN\n",
              "ngày 5/3/2021 ", "TP.\n", "\u200b\u00ad\ufeff", "\t\r\x0b\x0c"]
    out = []
    for i in range(n):
        size = rng.choice([20_000, 200_000, 1_000_000, 3_000_000])
        piece = rng.choice(pieces)
        text = TITLE + "\n" + piece * (size // len(piece.encode("utf-8")))
        out.append((f"p{i:05d}.txt", text.encode("utf-8")))
    return out


def _jsonl_files(prefix: str, lines: list[str], per_file: int = 250) -> Files:
    return [(f"{prefix}{k:04d}.jsonl", "\n".join(lines[k:k + per_file]).encode("utf-8", "surrogatepass") + b"\n")
            for k in range(0, len(lines), per_file)]


def count_inputs(files: Files) -> int:
    """Inputs in the files: one per file, one per non-blank line of a JSONL file."""
    return sum(sum(1 for line in data.split(b"\n") if line.strip()) if name.endswith(".jsonl") else 1
               for name, data in files)


# (class, generator, inputs at full size, seed). The campaign runs these; the test suite runs a slice.
CLASSES: list[tuple[str, Callable[[random.Random, int], Files], int, int]] = [
    ("random bytes", random_bytes, 1500, 1),
    ("truncated UTF-8", truncated_utf8, 800, 2),
    ("UTF-16 with/without BOM", utf16, 600, 3),
    ("TCVN3 / VNI / cp1258", legacy_encodings, 1200, 4),
    ("mixed encodings", mixed_encodings, 500, 5),
    ("NUL bytes", nul_bytes, 500, 6),
    ("JSONL wrong types", jsonl_wrong_types, 1700, 7),
    ("JSONL hostile values", jsonl_values, 800, 8),
    ("HTML", html_pages, 1500, 9),
    ("pathological texts", pathological, 40, 10),
]
RECORDS = ("records (--records)", records, 500, 11)
