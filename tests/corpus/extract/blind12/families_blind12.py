"""BLIND-12 families (fresh batch). Not to be opened by the parser engineer; measured once, at the end.

Layouts written for this batch only, by an evaluator who never read the parser (`extractors/`, `checks/`,
`tests/extractors/`). They share the data model (`Doc`, `Item`, `Party`) and the page canvas and table drawing
(`Pdf`, `table`) of `kit.py`, but bring their own sellers, their own IT catalogue and real gminy and powiaty from
the TERYT register (TERC 2024-01-01, `/work/shared/data/teryt/terc_2024-01-01.csv`; the TERYT code of each is
kept next to it; a gmina miejska is printed "Miasto X", any other gmina "Gmina X", a powiat "Powiat X" with its
Starostwo; streets and postcodes are invented).

Focus of the batch: parties as rows of a two-column table with bold labels in the first column; a "faktura
końcowa" whose items table ends with the advance invoice deducted as a negative line; an installation protocol
grouped by site (a heading row with the site address before each group of devices); the seller's legal data
printed vertically along the left margin; a copier lease bill with counter readings (start/end/difference) and
per-page prices with four decimals, page quantities with a thousands space; a payment-schedule table (instalments
and dates) under the totals; a small-business web tool with a big "Do zapłaty" box at the top and a payment QR;
the VAT summary transposed (rates as columns, Netto/VAT/Brutto as rows); a service report protocol ("karta
zlecenia serwisowego") with times, a work description and the parts used; a "refaktura" passing on costs with the
original cost invoice quoted in each line; a single service described in a prose paragraph; an invoice worded like
the contract ("Wykonawca" / "Zamawiający") with a column of price-form positions; a form with numbered columns and
formulas under the headings ("(4×5)"); a card-paid invoice with the terminal slip printed beside the totals; a
framework-contract utilisation box (contract value, invoiced so far, this invoice, remaining); a correction with
"Było" and "Powinno być" tables side by side; "Razem" and "w tym" per-rate rows continuing the item grid instead of
a VAT table; a delivery acceptance protocol signed with qualified electronic signatures (framed signature boxes).
"""

from __future__ import annotations

import csv
import random
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from functools import cache

from tests.corpus.extract.kit import (
    Col,
    Doc,
    Item,
    Party,
    Pdf,
    TableStyle,
    date_fmt,
    make_nip,
    money,
    nip_fmt,
    q2,
    qty_fmt,
    rate_label,
    table,
    words_pln,
    wrap,
)
from tests.corpus.extract.registry import Sample

TERC = "/work/shared/data/teryt/terc_2024-01-01.csv"


@cache
def _terc() -> tuple[tuple[str, str, str, str], ...]:
    """(TERYT code, printed name, office line, seat town) of every gmina and powiat of TERC 2024-01-01; a powiat's
    seat is taken as its urban gmina whose name shares the longest prefix with the powiat's name."""
    out = []
    with open(TERC, encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    urban: dict[str, list[str]] = {}
    for r in rows:
        if r["poziom"] == "gmina" and r["RODZ"] in ("1", "3"):
            urban.setdefault(r["kod"][:4], []).append(r["NAZWA"])
    pnames = {r["kod"]: r["NAZWA"] for r in rows if r["poziom"] == "powiat"}

    def common(a: str, b: str) -> int:
        n = 0
        while n < min(len(a), len(b)) and a[n].lower() == b[n].lower():
            n += 1
        return n

    towns = {k: max(v, key=lambda t, k=k: common(t, pnames.get(k, ""))) for k, v in urban.items()}
    for r in rows:
        name = r["NAZWA"]
        if r["poziom"] == "gmina" and r["RODZ"] in ("1", "2", "3"):
            if r["RODZ"] == "1":
                out.append((r["kod"], f"Miasto {name}", f"Urząd Miasta {name}", name))
            elif r["RODZ"] == "2":
                out.append((r["kod"], f"Gmina {name}", f"Urząd Gminy {name}", name))
            else:
                out.append((r["kod"], f"Gmina {name}", "", name))
        elif r["poziom"] == "powiat" and r["NAZWA_DOD"] == "powiat" and r["kod"] in towns:
            out.append((r["kod"], f"Powiat {name[:1].upper()}{name[1:]}", "Starostwo Powiatowe", towns[r["kod"]]))
    return tuple(out)


STREETS = (
    "ul. Rynek 1",
    "ul. 3 Maja 12",
    "pl. Ratuszowy 2",
    "ul. Kościelna 5",
    "ul. Armii Krajowej 21",
    "ul. Parkowa 4",
    "ul. Sienkiewicza 16",
    "ul. Wojska Polskiego 33",
    "pl. Grunwaldzki 7",
)
SELLERS = (
    ("Infonet Systemy Sp. z o.o.", "ul. Fabryczna 22", "40-611 Katowice"),
    ("KOMPLEKS IT Paweł Jankowski", "ul. Słoneczna 8", "87-100 Toruń"),
    ("Netcom Integracja S.A.", "al. Grunwaldzka 186", "80-266 Gdańsk"),
    ("Pomorskie Centrum Serwisowe Sp. z o.o.", "ul. Hutnicza 40", "81-061 Gdynia"),
    ("Biuro Obsługi Informatycznej BOI s.c. Kamiński, Wróbel", "ul. Warszawska 55", "26-600 Radom"),
    ("Sys-Admin Grzegorz Pietrzak", "ul. Lipowa 3", "15-424 Białystok"),
    ("PRINT-SERWIS Sp. z o.o.", "ul. Okrężna 17", "02-916 Warszawa"),
    ("Techno-Bit Sp. z o.o. sp.k.", "ul. Strzegomska 140", "54-429 Wrocław"),
    ("Wielkopolskie Centrum Kompetencji IT Sp. z o.o.", "ul. Głogowska 216", "60-104 Poznań"),
    ("Secure Office Katarzyna Michalska", "ul. Zielona 9", "25-345 Kielce"),
    ("Sieci Lokalne LANMAR Sp. z o.o.", "ul. Kolejowa 11", "37-450 Stalowa Wola"),
    ("Centrum Rozwiązań Chmurowych Sp. z o.o.", "ul. Piotrkowska 270", "90-361 Łódź"),
)
# name, unit, (low, high) net unit price, VAT rate
HW = (
    ("Notebook HP ProBook 450 G10 i5-1335U/16GB/512GB/W11Pro", "szt.", (3600, 4300), "23"),
    ("Komputer stacjonarny Dell OptiPlex 7010 SFF i5-13500/16GB/512GB", "szt.", (3100, 3800), "23"),
    ('Monitor iiyama ProLite XUB2493HS-B5 24"', "szt.", (560, 690), "23"),
    ("Serwer HPE ProLiant DL360 Gen11 Xeon 4410Y 64GB", "szt.", (24000, 31000), "23"),
    ("Przełącznik Cisco Catalyst 1000-24P-4G-L", "szt.", (3900, 4800), "23"),
    ("Zapora sieciowa Palo Alto PA-440 z subskrypcją Threat Prevention 1 rok", "kpl.", (11000, 14500), "23"),
    ("Zasilacz UPS CyberPower OLS3000ERT2U", "szt.", (4200, 5200), "23"),
    ("Serwer NAS QNAP TS-873AeU-RP z dyskami 4x4TB", "szt.", (8900, 11200), "23"),
    ("Skaner dokumentów Fujitsu fi-8170", "szt.", (4100, 4900), "23"),
    ("Tablet Samsung Galaxy Tab A9+ 64GB", "szt.", (900, 1150), "23"),
    ("Urządzenie wielofunkcyjne Brother MFC-L8690CDW", "szt.", (2300, 2900), "23"),
    ("Punkt dostępowy TP-Link Omada EAP670", "szt.", (650, 820), "23"),
)
SW = (
    ("Licencja Microsoft Windows Server 2022 Standard 16 Core", "lic.", (3800, 4600), "23"),
    ("Bitdefender GravityZone Business Security (36 mies.)", "lic.", (160, 230), "23"),
    ("Licencja Acronis Cyber Protect Standard Server (1 rok)", "lic.", (2400, 3100), "23"),
    ("Menedżer haseł Keeper Business (12 mies.)", "lic.", (170, 240), "23"),
)
SV = (
    ("Konfiguracja sieci VLAN i reguł zapory sieciowej", "usł.", (3500, 7000), "23"),
    ("Szkolenie z bezpiecznego korzystania z poczty elektronicznej", "usł.", (2800, 5200), "zw"),
    ("Przegląd konfiguracji Active Directory z zaleceniami", "usł.", (6000, 11000), "23"),
    ("Instalacja i uruchomienie stanowisk komputerowych", "usł.", (1200, 3000), "23"),
)
QTYS = (1, 1, 2, 2, 3, 4, 5, 6, 8, 10, 12)


def _postcode(rng: random.Random) -> str:
    return f"{rng.randint(10, 99)}-{rng.randint(100, 999)}"


def _buyer(rng: random.Random, kind: str = "") -> tuple[Party, str]:
    rows = [r for r in _terc() if not kind or r[1].startswith(kind)]
    code, name, office, town = rng.choice(rows)
    extra = (office,) if office else ()
    return Party(name, rng.choice(STREETS), f"{_postcode(rng)} {town}", make_nip(rng), extra), code


def _seller(rng: random.Random) -> Party:
    name, street, city = rng.choice(SELLERS)
    return Party(name, street, city, make_nip(rng))


def _item(name: str, unit: str, qty: Decimal, price: Decimal, rate: str, gross_based: bool = False) -> Item:
    r = Decimal(rate) if rate.isdigit() else Decimal(0)
    if gross_based:
        gross = q2(price * qty)
        vat = q2(gross * r / (100 + r))
        return Item(name, qty, unit, price, gross - vat, rate, vat, gross)
    net = q2(price * qty)
    vat = q2(net * r / 100)
    return Item(name, qty, unit, price, net, rate, vat, net + vat)


def _line(rng: random.Random, entry: tuple, qty: int | None = None, gross_based: bool = False) -> Item:
    name, unit, (lo, hi), rate = entry
    if qty is not None:
        q = qty
    elif unit == "usł." or lo >= 8000:
        q = rng.choice((1, 1, 2))
    else:
        q = rng.choice(QTYS)
    price = Decimal(rng.randint(lo * 100, hi * 100)) / 100
    return _item(name, unit, Decimal(q), price, rate, gross_based)


def _lines(rng: random.Random, n: tuple[int, int], pools: tuple = (HW, SW, SV)) -> list[Item]:
    pool = [e for p in pools for e in p]
    return [_line(rng, e) for e in rng.sample(pool, rng.randint(*n))]


def _issue(rng: random.Random) -> date:
    return date(2026, 1, 5) + timedelta(days=rng.randint(0, 330))


def _doc(
    rng: random.Random, number: str, items: list[Item], *, kind: str = "invoice", buyer_kind: str = "", **kw: object
) -> Doc:
    issue = _issue(rng)
    buyer, _code = _buyer(rng, buyer_kind)
    seller = _seller(rng)
    base = dict(
        kind=kind,
        number=number,
        issue_date=issue,
        sale_date=issue - timedelta(days=rng.choice((0, 0, 1, 2, 4))),
        seller=seller,
        buyer=buyer,
        currency=None if kind == "protocol" else "PLN",
        items=tuple(items),
        place=seller.city.split(" ", 1)[1],
        due_days=rng.choice((14, 21, 30)),
        bank=_iban(rng),
    )
    base.update(kw)
    return Doc(**base)  # type: ignore[arg-type]


def _iban(rng: random.Random) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(26))


