"""How many people an event happened to (spec 3), on sentences written for these tests."""

from __future__ import annotations

import pytest

from girok.records import Victims
from tests.extract.support import PUB_2015, events, of_type, only


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


def test_a_member_the_group_included_is_not_its_count() -> None:
    text = PUB_2015 + ("On Sunday Chinese police arrested about 60 North Korean escapees at a "
                       "house in Shenyang. The group, which included a 9-year-old girl, was "
                       "taken to a detention facility in the city.")
    assert only(text, "detention").victims == Victims(60, 60)
    arrest = only(PUB_2015 + "Police arrested 12 people, among them two women, in Hyesan "
                  "last week.", "arrest")
    assert arrest.victims == Victims(12, 12)


def test_a_group_named_again_with_a_short_apposition_is_the_group_counted_before() -> None:
    text = PUB_2015 + ("Three women were publicly shot in Hyesan last week. The women, all in "
                       "their 40s, had been arrested in May by the Bowibu.")
    assert only(text, "arrest").victims == Victims(3, 3)


def test_the_family_named_again_is_the_family_counted_before() -> None:
    text = PUB_2015 + ("In March 2015 the State Security Department in Hyesan arrested a family "
                       "of five. Neighbours were questioned. In June the family was taken to "
                       "Yodok.")
    assert only(text, "detention").victims == Victims(5, 5)
    uncounted = PUB_2015 + ("In 2010 the camp held about 30,000 prisoners. Ri Chol was sent "
                            "there in 2011 with his parents. The family was released in 2014.")
    assert only(uncounted, "release").victims == Victims()


def test_they_who_were_pardoned_are_the_group_just_named() -> None:
    text = PUB_2015 + ("Two American missionaries were sentenced to hard labour in Pyongyang in "
                       "2013. In July they were pardoned on the orders of Kim Jong Un.")
    assert only(text, "amnesty").victims == Victims(2, 2)


@pytest.mark.parametrize(("text", "etype"), [
    ("The student was sentenced to 15 years of hard labour in Pyongyang in March 2015.",
     "detention"),
    ("A court in Pyongyang sentenced the student to 15 years of hard labour in March 2015.",
     "trial"),
    ("The missionary, 58, has been held in Pyongyang since March 2015.", "detention"),
    ("A defector living in Seoul told us that her younger sister was caught trying to cross "
     "the river in 2014.", "arrest"),
])
def test_one_person_named_by_a_definite_noun(text: str, etype: str) -> None:
    assert only(PUB_2015 + text, etype).victims == Victims(1, 1)


def test_a_definite_group_is_not_one_person() -> None:
    text = PUB_2015 + "The family was sent to Yodok in March 2015."
    assert only(text, "detention").victims != Victims(1, 1)


def test_a_year_before_the_perpetrators_is_no_count_of_victims() -> None:
    text = PUB_2015 + "In 2014 Chinese border guards arrested eight defectors near Tumen."
    assert only(text, "arrest").victims == Victims(8, 8)


def test_a_korean_name_with_a_hyphenated_given_name_is_one_person() -> None:
    text = PUB_2015 + "Pak Mi-ok was imprisoned at Camp 15 from 1999 to 2003."
    assert only(text, "detention").victims == Victims(1, 1)


def test_one_person_a_relative_clause_is_about() -> None:
    text = PUB_2015 + ("Kim (born 1953) is a Korean-American businessman and pastor who was "
                       "detained in North Korea from 2015 to 2018.")
    assert only(text, "detention").victims == Victims(1, 1)


@pytest.mark.parametrize(("text", "etype"), [
    ("Kim, a Korean-American pastor, has been held in Pyongyang since October 2014.",
     "detention"),
    ("In March 2015 the court sentenced a University of Virginia student to 15 years of hard "
     "labour in Pyongyang.", "detention"),
])
def test_one_person_with_an_appositive_or_modifiers(text: str, etype: str) -> None:
    assert only(PUB_2015 + text, etype).victims == Victims(1, 1)


def test_one_of_a_group_is_one_person() -> None:
    text = PUB_2015 + ("Three women were arrested in Hyesan in May. \"One of the women was so "
                       "badly beaten during interrogation that she could not walk,\" he said.")
    assert only(text, "torture").victims == Victims(1, 1)


@pytest.mark.parametrize("sentence", [
    "In 2009 the guards at Camp 15 forced her to undergo an abortion.",
    "In 2009 the guards at Camp 15 forced him to kneel for hours.",
])
def test_one_person_made_to_suffer_it(sentence: str) -> None:
    assert only(PUB_2015 + sentence, "torture").victims == Victims(1, 1)


