"""Statements of territorial control in a sentence: who took, lost or held which place.

Reports say who holds a town far more often than they report its capture ("ISIS-controlled
Raqa", "rebel-held Idlib"); those statements, dated by the sentence or by publication, are
what lets ``control.control_timeline`` fill the time between captures. The phrases are
templates in ``data/control.toml`` matched over the sentence with mentions masked.

>>> import datetime as dt
>>> from warmap.records import Actor, ActorMention, Article, Place, PlaceMention
>>> text = "ISIS-controlled Raqa was quiet."
>>> art = Article("d", "a.txt", text, published=dt.date(2014, 6, 23))
>>> isis = ActorMention(Actor("isis", "ISIS", "rebel group"), "ISIS", 0, 4)
>>> raqa = PlaceMention(Place("Ar-Raqqah", "SY", None, 35.95, 39.01), "Raqa", 16, 20)
>>> [(c.kind, c.actor.actor.id, c.when.date) for c in find_control_claims(art, [(0, 31)], [raqa], [isis], [])]
[('statement', 'isis', datetime.date(2014, 6, 23))]
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Sequence
from pathlib import Path

from warmap.nlp.spans import SpanIndex
from warmap.records import Actor, ActorMention, Article, ControlClaim, DateWindow, PlaceMention, Source
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

__all__ = ["find_control_claims", "load_control_patterns", "CONTROL_PATTERNS"]

CONTROL_PATTERNS = Path(__file__).parent / "data" / "control.toml"

_POSSESSIVE = r"(?!['’]s\b)"  # "Raqqa's airport" is not Raqqa
_LEAD = (r"(?:(?:(?:most|much|all|the\s+rest|the\s+whole|the\s+centre|the\s+center)\s+of\s+)?"
         r"(?:the\s+)?(?:[\w'-]+\s+){0,2}?"
         r"(?:town|city|village|district|province|governorate|neighbou?rhood|base|airbase|airport|crossing"
         r"|border\s+crossing|dam|oilfield|field|region|area|countryside|suburbs?)\s+of\s+"
         r"|(?:most|much|all|the\s+rest|the\s+whole|the\s+centre|the\s+center)\s+of\s+(?:the\s+)?)")
#: Holding "parts of Ramadi" or "the outskirts of Aleppo" is not holding the town: no claim.
_PARTIAL = re.compile(r"(?i)\b(?:parts|large\s+parts|swathes|pockets|some|areas|districts|neighbou?rhoods"
                      r"|the\s+outskirts|outskirts|edges?|the\s+edges?)\s+of\s+(?:the\s+)?(?:[\w'-]+\s+){0,3}$")
#: "X, led by Y and Z, captured ...": the claim is X's, not its members' or backers'.
_HEAD = re.compile(r"«A(\d+)»[^«»]{0,60}?(?:,\s*|\s)(?:(?:who\s+(?:are|were|is|was)\s+)?(?:led|backed|supported"
                   r"|aided|assisted|helped|joined|reinforced|spearheaded)\s+by|alongside|with\s+(?:the\s+)?"
                   r"(?:help|support|backing|cover)\s+of|together\s+with)\s+[^«»]{0,50}$")
_ONE = r"(?:the\s+)?«A\d+»"
_ACTORS = listed(_ONE)
_KEEP_OUT = frozenset({"civilians", "protesters", "rioters"})
_NUMBERS = {"two": 2, "both": 2, "three": 3, "four": 4}


def _slots(anaphora: Sequence[str]) -> dict[str, str]:
    place = rf"(?:{_LEAD})?«P\d+»{_POSSESSIVE}"
    ana = "|".join(a.replace(" ", r"\s+") for a in anaphora) or "(?!)"
    return {
        "actor": _ACTORS,
        "other": _ONE,
        "place": rf"{listed(place)}|(?:{ana})(?!\w){_POSSESSIVE}",
    }


@functools.cache
def load_control_patterns(path: str | None = None) -> TemplateSet:
    """The control templates (cached); ``path`` to try an edited copy of control.toml."""
    target = Path(path) if path else CONTROL_PATTERNS
    with open(target, "rb") as fh:
        anaphora = tomllib.load(fh).get("anaphora", {}).get("phrases", [])
    return load_template_set(target, _slots(anaphora))


def find_control_claims(
    article: Article,
    sentences: list[tuple[int, int]],
    places: list[PlaceMention],
    actors: list[ActorMention],
    dates: list[DateWindow],
) -> list[ControlClaim]:
    """Every statement of control in the article, one claim per actor and place.

    All offsets are into ``article.text``. Negated and hypothetical sentences give nothing,
    except "no longer controls", which is a loss.
    """
    ts = load_control_patterns()
    text = article.text
    places = [p for p in places if p.place.kind != "country"]
    out: list[ControlClaim] = []
    # mentions looked up by sentence in log time: a scan per sentence is quadratic in length
    actor_index, place_index, date_index = SpanIndex(actors), SpanIndex(places), SpanIndex(dates)
    for k, (s, e) in enumerate(sentences):
        s_actors = actor_index.inside(s, e)
        s_actors += _prefix_actors(text, s, e, s_actors, place_index, ts)
        if not s_actors:  # a third of the sentences: no need to look up their places
            continue
        s_places = place_index.inside(s, e)
        if not _may_hold_claim(text, s, e, s_places):
            continue
        s_dates = date_index.inside(s, e)
        layers = {
            "A": [(a.start, a.end) for a in s_actors],
            "D": [(d.start, d.end) for d in s_dates],  # type: ignore[misc]
            "P": [(p.start, p.end) for p in s_places],
        }
        templates = ts.candidates(text, s, e, [span for spans in layers.values() for span in spans])
        if not templates:
            continue
        masked = mask(text, s, e, layers)
        out.extend(_claims_in(article, sentences, k, masked, s_actors, s_places, s_dates, places, ts, templates))
    return out


_QUICK = re.compile(r"(?i)\b(?:the|these|those|both)\s+(?:\w+\s+)?(?:town|city|village|district|neighbou?rhoods?|area|base|airbase|crossing|towns|villages|districts|areas)\b")


def _may_hold_claim(text: str, s: int, e: int, s_places: list[PlaceMention]) -> bool:
    """Cheap test before masking: a place, or a word that can stand for one."""
    return bool(s_places) or bool(_QUICK.search(text, s, e))


def _claims_in(
    article: Article,
    sentences: list[tuple[int, int]],
    k: int,
    masked: MaskedSentence,
    s_actors: list[ActorMention],
    s_places: list[PlaceMention],
    s_dates: list[DateWindow],
    all_places: list[PlaceMention],
    ts: TemplateSet,
    templates: Sequence[Template],
) -> list[ControlClaim]:
    conf = ts.confidence
    seen: set[tuple[str, str]] = set()
    stated: set[str] = set()  # places this sentence already says someone holds
    out: list[ControlClaim] = []
    said: tuple[float, Source] | None = None  # (confidence, source), at the first match
    for tpl in templates:
        if not tpl.may_match(masked.text):
            continue
        for m in tpl.regex.finditer(masked.text):
            if ts.cues.blocked(masked.text, m.start(), m.end(), negated_template=tpl.negated):
                continue
            targets, anaphoric = _places_of(m, masked, s_places, all_places, sentences, k, stated)
            if not targets:
                continue
            if _PARTIAL.search(masked.text, 0, m.start("place")):
                continue
            said = said or stated_in(article, masked, ts)
            base, source = said
            confidence = base - (conf.get("anaphora", 0.1) if anaphoric else 0.0)
            at = masked.to_original(m.start())
            head = _HEAD.search(masked.text, 0, m.start("actor"))
            named = [int(head.group(1))] if head else tokens_in(m.group("actor"), "A")
            parties = [(tpl.kind, s_actors[i]) for i in named]
            if tpl.other_kind and "other" in m.groupdict() and m.group("other"):
                parties += [(tpl.other_kind, s_actors[i]) for i in tokens_in(m.group("other"), "A")]
            for kind, actor in parties:
                if actor.actor.type in _KEEP_OUT:
                    continue
                when = window_for(s_dates, at, article.published,
                                  holds_on_publication=(kind == "statement"), text=article.text)
                if when is None:
                    continue
                for place in targets:
                    key = (actor.actor.id, _key(place))
                    if key in seen:
                        continue
                    seen.add(key)
                    if kind == "statement":
                        stated.add(key[1])
                    out.append(ControlClaim(place, actor, when, kind, round(confidence, 3), source))
    return out


def _places_of(
    m: re.Match[str],
    masked: MaskedSentence,
    s_places: list[PlaceMention],
    all_places: list[PlaceMention],
    sentences: list[tuple[int, int]],
    k: int,
    claimed: set[str],
) -> tuple[list[PlaceMention], bool]:
    """The places a match names, or those its "the town"/"these two neighbourhoods" stands for.

    A plural takes the places of the nearest sentence that names any ("these two": the last
    two); a singular takes the town the article has named most so far (its subject), the
    nearest on a tie. Datelines ("DOHUK, Iraq -") and places this sentence already says
    someone else holds are not candidates.
    """
    group = m.group("place")
    found = [s_places[i] for i in tokens_in(group, "P")]
    if found:
        return found, False
    start = masked.to_original(m.start("place"))
    end = masked.to_original(m.end("place"))
    phrase = group.lower().split()
    n = next((_NUMBERS[w] for w in phrase if w in _NUMBERS), None)
    plural = phrase[-1].endswith("s") and n is None
    before = [p for p in all_places if p.end <= start and p.place.kind == "city"
              and not p.mention.isupper() and _key(p) not in claimed]
    if not before:
        return [], True
    if plural:
        last_sentence = max(i for i, (s, _e) in enumerate(sentences) if s <= before[-1].start)
        s0, e0 = sentences[last_sentence]
        picked = [p for p in before if s0 <= p.start and p.end <= e0]
    elif n:
        lo = sentences[max(0, k - 2)][0]
        picked = [p for p in before if p.start >= lo][-n:]
    else:
        counts: dict[str, int] = {}
        for p in before:
            counts[_key(p)] = counts.get(_key(p), 0) + 1
        picked = [max(reversed(before), key=lambda p: counts[_key(p)])]
    uniq: dict[str, PlaceMention] = {}
    for p in picked:
        uniq.setdefault(_key(p), p)
    mention = masked.original[start - masked.start:end - masked.start]
    return [PlaceMention(p.place, mention, start, end, p.geo_precision, p.score) for p in uniq.values()], True


def _key(p: PlaceMention) -> str:
    return p.place.name + "|" + p.place.country


_PREFIX_HEAD = r"(?=-(?:held|controlled|run|dominated|occupied)\b)"


@functools.cache
def _prefix_regex(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(rf"(?i)\b({'|'.join(map(re.escape, words))}){_PREFIX_HEAD}")


def _prefix_actors(
    text: str, s: int, e: int, s_actors: list[ActorMention], places: SpanIndex[PlaceMention], ts: TemplateSet,
) -> list[ActorMention]:
    """Actors the dictionary leaves out of compounds: the "rebel" of "rebel-held Idlib"."""
    table: dict[str, dict[str, str]] = ts.data.get("held_prefixes", {})  # type: ignore[assignment]
    if not table or text.find("-", s, e) < 0:
        return []
    out = []
    for m in _prefix_regex(tuple(table)).finditer(text, s, e):
        if any(a.start < m.end() and m.start() < a.end for a in s_actors):
            continue
        after = places.starting_in(m.end(), e)
        country = after[0].place.country if after else None
        ident = table[m.group(1).lower()].get(country or "")
        if ident:
            out.append(ActorMention(_actor(ident), m.group(1), m.start(), m.end(), generic=True))
    return out


@functools.cache
def _actor(ident: str) -> Actor:
    """The dictionary's actor for an id; a bare record when the dictionary is unavailable."""
    try:
        from warmap.actors import load_actors

        return load_actors().get(ident)
    except Exception:  # noqa: BLE001 - the actor stage is optional here
        return Actor(ident, ident.replace("_", " "), "")
