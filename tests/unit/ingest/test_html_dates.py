"""Publication dates of saved HTML pages: the page's metadata first, then htmldate.

htmldate reads dates that pages show but do not declare (a byline's date in a <span>,
a date in the address); it runs in its fast mode on the page without asides, menus,
footers and scripts, so related stories and copyright years never date the article.
"""

from __future__ import annotations

import datetime as dt

import pytest

from warmap.ingest import article_from_text

PARAS = ("<p>Government forces shelled the eastern districts on Saturday, killing six people, a monitor said.</p>"
         "<p>Residents said the bombardment continued into the night and several buildings collapsed.</p>"
         "<p>The army said it had destroyed rebel positions near the citadel, a claim that could not be checked.</p>")


def saved(head: str = "", before: str = "", after: str = "") -> str:
    return (f"<html><head><title>Regime jets pound Daraa | Southern Front Daily</title>{head}</head><body>"
            f"<nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
            f"<article><h1>Regime jets pound Daraa</h1>{before}{PARAS}</article>{after}"
            "<footer>(c) 2016 Southern Front Daily. All rights reserved.</footer></body></html>")


CASES = {
    "meta-tag": (saved('<meta property="article:published_time" content="2016-03-03T09:00:00Z">'),
                 dt.date(2016, 3, 3), "html metadata"),
    "byline-span-only": (saved(before='<div class="byline">By Lina Sayegh <span class="date">March 3, 2016</span></div>'),
                         dt.date(2016, 3, 3), "htmldate"),
    "date-class-day-first": (saved(before='<p class="article-date">Published 03.03.2016</p>'),
                             dt.date(2016, 3, 3), "htmldate"),
    "address-in-og-url": (saved('<meta property="og:url" content="https://daily.example/2016/03/03/daraa-raids">'),
                          dt.date(2016, 3, 3), "htmldate"),
    "metadata-beats-shown-date": (
        saved('<meta name="date" content="2016-03-03">', before='<span class="date">March 9, 2016</span>'),
        dt.date(2016, 3, 3), "html metadata"),
    "related-stories-only": (
        saved(after='<div class="related-stories"><a href="/x">Truce holds in Homs</a>'
                    '<span class="date">February 27, 2016</span></div>'), None, None),
    "aside-and-script-only": (
        saved(after='<aside><time datetime="2016-02-20">Feb 20</time></aside>'
                    '<script>var published = "2016-02-21";</script>'), None, None),
    "copyright-year-only": (saved(), None, None),
}


@pytest.mark.parametrize("markup,published,how", [pytest.param(*v, id=k) for k, v in CASES.items()])
def test_html_publication_date(markup: str, published: dt.date | None, how: str | None) -> None:
    article = article_from_text(markup, html=True)
    assert (article.published, article.published_from) == (published, how)
    assert article.text.startswith("Government forces shelled")


def test_a_date_in_the_text_dates_a_page_without_metadata() -> None:
    # trafilatura keeps the date line here; the text's own header reading dates it
    markup = saved(before="<p>By Lina Sayegh</p><p>Daraa province</p><p>3 March 2016</p>").replace(
        "Southern Front Daily</title>", "Southern Front Daily</title><meta name='robots' content='all'>")
    article = article_from_text(markup, html=True)
    assert article.published == dt.date(2016, 3, 3)


def test_broken_markup_gives_no_date_and_no_error() -> None:
    article = article_from_text("<html><body><p>Government forces shelled the town on Saturday, a monitor said.<div <span",
                                html=True)
    assert article.published is None
