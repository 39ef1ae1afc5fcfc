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
    make_like,
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
    col_fonts: dict[int, str] | None = None,
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
            fonts = [(col_fonts or {}).get(i, f) for i in range(len(cols))]
            cl = [
                glue_wrap(v, fc, size, w - 2 * pad) if al == "l" else [v]
                for v, (_, w, al), fc in zip(cells, cols, fonts, strict=True)
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
            for (_, w, al), cl_, cx, fc in zip(cols, cl, xs, fonts, strict=True):
                yy = y + pad + size * 0.36
                for ln in cl_:
                    put(cx, w, yy, ln, size, fc, al)
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
        rate = it.vat_rate or "23"
        r = Decimal(rate) if rate.isdigit() else Decimal(0)
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


def fam_one_person_firm_dates_in_words(rng: random.Random) -> Sample:
    """A one-person firm ('Firma Handlowo-Usługowa „…” Jan Nowak'), dates spelled '5 marca 2026 r.', a narrow name
    column that wraps long item names over three or more lines, Nabywca gmina with its office or school as Odbiorca."""
    name, owner = rng.choice(ONE_PERSON)
    pool = tuple(LONG) + tuple(i for i in GOODS if len(CAT[i][0]) > 55)
    doc = build(rng, n=(2, 4), pool=pool, seller=pick_seller(rng, name))
    long_first = [i for i in doc.items if len(i.name) >= 90] or [make_line(rng, CAT[rng.choice(LONG)])]
    items = (*long_first[:1], *[i for i in doc.items if i is not long_first[0] and i.name != long_first[0].name])
    no = f"{rng.randint(1, 60)}/{doc.issue_date.year}"
    rec = office_of(doc.buyer) if doc.buyer.extra and rng.random() < 0.5 else pick_unit(rng, doc.buyer)
    doc = replace(doc, number=no, items=tuple(items), recipient=rec)
    s, b = doc.seller, doc.buyer
    ms = rng.choice(("space", "comma"))
    p = Pdf()
    y = p.lines(16, 18, glue_wrap(s.name, "Serif-Bold", 11, 100), 11, "Serif-Bold", lead=4.8)
    y = p.lines(
        16,
        y + 0.5,
        [
            f"{s.street}, {s.city}",
            f"NIP: {s.nip}",
            f"tel. kom. {rng.randint(500, 799)}-{rng.randint(100, 999)}-{rng.randint(100, 999)}",
        ],
        8.5,
        "Serif",
        lead=3.9,
    )
    label_x = 128
    for k, (lab, d) in enumerate(
        (("Data wystawienia:", doc.issue_date), ("Data sprzedaży:", sale_of(doc)), ("Termin zapłaty:", due(doc)))
    ):
        p.text(label_x, 19 + k * 5, lab, 8.5, "Serif")
        p.text(194, 19 + k * 5, words_date(d), 8.5, "Serif-Bold", "r")
    p.text(label_x, 36, f"Miejsce wystawienia: {doc.place}", 8.5, "Serif")
    y = max(y, 40) + 8
    p.text(p.w / 2, y, "FAKTURA", 16, "Serif-Bold", "c")
    p.text(p.w / 2, y + 6.5, f"Nr {no}", 11, "Serif", "c")
    y += 16
    p.hline(16, 194, y - 4, 0.4)
    for x0, cap, lines_ in (
        (16, "Nabywca", [b.name, *b.extra, b.street, b.city, f"NIP: {nip_3322(b.nip)}"]),
        (108, "Odbiorca", [*glue_wrap(rec.name, "Serif", 9, 84), rec.street, rec.city]),
    ):
        p.text(x0, y, cap + ":", 8, "Serif")
        p.lines(x0, y + 5, lines_, 9, "Serif", lead=4.1)
    y += 33
    cols = [
        ("Lp.", 9, "c"),
        ("Nazwa towaru lub usługi", 48, "l"),
        ("J.m.", 11, "c"),
        ("Ilość", 11, "r"),
        ("Cena jedn. netto", 20, "r"),
        ("Wartość netto", 22, "r"),
        ("Stawka", 13, "c"),
        ("Kwota VAT", 20, "r"),
        ("Wartość brutto", 24, "r"),
    ]
    rows: list[Row] = [
        (
            "row",
            [
                f"{k}.",
                it.name,
                it.unit,
                qty_fmt(it.qty, ms),
                money(it.unit_price or 0, ms),
                money(it.net or 0, ms),
                rate_label(it.vat_rate),
                money(it.vat or 0, ms),
                money(it.gross or 0, ms),
            ],
        )
        for k, it in enumerate(doc.items, 1)
    ]
    y = tab(p, 16, y, cols, rows, size=8, font="Serif", bfont="Serif-Bold", lines="grid") + 5
    net, vat, gross = doc.totals()
    for r, n_, v_, g_ in doc.rate_summary():
        p.text(120, y, f"w tym {rate_label(r)}", 8, "Serif", "r")
        for x1, v in ((145, n_), (172, v_), (194, g_)):
            p.text(x1, y, money(v, ms), 8, "Serif", "r")
        y += 4.2
    p.hline(100, 194, y - 2.6, 0.3)
    p.text(120, y + 0.6, "RAZEM", 8.5, "Serif-Bold", "r")
    for x1, v in ((145, net), (172, vat), (194, gross)):
        p.text(x1, y + 0.6, money(v, ms), 8.5, "Serif-Bold", "r")
    y += 12
    p.text(16, y, f"Do zapłaty: {money(gross, ms)} zł", 11.5, "Serif-Bold")
    p.text(16, y + 5.5, f"Słownie złotych: {words_pln(gross)}", 8.5, "Serif")
    p.text(16, y + 11, f"Zapłata przelewem na konto: {iban(doc.bank)}", 8.5, "Serif")
    y += 38
    p.text(150, y - 3, owner, 9, "Serif", "c")
    p.hline(120, 180, y, 0.3)
    p.text(150, y + 3.5, "podpis wystawcy", 7, "Serif", "c")
    p.hline(30, 90, y, 0.3)
    p.text(60, y + 3.5, "podpis odbiorcy", 7, "Serif", "c")
    return Sample(p.bytes(), (doc,))


def fam_eur_items_pln_vat_nbp(rng: random.Random) -> Sample:
    """Invoice in EUR (licences and hardware from an EU-facing reseller): EUR table and totals, then a boxed PLN VAT
    summary at the NBP rate ('Kurs średni NBP z dnia … tabela nr 044/A/NBP/2026: 1 EUR = 4,2871 PLN'); 05/03/2026."""
    doc = build(rng, n=(2, 5), pool=GOODS, currency="EUR", eur=True)
    no = f"INV/{doc.issue_date.year}/{rng.randint(100, 2999)}"
    doc = replace(doc, number=no, due_days=14)
    s, b = doc.seller, doc.buyer
    ms = rng.choice(("space", "dot"))
    rate_day = doc.issue_date - timedelta(days=1)
    while rate_day.weekday() >= 5:  # the last NBP table before the issue (art. 31a: the working day before)
        rate_day -= timedelta(days=1)
    fx = Decimal(rng.randint(41800, 43600)) / 10000
    p = Pdf()
    p.rect(0, 0, p.w, 9, 0, fill=0.25)
    p.text(15, 27, "Faktura VAT", 18, "Sans-Bold")
    p.text(15, 34, f"nr {no}", 11, "Mono-Bold")
    for k, (lab, val) in enumerate(
        (
            ("Data wystawienia", dmy(doc.issue_date, "/")),
            ("Data dostawy", dmy(sale_of(doc), "/")),
            ("Termin płatności", dmy(due(doc), "/")),
            ("Waluta faktury", "EUR"),
        )
    ):
        p.text(150, 20 + k * 4.6, lab, 8, "Sans", "r")
        p.text(195, 20 + k * 4.6, val, 8, "Mono-Bold", "r")
    for x0, cap, party in ((15, "Sprzedawca", s), (110, "Nabywca", b)):
        p.text(x0, 47, cap, 8, "Sans-Bold")
        p.hline(x0, x0 + 85, 48.5, 0.6)
        rows_ = [*glue_wrap(party.name, "Sans", 9, 85), *(party.extra), party.street, party.city]
        rows_.append(f"NIP: PL{party.nip}" if party is s else f"NIP: {party.nip}")
        p.lines(x0, 53, rows_, 9, "Sans", lead=4.1)
    cols = [
        ("#", 7, "c"),
        ("Opis", 67, "l"),
        ("Ilość", 12, "r"),
        ("Cena netto\nEUR", 20, "r"),
        ("Wartość netto\nEUR", 22, "r"),
        ("VAT", 10, "c"),
        ("VAT\nEUR", 20, "r"),
        ("Brutto\nEUR", 22, "r"),
    ]
    rows: list[Row] = [
        (
            "row",
            [
                str(k),
                it.name,
                f"{qty_fmt(it.qty)} {it.unit}",
                money(it.unit_price or 0, ms),
                money(it.net or 0, ms),
                rate_label(it.vat_rate),
                money(it.vat or 0, ms),
                money(it.gross or 0, ms),
            ],
        )
        for k, it in enumerate(doc.items, 1)
    ]
    y = tab(p, 15, 82, cols, rows, size=8, font="Sans", bfont="Sans-Bold", lines="rules", head_fill=0.93) + 6
    net, vat, gross = doc.totals()
    for lab, v, f in (
        ("Suma netto:", net, "Sans"),
        ("VAT:", vat, "Sans"),
        ("Suma brutto:", gross, "Sans-Bold"),
    ):
        p.text(160, y, lab, 9, f, "r")
        p.text(195, y, f"{money(v, ms)} EUR", 9, f, "r")
        y += 5
    y += 2
    p.rect(110, y, 85, 6.5, 0.8, fill=0.9)
    p.text(112, y + 4.6, "DO ZAPŁATY", 9, "Sans-Bold")
    p.text(193, y + 4.6, f"{money(gross, ms)} EUR", 10, "Sans-Bold", "r")
    y0 = y - 17
    p.rect(15, y0, 88, 24 + 5 * len(doc.rate_summary()), 0.4)
    p.text(17, y0 + 4.5, "Kwoty podatku w PLN (art. 106e ust. 11 ustawy o VAT)", 7, "Sans-Bold")
    p.lines(
        17,
        y0 + 9,
        [
            f"Kurs średni NBP z dnia {dmy(rate_day)},",
            f"tabela nr {rng.randint(10, 240):03d}/A/NBP/{rate_day.year}: 1 EUR = {str(fx).replace('.', ',')} PLN",
        ],
        7.5,
        "Sans",
        lead=3.6,
    )
    pln = [
        ("row", [rate_label(r), money(q2(n_ * fx), ms), money(q2(v_ * fx), ms)]) for r, n_, v_, _g in doc.rate_summary()
    ]
    pln_rows: list[Row] = [*pln]
    tab(
        p,
        17,
        y0 + 17,
        [("Stawka", 16, "c"), ("Netto PLN", 34, "r"), ("VAT PLN", 34, "r")],
        pln_rows,
        size=7.5,
        lines="grid",
    )
    y = max(y + 14, y0 + 30 + 5 * len(doc.rate_summary()))
    p.text(15, y, f"Słownie: {words_pln(gross, 'EUR')}", 8)
    p.text(15, y + 6, "Płatność przelewem na rachunek walutowy (EUR):", 8)
    p.text(
        15,
        y + 10.5,
        f"IBAN {iban(doc.bank, pl=True).replace('PL ', 'PL')}   "
        f"BIC: {rng.choice(('BPKOPLPW', 'INGBPLPW', 'PKOPPLPW'))}",
        8.5,
        "Mono",
    )
    p.text(
        15,
        y + 17,
        "Faktura wystawiona w walucie obcej; VAT przeliczono na złote według kursu jak wyżej.",
        7,
        "Sans-Italic",
    )
    return Sample(p.bytes(), (doc,))


# scope lines of a service acceptance: name, unit, (low, high) quantity
SCOPE = (
    (
        "Wdrożenie systemu kopii zapasowych w modelu 3-2-1 (serwer kopii, repozytorium, kopia poza siedzibą)",
        "usł.",
        (1, 1),
    ),
    ("Szkolenie administratorów z obsługi i odtwarzania kopii zapasowych", "os.", (2, 4)),
    ("Szkolenie pracowników urzędu z zasad cyberbezpieczeństwa (e-mail, hasła, phishing)", "os.", (18, 64)),
    ("Konfiguracja uwierzytelniania dwuskładnikowego dla kont pracowników", "kont", (20, 80)),
    ("Opracowanie procedury zgłaszania i obsługi incydentów bezpieczeństwa", "kpl.", (1, 1)),
    ("Test odtworzenia danych z kopii zapasowej wraz z raportem", "usł.", (1, 2)),
    ("Dokumentacja powykonawcza i instrukcje stanowiskowe", "kpl.", (1, 1)),
    ("Wdrożenie systemu EDR na stacjach roboczych i serwerach", "stan.", (15, 70)),
    ("Instruktaż stanowiskowy dla sekretariatu i kadr", "godz.", (4, 12)),
)
INSPECTORS = ("Agnieszka Pawlak", "Robert Sadowski", "Monika Jabłońska", "Łukasz Wróbel", "Halina Czarnecka")


def fam_final_service_acceptance_protocol(rng: random.Random) -> Sample:
    """Protokół odbioru końcowego of a service (wdrożenie, szkolenie): contract number and date, a scope table with
    execution dates and a status, a numbered 'Stwierdzenia / Uwagi' list, dates '5.03.2026 r.', NIP '123 456 78 90'."""
    base = build(rng, n=(1, 1), kind="protocol", currency=None)
    scope = rng.sample(SCOPE, rng.randint(3, 5))
    items = tuple(Item(nm, Decimal(rng.randint(*rg)), u, None, None, None, None, None) for nm, u, rg in scope)
    no = f"{rng.randint(1, 30)}/OK/{base.issue_date.year}"
    contract = f"ZP.272.{rng.randint(2, 40)}.{base.issue_date.year}"
    signed = base.issue_date - timedelta(days=rng.randint(40, 120))
    doc = replace(base, number=no, items=items, sale_date=None, references=f"Umowa nr {contract}")
    s, b = doc.seller, doc.buyer
    iss = doc.issue_date

    def d_(d: date) -> str:
        return f"{d.day}.{d.month:02d}.{d.year} r."

    p = Pdf()
    p.text(p.w / 2, 20, "PROTOKÓŁ ODBIORU KOŃCOWEGO", 14, "Sans-Bold", "c")
    p.text(p.w / 2, 26.5, f"Nr {no}", 10.5, "Sans-Bold", "c")
    p.text(
        p.w / 2,
        32.5,
        f"do umowy nr {contract} z dnia {d_(signed)} – projekt „Cyberbezpieczny Samorząd”",
        8.8,
        "Sans",
        "c",
    )
    p.text(15, 42, f"sporządzony w dniu {d_(iss)} w siedzibie Zamawiającego ({town(b)})", 9)
    y = 50.0
    for cap, party, nip in (
        ("ZAMAWIAJĄCY", b, nip_spaced(b.nip)),
        ("WYKONAWCA", s, nip_spaced(s.nip)),
    ):
        p.text(15, y, cap, 8.5, "Sans-Bold")
        yy = p.lines(48, y, glue_wrap(party.name, "Sans-Bold", 9, 145), 9, "Sans-Bold", lead=4.2)
        yy = p.lines(48, yy, [f"{party.street}, {party.city}", f"NIP {nip}"], 9, "Sans", lead=4.2)
        y = yy + 3
    insp = rng.sample(INSPECTORS, 2)
    y = p.lines(
        15,
        y + 1,
        [
            "Przy udziale:",
            f"– {insp[0]} – kierownik projektu ze strony Zamawiającego,",
            f"– {insp[1]} – kierownik wdrożenia ze strony Wykonawcy.",
        ],
        9,
        lead=4.3,
    )
    y = p.lines(
        15,
        y + 3,
        wrap(
            "Strony potwierdzają wykonanie przedmiotu umowy w zakresie określonym w poniższym zestawieniu:",
            "Sans",
            9,
            180,
        ),
        9,
        lead=4.3,
    )
    cols = [
        ("Lp.", 9, "c"),
        ("Zakres prac / etap", 80, "l"),
        ("Ilość", 13, "r"),
        ("J.m.", 12, "c"),
        ("Data wykonania", 26, "c"),
        ("Ocena", 40, "l"),
    ]
    rows: list[Row] = []
    day = signed
    for k, it in enumerate(doc.items, 1):
        day = min(day + timedelta(days=rng.randint(5, 25)), iss)
        rows.append(("row", [f"{k}.", it.name, qty_fmt(it.qty), it.unit, d_(day), "wykonano bez zastrzeżeń"]))
    y = tab(p, 15, y + 2, cols, rows, size=8.3, lines="grid", head_fill=0.88, pad=1.5) + 7
    p.text(15, y, "Stwierdzenia / Uwagi:", 9.5, "Sans-Bold")
    notes = [
        f"Prace wykonano w terminie określonym w § 3 umowy nr {contract}.",
        "Wykonawca przekazał dokumentację powykonawczą w wersji papierowej i elektronicznej (PDF).",
        f"Szkolenia przeprowadzono zgodnie z harmonogramem; listy obecności stanowią załącznik nr 1 "
        f"({rng.randint(2, 6)} str.).",
        "Zamawiający nie wnosi zastrzeżeń do jakości wykonanych prac.",
        "Protokół stanowi podstawę do wystawienia faktury końcowej.",
    ]
    y += 5
    for k, note in enumerate(notes, 1):
        wl = wrap(note, "Sans", 8.8, 172)
        p.text(17, y, f"{k}.", 8.8)
        y = p.lines(23, y, wl, 8.8, lead=4.2) + 0.8
    p.text(15, y + 4, "Protokół sporządzono w dwóch jednobrzmiących egzemplarzach, po jednym dla każdej ze Stron.", 8.5)
    y += 32
    for x0, cap in ((20, "ZAMAWIAJĄCY"), (120, "WYKONAWCA")):
        p.c.saveState()
        p.c.setDash(1, 1.5)
        p.hline(x0, x0 + 70, y, 0.4)
        p.c.restoreState()
        p.text(x0 + 35, y + 4, cap, 8, "Sans-Bold", "c")
        p.text(x0 + 35, y + 7.5, "(podpis i pieczęć)", 6.8, "Sans", "c")
    return Sample(p.bytes(), (doc,))


# producer, product (the item name), SKU, unit
LICENCES = (
    ("Microsoft", "Windows Server 2022 Standard – 16 Core", "9EM-00652", "lic."),
    ("Microsoft", "Windows Server 2022 User CAL", "R18-06430", "lic."),
    ("Microsoft", "Office LTSC Standard 2021", "DG7GMGF0D7FX", "lic."),
    ("ESET", "ESET PROTECT Complete On-Prem", "EPCOP-N1-36", "lic."),
    ("Acronis", "Cyber Protect Standard Server", "SV1BLILOS21", "lic."),
    ("Veeam", "Backup & Replication Universal License", "V-VBRVUL-0I-SU1YP-00", "lic."),
    ("Fortinet", "FortiClient EMS ZTNA/VPN Agent", "FC1-10-EMS05-429-01-12", "lic."),
    ("Bitdefender", "GravityZone Business Security Enterprise", "BD-GZ-BSE-36", "lic."),
    ("Kaspersky", "Endpoint Security for Business Advanced", "KL4867XAMTS", "lic."),
)


def fam_licence_keys_protocol_landscape(rng: random.Random) -> Sample:
    """Landscape 'Protokół odbioru oprogramowania i licencji': producer, product, SKU, count, subscription period,
    full licence keys in monospace, delivery medium; Dostawca / Odbiorca in one header row; ISO dates."""
    buyer = pick_buyer(rng, powiat=0.35)
    base = build(rng, n=(1, 1), kind="protocol", currency=None, buyer=buyer)
    chosen = rng.sample(LICENCES, rng.randint(2, 5))
    items = tuple(
        Item(prod, Decimal(rng.choice((1, 2, 5, 10, 20, 25, 40, 60))), u, None, None, None, None, None)
        for _pr, prod, _sku, u in chosen
    )
    no = f"{rng.randint(1, 40)}/LIC/{base.issue_date.year}/ZP"
    user = office_of(buyer)
    doc = replace(base, number=no, items=items, sale_date=None, recipient=user)
    s, b = doc.seller, doc.buyer
    p = Pdf(land=True)
    p.text(14, 17, "PROTOKÓŁ ODBIORU OPROGRAMOWANIA I LICENCJI", 14, "Sans-Bold")
    p.text(283, 17, f"Nr: {no}", 11, "Mono-Bold", "r")
    p.text(283, 22.5, f"Data odbioru: {ymd(doc.issue_date)}", 9, "Sans", "r")
    p.hline(14, 283, 25, 1)
    blocks = (
        ("Dostawca", [s.name, f"{s.street}, {s.city}", f"NIP {nip_3322(s.nip)}"]),
        ("Odbiorca (Zamawiający)", [b.name, f"{b.street}, {b.city}", f"NIP {nip_3322(b.nip)}"]),
        ("Użytkownik licencji", [user.name, f"{user.street}, {user.city}"]),
    )
    for k, (cap, lines_) in enumerate(blocks):
        x0 = 14 + k * 90
        p.text(x0, 31, cap, 7.5, "Sans-Bold")
        p.lines(x0, 35.5, [ln for t in lines_ for ln in glue_wrap(t, "Sans", 8.5, 86)], 8.5, lead=3.9)
    contract = f"{rng.randint(1, 50)}/{doc.issue_date.year}"
    p.text(
        14,
        53,
        f"Przedmiot odbioru: licencje oprogramowania dostarczone na podstawie umowy nr {contract} "
        f"(zamówienie {rng.choice(('e-mail', 'platforma zakupowa', 'pismo'))} z dnia "
        f"{ymd(doc.issue_date - timedelta(days=rng.randint(7, 30)))}).",
        8.5,
    )
    cols = [
        ("Lp.", 8, "c"),
        ("Producent", 22, "l"),
        ("Nazwa produktu", 62, "l"),
        ("Kod produktu (SKU)", 38, "l"),
        ("Liczba licencji", 18, "r"),
        ("Okres subskrypcji", 40, "c"),
        ("Klucz / nr umowy licencyjnej", 56, "l"),
        ("Nośnik", 25, "l"),
    ]
    start = doc.issue_date
    rows: list[Row] = []
    for k, ((pr, prod, sku, _u), it) in enumerate(zip(chosen, items, strict=True), 1):
        months = rng.choice((12, 24, 36, 0))
        period = (
            "bezterminowa" if months == 0 else f"{ymd(start)} – {ymd(start + timedelta(days=months * 365 // 12 - 1))}"
        )
        key = "-".join("".join(rng.choice("BCDFGHJKMNPQRTVWXY2346789") for _ in range(5)) for _ in range(5))
        rows.append(
            (
                "row",
                [
                    f"{k}",
                    pr,
                    prod,
                    sku,
                    qty_fmt(it.qty),
                    period,
                    key,
                    rng.choice(("ESD (e-mail)", "portal producenta")),
                ],
            )
        )
    mono = {3: "Mono", 6: "Mono"}
    y = tab(p, 14, 58, cols, rows, size=7.8, lines="grid", head_fill=0.85, pad=1.4, col_fonts=mono) + 7
    y = p.lines(
        14,
        y,
        [
            "Odbiorca potwierdza otrzymanie kluczy licencyjnych i dostęp do konta licencyjnego w portalu producenta.",
            "Licencje zarejestrowano na Zamawiającego; aktywacja przeprowadzona w obecności przedstawiciela Dostawcy.",
            "Uwagi: brak.",
        ],
        8.5,
        lead=4.4,
    )
    y = max(y + 22, 180)
    for x0, cap in ((30, "Przekazał (Dostawca)"), (180, "Odebrał (Odbiorca)")):
        p.hline(x0, x0 + 80, y, 0.3)
        p.text(x0 + 40, y + 3.8, cap, 7.5, "Sans", "c")
    return Sample(p.bytes(), (doc,))


def fam_correction_stacked_rate_summary(rng: random.Random) -> Sample:
    """Faktura korygująca KOR/0007/03/2026: the corrected invoice's number, date and KSeF number, a 'Pozycje przed
    korektą (było)' table above a 'Pozycje po korekcie (jest)' table, a per-rate before/after/difference summary."""
    doc = build(rng, n=(1, 3), pool=GOODS, kind="correction")
    before, after = [], []
    for it in doc.items:
        before.append(replace(it, before_correction=True))
        if it.qty > 1 and rng.random() < 0.5:
            after.append(
                make_like(it, it.qty - Decimal(rng.randint(1, int(it.qty) - 1)), it.unit_price or Decimal(0), False)
            )
        else:
            cut = q2((it.unit_price or Decimal(0)) * Decimal(rng.choice(("0.92", "0.9", "0.85", "0.8"))))
            after.append(make_like(it, it.qty, cut, False))
    orig_date = doc.issue_date - timedelta(days=rng.randint(8, 45))
    orig_no = f"FV/{orig_date.year}/{orig_date.month:02d}/{rng.randint(1, 400):04d}"
    reason = rng.choice(
        (
            "obniżka ceny – rabat udzielony po dostawie zgodnie z § 6 umowy",
            "zwrot części towaru (protokół zwrotu w załączeniu)",
            "błędnie zastosowana cena jednostkowa",
        )
    )
    no = f"KOR/{rng.randint(1, 99):04d}/{doc.issue_date.month:02d}/{doc.issue_date.year}"
    doc = replace(
        doc,
        number=no,
        items=(*before, *after),
        sale_date=orig_date - timedelta(days=rng.choice((0, 1, 2))),
        corrected_number=orig_no,
        corrected_date=orig_date,
        reason=reason,
    )
    s, b = doc.seller, doc.buyer
    ms = rng.choice(("space", "dot"))
    ksef = (
        f"{s.nip}-{ymd(orig_date, '')}-"
        + "".join(rng.choice("0123456789ABCDEF") for _ in range(12))
        + "-"
        + rng.choice(("7A", "3C", "E1", "90"))
    )
    p = Pdf()
    p.text(15, 20, "FAKTURA KORYGUJĄCA", 16, "Sans-Bold")
    p.text(15, 26, "(korekta in minus)", 8, "Sans")
    p.rect(128, 12, 67, 22, 0.6)
    p.text(131, 17.5, "Numer:", 7.5, "Sans")
    p.text(192, 17.5, no, 10, "Sans-Bold", "r")
    p.text(131, 23, "Data wystawienia:", 7.5, "Sans")
    p.text(192, 23, dmy(doc.issue_date), 8.5, "Sans-Bold", "r")
    p.text(131, 28, "Data sprzedaży:", 7.5, "Sans")
    p.text(192, 28, dmy(sale_of(doc)), 8.5, "Sans", "r")
    p.lines(
        15,
        42,
        [
            f"Dotyczy faktury nr {orig_no} z dnia {dmy(orig_date)}",
            f"Numer KSeF faktury korygowanej: {ksef}",
            f"Przyczyna korekty: {reason}",
        ],
        8.5,
        lead=4.5,
    )
    for x0, cap, party, nip in ((15, "Sprzedawca", s, nip_spaced(s.nip)), (110, "Nabywca", b, nip_spaced(b.nip))):
        p.rect(x0, 58, 85, 5.5, 0, fill=0.88)
        p.text(x0 + 1.5, 62, cap, 8, "Sans-Bold")
        p.lines(
            x0 + 1.5,
            68,
            [*glue_wrap(party.name, "Sans", 8.6, 82), *party.extra, party.street, party.city, f"NIP: {nip}"],
            8.6,
            lead=4,
        )
    cols = [
        ("Lp.", 8, "c"),
        ("Nazwa", 70, "l"),
        ("Ilość", 12, "r"),
        ("J.m.", 10, "c"),
        ("Cena netto", 20, "r"),
        ("Wartość netto", 21, "r"),
        ("VAT", 11, "c"),
        ("Wartość brutto", 27, "r"),
    ]

    def rows_of(items: Sequence[Item]) -> list[Row]:
        return [
            (
                "row",
                [
                    f"{k}",
                    it.name,
                    qty_fmt(it.qty, ms),
                    it.unit,
                    money(it.unit_price or 0, ms),
                    money(it.net or 0, ms),
                    rate_label(it.vat_rate),
                    money(it.gross or 0, ms),
                ],
            )
            for k, it in enumerate(items, 1)
        ]

    y = 96.0
    for cap, items in (("Pozycje przed korektą (było):", before), ("Pozycje po korekcie (jest):", after)):
        p.text(15, y, cap, 9, "Sans-Bold")
        y = tab(p, 15, y + 2, cols, rows_of(items), size=7.9, lines="grid", head_fill=0.94) + 8
    p.text(15, y, "Podsumowanie korekty:", 9, "Sans-Bold")
    scols = [
        ("Stawka", 16, "c"),
        ("Netto przed", 27, "r"),
        ("Netto po", 27, "r"),
        ("Różnica netto", 27, "r"),
        ("Różnica VAT", 27, "r"),
        ("Różnica brutto", 27, "r"),
    ]
    srows: list[Row] = []
    bsum = {r: (n_, v_, g_) for r, n_, v_, g_ in doc.rate_summary(before)}
    for r, n_, v_, g_ in doc.rate_summary(after):
        bn, bv, bg = bsum[r]
        srows.append(
            (
                "row",
                [
                    rate_label(r),
                    money(bn, ms),
                    money(n_, ms),
                    money(n_ - bn, ms),
                    money(v_ - bv, ms),
                    money(g_ - bg, ms),
                ],
            )
        )
    tb, ta = doc.totals(before), doc.totals(after)
    dn, dv, dg = (a - b_ for a, b_ in zip(ta, tb, strict=True))
    srows.append(("bold", ["Razem", money(tb[0], ms), money(ta[0], ms), money(dn, ms), money(dv, ms), money(dg, ms)]))
    y = tab(p, 15, y + 2, scols, srows, size=7.9, lines="grid", head_fill=0.94) + 8
    p.text(15, y, f"Kwota korekty do zwrotu Nabywcy: {money(-dg, ms)} zł", 11, "Sans-Bold")
    p.text(15, y + 5.5, f"Słownie: minus {words_pln(dg)}", 8)
    p.text(
        15,
        y + 11,
        f"Zwrot nastąpi przelewem na rachunek Nabywcy w terminie {doc.due_days} dni od otrzymania korekty.",
        8,
    )
    y += 36
    for x0, cap in ((20, "Podpis Nabywcy"), (125, "Podpis Sprzedawcy")):
        p.hline(x0, x0 + 65, y, 0.3)
        p.text(x0 + 32.5, y + 3.5, cap, 7, "Sans", "c")
    return Sample(p.bytes(), (doc,))


def fam_deliveries_grouped_per_unit(rng: random.Random) -> Sample:
    """A gmina buys for several budget units: the table is split into sections 'Miejsce dostawy: <unit>' with a
    'Razem jednostka' subtotal after each (not an item); condensed 8 pt; may run over two pages; FS-2026-00042."""
    doc = build(rng, n=(1, 1))
    b = doc.buyer
    units = [pick_unit(rng, b, nm) for nm in rng.sample(UNITS, rng.randint(2, 3))]
    groups: list[tuple[Party, list[Item]]] = []
    for u in units:
        idx = rng.sample(GOODS, rng.randint(1, 3))
        groups.append((u, [make_line(rng, CAT[i], qty=rng.choice((1, 1, 2, 3, 4, 5, 8))) for i in idx]))
    items = tuple(it for _u, its in groups for it in its)
    no = f"FS-{doc.issue_date.year}-{rng.randint(1, 9999):05d}"
    doc = replace(doc, number=no, items=items)
    s = doc.seller
    ms = "space"
    p = Pdf()
    p.rect(15, 12, 180, 7, 0, fill=0.3)
    p.c.setFillGray(1)
    p.text(17, 17, s.name, 10, "Cond-Bold")
    p.c.setFillGray(0)
    p.text(193, 17, "", 8)
    p.lines(
        15,
        24,
        [f"{s.street}, {s.city}", f"NIP {nip_3322(s.nip)} · REGON {regon(rng)}", f"Rachunek: {iban(doc.bank)}"],
        8,
        "Cond",
        lead=3.7,
    )
    p.text(195, 27, "FAKTURA VAT", 13, "Cond-Bold", "r")
    p.text(195, 33, f"nr {no}", 10, "Cond-Bold", "r")
    cells = (("Wystawiono", dmy(doc.issue_date)), ("Sprzedaż", dmy(sale_of(doc))), ("Zapłata do", dmy(due(doc))))
    for k, (lab, val) in enumerate(cells):
        x0 = 127 + k * 22.7
        p.rect(x0, 37, 22.7, 9, 0.4)
        p.text(x0 + 1.2, 40, lab, 6.5, "Cond")
        p.text(x0 + 1.2, 44.3, val, 8, "Cond-Bold")
    p.text(15, 42, "Nabywca:", 8, "Cond")
    p.lines(15, 46.5, [b.name, *b.extra, f"{b.street}, {b.city}", f"NIP {nip_3322(b.nip)}"], 9, "Cond-Bold", lead=4)
    p.text(15, 66, "Odbiorcy: jednostki organizacyjne Nabywcy wg zestawienia (miejsca dostawy poniżej).", 8, "Cond")
    cols = [
        ("Lp.", 8, "c"),
        ("Nazwa towaru", 66, "l"),
        ("Ilość", 11, "r"),
        ("J.m.", 9, "c"),
        ("Cena netto", 18, "r"),
        ("Wartość netto", 20, "r"),
        ("VAT", 9, "c"),
        ("Kwota VAT", 18, "r"),
        ("Brutto", 21, "r"),
    ]
    rows: list[Row] = []
    k = 0
    for u, its in groups:
        rows.append(("span", [f"Miejsce dostawy: {u.name}, {u.street}, {u.city}"]))
        for it in its:
            k += 1
            rows.append(
                (
                    "row",
                    [
                        f"{k}",
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
        n_, v_, g_ = doc.totals(its)
        rows.append(("bold", ["", "Razem jednostka", "", "", "", money(n_, ms), "", money(v_, ms), money(g_, ms)]))
    y = tab(p, 15, 70, cols, rows, size=8, font="Cond", bfont="Cond-Bold", lines="grid", head_fill=0.82, bottom=25) + 6
    net, vat, gross = doc.totals()
    need = 62
    if y + need > p.h - 15:
        p.c.showPage()
        p.page_no += 1
        p.text(15, 15, f"Faktura VAT nr {no} – ciąg dalszy", 8, "Cond")
        y = 24.0
    scols = [("Stawka VAT", 18, "c"), ("Netto", 24, "r"), ("VAT", 22, "r"), ("Brutto", 24, "r")]
    srows: list[Row] = [*rate_rows(doc, ms), ("bold", ["Ogółem", money(net, ms), money(vat, ms), money(gross, ms)])]
    y = tab(p, 107, y, scols, srows, size=8, font="Cond", bfont="Cond-Bold", lines="grid", head_fill=0.82) + 7
    p.text(195, y, f"Razem do zapłaty: {money(gross, ms)} zł", 12, "Cond-Bold", "r")
    p.text(195, y + 5, f"słownie: {words_pln(gross)}", 7.5, "Cond", "r")
    p.text(15, y + 12, f"Sposób zapłaty: przelew, termin {doc.due_days} dni.", 8, "Cond")
    y += 34
    for x0, cap in ((15, "wystawił"), (125, "odebrał")):
        p.hline(x0, x0 + 70, y, 0.3)
        p.text(x0 + 35, y + 3.5, cap, 7, "Cond", "c")
    return Sample(p.bytes(), (doc,))


def fam_mono_dotted_leaders(rng: random.Random) -> Sample:
    """Legacy monospace printout: every header field on a dotted leader ('Numer faktury ........: 000042/FA/26'),
    each item as a three-line block (name / ilość and cena / netto, VAT, brutto), yyyy.mm.dd dates, amounts 1234,56."""
    doc = build(rng, n=(2, 4), pool=GOODS + SERVICES)
    no = f"{rng.randint(1, 3000):06d}/FA/{doc.issue_date.year % 100:02d}"
    doc = replace(doc, number=no)
    s, b = doc.seller, doc.buyer
    ms = "comma"
    size = 8.6
    p = Pdf()
    x = 16.0
    cw = width("0", "Mono", size)

    def lead(label: str, value: str, n: int = 26) -> str:
        return f"{label} ".ljust(n, ".") + ": " + value

    def line(yy: float, txt: str, bold: bool = False) -> float:
        p.text(x, yy, txt, size, "Mono-Bold" if bold else "Mono")
        return yy + 4.1

    y = 16.0
    y = line(y, "=" * 86)
    y = line(y, " " * 28 + "F A K T U R A   V A T", True)
    y = line(y, "=" * 86)
    for lab, val in (
        ("Numer faktury", no),
        ("Data wystawienia", ymd(doc.issue_date, ".")),
        ("Data dostawy/wykonania", ymd(sale_of(doc), ".")),
        ("Miejsce wystawienia", doc.place),
        ("Forma płatności", f"przelew {doc.due_days} dni, do {ymd(due(doc), '.')}"),
    ):
        y = line(y, lead(lab, val))
    y = line(y, "-" * 86)
    left = ["SPRZEDAWCA:", s.name, s.street, s.city, f"NIP: {s.nip}"]
    right = ["NABYWCA:", b.name, *b.extra, b.street, b.city, f"NIP: {b.nip}"]
    if max(len(s.name), len(b.name)) <= 42:  # the two parties side by side, as the program prints them...
        for k in range(max(len(left), len(right))):
            lt = left[k] if k < len(left) else ""
            rt = right[k] if k < len(right) else ""
            p.text(x, y, lt, size, "Mono-Bold" if k == 0 else "Mono")
            p.text(x + 44 * cw, y, rt, size, "Mono-Bold" if k == 0 else "Mono")
            y += 4.1
    else:  # ...or one under the other when a name would not fit its half of the line
        for block in (left, right):
            for k, t in enumerate(block):
                y = line(y, t if k == 0 else "  " + t, k == 0)
            y += 1.5
    y = line(y, "-" * 86)
    y = line(y, "POZYCJE FAKTURY", True)
    y = line(y, "-" * 86)
    for k, it in enumerate(doc.items, 1):
        name_lines = glue_wrap(it.name, "Mono", size, 80 * cw)
        y = line(y, f"{k:>3}. {name_lines[0]}")
        for nl in name_lines[1:]:
            y = line(y, f"     {nl}")
        y = line(
            y,
            f"     ilość: {qty_fmt(it.qty, ms)} {it.unit}".ljust(34)
            + f"cena jedn. netto: {money(it.unit_price or 0, ms):>12}",
        )
        y = line(
            y,
            f"     netto: {money(it.net or 0, ms):>12}".ljust(34)
            + f"VAT {rate_label(it.vat_rate):>3}: {money(it.vat or 0, ms):>10}"
            + f"   brutto: {money(it.gross or 0, ms):>12}",
        )
        y += 1.2
    y = line(y, "-" * 86)
    y = line(y, "ZESTAWIENIE WG STAWEK VAT:", True)
    y = line(y, "  stawka        netto            VAT         brutto")
    for r, n_, v_, g_ in doc.rate_summary():
        y = line(y, f"  {rate_label(r):>6} {money(n_, ms):>12} {money(v_, ms):>14} {money(g_, ms):>14}")
    net, vat, gross = doc.totals()
    y = line(y, f"  {'RAZEM':>6} {money(net, ms):>12} {money(vat, ms):>14} {money(gross, ms):>14}", True)
    y = line(y, "=" * 86)
    y = line(y, lead("DO ZAPŁATY", f"{money(gross, ms)} PLN"), True)
    sw = glue_wrap(words_pln(gross), "Mono", size, 58 * cw)
    y = line(y, lead("Słownie", sw[0]))
    for cont in sw[1:]:
        y = line(y, " " * 28 + cont)
    y = line(y, lead("Rachunek bankowy", iban(doc.bank)))
    y = line(y, "=" * 86)
    y += 20
    p.text(x, y, "....................................", size, "Mono")
    p.text(x + 50 * cw, y, "....................................", size, "Mono")
    p.text(x, y + 4, " osoba upoważniona do odbioru", 7.5, "Mono")
    p.text(x + 50 * cw, y + 4, " osoba upoważniona do wystawienia", 7.5, "Mono")
    return Sample(p.bytes(), (doc,))


BOOKS = (
    ("Książka „Cyberbezpieczeństwo w administracji publicznej” – wyd. 2025", (69, 119)),
    ("Książka „RODO w jednostce samorządu terytorialnego. Komentarz praktyczny”", (89, 149)),
    ("Książka „Bezpieczeństwo sieci komputerowych dla administratorów”", (79, 129)),
)
ACCESSORIES = (
    ("Mysz bezprzewodowa Logitech M705 Marathon", "szt.", (119, 169)),
    ("Klawiatura Logitech K280e USB", "szt.", (69, 99)),
    ("Słuchawki Jabra Evolve2 30 SE USB-A MS Stereo", "szt.", (249, 329)),
    ("Kamera internetowa Logitech C920 HD Pro", "szt.", (249, 319)),
    ("Stacja dokująca Dell WD19S 180W", "szt.", (749, 899)),
    ("Listwa zasilająca APC SurgeArrest 5 gniazd 2 m", "szt.", (89, 129)),
    ("Pendrive Kingston IronKey Keypad 200 16 GB szyfrowany", "szt.", (399, 529)),
    ('Torba na notebook Targus Classic 15,6"', "szt.", (99, 149)),
    ('Filtr prywatyzujący 3M na monitor 24"', "szt.", (219, 299)),
    ("Kabel HDMI 2.0 Unitek 3 m", "szt.", (29, 49)),
    ("Adapter USB-C na RJ45 Gigabit Ethernet", "szt.", (59, 89)),
    ("Niszczarka Fellowes 79Ci P-4", "szt.", (899, 1190)),
    ("Czytnik linii papilarnych USB dla stanowisk kadrowych", "szt.", (189, 259)),
    ("Karta sieciowa Intel X710-DA2 10GbE SFP+", "szt.", (1490, 1890)),
)


def fam_two_pages_gross_page_sums(rng: random.Random) -> Sample:
    """Two pages, gross-priced ('Cena brutto'), 23% and 5% (books for the school library), 7.5 pt body, the
    header box repeated on page 2 ('Faktura … – str. 2/2'), a 'Suma strony' line at the foot of page 1 (not an item)."""
    doc = build(rng, n=(1, 1))
    lines_: list[Item] = []
    for nm, u, (lo, hi) in rng.sample(ACCESSORIES, rng.randint(13, 15)):
        lines_.append(
            make_line(
                rng,
                (nm, u, (lo, hi), "23", "", "", ""),
                gross_based=True,
                qty=rng.choice((2, 3, 4, 5, 6, 8, 10, 12, 15)),
            )
        )
    for nm, (lo, hi) in rng.sample(BOOKS, rng.randint(1, 2)):
        lines_.append(
            make_line(rng, (nm, "egz.", (lo, hi), "5", "", "", ""), gross_based=True, qty=rng.choice((1, 2, 3, 5)))
        )
    big = make_line(rng, CAT[rng.choice(HARDWARE)], gross_based=True, qty=rng.choice((2, 3, 5)))
    rng.shuffle(lines_)
    items = (big, *lines_)
    no = f"{rng.randint(1, 999)}/{doc.issue_date.month:02d}/{doc.issue_date.year}/SP"
    rec = pick_unit(
        rng, doc.buyer, rng.choice(("Szkoła Podstawowa im. Tadeusza Kościuszki", "Zespół Szkolno-Przedszkolny"))
    )
    doc = replace(doc, number=no, items=items, gross_based=True, recipient=rec)
    s, b = doc.seller, doc.buyer
    ms = "space"
    p = Pdf()

    def head_box(page: int) -> None:
        p.rect(130, 10, 65, 17, 0.5)
        p.text(132, 15, "Faktura VAT", 9, "Sans-Bold")
        p.text(193, 15, f"str. {page}/2", 7, "Sans", "r")
        p.text(132, 21, f"nr {no}", 10, "Sans-Bold")
        p.text(132, 25, f"z dnia {dmy(doc.issue_date)}", 7.5, "Sans")

    head_box(1)
    p.text(15, 14, s.name, 11, "Sans-Bold")
    p.lines(15, 19, [f"{s.street}, {s.city}", f"NIP {s.nip}", f"konto: {iban(doc.bank)}"], 7.5, "Sans", lead=3.5)
    p.text(15, 36, f"Data sprzedaży: {dmy(sale_of(doc))}", 7.5, "Sans")
    p.text(75, 36, f"Termin płatności: {dmy(due(doc))} (przelew)", 7.5, "Sans")
    for x0, cap, party, with_nip in ((15, "Nabywca", b, True), (110, "Odbiorca", rec, False)):
        p.text(x0, 44, cap, 7.5, "Sans-Bold")
        rows_ = [party.name, *party.extra, party.street, party.city] + (
            [f"NIP {nip_3322(party.nip)}"] if with_nip else []
        )
        p.lines(x0, 48.5, rows_, 8, "Sans", lead=3.7)
    cols = [
        ("Lp", 7, "c"),
        ("Nazwa", 79, "l"),
        ("Ilość", 11, "r"),
        ("J.m.", 9, "c"),
        ("Cena brutto", 18, "r"),
        ("VAT", 9, "c"),
        ("Wartość netto", 22, "r"),
        ("Wartość brutto", 25, "r"),
    ]

    def row(k: int, it: Item) -> Row:
        return (
            "row",
            [
                str(k),
                it.name,
                qty_fmt(it.qty),
                it.unit,
                money(it.unit_price or 0, ms),
                rate_label(it.vat_rate),
                money(it.net or 0, ms),
                money(it.gross or 0, ms),
            ],
        )

    cut = rng.randint(10, 12)
    first, second = items[:cut], items[cut:]
    kw = dict(size=7.5, font="Sans", bfont="Sans-Bold", lines="rules", head_fill=0.9)
    y = tab(p, 15, 70, cols, [row(k, it) for k, it in enumerate(first, 1)], **kw) + 3  # type: ignore[arg-type]
    p.text(150, y + 1, "Suma strony:", 7.5, "Sans-Bold", "r")
    p.text(172, y + 1, money(sum((i.net or Decimal(0) for i in first), Decimal(0)), ms), 7.5, "Sans-Bold", "r")
    p.text(195, y + 1, money(sum((i.gross or Decimal(0) for i in first), Decimal(0)), ms), 7.5, "Sans-Bold", "r")
    p.text(p.w / 2, 288, "ciąg dalszy na stronie 2", 7, "Sans", "c")
    p.c.showPage()
    p.page_no += 1
    head_box(2)
    p.text(15, 14, s.name, 9, "Sans-Bold")
    y = tab(p, 15, 32, cols, [row(k, it) for k, it in enumerate(second, cut + 1)], **kw) + 6  # type: ignore[arg-type]
    net, vat, gross = doc.totals()
    scols = [("Stawka", 16, "c"), ("Netto", 24, "r"), ("VAT", 22, "r"), ("Brutto", 24, "r")]
    srows: list[Row] = [*rate_rows(doc, ms), ("bold", ["Razem", money(net, ms), money(vat, ms), money(gross, ms)])]
    y = tab(p, 109, y, scols, srows, size=7.5, font="Sans", bfont="Sans-Bold", lines="rules") + 7
    p.text(195, y, f"Do zapłaty: {money(gross, ms)} zł", 11, "Sans-Bold", "r")
    p.text(195, y + 5, f"Słownie: {words_pln(gross)}", 7.5, "Sans", "r")
    p.text(
        15,
        y + 14,
        "Ceny zawierają podatek VAT. Faktura wystawiona na podstawie zamówienia z platformy zakupowej.",
        7.5,
        "Sans",
    )
    p.text(p.w / 2, 288, "strona 2 z 2", 7, "Sans", "c")
    return Sample(p.bytes(), (doc,))


def fam_vertical_margin_register(rng: random.Random) -> Sample:
    """Company register data printed vertically along the left margin, a right-hand column of labelled dates, the
    buyer as 'Zamawiający / Nabywca' and 'Płatnik' (the office) separately, VAT per line, amounts 1 234.56."""
    doc = build(rng, n=(2, 5))
    no = f"F {rng.randint(1, 700)}/{doc.issue_date.year % 100:02d}"
    payer = office_of(doc.buyer)
    doc = replace(doc, number=no, payer=replace(payer, nip=""))
    s, b = doc.seller, doc.buyer
    ms = "spacedot"
    p = Pdf()
    c = p.c
    c.saveState()
    c.translate(9 * MM, 30 * MM)
    c.rotate(90)
    c.setFont("Sans", 6.5)
    c.setFillGray(0.35)
    c.drawString(
        0,
        0,
        f"{s.name} · {s.street}, {s.city} · Sąd Rejonowy, Wydział KRS 0000{rng.randint(100000, 999999)} · "
        f"REGON {regon(rng)} · BDO 000{rng.randint(10000, 99999)}",
    )
    c.restoreState()
    p.text(22, 20, s.name, 12, "Sans-Bold")
    p.lines(22, 25.5, [s.street, s.city, f"NIP {s.nip}"], 8.5, lead=4)
    p.text(22, 48, "FAKTURA", 20, "Sans-Bold")
    p.text(22, 55, f"numer: {no}", 11)
    col = [
        ("data wystawienia", dmy(doc.issue_date, "-")),
        ("data sprzedaży", dmy(sale_of(doc), "-")),
        ("termin płatności", dmy(due(doc), "-")),
        ("sposób płatności", "przelew"),
    ]
    yy = 20.0
    for lab, val in col:
        p.text(150, yy, lab, 7, "Sans")
        p.text(150, yy + 4, val, 9.5, "Sans-Bold")
        yy += 10
    p.text(22, 66, "Zamawiający / Nabywca", 7.5, "Sans-Bold")
    p.lines(22, 70.5, [b.name, *b.extra, f"{b.street}, {b.city}", f"NIP {nip_3322(b.nip)}"], 9, lead=4.1)
    p.text(110, 66, "Płatnik", 7.5, "Sans-Bold")
    p.lines(110, 70.5, [payer.name, f"{payer.street}, {payer.city}"], 9, lead=4.1)
    cols = [
        ("lp", 7, "c"),
        ("nazwa", 63, "l"),
        ("ilość", 10, "r"),
        ("jm", 9, "c"),
        ("cena netto", 18, "r"),
        ("netto", 20, "r"),
        ("vat", 9, "c"),
        ("kwota vat", 17, "r"),
        ("brutto", 20, "r"),
    ]
    rows: list[Row] = [
        (
            "row",
            [
                str(k),
                it.name,
                qty_fmt(it.qty, ms),
                it.unit,
                money(it.unit_price or 0, ms),
                money(it.net or 0, ms),
                rate_label(it.vat_rate),
                money(it.vat or 0, ms),
                money(it.gross or 0, ms),
            ],
        )
        for k, it in enumerate(doc.items, 1)
    ]
    y = tab(p, 22, 95, cols, rows, size=8, lines="none", bfont="Sans", head_fill=0.93) + 6
    net, vat, gross = doc.totals()
    for r, n_, v_, g_ in doc.rate_summary():
        p.text(120, y, f"stawka {rate_label(r)}", 8, "Sans", "r")
        for x1, v in ((155, n_), (175, v_), (195, g_)):
            p.text(x1, y, money(v, ms), 8, "Sans", "r")
        y += 4.3
    p.hline(100, 195, y - 2.8, 0.3)
    p.text(120, y + 0.5, "razem", 8.5, "Sans-Bold", "r")
    for x1, v in ((155, net), (175, vat), (195, gross)):
        p.text(x1, y + 0.5, money(v, ms), 8.5, "Sans-Bold", "r")
    y += 12
    p.rect(22, y - 5, 173, 13, 0, fill=0.12)
    c.setFillGray(1)
    p.text(25, y + 3, "do zapłaty", 10, "Sans-Bold")
    p.text(192, y + 3, f"{money(gross, ms)} PLN", 13, "Sans-Bold", "r")
    c.setFillGray(0)
    p.text(22, y + 14, f"słownie: {words_pln(gross)}", 8)
    p.text(22, y + 19, f"rachunek: {iban(doc.bank)}", 8)
    return Sample(p.bytes(), (doc,))
