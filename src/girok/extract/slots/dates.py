"""An event's date: the sentence's own, else the narrative's, bounded by publication (3.1)."""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import replace

from girok.extract.candidates import Candidate
from girok.extract.context import LEFT_CONTEXT, DocContext
from girok.extract.slots.common import (
    LOOKBACK,
    WITNESS_LOOKBACK,
    clause_of,
    earlier_of,
    in_relative_within,
    nearest,
)
from girok.records import DateRange, Offset, TimeMention


def event_date(doc: DocContext, c: Candidate) -> tuple[DateRange, bool]:
    """The nearest temporal expression, preferring the trigger's clause; a date in a clause
    that reports the news only bounds it; reported events end by the publication date.
    The flag says the date was taken from the narrative around the sentence (a weaker
    reading): an earlier sentence, or the period the report covers."""
    clause = clause_of(doc, c)
    event_times, report_latest, then = _sentence_times(doc, c)
    best, own = _stated_time(doc, c, clause, event_times)
    if best is not None and not own and c.rule in _STILL_HELD and doc.search(
            doc.language.cues.contrast, min(best.end, c.trigger.start),
            max(best.end, c.trigger.start)):
        best = None  # "Ri was released in May, while her husband remains in detention"
    recently = doc.published is not None and doc.search(
        doc.language.recently, max(clause[0], c.trigger.start - 30), c.trigger.start) is not None
    if best is not None and not own and recently:
        best = None  # "imprisoned in early 2015 and has recently returned home"
    pluperfect = doc.language.cues.pluperfect
    if best is not None and best.start > c.trigger.end and \
            pluperfect.search(doc.text, c.trigger.end, best.start) is not None:
        best = None  # "freed two men it had held since last year": what had been before
    earlier = best is not None and not own and best.start > c.trigger.end and \
        pluperfect.search(doc.text, clause[0], clause[1]) is not None
    if earlier and best is not None:  # "had arrested him and in December he was sentenced"
        report_latest, best = earlier_of(report_latest, best.past.latest), None
    if best is not None and report_latest is not None and not c.announced:
        best = _as_of_telling(doc, c, best, report_latest)
    if best is not None:
        date, from_context = best.future if c.announced else best.past, False
        if c.rule == "detention.former_inmate" and best.end <= c.trigger.start:
            date = DateRange(None, date.latest)  # "In 2003, three former prisoners testified"
        later = doc.language.find_later(doc.text, clause[0], clause[1]) \
            if not own and best.end <= clause[0] else None
        if later is not None:  # "sent to the kyohwaso in 2003, where she died two years later"
            date = _moved_on(date, later)
        if not own and _then_after(doc, c, best):
            date = DateRange(date.earliest, None)  # "arrested in May and was sentenced ..."
        if doc.search(doc.language.cues.until_before, max(0, best.start - 12), best.start):
            date = DateRange(None, date.latest)  # "held until 2003": an end, not a date
        elif date.earliest is not None and doc.search(
                doc.language.cues.before_date, max(0, best.start - 40), best.start):
            date = DateRange(None, date.earliest - dt.timedelta(days=1))  # "ahead of April 15"
        elif _since(doc, c, best):
            date = DateRange(date.earliest, None)  # acts since then, up to the report
    elif recently and not c.announced:
        date, from_context = DateRange(), False  # "has recently returned home": see below
    elif (held_for := _held_for_until_now(doc, c, clause)) is not None:
        date, from_context = held_for, False
    elif (report_latest is None or earlier) and not _kin_still_held(doc, c):
        date, from_context = _narrative_date(doc, c, clause, earlier)
    else:
        date, from_context = DateRange(), False
    if best is None and not from_context and recently and doc.published is not None:
        date = DateRange(doc.published.replace(month=1, day=1), None)
    if report_latest is not None and not c.announced and (
            date.earliest is None or report_latest >= date.earliest):
        date = DateRange(date.earliest, earlier_of(date.latest, report_latest))
    elif earlier and report_latest is not None:  # context after the bound: only the bound
        date, from_context = DateRange(None, report_latest), False
    return _bounded_by_publication(doc, _within(date, then), c.announced), from_context


