"""Offsets that move a narrative on from its last date: "two weeks later", "the next year"."""

from __future__ import annotations

import re

from girok.extract.en.counts import word_value
from girok.records import Offset

_LATER = re.compile(
    r"\b(?:(?P<n>an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[0-9]{1,2})"
    r"\s+(?P<unit>days?|weeks?|months?|years?)\s+later"
    r"|the\s+(?:next|following)\s+(?P<unit1>day|week|month|year)"
    r"|(?P<same>(?:the|that)\s+same\s+day|later\s+that\s+day))\b",
    re.IGNORECASE,
)
_DAYS = {"day": 1, "week": 7}


def find_later(text: str, start: int, end: int) -> Offset | None:
    """The first "N units later" (or "the next unit") in text[start:end], else None."""
    m = _LATER.search(text, start, end)
    if m is None:
        return None
    if m["same"]:
        return Offset(days=0)  # "the same day": the narrative's own date
    unit = (m["unit"] or m["unit1"]).lower().rstrip("s")
    amount = 1 if m["unit1"] else int(word_value(m["n"]) or 1)
    if unit in _DAYS:
        return Offset(days=amount * _DAYS[unit])
    return Offset(months=amount * (12 if unit == "year" else 1))
