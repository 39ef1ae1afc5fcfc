"""BLIND-21 families (fresh batch). Not to be opened by the parser engineer; measured once, at the end.

Layouts written for this batch only, by an evaluator who never read the parser (`extractors/`, `checks/`,
`tests/extractors/`, `knowledge/`, docs/extraction*). They share the data model (`Doc`, `Item`, `Party`) and the page
canvas and table drawing (`Pdf`, `table`) of `kit.py` and a few helpers of `../blind15`, `../blind17`, `../blind19`
and `../blind20` (`XDoc`, `mk`, `line`, `block`, `rate_table`, `FinalDoc`, `qr_box`, ...), but bring their own
sellers, their own catalogue and real gminy of the powiat tarnogórski (Śląskie) from the TERYT register (TERC
2024-01-01, `/work/shared/data/teryt/terc_2024-01-01.csv`, the TERYT code kept beside each). Streets, post codes,
NIPs, KSeF numbers, bank accounts, people, serial numbers and sellers are invented.

Split decided when the batch was written (alternate sorted names, `build._half`): blind21a (tuned on after its one
measurement) = advance_zaliczkowa_order_prose_line, correction_wide_row_before_after_ymd,
dot_thousands_pln_prefix_totals_box_top, gmina_left_szkola_odbiorca_seller_right_two_line,
protocol_commissioning_checklist_dotted_dates, roman_month_dates_due_14_dni_caps_heads,
service_work_card_grid_decimal_hours, telecom_lease_period_column_dash_dates; blind21b (frozen) = the other eight.

Focus of the batch: conventions not used in blind10–20. An IT distributor's long descriptions wrapped over two or
three lines with 'P/N' and 'EAN' in the same cell (smaller type, not part of the name); a telecom/leasing invoice
with a service period per line (the sale date is then not scored); a split-payment block ('mechanizm podzielonej
płatności') and a KSeF number with a QR placeholder in the header; an advance invoice ('faktura zaliczkowa': the
order is described in prose, the one line is the advance) and a final invoice ('faktura rozliczająca') that deducts
the advance in a row of its own (the totals are what this document charges); amounts '12.345,67' with 'PLN' before
them and the totals box at the top right above the table; a 'spółka komandytowa' / 'S.A.' seller with a long name
over two lines on the right and the gmina buyer on the left with 'Odbiorca: Szkoła Podstawowa …' beside it; an
acceptance protocol with installed items, locations and serial numbers signed by three people; a commissioning
protocol with a checklist; a correction of one quantity with 'Przyczyna korekty', and one with before/after columns
in one wide row; dates '05-11-2026', '5 XI 2026', '2026.11.05'; a due term '14 dni'; rate-group rows (5 % / 23 %)
inside the item table; a totals strip across the page foot; a reference strip with client/order/contract numbers.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from tests.corpus.extract.blind15.families_blind15 import iban
from tests.corpus.extract.blind17.families_blind17 import ksef_no, line, mk
from tests.corpus.extract.blind19.families_blind19 import FinalDoc, amt, block, correction_pair, diff_summary
from tests.corpus.extract.blind20.families_blind20 import qr_box
from tests.corpus.extract.kit import (
    Col,
    Doc,
    Item,
    Party,
    Pdf,
    TableStyle,
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

# (TERYT code, name as in TERC, kind as in TERC, post code (invented))
TERC_JST = (
    ("2413011", "Kalety", "gmina miejska", "42-660"),
    ("2413021", "Miasteczko Śląskie", "gmina miejska", "42-610"),
    ("2413031", "Radzionków", "gmina miejska", "41-922"),
    ("2413041", "Tarnowskie Góry", "gmina miejska", "42-600"),
    ("2413052", "Krupski Młyn", "gmina wiejska", "42-693"),
    ("2413062", "Ożarowice", "gmina wiejska", "42-625"),
    ("2413072", "Świerklaniec", "gmina wiejska", "42-622"),
    ("2413082", "Tworóg", "gmina wiejska", "42-690"),
    ("2413092", "Zbrosławice", "gmina wiejska", "42-674"),
)
JST_STREETS = ("ul. Rynek 1", "ul. Główna 12", "ul. Zamkowa 4", "pl. Jana Pawła II 3", "ul. Parkowa 7")
PATRONS = ("Marii Skłodowskiej-Curie", "Jana Pawła II", "Powstańców Śląskich", "Wojciecha Korfantego")
SCHOOLS = (
    "Szkoła Podstawowa nr 1",
    "Szkoła Podstawowa nr 3 z Oddziałami Integracyjnymi",
    "Zespół Szkolno-Przedszkolny",
)

SELLER_STREETS = ("ul. Bytomska 18", "ul. Gliwicka 221", "al. Korfantego 79", "ul. Opolska 6/3", "ul. Sobieskiego 2")
SELLER_CITIES = ("40-035 Katowice", "44-100 Gliwice", "41-902 Bytom", "42-600 Tarnowskie Góry", "45-064 Opole")
SELLERS = (
    "Śląska Informatyka Samorządowa Sp. z o.o.",
    "TARNET Sieci Komputerowe Sp. z o.o.",
    "Beskid-IT Serwis Sp. z o.o.",
    "Silesia Secure Systems Sp. z o.o.",
    "Opolskie Centrum Oprogramowania OCO Sp. z o.o.",
)
DISTRIBUTORS = (
    "Dystrybucja Sprzętu Komputerowego MEGABIT S.A.",
    "Hurtownia Informatyczna ACTIVNET Sp. z o.o.",
    "ITdystrybucja Polska Sp. z o.o.",
)
TELCOS = (
    "Śląska Sieć Światłowodowa ŚSŚ Sp. z o.o.",
    "TeleMedia Południe Sp. z o.o.",
    "Leasing i Wynajem Sprzętu IT RENTIT Sp. z o.o.",
)
# long two-line names: (first line, second line)
TWO_LINE = (
    ("Przedsiębiorstwo Handlowo-Usługowe INFOSERW", "Kowalczyk i Wspólnicy spółka komandytowa"),
    ("Górnośląskie Centrum Rozwiązań Teleinformatycznych", "GCRT Spółka Akcyjna"),
    ("Biuro Projektów i Wdrożeń Systemów Bezpieczeństwa", "PROSAFE Nowak spółka komandytowa"),
    ("Zakłady Elektroniki i Automatyki Przemysłowej ZEAP", "Spółka Akcyjna w Gliwicach"),
)
PEOPLE = ("Tomasz Wróbel", "Agnieszka Pietrzyk", "Marcin Kubica", "Beata Sośnierz", "Rafał Gajda", "Iwona Mazur")

# name, unit, (low, high) unit net price, rate, code
HW = (
    ("Komputer All-in-One Lenovo IdeaCentre AIO 3 24 i5 16 GB 512 GB", "szt.", (2900, 3600), "23", "LN-AIO3"),
    ("Notebook ASUS ExpertBook B1 B1502 i5 16 GB 512 GB W11 Pro", "szt.", (3000, 3800), "23", "AS-B15"),
    ("Serwer NAS Synology DS923+ z 4 dyskami 4 TB", "kpl.", (5200, 6900), "23", "SY-923"),
    ("Punkt dostępowy Ubiquiti UniFi U6 Pro", "szt.", (690, 890), "23", "UB-U6P"),
    ("Przełącznik PoE TP-Link Omada SG3428MP", "szt.", (1500, 1950), "23", "TP-3428"),
    ("Urządzenie UTM Sophos XGS 107", "szt.", (3400, 4300), "23", "SO-107"),
    ("Tablet Samsung Galaxy Tab A9+ 11 LTE", "szt.", (950, 1250), "23", "SM-A9"),
    ("Skaner dokumentów Fujitsu fi-8170", "szt.", (4100, 4900), "23", "FU-8170"),
)
SOFT = (
    ("Licencja ESET PROTECT Entry – 1 rok (stanowisko)", "lic.", (120, 180), "23", "ES-PE"),
    ("Licencja Windows Server 2025 Standard 16 rdzeni", "lic.", (3900, 4700), "23", "MS-WS25"),
    ("Oprogramowanie do kopii zapasowych Acronis Backup Advanced", "lic.", (1600, 2400), "23", "AC-BA"),
)
SERVICES = (
    ("Audyt bezpieczeństwa sieci urzędu wraz z raportem", "usł.", (6500, 12000), "23", "U-AUD"),
    ("Instalacja i konfiguracja sieci bezprzewodowej w budynku", "usł.", (2400, 4800), "23", "U-WIFI"),
    ("Szkolenie pracowników z cyberhigieny (grupa do 15 osób)", "usł.", (1900, 3200), "23", "U-SZK"),
)
HOURS = (
    ("Diagnostyka i naprawa stacji roboczych", "godz.", (110, 160), "23", "H-DIAG"),
    ("Rekonfiguracja serwera plików i uprawnień", "godz.", (140, 190), "23", "H-SRV"),
)
# long descriptions of a distributor, each with a part number and an EAN printed in the same cell
DISTRIB = (
    (
        'Notebook Lenovo ThinkPad E16 Gen 2 16" WUXGA IPS AMD Ryzen 5 7535HS 16 GB DDR5 512 GB SSD M.2 PCIe '
        "Windows 11 Pro 3 lata gwarancji on-site",
        "szt.",
        (3300, 4100),
        "23",
        "21M5002XPB",
    ),
    (
        'Monitor Dell P2425H 23,8" IPS Full HD 100 Hz regulacja wysokości pivot HDMI DisplayPort USB-C '
        "gwarancja Advanced Exchange 3 lata",
        "szt.",
        (620, 840),
        "23",
        "210-BMHG",
    ),
    (
        "Stacja dokująca HP USB-C Dock G5 zasilacz 120 W obsługa dwóch monitorów 4K port RJ45 "
        "kompatybilna z notebookami innych producentów",
        "szt.",
        (640, 890),
        "23",
        "5TW10AA",
    ),
    (
        "Dysk SSD Samsung 990 PRO 1 TB M.2 2280 PCIe 4.0 NVMe odczyt do 7450 MB/s zapis do 6900 MB/s",
        "szt.",
        (390, 520),
        "23",
        "MZ-V9P1T0BW",
    ),
    (
        "Zasilacz awaryjny APC Smart-UPS SMT1500RMI2UC 1500 VA 1000 W rack 2U z kartą SmartConnect "
        "i szynami montażowymi",
        "szt.",
        (4200, 5300),
        "23",
        "SMT1500RMI2UC",
    ),
    (
        "Drukarka laserowa Brother HL-L5210DN mono A4 48 str./min dupleks sieć LAN toner startowy 3000 stron",
        "szt.",
        (1100, 1450),
        "23",
        "HLL5210DNRE1",
    ),
)
# telecom / leasing lines billed for a period
PERIODIC = (
    ("Abonament Internet światłowodowy 1 Gb/s z publiczną pulą adresów IP", "m-c", (390, 790), "23", "T-FTTH"),
    ("Usługa transmisji danych MPLS – łącze zapasowe do serwerowni", "m-c", (450, 980), "23", "T-MPLS"),
    ("Dzierżawa urządzenia UTM wraz z serwisem (umowa najmu)", "m-c", (290, 520), "23", "T-UTM"),
    ("Opłata leasingowa – zestaw komputerowy (umowa operacyjna)", "m-c", (180, 420), "23", "T-LEAS"),
    ("Telefonia VoIP – pakiet 20 numerów wewnętrznych", "m-c", (160, 340), "23", "T-VOIP"),
)
BOOKS = (
    ("Lektury szkolne – zestaw dla klas IV–VI (20 tytułów)", "kpl.", (380, 620), "5", "K-LEK"),
    ("Podręcznik do informatyki dla klasy VII", "szt.", (35, 49), "5", "K-INF7"),
    ("Atlas geograficzny Polski i świata dla szkoły podstawowej", "szt.", (42, 68), "5", "K-ATL"),
)
CLASSROOM = (
    ('Monitor interaktywny 65" 4K z systemem Android', "szt.", (6900, 8900), "23", "M-INT65"),
    ("Wizualizer do lekcji zdalnych USB 8 Mpx", "szt.", (590, 890), "23", "W-8MP"),
    ("Zestaw robotów edukacyjnych do nauki programowania", "kpl.", (1400, 2600), "23", "R-EDU"),
)
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
LOCATIONS = (
    "Budynek A, pok. 12 (sekretariat)",
    "Budynek A, serwerownia, szafa R1",
    "Budynek B, pok. 104 (USC)",
    "Budynek B, korytarz II piętro",
    "Biblioteka, parter",
    "Sala sesyjna",
)


def gmina(rng: random.Random) -> tuple[Party, tuple[str, ...]]:
    j = rng.choice(TERC_JST)
    return Party(f"Gmina {j[1]}", rng.choice(JST_STREETS), f"{j[3]} {j[1]}", make_nip(rng)), j


def seller_of(rng: random.Random, name: str) -> Party:
    return Party(name, rng.choice(SELLER_STREETS), rng.choice(SELLER_CITIES), make_nip(rng))


def pick(rng: random.Random, pool: Sequence[tuple[Any, ...]], lo: int, hi: int, **kw: Any) -> list[Item]:
    return [line(rng, e, **kw) for e in rng.sample(list(pool), rng.randint(lo, hi))]


def dash(d: date) -> str:
    """'05-11-2026'."""
    return f"{d.day:02d}-{d.month:02d}-{d.year}"


def roman(d: date) -> str:
    """'5 XI 2026'."""
    return f"{d.day} {ROMAN[d.month - 1]} {d.year}"


def ymd(d: date) -> str:
    """'2026.11.05'."""
    return f"{d.year}.{d.month:02d}.{d.day:02d}"


def dotm(x: Decimal) -> str:
    """'12.345,67'."""
    return amt(x, ".", ",")


def serial(rng: random.Random) -> str:
    return rng.choice(("SN", "S1", "PF", "CN", "7Q")) + "".join(
        rng.choice("0123456789ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(9)
    )


def cell_table(
    p: Pdf,
    x: float,
    y: float,
    cols: Sequence[Col],
    rows: Sequence[Sequence[str | list[tuple[str, str, float]]]],
    *,
    size: float = 7.6,
    head_fill: float = 0.88,
) -> float:
    """A gridded table whose cells are a string (wrapped) or a list of (text, font, size) lines, each wrapped."""
    pad, total = 1.2, sum(c.width for c in cols)
    hl = [wrap(c.title, "Sans-Bold", size, c.width - 2 * pad) for c in cols]
    h = max(len(v) for v in hl) * size * 0.42 + 2 * pad
    p.rect(x, y, total, h, 0.4, fill=head_fill)
    cx = x
    for c, lines in zip(cols, hl, strict=True):
        yy = y + pad + size * 0.35
        for ln in lines:
            p.text(cx + c.width / 2, yy, ln, size, "Sans-Bold", "c")
            yy += size * 0.42
        cx += c.width
    y += h
    for row in rows:
        cells: list[list[tuple[str, str, float]]] = []
        for c, v in zip(cols, row, strict=True):
            parts = [(v, "Sans", size)] if isinstance(v, str) else v
            out: list[tuple[str, str, float]] = []
            for text, font, sz in parts:
                out += [(ln, font, sz) for ln in wrap(text, font, sz, c.width - 2 * pad)]
            cells.append(out)
        h = max(sum(sz * 0.44 for _t, _f, sz in cell) for cell in cells) + 2 * pad
        p.rect(x, y, total, h, 0.4)
        cx = x
        for c, cell in zip(cols, cells, strict=True):
            if cx > x:
                p.vline(cx, y, y + h, 0.4)
            yy = y + pad + size * 0.35
            for text, font, sz in cell:
                tx = cx + pad if c.align == "l" else (cx + c.width - pad if c.align == "r" else cx + c.width / 2)
                p.text(tx, yy, text, sz, font, c.align)
                yy += sz * 0.44
            cx += c.width
        y += h
    return y


def three_signatures(p: Pdf, y: float, roles: Sequence[str], names: Sequence[str]) -> float:
    w = (p.w - 28) / 3
    for k, (role, name) in enumerate(zip(roles, names, strict=True)):
        cx = 14 + w * k + w / 2
        p.text(cx, y, name, 8, "Sans", "c")
        p.hline(cx - w / 2 + 5, cx + w / 2 - 5, y + 12, 0.3)
        p.text(cx, y + 15.5, role, 7, "Sans", "c")
        p.text(cx, y + 19, "(data i podpis)", 6.5, "Sans-Italic", "c")
    return y + 24


def rate_rows_fmt(doc: Doc, fmt: Any, items: Any = None, total: str = "Razem") -> list[list[str]]:
    summ = doc.rate_summary(items)
    rows = [[rate_label(r), fmt(n), fmt(v), fmt(g)] for r, n, v, g in summ]
    tn, tv, tg = doc.totals(items)
    return [*rows, [total, fmt(tn), fmt(tv), fmt(tg)]]


RATE_COLS = [Col("Stawka", 18, "c"), Col("Netto", 26, "r"), Col("VAT", 24, "r"), Col("Brutto", 26, "r")]


def std_row(k: int, it: Item, fmt: Any = money) -> list[str]:
    return [
        str(k),
        it.name,
        qty_fmt(it.qty),
        it.unit,
        fmt(it.unit_price or Decimal(0)),
        fmt(it.net or Decimal(0)),
        rate_label(it.vat_rate),
        fmt(it.vat or Decimal(0)),
        fmt(it.gross or Decimal(0)),
    ]


def std_cols(name_w: float = 68) -> list[Col]:
    return [
        Col("Lp.", 8, "c"),
        Col("Nazwa towaru lub usługi", name_w),
        Col("Ilość", 12, "r"),
        Col("J.m.", 10, "c"),
        Col("Cena netto", 19, "r"),
        Col("Wartość netto", 21, "r"),
        Col("VAT", 9, "c"),
        Col("Kwota VAT", 17, "r"),
        Col("Wartość brutto", 21, "r"),
    ]


# --------------------------------------------------------------------------------------------------
# Families of half a (even positions of the sorted names)


def fam_advance_zaliczkowa_order_prose_line(rng: random.Random) -> Sample:
    """'FAKTURA ZALICZKOWA': the order is described in a prose paragraph (goods, quantities, its gross value); the one
    table line is the advance received ('Zaliczka na poczet …'); 'Otrzymana zaliczka' and the date it was paid; the
    amounts of the document are those of the advance, not of the order."""
    s = seller_of(rng, rng.choice(SELLERS))
    b, _j = gmina(rng)
    order = pick(rng, HW, 2, 3) + pick(rng, SOFT, 1, 1)
    order_no = f"ZAM/{rng.randint(10, 99)}/2026"
    order_net = sum((i.net or Decimal(0) for i in order), Decimal(0))
    order_gross = sum((i.gross or Decimal(0) for i in order), Decimal(0))
    share = Decimal(rng.choice(("0.30", "0.40", "0.50")))
    adv_net = q2(order_net * share)
    name = f"Zaliczka na poczet dostawy sprzętu i oprogramowania wg zamówienia {order_no}"
    adv = line(rng, (name, "usł.", (0, 0), "23", "ZAL"), qty=1, price=adv_net)
    doc = mk(rng, f"FZ/{rng.randint(1, 60)}/{{MM}}/2026", [adv], seller=s, buyer=b)
    paid = doc.issue_date - timedelta(days=rng.randint(0, 3))
    doc = replace(doc, sale_date=None)  # the page prints the day the advance was paid, not a sale date
    p = Pdf()
    p.text(14, 18, "FAKTURA ZALICZKOWA", 15, "Sans-Bold")
    p.text(14, 24, f"nr {doc.number}", 10, "Sans-Bold")
    p.lines(
        p.w - 14,
        15,
        [
            f"Miejsce wystawienia: {doc.place}",
            f"Data wystawienia: {doc.issue_date.strftime('%d.%m.%Y')}",
            f"Data otrzymania zaliczki: {paid.strftime('%d.%m.%Y')}",
        ],
        8,
        align="r",
        lead=4.2,
    )
    y = max(
        block(p, 14, 36, "Sprzedawca", [s.name, s.street, s.city, f"NIP: {s.nip}"]),
        block(p, 108, 36, "Nabywca", [b.name, b.street, b.city, f"NIP: {b.nip}"]),
    )
    goods = "; ".join(f"{i.name} ({qty_fmt(i.qty)} {i.unit})" for i in order)
    para = (
        f"Dotyczy zamówienia {order_no} na dostawę: {goods}. Wartość zamówienia brutto: {money(order_gross)} zł. "
        f"Zaliczka stanowi {int(share * 100)}% wartości netto zamówienia."
    )
    y = p.lines(14, y + 6, wrap(para, "Sans", 7.8, 182), 7.8, lead=3.7)
    y = table(p, 14, y + 4, std_cols(), [std_row(1, adv)], TableStyle(7.4, head_fill=0.9))
    y = table(p, p.w - 108, y + 5, RATE_COLS, rate_rows_fmt(doc, money), TableStyle(7.6, head_fill=0.9))
    gross = doc.totals()[2]
    p.text(p.w - 14, y + 8, f"Otrzymana zaliczka: {money(gross)} zł", 11, "Sans-Bold", "r")
    p.text(p.w - 14, y + 13, f"Słownie: {words_pln(gross)}", 7.4, "Sans", "r")
    p.text(14, y + 20, f"Zaliczkę wpłacono przelewem na rachunek {iban(doc.bank)}", 7.6)
    return Sample(p.bytes(), (doc,))


def fam_correction_wide_row_before_after_ymd(rng: random.Random) -> Sample:
    """A correction in ONE wide table: each item is one row with 'Ilość przed' / 'Ilość po', 'Cena przed' / 'Cena po',
    'Netto przed' / 'Netto po', 'Różnica netto', 'Różnica VAT'; dates '2026.11.05'; a difference summary per rate
    and 'Kwota korekty'; landscape page."""
    s = seller_of(rng, rng.choice(SELLERS))
    b, _j = gmina(rng)
    base = pick(rng, HW, 1, 2) + pick(rng, SOFT, 1, 1)
    for k, it in enumerate(base):
        if it.qty < 2:
            base[k] = line(rng, (it.name, it.unit, (0, 0), "23", it.codes[0]), qty=3, price=it.unit_price)
    before, after = correction_pair(rng, base)
    doc = mk(
        rng,
        f"FK/{rng.randint(1, 90):03d}/2026",
        [*before, *after],
        seller=s,
        buyer=b,
        kind="correction",
        corrected_number=f"FV/{rng.randint(100, 900)}/2026",
        reason="rabat posprzedażowy i zwrot części towaru",
    )
    corr_d = doc.issue_date - timedelta(days=rng.randint(12, 40))
    doc = replace(doc, corrected_date=corr_d, sale_date=None)
    p = Pdf(land=True)
    p.text(14, 16, "FAKTURA KORYGUJĄCA", 15, "Sans-Bold")
    p.text(14, 22, f"Nr {doc.number}", 10, "Sans-Bold")
    p.lines(
        p.w - 14,
        14,
        [
            f"Data wystawienia: {ymd(doc.issue_date)}",
            f"Do faktury nr {doc.corrected_number} z dnia {ymd(corr_d)}",
            f"Przyczyna: {doc.reason}",
        ],
        8,
        align="r",
        lead=4.2,
    )
    y = max(
        block(p, 14, 32, "Sprzedawca", [s.name, f"{s.street}, {s.city}", f"NIP {s.nip}"], w=120),
        block(p, 150, 32, "Nabywca", [b.name, f"{b.street}, {b.city}", f"NIP {b.nip}"], w=120),
    )
    cols = [
        Col("Lp.", 8, "c"),
        Col("Nazwa", 66),
        Col("J.m.", 10, "c"),
        Col("Ilość przed", 15, "r"),
        Col("Ilość po", 13, "r"),
        Col("Cena przed", 20, "r"),
        Col("Cena po", 20, "r"),
        Col("Netto przed", 22, "r"),
        Col("Netto po", 22, "r"),
        Col("VAT", 9, "c"),
        Col("Różnica netto", 21, "r"),
        Col("Różnica VAT", 21, "r"),
    ]
    rows = []
    for k, (o, n) in enumerate(zip(before, after, strict=True), 1):
        rows.append(
            [
                str(k),
                o.name,
                o.unit,
                qty_fmt(o.qty),
                qty_fmt(n.qty),
                money(o.unit_price or 0),
                money(n.unit_price or 0),
                money(o.net or 0),
                money(n.net or 0),
                rate_label(o.vat_rate),
                money((n.net or Decimal(0)) - (o.net or Decimal(0))),
                money((n.vat or Decimal(0)) - (o.vat or Decimal(0))),
            ]
        )
    y = table(p, 14, y + 6, cols, rows, TableStyle(7.2, head_fill=0.9))
    summ = diff_summary(doc, after, before)
    srows = [[rate_label(r), money(n), money(v), money(g)] for r, n, v, g in summ]
    tn = sum((t[1] for t in summ), Decimal(0))
    tv = sum((t[2] for t in summ), Decimal(0))
    tg = sum((t[3] for t in summ), Decimal(0))
    srows.append(["Razem korekta", money(tn), money(tv), money(tg)])
    y = table(p, p.w - 120, y + 5, [Col("Stawka", 26, "c"), *RATE_COLS[1:]], srows, TableStyle(7.6, head_fill=0.9))
    p.text(p.w - 14, y + 8, f"Kwota korekty do zwrotu: {money(-tg)} zł", 11, "Sans-Bold", "r")
    return Sample(p.bytes(), (doc,), landscape=True)


def fam_dot_thousands_pln_prefix_totals_box_top(rng: random.Random) -> Sample:
    """Amounts printed '12.345,67' (dot thousands, comma decimals) with 'PLN' BEFORE each total; the totals box
    (netto / VAT / brutto / do zapłaty) stands at the top right ABOVE the item table, beside the parties; dates
    '05.11.2026'."""
    s = seller_of(rng, rng.choice(SELLERS))
    b, _j = gmina(rng)
    items = pick(rng, HW, 2, 4) + pick(rng, SERVICES, 1, 1)
    doc = mk(rng, f"{rng.randint(1, 400)}/FV/{{MM}}/2026", items, seller=s, buyer=b)
    p = Pdf()
    p.text(14, 16, f"Faktura VAT {doc.number}", 14, "Sans-Bold")
    p.text(14, 22, f"wystawiona {doc.issue_date.strftime('%d.%m.%Y')}, {doc.place}", 8)
    p.text(14, 26.5, f"data sprzedaży {doc.sale_date.strftime('%d.%m.%Y')}", 8)
    y = block(p, 14, 36, "Sprzedawca", [s.name, s.street, s.city, f"NIP: {nip_fmt(s.nip, 'dash')}"], w=80)
    y = block(p, 14, y + 4, "Nabywca", [b.name, b.street, b.city, f"NIP: {nip_fmt(b.nip, 'dash')}"], w=80)
    net, vat, gross = doc.totals()
    p.rect(p.w - 92, 34, 78, 40, 0.8)
    p.text(p.w - 89, 40, "PODSUMOWANIE", 8.5, "Sans-Bold")
    for k, (lab, val) in enumerate((("Wartość netto", net), ("Kwota VAT", vat), ("Wartość brutto", gross))):
        p.text(p.w - 89, 47 + k * 5.5, lab, 8)
        p.text(p.w - 17, 47 + k * 5.5, f"PLN {dotm(val)}", 8.5, "Sans", "r")
    p.hline(p.w - 92, p.w - 14, 62, 0.5)
    p.text(p.w - 89, 68, "Do zapłaty", 9.5, "Sans-Bold")
    p.text(p.w - 17, 68, f"PLN {dotm(gross)}", 11, "Sans-Bold", "r")
    p.text(
        p.w - 14,
        79,
        f"termin: {(doc.issue_date + timedelta(days=doc.due_days)).strftime('%d.%m.%Y')}",
        7.6,
        "Sans",
        "r",
    )
    y = max(y, 84)
    y = table(
        p,
        12,
        y + 4,
        std_cols(70),
        [std_row(k, it, dotm) for k, it in enumerate(items, 1)],
        TableStyle(7.2, rules=True, grid=False),
    )
    y = table(p, p.w - 108, y + 5, RATE_COLS, rate_rows_fmt(doc, dotm), TableStyle(7.4, head_fill=0.9))
    p.text(14, y + 6, f"Słownie: {words_pln(gross)}", 7.6)
    p.text(14, y + 11, f"Rachunek: {iban(doc.bank)}", 7.6)
    return Sample(p.bytes(), (doc,))


def fam_gmina_left_szkola_odbiorca_seller_right_two_line(rng: random.Random) -> Sample:
    """The SELLER on the RIGHT with a long legal name over two lines ('… spółka komandytowa' / '… Spółka Akcyjna' on
    the second), the BUYER on the LEFT: a gmina, with 'Odbiorca: Szkoła Podstawowa …' beside it in a third block;
    number 'FA/2026/11/0042'; 'Data dostawy'."""
    first, second = rng.choice(TWO_LINE)
    s = seller_of(rng, f"{first} {second}")
    b, _j = gmina(rng)
    school = f"{rng.choice(SCHOOLS)} im. {rng.choice(PATRONS)}"
    items = pick(rng, CLASSROOM, 1, 2) + pick(rng, HW, 1, 2)
    doc = mk(rng, f"FA/2026/{{MM}}/{rng.randint(1, 300):04d}", items, seller=s, buyer=b)
    p = Pdf()
    p.text(p.w / 2, 15, "FAKTURA", 15, "Sans-Bold", "c")
    p.text(p.w / 2, 21, doc.number, 10, "Sans-Bold", "c")
    p.text(
        p.w / 2,
        26,
        f"Data wystawienia {doc.issue_date.strftime('%d.%m.%Y')}   Data dostawy {doc.sale_date.strftime('%d.%m.%Y')}",
        7.8,
        "Sans",
        "c",
    )
    p.text(14, 36, "Nabywca", 8, "Sans-Bold")
    p.lines(14, 41, [b.name, b.street, b.city, f"NIP {b.nip}"], 8.4, lead=4)
    p.text(14, 60, "Odbiorca", 8, "Sans-Bold")
    p.lines(14, 65, [school, b.street, b.city], 8.4, lead=4)
    p.text(p.w - 14, 36, "Sprzedawca", 8, "Sans-Bold", "r")
    p.lines(p.w - 14, 41, [first, second, s.street, s.city, f"NIP {s.nip}"], 8.4, lead=4, align="r")
    y = table(
        p, 14, 82, std_cols(66), [std_row(k, it) for k, it in enumerate(items, 1)], TableStyle(7.3, head_fill=0.85)
    )
    y = table(p, p.w - 108, y + 5, RATE_COLS, rate_rows_fmt(doc, money), TableStyle(7.6))
    gross = doc.totals()[2]
    p.text(p.w - 14, y + 8, f"Razem do zapłaty: {money(gross)} zł", 11, "Sans-Bold", "r")
    p.text(p.w - 14, y + 13, f"słownie: {words_pln(gross)}", 7.4, "Sans", "r")
    due = doc.issue_date + timedelta(days=doc.due_days)
    p.text(14, y + 20, f"Płatne przelewem do {due.strftime('%d.%m.%Y')} na rachunek {iban(doc.bank)}", 7.6)
    return Sample(p.bytes(), (doc,))


def fam_protocol_commissioning_checklist_dotted_dates(rng: random.Random) -> Sample:
    """'PROTOKÓŁ URUCHOMIENIA I ODBIORU' dated '2026.11.05': the delivered devices as a numbered list with quantities
    ('– 2 szt.'), a checklist of tests with '[X] TAK / [ ] NIE' marks, the contract reference, a conclusion and two
    signatures (Wykonawca / Zamawiający). No amounts."""
    s = seller_of(rng, rng.choice(SELLERS))
    b, _j = gmina(rng)
    items = pick(rng, HW, 2, 4)
    doc = mk(rng, f"PU/{rng.randint(1, 80)}/2026", items, seller=s, buyer=b, kind="protocol", currency=None)
    doc = replace(doc, sale_date=None)
    p = Pdf()
    p.text(p.w / 2, 18, "PROTOKÓŁ URUCHOMIENIA I ODBIORU", 13, "Sans-Bold", "c")
    p.text(p.w / 2, 24, f"nr {doc.number} z dnia {ymd(doc.issue_date)}", 9, "Sans", "c")
    ctr = f"Umowa nr {rng.randint(1, 40)}/ZP/{doc.issue_date.year} z dnia {ymd(doc.issue_date - timedelta(days=45))}"
    y = p.lines(14, 34, [f"Podstawa: {ctr}"], 8.4)
    y = block(p, 14, y + 3, "Wykonawca:", [f"{s.name}, {s.street}, {s.city}", f"NIP {s.nip}"], w=180)
    y = block(p, 14, y + 3, "Zamawiający:", [f"{b.name}, {b.street}, {b.city}", f"NIP {b.nip}"], w=180)
    p.text(14, y + 6, "1. Przedmiot odbioru – dostarczone i uruchomione urządzenia:", 8.6, "Sans-Bold")
    y += 11
    for k, it in enumerate(items, 1):
        for ln in wrap(f"{k}) {it.name} – {qty_fmt(it.qty)} {it.unit}", "Sans", 8.4, 175):
            p.text(20, y, ln, 8.4)
            y += 4
    p.text(14, y + 4, "2. Sprawdzenie:", 8.6, "Sans-Bold")
    y += 9
    for check in (
        "urządzenia kompletne i nieuszkodzone",
        "uruchomienie i test działania przeprowadzone",
        "dokumentacja i karty gwarancyjne przekazane",
    ):
        p.text(20, y, f"{check}:", 8.2)
        p.text(130, y, "[X] TAK    [ ] NIE", 8.2, "Mono")
        y += 4.4
    p.text(14, y + 4, "3. Wynik: odbiór bez zastrzeżeń.", 8.6, "Sans-Bold")
    y += 22
    for x, role in ((50, "Wykonawca"), (p.w - 50, "Zamawiający")):
        p.hline(x - 32, x + 32, y, 0.3)
        p.text(x, y + 4, role, 7.6, "Sans", "c")
    return Sample(p.bytes(), (doc,))


def fam_roman_month_dates_due_14_dni_caps_heads(rng: random.Random) -> Sample:
    """Dates with a Roman month ('5 XI 2026'), the number with a Roman month too ('118/XI/2026'), 'Termin płatności:
    14 dni' and no due date; table heads in capitals ('NAZWA', 'ILOŚĆ', 'CENA JEDN. NETTO'); parties stacked."""
    s = seller_of(rng, rng.choice(SELLERS))
    b, _j = gmina(rng)
    items = pick(rng, SERVICES, 1, 2) + pick(rng, SOFT, 1, 2)
    doc = mk(rng, "{N}/{R}/2026", items, seller=s, buyer=b)
    doc = replace(doc, number=f"{rng.randint(20, 300)}/{ROMAN[doc.issue_date.month - 1]}/2026", due_days=14)
    p = Pdf()
    p.text(14, 18, f"FAKTURA NR {doc.number}", 14, "Serif-Bold")
    p.lines(
        14,
        25,
        [f"Data wystawienia: {roman(doc.issue_date)}", f"Data sprzedaży: {roman(doc.sale_date)}"],
        8.4,
        lead=4.2,
    )
    y = block(p, 14, 38, "SPRZEDAWCA", [s.name, f"{s.street}, {s.city}", f"NIP {nip_fmt(s.nip, 'space')}"], w=180)
    y = block(p, 14, y + 3, "NABYWCA", [b.name, f"{b.street}, {b.city}", f"NIP {nip_fmt(b.nip, 'space')}"], w=180)
    cols = [
        Col("LP", 8, "c"),
        Col("NAZWA", 70),
        Col("ILOŚĆ", 12, "r"),
        Col("JM", 10, "c"),
        Col("CENA JEDN. NETTO", 20, "r"),
        Col("NETTO", 21, "r"),
        Col("VAT %", 10, "c"),
        Col("VAT", 16, "r"),
        Col("BRUTTO", 21, "r"),
    ]
    y = table(p, 12, y + 6, cols, [std_row(k, it) for k, it in enumerate(items, 1)], TableStyle(7.3, head_fill=0.9))
    y = table(p, p.w - 108, y + 5, RATE_COLS, rate_rows_fmt(doc, money, total="RAZEM"), TableStyle(7.6))
    gross = doc.totals()[2]
    p.text(p.w - 14, y + 8, f"DO ZAPŁATY: {money(gross)} PLN", 11, "Sans-Bold", "r")
    p.lines(
        14,
        y + 14,
        [f"Słownie: {words_pln(gross)}", "Termin płatności: 14 dni", f"Przelew na konto: {iban(doc.bank)}"],
        7.8,
        lead=4,
    )
    return Sample(p.bytes(), (doc,))


