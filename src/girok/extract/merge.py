"""From mentions to events: mentions of one occurrence become one event with several
evidence spans, and events borrow what their neighbours state (a group's count, an
amnesty's date, the repatriation returnees were held after)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from girok.extract.context import DocContext
from girok.extract.language import Cues
from girok.gazetteer import Gazetteer
from girok.records import DateRange, Event, Span, Victims


def link_mentions(doc: DocContext, events: list[Event], gaz: Gazetteer,
                  told: dict[Span, Victims]) -> list[Event]:
    """Merge the mentions of one occurrence, then let each event take what the report tells
    of it elsewhere: the group count `told` for a mention's subject ("the detainees"), the
    sentence a detention began with, an amnesty's date, the repatriation before a holding."""
    lead = doc.sentences[min(len(doc.sentences), 4) - 1].end if doc.sentences else 0
    merged = _merge(_decreed_ahead(doc, events), _Passages(doc.text, doc.language.cues), lead, gaz,
                    one_story=not doc.first_person)
    linked = _group_named_again(merged, [_told_group(e, told) for e in merged], gaz)
    linked = _released_by_amnesty(doc, _served_there(doc, _sentence_then_arrival(doc, linked,
                                                                                 gaz), gaz))
    linked = _amnesty_takes_effect(linked)
    return _held_on_return(doc, linked)


def _decreed_ahead(doc: DocContext, events: list[Event]) -> list[Event]:
    """ "A decree was issued granting a special amnesty" in a report of an amnesty that "will
    take effect": with no date of its own, the decree announced that amnesty, not a past one."""
    if not any(e.type == "amnesty" and e.announced for e in events):
        return events
    decree = doc.language.cues.decree
    return [replace(e, announced=True, date=DateRange(None, None))
            if e.type == "amnesty" and not e.announced and e.date.earliest is None
            and doc.search(decree, e.evidence[0].start, e.evidence[0].end) else e
            for e in events]


def _group_named_again(merged: list[Event], linked: list[Event], gaz: Gazetteer) -> list[Event]:
    """ "About 600 North Koreans were returned on 9 October ... The returnees were taken
    across the border at Dandong": a mention whose only count is the group's, borrowed, tells
    the earlier event of that group when one of the two has no date of its own."""
    out: list[Event] = []
    for before, e in zip(merged, linked, strict=True):
        borrowed = before.victims == Victims() and e.victims != Victims()
        target = next((i for i in range(len(out) - 1, -1, -1) if out[i].type == e.type
                       and out[i].victims == e.victims), None) if borrowed else None
        # "the officials were shot in August" after an undated "execution of five officials"
        if target is not None and not (_undated(e) or _undated(out[target])):
            target = None
        if target is not None and _compatible(out[target], e) and \
                not _apart(gaz, out[target].place, e.place):
            out[target] = _combine(out[target], e, gaz)
            continue
        out.append(e)
    return out


def _undated(e: Event) -> bool:
    return e.date.earliest is None or e.date_from_context


def _sentence_then_arrival(doc: DocContext, events: list[Event], gaz: Gazetteer) -> list[Event]:
    """A sentence to prison and the arrival at the camp told just after it are one detention,
    dated at the sentence (spec 3.1: it began with the sentencing)."""
    out: list[Event] = []
    for e in events:
        at = next((i for i in range(len(out) - 1, max(-1, len(out) - 4), -1)
                   if out[i].type == "detention"), None)
        prior = out[at] if at is not None else None
        if at is not None and prior is not None and _arrival_after(doc, prior, e):
            out[at] = replace(_combine(prior, e, gaz), date=prior.date,
                              date_from_context=prior.date_from_context,
                              place=e.place if e.facility else prior.place or e.place)
            continue
        out.append(e)
    return out


