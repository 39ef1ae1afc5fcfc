"""BLIND-20 families (fresh batch). Not to be opened by the parser engineer; measured once, at the end.

Layouts written for this batch only, by an evaluator who never read the parser (`extractors/`, `checks/`,
`tests/extractors/`, `knowledge/`, docs/extraction*). They share the data model (`Doc`, `Item`, `Party`) and the page
canvas and table drawing (`Pdf`, `table`) of `kit.py` and a few helpers of `../blind15`, `../blind17` and `../blind19`
(`XDoc`, `mk`, `line`, `cols9`, `row9`, `block`, `rate_table`, `pay_box`, ...), but bring their own sellers, their own
IT catalogue and real gminy of the powiat gorzowski (Lubuskie) from the TERYT register (TERC 2024-01-01,
`/work/shared/data/teryt/terc_2024-01-01.csv`, the TERYT code kept beside each). Streets, post codes, NIPs, KSeF
numbers, banks' accounts, people and sellers are invented.

Split decided when the batch was written (alternate sorted names, `build._half`): blind20a (tuned on after its one
measurement) = bilingual_invoice_group_tagline_14_days, branch_oddzial_registered_office_footer,
ceidg_person_second_line_kopia_diagonal, delivery_period_range_long_wrapped_names,
korekta_two_line_seller_slash_dates, logo_wordmark_rabat_pct_gratis_line, protocol_deliveries_dated_wz_uwagi_block,
seller_beside_payment_block_bank_decoy; blind20b (frozen) = the other eight.

Focus of the batch: SELLER NAMES and ITEM NAMES beside AMOUNTS and TOTALS. Sellers: a group brand and an English
tagline above a Polish subsidiary ('Sprzedawca / Seller'); a branch ('Oddział w …') printed under the company with the
registered office only in the page footer; a sole trader whose trading name and own name are on two lines; a name
wrapping after an inline 'Sprzedawca:' label; a firm with its legal form on the second line (also in capitals, spelled
out); a logo wordmark in a different font above the legal name; a coloured brand band; a seller block beside a payment
block that names a BANK (a company name that is not the seller); a right-aligned header; the KSeF visualisation's
'Nazwa:' key-value form; a company stamp repeating the seller at the foot. Items: long names wrapping over three lines
in a narrow column, descriptions with 'S/N:', licence keys and subscription periods on their own smaller lines (not
part of the name), a zero-priced 'gratis' line, per-line discounts ('Cena katalogowa', 'Rabat %', price after it), an
order discount as a negative line, unit prices with four decimals, quantities '1,000' and '2,5', units 'kpl.', 'usł.',
'm-c', 'godz.', 'm'. Amounts and dates: a line table continuing on a second page under a repeated header with 'Do
przeniesienia' / 'Z przeniesienia', 'Razem / Total', payment terms '14 dni' instead of a due date, IBAN with spaces
and the 'PL' prefix, dates '7 grudnia 2026 r.', '2026-12-07', '07/12/2026', a delivery period as a range (the sale
date is then not scored), a diagonal 'KOPIA' watermark, a KSeF QR-code box, a 7 pt dense table. Kinds: invoices, two
corrections (one per half) and two protocols (one per half).

'Faktura pro forma' and 'Nota korygująca' are left out: the expected values can only say invoice, correction or
protocol, and neither document is one of those in the VAT sense.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from tests.corpus.extract.blind15.families_blind15 import iban, nrb, sig_pair
from tests.corpus.extract.blind17.families_blind17 import cols9, ksef_no, line, mk, row9
from tests.corpus.extract.blind19.families_blind19 import (
    amt,
    block,
    correction_pair,
    diff_summary,
    pay_box,
    rate_table,
)
from tests.corpus.extract.kit import (
    MM,
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

# --------------------------------------------------------------------------------------------------
# Data of this batch

# (TERYT code, name as in TERC, kind as in TERC, seat town, locative of the seat, post code)
TERC_JST = (
    ("0801011", "Kostrzyn nad Odrą", "gmina miejska", "Kostrzyn nad Odrą", "Kostrzynie nad Odrą", "66-470"),
    ("0801022", "Bogdaniec", "gmina wiejska", "Bogdaniec", "Bogdańcu", "66-450"),
    ("0801032", "Deszczno", "gmina wiejska", "Deszczno", "Deszcznie", "66-446"),
    ("0801042", "Kłodawa", "gmina wiejska", "Kłodawa", "Kłodawie", "66-415"),
    ("0801052", "Lubiszyn", "gmina wiejska", "Lubiszyn", "Lubiszynie", "66-433"),
    ("0801062", "Santok", "gmina wiejska", "Santok", "Santoku", "66-431"),
    ("0801073", "Witnica", "gmina miejsko-wiejska", "Witnica", "Witnicy", "66-460"),
    ("0801", "gorzowski", "powiat", "Gorzów Wielkopolski", "Gorzowie Wielkopolskim", "66-400"),
)
JST_STREETS = ("ul. Gorzowska 20", "pl. Wolności 1", "ul. Sikorskiego 37", "ul. Kościuszki 5", "ul. Słoneczna 2")

SELLER_STREETS = ("ul. Chrobrego 31", "ul. Kasprowicza 8/2", "al. Konstytucji 3 Maja 102", "ul. Warszawska 140")
SELLER_CITIES = ("66-400 Gorzów Wielkopolski", "65-001 Zielona Góra", "61-131 Poznań", "70-415 Szczecin")
PLAIN_SELLERS = (
    "Nadodrzańska Informatyka Sp. z o.o.",
    "Lubuski Serwis Sieciowy Sp. z o.o.",
    "ZETTA Systemy Komputerowe S.A.",
    "Gorzowskie Centrum Bezpieczeństwa IT Sp. z o.o.",
    "Warta Data Sp. z o.o. sp.k.",
)
# a Polish subsidiary of a foreign group: (group brand printed as a logo, English tagline, legal name of the seller)
FOREIGN = (
    ("NORDLICHT", "a Nordlicht Group company", "Nordlicht IT Services Polska Sp. z o.o."),
    ("HELVEDATA", "member of Helvedata Holding AG, Zürich", "Helvedata Datacenter Solutions Sp. z o.o."),
    ("BALTICLOUD", "part of Balticloud Systems AB, Stockholm", "Balticloud Systems Polska Sp. z o.o."),
)
# (company, branch, branch street, branch city, number code)
BRANCHES = (
    ("Systemy Informatyczne OMEGA-NET S.A.", "Oddział w Krakowie", "ul. Wielicka 44", "30-552 Kraków", "KRK"),
    (
        "Polskie Centrum Cyberochrony PCC Sp. z o.o.",
        "Oddział w Zielonej Górze",
        "ul. Podgórna 9",
        "65-057 Zielona Góra",
        "ZG",
    ),
    ("TELDAT-Serwis Sp. z o.o.", "Oddział w Poznaniu", "ul. Głogowska 218", "60-104 Poznań", "POZ"),
    (
        "Infrastruktura Sieciowa INSIS S.A.",
        "Oddział Zachodni w Gorzowie Wielkopolskim",
        "ul. Walczaka 25",
        "66-400 Gorzów Wielkopolski",
        "GW",
    ),
)
HEAD_OFFICES = (
    "ul. Puławska 145, 02-715 Warszawa",
    "ul. Grabiszyńska 163, 53-332 Wrocław",
    "al. Grunwaldzka 472, 80-309 Gdańsk",
)
# sole traders as CEIDG writes them: the trading name, then the owner's name on the next line
CEIDG = (
    ("Usługi Informatyczne ITEK", "Krzysztof Malinowski"),
    ("Serwis Komputerowy KOMPLEKS", "Joanna Wierzbicka"),
    ("NET-INSTAL Sieci Strukturalne", "Grzegorz Pawlak"),
    ("Biuro Informatyczne BINFO", "Małgorzata Szulc"),
)
LONG_SELLERS = (
    "Przedsiębiorstwo Usług Informatycznych i Telekomunikacyjnych TELMAX Sp. z o.o.",
    "Zachodnie Centrum Integracji Systemów Bezpieczeństwa Informacji ZCIS Sp. z o.o.",
    "Spółdzielnia Pracy Usług Informatycznych „Elektronik” w Gorzowie Wielkopolskim",
)
TWO_LINE = (
    ("Lubuskie Centrum Obsługi Informatycznej", "spółka z ograniczoną odpowiedzialnością"),
    ("Zakład Usług Teleinformatycznych TELSAT", "Spółka Jawna"),
    ("Kancelaria Audytu Bezpieczeństwa KABI Zalewski", "spółka komandytowa"),
)
CAPS_TWO_LINE = (
    ("ZAKŁAD INFORMATYKI ZINFO", "SPÓŁKA Z OGRANICZONĄ ODPOWIEDZIALNOŚCIĄ"),
    ("NADODRZAŃSKIE SYSTEMY SIECIOWE", "SPÓŁKA AKCYJNA"),
    ("KOMSERWIS GORZÓW", "SPÓŁKA JAWNA"),
    ("TECHNIKA BIUROWA I SIECI TBS", "SPÓŁKA KOMANDYTOWA"),
)
# (wordmark, tagline, legal name)
LOGOS = (
    ("kompass", "IT dla administracji publicznej", "KOMPASS Systemy Informatyczne Sp. z o.o."),
    ("netvia", "sieci · bezpieczeństwo · chmura", "Netvia Integracja Sp. z o.o."),
    ("SECURO", "cyberbezpieczeństwo samorządów", "Securo Polska S.A."),
    ("bitwise", "technologie dla gmin", "Bitwise Technologie Sp. z o.o. sp.k."),
)
# (brand in the coloured band, legal name)
BANDS = (
    ("ITkom", "ITkom Paweł Nowicki"),
    ("Serwerownia24", "Serwerownia24 Sp. z o.o."),
    ("GovNet", "GovNet Rozwiązania Sieciowe Sp. z o.o."),
)
BANKS = (
    "Bank Polska Kasa Opieki S.A.",
    "Santander Bank Polska S.A.",
    "mBank S.A.",
    "Bank Millennium S.A.",
    "ING Bank Śląski S.A.",
    "Powszechna Kasa Oszczędności Bank Polski S.A.",
)
PEOPLE = ("Anna Kaczmarek", "Piotr Zieliński", "Ewa Górecka", "Łukasz Sadowski", "Monika Baran")

# name, unit, (low, high) unit net price, rate, code
HW = (
    ("Notebook HP ProBook 460 G11 Core Ultra 5 125U 16 GB 512 GB SSD W11 Pro", "szt.", (3900, 4700), "23", "HP-460G11"),
    ("Komputer stacjonarny Dell OptiPlex 7020 SFF i5-14500 16 GB 512 GB", "szt.", (3400, 4100), "23", "DL-7020"),
    ('Monitor Philips 27E1N5300AE 27" IPS USB-C', "szt.", (690, 890), "23", "PH-27E1"),
    ("Przełącznik zarządzalny Cisco CBS350-24T-4G", "szt.", (1900, 2500), "23", "CS-350"),
    ("Zapora sieciowa FortiGate 40F z pakietem UTP na 1 rok", "kpl.", (3300, 4200), "23", "FG-40F"),
    ("Serwer Lenovo ThinkSystem SR250 V3 Xeon E-2434 32 GB 2x960 GB", "szt.", (9800, 12800), "23", "LN-SR250"),
    ("Zasilacz awaryjny UPS CyberPower OLS3000EA", "szt.", (3100, 3900), "23", "CP-OLS3"),
    ("Drukarka wielofunkcyjna Brother MFC-L8390CDW", "szt.", (2300, 2900), "23", "BR-8390"),
)
SOFT = (
    ("Licencja Bitdefender GravityZone Business Security – 1 rok (stanowisko)", "lic.", (110, 190), "23", "BD-GZ1"),
    ("Licencja Microsoft Office LTSC Standard 2024", "lic.", (1900, 2400), "23", "MS-LTSC"),
    ("Subskrypcja Veeam Backup Essentials – 12 m-cy (5 instancji)", "kpl.", (3100, 4200), "23", "VE-ESS"),
)
SUBS = (
    ("Subskrypcja Microsoft 365 Business Premium", "lic.", (95, 120), "23", "MS-365BP"),
    ("Subskrypcja Acronis Cyber Protect Standard Workstation", "lic.", (280, 410), "23", "AC-CPS"),
    ("Subskrypcja FortiGuard UTP Bundle", "kpl.", (1600, 2300), "23", "FG-UTP"),
)
SERVICES = (
    ("Wdrożenie systemu kopii zapasowych z replikacją poza siedzibę urzędu", "usł.", (4200, 7900), "23", "U-KOP"),
    ("Przegląd konfiguracji zapory sieciowej i reguł dostępu", "usł.", (1800, 3600), "23", "U-FW"),
    ("Opracowanie procedur reagowania na incydenty dla urzędu", "usł.", (3900, 7200), "23", "U-IR"),
)
HOURS = (
    ("Usługi administratora systemów (nadzór informatyczny)", "godz.", (120, 180), "23", "H-ADM"),
    ("Konsultacje wdrożeniowe – konfiguracja domeny i polityk GPO", "godz.", (150, 220), "23", "H-GPO"),
    ("Prace instalacyjne w serwerowni urzędu", "godz.", (110, 160), "23", "H-INS"),
)
MONTHLY = (
    ("Hosting serwera wirtualnego (4 vCPU, 16 GB RAM, 200 GB SSD)", "m-c", (390, 690), "23", "M-VPS"),
    ("Utrzymanie Biuletynu Informacji Publicznej i strony internetowej", "m-c", (450, 900), "23", "M-BIP"),
    ("Monitoring bezpieczeństwa sieci urzędu w trybie 8/5", "m-c", (1800, 3200), "23", "M-SOC"),
)
# small parts of a cabling job (many lines: the table runs over two pages)
PARTS = (
    ("Kabel U/UTP kat. 6 LSOH 305 m", "m", (1, 3), "23", "KB-6"),
    ("Moduł keystone RJ45 kat. 6 beznarzędziowy", "szt.", (9, 19), "23", "KS-6"),
    ("Patchcord U/UTP kat. 6 1 m szary", "szt.", (4, 9), "23", "PC-1"),
    ("Patchcord U/UTP kat. 6 2 m niebieski", "szt.", (5, 11), "23", "PC-2"),
    ("Panel krosowy 24 porty kat. 6 1U", "szt.", (140, 260), "23", "PK-24"),
    ("Gniazdo natynkowe 2xRJ45 kat. 6", "szt.", (18, 35), "23", "GN-2"),
    ("Koryto kablowe PCV 40x25 mm", "m", (6, 12), "23", "KR-40"),
    ('Listwa zasilająca rack 19" 8 gniazd', "szt.", (120, 220), "23", "PDU-8"),
    ('Półka stała do szafy rack 19" 1U', "szt.", (55, 110), "23", "PL-1U"),
    ("Organizer kabli poziomy 1U", "szt.", (35, 70), "23", "OR-1U"),
    ("Opaski kablowe rzep 20 cm (opak. 10 szt.)", "opak.", (9, 18), "23", "OP-10"),
    ("Rura karbowana RKGL 20 mm", "m", (1, 3), "23", "RK-20"),
    ("Puszka podtynkowa fi 60", "szt.", (1, 4), "23", "PU-60"),
    ("Wkręty z kołkami 6x40 (opak. 100 szt.)", "opak.", (12, 25), "23", "WK-6"),
    ('Szafa wisząca rack 19" 12U 600x450', "szt.", (650, 980), "23", "SZ-12"),
    ("Tester okablowania – wynajem", "dzień", (60, 120), "23", "TS-W"),
    ("Pomiary certyfikacyjne toru kat. 6 z raportem", "szt.", (25, 45), "23", "PM-6"),
    ("Montaż gniazda wraz z zakończeniem przewodu", "szt.", (25, 45), "23", "MT-GN"),
    ("Ułożenie przewodu w korycie", "m", (3, 6), "23", "MT-KB"),
    ("Prace montażowe w szafie rack", "godz.", (90, 140), "23", "MT-R"),
    ("Dokumentacja powykonawcza okablowania", "kpl.", (450, 900), "23", "DOK"),
    ("Oznakowanie gniazd i portów (etykiety)", "kpl.", (120, 240), "23", "ET"),
)
GIFTS = (
    ('Torba na notebook Targus Classic 15,6" – gratis', "szt.", (79, 129), "23", "GR-TRB"),
    ("Mysz bezprzewodowa Logitech M185 – gratis", "szt.", (39, 59), "23", "GR-MYS"),
)


def dmy(d: date) -> str:
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


def slash(d: date) -> str:
    """'07/12/2026' (day first)."""
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def words(d: date) -> str:
    """'7 grudnia 2026 r.'."""
    return date_fmt(d, "words_r")


def due_of(doc: Doc) -> date:
    return doc.issue_date + timedelta(days=doc.due_days)


def m4(x: Decimal) -> str:
    """A unit price with four decimals: '1 234,5678'."""
    whole, frac = f"{x:.4f}".split(".")
    return money(Decimal(whole)).split(",")[0] + "," + frac


def q3(q: Decimal) -> str:
    """A quantity with three decimals: '1,000', '2,500'."""
    return f"{q:.3f}".replace(".", ",")


def jst(rng: random.Random, *, powiat: bool = False) -> tuple[Party, tuple[str, ...]]:
    pool = [j for j in TERC_JST if (j[2] == "powiat") == powiat] if powiat else list(TERC_JST)
    j = rng.choice(pool)
    if j[2] == "powiat":
        return Party("Powiat Gorzowski", "ul. Władysława Sikorskiego 37", f"{j[5]} {j[3]}", make_nip(rng)), j
    return Party(f"Gmina {j[1]}", rng.choice(JST_STREETS), f"{j[5]} {j[3]}", make_nip(rng)), j


def seller_of(rng: random.Random, name: str) -> Party:
    return Party(name, rng.choice(SELLER_STREETS), rng.choice(SELLER_CITIES), make_nip(rng))


def pick(rng: random.Random, pool: Sequence[tuple[Any, ...]], lo: int, hi: int, **kw: Any) -> list[Item]:
    return [line(rng, e, **kw) for e in rng.sample(list(pool), rng.randint(lo, hi))]


def bank_digits(rng: random.Random) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(26))


def watermark(p: Pdf, word: str, size: float = 120, gray: float = 0.86, angle: float = 38) -> None:
    c = p.c
    c.saveState()
    c.setFillGray(gray)
    c.setFont("Sans-Bold", size)
    c.translate(p.w / 2 * MM, p.h / 2 * MM)
    c.rotate(angle)
    c.drawCentredString(0, 0, word)
    c.restoreState()


def qr_box(p: Pdf, x: float, y: float, rng: random.Random, size: float = 26) -> None:
    """A QR-like square of modules with the three finder patterns (not a decodable code)."""
    n = 29
    m = size / n
    for i in range(n):
        for j in range(n):
            finder = any(i - a in range(7) and j - b in range(7) for a, b in ((0, 0), (n - 7, 0), (0, n - 7)))
            if finder:
                ii, jj = min(i % (n - 7) if i >= n - 7 else i, 6), min(j % (n - 7) if j >= n - 7 else j, 6)
                on = ii in (0, 6) or jj in (0, 6) or (2 <= ii <= 4 and 2 <= jj <= 4)
            else:
                on = rng.random() < 0.48
            if on:
                p.rect(x + i * m, y + j * m, m, m, 0, fill=0)


def fill_rgb(p: Pdf, x: float, y: float, w: float, h: float, rgb: tuple[float, float, float]) -> None:
    p.c.setFillColorRGB(*rgb)
    p.c.rect(x * MM, (p.h - y - h) * MM, w * MM, h * MM, stroke=0, fill=1)
    p.c.setFillGray(0)


def discounted(
    rng: random.Random, entry: tuple[Any, ...], pct: int, *, qty: Any = None, dec4: bool = False
) -> tuple[Item, Decimal]:
    """A line sold at a per-line discount: (the line at the price after the discount, the catalogue price). Prices
    have two or four decimals; the net is the quantity times the price after the discount."""
    step = Decimal("0.0001") if dec4 else Decimal("0.01")
    lo, hi = entry[2]
    cat = (Decimal(rng.randint(lo * 10000, hi * 10000)) / 10000).quantize(step, rounding=ROUND_HALF_UP)
    after = (cat * (100 - pct) / 100).quantize(step, rounding=ROUND_HALF_UP)
    return line(rng, entry, qty=qty, price=after), cat


# --------------------------------------------------------------------------------------------------
# Families of half a (even positions of the sorted names)


def fam_bilingual_invoice_group_tagline_14_days(rng: random.Random) -> Sample:
    """Polish subsidiary of a foreign group: the group's brand as a logo with an English tagline above 'Sprzedawca /
    Seller'; every label bilingual ('Faktura VAT / VAT Invoice', 'Nr / No.', 'Razem / Total'); dates '2026-12-07';
    'Termin płatności / Payment terms: 14 dni / 14 days' without a due date; IBAN and SWIFT."""
    brand, tagline, legal = rng.choice(FOREIGN)
    s = seller_of(rng, legal)
    b, _j = jst(rng)
    items = pick(rng, HW, 1, 3) + pick(rng, SOFT + SUBS, 1, 2)
    doc = mk(rng, f"INV/PL/2026/{rng.randint(1, 4000):06d}", items, seller=s, buyer=b)
    p = Pdf()
    p.text(14, 18, brand, 20, "Serif-Bold", spacing=1.2)
    p.text(14, 23.5, tagline, 7.5, "Sans-Italic")
    p.text(p.w - 14, 15, "Faktura VAT / VAT Invoice", 14, "Sans-Bold", "r")
    p.lines(
        p.w - 14,
        21,
        [
            f"Nr / No.: {doc.number}",
            f"Data wystawienia / Issue date: {doc.issue_date.isoformat()}",
            f"Data dostawy / Delivery date: {doc.sale_date.isoformat()}",
            f"Miejsce wystawienia / Place of issue: {doc.place}",
        ],
        8,
        align="r",
        lead=4.2,
    )
    y = max(
        block(p, 14, 44, "Sprzedawca / Seller", [s.name, s.street, s.city, f"NIP / VAT ID: PL{s.nip}"]),
        block(p, 108, 44, "Nabywca / Buyer", [b.name, b.street, b.city, f"NIP / VAT ID: {b.nip}"]),
    )
    cols = [
        Col("Lp. / No.", 10, "c"),
        Col("Nazwa / Description", 62),
        Col("Ilość / Qty", 13, "r"),
        Col("J.m. / Unit", 12, "c"),
        Col("Cena netto / Unit price", 20, "r"),
        Col("Netto / Net", 21, "r"),
        Col("VAT %", 11, "c"),
        Col("Kwota VAT / VAT", 17, "r"),
        Col("Brutto / Gross", 20, "r"),
    ]
    y = table(p, 12, y + 6, cols, [row9(k, it) for k, it in enumerate(items, 1)], TableStyle(7.2, head_fill=0.9))
    y = rate_table(
        p,
        p.w - 108,
        y + 5,
        doc.rate_summary(),
        heads=("Stawka / Rate", "Netto / Net", "VAT", "Brutto / Gross"),
        total="Razem / Total",
    )
    gross = doc.totals()[2]
    p.text(p.w - 14, y + 8, f"Do zapłaty / Amount due: {money(gross)} PLN", 11, "Sans-Bold", "r")
    p.text(p.w - 14, y + 13, f"Słownie / In words: {words_pln(gross)}", 7.4, "Sans", "r")
    p.lines(
        14,
        y + 20,
        [
            f"Termin płatności / Payment terms: {doc.due_days} dni / {doc.due_days} days",
            "Forma płatności / Payment method: przelew / bank transfer",
            f"IBAN: {iban(doc.bank)}   SWIFT: {rng.choice(('PKOPPLPW', 'BREXPLPW', 'INGBPLPW'))}",
        ],
        7.8,
        lead=4.1,
    )
    p.text(p.w / 2, p.h - 12, f"{legal} · {tagline}", 6.5, "Sans", "c")
    return Sample(p.bytes(), (doc,))


def fam_branch_oddzial_registered_office_footer(rng: random.Random) -> Sample:
    """A company's branch issues the invoice: the header and the seller block print the company, then 'Oddział w
    Krakowie' and the BRANCH's address; the registered office, KRS and share capital only in the page footer; number
    'F/KRK/0042/12/2026'; dates '7 grudnia 2026 r.'; IBAN 'PL61 1090 …'."""
    company, branch, bstreet, bcity, code = rng.choice(BRANCHES)
    s = Party(company, bstreet, bcity, make_nip(rng))
    b, _j = jst(rng)
    items = pick(rng, HW, 1, 3) + pick(rng, SERVICES, 1, 1)
    doc = mk(rng, f"F/{code}/{rng.randint(1, 400):04d}/{{MM}}/2026", items, seller=s, buyer=b)
    btown = bcity.split(" ", 1)[1]
    doc = replace(doc, place=btown)
    p = Pdf()
    p.text(14, 16, company, 11.5, "Sans-Bold")
    p.text(14, 21.5, branch, 9.5, "Sans-Bold")
    p.text(14, 26, f"{bstreet}, {bcity}", 8)
    p.text(p.w - 14, 16, f"{btown}, {words(doc.issue_date)}", 8.5, "Sans", "r")
    p.text(p.w / 2, 38, f"FAKTURA VAT nr {doc.number}", 14, "Sans-Bold", "c")
    p.text(p.w / 2, 43.5, f"data sprzedaży: {words(doc.sale_date)}", 8.3, "Sans", "c")
    y = max(
        block(p, 14, 52, "Sprzedawca", [company, branch, bstreet, bcity, f"NIP: {nip_fmt(s.nip, 'dash')}"]),
        block(p, 108, 52, "Nabywca", [b.name, b.street, b.city, f"NIP: {nip_fmt(b.nip, 'dash')}"]),
    )
    y = table(p, 12, y + 6, cols9(), [row9(k, it) for k, it in enumerate(items, 1)], TableStyle(7.3, head_fill=0.9))
    y = rate_table(p, p.w - 108, y + 5, doc.rate_summary())
    gross = doc.totals()[2]
    y = pay_box(p, y + 4, "Do zapłaty:", f"{money(gross)} zł", words_pln(gross))
    p.lines(
        14,
        y + 4,
        [
            f"Termin płatności: {words(due_of(doc))}, przelew",
            f"Rachunek oddziału: {iban(doc.bank)}",
        ],
        7.8,
        lead=4.1,
    )
    p.hline(14, p.w - 14, p.h - 20, 0.3)
    krs = f"{rng.randint(10000, 999999):010d}"
    cap = money(Decimal(rng.choice((500000, 1250000, 2500000, 5000000))))
    p.lines(
        p.w / 2,
        p.h - 16,
        [
            f"Siedziba Spółki: {rng.choice(HEAD_OFFICES)} · KRS {krs}, Sąd Rejonowy – Wydział Gospodarczy",
            f"Kapitał zakładowy {cap} zł, wpłacony w całości · NIP {s.nip} · {branch} – jednostka organizacyjna "
            "bez osobowości prawnej",
        ],
        6.3,
        align="c",
        lead=3.3,
    )
    return Sample(p.bytes(), (doc,))


def fam_ceidg_person_second_line_kopia_diagonal(rng: random.Random) -> Sample:
    """Sole trader whose firm is printed as the trading name on one line and the owner's name on the next (the firm is
    both); a large diagonal light-grey 'KOPIA' across the whole page and 'KOPIA' again under the number; totals as
    three text lines 'Razem netto / Razem VAT / Razem brutto'."""
    trade, person = rng.choice(CEIDG)
    s = seller_of(rng, f"{trade} {person}")
    b, _j = jst(rng)
    items = pick(rng, HW, 1, 2) + pick(rng, SERVICES + HOURS, 1, 2)
    doc = mk(rng, f"{rng.randint(1, 60)}/{{MM}}/2026", items, seller=s, buyer=b)
    p = Pdf()
    watermark(p, "KOPIA")
    p.text(14, 16, trade, 12, "Sans-Bold")
    p.text(14, 21.5, person, 10, "Sans")
    p.lines(14, 26.5, [f"{s.street}, {s.city}", f"NIP {s.nip}"], 7.8, lead=3.9)
    p.text(p.w - 14, 16, f"{doc.place}, {dmy(doc.issue_date)}", 8.5, "Sans", "r")
    p.text(p.w / 2, 42, f"Faktura nr {doc.number}", 14, "Sans-Bold", "c")
    p.text(p.w / 2, 47.5, "KOPIA", 9, "Sans-Bold", "c", spacing=1)
    p.text(p.w / 2, 52, f"Data wykonania usługi / dostawy: {dmy(doc.sale_date)}", 8.2, "Sans", "c")
    y = max(
        block(p, 14, 60, "Sprzedawca", [trade, person, s.street, s.city, f"NIP {s.nip}"]),
        block(p, 108, 60, "Nabywca", [b.name, b.street, b.city, f"NIP {b.nip}"]),
    )
    cols = [Col("Lp.", 8, "c"), Col("Nazwa towaru lub usługi", 78), Col("Ilość", 13, "r"), Col("J.m.", 11, "c")]
    cols += [Col("Cena netto", 20, "r"), Col("Wartość netto", 22, "r"), Col("VAT", 10, "c"), Col("Brutto", 24, "r")]
    rows = [
        [
            str(k),
            i.name,
            qty_fmt(i.qty),
            i.unit,
            money(i.unit_price or 0),
            money(i.net or 0),
            rate_label(i.vat_rate),
            money(i.gross or 0),
        ]
        for k, i in enumerate(items, 1)
    ]
    y = table(p, 12, y + 6, cols, rows, TableStyle(7.5, grid=False, rules=True))
    net, vat, gross = doc.totals()
    yy = y + 8
    for lab, val in (("Razem netto:", net), ("Razem VAT 23%:", vat), ("Razem brutto:", gross)):
        p.text(p.w - 80, yy, lab, 8.8, "Sans-Bold" if "brutto" in lab else "Sans")
        p.text(p.w - 14, yy, f"{money(val)} zł", 8.8, "Sans-Bold", "r")
        yy += 5
    p.text(14, yy + 3, f"Słownie: {words_pln(gross)}", 8)
    p.text(14, yy + 8, f"Płatne przelewem do {dmy(due_of(doc))} na konto {nrb(doc.bank)}", 7.8)
    sig_pair(p, yy + 32, "podpis osoby upoważnionej do odbioru", "podpis osoby upoważnionej do wystawienia")
    return Sample(p.bytes(), (doc,))


def fam_delivery_period_range_long_wrapped_names(rng: random.Random) -> Sample:
    """'Okres dostawy: 01.12.2026 – 05.12.2026' instead of a sale date (not scored); the seller's long name wraps after
    an inline 'Sprzedawca:' label; item names wrap over three lines in a narrow column; quantities '1,000' / '2,500',
    units 'm-c', 'godz.', 'kpl.', unit prices with four decimals."""
    s = seller_of(rng, rng.choice(LONG_SELLERS))
    b, _j = jst(rng)
    items = []
    for e in rng.sample(MONTHLY, rng.randint(1, 2)):
        price = Decimal(rng.randint(e[2][0] * 10000, e[2][1] * 10000)) / 10000
        items.append(line(rng, e, qty=rng.choice((1, 2, 3)), price=price))
    for e in rng.sample(HOURS, rng.randint(1, 2)):
        price = Decimal(rng.randint(e[2][0] * 10000, e[2][1] * 10000)) / 10000
        items.append(line(rng, e, qty=rng.choice(("2.5", "7.25", "12.5", "3.75")), price=price))
    items += pick(rng, SOFT, 0, 1)
    doc = mk(rng, f"FV-{rng.randint(1, 900):05d}/{{MM}}/2026", items, seller=s, buyer=b, drop=("sale_date",))
    start = doc.issue_date - timedelta(days=rng.randint(8, 20))
    end = start + timedelta(days=rng.randint(3, 6))
    p = Pdf()
    p.text(14, 17, f"Faktura VAT nr {doc.number}", 14, "Sans-Bold")
    p.lines(
        p.w - 14,
        14,
        [
            f"Data wystawienia: {dmy(doc.issue_date)}",
            f"Okres dostawy: {dmy(start)} – {dmy(end)}",
            f"Miejsce wystawienia: {doc.place}",
        ],
        8,
        align="r",
        lead=4.2,
    )
    y0 = 34.0
    p.text(14, y0, "Sprzedawca:", 8.5, "Sans-Bold")
    names = wrap(s.name, "Sans-Bold", 8.8, 62)
    y = p.lines(36, y0, names, 8.8, "Sans-Bold", lead=4.3)
    y = p.lines(36, y, [f"{s.street}, {s.city}", f"NIP: {nip_fmt(s.nip, 'dash')}"], 8, lead=4)
    p.text(108, y0, "Nabywca:", 8.5, "Sans-Bold")
    y2 = p.lines(126, y0, [b.name, f"{b.street}, {b.city}", f"NIP: {nip_fmt(b.nip, 'dash')}"], 8.3, lead=4.2)
    cols = [Col("Lp.", 8, "c"), Col("Nazwa", 44), Col("J.m.", 11, "c"), Col("Ilość", 15, "r")]
    cols += [Col("Cena jedn. netto", 22, "r"), Col("Wartość netto", 22, "r"), Col("VAT", 10, "c")]
    cols += [Col("Kwota VAT", 19, "r"), Col("Wartość brutto", 23, "r")]
    rows = [
        [
            str(k),
            i.name,
            i.unit,
            q3(i.qty),
            m4(i.unit_price or Decimal(0)),
            money(i.net or 0),
            rate_label(i.vat_rate),
            money(i.vat or 0),
            money(i.gross or 0),
        ]
        for k, i in enumerate(items, 1)
    ]
    y = table(p, 12, max(y, y2) + 7, cols, rows, TableStyle(7.4, head_fill=0.9))
    y = rate_table(p, p.w - 108, y + 5, doc.rate_summary())
    gross = doc.totals()[2]
    p.text(p.w - 14, y + 8, f"Razem do zapłaty: {money(gross)} zł", 11.5, "Sans-Bold", "r")
    p.text(p.w - 14, y + 13, f"Słownie: {words_pln(gross)}", 7.6, "Sans", "r")
    p.text(14, y + 20, f"Termin płatności: {dmy(due_of(doc))}; przelew na rachunek {nrb(doc.bank)}", 7.8)
    return Sample(p.bytes(), (doc,))


def fam_korekta_two_line_seller_slash_dates(rng: random.Random) -> Sample:
    """Correction whose seller's firm is on one line and its legal form on the next (header and block); every date
    '07/12/2026'; one card per corrected line: the name once, then rows 'przed korektą', 'po korekcie' and 'różnica';
    the difference per rate and 'Zmniejszenie wartości brutto: -1 234,56 zł'."""
    firm, form = rng.choice(TWO_LINE)
    s = seller_of(rng, f"{firm} {form}")
    b, _j = jst(rng)
    base = pick(rng, HW, 1, 2) + pick(rng, SERVICES + SOFT, 1, 1)
    before, after = correction_pair(rng, base)
    doc = mk(
        rng,
        f"FK {rng.randint(1, 90)}/{{MM}}/2026",
        [*before, *after],
        seller=s,
        buyer=b,
        kind="correction",
        drop=("sale_date",),
    )
    orig = doc.issue_date - timedelta(days=rng.randint(9, 45))
    p = Pdf()
    p.text(14, 16, firm, 11, "Sans-Bold")
    p.text(14, 21, form, 9, "Sans-Bold")
    p.text(14, 25.5, f"{s.street}, {s.city} · NIP {nip_fmt(s.nip, 'dash')}", 7.6)
    p.text(p.w - 14, 16, f"{doc.place}, {slash(doc.issue_date)}", 8.5, "Sans", "r")
    p.text(14, 38, f"FAKTURA KORYGUJĄCA nr {doc.number}", 13.5, "Sans-Bold")
    p.lines(
        14,
        44,
        [
            f"Data wystawienia: {slash(doc.issue_date)}",
            f"Do faktury nr FV {rng.randint(100, 600)}/{orig.month:02d}/{orig.year} z dnia {slash(orig)}",
            "Przyczyna korekty: "
            + rng.choice(("rabat udzielony po dostawie", "zwrot jednej sztuki", "obniżka ceny po reklamacji")),
        ],
        8.2,
        lead=4.2,
    )
    y = max(
        block(p, 14, 62, "Sprzedawca", [firm, form, s.street, s.city, f"NIP {nip_fmt(s.nip, 'dash')}"]),
        block(p, 108, 62, "Nabywca", [b.name, b.street, b.city, f"NIP {nip_fmt(b.nip, 'dash')}"]),
    )
    cols = [Col("", 30), Col("Ilość", 14, "r"), Col("J.m.", 11, "c"), Col("Cena netto", 24, "r")]
    cols += [Col("Wartość netto", 26, "r"), Col("VAT", 11, "c"), Col("Kwota VAT", 22, "r"), Col("Brutto", 26, "r")]
    y += 5
    for k, (i0, i1) in enumerate(zip(before, after, strict=True), 1):
        p.text(14, y + 4, f"{k}. {i0.name}", 8, "Sans-Bold")
        diff = [
            (i1.net or Decimal(0)) - (i0.net or Decimal(0)),
            (i1.vat or Decimal(0)) - (i0.vat or Decimal(0)),
            (i1.gross or Decimal(0)) - (i0.gross or Decimal(0)),
        ]
        rows = [
            [
                "przed korektą",
                qty_fmt(i0.qty),
                i0.unit,
                money(i0.unit_price or 0),
                money(i0.net or 0),
                rate_label(i0.vat_rate),
                money(i0.vat or 0),
                money(i0.gross or 0),
            ],
            [
                "po korekcie",
                qty_fmt(i1.qty),
                i1.unit,
                money(i1.unit_price or 0),
                money(i1.net or 0),
                rate_label(i1.vat_rate),
                money(i1.vat or 0),
                money(i1.gross or 0),
            ],
            [
                "różnica",
                qty_fmt(i1.qty - i0.qty) if i1.qty != i0.qty else "0",
                "",
                "",
                amt(diff[0]),
                "",
                amt(diff[1]),
                amt(diff[2]),
            ],
        ]
        y = table(p, 12, y + 6, cols, rows, TableStyle(7.3, grid=False, rules=True))
    p.text(p.w - 108, y + 6, "Podsumowanie korekty wg stawek VAT", 8.3, "Sans-Bold")
    y = rate_table(p, p.w - 108, y + 8, diff_summary(doc, after, before))
    tot = doc.totals(after)[2] - doc.totals(before)[2]
    p.text(p.w - 14, y + 8, f"Zmniejszenie wartości brutto: {amt(tot)} zł", 10.5, "Sans-Bold", "r")
    p.text(p.w - 14, y + 13, f"Słownie: minus {words_pln(tot)}", 7.6, "Sans", "r")
    p.text(14, y + 20, f"Zwrot na rachunek Nabywcy w terminie {doc.due_days} dni od daty otrzymania korekty.", 7.8)
    return Sample(p.bytes(), (doc,))


def fam_logo_wordmark_rabat_pct_gratis_line(rng: random.Random) -> Sample:
    """A logo wordmark in a serif font with a tagline above the seller block whose first line is the LEGAL name (not
    the wordmark); per-line discounts 'Cena katalogowa' / 'Rabat %' / 'Cena po rabacie'; a free item at 100 % off
    ('… – gratis', 0,00); dates '7 grudnia 2026 r.'."""
    mark_, tagline, legal = rng.choice(LOGOS)
    s = seller_of(rng, legal)
    b, _j = jst(rng)
    lines: list[tuple[Item, Decimal, int]] = []
    for e in [*rng.sample(HW, rng.randint(2, 3)), *rng.sample(SOFT, 1)]:
        pct = rng.choice((0, 3, 5, 8, 10, 12)) if e[1] != "lic." else rng.choice((0, 15))
        lines.append((*discounted(rng, e, pct), pct))
    g = rng.choice(GIFTS)
    gift_cat = Decimal(rng.randint(g[2][0] * 100, g[2][1] * 100)) / 100
    lines.append((line(rng, g, qty=1, price=Decimal("0.00")), gift_cat, 100))
    items = [it for it, _, _ in lines]
    doc = mk(rng, f"FS/{rng.randint(1, 800):04d}/2026", items, seller=s, buyer=b)
    p = Pdf()
    p.text(14, 20, mark_, 24, "Serif-Bold")
    p.text(14, 25.5, tagline, 7.5, "Light")
    p.hline(14, 80, 28, 1.2, gray=0.4)
    p.text(p.w - 14, 16, f"Faktura nr {doc.number}", 13, "Sans-Bold", "r")
    p.lines(
        p.w - 14,
        22,
        [
            f"Data wystawienia: {words(doc.issue_date)}",
            f"Data sprzedaży: {words(doc.sale_date)}",
            f"Miejsce: {doc.place}",
        ],
        8,
        align="r",
        lead=4.1,
    )
    y = max(
        block(p, 14, 40, "Sprzedawca", [legal, s.street, s.city, f"NIP {nip_fmt(s.nip, 'dash')}"]),
        block(p, 108, 40, "Nabywca", [b.name, b.street, b.city, f"NIP {nip_fmt(b.nip, 'dash')}"]),
    )
    cols = [Col("Lp.", 7, "c"), Col("Nazwa", 58), Col("Ilość", 10, "r"), Col("J.m.", 9, "c")]
    cols += [Col("Cena katalogowa", 19, "r"), Col("Rabat %", 12, "c"), Col("Cena po rabacie", 19, "r")]
    cols += [Col("Wartość netto", 20, "r"), Col("VAT", 9, "c"), Col("Wartość brutto", 23, "r")]
    rows = []
    for k, (it, cat, pct) in enumerate(lines, 1):
        rows.append(
            [
                str(k),
                it.name,
                qty_fmt(it.qty),
                it.unit,
                money(cat),
                f"{pct}%",
                money(it.unit_price or 0),
                money(it.net or 0),
                rate_label(it.vat_rate),
                money(it.gross or 0),
            ]
        )
    y = table(p, 12, y + 6, cols, rows, TableStyle(7.2, head_fill=0.9))
    y = rate_table(p, p.w - 108, y + 5, doc.rate_summary())
    gross = doc.totals()[2]
    p.text(p.w - 14, y + 8, f"Razem do zapłaty: {money(gross)} zł", 11.5, "Sans-Bold", "r")
    p.text(p.w - 14, y + 13, f"Słownie: {words_pln(gross)}", 7.6, "Sans", "r")
    p.text(14, y + 20, f"Termin płatności: {words(due_of(doc))}; rachunek: {iban(doc.bank)}", 7.8)
    return Sample(p.bytes(), (doc,))


def fam_protocol_deliveries_dated_wz_uwagi_block(rng: random.Random) -> Sample:
    """'Protokół odbioru końcowego' of a contract delivered in two or three parts: in one table a heading row per
    delivery ('Dostawa 2 z dnia 12.11.2026, WZ 118/11/2026') above its items; the Wykonawca and Zamawiający as label /
    value columns; an 'Uwagi' box; place and date top right."""
    firm = rng.choice(PLAIN_SELLERS)
    s = seller_of(rng, firm)
    b, j = jst(rng)
    pool = rng.sample(list(HW + SOFT), rng.randint(3, 6))
    items = [line(rng, e, qty=rng.randint(1, 8)) for e in pool]
    doc = mk(
        rng,
        f"PO/DOST/{rng.randint(1, 30)}/2026",
        items,
        seller=s,
        buyer=b,
        kind="protocol",
        currency=None,
        sale_date=None,
    )
    n = min(len(items), rng.randint(2, 3))
    cuts = sorted(rng.sample(range(1, len(items)), n - 1))
    groups = [items[a:bnd] for a, bnd in zip([0, *cuts], [*cuts, len(items)], strict=True)]
    d0 = doc.issue_date - timedelta(days=rng.randint(25, 50))
    p = Pdf()
    p.text(p.w - 14, 15, f"{j[3]}, dnia {dmy(doc.issue_date)}", 8.5, "Sans", "r")
    p.text(p.w / 2, 28, "PROTOKÓŁ ODBIORU KOŃCOWEGO", 15, "Sans-Bold", "c")
    p.text(p.w / 2, 34, f"nr {doc.number}", 10.5, "Sans-Bold", "c")
    p.text(p.w / 2, 39.5, f"dostaw realizowanych na podstawie umowy nr {rng.randint(1, 40)}/ZP/2026", 8.3, "Sans", "c")
    y = 50.0
    for cap, pt in (("Wykonawca:", s), ("Zamawiający:", b)):
        p.text(14, y, cap, 8.5, "Sans-Bold")
        y = p.lines(44, y, [pt.name, f"{pt.street}, {pt.city}", f"NIP {nip_fmt(pt.nip, 'dash')}"], 8.5, lead=4.2)
        y += 2.5
    cols = [Col("Lp.", 9, "c"), Col("Nazwa / opis", 104), Col("Ilość", 16, "r"), Col("J.m.", 14, "c")]
    cols += [Col("Stan", 23, "c")]
    rows: list[list[str]] = []
    k = 0
    d = d0
    for gi, grp in enumerate(groups, 1):
        d = min(d + timedelta(days=rng.randint(4, 12)), doc.issue_date - timedelta(days=4 - gi))
        rows.append(["", f"Dostawa {gi} z dnia {dmy(d)}, WZ {rng.randint(10, 300)}/{d.month:02d}/{d.year}", "", "", ""])
        for it in grp:
            k += 1
            rows.append([str(k), it.name, qty_fmt(it.qty), it.unit, "kompletny"])
    y = table(p, 12, y + 4, cols, rows, TableStyle(7.8, head_fill=0.9))
    p.rect(14, y + 6, p.w - 28, 20, 0.5)
    p.text(17, y + 11, "Uwagi:", 8.5, "Sans-Bold")
    late = rng.randint(1, 2)
    p.lines(
        17,
        y + 15.5,
        [
            f"Dostawa {late} zrealizowana z opóźnieniem {rng.randint(2, 6)} dni – Zamawiający odstępuje od "
            "naliczenia kar umownych.",
            "Sprzęt zgodny z ofertą, kompletny i sprawny. Gwarancja liczona od daty niniejszego protokołu.",
        ],
        8,
        lead=4.1,
    )
    sig_pair(p, y + 50, "Przedstawiciel Wykonawcy", "Przedstawiciele Zamawiającego")
    return Sample(p.bytes(), (doc,))


def fam_seller_beside_payment_block_bank_decoy(rng: random.Random) -> Sample:
    """The seller block and a 'Dane do płatności' block side by side in one frame, the payment block naming the BANK
    ('Bank Polska Kasa Opieki S.A.') above the account; the Nabywca under them; an order discount as a NEGATIVE line
    ('Rabat handlowy 5% od wartości zamówienia'); a KSeF QR-code box with the KSeF number; number 'FV 2026/12/0042'."""
    s = seller_of(rng, rng.choice(PLAIN_SELLERS))
    b, _j = jst(rng)
    items = pick(rng, HW, 2, 3) + pick(rng, SOFT, 1, 1)
    pct = rng.choice((3, 5, 7))
    base_net = sum((i.net or Decimal(0) for i in items), Decimal(0))
    disc = q2(base_net * pct / 100)
    items.append(
        line(rng, (f"Rabat handlowy {pct}% od wartości zamówienia", "", (0, 0), "23", "RAB"), qty=1, price=-disc)
    )
    doc = mk(rng, "FV 2026/{MM}/" + f"{rng.randint(1, 999):04d}", items, seller=s, buyer=b)
    bank = rng.choice(BANKS)
    p = Pdf()
    p.text(14, 17, f"Faktura VAT {doc.number}", 15, "Sans-Bold")
    p.text(p.w - 14, 14, f"Data wystawienia: {dmy(doc.issue_date)}", 8.2, "Sans", "r")
    p.text(p.w - 14, 18.2, f"Data sprzedaży: {dmy(doc.sale_date)}", 8.2, "Sans", "r")
    p.rect(12, 26, p.w - 24, 30, 0.6)
    p.vline(p.w / 2, 26, 56, 0.4)
    block(p, 15, 31, "Sprzedawca", [s.name, s.street, s.city, f"NIP: {s.nip}"], w=86)
    block(
        p,
        p.w / 2 + 3,
        31,
        "Dane do płatności",
        [bank, f"Nr rachunku: {nrb(doc.bank)}", f"Termin: {dmy(due_of(doc))}, przelew", f"Tytułem: {doc.number}"],
        w=86,
    )
    y = block(p, 15, 63, "Nabywca", [b.name, f"{b.street}, {b.city}", f"NIP: {b.nip}"])
    y = table(p, 12, y + 5, cols9(), [row9(k, it) for k, it in enumerate(items, 1)], TableStyle(7.3, head_fill=0.9))
    y = rate_table(p, p.w - 108, y + 5, doc.rate_summary())
    gross = doc.totals()[2]
    p.text(p.w - 14, y + 8, f"Do zapłaty: {money(gross)} PLN", 11.5, "Sans-Bold", "r")
    p.text(p.w - 14, y + 13, f"Słownie: {words_pln(gross)}", 7.4, "Sans", "r")
    qy = y + 20
    qr_box(p, 14, qy, rng)
    p.text(44, qy + 5, "Faktura wystawiona w Krajowym Systemie e-Faktur", 7.6, "Sans-Bold")
    p.text(44, qy + 9.5, f"Numer KSeF: {ksef_no(s.nip, doc.issue_date, rng)}", 7.4, "Mono")
    p.text(44, qy + 14, "Zeskanuj kod, aby sprawdzić fakturę w KSeF.", 7.2)
    return Sample(p.bytes(), (doc,))


# --------------------------------------------------------------------------------------------------
# Families of half b (odd positions of the sorted names)


def fam_bilingual_pl_en_credit_note_before_after(rng: random.Random) -> Sample:
    """'Faktura korygująca / Credit note' of a foreign-owned supplier: 'Sprzedawca / Seller' block with the legal name
    (the group brand only in a thin top line), 'Dotyczy faktury / Related invoice … of 2026-11-14'; two tables
    'Przed korektą / Before' and 'Po korekcie / After', the difference per rate and 'Do zwrotu / To be refunded'."""
    brand, tagline, legal = rng.choice(FOREIGN)
    s = seller_of(rng, legal)
    b, _j = jst(rng)
    base = pick(rng, HW + SUBS, 1, 2) + pick(rng, SOFT, 1, 1)
    before, after = correction_pair(rng, base)
    doc = mk(
        rng,
        f"CN/PL/2026/{rng.randint(1, 900):05d}",
        [*before, *after],
        seller=s,
        buyer=b,
        kind="correction",
        drop=("sale_date",),
    )
    orig = doc.issue_date - timedelta(days=rng.randint(10, 40))
    p = Pdf()
    fill_rgb(p, 0, 0, p.w, 8, (0.12, 0.2, 0.38))
    p.c.setFillColorRGB(1, 1, 1)
    p.text(14, 5.5, f"{brand} · {tagline}", 7, "Sans-Bold")
    p.c.setFillGray(0)
    p.text(14, 20, "Faktura korygująca / Credit note", 14, "Sans-Bold")
    p.lines(
        14,
        26,
        [
            f"Nr / No.: {doc.number}",
            f"Data wystawienia / Issue date: {doc.issue_date.isoformat()}",
            f"Dotyczy faktury / Related invoice: INV/PL/{orig.year}/{rng.randint(1, 4000):06d} "
            f"z dnia / of {orig.isoformat()}",
            "Przyczyna / Reason: rabat posprzedażowy / post-sale discount",
        ],
        8,
        lead=4.2,
    )
    y = max(
        block(p, 14, 48, "Sprzedawca / Seller", [legal, s.street, s.city, f"NIP / VAT ID: PL{s.nip}"]),
        block(p, 108, 48, "Nabywca / Buyer", [b.name, b.street, b.city, f"NIP / VAT ID: {b.nip}"]),
    )
    cols = [Col("Lp. / No.", 10, "c"), Col("Nazwa / Description", 70), Col("Ilość / Qty", 14, "r")]
    cols += [Col("Cena netto / Unit price", 22, "r"), Col("Netto / Net", 22, "r"), Col("VAT %", 11, "c")]
    cols += [Col("Brutto / Gross", 23, "r")]
    for cap, side in (("Przed korektą / Before correction", before), ("Po korekcie / After correction", after)):
        p.text(14, y + 7, cap, 8.5, "Sans-Bold")
        rows = [
            [
                str(k),
                i.name,
                qty_fmt(i.qty),
                money(i.unit_price or 0),
                money(i.net or 0),
                rate_label(i.vat_rate),
                money(i.gross or 0),
            ]
            for k, i in enumerate(side, 1)
        ]
        y = table(p, 12, y + 9, cols, rows, TableStyle(7.3, head_fill=0.9))
    p.text(p.w - 108, y + 6, "Różnica / Difference", 8.3, "Sans-Bold")
    y = rate_table(
        p,
        p.w - 108,
        y + 8,
        diff_summary(doc, after, before),
        heads=("Stawka / Rate", "Netto / Net", "VAT", "Brutto / Gross"),
        total="Razem / Total",
    )
    tot = doc.totals(after)[2] - doc.totals(before)[2]
    p.text(p.w - 14, y + 8, f"Do zwrotu / To be refunded: {money(-tot)} PLN", 10.5, "Sans-Bold", "r")
    p.text(
        14, y + 16, f"Zwrot na rachunek Nabywcy w ciągu {doc.due_days} dni / refund within {doc.due_days} days.", 7.8
    )
    return Sample(p.bytes(), (doc,))


def fam_caps_legal_form_spelled_out_carry_pages(rng: random.Random) -> Sample:
    """A cabling job of 24–25 lines running over TWO pages under a repeated table header, with 'Do
    przeniesienia:' (net, VAT, gross so far) at the foot of page 1 and 'Z przeniesienia:' above the table on page 2;
    the seller in capitals with its legal form spelled out on the second line; units 'm', 'szt.', 'opak.', 'godz.'."""
    firm, form = rng.choice(CAPS_TWO_LINE)
    s = seller_of(rng, f"{firm} {form}")
    b, _j = jst(rng)
    ents = rng.sample(PARTS, len(PARTS))
    items = []
    for e in ents:
        if e[1] == "m":
            q: Any = rng.choice((25, 40, 60, 120, 305, 610))
        elif e[1] == "godz.":
            q = rng.choice(("6.5", "12", "16.5", "24"))
        elif e[1] in ("kpl.", "dzień"):
            q = rng.choice((1, 2))
        elif e[2][1] > 100:
            q = rng.choice((1, 2, 3))
        else:
            q = rng.choice((2, 4, 6, 10, 12, 24, 48))
        items.append(line(rng, e, qty=q))
    items += pick(rng, HW, 2, 3)
    doc = mk(rng, f"FA/{rng.randint(1, 999):06d}/{{YY}}", items, seller=s, buyer=b)
    p = Pdf()

    def running(upto: int) -> list[Decimal]:
        return [sum((getattr(i, f) or Decimal(0) for i in items[:upto]), Decimal(0)) for f in ("net", "vat", "gross")]

    calls = {"n": 0}

    def carry(ri: int) -> list[str]:
        calls["n"] += 1
        lab = "Do przeniesienia:" if calls["n"] % 2 == 1 else "Z przeniesienia:"
        n, v, g = running(ri)
        return ["", lab, "", "", "", money(n), "", money(v), money(g)]

    def header(pdf: Pdf) -> float:
        pdf.text(14, 14, f"{firm} · Faktura VAT {doc.number} – ciąg dalszy", 8, "Sans")
        pdf.text(pdf.w - 14, 14, f"strona {pdf.page_no}", 8, "Sans", "r")
        pdf.hline(14, pdf.w - 14, 16, 0.3)
        return 22.0

    p.on_page = header
    p.text(14, 16, firm, 12, "Sans-Bold")
    p.text(14, 21, form, 8.5, "Sans-Bold")
    p.lines(14, 25.5, [f"{s.street}, {s.city}", f"NIP {nip_fmt(s.nip, 'dash')}"], 7.8, lead=3.9)
    p.text(p.w - 14, 16, f"FAKTURA VAT {doc.number}", 13, "Sans-Bold", "r")
    p.lines(
        p.w - 14,
        22,
        [f"Data wystawienia: {dmy(doc.issue_date)}", f"Data sprzedaży: {dmy(doc.sale_date)}", "strona 1"],
        8,
        align="r",
        lead=4.1,
    )
    y = max(
        block(p, 14, 42, "Sprzedawca", [firm, form, s.street, s.city, f"NIP {nip_fmt(s.nip, 'dash')}"]),
        block(p, 108, 42, "Nabywca", [b.name, b.street, b.city, f"NIP {nip_fmt(b.nip, 'dash')}"]),
    )
    rows = [row9(k, it) for k, it in enumerate(items, 1)]
    y = table(p, 12, y + 6, cols9(name_w=52), rows, TableStyle(8, head_fill=0.9, bottom=40), carry=carry)
    y = rate_table(p, p.w - 108, y + 5, doc.rate_summary())
    gross = doc.totals()[2]
    p.text(p.w - 14, y + 8, f"Do zapłaty: {money(gross)} zł", 11.5, "Sans-Bold", "r")
    p.text(p.w - 14, y + 13, f"Słownie: {words_pln(gross)}", 7.6, "Sans", "r")
    p.text(14, y + 20, f"Termin płatności: {dmy(due_of(doc))}, przelew na rachunek {nrb(doc.bank)}", 7.8)
    return Sample(p.bytes(), (doc,))


def fam_coloured_head_webapp_brand_band(rng: random.Random) -> Sample:
    """Web-app invoice: a coloured band across the top with the seller's short BRAND in white and 'Faktura VAT
    WEB/2026/12/881' on it; the seller block below gives the full legal name; a coloured (light) table header;
    'Termin płatności: 7 dni (14.12.2026)'."""
    brand, legal = rng.choice(BANDS)
    s = seller_of(rng, legal)
    b, _j = jst(rng)
    items = pick(rng, HW, 1, 3) + pick(rng, SUBS + SOFT, 1, 2)
    doc = mk(rng, f"WEB/2026/{{MM}}/{rng.randint(1, 999)}", items, seller=s, buyer=b)
    doc = replace(doc, due_days=rng.choice((7, 14)))
    colour = rng.choice(((0.0, 0.45, 0.55), (0.55, 0.1, 0.35), (0.1, 0.35, 0.7)))
    light = (0.82 + 0.18 * colour[0], 0.82 + 0.18 * colour[1], 0.82 + 0.18 * colour[2])
    p = Pdf()
    fill_rgb(p, 0, 0, p.w, 24, colour)
    p.c.setFillColorRGB(1, 1, 1)
    p.text(14, 15, brand, 20, "Sans-Bold")
    p.text(p.w - 14, 12, "Faktura VAT", 10, "Sans", "r")
    p.text(p.w - 14, 18.5, doc.number, 13, "Sans-Bold", "r")
    p.c.setFillGray(0)
    p.lines(
        p.w - 14,
        32,
        [
            f"Data wystawienia: {dmy(doc.issue_date)}",
            f"Data sprzedaży: {dmy(doc.sale_date)}",
            f"Termin płatności: {doc.due_days} dni ({dmy(due_of(doc))})",
        ],
        8,
        align="r",
        lead=4.2,
    )
    y = max(
        block(p, 14, 50, "Sprzedawca", [legal, s.street, s.city, f"NIP: {s.nip}"]),
        block(p, 108, 50, "Nabywca", [b.name, b.street, b.city, f"NIP: {b.nip}"]),
    )
    y += 6
    st = TableStyle(7.3, grid=False, rules=True)
    hh = 7.3 * 0.42 * 2 + 2 * st.pad  # two-line heads
    fill_rgb(p, 12, y, sum(c.width for c in cols9()), hh, light)
    y = table(p, 12, y, cols9(), [row9(k, it) for k, it in enumerate(items, 1)], st)
    y = rate_table(p, p.w - 108, y + 5, doc.rate_summary())
    gross = doc.totals()[2]
    p.text(p.w - 14, y + 8, f"Do zapłaty: {money(gross)} zł", 11.5, "Sans-Bold", "r")
    p.text(p.w - 14, y + 13, f"Słownie: {words_pln(gross)}", 7.4, "Sans", "r")
    p.text(14, y + 20, f"Numer konta: {iban(doc.bank)}", 7.8)
    p.text(p.w / 2, p.h - 10, f"Wygenerowano w serwisie fakturowym · {brand}", 6.5, "Sans", "c")
    return Sample(p.bytes(), (doc,))


def fam_dense_7pt_four_decimal_right_header(rng: random.Random) -> Sample:
    """The seller's header RIGHT-aligned at the top right, the title on the left; a dense 7 pt condensed table of 13
    columns (Indeks, PKWiU, catalogue price with four decimals, 'Rabat %', price after it with four decimals, ...);
    quantities like '2,5' for hours; dates '2026-12-07'."""
    s = seller_of(rng, rng.choice(PLAIN_SELLERS))
    b, _j = jst(rng)
    lines: list[tuple[Item, Decimal, int]] = []
    for e in rng.sample(list(HW + SOFT + SUBS), rng.randint(4, 6)):
        pct = rng.choice((0, 2, 4, 6, 10))
        lines.append((*discounted(rng, e, pct, dec4=True), pct))
    for e in rng.sample(HOURS, 1):
        lines.append((*discounted(rng, e, 0, qty=rng.choice(("2.5", "4.5", "10.5")), dec4=True), 0))
    items = [it for it, _, _ in lines]
    doc = mk(rng, f"FVS/{rng.randint(1, 9999)}/2026", items, seller=s, buyer=b)
    p = Pdf()
    p.lines(p.w - 14, 14, [s.name], 10.5, "Sans-Bold", align="r")
    p.lines(p.w - 14, 19, [s.street, s.city, f"NIP: {nip_fmt(s.nip, 'dash')}"], 7.8, align="r", lead=3.8)
    p.text(14, 16, "Faktura VAT", 15, "Sans-Bold")
    p.text(14, 22, f"nr {doc.number}", 10.5, "Sans-Bold")
    p.lines(
        14,
        28,
        [f"Data wystawienia: {doc.issue_date.isoformat()}", f"Data sprzedaży: {doc.sale_date.isoformat()}"],
        7.8,
        lead=3.9,
    )
    y = block(p, 108, 40, "Nabywca", [b.name, b.street, b.city, f"NIP: {nip_fmt(b.nip, 'dash')}"])
    cols = [
        Col("Lp", 6, "c"),
        Col("Indeks", 16),
        Col("Nazwa towaru/usługi", 44),
        Col("PKWiU", 13, "c"),
        Col("Ilość", 9, "r"),
        Col("J.m.", 8, "c"),
        Col("Cena kat.", 15, "r"),
        Col("Rabat %", 9, "c"),
        Col("Cena netto", 15, "r"),
        Col("Wart. netto", 16, "r"),
        Col("VAT", 7, "c"),
        Col("Kw. VAT", 14, "r"),
        Col("Wart. brutto", 16, "r"),
    ]
    rows = []
    for k, (it, cat, pct) in enumerate(lines, 1):
        rows.append(
            [
                str(k),
                it.codes[0],
                it.name,
                {"godz.": "62.02.30.0", "lic.": "58.29.50.0", "kpl.": "58.29.50.0"}.get(it.unit, "26.20.11.0"),
                qty_fmt(it.qty),
                it.unit,
                m4(cat),
                str(pct),
                m4(it.unit_price or Decimal(0)),
                money(it.net or 0),
                rate_label(it.vat_rate, "n"),
                money(it.vat or 0),
                money(it.gross or 0),
            ]
        )
    y = table(p, 12, y + 6, cols, rows, TableStyle(7, "Cond", "Cond-Bold", pad=0.9, head_fill=0.92))
    y = rate_table(p, p.w - 108, y + 4, doc.rate_summary(), size=7)
    gross = doc.totals()[2]
    p.text(p.w - 14, y + 7, f"Do zapłaty: {money(gross)} PLN", 10.5, "Sans-Bold", "r")
    p.text(14, y + 13, f"Słownie: {words_pln(gross)}", 7.2)
    p.text(14, y + 17, f"Termin płatności: {due_of(doc).isoformat()}, przelew: {iban(doc.bank)}", 7.2)
    return Sample(p.bytes(), (doc,))


def fam_ksef_mf_nazwa_key_value_qr_box(rng: random.Random) -> Sample:
    """The tax ministry's KSeF visualisation: 'Numer Faktury:' and 'Numer KSEF:' at the top right; the parties as
    key-value lines ('NIP: …', 'Nazwa: …', 'Adres' then 'Polska' and the address); 'Szczegóły' with ISO dates and 'Kod
    waluty'; net-only positions; 'Podsumowanie stawek podatku'; a QR box 'Sprawdź, czy Twoja faktura jest w KSeF!'."""
    s = seller_of(rng, rng.choice(PLAIN_SELLERS + tuple(f"{a} {b_}" for a, b_ in TWO_LINE)))
    b, _j = jst(rng)
    items = pick(rng, HW, 1, 3) + pick(rng, SERVICES + MONTHLY, 1, 2)
    doc = mk(rng, f"FA/2026/{{MM}}/{rng.randint(1, 999):03d}", items, seller=s, buyer=b)
    doc = replace(doc, item_amounts=("net",))
    kno = ksef_no(s.nip, doc.issue_date, rng)
    p = Pdf()
    p.text(14, 16, "Krajowy System e-Faktur", 8, "Sans")
    p.text(14, 24, "Faktura", 18, "Sans-Bold")
    p.lines(p.w - 14, 14, ["Numer Faktury:"], 7.5, align="r")
    p.text(p.w - 14, 19, doc.number, 11, "Sans-Bold", "r")
    p.text(p.w - 14, 24, "Faktura podstawowa", 7.5, "Sans", "r")
    p.text(p.w - 14, 29, f"Numer KSEF: {kno}", 7.2, "Sans", "r")
    p.hline(14, p.w - 14, 33, 0.8, gray=0.3)
    yy = 40.0
    ends = []
    for x, cap, pt, nip_lab in ((14, "Sprzedawca", s, "NIP: "), (108, "Nabywca", b, "Identyfikator podatkowy NIP: ")):
        p.text(x, yy, cap, 10, "Sans-Bold")
        rows = [f"{nip_lab}{pt.nip}", *wrap(f"Nazwa: {pt.name}", "Sans", 8.2, 86)]
        rows += ["Adres", "Polska", pt.street, pt.city]
        ends.append(p.lines(x, yy + 5.5, rows, 8.2, lead=4.1))
    y = max(ends) + 4
    p.text(14, y, "Szczegóły", 10, "Sans-Bold")
    y = p.lines(
        14,
        y + 5.5,
        [
            f"Data wystawienia, z zastrzeżeniem art. 106na ust. 1 ustawy: {doc.issue_date.isoformat()}",
            f"Miejsce wystawienia: {doc.place}",
            f"Data dokonania lub zakończenia dostawy towarów lub wykonania usługi: {doc.sale_date.isoformat()}",
            "Kod waluty: PLN",
        ],
        8,
        lead=4.1,
    )
    p.text(14, y + 4, "Pozycje", 10, "Sans-Bold")
    p.text(14, y + 9, "Faktura wystawiona w cenach netto w walucie PLN", 7.6)
    cols = [Col("Lp.", 8, "c"), Col("Nazwa towaru lub usługi", 74), Col("Cena jedn. netto", 22, "r")]
    cols += [Col("Ilość", 14, "r"), Col("Miara", 12, "c"), Col("Stawka podatku", 15, "c")]
    cols += [Col("Wartość sprzedaży netto", 27, "r")]
    rows = [
        [str(k), i.name, money(i.unit_price or 0), qty_fmt(i.qty), i.unit, rate_label(i.vat_rate), money(i.net or 0)]
        for k, i in enumerate(items, 1)
    ]
    y = table(p, 12, y + 11, cols, rows, TableStyle(7.4, head_fill=0.93))
    gross = doc.totals()[2]
    p.text(p.w - 14, y + 7, f"Kwota należności ogółem: {money(gross)} PLN", 10.5, "Sans-Bold", "r")
    p.text(14, y + 14, "Podsumowanie stawek podatku", 9, "Sans-Bold")
    y = rate_table(
        p, 14, y + 16, doc.rate_summary(), heads=("Stawka podatku", "Kwota netto", "Kwota podatku", "Kwota brutto")
    )
    p.text(14, y + 7, "Płatność", 9, "Sans-Bold")
    y = p.lines(
        14,
        y + 12,
        [
            f"Termin płatności: {due_of(doc).isoformat()}",
            "Forma płatności: Przelew",
            f"Pełny numer rachunku: {nrb(doc.bank)}",
        ],
        8,
        lead=4.1,
    )
    p.text(14, y + 5, "Sprawdź, czy Twoja faktura jest w KSeF!", 8.5, "Sans-Bold")
    qr_box(p, 14, y + 8, rng, 28)
    p.text(46, y + 20, kno, 7.2, "Mono")
    return Sample(p.bytes(), (doc,))