def fam_service_work_card_grid_decimal_hours(rng: random.Random) -> Sample:
    """A service invoice headed by a 'KARTA PRACY SERWISU' grid (technician, visit date '05-11-2026', ticket number,
    hours from–to) above the invoice proper; lines in hours with decimal commas ('2,5 godz.'), a travel line in 'km',
    and parts; dates '05-11-2026'."""
    s = seller_of(rng, rng.choice(SELLERS))
    b, _j = gmina(rng)
    hours = [line(rng, e, qty=Decimal(rng.choice(("1.5", "2.5", "3.25", "0.75", "4.5")))) for e in HOURS]
    km = line(rng, ("Dojazd serwisanta do siedziby klienta", "km", (1, 2), "23", "KM"), qty=rng.randint(18, 64))
    parts = pick(rng, HW[3:5], 0, 1)
    items = [*hours, km, *parts]
    doc = mk(rng, f"FS/{rng.randint(100, 999)}/{{MM}}/26", items, seller=s, buyer=b)
    visit = doc.sale_date
    p = Pdf()
    p.text(14, 15, "KARTA PRACY SERWISU", 9, "Sans-Bold")
    grid = [
        ["Zgłoszenie", f"ZGL-{rng.randint(1000, 9999)}", "Serwisant", rng.choice(PEOPLE)],
        ["Data wizyty", dash(visit), "Godziny", f"{rng.randint(7, 10)}:00–{rng.randint(13, 16)}:30"],
    ]
    y = table(p, 14, 17, [Col("", 30), Col("", 60), Col("", 30), Col("", 62)], grid, TableStyle(7.6, head_size=1))
    p.text(14, y + 10, f"FAKTURA VAT nr {doc.number}", 13, "Sans-Bold")
    p.text(p.w - 14, y + 10, f"{doc.place}, {dash(doc.issue_date)}", 8.4, "Sans", "r")
    p.text(p.w - 14, y + 14.5, f"data wykonania usługi: {dash(doc.sale_date)}", 7.8, "Sans", "r")
    y = max(
        block(p, 14, y + 22, "Sprzedawca", [s.name, s.street, s.city, f"NIP: {s.nip}"]),
        block(p, 108, y + 22, "Nabywca", [b.name, b.street, b.city, f"NIP: {b.nip}"]),
    )
    y = table(
        p, 12, y + 6, std_cols(70), [std_row(k, it) for k, it in enumerate(items, 1)], TableStyle(7.3, head_fill=0.9)
    )
    y = table(p, p.w - 108, y + 5, RATE_COLS, rate_rows_fmt(doc, money), TableStyle(7.6))
    gross = doc.totals()[2]
    p.text(p.w - 14, y + 8, f"Do zapłaty: {money(gross)} zł", 11, "Sans-Bold", "r")
    p.text(p.w - 14, y + 13, f"Słownie: {words_pln(gross)}", 7.4, "Sans", "r")
    due = doc.issue_date + timedelta(days=doc.due_days)
    p.text(14, y + 20, f"Termin zapłaty: {dash(due)}, przelew: {iban(doc.bank)}", 7.6)
    return Sample(p.bytes(), (doc,))


