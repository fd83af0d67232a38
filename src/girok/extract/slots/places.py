"""Where an event happened: the facility named or described, and the place (spec 3)."""

from __future__ import annotations

import re

from girok.extract.candidates import Candidate, heading
from girok.extract.context import DocContext
from girok.extract.language import Language
from girok.extract.names import NameMention
from girok.extract.slots.common import (
    LOOKBACK,
    WITNESS_LOOKBACK,
    clause_of,
    distance,
    in_relative_within,
)
from girok.gazetteer import Gazetteer


def event_facility(doc: DocContext, gaz: Gazetteer, c: Candidate) -> str | None:
    """A facility named in the sentence, or identified uniquely by its kind and place."""
    if c.type == "trial":
        return None  # a court tries, whatever camp its sentence sends people to
    span = doc.sentences[c.sentence]
    contrast = doc.language.cues.contrast
    named = [n for n in doc.names_in(span.start, span.end, "facility")
             if not doc.language.cues.topic.search(doc.text, max(0, n.start - 10), n.start)
             # "the family was released, but my mother was ... sent to the Jeungsan kyohwaso"
             # "were moved to Camp 14, while some were released": another clause's camp
             and not (n.end <= c.trigger.start and doc.language.cues.while_contrast.search(
                 doc.text, n.end, c.trigger.start))
             and not (n.start > c.trigger.end
                      and (contrast.search(doc.text, c.trigger.end, n.start)
                           or doc.search(doc.language.cues.the_others, c.trigger.end, n.start)
                           # "held in Onsong ... before being sent to the Jongori camp"
                           or doc.search(doc.language.cues.then_clause, c.trigger.end,
                                         n.start)))]
    if c.type in _BEFORE_CUSTODY:
        lo, hi = clause_of(doc, c)
        then = doc.language.cues.then_held
        from_ = doc.language.cues.from_
        return next((n.id for n in named if lo <= n.start < hi
                     and not then.search(doc.text, c.trigger.end, n.start)
                     # "two men who escaped from Camp 14 were caught in Hoeryong"
                     and not from_.search(doc.text[max(span.start, n.start - 20) : n.start])),
                    None)
    if named and c.type == "transfer":
        named = [n for n in named if n.start >= c.trigger.start] or named  # where it went
        cues = doc.language.cues
        before = {n: doc.text[max(span.start, n.start - 20) : n.start] for n in named}
        to = [n for n in named if cues.to.search(before[n])]
        into = [n for n in named if cues.into.search(before[n])]
        named = to or into or [n for n in named if not cues.from_.search(before[n])] or named
    if named:
        return min(named, key=lambda n: distance(n.start, n.end, c.trigger.start,
                                                  c.trigger.end)).id
    sentence = doc.text[span.start : span.end]
    kind = doc.language.facility_kind.search(sentence)
    if kind and span.start + kind.start() > c.trigger.end and \
            contrast.search(doc.text, c.trigger.end, span.start + kind.start()):
        kind = None  # a kind of camp told of another event, after a "but"
    if kind and kind.lastgroup and not doc.language.plural_kind.search(kind.group()):
        some = doc.language.cues.definite_before.search(sentence, 0, kind.start()) is None
        for place in doc.names_in(span.start, span.end, "place"):
            if some and (not _next_to(doc, place, span.start + kind.start(),
                                      span.start + kind.end())
                         or len(gaz.ancestors(place.id)) <= 2):
                continue  # "in a labour camp", with the court's town named elsewhere; "a
                # labour camp in North Hamgyong", one of the province's
            if doc.language.cues.origin.search(doc.text, max(span.start, place.start - 25),
                                               place.start):
                continue  # "a source in Ryanggang said ... died at the holding centre"
            unique = gaz.unique_facility(kind.lastgroup, place.id)
            if unique and not run_by_another(doc.text, span.start + kind.start(), gaz, unique,
                                             doc.language):
                return unique
    cues = doc.language.cues
    places = [p for p in doc.names_in(span.start, span.end, "place")
              if not cues.origin.search(doc.text, max(0, p.start - 25), p.start)
              and not cues.topic.search(doc.text, max(0, p.start - 10), p.start)
              and not cues.destination.search(doc.text, max(span.start, p.start - 15), p.start)
              and not (p.start > c.trigger.end
                       and (contrast.search(doc.text, c.trigger.end, p.start)
                            or doc.search(cues.the_others, c.trigger.end, p.start)))]
    at_camp = _facility_at(doc, gaz, c, places)
    if at_camp is not None:
        return at_camp
    if doc.language.cues.event_named_again.match(doc.text, span.start, span.end):
        return None  # "The execution was carried out ...": where the one told before was
    in_custody = c.type in _IN_CUSTODY and not places and (
        c.type == "release" or c.witness or len(doc.facility_ids) == 1
        or doc.has(c.sentence, doc.language.custody))
    if doc.has(c.sentence, doc.language.cues.the_camp) or in_custody:
        if c.sentence > 0 and _unnamed_facility(doc, c.sentence - 1, kind):
            return None  # "sent to a labour camp in Musan. ... released": not the one named
        told = doc.facility_before(span.start)
        return None if told is not None and _another_place_camp(doc, gaz, c, told) else told
    lo, hi = clause_of(doc, c)
    if c.type not in _BEFORE_CUSTODY and not places and cues.there.search(doc.text, lo, hi):
        # "The agents there interrogated me"; "who was imprisoned there" in a camp's article
        return doc.facility_just_named(span.start) or doc.facility_before(span.start)
    return None


