"""The trigger lexicon (data/triggers.toml): which words report which kind of event.

One combined regular expression decides cheaply whether a sentence can hold an event;
only those sentences are parsed. The per-trigger expressions then say which kinds.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from collections.abc import Iterator
from functools import lru_cache
from importlib import resources

from warmap.events.first_chars import alternatives, first_pairs, guarded, word_starts
from warmap.events.ontology import check

__all__ = ["Trigger", "TriggerMatch", "TriggerLexicon", "load_triggers", "parse_triggers"]


@dataclass(frozen=True)
class Trigger:
    kind: str
    pattern: re.Pattern[str]
    note: str = ""


@dataclass(frozen=True)
class TriggerMatch:
    """One trigger found in a sentence; offsets are into the sentence."""

    kind: str
    start: int
    end: int
    text: str


class TriggerLexicon:
    """The triggers of one data file, with the kind -> ACLED type table."""

    def __init__(
        self,
        triggers: list[Trigger],
        kinds: dict[str, tuple[str, str]],
        version: int,
        *,
        government_affiliates: frozenset[str] = frozenset(),
        affiliates_fight_for: dict[str, frozenset[str]] | None = None,
        air_actors: frozenset[str] = frozenset(),
        ground_wars: dict[str, frozenset[str]] | None = None,
        civilian_words: frozenset[str] = frozenset(),
        fighter_words: frozenset[str] = frozenset(),
        non_event_contexts: tuple[str, ...] = (),
        demonstrator_words: frozenset[str] = frozenset(),
        mob_words: frozenset[str] = frozenset(),
        unnamed_armed_words: tuple[str, ...] = (),
        military_sites: tuple[str, ...] = (),
        police_sites: tuple[str, ...] = (),
        civilian_sites: tuple[str, ...] = (),
    ):
        self.triggers = triggers
        self.kinds = kinds
        self.version = version
        self.government_affiliates = government_affiliates
        self.affiliates_fight_for = affiliates_fight_for or {}
        self.air_actors = air_actors
        self.ground_wars = ground_wars or {}
        self.civilian_words = civilian_words
        self.fighter_words = fighter_words
        self.demonstrator_words = demonstrator_words
        self.mob_words = mob_words
        self.unnamed_armed = _words(unnamed_armed_words)
        self.military_sites = _words(military_sites)
        self.police_sites = _words(police_sites)
        self.civilian_sites = _words(civilian_sites)
        self._non_event = (
            guarded(re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in non_event_contexts) + r")(?![\w-])",
                               re.IGNORECASE))
            if non_event_contexts else None
        )
        self._any = _alternation(triggers)
        self._by_kind = {k: guarded(_alternation([t for t in triggers if t.kind == k])) for k in {t.kind for t in triggers}}
        # At a word whose first two characters are ASCII, only the alternatives that can begin
        # with those two (first_chars.first_pairs) are tried: a few of the lexicon's 270, and
        # re tries an expression's alternatives one after another. Built for each pair of
        # characters when first met. At any other word, every trigger is tried whole.
        self._frames = [_split(t) for t in triggers]
        self._alternatives = [(i, a, first_pairs(re.compile(before + a + after, t.pattern.flags)))
                              for i, (t, (before, parts, after)) in enumerate(zip(triggers, self._frames))
                              for a in parts]
        self._at_pair: dict[str, tuple[re.Pattern[str] | None, list[tuple[int, re.Pattern[str]]]]] = {}
        self._whole = (self._any, [(i, t.pattern) for i, t in enumerate(triggers)])

    def non_event_context(self, sentence: str) -> bool:
        """True when the sentence is about an exercise, a drill, a film... (not a report)."""
        return self._non_event is not None and self._non_event.search(sentence) is not None

    def could_hold_event(self, sentence: str) -> bool:
        """True when any trigger occurs: the cheap test that decides what gets parsed."""
        return next(self._hits(sentence), None) is not None

    def has_kind(self, kind: str, sentence: str) -> bool:
        """True when a trigger of ``kind`` occurs: one search, cheaper than ``find``, for a
        test that needs that kind (``skips``)."""
        one = self._by_kind.get(kind)
        return one is not None and one.search(sentence) is not None

    def _tried_at(self, sentence: str, p: int) -> tuple[re.Pattern[str] | None, list[tuple[int, re.Pattern[str]]]]:
        """What can match at word start ``p``: all the triggers' alternatives there as one
        expression (None: no trigger can), and each trigger's own (trigger index, expression).
        Kept for the two characters as written, so that ``_hits`` finds it with one look-up."""
        pair = sentence[p:p + 2]
        if len(pair) < 2 or not pair.isascii():
            return self._whole
        key = pair.lower()
        tried = self._at_pair.get(key)
        if tried is None:
            here = [(i, a) for i, a, pairs in self._alternatives if pairs is None or key in pairs]
            mine: dict[int, list[str]] = {}
            for i, a in here:
                mine.setdefault(i, []).append(a)
            tried = self._at_pair[key] = (
                re.compile(r"\b(?:" + "|".join(f"(?:{a})" for _, a in here) + r")\b", re.IGNORECASE) if here else None,
                [(i, self._trigger_with(i, alts)) for i, alts in mine.items()])
        self._at_pair[pair] = tried
        return tried

    def _trigger_with(self, i: int, alternatives: list[str]) -> re.Pattern[str]:
        """Trigger ``i``'s pattern with only these of its alternatives (in its order): at a
        position where the others cannot match, it matches as the whole pattern does."""
        before, _, after = self._frames[i]
        return re.compile(before + "|".join(alternatives) + after, self.triggers[i].pattern.flags)

    def _hits(self, sentence: str) -> Iterator[tuple[int, list[tuple[int, re.Pattern[str]]]]]:
        """The word starts where some trigger matches, each with the triggers to try there. The
        combined expression matches exactly where one of its alternatives does."""
        at_pair = self._at_pair
        for p in word_starts(sentence):
            one, each = at_pair.get(sentence[p:p + 2]) or self._tried_at(sentence, p)
            if one is not None and one.match(sentence, p) is not None:
                yield p, each

    def find(self, sentence: str) -> list[TriggerMatch]:
        """Every trigger occurrence, longest first where two overlap."""
        # each trigger's matches as its finditer gives them (left to right, each search from the
        # end of its last match), tried only at the words where some trigger matches
        found: list[tuple[int, re.Match[str]]] = []  # (trigger index, match)
        ends = [0] * len(self.triggers)
        for p, each in self._hits(sentence):
            for i, pattern in each:
                if p >= ends[i] and (m := pattern.match(sentence, p)) is not None:
                    found.append((i, m))
                    ends[i] = m.end()
        # longest first at one start; on a tie the trigger listed first
        found.sort(key=lambda im: (im[1].start(), -(im[1].end() - im[1].start()), im[0]))
        kept: list[TriggerMatch] = []
        for i, m in found:
            if kept and m.start() < kept[-1].end:
                continue
            kept.append(TriggerMatch(self.triggers[i].kind, m.start(), m.end(), m.group(0)))
        return kept


def _split(trigger: Trigger) -> tuple[str, list[str], str]:
    """A trigger's pattern as (the text before, its top-level alternatives, the text after):
    inside the ``\\b(?:...)\\b`` that ``parse_triggers`` puts around it; a pattern of another
    shape, or one that refers back to a group, as one alternative."""
    source, before, after = trigger.pattern.pattern, r"\b(?:", r")\b"
    if source.startswith(before) and source.endswith(after) and not re.search(r"\\[1-9]|\(\?P=|\(\?\(", source):
        parts = alternatives(source[len(before):-len(after)])
        if parts is not None:
            return before, parts, after
    return "", [source], ""


def _alternation(triggers: list[Trigger]) -> re.Pattern[str]:
    """The triggers' patterns as one expression, which matches where any of them does."""
    alternatives = "|".join(f"(?:{t.pattern.pattern})" for t in triggers)
    return re.compile(rf"\b(?:{alternatives})\b", re.IGNORECASE)


