"""Hierarchy: which reading of one event leads it, and the event's type. Among the readings
grouped as one event, ACLED's precedence (``ontology.PRECEDENCE``) picks the lead; a
reading in an "after ..." clause lends neither type nor actors; a disrupted attack, a
massacre in a capture, force used on a protest and a capture without fighting retype it.
"""

from __future__ import annotations

import re

from warmap.events.classify import _on_protest
from warmap.events.territory import FIGHTING, NO_FIGHT as _NO_FIGHT, without_fighting as _without_fighting
from warmap.events.fatalities import find_fatalities
from warmap.events.filters import WEAPON_KINDS
from warmap.events.discourse import _in_time_clause
from warmap.events.ontology import PRECEDENCE, TYPE_RANK
from warmap.events.parties import _disrupted_sides
from warmap.events.sides import takes_a_site
from warmap.events.reading import Reading
from warmap.events.vocabulary import alternation
from warmap.nlp.sentences import sentence_start
from warmap.records import ActorMention, Event, PlaceMention

#: Capture words that tell the ground stayed taken (a raid's "stormed" does not)
_HELD_AFTER = ("overr", "over-r", "captur", "seiz", "conquer", "took control", "taken control", "take control")


_VANISHED = re.compile(r"\b(?:missing|disappear\w*|vanish\w*|whereabouts)\b", re.I)
_BARE_BLASTS = {"explosion", "explosions", "blast", "blasts", "detonation"}
_SPOILS = ("seiz", "recover", "confiscat", "captur", "impound")


