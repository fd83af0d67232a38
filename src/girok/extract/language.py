"""The language plug-in interface: what the engine needs from a language, and the registry.

A language supplies sentence splitting, trigger and cue patterns, the temporal-expression
grammar, counts and the publication-date finder. The engine itself is language-neutral, so
a new language is a new module, not a second pipeline.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields
from types import ModuleType

from girok.records import CountMention, Offset, Span, TimeMention


@dataclass(frozen=True)
class Cues:
    """Patterns the engine's judgement and slot filling read, beside the trigger lexicon."""

    the_camp: re.Pattern[str]
    with_after: re.Pattern[str]
    held_occasion: re.Pattern[str]
    to_or_from: re.Pattern[str]
    announce_blockers: re.Pattern[str]
    group_subject: re.Pattern[str]
    the_sentence: re.Pattern[str]
    whoever: re.Pattern[str]
    past_passive: re.Pattern[str]
    person_entry: re.Pattern[str]
    born: re.Pattern[str]
    held_there: re.Pattern[str]
    and_then: re.Pattern[str]
    heard_from: re.Pattern[str]
    plural_who: re.Pattern[str]
    no_subject: re.Pattern[str]
    heading_word: re.Pattern[str]
    label: re.Pattern[str]
    small_words: frozenset[str]
    noun_rules: frozenset[str]
    by_agent: re.Pattern[str]
    local_security: re.Pattern[str]
    not_state_security: re.Pattern[str]
    foreign_police: re.Pattern[str]
    foreign_adjective: re.Pattern[str]
    foreign_adjective_places: dict[str, str]
    sentenced_to_prison: re.Pattern[str]
    destination: re.Pattern[str]
    custody_move: re.Pattern[str]
    contrast: re.Pattern[str]
    new_case: re.Pattern[str]
    earlier_that: re.Pattern[str]
    by_the_state: re.Pattern[str]
    of_the: re.Pattern[str]
    speaks_for_state: re.Pattern[str]
    members_of: re.Pattern[str]
    be_between: re.Pattern[str]
    one_joined_before: re.Pattern[str]
    one_joined_after: re.Pattern[str]
    figure_rate: re.Pattern[str]
    figure_deaths: re.Pattern[str]
    figure_executions: re.Pattern[str]
    figure_repatriations: re.Pattern[str]
    before_date: re.Pattern[str]
    visit_to: re.Pattern[str]
    learned_of: re.Pattern[str]
    occasion: re.Pattern[str]
    plural_after: re.Pattern[str]
    since_clause: re.Pattern[str]
    not_until: re.Pattern[str]
    threatened: re.Pattern[str]
    decree: re.Pattern[str]
    police_run: re.Pattern[str]
    witness_saw: re.Pattern[str]
    counted_before: re.Pattern[str]
    dateline_after_place: re.Pattern[str]
    agency_dash: re.Pattern[str]
    pre_trial_kind: re.Pattern[str]
    one_before_verb: re.Pattern[str]
    event_named_again: re.Pattern[str]
    organisation_named: re.Pattern[str]
    answer_line: re.Pattern[str]
    someone_else: re.Pattern[str]
    served: re.Pattern[str]
    titled_name: re.Pattern[str]
    part_subject: re.Pattern[str]
    struck_by: re.Pattern[str]
    learning: re.Pattern[str]
    escaped_to: re.Pattern[str]
    subject_gap: re.Pattern[str]
    the_before_place: re.Pattern[str]
    generic_facility_after: re.Pattern[str]
    replacing_those: re.Pattern[str]
    kin_of: re.Pattern[str]
    given_name: re.Pattern[str]
    served_own: re.Pattern[str]
    fraction_of: re.Pattern[str]
    named_body_after: re.Pattern[str]
    sex_before: re.Pattern[str]
    while_contrast: re.Pattern[str]
    prison_term_after_death: re.Pattern[str]
    those_sentenced: re.Pattern[str]
    the_others: re.Pattern[str]
    camp_term: re.Pattern[str]
    held_so_far: re.Pattern[str]
    members_after: re.Pattern[str]
    state_run: re.Pattern[str]
    relative_word: re.Pattern[str]
    agent_by: re.Pattern[str]
    apposition_open: re.Pattern[str]
    apposition_close: re.Pattern[str]
    of_a_class: re.Pattern[str]
    kind_in: re.Pattern[str]
    said_just_before: re.Pattern[str]
    pronoun_opens: re.Pattern[str]
    item_number: re.Pattern[str]
    into: re.Pattern[str]
    via: re.Pattern[str]
    venue: re.Pattern[str]
    goes_on: re.Pattern[str]
    part_of_those: re.Pattern[str]
    compared: re.Pattern[str]
    not_in_place: re.Pattern[str]
    then_held: re.Pattern[str]
    the_rest: re.Pattern[str]
    finite_first: re.Pattern[str]
    to: re.Pattern[str]
    from_: re.Pattern[str]
    from_country: re.Pattern[str]
    singular_subject: re.Pattern[str]
    pair_subject: re.Pattern[str]
    named_subject: re.Pattern[str]
    singular_object: re.Pattern[str]
    possessive: re.Pattern[str]
    owner: re.Pattern[str]
    partitive_total: re.Pattern[str]
    figure_cue: re.Pattern[str]
    attribution: re.Pattern[str]
    figure_held: re.Pattern[str]
    pluperfect: re.Pattern[str]
    group_of: re.Pattern[str]
    with_others: re.Pattern[str]
    others_after: re.Pattern[str]
    speakers_are_victims: re.Pattern[str]
    definite_group: re.Pattern[str]
    relative_clause: re.Pattern[str]
    relative_person: re.Pattern[str]
    told_of_someone: re.Pattern[str]
    scope: re.Pattern[str]
    report_year: re.Pattern[str]
    covers: re.Pattern[str]
    conducted: re.Pattern[str]
    on_return: re.Pattern[str]
    trend_of: re.Pattern[str]
    trend_after: re.Pattern[str]
    still: re.Pattern[str]
    kin_opens: re.Pattern[str]
    definite_before: re.Pattern[str]
    foreign_national: re.Pattern[str]
    then_clause: re.Pattern[str]
    subordinator: re.Pattern[str]
    died_of: re.Pattern[str]
    saw_before: re.Pattern[str]
    if_caught: re.Pattern[str]
    nk_subject: re.Pattern[str]
    after_release: re.Pattern[str]
    at_home: re.Pattern[str]
    kin_subject: re.Pattern[str]
    at_place: re.Pattern[str]
    arrived: re.Pattern[str]
    origin: re.Pattern[str]
    topic: re.Pattern[str]
    there: re.Pattern[str]
    one_by_one: re.Pattern[str]
    the_country: re.Pattern[str]
    river_after: re.Pattern[str]
    until_before: re.Pattern[str]
    since_before: re.Pattern[str]
    perfect_before: re.Pattern[str]
    present_perfect: re.Pattern[str]
    abuse_noun: re.Pattern[str]
    suffered: re.Pattern[str]
    newly: re.Pattern[str]
    held_subject: re.Pattern[str]
    object_pronoun: re.Pattern[str]
    partitive_count: re.Pattern[str]
    by_before: re.Pattern[str]
    class_who: re.Pattern[str]
    who_before: re.Pattern[str]
    who_word: re.Pattern[str]
    heard: re.Pattern[str]
    that_word: re.Pattern[str]
    who_aux: re.Pattern[str]
    other_state: re.Pattern[str]
    announced_done: re.Pattern[str]
    joined_verb: re.Pattern[str]
    police: re.Pattern[str]
    they_did: re.Pattern[str]
    condemned: re.Pattern[str]
    fiction: re.Pattern[str]
    plural_object: re.Pattern[str]
    sources_of_report: re.Pattern[str]
    as_source: re.Pattern[str]
    source_after: re.Pattern[str]
    reports_of: re.Pattern[str]
    asked_where: re.Pattern[str]
    asked_when: re.Pattern[str]
    answer_to: re.Pattern[str]
    condition: re.Pattern[str]
    institution_after: re.Pattern[str]
    agent_or_age: re.Pattern[str]
    spectators_after: re.Pattern[str]
    joined_count: re.Pattern[str]
    the_before: re.Pattern[str]
    unit_nouns: frozenset[str]
    prisoner_nouns: frozenset[str]
    people_nouns: frozenset[str]
    act_nouns: frozenset[str]
    no_source_words: frozenset[str]
    articles: frozenset[str]
    political: re.Pattern[str]
    account_nouns: frozenset[str]
    passive_be: re.Pattern[str]
    again: re.Pattern[str]
    same_occasion: re.Pattern[str]
    other: re.Pattern[str]
    another_case: re.Pattern[str]
    with_people: re.Pattern[str]
    coordinated: re.Pattern[str]

    def country_of_adjective(self, m: re.Match[str]) -> str:
        """The gazetteer id of the country a nationality adjective (a `foreign_police` or
        `foreign_adjective` match) names."""
        word = m.group("adjective") if "adjective" in m.re.groupindex else m.group()
        return self.foreign_adjective_places[word.lower()]

    @classmethod
    def from_module(cls, module: ModuleType) -> Cues:
        """A language's cues, each the module's constant of the field's name in capitals
        (`the_camp` is `THE_CAMP`; `from_` is `FROM`), so a language lists them once."""
        return cls(**{f.name: getattr(module, f.name.rstrip("_").upper()) for f in fields(cls)})


