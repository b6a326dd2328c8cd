"""The subjects of the clause a trigger verb is in, read from the parse: who acts, who is acted
on, and the "by" agent, climbing through coordinated, controlled and adverbial verbs ("attacked
and burned", "tried to flee", "were killed while trying to storm a base")."""

from __future__ import annotations

from spacy.tokens import Token

from warmap.events.sides import misparsed_subjects
from warmap.events.vocabulary import words

__all__ = ["AGENT_DEPS", "subjects"]

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
