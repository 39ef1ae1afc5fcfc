"""BLIND-9 families (fresh batch). Not to be opened by the parser engineer; measured once, at the end.

Layouts written for this batch only, by an evaluator who never read the parser (`extractors/`, `checks/`,
`tests/extractors/`). They share the data model (`Doc`, `Item`, `Party`, `make_line`) and the page canvas and
table drawing (`Pdf`, `table`) of `kit.py`, but bring their own sellers, their own IT/cloud catalogue and real
gminy and powiaty from the TERYT register (TERC 2024-01-01, `/work/shared/data/teryt/terc_2024-01-01.csv`; the
TERYT code of each is kept next to it; a gmina miejska is printed "Gmina Miejska X" or "Miasto X", any other gmina
"Gmina X", a powiat "Powiat X" with its Starostwo; streets and postcodes are invented).

Focus of the batch: items grouped in sections (hardware / software / services) with a subtotal per section and
one VAT summary; a hosting/cloud provider with a service period column per line and decimal quantities printed
with three decimals; an SAP printout (positions 10, 20, 30, a material number line above the description, a
numeric document number, quantities "2,000", no line gross); an SAP correction whose differences carry a
TRAILING minus ("1.234,56-"); a form whose amount columns are split into "zł" and "gr" sub-columns under a
two-level heading; a letter-style invoice for a window envelope (a tiny sender line above the buyer's address, an
information block on the right, "Szanowni Państwo," and the seller's legal data only in a three-column footer);
a protocol of acceptance of a cybersecurity diagnosis/audit whose items are the deliverables (reports, plans) in
paragraphs §1–§4; an installation and configuration protocol with one framed card per device (key: value lines);
a protocol whose page 1 is prose and signatures and whose item list is an annex on page 2; a monthly service
acceptance protocol with a service table AND a separate SLA-metrics table (the metrics are not items); a
consultant's invoice whose lines are a numbered list with dot leaders up to the net amount, VAT once on the sum;
a spreadsheet-made invoice with column headings rotated 90° in a full cell grid; a template with a dark band and
white (inverted) text for the title, the table heading and the totals; a Nordic-ERP invoice with a reference row
(Nr klienta | Nr zamówienia | Wasz ref. | Nasz ref. | Warunki) and every amount prefixed "PLN "; an invoice as a JST
office scans it, with a tilted blue "WPŁYNĘŁO" registry stamp (receipt date, L.dz. number) and a budget-description
stamp (project, grant agreement, dział/rozdział/paragraf, amount, approvals) on the page; a landscape handover
protocol whose goods are a distribution matrix (one column per receiving unit, "–" for none, a "Razem" column that
holds the quantity).
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

from reportlab.pdfbase import pdfmetrics

from tests.corpus.extract.blocks import signatures, slownie, vat_summary
from tests.corpus.extract.kit import (
    MM,
    Col,
    Doc,
    Item,
    Party,
    Pdf,
    TableStyle,
    date_fmt,
    make_line,
    make_nip,
    money,
    nip_fmt,
    q2,
    qty_fmt,
    rate_label,
    table,
    wrap,
)
from tests.corpus.extract.registry import Sample

# TERYT (TERC 2024-01-01) code, name as the buyer prints it, office line, street, postcode + town (invented)
BUYERS: tuple[tuple[str, str, str, str, str], ...] = (
    ("2010052", "Gmina Mielnik", "Urząd Gminy Mielnik", "ul. Piaskowa 1", "17-307 Mielnik"),
    ("2411042", "Gmina Krzyżanowice", "Urząd Gminy Krzyżanowice", "ul. Główna 1", "47-450 Krzyżanowice"),
    ("2411062", "Gmina Nędza", "Urząd Gminy Nędza", "ul. Jana III Sobieskiego 5", "47-440 Nędza"),
    ("1401042", "Gmina Stara Błotnica", "Urząd Gminy Stara Błotnica", "Stara Błotnica 46", "26-806 Stara Błotnica"),
    ("0209011", "Gmina Miejska Chojnów", "Urząd Miejski w Chojnowie", "Plac Zamkowy 1", "59-225 Chojnów"),
    ("2010023", "Gmina Drohiczyn", "Urząd Miejski w Drohiczynie", "ul. Kraszewskiego 5", "17-312 Drohiczyn"),
    ("2410042", "Gmina Pawłowice", "Urząd Gminy Pawłowice", "ul. Zjednoczenia 60", "43-250 Pawłowice"),
    ("1210022", "Gmina Chełmiec", "Urząd Gminy Chełmiec", "ul. Papieska 2", "33-395 Chełmiec"),
    ("2010082", "Gmina Perlejewo", "Urząd Gminy Perlejewo", "ul. Szkolna 3", "17-322 Perlejewo"),
    ("3263011", "Miasto Świnoujście", "Urząd Miasta Świnoujście", "ul. Wojska Polskiego 1/5", "72-600 Świnoujście"),
    ("2411011", "Miasto Racibórz", "Urząd Miasta Racibórz", "ul. Króla Stefana Batorego 6", "47-400 Racibórz"),
    ("2009042", "Gmina Puńsk", "Urząd Gminy Puńsk", "ul. Mickiewicza 2", "16-515 Puńsk"),
    ("1020073", "Gmina Parzęczew", "Urząd Gminy Parzęczew", "ul. Ozorkowska 3", "95-045 Parzęczew"),
    ("0221082", "Gmina Walim", "Urząd Gminy Walim", "ul. Kolejowa 11", "58-320 Walim"),
    ("1213", "Powiat Oświęcimski", "Starostwo Powiatowe w Oświęcimiu", "ul. Wyspiańskiego 10", "32-600 Oświęcim"),
    ("0205", "Powiat Jaworski", "Starostwo Powiatowe w Jaworze", "ul. Dworcowa 4", "59-400 Jawor"),
    ("0418", "Powiat Włocławski", "Starostwo Powiatowe we Włocławku", "ul. Cyganka 28", "87-800 Włocławek"),
    ("0226", "Powiat Złotoryjski", "Starostwo Powiatowe w Złotoryi", "ul. Kolejowa 6", "59-500 Złotoryja"),
)

SELLERS = (
    "Chmura Regionalna Sp. z o.o.",
    "Sudecka Informatyka Sp. z o.o.",
    "NordData Polska Sp. z o.o.",
    "Kancelaria Bezpieczeństwa Informacji Piotr Zieliński",
    "Cyberaudyt Sp. z o.o. sp.k.",
    "Netkom-Śląsk Sp. z o.o.",
    "Biuro Informatyczne WEKTOR Ewa Kamińska",
    "Pomorskie Centrum Danych S.A.",
    "Integra Systemy Teleinformatyczne Sp. z o.o.",
    "Podkarpacka Dystrybucja IT Sp. z o.o.",
    "Secura Consulting Sp. z o.o.",
    "Zakład Usług Informatycznych „Kursor” Robert Mazur",
)
STREETS = (
    "ul. Fabryczna 22",
    "ul. Wrocławska 140",
    "al. Niepodległości 18 lok. 4",
    "ul. Techniczna 5",
    "ul. Okrzei 3/1",
    "ul. Składowa 9B",
    "ul. Hutnicza 40",
)
CITIES = (
    "40-181 Katowice",
    "58-500 Jelenia Góra",
    "81-350 Gdynia",
    "43-300 Bielsko-Biała",
    "87-100 Toruń",
    "26-600 Radom",
    "65-001 Zielona Góra",
)

# name, unit, (low, high) net price, VAT rate, section (S=hardware, O=software, U=services), PKWiU, CN, GTU
_CAT: tuple[tuple[str, str, tuple[int, int], str, str], ...] = (
    ("Komputer stacjonarny HP Elite Mini 800 G9 i5-12500T 16GB 512GB W11Pro", "szt.", (3400, 4100), "23", "S"),
    ("Notebook ASUS ExpertBook B1 B1502CVA i5 16GB 512GB", "szt.", (3000, 3600), "23", "S"),
    ("Firewall Stormshield SN310 z pakietem UTM na 36 mies.", "szt.", (6900, 8300), "23", "S"),
    ("Serwer NAS QNAP TS-873A-8G z dyskami 4x 6TB", "szt.", (8800, 10900), "23", "S"),
    ("Przełącznik Cisco Catalyst 1000-24P-4G-L PoE", "szt.", (3900, 4800), "23", "S"),
    ("Zasilacz UPS CyberPower OLS3000ERT2U", "szt.", (4300, 5200), "23", "S"),
    ("Skaner dokumentów Fujitsu fi-8170", "szt.", (3500, 4200), "23", "S"),
    ("Czytnik kart kryptograficznych ACR39U-U1", "szt.", (45, 80), "23", "S"),
    ("Licencja Windows Server 2022 Standard 16 Core OLP", "lic.", (3600, 4400), "23", "O"),
    ("Licencja Bitdefender GravityZone Business Security (24 mies.)", "lic.", (150, 230), "23", "O"),
    ("Oprogramowanie do backupu Acronis Cyber Protect Standard Server (1 rok)", "lic.", (2800, 3500), "23", "O"),
    ("System EZD – moduł rozszerzony (licencja wieczysta)", "kpl.", (12000, 19000), "23", "O"),
    ("Certyfikat SSL OV Wildcard (12 mies.)", "szt.", (900, 1400), "23", "O"),
    ("Usługa konfiguracji sieci VLAN i polityk zapory", "usł.", (2500, 5200), "23", "U"),
    ("Szkolenie e-learning z cyberhigieny dla pracowników", "usł.", (2000, 4800), "zw", "U"),
    ("Poradnik „Cyberbezpieczeństwo w urzędzie” (wydawnictwo książkowe)", "egz.", (60, 95), "5", "U"),
    ("Test penetracyjny infrastruktury zewnętrznej", "usł.", (9000, 16000), "23", "U"),
)


def _entry(e: tuple[str, str, tuple[int, int], str, str]) -> tuple[str, str, tuple[int, int], str, str, str, str]:
    return (e[0], e[1], e[2], e[3], "", "", "")


def _buyer(rng: random.Random, powiat: bool | None = None) -> tuple[Party, str]:
    pool = [b for b in BUYERS if powiat is None or (len(b[0]) == 4) == powiat]
    code, name, office, street, city = rng.choice(pool)
    return Party(name, street, city, make_nip(rng), (office,)), code


def _seller(rng: random.Random) -> Party:
    return Party(rng.choice(SELLERS), rng.choice(STREETS), rng.choice(CITIES), make_nip(rng))


def _dates(rng: random.Random) -> tuple[date, date]:
    issue = date(2026, 1, 5) + timedelta(days=rng.randint(0, 320))
    return issue, issue - timedelta(days=rng.choice((0, 0, 1, 3, 4)))


def _bank(rng: random.Random) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(26))


def _iban(b: str) -> str:
    return b[:2] + " " + " ".join(b[i : i + 4] for i in range(2, 26, 4))


def _doc(
    rng: random.Random,
    number: str,
    *,
    n: tuple[int, int] = (2, 5),
    sections: str = "SOU",
    rates: tuple[str, ...] = (),
    kind: str = "invoice",
    powiat: bool | None = None,
    gross_based: bool = False,
    must: tuple[int, ...] = (),
) -> Doc:
    seller = _seller(rng)
    buyer, _code = _buyer(rng, powiat)
    issue, sale = _dates(rng)
    pool = [e for e in _CAT if e[4] in sections]
    k = rng.randint(*n)
    entries = [_CAT[i] for i in must] + [e for e in rng.sample(pool, min(k, len(pool))) if _CAT.index(e) not in must]
    entries = entries[: max(k, len(must))]
    items = []
    for i, e in enumerate(entries):
        rate = rates[i % len(rates)] if rates else None
        qty = rng.choice((1, 2, 3, 5, 8, 10)) if e[1] in ("szt.", "lic.", "egz.") else rng.choice((1, 1, 2))
        items.append(make_line(rng, _entry(e), rate=rate, qty=qty, gross_based=gross_based))
    return Doc(
        kind=kind,
        number=number,
        issue_date=issue,
        sale_date=sale,
        seller=seller,
        buyer=buyer,
        currency="PLN",
        items=tuple(items),
        gross_based=gross_based,
        place=seller.city.split(" ", 1)[1],
        due_days=rng.choice((14, 21, 30)),
        bank=_bank(rng),
    )


def _protocol(
    rng: random.Random, number: str, items: list[tuple[str, Decimal, str]], *, powiat: bool | None = None
) -> Doc:
    seller = _seller(rng)
    buyer, _code = _buyer(rng, powiat)
    issue, _sale = _dates(rng)
    its = tuple(Item(nm, q, u, None, None, None, None, None) for nm, q, u in items)
    return Doc(
        kind="protocol",
        number=number,
        issue_date=issue,
        sale_date=None,
        seller=seller,
        buyer=buyer,
        currency=None,
        items=its,
        place=buyer.city.split(" ", 1)[1],
        references=f"Umowa nr {rng.choice(('OR', 'ZP', 'IT'))}.272.{rng.randint(1, 40)}.{issue.year}",
    )


def _section_of(it: Item) -> str:
    return next(e[4] for e in _CAT if e[0] == it.name)


def _qty3(q: Decimal) -> str:
    return f"{q:.3f}".replace(".", ",")


# --------------------------------------------------------------------------------------------------


def fam_sections_subtotals(rng: random.Random) -> Sample:
    """Items grouped under section rows (Sprzęt / Oprogramowanie / Usługi) with a subtotal row after each section."""
    no = f"FV {rng.randint(10, 480)}/{rng.choice(('01', '04', '09', '11'))}/2026"
    doc = _doc(rng, no, n=(4, 7), must=(14,) if rng.random() < 0.6 else ())
    order = {"S": 0, "O": 1, "U": 2}
    items = tuple(sorted(doc.items, key=lambda i: order[_section_of(i)]))
    doc = replace(doc, items=items)
    ms = rng.choice(("space", "dot"))
    p = Pdf()
    p.text(15, 17, "FAKTURA VAT", 16, "Sans-Bold")
    p.text(15, 23.5, f"Nr: {no}", 10, "Sans")
    p.lines(
        195,
        14,
        [
            f"Miejsce wystawienia: {doc.place}",
            f"Data wystawienia: {date_fmt(doc.issue_date)}",
            f"Data sprzedaży: {date_fmt(doc.sale_date)}",
        ],
        8.5,
        align="r",
        lead=4.3,
    )
    p.lines(
        15,
        33,
        ["Sprzedawca", doc.seller.name, doc.seller.street, doc.seller.city, f"NIP {nip_fmt(doc.seller.nip, 'dash')}"],
        8.5,
        lead=4.2,
    )
    p.lines(
        110,
        33,
        ["Nabywca", doc.buyer.name, doc.buyer.street, doc.buyer.city, f"NIP {nip_fmt(doc.buyer.nip, 'dash')}"],
        8.5,
        lead=4.2,
    )
    cols = [
        Col("Lp.", 8, "c"),
        Col("Nazwa", 74),
        Col("Ilość", 11, "r"),
        Col("J.m.", 10),
        Col("Cena netto", 19, "r"),
        Col("Wartość netto", 21, "r"),
        Col("VAT", 9, "c"),
        Col("Wartość brutto", 22, "r"),
    ]
    titles = {"S": "I. SPRZĘT KOMPUTEROWY I SIECIOWY", "O": "II. OPROGRAMOWANIE I LICENCJE", "U": "III. USŁUGI"}
    short = {"S": "Sprzęt", "O": "Oprogramowanie", "U": "Usługi"}
    rows: list[list[str]] = []
    k = 0
    for sec in "SOU":
        group = [i for i in items if _section_of(i) == sec]
        if not group:
            continue
        rows.append(["", titles[sec], "", "", "", "", "", ""])
        for it in group:
            k += 1
            rows.append(
                [
                    f"{k}",
                    it.name,
                    qty_fmt(it.qty),
                    it.unit,
                    money(it.unit_price or 0, ms),
                    money(it.net or 0, ms),
                    rate_label(it.vat_rate),
                    money(it.gross or 0, ms),
                ]
            )
        net = sum((i.net or Decimal(0) for i in group), Decimal(0))
        gross = sum((i.gross or Decimal(0) for i in group), Decimal(0))
        rows.append(["", f"Razem {short[sec]}:", "", "", "", money(net, ms), "", money(gross, ms)])
    y = table(p, 12, 62, cols, rows, TableStyle(size=7.8, grid=True, head_fill=0.85)) + 6
    y = vat_summary(p, 98, y, doc, ms, TableStyle(size=7.8, grid=True), total_label="Ogółem") + 7
    gross = doc.totals()[2]
    p.text(15, y, f"Do zapłaty: {money(gross, ms)} PLN", 11, "Sans-Bold")
    p.text(15, y + 6, f"Słownie: {slownie(doc)}", 8)
    p.text(15, y + 11, f"Forma płatności: przelew, termin {doc.due_days} dni, rachunek {_iban(doc.bank)}", 8)
    signatures(p, y + 16)
    return Sample(p.bytes(), (doc,))


_HOSTING = (
    (
        "Serwer wirtualny VPS 4 vCPU / 16 GB RAM / 200 GB NVMe",
        "h",
        (Decimal("0.18"), Decimal("0.42")),
        (Decimal(720), Decimal(744), Decimal("312.5")),
    ),
    (
        "Przestrzeń na kopie zapasowe (backup off-site)",
        "TB-mies.",
        (Decimal(95), Decimal(160)),
        (Decimal("1.75"), Decimal("2.5"), Decimal("0.5")),
    ),
    (
        "Hosting poczty e-mail – skrzynki urzędowe 25 GB",
        "skrz.-mies.",
        (Decimal(6), Decimal(14)),
        (Decimal(45), Decimal(60), Decimal(38)),
    ),
    (
        "Wsparcie administratora systemów (rozliczenie godzinowe)",
        "godz.",
        (Decimal(140), Decimal(220)),
        (Decimal("6.25"), Decimal("3.5"), Decimal("11.75")),
    ),
    (
        "Transfer danych ponad limit pakietu",
        "GB",
        (Decimal("0.25"), Decimal("0.6")),
        (Decimal("512.4"), Decimal("1280.25")),
    ),
    ("Adres IPv4 publiczny dodatkowy", "szt.-mies.", (Decimal(12), Decimal(25)), (Decimal(2), Decimal(4))),
    (
        "Kopia migawkowa (snapshot) – przechowywanie",
        "GB-mies.",
        (Decimal("0.09"), Decimal("0.2")),
        (Decimal("850.5"), Decimal(400)),
    ),
)


def fam_hosting_periods_decimal_qty(rng: random.Random) -> Sample:
    """Hosting/cloud invoice: a service-period column per line and decimal quantities printed with three decimals."""
    issue, _ = _dates(rng)
    first = date(issue.year, issue.month, 1) - timedelta(days=1)
    start = date(first.year, first.month, 1)
    seller, (buyer, _c) = _seller(rng), _buyer(rng)
    items, periods = [], []
    for name, unit, (lo, hi), qtys in rng.sample(_HOSTING, rng.randint(3, 5)):
        price = q2(lo + (hi - lo) * Decimal(rng.randint(0, 100)) / 100)
        q = rng.choice(qtys)
        net = q2(price * q)
        vat = q2(net * Decimal("0.23"))
        items.append(Item(name, q, unit, price, net, "23", vat, net + vat))
        periods.append(f"{date_fmt(start)}–{date_fmt(first)}")
    no = f"H/{issue.year}/{issue.month:02d}/{rng.randint(1000, 9999)}"
    doc = Doc(
        "invoice",
        no,
        issue,
        first,
        seller,
        buyer,
        "PLN",
        tuple(items),
        due_days=14,
        bank=_bank(rng),
        place=seller.city.split(" ", 1)[1],
    )
    p = Pdf()
    p.rect(0, 0, p.w, 9, width=0, fill=0.3)
    p.text(15, 20, seller.name, 12, "Sans-Bold")
    p.lines(15, 25, [seller.street, seller.city, f"NIP: {seller.nip}"], 8, lead=3.8)
    p.text(195, 20, "Faktura VAT", 14, "Sans-Bold", "r")
    p.text(195, 26, no, 10, "Mono", "r")
    p.lines(
        195,
        31,
        [
            f"Wystawiona: {date_fmt(issue, 'iso')}",
            f"Okres rozliczeniowy: {periods[0]}",
            f"Data zakończenia usługi: {date_fmt(first, 'iso')}",
        ],
        8,
        align="r",
        lead=3.8,
    )
    p.text(15, 48, "Klient:", 8, "Sans-Bold")
    p.lines(15, 52, [buyer.name, buyer.extra[0], buyer.street, buyer.city, f"NIP: {buyer.nip}"], 8.5, lead=4)
    p.text(110, 48, "Identyfikator klienta:", 8, "Sans-Bold")
    p.text(110, 52, f"KL-{rng.randint(10000, 99999)}", 8.5, "Mono")
    cols = [
        Col("#", 7, "c"),
        Col("Usługa", 64),
        Col("Okres usługi", 30, "c"),
        Col("Ilość", 17, "r"),
        Col("J.m.", 17),
        Col("Cena netto", 15, "r"),
        Col("Netto", 18, "r"),
        Col("VAT", 8, "c"),
        Col("Brutto", 19, "r"),
    ]
    rows = [
        [
            f"{k}",
            it.name,
            periods[k - 1],
            _qty3(it.qty),
            it.unit,
            money(it.unit_price or 0, "space"),
            money(it.net or 0),
            rate_label(it.vat_rate),
            money(it.gross or 0),
        ]
        for k, it in enumerate(items, 1)
    ]
    y = table(p, 10, 78, cols, rows, TableStyle(size=7.2, grid=False, rules=True)) + 6
    net, vat, gross = doc.totals()
    p.lines(195, y, [f"Suma netto: {money(net)} PLN", f"VAT 23%: {money(vat)} PLN"], 8.5, align="r", lead=4.5)
    p.text(195, y + 11, f"Do zapłaty: {money(gross)} PLN", 11, "Sans-Bold", "r")
    p.text(15, y + 4, f"Termin płatności: {date_fmt(issue + timedelta(days=14), 'iso')}", 8)
    p.text(15, y + 8.5, f"Rachunek: {_iban(doc.bank)}", 8)
    return Sample(p.bytes(), (doc,))


def _sap_head(p: Pdf, doc: Doc, title: str, rows: list[tuple[str, str]], rng: random.Random) -> None:
    p.text(15, 16, doc.seller.name, 11, "Sans-Bold")
    p.text(15, 20.5, f"{doc.seller.street} · {doc.seller.city}", 7)
    p.rect(118, 12, 78, 8 + 4.2 * len(rows), 0.6)
    p.text(121, 17.5, title, 11, "Sans-Bold")
    y = 23
    for lab, val in rows:
        p.text(121, y, lab, 7.5)
        p.text(193, y, val, 7.5, "Sans-Bold", "r")
        y += 4.2
    p.text(15, 33, "Płatnik / Nabywca", 7, "Sans-Bold")
    p.lines(
        15,
        37,
        [doc.buyer.name, *doc.buyer.extra, doc.buyer.street, doc.buyer.city, f"NIP PL{doc.buyer.nip}"],
        8.5,
        lead=4,
    )
    p.text(15, 64, f"NIP sprzedawcy: PL{doc.seller.nip}", 7.5)


def fam_sap_positions_tens(rng: random.Random) -> Sample:
    """SAP printout: positions 10/20/30, material number above the description, numeric document number, qty '2,000'."""
    no = f"90{rng.randint(10000000, 99999999)}"
    doc = replace(_doc(rng, no, n=(2, 5), sections="SO"), item_amounts=("net",))
    p = Pdf()
    _sap_head(
        p,
        doc,
        "Faktura",
        [
            ("Nr dokumentu", no),
            ("Data dokumentu", date_fmt(doc.issue_date)),
            ("Data dostawy", date_fmt(doc.sale_date)),
            ("Nr klienta", f"{rng.randint(1000000, 1999999)}"),
            ("Nr zamówienia", f"45{rng.randint(10000000, 99999999)}"),
        ],
        rng,
    )
    y = 72
    heads = [
        ("Poz.", 15, "l"),
        ("Materiał / Opis", 32, "l"),
        ("Ilość", 120, "r"),
        ("JM", 123, "l"),
        ("Cena jedn.", 152, "r"),
        ("VAT", 162, "c"),
        ("Wartość netto", 195, "r"),
    ]
    for t, x, a in heads:
        p.text(x, y, t, 7.5, "Sans-Bold", a)
    p.hline(15, 195, y + 1.5, 0.6)
    y += 6
    for k, it in enumerate(doc.items, 1):
        p.text(15, y, f"{10 * k:06d}", 7.5, "Mono")
        p.text(32, y, f"{rng.randint(100000, 999999)}-{rng.choice(('PL', 'EU'))}", 7.5, "Mono")
        p.text(120, y, f"{it.qty:.3f}".replace(".", ","), 7.5, "Mono", "r")
        p.text(
            123, y, {"szt.": "SZT", "lic.": "LIC", "kpl.": "KPL", "usł.": "USŁ", "egz.": "EGZ"}[it.unit], 7.5, "Mono"
        )
        p.text(152, y, money(it.unit_price or 0, "dot"), 7.5, "Mono", "r")
        p.text(162, y, f"{it.vat_rate},00", 7.5, "Mono", "c")
        p.text(195, y, money(it.net or 0, "dot"), 7.5, "Mono", "r")
        for ln in wrap(it.name, "Sans", 8, 85):
            y += 3.9
            p.text(32, y, ln, 8)
        y += 6
    p.hline(15, 195, y - 2, 0.4)
    net, vat, gross = doc.totals()
    y += 3
    for lab, val in (("Suma wartości netto", net), ("Podatek VAT 23,00 %", vat), ("Wartość brutto", gross)):
        p.text(160, y, lab, 8.5, "Sans", "r")
        p.text(195, y, f"{money(val, 'dot')} PLN", 8.5, "Sans-Bold", "r")
        y += 5
    p.text(15, y + 6, f"Warunki płatności: {doc.due_days} dni netto od daty dokumentu", 8)
    p.text(15, y + 10.5, f"Rachunek bankowy: {_iban(doc.bank)}", 8)
    p.text(15, 285, f"{doc.seller.name} · KRS 0000{rng.randint(100000, 999999)} · NIP {doc.seller.nip}", 6.5)
    return Sample(p.bytes(), (doc,))


def fam_sap_correction_trailing_minus(rng: random.Random) -> Sample:
    """SAP correction: before/after rows per position and differences printed with a TRAILING minus '1.234,56-'."""
    no = f"91{rng.randint(10000000, 99999999)}"
    base = _doc(rng, no, n=(1, 3), sections="SO", kind="correction")
    before, after = [], []
    for it in base.items:
        before.append(replace(it, before_correction=True))
        if it.qty > 1 and rng.random() < 0.5:
            q = it.qty - 1
            net = q2((it.unit_price or Decimal(0)) * q)
            after.append(
                replace(it, qty=q, net=net, vat=q2(net * Decimal("0.23")), gross=net + q2(net * Decimal("0.23")))
            )
        else:
            price = q2((it.unit_price or Decimal(0)) * Decimal(rng.choice(("0.92", "0.9", "0.95"))))
            net = q2(price * it.qty)
            after.append(
                replace(
                    it, unit_price=price, net=net, vat=q2(net * Decimal("0.23")), gross=net + q2(net * Decimal("0.23"))
                )
            )
    orig = f"90{rng.randint(10000000, 99999999)}"
    doc = replace(
        base,
        items=tuple(before + after),
        corrected_number=orig,
        corrected_date=base.issue_date - timedelta(days=rng.randint(12, 45)),
        score_sale_date=False,  # the SAP correction prints no sale date
    )

    def m(x: Decimal) -> str:
        return money(abs(x), "dot") + ("-" if x < 0 else "")

    p = Pdf()
    _sap_head(
        p,
        doc,
        "Faktura korygująca",
        [
            ("Nr dokumentu", no),
            ("Data dokumentu", date_fmt(doc.issue_date)),
            ("Dok. pierwotny", orig),
            ("z dnia", date_fmt(doc.corrected_date or doc.issue_date)),
            ("Nr klienta", f"{rng.randint(1000000, 1999999)}"),
        ],
        rng,
    )
    p.text(15, 70, "Przyczyna korekty: obniżka ceny zgodnie z porozumieniem / zwrot towaru", 8)
    cols = [
        Col("Poz.", 12),
        Col("Opis", 70),
        Col("", 22),
        Col("Ilość", 14, "r"),
        Col("Cena jedn.", 20, "r"),
        Col("Wart. netto", 22, "r"),
        Col("VAT", 20, "r"),
    ]
    rows = []
    for k, (b, a) in enumerate(zip(before, after, strict=True), 1):
        rows.append(
            [
                f"{10 * k:06d}",
                b.name,
                "przed korektą",
                f"{b.qty:.3f}".replace(".", ","),
                money(b.unit_price or 0, "dot"),
                money(b.net or 0, "dot"),
                money(b.vat or 0, "dot"),
            ]
        )
        rows.append(
            [
                "",
                "",
                "po korekcie",
                f"{a.qty:.3f}".replace(".", ","),
                money(a.unit_price or 0, "dot"),
                money(a.net or 0, "dot"),
                money(a.vat or 0, "dot"),
            ]
        )
        rows.append(
            [
                "",
                "",
                "różnica",
                (f"{abs(a.qty - b.qty):.3f}".replace(".", ",") + ("-" if a.qty < b.qty else "")),
                "",
                m((a.net or Decimal(0)) - (b.net or Decimal(0))),
                m((a.vat or Decimal(0)) - (b.vat or Decimal(0))),
            ]
        )
    y = (
        table(p, 15, 76, cols, rows, TableStyle(size=7.4, font="Mono", head_font="Sans-Bold", grid=False, rules=True))
        + 6
    )
    net, vat, gross = (x - y_ for x, y_ in zip(doc.totals(doc.after_items), doc.totals(doc.before_items), strict=True))
    for lab, val in (
        ("Różnica wartości netto", net),
        ("Różnica podatku VAT 23,00 %", vat),
        ("Kwota korekty brutto", gross),
    ):
        p.text(160, y, lab, 8.5, "Sans", "r")
        p.text(195, y, f"{m(val)} PLN", 8.5, "Sans-Bold", "r")
        y += 5
    p.text(15, y + 5, "Kwota do zwrotu zostanie przelana na rachunek wskazany przez Nabywcę.", 8)
    return Sample(p.bytes(), (doc,))


def _zl(x: Decimal) -> tuple[str, str]:
    s = money(x, "space")
    return s[:-3], s[-2:]


def fam_zl_gr_split_columns(rng: random.Random) -> Sample:
    """Invoice form whose amount columns are split into 'zł' and 'gr' sub-columns under a two-level heading."""
    no = f"{rng.randint(1, 160)}/{rng.choice(('F', 'FA', 'S'))}/2026"
    doc = _doc(rng, no, n=(2, 4), sections="SOU", must=(14,) if rng.random() < 0.4 else ())
    p = Pdf()
    p.text(105, 16, "FAKTURA", 15, "Serif-Bold", "c")
    p.text(105, 22, f"Nr {no}", 10, "Serif", "c")
    p.text(195, 12, "ORYGINAŁ", 8, "Serif-Bold", "r")
    p.rect(15, 28, 88, 30, 0.5)
    p.rect(107, 28, 88, 30, 0.5)
    p.text(17, 32, "Sprzedawca (pieczęć)", 6.5, "Serif")
    p.lines(
        17,
        37,
        [doc.seller.name, doc.seller.street, doc.seller.city, f"NIP {nip_fmt(doc.seller.nip, 'dash')}"],
        8.5,
        "Serif",
        lead=4.2,
    )
    p.text(109, 32, "Nabywca", 6.5, "Serif")
    p.lines(
        109,
        37,
        [doc.buyer.name, doc.buyer.street, doc.buyer.city, f"NIP {nip_fmt(doc.buyer.nip, 'dash')}"],
        8.5,
        "Serif",
        lead=4.2,
    )
    p.text(15, 64, f"Data wystawienia: {date_fmt(doc.issue_date)}", 8.5, "Serif")
    p.text(80, 64, f"Data sprzedaży: {date_fmt(doc.sale_date)}", 8.5, "Serif")
    p.text(145, 64, f"Sposób zapłaty: przelew {doc.due_days} dni", 8.5, "Serif")
    # two-level heading: Cena / Wartość netto / VAT / Wartość brutto each split zł | gr
    x0, y0 = 12, 70
    widths = [7, 62, 11, 9, 16, 6, 18, 6, 9, 14, 6, 18, 6]
    xs = [x0]
    for w in widths:
        xs.append(xs[-1] + w)
    p.rect(x0, y0, xs[-1] - x0, 10, 0.5)
    for i, j in ((4, 6), (6, 8), (9, 11), (11, 13)):
        p.hline(xs[i], xs[j], y0 + 5, 0.4)
    for i in range(1, len(widths)):
        top = y0 + 5 if i in (5, 7, 10, 12) else y0
        p.vline(xs[i], top, y0 + 10, 0.4)
    for t, i, j in (("Lp.", 0, 1), ("Nazwa towaru / usługi", 1, 2), ("Ilość", 2, 3), ("J.m.", 3, 4)):
        p.text((xs[i] + xs[j]) / 2, y0 + 6, t, 7, "Serif-Bold", "c")
    for t, i, j in (
        ("Cena jedn.", 4, 6),
        ("Wartość netto", 6, 8),
        ("VAT", 8, 9),
        ("Kwota VAT", 9, 11),
        ("Wartość brutto", 11, 13),
    ):
        p.text((xs[i] + xs[j]) / 2, y0 + 3.8 if j - i == 2 else y0 + 6, t, 7, "Serif-Bold", "c")
    for i in (4, 6, 9, 11):
        p.text((xs[i] + xs[i + 1]) / 2, y0 + 8.8, "zł", 6.5, "Serif", "c")
        p.text((xs[i + 1] + xs[i + 2]) / 2, y0 + 8.8, "gr", 6.5, "Serif", "c")
    y = y0 + 10

    def row(cells: list[str], bold: bool = False) -> None:
        nonlocal y
        name_lines = wrap(cells[1], "Serif", 7.8, widths[1] - 2) if cells[1] else [""]
        h = 1.8 + 3.4 * len(name_lines)
        p.rect(x0, y, xs[-1] - x0, h, 0.4)
        for i in range(1, len(widths)):
            p.vline(xs[i], y, y + h, 0.4)
        f = "Serif-Bold" if bold else "Serif"
        for k, c in enumerate(cells):
            if k == 1:
                p.lines(xs[1] + 1, y + 3.3, name_lines, 7.8, f, lead=3.4)
            elif c:
                al = "l" if k == 3 else ("c" if k in (0, 8) else "r")
                tx = xs[k] + 1 if al == "l" else ((xs[k] + xs[k + 1]) / 2 if al == "c" else xs[k + 1] - 1)
                p.text(tx, y + 3.3, c, 7.8, f, al)
        y += h

    for k, it in enumerate(doc.items, 1):
        row(
            [
                f"{k}",
                it.name,
                qty_fmt(it.qty),
                it.unit,
                *_zl(it.unit_price or Decimal(0)),
                *_zl(it.net or Decimal(0)),
                rate_label(it.vat_rate, "n"),
                *_zl(it.vat or Decimal(0)),
                *_zl(it.gross or Decimal(0)),
            ]
        )
    net, vat, gross = doc.totals()
    row(["", "RAZEM", "", "", "", "", *_zl(net), "", *_zl(vat), *_zl(gross)], bold=True)
    y += 6
    zl, gr = _zl(gross)
    p.text(15, y, f"Do zapłaty: {zl} zł {gr} gr", 11, "Serif-Bold")
    p.text(15, y + 6, f"Słownie: {slownie(doc)}", 8.5, "Serif")
    p.text(15, y + 11, f"Nr rachunku: {_iban(doc.bank)}", 8.5, "Serif")
    signatures(
        p, y + 16, "podpis osoby uprawnionej do odbioru faktury", "podpis osoby uprawnionej do wystawienia faktury"
    )
    return Sample(p.bytes(), (doc,))


def fam_window_envelope_letter(rng: random.Random) -> Sample:
    """Letter-style invoice for a window envelope: sender line over the address, info block right, legal footer."""
    no = f"RE-{rng.randint(2026000, 2026999)}"
    doc = _doc(rng, no, n=(1, 4), sections="SOU")
    s, b = doc.seller, doc.buyer
    p = Pdf()
    p.text(20, 20, s.name.upper(), 13, "Sans-Bold")
    p.text(20, 47, f"{s.name} · {s.street} · {s.city}", 6, "Sans")
    p.hline(20, 105, 48.2, 0.2)
    p.lines(20, 53, [b.name, *b.extra, b.street, b.city], 10, lead=4.8)
    info = [
        ("Faktura nr", no),
        ("Data", date_fmt(doc.issue_date)),
        ("Data dostawy", date_fmt(doc.sale_date)),
        ("Nr klienta", f"{rng.randint(20000, 29999)}"),
        ("NIP nabywcy", b.nip),
        ("Opiekun", rng.choice(("M. Nowicka", "T. Wrona", "K. Sobczak"))),
    ]
    y = 50
    for lab, val in info:
        p.text(125, y, lab, 8)
        p.text(195, y, val, 8, "Sans-Bold" if lab == "Faktura nr" else "Sans", "r")
        y += 4.5
    p.text(20, 90, f"Faktura VAT {no}", 12, "Sans-Bold")
    p.lines(
        20,
        99,
        ["Szanowni Państwo,", "zgodnie z zamówieniem obciążamy Państwa za następujące dostawy i usługi:"],
        9,
        lead=4.6,
    )
    cols = [
        Col("Poz.", 10, "c"),
        Col("Opis", 72),
        Col("Ilość", 18, "r"),
        Col("Cena jedn.", 22, "r"),
        Col("Stawka", 14, "c"),
        Col("Netto", 20, "r"),
        Col("Brutto", 22, "r"),
    ]
    rows = [
        [
            f"{k}",
            it.name,
            f"{qty_fmt(it.qty)} {it.unit}",
            money(it.unit_price or 0),
            rate_label(it.vat_rate),
            money(it.net or 0),
            money(it.gross or 0),
        ]
        for k, it in enumerate(doc.items, 1)
    ]
    y = table(p, 18, 110, cols, rows, TableStyle(size=8, grid=False, rules=True, head_font="Sans")) + 4
    net, vat, gross = doc.totals()
    for lab, val, f in (("Suma netto", net, "Sans"), ("VAT", vat, "Sans"), ("Suma brutto", gross, "Sans-Bold")):
        p.text(165, y + 2, lab, 9, f, "r")
        p.text(196, y + 2, f"{money(val)} zł", 9, f, "r")
        y += 5
    due = doc.issue_date + timedelta(days=doc.due_days)
    p.lines(
        20,
        y + 6,
        [
            *wrap(
                f"Prosimy o przelew kwoty {money(gross)} zł do dnia {date_fmt(due)} na rachunek "
                f"{_iban(doc.bank)}, w tytule podając numer faktury.",
                "Sans",
                8.5,
                170,
            ),
            "",
            "Z poważaniem",
            f"Dział Rozliczeń {s.name}",
        ],
        8.5,
        lead=4.5,
    )
    p.hline(20, 190, 270, 0.3)
    p.lines(20, 274, [s.name, s.street, s.city], 6.5, lead=3)
    p.lines(
        85,
        274,
        [
            f"NIP: {nip_fmt(s.nip, 'dash')}",
            f"REGON: {rng.randint(100000000, 999999999)}",
            f"KRS: 0000{rng.randint(100000, 999999)}",
        ],
        6.5,
        lead=3,
    )
    p.lines(
        145,
        274,
        [
            "Bank: " + rng.choice(("PKO BP S.A.", "Santander Bank Polska", "BNP Paribas")),
            f"IBAN PL{doc.bank}",
            "Sąd Rejonowy, Wydział Gospodarczy KRS",
        ],
        6.5,
        lead=3,
    )
    return Sample(p.bytes(), (doc,))


_AUDIT_DELIVERABLES = (
    "Raport z przeprowadzenia diagnozy cyberbezpieczeństwa (formularz z wynikami)",
    "Sprawozdanie z audytu bezpieczeństwa systemów informatycznych urzędu",
    "Plan postępowania z ryzykiem wraz z rekomendacjami działań naprawczych",
    "Raport z testów podatności infrastruktury sieciowej",
    "Projekt Polityki Bezpieczeństwa Informacji",
    "Prezentacja wyników audytu dla kierownictwa jednostki",
)


def fam_protocol_audit_deliverables(rng: random.Random) -> Sample:
    """Protocol of acceptance of a cybersecurity diagnosis: paragraphs §1–§4, the deliverables as the items."""
    no = f"{rng.randint(1, 30)}/DC/2026"
    chosen = rng.sample(_AUDIT_DELIVERABLES, rng.randint(2, 4))
    items = [(nm, Decimal(rng.choice((1, 1, 2))), "egz.") for nm in chosen]
    doc = _protocol(rng, no, items)
    s, b = doc.seller, doc.buyer
    p = Pdf()
    p.text(105, 20, "PROTOKÓŁ ODBIORU USŁUGI", 13, "Serif-Bold", "c")
    p.text(105, 26, "przeprowadzenia diagnozy cyberbezpieczeństwa", 10, "Serif", "c")
    p.text(105, 32, f"nr {no}", 10, "Serif", "c")
    p.text(
        15, 42, f"sporządzony w dniu {date_fmt(doc.issue_date, 'words_r')} w {b.city.split(' ', 1)[1]}", 9.5, "Serif"
    )
    y = p.lines(
        15,
        50,
        [
            "§ 1. Strony",
            f"Zamawiający: {b.name}, {b.street}, {b.city}, NIP {b.nip},",
            f"reprezentowany przez: {rng.choice(('Wójta Gminy', 'Burmistrza', 'Starostę'))}",
            f"Wykonawca: {s.name}, {s.street}, {s.city}, NIP {s.nip}.",
        ],
        9.5,
        "Serif",
        lead=5,
    )
    y = p.lines(
        15,
        y + 3,
        [
            "§ 2. Przedmiot odbioru",
            *wrap(
                "Przedmiotem odbioru jest usługa przeprowadzenia diagnozy cyberbezpieczeństwa realizowana na "
                f"podstawie {doc.references} w ramach projektu „Cyberbezpieczny Samorząd”. Wykonawca przekazał "
                "następujące produkty:",
                "Serif",
                9.5,
                180,
            ),
        ],
        9.5,
        "Serif",
        lead=5,
    )
    for k, (nm, q, u) in enumerate(items, 1):
        lines = wrap(f"{k}) {nm} – {q} {u}", "Serif", 9.5, 170)
        y = p.lines(22, y + 1, lines, 9.5, "Serif", lead=5)
    y = p.lines(
        15,
        y + 4,
        [
            "§ 3. Ustalenia",
            *wrap(
                "Zamawiający potwierdza, że usługa została wykonana w terminie, w pełnym zakresie i zgodnie z umową. "
                "Dokumenty przekazano w wersji papierowej oraz elektronicznej. Zamawiający nie wnosi zastrzeżeń.",
                "Serif",
                9.5,
                180,
            ),
        ],
        9.5,
        "Serif",
        lead=5,
    )
    y = p.lines(
        15,
        y + 4,
        [
            "§ 4. Postanowienia końcowe",
            *wrap(
                "Protokół stanowi podstawę do wystawienia faktury. Sporządzono go w dwóch jednobrzmiących "
                "egzemplarzach, "
                "po jednym dla każdej ze stron.",
                "Serif",
                9.5,
                180,
            ),
        ],
        9.5,
        "Serif",
        lead=5,
    )
    signatures(p, y + 10, "Zamawiający", "Wykonawca")
    return Sample(p.bytes(), (doc,))


_DEVICES = (
    ("Firewall Stormshield SN310", "FW", "szt."),
    ("Przełącznik Cisco Catalyst 1000-24P-4G-L", "SW", "szt."),
    ("Punkt dostępowy Aruba Instant On AP22", "AP", "szt."),
    ("Serwer NAS QNAP TS-873A-8G", "NAS", "szt."),
    ("Zasilacz UPS CyberPower OLS3000ERT2U", "UPS", "szt."),
    ("Serwer Lenovo ThinkSystem SR250 V2", "SRV", "szt."),
)


def fam_protocol_device_cards(rng: random.Random) -> Sample:
    """Installation and configuration protocol: one framed card per device, key: value lines (model, qty, IP, S/N)."""
    no = f"PIK/{rng.randint(1, 90):03d}/2026"
    chosen = rng.sample(_DEVICES, rng.randint(2, 4))
    items = [(nm, Decimal(rng.choice((1, 1, 2, 3, 4))), u) for nm, _t, u in chosen]
    doc = _protocol(rng, no, items)
    s, b = doc.seller, doc.buyer
    p = Pdf()
    p.text(15, 18, "Protokół instalacji i konfiguracji", 14, "Sans-Bold")
    p.text(15, 24, f"Nr protokołu: {no}", 9)
    p.text(195, 18, f"Data: {date_fmt(doc.issue_date, 'iso')}", 9, "Sans", "r")
    p.lines(15, 33, ["Wykonawca:", s.name, f"{s.street}, {s.city}", f"NIP: {s.nip}"], 8.5, lead=4.2)
    p.lines(110, 33, ["Zamawiający:", b.name, *b.extra, f"{b.street}, {b.city}", f"NIP: {b.nip}"], 8.5, lead=4.2)
    p.text(15, 58, f"Podstawa: {doc.references}", 8.5)
    y = 65
    net = f"10.{rng.randint(1, 250)}.{rng.randint(0, 20)}."
    for k, ((nm, q, u), (_n, tag, _u)) in enumerate(zip(items, chosen, strict=True), 1):
        rows = [
            ("Urządzenie", nm),
            ("Ilość", f"{q} {u}"),
            ("Nazwa hosta", ", ".join(f"{tag}-{b.name.split()[-1][:4].upper()}-{j:02d}" for j in range(1, int(q) + 1))),
            ("Adres IP (zarządzanie)", ", ".join(f"{net}{rng.randint(2, 250)}" for _ in range(int(q)))),
            (
                "Numer seryjny",
                ", ".join(f"{rng.choice('ABCDFGHK')}{rng.randint(10**8, 10**9 - 1)}" for _ in range(int(q))),
            ),
            ("Wersja oprogramowania", f"{rng.randint(1, 9)}.{rng.randint(0, 12)}.{rng.randint(0, 30)}"),
            ("Lokalizacja", rng.choice(("serwerownia, pok. 12", "szafa rack, parter", "sekretariat", "archiwum"))),
            ("Status", "zainstalowano, skonfigurowano, przetestowano"),
        ]
        h = 7 + 4.3 * len(rows)
        if y + h > 262:
            y = p.new_page()
        p.rect(15, y, 180, h, 0.5)
        p.rect(15, y, 180, 6, 0.5, fill=0.88)
        p.text(18, y + 4.3, f"Karta urządzenia {k}", 8.5, "Sans-Bold")
        yy = y + 10.3
        for lab, val in rows:
            p.text(18, yy, f"{lab}:", 8)
            p.text(70, yy, val, 8, "Sans-Bold" if lab == "Urządzenie" else "Sans")
            yy += 4.3
        y += h + 4
    if y > 245:
        y = p.new_page()
    y = p.lines(
        15,
        y + 2,
        wrap(
            "Wykonawca przeprowadził instalację i konfigurację powyższych urządzeń. Zamawiający "
            "potwierdza poprawne działanie i przyjmuje prace bez zastrzeżeń.",
            "Sans",
            8.5,
            180,
        ),
        8.5,
        lead=4.3,
    )
    signatures(p, y + 4, "Za Zamawiającego", "Za Wykonawcę")
    return Sample(p.bytes(), (doc,))


def fam_protocol_annex_list(rng: random.Random) -> Sample:
    """Acceptance protocol in prose with signatures on page 1; the list of what was received is an annex on page 2."""
    no = f"PO-{rng.randint(1, 60)}/2026"
    entries = rng.sample([e for e in _CAT if e[4] in "SO"], rng.randint(3, 6))
    items = [(e[0], Decimal(rng.choice((1, 2, 3, 4, 6, 10, 12))), e[1]) for e in entries]
    doc = _protocol(rng, no, items, powiat=rng.random() < 0.5)
    s, b = doc.seller, doc.buyer
    p = Pdf()
    p.text(105, 22, "PROTOKÓŁ ODBIORU KOŃCOWEGO", 14, "Sans-Bold", "c")
    p.text(105, 28, f"nr {no}", 10, "Sans", "c")
    town = b.city.split(" ", 1)[1]
    y = p.lines(
        15,
        40,
        wrap(
            f"W dniu {date_fmt(doc.issue_date, 'words_r')} w siedzibie Zamawiającego – {b.extra[0]}, {b.street}, "
            f"{b.city} – dokonano odbioru końcowego przedmiotu zamówienia realizowanego na podstawie {doc.references}.",
            "Sans",
            9.5,
            180,
        ),
        9.5,
        lead=5,
    )
    y = p.lines(
        15,
        y + 3,
        [
            f"Zamawiający: {b.name}, NIP {nip_fmt(b.nip, 'dash')}",
            f"Wykonawca: {s.name}, {s.street}, {s.city}, NIP {nip_fmt(s.nip, 'dash')}",
        ],
        9.5,
        lead=5,
    )
    y = p.lines(
        15,
        y + 3,
        wrap(
            "Przedmiot odbioru został szczegółowo wymieniony w Załączniku nr 1 do niniejszego protokołu. Komisja "
            "stwierdza, że dostawa jest kompletna, zgodna z umową i ofertą Wykonawcy, sprzęt jest fabrycznie nowy i "
            "sprawny. Wykonawca przekazał karty gwarancyjne i dokumentację. Zamawiający odbiera przedmiot umowy bez "
            "zastrzeżeń.",
            "Sans",
            9.5,
            180,
        ),
        9.5,
        lead=5,
    )
    y = p.lines(
        15,
        y + 3,
        [
            "Komisja w składzie:",
            *[
                f"{k}. {nm}"
                for k, nm in enumerate(
                    rng.sample(
                        [
                            "Anna Kowalczyk – Sekretarz",
                            "Jerzy Mazur – Informatyk",
                            "Beata Lis – Skarbnik",
                            "Tomasz Góra – Kierownik Referatu",
                        ],
                        3,
                    ),
                    1,
                )
            ],
        ],
        9.5,
        lead=5,
    )
    signatures(p, y + 10, f"Zamawiający ({town})", "Wykonawca")
    p.text(105, 287, "Strona 1 z 2", 7, "Sans", "c")
    y = p.new_page()
    p.text(15, 18, f"Załącznik nr 1 do protokołu odbioru nr {no}", 10, "Sans-Bold")
    p.text(15, 24, "Wykaz przedmiotu odbioru", 9)
    cols = [
        Col("L.p.", 10, "c"),
        Col("Nazwa / opis przedmiotu", 110),
        Col("J.m.", 15, "c"),
        Col("Ilość", 18, "r"),
        Col("Uwagi", 27),
    ]
    rows = [
        [f"{k}.", nm, u, qty_fmt(q), rng.choice(("bez uwag", "gwar. 36 m-cy", "zgodnie z OPZ"))]
        for k, (nm, q, u) in enumerate(items, 1)
    ]
    y = table(p, 15, 30, cols, rows, TableStyle(size=8.5, grid=True, head_fill=0.9)) + 14
    p.text(105, 287, "Strona 2 z 2", 7, "Sans", "c")
    return Sample(p.bytes(), (doc,))


_SERVICES = (
    ("Monitorowanie bezpieczeństwa SOC 24/7", "mies."),
    ("Obsługa incydentów bezpieczeństwa", "godz."),
    ("Skanowanie podatności infrastruktury", "skan"),
    ("Administracja zdalna serwerami urzędu", "godz."),
    ("Utrzymanie kopii zapasowych poza siedzibą", "mies."),
)


def fam_protocol_monthly_sla(rng: random.Random) -> Sample:
    """Monthly service acceptance protocol: a service table and a separate SLA-metrics table that holds no items."""
    issue, _ = _dates(rng)
    month = date(issue.year, issue.month, 1) - timedelta(days=1)
    no = f"SLA/{month.month:02d}/{month.year}/{rng.randint(1, 40)}"
    chosen = rng.sample(_SERVICES, rng.randint(2, 4))
    items = []
    for nm, u in chosen:
        q = (
            Decimal(1)
            if u == "mies."
            else (
                Decimal(rng.choice((1, 2, 4)))
                if u == "skan"
                else Decimal(rng.choice(("2.5", "4", "7.75", "12.5", "0.5")))
            )
        )
        items.append((f"{nm} – {MONTHS[month.month - 1]} {month.year}", q, u))
    doc = _protocol(rng, no, items)
    doc = replace(doc, issue_date=max(issue, date(2026, 1, 2)))
    s, b = doc.seller, doc.buyer
    p = Pdf()
    p.text(15, 18, "Protokół odbioru usług za okres rozliczeniowy", 13, "Sans-Bold")
    p.text(15, 24, f"Protokół nr {no} z dnia {date_fmt(doc.issue_date)}", 9)
    p.text(15, 29, f"Okres: 01.{month.month:02d}.{month.year} – {date_fmt(month)}   ·   {doc.references}", 8.5)
    p.lines(15, 38, ["Usługodawca", s.name, s.street + ", " + s.city, "NIP " + s.nip], 8.5, lead=4.2)
    p.lines(110, 38, ["Usługobiorca", b.name, b.street + ", " + b.city, "NIP " + b.nip], 8.5, lead=4.2)
    p.text(15, 62, "1. Zrealizowane usługi", 9.5, "Sans-Bold")
    cols = [
        Col("Lp.", 9, "c"),
        Col("Usługa", 105),
        Col("Jedn.", 16, "c"),
        Col("Ilość", 18, "r"),
        Col("Zrealizowano", 32, "c"),
    ]
    rows = [[f"{k}", nm, u, qty_fmt(q), "tak"] for k, (nm, q, u) in enumerate(items, 1)]
    y = table(p, 15, 65, cols, rows, TableStyle(size=8.3, grid=True, head_fill=0.92)) + 7
    p.text(15, y, "2. Parametry jakości (SLA)", 9.5, "Sans-Bold")
    metrics = [
        ["Dostępność usługi monitorowania", "≥ 99,5 %", f"{rng.choice(('99,97', '99,91', '100,00'))} %", "spełniony"],
        ["Czas reakcji na incydent krytyczny", "≤ 1 h", f"{rng.randint(12, 48)} min", "spełniony"],
        ["Liczba zgłoszonych incydentów", "–", f"{rng.randint(0, 6)}", "–"],
        ["Czas usunięcia awarii", "≤ 8 h", f"{rng.randint(1, 7)} h", "spełniony"],
    ]
    y = (
        table(
            p,
            15,
            y + 3,
            [
                Col("Wskaźnik", 80),
                Col("Wartość wymagana", 32, "c"),
                Col("Wartość osiągnięta", 34, "c"),
                Col("Status", 34, "c"),
            ],
            metrics,
            TableStyle(size=8.3, grid=True),
        )
        + 7
    )
    y = p.lines(
        15,
        y,
        wrap(
            "Usługobiorca potwierdza należyte wykonanie usług w okresie rozliczeniowym i nie nalicza "
            "kar umownych. Protokół stanowi podstawę do wystawienia faktury.",
            "Sans",
            8.8,
            180,
        ),
        8.8,
        lead=4.5,
    )
    signatures(p, y + 4, "Usługobiorca", "Usługodawca")
    return Sample(p.bytes(), (doc,))


MONTHS = (
    "styczeń",
    "luty",
    "marzec",
    "kwiecień",
    "maj",
    "czerwiec",
    "lipiec",
    "sierpień",
    "wrzesień",
    "październik",
    "listopad",
    "grudzień",
)


def _leaders(p: Pdf, x1: float, x2: float, y: float, left: str, right: str, size: float, font: str) -> None:
    p.text(x1, y, left, size, font)
    p.text(x2, y, right, size, font, "r")
    lw = pdfmetrics.stringWidth(left, font, size) / MM
    rw = pdfmetrics.stringWidth(right, font, size) / MM
    dot = pdfmetrics.stringWidth(" .", font, size) / MM
    n = int((x2 - x1 - lw - rw - 3) / dot)
    if n > 0:
        p.text(x1 + lw + 1.5, y, " ." * n, size, font)


def fam_dot_leaders_list(rng: random.Random) -> Sample:
    """Consultant's invoice: lines as a numbered list with dot leaders to the net amount; VAT once on the sum."""
    seq = rng.randint(1, 40)
    doc = _doc(rng, "", n=(1, 4), sections="OU")
    no = f"{seq}/{doc.issue_date.month:02d}/{doc.issue_date.year}"
    doc = replace(doc, number=no)
    doc = replace(doc, items=tuple(i for i in doc.items if i.vat_rate == "23") or doc.items[:1], item_amounts=("net",))
    if any(i.vat_rate != "23" for i in doc.items):
        it = doc.items[0]
        net = it.net or Decimal(0)
        doc = replace(
            doc,
            items=(replace(it, vat_rate="23", vat=q2(net * Decimal("0.23")), gross=net + q2(net * Decimal("0.23"))),),
        )
    s, b = doc.seller, doc.buyer
    font = rng.choice(("Serif", "Sans"))
    bold = font + "-Bold"
    p = Pdf()
    p.lines(195, 18, [f"{doc.place}, dnia {date_fmt(doc.issue_date, 'words_r')}"], 9.5, font, align="r")
    p.lines(20, 18, [s.name, s.street, s.city, f"NIP {nip_fmt(s.nip, 'space')}"], 9.5, font, lead=4.8)
    p.lines(120, 45, [b.name, *b.extra, b.street, b.city, f"NIP {nip_fmt(b.nip, 'space')}"], 10, font, lead=5)
    p.text(105, 85, f"FAKTURA nr {no}", 13, bold, "c")
    p.text(105, 91, f"data wykonania usługi: {date_fmt(doc.sale_date)}", 9, font, "c")
    y = 104
    p.text(20, y, "Za wykonanie:", 10, font)
    y += 8
    for k, it in enumerate(doc.items, 1):
        lines = wrap(f"{k}. {it.name} ({qty_fmt(it.qty)} {it.unit} × {money(it.unit_price or 0)} zł)", font, 10, 138)
        for ln in lines[:-1]:
            p.text(20, y, ln, 10, font)
            y += 5
        _leaders(p, 20, 190, y, lines[-1], f"{money(it.net or 0)} zł", 10, font)
        y += 8
    net, vat, gross = doc.totals()
    p.hline(130, 190, y - 3, 0.4)
    _leaders(p, 95, 190, y + 2, "Razem wartość netto", f"{money(net)} zł", 10, font)
    _leaders(p, 95, 190, y + 8, "Podatek VAT 23%", f"{money(vat)} zł", 10, font)
    _leaders(p, 95, 190, y + 14, "Razem do zapłaty", f"{money(gross)} zł", 10, bold)
    y = p.lines(
        20,
        y + 26,
        [
            f"słownie: {slownie(doc)}",
            f"Należność proszę przekazać w terminie {doc.due_days} dni na rachunek:",
            _iban(doc.bank),
        ],
        9.5,
        font,
        lead=5,
    )
    p.text(190, y + 18, "podpis wystawcy", 8, font, "r")
    p.hline(140, 190, y + 14, 0.3)
    return Sample(p.bytes(), (doc,))


