"""Dating: which of a sentence's dates a reading takes (``_window_for``: the date nearest the
trigger in the parse, not a date on a verb of saying), whether a date belongs to the
speech rather than the event, "the next day" and "the day before" after an inherited date,
no event dated after its article, and the patterns that tell a stated year, a date shared
with the sentence before ("at the same time") and a headline line.
"""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
import re
from collections.abc import Sequence
from typing import NamedTuple

from spacy.tokens import Token

from warmap.events.first_chars import guarded
from warmap.events.date_cues import DAY_BEFORE, IT_CAME, NEXT_DAY, SAME_TIME, THAT_DAY, later_by
from warmap.events.dates import undated
from warmap.events.captures import held_since
from warmap.events.fatalities import parse_number
from warmap.records import DateWindow, PlaceMention
from warmap.events.reading import Reading, SentenceAnalysis, _token_at_offset, clause_head
from warmap.events.vocabulary import alternation
from warmap.nlp.parse import doc_text


# a year the sentence states outright ("in 2014"), not "this year" or "early last year"
_YEAR_STATED = re.compile(r"(?:in\s+|since\s+)?(?:19|20)\d\d", re.I)


# a date that tells when something was said, not when it happened
_SAID_BEFORE = guarded(re.compile(rf"\b(?:told(?:\s+[\w.'-]+){{0,4}}?|{alternation('saying', 'forms')})"
                                  # ("said on the anniversary on Sunday", "said in a statement on Sunday")
                                  r"(?:\s+(?:on|in|at)\s+(?:the|a|an|its|their)\s+[\w-]+(?:\s+[\w-]+)?)?(?:\s+(?:on|late|early))?$", re.I))
#: "clashes were (also) reported on 15 April in Merowe": a passive "reported" tells when they happened
_HAPPENING_REPORTED = re.compile(r"\b(?:was|were|been|being)\s+(?:\w+\s+)?reported(?:\s+(?:on|late|early))?$", re.I)


def _is_heading(text: str, start: int, end: int, title: str | None = None, doc=None) -> bool:
    """A line of its own in title case with no closing stop ("First B-52 Mission Against ISIL
    Targets", "Strikes in Syria"), or the page's own title again ("Yemen crisis: Islamic State claims
    deadly Sanaa mosque bombings" under "... - BBC News"): a heading over the text that tells the event.
    So is a short paragraph of its own with no verb, no number and no stop in sentence case ("Air raids
    in Al-Jazirah and Darfur"), when ``doc`` (its parse) is given."""
    line = text[start:end].strip()
    if doc is not None and _SUBHEAD_AROUND.fullmatch(text, max(0, start - 2), min(len(text), end + 2)) \
            and len(line.split()) <= 8 and line[-1:] not in ".!?\"'\u201d:" and not any(ch.isdigit() for ch in line) \
            and not any(t.pos_ in ("VERB", "AUX") for t in doc):
        return True
    alone = (start == 0 or text[start - 1] == "\n") and (end >= len(text) or text[end:end + 1] in ("\n", ""))
    if alone and title and len(line) > 20 and " ".join(line.split()).lower() == _headline(title):
        return True
    if not alone or not line or line[-1] in ".!?\"'\u201d:" or len(line.split()) > 14:
        return False
    words = [w for w in re.findall(r"[A-Za-z][\w'-]*", line) if w.lower() not in _SMALL_WORDS]
    return len(words) >= 2 and all(w[0].isupper() for w in words)


#: A paragraph of its own: a blank line before it and after it
_SUBHEAD_AROUND = re.compile(r"\n\n[^\n]+\n\n")


def _headline(title: str) -> str:
    """A page title without the site's name after it ("... - BBC News", "... | Reuters")."""
    return " ".join(re.split(r"\s+[-|\u2013\u2014]\s+(?=[^-|\u2013\u2014]*$)", title.strip())[0].split()).lower()


