"""The extraction engine: a pure function of (text, publication date, gazetteer, version).

Triggers are found in one compiled pass; only the sentences that hold one are analysed.
Mentions of the same occurrence are merged into one event with several evidence spans
(`merge.py`).
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
from girok.extract.merge import ONE, link_mentions
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
    names = [n for n in _matcher(gaz).find(text)
             if n.kind != "place" or not lang.cues.river_after.match(text, n.end)]
    names = sorted(names + _described_facilities(text, names, lang, gaz),
                   key=lambda n: (n.start, n.end))
    names = sorted(names + _the_place_facility(text, names, lang, gaz),
                   key=lambda n: (n.start, n.end))
    names = _places_of_other_camps(text, names, lang, gaz)
    doc = DocContext(text, published, lang, lang.sentences(text), names, _countries(gaz, names))
    engine = engine_name(lang.code)
    candidates = _with_court_pairs(doc, _moves_in_transfers(doc, find_candidates(doc)))
    candidates = [part for c in candidates for part in _one_by_one(doc, c)]
    built = [_event(doc, gaz, c, engine) for c in candidates]
    built = [replace(e, victims=ONE) if e.rule.endswith("_one") else e
             for e in built]
    built = _sentenced_alike(doc, candidates, built)
    told: dict[Span, Victims] = {}
    for c, e in zip(candidates, built, strict=True):
        group = slots.group_victims(doc, c) if e.victims == Victims() else Victims()
        if group != Victims():  # events told in one passage share its key: keep a count found
            told.setdefault(e.evidence[0], group)
    events = link_mentions(doc, _stays_before_release(doc, _durations(doc, built)), gaz, told)
    about = _about_north_korea(doc, gaz, events)
    if not about:
        events = []  # detention elsewhere ("a military court in Myanmar sentenced ...")
    figures = _figures(doc, gaz, events, engine)
    facilities = list(dict.fromkeys([*doc.facility_ids, *(e.facility for e in events
                                                           if e.facility is not None)]))
    relevant = about and bool(events or facilities or len(lang.relevance.findall(text)) >= 3)
    return Extraction(doc_id, relevant, doc.published, tuple(events), tuple(facilities),
                      tuple(figures), engine)


def _places_of_other_camps(text: str, names: list[NameMention], lang: Language,
                           gaz: Gazetteer) -> list[NameMention]:
    """ "a labour training camp in Kyongsong": a county's name after a kind of camp of another
    type is the place, not the county's political prison camp (kwanliso-11)."""
    places = {(n.start, n.end) for n in names if n.kind == "place"}
    out = []
    for n in names:
        if n.kind == "facility" and (n.start, n.end) in places:
            kind = lang.cues.kind_in.search(text, max(0, n.start - 40), n.start)
            entry = gaz.get(n.id)
            named = kind and (lang.facility_kind.search(kind.group()) or None)
            if named is not None and entry is not None and named.lastgroup and \
                    named.lastgroup.replace("_", "-") != entry.category:
                continue
        out.append(n)
    return out


def _about_north_korea(doc: DocContext, gaz: Gazetteer, events: list[Event]) -> bool:
    """Whether the text is tied to North Korea (names it, a place or facility in it, or one
    of its bodies: the detention system girok records, spec 5). A story of detention in
    Russia or Xinjiang that compares it with North Korea at the end is not: one tie, a
    comparison after every event told, and none of them placed in North Korea."""
    tied = _tied_sentences(doc, gaz)
    if len(tied) != 1:
        return bool(tied)
    (tie,) = tied
    countries = {gaz.country_of(e.place) for e in events if e.place is not None}
    return "north-korea" in countries or any(
        doc.sentence_index(e.evidence[0].start) >= tie for e in events) or not doc.has(
        tie, doc.language.cues.compared)  # "as North Korea did", "similar abuse ... in"


def _tied_sentences(doc: DocContext, gaz: Gazetteer) -> set[int]:
    """The sentences that name North Korea, a place or facility in it, or one of its bodies
    (up to two: whether there are more does not matter)."""
    tied: set[int] = set()
    for name in doc.names:
        if name.kind == "facility" or (name.kind == "organization"
                                       and name.id not in _FOREIGN_BODIES) or (
                name.kind == "place" and gaz.country_of(name.id) == "north-korea"):
            tied.add(doc.sentence_index(name.start))
            if len(tied) > 1:
                return tied
    for m in doc.language.north_korea.finditer(doc.text):
        tied.add(doc.sentence_index(m.start()))
        if len(tied) > 1:
            return tied
    return tied


