"""Event nouns that point at an event reported elsewhere: "within hours of the capture", "since
the fall of Mosul", "arrested five men over Friday's attack", "in retaliation for the attack".
Such a noun names an event, but the sentence reports another (or none); ``filters`` drops it."""

from __future__ import annotations

from spacy.tokens import Token

from warmap.events.captures import held_since
from warmap.events.date_cues import CALENDAR_WORDS
from warmap.events.dating import _CAMPAIGN_NOUNS
from warmap.events.vocabulary import words

__all__ = ["is_reference"]

_REFERENCE_PREPS = {"after", "since", "before", "following", "until", "during", "within", "despite", "through"}
_FIGHTS = words("fights", "nouns")
_TOWARD_PREPS = {"to", "toward", "towards", "from", "near"}
#: What an event told before stirred: "undeterred by the killing", "angered by the arrest", "sparked by the shooting"
_STIRRED = {"undeterred", "unfazed", "anger", "outrage", "incense", "enrage", "spark", "trigger", "prompt", "provoke",
            "fuel", "galvanize", "galvanise", "shock", "horrify"}
_DAY_WORDS = CALENDAR_WORDS | {"yesterday", "today"}
#: Verbs (and nouns) of protest, whose object is the protest's cause (not "condemned the rocket fire that struck X")
_PROTESTED = {"protest", "mourn", "rally", "march", "demonstrate", "demonstration", "sit-in", "vigil"}
_SPOKEN_OF = {"describe", "call", "hail", "welcome", "praise", "celebrate"}  # (not "condemned the bombing": often its only report)
_JUDGED = words("judged", "lemmas")  # (a verdict, an arrest, blame over an event told elsewhere)
_ACCUSING = words("judged", "accusing")
_MOVING = {"flee", "escape", "move", "send", "rush", "head", "return", "deploy", "run", "come", "go", "bring"}
_TIME_NOUNS = {"hour", "day", "week", "month", "year", "aftermath", "wake", "anniversary", "eve", "time"}


