"""An HTML page to article text (trafilatura) and metadata (lxml).

trafilatura finds the article body and leaves menus, footers and scripts out; the
page's own metadata (<title>, og:title, article:published_time, author, og:site_name)
is read with lxml, which tolerates broken markup. When trafilatura finds nothing, a
plain lxml walk over the page, without scripts, styles and navigation, gives the text.

>>> page = read_html("<title>Raid on Hama</title><p>Jets struck the town on Monday, residents said.</p>")
>>> page.title, page.body
('Raid on Hama', 'Jets struck the town on Monday, residents said.')
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass

import lxml.etree
import lxml.html

from .dates import parse_date

__all__ = ["HtmlPage", "read_html"]

_NOISE = ("script", "style", "noscript", "template", "svg", "iframe", "object", "embed",
          "nav", "footer", "header", "aside", "form", "button", "select", "figure", "figcaption")
_BLOCK = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr",
          "table", "section", "article", "blockquote", "pre", "dd", "dt", "hr", "main"}
#: <meta> names that hold the publication date, most trusted first.
_DATE_META = ("article:published_time", "og:published_time", "og:article:published_time", "article:published",
              "datepublished", "date", "pubdate", "publishdate", "publish-date", "publish_date", "publication_date",
              "date_published", "dc.date", "dc.date.issued", "dcterms.issued", "dcterms.date", "dcterms.created",
              "dc.date.created", "sailthru.date", "parsely-pub-date", "article.published", "original-publish-date",
              "prism.publicationdate", "citation_publication_date", "displaydate", "release_date", "datecreated")
#: Containers whose dates belong to other articles or to comments, not to the page's article.
_OTHER_ARTICLES = re.compile(r"related|recommend|popular|trending|most-?read|sidebar|widget|comment|teaser|more-?stories"
                             r"|read-?more|also-?read|latest|promo", re.IGNORECASE)
#: JSON-LD types that describe the article itself.
_ARTICLE_TYPES = re.compile(r"article|posting|report|webpage", re.IGNORECASE)
_AUTHOR_META = ("author", "article:author", "dc.creator", "byl", "sailthru.author", "parsely-author")


@dataclass(frozen=True)
class HtmlPage:
    """The body text of a page (paragraphs on their own lines) and its metadata.

    ``outlet`` is the page's declared site name; ``site`` the name after its <title>.
    """

    body: str
    title: str | None = None
    published: dt.date | None = None
    author: str | None = None
    outlet: str | None = None
    url: str | None = None
    site: str | None = None
    published_from: str | None = None  # "html metadata" or "htmldate"


def _parse(markup: str) -> lxml.html.HtmlElement | None:
    """The page's tree, or None when lxml can make nothing of it."""
    try:
        parser = lxml.html.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True)
        return lxml.html.document_fromstring(markup.encode("utf-8", "replace"), parser=parser)
    except (lxml.etree.ParserError, ValueError, TypeError):
        return None


def _meta(tree: lxml.html.HtmlElement) -> dict[str, str]:
    """<meta> values by lower-cased name/property/itemprop (first one wins)."""
    values: dict[str, str] = {}
    for el in tree.iter("meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").strip().lower()
        content = (el.get("content") or "").strip()
        if key and content and key not in values:
            values[key] = content
    return values


def _text(el: lxml.html.HtmlElement | None) -> str | None:
    if el is None:
        return None
    text = re.sub(r"\s+", " ", el.text_content()).strip()
    return text or None


def _split_title(title: str) -> tuple[str, str | None]:
    """(headline, site) from a <title>: "Headline | Section | Site", "Headline - Site".

    Parts after a "|" that are all short are the site and its sections; with dashes
    only the last part is the site, since headlines often hold a dash themselves.
    """
    bars = re.split(r"\s+\|\s+", title)
    if len(bars) > 1 and all(len(part.split()) <= 5 for part in bars[1:]):
        return bars[0], bars[-1]
    parts = re.split(r"\s+[|–—-]\s+|\s+::\s+", title)
    if len(parts) > 1 and len(parts[-1].split()) <= 5:
        return " - ".join(parts[:-1]), parts[-1]
    return title, None


def _title(tree: lxml.html.HtmlElement, meta: dict[str, str], data: dict) -> tuple[str | None, str | None]:
    """(headline, site name) from og:title, JSON-LD or the page <title> ("Headline | Site")."""
    title = _text(next(tree.iter("title"), None))
    site = None
    if title:
        title, site = _split_title(title)
    headline = data.get("headline") if isinstance(data.get("headline"), str) else None
    headline = meta.get("og:title") or meta.get("twitter:title") or headline or title
    return headline or _text(next(tree.iter("h1"), None)), site


def _linked_data(tree: lxml.html.HtmlElement) -> Iterator[dict]:
    """The JSON-LD objects that describe the page: top-level ones and members of "@graph" or of a list.

    Objects nested deeper (an ItemList of related stories) describe other pages.
    """
    for script in tree.xpath("//script[contains(translate(@type, 'LDJSON', 'ldjson'), 'ld+json')]"):
        try:
            data = json.loads((script.text or "").strip().removeprefix("<![CDATA[").removesuffix("]]>"), strict=False)
        except ValueError:
            continue
        for item in data if isinstance(data, list) else [data]:
            if isinstance(item, dict):
                graph = item.get("@graph")
                yield from (g for g in graph if isinstance(g, dict)) if isinstance(graph, list) else [item]


