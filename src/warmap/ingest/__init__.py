"""Reading news reports: files, folders, JSON Lines and HTML to cleaned ``Article`` records.

>>> from warmap.ingest import article_from_text
>>> article = article_from_text("BAGHDAD (Reuters) - Militants seized the town on Sunday.")
>>> article.dateline, article.outlet
('BAGHDAD (Reuters)', 'Reuters')
"""

from .article import article_from_text
from .files import DEFAULT_MAX_BYTES, SUPPORTED_SUFFIXES, Notice, read_inputs

__all__ = ["read_inputs", "article_from_text", "SUPPORTED_SUFFIXES", "DEFAULT_MAX_BYTES", "Notice"]
