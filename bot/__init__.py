"""The faces of grantbot: the Telegram bot and the command line, over one dialogue core."""
