"""From trigger words to candidate events: what is an event and what is not (spec section 2)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any

import ahocorasick

from girok.extract import caseless
from girok.extract.context import FAR, DocContext
from girok.extract.language import Language
from girok.records import Span

MAX_EVIDENCE = 480
@dataclass(frozen=True)
class Candidate:
    """One trigger accepted as stating an event, with the sentence it sits in."""

    type: str
    rule: str
    trigger: Span
    sentence: int
    evidence: Span
    announced: bool
    witness: bool
    generic_cue: bool


def find_candidates(doc: DocContext) -> list[Candidate]:
    """Every trigger that states a specific (or witnessed, or announced) event."""
    lang = doc.language
    found: list[Candidate] = []
    seen: dict[tuple[int, str], list[tuple[int, int]]] = {}
    owned: list[tuple[str, str, Span, int]] = []
    narrated: set[int] = set()  # sentences that tell an event, or name people by one
    matches = list(trigger_matches(doc))
    doc.trigger_spans = [m.span() for m in matches]
    for m in matches:
        etype, rule = lang.trigger_of(m)
        trigger = Span(m.start(), m.end())
        index = doc.sentence_index(m.start())
        clause = doc.clause(index, trigger.start, trigger.end)
        earlier = seen.get((index, etype))
        if earlier is not None and (clause in earlier or not _own_anchor(doc, index, clause)):
            continue  # one event per type and sentence, unless a clause has details of its own
        narrative = index - 1 in narrated
        sibling = bool(found) and found[-1].sentence == index
        candidate, why = judge(doc, etype, rule, trigger, index, narrative, sibling)
        if candidate is not None:
            seen.setdefault((index, etype), []).append(clause)
            found.append(candidate)
            narrated.add(index)
        elif why == _OWNED:
            owned.append((etype, rule, trigger, index))
        elif why == _NAMED_BY_EVENT:
            narrated.add(index)  # "Two of those arrested were women. They were beaten ..."
    found = _told_only_as_owned(doc, found, owned)
    answers = [a for a in _answers(doc) if (a.sentence, a.type) not in seen]
    return sorted(found + answers, key=lambda c: c.trigger.start) if answers else found


def _told_only_as_owned(doc: DocContext, found: list[Candidate],
                        owned: list[tuple[str, str, Span, int]]) -> list[Candidate]:
    """ "Imprisoned for ten years ... after his release he worked in a mine": an event named
    only as someone's ("his release"), never told on its own, is told by that (spec 3.1)."""
    types = {c.type for c in found}
    extra = [c for etype, rule, trigger, index in owned if etype not in types
             for c in [judge(doc, etype, rule, trigger, index, owned=True)[0]] if c is not None]
    return sorted(found + extra, key=lambda c: c.trigger.start) if extra else found


def _answers(doc: DocContext) -> list[Candidate]:
    """ "Q: Where were you taken? A: To the holding centre in Onsong.": an answer naming a
    facility states the detention (or transfer) the question asks about."""
    cues = doc.language.cues
    out = []
    for index in range(len(doc.sentences) - 1):
        span = doc.sentences[index]
        if doc.text[span.end - 1] != "?":
            continue
        answer = doc.sentences[index + 1]
        when = _answer_when(doc, index)
        if when is not None:
            out.append(when)
            continue
        asked = cues.asked_where.search(doc.text, span.start, span.end)
        to = cues.answer_to.match(doc.text, answer.start, answer.end) if asked else None
        if asked is None or to is None or not (
                doc.names_in(answer.start, answer.end, "facility")
                or doc.search(doc.language.custody, answer.start, answer.end)):
            continue
        etype = "transfer" if asked["moved"] else "detention"
        one = bool(asked["one"])  # the witness, or one person
        trigger = Span(to.start("to"), to.end("to"))
        out.append(Candidate(etype, f"{etype}.answer{'_one' if one else ''}", trigger, index + 1,
                             _evidence(doc, answer, trigger), False, True, False))
    return out


def _answer_when(doc: DocContext, index: int) -> Candidate | None:
    """ "Q: When were you arrested? A: In the spring of 2015.": an answer giving a date
    states the event the question asks about, of the one asked."""
    span, answer = doc.sentences[index], doc.sentences[index + 1]
    asked = doc.language.cues.asked_when.search(doc.text, span.start, span.end)
    times = doc.times(index + 1) if asked else []
    if asked is None or not times or times[0].start - answer.start > _ANSWER_OPENING:
        return None
    m = doc.language.triggers.search(doc.text, asked.end("who"), span.end)
    if m is None:
        return None
    etype, _ = doc.language.trigger_of(m)
    one = "_one" if asked["one"] else ""
    trigger = Span(times[0].start, times[0].end)
    return Candidate(etype, f"{etype}.answer_when{one}", trigger, index + 1,
                     _evidence(doc, answer, trigger), False, True, False)


_ANSWER_OPENING = 24  # the date opens the answer, after the speaker's name


_REACH = 40  # how far before its stem a trigger may begin ("forcibly repatriated")
_WORDS_BEFORE = 4  # and how many words ("had been returned", "guards beat")
_WORD_START = re.compile(r"\b\w")


