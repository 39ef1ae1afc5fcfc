"""BLIND-17 families (fresh batch). Not to be opened by the parser engineer; measured once, at the end.

Layouts written for this batch only, by an evaluator who never read the parser (`extractors/`, `checks/`,
`tests/extractors/`, `knowledge/`, docs/extraction*). They share the data model (`Doc`, `Item`, `Party`) and the page
canvas and table drawing (`Pdf`, `table`) of `kit.py` and a few helpers of `../blind15` (`XDoc`, `GrossDoc`,
`sig_pair`, `iban`, `nrb`), but bring their own sellers, their own IT catalogue (with catalogue codes) and real gminy
and powiaty of Małopolska from the TERYT register (TERC 2024-01-01, `/work/shared/data/teryt/terc_2024-01-01.csv`,
the TERYT code kept beside each). Streets, post codes, NIPs, KSeF numbers, people and sellers are invented.

Split decided when the batch was written (alternate sorted names, `build._half`): blind17a (tuned on after its one
measurement) = correction_dotyczy_faktury_ksef, duplikat_beside_number_krk_decoys, footer_band_number_two_pages,
invoice_gross_prices_rates_23_8_zw_np, kopia_mark_numer_kv_decoys, number_box_top_right_fv_spaced,
protocol_title_nr_next_line_hours, three_line_codes_library_odbiorca; blind17b (frozen) = the other eight.

Focus of the batch: the DOCUMENT NUMBER and the numbers around it – the number in a framed box top right under
'Nr dokumentu' or 'Numer', title and number on two lines ('FAKTURA VAT' / 'nr 12/11/2026/FV'), numbers with spaces,
slashes and letters ('FV 2026/11/00123', 'F/0034/26/KRK', '123/MAG/2026'), a 'DUPLIKAT' / 'ORYGINAŁ' / 'KOPIA' mark
beside it, decoy numbers nearby (Nr zamówienia, Nr umowy, WZ, Nr rachunku, Nr klienta, Nr KSeF, Nr zlecenia,
'Dotyczy faktury nr …', 'Do faktury'), the number only in the page header band or the page footer band. Besides:
dates in words ('4 grudnia 2026 r.'), '2026.12.04', '04-12-2026', a place-and-date line ('Kraków, dnia …'),
gross-method invoices, rates 23 %/8 %/zw/np on one invoice, quantities with decimal commas ('1,5 godz.'), item names
wrapping over three lines with a catalogue code inside, tables over pages with repeated headings, Nabywca the gmina
and Odbiorca a school or library with its own address, protocols with a signatures table and an 'Uwagi' block, an
invoice with its acceptance protocol in one PDF.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from reportlab.pdfbase import pdfmetrics

from tests.corpus.extract.blind15.families_blind15 import GrossDoc, XDoc, iban, nrb, sig_pair
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

# (TERYT code, name as in TERC, kind as in TERC, seat town)
TERC_JST = (
    ("1206012", "Czernichów", "gmina wiejska", "Czernichów"),
    ("1206032", "Iwanowice", "gmina wiejska", "Iwanowice"),
    ("1206072", "Liszki", "gmina wiejska", "Liszki"),
    ("1206092", "Mogilany", "gmina wiejska", "Mogilany"),
    ("1206113", "Skawina", "gmina miejsko-wiejska", "Skawina"),
    ("1206123", "Słomniki", "gmina miejsko-wiejska", "Słomniki"),
    ("1206172", "Zielonki", "gmina wiejska", "Zielonki"),
    ("1207032", "Dobra", "gmina wiejska", "Dobra"),
    ("1207042", "Jodłownik", "gmina wiejska", "Jodłownik"),
    ("1207062", "Laskowa", "gmina wiejska", "Laskowa"),
    ("1207011", "Limanowa", "gmina miejska", "Limanowa"),
    ("1206", "krakowski", "powiat", "Kraków"),
    ("1207", "limanowski", "powiat", "Limanowa"),
    ("1211", "nowotarski", "powiat", "Nowy Targ"),
)
LOCATIVE = {
    "Czernichów": "Czernichowie",
    "Iwanowice": "Iwanowicach",
    "Liszki": "Liszkach",
    "Mogilany": "Mogilanach",
    "Skawina": "Skawinie",
    "Słomniki": "Słomnikach",
    "Zielonki": "Zielonkach",
    "Dobra": "Dobrej",
    "Jodłownik": "Jodłowniku",
    "Laskowa": "Laskowej",
    "Limanowa": "Limanowej",
    "Kraków": "Krakowie",
    "Nowy Targ": "Nowym Targu",
}
POST_PREFIX = {"1206": "32-0", "1207": "34-6", "1211": "34-4", "1206p": "30-0"}
JST_STREETS = ("ul. Krakowska 1", "Rynek 12", "ul. Jana Pawła II 10", "ul. Zamkowa 3", "pl. Wolności 2")

SELLERS = (
    "Krakowskie Centrum Informatyki KCI Sp. z o.o.",
    "Małopolska Sieć Serwisowa Sp. z o.o.",
    "INFOGRAF Piotr Zieliński",
    "Tatrzańskie Systemy IT Sp. z o.o. sp.k.",
    "BEZPIECZNA GMINA S.A.",
    "Podhalański Serwis Komputerowy Jan Gąsienica",
    "Wieliczka DataCenter Sp. z o.o.",
    "Sądecka Informatyka Katarzyna Ryba",
)
SELLER_STREETS = ("ul. Wielicka 250", "ul. Zakopiańska 62/4", "al. Pokoju 18", "ul. Kamieńskiego 11", "ul. Lwowska 7")
SELLER_CITIES = ("30-418 Kraków", "31-564 Kraków", "33-300 Nowy Sącz", "34-400 Nowy Targ", "32-020 Wieliczka")

# name, unit, (low, high) unit price, rate, catalogue code
HW = (
    ('Notebook HP ProBook 450 G10 i5-1335U 16GB 512GB SSD 15,6" Win11 Pro', "szt.", (3700, 4500), "23", "HP-PB450G10"),
    ("Komputer stacjonarny Dell OptiPlex 7010 SFF i5-13500 16GB 512GB", "szt.", (3300, 4100), "23", "DL-OPT7010S"),
    ('Monitor iiyama ProLite XUB2492HSU-B5 24" IPS z regulacją wysokości', "szt.", (560, 720), "23", "IY-XUB2492"),
    ("Przełącznik sieciowy Cisco CBS350-24T-4G zarządzalny L3", "szt.", (1900, 2600), "23", "CS-CBS350-24"),
    ("Zapora sieciowa Stormshield SN310 z licencją UTM na 1 rok", "kpl.", (5200, 6900), "23", "SH-SN310-UTM"),
    ("Serwer NAS QNAP TS-873A-8G z dyskami 4 x 6 TB", "kpl.", (7400, 9100), "23", "QN-TS873A-24"),
    ("Zasilacz awaryjny UPS Eaton 9SX 3000VA RT2U", "szt.", (5400, 6600), "23", "EA-9SX3000"),
    ("Skaner dokumentów Fujitsu fi-8170 z podajnikiem ADF", "szt.", (3900, 4700), "23", "FJ-FI8170"),
    ("Czytnik kart kryptograficznych ACR39U-H1 USB", "szt.", (45, 79), "23", "AC-ACR39U"),
    ("Dysk zewnętrzny Samsung T7 Shield 2TB USB 3.2", "szt.", (640, 820), "23", "SM-T7S-2TB"),
    ("Punkt dostępowy TP-Link Omada EAP670 Wi-Fi 6", "szt.", (520, 690), "23", "TP-EAP670"),
    ("Tablet Samsung Galaxy Tab S9 FE 128GB Wi-Fi z etui", "szt.", (1700, 2100), "23", "SM-X510-128"),
)
SOFT = (
    ("Licencja Kaspersky Next EDR Foundations – 1 rok", "lic.", (120, 190), "23", "KL-EDRF-1Y"),
    ("Licencja Windows Server 2025 Standard 16 rdzeni GOV", "lic.", (3400, 4300), "23", "MS-WS25-S16"),
    ("Acronis Cyber Protect Standard Server – subskrypcja 1 rok", "lic.", (1100, 1600), "23", "AC-CPS-1Y"),
    ("Licencja Microsoft 365 E3 GCC – 12 miesięcy", "lic.", (1300, 1700), "23", "MS-365E3-12"),
)
HOURS = (
    ("Administracja serwerami i usługami katalogowymi Active Directory", "godz.", (120, 190), "23", "SRV-ADM-01"),
    ("Konfiguracja zapory sieciowej i segmentacji sieci VLAN", "godz.", (150, 220), "23", "SRV-NET-04"),
    ("Wsparcie użytkowników – pomoc zdalna (helpdesk)", "godz.", (90, 140), "23", "SRV-HD-02"),
    ("Przegląd i aktualizacja polityki bezpieczeństwa informacji", "godz.", (180, 260), "23", "SRV-ISMS-07"),
    ("Odtworzenie kopii zapasowej i testy odtworzeniowe", "godz.", (140, 210), "23", "SRV-BKP-05"),
    ("Aktualizacja oprogramowania układowego urządzeń sieciowych", "godz.", (130, 200), "23", "SRV-FW-03"),
)
DEC_HOURS = ("0.5", "1.5", "2.25", "3.5", "4", "6.75", "7.5", "12.5", "0.75", "9.25")
RATE8 = (
    ("Usługa cateringowa podczas szkolenia (przerwa kawowa i obiad)", "os.", (45, 85), "8", "GAS-CAT-01"),
    ("Nocleg uczestników szkolenia wyjazdowego ze śniadaniem", "os.", (180, 260), "8", "HOT-NOC-01"),
)
RATE_ZW = (
    ("Szkolenie z cyberhigieny dla pracowników urzędu (6 godz.)", "usł.", (2800, 5200), "zw", "SZK-CYB-06"),
    ("Szkolenie stanowiskowe administratora EZD RP (4 godz.)", "usł.", (1400, 2600), "zw", "SZK-EZD-04"),
)
RATE_NP = (
    (
        "Przechowywanie kopii zapasowej w centrum danych poza terytorium kraju – 12 mies.",
        "usł.",
        (1800, 3200),
        "np",
        "HST-EU-12",
    ),
)
PEOPLE = (
    "Anna Kowalczyk",
    "Marek Nowak",
    "Barbara Wójcik",
    "Tomasz Mazur",
    "Ewa Krawczyk",
    "Paweł Piotrowski",
    "Joanna Kaczmarek",
    "Grzegorz Zając",
    "Agnieszka Pawlak",
)


def jst_name(j: tuple[str, ...]) -> str:
    if j[2] == "powiat":
        return "Powiat " + j[1][0].upper() + j[1][1:]
    if j[2] == "gmina miejska":
        return "Miasto " + j[1]
    return "Gmina " + j[1]


def pick_jst(rng: random.Random, *, powiat: bool | None = None) -> Party:
    pool = [j for j in TERC_JST if powiat is None or (j[2] == "powiat") == powiat]
    j = rng.choice(pool)
    post = f"{POST_PREFIX[j[0] + 'p' if j[0] == '1206' else j[0][:4]]}{rng.randint(10, 99)}"
    return Party(jst_name(j), rng.choice(JST_STREETS), f"{post} {j[3]}", make_nip(rng))


def teryt_of(p: Party) -> str:
    for j in TERC_JST:
        if jst_name(j) == p.name:
            return j[0]
    raise KeyError(p.name)


def town(p: Party) -> str:
    return p.city.split(" ", 1)[1]


def loc(p: Party) -> str:
    """The seat town in the locative ('w Dobrej')."""
    return LOCATIVE[town(p)]


def pick_seller(rng: random.Random) -> Party:
    return Party(rng.choice(SELLERS), rng.choice(SELLER_STREETS), rng.choice(SELLER_CITIES), make_nip(rng))


def rate_of(rate: str) -> Decimal:
    return Decimal(rate) if rate.isdigit() else Decimal(0)


def line(
    rng: random.Random,
    entry: tuple[Any, ...],
    *,
    qty: Decimal | int | str | None = None,
    price: Decimal | None = None,
    gross_based: bool = False,
    name: str | None = None,
) -> Item:
    base, unit, (lo, hi), rate = entry[0], entry[1], entry[2], entry[3]
    if qty is None:
        if unit == "godz.":
            qty = rng.choice(DEC_HOURS)
        elif unit == "os.":
            qty = rng.randint(8, 25)
        elif unit in ("usł.", "kpl."):
            qty = rng.choice((1, 1, 2))
        else:
            qty = rng.choice((1, 2, 3, 4, 5, 6, 8, 10, 12))
    q = Decimal(qty)
    p = price if price is not None else Decimal(rng.randint(lo * 100, hi * 100)) / 100
    r = rate_of(rate)
    if gross_based:
        gross = q2(p * q)
        vat = q2(gross * r / (100 + r))
        return Item(name or base, q, unit, p, gross - vat, rate, vat, gross, codes=(entry[4], "", ""))
    net = q2(p * q)
    vat = q2(net * r / 100)
    return Item(name or base, q, unit, p, net, rate, vat, net + vat, codes=(entry[4], "", ""))


def mk(
    rng: random.Random,
    number: str,
    items: Sequence[Item],
    *,
    seller: Party | None = None,
    buyer: Party | None = None,
    kind: str = "invoice",
    currency: str | None = "PLN",
    cls: type[XDoc] = XDoc,
    **kw: Any,
) -> Any:
    issue = date(2026, 1, 8) + timedelta(days=rng.randint(0, 320))
    kw.setdefault("issue_date", issue)
    kw.setdefault("sale_date", issue - timedelta(days=rng.choice((0, 0, 1, 2, 4, 6))))
    seller = seller or pick_seller(rng)
    d = kw["issue_date"]
    number = number.replace("{MM}", f"{d.month:02d}").replace("{YY}", f"{d.year % 100:02d}")
    return cls(
        kind=kind,
        number=number,
        seller=seller,
        buyer=buyer or pick_jst(rng),
        currency=currency,
        items=tuple(items),
        place=town(seller),
        due_days=rng.choice((14, 21, 30)),
        bank="".join(str(rng.randint(0, 9)) for _ in range(26)),
        **kw,
    )


def hw_mix(rng: random.Random, n_hw: tuple[int, int], n_soft: tuple[int, int]) -> list[Item]:
    ents = rng.sample(HW, rng.randint(*n_hw)) + rng.sample(SOFT, rng.randint(*n_soft))
    return [line(rng, e) for e in ents]


def due(doc: Doc) -> date:
    return doc.issue_date + timedelta(days=doc.due_days)


def dotted(d: date) -> str:
    """'2026.12.04'."""
    return f"{d.year}.{d.month:02d}.{d.day:02d}"


def ksef_no(nip: str, d: date, rng: random.Random) -> str:
    """A KSeF number as the system gives it: the seller's NIP, the date, a hash part and a check part."""
    hx = "".join(rng.choice("0123456789ABCDEF") for _ in range(12))
    return f"{nip}-{d:%Y%m%d}-{hx}-{rng.choice('0123456789ABCDEF')}{rng.choice('0123456789ABCDEF')}"