def is_reference(tok: Token) -> bool:
    """A nominal trigger that points at an event reported elsewhere ("within hours of the
    capture", "since the fall of Mosul", "after the attack"), not a report of one."""
    if held_since(tok):
        return True  # "a city ISIL had held since January 2014": its capture, told in the background
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    if any(a.lemma_.lower() in ("charge", "accusation", "count") and a.pos_ == "NOUN" for a in list(tok.ancestors)[:4]):
        return True  # "sentenced him on charges including organising mass riots in Nukus": a charge, not a report
    if tok.dep_ == "compound" and tok.head.lemma_.lower() == "toll" and any(  # ("the death toll in the bombing")
            g.dep_ == "pobj" and is_reference(g) for c in tok.head.children if c.dep_ == "prep" for g in c.children):
        return True
    while tok.dep_ in ("conj", "compound") and tok.head.i != tok.i:  # "through training and airstrikes"
        tok = tok.head  # "a car bomb attack": the head noun
    told = _definite(tok) or any(c.dep_ == "poss" for c in tok.children)
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in _PROTESTED | _SPOKEN_OF and told and not any(
            t.lower_ in _DAY_WORDS for t in (*tok.subtree, *tok.doc[tok.i + 1:tok.i + 2])):  # ("welcomes the signing today")
        return True  # "supporters protesting Imran Khan's arrest", "described the recapture as a turning point"
    if tok.dep_ == "dobj" and any(c.dep_ == "det" and c.lower_ in ("that", "those", "these") for c in tok.children):
        return True  # "U.S. aircraft supported that offensive from Aug. 1": the offensive told before
    if tok.dep_ == "nsubj" and tok.head.lemma_.lower() == "come" and told:
        return True  # "The shooting and the riot came as officials met in Aqaba": the deeds told before, set in time
    if tok.dep_ == "nsubj" and tok.head.lemma_.lower() == "be" and told and any(
            c.dep_ == "attr" and c.pos_ == "NOUN" for c in tok.head.children) and not any(
            t.lower_ in _DAY_WORDS for t in tok.subtree):  # ("The attack on Monday was the deadliest": told here)
        return True  # "The capture of Barawe is the biggest gain of the offensive": a verdict on a deed told before
    if tok.dep_ == "appos" and tok.lemma_.lower() in _CAMPAIGN_NOUNS and tok.head.pos_ == "PROPN":
        return True  # "Operation Indian Ocean, a joint offensive by Somali forces and AMISOM": what the name stands for
    if tok.dep_ != "pobj":
        return False
    if tok.head.lower_ in ("against", "over") and tok.head.head.lemma_.lower() in _PROTESTED and told:
        return True  # "rallied against the killing of a student"
    if any(c.dep_ == "det" and c.lower_ in ("that", "this", "these", "those", "either", "neither", "both", "each")
           for c in tok.children):
        return True  # "how many soldiers were lost in that attack", "in either airstrike": told before
    if tok.head.lower_ in ("in", "from", "of") and tok.head.head.lemma_.lower() in ("toll", "count") and _definite(tok) \
            and not any(t.lower_ in _DAY_WORDS for t in tok.subtree):
        return True  # "the police chief said the death toll in the suicide bombing stood at 84": its toll, told of
    prep = tok.head
    if prep.lower_ in _REFERENCE_PREPS:  # (not "killed during a gun battle with troops": told here)
        return not (prep.lower_ in ("during", "after") and tok.lemma_.lower() in _FIGHTS and not told and (
            prep.lower_ == "during" or any(c.dep_ == "prep" and c.lower_ == "between" for c in tok.children)))
        # ("during clashes in X"; "a day after heavy fighting between the army and Fano around Bure": its sides named)
    if prep.lower_ == "of" and prep.head.lower_ == "one" and prep.head.dep_ == "pobj" \
            and any(c.dep_ == "amod" and c.tag_ == "JJS" for c in tok.children):
        return True  # "a day after one of the deadliest attacks on civilians in months": a ranking of one told elsewhere
    if prep.lower_ == "by" and prep.head.lemma_.lower() in _STIRRED and _definite(tok):
        return True  # "undeterred by the killing of two people a day earlier", "protests sparked by the shooting"
    if prep.lower_ == "over" and prep.head.lemma_.lower() in _JUDGED and told:
        return True  # "sentenced 75 people to death over the 2013 sit-in", "arrested five men over Friday's attack"
    if prep.lower_ == "of" and (prep.head.lemma_.lower() in _ACCUSING or prep.head.dep_ == "dobj"  # ("accuse X of")
                                and prep.head.head.lemma_.lower() in _ACCUSING) \
            and not any(t.lower_ in _DAY_WORDS for t in tok.subtree):
        return True  # "residents accuse its fighters of killings, abductions and looting": a charge, no one event
    if prep.lower_ == "with" and prep.head.lower_ == "connection" and told:
        return True  # "detained eight people in connection with the attack on a madrasa": what they are held for
    if prep.lower_ == "for" and prep.head.lemma_.lower() in _PAVING:
        return True  # "clearing the way for the advance on Raqqa": what is to come
    if prep.lower_ == "for" and prep.head.lemma_.lower() in _ANSWERING and not any(c.dep_ in ("relcl", "acl") for c in tok.children):
        return True  # "those responsible for a missile attack", "in retaliation for the attack": told elsewhere
    if prep.lower_ in _TOWARD_PREPS and _definite(tok) and (
            prep.head.pos_ in ("ADV", "ADJ") or prep.head.lemma_.lower() in _MOVING):
        return True  # "closer to the fighting", "fled from the clashes": the fighting told elsewhere
    if _definite(tok) and _in_relative_clause(tok):
        return True  # "a shopkeeper whose cousin was wounded in the blast": the blast told before
    if prep.lower_ == "in" and tok.tag_ == "NNS" and any(c.dep_ == "nummod" and c.lower_ in _SEVERAL for c in tok.children) \
            and not any(c.dep_ == "relcl" or c.dep_ == "prep" and c.lower_ in ("on", "against") for c in tok.children):
        return True  # "49 civilians and 15 soldiers killed in two assaults": a toll of events told one by one
        # (but "killed in the two car bombs that struck the ministry", "in two attacks on the police academy"
        # tell them here, with what they hit)
    if prep.lower_ == "of" and _lasted(prep.head, tok):
        return False  # "two days of heavy fighting": how long it went on, reported here
    return prep.lower_ == "of" and prep.head.lemma_.lower() in _TIME_NOUNS | _TRACE_NOUNS


_SEVERAL = {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "multiple"}


def _lasted(span: Token, event: Token) -> bool:
    """ "two days of fighting", "several hours of clashes": a counted stretch of time filled by
    an event not named as one already told ("hours of the attack")."""
    return span.lemma_.lower() in _SPANS and not _definite(event) \
        and any(c.dep_ == "nummod" or c.lower_ in ("several", "few", "many") for c in span.children)


_SPANS = {"hour", "day"}  # (weeks or months of fighting sum up a campaign)


#: What an event leaves behind: "a victim of a bombing attack receives treatment", "the site
#: of the strike", "footage of the shelling" point at an event; they report none.
_TRACE_NOUNS = {"victim", "survivor", "site", "scene", "wreckage", "debris", "rubble", "remains",
                "memorial", "video", "footage", "photo", "photograph", "picture", "image", "images"}

_ANSWERING = {"responsible", "accountable", "retaliation", "revenge", "reprisal", "blame",
              "justice", "punishment", "punish", "avenge"}
_PAVING = {"way", "stage", "ground", "prelude", "preparation", "preparations"}


def _definite(tok: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those") for c in tok.children)


def _in_relative_clause(tok: Token) -> bool:
    cur = tok
    for _ in range(5):
        if cur.dep_ == "relcl":
            return True
        if cur.pos_ in ("VERB", "AUX") and any(  # "whose brother was wounded", however parsed
                t.tag_ in ("WP", "WP$", "WDT") for c in cur.children for t in (c, *c.children)):
            return True
        if cur.head.i == cur.i:
            return False
        cur = cur.head
    return False
