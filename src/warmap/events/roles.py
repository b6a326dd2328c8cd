"""Roles: who acted and who was acted on in one reading. ``_roles`` reads them from the
dependency parse (subject, passive agent, "X's offensive", object, "on/against/with X",
"between X and Y"); the other helpers refine a side once read: an ally, a source or a
speaker is no side, the other armed side or the opponent when only one is named, the
local branch of a foreign force, protesters, civilians, the blamed group, an unidentified
armed group, and the sides of a disrupted attack.
"""


from __future__ import annotations

import re

from spacy.tokens import Token

from warmap.events.discourse import _in_time_clause
from warmap.events.filters import clause_head, in_clause_beside
from warmap.events.pairs import in_pair_after
from warmap.events.sides import _TALKING_OF, reciprocal, talked_of
from warmap.events.subjects import AGENT_DEPS as _AGENT_DEPS, subjects as _subjects, when_clause as _when_clause
from warmap.events.triggers import TriggerLexicon
from warmap.events.pronouns import antecedent
from warmap.events.reading import PATIENT_PREPS, Reading, SentenceContext, _inside, _subtree_span, _token_at_offset
from warmap.events.placing import (_BEARING, _BEARING_UNNAMED, _FROM_BEFORE, _OF, _PARTS, _PART_OF, _SPEAKER_FROM,
                                   asides, town_inside)
from warmap.events.not_here import origin, speakers_place
from warmap.events.parties import _coordinated
from warmap.events.tellers import _SELF, _in_ally_phrase, _is_source, tellers_forces
from warmap.events.victims import displaced, mark_victims
from warmap.events.vocabulary import words



_PATIENT_DEPS = {"dobj", "nsubjpass", "attr", "oprd"}

_PATIENT_PREPS = PATIENT_PREPS

#: Verbs whose passive subject is a side of the fight named after "in": "Ukrainian forces were
#: locked in fierce fighting with Russian troops", "the brigade was engaged in clashes"
_HELD_IN_FIGHT = {"lock", "engage", "embroil", "involve", "bog", "mire", "entangle"}

_PLACE_PREPS = {"in", "at", "on", "near", "into", "of", "from", "outside", "around", "inside",
                "across", "towards", "toward", "to", "over", "within", "throughout", "between"}

_NOUN_AGENT_DEPS = {"poss", "compound", "amod", "nmod", "npadvmod"}

_SAYING = words("saying", "lemmas")


def _pobjs(tok: Token, preps: set[str]) -> list[Token]:
    out = []
    for c in tok.children:
        if c.dep_ in ("prep", "agent") and c.lower_ in preps:
            out.extend(g for g in c.children if g.dep_ in ("pobj", "pcomp"))
    return out


def _own_subject(verb: Token, r: Reading) -> bool:
    """ "when a group of terrorists attacked": the clause names a doer of its own, outside the trigger's words."""
    return any(c.dep_ == "nsubj" and c.text not in r.trigger.text for c in verb.children)


def _in_side_clause(place, slot: Token, trigger: Token, base: int) -> bool:
    """Is the place inside a relative clause on a doer (a subject in ``slot``'s subtree) that
    does not hold the trigger? "Government forces, which retook Aleppo last December, shelled
    Idlib": Aleppo is where the doer did something else, not where this shelling fell. (A
    clause on the object, "hit a house used as a media centre in Baba Amr", still places it.)"""
    return any(lo <= place.start < hi for lo, hi in _side_clauses(slot, trigger, base))


def _side_clauses(slot: Token, trigger: Token, base: int) -> list[tuple[int, int]]:
    """The spans of ``_in_side_clause``'s relative clauses under ``slot``, to test many places."""
    return [_subtree_span(c, base) for c in slot.subtree
            if c.dep_ in ("relcl", "acl") and c.pos_ in ("VERB", "AUX") and c.head.dep_ == "nsubj"
            and trigger not in c.subtree and c.head.i != trigger.i]  # (on the trigger: "a missile fired at Jizan")


def _named(ctx, toks: list[Token], here: int) -> bool:
    """Whether an actor is named under one of ``toks`` ("from IS fighters", not "from the roof")."""
    return any(ctx.actor_under(t, here) is not None for t in toks)


def _in_target_phrase(actor, agent: Token, base: int) -> bool:
    """Is the actor found under a subject inside that subject's "on/against X" phrase? In
    "attacks on Iraqi forces killed eight soldiers" the forces were attacked, not attacking."""
    for c in agent.children:
        if c.dep_ == "prep" and c.lower_ in _PATIENT_PREPS:
            lo, hi = _subtree_span(c, base)
            if lo <= actor.start < hi:
                return True
    return False


