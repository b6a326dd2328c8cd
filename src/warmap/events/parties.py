"""Parties: refine a side once ``roles`` has read it. An ally ("backed by X"), a source or a
speaker is no side; when only one side is named, the other armed side or the opponent in
the sentence, or the actor named just before; the local branch of a foreign force; the
sides of a protest (protesters, and who acted on them), civilians as the side hit, the
group blamed, an unidentified armed group, an air force named before the trigger, and the
sides of a disrupted attack.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Sequence
from functools import lru_cache

from spacy.tokens import Token

from warmap.actors import load_actors
from warmap.events.filters import WEAPON_KINDS
from warmap.events.triggers import TriggerLexicon, load_triggers
from warmap.records import ActorMention, Event, PlaceMention
from warmap.events.classify import _fought
from warmap.events.sides import is_unidentified, unidentified_mention
from warmap.events.pairs import pair_named_before, told_as_two_sides
from warmap.events.tellers import _ALLY_VERBS, _in_ally_phrase, _is_source, leader
from warmap.events.reading import Reading, SentenceContext, _token_at_offset, token_from


def _air_actor_before(actors: Sequence[ActorMention], starts: Sequence[int], at: int,
                      lex: TriggerLexicon) -> ActorMention | None:
    """The last force named before ``at`` that strikes from the air: "A strike on April 25
    killed two AQAP operatives" in a release that opened with "the U.S. military has
    conducted four airstrikes" is the U.S. military's."""
    end = bisect.bisect_left(starts, at)
    for a in reversed(actors[max(0, end - 200):end]):
        if not a.generic and (a.actor.id in lex.air_actors or (a.actor.parent or "") in lex.air_actors):
            return a
    return None


def _named_before(a: ActorMention | None, last_group: tuple[ActorMention, int] | None,
                  at: int) -> ActorMention | None:
    """ "The gunmen", "the militants": the group the report named just before, if any."""
    if a is None or not is_unidentified(a.actor) or last_group is None \
            or not _DEFINITE.match(a.mention) or at - last_group[1] > 400:
        return a
    return dataclasses.replace(last_group[0], mention=a.mention, start=a.start, end=a.end, generic=True)


def _disrupted_sides(stopped: Reading, group: list[Reading]) -> tuple[ActorMention | None, ActorMention | None]:
    """Who stopped the bomb (actor1) and whose bomb it was (actor2)."""
    weapon = next((g for g in group if g.kind in WEAPON_KINDS), None)
    passive = stopped.trigger.text.lower().startswith(("were", "was", "had"))
    if passive or stopped.actor1 is None:
        if weapon is None:
            return stopped.actor1, stopped.actor2
        return weapon.actor2, weapon.actor1
    return stopped.actor1, stopped.actor2 or (weapon.actor1 if weapon and weapon.actor1 is not None
                                               and weapon.actor1.actor.id != stopped.actor1.actor.id else None)


def _is_state_side(a, lex: TriggerLexicon) -> bool:
    return a.type == "state forces" or a.id in lex.government_affiliates or (a.parent or "") in lex.government_affiliates


def _other_armed(a1: ActorMention, ctx: SentenceContext, after: int) -> ActorMention | None:
    """Another armed group named after the trigger that is neither helper nor source
    ("the SDF launched an offensive on Raqqa, which IS extremists overran")."""
    for a in ctx.actors:
        if a.start < after or a.actor.id == a1.actor.id or a.actor.type in ("civilians", "protesters") \
                or a1.actor.parent == a.actor.id or a.actor.parent == a1.actor.id:
            continue
        if not _is_source(a, ctx) and not _in_ally_phrase(a, ctx):
            return a
    return None


def _coordinated(a: ActorMention, first: ActorMention, ctx: SentenceContext) -> bool:
    """Is ``a`` a conjunct of ``first`` ("Turkish troops and Syrian rebels")?"""
    t = _token_at_offset(ctx.sent, a.start)
    base = ctx.sent.start
    for _ in range(4):
        if t is None or t.dep_ != "conj":
            return False
        t = t.head
        if first.start <= base + t.idx < first.end:
            return True
    return False


