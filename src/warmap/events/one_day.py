"""Sentences that tell no one day's event: background, a habit, a tally or a state of things.

"had been besieged for a year", "on three occasions", "have been fighting the YPG since 20
January", "between January and June 2022", "have cleared much of southern Nangarhar since March":
ACLED codes atomic events of one day, so such a sentence gives none (``extract`` asks
``is_no_one_day`` of each event it reads).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Token

from warmap.events.captures import held_since
from warmap.events.date_cues import CALENDAR_WORDS, SAME_TIME, later_by
from warmap.events.dating import _CAMPAIGN_NOUNS, _SINCE, _speech_date, in_another_clause
from warmap.events.filters import _OWN_DATE, DURATION, clause_head, is_background, is_first_person, is_habitual
from warmap.events.first_chars import guarded
from warmap.events.reading import Reading, SentenceAnalysis
from warmap.records import DateWindow

__all__ = ["SUMMARY", "ONGOING_SINCE", "SINCE_DAYS_AGO", "backdrop", "is_no_one_day", "perfect_since"]


#: Words that sum up many events or a whole war rather than report one: "on at least three
#: occasions", "hundreds of thousands have been killed", "since the start of the war",
#: "liberated 700 square miles", "cleared 20 percent of the city".
SUMMARY = guarded(re.compile(
    r"\bon\s+(?:at\s+least\s+|more\s+than\s+)?(?:\d+|two|three|four|five|six|several|many|numerous|multiple)\s+occasions\b"
    r"|\b(?:\d+|two|three|four|five|several|many|dozens\s+of)\s+times\b|\brepeatedly\b"
    r"|\b(?:hundreds|tens)\s+of\s+thousands\b|\bmillions\s+of\b|\b[Tt]he\s+(?:war|conflict|insurgency|violence)\s+(?:has|have)\s+(?:\w+\s+)?(?:killed|displaced)\b|\b(?:dozens|scores|hundreds)\s+of\s+(?:[\w-]+\s+)?(?:towns|villages|cities|posts|outposts|bases|positions)\b"
    r"|\bsince\s+the\s+(?:start|beginning|outbreak)\s+of\s+the\s+(?:war|conflict|uprising|crisis|revolution)\b"
    r"|\b(?:has|have|had)\s+been\s+(?:widespread|rampant|commonplace|systematic)\b"
    r"|\bin\s+the\s+past\b(?!\s+(?:\d+|two|three|few|several)\s)|\b(?:bring(?:s|ing)?|brought)\s+the\s+total\b|\bnow\s+totals?\b"
    r"|\bsquare\s+(?:miles|kilometres|kilometers)\b|\bsq\.?\s*km\b|\b\d+\s*(?:percent|per\s+cent|%)\s+of\b"
    r"|\b(?:much|most|all|parts?|swaths?|some)\s+of\s+the\s+territory\b|\bterritory\s+(?:it|they)\s+(?:once|had|formerly)\b",
    re.I))

#: "almost every day this month", "day after day", "killed each year in such raids": many days'
#: events, whatever day the sentence names
#: "marches took place in dozens of other towns, including Kosice, Zilina and Presov": the towns
#: a count names are each one's event (several_places), not a tally
_TOWNS_NAMED = re.compile(r"\b(?:towns|villages|cities)\b,?\s+(?:such\s+as|including)\s+(?:in\s+)?[A-Z]")
_MANY_DAYS = re.compile(r"\b(?:almost|nearly|virtually)\s+(?:daily|nightly|every\s+(?:day|night))\b"
                        r"|\b(?:day\s+after\s+day|night\s+after\s+night)\b"
                        r"|\b(?:each|every|per)\s+year\b|\bannually\b", re.I)

_PERFECT_TALLY = (r"(?:have|has|had)\s+(?:\w+\s+)?(?:conducted|carried\s+out|launched|killed|been\s+killed|been\s+wounded"
                  r"|been\s+displaced|been\s+arrested|been\s+detained|been\s+abducted|struck|hit|destroyed|retaken"
                  r"|recaptured|liberated|captured|seized|lost|fled)")
ONGOING_SINCE = guarded(re.compile(r"\b(?:have|has)\s+(?:\w+\s+)?been\s+\w+ing\b(?=.*\bsince\b)|\bsince\b.*\b(?:have|has)\s+(?:\w+\s+)?been\s+\w+ing\b"
                                   # "Since the offensive began in March, the coalition has conducted 140 strikes"
                                   # ("have recaptured the town, held by insurgents since 2020": the aside's)
                                   rf"|\bsince\b[^.;]*?\b{_PERFECT_TALLY}\b|\b{_PERFECT_TALLY}\b(?:[^.;,]|(?<=\d)[.,](?=\d))*?\bsince\b"
                                   # ("had been arrested, charged or sentenced since 1 February": a list of participles)
                                   rf"|\b{_PERFECT_TALLY}(?:,\s+\w+ed)*,?\s+(?:or|and)\s+\w+ed\s+since\b"
                                   # ("have been killed ... in the protests that began in mid-September": the same)
                                   rf"|\b{_PERFECT_TALLY}\b[^.;]*?\b(?:that|which)\s+(?:began|started|erupted|broke\s+out)\b", re.I))

#: "in the first two days of demonstrations", "over the past three days of fighting": several days summed up
_DAYS_OF = re.compile(r"\b(?:in|over|during)\s+the\s+(?:first|last|past|previous|opening)\s+(?:\d+|two|three|four|five|six|"
                      r"seven|ten|few|several)\s+days\s+of\b", re.I)

_MONTH_NAME = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_BETWEEN_MONTHS = re.compile(rf"\bbetween\s+{_MONTH_NAME}(?:\s+\d{{4}})?\s+and\s+(?:the\s+end\s+of\s+)?{_MONTH_NAME}\b")

#: "have been battling ... since Sunday": fighting that began days ago is still this week's
#: event, dated by the day it began, unlike "since 20 January" or "since 2014".
SINCE_DAYS_AGO = re.compile(
    r"\bsince\s+(?:(?:early|late|last)\s+)?(?:yesterday|dawn|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b", re.I)


#: "his most significant victory since the start of the war", "the deadliest attack since
#: 2014": a comparison with the past, which makes no tally of the sentence's event.
_SUPERLATIVE_SINCE = re.compile(
    r"\b(?:(?:most|least)\s+\w+|\w+iest|worst|biggest|largest|greatest|strongest|fiercest|highest|longest|gravest"
    r"|toughest|first)\b(?:\s+[\w'’-]+){0,6}?\s+since\b[^,.;]*", re.I)


#: An undated present-perfect toll in the hundreds or thousands: a campaign's, not one day's
_CUMULATIVE_TOLL = re.compile(r"\b(?:hundreds|thousands)\s+of\s+(?:[\w-]+\s+){0,2}(?:have|has)\s+(?:now\s+)?been\s+"
                              r"(?:killed|wounded|injured|displaced|detained|arrested)\b|\b(?:has|have)\s+(?:\w+\s+)?killed\s+"
                              r"(?:(?:more|many)\s+than\s+|at\s+least\s+|nearly\s+|some\s+)?(?:hundreds|thousands)\b", re.I)


#: "..., as fighting between the army and the militia enters its third week": the war's state,
#: told as the setting of the sentence's event, no event of its own (nor its sides the event's)
_BACKDROP = guarded(re.compile(
    # ("withdrew overnight following weeks of fighting": a campaign's span behind the event)
    r"\b(?:following|after|amid|despite|ending)\s+(?:several\s+|many\s+)?(?:weeks|months|years)\s+of\s+(?:[\w-]+\s+)?"
    r"(?:fighting|clashes|battles|shelling|bombardment|siege|war)\b|"
    r"\b(?:as|while|amid)\s+(?:the\s+)?(?:heavy\s+|fierce\s+)?(?:fighting|clashes|battles?|war|conflict|hostilities)\b"
    r"[^.;]{0,120}?\s+(?:(?:enters?|entered|entering)\s+(?:its|a|the)\s+(?:\w+\s+)?(?:day|week|month|year)"
    r"|(?:continues?|continued|continuing|persists?|persisted|drags?\s+on|dragged\s+on|grinds?\s+on|wears?\s+on"
    r"|goes\s+on|went\s+on)\b(?!\s+(?:in|at|near|around|on\s+the\s+outskirts)\b))", re.I))


def backdrop(sentence: str) -> list[tuple[int, int]]:
    """Where the sentence tells the war as the setting of its event ("as fighting between the
    federal army and a regional militia enters its third week"): triggers there are none. A clause
    that names where the fighting goes on ("as clashes continued in the city") may be an event."""
    return [m.span() for m in _BACKDROP.finditer(sentence)]


def is_no_one_day(sent: SentenceAnalysis, sentence: str, best: Reading, sent_dates: Sequence[DateWindow]) -> bool:
    """Does the event ``best`` leads in ``sent`` (text ``sentence``, dates ``sent_dates``) tell
    background, a habit, a tally or a state of things rather than one day's event?"""
    if _ranked(best.token):
        return True  # "The strike appears to be the deadliest air attack ...": the event told before, ranked
    if _since_began(best.token):
        return True  # "Since the FARC demobilized under the 2016 peace deal, the ELN has grown": a start, no day of its own
    if "since" in sentence:
        if _in_since_clause(best.token):
            return True  # "48 have died since anti-government protests began", "the deadliest since the army seized power"
        sentence = _SUPERLATIVE_SINCE.sub("", sentence)
    # (a date of another clause is no anchor: "fought alongside the army during the two-year war, which
    # ended with a deal signed in November last year"; "Within an hour, ... had overrun" is one)
    # ("Two days earlier, they had taken back al-Rashad": a day counted from the one told before)
    anchored = any(not _speech_date(sent, d) and not in_another_clause(sent, d, best.token) for d in sent_dates) \
        or SAME_TIME.match(sentence) is not None or (later_by(sentence) or (0, ""))[1] in ("day", "week")
    if not anchored and (is_background(best.token) or DURATION.search(sentence)
                         or is_habitual(best.token) or is_first_person(best.token)):
        return True  # "had been besieged", "has fought ISIS for months": background, no one event
    if (_in_a_series(best.token) or _SHARE_OF.match(sentence)) and not any(d.precision == "day" for d in sent_dates):
        return True  # "reinforced after a series of attacks in the district this month": many events summed up
    if _counted(best.token):
        return True  # "the commission recorded 627 arrests of protesters": a monitor's count, many events
    if not anchored and _carried_on(best.token):
        return True  # "missile and drone attacks continued to reach cities far from the front": a state of things
    if SUMMARY.search(sentence) and (not sent_dates or _SINCE.search(sentence)) and not _TOWNS_NAMED.search(sentence) \
            or _MANY_DAYS.search(sentence):
        return True  # a tally of many events or of a war: "on three occasions", "700 square miles"
    if not sent_dates and _CUMULATIVE_TOLL.search(sentence):
        return True  # "hundreds of civilians have been killed in the battle for Manbij, many in airstrikes"
    if _DAYS_OF.search(sentence):
        return True  # "15 people were killed in the first two days of demonstrations in Goma and Butembo": days' toll
    if _BETWEEN_MONTHS.search(sentence) or _long_span(sentence, sent.start, sent_dates):
        return True  # "1,200 civilians were killed in attacks ... between January and June 2022": a half-year's toll
    if ONGOING_SINCE.search(sentence) and not SINCE_DAYS_AGO.search(sentence):
        return True  # "have been fighting the YPG since 20 January": a state, not one day's event
    if _war_did_it(best.token):
        return True  # "The conflict in Darfur, which began in 2003, killed some 300,000 people": a war's toll
    return perfect_since(best.token) and not held_since(best.token)


#: Nouns that sum up many events of a kind ("a series of attacks", "a wave of kidnappings")
_SERIES = frozenset({"series", "spate", "wave", "string", "rash", "spree"})


def _in_a_series(tok: Token) -> bool:
    """Is the trigger the noun a series noun counts ("after a series of attacks in the district"),
    or a share of many ("Most of the attacks used chlorine")?"""
    head = tok.head.head  # (the lemmatiser makes "series" a "serie")
    return tok.dep_ == "pobj" and tok.head.lower_ == "of" and (
        head.lower_ in _SERIES or head.lemma_.lower() in _SERIES or head.lower_ in _SHARES and tok.tag_ == "NNS")


#: A sentence about a share of the events told before: "Most of the attacks used chlorine"
_SHARE_OF = re.compile(r"(?:most|many|some|all|several|half|none|few)\s+of\s+(?:the|these|those|them)\b", re.I)
#: Shares of many events: "most of the attacks", "many of the strikes"
_SHARES = frozenset({"most", "many", "some", "all", "several", "half", "majority", "none", "few"})


#: Verbs of a monitor's counting: what they count in numbers is a tally of many events
_COUNTING = frozenset({"record", "document", "register", "verify", "log", "count", "tally"})
#: What such a count counts (not the dead of a day's list: "documented 98 deaths: 17 civilians in ...")
_CASES = frozenset({"case", "incident", "instance", "violation", "arrest", "detention", "abduction", "disappearance",
                    "attack", "killing", "kidnapping", "event"})


def _counted(tok: Token) -> bool:
    """Is the trigger inside a number of cases a monitor counts ("recorded 32 cases of enforced
    disappearance and 627 arrests of protesters", "documented 154 cases of rape")?"""
    for t in (tok, *tok.ancestors):
        if t.pos_ in ("VERB", "AUX"):
            return False
        if t.lemma_.lower() in _CASES and t.tag_ == "NNS" and any(c.dep_ == "nummod" for c in t.children):
            # (through the nouns and prepositions above it: "32 cases of ... and 627 arrests")
            verb = next((a for a in t.ancestors if a.pos_ in ("VERB", "AUX")), None)
            return verb is not None and verb.lemma_.lower() in _COUNTING
    return False


#: Verbs that carry on what their complement tells ("continued to be shelled", "kept attacking")
_CARRY_ON = frozenset({"continue", "keep", "persist"})


def _carried_on(tok: Token) -> bool:
    """Is the trigger inside what a verb of carrying on governs ("attacks continued to reach cities",
    "continued to receive reports of casualties caused by shelling")? Undated, that tells a
    state of things over days, not one day's event."""
    return any(t.dep_ in ("xcomp", "pcomp") and t.head.lemma_.lower() in _CARRY_ON
               or t.lemma_.lower() in _CARRY_ON and any(c.dep_ == "xcomp" for c in t.children) for t in (tok, *tok.ancestors))


#: Nouns for a whole war: what one kills or drives out is its toll, not one day's event
_WAR_NOUNS = frozenset({"war", "conflict", "insurgency", "crisis", "uprising", "rebellion"})


def _war_did_it(tok: Token) -> bool:
    """Is the trigger's verb done by a war itself ("the conflict ... killed some 300,000 people",
    "the war displaced millions")?"""
    verb = tok if tok.pos_ in ("VERB", "AUX") else clause_head(tok)
    return verb.lemma_.lower() in ("kill", "displace", "claim", "leave", "uproot") and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in _WAR_NOUNS for c in verb.children)


