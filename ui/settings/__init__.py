"""The settings dialog: the office, the numbers from the regulations, accounts."""