def _opponent(a1: ActorMention, ctx: SentenceContext, lex: TriggerLexicon) -> ActorMention | None:
    """The other side of a battle the sentence names without a role ("captured Idlib,
    driving government forces out"): an armed actor on the other side of the
    state/non-state line, not one the capturer was led or backed by."""
    mine = _is_state_side(a1.actor, lex)
    doc, base = ctx.sent.doc, ctx.sent.start
    for a in ctx.actors:
        if a is a1 or a.actor.id == a1.actor.id or a.actor.type in ("civilians", "protesters"):
            continue
        if _is_state_side(a.actor, lex) == mine or _is_source(a, ctx) or _coordinated(a, a1, ctx) or _in_ally_phrase(a, ctx):
            continue  # ("Turkish troops and Syrian rebels attacked ...", "fought alongside the army": allies)
        tok = token_from(doc, a.start - base)
        allied = False
        while tok is not None and tok.head.i != tok.i:
            tok = tok.head
            if tok.lemma_ in _ALLY_VERBS:
                allied = True
                break
        if not allied:
            return a
    return None


_FOREIGN_QUALIFIERS = ("US", "U.S.", "American", "coalition", "Russian", "Turkish", "Israeli",
                       "Jordanian", "British", "French", "Iranian", "Iraqi", "Syrian", "Kurdish")
# the qualifier is on the mention after it ("US and Arab warplanes"), not on a noun of its own
# before it ("Iraqi troops and Shiite militias")
_QUALIFYING = [(q, re.compile(rf"\b{re.escape(q)}\b(?:(?:\s+|,\s*|-led\s+)(?:and|or|(?-i:[A-Z])[\w.-]*))*\s*$"))
               for q in _FOREIGN_QUALIFIERS]


def _localised(m: ActorMention | None, country: str | None, sentence: str, base: int) -> ActorMention | None:
    """A generic mention ("government forces", "warplanes", "civilians") resolves by the
    country where the event happened, and by a qualifier just before it ("US and Arab
    warplanes"), not by the article's country."""
    if m is None or not m.generic:
        return m
    actors = load_actors()
    before = sentence[max(0, m.start - base - 25):m.start - base]
    for q, qualifying in _QUALIFYING:
        if qualifying.search(before):
            found = actors.resolve(f"{q} {m.mention.split()[-1]}")
            if found is not None and found.id != m.actor.id:
                return ActorMention(found, m.mention, m.start, m.end, True)
    if country and m.actor.country != country:  # (a country-less one too: "Civilians" -> "Civilians (Syria)")
        found = actors.resolve(m.mention, country=country)
        if found is not None and found.type == m.actor.type:
            return ActorMention(found, m.mention, m.start, m.end, True)
    return m


def _in_a_clause_of_its_own(a: ActorMention, trigger: Token, ctx: SentenceContext) -> bool:
    """Is the mention inside a clause below the trigger's that the trigger is not in ("Monday's
    bombing came as Hollande visited Baghdad to meet French troops": no target of the bombing)?"""
    tok = _token_at_offset(ctx.sent, a.start)
    ancestors = {t.i for t in trigger.ancestors} | {trigger.i}
    while tok is not None and tok.i not in ancestors:
        # a clause of its own: one opened by "as", "while", "when"..., or a relative one (not
        # "..., killing 12 people" nor "leaving 18 people wounded": the bomb's own victims)
        own = tok.dep_ == "relcl" or (tok.dep_ == "advcl" and any(c.dep_ == "mark" for c in tok.children))
        if own and trigger.i not in {t.i for t in tok.subtree}:
            return True
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _protest_sides(sub: str, a1: ActorMention | None, a2: ActorMention | None,
                   place: PlaceMention | None, at: int) -> tuple[ActorMention | None, ActorMention | None]:
    """ACLED's order of the sides: the protesters first in a protest (with or without an
    intervention), the force that shot at them first in "Excessive force against protesters"."""
    def crowd(m: ActorMention | None) -> bool:
        return m is not None and m.actor.type in ("protesters", "civilians")

    country = place.place.country if place else None
    here = ActorMention(load_actors().get("unidentified_armed_group"), "", at, at, generic=True)
    if sub == "Excessive force against protesters":
        if crowd(a1) and not crowd(a2):
            a1, a2 = a2, a1
        if a2 is None or a2.actor.type == "civilians":
            a2 = _protesters(a2 or here, country)
    else:
        if a1 is not None and not crowd(a1):
            a1, a2 = a2, a1
        if a1 is None or a1.actor.type == "civilians":
            a1 = _protesters(a1 or here, country)
    return a1, a2


