"""Who tells and who helps: actors named in an event's sentence that are no side of it. The
source of the news ("the ministry said", "according to the coalition", "told Pentagon reporters")
and the helper ("backed by coalition air power", "with Russian air support"); a teller is the
doer only when it speaks of itself ("said its aircraft struck").
"""

from __future__ import annotations

import re

from warmap.actors import load_actors
from warmap.events.first_chars import guarded
from warmap.events.reading import SentenceContext, token_from
from warmap.events.vocabulary import alternation
from warmap.records import ActorMention

__all__ = ["_ALLY_VERBS", "_SELF", "_in_ally_phrase", "_is_source", "tellers_forces"]


_ALLY_VERBS = {"lead", "back", "support", "aid", "assist", "help", "join", "ally", "include", "group", "comprise"}

_ALLY_BEFORE = guarded(re.compile(r"\b(?:alongside|(?:together|side\s+by\s+side)\s+with)\s+(?:the\s+)?(?:[\w-]+\s+)?$"
                                  r"|\b(?:backed|supported|aided|assisted|helped|accompanied|advised|escorted)\s+by\s+"
                                  r"(?:the\s+)?(?:U\.S\.\s+|[\w-]+\s+)?$|\bwith\s+(?:the\s+)?(?:help|support|backing|aid|cover)\s+of\s+(?:the\s+)?$"
                                  # "the SDF, an alliance that includes the Kurdish YPG": a member, no enemy
                                  r"|\b(?:includes?|including|comprising|made\s+up\s+of|composed\s+of|dominated\s+by|spearheaded\s+by)\s+"
                                  r"(?:the\s+)?(?:[\w-]+\s+)?$", re.I))


_WITH_BEFORE = guarded(re.compile(r"\bwith\s+(?:the\s+)?$", re.I))
_SUPPORT_AFTER = re.compile(r"(?:'s)?\s+(?:(?:air|aerial|artillery|military|close)\s+)?"
                            r"(?:support|backing|help|cover|assistance)\b", re.I)
_SUPPORT_END = re.compile(r"\b(?:support|backing|cover|assistance)$", re.I)  # "with Russian air support"


def _in_ally_phrase(a: ActorMention, ctx: SentenceContext) -> bool:
    """Is the mention the helper in "backed by X", "led by X", "with the help of X"?"""
    doc, base = ctx.sent.doc, ctx.sent.start
    if _ALLY_BEFORE.search(ctx.text[max(0, a.start - base - 40):a.start - base]):
        return True
    if _WITH_BEFORE.search(ctx.text[max(0, a.start - base - 12):a.start - base]) \
            and (_SUPPORT_AFTER.match(ctx.text, a.end - base) or _SUPPORT_END.search(a.mention)):
        return True  # "Iraqi forces, with coalition air support, liberated ..."
    tok = token_from(doc, a.start - base)
    for _ in range(3):
        if tok is None or tok.head.i == tok.i:
            return False
        owner = tok.head.head
        if tok.dep_ == "pobj" and tok.head.lower_ in ("by", "with", "of") and (
                owner.lemma_ in _ALLY_VERBS and owner.pos_ in ("VERB", "AUX") or owner.lemma_ in ("help", "support", "cover")):
            return True  # ("a group of army officers": the noun "group" names the side, no ally)
        tok = tok.head
    return False


_LED_BY = re.compile(r",?\s+(?:led|commanded|spearheaded|headed)\s+by\s+", re.I)


def leader(a: ActorMention | None, ctx: SentenceContext) -> ActorMention | None:
    """ "Insurgents led by the jihadist group Jund al-Aqsa captured ...": the named group that led the
    unnamed fighters is the side that acted (ACLED's actor1; the fighters its associates)."""
    if a is None or not a.generic:
        return a
    m = _LED_BY.match(ctx.text, a.end - ctx.sent.start)
    at = ctx.sent.start + m.end() if m is not None else -99
    return next((b for b in ctx.actors if at <= b.start <= at + 24 and not b.generic), a)  # ("the jihadist group X")


# "the spokesman for Operation Inherent Resolve said", "according to the coalition": who tells
_SOURCE_BEFORE = guarded(re.compile(r"(?:spokes(?:man|woman|person)|officials?|statement|press\s+(?:secretary|office)|"
                                    r"according\s+to|commander|envoy|ambassador)\s+(?:for|of|from|with|at)?\s*(?:the\s+)?"
                                    # "the spokesman for Combined Joint Task Force Operation Inherent Resolve"
                                    r"(?:(?-i:[A-Z])[\w-]*\s+){0,4}$", re.I))

_SOURCE_AFTER = re.compile(r"^(?:'s)?\s*(?:officials?\s+|spokes(?:man|woman|person)\s+|commanders?\s+)?"
                           # "Peshmerga General Hussein Nooraldin told VOA": a rank and a name between
                           r"(?:(?:(?-i:[A-Z])[\w.'-]+\s+){1,4})?"
                           rf"{alternation('saying', 'forms')}\b", re.I)


# "told Pentagon reporters", "a Kremlin press briefing": who was told, not a side
_AUDIENCE_AFTER = re.compile(r"\s+(?:press\s+)?(?:reporters|journalists|correspondents|press\s+corps|briefing|"
                             r"press\s+conference|news\s+conference)\b", re.I)


def _is_source(a: ActorMention, ctx: SentenceContext) -> bool:
    """The actor is who tells the news, not a side of it."""
    at, end = a.start - ctx.sent.start, a.end - ctx.sent.start
    return _SOURCE_BEFORE.search(ctx.text[max(0, at - 40):at]) is not None \
        or _SOURCE_AFTER.search(ctx.text[end:end + 40]) is not None \
        or _AUDIENCE_AFTER.match(ctx.text, end) is not None


#: a teller who speaks of itself between its name and the act: "said its aircraft struck", "said it had taken"
_SELF = re.compile(rf"\b{alternation('saying', 'forms')}\s+(?:(?:on\s+)?\w+day\s+|that\s+)?(?:it|they|we|its|their|our)\b", re.I)


#: generic forces a possessive pronoun gives to the teller: "its forces had taken the town"
_OWN_FORCES = {"force", "troop", "unit", "soldier", "fighter", "army", "military"}


def tellers_forces(agents, verb, ctx: SentenceContext, saying: frozenset[str]) -> ActorMention | None:
    """ "Russia's defence ministry announced that its forces had taken the town": forces that the
    teller's "its" or "their" owns are the teller's, here Russia's army (the state a ministry or
    military named by its country's possessive), or the armed actor that said it."""
    own = next((t for t in agents if t.lemma_.lower() in _OWN_FORCES
                and any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in t.children)), None)
    said = verb
    while own is not None and said.dep_ in ("ccomp", "conj") and said.head.i != said.i and said.lemma_.lower() not in saying:
        said = said.head
    if own is None or said.lemma_.lower() not in saying or said.i == verb.i:
        return None
    tellers = [c for c in said.children if c.dep_ == "nsubj"]
    base = ctx.sent.start
    for t in tellers:
        lo, hi = base + t.left_edge.idx, base + t.right_edge.idx + len(t.right_edge.text)
        named = next((a for a in ctx.actors if lo <= a.start < hi and a.actor.type in ("state forces", "rebel group",
                      "political militia", "identity militia", "external/other forces")), None)
        if named is not None:
            return named
        country = next((p for p in ctx.places if lo <= p.start < hi and p.place.kind == "country"), None)
        if country is not None:
            army = load_actors().resolve("army", country=country.place.country)
            if army is not None:
                at = base + own.idx
                return ActorMention(army, own.text, at, at + len(own.text), generic=True)
    return None