def _another_place_camp(doc: DocContext, gaz: Gazetteer, c: Candidate, facility: str) -> bool:
    """ "was moved to the Kaechon camp" after Camp 25 is named: "the camp" of another place."""
    the_camp = doc.first(c.sentence, doc.language.cues.the_camp)
    if the_camp is None or (the_camp.start() > c.trigger.end and doc.search(
            doc.language.cues.contrast, c.trigger.end, the_camp.start())):
        return False
    inside = doc.names_in(the_camp.start(), the_camp.end(), "place")
    home = gaz.facility_place(facility)
    return any(p.id != home and p.id not in gaz.ancestors(home) for p in inside)


def _next_to(doc: DocContext, place: NameMention, start: int, end: int) -> bool:
    """Whether a place is named with a kind of facility: "a camp in Musan", "a Musan camp"."""
    if 0 <= start - place.end <= 1:
        return True
    return 0 <= place.start - end <= _IN_PLACE and \
        doc.text[end : place.start].strip() in ("in", "at", "near", "of", "")


_IN_PLACE = 6  # " in ", " near ": between a kind of facility and the place it is in


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
    if doc.search(cues.venue, lo, hi):
        return None  # "shot at a stadium in Hoeryong": in the town, not in its camp
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


def _unnamed_facility(doc: DocContext, index: int, kind: re.Match[str] | None) -> bool:
    """Whether sentence `index` speaks of one facility of a kind, and names none; of the
    `kind` of camp the sentence after speaks of, if it says ("the holding centre" is not
    "a re-education camp" told just before)."""
    span = doc.sentences[index]
    if doc.names_in(span.start, span.end, "facility"):
        return False
    kinds = doc.language.facility_kind.finditer(doc.text, span.start, span.end)
    return any(not doc.language.plural_kind.search(k.group())
               and (kind is None or kind.lastgroup is None or k.lastgroup == kind.lastgroup)
               for k in kinds)


# Types that happen before anyone reaches a facility: only one named in their own clause.
_BEFORE_CUSTODY = {"arrest", "repatriation"}
# Types that happen inside a facility: a bare sentence in a passage about one inherits it.
_IN_CUSTODY = {"torture", "death_in_custody", "execution", "release"}


