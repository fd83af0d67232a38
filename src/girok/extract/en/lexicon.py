"""English words for detention events: triggers per type and the cues that cancel them.

Each trigger is a named rule; the rule name is recorded with every event it produces so an
analyst can see why the machine said so. Patterns are joined into one expression and run
once over a document.

Case-insensitive patterns are written in lower case (names too, "north korea"), so that
the engine can run them as case-sensitive twins over folded text (`girok.extract.caseless`);
under the flag a class such as [a-z] takes capitals as well.
"""

from __future__ import annotations

import re

_CAMP = (
    r"(?:political\s+prison(?:er)?s?\s+camps?|prison\s+camps?|camps?|kwan-?li-?so|kwalliso|"
    r"(?:kyo|gyo)-?hwa-?so|re-?education\s+camps?|labou?r(?:\s+training)?\s+camps?|gulag|prisons?|"
    r"jails?|penitentiar(?:y|ies)|detention(?:\s+(?:cent(?:er|re)|facilit(?:y|ies)))?|"
    r"holding\s+(?:cent(?:er|re)|facilit(?:y|ies))|custody|interrogation\s+(?:cent(?:er|re)|"
    r"facilit(?:y|ies))|(?:quarantine\s+)?facilit(?:y|ies)|cells?|barracks|"
    r"labou?r\s+training\s+(?:camps?|units?|cent(?:er|re)s?|brigades?|corps)|"
    r"disciplinary\s+(?:labou?r\s+)?(?:units?|camps?|cent(?:er|re)s?|barracks)|holding\s+cent(?:er|re)s?|quarantine|police\s+stations?|"
    r"jipk?g?yulso|kuryujang|guryujang|(?:rodong\s+|nodong\s+)?danryeondae|dallyeondae)"
)
_W = r"(?:[\w'’-]+\s+)"
_NOT_RELEASED = (
    r"(?!\s+(?:a|an|the|its|his|her|their|new|this|that|these|several|two|three|some)?\s*"
    r"(?:\w+\s+){0,2}(?:reports?|statements?|videos?|footage|images?|photos?|photographs?|"
    r"data|lists?|documents?|films?|documentary|album|book|findings|survey|study|details|"
    r"figures|plans?|information|satellite|imagery|missiles?|songs?|budget|guidelines|"
    r"version|update|records?|transcripts?|tapes?|recordings?|letters?|a\s+statement|memoirs?|"
    r"autobiography|novels?|singles?|trailers?|catalogues?|maps?|schedules?|results)\b)"
)

