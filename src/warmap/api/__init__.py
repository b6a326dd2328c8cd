"""The HTTP API and the map page: ``warmap serve``.

>>> from warmap.api import create_app
>>> app = create_app(":memory:", read_only=False)

The app (and with it FastAPI) is imported on first use, so ``warmap.api.limits`` stays
cheap to import for the command line.
"""

from typing import Any

__all__ = ["create_app", "serve", "CSP"]


def __getattr__(name: str) -> Any:
    if name == "serve":  # reads the store while it imports the app
        from warmap.api.startup import serve

        return serve
    if name in __all__:
        from warmap.api import app

        return getattr(app, name)
    raise AttributeError(f"module 'warmap.api' has no attribute {name!r}")
