"""What a statement says about events, as against a report of one.

Governments' statements, briefings and monitors' bulletins speak of events in ways a news
report does not: they welcome a liberation, condemn a bombing, are concerned by reports of
strikes, recount their own record, or say what a list covers. Such a trigger word reports
no event of its own (``filters.no_event_rule`` asks these tests for undated sentences).
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from warmap.events.first_chars import guarded
from warmap.events.reading import clause_head

__all__ = ["is_statement_reference", "is_first_person"]


_USE_OF = guarded(re.compile(r"\b(?:use|uses|usage|users|user|construction|production|stockpiles?|supplies|supply|supplying"
                             r"|development|developers|proliferators|proliferation)\s+of\s+(?:[\w-]+,?\s+){0,4}$", re.I))
_CONCERN = guarded(re.compile(r"\b(?:concern(?:ed)?|appalled|alarmed|worried|troubled|disturbed|dismayed)\s+(?:\w+\s+){0,3}?"
                              r"(?:by|about|at|over)\s+(?:the\s+)?(?:latest\s+|continued\s+|continuing\s+)?reports?\s+of\b"
                              r"|\breports?\s+of\s+(?:continued|continuing|ongoing|repeated|renewed)\b", re.I))
#: What a list or report counts: "This list covers only strikes by ...; it does not include strikes by ..."
_SCOPE = guarded(re.compile(r"\b(?:this|the|these)\s+(?:lists?|reports?|releases?|tall(?:y|ies)|figures?|counts?|tables?|"
                            r"assessments?|numbers?)\s+(?:\w+\s+){0,2}?(?:covers?|includes?|excludes?|counts?|reflects?|"
                            r"(?:does|do)\s+not\s+(?:include|cover|count|reflect))\b", re.I))
_WELCOME = {"support", "welcome", "congratulate", "praise", "commend", "celebrate", "hail", "applaud", "salute",
            "involve", "participate"}


def is_statement_reference(tok: Token, sentence: str, at: int) -> bool:
    """A statement's words about events rather than a report of one: "the use of chemical
    weapons by Daesh shows ...", "concerned by reports of continued air strikes", "we have
    supported the liberation of Rabiyah" (the trigger starts at ``at`` in ``sentence``)."""
    if _USE_OF.search(sentence[:at]) or _CONCERN.search(sentence[:at]) or _SCOPE.search(sentence[:at]):
        return True
    if tok.pos_ != "NOUN":
        return False
    if any(c.dep_ == "amod" and c.lower_ == "recent" for c in tok.children):
        return True  # "with the recent liberation of Fallujah": an event the reader knows of
    head = tok.head.head if tok.dep_ == "pobj" else tok.head
    if tok.dep_ == "dobj" and head.lemma_.lower() in ("blame", "attribute", "pin") \
            and any(c.dep_ in ("det", "poss") and c.lower_ != "a" for c in tok.children):
        return True  # "Police blamed the attack on bandits": who did the attack told before
    if tok.dep_ == "dobj" and head.lemma_.lower() in _CONDEMNING \
            and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those") for c in tok.children) \
            and not any(c.dep_ in _OWN_DETAILS for c in tok.children):
        return True  # "Trump condemned the despicable bombing": the bombing told above, nothing of its own
    return tok.dep_ in ("dobj", "pobj") and head.lemma_.lower() in _WELCOME


_CONDEMNING = {"condemn", "denounce", "deplore", "decry"}
#: what makes a condemned event told here: "the bombing in Kabul", "the attack that killed 95", "Saturday's attack"
_OWN_DETAILS = {"prep", "relcl", "acl", "appos", "poss", "nummod", "npadvmod"}


def is_first_person(tok: Token) -> bool:
    """ "We have supported the liberation of ..., and pushed ISIL out of Kobane": a government's
    or a speaker's account of its own record, not a report of one event (callers apply it to
    undated sentences only)."""
    verb = tok if tok.pos_ in ("VERB", "AUX") else clause_head(tok)
    while verb.dep_ in ("conj", "xcomp") and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head
    return any(c.dep_ == "nsubj" and c.lower_ in ("we", "i") for c in verb.children)
