"""English: sentence splitting, triggers, temporal expressions and counts."""

from __future__ import annotations

from functools import cache

from girok.extract.en import cues, lexicon
from girok.extract.en.counts import PERSON_SINGULAR, find_counts, plural
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
) | PERSON_SINGULAR | frozenset(map(plural, PERSON_SINGULAR))


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
        cues=Cues.from_module(cues),
    )


register("en", english)
