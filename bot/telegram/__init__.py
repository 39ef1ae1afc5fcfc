"""The Telegram face (aiogram 3): routers per feature, rendering to HTML, middlewares.

Only `bot.__main__` assembles Bot and Dispatcher; handlers receive `dialogue`, `settings` and
`jobs` by name from the Dispatcher's data.
"""