def _protesters(m: ActorMention, country: str | None) -> ActorMention:
    """People who protest are protesters, not civilians (ACLED's actor type 6)."""
    found = load_actors().resolve("protesters", country=country)
    return m if found is None else ActorMention(found, m.mention, m.start, m.end, True)


def _armed(m: ActorMention | None) -> ActorMention | None:
    """ "The government" in an event is its military, as warmap's actor vocabulary codes the
    state side of fighting and of deals (the government itself speaks, it does not fight)."""
    if m is None or not m.actor.id.startswith("government_") or not m.actor.country:
        return m
    army = load_actors().resolve("government forces", country=m.actor.country)
    return m if army is None else ActorMention(army, m.mention, m.start, m.end, m.generic)


_BLAMED = re.compile(r"\b(?:blam(?:ed|es|ing)|accus(?:ed|es|ing))\s+", re.I)


def _blamed(sentence: str, base: int, ctx: SentenceContext) -> ActorMention | None:
    """The actor named right after "blamed"/"accused" in the event's own sentence."""
    m = _BLAMED.search(sentence)
    if m is None:
        return None
    at = base + m.end()
    named = next((a for a in ctx.actors if at <= a.start <= at + 4 and a.actor.type != "civilians"), None)
    if named is not None:
        return named
    # "blamed Israel": a state blamed is its armed forces
    country = next((p for p in ctx.places if at <= p.start <= at + 4 and p.place.kind == "country"), None)
    army = load_actors().resolve("army", country=country.place.country) if country is not None else None
    if army is None:
        return None
    return ActorMention(army, country.mention, country.start, country.end, generic=True)


_DEFINITE = re.compile(r"(?:the|these|those)\s", re.I)


@lru_cache(maxsize=4)
def _longest_first(words: frozenset[str]) -> tuple[str, ...]:
    return tuple(sorted(words, key=len, reverse=True))


def _civilians(sentence: str, base: int, r: Reading, current: ActorMention | None) -> ActorMention | None:
    """The civilians of the event's country as the side acted on, when the sentence's
    victims are civilians ("12 civilians were killed in the raids on ISIS-held Raqa")."""
    country = r.place.place.country if r.place else None
    actor = load_actors().resolve("civilians", country=country) if country else None
    if actor is None:
        return current
    lowered = sentence.lower()
    for word in _longest_first(load_triggers().civilian_words):
        at = lowered.find(word)
        if at >= 0 and (at == 0 or not lowered[at - 1].isalpha()):
            return ActorMention(actor, sentence[at:at + len(word)], base + at, base + at + len(word), generic=True)
    return ActorMention(actor, "", base, base, generic=True)


_UNCLAIMED = {"Remote explosive/landmine/IED", "Suicide bomb", "Grenade"}
#: A sentence about the attack just reported: "The attack on the hotel began with ..."
_TELLS_THE_ATTACK = re.compile(r"\s*(?:The|That|This)\s+(?:attack|assault|raid|siege|onslaught)\b")


#: attacks on a side: "ambushed", "an attack on", "assaulted", "stormed", "raided"
_AMBUSHED = re.compile(r"ambush|attack|assault|storm|raid", re.I)


