"""BLIND-19 families (fresh batch). Not to be opened by the parser engineer; measured once, at the end.

Layouts written for this batch only, by an evaluator who never read the parser (`extractors/`, `checks/`,
`tests/extractors/`, `knowledge/`, docs/extraction*). They share the data model (`Doc`, `Item`, `Party`) and the page
canvas and table drawing (`Pdf`, `table`) of `kit.py` and a few helpers of `../blind15` and `../blind17` (`XDoc`,
`GrossDoc`, `mk`, `line`, `cols9`, `row9`, `ksef_no`, `mark`, ...), but bring their own sellers, their own IT
catalogue (with 8 % and 5 % lines) and real gminy of the powiat olsztyński (Warmińsko-Mazurskie) from the TERYT
register (TERC 2024-01-01, `/work/shared/data/teryt/terc_2024-01-01.csv`, the TERYT code kept beside each). Streets,
post codes, NIPs, KSeF numbers, people and sellers are invented.

Split decided when the batch was written (alternate sorted names, `build._half`): blind19a (tuned on after its one
measurement) = advance_final_zaliczki_listed_pozostalo, correction_minus_parentheses_k_suffix,
eur_prefix_amounts_pln_vat_nbp, gross_unit_w_tym_rates_total_twice, ksef_visual_fs_dash_number,
partial_paid_spacedot_pln_suffix, protocol_zamawiajacy_left_quoted_seller, roman_digit_it_sellers_five_rates;
blind19b (frozen) = the other eight.

Focus of the batch: AMOUNTS, TOTALS and PARTIES. Several VAT rates on one invoice (23 %, 8 %, 5 %, zw) with a per-rate
summary 'Stawka / Netto / VAT / Brutto' and a 'Razem' row; 'w tym:' rows under a 'Razem' line; totals printed twice
(a table footer row and a 'Do zapłaty' box); 'Zapłacono' / 'Pozostało do zapłaty' differing from the gross (a partial
payment, the cash method); a 'Faktura końcowa' whose advance invoices are listed in a settlement block (not as item
rows) so that its totals are the remainder; unit prices given gross; amounts '12 345,67 zł', '12.345,67',
'12 345.67 PLN', 'PLN 12 345,67', 'EUR 1 234,56', a thin space as the thousands separator; negative amounts
'-1 230,00' and '(1 230,00)' in corrections; 'Słownie: … 67/100'; split-payment notes; a KSeF number beside the
invoice's own number; 'DUPLIKAT' and 'ORYGINAŁ/KOPIA'; 'Faktura VAT-MP' (metoda kasowa); an EUR invoice with a PLN
VAT line at the NBP rate. Parties: the buyer on the LEFT, the seller's name over two lines with its legal form on
the second, names with „…” quotes and '&', sellers named 'I.T.', '1T', 'IT4GOV', with digits or Roman numerals, a
Nabywca (the gmina) with an Odbiorca (GOPS, a school), NIPs 'PL 123-456-78-90', 'NIP: 1234567890', 'NIP UE:
PL1234567890'. Numbers 'FV/0010/12/2026', 'FS-2026-000123', '12/12/2026/K', a number printed only in the title line.
A protocol whose equipment table carries prices and a total (its values are not scored: the contract leaves a
protocol's amounts open).

Expected values follow the page: for the final invoice the totals are what remains after the advances (the per-rate
summary and 'Do zapłaty' print that); for a partial payment the totals are the invoice's gross, not what is left to
pay; for the EUR invoice the totals are in EUR (the PLN VAT line is informative).
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from tests.corpus.extract.blind15.families_blind15 import GrossDoc, XDoc, iban, nrb, sig_pair
from tests.corpus.extract.blind17.families_blind17 import cols9, ksef_no, line, mark, mk, row9
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

# (TERYT code, gmina as in TERC, kind as in TERC, seat town, locative of the seat, post code)
TERC_JST = (
    ("2814013", "Barczewo", "gmina miejsko-wiejska", "Barczewo", "Barczewie", "11-010"),
    ("2814023", "Biskupiec", "gmina miejsko-wiejska", "Biskupiec", "Biskupcu", "11-300"),
    ("2814033", "Dobre Miasto", "gmina miejsko-wiejska", "Dobre Miasto", "Dobrym Mieście", "11-040"),
    ("2814042", "Dywity", "gmina wiejska", "Dywity", "Dywitach", "11-001"),
    ("2814052", "Gietrzwałd", "gmina wiejska", "Gietrzwałd", "Gietrzwałdzie", "11-036"),
    ("2814063", "Jeziorany", "gmina miejsko-wiejska", "Jeziorany", "Jezioranach", "11-320"),
    ("2814072", "Jonkowo", "gmina wiejska", "Jonkowo", "Jonkowie", "11-042"),
    ("2814093", "Olsztynek", "gmina miejsko-wiejska", "Olsztynek", "Olsztynku", "11-015"),
    ("2814102", "Purda", "gmina wiejska", "Purda", "Purdzie", "11-030"),
    ("2814112", "Stawiguda", "gmina wiejska", "Stawiguda", "Stawigudzie", "11-034"),
)
JST_STREETS = ("ul. Ratuszowa 3", "pl. Zamkowy 1", "ul. Olsztyńska 32", "ul. Warmińska 4", "ul. Kościelna 2")

SELLERS = (
    "Warmińskie Centrum Informatyki WCI Sp. z o.o.",
    "Olsztyńskie Systemy Sieciowe Sp. z o.o.",
    "Mazurska Grupa Teleinformatyczna S.A.",
    "Serwis Komputerowy Paweł Kozłowski",
    "NordByte Sp. z o.o. sp.k.",
    "Pojezierze Technologie Sp. z o.o.",
)
# a name printed over two lines: the firm, then its legal form
SELLERS_TWO_LINE = (
    ("Warmińsko-Mazurskie Centrum Usług Informatycznych", "Sp. z o.o."),
    ("Kancelaria Bezpieczeństwa Teleinformatycznego KBT Nowicki", "spółka komandytowa"),
    ("Przedsiębiorstwo Wdrożeń Informatycznych SYSTEMA", "spółka z ograniczoną odpowiedzialnością"),
    ("Biuro Obsługi Informatycznej Samorządów BOIS", "Sp. z o.o. sp.k."),
)
SELLERS_QUOTES = (
    "Przedsiębiorstwo Handlowo-Usługowe „KOMP & NET” Sp. z o.o.",
    "„Sieci & Serwery” s.c. Adam Pawlak, Ewa Mróz",
    "Firma Informatyczna „ALFA & OMEGA” Jan Kurek",
    "„BIT & BAJT” Sp. z o.o.",
    "Kowalczyk & Synowie – Systemy Informatyczne Sp. j.",
)
SELLERS_IT = (
    "I.T. Serwis II Sp. z o.o.",
    "1T-SYSTEMS Sp. z o.o.",
    "INFO-SERWIS III Marek Lis",
    "IT4GOV Sp. z o.o.",
    "Grupa 3S IT S.A.",
    "XXI Wiek Informatyka Sp. z o.o.",
    "I&T Solutions Sp. z o.o.",
    "IT Partner 24 Sp. z o.o.",
)
SELLER_STREETS = (
    "ul. Partyzantów 27",
    "al. Piłsudskiego 44/3",
    "ul. Lubelska 12B",
    "ul. Kętrzyńskiego 6",
    "ul. Tuwima 90",
)
SELLER_CITIES = ("10-522 Olsztyn", "10-683 Olsztyn", "82-300 Elbląg", "11-400 Kętrzyn", "14-100 Ostróda")

# name, unit, (low, high) unit net price, rate, code
HW = (
    ("Notebook Dell Latitude 5450 Core Ultra 5 135U 16 GB 512 GB SSD W11 Pro", "szt.", (4300, 5200), "23", "DL-5450"),
    ("Komputer AiO Lenovo ThinkCentre neo 50a 24 Gen 5 i5 16 GB 512 GB", "szt.", (3600, 4400), "23", "LN-50A"),
    ('Monitor iiyama ProLite XUB2493HS 24" IPS', "szt.", (520, 680), "23", "II-2493"),
    ("Przełącznik zarządzalny HPE Aruba Instant On 1930 24G 4SFP+", "szt.", (1500, 1900), "23", "AR-1930"),
    ("Zapora sieciowa Sophos XGS 116 z licencją Standard Protection 3 lata", "kpl.", (6900, 8400), "23", "SO-116"),
    ("Macierz NAS QNAP TS-464 z 4 dyskami 6 TB", "kpl.", (5200, 6600), "23", "QN-464"),
    ("Zasilacz UPS Eaton 9SX 2000i Tower", "szt.", (4100, 5000), "23", "EA-9SX2"),
    ("Skaner dokumentów Fujitsu fi-8170", "szt.", (3600, 4300), "23", "FJ-8170"),
)
SOFT = (
    ("Licencja ESET PROTECT Advanced – 1 rok (stanowisko)", "lic.", (170, 240), "23", "ES-PA1"),
    ("Licencja Windows Server 2025 Standard 16 rdzeni", "lic.", (4100, 4900), "23", "MS-WS25"),
    ("Subskrypcja Acronis Cyber Protect Cloud – 12 miesięcy", "lic.", (600, 950), "23", "AC-CPC"),
)
SERVICES = (
    ("Wdrożenie polityki kopii zapasowych 3-2-1 wraz z testem odtworzenia", "usł.", (3800, 6900), "23", "U-BKP"),
    ("Analiza ryzyka i aktualizacja dokumentacji SZBI urzędu", "usł.", (5200, 9800), "23", "U-SZBI"),
    ("Konfiguracja sieci VPN dla pracowników zdalnych", "usł.", (1900, 3600), "23", "U-VPN"),
)
TRAINING = (
    ("Szkolenie „Bezpieczna poczta i phishing” dla pracowników urzędu", "usł.", (2400, 4200), "zw", "SZ-PH"),
    ("Szkolenie z obsługi incydentów bezpieczeństwa dla administratorów", "usł.", (3100, 5200), "zw", "SZ-IR"),
)
LODGING = (
    ("Zakwaterowanie uczestników szkolenia wyjazdowego (nocleg ze śniadaniem)", "os.", (190, 290), "8", "HT-NOC"),
    ("Catering podczas szkolenia (przerwa kawowa i obiad)", "os.", (65, 120), "8", "HT-CAT"),
)
BOOKS = (
    ("Książka „Cyberbezpieczeństwo w jednostkach samorządu terytorialnego”", "egz.", (59, 119), "5", "KS-CJST"),
    ("Publikacja „RODO i KSC w urzędzie gminy – poradnik”", "egz.", (49, 99), "5", "KS-RODO"),
)
UNITS = ("Gminny Ośrodek Pomocy Społecznej w", "Szkoła Podstawowa nr 1 w", "Gminna Biblioteka Publiczna w")
PEOPLE = ("Agnieszka Sobczak", "Tomasz Rogala", "Iwona Kurowska", "Marek Jasiński", "Beata Olszewska")


def dmy(d: date) -> str:
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


def due_of(doc: Doc) -> date:
    return doc.issue_date + timedelta(days=doc.due_days)


def gmina(rng: random.Random) -> tuple[Party, tuple[str, ...]]:
    j = rng.choice(TERC_JST)
    return Party(f"Gmina {j[1]}", rng.choice(JST_STREETS), f"{j[5]} {j[3]}", make_nip(rng)), j


def seller_of(rng: random.Random, name: str) -> Party:
    return Party(name, rng.choice(SELLER_STREETS), rng.choice(SELLER_CITIES), make_nip(rng))


def pick(rng: random.Random, pool: Sequence[tuple[Any, ...]], lo: int, hi: int, **kw: Any) -> list[Item]:
    return [line(rng, e, **kw) for e in rng.sample(list(pool), rng.randint(lo, hi))]


def amt(x: Decimal, sep: str = " ", dec: str = ",", neg: str = "minus") -> str:
    """'12 345,67' with a chosen thousands separator and decimal mark; negatives '-1 230,00' or '(1 230,00)'."""
    whole, frac = money(abs(x)).split(",")
    s = whole.replace(" ", sep) + dec + frac
    if x < 0:
        return f"({s})" if neg == "paren" else "-" + s
    return s


def pl_dash(nip: str) -> str:
    """'PL 123-456-78-90'."""
    return f"PL {nip_fmt(nip, 'dash')}"


def block(p: Pdf, x: float, y: float, cap: str, rows: Sequence[str], *, size: float = 8.4, w: float = 84) -> float:
    p.text(x, y, cap, 8, "Sans-Bold")
    out: list[str] = []
    for r in rows:
        out += wrap(r, "Sans", size, w)
    return p.lines(x, y + 4.6, out, size, lead=size * 0.48)


def rate_table(
    p: Pdf,
    x: float,
    y: float,
    summ: Sequence[tuple[str, Decimal, Decimal, Decimal]],
    *,
    fmt: Any = amt,
    heads: tuple[str, str, str, str] = ("Stawka", "Netto", "VAT", "Brutto"),
    total: str = "Razem",
    size: float = 7.6,
) -> float:
    cols = [Col(heads[0], 18, "c"), Col(heads[1], 26, "r"), Col(heads[2], 24, "r"), Col(heads[3], 26, "r")]
    rows = [[rate_label(r), fmt(n), fmt(v), fmt(g)] for r, n, v, g in summ]
    tn, tv, tg = (sum((s[k] for s in summ), Decimal(0)) for k in (1, 2, 3))
    rows.append([total, fmt(tn), fmt(tv), fmt(tg)])
    return table(p, x, y, cols, rows, TableStyle(size, head_fill=0.9))


def pay_box(p: Pdf, y: float, label: str, value: str, words: str) -> float:
    p.rect(p.w - 104, y, 90, 13, 0.8)
    p.text(p.w - 101, y + 8, label, 9, "Sans-Bold")
    p.text(p.w - 17, y + 8.3, value, 11, "Sans-Bold", "r")
    p.text(p.w - 14, y + 17, f"Słownie: {words}", 7.2, "Sans", "r")
    return y + 20


@dataclass(frozen=True, slots=True)
class FinalDoc(XDoc):
    """A final invoice ('faktura końcowa'): the items are the whole order; the advance invoices listed in the
    settlement block (net, VAT, gross at 23 %) are subtracted in the per-rate summary, so the totals are the rest."""

    advances: tuple[tuple[Decimal, Decimal, Decimal], ...] = ()

    def rate_summary(self, items: Any = None) -> list[tuple[str, Decimal, Decimal, Decimal]]:
        out = []
        for rate, n, v, g in Doc.rate_summary(self, items):
            if rate == "23":
                n -= sum((a[0] for a in self.advances), Decimal(0))
                v -= sum((a[1] for a in self.advances), Decimal(0))
                g -= sum((a[2] for a in self.advances), Decimal(0))
            out.append((rate, n, v, g))
        return out


def correction_pair(rng: random.Random, base: Sequence[Item]) -> tuple[list[Item], list[Item]]:
    """Before/after lines: a price cut or one unit fewer, same names and rates."""
    before = [replace(it, before_correction=True) for it in base]
    after = []
    for it in base:
        entry = (it.name, it.unit, (0, 0), it.vat_rate or "23", it.codes[0])
        if it.qty > 1 and rng.random() < 0.5:
            after.append(line(rng, entry, qty=it.qty - 1, price=it.unit_price))
        else:
            cut = q2((it.unit_price or Decimal(0)) * Decimal(rng.choice(("0.90", "0.85", "0.80"))))
            after.append(line(rng, entry, qty=it.qty, price=cut))
    return before, after


def diff_summary(
    doc: Doc, after: Sequence[Item], before: Sequence[Item]
) -> list[tuple[str, Decimal, Decimal, Decimal]]:
    old = {r: (n, v, g) for r, n, v, g in doc.rate_summary(before)}
    out = []
    for r, n, v, g in doc.rate_summary(after):
        n0, v0, g0 = old[r]
        out.append((r, n - n0, v - v0, g - g0))
    return out


# --------------------------------------------------------------------------------------------------
# Families of half a (even positions of the sorted names)


def fam_advance_final_zaliczki_listed_pozostalo(rng: random.Random) -> Sample:
    """'FAKTURA KOŃCOWA': the whole order in the item table with a 'Razem wartość zamówienia' footer row, then a
    settlement block 'Rozliczenie zaliczek' listing two earlier advance invoices (number, date, net, VAT, gross), then
    the per-rate summary of what remains and 'Pozostało do zapłaty'; the seller's name over two lines (legal form on
    the second)."""
    items = pick(rng, HW, 2, 3) + pick(rng, SOFT, 1, 1) + pick(rng, SERVICES, 1, 1)
    firm, form = rng.choice(SELLERS_TWO_LINE)
    s = seller_of(rng, f"{firm} {form}")
    b, _j = gmina(rng)
    order_gross = sum((i.gross or Decimal(0) for i in items), Decimal(0))
    advances = []
    for share in rng.sample(("0.20", "0.25", "0.30"), 2):
        g = q2(order_gross * Decimal(share))
        v = q2(g * 23 / 123)
        advances.append((g - v, v, g))
    doc = mk(
        rng,
        f"FK/{rng.randint(1, 90):04d}/{{MM}}/2026",
        items,
        seller=s,
        buyer=b,
        cls=FinalDoc,
        advances=tuple(advances),
    )
    adv_dates = sorted(doc.issue_date - timedelta(days=rng.randint(20, 90)) for _ in advances)
    adv_nos = [f"FZ/{rng.randint(1, 40):04d}/{d.month:02d}/{d.year}" for d in adv_dates]
    p = Pdf()
    p.text(14, 16, firm, 10.5, "Sans-Bold")
    p.text(14, 21, form, 10.5, "Sans-Bold")
    p.text(14, 26, f"{s.street}, {s.city} · NIP {nip_fmt(s.nip, 'dash')}", 7.8)
    p.text(p.w - 14, 16, "FAKTURA KOŃCOWA", 14, "Sans-Bold", "r")
    p.text(p.w - 14, 22, f"nr {doc.number}", 10.5, "Sans-Bold", "r")
    p.lines(
        p.w - 14,
        28,
        [
            f"Data wystawienia: {dmy(doc.issue_date)}",
            f"Data zakończenia dostawy: {dmy(doc.sale_date)}",
            f"Termin płatności: {dmy(due_of(doc))}",
        ],
        8,
        align="r",
        lead=4.1,
    )
    y = max(
        block(p, 14, 46, "Sprzedawca", [firm, form, s.street, s.city, f"NIP: {nip_fmt(s.nip, 'dash')}"]),
        block(p, 108, 46, "Nabywca", [b.name, b.street, b.city, f"NIP: {nip_fmt(b.nip, 'dash')}"]),
    )
    on, ov, og = (sum((getattr(i, f) or Decimal(0) for i in items), Decimal(0)) for f in ("net", "vat", "gross"))
    rows = [row9(k, it) for k, it in enumerate(items, 1)]
    rows.append(["", "Razem wartość zamówienia", "", "", "", money(on), "", money(ov), money(og)])
    y = table(p, 12, y + 6, cols9(), rows, TableStyle(7.3, head_fill=0.9))
    p.text(14, y + 6, "Rozliczenie zaliczek (art. 106f ust. 3 ustawy o VAT):", 8.3, "Sans-Bold")
    cols = [Col("Faktura zaliczkowa nr", 44), Col("z dnia", 24, "c"), Col("Netto", 26, "r")]
    cols += [Col("VAT 23%", 24, "r"), Col("Brutto", 26, "r")]
    arows = [
        [no, dmy(d), money(a[0]), money(a[1]), money(a[2])]
        for no, d, a in zip(adv_nos, adv_dates, advances, strict=False)
    ]
    arows.append(["Razem zaliczki", "", *(money(sum((a[k] for a in advances), Decimal(0))) for k in range(3))])
    y = table(p, 14, y + 8, cols, arows, TableStyle(7.4, grid=False, rules=True))
    p.text(p.w - 108, y + 6, "Pozostało do rozliczenia (wg stawek)", 8.3, "Sans-Bold")
    y = rate_table(p, p.w - 108, y + 8, doc.rate_summary())
    gross = doc.totals()[2]
    y = pay_box(p, y + 4, "Pozostało do zapłaty:", f"{money(gross)} zł", words_pln(gross))
    p.text(14, y + 4, f"Przelew na rachunek {nrb(doc.bank)}", 7.8)
    return Sample(p.bytes(), (doc,))


def fam_correction_minus_parentheses_k_suffix(rng: random.Random) -> Sample:
    """Accounting-style correction 'Faktura korygująca 12/12/2026/K': 'Było' and 'Jest' tables, each with its own
    'Razem' footer; the difference per rate with negative amounts in parentheses '(1 230,00)', 'Kwota korekty:
    (1 513,90) zł' and 'Słownie: minus …'."""
    base = pick(rng, HW, 1, 2) + pick(rng, SOFT + SERVICES, 1, 1)
    before, after = correction_pair(rng, base)
    b, _j = gmina(rng)
    s = seller_of(rng, rng.choice(SELLERS))
    doc = mk(
        rng,
        f"{rng.randint(1, 60)}/{{MM}}/2026/K",
        [*before, *after],
        seller=s,
        buyer=b,
        kind="correction",
        drop=("sale_date",),
    )
    orig_date = doc.issue_date - timedelta(days=rng.randint(10, 50))
    orig_no = f"{rng.randint(100, 400)}/{orig_date.month:02d}/{orig_date.year}"
    p = Pdf()
    p.text(14, 16, s.name, 10.5, "Serif-Bold")
    p.text(14, 21, f"{s.street}, {s.city}, NIP {s.nip}", 7.8, "Serif")
    p.text(p.w / 2, 34, f"Faktura korygująca {doc.number}", 14, "Serif-Bold", "c")
    p.lines(
        14,
        42,
        [
            f"Data wystawienia: {dmy(doc.issue_date)}      Miejsce wystawienia: {doc.place}",
            f"Korygowana faktura: {orig_no} z dnia {dmy(orig_date)}",
            "Przyczyna korekty: obniżka ceny po reklamacji",
        ],
        8.3,
        "Serif",
        lead=4.3,
    )
    y = max(
        block(p, 14, 60, "Sprzedawca", [s.name, s.street, s.city, f"NIP {s.nip}"]),
        block(p, 108, 60, "Nabywca", [b.name, b.street, b.city, f"NIP {b.nip}"]),
    )
    cols = [Col("Lp.", 8, "c"), Col("Nazwa", 72), Col("Ilość", 12, "r"), Col("J.m.", 10, "c")]
    cols += [Col("Cena netto", 20, "r"), Col("Wartość netto", 22, "r"), Col("VAT", 10, "c"), Col("Brutto", 22, "r")]
    st = TableStyle(7.4, "Serif", "Serif-Bold", head_fill=0.92)
    for cap, side in (("Było:", before), ("Jest:", after)):
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
            for k, i in enumerate(side, 1)
        ]
        n, _v, g = doc.totals(side)
        rows.append(["", "Razem", "", "", "", money(n), "", money(g)])
        p.text(14, y + 6, cap, 8.5, "Serif-Bold")
        y = table(p, 12, y + 8, cols, rows, st)
    p.text(p.w - 108, y + 6, "Korekta wg stawek VAT", 8.5, "Serif-Bold")
    summ = diff_summary(doc, after, before)
    y = rate_table(p, p.w - 108, y + 8, summ, fmt=lambda x: amt(x, neg="paren"))
    tot = doc.totals(after)[2] - doc.totals(before)[2]
    p.text(p.w - 14, y + 8, f"Kwota korekty: {amt(tot, neg='paren')} zł", 11, "Serif-Bold", "r")
    p.text(p.w - 14, y + 13, f"Słownie: minus {words_pln(tot)}", 7.6, "Serif", "r")
    p.text(14, y + 20, f"Zwrot nastąpi na rachunek Nabywcy w ciągu {doc.due_days} dni.", 8, "Serif")
    return Sample(p.bytes(), (doc,))


