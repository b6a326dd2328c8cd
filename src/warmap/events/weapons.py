"""Weapon words that tell no use of the weapon: a kind of thing ("artillery crewmember"), weapons
stored, handed over, laid or carried ("left large numbers of IEDs in homes", "fighters armed with
rocket-propelled grenades"). Each rule is asked of a trigger's token by ``filters.no_event_rule``.
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["is_crowd_control", "is_held_weapon", "is_kind_of_craft", "is_modifier", "is_thrown"]


_EVENT_NOUNS = {"attack", "blast", "explosion", "strike", "raid", "bombing", "assault", "campaign",
                "offensive", "fire", "barrage", "shelling"}


def is_modifier(tok: Token) -> bool:
    """A trigger noun naming a kind of thing ("artillery crewmember", "Field Artillery
    Regiment", "missile defence") rather than an event ("car bomb attack" still counts)."""
    return tok.pos_ in ("NOUN", "PROPN") and tok.dep_ == "compound" and tok.head.lemma_.lower() not in _EVENT_NOUNS


#: Craft named by what they are for: "attack drones", "assault helicopters", "strike aircraft"
_CRAFT = {"drone", "helicopter", "aircraft", "jet", "plane", "boat", "submarine", "craft", "uav", "rifle", "dog", "vehicle"}


def is_kind_of_craft(tok: Token) -> bool:
    """ "launched explosive attack drones at Safed": "attack" names a kind of drone, no attack of its own
    (the drones' launch is read from its own words)."""
    return tok.lower_ in ("attack", "assault", "strike", "combat") and tok.dep_ in ("compound", "amod") \
        and tok.head.lemma_.lower() in _CRAFT


#: Words that make a shell or a grenade a means of crowd control ("tear gas shells", "stun grenades")
_CROWD_CONTROL = {"tear", "teargas", "stun", "smoke", "rubber", "sound", "flash", "pepper"}


def is_crowd_control(tok: Token) -> bool:
    """ "Police used water cannons and tear gas shells to disperse farmers": a shell or grenade that
    disperses a crowd, no artillery nor grenade attack (the police's act is read from its own words)."""
    return any(w.lower_ in _CROWD_CONTROL for c in tok.lefts if c.dep_ in ("compound", "amod", "nmod") for w in c.subtree)


def _first_of_list(tok: Token) -> Token:
    """The first of the nouns ``tok`` is listed with ("bricks, bottles and other missiles": "bricks"), which
    carries the list's role in the sentence."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok


#: Thrown by hand: "youths threw petrol bombs and other missiles at police", "pelted with missiles"
_THROWING = {"throw", "hurl", "pelt", "lob", "fling", "toss"}


def is_thrown(tok: Token) -> bool:
    """A "missile" or "projectile" thrown by hand (British and Irish reports of riots: bricks, bottles and
    "other missiles"), no rocket fired: the object of a throwing verb, or what a crowd pelts with."""
    if tok.lemma_.lower() not in ("missile", "projectile"):
        return False
    first = _first_of_list(tok)
    verb = first.head.head if first.dep_ == "pobj" and first.head.lower_ == "with" else first.head
    return first.dep_ in ("dobj", "pobj", "nsubjpass") and verb.lemma_.lower() in _THROWING


#: Having or handling weapons is no use of them ("used to store chemical weapons").
_HOLDING = {"store", "stockpile", "possess", "keep", "hold", "develop", "produce", "make", "manufacture",
            "destroy", "surrender", "remove", "ship", "smuggle", "acquire", "have", "hide", "transport",
            "dismantle", "declare", "seize", "find", "discover", "buy", "sell", "supply", "deliver",
            "give", "hand", "provide", "receive", "clear", "defuse", "disarm",  # ("had been given the grenade and told ...")
            "arrest", "detain", "apprehend", "nab", "capture"}  # ("arrested two suspected suicide bombers": people held)


_EQUIPPED = {"arm", "armed", "equip", "equipped"}
#: Bombs laid are no bombs set off ("left large numbers of IEDs in homes", "planted mines along the roads")
_LAYING = {"leave", "plant", "lay", "bury"}


def is_held_weapon(tok: Token) -> bool:
    """A weapon noun that someone stores, makes, hands over or leaves behind, or that a copula
    describes: "stockpiled chemical weapons", "found a cache of rockets", "left behind large
    numbers of IEDs", "many of its missiles are of Iranian design"; no attack with it."""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.lemma_.lower() in _EVENT_NOUNS:
        return False
    head = tok.head
    said = tok.head.head if tok.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in _SOME else tok
    if said.dep_ == "nsubj" and said.head.lemma_ == "be" and not any(c.dep_ in ("relcl", "acl") for c in said.children) \
            and not any(c.dep_ in ("nsubj", "nsubjpass", "attr") and c.lemma_.lower() in _EVENT_NOUNS
                        for c in said.head.children):
        return True  # "many of its missiles and drones are of Iranian design": described, not fired
    if tok.dep_ == "pobj" and head.lower_ == "of":
        head = head.head.head if head.head.lemma_.lower() in _AMOUNTS else head
    if head.lower_ == "behind" and head.dep_ in ("advmod", "prt", "prep"):
        head = head.head  # "left behind thousands of IEDs", parsed with "behind" as their head
    if any(c.dep_ in ("relcl", "acl") and c.lemma_.lower() in ("explode", "detonate", "go", "blow", "kill")
           for c in tok.children):
        return False  # "planted a bomb that exploded in the market": set off after all
    verb = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ in ("on", "over", "onto") else tok.head
    if tok.dep_ in ("dobj", "pobj") and verb.lemma_.lower() in ("hit", "strike", "step", "run", "drive", "tread", "trigger"):
        return False  # "their vehicle hit a landmine planted by the rebels": set off, whoever laid it
    first = _first_of_list(tok)  # ("armed with small arms, rocket-propelled grenades and technicals")
    if first.dep_ == "pobj" and first.head.lower_ == "with" and first.head.head.lemma_.lower() in _EQUIPPED:
        return True  # "fighters armed with rocket-propelled grenades": what they carried, not an attack
    if first.dep_ not in ("nsubj", "nsubjpass") and any(c.dep_ in ("acl", "relcl") and c.lemma_.lower() in _LAYING
                                                        for c in first.children):
        return True  # "the explosive devices left behind by the enemy", "clearing devices that ISIS planted"
    if first.dep_ == "dobj" and first.head.lemma_.lower() in ("use", "wield") and first.head.dep_ == "acl":
        return True  # "security forces using rifle grenades and automatic weapons killed 82": how the killers went armed
    if first is not tok and (first.dep_ in ("dobj", "nsubjpass") and first.head.lemma_.lower() in _HOLDING | _LAYING
                             or first.pos_ == "VERB" and first.lemma_.lower() in _LAYING):
        return True  # "left behind booby-trapped houses and roadside bombs" (however the "and" is hung)
    if tok.dep_ in ("dobj", "nsubjpass", "pobj") and head.lemma_.lower() in _LAYING:
        # "left large numbers of IEDs in homes", "left behind mines": laid, not set off
        return True
    return tok.dep_ in ("dobj", "nsubjpass", "pobj") and head.lemma_.lower() in _HOLDING


_SOME = {"many", "some", "most", "all", "several", "few", "none", "half", "part"}
_AMOUNTS = {"cache", "stockpile", "supply", "shipment", "arsenal", "number", "lot", "amount", "quantity", "dozen",
            "hundred", "thousand", "score"}


#: What is done to a would-be bomber caught before the blast: "was shot and arrested by detectives".
_CAUGHT = {"arrest", "capture", "catch", "detain", "apprehend", "intercept", "nab", "seize"}


def is_caught_bomber(tok: Token) -> bool:
    """ "A fourth suspected suicide bomber was shot and arrested in Bwaise": the bomber is the one
    caught, and no bomb went off; the arrest is the event. (A bomber "killed" may have died in his
    own blast, so only catching verbs count.)"""
    last = tok.lower_.split()[-1]   # (the parser may hold "suicide bomber" as one token)
    if tok.pos_ not in ("NOUN", "PROPN") or not last.startswith("bomber") and not (
            last == "suicide" and tok.head.lower_.startswith("bomber")):
        return False
    noun = tok.head if last == "suicide" else tok
    if noun.dep_ not in ("nsubjpass", "dobj"):
        return False
    verbs = [noun.head, *(c for c in noun.head.children if c.dep_ == "conj")]
    return any(v.lemma_.lower() in _CAUGHT for v in verbs)
