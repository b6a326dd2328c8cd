"""Exports: the JSON Lines contract, ACLED-column CSV, GeoJSON and Parquet."""

from warmap.export.codec import event_from_dict, event_to_dict
from warmap.export.writers import ACLED_COLUMNS, FORMATS, acled_row, write_events

__all__ = ["event_to_dict", "event_from_dict", "write_events", "acled_row", "FORMATS", "ACLED_COLUMNS"]
