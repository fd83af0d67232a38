"""Filling an event's slots from its sentence: date, place, facility, victims, perpetrator."""

from __future__ import annotations

import datetime as dt
from typing import Protocol, TypeVar

from girok.extract.candidates import Candidate
from girok.extract.context import DocContext
from girok.extract.names import NameMention
from girok.gazetteer import Gazetteer
from girok.records import DateRange, TimeMention, Victims


class _Located(Protocol):
    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


_T = TypeVar("_T", bound=_Located)

_NOT_PERPETRATORS = {"kcna", "rodong-sinmun", "workers-party-of-korea"}
_COURTS = {"central-court", "central-public-prosecutors-office"}


def clause_of(doc: DocContext, c: Candidate) -> tuple[int, int]:
    """The clause of the sentence that holds the trigger, as absolute offsets."""
    return doc.clause(c.sentence, c.trigger.start, c.trigger.end)


def _nearest(items: list[_T], c: Candidate, clause: tuple[int, int]) -> _T | None:
    """The item in the trigger's clause nearest the trigger, else the nearest in the sentence."""
    inside = [i for i in items if i.start >= clause[0] and i.end <= clause[1]]
    pool = inside or items
    return min(pool, key=lambda i: _distance(i.start, i.end, c.trigger.start, c.trigger.end),
               default=None)


def event_date(doc: DocContext, c: Candidate) -> tuple[DateRange, bool]:
    """The nearest temporal expression, preferring the trigger's clause; a date in a clause
    that reports the news only bounds it; reported events end by the publication date.
    The flag says the date was taken from an earlier sentence (a weaker reading)."""
    event_times, report_latest = [], None
    for t in doc.times(c.sentence):
        if t.duration_days is not None:
            continue
        if _in_reporting_clause(doc, c, t):
            report_latest = _min(report_latest, t.past.latest)
        else:
            event_times.append(t)
    clause = clause_of(doc, c)
    own = [t for t in event_times if clause[0] <= t.start < clause[1]]
    best = _nearest(own or event_times, c, clause)
    from_context = False
    if best is None and not doc.times(c.sentence):
        best = _previous_time(doc, c.sentence)
        from_context = best is not None
    date = DateRange() if best is None else best.future if c.announced else best.past
    if best is None and doc.published and doc.search(
            doc.language.recently, max(clause[0], c.trigger.start - 30), c.trigger.start):
        date = DateRange(doc.published.replace(month=1, day=1), None)
    if report_latest is not None and not c.announced and (
            date.earliest is None or report_latest >= date.earliest):
        date = DateRange(date.earliest, _min(date.latest, report_latest))
    return _bounded_by_publication(doc, date, c.announced), from_context


def when_it_began(date: DateRange) -> DateRange:
    """A person's detention is dated when it began: a stay over years starts in its first.
    (A group's detentions over a period began at different times: they keep the period.)"""
    if date.earliest and date.latest and date.latest.year > date.earliest.year and \
            date.earliest == date.earliest.replace(month=1, day=1):
        return DateRange(date.earliest, date.earliest.replace(month=12, day=31))
    return date


def _in_reporting_clause(doc: DocContext, c: Candidate, t: TimeMention) -> bool:
    """A date in a clause that says who reported the news."""
    lo, hi = doc.clause(c.sentence, t.start, t.end)
    if lo <= c.trigger.start < hi:
        return False
    return bool(doc.search(doc.language.reporting, lo, hi))



def _min(x: dt.date | None, y: dt.date | None) -> dt.date | None:
    return min(x, y) if x and y else x or y


def _previous_time(doc: DocContext, index: int) -> TimeMention | None:
    """The last date of the nearest earlier sentence of the same paragraph that states one:
    narratives state the date once and go on without it."""
    for back in range(index - 1, max(-1, index - 1 - _LOOKBACK), -1):
        if doc.paragraph_break(back):
            return None
        times = [t for t in doc.times(back) if t.duration_days is None
                 and t.precision in _INHERITED]
        if times:
            return times[-1]
    return None


