"""`grantbot panel`: the helpdesk web panel for staff (inbox, FAQ drafts, statistics).

Staff accounts: `grantbot helpdesk add-staff LOGIN`. Serve it on loopback behind the same HTTPS
proxy as the webhook; `--secure-cookies` when the proxy terminates HTTPS.
"""

from __future__ import annotations

import argparse
from typing import Any


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "panel",
        help="panel www dla konsultantów infolinii",
        description="Panel www: skrzynka pytań, szkice FAQ, statystyki.",
    )
    parser.add_argument("--host", default="127.0.0.1", help="adres nasłuchu (domyślnie 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8081, help="port (domyślnie 8081)")
    parser.add_argument(
        "--secure-cookies", action="store_true", help="ciasteczka tylko przez HTTPS (gdy panel stoi za proxy HTTPS)"
    )
    parser.add_argument("--database-url", default=None, help="baza danych (domyślnie z DATABASE_URL / DATA_DIR)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from aiohttp import web

    from bot.commands.helpdesk import _engine, faq_nearest
    from bot.panel import create_app

    engine = _engine(args)
    app = create_app(engine, nearest=faq_nearest, secure_cookies=args.secure_cookies)
    print(f"Panel infolinii: http://{args.host}:{args.port}/ (Ctrl+C kończy)", flush=True)
    web.run_app(app, host=args.host, port=args.port, print=None)
    return 0
