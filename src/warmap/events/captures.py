"""A capture (or another event told by its name) named as a noun of a named place, with its
own date: "days after the capture of Shaddadi last week", "since the fall of Mosul in June
2014". Such a phrase points back at an event, but one its sentence dates and places
(``references.is_reference`` keeps it; ``filters.is_presupposed_capture`` keeps it under any mood)."""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Token

from warmap.events.dates import find_dates
from warmap.nlp.parse import doc_text
from warmap.records import DateWindow

__all__ = ["capture_date", "held_since", "is_dated_capture"]


#: "the capture of X", "the shelling of X", "the air strike on X"
_OF_PLACE = {"of", "on", "in", "against"}
_AT_PLACE = {"at", "near", "outside", "in"}


def capture_date(tok: Token, published: dt.date) -> DateWindow | None:
    """The date that a nominal capture of a named place carries, if any (see is_dated_capture)."""
    while tok.dep_ == "compound" and tok.head.i != tok.i:
        tok = tok.head  # "the chlorine attack on Sarmin": the head noun
    if tok.pos_ != "NOUN" or not any(c.lower_ in _OF_PLACE and any(g.pos_ == "PROPN" or g.text[:1].isupper()
                                                                  for g in c.children) for c in tok.children) and not any(
            c.lower_ in _AT_PLACE and any(g.pos_ == "PROPN" for g in c.subtree) for c in tok.children):
        return None  # ("the March 6 suicide bombing with a fuel tanker at a checkpoint outside Hilla")
    sub = list(tok.subtree)
    doc = tok.doc
    for d in find_dates(doc_text(doc), published):
        if d.start is None or d.start < sub[0].idx:
            continue
        if d.start < sub[-1].idx + len(sub[-1].text):
            return d
        # or follows it in the same phrase, however the parser hung it ("the fall of Mosul to
        # Islamic State in June 2014", "... in northeastern Syria last week"): no verb, no comma
        gap = [t for t in doc[sub[-1].i + 1:] if t.idx < d.start]
        ok = len(gap) <= 8 and not any(t.pos_ in ("VERB", "AUX") or t.text in ",;:" for t in gap)
        return d if ok else None
    return None


#: find_dates needs a publication date to resolve "last week"; only the offsets are used here.
_ANY_DAY = dt.date(2000, 1, 1)


def is_dated_capture(tok: Token) -> bool:
    """A capture named as a noun, of a named place, with its own date: "days after the capture
    of Shaddadi last week", "since the fall of Mosul in June 2014". Such a phrase points back at
    an event, but one the sentence dates and places, so it is reported here (an article that
    told the capture before gives the same event, which merging joins)."""
    return capture_date(tok, _ANY_DAY) is not None


def held_since(tok: Token) -> bool:
    """ "Fallujah, a city ISIL had held since January 2014", "Qayyarah, which the group has controlled
    since June 2014": a side that has held a place since a month or a day took it then. The
    capture is background the sentence dates (``triggers.toml`` matches the verb only before
    "since" and a capitalised date word)."""
    return tok.lower_ in _HOLDING and tok.pos_ in ("VERB", "AUX") and any(
        c.lower_ in ("had", "has", "have") and c.dep_ == "aux" for c in tok.children)


_HOLDING = {"held", "controlled"}
