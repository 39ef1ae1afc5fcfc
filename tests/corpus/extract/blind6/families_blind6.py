"""BLIND-6 families (fresh batch). Not to be opened by the parser engineer; measured once, at the end.

Layouts written for this batch only, by an evaluator who never read the parser (`extractors/`, `checks/`,
`tests/extractors/`). They share the data model (`Doc`, `Item`, `make_line`) and the page canvas and table drawing
(`Pdf`, `table`) of `kit.py`, but bring their own sellers, their own IT/telecom catalogue (some names in English)
and real gminy and powiaty from the TERYT register (TERC 2024-01-01, `/work/shared/data/teryt/terc_2024-01-01.csv`;
the TERYT code of each is kept next to it; streets and postcodes are invented).

Focus of the batch: a telecom operator's bill with a summary page first (customer number, billing period, charges
by category, "Do zapłaty") and the line items only on page 2, unit prices with four decimals; a Comarch-like
printout with abbreviated headings (J.m., Il., C.j.netto, Wart.netto, St.VAT, Kw.VAT, Wart.brutto); a Symfonia-like
invoice with Sprzedawca/Nabywca side by side in boxes, the NIP in a separate row "NIP: PL…" under each box and
rates written "23,00%"; dates in words ("5 marca 2026 r.") with totals only as a "Razem" row of the table and
"Do zapłaty" in words; a KSeF number in the header and a QR verification box; a "DUPLIKAT z dnia …" with the
original issue date beside the duplicate's date; a discount printed as a separate negative row; a "protokół
odbioru częściowego" with a column of reservations and a "Zastrzeżenia" list; a "protokół instalacji
oprogramowania" with licence keys and host names; a correction to zero (the whole invoice cancelled, after-side
quantities 0); item names in English under Polish headings; an enova-like horizontal totals strip with
"Zapłacono / Pozostaje do zapłaty"; a pre-printed stationery form (Michalczyk-i-Prokop style) filled in with a
typewriter font slightly off the boxes; a final acceptance protocol by a commission with the goods as a numbered
prose list (no table).
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

from tests.corpus.extract.kit import (
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
    table,
    words_pln,
    wrap,
)
from tests.corpus.extract.registry import Sample

# --------------------------------------------------------------------------------------------------
# Buyers: real JST from TERC 2024-01-01 (code, name, kind); seats of the powiaty are their towns.

GMINY = (
    ("0408082", "Tłuchowo", "gmina wiejska"),
    ("1817052", "Sanok", "gmina wiejska"),
    ("2403082", "Hażlach", "gmina wiejska"),
    ("1811102", "Wadowice Górne", "gmina wiejska"),
    ("0804011", "Nowa Sól", "gmina miejska"),
    ("2413082", "Tworóg", "gmina wiejska"),
    ("2604033", "Chęciny", "gmina miejsko-wiejska"),
    ("2413021", "Miasteczko Śląskie", "gmina miejska"),
    ("1008072", "Pabianice", "gmina wiejska"),
    ("1016011", "Tomaszów Mazowiecki", "gmina miejska"),
    ("1433032", "Korytnica", "gmina wiejska"),
    ("0212033", "Lwówek Śląski", "gmina miejsko-wiejska"),
    ("1803032", "Czarna", "gmina wiejska"),
    ("2209073", "Nowy Staw", "gmina miejsko-wiejska"),
    ("1805062", "Krempna", "gmina wiejska"),
    ("0608032", "Firlej", "gmina wiejska"),
    ("2011032", "Korycin", "gmina wiejska"),
    ("0605042", "Godziszów", "gmina wiejska"),
    ("2211031", "Puck", "gmina miejska"),
    ("3009113", "Przedecz", "gmina miejsko-wiejska"),
    ("0416063", "Tuchola", "gmina miejsko-wiejska"),
    ("2802011", "Braniewo", "gmina miejska"),
)
POWIATY = (
    ("1212", "olkuski", "Olkusz"),
    ("2813", "olecki", "Olecko"),
    ("0218", "średzki", "Środa Śląska"),
    ("3023", "słupecki", "Słupca"),
    ("0809", "zielonogórski", "Zielona Góra"),
    ("2404", "częstochowski", "Częstochowa"),
    ("2403", "cieszyński", "Cieszyn"),
    ("3218", "łobeski", "Łobez"),
)
B_STREETS = (
    "ul. Rynek 1",
    "ul. Kościuszki 2",
    "pl. Ratuszowy 3",
    "ul. Główna 14",
    "ul. Partyzantów 7",
    "ul. 3 Maja 10",
)

SELLERS = (
    "TelkoNet Operator Sp. z o.o.",
    "Biuro Rachunkowo-Informatyczne KONTO-SOFT Sp. z o.o.",
    "Grupa Serwisowa NORDCOMP Sp. z o.o.",
    "Wielkopolskie Centrum Licencji Sp. z o.o. sp.k.",
    "ITS Ireneusz Sowa",
    "SecuLab Polska S.A.",
    "Hurtownia Komputerowa MEGABAJT s.c.",
    "Instalatorstwo Teletechniczne Piotr Maj",
    "Śląskie Systemy Sieciowe Sp. z o.o.",
    "ADMINPRO Łukasz Górecki",
)
S_STREETS = ("ul. Fabryczna 22", "ul. Składowa 5", "al. Niepodległości 141", "ul. Tęczowa 8/2", "ul. Cicha 19")
S_CITIES = ("40-203 Katowice", "60-128 Poznań", "70-415 Szczecin", "87-100 Toruń", "31-864 Kraków", "02-672 Warszawa")

CAT = (
    ("Komputer stacjonarny HP Pro Tower 400 G9 i5-13500 16GB 512GB W11P", "szt.", (3100, 3800), "23", "", "", ""),
    ("Notebook ASUS ExpertBook B1 B1502CVA i5 16GB 512GB W11P", "szt.", (2900, 3500), "23", "", "", ""),
    ("Router Mikrotik CCR2004-16G-2S+ z konfiguracją", "szt.", (2300, 2900), "23", "", "", ""),
    ("Serwer NAS QNAP TS-873A z dyskami 4x 6 TB", "kpl.", (8800, 10900), "23", "", "", ""),
    ("Licencja Windows Server 2022 Standard 16 Core", "lic.", (3600, 4300), "23", "", "", ""),
    ("Licencja Bitdefender GravityZone Business Security (2 lata)", "lic.", (160, 240), "23", "", "", ""),
    ("Skaner dokumentów Fujitsu fi-8170", "szt.", (3900, 4700), "23", "", "", ""),
    ("Test penetracyjny infrastruktury sieciowej urzędu", "usł.", (9000, 18000), "23", "", "", ""),
    ("Konfiguracja i uruchomienie sieci VLAN w budynku urzędu", "usł.", (2500, 5500), "23", "", "", ""),
    ("Zasilacz UPS CyberPower OLS3000EA 3000VA", "szt.", (2700, 3300), "23", "", "", ""),
    ("Wdrożenie polityki haseł i uwierzytelniania MFA", "usł.", (3000, 7000), "23", "", "", ""),
    ("Pendrive szyfrowany Kingston IronKey Vault Privacy 50 32GB", "szt.", (260, 340), "23", "", "", ""),
)
CAT_EN = (
    ("Firewall appliance FortiGate 40F with 3-year UTP bundle", "pcs", (3900, 4800), "23", "", "", ""),
    ("Network switch Cisco Catalyst 1000-24T-4G-L", "pcs", (2600, 3300), "23", "", "", ""),
    ("Backup software Acronis Cyber Protect Standard Server (1 year)", "lic", (2400, 3100), "23", "", "", ""),
    ("Endpoint protection WithSecure Elements EPP (1 year, per device)", "lic", (110, 170), "23", "", "", ""),
    ("Professional services - firewall deployment and hardening", "h", (180, 260), "23", "", "", ""),
    ("Rack server Lenovo ThinkSystem SR250 V3 Xeon E-2434 32GB", "pcs", (9800, 12600), "23", "", "", ""),
    ("Hardware security key Feitian ePass FIDO2 NFC", "pcs", (120, 180), "23", "", "", ""),
)
TELCO = (
    ("Abonament - dostęp do Internetu światłowód 1 Gb/s (Urząd)", "mies.", (390, 520), "23", "", "", ""),
    ("Łącze dedykowane MPLS 300 Mb/s - lokalizacja szkoła", "mies.", (640, 890), "23", "", "", ""),
    ("Usługa stałych adresów IPv4 (pula /29)", "mies.", (45, 90), "23", "", "", ""),
    ("Ochrona przed atakami DDoS - pakiet Standard", "mies.", (250, 420), "23", "", "", ""),
    ("Abonament telefonii komórkowej Biznes (karta SIM)", "szt.", (29, 55), "23", "", "", ""),
    ("Usługa kopii zapasowej w chmurze operatora 2 TB", "mies.", (150, 260), "23", "", "", ""),
)


def _buyer(rng: random.Random, powiat: bool | None = None) -> Party:
    if powiat if powiat is not None else rng.random() < 0.3:
        _code, name, seat = rng.choice(POWIATY)
        return Party(
            f"Powiat {name[0].upper()}{name[1:]}",
            rng.choice(B_STREETS),
            f"{rng.randint(10, 99)}-{rng.randint(100, 999)} {seat}",
            make_nip(rng),
            ("Starostwo Powiatowe",),
        )
    _code, name, kind = rng.choice(GMINY)
    if kind == "gmina miejska":
        full, office = f"Miasto {name}", f"Urząd Miasta {name}"
    elif kind == "gmina miejsko-wiejska":
        full, office = f"Gmina {name}", f"Urząd Miasta i Gminy {name}"
    else:
        full, office = f"Gmina {name}", f"Urząd Gminy {name}"
    return Party(
        full, rng.choice(B_STREETS), f"{rng.randint(10, 99)}-{rng.randint(100, 999)} {name}", make_nip(rng), (office,)
    )


def _seller(rng: random.Random, name: str | None = None) -> Party:
    return Party(name or rng.choice(SELLERS), rng.choice(S_STREETS), rng.choice(S_CITIES), make_nip(rng))


def _issue(rng: random.Random) -> date:
    return date(2026, 1, 5) + timedelta(days=rng.randint(0, 290))


def _doc(
    rng: random.Random,
    number: str,
    *,
    n: tuple[int, int] = (2, 5),
    pool: tuple[tuple, ...] = CAT,
    kind: str = "invoice",
    seller: Party | None = None,
    buyer: Party | None = None,
    qty: int | None = None,
) -> Doc:
    seller = seller or _seller(rng)
    buyer = buyer or _buyer(rng)
    issue = _issue(rng)
    sale = issue - timedelta(days=rng.choice((0, 0, 1, 3, 6)))
    entries = rng.sample(pool, min(rng.randint(*n), len(pool)))
    items = tuple(make_line(rng, e, qty=qty) for e in entries)
    protocol = kind == "protocol"
    return Doc(
        kind=kind,
        number=number,
        issue_date=issue,
        sale_date=None if protocol else sale,
        seller=seller,
        buyer=buyer,
        currency=None if protocol else "PLN",
        items=items,
        place=seller.city.split(" ", 1)[1],
        due_days=rng.choice((14, 21, 30)),
        bank="".join(str(rng.randint(0, 9)) for _ in range(26)),
    )


def _iban(bank: str) -> str:
    return bank[:2] + " " + " ".join(bank[i : i + 4] for i in range(2, 26, 4))


def _rate_dec(rate: str | None) -> str:
    return f"{rate},00%" if rate and rate.isdigit() else (rate or "")


def _due(doc: Doc, style: str = "dmy") -> str:
    return date_fmt(doc.issue_date + timedelta(days=doc.due_days), style)


# --------------------------------------------------------------------------------------------------
# 1. Telecom bill: summary page first, line items on page 2


def fam_telco_summary_first(rng: random.Random) -> Sample:
    """Telecom bill: page 1 customer/billing-period summary with charges by category and Do zapłaty; items on page 2."""
    no = f"F/{rng.randint(10, 99)}{rng.randint(100000, 999999)}/{rng.randint(1, 12):02d}/26"
    doc = _doc(rng, no, n=(4, 6), pool=TELCO, seller=_seller(rng, "TelkoNet Operator Sp. z o.o."))
    # unit prices with four decimals, as billing systems print them; the net is the rounded product
    items = []
    for it in doc.items:
        price = (it.unit_price or Decimal(0)) + Decimal(rng.randint(0, 99)) / 10000
        net = q2(price * it.qty)
        vat = q2(net * Decimal("0.23"))
        items.append(replace(it, unit_price=price, net=net, vat=vat, gross=net + vat))
    doc = replace(doc, items=tuple(items), print_item_vat=True)
    net, vat, gross = doc.totals()
    period_end = doc.issue_date - timedelta(days=doc.issue_date.day)
    period_start = period_end.replace(day=1)
    doc = replace(doc, sale_date=period_end)
    p = Pdf()
    p.rect(0, 0, p.w, 26, 0, fill=0.2)
    p.c.setFillGray(1)
    p.text(14, 14, "TelkoNet", 20, "Sans-Bold")
    p.text(14, 21, "Twój operator dla biznesu i samorządu", 8)
    p.text(p.w - 14, 14, "FAKTURA VAT", 13, "Sans-Bold", "r")
    p.text(p.w - 14, 21, f"nr {no}", 10, "Sans", "r")
    p.c.setFillGray(0)
    cust = f"{rng.randint(1, 9)}.{rng.randint(1000000, 9999999)}"
    p.lines(
        14,
        36,
        [
            f"Numer klienta: {cust}",
            f"Okres rozliczeniowy: {date_fmt(period_start)} - {date_fmt(period_end)}",
            f"Data wystawienia: {date_fmt(doc.issue_date)}",
            f"Data zakończenia świadczenia usługi: {date_fmt(doc.sale_date)}",
            f"Termin płatności: {_due(doc)}",
        ],
        8.5,
        lead=4.6,
    )
    p.text(115, 36, "Nabywca / Płatnik", 8, "Sans-Bold")
    b = doc.buyer
    p.lines(115, 41, [b.name, *b.extra, b.street, b.city, f"NIP {nip_fmt(b.nip, 'dash')}"], 9, lead=4.4)
    p.rect(14, 68, p.w - 28, 40, 0.6)
    p.text(20, 76, "Podsumowanie rachunku", 11, "Sans-Bold")
    cats = (("Opłaty abonamentowe", Decimal("0.62")), ("Usługi dodatkowe", Decimal("0.38")))
    part = q2(net * cats[0][1])
    p.text(20, 84, cats[0][0], 9)
    p.text(p.w - 20, 84, f"{money(part)} zł netto", 9, "Sans", "r")
    p.text(20, 89, cats[1][0], 9)
    p.text(p.w - 20, 89, f"{money(net - part)} zł netto", 9, "Sans", "r")
    p.text(20, 94, "Podatek VAT 23%", 9)
    p.text(p.w - 20, 94, f"{money(vat)} zł", 9, "Sans", "r")
    p.hline(20, p.w - 20, 97, 0.3)
    p.text(20, 104, "Do zapłaty", 12, "Sans-Bold")
    p.text(p.w - 20, 104, f"{money(gross)} zł", 14, "Sans-Bold", "r")
    p.text(14, 118, f"Kwotę prosimy wpłacić na indywidualny rachunek: {_iban(doc.bank)}", 8.5)
    p.text(14, 123, f"w tytule: {cust}. Szczegóły naliczeń na stronie 2.", 8.5)
    s = doc.seller
    p.lines(
        14,
        270,
        [
            f"{s.name}, {s.street}, {s.city}",
            f"NIP {s.nip}, Sąd Rejonowy Katowice-Wschód KRS 0000{rng.randint(100000, 999999)}",
        ],
        6.5,
        lead=3,
    )
    p.text(p.w - 14, 285, "Strona 1/2", 7, "Sans", "r")
    p.new_page()
    p.text(14, 20, f"Szczegóły naliczeń do faktury {no}", 11, "Sans-Bold")
    cols = [
        Col("Usługa", 82),
        Col("Ilość", 14, "r"),
        Col("Cena jedn. netto", 26, "r"),
        Col("Netto", 22, "r"),
        Col("VAT", 12, "c"),
        Col("Brutto", 24, "r"),
    ]
    rows = [
        [it.name, qty_fmt(it.qty), f"{it.unit_price:.4f}".replace(".", ","), money(it.net), "23%", money(it.gross)]
        for it in doc.items
    ]
    rows.append(["Razem", "", "", money(net), "", money(gross)])
    table(p, 14, 28, cols, rows, TableStyle(size=7.8, grid=False, rules=True))
    p.text(p.w - 14, 285, "Strona 2/2", 7, "Sans", "r")
    return Sample(p.bytes(), (doc,))


# --------------------------------------------------------------------------------------------------
# 2. Comarch-like abbreviated headings


def fam_erp_abbrev_heads(rng: random.Random) -> Sample:
    """ERP printout with abbreviated headings J.m./Il./C.j.netto/Wart.netto/St.VAT/Kw.VAT, parties in two columns."""
    no = f"FA/{rng.randint(1, 400)}/2026"
    doc = _doc(rng, no, n=(2, 6))
    p = Pdf()
    p.text(14, 16, f"Faktura VAT {no}", 13, "Sans-Bold")
    p.text(14, 21, "ORYGINAŁ", 7.5)
    p.lines(
        130,
        14,
        [
            f"Miejsce wystawienia: {doc.place}",
            f"Data wystawienia: {date_fmt(doc.issue_date)}",
            f"Data sprzedaży: {date_fmt(doc.sale_date)}",
        ],
        7.5,
        lead=3.8,
    )
    p.hline(14, p.w - 14, 28, 0.8)
    for x, lab, q in ((14, "Sprzedawca:", doc.seller), (108, "Nabywca:", doc.buyer)):
        p.text(x, 34, lab, 7.5, "Sans-Bold")
        rows = [q.name, *(q.extra if q is doc.buyer else ()), q.street, q.city, f"NIP: {nip_fmt(q.nip, 'dash')}"]
        p.lines(x, 39, rows, 8.5, lead=4)
    cols = [
        Col("Lp", 7, "c"),
        Col("Nazwa", 66),
        Col("Il.", 9, "r"),
        Col("J.m.", 9, "c"),
        Col("C.j.netto", 18, "r"),
        Col("Wart.netto", 20, "r"),
        Col("St.VAT", 12, "c"),
        Col("Kw.VAT", 17, "r"),
        Col("Wart.brutto", 21, "r"),
    ]
    rows = [
        [
            str(k),
            it.name,
            qty_fmt(it.qty),
            it.unit,
            money(it.unit_price or 0),
            money(it.net or 0),
            f"{it.vat_rate}%",
            money(it.vat or 0),
            money(it.gross or 0),
        ]
        for k, it in enumerate(doc.items, 1)
    ]
    y = table(p, 12, 68, cols, rows, TableStyle(size=7.2, head_size=6.8, grid=True, head_fill=0.9)) + 4
    net, vat, gross = doc.totals()
    cols2 = [Col("St.VAT", 14, "c"), Col("Wart.netto", 22, "r"), Col("Kw.VAT", 20, "r"), Col("Wart.brutto", 22, "r")]
    y = (
        table(
            p,
            117,
            y,
            cols2,
            [["23%", money(net), money(vat), money(gross)], ["Razem:", money(net), money(vat), money(gross)]],
            TableStyle(size=7.2, grid=True),
        )
        + 6
    )
    p.text(14, y, f"Forma płatności: przelew   Termin: {_due(doc)}", 8)
    p.text(14, y + 5, f"Nr rach.: {_iban(doc.bank)}", 8)
    p.text(14, y + 12, f"Razem do zapłaty: {money(gross)} PLN", 10, "Sans-Bold")
    p.text(14, y + 17, f"Słownie: {words_pln(gross)}", 8)
    p.text(14, 286, "Wydruk z programu Comarch ERP Optima", 6)
    return Sample(p.bytes(), (doc,))


# --------------------------------------------------------------------------------------------------
# 3. Symfonia-like: boxes side by side, NIP row below the boxes, rates "23,00%"


def fam_boxes_nip_row_rate_decimals(rng: random.Random) -> Sample:
    """Sprzedawca/Nabywca in boxes side by side, NIP: PL… in a separate row under each box, rates printed 23,00%."""
    no = f"{rng.randint(1, 999):04d}/FVS/{rng.randint(1, 12):02d}/2026"
    doc = _doc(rng, no, n=(2, 5))
    items = list(doc.items)
    k = rng.randrange(len(items))  # one printed manual at 5% (books)
    it = make_line(
        rng,
        ("Podręcznik drukowany: Bezpieczeństwo informacji w urzędzie", "egz.", (40, 90), "5", "", "", ""),
        qty=rng.choice((5, 10, 20)),
    )
    items.insert(k, it)
    doc = replace(doc, items=tuple(items))
    p = Pdf()
    p.text(p.w / 2, 18, "FAKTURA VAT", 15, "Serif-Bold", "c")
    p.text(p.w / 2, 24, f"Nr: {no}", 10, "Serif", "c")
    p.text(14, 33, f"Data wystawienia: {date_fmt(doc.issue_date, 'dash')}", 8.5)
    p.text(p.w - 14, 33, f"Data dostawy/wykonania usługi: {date_fmt(doc.sale_date, 'dash')}", 8.5, "Sans", "r")
    for x, lab, q in ((14, "Sprzedawca", doc.seller), (107, "Nabywca", doc.buyer)):
        p.rect(x, 37, 89, 28, 0.5)
        p.rect(x, 37, 89, 5, 0.5, fill=0.85)
        p.text(x + 2, 40.8, lab, 8, "Sans-Bold")
        p.lines(x + 2, 47, [q.name, q.street, q.city], 8.5, lead=4.2)
        p.text(x + 2, 70, f"NIP: {nip_fmt(q.nip, 'pl')}", 9, "Sans-Bold")
    cols = [
        Col("Lp.", 8, "c"),
        Col("Nazwa towaru / usługi", 62),
        Col("Ilość", 11, "r"),
        Col("Jm", 9, "c"),
        Col("Cena netto", 19, "r"),
        Col("Stawka", 14, "c"),
        Col("Wartość netto", 21, "r"),
        Col("Kwota VAT", 17, "r"),
        Col("Wartość brutto", 21, "r"),
    ]
    rows = [
        [
            f"{k}.",
            it.name,
            qty_fmt(it.qty),
            it.unit,
            money(it.unit_price or 0, "dot"),
            _rate_dec(it.vat_rate),
            money(it.net or 0, "dot"),
            money(it.vat or 0, "dot"),
            money(it.gross or 0, "dot"),
        ]
        for k, it in enumerate(doc.items, 1)
    ]
    y = table(p, 12, 78, cols, rows, TableStyle(size=7.2, grid=True)) + 5
    cols2 = [Col("Stawka", 16, "c"), Col("Netto", 24, "r"), Col("VAT", 20, "r"), Col("Brutto", 24, "r")]
    summ = [[_rate_dec(r), money(n_, "dot"), money(v, "dot"), money(g, "dot")] for r, n_, v, g in doc.rate_summary()]
    net, vat, gross = doc.totals()
    summ.append(["Razem", money(net, "dot"), money(vat, "dot"), money(gross, "dot")])
    y = table(p, 114, y, cols2, summ, TableStyle(size=7.5, grid=True)) + 7
    p.text(14, y, f"Do zapłaty: {money(gross, 'dot')} PLN", 11, "Serif-Bold")
    p.text(14, y + 5, f"Słownie: {words_pln(gross)}", 8.5, "Serif")
    p.text(14, y + 11, f"Sposób zapłaty: przelew, termin {_due(doc, 'dash')}, konto {_iban(doc.bank)}", 8)
    return Sample(p.bytes(), (doc,))


# --------------------------------------------------------------------------------------------------
# 4. Dates in words, totals only as a "Razem" row, "Do zapłaty" in words


def fam_words_dates_razem_row(rng: random.Random) -> Sample:
    """Dates in words with "r.", totals only as the table's Razem row, then Do zapłaty written in words only."""
    no = f"{rng.randint(1, 60)}/{rng.randint(1, 12)}/2026"
    doc = _doc(rng, no, n=(1, 4))
    p = Pdf()
    p.text(p.w - 16, 16, f"{doc.place}, dnia {date_fmt(doc.issue_date, 'words_r')}", 9, "Serif", "r")
    p.text(16, 30, "Sprzedawca:", 9, "Serif-Bold")
    s, b = doc.seller, doc.buyer
    p.lines(16, 35, [s.name, f"{s.street}, {s.city}", f"NIP {nip_fmt(s.nip, 'space')}"], 9, "Serif", lead=4.4)
    p.text(16, 52, "Nabywca:", 9, "Serif-Bold")
    p.lines(16, 57, [b.name, f"{b.street}, {b.city}", f"NIP {nip_fmt(b.nip, 'space')}"], 9, "Serif", lead=4.4)
    p.text(p.w / 2, 80, f"FAKTURA nr {no}", 14, "Serif-Bold", "c")
    p.text(p.w / 2, 86, f"data sprzedaży: {date_fmt(doc.sale_date, 'words_r')}", 9, "Serif", "c")
    cols = [
        Col("L.p.", 9, "c"),
        Col("Nazwa", 64),
        Col("Ilość", 13, "r"),
        Col("Cena jedn. netto", 22, "r"),
        Col("Wartość netto", 23, "r"),
        Col("VAT %", 12, "c"),
        Col("Kwota VAT", 20, "r"),
        Col("Wartość brutto", 23, "r"),
    ]
    rows = [
        [
            f"{k}.",
            it.name,
            f"{qty_fmt(it.qty)} {it.unit}",
            money(it.unit_price or 0),
            money(it.net or 0),
            it.vat_rate or "",
            money(it.vat or 0),
            money(it.gross or 0),
        ]
        for k, it in enumerate(doc.items, 1)
    ]
    net, vat, gross = doc.totals()
    rows.append(["", "Razem", "", "", money(net), "", money(vat), money(gross)])
    y = table(p, 11, 94, cols, rows, TableStyle(size=8, font="Serif", head_font="Serif-Bold", grid=True)) + 8
    p.text(16, y, f"Do zapłaty słownie: {words_pln(gross)}", 9.5, "Serif-Bold")
    p.text(16, y + 6, f"Płatne przelewem do dnia {_due(doc, 'words_r')} na rachunek {_iban(doc.bank)}", 8.5, "Serif")
    p.text(150, y + 30, "(podpis wystawcy)", 7, "Serif", "c")
    p.hline(125, 175, y + 26, 0.3)
    return Sample(p.bytes(), (doc,))