def _served_there(doc: DocContext, events: list[Event], gaz: Gazetteer) -> list[Event]:
    """ "I was sent to the Jongori re-education camp. I served two years and was released":
    a term served, told right after an arrival at a facility, is that stay (dated by it)."""
    out: list[Event] = []
    served = doc.language.cues.served
    for e in events:
        first = e.evidence[0]
        at = next((i for i in range(len(out) - 1, max(-1, len(out) - 4), -1)
                   if out[i].type == "detention"), None)
        prior = out[at] if at is not None else None
        if at is not None and prior is not None and e.type == "detention" and \
                e.facility is None and prior.facility is not None and \
                served.search(doc.text, first.start, first.end) and \
                0 < doc.sentence_index(first.start) - doc.sentence_index(
                    prior.evidence[-1].start) <= 2 and e.victims == prior.victims and \
                not _named_apart(doc.text, doc.language.cues, prior, e):
            out[at] = replace(_combine(prior, e, gaz), date=prior.date,
                              date_from_context=prior.date_from_context,
                              place=prior.place, facility=prior.facility)
            continue
        out.append(e)
    return out


def _named_apart(text: str, cues: Cues, a: Event, b: Event) -> bool:
    """Whether the first passages of two events name people by different given names
    ("Chol-ho was sent to Camp 16" and "Chol-min was released"): two people."""
    def given(e: Event) -> str | None:
        m = cues.given_name.search(text, e.evidence[0].start, e.evidence[0].end)
        return m.group() if m else None
    name_a, name_b = given(a), given(b)
    return name_a is not None and name_b is not None and name_a != name_b


def _arrival_after(doc: DocContext, sentenced: Event, arrival: Event) -> bool:
    if not (sentenced.type == arrival.type == "detention" and "sentence" in sentenced.rule
            and (arrival.rule.startswith("detention.sent_to") or doc.language.cues.those_sentenced
                 .match(doc.text, arrival.evidence[0].start) is not None)):
        return False  # ("Those sentenced to prison terms were sent to the Hamhung kyohwaso")
    if sentenced.facility not in (None, arrival.facility) or (
            sentenced.victims != Victims() and arrival.victims != Victims()
            and sentenced.victims != arrival.victims):
        return False
    if doc.language.cues.kin_subject.match(doc.text, arrival.evidence[0].start):
        return False  # "His wife has been sent to ...": another person
    gap = doc.sentence_index(arrival.evidence[0].start) - \
        doc.sentence_index(sentenced.evidence[-1].start)
    return 0 < gap <= _ARRIVAL_GAP


_ARRIVAL_GAP = 4  # sentences between a sentence to prison and the arrival it leads to


def _held_on_return(doc: DocContext, events: list[Event]) -> list[Event]:
    """Returnees held "following their return", with no date of their own, were held from
    the repatriation the report dates before them."""
    out: list[Event] = []
    for e in events:
        if e.type == "detention" and e.date.earliest is None:
            first = e.evidence[0]
            back = next((r for r in reversed(out) if r.type == "repatriation"
                         and r.date.earliest is not None and not r.date_from_context), None)
            cues = doc.language.cues
            returned = cues.on_return.search(doc.text, first.start, first.end)
            if back is not None and returned is not None and not cues.pluperfect.search(
                    doc.text, first.start, returned.start()):  # "who had been held in China"
                e = replace(e, date=back.date, date_from_context=True)
        out.append(e)
    return out


def _released_by_amnesty(doc: DocContext, events: list[Event]) -> list[Event]:
    """A release told in the sentence of an amnesty, with no date of its own, happened when
    the amnesty did ("were granted the pardon, and hundreds were let go")."""
    amnesties = [e for e in events if e.type == "amnesty" and e.date.earliest is not None]
    out = []
    for e in events:
        if e.type == "release" and (e.date.earliest is None or e.date_from_context):
            here = {doc.sentence_index(s.start) for s in e.evidence}
            source = next((a for a in amnesties
                           if here & {doc.sentence_index(s.start) for s in a.evidence}), None)
            if source is not None:
                e = replace(e, date=source.date, date_from_context=True)
        out.append(e)
    return out


