"""People taken or freed, not ground changing hands: "He was captured by Jordanian troops",
"citizens who have been liberated", "Russian forces seized Melitopol mayor Ivan Fedorov". Asked of a
capture trigger's token by ``filters.no_event_rule``; the words are ``vocabulary.toml``'s
``[persons]`` and ``[carriers_off]``.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from warmap.events.vocabulary import words

__all__ = ["a_person", "died_in_the_fire", "is_person_taken", "hands_over_people"]

_PERSONS = words("persons", "nouns")


def is_person_taken(tok: Token) -> bool:
    """ "He was captured by Jordanian troops", "citizens who have been liberated": people
    taken or freed, not a place changing hands."""
    if tok.tag_ in ("VBD", "VBN") and _WANTED_MAN.match(tok.doc.text, tok.idx + len(tok.text)):
        return True  # "captured drug lord Joaquin Guzman in ...", however the name is parsed
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    if tok.lemma_.lower() == "take" and any(c.dep_ == "prep" and c.lower_ == "to" for c in tok.children) \
            and not any(c.dep_ == "dobj" and c.lower_ in ("control", "power", "charge") for c in tok.children):
        return True  # "Guzman was taken by helicopter to a military base": someone moved, no place taken
    patients = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    if tok.dep_ == "relcl" and any(c.dep_ == "nsubjpass" for c in tok.children):
        patients.append(tok.head)  # "citizens who have been liberated"
    if tok.dep_ == "acl" and tok.tag_ == "VBN":
        patients.append(tok.head)  # "suspects captured by the security forces" (not "the town captured by ISIS")
    if not patients and tok.dep_ in ("pcomp", "advcl") and tok.tag_ == "VBN":
        # "Despite being captured by American forces, Qanbar was later decorated"
        main = tok.head.head if tok.head.dep_ == "prep" else tok.head
        patients = [c for c in main.children if c.dep_ in ("nsubj", "nsubjpass")]
    if any(c.dep_ == "agent" and g.dep_ == "pobj" and _head_noun(g) in _KIDNAPPERS
           for c in tok.children for g in c.children):
        return False  # "three men were taken from a car wash by armed men": carried off (classify types it)
    subjects, cur = [], tok
    for _ in range(4):  # ("Fighters ... stormed the college ... and are thought to have seized the girls")
        subjects = [c for c in cur.children if c.dep_ == "nsubj"]
        if subjects or cur.dep_ not in ("conj", "xcomp", "ccomp", "advcl") or cur.head.i == cur.i:
            break
        cur = cur.head
    if any(_head_noun(s) in _KIDNAPPERS | _ARMED_TAKERS for s in subjects):
        return False  # "fighters ... seized the girls", "gunmen seized 30 passengers": carried off (classify types it)
    return any(a_person(p) for p in patients)


def _head_noun(t: Token) -> str:
    """The last word's lemma; a name merged into one token ("the militants") keeps its words as
    written, so a plural is singular here."""
    word = t.lemma_.lower().split()[-1]
    return word.removesuffix("s") if " " in t.lemma_ and word not in _KIDNAPPERS else word


#: "drug lord", "kingpin", "warlord": a man the words right after a capture verb say it took
_WANTED_MAN = re.compile(r"\s+(?:(?:the|a|an|top|notorious|wanted|most-wanted|fugitive|alleged|suspected|powerful)\s+)*"
                         r"(?:drug\s+lord|drug\s+kingpin|kingpin|cartel\s+(?:leader|boss|chief)|gang\s+(?:leader|boss)|warlord)s?\b",
                         re.I)


def carried_off(tok: Token) -> bool:
    """People taken along by those who took them: "took as many as 2,000 civilians with them as
    human shields", "taking the girls away", "took 30 passengers hostage"."""
    people = [c for c in tok.children if c.dep_ == "dobj" and a_person(c) and c.lower_ not in _ARMED_TAKERS]
    if tok.pos_ != "VERB" or not people:
        return False
    along = any(c.dep_ == "prep" and c.lower_ == "with" and any(g.lower_ in ("them", "him", "it") for g in c.children)
                for c in tok.children)
    away = any(c.dep_ == "prt" and c.lower_ == "away" for c in tok.children)
    held = any(t.lower_ in ("shields", "shield", "hostage", "hostages", "captive", "captives")
               for c in tok.children if c.dep_ in ("prep", "oprd", "xcomp", "advmod") for t in c.subtree)
    return along or away or held