def fam_spreadsheet_rotated_heads(rng: random.Random) -> Sample:
    """Spreadsheet-made invoice: a full cell grid, column headings rotated 90°, 'Arkusz1' page footer."""
    doc = _doc(rng, f"FV {rng.randint(1, 99)}/2026", n=(2, 6), sections="SOU")
    no = doc.number
    ms = rng.choice(("comma", "space"))
    p = Pdf()
    c = p.c
    grid_x = [12 + 6 * i for i in range(32)]
    for gx in grid_x:  # faint spreadsheet gridlines over the header area
        p.c.setStrokeGray(0.85)
        p.c.setLineWidth(0.2)
        p.c.line(gx * MM, (p.h - 10) * MM, gx * MM, (p.h - 70) * MM)
    for gy in range(10, 71, 5):
        p.hline(12, 198, gy, 0.2, gray=0.85)
    p.c.setStrokeGray(0)
    p.text(13, 14, no, 12, "Cond-Bold")
    p.text(13, 8.5, "Faktura VAT nr", 8, "Cond")
    p.text(110, 14, "Data wystawienia", 8, "Cond")
    p.text(150, 14, date_fmt(doc.issue_date, "dash"), 8, "Cond")
    p.text(110, 19, "Data sprzedaży", 8, "Cond")
    p.text(150, 19, date_fmt(doc.sale_date, "dash"), 8, "Cond")
    p.text(13, 29, "Sprzedawca", 8, "Cond-Bold")
    p.lines(13, 34, [doc.seller.name, doc.seller.street, doc.seller.city, f"NIP {doc.seller.nip}"], 8, "Cond", lead=5)
    p.text(110, 29, "Nabywca", 8, "Cond-Bold")
    p.lines(110, 34, [doc.buyer.name, doc.buyer.street, doc.buyer.city, f"NIP {doc.buyer.nip}"], 8, "Cond", lead=5)
    cols = [
        ("Lp.", 8, "c"),
        ("Nazwa towaru lub usługi", 70, "l"),
        ("Ilość", 10, "r"),
        ("J.m.", 10, "c"),
        ("Cena jednostkowa netto", 18, "r"),
        ("Wartość netto", 20, "r"),
        ("Stawka VAT", 10, "c"),
        ("Kwota VAT", 18, "r"),
        ("Wartość brutto", 21, "r"),
    ]
    x0, y0, hh = 12, 76, 24
    xs = [x0]
    for _t, w, _a in cols:
        xs.append(xs[-1] + w)
    p.rect(x0, y0, xs[-1] - x0, hh, 0.5, fill=0.93)
    for i, (t, w, _a) in enumerate(cols):
        p.vline(xs[i + 1], y0, y0 + hh, 0.5)
        if i == 1:
            p.text(xs[i] + w / 2, y0 + hh - 3, t, 7.5, "Cond-Bold", "c")
            continue
        lines = wrap(t, "Cond-Bold", 7, hh - 3)
        c.saveState()
        c.translate((xs[i] + w / 2 - 1.2 * (len(lines) - 1) + 1.2) * MM, (p.h - y0 - hh + 1.5) * MM)
        c.rotate(90)
        c.setFont("Cond-Bold", 7)
        for j, ln in enumerate(lines):
            c.drawString(0, -j * 2.9 * MM, ln)
        c.restoreState()
    y = y0 + hh
    rows = []
    for k, it in enumerate(doc.items, 1):
        rows.append(
            [
                f"{k}",
                it.name,
                qty_fmt(it.qty),
                it.unit,
                money(it.unit_price or 0, ms),
                money(it.net or 0, ms),
                rate_label(it.vat_rate),
                money(it.vat or 0, ms),
                money(it.gross or 0, ms),
            ]
        )
    net, vat, gross = doc.totals()
    rows.append(["", "RAZEM", "", "", "", money(net, ms), "", money(vat, ms), money(gross, ms)])
    for r in rows:
        lines = wrap(r[1], "Cond", 7.8, 68)
        h = 1.6 + 3.5 * len(lines)
        p.rect(x0, y, xs[-1] - x0, h, 0.4)
        for i in range(1, len(cols)):
            p.vline(xs[i], y, y + h, 0.4)
        f = "Cond-Bold" if r[1] == "RAZEM" else "Cond"
        for i, (val, (_t, w, a)) in enumerate(zip(r, cols, strict=True)):
            if i == 1:
                p.lines(xs[1] + 1, y + 3.4, lines, 7.8, f, lead=3.5)
            elif val:
                tx = xs[i] + 1 if a == "l" else (xs[i] + w / 2 if a == "c" else xs[i + 1] - 1)
                p.text(tx, y + 3.4, val, 7.8, f, a)
        y += h
    y += 8
    p.text(13, y, "Do zapłaty:", 10, "Cond-Bold")
    p.text(60, y, f"{money(gross, ms)} zł", 10, "Cond-Bold")
    p.text(13, y + 6, f"Słownie: {slownie(doc)}", 8, "Cond")
    p.text(13, y + 11, f"Termin płatności: {doc.due_days} dni, przelew na konto {_iban(doc.bank)}", 8, "Cond")
    p.text(105, 290, "Arkusz1", 7, "Cond", "c")
    p.text(198, 290, "Strona 1", 7, "Cond", "r")
    return Sample(p.bytes(), (doc,))


