"""A witness's own account told across questions and answers, on a text written for this test:
where each thing happened, and which mentions are one occurrence."""

from __future__ import annotations

import datetime as dt

from girok.extract.engine import extract
from girok.records import DateRange
from tests.extract.support import events, of_type

ACCOUNT = """Interview with a former detainee, recorded in Seoul

Q: What happened to you in China?
A: I lived with my husband on a farm near Yanji and I worked in the fields. In March 2011
Chinese police came to the farm and arrested me. They kept me in a police cell in Yanji for
three weeks and I was questioned twice.

Q: Were you sent back?
A: Yes, in April 2011. They drove us across the bridge to Namyang, about twenty of us.

Q: Where were you taken then?
A: To the Hoeryong holding centre. The agents there interrogated me for ten days and beat me
when I did not answer. Afterwards I was sent to a labour training camp in Musan for a year.
I was released in May 2012 and I went back to my mother's house.
"""


def test_a_return_takes_the_country_the_account_was_in() -> None:
    [back] = of_type(ACCOUNT, "repatriation")
    assert back.place == "china"


def test_there_is_the_facility_just_named() -> None:
    held = [e for e in of_type(ACCOUNT, "detention") if e.facility is not None]
    assert [e.facility for e in held] == ["hoeryong-ssd-holding-centre"]


def test_a_release_after_an_unnamed_camp_is_not_from_the_facility_named_before() -> None:
    [freed] = of_type(ACCOUNT, "release")
    assert freed.facility is None


def test_detentions_in_two_places_are_two_events() -> None:
    places = [e.place for e in of_type(ACCOUNT, "detention")]
    assert "yanji" in places and "musan" in places
    assert len(events(ACCOUNT)) >= 5


def test_an_answer_naming_where_the_witness_was_taken_is_a_detention() -> None:
    [answered] = [e for e in of_type(ACCOUNT, "detention")
                  if ACCOUNT[e.evidence[0].start :].startswith("A: To the Hoeryong")]
    assert (answered.facility, answered.victims.min) == ("hoeryong-ssd-holding-centre", 1)


def test_answers_after_speaker_initials_and_answers_about_no_custody() -> None:
    text = ("I: Where were you taken after the handover?\n\nK: To the State Security holding "
            "centre in Onsong. I was there for about two weeks in 2006.\n\n"
            "I: Where did you go then?\n\nK: To Seoul, in 2009.")
    [held] = of_type(text, "detention")
    assert held.facility == "onsong-ssd-holding-centre"
    assert events("Q: Where were you born?\nA: In Musan, in 1975.") == []


SHORT_ACCOUNT = ("Testimony of a former detainee\n\n"
                 "I crossed into China in 2016 and I worked on a farm. In June 2018, the "
                 "Chinese police took me away.\n\n"
                 "In July we were handed over to the North Korean side. At the Onsong holding "
                 "centre the guards beat us. I was there for 40 days.\n")


def test_a_short_account_in_the_first_person_keeps_its_narrative_year() -> None:
    found = extract(SHORT_ACCOUNT, published=dt.date(2024, 6, 1)).events
    back = next(e for e in found if e.type == "repatriation")
    assert back.date == DateRange(dt.date(2018, 7, 1), dt.date(2018, 7, 31))


def test_being_there_after_a_facility_is_named_is_a_detention_there() -> None:
    found = extract(SHORT_ACCOUNT, published=dt.date(2024, 6, 1)).events
    held = next(e for e in found if e.type == "detention")
    assert held.facility == "onsong-ssd-holding-centre"
    assert held.rule == "detention.there"


def test_being_there_with_no_facility_named_is_no_detention() -> None:
    text = "I went to Hyesan in May 2014 to see my aunt. I was there for two weeks.\n"
    assert extract(text, published=dt.date(2024, 6, 1)).events == ()


def test_what_a_witness_saw_counts_in_a_general_sentence() -> None:
    text = ("SEOUL, July 14, 2015 (News of the North) -- A former guard at Camp 14 said guards "
            "routinely beat prisoners and that he saw at least ten executions there.")
    [e] = of_type(text, "execution")
    assert e.victims.min == 10 and e.victims.max is None
    assert of_type(text, "torture") == []  # what guards "routinely" do stays a habit


INTERVIEW = ("Interview with Park, a former inmate of Kyohwaso No. 1\n\n"
             "Interviewer: When were you arrested?\n\n"
             "Park: In the spring of 2015. The Bowibu came to my house at night.\n\n"
             "Interviewer: What happened after that?\n\n"
             "Park: Then the court gave me seven years.\n\n"
             "Interviewer: When were you released?\n\n"
             "Park: In 2020. I got out in 2020 because of an amnesty.\n")


