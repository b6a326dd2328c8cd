"""Date expressions found in text and resolved against the publication date (ACLED precision)."""

from __future__ import annotations

import datetime as dt

import pytest

from warmap.events.dates import find_dates, undated

D = dt.date
MON = D(2014, 6, 23)  # a Monday
THU = D(2015, 3, 12)  # a Thursday
JAN = D(2015, 1, 4)   # a Sunday, early in the year

# (text, published, mention, date, date_min, date_max, precision)
CASES = [
    ("Jets struck the market on Saturday.", MON, "Saturday", D(2014, 6, 21), D(2014, 6, 21), D(2014, 6, 21), "day"),
    ("Saturday's raid destroyed a bakery.", MON, "Saturday", D(2014, 6, 21), D(2014, 6, 21), D(2014, 6, 21), "day"),
    ("The checkpoint fell last Friday.", MON, "last Friday", D(2014, 6, 20), D(2014, 6, 20), D(2014, 6, 20), "day"),
    ("Gunmen struck last Monday.", MON, "last Monday", D(2014, 6, 16), D(2014, 6, 16), D(2014, 6, 16), "day"),
    ("Fighting resumed on Monday.", MON, "Monday", MON, MON, MON, "day"),
    ("The convoy left on Thursday night.", THU, "Thursday", THU, THU, THU, "day"),
    ("Shells hit the camp on Wednesday, June 25.", MON, "Wednesday, June 25", D(2014, 6, 25), D(2014, 6, 25), D(2014, 6, 25), "day"),
    ("On Sunday, June 22, the siege tightened.", MON, "Sunday, June 22", D(2014, 6, 22), D(2014, 6, 22), D(2014, 6, 22), "day"),
    ("On Tuesday, March 10 the town was bombed.", THU, "Tuesday, March 10", D(2015, 3, 10), D(2015, 3, 10), D(2015, 3, 10), "day"),
    ("The bridge was blown up yesterday.", MON, "yesterday", D(2014, 6, 22), D(2014, 6, 22), D(2014, 6, 22), "day"),
    ("A car bomb went off today in the square.", MON, "today", MON, MON, MON, "day"),
    ("Mortars landed this morning near the school.", MON, "this morning", MON, MON, MON, "day"),
    ("Clashes raged last night on the outskirts.", MON, "last night", D(2014, 6, 22), D(2014, 6, 22), D(2014, 6, 22), "day"),
    # "overnight" followed by the night it names: that night, not the one before publication
    ("Gunmen raided the village overnight on Saturday.", MON, "Saturday", D(2014, 6, 21), D(2014, 6, 21), D(2014, 6, 21), "day"),
    ("Gunmen raided the village overnight on 11 June 2014.", MON, "11 June 2014", D(2014, 6, 11), D(2014, 6, 11), D(2014, 6, 11), "day"),
    ("Shells hit the town overnight.", MON, "overnight", D(2014, 6, 22), D(2014, 6, 22), MON, "day"),
    ("The village was stormed three days ago.", MON, "three days ago", D(2014, 6, 20), D(2014, 6, 20), D(2014, 6, 20), "day"),
    ("The road was cut 5 days ago.", MON, "5 days ago", D(2014, 6, 18), D(2014, 6, 18), D(2014, 6, 18), "day"),
    ("Raids began a few days ago.", MON, "a few days ago", D(2014, 6, 18), D(2014, 6, 16), D(2014, 6, 21), "week"),
    ("The base was overrun earlier this week.", THU, "earlier this week", D(2015, 3, 10), D(2015, 3, 9), THU, "week"),
    ("Rebels retreated last week.", MON, "last week", D(2014, 6, 19), D(2014, 6, 16), D(2014, 6, 22), "week"),
    ("Strikes intensified this week.", THU, "this week", D(2015, 3, 10), D(2015, 3, 9), THU, "week"),
    ("Two weeks ago the dam was seized.", MON, "Two weeks ago", D(2014, 6, 9), D(2014, 6, 6), D(2014, 6, 12), "week"),
    ("The town changed hands over the weekend.", MON, "the weekend", D(2014, 6, 21), D(2014, 6, 21), D(2014, 6, 22), "week"),
    ("Dozens were detained last month.", MON, "last month", D(2014, 5, 15), D(2014, 5, 1), D(2014, 5, 31), "month"),
    ("Last month's offensive stalled.", JAN, "Last month", D(2014, 12, 15), D(2014, 12, 1), D(2014, 12, 31), "month"),
    # (not yesterday or today, which the report would have said)
    ("The airport was shelled earlier this month.", MON, "earlier this month", D(2014, 6, 15), D(2014, 6, 1), D(2014, 6, 21),
     "month"),
    ("The city fell on June 10.", MON, "June 10", D(2014, 6, 10), D(2014, 6, 10), D(2014, 6, 10), "day"),
    ("The city fell on 10 June.", MON, "10 June", D(2014, 6, 10), D(2014, 6, 10), D(2014, 6, 10), "day"),
    ("Talks open on August 10.", MON, "August 10", D(2014, 8, 10), D(2014, 8, 10), D(2014, 8, 10), "day"),
    ("The prison was raided on September 1.", MON, "September 1", D(2013, 9, 1), D(2013, 9, 1), D(2013, 9, 1), "day"),
    ("A bomb exploded on December 30.", JAN, "December 30", D(2014, 12, 30), D(2014, 12, 30), D(2014, 12, 30), "day"),
    ("The town fell on June 3, 2013.", MON, "June 3, 2013", D(2013, 6, 3), D(2013, 6, 3), D(2013, 6, 3), "day"),
    ("The town fell on the 3rd of June 2013.", MON, "the 3rd of June 2013", D(2013, 6, 3), D(2013, 6, 3), D(2013, 6, 3), "day"),
    ("Fighting lasted from June 3-5.", MON, "June 3-5", D(2014, 6, 4), D(2014, 6, 3), D(2014, 6, 5), "week"),
    ("The group was founded in June 2014.", MON, "June 2014", D(2014, 6, 15), D(2014, 6, 1), D(2014, 6, 30), "month"),
    ("The group was founded in April.", MON, "April", D(2014, 4, 15), D(2014, 4, 1), D(2014, 4, 30), "month"),
    ("The siege began in November.", MON, "November", D(2013, 11, 15), D(2013, 11, 1), D(2013, 11, 30), "month"),
    ("The siege began in May.", MON, "May", D(2014, 5, 15), D(2014, 5, 1), D(2014, 5, 31), "month"),
    ("The front was quiet in mid-June.", MON, "mid-June", D(2014, 6, 15), D(2014, 6, 11), D(2014, 6, 20), "month"),
    ("Supplies ran out in early June.", MON, "early June", D(2014, 6, 1), D(2014, 6, 1), D(2014, 6, 10), "month"),
    ("The rebels advanced in late May.", MON, "late May", D(2014, 5, 31), D(2014, 5, 21), D(2014, 5, 31), "month"),
    ("Shelling peaked at the end of April.", MON, "the end of April", D(2014, 4, 30), D(2014, 4, 21), D(2014, 4, 30), "month"),
    ("The town was taken in 2013.", MON, "2013", D(2013, 7, 1), D(2013, 1, 1), D(2013, 12, 31), "year"),
    ("ISIS grew in early 2014.", MON, "early 2014", D(2014, 1, 1), D(2014, 1, 1), D(2014, 4, 30), "year"),
    ("The area has been held since last spring.", MON, "last spring", D(2014, 4, 15), D(2014, 3, 1), D(2014, 5, 31), "month"),
    ("The area has been held since last spring.", D(2014, 4, 20), "last spring", D(2013, 4, 15), D(2013, 3, 1), D(2013, 5, 31), "month"),
    ("The camp emptied in the summer of 2013.", MON, "the summer of 2013", D(2013, 7, 16), D(2013, 6, 1), D(2013, 8, 31), "month"),
    ("Fighting stopped last fall.", MON, "last fall", D(2013, 10, 16), D(2013, 9, 1), D(2013, 11, 30), "month"),
    ("The mosque was hit on the 12th.", MON, "the 12th", D(2014, 6, 12), D(2014, 6, 12), D(2014, 6, 12), "day"),
    ("The mosque was hit on the 28th.", MON, "the 28th", D(2014, 5, 28), D(2014, 5, 28), D(2014, 5, 28), "day"),
    ("The report is dated 2014-06-20.", MON, "2014-06-20", D(2014, 6, 20), D(2014, 6, 20), D(2014, 6, 20), "day"),
    ("Posted 20/06/2014 by the media office.", MON, "20/06/2014", D(2014, 6, 20), D(2014, 6, 20), D(2014, 6, 20), "day"),
    ("It happened the day before yesterday.", MON, "the day before yesterday", D(2014, 6, 21), D(2014, 6, 21), D(2014, 6, 21), "day"),
    ("Tension has grown in recent days.", MON, "recent days", D(2014, 6, 19), D(2014, 6, 16), MON, "week"),
    ("The dam was retaken last year.", MON, "last year", D(2013, 7, 1), D(2013, 1, 1), D(2013, 12, 31), "year"),
]


