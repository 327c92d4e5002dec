"""Typed errors whose messages (Vietnamese) are shown to users as they are."""


class VanPhongError(Exception):
    """Base class: an expected failure with a message fit for a user."""


class InvalidInput(VanPhongError, ValueError):
    """The user gave something that cannot be accepted (a bad date, an unknown id...)."""


class NotFound(InvalidInput):
    """A referenced record does not exist."""


class Forbidden(VanPhongError, PermissionError):
    """The signed-in user's role does not allow this action."""


class Conflict(VanPhongError):
    """The change would break a rule of the office (overlap, cycle, duplicate...)."""