def event_place(doc: DocContext, gaz: Gazetteer, c: Candidate, facility: str | None) -> str | None:
    """The facility's place, the origin country of a repatriation, or the places named."""
    span = doc.sentences[c.sentence]
    places = [p for p in doc.names_in(span.start, span.end, "place")
              if (p.start, p.end) not in doc.dateline_places]
    if c.type == "repatriation":
        return _origin_country(doc, gaz, c, places)
    if c.type == "amnesty":
        return "north-korea"  # the state grants it: the country, wherever it is carried out
    if facility:
        return gaz.facility_place(facility)
    if c.type == "transfer":  # moved between places of custody: never to South Korea
        places = [p for p in places if gaz.country_of(p.id) != "south-korea"]
    if c.type != "transfer":
        cues = doc.language.cues
        places = [p for p in places
                  if ((c.type == "detention" and c.trigger.start < p.start)  # "sent to Musan"
                      # "taken to the Hoeryong boanseo": a place inside the trigger
                      or (c.trigger.start < p.start < c.trigger.end
                          and not in_relative_within(doc, c, p.start))
                      or not cues.destination.search(
                          doc.text[max(span.start, p.start - 15) : p.start])
                      # "escaped to China in 2005, but was caught": caught there
                      or (c.type == "arrest" and p.end <= c.trigger.start
                          and gaz.country_of(p.id) != "south-korea"
                          and cues.escaped_to.search(doc.text, max(span.start, p.start - 25),
                                                     p.start))
                      # "detained during a visit to Rason": where the visit was
                      or cues.visit_to.search(doc.text, max(span.start, p.start - 15), p.start))
                  and not cues.origin.search(doc.text[max(span.start, p.start - 25) : p.start])
                  and not cues.topic.search(doc.text[max(span.start, p.start - 10) : p.start])
                  and not cues.institution_after.match(doc.text, p.end)
                  # "moved to Camp 14 in Kaechon, while some were released": not there
                  and not (p.end <= c.trigger.start and cues.while_contrast.search(
                      doc.text, p.end, c.trigger.start))
                  # "released by North Korea": the state that acted, not where
                  and not (gaz.country_of(p.id) == p.id and cues.agent_by.search(
                      doc.text, max(span.start, p.start - 4), p.start))
                  and not (gaz.country_of(p.id) != p.id
                           and cues.speaks_for_state.match(doc.text, p.end))
                  # "women returned from China were detained in Hyesan": whence they came
                  and not (c.type != "release" and gaz.country_of(p.id) == p.id
                           and cues.from_country.search(doc.text, max(span.start, p.start - 10),
                                                        p.start))]
    lo, hi = clause_of(doc, c)
    cues = doc.language.cues
    if (cues.the_country.search(doc.text, lo, hi) or (not places and cues.the_country.search(
            doc.text, span.start, span.end))) and doc.home_country(gaz):
        return doc.home_country(gaz)  # "detained in the country"
    inside = [p for p in places if lo <= p.start < hi]
    foreign = cues.foreign_police.search(doc.text, lo, hi) if c.type in (
        "arrest", "detention") and not inside else None
    if foreign is not None:
        country = cues.country_of_adjective(foreign)
        abroad = [p for p in places if gaz.country_of(p.id) == country]
        if not abroad:
            return country  # "Chinese police detained", "detained by Laotian police"
        places = abroad  # "Chinese police arrested seven ..., at a safe house in Shenyang"
    if not inside and cues.there.search(doc.text, lo, hi):
        before = [p for p in places if p.end <= c.trigger.start]
        if before:
            return before[-1].id  # "who ran a company in Rason, was arrested there"
        return _previous_place(doc, gaz, c.sentence)
    inside = _right_after_trigger(doc, c, inside)
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


def _right_after_trigger(doc: DocContext, c: Candidate,
                         inside: list[NameMention]) -> list[NameMention]:
    """ "a soldier who deserted his unit near Hyesan was caught in Chongjin": of several places
    in the clause, the one "in" or "at" right after the trigger is where it happened."""
    if len({p.id for p in inside}) < 2:
        return inside
    at = doc.language.cues.at_place
    after = [p for p in inside if c.trigger.end <= p.start <= c.trigger.end + _RIGHT_AFTER
             and at.search(doc.text, max(0, p.start - 5), p.start)]
    return after[:1] or inside


_RIGHT_AFTER = 12  # characters from a trigger to the place it happened: " in the city of"


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


