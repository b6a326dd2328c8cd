"""The article header: headline, byline, date, dateline and outlet, read from the lines.

Scraped text starts with a header (masthead, headline, byline, date) before the
first paragraph. The header is the first ``HEADER_LINES`` non-blank lines up to the
first line that reads like a paragraph. Its metadata lines are read and removed;
the headline is kept as the title and removed; the dateline ("BEIRUT, Lebanon -")
is recorded and left in the text, since the first sentence begins with it.

>>> h = read_header(["Rebels take Morek", "By Jane Roe", "June 19, 2014", "",
...                  "HAMA, Syria (Reuters) - Rebels took the town on Thursday."])
>>> h.title, h.author, str(h.published), h.dateline, sorted(h.drop)
('Rebels take Morek', 'Jane Roe', '2014-06-19', 'HAMA, Syria (Reuters)', [0, 1, 2])
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass

from .boilerplate import load_rules
from .dates import find_date, month_day, numeric_order, publication_weekday, url_dates, year_after, years_mentioned
from .feed import FEED_STAMPS, entry_stamps, newest_stamp
from .metaline import AGENCIES, DOMAIN, MetaLine, clean_name, read_meta_line
from warmap.nlp.sentences import DATE_FIRST_DATELINE

from .normalise import ends_sentence, plain, wrapped_lines
from .published import ABOVE_HEADLINE, LINE_ONLY, Candidate, best_candidate, candidate, meta_candidates, scan

__all__ = ["Header", "read_header", "outlet_from_footer", "HEADER_LINES"]

#: How many non-blank lines at the top may hold the header.
HEADER_LINES = 12

_DASH = r"\s*(?:[-–—]+|:)\s+"
_AGENCY = r"\((?P<agency>[A-Za-z][\w .'&/-]{1,40})\)"
# ("November 28/2020", "24th January, 2022", and the Hijri date before it: "Safar 15, 1439, November 4, 2017")
_DATE = (
    r"(?:[a-z'-]+(?:\s+[a-z'-]+)?\s+\d{1,2},\s+1[34]\d\d,\s+)?"
    r"(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:(?:,?\s+|/)\d{4})?"
    r"|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:,?\s+\d{4})?)"
)
_CAPS_PLACE = r"[A-Z][A-Z'.-]{2,}(?:\s+[A-Z][A-Z'.-]+){0,3}"
# "BEIRUT, Lebanon -", "BAGHDAD (Reuters) -", "HAMA, Syria, June 3 (AFP) -", "BEIRUT:", "ISTANBUL/BEIRUT (Reuters) -"
_DATELINE_CAPS = re.compile(
    rf"(?P<dl>(?-i:{_CAPS_PLACE}(?:\s*/\s*{_CAPS_PLACE}){{0,2}})"
    r"(?:,\s*(?-i:[A-Z][A-Za-z'.-]+(?:\s+[A-Z][A-Za-z'.-]+){0,2}))?"
    rf"(?:,?\s+(?:{_DATE}))?(?:\s*{_AGENCY})?){_DASH}(?=\S)",
    re.IGNORECASE,
)
# An agency named without brackets, as SANA and others write: "Hama, SANA -".
_BARE_AGENCY = "|".join(sorted((re.escape(name) for name in set(AGENCIES.values())), key=len, reverse=True))
# "Damascus, June 3 (AFP) -", "Beirut (AFP) -", "Hama, SANA -": mixed case needs a date or an agency.
_DATELINE_MIXED = re.compile(
    r"(?P<dl>(?-i:[A-Z][a-z'-]+(?:[\s-][A-Z][a-z'-]+){0,2})"
    rf"(?:,\s*(?-i:(?P<bare>{_BARE_AGENCY}))|,\s*(?-i:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?))?"
    rf"(?:,?\s+(?P<date>{_DATE}))?(?:,\s*(?-i:(?P<bare2>{_BARE_AGENCY})))?(?:\s*{_AGENCY})?)"
    # ("Bogota, Jan 3 (EFE).- ", "Lima, Jan. 10 (ANDINA). ", a press release's "Mogadishu, 5 June 2023: ")
    r"(?:\.?\s*[-–—]+\s+|(?<=\))\.\s+|(?<=\d):\s+(?=(?-i:[A-Z])))(?=\S)",
    re.IGNORECASE,
)
_NAME = r"(?-i:[A-Z][\w&'-]*(?:\.[a-z]{2,4})?)(?:\s+(?-i:(?:[A-Z&][\w&'-]*|of|for|the|and)))*"
_FOOTERS = (
    # "(c) 2014 Levant Dispatch. All rights reserved.", "All content (c) Kurdistan Voices 2014"
    re.compile(
        rf"(?:all\s+content\s+)?(?:copyright\s*)?(?:\(c\)|©|copyright)\s*(?:\d{{4}}(?:\s*[-–]\s*\d{{4}})?)?[\s,.]*"
        rf"(?P<name>{_NAME})(?=\s*(?:$|[.,|©(]|\d|all\s+rights))", re.I,
    ),
    # "Middle East Dispatch (c) 2015", "The Syria Monitor Daily 2014. All rights reserved."
    re.compile(rf"(?P<name>{_NAME})\s*(?:(?:\(c\)|©)\s*\d{{4}}|\d{{4}}\.?\s+all\s+rights\s+reserved)", re.I),
)
_QA = re.compile(r"[QA]\s*[:.)-]\s", re.IGNORECASE)
# A label before the headline: "LIVE | ...", "BREAKING: ...", "UPDATE 2-...", "ANALYSIS - ...".
_LABEL = re.compile(
    r"(?:live(?:\s+updates?|\s+blog)?|breaking(?:\s+news)?|exclusive|update\s*\d*|analysis|explainer|opinion"
    r"|factbox|insight|corrected|refile|watch|video|in\s+pictures|special\s+report|just\s+in)"
    r"\s*(?:[|:]|[-–—](?=\s|[A-Z]))\s*(?=\S)",
    re.IGNORECASE,
)


def unlabel(line: str) -> str:
    """A headline without a label such as "LIVE |" or "UPDATE 2-" in front."""
    return _LABEL.sub("", line, count=1) if _LABEL.match(line) else line


@dataclass(frozen=True)
class Header:
    """What the header says, which lines to leave out of the text (``drop``), and the headline's line."""

    title: str | None = None
    published: dt.date | None = None
    author: str | None = None
    outlet: str | None = None
    dateline: str | None = None
    drop: frozenset[int] = frozenset()
    published_from: str | None = None  # how the date was written (``published.SCORES``)
    title_line: int | None = None
    url: str | None = None


