"""How many people an event happened to: the nearest count, a group named again, one person."""

from __future__ import annotations

from girok.extract.candidates import Candidate
from girok.extract.context import FAR, DocContext
from girok.extract.slots.common import clause_of, nearest
from girok.records import CountMention, Victims


def event_victims(doc: DocContext, c: Candidate) -> Victims:
    """The count of people nearest the trigger; one for a single identified person."""
    nouns = doc.language.person_nouns
    cues_ = doc.language.cues
    people = [n for n in doc.counts(c.sentence)
              if ((n.noun and n.noun.lower() in nouns) or _the_number(doc, n)
                  or (n.noun and n.noun.lower() in cues_.act_nouns)
                  or _accounts_of_people(doc, n)
                  or (n.noun is None and (n.end <= c.trigger.start or _group_count(doc, n))))
              and not _age_or_list_number(doc, n.start, n.end)
              and (not cues_.agent_or_age.search(doc.text, max(0, n.start - 18), n.start)
                   # "including two who were sentenced to death and shot": those shot
                   or cues_.who_then.fullmatch(doc.text, n.end, c.trigger.start) is not None)
              and not (n.min == n.max == 1  # "children of a senior official": his, not them
                       and cues_.kin_of.search(doc.text, max(0, n.start - 16), n.start))
              and not _spectators(doc, n, c)
              and (not doc.search(cues_.partitive_total, max(0, n.start - 24), n.start)
                   or _qualified_by_trigger(doc, n, c)
                   or cues_.group_of.search(doc.text, max(0, n.start - 20), n.start)
                   or n.min == n.max == 1)  # "the case of a Canadian pastor"
              and not _reporter(doc, n.end, c.trigger.start)]
    clause = clause_of(doc, c)
    best = nearest([n for n in people if n.start < clause[1] or _with_others_later(doc, c, n)
                    # "held a public trial ... at which at least 11 people were sentenced"
                    or doc.search(cues_.at_which, max(0, n.start - 30), n.start) is not None],
                   c, clause)
    best = _head_of_apposition(doc, people, best)
    group = next((n for n in people if _the_number(doc, n) and (n.min or 0) >= 2), None)
    if best is not None and best.min == best.max == 1 and group is not None and \
            group.start < best.start:
        best = group  # "The two, a missionary and a businessman, were sentenced"
    part = doc.search(cues_.part_subject, max(0, c.trigger.start - 30), c.trigger.start)
    if part is not None and (best is None or best.end <= part.start()):
        return Victims()  # "... were rounded up; most were released": a part, uncounted
    plural = doc.search(cues_.plural_who, max(0, c.trigger.start - 40), c.trigger.start)
    if plural is not None and "who" not in plural.group().lower() and (
            best is None or (best.end <= plural.start()  # but "12 others" counts them
                             and doc.text[best.end : plural.start()].strip() != "")):
        return Victims()  # "he saw inmates die": a plural not counted, after any count
    if best is not None:
        if _with_others(doc, best):
            return Victims(_plus_one(best.min), _plus_one(best.max))
        return _with_joined(doc, people, best)
    span = doc.sentences[c.sentence]
    cues = doc.language.cues
    lo = max(span.start, c.trigger.start - 80)
    before = doc.text[lo : c.trigger.start]
    after = doc.text[c.trigger.start : min(span.end, c.trigger.end + 90)]
    if cues.pair_subject.search(before):
        return Victims(2, 2)
    last = doc.search(cues.one_before_verb, lo, c.trigger.start)
    listed = 1 + _ones_joined(doc, last.start(), last.start()) if last is not None else 1
    if listed > 1:
        return Victims(listed, listed)  # "my mother, my younger brother and I were taken"
    if cues.plural_object.match(doc.text, c.trigger.end) or cues.plural_who.search(before):
        return Victims()  # "she said the guards raped women", "bodies of prisoners who died"
    first_word = doc.text.find(" ", c.trigger.start, c.trigger.end) + 1  # "her three months"
    if doc.search(cues.singular_subject, lo, c.trigger.start) or \
            cues.named_subject.search(before) or cues.singular_object.search(after) or \
            doc.search(cues.possessive, lo, c.trigger.start) or \
            (first_word and cues.possessive.match(doc.text, c.trigger.start, first_word)):
        return Victims(1, 1)
    return Victims(1, 1) if _of_the_case(doc, c) else Victims()


