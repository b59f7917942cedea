"""The stage contract: declarations checked when a pipeline is built, triggers collected by it."""

from __future__ import annotations

import pytest

from diembao.extract import context, documents, events, places
from diembao.extract.doc import Doc, Layers
from diembao.extract.pipeline import Pipeline, Stage, StageOrderError, default_pipeline, default_stages
from diembao.record import Article


def identity(doc: Doc) -> Doc:
    return doc


@pytest.mark.parametrize(("stages", "message"), [
    # context reads the places that the places stage writes: it cannot run first
    ((context, places), "stage 'context' requires 'places', which no earlier stage assigns"),
    ((places, documents), "stage 'documents' requires 'dates', which no earlier stage assigns"),
    ((Stage("odd", identity, requires=("tokens", "nonsense")),),
     "stage 'odd' declares 'nonsense', which is neither a layer nor a fact"),
    ((Stage("odd", identity, assigns=("main-place",)),),
     "stage 'odd' declares 'main-place', which is neither a layer nor a fact"),
])
def test_a_stage_list_out_of_order_fails_at_build(stages: tuple[object, ...], message: str) -> None:
    with pytest.raises(StageOrderError) as caught:
        Pipeline(stages)
    assert str(caught.value) == message
    assert "\n" not in str(caught.value)


def test_the_default_order_holds() -> None:
    assert [s.name for s in Pipeline(default_stages()).stages] == [
        "dates", "places", "context", "units", "bodies", "descriptors", "documents", "persons", "offices", "careers",
        "deputies", "events"]


def test_triggers_are_the_pipelines_not_the_process() -> None:
    # two pipelines with different stages index different words; neither changes the other
    with_events = Pipeline([Stage("heads", identity, triggers=events.trigger_words)])
    without = Pipeline([Stage("none", identity)])
    assert without.triggers == frozenset()
    assert ["hội", "nghị"][0] in with_events.triggers
    doc = without.run(Doc.of(Article(id="t", body=("Hội nghị Tỉnh ủy.",))))
    assert doc.layers.indexed == frozenset() and doc.layers.positions == {}
    doc = with_events.run(Doc.of(Article(id="t", body=("Hội nghị Tỉnh ủy.",))))
    assert doc.layers.positions["hội"] == [0]


def test_layers_are_typed() -> None:
    doc = Doc.of(Article(id="t"))
    with pytest.raises(TypeError):
        doc.with_layers(main_plac="Tiền Giang")
    assert doc.with_layers(main_place="Tiền Giang").layers == Layers(main_place="Tiền Giang")


def test_the_default_pipeline_declares_every_layer_it_sets() -> None:
    article = Article(id="t", published="2021-11-10", body=(
        "Sáng 10-11, Ban Thường vụ Tỉnh ủy Tiền Giang tổ chức Hội nghị. Đồng chí Nguyễn Văn An, "
        "Bí thư Tỉnh ủy chủ trì hội nghị.",))
    doc = default_pipeline().run(Doc.of(article))
    declared = {name for s in default_pipeline().stages for name in s.assigns}
    set_layers = {name for name in Layers._fields if getattr(doc.layers, name) not in (None, frozenset())}
    assert set_layers - {"tokens", "positions", "indexed", "capitals"} <= declared
