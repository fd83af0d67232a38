"""Filling an event's slots from its sentence: date, place, facility, victims, perpetrator."""

from __future__ import annotations

import calendar
import datetime as dt
from typing import Protocol, TypeVar

from girok.extract.candidates import Candidate
from girok.extract.context import DocContext
from girok.extract.names import NameMention
from girok.gazetteer import Gazetteer
from girok.records import CountMention, DateRange, Offset, TimeMention, Victims


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
    The flag says the date was taken from the narrative around the sentence (a weaker
    reading): an earlier sentence, or the period the report covers."""
    clause = clause_of(doc, c)
    event_times, report_latest = _sentence_times(doc, c)
    best, own = _stated_time(doc, c, clause, event_times)
    earlier = best is not None and not own and best.start > c.trigger.end and \
        doc.language.cues.pluperfect.search(doc.text, clause[0], clause[1]) is not None
    if earlier and best is not None:  # "had arrested him and in December he was sentenced"
        report_latest, best = _min(report_latest, best.past.latest), None
    if best is not None:
        date, from_context = best.future if c.announced else best.past, False
    elif report_latest is None or earlier:
        date, from_context = _narrative_date(doc, c, clause, earlier)
    else:
        date, from_context = DateRange(), False
    if best is None and not from_context and doc.published and doc.search(
            doc.language.recently, max(clause[0], c.trigger.start - 30), c.trigger.start):
        date = DateRange(doc.published.replace(month=1, day=1), None)
    if report_latest is not None and not c.announced and (
            date.earliest is None or report_latest >= date.earliest):
        date = DateRange(date.earliest, _min(date.latest, report_latest))
    elif earlier and report_latest is not None:  # context after the bound: only the bound
        date, from_context = DateRange(None, report_latest), False
    return _bounded_by_publication(doc, date, c.announced), from_context


def _sentence_times(doc: DocContext, c: Candidate) -> tuple[list[TimeMention], dt.date | None]:
    """The dates of the trigger's sentence that may date the event, and the latest bound
    that a date in a reporting clause sets ("sources told us on the 21st")."""
    event_times, report_latest = [], None
    for t in doc.times(c.sentence):
        if t.duration_days is not None or _in_other_relative_clause(doc, c, t):
            continue
        if _in_reporting_clause(doc, c, t):
            report_latest = _min(report_latest, t.past.latest)
        else:
            event_times.append(t)
    return event_times, report_latest


def _stated_time(doc: DocContext, c: Candidate, clause: tuple[int, int],
                 event_times: list[TimeMention]) -> tuple[TimeMention | None, bool]:
    """The date nearest the trigger, in its clause if there is one (the flag says so), else
    in the sentence, passing over relative clauses about someone else."""
    own = [t for t in event_times if clause[0] <= t.start < clause[1]]
    if not own:  # "a woman who was repatriated in October died ... in late December"
        event_times = [t for t in event_times
                       if not _in_other_relative_clause(doc, c, t, people=True)] or event_times
    return _nearest(own or event_times, c, clause), bool(own)


def _narrative_date(doc: DocContext, c: Candidate, clause: tuple[int, int],
                    earlier: bool) -> tuple[DateRange, bool]:
    """For a sentence that dates nothing: the narrative's last date, moved on by a stated
    offset, before it for what had lasted, over the stay for repeated acts; else the period
    the report covers. The flag says a date was found."""
    previous = _previous_time(doc, c.sentence)
    if previous is None:
        if doc.coverage is None or c.announced or earlier:
            return DateRange(), False
        return doc.coverage.past, True  # an account over the period it covers
    date = previous.future if c.announced else previous.past
    span = doc.sentences[c.sentence]
    offset = doc.language.find_later(doc.text, span.start, span.end)
    if offset is not None:
        return _moved_on(date, offset), True
    if not earlier and date.earliest is not None and c.type == "detention" and \
            doc.language.cues.pluperfect.search(doc.text, clause[0], clause[1]):
        return _before(doc, c.sentence, date.earliest), True  # "Most had been held 2 years"
    if c.type in _REPEATED:
        return _over_the_stay(doc, c.sentence, date), True
    return date, True


_REPEATED = {"torture"}  # acts repeated over a stay take its period (spec 3.1)
_STAY_LOOKBACK = 3


def _before(doc: DocContext, index: int, narrative: dt.date) -> DateRange:
    """What had happened before the narrative's date: by then, and by a stated duration more
    ("had been held for two years" began two years before)."""
    days = next((t.duration_days for t in doc.times(index) if t.duration_days), 0)
    return DateRange(None, narrative - dt.timedelta(days=days))


def _over_the_stay(doc: DocContext, index: int, date: DateRange) -> DateRange:
    """Beatings during a stay that began at `date` and lasted a duration stated in this or
    the few sentences before ("every day for two months") take the whole stay."""
    if date.earliest is None or date.latest is None or (date.latest - date.earliest).days > 31:
        return date
    for back in range(index, max(-1, index - 1 - _STAY_LOOKBACK), -1):
        days = next((t.duration_days for t in doc.times(back) if t.duration_days), None)
        if days:
            return DateRange(date.earliest, date.latest + dt.timedelta(days=days))
    return date


def _moved_on(date: DateRange, offset: Offset) -> DateRange:
    """A narrative's date moved on by "two weeks later", "the next year"."""
    def move(day: dt.date | None) -> dt.date | None:
        if day is None:
            return None
        month = day.month - 1 + offset.months
        year, month = day.year + month // 12, month % 12 + 1
        last = calendar.monthrange(year, month)[1]
        return dt.date(year, month, min(day.day, last)) + dt.timedelta(days=offset.days)
    return DateRange(move(date.earliest), move(date.latest))