def trigger_matches(doc: DocContext) -> Iterator[re.Match[str]]:
    """Trigger matches, as a scan of the whole text would give them, found by trying the
    full expression only at the few word starts just before each trigger stem."""
    text = doc.text
    stems = stem_positions(doc)
    word_starts = _word_starts_before(text, stems)
    candidates: set[int] = set()
    for stem in stems:
        first = bisect.bisect_left(word_starts, stem - _REACH)
        last = bisect.bisect_right(word_starts, stem)
        candidates.update(word_starts[max(first, last - _WORDS_BEFORE - 1) : last])
    last_end = 0
    for q in sorted(candidates):
        if q < last_end:
            continue
        m = _trigger_at(doc, q)
        if m is not None and m.end() > m.start():
            last_end = m.end()
            yield m


def _trigger_at(doc: DocContext, q: int) -> re.Match[str] | None:
    """The trigger expression matched at `q`, cut down to the triggers that can begin with
    its letter (the same first match), run as its twin over the folded text if it has one."""
    lang = doc.language
    pattern: re.Pattern[str] | None = lang.triggers
    if lang.triggers_by_initial:
        pattern = lang.triggers_by_initial.get(doc.folded[q])
    if pattern is None:
        return None
    fast = caseless.twin(pattern)
    return pattern.match(doc.text, q) if fast is None else fast.match(doc.folded, q)


def _word_starts_before(text: str, stems: list[int]) -> list[int]:
    """The word starts within reach before the (sorted) stems; overlapping windows are
    searched as one."""
    windows: list[list[int]] = []
    for stem in stems:
        lo = max(0, stem - _REACH)
        if windows and lo <= windows[-1][1]:
            windows[-1][1] = stem + 1
        else:
            windows.append([lo, stem + 1])
    return [m.start() for lo, hi in windows for m in _WORD_START.finditer(text, lo, hi)]


def stem_positions(doc: DocContext) -> list[int]:
    """Start offsets of trigger stems in the lower-cased text, in order."""
    automaton = _stem_automaton(doc.language.trigger_stems)
    return sorted({end - len(stem) + 1 for end, stem in automaton.iter(doc.lowered)})


@cache
def _stem_automaton(stems: tuple[str, ...]) -> Any:
    automaton = ahocorasick.Automaton()
    for stem in stems:
        automaton.add_word(stem, stem)
    automaton.make_automaton()
    return automaton


def _own_anchor(doc: DocContext, index: int, clause: tuple[int, int]) -> bool:
    """Whether a clause holds its own date, count or facility."""
    lo, hi = clause
    units = doc.language.cues.unit_nouns
    starts = [t.start for t in doc.times(index) if t.duration_days is None] + \
        [c.start for c in doc.counts(index) if (c.noun or "").lower() not in units]
    return any(lo <= x < hi for x in starts) or bool(doc.names_in(lo, hi, "facility")) or (
        doc.search(doc.language.cues.goes_on, max(0, lo - 6), min(hi, lo + 16)) is not None
        and doc.search(doc.language.facility_kind, lo, hi) is not None)  # "and then sent to a
    # labour training camp": a place of custody after the one told before


def judge(doc: DocContext, etype: str, rule: str, trigger: Span, index: int,
          narrative: bool = False, sibling: bool = False,
          owned: bool = False) -> tuple[Candidate | None, str]:
    """The candidate a trigger yields, or None, with the reason (for analysts and tests).
    `narrative`: the sentence before told an event; `sibling`: this one already tells one
    ("They were interrogated for weeks and beaten": what anchors the first anchors both);
    `owned`: "his release" may state the event (no other mention tells it)."""
    lang = doc.language
    sentence = doc.sentences[index]
    if rule == "detention.sent_to_name" and _sent_home_from_abroad(doc, index, trigger):
        etype, rule = "repatriation", "repatriation.sent_back_home"
    announced = doc.has(index, lang.announced) and not doc.search(
        lang.cues.perfect_before, max(sentence.start, trigger.start - 20), trigger.start) \
        and not doc.has(index, lang.cues.announced_done) and not _told_as_done(doc, index, trigger)
    for check in (_layout, _told_elsewhere, _not_asserted, _out_of_context, _not_told_here,
                  _outside_the_record):
        if owned and check is _told_elsewhere:
            continue
        reason = check(doc, etype, rule, trigger, index, announced)
        if reason is not None:
            return None, reason
    intro = doc.list_intro(index)
    witness = doc.first_person or doc.has(index, lang.witness) or (
        intro is not None and doc.has(intro, lang.witness))
    generic = doc.has(index, lang.generic)
    clause = doc.clause(index, trigger.start, trigger.end)
    if _strongly_generic(doc, index, trigger) and not _dated_or_counted(doc, index, clause) and \
            not doc.search(lang.cues.saw_before, max(clause[0], trigger.start - 50),
                           trigger.start) and \
            not (witness and _whom_it_befell(doc, index, trigger)):
        return None, "generic statement (a habit, a class of people, a trend)"
    if generic and not witness and not _strong_anchor(doc, index, sentence):
        return None, "generic statement"
    if (etype in ("detention", "death_in_custody", "execution", "torture")
            and doc.has(index, lang.statistic) and _large_count(doc, index, 1000)) \
            or (etype in _COUNTED_IN_TENS_OF_THOUSANDS and _large_count(doc, index, 20000)):
        return None, "a statistic (a figure, not an event)"
    if etype == "repatriation" and _sent_out_of_north_korea(doc, index, trigger):
        etype, rule = "release", f"release.expelled({rule})"  # "North Korea deported him"
    if etype == "release" and doc.has(index, lang.amnesty_cue) and \
            not doc.names_in(sentence.start, sentence.end, "facility") and \
            not doc.has(index, lang.person) and not _particular_people(doc, index):
        etype, rule = "amnesty", f"amnesty.release_to_mark({rule})"
    told_before = narrative and (
        doc.search(lang.cues.group_subject, max(sentence.start, trigger.start - 60),
                   trigger.end) is not None  # the trigger may begin with "were": "They were held"
        or doc.search(lang.cues.the_sentence, max(sentence.start, trigger.start - 40),
                      trigger.start) is not None)
    occasion = etype in ("amnesty", "release") and doc.has(index, lang.cues.occasion) and \
        doc.text[sentence.end - 1] in ".!?\"”"  # a sentence told, not a headline
    if not (_anchored(doc, index, sentence, trigger) or witness or announced or sibling or occasion
            or told_before):
        return None, "not anchored (no date, place, count, person or witness)"
    return Candidate(etype, rule, trigger, index, _evidence(doc, sentence, trigger),
                     announced, witness, generic), "event"


