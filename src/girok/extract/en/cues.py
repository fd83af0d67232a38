"""English cues the engine's judgement and slot filling read (the lexicon holds triggers)."""

from __future__ import annotations

import re

from girok.extract.en.counts import PERSON_SINGULAR

# --- judging a trigger ---------------------------------------------------------------------

THE_CAMP = re.compile(
    r"\b(?:the|this|that|same)\s+(?:(?:\w+'s\s+)?\w+\s+)?(?:camp|prison|kyohwaso|gyohwaso|kwanliso|"
    r"centre|center|facility|penitentiary)\b(?!\s+system)", re.IGNORECASE)  # "the camp system"
# "those arrested with her", "Those arrested included ...": people named by the event
WITH_AFTER = re.compile(r"\s+(?:with\b|includ(?:ed|e|es|ing)\b|(?:were|are)\s+(?:mostly|all|"
                        r"among|from)\b)")
HELD_OCCASION = re.compile(
    r"\b(?:executions?|trials?|tribunals?|meetings?|sessions?|rallies|hearings?|talks|"
    r"ceremon(?:y|ies)|forums?|conferences?)\s+(?:(?!who\b|that\b|which\b)[\w'’.-]+\s+){0,10}$",
    re.IGNORECASE)
TO_OR_FROM = re.compile(r"\b(?:to|from)\b")
# ... and calls for it: "would continue to press Pyongyang for their release"
ANNOUNCE_BLOCKERS = re.compile(
    r"\b(?:not|no|never|unclear|whether|if|(?:press|push|lobby|campaign|plead)(?:ed|es|s|ing)?\s+"
    r"(?:[\w'’]+\s+){0,3}?for|urg(?:ed|es|ing)|call(?:ed|s)?\s+(?:on|for)|seek(?:s|ing)?|"
    r"sought)\b|n't\b", re.IGNORECASE)
# "some were sent ...", "others were placed ...": members of a group the narrative is about.
GROUP_SUBJECT = re.compile(
    r"\b(?:some|others|a\s+number|all|most|many\s+of\s+them|they|the\s+rest|"
    # "two women were arrested ... One was released; the other was sent to ...": each of them
    r"(?<![\w,]\s)one|the\s+other|the\s+others|both|each|neither|"
    r"the\s+other\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d+)|"
    # "Three were later released": a number of the group just told
    r"(?<![\w,]\s)(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,3})(?=\s+"
    r"(?:of\s+them\s+)?(?:also\s+|later\s+)?(?:were|had\s+been|have\s+been)\b)|"
    # "The parents were sentenced ...", "the child was also given ...": members of a family
    r"the\s+(?:parents|couple|family|children|child|mother|father|husband|wife|sons?|"
    r"daughters?|boy|girl|brothers?|sisters?|grandmother|grandfather|"
    # "the man had been deported": the one just told about
    r"man|woman|student|tourist|pastor|missionary|journalist|soldier|teenager|defector|"
    r"prisoner|detainee|men|women|fishermen|soldiers|workers|suspects|defendants|accused|"
    r"detainees|prisoners))\s+(?:of\s+them\s+)?"
    r"(?:also\s+)?(?:were|was|had\s+been|have\s+been|are\s+(?:now\s+)?being|are\s+now)\b|"
    # "The remaining nine received prison terms": the rest of the group just counted
    r"\bthe\s+(?:remaining|other)\s+(?:\w+\s+)?(?:received|got|were|was|had|have)\b",
    re.IGNORECASE)
# "hit anyone who moved": whom an act befell, in a witness's account
WHOEVER = re.compile(r"(?:those\s+who|anyone\s+who|whoever)\b", re.IGNORECASE)
# "Case 2. Female, born 1990, from Musan.": an entry about one person
PERSON_ENTRY = re.compile(r"\W*(?:case\s+(?:no\.\s*)?\d+[.:)]?\s*)?(?:male|female|a\s+man|"
                          r"a\s+woman|man|woman|boy|girl)\b,?\s+(?:born|aged|age|\(?\d)",
                          re.IGNORECASE)
# "Forcibly repatriated from China", "Publicly executed": a sentence that opens with its verb
NO_SUBJECT = re.compile(r"[\W_]*(?:[A-Za-z]+ly\s+)?", re.IGNORECASE)
# "who was detained at the Hoeryong holding centre": the speaker's own stay
HELD_THERE = re.compile(r"\b(?:was|were|had\s+been)\s+(?:detained|held|imprisoned|jailed)\b",
                        re.IGNORECASE)
# "(born 1962)", "born on 3 May 1975": a birth date, no event's
BORN = re.compile(r"\b(?:born|b\.)\s+(?:in\s+|on\s+)?$", re.IGNORECASE)
# "were taken": a verb told in the simple past
PAST_PASSIVE = re.compile(r"\b(?:was|were)\s+(?!being\b)\w+(?:ed|en|wn|ght|ent|ot|ut)\b",
                          re.IGNORECASE)
# "The decision was executed immediately": the sentence just told was carried out
THE_SENTENCE = re.compile(r"\bthe\s+(?:decision|sentence|verdict|ruling|death\s+sentence|"
                          r"punishment)\s+(?:was|were|has\s+been|had\s+been)\s+(?:\w+\s+)?$",
                          re.IGNORECASE)
HEADING_WORD = re.compile(r"[A-Za-z][\w'’-]*")
# "Timeline: ...", "Related: ...": a label; not a headline's kicker ("Report: Seven executed")
LABEL = re.compile(r"^[\W_]*(?!(?:Report|Reports|Exclusive|Breaking|Update|Updated|Analysis|"
                   r"Sources?|Insight|Watch|Live)\s*:)[A-Z][\w ]{0,20}:\s")
SMALL_WORDS = frozenset({"a", "an", "the", "of", "in", "on", "for", "and", "to", "after",
                         "from", "at"})
# Rules whose trigger is a noun or a participle that a heading can hold without an event.
NOUN_RULES = frozenset({
    "detention.detention_noun", "detention.former_inmate", "detention.imprisoned",
    "release.noun", "release.released", "arrest.detained", "execution.executed",
    "torture.torture"})

# A sentence that imposes imprisonment (a death sentence imposes none).
SENTENCED_TO_PRISON = re.compile(r"(?i)\bsentenc(?:ed|ing)\b(?!.*\bdeath\b)", re.DOTALL)
# "sentenced three people to death and 12 others to between five and 15 years": a prison
# term told with a sentence of death (either before or after it)
TERM_SENTENCED = re.compile(r"\bto\s+(?:between\s+|up\s+to\s+)?(?:[\w-]+\s+){0,5}?(?:years?|"
                            r"life(?:\s+imprisonment)?|hard\s+labou?r)\b", re.IGNORECASE)

# --- slots ---------------------------------------------------------------------------------

BY_AGENT = re.compile(r"\s+by\b")
LOCAL_SECURITY = re.compile(
    r"\b(?:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+)?(?i:provincial\s+|city\s+|county\s+)?"
    r"(?i:state\s+)?(?i:security)\s+(?i:department|bureau|agency|office)\b"
)
NOT_STATE_SECURITY = re.compile(r"\bSocial\s+Security\b", re.IGNORECASE)
POLICE = re.compile(r"\bpolice\b", re.IGNORECASE)
# The nationality adjectives of the countries North Koreans are caught in, and the gazetteer
# id of each country ("Chinese police detained", "detained by Laotian police").
FOREIGN_ADJECTIVE_PLACES = {"chinese": "china", "laotian": "laos", "lao": "laos",
                            "thai": "thailand", "vietnamese": "vietnam", "mongolian": "mongolia",
                            "russian": "russia", "cambodian": "cambodia", "burmese": "myanmar"}
_NATIONALITY = r"(?:Chinese|Laotian|Lao|Thai|Vietnamese|Mongolian|Russian|Cambodian|Burmese)"
FOREIGN_POLICE = re.compile(
    rf"\b(?P<adjective>{_NATIONALITY})\s+(?:police|authorities|security|public\s+security|"
    r"border\s+(?:guards?|police)|officials|detention|prisons?|jails?|immigration)\b",
    re.IGNORECASE,
)
# "detained in the country": the country the report is about
THE_COUNTRY = re.compile(r"\b(?:in|within|inside)\s+the\s+country\b", re.IGNORECASE)
# "near the Tumen river": a river named after a town is not the town
RIVER_AFTER = re.compile(r"\s+rivers?\b", re.IGNORECASE)
# "recently released prisoners said": a release naming a person, not telling an event
NEWLY = re.compile(r"\b(?:recently|newly)\s+$", re.IGNORECASE)
# The one held, before "has been held": "A missionary, 58, has been held", "he was held"
HELD_SUBJECT = re.compile(
    r"(?:\b(?P<pronoun>he|she)|\b(?P<word>[\w'’-]+)),?(?:\s+\d+,)?\s+"
    r"(?:(?P<who>who\s+)?(?:(?:has|have|had|is|are)\s+)*)$", re.IGNORECASE)
