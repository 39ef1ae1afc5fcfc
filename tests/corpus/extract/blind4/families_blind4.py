"""BLIND-4 families (fresh batch). Not to be opened by the parser engineer; measured once, at the end.

Layouts written for this batch only, by an evaluator who never read the parser. They share the data model
(`Doc`, `Item`, `make_line`, `make_like`) and the page canvas (`Pdf`) of `kit.py`, but bring their own
sellers (including one-person firms and a national distributor), their own IT catalogue, real gminy and
powiaty from the TERYT register (TERC 2024-01-01) as buyers, and their own table drawing.

Focus of the batch: a distributor's printout with a barcode box and an ERP footer, items with a second line
(serial numbers and warranty), a header made of a 2x2 grid of boxes, dates spelled in words ("5 marca 2026 r."),
place and date on one line at the top right ("Kraków, dnia 05.03.2026"), numbers like "FV/2026/03/0042" and
"0042/03/2026/FS", discounts with "Wartość netto po rabacie", a per-line VAT amount, "Zapłacono / Pozostało do
zapłaty", a final acceptance protocol of a service with "Stwierdzenia / Uwagi", a landscape licence-key protocol,
EUR items with a PLN VAT summary at the NBP rate, a stacked correction, deliveries grouped per budget unit with
subtotals, and a monospace dotted-leader printout.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

from reportlab.pdfbase import pdfmetrics

from tests.corpus.extract.kit import (
    MM,
    MONTHS_GEN,
    Doc,
    Item,
    Party,
    Pdf,
    make_line,
    make_nip,
    money,
    q2,
    qty_fmt,
    rate_label,
    words_pln,
    wrap,
)
from tests.corpus.extract.registry import Sample

# --------------------------------------------------------------------------------------------------
# Data of this batch

# Real gminy and powiaty (TERYT TERC 2024-01-01, /work/shared/data/teryt); streets and postcodes are plausible,
# not looked up. (name, street, "00-000 Town", office)
GMINY: tuple[tuple[str, str, str, str], ...] = (
    ("Gmina Fałków", "ul. Zamkowa 1A", "26-260 Fałków", "Urząd Gminy w Fałkowie"),
    ("Gmina Góra Świętej Małgorzaty", "Góra Świętej Małgorzaty 40", "99-122 Góra Świętej Małgorzaty", ""),
    ("Gmina Batorz", "Batorz Drugi 2", "23-320 Batorz", "Urząd Gminy Batorz"),
    ("Gmina Czernikowo", "ul. Słoneczna 24", "87-640 Czernikowo", "Urząd Gminy Czernikowo"),
    ("Gmina Krośnice", "ul. Sportowa 3", "56-320 Krośnice", "Urząd Gminy Krośnice"),
    ("Gmina Konarzyny", "ul. Szkolna 7", "89-607 Konarzyny", "Urząd Gminy Konarzyny"),
    ("Gmina Ryczywół", "ul. Mickiewicza 9", "64-630 Ryczywół", "Urząd Gminy Ryczywół"),
    ("Gmina Korczew", "ul. Siedlecka 8", "08-108 Korczew", "Urząd Gminy Korczew"),
    ("Gmina Szubin", "ul. Kcyńska 12", "89-200 Szubin", "Urząd Miejski w Szubinie"),
    ("Gmina Dubeninki", "ul. Dębowa 27", "19-504 Dubeninki", "Urząd Gminy Dubeninki"),
    ("Gmina Dąbie", "ul. Szkolna 6", "62-660 Dąbie", "Urząd Miejski w Dąbiu"),
    ("Gmina Lubenia", "Lubenia 9", "36-042 Lubenia", "Urząd Gminy Lubenia"),
    ("Gmina Baboszewo", "ul. Warszawska 9A", "09-130 Baboszewo", "Urząd Gminy Baboszewo"),
    ("Gmina Krzywda", "ul. Żelechowska 24", "21-470 Krzywda", "Urząd Gminy Krzywda"),
    ("Gmina Wieczfnia Kościelna", "Wieczfnia Kościelna 59", "06-513 Wieczfnia Kościelna", ""),
    ("Gmina Muszyna", "ul. Rynek 31", "33-370 Muszyna", "Urząd Miasta i Gminy Muszyna"),
    ("Gmina Wiązów", "pl. Wolności 7", "57-120 Wiązów", "Urząd Miejski w Wiązowie"),
    ("Gmina Trzciana", "Trzciana 258", "32-733 Trzciana", "Urząd Gminy Trzciana"),
    ("Gmina Rząśnia", "ul. Rynek 3", "98-332 Rząśnia", "Urząd Gminy Rząśnia"),
    ("Gmina Kotuń", "ul. Kilińskiego 5", "08-130 Kotuń", "Urząd Gminy Kotuń"),
    ("Gmina Michałowo", "ul. Białostocka 13", "16-050 Michałowo", "Urząd Miejski w Michałowie"),
    ("Gmina Sawin", "ul. Chełmska 2", "22-107 Sawin", "Urząd Gminy Sawin"),
    ("Gmina Mielnik", "ul. Piaskowa 2", "17-307 Mielnik", "Urząd Gminy Mielnik"),
    ("Gmina Reszel", "ul. Rynek 24", "11-440 Reszel", "Urząd Miejski w Reszlu"),
    ("Gmina Gniewoszów", "ul. Lipowa 3", "26-920 Gniewoszów", "Urząd Gminy Gniewoszów"),
    ("Gmina Mogielnica", "ul. Rynek 1", "05-640 Mogielnica", "Urząd Miasta i Gminy Mogielnica"),
    ("Gmina Mircze", "ul. Kryłowska 3", "22-530 Mircze", "Urząd Gminy Mircze"),
    ("Miasto Zambrów", "ul. Fabryczna 3", "18-300 Zambrów", "Urząd Miasta Zambrów"),
    ("Miasto Kobyłka", "ul. Wołomińska 1", "05-230 Kobyłka", "Urząd Miasta Kobyłka"),
)
POWIATY: tuple[tuple[str, str, str, str], ...] = (
    ("Powiat Konecki", "ul. Zamkowa 5", "26-200 Końskie", "Starostwo Powiatowe w Końskich"),
    ("Powiat Górowski", "ul. Mickiewicza 1", "56-200 Góra", "Starostwo Powiatowe w Górze"),
    ("Powiat Choszczeński", "ul. Bolesława Chrobrego 29", "73-200 Choszczno", "Starostwo Powiatowe w Choszcznie"),
    ("Powiat Przysuski", "ul. Targowa 1", "26-400 Przysucha", "Starostwo Powiatowe w Przysusze"),
    ("Powiat Leski", "ul. Piłsudskiego 27", "38-600 Lesko", "Starostwo Powiatowe w Lesku"),
)
UNITS = (
    "Szkoła Podstawowa im. Tadeusza Kościuszki",
    "Publiczne Przedszkole Samorządowe",
    "Gminna Biblioteka Publiczna",
    "Ośrodek Pomocy Społecznej",
    "Zespół Szkolno-Przedszkolny",
    "Gminny Ośrodek Kultury",
    "Szkoła Podstawowa nr 1 im. Janusza Korczaka",
)
UNIT_STREETS = ("ul. Szkolna 11", "ul. Parkowa 2", "ul. Kolejowa 8", "ul. Lipowa 14", "pl. Kościelny 3")

SELLERS = (
    "Centrum Systemów Informatycznych INFOSERV Sp. z o.o.",
    "Małopolskie Biuro Sieci Sp. z o.o.",
    "EKSPERT-IT Sp. z o.o. Sp. k.",
    "Optimus Tech S.A.",
    "Zakład Informatyki Stosowanej ZIS Sp. z o.o.",
    "Grupa Omega IT Sp. z o.o.",
    "BiT-Serwis s.c. Piotr Kozłowski, Anna Kozłowska",
    "Północna Sieć Dostaw IT Sp. z o.o.",
    "Cyber-Tarcza Sp. z o.o.",
    "Kujawskie Centrum Komputerowe KCK Sp. z o.o.",
)
ONE_PERSON = (
    ("Firma Handlowo-Usługowa „KOMP-SERWIS” Jan Nowak", "Jan Nowak"),
    ("Firma Handlowo-Usługowa „DELTA-NET” Grzegorz Mazur", "Grzegorz Mazur"),
    ("Firma Usługowo-Handlowa „PIKSEL” Katarzyna Wrona", "Katarzyna Wrona"),
    ("Przedsiębiorstwo Handlowo-Usługowe „INFO-MAX” Zbigniew Kubiak", "Zbigniew Kubiak"),
    ("Usługi Informatyczne „BAJT” Dorota Sikora", "Dorota Sikora"),
)
DISTRIBUTORS = (
    ("ACTIVNET", "ACTIVNET Dystrybucja S.A."),
    ("HURT-IT", "Hurt-IT Polska S.A."),
    ("MEGADYS", "Megadystrybucja Sp. z o.o."),
)
SELLER_STREETS = (
    "ul. Magazynowa 6",
    "ul. Składowa 31",
    "ul. Grunwaldzka 184",
    "ul. 3 Maja 22 lok. 4",
    "ul. Towarowa 9",
    "al. Solidarności 75",
    "ul. Racławicka 17B",
    "ul. Bohaterów Westerplatte 40",
)
SELLER_CITIES = (
    "41-200 Sosnowiec",
    "85-950 Bydgoszcz",
    "70-540 Szczecin",
    "42-200 Częstochowa",
    "64-100 Leszno",
    "96-100 Skierniewice",
    "37-450 Stalowa Wola",
    "83-000 Pruszcz Gdański",
    "08-110 Siedlce",
    "55-100 Trzebnica",
    "30-363 Kraków",
)

# name, unit, (low, high) unit net price, VAT rate, PKWiU, CN, GTU
CAT: tuple[tuple[str, str, tuple[int, int], str, str, str, str], ...] = (
    ('Notebook HP ProBook 450 G10 15,6" i5-1335U 16GB 512GB SSD W11Pro', "szt.", (3600, 4300), "23", "", "", ""),
    (
        "Komputer All-in-One Lenovo ThinkCentre neo 50a 24 Gen 4 i5-13420H 16GB 512GB W11P",
        "szt.",
        (3500, 4200),
        "23",
        "",
        "",
        "",
    ),
    ("Serwer HPE ProLiant DL20 Gen11 E-2434 32GB 2x960GB SSD RAID", "szt.", (11500, 14800), "23", "", "", ""),
    (
        "Firewall WatchGuard Firebox T45 z pakietem Total Security Suite na 3 lata",
        "kpl.",
        (5200, 6900),
        "23",
        "",
        "",
        "",
    ),
    ("Przełącznik Zyxel XGS1935-28HP 24x GbE PoE+ 4x SFP+", "szt.", (2300, 2900), "23", "", "", ""),
    ("Router MikroTik CCR2004-16G-2S+ z zasilaczem", "szt.", (1900, 2400), "23", "", "", ""),
    ("Macierz Synology DS923+ z dyskami 4x Synology HAT5310 8TB", "kpl.", (7900, 9600), "23", "", "", ""),
    ("UPS Eaton 9SX 2000i Tower on-line z kartą sieciową", "szt.", (5400, 6600), "23", "", "", ""),
    ("Tablet Samsung Galaxy Tab S9 FE 5G 128GB z etui", "szt.", (1800, 2300), "23", "", "", ""),
    ("Dysk zewnętrzny WD My Passport 4TB USB-C szyfrowany sprzętowo", "szt.", (430, 560), "23", "", "", ""),
    ("Czytnik kart kryptograficznych ACS ACR39U", "szt.", (55, 90), "23", "", "", ""),
    ("Projektor Epson EB-W51 WXGA 4000 lm", "szt.", (2100, 2600), "23", "", "", ""),
    ('Monitor Philips 243B1 23,8" FHD USB-C z funkcją dokowania', "szt.", (780, 990), "23", "", "", ""),
    (
        "Zestaw komputerowy dla stanowiska obsługi klienta urzędu: komputer Dell OptiPlex 7010 SFF i5-13500, "
        '16 GB RAM, SSD 512 GB, monitor 24", klawiatura i mysz, Windows 11 Pro',
        "kpl.",
        (4300, 5200),
        "23",
        "",
        "",
        "",
    ),
    (
        "System kopii zapasowych: serwer backupu z oprogramowaniem Veeam Backup & Replication Essentials "
        "(5 instancji, 3 lata wsparcia) wraz z instalacją w serwerowni urzędu",
        "kpl.",
        (14500, 19800),
        "23",
        "",
        "",
        "",
    ),
    (
        "Rozbudowa sieci LAN w budynku urzędu: dostawa i montaż 12 punktów dostępowych Wi-Fi 6 z kontrolerem "
        "oraz okablowaniem kat. 6A",
        "kpl.",
        (16800, 23500),
        "23",
        "",
        "",
        "",
    ),
    ("Licencja Microsoft Office LTSC Standard 2021 dla administracji", "lic.", (1700, 2100), "23", "", "", ""),
    ("Subskrypcja Acronis Cyber Protect Standard Server na 1 rok", "lic.", (1300, 1700), "23", "", "", ""),
    (
        "Licencja oprogramowania do zarządzania urządzeniami mobilnymi (MDM) na 12 mies.",
        "lic.",
        (90, 150),
        "23",
        "",
        "",
        "",
    ),
    (
        "Wdrożenie systemu elektronicznego obiegu dokumentów wraz z migracją danych",
        "usł.",
        (18000, 32000),
        "23",
        "",
        "",
        "",
    ),
    (
        "Szkolenie stacjonarne „Cyberhigiena w urzędzie” dla pracowników (grupa do 15 os.)",
        "usł.",
        (2400, 3900),
        "zw",
        "",
        "",
        "",
    ),
    ("Przegląd i aktualizacja polityki bezpieczeństwa informacji urzędu", "usł.", (5800, 9800), "23", "", "", ""),
    ("Konfiguracja sieci VLAN i segmentacja sieci urzędu", "usł.", (3200, 6200), "23", "", "", ""),
    ("Nadzór autorski i wsparcie powdrożeniowe (pakiet 20 godz.)", "usł.", (3000, 4600), "23", "", "", ""),
)
HARDWARE = tuple(i for i, c in enumerate(CAT) if c[1] in ("szt.", "kpl.") and len(c[0]) < 90)
LONG = tuple(i for i, c in enumerate(CAT) if len(c[0]) >= 90)
SERVICES = tuple(i for i, c in enumerate(CAT) if c[1] == "usł.")
GOODS = tuple(i for i, c in enumerate(CAT) if c[1] != "usł." and len(c[0]) < 90)
SERIAL_PREFIX = {"HP": "5CG", "Lenovo": "PF4", "HPE": "CZJ", "WatchGuard": "80D", "Zyxel": "S23", "Synology": "2280"}

# --------------------------------------------------------------------------------------------------
# Helpers of this batch


def width(s: str, font: str, size: float) -> float:
    return float(pdfmetrics.stringWidth(s, font, size)) / MM


def glue_wrap(s: str, font: str, size: float, w: float) -> list[str]:
    """Wrap on words, never inside 'Sp. z o.o.' nor between 'NIP' and its number."""
    g = s.replace("Sp. z o.o.", "Sp.\x00z\x00o.o.").replace("NIP: ", "NIP:\x00").replace("NIP ", "NIP\x00")
    return [ln.replace("\x00", " ") for ln in wrap(g, font, size, w)]


def town(p: Party) -> str:
    return p.city.split(" ", 1)[1]


def dmy(d: date, sep: str = ".") -> str:
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"


def ymd(d: date, sep: str = "-") -> str:
    return f"{d.year}{sep}{d.month:02d}{sep}{d.day:02d}"


def words_date(d: date) -> str:
    return f"{d.day} {MONTHS_GEN[d.month - 1]} {d.year} r."


def nip_3322(nip: str) -> str:
    return f"{nip[:3]}-{nip[3:6]}-{nip[6:8]}-{nip[8:]}"


def nip_spaced(nip: str) -> str:
    return f"{nip[:3]} {nip[3:6]} {nip[6:8]} {nip[8:]}"


def iban(bank: str, *, pl: bool = False) -> str:
    d = bank[2:]
    body = d[:2] + " " + " ".join(d[i : i + 4] for i in range(2, 26, 4))
    return ("PL " + body) if pl else body


def due(doc: Doc) -> date:
    return doc.issue_date + timedelta(days=doc.due_days)


def sale_of(doc: Doc) -> date:
    return doc.sale_date or doc.issue_date


def regon(rng: random.Random) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(9))


def pick_seller(rng: random.Random, name: str | None = None) -> Party:
    return Party(name or rng.choice(SELLERS), rng.choice(SELLER_STREETS), rng.choice(SELLER_CITIES), make_nip(rng))


def pick_buyer(rng: random.Random, *, powiat: float = 0.15) -> Party:
    name, street, city, office = rng.choice(POWIATY if rng.random() < powiat else GMINY)
    return Party(name, street, city, make_nip(rng), (office,) if office else ())


def pick_unit(rng: random.Random, buyer: Party, name: str | None = None) -> Party:
    return Party(name or rng.choice(UNITS), rng.choice(UNIT_STREETS), buyer.city, "")


def office_of(buyer: Party) -> Party:
    """The buyer's office as a recipient (Urząd Gminy / Starostwo), same address."""
    name = buyer.extra[0] if buyer.extra else f"Urząd {buyer.name.replace('Gmina ', 'Gminy ')}"
    return Party(name, buyer.street, buyer.city, "")