def _as_of_telling(doc: DocContext, c: Candidate, best: TimeMention,
                   told: dt.date) -> TimeMention:
    """ "arrested a dozen people over the weekend, a source told us on the 17th": a relative
    date that, read from the publication, falls after the telling is read from the telling."""
    if best.past.earliest is None or best.past.earliest <= told:
        return best
    left = max(doc.sentences[c.sentence].start, best.start - LEFT_CONTEXT)
    again = [t for t in doc.language.find_times(doc.text, told, left, best.end)
             if (t.start, t.end) == (best.start, best.end)]
    return again[0] if again and again[0].past.latest is not None and \
        again[0].past.latest <= told else best


def _kin_still_held(doc: DocContext, c: Candidate) -> bool:
    """ "Her brother remains in a labour camp": a relative held now, since a time the
    narrative about someone else does not tell."""
    cues = doc.language.cues
    return cues.still.match(doc.text, c.trigger.start) is not None and \
        cues.kin_opens.match(doc.text, doc.sentences[c.sentence].start) is not None


def _then_after(doc: DocContext, c: Candidate, best: TimeMention) -> bool:
    """ "Park was arrested in May and was sentenced to death at a public trial": a date in an
    earlier clause joined by "and was" dates what came first, and only starts this one."""
    lo, _ = doc.clause(c.sentence, best.start, best.end)
    fronted = best.start - lo <= _OPENS  # "In the summer of 2001, ..." dates the whole sentence
    return not fronted and best.end <= c.trigger.start and doc.language.cues.and_then.search(
        doc.text, best.end, c.trigger.start) is not None


def _within(date: DateRange, bounds: DateRange) -> DateRange:
    """A date narrowed by the bounds other clauses set, where it leaves them room: no
    earlier than what came before it, no later than what came after."""
    lo, hi = date.earliest, date.latest
    if bounds.earliest is not None and lo is None and (hi is None or bounds.earliest <= hi):
        lo = bounds.earliest
    if bounds.latest is not None and (hi is None or bounds.latest < hi) and \
            (lo is None or lo <= bounds.latest):
        hi = bounds.latest
    return DateRange(lo, hi)


def _held_for_until_now(doc: DocContext, c: Candidate,
                        clause: tuple[int, int]) -> DateRange | None:
    """ "Most returnees have now been held for about four months": the stay began that long
    before the report, in the month it began."""
    pub = doc.published
    if c.type != "detention" or pub is None or not doc.search(
            doc.language.cues.present_perfect, max(clause[0], c.trigger.start - 20),
            c.trigger.start):
        return None
    days = next((t.duration_days for t in doc.times(c.sentence)
                 if t.duration_days and c.trigger.end <= t.start < clause[1]), None)
    if not days:
        return None
    began = pub - dt.timedelta(days=days)
    last = calendar.monthrange(began.year, began.month)[1]
    return DateRange(began.replace(day=1), began.replace(day=last))


def _since(doc: DocContext, c: Candidate, t: TimeMention) -> bool:
    """ "Authorities have arrested 20 people since January", "Since 2020, seven people have
    been executed", "has executed 70 officials since Kim Jong Un took power in late 2011":
    acts told in the perfect since a date span the time from it to the report (a detention
    "held since 2013" began then)."""
    cues = doc.language.cues
    since = doc.search(cues.since_before, max(0, t.start - 10), t.start) or \
        doc.search(cues.since_clause, max(c.trigger.end, t.start - 50), t.start)
    if since is None or c.type == "detention" or c.announced:
        return False
    fronted = doc.text[since.start()].isupper()  # "Since 2020, ...": it opens the sentence
    return (t.start > c.trigger.end or fronted) and \
        doc.search(cues.perfect_before, max(0, c.trigger.start - 20), c.trigger.start) is not None