# --------------------------------------------------------------------------------------------------
# 5. KSeF number in the header and a QR verification box


def _qr(p: Pdf, rng: random.Random, x: float, y: float, size: float) -> None:
    n = 25
    cell = size / n
    p.rect(x - 1, y - 1, size + 2, size + 2, 0.3)
    grid = [[rng.random() < 0.5 for _ in range(n)] for _ in range(n)]
    for fx, fy in ((0, 0), (n - 7, 0), (0, n - 7)):
        for i in range(7):
            for j in range(7):
                edge = i in (0, 6) or j in (0, 6)
                core = 2 <= i <= 4 and 2 <= j <= 4
                grid[fy + i][fx + j] = edge or core
    for i in range(n):
        for j in range(n):
            if grid[i][j]:
                p.rect(x + j * cell, y + i * cell, cell, cell, 0, fill=0)


def fam_ksef_number_qr(rng: random.Random) -> Sample:
    """ERP print of an invoice sent to KSeF: the long KSeF number under the title, a QR verification box at the foot."""
    no = f"FV {rng.randint(1, 999)}/{rng.randint(1, 12):02d}/2026/K"
    doc = _doc(rng, no, n=(2, 5))
    hexd = "0123456789ABCDEF"
    tail = "".join(rng.choice(hexd) for _ in range(12))
    ksef = f"{doc.seller.nip}-{doc.issue_date:%Y%m%d}-{tail}-{rng.choice(hexd)}{rng.choice(hexd)}"
    p = Pdf()
    p.text(14, 16, "Faktura", 16, "Sans-Bold")
    p.text(14, 23, f"Numer faktury: {no}", 10, "Sans-Bold")
    p.text(14, 28.5, f"Numer KSeF: {ksef}", 7.5, "Mono")
    p.lines(
        p.w - 14,
        14,
        [
            f"Data wystawienia {date_fmt(doc.issue_date, 'iso')}",
            f"Data dostawy {date_fmt(doc.sale_date, 'iso')}",
            f"Miejsce wystawienia {doc.place}",
        ],
        8,
        align="r",
        lead=4,
    )
    for x, lab, q in ((14, "Sprzedawca", doc.seller), (108, "Nabywca", doc.buyer)):
        p.text(x, 40, lab.upper(), 7, "Sans-Bold")
        p.hline(x, x + 86, 41.5, 0.3)
        p.lines(x, 46, [f"NIP {q.nip}", q.name, *(q.extra if q is doc.buyer else ()), q.street, q.city], 8.5, lead=4.2)
    cols = [
        Col("Lp.", 8, "c"),
        Col("Nazwa towaru lub usługi", 70),
        Col("Ilość", 12, "r"),
        Col("Jedn.", 11, "c"),
        Col("Cena netto", 20, "r"),
        Col("Stawka", 13, "c"),
        Col("Wartość netto", 22, "r"),
        Col("Wartość brutto", 24, "r"),
    ]
    rows = [
        [
            str(k),
            it.name,
            qty_fmt(it.qty),
            it.unit,
            money(it.unit_price or 0),
            f"{it.vat_rate}%",
            money(it.net or 0),
            money(it.gross or 0),
        ]
        for k, it in enumerate(doc.items, 1)
    ]
    y = table(p, 12, 74, cols, rows, TableStyle(size=7.6, grid=False, rules=True, head_fill=0.92)) + 6
    net, vat, gross = doc.totals()
    y = p.lines(120, y, [f"Wartość netto: {money(net)} PLN", f"Kwota VAT: {money(vat)} PLN"], 8.5, lead=4.5)
    p.text(120, y + 1, f"Kwota należności ogółem: {money(gross)} PLN", 9.5, "Sans-Bold")
    p.text(14, y + 10, f"Termin płatności: {_due(doc, 'iso')}   Rachunek: {_iban(doc.bank)}", 8)
    qy = min(y + 22, 240)
    _qr(p, rng, 16, qy, 30)
    p.lines(
        52,
        qy + 4,
        [
            "Sprawdź, czy Twoja faktura znajduje się w KSeF!",
            "Zeskanuj kod QR lub wejdź na stronę",
            "ksef.mf.gov.pl/web/verify",
            f"{ksef}",
        ],
        7.5,
        lead=4.2,
    )
    return Sample(p.bytes(), (doc,))


