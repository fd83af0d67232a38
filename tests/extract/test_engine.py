"""The spec's rules, one test each, on sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from girok.extract.en.offsets import find_later
from girok.extract.engine import engine_name, extract
from girok.records import DateRange, Event, Offset, Victims

PUB_2015 = "SEOUL, July 14, 2015 (Test News) -- "


def events(text: str, published: dt.date | None = None) -> list[Event]:
    return list(extract(text, published=published).events)


def only(text: str, etype: str, published: dt.date | None = None) -> Event:
    found = [e for e in events(text, published) if e.type == etype]
    assert len(found) == 1, found
    return found[0]


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
    "Being caught in Hyesan in 2014 is the worst thing that can happen.",
    "Recommendations\n- To the authorities: release all persons held for political reasons "
    "in Camp 15.",
    "Subscribe.\n\nRELATED ARTICLES\n> China repatriates hundreds after Asian Games\n"
    "> Returnees interrogated in Sinuiju in 2014",
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


def test_unique_description_identifies_the_facility() -> None:
    e = only(PUB_2015 + "A woman surnamed Ri was sent to the political prison camp in Chongjin in "
             "March.", "detention")
    assert (e.facility, e.place, e.victims) == ("kwanliso-25", "chongjin", Victims(1, 1))


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


def test_repatriation_place_is_the_country_it_was_from() -> None:
    e = only(PUB_2015 + "In April 2014 about 600 escapees were forcibly repatriated from China.",
             "repatriation")
    assert (e.place, e.victims) == ("china", Victims(600, 600))
    assert e.date == DateRange(dt.date(2014, 4, 1), dt.date(2014, 4, 30))


def test_headline_and_lead_are_one_event_with_two_passages() -> None:
    text = ("Hundreds of prisoners released from Camp 14\n\n" + PUB_2015 +
            "North Korea released hundreds of prisoners from Camp 14 in June, a source said.")
    [e] = [e for e in events(text) if e.type == "release"]
    assert len(e.evidence) == 2
    assert (e.facility, e.victims) == ("kwanliso-14", Victims(200, None))
    assert e.date == DateRange(dt.date(2015, 6, 1), dt.date(2015, 6, 30))


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


def test_missile_designations_are_not_facilities() -> None:
    x = extract(PUB_2015 + "North Korea test-fired a Hwasong-17 missile on Monday.")
    assert x.facilities == () and not x.relevant


def test_a_detention_over_years_is_dated_when_it_began() -> None:
    e = only("He was held at Kyo-hwa-so No. 11 from 2002 to 2004.", "detention")
    assert e.date == DateRange(dt.date(2002, 1, 1), dt.date(2002, 12, 31))
    assert (e.facility, e.place) == ("kyohwaso-11", "chungsan")


def test_dates_carry_over_within_a_paragraph() -> None:
    text = (PUB_2015 + "In March 2012 he was arrested in Musan. He was beaten during "
            "interrogation.")
    tortures = [e for e in events(text) if e.type == "torture"]
    assert tortures[0].date == DateRange(dt.date(2012, 3, 1), dt.date(2012, 3, 31))


def test_a_start_and_a_duration_fix_the_release() -> None:
    e = only("He was sent to Yodok in 1977 with his family. He was released from the camp "
             "after ten years.", "release")
    assert e.date.earliest is not None and e.date.latest is not None
    assert abs((e.date.earliest - dt.date(1987, 1, 1)).days) <= 5
    assert abs((e.date.latest - dt.date(1987, 12, 31)).days) <= 5


WITNESS = ("Transcript | Recorded 2017-09-05\n\n"
           "Q: When were you caught?\n\nA: In September 2006 I was caught in Yanji and sent "
           "back. I was taken to the holding centre in Onsong and I was there for two weeks. "
           "I was beaten there. Then I was sent to a labour camp. My friends and I worked every "
           "day and we were hungry. I was afraid and I was alone, and my feet were cold.\n\n"
           "Q: Did anyone die?\n\nA: In the winter a man in my cell died of hunger. Another "
           "woman told me that an old man had died in the cell in the summer.")


def test_a_month_or_season_without_a_year_takes_the_witness_narrative_year() -> None:
    deaths = sorted((e for e in events(WITNESS) if e.type == "death_in_custody"),
                    key=lambda e: e.evidence[0].start)
    assert [e.date for e in deaths] == [
        DateRange(dt.date(2006, 12, 1), dt.date(2007, 2, 28)),  # the next winter
        DateRange(dt.date(2006, 6, 1), dt.date(2006, 8, 31)),  # had died: the summer before
    ]


def test_an_undated_sentence_of_a_witness_account_inherits_its_narrative_date() -> None:
    torture = only(WITNESS, "torture")  # over the two weeks' stay from September 2006
    assert torture.date == DateRange(dt.date(2006, 9, 1), dt.date(2006, 10, 14))
    assert torture.date_from_context
    held = only(WITNESS, "detention")  # a duration ("for two weeks") dates nothing
    assert held.date == DateRange(dt.date(2006, 9, 1), dt.date(2006, 9, 30))


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
    arrests = sorted((e for e in events(text) if e.type == "arrest"),
                     key=lambda e: e.evidence[0].start)
    assert arrests[-1].date == DateRange(dt.date(2015, 3, 1), dt.date(2015, 3, 31))


@pytest.mark.parametrize(("text", "etype", "victims"), [
    ("In March 2015 the Bowibu in Hyesan arrested a family of five.", "arrest", Victims(5, 5)),
    ("In March 2015 she was taken to the Onsong holding centre together with about 100 "
     "others.", "detention", Victims(101, 101)),
    ("Nine interviewees said they were beaten by guards at Camp 12 in 2014.", "torture",
     Victims(9, 9)),
    ("Two residents said that guards beat prisoners at Camp 12 in 2014.", "torture", Victims()),
    ("Hundreds of prisoners at Camp 18 were told in 2006 that they had been released.",
     "release", Victims(200, None)),
    ("Two women told us that they were raped by a guard at Camp 12 in 2013.", "torture",
     Victims(2, 2)),
    ("The brokers, at least five women and two men, were arrested in Hyesan in March.",
     "arrest", Victims(7, None)),
    ("The two, a missionary and a businessman, were arrested in Pyongyang in March.",
     "arrest", Victims(2, 2)),
    ("In March 2015 the Supreme Court in Pyongyang found the two guilty of espionage.", "trial",
     Victims(2, 2)),
    ("His children, aged 12 and 15, were taken to Yodok in July 2006.", "detention",
     Victims()),
    ("In April 2015 police arrested seven North Koreans, including a boy, in Hyesan.",
     "arrest", Victims(7, 7)),
    ("The note sums up the accounts of nine women who were held at Camp 12 in 2010.",
     "detention", Victims(9, 9)),
    ("Twelve of the 14 interviewees were held at Camp 12 in 2010.", "detention",
     Victims(12, 12)),
    ("The report rests on more than 100 interviews with women who were held at Camp 12 "
     "between 2009 and 2014.", "detention", Victims(100, None)),
])
def test_victim_counts_of_groups(text: str, etype: str, victims: Victims) -> None:
    assert only(PUB_2015 + text, etype).victims == victims


def test_the_group_named_again_takes_the_count_given_before() -> None:
    text = PUB_2015 + ("In March, Chinese police arrested about 50 North Korean escapees in "
                       "Yanji. Officials in Beijing refused to comment. The escapees were "
                       "forcibly repatriated to North Korea in June. In July the detainees "
                       "were held at the holding centre in Onsong.")
    assert only(text, "repatriation").victims == Victims(50, 50)
    held = only(text, "detention")
    assert held.victims == Victims(50, 50)
    assert len(held.evidence) == 1  # the borrowed count joins it to no other mention
    with_others = only(PUB_2015 + "In March 2015 I was held at the holding centre in Onsong "
                       "with maybe thirty other women.", "detention")
    assert with_others.victims == Victims(31, 31)


def test_an_amnesty_is_the_countrys_and_chinese_police_act_in_china() -> None:
    amnesty = only(PUB_2015 + "Prisoners at Camp 14 in Kaechon were pardoned in a general "
                   "amnesty in August.", "amnesty")
    assert amnesty.place == "north-korea"
    arrest = only(PUB_2015 + "In recent weeks Chinese authorities have detained more than 40 "
                  "North Koreans.", "arrest")
    assert arrest.place == "china"


def test_a_date_of_a_clause_about_something_else_does_not_date_the_event() -> None:
    text = PUB_2015 + ("\u201cPeople were tortured in Camp 15 for watching films,\u201d he told "
                       "the council, which set up the inquiry in March of this year.")
    assert only(text, "torture").date == DateRange(None, dt.date(2015, 7, 14))


def test_what_had_happened_before_a_dated_clause_is_dated_from_the_narrative() -> None:
    text = PUB_2015 + ("Lim disappeared in February 2015. North Korea had arrested him, and in "
                       "December 2015 Lim was sentenced to life with hard labour.")
    assert only(text, "arrest").date == DateRange(dt.date(2015, 2, 1), dt.date(2015, 2, 28))


def test_a_release_told_with_an_amnesty_happened_when_the_amnesty_did() -> None:
    text = PUB_2015 + ("The pardon was carried out in prisons across the country on July 8. "
                       "Returnees were also granted the pardon, and hundreds of prisoners at "
                       "Camp 14 were let go.")
    release = only(text, "release")
    assert release.date == DateRange(dt.date(2015, 7, 8), dt.date(2015, 7, 8))
    assert release.date_from_context


def test_transfers_go_to_the_camp_after_to_and_a_sending_beside_one_is_a_transfer() -> None:
    text = PUB_2015 + ("In early 2015 about 20 families were moved from the camp at Yodok to "
                       "Camp 16 in Hwasong county, while a smaller group was sent to Camp 25.")
    transfers = sorted((e for e in events(text) if e.type == "transfer"),
                       key=lambda e: e.evidence[0].start)
    assert [e.facility for e in transfers] == ["kwanliso-16", "kwanliso-25"]
    assert not [e for e in events(text) if e.type == "detention"]


def test_the_camp_is_the_one_the_report_is_about() -> None:
    text = PUB_2015 + ("He was a guard at Camp 22 from 1987. In 1989 the camp at Kyongsong, "
                       "Camp 11, was closed and its prisoners came to Camp 22. Guards beat "
                       "prisoners in the camp in 1990.")
    assert only(text, "torture").facility == "kwanliso-22"


@pytest.mark.parametrize(("text", "etype", "place"), [
    ("Young people were arrested in 2015 in Pyongyang and in Ryanggang province.", "arrest",
     "north-korea"),
    ("Women were beaten at holding centres in Onsong and Sinuiju in 2014.", "torture",
     "north-korea"),
    ("The report lists six Hyesan residents detained in the country in 2014.", "detention",
     "north-korea"),
    ("Many had been held in Chinese detention for months, because Pyongyang refused them.",
     "detention", "china"),
])
def test_places_of_coordinated_and_implied_places(text: str, etype: str, place: str) -> None:
    assert only(PUB_2015 + text, etype).place == place


def test_a_narrative_moves_on_by_a_stated_offset_and_two_people_stay_apart() -> None:
    text = ("Transcript | Recorded 2018-01-10\n\nMy son sold information to traders. In May "
            "2016 he called my sister in Seoul. Two weeks later, men from the Hoeryong State "
            "Security office came to our house and took him away. I looked for him for a "
            "year. In March 2017 they arrested me as well, and I was held at the Hoeryong "
            "bowibu. I was there for three months and I was afraid every day. My husband and "
            "my daughter did not know where I was, and our neighbours told me later that we "
            "were watched.")
    arrests = sorted((e for e in events(text) if e.type == "arrest"),
                     key=lambda e: e.evidence[0].start)
    assert [e.date for e in arrests] == [
        DateRange(dt.date(2016, 5, 15), dt.date(2016, 6, 14)),
        DateRange(dt.date(2017, 3, 1), dt.date(2017, 3, 31)),
    ]


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


def test_returnees_held_on_their_return_are_held_from_the_repatriation() -> None:
    text = PUB_2015 + ("On 9 March, China forcibly repatriated about 200 North Koreans at "
                       "Tumen. Relatives in Seoul were not told. Following their return, the "
                       "returnees were held at the Onsong holding centre.")
    held = only(text, "detention")
    assert held.date == DateRange(dt.date(2015, 3, 9), dt.date(2015, 3, 9))
    assert held.date_from_context


def test_a_place_named_as_where_it_happened_inside_is_the_reports_camp_there() -> None:
    text = PUB_2015 + ("This brief is about the Chungsan Re-education Camp. Interviewees said "
                       "that dozens of women died at Chungsan in the winter of 2010-2011.")
    death = only(text, "death_in_custody")
    assert death.facility == "kyohwaso-11"
    assert death.date == DateRange(dt.date(2010, 12, 1), dt.date(2011, 2, 28))


def test_a_sentence_and_the_arrival_after_it_are_one_detention_dated_at_the_sentence() -> None:
    text = PUB_2015 + ("In May 2008 the Hyesan city people's court sentenced me to three years "
                       "for illegal border crossing. Then in July I was taken to Kyo-hwa-so "
                       "No. 11 in Chungsan.")
    held = only(text, "detention")
    assert held.date == DateRange(dt.date(2008, 5, 1), dt.date(2008, 5, 31))
    assert (held.facility, held.place) == ("kyohwaso-11", "chungsan")
    assert len(held.evidence) == 2


def test_where_a_person_comes_from_is_not_where_it_happened() -> None:
    text = ("Interview, recorded 2019-11-02\n\nIn March 2000 I was sent to Yodok. I worked in "
            "the fields and I was hungry. I remember an old man from Wonsan who died next to me "
            "in the barracks in January 2001. My friends and I buried him; we were afraid and "
            "our guards watched us.")
    death = only(text, "death_in_custody")
    assert (death.place, death.facility) == ("yodok", "kwanliso-15")


def test_a_detention_that_had_lasted_years_began_that_long_before_the_narratives_date() -> None:
    text = PUB_2015 + ("On 9 March, China forcibly repatriated about 200 North Koreans at "
                       "Tumen. Most had been held in Chinese detention for two years.")
    held = only(text, "detention")
    assert held.date.earliest is None and held.date.latest is not None
    assert abs((held.date.latest - dt.date(2013, 3, 9)).days) <= 2


def test_each_one_told_with_its_own_details_is_an_event() -> None:
    text = PUB_2015 + ("At least two returnees have died in custody, one from cold at the Onsong "
                       "holding centre in February and one in the Sinuiju holding centre in "
                       "March.")
    deaths = sorted((e for e in events(text) if e.type == "death_in_custody"),
                    key=lambda e: e.evidence[0].start)
    assert [(e.place, e.victims, e.date.earliest) for e in deaths] == [
        ("onsong", Victims(1, 1), dt.date(2015, 2, 1)),
        ("sinuiju", Victims(1, 1), dt.date(2015, 3, 1))]
    assert only(PUB_2015 + "Two prisoners died at Camp 16 in March, one of them a woman.",
                "death_in_custody").victims == Victims(2, 2)


def test_the_camp_named_just_before_is_the_one_meant() -> None:
    text = PUB_2015 + ("Most interviewees were held at Camp 14. Camp 14 is in Kaechon. One woman "
                       "was sentenced in 2010 to four years in Kyo-hwa-so No. 12. She said she "
                       "was released from the camp in 2014.")
    assert only(text, "release").facility == "kyohwaso-12"


def test_a_sentence_ending_in_arrival_at_the_reports_camp_is_at_that_camp() -> None:
    text = PUB_2015 + ("This brief is about the Chungsan Re-education Camp. One woman said she "
                       "was sentenced by the Ryanggang provincial court in May 2008 to three "
                       "years and arrived at Chungsan in July 2008.")
    held = only(text, "detention")
    assert (held.facility, held.place) == ("kyohwaso-11", "chungsan")


def test_a_release_is_from_the_camp_the_account_is_about() -> None:
    text = PUB_2015 + ("Pak was held at Camp 25 in Chongjin from 2009. He was released in 2014 "
                       "and reached South Korea the following year.")
    release = only(text, "release")
    assert (release.facility, release.place) == ("kwanliso-25", "chongjin")


def test_the_family_named_again_is_the_family_counted_before() -> None:
    text = PUB_2015 + ("In March 2015 the State Security Department in Hyesan arrested a family "
                       "of five. Neighbours were questioned. In June the family was taken to "
                       "Yodok.")
    assert only(text, "detention").victims == Victims(5, 5)


def test_they_who_were_pardoned_are_the_group_just_named() -> None:
    text = PUB_2015 + ("Two American missionaries were sentenced to hard labour in Pyongyang in "
                       "2013. In July they were pardoned on the orders of Kim Jong Un.")
    assert only(text, "amnesty").victims == Victims(2, 2)


def test_in_a_report_about_one_camp_what_happens_to_prisoners_happens_there() -> None:
    text = PUB_2015 + ("Chungsan Re-education Camp holds about 4,000 women.\n\nA former prisoner "
                       "said in 2012 that she had been beaten with iron bars until she fell ill.")
    assert only(text, "torture").facility == "kyohwaso-11"


def test_a_re_arrest_is_another_arrest_told_in_all_its_mentions() -> None:
    text = ("Six hundred escapees who were rounded up in China were sent back. The 600 had "
            "been detained in China as illegal migrants. In July 2024, all 600 were unexpectedly "
            "re-arrested. At the time of their re-arrest, the families were told nothing.")
    arrests = sorted((e for e in events(text) if e.type == "arrest"),
                     key=lambda e: e.evidence[0].start)
    assert len(arrests) == 2
    assert [len(e.evidence) for e in arrests] == [2, 2]
    assert arrests[1].victims == Victims(600, 600)


def test_people_listed_without_details_of_their_own_stay_one_event() -> None:
    text = PUB_2015 + "Two prisoners died at Camp 16 in March: a woman and a man."
    assert only(text, "death_in_custody").victims == Victims(2, 2)