def build(
    rng: random.Random,
    *,
    n: tuple[int, int] = (2, 5),
    pool: Sequence[int] = (),
    seller: Party | None = None,
    buyer: Party | None = None,
    kind: str = "invoice",
    currency: str | None = "PLN",
    eur: bool = False,
) -> Doc:
    seller = seller or pick_seller(rng)
    buyer = buyer or pick_buyer(rng)
    while buyer.nip == seller.nip:
        buyer = replace(buyer, nip=make_nip(rng))
    issue = date(2026, 1, 5) + timedelta(days=rng.randint(0, 330))
    sale = issue - timedelta(days=rng.choice((0, 0, 0, 1, 2, 4, 7)))
    idx = list(pool) if pool else list(range(len(CAT)))
    chosen = rng.sample(idx, min(rng.randint(*n), len(idx)))
    items = tuple(make_line(rng, CAT[i], eur=eur) for i in chosen)
    return Doc(
        kind=kind,
        number="",
        issue_date=issue,
        sale_date=sale,
        seller=seller,
        buyer=buyer,
        currency=currency,
        items=items,
        place=town(seller),
        due_days=rng.choice((14, 21, 30)),
        bank="PL" + "".join(str(rng.randint(0, 9)) for _ in range(26)),
    )


def serials(rng: random.Random, it: Item, k: int) -> list[str]:
    brand = it.name.split()[1] if it.name.split()[0] in ("Notebook", "Serwer", "Firewall", "Przełącznik") else ""
    pre = SERIAL_PREFIX.get(brand, rng.choice(("SN", "S", "X")))
    return [pre + "".join(rng.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(8)) for _ in range(k)]


