"""Benchmark: does search find what a person means? Names, document symbols and title phrases.

Builds a knowledge base of ../shared/corpus/politics.jsonl and the seed with `diembao ingest`
(or reuses the one given by `--db` when it exists), then measures, with a fixed seed:

- names: 60 person names of the knowledge base (each attested in two articles or more), searched
  unquoted with and without diacritics, and quoted; relevant = the article contains the exact
  name (folded: case and tone-mark placement aside, marks kept). MRR@10, success@1 and @10,
  matches median / max.
- symbols: 30 cited document symbols, each written in two of the ways the press writes them
  (`57-NQ/TW` -> `57/NQ-TW`, `57/TW-NQ`, `NQ 57`, `Nghị quyết số 57-NQ/TW`, a leading zero
  added or dropped, `NĐ` as `ND`); relevant = an article that cites the document, per the
  knowledge base. success@10.
- phrases: 100 runs of 2-4 words of article titles, searched unquoted; P@5 = the share of the
  top five hits that contain the phrase (folded, punctuation between words aside), out of
  min(5, the articles that contain it).

    python bench/relevance.py                         # a temporary knowledge base
    python bench/relevance.py --db /tmp/politics.sqlite   # built once, then reused
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from diembao.kb import KnowledgeBase, QueryError
from diembao.kb.analysis import WORD, loosen
from diembao.kb.codec import unpack
from diembao.text import fold, join_segments

REPO = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("DIEMBAO_SHARED", REPO.parent / "shared"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="the knowledge base (built here when absent; default: temporary)")
    parser.add_argument("--shared", type=Path, default=SHARED)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--names", type=int, default=60)
    parser.add_argument("--symbols", type=int, default=30)
    parser.add_argument("--phrases", type=int, default=100)
    args = parser.parse_args()
    if args.db is not None:
        return run(args, args.db)
    with tempfile.TemporaryDirectory(prefix="diembao-relevance-") as tmp:
        return run(args, Path(tmp) / "politics.sqlite")


def run(args: argparse.Namespace, db: Path) -> int:
    if not db.exists():
        corpus = [args.shared / "corpus" / "politics.jsonl", args.shared / "corpus" / "seed"]
        if not all(p.exists() for p in corpus):
            print(f"no corpus at {args.shared}/corpus", file=sys.stderr)
            return 2
        subprocess.run([sys.executable, "-m", "diembao", "ingest", *map(str, corpus), "--db", str(db), "--quiet"],
                       check=False)
    with KnowledgeBase(db) as kb:
        print(f"database: {db} ({kb.counts()['articles']:,} articles)")
        texts = _Texts(kb)
        names(kb, texts, random.Random(args.seed), args.names)
        symbols(kb, random.Random(args.seed), args.symbols)
        phrases(kb, texts, random.Random(args.seed), args.phrases)
    return 0


class _Texts:
    """Article id -> its folded text, read from the records once."""

    def __init__(self, kb: KnowledgeBase):
        self.kb = kb
        self.cache: dict[str, str] = {}

    def __call__(self, article_id: str) -> str:
        if article_id not in self.cache:
            record = json.loads(unpack(self.kb.store.value("SELECT record FROM articles WHERE id = ?", (article_id,))))
            self.cache[article_id] = fold(join_segments(record.get("title") or "", record.get("lead") or "",
                                                        record.get("body") or (), record.get("captions") or ()))
        return self.cache[article_id]


def contains(words: Sequence[str]) -> re.Pattern[str]:
    """Folded words in this order, only punctuation or spaces between them, as whole words."""
    return re.compile(r"(?<![^\W_])" + r"[\W_]+".join(re.escape(fold(w)) for w in words) + r"(?![^\W_])")


def _search(kb: KnowledgeBase, query: str, limit: int) -> tuple[list[str], int, float]:
    start = time.perf_counter()
    try:
        result = kb.search(query, limit=limit, count=True)
    except QueryError:
        return [], 0, 0.0
    elapsed = (time.perf_counter() - start) * 1000
    return [h.article.id for h in result.hits], result.total or 0, elapsed


def _rank(ids: Sequence[str], relevant: Callable[[str], bool]) -> int | None:
    return next((i for i, a in enumerate(ids, 1) if relevant(a)), None)


def names(kb: KnowledgeBase, texts: _Texts, rng: random.Random, n: int) -> None:
    pool = [r[0] for r in kb.store.all(
        "SELECT p.name FROM persons AS p JOIN resolutions AS r ON r.kind = 'person' AND r.entity_id = p.id "
        "GROUP BY p.id HAVING count(DISTINCT r.aid) >= 2 ORDER BY p.id")]
    pool = sorted({p for p in pool if len(WORD.findall(p)) >= 2})
    drawn = rng.sample(pool, min(n, len(pool)))
    print(f"\nnames: {len(drawn)} of {len(pool)} persons in >= 2 articles")
    print(f"{'query form':34} {'MRR@10':>7} {'s@1':>6} {'s@10':>6} {'matches med/max':>16} {'ms p50':>7}")
    forms: list[tuple[str, Callable[[str], str]]] = [
        ("with diacritics, unquoted", lambda s: s),
        ("without diacritics, unquoted", lambda s: loosen(s.lower())),
        ("with diacritics, quoted", lambda s: f'"{s}"'),
        ("without diacritics, quoted", lambda s: f'"{loosen(s.lower())}"'),
    ]
    for label, form in forms:
        reciprocal, at1, at10, totals, times = [], 0, 0, [], []
        for name in drawn:
            pattern = contains(WORD.findall(name))
            ids, total, ms = _search(kb, form(name), 10)
            rank = _rank(ids, lambda a, p=pattern: p.search(texts(a)) is not None)
            reciprocal.append(1 / rank if rank else 0.0)
            at1 += rank == 1
            at10 += rank is not None
            totals.append(total)
            times.append(ms)
        k = len(drawn)
        print(f"{label:34} {sum(reciprocal) / k:7.3f} {at1 / k:6.3f} {at10 / k:6.3f} "
              f"{statistics.median(totals):>9.0f} / {max(totals):<5} {statistics.median(times):7.1f}")


_SYMBOL = re.compile(r"^(?P<num>\d+)(?P<rest>[-/].+)$")


def variants(symbol: str, type_: str) -> list[str]:
    """The ways the press writes `symbol` (other than itself)."""
    out = []
    match = _SYMBOL.match(symbol)
    if match:
        num, rest = match.group("num"), match.group("rest")
        if num.startswith("0") or len(num) == 1:  # 08-NQ/TW <-> 8-NQ/TW, as written for one digit
            out.append((num.lstrip("0") or "0" if num.startswith("0") else "0" + num) + rest)
        party = re.match(r"^-(\w+)/(\w+)$", rest)
        if party:
            out.append(f"{num}/{party[1]}-{party[2]}")  # 57/NQ-TW
            out.append(f"{num}/{party[2]}-{party[1]}")  # 57/TW-NQ
    if "Đ" in symbol:
        out.append(symbol.replace("Đ", "D"))  # 168/2024/ND-CP
    out.append(f"{type_} số {symbol}")  # Nghị quyết số 57-NQ/TW
    out.append(f"{type_} {symbol}")
    return out


def symbols(kb: KnowledgeBase, rng: random.Random, n: int) -> None:
    pool = kb.store.all("SELECT d.id, d.symbol, d.type FROM documents AS d WHERE d.symbol IS NOT NULL "
                        "AND EXISTS (SELECT 1 FROM citations AS c WHERE c.document_id = d.id) ORDER BY d.id")
    drawn = rng.sample(pool, min(n, len(pool)))
    hits = tried = 0
    misses = []
    times = []
    for doc_id, symbol, type_ in drawn:
        citing = {r[0] for r in kb.store.all("SELECT a.id FROM citations AS c JOIN articles AS a ON a.aid = c.aid "
                                             "WHERE c.document_id = ?", (doc_id,))}
        forms = variants(symbol, type_)
        for query in rng.sample(forms, min(2, len(forms))):
            ids, _total, ms = _search(kb, query, 10)
            times.append(ms)
            tried += 1
            if any(a in citing for a in ids):
                hits += 1
            else:
                misses.append(f"{query} ({symbol})")
    print(f"\nsymbols: {len(drawn)} documents, {tried} variant queries: success@10 {hits / max(1, tried):.3f}"
          f"  (ms p50 {statistics.median(times) if times else 0:.1f})")
    if misses:
        print("  missed: " + "; ".join(misses[:12]) + (" …" if len(misses) > 12 else ""))


def phrases(kb: KnowledgeBase, texts: _Texts, rng: random.Random, n: int) -> None:
    titles = [r[0] for r in kb.store.all("SELECT title FROM articles ORDER BY aid")]
    shares, times = [], []
    for _ in range(n * 3):
        if len(shares) >= n:
            break
        words = WORD.findall(rng.choice(titles))
        size = rng.randint(2, 4)
        if len(words) < size:
            continue
        start = rng.randrange(len(words) - size + 1)
        run = words[start:start + size]
        query = " ".join(run)
        _quoted, with_phrase, _ms = _search(kb, f'"{query}"', 1)
        ids, _total, ms = _search(kb, query, 5)
        if not with_phrase or not ids:
            continue
        pattern = contains(run)
        good = sum(1 for a in ids if pattern.search(texts(a)))
        shares.append(good / min(5, with_phrase))
        times.append(ms)
    print(f"\nphrases: {len(shares)} title phrases of 2-4 words: P@5 {statistics.mean(shares):.3f}"
          f"  (ms p50 {statistics.median(times):.1f})")


if __name__ == "__main__":
    raise SystemExit(main())
