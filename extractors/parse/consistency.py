"""Arithmetic and identity checks on a parsed invoice; each rule yields its warnings (Polish messages).

The checks never change the document: a wrong total on paper is what the applicant must see.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from decimal import Decimal

from extractors.models import DocumentKind, ExtractionWarning, Invoice, LineItem, Protocol, Source
from knowledge.money import num as _pl

from .nip import is_valid, ocr_candidates
from .rows import vat_from_gross, vat_of

CENT = Decimal("0.01")


def items_vs_totals(doc: Invoice) -> Iterator[ExtractionWarning]:
    # An advance invoice lists the whole order but charges only the advance.
    # a final invoice ("ROZ") lists the whole order and charges what remains after the advances
    if doc.invoice_type in ("ZAL", "KOR_ZAL", "ROZ", "KOR_ROZ"):  # also read from a printed "Faktura zaliczkowa"
        return
    if doc.net_total is None or not doc.items or any(i.net is None for i in doc.items):
        return
    after = sum((i.net or Decimal(0) for i in doc.items if not i.before_correction), Decimal(0))
    before = sum((i.net or Decimal(0) for i in doc.items if i.before_correction), Decimal(0))
    has_before = any(i.before_correction for i in doc.items)
    # A correction states the difference; when it lists only the corrected rows the sum is the total.
    expected = after - before if has_before else after
    tolerance = max(Decimal("0.05"), CENT * len(doc.items))
    if abs(expected - doc.net_total) > tolerance:
        yield ExtractionWarning(
            "items_vs_totals",
            f"Suma pozycji netto ({_pl(expected)}) różni się od sumy netto faktury ({_pl(doc.net_total)}).",
        )


def net_vat_gross(doc: Invoice) -> Iterator[ExtractionWarning]:
    if None not in (doc.net_total, doc.vat_total, doc.gross_total):
        assert doc.net_total is not None and doc.vat_total is not None and doc.gross_total is not None
        if abs(doc.net_total + doc.vat_total - doc.gross_total) > CENT:
            yield ExtractionWarning(
                "net_vat_gross",
                f"Netto {_pl(doc.net_total)} + VAT {_pl(doc.vat_total)} nie daje brutto {_pl(doc.gross_total)}.",
            )
    for s in doc.vat_summary:
        if s.net is not None and s.vat is not None and s.gross is not None and abs(s.net + s.vat - s.gross) > CENT:
            yield ExtractionWarning(
                "net_vat_gross", f"Stawka {s.rate}: netto + VAT nie daje kwoty brutto ({_pl(s.gross)})."
            )


def _rate_ok(net: Decimal, vat: Decimal, gross: Decimal | None, rate: str, tolerance: Decimal = CENT) -> bool:
    expected = vat_of(net, rate)
    if expected is not None and abs(expected - vat) <= tolerance:
        return True
    # Gross-priced invoices compute VAT from the gross value (art. 106e ust. 7 ustawy o VAT).
    return gross is not None and abs(vat_from_gross(gross, rate) - vat) <= tolerance


def vat_rate_mismatch(doc: Invoice) -> Iterator[ExtractionWarning]:
    for item in doc.items:
        if item.net is None or item.vat is None or not item.vat_rate or not item.vat_rate.isdigit():
            continue
        if not _rate_ok(item.net, item.vat, item.gross, item.vat_rate):
            yield ExtractionWarning(
                "vat_rate_mismatch",
                f"Pozycja „{_short(item)}”: VAT {_pl(item.vat)} nie odpowiada stawce {item.vat_rate}%.",
            )
    for s in doc.vat_summary:
        # A summary VAT may be the sum of per-line VAT, each rounded: half a grosz per line can add up.
        lines = sum(1 for item in doc.items if item.vat_rate == s.rate)
        tolerance = max(CENT, Decimal("0.005") * lines)
        if (
            s.net is not None
            and s.vat is not None
            and s.rate.isdigit()
            and not _rate_ok(s.net, s.vat, s.gross, s.rate, tolerance)
        ):
            yield ExtractionWarning(
                "vat_rate_mismatch", f"Podsumowanie stawki {s.rate}%: VAT {_pl(s.vat)} nie odpowiada stawce."
            )


def _short(item: LineItem) -> str:
    return item.name if len(item.name) <= 40 else item.name[:39] + "…"


def nip_checksum(doc: Invoice | Protocol) -> Iterator[ExtractionWarning]:
    for role, party in (("sprzedawcy", doc.seller), ("nabywcy", doc.buyer)):
        if party.nip and not is_valid(party.nip):
            message = f"NIP {role} {party.nip} ma błędną cyfrę kontrolną."
            guesses = ocr_candidates(party.nip) if doc.source == Source.OCR else []
            if len(guesses) == 1:
                message = (
                    message[:-1] + f" – możliwe, że to {guesses[0]} (typowy błąd odczytu skanu); sprawdź dokument."
                )
            yield ExtractionWarning("nip_checksum", message)


def missing_fields(doc: Invoice) -> Iterator[ExtractionWarning]:
    if doc.kind == DocumentKind.UNKNOWN:
        return
    # A rachunek (seller outside VAT) is not a faktura: the messages must not call it one.
    noun = "rachunku" if doc.invoice_type == "RACHUNEK" else "faktury"
    # An impossible printed date already has its own, more precise warning.
    date_named = any(w.code == "invalid_date" and w.message.startswith("Data wystawienia") for w in doc.warnings)
    labels = {
        f"numeru {noun}": doc.number,
        "daty wystawienia": doc.issue_date if not date_named else True,
        "NIP sprzedawcy": doc.seller.nip,
        "NIP nabywcy": doc.buyer.nip,
        "kwoty brutto": doc.gross_total,
    }
    missing = [label for label, value in labels.items() if value is None]
    if not doc.items:
        missing.append(f"pozycji {noun}")
    if missing:
        yield ExtractionWarning("missing_field", "Nie udało się odczytać: " + ", ".join(missing) + ".")


INVOICE_RULES: tuple[Callable[[Invoice], Iterator[ExtractionWarning]], ...] = (
    missing_fields,
    items_vs_totals,
    net_vat_gross,
    vat_rate_mismatch,
    nip_checksum,
)


def check_invoice(doc: Invoice) -> tuple[ExtractionWarning, ...]:
    found = [w for rule in INVOICE_RULES for w in rule(doc)]
    return tuple(dict.fromkeys(found))


def check_protocol(doc: Protocol) -> tuple[ExtractionWarning, ...]:
    found = list(nip_checksum(doc))
    missing = [
        label
        for label, value in (("numeru protokołu", doc.number), ("daty protokołu", doc.date))
        if value is None and not (label == "daty protokołu" and any(w.code == "invalid_date" for w in doc.warnings))
    ]
    if not doc.items:
        missing.append("pozycji protokołu")
    if missing:
        found.append(ExtractionWarning("missing_field", "Nie udało się odczytać: " + ", ".join(missing) + "."))
    return tuple(found)
