"""Mentions of one occurrence merged, and events linked to what the report tells elsewhere."""

from __future__ import annotations

import datetime as dt

from girok.records import DateRange, Victims
from tests.extract.support import PUB_2015, events, of_type, only


def test_headline_and_lead_are_one_event_with_two_passages() -> None:
    text = ("Hundreds of prisoners released from Camp 14\n\n" + PUB_2015 +
            "North Korea released hundreds of prisoners from Camp 14 in June, a source said.")
    [e] = [e for e in events(text) if e.type == "release"]
    assert len(e.evidence) == 2
    assert (e.facility, e.victims) == ("kwanliso-14", Victims(200, None))
    assert e.date == DateRange(dt.date(2015, 6, 1), dt.date(2015, 6, 30))


def test_a_headline_count_in_words_joins_the_body_bound_it_falls_within() -> None:
    text = ("China repatriates hundreds of North Korean defectors\n\n" + PUB_2015 +
            "China forcibly sent back as many as 600 North Koreans on Monday, activists said.")
    [e] = events(text)
    assert (e.type, len(e.evidence), e.victims) == ("repatriation", 2, Victims(None, 600))
    other = text.replace("hundreds of", "dozens of").replace("as many as 600", "up to 20")
    assert len(events(other)) == 2  # 24 or more, not 20 at most


def test_a_decree_granting_an_amnesty_that_will_take_effect_is_that_announced_amnesty() -> None:
    text = PUB_2015 + ("A decree was issued granting a special amnesty to prisoners on the "
                       "occasion of the anniversary. The amnesty will take effect from August 1, "
                       "the decree said. The last such amnesty was announced in 2012.")
    found = of_type(text, "amnesty")
    assert [(e.date, e.announced, len(e.evidence)) for e in found] == [
        (DateRange(dt.date(2015, 8, 1), dt.date(2015, 8, 1)), True, 2),
        (DateRange(dt.date(2012, 1, 1), dt.date(2012, 12, 31)), False, 1)]


def test_what_a_witness_saw_befall_another_is_not_what_befell_the_witness() -> None:
    text = ("In February 2009 I was sent back to the holding centre in Onsong. The guards beat "
            "me with sticks there. I saw a pregnant woman forced to have an abortion there.")
    assert len(of_type(text, "torture")) == 2


def test_the_suspects_named_again_are_held_apart_from_a_case_of_last_year() -> None:
    text = PUB_2015 + ("Seventeen people, including two officers, were arrested in Hyesan in "
                       "mid-June. The suspects are being held at the provincial security "
                       "department. Last year, two officers were sentenced to 15 years in a "
                       "kyohwaso in Hyesan.")
    held = of_type(text, "detention")
    assert [e.victims for e in held] == [Victims(17, 17), Victims(2, 2)]


def test_a_headline_naming_the_country_joins_the_event_the_body_places_in_a_city() -> None:
    text = ("Concerns over fate of North Koreans detained in Laos\n\nSEOUL, July 14, 2015 "
            "(Wire) -- Police detained nine North Korean escapees in Vientiane on 11 July, "
            "activists said.")
    [arrest] = events(text)
    assert (len(arrest.evidence), arrest.place) == (2, "vientiane")


def test_a_stay_in_a_police_detention_center_is_not_the_prison_term() -> None:
    text = PUB_2015 + ("A woman in her 30s from Sinuiju was sentenced by the provincial court "
                       "to 10 years of reform through labour in February. The woman, surnamed "
                       "Jang, was arrested in November last year by the city police. During her "
                       "three months in the police detention center, she was beaten repeatedly. "
                       "Her two accomplices were sent to a labour training camp for six months.")
    held = of_type(text, "detention")
    assert [(e.rule, e.victims) for e in held] == [
        ("detention.sentenced", Victims(1, 1)), ("detention.stay_in", Victims(1, 1)),
        ("detention.sent_to", Victims(2, 2))]


def test_the_trial_named_again_by_its_noun_is_the_trial_told_before() -> None:
    text = PUB_2015 + ("North Korea executed a senior official after a special military "
                       "tribunal found him guilty of treason, state media said. The tribunal was "
                       "held on Sunday, the agency said.")
    [trial] = of_type(text, "trial")
    assert (len(trial.evidence), trial.date) == (
        2, DateRange(dt.date(2015, 7, 12), dt.date(2015, 7, 12)))