# The one released, right after the verb: "released him"
OBJECT_PRONOUN = re.compile(r"\s+(?:him|her|them|me|us)\b", re.IGNORECASE)
# Figures: counts of prisoners (or of people "held"), and who gives them
PRISONER_NOUNS = frozenset({"prisoners", "inmates", "detainees"})
PEOPLE_NOUNS = frozenset({"people", "persons"})
# "he saw at least ten executions": a count of the acts counts the people they befell
ACT_NOUNS = frozenset({"executions", "hangings", "killings", "deaths", "arrests"})
POLITICAL = re.compile(r"political", re.IGNORECASE)
# Articles, dropped before a source's name ("the UN"); a pronoun alone names no source
ARTICLES = frozenset({"a", "an", "the"})
NO_SOURCE_WORDS = frozenset({"we", "he", "she", "they", "it", "i", "you", "this", "that"})
# Kinds of abuse named in a list ("killings, disappearances, arbitrary detentions and arrests")
ABUSE_NOUN = re.compile(
    r"\b(?:(?:extrajudicial\s+|public\s+)?(?:killings|executions)|disappearances|"
    r"(?:arbitrary\s+)?(?:detentions?|arrests)|torture|rapes?|starvation|abductions|"
    r"imprisonment|forced\s+labou?r|sexual\s+violence|forced\s+abortions?|beatings)\b",
    re.IGNORECASE)
# ... unless someone tells of suffering them ("spoke about their experiences of torture, ...")
SUFFERED = re.compile(r"\b(?:experienc\w*|suffered|endured|underwent|subjected)\b",
                      re.IGNORECASE)
