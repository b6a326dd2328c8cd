"""Lines that carry only metadata: bylines, date lines, "Source: X".

A scraped header mixes the headline, the byline, the date and the reading time on
separate lines or on one line with separators ("By Jane Roe | June 19, 2014 |
3 min read"). Such a line says nothing about the events, so it is read for its
values and left out of the text. A line is metadata only when every part of it
is; anything else in it makes it text.

>>> m = read_meta_line("By Jane Roe | Updated June 20, 2014")
>>> m.author, m.updated
('Jane Roe', datetime.date(2014, 6, 20))
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
from dataclasses import dataclass

from .boilerplate import load_rules
from .dates import DATE_PATTERN, TIME_ZONES, is_undecided, match_date, readings

__all__ = ["MetaLine", "read_meta_line", "clean_name", "AGENCIES"]

#: Agencies and outlets that show up after a byline ("By Jane Roe, Reuters").
AGENCIES = {
    "reuters": "Reuters", "afp": "AFP", "ap": "AP", "associated press": "Associated Press",
    "agence france-presse": "Agence France-Presse", "agence france presse": "Agence France-Presse",
    "anadolu": "Anadolu", "anadolu agency": "Anadolu Agency", "sana": "SANA", "dpa": "dpa",
    "xinhua": "Xinhua", "bloomberg": "Bloomberg", "irna": "IRNA", "kuna": "KUNA", "wam": "WAM", "spa": "SPA",
    "qna": "QNA", "mena": "MENA", "nina": "NINA", "anha": "ANHA", "rudaw": "Rudaw", "tass": "TASS",
    "ria novosti": "RIA Novosti", "sputnik": "Sputnik", "efe": "EFE", "ansa": "ANSA",
}
_ROLES = re.compile(
    r"(?:staff\s+writer|staff\s+reporter|correspondent|reporter|editor|special\s+to\s+.+|contributor"
    r"|in\s+[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?|for\s+.+)$",
    re.IGNORECASE,
)
#: (no split before a year: Radio Dabanga dates its pages "November 12 - 2023 KHARTOUM")
_SEPARATORS = re.compile(r"\t|\s{3,}|\s*[·•]\s*|\s+/\s+|\s+[-–—]\s+(?!(?:19[89]\d|20\d\d)\b)|\s*\|\s*")
_BYLINE = re.compile(
    r"(?:by|por|written\s+by|words\s+by|story\s+by|interview\s+by|interviewed\s+by|author|authors|reporter|posted\s+by"
    r"|(?:additional\s+)?reporting\s+by)\s*:?\s+(?P<rest>.+)",
    re.IGNORECASE,
)
# Bylines that name a desk rather than a person: "By our correspondent in Antakya",
# "By Staff and agencies, Beirut", "Syria Now correspondent in Gaziantep".
_DESK_WORDS = r"(?:correspondents?|staff|reporters?|desk|bureau|agencies|editors?|writers?|team|wires?)"
_DESK = re.compile(rf"(?:[\w'.-]+\s+){{0,4}}{_DESK_WORDS}\b(?:[^.!?\d]{{0,50}})", re.IGNORECASE)
_DESK_LINE = re.compile(
    rf"(?:(?-i:[A-Z])[\w'.-]*\s+){{1,4}}{_DESK_WORDS}(?:\s+(?:in|at)\s+(?-i:[A-Z])[\w'-]+(?:,?\s+(?-i:[A-Z])[\w'-]+)*)?",
    re.IGNORECASE,
)
_IN_PLACE = re.compile(r"(?:,\s*|\s+in\s+)(?-i:[A-Z])[\w'-]+(?:(?:,\s*|\s+and\s+|\s+)(?-i:[A-Z])[\w'-]+)*$")
_SOURCE = re.compile(r"(?:source|outlet)\s*:\s*(?P<name>(?-i:[A-Z])[^.!?:]{1,59})", re.IGNORECASE)
#: a foot line that names who put the page out: a print edition's "Published in The Express Tribune, December
#: 22nd, 2024.", a statement's "Issued by the Ministry of Defence, Nairobi, 3 May 2021"
_NAMED_BY = re.compile(r"\s*(?:(?P<printed>(?:published|printed|appeared)\s+in\s+(?:the\s+print\s+edition\s+of\s+)?)"
                       r"|(?:issued|released|signed)\s+by\s+(?:the\s+)?)(?P<name>(?-i:[A-Z])[^.!?:,]{1,79}?)"
                       r"(?:,\s*(?-i:[A-Z])[\w'’ -]{1,30}?)?(?=,|\s+on\b|\s*$)", re.IGNORECASE)
#: a wire's dateline on a line of its own, before its date: "Antananarivo (AFP) - 4 October 2013"
_PLACE_AGENCY = re.compile(r"(?-i:[A-Z])[\w'’.-]+(?:\s+(?-i:[A-Z])[\w'’.-]+){0,2}\s*\((?P<agency>"
                           + "|".join(re.escape(a) for a in sorted(AGENCIES, key=len, reverse=True)) + r")\)", re.I)
# Case-sensitive: a name is capitalised words and particles, joined by spaces, commas, "and", "&".
_WORD = r"(?:[A-ZÀ-ÖØ-ÞĀ-ſ][\w'.-]*|\d+\.?[a-z][\w'.-]*|(?:al|el)-\w+|(?:al|el|bin|ibn|abu|de|del|van|von|der|da|di|le|la|ul)\b)"
_NAME = re.compile(rf"{_WORD}(?:(?:\s+and\s+|,\s+|\s*&\s*|\s+){_WORD}){{0,11}}")
#: An office or a desk that issues a statement: "Office of the Spokesperson", "Bureau of Public Affairs"
_OFFICE = re.compile(r"[A-Z][\w'.-]*(?:\s+(?:of|the|for|and|on|to|&)){1,2}(?:\s+[A-Z][\w'.-]*){1,3}")
_ZONES = "|".join(TIME_ZONES)
_TIME = re.compile(
    r"\b[0-2]?\d[:.][0-5]\d(?:h|hrs?)(?!\w)|"  # "20:15h", the Spanish way; "07:10hrs", Zimbabwe's
    rf"\b\d{{1,2}}(?:[:.]\d{{2}}){{0,2}}\s*:?(?:[ap]\.?m\.?)?(?:\s*(?:{_ZONES}|et|ist|[+-]\d{{2}}:?\d{{2}})"
    r"(?:[+-]\d{1,2}(?::?\d{2})?)?)?(?![\w+-])"  # "6:48 PM GMT+3"
    rf"|\b(?:{_ZONES})(?:\s?[+-]\d{{1,2}}(?::?\d{{2}})?)?(?![\w+-])"  # ("(UTC +04:00)")
    r"|\(?\b(?:local|(?-i:[A-Z])[a-z]+)\s+time\b\)?"  # "16:10 (Baghdad time)", "14:05 local time"
    r"|\b[0-2]?\d\s?h\s?[0-5]\d\b",  # "13h40", the French way
    re.IGNORECASE,
)
_CLOCK = re.compile(r"[0-2]?\d[:h][0-5]\d\b")
# Words that only label a stamp ("Published", "Last update:", "Issued"), weekdays,
# relative stamps ("2 hours ago", "yesterday") and Hijri dates beside the Gregorian one.
_FILLER = re.compile(
    r"\b(?:first\s+published|last\s+updated?|last\s+modified|published|updated?|modified|posted|issued|released"
    r"|filed|date[d]?(?:\s+of\s+(?:publication|issue|release))?|publication\s+date|release\s+date|on|at|time"
    r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|yesterday|just\s+now"
    # (francophone and Latin American outlets' own: "Jeudi 30 octobre 2014 - 13h40", "Publicado el")
    r"|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|(?:lun|mar|mer|jeu|ven|sam|dim)\.?(?=,)"
    r"|publi[ée]\s+le|mis\s+[àa]\s+jour(?:\s+le)?|modifi[ée]\s+le"
    r"|lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo|publicado(?:\s+(?:el|em))?|actualizado(?:\s+el)?"
    r"|atualizado(?:\s+em)?|à)\b"
    r"|[,;:()/\[\]]",
    re.IGNORECASE,
)
# A relative stamp, read before times so that its number is not taken for an hour: "3 years ago", "an hour ago",
# "about 2 hours ago".
_AGO = re.compile(r"\b(?:(?:about|around|nearly|almost|over|under|some|just|less\s+than|more\s+than)\s+)?(?:\d{1,3}|an?)\s+(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|h|days?|weeks?|months?|years?)\s+ago\b"
                  r"|\bh[áa]\s+\d{1,3}\s+(?:minutos?|horas?|dias?|semanas?|m[eê]s(?:es)?|anos?)\b",  # ("Atualizado há 2 anos")
                  re.IGNORECASE)
# The Hijri date Arab outlets print beside the Gregorian one: "24 Jumada al-Awwal 1437 AH".
_HIJRI = re.compile(
    r"\b\d{1,2}\s+(?:muharram|safar|rabi\w*(?:[\s-]+al)?[\s-]+\w+|jumad[ae]\w*(?:[\s-]+al)?[\s-]+\w+|rajab|sha'?ban"
    r"|rama[dz]h?an|shawwal|dhu?[\s-]*al[\s-]*\w+"
    # the solar Hijri months of Afghan and Iranian releases: "22 Asad 1397 (13 August 2018)"
    r"|hamal|sawr|saur|jawza|saratan|asad|sunbula|mizan|aqrab|qaws|jadi|dalw|hoot|hut"
    r"|farvardin|ordibehesht|khordad|tir|mordad|shahrivar|mehr|aban|azar|dey|bahman|esfand)\s+1[34]\d\d(?:\s*a\.?h\b\.?|\s*h\b)?"
    # Nepal's Bikram Sambat, which Nepali outlets print first: "Jestha 12, 2076 (May 26, 2019)"
    r"|\b(?:baisakh|baishakh|jestha|jeth|asar|ashadh|shrawan|saun|bhadra|bhadau|asoj|ashwin|kartik|mangsir|poush|push"
    r"|magh|falgun|phagun|chaitra|chait)\s+\d{1,2},?\s+20\d\d\b"
    # Thailand's Buddhist Era and Ethiopia's own calendar, printed beside the Gregorian date:
    # "(B.E. 2567)", "(Hidar 12, 2013 E.C.)"
    r"|\bB\.?\s?E\.?\s*2[4-6]\d\d\b|\b2[4-6]\d\d\s*B\.?\s?E\b\.?"
    r"|(?:\b[a-z]+\s+)?\b\d{1,2}(?:\s+[a-z]+)?,?\s+(?:19|20)\d\d\s*E\.\s?C\.",
    re.IGNORECASE,
)
# A line that only gives the page's address: "https://...", "Source: https://...", "URL: ...".
_URL_LINE = re.compile(
    r"(?:(?:(?:(?:source|original|canonical)\s+)?(?:url|link|address)|source|permalink)\s*:?\s*)?(?P<url>https?://\S+)",
    re.IGNORECASE,
)
# A press release's or bulletin's number before its date: "Release No. NR-001-17", "Press Operations Release
# No: NR-126-17", "Release #20140823", "News Release 17-012", "Bulletin No. 412", "Report no. 7".
_RELEASE = re.compile(
    r"(?:(?-i:[A-Z])[\w.]*\s+){0,3}(?:(?:news\s+|press\s+)?release\s*(?:no\.?|number|#)?"
    r"|(?:bulletin|report|statement|issue|briefing|update|communiqu[eé])\s*(?:no\.?|number|#))\s*:?\s*"
    r"(?=[\w-]*\d)(?P<number>[A-Z0-9][\w./-]*)",
    re.IGNORECASE,
)
#: How to reach the writer: an e-mail address or a social-media handle ("jroe@example.org", "@jroe",
#: "Follow Jane on Twitter: @jroe"): beside a byline or a date, it leaves the line metadata.
_CONTACT = re.compile(r"(?:(?:e-?mail|twitter|x)\s*:?\s*)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
                      r"|(?:follow\s+(?:\w+\s+){0,3}on\s+(?:twitter|x)\s*:?\s*)?@\w{2,30}", re.IGNORECASE)
#: The desk's other credits, no author: "Editor: Chen Lin", "Edited by ...", "Photos: ...".
_CREDIT = re.compile(r"(?:editors?|edited\s+by|editing\s+by|photos?(?:\s+by)?|photographer|translated\s+by|translation"
                     r"|compiled\s+by|produced\s+by|producer)\s*:?\s+(?-i:" + _NAME.pattern + ")"
                     r"|editors?\s*:\s*[a-z][\w.-]{1,30}", re.IGNORECASE)  # (a user name: Xinhua's "Editor: mingmei")
#: An outlet named by its web address: "ekathimerini.com | 17.12.2018 | 08:41" (also the header's
#: test of a bare address under a headline)
DOMAIN = re.compile(r"(?:www\.)?[a-z0-9][a-z0-9-]{1,40}(?:\.[a-z]{2,6}){1,2}")
#: The number in an outlet's name: "Kurdistan 24", "France 24", "Channel 4".
_COUNTS = re.compile(r"\d{1,3}(?:,\d{3})*")
_CHANNEL_NUMBER = re.compile(r"(?<=[A-Za-z])\s*\d{1,2}$")  # ("France 24", "Kurdistan24")
#: An outlet's name told with what it is, in lower case: "AKIpress news agency", "Dawn newspaper"
_OUTLET_KIND = re.compile(r"(?<=\w)\s+(?:news\s+)?(?:agency|service|portal|website|newspaper|daily|weekly)$|(?<=\w)\s+news$")
_STAMP = re.compile(r"\b(?:updated?|published|posted|modified|issued|released|ago|yesterday|today)\b", re.IGNORECASE)
_UPDATED = re.compile(r"\b(?:updated?|modified|edited|revised)\b", re.IGNORECASE)


@dataclass(frozen=True)
class MetaLine:
    """The values one metadata line holds."""

    author: str | None = None
    published: dt.date | None = None
    updated: dt.date | None = None
    outlet: str | None = None
    undecided: tuple[dt.date, ...] = ()  # both readings of a date such as 04/03/2016
    url: str | None = None
    release: str | None = None  # a press release's number ("NR-001-17")


def clean_name(name: str) -> str | None:
    """An author or outlet as written, without trailing punctuation; all-caps names title-cased."""
    name = re.sub(r"\s+", " ", name).strip(" ,;:.-–—")
    if not name:
        return None
    return name.title() if name.isupper() and len(name) > 4 else name


def _author(rest: str, *, dated: bool = False) -> tuple[str | None, str | None] | None:
    """(author, agency) from what follows "By", or None when it is not a name.

    A lone lower-case user name ("by admin") counts only on a line that also has a date.
    """
    rest = rest.strip(" ,;.")
    if dated and re.fullmatch(r"[\w.-]{2,30}", rest):
        return rest, None
    agency: str | None = None
    head, _, tail = rest.rpartition(",")
    if head and (tail.strip().lower() in AGENCIES or _ROLES.fullmatch(tail.strip())):
        agency = AGENCIES.get(tail.strip().lower())
        rest = head
    if len(rest.split()) <= 9 and _DESK.fullmatch(rest):
        return clean_name(_IN_PLACE.sub("", rest)), agency
    rest = _IN_PLACE.sub("", rest)
    if len(rest) > 80 or not _NAME.fullmatch(_CHANNEL_NUMBER.sub("", rest.strip())):
        return None
    if re.search(r"\b(?:January|February|March|April|May|June|July|August|September|October|November"
                 r"|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", rest):
        return None
    return clean_name(rest), agency


def _dates(segment: str, order: str | None) -> tuple[list[tuple[list[dt.date], bool]], str]:
    """Every date in a segment (its readings, and "is an update") and what is left without them.

    A date has one reading, or two when its day and month cannot be told apart.
    """
    found: list[tuple[list[dt.date], bool]] = []
    rest, last = [], 0
    for m in DATE_PATTERN.finditer(segment):
        day = match_date(m, order)
        days = [day] if day else readings(m) if is_undecided(m) else []
        if not days:
            continue
        before = segment[last:m.start()]
        wd = _WEEKDAY_BEFORE.search(before) or _WEEKDAY_FIRST.match(m.group(0))
        if len(days) > 1 and wd:  # "Tue, 06/04/2019": the reading that falls on a Tuesday
            days = [d for d in days if d.weekday() == _WEEKDAY_NUMBER[wd.group(1).lower()]] or days
        found.append((days, bool(_UPDATED.search(before))))
        rest.append(before)
        last = m.end()
    rest.append(segment[last:])
    return found, " ".join(rest)


# ("Thursday (6/12/2018)": the weekday and the numeric date in brackets beside it)
_WEEKDAY_BEFORE = re.compile(r"\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s*\(?\s*$", re.I)
_WEEKDAY_FIRST = re.compile(r"(mon|tue|wed|thu|fri|sat|sun)", re.I)
_WEEKDAY_NUMBER = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}


def _unstamp(text: str) -> str:
    """``text`` without times, weekdays, Hijri dates and words like "Published"."""
    return _FILLER.sub(" ", _TIME.sub(" ", _HIJRI.sub(" ", _AGO.sub(" ", text))))


def _is_filler(text: str) -> bool:
    """True when nothing but times, weekdays and words like "Published" is left."""
    return not _unstamp(text).strip(" .-–—")


def _undecorated(line: str) -> str:
    """The line without the emoji and symbols a channel or a newsletter puts around it
    ("🔴 DAILY SUMMARY | Sunday, 4 August 2024", "📅 12.03.2024 ✅")."""
    line = line.strip()
    lo, hi = 0, len(line)
    while lo < hi and (unicodedata.category(line[lo]) in _DECORATION or line[lo].isspace()):
        lo += 1
    while hi > lo and (unicodedata.category(line[hi - 1]) in _DECORATION or line[hi - 1].isspace()):
        hi -= 1
    return _unglued(line[lo:hi])


def _unglued(line: str) -> str:
    """A saved page's stamp whose parts the copy ran together ("June 4, 20195:32 AM UTCUpdated 5 years
    ago"), taken apart: the year from the time, the stamp word from what comes before it."""
    if not _GLUED.search(line):
        return line
    return _GLUED_WORD.sub(" | ", _GLUED_YEAR.sub(r"\1 ", line))


