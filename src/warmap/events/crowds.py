"""Crowds: a crowd doing violence is a riot (a mob or a lynching is Mob violence, protesters
a Violent demonstration: "protesters torched cars", "a mob of villagers attacked"), the sides
of a riot, whether an act happened at a protest, and force used on a protest told just
after it (``fold_intervention``). The word lists are data (``data/triggers.toml``:
demonstrator_words, mob_words)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from spacy.tokens import Token

from warmap.actors import load_actors
from warmap.events.filters import clause_head
from warmap.events.sides import _WITNESSING, _agent_words, killed_as_headlines_tell, talked_of
from warmap.events.triggers import TriggerLexicon
from warmap.events.vocabulary import alternation
from warmap.records import Actor, ActorMention, Event

_CROWD_KINDS = {"riot", "looting", "mob", "clash", "kill", "attack_civilians", "territory"}
_PROTEST_SCENE = re.compile(
    r"\b(?:protesters|protestors|demonstrators|marchers)\b|\b(?:during|at|in|on|into|disperse|dispersing|break\s+up|broke\s+up"
    r"|breaking\s+up)\s+"
    r"(?:(?:a|an|the|their|its)\s+)?(?:[a-z][\w-]*\s+){0,2}?(?:protests?|demonstrations?|(?-i:march)(?!\s*\d)|marches"
    r"|rall(?:y|ies)|sit-ins?)\b|\b(?:violent|deadly)\s+(?:anti-[\w-]+\s+)?(?:protests?|demonstrations?)\b"
    # "opened fire on members of a sect as they prepared to march against UN peacekeepers"
    # (a lower-case "march" only: "in March last year" is a month)
    r"|\b(?:prepar(?:ed|ing)|gather(?:ed|ing)|assembl(?:ed|ing))\s+to\s+(?:march|protest|demonstrate|rally)\b"
    r"|\bchant(?:ed|ing)\b"  # ("crowds blocked streets with burning tyres and chanted slogans")
    # "shot dead 15 people as thousands protested against the coup": the killing was at the protest
    r"|\b(?:as|while|when)\s+(?:(?:tens\s+of\s+)?(?:thousands|hundreds|dozens|crowds|people|residents|students)\s+)"
    r"(?:of\s+\w+\s+)?(?:protested|demonstrated|marched|rallied)\b"
    # "opened fire on opposition supporters protesting against the results", "on striking mineworkers":
    # the people shot at were protesting (a strike is a protest)
    r"|\b(?:supporters|people|residents|students|workers|youths|women|villagers|farmers|members|crowds?)\s+"
    r"(?:who\s+were\s+)?(?:protesting|demonstrating|rallying)\b|\bwho\s+(?:were|had\s+been)\s+(?:protesting|demonstrating)\b"
    r"|\bstriking\s+(?:[a-z]+\s+)?(?:workers|miners|mineworkers|teachers|nurses|doctors|drivers|employees|dockers)\b",
    re.I)


def crowd_violence(kind: str, tok: Token, lex: TriggerLexicon, actor1: Actor | None = None) -> tuple[str, str] | None:
    """Riots/Mob violence or Riots/Violent demonstration when a crowd does the violence
    (named by its words, or actor1 being rioters)."""
    if kind not in _CROWD_KINDS or tok.lemma_.lower() == "occupy":
        return None  # ("protesters occupied the square": a sit-in, the protest's own reading)
    if tok.pos_ in ("NOUN", "PROPN") and clause_head(tok).lemma_.lower() in _WITNESSING or talked_of(tok):
        return None  # "residents described bodies lying in the streets": who saw it, not who did it
    if killed_as_headlines_tell(tok):
        return None  # "Village administrator and two residents shot dead in Myitthar": the dead, no crowd
    words = _agent_words(tok)
    if "armed" in words and "with" not in words and kind not in ("mob", "riot") and not words & _A_CROWD:
        # "killed by armed youths": a community's militia, not a crowd ("villagers armed with machetes"
        # are, and so is "a crowd of 300 armed men")
        return None
    if words & _STATE_FORCE or words & _ARMED_MEN and not words & _A_CROWD:
        # "three soldiers and members of a vigilante group killed 13 civilians", "rebels and residents
        # carried off weapons": armed men among the doers, no crowd (but "a crowd of fighters' relatives")
        return None
    if kind == "mob":
        return "Riots", "Mob violence"
    if words & _LYNCHERS and not protest_scene(tok.sent.text):
        return "Riots", "Mob violence"  # "a mob of students stoned a classmate to death": no demonstration told
    # ("a crowd of PTI supporters broke into the residence and set it on fire": demonstrators first)
    if words & lex.demonstrator_words - _NOT_ALWAYS_DEMONSTRATING or kind == "riot" and protest_scene(tok.sent.text) \
            or words & _NOT_ALWAYS_DEMONSTRATING and not words & _ORGANISED and (
                protest_scene(tok.sent.text) or "protesting" in words or _STATE_TARGET.search(_SAID_BY.sub("", tok.sent.text))):
        return "Riots", "Violent demonstration"
    if words & lex.mob_words or words & _NOT_ALWAYS_DEMONSTRATING and not words & _ORGANISED \
            or words & _SETTLERS and words & _MANY:  # ("hundreds of settlers stormed Huwara": a crowd)
        return "Riots", "Mob violence"  # (not "a Tigrayan youth group known as Samri": an armed group)
    if kind == "riot":
        # "Hundreds of settlers rampaged through Huwara": a crowd's violence with no demonstration told
        return "Riots", "Mob violence"
    if actor1 is not None and actor1.type == "rioters":
        return ("Riots", "Violent demonstration") if protest_scene(tok.sent.text) else ("Riots", "Mob violence")
    if words and words <= _SOME_OF_THEM and _MARCHED.search(tok.sent.text):
        # "Thousands marched through the capital, and some of them tried to storm the embassy, setting fire
        # to a door": the marchers turned violent
        return "Riots", "Violent demonstration"
    return None


#: Words for some of a crowd the sentence has named ("some of them", "many")
_SOME_OF_THEM = frozenset({"some", "many", "several", "few", "dozens", "hundreds", "of", "them", "they", "others", "a"})
_MARCHED = re.compile(r"\b(?:marched|rallied|demonstrated|protested|took\s+to\s+the\s+streets)\b", re.I)


#: Crowds that are demonstrators only where a protest is told ("students beat a classmate to death": a mob)
_NOT_ALWAYS_DEMONSTRATING = frozenset({"students", "youths", "youth"})
#: settlers in numbers are a crowd ("hundreds of settlers rampaged"); a settler who shoots is one man
_SETTLERS = frozenset({"settlers"})
_A_CROWD = frozenset({"crowd", "crowds", "mob", "mobs"})
_MANY = frozenset({"hundreds", "dozens", "scores", "crowd", "crowds", "mob", "mobs", "gangs"})
#: ... or where they turn on the state ("youths threw stones at Israeli soldiers", "torched a police post")
_STATE_TARGET = re.compile(r"\b(?:police|policemen|soldiers|troops|security\s+forces|army|gendarmes|government|officials?"
                           r"|governor|ministry|convoy|parliament)\b", re.I)
#: "..., police said": the state that tells, not the state the crowd turned on
_SAID_BY = re.compile(r"\b(?:according\s+to\s+(?:the\s+)?(?:\w+\s+)?(?:police|officials?|the\s+army|government)"
                      rf"|(?:police|army|officials?|governor)\s+(?:spokes\w+\s+)?(?:told\s+\w+|{alternation('saying', 'forms')}))\b", re.I)
_ORGANISED = {"group", "militia", "militias", "movement", "wing", "gang", "organisation", "organization", "brigade"}
_LYNCHERS = {"mob", "mobs", "vigilantes", "vigilante", "lynch"}
#: A state's armed men among the doers: whoever is with them, no crowd
_STATE_FORCE = frozenset({"soldiers", "troops", "policemen", "gendarmes", "soldier", "servicemen"})
#: ... and an armed group's
_ARMED_MEN = frozenset({"rebels", "fighters", "militants", "insurgents", "gunmen", "militiamen", "jihadists"})


def rioters(country: str | None) -> Actor | None:
    """ACLED's Rioters of a country, when the actor dictionary has them."""
    found = load_actors().resolve("rioters", country=country) if country else None
    return found if found is not None and found.type == "rioters" else None