def _is_body(line: str) -> bool:
    """A paragraph, not a header line: it ends like a sentence or is long."""
    return ends_sentence(line) or len(line.split()) > 35 or len(line) > 250


def _is_headline(line: str) -> bool:
    """Reads like a headline: 3 to 30 words, no final period, not a menu, a label or shouting."""
    line = unlabel(line)
    words = line.split()
    alpha = [w for w in words if any(c.isalpha() for c in w)]
    shouting = 2 * sum(w.isupper() and len(w) > 1 for w in alpha) >= len(alpha)
    return (
        3 <= len(words) <= 30 and not _is_body(line) and not line.endswith((":", ",", ";"))
        and not _QA.match(line) and not line.startswith(("-", "*", "•", ">", "»"))
        and "\t" not in line and not re.search(r" [|>»›] ", line) and not shouting  # (nor a breadcrumb: "News > Mena")
    )


def _key(text: str) -> str:
    return re.sub(r"\W+", " ", text).casefold().strip()


def find_dateline(paragraph: str) -> tuple[str, str | None, dt.date | None] | None:
    """(dateline, agency, full date) at the start of a paragraph, or None."""
    first = DATE_FIRST_DATELINE.match(paragraph)
    if first:  # "June 4, 2019 (KHARTOUM) –"
        day = find_date(first.group("date"))
        return f"{first.group('place')}, {first.group('date')}", None, day[0] if day else None
    m = _DATELINE_CAPS.match(paragraph)
    if not m:
        m = _DATELINE_MIXED.match(paragraph)
        glued = m is not None and paragraph.startswith("-", m.end("dl"))  # ("Srinagar- At least 12 people")
        if not m or not (m.group("date") or m.group("agency") or m.group("bare") or m.group("bare2") or glued):
            return None
    dateline = m.group("dl").strip(" ,")
    agency = m.group("agency") or m.groupdict().get("bare") or m.groupdict().get("bare2")
    day = find_date(dateline)
    return dateline, agency.strip() if agency else None, day[0] if day else None