def _sentence_times(doc: DocContext, c: Candidate
                    ) -> tuple[list[TimeMention], dt.date | None, DateRange]:
    """The dates of the trigger's sentence that may date the event; the latest bound that a
    date in a reporting clause sets ("sources told us on the 21st"); and the bounds of dates
    in a clause told as later or earlier ("before being released in 1987", "forced to undergo
    abortions after being repatriated in 2019")."""
    event_times, report_latest = [], None
    after: dt.date | None = None
    before: dt.date | None = None
    lo = doc.clause(c.sentence, c.trigger.start, c.trigger.end)[0]
    opened = doc.search(doc.language.cues.then_clause, max(0, lo - 12), c.trigger.start)
    for t in doc.times(c.sentence):
        if t.duration_days is not None or _in_other_relative_clause(doc, c, t) or \
                in_relative_within(doc, c, t.start):
            continue
        if opened is not None and t.end <= opened.start() and \
                opened.group().lower().startswith("after") and not _seen_during_stay(doc, c, t):
            before = earlier_of(before, t.past.latest)  # "abort in 2015, after she was returned"
            after = _same_period_start(doc, c, t) or after
            continue
        if doc.search(doc.language.cues.struck_by, max(0, t.start - 40), t.start):
            after = t.past.earliest if after is None or t.past.earliest is None \
                else max(after, t.past.earliest)  # "in areas hit by floods in July"
            continue
        then = doc.search(doc.language.cues.then_clause, c.trigger.end, t.start) \
            if t.start > c.trigger.end else None
        if then is not None:  # another clause's date: it only bounds this event
            if then.group().lower().startswith("after"):
                after = t.past.earliest if after is None or t.past.earliest is None \
                    else max(after, t.past.earliest)
            else:
                before = earlier_of(before, t.past.latest)
            continue
        if not _seen_during_stay(doc, c, t) and (
                _in_reporting_clause(doc, c, t) or _of_the_speaker(doc, c, t)):
            report_latest = earlier_of(report_latest, t.past.latest)
        else:
            event_times.append(t)
    acts = [t for t in event_times if _of_another_trigger(doc, c, t)]
    if acts and len(acts) < len(event_times):  # "an official executed in 2015 ... last month"
        event_times = [t for t in event_times if t not in acts]
    return event_times, report_latest, DateRange(after, before)


def _of_another_trigger(doc: DocContext, c: Candidate, t: TimeMention) -> bool:
    """ "The wife and two children of a senior official executed in 2015 were sent to a camp
    last month": a date right after another act, before the trigger, is that act's."""
    if t.end > c.trigger.start:
        return False
    other = doc.trigger_ending_at(max(0, t.start - _ACT_TO_DATE), t.start)
    if other is None or other[1] > t.start or other[0] >= c.trigger.start or \
            other[0] < doc.sentences[c.sentence].start:
        return False
    # a participle after a noun ("an official executed in 2015"), not the verb of the
    # clause ("she was sentenced in 2021 by a provincial court")
    before = doc.text[max(0, other[0] - 12) : other[0]]
    return bool(before.strip()) and doc.language.cues.passive_be.search(before) is None and \
        before.rstrip()[-1:].isalpha()


_ACT_TO_DATE = 4  # characters between an act and its date: " in "


def _same_period_start(doc: DocContext, c: Candidate, t: TimeMention) -> dt.date | None:
    """ "handed over on 27 May, after they had been arrested earlier that month": the start
    of the month (week, year) of the later date, when the clause says it was the same."""
    _, hi = doc.clause(c.sentence, c.trigger.start, c.trigger.end)
    m = doc.search(doc.language.cues.earlier_that, c.trigger.end, hi)
    day = t.past.latest
    if m is None or day is None or t.past.earliest is None:
        return None
    unit = m["unit"].lower()
    if unit == "year":
        return dt.date(day.year, 1, 1)
    if unit == "month":
        return dt.date(day.year, day.month, 1)
    return day - dt.timedelta(days=day.weekday())


