"""Subcommands of `vanphong`, one module per pane.

Each module listed in :data:`MODULES` has ``register(groups: CommandGroups)`` that adds
its parsers and sets ``handler=`` (a function ``(args, ctx) -> int``) on each.
"""

MODULES = [
    "app.commands.core",
    "app.commands.calendar",
    "app.commands.meetings",
    "app.commands.leave",
    "app.commands.org",
    "app.commands.paperwork",
    "app.commands.display",
    "app.commands.my_work",
]