# --------------------------------------------------------------------------------------------------
# 6. Duplicate with two dates


def fam_duplikat_two_dates(rng: random.Random) -> Sample:
    """A DUPLIKAT printed weeks later: 'DUPLIKAT z dnia …' at the top and the original issue date in the dates block."""
    no = f"{rng.randint(1, 300)}/2026/S"
    doc = _doc(rng, no, n=(1, 4))
    dup = doc.issue_date + timedelta(days=rng.randint(12, 50))
    p = Pdf()
    p.text(p.w / 2, 16, f"DUPLIKAT z dnia {date_fmt(dup)}", 11, "Sans-Bold", "c")
    p.text(p.w / 2, 24, f"Faktura VAT nr {no}", 14, "Sans-Bold", "c")
    p.rect(120, 30, 76, 20, 0.4)
    p.lines(
        123,
        35,
        [
            f"Data wystawienia: {date_fmt(doc.issue_date)}",
            f"Data sprzedaży: {date_fmt(doc.sale_date)}",
            f"Data wystawienia duplikatu: {date_fmt(dup)}",
        ],
        7.8,
        lead=4.5,
    )
    s, b = doc.seller, doc.buyer
    p.text(14, 33, "Sprzedawca", 8, "Sans-Bold")
    p.lines(14, 38, [s.name, s.street, s.city, f"NIP {nip_fmt(s.nip, 'dash')}"], 8.5, lead=4.2)
    p.text(14, 60, "Nabywca", 8, "Sans-Bold")
    p.lines(14, 65, [b.name, *b.extra, b.street, b.city, f"NIP {nip_fmt(b.nip, 'dash')}"], 8.5, lead=4.2)
    cols = [
        Col("Lp", 8, "c"),
        Col("Nazwa", 68),
        Col("Ilość", 12, "r"),
        Col("J.m.", 10, "c"),
        Col("Cena netto", 20, "r"),
        Col("Wartość netto", 22, "r"),
        Col("VAT", 10, "c"),
        Col("Wartość brutto", 24, "r"),
    ]
    rows = [
        [
            str(k),
            it.name,
            qty_fmt(it.qty),
            it.unit,
            money(it.unit_price or 0),
            money(it.net or 0),
            f"{it.vat_rate}%",
            money(it.gross or 0),
        ]
        for k, it in enumerate(doc.items, 1)
    ]
    y = table(p, 12, 94, cols, rows, TableStyle(size=7.8, grid=True)) + 5
    net, vat, gross = doc.totals()
    y = (
        table(
            p,
            118,
            y,
            [Col("", 22), Col("Netto", 18, "r"), Col("VAT", 16, "r"), Col("Brutto", 20, "r")],
            [["Razem 23%", money(net), money(vat), money(gross)]],
            TableStyle(size=7.6, grid=True),
        )
        + 8
    )
    p.text(14, y, f"Do zapłaty: {money(gross)} zł", 11, "Sans-Bold")
    p.text(14, y + 5, f"słownie: {words_pln(gross)}", 8)
    p.text(14, y + 10, "Przyczyna wystawienia duplikatu: zagubienie oryginału przez nabywcę.", 7.5, "Sans-Italic")
    return Sample(p.bytes(), (doc,))


