"""The org chart: edits, the read side (who is away, who acts), staff import."""
