"""A trigger found in a sentence: its tokens, its lexicon entry and how it is determined.

Its own module so that the readers that find, reread and keep triggers can share it
without importing one another.
"""

from __future__ import annotations

from dataclasses import dataclass

from sitrep.events.lexicon import Trigger


@dataclass
class TriggerHit:
    start: int
    end: int
    trigger: Trigger
    plural: bool = False
    definite: bool = False

    @property
    def head(self) -> int:
        return self.end - 1