def test_two_people_named_by_their_given_names_are_two() -> None:
    text = ("Park Chol-min was arrested in Hoeryong in 2014 and sentenced to eight years in "
            "Jongori. His brother Park Chol-ho was arrested a year later, in 2015.\n\nChol-ho was "
            "sent to Camp 16 without trial. Chol-min was released in 2022 after serving his "
            "term.")
    held = of_type(text, "detention")
    assert [(e.facility, e.victims) for e in held] == [
        ("kyohwaso-12", Victims(1, 1)), ("kwanliso-16", Victims(1, 1))]
    assert [len(e.evidence) for e in held] == [1, 1]


def test_a_group_named_again_dates_the_undated_event_told_of_it_before() -> None:
    text = PUB_2015 + ("Kim Jong Un ordered the execution of five officials in charge of "
                       "building a hospital in Pyongyang, the spy agency said. The agency said "
                       "the officials were shot in May.")
    [execution] = of_type(text, "execution")
    assert (execution.victims, execution.date, len(execution.evidence)) == (
        Victims(5, 5), DateRange(dt.date(2015, 5, 1), dt.date(2015, 5, 31)), 2)


def test_a_start_and_a_duration_fix_the_release() -> None:
    e = only("He was sent to Yodok in 1977 with his family. He was released from the camp "
             "after ten years.", "release")
    assert e.date.earliest is not None and e.date.latest is not None
    assert abs((e.date.earliest - dt.date(1987, 1, 1)).days) <= 5
    assert abs((e.date.latest - dt.date(1987, 12, 31)).days) <= 5


def test_a_release_told_with_an_amnesty_happened_when_the_amnesty_did() -> None:
    text = PUB_2015 + ("The pardon was carried out in prisons across the country on July 8. "
                       "Returnees were also granted the pardon, and hundreds of prisoners at "
                       "Camp 14 were let go.")
    release = only(text, "release")
    assert release.date == DateRange(dt.date(2015, 7, 8), dt.date(2015, 7, 8))
    assert release.date_from_context


def test_a_narrative_moves_on_by_a_stated_offset_and_two_people_stay_apart() -> None:
    text = ("Transcript | Recorded 2018-01-10\n\nMy son sold information to traders. In May "
            "2016 he called my sister in Seoul. Two weeks later, men from the Hoeryong State "
            "Security office came to our house and took him away. I looked for him for a "
            "year. In March 2017 they arrested me as well, and I was held at the Hoeryong "
            "bowibu. I was there for three months and I was afraid every day. My husband and "
            "my daughter did not know where I was, and our neighbours told me later that we "
            "were watched.")
    arrests = of_type(text, "arrest")
    assert [e.date for e in arrests] == [
        DateRange(dt.date(2016, 5, 15), dt.date(2016, 6, 14)),
        DateRange(dt.date(2017, 3, 1), dt.date(2017, 3, 31)),
    ]


def test_returnees_held_on_their_return_are_held_from_the_repatriation() -> None:
    text = PUB_2015 + ("On 9 March, China forcibly repatriated about 200 North Koreans at "
                       "Tumen. Relatives in Seoul were not told. Following their return, the "
                       "returnees were held at the Onsong holding centre.")
    held = only(text, "detention")
    assert held.date == DateRange(dt.date(2015, 3, 9), dt.date(2015, 3, 9))
    assert held.date_from_context


def test_a_sentence_and_the_arrival_after_it_are_one_detention_dated_at_the_sentence() -> None:
    text = PUB_2015 + ("In May 2008 the Hyesan city people's court sentenced me to three years "
                       "for illegal border crossing. Then in July I was taken to Kyo-hwa-so "
                       "No. 11 in Chungsan.")
    held = only(text, "detention")
    assert held.date == DateRange(dt.date(2008, 5, 1), dt.date(2008, 5, 31))
    assert (held.facility, held.place) == ("kyohwaso-11", "chungsan")
    assert len(held.evidence) == 2