def cols9(name_w: float = 70, net_price: str = "Cena netto") -> list[Col]:
    return [
        Col("Lp.", 8, "c"),
        Col("Nazwa towaru / usługi", name_w),
        Col("Ilość", 12, "r"),
        Col("J.m.", 10, "c"),
        Col(net_price, 19, "r"),
        Col("Wartość netto", 21, "r"),
        Col("VAT", 9, "c"),
        Col("Kwota VAT", 17, "r"),
        Col("Wartość brutto", 21, "r"),
    ]


def row9(k: int, it: Item, ms: str = "space") -> list[str]:
    return [
        str(k),
        it.name,
        qty_fmt(it.qty),
        it.unit,
        money(it.unit_price or 0, ms),
        money(it.net or 0, ms),
        rate_label(it.vat_rate),
        money(it.vat or 0, ms),
        money(it.gross or 0, ms),
    ]


def vat_rows(doc: Doc, items: Any = None, ms: str = "space", label: str = "Razem") -> list[list[str]]:
    rows = [[rate_label(r), money(n, ms), money(v, ms), money(g, ms)] for r, n, v, g in doc.rate_summary(items)]
    net, vat, gross = doc.totals(items)
    rows.append([label, money(net, ms), money(vat, ms), money(gross, ms)])
    return rows