def test_an_answer_giving_a_date_states_the_event_the_question_asks_about() -> None:
    found = extract(INTERVIEW, published=dt.date(2024, 6, 1)).events
    arrest = next(e for e in found if e.type == "arrest")
    assert arrest.date == DateRange(dt.date(2015, 3, 1), dt.date(2015, 5, 31))
    assert arrest.victims.min == arrest.victims.max == 1
    assert {"detention", "trial", "release", "amnesty"} <= {e.type for e in found}


def test_a_question_without_a_dated_answer_states_nothing() -> None:
    text = "Q: When were you arrested?\nA: I do not remember.\n"
    assert extract(text, published=dt.date(2024, 6, 1)).events == ()


def test_in_an_account_anyone_the_act_befell_is_no_habit() -> None:
    text = ("I left my village in 2010. I was caught in Yanji in March 2011 and I was handed "
            "back at Namyang. At the Onsong holding centre they made us squat for hours and hit "
            "anyone who moved. The guards forced a pregnant woman in my cell to have an "
            "abortion. I was released in May.")
    [e] = of_type(text, "torture")
    assert e.facility == "onsong-ssd-holding-centre"
    assert len(e.evidence) == 2  # one torture event per account
    assert of_type("Those who were held have testified about beatings and abortions.",
                   "torture") == []


def test_an_interview_tells_the_arrest_and_the_release_after_its_questions() -> None:
    text = ("Q: When were you taken?\nA: In the autumn of 1995. Agents of the Bowibu came to our "
            "house at night and took my father away. I was sent with my mother to Camp 16.\n\n"
            "Q: How long were you there?\nA: Eleven years. I was often hungry.\n\n"
            "Q: How did you get out?\nA: My mother died in 2004. In 2006 my brothers and I were "
            "released, I still do not know why.")
    types = [e.type for e in events(text)]
    assert types.count("arrest") == 1 and types.count("release") == 1


def test_sent_back_to_a_north_korean_town_after_being_caught_abroad_is_a_repatriation() -> None:
    text = ("I was born in Chongjin in 1975. In the winter of 2008 I crossed the river, but "
            "Chinese border guards caught me a week later and I was sent back to Namyang. "
            "The Bowibu interrogated me there for a month.")
    [back] = of_type(text, "repatriation")
    assert back.place == "china"
    [held] = of_type(text, "detention")
    assert held.place == "namyang"  # where the return took her, not where she was born


def test_sent_back_to_a_town_with_no_time_abroad_is_no_repatriation() -> None:
    text = ("He served five years in the Kaechon kyohwaso. After his release in 2012 he was "
            "sent back to Hyesan, where he worked in a mine.")
    assert of_type(text, "repatriation") == []


def test_a_birthplace_is_no_events_place() -> None:
    text = "Born in Hyesan, she was arrested in May 2015 by the Bowibu."
    assert of_type(text, "arrest")[0].place is None


def test_a_date_line_at_the_top_dates_no_event() -> None:
    text = ("Rimjin-gang, 15 October 2013\n\nInterview with Mr. Lee, a former inmate of Chongori "
            "re-education camp\n\nQ: When were you sent to Chongori?\nA: In April 2009. I got "
            "five years for selling Chinese goods.\n\nQ: What was the work like?\nA: We worked "
            "in the copper mine. Many of my cellmates died of malnutrition that winter. I myself "
            "was beaten by the guards because I could not meet my quota.\n\nQ: How did you get "
            "out?\nA: I was released on parole in 2012 because I was very sick.\n")
    assert [e.date for e in of_type(text, "detention")] == [
        DateRange(dt.date(2009, 4, 1), dt.date(2009, 4, 30))]


def test_sent_back_with_nothing_after_it_is_a_return_only_after_time_abroad() -> None:
    text = ("I crossed into China in 2006. I was caught in Yanji in 2007, sent back, and held at "
            "the Onsong holding centre for a month before I escaped again.")
    [back] = of_type(text, "repatriation")
    assert back.place == "china"
    home = ("He served five years in the Kaechon kyohwaso and was then sent back, and he "
            "worked in a mine.")
    assert of_type(home, "repatriation") == []
    waiting = "The Chinese police took me to Tumen, where North Koreans wait to be sent back."
    assert of_type(waiting, "repatriation") == []


