"""Asides: a trigger word named in passing, for what helps a side or what met it ("troops,
backed by jets and civilian vigilantes, repelled an attack", "met resistance from snipers and
car bombs"): part of the deed the sentence tells, no event of its own. Asked of a trigger's
token by ``filters.no_event_rule``.
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["is_helper"]

#: What helps a side fight, or what met it: "backed by coalition aircraft and artillery",
#: "with support from fighter jets", "met resistance from snipers and car bombs".
_HELPING_VERBS = {"back", "support", "aid", "assist", "help", "accompany", "cover"}
_HELPING_NOUNS = {"support", "help", "backing", "cover", "assistance", "resistance"}


def is_helper(tok: Token) -> bool:
    """A weapon or a crowd that helps one side's deed, or the other side's resistance to it,
    named in an aside ("Iraqi troops moved onto the airfield with support from coalition
    aircraft and artillery", "troops, backed by jets and civilian vigilantes, repelled ..."):
    part of the fighting the sentence tells, no strike, shelling or mob of its own."""
    t = tok
    while t.dep_ in ("conj", "compound", "nmod") and t.head.i != t.i:  # ("snipers and car bombs")
        t = t.head
    if t.dep_ != "pobj":
        return False
    prep = t.head
    if prep.lower_ == "by" and prep.dep_ == "agent":
        return prep.head.lemma_.lower() in _HELPING_VERBS
    return prep.lower_ in ("from", "of") and prep.head.lemma_.lower() in _HELPING_NOUNS