def _amnesty_takes_effect(events: list[Event]) -> list[Event]:
    """ "A decree on granting a general amnesty ... those convicted will be released from
    August 1": an announced amnesty without a day of its own takes effect on the day the
    announced release it brings is set for (spec 3.1: "will be granted amnesty on August 1")."""
    releases = [e for e in events if e.type == "release" and e.announced
                and e.date.earliest is not None and e.date.earliest == e.date.latest]
    if len(releases) != 1:
        return events
    day = releases[0].date
    return [replace(e, date=day) if e.type == "amnesty" and e.announced
            and e.date.earliest != e.date.latest and _within_range(day, e.date) else e
            for e in events]


def _within_range(day: DateRange, period: DateRange) -> bool:
    return (period.earliest is None or day.earliest is None or period.earliest <= day.earliest) \
        and (period.latest is None or day.latest is None or day.latest <= period.latest)


def _told_group(e: Event, told: dict[Span, Victims]) -> Event:
    """An event with no count of its own takes the count of the group its subject names."""
    if e.victims != Victims():
        return e
    found = next((told[s] for s in e.evidence if told.get(s, Victims()) != Victims()), None)
    return e if found is None else replace(e, victims=found)


def _merge(events: list[Event], passages: _Passages, lead: int, gaz: Gazetteer,
           one_story: bool = True) -> list[Event]:
    """Mentions of one occurrence become one event: same type, no conflicting slot, and a
    shared facility, date or count, or nothing specific of their own (a headline, a recap)."""
    merged: list[Event] = []
    titles = frozenset(e.evidence[0] for e in events
                       if e.evidence[0].start < lead and passages.no_stop(e.evidence[0]))
    for event in _one_passage(events, gaz, passages):
        same_type = [i for i, other in enumerate(merged) if other.type == event.type]
        if same_type and passages.same_occasion(event):
            i = same_type[-1]
            merged[i] = _combine(merged[i], event, gaz, passages.others(event))
            continue
        for i in same_type:
            other = merged[i]
            if _compatible(other, event, titles) and (not _apart(gaz, other.place, event.place)
                                              or _sent_out(other) or _sent_out(event)) and \
                    not _held_before_sentence(gaz, passages, other, event) and \
                    passages.again(other) == passages.again(event) and \
                    passages.the_rest(other) == passages.the_rest(event) and \
                    not passages.another_case(event) and \
                    not passages.case_opened_between(other, event) and \
                    (passages.kin(other) == passages.kin(event) or _bare(event)) and \
                    passages.seen(other) == passages.seen(event) and \
                    not passages.other_names(other, event) and \
                    (one_story or passages.someone_else(other) == passages.someone_else(event)) \
                    and (
                    passages.again(event)  # two mentions of "the re-arrest"
                    or (passages.named_again(event) and i == same_type[-1])
                    or _shared(other, event, one_story) or passages.restated(other, event)
                    or (_bare(event) and (event.evidence[0].start < lead
                                          or len(same_type) == 1))
                    or (len(same_type) == 1 and _nothing_new(gaz, event, other))
                    or (_headline_of(gaz, other, event, lead) and other.evidence[0] in titles)
                    or (len(same_type) == 1 and _sent_out(event))
                    or (len(same_type) == 1 and other.victims == event.victims == ONE
                        and not (other.date_from_context or event.date_from_context))
                    or (len(same_type) == 1 and _dated_within(event, other))):
                merged[i] = _combine(other, event, gaz)
                break
        else:
            merged.append(event)
    return merged


