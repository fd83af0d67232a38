"""English: sentence splitting, triggers, temporal expressions and counts."""

from __future__ import annotations

from functools import cache

from girok.extract.en import cues, lexicon
from girok.extract.en.counts import find_counts
from girok.extract.en.dates import find_publication_date, find_times
from girok.extract.en.offsets import find_later
from girok.extract.en.sentences import sentence_spans
from girok.extract.language import Cues, Language, register

PERSON_NOUNS = frozenset(
    """people persons person prisoners prisoner inmates inmate detainees detainee escapees
    escapee defectors defector women woman men man children child residents resident koreans
    korean refugees refugee individuals individual journalists journalist workers worker
    believers believer christians christian families family members member victims victim
    returnees returnee smugglers smuggler students student citizens citizen soldiers soldier
    officials official brokers broker girls girl boys boy mother mothers father fathers
    pastor pastors missionary missionaries traders trader farmers farmer teenagers teenager
    wives wife husband husbands relatives relative others crew fishermen fisherman
    nationals national americans american tourists tourist guards guard youths youth
    daughters daughter sons son sisters sister brothers brother couple defectees
    interviewees interviewee witnesses witness respondents respondent survivors survivor
    deportees deportee repatriates repatriate aides aide clerics cleric
    us them prisoners' convicts convict americans canadians canadian australians australian
    hundred reporters reporter businessman businessmen students
    """.split()
)