def outlet_from_footer(lines: list[str]) -> str | None:
    """The outlet named in a copyright footer ("(c) 2014 Levant Dispatch. All rights reserved.")."""
    for line in reversed(lines):
        if len(line) > 300:
            continue
        for pattern in _FOOTERS:
            m = pattern.match(plain(line))
            if not m:
                continue
            name = re.sub(r"\s+(?:Inc|Ltd|LLC|Limited|All|Corp)\.?$", "", m.group("name")).strip(" .")
            if name and name.lower() not in {"all", "the", "copyright"}:
                return clean_name(name)
    return None


def find_masthead(raw: list[str], stripped: list[str]) -> tuple[int, str] | None:
    """(index, outlet) of a masthead: the first line, a short name above a menu or named again later.

    ``raw`` are the lines before boilerplate removal, ``stripped`` after (same indexes).
    """
    first = next((i for i, line in enumerate(raw) if line), None)
    if first is None:
        return None
    name = re.split(r"\t|\s+[|>»›–—-]\s+", raw[first])[0].strip()
    words = name.split()
    if not 2 <= len(words) <= 5 or any(c.isdigit() for c in name) or re.search(r"[.!?,:;]$", name):
        return None
    if not (name.istitle() or name.isupper() or all(w[0].isupper() or w in {"of", "the", "and"} for w in words)):
        return None
    name = clean_name(name) or ""
    named_again = name in "\n".join(raw[first + 1:])
    if not stripped[first]:  # a menu line: its first item may be the site's name
        return (first, name) if named_again else None
    after = next((i for i in range(first + 1, len(raw)) if raw[i]), None)
    above_menu = after is not None and not stripped[after]
    return (first, name) if above_menu or named_again else None


#: a dateline's closing dash at the end of its line
_DASH_END = re.compile(r"\s[-–—]+\s*$")
_FOOT_STAMP = re.compile(r"(?:published|posted|updated|first published|issued|released)\b", re.I)


def _with_foot_stamps(lines: list[str], raw: list[str]) -> list[str]:
    """``lines`` with the page's stamp lines that follow its last text line and nothing else
    (not a related story's "Posted on March 1" under a link list)."""
    last = max((i for i, line in enumerate(lines) if line), default=-1)
    out = list(lines)
    for i in range(last + 1, len(raw)):
        if raw[i] and not _FOOT_STAMP.match(raw[i]):
            break
        out[i] = raw[i]
    return out


#: A page's kind, not its outlet: "Press Statement", "Transcript", "Daily Update".
_LABEL_WORDS = frozenset({"statement", "transcript", "release", "briefing", "update", "report", "bulletin",
                          "communique", "communiqué", "news", "analysis", "opinion", "editorial", "summary"})


def _outlet_between(lines: list[str], candidates: list[int], title_index: int | None,
                    metas: list[tuple[int, MetaLine]]) -> int | None:
    """Index of a bare name on the line between the headline and the date line ("Al Jazeera",
    "The Daily Star"): the outlet or a byline without "By", never story text, and a place it
    may sound like ("Al Jazeera" is also a Syrian province) must not be read from it."""
    if title_index is None:
        return None
    dated = [i for i, m in metas if m.published or m.updated]
    for i in candidates:
        if not title_index < i < min(dated, default=-1):
            continue
        words = lines[i].split()
        if 1 <= len(words) <= 5 and not any(c.isdigit() for c in lines[i]) and not _is_body(lines[i]) \
                and not lines[i].rstrip().endswith((".", ":", ",", ";", "?", "!")) \
                and all(w[0].isupper() or w in {"of", "the", "and", "al", "el"} for w in words):
            return i
    return None


def _choose_title(lines: list[str], candidates: list[int], given: str | None) -> int | None:
    """Index of the headline line: the one equal to ``given``, or the first that reads like one."""
    if given:
        keys = {_key(given), _key(re.split(r"\s+[|–—-]\s+", given)[0])}
        return next((i for i in candidates if {_key(lines[i]), _key(unlabel(lines[i]))} & keys), None)
    return next((i for i in candidates if _is_headline(lines[i])), None)