def riot_sides(a1: ActorMention | None, a2: ActorMention | None, country: str | None,
               base: int) -> tuple[ActorMention | None, ActorMention | None]:
    """ACLED's sides of a riot: the rioters of the country first (the crowd named as
    civilians or protesters is them), the force that met them second ("police clashed
    with rioters")."""
    if a1 is not None and a1.actor.type not in ("civilians", "protesters", "state forces") \
            and not a1.actor.id.startswith("unidentified_armed_group"):
        return a1, a2  # (a crowd of "armed men" is no unnamed armed group: rioters)
    if a1 is not None and a1.actor.type == "state forces":
        a1, a2 = None, a2 or a1
    found = rioters(country)
    if found is None:
        return a1, a2
    if a1 is None:
        return ActorMention(found, "", base, base, generic=True), a2
    return ActorMention(found, a1.mention, a1.start, a1.end, generic=True), a2


def protest_scene(sentence: str) -> bool:
    """The sentence puts the act at a protest ("during a march", "demonstrators")."""
    return _PROTEST_SCENE.search(sentence) is not None


def protest_before(text: str, at: int) -> bool:
    """Does the paragraph, in the 300 characters before ``at``, tell a protest ("The protests
    turned violent on Monday, when activists attacked demonstrators ... The next day, police shot
    dead a student")? A killing by the state right after is force used on it."""
    para = text.rfind("\n\n", 0, at) + 1
    return _PROTEST_SCENE.search(text, max(para, at - 300), at) is not None