@pytest.mark.parametrize(("text", "published", "mention", "day", "lo", "hi", "precision"), CASES,
                         ids=[f"{c[0][:40]}@{c[1]}" for c in CASES])
def test_expression_resolves(text, published, mention, day, lo, hi, precision) -> None:
    found = find_dates(text, published)
    assert len(found) == 1, found
    w = found[0]
    assert (w.mention, w.date, w.date_min, w.date_max, w.precision) == (mention, day, lo, hi, precision)
    assert text[w.start:w.end] == mention
    assert w.date_min <= w.date <= w.date_max


@pytest.mark.parametrize("text", [
    "12 civilians were killed.",
    "Fighters overran Division 17 and Brigade 93.",
    "Some 2,000 fighters and 5,000 families were in the town.",
    "The raid began at 10 am.",
    "The 17th Division base was shelled.",
    "May God have mercy on them, a resident said.",
    "The march on the capital was halted.",
    "The fall of Mosul shocked the army.",
    "The Arab Spring reached Syria.",
    "A spring offensive was planned.",
    "UN Resolution 2139 demands access.",
    "Officials said 2013 people had registered.",
])
def test_numbers_and_words_that_are_not_dates(text: str) -> None:
    assert find_dates(text, MON) == []


def test_without_publication_only_dated_expressions_resolve() -> None:
    text = "On Saturday, June 21, 2014 the town fell; on Wednesday, June 25 and yesterday it was shelled, as in 2013."
    found = find_dates(text, None)
    assert [(w.mention, w.date) for w in found] == [
        ("Saturday, June 21, 2014", D(2014, 6, 21)),
        ("2013", D(2013, 7, 1)),
    ]


