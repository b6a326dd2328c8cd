"""By what means a side acted: from the air, with weapons fired from the ground, or on foot.
``classify`` asks these of a reading's actors and words: an air force's or an air power's act is
an air strike unless its ground arm, its own ground war ("Russian forces attacked Ukrainian
positions") or a weapon it used ("attacked Kharkiv with missiles") says otherwise.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from warmap.events.filters import WEAPON_KINDS
from warmap.events.triggers import TriggerLexicon
from warmap.events.vocabulary import alternation, words
from warmap.records import ActorMention

__all__ = ["aircraft_subject", "_AIRCRAFT", "_AIR_ARM", "_GROUND", "_ON_FOOT", "_TIMES", "_flies", "_in_ground_war", "_instrument",
           "suicide_bomber_retold"]


_AIRCRAFT_NOUNS = words("aircraft", "nouns")
_FIRED_NOUNS = words("fired", "nouns")
_CHEMICAL_WORDS = words("chemical", "words")

_AIRCRAFT = re.compile(rf"\b(?:{alternation('aircraft', 'nouns')}|{alternation('aircraft', 'makes')})\b", re.I)
#: "attacked Kherson Oblast 72 times": a count of attacks
_TIMES = re.compile(r"\b\d+\s+times\b")
#: "Myanmar's air force", "the Syrian Arab Air Force": a state's forces named by their air arm
_AIR_ARM = re.compile(rf"\bair\s+forces?\b|\b{alternation('aircraft', 'makes')}\b", re.I)  # (or its aircraft's make)

#: A state that fights on the ground as well as from the air, named by its ground arm: "Russian units
#: attacked Ukrainian positions", "Turkish troops attacked" are no air strike (its "jets" would be).
_ON_FOOT = re.compile(r"\b(?:units|troops|soldiers|infantry|army|ground\s+forces|marines|paratroopers|tanks|armou?r)\b", re.I)
_GROUND = re.compile(r"\b(?:clash\w*|fight\w*|fought|battl\w*|skirmish\w*|firefights?|gunfights?|ground|troops|soldiers|infantry|tanks|commandos"
                     r"|offensive\s+operations|assault\s+operations|assaults|(?<!air\s)(?:counter-?)?offensives?)\b", re.I)


def _flies(a: ActorMention, lex: TriggerLexicon) -> bool:
    """An air force, or a force the lexicon lists as striking from the air."""
    return a.actor.id in lex.air_actors or (a.actor.parent or "") in lex.air_actors \
        or "air force" in a.actor.name.lower() or _AIRCRAFT.search(a.mention) is not None


def _in_ground_war(a1, a2, country: str | None, lex: TriggerLexicon) -> bool:
    """Is the event in a country where this air actor fights on the ground (``ground_wars``)?
    The place's country, else the side attacked's."""
    where = country or (a2.country if a2 is not None else None)
    return where is not None and where in lex.ground_wars.get(a1.id, ())


def _instrument(tok: Token) -> tuple[str, str] | None:
    """The type an attack's "with" names: a chemical agent is a chemical attack, whatever fired it
    ("attacked Peshmerga with chemical agents fired in mortar rounds"); aircraft or drones strike
    from the air; missiles, rockets and shells are fired ("attacked Kharkiv with drones and
    missiles": the air first). A weapon is named by its noun or its noun's modifier ("mortar rounds")."""
    heads = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "with"
             for g in c.children if g.dep_ == "pobj" for g in (g, *g.conjuncts)]
    used = {w.lower_ for g in heads for w in (g, *(m for m in g.children if m.dep_ in ("compound", "amod")))}
    if used & _CHEMICAL_WORDS:
        return "Explosions/Remote violence", "Chemical weapon"
    if used & _AIRCRAFT_NOUNS:
        return "Explosions/Remote violence", "Air/drone strike"
    if used & _FIRED_NOUNS:
        return "Explosions/Remote violence", "Shelling/artillery/missile attack"
    return None



#: "The bomber" (the parser may join the words into one token)
_THE_BOMBER = re.compile(r"(?:the|this|that)\s+bombers?", re.I)
_SUICIDE_TOLD = re.compile(r"\bsuicide\s+(?:bomb|attack|blast|car\s+bomb|vest)", re.I)


def suicide_bomber_retold(kind: str, token: Token, text: str, at: int) -> bool:
    """ "The death toll from a suicide bombing at a rally has risen to 54 ... The bomber struck on
    Sunday": "the bomber" of a suicide bombing told just before (in a sentence read or not) is its
    suicide bomber, no plane and no roadside bomb."""
    if kind not in ("ied", "air"):
        return False
    bomber = next((t for t in (token, *token.children) if _THE_BOMBER.fullmatch(t.text) or t.lower_ in ("bomber", "bombers")
                   and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in t.children)), None)
    return bomber is not None and _SUICIDE_TOLD.search(text, max(0, at - _RETOLD_MEANS_CHARS), at) is not None
#: What a retold attack did ("the attack on Saturday killed more than 140 people")
_TOLL_VERBS = {"kill", "wound", "injure", "leave", "claim", "destroy", "flatten"}
#: How far back a weapon's word names the means of a bare "the attack" (characters)
_RETOLD_MEANS_CHARS = 600


def last_weapon(found, end: int, last: tuple[str, int] | None) -> tuple[str, int] | None:
    """The kind of the last weapon word of the text so far (``found``: a sentence's trigger
    matches, ending at ``end``), told as an event or not ("an investigation into an airstrike")."""
    kinds = [m.kind for m in found if m.kind in WEAPON_KINDS]
    return (kinds[-1], end) if kinds else last


def retold_means(kind: str, token: Token, actor1: ActorMention | None, last: tuple[str, int] | None,
                 at: int) -> tuple[str, bool]:
    """A bare "the attack" whose doer goes unnamed, just after a weapon's word ("demanded an
    inquiry into an airstrike on a funeral hall ... The U.N. says the attack on Saturday killed more
    than 140 people"): an attack by that means, not a fight (and whether it is one retold)."""
    if last is not None and kind == "ied" and actor1 is None and last[0] in ("air", "shelling") \
            and token.lemma_.lower() in ("explosion", "blast") and at - last[1] <= _RETOLD_MEANS_CHARS:
        return last[0], True  # "Witnesses said explosions hit military bases near the airports", after the strikes
    if last is None or kind != "clash" or token.pos_ != "NOUN" or token.lemma_.lower() not in ("attack", "assault") \
            or not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in token.children) \
            or token.dep_ != "nsubj" or token.head.lemma_.lower() not in _TOLL_VERBS \
            or (actor1 is not None and actor1.actor.type != "civilians") or at - last[1] > _RETOLD_MEANS_CHARS:
        return kind, False
    return last[0], True


def aircraft_subject(tok: Token) -> bool:
    """The subject of the deed's verb (or of the verb its noun is the object of) names aircraft:
    "manned and unmanned aircraft fired Hellfire missiles", "one of their aircraft killed seven
    civilians": an air strike, whoever flew them."""
    subjects = [c for v in (tok, tok.head) for c in v.children if c.dep_ == "nsubj"]
    # (the subject's own noun, or the one "of" names after a count: not "a plane crash killed 20")
    heads = subjects + [g for c in subjects for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
                        for g in p.children if g.dep_ == "pobj"]
    return any(_AIRCRAFT.fullmatch(h.text.split()[-1]) for h in heads)