_LOOKBACK = 6
_INHERITED = ("day", "month", "range", "season", "year")


def _bounded_by_publication(doc: DocContext, date: DateRange, announced: bool) -> DateRange:
    pub = doc.published
    if announced or pub is None:
        return date
    if date.earliest is not None and date.earliest > pub:
        return date
    if date.latest is None or date.latest > pub:
        return DateRange(date.earliest, pub)
    return date


def _distance(start: int, end: int, t0: int, t1: int) -> int:
    if end <= t0:
        return t0 - end
    if start >= t1:
        return (start - t1) + 5  # a little preference for expressions before the trigger
    return 0


def event_victims(doc: DocContext, c: Candidate) -> Victims:
    """The count of people nearest the trigger; one for a single identified person."""
    nouns = doc.language.person_nouns
    cues_ = doc.language.cues
    people = [n for n in doc.counts(c.sentence)
              if ((n.noun and n.noun.lower() in nouns)
                  or (n.noun is None and n.end <= c.trigger.start))
              and not _age_or_list_number(doc.text, n.start, n.end)
              and not doc.search(cues_.partitive_total, max(0, n.start - 8), n.start)
              and not _reporter(doc, n.end, c.trigger.start)]
    clause = clause_of(doc, c)
    best = _nearest([n for n in people if n.start < clause[1]], c, clause)
    if best is not None:
        return Victims(best.min, best.max)
    span = doc.sentences[c.sentence]
    cues = doc.language.cues
    before = doc.text[max(span.start, c.trigger.start - 80) : c.trigger.start]
    after = doc.text[c.trigger.start : min(span.end, c.trigger.end + 90)]
    if cues.pair_subject.search(before):
        return Victims(2, 2)
    if cues.singular_subject.search(before) or cues.named_subject.search(before) or \
            cues.singular_object.search(after) or cues.possessive.search(before):
        return Victims(1, 1)
    return Victims()



def _reporter(doc: DocContext, end: int, trigger: int) -> bool:
    """"A resident ... said that ..." counts the source, not the victims."""
    return end < trigger and doc.search(doc.language.reporting, end, trigger) is not None


def _age_or_list_number(text: str, start: int, end: int) -> bool:
    """"Miller, 25, was detained" gives an age; "4. **Forced abortion.**" a list number."""
    before, after = text[max(0, start - 2) : start], text[end : end + 2]
    if before.endswith(", ") and after.startswith(","):
        return True
    line_start = start == 0 or text[start - 1] == "\n"
    return line_start and after.startswith(".")


def event_facility(doc: DocContext, gaz: Gazetteer, c: Candidate) -> str | None:
    """A facility named in the sentence, or identified uniquely by its kind and place."""
    span = doc.sentences[c.sentence]
    named = doc.names_in(span.start, span.end, "facility")
    if c.type in _BEFORE_CUSTODY:
        lo, hi = clause_of(doc, c)
        return next((n.id for n in named if lo <= n.start < hi), None)
    if named and c.type == "transfer":
        cues = doc.language.cues
        into = [n for n in named
                if cues.into.search(doc.text[max(span.start, n.start - 20) : n.start])]
        named = into or [n for n in named if not cues.from_.search(
            doc.text[max(span.start, n.start - 20) : n.start])] or named
    if named:
        return min(named, key=lambda n: _distance(n.start, n.end, c.trigger.start,
                                                  c.trigger.end)).id
    places = doc.names_in(span.start, span.end, "place")
    kind = doc.first(c.sentence, doc.language.facility_kind) if places else None
    if kind and kind.lastgroup:
        for place in places:
            unique = gaz.unique_facility(kind.lastgroup, place.id)
            if unique:
                return unique
    in_custody = c.type in _IN_CUSTODY and not doc.names_in(span.start, span.end, "place") \
        and (c.witness or doc.has(c.sentence, doc.language.custody))
    if doc.has(c.sentence, doc.language.cues.the_camp) or in_custody:
        return doc.facility_before(span.start)
    return None


