"""BLIND-7 families (fresh batch). Not to be opened by the parser engineer; measured once, at the end.

Layouts written for this batch only, by an evaluator who never read the parser (`extractors/`, `checks/`,
`tests/extractors/`). They share the data model (`Doc`, `Item`, `Party`, `make_line`, `make_like`) and the page
canvas and table drawing (`Pdf`, `table`) of `kit.py`, but bring their own sellers, their own IT catalogue and real
gminy and powiaty from the TERYT register (TERC 2024-01-01, `/work/shared/data/teryt/terc_2024-01-01.csv`; the
TERYT code of each is kept next to it; the JST names follow one rule from the register's kind of unit, streets and
postcodes are invented).

Focus of the batch: a distributor's invoice with serial numbers listed under each line ("S/N:" rows, several per
line, wrapped); a licence reseller whose line names carry the subscription period "01.01.2026–31.12.2026" and a
contract id; dates as a small grid with the headings above the values, including the long KSeF-era heading "Data
dokonania lub zakończenia dostawy towarów lub wykonania usługi"; a brand wordmark in big letters at the top with
the legal name, NIP and KRS only in the footer; an Odbiorca (a school, no NIP) printed before the Nabywca (the
gmina) with the title "FAKTURA VAT nr" on one line and the number alone on the next; a foreign ERP printing Polish
invoices with comma thousands and a dot decimal ("12,345.67"); a fixed VAT summary with every rate row printed
(23/8/5/0/zw/np, zeros included) and " zł" after every amount; an EUR invoice with the VAT in PLN line citing the
NBP table number ("Tabela nr 045/A/NBP/2026"); an "OT – przyjęcie środka trwałego" protocol with inventory
numbers, KŚT group and initial values; a protocol of implementation services as a timesheet (hours per activity,
fractional); a correction with "było / jest / różnica" rows labelled in a first column; a KSeF visualisation as
one column of label/value pairs where the long KSeF number precedes the invoice number; an invoice with a
pre-filled bank transfer slip at the bottom (the seller as "Nazwa odbiorcy", the buyer as "Nazwa zleceniodawcy",
the amount in a box grid); an acceptance protocol by a commission of three named in the preamble, one row per
physical unit with its own serial number.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

from tests.corpus.extract.kit import (
    CITIES,
    STREETS,
    Col,
    Doc,
    Item,
    Party,
    Pdf,
    TableStyle,
    date_fmt,
    make_like,
    make_line,
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

# --------------------------------------------------------------------------------------------------
# Buyers: real units of the TERC register 2024-01-01 (code, name in the register, kind of unit).
# Name rule: gmina wiejska / miejsko-wiejska -> "Gmina N", gmina miejska -> "Gmina Miejska N",
# powiat -> "Powiat n" (capitalised). The office line follows the kind. Streets and postcodes are invented.
TERC = (
    ("1410012", "Huszlew", "gmina wiejska"),
    ("1609083", "Ozimek", "gmina miejsko-wiejska"),
    ("1204032", "Gręboszów", "gmina wiejska"),
    ("1201072", "Rzezawa", "gmina wiejska"),
    ("0615052", "Komarówka Podlaska", "gmina wiejska"),
    ("1427011", "Sierpc", "gmina miejska"),
    ("2604092", "Masłów", "gmina wiejska"),
    ("3021052", "Dopiewo", "gmina wiejska"),
    ("0811033", "Brody", "gmina miejsko-wiejska"),
    ("3020022", "Czermin", "gmina wiejska"),
    ("0202041", "Piława Górna", "gmina miejska"),
    ("1421042", "Michałowice", "gmina wiejska"),
    ("0219063", "Strzegom", "gmina miejsko-wiejska"),
    ("2809042", "Lubomino", "gmina wiejska"),
    ("2010082", "Perlejewo", "gmina wiejska"),
    ("1017032", "Konopnica", "gmina wiejska"),
    ("1434", "wołomiński", "powiat"),
    ("1428", "sochaczewski", "powiat"),
    ("0608", "lubartowski", "powiat"),
    ("0415", "toruński", "powiat"),
    ("1219", "wielicki", "powiat"),
)
SEAT = {
    "wołomiński": "Wołomin",
    "sochaczewski": "Sochaczew",
    "lubartowski": "Lubartów",
    "toruński": "Toruń",
    "wielicki": "Wieliczka",
}


def jst(rng: random.Random, *, gmina_only: bool = False) -> Party:
    pool = [t for t in TERC if t[2] != "powiat"] if gmina_only else list(TERC)
    _code, name, kind = rng.choice(pool)
    if kind == "powiat":
        full, town, office = f"Powiat {name[0].upper()}{name[1:]}", SEAT[name], "Starostwo Powiatowe"
    elif kind == "gmina miejska":
        full, town, office = f"Gmina Miejska {name}", name, f"Urząd Miasta {name}"
    elif kind == "gmina miejsko-wiejska":
        full, town, office = f"Gmina {name}", name, f"Urząd Miasta i Gminy {name}"
    else:
        full, town, office = f"Gmina {name}", name, f"Urząd Gminy {name}"
    post = f"{rng.randint(10, 99)}-{rng.randint(100, 999)}"
    return Party(full, rng.choice(STREETS), f"{post} {town}", make_nip(rng), (office,))


SELLERS = (
    "Dystrybucja Sprzętu IT ARGON Sp. z o.o.",
    "LicencjePro Sp. z o.o.",
    "Polskie Centrum Licencji S.A.",
    "Serwis Komputerowy „Bajt” Piotr Kaczmarek",
    "Nordic Office Systems Polska Sp. z o.o.",
    "Teleinfo Lubelskie Sp. z o.o.",
    "Wielkopolskie Biuro Informatyki WBI s.c.",
    "MAXNET Systemy Sieciowe Sp. z o.o. sp.k.",
    "Centrum Kompetencji Cyber Sp. z o.o.",
    "Grupa Integracyjna OPTIMUS-IT Sp. z o.o.",
    "Śląskie Zakłady Informatyczne SZI S.A.",
    "Kancelaria Bezpieczeństwa Informacji Ewa Mazur",
)


def seller(rng: random.Random, name: str | None = None) -> Party:
    return Party(name or rng.choice(SELLERS), rng.choice(STREETS), rng.choice(CITIES), make_nip(rng))


def E_(name: str, unit: str, lo: int, hi: int, rate: str = "23") -> tuple:
    return (name, unit, (lo, hi), rate, "", "", "")


HARDWARE = (
    E_("Notebook HP ProBook 450 G10 i5-1335U/16GB/512GB/W11P", "szt.", 3600, 4300),
    E_("Komputer stacjonarny Lenovo ThinkCentre M70s Gen 4 i5/16GB/512GB", "szt.", 2900, 3500),
    E_('Monitor iiyama ProLite XUB2493HS-B5 24"', "szt.", 520, 690),
    E_("Przełącznik Cisco Catalyst 1000-24T-4G-L", "szt.", 2300, 2900),
    E_("Serwer NAS QNAP TS-873A-8G z dyskami 4x 4TB", "kpl.", 7800, 9400),
    E_("Zasilacz UPS CyberPower OLS2000EA online 2000VA", "szt.", 2400, 3100),
    E_("Tablet Samsung Galaxy Tab Active4 Pro 5G", "szt.", 2900, 3400),
    E_("Skaner dokumentów Fujitsu fi-8170", "szt.", 3700, 4300),
    E_("Router Mikrotik CCR2004-16G-2S+", "szt.", 2100, 2600),
    E_("Dysk zewnętrzny WD Elements 5TB USB 3.0", "szt.", 480, 590),
)
LICENCES = (
    E_("Subskrypcja Microsoft 365 Business Premium", "lic.", 960, 1180),
    E_("Licencja Bitdefender GravityZone Business Security", "lic.", 110, 160),
    E_("Subskrypcja Acronis Cyber Protect Standard Server", "lic.", 2100, 2700),
    E_("Licencja Veeam Backup Essentials Universal 5 instancji", "kpl.", 4300, 5200),
    E_("Subskrypcja Sophos Intercept X Advanced", "lic.", 140, 190),
    E_("Licencja Adobe Acrobat Pro dla zespołów", "lic.", 900, 1100),
    E_("Subskrypcja Wazuh Cloud wsparcie techniczne Gold", "usł.", 6800, 8900),
)
SERVICES = (
    E_("Wdrożenie systemu EDR na stacjach roboczych", "usł.", 6000, 11000),
    E_("Konfiguracja sieci VLAN i polityk firewall", "usł.", 3000, 6500),
    E_("Test penetracyjny infrastruktury zewnętrznej", "usł.", 12000, 21000),
    E_("Opracowanie planu ciągłości działania (BCP)", "usł.", 5000, 9500),
)


def line(rng: random.Random, entry: tuple, **kw: object) -> Item:
    return make_line(rng, entry, **kw)  # type: ignore[arg-type]


def doc_of(
    rng: random.Random,
    number: str,
    items: list[Item],
    *,
    kind: str = "invoice",
    buyer: Party | None = None,
    sell: Party | None = None,
    currency: str | None = "PLN",
    sale_lag: tuple[int, ...] = (0, 0, 1, 2, 4),
) -> Doc:
    issue = date(2026, 1, 5) + timedelta(days=rng.randint(0, 330))
    s = sell or seller(rng)
    return Doc(
        kind=kind,
        number=number,
        issue_date=issue,
        sale_date=issue - timedelta(days=rng.choice(sale_lag)),
        seller=s,
        buyer=buyer or jst(rng),
        currency=currency,
        items=tuple(items),
        place=s.city.split(" ", 1)[1],
        due_days=rng.choice((14, 21, 30)),
        bank="".join(str(rng.randint(0, 9)) for _ in range(26)),
    )


def iban(b: str, spaced: bool = True) -> str:
    return (b[:2] + " " + " ".join(b[i : i + 4] for i in range(2, 26, 4))) if spaced else b


def pick(rng: random.Random, pool: tuple, n: tuple[int, int]) -> list[tuple]:
    return rng.sample(list(pool), min(rng.randint(*n), len(pool)))


def serial(rng: random.Random, prefix: str) -> str:
    return prefix + "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(10 - len(prefix)))


def totals_block(p: Pdf, x: float, y: float, doc: Doc, ms: str, *, suffix: str = "", size: float = 8.5) -> float:
    net, vat, gross = doc.totals()
    for lab, v in (("Razem netto:", net), ("Razem VAT:", vat), ("Razem brutto:", gross)):
        p.text(x, y, lab, size, "Sans")
        p.text(x + 62, y, money(v, ms) + suffix, size, "Sans-Bold", "r")
        y += size * 0.5
    return y


# --------------------------------------------------------------------------------------------------
# 1. Distributor: serial numbers under each line


def fam_distributor_serials(rng: random.Random) -> Sample:
    """Distributor invoice: under each hardware line an 'S/N:' row listing its serial numbers, wrapped over lines."""
    no = f"{rng.randint(10000, 99999)}/FS/{rng.randint(1, 12):02d}/2026"
    items = [line(rng, e, qty=rng.choice((2, 3, 4, 5, 6, 8))) for e in pick(rng, HARDWARE, (2, 4))]
    doc = doc_of(rng, no, items, sell=seller(rng, "Dystrybucja Sprzętu IT ARGON Sp. z o.o."))
    p = Pdf()
    ms = "space"
    p.text(15, 16, doc.seller.name, 11, "Sans-Bold")
    p.lines(
        15,
        21,
        [
            doc.seller.street + ", " + doc.seller.city,
            "NIP " + nip_fmt(doc.seller.nip, "dash"),
            "Magazyn centralny: Stryków, ul. Logistyczna 2",
        ],
        7.5,
    )
    p.text(195, 16, f"Faktura VAT {no}", 12, "Sans-Bold", "r")
    p.lines(
        195,
        22,
        [
            f"Data wystawienia: {date_fmt(doc.issue_date)}",
            f"Data dostawy: {date_fmt(doc.sale_date)}",
            f"Nr zamówienia klienta: ZP/{rng.randint(1, 90)}/2026",
            f"Nr WZ: WZ/{rng.randint(1000, 9999)}/26",
        ],
        7.5,
        align="r",
    )
    p.text(15, 44, "Nabywca:", 8, "Sans-Bold")
    p.lines(
        15,
        48.5,
        [doc.buyer.name, *doc.buyer.extra, doc.buyer.street, doc.buyer.city, "NIP: " + nip_fmt(doc.buyer.nip, "dash")],
        8.5,
    )
    p.text(110, 44, "Adres dostawy:", 8, "Sans-Bold")
    p.lines(110, 48.5, [doc.buyer.extra[0], doc.buyer.street, doc.buyer.city], 8.5)
    cols = [
        Col("Lp", 8, "c"),
        Col("Kod / Nazwa towaru", 74),
        Col("Ilość", 12, "r"),
        Col("J.m.", 10, "c"),
        Col("Cena netto", 20, "r"),
        Col("Wartość netto", 22, "r"),
        Col("VAT", 10, "c"),
        Col("Brutto", 22, "r"),
    ]
    rows: list[list[str]] = []
    for k, it in enumerate(doc.items, 1):
        rows.append(
            [
                str(k),
                it.name,
                qty_fmt(it.qty),
                it.unit,
                money(it.unit_price or 0, ms),
                money(it.net or 0, ms),
                rate_label(it.vat_rate),
                money(it.gross or 0, ms),
            ]
        )
        sns = ", ".join(serial(rng, rng.choice(("5CG", "PF", "S1", "Q2"))) for _ in range(int(it.qty)))
        rows.append(["", f"S/N: {sns}", "", "", "", "", "", ""])
    y = table(p, 12, 74, cols, rows, TableStyle(size=7.2, grid=False, rules=True, head_fill=0.88)) + 5
    p.text(15, y, "Numery seryjne zostały zarejestrowane w systemie gwarancyjnym producenta.", 7, "Sans-Italic")
    y = totals_block(p, 120, y + 6, doc, ms, suffix=" PLN")
    p.text(
        15,
        y + 6,
        f"Do zapłaty: {money(doc.totals()[2], ms)} PLN, termin płatności "
        f"{date_fmt(doc.issue_date + timedelta(days=doc.due_days))}",
        9,
        "Sans-Bold",
    )
    p.text(15, y + 11, f"Słownie: {words_pln(doc.totals()[2])}", 8)
    p.text(15, y + 16, f"Rachunek: {iban(doc.bank)}", 8)
    return Sample(p.bytes(), (doc,))


# --------------------------------------------------------------------------------------------------
# 2. Licence reseller: subscription periods in the names


def fam_licence_periods(rng: random.Random) -> Sample:
    """Licence reseller: each line name ends with its subscription period 'dd.mm.yyyy–dd.mm.yyyy' and a contract id."""
    no = f"LIC/{rng.randint(100, 999)}/2026"
    start = date(2026, rng.choice((2, 3, 4, 7, 10)), 1)
    end = date(start.year + 1, start.month, 1) - timedelta(days=1)
    period = f"{date_fmt(start)}–{date_fmt(end)}"
    raw = [
        line(rng, e, qty=rng.choice((5, 10, 12, 20, 25, 40)) if e[1] == "lic." else 1)
        for e in pick(rng, LICENCES, (2, 4))
    ]
    items = [replace(it, name=f"{it.name}, okres subskrypcji {period}") for it in raw]
    doc = doc_of(
        rng, no, items, sell=seller(rng, rng.choice(("LicencjePro Sp. z o.o.", "Polskie Centrum Licencji S.A.")))
    )
    doc = replace(doc, issue_date=start - timedelta(days=rng.randint(3, 20)))
    doc = replace(doc, sale_date=doc.issue_date)
    p = Pdf()
    ms = "space"
    p.text(15, 18, "FAKTURA", 18, "Sans-Bold")
    p.text(15, 25, f"nr {no}", 11)
    p.lines(
        140,
        14,
        [
            f"Wystawiono: {date_fmt(doc.issue_date)}",
            f"Data sprzedaży: {date_fmt(doc.sale_date)}",
            f"Miejsce: {doc.place}",
        ],
        8,
    )
    p.text(15, 36, "SPRZEDAWCA", 7.5, "Sans-Bold")
    p.lines(
        15,
        40,
        [
            doc.seller.name,
            doc.seller.street,
            doc.seller.city,
            "NIP " + doc.seller.nip,
            "Autoryzowany partner licencyjny",
        ],
        8.5,
    )
    p.text(110, 36, "NABYWCA", 7.5, "Sans-Bold")
    p.lines(110, 40, [doc.buyer.name, doc.buyer.street, doc.buyer.city, "NIP " + doc.buyer.nip], 8.5)
    cols = [
        Col("Lp.", 8, "c"),
        Col("Produkt / okres licencji", 76),
        Col("Ilość", 13, "r"),
        Col("Cena jedn. netto", 22, "r"),
        Col("Netto", 22, "r"),
        Col("VAT", 10, "c"),
        Col("Brutto", 23, "r"),
    ]
    rows = []
    for k, it in enumerate(doc.items, 1):
        rows.append(
            [
                str(k),
                it.name,
                f"{qty_fmt(it.qty)} {it.unit}",
                money(it.unit_price or 0, ms),
                money(it.net or 0, ms),
                rate_label(it.vat_rate),
                money(it.gross or 0, ms),
            ]
        )
    y = table(p, 12, 68, cols, rows, TableStyle(size=7.6, head_fill=0.9))
    y += 3
    for k in range(1, len(doc.items) + 1):
        p.text(
            15,
            y,
            f"poz. {k}: Contract ID {rng.randint(10**7, 10**8 - 1)}, odnowienie automatyczne: nie",
            6.8,
            "Sans-Italic",
        )
        y += 3.2
    y = totals_block(p, 120, y + 5, doc, ms, suffix=" zł")
    p.text(
        15, y + 5, f"Do zapłaty {money(doc.totals()[2], ms)} zł w terminie {doc.due_days} dni przelewem", 9, "Sans-Bold"
    )
    p.text(15, y + 10, f"Nr rachunku: {iban(doc.bank)}", 8)
    p.text(15, y + 15, "Klucze licencyjne zostaną przesłane na adres e-mail administratora.", 7.5)
    return Sample(p.bytes(), (doc,))


# --------------------------------------------------------------------------------------------------
# 3. Dates as a grid with headings above values


def fam_dates_headed_grid(rng: random.Random) -> Sample:
    """Dates grid with headings over values; the sale date under 'Data dokonania lub zakończenia dostawy…'."""
    no = f"F/{rng.randint(1, 400):03d}/{rng.randint(1, 12):02d}/2026"
    items = [line(rng, e) for e in pick(rng, HARDWARE + SERVICES, (2, 5))]
    doc = doc_of(rng, no, items, sale_lag=(1, 3, 5, 8))
    p = Pdf()
    ms = "space"
    p.text(15, 18, doc.seller.name, 10, "Sans-Bold")
    p.lines(15, 23, [doc.seller.street, doc.seller.city, f"NIP: {nip_fmt(doc.seller.nip, 'space')}"], 8)
    p.text(195, 18, "Faktura", 16, "Sans-Bold", "r")
    p.text(195, 25, f"Numer: {no}", 10, "Sans", "r")
    due = doc.issue_date + timedelta(days=doc.due_days)
    cols = [
        Col("Data wystawienia", 30, "c"),
        Col("Data dokonania lub zakończenia dostawy towarów lub wykonania usługi", 52, "c"),
        Col("Termin płatności", 30, "c"),
        Col("Sposób płatności", 30, "c"),
        Col("Miejsce wystawienia", 38, "c"),
    ]
    y = table(
        p,
        15,
        38,
        cols,
        [[date_fmt(doc.issue_date), date_fmt(doc.sale_date), date_fmt(due), "przelew", doc.place]],
        TableStyle(size=8, head_size=6.5, head_font="Sans", head_fill=0.93),
    )
    y += 6
    p.text(15, y, "Nabywca", 9, "Sans-Bold")
    p.lines(
        15, y + 4.5, [doc.buyer.name, doc.buyer.street, doc.buyer.city, f"NIP: {nip_fmt(doc.buyer.nip, 'space')}"], 8.5
    )
    y += 28
    cols = [
        Col("Lp.", 8, "c"),
        Col("Nazwa towaru lub usługi", 72),
        Col("J.m.", 10, "c"),
        Col("Ilość", 12, "r"),
        Col("Cena jedn. netto", 20, "r"),
        Col("Wartość netto", 22, "r"),
        Col("Stawka", 12, "c"),
        Col("Wartość brutto", 24, "r"),
    ]
    rows = [
        [
            str(k),
            it.name,
            it.unit,
            qty_fmt(it.qty),
            money(it.unit_price or 0, ms),
            money(it.net or 0, ms),
            rate_label(it.vat_rate),
            money(it.gross or 0, ms),
        ]
        for k, it in enumerate(doc.items, 1)
    ]
    y = table(p, 15, y, cols, rows, TableStyle(size=7.6)) + 6
    net, vat, gross = doc.totals()
    y = (
        table(
            p,
            105,
            y,
            [Col("", 20), Col("Netto", 24, "r"), Col("VAT", 22, "r"), Col("Brutto", 24, "r")],
            [["Razem", money(net, ms), money(vat, ms), money(gross, ms)]],
            TableStyle(size=8),
        )
        + 6
    )
    p.text(15, y, f"Do zapłaty: {money(gross, ms)} PLN", 11, "Sans-Bold")
    p.text(15, y + 5, f"Słownie: {words_pln(gross)}", 8)
    p.text(15, y + 10, f"Konto: {iban(doc.bank)}", 8)
    return Sample(p.bytes(), (doc,))


# --------------------------------------------------------------------------------------------------
# 4. Brand wordmark at the top, the legal name only in the footer


def fam_wordmark_legal_footer(rng: random.Random) -> Sample:
    """Brand wordmark in big letters at the top; the legal name, NIP, KRS and capital only in the page footer."""
    brand, legal = rng.choice(
        (
            ("OPTIMUS", "Grupa Integracyjna OPTIMUS-IT Sp. z o.o."),
            ("maxnet", "MAXNET Systemy Sieciowe Sp. z o.o. sp.k."),
            ("SZI", "Śląskie Zakłady Informatyczne SZI S.A."),
        )
    )
    no = f"{rng.randint(1, 999)}/{rng.randint(1, 12)}/2026/S"
    items = [line(rng, e) for e in pick(rng, HARDWARE + LICENCES, (2, 5))]
    doc = doc_of(rng, no, items, sell=seller(rng, legal))
    p = Pdf()
    ms = "space"
    p.text(15, 26, brand, 34, "Sans-Bold", spacing=1.5)
    p.text(15, 32, "rozwiązania sieciowe · bezpieczeństwo · serwis", 8, "Light")
    p.lines(
        195,
        14,
        [
            f"Biuro: {doc.seller.street}",
            doc.seller.city,
            "tel. 22 " + str(rng.randint(100, 999)) + " 00 00",
            "biuro@" + brand.lower() + ".pl",
        ],
        7.5,
        align="r",
    )
    p.hline(15, 195, 37, 1.2)
    p.text(15, 46, f"Faktura VAT nr {no}", 13, "Sans-Bold")
    p.text(15, 52, f"z dnia {date_fmt(doc.issue_date, 'words')} r.,  data sprzedaży {date_fmt(doc.sale_date)}", 8.5)
    p.text(120, 46, "Dla:", 8, "Sans-Bold")
    p.lines(
        120,
        50.5,
        [doc.buyer.name, *doc.buyer.extra, doc.buyer.street, doc.buyer.city, "NIP " + nip_fmt(doc.buyer.nip, "dash")],
        8.5,
    )
    cols = [
        Col("#", 8, "c"),
        Col("Opis", 78),
        Col("Ilość", 16, "r"),
        Col("Cena netto", 22, "r"),
        Col("VAT", 10, "c"),
        Col("Netto", 23, "r"),
        Col("Brutto", 23, "r"),
    ]
    rows = [
        [
            str(k),
            it.name,
            f"{qty_fmt(it.qty)} {it.unit}",
            money(it.unit_price or 0, ms),
            rate_label(it.vat_rate),
            money(it.net or 0, ms),
            money(it.gross or 0, ms),
        ]
        for k, it in enumerate(doc.items, 1)
    ]
    y = table(p, 15, 82, cols, rows, TableStyle(size=7.8, grid=False, rules=True)) + 6
    net, vat, gross = doc.totals()
    p.rect(120, y, 75, 20, 0.3, fill=0.95)
    p.lines(123, y + 5, ["Netto", "VAT", "Razem do zapłaty"], 8.5)
    p.lines(192, y + 5, [money(net, ms), money(vat, ms), money(gross, ms) + " PLN"], 8.5, "Sans-Bold", align="r")
    p.text(15, y + 5, f"Termin płatności: {date_fmt(doc.issue_date + timedelta(days=doc.due_days))}", 8.5)
    p.text(15, y + 10, f"Przelew na rachunek: {iban(doc.bank)}", 8.5)
    p.hline(15, 195, 270, 0.3)
    p.text(105, 275, f"{legal}, {doc.seller.street}, {doc.seller.city}, NIP {doc.seller.nip}", 6.5, "Sans", "c")
    p.text(
        105,
        279,
        f"Sąd Rejonowy – KRS 0000{rng.randint(100000, 999999)}, REGON {rng.randint(10**8, 10**9 - 1)}, "
        f"kapitał zakładowy {money(Decimal(rng.choice((50000, 100000, 500000))))} zł",
        6.5,
        "Sans",
        "c",
    )
    return Sample(p.bytes(), (doc,))


# --------------------------------------------------------------------------------------------------
# 5. Odbiorca (a school) before Nabywca; number alone under the title


SCHOOLS = (
    "Szkoła Podstawowa nr 1 im. Marii Konopnickiej",
    "Zespół Szkolno-Przedszkolny",
    "Publiczne Przedszkole nr 3",
    "Szkoła Podstawowa im. Janusza Korczaka",
    "Gminne Centrum Kultury i Biblioteka",
)


def fam_odbiorca_first(rng: random.Random) -> Sample:
    """'FAKTURA VAT nr' with the number alone on the next line; Odbiorca (school, no NIP) printed before Nabywca."""
    no = f"FV/{rng.randint(1, 300)}/{rng.randint(1, 12):02d}/2026"
    items = [line(rng, e) for e in pick(rng, HARDWARE, (2, 4))]
    buyer = jst(rng, gmina_only=True)
    doc = doc_of(rng, no, items, buyer=buyer)
    rec = Party(rng.choice(SCHOOLS), rng.choice(STREETS), buyer.city, make_nip(rng))
    doc = replace(doc, recipient=rec)
    p = Pdf()
    ms = "dot"
    p.text(105, 18, "FAKTURA VAT nr", 12, "Serif-Bold", "c")
    p.text(105, 25, no, 15, "Serif-Bold", "c")
    p.text(105, 30, "oryginał", 8, "Serif", "c")
    p.text(
        15,
        37,
        f"Sprzedawca: {doc.seller.name}, {doc.seller.street}, {doc.seller.city}, NIP {doc.seller.nip}",
        8,
        "Serif",
    )
    p.lines(
        195,
        14,
        [f"{doc.place}, dnia {date_fmt(doc.issue_date)}", f"data sprzedaży: {date_fmt(doc.sale_date)}"],
        8,
        "Serif",
        align="r",
    )
    y = 41
    for x, head, rows in (
        (15, "ODBIORCA:", [rec.name, rec.street, rec.city]),
        (80, "NABYWCA:", [buyer.name, buyer.street, buyer.city, "NIP " + nip_fmt(buyer.nip, "dash")]),
        (145, "PŁATNIK:", [buyer.name, "jak nabywca"]),
    ):
        p.rect(x, y, 60, 30, 0.4)
        p.text(x + 2, y + 4, head, 7.5, "Serif-Bold")
        yy = y + 8.5
        for r in rows:
            for ln in wrap(r, "Serif", 8, 56):
                p.text(x + 2, yy, ln, 8, "Serif")
                yy += 3.8
    cols = [
        Col("Lp", 8, "c"),
        Col("Nazwa", 66),
        Col("J.m.", 10, "c"),
        Col("Ilość", 11, "r"),
        Col("Cena netto", 20, "r"),
        Col("Wart. netto", 22, "r"),
        Col("VAT %", 11, "c"),
        Col("Kwota VAT", 18, "r"),
        Col("Wart. brutto", 22, "r"),
    ]
    rows = [
        [
            str(k),
            it.name,
            it.unit,
            qty_fmt(it.qty),
            money(it.unit_price or 0, ms),
            money(it.net or 0, ms),
            rate_label(it.vat_rate, "n"),
            money(it.vat or 0, ms),
            money(it.gross or 0, ms),
        ]
        for k, it in enumerate(doc.items, 1)
    ]
    y = table(p, 12, 78, cols, rows, TableStyle(size=7.3, font="Serif", head_font="Serif-Bold"))
    net, vat, gross = doc.totals()
    p.text(100, y + 4, "RAZEM", 8, "Serif-Bold")
    p.text(148, y + 4, money(net, ms), 8, "Serif-Bold", "r")
    p.text(177, y + 4, money(vat, ms), 8, "Serif-Bold", "r")
    p.text(199, y + 4, money(gross, ms), 8, "Serif-Bold", "r")
    y += 14
    p.text(15, y, f"Do zapłaty: {money(gross, ms)} zł", 11, "Serif-Bold")
    p.text(15, y + 5, f"słownie: {words_pln(gross)}", 8, "Serif")
    p.text(
        15,
        y + 10,
        f"Płatne przelewem do {date_fmt(doc.issue_date + timedelta(days=doc.due_days))} na rachunek {iban(doc.bank)}",
        8,
        "Serif",
    )
    p.text(15, y + 15, "Faktura dotyczy dostawy sprzętu dla jednostki wskazanej jako odbiorca.", 8, "Serif")
    return Sample(p.bytes(), (doc,))


# --------------------------------------------------------------------------------------------------
# 6. Foreign ERP: comma thousands, dot decimal


def money_us(x: Decimal) -> str:
    x = q2(x)
    return f"{x:,.2f}"


def fam_foreign_erp_comma_thousands(rng: random.Random) -> Sample:
    """Foreign ERP printing a Polish invoice: '12,345.67' amounts, 'Faktura INV/2026/00123', ISO dates, tax codes."""
    no = f"INV/2026/{rng.randint(1, 2400):05d}"
    items = [
        line(rng, e, qty=rng.choice((1, 2, 4, 10, 15)) if e[1] != "usł." else 1)
        for e in pick(rng, HARDWARE + LICENCES + SERVICES, (2, 5))
    ]
    doc = doc_of(rng, no, items, sell=seller(rng, "Nordic Office Systems Polska Sp. z o.o."))
    p = Pdf()
    p.text(15, 16, doc.seller.name, 9, "Sans-Bold")
    p.lines(15, 20.5, [doc.seller.street, doc.seller.city, "Poland", f"NIP: PL{doc.seller.nip}"], 7.8)
    p.lines(120, 40, [doc.buyer.name, *doc.buyer.extra, doc.buyer.street, doc.buyer.city, f"NIP: {doc.buyer.nip}"], 9)
    p.text(15, 70, f"Faktura {no}", 17, "Sans")
    labels = [
        ("Data faktury:", doc.issue_date.isoformat()),
        ("Termin płatności:", (doc.issue_date + timedelta(days=doc.due_days)).isoformat()),
        ("Data dostawy:", doc.sale_date.isoformat()),
        ("Źródło:", f"S{rng.randint(10000, 99999)}"),
    ]
    for k, (lab, v) in enumerate(labels):
        p.text(15 + k * 45, 78, lab, 7.5, "Sans-Bold")
        p.text(15 + k * 45, 82, v, 8)
    cols = [
        Col("Opis", 86),
        Col("Ilość", 20, "r"),
        Col("Cena jedn.", 24, "r"),
        Col("Podatki", 20, "c"),
        Col("Kwota", 30, "r"),
    ]
    rows = [
        [
            it.name,
            f"{it.qty:.2f} {'Jednostki' if it.unit == 'szt.' else it.unit}",
            money_us(it.unit_price or 0),
            f"VAT {rate_label(it.vat_rate)}",
            f"{money_us(it.net or 0)} zł",
        ]
        for it in doc.items
    ]
    y = table(p, 15, 90, cols, rows, TableStyle(size=8, grid=False, rules=True)) + 6
    net, vat, gross = doc.totals()
    for lab, v, f in (
        ("Kwota bez podatku", net, "Sans"),
        (f"VAT {rate_label('23')}", vat, "Sans"),
        ("Razem", gross, "Sans-Bold"),
    ):
        p.text(130, y, lab, 9, f)
        p.text(195, y, f"{money_us(v)} zł", 9, f, "r")
        p.hline(130, 195, y + 1.8, 0.2)
        y += 6
    p.text(15, y + 6, f"Prosimy o płatność z użyciem tytułu: {no}", 8.5)
    p.text(15, y + 11, f"na rachunek: PL{iban(doc.bank)}", 8.5)
    p.text(105, 285, "Strona: 1 / 1", 7, "Sans", "c")
    return Sample(p.bytes(), (replace(doc, item_amounts=("net",)),))  # lines print the net amount only


# --------------------------------------------------------------------------------------------------
# 7. Fixed VAT summary rows, zeros included, " zł" after every amount

BOOKS = (
    E_("Książka „Cyberbezpieczeństwo w jednostkach samorządu terytorialnego” (wyd. 2026)", "egz.", 69, 119, "5"),
    E_("Publikacja elektroniczna „RODO i KSC w urzędzie – poradnik” (e-book)", "szt.", 49, 89, "5"),
)
TRAININGS = (
    E_(
        "Szkolenie „Bezpieczna praca zdalna” dla pracowników urzędu – finansowane ze środków publicznych",
        "usł.",
        2400,
        5200,
        "zw",
    ),
    E_(
        "Warsztaty dla administratorów IT: reagowanie na incydenty – finansowane ze środków publicznych",
        "usł.",
        4800,
        7900,
        "zw",
    ),
)


def fam_fixed_rate_rows_zl(rng: random.Random) -> Sample:
    """VAT summary with fixed rows 23/8/5/0/zw/np printed even when zero; every amount followed by ' zł'."""
    no = f"{rng.randint(1, 99)}/{rng.randint(1, 12):02d}/26/FA"
    entries = [*pick(rng, HARDWARE, (1, 2)), rng.choice(BOOKS), rng.choice(TRAININGS)]
    items = [line(rng, e, qty=rng.choice((5, 10, 15, 20)) if e[3] == "5" else None) for e in entries]
    doc = doc_of(rng, no, items, sell=seller(rng, "Centrum Kompetencji Cyber Sp. z o.o."))
    p = Pdf()
    ms = "space"
    z = " zł"
    p.rect(15, 12, 180, 16, 0.6)
    p.text(105, 19, f"FAKTURA  Nr {no}", 13, "Sans-Bold", "c")
    p.text(
        105,
        25,
        f"Data wystawienia {date_fmt(doc.issue_date)} · Data sprzedaży {date_fmt(doc.sale_date)}",
        8,
        "Sans",
        "c",
    )
    p.text(15, 36, "Sprzedawca", 8, "Sans-Bold")
    p.lines(
        15, 40, [doc.seller.name, doc.seller.street, doc.seller.city, "NIP " + nip_fmt(doc.seller.nip, "dash")], 8.5
    )
    p.text(110, 36, "Nabywca", 8, "Sans-Bold")
    p.lines(
        110,
        40,
        [doc.buyer.name, *doc.buyer.extra, doc.buyer.street, doc.buyer.city, "NIP " + nip_fmt(doc.buyer.nip, "dash")],
        8.5,
    )
    cols = [
        Col("Lp.", 8, "c"),
        Col("Nazwa", 64),
        Col("Ilość", 11, "r"),
        Col("J.m.", 10, "c"),
        Col("Cena netto", 22, "r"),
        Col("Wartość netto", 24, "r"),
        Col("VAT", 9, "c"),
        Col("Wartość brutto", 26, "r"),
    ]
    rows = [
        [
            str(k),
            it.name,
            qty_fmt(it.qty),
            it.unit,
            money(it.unit_price or 0, ms) + z,
            money(it.net or 0, ms) + z,
            rate_label(it.vat_rate),
            money(it.gross or 0, ms) + z,
        ]
        for k, it in enumerate(doc.items, 1)
    ]
    y = table(p, 15, 68, cols, rows, TableStyle(size=7.4)) + 6
    p.text(15, y + 3, "Zwolnienie z VAT: art. 43 ust. 1 pkt 29 lit. c ustawy o VAT", 7, "Sans-Italic")
    p.text(15, y + 7, "(usługi kształcenia finansowane w całości ze środków publicznych)", 7, "Sans-Italic")
    summ = {r: (n, v, g) for r, n, v, g in doc.rate_summary()}
    zero = (Decimal(0), Decimal(0), Decimal(0))
    srows = []
    for r, lab in (("23", "23%"), ("8", "8%"), ("5", "5%"), ("0", "0%"), ("zw", "zw"), ("np", "np")):
        n, v, g = summ.get(r, zero)
        srows.append([lab, money(n, ms) + z, money(v, ms) + z, money(g, ms) + z])
    net, vat, gross = doc.totals()
    srows.append(["Razem", money(net, ms) + z, money(vat, ms) + z, money(gross, ms) + z])
    y = (
        table(
            p,
            100,
            y,
            [Col("Stawka", 16, "c"), Col("Netto", 26, "r"), Col("VAT", 26, "r"), Col("Brutto", 27, "r")],
            srows,
            TableStyle(size=7.6, head_fill=0.9),
        )
        + 7
    )
    p.text(15, y, f"Do zapłaty: {money(gross, ms)} zł", 11, "Sans-Bold")
    p.text(15, y + 5, f"Słownie: {words_pln(gross)}", 8)
    p.text(15, y + 10, f"Płatność: przelew, {doc.due_days} dni, nr rachunku {iban(doc.bank)}", 8)
    return Sample(p.bytes(), (doc,))


# --------------------------------------------------------------------------------------------------
# 8. EUR invoice with the VAT in PLN citing the NBP table


def fam_eur_nbp_table(rng: random.Random) -> Sample:
    """EUR invoice: VAT converted to PLN with the NBP table number line ('Tabela nr 045/A/NBP/2026')."""
    no = f"{rng.randint(1, 150)}/EUR/2026"
    items = [line(rng, e, eur=True) for e in pick(rng, LICENCES + SERVICES, (1, 3))]
    doc = doc_of(rng, no, items, currency="EUR", sell=seller(rng, "Grupa Integracyjna OPTIMUS-IT Sp. z o.o."))
    p = Pdf()
    ms = "space"
    prev = doc.sale_date - timedelta(days=1)
    while prev.weekday() >= 5:
        prev -= timedelta(days=1)
    table_no = f"{rng.randint(1, 250):03d}/A/NBP/2026"
    rate = Decimal(f"4.{rng.randint(2000, 3300)}")
    p.text(15, 18, "Faktura VAT", 15, "Sans-Bold")
    p.text(15, 25, f"nr {no}", 11)
    p.lines(
        195,
        14,
        [
            f"Data wystawienia: {date_fmt(doc.issue_date)}",
            f"Data sprzedaży: {date_fmt(doc.sale_date)}",
            "Waluta faktury: EUR",
        ],
        8,
        align="r",
    )
    p.text(15, 36, "Sprzedawca", 8, "Sans-Bold")
    p.lines(15, 40, [doc.seller.name, doc.seller.street, doc.seller.city, f"NIP {doc.seller.nip}"], 8.5)
    p.text(110, 36, "Nabywca", 8, "Sans-Bold")
    p.lines(110, 40, [doc.buyer.name, doc.buyer.street, doc.buyer.city, f"NIP {doc.buyer.nip}"], 8.5)
    cols = [
        Col("Lp.", 8, "c"),
        Col("Nazwa", 70),
        Col("Ilość", 14, "r"),
        Col("Cena netto EUR", 22, "r"),
        Col("Netto EUR", 22, "r"),
        Col("VAT", 10, "c"),
        Col("Kwota VAT EUR", 20, "r"),
        Col("Brutto EUR", 20, "r"),
    ]
    rows = [
        [
            str(k),
            it.name,
            f"{qty_fmt(it.qty)} {it.unit}",
            money(it.unit_price or 0, ms),
            money(it.net or 0, ms),
            rate_label(it.vat_rate),
            money(it.vat or 0, ms),
            money(it.gross or 0, ms),
        ]
        for k, it in enumerate(doc.items, 1)
    ]
    y = table(p, 12, 64, cols, rows, TableStyle(size=7.4, head_fill=0.9)) + 6
    net, vat, gross = doc.totals()
    y = p.lines(
        120,
        y,
        [
            f"Wartość netto: {money(net, ms)} EUR",
            f"Kwota VAT: {money(vat, ms)} EUR",
            f"Wartość brutto: {money(gross, ms)} EUR",
        ],
        9,
        "Sans-Bold",
        lead=5,
    )
    p.rect(15, y + 2, 180, 16, 0.3)
    p.text(
        18, y + 7, f"Przeliczenia VAT dokonano wg kursu średniego NBP z dnia {date_fmt(prev)}, Tabela nr {table_no}:", 8
    )
    p.text(
        18,
        y + 11.5,
        f"1 EUR = {str(rate).replace('.', ',')} PLN.   Kwota VAT w PLN: "
        f"{money(q2(vat * rate), ms)} zł   (podstawa w PLN: {money(q2(net * rate), ms)} zł)",
        8,
        "Sans-Bold",
    )
    p.text(15, y + 25, f"Do zapłaty: {money(gross, ms)} EUR, słownie: {words_pln(gross, 'EUR')}", 9)
    p.text(15, y + 30, f"Rachunek EUR: PL{iban(doc.bank)}, BIC: PKOPPLPW", 8)
    return Sample(p.bytes(), (doc,))


# --------------------------------------------------------------------------------------------------
# 9. OT – przyjęcie środka trwałego

KST = {
    "Komputer": "491",
    "Serwer": "491",
    "Przełącznik": "491",
    "Zasilacz": "343",
    "Skaner": "491",
    "Router": "491",
    "Tablet": "491",
    "Serwer NAS": "491",
}


def fam_ot_fixed_asset(rng: random.Random) -> Sample:
    """'OT – przyjęcie środka trwałego' protocol: inventory numbers, KŚT group, initial value, supplier and invoice."""
    no = f"OT {rng.randint(1, 60)}/2026"
    pool = [e for e in HARDWARE if e[2][0] >= 2000]
    items = [line(rng, e, qty=rng.choice((1, 1, 2, 3))) for e in pick(rng, tuple(pool), (1, 3))]
    doc = doc_of(rng, no, items, kind="protocol", currency=None)
    doc = replace(doc, sale_date=None, score_amounts=False)  # values printed: the contract leaves them open
    inv_no = f"FV/{rng.randint(100, 999)}/{doc.issue_date.month:02d}/2026"
    p = Pdf()
    p.text(15, 15, doc.buyer.extra[0], 8, "Sans")
    p.text(15, 19, "(pieczęć jednostki)", 6.5, "Sans-Italic")
    p.text(105, 30, "OT – PRZYJĘCIE ŚRODKA TRWAŁEGO", 13, "Sans-Bold", "c")
    p.text(105, 36, f"nr {no}", 10, "Sans", "c")
    p.text(195, 15, f"Data przyjęcia: {date_fmt(doc.issue_date)}", 8, "Sans", "r")
    y = 46
    p.text(15, y, "Jednostka przyjmująca:", 8, "Sans-Bold")
    p.text(60, y, f"{doc.buyer.name}, {doc.buyer.street}, {doc.buyer.city}, NIP {nip_fmt(doc.buyer.nip, 'dash')}", 8)
    p.text(15, y + 5, "Dostawca:", 8, "Sans-Bold")
    p.text(60, y + 5, f"{doc.seller.name}, {doc.seller.city}, NIP {doc.seller.nip}", 8)
    p.text(15, y + 10, "Dowód zakupu:", 8, "Sans-Bold")
    p.text(60, y + 10, f"faktura {inv_no} z dnia {date_fmt(doc.issue_date - timedelta(days=rng.randint(1, 6)))}", 8)
    p.text(15, y + 15, "Miejsce użytkowania:", 8, "Sans-Bold")
    p.text(60, y + 15, rng.choice(("Referat Organizacyjny, pok. 12", "Serwerownia", "Sekretariat", "Biuro Rady")), 8)
    cols = [
        Col("Lp.", 8, "c"),
        Col("Nazwa środka trwałego", 62),
        Col("Nr inwentarzowy", 28, "c"),
        Col("KŚT", 12, "c"),
        Col("Ilość", 12, "r"),
        Col("Stawka amort. %", 18, "c"),
        Col("Wartość początkowa (brutto)", 30, "r"),
    ]
    rows = []
    for k, it in enumerate(doc.items, 1):
        first = it.name.split(" ")[0]
        rows.append(
            [
                str(k),
                it.name,
                f"{rng.randint(1, 9)}-{KST.get(first, '491')}/{rng.randint(10, 999)}/26",
                KST.get(first, "491"),
                qty_fmt(it.qty),
                "30,00" if KST.get(first, "491") == "491" else "14,00",
                money(it.gross or 0, "space"),
            ]
        )
    y = table(p, 12, y + 22, cols, rows, TableStyle(size=7.6, head_size=7)) + 5
    total = sum((it.gross or Decimal(0) for it in doc.items), Decimal(0))
    p.text(182, y, f"Razem wartość początkowa: {money(total, 'space')} zł", 8.5, "Sans-Bold", "r")
    p.text(
        15, y + 8, "Źródło finansowania: projekt grantowy „Cyberbezpieczny Samorząd”, umowa o powierzenie grantu.", 8
    )
    p.text(15, y + 13, "Sposób umorzenia: liniowy. Środek trwały przekazano do używania w dniu przyjęcia.", 8)
    y += 32
    for x, lab in ((15, "Sporządził"), (75, "Przekazujący"), (135, "Główny księgowy / Skarbnik")):
        p.hline(x, x + 55, y, 0.3)
        p.text(x + 27, y + 4, lab, 7, "Sans", "c")
    return Sample(p.bytes(), (doc,))


# --------------------------------------------------------------------------------------------------
# 10. Implementation services protocol as a timesheet

ACTIVITIES = (
    "Analiza przedwdrożeniowa i inwentaryzacja zasobów",
    "Instalacja i konfiguracja serwera kopii zapasowych",
    "Konfiguracja polityk haseł i MFA w domenie",
    "Wdrożenie agenta EDR na stacjach roboczych",
    "Konfiguracja VPN dla pracowników zdalnych",
    "Testy odtworzenia danych z kopii zapasowej",
    "Instruktaż stanowiskowy dla informatyka urzędu",
    "Przygotowanie dokumentacji powykonawczej",
)


def fam_timesheet_protocol(rng: random.Random) -> Sample:
    """Acceptance protocol of implementation services as a timesheet: date, activity, fractional hours, total."""
    no = f"PO/{rng.randint(1, 40)}/2026"
    acts = rng.sample(ACTIVITIES, rng.randint(3, 6))
    items = [
        Item(
            a,
            Decimal(rng.choice(("2", "3.5", "4", "6", "6.5", "7.5", "8", "12"))),
            "godz.",
            None,
            None,
            None,
            None,
            None,
        )
        for a in acts
    ]
    doc = doc_of(rng, no, items, kind="protocol", currency=None)
    doc = replace(doc, sale_date=None, references=f"Umowa nr {rng.randint(1, 30)}/CS/2026")
    p = Pdf()
    p.text(105, 20, "PROTOKÓŁ ODBIORU PRAC WDROŻENIOWYCH", 13, "Sans-Bold", "c")
    p.text(105, 26, f"Nr {no} z dnia {date_fmt(doc.issue_date)}", 9, "Sans", "c")
    p.text(105, 31, doc.references.replace("Umowa nr", "do umowy nr"), 8, "Sans", "c")
    y = 42
    p.text(15, y, "Zamawiający:", 8.5, "Sans-Bold")
    p.lines(15, y + 4.5, [doc.buyer.name, doc.buyer.street + ", " + doc.buyer.city, "NIP " + doc.buyer.nip], 8.5)
    p.text(110, y, "Wykonawca:", 8.5, "Sans-Bold")
    p.lines(110, y + 4.5, [doc.seller.name, doc.seller.street + ", " + doc.seller.city, "NIP " + doc.seller.nip], 8.5)
    y += 24
    p.text(15, y, "Karta pracy – zestawienie wykonanych czynności:", 9, "Sans-Bold")
    day = doc.issue_date - timedelta(days=len(items) * 2 + 2)
    rows = []
    for k, it in enumerate(doc.items, 1):
        day += timedelta(days=rng.choice((1, 2)))
        rows.append(
            [str(k), date_fmt(day), it.name, qty_fmt(it.qty), rng.choice(("J. Nowicki", "A. Wrona", "M. Sikora"))]
        )
    cols = [
        Col("Lp.", 8, "c"),
        Col("Data", 22, "c"),
        Col("Zakres wykonanych prac", 90),
        Col("Liczba godzin", 20, "r"),
        Col("Wykonał", 40),
    ]
    y = table(p, 12, y + 4, cols, rows, TableStyle(size=8)) + 5
    hours = sum((it.qty for it in doc.items), Decimal(0))
    p.text(152, y, f"Łącznie: {qty_fmt(hours)} godz.", 9, "Sans-Bold", "r")
    p.lines(
        15,
        y + 9,
        [
            "Zamawiający potwierdza wykonanie prac zgodnie z umową, bez zastrzeżeń.",
            "Protokół stanowi podstawę do wystawienia faktury.",
        ],
        8.5,
    )
    y += 35
    p.hline(20, 85, y, 0.3)
    p.hline(125, 190, y, 0.3)
    p.text(52, y + 4, "Zamawiający", 7.5, "Sans", "c")
    p.text(157, y + 4, "Wykonawca", 7.5, "Sans", "c")
    return Sample(p.bytes(), (doc,))


# --------------------------------------------------------------------------------------------------
# 11. Correction with było / jest / różnica rows


def fam_correction_bylo_jest(rng: random.Random) -> Sample:
    """Correction: per line three rows labelled 'było', 'jest', 'różnica' in a narrow column; name on 'było' only."""
    no = f"KOR/{rng.randint(1, 90)}/2026"
    base = [line(rng, e, qty=rng.choice((2, 3, 4, 5, 10))) for e in pick(rng, HARDWARE + LICENCES, (1, 3))]
    before, after = [], []
    for it in base:
        before.append(replace(it, before_correction=True))
        if rng.random() < 0.5:
            after.append(make_like(it, it.qty - 1, it.unit_price or Decimal(0), False))
        else:
            after.append(make_like(it, it.qty, q2((it.unit_price or Decimal(0)) * Decimal("0.9")), False))
    doc = doc_of(rng, no, before + after, kind="correction")
    orig_date = doc.issue_date - timedelta(days=rng.randint(8, 35))
    doc = replace(
        doc,
        sale_date=orig_date,
        corrected_number=f"FV/{rng.randint(100, 999)}/2026",
        corrected_date=orig_date,
        reason=rng.choice(("zwrot towaru", "obniżka ceny – rabat posprzedażowy")),
    )
    p = Pdf()
    ms = "space"
    p.text(15, 18, "FAKTURA KORYGUJĄCA", 14, "Sans-Bold")
    p.text(15, 24, f"nr {no}", 11, "Sans-Bold")
    p.lines(
        195,
        14,
        [
            f"Data wystawienia korekty: {date_fmt(doc.issue_date)}",
            f"Dotyczy faktury nr {doc.corrected_number}",
            f"z dnia {date_fmt(orig_date)}",
            f"Data sprzedaży: {date_fmt(orig_date)}",
        ],
        8,
        align="r",
    )
    p.text(15, 36, "Sprzedawca:", 8, "Sans-Bold")
    p.lines(15, 40, [doc.seller.name, doc.seller.street, doc.seller.city, "NIP: " + doc.seller.nip], 8.5)
    p.text(110, 36, "Nabywca:", 8, "Sans-Bold")
    p.lines(110, 40, [doc.buyer.name, doc.buyer.street, doc.buyer.city, "NIP: " + doc.buyer.nip], 8.5)
    p.text(15, 62, f"Przyczyna korekty: {doc.reason}", 8.5)
    cols = [
        Col("Lp", 7, "c"),
        Col("Nazwa", 58),
        Col("", 13, "c"),
        Col("Ilość", 10, "r"),
        Col("J.m.", 9, "c"),
        Col("Cena netto", 19, "r"),
        Col("Wartość netto", 21, "r"),
        Col("VAT", 9, "c"),
        Col("Kwota VAT", 18, "r"),
        Col("Wartość brutto", 22, "r"),
    ]
    rows = []
    for k, (b, a) in enumerate(zip(before, after, strict=True), 1):
        for lab, it, nm, lp in (("było", b, b.name, str(k)), ("jest", a, "", "")):
            rows.append(
                [
                    lp,
                    nm,
                    lab,
                    qty_fmt(it.qty),
                    it.unit,
                    money(it.unit_price or 0, ms),
                    money(it.net or 0, ms),
                    rate_label(it.vat_rate),
                    money(it.vat or 0, ms),
                    money(it.gross or 0, ms),
                ]
            )
        dq = a.qty - b.qty
        rows.append(
            [
                "",
                "",
                "różnica",
                qty_fmt(dq) if dq else "0",
                b.unit,
                money((a.unit_price or 0) - (b.unit_price or 0), ms),
                money((a.net or 0) - (b.net or 0), ms),
                rate_label(b.vat_rate),
                money((a.vat or 0) - (b.vat or 0), ms),
                money((a.gross or 0) - (b.gross or 0), ms),
            ]
        )
    y = table(p, 10, 67, cols, rows, TableStyle(size=7.2, head_fill=0.9)) + 6
    exp = doc.expected()
    net, vat, gross = (Decimal(exp[k]) for k in ("net_total", "vat_total", "gross_total"))
    y = (
        table(
            p,
            95,
            y,
            [Col("", 30), Col("Netto", 25, "r"), Col("VAT", 22, "r"), Col("Brutto", 25, "r")],
            [
                ["Przed korektą", *(money(v, ms) for v in doc.totals(doc.before_items))],
                ["Po korekcie", *(money(v, ms) for v in doc.totals(doc.after_items))],
                ["Różnica", money(net, ms), money(vat, ms), money(gross, ms)],
            ],
            TableStyle(size=8),
        )
        + 7
    )
    p.text(15, y, f"Kwota do zwrotu: {money(-gross, ms)} PLN", 11, "Sans-Bold")
    p.text(15, y + 5, f"Słownie: {words_pln(gross)}", 8)
    p.text(15, y + 10, f"Zwrot na rachunek nabywcy w terminie {doc.due_days} dni.", 8)
    return Sample(p.bytes(), (doc,))


# --------------------------------------------------------------------------------------------------
# 12. KSeF visualisation as one column of label/value pairs


def fam_ksef_label_column(rng: random.Random) -> Sample:
    """KSeF visualisation as one column of label/value pairs; the long KSeF number comes before the invoice number."""
    seq = rng.randint(1, 999)
    items = [line(rng, e) for e in pick(rng, HARDWARE + LICENCES + SERVICES, (2, 5))]
    doc = doc_of(rng, "", items)
    no = f"FV {doc.issue_date.year}/{doc.issue_date.month:02d}/{seq:04d}"
    doc = replace(doc, number=no)
    ksef = f"{doc.seller.nip}-{doc.issue_date:%Y%m%d}-{rng.randint(16**11, 16**12 - 1):012X}-{rng.randint(16, 255):02X}"
    p = Pdf()
    ms = "space"
    p.text(15, 16, "Krajowy System e-Faktur", 8, "Sans", "l")
    p.text(15, 24, "Faktura VAT", 16, "Sans-Bold")
    kv = [
        ("Numer KSeF", ksef),
        ("Numer faktury", no),
        ("Data wystawienia", doc.issue_date.isoformat()),
        ("Data dokonania lub zakończenia dostawy towarów lub wykonania usługi", doc.sale_date.isoformat()),
        ("Miejsce wystawienia", doc.place),
        ("Kod waluty", "PLN"),
    ]
    y = 32.0

    def pairs(rows: list[tuple[str, str]], y: float) -> float:
        for lab, v in rows:
            lines = wrap(lab, "Sans", 7.5, 62)
            for i, ln in enumerate(lines):
                p.text(15, y + i * 3.4, ln, 7.5, "Sans")
            p.text(82, y, v, 8.5, "Sans-Bold")
            y += max(len(lines) * 3.4, 4.6)
        return y

    y = pairs(kv, y)
    for title, pt in (("Podmiot1 – Sprzedawca", doc.seller), ("Podmiot2 – Nabywca", doc.buyer)):
        y += 3
        p.rect(15, y - 3.6, 180, 5, 0, fill=0.9)
        p.text(17, y, title, 8.5, "Sans-Bold")
        y += 6
        y = pairs(
            [
                ("Identyfikator podatkowy NIP", pt.nip),
                ("Nazwa", pt.name),
                ("Adres", pt.street),
                ("", pt.city),
                ("Kraj", "PL"),
            ],
            y,
        )
    y += 3
    p.text(15, y, "Pozycje", 10, "Sans-Bold")
    cols = [
        Col("Lp.", 8, "c"),
        Col("Nazwa towaru lub usługi", 70),
        Col("Cena jedn. netto", 22, "r"),
        Col("Ilość", 12, "r"),
        Col("Miara", 12, "c"),
        Col("Stawka podatku", 16, "c"),
        Col("Wartość sprzedaży netto", 28, "r"),
    ]
    rows = [
        [
            str(k),
            it.name,
            money(it.unit_price or 0, ms),
            qty_fmt(it.qty),
            it.unit,
            rate_label(it.vat_rate),
            money(it.net or 0, ms),
        ]
        for k, it in enumerate(doc.items, 1)
    ]
    y = table(p, 15, y + 3, cols, rows, TableStyle(size=7.4, head_size=6.8, grid=False, rules=True)) + 6
    p.text(15, y, "Podsumowanie stawek podatku", 10, "Sans-Bold")
    srows = [[rate_label(r), money(n, ms), money(v, ms), money(g, ms)] for r, n, v, g in doc.rate_summary()]
    y = (
        table(
            p,
            15,
            y + 3,
            [
                Col("Stawka podatku", 30, "c"),
                Col("Kwota netto", 30, "r"),
                Col("Kwota podatku", 30, "r"),
                Col("Kwota brutto", 30, "r"),
            ],
            srows,
            TableStyle(size=7.6, grid=False, rules=True),
        )
        + 6
    )
    y = pairs(
        [
            ("Kwota należności ogółem", f"{money(doc.totals()[2], ms)} PLN"),
            ("Forma płatności", "przelew"),
            ("Termin płatności", (doc.issue_date + timedelta(days=doc.due_days)).isoformat()),
            ("Numer rachunku bankowego", doc.bank),
        ],
        y,
    )
    p.rect(160, 14, 35, 35, 0.4)
    p.text(177.5, 33, "[kod QR]", 7, "Sans", "c")
    p.text(177.5, 53, "OFFLINE: nie", 6.5, "Sans", "c")
    return Sample(p.bytes(), (replace(doc, item_amounts=("net",)),))


# --------------------------------------------------------------------------------------------------
# 13. Invoice with a pre-filled bank transfer slip at the bottom


def boxes(p: Pdf, x: float, y: float, s: str, n: int, cell: float = 4.2, size: float = 8, align: str = "l") -> None:
    """A row of n character boxes (a bank form), filled with s left- or right-aligned."""
    s = s[:n]
    start = 0 if align == "l" else n - len(s)
    for i in range(n):
        p.rect(x + i * cell, y, cell, 5, 0.3)
    for i, ch in enumerate(s):
        p.text(x + (start + i) * cell + cell / 2, y + 3.8, ch, size, "Mono", "c")


def fam_transfer_slip(rng: random.Random) -> Sample:
    """Invoice with a pre-filled transfer slip at the bottom: seller as 'nazwa odbiorcy', buyer as 'zleceniodawca'."""
    no = f"{rng.randint(1, 500)}/{rng.randint(1, 12):02d}/2026"
    items = [line(rng, e) for e in pick(rng, SERVICES + LICENCES, (1, 3))]
    doc = doc_of(
        rng,
        no,
        items,
        sell=seller(
            rng, rng.choice(("Teleinfo Lubelskie Sp. z o.o.", "Kancelaria Bezpieczeństwa Informacji Ewa Mazur"))
        ),
    )
    p = Pdf()
    ms = "space"
    p.text(15, 16, f"Faktura nr {no}", 13, "Sans-Bold")
    p.text(
        15, 22, f"data wystawienia: {date_fmt(doc.issue_date)}   data wykonania usługi: {date_fmt(doc.sale_date)}", 8
    )
    p.lines(15, 32, ["Sprzedawca:", doc.seller.name, doc.seller.street, doc.seller.city, "NIP " + doc.seller.nip], 8.5)
    p.lines(110, 32, ["Nabywca:", doc.buyer.name, doc.buyer.street, doc.buyer.city, "NIP " + doc.buyer.nip], 8.5)
    cols = [
        Col("Lp.", 8, "c"),
        Col("Nazwa usługi / towaru", 80),
        Col("Ilość", 14, "r"),
        Col("Cena netto", 22, "r"),
        Col("VAT", 10, "c"),
        Col("Netto", 22, "r"),
        Col("Brutto", 24, "r"),
    ]
    rows = [
        [
            str(k),
            it.name,
            f"{qty_fmt(it.qty)} {it.unit}",
            money(it.unit_price or 0, ms),
            rate_label(it.vat_rate),
            money(it.net or 0, ms),
            money(it.gross or 0, ms),
        ]
        for k, it in enumerate(doc.items, 1)
    ]
    y = table(p, 15, 60, cols, rows, TableStyle(size=7.8, head_fill=0.9)) + 5
    y = totals_block(p, 125, y, doc, ms, suffix=" zł")
    gross = doc.totals()[2]
    p.text(
        15,
        y + 4,
        f"Do zapłaty: {money(gross, ms)} zł – termin {date_fmt(doc.issue_date + timedelta(days=doc.due_days))}",
        10,
        "Sans-Bold",
    )
    # the slip
    top = 190.0
    for i in range(0, 180, 4):
        p.hline(15 + i, 17 + i, top - 6, 0.3)
    p.text(105, top - 8, "✂  odetnij i zapłać w banku lub na poczcie", 6.5, "Sans", "c")
    p.rect(15, top, 180, 82, 0.6)
    p.text(17, top + 4, "Polecenie przelewu / wpłata gotówkowa", 8, "Sans-Bold")
    p.text(150, top + 4, "Bank / Poczta", 7, "Sans")
    rowsl = [
        ("nazwa odbiorcy", doc.seller.name[:27], 27, "l"),
        ("nazwa odbiorcy cd.", doc.seller.city[:27], 27, "l"),
        ("nr rachunku odbiorcy", doc.bank, 26, "l"),
        ("kwota", money(gross, "comma"), 14, "r"),
        ("nazwa zleceniodawcy", doc.buyer.name[:27], 27, "l"),
        ("nazwa zleceniodawcy cd.", doc.buyer.city[:27], 27, "l"),
        ("tytułem", f"FAKTURA {no}"[:27], 27, "l"),
    ]
    yy = top + 8
    for lab, val, n, al in rowsl:
        p.text(17, yy + 1.5, lab, 5.5, "Sans")
        boxes(p, 17, yy + 2.2, val.upper() if lab.startswith("nazwa") else val, n, align=al)
        if lab == "kwota":
            p.text(80, yy + 6, "waluta: PLN", 7, "Sans")
        yy += 10
    p.text(155, top + 76, "opłata", 6, "Sans")
    return Sample(p.bytes(), (doc,))


# --------------------------------------------------------------------------------------------------
# 14. Commission of three, one row per physical unit

PEOPLE = (
    "Anna Wójcik",
    "Tomasz Zieliński",
    "Katarzyna Lewandowska",
    "Marek Szymański",
    "Jolanta Dudek",
    "Krzysztof Pawlak",
    "Beata Kalinowska",
)


def fam_commission_per_unit(rng: random.Random) -> Sample:
    """Final acceptance by a commission of three named in the preamble; one table row per unit with its own S/N."""
    no = f"{rng.randint(1, 30)}/KO/2026"
    entries = pick(rng, HARDWARE, (1, 3))
    items: list[Item] = []
    sns: list[str] = []
    for e in entries:
        n = rng.choice((2, 3, 4) if len(entries) == 1 else (1, 2, 3))
        for _ in range(n):
            items.append(Item(e[0], Decimal(1), e[1], None, None, None, None, None))
            sns.append(serial(rng, rng.choice(("SN", "CN", "PF"))))
    doc = doc_of(rng, no, items, kind="protocol", currency=None)
    doc = replace(doc, sale_date=None)
    chair, m2, m3 = rng.sample(PEOPLE, 3)
    p = Pdf()
    p.text(15, 14, doc.buyer.name, 8)
    p.text(195, 14, f"{doc.buyer.city.split(' ', 1)[1]}, {date_fmt(doc.issue_date)}", 8, "Sans", "r")
    p.text(105, 28, f"PROTOKÓŁ ODBIORU KOŃCOWEGO nr {no}", 12.5, "Sans-Bold", "c")
    head = "Starosty" if doc.buyer.name.startswith("Powiat") else rng.choice(("Wójta", "Burmistrza"))
    text = (
        f"Komisja powołana zarządzeniem {head} nr {rng.randint(10, 120)}/2026 w składzie: "
        f"1) {chair} – przewodniczący komisji, 2) {m2} – członek komisji, 3) {m3} – członek komisji, dokonała w dniu "
        f"{date_fmt(doc.issue_date)} odbioru przedmiotu zamówienia dostarczonego przez Wykonawcę: "
        f"{doc.seller.name}, {doc.seller.street}, {doc.seller.city}, NIP {nip_fmt(doc.seller.nip, 'dash')}, "
        f"na rzecz Zamawiającego: {doc.buyer.name}, {doc.buyer.street}, {doc.buyer.city}, "
        f"NIP {nip_fmt(doc.buyer.nip, 'dash')}."
    )
    y = p.lines(15, 38, wrap(text, "Sans", 8.5, 180), 8.5, lead=4.3) + 4
    cols = [
        Col("Lp.", 9, "c"),
        Col("Nazwa urządzenia", 92),
        Col("Numer seryjny", 36, "c"),
        Col("Ilość", 13, "r"),
        Col("Stan", 30, "c"),
    ]
    rows = [
        [str(k), it.name, sn, "1", "sprawny, kompletny"]
        for k, (it, sn) in enumerate(zip(doc.items, sns, strict=True), 1)
    ]
    y = table(p, 12, y, cols, rows, TableStyle(size=7.8)) + 6
    y = (
        p.lines(
            15,
            y,
            wrap(
                "Komisja stwierdza, że przedmiot zamówienia został dostarczony w ilości i jakości zgodnej "
                "z umową i przyjmuje go bez zastrzeżeń. Gwarancja: 36 miesięcy od daty odbioru.",
                "Sans",
                8.5,
                180,
            ),
            8.5,
            lead=4.3,
        )
        + 14
    )
    p.text(15, y, "Komisja:", 8.5, "Sans-Bold")
    for k, who in enumerate((chair, m2, m3)):
        p.text(15, y + 8 + k * 9, f"{k + 1}. {who}", 8.5)
        p.hline(75, 120, y + 8 + k * 9, 0.3)
    p.text(150, y, "Wykonawca:", 8.5, "Sans-Bold")
    p.hline(140, 195, y + 17, 0.3)
    return Sample(p.bytes(), (doc,))