def _told_as_done(doc: DocContext, index: int, trigger: Span) -> bool:
    """ "120 inmates were freed on May 1, while several hundred more are expected to be
    released": what the announcement is about lies in another clause, after a contrast; this
    one is told as done."""
    announcement = doc.first(index, doc.language.announced)
    return announcement is not None and announcement.start() > trigger.end and doc.search(
        doc.language.cues.contrast, trigger.end, announcement.start()) is not None and \
        doc.language.cues.past_passive.search(doc.text, max(0, trigger.start - 10),
                                              trigger.end + 5) is not None


def _layout(doc: DocContext, etype: str, rule: str, trigger: Span, index: int,
            announced: bool) -> str | None:
    """Page furniture, questions, headings and labels: text that states no event."""
    lang = doc.language
    sentence = doc.sentences[index]
    whole = doc.text[sentence.start : sentence.end]
    if lang.boilerplate.match(whole) or _captioned(doc, sentence) or \
            _listed_under_links(doc, index):
        return "page furniture (related links, tags, a photo caption)"
    if whole.rstrip().endswith("?"):
        return "a question"
    if (rule in lang.cues.noun_rules or lang.cues.label.match(whole)) and heading(lang, whole):
        return "a heading or label"
    if rule in lang.cues.noun_rules and len(lang.cues.heading_word.findall(whole)) <= \
            _TITLE_WORDS and not whole.startswith(_LIST_MARKS) and not doc.times(index) and \
            not doc.search(lang.cues.passive_be, max(sentence.start, trigger.start - 8),
                           trigger.start):
        return "a heading or label"  # "Prior detention in China.", not "Released in 2021."
    return None


def _sent_out_of_north_korea(doc: DocContext, index: int, trigger: Span) -> bool:
    """ "North Korea deported an American", "the man (a Japanese producer) had been
    deported", freed Japanese men "handed over at the airport in Beijing": North Korea sends
    a foreigner out; the foreigner is released."""
    cues = doc.language.cues
    sentence = doc.sentences[index]
    if doc.search(cues.nk_subject, max(sentence.start, trigger.start - 30), trigger.start):
        return True
    word = doc.text[trigger.start : trigger.end].lower()
    sent_out = word.startswith(("deport", "handed over at"))
    before = doc.sentences[max(0, index - 2)].start
    return sent_out and doc.search(cues.foreign_national, before, sentence.end) is not None


def _dated_here(doc: DocContext, index: int, trigger: Span) -> bool:
    """ "Their pastor, who was arrested with them in November", "a boy who was caught with his
    mother near Shenyang on June 3": a date right after the event it names people by, or in
    its clause, dates that event, so it tells it."""
    _, hi = doc.clause(index, trigger.start, trigger.end)
    return any(trigger.end <= t.start <= trigger.end + _WITH_WHOM or (
        trigger.end <= t.start < hi  # no other event told between: "... was released on ..."
        and not doc.trigger_within(trigger.end, t.start))
        for t in doc.times(index))


_WITH_WHOM = 25  # characters of "with them", "along with the group" before such a date


_NAMED_BY_EVENT = "names people by an event told elsewhere"