# Types that happen before anyone reaches a facility: only one named in their own clause.
_BEFORE_CUSTODY = {"arrest", "repatriation"}
# Types that happen inside a facility: a bare sentence in a passage about one inherits it.
_IN_CUSTODY = {"torture", "death_in_custody", "execution", "release"}


def event_place(doc: DocContext, gaz: Gazetteer, c: Candidate, facility: str | None) -> str | None:
    """The facility's place, the origin country of a repatriation, or the places named."""
    span = doc.sentences[c.sentence]
    places = doc.names_in(span.start, span.end, "place")
    if c.type == "repatriation":
        return _origin_country(doc, gaz, c.sentence, places)
    if facility:
        return gaz.facility_place(facility)
    if c.type != "transfer":
        places = [p for p in places if not doc.language.cues.destination.search(
            doc.text[max(span.start, p.start - 15) : p.start])]
    lo, hi = clause_of(doc, c)
    places = [p for p in places if lo <= p.start < hi] or places
    ids = list(dict.fromkeys(p.id for p in places))
    if not ids:
        if c.type == "amnesty":
            return "north-korea"
        return _previous_place(doc, gaz, c.sentence)
    if len(ids) == 1:
        return ids[0]
    deepest = max(ids, key=lambda i: len(gaz.ancestors(i)))
    if all(i in gaz.ancestors(deepest) for i in ids):
        return deepest
    return gaz.common_place(ids)


def _origin_country(doc: DocContext, gaz: Gazetteer, index: int,
                    places: list[NameMention]) -> str | None:
    """Where a repatriation was from: the country after "from", else the one foreign country
    named in the sentence or the two before it."""
    span = doc.sentences[index]
    for p in places:
        if doc.language.cues.from_country.search(doc.text[max(span.start, p.start - 12) : p.start]):
            return gaz.country_of(p.id) or p.id
    for back in range(index, max(-1, index - 3), -1):
        s = doc.sentences[back]
        countries = {gaz.country_of(p.id) for p in doc.names_in(s.start, s.end, "place")}
        countries -= {"north-korea", "south-korea"}
        if len(countries) == 1:
            return countries.pop()
        if doc.language.cues.foreign_adjective.search(doc.text, s.start, s.end):
            return doc.language.cues.foreign_adjective_place
    return None



def _previous_place(doc: DocContext, gaz: Gazetteer, index: int) -> str | None:
    """The one North Korean city or county named in the previous sentence of the paragraph."""
    for back in range(index - 1, max(-1, index - 1 - _LOOKBACK), -1):
        if doc.paragraph_break(back):
            return None
        s = doc.sentences[back]
        ids = {p.id for p in doc.names_in(s.start, s.end, "place")}
        local = [i for i in ids
                 if gaz.country_of(i) == "north-korea" and len(gaz.ancestors(i)) >= 3]
        if local:
            return local[0] if len(local) == 1 else None
    return None


def event_perpetrator(doc: DocContext, c: Candidate) -> str | None:
    """The state body the event's clause attributes it to (a court only for a trial); else
    the one its sentence names before the trigger, as the subject of the verb."""
    span = doc.sentences[c.sentence]
    lo, hi = clause_of(doc, c)
    if doc.language.cues.by_agent.match(doc.text, c.trigger.end):
        hi = max(hi, min(span.end, c.trigger.end + 60))
    return _body_named(doc, c, lo, hi) or _body_named(doc, c, span.start, c.trigger.start)


def _body_named(doc: DocContext, c: Candidate, lo: int, hi: int) -> str | None:
    text = doc.text[lo:hi]
    state = [o for o in doc.names_in(lo, hi, "organization") if o.id not in _NOT_PERPETRATORS
             and (c.type == "trial" or o.id not in _COURTS)]
    if state:
        return min(state, key=lambda n: _distance(n.start, n.end, c.trigger.start,
                                                  c.trigger.end)).id
    cues = doc.language.cues
    if cues.local_security.search(text) and not cues.not_state_security.search(text):
        return "ministry-of-state-security"
    if cues.foreign_police.search(text):
        return "chinese-public-security"
    return None