def _white(p: Pdf, x: float, y: float, s: str, size: float, font: str, align: str = "l") -> None:
    p.c.setFillGray(1)
    p.text(x, y, s, size, font, align)
    p.c.setFillGray(0)


def fam_dark_band_inverted(rng: random.Random) -> Sample:
    """Designer template: dark bands with white (inverted) text for the title, the table heading and the totals."""
    no = f"INV/{rng.randint(2026001, 2026400)}"
    doc = _doc(rng, no, n=(1, 4), sections="SOU", must=(15,) if rng.random() < 0.35 else ())
    s, b = doc.seller, doc.buyer
    shade = rng.choice((0.12, 0.2, 0.3))
    p = Pdf()
    p.rect(0, 0, p.w, 30, width=0, fill=shade)
    _white(p, 15, 15, "FAKTURA", 22, "Sans-Bold")
    _white(p, 15, 23, f"Nr {no}", 10, "Sans")
    _white(p, 195, 13, f"Data wystawienia  {date_fmt(doc.issue_date)}", 8.5, "Sans", "r")
    _white(p, 195, 18, f"Data sprzedaży  {date_fmt(doc.sale_date)}", 8.5, "Sans", "r")
    _white(p, 195, 23, f"Termin płatności  {date_fmt(doc.issue_date + timedelta(days=doc.due_days))}", 8.5, "Sans", "r")
    p.rect(15, 38, 85, 32, width=0, fill=0.94)
    p.rect(110, 38, 85, 32, width=0, fill=0.94)
    p.text(18, 43, "OD", 7, "Sans-Bold")
    p.lines(18, 48, [s.name, s.street, s.city, f"NIP {nip_fmt(s.nip, 'pl')}"], 8.5, lead=4.3)
    p.text(113, 43, "DLA", 7, "Sans-Bold")
    p.lines(113, 48, [b.name, b.street, b.city, f"NIP {b.nip}"], 8.5, lead=4.3)
    cols = [
        Col("Opis", 86),
        Col("Ilość", 14, "r"),
        Col("Cena netto", 22, "r"),
        Col("VAT", 12, "c"),
        Col("Netto", 22, "r"),
        Col("Brutto", 24, "r"),
    ]
    x, y = 15, 80
    xs = [x]
    for col in cols:
        xs.append(xs[-1] + col.width)
    p.rect(x, y, xs[-1] - x, 7, width=0, fill=shade)
    for col, cx, nx in zip(cols, xs, xs[1:], strict=False):
        _white(
            p,
            cx + 1.5 if col.align == "l" else (nx - 1.5 if col.align == "r" else (cx + nx) / 2),
            y + 4.8,
            col.title.upper(),
            7.5,
            "Sans-Bold",
            col.align,
        )
    y += 7
    rows = [
        [
            it.name,
            qty_fmt(it.qty),
            money(it.unit_price or 0),
            rate_label(it.vat_rate),
            money(it.net or 0),
            money(it.gross or 0),
        ]
        for it in doc.items
    ]
    y = _rows_plain(p, x, y, cols, rows)
    net, vat, gross = doc.totals()
    y += 5
    for lab, val in (("Razem netto", net), ("VAT", vat)):
        p.text(160, y, lab, 8.5, "Sans", "r")
        p.text(195, y, f"{money(val)} zł", 8.5, "Sans", "r")
        y += 5
    p.rect(110, y - 1, 85, 10, width=0, fill=shade)
    _white(p, 113, y + 5.5, "DO ZAPŁATY", 10, "Sans-Bold")
    _white(p, 192, y + 5.5, f"{money(gross)} PLN", 12, "Sans-Bold", "r")
    p.lines(15, y + 2, ["Płatność: przelew", f"Konto: {_iban(doc.bank)}"], 8, lead=4.3)
    p.rect(0, 282, p.w, 15, width=0, fill=shade)
    _white(p, 105, 290, f"{s.name} · {s.street}, {s.city} · dziękujemy za współpracę", 7.5, "Sans", "c")
    return Sample(p.bytes(), (doc,))