def _article_data(tree: lxml.html.HtmlElement) -> dict:
    """The first JSON-LD object typed as the article (NewsArticle, BlogPosting, WebPage ...), or {}."""
    for item in _linked_data(tree):
        kinds = item.get("@type")
        kinds = kinds if isinstance(kinds, list) else [kinds]
        if any(isinstance(k, str) and _ARTICLE_TYPES.search(k) for k in kinds):
            return item
    return {}


def _about_other_articles(el: lxml.html.HtmlElement) -> bool:
    """True inside an aside, navigation, footer or a related-stories or comments block.

    <body> and <html> are not looked at: their classes describe the whole page ("has-sidebar").
    """
    for parent in el.iterancestors():
        if parent.tag in ("body", "html"):
            break
        if parent.tag in ("aside", "nav", "footer"):
            return True
        if _OTHER_ARTICLES.search(f"{parent.get('class', '')} {parent.get('id', '')}"):
            return True
    return False


def _published(tree: lxml.html.HtmlElement, meta: dict[str, str], data: dict) -> dt.date | None:
    for key in _DATE_META:
        day = parse_date(meta.get(key))
        if day:
            return day
    value = data.get("datePublished") or data.get("dateCreated")
    day = parse_date(value) if isinstance(value, str) else None
    if day:
        return day
    for el in tree.xpath("//*[@itemprop='datePublished']|//time[@datetime]|//time[@pubdate]"):
        if _about_other_articles(el):
            continue
        day = parse_date(el.get("datetime") or el.get("content") or el.text_content())
        if day:
            return day
    return None


def _without_other_articles(tree: lxml.html.HtmlElement) -> lxml.html.HtmlElement:
    """A copy of the page without asides, navigation, footers, related-stories or comment blocks
    and scripts (the article's own JSON-LD is read by ``_published``; the rest describes other pages)."""
    page = copy.deepcopy(tree)
    for el in list(page.iter()):
        if not isinstance(el.tag, str) or el.tag in ("body", "html") or el.getparent() is None:
            continue
        if el.tag in ("aside", "nav", "footer", "script") or _OTHER_ARTICLES.search(f"{el.get('class', '')} {el.get('id', '')}"):
            el.drop_tree()
    return page


def _htmldate(tree: lxml.html.HtmlElement, url: str | None) -> dt.date | None:
    """htmldate's reading of the page's original publication date, in its fast mode.

    Its extensive search is left off: it takes a copyright year for a date ("(c) 2016"
    gives 2016-01-01). The page goes without the blocks that date other articles.
    """
    from htmldate import find_date

    logging.getLogger("htmldate").setLevel(logging.ERROR)
    try:
        found = find_date(_without_other_articles(tree), extensive_search=False, original_date=True, url=url)
    except Exception:  # htmldate raises assorted errors on odd markup; the page then has no date from it
        return None
    return parse_date(found)


def _author(tree: lxml.html.HtmlElement, meta: dict[str, str]) -> str | None:
    for key in _AUTHOR_META:
        value = meta.get(key)
        if value and not value.startswith(("http://", "https://")):
            return value
    found = tree.xpath("//*[@itemprop='author']|//*[@rel='author']")
    return _text(found[0]) if found else None


def _fallback_body(tree: lxml.html.HtmlElement) -> str:
    """Text of the page without noise elements, a line per block element."""
    body = next(tree.iter("body"), tree)
    for el in list(body.iter(*_NOISE)):
        if el.getparent() is not None:
            el.drop_tree()
    for el in body.iter():
        if isinstance(el.tag, str) and el.tag in _BLOCK:
            el.tail = "\n" + (el.tail or "")
            if el.tag != "br":
                el.text = "\n" + (el.text or "")
    return "\n".join(line.strip() for line in body.text_content().split("\n"))


def _extract_body(markup: str) -> str:
    """trafilatura's reading of the article body, or "" when it finds none."""
    import trafilatura

    logging.getLogger("trafilatura").setLevel(logging.ERROR)
    try:
        text = trafilatura.extract(
            markup, favor_precision=True, output_format="txt", include_comments=False,
            include_tables=False, include_images=False, include_links=False, deduplicate=False,
        )
    except Exception:  # trafilatura raises assorted errors on odd markup; fall back to lxml
        return ""
    return text or ""


def _strip_tags(markup: str) -> str:
    """Last resort for markup lxml cannot parse: tags out, scripts and styles with them."""
    markup = re.sub(r"(?is)<(script|style)\b.*?(?:</\1\s*>|$)", " ", markup)
    return re.sub(r"<[^>]*>?", " ", markup)


def read_html(markup: str) -> HtmlPage:
    """Body text and metadata of an HTML page; broken markup gives what can be read."""
    tree = _parse(markup)
    if tree is None:
        return HtmlPage(body=_strip_tags(markup))
    meta = _meta(tree)
    site = meta.get("og:site_name") or meta.get("application-name")
    canonical = tree.xpath("//link[@rel='canonical']/@href")
    data = _article_data(tree)
    url = meta.get("og:url") or (str(canonical[0]) if canonical else None)
    (title, title_site), published, author = _title(tree, meta, data), _published(tree, meta, data), _author(tree, meta)
    how = "html metadata" if published else None
    if published is None and (published := _htmldate(tree, url)):
        how = "htmldate"
    body = _extract_body(markup).strip() or _fallback_body(tree)
    if not body.strip():  # nesting deeper than the parser goes (libxml2 stops at 256 levels) loses the text
        body = _strip_tags(markup)
    return HtmlPage(
        body=body, title=title, published=published, author=author, outlet=site,
        url=url, site=title_site, published_from=how,
    )
