"""HTML pages: the body without scripts, styles, menus or footers; metadata from the page."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from warmap.errors import InputError
from warmap.ingest import article_from_text
from warmap.ingest import html as html_module

FIXTURES = Path(__file__).parent / "fixtures"
PARAGRAPH = "<p>Government artillery shelled the old quarter of Daraa on Saturday, killing four civilians, residents said.</p>"


@pytest.fixture(scope="module")
def page():
    markup = (FIXTURES / "page.html").read_text(encoding="utf-8")
    return article_from_text(markup, source="page.html", html=True)


def test_page_metadata(page):
    assert page.title == "Truce collapses in Daraa as shelling resumes"
    assert page.published == dt.date(2016, 2, 14)
    assert page.author == "Salma Haddad"
    assert page.outlet == "Hauran Post"
    assert page.url == "https://example.org/daraa-truce"
    assert page.dateline == "DARAA, Syria"


def test_page_body_is_the_article_only(page):
    paragraphs = page.text.split("\n\n")
    assert paragraphs[0].startswith("DARAA, Syria – A local truce in the southern city of Daraa broke down on Saturday")
    assert paragraphs[-1] == (
        "The truce had held for nearly three weeks after elders from both sides agreed to "
        "exchange detainees and reopen a bread market."
    )
    assert len(paragraphs) == 4
    for leak in ("SCRIPT-TEXT", "secret-style", "FOOTER-TEXT", "trackingToken", "Home", "Quneitra",
                 "Share this article", "Truce collapses"):
        assert leak not in page.text


def _page(head: str = "", body: str = PARAGRAPH * 3) -> str:
    return f"<html><head>{head}</head><body><article>{body}</article></body></html>"


@pytest.mark.parametrize("head", [
    '<meta property="article:published_time" content="2014-06-19T22:30:00Z">',
    '<meta name="date" content="2014-06-19">',
    '<meta name="pubdate" content="20140619">',
    '<meta name="DC.date" content="2014-06-19">',
    '<meta itemprop="datePublished" content="June 19, 2014">',
    '<time datetime="2014-06-19T08:00:00+03:00">Thursday</time>',
])
def test_publication_date_from_the_page(head):
    where = head if head.startswith("<meta") else ""
    body = PARAGRAPH * 3 + (head if not where else "")
    assert article_from_text(_page(where, body), html=True).published == dt.date(2014, 6, 19)


def test_title_falls_back_to_the_title_tag_without_the_site_name():
    article = article_from_text(_page("<title>Shelling resumes in Daraa | Hauran Post</title>"), html=True)
    assert (article.title, article.outlet) == ("Shelling resumes in Daraa", "Hauran Post")


def test_date_in_the_text_when_the_page_has_none():
    body = "<h1>Shelling resumes in Daraa</h1><p>By Salma Haddad</p><p>February 14, 2016</p>" + PARAGRAPH * 3
    article = article_from_text(_page("", body), html=True)
    assert article.published == dt.date(2016, 2, 14)
    assert article.author == "Salma Haddad"


@pytest.mark.parametrize("markup", [
    "<html><body><div><p>Rebels shelled the airport on Sunday, a monitor said.<p>Two soldiers died.</div></span></body>",
    "<p>Rebels shelled the airport on Sunday, a monitor said.<script>var x = '<p>';</script><b>Two soldiers died.",
    "<<p>>Rebels shelled the airport on Sunday, a monitor said.</p><style>p{}</style>< / p>Two soldiers died.",
    "<?xml version='1.0' encoding='utf-8'?><html><body><p>Rebels shelled the airport on Sunday, a monitor said. Two soldiers died.</p></body></html>",
])
def test_malformed_html_does_not_crash(markup):
    article = article_from_text(markup, html=True)
    assert "Rebels shelled the airport on Sunday" in article.text
    assert "var x" not in article.text and "p{}" not in article.text


def test_fallback_extraction_when_trafilatura_finds_nothing(monkeypatch):
    monkeypatch.setattr(html_module, "_extract_body", lambda markup: "")
    markup = (
        "<html><head><script>var hidden = 1;</script><style>.a{}</style></head><body>"
        "<nav>Home | Syria | Iraq</nav><div><p>Rebels shelled the airport on Sunday.</p>"
        "<p>Two soldiers died, a monitor said.</p></div><footer>Site footer text</footer></body></html>"
    )
    article = article_from_text(markup, html=True)
    assert article.text == "Rebels shelled the airport on Sunday.\n\nTwo soldiers died, a monitor said."


@pytest.mark.parametrize("markup", ["", "<html></html>", "<script>var only = 'code';</script>", "<<<>>>"])
def test_page_without_text_is_refused(markup):
    with pytest.raises(InputError):
        article_from_text(markup, html=True)