def _head_of_apposition(doc: DocContext, people: list[CountMention],
                        best: CountMention | None) -> CountMention | None:
    """ "Three Christians in Sinuiju - a woman surnamed Ri, her husband and a neighbour - were
    arrested": the members listed between dashes are the group counted before them."""
    if best is None:
        return None
    for head in people:
        if head.end <= best.start and (head.min or 0) >= 2:
            opened = doc.language.cues.apposition_open.match(doc.text, head.end)
            if opened is not None and opened.end() <= best.start and \
                    not doc.language.cues.apposition_close.search(doc.text, opened.end(),
                                                                   best.start):
                return head
    return best


def _of_the_case(doc: DocContext, c: Candidate) -> bool:
    """ "Case 2. Female, born 1990, from Musan. Forcibly repatriated in 2019; ...": a sentence
    with no subject in an entry that opens with one person tells of that person."""
    span = doc.sentences[c.sentence]
    if not doc.language.cues.no_subject.fullmatch(doc.text, span.start, c.trigger.start):
        return False
    first = c.sentence
    while first > 0 and c.sentence - first < _ENTRY_SENTENCES and \
            not doc.paragraph_break(first - 1):
        first -= 1
    opening = doc.sentences[first]  # "Case 1." may stand as a sentence of its own
    end = doc.sentences[min(first + 1, c.sentence)].end
    return doc.language.cues.person_entry.match(doc.text, opening.start, end) is not None


_ENTRY_SENTENCES = 8  # sentences back to the opening of a case entry


def _qualified_by_trigger(doc: DocContext, n: CountMention, c: Candidate) -> bool:
    """ "80 of the 500 North Koreans repatriated on Oct. 9": a participle right after a count
    is told of those counted, a part's ("Twelve of the 14 interviewees were held") is not."""
    return doc.text[n.end : c.trigger.start].isspace() and \
        doc.language.cues.finite_first.match(doc.text, c.trigger.start) is None


def _spectators(doc: DocContext, n: CountMention, c: Candidate) -> bool:
    """ "About 2,000 residents were mobilised to watch the execution": those made to watch."""
    return n.end <= c.trigger.start and doc.language.cues.spectators_after.search(
        doc.text, n.end, min(c.trigger.start, n.end + 80)) is not None


def group_victims(doc: DocContext, c: Candidate) -> Victims:
    """For "The detainees were ...", "the group was ...": the count given them before.
    Read after merging, so a count borrowed from context joins no two mentions."""
    span = doc.sentences[c.sentence]
    aux = doc.language.cues.finite_first.match(doc.text, c.trigger.start)  # "were held"
    end = c.trigger.start if aux is None else min(aux.end() + 1, c.trigger.end)
    lo = max(span.start, c.trigger.start - 80)
    group = doc.language.cues.definite_group.search(doc.text[lo:end])
    if group is None or (group["noun"] and _plural_before(doc, span.start, lo + group.start())):
        return Victims()  # "repatriated persons were sent to centres where they were ..."
    if doc.search(doc.language.cues.fraction_of, max(span.start, lo + group.start() - 25),
                  lo + group.start()):
        return Victims()  # "about a fifth of the people in my village died": a part
    told = _group_told_before(doc, c.sentence, group["noun"] or group["noun2"])
    return Victims() if told is None else Victims(told.min, told.max)


def _plural_before(doc: DocContext, start: int, end: int) -> bool:
    """Whether [start, end) names people in the plural: what "they" after it refers to."""
    nouns = doc.language.person_nouns
    return any(w.lower() in nouns and w.lower().endswith("s") for w in
               doc.language.cues.heading_word.findall(doc.text, start, end))