# --------------------------------------------------------------------------------------------------
# 7. Discount as a separate negative row


def fam_discount_negative_row(rng: random.Random) -> Sample:
    """Web-shop B2B invoice with the order discount printed as its own negative line (qty 1, minus price)."""
    no = f"FV/WWW/{rng.randint(1000, 9999)}/2026"
    doc = _doc(rng, no, n=(2, 4))
    pct = rng.choice((3, 5, 7, 10))
    base = sum((it.net or Decimal(0) for it in doc.items), Decimal(0))
    disc = -q2(base * pct / 100)
    dvat = q2(disc * Decimal("0.23"))
    row = Item(
        f"Rabat {pct}% na zamówienie (kod SAMORZAD{pct})", Decimal(1), "szt.", disc, disc, "23", dvat, disc + dvat
    )
    doc = replace(doc, items=(*doc.items, row))
    p = Pdf()
    p.rect(14, 12, 60, 14, 0, fill=0.3)
    p.c.setFillGray(1)
    p.text(44, 21, "sklep-it24.pl", 12, "Sans-Bold", "c")
    p.c.setFillGray(0)
    p.text(p.w - 14, 16, f"Faktura nr {no}", 12, "Sans-Bold", "r")
    p.text(p.w - 14, 22, f"wystawiona {date_fmt(doc.issue_date)}, sprzedaż {date_fmt(doc.sale_date)}", 8, "Sans", "r")
    s, b = doc.seller, doc.buyer
    p.lines(14, 36, ["Sprzedawca", s.name, f"{s.street}, {s.city}", f"NIP: {s.nip}"], 8.5, lead=4.3)
    p.lines(108, 36, ["Nabywca", b.name, f"{b.street}, {b.city}", f"NIP: {b.nip}"], 8.5, lead=4.3)
    p.text(
        14,
        58,
        f"Zamówienie nr {rng.randint(100000, 999999)} z dnia "
        f"{date_fmt(doc.sale_date - timedelta(days=rng.randint(2, 9)))}",
        8,
    )
    cols = [
        Col("#", 7, "c"),
        Col("Produkt", 74),
        Col("Ilość", 12, "r"),
        Col("Cena netto", 22, "r"),
        Col("Wartość netto", 23, "r"),
        Col("VAT", 10, "c"),
        Col("Wartość brutto", 24, "r"),
    ]
    rows = [
        [
            str(k),
            it.name,
            qty_fmt(it.qty),
            money(it.unit_price or 0),
            money(it.net or 0),
            f"{it.vat_rate}%",
            money(it.gross or 0),
        ]
        for k, it in enumerate(doc.items, 1)
    ]
    y = table(p, 14, 64, cols, rows, TableStyle(size=7.8, grid=False, rules=True)) + 6
    net, vat, gross = doc.totals()
    y = p.lines(
        p.w - 14,
        y,
        [f"Suma netto: {money(net)} zł", f"VAT 23%: {money(vat)} zł", f"Suma brutto: {money(gross)} zł"],
        9,
        align="r",
        lead=5,
    )
    p.text(p.w - 14, y + 3, f"Do zapłaty: {money(gross)} zł", 11, "Sans-Bold", "r")
    p.text(14, y + 12, f"Płatność: przelew 14 dni, rachunek {_iban(doc.bank)}", 8)
    return Sample(p.bytes(), (replace(doc, due_days=14),))