def _iban_fmt(acc: str, pl: bool = False) -> str:
    s = acc[:2] + " " + " ".join(acc[i : i + 4] for i in range(2, 26, 4))
    return ("PL" + s) if pl else s


def _plines(p: Party, nip_label: str = "NIP: ", nip_style: str = "plain") -> list[str]:
    return [p.name, *p.extra, p.street, p.city, f"{nip_label}{nip_fmt(p.nip, nip_style)}"]


def _rates(doc: Doc, items: list[Item] | None = None) -> list[tuple[str, Decimal, Decimal, Decimal]]:
    return doc.rate_summary(items)


def _due(doc: Doc) -> date:
    return doc.issue_date + timedelta(days=doc.due_days)


def _vat_table(
    p: Pdf,
    x: float,
    y: float,
    doc: Doc,
    ms: str,
    size: float = 8,
    font: str = "Sans",
    heads: tuple[str, str, str, str] = ("Stawka", "Netto", "VAT", "Brutto"),
    total: str = "Razem",
    widths: tuple[float, ...] = (18, 26, 24, 26),
    grid: bool = True,
) -> float:
    cols = [Col(heads[0], widths[0], "c")] + [Col(h, w, "r") for h, w in zip(heads[1:], widths[1:], strict=True)]
    rows = [[rate_label(r), money(n, ms), money(v, ms), money(g, ms)] for r, n, v, g in _rates(doc)]
    net, vat, gross = doc.totals()
    rows.append([total, money(net, ms), money(vat, ms), money(gross, ms)])
    st = TableStyle(
        size=size,
        font=font,
        head_font=font + "-Bold" if font in ("Sans", "Serif", "Cond") else font,
        grid=grid,
        rules=not grid,
    )
    return table(p, x, y, cols, rows, st)


def _sign(p: Pdf, y: float, left: str, right: str, size: float = 7, font: str = "Sans") -> float:
    y = min(y + 16, p.h - 14)
    p.hline(20, 80, y, 0.3)
    p.hline(p.w - 80, p.w - 20, y, 0.3)
    p.text(50, y + 3.5, left, size, font, "c")
    p.text(p.w - 50, y + 3.5, right, size, font, "c")
    return y + 8


def _rot(p: Pdf, x: float, y: float, s: str, size: float, font: str, angle: float, gray: float = 0) -> None:
    c = p.c
    c.saveState()
    c.setFillGray(gray)
    c.translate(x * 72 / 25.4, (p.h - y) * 72 / 25.4)
    c.rotate(angle)
    c.setFont(font, size)
    c.drawString(0, 0, s)
    c.restoreState()


def _qty_sp(q: Decimal) -> str:
    """A whole quantity with a thousands space: 12 345."""
    s = str(int(q))
    out = ""
    while len(s) > 3:
        out = " " + s[-3:] + out
        s = s[:-3]
    return s + out


# --------------------------------------------------------------------------------------------------
# 1. Parties as rows of a label/value table


def fam_party_label_table(rng: random.Random) -> Sample:
    """Header data and both parties as rows of a two-column table, bold labels (Sprzedawca, Nabywca…) in column one."""
    no = f"FV/{rng.randint(1, 12):02d}/{rng.randint(10, 480)}/2026"
    doc = _doc(rng, no, _lines(rng, (2, 5)))
    ms = rng.choice(("space", "dot"))
    p = Pdf()
    p.text(p.w / 2, 18, "FAKTURA VAT", 15, "Sans-Bold", "c")
    s, b = doc.seller, doc.buyer
    rows = [
        ("Numer faktury", no),
        ("Data wystawienia", date_fmt(doc.issue_date)),
        ("Data sprzedaży", date_fmt(doc.sale_date)),  # type: ignore[arg-type]
        ("Sprzedawca", f"{s.name}, {s.street}, {s.city}"),
        ("NIP sprzedawcy", nip_fmt(s.nip, "dash")),
        ("Nabywca", f"{b.name}, {b.street}, {b.city}"),
        ("NIP nabywcy", nip_fmt(b.nip, "dash")),
        ("Sposób zapłaty", f"przelew, termin {date_fmt(_due(doc))}"),
        ("Rachunek bankowy", _iban_fmt(doc.bank)),
    ]
    y = 26.0
    for label, val in rows:
        vl = wrap(val, "Sans", 9, 120)
        h = 4.6 * len(vl) + 2.4
        p.rect(20, y, 48, h, 0.4, fill=0.92)
        p.rect(68, y, 122, h, 0.4)
        p.text(22, y + 4.2, label, 9, "Sans-Bold")
        for k, ln in enumerate(vl):
            p.text(70, y + 4.2 + 4.6 * k, ln, 9)
        y += h
    y += 6
    cols = [
        Col("Lp.", 9, "c"),
        Col("Nazwa", 69),
        Col("Ilość", 12, "r"),
        Col("J.m.", 11, "c"),
        Col("Cena netto", 21, "r"),
        Col("Wartość netto", 23, "r"),
        Col("VAT", 10, "c"),
        Col("Wartość brutto", 24, "r"),
    ]
    body = [
        [
            f"{k}",
            i.name,
            qty_fmt(i.qty),
            i.unit,
            money(i.unit_price, ms),
            money(i.net, ms),
            rate_label(i.vat_rate),
            money(i.gross, ms),
        ]
        for k, i in enumerate(doc.items, 1)
    ]
    y = table(p, 11, y, cols, body, TableStyle(size=8, head_fill=0.85)) + 5
    y = _vat_table(p, 96, y, doc, ms) + 6
    gross = doc.totals()[2]
    p.rect(20, y, 170, 14, 0.6)
    p.text(22, y + 5.5, "Do zapłaty", 10, "Sans-Bold")
    p.text(70, y + 5.5, f"{money(gross, ms)} PLN", 10, "Sans-Bold")
    p.text(22, y + 11, "Słownie", 8, "Sans-Bold")
    p.text(70, y + 11, words_pln(gross), 8)
    _sign(p, y + 20, "Odebrał(a)", "Wystawił(a)")
    return Sample(p.bytes(), (doc,))


# --------------------------------------------------------------------------------------------------
# 2. Final invoice settling an advance


def fam_final_invoice_advance_line(rng: random.Random) -> Sample:
    """'Faktura końcowa' of an order paid partly in advance: the advance invoice deducted as a negative last line."""
    no = f"FK/{rng.randint(1, 90)}/2026"
    goods = _lines(rng, (2, 4), (HW, SW))
    rate = "23"
    order_gross = sum((i.gross for i in goods), Decimal(0))
    adv_gross = q2(order_gross * Decimal(rng.choice(("0.3", "0.4", "0.5"))))
    adv_vat = q2(adv_gross * 23 / 123)
    adv_no = f"FZ/{rng.randint(1, 60)}/2026"
    doc0 = _doc(rng, no, goods)
    adv_date = doc0.issue_date - timedelta(days=rng.randint(20, 60))
    if adv_date.year < 2026:
        adv_date = date(2026, 1, 2)
    adv_name = f"Rozliczenie zaliczki – faktura zaliczkowa {adv_no} z dnia {date_fmt(adv_date)}"
    adv = Item(adv_name, Decimal(1), "szt.", -(adv_gross - adv_vat), -(adv_gross - adv_vat), rate, -adv_vat, -adv_gross)
    doc = replace(doc0, items=(*goods, adv))
    ms = "space"
    p = Pdf()
    p.text(20, 20, "FAKTURA VAT KOŃCOWA", 14, "Serif-Bold")
    p.text(20, 26, f"nr {no}", 11, "Serif-Bold")
    p.lines(
        130,
        16,
        [
            f"Miejsce wystawienia: {doc.place}",
            f"Data wystawienia: {date_fmt(doc.issue_date)}",
            f"Data zakończenia dostawy: {date_fmt(doc.sale_date)}",
        ],
        8.5,
        "Serif",
        4.2,
    )  # type: ignore[arg-type]
    p.text(20, 38, "Sprzedawca", 9, "Serif-Bold")
    p.lines(20, 43, _plines(doc.seller), 9, "Serif", 4.3)
    p.text(110, 38, "Nabywca", 9, "Serif-Bold")
    p.lines(110, 43, _plines(doc.buyer), 9, "Serif", 4.3)
    p.text(
        20,
        72,
        f"Dotyczy zamówienia nr ZAM/{rng.randint(10, 99)}/2026; zaliczka otrzymana {date_fmt(adv_date)}.",
        8,
        "Serif",
    )
    cols = [
        Col("Lp", 8, "c"),
        Col("Nazwa towaru / usługi", 72),
        Col("Ilość", 11, "r"),
        Col("j.m.", 10, "c"),
        Col("Cena netto", 20, "r"),
        Col("Netto", 22, "r"),
        Col("VAT %", 11, "c"),
        Col("Brutto", 24, "r"),
    ]
    body = [
        [
            str(k),
            i.name,
            qty_fmt(i.qty),
            i.unit,
            money(i.unit_price, ms),
            money(i.net, ms),
            rate_label(i.vat_rate),
            money(i.gross, ms),
        ]
        for k, i in enumerate(doc.items, 1)
    ]
    y = table(p, 12, 78, cols, body, TableStyle(size=8, font="Serif", head_font="Serif-Bold")) + 5
    p.text(20, y + 2, "Wartość całego zamówienia:", 8.5, "Serif")
    p.text(190, y + 2, f"{money(order_gross, ms)} zł", 8.5, "Serif", "r")
    p.text(20, y + 6.5, f"Otrzymana zaliczka (w tym VAT {money(adv_vat, ms)} zł):", 8.5, "Serif")
    p.text(190, y + 6.5, f"{money(adv_gross, ms)} zł", 8.5, "Serif", "r")
    y = _vat_table(p, 96, y + 11, doc, ms, font="Serif") + 6
    gross = doc.totals()[2]
    p.text(20, y, f"Pozostało do zapłaty: {money(gross, ms)} zł", 11, "Serif-Bold")
    p.text(20, y + 5.5, f"słownie: {words_pln(gross)}", 8.5, "Serif")
    p.text(20, y + 10.5, f"Przelew na rachunek {_iban_fmt(doc.bank)} do {date_fmt(_due(doc))}", 8.5, "Serif")
    _sign(p, y + 14, "podpis osoby upoważnionej do odbioru", "podpis osoby upoważnionej do wystawienia", font="Serif")
    return Sample(p.bytes(), (doc,))