def test_each_one_told_with_its_own_details_is_an_event() -> None:
    text = PUB_2015 + ("At least two returnees have died in custody, one from cold at the Onsong "
                       "holding centre in February and one in the Sinuiju holding centre in "
                       "March.")
    deaths = of_type(text, "death_in_custody")
    assert [(e.place, e.victims, e.date.earliest) for e in deaths] == [
        ("onsong", Victims(1, 1), dt.date(2015, 2, 1)),
        ("sinuiju", Victims(1, 1), dt.date(2015, 3, 1))]
    assert only(PUB_2015 + "Two prisoners died at Camp 16 in March, one of them a woman.",
                "death_in_custody").victims == Victims(2, 2)


def test_a_re_arrest_is_another_arrest_told_in_all_its_mentions() -> None:
    text = ("Six hundred escapees who were rounded up in China were sent back. The 600 had "
            "been detained in China as illegal migrants. In July 2024, all 600 were unexpectedly "
            "re-arrested. At the time of their re-arrest, the families were told nothing.")
    arrests = of_type(text, "arrest")
    assert len(arrests) == 2
    assert [len(e.evidence) for e in arrests] == [2, 2]
    assert arrests[1].victims == Victims(600, 600)


def test_people_listed_without_details_of_their_own_stay_one_event() -> None:
    text = PUB_2015 + "Two prisoners died at Camp 16 in March: a woman and a man."
    assert only(text, "death_in_custody").victims == Victims(2, 2)


def test_a_headline_naming_only_the_facility_joins_the_dated_event_there() -> None:
    text = ("Prisoners moved to Camp 16\n\n" + PUB_2015 + "North Korea has closed one of its "
            "prison camps, sources said. Between March and June, most of the prisoners were "
            "transferred to Camp 16 in Hwasong county.")
    [moved] = [e for e in events(text) if e.type == "transfer"]
    assert len(moved.evidence) == 2
    assert (moved.facility, moved.date) == (
        "kwanliso-16", DateRange(dt.date(2015, 3, 1), dt.date(2015, 6, 30)))


def test_the_group_named_again_without_a_date_tells_the_groups_event() -> None:
    text = PUB_2015 + ("Chinese authorities forcibly returned about 600 North Koreans on 9 July, "
                       "activists said.\n\nThe returnees were taken across the border at "
                       "Dandong in buses.")
    [back] = of_type(text, "repatriation")
    assert (len(back.evidence), back.victims) == (2, Victims(600, 600))
    assert back.date == DateRange(dt.date(2015, 7, 9), dt.date(2015, 7, 9))


def test_a_relative_sent_to_a_camp_is_another_detention() -> None:
    text = PUB_2015 + ("A man from Hyesan was sentenced to ten years in a kyohwaso in May. "
                       "His wife has been sent to a labour training unit for six months.")
    found = of_type(text, "detention")
    assert len(found) == 2


def test_a_family_told_of_a_death_is_no_other_person() -> None:
    text = PUB_2015 + ("A man died in the Onsong holding centre in May. His family was told "
                       "he had died of an illness.")
    assert len(of_type(text, "death_in_custody")) == 1


def test_the_only_other_mention_dated_inside_a_vaguer_period_is_the_same_event() -> None:
    text = PUB_2015 + ("Authorities in North Hamgyong held a public trial last week for a man "
                       "accused of murder. \"The trial was held on the 8th at the Hoeryong city "
                       "stadium,\" a resident said.")
    [trial] = of_type(text, "trial")
    assert trial.date == DateRange(dt.date(2015, 7, 8), dt.date(2015, 7, 8))
    assert trial.place == "hoeryong" and len(trial.evidence) == 2


def test_a_headline_naming_only_the_place_joins_the_event_the_body_tells_there() -> None:
    text = ("Smugglers caught in Sinuiju face harsh punishment\n\n" + PUB_2015 +
            "A crackdown by the provincial security department has netted more than 30 "
            "smugglers in Sinuiju since early May, a source said.\n")
    [arrest] = of_type(text, "arrest")
    assert arrest.victims == Victims(30, None) and len(arrest.evidence) == 2
    assert arrest.date == DateRange(dt.date(2015, 5, 1), dt.date(2015, 7, 14))


def test_others_tried_at_the_same_session_are_part_of_that_trial() -> None:
    text = PUB_2015 + ("On May 3 the three were sentenced to death at a public trial in Hyesan. "
                       "Two other defendants were tried at the same session.")
    e = only(text, "trial")
    assert (e.victims, len(e.evidence)) == (Victims(5, 5), 2)