# --------------------------------------------------------------------------------------------------
# 8. Partial acceptance protocol with reservations


def fam_protocol_partial_reservations(rng: random.Random) -> Sample:
    """Protokół odbioru częściowego: ordered vs accepted quantities, a reservations column and a Zastrzeżenia list."""
    no = f"POC/{rng.randint(1, 30)}/2026"
    doc = _doc(rng, no, n=(3, 5), kind="protocol")
    ordered, items = [], []
    for it in doc.items:
        q = it.qty + rng.choice((0, 0, 1, 2))
        ordered.append(q)
        items.append(it)
    doc = replace(doc, items=tuple(items))
    signed = doc.issue_date - timedelta(days=rng.randint(20, 60))
    umowa = f"Umowa nr {rng.randint(1, 99)}/ZP/CS/2026 z dnia {date_fmt(signed)}"
    p = Pdf()
    p.text(p.w / 2, 20, f"PROTOKÓŁ ODBIORU CZĘŚCIOWEGO nr {no}", 13, "Sans-Bold", "c")
    p.text(p.w / 2, 26, f"(etap I dostaw) do: {umowa}", 8.5, "Sans", "c")
    p.text(16, 36, f"sporządzony w dniu {date_fmt(doc.issue_date)} w siedzibie Zamawiającego", 9)
    s, b = doc.seller, doc.buyer
    p.text(16, 45, "Zamawiający:", 8.5, "Sans-Bold")
    p.lines(44, 45, [b.name, *b.extra, f"{b.street}, {b.city}", f"NIP {nip_fmt(b.nip, 'dash')}"], 8.5, lead=4.2)
    p.text(16, 66, "Wykonawca:", 8.5, "Sans-Bold")
    p.lines(44, 66, [s.name, f"{s.street}, {s.city}", f"NIP {nip_fmt(s.nip, 'dash')}"], 8.5, lead=4.2)
    cols = [
        Col("Lp.", 8, "c"),
        Col("Przedmiot odbioru", 74),
        Col("J.m.", 11, "c"),
        Col("Zamówiono", 18, "r"),
        Col("Odebrano", 18, "r"),
        Col("Uwagi / zastrzeżenia", 47),
    ]
    notes, rows = [], []
    for k, (it, q) in enumerate(zip(doc.items, ordered, strict=True), 1):
        if q > it.qty:
            notes.append(f"poz. {k}: brakuje {qty_fmt(q - it.qty)} {it.unit} – dostawa w terminie do 14 dni")
            remark = f"z zastrzeżeniem (pkt {len(notes)})"
        else:
            remark = "bez zastrzeżeń"
        rows.append([f"{k}.", it.name, it.unit, qty_fmt(q), qty_fmt(it.qty), remark])
    if not notes:
        notes.append("poz. 1: uszkodzone opakowanie zbiorcze – bez wpływu na sprawność urządzeń")
    y = table(p, 12, 82, cols, rows, TableStyle(size=7.8, grid=True, head_fill=0.9)) + 7
    p.text(16, y, "Zastrzeżenia:", 9, "Sans-Bold")
    y = p.lines(16, y + 5, [f"{i}) {t}" for i, t in enumerate(notes, 1)], 8.5, lead=4.5) + 3
    y = p.lines(
        16,
        y,
        wrap(
            "Zamawiający dokonuje odbioru częściowego przedmiotu umowy w zakresie wskazanym w kolumnie „Odebrano”. "
            "Protokół stanowi podstawę do wystawienia faktury częściowej za odebrany zakres.",
            "Sans",
            8.5,
            178,
        ),
        8.5,
        lead=4.3,
    )
    y += 22
    for x, lab in ((50, "Przedstawiciel Zamawiającego"), (150, "Przedstawiciel Wykonawcy")):
        p.hline(x - 32, x + 32, y, 0.3)
        p.text(x, y + 4, lab, 7.5, "Sans", "c")
    return Sample(p.bytes(), (doc,))