@dataclass(frozen=True)
class Language:
    """Everything language-specific the extraction engine uses."""

    code: str
    sentences: Callable[[str], list[Span]]
    triggers: re.Pattern[str]
    trigger_stems: tuple[str, ...]
    trigger_of: Callable[[re.Match[str]], tuple[str, str]]
    find_times: Callable[[str, dt.date | None, int, int | None], list[TimeMention]]
    find_counts: Callable[[str, int, int | None], list[CountMention]]
    find_publication_date: Callable[[str], dt.date | None]
    find_later: Callable[[str, int, int], Offset | None]
    negation: re.Pattern[str]
    generic: re.Pattern[str]
    announced: re.Pattern[str]
    witness: re.Pattern[str]
    person: re.Pattern[str]
    court: re.Pattern[str]
    camp_word: re.Pattern[str]
    facility_kind: re.Pattern[str]
    facility_kind_words: tuple[str, ...]
    plural_kind: re.Pattern[str]
    relevance: re.Pattern[str]
    north_korea: re.Pattern[str]
    custody: re.Pattern[str]
    boilerplate: re.Pattern[str]
    clause_break: re.Pattern[str]
    first_person: re.Pattern[str]
    strong_generic: re.Pattern[str]
    statistic: re.Pattern[str]
    amnesty_cue: re.Pattern[str]
    reporting: re.Pattern[str]
    hypothetical: re.Pattern[str]
    dateline_end: re.Pattern[str]
    back_reference: re.Pattern[str]
    recently: re.Pattern[str]
    person_nouns: frozenset[str]
    cues: Cues
    # `triggers` cut down by the letter (in folded case) a trigger begins with; a letter
    # missing begins none. Empty: `triggers` is tried at every word start.
    triggers_by_initial: Mapping[str, re.Pattern[str]] = field(default_factory=dict)


_REGISTRY: dict[str, Callable[[], Language]] = {}


def register(code: str, factory: Callable[[], Language]) -> None:
    """Make a language available under its code."""
    _REGISTRY[code] = factory


def get_language(code: str) -> Language:
    """The language for `code`, falling back to English for one girok does not know."""
    if not _REGISTRY:
        from girok.extract import en  # noqa: F401 - registers itself

    factory = _REGISTRY.get(code) or _REGISTRY["en"]
    return factory()
