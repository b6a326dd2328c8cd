"""Boilerplate line rules, kept in ``boilerplate.txt`` so an analyst can edit them.

Scraped pages leave share bars, captions, paywalls and footers between the
sentences. Each rule matches a whole line (``fullmatch``, any case), so a rule can
drop a line that is only boilerplate and never cut into an article sentence. A line
made of several boilerplate items ("Follow us on Twitter | Like us on Facebook",
"Share  Tweet  Email") goes too. Rules marked ``list:`` are headings of link lists
("Related stories"): the short lines under them go with them. Short lines after the
article's last sentence that are not sentences (link lists) go as well.

>>> rules = load_rules()
>>> rules.is_boilerplate("4 min read"), rules.is_boilerplate("Rebels took the town.")
(True, False)
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from warmap.errors import InputError
from warmap.events.first_chars import first_chars

from .normalise import ends_sentence

__all__ = ["Rule", "BoilerplateRules", "load_rules", "parse_rules"]

_COMMENT = re.compile(r"\s{2,}#\s")
_SEGMENTS = re.compile(r"\t|\s+[|·•]\s+|\s*\|\s*")
_BULLET = re.compile(r"[-*•·–>»›+]\s|\d{1,2}[.)]\s")
_BRACKETS = re.compile(r"[\[(](.*)[\])]")


@dataclass(frozen=True)
class Rule:
    """One line rule: the pattern, what it removes, where it is written, and whether it heads a list."""

    pattern: re.Pattern[str]
    comment: str
    line: int
    heads_list: bool = False


def _any(rules: list[Rule]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{r.pattern.pattern})" for r in rules) or r"(?!)", re.IGNORECASE)


def _by_first(rules: list[Rule]) -> dict[str, re.Pattern[str]]:
    """For each character a rule's match can begin with, the rules that can begin with it (and
    those that can begin with anything) as one pattern: a line is tried against a few rules, not
    all 70 (``_whole`` runs on every piece of every short line)."""
    firsts = [first_chars(r.pattern) for r in rules]
    chars = set().union(*(f for f in firsts if f is not None))
    return {c: _any([r for r, f in zip(rules, firsts) if f is None or c in f]) for c in chars}


def _list_item(line: str) -> bool:
    """A line of a link list: a bullet or a short line, and not a sentence."""
    words = len(line.split())
    return not ends_sentence(line) and (words <= 20 or (bool(_BULLET.match(line)) and words <= 40))


def _tail_item(line: str) -> bool:
    """A line after the last sentence that is a link, not a sentence (a question may be one)."""
    words = len(line.split())
    return bool(line) and not ends_sentence(line) and (
        (bool(_BULLET.match(line)) and words <= 40) or (words <= 15 and not line.rstrip("\"')]").endswith("?"))
    )


@dataclass(frozen=True)
class BoilerplateRules:
    """The rules of one file, tried together."""

    rules: tuple[Rule, ...]
    combined: re.Pattern[str]
    list_heads: re.Pattern[str]
    by_first: dict[str, re.Pattern[str]]
    anywhere: re.Pattern[str]  # the rules whose first character cannot be told

    def _matches(self, text: str) -> bool:
        """``combined.fullmatch(text)``, trying only the rules that can begin with its first character."""
        if not text:
            return False
        first = text[0]
        pattern = self.by_first.get(first, self.anywhere) if first.isascii() else self.combined
        return pattern.fullmatch(text) is not None

    def _whole(self, text: str) -> bool:
        text = text.strip(" \t")
        if not text:
            return False
        inner = _BRACKETS.fullmatch(text)
        return self._matches(text) or bool(inner and self._matches(inner.group(1).strip()))

    def _pieces(self, line: str) -> bool:
        """True when the line splits, at capitalised words, into boilerplate pieces only."""
        starts = [m.start() for m in re.finditer(r"(?<=\s)[A-Z@]", line)]
        ends = [*starts, len(line)]
        ok = {len(line)}
        for i in sorted([0, *starts], reverse=True):
            if any(j in ok and j > i and self._whole(line[i:j]) for j in ends):
                ok.add(i)
        return 0 in ok

    def is_boilerplate(self, line: str) -> bool:
        """True when the line is boilerplate: one rule matches it whole, or it is made of such items."""
        line = line.strip(" \t")
        if not line or self._whole(line):
            return bool(line)
        if len(line) > 200:
            return False
        parts = [p for p in _SEGMENTS.split(line) if p.strip()]
        if len(parts) > 1 and all(self._whole(p) for p in parts):
            return True
        return len(parts) == 1 and len(line) <= 100 and not ends_sentence(line) and self._pieces(line)

    def heads_list(self, line: str) -> bool:
        """True when the line is a heading of a link list ("Related stories:")."""
        return self.list_heads.fullmatch(line.strip(" \t")) is not None

    def rule_for(self, line: str) -> Rule | None:
        """The first rule that matches the whole line, to explain a removal."""
        line = line.strip(" \t")
        return next((r for r in self.rules if r.pattern.fullmatch(line)), None)

    def strip(self, lines: list[str], *, keep: frozenset[int] = frozenset()) -> list[str]:
        """The lines with boilerplate blanked (``""``), so line numbers stay the same.

        Lines whose index is in ``keep`` (metadata lines the header reads) are left alone.
        """
        out = list(lines)
        in_list = False
        for i, line in enumerate(lines):
            if not line or i in keep:
                continue
            if self.heads_list(line):
                out[i], in_list = "", True
            elif in_list and _list_item(line):
                out[i] = ""
            else:
                in_list = False
                if self.is_boilerplate(line):
                    out[i] = ""
        body = [i for i, line in enumerate(out) if line and ends_sentence(line)]
        for i in range(len(out) - 1, body[-1] if body else len(out), -1):
            if _tail_item(out[i]):
                out[i] = ""
        return out


def parse_rules(text: str, *, origin: str = "boilerplate.txt") -> BoilerplateRules:
    """Rules from the text of a rules file; a bad rule raises ``InputError`` naming its line."""
    rules: list[Rule] = []
    for number, raw in enumerate(text.splitlines(), 1):
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        parts = _COMMENT.split(raw.strip(), maxsplit=1)
        source, comment = parts[0], parts[1].strip() if len(parts) > 1 else ""
        heads_list = source.startswith("list:")
        source = source.removeprefix("list:").strip()
        try:
            pattern = re.compile(source, re.IGNORECASE)
        except re.error as exc:
            raise InputError(f"{origin} line {number}: bad regular expression ({exc}); fix the rule") from exc
        rules.append(Rule(pattern, comment, number, heads_list))
    anywhere = [r for r in rules if first_chars(r.pattern) is None]
    return BoilerplateRules(tuple(rules), _any(rules), _any([r for r in rules if r.heads_list]),
                            _by_first(rules), _any(anywhere))


@lru_cache(maxsize=4)
def load_rules(path: str | Path | None = None) -> BoilerplateRules:
    """The bundled rules, or those of another file (cached)."""
    if path is None:
        text = resources.files("warmap.ingest").joinpath("boilerplate.txt").read_text(encoding="utf-8")
        return parse_rules(text)
    return parse_rules(Path(path).read_text(encoding="utf-8"), origin=str(path))
