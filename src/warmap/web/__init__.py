"""The static map page (``static/index.html`` and its modules), served by ``warmap.api``.

Third-party libraries live in ``static/vendor/``, copied from npm by
``web/copy-vendor.mjs`` at the repository top (see ``web/README.md``).
"""
