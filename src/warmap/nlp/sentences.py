"""A fast rule-based sentence splitter for news prose.

spaCy's parser gives better boundaries but costs ~200x the time; warmap only parses
sentences that can hold an event, so it needs boundaries for the whole text first.
Abbreviations common in news ("Gen.", "U.S.", "Jan.") do not end a sentence;
paragraph breaks always do. A "sentence" longer than ``MAX_SENTENCE`` characters (a
text with no sentence ends, a table flattened into one line) is cut into chunks of at
most that length at a clause break or a space, so no later step (parsing, role finding)
ever works on an unbounded span.
"""

from __future__ import annotations

import re

__all__ = ["split_sentences", "sentence_start", "dateline_spans", "dated_dateline", "MAX_SENTENCE"]

#: The longest span handed on as one sentence, in characters (news sentences run to ~300).
MAX_SENTENCE = 1000

_ABBREVIATIONS = frozenset(
    """mr mrs ms dr gen lt col maj capt sgt brig adm cmdr gov sen rep rev st mt ft
    jan feb mar apr jun jul aug sep sept oct nov dec no vs etc al inc corp co ltd jr sr
    u.s u.n u.k e.g i.e approx est""".split()
)

# A candidate end: . ! or ? (optionally followed by closing quotes/brackets and footnote marks,
# "killing three people.[5]" as analysts' and wiki pages cite), then space.
_END = re.compile(r"[.!?][\"'\u201d\u2019)\]]*(?:\[\d{1,3}\])*(?=\s+)")
# (and a bullet inside a line: a page's summary points run together when the lines were joined)
_PARAGRAPH = re.compile(r"\n\s*\n|\n(?=\s*(?:[-*\u2022]|Q:|A:|[A-Z][A-Za-z .'-]{0,40}:\s))|[ \t]+(?=\u2022[ \t])")


def _is_abbreviation(text: str, dot: int) -> bool:
    start = dot
    while start > 0 and (text[start - 1].isalpha() or text[start - 1] == "."):
        start -= 1
    word = text[start:dot].lower()
    if not word:
        return False
    if word in _ABBREVIATIONS:
        return True
    # Single capital initials ("J. Smith") and dotted acronyms ("U.S.").
    return len(word) == 1 or ("." in word and len(word) <= 5)


def _split_block(text: str, start: int, end: int, out: list[tuple[int, int]]) -> None:
    pos = start
    for m in _END.finditer(text, start, end):
        stop = m.end()
        if text[m.start()] == "." and _is_abbreviation(text, m.start()):
            continue
        nxt = stop
        while nxt < end and text[nxt].isspace():
            nxt += 1
        # A sentence goes on when the next word starts lowercase ("... Gen. al-...").
        if nxt < end and text[nxt].islower() and text[m.start()] == ".":
            continue
        _emit(text, pos, stop, out)
        pos = stop
    _emit(text, pos, end, out)