def _one_passage(events: list[Event], gaz: Gazetteer, passages: _Passages) -> list[Event]:
    """ "held a public trial last week at which two men were sentenced to death": mentions
    of one type in one passage, with no slot in conflict, are one occurrence."""
    out: list[Event] = []
    last: dict[tuple[str, Span], int] = {}  # the latest event of a type told in a passage
    for e in events:
        at = last.get((e.type, e.evidence[0]))
        if at is not None and _compatible(out[at], e) and not _apart(
                gaz, out[at].place, e.place) and not _held_before_sentence(gaz, passages,
                                                                           out[at], e):
            out[at] = _combine(out[at], e, gaz)
            continue
        last[(e.type, e.evidence[0])] = len(out)
        out.append(e)
    return out


ONE = Victims(1, 1)  # one identified person
_CONTENT = re.compile(r"\w{4,}|\d+")  # content words, roughly, in any script


class _Passages:
    """What merging reads from the passages of mentions, each read once: their wording, and
    whether they say it happened again ("all 600 were re-arrested": another occurrence than
    the first arrest, and one with every other mention of the re-arrest)."""

    def __init__(self, text: str, cues: Cues) -> None:
        self._text = text
        self._cues = cues
        self._of_kin: dict[Span, bool] = {}
        self._words: dict[Span, frozenset[str]] = {}
        self._says: dict[Span, bool] = {}
        self._opened: dict[Span, int | None] = {}

    def words(self, span: Span) -> frozenset[str]:
        """The content words of a passage, lower-cased."""
        if span not in self._words:
            found = _CONTENT.findall(self._text, span.start, span.end)
            self._words[span] = frozenset(w.lower() for w in found)
        return self._words[span]

    def again(self, e: Event) -> bool:
        """Whether a passage of the event says it happened again."""
        for span in e.evidence:
            if span not in self._says:
                self._says[span] = self._cues.again.search(
                    self._text, span.start, span.end) is not None
            if self._says[span]:
                return True
        return False

    def kin(self, e: Event) -> bool:
        """Whether the event's first passage is told of a relative ("His wife was sent ..."),
        another person than one told of without one."""
        span = e.evidence[0]
        if span not in self._of_kin:
            self._of_kin[span] = self._cues.kin_subject.match(self._text, span.start) is not None
        return self._of_kin[span]

    def seen(self, e: Event) -> bool:
        """Whether the event's first passage is what a witness saw befall another ("I saw a
        pregnant woman forced to ..."), not what befell the witness."""
        return self._first_says(e, self._cues.witness_saw)

    def named_again(self, e: Event) -> bool:
        """Whether the event's first passage opens with the event named by its noun as one
        told before ("The tribunal was held on Thursday")."""
        span = e.evidence[0]
        return self._cues.event_named_again.match(self._text, span.start, span.end) is not None

    def other_names(self, a: Event, b: Event) -> bool:
        """Whether two events are told of people with other given names."""
        return _named_apart(self._text, self._cues, a, b)

    def someone_else(self, e: Event) -> bool:
        """Whether the event's first passage tells of someone unnamed ("A man in the next cell
        was beaten"): in a witness's account, another than the witness."""
        span = e.evidence[0]
        return self._cues.someone_else.match(self._text, span.start, span.end) is not None

    def camp_term(self, e: Event) -> bool:
        """Whether the event's first passage names a kind of camp a term is served in."""
        return self._first_says(e, self._cues.camp_term)

    def pre_trial_kind(self, e: Event) -> bool:
        """Whether the event's first passage names a place of custody before trial ("the
        police detention center") as the kind of place."""
        return self._first_says(e, self._cues.pre_trial_kind)

    def same_occasion(self, e: Event) -> bool:
        """ "Two other defendants were tried at the same session": part of the one before."""
        return self._first_says(e, self._cues.same_occasion)

    def the_rest(self, e: Event) -> bool:
        """ "The rest were sentenced to ...": others than those told before."""
        return self._first_says(e, self._cues.the_rest)

    def another_case(self, e: Event) -> bool:
        """ "a 19-year-old in the same city was sentenced": told of someone else."""
        return self._first_says(e, self._cues.another_case)

    def case_opened_between(self, a: Event, b: Event) -> bool:
        """Whether the paragraph of b's first passage opened another case after a was told
        ("Another defector testified that her husband ... She believes he was sent ...")."""
        opened = self._case_opened(b.evidence[0])
        return opened is not None and opened >= a.evidence[-1].end

    def _case_opened(self, span: Span) -> int | None:
        """Where the last case opened in the paragraph before `span` ("Another defector
        testified ..."), read once per passage."""
        if span not in self._opened:
            para = max(self._text.rfind("\n\n", 0, span.start), 0)
            starts = [m.start() for cue in (self._cues.new_case, self._cues.another_case)
                      for m in cue.finditer(self._text, para, span.start)]
            self._opened[span] = max(starts, default=None)
        return self._opened[span]

    def others(self, e: Event) -> bool:
        """Whether the event's passage counts others than those told before."""
        return self._first_says(e, self._cues.other)

    def _first_says(self, e: Event, cue: re.Pattern[str]) -> bool:
        span = e.evidence[0]
        return cue.search(self._text, span.start, span.end) is not None

    def no_stop(self, span: Span) -> bool:
        """Whether a passage ends with no full stop: a headline's."""
        return not self._text[span.start : span.end].rstrip().endswith((".", "!", "?", "\"",
                                                                          "”"))

    def restated(self, a: Event, b: Event) -> bool:
        """Whether b's passage repeats much of a's wording (a headline and its lead, a recap)."""
        words_b = frozenset().union(*(self.words(s) for s in b.evidence))
        for s in a.evidence:
            words_a = self.words(s)
            smaller = min(len(words_a), len(words_b))
            if smaller >= 6 and len(words_a & words_b) / smaller >= 0.5:
                return True
        return False


