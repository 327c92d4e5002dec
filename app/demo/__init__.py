"""The demo office: the org chart first, then each pane's demo data."""