# Foreign bodies, and the country where what they do happens ("Chinese police took me away")
_FOREIGN_BODIES = {"chinese-public-security": "china"}


def _countries(gaz: Gazetteer, names: list[NameMention]) -> dict[str, str]:
    """The country each place, facility and foreign body named lies in or acts in."""
    out = {n.id: gaz.country_of(n.id) for n in names if n.kind != "organization"}
    out.update((n.id, _FOREIGN_BODIES[n.id]) for n in names if n.id in _FOREIGN_BODIES)
    return out


def _sentenced_alike(doc: DocContext, candidates: list[Candidate],
                     built: list[Event]) -> list[Event]:
    """Spec rule 8: the trial and the detention of one court sentence happened to the same
    people ("Choi was sentenced ... by the Supreme Court": the trial's trigger is the court);
    and verbs joined in one sentence share their subject ("Lim was detained in January and
    sentenced in December")."""
    counted = {(c.sentence, e.type): e.victims for c, e in zip(candidates, built, strict=True)
               if e.type in _SENTENCE_PAIR and e.victims != Victims()}
    imprisoned = {c.sentence: e.victims for c, e in zip(candidates, built, strict=True)
                  if e.rule == _TERM_BESIDE_DEATH and e.victims.min is not None
                  and e.victims.min == e.victims.max}
    out: list[Event] = []
    for i, (c, e) in enumerate(zip(candidates, built, strict=True)):
        other = _SENTENCE_PAIR.get(e.type)
        if other and e.victims == Victims() and (c.sentence, other) in counted:
            e = replace(e, victims=counted[(c.sentence, other)])
        elif e.type == "trial" and c.sentence in imprisoned and e.victims.min is not None and \
                e.victims.min == e.victims.max:  # three to death and 12 others to prison: 15
            e = replace(e, victims=Victims(e.victims.min + (imprisoned[c.sentence].min or 0),
                                           e.victims.max + (imprisoned[c.sentence].max or 0)))
        elif e.victims == Victims() and i > 0 and candidates[i - 1].sentence == c.sentence \
                and out[-1].victims != Victims() and _shares_subject(doc, c, out[-1]):
            e = replace(e, victims=out[-1].victims)
        out.append(e)
    return out


_SENTENCE_PAIR = {"trial": "detention", "detention": "trial"}
_TERM_BESIDE_DEATH = "detention.court_sentence_term"  # the prison terms beside death sentences


def _shares_subject(doc: DocContext, c: Candidate, before: Event) -> bool:
    """Whether the event befell whom the one before it in the sentence did: one person's
    verbs, or verbs joined by "and"; not "prisoners who died", nor a plural noun ("she
    reported that public executions took place")."""
    if doc.search(doc.language.cues.plural_who, max(0, c.trigger.start - 40), c.trigger.start):
        return False
    if c.rule in doc.language.cues.noun_rules and doc.text[c.trigger.end - 1] in "sS":
        return False
    return before.victims == ONE or _joined_verb(doc, c.trigger.start)


def _joined_verb(doc: DocContext, start: int) -> bool:
    """ "The couple were arrested ... and sent to a camp": a verb joined to the one before."""
    return doc.search(doc.language.cues.joined_verb, max(0, start - 20), start) is not None


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
    return parts if all(_has_details(doc, p.evidence) for p in parts) else [c]


def _has_details(doc: DocContext, item: Span) -> bool:
    """Whether an item of a list names its own place, facility or date."""
    return bool(doc.names_in(item.start, item.end)) or any(
        item.start <= t.start < item.end for t in doc.times(doc.sentence_index(item.start)))


_TRAILING = " \t\n,;:.!?"


_ENUMERATED = {"death_in_custody", "execution", "release"}


