"""Meeting preparation: meetings, checklists, attendees, documents, printouts' data."""