VAT_COLS = [Col("Stawka", 18, "c"), Col("Netto", 26, "r"), Col("VAT", 24, "r"), Col("Brutto", 26, "r")]


def totals_block(p: Pdf, y: float, doc: Doc, *, pay_label: str = "Do zapłaty") -> float:
    gross = doc.totals()[2]
    y = table(p, p.w - 14 - 94, y + 5, VAT_COLS, vat_rows(doc), TableStyle(size=7.6, head_fill=0.9))
    p.text(p.w - 14, y + 8, f"{pay_label}: {money(gross)} PLN", 11.5, "Sans-Bold", "r")
    p.text(p.w - 14, y + 13, f"Słownie: {words_pln(gross)}", 7.6, "Sans", "r")
    return y + 18


def two_parties(
    p: Pdf,
    y: float,
    left: tuple[str, Party],
    right: tuple[str, Party],
    *,
    nip_style: str = "dash",
    size: float = 8.5,
) -> float:
    end = y
    for x, (cap, pt) in ((14, left), (108, right)):
        p.text(x, y, cap, 8, "Sans-Bold")
        rows = [*wrap(pt.name, "Sans", size, 88), pt.street, pt.city, f"NIP: {nip_fmt(pt.nip, nip_style)}"]
        end = max(end, p.lines(x, y + 5, rows, size, lead=size * 0.49))
    return end


def mark(p: Pdf, x: float, y: float, word: str, size: float = 9) -> None:
    """A framed mark such as DUPLIKAT / ORYGINAŁ / KOPIA, left edge at x, baseline at y."""
    w = text_w(word, "Sans-Bold", size) + 0.6 * len(word) / MM + 4
    p.rect(x, y - size * 0.38 - 1.2, w, size * 0.38 + 2.6, 0.6)
    p.text(x + w / 2, y, word, size, "Sans-Bold", "c", spacing=0.6)


def text_w(s: str, font: str, size: float) -> float:
    """Width of a string in mm."""
    return float(pdfmetrics.stringWidth(s, font, size)) / MM


def render_paged(draw: Callable[[int], Pdf]) -> bytes:
    """Render twice: first to count the pages, then with 'Strona k z N' right."""
    first = draw(0)
    first.bytes()
    pdf = draw(first.page_no)
    return pdf.bytes()


# --------------------------------------------------------------------------------------------------
# Families of half a (even positions of the sorted names)


def fam_correction_dotyczy_faktury_ksef(rng: random.Random) -> Sample:
    """'Faktura korygująca nr KOR/0007/26/KRK' with 'Dotyczy faktury nr F/0512/26/KRK z dnia …' and the corrected
    invoice's KSeF number right under it; dates in words ('4 grudnia 2026 r.'); 'Przed korektą' and 'Po korekcie'
    tables stacked, the difference per rate and 'Kwota zmniejszenia'."""
    base = hw_mix(rng, (1, 3), (0, 1))
    before = [replace(it, before_correction=True) for it in base]
    after = []
    for it in base:
        cut = q2((it.unit_price or Decimal(0)) * Decimal(rng.choice(("0.90", "0.85", "0.95"))))
        after.append(line(rng, (it.name, it.unit, (0, 0), it.vat_rate or "23", it.codes[0]), qty=it.qty, price=cut))
    doc = mk(rng, f"KOR/{rng.randint(1, 60):04d}/{{YY}}/KRK", [*before, *after], kind="correction")
    doc = replace(doc, drop=("sale_date",))  # only the corrected invoice's sale date is printed
    s, b = doc.seller, doc.buyer
    orig_date = doc.issue_date - timedelta(days=rng.randint(12, 45))
    orig_no = f"F/{rng.randint(100, 999):04d}/{orig_date.year % 100}/KRK"
    p = Pdf()
    p.text(14, 16, s.name, 10.5, "Sans-Bold")
    p.text(14, 21, f"{s.street}, {s.city}", 8)
    p.text(p.w - 14, 16, f"{doc.place}, {date_fmt(doc.issue_date, 'words_r')}", 8.5, "Sans", "r")
    p.text(14, 34, f"Faktura korygująca nr {doc.number}", 14, "Sans-Bold")
    p.lines(
        14,
        40,
        [
            f"Dotyczy faktury nr {orig_no} z dnia {date_fmt(orig_date, 'words_r')}",
            f"Numer KSeF faktury korygowanej: {ksef_no(s.nip, orig_date, rng)}",
            f"Data wystawienia korekty: {date_fmt(doc.issue_date, 'words_r')}",
            f"Data sprzedaży (wg faktury korygowanej): {date_fmt(orig_date, 'words_r')}",
            "Przyczyna korekty: obniżka ceny uzgodniona po dostawie",
        ],
        8.3,
        lead=4.2,
    )
    y = two_parties(p, 67, ("Sprzedawca", s), ("Nabywca", b))
    st = TableStyle(7.3, head_fill=0.9)
    p.text(14, y + 6, "Przed korektą", 8.5, "Sans-Bold")
    y = table(p, 12, y + 8, cols9(), [row9(k, it) for k, it in enumerate(before, 1)], st)
    p.text(14, y + 6, "Po korekcie", 8.5, "Sans-Bold")
    y = table(p, 12, y + 8, cols9(), [row9(k, it) for k, it in enumerate(after, 1)], st)
    diff = []
    for (r, n1, v1, g1), (_r, n0, v0, g0) in zip(doc.rate_summary(after), doc.rate_summary(before), strict=True):
        diff.append([rate_label(r), money(n1 - n0), money(v1 - v0), money(g1 - g0)])
    tot = [a - c for a, c in zip(doc.totals(after), doc.totals(before), strict=True)]
    diff.append(["Razem", *(money(t) for t in tot)])
    p.text(p.w - 108, y + 7, "Różnica", 8.5, "Sans-Bold")
    y = table(p, p.w - 108, y + 9, VAT_COLS, diff, TableStyle(7.6, head_fill=0.9))
    p.text(p.w - 14, y + 8, f"Kwota zmniejszenia: {money(-tot[2])} PLN", 11, "Sans-Bold", "r")
    p.text(p.w - 14, y + 13, f"Słownie: minus {words_pln(tot[2])}", 7.6, "Sans", "r")
    p.text(14, y + 20, f"Zwrot na rachunek Nabywcy w terminie {doc.due_days} dni.", 8)
    return Sample(p.bytes(), (doc,))


def fam_duplikat_beside_number_krk_decoys(rng: random.Random) -> Sample:
    """'Kraków, dnia 4 grudnia 2026 r.' top right as the issue date, 'Faktura VAT nr F/0034/26/KRK' with a framed
    'DUPLIKAT' beside it (and the duplicate's later date under it), then a line of decoy numbers: Nr zamówienia,
    Nr klienta and the bank account number."""
    items = hw_mix(rng, (1, 3), (0, 2))
    doc = mk(rng, f"F/{rng.randint(1, 400):04d}/{{YY}}/KRK", items)
    s, b = doc.seller, doc.buyer
    dup = doc.issue_date + timedelta(days=rng.randint(9, 30))
    p = Pdf()
    p.text(14, 15, s.name, 11, "Serif-Bold")
    p.lines(14, 20, [s.street, s.city, f"NIP {nip_fmt(s.nip, 'dash')}"], 8, "Serif", lead=3.9)
    p.text(p.w - 14, 15, f"{doc.place}, dnia {date_fmt(doc.issue_date, 'words_r')}", 9, "Serif", "r")
    title = f"Faktura VAT nr {doc.number}"
    p.text(14, 42, title, 14, "Serif-Bold")
    x = 14 + text_w(title, "Serif-Bold", 14) + 4
    mark(p, x, 42, "DUPLIKAT", 9)
    p.text(x, 47, f"wystawiony {date_fmt(dup)}", 6.8, "Serif")
    p.text(
        14,
        53,
        f"Nr zamówienia: ZAM/{rng.randint(100, 999):04d}/{doc.issue_date.year}"
        f"    Nr klienta: {rng.randint(100, 9999):05d}    Nr rachunku: {nrb(doc.bank)}",
        7.6,
        "Serif",
    )
    p.text(14, 58, f"Data dostawy: {date_fmt(doc.sale_date, 'words_r')}", 8, "Serif")
    for x0, cap, pt in ((14, "Sprzedawca", s), (108, "Nabywca", b)):
        p.text(x0, 68, cap, 8.5, "Serif-Bold")
        p.lines(x0, 73, [pt.name, pt.street, pt.city, f"NIP {nip_fmt(pt.nip, 'dash')}"], 8.5, "Serif", lead=4.2)
    y = table(
        p, 12, 96, cols9(), [row9(k, it) for k, it in enumerate(items, 1)], TableStyle(7.3, "Serif", "Serif-Bold")
    )
    y = totals_block(p, y, doc)
    p.text(14, y + 4, f"Termin płatności: {date_fmt(due(doc), 'words_r')}, przelew.", 8, "Serif")
    return Sample(p.bytes(), (doc,))


