"""Sentence templates over masked mentions: the small engine behind claims and relations.

Control and relation statements are short, regular phrases once the names are out of the
way ("{actor}-held {place}", "{actor} pledged allegiance to {other}"). Replacing each
mention found by the resolvers with a token (``«A0»``, ``«P1»``, dates ``«D0»``) lets an
analyst write those phrases as readable templates in a data file, and lets one regular
expression per template do the matching, which keeps the stage fast (no parse needed).
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from warmap.records import Article, DateWindow, Source

__all__ = [
    "MaskedSentence", "mask", "compile_template", "CueCheck", "tokens_in", "SEP",
    "Template", "TemplateSet", "load_template_set", "window_for", "source_for", "stated_in", "listed",
]

#: Between two words of a template: spaces, or a comma/colon/semicolon with spaces.
SEP = r"(?:\s*[,;:]\s*|\s+)"
#: "..." in a template: up to six ordinary words (dates allowed, never another mention).
GAP = rf"(?:{SEP}(?:«D\d+»|[^\s«»]+)){{0,6}}?{SEP}"

_TOKEN = re.compile(r"«([APD])(\d+)»")


@dataclass(frozen=True)
class MaskedSentence:
    """A sentence with its mentions replaced by tokens, and the way back to offsets."""

    text: str
    original: str
    start: int
    end: int
    # (masked start, masked end, original start, original end) per token, in order;
    # original offsets are into the article.
    marks: tuple[tuple[int, int, int, int], ...]

    def to_original(self, pos: int) -> int:
        """Article offset of masked position ``pos`` (token ends map to mention ends)."""
        i = bisect.bisect_right([m[0] for m in self.marks], pos) - 1
        if i < 0:
            return self.start + pos
        ms, me, os_, oe = self.marks[i]
        if pos >= me:
            return oe + (pos - me)
        return os_ if pos == ms else oe

    def token_span(self, pos: int) -> tuple[int, int] | None:
        """Article span of the token starting at masked position ``pos``."""
        for ms, _me, os_, oe in self.marks:
            if ms == pos:
                return os_, oe
        return None


def mask(
    text: str,
    start: int,
    end: int,
    layers: Mapping[str, Sequence[tuple[int, int]]],
) -> MaskedSentence:
    """Replace the spans of each layer (``{"A": actor spans, "D": ..., "P": ...}``) inside
    ``text[start:end]`` with ``«A<i>»`` tokens, ``i`` being the span's index in its layer.

    Earlier layers win where spans overlap ("Nusra's Albu Kamal branch" stays an actor).
    """
    chosen: list[tuple[int, int, str, int]] = []
    taken: list[tuple[int, int]] = []
    for kind, spans in layers.items():
        for i, (s, e) in enumerate(spans):
            if s < start or e > end or s >= e:
                continue
            if any(s < te and ts < e for ts, te in taken):
                continue
            taken.append((s, e))
            chosen.append((s, e, kind, i))
    chosen.sort()
    parts: list[str] = []
    marks: list[tuple[int, int, int, int]] = []
    pos = start
    length = 0
    for s, e, kind, i in chosen:
        parts.append(text[pos:s])
        length += s - pos
        tok = f"«{kind}{i}»"
        marks.append((length, length + len(tok), s, e))
        parts.append(tok)
        length += len(tok)
        pos = e
    parts.append(text[pos:end])
    return MaskedSentence("".join(parts), text[start:end], start, end, tuple(marks))


def listed(one: str, *, at_least_two: bool = False) -> str:
    """A regular expression for "A", "A and B" or "A, B and C" (commas only before an "and",
    so an appositive "Nusra, al-Qaeda's affiliate" is not read as a list)."""
    tail = rf"(?:(?:\s*,\s*{one})*\s*,?\s+(?:and|&)\s+{one})"
    return rf"{one}{tail}" if at_least_two else rf"{one}{tail}?"


def tokens_in(fragment: str, kind: str) -> list[int]:
    """Indices of the ``kind`` tokens in a piece of masked text, in order."""
    return [int(m.group(2)) for m in _TOKEN.finditer(fragment) if m.group(1) == kind]


def compile_template(template: str, slots: Mapping[str, str]) -> re.Pattern[str]:
    """A template ("{actor} ... captured {place}") as a case-insensitive regular expression.

    ``slots`` maps slot names to regular expressions (each becomes a named group).
    """
    body = re.sub(r"\s*\.\.\.\s*", "\x00", template.strip())
    body = re.sub(r"\s+", "\x01", body)

    def slot(m: re.Match[str]) -> str:
        name = m.group(1)
        if name not in slots:
            raise ValueError(f"unknown slot {{{name}}} in template {template!r}")
        return f"(?P<{name}>{slots[name]})"

    body = re.sub(r"\{(\w+)\}", slot, body)
    body = body.replace("\x00", GAP).replace("\x01", SEP)
    return re.compile(rf"(?<![\w'’-]){body}(?![\w])", re.IGNORECASE)


def _cue_regex(words: Sequence[str], *, ignore_case: bool) -> re.Pattern[str] | None:
    """The cue words as one expression, each a whole word (no word character before one
    that begins with a letter or digit, none after), to search for whether any occurs.

    The edge test before is written once for all the words that need it, not once per word:
    the same places match, and it is several times faster (the engine tried every word's
    look-behind at every position)."""
    if not words:
        return None
    led, bare = [], []
    for w in sorted(words, key=len, reverse=True):
        core = r"no(?!\s+longer)" if w == "no" else re.escape(w).replace(r"\ ", r"\s+")
        (led if w[0].isalnum() else bare).append(core)
    alts = [r"(?<![\w'’])(?:" + "|".join(led) + r")(?!\w)"] if led else []
    alts += [r"(?:" + "|".join(bare) + r")(?!\w)"] if bare else []
    return re.compile("|".join(alts), re.IGNORECASE if ignore_case else 0)


class CueCheck:
    """Does a match sit in a negated or hypothetical clause, or in a reported claim?

    The check looks at the matched words and the stretch of the clause before them
    (back to a comma, semicolon or the start of the sentence), so "ISIS, which took Mosul
    in June, threatened Baghdad" keeps the capture.
    """

    def __init__(self, negation: Sequence[str], hypothetical: Sequence[str],
                 attribution: Sequence[str]) -> None:
        words = [w for w in (*negation, *hypothetical) if w != "may"]
        self._block = _cue_regex(words, ignore_case=True)
        self._block_but_no_longer = _cue_regex([w for w in words if w != "no longer"], ignore_case=True)
        self._may = re.compile(r"(?<![\w'’])may(?!\w)") if "may" in hypothetical else None
        self._attribution = _cue_regex(attribution, ignore_case=True)

    def blocked(self, masked: str, start: int, end: int, *, negated_template: bool = False) -> bool:
        """True when the words ``masked[start:end]`` (and the clause before) are not asserted."""
        lo = max(masked.rfind(",", 0, start), masked.rfind(";", 0, start), masked.rfind(":", 0, start))
        lo = max(lo + 1, start - 60, 0)
        region = masked[lo:end]
        rx = self._block_but_no_longer if negated_template else self._block
        if rx is not None and rx.search(region):
            return True
        return bool(self._may and self._may.search(region))

    def attributed(self, sentence: str) -> bool:
        """True when the sentence reports the statement as somebody's claim."""
        return bool(self._attribution and self._attribution.search(sentence))


