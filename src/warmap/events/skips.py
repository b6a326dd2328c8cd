"""Candidate sentences not worth parsing: every trigger in them is one that the extraction loop
(``extract.extract_events``) drops by its words alone, so their parse could give no event.

``pipeline.analyse_many`` leaves a sentence unparsed when ``skip_rule`` names a rule, and
``why.explain`` gives that name for its triggers. Each rule mirrors a drop in the loop
exactly (the loop calls the same function), and applies only where the loop would carry
nothing from the sentence to the next ones:

- the article has a publication date (without one the loop reads the text's dates against
  a stand-in date, ``pipeline._events``);
- no date starts in the sentence (the loop carries a sentence's date to the sentences after it);
- it is no follow-up (``discourse._follow_up`` may update an earlier event from it).

>>> from warmap.events.triggers import load_triggers
>>> skip_rule("Will ISIS try to retake the city?", load_triggers(), dated=False, published=dt.date(2014, 6, 23))
'skips.is_question'
"""

from __future__ import annotations

import datetime as dt

from warmap.events.classify import transfer_can_be_event
from warmap.events.dates import find_dates
from warmap.events.discourse import is_follow_up
from warmap.events.modality import is_question
from warmap.events.triggers import TriggerLexicon, TriggerMatch

__all__ = ["QUESTION", "WITHDRAWAL_ALONE", "skip_rule"]

#: ``modality.assess`` drops every trigger of a question.
QUESTION = "skips.is_question"
#: ``classify._classify`` drops a withdrawal that is no handover and has no side moving in.
WITHDRAWAL_ALONE = "skips.is_withdrawal_alone"


def skip_rule(sentence: str, lexicon: TriggerLexicon, *, dated: bool, published: dt.date | None) -> str | None:
    """The name of the rule by which ``sentence`` needs no parse, or None to parse it.
    ``dated``: a date of the article's (``find_dates``) starts in the sentence."""
    if published is None or dated:
        return None
    question = is_question(sentence)
    if not question and not lexicon.has_kind("transfer", sentence):
        return None  # one string test and one search rule out both rules for most sentences
    if is_follow_up(sentence):
        return None
    if is_withdrawal_alone(sentence, lexicon.find(sentence)):
        return WITHDRAWAL_ALONE
    if question and not find_dates(sentence, published):
        # a dated capture in a question is presupposed and kept (filters.is_presupposed_capture,
        # which reads the sentence's own dates)
        return QUESTION
    return None


def is_withdrawal_alone(sentence: str, triggers: list[TriggerMatch]) -> bool:
    """Every trigger a withdrawal ("withdrew", "retreated", "evacuation") that is no handover or
    surrender, in a sentence telling no side moving in: ``classify._classify`` types none."""
    return bool(triggers) and all(
        m.kind == "transfer" and not transfer_can_be_event(m.text.lower(), sentence) for m in triggers)