def fam_multiline_sn_key_period_items_bank_block_beside(rng: random.Random) -> Sample:
    """Each item's name in bold with smaller grey lines under it in the same cell – 'S/N: …' for hardware, 'Klucz
    licencyjny: XXXXX-…' for licences, 'Okres subskrypcji: 12 m-cy, 01.01.2027–31.12.2027' for subscriptions – and a
    free 'gratis' line at 0,00; a 'Rachunek bankowy' block naming the bank beside the seller block."""
    s = seller_of(rng, rng.choice(PLAIN_SELLERS))
    b, _j = jst(rng)
    hw = pick(rng, HW, 1, 2, qty=rng.randint(1, 3))
    subs = pick(rng, SUBS, 1, 1, qty=rng.choice((5, 10, 15, 25)))
    soft = pick(rng, SOFT[:2], 1, 1, qty=rng.randint(1, 4))
    g = rng.choice(GIFTS)
    items = [*hw, *soft, *subs, line(rng, (g[0], g[1], (0, 0), "23", g[4]), qty=1, price=Decimal("0.00"))]
    doc = mk(rng, f"FV-{rng.randint(1, 600):05d}/{{MM}}/2026", items, seller=s, buyer=b)
    year = doc.issue_date.year + 1
    subl: dict[int, list[str]] = {}
    nh, ns = len(hw), len(soft)
    for k, it in enumerate(items):
        if k < nh:
            pre = rng.choice(("CZC", "5CG", "FGT40F", "PF4"))
            subl[k] = ["S/N: " + ", ".join(f"{pre}{rng.randint(100000, 999999)}" for _ in range(int(it.qty)))]
        elif k < nh + ns:
            key = "-".join("".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(5)) for _ in range(5))
            subl[k] = [f"Klucz licencyjny: {key}"]
        elif k < len(items) - 1:
            subl[k] = [f"Okres subskrypcji: 12 m-cy, 01.01.{year}–31.12.{year}"]
        else:
            subl[k] = ["do każdego notebooka – promocja producenta"]
    bank = rng.choice(BANKS)
    p = Pdf()
    p.text(p.w / 2, 16, f"FAKTURA VAT nr {doc.number}", 14, "Sans-Bold", "c")
    p.text(
        p.w / 2,
        22,
        f"wystawiona {dmy(doc.issue_date)} w {doc.place}; data sprzedaży {dmy(doc.sale_date)}",
        8.2,
        "Sans",
        "c",
    )
    y = max(
        block(p, 14, 32, "Sprzedawca", [s.name, s.street, s.city, f"NIP {s.nip}"], w=88),
        block(p, 108, 32, "Rachunek bankowy", [bank, iban(doc.bank), f"Termin płatności: {dmy(due_of(doc))}"], w=86),
    )
    y = block(p, 14, y + 4, "Nabywca", [b.name, b.street, b.city, f"NIP {b.nip}"], w=88)
    cols = [Col("Lp.", 8, "c"), Col("Nazwa / opis", 76), Col("Ilość", 11, "r"), Col("J.m.", 10, "c")]
    cols += [Col("Cena netto", 19, "r"), Col("Wartość netto", 21, "r"), Col("VAT", 9, "c")]
    cols += [Col("Wartość brutto", 22, "r")]
    xs = [12.0]
    for c in cols[:-1]:
        xs.append(xs[-1] + c.width)
    total_w = sum(c.width for c in cols)
    y += 6
    hh = 6.0
    p.rect(12, y, total_w, hh, 0.4, fill=0.9)
    for x, c in zip(xs, cols, strict=True):
        tx = x + 1.2 if c.align == "l" else (x + c.width - 1.2 if c.align == "r" else x + c.width / 2)
        p.text(tx, y + 4, c.title, 7.4, "Sans-Bold", c.align if c.align != "c" else "c")
    y += hh
    for k, it in enumerate(items):
        nl = wrap(it.name, "Sans-Bold", 7.6, cols[1].width - 2.4)
        sl = [w for s_ in subl[k] for w in wrap(s_, "Sans-Italic", 6.6, cols[1].width - 2.4)]
        h = len(nl) * 3.3 + len(sl) * 3.0 + 2.6
        p.rect(12, y, total_w, h, 0.3)
        yy = p.lines(xs[1] + 1.2, y + 3.4, nl, 7.6, "Sans-Bold", lead=3.3)
        p.c.setFillGray(0.35)
        p.lines(xs[1] + 1.2, yy - 0.2, sl, 6.6, "Sans-Italic", lead=3.0)
        p.c.setFillGray(0)
        vals = [
            str(k + 1),
            "",
            qty_fmt(it.qty),
            it.unit,
            money(it.unit_price or 0),
            money(it.net or 0),
            rate_label(it.vat_rate),
            money(it.gross or 0),
        ]
        for x, c, v in zip(xs, cols, vals, strict=True):
            if v:
                tx = x + 1.2 if c.align == "l" else (x + c.width - 1.2 if c.align == "r" else x + c.width / 2)
                p.text(tx, y + 3.4, v, 7.6, "Sans", c.align)
        y += h
    y = rate_table(p, p.w - 108, y + 5, doc.rate_summary())
    gross = doc.totals()[2]
    p.text(p.w - 14, y + 8, f"Do zapłaty: {money(gross)} zł", 11.5, "Sans-Bold", "r")
    p.text(p.w - 14, y + 13, f"Słownie: {words_pln(gross)}", 7.4, "Sans", "r")
    return Sample(p.bytes(), (doc,))