@dataclass(frozen=True)
class Template:
    """One [[pattern]] of a data file, compiled."""

    kind: str
    regex: re.Pattern[str]
    text: str
    other_kind: str | None = None
    third_kind: str | None = None
    negated: bool = False
    armed: bool = False
    members: bool = False
    anchor: re.Pattern[str] | None = None
    #: the first word (a run of word characters, case-folded) of each of the anchor's
    #: phrases, for the set's combined prefilter; empty when there is no anchor
    first_words: frozenset[str] = frozenset()
    #: the template's other words that every match holds (``_required``)
    required: tuple[re.Pattern[str], ...] = ()

    def may_match(self, masked: str) -> bool:
        """A cheap necessary test: the template's key words occur in the sentence."""
        if self.anchor is not None and self.anchor.search(masked) is None:
            return False
        return all(rx.search(masked) is not None for rx in self.required)


def _anchor_words(template: str) -> tuple[str, ...]:
    """Words one of which any match of the template must contain: the alternatives of its
    first group that is not optional, else its longest plain word; () when it has neither."""
    plain = re.sub(r"\{[a-z_]+\}", " ", template)
    for m in re.finditer(r"\(([^()]*)\)(\?)?", plain):
        if m.group(2):
            continue
        alts = [a.strip() for a in m.group(1).split("|") if a.strip()]
        if alts and all(re.fullmatch(r"[\w'’ -]+", a) for a in alts):
            return tuple(alts)
    words = [w for w in re.findall(r"[A-Za-z]{4,}", re.sub(r"\([^()]*\)", " ", plain))]
    return (max(words, key=len),) if words else ()


