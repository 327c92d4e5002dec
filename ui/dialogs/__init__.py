"""Application-wide dialogs: first run, sign-in, about."""
