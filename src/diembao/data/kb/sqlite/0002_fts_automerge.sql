-- The full-text index merges its segments sixteen at a time instead of four: an ingest writes
-- about a quarter less into the index for each article (measured: 237 -> 176 us an article),
-- and queries still read few enough segments (bench/search.py).
INSERT INTO articles_fts (articles_fts, rank) VALUES ('automerge', 16);