# --------------------------------------------------------------------------------------------------
# 3. Installation protocol grouped by site


SITES = (
    "Szkoła Podstawowa nr 1",
    "Szkoła Podstawowa nr 3",
    "Gminna Biblioteka Publiczna",
    "Ośrodek Pomocy Społecznej",
    "Urząd – serwerownia, pok. 12",
    "Zespół Szkolno-Przedszkolny",
    "Centrum Kultury",
)


def fam_protocol_sites_addresses(rng: random.Random) -> Sample:
    """Installation protocol grouped by site: a shaded row with the site's name and address before its devices."""
    no = f"PI/{rng.randint(1, 40)}/2026"
    entries = rng.sample(list(HW) + list(SW[:2]), rng.randint(4, 7))
    items = [_line(rng, e) for e in entries]
    doc = _doc(rng, no, items, kind="protocol", sale_date=None)
    sites = rng.sample(SITES, rng.randint(2, 3))
    groups: list[list[Item]] = [[] for _ in sites]
    for k, it in enumerate(items):
        groups[k % len(sites)].append(it)
    p = Pdf()
    p.text(p.w / 2, 20, "PROTOKÓŁ INSTALACJI I URUCHOMIENIA", 13, "Sans-Bold", "c")
    p.text(p.w / 2, 26, f"nr {no} z dnia {date_fmt(doc.issue_date, 'words_r')}", 10, "Sans", "c")
    p.text(20, 36, "Wykonawca:", 9, "Sans-Bold")
    p.lines(20, 41, _plines(doc.seller), 9, lead=4.2)
    p.text(110, 36, "Zamawiający:", 9, "Sans-Bold")
    p.lines(110, 41, _plines(doc.buyer), 9, lead=4.2)
    y = 68.0
    for ln in wrap(
        f"Wykonawca zainstalował i uruchomił w lokalizacjach Zamawiającego wskazanych poniżej sprzęt i "
        f"oprogramowanie dostarczone w ramach umowy nr {rng.randint(1, 60)}/IT/2026. Urządzenia "
        "sprawdzono, działają poprawnie.",
        "Sans",
        9,
        170,
    ):
        p.text(20, y, ln, 9)
        y += 4.5
    y += 3
    cols = [(8, "Lp."), (92, "Nazwa urządzenia / oprogramowania"), (14, "Ilość"), (14, "J.m."), (42, "Uwagi")]
    x0 = 20.0

    def head(y: float) -> float:
        p.rect(x0, y, 170, 6, 0.4, fill=0.8)
        x = x0
        for w, t in cols:
            p.text(x + 1.5, y + 4.2, t, 8, "Sans-Bold")
            x += w
        return y + 6

    y = head(y)
    k = 0
    for site, group in zip(sites, groups, strict=True):
        addr = f"{rng.choice(STREETS)}, {doc.buyer.city}"
        p.rect(x0, y, 170, 6, 0.4, fill=0.93)
        p.text(x0 + 2, y + 4.2, f"Lokalizacja: {site}, {addr}", 8, "Sans-Bold")
        y += 6
        for it in group:
            k += 1
            nl = wrap(it.name, "Sans", 8, 89)
            h = 4 * len(nl) + 2
            p.rect(x0, y, 170, h, 0.3)
            p.text(x0 + 1.5, y + 4, f"{k}.", 8)
            for j, ln in enumerate(nl):
                p.text(x0 + 9.5, y + 4 + 4 * j, ln, 8)
            p.text(x0 + 100 + 12, y + 4, qty_fmt(it.qty), 8, "Sans", "r")
            p.text(x0 + 115.5, y + 4, it.unit, 8)
            p.text(x0 + 129.5, y + 4, "zainstalowano", 8)
            y += h
    y += 6
    p.text(20, y, "Zamawiający nie wnosi zastrzeżeń do wykonanych prac.", 9)
    _sign(p, y + 4, "Przedstawiciel Zamawiającego", "Przedstawiciel Wykonawcy")
    return Sample(p.bytes(), (doc,))


# --------------------------------------------------------------------------------------------------
# 4. Legal data vertically along the left margin


def fam_vertical_margin_legal(rng: random.Random) -> Sample:
    """Company letterhead: the seller's legal data (KRS, REGON, capital, NIP) printed vertically up the left margin."""
    no = f"{rng.randint(100, 999)}/{rng.choice(('S', 'U', 'H'))}/2026"
    doc = _doc(rng, no, _lines(rng, (2, 6)))
    while not doc.seller.name.endswith(("o.o.", "S.A.", "sp.k.")):
        doc = replace(doc, seller=_seller(rng))
    s = doc.seller
    ms = "dot"
    p = Pdf()
    legal = (
        f"{s.name} • {s.street}, {s.city} • Sąd Rejonowy, Wydział Gospodarczy KRS • "
        f"KRS 0000{rng.randint(100000, 999999)}"
        f" • REGON {rng.randint(100000000, 999999999)} • NIP {nip_fmt(s.nip, 'dash')}"
    )
    _rot(p, 9, p.h - 20, legal, 6.5, "Cond", 90, gray=0.35)
    p.vline(13, 15, p.h - 15, 0.3)
    p.text(22, 22, s.name, 13, "Sans-Bold")
    p.text(
        22,
        27,
        f"{s.street}  |  {s.city}  |  tel. 22 {rng.randint(100, 999)} {rng.randint(10, 99)} {rng.randint(10, 99)}",
        8,
    )
    p.hline(22, 190, 30, 0.8)
    p.text(22, 40, f"Faktura nr {no}", 12, "Sans-Bold")
    p.lines(
        130,
        37,
        [f"Wystawiono: {date_fmt(doc.issue_date, 'dash')}", f"Sprzedaż: {date_fmt(doc.sale_date, 'dash')}"],
        8.5,
        lead=4.3,
    )  # type: ignore[arg-type]
    p.text(22, 50, "Nabywca", 8, "Sans-Bold")
    p.lines(
        22,
        55,
        [doc.buyer.name, *doc.buyer.extra, doc.buyer.street, doc.buyer.city, f"NIP {nip_fmt(doc.buyer.nip, 'dash2')}"],
        9,
        lead=4.2,
    )
    cols = [
        Col("#", 7, "c"),
        Col("Towar / usługa", 70),
        Col("Il.", 11, "r"),
        Col("jm", 10, "c"),
        Col("Cena netto", 21, "r"),
        Col("Wart. netto", 22, "r"),
        Col("VAT", 9, "c"),
        Col("Wart. brutto", 22, "r"),
    ]
    body = [
        [
            str(k),
            i.name,
            qty_fmt(i.qty),
            i.unit,
            money(i.unit_price, ms),
            money(i.net, ms),
            rate_label(i.vat_rate, "n"),
            money(i.gross, ms),
        ]
        for k, i in enumerate(doc.items, 1)
    ]
    y = table(p, 20, 82, cols, body, TableStyle(size=7.8, grid=False, rules=True, head_fill=0.9)) + 5
    y = _vat_table(p, 98, y, doc, ms, grid=False) + 6
    gross = doc.totals()[2]
    p.text(22, y, f"Do zapłaty: {money(gross, ms)} PLN", 11, "Sans-Bold")
    p.text(22, y + 5, f"Słownie: {words_pln(gross)}", 8)
    p.text(22, y + 10, f"Termin płatności: {date_fmt(_due(doc), 'dash')}, przelew: {_iban_fmt(doc.bank, True)}", 8)
    _sign(p, y + 12, "odbiorca", "wystawca")
    return Sample(p.bytes(), (doc,))


# --------------------------------------------------------------------------------------------------
# 5. Copier lease with counter readings


COPIERS = (
    "Konica Minolta bizhub C300i",
    "Kyocera TASKalfa 3554ci",
    "Ricoh IM C3000",
    "Canon imageRUNNER ADVANCE DX C3826i",
)


