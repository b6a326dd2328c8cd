"""The two sides a sentence names together: "fighting between the army and the TPLF", "clashes
between the Rizeigat and the Fallata tribes" (a community's militia on each side), "rival militias
clashed" (the same unnamed group on both), and another side's deed in a clause of its own ("...,
and on the same day Boko Haram killed ..."). ``classify``, ``roles`` and ``discourse`` ask these."""

from __future__ import annotations

import re

from spacy.tokens import Token

from warmap.actors import UnknownActorError, load_actors
from warmap.events.filters import clause_head
from warmap.events.reading import Reading
from warmap.events.sides import _unidentified
from warmap.events.triggers import TriggerLexicon
from warmap.nlp.parse import doc_text
from warmap.nlp.spans import SpanIndex
from warmap.records import Actor, ActorMention

__all__ = ["another_side", "between", "in_pair_after", "pair_after", "pair_named_before", "rivals", "told_as_two_sides"]


def pair_after(prep: Token) -> tuple[int, int]:
    """Where the "X and Y" after "between" stands in its sentence, however the parser hung "and Y":
    to the next verb, preposition or stop (an acronym in brackets is part of the name: "the
    Sudanese Armed Forces (SAF) and the RSF")."""
    end = next((t for t in prep.doc[prep.i + 1:] if t.pos_ in ("VERB", "AUX", "PUNCT", "ADP")
                and t.text not in ("(", ")", "-", "\u2013")), None)
    return prep.idx + len(prep.text), end.idx if end is not None else len(doc_text(prep.doc))


def in_pair_after(a: ActorMention, prep: Token, base: int) -> bool:
    """Is ``a`` in the "X and Y" after "between" ("clashes between the army and Boko Haram fighters")?"""
    lo, hi = pair_after(prep)
    return base + lo <= a.start and a.end <= base + hi


def between(tok: Token, base: int, country: str | None, lex: TriggerLexicon | None = None) -> list[ActorMention]:
    """The sides of "fighting between the army and the TPLF" when the parser took the
    trigger for a verb: the armed actors under its "between" (with ``lex``, an unnamed armed
    side too: "between the NSAGs and the Mozambican Defence and Security Forces")."""
    out: list[ActorMention] = []
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in ("between", "among"):
            lo, hi = pair_after(c)
            pair = doc_text(tok.doc)[lo:hi]
            for m in load_actors().find(pair, country=country):
                if m.actor.type not in ("civilians", "protesters") and all(o.actor.id != m.actor.id for o in out):
                    out.append(ActorMention(m.actor, m.mention, base + lo + m.start, base + lo + m.end, m.generic))
            communal = _COMMUNITIES.search(pair) if not out and " and " in pair else None
            if communal is not None:
                # "clashes between the Arab Rizeigat and the Fallata tribes": a community's militia on each side
                militia = _communal(country)
                at = base + lo + communal.start()
                side = ActorMention(militia, communal.group(0), at, at + len(communal.group(0)), generic=True)
                return [side, side]
            unnamed = lex.unnamed_armed.search(pair) if lex is not None and lex.unnamed_armed is not None else None
            if unnamed is not None and len(out) == 1 and not (out[0].start <= base + lo + unnamed.start() < out[0].end):
                at = base + lo + unnamed.start()
                out.append(ActorMention(_unidentified(country), unnamed.group(0), at, at + len(unnamed.group(0)), generic=True))
    return out


_RIVAL = re.compile(r"\b(?:rival|feuding|warring)\s+(?:[\w-]+\s+){0,2}$", re.I)


def rivals(a1: ActorMention, sentence: str, base: int) -> ActorMention | None:
    """ "Rival militias clashed", "clashes between rival armed groups": an unnamed armed group
    on both sides, so the other side is the same generic actor."""
    if not a1.generic or not a1.actor.id.startswith("unidentified"):  # (communal militias too)
        return None
    at = a1.start - base
    if _RIVAL.search(sentence[max(0, at - 30):at]) or a1.mention.lower().startswith(("rival ", "feuding ", "warring ")):
        return a1
    if _AMONG_THEMSELVES.search(sentence[max(0, at - 30):at]) and a1.mention.lower().endswith("s") \
            and not re.match(r"\s*and\b", sentence[a1.end - base:]):
        return a1  # "fighting between armed groups backing the rival prime ministers"
    return None