# (event type, rule name, pattern); the rule name says what matched. At one position the
# first pattern that matches wins, so longer, more specific patterns come first.
TRIGGERS: list[tuple[str, str, str]] = [
    ("detention", "detention.held",
     r"\b(?:(?:held|detained|kept)(?:\s+for\s+(?:about\s+|around\s+|nearly\s+)?[\w-]+\s+"
     r"(?:days?|weeks?|months?|years?))?|spent\s+" + _W + r"{0,4})\s*(?:at|in)\s+"
     r"(?:a\s+|an\s+|the\s+)?"
     + _W + r"{0,5}" + _CAMP + r"\b"),
    ("detention", "detention.former_inmate",
     r"\bformer\s+(?:inmates?|prisoners?|detainees?)\s+(?:of|at|in)\s+(?:the\s+)?[a-z]"),
    ("execution", "execution.beaten_to_death",
     r"\b(?:beat(?:en)?|kick(?:ed)?|tortured)\s+(?:\w+\s+){0,3}to\s+death\b"),
    ("transfer", "transfer.arrived",
     r"\b(?:arrived\s+at|brought\s+to|moved\s+to)\b(?=(?:\s+[\w'’-]+){0,8}?\s+from\b)"),
    # "I was caught in Yanji in 2007, sent back, and held ...": sent back, nothing after it;
    # a return only after time abroad (candidates.py checks)
    ("repatriation", "repatriation.sent_back_bare",
     r"(?<!\bbe\s)(?<!being\s)\bsent\s+back(?=\s*[,.;]|\s+and\b)"),
    ("repatriation", "repatriation.sent_back",
     r"\b(?:sent|driven|taken|returned|(?:drove|took|brought)\s+(?:us|them|him|her|me))\s+"
     r"(?:back\s+)?(?:[\w,]+\s+){0,5}?(?:through|across|via|over)"
     r"\s+(?:the\s+)?(?:border|bridge|river|tumen|dandong|sinuiju|namyang|hyesan|changbai|"
     r"hunchun|quanhe|manpo)\b|\bsent\s+back\s+from\s+china\b"),
    ("death_in_custody", "death.killed_accident",
     r"\bkilled\s+(?:in|by)\s+(?:\w+\s+){0,2}(?:collapses?|accidents?|flood(?:ing|s)?|"
     r"explosions?|fires?|cave-?ins?|landslides?)\b"),
    ("arrest", "arrest.verb", r"\b(?:re-?)?arrest(?:ed|ing|s)?\b(?!\s+warrants?)"),
    ("arrest", "arrest.phrase",
     r"\b(?:rounded\s+up|apprehended|taken\s+into\s+custody|taken\s+away|picked\s+up\s+by|"
     r"taken\s+from\s+(?:their|his|her|my|our)\s+(?:homes?|houses?)|"
     r"seized\s+by|caught|nabbed|netted|captured|recaptured)\b(?!\s+(?:on\s+(?:camera|film|video)|"
     r"fire|up|sight))"),
    ("detention", "detention.imprisoned",
     r"\b(?:imprison(?:ed|ment|s)|incarcerat(?:ed|ion)|jail(?:ed|s)|locked\s+up|interned|"
     r"confined\s+(?:to|in|at))\b"),
    # "taken to the Safety Department for questioning", "summoned to the Bowibu office"
    # "disappeared after being summoned by the Ministry of State Security"
    ("arrest", "arrest.summoned_by",
     r"\bsummoned\s+by\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?(?:security|police|bowibu|"
     r"anjonbu|boanseo|prosecutors?)\b"),
    # "put in solitary confinement for a week at the holding centre"
    ("detention", "detention.solitary",
     r"\b(?:put|placed|held|kept|locked\s+up)\s+in\s+(?:solitary\s+confinement|(?:a\s+|the\s+)?"
     r"(?:punishment|isolation)\s+cells?)\b"),
    ("arrest", "arrest.taken_to_body",
     r"\b(?:taken|summoned|called\s+in)\s+to\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:(?:safety|security|"
     r"police|bowibu|anjonbu|boanseo)\s+(?:department|bureau|office|station|agency|building)|"
     r"boanseo|bowibu|anjonbu|anjeonbu|bowiseong)\b"),
    # "He was sent back to the labour camp" (from a hospital): moved between places of custody
    ("transfer", "transfer.sent_back",
     r"\b(?:(?:sent|taken|returned)\s+back|returned)\s+to\s+(?:the|his|her|their|that)\s+" + _W
     + r"{0,3}" + _CAMP + r"\b"),
    # not "crimes had been committed in the camps": one is committed to a camp
    ("detention", "detention.sent_to",
     r"\b(?:(?:sent|dispatch(?:ed|ing)|taken|placed|put)\s+(?:back\s+)?(?:\w+\s+){0,2}?"
     r"(?:to|in|into)|committed\s+(?:\w+\s+){0,2}?to|"
     # "sent a family of four from Hoeryong to a political prison camp": its object between
     r"sent\s+(?:a|an|the|his|her|their|\d+|two|three|four|five|six|seven|eight|nine|ten|"
     r"dozens|hundreds)\s+(?:(?!(?:and|but|which|who|that|because|after|before|when|while|"
     r"where)\b)[\w'’-]+\s+){1,6}?to)\s+"
     r"(?:a\s+|an\s+|the\s+)?" + _W + r"{0,3}" + _CAMP + r"\b"),
    ("detention", "detention.took_to",
     r"\b(?:took|drove|brought|transported)\s+(?:me|us|him|her|them)\s+(?:back\s+)?(?:\w+\s+){0,6}?"
     r"(?:to|into)\s+(?:a\s+|an\s+|the\s+)?" + _W + r"{0,3}" + _CAMP + r"\b"),
    ("detention", "detention.sent_to_name",
     r"\b(?:sent|taken|dispatched|(?:took|drove|brought)\s+(?:me|us|him|her|them))\s+"
     r"(?:back\s+)?to\s+(?!(?:the\s+)?(?:north|dprk)\b)(?:the\s+)?(?=[a-z])"),
    # "She remains in custody": still held
    ("detention", "detention.remains",
     r"\b(?:remains?|remained)\s+(?:in\s+(?:custody|detention|prison|jail)|detained|imprisoned|"
     r"behind\s+bars|in\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:camp|kyohwaso|kwanliso|prison|"
     r"(?:holding|detention)\s+cent(?:re|er)))\b"),
    # "I was there for 40 days", "spent a month there": held at the facility just named
    ("detention", "detention.there",
     r"\b(?:(?:was|were|stayed|remained)\s+there\s+for|spent\s+(?:[\w'’-]+\s+){1,3}?there|"
     # "I stayed there about 20 days"
     r"(?:stayed|remained)\s+there\s+(?:about|around|almost|nearly|some|over|more\s+than|"
     r"\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten)\b)"),
    ("detention", "detention.spent_in_name",
     r"\bspent\s+(?:[\w'’-]+\s+){1,4}?(?:in|at)\s+(?=[a-z])"),
    ("detention", "detention.disappeared_into",
     r"\bdisappeared\s+into\s+(?:a\s+|an\s+|the\s+)?" + _W + r"{0,3}" + _CAMP + r"\b"),
    ("detention", "detention.detained_in_country",
     r"\bdetained\s+in\s+(?:the\s+country|north\s+korea|the\s+north|the\s+dprk)\b"),
    # "detained in China for up to four years": held, for as long as it says
    ("detention", "detention.detained_for",
     r"\bdetained\s+(?:[\w'’-]+\s+){0,4}?for\s+(?:up\s+to\s+|about\s+|nearly\s+|almost\s+|"
     r"more\s+than\s+|over\s+)?(?:[0-9]+|[a-z]+)\s+(?:years?|months?|weeks?)\b"),
    ("detention", "detention.sentence",
     r"\b(?:sentenced\s+to|(?:sentencing|sentences)\s+(?:[\w'’-]+\s+){0,4}?to|given|received|"
     r"serving|served|"
     r"gave\s+(?:me|him|her|them|us))\s+(?!(?:an?\s+|the\s+)?death\b)"
     r"(?:between\s+|up\s+to\s+|at\s+least\s+)?(?:a\s+)?(?:\w+[\s-]+){0,3}"
     r"(?:years?|life|months?|sentences?|terms?|hard\s+labou?r|reform\s+through\s+labou?r)\b|"
     # "handed three church members sentences of 10 to 15 years", "handed a 10-year term"
     r"\b(?:handed|gave)\s+(?:down\s+)?(?:[\w'’-]+\s+){0,8}?(?:prison\s+)?(?:sentences?|terms?)"
     r"\s+of\s+(?:[\w'’-]+[\s-]+){0,4}?(?:years?|life|months?)\b|"
     r"\b(?:handed|given)\s+(?:down\s+)?(?:an?\s+)?(?:[0-9]+|[a-z]+)-(?:year|month)\s+"
     r"(?:prison\s+|jail\s+)?(?:sentences?|terms?)\b"),
    ("detention", "detention.sentenced",
     r"\bsentenced\b(?!(?:\s+[\w'’-]+){0,12}?\s+to\s+death)(?!\s+in\s+absentia)"),
    ("detention", "detention.interrogated", r"\binterrogated\b"),
    # "During her three months in the police detention center": a stay of stated length
    ("detention", "detention.stay_in",
     r"\b(?:her|his|their|my|our)\s+(?:[\w-]+\s+){0,2}?(?:days|weeks|months|years)\s+(?:in|at)\s+"
     r"(?:a\s+|an\s+|the\s+)?" + _W + r"{0,3}" + _CAMP + r"\b"),
    # "they questioned me for a month": held that long to be questioned
    ("detention", "detention.questioned_for",
     r"\bquestioned\s+(?:me|us|him|her|them)\s+for\s+(?:about\s+|almost\s+|nearly\s+|over\s+|"
     r"more\s+than\s+)?(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few|"
     r"\d{1,3})\s+(?:days?|weeks?|months?)\b"),
    # "after two months of preliminary examination at the security department's detention
    # centre": questioned while held there
    ("detention", "detention.questioned_at",
     r"\b(?:days|weeks|months|years)\s+of\s+(?:preliminary\s+)?"
     r"(?:examination|investigation|interrogation|questioning)\s+(?:at|in)\s+"
     r"(?:a\s+|an\s+|the\s+)?" + _W + r"{0,5}" + _CAMP + r"\b"),
    ("detention", "detention.detention_noun",
     r"\b(?:arbitrary\s+detention|detained\s+without\s+trial|(?<!from\s)detention|"
     r"(?<!from\s)imprisonment)\b(?!\s+(?:cent(?:er|re)s?|facilit(?:y|ies)|cells?|camps?|"
     r"houses?|conditions|system|news|reports?|polic(?:y|ies)|issues?|practices|statistics)\b)"),
    ("detention", "detention.held_by",
     # not "held up" (delayed), "held back", "held accountable", "held responsible"
     r"\b(?:been|being|was|were)\s+held\b(?!\s+(?:up|back|accountable|responsible|liable)\b)|"
     r"\bheld\s+(?:by|for)\b|"
     # "Kim's cousin, held 2005–2008 after ...": a participle dated at once
     r"\bheld\s+(?:(?:in|from|between)\s+)?(?=(?:19|20)[0-9]{2}\b)|\bkept\s+(?:me|us|him|her|them)"
     r"\s+(?:at|in)\b"),
    ("arrest", "arrest.detaining",  # "launched a crackdown, detaining at least 30 teachers"
     r"\bdetaining(?=\s+(?:at\s+least|about|around|some|more\s+than|over|nearly|dozens|hundreds|"
     r"several|[0-9]+|two|three|four|five|six|seven|eight|nine|ten)\b)"),
    ("arrest", "arrest.detained",
     r"(?<!\bthe\s)(?<!\bof\s)\bdetain(?:ed|s)\b(?!\s+(?:students?|americans?|north|south|foreigners?|"
     r"persons?|people|women|men|citizens?|nationals?|defectors?|journalists?|pastors?|workers?|"
     r"missionar(?:y|ies)|relatives?|family|families|tourists?|crew|fishermen|koreans?)\b)"),
    ("arrest", "arrest.took_away",
     r"\btook\s+(?:me|us|him|her|them|(?:my|his|her|our|their)\s+[a-z]+)\s+away\b"),
    ("arrest", "arrest.taken_by",
     r"\b(?:taken|seized|picked\s+up)\s+(?:away\s+)?by\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?"
     r"(?:bowibu|police|security|agents|officers|authorities|guards|soldiers|anjonbu|boanseo|"
     r"inminban)\b"),
    ("transfer", "transfer.verb",
     r"\b(?:transferred|transferring|relocated)\b|\bmoved\s+" + _W + r"{0,3}(?:to|from)\s+"
     r"(?:a\s+|an\s+|the\s+)?" + _W + r"{0,3}(?:" + _CAMP + r"|camp\s+no\.?|camp\s+\d+)"),
    ("transfer", "transfer.moved_name",
     r"\b(?:moved|relocated)\s+(?:[\w'’-]+\s+){0,3}?(?:to|from)\s+(?:the\s+)?(?=[a-z])"),
    ("transfer", "transfer.handed_to_centre",
     r"\bhanded\s+over\s+to\s+(?:the\s+)?" + _W + r"{0,4}(?:holding|detention|"
     r"interrogation)\s+(?:cent(?:er|re)|facility)"),
    ("transfer", "transfer.noun", r"\btransfer(?:red)?\s+of\s+(?:\w+\s+){0,4}prisoners\b"),
    ("release", "release.released",
     r"\b(?<!the\s)(?<!report\s)(?<!reports\s)(?<!study\s)(?<!statement\s)(?<!video\s)"
     r"(?<!footage\s)(?<!images\s)(?<!document\s)(?<!documents\s)(?<!film\s)(?<!book\s)"
     r"(?:released|releasing|releases|(?<=will\s)release)\b"
     r"(?!\s+(?:prisoners|inmates|detainees)\s+"
     r"(?:will|would|are|were|must|said|say|says|told|tell|described|recall(?:ed)?|"
     r"report(?:ed)?|testified|interviewed))(?!\s+were\s+those)" + _NOT_RELEASED),
    ("release", "release.freed",
     r"\b(?:freed(?!\s+up\b)|frees(?!\s+up\b)|set\s+free|let\s+go|walked\s+free|came\s+out\s+of|"
     # "the six fishermen were handed back at the inter-Korean border"
     r"handed\s+back(?=\s+(?:at|to|across|through|over|via)\b)|"
     r"returned\s+home|"
     r"left\s+the\s+(?:camp|prison|centre|center)|let\s+(?:me|us|him|her|them)\s+go|"
     r"let\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){1,3}go(?!\s+(?:of|on|ahead|unpunished))|"
     r"(?:granted|given|won)\s+(?:an?\s+)?early\s+release|expel(?:led|s|ling)?(?!\s+from)|"
     # "handed over to US officials": a foreigner given back to the own country's
     r"handed\s+(?:\w+\s+)?over\s+to\s+(?:the\s+)?(?:u\.?s\.?|american|united\s+states|"
     r"south\s+korean|japanese|swedish|canadian|australian|british)\s+(?:officials|authorities|"
     r"custody|diplomats|envoys?|delegation)|"
     r"got\s+out(?=\s+(?:in|of\s+(?:the\s+)?(?:camp|prison|kyohwaso|kwanliso|jail)|after|on|"
     r"when|because|under)\b))\b"),
    ("release", "release.noun", r"\b(?:(?:his|her|their|its|the)\s+)release\b(?!\s+of\s+a)"),
    ("amnesty", "amnesty.amnesty", r"\bamnest(?:y|ies)\b(?!\s+international)"),
    ("amnesty", "amnesty.pardon", r"\b(?:special\s+|general\s+)?pardon(?:ed|s|ing)?\b"),
    ("repatriation", "repatriation.verb",
     r"\b(?:forcibly\s+|forced(?:ly)?\s+)?repatriat(?:ed|ion|ions|ing|es?)\b"
     r"(?!\s+(?:wom[ae]n|m[ae]n|defectors?|north\s+koreans?|returnees|citizens|people|persons|"
     r"refugees|escapees|detainees|prisoners)\b)|"
     # "Russian authorities have also repatriated North Korean workers": a verb, not "the
     # repatriated North Koreans"
     r"\b(?:have|has|had)\s+(?:also\s+|reportedly\s+|since\s+)?(?:forcibly\s+)?repatriated\b"),
    ("repatriation", "repatriation.phrase",
     r"\b(?:sent\s+back\s+to\s+(?:north\s+korea|the\s+north|the\s+dprk)|deport(?:ed|s)|"
     # "the North sent back two fishermen": sent back with its object
     r"(?<!be\s)(?<!been\s)(?<!being\s)(?<!were\s)(?<!was\s)sent\s+back\s+(?=(?:an?|the|two|"
     r"three|four|five|six|seven|eight|nine|ten|[0-9]+|him|her|them|some|dozens|hundreds|"
     r"thousands|several|many|at\s+least|more\s+than|over|about|around|nearly|almost|"
     r"as\s+many\s+as|up\s+to|approximately|roughly|an\s+estimated|scores|"
     r"north\s+koreans?|defectors|escapees|refugees)\b)|"
     r"handed\s+(?:\w+\s+)?over\s+to\s+(?:the\s+)?north\s+korean|"
     r"handed\s+(?:\w+\s+)?(?:over\s+)?to\s+(?:north\s+korea|the\s+north|the\s+dprk)\b"
     r"(?!\s+(?:korean|side))|"
     r"forced\s+(?:back\s+)?across\s+the\s+border|returned\s+to\s+north\s+korea|"
     r"(?:forcibly|forced(?:ly)?)\s+returned|returned\s+" + _W + r"{0,2}from\s+china|"
     r"handed\s+over\s+at|handed\s+over\s+(?:\w+\s+){1,4}at\s+the\s+(?:bridge|border)|"
     # not "her body was returned to her family", "his belongings were returned"
     r"(?<!body\s)(?<!bodies\s)(?<!remains\s)(?<!ashes\s)(?<!corpse\s)(?<!belongings\s)"
     r"(?<!passport\s)(?<!passports\s)(?<!property\s)(?<!items\s)"
     r"(?:had\s+been|were|was|been)\s+returned(?!\s+to\s+(?:the|his|her|their|that)\s+"
     + _W + r"{0,3}" + _CAMP + r"\b))\b"),  # "was returned to the camp": a transfer
    ("trial", "trial.trial",
     r"\b(?:public\s+trials?|put\s+on\s+trial|on\s+trial|stood\s+trial|show\s+trials?|"
     r"tried\s+(?:by|in|at|for|before)|tried\s+(?!to\s)(?=[a-z])|"
     # "a trial run of new talks", "on a trial basis": no trial
     r"(?<!without\s)(?:a|the)\s+trial(?!\s+(?:runs?|periods?|balloons?|versions?|basis|phases?|"
     r"operations?|and\s+error))|"
     r"(?:summary|secret|sham|mock|closed(?:-door)?)\s+trials?|"
     r"brought\s+to\s+trial|sentence[sd]\s+(?:[\w'’-]+\s+){0,12}?to\s+death|"
     r"(?:received|given|handed|hands?)\s+(?:down\s+)?(?:an?\s+|the\s+)?death\s+sentences?|"
     r"(?<!international\s)(?<!criminal\s)(?:military\s+)?tribunals?)"),
    ("trial", "trial.court",
     r"\b(?:sentenced\s+by|(?:was|were|been|be|being|is|are|and)\s+convicted|"
     r"convicted\s+(?:him|her|them|me|us)|convicted\s+(?:[\w'’-]+\s+){1,4}?(?:of|for)\s|"
     r"found\s+guilty|verdict|court\s+sentenced|acquitted|"
     r"(?:central|supreme|people's|provincial|municipal)\s+court)\b"),
    ("execution", "execution.executed",
     r"\b(?:publicly\s+)?execut(?:ed|es|ion|ions|ing)\b(?!\s+(?:director|officer|branch|order|"
     r"sites?|grounds?|places?|methods?|rates?|figures?|statistics|data|videos?|footage))"
     r"(?!\s+(?:(?:a|an|the|its|his|her|their|this|that)\s+)?(?:[\w'’-]+\s+)?(?:plans?|orders?|"
     r"polic(?:y|ies)|strateg(?:y|ies)|programm?e?s?|projects?|decisions?|agreements?|contracts?|"
     r"deals?|tests?|launch(?:es)?|drills?|operations?|commands?|tasks?|directives?|"
     r"transactions?|trades?|campaigns?|reforms?|moves?|manoeuvres?|maneuvers?)\b)"),
    ("execution", "execution.killed",
     r"\b(?:shot\s+dead|shot\s+to\s+death|firing\s+squad|put\s+to\s+death|"
     r"hanged|hanging\s+of|shot\s+(?:\w+\s+){0,3}(?:prisoners?|inmates?|detainees?|men|women)|"
     r"shot\s+in\s+front\s+of|(?:was|were|been|being)\s+(?:publicly\s+)?shot\b|shot\s+for\b|"
     # "was recaptured three days later and shot."
     r"and\s+(?:then\s+)?(?:publicly\s+)?shot(?=\s*[.,;]|\s+(?:dead|on\s+the\s+spot|by|for)\b)|"
     r"(?:men|women|man|woman|prisoners?)\s+shot\b|killed\s+by\s+(?:guards|officials|security|the\s+authorities)|"
     r"(?:guards?|officers?)\s+(?:\w+\s+){0,2}kill(?:ed|ing)?\b)"),
    # "a man detained at the holding centre took his own life": only where one is held
    ("death_in_custody", "death.suicide",
     r"\b(?:took\s+(?:his|her|their)\s+own\s+li(?:fe|ves)|committed\s+suicide|"
     r"killed\s+(?:himself|herself|themselves))\b"),
    ("death_in_custody", "death.died",
     r"\b(?:died|die|dying|(?:starved|froze|frozen|worked)\s+to\s+death|death\s+in\s+custody|"
     r"deaths\s+in\s+custody|perished|found\s+dead|deaths?\s+(?:from|due\s+to|caused\s+by)\s+(?:malnutrition|"
     r"starvation|hunger|disease|illness|cold|exhaustion|beatings|torture|typhoid|tuberculosis|"
     r"cholera|overwork)|deaths?\s+of\s+(?:[\w-]+\s+){0,3}?(?:fellow\s+)?"
     r"(?:inmates?|prisoners?|detainees?|returnees?)|(?:another|second|third|fourth|new)\s+death\s+"
     r"(?:has\s+been\s+|was\s+|had\s+been\s+)?(?:reported|recorded|confirmed)|(?:was|were)\s+killed(?!\s+by\s+(?:the\s+)?"
     r"(?:guards?|officials|security|authorities|police|soldiers|firing)))\b"),
    ("torture", "torture.torture", r"\btortur(?:ed|e|ing|es)\b"),
    ("torture", "torture.beaten",
     r"\b(?:beaten|beatings?|beat\s+(?:him|her|them|me|us|prisoners|inmates|detainees|women|"
     r"men|children|returnees|the\s+(?:prisoners|inmates|detainees|women|men|returnees)))\b"
     r"(?!\s+to\s+death)"),
    ("torture", "torture.stress_position",
     r"\bforced\s+(?:[\w'’-]+\s+){0,2}?to\s+(?:kneel|squat|sit\s+(?:still|motionless)|"
     r"stand\s+(?:still|motionless|for\s+hours))\b|\bstress\s+positions?\b|"
     r"\bmade\s+(?:me|us|them|him|her|prisoners|detainees|inmates|women)\s+(?:\w+\s+(?:and\s+)?){0,3}?"
     r"(?:kneel|squat|sit\s+(?:still|motionless)|stand\s+(?:still|motionless|in\s+(?:freezing|"
     r"cold|icy)\s+water))\b"),
    ("torture", "torture.sexual",
     r"\b(?:raped|rape|sexual\s+violence|sexual\s+abuse|sexually\s+abused|forced\s+abortions?|"
     r"sexually\s+harass(?:ed|ing)|sexual\s+harassment|"
     r"sexually\s+assault(?:ed|ing)|sexual\s+assaults?|"
     r"forced\s+(?:[\w'’-]+\s+){0,6}?to\s+(?:abort|have\s+(?:an\s+)?abortions?|"
     r"undergo\s+(?:an?\s+)?abortions?)|infanticide|"
     r"deprived\s+(?:\w+\s+)?of\s+sleep|sleep\s+deprivation|electric\s+shocks?|"
     r"electrocuted(?!\s+(?:on|by|at|against)\s+(?:the\s+|a\s+)?(?:electri\w+\s+)?fences?)|"
     r"(?:invasive|intrusive|cavity)\s+(?:body\s+)?search(?:es)?|"
     r"(?:induce|forced\s+to\s+undergo|undergo)\s+(?:an?\s+)?abortions?|slapped|whipped|"
     r"hit\s+(?:me|us|him|her|them)|poured\s+cold\s+water|kicked\s+(?:me|us|him|her|them)|"
     # "They stripped us and searched our bodies"
     r"stripped\s+(?:me|us|him|her|them)(?:\s+naked)?|"
     r"searched\s+(?:my|our|his|her|their)\s+(?:bodies|body|private\s+parts|genitals))\b"),
]