def at_protest(sentence: str) -> bool:
    """The act happened at a protest ("during a demonstration", "detained dozens of participants in a
    march"), not merely to protesters ("arrested 10 protesters" is an arrest; "arrested 12 during a
    march" an intervention)."""
    return any(m.group(0).split()[0].lower() in ("during", "at", "disperse", "dispersing")
               for m in _PROTEST_SCENE.finditer(sentence)) or _PARTICIPANTS.search(sentence) is not None


_PARTICIPANTS = re.compile(r"\bparticipants\s+(?:in|of|at)\s+(?:a|an|the|their|its)\s+(?:[\w'’-]+\s+){0,2}?"
                           r"(?:protests?|demonstrations?|march(?:es)?|rall(?:y|ies)|sit-ins?)\b", re.I)


def on_their_way(tok: Token) -> bool:
    """ "Hundreds of protesters set off for Lima by bus to join a march planned for Thursday": people
    who will protest, travelling; the protest is somewhere else, later (or not at all)."""
    noun = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else tok  # ("Hundreds of protesters")
    verbs = ([noun.head] if noun.dep_ == "nsubj" else []) + [c for c in noun.children if c.dep_ == "acl" and c.i > noun.i]
    return any(v.lemma_.lower() in _TRAVEL and not any(c.dep_ == "prep" and c.lower_ in ("through", "along", "around")
                                                       for c in v.children)
               # ("set off for Lima", not "set fire to tyres")
               and (v.lemma_.lower() != "set" or any(c.dep_ == "prt" and c.lower_ in ("off", "out") for c in v.children))
               for v in verbs)


#: Verbs of going somewhere ("set off for", "headed to", "travelled to", "boarded buses")
_TRAVEL = {"set", "head", "travel", "depart", "leave", "board", "journey", "drive", "fly", "trek"}


def protesters_acted_on(tok: Token) -> bool:
    """ "Police arrested 10 protesters": the protesters named as what is acted on tell
    whom the act was done to, not that a protest took place."""
    return tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("dobj", "nsubjpass") \
        and tok.lower_ in ("protesters", "protestors", "demonstrators", "marchers", "protester", "demonstrator")


