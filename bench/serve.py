"""Benchmark: `diembao serve` under concurrent clients on localhost.

Starts `python -m diembao serve` over a knowledge base (read-only) on a free local port, then for
each kind of request (search, article, person, document and events pages; the API's person and
document endpoints) sends a seeded list of URLs drawn from the database through `--clients`
concurrent keep-alive connections, one kind after another, and prints p50/p95/p99 latency, the
rate, and any answer that was not 200. Bounded: `--requests` per kind and `--seconds` per kind.

    python bench/serve.py /path/to/baomoi.sqlite [--workers N]
"""

from __future__ import annotations

import argparse
import http.client
import os
import queue
import random
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.parse
from pathlib import Path

from diembao.kb import KnowledgeBase
from diembao.kb.analysis import WORD, loosen


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", type=Path)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--requests", type=int, default=400, help="requests of each kind (default 400)")
    parser.add_argument("--seconds", type=float, default=60.0, help="at most this long for each kind")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--workers", type=int, default=None,
                        help="server processes (`diembao serve --workers`; default: the server's own)")
    args = parser.parse_args()
    if not args.db.exists():
        print(f"no database at {args.db}", file=sys.stderr)
        return 2
    kinds = urls(args.db, random.Random(args.seed), args.requests)
    port = free_port()
    command = [sys.executable, "-m", "diembao", "serve", "--db", str(args.db), "--port", str(port)]
    if args.workers:
        command += ["--workers", str(args.workers)]
    server = subprocess.Popen(command, stderr=subprocess.DEVNULL)
    try:
        wait_ready(port, server)
        for url in [u for group in kinds.values() for u in group[:5]]:  # warm up every route
            fetch(http.client.HTTPConnection("127.0.0.1", port, timeout=30), url)
        print(f"database: {args.db}; {args.clients} concurrent clients, up to {args.requests} requests "
              f"or {args.seconds:.0f} s per kind; server processes: {args.workers or 'default'}; "
              f"load average before: {os.getloadavg()[0]:.1f} "
              f"({os.cpu_count()} cores)")
        print(f"{'kind':<18}{'n':>6}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}{'req/s':>8}  not 200")
        for kind, group in kinds.items():
            times, failures, wall = run(port, group, args.clients, args.seconds)
            if not times:
                print(f"{kind:<18} no answers")
                continue
            cuts = statistics.quantiles(times, n=100) if len(times) > 1 else [times[0]] * 99
            print(f"{kind:<18}{len(times):>6}{statistics.median(times):>9.1f}{cuts[94]:>9.1f}{cuts[98]:>9.1f}"
                  f"{len(times) / wall:>8.0f}  {failures or '-'}")
        print(f"load average after: {os.getloadavg()[0]:.1f}")
    finally:
        server.terminate()
        server.wait(10)
    return 0


def urls(db: Path, rng: random.Random, n: int) -> dict[str, list[str]]:
    """Seeded URLs of each kind; half the persons and documents are the most attested (the
    heaviest pages), half any."""
    with KnowledgeBase(db, readonly=True) as kb:
        s = kb.store
        titles = [r[0] for r in s.all("SELECT title FROM articles ORDER BY aid")]
        articles = [r[0] for r in s.all("SELECT id FROM articles ORDER BY aid")]
        persons = [r[0] for r in s.all("SELECT id FROM persons ORDER BY id")]
        top_persons = [r[0] for r in s.all("SELECT entity_id FROM resolutions WHERE kind = 'person' "
                                           "GROUP BY entity_id ORDER BY count(*) DESC LIMIT 200")]
        documents = [r[0] for r in s.all("SELECT id FROM documents ORDER BY id")]
        top_documents = [r[0] for r in s.all("SELECT document_id FROM citations GROUP BY document_id "
                                             "ORDER BY count(*) DESC LIMIT 100")]
        months = [r[0] for r in s.all("SELECT DISTINCT substr(date, 1, 7) FROM events "
                                      "WHERE date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]*' ORDER BY 1")]
        types = [r[0] for r in s.all("SELECT type FROM events GROUP BY type ORDER BY count(*) DESC LIMIT 5")]

    def query() -> str:
        words = WORD.findall(rng.choice(titles).lower())
        if not words:
            return "hội nghị"
        at = rng.randrange(len(words))
        picked = " ".join(words[at:at + rng.choice((1, 2, 2, 3))])
        return loosen(picked) if rng.random() < 0.4 else picked

    def pick(top: list[int], every: list[int], i: int) -> int:
        return rng.choice(top if i % 2 and top else every)

    def events_url() -> str:
        params = {"month": rng.choice(months)} if months else {}
        if types and rng.random() < 0.3:
            params["type"] = rng.choice(types)
        return "/events?" + urllib.parse.urlencode(params)

    return {
        "search page": ["/search?" + urllib.parse.urlencode({"q": query()}) for _ in range(n)],
        "article page": ["/article/" + urllib.parse.quote(rng.choice(articles)) for _ in range(n)],
        "person page": [f"/person/{pick(top_persons, persons, i)}" for i in range(n)],
        "document page": [f"/document/{pick(top_documents, documents, i)}" for i in range(n)] if documents else [],
        "events page": [events_url() for _ in range(n)],
        "API person": [f"/api/v1/persons/{pick(top_persons, persons, i)}" for i in range(n)],
        "API document": [f"/api/v1/documents/{pick(top_documents, documents, i)}" for i in range(n)]
        if documents else [],
    }


def run(port: int, group: list[str], clients: int, seconds: float) -> tuple[list[float], int, float]:
    todo: queue.SimpleQueue[str] = queue.SimpleQueue()
    for url in group:
        todo.put(url)
    times: list[float] = []
    failures = [0]
    lock = threading.Lock()
    stop = time.monotonic() + seconds

    def client() -> None:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        while time.monotonic() < stop:
            try:
                url = todo.get_nowait()
            except queue.Empty:
                break
            started = time.perf_counter()
            status = fetch(connection, url)
            elapsed = (time.perf_counter() - started) * 1000
            with lock:
                times.append(elapsed)
                failures[0] += status != 200
        connection.close()

    started = time.monotonic()
    threads = [threading.Thread(target=client) for _ in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return times, failures[0], time.monotonic() - started


def fetch(connection: http.client.HTTPConnection, url: str) -> int:
    try:
        connection.request("GET", url)
        response = connection.getresponse()
        response.read()
        return response.status
    except (OSError, http.client.HTTPException):
        connection.close()
        return 0


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_ready(port: int, server: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit("diembao serve exited")
        try:
            if fetch(http.client.HTTPConnection("127.0.0.1", port, timeout=5), "/api/v1/exports") == 200:
                return
        except OSError:
            pass
        time.sleep(0.2)
    raise SystemExit("diembao serve did not start")


if __name__ == "__main__":
    sys.exit(main())