_GLUED_YEAR = re.compile(r"\b((?:19|20)\d\d)(?=\d{1,2}:\d\d\b)")
_GLUED_WORD = re.compile(r"(?<=[\w+])(?=(?:Updated|Published|Posted|Modified)\b)")
_GLUED = re.compile(rf"{_GLUED_YEAR.pattern}|{_GLUED_WORD.pattern}")


_DECORATION = {"So", "Sk", "Cf", "Mn", "Co"}  # symbols (emoji), their joiners and variation selectors


#: A document library's labelled field beside the date: "Format: Situation Report | Source: OCHA | Posted: ..."
_CATALOGUE = re.compile(r"(?:format|content\s+type|document\s+type|type|category|section|language|countr(?:y|ies)|"
                        r"themes?|topics?|regions?|disasters?|tags?|filed\s+under)\s*:\s*[^:|]{1,60}", re.I)

#: "Weekly update", "Horn of Africa brief", "Situation report": a monitor's name for the kind of
#: report beside its date ("Weekly update - 1 April 2022"); metadata only in a segment with the date.
_REPORT_KIND = re.compile(r"(?:[\w'’&-]+\s+){0,4}(?:update|overview|brief|briefing|note|report|monitor|bulletin|digest"
                          r"|round-?up|sitrep|summary|snapshot|dispatch|weekly|monthly)"
                          # and the region or country it covers: "Regional overview: South Asia", "Country note, Turkey"
                          r"(?:\s*[,:]\s*(?:[\w'’&-]+\s*){1,6})?", re.I)