def _told_elsewhere(doc: DocContext, etype: str, rule: str, trigger: Span, index: int,
                    announced: bool) -> str | None:
    """An event named as one told elsewhere, or spoken of in general."""
    lang = doc.language
    sentence = doc.sentences[index]
    text = doc.text
    if (doc.search(lang.back_reference, max(sentence.start, trigger.start - 25), trigger.start)
            and lang.cues.with_after.match(text, trigger.end) and not _dated_here(
                doc, index, trigger)) or doc.search(
                lang.cues.part_of_those, max(sentence.start, trigger.start - 20), trigger.start) \
            or _the_participle_as_noun(doc, trigger) or doc.search(
                lang.cues.replacing_those, max(sentence.start, trigger.start - 40),
                trigger.start):
        return _NAMED_BY_EVENT  # also "two of those arrested", "to replace workers who died"
    if rule in lang.cues.noun_rules and doc.search(
            lang.cues.learned_of, max(sentence.start, trigger.start - 30), trigger.start):
        return "an event someone learned of (\"She learned of the execution only last year\")"
    if _possessive_noun(doc, rule, trigger) and not _own_anchor(
            doc, index, doc.clause(index, trigger.start, trigger.end)):
        return _OWNED
    if rule in lang.cues.noun_rules and (
            doc.search(lang.cues.trend_of, max(sentence.start, trigger.start - 40),
                       trigger.start)
            or (text[trigger.end - 1] in "sS" and lang.cues.trend_after.match(text, trigger.end))):
        return "a trend in such events (\"the frequency of executions fell\")"
    if text[trigger.end - 1] in "sS" and _noun_spoken_of(doc, rule, trigger, index,
                                                         lang.cues.reports_of, 40):
        return "reports of such events, none told (\"reports of executions elsewhere\")"
    return None


def _not_asserted(doc: DocContext, etype: str, rule: str, trigger: Span, index: int,
                  announced: bool) -> str | None:
    """Hypothetical, negated, or announced only on a condition."""
    lang = doc.language
    sentence = doc.sentences[index]
    text = doc.text
    clause_start, _ = doc.clause(index, trigger.start, trigger.end)
    clause = text[clause_start : trigger.start]
    hypothetical = doc.search(lang.hypothetical, sentence.start, trigger.start)
    if hypothetical:  # quoted from the text: the match is on its folded copy
        return f"hypothetical ({text[hypothetical.start() : hypothetical.end()]!r})"
    negated = lang.negation.search(clause)
    if negated and lang.cues.subordinator.search(clause, negated.end()):
        negated = None  # "has not been heard from since she was taken away": not this verb
    if negated and lang.cues.not_until.match(text, trigger.end):
        negated = None  # "She was not released until her family paid": released then
    if negated and not (announced and _announce_governs(lang, clause)):
        return f"negated or hypothetical ({negated.group()!r})"
    threat = doc.search(lang.cues.threatened, max(sentence.start, trigger.start - 120),
                        trigger.start)
    if threat:
        return f"a threat, not an event ({text[threat.start() : threat.end()].split()[0]!r})"
    if doc.search(lang.cues.if_caught, trigger.end, min(sentence.end, trigger.end + 60)):
        return "what would happen if someone were caught"
    if announced and doc.search(lang.cues.condition, trigger.end, sentence.end):
        return "announced on a condition (\"will release them if ...\")"
    return None


def _out_of_context(doc: DocContext, etype: str, rule: str, trigger: Span, index: int,
                    announced: bool) -> str | None:
    """Words that are events only in custody, or only when they name a facility."""
    lang = doc.language
    sentence = doc.sentences[index]
    text = doc.text
    if rule == "detention.held_by" and lang.cues.held_occasion.search(
            text[max(sentence.start, trigger.start - 80) : trigger.start]):
        return "held: an occasion, not a person"
    if (etype in ("death_in_custody", "release") or rule in ("detention.held_by",
                                                                 "transfer.verb")) and \
            not _custody_nearby(doc, index, skip=trigger if rule == "detention.held_by" else None) \
            and not (rule == "detention.held_by" and _person_held(doc, sentence, trigger)) \
            and not (rule in ("release.released", "release.freed")
                     and _person_object(doc, sentence, trigger)):
        return "no custody in the sentence or the two before it"
    if etype == "death_in_custody" and (doc.search(
            lang.cues.after_release, trigger.end, min(sentence.end, trigger.end + 80))
            or lang.cues.at_home.match(text, trigger.end)):
        return "died after leaving custody"
    if rule in _HELD_HERE and not doc.has(index, lang.custody):
        return "a suicide told of no one held (\"his father committed suicide\")"
    if rule in _TO_A_NAME and not doc.names_in(trigger.end, trigger.end + 40, "facility"):
        return "sent to a place that is no facility"
    if rule == "detention.sentenced" and doc.has(index, lang.cues.to_death) and \
            not doc.has(index, lang.cues.prison_term):
        return "sentences told with a death sentence and no prison term"
    if etype == "amnesty" and _the_organisation(doc, sentence, trigger):
        return "Amnesty International named short (\"according to Amnesty\")"
    if rule == "repatriation.sent_back_bare" and not _abroad_before(doc, index, trigger):
        return "sent back with no time abroad told"
    if etype == "torture" and doc.search(lang.cues.died_of, max(sentence.start,
                                                                trigger.start - 60), trigger.start):
        return "a cause of death (\"died from hunger or beatings\")"
    if rule == "detention.there" and doc.facility_just_named(trigger.start) is None:
        return "there is no facility just named"
    if rule == "transfer.verb" and not lang.cues.to_or_from.search(text, trigger.start,
                                                                    trigger.end + 60) and \
            not doc.names_in(trigger.end, trigger.end + 60, "facility"):
        return "transferred without a from or to"  # "moved to Camp 15" has its own
        # ("relocated part of the prisoner population of Camp 15": a facility is named)
    if rule == "transfer.arrived" and not (
            doc.names_in(trigger.end, trigger.end + 60, "facility")
            or lang.camp_word.search(text, trigger.end, trigger.end + 60)):
        return "moved to a place that is no facility"  # "moved to Seoul from ..."
    return None