def when_it_began(date: DateRange) -> DateRange:
    """A person's detention is dated when it began: a stay over years starts in its first.
    (A group's detentions over a period began at different times: they keep the period.)"""
    if date.earliest and date.latest and date.latest.year > date.earliest.year and \
            date.earliest == date.earliest.replace(month=1, day=1):
        return DateRange(date.earliest, date.earliest.replace(month=12, day=31))
    return date


def _in_other_relative_clause(doc: DocContext, c: Candidate, t: TimeMention,
                              people: bool = False) -> bool:
    """A date in a relative clause the trigger is not in ("the Council, which appointed the
    commission in March") tells of that clause's noun, not the event; with `people`, also
    one about a person ("a woman who was repatriated in October")."""
    lo, hi = doc.clause(c.sentence, t.start, t.end)
    if lo <= c.trigger.start < hi:
        return False
    cues = doc.language.cues
    pattern = cues.relative_person if people else cues.relative_clause
    return bool(pattern.search(doc.text, max(0, lo - 8), lo))


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
    reach = _WITNESS_LOOKBACK if doc.first_person else _LOOKBACK
    for back in range(index - 1, max(-1, index - 1 - reach), -1):
        if doc.paragraph_break(back) and not doc.first_person:
            return None
        times = [t for t in doc.times(back) if t.duration_days is None
                 and t.precision in _INHERITED]
        if times:
            return times[-1]
    return None


_LOOKBACK = 6
_WITNESS_LOOKBACK = 16  # a witness's account goes on in the same time across questions
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
              if ((n.noun and n.noun.lower() in nouns) or _the_number(doc, n)
                  or _accounts_of_people(doc, n)
                  or (n.noun is None and (n.end <= c.trigger.start or _group_count(doc, n))))
              and not _age_or_list_number(doc.text, n.start, n.end)
              and not cues_.agent_or_age.search(doc.text, max(0, n.start - 18), n.start)
              and (not doc.search(cues_.partitive_total, max(0, n.start - 24), n.start)
                   or cues_.group_of.search(doc.text, max(0, n.start - 20), n.start)
                   or n.min == n.max == 1)  # "the case of a Canadian pastor"
              and not _reporter(doc, n.end, c.trigger.start)]
    clause = clause_of(doc, c)
    best = _nearest([n for n in people if n.start < clause[1]], c, clause)
    group = next((n for n in people if _the_number(doc, n) and (n.min or 0) >= 2), None)
    if best is not None and best.min == best.max == 1 and group is not None and \
            group.start < best.start:
        best = group  # "The two, a missionary and a businessman, were sentenced"
    if best is not None:
        if _with_others(doc, best):
            return Victims(_plus_one(best.min), _plus_one(best.max))
        return _with_joined(doc, people, best)
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


def group_victims(doc: DocContext, c: Candidate) -> Victims:
    """For "The detainees were ...", "the group was ...": the count given them before.
    Read after merging, so a count borrowed from context joins no two mentions."""
    span = doc.sentences[c.sentence]
    before = doc.text[max(span.start, c.trigger.start - 80) : c.trigger.start]
    group = doc.language.cues.definite_group.search(before)
    told = _group_told_before(doc, c.sentence, group["noun"] or group["noun2"]) \
        if group else None
    return Victims() if told is None else Victims(told.min, told.max)


