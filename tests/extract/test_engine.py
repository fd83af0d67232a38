"""The spec's rules on what is an event (section 2), on sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from girok.extract.engine import engine_name, extract
from girok.records import DateRange, Victims
from tests.extract.support import PUB_2015, events, of_type, only


def test_announced_amnesty_resolves_forward() -> None:
    e = only(PUB_2015 + "North Korea will grant a general amnesty to prisoners on August 1, "
             "state media said.", "amnesty")
    assert e.announced
    assert e.date == DateRange(dt.date(2015, 8, 1), dt.date(2015, 8, 1))
    assert e.place == "north-korea"


@pytest.mark.parametrize("text", [
    "It is unclear whether anyone held in the camps will be released.",
    "Amnesty International said conditions in Camp 15 were dire in 2014.",
    "The ministry released a report on Camp 16 last year.",
    "She moved to Seoul in 2012 and now works as a nurse.",
    "Detainees are typically beaten during interrogation at holding centres in Onsong.",
    "Interviewer: Were you ever arrested in Hyesan?",
    "There is no evidence that he was tortured at Camp 14 in 2009.",
    "If caught in China, defectors could be sent to a re-education camp.",
    "The match was held at a neutral venue in Pyongyang on Tuesday.",
    "A former diplomat released a memoir about Camp 14 on Monday.",
    "Thousands of people have been sent to camps over the past 10 years, a resident said.",
    "Recommendations: the authorities should release all persons held in Camp 16.",
    "Killings reported.\nTimeline: Americans detained in North Korea",
    "Defectors found to have worked in China are often sentenced to labour camps in Onsong.",
    "I was afraid of being arrested again in Hyesan, so I left in 2013.",
    "Young people in Hyesan who watched films are on trial. [Photo/Test News]",
    "What happened\nPrior detention in China.\nThe group was moved.",
    "Anyone caught making a phone call to Seoul in 2014 could be sent to Camp 15.",
    "The Cabinet will help prisoners of Camp 14 to find work when they are released.",
    "Being caught in Hyesan in 2014 is the worst thing that can happen.",
    "Recommendations\n- To the authorities: release all persons held for political reasons "
    "in Camp 15.",
    "Subscribe.\n\nRELATED ARTICLES\n> China repatriates hundreds after Asian Games\n"
    "> Returnees interrogated in Sinuiju in 2014",
    "South Korea arrests former union officials on charges of spying for North Korea",
    "South Korea's spy agency and police arrested four union officials on Wednesday on charges "
    "of meeting North Korean agents.",
    "In January a former journalist was sentenced to two years in prison by the Seoul Central "
    "District Court for praising North Korea online.",
    "In 2005 he escaped with another prisoner, who was electrocuted on the fence of Camp 14.",
    "Public executions declined after 2015 but did not stop in Hyesan.",
    "Weekly round-up: detention news from North Korea",
    "Since last year, the authorities have executed smugglers in every city in the province.",
    "Activists fear the returnees from Tumen will face beatings, sexual violence and camps.",
    "Officials said a trial run of new talks on Camp 14 could begin in Pyongyang in 2016.",
    "The ministry freed up funds in 2014 for a camp for defector children in Hyesan.",
    "Those sent back in 2014 are likely to be interrogated by the Bowibu in Sinuiju.",
    "Seoul said on Sunday it would continue to press Pyongyang for the release of the six men "
    "held since 2014.",
])

def test_not_events(text: str) -> None:
    assert events(PUB_2015 + text) == []


def test_people_named_by_an_earlier_event_are_not_a_new_one() -> None:
    text = PUB_2015 + ("In June the Bowibu arrested seven traders in Hyesan. A man who had been "
                       "arrested with the group was released on Thursday.")
    assert [e.type for e in events(text)] == ["arrest", "release"]


def test_a_possessive_noun_names_an_event_told_elsewhere() -> None:
    text = PUB_2015 + ("In May 2014 Ms. Ri was released from Camp 15. Nobody knows the reasons "
                       "for her release, her brother said.")
    [e] = events(text)
    assert e.type == "release" and len(e.evidence) == 1


def test_a_speakers_answer_is_no_heading() -> None:
    e = only("Q: What happened then?\nA: In May 2009 the guards beat me at Camp 15.", "torture")
    assert (e.facility, e.victims) == ("kwanliso-15", Victims(1, 1))


def test_court_sentence_is_a_trial_and_a_detention() -> None:
    text = PUB_2015 + "In May the Central Court sentenced Mr. Pak to 15 years of hard labour."
    types = sorted(e.type for e in events(text))
    assert types == ["detention", "trial"]
    trial = only(text, "trial")
    assert trial.victims == Victims(1, 1)
    assert trial.date == DateRange(dt.date(2015, 5, 1), dt.date(2015, 5, 31))


def test_sentence_without_court_is_a_detention_only() -> None:
    text = PUB_2015 + ("In 2013 the two brothers were given life sentences in a political "
                       "prison camp.")
    assert [e.type for e in events(text)] == ["detention"]


def test_facility_aliases_and_perpetrator_aliases() -> None:
    e = only(PUB_2015 + "In 2011 agents of the Bowibu arrested three traders in Hyesan.", "arrest")
    assert (e.perpetrator, e.place, e.victims) == ("ministry-of-state-security", "hyesan",
                                                   Victims(3, 3))
    e = only(PUB_2015 + "The Musan Security Department arrested a teacher in 2014.", "arrest")
    assert e.perpetrator == "ministry-of-state-security"
    e = only(PUB_2015 + "In June Chinese police detained dozens of North Koreans in Yanji.",
             "arrest")
    assert (e.perpetrator, e.victims) == ("chinese-public-security", Victims(24, None))
    e = only(PUB_2015 + "He was held in Kwan-li-so No. 15 in 1999.", "detention")
    assert (e.facility, e.place) == ("kwanliso-15", "yodok")


def test_statistics_are_figures_not_events() -> None:
    x = extract(PUB_2015 + "An estimated 120,000 political prisoners are held in the camps, "
                "according to the UN.")
    assert [e.type for e in x.events] == []
    assert [(f.what, f.min, f.max, f.attributed_to) for f in x.figures] == [
        ("political_prisoners", 120000, 120000, "UN")]
    y = extract("In 2013 the UN commission of inquiry estimated that 80,000 to 120,000 political "
                "prisoners were held in four camps.")
    assert [(f.min, f.max, f.as_of, f.attributed_to) for f in y.figures] == [
        (80000, 120000, "2013", "UN commission of inquiry")]


def test_a_tally_over_years_is_a_figure_not_an_event() -> None:
    tally = extract(PUB_2015 + "According to the Database Center for North Korean Human Rights, "
                    "at least 1,300 public executions were recorded between 2000 and 2014.")
    assert tally.events == ()
    assert [(f.what, f.min, f.as_of, f.attributed_to, f.facility) for f in tally.figures] == [
        ("executions", 1300, "2014", "Database Center for North Korean Human Rights", None)]
    decades = extract(PUB_2015 + "Hundreds of thousands have died in North Korean prison camps "
                      "over the last five decades, according to UN estimates.")
    assert [(f.what, f.min, f.attributed_to) for f in decades.figures] == [
        ("deaths", 200000, "UN")]
    by = extract(PUB_2015 + "Camp 16 is believed to hold about 20,000 prisoners, according to "
                 "satellite analysis by the Committee for Human Rights in North Korea.")
    assert [f.attributed_to for f in by.figures] == ["Committee for Human Rights in North Korea"]


def test_a_figure_says_who_gave_it_when_and_of_which_camp() -> None:
    x = extract(PUB_2015 + "According to NGO reports, the government sent an estimated 80,000 to "
                "120,000 persons to political prison camps.")
    assert [(f.as_of, f.attributed_to) for f in x.figures] == [("2015", "NGO")]
    y = extract(PUB_2015 + "Imagery of Kwanliso No. 25 near Chongjin shows a new guard tower. The "
                "facility continues to operate, holding an estimated 2,000 to 5,000 prisoners.")
    assert [(f.min, f.max, f.facility) for f in y.figures] == [(2000, 5000, "kwanliso-25")]
    z = extract(PUB_2015 + "A former guard at Camp 22 said about 1,500 to 2,000 prisoners died "
                "each year from malnutrition.")
    assert [(f.what, f.min, f.max) for f in z.figures] == [("deaths", 1500, 2000)]
    yearly = extract(PUB_2015 + "China has repatriated about 2,000 North Koreans a year in recent "
                     "years, according to rights groups.")
    assert [(f.what, f.min, f.attributed_to) for f in yearly.figures] == [
        ("repatriations", 2000, "rights groups")]
    assert yearly.events == ()
    plural = extract(PUB_2015 + "Kwanliso No. 25 is near Chongjin. An estimated 80,000 people "
                     "are held in the political prison camps.")
    assert [f.facility for f in plural.figures] == [None]


def test_witness_accounts_in_general_words_are_events() -> None:
    e = only("Former inmates of Camp 18 described being forced to watch public executions.",
             "execution")
    assert e.facility == "kwanliso-18"


def test_relevance() -> None:
    floods = PUB_2015 + "Floods in Hoeryong killed 130 people and destroyed homes."
    assert not extract(floods).relevant
    assert extract(PUB_2015 + "Two women were arrested in Musan in June.").relevant


def test_every_event_says_which_engine_and_rule_made_it() -> None:
    text = PUB_2015 + "Two women were arrested in Musan in June."
    e = only(text, "arrest")
    assert e.engine == engine_name("en") and e.rule.startswith("arrest.")
    assert 0 < e.confidence <= 1
    assert "Two women were arrested" in text[e.evidence[0].start : e.evidence[0].end]


def test_stated_publication_date_wins_over_the_fallback() -> None:
    x = extract(PUB_2015 + "Two women were arrested.", published=dt.date(2001, 1, 1))
    assert x.published == dt.date(2015, 7, 14)
    y = extract(PUB_2015 + "Two women were arrested.", published=dt.date(2001, 1, 1),
                prefer_stated=False)
    assert y.published == dt.date(2001, 1, 1)


def test_drove_them_to_a_camp_is_found_without_another_stem_nearby() -> None:
    text = PUB_2015 + "In March 2015 the guards drove them to Kyo-hwa-so No. 12 in Hoeryong."
    assert only(text, "detention").facility == "kyohwaso-12"


@pytest.mark.parametrize(("sentence", "etype"), [
    ("A prisoner starved to death at Chongori in the winter of 2010.", "death_in_custody"),
    ("Two inmates froze to death at Camp 15 in January 2001.", "death_in_custody"),
    ("An inmate was beaten to death by guards at Camp 15 in 2012.", "execution"),
    ("In 2002 a baby born in the holding centre at Onsong was killed by guards.", "execution"),
])
def test_how_a_prisoner_died_decides_the_type(sentence: str, etype: str) -> None:
    assert [e.type for e in events(PUB_2015 + sentence)] == [etype]


def test_years_spent_in_a_named_camp_are_a_detention_and_its_release_needs_no_other_cue(
) -> None:
    found = events(PUB_2015 + "He spent five years in Yodok before his release in 2003.")
    assert sorted((e.type, e.facility) for e in found) == [
        ("detention", "kwanliso-15"), ("release", "kwanliso-15")]
    assert events(PUB_2015 + "He spent five years in Seoul before his retirement in 2003.") == []


def test_a_person_held_since_a_date_is_detained_an_occasion_is_not() -> None:
    held = only(PUB_2015 + "A South Korean missionary has been held since 2013.", "detention")
    assert held.date.earliest == dt.date(2013, 1, 1)
    assert events(PUB_2015 + "The festival has been held since 2013.") == []


def test_convicting_people_of_a_crime_is_a_trial() -> None:
    trial = only(PUB_2015 + "The court convicted four people of espionage in Pyongyang in "
                 "June 2014.", "trial")
    assert (trial.place, trial.victims.min) == ("pyongyang", 4)
    assert events(PUB_2015 + "Two convicted smugglers later fled to Seoul in 2014.") == []


def test_moved_to_a_named_camp_is_a_transfer_moved_to_a_city_is_not() -> None:
    moved = only(PUB_2015 + "In 2014 he was moved from Yodok to Chongori.", "transfer")
    assert moved.facility == "kyohwaso-12"
    assert events(PUB_2015 + "In 2014 she was moved to Seoul.") == []


def test_released_prisoners_who_speak_are_former_prisoners_not_a_release() -> None:
    found = events(PUB_2015 + "Released prisoners said they had been held at Camp 15 in 2010.")
    assert [e.type for e in found] == ["detention"]


def test_disappearing_into_a_camp_is_a_detention() -> None:
    held = only(PUB_2015 + "Her brother disappeared into a prison camp in 1997.", "detention")
    assert held.date.earliest == dt.date(1997, 1, 1)


def test_stress_positions_are_torture() -> None:
    text = PUB_2015 + "In 2016 guards forced detainees to kneel for hours at Camp 15."
    assert only(text, "torture").facility == "kwanliso-15"


def test_handed_over_to_north_korea_is_a_repatriation() -> None:
    text = PUB_2015 + "The pastor was arrested by Chinese police in Yanji in 2014 and handed " \
        "over to North Korea."
    assert sorted(e.type for e in events(text)) == ["arrest", "repatriation"]


def test_taken_by_the_security_police_is_an_arrest() -> None:
    assert only(PUB_2015 + "He was taken by the Bowibu in March 2014.", "arrest").date == \
        DateRange(dt.date(2014, 3, 1), dt.date(2014, 3, 31))
    assert events(PUB_2015 + "The photograph was taken by the agency in March 2014.") == []


def test_releasing_a_person_needs_no_other_custody_word() -> None:
    freed = only(PUB_2015 + "Pyongyang released the Canadian pastor in August 2014 on "
                 "humanitarian grounds.", "release")
    assert freed.victims == Victims(1, 1)
    assert events(PUB_2015 + "Pyongyang released new figures in August 2014.") == []


def test_moved_to_a_camp_is_a_transfer_moved_to_a_city_from_the_north_is_not() -> None:
    text = PUB_2015 + "The camp was closed in 1989 and its prisoners were moved to Camp 15."
    assert only(text, "transfer").facility == "kwanliso-15"
    assert events(PUB_2015 + "He moved to Seoul in 2012 after escaping from North Korea.") == []


def test_what_happens_to_those_who_are_caught_is_a_habit() -> None:
    assert events(PUB_2015 + "Defectors who are caught in China may be sent to a labour "
                  "training camp.") == []


def test_a_relative_as_the_object_is_one_person() -> None:
    text = PUB_2015 + "Kim Jong Un executed his uncle in 2013, according to state media."
    assert only(text, "execution").victims == Victims(1, 1)


def test_the_event_named_as_told_before_is_no_new_event() -> None:
    text = PUB_2015 + ("Two men were publicly executed in Hyesan in March 2015. They had been "
                       "arrested in January and held for two months before the execution.")
    assert len(of_type(text, "execution")) == 1


def test_how_many_a_camp_holds_is_a_figure_not_an_event() -> None:
    text = PUB_2015 + ("Camp 15 is a prison camp in Yodok. It holds about 4,000 prisoners, most "
                       "of them sentenced for ordinary crimes.")
    found = extract(text)
    assert found.events == ()
    assert [(f.what, f.min) for f in found.figures] == [("prisoners", 4000)]


@pytest.mark.parametrize(("sentence", "etype"), [
    ("North Korea will release the two detained journalists next week, state media said.",
     "release"),
    ("The court will hold a public trial in Hamhung next month.", "trial"),
])
def test_what_the_authorities_will_do_is_announced(sentence: str, etype: str) -> None:
    assert only(PUB_2015 + sentence, etype).announced


def test_an_announcement_on_a_condition_is_no_event() -> None:
    assert events(PUB_2015 + "Pyongyang said it will release them if the talks succeed.") == []


def test_freeing_people_a_state_was_holding_is_a_release() -> None:
    text = PUB_2015 + "North Korea has freed the last two Americans it was holding."
    assert only(text, "release").victims == Victims(2, 2)


def test_another_death_reported_at_a_camp_is_a_death_in_custody() -> None:
    text = PUB_2015 + "A second death has been reported at Camp 15 this month."
    assert only(text, "death_in_custody").facility == "kwanliso-15"


def test_a_count_in_another_clause_does_not_make_a_habit_specific() -> None:
    text = PUB_2015 + ("Being caught is what we all fear, because if the police learn that one "
                       "met a pastor, one can be sent to a prison camp.")
    assert events(text) == []


def test_reports_of_such_events_with_nothing_told_are_no_event() -> None:
    text = PUB_2015 + ("A man was publicly executed in Hyesan in March 2015. The rapporteur is "
                       "also aware of unconfirmed reports of executions in other regions.")
    assert len(of_type(text, "execution")) == 1
    dated = PUB_2015 + "He received reports of executions in Hyesan in March 2015."
    assert len(of_type(dated, "execution")) == 1


def test_placed_in_quarantine_before_a_transfer_is_a_detention() -> None:
    text = PUB_2015 + ("In July 2015 the returnees were placed in quarantine in Sinuiju and then "
                       "transferred to Camp 16.")
    assert sorted(e.type for e in events(text)) == ["detention", "transfer"]


def test_people_being_held_now_is_no_habit() -> None:
    text = PUB_2015 + ("Police arrested 14 smugglers in Hyesan on 5 July. The detainees are "
                       "being held at the Hyesan State Security holding centre.")
    held = only(text, "detention")
    assert held.facility == "hyesan-ssd-holding-centre"


def test_a_court_sentencing_them_to_a_range_of_years_is_a_trial_and_a_detention() -> None:
    text = PUB_2015 + ("On 10 July the authorities publicly tried three smugglers in Hyesan, "
                       "sentencing them to between three and seven years in a "
                       "reform-through-labour camp.")
    assert sorted(e.type for e in events(text)) == ["detention", "trial"]
    assert only(text, "detention").facility is None  # a kind of camp, none named


def test_detention_in_another_country_is_not_recorded() -> None:
    text = ("LIMA, March 3, 2023 (Wire) -- A court in Peru sentenced a journalist to ten years "
            "in prison on Thursday. He was arrested in May 2022 and held at a prison in Lima.")
    found = extract(text)
    assert (found.relevant, found.events) == (False, ())


def test_another_states_police_arresting_a_spy_for_the_north_is_not_recorded() -> None:
    text = ("SEOUL, Jan. 10, 2024 (Wire) -- South Korean police on Wednesday arrested a man "
            "suspected of passing secrets to North Korean agents, officials said.")
    found = extract(text)
    assert (found.relevant, found.events) == (False, ())


def test_north_koreans_held_abroad_for_return_are_recorded() -> None:
    text = PUB_2015 + "Chinese police arrested five North Korean escapees in Yanji in June."
    found = extract(text)
    assert found.relevant and [e.type for e in found.events] == ["arrest"]


def test_prisoners_who_tried_to_escape_were_not_tried() -> None:
    text = PUB_2015 + "In 2000 guards at Camp 15 shot two prisoners who had tried to escape."
    assert [e.type for e in events(text)] == ["execution"]


def test_tens_of_thousands_detained_is_a_figure_not_an_arrest() -> None:
    text = PUB_2015 + ("The authorities have detained between 80,000 and 120,000 political "
                       "prisoners in four political prison camps.")
    assert events(text) == []


@pytest.mark.parametrize(("sentence", "etype", "place"), [
    ("Chinese authorities sent back more than 200 defectors through the Tumen crossing last "
     "week.", "repatriation", "china"),
    ("Laos deported nine young North Koreans to China in May 2013.", "repatriation", "laos"),
    ("China sent back at least 50 North Koreans in July, a rights group said.",
     "repatriation", "china"),
    ("China sent back as many as 60 North Koreans in July, a rights group said.",
     "repatriation", "china"),
    ("A student in Pyongyang disappeared after being summoned by the Ministry of State Security "
     "in March.", "arrest", "pyongyang"),
    ("A woman in Hoeryong was put in solitary confinement for a week at the holding centre in "
     "May.", "detention", "hoeryong"),
    ("Chinese police arrested five North Korean women in Beijing in March 2019.", "arrest",
     "beijing"),
    ("Nine North Koreans were detained in Vientiane in May 2013.", "arrest", "vientiane"),
    ("An American tourist was freed after 17 months in captivity in Pyongyang.", "release",
     "pyongyang"),
    ("Pyongyang let the Australian student go after a week in detention in 2015.", "release",
     "pyongyang"),
    ("Some 20 prisoners at Camp 15 were granted early release in June.", "release", "yodok"),
    ("Six South Korean fishermen held in Wonsan were handed back at the border in June.",
     "release", "wonsan"),
])
def test_more_ways_to_tell_a_return_or_a_release(sentence: str, etype: str, place: str) -> None:
    assert only(PUB_2015 + sentence, etype).place == place


def test_a_sending_with_its_object_and_a_taking_from_home_are_events() -> None:
    sent = only(PUB_2015 + "The authorities sent a family of four from Musan to a political "
                "prison camp in May.", "detention")
    assert sent.victims == Victims(4, 4)
    taken = only(PUB_2015 + "In May his wife and sons were taken from their home in Musan.",
                 "arrest")
    assert taken.place == "musan"


def test_a_relative_clause_saying_who_a_class_of_people_is_tells_no_event() -> None:
    text = PUB_2015 + ("Sources said escapees who were caught in China and returned were also "
                       "pardoned in August.")
    assert [e.type for e in events(text)] == ["amnesty"]
    counted = PUB_2015 + "Sources said 30 escapees who were caught in China were pardoned."
    assert "arrest" in [e.type for e in events(counted)]
    sentence_initial = PUB_2015 + "Defectors who were arrested in China were pardoned, too."
    assert "arrest" not in [e.type for e in events(sentence_initial)]


@pytest.mark.parametrize("sentence", [
    "In 2012 interrogators at Camp 15 deprived her of sleep for five days.",
    "Guards gave him electric shocks during interrogation at Camp 15 in 2009.",
    "In 2014 a guard at Camp 15 sexually assaulted a female inmate.",
    "The returnee was subjected to invasive body searches at Camp 15 in 2014.",
    "Pregnant women at Camp 15 were forced to have abortions in 2011.",
])
def test_more_acts_of_torture(sentence: str) -> None:
    assert only(PUB_2015 + sentence, "torture").facility == "kwanliso-15"


def test_an_acquittal_is_a_trial() -> None:
    text = PUB_2015 + "Two of the defendants were acquitted by the court in Hamhung in 2014."
    assert only(text, "trial").place == "hamhung"


@pytest.mark.parametrize("sentence", [
    "North Korea executed a plan to expand its missile programme in 2014.",
    "He was transferred to a new job in Pyongyang in 2012.",
])
def test_words_used_in_another_sense_are_no_event(sentence: str) -> None:
    assert events(PUB_2015 + sentence) == []


def test_a_transfer_between_camps_needs_no_other_custody_word() -> None:
    assert only(PUB_2015 + "In 2012 he was transferred to Chongori.", "transfer").facility == \
        "kyohwaso-12"


@pytest.mark.parametrize("text", [
    "A Seoul court sentenced a man to four years for spying for North Korea in 2019.",
    "Japanese police arrested a North Korean agent in Osaka in 2003.",
])
def test_other_states_courts_and_police_are_outside_the_record(text: str) -> None:
    assert extract(text).events == ()


def test_a_source_named_by_a_past_release_tells_no_release() -> None:
    text = PUB_2015 + ("In 2014 about 60 prisoners were transferred from Camp 15 to Camp 16, "
                       "according to the most recently released interviewee.")
    assert [e.type for e in events(text)] == ["transfer"]


def test_how_many_are_believed_held_is_a_figure() -> None:
    text = PUB_2015 + "- North Koreans believed held in Chinese detention (July 2015): 1,500"
    assert events(text) == []


def test_taken_to_a_kind_of_facility_by_pronoun_is_a_detention() -> None:
    text = PUB_2015 + "In August 2014 they took me to a police station in Yanji."
    assert only(text, "detention").place == "yanji"


def test_some_of_a_group_is_a_count_of_people() -> None:
    text = PUB_2015 + "Seven of the nine women were sentenced by people's courts."
    assert sorted(e.type for e in events(text)) == ["detention", "trial"]


@pytest.mark.parametrize("sentence", [
    "He was sent to a rodong danryeondae in Musan in 2014.",
    "In 2014 she was held in a jipkyulso in Musan for a month.",
])
def test_korean_names_of_facility_kinds_are_custody(sentence: str) -> None:
    assert only(PUB_2015 + sentence, "detention").place == "musan"


def test_a_list_of_kinds_of_abuse_is_no_event_unless_someone_suffered_them() -> None:
    listed = PUB_2015 + ("Defectors continued to report extrajudicial killings, disappearances, "
                         "arbitrary detentions, and arrests of political prisoners.")
    assert events(listed) == []
    suffered = PUB_2015 + ("Three women who fled Camp 15 spoke about their experiences of "
                           "torture, sexual violence and detention.")
    assert {"torture", "detention"} <= {e.type for e in events(suffered)}


def test_sent_to_a_camp_without_a_trial_is_no_trial() -> None:
    text = PUB_2015 + "In May 2015 she was sent to Camp 16 without a trial, the source said."
    assert [e.type for e in events(text)] == ["detention"]


def test_a_list_of_abuses_a_former_prisoner_describes_is_no_event() -> None:
    text = PUB_2015 + ("A man who spent eight years in Camp 25 described executions, starvation "
                       "and beatings in an interview.")
    assert [e.type for e in events(text)] == ["detention"]


def test_sent_back_to_the_north_is_a_repatriation() -> None:
    text = PUB_2015 + ("In 2014 Chinese police arrested five North Koreans in Shenyang, and "
                       "they were later sent back to the North.")
    e = only(text, "repatriation")
    assert (e.place, e.victims) == ("china", Victims(5, 5))


@pytest.mark.parametrize("unit", ["labor training unit", "labour training centre"])
def test_a_labour_training_unit_is_a_place_of_custody(unit: str) -> None:
    e = only(PUB_2015 + f"In May a woman was sent to a {unit} in Hyesan for six months.",
             "detention")
    assert e.place == "hyesan"


def test_a_second_act_told_of_the_same_subject_is_anchored_by_the_first() -> None:
    text = PUB_2015 + ("Two men were arrested in Hyesan in May. \"They were interrogated for "
                       "weeks at the security bureau and beaten so badly that one could not "
                       "walk,\" the source said.")
    assert {"arrest", "detention", "torture"} <= {e.type for e in events(text)}


def test_what_continues_to_be_done_to_a_class_is_no_event() -> None:
    text = PUB_2015 + ("Women forcibly returned from China continue to be subjected to body "
                       "searches and beatings at holding centres in Onsong.")
    assert events(text) == []


def test_a_witness_saw_the_deaths_of_inmates() -> None:
    text = PUB_2015 + ("A woman held in Camp 15 in 2009 said she witnessed the deaths of "
                       "several inmates from malnutrition.")
    e = only(text, "death_in_custody")
    assert (e.facility, e.victims) == ("kwanliso-15", Victims(3, None))


def test_detained_at_a_facility_with_a_long_name() -> None:
    text = PUB_2015 + ("In April, seven people were detained at the local Ministry of State "
                       "Security detention facility in Hoeryong for several months.")
    found = extract(text)
    e = next(e for e in found.events if e.type == "detention")
    assert e.facility == "hoeryong-ssd-holding-centre"
    assert "hoeryong-ssd-holding-centre" in found.facilities  # the document names it


def test_an_age_is_no_count_of_victims() -> None:
    text = PUB_2015 + "In 1975, when she was 13, she was sent to Camp 18."
    assert only(text, "detention").victims == Victims(1, 1)


def test_months_of_examination_at_a_detention_centre_are_a_detention() -> None:
    text = PUB_2015 + ("Three smugglers were caught in Hyesan in May. After two months of "
                       "preliminary examination at the provincial security department's "
                       "detention centre, they were tried on June 30.")
    assert {"arrest", "detention", "trial"} <= {e.type for e in events(text)}


def test_beaten_during_interrogation_at_a_centre_is_torture_only() -> None:
    text = PUB_2015 + ("Eleven women said they were beaten during interrogation at the Onsong "
                       "holding centre between 2011 and 2014.")
    assert [e.type for e in events(text)] == ["torture"]


def test_made_to_squat_is_torture() -> None:
    text = PUB_2015 + ("In May 2014 she was taken to the Onsong holding centre, where the guards "
                       "made us strip and squat repeatedly.")
    assert only(text, "torture").facility == "onsong-ssd-holding-centre"


def test_telegraphic_case_notes_are_events() -> None:
    text = PUB_2015 + ("Case 1. Female, 40s, from Hyesan. Sentenced to five years in Camp 15 in "
                       "2009. Released in 2013.\n\nCase 2. Male, 30s. Detained for three months at "
                       "the Onsong holding centre in 2012.")
    found = events(text)
    assert [e.type for e in found] == ["detention", "release", "detention"]
    assert found[2].facility == "onsong-ssd-holding-centre"


def test_the_trial_and_detention_of_one_sentence_share_their_victims() -> None:
    text = PUB_2015 + ("Choi was sentenced to hard labour for life by the Supreme Court in June "
                       "2015.")
    assert only(text, "trial").victims == only(text, "detention").victims == Victims(1, 1)


@pytest.mark.parametrize("sentence", [
    "He died on June 19, 2015, six days after his return home from Camp 15.",
    "In June a former inmate died of malnutrition shortly after her release from Camp 15.",
])
def test_a_death_after_leaving_custody_is_no_death_in_custody(sentence: str) -> None:
    assert [e for e in events(PUB_2015 + sentence) if e.type == "death_in_custody"] == []


def test_north_korea_sending_a_foreigner_out_is_a_release() -> None:
    text = PUB_2015 + ("In 2014, North Korea deported an American man who had entered the country "
                       "from China, after holding him for a month.")
    assert [e.type for e in events(text)] == ["release"]
    text = PUB_2015 + ("North Korea said it has decided to expel Private Jones, who has been held "
                       "in the North since he crossed the border in May.")
    assert {"release", "detention"} == {e.type for e in events(text)}
    text = PUB_2015 + "In 2014 China deported 29 North Koreans to the North."
    assert [e.type for e in events(text)] == ["repatriation"]


def test_what_believers_face_if_discovered_is_no_event() -> None:
    text = PUB_2015 + "Christians in Hyesan face arrest, torture and execution if discovered."
    assert events(text) == []


def test_members_of_a_family_just_told_about_continue_the_narrative() -> None:
    text = PUB_2015 + ("In May 2015, a family of five was arrested in Hyesan for owning a Bible. "
                       "The parents were sentenced to life in a political prison camp.")
    assert [e.type for e in events(text)] == ["arrest", "detention"]


def test_beatings_named_as_a_cause_of_death_are_no_torture_of_their_own() -> None:
    text = PUB_2015 + ("In Camp 15 in 2009 somebody died every week, from hunger, accidents or "
                       "beatings, a former prisoner said.")
    assert [e.type for e in events(text)] == ["death_in_custody"]


def test_a_court_handing_people_sentences_is_a_trial_and_a_detention() -> None:
    text = PUB_2015 + ("A court in Hamhung handed three members of an underground church "
                       "sentences of 10 to 15 years of hard labor last month.")
    found = events(text)
    assert sorted(e.type for e in found) == ["detention", "trial"]
    assert all(e.victims == Victims(3, 3) for e in found)


def test_one_arrested_with_others_on_a_date_of_its_own_is_an_arrest() -> None:
    text = PUB_2015 + ("Three believers were sentenced in Hamhung in June. Their pastor, who was "
                       "arrested with them in March, was tortured to death in May.")
    arrest = only(text, "arrest")
    assert arrest.date == DateRange(dt.date(2015, 3, 1), dt.date(2015, 3, 31))
    named_by = PUB_2015 + ("A man who had been arrested with the group was released on Thursday "
                           "in Chongjin.")
    assert [e.type for e in events(named_by)] == ["release"]


def test_one_who_remains_in_custody_is_detained() -> None:
    text = PUB_2015 + "A woman was arrested in Musan in February. She remains in custody."
    assert only(text, "detention").date == DateRange(dt.date(2015, 2, 1), dt.date(2015, 2, 28))


def test_the_north_sending_back_people_it_held_is_a_release() -> None:
    text = PUB_2015 + ("It is the first such release since 2014, when the North sent back two "
                       "fishermen it had held in Nampo for a week.")
    assert "release" in {e.type for e in events(text)}
    habit = PUB_2015 + "Women are still being sent back every month from China."
    assert events(habit) == []


def test_a_numbered_paragraph_on_a_class_who_were_detained_is_no_event() -> None:
    text = PUB_2015 + ("7. Women who had been detained in kyohwaso described daily rations far "
                       "below subsistence levels.")
    assert events(text) == []


@pytest.mark.parametrize(("text", "etype"), [
    ("A woman has not been heard from since she was taken away by security agents in Onsong "
     "in 2014.", "arrest"),
    ("He never came home after he was arrested in Hyesan in May.", "arrest"),
])
def test_a_negation_before_a_subordinate_clause_does_not_negate_its_verb(text: str,
                                                                         etype: str) -> None:
    assert only(PUB_2015 + text, etype)


def test_a_negation_of_the_verb_itself_still_negates() -> None:
    assert events(PUB_2015 + "He was not arrested in Hyesan in May.") == []


def test_a_foreigner_deported_from_north_korea_is_released() -> None:
    text = PUB_2015 + ("A Japanese video producer was detained in Nampo on July 10. State media "
                       "said the man had been deported and handed over to Japanese officials in "
                       "Beijing.")
    assert "release" in {e.type for e in events(text)}
    assert "repatriation" not in {e.type for e in events(text)}


@pytest.mark.parametrize("sentence", [
    "Public executions have long been a tool of social control in North Korea.",
    "Residents, including schoolchildren, are regularly mobilized to watch executions in Hyesan.",
    "Experts believe the frequency of public executions fell after the border closure in 2020.",
    "A working group has mapped more than 300 execution sites across the country.",
])
def test_what_is_said_of_executions_in_general_is_no_event(sentence: str) -> None:
    assert events(PUB_2015 + sentence) == []


def test_recaptured_and_shot_is_an_arrest_and_an_execution() -> None:
    text = PUB_2015 + ("An inmate of Camp 16 who escaped in May was recaptured three days later "
                       "and shot.")
    assert [e.type for e in events(text)] == ["arrest", "execution"]
    not_killing = PUB_2015 + "In May a reporter went to Hyesan and shot a video of the market."
    assert events(not_killing) == []


def test_serving_a_term_in_a_camp_is_the_sentence_told_before() -> None:
    text = PUB_2015 + ("A former army officer was jailed for 15 years in May for criticizing the "
                       "leadership. He is now serving his term in the Kaechon re-education camp.")
    [held] = of_type(text, "detention")
    assert held.facility == "kyohwaso-1"


def test_a_military_tribunal_held_against_someone_is_a_trial() -> None:
    text = PUB_2015 + ("A special military tribunal of the Ministry of State Security of the DPRK "
                       "was held on July 12 against Jang.")
    assert [e.type for e in events(text)] == ["trial"]


def test_a_foreign_service_named_as_the_source_did_not_do_it() -> None:
    text = PUB_2015 + ("Jang was tried in July. The sentence was executed by firing squad the same "
                       "day, according to South Korean intelligence.")
    assert "execution" in {e.type for e in events(text)}
    done_by = PUB_2015 + "In May South Korean police arrested two men in Seoul."
    assert events(done_by) == []


def test_the_former_detainees_a_report_draws_on_are_no_event() -> None:
    text = PUB_2015 + ("The report is based on interviews with 22 former detainees who were held "
                       "between 2011 and 2014, and eight former officials.")
    assert events(text) == []
    released = PUB_2015 + "Camp 16 has grown, according to a report released today."
    assert events(released) == []
    after = PUB_2015 + ("The report, based on testimony from 141 defectors, also described the "
                        "public execution of a man in 2013 in Pyongyang.")
    assert [e.type for e in events(after)] == ["execution"]


@pytest.mark.parametrize(("sentence", "types"), [
    ("A woman in her 30s was publicly shot in Hamhung in March.", ["execution"]),
    ("He was handed a 10-year prison term by the Pyongyang Municipal Court in February.",
     ["detention", "trial"]),
])
def test_more_wordings_of_executions_and_sentences(sentence: str, types: list[str]) -> None:
    assert sorted(e.type for e in events(PUB_2015 + sentence)) == types


@pytest.mark.parametrize(("sentence", "etype"), [
    ("After serving four years in Camp 15, he was released in 2013.", "release"),
    ("He was held incommunicado in Hyesan for 18 months before being brought to trial.", "trial"),
    ("In 2014 the detainees in Onsong were forced to stand for hours.", "torture"),
])
def test_more_wordings_of_release_trial_and_torture(sentence: str, etype: str) -> None:
    assert etype in {e.type for e in events(PUB_2015 + sentence)}


@pytest.mark.parametrize("sentence", [
    "The UN General Assembly adopted a resolution condemning arbitrary detention and torture in "
    "North Korea.",
    "The film depicts the execution of a fictional prisoner in Camp 15.",
])
def test_abuse_condemned_or_depicted_is_no_event(sentence: str) -> None:
    assert events(PUB_2015 + sentence) == []


@pytest.mark.parametrize("sentence", [
    "In 2014, at least three people were sentenced to death in Hyesan for distributing films.",
    "The Supreme Court sentenced the former official to death in a closed trial in 2014.",
    "A third man received a death sentence in Hyesan in May.",
])
def test_a_death_sentence_is_a_trial_and_imposes_no_detention(sentence: str) -> None:
    assert [e.type for e in events(PUB_2015 + sentence)] == ["trial"]


def test_those_arrested_named_by_the_arrest_are_no_new_arrest() -> None:
    text = PUB_2015 + ("Police arrested 30 people in Hyesan in May. Those arrested included a "
                       "70-year-old grandmother and her 12-year-old grandson.")
    assert len(of_type(text, "arrest")) == 1
    alone = PUB_2015 + "Those arrested included a 70-year-old grandmother and her grandson."
    assert events(alone) == []


@pytest.mark.parametrize(("sentence", "etype", "day"), [
    ("The amnesty for prisoners in Camp 15 will take effect on August 1.", "amnesty",
     dt.date(2015, 8, 1)),
    ("Pyongyang said it would put the detained American on trial on August 3.", "trial",
     dt.date(2015, 8, 3)),
])
def test_more_announced_events(sentence: str, etype: str, day: dt.date) -> None:
    e = only(PUB_2015 + sentence, etype)
    assert e.announced and e.date == DateRange(day, day)


def test_an_announcement_of_what_has_happened_is_no_announced_event() -> None:
    e = only(PUB_2015 + "North Korea announced that it had released 500 prisoners from Camp 15.",
             "release")
    assert not e.announced and e.date.latest == dt.date(2015, 7, 14)


@pytest.mark.parametrize("sentence", [
    "She was released on parole in 2014 because of poor health.",
    "In 2014 he was released on sick bail and flew home.",
])
def test_a_release_on_parole_or_bail_is_from_custody(sentence: str) -> None:
    assert only(PUB_2015 + sentence, "release").victims == Victims(1, 1)


def test_a_clause_told_of_someone_named_is_asserted_within_a_call() -> None:
    text = PUB_2015 + ("The office called on the authorities to release all persons arbitrarily "
                       "held, including the pastor Ri Chol, who was arrested in 2013 and "
                       "sentenced to life imprisonment in 2014.")
    found = events(text)
    assert [(e.type, e.date.earliest) for e in found] == [
        ("arrest", dt.date(2013, 1, 1)), ("detention", dt.date(2014, 1, 1))]
    assert events(PUB_2015 + "The office called on the authorities to release all persons "
                  "who were arrested for their faith.") == []


def test_a_group_counted_before_anchors_what_happened_to_it() -> None:
    text = PUB_2015 + ("The regime executed as many as 20 officials in late May, media said. "
                       "The officials, who had been accused of bribery, were shot after a "
                       "summary trial, the paper reported.")
    found = events(text)
    assert [e.type for e in found] == ["execution", "trial"]
    assert found[0].victims == Victims(None, 20)
    assert len(found[0].evidence) == 2
    assert events(PUB_2015 + "The officials were shot after a summary trial.") == []


def test_the_rest_of_a_group_counted_just_before_is_an_identified_group() -> None:
    text = PUB_2015 + ("About 80 of the 500 returnees were sent to Camp 14 in May. \"Those who "
                       "met Christians were punished hardest,\" he said. \"The rest were "
                       "sentenced to three years in a re-education camp.\"")
    assert [e.type for e in of_type(text, "detention")] == ["detention", "detention"]
    assert events(PUB_2015 + "The rest were sentenced to three years in a re-education "
                  "camp.") == []


def test_a_death_sentence_carried_out_is_an_execution() -> None:
    text = PUB_2015 + ("A military tribunal in Pyongyang sentenced the accused Ri Chol to death on "
                       "May 3. The decision was executed immediately.")
    assert [e.type for e in events(text)] == ["trial", "execution"]
    assert events(PUB_2015 + "The decision was executed immediately.") == []


def test_a_particular_persons_release_under_an_amnesty_is_a_release_too() -> None:
    text = PUB_2015 + ("A woman arrested in 2010 for smuggling was released under the 2012 "
                       "amnesty.")
    assert [e.type for e in events(text)] == ["arrest", "release", "amnesty"]
    group = PUB_2015 + "Four interviewees were released in 2012 under the general amnesty."
    assert [e.type for e in events(group)] == ["release", "amnesty"]
    mark = PUB_2015 + "Prisoners were released in August to mark the anniversary."
    assert [e.type for e in events(mark)] == ["amnesty"]
    many = PUB_2015 + "About 3,000 prisoners were released in August to mark the anniversary."
    assert [e.type for e in events(many)] == ["amnesty"]


def test_witnesses_who_report_deaths_from_hunger_tell_deaths_in_custody() -> None:
    text = PUB_2015 + ("Several interviewees who had been held at Camp 12 reported frequent deaths "
                       "from malnutrition.")
    assert "death_in_custody" in [e.type for e in events(text)]


def test_sent_back_to_the_camp_from_a_hospital_is_a_transfer() -> None:
    text = PUB_2015 + ("In August he was moved to a hospital in Pyongyang because of his health. "
                       "He was sent back to the labour camp in January.")
    assert [e.type for e in events(text)] == ["transfer"]


def test_those_who_did_something_once_are_a_group_not_a_habit() -> None:
    text = PUB_2015 + ("About 500 were returned from China in May. Those who crossed at Tumen were "
                       "taken to the Onsong holding centre, the source said.")
    assert "detention" in [e.type for e in events(text)]
    assert events(PUB_2015 + "Those who are caught in Hyesan are sent to camps.") == []


def test_found_dead_in_a_cell_is_a_death_in_custody() -> None:
    text = PUB_2015 + ("In Chongjin, a former official was found dead in his cell at the "
                       "provincial security bureau last month, two sources said.")
    assert only(text, "death_in_custody").date == DateRange(dt.date(2015, 6, 1),
                                                            dt.date(2015, 6, 30))


def test_detained_for_a_stated_time_is_a_detention() -> None:
    text = PUB_2015 + "She had been detained in Tumen for up to four years before being sent back."
    assert "detention" in [e.type for e in events(text)]
    assert "arrest" not in [e.type for e in events(text)]


def test_a_foreigner_handed_over_to_his_countrys_officials_is_released() -> None:
    text = PUB_2015 + ("The soldier was held in Pyongyang for 71 days. On Tuesday he was handed "
                       "over to US officials at the Chinese border city of Dandong.")
    assert [e.type for e in events(text)] == ["detention", "release"]
    said = PUB_2015 + "North Korea said on Wednesday it would expel the soldier on Friday."
    assert [(e.type, e.announced) for e in events(said)] == [("release", True)]


@pytest.mark.parametrize(("headline", "etype"), [
    ("North Korea executes three smugglers in Hyesan", "execution"),
    ("China deports 60 North Koreans to Sinuiju", "repatriation"),
    ("North Korea frees US student held in Pyongyang", "release"),
    ("North Korea jails pastor for life in Pyongyang", "detention"),
    ("North Korea sentences US student to 15 years of hard labour", "detention"),
    ("Hyesan court sentences three to death", "trial"),
])
def test_headlines_in_the_present_tense(headline: str, etype: str) -> None:
    text = headline + "\n\n" + PUB_2015 + "Officials did not comment on the case."
    assert etype in [e.type for e in events(text)]


def test_have_repatriated_with_an_object_is_the_verb() -> None:
    text = PUB_2015 + ("Russian authorities have repatriated North Korean workers who fled a "
                       "logging camp near Vladivostok in May.")
    assert [e.type for e in events(text)] == ["repatriation"]


@pytest.mark.parametrize("text", [
    "MOSCOW, July 19, 2023 (AP) -- A court in Russia on Friday sentenced an American reporter "
    "to 16 years in a penal colony. He was arrested in Yekaterinburg in March. Washington "
    "accuses Moscow of taking Americans hostage, as North Korea did in the past.",
    "Former detainees of camps in China's Xinjiang region said they were beaten. One woman said "
    "she was held for nine months in a camp in Urumqi in 2018. Similar abuse has been documented "
    "in North Korea's prison camps.",
    "Satellite images show the expansion of detention facilities where more than a million "
    "Uyghurs have been held since 2017, researchers said. Former detainees have described "
    "torture and forced sterilisation. Rights groups have compared the system to the political "
    "prison camps of North Korea.",
])
def test_detention_elsewhere_compared_once_with_north_korea_is_not_about_it(text: str) -> None:
    found = extract(text)
    assert (found.relevant, found.events) == (False, ())


def test_a_suicide_is_a_death_in_custody_only_of_one_held() -> None:
    held = PUB_2015 + ("Separately, a man detained at the Sinuiju holding centre took his own life "
                       "in January, according to another source.")
    assert [e.type for e in events(held)] == ["detention", "death_in_custody"]
    father = PUB_2015 + ("The guard insulted the leader while drunk in 1993. His father committed "
                         "suicide the next day.")
    assert "death_in_custody" not in [e.type for e in events(father)]
    home = PUB_2015 + ("A returnee died at her home in Musan last week, days after being released "
                       "from the Musan holding centre.")
    assert "death_in_custody" not in [e.type for e in events(home)]


def test_people_held_abroad_who_may_be_sent_to_north_korea_are_in_the_record() -> None:
    text = ("BEIJING, July 14, 2015 (Reuters) -- Chinese police arrested 30 people in Yanji on "
            "Monday, a rights group said. Activists fear they will be sent back to North Korea.")
    found = extract(text)
    assert found.relevant and [e.type for e in found.events] == ["arrest"]


def test_a_team_held_up_at_an_airport_is_not_held() -> None:
    text = PUB_2015 + ("The North Korean team travelled from Beijing and was held up at the "
                       "airport for several hours because of a delayed flight.")
    assert events(text) == []


def test_a_habit_told_after_but_is_another_statement() -> None:
    text = PUB_2015 + ("The Special Rapporteur welcomes the amnesty announced on the Party's "
                       "anniversary, but notes that political prisoners are generally excluded "
                       "from such measures.")
    assert [e.type for e in events(text)] == ["amnesty"]
    assert events(PUB_2015 + "Political prisoners are generally excluded from amnesties.") == []


def test_what_returnees_continue_to_report_is_a_pattern_not_an_event() -> None:
    text = PUB_2015 + ("Women forcibly returned from China continue to report sexual violence "
                       "in pre-trial detention facilities.")
    assert events(text) == []


def test_the_number_of_a_group_counted_before_anchors_its_event() -> None:
    text = PUB_2015 + ("Authorities in Hoeryong arrested eight people for watching foreign "
                       "dramas, a source said. Agents raided several homes. The eight are now "
                       "being held at a detention centre while the investigation continues.")
    [held] = [e for e in events(text) if e.type == "detention"]
    assert held.victims == Victims(8, 8)
    alone = PUB_2015 + "The eight are now being held while the investigation continues."
    assert events(alone) == []


def test_the_police_of_another_country_are_that_countrys() -> None:
    text = PUB_2015 + ("Nine North Korean defectors were detained by Laotian police near the "
                       "Chinese border on May 10, and deported to China on May 27.")
    [arrest] = [e for e in events(text) if e.type == "arrest"]
    assert (arrest.place, arrest.perpetrator) == ("laos", None)
    [back] = [e for e in events(text) if e.type == "repatriation"]
    assert back.place == "laos"
    chinese = only(PUB_2015 + "Chinese police detained five North Korean women in May.",
                   "arrest")
    assert (chinese.place, chinese.perpetrator) == ("china", "chinese-public-security")


def test_a_release_by_the_state_needs_no_custody_told_before() -> None:
    text = PUB_2015 + ("Otto Warmbier, the American student who was released by North Korea "
                       "last week in a coma, died on Monday, his family said.")
    assert [e.type for e in events(text)] == ["release"]
    assert events(PUB_2015 + "The band released a new album last week.") == []


def test_people_named_by_an_execution_told_before_are_no_new_execution() -> None:
    text = PUB_2015 + ("Five people were shot by firing squad in Hyesan in late June. Two of the "
                       "executed were women in their thirties.")
    [shot] = of_type(text, "execution")
    assert shot.victims == Victims(5, 5)


def test_a_body_returned_to_the_family_is_no_repatriation() -> None:
    text = PUB_2015 + ("A woman died in custody at the Onsong police station in June. Her body "
                       "was returned to her family with bruises on the face.")
    assert [e.type for e in events(text)] == ["death_in_custody"]


def test_one_and_the_other_of_a_group_just_told_are_anchored_by_it() -> None:
    text = PUB_2015 + ("In January 2015, two women were arrested in Hyesan for making phone calls "
                       "to South Korea. One was released after paying a bribe; the other was "
                       "sent to a labour training camp for six months.")
    assert [e.type for e in events(text)] == ["arrest", "release", "detention"]
    assert events(PUB_2015 + "One was released after paying a bribe.") == []


def test_one_named_by_an_arrest_dated_in_its_own_clause_is_arrested_then() -> None:
    text = PUB_2015 + ("At least 15 North Korean defectors caught in China last month are at risk "
                       "of being sent back. Among them is a 13-year-old boy who was caught with "
                       "his mother near Shenyang on June 3.")
    dates = [e.date for e in events(text) if e.type == "arrest"]
    assert DateRange(dt.date(2015, 6, 3), dt.date(2015, 6, 3)) in dates
    later = PUB_2015 + ("Police arrested a group of brokers in Chongjin in June. A man who had "
                        "been arrested with the group was released on Thursday after paying a "
                        "bribe.")
    assert len([e for e in events(later) if e.type == "arrest"]) == 1


def test_a_police_holding_facility_is_not_the_state_security_centre_of_the_place() -> None:
    police = only(PUB_2015 + "In 2019 she was detained in a police holding facility in Onsong "
                  "for three months.", "detention")
    assert (police.facility, police.place) == (None, "onsong")
    state = only(PUB_2015 + "In 2019 she was detained in the holding centre in Onsong for three "
                 "months.", "detention")
    assert state.facility == "onsong-ssd-holding-centre"


def test_a_police_stay_before_a_camp_is_a_detention_of_its_own() -> None:
    text = PUB_2015 + ("One woman stated that she had been detained in a police holding facility "
                       "in Onsong for about three months in 2012 before being sent to the Jongori "
                       "re-education camp.")
    held = [(e.place, e.facility) for e in of_type(text, "detention")]
    assert held == [("onsong", None), ("hoeryong", "kyohwaso-12")]


def test_an_execution_named_again_takes_no_camp_named_in_another_paragraph() -> None:
    text = PUB_2015 + ("She was held in the Jongori re-education camp until 2012.\n\nA man was "
                       "publicly executed in Hyesan in October 2014. The execution was reportedly "
                       "carried out in front of hundreds of residents.")
    [execution] = of_type(text, "execution")
    assert (execution.facility, execution.place, len(execution.evidence)) == (None, "hyesan", 2)


def test_guards_beating_women_is_torture() -> None:
    text = PUB_2015 + "In March 2014 guards beat women at the holding centre in Onsong."
    assert [e.type for e in events(text)] == ["torture"]


def test_most_of_a_group_just_told_being_held_now_is_a_detention() -> None:
    text = PUB_2015 + ("More than 40 people have been arrested in Sinuiju since early June, a "
                       "resident said. Most of them are being held at the provincial security "
                       "bureau.")
    assert [e.type for e in events(text)] == ["arrest", "detention"]
    assert events(PUB_2015 + "Smugglers are held at the provincial security bureau.") == []


def test_not_released_until_is_a_release() -> None:
    text = PUB_2015 + ("Police detained a woman in Hyesan on July 3 for keeping South Korean songs "
                       "on her phone. She was not released until her family paid 3,000 yuan.")
    assert [e.type for e in events(text)] == ["arrest", "release"]
    assert [e.type for e in events(PUB_2015 + "Police detained a woman in Hyesan on July 3. She "
                                   "was not released.")] == ["arrest"]


def test_a_group_just_told_now_held_is_a_detention_not_a_habit() -> None:
    text = PUB_2015 + ("Agents of the Ministry of State Security arrested five women in Hyesan "
                       "last week. The women are now held at the provincial detention center.")
    [held] = [e for e in events(text) if e.type == "detention"]
    assert held.victims == Victims(5, 5)
    assert events(PUB_2015 + "Smugglers are held at the provincial detention center.") == []


def test_members_listed_between_dashes_and_those_who_remain_held() -> None:
    text = PUB_2015 + ("Three Christians in Sinuiju - a woman surnamed Ri, her husband and a "
                       "neighbour - were arrested in March for holding prayer meetings. Ri was "
                       "released in May after questioning, while her husband and the neighbour "
                       "remain in detention. The couple's son, who lives in China, said his father "
                       "was tortured during interrogation.")
    by_type = {e.type: e for e in events(text)}
    assert by_type["arrest"].victims == Victims(3, 3)
    held = by_type["detention"]
    assert held.victims == Victims(2, 2)
    assert held.date == DateRange(dt.date(2015, 3, 1), dt.date(2015, 3, 31))
    assert by_type["torture"].place != "china"


def test_an_act_named_for_a_class_of_people_is_no_event() -> None:
    text = PUB_2015 + ("The detention of North Korean women in China, and their forced return, "
                       "remain matters of grave concern.")
    assert [e.type for e in events(text)] == []
    dated = PUB_2015 + "The detention of 30 North Korean women in China in May was confirmed."
    assert [e.type for e in events(dated)] == ["detention"]
    seen = PUB_2015 + ("A former prisoner of Kwanliso No. 15 said he witnessed several public "
                       "executions of prisoners who had attempted to escape.")
    assert [e.type for e in events(seen)] == ["detention", "execution"]


def test_one_arrested_in_january_who_remains_in_custody_is_held_since_january() -> None:
    text = PUB_2015 + ("Her husband was arrested by the Ministry of State Security in January and "
                       "remains in custody at the provincial detention centre.")
    assert only(text, "detention").date == DateRange(dt.date(2015, 1, 1), dt.date(2015, 1, 31))


def test_taken_to_the_police_station_and_the_other_two_released() -> None:
    text = PUB_2015 + ("Three traders were taken to the Hoeryong boanseo (police station) in May "
                       "for dealing in Chinese goods, and one of them was later transferred to the "
                       "city's bowibu for questioning about contacts in South Korea. The other "
                       "two were released after a week.")
    by_type = {e.type: e for e in events(text)}
    assert by_type["arrest"].place == "hoeryong"
    assert by_type["transfer"].place != "south-korea"
    assert by_type["release"].victims == Victims(2, 2)


def test_a_number_of_a_group_just_told_is_anchored_by_it() -> None:
    text = PUB_2015 + ("In early June the Ministry of State Security in Onsong arrested seven "
                       "people suspected of using Chinese phones. Three were later released after "
                       "their families paid bribes.")
    [freed] = [e for e in events(text) if e.type == "release"]
    assert freed.victims == Victims(3, 3)
    assert events(PUB_2015 + "Three were later released after their families paid bribes.") == []


def test_learning_of_an_event_is_not_the_event() -> None:
    text = PUB_2015 + ("A defector said that her brother had been publicly executed in Hyesan in "
                       "2012 for smuggling. She learned of the execution only last year.")
    assert [e.type for e in events(text)] == ["execution"]


def test_another_states_agency_telling_the_news_is_a_source_not_the_actor() -> None:
    text = PUB_2015 + ("South Korea's spy agency said Friday that North Korea had executed five "
                       "senior security officials earlier this year. The officials, from the "
                       "Ministry of State Security, were executed after the minister was "
                       "dismissed in January.")
    [shot] = of_type(text, "execution")
    assert shot.victims == Victims(5, 5)
    assert shot.perpetrator is None


def test_dying_at_home_is_no_death_in_custody() -> None:
    text = PUB_2015 + ("A former prisoner of the Onsong holding centre died at her home in Onsong "
                       "in May, a source said.")
    assert [e.type for e in events(text) if e.type == "death_in_custody"] == []


def test_a_release_told_as_done_beside_one_expected_is_not_announced() -> None:
    text = PUB_2015 + ("About 120 inmates of Kyohwaso No. 9 were freed on May 1, while several "
                       "hundred more are expected to be released from camps by the end of the "
                       "month.")
    freed = of_type(text, "release")
    assert [e.announced for e in freed] == [False, True]
    assert freed[0].date == DateRange(dt.date(2015, 5, 1), dt.date(2015, 5, 1))


def test_an_amnesty_for_a_state_occasion_is_a_particular_one() -> None:
    text = PUB_2015 + ("North Korean authorities have begun releasing prisoners under a special "
                       "amnesty announced on the anniversary of Kim Il Sung's birthday, sources "
                       "say.")
    assert [e.type for e in events(text)] == ["amnesty"]
    assert events(PUB_2015 + "Authorities sometimes release prisoners under amnesties.") == []


def test_amnesty_international_named_short_is_no_amnesty() -> None:
    text = PUB_2015 + ("Amnesty International urged China to free 50 North Koreans. According to "
                       "Amnesty, the detainees were arrested in Shenyang in June.")
    assert [e.type for e in events(text)] == ["arrest"]
    decree = PUB_2015 + ("Amnesty International welcomed the news. North Korea declared a General "
                         "Amnesty on Monday.")
    assert [e.type for e in events(decree)] == ["amnesty"]


def test_a_plan_told_as_a_noun_announces_nothing() -> None:
    text = PUB_2015 + ("His mother and brother were executed in Camp 14 in 1996 after he reported "
                       "their escape plan to a guard.")
    assert only(text, "execution").announced is False
    planned = PUB_2015 + "North Korea plans to grant a special amnesty in August."
    assert only(planned, "amnesty").announced is True


def test_a_speaker_heard_saying_it_is_no_victim() -> None:
    text = PUB_2015 + ("Two boys were sentenced in Hyesan to 12 years of hard labour in 2014. An "
                       "official is heard saying that they were sentenced for spreading films.")
    assert [e.victims for e in events(text)] == [Victims(2, 2)]


def test_gyohwaso_the_place_facility_and_those_replaced() -> None:
    text = PUB_2015 + ("At least five prisoners of the Kaechon gyohwaso have died in a mine since "
                       "May, a source said. Another source said 30 inmates of the Jongori "
                       "gyohwaso were moved to the Kaechon facility in June to replace workers "
                       "who had died.")
    [death] = of_type(text, "death_in_custody")
    [transfer] = of_type(text, "transfer")
    assert (death.facility, transfer.facility) == ("kyohwaso-1", "kyohwaso-1")


def test_pleading_for_a_release_is_no_release_and_they_being_held_are_the_group() -> None:
    plea = PUB_2015 + "The mother of a student jailed in Pyongyang in 2014 pleaded for his release."
    assert "release" not in [e.type for e in events(plea)]
    held = PUB_2015 + ("Two Japanese women were detained near Wonsan on May 24. They are being "
                       "held at an undisclosed location.")
    assert only(held, "detention").victims == Victims(2, 2)


def test_a_crackdown_detaining_a_count_and_their_commander_sent_to_a_camp() -> None:
    text = PUB_2015 + ("The Military Security Command arrested eight soldiers in Kangwon Province "
                       "last month. Their commanding officer was dismissed and sent to a labour "
                       "camp for six months. Meanwhile, the Ministry of Social Security launched a "
                       "crackdown in Pyongyang, detaining at least 30 teachers in March.")
    held = only(text, "detention")
    assert held.victims == Victims(1, 1)
    assert [e.victims for e in of_type(text, "arrest")] == [Victims(8, 8), Victims(30, None)]


def test_a_relocation_of_a_camps_prisoners_and_a_release_told_in_contrast() -> None:
    text = PUB_2015 + ("North Korea relocated part of the prisoner population of Camp 15 at "
                       "Yodok in 2013. Prisoners from the zone were moved to Camp 14 in Kaechon, "
                       "while some were released. His relatives disappeared into the camp system "
                       "in 2012.")
    assert [(e.facility, e.date.earliest) for e in of_type(text, "transfer")] == [
        ("kwanliso-15", dt.date(2013, 1, 1)), ("kwanliso-14", dt.date(2013, 1, 1))]
    released = only(text, "release")
    assert (released.facility, released.place) == (None, "yodok")
    assert only(text, "detention").facility is None


def test_prison_terms_told_beside_death_sentences_are_a_detention_of_their_own() -> None:
    text = PUB_2015 + ("A provincial court in Hamhung sentenced three people to death and 12 "
                       "others to between five and 15 years in prison for selling drugs. The "
                       "three were executed the following day. Those sentenced to prison terms "
                       "were sent to the Hamhung kyohwaso.")
    [trial], [held] = of_type(text, "trial"), of_type(text, "detention")
    assert (trial.victims, held.victims, held.facility) == (
        Victims(15, 15), Victims(12, 12), "kyohwaso-9")
    assert len(held.evidence) == 2
    reversed_order = PUB_2015 + ("A provincial court in Hamhung sentenced 12 people to between "
                                 "five and 15 years in prison and three others to death.")
    [held] = of_type(reversed_order, "detention")
    assert held.victims == Victims(12, 12)


def test_several_witnesses_each_tell_their_own_torture() -> None:
    text = PUB_2015 + ("A woman who was held at the Onsong holding centre in 2014 said guards "
                       "forced her to kneel for hours. Another detainee, a man in his 30s, said he "
                       "had been subjected to water torture there in March 2014. A third said "
                       "guards had made detainees stand in freezing water.")
    assert len(of_type(text, "torture")) == 3
    harassed = PUB_2015 + "Several women said they were sexually harassed by guards in Onsong."
    assert [e.type for e in events(harassed)] == ["torture"]


def test_a_trial_at_which_some_were_sentenced_to_death_and_the_rest_to_prison() -> None:
    text = PUB_2015 + ("North Korea held a public trial in a stadium in Hamhung last week at which "
                       "at least 11 people were sentenced, including two who were sentenced to "
                       "death and shot on the spot, a group said. The remaining nine received "
                       "prison terms of five to 15 years, the group said.")
    [trial], [execution] = of_type(text, "trial"), of_type(text, "execution")
    [held] = of_type(text, "detention")
    assert (trial.victims, execution.victims, held.victims) == (
        Victims(11, None), Victims(2, 2), Victims(9, 9))


def test_one_shot_and_the_other_returned_to_the_camp() -> None:
    text = PUB_2015 + ("Two prisoners who escaped from Kyohwaso No. 1 in Kaechon in May were "
                       "recaptured three days later. One of them was shot dead by guards, and the "
                       "other was returned to the camp, where he was beaten.")
    assert [e.type for e in events(text) if e.type in ("repatriation", "transfer")] == [
        "transfer"]
    assert only(text, "execution").victims == Victims(1, 1)