# ---- table drawing of this batch ------------------------------------------------------------------

Row = tuple[str, Sequence[str]]  # ("row", cells) | ("sub", (text,)) | ("span", (text,)) | ("bold", cells)


def tab(
    p: Pdf,
    x: float,
    y: float,
    cols: Sequence[tuple[str, float, str]],
    rows: Sequence[Row],
    *,
    size: float = 8,
    font: str = "Sans",
    bfont: str = "Sans-Bold",
    hsize: float | None = None,
    lines: str = "grid",  # grid | rules | none | boxhead
    head_fill: float | None = None,
    pad: float = 1.2,
    sub_font: str = "Sans-Italic",
    sub_from: int = 1,
    bottom: float = 22,
    top: float = 18,
    head: bool = True,
) -> float:
    """Header (titles may hold '\\n'), rows that wrap on words, 'sub' lines under a row from column `sub_from`,
    'span' rows across the table; breaks the page and repeats the header. Returns y under the table."""
    hsize = hsize or size
    lead = size * 0.42
    total = sum(c[1] for c in cols)
    xs = [x]
    for c in cols[:-1]:
        xs.append(xs[-1] + c[1])

    def put(cx: float, w: float, yy: float, s: str, sz: float, f: str, al: str) -> None:
        if al == "r":
            p.text(cx + w - pad, yy, s, sz, f, "r")
        elif al == "c":
            p.text(cx + w / 2, yy, s, sz, f, "c")
        else:
            p.text(cx + pad, yy, s, sz, f)

    def header(y: float) -> float:
        if not head:
            return y
        titles = [[ln for t in title.split("\n") for ln in wrap(t, bfont, hsize, w - 2 * pad)] for title, w, _ in cols]
        h = max(len(t) for t in titles) * hsize * 0.42 + 2 * pad
        if head_fill is not None:
            p.rect(x, y, total, h, 0, fill=head_fill)
        for (_t, w, al), tl, cx in zip(cols, titles, xs, strict=True):
            yy = y + pad + hsize * 0.36
            for ln in tl:
                put(cx, w, yy, ln, hsize, bfont, "c" if al == "c" else al)
                yy += hsize * 0.42
        if lines in ("grid", "boxhead"):
            p.rect(x, y, total, h, 0.5)
            for cx in xs[1:]:
                p.vline(cx, y, y + h, 0.4)
        elif lines == "rules":
            p.hline(x, x + total, y, 0.8)
            p.hline(x, x + total, y + h, 0.8)
        else:
            p.hline(x, x + total, y + h, 0.3)
        return y + h

    y = header(y)
    for kind, cells in rows:
        if kind in ("sub", "span"):
            f = sub_font if kind == "sub" else bfont
            x0 = xs[sub_from] if kind == "sub" else x
            wl = glue_wrap(cells[0], f, size - (0.6 if kind == "sub" else 0), x + total - x0 - 2 * pad)
            h = len(wl) * lead + (pad if kind == "sub" else 2 * pad)
        else:
            f = bfont if kind == "bold" else font
            cl = [
                glue_wrap(v, f, size, w - 2 * pad) if al == "l" else [v]
                for v, (_, w, al) in zip(cells, cols, strict=True)
            ]
            h = max(len(c) for c in cl) * lead + 2 * pad
        if y + h > p.h - bottom:
            p.c.showPage()
            p.page_no += 1
            y = header(top)
        if kind in ("sub", "span"):
            yy = y + (0 if kind == "sub" else pad) + size * 0.36
            for ln in wl:
                p.text(x0 + pad, yy, ln, size - (0.6 if kind == "sub" else 0), f)
                yy += lead
            if lines == "grid":
                if kind == "span":
                    p.rect(x, y, total, h, 0.4)
                else:
                    p.vline(x, y, y + h, 0.4)
                    p.vline(x + total, y, y + h, 0.4)
                    for cx in xs[1 : sub_from + 1]:
                        p.vline(cx, y, y + h, 0.4)
                    p.hline(x, x + total, y + h, 0.4)
            elif lines == "rules":
                p.hline(x, x + total, y + h, 0.25, gray=0.5)
        else:
            for (_, w, al), cl_, cx in zip(cols, cl, xs, strict=True):
                yy = y + pad + size * 0.36
                for ln in cl_:
                    put(cx, w, yy, ln, size, f, al)
                    yy += lead
            if lines == "grid":
                p.rect(x, y, total, h, 0.4)
                for cx in xs[1:]:
                    p.vline(cx, y, y + h, 0.4)
            elif lines == "rules":
                p.hline(x, x + total, y + h, 0.25, gray=0.5)
        y += h
    if lines in ("rules", "none", "boxhead"):
        p.hline(x, x + total, y, 0.6)
    return y