def _dateline_day(dateline: str, near: list[dt.date], url_month: tuple[int, int] | None) -> dt.date | None:
    """The dateline's month and day ("BEIRUT, March 3") in the year another date on the page gives.

    ``near`` are dates written on or up to a month after the dateline (update stamps,
    both readings of 04/03/2016); ``url_month`` is the year and month in the address.
    A year alone, such as a copyright year, is not enough.
    """
    md = month_day(dateline)
    if md is None:
        return None
    for ref in near:
        for year in (ref.year, ref.year - 1):
            day = _valid_date(year, *md)
            if day and -1 <= (ref - day).days <= 31:
                return day
    if url_month and url_month[1] == md[0]:
        return _valid_date(url_month[0], *md)
    return None


def _valid_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _header_candidates(metas: list[tuple[int, MetaLine]], dateline: tuple[str, str | None, dt.date | None] | None,
                       body: int | None, url: str | None, story: str = "") -> list[Candidate]:
    """Candidates from the header's own lines, its dateline and the page's address."""
    url_day, url_month = url_dates(url)
    near = [d for _, m in metas for d in (m.updated, *m.undecided) if d]
    found = [c for i, m in metas for c in meta_candidates(m, i, below_text=body is not None and i > body)]
    if dateline and dateline[2]:
        found.append(candidate(dateline[2], "dateline", body))
    if url_day:
        found.append(candidate(url_day, "address"))
    day = _dateline_day(dateline[0], near, url_month) if dateline else None
    if day:
        found.append(candidate(day, "dateline with the year of another date", body))
    elif dateline and not dateline[2] and story:
        day = _dateline_by_weekday(dateline[0], story)
        if day:
            found.append(candidate(day, "dateline, year from the story's weekdays", body))
    return found


#: A page's copyright line: "© 2019 Reuters", "Copyright 2023 The Associated Press"
COPYRIGHT = re.compile(r"(?:©|\(c\)|\bCopyright)\s*(?:©\s*)?(?:19|20)\d\d\b", re.I)


def _dateline_by_weekday(dateline: str, story: str) -> dt.date | None:
    """ "BEIRUT, Jan 30 (Reuters) -" with no other date on the page: the first year, from the
    latest the story names, in which that day is the weekday it was filed on
    (``publication_weekday``: "said on Monday"). A story that names no year stays undated."""
    md = month_day(dateline)
    weekday = publication_weekday(story) if md else None
    if md is None or weekday is None:
        return None
    today = dt.date.today()
    years = [y for y in years_mentioned(story) if y <= today.year]
    named = [d for d, _a, _b in _full_dates(story, None) if d <= today]
    year = year_after(weekday, *md, years, today.year, max(named, default=None))
    return _valid_date(year, *md) if year else None


def _numeric_read_by_text(metas: list[tuple[int, MetaLine]], lines: list[str], order: str | None) -> list[Candidate]:
    """A numeric stamp that reads both ways ("03/01/2021"), on a page that says nothing else of
    the order: the reading that falls on or soonest after a full date the text gives ("on
    Saturday 2 January 2021" makes it 3 January, not 1 March). A report is written after what
    it reports, and soon after."""
    out = []
    for i, meta in metas:
        if meta.published or len(meta.undecided) != 2:
            continue
        told = [d for line in lines[i + 1:i + 40] if line for d, _a, _b in _full_dates(line, order)]
        if not told:  # ("late on March 7": a month and day alone, in the year the stamp gives)
            days = [md for line in lines[i + 1:i + 10] if line and (md := month_day(line))]
            told = [d for r in meta.undecided for m, day in days if (d := _valid_date(r.year, m, day)) is not None]
        after = [(min((r - d).days for d in told if r >= d), r) for r in meta.undecided if any(r >= d for d in told)]
        if after and min(after)[0] <= 31:
            out.append(candidate(min(after)[1], "numeric date read after the text's dates", i))
    return out


