"""Case-insensitive patterns run as case-sensitive twins over case-folded text.

Python's `re` compares each character of a case-insensitive pattern through a case mapping
and cannot skip an alternative on its first letter. The same pattern written in lower case,
run without the flag over text folded the way `re.IGNORECASE` compares letters, finds
exactly the same spans and groups (tests/extract/test_caseless.py checks the folding against
`re` for every code point) several times faster. Patterns that are not written in lower
case get no twin and run as they are.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from girok.extract.names import lower_same_length

# Escapes and group names that mean the same with and without the flag.
_NEUTRAL = re.compile(r"\\[bBsSwWdDAZ]|\\[^A-Za-z0-9]|\(\?P<\w+>")
# What may mean something else without it: capitals, inline flags, other escapes
# (back-references, code points).
_UNSAFE = re.compile(r"[A-Z\\]|\(\?[a-z-]")


def fold(text: str) -> str:
    """`text` as `re.IGNORECASE` compares it: lower case, İ ı ſ as i i s; offsets unchanged."""
    return lower_same_length(text).replace("\u0130", "i").replace("\u0131", "i") \
        .replace("\u017f", "s")


def twin(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """`pattern` without IGNORECASE, to run over folded text; None unless it is a Unicode
    case-insensitive pattern written in lower case. Remembered by identity (hashing a
    compiled pattern hashes its whole program), so meant for long-lived patterns such as a
    language's."""
    known = _TWINS.get(id(pattern))
    if known is None or known[0] is not pattern:
        known = _TWINS[id(pattern)] = (pattern, _twin(pattern))
    return known[1]


_TWINS: dict[int, tuple[re.Pattern[str], re.Pattern[str] | None]] = {}


def _twin(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """The twin of `pattern`, derived."""
    source = _NEUTRAL.sub("", pattern.pattern)
    if not pattern.flags & re.IGNORECASE or pattern.flags & re.ASCII:
        return None
    if _UNSAFE.search(source) or any(c.lower() != c.upper() for c in source if not c.isascii()):
        return None
    return re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE)


def finditer(pattern: re.Pattern[str], text: str, folded: str, start: int,
             end: int) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text, start, end)`, by its twin over `folded` (`fold(text)`) when it
    has one: the same spans and groups, but group strings in folded case."""
    fast = twin(pattern)
    if fast is None:
        return pattern.finditer(text, start, end)
    return fast.finditer(folded, start, end)