def test_they_at_the_start_of_a_sentence_is_no_name() -> None:
    text = PUB_2015 + ("North Korea on Monday released six South Korean fishermen in Kaesong. "
                       "They had been held in Nampo and questioned by security officials.")
    assert only(text, "detention").victims != Victims(1, 1)


def test_spectators_are_no_victims() -> None:
    text = PUB_2015 + ("Two men were executed by firing squad in front of about 1,000 residents in "
                       "Hyesan last week.")
    assert only(text, "execution").victims == Victims(2, 2)
    mobilised = PUB_2015 + ("In Hyesan on May 3, about 2,000 residents were mobilised to watch "
                            "the execution.")
    assert only(mobilised, "execution").victims == Victims()


def test_verbs_joined_in_a_sentence_share_their_one_subject() -> None:
    text = PUB_2015 + ("Lim, now 62, was detained in January 2014 while on a humanitarian mission "
                       "and sentenced in December of that year to life in prison.")
    assert only(text, "arrest").victims == Victims(1, 1)  # "now 62" is his age
    assert only(text, "detention").victims == Victims(1, 1)


def test_a_length_of_time_gives_an_owned_event_no_details_of_its_own() -> None:
    text = PUB_2015 + ("Lim was sentenced to life in prison in December 2014. During his "
                       "detention he dug holes for eight hours a day, six days a week.")
    assert len(of_type(text, "detention")) == 1


def test_a_person_noun_naming_a_kind_of_camp_is_no_person() -> None:
    text = PUB_2015 + ("Three high school students were sent to a youth labor training camp in "
                       "Chongjin last month.")
    assert only(text, "detention").victims == Victims(3, 3)


def test_an_act_against_many_told_by_one_is_not_one_victim() -> None:
    text = PUB_2015 + ("She said the guards raped women in the Onsong holding centre almost every "
                       "night in 2014.")
    assert only(text, "torture").victims == Victims()


def test_the_couple_are_two_and_the_verb_joined_after_befell_them_too() -> None:
    text = PUB_2015 + ("The couple were arrested in Hyesan in May and sent to a prison camp in "
                       "Hwasong.")
    assert only(text, "arrest").victims == only(text, "detention").victims == Victims(2, 2)


def test_speakers_who_report_being_beaten_are_the_victims() -> None:
    text = PUB_2015 + ("In May 200 women were returned from China. Several of them reported being "
                       "beaten during interrogation in Onsong.")
    assert only(text, "torture").victims == Victims(3, None)


def test_two_relatives_joined_by_and_are_two() -> None:
    text = PUB_2015 + "In 1996 his mother and brother were executed at Camp 14."
    assert only(text, "execution").victims == Victims(2, 2)


def test_a_sentence_with_no_subject_in_a_case_entry_tells_of_its_one_person() -> None:
    text = ("Annex: cases\n\nCase 2. Female, born 1990, from Musan. Forcibly repatriated from "
            "China in 2019. Sentenced to four years in Kyohwaso No. 12.\n\nCase 3. Three "
            "brokers from Hyesan. Arrested in May 2020.\n")
    found = events(text)
    assert [(e.type, e.victims) for e in found] == [
        ("repatriation", Victims(1, 1)), ("detention", Victims(1, 1)), ("arrest", Victims())]


def test_an_age_in_brackets_after_a_name_is_no_count() -> None:
    text = PUB_2015 + "Kim (17, male) was caught by an inspection team in Hyesan on the 12th."
    assert only(text, "arrest").victims == Victims(1, 1)


def test_prisoners_who_died_are_uncounted_and_not_the_witness() -> None:
    text = ("Mr. Kim, who was held in Camp 15 from 2000 to 2003, testified that he had to bury "
            "the bodies of prisoners who died of starvation. Ms. Ri testified that her mother and "
            "brother died in Camp 18 in the 1990s.")
    assert [e.victims for e in of_type(text, "death_in_custody")] == [Victims(), Victims(2, 2)]
    assert events("The Commission heard from several former prisoners of political prison "
                  "camps.") == []


def test_witnesses_who_saw_others_die_are_not_the_dead() -> None:
    text = PUB_2015 + ("At least nine interviewees held at Kyohwaso No. 12 said they had seen "
                       "fellow prisoners die of malnutrition.")
    assert only(text, "death_in_custody").victims == Victims()
    but = PUB_2015 + ("All but two of the interviewees were women who had been forcibly "
                      "repatriated from China in 2014.")
    assert only(but, "repatriation").victims == Victims()


