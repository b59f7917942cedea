"""The tables: vocabularies, gazetteer, outlets, the knowledge base's migrations. Read through
`diembao.lexicon` (one module per fact kind; `diembao.lexicon.files` is the one reader)."""