def fam_protocol_wdrozenie_oddzial_wykonawca_godz(rng: random.Random) -> Sample:
    """'Protokół odbioru usług wdrożeniowych': the Wykonawca is a company's branch (company, then 'Oddział w …' and the
    branch address); the scope as rows with a 'Data wykonania' column ('2026-11-20'), units 'godz.' (quantities '2,5',
    '12,5'), 'usł.' and 'kpl.', an 'Uwagi' column; place and date '7 grudnia 2026 r.'."""
    company, branch, bstreet, bcity, _code = rng.choice(BRANCHES)
    s = Party(company, bstreet, bcity, make_nip(rng))
    b, j = jst(rng)
    items = [line(rng, e, qty=rng.choice(("2.5", "6", "12.5", "8.5", "4"))) for e in rng.sample(HOURS, 2)]
    items += [line(rng, e, qty=1) for e in rng.sample(SERVICES, rng.randint(1, 2))]
    items += [
        line(
            rng,
            ("Dokumentacja powykonawcza wdrożenia (wersja papierowa i elektroniczna)", "kpl.", (500, 900), "23", "DOK"),
            qty=1,
        )
    ]
    doc = mk(
        rng, f"{rng.randint(1, 30)}/W/2026", items, seller=s, buyer=b, kind="protocol", currency=None, sale_date=None
    )
    p = Pdf()
    p.text(p.w - 14, 15, f"{j[3]}, {words(doc.issue_date)}", 8.5, "Sans", "r")
    p.text(14, 28, "PROTOKÓŁ ODBIORU USŁUG WDROŻENIOWYCH", 14, "Sans-Bold")
    p.text(14, 34, f"nr {doc.number}", 10.5, "Sans-Bold")
    y = max(
        block(p, 14, 44, "Wykonawca", [company, branch, bstreet, bcity, f"NIP {nip_fmt(s.nip, 'space')}"]),
        block(p, 108, 44, "Zamawiający", [b.name, b.street, b.city, f"NIP {nip_fmt(b.nip, 'space')}"]),
    )
    cols = [Col("Lp.", 8, "c"), Col("Zakres prac", 84), Col("J.m.", 12, "c"), Col("Ilość", 13, "r")]
    cols += [Col("Data wykonania", 22, "c"), Col("Uwagi", 47)]
    d = doc.issue_date - timedelta(days=rng.randint(15, 30))
    rows = []
    for k, it in enumerate(items, 1):
        d = min(d + timedelta(days=rng.randint(1, 5)), doc.issue_date)
        rows.append(
            [
                str(k),
                it.name,
                it.unit,
                qty_fmt(it.qty),
                d.isoformat(),
                rng.choice(("bez uwag", "wykonano zdalnie", "zgodnie z harmonogramem", "—")),
            ]
        )
    y = table(p, 12, y + 7, cols, rows, TableStyle(7.8, head_fill=0.9))
    p.lines(
        14,
        y + 8,
        [
            "Zamawiający potwierdza wykonanie prac w zakresie określonym powyżej bez zastrzeżeń.",
            f"Protokół sporządzono w dwóch egzemplarzach, po jednym dla każdej ze stron. Kontakt: "
            f"{rng.choice(PEOPLE)}.",
        ],
        8.2,
        lead=4.2,
    )
    sig_pair(p, y + 36, f"Wykonawca – {branch}", "Zamawiający")
    return Sample(p.bytes(), (doc,))


