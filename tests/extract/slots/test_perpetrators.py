"""Which state body did it (spec 3), on sentences written for these tests."""

from __future__ import annotations

from tests.extract.support import PUB_2015, events, only


def test_the_body_a_facility_is_named_after_did_it() -> None:
    text = PUB_2015 + "In March 2015 she was held at the Onsong State Security holding centre."
    held = only(text, "detention")
    assert (held.facility, held.perpetrator) == ("onsong-ssd-holding-centre",
                                                 "ministry-of-state-security")


def test_a_facility_named_after_no_body_names_no_perpetrator() -> None:
    assert only(PUB_2015 + "In March 2015 she was held at Camp 15.", "detention").perpetrator \
        is None


def test_a_body_named_after_by_later_in_the_sentence_did_it() -> None:
    text = PUB_2015 + ("In 2014 women at Camp 15 were subjected to invasive body searches, forced "
                       "nudity and beatings by officials of the Ministry of State Security.")
    assert only(text, "torture").perpetrator == "ministry-of-state-security"


def test_a_body_naming_where_people_were_held_did_not_try_them() -> None:
    text = PUB_2015 + ("After two months at the provincial Ministry of Social Security detention "
                       "center in Hyesan, they were tried at the people's court on June 30.")
    assert only(text, "trial").perpetrator is None


def test_they_who_did_it_are_the_body_named_just_before() -> None:
    text = PUB_2015 + ("In June 2014 the Chinese police came to the farm where she worked. They "
                       "arrested her and took her to a detention centre in Dandong.")
    assert only(text, "arrest").perpetrator == "chinese-public-security"


def test_they_who_suffered_it_did_not_do_it() -> None:
    text = PUB_2015 + ("In June 2014 the Bowibu raided a church in Hyesan. They were arrested and "
                       "sent to Camp 16.")
    assert only(text, "arrest").perpetrator is None


def test_they_at_a_facility_are_its_staff_not_the_body_named_before() -> None:
    text = PUB_2015 + ("In May 2014 the Chinese police arrested her in Yanji and handed her over "
                       "at Namyang. At the Onsong holding centre the agents questioned her for "
                       "three weeks. They beat her with a stick.")
    # not the Chinese police named before: the staff of the centre, the body that runs it
    assert only(text, "torture").perpetrator == "ministry-of-state-security"


def test_the_police_of_a_north_korean_town_are_the_ministry_of_social_security() -> None:
    text = PUB_2015 + "Police in Hoeryong have arrested a 24-year-old man for possessing a Bible."
    assert only(text, "arrest").perpetrator == "ministry-of-social-security"


def test_the_police_of_a_chinese_city_are_china_s() -> None:
    text = PUB_2015 + "In May police in Shenyang arrested nine North Koreans."
    assert only(text, "arrest").perpetrator == "chinese-public-security"
    both = PUB_2015 + "In May police arrested nine North Koreans from Musan in Shenyang."
    assert only(both, "arrest").perpetrator is None  # two countries: whose police is unclear


def test_the_body_that_held_the_returned_did_not_return_them() -> None:
    text = PUB_2015 + ("At least 200 women forcibly returned from China in May were detained at "
                       "Ministry of State Security facilities in Hyesan and Sinuiju.")
    assert only(text, "repatriation").perpetrator is None
    held = only(text, "detention")
    assert (held.perpetrator, held.place) == ("ministry-of-state-security", "north-korea")


def test_the_body_that_runs_the_facility_holds_people_there() -> None:
    text = PUB_2015 + ("She was handed over at the Tumen bridge in May and taken to the Onsong "
                       "holding centre together with about 100 others.")
    assert only(text, "detention").perpetrator == "ministry-of-state-security"
    camp = PUB_2015 + "In May he was sent to Camp 14."
    assert only(camp, "detention").perpetrator is None


def test_china_returning_people_is_chinas_security_forces() -> None:
    text = PUB_2015 + ("On the night of 9 May, the People's Republic of China forcibly returned "
                       "about 600 North Koreans to the North.")
    assert only(text, "repatriation").perpetrator == "chinese-public-security"
    back = PUB_2015 + "In May about 600 North Koreans were forcibly returned from China."
    assert only(back, "repatriation").perpetrator is None


def test_the_body_the_victims_belong_to_is_not_the_perpetrator() -> None:
    text = PUB_2015 + ("In May about 20 officials of the Ministry of People's Security in "
                       "Ryanggang were arrested and sent to political prison camps.")
    assert [e.perpetrator for e in events(text)] == [None, None]
    acting = PUB_2015 + "In May agents of the Ministry of State Security arrested 20 officials."
    assert only(acting, "arrest").perpetrator == "ministry-of-state-security"
    counted = PUB_2015 + ("Seventeen people, including two Ministry of Social Security "
                          "officers, were arrested in Hyesan in May.")
    assert only(counted, "arrest").perpetrator is None
