"""BLIND-22 families (fresh batch). Not to be opened by the parser engineer; measured once, at the end.

Layouts written for this batch only, by an evaluator who never read the parser (`extractors/`, `checks/`,
`tests/extractors/`, `knowledge/`, docs/extraction*). They share the data model (`Doc`, `Item`, `Party`) and the page
canvas and table drawing (`Pdf`, `table`) of `kit.py` and a few helpers of `../blind15`, `../blind17` and
`../blind19` (`iban`, `mk`, `line`, `ksef_no`, `block`, `correction_pair`), but bring their own sellers (Małopolska),
their own catalogue and the real gminy of the powiat myślenicki (Małopolskie) from the TERYT register (TERC
2024-01-01, `/work/shared/data/teryt/terc_2024-01-01.csv`, the TERYT code kept beside each). Streets, post codes,
NIPs, KSeF numbers, bank accounts, KRS numbers, people, serial numbers and sellers are invented.

Split decided when the batch was written (alternate sorted names, `build._half`): blind22a (tuned on after its one
measurement) = correction_kor_slash_krk_three_tables_words_date, dates_three_beside_dostawy_wystawienia_zaplaty,
header_place_dnia_only_issue_date_words, number_box_m_letter_footer_page_krs, number_slash_krk_order_and_ksef_decoys,
protocol_priced_netto_razem_words_date, protocol_unpriced_roman_date_long_names_zgodnosc,
sprzedawca_nabywca_grid_header_wrapped_name; blind22b (frozen) = correction_stan_column_rates_23_8_ymd_dates,
gross_priced_zl_suffix_rates_23_8_zw, logo_line_differs_seller_three_line_legal_name,
number_in_title_fs_dash_roman_month_dates, pkwiu_rabat_pct_eleven_columns_landscape,
protocol_serials_two_pages_repeated_head, slownie_payment_block_paid_remaining_zl,
two_pages_repeated_header_period_second_line.

Focus of the batch: how the DATES and the DOCUMENT NUMBER are printed and what stands next to them, and the
seller's name when it is not one short line. The issue date printed only in the place line ('Myślenice, dnia 14
marca 2026 r.'); 'Data dokonania dostawy', 'Data wystawienia' and 'Data otrzymania zapłaty' side by side; dates
'14 marca 2026 r.', '14.III.2026', '2026.03.14', '2026-03-14'; numbers 'FV/2026/03/0147/KRK', 'FS-147/03/26',
'14/M/2026', 'KOR/2026/03/0012/KRK', 'FK-12/03/26', the number in a box or after 'nr' on the title line, beside an
order number and a KSeF number that are not it; a corrected invoice number of the same pattern; a seller whose logo
wordmark differs from its legal name printed over three lines; sellers whose names wrap in a narrow 'Sprzedawca |
Nabywca' grid; items whose cells carry a period or serial numbers on a second line in smaller type; an eleven-column
table with PKWiU and 'Rabat %'; a gross-priced invoice with 23 % / 8 % / zw; amounts '12 345,67 zł'; a payment block
with 'Słownie', 'Zapłacono' and 'Pozostało do zapłaty'; a KRS footer with the share capital; footers 'Strona 1 z 2';
two-page tables with the header repeated; protocols with and without values.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from tests.corpus.extract.blind15.families_blind15 import iban
from tests.corpus.extract.blind17.families_blind17 import ksef_no, line, mk
from tests.corpus.extract.blind19.families_blind19 import block, correction_pair
from tests.corpus.extract.kit import (
    MONTHS_GEN,
    Col,
    Doc,
    Item,
    Party,
    Pdf,
    TableStyle,
    make_nip,
    money,
    nip_fmt,
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
    ("1209013", "Dobczyce", "gmina miejsko-wiejska", "32-410"),
    ("1209022", "Lubień", "gmina wiejska", "32-433"),
    ("1209033", "Myślenice", "gmina miejsko-wiejska", "32-400"),
    ("1209042", "Pcim", "gmina wiejska", "32-432"),
    ("1209052", "Raciechowice", "gmina wiejska", "32-415"),
    ("1209062", "Siepraw", "gmina wiejska", "32-447"),
    ("1209073", "Sułkowice", "gmina miejsko-wiejska", "32-440"),
    ("1209082", "Tokarnia", "gmina wiejska", "32-436"),
)
JST_STREETS = ("ul. Rynek 2", "ul. Jagiellońska 8", "ul. Szkolna 1", "pl. Kościuszki 3", "ul. Krakowska 24")

SELLER_STREETS = ("ul. Zabłocie 23", "ul. Wielicka 44", "al. Pokoju 18", "ul. Słomiana 9/4", "ul. Zakopiańska 62")
SELLER_CITIES = ("30-701 Kraków", "32-400 Myślenice", "34-100 Wadowice", "33-100 Tarnów", "32-020 Wieliczka")
SELLERS = (
    "Krakowskie Centrum Informatyki KCI Sp. z o.o.",
    "Raba-Net Sieci Komputerowe Sp. z o.o.",
    "Małopolski Serwis IT Sp. z o.o.",
    "Beskidzkie Systemy Bezpieczeństwa Sp. z o.o.",
    "Vistula Data Solutions S.A.",
)
# long names that wrap in a narrow cell
LONG_SELLERS = (
    "Przedsiębiorstwo Wielobranżowe MAŁOPOLSKA-TECH Jan Kowalczyk i Wspólnicy Spółka Jawna",
    "Centrum Usług Teleinformatycznych dla Samorządów CUTdS Spółka z ograniczoną odpowiedzialnością",
    "Zakład Usług Informatycznych i Serwisu Sprzętu Biurowego ZUIS Anna Bielecka",
)
# (wordmark printed big at the top, legal name printed over three lines in the seller block)
LEGAL = (
    (
        "abcNET",
        (
            "Przedsiębiorstwo Usług Informatycznych",
            "i Telekomunikacyjnych „ABC-NET”",
            "Spółka z ograniczoną odpowiedzialnością",
        ),
    ),
    (
        "SECURA",
        ("Biuro Systemów Ochrony Danych", "i Bezpieczeństwa Sieci SECURA POLSKA", "Spółka Akcyjna"),
    ),
    (
        "kompas IT",
        ("Krakowska Pracownia Oprogramowania", "i Serwisu „KOMPAS” Marek Sobczyk", "i Wspólnicy spółka komandytowa"),
    ),
)
PEOPLE = ("Piotr Kmieć", "Joanna Szewczyk", "Krzysztof Ryba", "Ewa Trzaska", "Michał Sowa", "Katarzyna Pyka")

# name, unit, (low, high) unit net price, rate, PKWiU
HW = (
    (
        "Komputer stacjonarny Dell OptiPlex 7020 SFF i5-14500 16 GB 512 GB W11 Pro",
        "szt.",
        (3100, 3900),
        "23",
        "26.20.15.0",
    ),
    ("Notebook HP ProBook 450 G10 i5-1335U 16 GB 512 GB W11 Pro", "szt.", (3300, 4200), "23", "26.20.11.0"),
    ("Zapora sieciowa Fortinet FortiGate 40F z pakietem UTP 1 rok", "szt.", (2900, 3800), "23", "26.30.11.0"),
    ("Przełącznik Cisco Catalyst 1000-24P-4G-L PoE", "szt.", (2400, 3100), "23", "26.30.23.0"),
    ("Serwer plików QNAP TS-873A z dyskami 8 x 4 TB", "kpl.", (9800, 12800), "23", "26.20.21.0"),
    ("Zasilacz awaryjny Eaton 9SX 2000i RT2U", "szt.", (4300, 5600), "23", "27.90.11.0"),
    ("Monitor iiyama ProLite XUB2493HS 24 cale", "szt.", (520, 690), "23", "26.20.17.0"),
    ("Czytnik kart kryptograficznych ACS ACR39U", "szt.", (45, 79), "23", "26.20.30.0"),
    ("Drukarka wielofunkcyjna Canon i-SENSYS MF465dw", "szt.", (1600, 2100), "23", "26.20.16.0"),
    ("Dysk zewnętrzny szyfrowany Kingston IronKey 1 TB", "szt.", (780, 990), "23", "26.20.21.0"),
)
SOFT = (
    ("Licencja Microsoft Office LTSC Standard 2024", "lic.", (1900, 2600), "23", "58.29.50.0"),
    ("Licencja Bitdefender GravityZone Business Security 1 rok", "lic.", (110, 170), "23", "58.29.50.0"),
    ("Subskrypcja Veeam Backup Essentials 1 rok 5 instancji", "kpl.", (2100, 3000), "23", "58.29.50.0"),
)
SERV = (
    ("Wdrożenie polityki haseł i uwierzytelniania wieloskładnikowego", "usł.", (3500, 7500), "23", "62.02.30.0"),
    ("Test penetracyjny sieci zewnętrznej urzędu", "usł.", (8000, 14000), "23", "62.02.30.0"),
    ("Konfiguracja kopii zapasowych w schemacie 3-2-1", "usł.", (2200, 4800), "23", "62.09.20.0"),
)
CATER = (("Catering podczas szkolenia (obiad i przerwa kawowa)", "os.", (55, 95), "8", "56.21.19.0"),)
TRAIN = (
    ("Szkolenie z cyberbezpieczeństwa dla kadry kierowniczej (6 godz.)", "usł.", (2800, 5200), "zw", "85.59.13.0"),
    ("Warsztaty z rozpoznawania phishingu dla pracowników", "usł.", (1800, 3600), "zw", "85.59.13.0"),
)
PERIODIC = (
    ("Abonament serwisowy stacji roboczych", "m-c", (600, 1400), "23", "95.11.10.0"),
    ("Hosting poczty elektronicznej urzędu (50 skrzynek)", "m-c", (240, 560), "23", "63.11.13.0"),
    ("Monitoring bezpieczeństwa SOC w trybie 8/5", "m-c", (2900, 4600), "23", "62.03.12.0"),
    ("Dzierżawa łącza światłowodowego 500 Mb/s", "m-c", (350, 720), "23", "61.10.43.0"),
    ("Kopia zapasowa w chmurze 2 TB", "m-c", (180, 390), "23", "63.11.13.0"),
    ("Wsparcie techniczne systemu EZD (pakiet 10 godz.)", "m-c", (900, 1600), "23", "62.09.20.0"),
    ("Licencja systemu BIP w modelu SaaS", "m-c", (150, 330), "23", "58.29.50.0"),
)
# many distinct devices for the two-page protocol
DEVICES = (
    *HW,
    ("Punkt dostępowy Aruba Instant On AP22", "szt.", (420, 610), "23", "26.30.11.0"),
    ("Router LTE Teltonika RUT241", "szt.", (390, 520), "23", "26.30.11.0"),
    ("Tablet Lenovo Tab M11 LTE 8 GB 128 GB", "szt.", (900, 1200), "23", "26.20.11.0"),
    ("Skaner dokumentów Epson WorkForce DS-730N", "szt.", (2600, 3300), "23", "26.20.16.0"),
    ("Kamera IP Hikvision DS-2CD2143G2-I", "szt.", (390, 560), "23", "26.40.33.0"),
    ("Rejestrator sieciowy Hikvision DS-7608NXI-K2", "szt.", (1300, 1800), "23", "26.40.33.0"),
)
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")


def gmina(rng: random.Random) -> Party:
    j = rng.choice(TERC_JST)
    return Party(f"Gmina {j[1]}", rng.choice(JST_STREETS), f"{j[3]} {j[1]}", make_nip(rng))


def seller_of(rng: random.Random, name: str) -> Party:
    return Party(name, rng.choice(SELLER_STREETS), rng.choice(SELLER_CITIES), make_nip(rng))


def pick(rng: random.Random, pool: Sequence[tuple[Any, ...]], lo: int, hi: int, **kw: Any) -> list[Item]:
    return [line(rng, e, **kw) for e in rng.sample(list(pool), rng.randint(lo, hi))]


def town(p: Party) -> str:
    return p.city.split(" ", 1)[1]


def dmy(d: date) -> str:
    """'14.03.2026'."""
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


def words_r(d: date) -> str:
    """'14 marca 2026 r.'."""
    return f"{d.day} {MONTHS_GEN[d.month - 1]} {d.year} r."


def roman(d: date) -> str:
    """'14.III.2026'."""
    return f"{d.day}.{ROMAN[d.month - 1]}.{d.year}"


def ymd(d: date) -> str:
    """'2026.03.14'."""
    return f"{d.year}.{d.month:02d}.{d.day:02d}"


def zl(x: Decimal) -> str:
    """'12 345,67 zł'."""
    return f"{money(x)} zł"


def krs(rng: random.Random) -> str:
    return f"{rng.randint(100000, 999999):010d}"


def std_cols(name_w: float = 70) -> list[Col]:
    return [
        Col("Lp.", 8, "c"),
        Col("Nazwa towaru / usługi", name_w),
        Col("Ilość", 12, "r"),
        Col("J.m.", 10, "c"),
        Col("Cena netto", 19, "r"),
        Col("Wartość netto", 21, "r"),
        Col("VAT %", 10, "c"),
        Col("Kwota VAT", 17, "r"),
        Col("Wartość brutto", 21, "r"),
    ]


def std_row(k: int, it: Item, fmt: Callable[[Decimal], str] = money) -> list[str]:
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


RATE_COLS = [Col("Stawka VAT", 20, "c"), Col("Netto", 26, "r"), Col("VAT", 24, "r"), Col("Brutto", 26, "r")]


def rate_rows(
    doc: Doc, fmt: Callable[[Decimal], str] = money, items: Sequence[Item] | None = None, total: str = "Razem"
) -> list[list[str]]:
    rows = [[rate_label(r), fmt(n), fmt(v), fmt(g)] for r, n, v, g in doc.rate_summary(items)]
    tn, tv, tg = doc.totals(items)
    return [*rows, [total, fmt(tn), fmt(tv), fmt(tg)]]


def two_parties(p: Pdf, y: float, s: Party, b: Party, caps: tuple[str, str] = ("Sprzedawca", "Nabywca")) -> float:
    return max(
        block(p, 14, y, caps[0], [s.name, s.street, s.city, f"NIP: {s.nip}"]),
        block(p, 108, y, caps[1], [b.name, b.street, b.city, f"NIP: {b.nip}"]),
    )


Cell = str | list[tuple[str, str, float]]


def paged_rows(
    p: Pdf,
    x: float,
    y: float,
    cols: Sequence[Col],
    rows: Sequence[Sequence[Cell]],
    *,
    size: float = 7.4,
    head_fill: float = 0.88,
    bottom: float = 28,
) -> float:
    """A gridded table whose cells are a string or (text, font, size) lines; it breaks pages and repeats its header
    (the page's running header/footer come from `p.on_page`)."""
    pad, total = 1.2, sum(c.width for c in cols)

    def head(y: float) -> float:
        hl = [wrap(c.title, "Sans-Bold", size, c.width - 2 * pad) for c in cols]
        h = max(len(v) for v in hl) * size * 0.42 + 2 * pad
        p.rect(x, y, total, h, 0.4, fill=head_fill)
        cx = x
        for c, lines in zip(cols, hl, strict=True):
            if cx > x:
                p.vline(cx, y, y + h, 0.4)
            yy = y + pad + size * 0.35
            for ln in lines:
                p.text(cx + c.width / 2, yy, ln, size, "Sans-Bold", "c")
                yy += size * 0.42
            cx += c.width
        return y + h

    y = head(y)
    for row in rows:
        cells: list[list[tuple[str, str, float]]] = []
        for c, v in zip(cols, row, strict=True):
            parts = [(v, "Sans", size)] if isinstance(v, str) else v
            out: list[tuple[str, str, float]] = []
            for text, font, sz in parts:
                out += [(ln, font, sz) for ln in wrap(text, font, sz, c.width - 2 * pad)]
            cells.append(out)
        h = max(sum(sz * 0.44 for _t, _f, sz in cell) for cell in cells) + 2 * pad
        if y + h > p.h - bottom:
            y = head(p.new_page())
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


def render_paged(draw: Callable[[int], Pdf]) -> bytes:
    """Draw once to count the pages, then again with the count known ('Strona 1 z 2')."""
    first = draw(0)
    return draw(first.page_no).bytes()


def serial(rng: random.Random) -> str:
    return rng.choice(("SN", "CZ", "5CG", "FGT", "Q2")) + "".join(
        rng.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(9)
    )


# --------------------------------------------------------------------------------------------------
# Families


def fam_correction_kor_slash_krk_three_tables_words_date(rng: random.Random) -> Sample:
    """'FAKTURA KORYGUJĄCA' with 'nr KOR/2026/03/0012/KRK' on the next line; the issue date only in the place line
    'Kraków, dnia 14 marca 2026 r.'; 'Dotyczy faktury VAT nr FV/2026/02/0147/KRK z dnia 3 lutego 2026 r.' (the same
    number pattern); a table 'Stan przed korektą', a table 'Stan po korekcie' and a per-rate summary of the
    difference; 'Przyczyna korekty'. No sale date printed."""
    s = seller_of(rng, rng.choice(SELLERS))
    b = gmina(rng)
    base = pick(rng, HW, 1, 2) + pick(rng, SOFT, 0, 1)
    before, after = correction_pair(rng, base)
    doc = mk(rng, f"KOR/2026/{{MM}}/{rng.randint(1, 80):04d}/KRK", before + after, seller=s, buyer=b, kind="correction")
    doc = replace(doc, sale_date=None)
    od = doc.issue_date - timedelta(days=rng.randint(12, 45))
    orig = f"FV/{od.year}/{od.month:02d}/{rng.randint(100, 999):04d}/KRK"
    p = Pdf()
    p.text(p.w - 14, 14, f"{town(s)}, dnia {words_r(doc.issue_date)}", 8.6, "Sans", "r")
    p.text(14, 22, "FAKTURA KORYGUJĄCA", 15, "Sans-Bold")
    p.text(14, 28, f"nr {doc.number}", 10.5, "Sans-Bold")
    p.text(14, 34, f"Dotyczy faktury VAT nr {orig} z dnia {words_r(od)}", 8.4)
    y = two_parties(p, 42, s, b)
    reason = rng.choice(("obniżka ceny uzgodniona po dostawie", "zwrot jednej sztuki towaru", "błąd w cenie"))
    cols = std_cols(70)
    for title, items in (("Stan przed korektą", before), ("Stan po korekcie", after)):
        p.text(14, y + 7, title, 9, "Sans-Bold")
        y = table(p, 12, y + 9, cols, [std_row(k, it) for k, it in enumerate(items, 1)], TableStyle(7.2))
    old = {r: (n, v, g) for r, n, v, g in doc.rate_summary(before)}
    diff = [(r, n - old[r][0], v - old[r][1], g - old[r][2]) for r, n, v, g in doc.rate_summary(after)]
    net, vat, gross = (sum((d[k] for d in diff), Decimal(0)) for k in (1, 2, 3))
    p.text(p.w - 110, y + 7, "Różnica (kwota korekty) wg stawek", 8.4, "Sans-Bold")
    rows = [[rate_label(r), money(n), money(v), money(g)] for r, n, v, g in diff]
    rows.append(["Razem", money(net), money(vat), money(gross)])
    y = table(p, p.w - 110, y + 9, RATE_COLS, rows, TableStyle(7.6))
    p.text(p.w - 14, y + 8, f"Kwota do zwrotu: {zl(-gross)}", 10.5, "Sans-Bold", "r")
    p.lines(
        14,
        y + 15,
        [f"Przyczyna korekty: {reason}", f"Słownie: {words_pln(-gross)}", "Zwrot na rachunek nabywcy w ciągu 14 dni."],
        7.8,
        lead=4,
    )
    return Sample(p.bytes(), (doc,))


def fam_correction_stan_column_rates_23_8_ymd_dates(rng: random.Random) -> Sample:
    """'KOREKTA FAKTURY VAT FK-12/03/26': ONE table with a column 'Stan' ('przed' / 'po') and a pair of rows per
    item, items at 23 % and at 8 % (catering); 'Data wystawienia korekty: 2026.03.14' and the corrected invoice's
    date in the same form; a per-rate summary of the difference (23 % and 8 % rows)."""
    s = seller_of(rng, rng.choice(SELLERS))
    b = gmina(rng)
    base = pick(rng, HW, 1, 1) + pick(rng, CATER, 1, 1) + pick(rng, SERV, 0, 1)
    before, after = correction_pair(rng, base)
    doc = mk(rng, f"FK-{rng.randint(1, 60)}/{{MM}}/26", before + after, seller=s, buyer=b, kind="correction")
    doc = replace(doc, sale_date=None)
    od = doc.issue_date - timedelta(days=rng.randint(10, 40))
    orig = f"FS-{rng.randint(100, 400)}/{od.month:02d}/26"
    p = Pdf()
    p.text(14, 17, s.name, 10, "Sans-Bold")
    p.text(14, 21.5, f"{s.street}, {s.city} · NIP {nip_fmt(s.nip, 'dash')}", 7.6)
    p.text(p.w - 14, 17, f"KOREKTA FAKTURY VAT {doc.number}", 12, "Sans-Bold", "r")
    p.lines(
        p.w - 14,
        23,
        [f"Data wystawienia korekty: {ymd(doc.issue_date)}", f"Do faktury {orig} z dnia {ymd(od)}"],
        7.8,
        align="r",
        lead=4,
    )
    y = block(p, 14, 34, "Nabywca", [b.name, f"{b.street}, {b.city}", f"NIP {nip_fmt(b.nip, 'dash')}"], w=110)
    cols = [
        Col("Lp.", 8, "c"),
        Col("Nazwa", 62),
        Col("Stan", 11, "c"),
        Col("J.m.", 9, "c"),
        Col("Ilość", 11, "r"),
        Col("Cena netto", 18, "r"),
        Col("Wartość netto", 20, "r"),
        Col("Stawka", 11, "c"),
        Col("VAT", 16, "r"),
        Col("Brutto", 20, "r"),
    ]
    rows = []
    for k, (b0, a0) in enumerate(zip(before, after, strict=True), 1):
        for tag, it in (("przed", b0), ("po", a0)):
            r = std_row(k, it)
            rows.append(
                [str(k) if tag == "przed" else "", it.name if tag == "przed" else "", tag, it.unit, r[2], *r[4:]]
            )
    y = table(p, 12, y + 6, cols, rows, TableStyle(7.1, head_fill=0.9))
    old = {r: (n, v, g) for r, n, v, g in doc.rate_summary(before)}
    diff = [(r, n - old[r][0], v - old[r][1], g - old[r][2]) for r, n, v, g in doc.rate_summary(after)]
    net, vat, gross = (sum((d[k] for d in diff), Decimal(0)) for k in (1, 2, 3))
    rows2 = [[rate_label(r), money(n), money(v), money(g)] for r, n, v, g in diff]
    rows2.append(["Razem korekta", money(net), money(vat), money(gross)])
    y = table(p, p.w - 110, y + 6, RATE_COLS, rows2, TableStyle(7.6, head_fill=0.9))
    p.text(p.w - 14, y + 8, f"Zmniejszenie kwoty do zapłaty: {money(-gross)} PLN", 10, "Sans-Bold", "r")
    p.text(14, y + 16, "Przyczyna korekty: mniejsza liczba uczestników szkolenia / rabat", 7.8)
    return Sample(p.bytes(), (doc,))


def fam_dates_three_beside_dostawy_wystawienia_zaplaty(rng: random.Random) -> Sample:
    """A strip of three boxes 'Data dokonania dostawy | Data wystawienia | Data otrzymania zapłaty' (the issue date in
    the MIDDLE, the payment date equal to the delivery date, paid by card); dates '14.03.2026'; 'Zapłacono kartą' and
    'Do zapłaty: 0,00 zł' under the totals (the document total is 'Razem brutto')."""
    s = seller_of(rng, rng.choice(SELLERS))
    b = gmina(rng)
    items = pick(rng, HW[6:], 1, 3) + pick(rng, SOFT[1:2], 0, 1)
    doc = mk(rng, f"{rng.randint(1, 500)}/{{MM}}/2026/P", items, seller=s, buyer=b)
    p = Pdf()
    p.text(14, 18, f"Faktura VAT {doc.number}", 14, "Sans-Bold")
    p.text(p.w - 14, 18, "ORYGINAŁ", 9, "Sans-Bold", "r")
    w = (p.w - 28) / 3
    for k, (lab, d) in enumerate(
        (
            ("Data dokonania dostawy", doc.sale_date),
            ("Data wystawienia", doc.issue_date),
            ("Data otrzymania zapłaty", doc.sale_date),
        )
    ):
        p.rect(14 + k * w, 24, w, 12, 0.5)
        p.text(14 + k * w + w / 2, 28.5, lab, 7.4, "Sans", "c")
        p.text(14 + k * w + w / 2, 33.5, dmy(d), 9.5, "Sans-Bold", "c")
    y = two_parties(p, 44, s, b)
    y = table(p, 12, y + 6, std_cols(), [std_row(k, it) for k, it in enumerate(items, 1)], TableStyle(7.3))
    y = table(p, p.w - 110, y + 5, RATE_COLS, rate_rows(doc, total="Razem brutto"), TableStyle(7.6))
    gross = doc.totals()[2]
    p.lines(
        p.w - 14,
        y + 7,
        [f"Zapłacono kartą: {zl(gross)}", "Do zapłaty: 0,00 zł"],
        9,
        "Sans-Bold",
        lead=5,
        align="r",
    )
    p.text(14, y + 20, f"Słownie: {words_pln(gross)}", 7.6)
    return Sample(p.bytes(), (doc,))


def fam_gross_priced_zl_suffix_rates_23_8_zw(rng: random.Random) -> Sample:
    """A GROSS-priced invoice (columns 'Cena brutto', 'Wartość brutto', 'Stawka' – no net per line) with hardware at
    23 %, catering at 8 % and a training exempt ('zw'); every amount '1 234,56 zł'; a per-rate summary 'w tym' with
    23 % / 8 % / zw rows; dates '2026-03-14'."""
    s = seller_of(rng, rng.choice(SELLERS))
    b = gmina(rng)
    items = pick(rng, HW, 1, 2, gross_based=True) + pick(rng, CATER, 1, 1, gross_based=True)
    items += pick(rng, TRAIN, 1, 1, gross_based=True)
    doc = mk(rng, f"{rng.randint(1, 300)}/SZK/2026", items, seller=s, buyer=b, gross_based=True)
    doc = replace(doc, item_amounts=("gross",))
    p = Pdf()
    p.text(14, 18, f"Faktura nr {doc.number}", 14, "Sans-Bold")
    p.lines(
        p.w - 14,
        14,
        [f"Data wystawienia: {doc.issue_date.isoformat()}", f"Data sprzedaży: {doc.sale_date.isoformat()}"],
        8,
        align="r",
        lead=4.2,
    )
    y = two_parties(p, 30, s, b)
    cols = [
        Col("Lp.", 8, "c"),
        Col("Nazwa", 84),
        Col("Ilość", 12, "r"),
        Col("J.m.", 10, "c"),
        Col("Cena brutto", 25, "r"),
        Col("Stawka", 14, "c"),
        Col("Wartość brutto", 29, "r"),
    ]
    rows = [
        [
            str(k),
            it.name,
            qty_fmt(it.qty),
            it.unit,
            zl(it.unit_price or Decimal(0)),
            rate_label(it.vat_rate),
            zl(it.gross or Decimal(0)),
        ]
        for k, it in enumerate(items, 1)
    ]
    y = table(p, 12, y + 6, cols, rows, TableStyle(7.3, head_fill=0.92))
    net, vat, gross = doc.totals()
    p.text(p.w - 14, y + 7, f"Razem brutto: {zl(gross)}", 10.5, "Sans-Bold", "r")
    p.text(p.w - 118, y + 13, "w tym:", 8, "Sans-Bold")
    summ = [[rate_label(r), zl(n), zl(v), zl(g)] for r, n, v, g in doc.rate_summary()]
    summ.append(["Razem", zl(net), zl(vat), zl(gross)])
    cols2 = [Col("Stawka", 18, "c"), Col("Netto", 30, "r"), Col("VAT", 26, "r"), Col("Brutto", 30, "r")]
    y = table(p, p.w - 118, y + 15, cols2, summ, TableStyle(7.6))
    due = doc.issue_date + timedelta(days=doc.due_days)
    p.lines(
        14,
        y + 8,
        [
            f"Słownie: {words_pln(gross)}",
            "Zwolnienie z VAT pozycji 'zw': art. 43 ust. 1 pkt 29 lit. c ustawy o VAT",
            f"Termin płatności: {due.isoformat()}, przelew: {iban(doc.bank)}",
        ],
        7.6,
        lead=4,
    )
    return Sample(p.bytes(), (doc,))


def fam_header_place_dnia_only_issue_date_words(rng: random.Random) -> Sample:
    """The issue date ONLY in the place line at the top right ('Myślenice, dnia 14 marca 2026 r.'), no 'Data
    wystawienia' label anywhere; 'Data zakończenia dostawy: 12 marca 2026 r.' under the parties; the due date also in
    words; a classic gridded table."""
    s = seller_of(rng, rng.choice(SELLERS))
    b = gmina(rng)
    items = pick(rng, HW, 1, 3) + pick(rng, SERV, 0, 1)
    doc = mk(rng, f"{rng.randint(1, 400)}/{{MM}}/2026/S", items, seller=s, buyer=b)
    p = Pdf()
    p.text(p.w - 14, 14, f"{town(s)}, dnia {words_r(doc.issue_date)}", 8.8, "Sans", "r")
    p.text(p.w / 2, 26, "FAKTURA VAT", 15, "Sans-Bold", "c")
    p.text(p.w / 2, 32, f"Nr {doc.number}", 10, "Sans", "c")
    y = two_parties(p, 40, s, b)
    p.text(14, y + 4, f"Data zakończenia dostawy: {words_r(doc.sale_date)}", 8.4)
    y = table(p, 12, y + 9, std_cols(), [std_row(k, it) for k, it in enumerate(items, 1)], TableStyle(7.3))
    y = table(p, p.w - 110, y + 5, RATE_COLS, rate_rows(doc, total="Ogółem"), TableStyle(7.6))
    gross = doc.totals()[2]
    due = doc.issue_date + timedelta(days=doc.due_days)
    p.text(p.w - 14, y + 8, f"Do zapłaty: {zl(gross)}", 11, "Sans-Bold", "r")
    p.lines(
        14,
        y + 15,
        [f"Słownie: {words_pln(gross)}", f"Płatne przelewem do dnia {words_r(due)} na rachunek {iban(doc.bank)}"],
        7.6,
        lead=4,
    )
    return Sample(p.bytes(), (doc,))


def fam_logo_line_differs_seller_three_line_legal_name(rng: random.Random) -> Sample:
    """A big logo wordmark at the top left ('abcNET', 'SECURA', 'kompas IT') with a tagline, which is NOT the legal
    name: the seller block prints the legal name over THREE lines ('Przedsiębiorstwo Usług Informatycznych / i
    Telekomunikacyjnych „ABC-NET” / Spółka z ograniczoną odpowiedzialnością'); the footer repeats the wordmark with a
    web address; dates '14.03.2026'."""
    mark, legal = rng.choice(LEGAL)
    s = seller_of(rng, " ".join(legal))
    b = gmina(rng)
    items = pick(rng, HW, 1, 3) + pick(rng, SOFT, 0, 1)
    doc = mk(rng, f"FV {rng.randint(1, 900)}/{{MM}}/2026", items, seller=s, buyer=b)
    p = Pdf()
    p.text(14, 20, mark, 22, "Sans-Bold")
    p.text(14, 25.5, "sieci · serwis · bezpieczeństwo informacji", 7.4, "Sans-Italic")
    p.text(p.w - 14, 16, f"Faktura VAT nr {doc.number}", 12.5, "Sans-Bold", "r")
    p.lines(
        p.w - 14,
        22,
        [f"Data wystawienia: {dmy(doc.issue_date)}", f"Data sprzedaży: {dmy(doc.sale_date)}", f"Miejsce: {town(s)}"],
        7.8,
        align="r",
        lead=4,
    )
    p.text(14, 40, "Sprzedawca", 8, "Sans-Bold")
    y = p.lines(14, 44.6, [*legal, s.street, s.city, f"NIP: {s.nip}"], 8.4, lead=4)
    y2 = block(p, 108, 40, "Nabywca", [b.name, b.street, b.city, f"NIP: {b.nip}"])
    y = table(p, 12, max(y, y2) + 6, std_cols(), [std_row(k, it) for k, it in enumerate(items, 1)], TableStyle(7.3))
    y = table(p, p.w - 110, y + 5, RATE_COLS, rate_rows(doc), TableStyle(7.6))
    gross = doc.totals()[2]
    due = doc.issue_date + timedelta(days=doc.due_days)
    p.text(p.w - 14, y + 8, f"Do zapłaty: {money(gross)} PLN", 11, "Sans-Bold", "r")
    p.lines(
        14,
        y + 15,
        [f"Słownie: {words_pln(gross)}", f"Termin płatności: {dmy(due)}, {iban(doc.bank)}"],
        7.6,
        lead=4,
    )
    p.hline(14, p.w - 14, p.h - 16, 0.3)
    p.text(
        p.w / 2,
        p.h - 12,
        f"{mark} – www.{mark.lower().replace(' ', '')}.pl – biuro@{mark.lower().replace(' ', '')}.pl",
        7,
        "Sans",
        "c",
    )
    return Sample(p.bytes(), (doc,))


def fam_number_box_m_letter_footer_page_krs(rng: random.Random) -> Sample:
    """The number in a framed box at the top right ('Faktura VAT' over the box, '14/M/2026' inside), the dates in a
    small grid under it ('2026-03-14'); parties stacked on the left; a legal footer with the court, KRS, REGON and
    the share capital ('Kapitał zakładowy: 50 000,00 zł') and 'Strona 1 z 1'."""
    s = seller_of(rng, rng.choice(SELLERS))
    b = gmina(rng)
    items = pick(rng, SERV, 1, 2) + pick(rng, HW, 0, 2)
    doc = mk(rng, f"{rng.randint(1, 120)}/M/2026", items, seller=s, buyer=b)
    p = Pdf()
    p.text(p.w - 50, 14, "Faktura VAT", 11, "Sans-Bold", "c")
    p.rect(p.w - 80, 17, 60, 11, 1.2)
    p.text(p.w - 50, 24.5, doc.number, 12, "Sans-Bold", "c")
    table(
        p,
        p.w - 80,
        31,
        [Col("Data wystawienia", 30, "c"), Col("Data sprzedaży", 30, "c")],
        [[doc.issue_date.isoformat(), doc.sale_date.isoformat()]],
        TableStyle(7.4, head_fill=0.92),
    )
    y = block(p, 14, 16, "Sprzedawca", [s.name, s.street, s.city, f"NIP: {s.nip}"], w=95)
    y = block(p, 14, y + 4, "Nabywca", [b.name, b.street, b.city, f"NIP: {b.nip}"], w=95)
    y = table(p, 12, max(y, 48) + 6, std_cols(), [std_row(k, it) for k, it in enumerate(items, 1)], TableStyle(7.3))
    y = table(p, p.w - 110, y + 5, RATE_COLS, rate_rows(doc), TableStyle(7.6))
    gross = doc.totals()[2]
    due = doc.issue_date + timedelta(days=doc.due_days)
    p.text(p.w - 14, y + 8, f"Razem do zapłaty: {zl(gross)}", 11, "Sans-Bold", "r")
    p.lines(
        14,
        y + 15,
        [f"Słownie: {words_pln(gross)}", f"Termin płatności: {due.isoformat()} · {iban(doc.bank)}"],
        7.6,
        lead=4,
    )
    p.hline(14, p.w - 14, p.h - 20, 0.3)
    p.text(
        14,
        p.h - 16,
        f"Sąd Rejonowy dla Krakowa-Śródmieścia w Krakowie, XI Wydział Gospodarczy KRS, KRS {krs(rng)}, "
        f"REGON {rng.randint(100000000, 999999999)}",
        6.6,
    )
    p.text(
        14, p.h - 12.5, f"Kapitał zakładowy: {zl(Decimal(rng.choice((5000, 50000, 100000))))} (wpłacony w całości)", 6.6
    )
    p.text(p.w - 14, p.h - 12.5, "Strona 1 z 1", 6.6, "Sans", "r")
    return Sample(p.bytes(), (doc,))


def fam_number_in_title_fs_dash_roman_month_dates(rng: random.Random) -> Sample:
    """The number after 'nr' on the title line ('FAKTURA VAT nr FS-147/03/26'), dates with a Roman month
    ('14.III.2026') for the issue and the sale date, 'ORYGINAŁ' under the title, a rules-only table."""
    s = seller_of(rng, rng.choice(SELLERS))
    b = gmina(rng)
    items = pick(rng, HW, 2, 4)
    doc = mk(rng, f"FS-{rng.randint(1, 400)}/{{MM}}/26", items, seller=s, buyer=b)
    p = Pdf()
    p.text(14, 18, f"FAKTURA VAT nr {doc.number}", 14, "Sans-Bold")
    p.text(14, 23.5, "ORYGINAŁ", 8, "Sans")
    p.lines(
        p.w - 14,
        15,
        [f"Data wystawienia: {roman(doc.issue_date)}", f"Data sprzedaży: {roman(doc.sale_date)}"],
        8,
        align="r",
        lead=4.2,
    )
    y = two_parties(p, 32, s, b)
    y = table(
        p,
        12,
        y + 6,
        std_cols(),
        [std_row(k, it) for k, it in enumerate(items, 1)],
        TableStyle(7.3, rules=True, grid=False),
    )
    y = table(p, p.w - 110, y + 5, RATE_COLS, rate_rows(doc), TableStyle(7.6, rules=True, grid=False))
    gross = doc.totals()[2]
    due = doc.issue_date + timedelta(days=doc.due_days)
    p.text(p.w - 14, y + 8, f"Do zapłaty: {money(gross)} PLN", 11, "Sans-Bold", "r")
    p.lines(
        14,
        y + 15,
        [f"Słownie: {words_pln(gross)}", f"Termin płatności: {roman(due)} – przelew na rachunek {iban(doc.bank)}"],
        7.6,
        lead=4,
    )
    return Sample(p.bytes(), (doc,))


def fam_number_slash_krk_order_and_ksef_decoys(rng: random.Random) -> Sample:
    """'Faktura VAT' with the number 'FV/2026/03/0147/KRK' in a key/value header beside 'Zamówienie nr
    ZAM/2026/03/0091/KRK', 'Nr klienta' and 'Numer KSeF' (none of them the invoice number); dates '14.03.2026'."""
    s = seller_of(rng, rng.choice(SELLERS))
    b = gmina(rng)
    items = pick(rng, HW, 1, 3) + pick(rng, SERV, 0, 1)
    doc = mk(rng, f"FV/2026/{{MM}}/{rng.randint(1, 999):04d}/KRK", items, seller=s, buyer=b)
    zam_d = doc.issue_date - timedelta(days=rng.randint(5, 30))
    p = Pdf()
    p.text(14, 18, "Faktura VAT", 15, "Sans-Bold")
    kv = [
        ("Zamówienie nr", f"ZAM/{zam_d.year}/{zam_d.month:02d}/{rng.randint(1, 999):04d}/KRK"),
        ("Numer faktury", doc.number),
        ("Nr klienta", f"KRK-{rng.randint(10000, 99999)}"),
        ("Numer KSeF", ksef_no(s.nip, doc.issue_date, rng)),
        ("Data wystawienia", dmy(doc.issue_date)),
        ("Data sprzedaży", dmy(doc.sale_date)),
    ]
    y = 16.0
    for k, v in kv:
        p.text(p.w - 112, y, f"{k}:", 7.8, "Sans")
        p.text(p.w - 14, y, v, 7.8, "Sans-Bold", "r")
        y += 4.2
    y = two_parties(p, y + 6, s, b)
    y = table(p, 12, y + 6, std_cols(), [std_row(k, it) for k, it in enumerate(items, 1)], TableStyle(7.3))
    y = table(p, p.w - 110, y + 5, RATE_COLS, rate_rows(doc), TableStyle(7.6))
    gross = doc.totals()[2]
    due = doc.issue_date + timedelta(days=doc.due_days)
    p.text(p.w - 14, y + 8, f"Do zapłaty: {zl(gross)}", 11, "Sans-Bold", "r")
    p.lines(
        14,
        y + 15,
        [
            f"Słownie: {words_pln(gross)}",
            f"W tytule przelewu prosimy podać numer faktury. Termin: {dmy(due)}, {iban(doc.bank)}",
        ],
        7.6,
        lead=4,
    )
    return Sample(p.bytes(), (doc,))


def fam_pkwiu_rabat_pct_eleven_columns_landscape(rng: random.Random) -> Sample:
    """A landscape page with an eleven-column table 'Lp | Nazwa | PKWiU | J.m. | Ilość | Cena netto | Rabat % |
    Wartość netto | Stawka | VAT | Brutto' (the price printed BEFORE the discount; the net value is after it); a
    per-rate summary; dates '14.03.2026'."""
    s = seller_of(rng, rng.choice(SELLERS))
    b = gmina(rng)
    ents = rng.sample(list(HW + SOFT), rng.randint(3, 5))
    items, lists = [], []
    for e in ents:
        pct = rng.choice((0, 5, 10, 12, 15))
        # a list price in whole 20 zł steps keeps the price after the discount exact to the grosz
        list_price = Decimal(max(1, rng.randint(e[2][0] // 20, e[2][1] // 20)) * 20)
        after = list_price * (100 - pct) / 100
        it = line(rng, e, price=after)
        items.append(it)
        lists.append((list_price, pct, e[4]))
    doc = mk(rng, f"FV/{rng.randint(1, 999)}/{{MM}}/2026", items, seller=s, buyer=b)
    p = Pdf(land=True)
    p.text(14, 16, f"Faktura VAT nr {doc.number}", 14, "Sans-Bold")
    p.text(
        p.w - 14,
        16,
        f"Data wystawienia: {dmy(doc.issue_date)}     Data sprzedaży: {dmy(doc.sale_date)}",
        8.2,
        "Sans",
        "r",
    )
    y = max(
        block(p, 14, 25, "Sprzedawca", [s.name, f"{s.street}, {s.city}", f"NIP: {s.nip}"], w=120),
        block(p, 150, 25, "Nabywca", [b.name, f"{b.street}, {b.city}", f"NIP: {b.nip}"], w=120),
    )
    cols = [
        Col("Lp", 8, "c"),
        Col("Nazwa", 84),
        Col("PKWiU", 20, "c"),
        Col("J.m.", 10, "c"),
        Col("Ilość", 12, "r"),
        Col("Cena netto", 22, "r"),
        Col("Rabat %", 14, "c"),
        Col("Wartość netto", 24, "r"),
        Col("Stawka", 13, "c"),
        Col("VAT", 20, "r"),
        Col("Brutto", 24, "r"),
    ]
    rows = []
    for k, (it, (lp, pct, code)) in enumerate(zip(items, lists, strict=True), 1):
        rows.append(
            [
                str(k),
                it.name,
                code,
                it.unit,
                qty_fmt(it.qty),
                money(lp),
                f"{pct}%" if pct else "–",
                money(it.net or Decimal(0)),
                rate_label(it.vat_rate),
                money(it.vat or Decimal(0)),
                money(it.gross or Decimal(0)),
            ]
        )
    y = table(p, 14, y + 6, cols, rows, TableStyle(7.2, head_fill=0.9))
    y = table(p, p.w - 110, y + 5, RATE_COLS, rate_rows(doc), TableStyle(7.6))
    gross = doc.totals()[2]
    due = doc.issue_date + timedelta(days=doc.due_days)
    p.text(p.w - 14, y + 8, f"Do zapłaty: {money(gross)} zł", 11, "Sans-Bold", "r")
    p.lines(
        14,
        y + 8,
        [f"Słownie: {words_pln(gross)}", f"Termin płatności: {dmy(due)}", f"Rachunek: {iban(doc.bank)}"],
        7.6,
        lead=4,
    )
    return Sample(p.bytes(), (doc,), landscape=True)


def fam_protocol_priced_netto_razem_words_date(rng: random.Random) -> Sample:
    """'PROTOKÓŁ ODBIORU ILOŚCIOWO-JAKOŚCIOWEGO' WITH values: 'Cena jedn. netto' and 'Wartość netto' per line and
    'Razem wartość netto: … zł' (a protocol: its amounts are not scored); the date only in the place line in words
    ('Dobczyce, 14 marca 2026 r.'); 'Wykonawca' and 'Zamawiający'; two signatures."""
    s = seller_of(rng, rng.choice(SELLERS))
    b = gmina(rng)
    items = pick(rng, HW, 2, 4)
    doc = mk(rng, f"PO/{rng.randint(1, 60)}/2026", items, seller=s, buyer=b, kind="protocol", currency=None)
    doc = replace(doc, sale_date=None, score_amounts=False)
    p = Pdf()
    p.text(p.w - 14, 14, f"{town(b)}, {words_r(doc.issue_date)}", 8.6, "Sans", "r")
    p.text(p.w / 2, 25, "PROTOKÓŁ ODBIORU ILOŚCIOWO-JAKOŚCIOWEGO", 13, "Sans-Bold", "c")
    p.text(p.w / 2, 31, f"nr {doc.number}", 10, "Sans", "c")
    y = two_parties(p, 40, s, b, ("Wykonawca", "Zamawiający"))
    umowa = f"umowy nr {rng.randint(1, 40)}/ZP/{doc.issue_date.year}"
    y = p.lines(
        14,
        y + 6,
        wrap(f"Zamawiający odbiera od Wykonawcy, na podstawie {umowa}, następujący sprzęt:", "Sans", 8.4, 182),
        8.4,
    )
    cols = [
        Col("Lp.", 8, "c"),
        Col("Nazwa", 90),
        Col("J.m.", 10, "c"),
        Col("Ilość", 12, "r"),
        Col("Cena jedn. netto", 30, "r"),
        Col("Wartość netto", 32, "r"),
    ]
    rows = [
        [str(k), it.name, it.unit, qty_fmt(it.qty), zl(it.unit_price or Decimal(0)), zl(it.net or Decimal(0))]
        for k, it in enumerate(items, 1)
    ]
    y = table(p, 14, y + 3, cols, rows, TableStyle(7.4, head_fill=0.9))
    net = sum((i.net or Decimal(0) for i in items), Decimal(0))
    p.text(p.w - 14, y + 6, f"Razem wartość netto: {zl(net)}", 9, "Sans-Bold", "r")
    y = p.lines(
        14,
        y + 14,
        [
            "Sprzęt kompletny, bez uszkodzeń mechanicznych, zgodny z ofertą. Zastrzeżeń nie wniesiono.",
            "Protokół stanowi podstawę do wystawienia faktury.",
        ],
        8.2,
        lead=4.4,
    )
    names = rng.sample(PEOPLE, 2)
    for k, (role, name) in enumerate(
        zip(("Przekazujący (Wykonawca)", "Odbierający (Zamawiający)"), names, strict=True)
    ):
        cx = 55 if k == 0 else p.w - 55
        p.text(cx, y + 12, name, 8.4, "Sans", "c")
        p.hline(cx - 35, cx + 35, y + 24, 0.3)
        p.text(cx, y + 28, role, 7.2, "Sans", "c")
    return Sample(p.bytes(), (doc,))


def fam_protocol_serials_two_pages_repeated_head(rng: random.Random) -> Sample:
    """'PROTOKÓŁ PRZEKAZANIA SPRZĘTU' over TWO pages: many devices, each row with the serial numbers on lines of
    their own under the name (smaller type, not part of the name) and a 'Lokalizacja' column; the table header is
    repeated on page 2 under a running header with the protocol number; footers 'Strona 1 z 2'; date '2026-03-14'.
    No amounts."""
    s = seller_of(rng, rng.choice(SELLERS))
    b = gmina(rng)
    ents = rng.sample(list(DEVICES), rng.randint(14, 16))
    items = [line(rng, e, qty=rng.randint(3, 6)) for e in ents]
    doc = mk(rng, f"PPS/{rng.randint(1, 90)}/2026", items, seller=s, buyer=b, kind="protocol", currency=None)
    doc = replace(doc, sale_date=None)
    sns = [[serial(rng) for _ in range(int(it.qty))] for it in items]
    locs = [rng.choice(("Urząd – pok. 1", "Urząd – pok. 14", "Szkoła Podstawowa", "OPS", "Biblioteka")) for _ in items]
    names = rng.sample(PEOPLE, 2)

    def draw(total: int) -> Pdf:
        p = Pdf()

        def footer(p: Pdf) -> None:
            p.text(p.w / 2, p.h - 10, f"Strona {p.page_no} z {total or '?'}", 7, "Sans", "c")

        def running(p: Pdf) -> float:
            footer(p)
            p.text(14, 14, f"Protokół przekazania sprzętu nr {doc.number} – ciąg dalszy", 7.6, "Sans-Italic")
            return 22.0

        p.on_page = running
        footer(p)
        p.text(p.w / 2, 18, "PROTOKÓŁ PRZEKAZANIA SPRZĘTU", 13, "Sans-Bold", "c")
        p.text(p.w / 2, 24, f"nr {doc.number} z dnia {doc.issue_date.isoformat()}", 9.5, "Sans", "c")
        y = two_parties(p, 34, s, b, ("Przekazujący", "Przyjmujący"))
        cols = [
            Col("Lp.", 8, "c"),
            Col("Nazwa sprzętu / numery seryjne", 98),
            Col("J.m.", 10, "c"),
            Col("Ilość", 12, "r"),
            Col("Lokalizacja", 54),
        ]
        rows: list[list[Cell]] = []
        for k, (it, sn, loc) in enumerate(zip(items, sns, locs, strict=True), 1):
            cell = [(it.name, "Sans", 7.4)] + [(f"S/N: {x}", "Mono", 6.2) for x in sn]
            rows.append([str(k), cell, it.unit, qty_fmt(it.qty), loc])
        y = paged_rows(p, 14, y + 6, cols, rows, bottom=30)
        if y > p.h - 60:
            y = p.new_page()
        y = p.lines(14, y + 6, ["Sprzęt przekazano kompletny i sprawny. Uwag nie zgłoszono."], 8.2)
        for k, (role, name) in enumerate(zip(("Przekazujący", "Przyjmujący"), names, strict=True)):
            cx = 55 if k == 0 else p.w - 55
            p.text(cx, y + 10, name, 8.2, "Sans", "c")
            p.hline(cx - 35, cx + 35, y + 22, 0.3)
            p.text(cx, y + 26, role, 7.2, "Sans", "c")
        return p

    return Sample(render_paged(draw), (doc,))


def fam_protocol_unpriced_roman_date_long_names_zgodnosc(rng: random.Random) -> Sample:
    """'PROTOKÓŁ ODBIORU' without values: the place line 'Sułkowice, dnia 14.III.2026 r.', long item names wrapped in
    a NARROW name column over two or three lines, a column 'Zgodność z umową' ('TAK') and 'Uwagi'; a 'Komisja'
    list of three people."""
    s = seller_of(rng, rng.choice(SELLERS))
    b = gmina(rng)
    items = [line(rng, e, qty=rng.randint(1, 4)) for e in rng.sample(list(HW + SERV), rng.randint(2, 4))]
    doc = mk(rng, f"{rng.randint(1, 30)}/PO/{{MM}}/2026", items, seller=s, buyer=b, kind="protocol", currency=None)
    doc = replace(doc, sale_date=None)
    p = Pdf()
    p.text(p.w - 14, 14, f"{town(b)}, dnia {roman(doc.issue_date)} r.", 8.6, "Sans", "r")
    p.text(14, 25, f"PROTOKÓŁ ODBIORU nr {doc.number}", 13, "Sans-Bold")
    y = two_parties(p, 34, s, b, ("Dostawca", "Odbiorca (Zamawiający)"))
    cols = [
        Col("Lp.", 8, "c"),
        Col("Przedmiot odbioru", 52),
        Col("J.m.", 10, "c"),
        Col("Ilość", 12, "r"),
        Col("Zgodność z umową", 24, "c"),
        Col("Uwagi", 76),
    ]
    rows = [
        [str(k), it.name, it.unit, qty_fmt(it.qty), "TAK", rng.choice(("brak", "dostarczono z dokumentacją", "—"))]
        for k, it in enumerate(items, 1)
    ]
    y = table(p, 14, y + 8, cols, rows, TableStyle(7.6, head_fill=0.88))
    y = p.lines(14, y + 8, ["Komisja w składzie:"], 8.4)
    for k, name in enumerate(rng.sample(PEOPLE, 3), 1):
        p.text(20, y + 2 + (k - 1) * 9, f"{k}. {name}", 8.4)
        p.hline(90, 150, y + 3 + (k - 1) * 9, 0.3)
    p.text(p.w - 14, y + 34, "Za Dostawcę: ........................................", 8.4, "Sans", "r")
    return Sample(p.bytes(), (doc,))


def fam_slownie_payment_block_paid_remaining_zl(rng: random.Random) -> Sample:
    """A framed payment block at the foot: 'Sposób płatności: przelew', 'Termin płatności', 'Bank' and 'Nr rachunku',
    'Razem do zapłaty: 12 345,67 zł', 'Słownie złotych: …', 'Zapłacono: 0,00 zł', 'Pozostało do zapłaty: 12 345,67
    zł'; every amount with 'zł'; dates '2026.03.14'; number 'FA/00147/2026'."""
    s = seller_of(rng, rng.choice(SELLERS))
    b = gmina(rng)
    items = pick(rng, HW, 1, 3) + pick(rng, SERV, 1, 1)
    doc = mk(rng, f"FA/{rng.randint(1, 2000):05d}/2026", items, seller=s, buyer=b)
    p = Pdf()
    p.text(14, 18, "FAKTURA", 15, "Sans-Bold")
    p.text(14, 24, doc.number, 10.5, "Sans-Bold")
    p.lines(
        p.w - 14,
        15,
        [f"Data wystawienia: {ymd(doc.issue_date)}", f"Data sprzedaży: {ymd(doc.sale_date)}", f"Miejsce: {town(s)}"],
        8,
        align="r",
        lead=4.2,
    )
    y = two_parties(p, 34, s, b)
    y = table(p, 12, y + 6, std_cols(), [std_row(k, it, zl) for k, it in enumerate(items, 1)], TableStyle(7.0))
    y = table(p, p.w - 110, y + 5, RATE_COLS, rate_rows(doc, zl), TableStyle(7.4))
    gross = doc.totals()[2]
    due = doc.issue_date + timedelta(days=doc.due_days)
    top = y + 8
    p.rect(14, top, p.w - 28, 34, 0.9)
    left = [
        "Sposób płatności: przelew",
        f"Termin płatności: {ymd(due)}",
        f"Bank: {rng.choice(('PKO BP S.A.', 'Bank Spółdzielczy w Myślenicach', 'Santander Bank Polska S.A.'))}",
        f"Nr rachunku: {iban(doc.bank)}",
    ]
    p.lines(18, top + 6, left, 8, lead=4.4)
    right = [f"Razem do zapłaty: {zl(gross)}", "Zapłacono: 0,00 zł", f"Pozostało do zapłaty: {zl(gross)}"]
    p.lines(p.w - 18, top + 6, right, 8.6, "Sans-Bold", lead=5, align="r")
    p.text(18, top + 29, f"Słownie złotych: {words_pln(gross)}", 7.8, "Sans-Italic")
    return Sample(p.bytes(), (doc,))


def fam_sprzedawca_nabywca_grid_header_wrapped_name(rng: random.Random) -> Sample:
    """A gridded header of three columns 'Sprzedawca | Nabywca | Dokument': the seller's long name wraps over two or
    three lines in its narrow cell ('… Jan Kowalczyk i Wspólnicy Spółka Jawna'), the document cell holds 'Faktura
    VAT nr', 'Data wystawienia' and 'Data dostawy' ('14.03.2026')."""
    s = seller_of(rng, rng.choice(LONG_SELLERS))
    b = gmina(rng)
    items = pick(rng, HW, 1, 3) + pick(rng, SOFT, 0, 1)
    doc = mk(rng, f"{rng.randint(1, 600)}/FV/{{MM}}/26", items, seller=s, buyer=b)
    p = Pdf()
    widths = (62, 62, 58)
    heads = ("Sprzedawca", "Nabywca", "Dokument")
    x0, top = 14, 14
    p.rect(x0, top, sum(widths), 6, 0.5, fill=0.85)
    cells = [
        [*wrap(s.name, "Sans-Bold", 8.2, widths[0] - 4), s.street, s.city, f"NIP {s.nip}"],
        [*wrap(b.name, "Sans-Bold", 8.2, widths[1] - 4), b.street, b.city, f"NIP {b.nip}"],
        [
            "Faktura VAT nr",
            doc.number,
            f"Data wystawienia: {dmy(doc.issue_date)}",
            f"Data dostawy: {dmy(doc.sale_date)}",
        ],
    ]
    h = max(len(c) for c in cells) * 4.2 + 4
    x = x0
    for w, head, cell in zip(widths, heads, cells, strict=True):
        p.text(x + 2, top + 4.3, head, 8, "Sans-Bold")
        p.rect(x, top + 6, w, h, 0.5)
        name_lines = len(cell) - 3
        for k, txt in enumerate(cell):
            bold = (k < name_lines) if head != "Dokument" else k == 1
            p.text(
                x + 2,
                top + 10.5 + k * 4.2,
                txt,
                8.2 if bold or head != "Dokument" else 7.8,
                "Sans-Bold" if bold else "Sans",
            )
        x += w
    y = top + 6 + h
    y = table(p, 12, y + 8, std_cols(), [std_row(k, it) for k, it in enumerate(items, 1)], TableStyle(7.3))
    y = table(p, p.w - 110, y + 5, RATE_COLS, rate_rows(doc), TableStyle(7.6))
    gross = doc.totals()[2]
    due = doc.issue_date + timedelta(days=doc.due_days)
    p.text(p.w - 14, y + 8, f"Do zapłaty: {money(gross)} PLN", 11, "Sans-Bold", "r")
    p.lines(
        14,
        y + 15,
        [f"Słownie: {words_pln(gross)}", f"Termin płatności: {dmy(due)}; konto {iban(doc.bank)}"],
        7.6,
        lead=4,
    )
    return Sample(p.bytes(), (doc,))


def fam_two_pages_repeated_header_period_second_line(rng: random.Random) -> Sample:
    """A TWO-page invoice for monthly services: each row has the name and on a second line in small type the billing
    period ('okres: 01.03.2026 – 31.03.2026', not part of the name); the table header is repeated on page 2 under
    a running header with the invoice number; the per-rate summary and the total on page 2; footers 'Strona 1/2';
    dates '14.03.2026'. The sale date is the end of the period ('Data wykonania usługi')."""
    s = seller_of(rng, rng.choice(SELLERS))
    b = gmina(rng)
    n_months = rng.randint(5, 6)
    ents = rng.sample(list(PERIODIC), rng.randint(5, 6))
    year = 2026
    end_month = rng.randint(n_months + 1, 11)
    months = list(range(end_month - n_months + 1, end_month + 1))
    items: list[Item] = []
    periods: list[str] = []
    for m in months:
        first = date(year, m, 1)
        last = date(year, m + 1, 1) - timedelta(days=1)
        for e in ents:
            it = line(rng, e, qty=1)
            items.append(replace(it, name=f"{e[0]} – {MONTHS_NOM[m - 1]} {year}"))
            periods.append(f"okres: {dmy(first)} – {dmy(last)}")
    sale = date(year, end_month + 1, 1) - timedelta(days=1)
    issue = sale + timedelta(days=rng.randint(0, 5))
    doc = mk(
        rng,
        f"FVS/{rng.randint(1, 300)}/{issue.month:02d}/2026",
        items,
        seller=s,
        buyer=b,
        issue_date=issue,
        sale_date=sale,
    )

    def draw(total: int) -> Pdf:
        p = Pdf()

        def footer(p: Pdf) -> None:
            p.text(p.w - 14, p.h - 10, f"Strona {p.page_no}/{total or '?'}", 7, "Sans", "r")

        def running(p: Pdf) -> float:
            footer(p)
            p.text(14, 14, f"Faktura VAT nr {doc.number} (ciąg dalszy)", 7.6, "Sans-Italic")
            p.hline(14, p.w - 14, 16, 0.3)
            return 22.0

        p.on_page = running
        footer(p)
        p.text(14, 18, f"Faktura VAT nr {doc.number}", 14, "Sans-Bold")
        p.lines(
            p.w - 14,
            14,
            [f"Data wystawienia: {dmy(doc.issue_date)}", f"Data wykonania usługi: {dmy(doc.sale_date)}"],
            8,
            align="r",
            lead=4.2,
        )
        y = two_parties(p, 30, s, b)
        cols = std_cols(70)
        rows: list[list[Cell]] = []
        for k, (it, per) in enumerate(zip(items, periods, strict=True), 1):
            r = std_row(k, it)
            rows.append([r[0], [(it.name, "Sans", 7.2), (per, "Sans-Italic", 6.2)], *r[2:]])
        y = paged_rows(p, 12, y + 6, cols, rows, size=7.2, bottom=26)
        if y > p.h - 70:
            y = p.new_page()
        y = table(p, p.w - 110, y + 5, RATE_COLS, rate_rows(doc), TableStyle(7.6))
        gross = doc.totals()[2]
        due = doc.issue_date + timedelta(days=doc.due_days)
        p.text(p.w - 14, y + 8, f"Do zapłaty: {money(gross)} PLN", 11, "Sans-Bold", "r")
        p.lines(
            14,
            y + 15,
            [f"Słownie: {words_pln(gross)}", f"Termin płatności: {dmy(due)}, {iban(doc.bank)}"],
            7.6,
            lead=4,
        )
        return p

    return Sample(render_paged(draw), (doc,))


MONTHS_NOM = (
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
