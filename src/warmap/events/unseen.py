"""Deeds whose doer the text leaves unsaid but which someone did: "A radio presenter was shot
outside his home in Tijuana", "160 villagers were massacred at Ogossagou", "a convoy carrying people
who had sheltered at the hotel was ambushed". ACLED codes the doer as an Unidentified Armed Group (X);
a killing that a blast, a crash or a flood may have done ("were killed") names no one, unless
the words name the deed ("were killed in an attack on the village", "an ambush killed nine")."""

from __future__ import annotations

import re

from spacy.tokens import Token

from warmap.events import crowds, sides
from warmap.events.reading import Reading
from warmap.events.vocabulary import words
from warmap.records import ActorMention

__all__ = ["armed_dead", "dead_as_victims", "unseen_doer"]

#: Killing words that tell a person did it (not "killed", "died": a blast, a crash or a flood may)
_BY_HAND = tuple(words("killing", "by_hand"))
#: (killing many by hand: "160 villagers were massacred", "civilians were hacked to death")
_MASSACRED = ("massacr", "slaughter", "butcher", "stabbed", "hacked", "beheaded", "strangled")
#: Nouns of a deed that someone does ("killed in an attack", "died in a raid"), unlike a blast or a crash
_DEEDS = frozenset({"attack", "raid", "assault", "ambush", "massacre", "shooting"})
_FIGHTS = words("fights", "nouns")
#: The dead who served a state: its own losses, not the other side ("a Tanzanian soldier ... was killed in fighting")
_IN_SERVICE = frozenset({"soldier", "officer", "policeman", "police", "major", "lieutenant", "captain", "sergeant",
                         "colonel", "general", "trooper", "peacekeeper", "gendarme", "guard", "serviceman", "marine",
                         "commander", "corporal"})
_PERSON_END = re.compile(r"(?:er|or|ist|ian|ant|ent|man|woman|wife|boy|girl|son|daughter|child)$")


def _a_person_hit(tok: Token) -> bool:
    """The one shot or stabbed is a person the words do not arm: "a radio presenter was shot"."""
    return any(c.dep_ in ("nsubjpass", "dobj") and c.pos_ == "NOUN" and _PERSON_END.search(c.lower_)
               for c in tok.children)


def _told_before(noun: Token, dets=("the", "this", "that", "these", "those")) -> bool:
    """"the assault", "Tuesday's attack": a deed told before, whose own words gave its event."""
    return any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in dets for c in noun.children)


def _caught_in_a_fight(tok: Token) -> bool:
    """"Two civilians were shot dead in crossfire during the clashes": the fight told here killed them,
    not a deed of its own (unlike "Nine passengers were ... shot dead near Noshki")."""
    return any(g.dep_ == "pobj" and (g.lemma_.lower() in _FIGHTS or g.lower_ in ("crossfire", "cross-fire"))
               for c in tok.children if c.dep_ == "prep" and c.lower_ in ("in", "during", "amid") for g in c.children)


def _a_new_deed(noun: Token) -> bool:
    """"an attack", "attacks": a deed told here (not "was ambushed ...; seven were killed in the ambush")."""
    return noun.lemma_.lower() in _DEEDS and not _told_before(noun)


def _deed_killed(tok: Token) -> bool:
    """The killing was a deed: "were killed in an attack on the village", "an attack killed 12 people";
    or the deed itself is what they were killed in."""
    if tok.lemma_.lower() in ("kill", "die"):
        return any(c.dep_ == "prep" and c.lower_ in ("in", "during") and any(
                       g.dep_ == "pobj" and _a_new_deed(g) for g in c.children)
                   or c.dep_ == "nsubj" and _a_new_deed(c) for c in tok.children)
    return _a_new_deed(tok) and (
        tok.dep_ == "pobj" and tok.head.lower_ in ("in", "during") and tok.head.head.lemma_.lower() in ("kill", "die")
        or tok.dep_ == "nsubj" and tok.head.lemma_.lower() == "kill")


#: Nouns of where a killing happened ("killed in the village of X"), not of how
_SITES = frozenset({"village", "town", "city", "area", "district", "region", "province", "state", "county", "camp",
                    "locality", "community", "neighbourhood", "neighborhood", "suburb", "outskirts", "part", "division"})


def _civilians_killed_outright(tok: Token) -> bool:
    """"At least 22 civilians were killed on Friday in Ngarbuh": civilians, so named, killed on a
    day of their own and by no cause the sentence names (not "in a stampede", "by the floods", "in
    the fighting"). Reporters name the dead of an accident "people" or "passengers", not
    "civilians": someone killed these."""
    if tok.lemma_.lower() != "kill" or tok.tag_ != "VBN":
        return False
    dead = [c for c in tok.children if c.dep_ == "nsubjpass"]
    if not dead or dead[0].lemma_.lower() != "civilian":
        return False
    return not any(c.dep_ == "agent" or c.dep_ == "prep" and any(
        g.dep_ == "pobj" and g.pos_ == "NOUN" and g.lemma_.lower() not in _SITES for g in c.children)
        for c in tok.children)