def test_a_second_arrest_is_another_and_the_narrative_moves_on_to_it() -> None:
    text = ("Mr. Ri said he was arrested in 2008 in Hyesan for smuggling and spent three years in "
            "Jongori. \"I was released in 2011. Two years later I was arrested again,\" he said. "
            "After his second arrest he was held at the Hyesan MSS detention centre for four "
            "months.")
    arrests = of_type(text, "arrest")
    assert [a.date.earliest.year for a in arrests if a.date.earliest] == [2008, 2013]
    first = arrests[0]
    assert len(first.evidence) == 1
    held = [e for e in of_type(text, "detention") if e.facility == "hyesan-ssd-holding-centre"]
    assert held[0].date == DateRange(dt.date(2013, 1, 1), dt.date(2013, 12, 31))


def test_held_somewhere_and_then_sent_on_is_a_detention_and_a_transfer() -> None:
    text = ("A woman from Musan told us that she had been held at the Musan jipkyulso for two "
            "weeks in August 2016 and then sent to the Musan rodong danryeondae for six months.")
    assert [e.type for e in events(text)] == ["detention", "transfer"]


def test_then_after_a_stay_of_a_stated_length_is_after_it() -> None:
    text = ("I was arrested by the Bowibu in Hoeryong in February 2014. They kept me in a cell for "
            "three months. Then I was tried and sentenced to four years.")
    [trial] = of_type(text, "trial")
    assert trial.date == DateRange(dt.date(2014, 5, 2), dt.date(2014, 5, 29))


def test_being_questioned_for_a_stated_time_at_a_facility_is_a_detention_there() -> None:
    text = ("In February 2009 I was handed over at Namyang. At the Onsong Bowibu they questioned "
            "me for a month. Later I was released.")
    [held] = of_type(text, "detention")
    assert (held.facility, held.rule) == ("onsong-ssd-holding-centre", "detention.questioned_for")
    assert of_type("The police questioned him for hours about the video in 2009.",
                   "detention") == []


SHORT_INTERVIEW = """Interview transcript

Q: When were you detained?
A: It was in the autumn of 2015. I was caught at the Tumen River by border guards.

Q: Where did they take you?
A: To the Onsong Bowibu. I stayed there about 20 days.

Q: Were you mistreated?
A: They kicked me and made me kneel for hours. A man in the next cell was beaten so badly
that he could not walk.

Q: What happened after that?
A: I was sent to the Jongori re-education camp. I served two years and was released in
December 2017.
"""


def test_a_short_interview_is_a_witness_account_told_in_its_narrative_time() -> None:
    held = of_type(SHORT_INTERVIEW, "detention")
    autumn = DateRange(dt.date(2015, 9, 1), dt.date(2015, 11, 30))
    assert [(e.facility, e.date) for e in held] == [
        ("onsong-ssd-holding-centre", autumn), ("kyohwaso-12", autumn)]
    assert len(held[1].evidence) == 2  # "I served two years": that stay


def test_someone_else_in_a_witness_account_is_not_the_witness() -> None:
    assert len(of_type(SHORT_INTERVIEW, "torture")) == 2


def test_what_a_witness_heard_dates_the_narrative_and_a_stay_ends_in_its_release() -> None:
    text = ("My husband was taken by the Bowibu in March 2016. In August 2016 I heard that he had "
            "been sent to Kwanliso No. 25. Three months later, I myself was arrested. I was held "
            "in the Hyesan jipkyulso for two months and then released without charge.")
    [_, mine] = of_type(text, "arrest")
    assert mine.date == DateRange(dt.date(2016, 11, 1), dt.date(2016, 11, 30))
    release = of_type(text, "release")[0].date
    assert release.earliest is not None and release.earliest.year == 2016 and \
        release.earliest.month == 12


def test_being_stripped_and_searched_is_torture() -> None:
    text = ("In 2008 I was sent back through Sinuiju. The Bowibu agents took me to the Sinuiju "
            "detention centre. They stripped us and searched our bodies.")
    assert [e.rule for e in of_type(text, "torture")] == ["torture.sexual"]


def test_a_country_the_witness_left_later_is_not_where_the_release_was() -> None:
    text = ("At the Onsong Bowibu I was interrogated for a month, and then I was sent to the "
            "Chungsan kyohwaso for two years. I was released in 2011 and left North Korea for "
            "good in 2012.")
    released = of_type(text, "release")[0]
    assert (released.facility, released.place) == ("kyohwaso-11", "chungsan")
