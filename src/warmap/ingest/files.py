"""Files and folders to articles: ``read_inputs``.

A folder of scraped reports always holds some files that cannot be read; one bad
file must not stop the rest. So every problem becomes a ``Skipped`` with a one-line
reason that says what to do, and nothing here raises for bad input.

>>> from pathlib import Path
>>> [type(x).__name__ for x in read_inputs([Path("no/such/folder")])]
['Skipped']
"""

from __future__ import annotations

import codecs
import datetime as dt
import json
import os
import re
import stat
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from warmap.errors import InputError
from warmap.records import Article, Skipped

from .article import article_from_text
from .dates import parse_date
from .decode import Decoded, decode, without_surrogates

__all__ = ["read_inputs", "SUPPORTED_SUFFIXES", "DEFAULT_MAX_BYTES", "Notice", "shown"]


@dataclass(frozen=True)
class Notice:
    """Something the user should know about an input that was read (bytes replaced)."""

    source: str
    message: str

#: Files larger than this are skipped (``--max-bytes``): 5 MB holds the largest news page
#: (markup and all), and no article text near it can be analysed in reasonable time
#: (``pipeline.MAX_ARTICLE_CHARS``). For JSON Lines it limits each record, not the file.
DEFAULT_MAX_BYTES = 5_000_000
#: File name endings read from folders (any case); others in a folder are passed over.
SUPPORTED_SUFFIXES = frozenset({".txt", ".html", ".htm", ".jsonl", ".parquet"})
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


def shown(name: str | os.PathLike) -> str:
    r"""A file name as it can be printed on one line and stored: bytes that are not UTF-8
    as ``\xNN``, control characters (a newline, an escape) as ``\n``, ``\x1b``.

    >>> shown("reports/a\nb\x1b.txt")
    'reports/a\\nb\\x1b.txt'
    >>> shown(os.fsdecode(b"caf\xe9.txt"))
    'caf\\xe9.txt'
    """
    text = os.fsdecode(name)
    if _SURROGATE.search(text):
        text = os.fsencode(text).decode("utf-8", "backslashreplace")
    return _CONTROL.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


_SURROGATE = re.compile("[\ud800-\udfff]")
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def _skip(source: str | os.PathLike, reason: str) -> Skipped:
    """A ``Skipped`` whose source and reason are each one printable line."""
    return Skipped(shown(source), shown(reason))


def _files(root: Path) -> tuple[list[Path], list[Skipped]]:
    """Supported files under a folder, sorted by path, without hidden files or folders;
    and a ``Skipped`` for every folder that could not be listed."""
    found: list[Path] = []
    unreadable: list[Skipped] = []

    def report(exc: OSError) -> None:
        where = exc.filename if exc.filename is not None else root
        unreadable.append(_skip(where, f"folder cannot be read ({exc.strerror or exc}); its files were not read: check its permissions"))

    for folder, dirs, names in os.walk(root, onerror=report):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        found += [Path(folder) / n for n in names
                  if not n.startswith(".") and Path(n).suffix.lower() in SUPPORTED_SUFFIXES]
    return sorted(found, key=lambda p: p.relative_to(root).parts), unreadable


