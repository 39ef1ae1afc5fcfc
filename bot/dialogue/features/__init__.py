"""One module per feature behind the dispatcher in `bot.dialogue.core`.

Each feature is a `Feature` subclass: command handlers named in the command table, button
handlers registered by action prefix, and an optional `text` hook trying free text in turn.
"""