def fam_print_counter_billing(rng: random.Random) -> Sample:
    """Copier lease bill: a counter-readings table (start/end/difference) and per-page prices with four decimals."""
    no = f"DZ/{rng.randint(1, 12):02d}/{rng.randint(1000, 9999)}/2026"
    issue = _issue(rng)
    month = date(issue.year, issue.month, 1) - timedelta(days=1)
    model = rng.choice(COPIERS)
    sn = f"A{rng.randint(10, 99)}{rng.choice('KRPX')}{rng.randint(100000, 999999)}"
    mono_start = rng.randint(20000, 180000)
    mono = rng.randint(1800, 14000)
    col_start = rng.randint(5000, 60000)
    col = rng.randint(400, 5200)
    incl = rng.choice((0, 1000, 2000))
    p_mono = Decimal(rng.randint(180, 420)) / 10000
    p_col = Decimal(rng.randint(1900, 3900)) / 10000
    rent = Decimal(rng.randint(18000, 42000)) / 100
    per = f"{month.month:02d}/{month.year}"
    items = [
        _item(f"Dzierżawa urządzenia {model} – okres {per}", "mies.", Decimal(1), rent, "23"),
        _item(
            f"Wydruki czarno-białe ponad limit {incl} str. – okres {per}",
            "str.",
            Decimal(max(mono - incl, 1)),
            p_mono,
            "23",
        ),
        _item(f"Wydruki kolorowe – okres {per}", "str.", Decimal(col), p_col, "23"),
    ]
    doc = _doc(rng, no, items, issue_date=issue, sale_date=month, item_amounts=("net",))
    p = Pdf()
    p.text(20, 18, doc.seller.name, 12, "Sans-Bold")
    p.lines(20, 23, [doc.seller.street, doc.seller.city, f"NIP: {doc.seller.nip}"], 8, lead=3.8)
    p.text(190, 18, f"Faktura VAT {no}", 12, "Sans-Bold", "r")
    p.lines(
        190,
        24,
        [
            f"Data wystawienia: {date_fmt(doc.issue_date)}",
            f"Data wykonania usługi: {date_fmt(month)}",
            f"Okres rozliczeniowy: {date_fmt(month.replace(day=1))} – {date_fmt(month)}",
        ],
        8,
        lead=3.9,
        align="r",
    )
    p.rect(110, 40, 80, 27, 0.4)
    p.text(112, 44.5, "Nabywca:", 8, "Sans-Bold")
    p.lines(112, 49, _plines(doc.buyer), 8.5, lead=3.9)
    p.text(20, 44.5, f"Nr umowy dzierżawy: UD/{rng.randint(10, 99)}/{issue.year - rng.randint(1, 3)}", 8)
    p.text(20, 49, f"Miejsce instalacji: {doc.buyer.extra[0] if doc.buyer.extra else doc.buyer.name}", 8)
    p.text(20, 76, "Odczyt liczników", 9, "Sans-Bold")
    cols = [
        Col("Urządzenie", 60),
        Col("Nr seryjny", 30),
        Col("Licznik", 22),
        Col("Stan poprzedni", 22, "r"),
        Col("Stan obecny", 22, "r"),
        Col("Różnica", 14, "r"),
    ]
    rows = [
        [model, sn, "mono", _qty_sp(Decimal(mono_start)), _qty_sp(Decimal(mono_start + mono)), _qty_sp(Decimal(mono))],
        [model, sn, "kolor", _qty_sp(Decimal(col_start)), _qty_sp(Decimal(col_start + col)), _qty_sp(Decimal(col))],
    ]
    y = table(p, 20, 79, cols, rows, TableStyle(size=7.5, head_fill=0.9)) + 6
    cols = [
        Col("Lp.", 8, "c"),
        Col("Nazwa usługi", 76),
        Col("Ilość", 16, "r"),
        Col("J.m.", 12, "c"),
        Col("Cena jedn. netto", 22, "r"),
        Col("Wartość netto", 24, "r"),
        Col("VAT", 12, "c"),
    ]
    body = [
        [
            str(k),
            i.name,
            _qty_sp(i.qty),
            i.unit,
            f"{i.unit_price:.4f}".replace(".", ","),
            money(i.net),
            rate_label(i.vat_rate),
        ]
        for k, i in enumerate(items, 1)
    ]
    y = table(p, 20, y, cols, body, TableStyle(size=8, head_fill=0.9)) + 5
    y = _vat_table(p, 96, y, doc, "space") + 6
    gross = doc.totals()[2]
    p.text(190, y, f"Razem do zapłaty: {money(gross)} zł", 11, "Sans-Bold", "r")
    p.text(20, y + 6, f"Termin płatności: {date_fmt(_due(doc))}   Konto: {_iban_fmt(doc.bank)}", 8)
    return Sample(p.bytes(), (doc,))


# --------------------------------------------------------------------------------------------------
# 6. Payment schedule under the totals


def fam_payment_schedule_instalments(rng: random.Random) -> Sample:
    """Invoice payable in instalments: a 'Harmonogram płatności' table (rata, termin, kwota) under the totals."""
    no = f"F-{rng.randint(1, 999):04d}/26"
    doc = _doc(rng, no, _lines(rng, (1, 4), (HW, SW)))
    ms = "space"
    p = Pdf()
    p.rect(0, 0, p.w, 12, 0, fill=0.2)
    p.text(20, 32, "Faktura", 20, "Light")
    p.text(20, 39, no, 11, "Sans-Bold")
    p.lines(120, 25, ["Data wystawienia", "Data sprzedaży", "Miejsce"], 8, "Sans-Bold", 4.3)
    p.lines(160, 25, [date_fmt(doc.issue_date, "iso"), date_fmt(doc.sale_date, "iso"), doc.place], 8, "Sans", 4.3)  # type: ignore[arg-type]
    p.text(20, 50, "SPRZEDAWCA", 7.5, "Sans-Bold")
    p.lines(20, 55, _plines(doc.seller, "NIP ", "pl"), 8.5, lead=4.1)
    p.text(110, 50, "NABYWCA", 7.5, "Sans-Bold")
    p.lines(110, 55, _plines(doc.buyer, "NIP ", "plain"), 8.5, lead=4.1)
    cols = [
        Col("Lp.", 8, "c"),
        Col("Nazwa", 66),
        Col("Ilość", 12, "r"),
        Col("Jm", 10, "c"),
        Col("Cena netto", 20, "r"),
        Col("VAT", 10, "c"),
        Col("Netto", 22, "r"),
        Col("Brutto", 22, "r"),
    ]
    body = [
        [
            str(k),
            i.name,
            qty_fmt(i.qty),
            i.unit,
            money(i.unit_price, ms),
            rate_label(i.vat_rate),
            money(i.net, ms),
            money(i.gross, ms),
        ]
        for k, i in enumerate(doc.items, 1)
    ]
    y = table(p, 20, 82, cols, body, TableStyle(size=8, grid=False, rules=True)) + 5
    y = _vat_table(p, 96, y, doc, ms, grid=False) + 5
    gross = doc.totals()[2]
    p.text(190, y + 2, f"Do zapłaty: {money(gross, ms)} PLN", 11, "Sans-Bold", "r")
    y += 10
    n = rng.choice((2, 3, 4))
    share = q2(gross / n)
    amounts = [share] * (n - 1) + [gross - share * (n - 1)]
    p.text(20, y, "Harmonogram płatności (zgodnie z § 5 umowy)", 9, "Sans-Bold")
    rows = []
    d = _due(doc)
    for k, a in enumerate(amounts, 1):
        rows.append([f"Rata {k}/{n}", date_fmt(d, "iso"), money(a, ms), "oczekuje"])
        d = d + timedelta(days=30)
    y = (
        table(
            p,
            20,
            y + 3,
            [Col("Rata", 25), Col("Termin", 30, "c"), Col("Kwota brutto", 32, "r"), Col("Status", 28, "c")],
            rows,
            TableStyle(size=8),
        )
        + 5
    )
    p.text(20, y, f"Wpłaty na rachunek: {_iban_fmt(doc.bank, True)}", 8)
    return Sample(p.bytes(), (doc,))


# --------------------------------------------------------------------------------------------------
# 7. "Do zapłaty" box at the top, payment QR


def _qr(p: Pdf, x: float, y: float, size: float, rng: random.Random) -> None:
    """A QR-looking block (finder squares and random modules); it encodes nothing."""
    n = 25
    m = size / n
    for r in range(n):
        for c in range(n):
            finder = (r < 7 and c < 7) or (r < 7 and c >= n - 7) or (r >= n - 7 and c < 7)
            if finder:
                rr, cc = r % (n - 7) if r >= 7 else r, c % (n - 7) if c >= 7 else c
                on = rr in (0, 6) or cc in (0, 6) or (2 <= rr <= 4 and 2 <= cc <= 4)
            else:
                on = rng.random() < 0.45
            if on:
                p.rect(x + c * m, y + r * m, m, m, 0, fill=0)


def fam_due_box_top_payment_qr(rng: random.Random) -> Sample:
    """Small-business web tool: a big framed 'Do zapłaty' amount at the top right with a payment QR and due date."""
    no = f"{rng.randint(1, 40)}/{rng.randint(1, 12):02d}/2026"
    doc = _doc(rng, no, _lines(rng, (1, 4), (HW[:3], HW[9:], SW, SV)))
    ms = "space"
    gross = doc.totals()[2]
    p = Pdf()
    p.text(18, 22, "Faktura", 18, "Sans-Bold")
    p.text(18, 29, f"nr {no}", 11)
    p.lines(
        18,
        37,
        [f"Data wystawienia: {date_fmt(doc.issue_date, 'dash')}", f"Data sprzedaży: {date_fmt(doc.sale_date, 'dash')}"],
        8.5,
        lead=4.2,
    )  # type: ignore[arg-type]
    p.rect(112, 14, 80, 34, 0.9)
    p.text(116, 21, "Do zapłaty", 9, "Sans-Bold")
    p.text(116, 30, f"{money(gross, ms)} zł", 16, "Sans-Bold")
    p.text(116, 36, f"Termin: {date_fmt(_due(doc), 'dash')}", 8)
    p.text(116, 40.5, "Przelew", 8)
    p.text(116, 45, "Zeskanuj kod w aplikacji banku →", 6.5, "Sans-Italic")
    _qr(p, 168, 20, 21, rng)
    p.hline(18, 192, 54, 0.3)
    p.text(18, 61, "Sprzedawca", 8, "Sans-Bold")
    p.lines(18, 66, _plines(doc.seller), 9, lead=4.3)
    p.text(112, 61, "Nabywca", 8, "Sans-Bold")
    p.lines(112, 66, _plines(doc.buyer), 9, lead=4.3)
    cols = [
        Col("Lp.", 8, "c"),
        Col("Nazwa", 74),
        Col("Ilość", 18, "r"),
        Col("Cena netto", 20, "r"),
        Col("Stawka", 13, "c"),
        Col("Wartość netto", 22, "r"),
        Col("Wartość brutto", 22, "r"),
    ]
    body = [
        [
            str(k),
            i.name,
            f"{qty_fmt(i.qty)} {i.unit}",
            money(i.unit_price, ms),
            rate_label(i.vat_rate),
            money(i.net, ms),
            money(i.gross, ms),
        ]
        for k, i in enumerate(doc.items, 1)
    ]
    y = table(p, 15, 95, cols, body, TableStyle(size=8, grid=False, rules=True, head_fill=0.95)) + 5
    y = _vat_table(p, 99, y, doc, ms, grid=False, heads=("Stawka VAT", "Wartość netto", "Kwota VAT", "Wartość brutto"))
    p.text(18, y + 8, f"Numer konta: {_iban_fmt(doc.bank)}", 8)
    p.text(18, y + 12.5, f"Kwota słownie: {words_pln(gross)}", 8)
    p.text(p.w / 2, p.h - 10, "Faktura wystawiona w serwisie internetowym do fakturowania", 6.5, "Sans", "c")
    return Sample(p.bytes(), (doc,))


# --------------------------------------------------------------------------------------------------
# 8. Transposed VAT summary


