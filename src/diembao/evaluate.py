"""Accuracy: extract the articles of a gold file and score them with the shared scorers.

`diembao evaluate dev` runs `shared/eval/score.py` against `shared/eval/dev.jsonl` (`evaluate
train` against `shared/eval/train.jsonl`, the set for error analysis);
`diembao evaluate vtner` runs `shared/eval/vtner.py` on a vtner split. The scorers are loaded
from the shared folder, not copied, so the figures are the ones anyone else would get.
"""

from __future__ import annotations

import contextlib
import importlib.util
import io
import json
import os
import sys
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Annotated, Any

import typer

from diembao.errors import InputError
from diembao.extract import units
from diembao.extract.pipeline import Pipeline, Stage, default_pipeline, default_stages
from diembao.readers import RawInput, input_id, iter_inputs, parse
from diembao.record import Article

SEED_NAME = "corpus/seed"
GOLD_CORPORA = ("corpus/politics.jsonl", SEED_NAME)


def shared_dir(explicit: str | None = None) -> Path:
    """The shared data folder: `--shared`, `$DIEMBAO_SHARED`, or `../shared` beside the repo."""
    for candidate in (explicit, os.environ.get("DIEMBAO_SHARED")):
        if candidate:
            return Path(candidate)
    here = Path.cwd() / ".." / "shared"
    repo = Path(__file__).resolve().parents[3] / ".." / "shared"
    return here if here.exists() else repo


def _load(path: Path, name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    if spec is None or spec.loader is None:
        raise FileNotFoundError(path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def gold_articles(shared: Path, gold: Path) -> Iterator[Article]:
    """The raw articles whose ids the gold file lists, read from the shared corpora."""
    wanted = {json.loads(line)["id"] for line in gold.open(encoding="utf-8") if line.strip()}
    sources = [str(shared / p) for p in GOLD_CORPORA if (shared / p).exists()]
    for item in iter_inputs(sources):
        # A few dozen gold articles among thousands: parse only those whose id is wanted.
        if isinstance(item, RawInput) and input_id(item) in wanted:
            try:
                yield parse(item)
            except InputError:
                continue


def predict(articles: Iterable[Article], links: bool = False) -> list[Article]:
    pipeline = Pipeline(default_stages(links=True)) if links else default_pipeline()
    return [pipeline(a) for a in articles]


def score_dev(shared: Path, gold: Path | None = None, links: bool = False) -> dict[str, Any]:
    """The scorer's result for the extraction of every article of the gold file (`links`: with
    the learned body choice, `diembao.extract.links`)."""
    gold = gold or shared / "eval" / "dev.jsonl"
    scorer = _load(shared / "eval" / "score.py", "diembao_shared_score")
    predicted = [a.to_dict() for a in predict(gold_articles(shared, gold), links)]
    gold_rows = scorer.read_jsonl(str(gold))
    return scorer.score(gold_rows, predicted, per_article=True)


def by_rule(shared: Path, gold: Path | None = None, links: bool = False) -> list[dict[str, Any]]:
    """Every predicted fact of the gold file's articles counted by the stage and rule that made it
    (`diembao.extract.explain`): how many it made and how many of those the gold holds, by the
    scorer's own matching. A developer's count of errors by rule; the misses belong to no rule."""
    from diembao.extract.explain import explain

    gold = gold or shared / "eval" / "dev.jsonl"
    scorer = _load(shared / "eval" / "score.py", "diembao_shared_score")
    gold_by_id = {row["id"]: row for row in scorer.read_jsonl(str(gold))}
    counts: dict[tuple[str, str, str], list[int]] = {}
    pipeline = Pipeline(default_stages(links=True)) if links else default_pipeline()
    for article in gold_articles(shared, gold):
        g = gold_by_id.get(article.id)
        if g is None:
            continue
        for kind, why, right in _judged(scorer, g, explain(article, pipeline)):
            row = counts.setdefault((kind, why["stage"], why.get("rule") or ""), [0, 0])
            row[0] += 1
            row[1] += right
    return [{"kind": kind, "stage": stage, "rule": rule, "predicted": n, "right": r}
            for (kind, stage, rule), (n, r) in sorted(counts.items())]


def _judged(scorer: ModuleType, g: dict[str, Any], p: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any], bool]]:
    """(kind, why, in the gold) for every predicted fact of one article."""
    norm = scorer.norm
    gold_persons = scorer.persons_of(g)
    _pairs, gold_triples = scorer.positions_of(g)
    for person in p["persons"]:
        yield "persons", person["why"], norm(person["name"]) in gold_persons
        for pos in person["positions"]:
            one = {"persons": [{"name": person["name"], "positions": [pos]}]}
            yield "positions", pos["why"], scorer.positions_of(one)[1] <= gold_triples
    go = {norm(scorer.name_of(o)) for o in scorer.as_list(g.get("organizations"))}
    optional = scorer.parents_inside(go, go | {norm(o["name"]) for o in p["organizations"]})
    for org in p["organizations"]:
        if norm(org["name"]) not in optional:
            yield "organizations", org["why"], norm(org["name"]) in go
    gl = {scorer.norm_place(scorer.name_of(x)) for x in scorer.as_list(g.get("locations"))}
    for loc in p["locations"]:
        yield "locations", loc["why"], scorer.norm_place(loc["name"]) in gl
    for kind, of, same, close in (("documents", scorer.docs_of, scorer.doc_same, scorer.doc_closeness),
                                  ("events", scorer.events_of, scorer.event_same, scorer.event_closeness)):
        predicted = of(p)
        matched = {id(pred) for _g, pred in scorer.match(of(g), predicted, same, close)}
        for item in predicted:
            yield kind, item["why"], id(item) in matched


