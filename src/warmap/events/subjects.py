"""The subjects of the clause a trigger verb is in, read from the parse: who acts, who is acted
on, and the "by" agent, climbing through coordinated, controlled and adverbial verbs ("attacked
and burned", "tried to flee", "were killed while trying to storm a base")."""

from __future__ import annotations

from spacy.tokens import Token

from warmap.events.date_cues import CALENDAR_WORDS
from warmap.events.vocabulary import words

__all__ = ["AGENT_DEPS", "misparsed_subjects", "subjects", "when_clause"]

AGENT_DEPS = {"nsubj", "csubj"}
_SAYING = words("saying", "lemmas")

#: passive verbs whose subject is the doer of the infinitive after them ("are said to have killed")
_RAISING = {"believe", "say", "think", "report", "know", "understand", "allege", "suspect", "claim", "rumour", "rumor"}

_CLIMB_DEPS = {"conj", "xcomp", "advcl", "ccomp", "pcomp", "acl"}

_ACCUSE = {"accuse", "blame", "charge", "suspect", "condemn"}

_SPEAKER_PRONOUNS = {"it", "they", "we"}


def subjects(verb: Token) -> tuple[list[Token], list[Token], list[Token]]:
    """(agents, passive subjects, by-agents) of a verb, climbing through coordination."""
    cur, came_by = verb, ""
    for _ in range(4):
        children = list(cur.children)
        agents = [c for c in children if c.dep_ in AGENT_DEPS]
        passives = [c for c in children if c.dep_ == "nsubjpass"]
        by = [g for c in children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        if agents and all(a.lower_ in _SPEAKER_PRONOUNS for a in agents) and cur.dep_ == "ccomp" \
                and cur.head.lemma_.lower() in _SAYING:
            # "the army said it had killed 30 militants": "it" is the one saying
            agents = [c for c in cur.head.children if c.dep_ in AGENT_DEPS] or agents
        if passives and not agents and cur is not verb and (cur.lemma_.lower() in _RAISING or came_by == "advcl"):
            agents, passives = passives, []  # "are believed to have carted away", "were killed while trying to storm"
        agents = agents or ([] if passives or by else misparsed_subjects(cur))
        if agents or passives or by:
            return agents, passives, by
        if cur.dep_ == "relcl":  # "ISIS, which captured Mosul" -> the noun it modifies
            return [cur.head], [], []
        if cur.dep_ == "pcomp" and cur.head.lower_ == "of" and cur.head.head.lemma_ in _ACCUSE:
            # "accused the regime of shelling": the accused is the one who acts
            accused = [c for c in cur.head.head.children if c.dep_ == "dobj"]
            if accused:
                return accused, [], []
        if cur.dep_ in _CLIMB_DEPS and cur.head.i != cur.i:
            came_by = cur.dep_ if cur.tag_ == "VBG" or any(c.dep_ == "aux" and c.lower_ == "to" for c in cur.children) else ""
            cur = cur.head
            continue
        break
    return [], [], []


def misparsed_subjects(verb: Token) -> list[Token]:
    """The subject of a verb the parser left without one: a noun at the head of the sentence taken
    for an adverbial noun ("Myanmar soldiers set fire to homes"), or the subject of a first verb
    parsed as a clause of this one ("supporters broke into the house, ransacked it and set it on
    fire", with "broke" under "ransacked")."""
    found = [c for c in verb.children if c.dep_ == "npadvmod" and c.i < verb.i and c.pos_ in ("PROPN", "NOUN")
             and c.i == c.sent.start + (c.sent[0].dep_ == "det") and c.lemma_.lower() not in _TIME_NOUNS]
    if found:
        return found
    # "On Friday gunmen stormed a college": the doer parsed as the object of the date's "on"
    dated = [g for c in verb.children if c.dep_ == "prep" and c.i < verb.i and c.lower_ in ("on", "in", "late", "early")
             for g in c.children if g.dep_ == "pobj" and g.tag_ in ("NNS", "NN") and g.lemma_.lower() not in _TIME_NOUNS
             and any(k.dep_ == "compound" and k.lower_ in CALENDAR_WORDS for k in g.children)]
    if dated:
        return dated
    lead = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i), None)
    if lead is not None and verb.dep_ == "ROOT":
        return [g for g in lead.children if g.dep_ == "nsubj"]
    return []


_TIME_NOUNS = {"day", "week", "month", "year", "night", "morning", "evening", "today", "yesterday", "monday", "tuesday",
               "wednesday", "thursday", "friday", "saturday", "sunday", "time", "hour", "minute"}


def when_clause(v: Token) -> bool:
    """A clause opened by "when" or "as" (how the people were killed)."""
    return any(c.dep_ in ("advmod", "mark") and c.lower_ in ("when", "as") and c.i < v.i for c in v.children)