def _origin_country(doc: DocContext, gaz: Gazetteer, c: Candidate,
                    places: list[NameMention]) -> str | None:
    """Where a repatriation was from: the country after "from", else a foreign country that
    is the verb's subject ("Laos deported nine ..."), else the one foreign country named in
    the sentence or the two before it (in a witness's account, the last one named)."""
    index = c.sentence
    span = doc.sentences[index]
    for p in places:  # not "a woman from Hyesan": no one is sent back from North Korea
        if doc.language.cues.from_country.search(doc.text[max(span.start, p.start - 12) :
                                                          p.start]) and \
                gaz.country_of(p.id) != "north-korea":
            return gaz.country_of(p.id) or p.id
    lo, _ = clause_of(doc, c)
    subjects = [p.id for p in places if lo <= p.start and p.end <= c.trigger.start
                and gaz.country_of(p.id) == p.id and p.id != "north-korea"
                # "South Korea deported two fishermen": only as the verb's own subject
                and (p.id != "south-korea" or doc.language.cues.subject_gap.fullmatch(
                    doc.text, p.end, c.trigger.start) is not None)]
    if subjects:
        return subjects[-1]
    reach = WITNESS_LOOKBACK if doc.first_person else 3
    cues = doc.language.cues
    for back in range(index, max(-1, index - reach), -1):
        s = doc.sentences[back]
        countries = {gaz.country_of(p.id) for p in doc.names_in(s.start, s.end, "place")
                     if (not cues.destination.search(doc.text, max(s.start, p.start - 15),
                                                     p.start)
                         or cues.escaped_to.search(doc.text, max(s.start, p.start - 25),
                                                   p.start))  # "escaped to China ... caught"
                     and not cues.via.search(doc.text, max(s.start, p.start - 10), p.start)}
        countries -= {"north-korea", "south-korea"}
        if len(countries) == 1:
            return countries.pop()
        adjective = cues.foreign_adjective.search(doc.text, s.start, s.end)
        if adjective is not None:
            return cues.country_of_adjective(adjective)
    return None


def _previous_place(doc: DocContext, gaz: Gazetteer, index: int) -> str | None:
    """The one city or county (not in South Korea, not a destination) named in the nearest
    earlier sentence of the paragraph that names one, unless the sentence opens a case of its
    own ("In a separate case, ...")."""
    reach = WITNESS_LOOKBACK if doc.first_person else LOOKBACK
    span = doc.sentences[index]
    if doc.search(doc.language.cues.new_case, span.start, min(span.end, span.start + 80)):
        return None  # "He also received reports that ...": a case of its own
    goes_on = _story_goes_on(doc, index)
    for back in range(index - 1, max(-1, index - 1 - reach), -1):
        if doc.paragraph_break(back) and not doc.first_person and not goes_on and (
                not doc.short_paragraphs or heading(doc.language, doc.sentence_text(back))):
            return None  # a new paragraph, or a new section of short ones
        if doc.paragraph_break(back):
            goes_on = False  # across one break only
        if doc.item_start(back + 1):
            return None  # each item of a list tells its own case
        s = doc.sentences[back]
        cues = doc.language.cues
        ids = {p.id for p in doc.names_in(s.start, s.end, "place")
               if (not cues.destination.search(doc.text[max(s.start, p.start - 15) : p.start])
                   or cues.custody_move.search(doc.text[max(s.start, p.start - 30) : p.start]))
               and not cues.origin.search(doc.text, max(s.start, p.start - 25), p.start)}
        local = [i for i in ids if gaz.country_of(i) not in ("south-korea", i)
                 and len(gaz.ancestors(i)) >= 3]
        if local:  # several: the one the others lie in ("in Chongjin's Ranam district")
            common = gaz.common_place(local)
            return common if common in local else None
        if doc.search(cues.new_case, s.start, min(s.end, s.start + 80)):
            return None  # "Another defector testified that ...": no place of the case before
    return None


def _story_goes_on(doc: DocContext, index: int) -> bool:
    """Whether the paragraph of sentence `index` opens with people told of before ("One of
    them, a woman in her 50s, has been held ..."): its place is the paragraph before's."""
    opener = index
    while opener > 0 and not doc.paragraph_break(opener - 1):
        opener -= 1
    return doc.language.cues.story_goes_on.match(doc.text, doc.sentences[opener].start) \
        is not None


def run_by_another(text: str, kind_start: int, gaz: Gazetteer, facility: str,
                    lang: Language) -> bool:
    """ "a police holding facility in Onsong" is not the state security holding centre
    there, the only one the gazetteer knows."""
    entry = gaz.get(facility)
    return entry is not None and lang.cues.police_run.search(
        text, max(0, kind_start - 30), kind_start) is not None and \
        lang.cues.state_run.search(entry.name) is not None