def _stated_time(doc: DocContext, c: Candidate, clause: tuple[int, int],
                 event_times: list[TimeMention]) -> tuple[TimeMention | None, bool]:
    """The date nearest the trigger, in its clause if there is one (the flag says so), else
    in the sentence, passing over relative clauses about someone else."""
    event_times = [t for t in event_times if not _since_of_another(doc, c, clause, t)]
    own = [t for t in event_times if clause[0] <= t.start < clause[1]]
    ending = [t for t in own if _ends_relative_clause(doc, c, clause, t)]
    if ending:  # "a student who went missing a week ago has been released": not its date
        own = [t for t in own if t not in ending]
        event_times = [t for t in event_times if t not in ending]
    if any(t.start >= c.trigger.end for t in own):  # "detained since 2022 was deported on Monday"
        own = [t for t in own if t.start >= c.trigger.end or not doc.search(
            doc.language.cues.since_before, max(0, t.start - 10), t.start)]
    if not own:  # "a woman who was repatriated in October died ... in late December"
        others = [t for t in event_times if _in_other_relative_clause(doc, c, t, people=True)]
        rest = [t for t in event_times if t not in others]
        # "released John Short, who was detained last month": the date of what ended by then
        told = [t for t in others if c.type in _ENDS_CUSTODY and _clause_tells_event(doc, c, t)]
        event_times = rest or [t for t in event_times if t not in told]
        # "arrested 2021; died in custody, 2022": not across a semicolon when one is not
        event_times = [t for t in event_times if not _across_semicolon(doc, c, t)] or \
            event_times
    return nearest(own or event_times, c, clause), bool(own)


def _across_semicolon(doc: DocContext, c: Candidate, t: TimeMention) -> bool:
    lo, hi = (t.end, c.trigger.start) if t.end <= c.trigger.start else (c.trigger.end, t.start)
    return ";" in doc.text[lo:hi]


def _narrative_date(doc: DocContext, c: Candidate, clause: tuple[int, int],
                    earlier: bool) -> tuple[DateRange, bool]:
    """For a sentence that dates nothing: the narrative's last date, moved on by a stated
    offset, before it for what had lasted, over the stay for repeated acts; else the period
    the report covers. The flag says a date was found."""
    found = _previous_time(doc, c.sentence)
    if found is None:
        if doc.coverage is None or c.announced or earlier:
            return DateRange(), False
        return doc.coverage.past, True  # an account over the period it covers
    previous, at = found
    date = previous.future if c.announced else previous.past
    for between in range(at + 1, c.sentence):  # "Two years later I was arrested again."
        moved = doc.language.find_later(doc.text, doc.sentences[between].start,
                                        doc.sentences[between].end)
        date = date if moved is None else _moved_on(date, moved)
    stay = _stay_told_between(doc, at, c.sentence)
    if stay and date.earliest is not None and doc.has(c.sentence, doc.language.cues.goes_on):
        # "They kept me in a cell for three months. ... Then I was tried": after the stay
        date = _moved_on(date, Offset(days=stay))
    span = doc.sentences[c.sentence]
    offset = doc.language.find_later(doc.text, span.start, span.end)
    if offset is not None:
        return _moved_on(date, offset), True
    had = doc.language.cues.pluperfect.search(doc.text, clause[0], clause[1])
    if not earlier and date.earliest is not None and c.type == "detention" and had and \
            not doc.search(doc.language.reporting, max(span.start, had.start() - 30), had.start()):
        # "Most had been held 2 years", not "Many said they had been held" (reported speech)
        return _before(doc, c.sentence, date.earliest), True
    if c.type in _REPEATED:
        return _over_the_stay(doc, c.sentence, date), True
    return date, True