def test_a_mention_with_nothing_new_is_the_one_event_of_its_type_told_before() -> None:
    text = ("Three smugglers were publicly executed in Hyesan, a source said. Their families "
            "were banished. They were shot by firing squad in Ryanggang Province.")
    e = only(text, "execution")
    assert (e.victims, len(e.evidence), e.place) == (Victims(3, 3), 2, "hyesan")
    elsewhere = PUB_2015 + ("Three smugglers were publicly executed in Hyesan on May 3. A man "
                            "was shot in Musan.")
    assert len(of_type(elsewhere, "execution")) == 2


def test_a_conviction_told_again_with_only_a_place_within_is_the_one_trial() -> None:
    text = PUB_2015 + ("North Korea's highest court sentenced an American student on Wednesday to "
                       "15 years of hard labour.\n\nOtto Warmbier, a 21-year-old student, was "
                       "convicted of trying to steal a banner from a Pyongyang hotel. He was "
                       "detained at the Pyongyang airport on Jan. 2.")
    assert len(of_type(text, "trial")) == 1


def test_a_relatives_arrest_quoted_after_a_lead_in_is_another_arrest() -> None:
    text = PUB_2015 + ("In early March the Hoeryong City Security Department arrested Ms. Kim. "
                       "The source added, \"Her husband was also taken to the Safety Department "
                       "for questioning but was released a week later.\"")
    assert len(of_type(text, "arrest")) == 2


def test_one_in_the_same_city_last_year_is_someone_else() -> None:
    text = PUB_2015 + ("A 17-year-old student in Hyesan was dispatched to a labour training corps "
                       "after being caught watching South Korean dramas.\n\nKim (17, male) was "
                       "caught at his home on the 12th of last month.\n\nLast year in November, "
                       "a 19-year-old in the same city was sentenced to 10 years in a kyohwaso.")
    assert len(of_type(text, "detention")) == 2


def test_an_announced_amnesty_takes_effect_on_the_day_its_release_is_set_for() -> None:
    text = PUB_2015 + ("The Presidium issued a decree on granting a general amnesty to convicts. "
                       "According to the decree, those convicted will be released from August 1. "
                       "The last general amnesty was granted in 2012.")
    found = of_type(text, "amnesty")
    assert [(e.date.earliest, e.announced) for e in found] == [
        (dt.date(2015, 8, 1), True), (dt.date(2012, 1, 1), False)]
    two = PUB_2015 + ("North Korea announced a general amnesty, state media said. Long-term "
                      "convicts will be freed on August 1.")
    assert of_type(two, "amnesty")[0].date == DateRange(dt.date(2015, 8, 1), dt.date(2015, 8, 1))


def test_more_than_30_and_34_people_dated_alike_are_one_arrest() -> None:
    text = PUB_2015 + ("Authorities in Hoeryong arrested more than 30 people last month for using "
                       "Chinese phones. \"The State Security Department arrested 34 people in "
                       "Hoeryong during a crackdown that ended on June 20,\" a resident said. A "
                       "second source said two of those arrested were women. They were beaten "
                       "during questioning.")
    [arrest] = of_type(text, "arrest")
    assert (arrest.victims, len(arrest.evidence)) == (Victims(34, 34), 2)
    assert len(of_type(text, "torture")) == 1
    undated = PUB_2015 + ("Police arrested several brokers in Chongjin, sources said. Four brokers "
                          "arrested in June were sent to the camp.")
    assert len(of_type(undated, "arrest")) == 2


def test_two_mentions_in_one_passage_join_the_headline_they_tell() -> None:
    text = ("Two traders sentenced to death in Hyesan\n\n" + PUB_2015 +
            "Authorities in Ryanggang province held a public trial last week at which two men "
            "accused of selling copper to China were sentenced to death, a source said. The "
            "trial was held at the Hyesan airfield in front of about 1,000 residents.")
    [trial] = of_type(text, "trial")
    assert len(trial.evidence) == 3
    assert trial.victims == Victims(2, 2)
    assert trial.date == DateRange(dt.date(2015, 7, 6), dt.date(2015, 7, 12))


