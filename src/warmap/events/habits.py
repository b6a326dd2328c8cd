"""Habits: words that tell what a side does, or what a place is like, rather than one event
("frequent airstrikes", "have responded with suicide car bombs", "a region plagued by
attacks"). Each rule is asked of a trigger's token by ``filters.no_event_rule``.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

__all__ = ["is_frequentative", "is_ongoing", "is_place_description", "is_tactic", "is_support_role", "is_means_of_support"]

#: A day or a month told in the clause: "... and dropped barrel bombs on Harasta on Monday"
_WHEN_WORDS = re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|"
                         r"tonight|overnight|morning|evening|night|January|February|March|April|May|June|July|"
                         r"August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b")

#: "carrying out frequent airstrikes and dropping barrel bombs": a habit, not one event.
_FREQUENT = {"frequent", "regular", "daily", "nightly", "routine", "constant", "continual", "repeated",
             "near-daily", "weekly", "incessant", "relentless", "periodic", "continued", "continuing",
             "ongoing", "persistent", "sustained", "increasing", "mounting", "growing"}


def is_frequentative(tok: Token) -> bool:
    """A nominal trigger that a word of frequency makes a habit ("frequent airstrikes"), or the
    object of a verb coordinated with such a habit ("carrying out frequent airstrikes and
    dropping barrel bombs": the bombs are the same habit)."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    if any(c.dep_ in ("amod", "advmod", "compound") and c.lower_ in _FREQUENT for c in tok.children):
        return True
    whole = tok
    while whole.dep_ in ("compound", "conj", "nmod") and whole.head.pos_ in ("NOUN", "PROPN") and whole.head.i != whole.i:
        whole = whole.head
    if whole.dep_ == "pobj" and whole.head.lower_ == "of" and any(  # "repeated waves of missile and drone attacks"
            c.dep_ == "amod" and c.lower_ in _FREQUENT for c in whole.head.head.children):
        return True
    if tok.tag_ == "NNS" and tok.dep_ == "dobj" and (tok.head.lemma_.lower() in _MORE_OF or tok.head.lemma_.lower() == "step"
                                                     and any(c.lower_ == "up" for c in tok.head.children)):
        return True  # "militants who have stepped up attacks on the security forces": a trend, no one event
    while tok.dep_ == "compound" and tok.head.i != tok.i:
        tok = tok.head
    verb = tok.head if tok.dep_ == "dobj" else None
    if verb is None or verb.dep_ != "conj" or _WHEN_WORDS.search(" ".join(t.text for t in verb.subtree)):
        return False  # "... and dropped barrel bombs on Harasta on Monday": dated, one event
    return any(o.dep_ == "dobj" and is_frequentative(o) for o in verb.head.children if o.i != tok.i)


_GOING_ON = {"continue", "keep", "persist"}


def is_ongoing(tok: Token) -> bool:
    """A deed told as going on, in the perfect and with no day: "the rebels have continued to
    fire missiles at Marib", "have kept attacking army posts": a state of the war, no one event
    (the caller asks only of sentences that give no date)."""
    verb = tok if tok.pos_ in ("VERB", "AUX") else tok.head
    while verb.dep_ == "dobj" and verb.head.i != verb.i:
        verb = verb.head  # ("have continued their attacks")
    keep = verb.head if verb.dep_ in ("xcomp", "dobj") else verb
    return keep.lemma_.lower() in _GOING_ON and any(
        c.dep_ == "aux" and c.lemma_.lower() == "have" for c in keep.children)


#: Verbs that make events more frequent: what they govern is a trend
_MORE_OF = {"intensify", "escalate", "increase", "ramp", "redouble", "multiply"}
_REGION_NOUNS = {"region", "area", "province", "district", "country", "town", "city", "zone", "part", "state", "border"}


def is_place_description(tok: Token) -> bool:
    """Events in the plural describing a place ("Soum province, a region plagued by attacks
    linked to Al-Qaeda"): what the place is like, no one event."""
    if tok.tag_ != "NNS" or any(c.dep_ == "det" for c in tok.children):
        return False
    for t in list(tok.ancestors)[:4]:
        if t.dep_ == "appos" and t.lemma_.lower() in _REGION_NOUNS:
            return True
    return False


_TACTIC_VERBS = {"respond", "rely", "resort", "turn", "counter", "defend", "fight", "use", "employ", "deploy", "answer"}


def is_tactic(tok: Token) -> bool:
    """Weapons named in the plural as a side's means ("have responded with suicide car bombs,
    snipers and roadside bombs", "rely on roadside bombs"): how it fights, no one attack."""
    while tok.dep_ in ("conj", "compound") and tok.head.i != tok.i:
        tok = tok.head
    if tok.tag_ not in ("NNS", "NNPS"):
        return False
    head = tok.head.head if tok.dep_ == "pobj" else tok.head if tok.dep_ == "dobj" else None
    if head is not None and head.dep_ in ("xcomp", "advcl") and head.tag_ == "VB" and head.head.lemma_.lower() in ("use", "employ"):
        head = head.head  # "have been using drones to drop grenades on troops"
    return head is not None and head.lemma_.lower() in _TACTIC_VERBS and head.tag_ != "VBD"


#: Verbs of a supporting role: "coalition aircraft and artillery are supporting the advance"
_SUPPORTING = {"support", "back", "assist", "help", "cover", "accompany", "aid", "enable"}


def is_support_role(tok: Token) -> bool:
    """Weapons or aircraft named as the subject of a supporting role ("Coalition aircraft and
    artillery supported the SDF throughout the campaign"): a part played, no one strike told."""
    while tok.dep_ in ("conj", "compound") and tok.head.i != tok.i and tok.head.pos_ in ("NOUN", "PROPN"):
        tok = tok.head
    return tok.dep_ == "nsubj" and tok.head.lemma_.lower() in _SUPPORTING


def is_means_of_support(tok: Token) -> bool:
    """ "supported Iraqi forces with airstrikes", "with thousands of airstrikes": strikes in the
    plural as the means of another's fight (with a count of their own they are reported: "with 12 airstrikes")."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in _MANY:
        tok = tok.head.head
    elif any(c.dep_ == "nummod" for c in tok.children):
        return False
    if tok.dep_ != "pobj" or tok.head.lower_ != "with":
        return False
    verb = tok.head.head
    for _ in range(3):  # ("supported Iraqi forces throughout the year with airstrikes": hung on "year")
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    return verb.lemma_.lower() in _SUPPORTING


_MANY = {"thousand", "hundred", "dozen", "score", "lot", "number"}
