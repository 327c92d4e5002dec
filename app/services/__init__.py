"""Use cases over a DB session: one module per pane, plus accounts, settings and admin.

Conventions: keyword-only arguments (``session``, ``actor``, …); every write is one
transaction with one audit-log row (see :func:`app.services.audit.write`); services
return plain dataclasses, never live ORM objects, to the UI.
"""
