"""Which state body did it: one named in the clause or after "by" (spec 3)."""

from __future__ import annotations

from girok.extract.candidates import Candidate
from girok.extract.context import DocContext
from girok.extract.names import NameMention
from girok.extract.slots.common import clause_of, distance
from girok.gazetteer import Gazetteer

_NOT_PERPETRATORS = {"kcna", "rodong-sinmun", "workers-party-of-korea"}
_COURTS = {"central-court", "central-public-prosecutors-office"}


def event_perpetrator(doc: DocContext, gaz: Gazetteer, c: Candidate) -> str | None:
    """The state body the event's clause attributes it to (a court only for a trial); else
    the one its sentence names before the trigger, as the subject of the verb."""
    span = doc.sentences[c.sentence]
    lo, hi = clause_of(doc, c)
    if doc.language.cues.by_agent.match(doc.text, c.trigger.end):
        hi = max(hi, min(span.end, c.trigger.end + 60))
    return _body_named(doc, c, lo, hi) or _body_named(doc, c, span.start, c.trigger.start) \
        or _agent_after(doc, c) or _they(doc, c) or _local_police(doc, gaz, c, lo, hi) \
        or _returning_state(doc, gaz, c, lo)


def _returning_state(doc: DocContext, gaz: Gazetteer, c: Candidate, lo: int) -> str | None:
    """ "The People's Republic of China forcibly returned 600 North Koreans": China's security
    forces, who hand people over (the reference's body for China)."""
    if c.type != "repatriation":
        return None
    subject = [p for p in doc.names_in(lo, c.trigger.start, "place") if p.id == "china"
               and not doc.language.cues.from_country.search(
                   doc.text, max(lo, p.start - 10), p.start)]
    return "chinese-public-security" if subject else None


def _local_police(doc: DocContext, gaz: Gazetteer, c: Candidate, lo: int,
                  hi: int) -> str | None:
    """ "Police in Hoeryong have arrested a man", "the police holding cells in Musan": the
    police of North Korea are the Ministry of Social Security (the reference's "North Korean
    police"), and those of a Chinese city China's public security; none where the sentence
    names places in more than one country."""
    if c.type == "trial" or not doc.search(doc.language.cues.police, lo, hi):
        return None
    foreign = doc.search(doc.language.cues.foreign_police, lo, hi)
    if foreign is not None:  # "detained by Laotian police": that state's, wherever named
        return _FOREIGN_BODY.get(doc.language.cues.country_of_adjective(foreign))
    span = doc.sentences[c.sentence]
    countries = {gaz.country_of(p.id) for p in doc.names_in(span.start, span.end, "place")}
    return _POLICE_OF.get(countries.pop()) if len(countries) == 1 else None


_POLICE_OF = {"north-korea": "ministry-of-social-security", "china": "chinese-public-security"}


def _they(doc: DocContext, c: Candidate) -> str | None:
    """ "The Chinese police came to the farm. They arrested me": "they", the subject of the
    act, is the body named last in the few sentences before; not past a sentence set at a
    facility, whose staff "they" are."""
    if c.type == "trial" or not doc.search(doc.language.cues.they_did, max(
            doc.sentences[c.sentence].start, c.trigger.start - 20), c.trigger.start):
        return None
    for back in range(c.sentence - 1, max(-1, c.sentence - 1 - _THEY_LOOKBACK), -1):
        s = doc.sentences[back]
        found = _body_named(doc, c, s.start, s.end)
        if found is not None:
            return found
        if doc.names_in(s.start, s.end, "facility"):
            return None  # "At the Onsong holding centre, the agents ...": its staff, unnamed
    return None


_THEY_LOOKBACK = 3


def _agent_after(doc: DocContext, c: Candidate) -> str | None:
    """A body the sentence names after "by" later on ("subjected to searches, nudity and
    beatings by officials of the Ministry of State Security")."""
    span = doc.sentences[c.sentence]
    for o in doc.names_in(c.trigger.end, span.end, "organization"):
        if o.id not in _NOT_PERPETRATORS and o.id not in _COURTS and \
                doc.language.cues.by_before.search(doc.text, max(span.start, o.start - 30),
                                                   o.start):
            return o.id
    return None


def _names_a_facility(doc: DocContext, end: int) -> bool:
    """ "the Ministry of Social Security detention center": the body names where people were
    held, not who tried them."""
    m = doc.search(doc.language.camp_word, end, end + 30)
    return m is not None and not doc.text[end : m.start()].strip()


def _members_befallen(doc: DocContext, c: Candidate, body: NameMention) -> bool:
    """ "20 officials of the Ministry of People's Security were arrested", "including two
    Ministry of Social Security officers, were arrested": the body the victims belong to, not
    the one that acted."""
    cues = doc.language.cues
    members = cues.members_of.search(doc.text, max(0, body.start - 30), body.start) is not None \
        or (cues.members_after.match(doc.text, body.end) is not None and  # "two MSS officers"
            cues.counted_before.search(doc.text, max(0, body.start - 16), body.start) is not None)
    return body.end <= c.trigger.start and members and \
        cues.be_between.search(doc.text, body.end, c.trigger.start) is not None


def _body_named(doc: DocContext, c: Candidate, lo: int, hi: int) -> str | None:
    text = doc.text[lo:hi]
    then = doc.language.cues.then_held
    state = [o for o in doc.names_in(lo, hi, "organization") if o.id not in _NOT_PERPETRATORS
             and (c.type == "trial" or o.id not in _COURTS)
             and not (c.type == "trial" and _names_a_facility(doc, o.end))
             # "returned from China were detained at State Security facilities": the next act's
             and not (c.type == "repatriation" and o.start > c.trigger.end
                      and then.search(doc.text, c.trigger.end, o.start))
             and not _members_befallen(doc, c, o)]
    if state:
        return min(state, key=lambda n: distance(n.start, n.end, c.trigger.start,
                                                  c.trigger.end)).id
    cues = doc.language.cues
    if cues.local_security.search(text) and not cues.not_state_security.search(text):
        return "ministry-of-state-security"
    foreign = cues.foreign_police.search(text)
    if foreign is not None:
        return _FOREIGN_BODY.get(cues.country_of_adjective(foreign))
    return None


# The body the reference lists for another state's police ("Chinese police"); none for others.
_FOREIGN_BODY = {"china": "chinese-public-security"}
