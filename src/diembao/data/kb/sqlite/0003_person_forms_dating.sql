-- Person resolution and dating (issue 10).
--
-- persons.tail_key: the part of a full name a shorter form is written as (`hữu thắng` of
-- `Nguyễn Hữu Thắng`, `trump` of `Donald Trump`), so that a short form finds its full names.
ALTER TABLE persons ADD COLUMN tail_key TEXT;
CREATE INDEX persons_tail ON persons (tail_key);

-- An article without a publication date gets an estimated day from its own text: `day` holds it,
-- `day_estimated` says how (text | term | outlet; NULL: the publication's own day) and
-- `day_precision` how finely (day | month | year: a month or a year is stored as its first day).
ALTER TABLE articles ADD COLUMN day_estimated TEXT;
ALTER TABLE articles ADD COLUMN day_precision TEXT;

-- Evidence dated by an estimated day says so, and so does every office or event dated by it.
ALTER TABLE office_evidence ADD COLUMN estimated INTEGER NOT NULL DEFAULT 0;
ALTER TABLE events ADD COLUMN date_estimated INTEGER NOT NULL DEFAULT 0;

-- An office's spell as its articles state it (elected, appointed, transferred, dismissed,
-- retired: data/kb/spell_cues.tsv), beside its first and last attestation: the evidence row says
-- whether it states a start or an end (`spell`) and by which words (`cue`); the office keeps the
-- earliest stated start and the latest stated end.
ALTER TABLE office_evidence ADD COLUMN spell TEXT;
ALTER TABLE office_evidence ADD COLUMN cue TEXT;
ALTER TABLE offices ADD COLUMN started TEXT;
ALTER TABLE offices ADD COLUMN ended TEXT;