def fam_transposed_vat_summary(rng: random.Random) -> Sample:
    """VAT summary transposed: the rates as columns and the rows 'Wartość netto', 'Kwota VAT', 'Wartość brutto'."""
    no = f"FS {rng.randint(1, 800)}/MAG/2026"
    items = _lines(rng, (3, 6))
    if not any(i.vat_rate == "zw" for i in items):
        items.append(_line(rng, SV[1]))
    doc = _doc(rng, no, items)
    ms = "dot"
    p = Pdf()
    p.text(p.w / 2, 18, f"Faktura VAT nr {no}", 13, "Cond-Bold", "c")
    p.text(
        p.w / 2,
        23.5,
        f"wystawiona w dniu {date_fmt(doc.issue_date)} w {doc.place}; data sprzedaży {date_fmt(doc.sale_date)}",
        8.5,
        "Cond",
        "c",
    )  # type: ignore[arg-type]
    p.rect(15, 30, 88, 30, 0.4)
    p.text(17, 34.5, "Sprzedawca", 8, "Cond-Bold")
    p.lines(17, 39, _plines(doc.seller, "NIP ", "dash"), 8.5, "Cond", 4)
    p.rect(107, 30, 88, 30, 0.4)
    p.text(109, 34.5, "Nabywca", 8, "Cond-Bold")
    p.lines(109, 39, _plines(doc.buyer, "NIP ", "dash"), 8.5, "Cond", 4)
    cols = [
        Col("Lp", 7, "c"),
        Col("Nazwa", 72),
        Col("Ilość", 12, "r"),
        Col("J.m.", 10, "c"),
        Col("Cena netto", 20, "r"),
        Col("Wartość netto", 22, "r"),
        Col("VAT", 9, "c"),
        Col("Kwota VAT", 18, "r"),
        Col("Brutto", 20, "r"),
    ]
    body = [
        [
            str(k),
            i.name,
            qty_fmt(i.qty),
            i.unit,
            money(i.unit_price, ms),
            money(i.net, ms),
            rate_label(i.vat_rate),
            money(i.vat, ms),
            money(i.gross, ms),
        ]
        for k, i in enumerate(doc.items, 1)
    ]
    y = table(p, 10, 66, cols, body, TableStyle(size=7.8, font="Cond", head_font="Cond-Bold", head_fill=0.88)) + 6
    summ = _rates(doc)
    net, vat, gross = doc.totals()
    heads = ["", *[f"{rate_label(r)}" if r.isdigit() else r for r, *_ in summ], "Ogółem"]
    rows = [
        ["Wartość netto", *[money(n, ms) for _, n, _, _ in summ], money(net, ms)],
        ["Kwota VAT", *[money(v, ms) for _, _, v, _ in summ], money(vat, ms)],
        ["Wartość brutto", *[money(g, ms) for _, _, _, g in summ], money(gross, ms)],
    ]
    cols = [Col(h or "Według stawek", 28 if k == 0 else 24, "l" if k == 0 else "r") for k, h in enumerate(heads)]
    x = 195 - sum(c.width for c in cols)
    y = table(p, x, y, cols, rows, TableStyle(size=8, font="Cond", head_font="Cond-Bold", head_fill=0.88)) + 7
    p.text(15, y, f"Do zapłaty: {money(gross, ms)} zł", 11, "Cond-Bold")
    p.text(15, y + 5, f"Słownie: {words_pln(gross)}", 8.5, "Cond")
    p.text(
        15,
        y + 10,
        f"Forma płatności: przelew {doc.due_days} dni ({date_fmt(_due(doc))}), rachunek {_iban_fmt(doc.bank)}",
        8.5,
        "Cond",
    )
    if any(i.vat_rate == "zw" for i in doc.items):
        p.text(15, y + 15, "Podstawa zwolnienia z VAT: art. 43 ust. 1 pkt 29 lit. c ustawy o VAT", 7.5, "Cond")
    _sign(p, y + 18, "Podpis odbiorcy", "Podpis wystawcy", font="Cond")
    return Sample(p.bytes(), (doc,))


# --------------------------------------------------------------------------------------------------
# 9. Service report protocol


PARTS = (
    ("Dysk SSD Kingston KC600 512GB", "szt."),
    ("Pamięć RAM Kingston 16GB DDR4 3200", "szt."),
    ("Zasilacz komputerowy be quiet! System Power 10 550W", "szt."),
    ("Bateria do UPS RBC7 (zestaw akumulatorów)", "kpl."),
    ("Patchcord UTP kat. 6 2 m", "szt."),
    ("Wentylator serwerowy HPE DL360 Gen10", "szt."),
    ("Pasta termoprzewodząca Arctic MX-4 4g", "szt."),
)


def fam_protocol_service_report(rng: random.Random) -> Sample:
    """'Karta zlecenia serwisowego': ticket number, arrival/finish times, work description, parts used, labour hours."""
    no = f"ZS/{rng.randint(1000, 9999)}/2026"
    parts = rng.sample(PARTS, rng.randint(1, 4))
    hours = Decimal(rng.choice(("1", "1.5", "2", "2.5", "3", "4.5")))
    items = [Item(n, Decimal(rng.choice((1, 1, 2, 4))), u, None, None, "23", None, None) for n, u in parts]
    items.append(Item("Robocizna serwisanta (roboczogodzina)", hours, "rbh", None, None, "23", None, None))
    doc = _doc(rng, no, items, kind="protocol", sale_date=None)
    start = rng.randint(8, 12)
    p = Pdf()
    p.text(20, 18, doc.seller.name, 11, "Sans-Bold")
    p.text(
        20,
        23,
        f"{doc.seller.street}, {doc.seller.city} · NIP {doc.seller.nip} · serwis@{rng.choice(('it', 'net'))}-serwis.pl",
        7.5,
    )
    p.rect(20, 27, 170, 14, 0.8, fill=0.9)
    p.text(22, 33, "KARTA ZLECENIA SERWISOWEGO", 11, "Sans-Bold")
    p.text(22, 38, "protokół wykonania usługi serwisowej", 8)
    p.text(188, 35, f"Nr {no}", 10, "Sans-Bold", "r")
    grid = [
        ("Klient", doc.buyer.name),
        ("Adres", f"{doc.buyer.street}, {doc.buyer.city}"),
        ("NIP klienta", nip_fmt(doc.buyer.nip, "dash")),
        ("Data wizyty", date_fmt(doc.issue_date)),
        (
            "Przyjazd / zakończenie",
            f"{start:02d}:{rng.choice(('00', '15', '30'))} / {start + int(hours) + 1:02d}:"
            f"{rng.choice(('05', '20', '45'))}",
        ),
        ("Zgłoszenie", f"tel./e-mail, ticket #{rng.randint(10000, 99999)}"),
        ("Tryb", rng.choice(("naprawa pogwarancyjna", "umowa serwisowa", "zlecenie jednorazowe"))),
    ]
    y = 45.0
    for k, v in grid:
        p.rect(20, y, 50, 6, 0.3, fill=0.96)
        p.rect(70, y, 120, 6, 0.3)
        p.text(22, y + 4.2, k, 8, "Sans-Bold")
        p.text(72, y + 4.2, v, 8)
        y += 6
    y += 5
    p.text(20, y, "Opis wykonanych czynności:", 9, "Sans-Bold")
    y += 5
    desc = (
        "Diagnostyka zgłoszonej usterki, wymiana uszkodzonych podzespołów na nowe, aktualizacja oprogramowania "
        "układowego, testy po naprawie. Sprzęt przekazano użytkownikowi sprawny."
    )
    for ln in wrap(desc, "Sans-Italic", 9, 168):
        p.text(22, y, ln, 9, "Sans-Italic")
        y += 4.5
    y += 4
    p.text(20, y, "Użyte części i robocizna:", 9, "Sans-Bold")
    rows = [[f"{k}.", i.name, qty_fmt(i.qty), i.unit] for k, i in enumerate(items, 1)]
    y = (
        table(
            p,
            20,
            y + 2,
            [Col("Lp.", 10, "c"), Col("Część / usługa", 120), Col("Ilość", 20, "r"), Col("J.m.", 20, "c")],
            rows,
            TableStyle(size=8.5),
        )
        + 6
    )
    p.text(20, y, "Stan po naprawie:  [X] sprawny   [ ] wymaga dalszej naprawy", 8.5)
    p.text(20, y + 5, "Rozliczenie nastąpi fakturą VAT zgodnie z cennikiem umowy serwisowej.", 8)
    _sign(p, y + 6, "Serwisant", "Potwierdzam wykonanie usługi (klient)")
    return Sample(p.bytes(), (doc,))


# --------------------------------------------------------------------------------------------------
# 10. Refaktura with the source cost invoice per line


REBILL = (
    ("Certyfikat SSL Certum Commercial SSL (12 mies.)", "szt.", (190, 320), "23"),
    ("Odnowienie certyfikatu kwalifikowanego podpisu elektronicznego", "szt.", (240, 380), "23"),
    ("Koszty transportu sprzętu – przesyłka paletowa", "usł.", (180, 450), "23"),
    ("Subskrypcja Microsoft 365 Business Premium (1 mies.)", "lic.", (85, 110), "23"),
    ("Przestrzeń w chmurze Azure Backup – zużycie miesięczne", "usł.", (300, 1900), "23"),
    ("Utrzymanie serwera VPS – okres miesięczny", "usł.", (150, 600), "23"),
)
SUPPLIERS = (
    "Asseco Data Systems S.A.",
    "Raben Logistics Polska Sp. z o.o.",
    "Microsoft Ireland Operations Ltd",
    "home.pl S.A.",
    "OVH Sp. z o.o.",
    "Krajowa Izba Rozliczeniowa S.A.",
)


def fam_refaktura_cost_reference(rng: random.Random) -> Sample:
    """'Refaktura' passing costs on at cost: a column quoting the source invoice (number, date, issuer) per line."""
    no = f"RF/{rng.randint(1, 99)}/2026"
    entries = rng.sample(REBILL, rng.randint(2, 4))
    items = [_line(rng, e, qty=rng.choice((1, 1, 2, 5, 10)) if e[1] != "usł." else 1) for e in entries]
    doc = _doc(rng, no, items)
    ms = "comma"
    p = Pdf()
    p.text(20, 20, "FAKTURA VAT (REFAKTURA)", 13, "Sans-Bold")
    p.text(20, 26, f"Nr: {no}", 10, "Sans-Bold")
    p.lines(
        140,
        17,
        [
            f"Data wystawienia: {date_fmt(doc.issue_date)}",
            f"Data sprzedaży: {date_fmt(doc.sale_date)}",
            f"Miejsce: {doc.place}",
        ],
        8,
        lead=4,
    )  # type: ignore[arg-type]
    p.text(20, 37, "Sprzedawca:", 8.5, "Sans-Bold")
    p.lines(20, 41.5, _plines(doc.seller), 8.5, lead=4)
    p.text(110, 37, "Nabywca:", 8.5, "Sans-Bold")
    p.lines(110, 41.5, _plines(doc.buyer), 8.5, lead=4)
    p.text(
        20,
        66,
        "Refakturowanie kosztów poniesionych w imieniu Nabywcy zgodnie z § 7 ust. 3 umowy serwisowej, bez narzutu.",
        8,
        "Sans-Italic",
    )
    cols = [
        Col("Lp.", 8, "c"),
        Col("Nazwa", 58),
        Col("Dokument źródłowy", 38),
        Col("Il.", 9, "r"),
        Col("J.m.", 10, "c"),
        Col("Cena netto", 17, "r"),
        Col("Netto", 18, "r"),
        Col("VAT", 9, "c"),
        Col("Brutto", 19, "r"),
    ]
    body = []
    for k, i in enumerate(items, 1):
        d = doc.issue_date - timedelta(days=rng.randint(3, 25))
        d = max(d, date(2026, 1, 2))
        src = f"FV {rng.randint(10000, 99999)}/{d.month:02d}/2026 z {date_fmt(d)}, {rng.choice(SUPPLIERS)}"
        body.append(
            [
                str(k),
                i.name,
                src,
                qty_fmt(i.qty),
                i.unit,
                money(i.unit_price, ms),
                money(i.net, ms),
                rate_label(i.vat_rate),
                money(i.gross, ms),
            ]
        )
    y = table(p, 12, 71, cols, body, TableStyle(size=7.5, head_fill=0.9)) + 5
    y = _vat_table(p, 100, y, doc, ms, size=7.5) + 6
    gross = doc.totals()[2]
    p.text(20, y, f"Razem do zapłaty: {money(gross, ms)} PLN", 10.5, "Sans-Bold")
    p.text(20, y + 5, f"Słownie: {words_pln(gross)}", 8)
    p.text(20, y + 10, f"Płatne przelewem do {date_fmt(_due(doc))} na rachunek {_iban_fmt(doc.bank)}", 8)
    p.text(20, y + 15, "Kopie faktur źródłowych w załączeniu.", 8)
    return Sample(p.bytes(), (doc,))


