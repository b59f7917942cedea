"""Fact extraction: the document a stage reads (`doc`), the stages, one module per fact kind,
and the pipeline that checks their order and runs them (`pipeline.default_pipeline`)."""