def _required(template: str, anchor: Sequence[str]) -> tuple[re.Pattern[str], ...]:
    """Expressions every match of the template holds somewhere, besides its anchor: each
    group that is neither optional nor repeated and whose alternatives are plain words, and
    each plain word of four letters or more outside the groups. Testing them is far cheaper
    than running the template's own expression, whose slots are tried at every word ("in"
    anchors "{place} ... (under|in) {actor}'s (control|hands)" in most sentences).

    Case-insensitive like the template and without word edges, so they only need to be
    parts of the template's expression. Nothing for a template with nested groups or a
    choice ("|") outside its groups.

    >>> [rx.pattern for rx in _required("{actor} ... no longer (holds|held) {place}", ())]
    ['longer', 'holds|held']
    """
    plain = re.sub(r"\{[a-z_]+\}", " ", template)
    if re.search(r"\([^()]*\(", plain) or "|" in re.sub(r"\([^()]*\)", "", plain):
        return ()
    out = []
    for m in re.finditer(r"\(([^()]*)\)([?*+{])?|([^()]+)", plain):
        if m.group(3) is not None:  # text between groups: its plain words
            if re.fullmatch(r"[\w'’ ,;:.-]*", m.group(3)):
                out += [re.escape(w) for w in re.findall(r"[A-Za-z]{4,}", m.group(3)) if (w,) != tuple(anchor)]
            continue
        alts = [a.strip() for a in m.group(1).split("|")]
        if m.group(2) or tuple(alts) == tuple(anchor) or not all(re.fullmatch(r"[\w'’ -]+", a) for a in alts):
            continue
        out.append("|".join(SEP.join(re.escape(w) for w in a.split()) for a in alts))
    return tuple(re.compile(rx, re.IGNORECASE) for rx in out)


def _anchor(words: Sequence[str]) -> re.Pattern[str] | None:
    """The anchor words as one whole-word, case-insensitive expression (None for no words)."""
    if not words:
        return None
    return re.compile(r"(?i)(?<!\w)(?:" + "|".join(re.escape(a) for a in words) + r")(?!\w)")


def _first_words(phrases: Sequence[str]) -> frozenset[str]:
    """The leading run of word characters of each phrase, case-folded; empty when a phrase
    does not begin with one (then the prefilter cannot stand for it)."""
    firsts = [re.match(r"\w+", p) for p in phrases]
    if not firsts or any(f is None for f in firsts):
        return frozenset()
    return frozenset(f.group().casefold() for f in firsts if f is not None)


def _prefilter(templates: Sequence[Template]) -> frozenset[str] | None:
    """The first words of every template's anchor phrases, to look up the words of the
    unmasked sentence in. None when a template has none."""
    if not templates or any(not t.first_words for t in templates):
        return None
    return frozenset(w for t in templates for w in t.first_words)


_WORD_CHAR = re.compile(r"\w")
_WORD = re.compile(r"\w+")


def _cuts_word(text: str, at: int) -> bool:
    """Does offset ``at`` fall between two word characters (a mention edge inside a word)?"""
    return 0 < at < len(text) and _WORD_CHAR.match(text, at - 1) is not None and _WORD_CHAR.match(text, at) is not None