# --------------------------------------------------------------------------------------------------
# 11. A single service described in prose


PROSE = (
    "Przeprowadzenie diagnozy cyberbezpieczeństwa urzędu zgodnie z formularzem Cyfrowej Gminy wraz z raportem",
    "Opracowanie polityki bezpieczeństwa informacji oraz procedur zarządzania incydentami dla urzędu",
    "Wykonanie testów penetracyjnych infrastruktury sieciowej urzędu wraz z raportem i rekomendacjami",
    "Pełnienie funkcji inspektora ochrony danych w okresie od stycznia do czerwca 2026 roku",
)


def fam_single_service_prose_item(rng: random.Random) -> Sample:
    """One service described as a sentence after 'Za:' with the amounts as label/value lines, no items table."""
    no = f"{rng.randint(1, 30)}/2026"
    name = rng.choice(PROSE)
    exempt = rng.random() < 0.3
    it = _item(name, "usł.", Decimal(1), Decimal(rng.randint(450000, 2400000)) / 100, "zw" if exempt else "23")
    doc = _doc(rng, no, [it])
    ms = "space"
    p = Pdf()
    p.text(20, 20, doc.seller.name, 12, "Serif-Bold")
    p.lines(20, 25.5, [doc.seller.street, doc.seller.city, f"NIP {nip_fmt(doc.seller.nip, 'space')}"], 9, "Serif", 4.3)
    p.text(190, 40, f"{doc.place}, dnia {date_fmt(doc.issue_date)}", 9.5, "Serif", "r")
    p.text(110, 52, "Nabywca:", 9, "Serif-Bold")
    p.lines(110, 57, _plines(doc.buyer, "NIP ", "space"), 10, "Serif", 4.6)
    p.text(p.w / 2, 90, f"FAKTURA NR {no}", 14, "Serif-Bold", "c")
    p.text(p.w / 2, 96, f"data wykonania usługi: {date_fmt(doc.sale_date)}", 9, "Serif", "c")  # type: ignore[arg-type]
    y = 110.0
    p.text(20, y, "Za:", 10, "Serif-Bold")
    for ln in wrap(name, "Serif", 10.5, 160):
        p.text(30, y, ln, 10.5, "Serif")
        y += 5.2
    p.text(30, y, f"zgodnie z umową nr {rng.randint(1, 70)}/{rng.choice(('ZP', 'OR', 'IT'))}/2026", 9, "Serif")
    y += 12
    net, vat, gross = doc.totals()
    pairs = [
        ("Wartość netto:", money(net, ms) + " zł"),
        ("Podatek VAT " + ("zw." if exempt else "23%") + ":", money(vat, ms) + " zł"),
        ("Wartość brutto:", money(gross, ms) + " zł"),
    ]
    for k, v in pairs:
        p.text(30, y, k, 10.5, "Serif")
        p.text(130, y, v, 10.5, "Serif-Bold" if k.startswith("Wartość b") else "Serif", "r")
        y += 6
    y += 4
    p.text(30, y, f"Słownie: {words_pln(gross)}", 9.5, "Serif")
    if exempt:
        p.text(
            30,
            y + 6,
            "Zwolnienie z VAT na podstawie art. 113 ust. 1 ustawy o podatku od towarów i usług.",
            8.5,
            "Serif",
        )
    p.text(30, y + 14, f"Należność proszę przekazać na rachunek nr {_iban_fmt(doc.bank)}", 9.5, "Serif")
    p.text(30, y + 19.5, f"w terminie {doc.due_days} dni od daty otrzymania faktury.", 9.5, "Serif")
    p.text(150, y + 40, "(podpis wystawcy)", 8, "Serif", "c")
    p.hline(120, 180, y + 36, 0.3)
    return Sample(p.bytes(), (doc,))


# --------------------------------------------------------------------------------------------------
# 12. Contract wording: Wykonawca / Zamawiający and price-form positions


def fam_contract_labels_price_form(rng: random.Random) -> Sample:
    """Invoice worded like the contract: 'Wykonawca' and 'Zamawiający' for the parties, a 'Poz. formularza' column."""
    no = f"{rng.randint(1, 300)}/ZP/2026"
    items = _lines(rng, (3, 6), (HW, SW))
    doc = _doc(rng, no, items)
    ms = "space"
    p = Pdf()
    p.text(20, 18, f"FAKTURA nr {no}", 14, "Sans-Bold")
    p.text(
        20,
        24,
        f"do umowy nr {rng.randint(1, 40)}/ZP/2026 z dnia "
        f"{date_fmt(max(doc.issue_date - timedelta(days=45), date(2026, 1, 2)))} (postępowanie "
        f"ZP.271.{rng.randint(1, 30)}.2026)",
        8,
    )
    p.lines(
        150,
        34,
        ["Data wystawienia:", date_fmt(doc.issue_date), "Data wykonania dostawy:", date_fmt(doc.sale_date)],
        8.5,
        lead=4.3,
    )  # type: ignore[arg-type]
    p.text(20, 34, "WYKONAWCA", 8.5, "Sans-Bold")
    p.lines(20, 39, _plines(doc.seller, "NIP ", "dash"), 9, lead=4.3)
    p.text(85, 34, "ZAMAWIAJĄCY", 8.5, "Sans-Bold")
    p.lines(85, 39, _plines(doc.buyer, "NIP ", "dash"), 9, lead=4.3)
    cols = [
        Col("Lp.", 8, "c"),
        Col("Poz. formularza cenowego", 20, "c"),
        Col("Przedmiot dostawy", 62),
        Col("Ilość", 11, "r"),
        Col("J.m.", 10, "c"),
        Col("Cena jedn. netto", 20, "r"),
        Col("Wartość netto", 22, "r"),
        Col("VAT", 9, "c"),
        Col("Wartość brutto", 23, "r"),
    ]
    part = rng.choice(("I", "II"))
    poz = sorted(rng.sample(range(1, 15), len(items)))
    body = [
        [
            str(k),
            f"Cz. {part} poz. {n}",
            i.name,
            qty_fmt(i.qty),
            i.unit,
            money(i.unit_price, ms),
            money(i.net, ms),
            rate_label(i.vat_rate),
            money(i.gross, ms),
        ]
        for k, (i, n) in enumerate(zip(items, poz, strict=True), 1)
    ]
    y = table(p, 10, 66, cols, body, TableStyle(size=7.6, head_fill=0.9)) + 5
    y = _vat_table(p, 101, y, doc, ms, size=7.6) + 6
    gross = doc.totals()[2]
    p.text(20, y, f"Wynagrodzenie Wykonawcy do zapłaty: {money(gross, ms)} zł", 10, "Sans-Bold")
    p.text(20, y + 5, f"(słownie: {words_pln(gross)})", 8)
    p.text(
        20, y + 10, f"Zapłata przelewem w terminie {doc.due_days} dni na rachunek Wykonawcy {_iban_fmt(doc.bank)}.", 8
    )
    p.text(20, y + 15, "Podstawa wystawienia: protokół odbioru bez zastrzeżeń podpisany przez Zamawiającego.", 8)
    _sign(p, y + 18, "Zamawiający", "Wykonawca")
    return Sample(p.bytes(), (doc,))


# --------------------------------------------------------------------------------------------------
# 13. Numbered columns with formulas


def fam_numbered_column_heads_formulas(rng: random.Random) -> Sample:
    """Old form layout: a row of column numbers under the headings with formulas ('6 = 4×5', '9 = 6+8')."""
    no = f"{rng.randint(1, 500)}/{rng.choice(('A', 'B'))}/2026"
    items = _lines(rng, (2, 5))
    if rng.random() < 0.5 and not any(i.vat_rate == "zw" for i in items):
        items.append(_line(rng, SV[1]))
    doc = _doc(rng, no, items)
    ms = "comma"
    p = Pdf()
    p.text(p.w / 2, 20, "FAKTURA VAT", 15, "Serif-Bold", "c")
    p.text(p.w / 2, 27, f"Nr {no}", 11, "Serif", "c")
    p.text(p.w / 2, 32, "ORYGINAŁ", 8, "Serif", "c")
    p.lines(
        20,
        40,
        [f"Data wystawienia: {date_fmt(doc.issue_date)}", f"Data sprzedaży: {date_fmt(doc.sale_date)}"],
        9,
        "Serif",
        4.4,
    )  # type: ignore[arg-type]
    p.text(20, 52, "Sprzedawca:", 9, "Serif-Bold")
    p.lines(20, 57, _plines(doc.seller), 9, "Serif", 4.3)
    p.text(110, 52, "Nabywca:", 9, "Serif-Bold")
    p.lines(110, 57, _plines(doc.buyer), 9, "Serif", 4.3)
    cols = [
        Col("Lp.", 8, "c"),
        Col("Nazwa towaru lub usługi", 60),
        Col("J.m.", 10, "c"),
        Col("Ilość", 12, "r"),
        Col("Cena jedn. netto", 19, "r"),
        Col("Wartość netto", 22, "r"),
        Col("Stawka VAT", 12, "c"),
        Col("Kwota VAT", 20, "r"),
        Col("Wartość brutto", 23, "r"),
    ]
    nums = ["1", "2", "3", "4", "5", "6 = 4×5", "7", "8", "9 = 6+8"]
    body = [nums] + [
        [
            f"{k}.",
            i.name,
            i.unit,
            qty_fmt(i.qty),
            money(i.unit_price, ms),
            money(i.net, ms),
            rate_label(i.vat_rate),
            money(i.vat, ms),
            money(i.gross, ms),
        ]
        for k, i in enumerate(items, 1)
    ]
    net, vat, gross = doc.totals()
    body.append(["", "", "", "", "RAZEM", money(net, ms), "X", money(vat, ms), money(gross, ms)])
    y = table(p, 12, 83, cols, body, TableStyle(size=7.8, font="Serif", head_font="Serif-Bold")) + 5
    p.text(20, y, "W tym:", 8.5, "Serif-Bold")
    y += 2
    rows = [[rate_label(r), money(n, ms), money(v, ms), money(g, ms)] for r, n, v, g in _rates(doc)]
    y = (
        table(
            p,
            20,
            y,
            [Col("stawka", 18, "c"), Col("netto", 26, "r"), Col("VAT", 24, "r"), Col("brutto", 26, "r")],
            rows,
            TableStyle(size=8, font="Serif", head_font="Serif-Bold"),
        )
        + 6
    )
    p.text(20, y, f"Do zapłaty: {money(gross, ms)} zł", 11, "Serif-Bold")
    p.text(20, y + 5.5, f"Słownie złotych: {words_pln(gross)}", 8.5, "Serif")
    p.text(20, y + 10.5, f"Sposób zapłaty: przelew     Termin zapłaty: {date_fmt(_due(doc))}", 8.5, "Serif")
    p.text(20, y + 15.5, f"Bank: {_iban_fmt(doc.bank)}", 8.5, "Serif")
    _sign(
        p,
        y + 20,
        "imię, nazwisko i podpis osoby upoważnionej do odbioru faktury",
        "imię, nazwisko i podpis osoby upoważnionej do wystawienia faktury",
        6,
        "Serif",
    )
    return Sample(p.bytes(), (doc,))