def rate_rows(doc: Doc, ms: str, items: Sequence[Item] | None = None) -> list[Row]:
    return [
        ("row", [rate_label(r), money(n, ms), money(v, ms), money(g, ms)]) for r, n, v, g in doc.rate_summary(items)
    ]


# ==================================================================================================
# Families


def fam_distributor_barcode_erp_footer(rng: random.Random) -> Sample:
    """National distributor: logo frame, number 0042/03/2026/FS over a barcode box, order/WZ cells, product codes,
    a per-line VAT amount column, 7.5 pt condensed text and a 'Dokument wystawiony w systemie …' footer."""
    logo, legal = rng.choice(DISTRIBUTORS)
    doc = build(rng, n=(3, 7), pool=GOODS, seller=pick_seller(rng, legal))
    no = f"{rng.randint(1, 9999):04d}/{doc.issue_date.month:02d}/{doc.issue_date.year}/FS"
    unit = pick_unit(rng, doc.buyer)
    doc = replace(doc, number=no, recipient=unit, due_days=30)
    s, b = doc.seller, doc.buyer
    ms = "space"
    p = Pdf()
    # logo
    p.rect(14, 12, 58, 15, 1.6)
    p.text(43, 22.2, logo, 17, "Sans-Bold", "c", spacing=1.5)
    y = p.lines(
        14,
        32,
        [
            s.name,
            f"{s.street}, {s.city}",
            f"NIP: PL{s.nip}   REGON: {regon(rng)}",
            f"BDO: 000{rng.randint(10000, 99999)}",
        ],
        7.5,
        "Cond",
        lead=3.5,
    )
    p.text(
        14,
        y + 0.5,
        f"Biuro obsługi klienta: 22 {rng.randint(300, 899)} {rng.randint(10, 99)} 00, sektor publiczny",
        7,
        "Cond",
    )
    # document box with barcode
    p.rect(118, 12, 78, 32, 0.6)
    p.text(121, 17.5, "FAKTURA VAT", 11, "Sans-Bold")
    p.text(193, 17.5, "ORYGINAŁ", 7, "Cond", "r")
    p.text(121, 23.5, no, 12, "Mono-Bold")
    bx = 121.0
    bits = "".join(c for c in no if c.isalnum())
    brng = random.Random(bits)
    while bx < 190:
        w = brng.choice((0.3, 0.3, 0.55, 0.8))
        p.rect(bx, 26.5, w, 11, 0, fill=0)
        bx += w + brng.choice((0.35, 0.5, 0.8))
    p.text(155.5, 41.5, f"*{bits}*", 7, "Mono", "c")
    # cells with dates and references
    cells = [
        ("Data wystawienia", ymd(doc.issue_date)),
        ("Data dostawy", ymd(sale_of(doc))),
        ("Nr zamówienia klienta", f"ZP.271.{rng.randint(2, 60)}.{doc.issue_date.year}"),
        ("Dokument WZ", f"WZ/{rng.randint(10000, 99999)}/{doc.issue_date.month:02d}/{doc.issue_date.year % 100}"),
        ("Termin płatności", ymd(due(doc))),
    ]
    cx = 14.0
    for lab, val in cells:
        p.rect(cx, 50, 36.4, 10, 0.4)
        p.text(cx + 1.3, 53, lab, 6.3, "Cond")
        p.text(cx + 1.3, 57.8, val, 8.2, "Cond-Bold")
        cx += 36.4
    # parties
    p.text(14, 67, "NABYWCA", 7, "Cond-Bold")
    p.hline(14, 100, 68.2, 0.3)
    p.lines(14, 72, [b.name, *b.extra, b.street, b.city, f"NIP: {b.nip}"], 8, "Cond", lead=3.7)
    p.text(110, 67, "ADRES DOSTAWY / ODBIORCA", 7, "Cond-Bold")
    p.hline(110, 196, 68.2, 0.3)
    p.lines(
        110,
        72,
        [
            unit.name,
            unit.street,
            unit.city,
            f"Kontakt: sekretariat, tel. {rng.randint(20, 99)} {rng.randint(100, 999)} {rng.randint(10, 99)} "
            f"{rng.randint(10, 99)}",
        ],
        8,
        "Cond",
        lead=3.7,
    )
    cols = [
        ("Lp", 7, "c"),
        ("Kod towaru", 21, "l"),
        ("Nazwa towaru", 58, "l"),
        ("Ilość", 10, "r"),
        ("J.m.", 9, "c"),
        ("Cena netto", 17, "r"),
        ("Wartość netto", 18, "r"),
        ("VAT %", 9, "c"),
        ("Kwota VAT", 16, "r"),
        ("Wartość brutto", 17, "r"),
    ]
    rows: list[Row] = []
    for k, it in enumerate(doc.items, 1):
        code = "".join(w[:2] for w in it.name.split()[1:3]).upper() + f"-{rng.randint(100, 999)}{rng.choice('ABCDEX')}"
        rows.append(
            (
                "row",
                [
                    str(k),
                    code,
                    it.name,
                    qty_fmt(it.qty),
                    it.unit,
                    money(it.unit_price or 0, ms),
                    money(it.net or 0, ms),
                    rate_label(it.vat_rate, "n"),
                    money(it.vat or 0, ms),
                    money(it.gross or 0, ms),
                ],
            )
        )
    y = tab(p, 14, 96, cols, rows, size=7.5, font="Cond", bfont="Cond-Bold", lines="boxhead", head_fill=0.85) + 5
    net, vat, gross = doc.totals()
    scols = [("Stawka", 14, "c"), ("Netto", 22, "r"), ("VAT", 20, "r"), ("Brutto", 22, "r")]
    srows = [*rate_rows(doc, ms), ("bold", ["Razem", money(net, ms), money(vat, ms), money(gross, ms)])]
    y2 = tab(p, 118, y, scols, srows, size=7.5, font="Cond", bfont="Cond-Bold", lines="grid")
    p.lines(
        14,
        y + 3,
        [
            "Forma płatności: przelew 30 dni",
            f"Bank: {rng.choice(('mBank S.A.', 'PKO BP S.A.', 'Santander Bank Polska S.A.'))}",
            f"Nr rachunku: {iban(doc.bank, pl=True)}",
            "Mechanizm podzielonej płatności",
        ],
        7.5,
        "Cond",
        lead=3.6,
    )
    y = max(y2, y + 16) + 6
    p.rect(118, y, 78, 9, 0.8, fill=0.92)
    p.text(120, y + 6, "DO ZAPŁATY:", 9, "Sans-Bold")
    p.text(194, y + 6, f"{money(gross, ms)} PLN", 10, "Sans-Bold", "r")
    p.text(14, y + 6, f"Słownie: {words_pln(gross)}", 7.5, "Cond")
    y += 17
    p.lines(
        14,
        y,
        [
            "Towar pozostaje własnością sprzedawcy do chwili zapłaty pełnej należności.",
            "Reklamacje ilościowe prosimy zgłaszać w ciągu 3 dni roboczych od dostawy.",
        ],
        7,
        "Cond",
        lead=3.3,
    )
    p.hline(14, 196, 281, 0.3, gray=0.5)
    p.text(
        14,
        284.5,
        f"Dokument wystawiony w systemie Comarch ERP XL 2025.1 · wydruk {ymd(doc.issue_date)} "
        f"{rng.randint(7, 16):02d}:{rng.randint(0, 59):02d} · operator: "
        f"{rng.choice(('kstepien', 'mwalczak', 'abieniek'))}",
        6.5,
        "Cond",
    )
    p.text(196, 284.5, "Strona 1/1", 6.5, "Cond", "r")
    return Sample(p.bytes(), (doc,))


