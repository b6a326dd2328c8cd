"""Deeds whose doer the text leaves unsaid but which someone did: "A radio presenter was shot
outside his home in Tijuana", "160 villagers were massacred at Ogossagou", "a convoy carrying people
who had sheltered at the hotel was ambushed". ACLED codes the doer as an Unidentified Armed Group (X);
a killing that a blast, a crash or a flood may have done ("were killed") names no one."""

from __future__ import annotations

import re

from spacy.tokens import Token

from warmap.events import crowds, sides
from warmap.events.reading import Reading
from warmap.events.vocabulary import words
from warmap.records import ActorMention

__all__ = ["unseen_doer"]

#: Killing words that tell a person did it (not "killed", "died": a blast, a crash or a flood may)
_BY_HAND = tuple(words("killing", "by_hand"))
_MASSACRED = ("massacr", "slaughter", "butcher")  # (killing many by hand: "160 villagers were massacred")
_PERSON_END = re.compile(r"(?:er|or|ist|ian|ant|ent|man|woman|wife|boy|girl|son|daughter|child)$")


def _a_person_hit(tok: Token) -> bool:
    """The one shot or stabbed is a person the words do not arm: "a radio presenter was shot"."""
    return any(c.dep_ in ("nsubjpass", "dobj") and c.pos_ == "NOUN" and _PERSON_END.search(c.lower_)
               for c in tok.children)


def unseen_doer(r: Reading, country: str | None, base: int) -> ActorMention | None:
    """The unnamed armed group that did ``r`` (whose actor1 is unknown), or None when the words
    do not say that anyone did it. Marks the victims civilians when it finds one."""
    text = r.trigger.text.lower()
    if r.place is None or r.victims_armed:
        return None
    if r.kind in ("kill", "attack_civilians") and text.startswith(_BY_HAND) \
            and (r.actor2 is None or r.actor2.actor.type == "civilians" and text.startswith(_MASSACRED)) \
            and (r.victims_civilian or _a_person_hit(r.token)) and not crowds.protest_scene(r.token.sent.text):
        r.victims_civilian = True
        return sides.unidentified_mention(country, base + r.trigger.start)
    if r.kind == "clash" and r.token.lemma_.lower() == "ambush" and r.token.tag_ == "VBN" \
            and any(c.dep_ == "nsubjpass" for c in r.token.children) \
            and (r.victims_civilian or r.actor2 is not None and r.actor2.actor.type == "civilians"):
        return sides.unidentified_mention(country, base + r.trigger.start)
    return None