def _moves_in_transfers(doc: DocContext, found: list[Candidate]) -> list[Candidate]:
    """ "Most were transferred to Camp 16, while a smaller group was sent to Camp 25": a
    sending told beside a transfer moves prisoners too; it is a transfer, not a detention
    (being "placed in quarantine" before a transfer is not); so is one "then sent" on from a
    place of custody told before it in the sentence."""
    moving = {c.sentence for c in found if c.type == "transfer"}
    out = []
    held: set[int] = set()  # sentences that told a detention before the candidate
    for c in found:
        sending = c.type == "detention" and c.rule.startswith("detention.sent_to") and \
            doc.language.cues.to_or_from.search(doc.text, c.trigger.start, c.trigger.end)
        if sending and c.sentence in moving:
            c = replace(c, type="transfer", rule="transfer.beside_transfer")
        elif sending and c.sentence in held and _then_sent_on(doc, c):
            c = replace(c, type="transfer", rule="transfer.then_sent")
        if c.type == "detention":
            held.add(c.sentence)
        out.append(c)
    return out


def _then_sent_on(doc: DocContext, c: Candidate) -> bool:
    """ "held at the Musan jipkyulso for two weeks and then sent to the labour training camp":
    sent on ("then") from a place of custody told just before in the sentence: a transfer."""
    lo, _ = doc.clause(c.sentence, c.trigger.start, c.trigger.end)
    return doc.search(doc.language.cues.goes_on, max(0, lo - 6), c.trigger.start) is not None


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
        if c.type == "trial" and (c.sentence, "detention") not in have:
            span = doc.sentences[c.sentence]
            term = lang.cues.term_sentenced.search(doc.text, span.start, span.end) \
                if doc.has(c.sentence, lang.cues.to_death) else None
            if term is not None:  # "... to death and 12 others to between five and 15 years"
                extra.append(replace(c, type="detention", rule=_TERM_BESIDE_DEATH,
                                     trigger=Span(term.start(), term.end())))
            elif lang.cues.sentenced_to_prison.search(sentence):
                extra.append(replace(c, type="detention", rule="detention.court_sentence"))
            have.add((c.sentence, "detention"))
    return sorted(found + extra, key=lambda c: (c.trigger.start, c.type))


def _event(doc: DocContext, gaz: Gazetteer, c: Candidate, engine: str) -> Event:
    facility = slots.event_facility(doc, gaz, c)
    date, from_context = slots.event_date(doc, c)
    victims = slots.event_victims(doc, c)
    if c.type == "detention" and victims == ONE:
        date = slots.when_it_began(date)
    perpetrator = slots.event_perpetrator(doc, gaz, c) or (
        _body_of(gaz, facility) if facility is not None and c.type in _HELD_THERE else None)
    place = slots.event_place(doc, gaz, c, facility) or _FOREIGN_BODIES.get(perpetrator or "")
    return Event(
        type=c.type, evidence=(c.evidence,), date=date,
        place=place, facility=facility, victims=victims,
        perpetrator=perpetrator, announced=c.announced,
        confidence=_confidence(c, date, facility, victims, from_context), rule=c.rule,
        engine=engine,
        date_from_context=from_context,
    )


# Events at a facility that its operator does: holding, ill-treatment, executions inside.
_HELD_THERE = {"detention", "torture", "execution"}


@cache
def _body_of(gaz: Gazetteer, facility: str) -> str | None:
    """The state body a facility's own name names ("Onsong Ministry of State Security holding
    centre"): the body that holds people there."""
    entry = gaz.get(facility)
    if entry is None:
        return None
    bodies = {n.id for n in _matcher(gaz).find(entry.name) if n.kind == "organization"}
    return bodies.pop() if len(bodies) == 1 else None


def _durations(doc: DocContext, events: list[Event]) -> list[Event]:
    """Spec 3.1: a stated start plus a stated duration fixes the end. A release with no date
    of its own whose sentence gives a duration ("released after ten years"), or follows a
    detention's ("imprisoned for ten years; after his release"), ends the latest earlier
    detention with a known start."""
    out: list[Event] = []
    for e in events:
        if e.type == "release" and (e.date.earliest is None or e.date_from_context):
            index = doc.sentence_index(e.evidence[0].start)
            # the stay told with the release ("held ... for two months and then released"),
            # however it is dated, else the latest stay with a stated start
            start = next((d for d in reversed(out) if d.type == "detention"
                          and d.date.earliest is not None
                          and 0 <= index - doc.sentence_index(d.evidence[-1].start) <= 1),
                         None) or \
                next((d for d in reversed(out) if d.type == "detention"
                      and d.date.earliest is not None and not d.date_from_context), None)
            days = doc.duration_days(index)
            held = doc.sentence_index(start.evidence[-1].start) if start is not None else -9
            if not days and 0 <= index - held <= 1:  # "imprisoned for ten years. After his release"
                days = doc.duration_days(held)
            if start is not None and days and start.date.earliest is not None:
                begin = _later(start.date.earliest, days)
                end = _later(start.date.latest or start.date.earliest, days)
                limit = doc.published if e.date_from_context else e.date.latest
                if limit is None or begin <= limit:
                    e = replace(e, date=DateRange(begin, min(end, limit or end)),
                                date_from_context=False)
        out.append(e)
    return out


