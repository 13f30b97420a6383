"""Time expressions in English news (TIMEX3 values), resolved against a publication date.

Example: ``tag_times("Police said the attack happened on Tuesday.", date(2023, 2, 28))``
gives one DATE "Tuesday" with value 2023-02-28.
"""

from sitrep.annotate.timex.dateline import find_dateline
from sitrep.annotate.timex.tagger import tag_times
from sitrep.annotate.timex.types import Timex

__all__ = ["Timex", "find_dateline", "tag_times"]
