"""What the engine knows about one document while it works: text, sentences, names, dates."""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import re
from dataclasses import dataclass, field, replace
from functools import cached_property

from girok.extract import caseless
from girok.extract.language import Language
from girok.extract.names import NameMention, lower_same_length
from girok.gazetteer import Gazetteer
from girok.records import CountMention, DateRange, Span, TimeMention

_BULLET = re.compile(r"[-•*–]\s|\d{1,2}[.)]\s")
_BULLET_MARK = re.compile(r"[-•*–]\s")
_NARRATIVE_LOOKBACK = 8
_RECENT_FACILITY = 2  # sentences back where a facility named is the one meant
_OPENING = 12  # sentences where a report states the period it covers
_A_YEAR = 366  # days: a covered period in which each month name falls once
_TITLE_CHARS = 200  # a title line is no longer than this and ends with no full stop
_TITLE_LINES = 3  # the lines that may hold a report's title (and "Events of 2023" under it)
_DATE_LINE_REST = 40  # characters beside the date on a date line: an outlet, a place, a byline
_LONGEST_TRIGGER = 200  # characters: no trigger expression is longer
LEFT_CONTEXT = 30  # characters before a date that its reading may depend on ("By", "in")
_DATELINE_REACH = 2000  # characters from the top where a dateline may open the story
FAR = 200  # sentences: how far back anything is looked for, so long texts stay linear


def _month_day(t: TimeMention) -> tuple[int, int] | None:
    """The month and day a day or month expression starts on."""
    e = t.past.earliest
    return None if e is None else (e.month, e.day if t.precision == "day" else 1)


def _stated_year(t: TimeMention) -> bool:
    """A date that states its year and falls within one year: a narrative's time."""
    e, l_ = t.past.earliest, t.past.latest
    return (not t.yearless and t.duration_days is None and e is not None and l_ is not None
            and (e.year == l_.year or t.precision == "season"))