def settle_sides(a1: ActorMention | None, a2: ActorMention | None, best: Reading, group: list[Reading],
                 stopped: Reading | None, event_type: str, sub: str, sentence: str, base: int,
                 ctx: SentenceContext, lex: TriggerLexicon,
                 last_group: tuple[ActorMention, int] | None,
                 events: Sequence[Event] = ()) -> tuple[ActorMention | None, ActorMention | None] | None:
    """The two sides of the event ``best`` leads in ``group``, typed ``event_type``/``sub``,
    from the sides its readings gave (``a1``, ``a2``): refined by the rules above, or None
    when the event is a fight with one side only. ``base`` is the sentence's offset in the
    article, ``stopped`` the reading of a disrupted attack, ``last_group`` the last named
    non-state side and where its sentence ended, ``events`` the article's events so far."""
    if (led := leader(a1, ctx)) is not a1:  # "Insurgents led by Jund al-Aqsa": the group, not the enemy
        a1, a2 = led, None if a2 is not None and a2.actor.id == led.actor.id else a2
    if a2 is None and best.kind == "territory":
        # "captured the crossing after Iraqi troops abandoned their posts"
        a2 = next((g.actor1 for g in group if g.kind == "transfer" and g.actor1
                   and (a1 is None or g.actor1.actor.id != a1.actor.id)), None)
    if a1 is None and sub == "Armed clash" and a2 is not None:
        # "twelve soldiers were killed in clashes with Islamic State": the dead are the other side
        a1 = next((g.actor2 for g in group if g.kind == "kill" and g.actor2 is not None
                   and g.actor2.actor.id != a2.actor.id and g.actor2.actor.type != "civilians"), None)
    if a1 is None and sub == "Armed clash" and a2 is not None \
            and (_is_state_side(a2.actor, lex) or a2.actor.type == "external/other forces") \
            and any(_AMBUSHED.match(g.trigger.text) for g in group):
        # "Nine soldiers were killed in an ambush in Shujaiya": by the group the report has been
        # naming, else by someone it leaves unnamed (ACLED's Unidentified Armed Group)
        a1 = _named_before(unidentified_mention(best.place.place.country if best.place else None, base),
                           last_group, base)
    if a1 is None and best.kind == "territory" and best.trigger.text.lower().startswith(("fell", "has fallen", "had fallen")) \
            and not best.trigger.text.lower().endswith(("to", "of")):
        # "Herat fell on Thursday evening": to the group the report has been naming, or told of no one
        if last_group is None or base - last_group[1] > 1500 or _is_state_side(last_group[0].actor, lex):
            return None
        a1 = dataclasses.replace(last_group[0], start=base, end=base, generic=True)
    if event_type == "Battles" and a2 is not None and a2.actor.type == "civilians":
        a2 = None  # the dead counted beside a clash ("29 people were killed: ...") are no side of it
    if a2 is None and event_type == "Battles" and a1 is not None:
        a2 = _opponent(a1, ctx, lex)
    if best.kind == "transfer" and a1 is not None and a2 is None \
            and not best.trigger.text.lower().startswith(("hand", "surrender")):
        # "X withdrew ..., and Y moved in": the side that takes the ground comes first
        a2, a1 = a1, _opponent(a1, ctx, lex)
    if a2 is None and sub == "Armed clash" and a1 is not None and _fought(best):
        # "CTS troops fought their way into the Old City": the enemy is the group the
        # report has been naming; with none, the fight stands with one side where it names
        # a town ("Russian troops ... were repelled at Avdiivka"), not only a valley or a country
        if not (last_group is None or base - last_group[1] > 1500
                or _is_state_side(last_group[0].actor, lex) == _is_state_side(a1.actor, lex)):
            a2 = dataclasses.replace(last_group[0], start=base, end=base, generic=True)
        elif best.place is None or best.place.place.kind in ("region", "country"):
            return None
    if sub in _UNCLAIMED and a1 is not None and a1.generic and a1.actor.type == "civilians":
        a1 = None  # "a woman carrying explosives into a market": the bomber is no civilian side
    if a1 is None and sub in _UNCLAIMED and last_group is not None and base - last_group[1] <= 1500 \
            and _TELLS_THE_ATTACK.match(sentence) and not _is_state_side(last_group[0].actor, lex):
        # "The attack on the hotel began with a suicide car bomb": the attack just told, by
        # the group that carried it out
        a1 = dataclasses.replace(last_group[0], start=base, end=base, generic=True)
    if a1 is None and sub in _UNCLAIMED:
        # ACLED's perpetrator of an unclaimed bombing: the Unidentified Armed Group of its country
        a1 = unidentified_mention(best.place.place.country if best.place else None, base)
    if a2 is None and sub in _UNCLAIMED:
        # the unit or people named beside an unclaimed bomb are its target
        here = base + best.trigger.start
        a2 = next((a for a in ctx.actors if a.start > here and not is_unidentified(a.actor)
                   and not a.actor.id.startswith("government_")  # "the ministry said": a source
                   and (a1 is None or a.actor.id != a1.actor.id)
                   and not _in_a_clause_of_its_own(a, best.token, ctx)), None)
    elif sub in _UNCLAIMED and a2.generic and a2.actor.type == "civilians" \
            and not re.search(r"\bcivilians?\b", sentence, re.I):
        # "a car bomb near a police checkpoint, killing six people": the post it hit is the
        # side acted on; "people" alone does not say they were civilians
        here = base + best.trigger.start
        a2 = next((a for a in ctx.actors if here < a.start < a2.start and a.actor.type == "state forces"
                   and (a1 is None or a.actor.id != a1.actor.id)), a2)
    if event_type == "Protests" and a1 is not None and a1.actor.type == "civilians":
        a1 = _protesters(a1, best.place.place.country if best.place else a1.actor.country)
    if event_type == "Protests":
        a1, a2 = _protest_sides(sub, a1, a2, best.place, base)
    a1, a2 = _armed(a1), _armed(a2)
    # "Islamic State gunmen attacked ... The gunmen then stormed ...": the group named just before
    a1 = _named_before(a1, last_group, base)
    if stopped is not None:
        a2 = _named_before(a2, last_group, base)  # "The militants' car bombs were destroyed"
    if a1 is not None and a2 is not None and a1.actor.id == a2.actor.id:
        # "the city had been liberated from the Islamic State": the side named is the
        # one that lost it; who took it is not said in this sentence
        if best.kind == "territory":
            a1 = None
        else:
            a2 = None
    country = best.place.place.country if best.place else None
    if a1 is None and sub == "Armed clash":
        # "Clashes were also reported on Sunday in Nyala"; "Pro-government fighters battled the
        # remaining militants house by house": the sides of the story's war, or the enemy of the named side
        named = pair_named_before(ctx.all_actors, ctx.article, base) if a2 is None and told_as_two_sides(best.token) else None
        a1, a2, fought = (*named, None) if named else _sides_fighting(events, base, country, a2)  # ("the two sides clashed")
        if fought is not None and best.place_from_context:
            # "The attackers were beaten back, he said": where the battle just told was
            best.place = fought.location
    a1, a2 = _localised(a1, country, sentence, base), _localised(a2, country, sentence, base)
    return a1, a2


