"""KSeF structured invoices (schemas FA(2) and FA(3)) → `Invoice`.

Elements are matched by namespace URI and local name, never by prefix, and found wherever they sit
among their siblings (the order in the schema is not relied on). Parsing is hardened with
defusedxml: no DTD, no entity expansion, no external entities.

Mapping (Fa = Faktura/Fa):
    P_2 number · P_1 issue date · P_6 or OkresFa/P_6_Do sale date · KodWaluty · RodzajFaktury
    Podmiot1/DaneIdentyfikacyjne/{NIP,Nazwa} seller · Podmiot2/… buyer · Podmiot2/JST (1 = JST)
    Podmiot3 with Rola 8 (JST – odbiorca, e.g. a school) → recipient
    FaWiersz: P_7 name, P_8A unit, P_8B qty, P_9A/P_9B unit net/gross, P_11/P_11A net/gross,
              P_12 rate, P_11Vat VAT, StanPrzed = 1 → before_correction
    totals: net = Σ P_13_x, VAT = Σ P_14_x (P_14_xW, the VAT in PLN of a foreign invoice, ignored), gross = P_15
    corrections: DaneFaKorygowanej/{NrFaKorygowanej | NrKSeFFaKorygowanej, DataWystFaKorygowanej}, PrzyczynaKorekty
"""

from __future__ import annotations

import dataclasses
import re
from datetime import date
from decimal import Decimal, InvalidOperation
from xml.etree.ElementTree import Element, ParseError

import defusedxml.ElementTree as SafeET
from defusedxml import DefusedXmlException, DTDForbidden, EntitiesForbidden, ExternalReferenceForbidden

from extractors.errors import CorruptFile, EmptyFile, HostileFile, UnsupportedFile
from extractors.models import DocumentKind, ExtractionWarning, Invoice, LineItem, Party, Source, VatSummary
from extractors.parse.consistency import check_invoice
from extractors.parse.rows import vat_from_gross, vat_of

NAMESPACES = {
    "http://crd.gov.pl/wzor/2023/06/29/12648/": "FA(2)",
    "http://crd.gov.pl/wzor/2025/06/25/13775/": "FA(3)",
}
# Earlier/other Ministry of Finance forms that share the root name but not our mapping.
_OTHER_FA = re.compile(r"^http://crd\.gov\.pl/wzor/")
_JST_RECIPIENT_ROLE = "8"
# P_13_x / P_14_x by the rate they carry; 1 and 2 hold the basic and first reduced rate (23/22, 8/7).
_SUMMARY_RATES = {
    "1": "23",
    "2": "8",
    "3": "5",
    "4": "4",
    "5": "oss",
    "6_1": "0",
    "6_2": "0",
    "6_3": "0",
    "6": "0",
    "7": "zw",
    "8": "np",
    "9": "np",
    "10": "oo",
    "11": "marża",
}
CENT = Decimal("0.01")
_DECIMAL_RE = re.compile(r"-?\d{1,18}(?:\.\d{1,8})?")


def _normalise_rate(value: str | None) -> str | None:
    if value is None:
        return None
    v = value.strip().lower()
    if v.startswith("0"):
        return "0"  # "0 KR", "0 WDT", "0 EX": all zero-rated
    if v.startswith("np"):
        return "np"  # "np I", "np II"
    return v


class _Doc:
    def __init__(self, ns: str) -> None:
        self.ns = ns

    def q(self, name: str) -> str:
        return f"{{{self.ns}}}{name}"

    def find(self, el: Element | None, path: str) -> Element | None:
        if el is None:
            return None
        for part in path.split("/"):
            found = el.find(self.q(part))
            if found is None:
                return None
            el = found
        return el

    def text(self, el: Element | None, path: str) -> str | None:
        found = self.find(el, path)
        if found is None or found.text is None:
            return None
        return found.text.strip() or None

    def all(self, el: Element | None, name: str) -> list[Element]:
        return [] if el is None else el.findall(self.q(name))


def _decimal(value: str | None, field: str) -> Decimal | None:
    if value is None:
        return None
    # The schema's decimal types: plain digits with a dot. "NaN", "1E+30", "1_000" are not amounts and
    # would break the arithmetic further on.
    if not _DECIMAL_RE.fullmatch(value):
        raise CorruptFile(f"Pole {field} faktury KSeF nie jest liczbą: „{value[:20]}”.")
    try:
        return Decimal(value)
    except InvalidOperation:
        raise CorruptFile(f"Pole {field} faktury KSeF nie jest liczbą: „{value[:20]}”.") from None