def test_a_named_persons_relative_is_one_person() -> None:
    text = ("Chongori concentration camp\n\nNotable prisoners\n- Ji Seong-ho's father, "
            "arrested in 2000 after crossing to China, died in custody in 2001.\n- Kim's cousin, "
            "held 2005-2008 in the camp after being repatriated from China.\n")
    assert [(e.type, e.victims) for e in events(text)][:3] == [
        ("arrest", Victims(1, 1)), ("death_in_custody", Victims(1, 1)),
        ("detention", Victims(1, 1))]


def test_a_plural_right_before_the_act_is_not_the_witness_counted_before() -> None:
    text = PUB_2015 + ("Another witness, Mr. Jeong, was held in Kyohwaso No. 1 in Kaechon between "
                       "2005 and 2008, where he saw inmates die of starvation almost daily.")
    assert only(text, "death_in_custody").victims == Victims()


@pytest.mark.parametrize(("text", "victims"), [
    ("In 1995 my mother, my two brothers and I were sent to Yodok.", Victims(4, 4)),
    ("In July 2006 his wife, his two children, then aged 12 and 15, and his father were also "
     "taken to Yodok.", Victims(4, 4)),
    ("In July 2006 the man's wife and two children were sent to Yodok.", Victims(3, 3)),
    ("His wife and two teenage sons were sent to Yodok in July 2006.", Victims(3, 3)),
    ("In 1998 my mother, my younger brother and I were taken to Yodok.", Victims(3, 3)),
    ("In July 2006 a mother and her 10-year-old daughter were sent to Yodok.", Victims(2, 2)),
])
def test_single_people_listed_with_a_count_add_to_it(text: str, victims: Victims) -> None:
    assert only(PUB_2015 + text, "detention").victims == victims


def test_those_it_happened_with_later_in_the_sentence_are_counted() -> None:
    text = PUB_2015 + ("Kim Hye-sook, aged 28, was detained by police in Kunming, Yunnan province, "
                       "on 2 July together with six other North Koreans.")
    assert only(text, "arrest").victims == Victims(7, 7)
    other = PUB_2015 + ("She was handed over at the Tumen bridge in June and taken to the Onsong "
                        "holding centre together with about 100 others.")
    assert only(other, "repatriation").victims == Victims(1, 1)


@pytest.mark.parametrize(("text", "etype"), [
    ("Two sisters were caught in Musan in 2018. The younger sister died there of typhus in "
     "January 2019.", "death_in_custody"),
    ("The 22-year-old had been detained in Pyongyang in January 2016.", "arrest"),
    ("Kim Hye-sook spent 28 years in Kwanliso No. 18 in Bukchang.", "detention"),
])
def test_one_person_named_by_the_and_a_noun_or_an_age_is_one(text: str, etype: str) -> None:
    assert only(PUB_2015 + text, etype).victims == Victims(1, 1)


def test_an_uncounted_part_of_a_group_is_not_the_group() -> None:
    text = PUB_2015 + ("In April about 40 residents of Musan were rounded up by the Bowibu for "
                       "using Chinese phones; most were released after paying fines, but five "
                       "were sent to Camp 16.")
    assert only(text, "release").victims == Victims()
    assert only(text, "detention").victims == Victims(5, 5)



def test_they_after_a_plural_in_its_own_sentence_is_not_a_group_counted_before() -> None:
    text = ("The government sometimes forced the return of those who fled. In July authorities "
            "in Laos returned a family of three to China, from where they were sent back to North "
            "Korea. Upon return, repatriated persons were reportedly sent to holding centres "
            "where they were interrogated.")
    assert only(text, "detention").victims == Victims()


def test_a_fraction_of_a_group_counted_before_is_uncounted() -> None:
    text = ("I arrived at Camp 18 in the winter of 1987. There were about 50,000 people there at "
            "the time. In the first year, about a fifth of the people in my village died of "
            "hunger.")
    assert only(text, "death_in_custody").victims == Victims()


def test_an_age_after_the_sex_in_a_list_entry_is_no_count() -> None:
    text = ("Detainee list\n\n1. Kim (male, 45), Hoeryong - arrested May 2019 by the Bowibu; held "
            "at the Hoeryong holding centre.")
    assert only(text, "arrest").victims == Victims(1, 1)

