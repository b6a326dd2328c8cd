"""Who acts in a reading, when the actor dictionary alone cannot say: the typing rules of
``extract._classify`` that look at the acting side's words rather than its actor id.

- (a crowd doing violence, and the protest scene: ``crowds``);
- armed people no dictionary names ("armed herders", "unknown assailants") are ACLED's
  Unidentified Armed Group of the event's country;
- a side named as the verb's subject that the dictionary does not know ("Al Shabaab
  established a base") still makes the event, with actor1 left unknown;
- the doer named by the trigger itself ("suicide bombers") as subject of a verb of intent
  ("were planning to attack") is a plan, not an event;
- killings by state forces where a protest is happening are force used on protesters.

The word lists are data (``data/triggers.toml``: demonstrator_words, mob_words,
unnamed_armed_words).
"""

from __future__ import annotations

import dataclasses

import re

from spacy.tokens import Token

from warmap.actors import UnknownActorError, load_actors
from warmap.actors.state_forces import military_id
from warmap.events.filters import WEAPON_KINDS, clause_head
from warmap.events.modality import load_cues
from warmap.events.triggers import TriggerLexicon
from warmap.nlp.parse import doc_text
from warmap.events.subjects import misparsed_subjects, when_clause
from warmap.events.vocabulary import words
from warmap.records import Actor, ActorMention

__all__ = ["agents", "habitual_statement", "intended_by_agent", "unnamed_armed", "unknown_side", "co_agent", "site_owner",
           "unidentified_mention", "on_foot", "nobody_acted_on", "takes_a_site", "weapon_agent", "hit_a_device",
           "killed_as_headlines_tell", "state_forces_mention"]

_CLIMB = {"conj", "xcomp", "advcl"}
# A protest where the act happens: its people named, or "during a march", "at a rally".


