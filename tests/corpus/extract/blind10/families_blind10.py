"""BLIND-10 families (fresh batch). Not to be opened by the parser engineer; measured once, at the end.

Layouts written for this batch only, by an evaluator who never read the parser (`extractors/`, `checks/`,
`tests/extractors/`). They share the data model (`Doc`, `Item`, `Party`, `make_line`, `make_like`) and the page
canvas and table drawing (`Pdf`, `table`) of `kit.py`, but bring their own sellers, their own IT catalogue and real
gminy and powiaty from the TERYT register (TERC 2024-01-01, `/work/shared/data/teryt/terc_2024-01-01.csv`; the
TERYT code of each is kept next to it; a gmina miejska is printed "Miasto X", any other gmina "Gmina X", a powiat
"Powiat X" with its Starostwo; streets and postcodes are invented).

Focus of the batch: a web shop's invoice with an order number, "Dane do faktury" and a separate "Adres dostawy",
"Sposób dostawy" and gross prices; an invoice issued by another public body under centralised VAT (a powiat as
the seller, its IT unit as "Wystawca"); a hand-filled acceptance protocol form (captions printed, values in an
italic "handwriting" font off the dotted lines, ticked boxes); a penetration-test acceptance protocol whose
findings-by-severity table holds no items; a licence activation protocol with activated key counts, subscription
ids and periods; an invoice whose party blocks come only after the table and the totals; a "KOPIA" printed big and
diagonally across the page; a correction whose rows are "1a"/"1b" with a legend (a – przed korektą, b – po
korekcie); technical specification lines in small grey type under each item name; a Polish/German invoice of a
German group's Polish company ("Rechnung / Faktura VAT"); a cover letter on page 1 (quoting the number and gross
amount) and the invoice on page 2; a consortium leader invoicing with the consortium partner and its NIP printed
above the parties; the EU funds marking strip and the grant-project note at the top; the VAT summary and "Do
zapłaty" placed ABOVE the items table; a quantity-and-quality acceptance protocol with a second table of tests
(no items); an old line-printer invoice in capitals without Polish diacritics.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from tests.corpus.extract.kit import (
    MM,
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

LIB = "/usr/share/fonts/truetype/liberation/"
_lib_done = False


def _fonts() -> None:
    global _lib_done
    if _lib_done:
        return
    for name, f in (
        ("LSerif-Italic", "LiberationSerif-Italic.ttf"),
        ("LSerif", "LiberationSerif-Regular.ttf"),
        ("LSerif-Bold", "LiberationSerif-Bold.ttf"),
        ("LNarrow", "LiberationSansNarrow-Regular.ttf"),
        ("LNarrow-Bold", "LiberationSansNarrow-Bold.ttf"),
        ("LMono", "LiberationMono-Regular.ttf"),
        ("LMono-Bold", "LiberationMono-Bold.ttf"),
    ):
        pdfmetrics.registerFont(TTFont(name, LIB + f))
    _lib_done = True


# --------------------------------------------------------------------------------------------------
# Real JST from TERC 2024-01-01 (code, printed name, office line, seat for the postcode line)

GMINY = (
    ("0214032", "Gmina Dobroszyce", "Urząd Gminy w Dobroszycach", "56-410 Dobroszyce"),
    ("0411011", "Miasto Radziejów", "Urząd Miejski w Radziejowie", "88-200 Radziejów"),
    ("0602063", "Gmina Goraj", "Urząd Miasta i Gminy Goraj", "23-450 Goraj"),
    ("1001072", "Gmina Szczerców", "Urząd Gminy w Szczercowie", "97-420 Szczerców"),
    ("1012102", "Gmina Masłowice", "Urząd Gminy Masłowice", "97-515 Masłowice"),
    ("1401052", "Gmina Stromiec", "Urząd Gminy w Stromcu", "26-804 Stromiec"),
    ("1807092", "Gmina Wojaszówka", "Urząd Gminy Wojaszówka", "38-471 Wojaszówka"),
    ("1819022", "Gmina Frysztak", "Urząd Gminy we Frysztaku", "38-130 Frysztak"),
    ("2009052", "Gmina Sejny", "Urząd Gminy Sejny", "16-500 Sejny"),
    ("2208011", "Miasto Lębork", "Urząd Miejski w Lęborku", "84-300 Lębork"),
    ("2404013", "Gmina Blachownia", "Urząd Gminy Blachownia", "42-290 Blachownia"),
    ("2605012", "Gmina Fałków", "Urząd Gminy w Fałkowie", "26-260 Fałków"),
    ("2817052", "Gmina Rozogi", "Urząd Gminy Rozogi", "12-114 Rozogi"),
)
POWIATY = (
    ("1423", "Powiat Przysuski", "Starostwo Powiatowe w Przysusze", "26-400 Przysucha"),
    ("1608", "Powiat Oleski", "Starostwo Powiatowe w Oleśnie", "46-300 Olesno"),
    ("0405", "Powiat Golubsko-Dobrzyński", "Starostwo Powiatowe w Golubiu-Dobrzyniu", "87-400 Golub-Dobrzyń"),
    ("0602", "Powiat Biłgorajski", "Starostwo Powiatowe w Biłgoraju", "23-400 Biłgoraj"),
    ("2010", "Powiat Siemiatycki", "Starostwo Powiatowe w Siemiatyczach", "17-300 Siemiatycze"),
    ("2208", "Powiat Lęborski", "Starostwo Powiatowe w Lęborku", "84-300 Lębork"),
    ("2413", "Powiat Tarnogórski", "Starostwo Powiatowe w Tarnowskich Górach", "42-600 Tarnowskie Góry"),
)
# ASCII-only (for the line printer without diacritics)
ASCII_JST = (
    ("2009052", "GMINA SEJNY", "URZAD GMINY SEJNY", "16-500 SEJNY"),
    ("1608", "POWIAT OLESKI", "STAROSTWO POWIATOWE", "46-300 OLESNO"),
    ("2404013", "GMINA BLACHOWNIA", "URZAD GMINY BLACHOWNIA", "42-290 BLACHOWNIA"),
    ("1012102", "GMINA MASLOWICE", "URZAD GMINY MASLOWICE", "97-515 MASLOWICE"),
)
STREETS10 = (
    "ul. Kolejowa 12",
    "ul. Spółdzielcza 4",
    "pl. Ratuszowy 1",
    "ul. Główna 27",
    "ul. 3 Maja 8",
    "ul. Słoneczna 16",
    "ul. Parkowa 2B",
    "ul. Armii Krajowej 41",
)
SELLERS10 = (
    ("Vectra Systemy IT Sp. z o.o.", "ul. Grunwaldzka 186", "80-266 Gdańsk"),
    ("NetForge Polska Sp. z o.o.", "ul. Obrzeżna 7", "02-691 Warszawa"),
    ("Bastion Security Sp. z o.o. sp.k.", "ul. Wadowicka 6", "30-415 Kraków"),
    ("Serwis Komputerowy „Piksel” Paweł Sowa", "ul. Reja 3", "35-211 Rzeszów"),
    ("TELDAT Integracja S.A.", "ul. Towarowa 35", "61-896 Poznań"),
    ("Kujawskie Centrum Serwisowe Sp. z o.o.", "ul. Szosa Chełmińska 26", "87-100 Toruń"),
    ("Omega Soft Dystrybucja Sp. z o.o.", "al. Kraśnicka 31", "20-718 Lublin"),
    ("Cyberlab Śląsk Sp. z o.o.", "ul. Francuska 34", "40-028 Katowice"),
    ("Elmark Networks Sp. z o.o.", "ul. Piłsudskiego 74", "50-020 Wrocław"),
    ("Północne Centrum Danych Sp. z o.o.", "ul. Hallera 5", "81-706 Sopot"),
)
# name, unit, (low, high) net unit price, default rate, PKWiU, CN, GTU
CAT10 = (
    ("Notebook HP ProBook 450 G10 i5-1335U/16GB/512GB/W11Pro", "szt.", (3600, 4300), "23", "26.20.11.0", "", "GTU_06"),
    ("Komputer stacjonarny Dell OptiPlex 7010 SFF i5-13500", "szt.", (3100, 3800), "23", "26.20.13.0", "", "GTU_06"),
    ("Serwer Lenovo ThinkSystem SR250 V2 E-2356G 32GB", "szt.", (11800, 14900), "23", "26.20.14.0", "", "GTU_06"),
    ("Firewall Stormshield SN310 z licencją Premium UTM 36 mies.", "szt.", (6900, 8400), "23", "26.30.11.0", "", ""),
    ("Przełącznik Cisco Catalyst 1000-24T-4G-L", "szt.", (2400, 3100), "23", "26.30.23.0", "", "GTU_06"),
    ("Zasilacz UPS CyberPower OLS2000ERT2UA", "szt.", (2700, 3400), "23", "27.90.11.0", "", ""),
    ("Macierz NAS QNAP TS-873A z 8 dyskami 4TB", "kpl.", (9800, 12600), "23", "26.20.21.0", "", "GTU_06"),
    ("Licencja Windows Server 2022 Standard 16 Core", "szt.", (3600, 4400), "23", "58.29.11.0", "", ""),
    (
        "Oprogramowanie antywirusowe Bitdefender GravityZone Business Security (24 mies.)",
        "lic.",
        (160, 240),
        "23",
        "58.29.50.0",
        "",
        "",
    ),
    ("Licencja Acronis Cyber Protect Standard Server (1 rok)", "szt.", (2900, 3600), "23", "58.29.50.0", "", ""),
    ("Pamięć przenośna szyfrowana Kingston IronKey D300S 32GB", "szt.", (480, 620), "23", "26.20.21.0", "", ""),
    (
        "Wdrożenie systemu SIEM wraz z konfiguracją reguł korelacji",
        "usł.",
        (18000, 29000),
        "23",
        "62.02.30.0",
        "",
        "GTU_12",
    ),
    ("Szkolenie e-learning z higieny cyfrowej dla pracowników", "usł.", (2400, 4800), "zw", "85.59.13.0", "", ""),
    (
        "Opracowanie planu ciągłości działania i odtwarzania po awarii",
        "usł.",
        (8000, 14000),
        "23",
        "62.02.30.0",
        "",
        "GTU_12",
    ),
    ("Router LTE Teltonika RUTX11 z anteną zewnętrzną", "szt.", (1100, 1500), "23", "26.30.11.0", "", ""),
    ("Skaner dokumentów Fujitsu fi-8170", "szt.", (3900, 4700), "23", "26.20.16.0", "", ""),
)
TRAINING = 12  # index of the zw line
ASCII_CAT = (
    ("SERWER DELL POWEREDGE T150 XEON E-2314 16GB 2X2TB", "SZT", (6800, 8400), "23", "", "", ""),
    ("PRZELACZNIK ZARZADZALNY DLINK DGS-1210-28", "SZT", (900, 1300), "23", "", "", ""),
    ("ZASILACZ UPS EVER SINLINE 2000", "SZT", (2100, 2700), "23", "", "", ""),
    ("LICENCJA ESET PROTECT ADVANCED 1 ROK", "SZT", (180, 240), "23", "", "", ""),
    ("DYSK SSD CRUCIAL MX500 1TB", "SZT", (260, 330), "23", "", "", ""),
    ("KOMPUTER LENOVO THINKCENTRE M70Q GEN4", "SZT", (3300, 3900), "23", "", "", ""),
    ("USLUGA KONFIGURACJI SIECI LAN I VPN", "USL", (2500, 5200), "23", "", "", ""),
)
SPECS = {
    0: ("Procesor: Intel Core i5-1335U, 10 rdzeni", "RAM: 16 GB DDR4, dysk: 512 GB NVMe", "Gwarancja: 36 mies. NBD"),
    1: ("Procesor: Intel Core i5-13500, RAM 16 GB", "Dysk: 512 GB SSD, TPM 2.0", "Gwarancja: 36 mies. on-site"),
    2: ("Obudowa rack 1U, 2 x 960 GB SSD RAID1", "Zasilacz 450 W, iXCC Standard", "Gwarancja: 36 mies. 9x5 NBD"),
    3: ("Przepustowość firewall 3,5 Gbps", "8 portów 1 GbE, IPS, antywirus", "Subskrypcja 36 mies."),
    4: ("24 porty 10/100/1000, 4 x SFP", "Zarządzanie web/CLI, VLAN 802.1Q", "Gwarancja: dożywotnia ograniczona"),
    5: ("Moc 2000 VA / 1800 W, online", "Montaż rack/tower 2U, karta SNMP", "Gwarancja: 24 mies."),
    6: ("8 kieszeni, 4 x 2,5 GbE", "8 x 4 TB NAS, RAID 6", "Gwarancja: 36 mies."),
    7: ("Licencja wieczysta, 16 rdzeni", "Klucz elektroniczny ESD", "Licencjobiorca: Zamawiający"),
    10: ("Szyfrowanie sprzętowe AES-256 XTS", "Certyfikat FIPS 197", "Gwarancja: 60 mies."),
    14: ("Modem LTE Cat 6, 5 x GbE, Wi-Fi 5", "Antena kierunkowa 2x2 MIMO", "Gwarancja: 24 mies."),
    15: ("Dupleks, 70 str./min, ADF 80 ark.", "Interfejs USB 3.2", "Gwarancja: 36 mies."),
}


def _street(rng: random.Random) -> str:
    return rng.choice(STREETS10)


def gmina(rng: random.Random) -> Party:
    _code, name, office, city = rng.choice(GMINY)
    return Party(name, _street(rng), city, make_nip(rng), (office,))


def powiat(rng: random.Random) -> Party:
    _code, name, office, city = rng.choice(POWIATY)
    return Party(name, _street(rng), city, make_nip(rng), (office,))


def jst(rng: random.Random) -> Party:
    return powiat(rng) if rng.random() < 0.3 else gmina(rng)


def seller(rng: random.Random) -> Party:
    name, street, city = rng.choice(SELLERS10)
    return Party(name, street, city, make_nip(rng))


def issue_day(rng: random.Random) -> date:
    return date(2026, 1, 5) + timedelta(days=rng.randint(0, 320))


def lines(
    rng: random.Random, n: tuple[int, int], *, pool: tuple[int, ...] = (), gross: bool = False, force_zw: bool = False
) -> tuple[Item, ...]:
    idx = list(pool) if pool else [i for i in range(len(CAT10)) if i != TRAINING]
    k = rng.randint(*n)
    chosen = rng.sample(idx, min(k, len(idx)))
    if force_zw:
        chosen[-1] = TRAINING
    return tuple(make_line(rng, CAT10[i], gross_based=gross) for i in chosen)


def invoice(
    rng: random.Random,
    number: str,
    *,
    n: tuple[int, int] = (2, 5),
    buyer: Party | None = None,
    sell: Party | None = None,
    gross: bool = False,
    force_zw: bool = False,
    pool: tuple[int, ...] = (),
) -> Doc:
    issue = issue_day(rng)
    return Doc(
        kind="invoice",
        number=number,
        issue_date=issue,
        sale_date=issue - timedelta(days=rng.choice((0, 0, 1, 2, 4))),
        seller=sell or seller(rng),
        buyer=buyer or jst(rng),
        currency="PLN",
        items=lines(rng, n, pool=pool, gross=gross, force_zw=force_zw),
        gross_based=gross,
        due_days=rng.choice((14, 21, 30)),
        bank="".join(str(rng.randint(0, 9)) for _ in range(26)),
    )


def protocol(rng: random.Random, number: str, items: tuple[Item, ...], *, buyer: Party | None = None) -> Doc:
    return Doc(
        kind="protocol",
        number=number,
        issue_date=issue_day(rng),
        sale_date=None,
        seller=seller(rng),
        buyer=buyer or jst(rng),
        currency=None,
        items=items,
    )


def iban(doc: Doc, spaced: bool = True) -> str:
    b = doc.bank
    if not spaced:
        return b
    return b[:2] + " " + " ".join(b[i : i + 4] for i in range(2, 26, 4))


def party_block(
    pdf: Pdf,
    x: float,
    y: float,
    title: str,
    p: Party,
    *,
    size: float = 8.5,
    font: str = "Sans",
    bold: str = "Sans-Bold",
    nip: str = "NIP: ",
    nip_style: str = "plain",
    extra: bool = True,
) -> float:
    pdf.text(x, y, title, size - 1, bold)
    y += size * 0.5
    pdf.text(x, y, p.name, size, bold)
    y += size * 0.45
    rows = (list(p.extra) if extra else []) + [p.street, p.city, f"{nip}{nip_fmt(p.nip, nip_style)}"]
    return pdf.lines(x, y, rows, size, font)


def rate_rows(doc: Doc, ms: str, suffix: str = "") -> list[list[str]]:
    return [
        [rate_label(r), money(n, ms) + suffix, money(v, ms) + suffix, money(g, ms) + suffix]
        for r, n, v, g in doc.rate_summary()
    ]


def std_cols(widths: tuple[float, ...] = (8, 70, 12, 11, 21, 22, 11, 20, 22)) -> list[Col]:
    titles = (
        "Lp.",
        "Nazwa towaru / usługi",
        "Ilość",
        "J.m.",
        "Cena netto",
        "Wartość netto",
        "VAT",
        "Kwota VAT",
        "Wartość brutto",
    )
    aligns = ("c", "l", "r", "c", "r", "r", "c", "r", "r")
    return [Col(t, w, a) for t, w, a in zip(titles, widths, aligns, strict=True)]


def std_row(it: Item, k: int, ms: str) -> list[str]:
    return [
        f"{k}.",
        it.name,
        qty_fmt(it.qty, ms),
        it.unit,
        money(it.unit_price or 0, ms),
        money(it.net or 0, ms),
        rate_label(it.vat_rate),
        money(it.vat or 0, ms),
        money(it.gross or 0, ms),
    ]


# --------------------------------------------------------------------------------------------------
# 1. Web shop


def fam_webshop_delivery_address(rng: random.Random) -> Sample:
    """Web shop invoice: order number, 'Dane do faktury', a separate 'Adres dostawy', delivery method, gross prices."""
    year = 2026
    num = f"FV/WWW/{rng.randint(1000, 39999)}/{year}"
    doc = invoice(rng, num, gross=True, n=(2, 5), pool=(0, 4, 5, 8, 10, 14, 15))
    doc = replace(doc, item_amounts=("gross",))
    order = f"{rng.randint(10, 99)}{rng.randint(100000, 999999)}"
    pdf = Pdf()
    pdf.rect(0, 0, pdf.w, 16, width=0, fill=0.15)
    pdf.c.setFillGray(1)
    pdf.text(14, 10, doc.seller.name.split(" Sp.")[0].upper() + " · sklep internetowy", 12, "Sans-Bold")
    pdf.text(pdf.w - 14, 10, "www.sklep-it.example.pl", 8, "Sans", "r")
    pdf.c.setFillGray(0)
    pdf.text(14, 28, f"Faktura {doc.number}", 15, "Sans-Bold")
    meta = [
        ("Numer zamówienia:", order),
        ("Data złożenia zamówienia:", date_fmt(doc.sale_date - timedelta(days=rng.randint(1, 6)), "dash")),
        ("Data wystawienia:", date_fmt(doc.issue_date, "dash")),
        ("Data sprzedaży:", date_fmt(doc.sale_date, "dash")),
        ("Sposób dostawy:", rng.choice(("Kurier DPD", "Kurier InPost", "Paczkomat InPost", "Odbiór osobisty"))),
        ("Sposób płatności:", f"przelew tradycyjny, {doc.due_days} dni"),
    ]
    y = 36
    for k, v in meta:
        pdf.text(14, y, k, 8, "Sans")
        pdf.text(58, y, v, 8, "Sans-Bold")
        y += 4.4
    recipient = Party(f"Szkoła Podstawowa w {doc.buyer.city.split(' ', 1)[1]}", _street(rng), doc.buyer.city, "")
    yy = party_block(pdf, 112, 36, "Sprzedawca", doc.seller, size=8)
    y = max(y, yy) + 5
    pdf.hline(14, pdf.w - 14, y - 2, 0.3, 0.6)
    y1 = party_block(pdf, 14, y + 2, "Dane do faktury", doc.buyer, size=8)
    pdf.text(112, y + 2, "Adres dostawy", 7, "Sans-Bold")
    pdf.lines(
        112,
        y + 6,
        [
            recipient.name,
            recipient.street,
            recipient.city,
            "tel. 48 " + str(rng.randint(100, 999)) + " " + str(rng.randint(10, 99)) + " " + str(rng.randint(10, 99)),
        ],
        8,
    )
    y = y1 + 6
    cols = [
        Col("Produkt", 82),
        Col("Kod produktu", 24),
        Col("Ilość", 13, "r"),
        Col("Cena brutto", 22, "r"),
        Col("VAT", 11, "c"),
        Col("Wartość brutto", 26, "r"),
    ]
    rows = [
        [
            it.name,
            f"{rng.randint(100000, 999999)}",
            qty_fmt(it.qty),
            money(it.unit_price or 0) + " zł",
            rate_label(it.vat_rate),
            money(it.gross or 0) + " zł",
        ]
        for it in doc.items
    ]
    y = table(pdf, 14, y, cols, rows, TableStyle(size=7.5, grid=False, rules=True, head_fill=0.9)) + 6
    net, vat, gross = doc.totals()
    for label, val in (("Wartość netto:", net), ("VAT:", vat), ("Razem brutto:", gross)):
        pdf.text(150, y, label, 8.5, "Sans")
        pdf.text(pdf.w - 14, y, money(val) + " zł", 8.5, "Sans-Bold", "r")
        y += 4.8
    pdf.text(14, y + 4, f"Do zapłaty: {money(gross)} PLN", 10, "Sans-Bold")
    pdf.text(
        14,
        y + 9,
        f"Przelew na konto: {iban(doc)} w terminie do "
        f"{date_fmt(doc.issue_date + timedelta(days=doc.due_days), 'dash')}",
        7.5,
    )
    pdf.text(14, y + 13, "W tytule przelewu prosimy podać numer zamówienia.", 7.5, "Sans-Italic")
    pdf.text(
        14,
        pdf.h - 10,
        "Dziękujemy za zakupy! Zwroty i reklamacje: zwroty@sklep-it.example.pl",
        7,
        "Sans",
    )
    return Sample(pdf.bytes(), (doc,))


# --------------------------------------------------------------------------------------------------
# 2. Another public body as the seller (centralised VAT)


def fam_public_body_centralised_vat(rng: random.Random) -> Sample:
    """A powiat sells IT services to a gmina: seller 'Powiat X' (centralised VAT), its IT unit printed as 'Wystawca'."""
    _code, pname, office, pcity = rng.choice(POWIATY)
    town = pcity.split(" ", 1)[1]
    sell = Party(pname, _street(rng), pcity, make_nip(rng))
    unit = f"Powiatowe Centrum Usług Informatycznych w {office.split(' w ', 1)[1]}"
    num = f"{rng.randint(1, 120)}/PCUI/{rng.randint(1, 12):02d}/2026"
    doc = invoice(rng, num, sell=sell, buyer=gmina(rng), n=(2, 3), pool=(11, 13), force_zw=True)
    pdf = Pdf()
    _fonts()
    pdf.c.circle(24 * MM, (pdf.h - 22) * MM, 8 * MM)
    pdf.text(24, 23, "herb", 6, "Sans", "c")
    pdf.text(36, 17, unit, 11, "LSerif-Bold")
    pdf.text(36, 22, f"jednostka organizacyjna — {pname}", 8.5, "LSerif-Italic")
    pdf.text(
        36, 26.5, f"{sell.street}, {sell.city} · tel. {rng.randint(40, 89)} {rng.randint(100, 999)} 20 10", 8, "LSerif"
    )
    pdf.hline(14, pdf.w - 14, 31, 0.8)
    pdf.text(pdf.w / 2, 42, f"FAKTURA nr {doc.number}", 14, "LSerif-Bold", "c")
    pdf.text(pdf.w - 14, 50, f"{town}, dnia {date_fmt(doc.issue_date, 'words_r')}", 9, "LSerif", "r")
    pdf.text(pdf.w - 14, 55, f"Data wykonania usługi: {date_fmt(doc.sale_date)}", 9, "LSerif", "r")
    y = 64
    pdf.text(14, y, "Sprzedawca (podatnik VAT):", 9, "LSerif-Bold")
    pdf.lines(14, y + 5, [sell.name, sell.street, sell.city, f"NIP {nip_fmt(sell.nip, 'dash')}"], 9, "LSerif")
    pdf.text(14, y + 25, "Wystawca (jednostka organizacyjna):", 9, "LSerif-Bold")
    pdf.lines(14, y + 30, [unit, sell.street, sell.city], 9, "LSerif")
    pdf.text(110, y, "Nabywca:", 9, "LSerif-Bold")
    b = doc.buyer
    pdf.lines(110, y + 5, [b.name, b.street, b.city, f"NIP {nip_fmt(b.nip, 'dash')}"], 9, "LSerif")
    pdf.text(110, y + 25, "Odbiorca:", 9, "LSerif-Bold")
    pdf.lines(110, y + 30, [b.extra[0], b.street, b.city], 9, "LSerif")
    y += 46
    cols = [
        Col("Lp.", 9, "c"),
        Col("Nazwa usługi", 66),
        Col("J.m.", 11, "c"),
        Col("Ilość", 11, "r"),
        Col("Cena jedn. netto", 20, "r"),
        Col("Wartość netto", 22, "r"),
        Col("Stawka", 12, "c"),
        Col("Kwota VAT", 19, "r"),
        Col("Wartość brutto", 22, "r"),
    ]
    rows = [
        [
            str(k),
            it.name,
            it.unit,
            qty_fmt(it.qty),
            money(it.unit_price or 0),
            money(it.net or 0),
            rate_label(it.vat_rate),
            money(it.vat or 0),
            money(it.gross or 0),
        ]
        for k, it in enumerate(doc.items, 1)
    ]
    st = TableStyle(size=8, font="LSerif", head_font="LSerif-Bold")
    y = table(pdf, 11, y, cols, rows, st) + 4
    y = (
        table(
            pdf,
            101,
            y,
            [Col("Stawka", 16, "c"), Col("Netto", 28, "r"), Col("VAT", 24, "r"), Col("Brutto", 28, "r")],
            [*rate_rows(doc, "space"), ["Razem", *(money(v) for v in doc.totals())]],
            st,
        )
        + 6
    )
    gross = doc.totals()[2]
    pdf.text(14, y, f"Do zapłaty: {money(gross)} zł", 11, "LSerif-Bold")
    pdf.text(14, y + 5, f"Słownie: {words_pln(gross)}", 9, "LSerif-Italic")
    pdf.text(
        14, y + 10, "Zwolnienie z VAT: art. 43 ust. 1 pkt 29 lit. c ustawy o VAT (pozycje ze stawką zw).", 8, "LSerif"
    )
    pdf.text(
        14,
        y + 15,
        f"Płatne przelewem do {date_fmt(doc.issue_date + timedelta(days=doc.due_days))} na rachunek {iban(doc)}",
        8,
        "LSerif",
    )
    pdf.text(14, y + 20, "Faktura wystawiona w ramach porozumienia międzygminnego o świadczeniu usług IT.", 8, "LSerif")
    pdf.hline(120, 190, y + 40, 0.3)
    pdf.text(155, y + 44, "Kierownik jednostki", 7.5, "LSerif", "c")
    return Sample(pdf.bytes(), (doc,))


# --------------------------------------------------------------------------------------------------
# 3. Hand-filled protocol form


def fam_handfilled_protocol_ticks(rng: random.Random) -> Sample:
    """Pre-printed acceptance protocol form filled in by hand: values in italic off the dotted lines, ticked boxes."""
    _fonts()
    items = lines(rng, (2, 4), pool=(0, 1, 4, 5, 10, 14, 15))
    doc = protocol(rng, f"{rng.randint(1, 60)}/ZP/{rng.randint(1, 12)}/2026", items)
    pdf = Pdf()
    hand = "LSerif-Italic"

    def write(x: float, y: float, s: str, size: float = 11) -> None:
        pdf.c.setFillColorRGB(0.05, 0.1, 0.55)
        pdf.text(x + rng.uniform(-0.6, 0.8), y - 0.8 + rng.uniform(-0.5, 0.3), s, size, hand)
        pdf.c.setFillColorRGB(0, 0, 0)

    def dots(x1: float, x2: float, y: float) -> None:
        pdf.c.setDash(1, 2)
        pdf.hline(x1, x2, y + 0.8, 0.3, 0.4)
        pdf.c.setDash()

    pdf.text(pdf.w / 2, 20, "PROTOKÓŁ ODBIORU", 14, "Sans-Bold", "c")
    pdf.text(pdf.w / 2, 26, "dostawy sprzętu / oprogramowania", 9, "Sans", "c")
    pdf.text(60, 35, "Nr", 9)
    dots(66, 110, 35)
    write(68, 35, doc.number)
    pdf.text(115, 35, "z dnia", 9)
    dots(127, 175, 35)
    write(129, 35, date_fmt(doc.issue_date))
    y = 48
    for title, p in (("Zamawiający (nazwa, adres, NIP):", doc.buyer), ("Wykonawca (nazwa, adres, NIP):", doc.seller)):
        pdf.text(16, y, title, 8.5, "Sans")
        rows = [p.name, f"{p.street}, {p.city}", f"NIP {nip_fmt(p.nip, rng.choice(('plain', 'dash')))}"]
        for r in rows:
            y += 7
            dots(16, 194, y)
            write(18, y, r)
        y += 10
    pdf.text(16, y, "Na podstawie umowy nr", 8.5)
    dots(52, 110, y)
    write(54, y, f"{rng.randint(2, 40)}/{rng.randint(2025, 2026)}")
    y += 9
    pdf.text(16, y, "Przedmiot odbioru:", 8.5, "Sans-Bold")
    y += 3
    cols = [
        Col("Lp.", 10, "c"),
        Col("Nazwa (typ, model)", 112),
        Col("Ilość", 20, "c"),
        Col("J.m.", 16, "c"),
        Col("Uwagi", 20, "c"),
    ]
    xs = [16.0]
    for c in cols:
        xs.append(xs[-1] + c.width)
    pdf.rect(16, y, xs[-1] - 16, 6, 0.4, fill=0.92)
    for c, x in zip(cols, xs, strict=False):
        pdf.text(x + c.width / 2, y + 4.2, c.title, 7.5, "Sans-Bold", "c")
    y += 6
    row_h = 9.5
    n_rows = len(items) + 2
    for r in range(n_rows + 1):
        pdf.hline(16, xs[-1], y + r * row_h, 0.4)
    for x in xs:
        pdf.vline(x, y - 6, y + n_rows * row_h, 0.4)
    for k, it in enumerate(items, 1):
        base = y + (k - 1) * row_h
        nm = wrap(it.name, hand, 10, 108)
        write(19, base + 6.5, str(k), 10.5)
        if len(nm) == 1:
            write(28, base + 6.5, nm[0], 10.5)
        else:
            write(28, base + 4.2, nm[0], 9)
            write(28, base + 8.2, " ".join(nm[1:]), 9)
        write(143, base + 6.5, qty_fmt(it.qty), 10.5)
        write(160, base + 6.5, it.unit, 10.5)
        write(177, base + 6.5, "—", 10.5)
    y += n_rows * row_h + 8
    pdf.text(16, y, "Stwierdzenia komisji:", 8.5, "Sans-Bold")
    for k, (label, ticked) in enumerate(
        (
            ("dostawa kompletna", True),
            ("sprzęt sprawny, bez uszkodzeń", True),
            ("dostawa z zastrzeżeniami (opisać)", False),
        )
    ):
        yy = y + 6 + k * 6
        pdf.rect(18, yy - 3, 3.5, 3.5, 0.4)
        if ticked:
            pdf.c.setFillColorRGB(0.05, 0.1, 0.55)
            pdf.text(18.2, yy + 0.3, "✔", 11, "Sans")
            pdf.c.setFillColorRGB(0, 0, 0)
        pdf.text(24, yy, label, 8.5)
    y += 30
    pdf.text(16, y, "Wynik odbioru:  POZYTYWNY / NEGATYWNY*", 8.5, "Sans")
    pdf.c.setStrokeColorRGB(0.05, 0.1, 0.55)
    pdf.c.ellipse(41 * 72 / 25.4, (pdf.h - y - 1.5) * 72 / 25.4, 64 * 72 / 25.4, (pdf.h - y + 4) * 72 / 25.4)
    pdf.c.setStrokeColorRGB(0, 0, 0)
    pdf.text(16, y + 5, "* niepotrzebne skreślić", 6.5, "Sans-Italic")
    pdf.hline(20, 85, y + 28, 0.3)
    pdf.hline(125, 190, y + 28, 0.3)
    pdf.text(52, y + 32, "Zamawiający", 7.5, "Sans", "c")
    pdf.text(157, y + 32, "Wykonawca", 7.5, "Sans", "c")
    write(30, y + 26, "J. Nowak")
    write(135, y + 26, "M. Kowal")
    return Sample(pdf.bytes(), (doc,))


# --------------------------------------------------------------------------------------------------
# 4. Pentest protocol


PENTEST = (
    "Test penetracyjny infrastruktury zewnętrznej (adresacja publiczna)",
    "Test penetracyjny sieci wewnętrznej urzędu",
    "Test bezpieczeństwa aplikacji internetowej BIP",
    "Skanowanie podatności stacji roboczych i serwerów",
    "Retest po usunięciu podatności krytycznych i wysokich",
    "Raport końcowy z rekomendacjami (wersja PL)",
)


def fam_protocol_pentest_findings(rng: random.Random) -> Sample:
    """Pentest acceptance protocol: the tested scopes are the items; a findings-by-severity table holds none."""
    k = rng.randint(3, 5)
    names = rng.sample(PENTEST, k)
    items = tuple(Item(nm, Decimal(1), "usł.", None, None, None, None, None) for nm in names)
    doc = protocol(rng, f"PO/PT/{rng.randint(10, 99)}/2026", items)
    pdf = Pdf()
    pdf.text(14, 18, "PROTOKÓŁ ODBIORU USŁUGI", 13, "Sans-Bold")
    pdf.text(14, 24, "przeprowadzenia testów penetracyjnych i skanowania podatności", 9.5, "Sans")
    pdf.text(pdf.w - 14, 18, f"Nr {doc.number}", 10, "Sans-Bold", "r")
    pdf.text(pdf.w - 14, 24, f"Data: {date_fmt(doc.issue_date, 'iso')}", 9, "Sans", "r")
    y = 34
    party_block(pdf, 14, y, "ZAMAWIAJĄCY", doc.buyer, size=8.5)
    party_block(pdf, 110, y, "WYKONAWCA", doc.seller, size=8.5, nip_style="dash")
    y += 32
    start = doc.issue_date - timedelta(days=rng.randint(15, 30))
    pdf.text(
        14,
        y,
        f"Okres realizacji testów: {date_fmt(start)} – {date_fmt(doc.issue_date - timedelta(days=3))}. "
        f"Metodyka: OWASP WSTG, PTES.",
        8.5,
    )
    pdf.text(
        14,
        y + 5,
        f"Umowa nr {rng.randint(1, 30)}/IT/2026. Raport przekazano w wersji elektronicznej "
        "(PDF, podpis kwalifikowany).",
        8.5,
    )
    y += 12
    pdf.text(14, y, "1. Zakres odebranych prac", 9.5, "Sans-Bold")
    cols = [
        Col("Lp.", 10, "c"),
        Col("Zakres / produkt", 120),
        Col("Ilość", 16, "r"),
        Col("J.m.", 14, "c"),
        Col("Odebrano", 22, "c"),
    ]
    rows = [[str(i), it.name, qty_fmt(it.qty), it.unit, "TAK"] for i, it in enumerate(items, 1)]
    y = table(pdf, 14, y + 3, cols, rows, TableStyle(size=8, head_fill=0.88)) + 8
    pdf.text(14, y, "2. Podsumowanie zidentyfikowanych podatności (informacyjnie)", 9.5, "Sans-Bold")
    sev = [
        ("Krytyczne", rng.randint(0, 2)),
        ("Wysokie", rng.randint(1, 5)),
        ("Średnie", rng.randint(3, 12)),
        ("Niskie", rng.randint(4, 20)),
        ("Informacyjne", rng.randint(5, 25)),
    ]
    cols2 = [Col("Poziom ryzyka (CVSS)", 50), Col("Liczba", 20, "r"), Col("Usunięte przed retestem", 40, "r")]
    rows2 = [[s, str(c), str(max(0, c - rng.randint(0, 2)))] for s, c in sev]
    y = table(pdf, 14, y + 3, cols2, rows2, TableStyle(size=8, grid=False, rules=True)) + 8
    pdf.text(14, y, "3. Komisja stwierdza, że usługa została wykonana zgodnie z umową i OPZ, bez zastrzeżeń.", 8.5)
    pdf.text(
        14, y + 5, "Wyniki testów stanowią informację chronioną i nie podlegają udostępnieniu.", 8.5, "Sans-Italic"
    )
    pdf.hline(20, 85, y + 30, 0.3)
    pdf.hline(125, 190, y + 30, 0.3)
    pdf.text(52, y + 34, "Zamawiający", 7.5, "Sans", "c")
    pdf.text(157, y + 34, "Wykonawca", 7.5, "Sans", "c")
    return Sample(pdf.bytes(), (doc,))


# --------------------------------------------------------------------------------------------------
# 5. Licence activation protocol

LICENCES = (
    ("Bitdefender GravityZone Business Security", "stanowisk", (20, 120)),
    ("Microsoft 365 Business Premium", "użytkowników", (10, 80)),
    ("Acronis Cyber Protect Standard Server", "serwerów", (1, 4)),
    ("ESET PROTECT Complete", "stanowisk", (15, 150)),
    ("Windows Server 2022 CAL (User)", "licencji", (10, 60)),
    ("Veeam Backup Essentials Universal License", "instancji", (5, 20)),
    ("Fortinet FortiClient EMS ZTNA/VPN", "punktów końcowych", (25, 100)),
)


def fam_protocol_licence_activation(rng: random.Random) -> Sample:
    """Licence activation protocol: product, activated key count, subscription id and period, tenant/console name."""
    chosen = rng.sample(LICENCES, rng.randint(2, 4))
    items = tuple(
        Item(f"Licencja {nm}", Decimal(rng.randint(*rg)), unit, None, None, None, None, None) for nm, unit, rg in chosen
    )
    doc = protocol(rng, f"AKT/{rng.randint(100, 999)}/2026", items)
    pdf = Pdf()
    _fonts()
    pdf.text(pdf.w / 2, 20, "PROTOKÓŁ AKTYWACJI I PRZEKAZANIA LICENCJI", 12.5, "LNarrow-Bold", "c")
    pdf.text(
        pdf.w / 2, 26, f"nr {doc.number} sporządzony dnia {date_fmt(doc.issue_date, 'words')}", 9.5, "LNarrow", "c"
    )
    y = 38
    b, s = doc.buyer, doc.seller
    pdf.text(14, y, "Licencjobiorca / Zamawiający:", 9, "LNarrow-Bold")
    pdf.text(62, y, f"{b.name}, {b.street}, {b.city}, NIP {b.nip}", 9, "LNarrow")
    pdf.text(14, y + 5, "Partner / Dostawca:", 9, "LNarrow-Bold")
    pdf.text(62, y + 5, f"{s.name}, {s.street}, {s.city}, NIP {nip_fmt(s.nip, 'pl')}", 9, "LNarrow")
    tenant = b.name.split(" ", 1)[1].lower().replace(" ", "").replace("ę", "e").replace("ó", "o").replace("ł", "l")
    pdf.text(14, y + 10, "Konsola / tenant:", 9, "LNarrow-Bold")
    pdf.text(62, y + 10, f"{tenant}.onmicrosoft.com; konsola producenta — konto administratora urzędu", 9, "LNarrow")
    y += 20
    start = doc.issue_date
    cols = [
        Col("#", 7, "c"),
        Col("Produkt (licencja)", 64),
        Col("Aktywowano", 20, "r"),
        Col("Jedn.", 22),
        Col("ID subskrypcji / klucz", 40),
        Col("Ważna od", 19, "c"),
        Col("Ważna do", 19, "c"),
    ]
    rows = []
    for k, it in enumerate(items, 1):
        key = "-".join("".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(5)) for _ in range(3))
        months = rng.choice((12, 24, 36))
        rows.append(
            [
                str(k),
                it.name,
                qty_fmt(it.qty),
                it.unit,
                key,
                date_fmt(start),
                date_fmt(start + timedelta(days=months * 365 // 12 - 1)),
            ]
        )
    y = table(pdf, 14, y, cols, rows, TableStyle(size=8, font="LNarrow", head_font="LNarrow-Bold", head_fill=0.85)) + 6
    pdf.text(
        14,
        y,
        "Potwierdzamy poprawną aktywację licencji w konsoli producenta oraz przekazanie kluczy i danych",
        9,
        "LNarrow",
    )
    pdf.text(
        14,
        y + 4.5,
        "dostępowych administratorowi Zamawiającego. Liczby w kolumnie „Aktywowano” są zgodne z zamówieniem.",
        9,
        "LNarrow",
    )
    pdf.text(14, y + 12, "Odbiór bez zastrzeżeń.", 9, "LNarrow-Bold")
    pdf.hline(20, 85, y + 34, 0.3)
    pdf.hline(125, 190, y + 34, 0.3)
    pdf.text(52, y + 38, "Administrator IT Zamawiającego", 7.5, "LNarrow", "c")
    pdf.text(157, y + 38, "Przedstawiciel Dostawcy", 7.5, "LNarrow", "c")
    return Sample(pdf.bytes(), (doc,))


# --------------------------------------------------------------------------------------------------
# 6. Parties after the table


def fam_parties_below_totals(rng: random.Random) -> Sample:
    """Title, number and dates first, then the table and totals; the Sprzedawca/Nabywca blocks only at the bottom."""
    num = f"{rng.randint(1, 400)}/{rng.choice(('S', 'FS', 'F'))}/{rng.randint(1, 12):02d}/26"
    doc = invoice(rng, num, n=(2, 6))
    ms = rng.choice(("space", "dot"))
    pdf = Pdf()
    pdf.text(14, 20, "Faktura VAT", 18, "Serif-Bold")
    pdf.text(14, 27, f"nr {doc.number}", 11, "Serif")
    grid = [
        ("Data wystawienia", date_fmt(doc.issue_date)),
        ("Data sprzedaży", date_fmt(doc.sale_date)),
        ("Termin płatności", date_fmt(doc.issue_date + timedelta(days=doc.due_days))),
        ("Płatność", "przelew"),
    ]
    x = 100
    for k, v in grid:
        pdf.text(x, 18, k, 7, "Sans")
        pdf.text(x, 23, v, 9, "Sans-Bold")
        x += 24
    pdf.hline(14, pdf.w - 14, 32, 1.2)
    cols = std_cols((8, 72, 11, 10, 21, 22, 10, 19, 22))
    rows = [std_row(it, k, ms) for k, it in enumerate(doc.items, 1)]
    y = table(pdf, 12, 38, cols, rows, TableStyle(size=7.8, grid=False, rules=True)) + 4
    st = TableStyle(size=7.8, grid=False, rules=True)
    y = (
        table(
            pdf,
            96,
            y,
            [Col("Stawka", 16, "c"), Col("Netto", 28, "r"), Col("VAT", 24, "r"), Col("Brutto", 28, "r")],
            rate_rows(doc, ms),
            st,
        )
        + 3
    )
    net, vat, gross = doc.totals()
    pdf.text(96, y + 2, "RAZEM", 9, "Sans-Bold")
    pdf.text(140, y + 2, money(net, ms), 9, "Sans-Bold", "r")
    pdf.text(164, y + 2, money(vat, ms), 9, "Sans-Bold", "r")
    pdf.text(192, y + 2, money(gross, ms), 9, "Sans-Bold", "r")
    y += 10
    pdf.text(14, y, f"Do zapłaty: {money(gross, ms)} PLN", 12, "Serif-Bold")
    pdf.text(14, y + 5, f"słownie: {words_pln(gross)}", 8, "Serif")
    pdf.text(14, y + 10, f"Nr rachunku: {iban(doc)}", 8, "Sans")
    y = max(y + 24, 210)
    pdf.hline(14, pdf.w - 14, y - 5, 0.4, 0.5)
    party_block(pdf, 14, y, "Sprzedawca", doc.seller, size=8.5, font="Serif", bold="Serif-Bold")
    party_block(pdf, 110, y, "Nabywca", doc.buyer, size=8.5, font="Serif", bold="Serif-Bold", nip_style="dash")
    pdf.hline(20, 85, pdf.h - 22, 0.3)
    pdf.hline(125, 190, pdf.h - 22, 0.3)
    pdf.text(52, pdf.h - 18, "podpis osoby upoważnionej do odbioru", 6.5, "Sans", "c")
    pdf.text(157, pdf.h - 18, "podpis osoby upoważnionej do wystawienia", 6.5, "Sans", "c")
    return Sample(pdf.bytes(), (doc,))


# --------------------------------------------------------------------------------------------------
# 7. KOPIA across the page


def fam_kopia_diagonal_overprint(rng: random.Random) -> Sample:
    """'KOPIA' printed huge and diagonal in light grey across the whole page, 'ORYGINAŁ/KOPIA' box with KOPIA ticked."""
    num = f"FV {rng.randint(1, 999):03d}/{rng.randint(1, 12):02d}/2026"
    doc = invoice(rng, num, n=(2, 5), force_zw=rng.random() < 0.3)
    pdf = Pdf()
    c = pdf.c
    c.saveState()
    c.setFillGray(0.82)
    c.translate(pdf.w / 2 * MM, pdf.h / 2 * MM)
    c.rotate(rng.uniform(48, 58))
    c.setFont("Sans-Bold", 120)
    c.drawCentredString(0, -40, "KOPIA")
    c.restoreState()
    pdf.text(14, 20, "FAKTURA", 16, "Sans-Bold")
    pdf.text(14, 26, f"Numer: {doc.number}", 10, "Sans")
    pdf.rect(150, 13, 46, 12, 0.5)
    pdf.text(152, 18, "☐ ORYGINAŁ", 8, "Sans")
    pdf.text(152, 23, "☒ KOPIA", 8, "Sans-Bold")
    pdf.text(
        14,
        33,
        f"Wystawiono: {date_fmt(doc.issue_date)}   Data dostawy: {date_fmt(doc.sale_date)}   "
        f"Termin zapłaty: {doc.due_days} dni",
        8.5,
    )
    party_block(pdf, 14, 43, "SPRZEDAWCA", doc.seller, size=8.5, nip_style="dash")
    party_block(pdf, 110, 43, "NABYWCA", doc.buyer, size=8.5, nip_style="dash")
    cols = std_cols((8, 68, 12, 11, 21, 23, 11, 20, 22))
    rows = [std_row(it, k, "space") for k, it in enumerate(doc.items, 1)]
    y = table(pdf, 12, 80, cols, rows, TableStyle(size=7.8, head_fill=0.9)) + 4
    y = (
        table(
            pdf,
            106,
            y,
            [Col("Stawka", 14, "c"), Col("Netto", 26, "r"), Col("VAT", 22, "r"), Col("Brutto", 28, "r")],
            [*rate_rows(doc, "space"), ["Razem", *(money(v) for v in doc.totals())]],
            TableStyle(size=7.8),
        )
        + 8
    )
    gross = doc.totals()[2]
    pdf.text(14, y, f"Razem do zapłaty: {money(gross)} zł", 11, "Sans-Bold")
    pdf.text(14, y + 5, f"Słownie: {words_pln(gross)}", 8)
    pdf.text(14, y + 10, f"Konto: {iban(doc)}", 8)
    if any(i.vat_rate == "zw" for i in doc.items):
        pdf.text(14, y + 15, "Podstawa zwolnienia: art. 43 ust. 1 pkt 29 lit. c ustawy o VAT", 7.5, "Sans-Italic")
    pdf.hline(20, 85, y + 38, 0.3)
    pdf.hline(125, 190, y + 38, 0.3)
    pdf.text(52, y + 42, "Odebrał(a)", 7, "Sans", "c")
    pdf.text(157, y + 42, "Wystawił(a)", 7, "Sans", "c")
    return Sample(pdf.bytes(), (doc,))


# --------------------------------------------------------------------------------------------------
# 8. Correction with 1a/1b rows


def fam_correction_ab_rows(rng: random.Random) -> Sample:
    """Correction whose rows are numbered '1a'/'1b' under a legend 'a – przed korektą, b – po korekcie'."""
    base = invoice(rng, f"KOR/{rng.randint(1, 99)}/2026", n=(1, 3))
    before, after = [], []
    for it in base.items:
        before.append(replace(it, before_correction=True))
        if it.qty > 1 and rng.random() < 0.5:
            after.append(make_like(it, it.qty - 1, it.unit_price or Decimal(0), False))
        else:
            after.append(
                make_like(it, it.qty, q2((it.unit_price or Decimal(0)) * Decimal(rng.choice(("0.9", "0.92")))), False)
            )
    orig = f"FV/{rng.randint(100, 999)}/2026"
    odate = base.issue_date - timedelta(days=rng.randint(10, 45))
    doc = replace(
        base,
        kind="correction",
        items=tuple(before + after),
        corrected_number=orig,
        corrected_date=odate,
        reason=rng.choice(("zwrot 1 szt. towaru", "obniżka ceny uzgodniona protokołem reklamacji")),
        sale_date=odate,
    )
    ms = "space"
    pdf = Pdf()
    pdf.text(pdf.w / 2, 18, "FAKTURA KORYGUJĄCA", 14, "Sans-Bold", "c")
    pdf.text(pdf.w / 2, 24, f"nr {doc.number}", 11, "Sans-Bold", "c")
    pdf.text(pdf.w / 2, 30, f"do faktury nr {orig} z dnia {date_fmt(odate)}", 9, "Sans", "c")
    pdf.text(14, 38, f"Data wystawienia korekty: {date_fmt(doc.issue_date)}", 8.5)
    pdf.text(14, 42.5, f"Data sprzedaży (z faktury korygowanej): {date_fmt(odate)}", 8.5)
    party_block(pdf, 14, 52, "Sprzedawca:", doc.seller, size=8.5)
    party_block(pdf, 110, 52, "Nabywca:", doc.buyer, size=8.5)
    pdf.text(14, 82, f"Przyczyna korekty: {doc.reason}", 8.5, "Sans-Bold")
    pdf.text(14, 87, "Oznaczenia: a – stan przed korektą, b – stan po korekcie", 8, "Sans-Italic")
    cols = [
        Col("Lp.", 9, "c"),
        Col("Nazwa", 62),
        Col("Ilość", 11, "r"),
        Col("J.m.", 10, "c"),
        Col("Cena netto", 20, "r"),
        Col("Wartość netto", 22, "r"),
        Col("VAT", 10, "c"),
        Col("Kwota VAT", 19, "r"),
        Col("Wartość brutto", 23, "r"),
    ]
    rows = []
    for k, (b, a) in enumerate(zip(before, after, strict=True), 1):
        rows.append(
            [
                f"{k}a",
                b.name,
                qty_fmt(b.qty),
                b.unit,
                money(b.unit_price or 0, ms),
                money(b.net or 0, ms),
                rate_label(b.vat_rate),
                money(b.vat or 0, ms),
                money(b.gross or 0, ms),
            ]
        )
        rows.append(
            [
                f"{k}b",
                a.name,
                qty_fmt(a.qty),
                a.unit,
                money(a.unit_price or 0, ms),
                money(a.net or 0, ms),
                rate_label(a.vat_rate),
                money(a.vat or 0, ms),
                money(a.gross or 0, ms),
            ]
        )
    y = table(pdf, 12, 91, cols, rows, TableStyle(size=7.6)) + 5
    bn, bv, bg = doc.totals(doc.before_items)
    an, av, ag = doc.totals(doc.after_items)
    st = TableStyle(size=8)
    y = (
        table(
            pdf,
            80,
            y,
            [Col("", 34), Col("Netto", 26, "r"), Col("VAT", 24, "r"), Col("Brutto", 28, "r")],
            [
                ["Razem a (przed)", money(bn), money(bv), money(bg)],
                ["Razem b (po)", money(an), money(av), money(ag)],
                ["Różnica b – a", money(an - bn), money(av - bv), money(ag - bg)],
            ],
            st,
        )
        + 7
    )
    pdf.text(14, y, f"Kwota do zwrotu: {money(bg - ag)} zł", 11, "Sans-Bold")
    pdf.text(14, y + 5, f"słownie: {words_pln(bg - ag)}", 8)
    pdf.text(14, y + 10, "Zwrot nastąpi przelewem na rachunek Nabywcy w terminie 14 dni.", 8)
    return Sample(pdf.bytes(), (doc,))


# --------------------------------------------------------------------------------------------------
# 9. Specification lines under each name


def fam_spec_lines_under_name(rng: random.Random) -> Sample:
    """Each item name in bold with two or three grey specification lines under it in the same cell (SWZ-style)."""
    num = f"FVS/{rng.randint(1, 9999):04d}/2026"
    doc = invoice(rng, num, n=(2, 4), pool=tuple(SPECS))
    pdf = Pdf()
    pdf.text(14, 18, doc.seller.name, 12, "Sans-Bold")
    pdf.text(14, 23, f"{doc.seller.street} · {doc.seller.city} · NIP {doc.seller.nip}", 8)
    pdf.text(pdf.w - 14, 18, "Faktura VAT", 13, "Sans-Bold", "r")
    pdf.text(pdf.w - 14, 24, doc.number, 11, "Sans", "r")
    pdf.text(pdf.w - 14, 30, f"z dnia {date_fmt(doc.issue_date)}", 8.5, "Sans", "r")
    pdf.text(pdf.w - 14, 34.5, f"data dostawy {date_fmt(doc.sale_date)}", 8.5, "Sans", "r")
    party_block(pdf, 14, 40, "Nabywca", doc.buyer, size=8.5, nip_style="pl")
    pdf.text(110, 44, "Dostawa w ramach umowy nr " + f"{rng.randint(1, 50)}/ZP/2026", 8)
    pdf.text(110, 48, "Opis przedmiotu zgodny z SWZ, zał. nr 1", 8)
    heads = (
        (14, "Lp.", "l"),
        (22, "Przedmiot dostawy / specyfikacja", "l"),
        (113, "Ilość", "r"),
        (116, "J.m.", "l"),
        (147, "Cena netto", "r"),
        (170, "Wartość netto", "r"),
        (174, "VAT", "l"),
        (pdf.w - 14, "Brutto", "r"),
    )
    y = 70
    pdf.rect(14, y - 4, pdf.w - 28, 6, 0, fill=0.85)
    for x, h, al in heads:
        pdf.text(x, y, h, 7.2, "Sans-Bold", al)
    y += 6
    code = {v[0]: k for k, v in enumerate(CAT10)}
    for k, it in enumerate(doc.items, 1):
        nm = wrap(it.name, "Sans-Bold", 8, 80)
        pdf.text(14, y, f"{k}.", 8)
        yy = pdf.lines(22, y, nm, 8, "Sans-Bold", 3.6)
        pdf.c.setFillGray(0.45)
        yy = pdf.lines(24, yy, SPECS[code[it.name]], 6.8, "Sans", 3.1)
        pdf.c.setFillGray(0)
        pdf.text(113, y, qty_fmt(it.qty), 8, "Sans", "r")
        pdf.text(116, y, it.unit, 8)
        pdf.text(147, y, money(it.unit_price or 0), 8, "Sans", "r")
        pdf.text(170, y, money(it.net or 0), 8, "Sans", "r")
        pdf.text(174, y, rate_label(it.vat_rate), 8)
        pdf.text(pdf.w - 14, y, money(it.gross or 0), 8, "Sans", "r")
        y = yy + 2
        pdf.hline(14, pdf.w - 14, y - 2.5, 0.2, 0.6)
    y += 4
    for r, n_, v, g in doc.rate_summary():
        pdf.text(120, y, f"VAT {rate_label(r)}: netto {money(n_)}  VAT {money(v)}  brutto {money(g)}", 7.5)
        y += 4
    net, vat, gross = doc.totals()
    y += 2
    pdf.text(120, y, "Suma netto:", 8.5)
    pdf.text(pdf.w - 14, y, money(net), 8.5, "Sans", "r")
    pdf.text(120, y + 4.5, "Suma VAT:", 8.5)
    pdf.text(pdf.w - 14, y + 4.5, money(vat), 8.5, "Sans", "r")
    pdf.text(120, y + 10, "DO ZAPŁATY (PLN):", 10, "Sans-Bold")
    pdf.text(pdf.w - 14, y + 10, money(gross), 10, "Sans-Bold", "r")
    pdf.text(14, y + 20, f"Przelew {doc.due_days} dni, rachunek: {iban(doc)}", 8)
    pdf.text(14, y + 24.5, "Gwarancja i serwis zgodnie z warunkami umowy. Karty gwarancyjne w załączeniu.", 8)
    return Sample(pdf.bytes(), (doc,))


# --------------------------------------------------------------------------------------------------
# 10. Polish/German


def fam_bilingual_pl_de(rng: random.Random) -> Sample:
    """Polish company of a German group, German ERP: 'Rechnung / Faktura VAT', every label German first, then Polish."""
    sell = Party(
        rng.choice(
            (
                "Hanse Systemhaus Polska Sp. z o.o.",
                "Rheinwerk IT Solutions Polska Sp. z o.o.",
                "Nordwerk Datentechnik Polska Sp. z o.o.",
            )
        ),
        "ul. Krakowiaków 50",
        "02-255 Warszawa",
        make_nip(rng),
    )
    num = f"RE-PL-{rng.randint(2600000, 2699999)}"
    doc = invoice(rng, num, sell=sell, n=(2, 5))
    ms = "dot"
    pdf = Pdf()
    _fonts()
    F, B = "LNarrow", "LNarrow-Bold"
    pdf.text(14, 16, sell.name, 11, B)
    pdf.text(14, 21, f"{sell.street}, {sell.city} | USt-IdNr./NIP: {nip_fmt(sell.nip, 'pl')}", 8, F)
    pdf.text(14, 36, "Rechnung / Faktura VAT", 16, B)
    meta = [
        ("Rechnungsnummer / Numer faktury", doc.number),
        ("Rechnungsdatum / Data wystawienia", date_fmt(doc.issue_date)),
        ("Lieferdatum / Data dostawy", date_fmt(doc.sale_date)),
        ("Kundennummer / Nr klienta", str(rng.randint(400000, 499999))),
        ("Zahlungsziel / Termin płatności", date_fmt(doc.issue_date + timedelta(days=doc.due_days))),
    ]
    y = 16
    for k, v in meta:
        pdf.text(120, y, k, 7.5, F)
        pdf.text(pdf.w - 14, y, v, 8.5, B, "r")
        y += 4.6
    b = doc.buyer
    pdf.text(14, 46, "Verkäufer / Sprzedawca", 7.5, B)
    pdf.lines(14, 50.5, [sell.name, sell.street, sell.city, f"NIP: {sell.nip}"], 8.5, F)
    pdf.text(110, 46, "Käufer / Nabywca", 7.5, B)
    pdf.lines(110, 50.5, [b.name, *b.extra, b.street, b.city, f"NIP: {b.nip}"], 8.5, F)
    cols = [
        Col("Pos. / Lp.", 12, "c"),
        Col("Bezeichnung / Nazwa", 66),
        Col("Menge / Ilość", 16, "r"),
        Col("ME / J.m.", 13, "c"),
        Col("Einzelpreis netto / Cena netto", 24, "r"),
        Col("Gesamt netto / Wartość netto", 24, "r"),
        Col("MwSt. / VAT %", 14, "c"),
        Col("Brutto / Wartość brutto", 23, "r"),
    ]
    rows = [
        [
            f"{k * 10}",
            it.name,
            qty_fmt(it.qty),
            it.unit,
            money(it.unit_price or 0, ms),
            money(it.net or 0, ms),
            rate_label(it.vat_rate, "n"),
            money(it.gross or 0, ms),
        ]
        for k, it in enumerate(doc.items, 1)
    ]
    y = table(pdf, 11, 78, cols, rows, TableStyle(size=8, font=F, head_font=B, grid=False, rules=True, head_size=7)) + 5
    net, vat, gross = doc.totals()
    for lab, val in (
        ("Summe netto / Razem netto", net),
        ("MwSt. / Podatek VAT", vat),
        ("Gesamtbetrag / Razem brutto", gross),
    ):
        pdf.text(120, y, lab, 8.5, F)
        pdf.text(pdf.w - 14, y, f"{money(val, ms)} PLN", 8.5, B, "r")
        y += 5
    pdf.text(14, y + 5, "Zahlbar ohne Abzug / Płatne bez potrąceń na rachunek / auf das Konto:", 8, F)
    pdf.text(14, y + 9.5, f"{iban(doc)}  (BIC: {rng.choice(('PKOPPLPW', 'INGBPLPW', 'BREXPLPW'))})", 8.5, B)
    pdf.text(
        14,
        pdf.h - 14,
        f"Sitz / Siedziba: Warszawa | KRS 0000{rng.randint(100000, 999999)} | "
        f"Geschäftsführer / Zarząd: {rng.choice(('Jan Müller', 'Thomas Becker'))}",
        7,
        F,
    )
    return Sample(pdf.bytes(), (doc,))


# --------------------------------------------------------------------------------------------------
# 11. Cover letter, then the invoice


def fam_cover_letter_then_invoice(rng: random.Random) -> Sample:
    """Page 1 a cover letter quoting the invoice number and gross amount; page 2 the invoice itself."""
    num = f"{rng.randint(1, 300)}/{rng.randint(1, 12):02d}/2026/FV"
    doc = invoice(rng, num, n=(2, 5), force_zw=rng.random() < 0.4)
    gross = doc.totals()[2]
    pdf = Pdf()
    s, b = doc.seller, doc.buyer
    pdf.text(14, 20, s.name, 12, "Serif-Bold")
    pdf.text(14, 25, f"{s.street}, {s.city}", 9, "Serif")
    pdf.text(pdf.w - 14, 35, f"{s.city.split(' ', 1)[1]}, {date_fmt(doc.issue_date, 'words_r')}", 9.5, "Serif", "r")
    pdf.text(14, 42, f"Znak: {rng.choice(('DH', 'ZP', 'SPR'))}/{rng.randint(10, 400)}/2026", 9, "Serif")
    pdf.lines(120, 55, [b.extra[0], b.street, b.city], 10, "Serif-Bold")
    pdf.text(14, 85, "Dotyczy: realizacji umowy dostawy sprzętu i oprogramowania", 10, "Serif-Bold")
    body = (
        f"W związku z zakończeniem realizacji dostawy w załączeniu przekazujemy fakturę VAT nr {doc.number} "
        f"na kwotę {money(gross)} zł brutto wraz z podpisanym protokołem odbioru. Uprzejmie prosimy o "
        f"terminową zapłatę na rachunek wskazany na fakturze. W razie pytań pozostajemy do dyspozycji."
    )
    y = pdf.lines(14, 97, ["Szanowni Państwo,", "", *wrap(body, "Serif", 10.5, 180)], 10.5, "Serif", 5.5)
    pdf.lines(14, y + 6, ["Z poważaniem", "", "Dział Handlowy"], 10.5, "Serif", 5.5)
    pdf.text(14, 250, "Załączniki:", 9, "Serif-Bold")
    pdf.lines(14, 255, ["1. Faktura VAT (1 egz.)", "2. Protokół odbioru (1 egz.)"], 9, "Serif", 4.5)
    pdf.new_page()
    pdf.text(14, 20, "FAKTURA VAT", 15, "Sans-Bold")
    pdf.text(14, 26.5, f"nr {doc.number}", 10.5, "Sans-Bold")
    pdf.text(pdf.w - 14, 20, f"Miejsce wystawienia: {s.city.split(' ', 1)[1]}", 8.5, "Sans", "r")
    pdf.text(pdf.w - 14, 24.5, f"Data wystawienia: {date_fmt(doc.issue_date)}", 8.5, "Sans", "r")
    pdf.text(pdf.w - 14, 29, f"Data dostawy/wykonania usługi: {date_fmt(doc.sale_date)}", 8.5, "Sans", "r")
    party_block(pdf, 14, 40, "Sprzedawca", s, size=8.5)
    party_block(pdf, 110, 40, "Nabywca", b, size=8.5)
    rows = [std_row(it, k, "space") for k, it in enumerate(doc.items, 1)]
    y = table(pdf, 12, 74, std_cols((8, 70, 11, 11, 21, 22, 10, 20, 22)), rows, TableStyle(size=7.8)) + 4
    y = (
        table(
            pdf,
            101,
            y,
            [Col("Stawka VAT", 18, "c"), Col("Netto", 27, "r"), Col("VAT", 24, "r"), Col("Brutto", 26, "r")],
            [*rate_rows(doc, "space"), ["Razem", *(money(v) for v in doc.totals())]],
            TableStyle(size=7.8),
        )
        + 8
    )
    pdf.text(14, y, f"Do zapłaty: {money(gross)} PLN", 11, "Sans-Bold")
    pdf.text(14, y + 5, f"Słownie: {words_pln(gross)}", 8)
    pdf.text(14, y + 10, f"Sposób zapłaty: przelew, termin {doc.due_days} dni; nr rachunku {iban(doc)}", 8)
    return Sample(pdf.bytes(), (doc,))


# --------------------------------------------------------------------------------------------------
# 12. Consortium leader


def fam_consortium_leader(rng: random.Random) -> Sample:
    """The consortium leader invoices: a 'Konsorcjum' box names leader and partner with both NIPs above the parties."""
    names = rng.sample(SELLERS10, 2)
    leader = Party(names[0][0], names[0][1], names[0][2], make_nip(rng))
    partner = Party(names[1][0], names[1][1], names[1][2], make_nip(rng))
    num = f"FV/K/{rng.randint(1, 99)}/2026"
    doc = invoice(rng, num, sell=leader, n=(2, 4), pool=(2, 3, 6, 9, 11, 13))
    pdf = Pdf()
    pdf.text(14, 18, f"Faktura VAT nr {doc.number}", 14, "Sans-Bold")
    pdf.text(
        14,
        24,
        f"Data wystawienia: {date_fmt(doc.issue_date, 'iso')}    Data wykonania: {date_fmt(doc.sale_date, 'iso')}",
        8.5,
    )
    pdf.rect(14, 29, pdf.w - 28, 21, 0.4, fill=0.95)
    pdf.text(17, 34, "Wykonawca zamówienia: KONSORCJUM", 8.5, "Sans-Bold")
    pdf.text(17, 39, f"Lider konsorcjum: {leader.name}, {leader.street}, {leader.city}, NIP {leader.nip}", 7.8)
    pdf.text(17, 43.5, f"Partner konsorcjum: {partner.name}, {partner.street}, {partner.city}, NIP {partner.nip}", 7.8)
    pdf.text(
        17,
        48,
        f"Umowa konsorcjum z dnia {date_fmt(doc.issue_date - timedelta(days=rng.randint(60, 120)))}; "
        f"faktura wystawiona przez Lidera w imieniu Konsorcjum",
        7.2,
        "Sans-Italic",
    )
    party_block(pdf, 14, 58, "Sprzedawca (Lider konsorcjum)", leader, size=8.5, nip_style="dash")
    party_block(pdf, 110, 58, "Nabywca", doc.buyer, size=8.5, nip_style="dash")
    pdf.text(
        14,
        88,
        f"Dotyczy umowy nr {rng.randint(1, 40)}/{rng.choice(('CS', 'ZP', 'IT'))}/2026 — etap {rng.randint(1, 3)}",
        8.5,
        "Sans-Bold",
    )
    rows = [
        [
            f"{k}",
            it.name,
            it.unit,
            qty_fmt(it.qty),
            money(it.unit_price or 0),
            rate_label(it.vat_rate),
            money(it.net or 0),
            money(it.vat or 0),
            money(it.gross or 0),
        ]
        for k, it in enumerate(doc.items, 1)
    ]
    cols = [
        Col("Lp", 8, "c"),
        Col("Nazwa", 68),
        Col("J.m.", 11, "c"),
        Col("Ilość", 11, "r"),
        Col("Cena netto", 21, "r"),
        Col("St. VAT", 12, "c"),
        Col("Netto", 22, "r"),
        Col("VAT", 20, "r"),
        Col("Brutto", 22, "r"),
    ]
    y = table(pdf, 12, 92, cols, rows, TableStyle(size=7.8, head_fill=0.8)) + 5
    net, vat, gross = doc.totals()
    pdf.text(120, y, "Razem netto", 8.5)
    pdf.text(pdf.w - 12, y, money(net), 8.5, "Sans", "r")
    pdf.text(120, y + 4.5, "Razem VAT 23%", 8.5)
    pdf.text(pdf.w - 12, y + 4.5, money(vat), 8.5, "Sans", "r")
    pdf.text(120, y + 10, "Razem brutto", 9.5, "Sans-Bold")
    pdf.text(pdf.w - 12, y + 10, money(gross), 9.5, "Sans-Bold", "r")
    pdf.text(14, y + 20, f"Należność proszę przekazać na rachunek Lidera konsorcjum: {iban(doc)}", 8)
    pdf.text(14, y + 24.5, f"Słownie: {words_pln(gross)}", 8)
    return Sample(pdf.bytes(), (doc,))


# --------------------------------------------------------------------------------------------------
# 13. EU funds marking strip and the grant-project note


def fam_eu_marking_strip_project(rng: random.Random) -> Sample:
    """EU funds marking strip (four logo boxes) across the top, the grant project and its number under the title."""
    num = f"{rng.randint(1, 80)}/CS/2026"
    doc = invoice(rng, num, n=(2, 4), pool=(3, 8, 9, 11, 12, 13), force_zw=True)
    pdf = Pdf()
    # marking strip: programme, state, EU (wording of the programme from the CS grant scheme, see the docstring)
    xs = (14, 62, 110, 158)
    labels = (
        ("Fundusze Europejskie", "na Rozwój Cyfrowy"),
        ("Rzeczpospolita", "Polska"),
        ("Dofinansowane przez", "Unię Europejską"),
        ("Centrum Projektów", "Polska Cyfrowa"),
    )
    for x, (a, b) in zip(xs, labels, strict=True):
        pdf.rect(x, 8, 9, 9, 0.3, fill=0.7)
        pdf.text(x + 11, 12, a, 7, "Sans-Bold")
        pdf.text(x + 11, 15.5, b, 7, "Sans")
    pdf.hline(14, pdf.w - 14, 21, 0.3, 0.5)
    pdf.text(14, 32, f"Faktura nr {doc.number}", 14, "Sans-Bold")
    pdf.text(14, 38, "Projekt grantowy „Cyberbezpieczny Samorząd” nr FERC.02.02-IP.01-0001/23,", 7.5, "Sans-Italic")
    pdf.text(
        14,
        41.5,
        "finansowany z programu Fundusze Europejskie na Rozwój Cyfrowy 2021-2027; "
        f"umowa o powierzenie grantu nr {rng.randint(100, 2999)}/2024",
        7.5,
        "Sans-Italic",
    )
    pdf.text(pdf.w - 14, 32, f"Data wystawienia {date_fmt(doc.issue_date, 'iso')}", 8.5, "Sans", "r")
    pdf.text(pdf.w - 14, 27.5, f"Data sprzedaży {date_fmt(doc.sale_date, 'iso')}", 8.5, "Sans", "r")
    party_block(pdf, 14, 50, "Sprzedawca", doc.seller, size=8.5, nip_style="space")
    party_block(pdf, 110, 50, "Nabywca", doc.buyer, size=8.5, nip_style="space")
    cols = [
        Col("Lp.", 8, "c"),
        Col("Nazwa towaru lub usługi", 72),
        Col("Ilość", 11, "r"),
        Col("J.m.", 10, "c"),
        Col("Cena jedn. netto", 21, "r"),
        Col("Stawka", 12, "c"),
        Col("Wartość netto", 23, "r"),
        Col("Wartość brutto", 24, "r"),
    ]
    rows = [
        [
            f"{k}",
            it.name,
            qty_fmt(it.qty),
            it.unit,
            money(it.unit_price or 0),
            rate_label(it.vat_rate),
            money(it.net or 0),
            money(it.gross or 0),
        ]
        for k, it in enumerate(doc.items, 1)
    ]
    y = table(pdf, 12, 82, cols, rows, TableStyle(size=7.8, grid=False, rules=True, head_fill=0.9)) + 5
    y = (
        table(
            pdf,
            92,
            y,
            [
                Col("Stawka VAT", 22, "c"),
                Col("Wartość netto", 28, "r"),
                Col("Kwota VAT", 24, "r"),
                Col("Wartość brutto", 28, "r"),
            ],
            [*rate_rows(doc, "space"), ["Ogółem", *(money(v) for v in doc.totals())]],
            TableStyle(size=7.8),
        )
        + 7
    )
    gross = doc.totals()[2]
    pdf.text(14, y, f"Do zapłaty: {money(gross)} zł", 11, "Sans-Bold")
    pdf.text(14, y + 5, f"Słownie: {words_pln(gross)}", 8)
    pdf.text(
        14,
        y + 10,
        f"Termin płatności: {date_fmt(doc.issue_date + timedelta(days=doc.due_days), 'iso')}, "
        f"przelew na rachunek {iban(doc)}",
        8,
    )
    pdf.text(14, y + 15, "Szkolenie zwolnione z VAT: art. 43 ust. 1 pkt 29 lit. c ustawy o VAT.", 7.5, "Sans-Italic")
    return Sample(pdf.bytes(), (doc,))


# --------------------------------------------------------------------------------------------------
# 14. VAT summary above the table


def fam_summary_above_items(rng: random.Random) -> Sample:
    """The per-rate VAT summary and 'Do zapłaty' sit right under the parties, ABOVE the items table."""
    num = f"F/{rng.randint(2026000, 2026999)}"
    doc = invoice(rng, num, n=(3, 7), force_zw=rng.random() < 0.35)
    ms = rng.choice(("space", "comma"))
    pdf = Pdf()
    pdf.text(pdf.w / 2, 16, f"FAKTURA VAT  {doc.number}", 13, "Mono-Bold", "c")
    pdf.text(
        pdf.w / 2, 22, f"wystawiona {date_fmt(doc.issue_date)}, sprzedaż {date_fmt(doc.sale_date)}", 8.5, "Mono", "c"
    )
    party_block(pdf, 14, 32, "Sprzedawca:", doc.seller, size=8, font="Mono", bold="Mono-Bold")
    party_block(pdf, 110, 32, "Nabywca:", doc.buyer, size=8, font="Mono", bold="Mono-Bold")
    y = 64
    pdf.text(14, y, "PODSUMOWANIE", 9, "Mono-Bold")
    st = TableStyle(size=8, font="Mono", head_font="Mono-Bold")
    y = table(
        pdf,
        14,
        y + 2,
        [Col("Stawka", 18, "c"), Col("Netto", 30, "r"), Col("VAT", 26, "r"), Col("Brutto", 30, "r")],
        [*rate_rows(doc, ms), ["Suma", *(money(v, ms) for v in doc.totals())]],
        st,
    )
    gross = doc.totals()[2]
    pdf.rect(126, 66, 70, 20, 0.8)
    pdf.text(161, 72, "DO ZAPŁATY", 9, "Mono-Bold", "c")
    pdf.text(161, 80, f"{money(gross, ms)} PLN", 13, "Mono-Bold", "c")
    pdf.text(161, 84.5, f"termin: {date_fmt(doc.issue_date + timedelta(days=doc.due_days))}", 7, "Mono", "c")
    y = max(y, 88) + 6
    pdf.text(14, y, f"Rachunek: {iban(doc, spaced=False)}", 8, "Mono")
    y += 8
    pdf.text(14, y, "POZYCJE FAKTURY", 9, "Mono-Bold")
    cols = [
        Col("Lp", 8, "c"),
        Col("Nazwa", 68),
        Col("Ilość", 11, "r"),
        Col("Jm", 10, "c"),
        Col("Cena netto", 21, "r"),
        Col("Netto", 22, "r"),
        Col("VAT", 10, "c"),
        Col("Kwota VAT", 19, "r"),
        Col("Brutto", 22, "r"),
    ]
    rows = [std_row(it, k, ms) for k, it in enumerate(doc.items, 1)]
    y = (
        table(
            pdf, 12, y + 2, cols, rows, TableStyle(size=7.4, font="Mono", head_font="Mono-Bold", grid=False, rules=True)
        )
        + 6
    )
    if any(i.vat_rate == "zw" for i in doc.items):
        pdf.text(14, y, "zw - art. 43 ust. 1 pkt 29 lit. c ustawy o VAT", 7.5, "Mono")
    return Sample(pdf.bytes(), (doc,))


# --------------------------------------------------------------------------------------------------
# 15. Quantity-and-quality acceptance protocol with a tests table


TESTS = (
    "Uruchomienie i test POST wszystkich urządzeń",
    "Weryfikacja zgodności konfiguracji z OPZ",
    "Test przełączenia zasilania na UPS (symulacja zaniku)",
    "Test odtworzenia kopii zapasowej na środowisku testowym",
    "Weryfikacja aktualności oprogramowania układowego",
    "Test dostępu zdalnego VPN z uwierzytelnianiem MFA",
)


def fam_protocol_quality_tests(rng: random.Random) -> Sample:
    """Quantity-and-quality acceptance protocol: ordered/delivered columns and 'zgodny z OPZ', then a tests table."""
    items = lines(rng, (2, 5), pool=(0, 1, 2, 3, 4, 5, 6, 14, 15))
    doc = protocol(rng, f"POJ/{rng.randint(1, 99):02d}/2026", items)
    pdf = Pdf()
    pdf.text(14, 18, "PROTOKÓŁ ODBIORU ILOŚCIOWO-JAKOŚCIOWEGO", 12.5, "Serif-Bold")
    pdf.text(14, 24, f"Nr {doc.number}    Data odbioru: {date_fmt(doc.issue_date, 'dash')}", 9, "Serif")
    pdf.text(14, 32, "Zamawiający:", 8.5, "Serif-Bold")
    pdf.text(
        40,
        32,
        f"{doc.buyer.name}, {doc.buyer.street}, {doc.buyer.city}; NIP {nip_fmt(doc.buyer.nip, 'dash')}",
        8.5,
        "Serif",
    )
    pdf.text(14, 37, "Dostawca:", 8.5, "Serif-Bold")
    pdf.text(
        40,
        37,
        f"{doc.seller.name}, {doc.seller.street}, {doc.seller.city}; NIP {nip_fmt(doc.seller.nip, 'dash')}",
        8.5,
        "Serif",
    )
    pdf.text(14, 45, "I. Odbiór ilościowy i jakościowy", 9.5, "Serif-Bold")
    cols = [
        Col("Lp.", 9, "c"),
        Col("Nazwa asortymentu", 78),
        Col("J.m.", 11, "c"),
        Col("Ilość zamówiona", 20, "r"),
        Col("Ilość dostarczona", 20, "r"),
        Col("Zgodny z OPZ", 18, "c"),
        Col("Uszkodzenia", 26, "c"),
    ]
    rows = [
        [f"{k}.", it.name, it.unit, qty_fmt(it.qty), qty_fmt(it.qty), "TAK", "brak"] for k, it in enumerate(items, 1)
    ]
    y = table(pdf, 14, 48, cols, rows, TableStyle(size=8, font="Serif", head_font="Serif-Bold", head_fill=0.9)) + 8
    pdf.text(14, y, "II. Przeprowadzone testy (nie stanowią przedmiotu dostawy)", 9.5, "Serif-Bold")
    tests = rng.sample(TESTS, rng.randint(3, 5))
    rows2 = [
        [f"T{k}", t, "pozytywny", date_fmt(doc.issue_date - timedelta(days=rng.randint(0, 3)))]
        for k, t in enumerate(tests, 1)
    ]
    y = (
        table(
            pdf,
            14,
            y + 3,
            [Col("Nr", 10, "c"), Col("Test", 110), Col("Wynik", 26, "c"), Col("Data", 24, "c")],
            rows2,
            TableStyle(size=8, font="Serif", head_font="Serif-Bold", grid=False, rules=True),
        )
        + 8
    )
    pdf.text(14, y, "III. Wynik odbioru: dostawa przyjęta bez zastrzeżeń; podstawa do wystawienia faktury.", 9, "Serif")
    pdf.hline(20, 85, y + 30, 0.3)
    pdf.hline(125, 190, y + 30, 0.3)
    pdf.text(52, y + 34, "za Zamawiającego", 7.5, "Serif", "c")
    pdf.text(157, y + 34, "za Dostawcę", 7.5, "Serif", "c")
    return Sample(pdf.bytes(), (doc,))


# --------------------------------------------------------------------------------------------------
# 16. Line printer without diacritics


def fam_lineprinter_caps_no_diacritics(rng: random.Random) -> Sample:
    """Old line-printer invoice in capitals without Polish diacritics, '=' and '-' rules, amounts 1234.56."""
    _fonts()
    _code, bname, office, bcity = rng.choice(ASCII_JST)
    buyer = Party(
        bname, rng.choice(("UL. KOLEJOWA 12", "UL. GLOWNA 27", "PL. RATUSZOWY 1")), bcity, make_nip(rng), (office,)
    )
    sell = Party(
        rng.choice(("PHU KOMPEX SP. Z O.O.", "BIURO KOMPUTEROWE BIT-SERWIS S.C.", "ZETKOM SYSTEMY SP.J.")),
        "UL. FABRYCZNA 9",
        "58-100 SWIDNICA",
        make_nip(rng),
    )
    issue = issue_day(rng)
    k = rng.randint(2, 5)
    items = tuple(make_line(rng, e) for e in rng.sample(ASCII_CAT, k))
    num = f"{rng.randint(1, 999):06d}/FV/26"
    doc = Doc(
        kind="invoice",
        number=num,
        issue_date=issue,
        sale_date=issue,
        seller=sell,
        buyer=buyer,
        currency="PLN",
        items=items,
        due_days=rng.choice((14, 30)),
        bank="".join(str(rng.randint(0, 9)) for _ in range(26)),
    )
    pdf = Pdf()
    F, size, lead = "LMono", 8.6, 3.9
    W = 92
    out = [
        sell.name,
        f"{sell.street}   {sell.city}",
        f"NIP {sell.nip}",
        "",
        f"{'FAKTURA VAT NR ' + doc.number:^{W}}",
        f"{'ORYGINAL':^{W}}",
        "",
        f"DATA WYSTAWIENIA: {date_fmt(issue, 'iso')}      DATA SPRZEDAZY: {date_fmt(issue, 'iso')}",
        f"SPOSOB ZAPLATY: PRZELEW {doc.due_days} DNI     TERMIN: "
        f"{date_fmt(issue + timedelta(days=doc.due_days), 'iso')}",
        "",
        "NABYWCA:",
        f"  {buyer.name}",
        f"  {office}",
        f"  {buyer.street}",
        f"  {buyer.city}",
        f"  NIP {nip_fmt(buyer.nip, 'dash')}",
        "=" * W,
        f"{'LP':<3}{'NAZWA':<40}{'ILOSC':>6} {'JM':<4}{'CENA NETTO':>11}{'WART.NETTO':>12}{'VAT':>4}"
        f"{'WART.BRUTTO':>12}",
        "-" * W,
    ]
    for j, it in enumerate(items, 1):
        nm = wrap(it.name, F, size, 40 * pdfmetrics.stringWidth("M", F, size) / MM - 1)
        out.append(
            f"{j:<3}{nm[0]:<40}{qty_fmt(it.qty):>6} {it.unit:<4}{money(it.unit_price or 0, 'plain'):>11}"
            f"{money(it.net or 0, 'plain'):>12}{it.vat_rate:>4}{money(it.gross or 0, 'plain'):>12}"
        )
        out += [f"   {rest}" for rest in nm[1:]]
    out.append("-" * W)
    for r, n_, v, g in doc.rate_summary():
        out.append(
            f"{'STAWKA ' + r + '%':<30}{'NETTO':>8}{money(n_, 'plain'):>14}{'VAT':>6}{money(v, 'plain'):>12}"
            f"{'BRUTTO':>8}{money(g, 'plain'):>13}"
        )
    net, vat, gross = doc.totals()
    out += [
        "=" * W,
        f"{'RAZEM':<30}{'NETTO':>8}{money(net, 'plain'):>14}{'VAT':>6}{money(vat, 'plain'):>12}"
        f"{'BRUTTO':>8}{money(gross, 'plain'):>13}",
        "",
        f"DO ZAPLATY: {money(gross, 'plain')} PLN",
        "SLOWNIE: " + words_pln(gross).upper().translate(str.maketrans("ĄĆĘŁŃÓŚŹŻ", "ACELNOSZZ")),
        f"KONTO: {doc.bank}",
        "",
        "",
        f"{'WYSTAWIL':^{W // 2}}{'ODEBRAL':^{W // 2}}",
    ]
    pdf.lines(10, 14, out, size, F, lead)
    return Sample(pdf.bytes(), (doc,))


# --------------------------------------------------------------------------------------------------
# 17. Browser print of a web invoice view


def fam_browser_print_margins(rng: random.Random) -> Sample:
    """A web portal's invoice view printed from a browser: print date/time and title on top, URL and '1/1' below."""
    num = f"INV-{rng.randint(10, 99)}-{rng.randint(10000, 99999)}"
    doc = invoice(rng, num, n=(1, 4))
    printed = doc.issue_date + timedelta(days=rng.randint(3, 40))
    pdf = Pdf()
    hh, mm = rng.randint(7, 15), rng.randint(0, 59)
    pdf.text(8, 7, f"{printed.day:02d}.{printed.month:02d}.{printed.year}, {hh:02d}:{mm:02d}", 7)
    pdf.text(pdf.w / 2, 7, f"Faktura {doc.number} – Portal Klienta", 7, "Sans", "c")
    host = rng.choice(("portal.netforge.example.pl", "moje.vectra-it.example.pl", "ebok.cyberlab.example.pl"))
    pdf.text(8, pdf.h - 6, f"https://{host}/faktury/{doc.number.lower()}/podglad?print=1", 7)
    pdf.text(pdf.w - 8, pdf.h - 6, "1/1", 7, "Sans", "r")
    pdf.rect(14, 12, pdf.w - 28, 10, 0, fill=0.93)
    pdf.text(18, 18.5, "☰  Portal Klienta   |   Faktury   |   Płatności   |   Zgłoszenia", 8, "Sans")
    pdf.text(pdf.w - 18, 18.5, "Wyloguj", 8, "Sans", "r")
    pdf.text(18, 32, "Faktury › Szczegóły dokumentu", 7.5, "Sans")
    pdf.text(18, 41, f"Faktura VAT {doc.number}", 15, "Sans-Bold")
    pdf.rect(150, 35, 42, 8, 0.4, fill=0.85)
    pdf.text(171, 40.3, rng.choice(("Nieopłacona", "Opłacona", "Po terminie")), 8, "Sans-Bold", "c")
    y = 52
    cards = [
        ("Data wystawienia", date_fmt(doc.issue_date, "iso")),
        ("Data sprzedaży", date_fmt(doc.sale_date, "iso")),
        ("Termin płatności", date_fmt(doc.issue_date + timedelta(days=doc.due_days), "iso")),
        ("Forma płatności", "Przelew"),
    ]
    for k, (lab, val) in enumerate(cards):
        x = 18 + k * 44
        pdf.rect(x, y - 5, 41, 13, 0.3)
        pdf.text(x + 2, y, lab, 6.8, "Sans")
        pdf.text(x + 2, y + 5, val, 9, "Sans-Bold")
    y += 16
    for x, title, p in ((18, "Sprzedawca", doc.seller), (106, "Nabywca", doc.buyer)):
        pdf.rect(x, y - 4, 86, 30, 0.3)
        party_block(pdf, x + 3, y + 1, title, p, size=8)
    y += 34
    cols = [
        Col("#", 7, "c"),
        Col("Usługa / produkt", 66),
        Col("Ilość", 12, "r"),
        Col("Jedn.", 11, "c"),
        Col("Cena netto", 20, "r"),
        Col("VAT", 10, "c"),
        Col("Netto", 22, "r"),
        Col("Brutto", 26, "r"),
    ]
    rows = [
        [
            str(k),
            it.name,
            qty_fmt(it.qty),
            it.unit,
            money(it.unit_price or 0),
            rate_label(it.vat_rate),
            money(it.net or 0),
            money(it.gross or 0),
        ]
        for k, it in enumerate(doc.items, 1)
    ]
    y = table(pdf, 18, y, cols, rows, TableStyle(size=7.6, grid=False, rules=True, head_fill=0.95)) + 6
    net, vat, gross = doc.totals()
    for lab, val, f in (("Netto", net, "Sans"), ("VAT", vat, "Sans"), ("Do zapłaty", gross, "Sans-Bold")):
        pdf.text(140, y, lab, 9, f)
        pdf.text(pdf.w - 18, y, f"{money(val)} PLN", 9, f, "r")
        y += 5.5
    pdf.rect(18, y + 2, 50, 9, 0.4, fill=0.2)
    pdf.c.setFillGray(1)
    pdf.text(43, y + 7.8, "Zapłać online", 9, "Sans-Bold", "c")
    pdf.c.setFillGray(0)
    pdf.text(74, y + 7.8, "Pobierz PDF  ·  Pobierz XML (KSeF)  ·  Wyślij e-mailem", 8, "Sans")
    pdf.text(18, y + 18, f"Numer rachunku do wpłaty: {iban(doc)}", 7.8)
    return Sample(pdf.bytes(), (doc,))