_SPAN_GAP = re.compile(r"\s*(?:and|to|until|till|through|-|\u2013)\s*", re.I)
_SPAN_OPEN = re.compile(r"\b(?:between|from)\s+(?:the\s+)?$", re.I)


def _long_span(sentence: str, base: int, dates: Sequence[DateWindow]) -> bool:
    """ "Between Aug. 1 and Dec. 19, 2016, ... conducted 495 airstrikes", "208 strikes between Dec. 2 and
    Dec. 8": two dates most of a week or more apart that bound what the sentence tells, a period's
    tally rather than one day's event."""
    for a, b in zip(dates, dates[1:]):
        if a.start is None or b.start is None or a.end is None:
            continue
        if _SPAN_GAP.fullmatch(sentence, a.end - base, b.start - base) and _SPAN_OPEN.search(sentence, 0, a.start - base) \
                and (b.date_max - a.date_min).days >= 5:
            return True
    return False


def perfect_since(tok: Token) -> bool:
    """Is the trigger's verb a present perfect whose own "since" names a point weeks or more
    back ("Since March, Afghan and U.S. forces have cleared much of southern Nangarhar"; "have
    recaptured dozens of towns in Hiiraan ... since August")? That is a tally of a campaign, not one
    day's event. A "since" that hangs on another verb ("the town, held by insurgents since
    2020") or names a recent day ("since Sunday") is not the verb's."""
    chain = [tok if tok.pos_ in ("VERB", "AUX") else clause_head(tok)]  # ("conducted more than 470 airstrikes")
    while len(chain) < 4 and chain[-1].dep_ in ("conj", "pcomp", "prep") and chain[-1].head.i != chain[-1].i:
        chain.append(chain[-1].head)  # "have cleared ... and killed hundreds"; "has been accused of killing"
    verbs = [v for v in chain if v.pos_ in ("VERB", "AUX")]
    verb = next((v for v in verbs if any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("have", "has", "had", "'ve")
                                         for c in v.children)), None)
    if verb is None:
        return False
    first = chain[0]
    if verb.i != first.i:
        after_since = {t.i for s in first.subtree if s.lower_ == "since" for t in s.subtree}
        if _OWN_DATE.search(" ".join(t.text for t in first.subtree if t.i not in after_since)):
            return False  # "has been on the offensive since late 2021, and in June 2022 it captured Bunagana": dated apart
    own = {v.i for v in verbs}
    for since in verb.subtree:
        if since.lower_ == "since" and since.dep_ == "mark" and since.head.head.i in own \
                and any(t.lemma_.lower() in _WAR_BEGUN for t in since.head.subtree):
            return True  # "have fired scores of missiles into the kingdom since the war began"
        if since.lower_ != "since" or since.dep_ != "prep" or since.left_edge.i <= tok.i <= since.right_edge.i:
            continue  # ("Since the fall of Ramadi in May, the province has been cut off": the event is the since)
        head = since.head
        while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
            head = head.head  # (the parser may hang it on the object: "towns ... since August")
        if head.i in own and not SINCE_DAYS_AGO.search(since.doc[since.i:since.right_edge.i + 1].text):
            return True
    return False


