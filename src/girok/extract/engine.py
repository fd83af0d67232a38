"""The extraction engine: a pure function of (text, publication date, gazetteer, version).

Triggers are found in one compiled pass; only the sentences that hold one are analysed.
Mentions of the same occurrence are merged into one event with several evidence spans.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from functools import cache

from girok.extract import caseless, slots
from girok.extract.candidates import Candidate, find_candidates
from girok.extract.context import DocContext
from girok.extract.language import Language, get_language
from girok.extract.names import NameMatcher, NameMention
from girok.gazetteer import Gazetteer
from girok.records import DateRange, Event, Extraction, Figure, Span, Victims

VERSION = "0.1.0"
def engine_name(language: str) -> str:
    """The versioned name stored with every event the engine produces."""
    return f"girok-rules-{language}/{VERSION}"


@cache
def _matcher(gaz: Gazetteer) -> NameMatcher:
    places = {form: pid for form, pid in gaz.surface_forms("place").items()
              if not form.endswith(("Korean", "Korea's"))}  # nationality, not location
    facilities = {form: fid for form, fid in gaz.surface_forms("facility").items()
                  if form not in places or _named_after_county(gaz, places[form])}
    return NameMatcher({"facility": facilities, "place": places,
                        "organization": gaz.surface_forms("organization")})


def _named_after_county(gaz: Gazetteer, place_id: str) -> bool:
    """A camp called by its county's name ("Yodok") is meant; a city's name ("Chongjin") not."""
    entry = gaz.get(place_id)
    return entry is not None and entry.category == "county"


def extract(text: str, *, doc_id: str = "", published: dt.date | None = None,
            gazetteer: Gazetteer | None = None, language: str = "en",
            prefer_stated: bool = True) -> Extraction:
    """Every detention event in `text`, with evidence spans, slots, figures and relevance.

    The publication date stated in the text wins and `published` fills in when there is
    none; with `prefer_stated=False`, a given `published` wins (ingest's option, metadata).
    """
    lang = get_language(language)
    gaz = gazetteer or Gazetteer.load()
    if published is None or prefer_stated:
        published = lang.find_publication_date(text) or published
    names = _matcher(gaz).find(text)
    names = sorted(names + _described_facilities(text, names, lang, gaz),
                   key=lambda n: (n.start, n.end))
    doc = DocContext(text, published, lang, lang.sentences(text), names)
    engine = engine_name(lang.code)
    candidates = _with_court_pairs(doc, _moves_in_transfers(find_candidates(doc)))
    lead = doc.sentences[min(len(doc.sentences), 4) - 1].end if doc.sentences else 0
    candidates = [part for c in candidates for part in _one_by_one(doc, c)]
    built = [_event(doc, gaz, c, engine) for c in candidates]
    built = [replace(e, victims=_ONE) if e.rule.endswith(".one_by_one") else e for e in built]
    told = {e.evidence[0]: slots.group_victims(doc, c)
            for c, e in zip(candidates, built, strict=True) if e.victims == Victims()}
    merged = _merge(_durations(doc, built), text, lead, gaz, one_story=not doc.first_person,
                    again=lang.cues.again)
    events = [_told_group(e, told) for e in merged]
    events = _released_by_amnesty(doc, _sentence_then_arrival(doc, events, gaz))
    events = _held_on_return(doc, events)
    figures = _figures(doc, gaz, events, engine)
    facilities = doc.facility_ids
    relevant = bool(events or facilities or len(lang.relevance.findall(text)) >= 3)
    return Extraction(doc_id, relevant, doc.published, tuple(events), tuple(facilities),
                      tuple(figures), engine)


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


def _arrival_after(doc: DocContext, sentenced: Event, arrival: Event) -> bool:
    if not (sentenced.type == arrival.type == "detention"
            and "sentence" in sentenced.rule and arrival.rule.startswith("detention.sent_to")):
        return False
    if sentenced.facility not in (None, arrival.facility) or (
            sentenced.victims != Victims() and arrival.victims != Victims()
            and sentenced.victims != arrival.victims):
        return False
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
            if back is not None and doc.language.cues.on_return.search(
                    doc.text, first.start, first.end):
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


def _told_group(e: Event, told: dict[Span, Victims]) -> Event:
    """An event with no count of its own takes the count of the group its subject names."""
    if e.victims != Victims():
        return e
    found = next((told[s] for s in e.evidence if told.get(s, Victims()) != Victims()), None)
    return e if found is None else replace(e, victims=found)


def _one_by_one(doc: DocContext, c: Candidate) -> list[Candidate]:
    """ "Two returnees have died, one from cold at Onsong in December and one in Sinuiju in
    January": each one told with its own details is an event of its own (spec rule 6)."""
    span = doc.sentences[c.sentence]
    items = list(doc.language.cues.one_by_one.finditer(doc.text, c.trigger.end, span.end))
    if c.type not in _ENUMERATED or len(items) < 2:
        return [c]
    ends = [m.start("item") for m in items[1:]] + [span.end]
    parts = []
    for m, end in zip(items, ends, strict=True):
        start = m.start("item")
        while end > start and doc.text[end - 1] in _TRAILING:
            end -= 1
        if doc.text[start:end].endswith(" and"):
            end -= 4
        parts.append(replace(c, trigger=Span(start, m.end("item")), evidence=Span(start, end),
                             rule=f"{c.rule}.one_by_one"))
    return parts


_TRAILING = " \t\n,;:.!?"


_ENUMERATED = {"death_in_custody", "execution", "release"}


def _moves_in_transfers(found: list[Candidate]) -> list[Candidate]:
    """ "Most were transferred to Camp 16, while a smaller group was sent to Camp 25": a
    sending told beside a transfer moves prisoners too; it is a transfer, not a detention."""
    moving = {c.sentence for c in found if c.type == "transfer"}
    return [replace(c, type="transfer", rule="transfer.beside_transfer")
            if c.type == "detention" and c.rule.startswith("detention.sent_to")
            and c.sentence in moving else c
            for c in found]


def _with_court_pairs(doc: DocContext, found: list[Candidate]) -> list[Candidate]:
    """Spec rule 8: a court sentence is a trial and a detention; add the missing half."""
    lang: Language = doc.language
    have = {(c.sentence, c.type) for c in found}
    extra = []
    for c in found:
        sentence = doc.sentence_text(c.sentence)
        if c.type == "detention" and c.rule.startswith("detention.sentence") and \
                lang.court.search(sentence) and (c.sentence, "trial") not in have:
            extra.append(replace(c, type="trial", rule="trial.court_sentence"))
        if c.type == "trial" and lang.cues.sentenced_to_prison.search(sentence) and \
                (c.sentence, "detention") not in have:
            extra.append(replace(c, type="detention", rule="detention.court_sentence"))
    return sorted(found + extra, key=lambda c: (c.trigger.start, c.type))


def _event(doc: DocContext, gaz: Gazetteer, c: Candidate, engine: str) -> Event:
    facility = slots.event_facility(doc, gaz, c)
    date, from_context = slots.event_date(doc, c)
    victims = slots.event_victims(doc, c)
    if c.type == "detention" and victims == _ONE:
        date = slots.when_it_began(date)
    return Event(
        type=c.type, evidence=(c.evidence,), date=date,
        place=slots.event_place(doc, gaz, c, facility), facility=facility, victims=victims,
        perpetrator=slots.event_perpetrator(doc, c), announced=c.announced,
        confidence=_confidence(c, date, facility, victims, from_context), rule=c.rule,
        engine=engine,
        date_from_context=from_context,
    )


def _durations(doc: DocContext, events: list[Event]) -> list[Event]:
    """Spec 3.1: a stated start plus a stated duration fixes the end. A release whose own
    sentence gives a duration ("released after ten years") and no date of its own ends the
    latest earlier detention with a known start."""
    out: list[Event] = []
    for e in events:
        if e.type == "release" and (e.date.earliest is None or e.date_from_context):
            start = next((d for d in reversed(out) if d.type == "detention"
                          and d.date.earliest is not None and not d.date_from_context), None)
            index = doc.sentence_index(e.evidence[0].start)
            days = next((t.duration_days for t in doc.times(index) if t.duration_days), None)
            if start is not None and days and start.date.earliest is not None:
                begin = start.date.earliest + dt.timedelta(days=days)
                end = (start.date.latest or start.date.earliest) + dt.timedelta(days=days)
                limit = doc.published if e.date_from_context else e.date.latest
                if limit is None or begin <= limit:
                    e = replace(e, date=DateRange(begin, min(end, limit or end)),
                                date_from_context=False)
        out.append(e)
    return out


def _confidence(c: Candidate, date: DateRange, facility: str | None, victims: Victims,
                from_context: bool) -> float:
    """How sure the rule is: more for each slot the sentence itself fills, less for habits."""
    stated_date = date != DateRange() and not from_context
    score = 0.55 + 0.1 * stated_date + 0.1 * (facility is not None)
    score += 0.1 * (victims != Victims()) + 0.05 * c.witness - 0.15 * c.generic_cue
    return round(min(0.95, max(0.05, score)), 2)


def _merge(events: list[Event], text: str, lead: int, gaz: Gazetteer,
           one_story: bool = True, again: re.Pattern[str] | None = None) -> list[Event]:
    """Mentions of one occurrence become one event: same type, no conflicting slot, and a
    shared facility, date or count, or nothing specific of their own (a headline, a recap)."""
    merged: list[Event] = []
    for event in events:
        same_type = [i for i, other in enumerate(merged) if other.type == event.type]
        for i in same_type:
            other = merged[i]
            if _compatible(other, event) and not _once_more(text, other, event, again) and (
                    _both_again(text, other, event, again)
                    or _shared(other, event, one_story) or _restated(text, other, event)
                    or (_bare(event) and (event.evidence[0].start < lead
                                          or len(same_type) == 1))
                    or (len(same_type) == 1 and other.victims == event.victims == _ONE
                        and not (other.date_from_context or event.date_from_context))):
                merged[i] = _combine(other, event, gaz)
                break
        else:
            merged.append(event)
    return merged


_ONE = Victims(1, 1)
_CONTENT = re.compile(r"\w{4,}|\d+")  # content words, roughly, in any script


def _restated(text: str, a: Event, b: Event) -> bool:
    """Whether b's passage repeats much of a's wording (a headline and its lead, a recap)."""
    words_b = {w.lower() for s in b.evidence for w in _CONTENT.findall(text[s.start : s.end])}
    for s in a.evidence:
        words_a = {w.lower() for w in _CONTENT.findall(text[s.start : s.end])}
        smaller = min(len(words_a), len(words_b))
        if smaller >= 6 and len(words_a & words_b) / smaller >= 0.5:
            return True
    return False


def _bare(e: Event) -> bool:
    return e.date.earliest is None and e.facility is None and e.victims == Victims() \
        and e.place is None


def _shared(a: Event, b: Event, one_story: bool) -> bool:
    """Positive evidence that two compatible mentions tell one occurrence. In a report that
    follows one story a single person counts as specific; in a witness's account, where the
    witness and relatives each go through it, only a group's count does."""
    def specific(e: Event) -> bool:
        return (e.date.earliest is not None and not e.date_from_context) or (
            e.victims != Victims() and (one_story or e.victims != _ONE))
    if a.facility and a.facility == b.facility and specific(a) and specific(b):
        return True  # a facility alone does not join two accounts of what happens there
    if a.victims != Victims() and a.victims == b.victims and (a.victims.min or 0) >= 2:
        return True  # the same group; one person and another are not shown to be one
    if a.place and a.place == b.place and a.place != "north-korea" and (
            specific(a) and specific(b)):
        return True
    if a.type == "amnesty":
        return True  # a document rarely reports two amnesties with nothing to tell them apart
    return a.date.earliest is not None and b.date.earliest is not None and a.date == b.date


def _once_more(text: str, a: Event, b: Event, again: re.Pattern[str] | None) -> bool:
    """ "all 600 were re-arrested": a mention that says it happened again is another
    occurrence than one that does not."""
    if again is None:
        return False
    def says(e: Event) -> bool:
        return any(again.search(text, s.start, s.end) for s in e.evidence)
    return says(a) != says(b)


def _both_again(text: str, a: Event, b: Event, again: re.Pattern[str] | None) -> bool:
    """Two mentions of "the re-arrest": the same second occurrence."""
    return again is not None and all(
        any(again.search(text, s.start, s.end) for s in e.evidence) for e in (a, b))


def _compatible(a: Event, b: Event) -> bool:
    if a.type != b.type:
        return False
    if a.facility and b.facility and a.facility != b.facility:
        return False
    if not (_dates_overlap(a.date, b.date) or a.date_from_context or b.date_from_context):
        return False
    return not (a.victims != Victims() and b.victims != Victims() and a.victims != b.victims)


def _dates_overlap(a: DateRange, b: DateRange) -> bool:
    if a.earliest is None and b.earliest is None:
        return True
    lo = max((d for d in (a.earliest, b.earliest) if d), default=None)
    hi = min((d for d in (a.latest, b.latest) if d), default=None)
    return lo is None or hi is None or lo <= hi


def _combine(a: Event, b: Event, gaz: Gazetteer) -> Event:
    evidence = tuple(dict.fromkeys((*a.evidence, *b.evidence)))
    return replace(
        a, evidence=evidence, date=_merged_date(a, b),
        place=_more_specific(gaz, a.place, b.place), facility=a.facility or b.facility,
        victims=a.victims if a.victims != Victims() else b.victims,
        perpetrator=a.perpetrator or b.perpetrator, announced=a.announced or b.announced,
        date_from_context=a.date_from_context and b.date_from_context,
        confidence=round(min(0.95, max(a.confidence, b.confidence) + 0.05), 2),
        rule=a.rule if b.rule in a.rule.split("+") else f"{a.rule}+{b.rule}",
    )


def _merged_date(a: Event, b: Event) -> DateRange:
    """A date the sentence states wins over one read from context."""
    if a.date_from_context and not b.date_from_context and b.date != DateRange():
        return b.date
    if b.date_from_context and not a.date_from_context and a.date != DateRange():
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


def _described_facilities(text: str, names: list[NameMention], lang: Language,
                          gaz: Gazetteer) -> list[NameMention]:
    """Facilities identified by kind and place ("the political prison camp in Chongjin", "the
    Onsong holding centre"), as name mentions spanning the description."""
    found = []
    folded = caseless.fold(text)
    kind_word = _any_word(lang.facility_kind_words)
    for place in names:
        if place.kind != "place":
            continue
        for lo, hi in ((max(0, place.start - 60), place.start), (place.end, place.end + 40)):
            if not kind_word.search(text[lo:hi].lower()):
                continue
            for m in caseless.finditer(lang.facility_kind, text, folded, lo, hi):
                before = hi == place.start
                if (place.start - m.end() >= 20) if before else (m.start() - hi >= 3):
                    continue
                if lang.plural_kind.search(m.group()):
                    continue  # "holding centres in Onsong and Sinuiju": several, none named
                unique = gaz.unique_facility(m.lastgroup or "", place.id)
                if unique:
                    span = (m.start(), place.end) if before else (place.start, m.end())
                    found.append(NameMention(*span, "facility", unique))
    return found


@cache
def _any_word(words: tuple[str, ...]) -> re.Pattern[str]:
    """A pattern found in a text exactly when one of `words` is (one scan, not one each)."""
    return re.compile("|".join(map(re.escape, words)))


def _figures(doc: DocContext, gaz: Gazetteer, events: list[Event], engine: str) -> list[Figure]:
    """Population and count statements: a large count of prisoners with a figure cue, the
    year it is given for and who gave it."""
    taken = {s for e in events for s in e.evidence}
    cues = doc.language.cues
    figures = []
    for index, span in enumerate(doc.sentences):
        if span in taken or not doc.has(index, cues.figure_cue):
            continue
        sentence = doc.text[span.start : span.end]
        for count in doc.counts(index):
            noun = (count.noun or "").lower()
            held = doc.has(index, cues.figure_held)
            if not (noun in _PRISONER_NOUNS or (noun in _PEOPLE_NOUNS and held)):
                continue
            if max(count.min or 0, count.max or 0) < 100:
                continue
            what = "political_prisoners" if "political" in sentence.lower() else "prisoners"
            years = [t.past.earliest.year for t in doc.times(index)
                     if t.past.earliest is not None and t.duration_days is None]
            who = cues.attribution.search(sentence)
            facility = doc.names_in(span.start, span.end, "facility")
            figures.append(Figure(
                what, count.min, count.max, str(years[0]) if years else None,
                _source(who),
                facility[0].id if facility else None, (span,), engine))
            break
    return figures


def _source(match: re.Match[str] | None) -> str | None:
    """Who gave a figure, without a leading article; a bare pronoun names nobody."""
    if match is None:
        return None
    words = (match.group("a") or match.group("b") or "").split()
    while words and words[0].lower() in ("a", "an", "the"):
        words = words[1:]
    if not words or (len(words) == 1 and words[0].lower() in _PRONOUNS):
        return None
    return " ".join(words)


_PRONOUNS = {"we", "he", "she", "they", "it", "i", "you", "this", "that"}
_PRISONER_NOUNS = {"prisoners", "inmates", "detainees"}
_PEOPLE_NOUNS = {"people", "persons"}