# --------------------------------------------------------------------------------------------------
# 14. Card-paid invoice with the terminal slip


def fam_card_terminal_slip(rng: random.Random) -> Sample:
    """Paid by card at the counter: 'Zapłacono kartą' / 'Pozostało 0,00' and the terminal slip printed beside it."""
    no = f"FV/{rng.choice(('SKL', 'POS'))}/{rng.randint(1, 999)}/2026"
    pool = [*HW[2:3], *HW[9:], *SW[1:2], *SW[3:]]
    items = [
        _line(rng, e, qty=rng.choice((1, 1, 2, 3, 5)), gross_based=True) for e in rng.sample(pool, rng.randint(1, 4))
    ]
    doc = _doc(rng, no, items, sale_date=None, pay_method="karta", gross_based=True, item_amounts=("gross",))
    doc = replace(doc, sale_date=doc.issue_date)
    ms = "space"
    gross = doc.totals()[2]
    p = Pdf()
    p.text(20, 18, doc.seller.name, 12, "Sans-Bold")
    p.text(20, 23, f"Sklep firmowy: {doc.seller.street}, {doc.seller.city}, NIP {doc.seller.nip}", 8)
    p.text(20, 34, f"Faktura VAT nr {no}", 12, "Sans-Bold")
    p.text(20, 39.5, f"Data wystawienia i sprzedaży: {date_fmt(doc.issue_date)}", 8.5)
    p.text(20, 48, "Nabywca", 8, "Sans-Bold")
    p.lines(20, 52.5, _plines(doc.buyer), 9, lead=4.2)
    p.text(120, 48, "Sprzedawca", 8, "Sans-Bold")
    p.lines(120, 52.5, _plines(doc.seller), 9, lead=4.2)
    cols = [
        Col("Lp.", 8, "c"),
        Col("Nazwa", 76),
        Col("Ilość", 12, "r"),
        Col("J.m.", 10, "c"),
        Col("Cena brutto", 20, "r"),
        Col("VAT", 10, "c"),
        Col("Wartość brutto", 24, "r"),
    ]
    body = [
        [str(k), i.name, qty_fmt(i.qty), i.unit, money(i.unit_price, ms), rate_label(i.vat_rate), money(i.gross, ms)]
        for k, i in enumerate(doc.items, 1)
    ]
    y = table(p, 20, 80, cols, body, TableStyle(size=8, head_fill=0.9)) + 5
    y0 = y
    y = _vat_table(p, 20, y, doc, ms) + 5
    p.lines(
        20,
        y,
        [
            f"Razem brutto: {money(gross, ms)} PLN",
            "Forma płatności: karta płatnicza",
            f"Zapłacono: {money(gross, ms)} PLN",
            "Pozostało do zapłaty: 0,00 PLN",
        ],
        9,
        "Sans-Bold",
        4.8,
    )
    # the terminal slip, as printed and stapled/copied beside the totals
    x = 135
    p.rect(x, y0, 52, 62, 0.3, fill=0.97)
    slip = [
        doc.seller.name[:24].upper(),
        doc.seller.city.upper(),
        f"TID: {rng.randint(10000000, 99999999)}",
        f"MID: {rng.randint(100000000, 999999999)}",
        f"{date_fmt(doc.issue_date, 'iso')}  {rng.randint(9, 17):02d}:{rng.randint(0, 59):02d}",
        "SPRZEDAŻ",
        f"{rng.choice(('VISA', 'MASTERCARD'))} **** **** **** {rng.randint(1000, 9999)}",
        f"KWOTA: {money(gross, 'plain')} PLN",
        f"KOD AUT.: {rng.randint(100000, 999999)}",
        "ZAAKCEPTOWANO",
        "ZACHOWAJ POTWIERDZENIE",
    ]
    p.lines(x + 3, y0 + 5, slip, 6.8, "Mono", 5.1)
    return Sample(p.bytes(), (doc,))


# --------------------------------------------------------------------------------------------------
# 15. Framework-contract utilisation box


def fam_framework_contract_utilisation(rng: random.Random) -> Sample:
    """Call-off under a framework contract: a box with contract value, invoiced so far, this invoice and remaining."""
    no = f"{rng.randint(1, 12):02d}/{rng.randint(100, 999)}/UR/2026"
    doc = _doc(rng, no, _lines(rng, (2, 5), (HW, SW)))
    ms = "space"
    gross = doc.totals()[2]
    cap = q2(gross * Decimal(rng.choice((3, 4, 5, 6))) + Decimal(rng.randint(0, 9999)))
    before = q2((cap - gross) * Decimal(rng.randint(10, 70)) / 100)
    rest = cap - before - gross
    p = Pdf()
    p.text(20, 18, "Faktura VAT", 16, "Sans-Bold")
    p.text(20, 25, no, 11)
    p.lines(125, 15, ["Data wystawienia", "Data dostawy", "Termin płatności"], 8, "Sans-Bold", 4.4)
    p.lines(160, 15, [date_fmt(doc.issue_date), date_fmt(doc.sale_date), date_fmt(_due(doc))], 8, "Sans", 4.4)  # type: ignore[arg-type]
    p.rect(20, 32, 82, 30, 0.3)
    p.text(22, 36.5, "Sprzedawca", 8, "Sans-Bold")
    p.lines(22, 41, _plines(doc.seller), 8.5, lead=4)
    p.rect(108, 32, 82, 30, 0.3)
    p.text(110, 36.5, "Nabywca", 8, "Sans-Bold")
    p.lines(110, 41, _plines(doc.buyer), 8.5, lead=4)
    ref = (
        f"Umowa ramowa nr {rng.randint(1, 20)}/UR/{rng.choice((2024, 2025))}, "
        f"zamówienie wykonawcze nr {rng.randint(2, 30)}"
    )
    p.text(20, 68, ref, 8.5, "Sans-Bold")
    cols = [
        Col("Lp.", 8, "c"),
        Col("Nazwa", 70),
        Col("Ilość", 12, "r"),
        Col("J.m.", 10, "c"),
        Col("Cena netto", 20, "r"),
        Col("Netto", 22, "r"),
        Col("VAT", 10, "c"),
        Col("Brutto", 23, "r"),
    ]
    body = [
        [
            str(k),
            i.name,
            qty_fmt(i.qty),
            i.unit,
            money(i.unit_price, ms),
            money(i.net, ms),
            rate_label(i.vat_rate),
            money(i.gross, ms),
        ]
        for k, i in enumerate(doc.items, 1)
    ]
    y = table(p, 15, 72, cols, body, TableStyle(size=8, grid=False, rules=True)) + 5
    ytab = y
    y = _vat_table(p, 101, y, doc, ms, grid=False) + 5
    p.text(190, y + 2, f"Do zapłaty: {money(gross, ms)} zł", 11, "Sans-Bold", "r")
    ys = max(y + 8, ytab + 38)
    p.text(20, ys, f"Słownie: {words_pln(gross)}", 8)
    p.rect(20, ytab, 72, 32, 0.5, fill=0.95)
    p.text(22, ytab + 5, "Realizacja umowy ramowej (brutto)", 8, "Sans-Bold")
    rows = [
        ("Wartość umowy:", cap),
        ("Zafakturowano dotychczas:", before),
        ("Niniejsza faktura:", gross),
        ("Pozostało do wykorzystania:", rest),
    ]
    yy = ytab + 11
    for k, v in rows:
        p.text(22, yy, k, 7.5)
        p.text(90, yy, money(v, ms), 7.5, "Sans", "r")
        yy += 5
    p.text(20, ys + 5, f"Rachunek: {_iban_fmt(doc.bank, True)}", 8)
    _sign(p, ys + 8, "Nabywca", "Sprzedawca")
    return Sample(p.bytes(), (doc,))


# --------------------------------------------------------------------------------------------------
# 16. Correction with "Było" and "Powinno być" side by side