@dataclass(frozen=True)
class TemplateSet:
    """A data file's templates with its cue words and confidences."""

    templates: tuple[Template, ...]
    cues: CueCheck
    confidence: Mapping[str, float]
    data: Mapping[str, object]
    prefilter: frozenset[str] | None = None

    def candidates(self, text: str, start: int, end: int,
                   spans: Sequence[tuple[int, int]] = ()) -> Sequence[Template]:
        """The templates that can match the unmasked sentence ``text[start:end]`` once its
        mentions ``spans`` are masked: those whose anchor phrase's first word stands there as a
        whole word (the sentence's words looked up once for the whole set, instead of one
        search per template). Empty when none can, so masking is skipped; every template when
        that cannot be told.

        Words are runs of word characters and cannot overlap or span a mask token, so a word of
        the masked sentence stands in the original too, with the same boundaries unless a
        mention's edge cuts a word ("«A0»held" from "ISISheld"): then every template is tried.
        """
        if self.prefilter is None or any(_cuts_word(text, s) or _cuts_word(text, e) for s, e in spans):
            return self.templates
        found = self.prefilter.intersection(map(str.casefold, _WORD.findall(text, start, end)))
        if not found:
            return ()
        return [t for t in self.templates if not found.isdisjoint(t.first_words)]


def load_template_set(path: str | Path, slots: Mapping[str, str]) -> TemplateSet:
    """Read a template file (control.toml, relations.toml) and compile its templates.

    Raises ``ValueError`` naming the template when one does not compile.
    """
    with open(path, "rb") as fh:
        data = tomllib.load(fh)
    templates = []
    for i, row in enumerate(data.get("pattern", [])):
        try:
            rx = compile_template(row["template"], slots)
        except (re.error, KeyError, ValueError) as exc:
            raise ValueError(f"{path}: pattern {i + 1} ({row.get('template')!r}) does not compile: {exc}") from exc
        templates.append(Template(
            kind=row["kind"], regex=rx, text=row["template"],
            other_kind=row.get("other_kind"), third_kind=row.get("third_kind"),
            negated=bool(row.get("negated", False)), armed=bool(row.get("armed", False)),
            members=bool(row.get("members", False)),
            anchor=_anchor(words := _anchor_words(row["template"])), first_words=_first_words(words),
            required=_required(row["template"], words),
        ))
    cues = data.get("cues", {})
    check = CueCheck(cues.get("negation", ()), cues.get("hypothetical", ()), cues.get("attribution", ()))
    return TemplateSet(tuple(templates), check, dict(data.get("confidence", {})), data, _prefilter(templates))


def _undated(published: dt.date) -> DateWindow:
    try:
        from warmap.events.dates import undated
    except ImportError:  # the dates module is someone else's and may be missing
        return DateWindow(published, published - dt.timedelta(days=7), published, "week")
    return undated(published)


def window_for(
    dates: Sequence[DateWindow],
    at: int,
    published: dt.date | None,
    *,
    holds_on_publication: bool = False,
    text: str = "",
) -> DateWindow | None:
    """The date window for a statement made around article offset ``at``.

    The nearest date expression among ``dates`` (those of the sentence) wins; without one,
    a statement of control holds on the publication day, anything else gets the week up to
    publication. "since last spring" in a statement of control runs to publication.
    None when there is neither a date in the sentence nor a publication date.
    """
    if dates:
        best = min(dates, key=lambda d: abs((d.start or 0) - at))
        if holds_on_publication and best.start is not None and text[max(0, best.start - 7):best.start].lower().strip() == "since":
            hi = published if published and published >= best.date_min else best.date_max
            return DateWindow(best.date, best.date_min, hi, best.precision, best.mention, best.start, best.end)
        return best
    if published is None:
        return None
    if holds_on_publication:
        return DateWindow(published, published, published, "day")
    return _undated(published)


def stated_in(article: Article, masked: MaskedSentence, ts: TemplateSet) -> tuple[float, Source]:
    """The confidence of a statement in this sentence (lower when the sentence reports it as
    somebody's claim) and its source; worked out at a sentence's first match only."""
    conf = ts.confidence
    base = conf.get("attributed", 0.6) if ts.cues.attributed(masked.original) else conf.get("plain", 0.9)
    return base, source_for(article, masked.start, masked.end)


def source_for(article: Article, start: int, end: int) -> Source:
    """The export's source record for sentence ``article.text[start:end]``."""
    return Source(article.source, article.doc_id, article.title, article.published,
                  article.text[start:end], start, end)