def _the_organisation(doc: DocContext, sentence: Span, trigger: Span) -> bool:
    """ "According to Amnesty, ...", "Amnesty's researchers": a capitalised "Amnesty" inside a
    sentence, in a text that names Amnesty International."""
    word = doc.text[trigger.start : trigger.end]
    before = doc.text[max(sentence.start, trigger.start - 20) : trigger.start].split()
    kind = bool(before) and before[-1].lower() in _AMNESTY_KINDS  # "a General Amnesty"
    return word[:1].isupper() and trigger.start > sentence.start and not kind and \
        doc.language.cues.organisation_named.search(doc.text) is not None


_AMNESTY_KINDS = frozenset("a an the general special mass this that such last new partial "
                           "sweeping rare".split())


def _not_told_here(doc: DocContext, etype: str, rule: str, trigger: Span, index: int,
                   announced: bool) -> str | None:
    """Words that name a source, a kind of abuse or a class of people: no event told."""
    lang = doc.language
    sentence = doc.sentences[index]
    text = doc.text
    clause_start, _ = doc.clause(index, trigger.start, trigger.end)
    if rule == "release.released" and _released_as_adjective(doc, trigger):
        return "names a source by a past release (\"the most recently released interviewee\")"
    if lang.cues.abuse_noun.fullmatch(text, trigger.start, trigger.end) and \
            len(lang.cues.abuse_noun.findall(text, sentence.start, sentence.end)) >= 3 and \
            not doc.has(index, lang.cues.suffered) and \
            not _dated_or_counted(doc, index, doc.clause(index, trigger.start, trigger.end)):
        return "a list of kinds of abuse (\"killings, disappearances and arrests\")"
    if _said_of_a_class(doc, index, clause_start, trigger):
        return "says who a class of people is (\"North Koreans who were detained in China\")"
    if _noun_spoken_of(doc, rule, trigger, index, lang.cues.condemned, 50):
        return "a kind of abuse condemned (\"condemning arbitrary detention and torture\")"
    if rule in lang.cues.noun_rules and lang.cues.of_a_class.match(text, trigger.end) and \
            not doc.has(index, lang.witness) and \
            not _dated_or_counted(doc, index, doc.clause(index, trigger.start, trigger.end)):
        return "an act spoken of for a class of people (\"the detention of North Korean women\")"
    return None


def _noun_spoken_of(doc: DocContext, rule: str, trigger: Span, index: int,
                    before: re.Pattern[str], reach: int) -> bool:
    """A noun trigger just after `before` ("reports of executions", "condemning torture")
    whose clause has no date, count or camp of its own: a kind of event, none told."""
    sentence = doc.sentences[index]
    return rule in doc.language.cues.noun_rules and doc.search(
        before, max(sentence.start, trigger.start - reach), trigger.start) is not None and \
        not _own_anchor(doc, index, doc.clause(index, trigger.start, trigger.end))


def _after_the_apposition(doc: DocContext, start: int, trigger: int) -> bool:
    """ "The report, based on testimony from 141 defectors, also described the execution": the
    trigger comes after the phrase naming the sources has closed."""
    return "," in doc.text[start:trigger]


def _outside_the_record(doc: DocContext, etype: str, rule: str, trigger: Span, index: int,
                        announced: bool) -> str | None:
    """Fiction, the people a report draws on, and acts of another state's authorities."""
    lang = doc.language
    sentence = doc.sentences[index]
    clause_start, _ = doc.clause(index, trigger.start, trigger.end)
    if doc.has(index, lang.cues.fiction):
        return "fiction (\"the film depicts the execution of a fictional prisoner\")"
    drawn_on = doc.first(index, lang.cues.sources_of_report)
    if (drawn_on is not None and drawn_on.start() < trigger.start
            and not _after_the_apposition(doc, drawn_on.end(), trigger.start)) or (
            rule in lang.cues.noun_rules and doc.search(
                lang.cues.heard_from, max(sentence.start, trigger.start - 40), trigger.start)):
        return "whom a report draws on (\"based on interviews with former detainees\")"
    other = doc.search(lang.cues.other_state, min(clause_start, max(sentence.start,
                                                                    trigger.start - 60)),
                       min(sentence.end, trigger.end + 60))
    if other and not (lang.cues.as_source.search(doc.text, max(0, other.start() - 20),
                                                 other.start())
                      or lang.cues.source_after.match(doc.text, other.end(), sentence.end)):
        return "done by another state's authorities (\"South Korean police arrested\")"
    return None