def fam_footer_band_number_two_pages(rng: random.Random) -> Sample:
    """A long list over two pages with the table heading repeated; the title is only 'FAKTURA VAT' and the number
    appears ONLY in the grey footer band of every page ('Faktura nr FV/0123/12/26 · strona 1 z 2'); under the title
    the decoys 'Nr zlecenia: ZL/2026/0789' and 'Nr umowy: 14/ZP/2026'; dates '04-12-2026'."""
    ents = list(HW + SOFT)
    rng.shuffle(ents)
    items = [line(rng, e) for e in ents] + [line(rng, e) for e in rng.sample(HOURS, rng.randint(4, 6))]
    doc = mk(rng, f"FV/{rng.randint(1, 999):04d}/{{MM}}/{{YY}}", items)
    s, b = doc.seller, doc.buyer
    zl, um = f"ZL/{doc.issue_date.year}/{rng.randint(100, 999):04d}", f"{rng.randint(1, 40)}/ZP/{doc.issue_date.year}"

    def draw(total: int) -> Pdf:
        p = Pdf()

        def band(pp: Pdf) -> float:
            pp.rect(0, pp.h - 12, pp.w, 12, 0, fill=0.88)
            tail = f" z {total}" if total else ""
            pp.text(14, pp.h - 5, f"Faktura nr {doc.number} · strona {pp.page_no}{tail}", 7.5, "Sans-Bold")
            pp.text(pp.w - 14, pp.h - 5, f"{s.name} · NIP {nip_fmt(s.nip, 'dash')}", 7, "Sans", "r")
            if pp.page_no > 1:
                pp.text(14, 12, f"Zlecenie {zl} – ciąg dalszy", 7.5, "Sans-Italic")
                return 17.0
            return 15.0

        band(p)
        p.on_page = band
        p.text(14, 20, "FAKTURA VAT", 18, "Sans-Bold")
        p.lines(14, 27, [f"Nr zlecenia: {zl}", f"Nr umowy: {um}"], 8.5, lead=4.3)
        p.lines(
            p.w - 14,
            16,
            [
                f"Data wystawienia: {date_fmt(doc.issue_date, 'dash')}",
                f"Data sprzedaży: {date_fmt(doc.sale_date, 'dash')}",
                f"Termin płatności: {date_fmt(due(doc), 'dash')}",
            ],
            8.5,
            align="r",
            lead=4.4,
        )
        y = two_parties(p, 42, ("Sprzedawca", s), ("Nabywca", b))
        st = TableStyle(8, head_fill=0.9, bottom=24, pad=1.6)
        y = table(p, 12, y + 6, cols9(name_w=62), [row9(k, it) for k, it in enumerate(items, 1)], st)
        if y > p.h - 70:
            y = p.new_page()
        y = totals_block(p, y, doc)
        p.text(14, y + 4, f"Rachunek: {iban(doc.bank)}", 8)
        return p

    return Sample(render_paged(draw), (doc,))


def fam_invoice_gross_prices_rates_23_8_zw_np(rng: random.Random) -> Sample:
    """Subiekt-like 'Faktura VAT 123/MAG/2026' priced GROSS ('Cena brutto', VAT taken out of the gross sum per
    rate), lines at 23 %, 8 %, zw and np on one invoice; 'WZ 118/MAG/2026' and 'Zamówienie 57/ZK/2026' printed
    right under the number; lines print gross only."""
    ents = [*rng.sample(HW, rng.randint(1, 2)), rng.choice(RATE8), rng.choice(RATE_ZW), *RATE_NP]
    rng.shuffle(ents)
    items = [line(rng, e, gross_based=True) for e in ents]
    n = rng.randint(40, 900)
    doc = mk(rng, f"{n}/MAG/2026", items, cls=GrossDoc, item_amounts=("gross",))
    s, b = doc.seller, doc.buyer
    p = Pdf()
    p.text(14, 15, s.name, 10, "Cond-Bold")
    p.text(14, 19.5, f"{s.street}, {s.city}, NIP: {s.nip}", 7.6, "Cond")
    p.text(p.w / 2, 32, f"Faktura VAT {doc.number}", 15, "Cond-Bold", "c")
    p.text(
        p.w / 2,
        38,
        f"WZ {n - rng.randint(1, 9)}/MAG/2026    Zamówienie {rng.randint(10, 99)}/ZK/2026    oryginał",
        8,
        "Cond",
        "c",
    )
    p.lines(
        p.w - 14,
        15,
        [
            f"Miejsce wystawienia: {doc.place}",
            f"Data wystawienia: {date_fmt(doc.issue_date)}",
            f"Data dostawy/wykonania usługi: {date_fmt(doc.sale_date)}",
        ],
        7.8,
        "Cond",
        align="r",
        lead=4,
    )
    for x, cap, pt in ((14, "Sprzedawca:", s), (108, "Nabywca:", b)):
        p.text(x, 48, cap, 8, "Cond-Bold")
        p.lines(x, 53, [pt.name, pt.street, pt.city, f"NIP: {pt.nip}"], 8.5, "Cond", lead=4.2)
    cols = [
        Col("Lp", 8, "c"),
        Col("Nazwa", 88),
        Col("Ilość", 13, "r"),
        Col("J.m.", 10, "c"),
        Col("Cena brutto", 22, "r"),
        Col("VAT", 12, "c"),
        Col("Wartość brutto", 26, "r"),
    ]
    rows = [
        [
            str(k),
            it.name,
            qty_fmt(it.qty),
            it.unit,
            money(it.unit_price or 0),
            rate_label(it.vat_rate),
            money(it.gross or 0),
        ]
        for k, it in enumerate(items, 1)
    ]
    y = table(p, 12, 76, cols, rows, TableStyle(7.6, "Cond", "Cond-Bold", grid=False, rules=True))
    y = table(
        p,
        p.w - 14 - 94,
        y + 5,
        [
            Col("Stawka", 18, "c"),
            Col("Wartość netto", 26, "r"),
            Col("Kwota VAT", 24, "r"),
            Col("Wartość brutto", 26, "r"),
        ],
        vat_rows(doc),
        TableStyle(7.6, "Cond", "Cond-Bold"),
    )
    gross = doc.totals()[2]
    p.text(p.w - 14, y + 8, f"Razem do zapłaty: {money(gross)} zł", 11.5, "Cond-Bold", "r")
    p.text(p.w - 14, y + 13, f"słownie: {words_pln(gross)}", 7.6, "Cond", "r")
    p.lines(
        14,
        y + 20,
        [
            "zw – zwolnienie z VAT: art. 43 ust. 1 pkt 29 lit. c ustawy o VAT (szkolenie finansowane ze środków"
            " publicznych)",
            "np – usługa, której miejsce świadczenia znajduje się poza terytorium kraju",
            f"Forma płatności: przelew, termin {date_fmt(due(doc))}, rachunek {nrb(doc.bank)}",
        ],
        7.4,
        "Cond",
        lead=3.8,
    )
    return Sample(p.bytes(), (doc,))