def fam_telecom_lease_period_column_dash_dates(rng: random.Random) -> Sample:
    """A telecom/leasing invoice: every line carries its own service period in an 'Okres usługi' column
    ('01-11-2026 – 30-11-2026'), the units 'm-c'; 'Numer klienta' and 'Numer umowy' beside the number; dates
    '05-11-2026'; no single sale date (the sale date is not scored)."""
    s = seller_of(rng, rng.choice(TELCOS))
    b, _j = gmina(rng)
    items = [line(rng, e, qty=1) for e in rng.sample(PERIODIC, rng.randint(2, 4))]
    doc = mk(rng, f"T/{rng.randint(10**6, 10**7 - 1)}/26", items, seller=s, buyer=b)
    doc = replace(doc, sale_date=None)
    first = date(doc.issue_date.year, doc.issue_date.month, 1)
    end = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    p = Pdf()
    p.text(14, 17, s.name, 11, "Sans-Bold")
    p.text(14, 22, f"{s.street}, {s.city} · NIP {s.nip}", 7.6)
    p.text(p.w - 14, 16, "Faktura VAT", 13, "Sans-Bold", "r")
    p.lines(
        p.w - 14,
        22,
        [
            f"Numer: {doc.number}",
            f"Numer klienta: {rng.randint(100000, 999999)}",
            f"Numer umowy: U/{rng.randint(100, 999)}/{doc.issue_date.year - rng.randint(1, 3)}",
            f"Data wystawienia: {dash(doc.issue_date)}",
        ],
        8,
        align="r",
        lead=4.2,
    )
    y = block(p, 14, 34, "Nabywca", [b.name, b.street, b.city, f"NIP: {b.nip}"])
    cols = [
        Col("Lp.", 8, "c"),
        Col("Usługa", 62),
        Col("Okres usługi", 36, "c"),
        Col("Ilość", 10, "r"),
        Col("J.m.", 9, "c"),
        Col("Netto", 20, "r"),
        Col("VAT", 9, "c"),
        Col("Kwota VAT", 16, "r"),
        Col("Brutto", 20, "r"),
    ]
    rows = [
        [
            str(k),
            it.name,
            f"{dash(first)} – {dash(end)}",
            qty_fmt(it.qty),
            it.unit,
            money(it.net or 0),
            rate_label(it.vat_rate),
            money(it.vat or 0),
            money(it.gross or 0),
        ]
        for k, it in enumerate(items, 1)
    ]
    y = table(p, 12, y + 8, cols, rows, TableStyle(7.3, rules=True, grid=False, head_fill=0.92))
    y = table(p, p.w - 108, y + 5, RATE_COLS, rate_rows_fmt(doc, money), TableStyle(7.6))
    gross = doc.totals()[2]
    due = doc.issue_date + timedelta(days=doc.due_days)
    p.rect(14, y + 4, 182, 14, 0.6)
    p.text(18, y + 12.5, f"Kwota do zapłaty: {money(gross)} zł", 11, "Sans-Bold")
    p.text(p.w - 18, y + 12.5, f"Termin płatności: {dash(due)}", 9, "Sans", "r")
    p.text(14, y + 24, f"Indywidualny rachunek do wpłat: {iban(doc.bank)}", 7.6)
    return Sample(p.bytes(), (doc,))


