"""Spellings: folding text for matching, alias variants, and the case rules each alias keeps.

Matching runs on a folded copy of the text of exactly the same length, so offsets found
there are offsets into the original. Case is checked afterwards against the original,
which is how "IS" matches the group but "is" and "Is" do not.
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

__all__ = ["fold", "variants", "spelling_lookup", "CaseRule", "case_rule", "case_ok", "ENGLISH_ACRONYMS"]

_CHAR_MAP = {
    "\u2019": "'", "\u2018": "'", "`": "'", "\u00b4": "'", "\u02bc": "'", "\u02bb": "'", "\u02bf": "'", "\u02be": "'",
    "\u2032": "'", "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2212": "-",
    "\n": " ", "\r": " ", "\t": " ", "\u00a0": " ",
}

#: Acronyms that are also English words: exact case, and never in an all-caps line.
ENGLISH_ACRONYMS = frozenset({"IS", "US", "AS", "IT", "AN", "OR", "AM", "ON", "IN", "NO", "SO", "TO", "WE",
                              "HE", "BE", "DO", "GO", "UP", "AT", "BY", "IF", "OF", "MY", "TIP", "SAS", "SAA"})

_fold_cache: dict[str, str] = {}


def _fold_char(c: str) -> str:
    if c in _CHAR_MAP:
        return _CHAR_MAP[c]
    low = c.lower()
    if len(low) != 1:
        return c
    if ord(low) > 127:
        base = unicodedata.normalize("NFD", low)[0]
        if base.isascii():
            return base
    return low


def fold(text: str) -> str:
    """Lower-case, unify quotes/dashes/spaces and drop accents, keeping the length.

    >>> fold("Jabhat\u00a0al\u2013Nusra\u2019s")
    "jabhat al-nusra's"
    """
    low = text
    for c, plain in _CHAR_ITEMS:
        if c in low:    # a replace for each mapped character present: a tenth of str.translate's time
            low = low.replace(c, plain)
    low = low.lower()
    if len(low) == len(text) and low.isascii():
        return low
    # an accent, or a letter whose lower case is longer: each distinct character folded on its own
    return text.translate({ord(c): _fold_cache.setdefault(c, _fold_char(c)) for c in set(text)})


_CHAR_ITEMS = tuple(_CHAR_MAP.items())

_TOKEN = re.compile(r"[^\s\-/]+")
_SPECIAL = re.compile(r"[-']")


def spelling_lookup(classes: Sequence[Sequence[str]]) -> dict[str, Sequence[str]]:
    """``{lower-case token: its class}`` for ``variants``."""
    return {m.lower(): cls for cls in classes for m in cls}


def _like(word: str, model: str) -> str:
    """``word`` in the case style of ``model`` (peshmerga -> peshmarga, not Peshmarga)."""
    if model.islower():
        return word.lower()
    if model.isupper() and len(model) > 1:
        return word.upper()
    return word


def variants(alias: str, lookup: dict[str, Sequence[str]] | None = None, limit: int = 48) -> list[str]:
    """Spellings of ``alias``: token classes (Qaeda/Qaida), "al-X"/"al X", Kata'ib/Kataib.

    >>> sorted(variants("Jabhat al-Nusra", spelling_lookup([["Nusra", "Nusrah"]])))[:2]
    ['Jabhat al Nusra', 'Jabhat al Nusrah']
    """
    lookup = lookup or {}
    if not _SPECIAL.search(alias) and not any(t.lower() in lookup for t in _TOKEN.findall(alias)):
        return [alias]
    parts = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(alias)]
    options: list[list[str]] = []
    for _, _, tok in parts:
        core = tok[:-2] if tok.lower().endswith("'s") and tok.lower()[:-2] in lookup else tok
        cls = lookup.get(core.lower())
        options.append([_like(c, core) + tok[len(core):] for c in cls] if cls else [tok])
    out: dict[str, None] = {}
    for combo in itertools.islice(itertools.product(*options), limit):
        pieces, last = [], 0
        for (s, e, _), tok in zip(parts, combo):
            pieces.append(alias[last:s])
            pieces.append(tok)
            last = e
        pieces.append(alias[last:])
        base = "".join(pieces)
        out[base] = None
        if "-" in base and not re.search(r"[A-Z]-[A-Z]", base):
            out[re.sub(r"(?<=\w)-(?=\w)", " ", base)] = None
        if "'" in base:
            for v in list(out):
                if "'" in v and not v.endswith("'s"):
                    out[re.sub(r"(?<=\w)'(?=\w)", "", v)] = None
    return list(out)


@dataclass(frozen=True)
class CaseRule:
    """Per-token case checks: (start, end, mode) with mode exact | not_lower | cap."""

    checks: tuple[tuple[int, int, str], ...]
    headline_sensitive: bool


_NO_RULE = CaseRule((), False)
_WORD = re.compile(r"[A-Za-z][A-Za-z.']*")


def case_rule(alias: str) -> CaseRule:
    """The case rule an alias imposes on text that matches it.

    Acronyms of up to three letters ("IS", "SDF", "U.S.") must match exactly; longer ones
    ("ISIS") must not be all lower case; capitalised words must stay capitalised.
    """
    if alias == alias.lower():
        return _NO_RULE
    checks: list[tuple[int, int, str]] = []
    sensitive = False
    for m in _WORD.finditer(alias):
        rule = _token_rule(m.group())
        if rule is not None:
            length, mode, english = rule
            checks.append((m.start(), m.start() + length, mode))
            sensitive = sensitive or english
    return CaseRule(tuple(checks), sensitive) if checks else _NO_RULE


#: Arabic particles inside names, written either case ("Al bu Nimr", "Albu Nimr", "Al Bu Nimr").
_PARTICLES = frozenset({"al", "el", "bu", "albu", "bin", "ibn", "bint", "abu", "abi", "umm", "wal", "wa"})


@functools.lru_cache(maxsize=None)
def _token_rule(word: str) -> tuple[int, str, bool] | None:
    """(checked length, mode, is an English-word acronym) for one word of an alias."""
    if word.lower() in _PARTICLES:
        return None
    tok = word.rstrip(".'")
    if tok.endswith("'s"):
        tok = tok[:-2]
    letters = tok.replace(".", "")
    if len(letters) >= 2 and letters.isupper():
        mode = "exact" if len(letters) <= 3 or "." in tok else "not_lower"
        return len(tok), mode, letters in ENGLISH_ACRONYMS
    if tok[0].isupper() and tok[1:] != tok[1:].lower():
        return len(tok), "exact", False  # mixed case: SyAAF, MoD
    if tok[0].isupper():
        return 1, "cap", False
    return None


def _all_caps_context(text: str, start: int, end: int, width: int = 40) -> bool:
    """True when the words around a match are in capitals (a headline, a banner)."""
    around = text[max(0, start - width):start] + " " + text[end:end + width]
    letters = [c for c in around if c.isalpha()]
    if len(letters) < 4:
        return False
    return sum(c.isupper() for c in letters) / len(letters) > 0.6


def case_ok(rule: CaseRule, text: str, start: int, end: int, surface: str) -> bool:
    """Whether ``text[start:end]`` honours the case rule of the alias ``surface``."""
    seg = text[start:end]
    upper_seg = seg.isupper()
    for s, e, mode in rule.checks:
        got, want = seg[s:e], surface[s:e]
        if mode == "exact":
            if got != want:
                return False
        elif mode == "not_lower":
            if got.islower():
                return False
        elif not (got[:1].isupper() or upper_seg):
            return False
    if rule.headline_sensitive and _all_caps_context(text, start, end):
        return False
    return True


def iter_words(texts: Iterable[str]) -> Iterable[str]:
    """Every word of ``texts`` (used by the data checks)."""
    for t in texts:
        yield from _WORD.findall(t)
