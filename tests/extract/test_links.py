"""The learned links stage: the candidate bodies of an office and their features, the model's
choice, the shipped tables, and the training script's determinism (invented sentences only)."""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

import pytest

from conftest import SHARED, shared_file
from diembao.evaluate import score_dev
from diembao.extract import links
from diembao.extract.doc import Doc
from diembao.extract.explain import explain
from diembao.extract.pipeline import Pipeline, Stage, default_stages
from diembao.extract.reasons import noted
from diembao.record import Article, Mention, Organization, Person, Position
from diembao.text import fold_key

ROOT = Path(__file__).resolve().parents[2]

Office = tuple[str, str, str | None]  # (person, title, body) as the rules gave it


def _mention(text: str, phrase: str, after: int = 0) -> Mention:
    start = text.index(phrase, after)
    return Mention(start, start + len(phrase), phrase)


def article(paragraphs: Sequence[str], offices: Sequence[Office], bodies: Sequence[str]) -> Article:
    """An invented article whose offices and bodies are mentioned where their words first stand."""
    text = "\n\n".join(paragraphs)
    orgs = tuple(Organization(b, "named", tuple(_mention(text, b, k) for k in _all(text, b))) for b in bodies)
    people: dict[str, list[Position]] = {}
    for name, title, org in offices:
        start = text.index(name)
        title_at = text.index(title, start) if title in text[start:] else text.index(title)
        people.setdefault(name, []).append(Position(title, org, (Mention(title_at, title_at + len(title), title),)))
    persons = tuple(Person(n, tuple(ps), (_mention(text, n),)) for n, ps in people.items())
    return Article(id="invented", body=tuple(paragraphs), persons=persons, organizations=orgs)


def _all(text: str, phrase: str) -> list[int]:
    out, k = [], text.find(phrase)
    while k >= 0:
        out.append(k)
        k = text.find(phrase, k + 1)
    return out


def _features(a: Article, person: int = 0, position: int = 0) -> dict[str, tuple[str, ...]]:
    return {c.name: c.features for c in links.candidates(a, person, a.persons[person].positions[position])}


SO = "Sở Tài chính tỉnh Hòa Sơn"
TAP_DOAN = "Tập đoàn Dệt may Tân Phú"


@pytest.mark.parametrize(("paragraphs", "offices", "bodies", "body", "present", "absent"), [
    # the body written right after the title: the rules' own choice, in the same sentence
    (["Ông Nguyễn Văn An, Giám đốc Sở Tài chính tỉnh Hòa Sơn, cho biết thu ngân sách tăng."],
     [("Nguyễn Văn An", "Giám đốc", SO)], [SO], SO,
     {"rule", "after", "same sentence", "same paragraph", "distance=0", "nearest=0"}, {"rule none", "before"}),
    # no body found by the rules; the body stands in the sentence before
    (["Sở Tài chính tỉnh Hòa Sơn vừa tổ chức hội nghị. Phó Giám đốc Trần Thị Bình cho biết kết quả."],
     [("Trần Thị Bình", "Phó Giám đốc", None)], [SO], SO,
     {"rule none", "before", "same paragraph", "rule none; before"}, {"rule", "same sentence"}),
    # the body in another paragraph
    (["Sở Tài chính tỉnh Hòa Sơn vừa tổ chức hội nghị.", "Phó Giám đốc Trần Thị Bình cho biết kết quả."],
     [("Trần Thị Bình", "Phó Giám đốc", None)], [SO], SO,
     {"before"}, {"same paragraph", "same sentence"}),
    # the person's other office has the body
    (["Bà Lê Thu Hà, Bí thư Đảng ủy, Tổng Giám đốc Tập đoàn Dệt may Tân Phú phát biểu."],
     [("Lê Thu Hà", "Bí thư", None), ("Lê Thu Hà", "Tổng Giám đốc", TAP_DOAN)], [TAP_DOAN], TAP_DOAN,
     {"another office of the person", "main body"}, {"rule"}),
    # a body that completes the rules' (the rules kept the shorter name)
    (["Ông Phạm Văn Tú, Giám đốc Sở Tài chính, nói. Sở Tài chính tỉnh Hòa Sơn có 40 cán bộ."],
     [("Phạm Văn Tú", "Giám đốc", "Sở Tài chính")], ["Sở Tài chính", SO], SO,
     {"completes the rule's body"}, {"rule"}),
])
def test_the_features_of_a_candidate(paragraphs: list[str], offices: list[Office], bodies: list[str], body: str,
                                     present: set[str], absent: set[str]) -> None:
    features = set(_features(article(paragraphs, offices, bodies))[fold_key(body)])
    assert present <= features
    assert not absent & features