_PRE_TRIAL = ("kuryujang", "jipkyulso")  # holding and interrogation centres


def _held_before_sentence(gaz: Gazetteer, passages: _Passages, a: Event, b: Event) -> bool:
    """ "sentenced to eight years in a re-education camp ... She was first held for three
    months at the Sinuiju holding centre": a stay before trial is not the prison term."""
    def pre_trial(e: Event) -> bool:
        entry = gaz.get(e.facility) if e.facility else None
        if entry is None:
            return e.facility is None and passages.pre_trial_kind(e)
        return entry.category in _PRE_TRIAL
    def sentence(e: Event) -> bool:
        entry = gaz.get(e.facility) if e.facility else None
        return any(rule.startswith("detention.sentence") for rule in e.rule.split("+")) or (
            entry is not None and entry.category in _CAMPS) or (  # "... sent to Jongori"
            e.facility is None and passages.camp_term(e) and not passages.pre_trial_kind(e))
    return (pre_trial(a) and sentence(b)) or (pre_trial(b) and sentence(a))


_CAMPS = ("kwanliso", "kyohwaso", "rodong-danryeondae")  # where a sentence, or none, is served


def _sent_out(e: Event) -> bool:
    """A foreigner North Korea sent out ("handed over at the airport in Beijing"): told where
    received, the same release as the one told where it was decided."""
    return e.type == "release" and "expelled(" in e.rule


def _headline_of(gaz: Gazetteer, headline: Event, e: Event, lead: int) -> bool:
    """A headline that names only the facility ("prisoners moved to Camp 16"), or only the
    place or one around it ("Smugglers caught in Sinuiju", "North Koreans detained in
    Vietnam"), tells the event the body dates or counts there."""
    named = headline.facility == e.facility if headline.facility is not None else \
        headline.place is not None and e.place is not None and (
            headline.place == e.place or headline.place in gaz.ancestors(e.place))
    return headline.evidence[0].start < lead and named and headline.victims == Victims() and \
        (headline.date.earliest is None or headline.date_from_context)


