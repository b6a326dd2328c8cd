"""The embedded DuckDB store."""

from warmap.store.duck import DEFAULT_DB, EventFilter, Store, default_db_path, event_row

__all__ = ["Store", "EventFilter", "DEFAULT_DB", "default_db_path", "event_row"]