_KINDS = ((stat.S_ISFIFO, "a FIFO (named pipe)"), (stat.S_ISCHR, "a character device"),
          (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"), (stat.S_ISDIR, "a folder"))


def _open(path: Path, max_bytes: int) -> BinaryIO:
    """The file open for reading, after checking, without opening it, that it is a regular
    file within ``max_bytes``: a FIFO, a device or a socket (or a link to one) would
    block or never end. ``InputError`` says what is wrong."""
    try:
        mode = os.stat(path).st_mode
    except OSError as exc:
        broken = os.path.islink(path)
        raise InputError("is a link to nothing; fix or remove the link" if broken else
                         f"cannot be read ({exc.strerror or exc}); check the path and its permissions") from exc
    if not stat.S_ISREG(mode):
        kind = next((name for test, name in _KINDS if test(mode)), "not a regular file")
        link = " (through a link)" if os.path.islink(path) else ""
        raise InputError(f"is {kind}{link}, not a regular file; it was not opened: pass the file itself")
    try:
        # O_NONBLOCK: should the path have become a FIFO since, opening it does not wait
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    except OSError as exc:
        raise InputError(f"cannot be read ({exc.strerror or exc}); check the path and its permissions") from exc
    fh = os.fdopen(fd, "rb")
    info = os.fstat(fh.fileno())
    if not stat.S_ISREG(info.st_mode):
        fh.close()
        raise InputError("is not a regular file; it was not read: pass the file itself")
    if info.st_size > max_bytes:
        fh.close()
        raise InputError(f"file is {_size(info.st_size)}, over the {_size(max_bytes)} limit; split it or raise --max-bytes")
    return fh


def _read_text(path: Path, max_bytes: int) -> Decoded:
    """The decoded text of a file, or ``InputError`` saying why it cannot be read."""
    with _open(path, max_bytes) as fh:
        try:
            data = fh.read(max_bytes + 1)
        except OSError as exc:
            raise InputError(f"cannot be read ({exc.strerror or exc}); check the file and the disk") from exc
    if len(data) > max_bytes:
        raise InputError(f"file grew over the {_size(max_bytes)} limit while being read; split it or raise --max-bytes")
    if not data:
        raise InputError("file is empty; remove it or put the article text in it")
    decoded = decode(data)
    if not decoded.text.strip():
        raise InputError("file holds only whitespace; remove it or put the article text in it")
    return decoded


def _jsonl_article(line: str, *, source: str, published: dt.date | None) -> tuple[Article, int]:
    """One JSON Lines record to an article, and how many lone surrogates were replaced in
    it; ``InputError`` says what is wrong with the line."""
    if "\x00" in line:
        raise InputError("line holds a NUL byte (binary data); fix or remove the line")
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(f"line is not valid JSON ({exc.msg} at column {exc.colno}); fix or remove the line") from exc
    except RecursionError as exc:
        raise InputError("line nests JSON too deeply to read; fix or remove the line") from exc
    if not isinstance(record, dict):
        raise InputError('line is not a JSON object; write each article as {"text": "...", "published": "YYYY-MM-DD"}')
    return _record_article(record, source=source, published=published, what="line")


def _record_article(record: dict, *, source: str, published: dt.date | None, what: str) -> tuple[Article, int]:
    """One dataset record (a JSON Lines line, a Parquet row) to an article, and how many
    lone surrogates were replaced in it. The text is ``text`` (or a scraper's name for it),
    or else ``html``, a page to clean; ``"html": true`` beside ``text`` says the text is a page."""
    fields = {name: _field(record, name) for name in _FIELDS}
    page = record.get("html")
    is_page = page is True or (fields["text"] is None and isinstance(page, str) and bool(page.strip()))
    if fields["text"] is None and is_page:
        fields["text"] = page
    repaired = 0
    for name, value in fields.items():
        if value is not None:
            fields[name], n = without_surrogates(value)
            repaired += n
    if fields["text"] is None:
        raise InputError(f'{what} has no "text" or "html" (a non-empty string); add the article text or remove the {what}')
    article = article_from_text(
        fields["text"], source=source,
        published=published or parse_date(fields["published"]),
        title=fields["title"],
        url=fields["url"],
        html=is_page,
    )
    return article, repaired


def _lines(fh: BinaryIO, limit: int) -> Iterator[tuple[int, bytes | None]]:
    """(number, bytes) of each line, with None for a line over ``limit`` bytes (not kept)."""
    number = 0
    while line := fh.readline(limit + 1):
        number += 1
        if len(line) > limit and not line.endswith(b"\n"):
            while (rest := fh.readline(1 << 20)) and not rest.endswith(b"\n"):
                pass
            yield number, None
        else:
            yield number, line


def _read_jsonl(path: Path, source: str, *, published: dt.date | None, max_bytes: int) -> Iterator[Article | Skipped | Notice]:
    """A JSON Lines file, a record at a time: a bad record (invalid JSON, a NUL byte, bad
    UTF-8, over ``max_bytes``) is one skip, and the file's size is not limited."""
    with _open(path, 1 << 62) as fh:
        seen = False
        for number, data in _lines(fh, max_bytes):
            where = f"{source}:{number}"
            if data is None:
                yield _skip(where, f"line is over the {_size(max_bytes)} limit; split the record or raise --max-bytes")
                continue
            if number == 1:
                data = data.removeprefix(codecs.BOM_UTF8)
            if not data.strip():
                continue
            seen = True

            def record(data: bytes = data, where: str = where) -> tuple[Article, int, int]:
                text, bad = decode(data, allow_nul=True)
                article, repaired = _jsonl_article(text.removesuffix("\n").removesuffix("\r"),
                                                   source=where, published=published)
                return article, bad, repaired

            yield from _one_item(where, record)
        if not seen:
            yield _skip(source, "file is empty; remove it or put one JSON article a line in it")


def _read_parquet(path: Path, source: str, *, published: dt.date | None, max_bytes: int) -> Iterator[Article | Skipped | Notice]:
    """A Parquet dataset file with one article a row (the columns a JSON Lines record has),
    read a row group at a time: a bad row (no text, over ``max_bytes``) is one skip, and the
    file's size is not limited. A file Parquet cannot read is an ``InputError``."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    with _open(path, 1 << 62) as fh:
        try:
            dataset = pq.ParquetFile(fh)
            columns = [c for c in dataset.schema_arrow.names if c in _COLUMNS]
            if not set(columns) & _TEXT_COLUMNS:
                raise InputError(f"Parquet file has no text column (one of {', '.join(sorted(_TEXT_COLUMNS))}); "
                                 "write one article a row with its text")
            number = 0
            for batch in dataset.iter_batches(batch_size=256, columns=columns):
                for row in batch.to_pylist():
                    number += 1
                    where = f"{source}:{number}"
                    yield from _one_item(where, lambda row=row, where=where: _row_article(
                        row, where, published=published, max_bytes=max_bytes))
        except (pa.ArrowException, ValueError) as exc:
            raise InputError(f"is not a readable Parquet file ({' '.join(str(exc).split())[:200]}); "
                             "check that it was written completely") from exc
    if number == 0:
        yield _skip(source, "Parquet file has no rows; write one article a row in it")


#: The Parquet columns read: every name a JSON Lines field goes by, and ``html``.
_COLUMNS = frozenset({name for names in _FIELDS.values() for name in names} | {"html"})
_TEXT_COLUMNS = frozenset({*_FIELDS["text"], "html"})


def _row_article(row: dict, source: str, *, published: dt.date | None, max_bytes: int) -> tuple[Article, int, int]:
    """One Parquet row to an article (dates and timestamps as ISO strings), with no bytes
    replaced and the lone surrogates that were."""
    record = {k: (v.date() if isinstance(v, dt.datetime) else v).isoformat() if isinstance(v, dt.date) else v
              for k, v in row.items()}
    size = sum(len(v.encode("utf-8", "surrogatepass")) for v in record.values() if isinstance(v, str))
    if size > max_bytes:
        raise InputError(f"row is {_size(size)}, over the {_size(max_bytes)} limit; split the record or raise --max-bytes")
    article, repaired = _record_article(record, source=source, published=published, what="row")
    return article, 0, repaired


def _notices(source: str, bad_bytes: int, surrogates: int = 0) -> Iterator[Notice]:
    if bad_bytes:
        yield Notice(source, f"{bad_bytes} byte(s) that are not UTF-8 replaced by U+FFFD; re-save the file as UTF-8 to keep them")
    if surrogates:
        yield Notice(source, f"{surrogates} lone surrogate escape(s) (\\ud800-\\udfff) replaced by U+FFFD")


def _failure(exc: BaseException) -> str:
    """The reason for a skip that no rule foresaw: what was raised, in one line."""
    what = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
    return f"could not be read ({what[:300]}); please report this input to the warmap maintainers"


def _one_item(source: str, read: Callable[[], tuple[Article, int, int]]) -> Iterator[Article | Skipped | Notice]:
    """The article ``read()`` gives (with notices of the bytes it repaired), or the
    ``Skipped`` that says why it failed: one bad file or record must not stop the rest."""
    try:
        article, bad_bytes, surrogates = read()
    except InputError as exc:
        yield _skip(source, str(exc))
        return
    except Exception as exc:  # noqa: BLE001 - whatever went wrong, it is this item's skip
        yield _skip(source, _failure(exc))
        return
    yield article
    yield from _notices(source, bad_bytes, surrogates)


#: Dataset files, one article a record, and their readers.
_DATASETS = {".jsonl": _read_jsonl, ".parquet": _read_parquet}


def _read_file(path: Path, *, published: dt.date | None, max_bytes: int) -> Iterator[Article | Skipped | Notice]:
    source = shown(path)
    suffix = path.suffix.lower()
    if suffix in _DATASETS:
        try:
            yield from _DATASETS[suffix](path, source, published=published, max_bytes=max_bytes)
        except InputError as exc:
            yield _skip(source, str(exc))
        except OSError as exc:
            yield _skip(source, f"could not be read to the end ({exc.strerror or exc}); check the file and the disk")
        return

    def whole() -> tuple[Article, int, int]:
        text, bad = _read_text(path, max_bytes)
        return article_from_text(text, source=source, published=published, html=suffix in _HTML), bad, 0

    yield from _one_item(source, whole)


def read_inputs(
    paths: Iterable[str | Path],
    *,
    published: dt.date | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[Article | Skipped | Notice]:
    """Articles (and skips, and notices) from files and folders (read recursively, in sorted order).

    Folders give their ``.txt .html .htm .jsonl .parquet`` files; a file named outright with
    another ending is skipped with a reason. A ``.jsonl`` file holds one article a
    line (``text``, optional ``title``, ``published``, ``url``, and ``"html": true``
    when the text is a page; or ``html``, a page, instead of ``text``; scraper names such as
    ``maintext`` and ``date_publish`` are read too); its articles and bad lines have the
    source ``path:LINE``. A ``.parquet`` file holds one article a row, with the same columns
    (``published`` may be a date or timestamp column); its rows have the source ``path:ROW``.
    ``published`` overrides every article's date. ``max_bytes`` limits a file's size, and
    a JSON Lines file's records one by one. FIFOs, devices and sockets (and links to them)
    are skipped without being opened; a folder that cannot be listed is a skip. A
    ``Notice`` follows an article whose bytes were repaired (invalid UTF-8, lone surrogates).

    >>> for item in read_inputs(["reports/"]):  # doctest: +SKIP
    ...     print(item.source, getattr(item, "reason", item.title))
    """
    for given in paths:
        root = Path(given)
        if root.is_dir():
            files, unreadable = _files(root)
            yield from unreadable
            for path in files:
                yield from _read_file(path, published=published, max_bytes=max_bytes)
        elif root.is_file():
            if root.suffix.lower() not in SUPPORTED_SUFFIXES:
                kinds = " ".join(sorted(SUPPORTED_SUFFIXES))
                yield _skip(root, f"unsupported file type {shown(root.suffix) or '(no extension)'!r}; warmap reads {kinds}: convert it first")
                continue
            yield from _read_file(root, published=published, max_bytes=max_bytes)
        elif root.exists():
            yield _skip(root, "not a regular file or folder (a FIFO, device or socket is never opened); pass a file or a folder of articles")
        else:
            yield _skip(root, "no such file or folder; check the path")