def _rows_plain(p: Pdf, x: float, y: float, cols: list[Col], rows: list[list[str]]) -> float:
    total = sum(c.width for c in cols)
    for k, r in enumerate(rows):
        cells = [wrap(v, "Sans", 8.3, c.width - 3) for c, v in zip(cols, r, strict=True)]
        h = max(len(v) for v in cells) * 3.7 + 3
        if k % 2:
            p.rect(x, y, total, h, width=0, fill=0.96)
        cx = x
        for c, lines in zip(cols, cells, strict=True):
            tx = cx + 1.5 if c.align == "l" else (cx + c.width - 1.5 if c.align == "r" else cx + c.width / 2)
            p.lines(tx, y + 4, lines, 8.3, "Sans", lead=3.7, align=c.align)
            cx += c.width
        y += h
        p.hline(x, x + total, y, 0.2, gray=0.7)
    return y


def fam_nordic_ref_row_pln_prefix(rng: random.Random) -> Sample:
    """Nordic-ERP invoice: reference row (Nr klienta, Nr zamówienia, Wasz/Nasz ref., Warunki), 'PLN ' before amounts."""
    no = f"{rng.randint(200100, 209999)}"
    doc = _doc(rng, no, n=(2, 5), sections="SOU", powiat=rng.random() < 0.5)
    s, b = doc.seller, doc.buyer
    p = Pdf()
    p.text(15, 18, s.name, 12, "Sans-Bold")
    p.text(195, 18, "FAKTURA", 16, "Light", "r")
    p.lines(
        195,
        25,
        [
            f"Numer faktury  {no}",
            f"Data faktury  {date_fmt(doc.issue_date, 'iso')}",
            f"Data dostawy  {date_fmt(doc.sale_date, 'iso')}",
            f"Termin płatności  {date_fmt(doc.issue_date + timedelta(days=doc.due_days), 'iso')}",
        ],
        8.5,
        align="r",
        lead=4.4,
    )
    p.lines(
        15, 40, ["Adres faktury", b.name, *b.extra, b.street, b.city, f"NIP: {nip_fmt(b.nip, 'pl')}"], 8.5, lead=4.3
    )
    p.lines(110, 40, ["Adres dostawy", b.extra[0], b.street, b.city], 8.5, lead=4.3)
    refs = [
        ("Nr klienta", f"{rng.randint(10000, 99999)}"),
        ("Nr zamówienia", f"ZAM/{rng.randint(1, 300)}/2026"),
        ("Wasz ref.", rng.choice(("Jan Wójcik", "Ewa Pawlak", "M. Kubiak"))),
        ("Nasz ref.", rng.choice(("Lars Nilsen", "Anna Król", "P. Olsen"))),
        ("Warunki płatności", f"{doc.due_days} dni netto"),
    ]
    x = 15
    p.hline(15, 195, 70, 0.3)
    for lab, val in refs:
        p.text(x, 74, lab, 6.8, "Sans-Bold")
        p.text(x, 78.5, val, 8)
        x += 36
    p.hline(15, 195, 81, 0.3)
    cols = [
        Col("Nr art.", 20),
        Col("Opis", 70),
        Col("Ilość", 14, "r"),
        Col("Cena", 24, "r"),
        Col("VAT %", 12, "c"),
        Col("Kwota netto", 26, "r"),
        Col("", 14),
    ]
    rows = [
        [
            f"{rng.randint(100000, 999999)}",
            it.name,
            f"{qty_fmt(it.qty)}",
            f"PLN {money(it.unit_price or 0, 'spacedot')}",
            it.vat_rate or "",
            f"PLN {money(it.net or 0, 'spacedot')}",
            "",
        ]
        for it in doc.items
    ]
    y = table(p, 15, 86, cols, rows, TableStyle(size=7.8, grid=False, rules=False, head_font="Sans-Bold")) + 6
    net, vat, gross = doc.totals()
    summ = doc.rate_summary()
    p.hline(110, 195, y - 2, 0.3)
    for r, n_, v, _g in summ:
        p.text(112, y + 2, f"Stawka {rate_label(r)}", 8)
        p.text(163, y + 2, f"PLN {money(n_, 'spacedot')}", 8, "Sans", "r")
        p.text(195, y + 2, f"VAT PLN {money(v, 'spacedot')}", 8, "Sans", "r")
        y += 4.6
    p.text(112, y + 3, "Suma netto", 8.5)
    p.text(195, y + 3, f"PLN {money(net, 'spacedot')}", 8.5, "Sans", "r")
    p.text(112, y + 8, "Suma VAT", 8.5)
    p.text(195, y + 8, f"PLN {money(vat, 'spacedot')}", 8.5, "Sans", "r")
    p.text(112, y + 14.5, "Do zapłaty", 10.5, "Sans-Bold")
    p.text(195, y + 14.5, f"PLN {money(gross, 'spacedot')}", 10.5, "Sans-Bold", "r")
    p.hline(15, 195, 272, 0.3)
    p.lines(15, 276, [*wrap(s.name, "Sans", 7, 72), f"{s.street}, {s.city}"], 7, lead=3.3)
    p.lines(95, 276, [f"NIP {nip_fmt(s.nip, 'pl')}", f"IBAN PL{doc.bank}"], 7, lead=3.3)
    p.lines(
        160, 276, ["SWIFT: " + rng.choice(("NDEAPLP2", "PKOPPLPW", "BPKOPLPW")), "Tel. +48 22 000 00 00"], 7, lead=3.3
    )
    return Sample(p.bytes(), (doc,))


