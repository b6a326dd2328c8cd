"""The embedded DuckDB store."""

from warmap.store.duck import DEFAULT_DB, EventFilter, Store, default_db_path

__all__ = ["Store", "EventFilter", "DEFAULT_DB", "default_db_path"]