def _group_told_before(doc: DocContext, index: int, noun: str) -> CountMention | None:
    """For "the detainees", "the group": the count of people the document gave them before;
    the last of the same noun, else the last count of a group a few sentences back."""
    nouns = doc.language.person_nouns
    earlier = [(back, n) for back in range(index) for n in doc.counts(back)
               if ((n.noun and n.noun.lower() in nouns) or _group_count(doc, n))
               and n.min is not None and n.min >= 2
               and not _age_or_list_number(doc.text, n.start, n.end)]
    same = [n for _, n in earlier if (n.noun or _group_word(doc, n)) == noun.lower()]
    reach = _PRONOUN_LOOKBACK if noun.lower() == "they" else _GROUP_LOOKBACK
    near = [n for back, n in earlier if back >= index - reach]
    pool = same or near
    return pool[-1] if pool else None


_GROUP_LOOKBACK = 12
_PRONOUN_LOOKBACK = 3  # "they were pardoned": the group of the last few sentences



def _reporter(doc: DocContext, end: int, trigger: int) -> bool:
    """"A resident ... said that ..." counts the source, not the victims; unless the speakers
    tell of themselves ("Nine interviewees said they were beaten") or were told ("hundreds of
    prisoners were told that they had been released")."""
    if end >= trigger:
        return False
    said = doc.search(doc.language.reporting, end, trigger)
    return said is not None and not doc.language.cues.passive_be.search(
        doc.text, max(end, said.start() - 6), said.start()) \
        and not doc.language.cues.speakers_are_victims.match(doc.text, end, trigger)


def _accounts_of_people(doc: DocContext, n: CountMention) -> bool:
    """ "more than 100 interviews with women": one account per person."""
    return n.noun in doc.language.cues.account_nouns and \
        doc.language.cues.with_people.match(doc.text, n.end) is not None


def _the_number(doc: DocContext, n: CountMention) -> bool:
    """ "the two", "found the three guilty": a number of people told of before."""
    return n.noun not in doc.language.cues.unit_nouns and \
        doc.language.cues.the_before.search(doc.text, max(0, n.start - 4), n.start) is not None \
        and n.max is not None and n.max <= 20


def _with_joined(doc: DocContext, people: list[CountMention], best: CountMention) -> Victims:
    """A count with those joined to it by "and": "five women and two men" are seven."""
    i = people.index(best)
    lo = hi = i
    joined = doc.language.cues.joined_count
    while lo > 0 and joined.fullmatch(doc.text, people[lo - 1].end, people[lo].start):
        lo -= 1
    while hi + 1 < len(people) and joined.fullmatch(doc.text, people[hi].end,
                                                    people[hi + 1].start):
        hi += 1
    group = people[lo : hi + 1]
    low = sum(n.min or 0 for n in group) if all(n.min for n in group) else None
    high = sum(n.max or 0 for n in group) if all(n.max for n in group) else None
    return Victims(low, high)


def _group_word(doc: DocContext, n: CountMention) -> str | None:
    """The word a bare count is "of": "family" for "a family of five"."""
    m = doc.language.cues.group_of.search(doc.text, max(0, n.start - 20), n.start)
    return m["word"].lower() if m else None


def _group_count(doc: DocContext, n: CountMention) -> bool:
    """A bare number that counts people: "a family of five", "with about 100 others"."""
    cues = doc.language.cues
    return bool(cues.group_of.search(doc.text, max(0, n.start - 20), n.start)
                or _with_others(doc, n))


def _with_others(doc: DocContext, n: CountMention) -> bool:
    """ "with about 100 others": the count leaves out the one it happened with."""
    cues = doc.language.cues
    return bool(cues.with_others.search(doc.text, max(0, n.start - 20), n.start)
                and (cues.others_after.match(doc.text, n.end)
                     or cues.others_after.search(doc.text, n.start, n.end)))


def _plus_one(value: int | None) -> int | None:
    return None if value is None else value + 1


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
        before = {n: doc.text[max(span.start, n.start - 20) : n.start] for n in named}
        to = [n for n in named if cues.to.search(before[n])]
        into = [n for n in named if cues.into.search(before[n])]
        named = to or into or [n for n in named if not cues.from_.search(before[n])] or named
    if named:
        return min(named, key=lambda n: _distance(n.start, n.end, c.trigger.start,
                                                  c.trigger.end)).id
    sentence = doc.text[span.start : span.end]
    kind = doc.language.facility_kind.search(sentence)
    if kind and kind.lastgroup and not doc.language.plural_kind.search(kind.group()):
        for place in doc.names_in(span.start, span.end, "place"):
            unique = gaz.unique_facility(kind.lastgroup, place.id)
            if unique:
                return unique
    cues = doc.language.cues
    places = [p for p in doc.names_in(span.start, span.end, "place")
              if not cues.origin.search(doc.text, max(0, p.start - 25), p.start)
              and not cues.destination.search(doc.text, max(span.start, p.start - 15), p.start)]
    at_camp = _facility_at(doc, gaz, c, places)
    if at_camp is not None:
        return at_camp
    in_custody = c.type in _IN_CUSTODY and not places and (
        c.type == "release" or c.witness or len(doc.facility_ids) == 1
        or doc.has(c.sentence, doc.language.custody))
    if doc.has(c.sentence, doc.language.cues.the_camp) or in_custody:
        return doc.facility_before(span.start)
    return None


