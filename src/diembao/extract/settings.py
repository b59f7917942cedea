"""The extraction's limits, in one table: every number a stage reads that is a choice, not a fact
of the language. Each stage imports the ones it reads under its own short name; change them here.

| name | value | stage | what it bounds |
|---|---|---|---|
| `PERSON_MAX_NAME` | 5 | persons | syllables (and initials) of one person's name |
| `OFFICE_BEFORE_GAP` | 4 | offices | tokens between a title and the name after it |
| `OFFICE_AFTER_GAP` | 10 | offices | tokens between a name and the titles after it |
| `BODY_MAX_LOWER_RUN` | 5 | bodies | lower-case words running on inside a body's name |
| `PLACE_MAX_SYLLABLES` | 4 | places | syllables of a name after an administrative word |
| `PLACE_MAX_LISTED` | 12 | places | names one plural administrative word heads (`các tỉnh A, B và C`) |
| `EVENT_MAX_NAME` | 30 | events | tokens of an event's name after its head word |
| `EVENT_REACH` | 400 | events | tokens of a sentence read on either side of a mention |
| `EVENT_MAX_MENTIONS` | 300 | events | event mentions read in one article |
| `EVENT_OPENING` | 700 | events | characters from the article's start where an undated event can be the reported one |
| `EVENT_YEAR_WINDOW_DAYS` | 31 | events | days a day-month may follow the full day it borrows its year from |
| `EVENT_HISTORY_DAYS` | 366 | events | days before the news day past which a dated event is history cited |
| `COLLECT_EVERY` | 1000 | pipeline | articles between full garbage collections while automatic collection is off |

The two caps on events keep hostile input linear: pairing event mentions (which are one event,
which event a chair belongs to) is quadratic, so a text of thousands of head words would
otherwise take minutes; no report holds 300 mentions or a 400-token sentence.
"""

from __future__ import annotations

PERSON_MAX_NAME = 5
OFFICE_BEFORE_GAP = 4
OFFICE_AFTER_GAP = 10
BODY_MAX_LOWER_RUN = 5
PLACE_MAX_SYLLABLES = 4
PLACE_MAX_LISTED = 12
EVENT_MAX_NAME = 30
EVENT_REACH = 400
EVENT_MAX_MENTIONS = 300
EVENT_OPENING = 700
EVENT_YEAR_WINDOW_DAYS = 31
EVENT_HISTORY_DAYS = 366
COLLECT_EVERY = 1000
