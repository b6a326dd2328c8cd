"""The publication date of a plain-text page: every candidate at the top, scored.

Saved pages put the date wherever their layout does: under the headline, after a
standfirst, a "4 min read" line, a photo caption or a topics list, in a press
release's number line ("Release No. NR-001-17 January 05, 2017"), in the dateline
("WASHINGTON, Jan. 19, 2017 -"), before a teaser ("March 3, 2016<gap>Government
forces pushed ..."), and often twice. So every line of the top of the page
(``TOP_LINES`` non-blank lines) is read, each date found becomes a ``Candidate`` with
a score for how it is written, and the best one wins; on a tie the one nearer the
headline. A date inside a sentence is an event's date, not the page's, and so is
any date below more than two paragraphs (a timeline's): they score below
``THRESHOLD`` and never date the page. A stamp with a weekday and no year
("Tuesday, March 4") takes the year in which that day is that weekday, nearest the
years the page mentions; a wire dateline with no year ("BEIRUT, Jan 30 (Reuters) -") on a page
that gives no other date takes the first year, from the last one the story names, in which Jan 30
is the weekday the story was filed on ("said on Wednesday"; ``dates.publication_weekday``).

>>> lines = ["Rebels take Morek", "Fighters entered the town at dawn, activists said.", "",
...          "4 min read", "June 19, 2014", "", "Rebels took Morek on Thursday."]
>>> found = best_candidate(scan(lines))
>>> str(found.day), found.how, found.line
('2014-06-19', 'date line below the first paragraph', 4)
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from .dates import DATE_PATTERN, full_dates, match_date, week_end, weekday_date, year_for_weekday, years_mentioned
from .metaline import MetaLine, read_meta_line
from .normalise import ends_sentence

__all__ = ["Candidate", "scan", "best_candidate", "THRESHOLD", "TOP_LINES", "SCORES", "LINE_ONLY", "ABOVE_HEADLINE"]

#: How many non-blank lines from the top are read for dates.
TOP_LINES = 40
#: The lowest score that dates a page.
THRESHOLD = 50
#: Score of each way a date is written (``Candidate.how``), highest first.
SCORES = {
    "release line": 100,           # "Release No. NR-001-17 January 05, 2017"
    "date line": 100,              # a date (with a byline, a time, "Published") alone on a line, above the text
    "newest entry stamp": 100,     # a feed's or a live page's newest "[27.09.2020 08:41]" (``feed.newest_stamp``)
    "dateline": 95,                # "WASHINGTON, Jan. 19, 2017 -" at the start of the first paragraph
    "address": 90,                 # /2016/03/03/ in the page's URL
    "dateline with the year of another date": 85,  # "BEIRUT, March 3 (Reuters) -" and "Updated March 4, 2016"
    "date line below the first paragraph": 80,     # after a standfirst, a caption, a "4 min read" line
    "dateline of a later paragraph": 72,
    "report cut-off": 75,          # "Operational information as of 06:00, 17.08.2023" in a heading
    "teaser": 70,                  # "March 3, 2016<gap>Government forces pushed ..."
    "labelled date in a line": 68,  # "Week of 8-14 December 2018 (published 18 December 2018)"
    "update stamp": 60,
    "date line at the foot": 57,   # "February/19/2016" alone on the page's last line, under its last sentence
    "last edited at the foot": 56,  # a wiki page's "This page was last edited on 14 February 2024, at 03:12 (UTC)."
    "week line": 58,               # "Week of 13-19 February 2010" alone on a line: the week's last day            # "Updated: 4 March 2016", when nothing else dates the page
    "weekday, year from the text": 55,  # "Tuesday, March 4" in a page that mentions 2014
    # "BEIRUT, Jan 30 (Reuters) -" alone: the year in which Jan 30 is the weekday the story was
    # filed on ("said on Wednesday"), from the last year it names
    "dateline, year from the story's weekdays": 52,
    "numeric date read after the text's dates": 55,  # "03/01/2021" over a report of "Saturday 2 January 2021"
    # "Iraqi forces patrol a street in Fallujah, Iraq, June 30, 2016.": a photo caption's day, when the
    # page has no other date (a photo is mostly of the day; an old one says "FILE")
    "photo caption": 51,
    "date in a sentence": 10,      # an event's date: never the page's
    "date deep in the text": 10,   # any date below more than ``PARAGRAPHS_ABOVE`` paragraphs: a timeline's, a list's
}
#: Taken off a date above the headline: a saved page's masthead often shows the day it was saved.
ABOVE_HEADLINE = 3
#: How many paragraphs (a standfirst, a caption) may stand above a date that dates the page.
PARAGRAPHS_ABOVE = 2
#: Ways of writing a date that fill a line of their own: the line is no text.
LINE_ONLY = frozenset({"release line", "date line", "date line below the first paragraph", "update stamp", "week line",
                       "date line at the foot",
                       "weekday, year from the text", "labelled date in a line"})
#: Added to each candidate whose day another candidate also gives.
AGREEMENT = 5


@dataclass(frozen=True)
class Candidate:
    """One date that may be the page's publication date, and how it was written."""

    day: dt.date
    how: str
    line: int | None = None
    score: int = 0


#: "(published 18 December 2018)", "posted on 3 March 2016": the page's own date, named as such, inside a line
_LABEL_BEFORE = re.compile(r"\b(?:published|posted|first\s+published|released|issued)(?:\s+on)?\s*:?\s*$", re.I)