def _words(words: tuple[str, ...]) -> re.Pattern[str] | None:
    """One case-insensitive expression for a list of words and phrases (longest first)."""
    if not words:
        return None
    return re.compile(r"(?i)\b(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")\b")


@lru_cache(maxsize=1)
def load_triggers() -> TriggerLexicon:
    """The packaged trigger lexicon, cached."""
    return parse_triggers(resources.files("warmap.events").joinpath("data/triggers.toml").read_text("utf-8"))


def parse_triggers(raw: str) -> TriggerLexicon:
    """A trigger lexicon from the text of a triggers.toml; ValueError says what is wrong."""
    data = tomllib.loads(raw)
    kinds: dict[str, tuple[str, str]] = {}
    for kind, (event_type, sub) in data["kinds"].items():
        check(event_type, sub)
        kinds[kind] = (event_type, sub)
    triggers = []
    for t in data["trigger"]:
        if t["kind"] not in kinds:
            raise ValueError(f"trigger kind {t['kind']!r} has no entry in [kinds]")
        pattern = re.compile(rf"\b(?:{t['pattern']})\b", re.IGNORECASE)
        raw = t["pattern"]
        if re.compile(raw).fullmatch("") is not None or "||" in raw or raw.startswith("|") or raw.endswith("|"):
            raise ValueError(f"a {t['kind']!r} trigger pattern has an empty alternative: {t['pattern'][:60]!r}")
        triggers.append(Trigger(kind=t["kind"], pattern=pattern, note=t.get("note", "")))
    return TriggerLexicon(
        triggers,
        kinds,
        int(data.get("version", 0)),
        government_affiliates=frozenset(data.get("government_affiliates", ())),
        affiliates_fight_for={k: frozenset(v) for k, v in data.get("affiliates_fight_for", {}).items()},
        air_actors=frozenset(data.get("air_actors", ())),
        ground_wars={k: frozenset(v) for k, v in data.get("ground_wars", {}).items()},
        civilian_words=frozenset(data.get("civilian_words", ())),
        fighter_words=frozenset(data.get("fighter_words", ())),
        non_event_contexts=tuple(data.get("non_event_contexts", ())),
        demonstrator_words=frozenset(data.get("demonstrator_words", ())),
        mob_words=frozenset(data.get("mob_words", ())),
        unnamed_armed_words=tuple(data.get("unnamed_armed_words", ())),
        military_sites=tuple(data.get("military_sites", ())),
        police_sites=tuple(data.get("police_sites", ())),
        civilian_sites=tuple(data.get("civilian_sites", ())),
    )