def a_person(p: Token) -> bool:
    """A person or people: "him", "civilians", "Melitopol mayor Ivan Fedorov" (a title before
    the name), "dozens of women and children"."""
    if p.lower_ in _PERSONS or p.ent_type_ == "PERSON" or p.lower_.split()[-1] in _PERSONS:
        return True
    if p.lower_ in _ONE_MORE and p.dep_ == "nsubjpass":
        return True  # "three officers were kidnapped in Machala, and a fourth was seized in Quito"
    if any(c.dep_ in ("compound", "amod") and c.lower_ in _PERSONS for c in p.children):
        return True
    if p.pos_ == "PROPN" and any(c.dep_ == "appos" and (c.lower_ in _PERSONS or c.lemma_.lower() in _PERSONS)
                                 for c in p.children):
        return True  # "captured Ahmed Abu Khatallah, a suspect in the assault": a man named, then said to be one
    said = [c for c in p.children if c.dep_ in ("appos", "npadvmod")]
    if p.pos_ == "PROPN" and p.dep_ == "dobj":  # (or hung on the verb after a comma: "captured X, alias Y, the leader of")
        said += [c for c in p.head.children if c.dep_ in ("appos", "npadvmod", "dep") and c.i > p.i + 1
                 and p.doc[c.i - 1].text == "," and not any(t.text == "," for t in p.doc[p.i + 2:c.i - 1])]
    frontier = said
    for _ in range(2):  # appositives of appositives: "X, alias Y, the leader of ..."
        frontier = [g for c in frontier for g in c.children if g.dep_ in ("appos", "npadvmod") and g not in said]
        said = said + frontier
    if any(c.text[:1].isalpha() and _titled(c.lower_) for c in said):
        return True  # "Dairo Antonio Usuga, alias 'Otoniel', leader of the Clan del Golfo, was captured", however parsed
    return p.lower_ in _AMOUNTS_OF_PEOPLE and any(
        c.lower_ == "of" and any(a_person(g) for g in c.children if g.dep_ == "pobj") for c in p.children)


_ONE_MORE = {"second", "third", "fourth", "fifth", "sixth", "another", "others"}
_AMOUNTS_OF_PEOPLE = {"dozens", "hundreds", "scores", "thousands", "group", "number", "some", "many", "several"}


_KIDNAPPERS = words("carriers_off", "unnamed")
#: non-state fighters who carry people off when they "seize" them (not soldiers, whose taking is an arrest)
_ARMED_TAKERS = words("carriers_off", "armed") - {"soldier", "officer", "agent"}


def _titled(words: str) -> bool:
    """ "leader of the Clan del Golfo", "the group's founder", "its senior commander": a title,
    as written or as one merged token with the group's name."""
    first = [w for w in words.split()[:4] if w not in ("the", "a", "an", "its", "their", "senior", "top", "former")]
    return bool(first) and (first[0] in _PERSONS or len(first) > 1 and first[0].endswith("'s") and first[1] in _PERSONS)


def hands_over_people(tok: Token) -> bool:
    """ "handed the students over to the gang", "handed over 20 prisoners": people passed from one
    side to another, no ground."""
    return tok.pos_ in ("VERB", "AUX") and tok.lower_.startswith("hand") and any(
        c.dep_ in ("dobj", "nsubjpass") and a_person(c) for c in tok.children)


#: "set it on fire with passengers inside", "torched the houses with their families still in them":
#: people burnt where they were, not property destroyed
_PEOPLE_INSIDE = re.compile(r"^[^.;]{0,40}?\bwith\s+(?:the\s+|its\s+|their\s+|some\s+|several\s+|\d+\s+)?(?:[\w-]+\s+){0,2}?"
                            r"(?:passengers|people|occupants|families|residents|villagers|children|women|worshippers|patients"
                            r"|students|civilians)\s+(?:still\s+)?(?:inside|trapped|in\s+(?:it|them))\b", re.I)


def people_inside(after: str) -> bool:
    """Does the text right after a burning say people were inside what burnt?"""
    return _PEOPLE_INSIDE.search(after) is not None


def died_in_the_fire(tok: Token) -> bool:
    """ "The couple died when attackers set fire to their house": the burning (``tok``) killed them."""
    return tok.dep_ == "advcl" and tok.head.lemma_.lower() in ("die", "kill", "perish") \
        and any(c.dep_ == "advmod" and c.lower_ == "when" for c in tok.children)