def test_a_headline_with_a_kicker_is_a_headline_not_a_label() -> None:
    text = ("Report: Seven executed in Chongjin for drug dealing\n\n" + PUB_2015 +
            "Seven people were executed by firing squad in Chongjin on July 5 after a public "
            "trial, according to sources.")
    [shot] = of_type(text, "execution")
    assert len(shot.evidence) == 2


def test_freed_foreigners_handed_over_abroad_is_the_same_release() -> None:
    text = ("Two Japanese nationals released by North Korea\n\n" + PUB_2015 +
            "North Korea freed two Japanese men it had held since last year, the foreign ministry "
            "said. The men were handed over at the airport in Beijing.")
    [freed] = of_type(text, "release")
    assert len(freed.evidence) == 3
    assert of_type(text, "repatriation") == []


def test_those_returned_had_been_held_before_and_are_a_group_not_one_person() -> None:
    text = PUB_2015 + ("China forcibly sent back about 600 North Koreans on Monday night, rights "
                       "groups said. The North Koreans, who had been held in detention facilities "
                       "in Jilin and Liaoning provinces, were taken across the border at five "
                       "crossings.")
    [back] = of_type(text, "repatriation")
    assert back.victims == Victims(600, 600)
    [held] = of_type(text, "detention")
    assert held.date.earliest is None and held.victims == Victims()


def test_a_headline_in_the_present_tense_hands_down_sentences() -> None:
    text = ("North Korea hands down death sentences to three in Chongjin\n\n" + PUB_2015 +
            "A court in Chongjin handed down death sentences to three men on July 5 for running "
            "an illegal gold mine, a source said.")
    [trial] = of_type(text, "trial")
    assert len(trial.evidence) == 2


def test_a_relative_in_a_quoted_sentence_is_another_person() -> None:
    text = PUB_2015 + ("Police in Sinuiju have detained a 17-year-old student for singing a South "
                       "Korean song, a resident said. \"His mother was summoned to the police "
                       "station twice,\" the resident said.")
    assert [len(e.evidence) for e in of_type(text, "arrest")] == [1, 1]


def test_a_stay_at_a_holding_centre_is_not_the_prison_term_that_followed() -> None:
    text = PUB_2015 + ("A woman who was repatriated from China last October has been sentenced to "
                       "eight years in a re-education camp, her relatives in South Korea said. She "
                       "was first held for three months at the Sinuiju State Security holding "
                       "centre.")
    held = of_type(text, "detention")
    assert len(held) == 2
    assert all(e.place != "south-korea" for e in held)


def test_a_headline_naming_an_occasion_does_not_split_the_amnesty() -> None:
    text = ("Amnesty for 60th anniversary\nPyongyang, July 20, 2015\n\nThe Presidium of the "
            "Supreme People's Assembly issued a decree on granting a special amnesty to convicts "
            "on the occasion of the 70th anniversary of the country's liberation. The amnesty "
            "will take effect from August 1, 2015.")
    [amnesty] = of_type(text, "amnesty")
    assert amnesty.date == DateRange(dt.date(2015, 8, 1), dt.date(2015, 8, 1))


def test_camps_told_after_pre_trial_detention_are_another_stay() -> None:
    text = ("OHCHR interviewed 35 women who had been forcibly returned from China between 2015 "
            "and 2020. All of them said they had been held in pre-trial detention facilities of "
            "the Ministry of State Security on return. Most of the women were subsequently sent "
            "to labour training camps or re-education camps.")
    assert len(of_type(text, "detention")) == 2


def test_a_death_after_two_camps_named_together_is_at_neither() -> None:
    text = ("Eleven were sentenced to terms in re-education camps, mainly Kyohwaso No. 12 at "
            "Jongori and Kyohwaso No. 15 at Hamhung, in 2019. Three women reported that fellow "
            "detainees had died in custody from malnutrition.")
    assert only(text, "death_in_custody").facility is None


def test_another_witness_case_is_kept_from_the_case_told_before() -> None:
    text = ("A defector testified that in the spring of 2017 he was taken by agents of the "
            "Ministry of State Security to a safe house, where he was interrogated for 40 days. "
            "He was later sent to a labour training camp in Hoeryong for one year. Another "
            "defector testified that her husband was arrested in 2018. She believes he was sent "
            "to a political prison camp.")
    held = of_type(text, "detention")
    assert [(e.place, len(e.evidence)) for e in held] == [
        (None, 1), ("hoeryong", 1), (None, 1)]