def candidate(day: dt.date, how: str, line: int | None = None) -> Candidate:
    """A ``Candidate`` scored by how it was written (``SCORES``)."""
    return Candidate(day, how, line, SCORES[how])


def best_candidate(candidates: Iterable[Candidate]) -> Candidate | None:
    """The candidate with the highest score (plus agreement), the earliest on a tie;
    None when none reaches ``THRESHOLD``."""
    found = list(candidates)
    counts: dict[dt.date, set[str | int | None]] = {}
    for c in found:
        counts.setdefault(c.day, set()).add(c.line if c.line is not None else c.how)
    ranked = [(c.score + (AGREEMENT if len(counts[c.day]) > 1 else 0), c) for c in found if c.score >= THRESHOLD]
    if not ranked:
        return None
    _, best = min(ranked, key=lambda r: (-r[0], r[1].line if r[1].line is not None else -1))
    return best


def meta_candidates(meta: MetaLine, line: int, *, below_text: bool) -> Iterator[Candidate]:
    """The dates of one metadata line: its publication date, or else its update stamp."""
    if meta.published:
        how = "release line" if meta.release else "date line below the first paragraph" if below_text else "date line"
        yield candidate(meta.published, how, line)
    elif meta.updated:
        yield candidate(meta.updated, "update stamp", line)


_TEASER_GAP = re.compile(r"\s*(?:\t|[|\u2013\u2014]|\s-\s)\s*")


def _teaser(line: str) -> dt.date | None:
    """The date that opens a teaser line: "March 3, 2016<gap>Government forces pushed ..."."""
    m = DATE_PATTERN.match(line)
    if not m or not _TEASER_GAP.match(line, m.end()):
        return None
    rest = line[_TEASER_GAP.match(line, m.end()).end():]  # type: ignore[union-attr]
    return match_date(m) if len(rest.split()) >= 4 else None


#: A situation report's heading gives the day its figures run to: "Operational information as of
#: 06:00, 17.08.2023", "Situation update as at 17 August 2023".
_AS_OF = re.compile(r"\bas\s+(?:of|at)\s+(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:\(?[a-z]{2,5}\)?\s*)?,?\s*)?(?:on\s+)?$",
                    re.IGNORECASE)


#: a caption ends on the place and the day: "..., in central Fallujah, Iraq, June 30, 2016."
_CAPTION_PLACE = re.compile(r",\s+(?-i:[A-Z])[\w'’.-]+(?:\s+(?-i:[A-Z])[\w'’.-]+){0,2},\s+$")
_CAPTION_END = re.compile(r"\.?\s*(?:\((?:AP|AFP|Reuters|REUTERS)[^)]*\))?\s*")
_FILE_PHOTO = re.compile(r"\s*(?:FILE\b|File photo\b)")


def scan(lines: list[str], *, order: str | None = None, body: int | None = None,
         skip: frozenset[int] = frozenset()) -> list[Candidate]:
    """Candidates from the top ``TOP_LINES`` non-blank lines (lines in ``skip`` are
    already read). ``body`` is the index of the first paragraph, when known."""
    from .header import find_dateline  # the dateline grammar lives with the header

    top = [i for i, line in enumerate(lines) if line][:TOP_LINES]
    years: list[int] | None = None
    out: list[Candidate] = []
    paragraphs = 0  # paragraph-like lines above the line read
    for i in top:
        line = lines[i]
        above, paragraphs = paragraphs, paragraphs + (ends_sentence(line) or len(line) > 250)
        if i in skip:
            continue
        if above > PARAGRAPHS_ABOVE:
            out += [candidate(day, "date deep in the text", i) for m in full_dates(line)
                    if (day := match_date(m, order))]
            continue
        day = week_end(line) if above == 0 else None
        if day is not None:  # "Week of 13-19 February 2010": a weekly report, out when its week ends
            out.append(candidate(day, "week line", i))
            continue
        if next(full_dates(line), None) is None:  # only a weekday stamp can date a line with no full date
            stamp = weekday_date(line)
            if stamp:
                if years is None:
                    years = years_mentioned("\n".join(lines))
                year = year_for_weekday(*stamp, years)
                if year is not None:
                    out.append(candidate(dt.date(year, stamp[1], stamp[2]), "weekday, year from the text", i))
            continue
        below = body is not None and i > body or body is None and above > 0
        meta = read_meta_line(line, order)
        if meta:
            out += meta_candidates(meta, i, below_text=below)
            continue
        dateline = find_dateline(line)
        if dateline and dateline[2]:
            out.append(candidate(dateline[2], "dateline" if i == body else "dateline of a later paragraph", i))
            continue
        teaser = _teaser(line)
        if teaser:
            out.append(candidate(teaser, "teaser", i))
            continue
        heading = above == 0 and not ends_sentence(line)
        for m in full_dates(line):
            day = match_date(m, order)
            if day:
                cut_off = heading and _AS_OF.search(line, 0, m.start()) is not None
                caption = _CAPTION_PLACE.search(line, 0, m.start()) and _CAPTION_END.fullmatch(line, m.end()) \
                    and not _FILE_PHOTO.match(line)
                labelled = above == 0 and not ends_sentence(line) and len(line) < 120 \
                    and _LABEL_BEFORE.search(line, max(0, m.start() - 24), m.start()) is not None
                out.append(candidate(day, "report cut-off" if cut_off else "photo caption" if caption
                                     else "labelled date in a line" if labelled else "date in a sentence", i))
    return out