def fam_eur_prefix_amounts_pln_vat_nbp(rng: random.Random) -> Sample:
    """Invoice in EUR from a Polish licence reseller: line amounts plain, the summary and the amount due with the
    currency BEFORE the figure ('EUR 1 234,56'), then the VAT restated in PLN at the NBP mid rate of the previous
    working day ('Kwota VAT w PLN: 5 678,90 zł'), table number and rate printed."""
    pool = [(e[0], e[1], (max(1, e[2][0] * 10 // 43), max(2, e[2][1] * 10 // 43)), e[3], e[4]) for e in HW + SOFT]
    items = pick(rng, pool, 2, 4)
    doc = mk(
        rng, f"FV/EUR/{rng.randint(1, 99):03d}/2026", items, currency="EUR", seller=seller_of(rng, rng.choice(SELLERS))
    )
    b, _j = gmina(rng)
    doc = replace(doc, buyer=b)
    s = doc.seller
    prev = doc.issue_date - timedelta(days=1)
    while prev.weekday() >= 5:
        prev -= timedelta(days=1)
    fx = Decimal(rng.randint(42100, 43600)) / 10000
    _net, vat, gross = doc.totals()
    p = Pdf()
    p.text(14, 16, s.name, 11, "Sans-Bold")
    p.text(14, 21, f"{s.street}, {s.city}, NIP {nip_fmt(s.nip, 'dash')}", 7.8)
    p.text(14, 34, f"Faktura VAT nr {doc.number}", 14, "Sans-Bold")
    p.text(14, 39.5, "Waluta faktury: EUR", 8.2)
    p.lines(
        p.w - 14,
        16,
        [f"Data wystawienia: {dmy(doc.issue_date)}", f"Data sprzedaży: {dmy(doc.sale_date)}", "Płatność: przelew"],
        8,
        align="r",
        lead=4.2,
    )
    y = max(
        block(p, 14, 48, "Sprzedawca", [s.name, s.street, s.city, f"NIP {nip_fmt(s.nip, 'dash')}"]),
        block(p, 108, 48, "Nabywca", [b.name, b.street, b.city, f"NIP {nip_fmt(b.nip, 'dash')}"]),
    )
    y = table(
        p, 12, y + 6, cols9(net_price="Cena netto EUR"), [row9(k, it) for k, it in enumerate(items, 1)], TableStyle(7.3)
    )
    y = rate_table(p, p.w - 108, y + 5, doc.rate_summary(), fmt=lambda x: f"EUR {amt(x)}", size=7.2)
    p.text(p.w - 14, y + 8, f"Do zapłaty: EUR {amt(gross)}", 11.5, "Sans-Bold", "r")
    p.text(p.w - 14, y + 13, f"Słownie: {words_pln(gross, 'EUR')}", 7.6, "Sans", "r")
    vat_pln = q2(vat * fx)
    p.lines(
        14,
        y + 21,
        [
            f"Kwota VAT w PLN: {amt(vat_pln)} zł (art. 106e ust. 11 ustawy o VAT)",
            f"Kurs średni NBP z dnia {dmy(prev)}, tabela nr {rng.randint(10, 240):03d}/A/NBP/2026: "
            f"1 EUR = {str(fx).replace('.', ',')} PLN",
            f"Rachunek EUR: {iban(doc.bank)}",
        ],
        8,
        lead=4.3,
    )
    return Sample(p.bytes(), (doc,))


def fam_gross_unit_w_tym_rates_total_twice(rng: random.Random) -> Sample:
    """Training-trip invoice priced GROSS ('Cena jedn. brutto'; VAT taken out of the gross per rate) with lines at
    23 %, 8 % (lodging, catering) and 5 % (books); a 'Razem' footer row in the table, then 'Razem: netto … VAT …
    brutto …' with one 'w tym:' row per rate, and again the gross in a 'Do zapłaty' box."""
    ents = rng.sample(SERVICES + SOFT, 1) + rng.sample(LODGING, rng.randint(1, 2)) + rng.sample(BOOKS, 1)
    items = []
    for e in ents:
        q = rng.randint(8, 24) if e[1] in ("os.", "egz.") else 1
        gp = q2(Decimal(rng.randint(e[2][0] * 100, e[2][1] * 100)) / 100 * (1 + Decimal(e[3]) / 100))
        items.append(line(rng, e, qty=q, price=gp, gross_based=True))
    doc = mk(
        rng, f"FV {rng.randint(1, 500)}/{{MM}}/2026", items, cls=GrossDoc, seller=seller_of(rng, rng.choice(SELLERS))
    )
    b, _j = gmina(rng)
    doc = replace(doc, buyer=b, item_amounts=("gross",))
    s = doc.seller
    p = Pdf()
    p.text(14, 16, s.name, 11, "Sans-Bold")
    p.text(14, 21, f"{s.street}, {s.city}", 7.8)
    p.text(14, 25, f"NIP: {s.nip}", 7.8)
    p.text(p.w - 14, 16, f"Faktura {doc.number}", 13, "Sans-Bold", "r")
    p.lines(
        p.w - 14,
        22,
        [f"wystawiona: {dmy(doc.issue_date)}", f"data sprzedaży: {dmy(doc.sale_date)}", f"termin: {dmy(due_of(doc))}"],
        8,
        align="r",
        lead=4,
    )
    y = max(
        block(p, 14, 40, "Sprzedawca", [s.name, s.street, s.city, f"NIP: {s.nip}"]),
        block(p, 108, 40, "Nabywca", [b.name, b.street, b.city, f"NIP: {b.nip}"]),
    )
    cols = [Col("Lp.", 8, "c"), Col("Nazwa", 84), Col("Ilość", 13, "r"), Col("J.m.", 11, "c")]
    cols += [Col("Cena jedn. brutto", 24, "r"), Col("VAT", 12, "c"), Col("Wartość brutto", 26, "r")]
    rows = [
        [str(k), i.name, qty_fmt(i.qty), i.unit, money(i.unit_price or 0), rate_label(i.vat_rate), money(i.gross or 0)]
        for k, i in enumerate(items, 1)
    ]
    net, vat, gross = doc.totals()
    rows.append(["", "Razem", "", "", "", "", money(gross)])
    y = table(p, 12, y + 6, cols, rows, TableStyle(7.6, head_fill=0.88))
    x = p.w - 110
    p.text(x, y + 7, f"Razem:  netto {money(net)}   VAT {money(vat)}   brutto {money(gross)}", 8.2, "Sans-Bold")
    yy = y + 11.5
    for r, n, v, g in doc.rate_summary():
        p.text(x, yy, f"w tym: {rate_label(r)}   netto {money(n)}   VAT {money(v)}   brutto {money(g)}", 7.8)
        yy += 4.2
    y = pay_box(p, yy + 3, "Do zapłaty:", f"{money(gross)} zł", words_pln(gross))
    p.text(14, y + 4, f"Przelew na rachunek: {nrb(doc.bank)}", 7.8)
    p.text(14, y + 8, "Faktura wystawiona metodą „od brutto”: podatek VAT obliczono od sumy wartości brutto.", 7.4)
    return Sample(p.bytes(), (doc,))


def fam_ksef_visual_fs_dash_number(rng: random.Random) -> Sample:
    """Visualisation of an invoice sent to KSeF as printed by a vendor's portal: 'Numer KSeF: 1234567890-20261207-…'
    in the top band and, beside it in a second cell, 'Numer faktury: FS-2026-000123'; item table with net amounts
    only; 'Podsumowanie stawek podatku'; 'Kwota należności ogółem: 12 345,67 zł'."""
    items = pick(rng, HW, 1, 3) + pick(rng, SOFT, 1, 2)
    s = seller_of(rng, rng.choice(SELLERS))
    b, _j = gmina(rng)
    doc = mk(rng, f"FS-2026-{rng.randint(1, 4000):06d}", items, seller=s, buyer=b)
    doc = replace(doc, item_amounts=("net",))
    kno = ksef_no(s.nip, doc.issue_date, rng)
    p = Pdf()
    p.rect(14, 10, p.w - 28, 14, 0.5, fill=0.93)
    p.vline(128, 10, 24, 0.5)
    p.text(16, 14.5, "Numer KSeF:", 7)
    p.text(16, 20.5, kno, 8.6, "Mono-Bold")
    p.text(130, 14.5, "Numer faktury:", 7)
    p.text(130, 20.5, doc.number, 10.5, "Sans-Bold")
    p.text(14, 34, "Faktura VAT", 15, "Sans-Bold")
    p.lines(
        p.w - 14,
        30,
        [f"Data wystawienia: {doc.issue_date.isoformat()}", f"Data dostawy: {doc.sale_date.isoformat()}"],
        8,
        align="r",
        lead=4.2,
    )
    y = max(
        block(p, 14, 44, "Sprzedawca", [f"NIP: {s.nip}", s.name, s.street, s.city]),
        block(p, 108, 44, "Nabywca", [f"NIP: {b.nip}", b.name, b.street, b.city]),
    )
    cols = [Col("Lp.", 8, "c"), Col("Nazwa towaru lub usługi", 84), Col("Cena jedn. netto", 22, "r")]
    cols += [Col("Ilość", 12, "r"), Col("Miara", 12, "c"), Col("Stawka", 13, "c"), Col("Wartość netto", 25, "r")]
    rows = [
        [str(k), i.name, money(i.unit_price or 0), qty_fmt(i.qty), i.unit, rate_label(i.vat_rate), money(i.net or 0)]
        for k, i in enumerate(items, 1)
    ]
    y = table(p, 12, y + 6, cols, rows, TableStyle(7.4, grid=False, rules=True))
    p.text(p.w - 108, y + 7, "Podsumowanie stawek podatku", 8.3, "Sans-Bold")
    y = rate_table(
        p,
        p.w - 108,
        y + 9,
        doc.rate_summary(),
        heads=("Stawka podatku", "Kwota netto", "Kwota podatku", "Kwota brutto"),
    )
    gross = doc.totals()[2]
    p.text(p.w - 14, y + 8, f"Kwota należności ogółem: {money(gross)} zł", 11, "Sans-Bold", "r")
    p.lines(
        14,
        y + 16,
        [f"Termin płatności: {due_of(doc).isoformat()}", f"Forma płatności: przelew, rachunek {iban(doc.bank)}"],
        7.8,
        lead=4,
    )
    return Sample(p.bytes(), (doc,))


def fam_partial_paid_spacedot_pln_suffix(rng: random.Random) -> Sample:
    """Every amount written with a space for thousands and a decimal POINT followed by 'PLN' in the totals
    ('12 345.67 PLN'); after the totals 'Zapłacono: 5 000.00 PLN' (part paid on delivery) and 'Pozostało do zapłaty';
    both NIPs 'PL 123-456-78-90'."""
    items = pick(rng, HW, 2, 3) + pick(rng, SERVICES, 0, 1)
    s = seller_of(rng, rng.choice(SELLERS))
    b, _j = gmina(rng)
    doc = mk(rng, f"{rng.randint(1, 999)}/FV/{{MM}}/2026", items, seller=s, buyer=b)
    _net, _vat, gross = doc.totals()
    paid = Decimal(rng.choice((1000, 2000, 2500, 5000)))
    paid = min(paid, q2(gross / 2))

    def f(x: Decimal) -> str:
        return amt(x, dec=".")

    p = Pdf()
    p.text(14, 18, "FAKTURA VAT", 16, "Sans-Bold")
    p.text(14, 25, f"Nr: {doc.number}", 10.5, "Sans-Bold")
    p.lines(
        p.w - 14,
        15,
        [
            f"Miejsce wystawienia: {doc.place}",
            f"Data wystawienia: {dmy(doc.issue_date)}",
            f"Data sprzedaży: {dmy(doc.sale_date)}",
        ],
        8,
        align="r",
        lead=4.2,
    )
    y = max(
        block(p, 14, 36, "Sprzedawca", [s.name, s.street, s.city, f"NIP: {pl_dash(s.nip)}"]),
        block(p, 108, 36, "Nabywca", [b.name, b.street, b.city, f"NIP: {pl_dash(b.nip)}"]),
    )
    rows = [
        [
            str(k),
            i.name,
            qty_fmt(i.qty),
            i.unit,
            f(i.unit_price or Decimal(0)),
            f(i.net or Decimal(0)),
            rate_label(i.vat_rate),
            f(i.vat or Decimal(0)),
            f(i.gross or Decimal(0)),
        ]
        for k, i in enumerate(items, 1)
    ]
    y = table(p, 12, y + 6, cols9(), rows, TableStyle(7.4, head_fill=0.9))
    y = rate_table(p, p.w - 108, y + 5, doc.rate_summary(), fmt=f)
    rows2 = [
        ("Razem do zapłaty:", f"{f(gross)} PLN"),
        ("Zapłacono:", f"{f(paid)} PLN"),
        ("Pozostało do zapłaty:", f"{f(gross - paid)} PLN"),
    ]
    yy = y + 7
    for lab, val in rows2:
        p.text(p.w - 95, yy, lab, 9, "Sans-Bold" if lab.startswith("Pozost") else "Sans")
        p.text(p.w - 14, yy, val, 9, "Sans-Bold", "r")
        yy += 5
    p.text(14, yy + 2, f"Słownie (pozostało): {words_pln(gross - paid)}", 7.8)
    p.text(
        14, yy + 6.5, f"Zapłacono gotówką przy odbiorze {dmy(doc.sale_date)}; resztę przelewem na {nrb(doc.bank)}", 7.8
    )
    p.text(14, yy + 11, f"Termin zapłaty pozostałej kwoty: {dmy(due_of(doc))}", 7.8)
    return Sample(p.bytes(), (doc,))


def fam_protocol_zamawiajacy_left_quoted_seller(rng: random.Random) -> Sample:
    """'Protokół odbioru' with the Zamawiający (the gmina) on the LEFT and the Wykonawca on the right, whose name
    carries „…” quotes and an ampersand and wraps over two lines; NIPs 'NIP 123-45-67-890'; a 'Zgodnie z fakturą'
    decoy number; items with quantities and units only."""
    ents = rng.sample(HW, rng.randint(2, 4))
    items = [line(rng, e, qty=rng.randint(1, 6)) for e in ents]
    s = seller_of(rng, rng.choice(SELLERS_QUOTES))
    b, j = gmina(rng)
    doc = mk(
        rng,
        f"PO/{rng.randint(1, 80):03d}/2026",
        items,
        seller=s,
        buyer=b,
        kind="protocol",
        currency=None,
        sale_date=None,
    )
    p = Pdf()
    p.text(p.w / 2, 18, "PROTOKÓŁ ODBIORU", 15, "Sans-Bold", "c")
    p.text(p.w / 2, 24.5, f"nr {doc.number}", 10.5, "Sans", "c")
    p.text(p.w / 2, 30, f"sporządzony w {j[4]} dnia {dmy(doc.issue_date)}", 8.5, "Sans", "c")
    y = max(
        block(p, 14, 40, "Zamawiający", [b.name, b.street, b.city, f"NIP {nip_fmt(b.nip, 'dash2')}"], w=80),
        block(p, 108, 40, "Wykonawca", [s.name, s.street, s.city, f"NIP {nip_fmt(s.nip, 'dash2')}"], w=60),
    )
    p.text(14, y + 5, f"Przedmiot odbioru: dostawa sprzętu zgodnie z fakturą nr FV/{rng.randint(100, 999)}/2026.", 8.3)
    cols = [Col("Lp.", 9, "c"), Col("Nazwa sprzętu", 120), Col("Ilość", 18, "r"), Col("J.m.", 16, "c")]
    rows = [[str(k), i.name, qty_fmt(i.qty), i.unit] for k, i in enumerate(items, 1)]
    y = table(p, 14, y + 9, cols, rows, TableStyle(8, head_fill=0.9))
    p.text(14, y + 8, "Sprzęt kompletny i sprawny. Zamawiający nie wnosi zastrzeżeń.", 8.3)
    sig_pair(p, y + 34, "Zamawiający", "Wykonawca")
    return Sample(p.bytes(), (doc,))


def fam_roman_digit_it_sellers_five_rates(rng: random.Random) -> Sample:
    """Seller names that read like letters and digits ('I.T. Serwis II Sp. z o.o.', '1T-SYSTEMS', 'IT4GOV', 'XXI Wiek
    Informatyka'); lines at 23 %, 8 %, 5 % and zw on one invoice; the summary 'Stawka / Netto / VAT / Brutto' with a
    'Razem' row, the zw note under it."""
    items = pick(rng, HW, 1, 2) + pick(rng, TRAINING, 1, 1) + pick(rng, LODGING, 1, 1) + pick(rng, BOOKS, 1, 1)
    rng.shuffle(items)
    s = seller_of(rng, rng.choice(SELLERS_IT))
    b, _j = gmina(rng)
    doc = mk(rng, f"FV/{rng.randint(1, 900)}/{{MM}}/2026", items, seller=s, buyer=b)
    p = Pdf()
    p.text(14, 17, s.name, 13, "Sans-Bold")
    p.text(14, 22.5, f"{s.street} | {s.city} | NIP {s.nip}", 7.8)
    p.text(14, 35, f"Faktura VAT {doc.number}", 14, "Sans-Bold")
    p.lines(
        p.w - 14,
        31,
        [f"Data wystawienia {dmy(doc.issue_date)}", f"Data sprzedaży {dmy(doc.sale_date)}"],
        8,
        align="r",
        lead=4.2,
    )
    y = max(
        block(p, 14, 44, "Sprzedawca", [s.name, s.street, s.city, f"NIP {s.nip}"]),
        block(p, 108, 44, "Nabywca", [b.name, b.street, b.city, f"NIP {b.nip}"]),
    )
    y = table(p, 12, y + 6, cols9(), [row9(k, it) for k, it in enumerate(items, 1)], TableStyle(7.3, head_fill=0.9))
    y = rate_table(p, p.w - 108, y + 5, doc.rate_summary())
    gross = doc.totals()[2]
    p.text(p.w - 14, y + 8, f"Do zapłaty: {money(gross)} zł", 11.5, "Sans-Bold", "r")
    p.text(p.w - 14, y + 13, f"Słownie: {words_pln(gross)}", 7.6, "Sans", "r")
    p.lines(
        14,
        y + 20,
        [
            "zw – zwolnienie z VAT: art. 43 ust. 1 pkt 29 lit. c ustawy o VAT (szkolenie finansowane ze środków"
            " publicznych)",
            f"Termin płatności: {dmy(due_of(doc))}, rachunek {nrb(doc.bank)}",
        ],
        7.6,
        lead=4,
    )
    return Sample(p.bytes(), (doc,))


# --------------------------------------------------------------------------------------------------
# Families of half b (odd positions of the sorted names)


def fam_buyer_left_seller_two_line_legal_form(rng: random.Random) -> Sample:
    """The Nabywca block on the LEFT and the Sprzedawca block on the right, the seller's name over two lines with its
    legal form ('spółka komandytowa') on the second; both NIPs 'PL 123-456-78-90'; lines at 23 %, 8 % and 5 % and the
    per-rate summary with 'Razem'."""
    items = pick(rng, HW + SOFT, 1, 3) + pick(rng, LODGING, 1, 1) + pick(rng, BOOKS, 1, 1)
    firm, form = rng.choice(SELLERS_TWO_LINE)
    s = seller_of(rng, f"{firm} {form}")
    b, _j = gmina(rng)
    doc = mk(rng, f"FV/{rng.randint(1, 900)}/{{MM}}/2026", items, seller=s, buyer=b)
    p = Pdf()
    p.text(14, 17, f"Faktura VAT nr {doc.number}", 14, "Sans-Bold")
    p.lines(
        14,
        23,
        [f"Data wystawienia: {dmy(doc.issue_date)}", f"Data sprzedaży: {dmy(doc.sale_date)}"],
        8.2,
        lead=4.2,
    )
    p.rect(12, 36, 90, 30, 0.5)
    p.rect(106, 36, 92, 30, 0.5)
    block(p, 15, 41, "Nabywca", [b.name, b.street, b.city, f"NIP: {pl_dash(b.nip)}"])
    block(p, 109, 41, "Sprzedawca", [firm, form, s.street, s.city, f"NIP: {pl_dash(s.nip)}"], w=86)
    y = table(p, 12, 72, cols9(), [row9(k, it) for k, it in enumerate(items, 1)], TableStyle(7.3, head_fill=0.9))
    y = rate_table(p, p.w - 108, y + 5, doc.rate_summary())
    gross = doc.totals()[2]
    p.text(p.w - 14, y + 8, f"Razem do zapłaty: {money(gross)} PLN", 11, "Sans-Bold", "r")
    p.text(p.w - 14, y + 13, f"Słownie: {words_pln(gross)}", 7.6, "Sans", "r")
    p.text(14, y + 20, f"Termin płatności: {dmy(due_of(doc))}; przelew: {nrb(doc.bank)}", 7.8)
    return Sample(p.bytes(), (doc,))


def fam_duplikat_oryginal_kopia_double_zero_number(rng: random.Random) -> Sample:
    """A 'DUPLIKAT' printed weeks later (framed mark, 'Data wystawienia duplikatu') over a template that also prints
    'ORYGINAŁ/KOPIA' under the title; the number with doubled zeros 'FV/0010/12/2026'; amounts '12.345,67' and
    'Słownie: … 67/100'."""
    items = pick(rng, HW, 1, 3) + pick(rng, SOFT + SERVICES, 1, 2)
    s = seller_of(rng, rng.choice(SELLERS))
    b, _j = gmina(rng)
    doc = mk(rng, f"FV/{rng.randint(1, 99):04d}/{{MM}}/2026", items, seller=s, buyer=b)
    dup = doc.issue_date + timedelta(days=rng.randint(10, 40))

    def f(x: Decimal) -> str:
        return amt(x, sep=".")

    p = Pdf()
    p.text(14, 16, s.name, 11, "Sans-Bold")
    p.text(14, 21, f"{s.street}, {s.city}", 8)
    mark(p, p.w - 44, 17, "DUPLIKAT", 10)
    p.text(p.w / 2, 34, f"Faktura VAT {doc.number}", 14, "Sans-Bold", "c")
    p.text(p.w / 2, 39.5, "ORYGINAŁ/KOPIA", 8, "Sans", "c")
    p.lines(
        14,
        47,
        [
            f"Data wystawienia: {dmy(doc.issue_date)}   Data sprzedaży: {dmy(doc.sale_date)}",
            f"Data wystawienia duplikatu: {dmy(dup)}",
        ],
        8.2,
        lead=4.3,
    )
    y = max(
        block(p, 14, 60, "Sprzedawca", [s.name, s.street, s.city, f"NIP {nip_fmt(s.nip, 'dash')}"]),
        block(p, 108, 60, "Nabywca", [b.name, b.street, b.city, f"NIP {nip_fmt(b.nip, 'dash')}"]),
    )
    y = table(p, 12, y + 6, cols9(), [row9(k, it, "dot") for k, it in enumerate(items, 1)], TableStyle(7.3))
    y = rate_table(p, p.w - 108, y + 5, doc.rate_summary(), fmt=f)
    gross = doc.totals()[2]
    p.text(p.w - 14, y + 8, f"Do zapłaty: {f(gross)} zł", 11.5, "Sans-Bold", "r")
    p.text(14, y + 14, f"Słownie: {words_pln(gross)}", 8)
    p.text(14, y + 19, f"Termin płatności: {dmy(due_of(doc))}, przelew na {iban(doc.bank)}", 7.8)
    return Sample(p.bytes(), (doc,))


def fam_gops_odbiorca_number_in_title_only(rng: random.Random) -> Sample:
    """The number appears ONLY in the centred title line 'Faktura nr 47/12/26' (no 'Numer:' field anywhere);
    Nabywca the gmina ('NIP: 1234567890') and Odbiorca its GOPS, school or library (address only) side by side
    under the seller; a 'Razem' footer row in the table and the gross again in a 'Do zapłaty' box."""
    items = pick(rng, HW, 2, 3) + pick(rng, SOFT, 0, 1)
    s = seller_of(rng, rng.choice(SELLERS))
    b, j = gmina(rng)
    unit = Party(f"{rng.choice(UNITS)} {j[4]}", rng.choice(JST_STREETS), b.city, "")
    doc = mk(rng, f"{rng.randint(1, 99)}/{{MM}}/{{YY}}", items, seller=s, buyer=b)
    p = Pdf()
    p.text(14, 16, s.name, 10.5, "Sans-Bold")
    p.text(14, 21, f"{s.street}, {s.city}, NIP: {s.nip}", 7.8)
    p.text(p.w - 14, 16, f"{doc.place}, {dmy(doc.issue_date)}", 8.5, "Sans", "r")
    p.text(p.w / 2, 33, f"Faktura nr {doc.number}", 15, "Sans-Bold", "c")
    p.text(p.w / 2, 38.5, f"data sprzedaży {dmy(doc.sale_date)}", 8.2, "Sans", "c")
    y = max(
        block(p, 14, 48, "Nabywca", [b.name, b.street, b.city, f"NIP: {b.nip}"], w=86),
        block(p, 108, 48, "Odbiorca", [unit.name, unit.street, unit.city], w=86),
    )
    rows = [row9(k, it) for k, it in enumerate(items, 1)]
    net, vat, gross = doc.totals()
    rows.append(["", "Razem", "", "", "", money(net), "", money(vat), money(gross)])
    y = table(p, 12, y + 6, cols9(), rows, TableStyle(7.3, head_fill=0.9))
    y = pay_box(p, y + 6, "Do zapłaty:", f"{money(gross)} zł", words_pln(gross))
    p.text(14, y + 4, f"Płatne przelewem do {dmy(due_of(doc))} na rachunek {nrb(doc.bank)}", 7.8)
    return Sample(p.bytes(), (doc,))


def fam_korekta_multi_rate_ksef_hyphen_minus(rng: random.Random) -> Sample:
    """Correction of a 23 % + 8 % invoice: its own number and KSeF reference of the corrected invoice, one grid with a
    'Stan' column ('przed' / 'po') per line, a 'Różnica' column with '-1 230,00', the difference per rate and 'Do
    zwrotu'."""
    base = pick(rng, SERVICES + SOFT, 1, 2) + pick(rng, LODGING, 1, 1)
    before, after = correction_pair(rng, base)
    s = seller_of(rng, rng.choice(SELLERS))
    b, _j = gmina(rng)
    doc = mk(rng, f"KOR/{rng.randint(1, 99):04d}/{{MM}}/2026", [*before, *after], seller=s, buyer=b, kind="correction")
    doc = replace(doc, drop=("sale_date",))
    orig_date = doc.issue_date - timedelta(days=rng.randint(8, 40))
    p = Pdf()
    p.text(14, 16, s.name, 10.5, "Sans-Bold")
    p.text(14, 21, f"{s.street}, {s.city}, NIP {nip_fmt(s.nip, 'dash')}", 7.8)
    p.text(14, 33, f"KOREKTA nr {doc.number}", 14, "Sans-Bold")
    p.lines(
        14,
        39,
        [
            f"Data wystawienia: {dmy(doc.issue_date)}",
            f"Dotyczy faktury FV/{rng.randint(100, 999)}/{orig_date.month:02d}/{orig_date.year} z {dmy(orig_date)}, "
            f"nr KSeF {ksef_no(s.nip, orig_date, rng)}",
            "Przyczyna: zmniejszenie liczby uczestników / obniżka ceny",
        ],
        8,
        lead=4.2,
    )
    y = max(
        block(p, 14, 56, "Sprzedawca", [s.name, s.street, s.city, f"NIP {nip_fmt(s.nip, 'dash')}"]),
        block(p, 108, 56, "Nabywca", [b.name, b.street, b.city, f"NIP {nip_fmt(b.nip, 'dash')}"]),
    )
    cols = [
        Col("Lp.", 8, "c"),
        Col("Nazwa", 62),
        Col("Stan", 11, "c"),
        Col("Ilość", 11, "r"),
        Col("Cena netto", 19, "r"),
    ]
    cols += [Col("Netto", 20, "r"), Col("VAT", 9, "c"), Col("Brutto", 20, "r"), Col("Różnica brutto", 26, "r")]
    rows = []
    for k, (i0, i1) in enumerate(zip(before, after, strict=True), 1):
        rows.append(
            [
                str(k),
                i0.name,
                "przed",
                qty_fmt(i0.qty),
                money(i0.unit_price or 0),
                money(i0.net or 0),
                rate_label(i0.vat_rate),
                money(i0.gross or 0),
                "",
            ]
        )
        rows.append(
            [
                "",
                i1.name,
                "po",
                qty_fmt(i1.qty),
                money(i1.unit_price or 0),
                money(i1.net or 0),
                rate_label(i1.vat_rate),
                money(i1.gross or 0),
                amt((i1.gross or Decimal(0)) - (i0.gross or Decimal(0))),
            ]
        )
    y = table(p, 12, y + 6, cols, rows, TableStyle(7.3, head_fill=0.9))
    p.text(p.w - 108, y + 6, "Różnica wg stawek", 8.3, "Sans-Bold")
    y = rate_table(p, p.w - 108, y + 8, diff_summary(doc, after, before))
    tot = doc.totals(after)[2] - doc.totals(before)[2]
    p.text(p.w - 14, y + 8, f"Do zwrotu: {amt(-tot)} PLN", 11, "Sans-Bold", "r")
    p.text(p.w - 14, y + 13, f"Słownie: {words_pln(tot)}", 7.6, "Sans", "r")
    return Sample(p.bytes(), (doc,))


def fam_nip_ue_only_seller_zw_training_note(rng: random.Random) -> Sample:
    """A training firm whose header gives only 'NIP UE: PL1234567890' (no plain NIP line), the buyer 'NIP 123 456 78
    90'; training lines 'zw' with decimal hours beside a 23 % materials line; the legal basis of the exemption."""
    ents = rng.sample(TRAINING, rng.randint(1, 2))
    items = [line(rng, (e[0], "godz.", (180, 320), e[3], e[4]), qty=rng.choice(("4", "6", "7.5", "12"))) for e in ents]
    items += pick(rng, BOOKS, 0, 1, qty=rng.randint(10, 25))
    items.append(line(rng, ("Materiały szkoleniowe i certyfikaty uczestników", "kpl.", (300, 900), "23", "MAT"), qty=1))
    s = seller_of(
        rng, rng.choice(("Akademia Cyberbezpieczeństwa Samorządowego Sp. z o.o.", "Centrum Szkoleń ISO-27 Sp. z o.o."))
    )
    b, _j = gmina(rng)
    doc = mk(rng, f"FV/SZK/{rng.randint(1, 300)}/2026", items, seller=s, buyer=b)
    p = Pdf()
    p.text(14, 16, s.name, 11, "Sans-Bold")
    p.text(14, 21, f"{s.street}, {s.city}", 8)
    p.text(14, 25.5, f"NIP UE: PL{s.nip}", 8)
    p.text(p.w - 14, 16, "Faktura", 14, "Sans-Bold", "r")
    p.text(p.w - 14, 22, doc.number, 11, "Sans-Bold", "r")
    p.lines(
        p.w - 14,
        28,
        [f"Data wystawienia: {dmy(doc.issue_date)}", f"Data wykonania usługi: {dmy(doc.sale_date)}"],
        8,
        align="r",
        lead=4.2,
    )
    y = block(p, 14, 42, "Nabywca", [b.name, b.street, b.city, f"NIP {nip_fmt(b.nip, 'space')}"])
    y = table(p, 12, y + 6, cols9(), [row9(k, it) for k, it in enumerate(items, 1)], TableStyle(7.3, head_fill=0.9))
    y = rate_table(p, p.w - 108, y + 5, doc.rate_summary())
    gross = doc.totals()[2]
    p.text(p.w - 14, y + 8, f"Do zapłaty: {money(gross)} zł", 11.5, "Sans-Bold", "r")
    p.text(p.w - 14, y + 13, f"Słownie: {words_pln(gross)}", 7.6, "Sans", "r")
    p.lines(
        14,
        y + 20,
        [
            "Podstawa zwolnienia: art. 43 ust. 1 pkt 29 lit. c ustawy o VAT – usługa kształcenia zawodowego",
            "finansowana w całości ze środków publicznych.",
            f"Rachunek: {iban(doc.bank)}, termin {dmy(due_of(doc))}",
        ],
        7.6,
        lead=4,
    )
    return Sample(p.bytes(), (doc,))


def fam_protocol_equipment_priced_total(rng: random.Random) -> Sample:
    """'Protokół odbioru sprzętu' whose equipment table carries the unit net price, the net and gross value of each
    line and a 'Razem' row, tied to an invoice number ('do faktury FV/…') and a contract; Wykonawca / Zamawiający
    with 'NIP: 1234567890'."""
    ents = rng.sample(HW, rng.randint(2, 4))
    items = [line(rng, e, qty=rng.randint(1, 5)) for e in ents]
    s = seller_of(rng, rng.choice(SELLERS))
    b, j = gmina(rng)
    doc = mk(rng, f"PO/{{MM}}/{rng.randint(1, 60):02d}/2026", items, seller=s, buyer=b, kind="protocol", sale_date=None)
    doc = replace(doc, score_amounts=False)  # values printed: the contract leaves a protocol's amounts open
    p = Pdf()
    p.text(14, 18, "PROTOKÓŁ ODBIORU SPRZĘTU", 15, "Sans-Bold")
    p.text(14, 25, f"nr {doc.number} z dnia {dmy(doc.issue_date)}", 10, "Sans-Bold")
    signed = doc.issue_date - timedelta(days=rng.randint(20, 90))
    p.text(
        14,
        31,
        f"do faktury FV/{rng.randint(100, 999)}/2026; umowa nr {rng.randint(1, 30)}/CS/{signed.year} z dnia "
        f"{dmy(signed)}",
        8,
    )
    y = max(
        block(p, 14, 40, "Wykonawca", [s.name, s.street, s.city, f"NIP: {s.nip}"]),
        block(p, 108, 40, "Zamawiający", [b.name, b.street, b.city, f"NIP: {b.nip}"]),
    )
    cols = [Col("Lp.", 8, "c"), Col("Nazwa sprzętu", 80), Col("Ilość", 12, "r"), Col("J.m.", 10, "c")]
    cols += [Col("Cena jedn. netto", 22, "r"), Col("Wartość netto", 23, "r"), Col("Wartość brutto", 24, "r")]
    rows = [
        [str(k), i.name, qty_fmt(i.qty), i.unit, money(i.unit_price or 0), money(i.net or 0), money(i.gross or 0)]
        for k, i in enumerate(items, 1)
    ]
    net = sum((i.net or Decimal(0) for i in items), Decimal(0))
    gross = sum((i.gross or Decimal(0) for i in items), Decimal(0))
    rows.append(["", "Razem", "", "", "", money(net), money(gross)])
    y = table(p, 12, y + 7, cols, rows, TableStyle(7.6, head_fill=0.9))
    p.text(14, y + 8, f"Sprzęt dostarczono do siedziby Zamawiającego w {j[4]}; odbiór bez zastrzeżeń.", 8.2)
    sig_pair(p, y + 34, "Przekazujący (Wykonawca)", "Odbierający (Zamawiający)")
    return Sample(p.bytes(), (doc,))


def fam_quotes_ampersand_mpp_thin_space(rng: random.Random) -> Sample:
    """Seller named with „…” quotes and '&'; 'MECHANIZM PODZIELONEJ PŁATNOŚCI' under the title; every amount with a
    THIN SPACE as the thousands separator ('12 345,67') and the totals with the currency first ('PLN 12 345,67')."""
    items = pick(rng, HW, 2, 3) + pick(rng, SOFT + SERVICES, 1, 1)
    s = seller_of(rng, rng.choice(SELLERS_QUOTES))
    b, _j = gmina(rng)
    doc = mk(rng, f"FA/{rng.randint(1, 999)}/{{MM}}/2026", items, seller=s, buyer=b)

    def f(x: Decimal) -> str:
        return amt(x, sep="\u2009")

    p = Pdf()
    p.text(14, 16, s.name, 10.5, "Sans-Bold")
    p.text(14, 21, f"{s.street}, {s.city}  NIP {nip_fmt(s.nip, 'dash')}", 7.8)
    p.text(14, 34, f"Faktura VAT nr {doc.number}", 14, "Sans-Bold")
    p.text(14, 40, "MECHANIZM PODZIELONEJ PŁATNOŚCI", 8.5, "Sans-Bold")
    p.lines(
        p.w - 14,
        32,
        [f"Data wystawienia: {dmy(doc.issue_date)}", f"Data sprzedaży: {dmy(doc.sale_date)}"],
        8,
        align="r",
        lead=4.2,
    )
    y = max(
        block(p, 14, 48, "Sprzedawca", [s.name, s.street, s.city, f"NIP {nip_fmt(s.nip, 'dash')}"]),
        block(p, 108, 48, "Nabywca", [b.name, b.street, b.city, f"NIP {nip_fmt(b.nip, 'dash')}"]),
    )
    rows = [
        [
            str(k),
            i.name,
            qty_fmt(i.qty),
            i.unit,
            f(i.unit_price or Decimal(0)),
            f(i.net or Decimal(0)),
            rate_label(i.vat_rate),
            f(i.vat or Decimal(0)),
            f(i.gross or Decimal(0)),
        ]
        for k, i in enumerate(items, 1)
    ]
    y = table(p, 12, y + 6, cols9(), rows, TableStyle(7.3, head_fill=0.9))
    net, vat, gross = doc.totals()
    yy = y + 7
    for lab, val in (("Wartość netto:", net), ("Kwota VAT:", vat), ("Wartość brutto:", gross)):
        p.text(p.w - 80, yy, lab, 8.5)
        p.text(p.w - 14, yy, f"PLN {f(val)}", 8.5, "Sans-Bold", "r")
        yy += 4.6
    p.text(p.w - 14, yy + 3, f"Do zapłaty: PLN {f(gross)}", 11.5, "Sans-Bold", "r")
    p.text(p.w - 14, yy + 8, f"Słownie: {words_pln(gross)}", 7.6, "Sans", "r")
    p.text(14, yy + 15, f"Płatność w mechanizmie podzielonej płatności na rachunek {nrb(doc.bank)}", 7.8)
    return Sample(p.bytes(), (doc,))


def fam_vat_mp_kasowa_title_number(rng: random.Random) -> Sample:
    """A small firm's 'Faktura VAT-MP nr 15/12/2026' with 'metoda kasowa' under the title; part paid in cash at
    delivery: 'Zapłacono: 1 000,00 zł' and 'Pozostało do zapłaty' below the gross; 23 % only."""
    items = pick(rng, HW, 1, 2) + pick(rng, SERVICES, 1, 1)
    s = seller_of(rng, rng.choice(("Serwis Komputerowy Paweł Kozłowski", "Usługi Informatyczne Karol Wójcik")))
    b, _j = gmina(rng)
    doc = mk(rng, f"{rng.randint(1, 60)}/{{MM}}/2026", items, seller=s, buyer=b)
    gross = doc.totals()[2]
    paid = min(Decimal(rng.choice((500, 1000, 1500))), q2(gross / 3))
    p = Pdf()
    p.text(14, 16, s.name, 11, "Serif-Bold")
    p.lines(14, 21, [s.street, s.city, f"NIP {s.nip}"], 8, "Serif", lead=3.9)
    p.text(p.w - 14, 16, f"{doc.place}, dnia {dmy(doc.issue_date)}", 8.5, "Serif", "r")
    p.text(p.w / 2, 42, f"Faktura VAT-MP nr {doc.number}", 14, "Serif-Bold", "c")
    p.text(p.w / 2, 47.5, "metoda kasowa", 9, "Serif", "c")
    p.text(p.w / 2, 52, f"data sprzedaży: {dmy(doc.sale_date)}", 8.2, "Serif", "c")
    y = max(
        block(p, 14, 60, "Sprzedawca", [s.name, s.street, s.city, f"NIP {s.nip}"]),
        block(p, 108, 60, "Nabywca", [b.name, b.street, b.city, f"NIP {b.nip}"]),
    )
    st = TableStyle(7.4, "Serif", "Serif-Bold", head_fill=0.92)
    y = table(p, 12, y + 6, cols9(), [row9(k, it) for k, it in enumerate(items, 1)], st)
    y = rate_table(p, p.w - 108, y + 5, doc.rate_summary())
    yy = y + 7
    for lab, val in (("Razem brutto:", gross), ("Zapłacono:", paid), ("Pozostało do zapłaty:", gross - paid)):
        p.text(p.w - 80, yy, lab, 9, "Serif-Bold" if lab.startswith("Pozost") else "Serif")
        p.text(p.w - 14, yy, f"{money(val)} zł", 9, "Serif-Bold", "r")
        yy += 5
    p.text(14, yy + 2, f"Słownie: {words_pln(gross)}", 8, "Serif")
    p.text(14, yy + 7, f"Zapłacono gotówką {dmy(doc.sale_date)}; pozostała kwota do {dmy(due_of(doc))}.", 8, "Serif")
    p.text(14, yy + 11.5, f"Rachunek: {nrb(doc.bank)}", 8, "Serif")
    sig_pair(p, yy + 32, "Osoba upoważniona do odbioru", "Osoba upoważniona do wystawienia", "Serif")
    return Sample(p.bytes(), (doc,))
