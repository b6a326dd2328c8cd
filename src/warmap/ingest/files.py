"""Files and folders to articles: ``read_inputs``.

A folder of scraped reports always holds some files that cannot be read; one bad
file must not stop the rest. So every problem becomes a ``Skipped`` with a one-line
reason that says what to do, and nothing here raises for bad input.

>>> from pathlib import Path
>>> [type(x).__name__ for x in read_inputs([Path("no/such/folder")])]
['Skipped']
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from warmap.errors import InputError
from warmap.records import Article, Skipped

from .article import article_from_text
from .dates import parse_date
from .decode import decode_bytes

__all__ = ["read_inputs", "SUPPORTED_SUFFIXES"]

#: File name endings read from folders (any case); others in a folder are passed over.
SUPPORTED_SUFFIXES = frozenset({".txt", ".html", ".htm", ".jsonl"})
_HTML = {".html", ".htm"}
#: JSON Lines field names, first found wins: warmap's own, then those scrapers write
#: (news-please "maintext"/"date_publish", newspaper "publish_date", schema.org names).
_FIELDS = {
    "text": ("text", "maintext", "content", "body"),
    "title": ("title", "headline"),
    "published": ("published", "date_publish", "publish_date", "published_at", "datePublished", "pubdate", "date"),
    "url": ("url", "link", "canonical_url"),
}


def _field(record: dict, name: str) -> str | None:
    """The first non-empty string among the names a field goes by."""
    return next((v for key in _FIELDS[name] if isinstance(v := record.get(key), str) and v.strip()), None)


def _size(n: int) -> str:
    """A byte count as people say it: 52 MB, 340 KB, 12 bytes."""
    if n >= 1_000_000:
        return f"{n / 1_000_000:.0f} MB"
    if n >= 1_000:
        return f"{n / 1_000:.0f} KB"
    return f"{n} bytes"


def _files(root: Path) -> list[Path]:
    """Supported files under a folder, sorted by path, without hidden files or folders."""
    found: list[Path] = []
    for folder, dirs, names in os.walk(root):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        found += [Path(folder) / n for n in names
                  if not n.startswith(".") and Path(n).suffix.lower() in SUPPORTED_SUFFIXES]
    return sorted(found, key=lambda p: p.relative_to(root).parts)


def _read_text(path: Path, max_bytes: int) -> str:
    """The decoded text of a file, or ``InputError`` saying why it cannot be read."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError(f"file is {_size(size)}, over the {_size(max_bytes)} limit; split it or raise --max-bytes")
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot be read ({exc.strerror or exc}); check the path and its permissions") from exc
    if not data:
        raise InputError("file is empty; remove it or put the article text in it")
    text = decode_bytes(data)
    if not text.strip():
        raise InputError("file holds only whitespace; remove it or put the article text in it")
    return text


def _jsonl_article(line: str, *, source: str, published: dt.date | None) -> Article:
    """One JSON Lines record to an article; ``InputError`` says what is wrong with the line."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(f"line is not valid JSON ({exc.msg} at column {exc.colno}); fix or remove the line") from exc
    if not isinstance(record, dict):
        raise InputError('line is not a JSON object; write each article as {"text": "...", "published": "YYYY-MM-DD"}')
    text = _field(record, "text")
    if text is None:
        raise InputError('line has no "text" (a non-empty string); add the article text or remove the line')
    return article_from_text(
        text, source=source,
        published=published or parse_date(_field(record, "published")),
        title=_field(record, "title"),
        url=_field(record, "url"),
        html=record.get("html") is True,
    )


def _read_file(path: Path, *, published: dt.date | None, max_bytes: int) -> Iterator[Article | Skipped]:
    source = str(path)
    suffix = path.suffix.lower()
    try:
        text = _read_text(path, max_bytes)
    except InputError as exc:
        yield Skipped(source, str(exc))
        return
    if suffix == ".jsonl":
        # split on "\n" only: JSON strings may hold U+2028 and other characters splitlines() breaks on
        for number, line in enumerate(text.split("\n"), 1):
            if not line.strip():
                continue
            where = f"{source}:{number}"
            try:
                yield _jsonl_article(line, source=where, published=published)
            except InputError as exc:
                yield Skipped(where, str(exc))
        return
    try:
        yield article_from_text(text, source=source, published=published, html=suffix in _HTML)
    except InputError as exc:
        yield Skipped(source, str(exc))


def read_inputs(
    paths: Iterable[str | Path],
    *,
    published: dt.date | None = None,
    max_bytes: int = 20_000_000,
) -> Iterator[Article | Skipped]:
    """Articles from files and folders (read recursively, in sorted order).

    Folders give their ``.txt .html .htm .jsonl`` files; a file named outright with
    another ending is skipped with a reason. A ``.jsonl`` file holds one article a
    line (``text``, optional ``title``, ``published``, ``url``, and ``"html": true``
    when the text is a page; scraper names such as ``maintext`` and ``date_publish`` are
    read too); its articles and bad lines have the source ``path:LINE``.
    ``published`` overrides every article's date.

    >>> for item in read_inputs(["reports/"]):  # doctest: +SKIP
    ...     print(item.source, getattr(item, "reason", item.title))
    """
    for given in paths:
        root = Path(given)
        if root.is_dir():
            for path in _files(root):
                yield from _read_file(path, published=published, max_bytes=max_bytes)
        elif root.is_file():
            if root.suffix.lower() not in SUPPORTED_SUFFIXES:
                kinds = " ".join(sorted(SUPPORTED_SUFFIXES))
                yield Skipped(str(root), f"unsupported file type {root.suffix or '(no extension)'!r}; warmap reads {kinds}: convert it first")
                continue
            yield from _read_file(root, published=published, max_bytes=max_bytes)
        elif root.exists():
            yield Skipped(str(root), "not a regular file or folder; pass a file or a folder of articles")
        else:
            yield Skipped(str(root), "no such file or folder; check the path")