# Word stems at least one of which lies inside every trigger: a fast scan for them tells the
# engine where the full trigger expression is worth running ("_" stands for a space, so that
# a common word is looked for only in the phrase that makes it a trigger: "there for").
TRIGGER_STEMS = tuple(stem.replace("_", " ") for stem in
    """arrest detain round apprehend custody taken picked seized caught nabbed captur imprison
    incarcerat jail locked intern confined sent dispatch placed put committed held kept spent
    sentenc given received serving served interrogat detention transfer relocat moved handed
    releas freed free let walked came returned left amnest pardon repatriat deport forced trial
    tried stood convict guilty verdict court execut shot firing death hang kill beat kick tortur
    starv died die dying perish rape sexual abort infanticide slapped whipped hit poured former
    took brought arrived driven drove disappear stress sleep electr invasive intrusive cavity
    acquit squat kneel expel gave tribunal netted there_for stayed_there remained_there got_out
    of_examination of_investigation of_questioning of_preliminary remain_in remains_in remained_in
    remain_detained remains_detained remained_detained remain_imprisoned remains_imprisoned
    remained_imprisoned behind_bars found_dead summoned questioned stripped searched days_in
    weeks_in months_in years_in days_at weeks_at months_at years_at""".split()
)

_GROUPS = {f"t{i}": (etype, rule) for i, (etype, rule, _) in enumerate(TRIGGERS)}
TRIGGER_RE = re.compile(
    "|".join(f"(?P<t{i}>{pattern})" for i, (_, _, pattern) in enumerate(TRIGGERS)),
    re.IGNORECASE,
)


