"""Who "they" (or "the forces") are: a pronoun that is an event verb's subject stands for a side named before it.
"The Iraqi forces have routed ISIS in Akashat, and they have cleared 11 villages": the first
verb's subject. "The SDF crossed the Euphrates on June 1. On Jan. 6 they took Qalat Jabar": with
no side named before it in its own sentence, the armed side the report named last, a few lines up."""

from __future__ import annotations

import dataclasses
import re

from spacy.tokens import Token

from warmap.nlp.sentences import sentence_start
from warmap.records import ActorMention

#: How far back (characters) a pronoun's antecedent may stand.
_REACH = 600
#: Sides that act in a war (not civilians, protesters or a government speaking).
_ARMED = frozenset({"state forces", "rebel group", "political militia", "identity militia", "external/other forces"})
#: A witness speaking: quoted, answering, or in the first person.
_WITNESS = re.compile(r"^\s*(?:[\"“‘']|[AQ]:)|\b(?:I|we|We|my|My|our|Our|us|me)\b")
#: A sentence whose subject, near its start, is "they": it may tell an event with no name in it.
_THEY_SUBJECT = re.compile(r"[^\"“]{0,50}?\b[Tt]hey\s+(?!said|say|told|added|noted|warned|believe|think|fear|hope|want|would|will|could|may|might)\w")


def antecedent(verb: Token, ctx, here: int) -> ActorMention | None:
    """The side a subject pronoun of ``verb`` stands for, or None (``here``: the trigger's offset)."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None and verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head  # "they reached the complex and raised the flag over it": the pronoun of the first verb
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    # ("By evening, the forces had also taken ...": a bare "the forces" points back as "they" does)
    bare = subject is not None and subject.tag_ == "NNS" and subject.lemma_.lower() in ("force", "fighter", "brigade") \
        and [c.lower_ for c in subject.children] == ["the"]
    if subject is None or subject.lower_ not in ("they", "it") and not bare:
        return None
    if verb.dep_ == "conj":  # (the pronoun is the first verb's subject, not the group named last)
        named = next((a for c in verb.head.children if c.dep_ == "nsubj"
                      if (a := ctx.actor_under(c, here)) is not None), None)
        if named is not None or not any(c.dep_ == "nsubj" and c.lower_ == "they" for c in verb.head.children):
            return named
    if subject.lower_ != "they" and not bare or any(a.start < here for a in ctx.actors) or _WITNESS.search(ctx.text):
        return None  # ("it" is too often no one: "it was not clear"; a side named before stands; a
        # witness's "they" ("In our village they shot the men") is whoever the witness saw)
    start = ctx.sent.start
    before = [a for a in ctx.all_actors.inside(max(0, start - _REACH), start)
              if a.actor.type in _ARMED and not a.mention.lower().startswith(("the government", "government"))]
    if not before:
        return None
    if bare:  # "the Giants Brigades ... the brigades": the side the noun was part of the name of
        same = [a for a in before if subject.lemma_.lower() in a.mention.lower()]
        before = same[-1:] or before
    # the side that opened the last sentence naming one, its subject as a rule ("the joint forces
    # recaptured al-Riyadh after clashes with Daesh. Two days earlier, they had taken back al-Rashad")
    opened = sentence_start(ctx.article, before[-1].start) if ctx.article else before[-1].start
    first = next(a for a in before if a.start >= opened)
    return dataclasses.replace(first, start=start, end=start, generic=True)


def they_acted(sentence: str) -> bool:
    """Does the sentence tell, near its start, what "they" did (not a witness's "they")? Such a
    sentence needs parsing though it names no one: its pronoun may stand for a side named above."""
    return _THEY_SUBJECT.match(sentence) is not None and _WITNESS.search(sentence) is None
