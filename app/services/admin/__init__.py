"""Accounts, settings, the audit log and the database itself (open, check, back up, restore)."""