@pytest.mark.parametrize(("paragraphs", "offices", "present"), [
    (["Ông Nguyễn Văn An, Giám đốc Sở Tài chính tỉnh Hòa Sơn, cho biết."],
     [("Nguyễn Văn An", "Giám đốc", SO)], {"none", "none; a Vietnamese name"}),
    (["Tổng thống Vladimir Putin tiếp đoàn Sở Tài chính tỉnh Hòa Sơn."],
     [("Vladimir Putin", "Tổng thống", None)], {"none; rule none", "none; a foreign name"}),
    (["Chủ tịch nước Nguyễn Văn An tiếp đoàn Sở Tài chính tỉnh Hòa Sơn."],
     [("Nguyễn Văn An", "Chủ tịch nước", None)], {"none; rule none", "none; an office of no body"}),
])
def test_the_features_of_no_body(paragraphs: list[str], offices: list[Office], present: set[str]) -> None:
    assert present <= set(_features(article(paragraphs, offices, [SO]))[links.NONE])


def test_the_rules_choice_comes_first_and_no_body_last() -> None:
    a = article(["Ông Nguyễn Văn An, Giám đốc Sở Tài chính tỉnh Hòa Sơn, làm việc với Tập đoàn Dệt may Tân Phú."],
                [("Nguyễn Văn An", "Giám đốc", SO)], [TAP_DOAN, SO])
    names = [c.name for c in links.candidates(a, 0, a.persons[0].positions[0])]
    assert names == [fold_key(SO), fold_key(TAP_DOAN), links.NONE]


def test_a_body_of_the_same_title_held_by_the_person_is_no_candidate() -> None:
    # two memberships: moving one onto the other's body would merge them, none would drop it
    board = "Ban Thường vụ Tỉnh ủy Hòa Sơn"
    a = article(["Ông Nguyễn Văn An, Ủy viên Ban Thường vụ Tỉnh ủy Hòa Sơn, Ủy viên Tập đoàn Dệt may Tân Phú."],
                [("Nguyễn Văn An", "Ủy viên", board), ("Nguyễn Văn An", "Ủy viên", TAP_DOAN)], [board, TAP_DOAN])
    assert [c.name for c in links.candidates(a, 0, a.persons[0].positions[0])] == [fold_key(board)]


RELINK = ["Sở Tài chính tỉnh Hòa Sơn vừa tổ chức hội nghị. Phó Giám đốc Trần Thị Bình cho biết kết quả."]


@pytest.mark.parametrize(("weights", "margin", "org"), [
    ({"rule none; before": 2.0}, 0.5, SO),  # the model prefers the body by more than its margin
    ({"rule none; before": 2.0}, 3.0, None),  # not by the margin: the rules' choice stays
    ({"rule none; before": -2.0}, 0.0, None),  # the model prefers no body, as the rules did
])
def test_the_model_changes_the_body_only_by_its_margin(weights: dict[str, float], margin: float,
                                                       org: str | None) -> None:
    a = article(RELINK, [("Trần Thị Bình", "Phó Giám đốc", None)], [SO])
    out, reasons = links.relinked(a, links.Model(weights, margin))
    assert out.persons[0].positions[0].org == org
    assert [r.key for r in reasons] == ([("Trần Thị Bình", "Phó Giám đốc", SO)] if org else [])
    assert all(r.rule == links.RULE and r.score is not None and 0.5 < r.score <= 1 for r in reasons)


def test_explain_names_the_model_and_its_score() -> None:
    a = article(RELINK, [("Trần Thị Bình", "Phó Giám đốc", None)], [SO])
    given = Stage("given", lambda doc: doc.with_article(persons=a.persons, organizations=a.organizations),
                  assigns=("persons", "organizations"))

    def relink(doc: Doc) -> Doc:
        out, reasons = links.relinked(doc.article, links.Model({"rule none; before": 2.0}, 0.5), doc.text)
        return noted(doc.with_article(persons=out.persons), reasons)

    stage = Stage("links", relink, requires=("persons",), assigns=("persons", "reasons"))
    bare = Article(id=a.id, body=a.body)
    why = explain(bare, Pipeline([given, stage]))["persons"][0]["positions"][0]["why"]
    assert why["stage"] == "links" and why["rule"] == links.RULE and 0.5 < why["score"] <= 1


def test_the_shipped_tables_load() -> None:
    m = links.model()
    assert m.weights and m.margin >= 0
    assert "rule" in m.weights
    assert all(isinstance(v, float) for v in m.weights.values())
    assert all("*" in row for row in links.heads().values())


