"""BLIND-11 families (fresh batch). Not to be opened by the parser engineer; measured once, at the end.

Layouts written for this batch only, by an evaluator who never read the parser (`extractors/`, `checks/`,
`tests/extractors/`). They share the data model (`Doc`, `Item`, `Party`, `make_like`) and the page canvas and table
drawing (`Pdf`, `table`) of `kit.py`, but bring their own sellers, their own IT catalogue and real gminy and powiaty
from the TERYT register (TERC 2024-01-01, `/work/shared/data/teryt/terc_2024-01-01.csv`; the TERYT code of each is
kept next to it; a gmina miejska is printed "Miasto X", any other gmina "Gmina X", a powiat "Powiat X" with its
Starostwo; streets and postcodes are invented).

Focus of the batch: an acceptance protocol with reservations whose second table lists defects with a deadline for
removing each (dates after the protocol date); an invoice with a warehouse issue note ("WZ – wydanie zewnętrzne")
printed under it on the same page behind a cut line, with its own number, date and quantities; a factoring
clause in the "Uwagi" block naming the factor with ITS NIP and a different bank account; a KSeF OFFLINE-mode
visualisation (no KSeF number yet, two QR codes "KOD I" / "KOD II" with verification links that carry the seller's
NIP and a date); a KSeF visualisation of a correction whose "Pozycje" table marks the before-rows with a "Stan
przed" column; one invoice printed twice on one sheet (ORYGINAŁ over KOPIA, a cut line between); an invoice that
arrived as the body of an e-mail printed from a mail client (Od / Wysłano / Do / Temat, the invoice as plain text
columns); narrow name cells whose long names wrap over several lines while the numbers sit on the LAST line of the
cell; a bank-accounts table (PLN, EUR, VAT account) and a long small-print legal footer; a collective invoice
("faktura zbiorcza") whose lines carry their own WZ number and delivery date; a final acceptance protocol of a
structured-cabling job with decimal measured quantities (mb, pkt); a protocol whose parties are given in a
contract-like prose paragraph ("zwaną dalej Zamawiającym"); a protocol whose items carry warranty-end dates; a USD
invoice of a licence reseller with the VAT converted to PLN at the NBP rate; a header with several reference numbers
(order, offer, contract, client) and one combined "Data wystawienia / sprzedaży" label; a two-page document whose
page 2 is the JST's "opis merytoryczny faktury" (the grant split, budget classification, approvals) with amounts
that are not the invoice totals.
"""

from __future__ import annotations

import csv
import random
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from functools import cache