def lead(group: list[Reading], sentence: str) -> tuple[list[Reading], Reading, Reading | None, ActorMention | None,
                                                       ActorMention | None, str, str]:
    """The event that the readings ``group`` of ``sentence`` tell: the readings that count,
    the lead reading, the disrupted attack's reading (or None), the two sides as the
    readings give them, and the event type and sub-event type."""
    # "killed" or "died" beside a weapon or a capture adds victims and a toll to it;
    # it is the event only when nothing else in the sentence is.
    # "liberated the town, two weeks after the army seized it": the clause after
    # "after" tells an earlier event; it lends this one neither type nor actors
    # (only when the sentence tells a deed outside the clause: in "monitors counted several dead
    # after police fired on the march, one of the largest demonstrations", the clause is the event)
    outside = [g for g in group if not _in_time_clause(g.token)]
    # (a toll alone outside is the clause's: "Since Taliban fighters attacked Ghazni on Friday, about
    # 100 soldiers have been killed")
    if any(g.token.pos_ == "VERB" and g.kind != "kill" for g in outside):
        group = outside
    # (a killing typed as force used on a protest is that event: "opened fire on demonstrators")
    # (a killing beside a strategic development is the event: "killed 21 civilians and burned homes")
    # (a crowd that killed is a riot, unless force was used on it: then the force killed)
    forced = any(g.kind in ("protest_force", "protest_intervention") for g in group)
    specific = [g for g in group if g.kind != "kill" or g.typed[0] == "Protests" or g.typed[0] == "Riots" and not forced]
    # "a grenade explosion", "a mortar blast": the weapon named on the blast is what went off
    specific = [g for g in specific if not (g.trigger.text.lower() in _BARE_BLASTS and any(
        o is not g and o.token.head.i == g.token.i and o.token.i < g.token.i for o in specific))] or specific
    if not specific or all(g.typed[0] == "Strategic developments" for g in specific):
        specific = group
    # "In a separate attack on Monday, a suicide bomber rammed a patrol": the bare event noun names
    # what the weapon's reading tells
    # (and "detonated explosive belts ..., in bombings that killed 84": the bare "bombings" is the belts')
    specific = [g for g in specific if not (g.kind == "clash" and g.token.pos_ == "NOUN" and g.token.lemma_.lower()
                                            in _BARE_ATTACKS and any(o.kind in WEAPON_KINDS for o in specific)
                                            or g.kind == "air" and g.token.pos_ == "NOUN" and g.token.lemma_.lower() == "bombing"
                                            and any(o.kind in _ON_THE_SPOT for o in specific))] or specific
    # "The Government and the SPLM-IO signed a truce ..., but fighting has continued": a fight with no
    # side of its own does not lead an act whose doer the sentence names
    specific = [g for g in specific if not (g.kind == "clash" and g.actor1 is None and g.actor2 is None and any(
        o.kind != "clash" and o.actor1 is not None and not o.actor1_guessed for o in specific))] or specific
    # "a fourth suspected bomber was shot and arrested": the shot that stopped him is part of his arrest
    shots = [g for g in specific if g.kind in ("attack_civilians", "kill") and g.token.tag_ == "VBN" and g.trigger.text.lower() == "shot"
             and any(o.kind == "arrest" and o.token in g.token.conjuncts for o in specific)]
    if shots and len(shots) < len(specific):  # (and its doer is the arrest's, not an unnamed gunman)
        specific, group = [g for g in specific if g not in shots], [g for g in group if g not in shots]
    # "armed men entered a WFP compound and drove away 12 tankers": the entry is the way in to the looting, no ground
    specific = [g for g in specific if not (g.kind == "territory" and g.trigger.text.lower().startswith("enter")
                                            and takes_a_site(g.token) and any(o.kind == "looting" for o in specific))] or specific
    # "militants killed 65 people in an attack on Dalori village": a bare attack with no side of its
    # own is the killing its doer did (civilians killed by a named side: an attack on civilians)
    killing = next((g for g in group if g.kind == "kill" and g.actor1 is not None
                    and g.typed == ("Violence against civilians", "Attack")), None)
    bare = [g for g in specific if g.kind == "clash" and g.token.pos_ == "NOUN" and g.token.lemma_.lower() in _BARE_ATTACKS]
    unnamed = killing is not None and killing.actor1.actor.id.startswith("unidentified_armed_group")
    if killing is not None and bare == specific and all(
            (g.actor1 is None or unnamed) and (g.actor2 is None or g.actor2.actor.id == killing.actor1.actor.id)
            for g in bare):
        # ("IS claimed the attack on the hotel, in which gunmen killed nine people": the gunmen are IS)
        killing.actor1 = next((g.actor1 for g in bare if g.actor1 is not None), killing.actor1)
        specific = [killing]
    # among battles, whose sub-type follows from who acted, a reading whose doer the parse names
    # leads one whose doer is a guess ("Taliban fighters overran Kunduz after clashes with ANSF,
    # seizing ...": not ANSF's seizure)
    best = min(specific, key=lambda g: (TYPE_RANK[g.typed[0]], g.typed[0] == "Battles" and (
        g.actor1 is None or g.actor1_guessed), PRECEDENCE[g.typed[1]]))
    if best.typed == ("Riots", "Mob violence"):
        # (an armed group that killed civilians where it broke in attacked them: "armed youths forced their
        # way into the UN base and killed more than 50 people sheltering there")
        best = next((g for g in group if g.typed == ("Violence against civilians", "Attack") and g.actor1 is not None
                     and g.actor1.actor.type in _ARMED_GROUPS), best)
    a1 = best.actor1 or next((g.actor1 for g in group if g.actor1 and not g.actor1_guessed), None)
    a2 = best.actor2 or next((g.actor2 for g in group if g.actor2 and not g.actor2_guessed
                              and (a1 is None or g.actor2.actor.id != a1.actor.id)), None)
    if a1 is not None and a2 is not None and a1.actor.id == a2.actor.id and best.actor1_guessed:
        # "gangs opened fire, set police stations ablaze and killed four police officers": the
        # police were hit, so the doer is another reading's side
        a1 = next((g.actor1 for g in group if g.actor1 is not None and g.actor1.actor.id != a2.actor.id), a1)
    stopped = next((g for g in group if g.kind == "disrupted"), None)
    if stopped is not None and any(g.kind == "air" and g.trigger.start < stopped.trigger.start for g in group):
        stopped = None  # "two strikes engaged a unit and destroyed a VBIED": the strike is the event
    if stopped is not None and stopped.trigger.text.lower().startswith(_SPOILS) and any(
            g.typed[0] == "Battles" and g.trigger.start < stopped.trigger.start
            or g.typed[0] == "Riots" or g.actor1 is not None and g.actor1.actor.type in ("protesters", "rioters")
            for g in group):
        # "engaged the terrorists in a fierce battle, ... recovering several weapons": spoils; "protesters
        # seized weapons from police officers and opened fire": the riot's
        stopped = None
    if stopped is not None:
        # "drove three car bombs at the troops, but all were destroyed before they
        # reached them": the bomb stopped is the event, its sender the other side
        best, a1, a2 = stopped, *_disrupted_sides(stopped, group)
    event_type, sub = best.typed
    taken = next((g for g in group if g.typed[1] == "Abduction/forced disappearance"), None)
    # (a storming with no armed side against it is the same raid: "gunmen stormed a college and abducted 27 students")
    # (or "insurgents who stormed the girls' college are believed to have carted away scores of students": no ground taken)
    unopposed = (sub == "Armed clash" or best.kind == "territory") and all(
        a is None or a.actor.type == "civilians" for a in (best.actor2, a2))
    if (sub == "Attack" or unopposed) and taken is not None and not any(g.kind in ("kill", "attack_civilians") for g in group):
        # "raided the school and abducted 276 schoolgirls": the raid carried them off, no one was killed
        # (a toll elsewhere in the sentence is another event's: "..., hours after a bombing killed dozens")
        best, event_type, sub = taken, *taken.typed
    if best.kind == "territory" and best.typed[0] != "Riots" and any(g.victims_civilian and not g.victims_armed for g in group) \
            and any(g.kind in ("kill", "attack_civilians") for g in group) \
            and not (best.actor2 is not None and best.actor2.actor.type == "state forces" and not best.actor2_guessed) \
            and not best.trigger.text.lower().startswith(_HELD_AFTER):  # ("overran the town of Palma, killing dozens": taken)
        # "stormed the village and killed 85 civilians": a massacre, not a battle (not "stormed the police
        # headquarters, killing four people before ... a gun battle": the fight's toll)
        event_type, sub = "Violence against civilians", "Attack"
    if (event_type, sub) == ("Violence against civilians", "Attack") and best.kind == "clash" and taken is None \
            and any(g.kind == "kill" and g.victims_armed and not g.victims_civilian for g in group) \
            and (a2 is None or a2.generic and a2.actor.type == "civilians"):
        # "25 jawans were killed when Maoists ambushed a road-opening party": those killed were armed, a fight
        event_type, sub, a2 = "Battles", "Armed clash", None
    if sub == "Abduction/forced disappearance" and a1 is not None and a1.actor.id.startswith("police") \
            and not best.trigger.text.lower().startswith(("kidnap", "abduct")) and not _VANISHED.search(sentence):
        # "police raided the home of the opposition leader and took him away for questioning": an arrest
        # (not "43 students remain missing after municipal police took them away": a forced disappearance)
        event_type, sub = "Strategic developments", "Arrests"
    if event_type == "Battles" and a1 is not None and a1.actor.type == "rioters":
        # "hundreds of people again attacked MONUSCO bases, throwing stones and petrol bombs": a crowd's fight is a riot
        event_type, sub = "Riots", "Violent demonstration"
    # (demonstrators who burn or storm are rioters, whatever the police then do: "Demonstrators burned
    # tyres and set the embassy wall alight, while police fired tear gas" is a violent demonstration)
    rioting = any(g.typed == ("Riots", "Violent demonstration") for g in group)
    if rioting and event_type == "Riots":
        # "protesters stormed parliament ...; police opened fire on the crowds": the police are the other side
        a2 = next((g.actor1 for g in group if g.kind in ("protest_force", "protest_intervention") and g.actor1 is not None
                   and g.actor1.actor.type == "state forces"), a2)
    force = None if rioting else next((g for g in group if _on_protest(g) and g.actor1 is not None
                                       and g.actor1.actor.type == "state forces"), None)
    if force is not None:
        # "troops stormed a protest camp, killing dozens": force used on a protest
        best, a1 = force, force.actor1
        toll = find_fatalities(sentence)
        killed = any(g.kind in ("kill", "attack_civilians") for g in group) or bool(toll and toll[0] > 0)
        event_type, sub = "Protests", ("Excessive force against protesters" if killed
                                       else "Protest with intervention")
    if force is None:
        held = next((g for g in group if g.kind == "arrest" and g.actor1 is not None
                     and g.actor1.actor.type == "state forces"
                     and any(p.kind == "protest" and p.token in g.token.subtree for p in group)), None)
        if held is not None:
            # "police detained dozens of people protesting the call-up": the protest, broken up
            best = next(p for p in group if p.kind == "protest" and p.token in held.token.subtree)
            a1, a2 = best.actor1, held.actor1
            event_type, sub = "Protests", "Protest with intervention"
    handed = best.kind == "territory" and best.trigger.text.lower().startswith(_SOFT) and _HANDED.search(sentence)
    if force is None and best.kind == "territory" and (handed or _without_fighting(group, sentence)
                                                       and not _enemy_left(best, sentence)):
        # "Peshmerga took control of Kirkuk after the army abandoned its bases"
        event_type, sub = "Strategic developments", "Non-violent transfer of territory"
    if sub == "Agreement" and a2 is not None and a2.generic and a2.actor.type == "civilians":
        # "swapped 215 prisoners of war": those exchanged are no party to the deal; another reading's may be
        a2 = next((g.actor2 for g in group if g.actor2 is not None and g.actor2.actor.type != "civilians"), None)
    return group, best, stopped, a1, a2, event_type, sub


