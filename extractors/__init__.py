"""File → text → typed Invoice/Protocol. Backends touch files; parsing is pure."""

from extractors.models import (
    Document,
    DocumentKind,
    ExtractionWarning,
    Invoice,
    LineItem,
    Party,
    Protocol,
    ProtocolItem,
    Source,
    VatSummary,
    documents_in,
)

__all__ = [
    "Document",
    "DocumentKind",
    "ExtractionWarning",
    "Invoice",
    "LineItem",
    "Party",
    "Protocol",
    "ProtocolItem",
    "Source",
    "VatSummary",
    "documents_in",
]