def test_the_stage_is_off_by_default_and_runs_when_asked() -> None:
    assert links not in default_stages()
    assert [s.name for s in Pipeline(default_stages(links=True)).stages][-2:] == ["links", "events"]
    text = "Ông Nguyễn Văn An, Giám đốc Sở Tài chính tỉnh Hòa Sơn, cho biết thu ngân sách tăng."
    out = Pipeline(default_stages(links=True))(Article(id="a", body=(text,)))
    assert out == Pipeline(default_stages())(Article(id="a", body=(text,)))


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("train_links", ROOT / "scripts" / "train_links.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("train_links", module)
    spec.loader.exec_module(module)
    return module


def _norm(value: str | None) -> str | None:
    return " ".join(value.casefold().split()) if value else None


def test_training_is_deterministic_and_learns_the_gold() -> None:
    script = _script()
    a = article(RELINK, [("Trần Thị Bình", "Phó Giám đốc", None)], [SO, TAP_DOAN])
    gold = {"persons": [{"name": "Trần Thị Bình", "positions": [{"title": "Phó Giám đốc", "org": SO}]}]}
    groups = script.groups_of(_norm, a, gold)
    assert len(groups) == 1 and sum(groups[0][1]) == 1
    first, second = script.fit(groups * 3, steps=50), script.fit(groups * 3, steps=50)
    assert first == second
    out, _ = links.relinked(a, links.Model(first, 0.0))
    assert out.persons[0].positions[0].org == SO


def test_an_office_whose_pair_the_gold_lacks_teaches_nothing() -> None:
    script = _script()
    a = article(RELINK, [("Trần Thị Bình", "Phó Giám đốc", None)], [SO])
    assert script.groups_of(_norm, a, {"persons": [{"name": "Trần Thị Bình", "positions": []}]}) == []


def test_on_train_the_model_loses_no_triple_of_the_rules() -> None:
    # a stale model (rules changed, weights not retrained) shows here first; skips without ../shared
    gold = shared_file("eval", "train.jsonl")
    shared_file("eval", "score.py")
    rules, learned = score_dev(SHARED, gold), score_dev(SHARED, gold, links=True)
    assert learned["positions_title_org"]["tp"] >= rules["positions_title_org"]["tp"]
    for measure in ("persons", "organizations", "positions_title", "events"):
        assert learned[measure] == rules[measure]


_FAKE_SCORER = '''
import json


def norm(text):
    return " ".join(str(text).casefold().split()) if text is not None else None


def read_jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def score(gold_rows, pred_rows, per_article=False):
    pred = {r["id"]: r for r in pred_rows}
    tp = fp = fn = 0
    for g in gold_rows:
        want = {(norm(p["name"]), norm(q["title"]), norm(q.get("org"))) for p in g["persons"] for q in p["positions"]}
        got = {(norm(p["name"]), norm(q["title"]), norm(q.get("org")))
               for p in pred.get(g["id"], {}).get("persons", []) for q in p["positions"]}
        tp, fp, fn = tp + len(want & got), fp + len(got - want), fn + len(want - got)
    f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
    return {k: {"f1": round(f1, 4)} for k in ("positions_title_org", "positions_title", "organizations")}
'''

_INVENTED = [
    ("a1", "Sở Tài chính tỉnh Hòa Sơn vừa tổ chức hội nghị tổng kết. Phó Giám đốc Trần Thị Bình cho biết thu "
           "ngân sách tăng.", "Trần Thị Bình", "Phó Giám đốc", "Sở Tài chính tỉnh Hòa Sơn"),
    ("a2", "Ông Nguyễn Văn An, Giám đốc Sở Xây dựng tỉnh Đông Lâm, cho biết công trình sắp xong.",
     "Nguyễn Văn An", "Giám đốc", "Sở Xây dựng tỉnh Đông Lâm"),
    ("a3", "Sở Công Thương tỉnh Hòa Sơn họp báo sáng nay. Phó Giám đốc Lê Văn Hùng trả lời báo chí.",
     "Lê Văn Hùng", "Phó Giám đốc", "Sở Công Thương tỉnh Hòa Sơn"),
    ("a4", "Ông Phạm Minh Tú, Chủ tịch UBND tỉnh Đông Lâm, chủ trì cuộc họp.", "Phạm Minh Tú", "Chủ tịch",
     "UBND tỉnh Đông Lâm"),
]


def test_the_training_script_writes_the_same_tables_on_every_run(tmp_path: Path) -> None:
    import json

    script = _script()
    (tmp_path / "eval").mkdir()
    (tmp_path / "corpus").mkdir()
    (tmp_path / "eval" / "score.py").write_text(_FAKE_SCORER, encoding="utf-8")
    with (tmp_path / "corpus" / "politics.jsonl").open("w", encoding="utf-8") as out:
        for ident, body, *_ in _INVENTED:
            out.write(json.dumps({"id": ident, "title": "Tin địa phương", "body": body}, ensure_ascii=False) + "\n")
    with (tmp_path / "eval" / "train.jsonl").open("w", encoding="utf-8") as out:
        for ident, _body, name, title, org in _INVENTED:
            row = {"id": ident, "persons": [{"name": name, "positions": [{"title": title, "org": org}]}]}
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    tables, shipped = [], links.heads
    for run in ("first", "second"):
        model = tmp_path / run / "model.json"
        assert script.main(["--shared", str(tmp_path), "--out", str(model), "--folds", "2"]) == 0
        tables.append((model.read_bytes(), model.with_name("heads.json").read_bytes()))
    assert tables[0] == tables[1]
    assert links.heads is shipped  # the script's own counts do not outlive it
    data = json.loads(tables[0][0])
    assert data["weights"] and data["margin"] in script.MARGINS
    with pytest.raises(SystemExit):
        script.main(["--shared", str(tmp_path), "--gold", str(tmp_path / "eval" / "dev.jsonl"), "--check"])