# Detentions told with their length ("spent two years in a prison", "detained for a month").
_STAY_RULES = {"detention.held", "detention.spent_in_name", "detention.detained_for",
               "detention.there"}


def _stays_before_release(doc: DocContext, events: list[Event]) -> list[Event]:
    """ "spent two years in a Chinese prison ... was released last week": a stay told with its
    length and the release that ended it, and dated by that release's date, began that long
    before (spec 3.1, durations; a detention is dated when it began)."""
    out = list(events)
    released = {(r.evidence[0], r.date) for r in events
                if r.type == "release" and not r.date_from_context}
    for i, e in enumerate(events):
        if e.type != "detention" or e.date_from_context or e.date.earliest is None or \
                not set(e.rule.split("+")) & _STAY_RULES:
            continue
        ended = (e.evidence[0], e.date) in released
        days = doc.duration_days(doc.sentence_index(e.evidence[0].start))
        if ended and days and e.date.latest is not None:
            out[i] = replace(e, date=DateRange(_later(e.date.earliest, -days),
                                               _later(e.date.latest, -days)))
    return out


def _later(day: dt.date, days: int) -> dt.date:
    """`day` moved on by a length of time: whole years as years ("ten years" after 1977 is
    1987, whatever the leap days)."""
    years, rest = divmod(days, 365)
    if rest:
        return day + dt.timedelta(days=days)
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def _confidence(c: Candidate, date: DateRange, facility: str | None, victims: Victims,
                from_context: bool) -> float:
    """How sure the rule is: more for each slot the sentence itself fills, less for habits."""
    stated_date = date != DateRange() and not from_context
    score = 0.55 + 0.1 * stated_date + 0.1 * (facility is not None)
    score += 0.1 * (victims != Victims()) + 0.05 * c.witness - 0.15 * c.generic_cue
    return round(min(0.95, max(0.05, score)), 2)


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
                if place.start - m.end() >= 20 if before else \
                        lang.cues.to_or_from.search(folded, place.end, m.start()):
                    continue  # "moved from Hoeryong to the kyohwaso": not Hoeryong's
                if before and lang.cues.not_in_place.search(text, m.end(), place.start):
                    continue  # "sent to rodong danryeondae as Hyesan tightens ...": not in it
                if lang.plural_kind.search(m.group()):
                    continue  # "holding centres in Onsong and Sinuiju": several, none named
                if len(gaz.ancestors(place.id)) <= 2 and not lang.cues.definite_before.search(
                        text, max(0, m.start() - 40), m.start()):
                    continue  # "a labour camp in North Hamgyong": one of a province's, unnamed
                unique = gaz.unique_facility(m.lastgroup or "", place.id)
                if unique and not slots.run_by_another(text, m.start(), gaz, unique, lang):
                    span = (m.start(), place.end) if before else (place.start, m.end())
                    found.append(NameMention(*span, "facility", unique))
    return found


def _the_place_facility(text: str, names: list[NameMention], lang: Language,
                        gaz: Gazetteer) -> list[NameMention]:
    """ "moved to the Kaechon facility": the one facility named before that lies there."""
    found = []
    for place in names:
        if place.kind != "place" or not lang.cues.the_before_place.search(
                text, max(0, place.start - 6), place.start):
            continue
        kind = lang.cues.generic_facility_after.match(text, place.end)
        if kind is None:
            continue
        before = {n.id for n in names if n.kind == "facility" and n.end <= place.start
                  and gaz.facility_place(n.id) == place.id}
        if len(before) == 1:
            found.append(NameMention(place.start, kind.end(), "facility", before.pop()))
    return found


@cache
def _any_word(words: tuple[str, ...]) -> re.Pattern[str]:
    """A pattern found in a text exactly when one of `words` is (one scan, not one each)."""
    return re.compile("|".join(map(re.escape, words)))


