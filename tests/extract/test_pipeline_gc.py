"""`warm_up` turns the automatic garbage collector off because extraction makes no reference
cycles. This guards that claim: any stage that starts making cycles fails here, and the claim
(and the collector setting) must then be revisited."""

from __future__ import annotations

import gc
from pathlib import Path

from conftest import SEED
from diembao.extract.pipeline import default_pipeline
from diembao.readers import read_articles
from diembao.record import Article

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def test_extraction_leaves_no_reference_cycles() -> None:
    paths = [str(EXAMPLES)] + ([str(SEED)] if SEED.exists() else [])
    articles = [a for a in read_articles(paths) if isinstance(a, Article)]
    assert articles
    pipeline = default_pipeline()
    pipeline(articles[0])  # tables load (and may keep cycles of their own) before the count
    gc.collect()
    gc.disable()
    try:
        for _ in range(3):
            for article in articles:
                pipeline(article)
        garbage = gc.collect()
    finally:
        gc.enable()
    assert garbage == 0
