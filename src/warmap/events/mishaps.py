"""Sentences that read like violence or protest but tell of neither: the dead of an accident
("a plane crashed into a gorge ...; 68 bodies have been recovered", "a military helicopter crashed,
killing four soldiers"), a protest word that only says why someone acted ("several ministers
resigned in protest"), an event named again ("It was the eighth air attack on the capital") and a
trend ("bombings have become more frequent"). ACLED codes no accident and no resignation."""

from __future__ import annotations

import re

from spacy.tokens import Token

from warmap.events.first_chars import guarded

__all__ = ["is_accident_toll", "is_event_renamed", "is_house_arrest", "is_protest_motive", "is_role", "is_trend", "text_rule"]

#: What an accident or a disaster is told by
_ACCIDENT = guarded(re.compile(
    r"\b(?:crash(?:ed|es)?|crash-landed|capsiz(?:ed|es|ing)|sank|derail(?:ed|ment)|landslides?|mudslides?"
    r"|floods?|flooding|earthquake|stampede|drown(?:ed|ing)|avalanche|cyclone|typhoon|hurricane|accident(?:ally)?"
    r"|mishap|technical\s+(?:fault|failure|problem)|bad\s+weather|ran\s+aground)\b", re.I))
#: Words that tell that someone acted: a side, its weapon, its deed
_SOMEONE_ACTED = (r"attack(?:ed|s|ers?)?|gunm[ae]n|missiles?|rockets?|shell(?:ed|ing|s)?|strikes?|struck|drones?|sabotage"
                  r"|militants?|insurgents?|rebels?|claimed|arson|grenades?|IEDs?")
#: ... and so made an accident happen ("shot down", "a drone crashed into", "after shelling")
_DONE_BY_SOMEONE = guarded(re.compile(
    rf"\b(?:{_SOMEONE_ACTED}|shot\s+down|downed|bomb(?:s|ed|ing|er|ers)?|explosi(?:ve|ves|on|ons)|explod(?:ed|es)"
    r"|blast|gunfire|fire\s+(?:on|at)|fired|air\s*strikes?|ambush(?:ed)?|fighters|hijack(?:ed|ers)?|targeted"
    r"|deliberately|set\s+fire|mines?)\b", re.I))
#: The words an accident's toll is told with (not a deed's own: "warplanes pounded ... after the ceasefire collapsed")
_TOLL_KINDS = {"kill", "body_found"}


def is_accident_toll(kind: str, sentence: str) -> bool:
    """A killing or bodies found in a sentence that tells an accident and no one's deed."""
    return kind in _TOLL_KINDS and _ACCIDENT.search(sentence) is not None \
        and _DONE_BY_SOMEONE.search(sentence) is None


#: What one does "in protest" that is no protest event: leaving a post, a boycott, a walkout
_LEAVING = {"resign", "quit", "step", "withdraw", "leave", "boycott", "walk", "return", "refuse", "suspend",
            "cancel", "recall", "abstain", "skip", "decline", "renounce", "hand"}


def is_protest_motive(tok: Token) -> bool:
    """ "resigned in protest", "walked out in protest at the vote": the protest word tells why
    someone left a post or a room, not a protest that happened; "The protesters were demanding the
    president's resignation": what the crowd just told wanted, no protest of its own."""
    words = tok.lower_.split() or [""]  # (the parser may keep "The protesters" as one token)
    told = words[0] in _TOLD or any(c.dep_ == "det" and c.lower_ in _TOLD for c in tok.children)
    if words[-1] in _CROWD_NOUNS and told and tok.dep_ == "nsubj" and tok.head.lemma_.lower() in _WANTING:
        return True
    if tok.lemma_.lower() != "protest" or tok.dep_ != "pobj" or tok.head.lower_ != "in" \
            or any(c.dep_ == "det" for c in tok.children):
        return False
    verb = tok.head.head
    return verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in _LEAVING


_CROWD_NOUNS = frozenset({"protesters", "protestors", "demonstrators", "marchers"})
_TOLD = frozenset({"the", "these", "those"})
#: What a crowd told of wants or says ("were demanding", "called for", "chanted")
_WANTING = frozenset({"demand", "call", "want", "chant", "accuse", "insist", "urge", "seek", "say", "vow", "reject"})


#: "It was the eighth air attack on the capital", "This was the second bombing": a deed told before, counted
_POINTERS = {"it", "this", "that"}