_LEAVING = {"withdraw", "leave", "abandon", "pull", "flee", "vacate", "depart", "evacuate", "retreat"}
_LEAVING_NOUNS = {"withdrawal", "pullout", "pull-out"}
_SOFT = ("enter", "took control", "take control", "taken control", "taking control", "took over", "take over",
         "taken over", "taking over", "regain", "assum")
_STATE_SIDE = re.compile(r"\b(?:government|regime|federal|army|troops|soldiers|security\s+forces|president|police|junta"
                         r"|military|garrison)\b", re.I)
_ARMED_SIDE = re.compile(r"\b(?:militants?|insurgents?|jihadists?|rebels?|fighters|militias?|gunmen|terrorists"
                         r"|Islamic\s+State|ISIS|ISIL|Daesh|Taliban|al-Shabaab|Russian|Ukrainian|Armenian|Azerbaijani)\b", re.I)
# ("withdrew under the terms of the ceasefire": a handover the deal set, however the side left)
_HANDED = re.compile(r"\bhand(?:ed|ing|s)?\s+(?:\w+\s+){0,3}?over\b|\bunder\s+(?:the\s+terms\s+of\s+)?(?:a|the|an)\s+"
                     r"(?:[\w-]+\s+){0,2}?(?:deal|agreement|truce|ceasefire|cease-fire|accord)"
                     rf"|\bpeacefully\b|{_NO_FIGHT.pattern}", re.I)