_REPEATED = {"torture"}  # acts repeated over a stay take its period (spec 3.1)
_STAY_LOOKBACK = 3


def _before(doc: DocContext, index: int, narrative: dt.date) -> DateRange:
    """What had happened before the narrative's date: by then, and by a stated duration more
    ("had been held for two years" began two years before)."""
    days = doc.duration_days(index) or 0
    return DateRange(None, narrative - dt.timedelta(days=days))


def _over_the_stay(doc: DocContext, index: int, date: DateRange) -> DateRange:
    """Beatings during a stay that began at `date` and lasted a duration stated in this or
    the few sentences before ("every day for two months") take the whole stay."""
    if date.earliest is None or date.latest is None or (date.latest - date.earliest).days > 31:
        return date
    for back in range(index, max(-1, index - 1 - _STAY_LOOKBACK), -1):
        days = doc.duration_days(back)
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
    found = pattern.search(doc.text, max(0, lo - 8), lo)
    # "the execution, which took place on May 2": the clause tells of the trigger itself
    return found is not None and not (0 <= found.start() - c.trigger.end <= 2)


# A stay still going on: dated when it began, not by another clause of its sentence.
_STILL_HELD = {"detention.remains"}
_ENDS_CUSTODY = ("release", "amnesty", "death_in_custody", "execution")


def _ends_relative_clause(doc: DocContext, c: Candidate, clause: tuple[int, int],
                          t: TimeMention) -> bool:
    """ "a fisherman who drifted into South Korean waters in March was returned ... on April
    28": a date that ends a relative clause, right before the main verb, is that clause's."""
    if t.end > c.trigger.start:
        return False
    gap = doc.text[t.end : c.trigger.start]
    finite = doc.language.cues.finite_first
    # the main verb right after, or for the end of a custody its auxiliaries first ("who went
    # missing a week ago has been released"; "who escaped in the summer were caught" is close)
    verb = (not gap.strip() and finite.match(doc.text, c.trigger.start) is not None) or (
        c.type in _ENDS_CUSTODY and bool(gap.strip())
        and all(finite.fullmatch(w) for w in gap.split()))
    return verb and doc.search(doc.language.cues.relative_word, max(0, clause[0] - 8),
                               t.start) is not None


def _since_of_another(doc: DocContext, c: Candidate, clause: tuple[int, int],
                      t: TimeMention) -> bool:
    """ "who had been held in North Korea since 2014 has died": a stay's start, told of the
    verb before it, does not date the event that ended it."""
    return t.end <= c.trigger.start and c.type in _ENDS_CUSTODY and doc.search(
        doc.language.cues.since_before, max(0, t.start - 10), t.start) is not None and \
        doc.trigger_within(clause[0], t.start)


def _clause_tells_event(doc: DocContext, c: Candidate, t: TimeMention) -> bool:
    """Whether the relative clause of `t` tells an event of its own before it ("who was
    detained last month")."""
    lo, _ = doc.clause(c.sentence, t.start, t.end)
    return doc.trigger_within(max(0, lo - 8), t.start)


def _of_the_speaker(doc: DocContext, c: Candidate, t: TimeMention) -> bool:
    """ "A soldier who crossed the border last month said he had been sent ...", "One woman
    interviewed in March stated ...": a date in a clause on who speaks only bounds what they
    tell."""
    span = doc.sentences[c.sentence]
    cues = doc.language.cues
    return t.end <= c.trigger.start and (
        doc.search(cues.who_word, max(span.start, t.start - 80), t.start) is not None
        or doc.search(cues.heard, max(span.start, t.start - 20), t.start) is not None) \
        and doc.search(doc.language.reporting, t.end, c.trigger.start) is not None