# --------------------------------------------------------------------------------------------------
# 9. Software installation protocol with licence keys

SOFT = (
    ("Microsoft Windows 11 Pro OEM", 5, 5),
    ("Microsoft Office LTSC Standard 2021", 5, 5),
    ("ESET PROTECT Advanced On-Prem", 1, 1),
    ("Veeam Backup & Replication Universal License", 1, 1),
    ("Kaspersky Next EDR Foundations", 1, 1),
    ("Adobe Acrobat Pro (licencja czasowa 12 mies.)", 5, 5),
    ("Microsoft SQL Server 2022 Standard 2 Core", 5, 5),
)


def fam_protocol_install_keys(rng: random.Random) -> Sample:
    """Protokół instalacji oprogramowania: product, licence count, licence key and host names per row."""
    no = f"PI-{rng.randint(10, 99)}/{rng.randint(1, 12):02d}/2026"
    doc = _doc(rng, no, kind="protocol")
    picks = rng.sample(SOFT, rng.randint(3, 5))
    items = tuple(
        Item(name, Decimal(rng.randint(lo, hi * 4)), "lic.", None, None, None, None, None) for name, lo, hi in picks
    )
    doc = replace(doc, items=items)
    alnum = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    p = Pdf()
    p.text(16, 20, "PROTOKÓŁ INSTALACJI I KONFIGURACJI OPROGRAMOWANIA", 12.5, "Sans-Bold")
    p.text(16, 27, f"Nr protokołu: {no}     Data: {date_fmt(doc.issue_date, 'iso')}", 9)
    s, b = doc.seller, doc.buyer
    p.lines(16, 37, ["Wykonawca (instalujący):", s.name, f"{s.street}, {s.city}", f"NIP {s.nip}"], 8.5, lead=4.2)
    p.lines(
        108, 37, ["Użytkownik (Zamawiający):", b.name, *b.extra, f"{b.street}, {b.city}", f"NIP {b.nip}"], 8.5, lead=4.2
    )
    cols = [
        Col("Lp.", 8, "c"),
        Col("Oprogramowanie", 56),
        Col("Liczba licencji", 16, "r"),
        Col("Klucz licencyjny / nr umowy licencyjnej", 60),
        Col("Stanowiska", 42),
    ]
    rows = []
    for k, it in enumerate(doc.items, 1):
        key = "-".join("".join(rng.choice(alnum) for _ in range(5)) for _ in range(5))
        hosts = (
            f"UG-PC{rng.randint(1, 20):02d} … UG-PC{rng.randint(21, 60):02d}"
            if it.qty > 1
            else f"SRV-{rng.choice(('DC', 'BKP', 'AV'))}01"
        )
        rows.append([str(k), it.name, qty_fmt(it.qty), key, hosts])
    y = table(p, 12, 64, cols, rows, TableStyle(size=7.6, grid=True, head_fill=0.9)) + 7
    y = (
        p.lines(
            16,
            y,
            [
                "Zakres prac: instalacja, aktywacja licencji, konfiguracja polityk, test poprawności działania.",
                "Wynik testów: pozytywny. Nośniki i dokumenty licencyjne przekazano Użytkownikowi.",
            ],
            8.5,
            lead=4.6,
        )
        + 24
    )
    for x, lab in ((50, "Instalujący"), (150, "Użytkownik – informatyk urzędu")):
        p.hline(x - 32, x + 32, y, 0.3)
        p.text(x, y + 4, lab, 7.5, "Sans", "c")
    return Sample(p.bytes(), (doc,))


# --------------------------------------------------------------------------------------------------
# 10. Correction to zero


def fam_correction_to_zero(rng: random.Random) -> Sample:
    """Correction to zero of a whole invoice issued by mistake: after-side quantities and values 0."""
    no = f"KOR/{rng.randint(1, 80)}/2026"
    doc = _doc(rng, no, n=(1, 3), kind="correction")
    before = tuple(replace(it, before_correction=True) for it in doc.items)
    after = tuple(
        replace(it, qty=Decimal(0), net=Decimal("0.00"), vat=Decimal("0.00"), gross=Decimal("0.00")) for it in doc.items
    )
    orig_date = doc.issue_date - timedelta(days=rng.randint(3, 25))
    doc = replace(
        doc,
        items=before + after,
        corrected_number=f"FV/{rng.randint(100, 900)}/2026",
        corrected_date=orig_date,
        sale_date=orig_date,
        reason="faktura wystawiona omyłkowo",
    )
    p = Pdf()
    p.text(16, 18, f"FAKTURA KORYGUJĄCA nr {no}", 14, "Sans-Bold")
    p.text(16, 25, f"do faktury nr {doc.corrected_number} z dnia {date_fmt(orig_date)}", 9)
    p.lines(
        p.w - 16,
        14,
        [f"Data wystawienia: {date_fmt(doc.issue_date)}", f"Data sprzedaży: {date_fmt(orig_date)}"],
        8.5,
        align="r",
        lead=4.4,
    )
    s, b = doc.seller, doc.buyer
    p.lines(16, 36, ["Sprzedawca:", s.name, f"{s.street}, {s.city}", f"NIP: {nip_fmt(s.nip, 'dash')}"], 8.5, lead=4.2)
    p.lines(108, 36, ["Nabywca:", b.name, f"{b.street}, {b.city}", f"NIP: {nip_fmt(b.nip, 'dash')}"], 8.5, lead=4.2)
    p.text(
        16,
        58,
        "Przyczyna korekty: faktura wystawiona omyłkowo – korekta do zera (anulowanie całej faktury)",
        8.5,
        "Sans-Bold",
    )
    cols = [
        Col("Lp.", 8, "c"),
        Col("Nazwa", 72),
        Col("Ilość", 12, "r"),
        Col("J.m.", 10, "c"),
        Col("Cena netto", 20, "r"),
        Col("Wartość netto", 22, "r"),
        Col("VAT", 10, "c"),
        Col("Wartość brutto", 24, "r"),
    ]
    y = 64.0
    for title, side in (("Przed korektą:", before), ("Po korekcie:", after)):
        p.text(16, y + 3, title, 9, "Sans-Bold")
        rows = [
            [
                str(k),
                it.name,
                qty_fmt(it.qty),
                it.unit,
                money(it.unit_price or 0),
                money(it.net or 0),
                f"{it.vat_rate}%",
                money(it.gross or 0),
            ]
            for k, it in enumerate(side, 1)
        ]
        y = table(p, 12, y + 6, cols, rows, TableStyle(size=7.6, grid=True)) + 5
    net, vat, gross = (a - c for a, c in zip(doc.totals(after), doc.totals(before), strict=True))
    nb, vb, gb = doc.totals(before)
    cols2 = [Col("", 32), Col("Netto", 24, "r"), Col("VAT", 22, "r"), Col("Brutto", 24, "r")]
    rows2 = [
        ["Przed korektą", money(nb), money(vb), money(gb)],
        ["Po korekcie", money(0), money(0), money(0)],
        ["Różnica", money(net), money(vat), money(gross)],
    ]
    y = table(p, 94, y + 2, cols2, rows2, TableStyle(size=8, grid=True)) + 8
    p.text(16, y, f"Kwota do zwrotu: {money(-gross)} zł", 11, "Sans-Bold")
    p.text(16, y + 5, f"słownie: {words_pln(gross)}", 8)
    return Sample(p.bytes(), (doc,))


