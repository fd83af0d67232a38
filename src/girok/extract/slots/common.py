"""What the slot fillers share: the trigger's clause, nearness, how far back to read."""

from __future__ import annotations

import datetime as dt
from typing import Protocol, TypeVar

from girok.extract.candidates import Candidate
from girok.extract.context import DocContext


class _Located(Protocol):
    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


_T = TypeVar("_T", bound=_Located)


def clause_of(doc: DocContext, c: Candidate) -> tuple[int, int]:
    """The clause of the sentence that holds the trigger, as absolute offsets."""
    return doc.clause(c.sentence, c.trigger.start, c.trigger.end)


def in_relative_within(doc: DocContext, c: Candidate, offset: int) -> bool:
    """Whether `offset` lies in a relative clause inside the trigger ("sentenced a defector
    who escaped to South Korea in 2019 to death"): told of the person, not the event."""
    return c.trigger.start < offset < c.trigger.end and doc.search(
        doc.language.cues.relative_word, c.trigger.start, offset) is not None


def nearest(items: list[_T], c: Candidate, clause: tuple[int, int]) -> _T | None:
    """The item in the trigger's clause nearest the trigger, else the nearest in the sentence."""
    inside = [i for i in items if i.start >= clause[0] and i.end <= clause[1]]
    pool = inside or items
    return min(pool, key=lambda i: distance(i.start, i.end, c.trigger.start, c.trigger.end),
               default=None)


def distance(start: int, end: int, t0: int, t1: int) -> int:
    """How far [start, end) lies from the trigger [t0, t1), in characters."""
    if end <= t0:
        return t0 - end
    if start >= t1:
        return (start - t1) + 5  # a little preference for expressions before the trigger
    return 0


def earlier_of(x: dt.date | None, y: dt.date | None) -> dt.date | None:
    """The earlier of two dates, either of which may be unknown."""
    return min(x, y) if x and y else x or y


LOOKBACK = 6  # sentences back where a report's narrative date still holds
WITNESS_LOOKBACK = 16  # a witness's account goes on in the same time across questions