@functools.lru_cache(maxsize=8192)
def read_meta_line(line: str, order: str | None = None) -> MetaLine | None:
    """The values of a metadata-only line, or None when the line is text.

    ``order`` ("dmy" or "mdy") is how the page writes numeric dates, when known.
    A page's top lines are read several times (header, boilerplate, date candidates),
    so answers are kept. A line that reads as text with its runs of spaces taken as
    separators is read once more with them as spaces: "Posted  Tuesday, December 2  2014
    at  12:14" is one date, not three fields.
    """
    found = _read_meta_line(line, order)
    if found is None and "\t" in line.strip():
        found = _read_meta_line(re.sub(r"\t+", " ", line), order)
    return found


def _read_meta_line(line: str, order: str | None) -> MetaLine | None:
    line = _undecorated(line)
    if len(line) > 200 or not line.strip():
        return None
    link = _URL_LINE.fullmatch(line.strip())
    if link:
        return MetaLine(url=link.group("url"))
    author = agency = outlet = None
    published: dt.date | None = None
    updated: dt.date | None = None
    undecided: list[dt.date] = []
    names: list[str] = []
    kind_named = False  # "Weekly update", "Situation report"
    release: str | None = None
    informative = False
    rules = load_rules()
    for segment in (s.strip() for s in _SEPARATORS.split(line) if s.strip()):
        if (wire := _PLACE_AGENCY.fullmatch(segment)) is not None:
            # "Antananarivo (AFP) - 4 October 2013": the town the wire filed from, and the wire
            agency = agency or AGENCIES.get(wire.group("agency").lower())
            continue
        if segment[0] + segment[-1] in ("()", "[]"):
            segment = segment[1:-1].strip() or segment  # "(The Philippine Star) | Updated March 28, 2014"
        if rules.is_boilerplate(segment) or _CONTACT.fullmatch(segment):
            continue  # a caption or credit with its date ("Photo: AFP, 1 March 2016") dates the photo
        found, rest = _dates(segment, order)
        for days, is_update in found:
            if len(days) > 1:
                undecided += days
            elif is_update:
                updated = updated or days[0]
            else:
                published = published or days[0]
        informative = informative or bool(found)
        if _is_filler(rest):  # a date, a time, "Updated": nothing else
            informative = informative or bool(_STAMP.search(rest))
            continue
        if (published or updated or undecided) and _COUNTS.fullmatch(rest.strip()):
            continue  # ("22 April 2019 01:15 pm - 14 - 2,815": the page's comment and view counts)
        if found or _CLOCK.match(rest):  # ("... - 21:15 Por Agência Brasil": the time of the date before)
            rest = _unstamp(rest)
        rest = re.sub(r"\s+", " ", rest).strip(" ,;:-–—")
        byline = _BYLINE.fullmatch(rest)
        source = _SOURCE.fullmatch(rest)
        numbered = _RELEASE.fullmatch(rest)
        if numbered:
            release, informative = release or numbered.group("number"), True
        elif byline and (who := _author(byline.group("rest"), dated=bool(found))):
            author, agency = author or who[0], agency or who[1]
            informative = True
        elif _CREDIT.fullmatch(rest):
            informative = True
        elif _DESK_LINE.fullmatch(rest):
            author, informative = author or clean_name(_IN_PLACE.sub("", rest)), True
        elif source and len(source.group("name").split()) <= 6:
            outlet, informative = outlet or clean_name(source.group("name")), True
        elif found and (named := _NAMED_BY.match(segment)) and (
                rest.startswith("in ") and rest.rstrip(" .").endswith(named.group("name").strip()) if named.group("printed")
                else rest.startswith("by ")):
            outlet, informative = outlet or clean_name(named.group("name")), True
        elif DOMAIN.fullmatch(rest):
            names.append(rest)  # (like a name: metadata only beside a date)
        elif rules.is_boilerplate(rest) or _CATALOGUE.fullmatch(rest):
            continue    # ("Format: Situation Report", "Country: Sudan": a document library's fields)
        elif (_NAME.fullmatch(bare := _OUTLET_KIND.sub("", _CHANNEL_NUMBER.sub("", rest))) and len(rest.split()) <= 4
              or _OFFICE.fullmatch(rest)) and not re.search(r"(?<![\w.])\d+(?![\w.])", bare):  # ("N1 Beograd", "24.kg")
            names.append(rest)  # (a name keeps the line metadata only beside a date)
        elif _REPORT_KIND.fullmatch(rest):
            kind_named = True  # (like a name: metadata only beside a date)
        else:
            return None
    if not informative or ((names or kind_named) and not (author or published or updated)):
        return None
    outlet = outlet or agency or (clean_name(names[0]) if names else None)
    return MetaLine(author, published, updated, outlet, tuple(undecided), release=release)