def outermost_mentions(record: Article) -> dict[str, Any]:
    """The record as flat NER: persons, organizations and locations keep only the mentions that
    no other entity mention contains (vtner, like CoNLL, has no nested entities)."""
    spans: list[tuple[int, int, str, str]] = []
    for kind, items in (("persons", record.persons), ("organizations", record.organizations),
                        ("locations", record.locations)):
        for item in items:
            for m in item.mentions:
                spans.append((m.start, m.end, kind, m.text))
    keep: dict[str, list[dict[str, str]]] = {"persons": [], "organizations": [], "locations": []}
    for start, end, kind, text in spans:
        inside = any(s <= start and end <= e and (e - s) > (end - start) for s, e, _k, _t in spans)
        if not inside:
            keep[kind].append({"text": text})
    return {"id": record.id, **{k: [{"name": m["text"], "mentions": [m]} for m in v]
                                for k, v in keep.items()}}


def score_vtner(shared: Path, split: str = "test") -> dict[str, Any]:
    vtner = _load(shared / "eval" / "vtner.py", "diembao_shared_vtner")
    # Flat NER tags a facility whole (`cầu Phú Mỹ`, `cảng Cửa Việt`), and the commune the
    # units stage reads inside it is a nested name, which such a corpus has no place for: only
    # the units it reads in lists are flat names.
    pipeline = Pipeline([Stage("units", units.listed_only, units.REQUIRES, units.ASSIGNS) if s is units else s
                         for s in default_stages()])
    with tempfile.TemporaryDirectory() as tmp:
        pred = Path(tmp) / "pred.jsonl"
        with pred.open("w", encoding="utf-8") as out:
            for i, sentence in enumerate(vtner.sentences(split)):
                body = " ".join(word for word, _tag in sentence)
                record = pipeline(Article(id=f"vtner/{split}/{i}", body=(body,)))
                out.write(json.dumps(outermost_mentions(record), ensure_ascii=False) + "\n")
        result = Path(tmp) / "result.json"
        with contextlib.redirect_stdout(io.StringIO()):
            vtner.main(["score", split, str(pred), "--json", str(result)])
        return json.loads(result.read_text(encoding="utf-8"))


# --- command line -----------------------------------------------------------------------------

VTNER_SPLITS = ("dev", "test")
Shared = Annotated[str | None, typer.Option("--shared", help="The shared data folder (default ../shared).")]
ByRule = Annotated[bool, typer.Option("--by-rule", help="Count the predicted facts, and those the gold holds, by "
                                      "the stage and rule that made them (extract --explain).")]
Links = Annotated[bool, typer.Option("--links", help="With the learned choice of each office's body "
                                     "(diembao.extract.links; off by default).")]


