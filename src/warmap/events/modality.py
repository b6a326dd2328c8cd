"""Whether a sentence reports an event that happened, and how firmly.

ACLED codes no event for a negation, a hypothetical, a condition, a threat, a forecast,
a denial or a call ("called for an end to the shelling"); a claim made by a party
("ISIS claimed", "activists said") stays an event with a lower confidence. The cue
words live in ``data/modality_cues.toml`` so an analyst can edit them.

With a spaCy parse, a cue counts only when it governs the event word, so "the army,
which has not been paid, attacked the town" stays an event, and so does "no one was
killed in the strike" (the "no" belongs to the victims, not to the strike). Without a
parse, regular expressions look for the cues just before the first event word.

>>> assess("ISIS has not attacked the town.").asserted
False
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from warmap.events.modality_cues import ModalityCues, load_cues
from warmap.events.modality_parsed import ParsedModality
from warmap.events.modality_unparsed import QUOTES, attribution, unparsed_verdict
from warmap.events.modality_verdict import Modality

__all__ = ["Modality", "ModalityCues", "assess", "is_question", "load_cues"]


def assess(sentence: str, doc: Doc | Span | None = None, trigger_index: int | None = None,
           *, cues: ModalityCues | None = None) -> Modality:
    """Does ``sentence`` assert that the event happened?

    ``doc`` is the spaCy parse of the sentence and ``trigger_index`` the ``Token.i`` of the
    event word in it; without a trigger the first event word (or the root) is used, and
    without a parse the regular-expression fallback decides.
    """
    c = cues or load_cues()
    if is_question(sentence):
        return Modality(False, c.confidence["not_asserted"], "question")
    if (disputed := _DISPUTED.search(sentence)) is not None and _claimed(doc, trigger_index):
        return Modality(False, c.confidence["not_asserted"], f"denial: '{disputed.group().strip(', ')}'")
    if _scare_quoted(doc, trigger_index):
        return Modality(False, c.confidence["not_asserted"], "disputed: the event word in scare quotes")
    if _ULTIMATUM.search(sentence) and _faced(doc, trigger_index):
        return Modality(False, c.confidence["not_asserted"], "hypothetical: an ultimatum's 'or face'")
    if doc is not None:
        verdict = ParsedModality(doc, trigger_index, c).verdict()
    else:
        verdict = unparsed_verdict(sentence, c)
    if verdict is not None and not verdict.asserted:
        return verdict
    attributed = attribution(sentence, c)
    if verdict is not None:  # speculative, or an attempt
        conf = min(verdict.confidence, attributed.confidence) if attributed else verdict.confidence
        return Modality(True, conf, verdict.reason)
    return attributed or Modality(True, c.confidence["plain"], "plain report")


#: "claimed to have killed dozens of soldiers, a claim AMISOM rejected": what the sentence tells is denied
_DISPUTED = re.compile(r",\s+(?:a|an)\s+(?:claim|allegation|assertion|account|report)\s+(?:that\s+)?(?:[\w.'’-]+\s+){0,5}?"
                       r"(?:rejected|denied|dismissed|disputed|refuted)\b", re.I)


def _scare_quoted(doc: Doc | Span | None, trigger_index: int | None) -> bool:
    """ "reports about the "capture" of several villages", "the so-called 'liberation' of the town":
    one event word in quotes is a word the writer will not take for his own."""
    if doc is None or trigger_index is None:
        return False
    base = doc.doc if isinstance(doc, Span) else doc
    i = trigger_index
    return 0 < i < len(base) - 1 and base[i - 1].text in QUOTES and base[i + 1].text in QUOTES


def _claimed(doc: Doc | Span | None, trigger_index: int | None) -> bool:
    """Is the event word told inside a claim ("claimed to have killed", "said it had taken"), not
    beside one ("seized power after alleging fraud, a claim ... rejected": the seizure stands)?"""
    if doc is None or trigger_index is None:
        return True
    base = doc.doc if isinstance(doc, Span) else doc
    return any(t.lemma_.lower() in _CLAIMING for t in base[trigger_index].ancestors)


#: "had a few hours to step down or face a march on Abidjan", "surrender or face an assault": what an
#: ultimatum threatens has not happened
_ULTIMATUM = re.compile(r"\bor\s+(?:else\s+)?fac(?:e|ing)\b", re.I)


def _faced(doc: Doc | Span | None, trigger_index: int | None) -> bool:
    """Is the event word what the ultimatum's "face" governs (not an event beside the ultimatum)?"""
    if doc is None or trigger_index is None:
        return True
    base = doc.doc if isinstance(doc, Span) else doc
    return any(t.lemma_.lower() == "face" and t.i > 0 and base[t.i - 1].lower_ in ("or", "else")
               for t in base[trigger_index].ancestors)


_CLAIMING = frozenset({"claim", "say", "allege", "assert", "report", "announce", "insist"})


def is_question(sentence: str) -> bool:
    """A sentence that asks ("Will ISIS try to retake the city?") asserts no event, whatever
    its parse; ``assess`` says so for each of its triggers."""
    return sentence.rstrip().rstrip("\"'”’)").endswith("?")