# --------------------------------------------------------------------------------------------------
# Families of half b (odd positions of the sorted names)


def fam_correction_quantity_one_line_przyczyna(rng: random.Random) -> Sample:
    """A correction of ONE line reducing its quantity (returned units): three rows 'Przed korektą' / 'Po korekcie' /
    'Różnica' for the same item, 'Przyczyna korekty: …' in its own box, the corrected invoice's number and date, and
    'Kwota do zwrotu'; dates '05-11-2026'."""
    s = seller_of(rng, rng.choice(SELLERS))
    b, _j = gmina(rng)
    entry = rng.choice(HW)
    q = rng.randint(3, 10)
    old = replace(line(rng, entry, qty=q), before_correction=True)
    new = line(rng, entry, qty=q - rng.randint(1, 2), price=old.unit_price)
    returned = old.qty - new.qty
    doc = mk(
        rng,
        f"KOR/{rng.randint(1, 99):02d}/{{MM}}/2026",
        [old, new],
        seller=s,
        buyer=b,
        kind="correction",
        corrected_number=f"FV/{rng.randint(100, 900)}/{{MM}}/2026",
        reason=f"zwrot {qty_fmt(returned)} {old.unit} – towar niezgodny z zamówieniem",
    )
    corr_d = doc.issue_date - timedelta(days=rng.randint(8, 30))
    doc = replace(
        doc,
        sale_date=None,
        corrected_date=corr_d,
        corrected_number=f"FV/{rng.randint(100, 900)}/{corr_d.month:02d}/2026",
    )
    p = Pdf()
    p.text(14, 17, "FAKTURA KORYGUJĄCA", 14, "Sans-Bold")
    p.text(14, 23, f"nr {doc.number}", 10, "Sans-Bold")
    p.lines(
        p.w - 14,
        15,
        [f"Data wystawienia: {dash(doc.issue_date)}", f"Miejsce: {doc.place}"],
        8,
        align="r",
        lead=4.2,
    )
    p.text(14, 30, f"Korekta faktury nr {doc.corrected_number} z dnia {dash(corr_d)}", 8.4)
    y = max(
        block(p, 14, 38, "Sprzedawca", [s.name, s.street, s.city, f"NIP: {s.nip}"]),
        block(p, 108, 38, "Nabywca", [b.name, b.street, b.city, f"NIP: {b.nip}"]),
    )
    cols = [
        Col("", 24),
        Col("Nazwa", 58),
        Col("Ilość", 12, "r"),
        Col("J.m.", 10, "c"),
        Col("Cena netto", 19, "r"),
        Col("Netto", 20, "r"),
        Col("VAT", 9, "c"),
        Col("Kwota VAT", 16, "r"),
        Col("Brutto", 20, "r"),
    ]

    def r(lab: str, it: Item) -> list[str]:
        return [lab, *std_row(0, it)[1:]]

    dn, dv, dg = (
        (new.net or Decimal(0)) - (old.net or 0),
        (new.vat or Decimal(0)) - (old.vat or 0),
        (new.gross or Decimal(0)) - (old.gross or 0),
    )
    rows = [
        r("Przed korektą", old),
        r("Po korekcie", new),
        [
            "Różnica",
            "",
            "-" + qty_fmt(returned),
            old.unit,
            "",
            money(dn),
            rate_label(old.vat_rate),
            money(dv),
            money(dg),
        ],
    ]
    y = table(p, 12, y + 6, cols, rows, TableStyle(7.4, head_fill=0.9))
    p.rect(14, y + 4, 182, 10, 0.6)
    p.text(17, y + 10.5, f"Przyczyna korekty: {doc.reason}", 8.4)
    net, vat, gross = doc.totals(doc.after_items)
    n0, v0, g0 = doc.totals(doc.before_items)
    y = p.lines(
        p.w - 14,
        y + 22,
        [f"Korekta netto: {money(net - n0)} zł", f"Korekta VAT: {money(vat - v0)} zł"],
        8.4,
        lead=4.4,
        align="r",
    )
    p.text(p.w - 14, y + 3, f"Kwota do zwrotu: {money(g0 - gross)} zł", 11, "Sans-Bold", "r")
    return Sample(p.bytes(), (doc,))


