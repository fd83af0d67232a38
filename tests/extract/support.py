"""What the engine tests share: a dateline of 14 July 2015 from an outlet that reports on
North Korea, and extraction helpers."""

from __future__ import annotations

import datetime as dt

from girok.extract.engine import extract
from girok.records import Event

PUB_2015 = "SEOUL, July 14, 2015 (News of the North) -- "


def events(text: str, published: dt.date | None = None) -> list[Event]:
    """The events extracted from `text`."""
    return list(extract(text, published=published).events)


def only(text: str, etype: str, published: dt.date | None = None) -> Event:
    """The one event of type `etype` in `text` (fails if there are none or several)."""
    found = [e for e in events(text, published) if e.type == etype]
    assert len(found) == 1, found
    return found[0]


def of_type(text: str, etype: str) -> list[Event]:
    """The events of type `etype` in `text`, in the order the text tells them."""
    return sorted((e for e in events(text) if e.type == etype), key=lambda e: e.evidence[0].start)
