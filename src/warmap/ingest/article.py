"""Raw text (or HTML) to a cleaned ``Article``: the one path for files and the Python API.

Order matters: the copyright footer is read for the outlet before boilerplate rules
drop it; the header is read on lines (before paragraphs are joined) so a headline
never runs into the first sentence; ``doc_id`` hashes the final text, so the same
article read twice, from any path, is the same document.

>>> a = article_from_text("Rebels take Morek\\nJune 19, 2014\\n\\nRebels took Morek on Thursday.")
>>> a.title, str(a.published), a.text
('Rebels take Morek', '2014-06-19', 'Rebels took Morek on Thursday.')
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re

from warmap.errors import InputError
from warmap.records import Article, RawInput

from .boilerplate import load_rules
from .header import HEADER_LINES, Header, find_masthead, outlet_from_footer, read_header
from .html import HtmlPage, read_html
from .metaline import read_meta_line
from .normalise import join_paragraphs, normalise_lines

__all__ = ["article_from_text", "doc_id"]


def doc_id(text: str) -> str:
    """SHA-256 hex digest of the cleaned text: the document's identity in the store."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _clean(value: str | None) -> str | None:
    value = " ".join(value.split()) if value else None
    return value or None


def _publication(given: dt.date | None, page: HtmlPage | None, header: Header) -> tuple[dt.date | None, str | None]:
    """The publication date and where it came from: given by the caller, the page's
    metadata (``HtmlPage.published_from``), or the text's header (``Header.published_from``)."""
    if given:
        return given, "given"
    if page and page.published:
        return page.published, page.published_from
    return header.published, header.published_from


def article_from_text(
    text: str,
    *,
    source: str = "<text>",
    published: dt.date | None = None,
    title: str | None = None,
    url: str | None = None,
    html: bool = False,
) -> Article:
    """Clean ``text`` (an HTML page when ``html``) and read its metadata.

    ``published`` and ``title`` given here override what the text says. Raises
    ``InputError`` when no article text is left after cleaning.
    """
    page = read_html(text) if html else None
    raw = normalise_lines(page.body if page else text)
    footer_outlet = outlet_from_footer(raw)
    top = [i for i, line in enumerate(raw) if line][:HEADER_LINES]
    lines = load_rules().strip(raw, keep=frozenset(i for i in top if read_meta_line(raw[i])))
    known_title = _clean(title) or (_clean(page.title) if page else None)
    masthead = find_masthead(raw, lines)
    known_url = url or (page.url if page else None)
    header = read_header(lines, title=known_title, url=known_url, footer=raw)
    if masthead:
        # The site's name above the headline; unless a headline line follows, it was the headline.
        without = [("" if i == masthead[0] else line) for i, line in enumerate(lines)]
        alternative = read_header(without, title=known_title, url=known_url, footer=raw)
        if alternative.title_line is not None:
            lines, header = without, alternative
        else:
            masthead = None
    kept = ["" if i in header.drop else line for i, line in enumerate(lines)]
    body = join_paragraphs(kept, line_per_paragraph=html)
    if not re.search(r"[^\W\d_]{2}", body):  # not one word left
        raise InputError("no article text left after removing boilerplate and metadata; check that the file holds an article")
    day, how = _publication(published, page, header)
    return Article(
        doc_id=doc_id(body),
        source=source,
        text=body,
        title=_clean(title) or _clean(header.title),
        published=day,
        published_from=how,
        author=(_clean(page.author) if page else None) or header.author,
        outlet=(_clean(page.outlet or page.site) if page else None) or footer_outlet or header.outlet
        or (masthead[1] if masthead else None),
        dateline=header.dateline,
        url=known_url or header.url,
        raw=RawInput(text, html, published, title, url),
    )