#: What a state's forces carry out: "killed in an intelligence-based operation", "in a raid on their hideout"
_OPERATIONS = frozenset({"operation", "raid", "encounter", "crackdown", "ibo"})


def _killed_in_an_operation(tok: Token) -> bool:
    """"Seven terrorists were killed in an intelligence-based operation in Tank district": the armed
    dead of an operation were killed by the state's forces, which such reports leave unnamed."""
    return tok.lemma_.lower() == "kill" and tok.tag_ == "VBN" and any(
        c.dep_ == "prep" and c.lower_ in ("in", "during") and any(
            g.dep_ == "pobj" and g.lemma_.lower() in _OPERATIONS for g in c.children)
        for c in tok.children)


def armed_dead(r: Reading, lex, country: str | None, base: int) -> ActorMention | None:
    """"Nine Palestinians, including seven gunmen, were killed during a gun battle with Israeli
    troops": the armed dead were the other side, an unnamed armed group."""
    tok = r.token
    if r.kind != "clash" or r.actor1 is not None or r.actor2 is None or lex.unnamed_armed is None \
            or tok.lemma_.lower() not in _FIGHTS or _told_before(tok, dets=("the",)) \
            or not (tok.dep_ == "pobj" and tok.head.lower_ in ("in", "during") and tok.head.head.lemma_.lower() in ("kill", "die")):
        return None  # (a fight told before, "Sunday's assault", "the battle", is that fight's)
    dead = [c for c in tok.head.head.children if c.dep_ in ("nsubjpass", "nsubj") or c.lower_ == "including"]
    words = [t for d in dead for t in d.subtree]
    # ("Wani and two associates were killed in an encounter with the Army": whoever fought the named
    # side and died was armed, unless the words make them civilians)
    armed = any(lex.unnamed_armed.search(t.text) for t in words) or bool(words) \
        and r.actor2.actor.type == "state forces" and not any(
            w in lex.civilian_words | _IN_SERVICE for t in words for w in (t.lower_.split()[-1], t.lemma_.lower().split()[-1]))
    return sides.unidentified_mention(country, base + r.trigger.start) if armed else None


def dead_as_victims(r: Reading) -> None:
    """"Eleven people died in an attack on the village": who died is the deed's target, not its doer;
    so are the civilians of a headline's "Village administrator and two residents shot dead in Myitthar"
    (a passive with its auxiliary left out: the killing has no object)."""
    if r.actor1 is not None and r.actor2 is None and r.token.lemma_.lower() == "die" and _deed_killed(r.token):
        r.actor1, r.actor2 = None, r.actor1
    elif r.actor1 is not None and r.actor2 is None and r.actor1.actor.type == "civilians" and sides.killed_as_headlines_tell(r.token):
        r.actor1, r.actor2 = None, r.actor1


def unseen_doer(r: Reading, country: str | None, base: int) -> ActorMention | None:
    """The unnamed armed group that did ``r`` (whose actor1 is unknown), or None when the words
    do not say that anyone did it. Marks the victims civilians when it finds one."""
    text = r.trigger.text.lower()
    if r.kind == "kill" and r.victims_armed and _killed_in_an_operation(r.token):
        return sides.state_forces_mention(r.place.place.country if r.place is not None else country, base + r.trigger.start)
    if r.place is None or r.victims_armed:
        return None
    rammed = "ramm" in text  # ("a car rammed their group": its trigger names the people hit)
    if r.kind in ("kill", "attack_civilians") and (text.startswith(_BY_HAND) or rammed) \
            and (r.actor2 is None or r.actor2.actor.type == "civilians"
                 and (text.startswith(_MASSACRED) or not _caught_in_a_fight(r.token))) \
            and (r.victims_civilian or _a_person_hit(r.token) or rammed) and not crowds.protest_scene(r.token.sent.text):
        r.victims_civilian = True
        return sides.unidentified_mention(country, base + r.trigger.start)
    if r.kind in ("kill", "clash") and (r.victims_civilian or r.actor2 is not None and r.actor2.actor.type == "civilians") \
            and _deed_killed(r.token) and not crowds.protest_scene(r.token.sent.text):
        return sides.unidentified_mention(country, base + r.trigger.start)
    if r.kind == "kill" and r.dated and _civilians_killed_outright(r.token) and not crowds.protest_scene(r.token.sent.text):
        return sides.unidentified_mention(country, base + r.trigger.start)
    if r.kind == "clash" and r.token.lemma_.lower() == "ambush" and r.token.tag_ == "VBN" \
            and any(c.dep_ == "nsubjpass" for c in r.token.children) \
            and (r.victims_civilian or r.actor2 is not None and r.actor2.actor.type == "civilians"):
        return sides.unidentified_mention(country, base + r.trigger.start)
    return None