# The letters (in folded case) each trigger can begin with; tests/extract/en/test_lexicon.py
# checks them against the patterns. At a word start only the triggers of its letter are tried.
TRIGGER_INITIALS: dict[str, str] = {
    "detention.held": "dhks", "detention.former_inmate": "f",
    "execution.beaten_to_death": "bkst", "transfer.arrived": "abm",
    "repatriation.sent_back": "bdrst", "repatriation.sent_back_bare": "s",
    "arrest.summoned_by": "s", "detention.solitary": "hklp",
    "death.killed_accident": "k", "arrest.verb": "ar",
    "arrest.phrase": "acnprst", "detention.imprisoned": "cijl", "detention.sent_to": "cdpst",
    "detention.sent_to_name": "bdst", "detention.took_to": "bdt",
    "detention.detained_in_country": "d", "detention.detained_for": "d",
    "detention.spent_in_name": "s",
    "detention.there": "rsw", "detention.remains": "r",
    "detention.disappeared_into": "d", "detention.sentence": "ghrs",
    "detention.sentenced": "s", "detention.interrogated": "i", "detention.questioned_for": "q",
    "detention.stay_in": "hmot",
    "detention.questioned_at": "dmwy",
    "detention.detention_noun": "adi", "detention.held_by": "bhkw", "arrest.detained": "d",
    "arrest.detaining": "d",
    "arrest.took_away": "t", "arrest.taken_by": "pst", "arrest.taken_to_body": "cst",
    "transfer.verb": "mrt",
    "transfer.sent_back": "rst",
    "transfer.handed_to_centre": "h",
    "transfer.moved_name": "mr",
    "transfer.noun": "t", "release.released": "r", "release.freed": "cefghlrsw",
    "release.noun": "hit", "amnesty.amnesty": "a", "amnesty.pardon": "gps",
    "repatriation.verb": "fhr", "repatriation.phrase": "bdfhrsw", "trial.trial": "abcghmoprst",
    "trial.court": "abcfimpsvw", "execution.executed": "ep", "execution.killed": "abfghkmopsw",
    "death.died": "adfnpstw", "death.suicide": "ckt", "torture.torture": "t", "torture.beaten": "b",
    "torture.stress_position": "fms", "torture.sexual": "cdefhikprsuw",
}


