"""Errors of the persistence layer, with messages fit for a user."""


class DatabaseError(Exception):
    """The database cannot be opened, migrated, backed up or restored."""