def _seen_during_stay(doc: DocContext, c: Candidate, t: TimeMention) -> bool:
    """ "A woman who was detained at the centre in 2015 said a detainee died after being
    beaten": what the speaker saw inside happened during the stay the date gives."""
    span = doc.sentences[c.sentence]
    who = doc.search(doc.language.cues.who_word, max(span.start, t.start - 80), t.start)
    return c.type in _WITNESSED_INSIDE and t.end <= c.trigger.start and who is not None and \
        doc.search(doc.language.cues.held_there, who.end(), t.start) is not None


_WITNESSED_INSIDE = {"torture", "death_in_custody", "execution"}


def _in_reporting_clause(doc: DocContext, c: Candidate, t: TimeMention) -> bool:
    """A date in a clause that says who reported the news (not one in what they said: "told
    HRW that she was held ... in 2016")."""
    lo, hi = doc.clause(c.sentence, t.start, t.end)
    if t.end <= c.trigger.start and doc.language.reporting.match(
            doc.text, t.end + 1 if doc.text[t.end : t.end + 1] == " " else t.end) and \
            not doc.trigger_within(doc.sentences[c.sentence].start, t.start):
        return True  # "UN experts today expressed alarm at reports that ... executions"
    said = doc.search(doc.language.cues.said_just_before, max(0, t.start - 16), t.start)
    # (but an amnesty "announced in 2015" is that year's: announcing it grants it)
    if said is not None and not (c.type == "amnesty"
                                 and said.group().lower().startswith("announced")):
        return True  # "a missionary detained in North Korea for months said Monday that ..."
    fronted = doc.text[t.end : hi].strip(" ,") == ""  # "In 2020, a report documented ..."
    if lo <= c.trigger.start < hi or (fronted and t.start - lo <= _OPENS):
        # "In 2015 he acknowledged that he had been held ...", "In 2020, a report documented
        # the detention of ..."
        said = doc.search(doc.language.reporting, t.end, c.trigger.start) \
            if t.end <= c.trigger.start and t.start - lo <= _OPENS else None
        return said is not None and (c.trigger.start - said.end() <= _OBJECT or doc.search(
            doc.language.cues.that_word, said.end(), c.trigger.start) is not None)
    said = doc.search(doc.language.reporting, lo, hi)
    # not in what was said: "said that she was held in 2016", "said she was detained in 2017"
    return said is not None and not (said.end() <= t.start and (
        doc.search(doc.language.cues.that_word, said.end(), t.start)
        or doc.trigger_within(said.end(), t.start)))


_OPENS = 3  # characters before a date that opens its clause ("In 2015 ...", "- In 2015")
_OBJECT = 12  # characters from a reporting verb to the event it reports ("reported the execution")


def _previous_time(doc: DocContext, index: int) -> tuple[TimeMention, int] | None:
    """The last date of the nearest earlier sentence of the same paragraph that states one
    (or of the paragraph before, for "She was then sentenced ..."), with that sentence:
    narratives state the date once and go on without it (what "had" happened earlier is not
    where the narrative stands)."""
    reach = WITNESS_LOOKBACK if doc.first_person else LOOKBACK
    goes_on = doc.has(index, doc.language.cues.goes_on) or _paragraph_goes_on(doc, index)
    # "She was then sentenced ...", "2. He was held incommunicado for seven months ..."
    for back in range(index - 1, max(-1, index - 1 - reach), -1):
        if doc.paragraph_break(back) and not doc.first_person:
            if not goes_on:
                return None
            goes_on = False  # across one paragraph break, no more
        times = [t for t in doc.times(back) if t.duration_days is None
                 and t.precision in _INHERITED and not _told_as_before(doc, back, t)
                 and not doc.search(doc.language.cues.conducted, max(0, t.start - 20), t.start)
                 and not doc.in_relative_of_trigger(t.start)]
        if times:
            return times[-1], back
        stay = _stay_until_now(doc, back)
        if stay is not None:
            return stay, back
    return None


