"""Sides named by nationality or by their state alone ("Israel struck targets in Gaza"): "Russian strikes hit Kharkiv" (that state's forces did
it), "Ukrainian forces repelled 14 Russian assaults" (the enemy is the nationality on the
attacks fended off), "Indian and Pakistani troops traded fire" (the other nationality on a
shared noun). A nationality resolves through the actor dictionary ("Russian forces"), so
a word that names no state's forces names no side."""

from __future__ import annotations

import re

from spacy.tokens import Token

from warmap.actors import UnknownActorError, load_actors
from warmap.events.reading import _SPEECH
from warmap.events.sides import agents, reciprocal, state_forces_mention
from warmap.nlp.parse import doc_text
from warmap.records import ActorMention

__all__ = ["country_agent", "demonym_agent", "fended_off_nationality", "paired_nationality"]


_PAIRED_BEFORE = re.compile(r"\b((?-i:[A-Z])[a-z]+(?:an|ian|ish|i|ese))\s+and\s+$")


def paired_nationality(tok: Token, a1: ActorMention, base: int) -> ActorMention | None:
    """ "Indian and Pakistani troops traded fire": the other nationality on the shared noun of a
    fight the two sides do to each other."""
    if not reciprocal(tok):
        return None
    text, at = doc_text(tok.doc), a1.start - base
    m = _PAIRED_BEFORE.search(text, 0, max(at, 0)) if at > 0 else None
    if m is not None:  # the parser hung the first nationality anywhere: read it off the text
        found = _state_named(m.group(1))
        if found is not None and found.country != a1.actor.country:
            return ActorMention(found, m.group(1), base + m.start(1), base + m.end(1), generic=True)
    for t in agents(tok):
        for a in (c for c in t.children if c.dep_ == "amod"):
            for w in (a, *a.conjuncts):
                found = _state_of(w) if w.text[:1].isupper() else None
                if found is not None and found.country != a1.actor.country:
                    return ActorMention(found, w.text, base + w.idx, base + w.idx + len(w.text), generic=True)
    return None


_FENDED_OFF = frozenset({"attack", "assault", "offensive", "attempt", "advance", "push", "incursion", "raid",
                         "counterattack", "counteroffensive", "onslaught"})


def fended_off_nationality(tok: Token, a1: ActorMention, base: int) -> ActorMention | None:
    """ "Ukrainian forces repelled 14 Russian assaults": the nationality on the attacks fended
    off is the enemy, when it is not actor1's own state (the attacks may be the trigger itself
    when the parser hangs the verb on them)."""
    for c in (tok, *tok.children):
        if (c is tok and c.pos_ == "NOUN" or c.dep_ == "dobj") and c.lemma_.lower() in _FENDED_OFF:
            found = demonym_agent(c, base)
            if found is not None and found.actor.country != a1.actor.country:
                return found
    return None


def demonym_agent(tok: Token, base: int) -> ActorMention | None:
    """ "Russian strikes hit Kharkiv", "Turkish drones struck": a nationality on the doer (or
    on the trigger noun) is that state's forces."""
    heads = agents(tok) + ([tok] if tok.pos_ not in ("VERB", "AUX") else [])
    if tok.dep_ == "compound" and tok.head.pos_ in ("NOUN", "PROPN"):
        heads.append(tok.head)  # "a Russian missile strike": the nationality is on "strike"
    # "nine Palestinians were killed during an Israeli raid on the Jenin camp": the raid's nationality
    heads += [g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("during", "in", "by") for g in c.children
              if g.dep_ == "pobj" and g.lemma_.lower() in _OPERATIONS]
    if tok.dep_ == "relcl" and tok.head.lemma_.lower() in _OPERATIONS:
        heads.append(tok.head)  # "an Israeli army raid on Nablus in which 11 Palestinians were killed"
    heads += [g for h in list(heads) if h.lemma_.lower() in _OPERATIONS for g in h.children if g.dep_ == "compound"]
    for h in heads:
        for c in h.children:
            if c.dep_ in ("amod", "compound") and c.text[:1].isupper() and c.pos_ in ("ADJ", "PROPN"):
                found = _state_of(c)
                if found is not None:
                    return ActorMention(found, c.text, base + c.idx, base + c.idx + len(c.text), generic=True)
    # "Ukrainian shelling killed ...", however the parser read it: the word just before the
    # trigger noun (past its weapon words) is a nationality
    if tok.pos_ not in ("VERB", "AUX") or tok.tag_ == "VBG":
        i = tok.i - 1
        while i >= 0 and tok.doc[i].dep_ == "compound" and not tok.doc[i].text[:1].isupper():
            i -= 1
        if i >= 0 and tok.doc[i].text[:1].isupper() and tok.doc[i].dep_ != "ROOT" \
                and _DEMONYM_END.search(tok.doc[i].text):
            found = _state_of(tok.doc[i])
            if found is not None:
                c = tok.doc[i]
                return ActorMention(found, c.text, base + c.idx, base + c.idx + len(c.text), generic=True)
    return None