def fam_serial_warranty_second_line(rng: random.Random) -> Sample:
    """Serif: 'Kraków, dnia 05.03.2026' top right, number FV/2026/03/0042, Nabywca and Odbiorca side by side, each
    item followed by an italic line 'SN: … Gwarancja 36 m-cy', ruled table, amounts 1.234,56."""
    doc = build(rng, n=(2, 5), pool=HARDWARE)
    no = f"FV/{doc.issue_date.year}/{doc.issue_date.month:02d}/{rng.randint(1, 999):04d}"
    rec = office_of(doc.buyer) if rng.random() < 0.5 else pick_unit(rng, doc.buyer)
    doc = replace(doc, number=no, recipient=rec)
    s, b = doc.seller, doc.buyer
    ms = "dot"
    p = Pdf()
    p.text(195, 16, f"{doc.place}, dnia {dmy(doc.issue_date)}", 9.5, "Serif", "r")
    y = p.lines(15, 16, glue_wrap(s.name, "Serif-Bold", 10.5, 95), 10.5, "Serif-Bold", lead=4.6)
    p.lines(
        15,
        y,
        [
            s.street,
            s.city,
            f"NIP {nip_3322(s.nip)}",
            f"tel. {rng.randint(500, 799)} {rng.randint(100, 999)} {rng.randint(100, 999)}",
        ],
        8.5,
        "Serif",
        lead=3.9,
    )
    p.text(p.w / 2, 48, f"FAKTURA VAT nr {no}", 14, "Serif-Bold", "c")
    p.text(p.w / 2, 54, f"Data dostawy towaru: {dmy(sale_of(doc))}", 9, "Serif", "c")
    for x0, cap, party, nip in ((15, "Nabywca:", b, True), (110, "Odbiorca:", rec, False)):
        p.text(x0, 64, cap, 9, "Serif-Bold")
        rows_ = [*glue_wrap(party.name, "Serif", 9.5, 82), *(party.extra if nip else ()), party.street, party.city]
        if nip:
            rows_.append(f"NIP {nip_3322(party.nip)}")
        p.lines(x0, 69, rows_, 9.5 if nip else 9, "Serif", lead=4.2)
    cols = [
        ("Lp.", 9, "c"),
        ("Nazwa towaru", 73, "l"),
        ("Ilość", 11, "r"),
        ("J.m.", 10, "c"),
        ("Cena jedn.\nnetto", 20, "r"),
        ("Stawka\nVAT", 13, "c"),
        ("Wartość\nnetto", 22, "r"),
        ("Wartość\nbrutto", 22, "r"),
    ]
    rows: list[Row] = []
    for k, it in enumerate(doc.items, 1):
        rows.append(
            (
                "row",
                [
                    f"{k}.",
                    it.name,
                    qty_fmt(it.qty),
                    it.unit,
                    money(it.unit_price or 0, ms),
                    rate_label(it.vat_rate),
                    money(it.net or 0, ms),
                    money(it.gross or 0, ms),
                ],
            )
        )
        sn = serials(rng, it, int(it.qty))
        sn_txt = ", ".join(sn) if len(sn) <= 4 else ", ".join(sn[:3]) + f" … (razem {len(sn)} szt., lista w WZ)"
        rows.append(("sub", [f"SN: {sn_txt}   Gwarancja {rng.choice((24, 36, 36, 60))} m-cy"]))
    y = tab(p, 15, 100, cols, rows, size=8.2, font="Serif", bfont="Serif-Bold", sub_font="Serif", lines="rules") + 6
    net, vat, gross = doc.totals()
    scols = [("według stawki", 24, "c"), ("netto", 24, "r"), ("VAT", 22, "r"), ("brutto", 24, "r")]
    srows = [*rate_rows(doc, ms), ("bold", ["Razem:", money(net, ms), money(vat, ms), money(gross, ms)])]
    y = tab(p, 101, y, scols, srows, size=8.2, font="Serif", bfont="Serif-Bold", lines="rules") + 8
    p.text(15, y, f"Do zapłaty: {money(gross, ms)} zł", 12, "Serif-Bold")
    p.text(15, y + 5.5, f"słownie: {words_pln(gross)}", 8.5, "Serif")
    p.text(15, y + 12, f"Termin płatności: {doc.due_days} dni ({dmy(due(doc))}), przelewem na rachunek", 8.5, "Serif")
    p.text(15, y + 16.5, iban(doc.bank), 9.5, "Serif-Bold")
    y += 40
    for x0, cap in (
        (20, "podpis osoby upoważnionej\ndo odbioru faktury"),
        (125, "podpis osoby upoważnionej\ndo wystawienia faktury"),
    ):
        p.c.saveState()
        p.c.setDash(0.6, 1.2)
        p.hline(x0, x0 + 65, y, 0.4)
        p.c.restoreState()
        p.lines(x0 + 32.5, y + 3.5, cap.split("\n"), 6.8, "Serif", lead=3, align="c")
    return Sample(p.bytes(), (doc,))


