"""Pure rules of the office: no I/O, no database, no Qt."""