def fam_distributor_wrapped_pn_ean_same_cell(rng: random.Random) -> Sample:
    """A big IT distributor's invoice: long item descriptions wrapped over two or three lines in a narrow column,
    with 'P/N: …' and 'EAN: …' on smaller lines in the SAME cell (not part of the name); a warehouse and order block;
    NIP with the 'PL' prefix; dates '05.11.2026'."""
    s = seller_of(rng, rng.choice(DISTRIBUTORS))
    b, _j = gmina(rng)
    ents = rng.sample(DISTRIB, rng.randint(3, 5))
    items = [line(rng, e, qty=rng.choice((1, 2, 3, 5, 10))) for e in ents]
    doc = mk(rng, f"FV{rng.randint(10, 99)}/{rng.randint(100000, 999999)}", items, seller=s, buyer=b)
    p = Pdf()
    p.rect(0, 0, p.w, 26, 0, fill=0.2)
    p.c.setFillGray(1)
    brand = next((w for w in s.name.split() if w.isupper() and len(w) > 3), s.name.split()[0])
    p.text(14, 12, brand, 16, "Sans-Bold")
    p.text(14, 19, "dystrybucja IT · B2B", 8, "Sans")
    p.text(p.w - 14, 12, "FAKTURA VAT", 13, "Sans-Bold", "r")
    p.text(p.w - 14, 19, doc.number, 10, "Sans-Bold", "r")
    p.c.setFillGray(0)
    p.lines(
        14,
        33,
        [
            f"Data wystawienia: {doc.issue_date.strftime('%d.%m.%Y')}",
            f"Data sprzedaży: {doc.sale_date.strftime('%d.%m.%Y')}",
            f"Magazyn: {rng.choice(('Gliwice', 'Sosnowiec', 'Katowice'))}-{rng.randint(1, 4)}",
            f"Zamówienie klienta: {rng.randint(10000, 99999)}/{doc.issue_date.year}",
        ],
        7.8,
        lead=4,
    )
    y = max(
        block(p, 14, 54, "Sprzedawca", [s.name, s.street, s.city, f"NIP: PL{s.nip}"]),
        block(p, 108, 54, "Nabywca", [b.name, b.street, b.city, f"NIP: {b.nip}"]),
    )
    cols = [
        Col("Lp.", 7, "c"),
        Col("Opis towaru", 62),
        Col("Ilość", 11, "r"),
        Col("J.m.", 9, "c"),
        Col("Cena netto", 19, "r"),
        Col("Wartość netto", 21, "r"),
        Col("VAT", 9, "c"),
        Col("Kwota VAT", 18, "r"),
        Col("Wartość brutto", 21, "r"),
    ]
    rows: list[list[str | list[tuple[str, str, float]]]] = []
    for k, (it, e) in enumerate(zip(items, ents, strict=True), 1):
        ean = "590" + "".join(str(rng.randint(0, 9)) for _ in range(10))
        desc = [(it.name, "Sans", 7.2), (f"P/N: {e[4]}", "Sans", 6.2), (f"EAN: {ean}", "Sans", 6.2)]
        rows.append([str(k), desc, *std_row(k, it)[2:]])
    y = cell_table(p, 12, y + 6, cols, rows, size=7.2)
    y = table(p, p.w - 108, y + 5, RATE_COLS, rate_rows_fmt(doc, money), TableStyle(7.6))
    gross = doc.totals()[2]
    p.text(p.w - 14, y + 8, f"Do zapłaty: {money(gross)} PLN", 11, "Sans-Bold", "r")
    p.text(p.w - 14, y + 13, f"Słownie: {words_pln(gross)}", 7.4, "Sans", "r")
    due = doc.issue_date + timedelta(days=doc.due_days)
    p.text(14, y + 20, f"Termin płatności: {due.strftime('%d.%m.%Y')} · {iban(doc.bank)}", 7.6)
    return Sample(p.bytes(), (doc,))


