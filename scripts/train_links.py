"""Train the links model (`diembao.extract.links`): which body each office has.

usage: python scripts/train_links.py [--shared DIR] [--gold FILE] [--out FILE] [--folds K] [--check]

Reads the gold file (default `shared/eval/train.jsonl`; never dev), extracts its articles with
the rules alone (the pipeline without the `links` stage), and for every extracted office whose
(person, title) the gold holds, labels each candidate body by the scorer's own matching (the
candidate whose normalised name is one of the gold bodies of that pair; "no body" when the gold
has none). A conditional logistic regression (softmax over an office's candidates, L2) is fitted
by full-batch AdaGrad for a fixed number of steps from zero weights: the same input gives the
same weights on every run. The margin by which a candidate must beat the rules' is chosen by
K-fold cross-validation over the articles (folds by sorted id), on the (person, title, org) F1;
the cross-validated figures are printed. `--check` prints the figures and writes nothing.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from diembao.errors import InputError  # noqa: E402
from diembao.evaluate import _load, gold_articles, shared_dir  # noqa: E402
from diembao.extract import links  # noqa: E402
from diembao.extract.pipeline import Pipeline, default_stages  # noqa: E402
from diembao.readers import RawInput, input_id, iter_inputs, parse  # noqa: E402
from diembao.record import Article  # noqa: E402

OUT = ROOT / "src" / "diembao" / "data" / "links" / "model.json"
STEPS = 300
RATE = 0.3
L2 = 1.0
# Unlabelled articles for the heads' counts; every gold set's articles (dev above all) are left out.
CORPUS = ("corpus/politics.jsonl",)
GOLD_SETS = ("dev.jsonl", "train.jsonl")
MARGINS = (0.0, 0.5, 1.0, 1.5, 2.0, 3.0)

Group = tuple[list[list[str]], list[bool]]  # candidates' features, which are gold


def rules_pipeline() -> Pipeline:
    return Pipeline([s for s in default_stages() if s is not links])


def gold_bodies(norm: Callable[[Any], Any], row: dict[str, Any]) -> dict[tuple[str, str], set[str | None]]:
    out: dict[tuple[str, str], set[str | None]] = {}
    for p in row.get("persons") or []:
        for pos in p.get("positions") or []:
            if isinstance(pos, dict) and pos.get("title"):
                out.setdefault((norm(p["name"]), norm(pos["title"])), set()).add(norm(pos.get("org")))
    return out


def groups_of(norm: Callable[[Any], Any], article: Article, gold: dict[str, Any]) -> list[Group]:
    """The labelled candidates of every office of `article` whose (person, title) is gold."""
    bodies = gold_bodies(norm, gold)
    names = {links.fold_key(o.name): o.name for o in article.organizations}
    text = article.text
    out: list[Group] = []
    for k, person in enumerate(article.persons):
        for position in person.positions:
            wanted = bodies.get((norm(person.name), norm(position.title)))
            if wanted is None:
                continue
            found = links.candidates(article, k, position, text)
            labels = [norm(names.get(c.name, c.name)) in wanted if c.name else None in wanted for c in found]
            if any(labels):
                out.append(([list(c.features) for c in found], labels))
    return out


def fit(groups: Sequence[Group], steps: int = STEPS) -> dict[str, float]:
    """Weights maximising the log-probability of the gold candidates, less L2 * |w|^2 / 2."""
    index: dict[str, int] = {}
    coded = [([[index.setdefault(f, len(index)) for f in feats] for feats in cands], labels)
             for cands, labels in groups]
    w = [0.0] * len(index)
    seen = [1e-8] * len(index)
    for _ in range(steps):
        grad = [L2 * x for x in w]
        for cands, labels in coded:
            scores = [sum(w[i] for i in c) for c in cands]
            top = max(scores)
            exps = [math.exp(s - top) for s in scores]
            total = sum(exps)
            good = sum(e for e, ok in zip(exps, labels, strict=True) if ok)
            for c, e, ok in zip(cands, exps, labels, strict=True):
                # d(-log sum_gold p)/ds_c = p_c - [c gold] * p_c / p_gold
                g = e / total - (e / good if ok else 0.0)
                if g:
                    for i in c:
                        grad[i] += g
        for i, g in enumerate(grad):
            seen[i] += g * g
            w[i] -= RATE * g / math.sqrt(seen[i])
    names = sorted(index, key=index.__getitem__)
    return {f: round(w[index[f]], 4) for f in sorted(names) if abs(w[index[f]]) >= 1e-4}


def apply(articles: Sequence[Article], weights: dict[str, float], margin: float) -> list[dict[str, Any]]:
    model = links.Model(weights, margin)
    return [links.relinked(a, model)[0].to_dict() for a in articles]


def figures(scorer: Any, gold_rows: list[dict[str, Any]], predicted: list[dict[str, Any]]) -> dict[str, float]:
    result = scorer.score(gold_rows, predicted)
    return {k: result[k]["f1"] for k in ("positions_title_org", "positions_title", "organizations")}


def count_heads(pipeline: Pipeline, corpus: Sequence[str], skip: set[str]) -> dict[str, dict[str, int]]:
    """Title tail -> head -> how often the rules find that title written right before a body of
    that head (no gold read: the rules' own output over a corpus, the gold sets' articles left out)."""
    out: dict[str, dict[str, int]] = {}
    for item in iter_inputs(list(corpus)):
        if not isinstance(item, RawInput) or input_id(item) in skip:
            continue
        try:
            article = pipeline(parse(item))
        except InputError:
            continue
        mentions = {links.fold_key(o.name): o.mentions for o in article.organizations}
        for person in article.persons:
            for position in person.positions:
                if not position.org:
                    continue
                near = links._nearest(position.mentions, mentions.get(links.fold_key(position.org), ()))
                if near is None or near[0] > 1 or near[2].end <= near[1].end:
                    continue  # not written right after the title (or over its last words: `Trưởng ban Nội chính`)
                row = out.setdefault(links._tail(position.title, 2), {})
                for h in {"*", links._head(position.org, 1), links._head(position.org, 2)}:
                    row[h] = row.get(h, 0) + 1
    return {t: dict(sorted(row.items())) for t, row in sorted(out.items())}


def train(args: argparse.Namespace, scorer: Any, gold_path: Path, pipeline: Pipeline,
          table: dict[str, dict[str, int]]) -> None:
    """Cross-validate, fit on every article, and write the tables (unless `--check`)."""
    gold_rows = scorer.read_jsonl(str(gold_path))
    by_id = {r["id"]: r for r in gold_rows}
    shared = shared_dir(args.shared)
    articles = sorted((pipeline(a) for a in gold_articles(shared, gold_path)), key=lambda a: a.id)
    groups = [groups_of(scorer.norm, a, by_id[a.id]) for a in articles]
    print(f"{len(articles)} articles, {sum(map(len, groups))} offices with a gold body among the candidates")
    rules = figures(scorer, gold_rows, [a.to_dict() for a in articles])
    print(f"rules alone: {rules}")
    folds = max(1, args.folds)
    cv: dict[float, list[dict[str, Any]]] = {m: [] for m in MARGINS}
    for fold in range(folds):
        held = [i for i in range(len(articles)) if i % folds == fold]
        weights = fit([g for i, gs in enumerate(groups) if i % folds != fold for g in gs])
        for m in MARGINS:
            cv[m] += apply([articles[i] for i in held], weights, m)
    cv_figures = {m: figures(scorer, gold_rows, rows) for m, rows in cv.items()}
    for m, f in cv_figures.items():
        print(f"{folds}-fold cross-validated, margin {m}: {f}")
    margin = max(MARGINS, key=lambda m: (cv_figures[m]["positions_title_org"], m))
    weights = fit([g for gs in groups for g in gs])
    trained = figures(scorer, gold_rows, apply(articles, weights, margin))
    print(f"margin {margin}; on the training articles themselves: {trained}")
    if not args.check:
        data = {"about": "scripts/train_links.py on " + gold_path.name, "margin": margin,
                "cross_validated": cv_figures[margin], "rules": rules, "weights": weights}
        Path(args.out).parent.mkdir(parents=True, exist_ok=True)
        Path(args.out).write_text(json.dumps(data, ensure_ascii=False, indent=0, sort_keys=True) + "\n",
                                  encoding="utf-8")
        print(f"wrote {args.out} ({len(weights)} weights)")
        heads_out = Path(args.out).with_name("heads.json")
        heads_out.write_text(json.dumps(table, ensure_ascii=False, indent=0, sort_keys=True) + "\n", encoding="utf-8")
        print(f"wrote {heads_out}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", help="the shared data folder (default: $DIEMBAO_SHARED or ../shared)")
    ap.add_argument("--gold", help="the gold file to train on (default: shared/eval/train.jsonl)")
    ap.add_argument("--out", default=str(OUT))
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--corpus", nargs="*", default=list(CORPUS),
                    help="corpora (under the shared folder) whose written offices count the title's heads")
    ap.add_argument("--check", action="store_true", help="print the figures, write nothing")
    args = ap.parse_args(argv)
    shared = shared_dir(args.shared)
    gold_path = Path(args.gold) if args.gold else shared / "eval" / "train.jsonl"
    if gold_path.name.startswith("dev"):
        ap.error("the links model is never trained on dev")
    scorer = _load(shared / "eval" / "score.py", "diembao_shared_score")
    pipeline = rules_pipeline()
    skip = {json.loads(line)["id"] for name in GOLD_SETS if (shared / "eval" / name).exists()
            for line in (shared / "eval" / name).open(encoding="utf-8") if line.strip()}
    table = count_heads(pipeline, [str(shared / c) for c in args.corpus], skip)
    print(f"heads: {len(table)} title tails counted over {', '.join(args.corpus)}")
    shipped = links.heads
    links.heads = lambda: table  # the features read the table just counted, not the shipped one
    try:
        train(args, scorer, gold_path, pipeline, table)
    finally:
        links.heads = shipped
    return 0


if __name__ == "__main__":
    sys.exit(main())