@dataclass
class DocContext:
    """A document's text and the analyses the slot fillers share, computed once each."""

    text: str
    published: dt.date | None
    language: Language
    sentences: list[Span]
    names: list[NameMention]
    countries: dict[str, str] = field(default_factory=dict)  # name id -> country it lies in
    trigger_spans: list[tuple[int, int]] | None = None  # set once triggers are found
    _times: dict[int, list[TimeMention]] = field(default_factory=dict)
    _counts: dict[int, list[CountMention]] = field(default_factory=dict)
    _found: dict[tuple[int, str], re.Match[str] | None] = field(default_factory=dict)
    _clauses: dict[tuple[int, int, int], tuple[int, int]] = field(default_factory=dict)
    _home: str | None = None
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
        a dateline's date is the publication's, not an event's, and a birth date ("born 1962")
        no event's either: both are left out. A month or season without a year takes the
        year of the narrative when it is told in the past."""
        if index not in self._times:
            span = self.sentences[index]
            found = self.language.find_times(self.text, self.published, span.start, span.end)
            born = self.language.cues.born
            found = [t for t in found if not self._dateline(span.start, t)
                     and not self._date_line(index, t)
                     and not born.search(self.text, max(span.start, t.start - 12), t.start)]
            if any(t.yearless for t in found):
                found = self._in_narrative_year(index, found)
            self._times[index] = found
        return self._times[index]

    def _in_narrative_year(self, index: int, found: list[TimeMention]) -> list[TimeMention]:
        """Resolve year-less expressions in the narrative's time when it is told in an earlier
        year ("In August 2006 ... in the winter"): the next such month or season after it, or
        the last before it for what had happened ("had died in the summer")."""
        out = []
        for t in found:
            anchor = self._narrative_anchor(index, t.start, found) if t.yearless else None
            if anchor is None or anchor.earliest is None or anchor.latest is None:
                out.append(t)
                continue
            lo, hi = self.clause(index, t.start, t.end)
            before = self.language.cues.pluperfect.search(self.text, lo, hi) is not None
            ref = anchor.latest if before else anchor.earliest
            left = max(self.sentences[index].start, t.start - LEFT_CONTEXT)  # "By December"
            again = [r for r in self.language.find_times(self.text, ref, left, t.end)
                     if (r.start, r.end) == (t.start, t.end)]
            reading = (again[0].past if before else again[0].future) if again else None
            out.append(replace(t, past=reading, future=reading) if reading else t)
        return out

    def _narrative_anchor(self, index: int, before: int,
                          found: list[TimeMention]) -> DateRange | None:
        """The last date stated with its year before `before` (in a witness's account, or a
        few sentences back in the paragraph), when its year is before the publication's (or
        there is no publication date);
        else None. "14 July" after "14 July 2021" is that day, however far back. With no
        such date, the year an annual report covers, when it is before the publication's."""
        same = self._restated(index, found, before)
        if same is not None:
            return DateRange(same, same)
        reach = FAR if self.first_person else _NARRATIVE_LOOKBACK
        for back in range(index, max(-1, index - 1 - reach), -1):
            if back < index and self.paragraph_break(back) and not self.first_person:
                return self.report_period
            pool = found if back == index else self.times(back)
            stated = [t for t in pool if t.start < before and _stated_year(t)]
            if stated:
                when = stated[-1].past
                if when.earliest is None or (self.published is not None and
                                             when.earliest.year >= self.published.year):
                    return None
                return when  # with no publication date, any year stated before is the time
        return self.report_period

    def _date_line(self, index: int, t: TimeMention) -> bool:
        """A line at the top that only states the publication date ("Rimjin-gang, 15 October
        2013"): the report's date, no event's nor the narrative's."""
        span = self.sentences[index]
        return index < _TITLE_LINES and self.published is not None and \
            t.past.earliest == t.past.latest == self.published and \
            (span.end - span.start) - (t.end - t.start) <= _DATE_LINE_REST

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

    def trigger_within(self, start: int, end: int) -> bool:
        """Whether a trigger expression lies within [start, end) (the triggers found once,
        else a search)."""
        if self.trigger_spans is None:
            return self.search(self.language.triggers, start, end) is not None
        at = bisect.bisect_left(self.trigger_spans, (start, start))
        return at < len(self.trigger_spans) and self.trigger_spans[at][1] <= end

    def trigger_ending_at(self, start: int, end: int) -> tuple[int, int] | None:
        """A trigger expression that ends within [start, end] (the triggers found once)."""
        spans = self.trigger_spans or []
        at = bisect.bisect_left(spans, (start - _LONGEST_TRIGGER, 0))
        for span in spans[at:]:
            if span[0] > end:
                break
            if start <= span[1] <= end:
                return span
        return None

    def in_relative_of_trigger(self, offset: int) -> bool:
        """Whether `offset` lies in a relative clause inside a trigger expression ("sentenced a
        defector who escaped to South Korea in 2019 to death"): told of a person, no event."""
        if not self.trigger_spans:
            return False
        at = bisect.bisect_right(self.trigger_spans, (offset, offset)) - 1
        while at >= 0 and self.trigger_spans[at][0] >= offset:
            at -= 1
        if at < 0:
            return False
        start, end = self.trigger_spans[at]
        return offset < end and self.search(self.language.cues.relative_word, start,
                                            offset) is not None

    def duration_days(self, index: int) -> int | None:
        """The first length of time sentence `index` states, in days ("for ten years")."""
        return next((t.duration_days for t in self.times(index) if t.duration_days), None)

    def counts(self, index: int) -> list[CountMention]:
        """Counts in sentence `index`."""
        if index not in self._counts:
            span = self.sentences[index]
            self._counts[index] = self.language.find_counts(self.text, span.start, span.end)
        return self._counts[index]

    def names_in(self, start: int, end: int, kind: str | None = None) -> list[NameMention]:
        """Gazetteer names lying inside [start, end)."""
        lo = bisect.bisect_left(self._name_starts, start)
        hi = bisect.bisect_left(self._name_starts, end, lo)
        return [name for name in self.names[lo:hi]
                if name.end <= end and (kind is None or name.kind == kind)]

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

    def _restated(self, index: int, found: list[TimeMention], before: int) -> dt.date | None:
        """The start of an earlier date with a year, naming the same month and day as the
        year-less expression at `before`."""
        t = next(t for t in found if t.start == before)
        if t.past.earliest is None or t.precision != "day":
            return None
        key = _month_day(t)
        for back in range(index, max(-1, index - FAR), -1):
            pool = found if back == index else self.times(back)
            for prior in reversed([p for p in pool if p.start < before and _stated_year(p)]):
                if prior.precision == t.precision and _month_day(prior) == key:
                    return prior.past.earliest
        return None

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

    def item_start(self, index: int) -> bool:
        """Whether sentence `index` begins a bulleted item ("- A woman from Musan ..."); a
        numbered one ("3. Transfers.") is a section of a report that goes on."""
        return _BULLET_MARK.match(self.text, self.sentences[index].start) is not None

    def list_intro(self, index: int) -> int | None:
        """For a bulleted item, the sentence that introduces its list ("... reported about")."""
        back = index
        while back >= 0 and _BULLET.match(self.text, self.sentences[back].start):
            back -= 1
        return back if back != index and back >= 0 else None

    def facility_before(self, offset: int) -> str | None:
        """The facility "the camp" most likely refers to at `offset`: one named in the last few
        sentences, else the one named most often before it (the one the report is about), the
        latest named among equals."""
        just_named = self._just_named(offset)
        if just_named is not None:
            return just_named or None  # "" when the sentence named several: none is meant
        lo = bisect.bisect_left(self._name_starts, offset)
        seen: dict[str, tuple[int, int]] = {}
        first = bisect.bisect_left(self._name_starts, self.sentences[
            max(0, self.sentence_index(offset) - FAR)].start)
        for order, name in enumerate(self.names[first:lo]):
            if name.kind == "facility":
                seen[name.id] = (seen.get(name.id, (0, 0))[0] + 1, order)
        return max(seen, key=lambda i: seen[i]) if seen else None

    def facility_just_named(self, offset: int) -> str | None:
        """The facility named last in the few sentences before `offset`: what "the camp" or
        "there" refers to; None when it is one of several joined ("mainly Kyohwaso No. 12 and
        Kyohwaso No. 15")."""
        return self._just_named(offset) or None

    def _just_named(self, offset: int) -> str | None:
        """The facility named last in the few sentences before `offset`; "" when it is joined to
        another by "and" or "or"; None when none is named there."""
        lo = bisect.bisect_left(self._name_starts, offset)
        recent = self.sentences[max(0, self.sentence_index(offset) - _RECENT_FACILITY)].start
        last: NameMention | None = None
        for name in reversed(self.names[:lo]):
            if name.start < recent:
                break
            if name.kind != "facility":
                continue
            if last is None:
                last = name
            else:  # the facility named just before the last one, in the few sentences
                joined = name.id != last.id and self.language.cues.coordinated.fullmatch(
                    self.text, name.end, last.start)
                return "" if joined else last.id
        return None if last is None else last.id

    @cached_property
    def report_period(self) -> DateRange | None:
        """The year or the period of up to a year a report says it covers, in which month names
        without a year fall: its title's year, else "The present report covers the period
        from July 2023 to June 2024" in its opening (spec 3.1, periods)."""
        if self.report_year is not None:
            return self.report_year
        for index in range(min(len(self.sentences), _OPENING)):
            if not self.has(index, self.language.cues.covers):
                continue
            for t in self.times(index):
                e, l_ = t.past.earliest, t.past.latest
                if t.precision == "range" and e and l_ and (l_ - e).days <= _A_YEAR:
                    return t.past
        return None

    @cached_property
    def report_year(self) -> DateRange | None:
        """The year an annual report says in its title that it covers ("Country Report on
        Human Rights Practices 2022"), when that is before the year it was published or no
        publication date is known: month names without a year fall in it (spec 3.1, periods)."""
        titles = [line for line in self.text[:_TITLE_CHARS * 2].split("\n")[:_TITLE_LINES]
                  if len(line) <= _TITLE_CHARS and not line.rstrip().endswith(".")]
        found = [m for m in map(self.language.cues.report_year.search, titles) if m]
        m = next((m for m in found if m["events"]), found[0] if found else None)
        if m is None:
            return None
        year = int(m["events"] or m["after"] or m["before"])
        if self.published is not None and year >= self.published.year:
            return None
        return DateRange(dt.date(year, 1, 1), dt.date(year, 12, 31))

    @cached_property
    def coverage(self) -> TimeMention | None:
        """The period a report or account says it covers: a span of years in its opening
        ("former guard at Camp 22, 1987-1994", "women detained between 2009 and 2019")."""
        for index in range(min(len(self.sentences), _OPENING)):
            if not self.has(index, self.language.cues.scope):
                continue
            for t in self.times(index):
                e, l_ = t.past.earliest, t.past.latest
                if t.precision == "range" and e and l_ and l_.year > e.year and \
                        e.month == 1 and l_.month == 12 and not self.search(
                            self.language.cues.conducted, max(0, t.start - 20), t.start):
                    return t  # not when the interviews were "conducted between 2019 and 2022"
        return None

    @cached_property
    def dateline_places(self) -> frozenset[tuple[int, int]]:
        """Places that open a dateline ("HANOI, 17 April 2024 —", "SEOUL (Reuters) -"): where
        the news was filed, no event's place."""
        found = set()
        for name in self.names:
            if name.start > _DATELINE_REACH:
                break
            line_start = self.text.rfind("\n", 0, name.start) + 1
            if name.kind != "place" or self.text[line_start : name.start].strip():
                continue
            cues = self.language.cues
            if cues.agency_dash.match(self.text, name.end):
                found.add((name.start, name.end))
                continue
            after = cues.dateline_after_place.match(self.text, name.end)
            if after is None:
                continue
            stop = min(len(self.text), after.end() + 60)
            dated = self.language.find_times(self.text, self.published, after.end(), stop)
            if dated and dated[0].start == after.end() and (
                    self.language.dateline_end.match(self.text, dated[0].end)
                    or cues.agency_dash.match(self.text, dated[0].end)):
                found.add((name.start, name.end))
        return frozenset(found)

    def home_country(self, gaz: Gazetteer) -> str | None:
        """The country the report is about: the one its places lie in most often."""
        if self._home is None:
            counts: dict[str, int] = {}
            for name in self.names:
                if name.kind == "place":
                    country = gaz.country_of(name.id)
                    counts[country] = counts.get(country, 0) + 1
            self._home = max(counts, key=lambda k: counts[k]) if counts else ""
        return self._home or None

    @cached_property
    def lowered(self) -> str:
        """The text in lower case, offsets unchanged."""
        return lower_same_length(self.text)

    @cached_property
    def folded(self) -> str:
        """The text folded as case-insensitive patterns compare it, offsets unchanged."""
        return caseless.fold(self.text)

    @cached_property
    def short_paragraphs(self) -> bool:
        """Whether paragraphs hold a sentence or two (a news story), so a place told in one
        paragraph still holds in the next."""
        breaks = sum(1 for i in range(len(self.sentences) - 1) if self.paragraph_break(i))
        return len(self.sentences) <= 2 * (breaks + 1)

    @cached_property
    def first_person(self) -> bool:
        """Whether the document is a witness's own account (testimony, interview)."""
        found = self.language.first_person.finditer(self.text)
        n = sum(1 for _ in itertools.islice(found, 12))
        answers = itertools.islice(self.language.cues.answer_line.finditer(self.text), 2)
        return n >= 12 or (n >= 6 and 2 * n >= len(self.sentences)) or (  # or a short account
            n >= 3 and sum(1 for _ in answers) >= 2)  # or an interview's answers

    @cached_property
    def facility_ids(self) -> list[str]:
        """Facilities the document names, in order of first mention."""
        return list(dict.fromkeys(n.id for n in self.names if n.kind == "facility"))
