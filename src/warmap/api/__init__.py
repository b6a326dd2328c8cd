"""The HTTP API and the map page: ``warmap serve``.

>>> from warmap.api import create_app
>>> app = create_app(":memory:", read_only=False)
"""

from warmap.api.app import CSP, create_app, serve

__all__ = ["create_app", "serve", "CSP"]
