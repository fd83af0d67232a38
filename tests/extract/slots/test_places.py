"""Where an event happened: place and facility (spec 3), on sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from girok.extract.engine import extract
from girok.records import DateRange, Victims
from tests.extract.support import PUB_2015, events, of_type, only


def test_unique_description_identifies_the_facility() -> None:
    e = only(PUB_2015 + "A woman surnamed Ri was sent to the political prison camp in Chongjin in "
             "March.", "detention")
    assert (e.facility, e.place, e.victims) == ("kwanliso-25", "chongjin", Victims(1, 1))


def test_repatriation_place_is_the_country_it_was_from() -> None:
    e = only(PUB_2015 + "In April 2014 about 600 escapees were forcibly repatriated from China.",
             "repatriation")
    assert (e.place, e.victims) == ("china", Victims(600, 600))
    assert e.date == DateRange(dt.date(2014, 4, 1), dt.date(2014, 4, 30))


def test_missile_designations_are_not_facilities() -> None:
    x = extract(PUB_2015 + "North Korea test-fired a Hwasong-17 missile on Monday.")
    assert x.facilities == () and not x.relevant


def test_an_amnesty_is_the_countrys_and_chinese_police_act_in_china() -> None:
    amnesty = only(PUB_2015 + "Prisoners at Camp 14 in Kaechon were pardoned in a general "
                   "amnesty in August.", "amnesty")
    assert amnesty.place == "north-korea"
    arrest = only(PUB_2015 + "In recent weeks Chinese authorities have detained more than 40 "
                  "North Koreans.", "arrest")
    assert arrest.place == "china"


def test_transfers_go_to_the_camp_after_to_and_a_sending_beside_one_is_a_transfer() -> None:
    text = PUB_2015 + ("In early 2015 about 20 families were moved from the camp at Yodok to "
                       "Camp 16 in Hwasong county, while a smaller group was sent to Camp 25.")
    transfers = of_type(text, "transfer")
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
    ("Three Americans were tried in Pyongyang in 2013. The delegation welcomed the release in "
     "May 2015 of the three, who had been detained in the country since 2013.", "release",
     "north-korea"),
    ("Many had been held in Chinese detention for months, because Pyongyang refused them.",
     "detention", "china"),
])
def test_places_of_coordinated_and_implied_places(text: str, etype: str, place: str) -> None:
    assert only(PUB_2015 + text, etype).place == place


def test_a_place_named_as_where_it_happened_inside_is_the_reports_camp_there() -> None:
    text = PUB_2015 + ("This brief is about the Chungsan Re-education Camp. Interviewees said "
                       "that dozens of women died at Chungsan in the winter of 2010-2011.")
    death = only(text, "death_in_custody")
    assert death.facility == "kyohwaso-11"
    assert death.date == DateRange(dt.date(2010, 12, 1), dt.date(2011, 2, 28))


def test_where_a_person_comes_from_is_not_where_it_happened() -> None:
    text = ("Interview, recorded 2019-11-02\n\nIn March 2000 I was sent to Yodok. I worked in "
            "the fields and I was hungry. I remember an old man from Wonsan who died next to me "
            "in the barracks in January 2001. My friends and I buried him; we were afraid and "
            "our guards watched us.")
    death = only(text, "death_in_custody")
    assert (death.place, death.facility) == ("yodok", "kwanliso-15")


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


def test_in_a_report_about_one_camp_what_happens_to_prisoners_happens_there() -> None:
    text = PUB_2015 + ("Chungsan Re-education Camp holds about 4,000 women.\n\nA former prisoner "
                       "said in 2012 that she had been beaten with iron bars until she fell ill.")
    assert only(text, "torture").facility == "kyohwaso-11"


def test_a_trial_is_where_the_court_sits_not_at_the_camp_it_sends_to() -> None:
    text = PUB_2015 + ("In November 2013 the Musan County people's court sentenced him to five "
                       "years in Kyo-hwa-so No. 12.")
    trial = only(text, "trial")
    assert (trial.facility, trial.place) == (None, "musan")
    assert only(text, "detention").facility == "kyohwaso-12"


def test_a_camp_spoken_about_is_not_where_it_happened() -> None:
    text = ("Interview, recorded 2019-11-02\n\nIn 2009 I was caught and held at the Onsong "
            "holding centre for a month. I was afraid and my legs hurt. Then I was released "
            "because they did not find out about Yodok. My family and I were lucky; we went "
            "home and our friends helped me.")
    release = only(text, "release")
    assert (release.facility, release.place) == ("onsong-ssd-holding-centre", "onsong")


def test_there_is_the_place_named_just_before() -> None:
    text = PUB_2015 + ("Kim, a trader who ran a company in Rason, was arrested there in October, "
                       "and was shown to reporters in Pyongyang in January.")
    assert only(text, "arrest").place == "rason"


def test_a_country_whose_institution_speaks_is_not_the_place() -> None:
    text = PUB_2015 + ("South Korea's National Intelligence Service told lawmakers that two "
                       "officials had been executed in March.")
    assert only(text, "execution").place != "south-korea"


def test_a_river_named_after_a_town_is_not_the_town() -> None:
    text = PUB_2015 + "In March 2015 two smugglers were arrested near the Tumen River."
    assert only(text, "arrest").place != "tumen"


def test_in_a_news_story_of_short_paragraphs_the_place_told_before_still_holds() -> None:
    text = PUB_2015 + ("Police arrested a woman in Hyesan on 3 July for selling Chinese phones.\n\n"
                       "A source said she died during interrogation a week later.")
    assert only(text, "death_in_custody").place == "hyesan"
    report = text.replace("\n\n", " Officials did not comment. Her family was not told. "
                          "Neighbours said she was a trader.\n\n")
    assert only(report, "death_in_custody").place is None  # a long paragraph: a new topic


def test_where_a_person_was_sent_is_the_place_of_the_detention() -> None:
    text = PUB_2015 + "In March 2015 she was sent to the Musan labour training camp."
    held = only(text, "detention")
    assert (held.place, held.facility) == ("musan", None)  # no such camp in the gazetteer


def test_a_place_does_not_carry_across_a_section_heading() -> None:
    text = PUB_2015 + ("In May, three people were publicly executed in Hyesan.\n\n"
                       "Torture and Other Cruel Treatment\n\n"
                       "A defector said guards beat her during interrogations in 2014.")
    assert only(text, "torture").place is None


def test_an_arrest_by_chinese_police_with_no_place_happened_in_china() -> None:
    text = PUB_2015 + "In June 2014, the Chinese police came to the farm and arrested two women."
    assert only(text, "arrest").place == "china"


def test_a_transfer_takes_the_facility_it_went_to_after_its_verb() -> None:
    text = PUB_2015 + ("Three defectors were moved from the holding centre in Onsong to Camp 16 "
                       "in the spring of 2014, and two others were transferred from Hoeryong and "
                       "Musan to the kyohwaso in Chongori.")
    first, second = of_type(text, "transfer")
    assert (first.facility, second.facility) == ("kwanliso-16", "kyohwaso-12")


def test_each_bulleted_case_keeps_its_own_place() -> None:
    text = PUB_2015 + ("Recent cases:\n- Two women were arrested in Musan in May 2015.\n"
                       "- Kim, 45, a trader from Hyesan, was publicly tried in June 2015.\n")
    assert only(text, "trial").place is None  # not Musan, and where he is from is no place


def test_where_a_person_comes_from_is_no_place_for_the_next_sentence() -> None:
    text = PUB_2015 + ("A woman from Hoeryong was arrested in February 2015. She remains in "
                       "custody.")
    assert only(text, "detention").place is None


def test_a_kind_of_camp_with_an_indefinite_article_names_no_facility() -> None:
    text = PUB_2015 + ("In May she was sentenced by the Hyesan People's Court to two years in a "
                       "labour training camp.")
    found = extract(text)
    assert [e.facility for e in found.events] == [None, None]
    assert found.facilities == ()
    bare = PUB_2015 + ("In January a dealer was shot in Hamhung, and in March two others were "
                       "sentenced to life in kyohwaso.")
    assert [e.facility for e in events(bare)] == [None, None]
    named = PUB_2015 + ("She died in April at the Musan County security department's detention "
                        "facility.")
    assert only(named, "death_in_custody").facility == "musan-ssd-holding-centre"


def test_a_kind_of_camp_in_a_place_with_one_such_camp_is_that_camp() -> None:
    text = PUB_2015 + "In May she was sent to a political prison camp in Chongjin."
    assert only(text, "detention").facility == "kwanliso-25"


def test_where_a_source_is_is_not_where_it_happened() -> None:
    text = PUB_2015 + ("In May about 50 returnees were held at the Sinuiju holding centre. They "
                       "were sentenced to terms in a re-education camp. A source in Ryanggang "
                       "province said that one woman died at the holding centre in June.")
    e = only(text, "death_in_custody")
    assert (e.facility, e.place) == ("sinuiju-ssd-holding-centre", "sinuiju")


def test_a_camp_a_repatriated_group_was_then_sent_to_is_not_the_repatriations() -> None:
    text = PUB_2015 + ("About 80 of the roughly 500 North Koreans repatriated on May 9 were sent "
                       "to the political prison camp in Kaechon.")
    back = only(text, "repatriation")
    assert (back.facility, back.victims) == (None, Victims(500, 500))
    held = only(text, "detention")
    assert (held.facility, held.victims) == ("kwanliso-14", Victims(80, 80))


def test_a_town_people_come_from_may_be_where_it_happened() -> None:
    text = PUB_2015 + ("Interviewees from Hyesan described the execution of eight people at the "
                       "local airfield in October 2014.")
    assert only(text, "execution").place == "hyesan"


def test_a_kind_of_camp_in_a_province_is_none_of_its_camps_in_particular() -> None:
    text = PUB_2015 + "Her brother remains in a labour camp in North Hamgyong, she believes."
    e = only(text, "detention")
    assert (e.facility, e.place) == (None, "north-hamgyong")


def test_where_someone_lives_now_is_not_where_it_happened() -> None:
    text = PUB_2015 + ("The mother of a defector living in South Korea was taken away by State "
                       "Security officers from her home in Musan on 2 May.")
    assert only(text, "arrest").place == "musan"


def test_where_one_arrived_after_release_is_not_where_one_was_released() -> None:
    text = ("Kim Chol spent 28 years in Camp 18. He was released in 2003 and defected to China "
            "in 2009, arriving in South Korea later that year.")
    e = only(text, "release")
    assert (e.place, e.facility) == ("pukchang", "kwanliso-18")


def test_a_country_passed_through_is_not_where_a_repatriation_was_from() -> None:
    text = PUB_2015 + ("Nine defectors were detained in Laos on May 10 while trying to reach South "
                       "Korea via Thailand. They were held for two weeks before being handed over "
                       "to North Korean officials.")
    assert only(text, "repatriation").place == "laos"
    assert only(text, "detention").victims == Victims(9, 9)  # "They were held"


def test_imprisoned_there_in_a_camps_article_is_at_that_camp() -> None:
    text = ("Pukchang concentration camp (Kwalliso No. 18) is a labor camp in North Korea.\n\n"
            "Prisoners work in coal mines. Food is scarce.\n\nThe camp was established in 1958. "
            "Part of it was moved across the river later.\n\nKim Hye-sook, who was imprisoned "
            "there from 1975 to 2003, reported that public executions took place every year.")
    held = only(text, "detention")
    assert (held.facility, held.victims) == ("kwanliso-18", Victims(1, 1))
    assert only(text, "execution").victims == Victims()  # hers is no count of the executed


def test_the_camp_of_another_place_is_not_the_camp_named_before() -> None:
    text = PUB_2015 + ("About 3,000 prisoners were transferred to Kwalliso No. 25 in Chongjin in "
                       "2014. A smaller group of about 200 was moved to the Kaechon camp.")
    assert [e.facility for e in of_type(text, "transfer")] == ["kwanliso-25", None]


def test_an_execution_at_a_stadium_is_in_the_town_not_its_camp() -> None:
    text = PUB_2015 + ("She was sentenced to two years at the Jongori re-education camp in 2012. "
                       "Another former prisoner said he watched three men being shot at a "
                       "stadium in Hoeryong in 2011.")
    e = only(text, "execution")
    assert (e.place, e.facility, e.victims) == ("hoeryong", None, Victims(3, 3))


def test_a_kind_of_camp_before_a_place_it_is_not_in_names_no_facility() -> None:
    text = PUB_2015 + ("Smugglers sent to rodong danryeondae as Hyesan tightens border control in "
                       "May")
    assert [e.facility for e in events(text)] == [None]
    named = PUB_2015 + "In May he was sent to Political Prison Camp No. 22, Hoeryong."
    assert only(named, "detention").facility == "kwanliso-22"


def test_a_sentence_opening_a_case_of_its_own_takes_no_place_from_the_one_before() -> None:
    text = PUB_2015 + ("In April at least seven people were publicly executed in Hamhung. "
                       "He also received reports that a former official was arrested in May.")
    assert only(text, "arrest").place is None
    goes_on = PUB_2015 + ("In April at least seven people were publicly executed in Hamhung. "
                          "A former official was arrested in May.")
    assert only(goes_on, "arrest").place == "hamhung"


def test_a_city_speaking_for_its_government_is_no_events_place() -> None:
    text = PUB_2015 + ("Pyongyang said the two Japanese men had been detained in May for "
                       "hostile acts.")
    assert only(text, "arrest").place is None
    country = PUB_2015 + "North Korea said on Friday it had executed the official in May."
    assert only(country, "execution").place == "north-korea"


def test_a_camp_told_after_but_is_another_events() -> None:
    text = ("My father was taken away by the Bowibu in 1994. A year later my mother and I were "
            "sent to Yodok. In 1999 the whole family was released, but my mother was arrested "
            "again in 2003 and sent to the Jeungsan kyohwaso, where she died.")
    [freed] = [e for e in events(text) if e.type == "release"]
    assert (freed.facility, freed.place) == ("kwanliso-15", "yodok")


def test_an_arrest_after_an_escape_is_not_at_the_camp_escaped_from() -> None:
    text = PUB_2015 + ("Two men who escaped from Camp 14 in 2014 were caught in Hoeryong, "
                       "according to a former security official.")
    arrest = only(text, "arrest")
    assert (arrest.facility, arrest.place) == (None, "hoeryong")


def test_a_county_after_a_kind_of_camp_of_another_type_is_the_place() -> None:
    text = PUB_2015 + "In May their relatives were taken to a labour training camp in Kyongsong."
    held = only(text, "detention")
    assert (held.facility, held.place) == (None, "kyongsong")
    camp = only(PUB_2015 + "In May 2015 he was sent to a political prison camp in Yodok.",
                "detention")
    assert camp.facility == "kwanliso-15"


def test_of_several_places_the_one_right_after_the_act_is_where_it_happened() -> None:
    text = PUB_2015 + ("In a separate incident, a soldier who deserted his unit near Hyesan was "
                       "caught in Chongjin on June 10.")
    assert only(text, "arrest").place == "chongjin"


def test_detained_during_a_visit_to_a_place_is_there() -> None:
    text = PUB_2015 + ("Lim, who had made more than 100 humanitarian trips to the North, was "
                       "detained in January 2015 during a visit to Rason.")
    assert only(text, "arrest").place == "rason"


def test_a_return_by_south_korea_as_the_verbs_subject_is_from_south_korea() -> None:
    text = PUB_2015 + ("South Korea deported two North Korean fishermen on Thursday who had "
                       "allegedly killed crew members, officials said. The men were handed over to "
                       "the North at Panmunjom.")
    [back] = of_type(text, "repatriation")
    assert back.place == "south-korea"
    assert len(back.evidence) == 2


def test_where_the_one_sent_back_is_from_is_not_where_the_return_was_from() -> None:
    text = PUB_2015 + ("A woman from Hyesan was arrested by Chinese police in Changbai in March "
                       "and repatriated through the Hyesan crossing a month later.")
    assert only(text, "repatriation").place == "china"


@pytest.mark.parametrize("dateline", ["HANOI, 17 April 2024 — ", "HANOI (Wire) - ",
                                      "HANOI, Vietnam, April 17, 2024 (Wire) -- "])
def test_the_city_of_a_dateline_is_where_the_news_was_filed(dateline: str) -> None:
    text = dateline + ("Vietnamese police detained nine North Korean escapees near the Chinese "
                       "border on 11 April, activists said.")
    assert only(text, "arrest").place == "vietnam"


def test_where_one_escaped_to_is_where_one_was_caught_and_sent_back_from() -> None:
    text = PUB_2015 + ("She was released in 2001 and escaped to China in 2005, but was caught and "
                       "repatriated.")
    assert (only(text, "arrest").place, only(text, "repatriation").place) == ("china", "china")


def test_south_korea_deporting_on_a_day_is_where_a_return_was_from() -> None:
    text = PUB_2015 + ("South Korea on Thursday deported two North Korean fishermen who had killed "
                       "16 crew members.")
    assert only(text, "repatriation").place == "south-korea"


def test_a_capital_naming_what_its_state_called_a_crime_is_no_place() -> None:
    text = PUB_2015 + ("He was sentenced in April 2013 by the Supreme Court to 15 years of hard "
                       "labour for what Pyongyang called hostile acts.")
    assert only(text, "trial").place is None


def test_a_camp_the_others_await_is_not_where_one_was_released() -> None:
    text = PUB_2015 + ("Four smugglers were sentenced in Sinuiju in June. One of them, a woman in "
                       "her fifties, was released on bail, the source said, adding that the "
                       "others are awaiting transfer to the Kaechon kyohwaso.")
    assert only(text, "release").facility is None


def test_a_paragraph_about_people_told_of_before_takes_the_place_told_before() -> None:
    text = PUB_2015 + ("The brokers, five women and two men, were arrested early this month in "
                       "Chongjin's Sunam and Ranam districts.\n\nOne of them, a woman in her 50s, "
                       "has been held for more than a week at the security department's cells.")
    assert only(text, "detention").place == "chongjin"
