"""Use cases over a DB session: one sub-package per feature, mirroring ``ui/``:
``org``, ``calendar``, ``meetings``, ``leave`` and ``admin`` (accounts, settings, audit, the database).

Conventions: keyword-only arguments (``session``, ``actor``, …); every write is one
transaction with one audit-log row (see :func:`app.services.admin.audit.write`); services
return plain dataclasses, never live ORM objects, to the UI.
"""