def _date(value: str | None, field: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        raise CorruptFile(f"Pole {field} faktury KSeF nie jest datą: „{value[:20]}”.") from None


def _load(data: bytes) -> Element:
    if not data.strip():
        raise EmptyFile("Plik XML jest pusty.")
    try:
        root: Element = SafeET.fromstring(data, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except (DTDForbidden, EntitiesForbidden, ExternalReferenceForbidden) as exc:
        raise HostileFile(
            "Plik XML zawiera deklarację DTD lub encje (możliwy atak na parser); odrzucono go. "
            "Faktura z KSeF nie zawiera takich konstrukcji."
        ) from exc
    except DefusedXmlException as exc:
        raise HostileFile("Plik XML zawiera niedozwolone konstrukcje; odrzucono go.") from exc
    except ParseError as exc:
        raise CorruptFile(f"Plik XML jest uszkodzony lub niekompletny (błąd w wierszu {exc.position[0]}).") from exc
    except (ValueError, LookupError) as exc:
        # LookupError: an encoding the declaration names but Python does not know ("UTF-81").
        raise CorruptFile("Plik XML jest uszkodzony (niepoprawne kodowanie znaków).") from exc
    return root


def _party(doc: _Doc, el: Element | None) -> Party:
    if el is None:
        return Party()
    ident = doc.find(el, "DaneIdentyfikacyjne")
    nip = doc.text(ident, "NIP")
    address = ", ".join(x for x in (doc.text(el, "Adres/AdresL1"), doc.text(el, "Adres/AdresL2")) if x) or None
    return Party(name=doc.text(ident, "Nazwa"), nip=re.sub(r"\D", "", nip) if nip else None, address=address)


def _line(doc: _Doc, el: Element) -> LineItem:
    rate = _normalise_rate(doc.text(el, "P_12"))
    net = _decimal(doc.text(el, "P_11"), "P_11")
    gross = _decimal(doc.text(el, "P_11A"), "P_11A")
    vat = _decimal(doc.text(el, "P_11Vat"), "P_11Vat")
    # KSeF states a line's net or gross value, not its VAT; derive the rest from the rate.
    if rate is not None and (rate.isdigit() or rate in ("zw", "np", "oo")):
        if net is not None and vat is None:
            vat = vat_of(net, rate)
        elif gross is not None and vat is None:
            vat = vat_from_gross(gross, rate)
        if net is None and gross is not None and vat is not None:
            net = gross - vat
        if gross is None and net is not None and vat is not None:
            gross = net + vat
    position = doc.text(el, "NrWierszaFa")
    return LineItem(
        name=doc.text(el, "P_7") or "",
        qty=_decimal(doc.text(el, "P_8B"), "P_8B"),
        unit=doc.text(el, "P_8A"),
        unit_net=_decimal(doc.text(el, "P_9A"), "P_9A"),
        net=net,
        vat_rate=rate,
        vat=vat,
        gross=gross,
        position=int(position) if position and position.isdigit() else None,
        unit_gross=_decimal(doc.text(el, "P_9B"), "P_9B"),
        before_correction=doc.text(el, "StanPrzed") == "1",
    )


def _order_line(doc: _Doc, el: Element) -> LineItem:
    """A row of an advance invoice's order (Zamowienie/ZamowienieWiersz, fields suffixed with Z)."""
    rate = _normalise_rate(doc.text(el, "P_12Z"))
    net = _decimal(doc.text(el, "P_11NettoZ"), "P_11NettoZ")
    vat = _decimal(doc.text(el, "P_11VatZ"), "P_11VatZ")
    if vat is None and net is not None and rate is not None and (rate.isdigit() or rate in ("zw", "np", "oo")):
        vat = vat_of(net, rate)
    position = doc.text(el, "NrWierszaZam")
    return LineItem(
        name=doc.text(el, "P_7Z") or "",
        qty=_decimal(doc.text(el, "P_8BZ"), "P_8BZ"),
        unit=doc.text(el, "P_8AZ"),
        unit_net=_decimal(doc.text(el, "P_9AZ"), "P_9AZ"),
        net=net,
        vat_rate=rate,
        vat=vat,
        gross=None if net is None or vat is None else net + vat,
        position=int(position) if position and position.isdigit() else None,
    )


def _items(doc: _Doc, fa: Element) -> tuple[LineItem, ...]:
    items = [_line(doc, el) for el in doc.all(fa, "FaWiersz")]
    if not items:
        # An advance invoice (ZAL) lists the ordered goods instead of its own rows.
        items = [_order_line(doc, el) for el in doc.all(doc.find(fa, "Zamowienie"), "ZamowienieWiersz")]
    # Rows are numbered (NrWierszaFa); document order is not guaranteed to follow the numbering.
    if all(item.position is not None for item in items):
        items.sort(key=lambda item: (item.position or 0, item.before_correction is False))
    return tuple(items)


def parse_ksef(data: bytes, *, file: str) -> Invoice:
    root = _load(data)
    ns, _, local = root.tag[1:].partition("}") if root.tag.startswith("{") else ("", "", root.tag)
    if local != "Faktura":
        raise UnsupportedFile("Plik XML nie jest fakturą KSeF (brak elementu Faktura).")
    if ns not in NAMESPACES:
        if _OTHER_FA.match(ns):
            raise UnsupportedFile("To faktura w nieobsługiwanej wersji schematu KSeF; obsługujemy FA(2) i FA(3).")
        raise UnsupportedFile("Plik XML nie jest fakturą KSeF (nieznana przestrzeń nazw).")
    doc = _Doc(ns)
    fa = doc.find(root, "Fa")
    if fa is None:
        raise CorruptFile("Faktura KSeF nie zawiera sekcji Fa z danymi faktury.")
    warnings: list[ExtractionWarning] = []
    kind_code = doc.text(fa, "RodzajFaktury")
    kind = DocumentKind.CORRECTION if kind_code and kind_code.startswith("KOR") else DocumentKind.INVOICE
    currency = (doc.text(fa, "KodWaluty") or "PLN").upper()
    if currency != "PLN":
        warnings.append(ExtractionWarning("currency", f"Dokument wystawiono w walucie {currency}, nie w złotych."))

    buyer_el = doc.find(root, "Podmiot2")
    jst = doc.text(buyer_el, "JST")
    recipient = None
    for third in doc.all(root, "Podmiot3"):
        if doc.text(third, "Rola") == _JST_RECIPIENT_ROLE:
            recipient = _party(doc, third)
            break

    summary: list[VatSummary] = []
    net_total = vat_total = None
    for child in fa:
        name = child.tag.rpartition("}")[2]
        m = re.fullmatch(r"P_13_(\d+(?:_\d)?)", name)
        if m and child.text:
            value = _decimal(child.text, name)
            net_total = (net_total or Decimal(0)) + (value or 0)
            vat = _decimal(doc.text(fa, f"P_14_{m.group(1)}"), f"P_14_{m.group(1)}")
            rate = _SUMMARY_RATES.get(m.group(1), m.group(1))
            summary.append(VatSummary(rate, value, vat, None if vat is None or value is None else value + vat))
        m = re.fullmatch(r"P_14_(\d+)", name)
        if m and child.text:
            vat_total = (vat_total or Decimal(0)) + (_decimal(child.text, name) or 0)
    if net_total is not None and vat_total is None:
        vat_total = Decimal("0.00")

    corrected = doc.find(fa, "DaneFaKorygowanej")
    # One date for the whole invoice, the end of its period, or (per line, P_6A) the latest delivery.
    line_dates = [d for el in doc.all(fa, "FaWiersz") if (d := doc.text(el, "P_6A"))]
    sale = doc.text(fa, "P_6") or doc.text(fa, "OkresFa/P_6_Do") or (max(line_dates) if line_dates else None)
    invoice = Invoice(
        file=file,
        kind=kind,
        source=Source.KSEF_XML,
        number=doc.text(fa, "P_2"),
        issue_date=_date(doc.text(fa, "P_1"), "P_1"),
        sale_date=_date(sale, "P_6"),
        seller=_party(doc, doc.find(root, "Podmiot1")),
        buyer=_party(doc, buyer_el),
        recipient=recipient,
        buyer_is_jst=None if jst is None else jst == "1",
        currency=currency,
        invoice_type=kind_code,
        items=_items(doc, fa),
        vat_summary=tuple(summary),
        net_total=net_total,
        vat_total=vat_total,
        gross_total=_decimal(doc.text(fa, "P_15"), "P_15"),
        corrected_number=doc.text(corrected, "NrFaKorygowanej") or doc.text(corrected, "NrKSeFFaKorygowanej"),
        corrected_issue_date=_date(doc.text(corrected, "DataWystFaKorygowanej"), "DataWystFaKorygowanej"),
        correction_reason=doc.text(fa, "PrzyczynaKorekty"),
        warnings=tuple(warnings),
    )
    return dataclasses.replace(invoice, warnings=invoice.warnings + check_invoice(invoice))
