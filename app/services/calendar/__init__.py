"""The work calendar and the weekly leadership schedule."""