def _emit(text: str, start: int, end: int, out: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while end - start > MAX_SENTENCE:
        cut = _chunk_end(text, start, start + MAX_SENTENCE)
        _emit(text, start, cut, out)
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        out.append((start, end))


_CLAUSE_BREAKS = ("; ", ": ", ", ", " ")


def _chunk_end(text: str, start: int, limit: int) -> int:
    """Where to cut an over-long span that must end by ``limit``: after the last clause
    break (then the last space) in the second half of the window, else at ``limit``."""
    for mark in _CLAUSE_BREAKS:
        at = text.rfind(mark, start + MAX_SENTENCE // 2, limit)
        if at >= 0:
            return at + len(mark.rstrip())
    return limit


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Character spans ``(start, end)`` of the sentences in ``text``.

    >>> t = "ISIS took al-Qaim on Saturday. Gen. Smith said so.\\n\\nNew paragraph"
    >>> [t[s:e] for s, e in split_sentences(t)]
    ['ISIS took al-Qaim on Saturday.', 'Gen. Smith said so.', 'New paragraph']
    """
    spans: list[tuple[int, int]] = []
    pos = 0
    for m in _PARAGRAPH.finditer(text):
        _split_block(text, pos, m.start(), spans)
        pos = m.end()
    _split_block(text, pos, len(text), spans)
    return spans


# "BEIRUT, Lebanon –", "ERBIL, Iraq (Reuters) -", "Damascus, June 3 (AFP) —", "BAGHDAD -",
# "OUAGADOUGOU, 5 June 2021 -", "NAY PYI TAW, 5 Jan -", "MOGADISHU, January 17 (SONNA) -",
# "Riyadh, Rabi Al-Awwal 03, 1443, October 09, 2021, SPA --", "QUETTA: ", "ERBIL (Kurdistan 24) –",
# "Beledweyne (HOL) -", "Kabul (Pajhwok): ": a city in capitals, or in title case when a date or an agency follows it.
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
_DL_DATE = rf"(?:{_MONTH}[ ]\d{{1,2}}(?:,[ ]\d{{4}}|/\d{{4}})?|\d{{1,2}}[ ]{_MONTH}(?:[ ]\d{{4}})?|\d{{4}}-\d{{2}}-\d{{2}})"  # (ENA's "December 1/2021")
_DL_HIJRI = r"(?:[A-Z][A-Za-z'-]+(?:[ ][A-Z][A-Za-z'-]+)?[ ]\d{1,2},[ ]1[34]\d\d,[ ])"  # "Rabi Al-Awwal 03, 1443, "
_DL_AGENCY = r"(?:[ ]\([A-Za-z0-9 .]{2,20}\)|,[ ][A-Z]{2,6}\b)"  # (Reuters), (Kurdistan 24), (HOL), ", SPA"
_DATELINE = re.compile(
    rf"""(?:^|(?<=\n))[ \t]*
    (?:[A-Z\u00c0-\u00de\u015e\u011e\u0130][A-Z\u00c0-\u00de\u015e\u011e\u0130'.\-]+
       (?:[ ][A-Z\u00c0-\u00de\u015e\u011e\u0130][A-Z\u00c0-\u00de\u015e\u011e\u0130'.\-]+){{0,3}}  # BEIRUT, DEIR EZ-ZOR, QAMIŞLO
       (?:/[A-Z\u00c0-\u00de\u015e\u011e\u0130][A-Z\u00c0-\u00de\u015e\u011e\u0130'.\-]+){{0,2}}  # BEIRUT/ANKARA
      |[A-Z][a-z\u00df-\u00ff]+(?:[ ][A-Z][a-z\u00df-\u00ff]+)?(?=(?:,[ ][A-Z][A-Za-z.]+)?,[ ](?:{_DL_HIJRI}?{_DL_DATE})
                                      |[^\n]{{0,40}}\((?:AP|AFP|Reuters|Reuters\sTV|UPI|dpa|ANSA|Xinhua)\)
                                      |[ ]\([A-Za-z0-9 .]{{2,20}}\)[ ]?(?:[-\u2013\u2014]|:[ ])  # Beledweyne (HOL) -
                                      |,[ ][A-Z][A-Za-z]+(?:[ ][A-Z][A-Za-z]+)?[ ]\([A-Z][A-Za-z0-9 .]{{1,20}}\)[ ]?[-\u2013\u2014]  # Jayapura, Papua (ANTARA) -
                                      |,[ ][A-Z][A-Za-z]+\.?[ ]?[-\u2013\u2014]+[ ](?=[A-Z])  # "Jayapura, Jubi - ", "Asuncion, IP.- "
                                      |[-\u2013\u2014][ ](?=[A-Z])))  # "Srinagar- At least 12 people"
    (?:,[ ](?!{_DL_DATE})[A-Z][A-Za-z.]+(?:[ ][A-Z][A-Za-z.]+)?)?        # , Lebanon / , Syria
    (?P<date>,?[ ]{_DL_HIJRI}?{_DL_DATE})?  # , Jan. 12, 2016 / , 5 June 2021
    (?:{_DL_AGENCY}?\.?[ ]?[-\u2013\u2014]+(?:[ ]+|[ \t]*(?=\n|$))   # (a dateline on a line of its own; "(EFE).-")
      |{_DL_AGENCY}\.[ ]+(?=[A-Z])  # "Lima, Jan. 10 (ANDINA). The Ombudsman"
      |(?<=[A-Z]{{3}}):[ ]+  # "QUETTA: Police arrested ..."
      |(?<=\d):[ ]+(?=[A-Z])  # "Mogadishu, 5 June 2023: The mission mourns ..." (a press release's)
      |{_DL_AGENCY}:[ ]+  # "KABUL (Pajhwok): "
      |(?(date)[ ]\([A-Z][A-Za-z0-9 .]{{1,20}}\)[ ]+(?=[A-Z])|(?!))  # "Imphal, Nov 11 (PTI) Ten suspected militants" (dated)
      )""",
    re.VERBOSE,
)


def sentence_start(text: str, at: int) -> int:
    """Where the sentence holding offset ``at`` begins, by the last ". " or line break before it: a
    quick look back from one offset (the pronoun's antecedent, a place's other mentions), not the
    splitter's exact spans, which are made once per article for the sentences to parse."""
    return max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1


#: "June 4, 2019 (KHARTOUM) –": the date first, the city in brackets (Sudan Tribune's habit)
DATE_FIRST_DATELINE = re.compile(
    rf"(?:^|(?<=\n))[ \t]*(?P<date>{_DL_DATE})[ ]?\((?P<place>[A-Z][A-Za-z'.\- ]{{1,30}})\)[ ]?[-\u2013\u2014]+[ ]+")


#: "(Nairobi) – Soldiers killed ...", "(Beirut, June 3, 2020) – ": the city in brackets first (the
#: habit of rights groups' releases, which are often filed from a regional office abroad)
BRACKETED_DATELINE = re.compile(
    rf"(?:^|(?<=\n))[ \t]*\((?P<place>[A-Z][A-Za-z'.\- ]{{1,30}})(?:,[ ]{_DL_DATE})?\)[ ]?[-\u2013\u2014]+[ ]+")


def dateline_spans(text: str) -> list[tuple[int, int]]:
    """Spans of datelines at paragraph starts ("BEIRUT, Lebanon – "): where the reporter
    filed from, which is not where the events happened."""
    spans = [(m.start(), m.end()) for m in _DATELINE.finditer(text)]
    if "(" in text:
        spans = sorted(spans + [(m.start(), m.end()) for pattern in (DATE_FIRST_DATELINE, BRACKETED_DATELINE)
                                for m in pattern.finditer(text)])
    return spans


def dated_dateline(text: str, start: int) -> bool:
    """Does the dateline at ``start`` give the filing date ("SOUTHWEST ASIA, Jan. 12, 2016 - ")?"""
    m = _DATELINE.match(text, start)
    return m is not None and m.group("date") is not None or DATE_FIRST_DATELINE.match(text, start) is not None
