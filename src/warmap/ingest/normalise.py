"""Whitespace and character clean-up that keeps sentences readable.

Scraped text arrives with non-breaking spaces, zero-width characters, curly quotes
and hard-wrapped lines. Later stages match words with plain regexes and quote
sentences back to the user, so the text is made plain here, once, without changing
what any sentence says.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["normalise_lines", "join_paragraphs", "plain", "ends_sentence", "hard_wrapped", "wrapped_lines"]

# Characters replaced one for one. Curly quotes become straight ones so that
# "Hay'at" and "Hay’at" are the same word downstream; en and em dashes stay, since
# turning "troops—and" into "troops-and" would glue words together.
_REPLACE = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "\u02bc": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
    "\u00ab": '"', "\u00bb": '"',
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2212": "-", "\u2015": "\u2014",
    "\u2026": "...",
    "\u00a0": " ", "\u2007": " ", "\u202f": " ", "\u2009": " ", "\u200a": " ",
    "\u2002": " ", "\u2003": " ", "\u3000": " ", "\f": "\n", "\v": "\n",
    "\u2028": "\n", "\u2029": "\n\n", "\x85": "\n",
})
# Invisible characters that only get in the way of matching.
_DROP = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff\u200e\u200f]")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
# A run of spaces is a column gap in a menu ("Home   News   Video"): kept as one tab so
# boilerplate rules can see the items; ``plain`` turns it back into a space.
_GAP = re.compile(r"[ \t]{2,}|\t")
_SENTENCE_END = re.compile(r"""[.!?:;]["')\]]*$""")
_BODY_END = re.compile(r"""[.!]["')\]]*$""")


def normalise_lines(text: str) -> list[str]:
    """The text as stripped lines, with blank lines as ``""``.

    Runs of two or more spaces inside a line become one tab (see ``plain``).

    >>> normalise_lines("  Rebels\u00a0took \u201cthe\u201d town.\\r\\nHome   News\\n\\n")
    ['Rebels took "the" town.', 'Home\\tNews']
    """
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").translate(_REPLACE)
    text = _CONTROL.sub("", _DROP.sub("", text))
    lines = [_GAP.sub("\t", line.strip(" \t")) for line in text.split("\n")]
    while lines and not lines[-1]:
        lines.pop()
    return lines


def plain(line: str) -> str:
    """A normalised line with its column gaps (tabs) as single spaces."""
    return line.replace("\t", " ")


def ends_sentence(line: str) -> bool:
    """True when the line ends like a sentence: ``.`` or ``!``, maybe before a quote or bracket."""
    return bool(_BODY_END.search(line))


def hard_wrapped(block: list[str]) -> bool:
    """True for a block of lines cut at a fixed width (e-mail or wire copy)."""
    if len(block) < 3:
        return False
    body = [len(line) for line in block[:-1]]
    return min(body) >= 45 and max(body) <= 100 and max(body) - min(body) <= 30


def wrapped_lines(lines: list[str]) -> set[int]:
    """Indexes of lines that are part of a wrapped paragraph (hard-wrapped, or continued below)."""
    found: set[int] = set()
    block: list[int] = []
    for i, line in enumerate([*lines, ""]):
        if line:
            block.append(i)
            continue
        if hard_wrapped([lines[j] for j in block]):
            found.update(block)
        found.update(j for j, k in zip(block, block[1:]) if _continues(lines[j], lines[k]))
        block = []
    return found


def _continues(previous: str, line: str) -> bool:
    """True when ``line`` carries on the sentence ``previous`` left open."""
    return bool(line) and line[0].islower() and not _SENTENCE_END.search(previous)


def join_paragraphs(lines: list[str], *, line_per_paragraph: bool = False) -> str:
    """Lines joined into paragraphs separated by one blank line.

    Inside a block of non-blank lines, a hard-wrapped block becomes one paragraph
    and a line that starts in lower case after an unfinished line joins it; every
    other line break starts a new paragraph. With ``line_per_paragraph`` (HTML,
    where each line is already a paragraph) lines are never joined.

    >>> join_paragraphs(["Rebels took the", "town on Sunday.", "", "", "", "Q: Why?"])
    'Rebels took the town on Sunday.\\n\\nQ: Why?'
    """
    blocks: list[list[str]] = [[]]
    for line in lines:
        if line:
            blocks[-1].append(line)
        elif blocks[-1]:
            blocks.append([])
    paragraphs: list[str] = []
    blocks = [[plain(line) for line in block] for block in blocks]
    for block in blocks:
        if not block:
            continue
        if line_per_paragraph:
            paragraphs.extend(block)
        elif hard_wrapped(block):
            paragraphs.append(" ".join(block))
        else:
            current = block[0]
            for line in block[1:]:
                if _continues(current, line):
                    current = f"{current} {line}"
                else:
                    paragraphs.append(current)
                    current = line
            paragraphs.append(current)
    return "\n\n".join(paragraphs)