def fam_kopia_mark_numer_kv_decoys(rng: random.Random) -> Sample:
    """Title 'FAKTURA VAT' on the left; on the right a label/value list 'Numer:' with a framed 'KOPIA' beside the
    value, then 'Nr KSeF:' (starting with the seller's NIP), 'Nr zamówienia:', 'Nr umowy:' and the three dates."""
    items = hw_mix(rng, (1, 3), (1, 2))
    doc = mk(rng, f"FS-{rng.randint(1, 999):04d}/{{MM}}/2026", items)
    s, b = doc.seller, doc.buyer
    p = Pdf()
    p.text(14, 20, "FAKTURA VAT", 17, "Sans-Bold")
    p.lines(14, 27, [s.name, f"{s.street}, {s.city}"], 8, lead=4)
    kv = [
        ("Numer:", doc.number),
        ("Nr KSeF:", ksef_no(s.nip, doc.issue_date, rng)),
        ("Nr zamówienia:", f"ZAM-{rng.randint(1, 999):04d}/{doc.issue_date.month:02d}/2026"),
        ("Nr umowy:", f"{rng.randint(1, 30)}/IT/{doc.issue_date.year}"),
        ("Data wystawienia:", date_fmt(doc.issue_date)),
        ("Data sprzedaży:", date_fmt(doc.sale_date)),
        ("Termin płatności:", date_fmt(due(doc))),
    ]
    y = 14.0
    for k, (lab, val) in enumerate(kv):
        p.text(112, y, lab, 7.8, "Sans-Bold")
        p.text(142, y, val, 10 if k == 0 else (6.4 if lab == "Nr KSeF:" else 7.8), "Sans-Bold" if k == 0 else "Sans")
        if k == 0:
            mark(p, 142 + text_w(val, "Sans-Bold", 10) + 3, y, "KOPIA", 8)
        y += 4.6
    y = two_parties(p, 52, ("Sprzedawca", s), ("Nabywca", b), nip_style="plain")
    y = table(p, 12, y + 7, cols9(), [row9(k, it) for k, it in enumerate(items, 1)], TableStyle(7.4, head_fill=0.85))
    y = totals_block(p, y, doc)
    p.text(14, y + 4, f"Przelew na rachunek {iban(doc.bank)}", 7.8)
    return Sample(p.bytes(), (doc,))


def fam_number_box_top_right_fv_spaced(rng: random.Random) -> Sample:
    """A framed box top right: 'Nr dokumentu' above the number 'FV 2026/11/00123', cells 'Data wystawienia' and
    'Data sprzedaży' with dates '2026.12.04'; under the box a decoy 'Nr zamówienia: ZAM 2026/11/00098'."""
    items = hw_mix(rng, (2, 3), (0, 2))
    doc = mk(rng, f"FV 2026/{{MM}}/{rng.randint(1, 900):05d}", items)
    s, b = doc.seller, doc.buyer
    p = Pdf()
    p.text(14, 16, s.name, 12, "Sans-Bold")
    p.lines(14, 22, [s.street, s.city, f"NIP {nip_fmt(s.nip, 'dash')}"], 8, lead=4)
    p.text(14, 42, "Faktura VAT", 16, "Sans-Bold")
    bx, bw = 122.0, 74.0
    p.rect(bx, 10, bw, 30, 0.8)
    p.text(bx + 2, 14, "Nr dokumentu", 6.8, "Sans")
    p.text(bx + bw / 2, 21, doc.number, 12, "Sans-Bold", "c")
    p.hline(bx, bx + bw, 25, 0.5)
    p.vline(bx + bw / 2, 25, 40, 0.5)
    p.text(bx + 2, 29, "Data wystawienia", 6.8)
    p.text(bx + bw / 2 + 2, 29, "Data sprzedaży", 6.8)
    p.text(bx + bw / 4, 36, dotted(doc.issue_date), 9.5, "Sans-Bold", "c")
    p.text(bx + 3 * bw / 4, 36, dotted(doc.sale_date), 9.5, "Sans-Bold", "c")
    order = f"ZAM 2026/{doc.issue_date.month:02d}/{rng.randint(1, 900):05d}"
    p.text(bx, 45, f"Nr zamówienia: {order}", 7.6)
    y = two_parties(p, 54, ("Sprzedawca", s), ("Nabywca", b))
    y = table(p, 12, y + 7, cols9(), [row9(k, it) for k, it in enumerate(items, 1)], TableStyle(7.4, head_fill=0.9))
    y = totals_block(p, y, doc)
    p.text(14, y + 4, f"Termin płatności: {dotted(due(doc))}   Rachunek: {nrb(doc.bank)}", 7.8)
    return Sample(p.bytes(), (doc,))


def fam_protocol_title_nr_next_line_hours(rng: random.Random) -> Sample:
    """'PROTOKÓŁ ODBIORU USŁUG' with 'nr PO/0042/26/KRK' alone on the next line, decoys 'Nr zlecenia' and
    'Nr umowy' beside it; service hours with decimal commas ('1,5 godz.'), dates '04-12-2026', an 'Uwagi' block."""
    items = [line(rng, e) for e in rng.sample(HOURS, rng.randint(2, 4))]
    doc = mk(rng, f"PO/{rng.randint(1, 99):04d}/{{YY}}/KRK", items, kind="protocol", currency=None, sale_date=None)
    s, b = doc.seller, doc.buyer
    start = date(doc.issue_date.year, doc.issue_date.month, 1)
    p = Pdf()
    p.text(p.w / 2, 20, "PROTOKÓŁ ODBIORU USŁUG", 15, "Sans-Bold", "c")
    p.text(p.w / 2, 27, f"nr {doc.number}", 11, "Sans", "c")
    p.text(14, 36, f"Nr zlecenia: ZL/{doc.issue_date.year}/{rng.randint(10, 300)}", 8)
    p.text(p.w - 14, 36, f"Nr umowy: {rng.randint(1, 20)}/IT/{doc.issue_date.year}", 8, "Sans", "r")
    p.text(14, 42, f"Data sporządzenia protokołu: {date_fmt(doc.issue_date, 'dash')}", 8.5)
    p.text(14, 47, f"Okres świadczenia usług: {date_fmt(start, 'dash')} – {date_fmt(doc.issue_date, 'dash')}", 8.5)
    y = two_parties(p, 57, ("Wykonawca", s), ("Zamawiający", b))
    cols = [Col("Lp.", 9, "c"), Col("Zakres wykonanych czynności", 120), Col("Liczba", 18, "r"), Col("J.m.", 16, "c")]
    rows = [[str(k), it.name, qty_fmt(it.qty), it.unit] for k, it in enumerate(items, 1)]
    y = table(p, 14, y + 8, cols, rows, TableStyle(8.2, head_fill=0.9))
    total = sum((it.qty for it in items), Decimal(0))
    p.text(p.w - 40, y + 5, f"Razem: {qty_fmt(total)} godz.", 8.5, "Sans-Bold", "r")
    p.rect(14, y + 10, p.w - 28, 18, 0.4)
    p.text(16, y + 15, "Uwagi:", 8.5, "Sans-Bold")
    p.lines(
        16,
        y + 20,
        [
            "Usługi wykonano zgodnie z zakresem zlecenia. Zamawiający nie wnosi zastrzeżeń.",
            "Protokół stanowi podstawę do wystawienia faktury.",
        ],
        8,
        lead=4,
    )
    sig_pair(p, y + 50, "Wykonawca", "Zamawiający")
    return Sample(p.bytes(), (doc,))