# A count of some of a group: "Seven of the nine (women)", "three of them"
PARTITIVE_COUNT = re.compile(r"\bof\s+(?:the|them|these|those|us)\b", re.IGNORECASE)
# "by officials of the": the agent a body name follows
BY_BEFORE = re.compile(r"\bby\s+(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)
# A bare plural a relative clause describes, at the start of a clause: "North Koreans who"
WHO_BEFORE = re.compile(r"\bwho\s+$")
WHO_WORD = re.compile(r"\bwho\b", re.IGNORECASE)
# "One woman interviewed in March 2024 stated ...": when the speaker was heard
HEARD = re.compile(r"\b(?:interviewed|surveyed|contacted|reached|questioned\s+by)\b",
                   re.IGNORECASE)
THAT_WORD = re.compile(r"\bthat\b", re.IGNORECASE)
WHO_AUX = re.compile(r"\b(?P<who>who\s+)(?:(?:had|has|have|were|was|are|is)\s+)?(?:been\s+)?$")
CLASS_WHO = re.compile(
    r"(?P<lead>[,;:(\-–—]\s*|\b(?:and|or|that|all|most|many|said|says|say|reported)\s+)?"
    r"(?:[A-Z][a-z]+\s+)?"
    r"(?P<noun>[A-Za-z]+s|[Ww]omen|[Mm]en|[Cc]hildren|[Pp]eople)\s+who\s+$")
# South Korea's authorities acting: detention by another state than North Korea
OTHER_STATE = re.compile(
    r"\b(?:(?:south\s+korean|japanese|u\.?s\.?|american)\s+(?:police|prosecutors?|authorities|"
    r"investigators|courts?|intelligence|federal\s+agents|fbi)|"
    r"(?:seoul|tokyo|busan|incheon)\s+(?:\w+\s+){0,2}?(?:police|prosecutors?|(?:district\s+)?court)|"
    r"(?:south\s+korea|japan|the\s+u\.?s\.?|the\s+united\s+states)(?:'s|’s)\s+(?:spy\s+agency|police|"
    r"prosecutors?|authorities|intelligence|courts?)|"
    r"(?:south\s+korea|japan)\s+(?=(?:arrests?|arrested|detains?|detained|jails?|jailed|"
    r"indicts?|indicted|sentences?|sentenced)\b)|"
    r"national\s+intelligence\s+service\s+(?:arrested|detained|questioned))\b",
    re.IGNORECASE)
# "according to South Korean intelligence", "U.S. officials said": a source, not the actor
AS_SOURCE = re.compile(r"\b(?:according\s+to|citing|quoting|cited\s+by)\s+(?:the\s+)?$",
                       re.IGNORECASE)
# "South Korea's spy agency said ...": told right after the body, its words (matched there)
SOURCE_AFTER = re.compile(r"(?:'s)?\s+(?:\w+\s+)?(?:said|says|reported|told|believes?|"
                          r"estimated?)\b", re.IGNORECASE)
# "the bodies of prisoners who died": a bare plural the act befell, uncounted
PLURAL_WHO = re.compile(r"\b(?:prisoners|inmates|detainees|people|women|men|returnees|others)\s+"
                        r"(?:who\s+(?:had\s+)?)?$", re.IGNORECASE)
# (also "saw inmates die": a bare plural right before the act)
# "The Commission heard from several former prisoners": those a report heard, no event
HEARD_FROM = re.compile(r"\b(?:heard\s+(?:testimony\s+)?from|spoke\s+(?:with|to)|interviewed|met\s+"
                        r"with)\s+(?:[\w-]+\s+){0,3}?$", re.IGNORECASE)
# "The report is based on interviews with 22 former detainees who were held ...": whom a
# report draws on, not an event it tells
SOURCES_OF_REPORT = re.compile(
    r"\b(?:based\s+on|draws?\s+on|drawn\s+from|relies\s+on|drew\s+on)\s+(?:[\w-]+\s+){0,5}?"
    r"(?:interviews?|testimon(?:y|ies)|accounts?|conversations?)\s+(?:with|of|from|by)\b",
    re.IGNORECASE)
# "unconfirmed reports of executions in other regions": events spoken of, none told
REPORTS_OF = re.compile(
    r"\b(?:reports?|cases|allegations?|accounts?|rumou?rs?|information)\s+(?:of|about|on)\s+"
    r"(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE)
# An interviewer's question and the answer that names where: "Where were you taken?"
# "A: To the holding centre in Onsong."
ASKED_WHERE = re.compile(
    r"\bwhere\s+(?:were|was|did)\s+(?:(?P<one>you|he|she)|they|we)\s+(?:\w+\s+)?"
    r"(?:(?P<moved>moved|move|transferred|transfer)|taken|take|sent|send|brought|bring|held|"
    r"hold|detained|kept|keep|serve|served|imprisoned|jailed)\b",
    re.IGNORECASE)
ASKED_WHEN = re.compile(
    r"\bwhen\s+(?:were|was|did)\s+(?P<who>(?P<one>you|he|she)|they|we)\b", re.IGNORECASE)
ANSWER_TO = re.compile(
    r"(?:[A-Z][\w.]{0,11}(?: [A-Z][\w.]{0,11})?\s*:\s*)?(?P<to>[Tt]o|[Ii]n|[Aa]t)\s")
# "will release them if the talks succeed": an announcement on a condition
CONDITION = re.compile(r"\b(?:if|unless|provided\s+that|on\s+condition\s+that)\b",
                       re.IGNORECASE)
# "South Korea's National Intelligence Service said": whose institution, not where
INSTITUTION_AFTER = re.compile(
    r"['’]s\s+(?:[\w-]+\s+){0,2}?(?:intelligence|ministry|government|agency|service|"
    r"media|president|lawmakers|parliament|assembly|embassy|news|spy|foreign|unification)\b",
    re.IGNORECASE)
# "Pyongyang has refused to confirm", "Seoul said": a city speaking for its government
SPEAKS_FOR_STATE = re.compile(
    r"\s+(?:has\s+|have\s+|had\s+)?(?:said|says|refused|refuses|denied|denies|claimed|claims|"
    r"announced|insisted|insists|accused|warned|rejected|demanded|confirmed|acknowledged|"
    r"admitted|maintains|responded|threatened|vowed|urged|called|calls|branded|termed)\b",
    re.IGNORECASE)
# what joins two places of one statement: "Pyongyang and in Ryanggang", "Onsong and Sinuiju"
COORDINATED = re.compile(r"(?:\s+(?:province|county|city))?,?\s+(?:and|or)\s+(?:in\s+|at\s+)?"
                         r"(?:the\s+)?", re.IGNORECASE)
FOREIGN_ADJECTIVE = re.compile(rf"\b{_NATIONALITY}\b")
DESTINATION = re.compile(
    r"\b(?:to|for|into|toward|towards|reached|reaching|settled\s+in|arrived\s+in|arriving\s+in|"
    r"arrives?\s+in|landed\s+in)\s+(?:the\s+)?$",
    re.IGNORECASE)
# "He also received reports that ...", "In a separate case, ...": a sentence opening a case of
# its own, which takes no place from the one before
NEW_CASE = re.compile(r"\b(?:also\s+(?:received|reported|documented|learned|heard|recorded)|"
                      r"separately|in\s+(?:a\s+)?(?:separate|another|other|an\s+unrelated)\s+"
                      r"(?:case|incident)s?|"
                      # "Another defector testified that ...": another witness's case
                      r"another\s+(?:defector|witness|interviewee|former\s+\w+|woman|man)\s+"
                      r"(?:testified|said|stated|told|recalled|reported))\b", re.IGNORECASE)
# "arrested in Yanbian earlier that month": in the month of the date told before
EARLIER_THAT = re.compile(r"\bearlier\s+(?:that|the\s+same)\s+(?P<unit>week|month|year)\b",
                          re.IGNORECASE)
# "Two of the executed were women": a participle used as a noun after "of the"
OF_THE = re.compile(r"\b(?:of|among)\s+the\s+$", re.IGNORECASE)
# "officials of the Ministry of People's Security": members of a body
MEMBERS_OF = re.compile(r"\b(?:officials|members|cadres|employees|staff|officers|agents|"
                        r"personnel|heads?|chiefs?|directors?|deputies),?\s+(?:\w+\s+)?(?:of|from)\s+"
                        r"(?:the\s+)?$", re.IGNORECASE)
# "including two Ministry of Social Security officers, were arrested": counted members
COUNTED_BEFORE = re.compile(r"\b(?:including|among\s+them|an?|one|two|three|four|five|six|"
                            r"seven|eight|nine|ten|several|some|\d{1,3})\s+$", re.IGNORECASE)
MEMBERS_AFTER = re.compile(r"\s+(?:officials|members|cadres|employees|staff|officers?|agents?|"
                           r"official|member|cadre|employee)\b", re.IGNORECASE)
# "... were arrested and sent to": a passive after the subject, whose members it befell
BE_BETWEEN = re.compile(r"\b(?:was|were|been|being)\b", re.IGNORECASE)
# "released by North Korea": the state as the agent, so custody is meant
BY_THE_STATE = re.compile(r"\s+by\s+(?:north\s+korea(?:n\s+authorities)?|the\s+north|"
                          r"pyongyang|the\s+dprk|the\s+(?:north\s+korean\s+)?regime)\b",
                          re.IGNORECASE)
# "..., but notes that ...": a statement set against the one before it
CONTRAST = re.compile(r"(?:,\s*|;\s*|\s)(?:but|whereas|while|although|though)\s|;\s",
                      re.IGNORECASE)
# "sent back to Namyang": a destination where the one held is, for what is told next
CUSTODY_MOVE = re.compile(r"\b(?:sent|taken|transferred|moved|brought|returned|handed\s+over|"
                          r"repatriated|deported)\s+(?:back\s+)?to\s+(?:the\s+)?$",
                          re.IGNORECASE)
# "were held" after "Twelve of the 14 interviewees": a verb whose subject is the part
FINITE_FIRST = re.compile(r"(?:were|was|are|is|had|have|has|been|being)\b", re.IGNORECASE)
# "The rest were sentenced to ...": the others of a group counted just before
THE_REST = re.compile(r"\b(?:the\s+rest|the\s+others|the\s+remaining(?:\s+\w+)?)\s+"
                      r"(?:of\s+them\s+)?(?:were|was|had\s+been|have\s+been)\b", re.IGNORECASE)
# "500 repatriated on Oct. 9 were sent to the camp": the camp is where the next verb took them
THEN_HELD = re.compile(r"\b(?:were|was|had\s+been|been)\s+(?:\w+\s+)?(?:sent|taken|transferred|"
                       r"moved|held|detained|imprisoned|jailed|locked)\b", re.IGNORECASE)
# "She was then sentenced", "Afterwards she was sent": the narrative goes on from before
GOES_ON = re.compile(r"\b(?:then|afterwards|after\s+that|subsequently)\b", re.IGNORECASE)
ITEM_NUMBER = re.compile(r"\(?\d{1,3}[.)]")  # "2." standing as a sentence of its own
# "2. He was held incommunicado ...": a paragraph that opens with the one told of before
PRONOUN_OPENS = re.compile(r"[\W\d]*(?:He|She|They)\s+(?:was|were|had|has|have|is|are)\b")
# "two of those arrested were women": some of the people an event told before befell
PART_OF_THOSE = re.compile(r"\b(?:of|among)\s+(?:those|the\s+people|the\s+ones)\s+$",
                           re.IGNORECASE)
# "as North Korea did", "Similar abuse has been documented in North Korea": a comparison
COMPARED = re.compile(r"\b(?:similar(?:ly)?|likewise|as\s+(?:north\s+korea|pyongyang|the\s+north)|"
                      r"like\s+(?:north\s+korea|pyongyang|those\s+in)|compar(?:ed|able|ison))\b",
                      re.IGNORECASE)
# "a labour camp as Hyesan tightens ...": words that do not put a camp in the place named
# after it ("the camp in Chongjin", "Camp No. 22, Hoeryong" do)
NOT_IN_PLACE = re.compile(r"\b(?:as|and|or|but|while|when|after|before|because|since|to|from|"
                          r"for|with)\b|[;:]", re.IGNORECASE)
# "shot at a stadium in Hoeryong": a public place of the town, not a camp there
VENUE = re.compile(r"\b(?:stadium|airfield|airstrip|market(?:place)?|square|river\s*bank|school|"
                   r"playground|sports\s+ground|town\s+hall|public\s+trial)\b", re.IGNORECASE)
# "trying to reach South Korea via Thailand": a country passed through, not left
VIA = re.compile(r"\b(?:via|through|across)\s+(?:the\s+)?$", re.IGNORECASE)
INTO = re.compile(r"\b(?:to|into)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}$|"
                  r"^(?!.*\bfrom\b).*\b(?:at|in)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}$",
                  re.IGNORECASE)
TO = re.compile(r"\b(?:to|into)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE)
FROM = re.compile(r"\bfrom\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE)
FROM_COUNTRY = re.compile(r"\bfrom\s+(?:the\s+)?$", re.IGNORECASE)
def _trie(words: set[str]) -> str:
    """An alternation of `words` factored by common prefixes, so a position that starts none
    of them fails at once (the regex engine tries alternatives one by one)."""
    if "" in words and len(words) == 1:
        return ""
    heads: dict[str, set[str]] = {}
    for w in words:
        if w:
            heads.setdefault(w[0], set()).add(w[1:])
    branches = [re.escape(h) + _trie(rest) for h, rest in sorted(heads.items())]
    body = "|".join(branches)
    optional = "" in words
    if len(branches) == 1 and not optional:
        return body
    return f"(?:{body})" + ("?" if optional else "")


_ONE_PERSON = _trie(set(PERSON_SINGULAR) - {"korean", "american", "canadian", "australian",
                                              "christian"})
SINGULAR_SUBJECT = re.compile(
    r"\b(?:he|she|i|(?:my|his|her|their|our|[A-Z][\w-]+['’]s)\s+(?:(?:younger|older|elder|"
    r"eldest|youngest|little|big|late|only)\s+)?(?:son|daughter|husband|wife|"
    r"father|mother|brother|sister|uncle|aunt|friend|cousin|neighbou?r|colleague|commander|"
    r"commanding\s+officer|chief|manager|director|boss|supervisor))\b|"
    # "The student was sentenced", "the missionary, 58, has been held": one person
    # "The younger sister died there", "The 22-year-old had been detained"
    r"\bthe\s+(?:(?:[\w'’-]+\s+){0,2}?(?:" + _ONE_PERSON + r")|\d{1,2}-year-old)"
    r"(?:,[^,]{1,40},)?\s+(?:(?:who\s+)?(?:was|is|has|had)(?:\s+been)?\s+(?:\w+\s+){0,2})?$|"
    # "the guards forced her to undergo an abortion": one person made to suffer it
    r"\b(?:forced|made|compelled|ordered)\s+(?:him|her|me)\s+to\s+$|"
    # "One of the women was so badly beaten": one of a group
    r"\bone\s+of\s+(?:the|them|those|these|his|her|their)\b(?:\s+[\w'’-]+){0,2}\s+"
    r"(?:(?:was|had\s+been|has\s+been)\s+(?:\w+\s+){0,3})?$|"  # "One of them [was] shot"
    # "a Korean-American pastor who was detained": one person the clause is about
    r"\b(?:" + _ONE_PERSON + r")\s+who\s+(?:was|is|has|had)(?:\s+been)?\s+(?:\w+\s+)?$",
    re.IGNORECASE)
PAIR_SUBJECT = re.compile(
    r"\b[A-Z][a-z]+(?:-[a-z]+)?\s+and\s+[A-Z][a-z]+(?:-[a-z]+)?\s+"
    r"(?:were|had\s+been|have\s+been)\s+(?:\w+\s+)?$|"
    # "his mother and brother were executed": two relatives
    r"(?i:\b(?:his|her|their|my)\s+(?:mother|father|wife|husband|son|daughter|brother|sister|"
    r"uncle|aunt|grandmother|grandfather)\s+and\s+(?:(?:his|her|their|my|the)\s+)?(?:(?:older|"
    r"younger|elder)\s+)?(?:mother|father|wife|husband|son|daughter|brother|sister|uncle|aunt|"
    r"grandmother|grandfather|neighbou?r|friend|colleague)\s+(?:(?:were|had\s+been|have\s+been|"
    r"remain|remained)\s+(?:\w+\s+)?)?)$|"
    # "The couple were arrested": two people
    r"(?i:\b(?:the|a|an)\s+(?:[\w-]+\s+)?couple\s+(?:who\s+)?(?:were|was|had\s+been|have\s+been)"
    r"\s+(?:\w+\s+)?)$")
# "Warmbier was detained", "Mr. Pak was sent" (a capitalised name as the subject)
NAMED_SUBJECT = re.compile(
    r"\b(?:Mr|Ms|Mrs|Dr|Pastor|Rev)\.?\s+[A-Z][\w-]+|"
    # "Kim Hye-sook spent 28 years in ...", "Chol-ho was sent to ...": a Korean name, with or
    # without the family name, right before the verb
    r"\b(?:[A-Z][a-z]+\s+)?[A-Z][a-z]+-[a-z]+(?:,[^,]{1,40},)?\s+(?:(?:was|were|is|has|had)"
    r"(?:\s+been)?\s+(?:\w+\s+)?)?$|"
    r"(?<![.!?]\s)\b(?!(?:They|We|It|This|That|These|Those|There|Some|Many|Most|All|Both|"
    r"Others|Authorities|Officials|Police|Guards|Prisoners|Detainees|Women|Men|People)\b)"
    r"[A-Z][a-z]+(?:[\s-][A-Z][a-z]+(?:-[a-z]+)?){0,2}(?<!ans)(?<!ese)"  # not "The North Koreans"
    r",?\s+(?:(?:now\s+|aged\s+)?\d{2},\s+)?"
    r"(?:\([^()]{0,60}\)\s+)?(?:(?<=,\s)(?:a|an|the)\s[^,]{1,50},\s+)?"
    r"(?:who\s+)?(?:was|is|has|had)(?:\s+been)?\s+(?:\w+\s+)?$"
)
# "sentenced him", "tried Jang", "beat me": one person as the object of the verb
SINGULAR_OBJECT = re.compile(
    r"^[^.;:]{0,90}?\b(?:(?:beat|beaten|sentenced|tried|executed|arrested|detained|freed|pardoned|"
    r"released|convicted|tortured|took|kicked|hit|slapped|whipped|raped|interrogated|questioned|"
    r"punished|kept|let|held|sent|handed|moved|transferred|put|locked|brought|dragged|"
    r"deprived|gave|subjected|assaulted|forced|made|compelled|"
    r"shot|hanged)\s+(?:him|her|me|"
    r"(?:an?\s+(?:[\w'’.-]+\s+){0,4}?(?=(?:" + _ONE_PERSON + r")\b)|"
    r"(?:the|his|her|their|my|our)\s+(?:[\w'’-]+\s+){0,2}?)(?:" + _ONE_PERSON +
    r"|uncle|aunt|cousin|friend|neighbou?r|colleague)\b(?!\s+and\b)|"
    r"(?-i:[A-Z][a-z]+(?:\s[A-Z][a-z]+(?:-[a-z]+)?)?"
    r"(?!\s+(?:Court|Province|County|City|Camp|Security|Ministry|Department))))\b)",
    re.IGNORECASE)
# "a family of five", "a group of 30": the count after "of" counts people
GROUP_OF = re.compile(r"\b(?P<word>family|group|party|household)\s+of\s+$", re.IGNORECASE)
# "with about 100 others", "with thirty other North Koreans": the subject and the others
WITH_OTHERS = re.compile(r"\bwith\s+(?:(?:about|around|some|maybe|perhaps|roughly|nearly|"
                         r"approximately|another)\s+)?$", re.IGNORECASE)
OTHERS_AFTER = re.compile(r"\s+others\b|\s+other\s", re.IGNORECASE)
# "Nine interviewees said they were beaten": the speakers are the victims
SPEAKERS_ARE_VICTIMS = re.compile(
    r"\s+(?:\w+\s+){0,2}?(?:said|told\s+(?:the\s+)?\w+|reported|stated|described|recalled|"
    r"testified)\s+(?:(?:that\s+)?(?:they|both)(?!\s+(?:had\s+|have\s+)?(?:seen|saw|witnessed|"
    r"watched|heard)\b)|being|having\s+been)\b", re.IGNORECASE)
# "The detainees were", "the group was", "The October victims were": a group told of before
DEFINITE_GROUP = re.compile(
    r"\b(?P<noun>they)\s+(?:were|had\s+been|have\s+been|are\s+(?:now\s+|still\s+)?being)\s+"
    r"(?:\w+\s+)?$|"
    r"\b(?:the|these|those)\s+(?:[A-Z]\w+\s+)?(?P<noun2>detainees|returnees|victims|prisoners|"
    r"escapees|defectors|deportees|refugees|brokers|group|family|families|women|men|people|"
    r"North\s+Koreans|Koreans|students|believers|christians|workers|smugglers|traders|"
    r"officials|cadres|residents|citizens|teenagers|missionaries|pastors|journalists|fishermen|"
    r"farmers|soldiers|suspects|defendants|accused|convicts|inmates)"
    # "The officials, who had been charged with corruption, were shot", "The group, which
    # included a girl, was taken", "The women, all in their 40s, had been arrested"
    r"(?:,\s+(?:(?:who|whom|which)\b[^,;]{0,100}|[^,;]{1,40}),)?"
    r"(?:\s+\w+){0,5}?(?:\s+(?:were|was|had\s+been|have\s+been|are\s+(?:now\s+)?being)"
    r"(?:\s+\w+){0,2})?\s+$", re.IGNORECASE)
# "raped by a guard", "aged 12 and 15", "including a boy", "which included a girl": a count of
# the doers, an age or a part of the group, not of the victims
AGENT_OR_AGE = re.compile(r"\b(?:by|aged|ages?|including|(?:which|that|who)\s+included|"
                          r"among\s+(?:them|whom)(?:\s+(?:were|was))?|"
                          r"(?:in\s+)?front\s+of|attended\s+by|"
                          r"all\s+but|except|apart\s+from|"
                          r"watched\s+by)\s+(?:at\s+least\s+|about\s+|some\s+|an\s+estimated\s+)?"
                          r"(?:\d+\s*(?:and|to|or|,|-)\s*)?$", re.IGNORECASE)
# "2,000 residents were mobilised to watch the execution": a count of spectators
SPECTATORS_AFTER = re.compile(
    r"\b(?:(?:were|was|had\s+been)\s+(?:\w+\s+)?(?:mobili[sz]ed|forced|made|gathered|ordered|"
    r"summoned|called|brought|assembled)\s+to\s+(?:watch|attend|witness|see|observe)|"
    r"gathered\s+to\s+(?:watch|see)|(?:watched|attended|witnessed)\s+(?:the|a|an)\s+"
    r"(?:public\s+)?(?:execution|trial|shooting|hanging))\b", re.IGNORECASE)
# "five women and two men", "two men in their 40s and a woman": counts of one group
JOINED_COUNT = re.compile(r"(?:\s+in\s+their\s+\w+)?,?\s+and\s+", re.IGNORECASE)
# "my mother, my two brothers and I": one person listed beside a count, before or after it
_ONE_OF_KIN = (r"(?:(?:(?i:my|his|her|their|our|the|(?:the\s+)?\w+['’]s))\s+"
               r"(?:(?:younger|older|elder|little|baby|\d{1,2}-year-old)\s+)?"
               r"(?:mother|father|wife|husband|son|daughter|brother|sister|grandmother|"
               r"grandfather|uncle|aunt|child|baby)|I|me)")
# "my mother, my younger brother and I were taken": the last of single people listed
ONE_BEFORE_VERB = re.compile(rf"\b{_ONE_OF_KIN}\s+(?:were|had\s+been|have\s+been|are)\s+"
                             r"(?:\w+\s+)?$")
ONE_JOINED_BEFORE = re.compile(rf"\b{_ONE_OF_KIN}(?:,\s*|,?\s+and\s+)"
                               r"(?:(?:my|his|her|their|our)\s+)?$")
ONE_JOINED_AFTER = re.compile(rf"(?:,\s*(?:then\s+)?aged\s+[0-9]+(?:\s*(?:,|and|-)\s*[0-9]+)*)?"
                              rf"(?:,\s*|,?\s+and\s+){_ONE_OF_KIN}\b")
# "more than 100 first-hand interviews with women": a count of accounts of as many people
ACCOUNT_NOUNS = frozenset("interviews testimonies accounts".split())
WITH_PEOPLE = re.compile(r"\s+(?:with|from|of)\s+(?:[\w-]+\s+){0,2}?(?:women|men|people|persons|"
                         r"defectors|returnees|former|survivors|victims|witnesses)\b",
                         re.IGNORECASE)
# "re-arrested": another occurrence than the first
AGAIN = re.compile(r"\bre-?(?:arrest|detain|imprison|captur)\w*|"
                   r"\b(?:arrested|detained|caught|captured|imprisoned|jailed|sent\s+back|"
                   r"repatriated)\s+(?:\w+\s+){0,2}?(?:again|a\s+second\s+time|once\s+more)\b|"
                   r"\b(?:second|third|another)\s+(?:arrest|detention|repatriation)\b",
                   re.IGNORECASE)
# "Two other defendants were tried at the same session": told as part of the one before
SAME_OCCASION = re.compile(r"\b(?:at|in|during)\s+the\s+same\s+(?:session|trial|hearing|rally|"
                           r"meeting|ceremony)\b", re.IGNORECASE)
OTHER = re.compile(r"\bother\b", re.IGNORECASE)
# "a 19-year-old in the same city", "another woman": someone else than the one told before
ANOTHER_CASE = re.compile(r"\b(?:in|from)\s+the\s+same\s+(?:city|town|county|province|area|region|"
                          r"village|district|neighbou?rhood)\b|\banother\s+(?:man|woman|person|"
                          r"resident|student|defector|prisoner|case|returnee|teenager|detainee|"
                          r"inmate|witness|interviewee)\b|"
                          # "A third said guards had ...": the next of several witnesses
                          r"\ban?\s+(?:second|third|fourth|fifth)(?:\s+\w+)?\s+(?:said|told|"
                          r"stated|testified|recalled|described)\b|"
                          # "A third prisoner died during the transfer"
                          r"\ban?\s+(?:second|third|fourth|fifth)\s+(?:prisoner|inmate|detainee|"
                          r"man|woman|person|defector|escapee|returnee)\b",
                          re.IGNORECASE)
# "were told": those told, not those telling
PASSIVE_BE = re.compile(r"\b(?:was|were|been|being)\s+$", re.IGNORECASE)
# "the two", "The three": a definite number of people
THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
UNIT_NOUNS = frozenset("""years year months month weeks week days day hours hour times percent
    per cent km kilometres kilometers miles metres meters""".split())
POSSESSIVE = re.compile(r"\b(?:his|her|my)\s+$", re.IGNORECASE)
# "her release", "before the execution": an event named as told elsewhere
OWNER = re.compile(r"\b(?:his|her|their|its|my|our)\s+$|"
                   r"\b(?:before|after|until|since|following|during)\s+the\s+$", re.IGNORECASE)
# "Twelve of the 14 interviewees": the 14 is the whole, not those it happened to
PARTITIVE_TOTAL = re.compile(
    r"\b(?:[0-9][0-9,]*|[a-z]+teen|[a-z]+ty|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|several|some|most|many|all|few|none|each|half)\s+of\s+"
    r"(?:the\s+|these\s+|those\s+)$", re.IGNORECASE)

# --- figures -------------------------------------------------------------------------------

FIGURE_CUE = re.compile(
    r"\b(?:estimated?|estimates?|population|held\s+in|detained\s+in|imprisoned\s+in|"
    r"there\s+(?:are|were)|hold(?:s|ing)?|house[sd]?|each\s+year|every\s+year|a\s+year|"
    r"per\s+year|annually|(?:recorded|documented|tallied|counted)\s+(?:between|from|since|"
    r"over|during)|over\s+the\s+(?:previous|past|last)\s+(?:\w+\s+)?(?:decades?|years))\b",
    re.IGNORECASE)
# "Three Christians in Sinuiju - a woman ..., her husband and a neighbour -": members listed
# between dashes or brackets after the count of their group
APPOSITION_OPEN = re.compile(r"(?:\s+(?:in|from|of)\s+[A-Z][\w'’-]*)?\s*(?:\s[-–—]|\()\s*")
APPOSITION_CLOSE = re.compile(r"\s[-–—]\s|\)")
# "She learned of the execution only last year": news of an event, not the event
LEARNED_OF = re.compile(r"\b(?:learned|learnt|heard|told|found\s+out|knew|know|informed|"
                        r"notified)\s+(?:only\s+)?(?:of|about)\s+(?:the|his|her|their)\s+"
                        r"(?:[\w-]+\s+)?$", re.IGNORECASE)
# "an amnesty announced on the anniversary of Kim Il Sung's birthday": a state occasion, which
# makes an amnesty or release a particular one
OCCASION = re.compile(r"\b(?:anniversary|birthday|day\s+of\s+the\s+sun|day\s+of\s+the\s+shining\s+"
                      r"star|party\s+foundation\s+day|liberation\s+day|victory\s+day)\b",
                      re.IGNORECASE)
# "during a visit to Rason": the place visited is where it happened
VISIT_TO = re.compile(r"\b(?:visits?|trips?|journeys?|tours?)\s+to\s+(?:the\s+)?$", re.IGNORECASE)
# "said Monday", "told reporters on Friday": a time right after a reporting verb
SAID_JUST_BEFORE = re.compile(r"\b(?:said|says|told\s+(?:\w+|(?-i:[A-Z][\w.'’]*)(?:\s+"
                              r"(?-i:[A-Z][\w.'’]*)){1,3})|reported|announced|added)\s+"
                              r"(?:on\s+)?$", re.IGNORECASE)  # "told Daily NK on Monday"
# "a labour training camp in Kyongsong": a kind of camp, then "in" and a place's name
KIND_IN = re.compile(r"\b(?:[\w-]+\s+){1,3}?(?:in|near|at|of)\s+$", re.IGNORECASE)
# "the detention of North Korean women in China": an act named for a class, uncounted
OF_A_CLASS = re.compile(r"\s+of\s+(?:north\s+korean\s+|[a-z]+\s+)?(?:women|men|people|"
                        r"defectors|refugees|escapees|prisoners|detainees|returnees|children|"
                        r"christians|workers|north\s+koreans)\b", re.IGNORECASE)
# "released by North Korea": a country right after "by" is the one that acted
AGENT_BY = re.compile(r"\bby\s+$", re.IGNORECASE)
# "fear they will face torture, sexual violence and ...": a threat governs the list it heads
THREATENED = re.compile(r"\b(?:face|facing|faces|risk|risks|risking|fear|fears|feared)\s+"
                        r"(?:[\w'’-]+,?\s+(?:and\s+|or\s+)?){0,8}$", re.IGNORECASE)
# "A decree ... was issued granting a special amnesty": an amnesty ordered by decree
DECREE = re.compile(r"\bdecree\b", re.IGNORECASE)
# "a police holding facility in Onsong": one the police run, not state security's there
POLICE_RUN = re.compile(r"\b(?:police|social\s+security|people['’]?s\s+security|"
                        r"public\s+security|safety(?:\s+(?:agency|department|bureau))?|"
                        r"anjeon\w*|boan\w*)\s+$", re.IGNORECASE)
STATE_RUN = re.compile(r"\b(?:state\s+security|bowibu|mss|ssd)\b", re.IGNORECASE)
# "I saw a pregnant woman forced to ...": what befell another, told by a witness who saw it
WITNESS_SAW = re.compile(r"\b(?:I|we)\s+(?:also\s+|once\s+|often\s+)?(?:saw|watched|witnessed|"
                         r"(?:have|had)\s+seen)\b")
# "HANOI, 17 April 2024 —", "CINCINNATI (Reuters) -": what follows a dateline's city
DATELINE_AFTER_PLACE = re.compile(r"(?:,\s*[A-Z][\w .]{0,30})?(?:,\s*|\s*(?=\())")
AGENCY_DASH = re.compile(r"\s*\([^)\n]{1,40}\)\s*(?:--|—|–|-)")
# "three months in the police detention center": a place of custody before trial
PRE_TRIAL_KIND = re.compile(r"\b(?:(?:holding|detention|interrogation|pre-?trial)\s+"
                            r"(?:cent(?:er|re)|facilit(?:y|ies)|cells?)|kuryujang|jipkyulso|"
                            r"collection\s+cent(?:er|re)|(?:was|were)\s+interrogated)\b",
                            re.IGNORECASE)
# "The tribunal was held on Thursday": the event just told, named again by its noun
EVENT_NAMED_AGAIN = re.compile(
    r"[\W_]*the\s+(?:(?:special|military|public|summary|secret|court|mass)\s+){0,2}(?:trial|"
    r"tribunal|hearing|execution|executions|amnesty|pardon|sentencing)\s+(?:was|were|had\s+"
    r"been|took\s+place|itself)\b", re.IGNORECASE)
# the organisation "Amnesty" may name once it has named itself in full
ORGANISATION_NAMED = re.compile(r"\bAmnesty\s+International\b")
# "A: I was caught at the river.": an answer in an interview
ANSWER_LINE = re.compile(r"^[ \t]*(?:A|Answer)[ \t]*:", re.MULTILINE)
# "A man in the next cell was beaten": someone else than the witness telling it
SOMEONE_ELSE = re.compile(r"[\W_]*(?:A:\s*)?(?:a|an|another|one|some)\s+(?:\w+\s+)?(?:man|woman|"
                          r"prisoner|inmate|detainee|girl|boy|person|cellmate)\b",
                          re.IGNORECASE)
# "I served two years": the stay just told, its length
SERVED = re.compile(r"\b(?:served|serving)\b", re.IGNORECASE)
# "Mr. Ri", "Ms Kim": a person named by title
TITLED_NAME = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+[A-Z][\w'’-]+")
# "about 40 residents were rounded up ...; most were released": an uncounted part of them
PART_SUBJECT = re.compile(r"\b(?:most|some|many|others)(?:\s+of\s+them)?\s+(?:were|had\s+been|"
                          r"have\s+been|are)\s+(?:\w+\s+)?$", re.IGNORECASE)
# "in areas hit by floods in July": the date of what struck, before the event
STRUCK_BY = re.compile(r"\b(?:hit|struck|affected|damaged|devastated|ravaged|flooded)\s+by\s+"
                       r"(?:the\s+)?(?:[\w-]+\s+)?[\w-]+\s+$", re.IGNORECASE)
# "In August 2016 I heard that he had been sent ...": the date of learning it
LEARNING = re.compile(r"\b(?:heard|learned|learnt|found\s+out|(?:was|were)\s+told|said|told)\b",
                      re.IGNORECASE)
# "escaped to China in 2005, but was caught": where the one caught had fled to
ESCAPED_TO = re.compile(r"\b(?:escaped|fled|crossed|defected|went|ran\s+away)\s+(?:again\s+)?"
                        r"(?:in)?to\s+(?:the\s+)?$", re.IGNORECASE)
# "South Korea on Thursday deported ...": words between a subject and its verb
SUBJECT_GAP = re.compile(r"\s*(?:(?:on\s+\w+|last\s+\w+|this\s+\w+|yesterday|today|earlier|"
                         r"also|reportedly|quietly|forcibly|has|have|had)\s+)*", re.IGNORECASE)
# "the Kaechon facility": a place, then a word for any facility
THE_BEFORE_PLACE = re.compile(r"\bthe\s+$", re.IGNORECASE)
GENERIC_FACILITY_AFTER = re.compile(r"\s+(?:facility|camp|prison|centre|center)\b",
                                    re.IGNORECASE)
# "to replace workers who had died": people named by an event the report tells elsewhere
REPLACING_THOSE = re.compile(r"\b(?:replace|replacing|replaced|in\s+place\s+of)\s+(?:the\s+)?"
                             r"(?:[\w-]+\s+){0,2}(?:who|that)\s+(?:had\s+)?$", re.IGNORECASE)
# "the wife and two children of a senior official": whose relatives they are, no victim
KIN_OF = re.compile(r"\b(?:wife|wives|husband|husbands|children|child|sons?|daughters?|"
                    r"famil(?:y|ies)|relatives?|parents|mother|father|brothers?|sisters?|"
                    r"grandchildren|members)\s+of\s+$", re.IGNORECASE)
# "Park Chol-min", "Chol-ho": a Korean given name, which tells one person from another
GIVEN_NAME = re.compile(r"\b[A-Z][a-z]+-[a-z]+\b")
# "after serving his term": the stay told before, named as someone's
SERVED_OWN = re.compile(r"serv(?:ed|ing)\s+(?:his|her|their|my|our)\s+(?:full\s+)?"
                        r"(?:[\w-]+\s+)?(?:term|sentence)", re.IGNORECASE)
# "about a fifth of the people in my village died": a part of a group, uncounted
FRACTION_OF = re.compile(r"\b(?:(?:a|one|two|three)\s+(?:half|third|quarter|fifth|tenth)s?|half|"
                         r"most|some|many|much|part)\s+of\s+$", re.IGNORECASE)
# "the Database Center for North Korean Human Rights": a body's name, no facility
NAMED_BODY_AFTER = re.compile(r"\s+(?:for|of|on)\s+(?:the\s+)?[A-Z]")
# "Kim (male, 45)": the sex before an age in a list entry
SEX_BEFORE = re.compile(r"\((?:male|female|m|f|man|woman),\s*$", re.IGNORECASE)
# "moved to Camp 14 in Kaechon, while some were released": a parallel clause of others
WHILE_CONTRAST = re.compile(r",?\s+(?:while|whereas)\s", re.IGNORECASE)
# "Those sentenced to prison terms were sent to ...": the ones a sentence just told imprisoned
THOSE_SENTENCED = re.compile(r"[\W_]*(?:those|the\s+others|the\s+rest)\s+(?:who\s+were\s+)?"
                             r"sentenced\b", re.IGNORECASE)
# "..., adding that the others are awaiting transfer to the Kaechon kyohwaso": others' place
THE_OTHERS = re.compile(r"\bthe\s+(?:others|rest|remaining)\b", re.IGNORECASE)
# "sent to labour training camps or re-education camps": a kind of camp a term is served in
CAMP_TERM = re.compile(r"\b(?:labou?r\s+(?:training\s+)?camps?|re-?education\s+camps?|"
                       r"(?:political\s+)?prison\s+camps?|(?:kyo|gyo)-?hwa-?so|kwan-?li-?so|"
                       r"rodong\s+danryeondae)\b", re.IGNORECASE)
# "has been held for more than a week": a stay that goes on up to the report
HELD_SO_FAR = re.compile(r"\b(?:has|have)\s+(?:now\s+|already\s+)?been\s+(?:held|detained|"
                         r"imprisoned|kept|jailed)\b[^.;]*$", re.IGNORECASE)
# "One of them, a woman in her 50s, ...": a paragraph about people told of before
STORY_GOES_ON = re.compile(r"[\W\d]*(?:(?:one|two|three|some|most|several|many|all|none)\s+of\s+"
                           r"them|they|he|she|the\s+others|the\s+rest)\b", re.IGNORECASE)
# "were sentenced, including two who were sentenced to death": a sentence of death, and no
# prison term in the sentence ("five to 15 years", "life", "hard labour")
TO_DEATH = re.compile(r"\bto\s+death\b", re.IGNORECASE)
PRISON_TERM = re.compile(r"\b(?:years?|months?|life|hard\s+labou?r|reform\s+through\s+labou?r|"
                         r"prison\s+terms?)\b", re.IGNORECASE)
# "a public trial ... at which at least 11 people were sentenced": those the event befell
AT_WHICH = re.compile(r"\b(?:at|in|during)\s+which\s+$", re.IGNORECASE)
# "two who were sentenced to death and ": a count, then the relative clause of the trigger
WHO_THEN = re.compile(r"\s+who\s+[^,;.]*", re.IGNORECASE)
# "not released until her family paid": it happened, later
NOT_UNTIL = re.compile(r"\s+(?:\w+\s+){0,3}?until\b", re.IGNORECASE)
# "the prisons", "the political prison camps": several, after a "the camp" match
PLURAL_AFTER = re.compile(r"s\b|\s+(?:camps|prisons|centres|centers|facilities)\b",
                          re.IGNORECASE)
# "about 2,000 of them died each year", "executes some 100 people a year": a rate, a figure
FIGURE_RATE = re.compile(r"\b(?:each|every|a|per)\s+(?:year|month)\b|\bannually\b|"
                         # "... executions were recorded between 2000 and 2020": a tally
                         r"\b(?:recorded|documented|tallied|counted)\s+(?:between|from|"
                         r"since|over|during)\b|"
                         # "had perished in the camps over the previous five decades"
                         r"\bover\s+the\s+(?:previous|past|last)\s+(?:\w+\s+)?(?:decades?|"
                         r"years)\b", re.IGNORECASE)
FIGURE_DEATHS = re.compile(r"\b(?:died|die|deaths|perished)\b", re.IGNORECASE)
FIGURE_EXECUTIONS = re.compile(r"\b(?:executed|executes|executions)\b", re.IGNORECASE)
FIGURE_REPATRIATIONS = re.compile(r"\b(?:repatriat\w*|sent\s+back|deport\w*|returned)\b",
                                  re.IGNORECASE)
ATTRIBUTION = re.compile(
    # ("... Committee for Human Rights in North Korea": a name that goes on after "in")
    r"\b[Aa]ccording\s+to\s+(?:the\s+|an?\s+)?(?P<a>[\w'’.-]+(?:\s+(?!that\b|in\b(?!\s+North\s+"
    r"Korea)|on\b)[\w'’.-]+){0,12}?)(?=[,.;]|\s+(?:in(?!\s+North\s+Korea)|on|at|last|this)\b)"
    r"|(?:^|[,;]\s+|\bthe\s+)(?P<b>(?:[A-Z][\w'’.-]*|of|on|for|and|the|UN)(?:\s+(?:[A-Z][\w'’.-]*|"
    r"of|on|for|and|the|commission|inquiry|groups?|organi[sz]ations?|prisoners|ministry|source|"
    r"interviewees)){0,7})\s+(?:has\s+|have\s+|had\s+)?(?:estimated|estimates|estimate|put\s+it|"
    r"concluded|said|says|reported|found|believes?|counted)\b")
# Counts of people that make a figure only when held or imprisoned
FIGURE_HELD = re.compile(r"\b(?:held|imprisoned|detained|incarcerated|camps?|prisons?|custody)\b",
                         re.IGNORECASE)

# --- narrative time ----------------------------------------------------------------------------

# words of a report or account stating what it covers ("interviews with women detained between
# 2009 and 2019", "Witness: former guard at Camp 22, 1987-1994")
SCOPE = re.compile(r"\b(?:interview\w*|accounts?|testimon\w*|witness\w*|survey\w*|former|"
                   r"covers?|covering|period)\b", re.IGNORECASE)
# "The present report covers the period from July 2023 to June 2024"
COVERS = re.compile(r"\b(?:covers?|covering|period\s+(?:from|between|of))\b", re.IGNORECASE)
# "interviews conducted between 2019 and 2022": when the accounts were heard, not lived
CONDUCTED = re.compile(r"\b(?:conducted|carried\s+out|recorded)\s+(?:in\s+)?"
                       r"(?:[\w-]+\s+){0,2}?$", re.IGNORECASE)
# the year an annual report's title says it covers: "Country Report on Human Rights Practices
# 2022", "2022 Country Reports ...", "Annual Report for 2021", "World Report 2024: Events of 2023"
_REPORT_KIND = r"(?:(?:annual|country|world|global|human\s+rights)\s+reports?|white\s+paper)"
REPORT_YEAR = re.compile(
    r"\b(?:events|developments)\s+(?:of|in)\s+(?P<events>(?:19|20)[0-9]{2})\b|"
    r"\b" + _REPORT_KIND + r"\b[^\n.]{0,50}?\b(?:for\s+(?:the\s+year\s+)?)?"
    r"(?P<after>(?:19|20)[0-9]{2})\b(?!\s*[/–-]\s*[0-9])|"
    r"(?<![/–-])\b(?P<before>(?:19|20)[0-9]{2})\s+" + _REPORT_KIND + r"\b",
    re.IGNORECASE)
# "died six days after his return": a death out of custody
AFTER_RELEASE = re.compile(
    r"\b(?:after|following|since)\s+(?:his|her|their|the)\s+(?:release|return\s+home|"
    r"return(?!\s+to\s+(?:the\s+)?(?:camp|prison|cell|centre|center)))\b|"
    # "died at her home ... days after being released"
    r"\bafter\s+(?:being|having\s+been)\s+(?:released|freed|let\s+go)\b", re.IGNORECASE)
# "died at her home": right after the verb, out of custody (matched there)
AT_HOME = re.compile(r"\s+at\s+(?:his|her|their)\s+(?:own\s+)?home\b", re.IGNORECASE)
# "North Korea deported an American": North Korea sends a foreigner out, a release
NK_SUBJECT = re.compile(r"\b(?:north\s+korea|pyongyang|the\s+north|(?:the\s+)?dprk)"
                        r"(?:\s+(?:has|had|have|later|then|eventually))?\s+$", re.IGNORECASE)
# "face arrest, torture and execution if discovered": what would happen, not what did
IF_CAUGHT = re.compile(r"\b(?:if|when|once)\s+(?:they\s+are\s+|he\s+is\s+|she\s+is\s+)?"
                       r"(?:discovered|caught|found\s+out|detected|exposed|repatriated)\b",
                       re.IGNORECASE)
# "he saw at least ten executions": what a witness saw, however general the sentence
SAW_BEFORE = re.compile(r"\b(?:saw|seen|witnessed|watched)\s+(?:[\w,'’-]+\s+){0,5}$",
                        re.IGNORECASE)
# "somebody died, from hunger, accidents or beatings": a cause of death, not an act of its own
DIED_OF = re.compile(r"\b(?:died|dying|deaths?)\b[\s,]*(?:[\w-]+,?\s+){0,3}?(?:of|from)\s+"
                     r"(?:[\w'’-]+,?\s+){0,5}$", re.IGNORECASE)
# "not heard from since she was taken away": a negation before it governs another verb
SUBORDINATOR = re.compile(r"\b(?:since|after|when|because|until|before|while|once)\b",
                          re.IGNORECASE)
# "spent ten years there before being released in 1987": a clause of its own follows
# "... in May and was sentenced": a second verb of the same subject, told after the first
AND_THEN = re.compile(r"\b(?:and|then)\s+(?:then\s+|later\s+)?(?:was|were)\b", re.IGNORECASE)
THEN_CLAUSE = re.compile(r"\b(?:before|after|until)\s+(?:being|having|he|she|they|we|I|his|"
                         r"her|their|(?-i:[a-z]+ing))\b", re.IGNORECASE)  # "before escaping"
# "a Japanese man ... had been deported": a foreigner sent out of North Korea, a release
FOREIGN_NATIONAL = re.compile(
    r"\b(?:japanese|american|u\.s\.|canadian|australian|british|south\s+korean|german|french|"
    r"swedish|malaysian)\s+(?:[\w-]+\s+){0,2}?(?:man|woman|men|women|citizens?|nationals?|"
    r"tourists?|students?|missionar(?:y|ies)|pastors?|journalists?|reporters?|businessman|"
    r"soldiers?|private|professors?|teachers?|fishermen|fisherman|producer|worker)\b",
    re.IGNORECASE)
# "sentenced to two years in a labour training camp": a kind of camp, no particular one
# "the camp", "this Musan kyohwaso": one facility meant; "a camp", "in kyohwaso": any of a kind
DEFINITE_BEFORE = re.compile(
    r"\b(?:the|this|that)\s+(?:(?!(?:to|in|at|on|into|from|for|with|by|of|and|or|were|was|are|"
    r"is|be|been|had|has|have)\b)[\w'’.-]+\s+){0,4}$", re.IGNORECASE)
# "the frequency of public executions fell": a trend in such events, none of them told
# "remains in a labour camp": held now, since a time the narrative around does not tell
STILL = re.compile(r"remains\b|is\s+still\s+(?:held|detained|imprisoned)\b", re.IGNORECASE)
# "Public executions declined after 2015": a plural noun trigger, then how its number moved
TREND_AFTER = re.compile(r"\s+(?:have\s+|has\s+|had\s+)?(?:declined|decreased|increased|risen|rose|"
                         r"fell|fallen|dropped|surged|soared|doubled|halved|become\s+(?:more|less|"
                         r"rarer)|became\s+(?:more|less|rarer))\b", re.IGNORECASE)
TREND_OF = re.compile(r"\bthe\s+(?:frequency|rate|number|practice|use|scale|pace)\s+of\s+"
                      r"(?:[\w-]+\s+)?$", re.IGNORECASE)
# "raped women", "beat prisoners": the act befell many, whoever tells of it
PLURAL_OBJECT = re.compile(
    r"\s+(?:(?:the|other|some|many|several|female|male|young|fellow)\s+)?(?:women|men|prisoners|"
    r"inmates|detainees|people|children|returnees|believers|students|defectors)\b",
    re.IGNORECASE)
# "a resolution condemning arbitrary detention and torture": kinds of abuse condemned
CONDEMNED = re.compile(r"\b(?:condemn\w*|denounc\w*|deplor\w*|criticiz\w*|criticis\w*|"
                       r"concerns?\s+(?:about|over|at)|concerned\s+(?:about|over|at)|end\s+to|"
                       r"halt\s+to|prohibit\w*|ban\s+on)\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
# "The film depicts the execution of a fictional prisoner": fiction
FICTION = re.compile(r"\b(?:depicts?|depicting|portrays?|portraying|dramati[sz]es?|"
                     r"fictional|fictionali[sz]ed)\b", re.IGNORECASE)
# "They arrested me", "they beat her": the pronoun as the one who did it
THEY_DID = re.compile(r"\bthey\s+(?:had\s+|have\s+|then\s+|also\s+|later\s+)?$", re.IGNORECASE)
# "... and sent to a camp": a verb joined to the one before, with the same subject
JOINED_VERB = re.compile(r"\s+and\s+(?:then\s+|later\s+)?(?:(?:was|were)\s+)?$", re.IGNORECASE)
# "announced that it had released 500 prisoners": an announcement of what has happened
ANNOUNCED_DONE = re.compile(r"\b(?:announced|said|reported)\s+(?:that\s+)?(?:it|they|he|she|"
                            r"the\s+\w+)\s+(?:had|has|have)\b", re.IGNORECASE)
# "His wife ...": a relative of the person just told about opens the sentence
_KIN_OPENS = (
    r"\s*(?:(?:and|but|also|meanwhile),?\s+)?(?:his|her|their|my|our)\s+(?:\w+\s+)?"
    r"(?:wife|husband|sons?|daughters?|father|mother|parents|brothers?|sisters?|children|"
    r"uncle|aunt|cousins?|relatives|family|grandmother|grandfather|in-laws?)\b")
KIN_OPENS = re.compile(_KIN_OPENS, re.IGNORECASE)
# "His wife has been sent to ...": a relative of the person just told about is the subject
KIN_SUBJECT = re.compile(
    # after a lead-in: 'The source added, "Her husband was also taken ...'
    r"(?:[\w ,]{0,40}?\b(?:said|added|says|stated|explained)\b,?\s*(?:that\s+)?[\"“]?|[\"“‘'])?"
    + _KIN_OPENS + r"\s+(?:also\s+)?(?:was|were|(?:has|had|have)\s+been)\s+"
    r"(?!told\b|informed\b|notified\b|not\b)", re.IGNORECASE)
# people held on their return: "the returnees were held", "following their return"
ON_RETURN = re.compile(r"\b(?:returnees|following\s+their\s+return|after\s+(?:their|the)\s+"
                       r"return|on\s+(?:their|arrival)|taken\s+across|handed\s+over)\b",
                       re.IGNORECASE)
# "died at Chungsan", "held in Yodok": a place named as where it happened inside
AT_PLACE = re.compile(r"\b(?:at|in)\s+$", re.IGNORECASE)
ARRIVED = re.compile(r"\b(?:arrived\s+(?:at|in)|(?:taken|sent|brought)\s+to)\s+$",
                     re.IGNORECASE)
# "was arrested there": the place named just before
THERE = re.compile(r"\bthere\b(?!\s+(?:is|are|was|were|have|has|had)\b)", re.IGNORECASE)
# "they did not find out about Yodok": a facility spoken of, not where it happened
TOPIC = re.compile(r"\babout\s+(?:the\s+)?$", re.IGNORECASE)
# "an old man from Wonsan", "nationals of the Republic of Korea": where a person comes from,
# not where it happened
ORIGIN = re.compile(r"\b(?:(?:man|woman|men|women|trader|worker|resident|residents|people|"
                    r"person|family|mother|father|boy|girl|farmer|miner|student|youth)\s+from"
                    r"|(?:nationals?|citizens?|natives?)\s+of(?:\s+the)?"
                    # "her relatives in South Korea said": where someone's family is
                    r"|(?:relatives?|famil(?:y|ies)|sons?|daughters?|brothers?|sisters?|parents|"
                    r"husband|wife|children)\s+in(?:\s+the)?"
                    # "I was born in Chongjin": a birthplace is no event's place
                    r"|(?:born|raised|grew\s+up)\s+in(?:\s+the)?"
                    # "a defector living in South Korea": where someone lives now
                    r"|(?:living|lives|lived|residing|resides|resettled|settled|based)\s+in(?:\s+the)?"
                    # "and left North Korea for good in 2012": a country left later
                    r"|(?:left|fled|escaped\s+from|defected\s+from)(?:\s+the)?"
                    # "a source in Ryanggang Province said": where the source is
                    r"|(?:sources?|informants?)\s+(?:(?:\w+\s+){0,2}?(?:in|from|based\s+in|inside)"
                    r"(?:\s+the)?))\s+$", re.IGNORECASE)
# the items of "two have died, one from cold at Onsong in December and one in Sinuiju in
# January" / "..., a woman at Onsong in December 2023 and a man at Sinuiju in January 2024"
ONE_BY_ONE = re.compile(r"(?:[,:;]\s+|\s+and\s+)(?P<item>one|an?\s+(?:\w+\s+)?"
                        r"(?:woman|man|boy|girl|child|prisoner))\b(?!\s+(?:of|who|whom)\b)",
                        re.IGNORECASE)
# the end of "..., which": a relative clause about a thing (not the people it happened to)
RELATIVE_CLAUSE = re.compile(r"\bwhich\s+$", re.IGNORECASE)
_RELATIVE = r"\b(?:which|who|whom|whose)"
RELATIVE_PERSON = re.compile(rf"{_RELATIVE}\s+$", re.IGNORECASE)
RELATIVE_WORD = re.compile(rf"{_RELATIVE}\b", re.IGNORECASE)  # one anywhere in a span
# "..., including the missionary Kim Jung-wook, who was arrested in 2013": a clause told of
# someone already named, asserted whatever the sentence around it calls for
TOLD_OF_SOMEONE = re.compile(r",\s+who\s+(?:was|were|had\s+been|has\s+been|have\s+been)\b")
# "held until 2003": the date ends what is told, it does not date it
# "have arrested 20 people since January": acts over the period from then to the report
SINCE_BEFORE = re.compile(r"\bsince\s+(?:the\s+)?$", re.IGNORECASE)
# "since Kim Jong Un took power in late 2011": since a dated clause
SINCE_CLAUSE = re.compile(r"\bsince\s+[^,;.]{1,40}?\s+(?:(?:in|on)\s+)?$", re.IGNORECASE)
PRESENT_PERFECT = re.compile(r"\b(?:has|have)\s+(?:(?:now|already|also)\s+)?(?:been\s+)?$",
                             re.IGNORECASE)
PERFECT_BEFORE = re.compile(r"\b(?:has|have|had)\s+(?:(?:also|now|already|been)\s+)?$",
                            re.IGNORECASE)
# "ahead of the Day of the Sun on April 15", "before May 1": it happened before that day
BEFORE_DATE = re.compile(r"\b(?i:before|ahead\s+of|prior\s+to|in\s+the\s+run-up\s+to)\s+"
                         r"(?:(?:the|of|[A-Z][\w'’-]*)\s+){0,5}(?:on\s+)?$")
UNTIL_BEFORE = re.compile(r"\b(?:until|till|up\s+to|by)\s+(?:the\s+)?$", re.IGNORECASE)
# "had died", "had been beaten": told as before the narrative's time
PLUPERFECT = re.compile(r"\bhad\s+(?:already\s+|just\s+)?(?:been\s+)?"
                        r"(?:[a-z]+(?:ed|en|wn|ne|t)|held|fled|hid|made|paid|said)\b",
                        re.IGNORECASE)