def fam_final_rozliczajaca_advance_deducted_row(rng: random.Random) -> Sample:
    """'FAKTURA ROZLICZAJĄCA (KOŃCOWA)': the whole order in the table, a row 'Wartość zamówienia razem', then ONE row
    'Pomniejszenie o zaliczkę – faktura FZ/… z dnia …' with negative net, VAT and gross, then the per-rate summary of
    what this document charges and 'Pozostało do zapłaty'."""
    s = seller_of(rng, rng.choice(SELLERS))
    b, _j = gmina(rng)
    items = pick(rng, HW, 2, 3) + pick(rng, SOFT, 1, 1)
    order_net = sum((i.net or Decimal(0) for i in items), Decimal(0))
    adv_net = q2(order_net * Decimal(rng.choice(("0.30", "0.40", "0.50"))))
    adv_vat = q2(adv_net * Decimal("0.23"))
    advance = (adv_net, adv_vat, adv_net + adv_vat)
    doc = mk(rng, f"FR/{rng.randint(1, 60)}/{{MM}}/2026", items, seller=s, buyer=b, cls=FinalDoc, advances=(advance,))
    adv_d = doc.issue_date - timedelta(days=rng.randint(30, 60))
    adv_no = f"FZ/{rng.randint(1, 60)}/{adv_d.month:02d}/{adv_d.year}"
    p = Pdf()
    p.text(14, 18, "FAKTURA ROZLICZAJĄCA (KOŃCOWA)", 14, "Sans-Bold")
    p.text(14, 24, f"Nr {doc.number}", 10, "Sans-Bold")
    p.lines(
        p.w - 14,
        15,
        [
            f"Data wystawienia: {doc.issue_date.strftime('%d.%m.%Y')}",
            f"Data dostawy: {doc.sale_date.strftime('%d.%m.%Y')}",
        ],
        8,
        align="r",
        lead=4.2,
    )
    y = max(
        block(p, 14, 34, "Sprzedawca", [s.name, s.street, s.city, f"NIP: {s.nip}"]),
        block(p, 108, 34, "Nabywca", [b.name, b.street, b.city, f"NIP: {b.nip}"]),
    )
    rows = [std_row(k, it) for k, it in enumerate(items, 1)]
    og = sum((i.gross or Decimal(0) for i in items), Decimal(0))
    ov = sum((i.vat or Decimal(0)) for i in items)
    rows.append(["", "Wartość zamówienia razem", "", "", "", money(order_net), "", money(ov), money(og)])
    rows.append(
        [
            "",
            f"Pomniejszenie o zaliczkę – faktura {adv_no} z dnia {adv_d.strftime('%d.%m.%Y')}",
            "",
            "",
            "",
            money(-adv_net),
            "23%",
            money(-adv_vat),
            money(-advance[2]),
        ]
    )
    y = table(p, 12, y + 6, std_cols(70), rows, TableStyle(7.2, head_fill=0.9))
    y = table(p, p.w - 108, y + 5, RATE_COLS, rate_rows_fmt(doc, money, total="Do rozliczenia"), TableStyle(7.6))
    gross = doc.totals()[2]
    p.text(p.w - 14, y + 8, f"Pozostało do zapłaty: {money(gross)} zł", 11, "Sans-Bold", "r")
    p.text(p.w - 14, y + 13, f"Słownie: {words_pln(gross)}", 7.4, "Sans", "r")
    due = doc.issue_date + timedelta(days=doc.due_days)
    p.text(14, y + 20, f"Termin płatności: {due.strftime('%d.%m.%Y')}, rachunek {iban(doc.bank)}", 7.6)
    return Sample(p.bytes(), (doc,))