#: "between armed groups" with no "and Y": groups of one kind fighting among themselves
_AMONG_THEMSELVES = re.compile(r"\b(?:between|among)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$", re.I)


#: "between the Lou Nuer and Murle communities", "between herders and farmers": communities at odds
_COMMUNITIES = re.compile(r"\b(?:tribes|clans|sub-?clans|communities|herders|herdsmen|farmers|pastoralists|tribesmen"
                          r"|clansmen|ethnic\s+groups)\b", re.I)


def _communal(country: str | None) -> Actor:
    """ACLED's Unidentified Communal Militia, of the country when the dictionary has it."""
    actors = load_actors()
    try:
        return actors.get(f"unidentified_communal_militia_{country.lower()}") if country else actors.get(
            "unidentified_communal_militia")
    except UnknownActorError:
        return actors.get("unidentified_communal_militia")


_PROTEST_KINDS = frozenset({"protest", "protest_force", "protest_intervention", "riot", "mob"})


def another_side(r: Reading, lead: Reading) -> bool:
    """Did a side other than the one that did ``lead`` do ``r``, in a clause of its own joined to
    the sentence's ("..., and on the same day Boko Haram killed ...")?"""
    if r.kind in _PROTEST_KINDS:
        return False  # ("and the speaker was beaten by protesters": the crowd's own doing, told on)
    verb = r.token if r.token.pos_ in ("VERB", "AUX") else clause_head(r.token)
    return r.actor1 is not None and lead.actor1 is not None and r.actor1.actor.id != lead.actor1.actor.id \
        and verb.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


_TWO_SIDES = re.compile(r"(?i)(?:the\s+two|both|the\s+warring|the\s+rival)\s+(?:sides|parties|forces|armies|camps|factions)")
#: "Each side blamed the other for the fighting": the sides of the fight, told by what each says of the other
_EACH_BLAMED = re.compile(r"(?i)\b(?:each|either)\s+(?:side|party|camp)\s+(?:has\s+|have\s+)?(?:blamed|accused|blames|accuses)\s+the\s+other\b")
#: what may stand between two sides named together: "X and Y", "X, Y", "X clashed with Y"
_TOGETHER = re.compile(r"(?i)\s*(?:,|,?\s+and|(?:\s+[a-z]+){1,3}\s+(?:with|against))\s+(?:the\s+)?")


def told_as_two_sides(tok: Token) -> bool:
    """ "the two sides clashed", "clashes between the two sides", "both sides exchanged fire": a fight
    between the sides the story named, whose names the sentence does not repeat."""
    text = doc_text(tok.doc)
    sides = [c for c in tok.children if c.dep_ == "nsubj"] + [
        g for c in tok.children if c.dep_ == "prep" and c.lower_ == "between" for g in c.children if g.dep_ == "pobj"]
    return any(_TWO_SIDES.fullmatch(text, t.left_edge.idx, t.idx + len(t.text)) for t in sides) \
        or tok.pos_ == "NOUN" and _EACH_BLAMED.search(text) is not None  # ("each side blamed the other for the clashes")


def pair_named_before(actors: SpanIndex[ActorMention], text: str, base: int) -> tuple[ActorMention, ActorMention] | None:
    """The last two armed sides the article named together before ``base`` ("The army and the
    Rapid Support Forces have been at war since April"), as generic mentions at ``base``."""
    named = [a for a in actors.inside(max(0, base - 700), base) if a.actor.type not in ("civilians", "protesters")]
    for one, two in zip(reversed(named[:-1]), reversed(named[1:])):
        if one.actor.id != two.actor.id and _TOGETHER.fullmatch(text, one.end, two.start):
            return (ActorMention(one.actor, one.mention, base, base, generic=True),
                    ActorMention(two.actor, two.mention, base, base, generic=True))
    return None
