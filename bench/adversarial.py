"""Benchmark: extraction time of hostile articles, at two sizes, to catch work that grows faster
than the text.

Each case is one short piece of text repeated into an article of N and of 4N characters (a body
on one line, thousands of the same title, citation, event or name, one endless word...): what a
broken scraper or an attacker sends. Every stage should cost about four times as much for four
times the text; a ratio well above that is a quadratic path, which on a 1 MB article turns
milliseconds into hours. Prints milliseconds per size and the ratio, and marks ratios over 8.

    python bench/adversarial.py              # N = 20,000 characters
    python bench/adversarial.py --size 5000  # quicker

A script, not a test: timings depend on the machine, and the ratio is what to read.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# (name, piece): the piece is repeated to the article's size.
CASES = [
    ("one space-free word", "quyếtĐại"),
    ("tone marks in one word", "ếế"),
    ("one line of words", "Người dân nạo vét kênh "),
    ("sentence without an end", "Hội nghị "),
    ("event with a chair", "Nguyễn Văn An chủ trì Hội nghị "),
    ("citation repeated", "Nghị quyết 22 "),
    ("symbol repeated", "22-NQ/TW "),
    ("named law repeated", "Hiến pháp "),
    ("full citation", "Quyết định số 1234/QĐ-UBND ngày 5/3/2021 của UBND tỉnh "),
    ("short name repeated", "ông Bình "),
    ("name and title", "Nguyễn Văn An - Bí thư "),
    ("title and name", "Bí thư Tỉnh ủy Nguyễn Văn Bình "),
    ("apposition", "ông Nguyễn Văn An, Chủ tịch UBND tỉnh, "),
    ("place list", "các xã Tân An, "),
    ("dates", "ngày 1/1/2020 "),
    ("quotes", "\" a \" "),
    ("brackets", "a ) ( "),
    ("capitals", "ABC "),
    ("dots", "TP. "),
]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=20_000, help="characters of the smaller article")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT / "src"))
    from diembao.extract.pipeline import warm_up
    from diembao.readers.jsonl import parse_jsonl_line

    pipeline = warm_up()

    def seconds(piece: str, size: int) -> float:
        body = piece * max(1, size // len(piece))
        line = json.dumps({"id": "x", "title": "Bài thử", "body": body}, ensure_ascii=False)
        start = time.perf_counter()
        pipeline(parse_jsonl_line(line))  # reading counts: the layout repairs run on every line
        return time.perf_counter() - start

    worst = 0.0
    print(f"{'case':28} {args.size:>9,} ch {4 * args.size:>9,} ch   ratio (4 is linear)")
    for name, piece in CASES:
        small, large = seconds(piece, args.size), seconds(piece, 4 * args.size)
        ratio = large / max(small, 1e-6)
        worst = max(worst, ratio)
        flag = "   <- grows faster than the text" if ratio > 8 else ""
        print(f"{name:28} {small * 1000:9.1f} ms {large * 1000:9.1f} ms   x{ratio:4.1f}{flag}", flush=True)
    print(f"worst ratio: x{worst:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