def _enemy_left(capture: Reading, sentence: str) -> bool:
    """ "The Taliban took Aybak after government forces withdrew": the side that left is the
    taker's enemy, so the town changed hands in the war (ACLED's overtaking or regaining, as the
    gold of every blind round codes it), not by a handover ("French forces handed over their base
    to the army", "Peshmerga took Kirkuk after the army abandoned it": no enemies)."""
    taker = capture.actor1
    if taker is None or _HANDED.search(sentence) or _ORDERLY.search(sentence):
        return False
    for t in capture.token.doc:
        if t.lemma_.lower() not in _LEAVING | _LEAVING_NOUNS or t.i == capture.token.i:
            continue
        # (who withdrew, or whose withdrawal it was: "after Russian forces completed their withdrawal")
        holder = t if t.pos_ in ("VERB", "AUX") else t.head if t.dep_ == "dobj" else None
        who = " ".join(x.text for c in (holder.children if holder is not None else ()) if c.dep_ in ("nsubj", "nsubjpass")
                       for x in c.subtree)
        if _CIVILIANS_WHO.search(who):
            continue  # "days after the last Armenian residents left": people, not a side
        if taker.actor.type == "state forces":
            return bool(_ARMED_SIDE.search(who)) and not taker.actor.id.startswith(("peshmerga", "police"))
        return taker.actor.type in ("rebel group", "political militia") and bool(_STATE_SIDE.search(who))
    return False


#: "entered Kherson after Russian forces completed their withdrawal": a departure planned and
#: finished, the ground handed over without a fight
_ORDERLY = re.compile(r"\b(?:complet|finish)\w*\s+(?:(?:their|its|the|a)\s+)?(?:[\w-]+\s+)?(?:withdrawal|pull-?out|departure"
                      r"|evacuation)\b", re.I)
