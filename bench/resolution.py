"""Benchmark: cross-article person resolution against a gold set of namesakes.

Builds (or reuses, `--db`) a knowledge base of `../shared/corpus/politics.jsonl` + the seed,
reads `../shared/eval/resolution-dev.jsonl` (one line per name: clusters of articles that speak of
one real person, with the positions each article gives) and prints:

- B-cubed precision, recall and F1 of the person clustering over the gold's (name, article)
  mentions. A mention's entity is the `person_names` row of that name in that article; a mention
  the knowledge base has no person for is a cluster of its own.
- attachment: the share of gold (person, title, org) triples, one per article that states them,
  held by that gold person's entity (title and body compared by their keys). A gold person's
  entity is the one most of its mentions are linked to, when that entity is mostly this person.

    python bench/resolution.py                      # builds a fresh knowledge base
    python bench/resolution.py --db politics.sqlite # reuses (or builds and keeps) one
    python bench/resolution.py --gold other.jsonl --verbose

The gold set is for measuring only: rules are written from train articles, never from its names.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="knowledge base to use (built here when absent)")
    parser.add_argument("--gold", type=Path, default=SHARED / "eval" / "resolution-dev.jsonl")
    parser.add_argument("--corpus", nargs="*", type=Path,
                        default=[SHARED / "corpus" / "politics.jsonl", SHARED / "corpus" / "seed"])
    parser.add_argument("--verbose", action="store_true", help="print each name's clusters and misses")
    parser.add_argument("--causes", action="store_true", help="count the attachment misses by cause")
    args = parser.parse_args()
    missing = [p for p in [args.gold, *args.corpus] if not p.exists()]
    if missing:
        print(f"not here: {', '.join(map(str, missing))}", file=sys.stderr)
        return 2
    db = args.db or Path(tempfile.mkdtemp(prefix="diembao-resolution-")) / "kb.sqlite"
    if not db.exists():
        command = [sys.executable, "-m", "diembao", "ingest", *map(str, args.corpus), "--db", str(db), "--quiet"]
        if subprocess.run(command).returncode != 0:
            print("ingest failed", file=sys.stderr)
            return 1
    gold = [json.loads(line) for line in args.gold.read_text(encoding="utf-8").splitlines()[1:] if line.strip()]
    scores = score(sqlite3.connect(db), gold, verbose=args.verbose)
    print(f"B-cubed  P {scores['precision']:.3f}  R {scores['recall']:.3f}  F1 {scores['f1']:.3f}  "
          f"({scores['mentions']} mentions, {len(gold)} names)")
    print(f"attachment {scores['attachment']:.3f}  ({scores['attached']}/{scores['triples']} (person, title, org))")
    if args.causes:
        for cause, n in scores["causes"].most_common():
            print(f"  {n:4d}  {cause}")
    return 0


def score(con: sqlite3.Connection, gold: list[dict], verbose: bool = False) -> dict[str, float]:
    from diembao.kb import keys
    from diembao.text import fold_key

    aids = dict(con.execute("SELECT id, aid FROM articles"))
    entity_of: dict[tuple[str, int], int] = {}
    for person_id, name, aid in con.execute("SELECT person_id, name, aid FROM person_names ORDER BY person_id"):
        entity_of.setdefault((fold_key(name), aid), person_id)
    offices: dict[int, set[tuple[str, str]]] = defaultdict(set)
    for person_id, title, org_key in con.execute(
            "SELECT o.person_id, o.title, g.key FROM offices AS o LEFT JOIN organizations AS g ON g.id = o.org_id"):
        offices[person_id].add((fold_key(title), org_key or ""))

    mentions: list[tuple[str, int | str]] = []  # (gold cluster, predicted entity)
    clusters: list[tuple[str, list[int | None], list[dict]]] = []  # (label, entity per article, articles)
    for entry in gold:
        name = fold_key(entry["name"])
        for n, cluster in enumerate(entry["clusters"]):
            label = f"{name}#{n}"
            found = [entity_of.get((name, aids.get(art["id"], -1))) for art in cluster["articles"]]
            clusters.append((label, found, cluster["articles"]))
            mentions += [(label, e if e is not None else f"missing:{label}:{a['id']}")
                         for e, a in zip(found, cluster["articles"], strict=True)]
    # A gold person's entity is the one most of its mentions are linked to, when that entity's
    # mentions are mostly this person's: an office attached to a merged namesake is not attached.
    owner: dict[int, Counter[str]] = defaultdict(Counter)
    for label, found, _articles in clusters:
        for entity in found:
            if entity is not None:
                owner[entity][label] += 1
    triples = attached = 0
    causes: Counter[str] = Counter()
    for label, found, articles in clusters:
        votes = Counter(e for e in found if e is not None).most_common(1)
        right = votes[0][0] if votes and owner[votes[0][0]].most_common(1)[0][0] == label else None
        for art in articles:
            for position in art["positions"]:
                triples += 1
                held = (fold_key(position["title"]), keys.org_key(position["org"] or ""))
                hit = right is not None and held in offices[right]
                attached += hit
                if not hit:
                    name = label.rsplit("#", 1)[0]
                    causes[_cause(con, name, aids.get(art["id"]), held, right, entity_of, offices,
                                  position["org"] or "")] += 1
                if verbose and not hit:
                    print(f"  unattached: {label} | {position['title']} | {position['org']} [{art['id']}] "
                          f"entity {right}: {sorted(offices.get(right, ()))[:8] if right else '-'}")
        if verbose:
            print(label, found)
    precision, recall = _bcubed(mentions)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "mentions": len(mentions),
            "attachment": attached / triples if triples else 0.0, "attached": attached, "triples": triples,
            "causes": causes}


def _load_scorer_norm() -> Callable[[str], str] | None:
    """The shared scorer's org normalisation, to tell a miss of the benchmark's own keying (cause
    d) from one of the extraction; None when the scorer is not here."""
    import importlib.util

    path = SHARED / "eval" / "score.py"
    if not path.exists():
        return None
    spec = importlib.util.spec_from_file_location("diembao_shared_score", path)
    if spec is None or spec.loader is None:
        return None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.norm


_scorer_norm = _load_scorer_norm()


def _cause(con: sqlite3.Connection, name: str, aid: int | None, held: tuple[str, str], right: int | None,
           entity_of: dict[tuple[str, int], int], offices: dict[int, set[tuple[str, str]]],
           gold_org: str = "") -> str:
    """Why a gold (person, title, org) of one article is not held by the gold person's entity:
    the extraction's side (what the article's record gives) or the knowledge base's (how it keyed
    and resolved what the record gives)."""
    from diembao.kb import keys
    from diembao.kb.codec import unpack
    from diembao.text import fold_key

    if aid is None:
        return "article not in the knowledge base"
    record = json.loads(unpack(con.execute("SELECT record FROM articles WHERE aid = ?", (aid,)).fetchone()[0]))
    persons = [p for p in record.get("persons", []) if fold_key(p["name"]) == name]
    title, org = held
    mine = [(fold_key(q["title"]), keys.org_key(q.get("org") or "")) for p in persons for q in p["positions"]]
    entity = entity_of.get((name, aid))
    if not persons:
        return "extraction: name not read as a person"
    if entity is None:
        return "kb: mention has no person_names row"
    if held in mine:
        if right is None:
            return "kb: gold person has no entity of its own (merged or split)"
        if entity != right:
            return "kb: extracted, mention attached to another person entity"
        return "kb: extracted, office not stored on the entity (re-keyed body)"
    same_title = [o for t, o in mine if t == title]
    written = [q.get("org") or "" for p in persons for q in p["positions"] if fold_key(q["title"]) == title]
    if _scorer_norm is not None and any(_scorer_norm(o) == _scorer_norm(gold_org) for o in written):
        return "benchmark: body keyed apart though the scorer's norm() makes it equal"
    if same_title:
        return "extraction: title right, no body" if all(not o for o in same_title) else \
            "extraction: title right, body of another form"
    if any(o == org for _t, o in mine):
        return "extraction: body right, title of another form"
    others = [fold_key(p["name"]) for p in record.get("persons", [])
              if (title, org) in {(fold_key(q["title"]), keys.org_key(q.get("org") or "")) for q in p["positions"]}]
    if others:
        return "extraction: office given to another name"
    return "extraction: office not extracted"


def _bcubed(mentions: list[tuple[str, int | str]]) -> tuple[float, float]:
    by_gold: dict[str, list[int]] = defaultdict(list)
    by_entity: dict[int | str, list[int]] = defaultdict(list)
    for i, (label, entity) in enumerate(mentions):
        by_gold[label].append(i)
        by_entity[entity].append(i)
    precision = recall = 0.0
    for label, entity in mentions:
        same_gold = set(by_gold[label])
        same_entity = set(by_entity[entity])
        both = len(same_gold & same_entity)
        precision += both / len(same_entity)
        recall += both / len(same_gold)
    n = len(mentions) or 1
    return precision / n, recall / n


if __name__ == "__main__":
    raise SystemExit(main())