_ABROAD_BEFORE = 2  # sentences back where being abroad is told ("caught in China")


def _sent_home_from_abroad(doc: DocContext, index: int, trigger: Span) -> bool:
    """ "Caught by Chinese border guards ... sent back to Namyang": sent back to a North Korean
    place after being abroad is a repatriation, not a move within the country."""
    if "back" not in doc.text[trigger.start : trigger.end].lower():
        return False
    after = doc.names_in(trigger.end, trigger.end + 40, "place")
    if not after or after[0].start != trigger.end or \
            doc.countries.get(after[0].id) != "north-korea":
        return False
    return _abroad_before(doc, index, trigger)


def _abroad_before(doc: DocContext, index: int, trigger: Span) -> bool:
    """Whether a place abroad or another state's police is named in the sentence before the
    trigger or in the two sentences before it."""
    lo = doc.sentences[max(0, index - _ABROAD_BEFORE)].start
    return any(doc.countries.get(n.id, "north-korea") not in ("north-korea", "south-korea")
               for n in doc.names_in(lo, trigger.start)) or \
        doc.search(doc.language.cues.foreign_police, lo, trigger.start) is not None


# Rules that tell a death in custody only with custody in their own sentence.
_HELD_HERE = {"death.suicide"}
# Rules whose trigger ends where a name begins: an event only when a facility is named.
_TO_A_NAME = {"detention.sent_to_name", "detention.spent_in_name", "transfer.moved_name"}


def _said_of_a_class(doc: DocContext, index: int, clause_start: int, trigger: Span) -> bool:
    """A trigger in a relative clause on a bare plural ("North Koreans who attempted to defect
    or were detained in China were pardoned"), with no date, count or camp of its own."""
    sentence = doc.sentences[index]
    cues = doc.language.cues
    if cues.who_before.search(doc.text, max(sentence.start, clause_start - 6), clause_start):
        who_end = clause_start  # the clause opens with "who"
    else:  # "Women who had been detained in kyohwaso described ..."
        aux = cues.who_aux.search(doc.text, max(sentence.start, trigger.start - 30),
                                  trigger.start)
        if aux is None:
            return False
        who_end = aux.end("who")
    m = cues.class_who.search(doc.text, max(sentence.start, who_end - 60), who_end)
    opens = not doc.text[sentence.start : m.start()].strip(_LIST_MARKERS) if m else False
    if m is None or not (m["lead"] or opens) or \
            any(c.end == m.end("noun") for c in doc.counts(index)):
        return False
    return not _own_anchor(doc, index, doc.clause(index, trigger.start, trigger.end))




def _released_as_adjective(doc: DocContext, trigger: Span) -> bool:
    """ "recently released prisoners said", "the newly released interviewee": a person named
    by a release the text does not tell."""
    after = doc.text[trigger.end : trigger.end + 30].split()
    return bool(after) and after[0].strip(",.").lower() in doc.language.person_nouns and \
        doc.language.cues.newly.search(doc.text, max(0, trigger.start - 12), trigger.start) \
        is not None


def _person_held(doc: DocContext, sentence: Span, trigger: Span) -> bool:
    """ "A South Korean missionary has been held since 2013", "Pvt. Travis King, who has been
    held": a person is the one held."""
    m = doc.language.cues.held_subject.search(doc.text, max(sentence.start, trigger.start - 40),
                                             trigger.start)
    return m is not None and (m["pronoun"] is not None
                              or m["word"].lower() in doc.language.person_nouns
                              or (m["word"][:1].isupper() and m["who"] is not None))


def _person_object(doc: DocContext, sentence: Span, trigger: Span) -> bool:
    """ "Pyongyang released the Canadian pastor": the one released is a person; "the student
    who was released by North Korea": a person the state released."""
    cues = doc.language.cues
    if cues.object_pronoun.match(doc.text, trigger.end, sentence.end) or \
            cues.by_the_state.match(doc.text, trigger.end, sentence.end):
        return True
    after = doc.text[trigger.end : min(sentence.end, trigger.end + 50)]
    return any(w.lower() in doc.language.person_nouns for w in after.split(",")[0].split()[:4])


def _the_participle_as_noun(doc: DocContext, trigger: Span) -> bool:
    """ "Two of the executed were women": people named by what befell them, told before."""
    return doc.text[trigger.start : trigger.end].lower().endswith("ed") and \
        doc.search(doc.language.cues.of_the, max(0, trigger.start - 12), trigger.start) \
        is not None and doc.language.cues.finite_first.match(
            doc.text, trigger.end + 1 if doc.text[trigger.end : trigger.end + 1] == " " else
            trigger.end) is not None


_OWNED = "names an event told elsewhere (her release, their imprisonment)"


def _possessive_noun(doc: DocContext, rule: str, trigger: Span) -> bool:
    """"her release", "their imprisonment", "after serving his term": a noun trigger owned by
    someone already named."""
    if rule.startswith("detention.sentence") and doc.language.cues.served_own.match(
            doc.text, trigger.start, trigger.end):
        return True
    if rule not in doc.language.cues.noun_rules:
        return False
    owner = doc.language.cues.owner
    first_word = doc.text[trigger.start : trigger.end].split()[0] + " "
    return bool(owner.search(doc.text, max(0, trigger.start - 16), trigger.start)
                or owner.search(first_word))