def agents(tok: Token) -> list[Token]:
    """The subjects (or passive "by" agents) of the clause a trigger is in, climbing
    through coordinated and controlled verbs ("attacked and burned", "tried to flee")."""
    cur = tok if tok.pos_ in ("VERB", "AUX") else clause_head(tok)
    for _ in range(4):
        found = [c for c in cur.children if c.dep_ in ("nsubj", "csubj")]
        found += [g for c in cur.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        if found:
            # ("protesters who smashed shop fronts": the relative pronoun stands for the noun it hangs on)
            # (a person's relative clause is background: "Capt. Traore, who seized power in September")
            return [cur.head if f.lower_ in _RELATIVES and cur.dep_ == "relcl" and cur.head.pos_ == "NOUN" else f
                    for f in found]
        misparsed = misparsed_subjects(cur)
        if misparsed:
            return misparsed
        if any(c.dep_ == "nsubjpass" for c in cur.children):
            break  # "residents returned after the town was retaken": a passive's doer is unsaid, not the outer subject
        if cur.dep_ in _CLIMB and cur.head.i != cur.i:
            cur = cur.head
            continue
        break
    return []


_RELATIVES = {"who", "that", "which"}
_FIGHT_NOUNS = words("fights", "nouns")


def _without_helpers(t: Token) -> list[Token]:
    """The subject's words without its "backed by ..." aside ("troops, backed by jets and
    civilian vigilantes, repelled ..." are troops, not a crowd)."""
    asides = [c for c in t.children if c.dep_ in ("acl", "prep") and c.lemma_.lower() in _HELPING]
    return [w for w in t.subtree if not any(w in a.subtree for a in asides)]


_HELPING = {"back", "support", "aid", "assist", "help", "accompany", "with"}


def _agent_words(tok: Token) -> set[str]:
    """The agent's words (names merged into one token by the parser are split again). Who
    tells of it inside a misparsed agent ("El Fasher, where residents said RSF fighters
    exchanged fire") is no agent."""
    words = {part for t in agents(tok) for w in _without_helpers(t) for part in w.lower_.split()
             if not (w.dep_ == "nsubj" and w.head.i != tok.i and w.head.lemma_.lower() in _WITNESSING)}
    if tok.pos_ not in ("VERB", "AUX"):
        words.update(tok.lower_.split())
    return words


_FIRED = words("fired", "nouns")
_NATURE = words("nature", "words")
_TALKING_OF = words("talking_of", "lemmas") | words("talking_of", "fled")
_WITNESSING = {"describe", "see", "witness", "recount", "film", "photograph", "recall", "say", "tell", "report", "find",
               "count", "show", "hear"}


def talked_of(tok: Token) -> bool:
    """Is the trigger a noun that a verb of speaking of names ("the State Department condemned the
    attack", "residents linked the massacre to ...")? Its subject is no side of it."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    head = clause_head(tok)  # ("The United States is deeply concerned by the fighting in Aden": who feels, not who fights)
    return head.lemma_.lower() in _TALKING_OF or head.lemma_ == "be" and any(
        c.dep_ == "acomp" and c.lower_ in _FEELING for c in head.children)


_FEELING = {"concerned", "alarmed", "worried", "saddened", "outraged", "shocked", "appalled", "troubled", "horrified",
            "dismayed", "disturbed", "distressed", "angered", "encouraged", "pleased", "heartened", "gratified"}


def habitual_statement(tok: Token) -> bool:
    """ "Mob justice has long been common in Goma": the trigger noun as the subject of "be"
    with an adjective of frequency says what is usual, not what happened."""
    while tok.dep_ == "compound" and tok.head.i != tok.i:
        tok = tok.head
    head = tok.head
    return tok.pos_ not in ("VERB", "AUX") and tok.dep_ == "nsubj" and head.lemma_ == "be" \
        and any(c.dep_ == "acomp" and c.lemma_.lower() in _USUAL for c in head.children)


_USUAL = {"common", "commonplace", "frequent", "widespread", "routine", "usual", "rife", "endemic", "prevalent",
          "rare", "uncommon", "normal", "typical"}


def intended_by_agent(tok: Token) -> bool:
    """The trigger names the doer ("suicide bombers") as subject of a verb of intent."""
    return tok.pos_ not in ("VERB", "AUX") and tok.dep_ in ("nsubj", "nsubjpass") \
        and tok.head.lemma_.lower() in load_cues().hyp_verbs


def unnamed_armed(tok: Token, lex: TriggerLexicon, base: int, country: str | None) -> ActorMention | None:
    """The Unidentified Armed Group for a subject such as "armed men" or "unknown assailants"."""
    if lex.unnamed_armed is None:
        return None
    for t in agents(tok) or [t for c in tok.children if c.dep_ == "advcl" and when_clause(c)
                             for t in c.children if t.dep_ == "nsubj"]:  # ("were killed when gunmen attacked")
        phrase = _phrase(t)
        m = lex.unnamed_armed.search(phrase)
        if m is None:
            continue
        actor = _unidentified(country)
        at = base + t.left_edge.idx + m.start()
        return ActorMention(actor, m.group(0), at, at + len(m.group(0)), generic=True)
    return None


_RECIPROCAL = re.compile(r"(?i)clash|fight|fought|battl|skirmish|exchang|trad|gunfight|firefight")


def reciprocal(tok: Token) -> bool:
    """A fight two sides do to each other ("clashed", "exchanged gunfire"), with no object."""
    return _RECIPROCAL.match(tok.text) is not None and not any(
        c.dep_ == "dobj" and c.lemma_.lower() not in _FIRE for c in tok.children)


_FIRE = {"fire", "gunfire", "shot", "blow", "salvo", "round", "volley"}
_ARMED_NOUNS = {"forces", "force", "militia", "militias", "units", "brigades", "battalions", "army", "groups"}


def toll_of_a_fight(r, lex: TriggerLexicon) -> bool:
    """ "clashed with forces backing Bashagha, killing 32 people", "clashes with gunmen": the other
    side, named or not, is armed, so the dead are the fight's toll (no side of it), not civilians
    attacked."""
    if not _fought_armed(r.token, lex) and not any(c.dep_ == "nsubj" and c.lemma_.lower() in _FIGHT_NOUNS
                                                   for c in r.token.children):  # ("fighting between A and B killed 32")
        return False
    if r.actor2 is not None and r.actor2.generic and r.actor2.actor.type == "civilians":
        r.actor2 = None
    return True


def _fought_armed(tok: Token, lex: TriggerLexicon) -> bool:
    if _RECIPROCAL.match(tok.text) is None:
        return False
    others = [g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("with", "against")
              for g in c.children if g.dep_ == "pobj"]
    others += [c for g in others for c in g.children if c.dep_ == "conj"]
    return any(g.lower_.split()[-1] in _ARMED_NOUNS or g.lower_ in lex.fighter_words
               or (lex.unnamed_armed is not None and lex.unnamed_armed.fullmatch(g.lower_) is not None) for g in others)


def co_agent(tok: Token, a1: ActorMention, base: int, country: str | None) -> ActorMention | None:
    """The other side of a fight told with both sides as its subject ("Security forces and
    ELN guerrillas exchanged gunfire"): an armed actor in the coordinated subject that is
    not actor1. Only a verb two sides do to each other with no object of its own: in
    "Iraqi forces and the peshmerga advanced on Mosul" the two are allies."""
    if not reciprocal(tok):
        return None
    for t in agents(tok):
        for part in (t, *t.conjuncts):
            lo, hi = part.left_edge.idx, part.idx + len(part.text)
            for m in load_actors().find(doc_text(part.doc)[lo:hi], country=country):
                if m.actor.id != a1.actor.id and m.actor.type not in ("civilians", "protesters"):
                    return ActorMention(m.actor, m.mention, base + lo + m.start, base + lo + m.end, m.generic)
    return None


def _unidentified(country: str | None) -> Actor:
    """ACLED's Unidentified Armed Group with the country's name ("Unidentified Armed Group
    (Nigeria)") under the one id the dictionary gives unnamed armed men too (``localise``), so
    that one country's unnamed gunmen carry one id in every export."""
    actors = load_actors()
    base = actors.get("unidentified_armed_group")
    try:
        local = actors.get(f"unidentified_armed_group_{country.lower()}") if country else None
    except UnknownActorError:
        local = None
    return base if local is None else dataclasses.replace(local, id=base.id, parent=base.parent)


def affiliated_here(actor: Actor, country: str | None, lex: TriggerLexicon) -> bool:
    """Does ``actor`` act for a government (``government_affiliates``) in ``country``? Those that
    fight for one abroad do so only there (``affiliates_fight_for``): Hezbollah is Damascus's
    force in Syria, and at home in Lebanon a party's militia whose men break up a protest camp."""
    for ident in (actor.id, actor.parent or ""):
        if ident in lex.government_affiliates:
            home = lex.affiliates_fight_for.get(ident)
            return home is None or country is None or country in home
    return False


def is_unidentified(actor: Actor) -> bool:
    """ACLED's Unidentified Armed Group, of any country or none: a side the text does not name."""
    return actor.id.startswith("unidentified_armed_group")


def unidentified_mention(country: str | None, at: int) -> ActorMention:
    """The Unidentified Armed Group (X) as an actor no words of the text name."""
    return ActorMention(_unidentified(country), "", at, at, generic=True)


def state_forces_mention(country: str | None, at: int) -> ActorMention | None:
    """The military of ``country`` as an actor no words of the text name (None when the dictionary lacks it)."""
    if country is None:
        return None
    try:
        return ActorMention(load_actors().get(military_id(country)), "", at, at, generic=True)
    except UnknownActorError:
        return None


_ON_FOOT = re.compile(r"\b(?:forces|troops|soldiers|police|policemen|commandos|infantry|units|gunmen|fighters)\b", re.I)


def on_foot(a1: ActorMention | None) -> bool:
    """ "Israeli forces raided Nablus": the air force's state, but troops on the ground."""
    return a1 is not None and _ON_FOOT.search(a1.mention) is not None


def _targets(tok: Token) -> list[Token]:
    """What a fighting verb acts on: its object (a passive's subject: "the base was attacked by ..."),
    or "on/against/with" X."""
    return [c for c in tok.children if c.dep_ == "dobj"
            or c.dep_ == "nsubjpass" and any(a.dep_ == "agent" for a in tok.children)] + [
        g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("on", "against", "with")
        for g in c.children if g.dep_ == "pobj"]


def site_owner(tok: Token, lex: TriggerLexicon, base: int, country: str | None) -> ActorMention | None:
    """The side an attack on a military or police site acts on ("attacked a military base",
    "stormed a police station"): the army or the police of the event's country; an
    unnamed armed group fought ("clashed with Mai-Mai militia"): its Unidentified Armed Group."""
    if not country:
        return None
    for t in _targets(tok):
        phrase = _phrase(t)
        m = lex.unnamed_armed.search(phrase) if lex.unnamed_armed is not None else None
        if m is not None:
            at = base + t.left_edge.idx + m.start()
            return ActorMention(_unidentified(country), m.group(0), at, at + len(m.group(0)), generic=True)
        for role, words in (("police", lex.police_sites), ("army", lex.military_sites),
                            ("civilians", lex.civilian_sites)):
            m = words.search(phrase) if words is not None else None
            found = load_actors().resolve(role, country=country) if m else None
            if found is not None and found.type == ("civilians" if role == "civilians" else "state forces"):
                at = base + t.left_edge.idx + m.start()
                return ActorMention(found, m.group(0), at, at + len(m.group(0)), generic=True)
    return None


def nobody_acted_on(tok: Token) -> bool:
    """ "Police said they had arrested no one": the act's object is nobody."""
    for c in tok.children:
        if c.dep_ in ("dobj", "nsubjpass") and (c.lower_ in ("nobody", "none", "no-one") or (
                c.lower_ == "one" and any(d.lower_ == "no" for d in c.children))):
            return True
    return False


_SITES = {"camp", "base", "airport", "airbase", "barracks", "outpost", "headquarters", "garrison", "post",
          "checkpoint", "compound", "fort", "plant", "university", "complex", "dam", "refinery", "oilfield", "factory",
          "palace", "citadel", "stadium", "airfield",
          # "took the city centre", "the northern suburbs": a part of the story's town
          "suburb", "quarter", "neighbourhood", "neighborhood", "centre", "center"}


def takes_a_site(tok: Token) -> bool:
    """ "Took over a former UN camp": a site taken is ground taken, like a town."""
    return any(c.dep_ in ("dobj", "nsubjpass") and (c.lemma_.lower() in _SITES or c.lower_ == "city" and any(
        m.dep_ in ("amod", "compound") and m.text[:1].isupper() for m in c.children)) for c in tok.children)  # "the Old City"


def unknown_side(tok: Token, lex: TriggerLexicon, civilians_too: bool = False) -> bool:
    """A verb trigger with a named subject the dictionary does not know ("the Houthis
    released 14 prisoners"): not a pronoun, not civilians (but "local elders brokered a
    truce" with ``civilians_too``: civilians make agreements)."""
    if tok.pos_ not in ("VERB", "AUX"):
        if tok.dep_ != "dobj":
            return False
        tok = tok.head  # ("ETA announced the cessation of its armed activity": the announcing verb's subject)
    doers = agents(tok)
    if doers and all(t.lower_ in ("it", "they") for t in doers) and tok.dep_ == "ccomp":
        doers = agents(tok.head)  # ("the FLNC has announced that it is laying down its weapons")
    return any((t.pos_ == "PROPN" or (t.pos_ == "NOUN" and (civilians_too or t.lower_ not in lex.civilian_words)))
               and not any(w.lower_ in _NATURE for w in t.subtree) for t in doers)  # (not "lava flows")


def _phrase(t: Token) -> str:
    return doc_text(t.doc)[t.left_edge.idx:t.right_edge.idx + len(t.right_edge.text)]


def weapon_agent(tok: Token, lex: TriggerLexicon) -> bool:
    """The side that "attacked" is a weapon or its bearer ("a suicide bomber attacked a
    mosque", "a drone attacked the convoy"): the weapon's reading tells the event."""
    return any(m.kind in WEAPON_KINDS for t in agents(tok) for m in lex.find(_head_phrase(t)))


def struck_by(tok: Token, lex: TriggerLexicon) -> set[str]:
    """The trigger kinds of what "struck" or "hit": a bomb set off on the ground ("a roadside
    bomb struck their vehicle"), a shell or rocket ("the rocket fire that struck residential
    areas"), or neither (an empty set)."""
    doers = agents(tok) + ([tok.head] if tok.dep_ == "relcl" else [])
    # (a merged name the parser left hanging before the verb: "A suicide bomber driving a car ... struck")
    doers += [c for c in tok.children if c.dep_ in ("npadvmod", "dep") and c.i < tok.i]
    # ("a projectile fired by the Houthis struck the airport": a weapon fired from the ground)
    return {m.kind for t in doers for m in lex.find(_head_phrase(t))} \
        | ({"shelling"} if any(t.lower_ in _FIRED for t in doers) else set())


def _head_phrase(t: Token) -> str:
    """The noun phrase up to its head word: "a suicide bomber", not "Afghan commandos,
    supported by U.S. airstrikes," (an ally's weapon is not the doer)."""
    return doc_text(t.doc)[t.left_edge.idx:t.idx + len(t.text)]


def hit_a_device(tok: Token, lex: TriggerLexicon) -> bool:
    """ "Their vehicle struck a landmine": what was struck is the bomb, not a target (but
    "strikes destroyed an IED facility" hit a target)."""
    if tok.lemma_.lower() not in ("strike", "hit", "run", "drive"):
        return False
    return any(m.kind == "ied" and c.lower_ in m.text.lower().split()
               for c in tok.children if c.dep_ in ("dobj", "pobj") for m in lex.find(_phrase(c)))


#: "gunmen believed to belong to X", "militants linked to X": who the unnamed attackers are
_IDENTIFIED_AS = re.compile(r"\s*,?\s*(?:who\s+(?:are|were)\s+)?(?:(?:believed|thought|suspected|said|reported|presumed)\s+"
                            r"to\s+(?:belong\s+to|be(?:\s+(?:members|fighters)\s+of)?)|suspected\s+of\s+being|(?:linked|loyal|affiliated)"
                            r"\s+(?:to|with)|from)\s+(?:the\s+)?$", re.I)


_ATTACK_NOUNS = {"attack", "assault", "raid", "ambush", "rampage", "incursion"}


def identified(r, ctx) -> None:
    """An unnamed attacker the sentence then identifies ("gunmen believed to belong to the Islamic
    State group's Sahel branch killed 86 civilians"): the group named is the attacker, not its enemy."""
    a1 = r.actor1
    if a1 is None and r.kind in ("kill", "attack_civilians"):
        # "was shot dead in the village of Za'tara during an attack by settlers": the attack's doer
        verb = r.token if r.token.pos_ in ("VERB", "AUX") else None
        doers = [] if verb is None else [
            g for p in verb.children if p.dep_ == "prep" and p.lower_ in ("during", "in") for n in p.children
            if n.dep_ == "pobj" and n.lemma_.lower() in _ATTACK_NOUNS for b in n.children
            if b.dep_ in ("prep", "agent") and b.lower_ == "by" for g in b.children if g.dep_ == "pobj"]
        r.actor1 = next((a for g in doers if (a := ctx.actor_under(g, ctx.sent.start + g.idx)) is not None), None)
        return
    if a1 is None or not a1.generic or not a1.actor.id.startswith("unidentified"):
        return
    for m in ctx.actors:
        gap = ctx.text[a1.end - ctx.sent.start:m.start - ctx.sent.start] if m.start >= a1.end else None
        if gap is not None and len(gap) < 60 and not m.generic and _IDENTIFIED_AS.search(gap):
            r.actor1 = m
            if r.actor2 is not None and r.actor2.actor.id == m.actor.id:
                r.actor2 = None
            return


#: a killing told with its result, as headlines leave out "were": "shot dead", "gunned down", "killed"
_HEADLINE_PASSIVE = re.compile(r"(?:shot|gunned)\s+(?:dead|down)|killed", re.I)


def killed_as_headlines_tell(tok: Token) -> bool:
    """"Two residents shot dead in Myitthar": a passive with its auxiliary left out, as headlines write
    it (the killing has no object, so the nouns before it are its dead, not its doers)."""
    return tok.lemma_.lower() in ("shoot", "kill", "gun") and tok.tag_ in ("VBD", "VBN") \
        and _HEADLINE_PASSIVE.match(doc_text(tok.doc), tok.idx) is not None \
        and not any(c.dep_ in ("dobj", "auxpass", "aux") for c in tok.children)