def _figures(doc: DocContext, gaz: Gazetteer, events: list[Event], engine: str) -> list[Figure]:
    """Population and count statements: a large count of prisoners with a figure cue, or of
    deaths or executions over a period, the year it is given for and who gave it."""
    taken = {s for e in events for s in e.evidence}
    cues = doc.language.cues
    figures = []
    for index, span in enumerate(doc.sentences):
        if span in taken or not doc.has(index, cues.figure_cue):
            continue
        sentence = doc.text[span.start : span.end]
        for count in doc.counts(index):
            what = _figure_kind(doc, index, count.noun, sentence)
            if what is None or max(count.min or 0, count.max or 0) < _FIGURE_MIN:
                continue
            facility = doc.names_in(span.start, span.end, "facility")
            facility_id = facility[0].id if facility else _the_facility(doc, index)
            figures.append(Figure(
                what, count.min, count.max, _figure_year(doc, index),
                _attributed_to(doc, sentence),
                facility_id, (span,), engine))
            break
    return figures


_FIGURE_MIN = 100  # smaller counts are cases, not figures


def _the_facility(doc: DocContext, index: int) -> str | None:
    """The facility "the camp" or "the facility" in sentence `index` refers to (not "the
    camps"): the one named just before."""
    m = doc.first(index, doc.language.cues.the_camp)
    if m is None or doc.language.cues.plural_after.match(doc.text, m.end()) or \
            doc.language.cues.named_body_after.match(doc.text, m.end()):
        return None  # "the camps"; "the Database Center for North Korean Human Rights"
    return doc.facility_before(doc.sentences[index].start)


def _figure_kind(doc: DocContext, index: int, noun: str | None, sentence: str) -> str | None:
    """What a count in a figure sentence counts: prisoners (political or not), deaths,
    executions, repatriations; None for anything else."""
    cues = doc.language.cues
    rate = doc.has(index, cues.figure_rate)
    if rate and doc.has(index, cues.figure_executions):
        return "executions"
    if rate and doc.has(index, cues.figure_deaths):
        return "deaths"
    if rate and doc.has(index, cues.figure_repatriations):
        return "repatriations"
    noun = (noun or "").lower()
    if noun in cues.prisoner_nouns or (noun in cues.people_nouns
                                       and doc.has(index, cues.figure_held)):
        return "political_prisoners" if cues.political.search(sentence) else "prisoners"
    return None


def _figure_year(doc: DocContext, index: int) -> str | None:
    """The year a figure is given for: one its sentence states, else the year the report
    covers, else its publication year."""
    years = [(t.past.latest or t.past.earliest).year if t.precision == "range"
             else t.past.earliest.year for t in doc.times(index)
             if t.past.earliest is not None and t.duration_days is None]
    if years:
        return str(years[0])  # a period's last year: "between 2000 and 2020" is as of 2020
    if doc.report_year is not None and doc.report_year.earliest is not None:
        return str(doc.report_year.earliest.year)
    return str(doc.published.year) if doc.published is not None else None


def _attributed_to(doc: DocContext, sentence: str) -> str | None:
    """Who gave a figure: "according to X" first, else the first "X estimated" naming one."""
    cues = doc.language.cues
    found = sorted(cues.attribution.finditer(sentence), key=lambda m: m.group("a") is None)
    return next((who for m in found
                 if (who := _source(m, cues.articles, cues.no_source_words)) is not None), None)


_SOURCE_KINDS = frozenset("estimates estimate figures data statistics sources reports report "
                          "analysis".split())


def _source(match: re.Match[str] | None, articles: frozenset[str],
            no_source: frozenset[str]) -> str | None:
    """Who gave a figure, without a leading article; a bare pronoun names nobody."""
    if match is None:
        return None
    words = (match.group("a") or match.group("b") or "").split()
    if "by" in words[:-1]:  # "according to satellite analysis by the Committee for ..."
        words = words[len(words) - words[::-1].index("by") :]
    while words and words[0].lower() in articles:
        words = words[1:]
    while len(words) > 1 and words[-1].lower() in _SOURCE_KINDS:
        words = words[:-1]  # "UN estimates": the UN
    if not words or (len(words) == 1 and words[0].lower() in no_source):
        return None
    return " ".join(words)
