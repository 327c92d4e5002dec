"""Việc của tôi: what waits for the signed-in person — checklist items of their department
due or overdue, leave approvals, written applications owed, the weekly schedule and duty
rosters to publish — gathered in one read, and the reminder settings."""