def fam_kontrahent_reference_strip_nip_spaced(rng: random.Random) -> Sample:
    """Under the title a reference strip of boxes 'Nr klienta | Nr zamówienia | Nr umowy | Nr dokumentu | Data' (only
    one of them the invoice number); 'Kontrahent' for the buyer; NIPs printed '123 456 78 90'; dates '05.11.2026'."""
    s = seller_of(rng, rng.choice(SELLERS))
    b, _j = gmina(rng)
    items = pick(rng, HW, 1, 3) + pick(rng, SERVICES, 0, 1) + pick(rng, SOFT, 1, 1)
    doc = mk(rng, f"{rng.randint(1, 999):03d}/S/{{MM}}/2026", items, seller=s, buyer=b)
    p = Pdf()
    p.text(14, 17, s.name, 10.5, "Sans-Bold")
    p.text(14, 22, f"{s.street}, {s.city}", 7.8)
    p.text(14, 26, f"NIP {nip_fmt(s.nip, 'space')}", 7.8)
    p.text(p.w - 14, 18, "FAKTURA VAT", 14, "Sans-Bold", "r")
    heads = ["Nr klienta", "Nr zamówienia", "Nr umowy", "Nr dokumentu", "Data wystawienia"]
    vals = [
        f"K-{rng.randint(1000, 9999)}",
        f"ZAM-{rng.randint(100, 999)}/{doc.issue_date.year}",
        f"{rng.randint(1, 50)}/IT/{doc.issue_date.year}",
        doc.number,
        doc.issue_date.strftime("%d.%m.%Y"),
    ]
    y = table(p, 14, 32, [Col(h, 36.4, "c") for h in heads], [vals], TableStyle(7.8, head_fill=0.9))
    y = block(p, 14, y + 6, "Kontrahent", [b.name, f"{b.street}, {b.city}", f"NIP {nip_fmt(b.nip, 'space')}"], w=120)
    p.text(p.w - 14, y - 4, f"Data sprzedaży: {doc.sale_date.strftime('%d.%m.%Y')}", 8, "Sans", "r")
    y = table(
        p, 12, y + 6, std_cols(70), [std_row(k, it) for k, it in enumerate(items, 1)], TableStyle(7.3, head_fill=0.9)
    )
    y = table(p, p.w - 108, y + 5, RATE_COLS, rate_rows_fmt(doc, money), TableStyle(7.6))
    gross = doc.totals()[2]
    p.text(p.w - 14, y + 8, f"Razem do zapłaty: {money(gross)} PLN", 11, "Sans-Bold", "r")
    due = doc.issue_date + timedelta(days=doc.due_days)
    p.lines(
        14,
        y + 14,
        [f"Słownie: {words_pln(gross)}", f"Zapłata przelewem do {due.strftime('%d.%m.%Y')}, {iban(doc.bank)}"],
        7.6,
        lead=4,
    )
    return Sample(p.bytes(), (doc,))


def fam_protocol_installed_locations_serials_three_signs(rng: random.Random) -> Sample:
    """'PROTOKÓŁ ODBIORU KOŃCOWEGO': a table of installed items with 'Miejsce instalacji' and 'Numer seryjny' columns
    (one row per item, all serials of that item in its cell), the contract, and THREE signatures (Wykonawca,
    Zamawiający, Użytkownik – dyrektor szkoły); date '05-11-2026'. No amounts."""
    s = seller_of(rng, rng.choice(SELLERS))
    b, _j = gmina(rng)
    items = [line(rng, e, qty=rng.randint(1, 3)) for e in rng.sample(HW, rng.randint(2, 4))]
    doc = mk(rng, f"POK/{rng.randint(1, 40)}/2026", items, seller=s, buyer=b, kind="protocol", currency=None)
    doc = replace(doc, sale_date=None)
    p = Pdf()
    p.text(p.w / 2, 18, "PROTOKÓŁ ODBIORU KOŃCOWEGO", 13, "Sans-Bold", "c")
    p.text(p.w / 2, 24, f"Nr {doc.number}", 9.5, "Sans", "c")
    p.text(p.w - 14, 31, f"{doc.place}, {dash(doc.issue_date)}", 8.4, "Sans", "r")
    y = max(
        block(p, 14, 38, "Wykonawca", [s.name, s.street, s.city, f"NIP: {s.nip}"]),
        block(p, 108, 38, "Zamawiający", [b.name, b.street, b.city, f"NIP: {b.nip}"]),
    )
    ctr = f"umowy nr {rng.randint(1, 30)}/CS/{doc.issue_date.year} z dnia {dash(doc.issue_date - timedelta(days=60))}"
    y = p.lines(14, y + 6, wrap(f"Na podstawie {ctr} strony potwierdzają instalację i odbiór:", "Sans", 8.4, 182), 8.4)
    cols = [
        Col("Lp.", 8, "c"),
        Col("Nazwa urządzenia", 64),
        Col("Ilość", 11, "r"),
        Col("J.m.", 9, "c"),
        Col("Miejsce instalacji", 44),
        Col("Numer seryjny", 46),
    ]
    rows = []
    for k, it in enumerate(items, 1):
        sns = ", ".join(serial(rng) for _ in range(int(it.qty)))
        rows.append([str(k), it.name, qty_fmt(it.qty), it.unit, rng.choice(LOCATIONS), sns])
    y = table(p, 14, y + 3, cols, rows, TableStyle(7.4, head_fill=0.88))
    y = p.lines(14, y + 6, ["Uwagi: brak. Urządzenia działają poprawnie."], 8.2)
    names = rng.sample(PEOPLE, 3)
    three_signatures(p, y + 10, ("Wykonawca", "Zamawiający", "Użytkownik (dyrektor szkoły)"), names)
    return Sample(p.bytes(), (doc,))


