"""Persistence: SQLModel tables, the engine with its pragmas, Alembic migrations, backups."""
