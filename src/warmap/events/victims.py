"""Victims: an event's toll and whether its dead were civilians. ``toll_and_victims`` takes the
toll of the list item the event stands in (not the sentence's total) and, when the dead were
civilians (and not in part fighters, nor the people at a post a bomb hit), makes the civilians
the side acted on.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from warmap.events.fatalities import find_fatalities
from warmap.events.filters import clause_head
from warmap.events.parties import _UNCLAIMED, _civilians
from warmap.events.reading import Reading
from warmap.events.triggers import TriggerLexicon
from warmap.events.vocabulary import alternation
from warmap.places.context import DEMONYMS
from warmap.records import ActorMention

# "20 people were killed", "killing 3 civilians": the dead named as civilians
# The dead told as people, then in part as fighters: the strike hit an armed side.
_ARMED_SUBSET = re.compile(r"\b(?:of\s+(?:them|whom)|among\s+them)\s+(?:were\s+)?(?:[\w-]+\s+){0,3}?"
                           r"(?:military|soldiers|troops|fighters|officers|personnel|militiamen|guards|members|advisers|advisors)\b",
                           re.I)
_CIVILIAN_DEAD = re.compile(
    rf"\b{alternation('victims', 'nouns')}\b"
    r"(?:\s+\w+){0,3}?\s+(?:were|was|have\s+been|had\s+been)\s+(?:killed|wounded|injured)"
    rf"|\b(?:killing|killed|kills)\s+(?:at\s+least\s+)?(?:\w+\s+){{0,2}}?{alternation('victims', 'nouns')}\b",
    re.I)


_ITEM_CIVILIANS = re.compile(rf"(?:of\s+)?(?:at\s+least\s+)?[\w,-]+\s+{alternation('victims', 'nouns')}\b", re.I)
_DIED = re.compile(rf"\b(?:{alternation('deaths', 'words')}|lives)\b", re.I)


def toll_and_victims(sentence: str, base: int, group: list[Reading], best: Reading, event_type: str, sub: str,
                     a2: ActorMention | None) -> tuple[tuple[int, int, int] | None, ActorMention | None]:
    """The toll (``find_fatalities``' number, start, end) of the event that ``best`` leads in
    ``group``, and its side acted on: ``a2``, or the civilians when the dead were civilians.
    ``base`` is the sentence's offset in the article."""
    fat = find_fatalities(sentence)
    item = next((g.item for g in group if g.item is not None), None)
    if item is not None:
        # the toll of the item, not the sentence's total
        fat = (item.count, item.start, item.end) if item.count is not None and _DIED.search(sentence) \
            else find_fatalities(sentence[item.start:item.end])
    civilian_victims = any(g.victims_civilian and not g.victims_armed for g in group) or (
        fat is not None and _CIVILIAN_DEAD.search(sentence) is not None and item is None) or (
        item is not None and item.count is not None and _ITEM_CIVILIANS.match(sentence, item.start) is not None)
    if civilian_victims and _ARMED_SUBSET.search(sentence):
        civilian_victims = False  # "killing 14 people, seven of them Iranian military personnel"
    if civilian_victims and sub in _UNCLAIMED and a2 is not None and a2.actor.type == "state forces" \
            and not re.search(r"\bcivilians?\b", sentence, re.I):
        civilian_victims = False  # "car bombs outside military intelligence compounds, killing 28 people"
    if (a2 is None or a2.actor.type != "civilians") and civilian_victims and (
        event_type in ("Violence against civilians", "Explosions/Remote violence")
    ):
        a2 = _civilians(sentence, base, best, a2)
    return fat, a2


_CLAUSE_DEPS = {"advcl", "conj", "ccomp", "relcl", "parataxis"}


def own_clause(tok: Token, others: list[Token]) -> tuple[int, int] | None:
    """Where, in its sentence's text, the clause that tells the event at ``tok`` runs when the
    sentence tells other events (at ``others``) in clauses of their own: "A man was killed in a
    drone strike on X, while two women died when a bomb hit Y" -> the part before "while" for
    the strike, "while two women died when a bomb hit Y" for the bomb. None when the clauses
    cannot be told apart."""
    others = [o for o in others if o.i != tok.i]
    if not others:
        return None
    top = clause_head(tok)
    # ("..., killing 47 soldiers, and on the same day Boko Haram killed 92 at Bohoma": a clause with
    # its own subject is its own, whatever it hangs on)
    while top.head.i != top.i and not any(o in top.head.subtree for o in others) \
            and not (top.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in top.children)):
        top = top.head
    cut = [d for d in top.subtree if d.dep_ in _CLAUSE_DEPS and d.i != top.i
           and any(o in d.subtree for o in others) and tok not in d.subtree]
    # (a participle of this event's own, "killing 47 soldiers", is cut only down to the clause inside it)
    cut = [d for d in cut if any(c.dep_ in ("nsubj", "nsubjpass") for c in d.children)
           or not any(e.i != d.i and e in d.subtree for e in cut)]
    keep = [t for t in top.subtree if not any(t in d.subtree for d in cut)]
    if not keep or any(o in keep for o in others):
        return None
    return keep[0].idx, keep[-1].idx + len(keep[-1].text)