def _group_told_before(doc: DocContext, index: int, noun: str) -> CountMention | None:
    """For "the detainees", "the group": the count of people the document gave them before;
    the last of the same noun, else the last count of a group a few sentences back."""
    nouns = doc.language.person_nouns
    earlier = [(back, n) for back in range(max(0, index - FAR), index) for n in doc.counts(back)
               if ((n.noun and n.noun.lower() in nouns) or _group_count(doc, n))
               and n.min is not None and n.min >= 2
               and not _age_or_list_number(doc, n.start, n.end)
               and not doc.language.cues.agent_or_age.search(doc.text, max(0, n.start - 18),
                                                              n.start)]  # "including two"
    same = [n for _, n in earlier if (n.noun or _group_word(doc, n)) == noun.lower()]
    reach = _PRONOUN_LOOKBACK if noun.lower() == "they" else _GROUP_LOOKBACK
    near = [n for back, n in earlier if back >= index - reach]
    pool = same if noun.lower() in _OWN_COUNT_ONLY else same or near
    return pool[-1] if pool else None


_GROUP_LOOKBACK = 12
# "The family was released": a family is counted as one ("a family of five"), never by the
# last count of people told ("the camp held about 30,000 prisoners")
_OWN_COUNT_ONLY = frozenset({"family", "families"})
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
    singles = _ones_joined(doc, group[0].start, group[-1].end)
    low = sum(n.min or 0 for n in group) + singles if all(n.min for n in group) else None
    high = sum(n.max or 0 for n in group) + singles if all(n.max for n in group) else None
    return Victims(low, high)


def _ones_joined(doc: DocContext, start: int, end: int) -> int:
    """How many single people are listed with a count: "my mother, my two brothers and I"."""
    cues = doc.language.cues
    found = 0
    while (m := cues.one_joined_before.search(doc.text, max(0, start - 40), start)) is not None:
        found, start = found + 1, m.start()
    while (m := cues.one_joined_after.match(doc.text, end)) is not None:
        found, end = found + 1, m.end()
    return found


def _group_word(doc: DocContext, n: CountMention) -> str | None:
    """The word a bare count is "of": "family" for "a family of five"."""
    m = doc.language.cues.group_of.search(doc.text, max(0, n.start - 20), n.start)
    return m["word"].lower() if m else None


def _group_count(doc: DocContext, n: CountMention) -> bool:
    """A bare number that counts people: "a family of five", "with about 100 others"."""
    cues = doc.language.cues
    return bool(cues.group_of.search(doc.text, max(0, n.start - 20), n.start)
                or _with_others(doc, n))


def _with_others_later(doc: DocContext, c: Candidate, n: CountMention) -> bool:
    """ "was detained by police in Kunming, on 2 April together with six other North Koreans":
    those it happened with, later in the sentence, with no other event told between."""
    return n.start > c.trigger.end and _with_others(doc, n) and \
        not doc.trigger_within(c.trigger.end, n.start)


def _with_others(doc: DocContext, n: CountMention) -> bool:
    """ "with about 100 others": the count leaves out the one it happened with."""
    cues = doc.language.cues
    return bool(cues.with_others.search(doc.text, max(0, n.start - 20), n.start)
                and (cues.others_after.match(doc.text, n.end)
                     or cues.others_after.search(doc.text, n.start, n.end)))


def _plus_one(value: int | None) -> int | None:
    return None if value is None else value + 1


def _age_or_list_number(doc: DocContext, start: int, end: int) -> bool:
    """"Miller, 25, was detained", "Kim (17, male)" and "Kim (male, 45)" give an age;
    "4. **Forced abortion.**" a list number."""
    text = doc.text
    before, after = text[max(0, start - 2) : start], text[end : end + 2]
    if before.endswith(", ") and after.startswith(","):
        return True
    if before.endswith("(") and after[:1] in (",", ")") and text[max(0, start - 3)].isalpha():
        return True
    if after[:1] == ")" and doc.language.cues.sex_before.search(text, max(0, start - 12), start):
        return True  # "Kim (male, 45)"
    line_start = start == 0 or text[start - 1] == "\n"
    return line_start and after.startswith(".")