#: How many lines under the story's last sentence are read for its date.
_FOOT_LINES = 8
#: A signature line: a name or an office, in capitals or with each word capitalised
#: ("BRIG ZIPPORAH KIOKO", "Spokesman of the Islamic Emirate"); a related story's headline
#: ("Jets pound camps") is not one.
_SIGNATURE = re.compile(r"(?:(?-i:[A-Z])[\w.'’:-]*|of|the|for|and|to|on)(?:\s+(?:(?-i:[A-Z])[\w.'’:-]*|of|the|for|and|to|on)){0,7}")
#: How many signature lines may stand between the story's last sentence and its date.
_SIGNATURE_LINES = 6


#: A wiki's stamp at the page's foot: "This page was last edited on 14 February 2024, at 03:12 (UTC)."
_EDITED = re.compile(r"\s*This\s+page\s+was\s+last\s+(?:edited|modified)\s+on\s+", re.I)


def _edited_on(lines: list[str], order: str | None) -> list[Candidate]:
    """The day a wiki page's saved version was last edited (its foot says so): the page's date, when
    nothing above dates it (a timeline's own dates are its entries')."""
    told = [line for line in lines if line.strip()][-_FOOT_LINES:]
    for line in told:
        if (m := _EDITED.match(line)) is not None and (hit := find_date(line[m.end():], order)) is not None \
                and hit[1] == 0:
            return [candidate(hit[0], "last edited at the foot")]
    return []


def _foot_date(lines: list[str], order: str | None) -> list[Candidate]:
    """A date on a line of its own right under the story's last sentence ("February/19/2016" as some
    outlets print it, "Lima, March 18, 2023" above a press release's signature, hashtags or related
    links; ``lines`` are the page's before boilerplate was stripped): the page's, when nothing above
    dates it (its score is below every header's). Not a timeline's last entry, whose dated lines each
    head a line of text, nor a related story's under its headline: the line above must end the story's
    last sentence, and no sentence may follow."""
    told = [line.strip() for line in lines if line.strip()]
    rules = load_rules()
    for j in range(len(told) - 1, max(0, len(told) - 1 - _FOOT_LINES), -1):
        meta = read_meta_line(told[j], order) if len(told[j]) < 60 else None
        if not (meta and meta.published and not meta.author):
            if ends_sentence(told[j]) and not rules.is_boilerplate(told[j]):
                return []  # a sentence: of the story, or of a timeline's last entry under its date
            continue
        above = j - 1
        while above > 0 and j - above <= _SIGNATURE_LINES and not ends_sentence(told[above]) \
                and _SIGNATURE.fullmatch(told[above].rstrip(",")) \
                and not rules.is_boilerplate(told[above]):  # ("Related", "More stories": a link list's label)
            above -= 1  # the signer's name and office between the last sentence and the date
        if ends_sentence(told[above]):
            return [candidate(meta.published, "date line at the foot")]
    return []


def _full_dates(line: str, order: str | None) -> list[tuple[dt.date, int, int]]:
    """Every full date written in ``line`` (``find_date`` one after another)."""
    out, at = [], 0
    while (hit := find_date(line[at:], order)) is not None:
        out.append((hit[0], at + hit[1], at + hit[2]))
        at += hit[2]
    return out