def _print_table(result: dict[str, Any], label: str = "dev") -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"{label} gold: {result['articles']} articles, {result['predicted']} predicted")
    for column in ("measure", "P", "R", "F1 / accuracy", "counts"):
        table.add_column(column)
    for key, row in result.items():
        if isinstance(row, dict) and "f1" in row:
            table.add_row(key, f"{row['precision']:.3f}", f"{row['recall']:.3f}", f"{row['f1']:.3f}",
                          f"tp {row['tp']} fp {row['fp']} fn {row['fn']}")
        elif isinstance(row, dict) and "accuracy" in row:
            acc = "-" if row["accuracy"] is None else f"{row['accuracy']:.3f}"
            table.add_row(key, "", "", acc, f"{row['right']}/{row['total']}")
    Console().print(table)


def _print_rules(rows: list[dict[str, Any]], label: str) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"{label} gold: predicted facts by the stage and rule that made them")
    for column in ("kind", "stage", "rule", "predicted", "in gold", "precision"):
        table.add_column(column)
    for row in rows:
        table.add_row(row["kind"], row["stage"], row["rule"], str(row["predicted"]), str(row["right"]),
                      f"{row['right'] / row['predicted']:.3f}")
    Console().print(table)


def _score_and_print(folder: Path, gold: Path | None, as_json: bool, label: str, rules: bool = False,
                     links: bool = False) -> None:
    if not (folder / "eval" / "score.py").exists():
        raise typer.BadParameter(f"no scorer at {folder / 'eval' / 'score.py'}; pass --shared")
    if gold is not None and not gold.exists():
        raise typer.BadParameter(f"no gold file at {gold}")
    if rules:
        rows = by_rule(folder, gold, links)
        if as_json:
            print(json.dumps(rows, ensure_ascii=False, indent=1))
        else:
            _print_rules(rows, label)
        return
    result = score_dev(folder, gold, links)
    result.pop("per_article", None)
    if as_json:
        print(json.dumps(result, ensure_ascii=False, indent=1))
    else:
        _print_table(result, label)


def register(app: typer.Typer) -> None:
    evaluate_app = typer.Typer(help="Measure accuracy against the shared gold data.", no_args_is_help=True)
    app.add_typer(evaluate_app, name="evaluate")

    @evaluate_app.command("dev")
    def dev(
        shared: Shared = None,
        gold: Annotated[Path | None, typer.Option(help="Gold JSONL (default shared/eval/dev.jsonl).")] = None,
        as_json: Annotated[bool, typer.Option("--json", help="Print the scorer's JSON.")] = False,
        rules: ByRule = False,
        links: Links = False,
    ) -> None:
        """Score extraction against the gold facts (shared/eval/score.py)."""
        _score_and_print(shared_dir(shared), gold, as_json, "dev", rules, links)

    @evaluate_app.command("train")
    def train(
        shared: Shared = None,
        as_json: Annotated[bool, typer.Option("--json", help="Print the scorer's JSON.")] = False,
        rules: ByRule = False,
        links: Links = False,
    ) -> None:
        """The same table on shared/eval/train.jsonl, the articles for error analysis and learning."""
        folder = shared_dir(shared)
        _score_and_print(folder, folder / "eval" / "train.jsonl", as_json, "train", rules, links)

    @evaluate_app.command("vtner")
    def vtner(
        shared: Shared = None,
        split: Annotated[str, typer.Option(help="dev or test")] = "test",
        as_json: Annotated[bool, typer.Option("--json", help="Print the scorer's JSON.")] = False,
    ) -> None:
        """Score persons, organizations and locations on vtner (exact spans, flat)."""
        if split not in VTNER_SPLITS:
            print(f"diembao: no vtner split {split!r}; choose one of: {', '.join(VTNER_SPLITS)}", file=sys.stderr)
            raise typer.Exit(2)
        folder = shared_dir(shared)
        if not (folder / "eval" / "vtner.py").exists():
            raise typer.BadParameter(f"no vtner scorer at {folder / 'eval' / 'vtner.py'}; pass --shared")
        result = score_vtner(folder, split)
        if as_json:
            print(json.dumps(result, indent=1))
            return
        for kind, row in result.items():
            print(f"{kind:4} P {row['precision']:.3f}  R {row['recall']:.3f}  F1 {row['f1']:.3f}")