def test_several_dates_in_text_order_with_offsets() -> None:
    text = "Jets bombed Raqqa on Saturday. Last week rebels took the dam, and on June 3 they lost it."
    found = find_dates(text, MON)
    assert [w.mention for w in found] == ["Saturday", "Last week", "June 3"]
    assert all(text[w.start:w.end] == w.mention for w in found)


def test_weekday_with_date_that_fits_no_nearby_year_falls_back_to_the_date() -> None:
    # June 26, 2014 is a Thursday; it was a Wednesday in 2013, but a year back is too far.
    [w] = find_dates("On Wednesday, June 26, shells fell.", MON)
    assert w.date == D(2014, 6, 26)


def test_undated_is_the_week_before_publication() -> None:
    w = undated(MON)
    assert (w.date, w.date_min, w.date_max, w.precision) == (MON, D(2014, 6, 16), MON, "week")


def test_a_long_article_with_few_dates_is_fast() -> None:
    sentence = ("Fighters from the group stormed several villages near the river after heavy shelling, "
                "residents and activists told reporters by telephone. ")
    text = sentence * 25 + "The town fell on Saturday. " + sentence * 8
    assert 650 <= len(text.split()) <= 900
    found = find_dates(text, MON)
    assert [w.mention for w in found] == ["Saturday"]


def test_the_last_24_hours_is_the_day_before_publication_and_its_own():
    import datetime as _dt

    from warmap.events.dates import find_dates

    (w,) = find_dates("Fighter aircraft conducted two airstrikes in the past 24 hours.", _dt.date(2014, 8, 19))
    assert (w.date_min, w.date_max, w.precision) == (_dt.date(2014, 8, 18), _dt.date(2014, 8, 19), "day")


def test_letters_that_fold_onto_ascii_under_ignorecase_do_not_crash_the_lookup() -> None:
    # the long s and the Kelvin sign match "s" and "k" in a case-insensitive pattern, so the
    # matched word must be looked up case-folded ("ſunday" is Sunday), not lower-cased
    found = find_dates("Troops clashed with rebels on \u017funday.", dt.date(2022, 12, 1))
    assert [(d.mention, d.date) for d in found] == [("\u017funday", dt.date(2022, 11, 27))]