def mark_victims(r: Reading, tok: Token, patients: list[Token], lex: TriggerLexicon) -> None:
    """Whether those the trigger ``tok`` acts on (``patients``, read by ``roles``) are civilians
    or fighters, by their words: ``r.victims_civilian``, ``r.victims_armed``."""
    for t in patients + [tok]:
        of_them = next((g for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                        if g.lower_ == "them"), None) if t.like_num else None
        t = of_them or t  # "forced passengers off buses and shot 23 of them dead": the passengers
        if t.lower_ in ("him", "her", "them") and t.i != tok.i:
            # "fired on a protest organiser ..., killing him": the person named before
            t = next((w for w in reversed(tok.doc[:t.i]) if w.pos_ == "NOUN"
                      and w.lower_ in lex.civilian_words | lex.fighter_words), t)
        words = {w.lower_ for w in t.subtree} if t.i != tok.i else {tok.lower_} - lex.fighter_words
        if "anti" in words:
            words = {w.lower_ for w in t.subtree if not _after_anti(w)}
        if words & lex.civilian_words or _counted_people(t, tok):
            r.victims_civilian = True
        if words & lex.fighter_words:
            r.victims_armed = True
    if r.actor2 is not None and r.actor2.actor.type == "civilians":
        r.victims_civilian = True


def _after_anti(w: Token) -> bool:
    """ "anti-personnel", "anti-tank": what a weapon is against, not who was hit."""
    return w.i >= 2 and w.doc[w.i - 1].text == "-" and w.doc[w.i - 2].lower_ == "anti"


def _counted_people(t: Token, tok: Token) -> bool:
    """People counted by nationality ("shot and killed four Palestinians", "two Afghans"):
    people, civilians unless fighter words say otherwise (tested by the caller)."""
    word = t.lower_
    return t.i != tok.i and word.endswith("s") and DEMONYMS.get(word[:-1]) is not None \
        and any(c.dep_ in ("nummod", "amod", "det") for c in t.children)


#: verbs of people driven from their homes: "sent thousands fleeing", "forced residents to flee"
_FLEEING = {"flee", "escape", "displace", "evacuate", "uproot", "leave"}


def displaced(tokens: list[Token]) -> bool:
    """Are the people at ``tokens`` told as driven away ("an offensive that sent thousands of
    civilians fleeing", "forcing residents to flee"), not as a side fought or attacked?"""
    for t in tokens:
        up = [t, *list(t.ancestors)[:3]]
        if any(a.lemma_.lower() in _FLEEING for a in up):
            return True
        verb = next((a for a in up if a.pos_ in ("VERB", "AUX")), None)
        if verb is not None and any(c.dep_ == "xcomp" and c.lemma_.lower() in _FLEEING for c in verb.children):
            return True
    return False