def _triggers_beginning_with(letter: str) -> re.Pattern[str]:
    """TRIGGER_RE cut down to the triggers that can begin with `letter`: the same groups in
    the same order, so the same first match and rule wherever that letter begins one."""
    return re.compile(
        "|".join(f"(?P<t{i}>{pattern})" for i, (_, rule, pattern) in enumerate(TRIGGERS)
                 if letter in TRIGGER_INITIALS[rule]),
        re.IGNORECASE,
    )


TRIGGERS_BY_INITIAL = {letter: _triggers_beginning_with(letter)
                       for letter in sorted(set("".join(TRIGGER_INITIALS.values())))}


def trigger_of(match: re.Match[str]) -> tuple[str, str]:
    """The (event type, rule name) of a trigger match."""
    assert match.lastgroup is not None
    return _GROUPS[match.lastgroup]


# Where one clause ends and the next begins, for the scope of negations and of slots.
CLAUSE_BREAK_RE = re.compile(
    r"[;,:()\[\]—–]|\s(?:and|but|who|which|whose|after|before|when|while|until|then|where|"
    r"because|although|though)\s|\s-\s|\s--\s"
)

FIRST_PERSON_RE = re.compile(r"\b(?:I|me|my|we|us|our)\b")

# Lines of page furniture that name events of other stories.
BOILERPLATE_RE = re.compile(
    r"^(?:Related|Read\s+more|See\s+also|Also\s+read|More\s+on|Topics?|Tags?|Share|"
    r"Recommended|Trending|Most\s+read|Photo)\b|[\[(]Photo\b", re.IGNORECASE)