def _apart(gaz: Gazetteer, a: str | None, b: str | None) -> bool:
    """Two places, neither inside the other: two occurrences, not one."""
    return bool(a and b and a != b and a not in gaz.ancestors(b) and b not in gaz.ancestors(a))


def _dated_within(e: Event, vague: Event) -> bool:
    """ "held a public trial last week" ... "The trial was held on the 7th": the only other
    mention, stated on a day inside the first one's vaguer period."""
    d, v = e.date, vague.date
    return bool(d.earliest and d.latest and v.earliest and v.latest and d != v
                and not (e.date_from_context or vague.date_from_context)
                and v.earliest <= d.earliest and d.latest <= v.latest)


def _bare(e: Event) -> bool:
    return e.date.earliest is None and e.facility is None and e.victims == Victims() \
        and e.place is None


def _nothing_new(gaz: Gazetteer, e: Event, told: Event) -> bool:
    """ "They were shot by firing squad", "He was convicted of stealing a banner from a
    Pyongyang hotel": a mention with no date, facility or count of its own, only a place
    within the place of the one event of its type told before, or around it, is that event."""
    return e.date.earliest is None and e.facility is None and e.victims == Victims() and \
        e.place is not None and told.place is not None and (
            e.place == told.place or e.place in gaz.ancestors(told.place)
            or told.place in gaz.ancestors(e.place))


def _shared(a: Event, b: Event, one_story: bool) -> bool:
    """Positive evidence that two compatible mentions tell one occurrence. In a report that
    follows one story a single person counts as specific; in a witness's account, where the
    witness and relatives each go through it, only a group's count does."""
    def specific(e: Event) -> bool:
        return (e.date.earliest is not None and not e.date_from_context) or (
            e.victims != Victims() and (one_story or e.victims != ONE))
    if a.facility and a.facility == b.facility and specific(a) and specific(b):
        return True  # a facility alone does not join two accounts of what happens there
    if a.victims != Victims() and a.victims == b.victims and (a.victims.min or 0) >= 2:
        return True  # the same group; one person and another are not shown to be one
    dated = a.date.earliest is not None and b.date.earliest is not None
    counted = a.victims != Victims() and b.victims != Victims()
    if a.place and a.place == b.place and a.place != "north-korea" and (
            specific(a) and specific(b)) and (dated or counted):
        return True  # not one told only by its date and another only by its count
    if a.type == "amnesty":
        return True  # a document rarely reports two amnesties with nothing to tell them apart
    return a.date.earliest is not None and b.date.earliest is not None and a.date == b.date


def _compatible(a: Event, b: Event, titles: frozenset[Span] = frozenset()) -> bool:
    """No slot in conflict. Vague counts within each other's bounds agree when both mentions
    are dated, or one is an undated headline, one of `titles` ("hundreds" over "as many as
    600")."""
    if a.type != b.type:
        return False
    if a.facility and b.facility and a.facility != b.facility:
        return False
    if not (_dates_overlap(a.date, b.date) or a.date_from_context or b.date_from_context):
        return False
    return a.victims == Victims() or b.victims == Victims() or a.victims == b.victims or (
        _vaguely_counted(a, b) and ((_dated(a) and _dated(b)) or _undated_title(a, titles)
                                    or _undated_title(b, titles)))


def _dated(e: Event) -> bool:
    return e.date.earliest is not None and not e.date_from_context


def _undated_title(e: Event, titles: frozenset[Span]) -> bool:
    return e.evidence[0] in titles and e.date.earliest is None


def _vaguely_counted(a: Event, b: Event) -> bool:
    """ "more than 30 people" and "34 people", "hundreds" and "up to 600": maybe the same
    people, the counts overlapping and not both exact nor both open the same way; "five" and
    "seven", "dozens" and "hundreds" are not."""
    va, vb = a.victims, b.victims
    kinds = {"exact" if v.min is not None and v.max is not None else
             "at least" if v.min is not None else "at most" for v in (va, vb)}
    if len(kinds) != 2:
        return False
    lo = max(va.min or 0, vb.min or 0)
    hi = min(x for x in (va.max, vb.max, 10**9) if x is not None)
    return lo <= hi


