"""Typed documents produced by extraction and consumed by checks and the bot.

Money is Decimal (None when the document does not state it), dates are `date`, NIPs are 10 digits.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum


class DocumentKind(StrEnum):
    INVOICE = "invoice"
    CORRECTION = "correction"
    PROTOCOL = "protocol"
    UNKNOWN = "unknown"


class Source(StrEnum):
    PDF_TEXT = "pdf_text"
    OCR = "ocr"
    KSEF_XML = "ksef_xml"
    TEXT = "text"


@dataclass(frozen=True, slots=True)
class ExtractionWarning:
    code: str  # e.g. "items_vs_totals", "net_vat_gross", "nip_checksum"
    message: str  # Polish, for the user
    fields: tuple[str, ...] = ()  # "uncertain_field": the JSON fields it makes uncertain
    scan_only: bool = False  # the doubt comes from the scan alone (a weak OCR token, a confusable digit)


@dataclass(frozen=True, slots=True)
class Party:
    name: str | None = None
    nip: str | None = None  # 10 digits, checksum-valid or flagged by a warning
    address: str | None = None


@dataclass(frozen=True, slots=True)
class LineItem:
    name: str
    qty: Decimal | None = None
    unit: str | None = None
    unit_net: Decimal | None = None
    net: Decimal | None = None
    vat_rate: str | None = None  # "23", "8", "5", "0", "zw", "np", "oo"
    vat: Decimal | None = None
    gross: Decimal | None = None
    position: int | None = None  # Lp. on the document
    unit_gross: Decimal | None = None  # gross-priced invoices (P_9B)
    before_correction: bool = False  # a "stan przed" row of a correction (KSeF StanPrzed)
    serial_numbers: tuple[str, ...] = ()
    # Amounts printed in the row that its reading did not explain (not in the JSON; makes the items uncertain).
    unexplained: tuple[Decimal, ...] = ()


@dataclass(frozen=True, slots=True)
class VatSummary:
    rate: str
    net: Decimal | None
    vat: Decimal | None
    gross: Decimal | None


@dataclass(frozen=True, slots=True)
class Invoice:
    """An invoice or a correcting invoice (kind CORRECTION)."""

    file: str
    kind: DocumentKind
    source: Source
    number: str | None = None
    issue_date: date | None = None
    sale_date: date | None = None
    seller: Party = field(default_factory=Party)
    buyer: Party = field(default_factory=Party)
    recipient: Party | None = None  # Odbiorca / KSeF Podmiot3 role 8 (e.g. a school of the JST)
    buyer_is_jst: bool | None = None  # KSeF `JST` flag; None when the document does not say
    currency: str = "PLN"
    invoice_type: str | None = None  # KSeF RodzajFaktury: VAT, KOR, ZAL, ROZ, UPR, …
    items: tuple[LineItem, ...] = ()
    vat_summary: tuple[VatSummary, ...] = ()
    net_total: Decimal | None = None
    vat_total: Decimal | None = None
    gross_total: Decimal | None = None
    corrected_number: str | None = None  # for corrections: the invoice being corrected
    corrected_issue_date: date | None = None
    correction_reason: str | None = None
    warnings: tuple[ExtractionWarning, ...] = ()
    pages: int = 1
    # Per contract field (names as in the JSON: "number", "net_total", "items", …): how sure the
    # reading is, 0..1, and the fields whose cross-checks failed (each named in a warning).
    confidence: tuple[tuple[str, float], ...] = ()
    uncertain: tuple[str, ...] = ()
    # Further documents found in the same file (a second invoice, its protocol), each on its pages.
    others: tuple[Invoice | Protocol, ...] = ()

    @property
    def states_money(self) -> bool:
        """Any amount read: a total or a line's value. A currency is said of amounts only."""
        totals = (self.net_total, self.vat_total, self.gross_total)
        lines = (v for i in self.items for v in (i.unit_net, i.net, i.vat, i.gross))
        return any(v is not None for v in totals) or any(v is not None for v in lines)

    @property
    def effective_items(self) -> tuple[LineItem, ...]:
        """Items as they stand after a correction (the 'stan przed' rows excluded)."""
        return tuple(item for item in self.items if not item.before_correction)


@dataclass(frozen=True, slots=True)
class ProtocolItem:
    name: str
    qty: Decimal | None = None
    unit: str | None = None
    serial_numbers: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Protocol:
    """Protokół odbioru: what was received, from whom, against which invoice or contract."""

    file: str
    source: Source
    number: str | None = None
    date: date | None = None
    seller: Party = field(default_factory=Party)  # the supplier handing over
    buyer: Party = field(default_factory=Party)  # the receiving JST
    items: tuple[ProtocolItem, ...] = ()
    references: tuple[str, ...] = ()  # invoice or contract numbers it refers to
    signatures_filled: bool | None = None  # None: could not tell
    warnings: tuple[ExtractionWarning, ...] = ()
    pages: int = 1
    kind: DocumentKind = DocumentKind.PROTOCOL
    confidence: tuple[tuple[str, float], ...] = ()
    uncertain: tuple[str, ...] = ()
    others: tuple[Invoice | Protocol, ...] = ()


Document = Invoice | Protocol


def documents_in(doc: Document) -> list[Document]:
    """The document and the further documents read from the same file, in file order."""
    return [doc, *doc.others]