from tests.corpus.extract.blocks import vat_summary
from tests.corpus.extract.kit import (
    Col,
    Doc,
    Item,
    Party,
    Pdf,
    TableStyle,
    date_fmt,
    make_like,
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

SELLERS = (
    "Lubelskie Systemy Sieciowe Sp. z o.o.",
    "KOMP-SERWIS Grzegorz Wójcik",
    "Netline Integracja S.A.",
    "Centrum Informatyki ARKON Sp. z o.o.",
    "Warmińska Telematyka Sp. z o.o.",
    "DigiSafe Polska Sp. z o.o. sp.k.",
    "BitStream Technologie Sp. z o.o.",
    "Zakład Usług Informatycznych INFOBIT Piotr Mazur",
    "SecureLink Dystrybucja Sp. z o.o.",
    "Opolskie Centrum Sprzętu Komputerowego s.c.",
    "Helion-IT Rozwiązania dla Administracji Sp. z o.o.",
    "TeleSieć Pomorze Sp. z o.o.",
    "Kancelaria Bezpieczeństwa Informacji CYBERIA Sp. z o.o.",
    "Grupa Informatyczna VECTRA-SYS Sp. z o.o.",
)
FACTORS = ("Pekao Faktoring Sp. z o.o.", "BNP Paribas Faktoring Sp. z o.o.", "Coface Poland Factoring Sp. z o.o.")
STREETS = (
    "ul. Fabryczna 22",
    "ul. Lipowa 5/7",
    "al. Niepodległości 204",
    "ul. Graniczna 11C",
    "ul. Spokojna 3",
    "ul. Hutnicza 40 lok. 12",
    "ul. Wojska Polskiego 68",
    "ul. Cicha 1",
    "ul. Zwycięstwa 17",
)
CITIES = (
    "20-328 Lublin",
    "10-687 Olsztyn",
    "45-316 Opole",
    "81-537 Gdynia",
    "40-219 Katowice",
    "87-100 Toruń",
    "26-600 Radom",
    "65-410 Zielona Góra",
    "58-100 Świdnica",
)
# name, unit, (low, high) unit net price, default VAT rate, PKWiU, CN, GTU
CAT: tuple[tuple[str, str, tuple[int, int], str, str, str, str], ...] = (
    (
        "Komputer stacjonarny HP Elite Mini 800 G9 i5-12500T 16GB 512GB W11P",
        "szt.",
        (3400, 4100),
        "23",
        "26.20.13.0",
        "",
        "GTU_06",
    ),
    (
        "Notebook ASUS ExpertBook B1 B1502CVA i5 16GB 512GB W11Pro",
        "szt.",
        (2900, 3500),
        "23",
        "26.20.11.0",
        "",
        "GTU_06",
    ),
    (
        "Serwer HPE ProLiant DL360 Gen11 Xeon Silver 4410Y 64GB 2x960GB",
        "szt.",
        (23000, 29000),
        "23",
        "26.20.14.0",
        "",
        "GTU_06",
    ),
    (
        "Firewall Stormshield SN310 z licencją Premium UTM 36 mies.",
        "kpl.",
        (7800, 9600),
        "23",
        "26.30.11.0",
        "",
        "GTU_06",
    ),
    ("Przełącznik Cisco Catalyst 1000-24P-4G-L PoE", "szt.", (3600, 4500), "23", "26.30.23.0", "", "GTU_06"),
    ("Macierz QNAP TS-873AU-RP z dyskami 8x4TB NAS", "szt.", (11500, 14800), "23", "26.20.21.0", "", ""),
    ("UPS CyberPower OLS3000ERT2U online 3000VA", "szt.", (3900, 4800), "23", "27.90.11.0", "", ""),
    ("Licencja Windows Server 2022 Standard 16 Core OLP", "lic.", (3300, 4200), "23", "58.29.11.0", "", ""),
    ("Licencja Bitdefender GravityZone Business Security (24 mies.)", "lic.", (140, 210), "23", "58.29.50.0", "", ""),
    (
        "Oprogramowanie do backupu Acronis Cyber Protect Advanced Server",
        "lic.",
        (2600, 3300),
        "23",
        "58.29.50.0",
        "",
        "",
    ),
    ("Monitor iiyama ProLite XUB2493HS-B5 23,8 cala", "szt.", (520, 690), "23", "26.20.17.0", "", ""),
    ("Czytnik kart kryptograficznych ACS ACR39U", "szt.", (45, 80), "23", "26.20.16.0", "", ""),
    ("Dysk zewnętrzny szyfrowany Kingston IronKey Vault 1TB", "szt.", (850, 1150), "23", "26.20.21.0", "", "GTU_06"),
    (
        "Wdrożenie polityki kopii zapasowych 3-2-1 z testem odtworzenia",
        "usł.",
        (5500, 9500),
        "23",
        "62.09.20.0",
        "",
        "GTU_12",
    ),
    ("Konfiguracja segmentacji sieci VLAN i reguł zapory", "usł.", (3800, 7200), "23", "62.02.30.0", "", "GTU_12"),
    ("Szkolenie e-learning z higieny cyfrowej dla pracowników JST", "usł.", (2400, 4800), "zw", "85.59.13.0", "", ""),
    (
        "Test penetracyjny infrastruktury zewnętrznej z raportem",
        "usł.",
        (12000, 22000),
        "23",
        "62.02.30.0",
        "",
        "GTU_12",
    ),
    ("Tablet Samsung Galaxy Tab A9+ 11 cali 64GB Wi-Fi", "szt.", (780, 990), "23", "26.20.11.0", "", "GTU_06"),
)
HARDWARE = tuple(i for i, e in enumerate(CAT) if e[1] in ("szt.", "kpl."))
QTYS = (1, 1, 2, 2, 3, 4, 5, 6, 8, 10, 12)


@cache
def _terc() -> tuple[tuple[str, str, str], ...]:
    """(TERYT code, printed name, office line) of every gmina and powiat of TERC 2024-01-01."""
    out = []
    with open(TERC, encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            kind, name, code = row["NAZWA_DOD"].strip('"'), row["NAZWA"], row["kod"]
            if row["poziom"] == "gmina" and row["RODZ"] in ("1", "2", "3"):
                if kind == "gmina miejska":
                    out.append((code, f"Miasto {name}", f"Urząd Miasta {name}"))
                else:
                    out.append((code, f"Gmina {name}", f"Urząd Gminy {name}"))
            elif row["poziom"] == "powiat" and kind == "powiat":
                out.append((code, f"Powiat {name[:1].upper()}{name[1:]}", "Starostwo Powiatowe"))
    return tuple(out)


def _postcode(rng: random.Random) -> str:
    return f"{rng.randint(11, 99)}-{rng.randint(100, 999)}"


def _buyer(rng: random.Random) -> Party:
    _code, name, office = rng.choice(_terc())
    town = name.split(" ", 1)[1]
    return Party(
        name,
        rng.choice(("ul. Rynek 1", "ul. Urzędowa 3", "pl. Ratuszowy 2", "ul. Główna 15", "ul. Szkolna 4")),
        f"{_postcode(rng)} {town}",
        make_nip(rng),
        (office,),
    )


def _seller(rng: random.Random) -> Party:
    return Party(rng.choice(SELLERS), rng.choice(STREETS), rng.choice(CITIES), make_nip(rng))


def _line(
    rng: random.Random,
    entry: tuple,
    *,
    qty: Decimal | None = None,
    div: Decimal | None = None,
    rate: str | None = None,
    price: Decimal | None = None,
) -> Item:
    name, unit, (lo, hi), drate, pkwiu, cn, gtu = entry
    rate = rate or drate
    if qty is None:
        qty = Decimal(rng.choice((1, 1, 2)) if unit == "usł." else rng.choice(QTYS))
    if price is None:
        price = Decimal(rng.randint(lo * 100, hi * 100)) / 100
        if div is not None:
            price = q2(price / div)
    r = Decimal(rate) if rate.isdigit() else Decimal(0)
    net = q2(price * qty)
    vat = q2(net * r / 100)
    return Item(name, qty, unit, price, net, rate, vat, net + vat, codes=(pkwiu, cn, gtu))


def _doc(
    rng: random.Random,
    number: str,
    *,
    kind: str = "invoice",
    n: tuple[int, int] = (2, 5),
    pool: tuple[int, ...] = (),
    currency: str | None = "PLN",
    div: Decimal | None = None,
    entries: list | None = None,
) -> Doc:
    seller, buyer = _seller(rng), _buyer(rng)
    while buyer.nip == seller.nip:
        buyer = replace(buyer, nip=make_nip(rng))
    issue = date(2026, 1, 5) + timedelta(days=rng.randint(0, 320))
    sale = issue - timedelta(days=rng.choice((0, 0, 1, 2, 4, 6)))
    if entries is None:
        src = [CAT[i] for i in pool] if pool else list(CAT)
        entries = rng.sample(src, min(rng.randint(*n), len(src)))
    items = tuple(_line(rng, e, div=div) for e in entries)
    return Doc(
        kind=kind,
        number=number,
        issue_date=issue,
        sale_date=sale,
        seller=seller,
        buyer=buyer,
        currency=currency,
        items=items,
        place=seller.city.split(" ", 1)[1],
        due_days=rng.choice((14, 21, 30)),
        bank=_iban(rng),
    )


def _protocol(rng: random.Random, number: str, **kw) -> Doc:
    d = _doc(rng, number, kind="protocol", currency=None, **kw)
    return replace(d, sale_date=None)


def _iban(rng: random.Random) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(26))


def _iban_fmt(acc: str, pl: bool = False) -> str:
    return ("PL" if pl else "") + acc[:2] + " " + " ".join(acc[i : i + 4] for i in range(2, 26, 4))


def _plines(p: Party, style: str = "plain", label: str = "NIP: ", office: bool = True) -> list[str]:
    rows = [p.name, *(p.extra if office else ()), p.street, p.city]
    return [*rows, f"{label}{nip_fmt(p.nip, style)}"]


def _qr(pdf: Pdf, rng: random.Random, x: float, y: float, size: float = 24, n: int = 25) -> None:
    """A QR-looking block (finder squares and random modules); it encodes nothing."""
    cell = size / n
    c = pdf.c
    for i in range(n):
        for j in range(n):
            corner = (i < 7 and j < 7) or (i < 7 and j >= n - 7) or (i >= n - 7 and j < 7)
            if corner:
                a, b = i % (n - 7) if i >= n - 7 else i, j % (n - 7) if j >= n - 7 else j
                on = a in (0, 6) or b in (0, 6) or (2 <= a <= 4 and 2 <= b <= 4)
            else:
                on = rng.random() < 0.5
            if on:
                pdf.rect(x + j * cell, y + i * cell, cell, cell, width=0, fill=0)
    c.setFillGray(0)


def _protocol_items_table(pdf: Pdf, y: float, doc: Doc, size: float = 8.5) -> float:
    cols = [Col("Lp.", 10, "c"), Col("Nazwa / opis", 112), Col("Ilość", 18, "r"), Col("J.m.", 16, "c")]
    rows = [[f"{k}.", it.name, qty_fmt(it.qty), it.unit] for k, it in enumerate(doc.items, 1)]
    return table(pdf, 20, y, cols, rows, TableStyle(size=size, grid=True, head_fill=0.88))


# --------------------------------------------------------------------------------------------------


def fam_protocol_defects_deadline(rng: random.Random) -> Sample:
    """Acceptance with reservations: items table, then a 'Wykaz wad' table with a removal deadline per defect."""
    no = f"PO/{rng.randint(1, 60)}/{rng.choice(('CS', 'IT', 'ZP'))}/2026"
    doc = _protocol(rng, no, pool=HARDWARE, n=(2, 4))
    town = doc.buyer.city.split(" ", 1)[1]
    contract = f"{rng.randint(3, 80)}/2026"
    doc = replace(doc, references=f"umowa nr {contract}")
    p = Pdf()
    p.text(p.w / 2, 22, "PROTOKÓŁ ODBIORU Z ZASTRZEŻENIAMI", 13, "Serif-Bold", "c")
    p.text(p.w / 2, 28, f"nr {no}", 10, "Serif", "c")
    p.text(20, 38, f"{town}, dnia {date_fmt(doc.issue_date)} r.", 9, "Serif")
    p.text(
        20,
        45,
        f"dotyczy realizacji umowy nr {contract} z dnia "
        f"{date_fmt(doc.issue_date - timedelta(days=rng.randint(20, 70)))}",
        9,
        "Serif",
    )
    p.text(20, 54, "ZAMAWIAJĄCY:", 8.5, "Serif-Bold")
    p.lines(20, 59, _plines(doc.buyer, "dash"), 9, "Serif")
    p.text(112, 54, "WYKONAWCA:", 8.5, "Serif-Bold")
    p.lines(112, 59, _plines(doc.seller, "dash", office=False), 9, "Serif")
    p.text(20, 88, "1. Przedmiot odbioru", 9.5, "Serif-Bold")
    y = _protocol_items_table(p, 91, doc) + 7
    p.text(20, y, "2. Stwierdzone wady i usterki oraz terminy ich usunięcia", 9.5, "Serif-Bold")
    defects = (
        "Brak etykiet inwentarzowych na obudowach",
        "Niekompletna dokumentacja powykonawcza (brak schematu połączeń)",
        "Uszkodzone opakowanie jednej sztuki – do wymiany",
        "Brak kart gwarancyjnych w wersji papierowej",
        "Nieaktualne oprogramowanie układowe (firmware)",
    )
    rows = []
    for k, d in enumerate(rng.sample(defects, rng.randint(2, 4)), 1):
        ref = rng.randint(1, len(doc.items))
        rows.append(
            [
                f"{k}.",
                d,
                f"poz. {ref}",
                date_fmt(doc.issue_date + timedelta(days=rng.choice((7, 14, 21)))),
                rng.choice(("Wykonawca", "Wykonawca – serwis")),
            ]
        )
    cols = [
        Col("Lp.", 10, "c"),
        Col("Opis wady / usterki", 78),
        Col("Dotyczy", 18, "c"),
        Col("Termin usunięcia", 26, "c"),
        Col("Odpowiedzialny", 28),
    ]
    y = table(p, 20, y + 3, cols, rows, TableStyle(size=8, grid=True, font="Serif", head_font="Serif-Bold")) + 7
    y = p.lines(
        20,
        y,
        [
            "3. Zamawiający dokonuje odbioru przedmiotu umowy z zastrzeżeniami wymienionymi w pkt 2.",
            "Usunięcie wad zostanie potwierdzone odrębnym protokołem. Do czasu usunięcia wad termin zapłaty",
            "wynagrodzenia nie rozpoczyna biegu.",
        ],
        8.5,
        "Serif",
    )
    for x, t in ((50, "Za Zamawiającego"), (150, "Za Wykonawcę")):
        p.hline(x - 32, x + 32, y + 20, 0.3)
        p.text(x, y + 24, t, 7.5, "Serif", "c")
    return Sample(p.bytes(), (doc,))


def fam_invoice_with_wz_below(rng: random.Random) -> Sample:
    """Invoice on the upper half; under a cut line a 'WZ – wydanie zewnętrzne' with its own number, date, qty."""
    no = f"FS {rng.randint(100, 999)}/{rng.randint(1, 12):02d}/2026"
    doc = _doc(rng, no, n=(2, 4), pool=HARDWARE)
    ms = "space"
    p = Pdf()
    p.text(15, 15, doc.seller.name, 10, "Cond-Bold")
    p.lines(15, 20, [doc.seller.street + ", " + doc.seller.city, f"NIP {doc.seller.nip}"], 7.5, "Cond")
    p.text(195, 15, f"Faktura VAT {no}", 11, "Cond-Bold", "r")
    p.lines(
        195,
        20,
        [f"Data wystawienia: {date_fmt(doc.issue_date)}", f"Data sprzedaży: {date_fmt(doc.sale_date)}"],
        7.5,
        "Cond",
        align="r",
    )
    p.text(15, 32, "Nabywca:", 7.5, "Cond-Bold")
    p.text(30, 32, f"{doc.buyer.name}, {doc.buyer.street}, {doc.buyer.city}, NIP {doc.buyer.nip}", 7.5, "Cond")
    cols = [
        Col("Lp", 7, "c"),
        Col("Towar", 78),
        Col("Ilość", 11, "r"),
        Col("Jm", 9),
        Col("Cena netto", 19, "r"),
        Col("Netto", 20, "r"),
        Col("VAT", 9, "c"),
        Col("Brutto", 21, "r"),
    ]
    rows = [
        [
            str(k),
            it.name,
            qty_fmt(it.qty),
            it.unit,
            money(it.unit_price, ms),
            money(it.net, ms),
            rate_label(it.vat_rate),
            money(it.gross, ms),
        ]
        for k, it in enumerate(doc.items, 1)
    ]
    st = TableStyle(size=7, font="Cond", head_font="Cond-Bold", grid=False, rules=True)
    y = table(p, 15, 37, cols, rows, st) + 3
    net, vat, gross = doc.totals()
    p.text(
        195,
        y + 2,
        f"Razem netto {money(net, ms)}   VAT {money(vat, ms)}   brutto {money(gross, ms)} PLN",
        7.5,
        "Cond-Bold",
        "r",
    )
    p.text(
        15,
        y + 8,
        f"Do zapłaty: {money(gross, ms)} PLN, przelew do {date_fmt(doc.issue_date + timedelta(days=doc.due_days))}"
        f" na rachunek {_iban_fmt(doc.bank)}",
        7.5,
        "Cond",
    )
    p.text(15, y + 12, f"Słownie: {words_pln(gross)}", 7, "Cond")
    cut = max(y + 22, p.h / 2)
    for x in range(10, 200, 4):
        p.hline(x, x + 2, cut, 0.3)
    p.text(12, cut - 1.2, "✂", 8, "Sans")
    wz = f"WZ {rng.randint(1000, 9999)}/{rng.choice(('MAG1', 'MG', 'CEN'))}/2026"
    wz_date = doc.sale_date
    p.text(15, cut + 10, f"WZ – Wydanie zewnętrzne nr {wz}", 11, "Cond-Bold")
    p.text(195, cut + 10, f"Data wydania: {date_fmt(wz_date)}", 8, "Cond", "r")
    p.text(195, cut + 15, f"Dokument powiązany: {no}", 8, "Cond", "r")
    p.text(15, cut + 17, f"Odbiorca: {doc.buyer.extra[0]}, {doc.buyer.street}, {doc.buyer.city}", 8, "Cond")
    p.text(15, cut + 21, f"Magazyn: {rng.choice(('Magazyn główny', 'MAG1 – Centralny', 'Sklep firmowy'))}", 8, "Cond")
    cols2 = [Col("Lp", 8, "c"), Col("Kod", 22), Col("Nazwa towaru", 100), Col("Ilość", 16, "r"), Col("Jm", 12)]
    rows2 = [
        [str(k), f"T-{rng.randint(10000, 99999)}", it.name, qty_fmt(it.qty), it.unit]
        for k, it in enumerate(doc.items, 1)
    ]
    y2 = table(p, 15, cut + 25, cols2, rows2, TableStyle(size=7.5, font="Cond", head_font="Cond-Bold", grid=True)) + 20
    for x, t in ((50, "Wydał"), (150, "Odebrał (data, podpis)")):
        p.hline(x - 28, x + 28, y2, 0.3)
        p.text(x, y2 + 3.5, t, 7, "Cond", "c")
    return Sample(p.bytes(), (doc,))


def fam_factoring_clause_uwagi(rng: random.Random) -> Sample:
    """'Uwagi' block: the receivable is assigned to a factor whose NIP and bank account are printed there."""
    no = f"{rng.randint(1, 400)}/{rng.randint(1, 12)}/2026/F"
    doc = _doc(rng, no, n=(2, 5))
    factor = Party(rng.choice(FACTORS), "ul. Żwirki i Wigury 16", "02-092 Warszawa", make_nip(rng))
    acc2 = _iban(rng)
    ms = "dot"
    p = Pdf()
    p.rect(15, 12, 180, 14, 0.6, fill=0.93)
    p.text(18, 21, "FAKTURA", 14, "Sans-Bold")
    p.text(55, 21, f"nr {no}", 12, "Sans")
    p.text(192, 17.5, f"wystawiona: {date_fmt(doc.issue_date, 'iso')}", 8, "Sans", "r")
    p.text(192, 22.5, f"data dostawy: {date_fmt(doc.sale_date, 'iso')}", 8, "Sans", "r")
    p.text(15, 34, "Sprzedawca", 8, "Sans-Bold")
    p.lines(15, 39, [*_plines(doc.seller, "pl", "NIP ", office=False), f"Konto: {_iban_fmt(doc.bank)}"], 8.5)
    p.text(110, 34, "Nabywca", 8, "Sans-Bold")
    p.lines(110, 39, _plines(doc.buyer, "plain", "NIP "), 8.5)
    cols = [
        Col("Lp.", 8, "c"),
        Col("Nazwa", 74),
        Col("Ilość", 12, "r"),
        Col("J.m.", 10),
        Col("Cena netto", 20, "r"),
        Col("Stawka", 12, "c"),
        Col("Wartość netto", 22, "r"),
        Col("Wartość brutto", 22, "r"),
    ]
    rows = [
        [
            f"{k}.",
            it.name,
            qty_fmt(it.qty),
            it.unit,
            money(it.unit_price, ms),
            rate_label(it.vat_rate),
            money(it.net, ms),
            money(it.gross, ms),
        ]
        for k, it in enumerate(doc.items, 1)
    ]
    y = table(p, 15, 70, cols, rows, TableStyle(size=7.5, grid=True, head_fill=0.85)) + 5
    y = vat_summary(p, 93, y, doc, ms, TableStyle(size=7.5, grid=True), total_label="Razem") + 5
    gross = doc.totals()[2]
    p.text(195, y, f"Do zapłaty: {money(gross, ms)} zł", 11, "Sans-Bold", "r")
    p.text(195, y + 5, f"słownie: {words_pln(gross)}", 7.5, "Sans", "r")
    y += 13
    p.rect(15, y, 180, 27, 0.5)
    p.text(18, y + 5, "Uwagi:", 8.5, "Sans-Bold")
    p.lines(
        18,
        y + 10,
        [
            f"Wierzytelność z tytułu niniejszej faktury została przelana na rzecz {factor.name},",
            f"{factor.street}, {factor.city}, NIP {nip_fmt(factor.nip, 'dash')}.",
            f"Zapłaty należy dokonać wyłącznie na rachunek faktora: {_iban_fmt(acc2, True)}",
            f"Termin płatności: {doc.due_days} dni. Zapłata na inny rachunek nie zwalnia z długu.",
        ],
        7.8,
    )
    return Sample(p.bytes(), (doc,))


def fam_ksef_offline_two_qr(rng: random.Random) -> Sample:
    """KSeF OFFLINE-mode visualisation: no KSeF number yet, QR 'KOD I' and 'KOD II' with links carrying NIP/date."""
    no = f"FA/{rng.randint(1, 999):03d}/{rng.randint(1, 12):02d}/2026"
    doc = _doc(rng, no, n=(1, 4))
    ms = "space"
    p = Pdf()
    p.text(15, 16, "Krajowy System e-Faktur", 8, "Sans", "l")
    p.text(15, 24, "Faktura VAT", 15, "Sans-Bold")
    p.text(15, 30, f"Numer faktury: {no}", 9.5, "Sans")
    p.rect(140, 13, 55, 10, 0.8)
    p.text(167.5, 19.5, "OFFLINE", 12, "Sans-Bold", "c")
    p.text(15, 35, "Faktura wystawiona w trybie offline – numer KSeF zostanie nadany po przesłaniu do KSeF.", 7.5)
    y = 44
    for title, party in (("Sprzedawca (Podmiot1)", doc.seller), ("Nabywca (Podmiot2)", doc.buyer)):
        p.text(15, y, title, 9, "Sans-Bold")
        p.hline(15, 195, y + 1.5, 0.3, 0.6)
        p.lines(
            15,
            y + 6,
            [f"NIP: {party.nip}", f"Nazwa: {party.name}", f"Adres: {party.street}, {party.city}", "Kraj: Polska"],
            8.5,
        )
        y += 27
    p.text(15, y, "Szczegóły", 9, "Sans-Bold")
    p.hline(15, 195, y + 1.5, 0.3, 0.6)
    p.lines(
        15,
        y + 6,
        [
            f"Data wystawienia: {date_fmt(doc.issue_date, 'iso')}",
            f"Data dokonania lub zakończenia dostawy towarów lub wykonania usługi: {date_fmt(doc.sale_date, 'iso')}",
            f"Miejsce wystawienia: {doc.place}",
            "Kod waluty: PLN",
        ],
        8.5,
    )
    y += 27
    p.text(15, y, "Pozycje", 9, "Sans-Bold")
    cols = [
        Col("Lp.", 9, "c"),
        Col("Nazwa towaru lub usługi", 72),
        Col("Ilość", 12, "r"),
        Col("Miara", 12),
        Col("Cena jedn. netto", 22, "r"),
        Col("Stawka podatku", 16, "c"),
        Col("Wartość sprzedaży netto", 27, "r"),
    ]
    rows = [
        [
            str(k),
            it.name,
            qty_fmt(it.qty),
            it.unit,
            money(it.unit_price, ms),
            rate_label(it.vat_rate, "n"),
            money(it.net, ms),
        ]
        for k, it in enumerate(doc.items, 1)
    ]
    y = table(p, 15, y + 3, cols, rows, TableStyle(size=7.5, grid=False, rules=True)) + 7
    p.text(15, y, "Podsumowanie stawek podatku", 9, "Sans-Bold")
    y = (
        vat_summary(
            p,
            15,
            y + 3,
            doc,
            ms,
            TableStyle(size=7.5, grid=False, rules=True),
            titles=("Stawka podatku", "Kwota netto", "Kwota podatku", "Kwota brutto"),
            total_label="Suma",
        )
        + 6
    )
    gross = doc.totals()[2]
    p.text(15, y, f"Kwota należności ogółem: {money(gross, ms)} PLN", 10, "Sans-Bold")
    p.text(
        15,
        y + 6,
        f"Płatność: przelew, termin {date_fmt(doc.issue_date + timedelta(days=doc.due_days), 'iso')}, "
        f"rachunek {_iban_fmt(doc.bank)}",
        8,
    )
    y = max(y + 14, 225)
    h = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_") for _ in range(43))
    for x, title, link in (
        (
            15,
            "KOD I – weryfikacja faktury",
            f"https://ksef.mf.gov.pl/client-app/invoice/{doc.seller.nip}/{date_fmt(doc.issue_date, 'dash')}/{h}",
        ),
        (
            110,
            "KOD II – CERTYFIKAT (weryfikacja wystawcy)",
            f"https://ksef.mf.gov.pl/client-app/certificate/Nip/{doc.seller.nip}/{doc.seller.nip}/"
            f"{rng.randrange(16**16):016X}",
        ),
    ):
        p.text(x, y, title, 8, "Sans-Bold")
        _qr(p, rng, x, y + 3, 28)
        for k, part in enumerate(wrap(link.replace("/", "/ "), "Sans", 5.5, 85)):
            p.text(x, y + 36 + k * 2.6, part.replace("/ ", "/"), 5.5)
    return Sample(p.bytes(), (doc,))


def _correction(rng: random.Random, number: str) -> Doc:
    base = _doc(rng, number, kind="correction", n=(1, 3))
    before, after = [], []
    for it in base.items:
        before.append(replace(it, before_correction=True))
        if it.qty > 1 and rng.random() < 0.5:
            after.append(make_like(it, it.qty - 1, it.unit_price, False))
        else:
            cut = q2(it.unit_price * Decimal(rng.choice(("0.92", "0.9", "0.8"))))
            after.append(make_like(it, it.qty, cut, False))
    corrected = base.issue_date - timedelta(days=rng.randint(8, 45))
    return replace(
        base,
        items=tuple(before + after),
        sale_date=corrected - timedelta(days=rng.choice((0, 0, 1, 3))),  # the corrected invoice's sale date
        corrected_number=f"FA/{rng.randint(1, 999):03d}/{rng.randint(1, 12):02d}/2026",
        corrected_date=corrected,
        reason=rng.choice(
            (
                "Rabat posprzedażowy uzgodniony z Zamawiającym",
                "Zwrot jednej sztuki towaru",
                "Błędna cena jednostkowa na fakturze pierwotnej",
            )
        ),
    )


def _ksef_no(rng: random.Random, nip: str, d: date) -> str:
    return f"{nip}-{d.strftime('%Y%m%d')}-{rng.randrange(16**12):012X}-{rng.randrange(256):02X}"


def fam_ksef_correction_stan_przed(rng: random.Random) -> Sample:
    """KSeF visualisation of a correction: corrected invoice's KSeF number, 'Pozycje' with a 'Stan przed' column."""
    no = f"KOR/{rng.randint(1, 99):02d}/2026"
    doc = _correction(rng, no)
    ms = "space"
    p = Pdf()
    p.text(15, 15, "Krajowy System e-Faktur", 7.5)
    p.text(195, 15, f"Numer KSeF: {_ksef_no(rng, doc.seller.nip, doc.issue_date)}", 7.5, "Sans", "r")
    p.text(15, 25, "Faktura korygująca", 15, "Sans-Bold")
    p.text(15, 31, f"Numer faktury: {no}", 9.5)
    y = 40
    for title, _party in (("Sprzedawca", doc.seller), ("Nabywca", doc.buyer)):
        p.text(15 if title == "Sprzedawca" else 110, y, title, 9, "Sans-Bold")
    p.hline(15, 195, y + 1.5, 0.3, 0.6)
    for x, party in ((15, doc.seller), (110, doc.buyer)):
        p.lines(x, y + 6, [f"NIP: {party.nip}", party.name, party.street, party.city], 8.5)
    y = 68
    p.text(15, y, "Szczegóły", 9, "Sans-Bold")
    p.hline(15, 195, y + 1.5, 0.3, 0.6)
    p.lines(
        15,
        y + 6,
        [
            f"Data wystawienia: {date_fmt(doc.issue_date, 'iso')}",
            f"Data dokonania lub zakończenia dostawy towarów lub wykonania usługi: {date_fmt(doc.sale_date, 'iso')}",
            f"Przyczyna korekty: {doc.reason}",
            "Typ skutku korekty: Korekta skutkująca w dacie ujęcia faktury korygowanej",
        ],
        8.2,
    )
    y = 95
    p.text(15, y, "Dane faktury korygowanej", 9, "Sans-Bold")
    p.hline(15, 195, y + 1.5, 0.3, 0.6)
    p.lines(
        15,
        y + 6,
        [
            f"Data wystawienia faktury, której dotyczy faktura korygująca: {date_fmt(doc.corrected_date, 'iso')}",
            f"Numer faktury korygowanej: {doc.corrected_number}",
            f"Numer KSeF faktury korygowanej: {_ksef_no(rng, doc.seller.nip, doc.corrected_date)}",
        ],
        8.2,
    )
    y = 119
    p.text(15, y, "Pozycje", 9, "Sans-Bold")
    cols = [
        Col("Lp.", 8, "c"),
        Col("Nazwa towaru lub usługi", 64),
        Col("Ilość", 11, "r"),
        Col("Miara", 11),
        Col("Cena jedn. netto", 20, "r"),
        Col("Stawka podatku", 14, "c"),
        Col("Wartość sprzedaży netto", 26, "r"),
        Col("Stan przed", 16, "c"),
    ]
    rows = []
    for k, (b, a) in enumerate(zip(doc.before_items, doc.after_items, strict=True), 1):
        for it, mark in ((b, "tak"), (a, "")):
            rows.append(
                [
                    str(k),
                    it.name,
                    qty_fmt(it.qty),
                    it.unit,
                    money(it.unit_price, ms),
                    rate_label(it.vat_rate, "n"),
                    money(it.net, ms),
                    mark,
                ]
            )
    y = table(p, 15, y + 3, cols, rows, TableStyle(size=7.3, grid=False, rules=True)) + 7
    p.text(15, y, "Podsumowanie stawek podatku (różnica)", 9, "Sans-Bold")
    bsum = {r: (n, v, g) for r, n, v, g in doc.rate_summary(doc.before_items)}
    rws = []
    for r, n, v, g in doc.rate_summary(doc.after_items):
        bn, bv, bg = bsum[r]
        rws.append([rate_label(r), money(n - bn, ms), money(v - bv, ms), money(g - bg, ms)])
    net, vat, gross = (a - b for a, b in zip(doc.totals(doc.after_items), doc.totals(doc.before_items), strict=True))
    cols2 = [
        Col("Stawka podatku", 26, "c"),
        Col("Kwota netto", 30, "r"),
        Col("Kwota podatku", 30, "r"),
        Col("Kwota brutto", 30, "r"),
    ]
    y = table(p, 15, y + 3, cols2, rws, TableStyle(size=7.5, grid=False, rules=True)) + 6
    p.text(15, y, f"Kwota należności ogółem: {money(gross, ms)} PLN", 10, "Sans-Bold")
    p.text(15, y + 5, f"(netto {money(net, ms)}, podatek {money(vat, ms)})", 8)
    _qr(p, rng, 15, y + 14, 24)
    p.text(43, y + 20, "Sprawdź, czy Twoja faktura znajduje się w KSeF", 7.5)
    return Sample(p.bytes(), (doc,))


def fam_original_and_copy_half_sheets(rng: random.Random) -> Sample:
    """One invoice printed twice on one A4 sheet: ORYGINAŁ on the upper half, KOPIA on the lower, a cut line."""
    no = f"{rng.randint(1, 300)}/{rng.randint(1, 12):02d}/26"
    doc = _doc(rng, no, n=(1, 3))
    ms = "comma"
    net, vat, gross = doc.totals()
    p = Pdf()

    def half(y0: float, label: str) -> None:
        p.text(195, y0 + 8, label, 9, "Sans-Bold", "r")
        p.text(15, y0 + 9, f"Faktura VAT nr {no}", 12, "Serif-Bold")
        p.text(
            15,
            y0 + 15,
            f"Miejsce wystawienia: {doc.place}   Data wystawienia: {date_fmt(doc.issue_date)}   "
            f"Data sprzedaży: {date_fmt(doc.sale_date)}",
            7.5,
            "Serif",
        )
        p.text(15, y0 + 22, "Sprzedawca:", 7.5, "Serif-Bold")
        p.lines(15, y0 + 26, _plines(doc.seller, "dash", office=False), 7.5, "Serif", 3.3)
        p.text(110, y0 + 22, "Nabywca:", 7.5, "Serif-Bold")
        p.lines(110, y0 + 26, _plines(doc.buyer, "dash"), 7.5, "Serif", 3.3)
        cols = [
            Col("Lp.", 8, "c"),
            Col("Nazwa towaru / usługi", 70),
            Col("Ilość", 11, "r"),
            Col("J.m.", 10),
            Col("Cena netto", 19, "r"),
            Col("Wartość netto", 21, "r"),
            Col("VAT %", 11, "c"),
            Col("Kwota VAT", 18, "r"),
            Col("Brutto", 19, "r"),
        ]
        rows = [
            [
                f"{k}.",
                it.name,
                qty_fmt(it.qty),
                it.unit,
                money(it.unit_price, ms),
                money(it.net, ms),
                rate_label(it.vat_rate, "n"),
                money(it.vat, ms),
                money(it.gross, ms),
            ]
            for k, it in enumerate(doc.items, 1)
        ]
        rows.append(["", "RAZEM", "", "", "", money(net, ms), "", money(vat, ms), money(gross, ms)])
        y = table(p, 12, y0 + 46, cols, rows, TableStyle(size=6.8, font="Serif", head_font="Serif-Bold", grid=True))
        p.text(15, y + 5, f"Do zapłaty: {money(gross, ms)} zł   słownie: {words_pln(gross)}", 7.5, "Serif-Bold")
        p.text(15, y + 9, f"Sposób zapłaty: przelew {doc.due_days} dni, nr konta {_iban_fmt(doc.bank)}", 7, "Serif")
        yy = min(y + 24, y0 + 140)
        p.hline(20, 75, yy, 0.3)
        p.hline(135, 190, yy, 0.3)
        p.text(47, yy + 3, "podpis osoby upoważnionej do odbioru", 6, "Serif", "c")
        p.text(162, yy + 3, "podpis osoby upoważnionej do wystawienia", 6, "Serif", "c")

    half(4, "ORYGINAŁ")
    for x in range(5, 205, 3):
        p.hline(x, x + 1.5, p.h / 2, 0.25)
    half(p.h / 2 + 2, "KOPIA")
    return Sample(p.bytes(), (doc,))


WEEKDAYS = ("poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela")


def fam_email_body_printout(rng: random.Random) -> Sample:
    """An e-mail printed from a mail client: Od/Wysłano/Do/Temat header, the invoice as plain monospace text."""
    no = f"FV-{rng.randint(10, 999)}/{rng.randint(1, 12)}/2026"
    doc = _doc(rng, no, n=(1, 4))
    ms = "plain" if rng.random() < 0.5 else "comma"
    net, vat, gross = doc.totals()
    sent = doc.issue_date + timedelta(days=rng.choice((0, 1, 2)))
    town = doc.buyer.city.split(" ", 1)[1]
    slug = "".join(
        c
        for c in town.lower()
        .replace("ł", "l")
        .replace("ó", "o")
        .replace("ś", "s")
        .replace("ą", "a")
        .replace("ę", "e")
        .replace("ż", "z")
        .replace("ź", "z")
        .replace("ć", "c")
        .replace("ń", "n")
        if c.isalnum()
    )
    p = Pdf()
    p.text(15, 16, f"Sekretariat – {doc.buyer.extra[0]}", 12, "Sans-Bold")
    p.hline(15, 195, 19, 1.2)
    head = (
        ("Od:", f"Biuro <faktury@{slug[:3]}-it.pl>"),
        (
            "Wysłano:",
            f"{WEEKDAYS[sent.weekday()]}, {sent.day} {date_fmt(sent, 'words').split(' ', 1)[1]} "
            f"{rng.randint(7, 16)}:{rng.randint(0, 59):02d}",
        ),
        ("Do:", f"sekretariat@{slug}.pl"),
        ("DW:", f"skarbnik@{slug}.pl"),
        ("Temat:", f"Faktura {no}"),
    )
    y = 26
    for k, v in head:
        p.text(15, y, k, 9, "Sans-Bold")
        p.text(42, y, v, 9)
        y += 5
    y += 4
    y = p.lines(
        15,
        y,
        [
            "Dzień dobry,",
            "",
            "w nawiązaniu do zrealizowanego zamówienia przesyłamy fakturę. Treść faktury poniżej,",
            "wersja PDF zostanie dostarczona pocztą tradycyjną.",
            "",
        ],
        9,
        lead=4.4,
    )
    w = 38
    txt = [
        f"FAKTURA VAT nr {no}",
        "",
        f"Data wystawienia: {date_fmt(doc.issue_date)}",
        f"Data sprzedaży:   {date_fmt(doc.sale_date)}",
        "",
        f"SPRZEDAWCA: {doc.seller.name}",
        f"            {doc.seller.street}, {doc.seller.city}",
        f"            NIP {doc.seller.nip}",
        f"NABYWCA:    {doc.buyer.name}",
        f"            {doc.buyer.street}, {doc.buyer.city}",
        f"            NIP {nip_fmt(doc.buyer.nip, 'dash')}",
        "",
        f"{'Lp':<3}{'Nazwa':<{w}} {'Ilość':>6} {'Cena netto':>11} {'Netto':>11} {'VAT':>4} {'Brutto':>11}",
        "-" * (3 + w + 1 + 6 + 12 * 2 + 5 + 12),
    ]
    for k, it in enumerate(doc.items, 1):
        parts = wrap(it.name, "Mono", 7.4, w * 0.6 * 7.4 / 2.835)
        txt.append(
            f"{k:<3}{parts[0]:<{w}} {qty_fmt(it.qty, ms):>6} {money(it.unit_price, ms):>11} "
            f"{money(it.net, ms):>11} {rate_label(it.vat_rate, 'n'):>4} {money(it.gross, ms):>11}"
        )
        txt += [f"   {s}" for s in parts[1:]]
    txt += [
        "-" * (3 + w + 1 + 6 + 12 * 2 + 5 + 12),
        f"{'RAZEM:':<{3 + w + 19}} {money(net, ms):>11} {money(vat, ms):>4} {money(gross, ms):>11}",
        "",
        f"DO ZAPŁATY: {money(gross, ms)} PLN",
        f"Termin płatności: {date_fmt(doc.issue_date + timedelta(days=doc.due_days))}, przelew",
        f"Rachunek: {_iban_fmt(doc.bank)}",
    ]
    y = p.lines(15, y, txt, 7.4, "Mono", lead=3.6) + 4
    p.lines(
        15,
        y,
        [
            "Z poważaniem",
            "Dział Rozliczeń",
            doc.seller.name,
            f"tel. +48 {rng.randint(500, 799)} {rng.randint(100, 999)} {rng.randint(100, 999)}",
        ],
        8.5,
        lead=4,
    )
    p.text(105, p.h - 10, "1", 8, "Sans", "c")
    return Sample(p.bytes(), (doc,))


def fam_bottom_aligned_wrapped_names(rng: random.Random) -> Sample:
    """Narrow name column, long names wrapped over 3-5 lines; every number sits on the LAST line of its cell."""
    no = f"FV/{rng.randint(1, 9)}/{rng.randint(100, 999)}/2026"
    tails = (
        " – zgodnie z opisem przedmiotu zamówienia (OPZ), gwarancja producenta 36 miesięcy w trybie on-site",
        " wraz z dostawą, instalacją i konfiguracją w siedzibie Zamawiającego",
        " – fabrycznie nowy, z dokumentacją w języku polskim",
        "",
    )
    doc = _doc(rng, no, n=(2, 4))
    items = tuple(replace(it, name=it.name + rng.choice(tails)) for it in doc.items)
    doc = replace(doc, items=items)
    ms = "space"
    p = Pdf()
    p.text(15, 18, "FAKTURA VAT", 16, "Sans-Bold")
    p.text(15, 25, f"Nr {no}", 10)
    p.lines(
        195,
        16,
        [
            f"Data wystawienia {date_fmt(doc.issue_date)}",
            f"Data sprzedaży {date_fmt(doc.sale_date)}",
            f"Miejsce {doc.place}",
        ],
        8.5,
        align="r",
    )
    p.text(15, 36, "Sprzedawca", 8, "Sans-Bold")
    p.lines(15, 41, _plines(doc.seller, "space", office=False), 8.5)
    p.text(110, 36, "Nabywca", 8, "Sans-Bold")
    p.lines(110, 41, _plines(doc.buyer, "space"), 8.5)
    cols = [
        ("Lp.", 8, "c"),
        ("Nazwa towaru / usługi", 52, "l"),
        ("PKWiU", 17, "c"),
        ("Ilość", 10, "r"),
        ("J.m.", 9, "c"),
        ("Cena jedn. netto", 17, "r"),
        ("Wartość netto", 19, "r"),
        ("VAT", 9, "c"),
        ("Kwota VAT", 17, "r"),
        ("Wartość brutto", 19, "r"),
    ]
    x0, y = 14, 70
    size, lead = 7.5, 3.4
    p.hline(x0, x0 + sum(c[1] for c in cols), y, 0.6)
    x = x0
    for t, wdt, al in cols:
        for k, ln in enumerate(wrap(t, "Sans-Bold", 7, wdt - 2)):
            tx = x + 1 if al == "l" else (x + wdt - 1 if al == "r" else x + wdt / 2)
            p.text(tx, y + 3.5 + k * 3, ln, 7, "Sans-Bold", al)
        x += wdt
    y += 10
    p.hline(x0, x0 + sum(c[1] for c in cols), y, 0.6)
    for k, it in enumerate(doc.items, 1):
        nl = wrap(it.name, "Sans", size, 50)
        last = y + 3.5 + (len(nl) - 1) * lead
        vals = [
            f"{k}.",
            None,
            it.codes[0],
            qty_fmt(it.qty),
            it.unit,
            money(it.unit_price, ms),
            money(it.net, ms),
            rate_label(it.vat_rate),
            money(it.vat, ms),
            money(it.gross, ms),
        ]
        x = x0
        for (t, wdt, al), v in zip(cols, vals, strict=True):
            if v is None:
                p.lines(x + 1, y + 3.5, nl, size, lead=lead)
            else:
                tx = x + 1 if al == "l" else (x + wdt - 1 if al == "r" else x + wdt / 2)
                p.text(tx, y + 3.5 if t == "Lp." else last, v, size, "Sans", al)
            x += wdt
        y = last + 2.5
        p.hline(x0, x0 + sum(c[1] for c in cols), y, 0.2, 0.5)
    y = (
        vat_summary(
            p,
            95,
            y + 6,
            doc,
            ms,
            TableStyle(size=7.5, grid=False, rules=True),
            titles=("Stawka", "Netto", "VAT", "Brutto"),
            total_label="Ogółem",
        )
        + 7
    )
    gross = doc.totals()[2]
    p.text(195, y, f"Razem do zapłaty: {money(gross, ms)} PLN", 11, "Sans-Bold", "r")
    p.text(195, y + 5, f"Słownie: {words_pln(gross)}", 7.5, "Sans", "r")
    p.text(15, y + 14, f"Forma płatności: przelew, termin {doc.due_days} dni. Nr rachunku: {_iban_fmt(doc.bank)}", 8)
    return Sample(p.bytes(), (doc,))


def fam_bank_accounts_table_legal_footer(rng: random.Random) -> Sample:
    """A bank-accounts grid (PLN, EUR, VAT account, SWIFT) under the totals and a long small-print legal footer."""
    no = f"{rng.randint(1, 12):02d}/{rng.randint(1, 500):04d}/2026"
    doc = _doc(rng, no, n=(2, 5))
    ms = "space"
    _net, _vat, gross = doc.totals()
    p = Pdf()
    p.text(15, 20, doc.seller.name, 13, "Serif-Bold")
    p.text(15, 25, f"{doc.seller.street} · {doc.seller.city}", 8, "Serif")
    p.text(195, 18, "Faktura nr", 8, "Sans", "r")
    p.text(195, 24, no, 13, "Sans-Bold", "r")
    p.hline(15, 195, 29, 0.8)
    p.lines(
        15,
        35,
        [
            f"Data wystawienia: {date_fmt(doc.issue_date, 'words')}",
            f"Data sprzedaży: {date_fmt(doc.sale_date, 'words')}",
        ],
        8.5,
    )
    p.lines(
        110,
        35,
        [
            f"Termin płatności: {date_fmt(doc.issue_date + timedelta(days=doc.due_days), 'words')}",
            "Metoda płatności: przelew",
        ],
        8.5,
    )
    p.text(15, 48, "Sprzedawca", 8, "Sans-Bold")
    p.lines(15, 53, _plines(doc.seller, "plain", "NIP ", office=False), 8.5)
    p.text(110, 48, "Nabywca", 8, "Sans-Bold")
    p.lines(110, 53, _plines(doc.buyer, "dash2", "NIP "), 8.5)
    cols = [
        Col("#", 7, "c"),
        Col("Opis", 76),
        Col("Ilość", 12, "r"),
        Col("Cena netto", 21, "r"),
        Col("Netto", 22, "r"),
        Col("VAT", 10, "c"),
        Col("Brutto", 24, "r"),
    ]
    rows = [
        [
            str(k),
            it.name,
            f"{qty_fmt(it.qty)} {it.unit}",
            money(it.unit_price, ms),
            money(it.net, ms),
            rate_label(it.vat_rate),
            money(it.gross, ms),
        ]
        for k, it in enumerate(doc.items, 1)
    ]
    y = table(p, 15, 82, cols, rows, TableStyle(size=7.8, grid=False, rules=True, head_fill=0.9)) + 4
    y = (
        vat_summary(
            p,
            103,
            y,
            doc,
            ms,
            TableStyle(size=7.8, grid=False, rules=True),
            titles=("Stawka", "Netto", "VAT", "Brutto"),
            widths=(16, 24, 24, 28),
            total_label="Suma",
        )
        + 5
    )
    p.text(195, y, f"Do zapłaty {money(gross, ms)} PLN", 12, "Sans-Bold", "r")
    y += 9
    p.text(15, y, "Dane do przelewu", 8.5, "Sans-Bold")
    bcols = [Col("Bank", 46), Col("Waluta", 16, "c"), Col("Numer rachunku", 80), Col("SWIFT/BIC", 24, "c")]
    acc_eur, acc_vat = _iban(rng), _iban(rng)
    bank = rng.choice(("mBank S.A.", "Santander Bank Polska S.A.", "Bank Pekao S.A.", "ING Bank Śląski S.A."))
    swift = rng.choice(("BREXPLPW", "WBKPPLPP", "PKOPPLPW", "INGBPLPW"))
    brows = [
        [bank, "PLN", _iban_fmt(doc.bank, True), swift],
        [bank, "EUR", _iban_fmt(acc_eur, True), swift],
        [bank, "PLN (VAT)", _iban_fmt(acc_vat, True) + " – wyłącznie MPP", swift],
    ]
    y = table(p, 15, y + 2, bcols, brows, TableStyle(size=7.5, grid=True)) + 8
    capital = rng.choice(("50 000,00", "105 000,00", "1 250 000,00", "5 000,00"))
    legal = (
        f"{doc.seller.name} z siedzibą w {doc.seller.city.split(' ', 1)[1]}, {doc.seller.street}, {doc.seller.city}, "
        f"wpisana do rejestru przedsiębiorców Krajowego Rejestru Sądowego prowadzonego przez Sąd Rejonowy, "
        f"Wydział Gospodarczy KRS, pod numerem KRS {rng.randint(10**9, 10**10 - 1):010d}, NIP {doc.seller.nip}, "
        f"REGON {rng.randint(10**8, 10**9 - 1)}, kapitał zakładowy {capital} zł wpłacony w całości. "
        f"Numer rejestrowy BDO: {rng.randint(10**8, 10**9 - 1):09d}. Zgodnie z art. 4c ustawy z dnia 8 marca 2013 r. "
        "o przeciwdziałaniu nadmiernym opóźnieniom w transakcjach handlowych oświadczamy, że posiadamy status dużego "
        "przedsiębiorcy. Administratorem danych osobowych jest Sprzedawca; dane są przetwarzane w celu realizacji "
        "umowy i obowiązków podatkowych (art. 6 ust. 1 lit. b i c RODO). Reklamacje dotyczące faktury prosimy zgłaszać "
        "w terminie 7 dni od jej otrzymania. Faktura bez podpisu odbiorcy zgodnie z obowiązującymi przepisami."
    )
    p.hline(15, 195, p.h - 33, 0.3, 0.5)
    p.lines(15, p.h - 29, wrap(legal, "Sans", 5.8, 180), 5.8, lead=2.6)
    return Sample(p.bytes(), (doc,))


def fam_collective_invoice_wz_lines(rng: random.Random) -> Sample:
    """'Faktura zbiorcza' for a month of deliveries: every line has its own WZ number and delivery date."""
    no = f"FZ/{rng.randint(1, 99)}/{rng.randint(1, 12):02d}/2026"
    doc = _doc(rng, no, n=(3, 4), pool=HARDWARE)
    again = doc.items[0]
    extra = _line(
        rng,
        CAT[next(i for i in HARDWARE if CAT[i][0] == again.name)],
        price=again.unit_price,
        qty=Decimal(rng.choice((1, 2))),
    )
    items = (*doc.items, extra)
    start = doc.issue_date - timedelta(days=rng.randint(20, 28))
    dates = sorted(start + timedelta(days=rng.randint(0, 18)) for _ in items)
    sale = dates[-1]
    doc = replace(doc, items=items, sale_date=sale)
    ms = "dot"
    p = Pdf()
    p.text(p.w / 2, 18, f"FAKTURA VAT ZBIORCZA nr {no}", 13, "Sans-Bold", "c")
    p.text(p.w / 2, 24, f"za dostawy w okresie {date_fmt(dates[0])} – {date_fmt(sale)}", 8.5, "Sans", "c")
    p.lines(
        15, 34, [f"Data wystawienia: {date_fmt(doc.issue_date)}", f"Data zakończenia dostaw: {date_fmt(sale)}"], 8.5
    )
    p.lines(
        195,
        34,
        [
            f"Miejsce wystawienia: {doc.place}",
            f"Termin płatności: {date_fmt(doc.issue_date + timedelta(days=doc.due_days))}",
        ],
        8.5,
        align="r",
    )
    p.rect(15, 44, 88, 30, 0.4)
    p.rect(107, 44, 88, 30, 0.4)
    p.text(17, 48.5, "SPRZEDAWCA", 7.5, "Sans-Bold")
    p.lines(17, 53, _plines(doc.seller, "dash", office=False), 8)
    p.text(109, 48.5, "NABYWCA", 7.5, "Sans-Bold")
    p.lines(109, 53, _plines(doc.buyer, "dash", office=False), 8)
    cols = [
        Col("Lp.", 7, "c"),
        Col("Nr WZ", 22),
        Col("Data wydania", 17, "c"),
        Col("Nazwa", 56),
        Col("Ilość", 10, "r"),
        Col("J.m.", 9),
        Col("Cena netto", 17, "r"),
        Col("Wartość netto", 19, "r"),
        Col("VAT", 8, "c"),
        Col("Wartość brutto", 19, "r"),
    ]
    wz0 = rng.randint(100, 800)
    rows = [
        [
            f"{k}.",
            f"WZ/{wz0 + 3 * k}/26",
            date_fmt(d),
            it.name,
            qty_fmt(it.qty),
            it.unit,
            money(it.unit_price, ms),
            money(it.net, ms),
            rate_label(it.vat_rate, "n"),
            money(it.gross, ms),
        ]
        for k, (it, d) in enumerate(zip(items, dates, strict=True), 1)
    ]
    y = table(p, 12, 80, cols, rows, TableStyle(size=7, grid=True, head_fill=0.9)) + 5
    y = vat_summary(p, 101, y, doc, ms, TableStyle(size=7.5, grid=True), total_label="RAZEM") + 6
    gross = doc.totals()[2]
    p.text(15, y, f"Do zapłaty: {money(gross, ms)} PLN", 11, "Sans-Bold")
    p.text(15, y + 5, f"Słownie: {words_pln(gross)}", 8)
    p.text(15, y + 10, f"Rachunek bankowy: {_iban_fmt(doc.bank)}", 8)
    return Sample(p.bytes(), (doc,))


CABLING = (
    ("Kabel U/UTP kat. 6 LSOH ułożony w korytach i rurkach instalacyjnych", "mb", "0.5"),
    ("Korytko instalacyjne PCV 40x60 z montażem", "mb", "0.5"),
    ("Gniazdo abonenckie 2xRJ45 kat. 6 natynkowe", "szt.", "1"),
    ("Panel krosowy 24xRJ45 kat. 6 ekranowany 1U", "szt.", "1"),
    ("Kabel światłowodowy jednomodowy 12J OS2 ułożony w kanalizacji", "mb", "0.1"),
    ("Pomiary certyfikacyjne torów transmisyjnych kat. 6 z raportem", "pkt", "1"),
    ("Przepust ogniowy EI 60 przez przegrodę budowlaną", "szt.", "1"),
    ("Spawy światłowodowe w przełącznicy z pomiarem reflektometrycznym", "szt.", "1"),
)


def fam_protocol_cabling_measured(rng: random.Random) -> Sample:
    """Final acceptance of a structured-cabling job: measured mb/pkt quantities with decimals, a measurements note."""
    no = f"{rng.randint(1, 25)}/OKS/2026"
    doc = _protocol(rng, no, n=(1, 1))
    items = []
    for name, unit, step in rng.sample(CABLING, rng.randint(3, 6)):
        if unit == "mb":
            q = Decimal(rng.randint(40, 1600)) * Decimal(step) + (Decimal("0.5") if step == "1" else 0)
            q = q.normalize() if q != q.to_integral_value() else q.to_integral_value()
        else:
            q = Decimal(rng.randint(2, 96))
        items.append(Item(name, q, unit, None, None, "23", None, None))
    doc = replace(doc, items=tuple(items))
    town = doc.buyer.city.split(" ", 1)[1]
    p = Pdf()
    p.text(15, 20, "PROTOKÓŁ ODBIORU KOŃCOWEGO ROBÓT", 13, "Sans-Bold")
    p.text(15, 26, f"Nr {no} – wykonanie okablowania strukturalnego w budynku urzędu", 9)
    p.text(195, 20, f"{town}, {date_fmt(doc.issue_date, 'dash')}", 9, "Sans", "r")
    p.text(15, 36, "Inwestor / Zamawiający", 8.5, "Sans-Bold")
    p.lines(
        15, 41, [doc.buyer.name, f"{doc.buyer.street}, {doc.buyer.city}", f"NIP {nip_fmt(doc.buyer.nip, 'dash')}"], 8.5
    )
    p.text(110, 36, "Wykonawca robót", 8.5, "Sans-Bold")
    p.lines(110, 41, [doc.seller.name, f"{doc.seller.street}, {doc.seller.city}", f"NIP {doc.seller.nip}"], 8.5)
    start = doc.issue_date - timedelta(days=rng.randint(25, 60))
    p.lines(
        15,
        60,
        [
            f"Data rozpoczęcia robót: {date_fmt(start, 'dash')}",
            f"Data zgłoszenia zakończenia robót: {date_fmt(doc.issue_date - timedelta(days=3), 'dash')}",
            "Komisja po zapoznaniu się z dokumentacją powykonawczą i dokonaniu oględzin stwierdza, że",
            "wykonano następujący zakres rzeczowy (ilości wg obmiaru powykonawczego):",
        ],
        8.5,
        lead=4.3,
    )
    cols = [
        Col("Lp.", 9, "c"),
        Col("Element robót", 110),
        Col("J.m.", 14, "c"),
        Col("Ilość wg obmiaru", 26, "r"),
        Col("Ocena", 21, "c"),
    ]
    rows = [[f"{k}.", it.name, it.unit, qty_fmt(it.qty), "dobra"] for k, it in enumerate(doc.items, 1)]
    y = table(p, 15, 80, cols, rows, TableStyle(size=8, grid=True, head_fill=0.9)) + 7
    y = (
        p.lines(
            15,
            y,
            [
                f"Wyniki pomiarów: wszystkie tory spełniają wymagania klasy E (raport z {rng.randint(24, 96)} stron).",
                f"Gwarancja na wykonane roboty: {rng.choice((60, 120, 300))} miesięcy od daty niniejszego protokołu.",
                "Komisja uznaje roboty za wykonane zgodnie z umową i dokonuje odbioru końcowego bez uwag.",
            ],
            8.5,
            lead=4.3,
        )
        + 6
    )
    for k, role in enumerate(("Przewodniczący komisji", "Członek komisji", "Kierownik robót (Wykonawca)")):
        x = 20 + k * 62
        p.hline(x, x + 52, y + 14, 0.3)
        p.text(x + 26, y + 18, role, 7, "Sans", "c")
    return Sample(p.bytes(), (doc,))


def fam_protocol_parties_prose(rng: random.Random) -> Sample:
    """Protocol whose parties are a contract-like prose paragraph ('zwaną dalej Zamawiającym'), then the items."""
    no = f"{rng.randint(1, 40)}/{rng.choice(('ZP', 'IN', 'OR'))}/2026"
    doc = _protocol(rng, no, n=(2, 5))
    town = doc.buyer.city.split(" ", 1)[1]
    head = rng.choice(("Wójta", "Burmistrza", "Starostę")) if not doc.buyer.name.startswith("Miasto") else "Prezydenta"
    person = rng.choice(("Jana Kowalczyka", "Annę Michalak", "Tomasza Bieleckiego", "Ewę Sobczak"))
    person2 = rng.choice(("Pawła Zielińskiego", "Martę Krawczyk", "Roberta Nowickiego"))
    p = Pdf()
    p.text(p.w / 2, 24, f"Protokół odbioru nr {no}", 13, "Serif-Bold", "c")
    p.text(p.w / 2, 30, "przedmiotu umowy", 10, "Serif", "c")
    para = (
        f"Sporządzony w dniu {date_fmt(doc.issue_date, 'words_r')} w {town} pomiędzy: {doc.buyer.name}, "
        f"{doc.buyer.street}, {doc.buyer.city}, NIP {nip_fmt(doc.buyer.nip, 'dash')}, reprezentowaną przez "
        f"{person} – {head}, zwaną dalej „Zamawiającym”, a {doc.seller.name}, {doc.seller.street}, "
        f"{doc.seller.city}, NIP {doc.seller.nip}, reprezentowaną przez {person2} – Prezesa Zarządu, zwaną dalej "
        f"„Wykonawcą”, w związku z realizacją umowy nr {rng.randint(1, 90)}/{doc.issue_date.year} zawartej w dniu "
        f"{date_fmt(doc.issue_date - timedelta(days=rng.randint(20, 90)), 'words_r')} w ramach projektu grantowego."
    )
    y = p.lines(20, 42, wrap(para, "Serif", 9.5, 170), 9.5, "Serif", lead=4.8) + 4
    y = (
        p.lines(
            20, y, ["§ 1. Wykonawca przekazuje, a Zamawiający przyjmuje następujący przedmiot umowy:"], 9.5, "Serif"
        )
        + 2
    )
    y = _protocol_items_table(p, y, doc, 8.5) + 6
    y = p.lines(
        20,
        y,
        wrap(
            "§ 2. Zamawiający stwierdza, że przedmiot umowy został dostarczony w terminie, jest kompletny, wolny "
            "od wad i zgodny z ofertą Wykonawcy. Odbiór następuje bez zastrzeżeń.",
            "Serif",
            9.5,
            170,
        ),
        9.5,
        "Serif",
        lead=4.8,
    )
    y = p.lines(
        20,
        y + 2,
        wrap(
            "§ 3. Protokół stanowi podstawę do wystawienia faktury. Protokół sporządzono w dwóch jednobrzmiących "
            "egzemplarzach, po jednym dla każdej ze Stron.",
            "Serif",
            9.5,
            170,
        ),
        9.5,
        "Serif",
        lead=4.8,
    )
    for x, t in ((55, "ZAMAWIAJĄCY"), (155, "WYKONAWCA")):
        p.text(x, y + 14, t, 9, "Serif-Bold", "c")
        p.hline(x - 30, x + 30, y + 30, 0.3)
    return Sample(p.bytes(), (doc,))


def _add_months(d: date, months: int) -> date:
    y, m = divmod(d.month - 1 + months, 12)
    return date(d.year + y, m + 1, min(d.day, 28))


def fam_protocol_warranty_end_dates(rng: random.Random) -> Sample:
    """Handover protocol whose rows carry serial numbers and a warranty-end date each, plus a service contact."""
    no = f"PPU/{rng.randint(1, 120):03d}/2026"
    doc = _protocol(rng, no, pool=HARDWARE, n=(2, 5))
    p = Pdf(land=True)
    p.text(15, 17, "PROTOKÓŁ PRZEKAZANIA I URUCHOMIENIA SPRZĘTU", 13, "Cond-Bold")
    p.text(15, 23, f"numer {no}", 9, "Cond")
    p.text(p.w - 15, 17, f"Data przekazania: {date_fmt(doc.issue_date)}", 9, "Cond-Bold", "r")
    p.text(p.w - 15, 23, f"Miejsce: {doc.buyer.extra[0]}", 8.5, "Cond", "r")
    p.text(15, 33, "Przekazujący (Dostawca):", 8.5, "Cond-Bold")
    p.text(
        60,
        33,
        f"{doc.seller.name}, {doc.seller.street}, {doc.seller.city}, NIP {nip_fmt(doc.seller.nip, 'dash')}",
        8.5,
        "Cond",
    )
    p.text(15, 38, "Przyjmujący (Zamawiający):", 8.5, "Cond-Bold")
    p.text(
        60,
        38,
        f"{doc.buyer.name}, {doc.buyer.street}, {doc.buyer.city}, NIP {nip_fmt(doc.buyer.nip, 'dash')}",
        8.5,
        "Cond",
    )
    cols = [
        Col("Lp.", 9, "c"),
        Col("Nazwa urządzenia", 92),
        Col("Ilość", 13, "r"),
        Col("J.m.", 11, "c"),
        Col("Numer(y) seryjny(e)", 62),
        Col("Gwarancja (mies.)", 20, "c"),
        Col("Gwarancja do", 24, "c"),
        Col("Stan", 16, "c"),
    ]
    rows = []
    for k, it in enumerate(doc.items, 1):
        months = rng.choice((24, 36, 36, 60))
        sns = [
            f"{rng.choice(('CZC', 'SGH', 'FGT', '5CG'))}{rng.randrange(10**7):07d}" for _ in range(min(int(it.qty), 3))
        ]
        sn = ", ".join(sns) + (f" (+{int(it.qty) - 3} wg zał.)" if it.qty > 3 else "")
        rows.append(
            [
                f"{k}.",
                it.name,
                qty_fmt(it.qty),
                it.unit,
                sn,
                str(months),
                date_fmt(_add_months(doc.issue_date, months)),
                "sprawny",
            ]
        )
    y = (
        table(
            p, 15, 45, cols, rows, TableStyle(size=7.8, font="Cond", head_font="Cond-Bold", grid=True, head_fill=0.88)
        )
        + 6
    )
    y = p.lines(
        15,
        y,
        [
            f"Zgłoszenia serwisowe: serwis@{rng.choice(('bitstream', 'netline', 'arkon'))}.pl, tel. 800 "
            f"{rng.randint(100, 999)} "
            f"{rng.randint(100, 999)}, czas reakcji {rng.choice(('NBD', '4 h', '8 h roboczych'))}.",
            "Sprzęt uruchomiono w obecności przedstawicieli Zamawiającego; przekazano karty gwarancyjne i instrukcje.",
            "Uwagi: brak.",
        ],
        8.5,
        "Cond",
        lead=4.2,
    )
    for x, t in ((70, "Przekazujący"), (p.w - 70, "Przyjmujący")):
        p.hline(x - 30, x + 30, y + 16, 0.3)
        p.text(x, y + 20, t, 7.5, "Cond", "c")
    return Sample(p.bytes(), (doc,))


def fam_usd_licence_reseller_nbp(rng: random.Random) -> Sample:
    """Licence reseller invoicing in USD; the VAT per rate restated in PLN at an NBP mid rate (art. 106e ust. 11)."""
    no = f"INV/PL/{rng.randint(1000, 9999)}/26"
    pool = (*(i for i, e in enumerate(CAT) if e[1] == "lic."), 3, 4)
    doc = _doc(rng, no, n=(2, 4), pool=pool, currency="USD", div=Decimal("3.95"))
    ms = rng.choice(("space", "spacedot"))
    rate = Decimal(rng.randint(37200, 41800)) / 10000
    p = Pdf()
    p.rect(0, 0, p.w, 9, 0, fill=0.2)
    p.text(15, 24, "Faktura VAT", 16, "Sans-Bold")
    p.text(15, 31, f"No. {no}", 10)
    p.lines(
        195,
        20,
        [
            f"Data wystawienia: {date_fmt(doc.issue_date, 'iso')}",
            f"Data sprzedaży: {date_fmt(doc.sale_date, 'iso')}",
            "Waluta faktury: USD",
        ],
        8.5,
        align="r",
    )
    p.text(15, 42, "Sprzedawca / Seller", 8, "Sans-Bold")
    p.lines(15, 47, _plines(doc.seller, "pl", "VAT ID: ", office=False), 8.5)
    p.text(110, 42, "Nabywca / Buyer", 8, "Sans-Bold")
    p.lines(110, 47, _plines(doc.buyer, "plain", "NIP: "), 8.5)
    cols = [
        Col("Lp.", 8, "c"),
        Col("Nazwa", 74),
        Col("Ilość", 11, "r"),
        Col("J.m.", 10),
        Col("Cena netto USD", 21, "r"),
        Col("Wartość netto USD", 23, "r"),
        Col("VAT", 10, "c"),
        Col("Wartość brutto USD", 23, "r"),
    ]
    rows = [
        [
            f"{k}.",
            it.name,
            qty_fmt(it.qty),
            it.unit,
            money(it.unit_price, ms),
            money(it.net, ms),
            rate_label(it.vat_rate),
            money(it.gross, ms),
        ]
        for k, it in enumerate(doc.items, 1)
    ]
    y = table(p, 15, 78, cols, rows, TableStyle(size=7.5, grid=False, rules=True, head_fill=0.9)) + 5
    y = (
        vat_summary(
            p,
            93,
            y,
            doc,
            ms,
            TableStyle(size=7.5, grid=True),
            titles=("Stawka", "Netto USD", "VAT USD", "Brutto USD"),
            total_label="Razem USD",
        )
        + 6
    )
    net, _vat, gross = doc.totals()
    p.text(195, y, f"Do zapłaty: {money(gross, ms)} USD", 12, "Sans-Bold", "r")
    y += 10
    prev = doc.issue_date - timedelta(days=1 if doc.issue_date.weekday() not in (0, 6) else 3)
    tab = f"{rng.randint(1, 250):03d}/A/NBP/{prev.year}"
    p.text(
        15,
        y,
        f"Kurs średni NBP z dnia {date_fmt(prev)} (tabela nr {tab}): 1 USD = {str(rate).replace('.', ',')} PLN",
        8.5,
    )
    rows2 = [[rate_label(r), money(q2(n * rate), ms), money(q2(v * rate), ms)] for r, n, v, _ in doc.rate_summary()]
    rows2.append(
        [
            "Razem",
            money(q2(net * rate), ms),
            money(sum((q2(v * rate) for _, _, v, _ in doc.rate_summary()), Decimal(0)), ms),
        ]
    )
    cols2 = [Col("Stawka", 20, "c"), Col("Wartość netto w PLN", 34, "r"), Col("Kwota VAT w PLN", 34, "r")]
    y = table(p, 15, y + 3, cols2, rows2, TableStyle(size=7.5, grid=True)) + 6
    p.text(15, y, f"Płatność przelewem na rachunek USD: {_iban_fmt(doc.bank, True)}, termin {doc.due_days} dni.", 8)
    return Sample(p.bytes(), (doc,))


def fam_reference_numbers_combined_date(rng: random.Random) -> Sample:
    """A grid of reference numbers (order, offer, contract, client, public procurement) and one combined date label."""
    no = f"FV{rng.randint(1, 12):02d}/{rng.randint(1, 999):03d}/26"
    doc = _doc(rng, no, n=(2, 5))
    doc = replace(doc, sale_date=doc.issue_date)
    ms = "space"
    p = Pdf()
    p.text(15, 19, "Faktura VAT", 18, "Light")
    yy = p.lines(15, 27, wrap(doc.seller.name, "Sans-Bold", 9, 88), 9, "Sans-Bold", lead=4.2)
    p.lines(15, yy + 0.5, [f"{doc.seller.street}, {doc.seller.city}", f"NIP {nip_fmt(doc.seller.nip, 'dash')}"], 8)
    grid = [
        ("Numer dokumentu", no),
        ("Data wystawienia / data sprzedaży", date_fmt(doc.issue_date)),
        ("Nr zamówienia", f"ZAM/{rng.randint(100, 999)}/{doc.issue_date.month:02d}/2026"),
        ("Nr oferty", f"OF-{rng.randint(1000, 9999)}-{rng.randint(1, 9)}"),
        ("Nr umowy", f"{rng.randint(1, 80)}/{rng.choice(('IT', 'ZP', 'OR'))}/{doc.issue_date.year}"),
        ("Postępowanie", f"ZP.271.{rng.randint(1, 40)}.{doc.issue_date.year}"),
        ("Nr klienta", f"K{rng.randint(10000, 99999)}"),
        ("Termin płatności", date_fmt(doc.issue_date + timedelta(days=doc.due_days))),
    ]
    for k, (lab, val) in enumerate(grid):
        x, y = 110 + (k % 2) * 43, 12 + (k // 2) * 10
        p.rect(x, y, 43, 10, 0.3)
        p.text(x + 1.5, y + 3.3, lab, 5.8, "Sans", "l")
        p.text(x + 1.5, y + 8, val, 8, "Sans-Bold")
    p.text(15, 58, "Nabywca", 8, "Sans-Bold")
    p.lines(15, 63, _plines(doc.buyer, "plain", "NIP "), 8.5)
    p.text(110, 58, "Adres dostawy", 8, "Sans-Bold")
    p.lines(110, 63, [doc.buyer.extra[0], doc.buyer.street, doc.buyer.city, "Sekretariat, pok. 12"], 8.5)
    cols = [
        Col("Lp.", 8, "c"),
        Col("Towar / usługa", 78),
        Col("Ilość", 12, "r"),
        Col("J.m.", 10),
        Col("Cena netto", 20, "r"),
        Col("VAT %", 11, "c"),
        Col("Wartość netto", 22, "r"),
        Col("Wartość brutto", 22, "r"),
    ]
    rows = [
        [
            f"{k}.",
            it.name,
            qty_fmt(it.qty),
            it.unit,
            money(it.unit_price, ms),
            rate_label(it.vat_rate, "n"),
            money(it.net, ms),
            money(it.gross, ms),
        ]
        for k, it in enumerate(doc.items, 1)
    ]
    y = table(p, 12, 90, cols, rows, TableStyle(size=7.5, grid=True, head_fill=0.92)) + 5
    y = vat_summary(p, 101, y, doc, ms, TableStyle(size=7.5, grid=True), total_label="Razem") + 7
    gross = doc.totals()[2]
    p.text(15, y, f"Razem do zapłaty: {money(gross, ms)} zł", 11, "Sans-Bold")
    p.text(15, y + 5, f"słownie złotych: {words_pln(gross)}", 7.5)
    p.text(15, y + 10, f"Przelew na rachunek: {_iban_fmt(doc.bank)}", 8)
    return Sample(p.bytes(), (doc,))


def fam_invoice_then_jst_description_page(rng: random.Random) -> Sample:
    """Page 1 the invoice; page 2 the JST's 'opis merytoryczny' with the grant split and budget paragraphs."""
    no = f"{rng.randint(1, 250)}/{rng.choice(('S', 'US', 'H'))}/2026"
    doc = _doc(rng, no, n=(2, 4))
    ms = "space"
    _net, vat, gross = doc.totals()
    p = Pdf()
    p.text(p.w / 2, 20, f"FAKTURA nr {no}", 14, "Sans-Bold", "c")
    p.text(
        p.w / 2,
        26,
        f"data wystawienia {date_fmt(doc.issue_date)} · data sprzedaży {date_fmt(doc.sale_date)}",
        8.5,
        "Sans",
        "c",
    )
    p.text(15, 38, "Sprzedawca", 8, "Sans-Bold")
    p.lines(15, 43, _plines(doc.seller, "plain", "NIP ", office=False), 8.5)
    p.text(110, 38, "Nabywca", 8, "Sans-Bold")
    p.lines(110, 43, _plines(doc.buyer, "plain", "NIP "), 8.5)
    cols = [
        Col("Lp", 8, "c"),
        Col("Nazwa", 80),
        Col("Ilość", 12, "r"),
        Col("J.m.", 10),
        Col("Cena netto", 20, "r"),
        Col("Netto", 20, "r"),
        Col("VAT", 10, "c"),
        Col("Brutto", 22, "r"),
    ]
    rows = [
        [
            str(k),
            it.name,
            qty_fmt(it.qty),
            it.unit,
            money(it.unit_price, ms),
            money(it.net, ms),
            rate_label(it.vat_rate),
            money(it.gross, ms),
        ]
        for k, it in enumerate(doc.items, 1)
    ]
    y = table(p, 13, 72, cols, rows, TableStyle(size=7.5, grid=True)) + 5
    y = vat_summary(p, 93, y, doc, ms, TableStyle(size=7.5, grid=True), total_label="Razem") + 7
    p.text(195, y, f"Do zapłaty: {money(gross, ms)} PLN", 11, "Sans-Bold", "r")
    p.text(195, y + 5, f"Słownie: {words_pln(gross)}", 7.5, "Sans", "r")
    p.text(15, y + 13, f"Przelew {doc.due_days} dni, rachunek {_iban_fmt(doc.bank)}", 8)
    p.new_page()
    p.text(p.w / 2, 20, "OPIS MERYTORYCZNY FAKTURY / DOWODU KSIĘGOWEGO", 12, "Serif-Bold", "c")
    p.text(20, 32, f"do faktury nr {no} z dnia {date_fmt(doc.issue_date)}", 9.5, "Serif")
    grant = rng.choice(("Cyberbezpieczny Samorząd", "Cyfrowa Gmina", "Cyfrowy Powiat"))
    y = (
        p.lines(
            20,
            42,
            wrap(
                f"Wydatek poniesiony w ramach projektu grantowego „{grant}”, umowa o powierzenie grantu nr "
                f"{rng.randint(100, 2400)}/{grant[:3].upper()}/2024. Zakup zgodny z wnioskiem o powierzenie grantu, "
                f"pozycja "
                f"budżetu nr {rng.randint(1, 12)}. Zamówienie udzielone na podstawie art. 2 ust. 1 pkt 1 ustawy Pzp "
                f"(wartość poniżej 130 000 zł netto) / postępowanie {rng.choice(('ZP.271', 'OR.271', 'IN.271'))}."
                f"{rng.randint(1, 30)}.2026.",
                "Serif",
                9.5,
                170,
            ),
            9.5,
            "Serif",
            lead=4.8,
        )
        + 4
    )
    hw = sum((it.gross for it in doc.items if it.unit in ("szt.", "kpl.")), Decimal(0))
    rest = gross - hw
    split = [
        ["Dział 750, rozdział 75023, § 4210 – zakup materiałów i wyposażenia", money(hw, ms)],
        ["Dział 750, rozdział 75023, § 4300 – zakup usług pozostałych", money(rest, ms)],
        ["w tym podatek VAT (niepodlegający odliczeniu)", money(vat, ms)],
    ]
    y = (
        table(
            p,
            20,
            y,
            [Col("Klasyfikacja budżetowa / źródło finansowania", 120), Col("Kwota [zł]", 40, "r")],
            split,
            TableStyle(size=8.5, font="Serif", head_font="Serif-Bold", grid=True),
        )
        + 10
    )
    for lab in (
        "Sprawdzono pod względem merytorycznym",
        "Sprawdzono pod względem formalnym i rachunkowym",
        "Zatwierdzono do wypłaty (Skarbnik / Kierownik jednostki)",
    ):
        p.text(20, y, lab, 8.5, "Serif")
        p.hline(120, 190, y + 1, 0.3)
        p.text(155, y + 4, "data i podpis", 6.5, "Serif", "c")
        y += 14
    return Sample(p.bytes(), (doc,))