def _dates_overlap(a: DateRange, b: DateRange) -> bool:
    if a.earliest is None and b.earliest is None:
        return True
    lo = max((d for d in (a.earliest, b.earliest) if d), default=None)
    hi = min((d for d in (a.latest, b.latest) if d), default=None)
    return lo is None or hi is None or lo <= hi


def _open(v: Victims) -> str | None:
    """Which bound a vague count leaves open ("more than 30": "max"), else None."""
    if (v.min is None) == (v.max is None):
        return None
    return "max" if v.max is None else "min"


def _combine(a: Event, b: Event, gaz: Gazetteer, added: bool = False) -> Event:
    """One event from two mentions; `added`: b's count is of others than a's ("two other
    defendants were tried at the same session"), so the counts add up."""
    evidence = tuple(dict.fromkeys((*a.evidence, *b.evidence)))
    victims = a.victims if a.victims != Victims() else b.victims
    if _open(victims) and ((b.victims.min is not None and b.victims.min == b.victims.max)
                           or (_open(b.victims) and _open(b.victims) != _open(victims))):
        victims = b.victims  # "more than 30" told again as "34"; "hundreds" as "up to 600"
    if added and a.victims != Victims() and b.victims != Victims():
        victims = Victims(_sum(a.victims.min, b.victims.min), _sum(a.victims.max, b.victims.max))
    return replace(
        a, evidence=evidence, date=_merged_date(a, b),
        place=_more_specific(gaz, a.place, b.place), facility=a.facility or b.facility,
        victims=victims,
        perpetrator=a.perpetrator or b.perpetrator, announced=a.announced or b.announced,
        date_from_context=a.date_from_context and b.date_from_context,
        confidence=round(min(0.95, max(a.confidence, b.confidence) + 0.05), 2),
        rule=a.rule if b.rule in a.rule.split("+") else f"{a.rule}+{b.rule}",
    )


def _sum(x: int | None, y: int | None) -> int | None:
    return None if x is None or y is None else x + y


def _merged_date(a: Event, b: Event) -> DateRange:
    """A date the sentence states wins over one read from context; a bare bound (the
    publication date a headline is capped by) does not, it only caps the other."""
    if a.date_from_context and not b.date_from_context and b.date.earliest is not None:
        return b.date
    if b.date_from_context and not a.date_from_context and a.date.earliest is not None:
        return a.date
    return _narrower(a.date, b.date)


def _more_specific(gaz: Gazetteer, a: str | None, b: str | None) -> str | None:
    """The place of two mentions: the one inside the other ("Chongjin" over its province)."""
    if a and b and a != b and gaz.get(b) is not None and a in gaz.ancestors(b):
        return b
    return a or b


def _narrower(a: DateRange, b: DateRange) -> DateRange:
    """The more precise of two compatible intervals, capped by the other's end."""
    merged = _narrower_raw(a, b)
    if merged.earliest and merged.latest and merged.earliest > merged.latest:
        return a
    return merged


def _narrower_raw(a: DateRange, b: DateRange) -> DateRange:
    if a.earliest is None:
        return DateRange(b.earliest, _min(a.latest, b.latest)) if b.earliest else \
            DateRange(None, _min(a.latest, b.latest))
    if b.earliest is None:
        return DateRange(a.earliest, _min(a.latest, b.latest))
    width_a = ((a.latest or dt.date.max) - a.earliest).days
    width_b = ((b.latest or dt.date.max) - b.earliest).days
    return a if width_a <= width_b else b


def _min(x: dt.date | None, y: dt.date | None) -> dt.date | None:
    return min(x, y) if x and y else x or y
