"""Benchmark: search, person and document queries over a knowledge base, in-process.

Builds a few hundred varied queries from the database itself (seeded, so runs compare): words
and phrases of titles with and without diacritics, names of persons, document symbols, OR,
exclusions, prefixes, and searches with filters (date range, place, outlet, person, document).
Each query runs once after a warm-up; prints p50/p95/p99 latency per kind.

    python bench/ingest.py --keep /tmp/baomoi.sqlite      # build the database once
    python bench/search.py /tmp/baomoi.sqlite
"""

from __future__ import annotations

import argparse
import contextlib
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

from diembao.kb import KnowledgeBase, QueryError
from diembao.kb.analysis import WORD, loosen


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", type=Path)
    parser.add_argument("--queries", type=int, default=300, help="queries of each kind (default 300)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--cpu", action="store_true",
                        help="time the process's CPU, not the wall clock (steadier on a shared machine)")
    args = parser.parse_args()
    global _clock
    _clock = time.process_time if args.cpu else time.perf_counter
    if not args.db.exists():
        print(f"no database at {args.db}: build one with bench/ingest.py --keep", file=sys.stderr)
        return 2
    rng = random.Random(args.seed)
    with KnowledgeBase(args.db) as kb:
        searches = search_queries(kb, rng, args.queries)
        # Half the lookups are of the most attested persons and most cited documents (the
        # heaviest profiles), half of any.
        names = [r[0] for r in kb.store.all("SELECT name FROM persons ORDER BY id")]
        top_names = [r[0] for r in kb.store.all(
            "SELECT p.name FROM resolutions AS r JOIN persons AS p ON p.id = r.entity_id WHERE r.kind = 'person' "
            "GROUP BY r.entity_id ORDER BY count(*) DESC LIMIT 200")]
        persons = [rng.choice(top_names if i % 2 else names) for i in range(args.queries)] if names else []
        persons = [loosen(n.lower()) if i % 3 == 0 else n for i, n in enumerate(persons)]
        label = "coalesce(d.symbol, d.name, d.type || ' ' || d.number)"
        symbols = [r[0] for r in kb.store.all(f"SELECT {label} FROM documents AS d "
                                              "WHERE coalesce(symbol, name, number) IS NOT NULL ORDER BY id")]
        top_symbols = [r[0] for r in kb.store.all(
            f"SELECT {label} FROM citations AS c JOIN documents AS d ON d.id = c.document_id "
            "GROUP BY c.document_id ORDER BY count(*) DESC LIMIT 100")]
        documents = [rng.choice(top_symbols if i % 2 else symbols) for i in range(args.queries)] if symbols else []
        articles = kb.counts()["articles"]
        print(f"database: {args.db} ({articles:,} articles, {len(names):,} persons, {len(symbols):,} documents)")
        for query, options in searches[:30]:  # warm the page cache
            _search(kb, query, options)
        plain = [(q, o) for q, o in searches if not o]
        report("search", [lambda q=q: _search(kb, q, {}) for q, _ in plain if not q.endswith("*")])
        report("search prefix*", [lambda q=q: _search(kb, q, {}) for q, _ in plain if q.endswith("*")])
        report("search, all", [lambda q=q: _search(kb, q, {}) for q, _ in plain])
        report("search + filters", [lambda q=q, o=o: _search(kb, q, o) for q, o in searches if o])
        report("person", [lambda n=n: kb.person(n) for n in persons])
        report("document", [lambda s=s: kb.document(s) for s in documents])
    return 0


def _search(kb: KnowledgeBase, query: str, options: dict[str, str]) -> None:
    with contextlib.suppress(QueryError):  # a generated query can be empty of words
        kb.search(query, limit=10, **options)


_clock = time.perf_counter


def report(kind: str, calls: list[Callable[[], object]]) -> None:
    if not calls:
        print(f"{kind:18} no queries")
        return
    times = []
    for call in calls:
        start = _clock()
        call()
        times.append((_clock() - start) * 1000)
    times.sort()
    q = statistics.quantiles(times, n=100, method="inclusive")
    print(f"{kind:18} n={len(times):4}  p50 {q[49]:6.1f} ms  p95 {q[94]:6.1f} ms  p99 {q[98]:6.1f} ms  "
          f"max {times[-1]:6.1f} ms")


def search_queries(kb: KnowledgeBase, rng: random.Random, n: int) -> list[tuple[str, dict[str, str]]]:
    titles = [r[0] for r in kb.store.all("SELECT title FROM articles WHERE aid % 7 = 0 LIMIT 5000")]
    # Search words are drawn from titles, as a reader picks them: common and rare alike.
    names = [r[0] for r in kb.store.all("SELECT name FROM persons LIMIT 5000")]
    symbols = [r[0] for r in kb.store.all("SELECT symbol FROM documents WHERE symbol IS NOT NULL LIMIT 2000")]
    places = [r[0] for r in kb.store.all("SELECT name FROM places WHERE kind IN ('province', 'city') LIMIT 100")]
    outlets = [r[0] for r in kb.store.all("SELECT DISTINCT outlet FROM articles WHERE outlet IS NOT NULL LIMIT 50")]
    days = [r[0] for r in kb.store.all("SELECT day FROM articles WHERE day IS NOT NULL AND aid % 13 = 0 LIMIT 500")]

    def words(k: int) -> str:
        title = WORD.findall(rng.choice(titles)) if titles else ["hội", "nghị"]
        start = rng.randrange(max(1, len(title) - k + 1))
        return " ".join(title[start:start + k]) or "hội nghị"

    makers: list[Callable[[], tuple[str, dict[str, str]]]] = [
        lambda: (words(1), {}),
        lambda: (words(2), {}),
        lambda: (loosen(words(2).lower()), {}),
        lambda: (f'"{words(3)}"', {}),
        lambda: (f"{words(1)} OR {words(1)}", {}),
        lambda: (f"{words(2)} -{words(1)}", {}),
        lambda: (words(1)[:4] + "*", {}),  # reported apart: FTS5 merges every word of the prefix
        lambda: (rng.choice(names) if names else words(2), {}),
        lambda: (loosen(rng.choice(names).lower()) if names else words(2), {}),
        lambda: (rng.choice(symbols) if symbols else words(1), {}),
        lambda: (words(2), {"since": min(days), "until": rng.choice(days)} if days else {"since": "2017"}),
        lambda: (words(1), {"place": rng.choice(places)} if places else {}),
        lambda: (words(1), {"outlet": rng.choice(outlets)} if outlets else {}),
        lambda: ("hội nghị", {"person": rng.choice(names)} if names else {}),
        lambda: (words(1), {"document": rng.choice(symbols)} if symbols else {}),
    ]
    return [makers[i % len(makers)]() for i in range(n * 2)]


if __name__ == "__main__":
    raise SystemExit(main())