_CIVILIANS_WHO = re.compile(rf"\b(?:{alternation('victims', 'nouns')}|inhabitants|families|population)\b", re.I)
_ARMED_GROUPS = {"identity militia", "political militia", "rebel group"}
_BARE_ATTACKS = {"attack", "assault", "incident"}
#: Weapons set off where they hurt, not flown or fired: a bare "bombing" beside one of them is it
_ON_THE_SPOT = {"suicide", "ied", "grenade"}


_TAKEN = ("captur", "seiz")
_SENTENCE_END = re.compile(r"(?<!\b[A-Z])(?<!\.[A-Z])[.!?](?=\s|$)|\n")
_YEARS_AGO = re.compile(r"\b(?:(?:a|one|two|three|four|five|\d+)\s+years?\s+(?:ago|earlier|before)|last\s+year)\b", re.I)


def fought_for(best: Reading, typed: tuple[str, str], sentence: str, text: str, places: list[PlaceMention],
               here: tuple[int, int]) -> tuple[str, str]:
    """A takeover after the other side left is no non-violent transfer when the report tells of
    fighting for the place in another sentence ("Russia took full control of Avdiivka after Kyiv's
    troops withdrew" in a story of months of battle for it): the final takeover of that fight,
    which ACLED codes as a battle. A handover or "without a fight" stays a transfer."""
    if typed[1] != "Non-violent transfer of territory" or best.place is None or _HANDED.search(sentence):
        return typed
    for p in places:
        if p.place.name != best.place.place.name or here[0] <= p.start < here[1]:
            continue
        lo = sentence_start(text, p.start)
        end = _SENTENCE_END.search(text, p.end)  # (not at the dots of "U.S.")
        hi = end.start() if end else len(text)
        if _YEARS_AGO.search(text, lo, hi):
            continue  # ("Barawe itself was the site of a raid a year ago": a fight of another time)
        if any(not f.group().lower().startswith(_TAKEN) for f in FIGHTING.finditer(_NO_FIGHT.sub("", text[lo:hi]))):
            return best.typed  # (not "The capture of Barawe is the biggest gain": the takeover itself, told again)
    return typed


def fold_air_support(events: list[Event]) -> list[Event]:
    """One article's events without the air strikes that a battle it tells already holds:
    ACLED codes an air strike during a ground battle as that battle ("fighting continued in
    central Khartoum, while army warplanes bombed RSF positions"). A strike folds into a
    Battles event of the same day and place between the same two sides; a strike on anyone
    else (a town's people, a third force) stays its own event."""
    battles = [e for e in events if e.event_type == "Battles" and e.actor1 and e.actor2 and e.location]

    def held(strike: Event) -> bool:
        if strike.sub_event_type != "Air/drone strike" or not (strike.actor1 and strike.actor2 and strike.location):
            return False
        sides = {strike.actor1.actor.id, strike.actor2.actor.id}
        return len(sides) == 2 and any(
            {b.actor1.actor.id, b.actor2.actor.id} == sides and b.location.place.name == strike.location.place.name
            and b.when.precision == strike.when.precision == "day" and b.when.date == strike.when.date
            for b in battles)
    return [e for e in events if not held(e)]


#: (not Riots: a crowd that loots, the looting stands)
_VIOLENT = ("Battles", "Violence against civilians", "Explosions/Remote violence")


def fold_property_damage(events: list[Event]) -> list[Event]:
    """One article's events without the burning or looting that a violent event it tells
    already holds: ACLED codes property destroyed in an attack as that attack ("gunmen attacked
    the village, killing 132 people ... The attackers also burned houses and the market"). The
    destruction folds into a violent event of the same place and days (each told to the day), by the
    same side or one the text leaves unnamed; destruction on another day, or by another side,
    stays its own event."""
    violent = [e for e in events if e.event_type in _VIOLENT]

    def place(e: Event) -> str | None:
        return e.location.place.name if e.location else None

    def held(damage: Event) -> bool:
        if damage.sub_event_type != "Looting/property destruction":
            return False
        doer = damage.actor1.actor.id if damage.actor1 and not damage.actor1.generic else None
        return any(place(v) == place(damage) and v.when.precision == damage.when.precision == "day"
                   and v.when.date_min <= damage.when.date_max and damage.when.date_min <= v.when.date_max
                   and (doer is None or v.actor1 is None or v.actor1.generic or v.actor1.actor.id == doer)
                   for v in violent)
    return [e for e in events if not held(e)]