def fam_three_line_codes_library_odbiorca(rng: random.Random) -> Sample:
    """Nabywca the gmina with its NIP, Odbiorca its public library with its own address (no NIP); a narrow name
    column where every name wraps over three lines with the catalogue code inside ('… [kod: HP-PB450G10] …')."""
    buyer = pick_jst(rng, powiat=False)
    lib = Party(
        rng.choice(("Gminna Biblioteka Publiczna", "Biblioteka Publiczna Gminy", "Gminne Centrum Kultury i Biblioteka"))
        + f" w {loc(buyer)}",
        rng.choice(("ul. Szkolna 4", "ul. Kościelna 9", "os. Centrum 2")),
        buyer.city,
        make_nip(rng),
    )
    ents = rng.sample(HW, rng.randint(2, 4)) + rng.sample(SOFT, 1)
    items = []
    for e in ents:
        words = e[0].split(" ")
        cut = max(2, len(words) // 2)
        items.append(line(rng, e, name=" ".join([*words[:cut], f"[kod: {e[4]}]", *words[cut:]])))
    doc = mk(rng, f"{rng.randint(1, 999):05d}/FV/2026", items, buyer=buyer, recipient=lib)
    s = doc.seller
    p = Pdf()
    p.text(14, 18, f"Faktura nr {doc.number}", 14, "Sans-Bold")
    p.lines(
        p.w - 14,
        14,
        [f"Wystawiona: {date_fmt(doc.issue_date)}, {doc.place}", f"Data sprzedaży: {date_fmt(doc.sale_date)}"],
        8,
        align="r",
        lead=4.2,
    )
    for x, cap, rows in (
        (14, "Sprzedawca", [s.name, s.street, s.city, f"NIP {s.nip}"]),
        (78, "Nabywca", [buyer.name, buyer.street, buyer.city, f"NIP {buyer.nip}"]),
        (142, "Odbiorca", [*wrap(lib.name, "Sans", 7.8, 54), lib.street, lib.city]),
    ):
        p.text(x, 30, cap, 8, "Sans-Bold")
        p.lines(x, 35, rows, 7.8, lead=3.8)
    cols = [
        Col("Lp.", 8, "c"),
        Col("Nazwa", 46),
        Col("Ilość", 12, "r"),
        Col("J.m.", 10, "c"),
        Col("Cena netto", 20, "r"),
        Col("Wartość netto", 22, "r"),
        Col("VAT", 10, "c"),
        Col("Kwota VAT", 19, "r"),
        Col("Wartość brutto", 22, "r"),
    ]
    y = table(p, 14, 60, cols, [row9(k, it) for k, it in enumerate(items, 1)], TableStyle(7.8, head_fill=0.9))
    y = totals_block(p, y, doc)
    p.text(14, y + 4, f"Płatnik: Nabywca. Termin: {date_fmt(due(doc))}. Rachunek: {nrb(doc.bank)}", 7.8)
    return Sample(p.bytes(), (doc,))


# --------------------------------------------------------------------------------------------------
# Families of half b (odd positions of the sorted names)


def fam_correction_numer_box_returned_units(rng: random.Random) -> Sample:
    """Quantity correction (units returned) with a framed box top right: 'Numer' over 'FVK 7/12/2026', then 'Do
    faktury' over the corrected 'FV 2026/10/00088' in the same box, dates '2026.12.04'; ONE table whose rows carry
    both sides ('Ilość przed' | 'Ilość po' | 'Wartość netto przed' | 'po'), a difference per rate under it."""
    ents = rng.sample(HW, rng.randint(1, 3))
    base = [line(rng, e, qty=rng.randint(2, 10)) for e in ents]
    before = [replace(it, before_correction=True) for it in base]
    after = [
        line(
            rng,
            (it.name, it.unit, (0, 0), "23", it.codes[0]),
            qty=it.qty - rng.randint(1, int(it.qty) - 1),
            price=it.unit_price,
        )
        for it in base
    ]
    doc = mk(rng, f"FVK {rng.randint(1, 40)}/{{MM}}/2026", [*before, *after], kind="correction", item_amounts=("net",))
    doc = replace(doc, drop=("sale_date",))
    s, b = doc.seller, doc.buyer
    orig_date = doc.issue_date - timedelta(days=rng.randint(15, 50))
    orig = f"FV 2026/{orig_date.month:02d}/{rng.randint(1, 900):05d}"
    p = Pdf()
    p.text(14, 16, s.name, 11.5, "Sans-Bold")
    p.lines(14, 22, [s.street, s.city, f"NIP: {nip_fmt(s.nip, 'pl')}"], 8, lead=4)
    p.text(14, 44, "FAKTURA KORYGUJĄCA", 15, "Sans-Bold")
    p.text(14, 50, "zwrot towaru – zmniejszenie ilości", 8.5, "Sans-Italic")
    bx, bw = 124.0, 72.0
    p.rect(bx, 10, bw, 40, 0.8)
    for k, (lab, val, size) in enumerate(
        (
            ("Numer", doc.number, 12),
            ("Do faktury", f"{orig} z {dotted(orig_date)}", 8.5),
            ("Data wystawienia", dotted(doc.issue_date), 9.5),
        )
    ):
        y0 = 10 + k * 13.3
        if k:
            p.hline(bx, bx + bw, y0, 0.5)
        p.text(bx + 2, y0 + 4, lab, 6.8)
        p.text(bx + bw / 2, y0 + 10, val, size, "Sans-Bold", "c")
    y = two_parties(p, 60, ("Sprzedawca", s), ("Nabywca", b), nip_style="pl")
    cols = [
        Col("Lp.", 8, "c"),
        Col("Nazwa", 62),
        Col("J.m.", 10, "c"),
        Col("Ilość przed", 14, "r"),
        Col("Ilość po", 14, "r"),
        Col("Cena netto", 19, "r"),
        Col("Wartość netto przed", 22, "r"),
        Col("Wartość netto po", 22, "r"),
        Col("VAT", 10, "c"),
    ]
    rows = [
        [
            str(k),
            i0.name,
            i0.unit,
            qty_fmt(i0.qty),
            qty_fmt(i1.qty),
            money(i0.unit_price or 0),
            money(i0.net or 0),
            money(i1.net or 0),
            rate_label(i0.vat_rate),
        ]
        for k, (i0, i1) in enumerate(zip(before, after, strict=True), 1)
    ]
    y = table(p, 12, y + 7, cols, rows, TableStyle(7.3, head_fill=0.9))
    tot = [a - c for a, c in zip(doc.totals(after), doc.totals(before), strict=True)]
    y = table(
        p,
        p.w - 14 - 94,
        y + 6,
        [Col("", 18, "c"), Col("Netto", 26, "r"), Col("VAT", 24, "r"), Col("Brutto", 26, "r")],
        [
            ["Przed", *(money(t) for t in doc.totals(before))],
            ["Po", *(money(t) for t in doc.totals(after))],
            ["Różnica", *(money(t) for t in tot)],
        ],
        TableStyle(7.6, head_fill=0.9),
    )
    p.text(p.w - 14, y + 8, f"Do zwrotu: {money(-tot[2])} PLN", 11.5, "Sans-Bold", "r")
    p.text(
        14,
        y + 16,
        f"Przyczyna: zwrot {int(sum(i.qty for i in before) - sum(i.qty for i in after))} szt. "
        "towaru w ramach rękojmi. Zwrot na rachunek Nabywcy.",
        8,
    )
    return Sample(p.bytes(), (doc,))


def fam_eight_zw_np_rates_net_place_date(rng: random.Random) -> Sample:
    """Training-and-hosting invoice priced net with lines at 23 %, 8 % (catering or lodging), zw and np, a note per
    exempt rate; 'Nowy Sącz, 04.12.2026 r.' as the only issue date line; number '456/SPR/2026'."""
    ents = [*rng.sample(HW + SOFT, rng.randint(1, 2)), rng.choice(RATE8), rng.choice(RATE_ZW), *RATE_NP]
    items = [line(rng, e) for e in ents]
    doc = mk(rng, f"{rng.randint(1, 999)}/SPR/2026", items)
    s, b = doc.seller, doc.buyer
    p = Pdf()
    p.text(p.w - 14, 15, f"{doc.place}, {date_fmt(doc.issue_date)} r.", 9, "Sans", "r")
    p.text(14, 15, s.name, 11, "Sans-Bold")
    p.text(14, 20, f"{s.street}, {s.city} · NIP {nip_fmt(s.nip, 'dash')}", 7.8)
    p.text(14, 33, f"FAKTURA nr {doc.number}", 14, "Sans-Bold")
    p.text(14, 39, f"Data wykonania usługi / dostawy: {date_fmt(doc.sale_date, 'iso')}", 8.2)
    y = two_parties(p, 48, ("Sprzedawca", s), ("Nabywca", b))
    y = table(
        p, 12, y + 7, cols9(), [row9(k, it) for k, it in enumerate(items, 1)], TableStyle(7.3, grid=False, rules=True)
    )
    y = totals_block(p, y, doc)
    p.lines(
        14,
        y + 3,
        [
            "zw – art. 43 ust. 1 pkt 29 lit. c ustawy o VAT; np – art. 28b ustawy o VAT (miejsce świadczenia"
            " poza krajem)",
            f"Płatność przelewem do {date_fmt(due(doc))} na rachunek {nrb(doc.bank)}",
        ],
        7.4,
        lead=3.9,
    )
    return Sample(p.bytes(), (doc,))


def fam_header_band_number_pages_repeat_heads(rng: random.Random) -> Sample:
    """A long hardware-and-services list over several pages, the heading repeated on each; the body title is only
    'FAKTURA VAT' and the number 'F/0456/26/NS' appears ONLY in the dark header band at the top of every page
    ('Dokument F/0456/26/NS | Strona 1 z 2'); names wrap in a narrow column with the catalogue code inside; dates
    '2026.12.04'."""
    ents = list(HW + SOFT)
    rng.shuffle(ents)
    items = []
    for e in ents[: rng.randint(14, 16)] + rng.sample(HOURS, 4):
        items.append(line(rng, e, name=f"{e[0]} (nr kat. {e[4]})"))
    doc = mk(rng, f"F/{rng.randint(1, 999):04d}/{{YY}}/NS", items)
    s, b = doc.seller, doc.buyer

    def draw(total: int) -> Pdf:
        p = Pdf()

        def band(pp: Pdf) -> float:
            pp.rect(0, 0, pp.w, 10, 0, fill=0.25)
            pp.c.setFillGray(1)
            tail = f" z {total}" if total else ""
            pp.text(14, 6.5, f"Dokument {doc.number}  |  Strona {pp.page_no}{tail}", 8, "Sans-Bold")
            pp.text(pp.w - 14, 6.5, s.name, 7.5, "Sans", "r")
            pp.c.setFillGray(0)
            return 16.0

        band(p)
        p.on_page = band
        p.text(14, 22, "FAKTURA VAT", 17, "Sans-Bold")
        p.lines(
            p.w - 14,
            19,
            [f"Data wystawienia: {dotted(doc.issue_date)}", f"Data sprzedaży: {dotted(doc.sale_date)}"],
            8.5,
            align="r",
            lead=4.4,
        )
        y = two_parties(p, 34, ("Sprzedawca", s), ("Nabywca", b))
        st = TableStyle(7.8, head_fill=0.9, bottom=16)
        y = table(p, 12, y + 6, cols9(name_w=56), [row9(k, it) for k, it in enumerate(items, 1)], st)
        if y > p.h - 62:
            y = p.new_page()
        y = totals_block(p, y, doc)
        p.text(14, y + 4, f"Termin płatności: {dotted(due(doc))}, przelew na rachunek {nrb(doc.bank)}", 7.8)
        return p

    return Sample(render_paged(draw), (doc,))


def fam_invoice_then_protocol_same_pdf(rng: random.Random) -> Sample:
    """One PDF, two documents: page 1 the invoice 'FV 77/12/2026' (noting 'Załącznik: protokół odbioru nr …'),
    page 2 its 'Protokół odbioru nr PO/77/2026' quoting 'do faktury nr FV 77/12/2026' – each number a decoy for the
    other document."""
    items = hw_mix(rng, (2, 3), (0, 1))
    k = rng.randint(10, 300)
    inv = mk(rng, f"FV {k}/{{MM}}/2026", items)
    prot_no = f"PO/{k}/2026"
    prot = replace(
        inv,
        kind="protocol",
        number=prot_no,
        currency=None,
        sale_date=None,
        items=tuple(replace(i, unit_price=None, net=None, vat=None, gross=None) for i in items),
    )
    s, b = inv.seller, inv.buyer
    p = Pdf()
    p.text(14, 18, f"Faktura VAT nr {inv.number}", 14, "Sans-Bold")
    p.lines(
        14, 24, [f"Data wystawienia: {date_fmt(inv.issue_date)}", f"Data sprzedaży: {date_fmt(inv.sale_date)}"], 8.2
    )
    p.text(p.w - 14, 18, f"Załącznik: protokół odbioru nr {prot_no}", 7.8, "Sans", "r")
    y = two_parties(p, 38, ("Sprzedawca", s), ("Nabywca", b))
    y = table(p, 12, y + 7, cols9(), [row9(n, it) for n, it in enumerate(items, 1)], TableStyle(7.4, head_fill=0.9))
    y = totals_block(p, y, inv)
    p.text(14, y + 4, f"Termin płatności: {date_fmt(due(inv))}; rachunek {nrb(inv.bank)}", 7.8)
    p.new_page()
    p.text(p.w / 2, 20, f"PROTOKÓŁ ODBIORU nr {prot_no}", 14, "Sans-Bold", "c")
    p.text(p.w / 2, 26, f"do faktury nr {inv.number} z dnia {date_fmt(inv.issue_date)}", 9, "Sans", "c")
    p.text(p.w / 2, 31, f"sporządzony w {loc(b)} dnia {date_fmt(inv.issue_date)}", 9, "Sans", "c")
    y = two_parties(p, 42, ("Dostawca", s), ("Odbierający", b))
    cols = [Col("Lp.", 9, "c"), Col("Nazwa", 124), Col("Ilość", 18, "r"), Col("J.m.", 14, "c")]
    y = table(
        p, 14, y + 7, cols, [[str(n), i.name, qty_fmt(i.qty), i.unit] for n, i in enumerate(items, 1)], TableStyle(8.2)
    )
    p.text(14, y + 8, "Dostarczony sprzęt jest kompletny i sprawny. Odbiór bez zastrzeżeń.", 8.5)
    sig_pair(p, y + 36, "Dostawca", "Odbierający")
    return Sample(p.bytes(), (inv, prot))


def fam_nr_on_second_line_oryginal_school(rng: random.Random) -> Sample:
    """'FAKTURA VAT' big on one line and 'nr 12/11/2026/FV' alone on the next, 'ORYGINAŁ' framed at the right of the
    title; Nabywca the gmina with NIP, Odbiorca its primary school with its own address (no NIP); dates
    '04-12-2026'."""
    buyer = pick_jst(rng, powiat=False)
    school = Party(
        f"Szkoła Podstawowa nr {rng.randint(1, 3)} im. "
        f"{rng.choice(('Marii Konopnickiej', 'Jana Pawła II', 'Orła Białego'))} w {loc(buyer)}",
        rng.choice(("ul. Szkolna 1", "ul. Sportowa 6", "ul. Ogrodowa 15")),
        buyer.city,
        make_nip(rng),
    )
    items = hw_mix(rng, (2, 3), (0, 1))
    doc = mk(rng, f"{rng.randint(1, 99)}/{{MM}}/2026/FV", items, buyer=buyer, recipient=school)
    s = doc.seller
    p = Pdf()
    p.text(14, 20, "FAKTURA VAT", 20, "Sans-Bold")
    p.text(14, 28, f"nr {doc.number}", 12, "Sans")
    mark(p, 84, 20, "ORYGINAŁ", 9)
    p.lines(
        p.w - 14,
        16,
        [
            f"Data wystawienia: {date_fmt(doc.issue_date, 'dash')}",
            f"Data sprzedaży: {date_fmt(doc.sale_date, 'dash')}",
            f"Miejsce wystawienia: {doc.place}",
        ],
        8.2,
        align="r",
        lead=4.3,
    )
    y = two_parties(p, 40, ("Sprzedawca", s), ("Nabywca", buyer))
    p.text(108, y + 4, "Odbiorca", 8, "Sans-Bold")
    y = p.lines(108, y + 9, [*wrap(school.name, "Sans", 8.5, 88), school.street, school.city], 8.5, lead=4.2)
    y = table(p, 12, y + 5, cols9(), [row9(k, it) for k, it in enumerate(items, 1)], TableStyle(7.4, head_fill=0.92))
    y = totals_block(p, y, doc)
    p.text(14, y + 4, f"Sposób zapłaty: przelew, termin {date_fmt(due(doc), 'dash')}, {nrb(doc.bank)}", 7.8)
    return Sample(p.bytes(), (doc,))


def fam_protocol_signatures_table_uwagi(rng: random.Random) -> Sample:
    """'PROTOKÓŁ ODBIORU KOŃCOWEGO nr PO-017/2026' with 'Limanowa, dnia 4 grudnia 2026 r.' as its date and the
    contract number as a decoy; items with a per-row remark; an 'Uwagi' block; signatures as a TABLE (Strona |
    Imię i nazwisko | Funkcja | Podpis) with the commission and the contractor's representative."""
    ents = rng.sample(HW, rng.randint(2, 4)) + rng.sample(SOFT, rng.randint(0, 1))
    items = [line(rng, e) for e in ents]
    doc = mk(rng, f"PO-{rng.randint(1, 99):03d}/2026", items, kind="protocol", currency=None, sale_date=None)
    s, b = doc.seller, doc.buyer
    p = Pdf()
    p.text(p.w - 14, 14, f"{town(b)}, dnia {date_fmt(doc.issue_date, 'words_r')}", 9, "Sans", "r")
    p.text(p.w / 2, 26, f"PROTOKÓŁ ODBIORU KOŃCOWEGO nr {doc.number}", 13.5, "Sans-Bold", "c")
    p.text(
        p.w / 2,
        32,
        f"dotyczy umowy nr ZP.272.{rng.randint(1, 40)}.{doc.issue_date.year} z dnia "
        f"{date_fmt(doc.issue_date - timedelta(days=rng.randint(30, 90)), 'words_r')}",
        8.5,
        "Sans",
        "c",
    )
    y = two_parties(p, 42, ("Wykonawca", s), ("Zamawiający", b))
    cols = [
        Col("Lp.", 9, "c"),
        Col("Przedmiot odbioru", 102),
        Col("Ilość", 15, "r"),
        Col("J.m.", 12, "c"),
        Col("Uwagi", 44),
    ]
    remarks = ("bez uwag", "zgodnie z OPZ", "bez zastrzeżeń")
    rows = [[str(k), it.name, qty_fmt(it.qty), it.unit, rng.choice(remarks)] for k, it in enumerate(items, 1)]
    y = table(p, 12, y + 7, cols, rows, TableStyle(8, head_fill=0.9))
    p.rect(12, y + 5, 182, 20, 0.4)
    p.text(14, y + 10, "Uwagi:", 8.5, "Sans-Bold")
    p.lines(
        14,
        y + 15,
        [
            "Dokumentację powykonawczą i karty gwarancyjne przekazano wraz z dostawą.",
            "Zamawiający nie stwierdził wad. Termin gwarancji liczy się od dnia podpisania protokołu.",
        ],
        8,
        lead=4,
    )
    people = rng.sample(PEOPLE, 4)
    sig_rows = [
        ["Zamawiający", people[0], "Przewodniczący komisji", ""],
        ["Zamawiający", people[1], "Członek komisji", ""],
        ["Zamawiający", people[2], "Członek komisji", ""],
        ["Wykonawca", people[3], "Przedstawiciel Wykonawcy", ""],
    ]
    p.text(14, y + 34, "Podpisy:", 8.5, "Sans-Bold")
    table(
        p,
        12,
        y + 36,
        [Col("Strona", 30), Col("Imię i nazwisko", 48), Col("Funkcja", 52), Col("Podpis", 52)],
        sig_rows,
        TableStyle(8, head_fill=0.9, pad=3.2),
    )
    return Sample(p.bytes(), (doc,))


def fam_reference_grid_client_account_number(rng: random.Random) -> Sample:
    """Under 'Faktura' a reference grid of four cells – 'Numer faktury' ('FA 2026/12/000456'), 'Nr klienta',
    'Nr zamówienia' ('ZAM 2026/11/000412') and 'Nr rachunku bankowego' – and a second row with the dates."""
    items = hw_mix(rng, (1, 3), (1, 2))
    doc = mk(rng, f"FA 2026/{{MM}}/{rng.randint(1, 999):06d}", items)
    s, b = doc.seller, doc.buyer
    p = Pdf()
    p.text(14, 16, s.name, 11, "Sans-Bold")
    p.text(14, 21, f"{s.street}, {s.city}", 8)
    p.text(14, 33, "Faktura", 16, "Sans-Bold")
    order = f"ZAM 2026/{max(1, doc.issue_date.month - 1):02d}/{rng.randint(1, 999):06d}"
    table(
        p,
        12,
        37,
        [Col("Numer faktury", 44), Col("Nr klienta", 28), Col("Nr zamówienia", 44), Col("Nr rachunku bankowego", 71)],
        [[doc.number, f"K{rng.randint(1000, 99999)}", order, nrb(doc.bank)]],
        TableStyle(8.4, head_size=7, head_font="Sans", head_fill=0.92),
    )
    table(
        p,
        12,
        50,
        [
            Col("Data wystawienia", 44),
            Col("Data sprzedaży", 44),
            Col("Termin płatności", 44),
            Col("Forma płatności", 55),
        ],
        [[date_fmt(doc.issue_date), date_fmt(doc.sale_date), date_fmt(due(doc)), "przelew"]],
        TableStyle(8.4, head_size=7, head_font="Sans", head_fill=0.92),
    )
    y = two_parties(p, 68, ("Sprzedawca", s), ("Nabywca", b), nip_style="plain")
    y = table(p, 12, y + 7, cols9(), [row9(k, it) for k, it in enumerate(items, 1)], TableStyle(7.4, head_fill=0.9))
    y = totals_block(p, y, doc)
    return Sample(p.bytes(), (doc,))


def fam_work_hours_decimal_comma_service_codes(rng: random.Random) -> Sample:
    """Monthly IT-service invoice: each name begins with its service code ('SRV-ADM-01 Administracja …') in a
    narrow column, quantities in hours with decimal commas ('12,5', '0,75'), unit 'godz.', an hourly rate; dates in
    words ('4 grudnia 2026 r.')."""
    items = [line(rng, e, name=f"{e[4]} {e[0]}") for e in rng.sample(HOURS, rng.randint(3, 5))]
    doc = mk(rng, f"SERW/{rng.randint(1, 99)}/{{MM}}/2026", items, buyer=pick_jst(rng))
    s, b = doc.seller, doc.buyer
    p = Pdf()
    p.text(14, 18, f"Faktura VAT nr {doc.number}", 14, "Sans-Bold")
    p.lines(
        14,
        24,
        [
            f"Data wystawienia: {date_fmt(doc.issue_date, 'words_r')}",
            f"Data wykonania usługi: {date_fmt(doc.sale_date, 'words_r')}",
        ],
        8.3,
        lead=4.2,
    )
    y = two_parties(p, 38, ("Usługodawca / Sprzedawca", s), ("Usługobiorca / Nabywca", b))
    cols = [
        Col("Lp.", 8, "c"),
        Col("Kod i nazwa usługi", 52),
        Col("Ilość", 14, "r"),
        Col("J.m.", 11, "c"),
        Col("Stawka za godz. netto", 22, "r"),
        Col("Wartość netto", 22, "r"),
        Col("VAT", 10, "c"),
        Col("Kwota VAT", 19, "r"),
        Col("Wartość brutto", 22, "r"),
    ]
    y = table(p, 14, y + 7, cols, [row9(k, it) for k, it in enumerate(items, 1)], TableStyle(7.6, head_fill=0.9))
    hours = sum((i.qty for i in items), Decimal(0))
    p.text(14, y + 5, f"Łącznie godzin: {qty_fmt(hours)}", 8, "Sans-Bold")
    y = totals_block(p, y + 3, doc)
    p.text(14, y + 4, f"Termin zapłaty: {date_fmt(due(doc), 'words_r')} Rachunek: {nrb(doc.bank)}", 7.8)
    return Sample(p.bytes(), (doc,))