def _stamp_box(p: Pdf, x: float, y: float, w: float, lines: list[str], tilt: float, size: float = 7.5) -> None:
    """A rubber stamp: a rounded frame and lines in blue ink, slightly rotated."""
    c = p.c
    c.saveState()
    c.translate(x * MM, (p.h - y) * MM)
    c.rotate(tilt)
    c.setStrokeColorRGB(0.15, 0.25, 0.65)
    c.setFillColorRGB(0.15, 0.25, 0.65)
    c.setLineWidth(1.1)
    h = 3.2 + len(lines) * size * 0.45
    c.roundRect(0, -h * MM, w * MM, h * MM, 2 * MM, stroke=1, fill=0)
    for k, ln in enumerate(lines):
        c.setFont("Sans-Bold" if k == 0 else "Sans", size)
        c.drawCentredString(w / 2 * MM, -(3.4 + k * size * 0.45) * MM, ln)
    c.restoreState()


def fam_registry_stamp_budget_note(rng: random.Random) -> Sample:
    """Invoice as scanned in a JST office: a 'WPŁYNĘŁO' registry stamp and a budget description stamp on the page."""
    doc = _doc(rng, "", n=(1, 4), sections="SO")
    no = f"FS-{rng.randint(100, 2999)}/{doc.issue_date.month:02d}/26"
    doc = replace(doc, number=no)
    s, b = doc.seller, doc.buyer
    p = Pdf()
    p.text(15, 18, s.name, 11, "Sans-Bold")
    p.lines(15, 23, [s.street, s.city, f"NIP: {nip_fmt(s.nip, 'dash2')}"], 8, lead=3.9)
    p.text(195, 18, "Faktura VAT", 13, "Sans-Bold", "r")
    p.text(195, 24, f"nr {no}", 10, "Sans", "r")
    p.lines(
        195,
        29,
        [f"z dnia {date_fmt(doc.issue_date)}", f"data sprzedaży {date_fmt(doc.sale_date)}"],
        8,
        align="r",
        lead=3.9,
    )
    recv = doc.issue_date + timedelta(days=rng.randint(1, 6))
    _stamp_box(
        p,
        112,
        37,
        62,
        [
            f"{b.extra[0].upper()}",
            "WPŁYNĘŁO",
            f"dnia {date_fmt(recv)}",
            f"L.dz. {rng.randint(100, 9999)}/{recv.year}   Podpis ...........",
        ],
        rng.uniform(1.5, 4),
    )
    p.text(15, 44, "Nabywca:", 8, "Sans-Bold")
    p.lines(15, 48, [b.name, b.street, b.city, f"NIP: {nip_fmt(b.nip, 'dash2')}"], 8.5, lead=4.1)
    cols = [
        Col("Lp", 8, "c"),
        Col("Nazwa", 78),
        Col("Ilość", 12, "r"),
        Col("jm", 10),
        Col("Cena netto", 20, "r"),
        Col("Netto", 22, "r"),
        Col("VAT", 10, "c"),
        Col("Brutto", 22, "r"),
    ]
    rows = [
        [
            f"{k}",
            it.name,
            qty_fmt(it.qty),
            it.unit,
            money(it.unit_price or 0),
            money(it.net or 0),
            rate_label(it.vat_rate),
            money(it.gross or 0),
        ]
        for k, it in enumerate(doc.items, 1)
    ]
    y = table(p, 12, 72, cols, rows, TableStyle(size=7.8, grid=True)) + 5
    y = vat_summary(p, 110, y, doc, "space", TableStyle(size=7.5, grid=True), widths=(16, 24, 22, 24)) + 6
    gross = doc.totals()[2]
    p.text(15, y, f"Razem do zapłaty: {money(gross)} zł", 10, "Sans-Bold")
    p.text(15, y + 5, f"Słownie: {slownie(doc)}", 7.5)
    p.text(15, y + 9.5, f"Przelew {doc.due_days} dni, konto {_iban(doc.bank)}", 7.5)
    dz = rng.choice(("750", "801", "754"))
    rz = {"750": "75023", "801": "80101", "754": "75495"}[dz]
    par = rng.choice(("4210", "4300", "6060"))
    _stamp_box(
        p,
        15,
        y + 20,
        120,
        [
            "OPIS DOKUMENTU KSIĘGOWEGO",
            "Wydatek sfinansowany ze środków projektu „Cyberbezpieczny Samorząd”",
            f"(umowa o powierzenie grantu nr {rng.randint(100, 2400)}/CS/2026), FEPC.02.01",
            f"Dział {dz}  Rozdział {rz}  § {par}{rng.choice(('7', '9'))}   kwota: {money(gross)} zł",
            "Sprawdzono pod względem merytorycznym: ............   formalno-rachunkowym: ............",
            "Zatwierdzono do wypłaty: ............   Skarbnik: ............",
        ],
        rng.uniform(-2, 2),
        7,
    )
    return Sample(p.bytes(), (doc,))