# --------------------------------------------------------------------------------------------------
# 18. Hand-written invoice pad


def fam_handwritten_invoice_pad(rng: random.Random) -> Sample:
    """A paper invoice pad from a small shop filled in by hand (italic, blue) in a printed grid; stamps as text."""
    _fonts()
    hand = "LSerif-Italic"
    sell = seller(rng)
    num = f"{rng.randint(1, 150)}/2026"
    doc = invoice(rng, num, sell=sell, n=(1, 3), pool=(4, 5, 10, 14, 15))
    doc = replace(doc, sale_date=doc.issue_date)
    pdf = Pdf()

    def write(x: float, y: float, s: str, size: float = 10.5, align: str = "l") -> None:
        pdf.c.setFillColorRGB(0.08, 0.12, 0.6)
        pdf.text(x + rng.uniform(-0.5, 0.7), y + rng.uniform(-0.6, 0.3), s, size, hand, align)
        pdf.c.setFillColorRGB(0, 0, 0)

    pdf.c.setFillGray(0.35)
    pdf.text(14, 14, "Druk: Faktura VAT  (oryginał / kopia)", 6.5)
    pdf.c.setFillGray(0)
    # seller as a rubber stamp (rectangular, violet)
    pdf.c.setStrokeColorRGB(0.4, 0.2, 0.55)
    pdf.c.setFillColorRGB(0.4, 0.2, 0.55)
    pdf.c.rect(14 * MM, (pdf.h - 44) * MM, 78 * MM, 24 * MM, stroke=1, fill=0)
    pdf.lines(53, 26, [sell.name, sell.street, sell.city, f"NIP {nip_fmt(sell.nip, 'dash')}"], 8, "Sans-Bold", 4.2, "c")
    pdf.c.setFillColorRGB(0, 0, 0)
    pdf.c.setStrokeColorRGB(0, 0, 0)
    pdf.text(14, 48, "pieczęć sprzedawcy", 6.5, "Sans")
    pdf.text(105, 24, "FAKTURA VAT Nr", 12, "Sans-Bold")
    pdf.hline(145, 196, 25, 0.3)
    write(150, 24, doc.number, 12)
    pdf.text(105, 33, "Data wystawienia:", 8)
    pdf.hline(133, 196, 34, 0.3)
    write(140, 33, date_fmt(doc.issue_date))
    pdf.text(105, 40, "Data sprzedaży:", 8)
    pdf.hline(133, 196, 41, 0.3)
    write(140, 40, date_fmt(doc.sale_date))
    pdf.text(14, 58, "Nabywca:", 8, "Sans-Bold")
    b = doc.buyer
    for k, row in enumerate((b.name, f"{b.street}, {b.city}")):
        pdf.hline(32, 196, 59 + k * 7, 0.3)
        write(34, 58 + k * 7, row)
    pdf.text(14, 72, "NIP:", 8, "Sans-Bold")
    pdf.hline(32, 100, 73, 0.3)
    write(34, 72, nip_fmt(b.nip, rng.choice(("plain", "dash"))))
    heads = (
        ("Lp.", 8),
        ("Nazwa towaru lub usługi", 62),
        ("J.m.", 10),
        ("Ilość", 11),
        ("Cena netto", 20),
        ("Wartość netto", 22),
        ("VAT %", 11),
        ("Kwota VAT", 19),
        ("Wartość brutto", 20),
    )
    x0, y = 14.0, 82.0
    xs = [x0]
    for _, w in heads:
        xs.append(xs[-1] + w)
    pdf.rect(x0, y, xs[-1] - x0, 8, 0.4, fill=0.9)
    for (t, w), x in zip(heads, xs, strict=False):
        for j, part in enumerate(wrap(t, "Sans", 6.5, w - 2)):
            pdf.text(x + w / 2, y + 3.3 + j * 2.8, part, 6.5, "Sans", "c")
    y += 8
    n_rows = 6
    row_h = 9.0
    for r in range(n_rows + 1):
        pdf.hline(x0, xs[-1], y + r * row_h, 0.4)
    for x in xs:
        pdf.vline(x, y - 8, y + n_rows * row_h, 0.4)
    for k, it in enumerate(doc.items):
        base = y + k * row_h
        nm = wrap(it.name, hand, 8.5, 60)
        write(xs[0] + 3, base + 6, f"{k + 1}.")
        if len(nm) == 1:
            write(xs[1] + 1, base + 6, nm[0], 8.5)
        else:
            write(xs[1] + 1, base + 3.8, nm[0], 8)
            write(xs[1] + 1, base + 7.6, " ".join(nm[1:]), 8)
        write(xs[2] + 2, base + 6, it.unit, 9.5)
        write(xs[4] - 1.5, base + 6, qty_fmt(it.qty), 10, "r")
        write(xs[5] - 1.5, base + 6, money(it.unit_price or 0, "comma"), 9.5, "r")
        write(xs[6] - 1.5, base + 6, money(it.net or 0, "comma"), 9.5, "r")
        write(xs[6] + 2, base + 6, rate_label(it.vat_rate, "n"), 9.5)
        write(xs[8] - 1.5, base + 6, money(it.vat or 0, "comma"), 9.5, "r")
        write(xs[9] - 1.5, base + 6, money(it.gross or 0, "comma"), 9.5, "r")
    y += n_rows * row_h
    net, vat, gross = doc.totals()
    pdf.text(xs[4] - 2, y + 6, "RAZEM:", 8, "Sans-Bold", "r")
    for x_r, v in ((xs[6], net), (xs[8], vat), (xs[9], gross)):
        pdf.rect(
            x_r - (22 if x_r == xs[6] else (19 if x_r == xs[8] else 20)),
            y,
            22 if x_r == xs[6] else (19 if x_r == xs[8] else 20),
            9,
            0.4,
        )
        write(x_r - 1.5, y + 6, money(v, "comma"), 9.5, "r")
    y += 18
    pdf.text(14, y, "Do zapłaty:", 9, "Sans-Bold")
    pdf.hline(36, 100, y + 1, 0.3)
    write(40, y, f"{money(gross, 'comma')} zł", 11.5)
    pdf.text(14, y + 8, "Słownie:", 8)
    pdf.hline(30, 196, y + 9, 0.3)
    write(32, y + 8, words_pln(gross), 9.5)
    pdf.text(14, y + 16, "Forma płatności:", 8)
    pdf.hline(40, 100, y + 17, 0.3)
    write(42, y + 16, f"przelew {doc.due_days} dni")
    pdf.hline(20, 85, y + 40, 0.3)
    pdf.hline(125, 190, y + 40, 0.3)
    pdf.text(52, y + 44, "podpis osoby upoważnionej do odbioru faktury", 6.3, "Sans", "c")
    pdf.text(157, y + 44, "podpis osoby upoważnionej do wystawienia faktury", 6.3, "Sans", "c")
    write(140, y + 38, "A. Wójcik")
    return Sample(pdf.bytes(), (doc,))
