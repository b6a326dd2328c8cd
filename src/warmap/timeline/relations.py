"""Relations between actors stated in a sentence: pledges, mergers, defections, alliances,
agreements, cooperation and rivalry.

The map of who fights with whom changes faster than the front lines (Nusra branches pledging
to ISIS in 2014, mergers into HTS in 2017); analysts need it dated and quoted. Templates in
``data/relations.toml`` are matched over the sentence with actor mentions masked.

>>> import datetime as dt
>>> from warmap.records import Actor, ActorMention, Article
>>> text = "Jund al-Aqsa pledged allegiance to ISIS."
>>> art = Article("d", "a.txt", text, published=dt.date(2014, 6, 23))
>>> a = ActorMention(Actor("jund_al_aqsa", "Jund al-Aqsa", "rebel group"), "Jund al-Aqsa", 0, 12)
>>> b = ActorMention(Actor("isis", "ISIS", "rebel group"), "ISIS", 35, 39)
>>> [(r.kind, r.actor1.actor.id, r.actor2.actor.id) for r in find_relations(art, [(0, 40)], [a, b], [])]
[('pledge', 'jund_al_aqsa', 'isis')]
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Sequence
from pathlib import Path

from warmap.nlp.spans import SpanIndex
from warmap.records import ActorMention, Article, DateWindow, Relation, Source
from warmap.timeline.patterns import (
    MaskedSentence,
    Template,
    TemplateSet,
    listed,
    load_template_set,
    mask,
    stated_in,
    tokens_in,
    window_for,
)

__all__ = ["find_relations", "load_relation_patterns", "RELATION_PATTERNS", "RELATION_KINDS"]

RELATION_PATTERNS = Path(__file__).parent / "data" / "relations.toml"
RELATION_KINDS = ("pledge", "merger", "defection", "alliance", "agreement", "cooperation", "rivalry")

_UNIT = (r"branch(?:es)?|units?|wings?|factions?|brigades?|battalions?|cells?|affiliates?|offshoots?"
         r"|fighters|members|commanders|militants|emirs?|leaders?|leadership")
# "Nusra's Albu Kamal branch": the actor, widened to its sub-unit (when the resolver did not).
_ONE = rf"(?:the\s+)?«A\d+»(?:['’]s(?:\s+(?-i:[A-Z])[\w'’-]*){{0,3}}\s+(?:{_UNIT}))?"
_SLOTS = {
    "actor": _ONE,
    "other": _ONE,
    "third": listed(_ONE),
    "actors": rf"(?:both\s+)?{listed(_ONE, at_least_two=True)}",
}
_UNARMED = frozenset({"civilians", "protesters", "rioters"})
_MEMBERS = re.compile(r"(?i)\b(?:fighters|members|commanders|militants|units|brigades|battalions|defectors"
                      r"|hundreds|dozens|thousands|gunmen|militiamen)\b")


@functools.cache
def load_relation_patterns(path: str | None = None) -> TemplateSet:
    """The relation templates (cached); ``path`` to try an edited copy of relations.toml."""
    return load_template_set(Path(path) if path else RELATION_PATTERNS, _SLOTS)


def find_relations(
    article: Article,
    sentences: list[tuple[int, int]],
    actors: list[ActorMention],
    dates: list[DateWindow],
) -> list[Relation]:
    """Every relation between two different actors the article states, one per pair and
    sentence. Offsets are into ``article.text``; negated and hypothetical sentences give none.
    """
    ts = load_relation_patterns()
    out: list[Relation] = []
    # mentions looked up by sentence in log time: a scan per sentence is quadratic in length
    actor_index, date_index = SpanIndex(actors), SpanIndex(dates)
    for s, e in sentences:
        s_actors = actor_index.inside(s, e)
        if len({a.actor.id for a in s_actors}) < 2:
            continue
        s_dates = date_index.inside(s, e)
        layers = {
            "A": [(a.start, a.end) for a in s_actors],
            "D": [(d.start, d.end) for d in s_dates],  # type: ignore[misc]
        }
        templates = ts.candidates(article.text, s, e, [span for spans in layers.values() for span in spans])
        if not templates:
            continue
        masked = mask(article.text, s, e, layers)
        out.extend(_relations_in(article, masked, s_actors, s_dates, ts, templates))
    return out


def _relations_in(
    article: Article,
    masked: MaskedSentence,
    s_actors: list[ActorMention],
    s_dates: list[DateWindow],
    ts: TemplateSet,
    templates: Sequence[Template],
) -> list[Relation]:
    said: tuple[float, Source] | None = None  # (confidence, source), at the first relation
    seen: set[frozenset[str]] = set()
    out: list[Relation] = []
    for tpl in templates:
        if not tpl.may_match(masked.text):
            continue
        for m in tpl.regex.finditer(masked.text):
            if ts.cues.blocked(masked.text, m.start(), m.end(), negated_template=tpl.negated):
                continue
            when = window_for(s_dates, masked.to_original(m.start()), article.published)
            if when is None:
                continue
            groups = m.groupdict()
            pairs: list[tuple[str, ActorMention, ActorMention]] = []
            if groups.get("actors"):
                side = _mentions(m, "actors", masked, s_actors)
                pairs += [(tpl.kind, a, b) for a, b in itertools.combinations(side, 2)]
            else:
                side = _mentions(m, "actor", masked, s_actors)
                pairs += [(tpl.kind, a, b) for a in side for b in _mentions(m, "other", masked, s_actors)]
            if tpl.third_kind and groups.get("third"):
                enemies = _mentions(m, "third", masked, s_actors)
                pairs += [(tpl.third_kind, a, z) for a in side for z in enemies]
            for kind, a, b in pairs:
                key = frozenset((a.actor.id, b.actor.id))
                if a.actor.id == b.actor.id or key in seen:
                    continue
                if tpl.members and kind == tpl.kind and not _MEMBERS.search(a.mention):
                    continue
                if (tpl.armed or kind == "rivalry") and (a.actor.type in _UNARMED or b.actor.type in _UNARMED):
                    continue
                seen.add(key)
                said = said or stated_in(article, masked, ts)
                out.append(Relation(a, b, kind, when, *said))
    return out


_TOKEN = re.compile(r"«A(\d+)»")


def _mentions(m: re.Match[str], group: str, masked: MaskedSentence, s_actors: list[ActorMention]) -> list[ActorMention]:
    """The actor mentions in a slot, each widened to its sub-unit phrase when the slot
    matched one ("Nusra's Albu Kamal branch" -> Nusra, quoted whole)."""
    text = m.group(group)
    if not text:
        return []
    base = m.start(group)
    hits = list(_TOKEN.finditer(text))
    out = []
    for j, tok in enumerate(hits):
        mention = s_actors[int(tok.group(1))]
        stop = hits[j + 1].start() if j + 1 < len(hits) else len(text)
        tail = re.match(r"['’]s(?:\s+[A-Z][\w'’-]*){0,3}\s+(?:" + _UNIT + r")\b", text[tok.end():stop])
        if tail:
            end = masked.to_original(base + tok.end() + tail.end())
            phrase = masked.original[mention.start - masked.start:end - masked.start]
            mention = ActorMention(mention.actor, phrase, mention.start, end, mention.generic)
        out.append(mention)
    return out