def fam_grid2x2_header_paid_remaining(rng: random.Random) -> Sample:
    """Header as a 2x2 grid of boxes (Sprzedawca | Nabywca / Dane płatności | Daty), catalogue price, 'Rabat %' and
    'Wartość netto po rabacie', 'Zapłacono' and 'Pozostało do zapłaty' under the total."""
    doc = build(rng, n=(2, 5))
    items = []
    for it in doc.items:
        disc = Decimal(rng.choice((0, 3, 5, 5, 8, 10, 12, 15)))
        net = q2((it.unit_price or Decimal(0)) * it.qty * (100 - disc) / 100)
        r = Decimal(it.vat_rate) if (it.vat_rate or "").isdigit() else Decimal(0)
        vat = q2(net * r / 100)
        items.append((replace(it, net=net, vat=vat, gross=net + vat), disc))
    no = f"{rng.randint(1, 480)}/{doc.issue_date.month:02d}/{doc.issue_date.year}"
    doc = replace(doc, number=no, items=tuple(i for i, _ in items))
    s, b = doc.seller, doc.buyer
    ms = rng.choice(("space", "comma"))
    p = Pdf()
    p.text(15, 18, f"Faktura nr {no}", 15, "Sans-Bold")
    p.text(195, 18, "ORYGINAŁ", 8, "Sans", "r")
    boxes = (
        (15, 24, "Sprzedawca", [*glue_wrap(s.name, "Sans-Bold", 8.6, 84)], [s.street, s.city, f"NIP: {s.nip}"]),
        (105, 24, "Nabywca", [*glue_wrap(b.name, "Sans-Bold", 8.6, 84)], [*b.extra, b.street, b.city, f"NIP: {b.nip}"]),
    )
    for x0, y0, cap, bold, plain in boxes:
        p.rect(x0, y0, 90, 34, 0.5)
        p.rect(x0, y0, 90, 5, 0, fill=0.2)
        p.c.setFillGray(1)
        p.text(x0 + 2, y0 + 3.6, cap.upper(), 7.5, "Sans-Bold")
        p.c.setFillGray(0)
        yy = p.lines(x0 + 2, y0 + 9.5, bold, 8.6, "Sans-Bold", lead=3.9)
        p.lines(x0 + 2, yy, plain, 8.3, "Sans", lead=3.8)
    paid = Decimal(0) if rng.random() < 0.5 else Decimal(rng.choice((500, 1000, 2000)))
    net, vat, gross = doc.totals()
    paid = min(paid, q2(gross / 2))
    pays = [
        ("Sposób zapłaty", "przelew" if paid == 0 else "przelew / częściowo gotówka"),
        ("Bank", rng.choice(("Bank Pekao S.A.", "ING Bank Śląski S.A.", "Bank Spółdzielczy w Brodnicy"))),
        ("Nr konta", iban(doc.bank)),
        ("Termin płatności", dmy(due(doc))),
    ]
    dates = [
        ("Miejsce wystawienia", doc.place),
        ("Data wystawienia", dmy(doc.issue_date)),
        ("Data sprzedaży", dmy(sale_of(doc))),
        ("Numer zamówienia", f"{rng.randint(1, 90)}/{doc.issue_date.year}"),
    ]
    for x0, cap, pairs in ((15, "Dane płatności", pays), (105, "Daty", dates)):
        p.rect(x0, 58, 90, 25, 0.5)
        p.rect(x0, 58, 90, 5, 0, fill=0.2)
        p.c.setFillGray(1)
        p.text(x0 + 2, 61.6, cap.upper(), 7.5, "Sans-Bold")
        p.c.setFillGray(0)
        yy = 67.5
        for lab, val in pairs:
            p.text(x0 + 2, yy, f"{lab}:", 7.6, "Sans")
            p.text(x0 + 34, yy, val, 7.3 if lab == "Nr konta" else 7.8, "Sans-Bold")
            yy += 4
    cols = [
        ("Lp.", 8, "c"),
        ("Nazwa", 56, "l"),
        ("Ilość", 10, "r"),
        ("J.m.", 9, "c"),
        ("Cena katalogowa netto", 20, "r"),
        ("Rabat %", 11, "c"),
        ("Wartość netto po rabacie", 22, "r"),
        ("VAT %", 10, "c"),
        ("Kwota VAT", 16, "r"),
        ("Wartość brutto", 18, "r"),
    ]
    rows: list[Row] = [
        (
            "row",
            [
                f"{k}",
                it.name,
                qty_fmt(it.qty, ms),
                it.unit,
                money(it.unit_price or 0, ms),
                f"{disc}" if disc else "–",
                money(it.net or 0, ms),
                rate_label(it.vat_rate, "n"),
                money(it.vat or 0, ms),
                money(it.gross or 0, ms),
            ],
        )
        for k, (it, disc) in enumerate(items, 1)
    ]
    y = tab(p, 15, 89, cols, rows, size=7.8, lines="grid", head_fill=0.9) + 5
    scols = [("Stawka VAT", 20, "c"), ("Wartość netto", 24, "r"), ("Kwota VAT", 22, "r"), ("Wartość brutto", 24, "r")]
    srows = [("bold", ["Razem", money(net, ms), money(vat, ms), money(gross, ms)]), *rate_rows(doc, ms)]
    y2 = tab(p, 105, y, scols, srows, size=7.8, lines="grid", head_fill=0.9)
    yy = max(y2, y) + 8
    for lab, val, f, sz in (
        ("Razem do zapłaty:", f"{money(gross, ms)} zł", "Sans-Bold", 10),
        ("Zapłacono:", f"{money(paid, ms)} zł", "Sans", 9),
        ("Pozostało do zapłaty:", f"{money(gross - paid, ms)} zł", "Sans-Bold", 10),
    ):
        p.text(150, yy, lab, sz, f, "r")
        p.text(195, yy, val, sz, f, "r")
        yy += 5.5
    p.text(15, yy + 3, f"Słownie: {words_pln(gross - paid)}", 8)
    yy += 30
    for x0, cap in ((15, "Odebrał(a)"), (120, "Wystawił(a)")):
        p.hline(x0, x0 + 75, yy, 0.3)
        p.text(x0 + 37.5, yy + 3.5, cap, 7, "Sans", "c")
    return Sample(p.bytes(), (doc,))
