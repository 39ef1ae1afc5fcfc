"""Typed results of the settlement pre-screen: findings, per-line verdicts, totals, the report.

Money is Decimal; every finding says which document and line it concerns and, where the programme
documents give one, the rule it rests on.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any

from extractors.models import Document, Invoice, Protocol
from knowledge.citations import Citation

ZERO = Decimal("0.00")


class Severity(StrEnum):
    ERROR = "error"  # the operator will reject this as it stands
    WARNING = "warning"  # likely to be questioned, or a document is missing
    INFO = "info"  # a reminder or something we cannot judge from the files

    @property
    def rank(self) -> int:
        return {"error": 0, "warning": 1, "info": 2}[self.value]


class ItemStatus(StrEnum):
    """The classifier's verdict, restated here so the report does not depend on its module."""

    ELIGIBLE = "eligible"
    INELIGIBLE = "ineligible"
    REVIEW = "review"


@dataclass(frozen=True, slots=True)
class Finding:
    code: str
    severity: Severity
    message: str  # Polish, a complete sentence
    citation: Citation | None = None
    document: str | None = None  # file name
    line: int | None = None  # position on the document (Lp.)
    amount: Decimal | None = None


@dataclass(frozen=True, slots=True)
class ItemVerdict:
    """One invoice line as it stands after corrections, with the classifier's verdict."""

    document: str  # the file the values come from (a correction for corrected lines)
    invoice: str | None  # number of the invoice the line belongs to (the corrected one for corrections)
    position: int
    name: str
    qty: Decimal | None
    unit: str | None
    net: Decimal | None
    vat_rate: str | None
    vat: Decimal | None
    gross: Decimal | None
    category: str
    category_label: str
    verdict: ItemStatus
    reason: str
    citation: Citation | None
    confidence: float = 0.0
    is_service: bool = False
    currency: str = "PLN"
    corrected: bool = False  # values taken from a correcting invoice
    # Finding code whose rule, not the catalogue category, decided the verdict: "date_outside_window",
    # "date_missing", "used_equipment", "proforma" (not spending: out of every total), "unknown_document"; that rule's
    # finding is the line's only finding about its verdict.
    overridden_by: str | None = None
    used_word: str | None = None  # the classifier read the line as second-hand equipment ("poleasingowy")
    # False for lines outside every total: a correction joined to no uploaded invoice (listed on its own).
    counted: bool = True
    amount_note: str | None = None  # how VAT/gross were completed (Polish), when the line did not print them
    rounding: Decimal = ZERO  # grosz moved to this line so the lines add up to the per-rate VAT summary
    seller_nip: str | None = None
    issue_date: date | None = None

    @property
    def net_value(self) -> Decimal | None:
        """Net as stated, or derived on gross-priced lines (gross − VAT, or from the rate)."""
        if self.net is not None:
            return self.net
        if self.gross is None:
            return None
        if self.vat is not None:
            return self.gross - self.vat
        if self.vat_rate and self.vat_rate.isdigit():
            return (self.gross * 100 / (100 + int(self.vat_rate))).quantize(Decimal("0.01"))
        return None

    @property
    def gross_value(self) -> Decimal | None:
        """Gross as stated or completed; net + VAT when only those are known; never the net alone
        unless the line is not taxed (no VAT and no rate saying otherwise)."""
        if self.gross is not None:
            return self.gross
        net = self.net_value
        if net is None:
            return None
        if self.vat is not None:
            return net + self.vat
        if self.vat_rate and self.vat_rate.isdigit() and int(self.vat_rate) > 0:
            return net + (net * int(self.vat_rate) / 100).quantize(Decimal("0.01"))
        return net


@dataclass(frozen=True, slots=True)
class Totals:
    eligible_net: Decimal = ZERO
    eligible_gross: Decimal = ZERO
    ineligible_net: Decimal = ZERO
    ineligible_gross: Decimal = ZERO
    review_net: Decimal = ZERO
    review_gross: Decimal = ZERO
    foreign_currency_lines: int = 0  # lines left out of the sums: not in PLN

    @property
    def total_net(self) -> Decimal:
        return self.eligible_net + self.ineligible_net + self.review_net

    @property
    def total_gross(self) -> Decimal:
        return self.eligible_gross + self.ineligible_gross + self.review_gross


@dataclass(frozen=True, slots=True)
class UnreadableFile:
    file: str
    reason: str  # Polish, from the extractor's error


@dataclass(frozen=True, slots=True)
class Report:
    programme: str  # code: cg | cp | cs
    programme_name: str
    documents: tuple[Document, ...]
    items: tuple[ItemVerdict, ...]
    findings: tuple[Finding, ...]  # sorted: errors first, then by document and line
    totals: Totals
    unreadable: tuple[UnreadableFile, ...] = ()
    unit_name: str | None = None
    max_grant: Decimal | None = None
    # Each invoice's lines against its own printed totals (`checks.money.DocumentTotals`).
    document_totals: tuple[Any, ...] = ()
    # Corrections joined to their invoices and duplicates left out (`checks.links`).
    links: tuple[Any, ...] = ()
    duplicates: tuple[Any, ...] = ()
    # Protocol line -> invoice line matches (`checks.matching.Match`).
    matches: tuple[Any, ...] = ()
    checked_at: datetime | None = None  # when the check ran (local time of the face that ran it)

    @property
    def invoices(self) -> tuple[Invoice, ...]:
        return tuple(d for d in self.documents if isinstance(d, Invoice))

    @property
    def protocols(self) -> tuple[Protocol, ...]:
        return tuple(d for d in self.documents if isinstance(d, Protocol))

    def by_severity(self, severity: Severity) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.severity is severity)

    def codes(self) -> list[str]:
        return [f.code for f in self.findings]

    def count(self, verdict: ItemStatus) -> int:
        return sum(1 for item in self.items if item.verdict is verdict)