# --------------------------------------------------------------------------------------------------
# 11. English item names under Polish headings


def fam_english_items_polish_heads(rng: random.Random) -> Sample:
    """Distributor invoice whose item names (and units pcs/lic/h) are in English under Polish column headings."""
    no = f"INV/PL/{rng.randint(10000, 99999)}"
    doc = _doc(rng, no, n=(2, 5), pool=CAT_EN, seller=_seller(rng, "SecuLab Polska S.A."))
    p = Pdf()
    p.text(14, 18, "SecuLab", 18, "Sans-Bold")
    p.text(14, 23, "value added distribution", 7.5, "Sans-Italic")
    p.text(p.w - 14, 16, "Faktura VAT", 13, "Sans-Bold", "r")
    p.text(p.w - 14, 22, f"nr {no}", 10, "Sans", "r")
    p.lines(
        p.w - 14,
        28,
        [
            f"Data wystawienia: {date_fmt(doc.issue_date, 'dash')}",
            f"Data sprzedaży: {date_fmt(doc.sale_date, 'dash')}",
            f"Termin płatności: {_due(doc, 'dash')}",
        ],
        8,
        align="r",
        lead=4,
    )
    s, b = doc.seller, doc.buyer
    p.lines(14, 46, ["Sprzedawca", s.name, s.street, s.city, f"NIP PL {s.nip}"], 8.5, lead=4.2)
    p.lines(108, 46, ["Nabywca", b.name, *b.extra, b.street, b.city, f"NIP {b.nip}"], 8.5, lead=4.2)
    cols = [
        Col("Lp.", 8, "c"),
        Col("Nazwa towaru/usługi", 70),
        Col("Ilość", 12, "r"),
        Col("J.m.", 10, "c"),
        Col("Cena netto", 20, "r"),
        Col("Wartość netto", 22, "r"),
        Col("VAT %", 11, "c"),
        Col("Kwota VAT", 18, "r"),
        Col("Brutto", 21, "r"),
    ]
    rows = [
        [
            str(k),
            it.name,
            qty_fmt(it.qty),
            it.unit,
            money(it.unit_price or 0),
            money(it.net or 0),
            it.vat_rate or "",
            money(it.vat or 0),
            money(it.gross or 0),
        ]
        for k, it in enumerate(doc.items, 1)
    ]
    y = table(p, 10, 76, cols, rows, TableStyle(size=7.3, grid=False, rules=True, head_fill=0.88)) + 6
    net, vat, gross = doc.totals()
    y = (
        table(
            p,
            122,
            y,
            [Col("", 24), Col("Kwota", 30, "r")],
            [["Netto", money(net)], ["VAT 23%", money(vat)], ["Brutto", money(gross)]],
            TableStyle(size=8.5, grid=True),
        )
        + 6
    )
    p.text(14, y, f"Do zapłaty: {money(gross)} PLN  (słownie: {words_pln(gross)})", 8.5, "Sans-Bold")
    p.text(14, y + 5, f"Rachunek: mBank S.A. {_iban(doc.bank)}", 8)
    return Sample(p.bytes(), (doc,))


# --------------------------------------------------------------------------------------------------
# 12. enova-like horizontal totals strip with Zapłacono / Pozostaje do zapłaty


def fam_totals_strip_paid_remaining(rng: random.Random) -> Sample:
    """enova-like: a horizontal strip Netto | VAT | Brutto | Zapłacono | Pozostaje do zapłaty, partly paid by card."""
    no = f"FV/{rng.randint(1, 12):02d}/{rng.randint(1, 500):05d}"
    doc = _doc(rng, no, n=(2, 5))
    net, vat, gross = doc.totals()
    paid = q2(gross * Decimal(rng.choice(("0.3", "0.5", "0"))))
    p = Pdf()
    s, b = doc.seller, doc.buyer
    p.text(14, 16, s.name, 11, "Sans-Bold")
    p.text(14, 21, f"{s.street}, {s.city} · NIP {nip_fmt(s.nip, 'dash2')}", 8)
    p.hline(14, p.w - 14, 25, 1.2)
    p.text(14, 34, f"FAKTURA SPRZEDAŻY {no}", 12, "Sans-Bold")
    grid = (
        ("Data wystawienia", date_fmt(doc.issue_date)),
        ("Data sprzedaży", date_fmt(doc.sale_date)),
        ("Płatność", "przelew / karta"),
        ("Termin", _due(doc)),
    )
    for k, (lab, val) in enumerate(grid):
        p.text(14 + k * 46, 41, lab, 7)
        p.text(14 + k * 46, 46, val, 9, "Sans-Bold")
    p.text(14, 56, "Nabywca", 7)
    p.lines(14, 61, [b.name, f"{b.street}, {b.city}", f"NIP {nip_fmt(b.nip, 'dash2')}"], 9, lead=4.4)
    if b.extra:
        p.text(108, 56, "Odbiorca", 7)
        p.lines(108, 61, [b.extra[0], f"{b.street}, {b.city}"], 9, lead=4.4)
    cols = [
        Col("Lp", 7, "c"),
        Col("Towar / usługa", 72),
        Col("Ilość", 18, "r"),
        Col("Cena netto", 21, "r"),
        Col("VAT", 10, "c"),
        Col("Wartość netto", 22, "r"),
        Col("Wartość brutto", 24, "r"),
    ]
    rows = [
        [
            str(k),
            it.name,
            f"{qty_fmt(it.qty)} {it.unit}",
            money(it.unit_price or 0),
            f"{it.vat_rate}%",
            money(it.net or 0),
            money(it.gross or 0),
        ]
        for k, it in enumerate(doc.items, 1)
    ]
    y = table(p, 12, 78, cols, rows, TableStyle(size=7.8, grid=False, rules=True)) + 8
    labels = ("Netto", "VAT", "Brutto", "Zapłacono", "Pozostaje do zapłaty")
    values = (net, vat, gross, paid, gross - paid)
    for k, (lab, val) in enumerate(zip(labels, values, strict=True)):
        x = 12 + k * 37
        p.rect(x, y, 37, 14, 0.4, fill=0.93 if k < 4 else 0.8)
        p.text(x + 35, y + 5, lab, 7, "Sans", "r")
        p.text(x + 35, y + 11, money(val), 9.5, "Sans-Bold", "r")
    y += 22
    p.text(14, y, f"Słownie do zapłaty: {words_pln(gross - paid)}", 8)
    p.text(14, y + 5, f"Konto: {_iban(doc.bank)}", 8)
    return Sample(p.bytes(), (doc,))


# --------------------------------------------------------------------------------------------------
# 13. Pre-printed stationery form filled in with a typewriter font