def _stay_until_now(doc: DocContext, index: int) -> TimeMention | None:
    """ "She has been held for more than a week at the detention cells": the stay so far, from
    the month it began to the report, as the narrative's time for what is told next."""
    pub = doc.published
    if pub is None:
        return None
    for t in doc.times(index):
        if t.duration_days and doc.search(doc.language.cues.held_so_far,
                                          doc.sentences[index].start, t.start):
            began = pub - dt.timedelta(days=t.duration_days)
            stay = DateRange(began.replace(day=1), pub)
            return replace(t, past=stay, future=stay, duration_days=None, precision="range")
    return None


def _stay_told_between(doc: DocContext, at: int, index: int) -> int:
    """The length of a stay told in the sentences from the narrative's date up to `index`
    ("They kept me in a cell for three months"), in days; 0 when none is told."""
    return next((days for back in range(at, index)
                 if (days := doc.duration_days(back) or 0)), 0)


def _opens_paragraph(doc: DocContext, index: int) -> bool:
    """Whether sentence `index` opens its paragraph (after its number, "2.", if any)."""
    if index > 0 and doc.language.cues.item_number.fullmatch(doc.sentence_text(index - 1)):
        index -= 1
    return index > 0 and doc.paragraph_break(index - 1)


def _paragraph_goes_on(doc: DocContext, index: int) -> bool:
    """Whether the paragraph of sentence `index` goes on from the one before: it opens with a
    pronoun ("2. He was held incommunicado ...") or names the person the one before named
    ("6. The source reports that Mr. Ri was held ..."); its later sentences go on with it."""
    opener = _paragraph_start(doc, index)
    if opener > 0 and doc.language.cues.item_number.fullmatch(doc.sentence_text(opener)):
        opener += 1  # "4." standing as a sentence of its own
    if opener > index or not _opens_paragraph(doc, opener):
        return False
    return doc.language.cues.pronoun_opens.match(doc.text, doc.sentences[opener].start) \
        is not None or _named_again(doc, opener)


def _named_again(doc: DocContext, index: int) -> bool:
    """Whether sentence `index` names a person by title ("Mr. Ri") that the paragraph before
    it named: the same person's story goes on."""
    span = doc.sentences[index]
    names = {m.group() for m in doc.language.cues.titled_name.finditer(doc.text, span.start,
                                                                       span.end)}
    if not names:
        return False
    first = _paragraph_start(doc, index)  # this paragraph's, then the one before it
    before = doc.text[doc.sentences[_paragraph_start(doc, max(0, first - 1))].start : span.start]
    return any(name in before for name in names)


def _paragraph_start(doc: DocContext, index: int) -> int:
    """The first sentence of the paragraph holding sentence `index`."""
    while index > 0 and not doc.paragraph_break(index - 1):
        index -= 1
    return index


def _told_as_before(doc: DocContext, index: int, t: TimeMention) -> bool:
    """A date of what "had" happened ("had died in the summer") is not the narrative's time."""
    lo, hi = doc.clause(index, t.start, t.end)
    before = doc.language.cues.pluperfect.search(doc.text, lo, hi)
    # "In August 2016 I heard that he had been sent": the date is the hearing's
    return before is not None and not (t.end <= before.start() and doc.search(
        doc.language.cues.learning, t.end, before.start()) is not None)


_INHERITED = ("day", "month", "range", "season", "year")


def _bounded_by_publication(doc: DocContext, date: DateRange, announced: bool) -> DateRange:
    """Reported events happened by the publication date; announced ones have not yet."""
    pub = doc.published
    if pub is None:
        return date
    if announced:
        return DateRange(pub, date.latest) if date.earliest is None and (
            date.latest is None or date.latest >= pub) else date
    if date.earliest is not None and date.earliest > pub:
        return date
    if date.latest is None or date.latest > pub:
        return DateRange(date.earliest, pub)
    return date
