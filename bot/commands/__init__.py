"""One module per `grantbot` sub-command, each exposing `register(subparsers)`.

A command module keeps heavy imports (aiogram, pdfplumber, tesseract…) inside its handler so that
`grantbot --help` and quick commands start fast.
"""