#: What a since-clause starts when it tells a campaign's beginning ("since the war began")
_WAR_BEGUN = _CAMPAIGN_NOUNS | {"conflict", "fighting", "uprising", "insurgency", "crisis", "revolution", "siege",
                                "intervention", "invasion"}


def _in_since_clause(tok: Token) -> bool:
    """Is the event word what a "since" says a span began with ("since anti-government protests
    began in early December", "since the fall of Mosul"), no event of its own? (Not a deed told with
    its day: "has moved little since GNA forces regained Gharyan on 26 June".)"""
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "since":
        return True  # "since the fall of Mosul"
    return tok.pos_ == "NOUN" and tok.dep_ == "nsubj" and head.lemma_.lower() in _BEGAN \
        and any(c.dep_ == "mark" and c.lower_ == "since" for c in head.children)


def _since_began(tok: Token) -> bool:
    """A deed in a "since" clause that gives it no day or month ("Since the FARC demobilized, ...")."""
    return tok.pos_ == "VERB" and tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "since" for c in tok.children) \
        and not any(t.lower_ in CALENDAR_WORDS for t in tok.subtree)


_BEGAN = frozenset({"begin", "start", "erupt", "break", "escalate", "intensify", "resume", "flare"})


def _ranked(tok: Token) -> bool:
    """An event noun that only ranks something told before ("The strike was the deadliest air attack
    of the war", "It is the worst assault on the town in years"): the complement of a copula, with
    a superlative."""
    return tok.dep_ in ("attr", "acomp") and tok.pos_ == "NOUN" and any(
        c.tag_ == "JJS" or c.dep_ == "amod" and c.lower_.startswith(("dead", "bloodi", "worst", "larg", "bigg"))
        and c.lower_.endswith("est") for c in tok.children)