def _sides_fighting(events: Sequence[Event], base: int, country: str | None,
                    against: ActorMention | None = None) -> tuple[ActorMention | None, ActorMention | None, Event | None]:
    """The two sides of the article's last battle told within ``_SAME_WAR`` characters before
    ``base``, in the same country: a clash told with no side ("intense fighting took place around
    Sake") is theirs in a story about their war. With one side named (``against``), the last
    battle it fought gives its enemy. Also that battle (None, ``against``, None when there is none)."""
    for e in reversed(events):
        if e.event_type == "Battles" and e.actor1 is not None and e.actor2 is not None and e.location is not None \
                and e.location.place.country == country and 0 <= base - (e.sources[0].start or 0) <= _SAME_WAR:
            one, two = e.actor1, e.actor2
            if against is not None:
                if not _same_side(against, one) and not _same_side(against, two):
                    continue
                mine, other = (one, two) if _same_side(against, one) else (two, one)
                if mine.actor.id != against.actor.id:  # ("pro-government fighters": the GNA's, named above)
                    against = dataclasses.replace(mine, start=against.start, end=against.end, generic=True)
                return dataclasses.replace(other, start=base, end=base, generic=True), against, e
            return (dataclasses.replace(one, start=base, end=base, generic=True),
                    dataclasses.replace(two, start=base, end=base, generic=True), e)
    if against is None:
        # no battle told with both sides: the two sides the story's recent battles named one each
        # ("Government forces seized Gharyan ..." then "LNA forces had used Gharyan ...")
        seen: list[ActorMention] = []
        for e in reversed(events):
            if base - (e.sources[0].start or 0) > _SAME_WAR:
                break  # (events run in text order: the rest were told further back)
            if e.event_type == "Battles" and e.location is not None and e.location.place.country == country \
                    and base >= (e.sources[0].start or 0):
                seen += [a for a in (e.actor1, e.actor2) if a is not None and not any(_same_side(a, b) or _same_side(b, a)
                                                                                       for b in seen)]
        if len(seen) == 2:
            return (dataclasses.replace(seen[0], start=base, end=base, generic=True),
                    dataclasses.replace(seen[1], start=base, end=base, generic=True), None)
    return None, against, None


_SAME_WAR = 1500


def _same_side(a: ActorMention, b: ActorMention) -> bool:
    """The same actor, or a generic word for it ("pro-government fighters" for the GNA's forces)."""
    return a.actor.id == b.actor.id or a.generic and a.actor.type == b.actor.type == "state forces" \
        and a.actor.country is not None and a.actor.country == b.actor.country