@cache
def english() -> Language:
    """The English language plug-in."""
    return Language(
        code="en",
        sentences=sentence_spans,
        triggers=lexicon.TRIGGER_RE,
        trigger_stems=lexicon.TRIGGER_STEMS,
        triggers_by_initial=lexicon.TRIGGERS_BY_INITIAL,
        trigger_of=lexicon.trigger_of,
        find_times=find_times,
        find_counts=find_counts,
        find_publication_date=find_publication_date,
        find_later=find_later,
        negation=lexicon.NEGATION_RE,
        generic=lexicon.GENERIC_RE,
        announced=lexicon.ANNOUNCED_RE,
        witness=lexicon.WITNESS_RE,
        person=lexicon.PERSON_RE,
        court=lexicon.COURT_RE,
        camp_word=lexicon.CAMP_WORD_RE,
        facility_kind=lexicon.FACILITY_KIND_RE,
        facility_kind_words=lexicon.FACILITY_KIND_WORDS,
        plural_kind=lexicon.PLURAL_KIND_RE,
        relevance=lexicon.RELEVANCE_RE,
        north_korea=lexicon.NORTH_KOREA_RE,
        custody=lexicon.CUSTODY_RE,
        boilerplate=lexicon.BOILERPLATE_RE,
        clause_break=lexicon.CLAUSE_BREAK_RE,
        first_person=lexicon.FIRST_PERSON_RE,
        strong_generic=lexicon.STRONG_GENERIC_RE,
        statistic=lexicon.STATISTIC_RE,
        amnesty_cue=lexicon.AMNESTY_CUE_RE,
        reporting=lexicon.REPORTING_RE,
        hypothetical=lexicon.HYPOTHETICAL_RE,
        dateline_end=lexicon.DATELINE_END_RE,
        back_reference=lexicon.BACK_REFERENCE_RE,
        recently=lexicon.RECENTLY_RE,
        person_nouns=PERSON_NOUNS,
        cues=Cues(
            the_camp=cues.THE_CAMP, with_after=cues.WITH_AFTER, held_occasion=cues.HELD_OCCASION,
            to_or_from=cues.TO_OR_FROM, announce_blockers=cues.ANNOUNCE_BLOCKERS,
            group_subject=cues.GROUP_SUBJECT, heading_word=cues.HEADING_WORD, label=cues.LABEL,
            small_words=cues.SMALL_WORDS, noun_rules=cues.NOUN_RULES, by_agent=cues.BY_AGENT,
            local_security=cues.LOCAL_SECURITY, not_state_security=cues.NOT_STATE_SECURITY,
            foreign_police=cues.FOREIGN_POLICE, foreign_adjective=cues.FOREIGN_ADJECTIVE,
            foreign_adjective_place=cues.FOREIGN_ADJECTIVE_PLACE,
            sentenced_to_prison=cues.SENTENCED_TO_PRISON,
            destination=cues.DESTINATION, into=cues.INTO, to=cues.TO, from_=cues.FROM,
            from_country=cues.FROM_COUNTRY, singular_subject=cues.SINGULAR_SUBJECT,
            pair_subject=cues.PAIR_SUBJECT, named_subject=cues.NAMED_SUBJECT,
            singular_object=cues.SINGULAR_OBJECT, possessive=cues.POSSESSIVE, owner=cues.OWNER,
            partitive_total=cues.PARTITIVE_TOTAL, figure_cue=cues.FIGURE_CUE,
            attribution=cues.ATTRIBUTION, figure_held=cues.FIGURE_HELD,
            pluperfect=cues.PLUPERFECT, group_of=cues.GROUP_OF, with_others=cues.WITH_OTHERS,
            others_after=cues.OTHERS_AFTER, speakers_are_victims=cues.SPEAKERS_ARE_VICTIMS,
            definite_group=cues.DEFINITE_GROUP, relative_clause=cues.RELATIVE_CLAUSE,
            relative_person=cues.RELATIVE_PERSON,
            scope=cues.SCOPE, report_year=cues.REPORT_YEAR, on_return=cues.ON_RETURN,
            after_release=cues.AFTER_RELEASE, nk_subject=cues.NK_SUBJECT,
            if_caught=cues.IF_CAUGHT, subordinator=cues.SUBORDINATOR, saw_before=cues.SAW_BEFORE,
            died_of=cues.DIED_OF, then_clause=cues.THEN_CLAUSE,
            foreign_national=cues.FOREIGN_NATIONAL, indefinite_before=cues.INDEFINITE_BEFORE,
            trend_of=cues.TREND_OF,
            kin_subject=cues.KIN_SUBJECT,
            at_place=cues.AT_PLACE,
            arrived=cues.ARRIVED,
            origin=cues.ORIGIN, one_by_one=cues.ONE_BY_ONE, topic=cues.TOPIC,
            there=cues.THERE,
            the_country=cues.THE_COUNTRY, river_after=cues.RIVER_AFTER,
            partitive_count=cues.PARTITIVE_COUNT, newly=cues.NEWLY, abuse_noun=cues.ABUSE_NOUN,
            suffered=cues.SUFFERED,
            prisoner_nouns=cues.PRISONER_NOUNS, people_nouns=cues.PEOPLE_NOUNS,
            act_nouns=cues.ACT_NOUNS,
            no_source_words=cues.NO_SOURCE_WORDS, political=cues.POLITICAL,
            articles=cues.ARTICLES,
            held_subject=cues.HELD_SUBJECT, object_pronoun=cues.OBJECT_PRONOUN,
            by_before=cues.BY_BEFORE, class_who=cues.CLASS_WHO,
            who_before=cues.WHO_BEFORE, who_word=cues.WHO_WORD, who_aux=cues.WHO_AUX,
            until_before=cues.UNTIL_BEFORE,
            since_before=cues.SINCE_BEFORE, perfect_before=cues.PERFECT_BEFORE,
            present_perfect=cues.PRESENT_PERFECT,
            other_state=cues.OTHER_STATE, reports_of=cues.REPORTS_OF,
            asked_where=cues.ASKED_WHERE, asked_when=cues.ASKED_WHEN,
            answer_to=cues.ANSWER_TO, condition=cues.CONDITION,
            institution_after=cues.INSTITUTION_AFTER,
            coordinated=cues.COORDINATED,
            agent_or_age=cues.AGENT_OR_AGE, joined_count=cues.JOINED_COUNT,
            the_before=cues.THE_BEFORE, unit_nouns=cues.UNIT_NOUNS,
            account_nouns=cues.ACCOUNT_NOUNS, with_people=cues.WITH_PEOPLE,
            passive_be=cues.PASSIVE_BE, again=cues.AGAIN,
        ),
    )


register("en", english)