_OPERATIONS = {"raid", "operation", "strike", "airstrike", "offensive", "assault", "attack", "bombardment", "shelling",
               "incursion", "crackdown"}
_DEMONYM_END = re.compile(r"(?:an|ian|ish|i|ese)$")


def _state_of(word: Token):
    """The state forces a nationality word names ("Russian" -> Military Forces of Russia), or None."""
    return _state_named(word.text)


def _state_named(nationality: str):
    found = load_actors().resolve(f"{nationality} forces")
    return found if found is not None and found.type in ("state forces", "external/other forces") else None


def country_agent(tok: Token, base: int) -> ActorMention | None:
    """ "Israel struck targets in Gaza", "The United States carried out air strikes": a state
    named as the doer is its military forces, as ACLED codes it ("The United States condemns
    today's bombing" names a commenter)."""
    for t in agents(tok):
        if t.head.lemma_.lower() in _COMMENTING:  # (a state that says or condemns)
            continue
        if t.pos_ != "PROPN":
            continue
        start = t.left_edge.idx + (4 if t.left_edge.lower_ == "the" else 0)
        phrase = doc_text(t.doc)[start:t.idx + len(t.text)]
        try:
            found = load_actors().resolve(phrase)
        except UnknownActorError:
            found = None
        if found is not None and found.type in ("state forces", "external/other forces") and found.country \
                and phrase.lower() not in _NOT_A_STATE:
            return ActorMention(found, phrase, base + start, base + start + len(phrase))
    return None


_NOT_A_STATE = {"isis", "islamic state", "is"}
_COMMENTING = _SPEECH | {"denounce", "deplore", "criticize", "criticise", "decry", "mourn"}


def town_keepers(r) -> ActorMention | None:
    """ "The Taliban attacked Farah city from several sides": a rebel group's attack on a town
    (not a village, whose people it may be attacking) is fought with the state's forces that hold
    it, as ACLED codes it: the military of the town's country, which no words name."""
    t, place = r.token, r.place
    if t.pos_ != "VERB" or t.lemma_.lower() != "attack" or r.place_role != "dobj" or place is None \
            or place.place.kind != "city" or place.place.population < _HELD_TOWN_POPULATION \
            or r.actor1 is None or r.actor1.actor.type != "rebel group" or r.actor1.actor.country not in (None, place.place.country) \
            or any(c.dep_ == "dobj" and c.lemma_.lower() in _NO_ONE_HOLDS for c in t.children):
        return None  # ("attacked other shrines of the city": buildings, no one defending them)
    return state_forces_mention(place.place.country, place.start)


#: What an attack on a town's things, not its defenders, hits
_NO_ONE_HOLDS = frozenset({"shrine", "mausoleum", "tomb", "statue", "monument", "library", "manuscript", "church", "mosque"})
#: a town this big that a rebel group attacks is held by the state's forces
_HELD_TOWN_POPULATION = 20_000