# Habits and classes of people: generic even when a place or facility is named.
STRONG_GENERIC_RE = re.compile(
    r"\b(?:typically|usually|generally|commonly|routinely|customary|those\s+who|anyone\s+who|"
    r"anyone\s+(?:caught|found|arrested)|(?:when|once|until)\s+(?:they|he|she|prisoners|"
    r"inmates|detainees|people)\s+(?:are|is)\s+(?:released|freed)|"
    r"(?<![\w ]\s)being\s+(?:caught|arrested|sent|detained)\b[^.;,]{0,40}?\s+is\b|"
    r"whoever|if\s+someone|onwards?|increasingly|alleged\s+abuses|"
    r"ranging\s+from|are\s+(?!being\b|now\b)(?:\w+\s+)?(?:sent|held|executed|beaten|tortured|imprisoned|"
    r"detained|arrested|punished|treated|considered|regarded|sentenced|incarcerated|jailed|"
    r"confined|kept|caught|repatriated|deported|returned|subjected|mobili[sz]ed|forced|made|"
    r"required|ordered|compelled)|continues?\s+to\s+(?:be|report|face|suffer|describe|endure|experience)\b|"
    r"the\s+(?:frequency|rate|practice|use)\s+of|have\s+long\s+been|"
    r"is\s+(?:rare|common|punishable)|all\s+(?:persons|people|those|prisoners)\s+(?:held|detained)|"
    r"a\s+large\s+share|the\s+(?:vast\s+)?majority\s+of|should|must|recommend\w*|"
    r"call(?:s|ed)?\s+on|over\s+the\s+(?:past|last)\s+(?:\w+\s+)?(?:years|decades)|"
    r"in\s+recent\s+years|many\s+people|under\s+(?:[\w'’-]+\s+){0,5}polic(?:y|ies)|"
    r"report\s+(?:[\w'’,-]+\s+){0,10}described|"
    r"in\s+every\s+(?:city|town|county|province|region|area|district)|"
    r"urge[sd]?)\b", re.IGNORECASE)
