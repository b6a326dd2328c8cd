"""A participle used as an adjective ("a captured tank", "the besieged troops") names a state,
not an event; a past tense the parser tagged as one after a merged name ("Taliban militants
overran the police headquarters") is still the verb."""

from __future__ import annotations

import re

from spacy.tokens import Token

from warmap.events.date_cues import CALENDAR_WORDS
from warmap.events.habits import _WHEN_WORDS
from warmap.nlp.parse import doc_text

__all__ = ["is_adjective"]

_HELPED_BY = re.compile(r"\b(?:backed|supported|aided|assisted|helped|accompanied)\s+by\b[^,]*,\s*$")


#: Verbs whose object is often a people already taken ("freed ... abducted children")
_FREED = frozenset({"free", "rescue", "release", "reunite", "find", "return", "locate", "recover", "evacuate", "treat"})


#: Verbs of carrying or caring for the wounded: "evacuated ... wounded people" names who, not a deed
_CARRIED = frozenset({"evacuate", "airlift", "fly", "transfer", "treat", "admit", "rush", "carry", "receive", "take",
                      "transport", "ferry", "visit", "move", "bring", "medevac"})

def is_adjective(tok: Token) -> bool:
    """A participle used as an adjective (a verb with a subject or object is none however it is labelled)."""
    if tok.dep_ in ("amod", "compound", "nmod") and tok.lower_.endswith("ing") and tok.head.i == tok.i + 1 \
            and tok.head.pos_ in ("NOUN", "PROPN"):
        return not any(c.dep_ in ("nsubj", "dobj", "prep") for c in tok.children)  # "fighting positions"
    if tok.dep_ == "acl" and tok.tag_ == "VBG" and tok.head.pos_ in ("NOUN", "PROPN") \
            and not _WHEN_WORDS.search(" ".join(t.text for t in tok.subtree)):
        return True  # "a Kurdish force fighting government troops": who they are, not what happened
    if tok.lower_.endswith("ed") and tok.dep_ in ("compound", "nmod") and tok.is_sent_start \
            and tok.head.pos_ in ("NOUN", "PROPN") and tok.head.i > tok.i:
        return True  # "Captured Ukrainian soldiers are paraded ...": a participle opening a noun phrase, as a name
    if tok.lower_ in ("wounded", "injured") and tok.tag_ == "VBN" and tok.head.lemma_.lower() in _CARRIED \
            and tok.dep_ in ("advcl", "xcomp", "ccomp", "conj", "dobj", "oprd") \
            and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "agent") for c in tok.children):
        return True  # "evacuated a dozen badly wounded people to Ankara", parsed as "wounded people": who was carried
    if tok.dep_ != "amod" or tok.tag_ not in ("VBN", "VBD", "JJ"):
        return False
    prev = tok.doc[tok.i - 1] if tok.i > 0 else None
    if prev is not None and prev.text == "," and _HELPED_BY.search(doc_text(tok.doc)[:tok.idx]):
        return False  # "government troops, backed by clan militias, captured Elbur": the verb after the aside
    after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None  # ("Taliban militants overran the police ...")
    if prev is not None and (prev.pos_ == "NOUN" or prev.pos_ == "PROPN" and " " in prev.text) and (tok.tag_ == "VBD" or (
            after is not None and (after.pos_ == "DET" or " " in after.text and after.pos_ == "PROPN"))):
        return False  # "Israeli troops battled Hamas fighters": a past tense right after its subject (a merged name)
    if prev is not None and (prev.lower_ in CALENDAR_WORDS or prev.lower_ in ("yesterday", "today")) \
            and after is not None and after.pos_ in ("DET", "PROPN", "NUM") and tok.i >= 2:
        return False  # "The Taliban on Saturday captured Sheberghan": a past tense after the day told with its subject
    if tok.tag_ == "VBN" and prev is not None and prev.pos_ == "PROPN" and " " in prev.text and tok.lower_.endswith("ed"):
        return False  # "Military aircraft bombed parts of Bhamo": read as "bombed parts" after the merged name
    if prev is not None and prev.lower_ in ("and", "then") and tok.head.dep_ == "conj" \
            and tok.head.head.pos_ == "VERB" and tok.head.head.lemma_.lower() not in _FREED:
        # "stormed the school and abducted schoolgirls": a second verb, read as "abducted" girls (but
        # "freed 20 women and abducted children": the children freed)
        return False
    if tok.head.dep_ == "npadvmod" and tok.i > 0 and tok.doc[tok.i - 1].dep_ == "det":
        return False  # "launched an offensive Sunday": a noun the parser hung on the day
    if tok.tag_ in ("VBN", "VBD") and tok.i > 0 and (tok.doc[tok.i - 1].pos_ == "PROPN" or tok.sent.root.pos_ == "NOUN") \
            and not any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in tok.doc if t.i != tok.i):
        return False  # "The <long group name> captured Laukkai", "soldiers gang-raped a woman", parsed with no verb at all
    return not any(c.dep_ in ("nsubj", "nsubjpass", "dobj", "agent") for c in tok.children)