def _facility_at(doc: DocContext, gaz: Gazetteer, c: Candidate,
                 places: list[NameMention]) -> str | None:
    """ "died at Chungsan" in a report about Chungsan's camp: the one facility the report
    names in the place where the event happened inside ("arrived at Chungsan", for a
    detention, anywhere in its sentence)."""
    if c.type not in _IN_CUSTODY and c.type != "detention":
        return None
    lo, hi = clause_of(doc, c)
    kinds = doc.language.facility_kind.finditer(doc.text, lo, hi)
    if any(doc.language.plural_kind.search(k.group()) for k in kinds):
        return None  # "held at holding centres ... in Onsong": several, not one
    cues = doc.language.cues
    for place in places:
        arrived = c.type == "detention" and cues.arrived.search(
            doc.text, max(0, place.start - 16), place.start) is not None
        if not arrived and (not lo <= place.start < hi or not cues.at_place.search(
                doc.text, max(0, place.start - 5), place.start)):
            continue
        there = [f for f in doc.facility_ids if gaz.facility_place(f) == place.id]
        if len(there) == 1:
            return there[0]
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
    if c.type == "amnesty":
        return "north-korea"  # the state grants it: the country, wherever it is carried out
    if facility:
        return gaz.facility_place(facility)
    if c.type != "transfer":
        cues = doc.language.cues
        places = [p for p in places
                  if not cues.destination.search(doc.text[max(span.start, p.start - 15) : p.start])
                  and not cues.origin.search(doc.text[max(span.start, p.start - 25) : p.start])]
    lo, hi = clause_of(doc, c)
    cues = doc.language.cues
    if cues.the_country.search(doc.text, lo, hi) and doc.home_country(gaz):
        return doc.home_country(gaz)  # "detained in the country"
    inside = [p for p in places if lo <= p.start < hi]
    if c.type in ("arrest", "detention") and not inside and \
            cues.foreign_police.search(doc.text, lo, hi):
        abroad = [p for p in places if gaz.country_of(p.id) == cues.foreign_adjective_place]
        if not abroad:
            return cues.foreign_adjective_place  # "Chinese police detained", "Chinese detention"
        places = abroad  # "Chinese police arrested seven ..., at a safe house in Shenyang"
    places = _with_coordinated(doc, inside, places, hi) or places
    ids = list(dict.fromkeys(p.id for p in places))
    if not ids:
        return _previous_place(doc, gaz, c.sentence)
    if len(ids) == 1:
        return ids[0]
    deepest = max(ids, key=lambda i: len(gaz.ancestors(i)))
    if all(i in gaz.ancestors(deepest) for i in ids):
        return deepest
    return gaz.common_place(ids)


def _with_coordinated(doc: DocContext, inside: list[NameMention], places: list[NameMention],
                      end: int) -> list[NameMention]:
    """The places of the clause and those joined to it by "and" ("in Pyongyang and in
    Ryanggang province", "in Onsong and Sinuiju")."""
    out = list(inside)
    for p in places:
        if out and p.start >= end and p not in out and doc.language.cues.coordinated.fullmatch(
                doc.text, out[-1].end, p.start):
            out.append(p)
    return out


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
    """The one city or county (not in South Korea, not a destination) named in the nearest
    earlier sentence of the paragraph that names one."""
    reach = _WITNESS_LOOKBACK if doc.first_person else _LOOKBACK
    for back in range(index - 1, max(-1, index - 1 - reach), -1):
        if doc.paragraph_break(back) and not doc.first_person:
            return None
        s = doc.sentences[back]
        destination = doc.language.cues.destination
        ids = {p.id for p in doc.names_in(s.start, s.end, "place")
               if not destination.search(doc.text[max(s.start, p.start - 15) : p.start])}
        local = [i for i in ids if gaz.country_of(i) not in ("south-korea", i)
                 and len(gaz.ancestors(i)) >= 3]
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