def is_event_renamed(tok: Token) -> bool:
    """ "It was the eighth air attack on the capital since the start of May": the sentence names
    again, as one of a count, the event the one before it told; it reports none of its own."""
    head = tok.head
    return tok.pos_ == "NOUN" and tok.dep_ == "attr" and head.lemma_ == "be" and any(
        c.dep_ == "nsubj" and (c.lower_ in _POINTERS or _deed_told_before(c)) for c in head.children)


#: Nouns of a deed that a definite subject points back to: "The Ankara attack was the second bombing ..."
_DEED_NOUNS = {"attack", "bombing", "blast", "explosion", "strike", "airstrike", "assault", "raid", "ambush", "killing",
               "massacre", "shelling", "attacks", "bombings", "blasts", "explosions", "strikes", "killings"}


def _deed_told_before(subject: Token) -> bool:
    """ "The Ankara attack", "Tuesday's bombing", "the blast": a deed named as one already told."""
    return subject.lower_ in _DEED_NOUNS and any(
        c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those")
        for c in subject.children)


#: "have become more frequent", "remain common": how often such deeds happen, no one deed
_HOW_OFTEN = {"frequent", "common", "rare", "routine", "commonplace", "regular", "widespread", "deadlier", "rarer"}


def is_trend(tok: Token) -> bool:
    """ "Large bombings in the capital have become more frequent": a trend of many deeds."""
    head = tok.head
    return tok.dep_ == "nsubj" and tok.tag_ == "NNS" and head.lemma_.lower() in ("become", "grow", "remain", "be") \
        and any(c.dep_ == "acomp" and c.lower_ in _HOW_OFTEN for c in head.children)


#: "the Organisation for the Prohibition of Chemical Weapons": a body's name runs on through "of"
_TITLE_BEFORE = re.compile(r"(?-i:[A-Z][\w'’-]+)\s+(?:of|for|against)\s+(?:the\s+)?$")


#: What blows up by accident: gas and oxygen bottles, a fuel depot or tanker, a boiler, fireworks
_MISHAP_BLAST = guarded(re.compile(
    r"\b(?:oxygen|gas|cooking[\s-]gas|propane|LPG)\s+(?:cylinders?|bottles?|canisters?|tanks?|pipelines?)\b"
    r"|\bgas\s+leak|\b(?:fuel|oil|petrol|gasoline|diesel)\s+(?:depot|tanker|truck|storage\s+tank|station)s?\b"
    r"|\bboilers?\b|\bfireworks\b|\bshort[\s-]circuit|\belectrical\s+fault", re.I))
#: ... and what tells that someone set it off
_SET_OFF = guarded(re.compile(rf"\b(?:{_SOMEONE_ACTED}|bomb(?:s|ed|er|ers)?|explosives|planted|detonated|set\s+off)\b", re.I))


def is_mishap_blast(kind: str, sentence: str) -> bool:
    """An explosion of what blows up by accident, with no one said to have set it off ("a fire caused
    by the explosion of oxygen cylinders swept through the hospital", "a fuel depot exploded")."""
    return kind in ("ied", "kill") and _MISHAP_BLAST.search(sentence) is not None and _SET_OFF.search(sentence) is None


def text_rule(m, sentence: str) -> str | None:
    """The rule by which trigger match ``m`` (a ``TriggerMatch``) of ``sentence`` tells no deed,
    read from the words alone: an accident's toll, or words inside a body's title."""
    if is_accident_toll(m.kind, sentence) or is_mishap_blast(m.kind, sentence):
        return "is_accident_toll"  # "a plane crashed into a gorge ...; 68 bodies have been recovered"
    if all(w[:1].isupper() for w in m.text.split()) and _TITLE_BEFORE.search(sentence, max(0, m.start - 40), m.start):
        return "in_a_title"  # "Inspectors from the Organisation for the Prohibition of Chemical Weapons"
    return None


def is_house_arrest(tok: Token) -> bool:
    """ "Hadi, who fled house arrest in Sanaa": a state someone was in; only being "placed under
    house arrest" is an event (an arrest)."""
    return tok.lower_ == "arrest" and any(c.dep_ in ("compound", "amod") and c.lower_ == "house" for c in tok.children) \
        and not (tok.head.lower_ == "under" and tok.head.head.lemma_.lower() in ("place", "put", "keep"))


def is_role(tok: Token) -> bool:
    """ "the sect has turned to young girls as suicide bombers": a role people are used in, no one
    bombing (the deed is told by its own words: "a girl blew herself up")."""
    return tok.dep_ == "pobj" and tok.head.lower_ == "as" and tok.lower_.endswith(("ers", "ors"))