def fam_correction_bylo_powinno_byc(rng: random.Random) -> Sample:
    """Correction with two narrow tables side by side, 'Było' on the left and 'Powinno być' on the right."""
    no = f"KOR/{rng.randint(1, 80)}/2026"
    base = _lines(rng, (1, 3), (HW, SW))
    before, after = [], []
    for it in base:
        before.append(replace(it, before_correction=True))
        if it.qty > 1 and rng.random() < 0.5:
            after.append(_item(it.name, it.unit, it.qty - 1, it.unit_price, it.vat_rate))  # type: ignore[arg-type]
        else:
            cut = q2(it.unit_price * Decimal(rng.choice(("0.9", "0.95", "0.8"))))  # type: ignore[operator]
            after.append(_item(it.name, it.unit, it.qty, cut, it.vat_rate))  # type: ignore[arg-type]
    doc = _doc(rng, no, before + after, kind="correction")
    orig_no = f"FV/{rng.randint(100, 999)}/2026"
    orig_date = max(doc.issue_date - timedelta(days=rng.randint(8, 40)), date(2026, 1, 2))
    doc = replace(
        doc,
        corrected_number=orig_no,
        corrected_date=orig_date,
        sale_date=orig_date,
        reason=rng.choice(("zwrot towaru", "rabat przyznany po sprzedaży", "błędna cena")),
    )
    ms = "space"
    p = Pdf()
    p.text(p.w / 2, 18, "FAKTURA KORYGUJĄCA", 14, "Sans-Bold", "c")
    p.text(p.w / 2, 24, f"nr {no}", 11, "Sans-Bold", "c")
    p.lines(
        20,
        33,
        [
            f"Data wystawienia korekty: {date_fmt(doc.issue_date)}",
            f"Do faktury nr {orig_no} z dnia {date_fmt(orig_date)}",
            f"Data sprzedaży: {date_fmt(orig_date)}",
            f"Przyczyna korekty: {doc.reason}",
        ],
        8.5,
        lead=4.3,
    )
    p.text(20, 54, "Sprzedawca", 8, "Sans-Bold")
    p.lines(20, 58.5, _plines(doc.seller), 8.5, lead=4)
    p.text(110, 54, "Nabywca", 8, "Sans-Bold")
    p.lines(110, 58.5, _plines(doc.buyer), 8.5, lead=4)
    cols = [Col("Nazwa", 36), Col("Il.", 8, "r"), Col("Cena", 15, "r"), Col("Netto", 16, "r"), Col("Brutto", 16, "r")]

    def rows(its: list[Item]) -> list[list[str]]:
        return [[i.name, qty_fmt(i.qty), money(i.unit_price, ms), money(i.net, ms), money(i.gross, ms)] for i in its]

    y = 84.0
    p.rect(12, y, 91, 6, 0.4, fill=0.8)
    p.text(14, y + 4.2, "BYŁO", 9, "Sans-Bold")
    p.rect(107, y, 91, 6, 0.4, fill=0.8)
    p.text(109, y + 4.2, "POWINNO BYĆ", 9, "Sans-Bold")
    st = TableStyle(size=7)
    y1 = table(p, 12, y + 6, cols, rows(before), st)
    y2 = table(p, 107, y + 6, cols, rows(after), st)
    y = max(y1, y2) + 6
    b, a = doc.totals(before), doc.totals(after)
    diff = [x - z for x, z in zip(a, b, strict=True)]
    sr = [
        ["Było", *[money(v, ms) for v in b]],
        ["Powinno być", *[money(v, ms) for v in a]],
        ["Różnica", *[money(v, ms) for v in diff]],
    ]
    y = (
        table(
            p,
            80,
            y,
            [Col("", 28), Col("Netto", 30, "r"), Col("VAT 23%", 28, "r"), Col("Brutto", 30, "r")],
            sr,
            TableStyle(size=8, head_fill=0.9),
        )
        + 6
    )
    p.text(20, y, f"Kwota do zwrotu: {money(-diff[2], ms)} zł", 11, "Sans-Bold")
    p.text(20, y + 5.5, f"słownie: {words_pln(-diff[2])}", 8)
    p.text(20, y + 10.5, f"Zwrot na rachunek Nabywcy w terminie 14 dni. Rachunek sprzedawcy: {_iban_fmt(doc.bank)}", 8)
    _sign(p, y + 14, "Podpis odbiorcy korekty", "Podpis wystawcy")
    return Sample(p.bytes(), (doc,))


# --------------------------------------------------------------------------------------------------
# 17. "Razem" and "w tym" rows inside the item grid


def fam_w_tym_rows_in_grid(rng: random.Random) -> Sample:
    """No separate VAT table: 'Razem' and one 'w tym' row per rate continue the item grid under its amount columns."""
    no = f"FA {rng.randint(1, 2000)}/{rng.randint(1, 12):02d}/26"
    items = _lines(rng, (2, 5), (HW, SW))
    items.append(_line(rng, rng.choice((SV[1], SV[1], SV[3]))))
    doc = _doc(rng, no, items)
    ms = "space"
    p = Pdf()
    p.text(20, 17, doc.seller.name, 10, "Cond-Bold")
    p.lines(20, 21.5, [doc.seller.street, doc.seller.city, f"NIP {nip_fmt(doc.seller.nip, 'pl')}"], 8, "Cond", 3.8)
    p.rect(120, 12, 72, 18, 0.5)
    p.text(156, 19, "FAKTURA VAT", 12, "Cond-Bold", "c")
    p.text(156, 25.5, no, 10, "Cond", "c")
    p.lines(
        120,
        36,
        [
            f"Data wystawienia:  {date_fmt(doc.issue_date, 'slash')}",
            f"Data dostawy/wykonania usługi:  {date_fmt(doc.sale_date or doc.issue_date, 'slash')}",
            f"Płatność:  przelew do {date_fmt(_due(doc), 'slash')}",
        ],
        8,
        "Cond",
        4,
    )
    p.text(20, 42, "Nabywca:", 8, "Cond-Bold")
    p.lines(20, 46.5, _plines(doc.buyer, "NIP ", "pl"), 9, "Cond", 4.1)
    cols = [
        Col("Lp", 7, "c"),
        Col("Nazwa towaru/usługi", 70),
        Col("Ilość", 11, "r"),
        Col("Jm", 9, "c"),
        Col("Cena netto", 19, "r"),
        Col("Wartość netto", 21, "r"),
        Col("St.", 9, "c"),
        Col("Kwota VAT", 18, "r"),
        Col("Wartość brutto", 21, "r"),
    ]
    body = [
        [
            str(k),
            i.name,
            qty_fmt(i.qty),
            i.unit,
            money(i.unit_price, ms),
            money(i.net, ms),
            rate_label(i.vat_rate),
            money(i.vat, ms),
            money(i.gross, ms),
        ]
        for k, i in enumerate(doc.items, 1)
    ]
    net, vat, gross = doc.totals()
    body.append(["", "", "", "", "Razem:", money(net, ms), "", money(vat, ms), money(gross, ms)])
    for k, (r, n, v, g) in enumerate(_rates(doc)):
        body.append(
            ["", "", "", "", "w tym:" if k == 0 else "", money(n, ms), rate_label(r), money(v, ms), money(g, ms)]
        )
    y = table(p, 15, 72, cols, body, TableStyle(size=7.8, font="Cond", head_font="Cond-Bold", head_fill=0.9)) + 7
    p.text(20, y, f"Do zapłaty: {money(gross, ms)} PLN", 11, "Cond-Bold")
    p.text(20, y + 5, f"Słownie: {words_pln(gross)}", 8.5, "Cond")
    p.text(20, y + 10, f"Nr rachunku: {_iban_fmt(doc.bank, True)}", 8.5, "Cond")
    if any(i.vat_rate == "zw" for i in doc.items):
        p.text(20, y + 15, "Szkolenie zwolnione z VAT – art. 43 ust. 1 pkt 29 lit. c ustawy o VAT.", 7.5, "Cond")
    _sign(p, y + 18, "Osoba upoważniona do odbioru", "Osoba upoważniona do wystawienia", font="Cond")
    return Sample(p.bytes(), (doc,))


# --------------------------------------------------------------------------------------------------
# 18. Protocol signed with qualified electronic signatures


def _esig(p: Pdf, x: float, y: float, who: str, when: date, rng: random.Random) -> None:
    p.rect(x, y, 70, 20, 0.6)
    p.rect(x, y, 70, 5, 0, fill=0.85)
    p.text(x + 2, y + 3.7, "Dokument podpisany elektronicznie", 7, "Sans-Bold")
    p.lines(
        x + 2,
        y + 8.5,
        [
            f"Podpisał(a): {who}",
            f"Data: {date_fmt(when, 'iso')} {rng.randint(8, 16):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
            " CET",
            "Kwalifikowany podpis elektroniczny",
        ],
        6.8,
        lead=3.6,
    )


PEOPLE = (
    "Anna Nowak",
    "Piotr Wójcik",
    "Katarzyna Zielińska",
    "Tomasz Kowalczyk",
    "Magdalena Lewandowska",
    "Marcin Szymański",
    "Agnieszka Kaczmarek",
    "Krzysztof Woźniak",
)


def fam_protocol_esignature_boxes(rng: random.Random) -> Sample:
    """Acceptance protocol signed with qualified e-signatures: framed 'Dokument podpisany elektronicznie' boxes."""
    no = f"PO/{rng.randint(1, 99)}/{rng.choice(('CG', 'CS', 'IT'))}/2026"
    entries = rng.sample(list(HW) + list(SW), rng.randint(2, 6))
    items = [_line(rng, e) for e in entries]
    doc = _doc(rng, no, items, kind="protocol", sale_date=None)
    p = Pdf()
    p.text(p.w / 2, 20, f"Protokół odbioru dostawy nr {no}", 13, "Sans-Bold", "c")
    p.text(
        p.w / 2, 26, f"sporządzony w dniu {date_fmt(doc.issue_date)} (data złożenia ostatniego podpisu)", 8, "Sans", "c"
    )
    y = 36.0
    for label, party in (("Dostawca (Wykonawca):", doc.seller), ("Odbierający (Zamawiający):", doc.buyer)):
        p.text(20, y, label, 9, "Sans-Bold")
        p.text(72, y, party.name, 9, "Sans-Bold")
        p.text(72, y + 4.5, f"{party.street}, {party.city}, NIP {nip_fmt(party.nip, 'dash')}", 8.5)
        y += 11
    y += 3
    p.text(20, y, f"Podstawa: umowa nr {rng.randint(1, 50)}/2026; dostarczono do siedziby Zamawiającego:", 8.5)
    cols = [Col("Lp.", 10, "c"), Col("Nazwa", 110), Col("Ilość", 25, "r"), Col("J.m.", 25, "c")]
    rows = [[f"{k}", i.name, qty_fmt(i.qty), i.unit] for k, i in enumerate(items, 1)]
    y = table(p, 20, y + 3, cols, rows, TableStyle(size=8.5, grid=False, rules=True)) + 6
    for ln in wrap(
        "Przedmiot dostawy jest kompletny, zgodny z umową i ofertą, sprawny technicznie. Protokół sporządzono w "
        "postaci elektronicznej i opatrzono kwalifikowanymi podpisami elektronicznymi osób upoważnionych.",
        "Sans",
        8.5,
        170,
    ):
        p.text(20, y, ln, 8.5)
        y += 4.3
    y += 8
    a, b = rng.sample(PEOPLE, 2)
    _esig(p, 20, y, a, doc.issue_date - timedelta(days=rng.choice((0, 1))), rng)
    _esig(p, 120, y, b, doc.issue_date, rng)
    p.text(55, y + 25, "za Wykonawcę", 7.5, "Sans", "c")
    p.text(155, y + 25, "za Zamawiającego", 7.5, "Sans", "c")
    return Sample(p.bytes(), (doc,))
