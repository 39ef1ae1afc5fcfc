"""Text PDFs in common Polish layouts the generated corpus does not use (issue 9's failure classes).

Each layout draws one invoice with reportlab at fixed positions; `EXPECTED` holds what must be read.
The values are fixed so a test can assert them; only the drawing differs between layouts.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from tests.fixtures.pdfgen import BOLD, FONT, _canvas

SELLER_NIP = "5260250274"
BUYER_NIP = "7740001454"
ROWS = [
    # name, PKWiU, qty, unit, unit net, net, rate, vat, gross
    ("Przełącznik sieciowy 24 porty", "26.30.23.0", "2", "szt.", "1 500,00", "3 000,00", "23%", "690,00", "3 690,00"),
    ("Usługa konfiguracji sieci", "62.02.30.0", "10", "godz.", "150,00", "1 500,00", "23%", "345,00", "1 845,00"),
]
TOTALS = ("4 500,00", "1 035,00", "5 535,00")
EXPECTED: dict[str, Any] = {
    "issue_date": "2026-03-16",
    "sale_date": "2026-03-16",
    "seller_nip": SELLER_NIP,
    "buyer_nip": BUYER_NIP,
    "net_total": "4500.00",
    "vat_total": "1035.00",
    "gross_total": "5535.00",
    "items": ["Przełącznik sieciowy 24 porty", "Usługa konfiguracji sieci"],
}


def _t(c: Any, x: float, y: float, text: str, size: float = 9, bold: bool = False) -> None:
    c.setFont(BOLD if bold else FONT, size)
    c.drawString(x, y, text)


def _r(c: Any, x: float, y: float, text: str, size: float = 9) -> None:
    c.setFont(FONT, size)
    c.drawRightString(x, y, text)


SYMBOLS = ("SW-24P-ARU", "USL-KONF")


def _table(c: Any, y: float, *, pkwiu: bool, currency: str = "zł", symbol: bool = False) -> float:
    heads = [("Lp.", 40), ("Nazwa towaru / usługi", 62)]
    if symbol:
        heads = [("Lp.", 40), ("Symbol", 62), ("Nazwa towaru / usługi", 125)]
    if pkwiu:
        heads.append(("PKWiU", 215) if not symbol else ("Kod CN", 235))
    heads += [
        ("Ilość", 270),
        ("J.m.", 300),
        ("Cena netto", 330),
        ("Wartość netto", 385),
        ("VAT", 445),
        ("Kwota VAT", 470),
        ("Wartość brutto", 520),
    ]
    for title, x in heads:
        _t(c, x, y, title, 7, bold=True)
    y -= 14
    for k, (name, code, qty, unit, unit_net, net, rate, vat, gross) in enumerate(ROWS, 1):
        _t(c, 40, y, f"{k}", 8)
        if symbol:
            _t(c, 62, y, SYMBOLS[k - 1], 7)
            _t(c, 125, y, name if len(name) < 20 else name[:20].rsplit(" ", 1)[0], 8)
            if len(name) >= 20:
                _t(c, 125, y - 9, name[len(name[:20].rsplit(" ", 1)[0]) + 1 :], 8)
        else:
            _t(c, 62, y, name, 8)
        if pkwiu and symbol:
            _t(c, 235, y, "8517 62 00" if k == 1 else "", 7)
        elif pkwiu:
            _t(c, 215, y, code, 8)
        _r(c, 290, y, qty, 8)
        _t(c, 300, y, unit, 8)
        _r(c, 375, y, unit_net, 8)
        _r(c, 435, y, net, 8)
        _t(c, 445, y, rate, 8)
        _r(c, 510, y, vat, 8)
        _r(c, 570, y, gross, 8)
        y -= 22 if symbol else 13
    y -= 6
    _t(c, 300, y, "Razem", 8, bold=True)
    _r(c, 435, y, TOTALS[0], 8)
    _r(c, 510, y, TOTALS[1], 8)
    _r(c, 570, y, TOTALS[2], 8)
    y -= 22
    _t(c, 40, y, f"Do zapłaty: {TOTALS[2]} {currency}", 10, bold=True)
    y -= 14
    if currency == "zł":
        _t(c, 40, y, "Słownie: pięć tysięcy pięćset trzydzieści pięć złotych 00/100", 8)
    return y - 20


def _parties(c: Any, y: float, *, seller_label: str = "Sprzedawca:", nip_label: str = "NIP: ") -> float:
    _t(c, 40, y, seller_label, 9, bold=True)
    _t(c, 320, y, "Nabywca:", 9, bold=True)
    y -= 13
    _t(c, 40, y, "Sieci Kowalski Sp. z o.o.", 9)
    _t(c, 320, y, "Gmina Przykładowo", 9)
    y -= 12
    _t(c, 40, y, "ul. Długa 5, 00-950 Warszawa", 8)
    _t(c, 320, y, "ul. Rynek 1, 26-600 Radom", 8)
    y -= 12
    _t(c, 40, y, f"{nip_label}{SELLER_NIP[:3]}-{SELLER_NIP[3:6]}-{SELLER_NIP[6:8]}-{SELLER_NIP[8:]}", 8)
    _t(c, 320, y, f"{nip_label}{BUYER_NIP}", 8)
    return y - 26


def number_right_of_title(c: Any) -> str:
    y = 800
    _t(c, 40, y, "FAKTURA VAT", 16, bold=True)
    _t(c, 400, y, "FV-2026-03-0117", 12, bold=True)
    y -= 24
    _t(c, 40, y, "Data wystawienia: 16.03.2026", 8)
    _t(c, 320, y, "Data sprzedaży: 16.03.2026", 8)
    y = _parties(c, y - 22)
    _table(c, y, pkwiu=False)
    return "FV-2026-03-0117"


def number_label_above(c: Any) -> str:
    y = 800
    _t(c, 40, y, "Faktura VAT", 16, bold=True)
    y -= 26
    for x, label in ((40, "Nr faktury"), (200, "Data wystawienia"), (360, "Data sprzedaży")):
        _t(c, x, y, label, 7, bold=True)
    y -= 12
    for x, value in ((40, "117/03/2026/S"), (200, "16.03.2026"), (360, "16.03.2026")):
        _t(c, x, y, value, 9)
    y = _parties(c, y - 28)
    _table(c, y, pkwiu=False)
    return "117/03/2026/S"


def number_in_tagline(c: Any) -> str:
    y = 800
    _t(c, 40, y, "Sieci Kowalski — rozwiązania sieciowe dla samorządów, faktura nr 0117/KR/26", 10, bold=True)
    y -= 24
    _t(c, 40, y, "Data wystawienia: 16.03.2026", 8)
    _t(c, 320, y, "Data sprzedaży: 16.03.2026", 8)
    y = _parties(c, y - 22)
    _table(c, y, pkwiu=False)
    return "0117/KR/26"


def letter_spaced_title(c: Any) -> str:
    y = 800
    c.setFont(BOLD, 14)
    c.drawString(40, y, "F A K T U R A   V A T")
    _t(c, 400, y, "nr 17/03/2026", 11, bold=True)
    y -= 24
    _t(c, 40, y, "Data wystawienia: 16.03.2026", 8)
    _t(c, 320, y, "Data sprzedaży: 16.03.2026", 8)
    y = _parties(c, y - 22)
    _table(c, y, pkwiu=False)
    return "17/03/2026"


def pkwiu_column(c: Any) -> str:
    y = 800
    _t(c, 40, y, "Faktura VAT nr FV/88/2026", 14, bold=True)
    y -= 24
    _t(c, 40, y, "Data wystawienia: 16.03.2026", 8)
    _t(c, 320, y, "Data sprzedaży: 16.03.2026", 8)
    y = _parties(c, y - 22)
    _table(c, y, pkwiu=True)
    return "FV/88/2026"


def payment_beside_seller(c: Any) -> str:
    y = 800
    _t(c, 40, y, "Faktura VAT nr FV/89/2026", 14, bold=True)
    y -= 24
    _t(c, 40, y, "Data wystawienia: 16.03.2026", 8)
    _t(c, 320, y, "Data sprzedaży: 16.03.2026", 8)
    y -= 30
    _t(c, 40, y, "SPRZEDAWCA", 9, bold=True)
    _t(c, 320, y, "PŁATNOŚĆ", 9, bold=True)
    y -= 13
    _t(c, 40, y, "Sieci Kowalski Sp. z o.o.", 9)
    _t(c, 320, y, "Sposób: przelew", 9)
    y -= 12
    _t(c, 40, y, "ul. Długa 5, 00-950 Warszawa", 8)
    _t(c, 320, y, "Termin: 30.03.2026", 8)
    y -= 12
    _t(c, 40, y, f"NIP: {SELLER_NIP}", 8)
    y -= 26
    _t(c, 40, y, "NABYWCA", 9, bold=True)
    _t(c, 320, y, "ODBIORCA", 9, bold=True)
    y -= 13
    _t(c, 40, y, "Gmina Przykładowo", 9)
    _t(c, 320, y, "Szkoła Podstawowa nr 2 w Przykładowie", 9)
    y -= 12
    _t(c, 40, y, "ul. Rynek 1, 26-600 Radom", 8)
    y -= 12
    _t(c, 40, y, f"NIP: {BUYER_NIP}", 8)
    y -= 26
    _table(c, y, pkwiu=False)
    return "FV/89/2026"


def nip_without_label(c: Any) -> str:
    y = 800
    _t(c, 40, y, "Faktura VAT nr FV/90/2026", 14, bold=True)
    y -= 24
    _t(c, 40, y, "Data wystawienia: 16.03.2026", 8)
    _t(c, 320, y, "Data sprzedaży: 16.03.2026", 8)
    y = _parties(c, y - 22, nip_label="")
    _table(c, y, pkwiu=False)
    return "FV/90/2026"


def euro_sign(c: Any) -> str:
    y = 800
    _t(c, 40, y, "Faktura VAT nr FV/91/2026", 14, bold=True)
    y -= 24
    _t(c, 40, y, "Data wystawienia: 16.03.2026", 8)
    _t(c, 320, y, "Data sprzedaży: 16.03.2026", 8)
    y = _parties(c, y - 22)
    _table(c, y, pkwiu=False, currency="€")
    return "FV/91/2026"


def symbol_and_cn_columns(c: Any) -> str:
    y = 800
    _t(c, 40, y, "Faktura VAT nr FV/92/2026", 14, bold=True)
    y -= 24
    _t(c, 40, y, "Data wystawienia: 16.03.2026", 8)
    _t(c, 320, y, "Data sprzedaży: 16.03.2026", 8)
    y = _parties(c, y - 22)
    _table(c, y, pkwiu=True, symbol=True)
    return "FV/92/2026"


LAYOUTS: dict[str, Callable[[Any], str]] = {
    "symbol_and_cn_columns": symbol_and_cn_columns,
    "number_right_of_title": number_right_of_title,
    "number_label_above": number_label_above,
    "number_in_tagline": number_in_tagline,
    "letter_spaced_title": letter_spaced_title,
    "pkwiu_column": pkwiu_column,
    "payment_beside_seller": payment_beside_seller,
    "nip_without_label": nip_without_label,
    "euro_sign": euro_sign,
}


def render(name: str, path: Path) -> str:
    """Draw the layout into `path`; returns the invoice number printed on it."""
    c = _canvas(path, title=name)
    number = LAYOUTS[name](c)
    c.showPage()
    c.save()
    return number