def fam_stamp_box_seller_repeat_odbiorca_urzad(rng: random.Random) -> Sample:
    """The Nabywca is the gmina and the Odbiorca its Urząd Gminy (address only); at the foot a framed company STAMP
    in blue repeats the seller's name, address, NIP and REGON above 'pieczęć firmy'; dates '7 grudnia 2026 r.';
    'Termin płatności: 14 dni'; 'Do zapłaty … zł, w tym VAT …'."""
    s = seller_of(rng, rng.choice(PLAIN_SELLERS + tuple(f"{a} {b_}" for a, b_ in CEIDG)))
    b, j = jst(rng, powiat=rng.random() < 0.3)
    office = (
        "Starostwo Powiatowe w Gorzowie Wielkopolskim"
        if j[2] == "powiat"
        else f"Urząd {'Miasta' if j[2] == 'gmina miejska' else 'Gminy'} {j[1]}"
    )
    items = pick(rng, HW, 1, 3) + pick(rng, SERVICES + MONTHLY, 1, 1)
    doc = mk(rng, f"FD {rng.randint(1, 400):04d}/2026", items, seller=s, buyer=b)
    doc = replace(doc, due_days=14)
    regon = f"{rng.randint(10000000, 99999999)}{rng.randint(0, 9)}"
    p = Pdf()
    p.text(14, 16, s.name, 11, "Sans-Bold")
    p.text(14, 21, f"{s.street}, {s.city}", 8)
    p.text(p.w - 14, 16, f"{doc.place}, {words(doc.issue_date)}", 8.5, "Sans", "r")
    p.text(p.w / 2, 34, f"Faktura VAT nr {doc.number}", 14, "Sans-Bold", "c")
    p.text(p.w / 2, 39.5, f"data dostawy: {words(doc.sale_date)}", 8.2, "Sans", "c")
    y = max(
        block(p, 14, 48, "Sprzedawca", [s.name, s.street, s.city, f"NIP {s.nip}"], w=58),
        block(p, 76, 48, "Nabywca", [b.name, b.street, b.city, f"NIP {b.nip}"], w=58),
        block(p, 138, 48, "Odbiorca", [office, b.street, b.city], w=58),
    )
    y = table(p, 12, y + 6, cols9(), [row9(k, it) for k, it in enumerate(items, 1)], TableStyle(7.3, head_fill=0.9))
    y = rate_table(p, p.w - 108, y + 5, doc.rate_summary())
    _net, vat, gross = doc.totals()
    p.text(p.w - 14, y + 8, f"Do zapłaty: {money(gross)} zł, w tym VAT {money(vat)} zł", 10.5, "Sans-Bold", "r")
    p.text(14, y + 15, f"Słownie: {words_pln(gross)}", 7.8)
    p.text(14, y + 19.5, f"Termin płatności: {doc.due_days} dni, przelew na rachunek {nrb(doc.bank)}", 7.8)
    sy = y + 28
    p.c.setStrokeColorRGB(0.15, 0.25, 0.65)
    p.c.setFillColorRGB(0.15, 0.25, 0.65)
    p.rect(p.w - 92, sy, 76, 21, 0.8)
    stamp = [*wrap(s.name, "Sans-Bold", 7.6, 72)]
    yy = p.lines(p.w - 54, sy + 4.5, stamp, 7.6, "Sans-Bold", lead=3.5, align="c")
    p.lines(p.w - 54, yy, [f"{s.street}, {s.city}", f"NIP {s.nip}  REGON {regon}"], 6.8, lead=3.2, align="c")
    p.c.setStrokeGray(0)
    p.c.setFillGray(0)
    p.text(p.w - 54, sy + 25, "pieczęć firmy", 6.5, "Sans", "c")
    sig_pair(p, sy + 40, "Osoba upoważniona do odbioru", "Osoba upoważniona do wystawienia")
    return Sample(p.bytes(), (doc,))
