"""Publication dates of saved pages, wherever their layout puts the date.

Each case is a whole page as some kind of outlet lays it out (wire copy, blog, press
release, live blog, monitor bulletin, transcript, saved page with its menus ...),
written here for the test. The date may sit after a standfirst, a teaser, a "min
read" line, a photo caption or a topics list; it must be found, and ``published_from``
must say how it was written. A date inside a sentence is an event's, never the page's.
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

import pytest

from warmap.ingest import article_from_text
from warmap.ingest.dates import weekday_date, year_for_weekday, years_mentioned
from warmap.ingest.published import Candidate, best_candidate

LEAD = "Government forces shelled the eastern districts on Saturday, killing six people, a monitor said."
MORE = "Residents said the bombardment continued into the night and several buildings collapsed."


class Layout(NamedTuple):
    text: str
    published: dt.date | None
    how: str | None
    first_words: str = "Government forces shelled"  # how the cleaned text must start


LAYOUTS = {
    "standfirst-then-date": Layout(
        "Army presses on Douma\n"
        "The offensive on the besieged suburb entered its third week with heavy losses on both sides.\n"
        "19 June 2014\n\n"
        f"{LEAD}\n\n{MORE}",
        dt.date(2014, 6, 19), "date line below the first paragraph",
        first_words="The offensive on the besieged suburb"),
    "teaser-before-text": Layout(
        "Fighting in Harasta\n"
        "March 3, 2016   Government forces pushed into the eastern suburbs after a night of shelling [...]\n\n"
        f"{LEAD}\n\n{MORE}",
        dt.date(2016, 3, 3), "teaser", first_words="March 3, 2016 Government forces pushed"),
    "read-time-line": Layout(
        "Inside the battle for Ramadi\n"
        "Iraqi troops say the city centre is almost theirs, but the cost has been high.\n"
        "4 min read\n"
        "Jun 10, 2014\n\n"
        f"{LEAD}\n\n{MORE}",
        dt.date(2014, 6, 10), "date line below the first paragraph", first_words="Iraqi troops say"),
    "photo-caption-byline": Layout(
        "Strikes hit market town\n"
        "Smoke rises over the town centre after the strike on Sunday. (Photo by a local activist)\n"
        "By Karim Haddad\n"
        "7 September 2015\n\n"
        f"{LEAD}\n\n{MORE}",
        dt.date(2015, 9, 7), "date line"),
    "topics-list": Layout(
        "Rebels regroup north of Hama\n"
        "Topics: Syria, Hama, Civil war, Refugees\n"
        "Opposition factions say they have pulled fighters back to defend supply lines.\n"
        "Published 22 Oct 2015\n\n"
        f"{LEAD}\n\n{MORE}",
        dt.date(2015, 10, 22), "date line below the first paragraph", first_words="Opposition factions"),
    "release-number-line": Layout(
        "Statement on strikes near Idlib\n"
        "Release No. NR-014-17 January 05, 2017\n"
        "U.S. Department of Defense\n\n"
        f"{LEAD}\n\n{MORE}",
        dt.date(2017, 1, 5), "release line", first_words="U.S. Department of Defense"),
    "press-operations-release": Layout(
        "Statement from the Pentagon spokesman on the strike in Syria\n"
        "Press Operations Release No: NR-126-17 April 6, 2017\n\n"
        f"{LEAD}\n\n{MORE}",
        dt.date(2017, 4, 6), "release line"),
    "dateline-of-second-paragraph": Layout(
        "Coalition hits camps in the desert\n"
        "Two training camps used by the militants were destroyed, officials said on Thursday.\n\n"
        f"WASHINGTON, Jan. 19, 2017 — {LEAD}\n\n{MORE}",
        dt.date(2017, 1, 19), "dateline of a later paragraph", first_words="Two training camps"),
    "wire-dateline": Layout(
        "Car bombs kill 12 in Baghdad\n\n"
        f"BAGHDAD, May 16, 2013 (Reuters) - {LEAD}\n\n{MORE} The last such wave, on April 23, 2013, killed 40.",
        dt.date(2013, 5, 16), "dateline", first_words="BAGHDAD, May 16, 2013"),
    "twice-in-two-forms": Layout(
        "Ceasefire talks collapse\n"
        "Jun 10, 2014\n"
        "Negotiators left the capital without a deal, and both sides blamed the other.\n"
        "10 June 2014\n\n"
        f"{LEAD}\n\n{MORE}",
        dt.date(2014, 6, 10), "date line", first_words="Negotiators left"),
    "live-blog": Layout(
        "LIVE: Battle for Kobani\n"
        "Follow our coverage as Kurdish fighters hold the line.\n"
        "Key events\n"
        "Tue 14 Oct 2014 18.20 BST\n"
        "18:20\n"
        f"{LEAD}\n"
        "17:55\n"
        f"{MORE}",
        dt.date(2014, 10, 14), "date line below the first paragraph", first_words="Follow our coverage"),
    "weekday-no-year": Layout(
        "Aleppo diary: another night under the barrels\n"
        "Tuesday, March 4\n\n"
        f"{LEAD} The siege, which began in July 2013, has cut the district off since January 2014.\n\n{MORE}",
        dt.date(2014, 3, 4), "weekday, year from the text"),
    "situation-report-as-of": Layout(
        "MINISTRY OF DEFENCE\n"
        "Operational update as of 06:00, 14.03.2016, on the fighting in the east\n\n"
        f"{LEAD}\n\n{MORE}",
        dt.date(2016, 3, 14), "report cut-off"),
    "monitor-bulletin": Layout(
        "Daily toll of the conflict\n"
        "The monitor documented the deaths of 41 people across the country, 12 of them children.\n"
        "Bulletin No. 412 | 14 March 2016\n\n"
        f"{LEAD}\n\n{MORE}",
        dt.date(2016, 3, 14), "release line", first_words="The monitor documented"),
    "briefing-transcript": Layout(
        "Department of Defense Press Briefing on Operations in Iraq\n"
        "Transcript\n"
        "Nov. 29, 2016\n\n"
        "COLONEL DORRIAN: Good morning. I'll start with the situation around Mosul.\n\n"
        f"{LEAD}\n\nQ: How many strikes were there? A: We counted 14 over the last day.",
        dt.date(2016, 11, 29), "date line", first_words="COLONEL DORRIAN"),  # (the label is no text)
    "saved-page-with-menus": Layout(
        "Home | World | Middle East | Opinion | Video\n"
        "Search\n"
        "Regime jets pound Daraa\n"
        "Share on Facebook\n"
        "Share on Twitter\n"
        "At least six people died in the raids, rescuers said, as the truce frayed further.\n"
        "By Lina Sayegh | 3 Mar 2016\n\n"
        f"{LEAD}\n\n{MORE}\n\n"
        "Related: Truce holds in Homs | 27 Feb 2016\n"
        "(c) 2016 Southern Front Daily. All rights reserved.",
        dt.date(2016, 3, 3), "date line below the first paragraph", first_words="At least six people"),
    "masthead-shows-the-day-it-was-saved": Layout(
        "Home | World | Middle East\tThursday, March 10, 2016\n"
        "Regime jets pound Daraa\n"
        "By Lina Sayegh | March 3, 2016\n\n"
        f"{LEAD}\n\n{MORE}",
        dt.date(2016, 3, 3), "date line"),
    "blog-post": Layout(
        "Notes from the Euphrates front\n"
        "Filed under: Iraq, Anbar\n"
        "A long post today, put together from calls with friends in the valley.\n"
        "July 19, 2014 by jroe\n"
        "3 comments\n\n"
        f"{LEAD}\n\n{MORE}",
        dt.date(2014, 7, 19), "date line below the first paragraph", first_words="A long post today"),
    "channel-summary-with-emoji": Layout(
        "Front Line Monitor | English edition\n"
        "12,300 subscribers\n\n"
        "🔴 DAILY ROUNDUP | Sunday, 4 August 2024\n\n"
        f"▪️ {LEAD}\n\n▪️ {MORE}",
        dt.date(2024, 8, 4), "date line", first_words="Front Line Monitor | English edition\n\n▪️ Government"),
    "ministry-communique-numeric-date": Layout(
        "Ministry of the Interior\n"
        "Published on 03/01/2021 at 18:30 | Category: Communiques\n\n"
        "COMMUNIQUE ON THE ATTACKS OF SATURDAY\n\n"
        "The Government informs the public that on Saturday 2 January 2021, armed men on motorcycles attacked two villages.\n\n"
        f"{MORE}",
        dt.date(2021, 1, 3), "numeric date read after the text's dates", first_words="COMMUNIQUE ON THE ATTACKS"),
    "statement-with-office-and-date-on-one-line": Layout(
        "Ceasefire in the South\n\n"
        "A first step toward the talks\n\n"
        "Press Statement | Office of the Spokesperson | April 2, 2019\n\n"
        f"{LEAD}\n\n{MORE}",
        dt.date(2019, 4, 2), "date line", first_words="A first step toward the talks"),
    # a numeric date that reads both ways, on a page that writes "March 9" and "October 4, 2016": the
    # month first, as the page writes its other dates
    "released-numeric-date-month-first-page": Layout(
        "Statement on the Siege\nPress Statement\nReleased: 03/11/2017\n\n"
        "The siege began on October 4, 2016, and the last convoy left on March 9. "
        f"{LEAD}\n\n{MORE}",
        dt.date(2017, 3, 11), "date line", first_words="The siege began"),  # (the label is no text)
    "released-numeric-date-day-first-page": Layout(
        "Statement on the Siege\nPress Statement\nReleased: 03/11/2017\n\n"
        "The siege began on 4 October 2016, and the last convoy left on 9 October 2017. "
        f"{LEAD}\n\n{MORE}",
        dt.date(2017, 11, 3), "date line", first_words="The siege began"),
    "dated-only-in-sentences": Layout(
        f"Rebels shell Latakia\n\n{LEAD} The town was first taken on June 3, 2013, and lost again in 2015.\n\n{MORE}",
        None, None),
    "timeline-below-the-text": Layout(
        "How the war reached the city\n\n"
        f"{LEAD}\n\nOfficers had warned of it for a year, residents said.\n\nMany of them left early.\n\n"
        "June 10, 2014\nMilitants overran the army's positions in the west of the city.\n\n"
        "June 11, 2014\nThe militants pushed south.",
        None, None),
    "agency-source-line-with-time-and-editor": Layout(
        "Army retakes eastern town\n\nSource: Newswire| 2017-10-14 21:36:02|Editor: Li Wen\n\n"
        f"{LEAD}\n\n{MORE}",
        dt.date(2017, 10, 14), "date line"),
    "byline-date-and-e-mail": Layout(
        "Militants overrun army base\n\nBy Jane Roe | August 14, 2018 | jroe@example.org\n\n"
        f"{LEAD}\n\n{MORE}",
        dt.date(2018, 8, 14), "date line"),
    "stamp-and-reading-time-joined-by-a-middle-dot": Layout(
        "Militants overrun army base\n\nAFP\n\nSat, May 6, 2023 at 9:40 AM GMT+1·2 min read\n\n"
        f"{LEAD}\n\n{MORE}",
        dt.date(2023, 5, 6), "date line"),
    "stamp-with-the-year-run-into-the-time-and-an-update": Layout(
        "Militants overrun army base\n\nBy Jane Roe\n\nMay 6, 20239:40 AM UTCUpdated 2 years ago\n\n"
        f"{LEAD}\n\n{MORE}",
        dt.date(2023, 5, 6), "date line"),
    "date-first-then-the-city-in-brackets": Layout(
        f"Militants overrun army base\n\nMay 6, 2023 (KHARTOUM) - {LEAD}\n\n{MORE}",
        dt.date(2023, 5, 6), "dateline", first_words="May 6, 2023 (KHARTOUM) - Government forces shelled"),
    "numeric-stamp-whose-weekday-tells-day-from-month": Layout(
        "Militants overrun army base\n\nBy Jane Roe\n\nTue, 06/04/2019 - 14:22\n\n"
        f"{LEAD}\n\n{MORE}",
        dt.date(2019, 6, 4), "date line"),
    "a-week-in-review-with-its-publication-day-in-brackets": Layout(
        "Militants overrun army base\n\nWeek of 1-7 May 2023 (published 9 May 2023)\n\n"
        f"{LEAD}\n\n{MORE}",
        dt.date(2023, 5, 9), "labelled date in a line"),
    "byline-outside-ascii-then-a-dotted-date-and-update": Layout(
        "Militants overrun army base\n\nÇağrı Yılmaz   |09.05.2023 - Update : 09.05.2023\n\n"
        f"{LEAD}\n\n{MORE}",
        dt.date(2023, 5, 9), "date line"),
    "month-day-dash-year-then-the-dateline-places": Layout(
        "Home > News > Darfur\n\nMilitants overrun army base\n\nMay 9 - 2023 NYALA / EL FASHER\n\n"
        f"{LEAD}\n\n{MORE}",
        dt.date(2023, 5, 9), "date line"),
    "a-monitors-report-kind-then-its-date": Layout(
        "Militants overrun army base\nSahel security note - 9 May 2023\n\n"
        f"{LEAD}\n\n{MORE}",
        dt.date(2023, 5, 9), "date line"),
    "a-monitors-report-kind-and-region-then-its-date": Layout(
        "Militants overrun army base\nRegional overview: West Africa - 9 May 2023\n\n"
        f"{LEAD}\n\n{MORE}",
        dt.date(2023, 5, 9), "date line"),
    "an-outlet-with-a-number-in-its-name-a-numeric-date-and-a-time-spaced-apart": Layout(
        "Militants overrun army base\nKurdistan24   21/05/2023   11:38 AM\n\n"
        f"{LEAD}\n\n{MORE}",
        dt.date(2023, 5, 21), "date line"),
    "a-stamp-whose-date-is-spaced-with-runs-of-spaces": Layout(
        "DAILY LEDGER\nHome | News | Counties | Opinion\n\nMilitants overrun army base\n\n"
        "Posted  Tuesday, May 9  2023 at  08:40\n\n"
        f"{LEAD}\n\n{MORE}",
        dt.date(2023, 5, 9), "date line"),
    "a-channels-posts-oldest-first-dated-by-the-newest": Layout(
        "Ministry of Defence - official channel\nPosts translated from the original\n\n"
        f"[27.09.2020 08:41]\n{LEAD}\n\n[28.09.2020 12:40]\n{MORE}\n\n[29.09.2020 10:40]\n{LEAD}\n",
        dt.date(2020, 9, 29), "newest entry stamp", first_words="Posts translated from the original\n\n[27.09.2020 08:41]"),
    "a-map-feed-whose-lines-open-with-a-stamp": Layout(
        "Libya news, map and events\n\n"
        f"Mon, 8 Apr 2019 21:52 | Tripoli | {LEAD}\nMon, 8 Apr 2019 14:30 | Ain Zara | {MORE}\n"
        f"Sun, 7 Apr 2019 11:30 | Gharyan | {LEAD}\n",
        dt.date(2019, 4, 8), "newest entry stamp", first_words="Mon, 8 Apr 2019 21:52 | Tripoli"),
    "a-published-and-an-updated-stamp-are-no-feed": Layout(
        "Militants overrun army base\n12.03.2021 10:05\nUpdated 14.03.2021 08:00\n\n"
        f"{LEAD}\n\n{MORE}",
        dt.date(2021, 3, 12), "date line"),
    "a-dotted-date-year-first": Layout(
        "Militants overrun army base\n2023.04.12\n\n"
        f"{LEAD}\n\n{MORE}",
        dt.date(2023, 4, 12), "date line"),
    "a-time-then-a-russian-month-name": Layout(
        "Militants overrun army base\n11:02, 14 сентября 2022, Bishkek - 24.kg news agency\n\n"
        f"{LEAD}\n\n{MORE}",
        dt.date(2022, 9, 14), "date line"),
    "a-portuguese-label-time-and-byline": Layout(
        "Militants overrun army base\nPublicado em 08/01/2023 - 21:15 Por Agência Brasil - Brasília\n\n"
        f"{LEAD}\n\n{MORE}",
        dt.date(2023, 1, 8), "date line"),
    "a-numeric-date-with-a-french-time-and-an-updated-years-ago": Layout(
        "Militants overrun army base\n06/05/2021 20h41 Atualizado há 2 anos\n\n"
        f"{LEAD}\n\n{MORE}",
        dt.date(2021, 5, 6), "date line"),
    "a-wiki-page-dated-only-by-its-last-edit-at-the-foot": Layout(
        "Timeline of the war in the east (2014)\nFrom the free encyclopedia\n\n"
        f"{LEAD}\n\n{MORE}\n\nCategories: Wars | Timelines\n\n"
        "This page was last edited on 14 February 2024, at 03:12 (UTC).\n",
        dt.date(2024, 2, 14), "last edited at the foot", first_words="From the free encyclopedia"),
    "no-date-at-all": Layout(
        f"Rebels shell Latakia\n\n{LEAD}\n\n{MORE}",
        None, None),
}


@pytest.mark.parametrize("layout", [pytest.param(v, id=k) for k, v in LAYOUTS.items()])
def test_publication_date_of_each_layout(layout: Layout) -> None:
    article = article_from_text(layout.text)
    assert (article.published, article.published_from) == (layout.published, layout.how)
    assert article.text.startswith(layout.first_words)
    if layout.published is not None and layout.how not in ("teaser", "newest entry stamp") and "dateline" not in layout.how:
        assert layout.published.strftime("%Y") not in article.text.split("\n")[0][:40]  # the date line is no text


def test_there_are_fifteen_layouts_and_more() -> None:
    assert len(LAYOUTS) >= 15


def test_a_date_given_by_the_caller_wins_and_says_so() -> None:
    article = article_from_text(LAYOUTS["standfirst-then-date"].text, published=dt.date(2014, 6, 20))
    assert (article.published, article.published_from) == (dt.date(2014, 6, 20), "given")


def test_a_date_line_beats_a_date_inside_a_sentence() -> None:
    text = (f"Truce talks\nThe talks, first held on May 2, 2014, resumed in Geneva.\n8 May 2014\n\n{LEAD}\n\n{MORE}")
    article = article_from_text(text)
    assert article.published == dt.date(2014, 5, 8)


@pytest.mark.parametrize("stamp", [
    "Updated 3 March 2016 \u2014 2 months ago", "Date of publication: 3 March 2016", "Reporting by Jane Doe; March 3, 2016",
    "Publication date: 3 March 2016", "Jane Doe \u00b7 3 Mar 2016 \u00b7 4 min read", "World News | Thu Mar 3, 2016 2:05pm EST",
    "March 3, 2016 6:48 PM GMT+3 Updated March 3, 2016", "10:32 UTC+05:30, 3 March 2016",
    "MARCH 3, 2016 / 3:41 PM / UPDATED 2 HOURS AGO",
    "Staff Reporter | Published March 3, 2016 | Updated about 2 hours ago",
    "Published 3 March 2016 · Last updated over a year ago",
    # an outlet whose name has a number in it, as byline or alone beside the stamp
    "Author: Kurdistan 24 | 03/03/2016 17:44", "By France 24 | 3 March 2016", "Channel 4 | 3 March 2016",
    # a day, a month's short name and a year joined by hyphens; a francophone or Latin American
    # outlet's own stamp; a dotted two-digit year, only with its time
    "03-Mar-2016", "Jeudi 3 mars 2016 - 13h40", "Publicado el jueves 3 de marzo de 2016", "03.03.16, 10:47",
])
def test_stamps_of_saved_pages(stamp: str) -> None:
    article = article_from_text(f"Rebels push into eastern Aleppo\n{stamp}\n\n{LEAD}\n\n{MORE}")
    assert article.published == dt.date(2016, 3, 3)
    assert article.text.startswith("Government forces shelled")


def test_weekday_stamps() -> None:
    assert weekday_date("Tuesday, March 4") == (1, 3, 4)
    assert weekday_date("Posted on Sat 19 July at 9:40 pm") == (5, 7, 19)
    assert weekday_date("Government forces attacked on Tuesday, March 4.") is None
    # March 4 was a Tuesday in 2008, 2014 and 2025: the one nearest the text's latest year wins
    assert year_for_weekday(1, 3, 4, [2011, 2013]) == 2014
    assert year_for_weekday(1, 3, 4, [2024]) == 2025
    assert year_for_weekday(1, 3, 4, []) is None
    assert years_mentioned("since 2011, 12,000 fighters; 3.2014; in 2014") == [2011, 2014]


def test_a_weekday_stamp_with_no_year_in_the_text_gives_no_date() -> None:
    article = article_from_text(f"Aleppo diary\nTuesday, March 4\n\n{LEAD}\n\n{MORE}")
    assert article.published is None


def test_candidates_that_agree_win_over_a_lone_one_of_equal_score() -> None:
    a = Candidate(dt.date(2016, 3, 3), "date line below the first paragraph", 5, 80)
    b = Candidate(dt.date(2016, 3, 4), "date line below the first paragraph", 3, 80)
    c = Candidate(dt.date(2016, 3, 3), "teaser", 9, 80)
    assert best_candidate([a, b]) == b  # a tie: the one nearer the top
    assert best_candidate([a, b, c]) == a
    assert best_candidate([Candidate(dt.date(2016, 3, 3), "date in a sentence", 1, 10)]) is None


def test_meta_line_answers_are_kept():
    # a page's top lines are read several times: the answers must be cached (a lost decorator cost 7% of ingest)
    from warmap.ingest.metaline import read_meta_line
    assert hasattr(read_meta_line, "cache_info")
    read_meta_line("By Jane Roe | Updated June 20, 2014")
    hits = read_meta_line.cache_info().hits
    read_meta_line("By Jane Roe | Updated June 20, 2014")
    assert read_meta_line.cache_info().hits == hits + 1


_WIRE = ("Fighting near the border town\n\n"
         "ALEPPO, Syria, Nov 9 (Reuters) - Rebels said on {said} they had repelled an army attack on the town "
         "on {fight}, the latest clash in a war that began in March 2011.\n\n"
         "The army has not commented. A new round of talks is due to open in Geneva on Sunday.\n")


def test_a_yearless_dateline_takes_the_year_its_weekdays_fit() -> None:
    # Nov 9 was a Friday in 2012 (the first year from 2011 on): filed "on Friday", the fight on Thursday
    a = article_from_text(_WIRE.format(said="Friday", fight="Thursday"))
    assert (a.published, a.published_from) == (dt.date(2012, 11, 9), "dateline, year from the story's weekdays")
    # filed on a Saturday: 2013 ("Sunday" is a day to come, and tells nothing)
    a = article_from_text(_WIRE.format(said="Saturday", fight="Friday"))
    assert a.published == dt.date(2013, 11, 9)


def test_a_yearless_dateline_with_no_year_or_no_weekday_in_the_story_dates_nothing() -> None:
    no_year = _WIRE.format(said="Friday", fight="Thursday").replace(" in March 2011", "")
    assert article_from_text(no_year).published is None
    no_weekday = _WIRE.format(said="late", fight="the same day").replace(" on Sunday", "")
    assert article_from_text(no_weekday).published is None


def test_a_solar_hijri_date_line_with_the_gregorian_in_brackets() -> None:
    a = article_from_text("Ghazni city under control of security forces\n22 Asad 1397 (13 August 2018)\n\n"
                          "Kabul - The minister briefed the media today on the situation in Ghazni.\n")
    assert a.published == dt.date(2018, 8, 13)


def test_a_numeric_stamp_is_read_in_the_habit_of_its_time_zone() -> None:
    page = "Hospital shut after gunmen storm it\n\nBy A Correspondent\n{stamp}\n\nGunmen stormed the hospital on Saturday.\n"
    assert article_from_text(page.format(stamp="10/06/2024 08:12 GMT")).published == dt.date(2024, 6, 10)
    assert article_from_text(page.format(stamp="10/06/2024 08:12 EDT")).published == dt.date(2024, 10, 6)


def test_a_numeric_date_read_both_ways_takes_the_habit_of_the_storys_country() -> None:
    # nothing else on the page tells the order: a story of Georgia or Syria is dated day first,
    # a story of the United States or the Philippines month first
    page = "Police disperse rally\n{outlet}\n04/05/2024\n\n{body}\n"
    tbilisi = "Riot police used water cannon on Wednesday to clear protesters from the avenue outside parliament in Tbilisi."
    manila = "Police in Manila used water cannon on Wednesday to clear protesters from a road near the presidential palace."
    assert article_from_text(page.format(outlet="Civil.ge", body=tbilisi)).published == dt.date(2024, 5, 4)
    assert article_from_text(page.format(outlet="Rappler", body=manila)).published == dt.date(2024, 4, 5)
    # with no country to go by, no date rather than a guess
    vague = "Riot police used water cannon on Wednesday to clear protesters from the square."
    assert article_from_text(page.format(outlet="A Site", body=vague)).published is None


def test_a_numeric_date_read_both_ways_takes_the_order_under_which_the_storys_days_are_recent() -> None:
    # "05-09-2024" above a story that writes its days month first ("on August 23"): 9 May would put
    # that strike eight months back, 5 September less than two weeks; the habit of the prose does not decide
    page = ("Drone strike kills three near Sulaimani\n05-09-2024\nA Site\n\n"
            "A drone struck a pickup truck near Sulaimani on Thursday, killing three people. The strike came less "
            "than two weeks after a drone hit a car near Said Sadiq on {day}, and weeks after one in Sinjar on July 8.\n")
    assert article_from_text(page.format(day="August 23")).published == dt.date(2024, 9, 5)
    # near miss: days that fit both readings, or neither, leave the order to the prose ("May 1", "July 8": month first)
    assert article_from_text(page.format(day="May 1")).published == dt.date(2024, 5, 9)


@pytest.mark.parametrize(("stamp", "day"), [
    ("25 April 2015 - 20:15h", dt.date(2015, 4, 25)),   # a time with the Spanish "h"
    ("9. Mar 2018 at 22:10", dt.date(2018, 3, 9)),      # a day with the Central European point
    ("9. 3. 2018 at 22:10", None),                       # near miss: spaced numbers are no date
])
def test_stamps_of_spanish_and_central_european_outlets(stamp: str, day) -> None:
    page = f"Thousands march in the capital\nA Local Daily\n{stamp}\n\nThousands marched on Saturday.\n"
    assert article_from_text(page).published == day


def test_a_stamp_with_a_time_zone_of_south_asia_or_africa_is_a_date_line() -> None:
    page = "Mosque bombing toll reaches 100\n\nOur Correspondent\n31 Jan 2023 | 16:45 PKT\n\nThe toll rose on Tuesday.\n"
    assert article_from_text(page).published == dt.date(2023, 1, 31)


def test_a_photo_caption_dates_a_page_that_gives_no_other_date() -> None:
    page = ("Aircraft hit convoys leaving the town\n"
            "Soldiers walk past a burned truck on a road south of Fallujah, Iraq, June 30, 2016.\n"
            "VOA News\n\n"
            "Coalition and Iraqi aircraft hit columns of vehicles leaving the Fallujah area on Wednesday, "
            "officials said.\n")
    a = article_from_text(page)
    assert (a.published, a.published_from) == (dt.date(2016, 6, 30), "photo caption")
    # an old photo says so, and a date line wins over any caption
    assert article_from_text(page.replace("Soldiers walk", "FILE - Soldiers walk")).published is None
    dated = page.replace("VOA News\n", "VOA News\nJuly 1, 2016\n")
    assert article_from_text(dated).published == dt.date(2016, 7, 1)


def test_a_yearless_dateline_is_dated_by_no_comment_on_a_weekday_and_not_by_last_week() -> None:
    page = ("NAIROBI, Jan 11 (Reuters) - A drone strike on a mill in northern Ethiopia killed 17 people on Monday, "
            "aid workers said.\n\n"
            "Late on Friday, an air strike on a camp in Dedebit killed 56 people.\n\n"
            "Last Wednesday, a strike on a refugee camp killed three people.\n\n"
            "The government spokesman did not respond to requests for comment on Tuesday. The war began in "
            "November 2020.\n")
    a = article_from_text(page)
    # Jan 11 was a Tuesday in 2022, the first year from 2020 on
    assert (a.published, a.published_from) == (dt.date(2022, 1, 11), "dateline, year from the story's weekdays")


def test_a_yearless_dateline_with_no_day_of_saying_is_filed_the_day_of_the_latest_event_or_the_next() -> None:
    page = ("ABUJA, March 10 (Reuters) - Gunmen kidnapped 15 children from a school in Sokoto state before dawn "
            "on Saturday, residents said.\n\n"
            "On Thursday morning, gunmen seized 287 pupils in Kuriga.\n\n"
            "The president, who took office in May 2023, ordered the security agencies to rescue them.\n")
    a = article_from_text(page)
    # March 10 was a Friday in 2023 (the day before the Saturday told) and a Sunday in 2024
    assert (a.published, a.published_from) == (dt.date(2024, 3, 10), "dateline, year from the story's weekdays")


def test_a_yearless_dateline_takes_the_year_of_the_pages_copyright_line() -> None:
    page = ("Skip to main content\nWorld  Africa  Markets\n\n"
            "Jihadists kill soldiers in central Mali\n\n"
            "BAMAKO, Oct 2 (Reuters) - Militants stormed an army camp near Mondoro on Monday and the army "
            "retook it on Tuesday, the government said.\n\n"
            "The insurgency that began in the north in 2012 has spread to the centre.\n\n"
            "Reporting by a staff reporter; Editing by a desk editor\n\n"
            "© 2019 Reuters. All Rights Reserved.\n")
    a = article_from_text(page)
    # Oct 2 fell on a Tuesday in 2012 too; the footer says the page is of 2019 (a Wednesday)
    assert (a.published, a.published_from) == (dt.date(2019, 10, 2), "dateline, year from the story's weekdays")


def test_a_yearless_dateline_with_two_days_that_fit_takes_the_one_the_lead_names() -> None:
    page = ("MEXICO CITY, Oct 18 (Reuters) - The president on Friday defended the release of a cartel leader's "
            "son, a day after gunmen laid siege to Culiacan.\n\n"
            "Troops detained the man on Thursday afternoon but freed him hours later.\n\n"
            "On Monday, gunmen ambushed a police convoy in Michoacan. Homicides hit a record in 2018.\n")
    a = article_from_text(page)
    # Friday and Monday cover the days told equally well: the lead's Friday (Oct 18 2019)
    assert (a.published, a.published_from) == (dt.date(2019, 10, 18), "dateline, year from the story's weekdays")


def test_a_yearless_dateline_looks_past_a_year_to_come() -> None:
    page = ("KHARTOUM, Oct 25 (Reuters) - The army seized power on Monday and troops fired on crowds in the "
            "capital, doctors said.\n\n"
            "The general said elections would follow in July 2023.\n\n"
            "Security forces broke up a sit-in on June 3, 2019, killing dozens of people.\n")
    a = article_from_text(page)
    # no Oct 25 from 2023 on is a Monday; from 2019 on, 2021's is
    assert (a.published, a.published_from) == (dt.date(2021, 10, 25), "dateline, year from the story's weekdays")


@pytest.mark.parametrize("line, metadata", [
    ("Editor: Li Wen", True), ("By Jane Roe | @janeroe | 3 March 2016", True), ("Photo: Jane Roe | 3 March 2016", True),
    ("Photos of the day", False), ("Contact us at news@example.org", False), ("Edited by the rebels of the north", False),
])
def test_credits_and_contact_addresses_are_metadata_only_when_whole(line: str, metadata: bool) -> None:
    from warmap.ingest.metaline import read_meta_line

    assert (read_meta_line(line) is not None) == metadata


def test_a_document_librarys_field_line_dates_the_report() -> None:
    # a humanitarian document library's line: its format and source fields stand beside the date
    page = ("Sudan: fighting spreads to Darfur - Flash Update No. 3\n"
            "Format: Situation Report | Source: OCHA | Posted: 19 Apr 2023 | Originally published: 19 Apr 2023\n\n"
            "Clashes between the army and the RSF were reported in Nyala on Tuesday, partners said.\n")
    a = article_from_text(page)
    assert a.published == dt.date(2023, 4, 19) and a.outlet == "OCHA"
    assert "Format:" not in a.text
    # near miss: a field label alone, with no date beside it, is a line of text
    from warmap.ingest.metaline import read_meta_line

    assert read_meta_line("Format: Situation Report") is None


def test_a_weekly_reports_week_line_dates_it_by_the_weeks_last_day() -> None:
    page = ("Rwanda: grenade attacks in Kigali\nWeek of 13-19 February 2010\n\n"
            "Grenades exploded in two parts of Kigali on Friday evening, police said.\n")
    a = article_from_text(page)
    assert (a.published, a.published_from) == (dt.date(2010, 2, 19), "week line")
    assert "Week of" not in a.text
    # near miss: a span of more than a week is no week line
    from warmap.ingest.dates import week_end

    assert week_end("1-19 February 2010") is None


_LOCAL = "Two killed as gunmen fire on a market\n{stamp}\n\nGunmen opened fire on a market in the town on {day}, police said.\n"


@pytest.mark.parametrize("stamp, day, published", [
    # Nepal's Bikram Sambat first, the Gregorian date in brackets
    ("Jestha 12, 2076 (May 26, 2019)", "Sunday", dt.date(2019, 5, 26)),
    # the weekday in words and a numeric date in brackets: 6 December 2018 was a Thursday, 12 June a Tuesday
    ("Jayapura, Thursday (6/12/2018)", "Wednesday", dt.date(2018, 12, 6)),
    ("Tuesday (6/12/2018)", "Monday", dt.date(2018, 6, 12)),
    # the French first of the month
    ("1er août 2014", "Friday", dt.date(2014, 8, 1)),
    # a 24-hour clock beside a numeric date: the day first
    ("08-09-2014 19:20", "Monday", dt.date(2014, 9, 8)),
    ("11/12/2024 18:30", "Wednesday", dt.date(2024, 12, 11)),
])
def test_date_lines_of_local_outlets(stamp: str, day: str, published: dt.date) -> None:
    assert article_from_text(_LOCAL.format(stamp=stamp, day=day)).published == published


@pytest.mark.parametrize("stamp", ["08-09-2014 10:20", "08-09-2014 7:20 PM", "Jestha 12, 2076"])
def test_a_numeric_stamp_in_the_morning_or_on_the_12_hour_clock_and_a_lone_nepali_date_give_no_day(stamp: str) -> None:
    # a morning hour is written alike on both clocks; "PM" is the Americas' habit as much as anyone's
    assert article_from_text(_LOCAL.format(stamp=stamp, day="Monday")).published is None


def test_a_date_alone_on_the_pages_last_line_dates_a_page_with_no_date_above() -> None:
    page = ("Bombing claimed as jets strike camps\n\nANKARA\n\nA militant group claimed the Feb. 17 bombing in a "
            "statement on Friday, and jets struck its camps the same night.\n\nThe group warned of more attacks.\n\n"
            "{foot}\n")
    a = article_from_text(page.format(foot="February/19/2016"))
    assert (a.published, a.published_from) == (dt.date(2016, 2, 19), "date line at the foot")
    assert "February/19/2016" not in a.text
    # a date line above the text wins over the foot's
    above = article_from_text(page.replace("ANKARA\n", "ANKARA\n18 February 2016\n").format(foot="February/19/2016"))
    assert above.published == dt.date(2016, 2, 18)
    # a dated line under a related story's headline is that story's
    assert article_from_text(page.format(foot="Related\nJets pound camps\nFebruary/18/2016")).published is None


_OFFICIAL = ("PRESS STATEMENT\n\nAMBUSH ON A PATROL NEAR THE BORDER\n\nOn Sunday a patrol was ambushed on the road "
             "north of the town and two soldiers were wounded.\n\nTroops pursued the attackers into the forest.\n\n"
             "{foot}\n")


@pytest.mark.parametrize("foot, published", [
    # the date under a signature block, above the ministry's social links
    ("COL JANE ROE\nSPOKESPERSON OF THE ARMY\n\n14 March 2021\n\nFollow us: Twitter @army | www.army.example",
     dt.date(2021, 3, 14)),
    # "town, date" under the issuing body's name, above the share buttons and a related list
    ("The Civil Protection Service\nGarissa, 14 March 2021\n\nShare: Facebook | Twitter\n\nRelated statements\n"
     "- Volunteers honoured at a ceremony\n- Our work in numbers: February 2021", dt.date(2021, 3, 14)),
    # a police command's signature in capitals, each line ending with a comma, the date ending with a stop
    ("ASP JOHN DOE\nPOLICE PUBLIC RELATIONS OFFICER,\nFOR: COMMISSIONER OF POLICE,\nKANO STATE COMMAND,\n"
     "14TH MARCH, 2021.", dt.date(2021, 3, 14)),
    # a related story's headline in title case above its date is no signature: "Related" labels a link list
    ("Related\nJets Pound Camps In The North\n12 March 2021", None),
])
def test_a_date_under_a_signature_or_above_the_share_buttons_dates_an_undated_statement(
        foot: str, published: dt.date | None) -> None:
    assert article_from_text(_OFFICIAL.format(foot=foot)).published == published


@pytest.mark.parametrize("stamp, published", [
    ("[5/March/2021]", dt.date(2021, 3, 5)),                                   # a news agency's bracketed stamp
    ("Friday, 5 March 2021 (B.E. 2564)", dt.date(2021, 3, 5)),                 # Thailand's Buddhist Era beside it
    ("Bahir Dar, March 5, 2021 (Yekatit 26, 2013 E.C.)", dt.date(2021, 3, 5)),  # Ethiopia's own calendar
])
def test_a_date_line_with_another_calendar_beside_it_or_slashes_around_the_month_dates_the_page(
        stamp: str, published: dt.date) -> None:
    assert article_from_text(_LOCAL.format(stamp=stamp, day="Thursday")).published == published


@pytest.mark.parametrize("stamp, published", [
    ("9 March، 2021", dt.date(2021, 3, 9)),                           # the Arabic comma of an Arab agency's stamp
    ("(The Daily Courier) | Updated March 9, 2021 - 12:00am", dt.date(2021, 3, 9)),  # the outlet in brackets
])
def test_an_arabic_comma_or_a_bracketed_outlet_leaves_the_date_line_a_date_line(stamp: str, published: dt.date) -> None:
    assert article_from_text(_LOCAL.format(stamp=stamp, day="Monday")).published == published


def test_an_issued_by_line_under_a_statement_dates_it_and_names_who_issued_it() -> None:
    page = ("Statement on the curfew\n\nThe minister announced a curfew from 6pm to 5am after looting in parts of the "
            "capital on Monday.\n\nIssued by the Ministry of Home Affairs, Lusaka, 9 March 2021\n")
    a = article_from_text(page)
    assert (a.published, a.outlet) == (dt.date(2021, 3, 9), "Ministry of Home Affairs")
    # near miss: a sentence about a released man is text, not a stamp
    b = article_from_text(page.replace("Issued by the Ministry of Home Affairs, Lusaka, 9 March 2021",
                                       "Released by police after questioning on 9 March 2021, he went home."))
    assert b.published is None


@pytest.mark.parametrize("stamp, published", [
    ("Antananarivo (AFP) - 4 October 2013", dt.date(2013, 10, 4)),   # a wire's dateline alone on its line
    ("San Salvador (AFP) - March 27, 2023", dt.date(2023, 3, 27)),
    ("Date: 04-08-2021 Time: 02:11:48:pm", dt.date(2021, 8, 4)),     # labelled fields, the time with seconds
])
def test_a_wires_dateline_line_and_labelled_date_and_time_fields_date_the_page(stamp: str, published: dt.date) -> None:
    page = f"Two killed as gunmen fire on a market in Accra\n{stamp}\n\nGunmen opened fire on a market in Accra on " \
           "Tuesday, police said.\n"
    assert article_from_text(page).published == published


def test_the_sites_address_under_the_headline_is_no_wrapped_line_of_the_text() -> None:
    # a bare address in lower case read as the headline's wrapped end hid the date line under it
    page = ("Eight soldiers killed in attack on army post\nexample-news.tg\n11 May 2022\n\nAn army post near the "
            "border was attacked at about 3am on Wednesday by gunmen who have not been identified.\n")
    a = article_from_text(page)
    assert (a.title, a.published, a.published_from) == (
        "Eight soldiers killed in attack on army post", dt.date(2022, 5, 11), "date line")


def test_a_french_stamp_with_the_weekday_cut_short_dates_the_page() -> None:
    page = ("Ituri : sept déplacés tués\nPublié le jeu, 19/01/2023 - 17:25 | Modifié le jeu, 19/01/2023 - 18:02\n\n"
            "Sept déplacés ont été tués ce jeudi dans une attaque contre un site près de Bule.\n")
    assert article_from_text(page).published == dt.date(2023, 1, 19)