def _place_day(e: Event) -> tuple[dt.date, str] | None:
    """Where and on which day an event was, when it is told to the day."""
    return (e.when.date, e.location.place.name) if e.location is not None and e.when.precision == "day" else None


def riot_over_protest(events: list[Event]) -> list[Event]:
    """ "Thousands marched through the capital, and some of them tried to storm the embassy, setting fire
    to a door. Some demonstrators waved flags": a report telling a march and the riot it turned into, at
    one place on one day, tells the riot (one event per place and day, of the higher type)."""
    riots = {_place_day(e) for e in events if e.sub_event_type == "Violent demonstration"} - {None}
    return [e for e in events if not (e.event_type == "Protests" and e.location is not None
                                      and (e.when.date, e.location.place.name) in riots)]


def fold_peaceful_protest(events: list[Event]) -> list[Event]:
    """The same rule for force used on a protest, run on an article's events after the merge, since a
    sentence about the crowd is often placed and dated only by its story: "riot police stormed the
    protest camp in Manama ... The ministry said it had given the protesters a chance to leave" is one
    protest met with force, not a peaceful one besides."""
    forced = {_place_day(e) for e in events
              if e.sub_event_type in ("Excessive force against protesters", "Protest with intervention")} - {None}
    return [e for e in events if not (e.sub_event_type == "Peaceful protest" and _place_day(e) in forced)]


#: Those who march for a side, not in its ranks: "supporters of the junta marched through Niamey"
_BACKERS = frozenset({"supporter", "follower", "loyalist", "sympathizer", "sympathiser", "partisan", "backer"})


def backers_marched(tok: Token) -> bool:
    """Is the marching verb's subject a side's supporters ("thousands of supporters of the junta marched"),
    a crowd marching for it, not its soldiers on parade?"""
    for subj in (c for c in tok.children if c.dep_ == "nsubj"):
        heads = [subj, *(t for t in subj.subtree if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.i == subj.i)]
        if any(h.lemma_.lower() in _BACKERS for h in heads):
            return True
    return False


def crowd_fight(event_type: str, sub: str, a1: ActorMention | None, a2: ActorMention | None,
                base: int) -> tuple[str, str, ActorMention | None, ActorMention | None]:
    """ "Protesters clashed with police in Freetown, burning vehicles": a crowd that fights is
    no armed side; ACLED codes its fight as a violent demonstration by the country's rioters."""
    if event_type != "Battles" or a1 is None or a1.actor.type not in ("protesters", "rioters"):
        return event_type, sub, a1, a2
    a1, a2 = riot_sides(a1, a2, a1.actor.country, base)
    return "Riots", "Violent demonstration", a1, a2


_INTERVENTIONS = ("Protest with intervention", "Excessive force against protesters")


def fold_intervention(prev: Event | None, ev: Event, from_context: bool, dated: bool) -> Event | None:
    """ "Hundreds marched in Nairobi on Monday. Police fired tear gas to disperse them.": the
    second sentence, which names no place or date of its own, tells how the protest or riot just
    reported ended, not a new event. Returns the earlier event as the two sentences tell it
    (a peaceful protest becomes one with intervention, or with excessive force when people
    were killed; a riot stays a riot, with the police as its other side), or None when ``ev``
    is an event of its own."""
    if ev.sub_event_type not in _INTERVENTIONS or not from_context or dated or prev is None \
            or prev.event_type not in ("Protests", "Riots") or prev.location != ev.location:
        return None
    sub = prev.sub_event_type
    if prev.event_type == "Protests" and _INTERVENTIONS.index(ev.sub_event_type) >= (
            _INTERVENTIONS.index(sub) if sub in _INTERVENTIONS else -1):
        sub = ev.sub_event_type
    force = next((a for a in (ev.actor2, ev.actor1) if a is not None
                  and a.actor.type not in ("protesters", "rioters", "civilians")), None)
    return dataclasses.replace(
        prev, sub_event_type=sub, actor2=prev.actor2 or force,
        fatalities=prev.fatalities if prev.fatalities is not None else ev.fatalities,
        evidence=prev.evidence + ev.evidence)