def _listed_under_links(doc: DocContext, index: int) -> bool:
    """A line of a block headed "Related articles", "Read more": other stories' headlines."""
    for back in range(index - 1, max(-1, index - _LINK_BLOCK), -1):
        if doc.paragraph_break(back):
            return False
        span = doc.sentences[back]
        if span.end - span.start <= _LINK_HEADING and doc.text[span.start].isalpha() and \
                doc.language.boilerplate.match(doc.text[span.start : span.end]):
            return "\n" in doc.text[span.end : doc.sentences[back + 1].start]
    return False


_LINK_BLOCK = 12
_LINK_HEADING = 30  # "RELATED ARTICLES", "Read more": a short line of its own


def _captioned(doc: DocContext, sentence: Span) -> bool:
    """A photo caption: the sentence is followed on its line by a "[Photo ...]" credit."""
    after = doc.text[sentence.end : sentence.end + 16].lstrip(" \t")
    return bool(after) and doc.language.boilerplate.match(after) is not None and \
        after[0] in "[("


def _announce_governs(lang: Language, clause: str) -> bool:
    """An announcement ("will be granted") is not a hypothetical, even with modal words."""
    return not lang.cues.announce_blockers.search(clause)


# Types whose events do not happen to tens of thousands at once: such a count is a figure.
_COUNTED_IN_TENS_OF_THOUSANDS = {"arrest", "detention", "death_in_custody", "execution",
                                 "torture", "trial"}
_TITLE_WORDS = 5  # a noun phrase this short, standing alone, is a title: "Prior detention."
_LIST_MARKS = ("-", "•", "*", "–")  # ... unless it is an item of a list of what was reported
_LIST_MARKERS = "".join(_LIST_MARKS) + " 0123456789.)"  # "7. Women who had been ..."


def heading(lang: Language, sentence: str) -> bool:
    """A title, heading or label: a short line, mostly of capitalised words, or "Label: ..."."""
    words = lang.cues.heading_word.findall(sentence)
    if not words or len(words) > 12 or sentence.rstrip().endswith((".", "!", "\"", "”")):
        return False  # headings carry no final stop; "A: They beat me." is a speaker's answer
    if lang.cues.label.match(sentence):
        return True  # "Timeline: ..." heads a list
    capitals = sum(1 for w in words if w[0].isupper() or w.lower() in lang.cues.small_words)
    return capitals / len(words) >= 0.8


def _custody_nearby(doc: DocContext, index: int, skip: Span | None = None) -> bool:
    """Whether the sentence or the two before it (four, in a witness's account of questions
    and answers, which is about custody once it has named a facility) speak of people in
    custody (other than in the trigger itself, `skip`)."""
    back = _ACCOUNT_REACH if doc.first_person else 2
    start, end = doc.sentences[max(0, index - back)].start, doc.sentences[index].end
    custody = doc.language.custody
    if doc.names_in(start, end, "facility"):
        return True  # "spent five years in Yodok before his release"
    if doc.first_person and doc.facility_before(start) is not None:
        return True  # a witness's account of a camp it named: "In 2006 we were released"
    if skip is None:
        return bool(doc.search(custody, start, end))
    return bool(doc.search(custody, start, skip.start) or doc.search(custody, skip.end, end))


_ACCOUNT_REACH = 4  # sentences: an answer, its question, and the answer before


def _anchored(doc: DocContext, index: int, sentence: Span, trigger: Span) -> bool:
    """Spec 2.1: a date, a named place or facility, a count, or an identified person; a
    date can be one told from the narrative's ("the same day", "two weeks later")."""
    return _strong_anchor(doc, index, sentence) or doc.has(index, doc.language.person) or (
        doc.has(index, doc.language.cues.the_camp)
        and doc.facility_before(sentence.start) is not None) or \
        doc.language.find_later(doc.text, sentence.start, sentence.end) is not None or \
        _counted_before(doc, index, trigger)


def _counted_before(doc: DocContext, index: int, trigger: Span) -> bool:
    """ "North Korea executed 30 officials ... The officials were shot after a trial", "The
    rest were sentenced", "The eight are held": a group the document counted before is an
    identified group (spec 2.1)."""
    sentence = doc.sentences[index]
    lo = max(sentence.start, trigger.start - 160)
    if doc.language.cues.the_rest.search(doc.text, lo, trigger.start):
        return any(_is_person(doc, c.noun) and (c.min or c.max or 0) >= 2
                   for back in range(max(0, index - _REST_LOOKBACK), index)
                   for c in doc.counts(back))
    if _the_number_counted_before(doc, index, lo, trigger):
        return True
    group = doc.language.cues.definite_group.search(doc.text[lo : trigger.start])
    noun = group["noun2"].lower() if group and group["noun2"] else None
    return noun is not None and any(
        c.noun == noun and (c.min or c.max or 0) >= 2
        for back in range(max(0, index - FAR), index) for c in doc.counts(back))