def _to_after_phrase(tok: Token) -> list[Token]:
    """"the fall of Mosul to Islamic State": the taker, however the parser hung "to"."""
    end = tok.right_edge.i + 1
    doc = tok.doc
    of = [g for c in tok.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    if of and (end + 1 >= len(doc) or doc[end].lower_ not in ("to", "into")):
        end = of[0].right_edge.i + 1  # ("to ISIS" parsed as a clause of its own under "fall")
    if end + 1 >= len(doc) or doc[end].lower_ not in ("to", "into"):
        return []
    taker = end + 1
    if doc[taker].lower_ == "the" and taker + 1 < len(doc):
        taker += 1
    return [doc[taker]]


_BY_NEXT = re.compile(r"\s+by\s+(?:the\s+)?", re.I)


def _roles(r: Reading, ctx: SentenceContext, lex: TriggerLexicon) -> None:
    tok = r.token
    while tok.dep_ == "compound" and tok.head.pos_ == "NOUN" and tok.head.i != tok.i:
        # "suicide car bomb attacks on Iraqi forces killed ...": the roles are the head noun's
        # (its "on" names the target; the verb's subject is the attacks themselves)
        tok = tok.head
    base = ctx.sent.start
    here = base + tok.idx
    verb = tok if tok.pos_ in ("VERB", "AUX") else clause_head(tok)
    agents, passives, by = _subjects(verb)
    patients: list[Token] = []
    agent_toks: list[Token] = []
    nominal = tok.pos_ not in ("VERB", "AUX")

    if nominal:
        # "American air strikes" is itself an actor mention: the actor is the one striking
        own = ctx.actor_at(tok)
        if own is not None and own.actor.type not in ("civilians", "protesters"):
            r.actor1 = own
        # "regime air strikes", "ISIS's assault", "the Syrian air force's raids"
        mods = [c for c in tok.children if c.dep_ in _NOUN_AGENT_DEPS]
        for m in mods if r.actor1 is None else ():
            a = ctx.actor_under(m, here)
            if a is not None:
                r.actor1 = a
                break
        # "... killed by Kurdish fighters and air strikes by the U.S. led coalition": the
        # strikes' own "by", however the parser hung it, names who struck
        after = _BY_NEXT.match(ctx.text, r.trigger.end)
        named = next((a for a in ctx.actors if 0 <= a.start - base - after.end() <= 20
                      and not re.search(r"[,;]", ctx.text[after.end():a.start - base])), None) if after else None
        if named is not None and named.actor.type not in ("civilians", "protesters"):
            r.actor1 = named
        agent_toks += _pobjs(tok, {"by", "from"})
        if tok.lower_ == "fall":
            agent_toks += _pobjs(tok, {"to"}) + _to_after_phrase(tok)  # "the fall of Mosul to IS"
        # "rockets fired by government forces", "barrel bombs dropped by regime helicopters"
        agent_toks += [a for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBN" for a in _pobjs(c, {"by"})]
        between = _pobjs(tok, {"between", "among"}) or _pobjs(verb, {"between", "among"})
        if between:
            found = [a for a in ctx.actors if _inside(a.start, a.end, _subtree_span(between[0], base))
                     or in_pair_after(a, between[0].head, base)]
            if found:
                r.actor1 = r.actor1 or found[0]
                if len(found) > 1:
                    r.actor2 = found[1]
        patients += _pobjs(tok, _PATIENT_PREPS | {"in", "at"})
        if r.kind in ("kill", "attack_civilians", "abduction", "arrest", "sexual") \
                and not r.trigger.text.lower().startswith(("death", "bod", "casualt")):
            # "the killing of 11 aid workers", "the abduction of a priest" (a toll's "the deaths of
            # 127 people" says who died, not that anyone was attacked)
            patients += _pobjs(tok, {"of"})
        if tok.dep_ in ("nsubj", "nsubjpass") or tok.head.i == tok.i:
            # "air strikes killed 12 civilians": the verb's object is acted on
            patients += [c for c in verb.children if c.dep_ in ("dobj",)]
            if tok.dep_ == "nsubj" and verb.tag_ == "VBN":
                agent_toks += by  # "rockets fired by government forces hit ...", parsed as a clause
        elif tok.dep_ == "pobj" and tok.head.lower_ == "under" and verb.lemma_.lower() == "come" \
                and _named(ctx, agent_toks + _pobjs(verb, {"by", "from"}), here):
            # "troops came under a complex assault on Friday by 100 militants": who came under it is attacked
            patients += agents
            agent_toks += _pobjs(verb, {"by", "from"})
        elif tok.dep_ == "pobj" and r.kind == "clash" and tok.head.lower_ == "in" \
                and verb.lemma_.lower() in _HELD_IN_FIGHT:
            agent_toks += passives + agents
        elif tok.dep_ == "pobj":
            # "12 civilians were killed in air strikes by the regime"
            patients += passives
            agent_toks += by
            if not passives and verb.lemma_.lower() not in _TALKING_OF:
                agent_toks += agents
        else:
            agent_toks += (agents if verb.lemma_.lower() not in _TALKING_OF else []) + by
            patients += passives
            if tok.dep_ == "dobj":
                patients += _pobjs(verb, _PATIENT_PREPS)  # "fired rockets at the YPG"
    elif tok.lemma_.lower() == "come" and _named(ctx, _pobjs(tok, {"by", "from"}), here):
        # "came under heavy fire from IS fighters" (the trigger is the phrase): its subject is the target
        agent_toks += _pobjs(tok, {"by", "from"})
        patients += agents
    else:
        agent_toks += by + agents
        if tok.tag_ == "VBG":
            agent_toks = _pobjs(tok, {"by"}) + agent_toks  # "Shelling by Ukrainian forces killed ...", read as a verb
        patients += passives + [c for c in tok.children if c.dep_ in _PATIENT_DEPS]
        patients += _pobjs(tok, _PATIENT_PREPS)
        if r.kind == "territory":
            patients += _pobjs(tok, {"from", "out"})  # "retook the dam from the Islamic State"
            if r.trigger.text.lower().startswith(("clear", "rid", "purg", "free")):
                patients += _pobjs(tok, {"of"})  # "Fallujah has been cleared of Islamic State fighters"
        if r.kind == "transfer" and r.trigger.text.lower().startswith("hand"):
            # "handed the base over to the Malian army": who receives the ground takes it
            to = _pobjs(tok, {"to"}) + [p for c in tok.children if c.dep_ == "prt" for p in _pobjs(c, {"to"})]
            if to:
                patients, agent_toks = agent_toks + patients, to
        if r.trigger.text.lower().startswith(("fell", "fall")):
            # "fell to the Taliban"; "fell under the control of Islamic State fighters"
            held = [t for t in tok.subtree if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lower_ == "control"]
            agent_toks = _pobjs(tok, {"to", "into"}) + held + agent_toks

    # "bombed Islamic State positions": a merged name the parser left hanging ("dep") just
    # before the object is the object's owner
    patients += [c for p in list(patients) for c in p.head.children
                 if c.dep_ in ("dep", "compound", "nmod", "punct", "amod", "npadvmod") and c.i == p.left_edge.i - 1]
    # "The army said it had killed 22 militants": the teller is the doer when a pronoun stands for it
    said_by_doer = any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("it", "they", "we") for c in verb.children)
    if r.actor1 is None:
        for t in agent_toks:
            a = ctx.actor_under(t, here)
            # "forces backed by coalition air power retook ...", parsed with the helper as agent
            if a is not None and not _in_target_phrase(a, t, base) and not _in_ally_phrase(a, ctx) \
                    and (said_by_doer or not _is_source(a, ctx)):  # "..., Russian-installed officials said": who tells
                r.actor1 = a
                break
    if r.actor1 is None or r.actor1.generic:  # "Russia's defence ministry announced that its forces had taken ..."
        # (the teller's own, not the story country's army: "The MNDAA said its troops had seized ...")
        r.actor1 = tellers_forces([*agent_toks, *agents], verb, ctx, _SAYING) or r.actor1
    if tok.lower_ in ("dead", "death") and tok.dep_ in ("oprd", "acomp", "pobj", "xcomp"):
        patients += [c for c in verb.children if c.dep_ == "dobj"]  # "shooting three residents dead", "hacked ... to death"
    if r.actor2 is None:
        for t in patients:
            a = ctx.actor_under(t, here)
            if a is not None and (r.actor1 is None or a.actor.id != r.actor1.actor.id) \
                    and not (t.head.lower_ == "with" and _in_ally_phrase(a, ctx)):  # "with coalition air support"
                r.actor2 = a
                break
    if r.actor2 is None and not nominal and tok.i + 1 < len(tok.doc):
        # "struck Islamic State positions ... before ...": the name right after the verb is
        # its object, however the parser hung the merged name
        a = ctx.actor_at(tok.doc[tok.i + 1])
        if a is not None and not a.generic and (r.actor1 is None or a.actor.id != r.actor1.actor.id):
            r.actor2 = a
    mark_victims(r, tok, patients, lex)

    if r.actor1 is None and passives and not by and r.kind in ("kill", "attack_civilians"):
        # "132 civilians were killed when jihadists raided Solhan": the doer of the clause that tells how
        r.actor1 = next((a for v in (verb, *verb.conjuncts) for c in v.children if c.dep_ == "advcl" and _when_clause(c)
                         for t in c.children if t.dep_ == "nsubj"
                         if (a := ctx.actor_under(t, here)) is not None and not _is_source(a, ctx)), None)
    if r.actor1 is None:  # "..., and they have cleared 11 villages"; "On Jan. 6 they took Qalat Jabar"
        r.actor1 = antecedent(verb, ctx, here)
    # Fallback: the nearest actor before the trigger acts, unless the sentence is passive
    # about it ("was captured by" already handled above).
    if r.actor1 is None and not (passives and not by) and r.kind not in ("ied", "suicide") \
            and not talked_of(tok):  # ("the Taliban condemned the attack")
        # (a bomb's perpetrator comes from syntax only: the unit named near a roadside bomb
        # is usually its target)
        before = [a for a in ctx.actors if a.end <= here and (r.actor2 is None or a is not r.actor2)
                  and not _in_ally_phrase(a, ctx) and not (_is_source(a, ctx) and not _SELF.search(
                      ctx.text, a.end - base, here - base))]  # "Police said the bombing ..." (not "said its aircraft")
        if before and not in_clause_beside(before[-1], verb, ctx) and not (  # ("withdrew ..., a day after an
                (_in_time_clause(tok) or _when_clause(verb) and _own_subject(verb, r)) and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)  # air strike
                and before[-1].start < base + min(verb.left_edge.idx, verb.head.idx)):  # killed 20": not the subject's;
            # "after overrunning it" has no subject of its own: the main clause's is its doer)
            r.actor1, r.actor1_guessed = before[-1], True
    if r.actor1 is None and r.kind in ("agreement", "group_change"):
        # "The agreement, reached between rebel commanders and government officials"
        others = [a for a in ctx.actors if r.actor2 is None or a.actor.id != r.actor2.actor.id]
        if others:
            r.actor1 = others[0]
    if r.actor2 is None and r.actor1 is not None and r.kind in ("clash", "agreement", "group_change"):
        after = [a for a in ctx.actors if a.start > r.actor1.end and a.actor.id != r.actor1.actor.id
                 and not _is_source(a, ctx)  # "..., Peshmerga General X told VOA": the teller
                 # ("an offensive that sent thousands of civilians fleeing": the driven away, no side)
                 and not (a.actor.type == "civilians"
                          and displaced([t] if (t := _token_at_offset(ctx.sent, a.start)) else []))
                 # "Iraqi forces and the peshmerga advanced on Mosul": allies, unless they fought each other
                 and not (r.kind == "clash" and a.start < here and _coordinated(a, r.actor1, ctx)
                          and not reciprocal(tok))]
        if after:
            r.actor2, r.actor2_guessed = after[0], True

    # The place: in the trigger's own phrase, then its clause, then the nearest in the sentence.
    slots = [c for c in tok.children] + [c for c in verb.children if c.i != tok.i]
    # "rockets fired from Afrin landed in Kilis": where it came from is the place only
    # when nothing says where it hit
    slots.sort(key=lambda t: t.dep_ == "prep" and t.lower_ == "from")
    r.place = ante = ctx.antecedent_place(verb)  # "Qayyarah West airfield, which the ISF seized in July"
    r.place_role = "dobj" if r.place is not None else r.place_role
    for t in slots if r.place is None else ():
        # (a merged name right after the verb the parser calls an adverb is its object: "cleared Tal Afar")
        bare = t.dep_ in ("advmod", "dep") and t.pos_ == "PROPN" and t.i == verb.i + 1
        if t.dep_ in ("dobj", "nsubjpass", "nsubj", "attr", "npadvmod", "compound", "amod") or bare \
                or (t.dep_ == "prep" and t.lower_ in _PLACE_PREPS):
            p = ctx.place_under(t, here)
            if p is not None and not _in_side_clause(p, t, tok, base) and not origin(p, tok, base, lex):
                r.place, r.place_role = p, "dobj" if bare else t.dep_
                break
    if r.place is not None and r.place.place.kind in ("admin1", "region"):
        town = town_inside(r.place, verb, ctx)
        if town is not None:
            r.place, r.place_role = town, "dobj"
    if r.place is None and verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):  # (not another side's deed)
        # "pushed into Bartella, a town near Mosul, and drove the fighters out": the place
        # of the first verb of the pair
        for t in verb.head.children:
            if t.dep_ == "prep" and t.lower_ in _PLACE_PREPS - {"from"} or t.dep_ in ("dobj", "nsubjpass"):
                p = ctx.place_under(t, here)
                if p is not None:
                    r.place, r.place_role = p, t.dep_
                    break
    if r.place is None:
        p = ctx.place_under(verb, here)
        root = tok.sent.root if tok.doc.has_annotation("DEP") else tok
        aside = asides(root, verb, tok, base) if ctx.towns else []
        if p is not None and (_in_side_clause(p, root, tok, base) or origin(p, tok, base, lex)
                              or any(lo <= p.start < hi for lo, hi in aside)):
            p = None
        if p is None:
            side = _side_clauses(root, tok, base) + aside if ctx.towns else []
            towns = [p for p in ctx.towns if not any(lo <= p.start < hi for lo, hi in side) and not origin(p, tok, base, lex)]
            if towns:
                p = min(towns, key=lambda m: abs(m.start - here))
        r.place = p
    if r.actor2 is not None and r.kind not in ("agreement", "group_change") and _in_ally_phrase(r.actor2, ctx):
        r.actor2 = None  # "forces, backed by U.S. air power, launched an offensive": a helper, not the enemy
    if r.kind == "air" and r.actor1 is not None and r.token.pos_ in ("NOUN", "PROPN") and _in_ally_phrase(r.actor1, ctx):
        r.actor1_guessed = True  # "backed by coalition airstrikes": a helper, no doer for the fight it helped
    if r.place is not None:
        # "the western Baghdad outskirts of Abu Ghraib": the part named after "of" is where it was
        tail = r.place.mention.split()[-1].lower() if r.place.mention.split() else ""
        after = (_OF.match if tail in _PARTS else _PART_OF.match)(ctx.text, r.place.end - ctx.sent.start)
        if after is not None:
            inner = next((p for p in ctx.places if p.start - ctx.sent.start == after.end()), None)
            # (not "the Achin district of Nangarhar province": the province is the larger place)
            if inner is not None and not (inner.place.kind in _LARGER and r.place.place.kind == "city"):
                r.place = inner
    r.place = ctx.town_for_river(r.place, here)  # "ending ISIL's occupation of the Euphrates River town": Hit
    if r.place is None and r.kind not in _STRATEGIC_KINDS and _BEARING_UNNAMED.search(ctx.text):
        r.place_unknown = True  # "north of the capital", with no place named in the sentence
    if r.place is not None and r.place.place.kind != "admin1" and r.place.mention.lower().startswith("the ") \
            and _BEARING.search(ctx.text[max(0, r.place.start - ctx.sent.start - 40):r.place.start - ctx.sent.start]):
        # "at a funeral north of the capital": somewhere within a hundred kilometres of a city
        # the text does not even name; better no place than a wrong one
        r.place, r.place_unknown = None, True
    if r.place is not None and r.place is not ante and r.kind in _FIRED_KINDS and _FROM_BEFORE.search(
            ctx.text[max(0, r.place.start - ctx.sent.start - 30):r.place.start - ctx.sent.start]):
        # "aircraft from Shayrat conducted the attack", "rockets fired from Gaza": where the
        # weapon set off, not where it struck
        others = [p for p in ctx.places if p is not r.place and p.place.kind != "country" and not _FROM_BEFORE.search(
            ctx.text[max(0, p.start - ctx.sent.start - 30):p.start - ctx.sent.start])]
        r.place = others[0] if others else None
        r.place_unknown = r.place is None
    if r.place is not None and (_SPEAKER_FROM.search(
            ctx.text[max(0, r.place.start - ctx.sent.start - 60):r.place.start - ctx.sent.start])
            or speakers_place(r.place, tok, base)):
        # "Hit is liberated," the colonel told reporters in a teleconference from Baghdad; "officials in Kyiv said"
        r.place, r.place_unknown = None, True

_LARGER = {"admin1", "region", "country"}
_FIRED_KINDS = {"air", "shelling", "chemical", "clash", "disrupted"}  # ("a rocket fired from Gaza": not where it hit)
_STRATEGIC_KINDS = {"arrest", "group_change", "agreement", "transfer", "base"}
