"""What the engine knows about one document while it works: text, sentences, names, dates."""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import re
from dataclasses import dataclass, field
from functools import cached_property

from girok.extract import caseless
from girok.extract.language import Language
from girok.extract.names import NameMention, lower_same_length
from girok.records import CountMention, Span, TimeMention

_BULLET = re.compile(r"[-•*–]\s|\d{1,2}[.)]\s")


@dataclass
class DocContext:
    """A document's text and the analyses the slot fillers share, computed once each."""

    text: str
    published: dt.date | None
    language: Language
    sentences: list[Span]
    names: list[NameMention]
    _times: dict[int, list[TimeMention]] = field(default_factory=dict)
    _counts: dict[int, list[CountMention]] = field(default_factory=dict)
    _found: dict[tuple[int, str], re.Match[str] | None] = field(default_factory=dict)
    _clauses: dict[tuple[int, int, int], tuple[int, int]] = field(default_factory=dict)
    _breaks: dict[int, tuple[list[int], list[int]]] = field(default_factory=dict)

    @cached_property
    def _starts(self) -> list[int]:
        return [s.start for s in self.sentences]

    @cached_property
    def _name_starts(self) -> list[int]:
        return [n.start for n in self.names]

    def sentence_index(self, offset: int) -> int:
        """The index of the sentence holding `offset`."""
        return max(0, bisect.bisect_right(self._starts, offset) - 1)

    def sentence_text(self, index: int) -> str:
        span = self.sentences[index]
        return self.text[span.start : span.end]

    def times(self, index: int) -> list[TimeMention]:
        """Temporal expressions in sentence `index`, resolved against the publication date;
        a dateline's date is the publication's, not an event's, and is left out."""
        if index not in self._times:
            span = self.sentences[index]
            found = self.language.find_times(self.text, self.published, span.start, span.end)
            self._times[index] = [t for t in found if not self._dateline(span.start, t)]
        return self._times[index]

    def _dateline(self, sentence_start: int, t: TimeMention) -> bool:
        return t.start - sentence_start < 60 and bool(
            self.language.dateline_end.match(self.text, t.end))

    def has(self, index: int, pattern: re.Pattern[str]) -> bool:
        """Whether `pattern` occurs in sentence `index` (cached: several triggers ask)."""
        return self.first(index, pattern) is not None

    def first(self, index: int, pattern: re.Pattern[str]) -> re.Match[str] | None:
        """The first match of `pattern` in sentence `index`, as `search` gives it (cached)."""
        key = (index, pattern.pattern)
        if key not in self._found:
            span = self.sentences[index]
            self._found[key] = self.search(pattern, span.start, span.end)
        return self._found[key]

    def search(self, pattern: re.Pattern[str], start: int, end: int) -> re.Match[str] | None:
        """`pattern.search(text, start, end)`, run over the folded text when the pattern has a
        case-sensitive twin: the same span and groups, but group strings in folded case."""
        fast = caseless.twin(pattern)
        if fast is None:
            return pattern.search(self.text, start, end)
        return fast.search(self.folded, start, end)

    def counts(self, index: int) -> list[CountMention]:
        """Counts in sentence `index`."""
        if index not in self._counts:
            span = self.sentences[index]
            self._counts[index] = self.language.find_counts(self.text, span.start, span.end)
        return self._counts[index]

    def names_in(self, start: int, end: int, kind: str | None = None) -> list[NameMention]:
        """Gazetteer names lying inside [start, end)."""
        lo = bisect.bisect_left(self._name_starts, start)
        out = []
        for name in self.names[lo:]:
            if name.start >= end:
                break
            if name.end <= end and (kind is None or name.kind == kind):
                out.append(name)
        return out

    def clause(self, index: int, start: int, end: int) -> tuple[int, int]:
        """The clause of sentence `index` around [start, end), as absolute offsets."""
        key = (index, start, end)
        if key not in self._clauses:
            self._clauses[key] = self._clause(index, start, end)
        return self._clauses[key]

    def _clause(self, index: int, start: int, end: int) -> tuple[int, int]:
        """From the last clause break ending by `start` to the first beginning at `end` or
        later (breaks overlapping [start, end) are passed over)."""
        span = self.sentences[index]
        starts, ends = self._clause_breaks(index)
        before = bisect.bisect_right(ends, start)
        after = bisect.bisect_left(starts, end)
        lo = ends[before - 1] if before else span.start
        hi = starts[after] if after < len(starts) else span.end
        return lo, hi

    def _clause_breaks(self, index: int) -> tuple[list[int], list[int]]:
        """The starts and ends of the clause breaks in sentence `index`, in order."""
        if index not in self._breaks:
            span = self.sentences[index]
            found = [m.span() for m in
                     self.language.clause_break.finditer(self.text, span.start, span.end)]
            self._breaks[index] = ([s for s, _ in found], [e for _, e in found])
        return self._breaks[index]

    def paragraph_break(self, index: int) -> bool:
        """Whether a blank line follows sentence `index`."""
        gap = self.text[self.sentences[index].end : self.sentences[index + 1].start]
        return "\n\n" in gap

    def list_intro(self, index: int) -> int | None:
        """For a bulleted item, the sentence that introduces its list ("... reported about")."""
        back = index
        while back >= 0 and _BULLET.match(self.text, self.sentences[back].start):
            back -= 1
        return back if back != index and back >= 0 else None

    def facility_before(self, offset: int) -> str | None:
        """The facility named last before `offset`: what "the camp" most likely refers to."""
        lo = bisect.bisect_left(self._name_starts, offset)
        for name in reversed(self.names[:lo]):
            if name.kind == "facility":
                return name.id
        return None

    @cached_property
    def lowered(self) -> str:
        """The text in lower case, offsets unchanged."""
        return lower_same_length(self.text)

    @cached_property
    def folded(self) -> str:
        """The text folded as case-insensitive patterns compare it, offsets unchanged."""
        return caseless.fold(self.text)

    @cached_property
    def first_person(self) -> bool:
        """Whether the document is a witness's own account (testimony, interview)."""
        found = self.language.first_person.finditer(self.text)
        return sum(1 for _ in itertools.islice(found, 12)) >= 12

    @cached_property
    def facility_ids(self) -> list[str]:
        """Facilities the document names, in order of first mention."""
        return list(dict.fromkeys(n.id for n in self.names if n.kind == "facility"))