def read_header(lines: list[str], *, title: str | None = None, url: str | None = None,
                footer: list[str] = ()) -> Header:
    """Read the header of ``lines`` (blank lines as ``""``); ``title`` and ``url`` are already known;
    ``footer`` is the page's lines before boilerplate was stripped (a copyright year in them counts)."""
    order = numeric_order("\n".join(lines))
    top = [i for i, line in enumerate(lines) if line][:HEADER_LINES]
    drop: set[int] = set()
    metas: list[tuple[int, MetaLine]] = []
    candidates: list[int] = []
    body: int | None = None
    head = lines[: top[-1] + 2] if top else []
    # (a site's bare address under the headline, "republicoftogo.com", is no wrapped line of the text)
    wrapped = wrapped_lines(["" if read_meta_line(line) or DOMAIN.fullmatch(line.strip()) else line for line in head])
    own_line: tuple[int, tuple[str, str | None, dt.date | None]] | None = None
    # a feed's stamp lines ("[27.09.2020 08:41]") stay in the text: each dates its entry
    stamps = entry_stamps(lines, order)
    kept = frozenset(i for i, _ in stamps) if len(stamps) >= FEED_STAMPS else frozenset()
    for i in top:
        meta = read_meta_line(lines[i], order)
        if meta and own_line is None and _DASH_END.search(lines[i]) \
                and (alone := find_dateline(lines[i].rstrip() + " X")) is not None and alone[2] is not None:
            # "Addis Abeba, June 23/2018 –", "June 4, 2019 (KHARTOUM) –" on a line of its own: a dateline,
            # not an outlet; it stays in the text, where its town is the story's when the text names no other
            # (" X" stands for the text the dateline grammar wants after its dash)
            metas.append((i, dataclasses.replace(meta, outlet=None)))
            own_line = (i, alone)
        elif meta:
            metas.append((i, meta))
            if i not in kept:
                drop.add(i)
        elif i in wrapped or _is_body(lines[i]):
            body = i
            break
        else:
            candidates.append(i)
    # An explicit "Published ..." line further down still dates the article, also the stamps right
    # under the story that boilerplate rules took for a link list ("Published: March 07, 2024, 06:02 AM")
    for i, line in enumerate(lines if len(footer) != len(lines) else _with_foot_stamps(lines, footer)):
        if i not in drop and i not in kept and (body is None or i > body) and _FOOT_STAMP.match(line):
            meta = read_meta_line(line, order)
            if meta and (meta.published or meta.updated):
                metas.append((i, meta))
                drop.add(i)
    # A link alone on a line is never text; only one above the first paragraph is the page's address.
    drop.update(i for i in top if (meta := read_meta_line(lines[i])) and meta.url)
    title_index = _choose_title(lines, candidates, title)
    found_title = title
    if title_index is not None:
        found_title = title or plain(unlabel(lines[title_index]))
        # Everything above the headline that is not a paragraph is masthead, menu or kicker.
        drop.update(i for i in candidates if i <= title_index)
        if all(i in drop for i, line in enumerate(lines) if line):
            drop.discard(title_index)  # a one-line text is text, not only a title
    dateline = find_dateline(lines[body]) if body is not None else None
    dateline = dateline or (own_line[1] if own_line else None)
    named = _outlet_between(lines, candidates, title_index, metas)
    if named is not None:
        drop.add(named)
    url = url or next((m.url for _, m in metas if m.url), None)
    # (the story's first lines, read only for a dateline with no year: "BEIRUT, Jan 30 (Reuters) -")
    story = "\n".join(lines[body:body + 60]) if body is not None and dateline and not dateline[2] else ""
    if story and footer:  # ("© 2019 Reuters" in the page's footer: the year the page was made)
        story += "\n" + "\n".join(m.group(0) for line in footer if (m := COPYRIGHT.search(line)))
    found = [*_header_candidates(metas, dateline, body, url, story),
             *scan(lines, order=order, body=body, skip=frozenset(i for i, _ in metas)),
             *_numeric_read_by_text(metas, lines, order), *_foot_date(list(footer) or lines, order),
             *_edited_on(list(footer) or lines, order)]
    if title_index is not None:  # a date above the headline may be the site's "today": one below it wins a tie
        found = [dataclasses.replace(c, score=c.score - ABOVE_HEADLINE) if c.line is not None and c.line < title_index
                 else c for c in found]
    best = best_candidate(found)
    if best is not None and best.line is not None and best.how in LINE_ONLY and not (own_line and best.line == own_line[0]) \
            and best.line not in kept:
        drop.add(best.line)  # a date line below the standfirst is no text either
    newest = newest_stamp(stamps, best.day if best else None) if kept else None
    if newest is not None:  # (a channel's export, oldest post first, is out on its newest post's day)
        best = Candidate(newest, "newest entry stamp")
    outlet = next((m.outlet for _, m in metas if m.outlet), None) or (  # (not a label: "Transcript")
        clean_name(lines[named]) if named is not None and len(lines[named].split()) > 1
        and lines[named].split()[-1].lower() not in _LABEL_WORDS else None)
    if not outlet and dateline and dateline[1]:
        outlet = AGENCIES.get(dateline[1].lower(), dateline[1])
    return Header(
        title=found_title.strip() if found_title else None,
        published=best.day if best else None,
        published_from=best.how if best else None,
        author=next((m.author for _, m in metas if m.author), None),
        outlet=outlet,
        dateline=dateline[0] if dateline else None,
        drop=frozenset(drop),
        title_line=title_index,
        url=url,
    )