def _the_number_counted_before(doc: DocContext, index: int, lo: int, trigger: Span) -> bool:
    """ "arrested eight people ... The eight are now being held": "the" and a number, before
    the trigger, of a group of that number the document counted before."""
    the_before = doc.language.cues.the_before
    told = {c.min for c in doc.counts(index) if lo <= c.start < trigger.start
            and c.min is not None and c.min == c.max and c.min >= 2
            and the_before.search(doc.text, max(0, c.start - 4), c.start)}
    return bool(told) and any(
        c.min in told and c.min == c.max and _is_person(doc, c.noun)
        for back in range(max(0, index - FAR), index) for c in doc.counts(back))


_REST_LOOKBACK = 3  # sentences back to the group "the rest" are the others of


def _strong_anchor(doc: DocContext, index: int, sentence: Span) -> bool:
    """A named place or facility, a count of people, or a date (cheapest checks first)."""
    if doc.names_in(sentence.start, sentence.end):
        return True
    partitive = doc.language.cues.partitive_count
    if any(_is_person(doc, c.noun) or partitive.search(c.text) for c in doc.counts(index)):
        return True  # "Seven of the nine women", "three of them"
    return any(t.duration_days is None for t in doc.times(index))


def _strongly_generic(doc: DocContext, index: int, trigger: Span) -> bool:
    """Whether the sentence speaks of a habit or a class, in words that reach the trigger:
    "... release all those detained, including Kim, who was arrested in 2013" tells of Kim;
    "welcomes the amnesty announced ..., but notes that political prisoners are generally
    excluded": a habit told after a "but" is another statement."""
    if not doc.has(index, doc.language.strong_generic):
        return False
    sentence = doc.sentences[index]
    opened = [m.end() for m in doc.language.cues.told_of_someone.finditer(
        doc.text, sentence.start, trigger.start)]
    lo = opened[-1] if opened else sentence.start
    cues = doc.language.cues
    return any(not (cues.whoever.match(doc.text, m.start()) and _told_in_the_past(doc, trigger))
               and not (m.start() > trigger.end
                        and cues.contrast.search(doc.text, trigger.end, m.start()))
               for m in doc.language.strong_generic.finditer(doc.text, lo, sentence.end))


def _told_in_the_past(doc: DocContext, trigger: Span) -> bool:
    """ "Those who crossed at Tumen were taken to Onsong": a group's one past act, not a habit
    ("those who are caught are sent to camps")."""
    return doc.language.cues.past_passive.search(
        doc.text, max(0, trigger.start - 10), trigger.start + 5) is not None


def _whom_it_befell(doc: DocContext, index: int, trigger: Span) -> bool:
    """ "They made us squat for hours and hit anyone who moved": in a witness's account,
    "anyone who" after the act tells whom it befell, not a habit, when the sentence has no
    other such cue ("Those who were held have testified about beatings" has)."""
    sentence = doc.sentences[index]
    cues = doc.language.cues
    return all(m.start() >= trigger.end and cues.whoever.match(doc.text, m.start())
               for m in doc.language.strong_generic.finditer(doc.text, sentence.start,
                                                             sentence.end))


def _dated_or_counted(doc: DocContext, index: int, clause: tuple[int, int]) -> bool:
    """A date or a count of people in the trigger's clause makes even habit-like wording
    specific ("Being caught is the worst thing ..., if they had found I met a pastor": no)."""
    lo, hi = clause
    if any(t.duration_days is None and t.precision in ("day", "month") and lo <= t.start < hi
           for t in doc.times(index)):
        return True
    end = doc.sentences[index].end
    return any(_is_person(doc, c.noun) and c.min is not None and c.min < 1000 and lo <= c.start < hi
               and not doc.search(doc.language.reporting, c.end, min(c.end + 40, end))
               for c in doc.counts(index))  # "a resident said ..." counts the source


def _large_count(doc: DocContext, index: int, least: int) -> bool:
    return any(max(c.min or 0, c.max or 0) >= least for c in doc.counts(index))


def _particular_people(doc: DocContext, index: int) -> bool:
    """ "a woman arrested in 2014 ... was released under the 2017 amnesty", "Four interviewees
    were released under the amnesty": a particular person's or group's release, beside the
    amnesty (spec rule 9); "2,000 prisoners were freed to mark" is the amnesty carried out."""
    return any(c.min == c.max and c.min is not None and c.min <= _A_GROUP
               and _is_person(doc, c.noun) for c in doc.counts(index))


_A_GROUP = 20  # people: more, and the release is the amnesty carried out


def _is_person(doc: DocContext, noun: str | None) -> bool:
    return noun is not None and noun.lower() in doc.language.person_nouns


def _evidence(doc: DocContext, sentence: Span, trigger: Span) -> Span:
    """The sentence, or a window of it around the trigger when it is too long to quote."""
    if sentence.end - sentence.start <= MAX_EVIDENCE:
        return sentence
    half = MAX_EVIDENCE // 2
    start = max(sentence.start, trigger.start - half)
    end = min(sentence.end, start + MAX_EVIDENCE)
    return Span(start, end)
