"""Article heads as real outlets write them: publication date, title and dateline.

Each case imitates one outlet habit (wire copy, broadsheets, blogs, Arabic-outlet
English sites, military releases, saved pages). The published date anchors every
relative date in the text ("on Saturday"), so a case that gives no full date must
give ``None``, never a guess.

Choices the table pins down:

* Ambiguous numeric dates (04/03/2016, 04-03-2016) give nothing unless the page
  settles the order: an unambiguous numeric date elsewhere on the page (15/03/2016
  shows day-first), or a dateline whose month and day match one reading. Equal day
  and month (03/03/2016) are not ambiguous. Dotted dates (4.3.2016) are day-first:
  no outlet writes month-first with dots. Failing all that, the story's country settles
  it: day first, except in the few countries that write the month first (the US).
* "Updated ..., first published ..." anchors on the first publication: the text was
  written then, and "on Saturday" counts from then. An update date is used only
  when the head gives nothing else.
* A dateline's month and day ("BEIRUT, March 3 (Reuters) -") date the article when
  another date on the page (an update stamp, the URL) gives the year; a year alone
  (a copyright line) never does.
* Relative stamps ("2 hours ago"), copyright years and dates of related articles
  or of events in the text are not publication dates.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, NamedTuple

import pytest

from warmap.ingest import article_from_text

BODY = "Government forces shelled the town on Saturday, killing four people, activists said."
BODY2 = "Rescue workers searched the rubble of two houses until late in the evening."
HEADLINE = "Rebels push into eastern Aleppo"
D = dt.date(2016, 3, 3)
ANY: Any = object()


class Case(NamedTuple):
    text: str
    published: dt.date | None
    title: Any = HEADLINE
    dateline: Any = ANY
    html: bool = False
    url: str | None = None


def head(*lines: str, body: str = f"{BODY}\n\n{BODY2}") -> str:
    """A plain-text article: the header lines, a blank line, the body."""
    return "\n".join(lines) + "\n\n" + body


def page(head_markup: str = "", body_markup: str = "", title: str = HEADLINE) -> str:
    """A saved HTML page with ``head_markup`` in <head> and the article after ``body_markup``."""
    return (
        f"<html><head><title>{title} | Levant Dispatch</title>{head_markup}</head><body>"
        f"<article><h1>{title}</h1>{body_markup}<p>{BODY}</p><p>{BODY2}</p>"
        "<p>The army said it had destroyed several rebel positions near the citadel overnight.</p></article>"
        "<footer>© 2016 Levant Dispatch. All rights reserved.</footer></body></html>"
    )


def ld(obj: str) -> str:
    return f'<script type="application/ld+json">{obj}</script>'


CASES = {
    # --- machine formats ------------------------------------------------------------
    "iso-date": Case(head(HEADLINE, "2016-03-03"), D),
    "iso-time-zone": Case(head(HEADLINE, "2016-03-03T14:05:00+03:00"), D),
    "iso-time-z": Case(head(HEADLINE, "Published: 2016-03-03T23:40:12Z"), D),
    "iso-space-time": Case(head(HEADLINE, "2016-03-03 14:05:00"), D),
    "year-first-slashes": Case(head(HEADLINE, "2016/03/03"), D),
    # --- broadsheets and agencies ---------------------------------------------------
    "guardian-stamp": Case(head(HEADLINE, "Thursday 3 March 2016 14.05 GMT"), D),
    "guardian-first-published": Case(
        head(HEADLINE, "First published on Thu 3 Mar 2016 14.05 GMT", "Last modified on Fri 4 Mar 2016 09.12 GMT"), D),
    "us-at-pm": Case(head(HEADLINE, "March 3, 2016 at 2:05 p.m. EST"), D),
    "abbrev-pipe-time": Case(head(HEADLINE, "Mar 3, 2016 | 2:05 PM"), D),
    "abbrev-dot-leading-zero": Case(head(HEADLINE, "Mar. 03, 2016 | 02:05 PM"), D),
    "time-then-date": Case(head(HEADLINE, "14:05 GMT, Thursday 3 March 2016"), D),
    "published-label": Case(head(HEADLINE, "Published: 3 March 2016"), D),
    "published-on-label": Case(head(HEADLINE, "Published On 3 Mar 2016"), D),
    "updated-then-first-published": Case(head(HEADLINE, "Updated 4 March 2016, first published 3 March 2016"), D),
    "last-update-word": Case(
        head(HEADLINE, "Last update: Friday 4 March 2016 9:00 UTC", "Thursday 3 March 2016 14:05 UTC"), D),
    "only-updated": Case(head(HEADLINE, "Updated: 4 March 2016"), dt.date(2016, 3, 4)),
    "posted-ordinal-by": Case(head(HEADLINE, "Posted on March 3rd, 2016 by Jane Doe"), D),
    "byline-agency-date": Case(head(HEADLINE, "By Jane Doe, Reuters | 3 March 2016"), D),
    "uppercase-month": Case(head(HEADLINE, "MARCH 3, 2016"), D),
    "ordinal-day-first": Case(head(HEADLINE, "3rd March 2016"), D),
    "comma-no-space": Case(head(HEADLINE, "SOHR | 3 March,2016"), D),
    "date-label": Case(head(HEADLINE, "Date: 03 March 2016"), D),
    "issued-label": Case(head(HEADLINE, "Issued: 3 March 2016"), D),
    "period-covered-then-issued": Case(head(HEADLINE, "Period covered: 24 February - 2 March 2016", "Issued: 3 March 2016"), D),
    # --- Arabic-outlet English sites --------------------------------------------------
    "arab-dash-time": Case(head(HEADLINE, "03 Mar 2016 - 14:05"), D),
    "hijri-and-gregorian": Case(head(HEADLINE, "Thursday, 24 Jumada al-Awwal 1437 AH / 3 March 2016"), D),
    "day-month-dashes-unambiguous": Case(head(HEADLINE, "13-03-2016"), dt.date(2016, 3, 13)),
    # --- numeric dates ----------------------------------------------------------------
    "equal-day-month": Case(head(HEADLINE, "03/03/2016"), D),
    "dotted-equal": Case(head(HEADLINE, "3.3.2016"), D),
    "dotted-day-first": Case(head(HEADLINE, "14:05 04.03.2016"), dt.date(2016, 3, 4)),
    "slashes-ambiguous": Case(head("Rebels push into the eastern districts", "04/03/2016"), None,
                              title="Rebels push into the eastern districts"),
    "slashes-settled-by-the-storys-country": Case(head(HEADLINE, "04/03/2016"), dt.date(2016, 3, 4)),
    "slashes-settled-by-update": Case(head(HEADLINE, "Published 04/03/2016 | Updated 15/03/2016"), dt.date(2016, 3, 4)),
    "slashes-settled-by-dateline": Case(
        head(HEADLINE, "04/03/2016", body=f"BEIRUT, March 4 (Reuters) - {BODY}"), dt.date(2016, 3, 4),
        dateline="BEIRUT, March 4 (Reuters)"),
    # --- relative stamps and no date ----------------------------------------------------
    "hours-ago": Case(head(HEADLINE, "Last updated: 2 hours ago"), None),
    "yesterday": Case(head(HEADLINE, "By Jane Doe", "Yesterday at 14:05"), None),
    "local-time-stamp": Case(head(HEADLINE, "Thursday 3 March 2016", "Last updated 16:10 (Damascus time)"), D),
    "copyright-only": Case(head(HEADLINE, body=f"{BODY}\n\n{BODY2}\n\n© 2016 Levant Dispatch. All rights reserved."), None),
    # --- session 30: stamps with user names, web addresses and "hrs"; dates inside the dateline ----
    "wire-source-stamp-editor": Case(head(HEADLINE, "Source: Xinhua | 2016-03-03 22:41:07 | Editor: huaxia"), D),
    "web-address-dotted-date": Case(head(HEADLINE, "levantherald.com | 03.03.2016 | 08:41"), D),
    "time-with-hrs": Case(head(HEADLINE, "by Staff reporter", "3 Mar 2016 at 07:10hrs"), D),
    "dateline-month-day-slash-year": Case(
        head(HEADLINE, body=f"Addis Abeba, March 3/2016 – {BODY}\n\n{BODY2}"), D, dateline=ANY),
    "dateline-hijri-then-gregorian-bare-agency": Case(
        head(HEADLINE, body=f"Riyadh, Jumada al-Awwal 23, 1437, March 3, 2016, SPA -- {BODY}\n\n{BODY2}"), D, dateline=ANY),
    "outlet-named-with-its-kind-and-short-dotted-date": Case(head(HEADLINE, "Levant Press news agency, 03.03.16 17:32"), D),
    "outlet-name-with-digits-and-city": Case(head(HEADLINE, "14ymedio, Havana | March 3, 2016"), D),
    "french-stamp-with-a": Case(head(HEADLINE, "3 mars 2016 à 09:15"), D),
    "outlet-with-digit-and-dotted-short-month": Case(head(HEADLINE, "N1 Beograd | 3. mar. 2016. 21:40"), D),
    "stamp-then-comment-and-view-counts": Case(head(HEADLINE, "3 March 2016 01:15 pm - 14 - 2,815"), D),
    "stamp-with-utc-offset-in-brackets": Case(head(HEADLINE, "3 March 2016 10:20 (UTC +04:00)"), D),
    "slashed-two-digit-year-with-time": Case(head(HEADLINE, "BISHKEK, 03/03/16 12:58 — 24.kg news agency"), D),
    "numeric-stamp-read-after-a-month-and-day": Case(
        head(HEADLINE, "04/03/2016 - 01:40", body=f"Riot police fired tear gas late on March 3 to disperse protesters. {BODY}\n\n{BODY2}"),
        dt.date(2016, 3, 4)),
    "dateline-agency-then-dot-dash": Case(
        head(HEADLINE, "Updated March 4, 2016", body=f"Bogota, March 3 (EFE).- {BODY}"), D, dateline="Bogota, March 3 (EFE)"),
    "dateline-agency-then-full-stop": Case(
        head(HEADLINE, "Updated March 4, 2016", body=f"Lima, Mar. 3 (ANDINA). {BODY}"), D, dateline="Lima, Mar. 3 (ANDINA)"),
    "dateline-town-province-agency": Case(
        head(HEADLINE, "3 March 2016", body=f"Jayapura, Papua (ANTARA) - {BODY}"), D, dateline="Jayapura, Papua (ANTARA)"),
    "dateline-town-glued-hyphen": Case(head(HEADLINE, "3 March 2016", body=f"Srinagar- {BODY}"), D, dateline="Srinagar"),
    "dateline-ordinal-day": Case(
        head(HEADLINE, body=f"ABU DHABI, 3rd March, 2016 (WAM) -- {BODY}\n\n{BODY2}"), D, dateline=ANY),
    "related-dates-below": Case(
        head(HEADLINE, body=f"{BODY}\n\n{BODY2}\n\nElsewhere on the site\nRebels shell Hama\nPosted on March 1, 2016\n"
             "Truce talks stall\nPosted on February 27, 2016"), None),
    # --- datelines ------------------------------------------------------------------------
    "reuters-dateline-year-from-update": Case(
        head(HEADLINE, "Updated March 4, 2016", body=f"BEIRUT, March 3 (Reuters) - {BODY}"), D,
        dateline="BEIRUT, March 3 (Reuters)"),
    "reuters-dateline-no-year": Case(head(HEADLINE, body=f"BEIRUT, March 3 (Reuters) - {BODY}"), None,
                                     dateline="BEIRUT, March 3 (Reuters)"),
    "reuters-dateline-year-from-url": Case(
        head(HEADLINE, body=f"BEIRUT, March 3 (Reuters) - {BODY}"), D, dateline="BEIRUT, March 3 (Reuters)",
        url="https://example.com/news/2016/03/rebels-push-aleppo"),
    "dateline-new-year": Case(
        head(HEADLINE, "Updated January 1, 2017", body=f"BAGHDAD, Dec 31 (Reuters) - {BODY}"), dt.date(2016, 12, 31),
        dateline="BAGHDAD, Dec 31 (Reuters)"),
    "two-city-dateline": Case(head(HEADLINE, "March 3, 2016", body=f"ISTANBUL/BEIRUT, March 3 (Reuters) - {BODY}"), D,
                              dateline="ISTANBUL/BEIRUT, March 3 (Reuters)"),
    "ap-dateline": Case(head(HEADLINE, "March 3, 2016", body=f"DAMASCUS (AP) — {BODY}"), D, dateline="DAMASCUS (AP)"),
    "full-date-dateline-then-other-dates": Case(
        f"SOUTHWEST ASIA, March 3, 2016 — {BODY} The campaign began on Aug. 8, 2014.", D, title=None,
        dateline="SOUTHWEST ASIA, March 3, 2016"),
    "dateline-then-dated-sentence": Case(
        head(HEADLINE, body=f"ALEPPO, Syria — {BODY} The siege began on July 17, 2015, residents said."), None,
        dateline="ALEPPO, Syria"),
    "agency-without-brackets": Case(head(HEADLINE, "3 March 2016", body=f"Hama, SANA – {BODY}"), D, dateline="Hama, SANA"),
    # --- titles ---------------------------------------------------------------------------
    "live-label-title": Case(head(f"LIVE | {HEADLINE}", "Thursday 3 March 2016"), D),
    "breaking-label-title": Case(head(f"BREAKING: {HEADLINE}", "3 March 2016"), D),
    "kicker-above-title": Case(head("SYRIA", HEADLINE, "By Jane Doe", "3 March 2016"), D),
    "url-line-on-top": Case(head("https://www.example.com/world/2016/03/03/rebels-push-aleppo", HEADLINE), D),
    "guardian-url-line": Case(head("Source: https://www.example.com/world/2016/mar/03/rebels-push-aleppo", HEADLINE), D),
    "caption-with-date": Case(head(HEADLINE, "Photo: AFP, 1 March 2016"), None),
    "caption-then-date": Case(head(HEADLINE, "Image caption: Smoke over Aleppo, 1 March 2016", "3 March 2016"), D),
    "link-below-first-paragraph": Case(
        head(HEADLINE, body=f"{BODY}\nhttps://example.com/2016/02/20/other-story\n{BODY2}"), None),
    # --- saved pages ----------------------------------------------------------------------
    "html-time-element": Case(page(body_markup='<time datetime="2016-03-03T14:05:00+03:00">3 hours ago</time>'), D, html=True),
    "html-jsonld": Case(page(ld('{"@type": "NewsArticle", "datePublished": "2016-03-03T14:05:00Z"}')),
                        D, html=True),
    "html-jsonld-graph": Case(page(ld(
        '{"@context": "https://schema.org", "@graph": [{"@type": "WebSite", "name": "Levant Dispatch"},'
        ' {"@type": ["NewsArticle"], "dateModified": "2016-03-05", "datePublished": "2016-03-03"}]}')), D, html=True),
    "html-jsonld-list": Case(page(ld(
        '[{"@type": "BreadcrumbList", "itemListElement": []}, {"@type": "Article", "datePublished": "2016-03-03"}]')),
        D, html=True),
    "html-jsonld-related-list-only": Case(page(ld(
        '{"@type": "ItemList", "itemListElement": [{"@type": "ListItem", "item": '
        '{"@type": "NewsArticle", "datePublished": "2016-02-20"}}]}')), None, html=True),
    "html-jsonld-headline-title": Case(
        page(ld('{"@type": "NewsArticle", "headline": "Rebels push into eastern Aleppo", "datePublished": "2016-03-03"}'),
             title="Home"), D, title=HEADLINE, html=True),
    "html-itemprop": Case(page('<meta itemprop="datePublished" content="2016-03-03">'), D, html=True),
    "html-meta-date": Case(page('<meta name="date" content="2016-03-03">'), D, html=True),
    "html-meta-pubdate": Case(page('<meta name="pubdate" content="20160303">'), D, html=True),
    "html-meta-dc-issued": Case(page('<meta name="DC.date.issued" content="2016-03-03">'), D, html=True),
    "html-meta-sailthru": Case(page('<meta name="sailthru.date" content="2016-03-03 14:05:00">'), D, html=True),
    "html-meta-parsely": Case(page('<meta name="parsely-pub-date" content="2016-03-03T14:05:00Z">'), D, html=True),
    "html-canonical-url": Case(page('<link rel="canonical" href="https://example.com/world/2016/03/03/aleppo-push">'),
                               D, html=True),
    "html-og-url": Case(page('<meta property="og:url" content="https://example.com/2016/mar/03/aleppo-push">'), D,
                        html=True),
    "html-copyright-only": Case(page(), None, html=True),
    "html-related-time-only": Case(
        page().replace("</article>", '</article><aside class="related"><a href="/x">Truce talks stall</a>'
                       '<time datetime="2016-02-27">Feb 27</time></aside>'), None, html=True),
    "html-time-on-page-with-sidebar": Case(
        page(body_markup='<time datetime="2016-03-03">Thursday</time>').replace(
            "<body>", '<body class="single-post has-sidebar comments-open">'), D, html=True),
    "html-title-sections": Case(
        page(title="Rebels push into eastern Aleppo | Middle East | World").replace(
            "<h1>Rebels push into eastern Aleppo</h1>", ""), None, html=True),
}


def test_a_name_between_headline_and_date_is_the_outlet_not_text() -> None:
    # ("Al Jazeera" alone on the line under the headline is the outlet, and must not
    # reach the places as the Syrian province it also names)
    article = article_from_text(head(HEADLINE, "Al Jazeera", "17 Feb 2011 07:45 GMT"))
    assert article.published == dt.date(2011, 2, 17)
    assert article.outlet == "Al Jazeera"
    assert "Al Jazeera" not in article.text
    # a line that reads as a sentence stays text
    article = article_from_text(head(HEADLINE, "Police stormed the camp.", "17 Feb 2011 07:45 GMT"))
    assert "Police stormed the camp." in article.text


def test_a_published_line_at_the_foot_dates_the_page_and_a_breadcrumb_is_no_headline() -> None:
    # (The National's layout: section breadcrumb over the headline, the stamps under the story,
    # after lines the boilerplate rules drop as a link list)
    text = "\n".join(["The Levant Herald", "News > Mena", "", HEADLINE, "", "The Levant Herald", "",
                      BODY, "", BODY2, "", "Published: March 03, 2016, 06:02 AM", "Updated: March 04, 2016, 10:14 AM"])
    article = article_from_text(text)
    assert article.published == D
    assert article.title == HEADLINE


@pytest.mark.parametrize("case", [pytest.param(c, id=k) for k, c in CASES.items()])
def test_outlet_head(case: Case) -> None:
    article = article_from_text(case.text, html=case.html, url=case.url)
    assert article.published == case.published
    if case.title is not ANY:
        assert article.title == case.title
    if case.dateline is not ANY:
        assert article.dateline == case.dateline
    assert "Government forces shelled the town on Saturday" in article.text


def test_the_table_is_large_enough() -> None:
    assert len(CASES) >= 40