def fam_stationery_form_typed(rng: random.Random) -> Sample:
    """Pre-printed stationery invoice form (grey captions, ruled boxes) filled in with a monospace font off-grid."""
    no = f"{rng.randint(1, 90)}/2026"
    doc = _doc(rng, no, n=(1, 4))
    dx, dy = rng.uniform(-1.2, 1.8), rng.uniform(-0.8, 1.2)
    p = Pdf()

    def cap(x: float, y: float, s: str) -> None:
        p.c.setFillGray(0.45)
        p.text(x, y, s, 6, "Sans")
        p.c.setFillGray(0)

    def typed(x: float, y: float, s: str, size: float = 9) -> None:
        p.text(x + dx, y + dy, s, size, "Mono")

    p.text(p.w / 2, 14, "FAKTURA VAT", 13, "Serif-Bold", "c")
    cap(120, 20, "Nr")
    p.hline(126, 190, 22, 0.3)
    typed(128, 21, no, 10)
    for k, (lab, val) in enumerate(
        (
            ("Data wystawienia", date_fmt(doc.issue_date)),
            ("Data sprzedaży", date_fmt(doc.sale_date)),
            ("Miejsce wystawienia", doc.place),
        )
    ):
        cap(14 + 62 * k, 28, lab)
        p.rect(14 + 62 * k, 29, 58, 7, 0.3)
        typed(16 + 62 * k, 34, val)
    for x, lab, q in ((14, "Sprzedawca (pieczęć)", doc.seller), (107, "Nabywca", doc.buyer)):
        cap(x, 41, lab)
        p.rect(x, 42, 89, 26, 0.3)
        y = 47.0
        for ln in [q.name, q.street, q.city]:
            for w in wrap(ln, "Mono", 8.5, 84):
                typed(x + 2, y, w, 8.5)
                y += 4
        cap(x, 73, "NIP")
        p.rect(x + 6, 70, 50, 5, 0.3)
        typed(x + 8, 74, nip_fmt(q.nip, "dash"), 9)
    heads = (
        ("Lp.", 8),
        ("Nazwa towaru lub usługi", 70),
        ("J.m.", 10),
        ("Ilość", 12),
        ("Cena jedn. bez podatku", 20),
        ("Wartość bez podatku", 22),
        ("Stawka %", 11),
        ("Kwota podatku", 18),
        ("Wartość z podatkiem", 22),
    )
    cols = [Col(h, w, "c") for h, w in heads]
    n_rows = max(6, len(doc.items) + 2)
    row_h = 7.5
    p.c.setFillGray(0.45)
    y0 = table(p, 6, 80, cols, [], TableStyle(size=6, head_size=5.6, font="Sans", head_font="Sans", grid=True))
    p.c.setFillGray(0)
    total_w = sum(w for _h, w in heads)
    for r in range(n_rows):  # the empty ruled rows of the form
        p.rect(6, y0 + r * row_h, total_w, row_h, 0.3)
    x = 6.0
    for _h, w in heads[:-1]:
        x += w
        p.vline(x, y0, y0 + n_rows * row_h, 0.3)
    for k, it in enumerate(doc.items):
        yy = y0 + k * row_h + 4.8
        x = 6.0
        vals = [
            f"{k + 1}",
            it.name,
            it.unit,
            qty_fmt(it.qty),
            money(it.unit_price or 0),
            money(it.net or 0),
            it.vat_rate or "",
            money(it.vat or 0),
            money(it.gross or 0),
        ]
        for (h, w), v in zip(heads, vals, strict=True):
            if h.startswith("Nazwa"):
                parts = wrap(v, "Mono", 5.8, w - 2)
                if len(parts) == 1:
                    typed(x + 1, yy, v, 6.2)
                else:  # two lines squeezed into the ruled row, as a typist would
                    typed(x + 1, yy - 1.6, parts[0], 5.8)
                    typed(x + 1, yy + 1.2, " ".join(parts[1:]), 5.8)
            else:
                p.text(x + w - 1 + dx, yy + dy, v, 6.6, "Mono", "r")
            x += w
    net, vat, gross = doc.totals()
    yt = y0 + n_rows * row_h + 6
    cap(90, yt, "Razem")
    for x, v in ((148, net), (177, vat), (199, gross)):
        p.text(x + dx, yt + dy, money(v), 7.5, "Mono", "r")
    cap(14, yt + 10, "Do zapłaty")
    p.rect(30, yt + 6, 60, 7, 0.3)
    typed(32, yt + 11, f"{money(gross)} zł", 10)
    cap(14, yt + 19, "Słownie")
    p.hline(30, 196, yt + 20, 0.3)
    typed(32, yt + 19, words_pln(gross), 8)
    cap(14, yt + 27, "Sposób zapłaty")
    typed(38, yt + 27, f"przelew {doc.due_days} dni", 8.5)
    p.hline(14, 80, yt + 50, 0.3)
    p.hline(130, 196, yt + 50, 0.3)
    cap(20, yt + 54, "podpis osoby upoważnionej do odbioru faktury")
    cap(134, yt + 54, "podpis osoby upoważnionej do wystawienia faktury")
    return Sample(p.bytes(), (doc,))


# --------------------------------------------------------------------------------------------------
# 14. Final acceptance protocol by a commission, goods as a numbered prose list


def fam_protocol_commission_prose(rng: random.Random) -> Sample:
    """Protokół odbioru końcowego by a named commission; the goods as a numbered prose list '1) … – 4 szt.'."""
    no = f"{rng.randint(1, 40)}/OR/2026"
    doc = _doc(rng, no, n=(2, 5), kind="protocol")
    people = rng.sample(
        ("Anna Kowalczyk", "Jerzy Pawlak", "Marek Sobczak", "Ewa Wróbel", "Tomasz Kaczmarek", "Beata Mazur"), 3
    )
    p = Pdf()
    b, s = doc.buyer, doc.seller
    p.text(16, 16, b.extra[0] if b.extra else b.name, 9, "Serif")
    p.text(p.w - 16, 16, f"{b.city.split(' ', 1)[1]}, {date_fmt(doc.issue_date, 'words_r')}", 9, "Serif", "r")
    p.text(p.w / 2, 32, f"PROTOKÓŁ ODBIORU KOŃCOWEGO Nr {no}", 13, "Serif-Bold", "c")
    body = (
        f"Komisja w składzie: 1) {people[0]} – przewodniczący, 2) {people[1]} – członek, 3) {people[2]} – członek, "
        f"powołana przez Zamawiającego: {b.name}, {b.street}, {b.city}, NIP {nip_fmt(b.nip, 'dash')}, dokonała w dniu "
        f"{date_fmt(doc.issue_date, 'words_r')} odbioru końcowego przedmiotu zamówienia zrealizowanego przez "
        "Wykonawcę: "
        f"{s.name}, {s.street}, {s.city}, NIP {nip_fmt(s.nip, 'dash')}, w ramach projektu „Cyberbezpieczny Samorząd”."
    )
    y = p.lines(16, 44, wrap(body, "Serif", 9.5, 178), 9.5, "Serif", lead=5) + 4
    p.text(16, y, "Komisja stwierdza, że Wykonawca dostarczył i uruchomił:", 9.5, "Serif")
    y += 6
    for k, it in enumerate(doc.items, 1):
        line = f"{k}) {it.name} – {qty_fmt(it.qty)} {it.unit}"
        y = p.lines(22, y, wrap(line, "Serif", 9.5, 170), 9.5, "Serif", lead=5) + 1
    y += 4
    tail = (
        "Przedmiot zamówienia odebrano bez zastrzeżeń, zgodnie z umową, w terminie. Dokumentację i karty gwarancyjne "
        "przekazano. Na tym protokół zakończono i podpisano w dwóch jednobrzmiących egzemplarzach."
    )
    y = p.lines(16, y, wrap(tail, "Serif", 9.5, 178), 9.5, "Serif", lead=5) + 14
    p.text(16, y, "Podpisy komisji:", 9, "Serif-Bold")
    for k, person in enumerate(people):
        p.text(22, y + 9 + 8 * k, f"{k + 1}. {person}  ........................................", 9, "Serif")
    p.text(130, y, "Za Wykonawcę:", 9, "Serif-Bold")
    p.text(130, y + 9, "........................................", 9, "Serif")
    return Sample(p.bytes(), (doc,))
