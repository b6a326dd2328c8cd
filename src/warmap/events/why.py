"""Why a text gave the events it gave: each candidate trigger and the named rule that kept
or dropped it.

``explain(text, published=...)`` analyses the text as ``warmap.extract`` does while the
extraction loop (``extract.extract_events``) records a ``Verdict`` at each place it keeps
or drops a trigger: the rule is a function's name (``filters.is_adjective``,
``modality.assess``, ``dating.event_date`` ...) or a name for a check written in the loop.
Without ``explain`` the loop records nothing (``note`` returns at once).

>>> x = explain("ISIS fighters have not captured Raqqa, the army said.", published="2014-06-23")
>>> [(v.trigger, v.kept, v.rule) for v in x.verdicts]
[('captured', False, "modality.assess: negated: 'not captured'")]
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from contextvars import ContextVar
from dataclasses import dataclass, field

from warmap.records import Event

__all__ = ["Verdict", "Explanation", "explain", "note", "note_sentence", "note_group", "note_unparsed", "tracing"]


@dataclass(frozen=True)
class Verdict:
    """What became of one trigger: kept in an event (``event_id``) or dropped, and by which rule."""

    sentence: str
    trigger: str
    start: int  # the trigger's offset in the article's (cleaned) text
    kept: bool
    rule: str
    event_id: str | None = None


@dataclass
class Explanation:
    """The events of one text and the verdict on each of its candidate triggers, in text order."""

    events: list[Event]
    verdicts: list[Verdict] = field(default_factory=list)

    def lines(self) -> list[str]:
        """One line a verdict: "kept"/"dropped", the trigger, the rule, the sentence."""
        out = []
        for v in self.verdicts:
            what = f"kept    in event {v.event_id}" if v.kept else "dropped"
            out.append(f"{what}  '{v.trigger}'  by {v.rule}\n    {v.sentence.strip()}")
        return out


class _Trace:
    def __init__(self) -> None:
        self.verdicts: list[Verdict] = []
        self.sentences: list[tuple[int, int]] = []
        self.unparsed: dict[tuple[int, int], str] = {}  # sentence -> the skips rule that left it unparsed


_TRACE: ContextVar[_Trace | None] = ContextVar("warmap_why_trace", default=None)


def tracing() -> bool:
    """Is an ``explain`` recording verdicts now? (The loop skips work done only for it.)"""
    return _TRACE.get() is not None


def note(sent, sentence: str, m, rule: str, *, kept: bool = False, event_id: str | None = None) -> None:
    """Record that trigger match ``m`` of sentence ``sent`` (a ``SentenceAnalysis``) was kept or
    dropped by ``rule``; does nothing unless ``explain`` is running."""
    trace = _TRACE.get()
    if trace is not None:
        trace.verdicts.append(Verdict(sentence, m.text, sent.start + m.start, kept, rule, event_id))


def note_sentence(sent, sentence: str, matches: Iterable, rule: str) -> None:
    """A whole sentence dropped by ``rule`` (before its triggers were looked at one by one);
    also marks the sentence as one the loop saw."""
    trace = _TRACE.get()
    if trace is None:
        return
    trace.sentences.append((sent.start, sent.end))
    for m in matches:
        note(sent, sentence, m, rule)


def note_unparsed(start: int, end: int, rule: str) -> None:
    """A candidate sentence left unparsed by ``rule`` (``events/skips.py``): ``explain`` names
    that rule for its triggers; does nothing unless ``explain`` is running."""
    trace = _TRACE.get()
    if trace is not None:
        trace.unparsed[(start, end)] = rule


def note_group(sent, sentence: str, readings: Iterable, rule: str, *, kept: bool = False,
               event_id: str | None = None) -> None:
    """Every reading of one event (a ``Reading`` per trigger) kept or dropped together."""
    if _TRACE.get() is None:
        return
    for r in readings:
        note(sent, sentence, r.trigger, rule, kept=kept, event_id=event_id)


def explain(text: str, *, published: dt.date | str | None = None, title: str | None = None,
            html: bool = False) -> Explanation:
    """The events of ``text`` (as ``warmap.extract`` gives them) and why each candidate
    trigger was kept or dropped."""
    from warmap.events.triggers import load_triggers
    from warmap.ingest import article_from_text
    from warmap.nlp.sentences import split_sentences
    from warmap.pipeline import analyse

    if isinstance(published, str):
        published = dt.date.fromisoformat(published)
    article = article_from_text(text, published=published, title=title, html=html)
    trace = _Trace()
    token = _TRACE.set(trace)
    try:
        events = analyse(article).events
    finally:
        _TRACE.reset(token)
    final = {e.id for e in events}
    verdicts = [v if not v.kept or v.event_id in final else
                Verdict(v.sentence, v.trigger, v.start, False, "discourse._dedupe / timeline.merge_events: "
                        "the same event told twice in the article, kept once", v.event_id)
                for v in trace.verdicts]
    seen = {v.start for v in verdicts}
    lex = load_triggers()
    for s, e in split_sentences(article.text):
        if any(a < e and s < b for a, b in trace.sentences):
            continue
        sentence = article.text[s:e]
        rule = next((f"{r}: not parsed (its words alone drop every trigger)"
                     for (a, b), r in trace.unparsed.items() if a < e and s < b), _NOT_PARSED)
        for m in lex.find(sentence):
            if s + m.start not in seen:
                verdicts.append(Verdict(sentence, m.text, s + m.start, False, rule))
    verdicts.sort(key=lambda v: v.start)
    return Explanation(events, verdicts)


_NOT_PARSED = ("pipeline.analyse_many: not parsed (a sentence is parsed only when it names an actor, a place or a square, "
               "or the text names no place, and it could hold an event)")
