"""`diembao evaluate train`: the dev table on train.jsonl, the articles for error analysis."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from conftest import SHARED, shared_file


def diembao(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "diembao.cli", *args], capture_output=True, text=True,
                          timeout=300, check=False)


def test_train_table_has_every_article_and_the_dev_measures() -> None:
    gold = shared_file("eval", "train.jsonl")
    shared_file("eval", "score.py")
    ids = [json.loads(line)["id"] for line in gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    done = diembao("evaluate", "train", "--shared", str(SHARED), "--json")
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["articles"] == len(ids)
    for measure in ("persons", "organizations", "locations", "positions_title", "positions_title_org",
                    "documents", "events"):
        assert 0.0 <= result[measure]["f1"] <= 1.0
    assert "per_article" not in result
    table = diembao("evaluate", "train", "--shared", str(SHARED))
    assert table.returncode == 0 and f"train gold: {len(ids)} articles" in table.stdout


def test_train_without_a_scorer_says_so_in_one_error(tmp_path: Path) -> None:
    done = diembao("evaluate", "train", "--shared", str(tmp_path))
    assert done.returncode != 0
    assert "score.py" in done.stderr and "Traceback" not in done.stderr


def test_train_by_rule_counts_every_predicted_fact_by_its_stage_and_rule() -> None:
    shared_file("eval", "train.jsonl")
    shared_file("eval", "score.py")
    done = diembao("evaluate", "train", "--shared", str(SHARED), "--by-rule", "--json")
    assert done.returncode == 0, done.stderr
    rows = json.loads(done.stdout)
    kinds = {row["kind"] for row in rows}
    assert {"persons", "positions", "organizations", "locations", "documents"} <= kinds
    assert all(0 <= row["right"] <= row["predicted"] for row in rows)
    assert any(row["stage"] == "persons" and row["rule"] for row in rows)
    # Against the scorer's own figures: every predicted person is in exactly one row.
    scored = json.loads(diembao("evaluate", "train", "--shared", str(SHARED), "--json").stdout)
    persons = [row for row in rows if row["kind"] == "persons"]
    assert sum(r["predicted"] for r in persons) >= scored["persons"]["tp"] + scored["persons"]["fp"]