def fam_protocol_distribution_matrix(rng: random.Random) -> Sample:
    """Handover protocol, a distribution matrix: a column per receiving unit, quantities per cell, a 'Razem' column."""
    no = f"PZO/{rng.randint(1, 70)}/2026"
    powiat = rng.random() < 0.4
    entries = rng.sample([e for e in _CAT if e[4] == "S"], rng.randint(2, 4))
    pool = (
        ["Starostwo", "ZSP nr 1", "ZSP nr 2", "PCPR", "PUP", "Dom Dziecka", "ZDP"]
        if powiat
        else ["Urząd", "SP nr 1", "SP nr 2", "GOPS", "Biblioteka", "ZS Kółko", "CUW"]
    )
    units = rng.sample(pool, rng.randint(3, 4))
    matrix = [[rng.choice((0, 1, 1, 2, 3, 5)) for _ in units] for _ in entries]
    for row in matrix:
        if not sum(row):
            row[0] = 1
    items = [(e[0], Decimal(sum(row)), e[1]) for e, row in zip(entries, matrix, strict=True)]
    doc = _protocol(rng, no, items, powiat=powiat)
    s, b = doc.seller, doc.buyer
    p = Pdf(land=True)
    p.text(15, 16, "PROTOKÓŁ ZDAWCZO-ODBIORCZY", 14, "Sans-Bold")
    p.text(15, 22, f"nr {no} z dnia {date_fmt(doc.issue_date)} – przekazanie sprzętu do jednostek", 9)
    p.lines(
        15,
        30,
        [
            f"Przekazujący: {s.name}, {s.street}, {s.city}, NIP {s.nip}",
            f"Przyjmujący: {b.name}, {b.street}, {b.city}, NIP {b.nip}",
            f"Podstawa: {doc.references}",
        ],
        8.8,
        lead=4.6,
    )
    cols = [Col("Lp.", 9, "c"), Col("Nazwa sprzętu", 100), Col("J.m.", 12, "c")]
    cols += [Col(u, 24, "c") for u in units] + [Col("Razem", 20, "c")]
    rows = [
        [f"{k}", nm, u, *[str(v) if v else "–" for v in row], qty_fmt(q)]
        for k, ((nm, q, u), row) in enumerate(zip(items, matrix, strict=True), 1)
    ]
    y = table(p, 15, 48, cols, rows, TableStyle(size=8.2, grid=True, head_fill=0.88)) + 7
    y = p.lines(
        15,
        y,
        wrap(
            "Sprzęt przekazano kompletny, fabrycznie nowy, wraz z kartami gwarancyjnymi. Przyjmujący "
            "rozdysponuje go do wskazanych jednostek organizacyjnych zgodnie z powyższym "
            "zestawieniem.",
            "Sans",
            8.8,
            260,
        ),
        8.8,
        lead=4.5,
    )
    p.hline(25, 95, y + 16, 0.3)
    p.hline(p.w - 95, p.w - 25, y + 16, 0.3)
    p.text(60, y + 20, "Przekazujący", 7.5, "Sans", "c")
    p.text(p.w - 60, y + 20, "Przyjmujący", 7.5, "Sans", "c")
    return Sample(p.bytes(), (doc,), landscape=True)
