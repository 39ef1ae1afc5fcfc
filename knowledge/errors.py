"""Root of every user-facing error in grantbot.

    GrantbotError                 str(exc) is a complete Polish sentence for the user
     ├── knowledge.teryt.TerytError, knowledge.registry.UnitNotFound …
     ├── grants.GrantError …
     ├── extractors.ExtractionError …
     └── checks.CheckError …

Each package subclasses it once and keeps its own tree; the faces catch `GrantbotError` only.
"""


class GrantbotError(Exception):
    """A problem the user can act on; the message is Polish and safe to show."""
