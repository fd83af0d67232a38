"""Finding gazetteer names in a text with one Aho-Corasick pass over the lower-cased text."""

from __future__ import annotations

from dataclasses import dataclass

import ahocorasick

KINDS = ("facility", "place", "organization")


@dataclass(frozen=True)
class NameMention:
    """A place, facility or organisation name found at [start, end)."""

    start: int
    end: int
    kind: str
    id: str


class NameMatcher:
    """Every surface form of every gazetteer entry, compiled into one automaton.

    Short or all-capital forms ("NK", "MSS", "Oro") must match with their exact case;
    the rest match in any case. Matches must start and end at word boundaries.
    """

    def __init__(self, forms: dict[str, dict[str, str]]) -> None:
        self._automaton = ahocorasick.Automaton()
        table: dict[str, list[tuple[str, str, str, bool]]] = {}
        for kind, mapping in forms.items():
            for surface, ident in mapping.items():
                key = surface.lower()
                if len(key) < 2:
                    continue
                table.setdefault(key, []).append((kind, ident, surface, _case_sensitive(surface)))
        for key, values in table.items():
            self._automaton.add_word(key, values)
        if table:
            self._automaton.make_automaton()
        self._empty = not table

    def find(self, text: str) -> list[NameMention]:
        """Longest non-overlapping names in `text`, in order."""
        if self._empty:
            return []
        flat = text.replace("\n", " ")  # a name wrapped over two lines is still the name
        lowered = lower_same_length(flat)
        found: list[NameMention] = []
        for end_index, values in self._automaton.iter(lowered):
            end = end_index + 1
            for kind, ident, surface, exact_case in values:
                start = end - len(surface)
                if not _bounded(text, start, end):
                    continue
                if exact_case and flat[start:end] != surface:
                    continue
                found.append(NameMention(start, end, kind, ident))
        kept = _longest(found)
        return sorted(kept + _bodies_in_facility_names(found, kept),
                      key=lambda m: (m.start, m.end))


def _bodies_in_facility_names(found: list[NameMention],
                              kept: list[NameMention]) -> list[NameMention]:
    """The organisation a facility's name names ("the Onsong State Security holding centre"):
    kept beside the facility, so the text's attribution of the event to it is not lost."""
    facilities = [m for m in kept if m.kind == "facility"]
    inside = [m for m in found if m.kind == "organization" and any(
        f.start <= m.start and m.end <= f.end and (f.start, f.end) != (m.start, m.end)
        for f in facilities)]
    return _longest(inside) if inside else []


def lower_same_length(text: str) -> str:
    """`text` in lower case, keeping characters whose lower case is longer as they are."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def _case_sensitive(surface: str) -> bool:
    letters = [c for c in surface if c.isalpha()]
    return len(surface) <= 4 or (len(letters) > 1 and all(c.isupper() for c in letters))


def _bounded(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    if _is_hangul(text[end - 1]):
        return not _is_hangul(before)  # Korean particles attach after a name
    if after == "-" and text[end + 1 : end + 2].isdigit():
        return False  # a designation such as the Hwasong-17 missile, not the place
    return not (before.isalnum() or after.isalnum())


def _is_hangul(ch: str) -> bool:
    return "\uac00" <= ch <= "\ud7a3"


def _longest(found: list[NameMention]) -> list[NameMention]:
    """Drop matches inside longer ones; among equal spans, keep facilities before places."""
    rank = {kind: i for i, kind in enumerate(KINDS)}
    found.sort(key=lambda m: (m.start, -(m.end - m.start), rank[m.kind]))
    kept: list[NameMention] = []
    last_end = -1
    for m in found:
        if m.start >= last_end:
            kept.append(m)
            last_end = m.end
        elif kept and (m.start, m.end) == (kept[-1].start, kept[-1].end) \
                and m.kind != kept[-1].kind:
            kept.append(m)  # the same words name a facility and a place (e.g. "Yodok")
    return kept
