"""An event's date (spec 3.1), on sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from girok.extract.en.offsets import find_later
from girok.records import DateRange, Offset, Victims
from tests.extract.support import PUB_2015, events, of_type, only

WITNESS = ("Transcript | Recorded 2017-09-05\n\n"
           "Q: When were you caught?\n\nA: In September 2006 I was caught in Yanji and sent "
           "back. I was taken to the holding centre in Onsong and I was there for two weeks. "
           "I was beaten there. Then I was sent to a labour camp. My friends and I worked every "
           "day and we were hungry. I was afraid and I was alone, and my feet were cold.\n\n"
           "Q: Did anyone die?\n\nA: In the winter a man in my cell died of hunger. Another "
           "woman told me that an old man had died in the cell in the summer.")


def test_relative_dates_and_reported_means_happened() -> None:
    e = only(PUB_2015 + "A man in his 40s was arrested in Hoeryong last year.", "arrest")
    assert e.date == DateRange(dt.date(2014, 1, 1), dt.date(2014, 12, 31))
    e = only(PUB_2015 + "The Bowibu has arrested a smuggler in Hyesan.", "arrest")
    assert e.date == DateRange(None, dt.date(2015, 7, 14))


def test_no_publication_date_leaves_relative_dates_open() -> None:
    e = only("A man in his 40s was arrested in Hoeryong last year.", "arrest")
    assert e.date == DateRange(None, None)
    e = only("A man in his 40s was arrested in Hoeryong last year.", "arrest",
             published=dt.date(2020, 3, 1))
    assert e.date == DateRange(dt.date(2019, 1, 1), dt.date(2019, 12, 31))


def test_a_detention_over_years_is_dated_when_it_began() -> None:
    e = only("He was held at Kyo-hwa-so No. 11 from 2002 to 2004.", "detention")
    assert e.date == DateRange(dt.date(2002, 1, 1), dt.date(2002, 12, 31))
    assert (e.facility, e.place) == ("kyohwaso-11", "chungsan")


def test_dates_carry_over_within_a_paragraph() -> None:
    text = (PUB_2015 + "In March 2012 he was arrested in Musan. He was beaten during "
            "interrogation.")
    tortures = [e for e in events(text) if e.type == "torture"]
    assert tortures[0].date == DateRange(dt.date(2012, 3, 1), dt.date(2012, 3, 31))


def test_a_month_or_season_without_a_year_takes_the_witness_narrative_year() -> None:
    deaths = of_type(WITNESS, "death_in_custody")
    assert [e.date for e in deaths] == [
        DateRange(dt.date(2006, 12, 1), dt.date(2007, 2, 28)),  # the next winter
        DateRange(dt.date(2006, 6, 1), dt.date(2006, 8, 31)),  # had died: the summer before
    ]


def test_that_season_is_the_narratives_even_with_no_publication_date() -> None:
    text = ("In February 2009 I was sent to the holding centre in Onsong. Two women in my "
            "cell died of hunger that summer.")
    death = only(text, "death_in_custody")
    assert death.date == DateRange(dt.date(2009, 6, 1), dt.date(2009, 8, 31))


def test_an_undated_sentence_of_a_witness_account_inherits_its_narrative_date() -> None:
    torture = only(WITNESS, "torture")  # over the two weeks' stay from September 2006
    assert torture.date == DateRange(dt.date(2006, 9, 1), dt.date(2006, 10, 14))
    assert torture.date_from_context
    # a duration ("for two weeks") dates nothing; "Then I was sent to a labour camp" after it
    # is another stay, two weeks on
    held, camp = of_type(WITNESS, "detention")
    assert held.date == DateRange(dt.date(2006, 9, 1), dt.date(2006, 9, 30))
    assert camp.date == DateRange(dt.date(2006, 9, 15), dt.date(2006, 10, 14))


def test_a_restated_day_without_a_year_is_the_day_stated_before() -> None:
    text = ("BRIEF, 26 August 2021\n\nOn 14 July 2021, Chinese police forcibly repatriated "
            "about 50 North Koreans. The border had been closed in January 2020. "
            "On the afternoon of 14 July, the returnees were taken to Sinuiju and held at the "
            "holding centre there.")
    e = only(text, "detention")
    assert e.date == DateRange(dt.date(2021, 7, 14), dt.date(2021, 7, 14))


def test_a_month_in_news_keeps_the_publication_year_after_an_older_paragraph() -> None:
    text = PUB_2015 + ("He was first arrested in 2012.\n\nIn March, police in Hyesan arrested "
                       "him again.")
    arrests = of_type(text, "arrest")
    assert arrests[-1].date == DateRange(dt.date(2015, 3, 1), dt.date(2015, 3, 31))


def test_a_date_of_a_clause_about_something_else_does_not_date_the_event() -> None:
    text = PUB_2015 + ("\u201cPeople were tortured in Camp 15 for watching films,\u201d he told "
                       "the council, which set up the inquiry in March of this year.")
    assert only(text, "torture").date == DateRange(None, dt.date(2015, 7, 14))


def test_what_had_happened_before_a_dated_clause_is_dated_from_the_narrative() -> None:
    text = PUB_2015 + ("Lim disappeared in February 2015. North Korea had arrested him, and in "
                       "December 2015 Lim was sentenced to life with hard labour.")
    assert only(text, "arrest").date == DateRange(dt.date(2015, 2, 1), dt.date(2015, 2, 28))


@pytest.mark.parametrize(("phrase", "offset"), [
    ("Two weeks later, he was taken", Offset(days=14)),
    ("A month later she died", Offset(months=1)),
    ("the following year they were freed", Offset(months=12)),
    ("3 days later", Offset(days=3)),
    ("later that year", None),
])
def test_offsets_that_move_a_narrative_on(phrase: str, offset: Offset | None) -> None:
    assert find_later(phrase, 0, len(phrase)) == offset


def test_an_undated_account_takes_the_period_the_report_covers() -> None:
    text = ("REPORT, 28 July 2020\n\nThe Office interviewed women who were held in North "
            "Korea between 2009 and 2019.\n\nMany said that they were beaten by guards at "
            "the Onsong holding centre during questioning.")
    torture = only(text, "torture")
    assert torture.date == DateRange(dt.date(2009, 1, 1), dt.date(2019, 12, 31))
    assert torture.date_from_context


def test_beatings_during_a_stay_take_the_stay() -> None:
    text = PUB_2015 + ("In March 2008 she was taken to the Sinuiju holding centre. She was "
                       "questioned every day for two months. When she said no, they beat her "
                       "with a belt.")
    torture = only(text, "torture")
    assert torture.date.earliest == dt.date(2008, 3, 1)
    assert torture.date.latest is not None
    assert abs((torture.date.latest - dt.date(2008, 5, 31)).days) <= 5


def test_a_dated_event_in_the_opening_is_not_a_period_the_report_covers() -> None:
    text = PUB_2015 + ("Kim was arrested in Hyesan between 2011 and 2014.\n\nShe has recently "
                       "been released from Camp 12.")
    assert only(text, "release").date == DateRange(dt.date(2015, 1, 1), dt.date(2015, 7, 14))


def test_a_detention_that_had_lasted_years_began_that_long_before_the_narratives_date() -> None:
    text = PUB_2015 + ("On 9 March, China forcibly repatriated about 200 North Koreans at "
                       "Tumen. Most had been held in Chinese detention for two years.")
    held = only(text, "detention")
    assert held.date.earliest is None and held.date.latest is not None
    assert abs((held.date.latest - dt.date(2013, 3, 9)).days) <= 2


def test_what_had_happened_earlier_is_not_where_the_narrative_stands() -> None:
    text = ("Transcript | Recorded 2017-09-05\n\nA: In September 2006 they sent me to the "
            "holding centre in Onsong. I was afraid and my legs hurt. A woman told me that an "
            "old man had died in the cell in the summer. Then they sent me to the labour "
            "training camp in Onsong county. We were hungry and I was cold, and my friend and "
            "I worked in our unit every day.")
    held = of_type(text, "detention")[-1]
    assert held.date == DateRange(dt.date(2006, 9, 1), dt.date(2006, 9, 30))


def test_recently_in_the_clause_wins_over_a_date_of_another_clause() -> None:
    text = PUB_2015 + ("She was imprisoned in Camp 25 in early 2009 and has recently been "
                       "released.")
    assert only(text, "release").date == DateRange(dt.date(2015, 1, 1), dt.date(2015, 7, 14))


def test_recently_beats_the_narratives_date_moved_on_by_an_offset() -> None:
    text = PUB_2015 + ("Park was arrested in Hyesan in 2008. After about six months of "
                       "questioning, he was sent to Camp 15 in early 2009 and has recently "
                       "returned home.")
    freed = only(text, "release")
    assert freed.date.earliest == dt.date(2015, 1, 1)
    assert freed.date.latest == dt.date(2015, 7, 14)


def test_until_a_date_ends_a_detention_it_does_not_date_it() -> None:
    text = PUB_2015 + "Pak was sent to Camp 15, where he was held until 2003."
    held = only(text, "detention")
    assert (held.date.earliest, held.date.latest) == (None, dt.date(2003, 12, 31))


def test_a_relative_clause_on_the_event_noun_dates_it() -> None:
    text = PUB_2015 + ("Two men were publicly executed in Hyesan last month. Residents were made "
                       "to watch the execution, which took place at an airfield on June 26.")
    e = only(text, "execution")
    assert e.date == DateRange(dt.date(2015, 6, 26), dt.date(2015, 6, 26))
    assert len(e.evidence) == 2


def test_acts_since_a_date_last_until_the_report() -> None:
    text = PUB_2015 + "Police in Hyesan have arrested at least 20 people since March."
    assert only(text, "arrest").date == DateRange(dt.date(2015, 3, 1), dt.date(2015, 7, 14))


@pytest.mark.parametrize("sentence", [
    "A missionary from Canada has been held in a labour camp since March.",
    "It was the first amnesty since March, when prisoners were pardoned in Pyongyang.",
])
def test_since_a_date_is_that_date_for_a_stay_or_an_earlier_event(sentence: str) -> None:
    e = events(PUB_2015 + sentence)[0]
    assert e.date == DateRange(dt.date(2015, 3, 1), dt.date(2015, 3, 31))


ANNUAL = ("{title}\n\nPublished March 20, 2023\n\nIn February, a defector reported that the "
          "authorities executed a man in Hamhung. In January 2023 a woman was arrested in "
          "Musan. In February, she was sent to a kyohwaso.\n")


@pytest.mark.parametrize("title", [
    "Country Report on Human Rights Practices 2022: North Korea",
    "2022 Country Reports on Human Rights Practices",
    "World Report 2023: North Korea\nEvents of 2022",
])
def test_an_annual_report_resolves_month_names_in_the_year_it_covers(title: str) -> None:
    found = events(ANNUAL.format(title=title))
    execution = next(e for e in found if e.type == "execution")  # reported in February
    assert execution.date == DateRange(None, dt.date(2022, 2, 28))
    detention = next(e for e in found if e.type == "detention")  # the narrative's own year
    assert detention.date == DateRange(dt.date(2023, 2, 1), dt.date(2023, 2, 28))


def test_an_annual_report_with_no_publication_date_still_covers_its_year() -> None:
    text = ("Country Reports on Human Rights Practices for 2022: North Korea\n\nIn July, "
            "authorities reportedly arrested at least 20 residents of Hyesan.")
    assert only(text, "arrest").date == DateRange(dt.date(2022, 7, 1), dt.date(2022, 7, 31))


def test_month_names_fall_in_the_period_of_up_to_a_year_a_report_covers() -> None:
    text = ("Report of the Special Rapporteur\n\nThe present report covers the period from "
            "July 2023 to June 2024.\n\nIn May, the authorities arrested 20 residents of "
            "Hyesan. In August, five men were executed in Hyesan.\n")
    found = events(text)
    assert [(e.type, e.date.earliest) for e in found] == [
        ("arrest", dt.date(2024, 5, 1)), ("execution", dt.date(2023, 8, 1))]


def test_a_news_title_naming_an_old_report_sets_no_year() -> None:
    found = events(ANNUAL.format(title="Ten years after the 2014 UN report, camps remain"))
    execution = next(e for e in found if e.type == "execution")
    assert execution.date == DateRange(None, dt.date(2023, 2, 28))


def test_a_release_named_only_as_his_ends_the_stated_stay() -> None:
    text = PUB_2015 + ("A former prisoner said he was sent to Camp 15 in 1995 and imprisoned "
                       "there for nine years. After his release he worked in a coal mine.")
    assert only(text, "release").date == DateRange(dt.date(2004, 1, 1), dt.date(2004, 12, 31))


def test_a_bracketed_dateline_dates_no_event() -> None:
    text = ("GENEVA (14 July 2015) – Experts said that guards at Camp 15 executed three "
            "prisoners in the past year.")
    e = only(text, "execution")
    assert e.date == DateRange(dt.date(2014, 7, 14), dt.date(2015, 7, 14))


def test_acts_told_in_the_pluperfect_since_a_date_last_until_the_report() -> None:
    text = PUB_2015 + "They said 20 people had been arrested in Hyesan since March."
    assert only(text, "arrest").date == DateRange(dt.date(2015, 3, 1), dt.date(2015, 7, 14))


def test_a_date_in_a_clause_that_follows_the_stay_is_not_the_stay_s() -> None:
    text = PUB_2015 + ("Kang was sent to Camp 15 in 1977. He spent ten years in Yodok before being "
                       "released in 1987.")
    detention = only(text, "detention")
    assert detention.date == DateRange(dt.date(1977, 1, 1), dt.date(1977, 12, 31))
    assert only(text, "release").date == DateRange(dt.date(1987, 1, 1), dt.date(1987, 12, 31))


def test_held_for_a_length_of_time_until_now_began_that_long_before_the_report() -> None:
    text = PUB_2015 + "Most returnees in Onsong have now been held for about four months."
    assert only(text, "detention").date == DateRange(dt.date(2015, 3, 1), dt.date(2015, 3, 31))


def test_a_date_in_a_relative_clause_on_the_speaker_only_bounds_the_account() -> None:
    text = PUB_2015 + ("A soldier who crossed the border into South Korea last month said he had "
                       "been sent to a disciplinary labour unit for two months in 2013.")
    assert only(text, "detention").date == DateRange(dt.date(2013, 1, 1), dt.date(2013, 12, 31))


def test_a_date_in_what_a_witness_told_dates_the_acts_told() -> None:
    text = PUB_2015 + ("A woman told investigators that she was held at a police jail in Hyesan "
                       "for two months in 2014 and was beaten almost every day.")
    assert only(text, "torture").date.earliest == dt.date(2014, 1, 1)


def test_a_fronted_since_spans_to_the_report() -> None:
    text = PUB_2015 + ("Since March, at least 7 people have been executed in Hyesan, the report "
                       "said.")
    assert only(text, "execution").date == DateRange(dt.date(2015, 3, 1), dt.date(2015, 7, 14))


def test_a_clause_told_as_earlier_bounds_the_event_from_below() -> None:
    text = PUB_2015 + ("Several women in Onsong were forced to undergo abortions after being "
                       "repatriated in 2014.")
    assert only(text, "torture").date == DateRange(dt.date(2014, 1, 1), dt.date(2015, 7, 14))


def test_a_clause_told_as_later_bounds_the_event_from_above() -> None:
    text = PUB_2015 + ("In 2009 she was transferred to Camp 15, where she was held for six months "
                       "before being released in 2010.")
    assert only(text, "transfer").date == DateRange(dt.date(2009, 1, 1), dt.date(2009, 12, 31))


def test_when_the_speaker_was_interviewed_only_bounds_what_she_tells() -> None:
    text = PUB_2015 + ("One woman interviewed in March stated that she had been held at the "
                       "Onsong holding centre.")
    assert only(text, "detention").date == DateRange(None, dt.date(2015, 3, 31))


def test_when_a_witness_acknowledged_it_only_bounds_it() -> None:
    text = "In 2015 Shin acknowledged that he had spent some time in Camp 18."
    assert only(text, "detention").date == DateRange(None, dt.date(2015, 12, 31))


def test_a_relative_still_held_takes_no_date_from_the_narrative() -> None:
    text = PUB_2015 + ("She has lived in Seoul since 2012. Her brother remains in a labour camp, "
                       "she believes.")
    assert only(text, "detention").date == DateRange(None, dt.date(2015, 7, 14))


def test_a_date_since_which_one_was_held_does_not_date_the_release_after_it() -> None:
    text = PUB_2015 + ("A Japanese national detained in Pyongyang since 2013 was deported on "
                       "Monday and flew to Beijing, officials said.")
    assert only(text, "release").date == DateRange(dt.date(2015, 7, 13), dt.date(2015, 7, 13))


def test_had_in_reported_speech_is_no_earlier_time() -> None:
    text = ("UN report\n\nThe report is based on interviews with women who were detained between "
            "2009 and 2019. Many said they had been held in facilities run by the Ministry of "
            "State Security.")
    assert only(text, "detention").date == DateRange(dt.date(2009, 1, 1), dt.date(2019, 12, 31))


def test_a_birth_year_dates_no_event() -> None:
    text = ("Kim Chol (born 1962) is a former political prisoner who spent 28 years in Camp 18. "
            "He was sent to the camp in 1975.")
    assert [e.date.earliest for e in of_type(text, "detention")] == [dt.date(1975, 1, 1)]


def test_what_a_speaker_saw_inside_happened_during_her_stay() -> None:
    text = PUB_2015 + ("A woman who was detained at the Hoeryong holding centre in 2012 testified "
                       "that a detainee in the next cell died after being beaten by an officer.")
    assert [e.date for e in events(text) if e.type != "detention"] == [
        DateRange(dt.date(2012, 1, 1), dt.date(2012, 12, 31))] * 2


def test_a_date_fronting_a_report_of_an_event_only_bounds_it() -> None:
    text = PUB_2015 + ("In 2014, a UN report documented the detention of Ri Chol at the "
                       "Onsong holding centre.")
    assert only(text, "detention").date == DateRange(None, dt.date(2014, 12, 31))


def test_a_date_of_the_first_of_two_joined_verbs_only_starts_the_second() -> None:
    text = PUB_2015 + ("Park was arrested by the Security Department in May and was sentenced to "
                       "death at a public trial right before the execution.")
    assert only(text, "trial").date == DateRange(dt.date(2015, 5, 1), dt.date(2015, 7, 14))
    fronted = PUB_2015 + ("In the summer of 2014, two men who had run away and were caught were "
                          "shot in front of all of us.")
    assert only(fronted, "execution").date == DateRange(dt.date(2014, 6, 1),
                                                        dt.date(2014, 8, 31))


def test_then_goes_on_from_the_paragraph_before() -> None:
    text = PUB_2015 + ("Choi was caught in 2012 trying to cross the Tumen river. She spent six "
                       "months at the Onsong holding centre.\n\nShe was then sentenced to two "
                       "years at the Jongori re-education camp.\n\nHer husband was sentenced to "
                       "five years in a labour camp.")
    dated = [e.date.earliest for e in of_type(text, "detention")]
    # sentenced after the six months at Onsong: the narrative moves on by the stay
    assert dated == [dt.date(2012, 1, 1), dt.date(2012, 6, 29), None]


def test_when_interviews_were_conducted_dates_no_account() -> None:
    text = ("This report draws on interviews with former prisoners of Kyohwaso No. 12 conducted "
            "between 2019 and 2022. Most were women who had been forcibly repatriated from "
            "China. Interviewees described beatings by guards in the camp.")
    assert [e.date for e in events(text)] == [DateRange(), DateRange()]


def test_a_time_of_what_had_been_before_does_not_date_the_event() -> None:
    text = PUB_2015 + ("North Korea freed two Japanese men it had held since last year, the "
                       "foreign ministry said.")
    assert only(text, "release").date == DateRange(None, dt.date(2015, 7, 14))


def test_a_date_in_what_a_witness_said_dates_the_next_verb_too() -> None:
    text = PUB_2015 + ("Kim said she was detained at a police station in Hyesan in 2014 for "
                       "five days and then transferred to a jipkyulso in the same city.")
    assert only(text, "transfer").date == DateRange(dt.date(2014, 1, 1), dt.date(2014, 12, 31))


def test_what_happened_after_an_earlier_event_does_not_date_it() -> None:
    text = PUB_2015 + ("A woman told us she was forced to abort at the Nongpo holding centre in "
                       "early 2015, after she was returned from China five months pregnant.")
    assert only(text, "repatriation").date == DateRange(None, dt.date(2015, 4, 30))
    handed = PUB_2015 + ("On 27 May 2015 Chinese border police handed over about 15 persons at "
                         "the bridge, after they had been arrested in Yanbian earlier that month.")
    assert only(handed, "arrest").date == DateRange(dt.date(2015, 5, 1), dt.date(2015, 5, 27))


def test_a_release_takes_no_date_from_the_arrest_its_relative_clause_tells() -> None:
    text = PUB_2015 + ("North Korea has released Australian missionary John Short, who was "
                       "detained in February for distributing pamphlets, state media said.")
    assert only(text, "release").date == DateRange(None, dt.date(2015, 7, 14))


def test_without_a_publication_date_a_month_takes_the_year_stated_before() -> None:
    text = ("2009 - Two journalists arrested by North Korean soldiers near the Tumen river; "
            "pardoned in August.")
    assert only(text, "amnesty").date == DateRange(dt.date(2009, 8, 1), dt.date(2009, 8, 31))


def test_a_clause_that_moves_on_from_the_sentences_date() -> None:
    text = PUB_2015 + ("My mother was arrested again in 2003 and sent to the Jeungsan kyohwaso, "
                       "where she died two years later.")
    assert only(text, "death_in_custody").date == DateRange(dt.date(2005, 1, 1),
                                                            dt.date(2005, 12, 31))


def test_the_start_of_a_stay_does_not_date_the_death_that_ended_it() -> None:
    text = PUB_2015 + ("A South Korean pastor who had been held in North Korea since 2012 has "
                       "died, his family said. They learned that he died in the summer of 2014 "
                       "at a labour camp.")
    [died] = of_type(text, "death_in_custody")
    assert died.date == DateRange(dt.date(2014, 6, 1), dt.date(2014, 8, 31))


def test_acts_since_a_dated_clause_last_until_the_report() -> None:
    text = PUB_2015 + ("North Korea has executed about 70 officials since Kim Jong Un took power "
                       "in late 2011, the spy agency told lawmakers.")
    assert only(text, "execution").date == DateRange(dt.date(2011, 9, 1), dt.date(2015, 7, 14))


def test_a_date_ending_a_relative_clause_before_the_main_verb_is_that_clauses() -> None:
    text = PUB_2015 + ("The agency confirmed that a fisherman who drifted into South Korean waters "
                       "in March was returned to the North on June 28.")
    assert only(text, "repatriation").date == DateRange(dt.date(2015, 6, 28), dt.date(2015, 6, 28))


def test_a_stay_of_a_stated_length_ended_by_a_dated_release_began_that_long_before() -> None:
    text = PUB_2015 + ("A defector who spent two years in a Chinese prison for helping others "
                       "escape was released on July 1, his lawyer said.")
    held = only(text, "detention")
    assert held.date == DateRange(dt.date(2013, 7, 1), dt.date(2013, 7, 1))


def test_a_time_right_before_a_reporting_verb_is_when_it_was_reported() -> None:
    text = PUB_2015 + ("UN human rights experts today expressed alarm at reports that North Korea "
                       "has carried out public executions of people accused of watching foreign "
                       "media.")
    assert only(text, "execution").date == DateRange(None, dt.date(2015, 7, 14))
    said = PUB_2015 + ("In one account, a woman returned through Tumen in 2011 said that she was "
                       "beaten at the Onsong holding centre.")
    assert only(said, "repatriation").date == DateRange(dt.date(2011, 1, 1), dt.date(2011, 12, 31))


def test_a_time_right_after_a_reporting_verb_is_when_it_was_said() -> None:
    text = PUB_2015 + ("A South Korean missionary detained in North Korea for months said Monday "
                       "that he had been arrested while trying to build churches.")
    assert [e.date for e in events(text) if e.type == "detention"] == [
        DateRange(None, dt.date(2015, 7, 13))]


def test_a_numbered_paragraph_opening_with_he_goes_on_from_the_one_before() -> None:
    text = PUB_2015 + ("\n\n1. According to the source, Mr. Kim was arrested on 3 June 2014 at his "
                       "home in Wonsan.\n\n2. He was held incommunicado for seven months at a "
                       "facility in Wonsan, where he was subjected to beatings.")
    [held] = of_type(text, "detention")
    assert held.date == DateRange(dt.date(2014, 6, 3), dt.date(2014, 6, 3))


def test_ahead_of_a_day_is_before_it() -> None:
    text = PUB_2015 + ("Ahead of the Day of the Sun on April 15, authorities in Ryanggang arrested "
                       "more than 20 smugglers.")
    assert only(text, "arrest").date == DateRange(None, dt.date(2015, 4, 14))
    text = PUB_2015 + "Before that it pardoned prisoners in August 2005 to mark the anniversary."
    assert only(text, "amnesty").date == DateRange(dt.date(2005, 8, 1), dt.date(2005, 8, 31))


def test_a_former_prisoner_testifying_in_a_year_was_held_before_it() -> None:
    text = PUB_2015 + ("In 2003, three former prisoners of Yodok testified before a hearing in "
                       "Washington.")
    assert only(text, "detention").date == DateRange(None, dt.date(2003, 12, 31))


def test_by_a_month_of_the_year_a_report_covers_bounds_what_had_happened() -> None:
    text = ("World Report: North Korea\n\nEvents of 2019\n\nIn September, Chinese police detained "
            "about 20 North Korean refugees in Shenyang. By December, at least seven of them had "
            "been repatriated.")
    assert only(text, "repatriation").date == DateRange(None, dt.date(2019, 12, 31))


def test_a_relative_clause_dated_right_before_a_release_dates_what_came_before_it() -> None:
    text = ("SYDNEY, July 4, 2019 (Wire) — An Australian student who was detained in Pyongyang "
            "in early June has been released, the prime minister said.")
    assert only(text, "release").date == DateRange(None, dt.date(2019, 7, 4))


def test_a_date_in_a_relative_clause_inside_the_trigger_tells_of_the_person() -> None:
    text = ("SEOUL, June 3, 2024 (Wire) -- A North Korean court has sentenced a defector who "
            "escaped to South Korea in 2019 to death in absentia, a monitoring group said. The "
            "defector, a former diplomat, was convicted of treason.")
    [trial] = events(text)
    assert (trial.type, trial.date, trial.place, len(trial.evidence)) == (
        "trial", DateRange(None, dt.date(2024, 6, 3)), None, 2)


def test_a_numbered_paragraph_about_the_person_named_before_goes_on_from_it() -> None:
    text = ("Communication from the source\n\n5.\tAccording to the source, on 14 February 2021, "
            "Mr. Ri was arrested at his home by officers of the Ministry of State Security.\n\n"
            "6.\tThe source reports that Mr. Ri was held incommunicado at an interrogation "
            "facility in Pyongyang for approximately eight months.\n\n7.\tThe source adds that "
            "Ms. Kang was held at a police station in Nampo.")
    first, second = of_type(text, "detention")
    assert first.date == DateRange(dt.date(2021, 2, 14), dt.date(2021, 2, 14))
    assert second.date == DateRange(None, None)  # another person: no date told


def test_the_date_of_what_struck_an_area_only_bounds_the_event_from_below() -> None:
    text = ("SEOUL, Sept. 4, 2024 (Wire) -- North Korea has executed 20 to 30 officials in areas "
            "hit by floods in July, South Korean media reported. The officials were executed "
            "late last month in Chagang Province.")
    [execution] = events(text)
    assert execution.date == DateRange(dt.date(2024, 8, 21), dt.date(2024, 8, 31))
    assert len(execution.evidence) == 2


def test_a_date_after_before_and_a_gerund_only_bounds_the_stay() -> None:
    text = ("She escaped to China in 2005 but was caught and repatriated. She was held in Onsong "
            "for several months before escaping again in 2008.")
    assert only(text, "detention").date == DateRange(dt.date(2005, 1, 1), dt.date(2005, 12, 31))


def test_a_relative_date_is_read_from_when_the_source_told_it() -> None:
    text = ("SEOUL, Nov. 20, 2023 (Wire) -- Authorities in Hyesan arrested a dozen young people "
            "over the weekend for dancing to South Korean music, a source told us on the 17th.")
    assert only(text, "arrest").date == DateRange(dt.date(2023, 11, 11), dt.date(2023, 11, 12))


def test_a_date_of_another_act_told_as_a_participle_is_not_this_events() -> None:
    text = ("NK News | March 12, 2016\n\nThe wife and two children of a senior official executed "
            "in 2015 were sent to a political prison camp last month, a source said.")
    held = only(text, "detention")
    assert (held.date, held.victims) == (
        DateRange(dt.date(2016, 2, 1), dt.date(2016, 2, 29)), Victims(3, 3))


def test_a_date_across_a_semicolon_gives_way_to_one_beside_the_act() -> None:
    text = "3. Park (male, 60), Hyesan - arrested 2021; died in custody, 2022."
    assert only(text, "death_in_custody").date == DateRange(dt.date(2022, 1, 1),
                                                           dt.date(2022, 12, 31))


def test_the_day_a_source_told_an_outlet_is_no_events_date() -> None:
    text = ("Daily NK | 2019.10.15 | By a reporter\n\nA source told Daily NK on Monday that four "
            "smugglers were given reform-through-labour sentences of seven to ten years at a "
            "trial held in Sinuiju in late September.")
    assert only(text, "detention").date == DateRange(dt.date(2019, 9, 21), dt.date(2019, 9, 30))


def test_a_stay_held_so_far_dates_what_is_told_of_it_next() -> None:
    text = ("SEOUL, Oct. 16, 2021 (Wire) -- One of them, a woman in her 50s, has been held for "
            "more than a week at the Chongjin security department's cells. \"They did not let her "
            "sleep for three days and beat her,\" the source said.")
    assert only(text, "torture").date == DateRange(dt.date(2021, 10, 1), dt.date(2021, 10, 16))


def test_later_sentences_of_a_paragraph_that_goes_on_go_on_too() -> None:
    text = ("Communication from the source\n\n3. According to the source, on 17 March 2006 Mr. "
            "Pak was arrested at his workplace by agents of the State Security Department.\n\n"
            "4. The source reports that Mr. Pak was held for about three months at the detention "
            "facility in Hamhung. During this period he was allegedly beaten repeatedly.")
    torture = only(text, "torture").date
    assert torture.earliest == dt.date(2006, 3, 17)