# Clauses that say who reported what, and when: their dates bound the news, not the event.
REPORTING_RE = re.compile(
    r"\b(?:according\s+to|said|says|told|reported|quoted|sources?\s+(?:in|from|said)|"
    r"confirmed|remarked|stated|explained|added|noted|recalled|speaking|expressed|"
    r"acknowledged|admitted|revealed|disclosed|testified|wrote|documented|saying)\b",
    re.IGNORECASE)
RECENTLY_RE = re.compile(r"\b(?:recently|lately|this\s+year)\b", re.IGNORECASE)

# Statistics (figures, not events).
STATISTIC_RE = re.compile(
    r"\b(?:estimated?|estimates?|according\s+to\s+(?:un|united\s+nations)\s+estimates|"
    # "at least 1,300 executions were recorded between 2000 and 2020": a tally over years
    r"(?:recorded|documented|tallied|counted)\s+(?:between|from|since|over|during)|"
    r"the\s+number\s+of|population|up\s+to\s+\d|(?:each|every|per)\s+year|annually|"
    r"believed\s+(?:to\s+(?:be|have\s+been)\s+)?(?:held|detained|imprisoned)|"
    r"(?:holds|houses|housed|contains)\s+(?:about|around|some|roughly|approximately|"
    r"an\s+estimated|over|more\s+than|up\s+to|nearly|almost)?\s*\d)", re.IGNORECASE)
# Sentences that make a release the amnesty itself (spec rule 9).
AMNESTY_CUE_RE = re.compile(
    r"\b(?:pardon\w*|amnest(?:y|ies)|commemorat\w+|to\s+mark|anniversary|birthday|"
    r"(?:the|this|that)\s+decree)\b",
    re.IGNORECASE)
# Words that show a sentence (or its neighbours) is about people in custody.
CUSTODY_RE = re.compile(
    r"\b" + _CAMP + r"\b|\b(?:prisoners?|inmates?|detainees?|held|custody|interrogat\w*|guards?|"
    r"units?|section|sentence[sd]?|amnesty|pardon\w*|hostages?|returnees?|cells?|there|police|"
    r"security|bowibu|arrest\w*|detain\w*|(?:was|were|is|are)\s+holding|captivity|captors?|"
    r"serv(?:ed|ing)\s+(?:\w+\s+){0,3}(?:years?|months?|terms?)|parole|(?:sick\s+)?bail)\b",
    re.IGNORECASE)

# Cues in the clause before a trigger that make the statement no event.
NEGATION_RE = re.compile(
    r"\b(?:not|no(?!\.?\s*\d)|never|nobody|none|neither|nor|denied|deny|denies|"
    r"unless|risk(?:s|ing)?|could|would|might|(?-i:may)|"
    r"fear(?:s|ed)?|threat(?:ened)?|faces?|facing|avoid(?:ed)?|"
    r"rumou?rs?|allegedly\s+planned|in\s+case|lest|wants?\s+to|hope[sd]?|urg(?:ed|es|ing)|"
    r"call(?:ed|s)?\s+(?:on|for)|demand(?:ed|s)?|appeal(?:ed|s)?|ask(?:ed|s)?|afraid|"
    r"fear\s+of|worried|(?:likely|expected)\s+to\s+(?:be|face)|"
    r"(?:press|push|lobby|campaign|plead)(?:ed|es|s|ing)?\s+(?:[\w'’]+\s+){0,3}?for|"
    r"seek(?:s|ing)?|sought)\b|n't\b",
    re.IGNORECASE,
)
# What follows the date of a dateline ("SEOUL, Oct. 14 (UPI) --").
DATELINE_END_RE = re.compile(r"\s*\)?\s*(?:\([^)\n]{1,40}\))?\s*(?:--|—|–)")

# A trigger that only names people by an earlier event ("those arrested with her", "a man
# who had been held with the group"): the event itself is told elsewhere.
BACK_REFERENCE_RE = re.compile(
    r"(?:\b(?:those|anyone|everyone|people|others)\s+|\bwho\s+(?:had\s+)?(?:been|were|was)\s+)$",
    re.IGNORECASE)

# Hypotheticals anywhere before the trigger in its sentence.
HYPOTHETICAL_RE = re.compile(
    r"\b(?:unclear|uncertain|whether|if|should|must)\b", re.IGNORECASE)
# Headings, labels and titles: short lines of capitalised words.
HEADING_WORD_RE = re.compile(r"[A-Za-z][\w'’-]*")