def fam_school_supplies_rate_group_rows_5_23(rng: random.Random) -> Sample:
    """Books at 5 % and classroom equipment at 23 % with the item table split by group rows 'Stawka VAT 5%' / 'Stawka
    VAT 23%' and a 'Razem w grupie' subtotal under each group (neither is an item); date '2026.11.05'; the VAT
    summary at the bottom LEFT, the pay box at the right."""
    s = seller_of(rng, rng.choice(SELLERS))
    b, _j = gmina(rng)
    books = pick(rng, BOOKS, 1, 3)
    gear = pick(rng, CLASSROOM, 1, 2)
    items = books + gear
    doc = mk(rng, f"FV-{rng.randint(1, 999)}-{{MM}}-2026", items, seller=s, buyer=b)
    p = Pdf()
    p.text(14, 18, f"Faktura {doc.number}", 14, "Sans-Bold")
    p.text(14, 24, f"Data wystawienia: {ymd(doc.issue_date)}   Data dostawy: {ymd(doc.sale_date)}", 8)
    y = max(
        block(p, 14, 34, "Sprzedawca", [s.name, s.street, s.city, f"NIP: {s.nip}"]),
        block(p, 108, 34, "Nabywca", [b.name, b.street, b.city, f"NIP: {b.nip}"]),
    )
    rows: list[list[str]] = []
    k = 0
    for rate, group in (("5", books), ("23", gear)):
        rows.append(["", f"Stawka VAT {rate}%", "", "", "", "", "", "", ""])
        for it in group:
            k += 1
            rows.append(std_row(k, it))
        gn = sum((i.net or Decimal(0) for i in group), Decimal(0))
        gv = sum((i.vat or Decimal(0) for i in group), Decimal(0))
        rows.append(["", "Razem w grupie", "", "", "", money(gn), "", money(gv), money(gn + gv)])
    y = table(p, 12, y + 6, std_cols(70), rows, TableStyle(7.3, head_fill=0.9))
    yy = table(p, 14, y + 5, RATE_COLS, rate_rows_fmt(doc, money, total="Ogółem"), TableStyle(7.6, head_fill=0.9))
    gross = doc.totals()[2]
    p.rect(p.w - 92, y + 5, 78, 16, 0.8)
    p.text(p.w - 89, y + 11, "Do zapłaty", 9, "Sans-Bold")
    p.text(p.w - 17, y + 17, f"{money(gross)} zł", 12, "Sans-Bold", "r")
    due = doc.issue_date + timedelta(days=doc.due_days)
    p.lines(
        14,
        yy + 6,
        [f"Słownie: {words_pln(gross)}", f"Termin płatności: {ymd(due)}, konto {iban(doc.bank)}"],
        7.6,
        lead=4,
    )
    return Sample(p.bytes(), (doc,))


def fam_split_payment_box_ksef_qr_header(rng: random.Random) -> Sample:
    """A header with the KSeF number and a QR placeholder ('Zeskanuj, aby zweryfikować fakturę w KSeF'); a framed
    'MECHANIZM PODZIELONEJ PŁATNOŚCI' block (gross over 15 000 zł) with the VAT amount and the account; GTU codes
    in the table; dates '05.11.2026'."""
    s = seller_of(rng, rng.choice(SELLERS))
    b, _j = gmina(rng)
    items = pick(rng, (HW[2], HW[5]), 1, 2, qty=3) + pick(rng, SERVICES, 1, 2)
    doc = mk(rng, f"FV/{rng.randint(1, 300)}/{{MM}}/2026/MPP", items, seller=s, buyer=b)
    ks = ksef_no(s.nip, doc.issue_date, rng)
    p = Pdf()
    qr_box(p, 14, 10, rng, 24)
    p.text(42, 14, "Numer KSeF:", 7.6, "Sans-Bold")
    p.text(42, 18, ks, 7.6, "Mono")
    p.text(42, 23, "Zeskanuj, aby zweryfikować fakturę w KSeF", 6.8, "Sans-Italic")
    p.text(p.w - 14, 16, "Faktura VAT", 14, "Sans-Bold", "r")
    p.text(p.w - 14, 22, doc.number, 10, "Sans-Bold", "r")
    p.text(p.w - 14, 27, f"z dnia {doc.issue_date.strftime('%d.%m.%Y')}", 8, "Sans", "r")
    p.text(p.w - 14, 31, f"data sprzedaży {doc.sale_date.strftime('%d.%m.%Y')}", 8, "Sans", "r")
    y = max(
        block(p, 14, 42, "Sprzedawca", [s.name, s.street, s.city, f"NIP: {s.nip}"]),
        block(p, 108, 42, "Nabywca", [b.name, b.street, b.city, f"NIP: {b.nip}"]),
    )
    cols = [*std_cols(58)[:2], Col("GTU", 12, "c"), *std_cols(58)[2:]]
    rows = [
        [*std_row(k, it)[:2], "GTU_06" if it.unit != "usł." else "", *std_row(k, it)[2:]]
        for k, it in enumerate(items, 1)
    ]
    y = table(p, 12, y + 6, cols, rows, TableStyle(7.2, head_fill=0.9))
    y = table(p, p.w - 108, y + 5, RATE_COLS, rate_rows_fmt(doc, money), TableStyle(7.6))
    _net, vat, gross = doc.totals()
    p.text(p.w - 14, y + 8, f"Do zapłaty: {money(gross)} zł", 11, "Sans-Bold", "r")
    p.text(p.w - 14, y + 13, f"Słownie: {words_pln(gross)}", 7.4, "Sans", "r")
    p.rect(14, y + 18, 182, 20, 1.2)
    p.text(18, y + 24, "MECHANIZM PODZIELONEJ PŁATNOŚCI", 9.5, "Sans-Bold")
    p.text(18, y + 29, f"Kwota VAT do zapłaty na rachunek VAT: {money(vat)} zł", 8.2)
    p.text(18, y + 34, f"Rachunek: {iban(doc.bank)}", 8.2)
    due = doc.issue_date + timedelta(days=doc.due_days)
    p.text(14, y + 44, f"Termin płatności: {due.strftime('%d.%m.%Y')}", 7.8)
    return Sample(p.bytes(), (doc,))


def fam_totals_strip_page_bottom_full_width(rng: random.Random) -> Sample:
    """The totals as a full-width strip of four boxes at the FOOT of the page ('Wartość netto | Kwota VAT | Wartość
    brutto | Do zapłaty'), far below a short table; no per-rate table (one rate); dates '5.11.2026 r.'."""
    s = seller_of(rng, rng.choice(SELLERS))
    b, _j = gmina(rng)
    items = pick(rng, HW, 1, 3)
    doc = mk(rng, f"F {rng.randint(1, 999)}/{{MM}}/2026", items, seller=s, buyer=b)

    def dd(d: date) -> str:
        return f"{d.day}.{d.month:02d}.{d.year} r."

    p = Pdf()
    p.text(14, 18, f"Faktura VAT nr {doc.number}", 13.5, "Sans-Bold")
    p.text(p.w - 14, 16, f"{doc.place}, dnia {dd(doc.issue_date)}", 8.4, "Sans", "r")
    p.text(p.w - 14, 21, f"Data sprzedaży: {dd(doc.sale_date)}", 8, "Sans", "r")
    y = max(
        block(p, 14, 32, "Sprzedawca", [s.name, s.street, s.city, f"NIP: {s.nip}"]),
        block(p, 108, 32, "Nabywca", [b.name, b.street, b.city, f"NIP: {b.nip}"]),
    )
    table(
        p,
        12,
        y + 6,
        std_cols(70),
        [std_row(k, it) for k, it in enumerate(items, 1)],
        TableStyle(7.3, rules=True, grid=False),
    )
    net, vat, gross = doc.totals()
    top = p.h - 48
    w = (p.w - 28) / 4
    for k, (lab, val) in enumerate(
        (("Wartość netto", net), ("Kwota VAT", vat), ("Wartość brutto", gross), ("Do zapłaty", gross))
    ):
        x = 14 + k * w
        p.rect(x, top, w, 16, 0.8 if k < 3 else 1.4, fill=0.93 if k == 3 else None)
        p.text(x + w / 2, top + 5, lab, 7.6, "Sans", "c")
        p.text(x + w / 2, top + 12, f"{money(val)} zł", 10, "Sans-Bold", "c")
    due = doc.issue_date + timedelta(days=doc.due_days)
    p.lines(
        14,
        top + 22,
        [f"Słownie: {words_pln(gross)}", f"Termin płatności: {dd(due)} · przelew na rachunek {iban(doc.bank)}"],
        7.6,
        lead=4,
    )
    return Sample(p.bytes(), (doc,))