_SMALL_WORDS = {"a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "by", "with", "from", "as", "vs"}


def _speech_date(sent: SentenceAnalysis, d: DateWindow) -> bool:
    """ "..., officials reported today", "the spokesman said Wednesday": a date on a verb of saying."""
    text = doc_text(sent.doc) if sent.doc is not None else ""
    at = (d.start or 0) - sent.start
    before = text[max(0, at - 60):at].rstrip()
    return bool(text) and _SAID_BEFORE.search(before) is not None and _HAPPENING_REPORTED.search(before) is None


def _linked(place: PlaceMention | None, tok: Token, sent: SentenceAnalysis) -> bool:
    """The place and the trigger stand in one phrase: one is inside the other's subtree."""
    at = _token_at_offset(sent, place.start) if place is not None else None
    if at is None:
        return False
    if at in tok.subtree or tok in at.subtree:
        return True
    # "Raqqa, the northern Syrian city overrun by ...", however the parser hangs the apposition
    gap = doc_text(sent.doc)[place.end - sent.start:tok.idx] if place.end - sent.start <= tok.idx else "-"
    return len(gap) <= 48 and _APPOSITION_GAP.fullmatch(gap) is not None


_APPOSITION_GAP = re.compile(r",\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,5}", re.I)


def _tree_distance(a: Token | None, b: Token | None) -> int:
    """Edges between two tokens in the dependency tree (large when either is unknown)."""
    if a is None or b is None:
        return 99
    up = {t.i: n for n, t in enumerate([a, *a.ancestors])}
    for n, t in enumerate([b, *b.ancestors]):
        if t.i in up:
            return n + up[t.i]
    return 99


def _dates_another_clause(tok: Token | None, trigger: Token | None, precision: str) -> bool:
    """Does a date at ``tok`` belong to a clause of its own that does not hold ``trigger``?
    A "since" clause ("bringing the toll since the offensive began last Sunday to 500"), or a
    relative clause on a place, for a year or a month ("entered Qaraqosh, which ISIL had held
    since 2014": the place's past). A day in a relative clause stays the event's: "the outskirts
    of Abu Ghraib that killed eight Monday" is the parser hanging the event's clause on its place."""
    if tok is None or trigger is None:
        return False
    if tok.dep_ == "poss" and tok.head.i != trigger.i and tok.head.pos_ == "NOUN" \
            and tok.head.lemma_.lower() not in _EVENT_NOUNS:
        return True  # "took power because of fraud in last November's election": the election's month
    if precision in ("year", "month") and trigger.i < tok.i and _RELATIVE_BEFORE.search(tok.doc[max(trigger.i + 1, tok.i - 4):tok.i].text):
        return True  # "overran Hanano, a district that in 2012 became ...", however the parser hung the clause
    if any(t.lower_ == "according" and t.dep_ == "prep" and trigger not in t.subtree for t in tok.ancestors):
        return True  # "..., according to findings published in February 2021": the report's date
    for t in (tok, *tok.ancestors):
        if t.dep_ == "relcl" and (t.pos_ in ("VERB", "AUX") or any(c.tag_ in ("WDT", "WP") for c in t.children)):
            # (not a merged name the parser misread; "which the Taliban overran", its verb tagged a noun)
            if trigger.i in {x.i for x in t.subtree}:
                return False
            if t.head.lemma_.lower() in _CAMPAIGN_NOUNS or any(w.lower_ == "operation" for w in t.head.lefts):
                return True  # "Operation Cizire Storm, which our forces launched on 10 September": the campaign's start
            on_place = t.head.pos_ == "PROPN" or t.head.lemma_.lower() in _PLACE_NOUNS
            return precision in ("year", "month") and on_place
        mark = next((c for c in t.children if c.dep_ == "mark" and c.lower_ in ("since", "after", "before", "until")), None)
        if t.dep_ == "advcl" and mark is not None and mark.i > 0 and mark.lower_ in ("after", "before") \
                and mark.doc[mark.i - 1].lower_ in _SAME_DAY_GAP:
            return False  # "Shortly after the signing was announced early on November 10, crowds broke in": that day
        if mark is not None and (t.dep_ == "advcl" or mark.lower_ == "since"):
            # ("liberated ..., 100 days after forces launched it on Oct. 17"; a since-clause however
            # the parser hung it: "... since the siege began three weeks ago"); a date before the
            # clause's first word is the main clause's, however the parser hung it ("stormed the
            # base early on Thursday after a car bomb exploded")
            return tok.i > mark.i and trigger.i not in {x.i for x in t.subtree}
    return False


#: Words before "after"/"before" that put two deeds on one day: "shortly after", "hours before"
_SAME_DAY_GAP = frozenset({"shortly", "soon", "just", "immediately", "moments", "minutes", "hours", "right"})
_RELATIVE_BEFORE = re.compile(r"\b(?:that|which)\s+(?:\w+\s+){0,2}?(?:in|since|by|until)?$", re.I)


def in_another_clause(sent: SentenceAnalysis, d: DateWindow, trigger: Token) -> bool:
    """``_dates_another_clause`` for a date window of ``sent``."""
    return _dates_another_clause(_token_at_offset(sent, d.start or 0), trigger, d.precision)


_CAMPAIGN_NOUNS = {"operation", "offensive", "campaign", "war", "phase", "push", "counteroffensive", "counter-offensive"}
#: Nouns of what happens in a war: a date that owns one ("Saturday's attack") dates the event it names.
_EVENT_NOUNS = _CAMPAIGN_NOUNS | {"attack", "strike", "airstrike", "bombing", "raid", "assault", "ambush", "blast",
                                  "explosion", "shelling", "clash", "fighting", "battle", "massacre", "killing",
                                  "capture", "fall", "takeover", "coup", "protest", "march", "rally", "abduction"}
_PLACE_NOUNS = {"town", "city", "village", "area", "district", "region", "province", "base", "airport", "dam",
                "neighbourhood", "neighborhood", "suburb", "camp", "crossing", "field", "refinery"}


def told_date(sent: SentenceAnalysis, own_dates: Sequence[DateWindow], sent_dates: Sequence[DateWindow]) -> DateWindow | None:
    """The date a sentence leaves for the next to take ("that same day", a list's lines): the last
    day its events took ("On March 16, troops recaptured Bama, held since September": March 16),
    else its last date that no speech or background clause holds ("on Saturday ... the February
    1 coup" leaves Saturday), else its last date outside a background clause."""
    told = [d for d in own_dates if d.precision == "day"][-1:] or own_dates[-1:] \
        or [d for d in sent_dates if not _speech_date(sent, d) and not in_background(sent, d)] \
        or [d for d in sent_dates if not in_background(sent, d)]
    return told[-1] if told else None


def in_background(sent: SentenceAnalysis, d: DateWindow) -> bool:
    """A date told in a relative clause or a "since" clause ("the coalition, which has carried
    out thousands of raids since it intervened in March 2015"): the sentences after it are
    not dated by it."""
    tok = _token_at_offset(sent, d.start or 0) if d.start is not None else None
    for t in ([tok, *tok.ancestors] if tok is not None else []):
        if t.dep_ == "relcl" and t.pos_ in ("VERB", "AUX"):
            return True
        if t.dep_ in ("advcl", "prep", "pcomp") and any(c.lower_ == "since" for c in (t, *t.children)):
            return True
    return False


def _window_for(sent: SentenceAnalysis, trigger_at: int, dates: Sequence[DateWindow],
                inherited: DateWindow | None, published, trigger_tok: Token | None = None) -> DateWindow | None:
    inside = [d for d in dates if d.start is not None and sent.start <= d.start and (d.end or 0) <= sent.end]
    if published is not None:  # "extended the state of emergency until 31 December 2024": a day to come dates no deed
        inside = [d for d in inside if d.date_min <= published + dt.timedelta(days=1) or not _until(sent, d)]
    told = [d for d in inside if _speech_date(sent, d)]
    inside = [d for d in inside if d not in told]
    trigger = _token_at_offset(sent, trigger_at)
    # "entered Qaraqosh, which ISIL had held since 2014": a relative clause's date is its own
    inside = [d for d in inside if not _dates_another_clause(_token_at_offset(sent, d.start or 0),
                                                             trigger_tok or trigger, d.precision)]
    if inside:
        # "began its push on Sunday towards Raqqa, the city overrun by IS in 2014": the date
        # nearest the trigger in the parse, then in the text
        # (not a verb joined to it: "raped 20 women and detained 35 men, according to findings
        # published in February 2021" -- the report's month hangs on "detained", not on "raped")
        own = {t.i for t in trigger.subtree} - {t.i for c in trigger.children if c.dep_ == "conj" for t in c.subtree} \
            if trigger is not None else set()

        def key(d: DateWindow) -> tuple[int, int, int]:
            # a date inside the trigger's own phrase first ("overrun by IS in 2014")
            tok = _token_at_offset(sent, d.start or 0)
            return (0 if tok is not None and tok.i in own else 1, _tree_distance(trigger, tok),
                    abs((d.start or 0) - trigger_at))
        best = min(inside, key=key)
        # "Earlier this month, two children were killed when a missile struck ... on 3 October": a day the
        # sentence gives inside its vaguer window is the day
        # (in the event's own clause: not "Gunmen who had kidnapped 30 passengers last month released 12 on Sunday")
        days = [d for d in inside if d.precision == "day" and best.precision in ("week", "month")
                and best.date_min <= d.date <= best.date_max and _in_clause_of(sent, d, trigger_tok or trigger)]
        return min(days, key=key) if days else best
    if told and inherited is None:
        # "Iraqi forces regained Hit, the spokesman said Wednesday": the day it was said
        # bounds the event; it happened that day or in the days before
        said = told[0]
        return DateWindow(said.date_max, said.date_max - dt.timedelta(days=7), said.date_max, "week",
                          said.mention, said.start, said.end)
    if inherited is not None:
        return inherited
    if published is not None:
        return undated(published)
    return None


def _in_clause_of(sent: SentenceAnalysis, day: DateWindow, tok: Token | None) -> bool:
    """Does ``day`` stand inside the clause of the event's word ``tok`` (under its verb)?"""
    at = _token_at_offset(sent, day.start or 0)
    return tok is not None and at is not None and at in clause_head(tok).subtree


_YEAR_OR_WEEKDAY = re.compile(r"\d{4}|(?:mon|tues|wednes|thurs|fri|satur|sun)day", re.I)


def _until(sent: SentenceAnalysis, d: DateWindow) -> bool:
    """The date ends a span ("until 31 December", "through June"), no deed's day."""
    tok = _token_at_offset(sent, d.start or 0)
    return tok is not None and tok.i > 0 and tok.doc[tok.i - 1].lower_ in ("until", "till", "through", "to")


def _not_after(when: DateWindow, published: dt.date | None) -> DateWindow:
    """ "retook Qayyarah in August" told in June: an event that happened is no later than its
    report, so a bare month after the publication month is last year's, and so is a day
    ("seized Mosul on June 10" told in May) that names no year of its own."""
    if published is None or when.precision not in ("month", "day") or when.date_min <= published:
        return when
    if when.precision == "day" and (when.date_min <= published + dt.timedelta(days=1)
                                    or when.mention is None or _YEAR_OR_WEEKDAY.search(when.mention)):
        return when  # (a day ahead is a time zone; a stated year stands, and so does the year a weekday chose)

    def back(d: dt.date) -> dt.date:
        return d.replace(year=d.year - 1, day=min(d.day, calendar.monthrange(d.year - 1, d.month)[1]))

    return dataclasses.replace(when, date=back(when.date), date_min=back(when.date_min), date_max=back(when.date_max))


def _day_after(sentence: str, inherited: DateWindow) -> DateWindow:
    """ "The next day the army drove them out": a day after the date the paragraph gave."""
    later = later_by(sentence)  # "Four days later", "Two months later"; "Later that month"
    if later is not None and later[1] == "month" and inherited.precision in ("day", "month"):
        month = inherited.date.month - 1 + later[0]
        first = dt.date(inherited.date.year + month // 12, month % 12 + 1, 1)
        last = first.replace(day=calendar.monthrange(first.year, first.month)[1])
        return DateWindow(first, first, last, "month")
    shift = 1 if NEXT_DAY.search(sentence) else -1 if DAY_BEFORE.search(sentence) else 0
    if later is not None and later[1] in ("day", "week"):
        shift = later[0] * (7 if later[1] == "week" else 1)
    if not shift or inherited.precision != "day":
        return inherited
    day = inherited.date + dt.timedelta(days=shift)
    return DateWindow(day, day, day, "day")


_SINCE = re.compile(r"\bsince\b", re.I)
_WEEKDAY_OR_DAY = re.compile(r"(?i)\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|dawn|morning|night)\b")
_WHEN_AFTER = re.compile(r",?\s+when\b")
_SINCE_BEFORE = re.compile(r"\bsince\s+(?:(?:early|late|mid-?|the\s+(?:start|end|beginning)\s+of)\s+)?$", re.I)

_LIST_ITEM = re.compile(rf"\s*{alternation('list_markers', 'markers')}\s")


def event_date(sent: SentenceAnalysis, sentence: str, best: Reading, sent_dates: Sequence[DateWindow],
               last_date: DateWindow | None, lead_date: DateWindow | None,
               published: dt.date | None) -> DateWindow | None:
    """The date of the event ``best`` leads in ``sent`` (``sentence`` is its text), or None when
    ACLED would code no event for want of a day: ``last_date`` is the paragraph's date told
    before, ``lead_date`` the article's last date in any paragraph."""
    # the lines of a list ("-- Near Raqqah, nine strikes ...") share the date of its lead
    # "The same day, ...", "Within an hour, ...", "The next day" (even in a new paragraph)
    # and the lines of a list ("-- Near Raqqah, nine strikes ...") take the date told before
    inherited = last_date or (lead_date if _LIST_ITEM.match(sentence) or SAME_TIME.match(sentence)
                              or THAT_DAY.search(sentence) or IT_CAME.match(sentence) or NEXT_DAY.search(sentence)
                              or DAY_BEFORE.search(sentence) or later_by(sentence)
                              else None)  # ("retook Merca the following day")
    at = best.anchor if best.anchor is not None else best.trigger.start
    # "held by insurgents since 2020": a "since" date starts a state of things, and dates no one day's event
    # (not "since Wednesday", fighting begun days ago, nor "since April 2013, when troops stormed ...")
    sent_dates = [d for d in sent_dates if d.start is None or _WEEKDAY_OR_DAY.search(d.mention or "") or held_since(best.token)
                  or not _SINCE_BEFORE.search(sentence, 0, max(0, d.start - sent.start))
                  or _WHEN_AFTER.match(sentence, (d.end or d.start) - sent.start)]
    when = _window_for(sent, sent.start + at, sent_dates, inherited, published, best.token)
    if when is not None and not sent_dates and inherited is not None:
        when = _day_after(sentence, when)
    if when is not None:
        when = _not_after(when, published)
    if when is None or (when.precision == "year" and not (
            best.kind == "territory" and _YEAR_STATED.fullmatch(when.mention or "")
            and _linked(best.place, best.token, sent))) \
            or (when.precision != "year" and (when.date_max - when.date_min).days > 45):
        # ACLED codes no event it can only place in a season; a year is enough only for
        # the fall of a place the sentence itself dates ("the city overrun by IS in 2014"),
        # the background an analyst's control map needs
        return None
    return when


_OFFSET_UNITS = {"day": 1, "days": 1, "week": 7, "weeks": 7, "month": 30, "months": 30, "year": 365, "years": 365}


class DaysBefore(NamedTuple):
    """An "N days after ..." clause: how many days before the sentence's event its own event
    happened, and where its "after" stands (character offset in the document)."""

    days: int
    after: int


def days_before(tok: Token) -> DaysBefore | None:
    """The "N days after ..." clause the trigger is in: "The attack comes a day after a strike on
    an Aleppo school left 18 dead" -> 1 day. None when the trigger is in no such clause. The
    extraction shifts the sentence's date by it when that date stands before "after" ("On 18
    January, troops drove them out of Konna, eight days after it fell"), not when the clause has
    its own ("after ... overran Mosul on June 10")."""
    cur = tok
    for _ in range(5):
        after = next((c for c in cur.children if c.lower_ == "after" and c.dep_ in ("mark", "prep")), None)
        if after is not None and after.dep_ == "prep" and not after.left_edge.i <= tok.i <= after.right_edge.i:
            return None  # "liberated Shaddadi on Feb. 19, three days after launching ...": what the phrase follows
        if after is not None:
            near = list(after.children) + (list(cur.children) if after.dep_ == "mark" else [])
            # ("a year to the day after Russian missiles hit ...": the unit before "to the day")
            near += [t for c in near if c.lower_ == "to" for t in c.children if t.lower_ != "day"] \
                + [t for t in after.doc[max(0, after.i - 6):after.i] if t.lower_ in _OFFSET_UNITS
                   and after.doc[t.i + 1:t.i + 4].text.lower() == "to the day"] \
                + [t for t in after.doc[max(0, after.i - 1):after.i] if t.lower_ in _OFFSET_UNITS]  # (hung on the main verb)
            unit = next((c for c in near if (c.dep_ == "npadvmod" or c.i + 4 == after.i) and c.lower_ in _OFFSET_UNITS),
                        None)
            if unit is None:
                return None
            count = next((c for c in unit.children if c.dep_ in ("det", "nummod")), None)
            n = None if count is None else 1 if count.lower_ in ("a", "an") else parse_number(count.text)
            return DaysBefore(n * _OFFSET_UNITS[unit.lower_], after.idx) if n else None
        if cur.head.i == cur.i:
            return None
        cur = cur.head
    return None


def shifted(when: DateWindow, days: int) -> DateWindow:
    """The same window ``days`` earlier; months or years earlier ("five years after Iraqi forces
    recaptured Mosul"), the month or the year it falls in, as precise as the count is."""
    d = dt.timedelta(days=days)
    day = when.date - d
    if days >= 365:
        return dataclasses.replace(when, date=day, date_min=dt.date(day.year, 1, 1), date_max=dt.date(day.year, 12, 31),
                                   precision="year")
    if days >= 28:
        first = day.replace(day=1)
        last = (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
        return dataclasses.replace(when, date=day, date_min=first, date_max=last, precision="month")
    return dataclasses.replace(when, date=day, date_min=when.date_min - d, date_max=when.date_max - d)
