"""BLIND-18 families (fresh batch). Not to be opened by the parser engineer; measured once, at the end.

Layouts written for this batch only, by an evaluator who never read the parser (`extractors/`, `checks/`,
`tests/extractors/`, `knowledge/`, docs/extraction*). They share the data model (`Doc`, `Item`, `Party`) and the page
canvas and table drawing (`Pdf`, `table`) of `kit.py` and a few helpers of `../blind15` and `../blind17` (`XDoc`,
`mk`, `line`, `two_parties`, `totals_block`, `render_paged`, ...), but bring their own sellers, their own IT catalogue
and real gminy of the powiat rzeszowski (Podkarpackie) from the TERYT register (TERC 2024-01-01,
`/work/shared/data/teryt/terc_2024-01-01.csv`, the TERYT code kept beside each). Streets, post codes, NIPs,
people, serial numbers and sellers are invented.

Split decided when the batch was written (alternate sorted names, `build._half`): blind18a (tuned on after its one
measurement) = abonament_okres_rozliczeniowy_mc, correction_period_subscription_iso,
data_i_miejsce_cell_roman_months, due_14_dni_signature_dated, number_box_date_beside_podatnik_kontrahent,
protocol_items_dated_period_short_year, protocol_wz_sn_sublines_kpl, slash_dates_uwagi_column_serials;
blind18b (frozen) = the other eight.

Focus of the batch: DATES and LINE ITEMS. Several dates close together (data wystawienia, sprzedaży, dostawy,
wykonania usługi, zamówienia, WZ, zwrotu, termin płatności; 'Data i miejsce wystawienia' in one cell; a period
'okres rozliczeniowy 01.11–30.11.2026'; a date inside an item name ('Abonament … 11.2026', '… – 03.11.26'); dates in
a stamp and beside signatures; a due date written as '14 dni'); dates as '7 XII 2026', '07/12/2026', '2026-12-07',
'7.12.26', '7.12.2026'. Tables whose rows are hard to count: names over several lines, a sub-line of serial numbers
under each item, 'Rabat -10 %' rows, 'Transport' and 'Opłata BDO' rows, blank separator rows, section heads with
subtotals ('Razem sprzęt'), 'w tym:' component rows, items numbered 1., 1.1, 1.2, a table over two pages with
'Do przeniesienia' / 'Z przeniesienia', an 'Uwagi' column, units 'kpl.', 'szt.', 'usł.', 'm-c', 'godz.'. Protocols with
serial numbers and an 'Uwagi:' block, a correction listing returned units, an invoice whose number sits in a box with
the date beside it; parties as 'Podatnik' / 'Kontrahent', a seller printed only in the header logo band with its NIP
in the footer, a buyer 'Urząd Gminy X' with the payer 'Gmina X'.

Expected values follow the page: a discount, transport or fee row is a line of its own (it has a quantity and an
amount); section heads, subtotal rows, 'w tym:' rows, serial-number sub-lines, carry-over and blank rows are not.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from tests.corpus.extract.blind15.families_blind15 import iban, nrb, sig_pair
from tests.corpus.extract.blind17.families_blind17 import (
    VAT_COLS,
    cols9,
    line,
    mk,
    render_paged,
    row9,
    totals_block,
)
from tests.corpus.extract.kit import (
    Col,
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
    wrap,
)
from tests.corpus.extract.registry import Sample

# --------------------------------------------------------------------------------------------------
# Data of this batch

# (TERYT code, name as in TERC, kind as in TERC, seat town, locative of the seat)
TERC_JST = (
    ("1816033", "Boguchwała", "gmina miejsko-wiejska", "Boguchwała", "Boguchwale"),
    ("1816042", "Chmielnik", "gmina wiejska", "Chmielnik", "Chmielniku"),
    ("1816063", "Głogów Małopolski", "gmina miejsko-wiejska", "Głogów Małopolski", "Głogowie Małopolskim"),
    ("1816092", "Krasne", "gmina wiejska", "Krasne", "Krasnem"),
    ("1816102", "Lubenia", "gmina wiejska", "Lubenia", "Lubeni"),
    ("1816122", "Świlcza", "gmina wiejska", "Świlcza", "Świlczy"),
    ("1816132", "Trzebownisko", "gmina wiejska", "Trzebownisko", "Trzebownisku"),
    ("1816143", "Tyczyn", "gmina miejsko-wiejska", "Tyczyn", "Tyczynie"),
)
JST_STREETS = ("ul. Rynek 2", "ul. Suszyckich 33", "Krasne 121", "ul. 3 Maja 12", "Trzebownisko 976", "ul. Szkolna 5")

SELLERS = (
    "Rzeszowskie Centrum Serwisowe RCS Sp. z o.o.",
    "PODKARPACKI INTEGRATOR IT S.A.",
    "Bieszczadzka Sieć Teleinformatyczna Sp. z o.o.",
    "Kompleksowa Obsługa Informatyczna Michał Sowa",
    "Lubelsko-Podkarpackie Systemy Bezpieczeństwa Sp. z o.o.",
    "Stalowa Informatyka Teresa Kołodziej",
    "Jasielskie Biuro Komputerowe JBK s.c.",
    "ResMedia Technologie Sp. z o.o. sp.k.",
)
SELLER_STREETS = (
    "ul. Hoffmanowej 19",
    "al. Rejtana 53A",
    "ul. Podkarpacka 7/2",
    "ul. Lwowska 140",
    "ul. Dąbrowskiego 8",
)
SELLER_CITIES = ("35-016 Rzeszów", "35-326 Rzeszów", "38-200 Jasło", "37-450 Stalowa Wola", "39-300 Mielec")

# name, unit, (low, high) unit net price, rate, code
HW = (
    (
        'Notebook Lenovo ThinkPad T14 Gen 5 Intel Core Ultra 5 125U 16 GB RAM 512 GB SSD 14" WUXGA Windows 11 Pro',
        "szt.",
        (4600, 5600),
        "23",
        "LN-T14G5",
    ),
    (
        "Komputer stacjonarny HP Elite Mini 800 G9 i5-13500T 16 GB 512 GB SSD Windows 11 Pro",
        "szt.",
        (3300, 4200),
        "23",
        "HP-EM800G9",
    ),
    ('Monitor Philips 243B1 23,8" IPS USB-C z regulacją wysokości', "szt.", (620, 790), "23", "PH-243B1"),
    (
        "Przełącznik sieciowy Ubiquiti UniFi USW-Pro-24-PoE zarządzalny L3 24 porty PoE+",
        "szt.",
        (3800, 4700),
        "23",
        "UB-USWP24P",
    ),
    ("Zapora sieciowa Fortinet FortiGate 40F z pakietem UTP na 36 miesięcy", "kpl.", (4700, 6200), "23", "FG-40F-UTP"),
    ("Serwer plików Synology DS923+ z dyskami 4 x 4 TB Synology HAT5300", "kpl.", (6400, 8100), "23", "SY-DS923-16"),
    (
        "Zasilacz awaryjny UPS APC Smart-UPS SMT1500RMI2UC 1500 VA do szafy rack",
        "szt.",
        (3900, 4800),
        "23",
        "APC-SMT1500",
    ),
    ("Urządzenie wielofunkcyjne Brother MFC-L8690CDW kolor A4 z dupleksem", "szt.", (2100, 2700), "23", "BR-L8690"),
    ("Dysk zewnętrzny WD My Passport 4 TB USB 3.2 z szyfrowaniem sprzętowym", "szt.", (430, 560), "23", "WD-MP4TB"),
    ("Token kryptograficzny Thales SafeNet eToken 5110 CC", "szt.", (190, 260), "23", "TH-ET5110"),
)
SOFT = (
    ("Licencja Bitdefender GravityZone Business Security Premium – 1 rok", "lic.", (160, 230), "23", "BD-GZP-1Y"),
    ("Licencja Microsoft Office LTSC Standard 2024 dla administracji", "lic.", (1700, 2300), "23", "MS-OLTSC24"),
    (
        "Oprogramowanie do kopii zapasowych Veeam Backup Essentials – subskrypcja 1 rok",
        "lic.",
        (900, 1400),
        "23",
        "VE-BE-1Y",
    ),
)
SERVICES = (
    ("Wdrożenie systemu kopii zapasowych wraz z dokumentacją powykonawczą", "usł.", (3800, 7600), "23", "USL-BKP"),
    (
        "Konfiguracja zapory sieciowej i segmentacji sieci (VLAN) w budynku urzędu",
        "usł.",
        (2400, 5200),
        "23",
        "USL-NET",
    ),
    ("Szkolenie z cyberbezpieczeństwa dla pracowników urzędu (6 godz.)", "usł.", (2600, 4800), "zw", "USL-SZK"),
)
SUBSCRIPTIONS = (
    ("Abonament – monitoring bezpieczeństwa SOC 24/7", "m-c", (2900, 4600), "23", "ABO-SOC"),
    ("Abonament – kopia zapasowa w chmurze 1 TB", "m-c", (380, 720), "23", "ABO-BKP"),
    ("Abonament – opieka informatyczna urzędu (pakiet 20 godz.)", "m-c", (2400, 3900), "23", "ABO-OPI"),
    ("Abonament – hosting BIP i poczty urzędowej", "m-c", (240, 480), "23", "ABO-BIP"),
)
SERVICE_HOURS = (
    ("Przegląd okresowy zasilaczy UPS w serwerowni", "godz.", (130, 190), "23", "SRW-UPS"),
    ("Aktualizacja oprogramowania zapory sieciowej", "godz.", (150, 210), "23", "SRW-FW"),
    ("Test odtworzenia kopii zapasowej serwera plików", "godz.", (140, 200), "23", "SRW-BKP"),
    ("Usunięcie awarii drukarki sieciowej w sekretariacie", "godz.", (100, 150), "23", "SRW-DRK"),
    ("Przegląd uprawnień kont użytkowników w domenie", "godz.", (150, 220), "23", "SRW-AD"),
    ("Wymiana dysku w macierzy i odbudowa RAID", "godz.", (160, 230), "23", "SRW-RAID"),
)
COMPONENTS = {
    "LN-T14G5": ("zasilacz 65 W USB-C", 'torba na notebook 14"', "mysz bezprzewodowa"),
    "HP-EM800G9": ("klawiatura i mysz HP 320", "kabel zasilający", "uchwyt VESA"),
    "FG-40F-UTP": ("urządzenie FortiGate 40F", "licencja FortiGuard UTP 36 m-cy", "zasilacz"),
    "SY-DS923-16": ("serwer DS923+", "4 x dysk HAT5300 4 TB", "2 x kabel RJ-45"),
    "APC-SMT1500": ("zasilacz UPS", "szyny montażowe rack", "karta sieciowa AP9640"),
}
PEOPLE = ("Katarzyna Bąk", "Mariusz Rzepka", "Dorota Pelc", "Krzysztof Wilk", "Renata Socha", "Łukasz Fijał")
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")


def roman(d: date) -> str:
    """'7 XII 2026'."""
    return f"{d.day} {ROMAN[d.month - 1]} {d.year}"


def slash(d: date) -> str:
    """'07/12/2026'."""
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def short(d: date) -> str:
    """'7.12.26'."""
    return f"{d.day}.{d.month:02d}.{d.year % 100:02d}"


def nopad(d: date) -> str:
    """'7.12.2026'."""
    return f"{d.day}.{d.month:02d}.{d.year}"


def dmy(d: date) -> str:
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


def jst(rng: random.Random) -> tuple[str, ...]:
    return rng.choice(TERC_JST)


def gmina(j: tuple[str, ...], rng: random.Random) -> Party:
    post = f"{rng.choice(('35-0', '36-0', '36-1'))}{rng.randint(10, 99)}"
    return Party(f"Gmina {j[1]}", rng.choice(JST_STREETS), f"{post} {j[3]}", make_nip(rng))


def seller(rng: random.Random) -> Party:
    return Party(rng.choice(SELLERS), rng.choice(SELLER_STREETS), rng.choice(SELLER_CITIES), make_nip(rng))


def town(p: Party) -> str:
    return p.city.split(" ", 1)[1]


def serial(rng: random.Random) -> str:
    return rng.choice(("PF", "5CG", "S1", "2MX", "JP")) + "".join(
        rng.choice("0123456789ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(8)
    )


def month_end(y: int, m: int) -> date:
    return (date(y + (m == 12), m % 12 + 1, 1)) - timedelta(days=1)


def new_doc(
    rng: random.Random,
    number: str,
    items: Sequence[Item],
    *,
    buyer: Party | None = None,
    **kw: Any,
) -> Any:
    j = jst(rng)
    return mk(rng, number, items, seller=seller(rng), buyer=buyer or gmina(j, rng), **kw)


def pick(rng: random.Random, pool: Sequence[tuple[Any, ...]], lo: int, hi: int) -> list[Item]:
    return [line(rng, e) for e in rng.sample(list(pool), rng.randint(lo, hi))]


def party_block(p: Pdf, x: float, y: float, cap: str, pt: Party, *, nip: str = "dash", size: float = 8.3) -> float:
    p.text(x, y, cap, 8, "Sans-Bold")
    rows = [*wrap(pt.name, "Sans", size, 86), pt.street, pt.city]
    if nip:
        rows.append(f"NIP: {nip_fmt(pt.nip, nip)}")
    return p.lines(x, y + 4.6, rows, size, lead=size * 0.48)


def sums(items: Sequence[Item]) -> tuple[Decimal, Decimal, Decimal]:
    return (
        sum((i.net or Decimal(0) for i in items), Decimal(0)),
        sum((i.vat or Decimal(0) for i in items), Decimal(0)),
        sum((i.gross or Decimal(0) for i in items), Decimal(0)),
    )


def neg_line(name: str, unit: str, amount: Decimal, rate: str = "23") -> Item:
    """A line of its own with qty 1 and a (possibly negative) net amount."""
    r = Decimal(rate) if rate.isdigit() else Decimal(0)
    vat = q2(amount * r / 100)
    return Item(name, Decimal(1), unit, amount, amount, rate, vat, amount + vat, codes=("", "", ""))


# --------------------------------------------------------------------------------------------------
# Families of half a (even positions of the sorted names)


def fam_abonament_okres_rozliczeniowy_mc(rng: random.Random) -> Sample:
    """Monthly subscription invoice issued early the next month: 'Okres rozliczeniowy: 01.11–30.11.2026' beside the
    issue date and 'Data wykonania usługi' (the last day of the period), every item name ending with the month
    ('Abonament – … 11.2026'), unit 'm-c', an extra-hours line in decimal hours; dates '2026-12-03'."""
    m = rng.randint(1, 10)
    issue = date(2026, m + 1, rng.randint(1, 6))
    end = month_end(2026, m)
    tag = f"{m:02d}.2026"
    items = [line(rng, e, qty=1, name=f"{e[0]} {tag}") for e in rng.sample(SUBSCRIPTIONS, rng.randint(2, 4))]
    extra = rng.choice(SERVICE_HOURS)
    items.append(line(rng, extra, qty=rng.choice(("1.5", "2.5", "3.25", "4.75")), name=f"{extra[0]} ({tag})"))
    doc = new_doc(rng, f"ABO/{rng.randint(1, 999):04d}/{{MM}}/2026", items, issue_date=issue, sale_date=end)
    s, b = doc.seller, doc.buyer
    p = Pdf()
    p.text(14, 16, s.name, 11, "Sans-Bold")
    p.text(14, 21, f"{s.street}, {s.city}   NIP {nip_fmt(s.nip, 'dash')}", 7.8)
    p.text(14, 34, f"Faktura VAT nr {doc.number}", 14, "Sans-Bold")
    kv = [
        ("Data wystawienia:", doc.issue_date.isoformat()),
        ("Data wykonania usługi:", end.isoformat()),
        ("Okres rozliczeniowy:", f"01.{m:02d}–{end.day}.{m:02d}.2026"),
        ("Termin płatności:", (doc.issue_date + timedelta(days=doc.due_days)).isoformat()),
    ]
    y = 14.0
    for lab, val in kv:
        p.text(128, y, lab, 7.8)
        p.text(p.w - 14, y, val, 8.2, "Sans-Bold", "r")
        y += 4.4
    y = max(party_block(p, 14, 44, "Sprzedawca", s), party_block(p, 108, 44, "Nabywca", b))
    y = table(p, 12, y + 6, cols9(), [row9(k, it) for k, it in enumerate(items, 1)], TableStyle(7.4, head_fill=0.9))
    y = totals_block(p, y, doc)
    p.text(14, y + 4, f"Przelew na rachunek {nrb(doc.bank)}. W tytule prosimy podać numer faktury.", 7.8)
    return Sample(p.bytes(), (doc,))


def fam_correction_period_subscription_iso(rng: random.Random) -> Sample:
    """Correction of a monthly subscription for an SLA breach: 'Korekta do faktury ABO/0391/10/2026 z 2026-11-03',
    'Okres rozliczeniowy: 01.10–31.10.2026', three dates in ISO (correction, corrected invoice, end of period); ONE
    table with 'Było:' and 'Powinno być:' label rows, then the difference per rate and 'Kwota do zwrotu'."""
    m = rng.randint(1, 9)
    end = month_end(2026, m)
    tag = f"{m:02d}.2026"
    ents = rng.sample(SUBSCRIPTIONS, rng.randint(1, 2))
    base = [line(rng, e, qty=1, name=f"{e[0]} {tag}") for e in ents]
    before = [replace(it, before_correction=True) for it in base]
    after = []
    for it in base:
        cut = q2((it.unit_price or Decimal(0)) * Decimal(rng.choice(("0.90", "0.80", "0.75"))))
        after.append(line(rng, (it.name, it.unit, (0, 0), "23", it.codes[0]), qty=1, price=cut))
    orig_date = date(2026, m + 1, rng.randint(1, 5))
    issue = orig_date + timedelta(days=rng.randint(12, 40))
    doc = new_doc(
        rng,
        f"KOR/ABO/{rng.randint(1, 60):04d}/2026",
        [*before, *after],
        kind="correction",
        issue_date=issue,
        sale_date=end,
        drop=("sale_date",),
    )
    s, b = doc.seller, doc.buyer
    orig_no = f"ABO/{rng.randint(100, 999):04d}/{orig_date.month:02d}/2026"
    p = Pdf()
    p.rect(0, 0, p.w, 8, 0, fill=0.82)
    p.text(14, 18, s.name, 10.5, "Sans-Bold")
    p.text(14, 23, f"{s.street}, {s.city}, NIP {s.nip}", 7.8)
    p.text(14, 36, "FAKTURA KORYGUJĄCA", 15, "Sans-Bold")
    p.text(14, 42, f"nr {doc.number}", 11, "Sans-Bold")
    p.lines(
        118,
        32,
        [
            f"Data wystawienia korekty: {doc.issue_date.isoformat()}",
            f"Korekta do faktury {orig_no} z {orig_date.isoformat()}",
            f"Okres rozliczeniowy: 01.{m:02d}–{end.day}.{m:02d}.2026",
            f"Data wykonania usługi: {end.isoformat()}",
        ],
        7.8,
        lead=4.2,
    )
    y = max(party_block(p, 14, 54, "Sprzedawca", s), party_block(p, 108, 54, "Nabywca", b))
    label = ["", "", "", "", "", "", "", "", ""]
    rows = [["", "Było:", *label[2:]]]
    rows += [row9(k, it) for k, it in enumerate(before, 1)]
    rows += [["", "Powinno być:", *label[2:]]]
    rows += [row9(k, it) for k, it in enumerate(after, 1)]
    y = table(p, 12, y + 7, cols9(), rows, TableStyle(7.4, head_fill=0.9))
    diff = []
    for (r, n1, v1, g1), (_r, n0, v0, g0) in zip(doc.rate_summary(after), doc.rate_summary(before), strict=True):
        diff.append([rate_label(r), money(n1 - n0), money(v1 - v0), money(g1 - g0)])
    tot = [a - c for a, c in zip(doc.totals(after), doc.totals(before), strict=True)]
    diff.append(["Razem", *(money(t) for t in tot)])
    p.text(p.w - 108, y + 7, "Różnica (korekta)", 8.5, "Sans-Bold")
    y = table(p, p.w - 108, y + 9, VAT_COLS, diff, TableStyle(7.6, head_fill=0.9))
    p.text(p.w - 14, y + 8, f"Kwota do zwrotu: {money(-tot[2])} PLN", 11, "Sans-Bold", "r")
    p.lines(
        14,
        y + 16,
        [
            "Przyczyna korekty: niedotrzymanie poziomu SLA w okresie rozliczeniowym (obniżenie opłaty zgodnie z § 7"
            " umowy).",
            f"Zwrot na rachunek Nabywcy w terminie {doc.due_days} dni od daty wystawienia korekty.",
        ],
        7.8,
        lead=4,
    )
    return Sample(p.bytes(), (doc,))


def fam_data_i_miejsce_cell_roman_months(rng: random.Random) -> Sample:
    """Header grid of six cells with Roman-month dates: 'Data i miejsce wystawienia' holding 'Rzeszów, 7 XII 2026' in
    ONE cell, 'Data dostawy', 'Data zamówienia', 'Termin płatności'; the number itself carries a Roman month
    ('0123/XII/2026'); names wrap over two or three lines."""
    items = pick(rng, HW, 2, 4) + pick(rng, SOFT, 0, 1)
    doc = new_doc(rng, "X", items)
    d = doc.issue_date
    doc = replace(doc, number=f"{rng.randint(1, 999):04d}/{ROMAN[d.month - 1]}/{d.year}")
    s, b = doc.seller, doc.buyer
    ordered = doc.sale_date - timedelta(days=rng.randint(5, 20))
    p = Pdf()
    p.text(14, 17, "FAKTURA VAT", 17, "Serif-Bold")
    p.text(14, 24, f"nr {doc.number}", 11, "Serif")
    p.text(p.w - 14, 17, "ORYGINAŁ", 9, "Serif-Bold", "r")
    cells = [
        ("Data i miejsce wystawienia", f"{doc.place}, {roman(d)}"),
        ("Data dostawy", roman(doc.sale_date)),
        ("Data zamówienia", roman(ordered)),
        ("Termin płatności", roman(d + timedelta(days=doc.due_days))),
        ("Sposób zapłaty", "przelew"),
        ("Nr zamówienia", f"ZAM/{rng.randint(10, 99)}/{ROMAN[ordered.month - 1]}/{ordered.year}"),
    ]
    x0, y0, cw, ch = 14.0, 30.0, 60.7, 10.0
    for k, (lab, val) in enumerate(cells):
        x, y = x0 + (k % 3) * cw, y0 + (k // 3) * ch
        p.rect(x, y, cw, ch, 0.4)
        p.text(x + 1.5, y + 3.3, lab, 6.5, "Serif")
        p.text(x + 1.5, y + 8, val, 8.8, "Serif-Bold")
    y = max(party_block(p, 14, 58, "Sprzedawca", s), party_block(p, 108, 58, "Nabywca", b))
    st = TableStyle(7.4, "Serif", "Serif-Bold", head_fill=0.9)
    y = table(p, 12, y + 6, cols9(name_w=62), [row9(k, it) for k, it in enumerate(items, 1)], st)
    y = totals_block(p, y, doc)
    p.text(14, y + 4, f"Rachunek bankowy: {nrb(doc.bank)}", 7.8, "Serif")
    return Sample(p.bytes(), (doc,))


def fam_due_14_dni_signature_dated(rng: random.Random) -> Sample:
    """Plain small-firm invoice whose due date is only '14 dni' ('Termin płatności: 14 dni od daty otrzymania
    faktury'), 'Data zamówienia' above the issue and sale dates, and dated signatures at the bottom ('Fakturę
    odebrał(a) … dnia 09.12.2026', 'Fakturę wystawił(a) … 07.12.2026')."""
    items = pick(rng, HW, 1, 3) + pick(rng, SERVICES, 1, 1)
    doc = new_doc(rng, f"FV/{rng.randint(1, 400)}/2026", items)
    doc = replace(doc, due_days=14)
    s, b = doc.seller, doc.buyer
    ordered = doc.sale_date - timedelta(days=rng.randint(3, 15))
    got = doc.issue_date + timedelta(days=rng.randint(1, 6))
    p = Pdf()
    p.text(14, 17, s.name, 11, "Sans-Bold")
    p.lines(14, 22, [s.street, s.city, f"NIP {s.nip}"], 8, lead=3.9)
    p.lines(
        p.w - 14,
        17,
        [
            f"Data zamówienia: {dmy(ordered)}",
            f"Data wystawienia: {dmy(doc.issue_date)}",
            f"Data sprzedaży: {dmy(doc.sale_date)}",
            f"Miejsce wystawienia: {doc.place}",
        ],
        8.2,
        align="r",
        lead=4.3,
    )
    p.text(p.w / 2, 44, f"Faktura nr {doc.number}", 14, "Sans-Bold", "c")
    y = max(party_block(p, 14, 54, "Sprzedawca", s, nip=""), party_block(p, 108, 54, "Nabywca", b))
    y = table(p, 12, y + 6, cols9(), [row9(k, it) for k, it in enumerate(items, 1)], TableStyle(7.4))
    y = totals_block(p, y, doc)
    p.lines(
        14,
        y + 3,
        [
            "Sposób zapłaty: przelew",
            "Termin płatności: 14 dni od daty otrzymania faktury",
            f"Nr rachunku: {nrb(doc.bank)}",
        ],
        8,
        lead=4.2,
    )
    people = rng.sample(PEOPLE, 2)
    y += 32
    sig_pair(p, y, "Fakturę odebrał(a)", "Fakturę wystawił(a)")
    p.text(54, y - 2, f"{people[0]}, dnia {dmy(got)}", 7.6, "Sans-Italic", "c")
    p.text(p.w - 54, y - 2, f"{people[1]}, {dmy(doc.issue_date)}", 7.6, "Sans-Italic", "c")
    return Sample(p.bytes(), (doc,))


def fam_number_box_date_beside_podatnik_kontrahent(rng: random.Random) -> Sample:
    """The number in a framed box top right with the issue date in the cell BESIDE it ('Faktura VAT nr' | 'z dnia'),
    the sale date under the box; parties labelled 'Podatnik' (seller) and 'Kontrahent' (buyer); dates '07-12-2026'."""
    items = pick(rng, HW, 1, 3) + pick(rng, SOFT, 1, 2)
    doc = new_doc(rng, f"{rng.randint(1, 999)}/{{MM}}/2026/F", items)
    s, b = doc.seller, doc.buyer

    def dash(d: date) -> str:
        return f"{d.day:02d}-{d.month:02d}-{d.year}"

    p = Pdf()
    p.text(14, 16, s.name, 11, "Sans-Bold")
    p.text(14, 21, f"{s.street}, {s.city}", 8)
    bx, bw1, bw2 = 112.0, 50.0, 34.0
    p.rect(bx, 10, bw1 + bw2, 14, 0.8)
    p.vline(bx + bw1, 10, 24, 0.6)
    p.text(bx + 2, 14, "Faktura VAT nr", 6.8)
    p.text(bx + bw1 / 2, 21, doc.number, 11, "Sans-Bold", "c")
    p.text(bx + bw1 + 2, 14, "z dnia", 6.8)
    p.text(bx + bw1 + bw2 / 2, 21, dash(doc.issue_date), 10, "Sans-Bold", "c")
    p.text(bx, 29, f"Data sprzedaży: {dash(doc.sale_date)}", 8)
    p.text(bx, 33.5, f"Termin zapłaty: {dash(doc.issue_date + timedelta(days=doc.due_days))}", 8)
    y = max(
        party_block(p, 14, 44, "Podatnik", s, nip="plain"),
        party_block(p, 108, 44, "Kontrahent", b, nip="plain"),
    )
    cols = [
        Col("Lp.", 8, "c"),
        Col("Nazwa", 66),
        Col("Ilość", 12, "r"),
        Col("J.m.", 10, "c"),
        Col("Cena jedn. netto", 21, "r"),
        Col("Wartość netto", 21, "r"),
        Col("St. VAT", 11, "c"),
        Col("Kwota VAT", 17, "r"),
        Col("Wartość brutto", 21, "r"),
    ]
    y = table(p, 12, y + 6, cols, [row9(k, it) for k, it in enumerate(items, 1)], TableStyle(7.4, head_fill=0.9))
    y = totals_block(p, y, doc)
    p.text(14, y + 4, f"Płatność: przelew na rachunek {iban(doc.bank)}", 7.8)
    return Sample(p.bytes(), (doc,))


def fam_protocol_items_dated_period_short_year(rng: random.Random) -> Sample:
    """Service acceptance protocol 'za okres 01.11.26–30.11.26': every activity row carries its own date in the name
    ('… – 03.11.26'), decimal hours, 'Data sporządzenia: 7.12.26', signatures each with a place and date."""
    m = rng.randint(1, 10)
    end = month_end(2026, m)
    ents = rng.sample(SERVICE_HOURS, rng.randint(3, 5))
    days = sorted(rng.sample(range(2, end.day), len(ents)))
    items = [
        line(rng, e, qty=rng.choice(("0.5", "1.5", "2", "2.5", "3.75")), name=f"{e[0]} – {short(date(2026, m, dd))}")
        for e, dd in zip(ents, days, strict=True)
    ]
    issue = date(2026, m + 1, rng.randint(1, 8))
    doc = new_doc(
        rng,
        f"PS/{{MM}}/2026/{rng.randint(1, 40):02d}",
        items,
        kind="protocol",
        currency=None,
        sale_date=None,
        issue_date=issue,
    )
    s, b = doc.seller, doc.buyer
    contract = issue - timedelta(days=rng.randint(90, 330))
    p = Pdf()
    p.text(p.w / 2, 18, "PROTOKÓŁ ODBIORU USŁUG SERWISOWYCH", 14, "Sans-Bold", "c")
    p.text(p.w / 2, 24.5, f"nr {doc.number}", 11, "Sans", "c")
    p.text(p.w / 2, 30, f"za okres {short(date(2026, m, 1))}–{short(end)}", 9, "Sans", "c")
    p.text(14, 40, f"Data sporządzenia: {short(issue)}", 8.5)
    p.text(
        p.w - 14,
        40,
        f"Umowa serwisowa nr {rng.randint(1, 30)}/SRW/{contract.year} z {short(contract)}",
        8.5,
        "Sans",
        "r",
    )
    y = max(party_block(p, 14, 50, "Wykonawca", s), party_block(p, 108, 50, "Zamawiający", b))
    cols = [Col("Lp.", 9, "c"), Col("Czynność i data wykonania", 118), Col("Czas [h]", 20, "r"), Col("J.m.", 16, "c")]
    rows = [[f"{k}.", it.name, qty_fmt(it.qty), it.unit] for k, it in enumerate(items, 1)]
    y = table(p, 14, y + 7, cols, rows, TableStyle(8.2, grid=False, rules=True))
    hours = sum((i.qty for i in items), Decimal(0))
    p.text(p.w - 14 - 16 - 3, y + 5, f"Łącznie: {qty_fmt(hours)} h", 8.5, "Sans-Bold", "r")
    p.text(14, y + 13, "Uwagi: brak. Usługi wykonano zgodnie z umową; Zamawiający nie zgłasza zastrzeżeń.", 8.2)
    signed = issue + timedelta(days=rng.randint(0, 3))
    y += 40
    sig_pair(p, y, "Wykonawca", "Zamawiający")
    p.text(54, y - 2, f"{town(s)}, {short(issue)}", 7.6, "Sans-Italic", "c")
    p.text(p.w - 54, y - 2, f"{town(b)}, {short(signed)}", 7.6, "Sans-Italic", "c")
    return Sample(p.bytes(), (doc,))


def fam_protocol_wz_sn_sublines_kpl(rng: random.Random) -> Sample:
    """Delivery acceptance protocol with four dates in one strip ('Data zamówienia', 'Data WZ', 'Data dostawy',
    'Data protokołu', as '07/12/2026') and the WZ number; under every item a grey sub-line 'S/N: …, …' listing the
    serial number of each unit; units 'kpl.' and 'szt.'."""
    ents = rng.sample(HW, rng.randint(2, 4))
    items = [line(rng, e, qty=rng.randint(1, 4)) for e in ents]
    doc = new_doc(rng, f"PD/{rng.randint(1, 300):04d}/2026", items, kind="protocol", currency=None, sale_date=None)
    s, b = doc.seller, doc.buyer
    delivered = doc.issue_date - timedelta(days=rng.randint(0, 2))
    wz = delivered - timedelta(days=rng.randint(1, 3))
    ordered = wz - timedelta(days=rng.randint(5, 20))
    p = Pdf()
    p.text(14, 18, "PROTOKÓŁ ODBIORU DOSTAWY", 15, "Sans-Bold")
    p.text(14, 25, f"Nr {doc.number}", 10.5, "Sans-Bold")
    strip = [
        ("Data zamówienia", slash(ordered)),
        ("Data WZ", slash(wz)),
        ("Data dostawy", slash(delivered)),
        ("Data protokołu", slash(doc.issue_date)),
        ("Dokument WZ", f"WZ {rng.randint(100, 999)}/MAG/2026"),
    ]
    for k, (lab, val) in enumerate(strip):
        x = 14 + k * 36.4
        p.rect(x, 31, 36.4, 10, 0.4, fill=0.95)
        p.text(x + 1.5, 34.3, lab, 6.5)
        p.text(x + 1.5, 39, val, 8.4, "Sans-Bold")
    y = max(party_block(p, 14, 50, "Dostawca", s), party_block(p, 108, 50, "Odbiorca", b))
    cols = [Col("Lp.", 9, "c"), Col("Nazwa sprzętu", 128), Col("Ilość", 18, "r"), Col("J.m.", 14, "c")]
    rows: list[list[str]] = []
    for k, it in enumerate(items, 1):
        rows.append([str(k), it.name, qty_fmt(it.qty), it.unit])
        rows.append(["", "S/N: " + ", ".join(serial(rng) for _ in range(int(it.qty))), "", ""])
    y = table(p, 14, y + 7, cols, rows, TableStyle(8, grid=False, rules=True))
    p.text(14, y + 8, "Dostawa kompletna, opakowania nieuszkodzone. Sprzęt przyjęto na stan bez zastrzeżeń.", 8.3)
    sig_pair(p, y + 34, "Przekazujący (Dostawca)", "Przyjmujący (Odbiorca)")
    return Sample(p.bytes(), (doc,))


def fam_slash_dates_uwagi_column_serials(rng: random.Random) -> Sample:
    """Invoice with an 'Uwagi' column (serial numbers, 'gwarancja 36 m-cy', delivery site) beside long names that wrap
    over several lines; dates '07/12/2026' for issue, sale and due date plus the date of the goods-issue note."""
    items = pick(rng, HW, 2, 4) + pick(rng, SERVICES, 0, 1)
    doc = new_doc(rng, f"FS {rng.randint(1, 999):03d}/{{MM}}/26", items)
    s, b = doc.seller, doc.buyer
    p = Pdf()
    p.text(14, 16, s.name, 11, "Sans-Bold")
    p.lines(14, 21, [f"{s.street}, {s.city}", f"NIP: {nip_fmt(s.nip, 'dash')}"], 8, lead=4)
    p.text(p.w - 14, 16, f"Faktura VAT {doc.number}", 13, "Sans-Bold", "r")
    p.lines(
        p.w - 14,
        22,
        [
            f"wystawiona dnia {slash(doc.issue_date)}, {doc.place}",
            f"data sprzedaży {slash(doc.sale_date)}",
            f"data wydania towaru (WZ) {slash(doc.sale_date - timedelta(days=rng.randint(0, 2)))}",
            f"termin zapłaty {slash(doc.issue_date + timedelta(days=doc.due_days))}",
        ],
        8,
        align="r",
        lead=4,
    )
    y = max(party_block(p, 14, 44, "Sprzedawca", s), party_block(p, 108, 44, "Nabywca", b))
    cols = [
        Col("Lp.", 7, "c"),
        Col("Nazwa", 50),
        Col("Ilość", 10, "r"),
        Col("J.m.", 9, "c"),
        Col("Cena netto", 18, "r"),
        Col("Wartość netto", 19, "r"),
        Col("VAT", 9, "c"),
        Col("Wartość brutto", 20, "r"),
        Col("Uwagi", 38),
    ]
    rows = []
    for k, it in enumerate(items, 1):
        if it.unit == "usł.":
            note = "wykonano zgodnie z protokołem"
        else:
            note = f"SN: {', '.join(serial(rng) for _ in range(min(int(it.qty), 2)))}"
            note += (" i in." if it.qty > 2 else "") + "; gwarancja 36 m-cy"
        rows.append(
            [
                f"{k}",
                it.name,
                qty_fmt(it.qty),
                it.unit,
                money(it.unit_price or 0),
                money(it.net or 0),
                rate_label(it.vat_rate),
                money(it.gross or 0),
                note,
            ]
        )
    y = table(p, 12, y + 6, cols, rows, TableStyle(7.2, head_fill=0.9))
    y = totals_block(p, y, doc)
    p.text(14, y + 4, f"Przelew: {nrb(doc.bank)}", 7.8)
    return Sample(p.bytes(), (doc,))


# --------------------------------------------------------------------------------------------------
# Families of half b (odd positions of the sorted names)


def fam_carry_over_two_pages_blank_separators(rng: random.Random) -> Sample:
    """A long list over two pages in three groups parted by BLANK separator rows; at the foot of page 1 'Do
    przeniesienia' and at the top of page 2 'Z przeniesienia' with the running net and gross; dates '2026-12-07'
    (issue, delivery, order, due)."""
    groups = [
        [line(rng, e, qty=rng.randint(1, 4)) for e in rng.sample(HW, len(HW))],
        [line(rng, e, qty=rng.choice((5, 8, 10, 12))) for e in SOFT],
        [line(rng, e) for e in rng.sample(SERVICES, 2)] + [line(rng, e) for e in rng.sample(SERVICE_HOURS, 5)],
    ]
    items = [it for g in groups for it in g]
    doc = new_doc(rng, f"FV/{rng.randint(1, 999):05d}/2026", items)
    s, b = doc.seller, doc.buyer
    ordered = doc.sale_date - timedelta(days=rng.randint(4, 25))
    rows: list[list[str]] = []
    upto: list[int] = []  # items before each row
    k = 0
    for gi, g in enumerate(groups):
        if gi:
            rows.append([""] * 9)
            upto.append(k)
        for it in g:
            k += 1
            upto.append(k - 1)
            rows.append(row9(k, it))

    def draw(total: int) -> Pdf:
        p = Pdf()
        p.on_page = lambda pp: 14.0
        p.text(14, 16, s.name, 11, "Sans-Bold")
        p.text(14, 21, f"{s.street}, {s.city}, NIP {nip_fmt(s.nip, 'dash')}", 7.8)
        p.text(14, 32, f"Faktura VAT nr {doc.number}", 14, "Sans-Bold")
        p.lines(
            p.w - 14,
            14,
            [
                f"Data wystawienia: {doc.issue_date.isoformat()}",
                f"Data dostawy: {doc.sale_date.isoformat()}",
                f"Data zamówienia: {ordered.isoformat()}",
                f"Termin płatności: {(doc.issue_date + timedelta(days=doc.due_days)).isoformat()}",
            ],
            8,
            align="r",
            lead=4.2,
        )
        y = max(party_block(p, 14, 40, "Sprzedawca", s), party_block(p, 108, 40, "Nabywca", b))
        state = {"n": 0}

        def carry(ri: int) -> list[str]:
            done = items[: upto[ri]]
            net, _vat, gross = sums(done)
            state["n"] += 1
            lab = "Do przeniesienia:" if state["n"] % 2 else "Z przeniesienia:"
            return ["", lab, "", "", "", money(net), "", "", money(gross)]

        st = TableStyle(8.2, head_fill=0.9, bottom=24, pad=1.9)
        y = table(p, 12, y + 6, cols9(name_w=62), rows, st, carry=carry)
        if y > p.h - 60:
            y = p.new_page()
        y = totals_block(p, y, doc)
        p.text(14, y + 4, f"Rachunek: {iban(doc.bank)}", 8)
        return p

    return Sample(render_paged(draw), (doc,))


def fam_correction_returned_units_serial_list(rng: random.Random) -> Sample:
    """Quantity correction for returned units: 'Data wystawienia korekty', 'Data zwrotu towaru' and the corrected
    invoice's issue and sale dates all in Roman-month form ('7 XII 2026'); 'Stan przed korektą' / 'Stan po korekcie'
    tables, then a list 'Zwrócone egzemplarze' with the serial number of each returned unit."""
    ents = rng.sample(HW, rng.randint(1, 3))
    base = [line(rng, e, qty=rng.randint(2, 8)) for e in ents]
    before = [replace(it, before_correction=True) for it in base]
    returned = [rng.randint(1, int(it.qty) - 1) for it in base]
    after = [
        line(rng, (it.name, it.unit, (0, 0), "23", it.codes[0]), qty=it.qty - r, price=it.unit_price)
        for it, r in zip(base, returned, strict=True)
    ]
    doc = new_doc(
        rng, f"FK/{rng.randint(1, 40)}/{{MM}}/2026", [*before, *after], kind="correction", drop=("sale_date",)
    )
    s, b = doc.seller, doc.buyer
    orig_date = doc.issue_date - timedelta(days=rng.randint(15, 45))
    back = doc.issue_date - timedelta(days=rng.randint(1, 5))
    p = Pdf()
    p.text(14, 16, s.name, 11, "Sans-Bold")
    p.lines(14, 21, [s.street, s.city, f"NIP {nip_fmt(s.nip, 'dash')}"], 8, lead=3.9)
    p.text(p.w - 14, 16, f"{doc.place}, {roman(doc.issue_date)}", 9, "Sans", "r")
    p.text(14, 40, f"KOREKTA FAKTURY VAT nr {doc.number}", 14, "Sans-Bold")
    p.lines(
        14,
        46,
        [
            f"Data wystawienia korekty: {roman(doc.issue_date)}   Data zwrotu towaru: {roman(back)}",
            f"Faktura korygowana: FV/{rng.randint(100, 999)}/2026 z dnia {roman(orig_date)}, data sprzedaży "
            f"{roman(orig_date - timedelta(days=rng.randint(0, 3)))}",
            "Przyczyna: zwrot towaru (odstąpienie od umowy w części)",
        ],
        8.2,
        lead=4.2,
    )
    y = max(party_block(p, 14, 64, "Sprzedawca", s), party_block(p, 108, 64, "Nabywca", b))
    st = TableStyle(7.4, head_fill=0.9)
    p.text(14, y + 6, "Stan przed korektą", 8.5, "Sans-Bold")
    y = table(p, 12, y + 8, cols9(), [row9(k, it) for k, it in enumerate(before, 1)], st)
    p.text(14, y + 6, "Stan po korekcie", 8.5, "Sans-Bold")
    y = table(p, 12, y + 8, cols9(), [row9(k, it) for k, it in enumerate(after, 1)], st)
    tot = [a - c for a, c in zip(doc.totals(after), doc.totals(before), strict=True)]
    y = table(p, p.w - 108, y + 6, VAT_COLS, [["Różnica", *(money(t) for t in tot)]], TableStyle(7.6, head_fill=0.9))
    p.text(p.w - 14, y + 7, f"Do zwrotu: {money(-tot[2])} zł", 11, "Sans-Bold", "r")
    p.text(14, y + 14, "Zwrócone egzemplarze:", 8.5, "Sans-Bold")
    rows = []
    for it, r in zip(base, returned, strict=True):
        for _ in range(r):
            rows.append([it.name[:48] + ("…" if len(it.name) > 48 else ""), serial(rng), roman(back)])
    table(
        p,
        14,
        y + 16,
        [Col("Urządzenie", 100), Col("Numer seryjny", 40), Col("Data zwrotu", 30)],
        rows,
        TableStyle(7.2, grid=False, rules=True),
    )
    return Sample(p.bytes(), (doc,))


def fam_dates_five_cells_order_wz_delivery(rng: random.Random) -> Sample:
    """Five date cells in one row under the title – 'Data zamówienia', 'Data WZ', 'Data dostawy', 'Data wystawienia',
    'Termin płatności' – as '2026-12-07', a 'WZ/2026/12/0451' decoy beside 'FV/2026/12/0456'; units kpl., szt., usł."""
    items = pick(rng, HW, 2, 3) + pick(rng, SERVICES, 1, 2)
    k = rng.randint(20, 900)
    doc = new_doc(rng, f"FV/2026/{{MM}}/{k:04d}", items)
    s, b = doc.seller, doc.buyer
    wz = doc.sale_date - timedelta(days=rng.randint(0, 2))
    ordered = wz - timedelta(days=rng.randint(3, 18))
    p = Pdf()
    p.text(14, 16, s.name, 10.5, "Sans-Bold")
    p.text(14, 21, f"{s.street}, {s.city} · NIP {s.nip}", 7.8)
    p.text(14, 33, f"Faktura {doc.number}", 14, "Sans-Bold")
    p.text(
        p.w - 14,
        33,
        f"WZ/2026/{wz.month:02d}/{k - rng.randint(1, 9):04d}   Zam. {rng.randint(100, 999)}/2026",
        8,
        "Sans",
        "r",
    )
    cells = [
        ("Data zamówienia", ordered),
        ("Data WZ", wz),
        ("Data dostawy", doc.sale_date),
        ("Data wystawienia", doc.issue_date),
        ("Termin płatności", doc.issue_date + timedelta(days=doc.due_days)),
    ]
    table(
        p,
        12,
        38,
        [Col(lab, 37.2, "c") for lab, _ in cells],
        [[d.isoformat() for _, d in cells]],
        TableStyle(8.4, head_size=6.8, head_font="Sans", head_fill=0.92),
    )
    y = max(party_block(p, 14, 56, "Sprzedawca", s), party_block(p, 108, 56, "Nabywca", b))
    y = table(p, 12, y + 6, cols9(), [row9(n, it) for n, it in enumerate(items, 1)], TableStyle(7.4, head_fill=0.9))
    y = totals_block(p, y, doc)
    p.text(14, y + 4, f"Forma płatności: przelew, rachunek {nrb(doc.bank)}", 7.8)
    return Sample(p.bytes(), (doc,))


def fam_logo_band_seller_nip_footer(rng: random.Random) -> Sample:
    """The seller appears only in the dark header logo band (name and address in white, no label, no NIP) and its NIP
    only in the small legal footer ('NIP … · REGON … · KRS …'); only 'Nabywca' is labelled; decimal hours; dates
    '07/12/2026'."""
    items = [line(rng, e) for e in rng.sample(SERVICE_HOURS, rng.randint(2, 4))] + pick(rng, SUBSCRIPTIONS, 0, 1)
    doc = new_doc(rng, f"{rng.randint(1, 999):04d}/{{MM}}/2026", items)
    s, b = doc.seller, doc.buyer
    p = Pdf()
    p.rect(0, 0, p.w, 24, 0, fill=0.2)
    p.c.setFillGray(1)
    p.text(14, 11, s.name, 13, "Sans-Bold")
    p.text(14, 17.5, f"{s.street} · {s.city} · serwis@{rng.choice(('rcs', 'pit', 'bst', 'koi'))}.pl", 8)
    p.c.setFillGray(0)
    p.text(14, 36, f"Faktura nr {doc.number}", 14, "Sans-Bold")
    p.lines(
        p.w - 14,
        32,
        [
            f"Data wystawienia {slash(doc.issue_date)}",
            f"Data wykonania usługi {slash(doc.sale_date)}",
            f"Termin płatności {slash(doc.issue_date + timedelta(days=doc.due_days))}",
        ],
        8,
        align="r",
        lead=4.2,
    )
    y = party_block(p, 14, 50, "Nabywca", b)
    y = table(p, 12, y + 6, cols9(), [row9(n, it) for n, it in enumerate(items, 1)], TableStyle(7.4, head_fill=0.9))
    y = totals_block(p, y, doc)
    p.text(14, y + 4, f"Wpłaty: {iban(doc.bank)}", 7.8)
    p.hline(14, p.w - 14, p.h - 14, 0.3)
    p.text(
        p.w / 2,
        p.h - 10,
        f"{s.name} · NIP {nip_fmt(s.nip, 'dash')} · REGON {rng.randint(100000000, 999999999)} · "
        f"KRS 0000{rng.randint(100000, 999999)}",
        6.6,
        "Sans",
        "c",
    )
    return Sample(p.bytes(), (doc,))


def fam_numbered_1_1_sections_subtotals_short_year(rng: random.Random) -> Sample:
    """Items numbered 1.1, 1.2, 2.1 under section heads '1. Sprzęt komputerowy' / '2. Oprogramowanie' / '3. Usługi'
    (heads carry no amounts), a subtotal row after each ('Razem sprzęt'), a zw training line; dates '7.12.26'."""
    secs = [
        ("Sprzęt komputerowy", "Razem sprzęt", pick(rng, HW, 2, 3)),
        ("Oprogramowanie", "Razem oprogramowanie", pick(rng, SOFT, 1, 2)),
        ("Usługi", "Razem usługi", [line(rng, e) for e in rng.sample(SERVICES, 2)]),
    ]
    items = [it for _h, _t, g in secs for it in g]
    doc = new_doc(rng, f"F {rng.randint(1, 999)}/{{YY}}", items)
    s, b = doc.seller, doc.buyer
    p = Pdf()
    p.text(14, 17, f"Faktura VAT nr {doc.number}", 14, "Sans-Bold")
    p.lines(
        14,
        23,
        [
            f"Data wystawienia: {short(doc.issue_date)}   Data sprzedaży: {short(doc.sale_date)}",
            f"Termin płatności: {short(doc.issue_date + timedelta(days=doc.due_days))}   Miejsce: {doc.place}",
        ],
        8.2,
        lead=4.2,
    )
    y = max(party_block(p, 14, 38, "Sprzedawca", s), party_block(p, 108, 38, "Nabywca", b))
    rows: list[list[str]] = []
    for si, (head, tot_lab, g) in enumerate(secs, 1):
        rows.append([f"{si}.", head.upper(), "", "", "", "", "", "", ""])
        for k, it in enumerate(g, 1):
            rows.append([f"{si}.{k}", *row9(k, it)[1:]])
        net, vat, gross = sums(g)
        rows.append(["", tot_lab, "", "", "", money(net), "", money(vat), money(gross)])
    y = table(p, 12, y + 6, cols9(), rows, TableStyle(7.4, head_fill=0.9))
    y = totals_block(p, y, doc)
    p.text(14, y + 3, "zw – art. 43 ust. 1 pkt 29 lit. c ustawy o VAT", 7.4)
    p.text(14, y + 7, f"Rachunek: {nrb(doc.bank)}", 7.8)
    return Sample(p.bytes(), (doc,))


def fam_protocol_serial_column_uwagi_stamp_date(rng: random.Random) -> Sample:
    """Handover protocol listing each unit on its own row (same name repeated) with a 'Nr seryjny' column and a
    'Nr inw.' column, an 'Uwagi:' block under the table, 'sporządzony dnia 7 XII 2026 r.' and a later date in the
    Urząd's receipt stamp ('WPŁYNĘŁO 9 XII 2026')."""
    ents = rng.sample(HW, rng.randint(2, 3))
    items = []
    for e in ents:
        one = line(rng, e, qty=1)
        items += [one] * rng.randint(1, 3)
    doc = new_doc(rng, f"PZO/{rng.randint(1, 99):03d}/{{YY}}", items, kind="protocol", currency=None, sale_date=None)
    s, b = doc.seller, doc.buyer
    stamp = doc.issue_date + timedelta(days=rng.randint(1, 5))
    p = Pdf()
    p.text(p.w / 2, 20, "PROTOKÓŁ ZDAWCZO-ODBIORCZY", 15, "Sans-Bold", "c")
    p.text(p.w / 2, 27, f"nr {doc.number}", 11, "Sans", "c")
    p.text(p.w / 2, 33, f"sporządzony dnia {roman(doc.issue_date)} r. w {town(b)}", 9, "Sans", "c")
    y = max(party_block(p, 14, 44, "Przekazujący", s), party_block(p, 108, 44, "Przejmujący", b))
    cols = [
        Col("Lp.", 9, "c"),
        Col("Nazwa urządzenia", 92),
        Col("Nr seryjny", 34),
        Col("Nr inw.", 22),
        Col("Ilość", 12, "r"),
        Col("J.m.", 13, "c"),
    ]
    inv0 = rng.randint(100, 800)
    rows = [[str(k), it.name, serial(rng), f"IT/{inv0 + k}", qty_fmt(it.qty), it.unit] for k, it in enumerate(items, 1)]
    y = table(p, 14, y + 7, cols, rows, TableStyle(7.8, head_fill=0.9))
    p.text(14, y + 8, "Uwagi:", 8.5, "Sans-Bold")
    p.lines(
        14,
        y + 13,
        [
            "1. Sprzęt fabrycznie nowy, w oryginalnych opakowaniach; karty gwarancyjne przekazano.",
            "2. Numery inwentarzowe nadał Przejmujący w dniu odbioru.",
        ],
        8,
        lead=4,
    )
    sy = y + 28
    p.c.saveState()
    p.c.setStrokeColorRGB(0.2, 0.25, 0.7)
    p.c.setFillColorRGB(0.2, 0.25, 0.7)
    p.rect(p.w - 74, sy, 58, 20, 1.0)
    p.text(p.w - 45, sy + 5, f"URZĄD GMINY {b.name.removeprefix('Gmina ').upper()}", 7, "Sans-Bold", "c")
    p.text(p.w - 45, sy + 10.5, f"WPŁYNĘŁO {roman(stamp)}", 8.5, "Sans-Bold", "c")
    p.text(p.w - 45, sy + 16, f"L.dz. {rng.randint(100, 3000)}/2026", 7, "Sans", "c")
    p.c.restoreState()
    sig_pair(p, sy + 38, "Przekazujący", "Przejmujący")
    return Sample(p.bytes(), (doc,))


def fam_rabat_row_transport_bdo_fee(rng: random.Random) -> Sample:
    """Distributor invoice where some items are followed by their own 'Rabat -10 %' row (negative amount), then a
    'Transport' row and an 'Opłata BDO' (waste-equipment fee) row – every one a priced line; dates '7.12.2026'."""
    base = pick(rng, HW, 2, 4)
    items: list[Item] = []
    for it in base:
        items.append(it)
        if rng.random() < 0.6 or it is base[0]:
            pct = rng.choice((5, 10, 15))
            items.append(neg_line(f"Rabat -{pct} %", "", -q2((it.net or Decimal(0)) * pct / 100)))
    items.append(neg_line("Transport", "usł.", Decimal(rng.choice((49, 89, 120, 150)))))
    n_units = sum((int(i.qty) for i in base), 0)
    fee = line(
        rng,
        ("Opłata BDO – gospodarowanie zużytym sprzętem elektronicznym", "szt.", (0, 0), "23", ""),
        qty=n_units,
        price=Decimal(rng.choice(("0.85", "1.20", "2.10"))),
    )
    items.append(fee)
    doc = new_doc(rng, f"FS/{rng.randint(1000, 9999)}/{{YY}}", items)
    s, b = doc.seller, doc.buyer
    p = Pdf()
    p.text(14, 16, s.name, 11, "Cond-Bold")
    p.text(14, 21, f"{s.street}, {s.city} | NIP: {s.nip} | BDO: 000{rng.randint(100000, 999999)}", 7.8, "Cond")
    p.text(14, 33, f"Faktura VAT {doc.number}", 14, "Cond-Bold")
    p.text(
        p.w - 14,
        33,
        f"z dnia {nopad(doc.issue_date)}, data sprzedaży {nopad(doc.sale_date)}",
        8.5,
        "Cond",
        "r",
    )
    y = max(party_block(p, 14, 42, "Sprzedawca", s), party_block(p, 108, 42, "Nabywca", b))
    cols = [
        Col("Lp", 8, "c"),
        Col("Towar / usługa", 70),
        Col("Ilość", 12, "r"),
        Col("J.m.", 10, "c"),
        Col("Cena netto", 19, "r"),
        Col("Wartość netto", 21, "r"),
        Col("VAT", 9, "c"),
        Col("Kwota VAT", 17, "r"),
        Col("Wartość brutto", 20, "r"),
    ]
    y = table(
        p,
        12,
        y + 6,
        cols,
        [row9(k, it) for k, it in enumerate(items, 1)],
        TableStyle(7.4, "Cond", "Cond-Bold", head_fill=0.9),
    )
    y = totals_block(p, y, doc)
    p.text(
        14,
        y + 4,
        f"Termin płatności: {nopad(doc.issue_date + timedelta(days=doc.due_days))}, przelew {nrb(doc.bank)}",
        7.8,
        "Cond",
    )
    return Sample(p.bytes(), (doc,))


def fam_urzad_gminy_nabywca_gmina_platnik_w_tym(rng: random.Random) -> Sample:
    """'Nabywca: Urząd Gminy X' and 'Płatnik: Gmina X' with the same NIP; sets in 'kpl.' each followed by a 'w tym:'
    row naming the components (no amounts); 'Data dostawy' and 'Data wystawienia' as '07.12.2026'."""
    j = jst(rng)
    g = gmina(j, rng)
    urzad = replace(g, name=f"Urząd Gminy {j[1]}")
    sets = [e for e in HW if e[4] in COMPONENTS]
    ents = rng.sample(sets, rng.randint(2, 3))
    items = [line(rng, (e[0], "kpl.", e[2], e[3], e[4])) for e in ents] + pick(rng, SOFT, 0, 1)
    doc = new_doc(rng, f"FV-{rng.randint(1, 500)}/{{MM}}/2026", items, buyer=urzad, payer=g)
    s = doc.seller
    p = Pdf()
    p.text(14, 17, "FAKTURA", 17, "Sans-Bold")
    p.text(14, 24, f"numer: {doc.number}", 10.5, "Sans-Bold")
    p.lines(
        p.w - 14,
        15,
        [
            f"Miejsce wystawienia: {doc.place}",
            f"Data wystawienia: {dmy(doc.issue_date)}",
            f"Data dostawy: {dmy(doc.sale_date)}",
        ],
        8.2,
        align="r",
        lead=4.3,
    )
    y = party_block(p, 14, 36, "Sprzedawca", s)
    y = max(y, party_block(p, 108, 36, "Nabywca", urzad))
    y = party_block(p, 108, y + 3, "Płatnik", g)
    rows: list[list[str]] = []
    for k, it in enumerate(items, 1):
        rows.append(row9(k, it))
        comp = COMPONENTS.get(it.codes[0])
        if comp:
            rows.append(["", "w tym: " + "; ".join(comp), "", "", "", "", "", "", ""])
    y = table(p, 12, y + 6, cols9(), rows, TableStyle(7.4, head_fill=0.9))
    y = totals_block(p, y, doc)
    p.text(
        14,
        y + 4,
        f"Termin płatności: {dmy(doc.issue_date + timedelta(days=doc.due_days))}; rachunek {nrb(doc.bank)}",
        7.8,
    )
    return Sample(p.bytes(), (doc,))