# Cues of claims about prisoners in general, habits and trends.
GENERIC_RE = re.compile(
    r"\b(?:typically|usually|generally|commonly|routinely|often|frequently|regularly|customary|"
    r"onwards?|increasingly|the\s+number\s+of|more\s+and\s+more|alleged\s+abuses|"
    r"ranging\s+from|violations|inquiry\s+into|if\s+someone|"
    r"normally|tend\s+to|tends\s+to|in\s+general|systematic(?:ally)?|widespread|"
    r"those\s+(?:who|found|caught|accused|sent|held)|anyone\s+who|people\s+who|whoever|"
    r"is\s+rare|are\s+rare|is\s+common|are\s+common|can\s+be|are\s+(?!being\b|now\b)(?:\w+\s+)?(?:sent|"
    r"held|executed|beaten|tortured|imprisoned|detained|arrested|punished|subjected|forced|"
    r"known|believed|said|thought|reported)|is\s+(?:known|punishable))\b",
    re.IGNORECASE,
)
ANNOUNCED_RE = re.compile(
    r"\b(?:will\s+(?:be\s+)?(?:grant|granted|release|released|pardon|pardoned|free|freed|"
    r"given|hold|be\s+held|try|be\s+tried|execute|be\s+executed|repatriate|be\s+repatriated|"
    r"sentence|be\s+sentenced)|"
    r"to\s+be\s+(?:granted|released|pardoned|freed)|is\s+set\s+to|"
    # "plans to release", not "reported their escape plan to a guard"
    r"plans?\s+to\s+(?!(?:a|an|the|his|her|their|its|my|our|them|him|me|us)\b)|"
    r"\bto\s+(?:grant|free|pardon|release)\s+(?:a\s+|an\s+)?(?:general\s+|special\s+)?"
    r"(?:amnesty|pardon|prisoners|inmates)|"
    r"announced\s+(?:a|an|that)|decree(?:d)?\s+(?:a|an|that|on\s+granting)|will\s+take\s+effect|"
    r"said\s+(?:(?:on|last|this)\s+\w+\s+)?(?:that\s+)?(?:it|they|he|she|pyongyang)\s+would)\b",
    re.IGNORECASE,
)
# Witnesses speaking of what they suffered or saw: an event even in general words.
WITNESS_RE = re.compile(
    r"\b(?:witness(?:ed|ing|es)?|saw|seen|watched|recount(?:ed|s)|testif(?:ied|ies|y)|"
    r"recall(?:ed|s)|described|reported\s+(?:being|having|that\s+(?:she|he|they))|"
    r"survivors?|former\s+(?:prisoners?|inmates?|detainees?|guards?)|escapees?|defectors?|"
    r"interviewees?|returnees?|said\s+(?:she|he|they)|told|"
    r"experiences?|heard\s+from|told\s+(?:of|about)|spoke\s+(?:about|of)|i|we|my|our|me)\b",
    re.IGNORECASE,
)
PERSON_RE = re.compile(
    r"\b(?:he|she|him|her|his|i|me|my|mr|ms|mrs|surnamed|identified\s+as|named|"
    # "Their commanding officer was dismissed and sent to a labour camp"
    r"their\s+(?:[\w-]+\s+)?(?:commander|officer|chief|head|leader|manager|director|supervisor|"
    r"boss|father|mother|son|daughter|wife|husband|brother|sister)|"
    # "A third said guards had made detainees stand in freezing water": one more witness
    r"an?\s+(?:second|third|fourth|fifth)(?:\s+(?:woman|man|detainee|witness|interviewee))?\s+"
    r"(?:said|told|stated|testified|recalled|described))\b",
    re.IGNORECASE,
)
COURT_RE = re.compile(
    r"\b(?:courts?|tribunals?|trials?|convicted|conviction|verdict|found\s+guilty|judges?)\b",
    re.IGNORECASE,
)
CAMP_WORD_RE = re.compile(_CAMP, re.IGNORECASE)
FACILITY_KIND_RE = re.compile(
    r"\b(?:(?P<kwanliso>political\s+prison(?:er)?s?\s+camps?|kwan-?li-?so|kwalliso|"
    r"concentration\s+camps?|internment\s+camps?)|(?P<kyohwaso>re-?education\s+camps?|"
    r"reform[\s-]+through[\s-]+labou?r\s+camps?|"
    r"(?:kyo|gyo)-?hwa-?so|reform\s+camps?|penitentiar(?:y|ies))|(?P<rodong_danryeondae>labou?r\s+"
    r"training\s+camps?|labou?r\s+camps?|rodong\s+danryeondae)|(?P<jipkyulso>(?:collection|"
    r"assembly)\s+(?:cent(?:er|re)s?|points?)|jipkyulso)|(?P<kuryujang>(?:holding|detention|"
    r"interrogation)\s+(?:cent(?:er|re)s?|facilit(?:y|ies)|cells?)|kuryujang|cellars?|"
    r"(?:state\s+security|mss|bowibu)\s+(?:jail|office|cells?|building)))\b",
    re.IGNORECASE,
)
# A kind of facility in the plural ("holding centres", "camps"): several, none identified
PLURAL_KIND_RE = re.compile(r"(?:camps|cent(?:er|re)s|facilities|penitentiaries|points)$",
                            re.IGNORECASE)
# Words one of which every facility description holds (a quick test before the pattern).
FACILITY_KIND_WORDS = ("camp", "kwan", "kyo", "gyo", "cent", "facilit", "cell", "jail", "office",
                       "prison", "penitentiar", "kuryujang", "jipkyulso", "danryeondae", "point",
                       "building")
# Words that tie a text to North Korea when it names no place there ("the North", "DPRK").
NORTH_KOREA_RE = re.compile(
    r"\b(?:north\s+korea\w*|n\.\s*korea\w*|dprk|pyongyang|the\s+north|kim\s+jong[\s-]+"
    r"(?:un|il)|kim\s+il[\s-]+sung|bowibu|kwan-?li-?so|(?:kyo|gyo)-?hwa-?so|defectors?|escapees?)\b",
    re.IGNORECASE)
RELEVANCE_RE = re.compile(
    r"\b(?:prison\s+camps?|political\s+prisoners?|kwan-?li-?so|(?:kyo|gyo)-?hwa-?so|detention|"
    r"detained|arrested|imprisoned|repatriat\w*|executed|executions?|tortured?|"
    r"re-?education\s+camps?|labou?r\s+camps?|gulag|holding\s+cent(?:er|re)s?)\b",
    re.IGNORECASE,
)
