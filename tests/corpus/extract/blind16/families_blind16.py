"""BLIND-16 families (fresh batch). Not to be opened by the parser engineer; measured once, at the end.

Layouts written for this batch only, by an evaluator who never read the parser (`extractors/`, `checks/`,
`tests/extractors/`, `knowledge/`). They share the data model (`Doc`, `Item`, `Party`) and the page canvas and
table drawing (`Pdf`, `table`) of `kit.py` and a few drawing helpers of `../blind15` (`XDoc`, `sig_pair`, `iban`,
`nrb`, `serials`), but bring their own sellers, their own IT catalogue and real gminy and powiaty from the TERYT
register (TERC 2024-01-01, `/work/shared/data/teryt/terc_2024-01-01.csv`, the TERYT code kept beside each).
Streets, post codes, NIPs, REGONs, KRS/BDO numbers and sellers are invented.

Split decided when the batch was written (alternate sorted names, `build._half`): blind16a (tuned on after its one
measurement) = advance_and_final_invoice_pair, correction_parties_one_line_nip_spaced,
discount_rabat_price_after_mpp_ksef, four_decimal_prices_monthly_units, labels_one_line_nip_dash_bank_beside,
nip_only_in_page_footer, odbiorca_with_own_nip, protocol_serials_separate_table; blind16b (frozen) = the other
eight.

Focus of the batch: the PARTIES' IDENTIFIERS as real Polish invoices print them – 'PL 1234567890' with a space,
'NIP: 123-456-78-90', 'NIP 123-45-67-890', 'NIP UE: PL…' beside the NIP, the seller's NIP only in the page footer,
'Sprzedawca:' and 'Nabywca:' captions on ONE line with the blocks under them, the buyer on the LEFT and the seller on
the RIGHT, REGON / KRS / BDO and a bank account on the same line as the NIP or in a grid beside it, an Odbiorca with
a NIP of its own besides the buyer's, a seller with a head office and a branch ('Oddział w …', two addresses).
Besides: split payment ('mechanizm podzielonej płatności') with a KSeF number, a discount column (rabat %, cena po
rabacie), units 'kpl.'/'usł.'/'m-c', unit prices with four decimals, 'Strona 1 z 2' with 'Do przeniesienia' /
'Z przeniesienia', an advance invoice (zaliczkowa) and its final invoice (końcowa) subtracting it in one PDF, a
German seller with only a 'DE…' VAT id invoicing in EUR under reverse charge (its NIP is not printed, not scored),
and a protocol listing the serial numbers in a separate table.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from tests.corpus.extract.blind15.families_blind15 import XDoc, iban, nrb, serials, sig_pair
from tests.corpus.extract.kit import (
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
    ("3001032", "Chodzież", "gmina wiejska", "Chodzież"),
    ("3005032", "Kamieniec", "gmina wiejska", "Kamieniec"),
    ("3009063", "Kłodawa", "gmina miejsko-wiejska", "Kłodawa"),
    ("3012063", "Zduny", "gmina miejsko-wiejska", "Zduny"),
    ("3018022", "Doruchów", "gmina wiejska", "Doruchów"),
    ("3021103", "Mosina", "gmina miejsko-wiejska", "Mosina"),
    ("3025022", "Krzykosy", "gmina wiejska", "Krzykosy"),
    ("3030043", "Pyzdry", "gmina miejsko-wiejska", "Pyzdry"),
    ("0801", "gorzowski", "powiat", "Gorzów Wielkopolski"),
    ("0802", "krośnieński", "powiat", "Krosno Odrzańskie"),
    ("0803", "międzyrzecki", "powiat", "Międzyrzecz"),
    ("0805", "słubicki", "powiat", "Słubice"),
    ("0807", "sulęciński", "powiat", "Sulęcin"),
    ("0808", "świebodziński", "powiat", "Świebodzin"),
)
JST_STREETS = ("ul. Wolności 1", "pl. Kościuszki 5", "ul. Kościelna 2", "ul. Poznańska 18", "ul. Rynek 9")

SELLERS = (
    "WielkoNet Systemy Informatyczne Sp. z o.o.",
    "Lubuskie Centrum Usług IT Sp. z o.o.",
    "DATAPROTECT Wojciech Kubiak",
    "Nadwarciańska Informatyka S.A.",
    "Serwis Komputerowy „BAJT” Adam Nowicki",
    "CyberOkno Sp. z o.o. sp.k.",
    "PROMIS Systemy dla Administracji Sp. z o.o.",
    "Krzysztof Wiśniewski KW-NET",
)
SELLER_STREETS = ("ul. Głogowska 148", "ul. Dąbrowskiego 77A", "ul. Sikorskiego 12", "ul. Kasprzaka 31/2")
SELLER_CITIES = ("60-104 Poznań", "65-001 Zielona Góra", "62-800 Kalisz", "64-100 Leszno", "66-400 Gorzów Wielkopolski")
BRANCH_CITIES = (
    ("ul. Przemysłowa 4", "63-400 Ostrów Wielkopolski", "Ostrowie Wielkopolskim"),
    ("ul. Nowa 22", "64-920 Piła", "Pile"),
    ("ul. Łużycka 3", "68-200 Żary", "Żarach"),
    ("ul. Warszawska 61", "62-510 Konin", "Koninie"),
)

# name, unit, (low, high) net unit price, rate
HW = (
    ('Laptop Dell Latitude 5450 i5-1345U 16GB 512GB 14" W11 Pro', "szt.", (3900, 4700), "23"),
    ("Komputer AiO Lenovo ThinkCentre neo 50a 24 Gen 5 i5 16GB 512GB", "szt.", (3500, 4200), "23"),
    ('Monitor Philips 243B1 24" IPS USB-C', "szt.", (640, 820), "23"),
    ("Przełącznik zarządzalny HPE Aruba Instant On 1930 24G 4SFP+", "szt.", (1700, 2300), "23"),
    ("Punkt dostępowy Ubiquiti UniFi U7 Pro", "szt.", (780, 990), "23"),
    ("Firewall Fortinet FortiGate 60F z pakietem UTP 1 rok", "kpl.", (4800, 6200), "23"),
    ("Macierz dyskowa Synology DS923+ z 4 dyskami 8 TB", "kpl.", (6800, 8200), "23"),
    ("Zasilacz awaryjny APC Smart-UPS SMT1500RMI2UC", "szt.", (3100, 3900), "23"),
    ("Drukarka wielofunkcyjna Brother MFC-L8900CDW", "szt.", (2400, 3000), "23"),
    ("Token sprzętowy YubiKey 5 NFC", "szt.", (210, 290), "23"),
    ("Stacja dokująca Dell WD19S 130W", "szt.", (690, 860), "23"),
    ("Serwer Dell PowerEdge T360 Xeon E-2434 32GB 2x960GB SSD", "szt.", (11800, 14600), "23"),
)
SOFT = (
    ("Licencja ESET PROTECT Advanced On-Prem – 1 rok", "lic.", (150, 230), "23"),
    ("Licencja Microsoft Office LTSC Standard 2024 GOV", "lic.", (2100, 2700), "23"),
    ("Licencja Veeam Data Platform Foundation – 1 instancja, 1 rok", "lic.", (900, 1300), "23"),
    ("Pakiet Microsoft 365 Business Premium – roczna subskrypcja", "lic.", (1150, 1450), "23"),
)
SERVICES = (
    ("Audyt zgodności z KRI i raport z rekomendacjami", "usł.", (8000, 14000), "23"),
    ("Wdrożenie kopii zapasowych 3-2-1 z replikacją poza siedzibę", "usł.", (5000, 9000), "23"),
    ("Konfiguracja i uruchomienie klastra zapory sieciowej", "usł.", (3000, 6000), "23"),
    ("Instalacja i konfiguracja stanowisk komputerowych", "usł.", (150, 260), "23"),
)
MONTHLY = (
    ("Hosting BIP i strony internetowej urzędu", "m-c", (89, 189), "23"),
    ("Usługa SOC – monitoring bezpieczeństwa 24/7", "m-c", (2400, 3900), "23"),
    ("Kopia zapasowa w chmurze – 2 TB", "m-c", (140, 260), "23"),
    ("Wsparcie techniczne administratora (abonament)", "m-c", (1200, 2100), "23"),
    ("Dzierżawa łącza światłowodowego 1 Gb/s", "m-c", (450, 780), "23"),
)
EU_GOODS = (
    ("Hardware Security Module Utimaco SecurityServer Se-Gen2", "szt.", (9000, 12500), "oo"),
    ("Lizenz/Licencja Greenbone Enterprise 150 – 1 Jahr/rok", "lic.", (2600, 3800), "oo"),
    ("Schulung/Szkolenie: Incident Response (remote, 2 Tage)", "usł.", (1500, 2400), "oo"),
    ("Support-Vertrag/Umowa wsparcia SecurityServer 12 Monate", "usł.", (1800, 2900), "oo"),
)


def jst_name(j: tuple[str, ...]) -> str:
    if j[2] == "powiat":
        return "Powiat " + j[1][0].upper() + j[1][1:]
    return "Gmina " + j[1]


def pick_jst(rng: random.Random, *, powiat: bool | None = None) -> Party:
    pool = [j for j in TERC_JST if powiat is None or (j[2] == "powiat") == powiat]
    j = rng.choice(pool)
    return Party(
        jst_name(j), rng.choice(JST_STREETS), f"{rng.randint(60, 69)}-{rng.randint(100, 999)} {j[3]}", make_nip(rng)
    )


def pick_seller(rng: random.Random) -> Party:
    return Party(rng.choice(SELLERS), rng.choice(SELLER_STREETS), rng.choice(SELLER_CITIES), make_nip(rng))


def regon(rng: random.Random) -> str:
    """A 9-digit REGON with a valid check digit."""
    w = (8, 9, 2, 3, 4, 5, 6, 7)
    d = [rng.randint(0, 9) for _ in range(8)]
    return "".join(map(str, d)) + str(sum(a * b for a, b in zip(w, d, strict=True)) % 11 % 10)


def krs(rng: random.Random) -> str:
    return f"{rng.randint(100000, 999999):010d}"


def bdo(rng: random.Random) -> str:
    return f"{rng.randint(100000, 999999):09d}"


def pesel(rng: random.Random) -> str:
    """An 11-digit PESEL of a person born 1960–1995, with a valid check digit."""
    d = f"{rng.randint(60, 95):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{rng.randint(0, 9999):04d}"
    w = (1, 3, 7, 9, 1, 3, 7, 9, 1, 3)
    return d + str((10 - sum(int(a) * b for a, b in zip(d, w, strict=True)) % 10) % 10)


def teryt_of(p: Party) -> str:
    for j in TERC_JST:
        if jst_name(j) == p.name:
            return j[0]
    raise KeyError(p.name)


def rate_of(rate: str) -> Decimal:
    return Decimal(rate) if rate.isdigit() else Decimal(0)


def line(
    rng: random.Random, entry: tuple[Any, ...], *, qty: Decimal | int | None = None, price: Decimal | None = None
) -> Item:
    name, unit, (lo, hi), rate = entry
    if qty is None:
        qty = rng.choice((1, 1, 2)) if unit in ("usł.", "kpl.") else rng.choice((1, 2, 3, 4, 5, 6, 8, 10, 12))
    q = Decimal(qty)
    p = price if price is not None else Decimal(rng.randint(lo * 100, hi * 100)) / 100
    net = q2(p * q)
    vat = q2(net * rate_of(rate) / 100)
    return Item(name, q, unit, p, net, rate, vat, net + vat)


def mk(
    rng: random.Random,
    number: str,
    items: list[Item] | tuple[Item, ...],
    *,
    seller: Party | None = None,
    buyer: Party | None = None,
    kind: str = "invoice",
    currency: str | None = "PLN",
    **kw: Any,
) -> Any:
    issue = date(2026, 1, 7) + timedelta(days=rng.randint(0, 320))
    kw.setdefault("issue_date", issue)
    kw.setdefault("sale_date", issue - timedelta(days=rng.choice((0, 0, 1, 3, 5))))
    seller = seller or pick_seller(rng)
    number = number.replace("{MM}", f"{kw['issue_date'].month:02d}")
    return XDoc(
        kind=kind,
        number=number,
        seller=seller,
        buyer=buyer or pick_jst(rng),
        currency=currency,
        items=tuple(items),
        place=seller.city.split(" ", 1)[1],
        due_days=rng.choice((14, 21, 30)),
        bank="".join(str(rng.randint(0, 9)) for _ in range(26)),
        **kw,
    )


def mixed(rng: random.Random, n_hw: tuple[int, int], n_other: tuple[int, int]) -> list[Item]:
    ents = rng.sample(HW, rng.randint(*n_hw)) + rng.sample(SOFT + SERVICES, rng.randint(*n_other))
    return [line(rng, e) for e in ents]


def due(doc: Doc) -> date:
    return doc.issue_date + timedelta(days=doc.due_days)


def std_cols(name_w: float = 72) -> list[Col]:
    return [
        Col("Lp.", 8, "c"),
        Col("Nazwa towaru / usługi", name_w),
        Col("Ilość", 11, "r"),
        Col("J.m.", 9, "c"),
        Col("Cena netto", 19, "r"),
        Col("Wartość netto", 21, "r"),
        Col("VAT", 9, "c"),
        Col("Kwota VAT", 17, "r"),
        Col("Wartość brutto", 21, "r"),
    ]


def std_row(k: int, it: Item, ms: str = "space") -> list[str]:
    return [
        f"{k}",
        it.name,
        qty_fmt(it.qty),
        it.unit,
        money(it.unit_price or 0, ms),
        money(it.net or 0, ms),
        rate_label(it.vat_rate),
        money(it.vat or 0, ms),
        money(it.gross or 0, ms),
    ]


def vat_rows(doc: Doc, items: Any = None, ms: str = "space") -> list[list[str]]:
    rows = [[rate_label(r), money(n, ms), money(v, ms), money(g, ms)] for r, n, v, g in doc.rate_summary(items)]
    net, vat, gross = doc.totals(items)
    rows.append(["Razem", money(net, ms), money(vat, ms), money(gross, ms)])
    return rows


VAT_COLS = [
    Col("Stawka", 18, "c"),
    Col("Netto", 26, "r"),
    Col("VAT", 24, "r"),
    Col("Brutto", 26, "r"),
]


def totals_block(p: Pdf, y: float, doc: Doc, cur: str = "PLN") -> float:
    gross = doc.totals()[2]
    y = table(p, p.w - 14 - 94, y + 5, VAT_COLS, vat_rows(doc), TableStyle(size=7.6, head_fill=0.9))
    p.text(p.w - 14, y + 8, f"Do zapłaty: {money(gross)} {cur}", 11.5, "Sans-Bold", "r")
    p.text(p.w - 14, y + 13, f"Słownie: {words_pln(gross, cur)}", 7.6, "Sans", "r")
    return y + 18


def footer(p: Pdf, text: str, size: float = 6.6) -> None:
    p.hline(14, p.w - 14, p.h - 14, 0.3)
    p.text(p.w / 2, p.h - 10, text, size, "Sans", "c")


# --------------------------------------------------------------------------------------------------
# Families


def fam_advance_and_final_invoice_pair(rng: random.Random) -> Sample:
    """One PDF, two invoices: a 'Faktura zaliczkowa' for 30–50 % of an order, then the 'Faktura końcowa' listing the
    whole order and subtracting the advance ('Zaliczka … – rozliczenie') as a negative row."""
    order = mixed(rng, (2, 3), (1, 1))
    seller, buyer = pick_seller(rng), pick_jst(rng)
    order_net = sum((i.net or Decimal(0) for i in order), Decimal(0))
    share = Decimal(rng.choice((30, 40, 50)))
    adv_net = q2(order_net * share / 100)
    first = date(2026, 1, 12) + timedelta(days=rng.randint(0, 200))
    final_date = first + timedelta(days=rng.randint(20, 60))
    contract = f"Umowa nr {rng.randint(1, 40)}/CS/2026"
    adv_name = f"Zaliczka {share}% na poczet realizacji: {contract}"
    adv_item = line(rng, (adv_name, "usł.", (0, 0), "23"), qty=1, price=adv_net)
    adv_no = f"FZAL/{rng.randint(1, 60)}/{first.month:02d}/2026"
    adv = mk(rng, adv_no, [adv_item], seller=seller, buyer=buyer, issue_date=first, sale_date=first)
    adv = replace(adv, drop=("sale_date",))  # 'Data otrzymania zaliczki' is printed instead: not scored
    deduct_name = f"Zaliczka wg faktury {adv_no} – rozliczenie"
    deduct = line(rng, (deduct_name, "usł.", (0, 0), "23"), qty=1, price=-adv_net)
    fin_no = f"FK/{rng.randint(61, 140)}/{final_date.month:02d}/2026"
    fin = mk(
        rng,
        fin_no,
        [*order, deduct],
        seller=seller,
        buyer=buyer,
        issue_date=final_date,
        sale_date=final_date - timedelta(days=rng.choice((0, 2))),
    )
    p = Pdf()
    for n, doc in enumerate((adv, fin)):
        if n:
            p.new_page()
        title = "FAKTURA ZALICZKOWA" if n == 0 else "FAKTURA KOŃCOWA"
        p.text(14, 18, title, 16, "Sans-Bold")
        p.text(14, 25, f"nr {doc.number}", 11)
        p.lines(
            p.w - 14,
            15,
            [
                f"Data wystawienia: {date_fmt(doc.issue_date)}",
                ("Data otrzymania zaliczki: " if n == 0 else "Data sprzedaży: ") + date_fmt(doc.sale_date),
                f"Termin płatności: {date_fmt(due(doc))}",
            ],
            8,
            align="r",
            lead=4.3,
        )
        for x, cap, pt in ((14, "Sprzedawca", seller), (108, "Nabywca", buyer)):
            p.text(x, 38, cap, 8, "Sans-Bold")
            p.lines(x, 43, [pt.name, pt.street, pt.city, f"NIP {nip_fmt(pt.nip, 'dash2')}"], 8.6, lead=4.2)
        p.text(14, 66, f"Dotyczy: {contract} z dnia {date_fmt(first - timedelta(days=20))}", 8)
        y = table(p, 12, 72, std_cols(), [std_row(k, it) for k, it in enumerate(doc.items, 1)], TableStyle(7.4))
        if n == 0:
            p.text(14, y + 6, f"Wartość zamówienia netto: {money(order_net)} PLN – zaliczka {share}%.", 7.8)
        else:
            p.text(14, y + 6, f"Wartość zamówienia netto: {money(order_net)} PLN, pomniejszona o zaliczkę.", 7.8)
        y = totals_block(p, y + 4, doc)
        p.text(14, y + 4, f"Rachunek: {nrb(doc.bank)}", 8)
    return Sample(p.bytes(), (adv, fin))


def fam_buyer_left_seller_right_pl_space_nip(rng: random.Random) -> Sample:
    """The buyer's block on the LEFT and the seller's on the RIGHT (the seller's logo line above it), both NIPs printed
    'PL 1234567890' with a space after the prefix."""
    items = mixed(rng, (1, 3), (1, 2))
    doc = mk(rng, f"{rng.randint(1, 400)}/{{MM}}/2026/FV", items)
    p = Pdf()
    s, b = doc.seller, doc.buyer
    p.text(p.w - 14, 14, s.name.split(" ")[0].upper(), 18, "Sans-Bold", "r")
    p.text(14, 28, "Faktura VAT", 15, "Sans-Bold")
    p.text(14, 34, f"nr {doc.number}", 10)
    p.text(14, 39, f"z dnia {date_fmt(doc.issue_date)}, data sprzedaży {date_fmt(doc.sale_date)}", 8)
    p.text(14, 50, "NABYWCA", 7.5, "Sans-Bold")
    p.lines(14, 55, [b.name, b.street, b.city, f"NIP: PL {b.nip}"], 9, lead=4.4)
    p.text(110, 50, "SPRZEDAWCA", 7.5, "Sans-Bold")
    p.lines(110, 55, [s.name, s.street, s.city, f"NIP: PL {s.nip}"], 9, lead=4.4)
    y = table(p, 12, 80, std_cols(), [std_row(k, it) for k, it in enumerate(items, 1)], TableStyle(7.4, head_fill=0.88))
    y = totals_block(p, y, doc)
    p.text(14, y + 4, f"Forma płatności: przelew do {date_fmt(due(doc))}, konto {iban(doc.bank)}", 7.8)
    sig_pair(p, y + 30, "Odebrał", "Wystawił")
    return Sample(p.bytes(), (doc,))


def fam_correction_parties_one_line_nip_spaced(rng: random.Random) -> Sample:
    """Quantity correction (units returned) whose parties are ONE line each ('Sprzedawca: name, street, city, NIP 123
    456 78 90'), before/after rows per item and the difference 'Do zwrotu'."""
    ents = rng.sample(HW, rng.randint(2, 3))
    before = [line(rng, e, qty=rng.choice((3, 4, 5, 6, 8))) for e in ents]
    after = []
    for k, it in enumerate(before):
        q = it.qty - (rng.randint(1, 2) if k == 0 or rng.random() < 0.4 else 0)
        after.append(line(rng, (it.name, it.unit, (0, 0), it.vat_rate or "23"), qty=q, price=it.unit_price))
    bef = [Item(i.name, i.qty, i.unit, i.unit_price, i.net, i.vat_rate, i.vat, i.gross, True) for i in before]
    issue = date(2026, 2, 1) + timedelta(days=rng.randint(0, 290))
    orig = issue - timedelta(days=rng.randint(10, 45))
    doc = mk(rng, f"KOR/{rng.randint(1, 99)}/2026", bef + after, kind="correction", issue_date=issue, sale_date=orig)
    orig_no = f"FV/{rng.randint(100, 900)}/{orig.month:02d}/2026"
    p = Pdf()
    p.text(14, 18, f"Faktura korygująca nr {doc.number}", 15, "Sans-Bold")
    p.text(14, 24, f"do faktury nr {orig_no} z dnia {date_fmt(orig)}", 9)
    p.text(p.w - 14, 18, f"Data wystawienia: {date_fmt(issue)}", 8.5, "Sans", "r")
    p.text(p.w - 14, 23, f"Data sprzedaży: {date_fmt(orig)}", 8.5, "Sans", "r")
    for k, (cap, pt) in enumerate((("Sprzedawca", doc.seller), ("Nabywca", doc.buyer))):
        p.text(14, 34 + k * 5, f"{cap}: {pt.name}, {pt.street}, {pt.city}, NIP {nip_fmt(pt.nip, 'space')}", 7.8)
    p.text(14, 47, "Przyczyna korekty: zwrot części towaru (niezgodność z zamówieniem).", 8)
    cols = std_cols(60)
    cols.insert(1, Col("", 16, "c"))
    rows: list[list[str]] = []
    for k, (b, a) in enumerate(zip(doc.before_items, doc.after_items, strict=True), 1):
        rows.append([str(k), "przed", *std_row(k, b)[1:]])
        rows.append(["", "po", *std_row(k, a)[1:]])
    y = table(p, 10, 54, cols, rows, TableStyle(7.2, head_fill=0.9))
    nb, vb, gb = doc.totals(doc.before_items)
    na, va, ga = doc.totals(doc.after_items)
    y = table(
        p,
        p.w - 14 - 94,
        y + 6,
        VAT_COLS,
        [
            ["przed", money(nb), money(vb), money(gb)],
            ["po", money(na), money(va), money(ga)],
            ["różnica", money(na - nb), money(va - vb), money(ga - gb)],
        ],
        TableStyle(7.6, head_fill=0.9),
    )
    p.text(p.w - 14, y + 8, f"Do zwrotu: {money(gb - ga)} PLN", 11.5, "Sans-Bold", "r")
    p.text(14, y + 16, f"Zwrot na rachunek nabywcy w terminie {doc.due_days} dni.", 8)
    return Sample(p.bytes(), (doc,))


def fam_correction_regon_bdo_beside_nip(rng: random.Random) -> Sample:
    """Price correction whose party blocks print 'NIP 123-456-78-90 | REGON 123456789 | BDO 000123456' on one line and
    the seller's KRS and bank account on the next; 'Było'/'Jest' tables."""
    ents = rng.sample(HW + SOFT, rng.randint(1, 3))
    before = [line(rng, e) for e in ents]
    after = [
        line(
            rng,
            (i.name, i.unit, (0, 0), i.vat_rate or "23"),
            qty=i.qty,
            price=q2((i.unit_price or Decimal(0)) * Decimal(rng.choice(("0.90", "0.92", "0.95")))),
        )
        for i in before
    ]
    bef = [Item(i.name, i.qty, i.unit, i.unit_price, i.net, i.vat_rate, i.vat, i.gross, True) for i in before]
    issue = date(2026, 2, 3) + timedelta(days=rng.randint(0, 290))
    orig = issue - timedelta(days=rng.randint(7, 30))
    doc = mk(
        rng, f"FKOR {rng.randint(1, 80)}/{{MM}}/2026", bef + after, kind="correction", issue_date=issue, sale_date=orig
    )
    s, b = doc.seller, doc.buyer
    p = Pdf()
    p.text(p.w / 2, 16, "FAKTURA KORYGUJĄCA", 15, "Sans-Bold", "c")
    p.text(p.w / 2, 22, f"nr {doc.number} z dnia {date_fmt(issue)}", 9.5, "Sans", "c")
    p.text(
        p.w / 2,
        27,
        f"korygująca fakturę FV {rng.randint(1, 300)}/{orig.month:02d}/2026 z dnia {date_fmt(orig)}"
        f" (data sprzedaży {date_fmt(orig)})",
        8,
        "Sans",
        "c",
    )
    p.text(14, 37, "Sprzedawca", 8, "Sans-Bold")
    p.lines(14, 42, [s.name, f"{s.street}, {s.city}"], 8.6, lead=4.2)
    p.text(14, 50.4, f"NIP {nip_fmt(s.nip, 'dash')} | REGON {regon(rng)} | BDO {bdo(rng)}", 7.8)
    p.text(14, 54.6, f"KRS {krs(rng)} | Rachunek: {nrb(doc.bank)}", 7.8)
    p.text(14, 63, "Nabywca", 8, "Sans-Bold")
    p.lines(14, 68, [b.name, f"{b.street}, {b.city}"], 8.6, lead=4.2)
    p.text(14, 76.4, f"NIP {nip_fmt(b.nip, 'dash')} | REGON {regon(rng)}", 7.8)
    st = TableStyle(7.4, head_fill=0.9)
    p.text(12, 86, "Było:", 8.5, "Sans-Bold")
    y = table(p, 12, 88, std_cols(), [std_row(k, i) for k, i in enumerate(doc.before_items, 1)], st)
    p.text(12, y + 6, "Jest:", 8.5, "Sans-Bold")
    y = table(p, 12, y + 8, std_cols(), [std_row(k, i) for k, i in enumerate(doc.after_items, 1)], st)
    nb, vb, gb = doc.totals(doc.before_items)
    na, va, ga = doc.totals(doc.after_items)
    p.lines(
        p.w - 14,
        y + 9,
        [f"Korekta wartości netto: {money(na - nb)} zł", f"Korekta podatku VAT: {money(va - vb)} zł"],
        8.5,
        align="r",
        lead=4.6,
    )
    p.text(p.w - 14, y + 20, f"Razem korekta brutto: {money(ga - gb)} zł", 11, "Sans-Bold", "r")
    p.text(14, y + 28, "Przyczyna: obniżka ceny (rabat potransakcyjny).", 8)
    return Sample(p.bytes(), (doc,))


def fam_discount_rabat_price_after_mpp_ksef(rng: random.Random) -> Sample:
    """Split payment ('mechanizm podzielonej płatności') and a KSeF number under the title; columns 'Cena katalogowa',
    'Rabat %', 'Cena po rabacie'; units 'kpl.', 'usł.', 'm-c'."""
    ents = rng.sample(HW, rng.randint(1, 2)) + rng.sample(SERVICES, 1) + rng.sample(MONTHLY, 1)
    disc = [rng.choice((0, 3, 5, 8, 10, 12)) for _ in ents]
    cat = [Decimal(rng.randint(e[2][0] * 100, e[2][1] * 100)) / 100 for e in ents]
    after = [q2(c * (100 - d) / 100) for c, d in zip(cat, disc, strict=True)]
    items = [
        line(rng, e, price=a, qty=rng.choice((1, 3, 6, 12)) if e[1] == "m-c" else None)
        for e, a in zip(ents, after, strict=True)
    ]
    doc = mk(rng, f"FV/{rng.randint(1, 999):05d}/2026", items)
    seller_nip = doc.seller.nip
    ksef = f"{seller_nip}-{doc.issue_date:%Y%m%d}-{rng.randint(0, 16**12 - 1):012X}-{rng.randint(0, 255):02X}"
    p = Pdf()
    p.text(14, 17, f"Faktura VAT nr {doc.number}", 14, "Sans-Bold")
    p.text(14, 22.5, f"Numer KSeF: {ksef}", 7.6, "Mono")
    p.rect(120, 11, p.w - 134, 10, 0.8)
    p.text(122, 17.2, "MECHANIZM PODZIELONEJ PŁATNOŚCI", 8, "Sans-Bold")
    p.lines(14, 30, [f"Data wystawienia: {date_fmt(doc.issue_date)}", f"Data sprzedaży: {date_fmt(doc.sale_date)}"], 8)
    for x, cap, pt in ((14, "Sprzedawca:", doc.seller), (108, "Nabywca:", doc.buyer)):
        p.text(x, 44, cap, 8, "Sans-Bold")
        p.lines(x, 49, [pt.name, pt.street, pt.city, f"NIP: {pt.nip}"], 8.6, lead=4.2)
    cols = [
        Col("Lp.", 7, "c"),
        Col("Nazwa", 58),
        Col("Ilość", 10, "r"),
        Col("J.m.", 9, "c"),
        Col("Cena katalogowa", 18, "r"),
        Col("Rabat %", 11, "c"),
        Col("Cena po rabacie", 18, "r"),
        Col("Wartość netto", 20, "r"),
        Col("VAT", 9, "c"),
        Col("Wartość brutto", 21, "r"),
    ]
    rows = [
        [
            str(k),
            it.name,
            qty_fmt(it.qty),
            it.unit,
            money(c),
            f"{d}%" if d else "–",
            money(it.unit_price or 0),
            money(it.net or 0),
            rate_label(it.vat_rate),
            money(it.gross or 0),
        ]
        for k, (it, c, d) in enumerate(zip(items, cat, disc, strict=True), 1)
    ]
    y = table(p, 12, 74, cols, rows, TableStyle(7.2, head_fill=0.9))
    y = totals_block(p, y, doc)
    p.text(14, y + 4, f"Płatność: przelew (MPP) do {date_fmt(due(doc))} na rachunek {nrb(doc.bank)}", 7.8)
    p.text(
        14,
        y + 8.5,
        f"Tytuł przelewu MPP: /VAT/{money(doc.totals()[1], 'plain').replace('.', ',')}"
        f"/IDC/{seller_nip}/INV/{doc.number}",
        7.4,
        "Mono",
    )
    return Sample(p.bytes(), (doc,))


def fam_eu_seller_de_vat_id_reverse_charge_eur(rng: random.Random) -> Sample:
    """A German company invoicing the JST in EUR: 'USt-IdNr. / NIP UE: DE…' only (no Polish NIP, not scored), buyer
    'NIP UE: PL…', VAT 'oo' and the note 'odwrotne obciążenie / Steuerschuldnerschaft des Leistungsempfängers'."""
    name = rng.choice(("SecuNet Lausitz GmbH", "Oder-Spree Datentechnik GmbH", "Cottbus IT-Sicherheit AG"))
    street, city = rng.choice((("Karl-Marx-Straße 44", "03044 Cottbus"), ("Lindenallee 7", "15230 Frankfurt (Oder)")))
    seller = Party(name, street, city, make_nip(rng))
    ents = rng.sample(EU_GOODS, rng.randint(2, 3))
    items = [line(rng, (e[0], e[1], (e[2][0] // 4, e[2][1] // 4), e[3]), qty=rng.choice((1, 1, 2))) for e in ents]
    doc = mk(rng, f"RE-2026-{rng.randint(10000, 99999)}", items, seller=seller, currency="EUR")
    doc = replace(doc, drop=("seller_nip",))
    vat_id = f"DE{rng.randint(100000000, 999999999)}"
    p = Pdf()
    p.text(14, 15, name, 12, "Sans-Bold")
    p.text(14, 20, f"{street} · {city} · Deutschland", 8)
    p.text(14, 24.5, f"USt-IdNr. / NIP UE: {vat_id}", 8)
    p.text(14, 38, "Rechnung / Faktura", 15, "Sans-Bold")
    p.lines(
        14,
        44,
        [
            f"Rechnungsnummer / Numer: {doc.number}",
            f"Rechnungsdatum / Data wystawienia: {date_fmt(doc.issue_date)}",
            f"Leistungsdatum / Data dostawy: {date_fmt(doc.sale_date)}",
        ],
        8.4,
        lead=4.4,
    )
    b = doc.buyer
    p.text(112, 38, "Kunde / Nabywca:", 8, "Sans-Bold")
    p.lines(112, 43, [b.name, b.street, f"{b.city}, Polen", f"NIP UE: PL{b.nip}"], 8.8, lead=4.3)
    cols = [
        Col("Pos.", 9, "c"),
        Col("Beschreibung / Opis", 78),
        Col("Menge / Ilość", 15, "r"),
        Col("Einheit / J.m.", 14, "c"),
        Col("Preis / Cena EUR", 22, "r"),
        Col("VAT", 10, "c"),
        Col("Betrag / Wartość EUR", 26, "r"),
    ]
    rows = [
        [str(k), it.name, qty_fmt(it.qty), it.unit, money(it.unit_price or 0), "oo", money(it.net or 0)]
        for k, it in enumerate(items, 1)
    ]
    net, _vat, gross = doc.totals()
    y = table(p, 12, 66, cols, rows, TableStyle(7.4, grid=False, rules=True, head_fill=0.92))
    p.lines(
        p.w - 14,
        y + 8,
        [f"Nettobetrag / Netto: {money(net)} EUR", "USt. / VAT: 0,00 EUR"],
        8.5,
        align="r",
        lead=4.6,
    )
    p.text(p.w - 14, y + 19, f"Gesamtbetrag / Do zapłaty: {money(gross)} EUR", 11, "Sans-Bold", "r")
    p.lines(
        14,
        y + 28,
        [
            "Odwrotne obciążenie – podatek rozlicza nabywca (art. 17 ust. 1 pkt 4 ustawy o VAT).",
            "Steuerschuldnerschaft des Leistungsempfängers (Reverse Charge, § 13b UStG).",
            f"IBAN: {iban(doc.bank, 'DE')[:27]}  BIC: COBADEFFXXX",
        ],
        7.6,
        lead=4.2,
    )
    return Sample(p.bytes(), (doc,))


def money4(x: Decimal) -> str:
    whole, frac = f"{x.quantize(Decimal('0.0001'), rounding=ROUND_HALF_UP):.4f}".split(".")
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    return " ".join(groups) + "," + frac


def fam_four_decimal_prices_monthly_units(rng: random.Random) -> Sample:
    """Operator-style invoice: unit prices with FOUR decimals ('129,8750'), units 'm-c' and 'usł.', quantities of
    months; the line values rounded to grosze; a billing period line."""
    ents = rng.sample(MONTHLY, rng.randint(2, 4)) + rng.sample(SERVICES[3:], rng.randint(0, 1))
    items = []
    for e in ents:
        price = Decimal(rng.randint(e[2][0] * 10000, e[2][1] * 10000)) / 10000
        items.append(line(rng, e, price=price, qty=rng.choice((1, 3, 6, 12)) if e[1] == "m-c" else rng.randint(2, 9)))
    doc = mk(rng, f"F/{rng.randint(1000, 9999)}/{{MM}}/26", items)
    p = Pdf()
    p.text(14, 16, doc.seller.name, 11, "Sans-Bold")
    p.text(14, 21, f"{doc.seller.street}, {doc.seller.city}, NIP: {doc.seller.nip}", 8)
    p.hline(14, p.w - 14, 24, 0.6)
    p.text(14, 33, f"FAKTURA VAT {doc.number}", 13, "Sans-Bold")
    start = date(doc.sale_date.year, doc.sale_date.month, 1)
    p.lines(
        p.w - 14,
        30,
        [
            f"Wystawiono: {date_fmt(doc.issue_date)}",
            f"Data wykonania usługi: {date_fmt(doc.sale_date)}",
            f"Okres rozliczeniowy od {date_fmt(start)}",
        ],
        8,
        align="r",
        lead=4.3,
    )
    p.text(14, 46, "Odbiorca faktury (Nabywca):", 8, "Sans-Bold")
    b = doc.buyer
    p.lines(14, 51, [b.name, f"{b.street}, {b.city}", f"NIP: {b.nip}"], 9, lead=4.4)
    cols = [
        Col("Lp.", 8, "c"),
        Col("Usługa", 74),
        Col("Ilość", 11, "r"),
        Col("J.m.", 9, "c"),
        Col("Cena jedn. netto", 22, "r"),
        Col("Wartość netto", 21, "r"),
        Col("VAT", 9, "c"),
        Col("Wartość brutto", 22, "r"),
    ]
    rows = [
        [
            str(k),
            it.name,
            qty_fmt(it.qty),
            it.unit,
            money4(it.unit_price or Decimal(0)),
            money(it.net or 0),
            rate_label(it.vat_rate),
            money(it.gross or 0),
        ]
        for k, it in enumerate(items, 1)
    ]
    y = table(p, 12, 70, cols, rows, TableStyle(7.6, grid=False, rules=True))
    y = totals_block(p, y, doc)
    p.text(14, y + 4, f"Indywidualny rachunek do wpłat: {nrb(doc.bank)}, termin {date_fmt(due(doc))}", 7.8)
    return Sample(p.bytes(), (doc,))


def fam_head_office_and_branch_addresses(rng: random.Random) -> Sample:
    """Seller with its head office ('Siedziba:') and the issuing branch ('Oddział w …') as two addresses, the NIP once
    under both; the issue place is the branch's town; the buyer a powiat."""
    items = mixed(rng, (1, 3), (0, 2))
    street, city, loc = rng.choice(BRANCH_CITIES)
    doc = mk(rng, f"O{rng.randint(1, 9)}/FV/{rng.randint(1, 500)}/2026", items, buyer=pick_jst(rng, powiat=True))
    s, b = doc.seller, doc.buyer
    p = Pdf()
    p.text(14, 15, s.name, 11.5, "Sans-Bold")
    p.lines(14, 21, [f"Siedziba: {s.street}, {s.city}", f"Oddział w {loc}: {street}, {city}"], 8, lead=4.2)
    p.text(14, 30, f"NIP: {nip_fmt(s.nip, 'dash')}   REGON: {regon(rng)}", 8)
    p.text(p.w - 14, 15, f"{city.split(' ', 1)[1]}, {date_fmt(doc.issue_date)}", 9, "Sans", "r")
    p.text(p.w / 2, 44, f"FAKTURA nr {doc.number}", 14, "Sans-Bold", "c")
    p.text(p.w / 2, 50, f"Data dostawy: {date_fmt(doc.sale_date)}", 8.5, "Sans", "c")
    p.text(14, 58, "Sprzedawca (wystawca – oddział):", 8, "Sans-Bold")
    p.lines(14, 63, [s.name, f"Oddział w {loc}", street, city], 8.5, lead=4.2)
    p.text(108, 58, "Nabywca:", 8, "Sans-Bold")
    p.lines(108, 63, [b.name, b.street, b.city, f"NIP: {nip_fmt(b.nip, 'dash')}"], 8.5, lead=4.2)
    y = table(p, 12, 84, std_cols(), [std_row(k, it) for k, it in enumerate(items, 1)], TableStyle(7.4, head_fill=0.9))
    y = totals_block(p, y, doc)
    p.text(14, y + 4, f"Rachunek oddziału: {nrb(doc.bank)}; termin płatności {doc.due_days} dni.", 7.8)
    return Sample(p.bytes(), (doc,))


def fam_labels_one_line_nip_dash_bank_beside(rng: random.Random) -> Sample:
    """'Sprzedawca:' and 'Nabywca:' on ONE line with wide spacing, the blocks under them without a frame; each NIP
    'NIP: 123-456-78-90' followed on the same line by the bank account ('Konto: …') or the REGON."""
    items = mixed(rng, (1, 3), (1, 1))
    doc = mk(rng, f"FV-{rng.randint(1, 300)}/{{MM}}/2026", items)
    s, b = doc.seller, doc.buyer
    p = Pdf()
    p.text(14, 18, f"Faktura nr {doc.number}", 14, "Sans-Bold")
    p.text(14, 24, f"Data wystawienia {date_fmt(doc.issue_date)}    Data sprzedaży {date_fmt(doc.sale_date)}", 8)
    p.text(14, 36, "Sprzedawca:" + " " * 48 + "Nabywca:", 8.5, "Mono-Bold")
    left = [s.name, s.street, s.city, f"NIP: {nip_fmt(s.nip, 'dash')}  Konto: {nrb(doc.bank)}"]
    right = [b.name, b.street, b.city, f"NIP: {nip_fmt(b.nip, 'dash')}  REGON: {regon(rng)}"]
    p.lines(14, 41, left, 7.8, lead=4)
    p.lines(120, 41, right, 7.8, lead=4)
    y = table(p, 12, 62, std_cols(), [std_row(k, it) for k, it in enumerate(items, 1)], TableStyle(7.4))
    y = totals_block(p, y, doc)
    p.text(14, y + 4, f"Termin płatności: {date_fmt(due(doc))}, przelew.", 7.8)
    return Sample(p.bytes(), (doc,))


def fam_legal_identifiers_grid_regon_krs_bdo(rng: random.Random) -> Sample:
    """Each party block has a small identifier grid under its address: REGON, NIP, KRS (a company) or PESEL (a sole
    trader), BDO for the seller; REGON, NIP and the TERYT code for the JST; the NIP row is never the first."""
    items = mixed(rng, (2, 3), (0, 2))
    doc = mk(rng, f"{rng.randint(1, 99)}/FA/{{MM}}/2026", items)
    s, b = doc.seller, doc.buyer
    company = any(t in s.name for t in ("Sp. z o.o.", "S.A."))
    sole_or_krs = ("KRS", krs(rng)) if company else ("PESEL", pesel(rng))
    p = Pdf()
    p.text(14, 17, "FAKTURA VAT", 15, "Sans-Bold")
    p.text(14, 23, f"Nr: {doc.number}", 10)
    p.lines(
        p.w - 14,
        15,
        [f"Data wystawienia: {date_fmt(doc.issue_date)}", f"Data sprzedaży: {date_fmt(doc.sale_date)}"],
        8,
        align="r",
        lead=4.3,
    )
    grids = (
        (14, "Sprzedawca", s, [("REGON", regon(rng)), ("NIP", s.nip), sole_or_krs, ("BDO", bdo(rng))]),
        (108, "Nabywca", b, [("REGON", regon(rng)), ("NIP", b.nip), ("Kod TERYT", teryt_of(b))]),
    )
    for x, cap, pt, rows in grids:
        p.text(x, 34, cap, 8.5, "Sans-Bold")
        p.lines(x, 39, [pt.name, pt.street, pt.city], 8.4, lead=4.1)
        table(p, x, 52, [Col("Identyfikator", 26), Col("Numer", 40)], [list(r) for r in rows], TableStyle(7.2))
    y = table(p, 12, 82, std_cols(), [std_row(k, it) for k, it in enumerate(items, 1)], TableStyle(7.4, head_fill=0.9))
    y = totals_block(p, y, doc)
    p.text(14, y + 4, f"Przelew na rachunek {nrb(doc.bank)} do {date_fmt(due(doc))}", 7.8)
    return Sample(p.bytes(), (doc,))


def fam_nip_only_in_page_footer(rng: random.Random) -> Sample:
    """The seller's header shows name and address only; its NIP ('NIP 123-45-67-890'), REGON and bank account appear
    only in the small page footer; the buyer's NIP in its block as 'NIP 123-45-67-890' too."""
    items = mixed(rng, (1, 2), (1, 2))
    doc = mk(rng, f"{rng.randint(1, 200)}/{{MM}}/2026", items)
    s, b = doc.seller, doc.buyer
    p = Pdf()
    p.text(14, 16, s.name, 13, "Serif-Bold")
    p.text(14, 21.5, f"{s.street}, {s.city}", 8.5, "Serif")
    p.text(p.w - 14, 16, f"Faktura VAT nr {doc.number}", 12, "Serif-Bold", "r")
    p.lines(
        p.w - 14,
        22,
        [f"data wystawienia: {date_fmt(doc.issue_date)}", f"data sprzedaży: {date_fmt(doc.sale_date)}"],
        8.5,
        "Serif",
        align="r",
        lead=4.3,
    )
    p.text(108, 40, "Nabywca", 9, "Serif-Bold")
    p.lines(108, 45, [b.name, b.street, b.city, f"NIP {nip_fmt(b.nip, 'dash2')}"], 9, "Serif", lead=4.4)
    y = table(
        p, 12, 68, std_cols(), [std_row(k, it) for k, it in enumerate(items, 1)], TableStyle(7.4, "Serif", "Serif-Bold")
    )
    y = totals_block(p, y, doc)
    p.text(14, y + 4, f"Termin zapłaty: {date_fmt(due(doc))}", 8, "Serif")
    footer(
        p,
        f"{s.name} · NIP {nip_fmt(s.nip, 'dash2')} · REGON {regon(rng)} · Bank: {nrb(doc.bank)}",
    )
    return Sample(p.bytes(), (doc,))


def fam_nip_ue_and_nip_both_lines(rng: random.Random) -> Sample:
    """Both parties print two identifier lines: 'NIP: 1234567890' and 'NIP UE: PL1234567890' (the seller's also
    'VAT-UE'), the buyer a gmina with its office as an extra name line."""
    items = mixed(rng, (1, 3), (1, 2))
    buyer = pick_jst(rng, powiat=False)
    buyer = Party(buyer.name, buyer.street, buyer.city, buyer.nip, ("Urząd " + buyer.name.replace("Gmina ", "Gminy "),))
    doc = mk(rng, f"FS {rng.randint(1, 700)}/2026", items, buyer=buyer)
    s, b = doc.seller, doc.buyer
    p = Pdf()
    p.rect(0, 0, p.w, 6, 0, fill=0.3)
    p.text(14, 18, f"FAKTURA {doc.number}", 14, "Sans-Bold")
    p.text(14, 24, f"Wystawiona {date_fmt(doc.issue_date)} w {doc.place}; data sprzedaży {date_fmt(doc.sale_date)}", 8)
    for x, cap, pt in ((14, "Sprzedawca", s), (108, "Nabywca", b)):
        p.text(x, 35, cap, 8, "Sans-Bold")
        y0 = p.lines(x, 40, [pt.name, *pt.extra, pt.street, pt.city], 8.6, lead=4.2)
        p.lines(x, y0, [f"NIP: {pt.nip}", f"NIP UE: PL{pt.nip}"], 7.8, lead=3.9)
    y = table(p, 12, 70, std_cols(), [std_row(k, it) for k, it in enumerate(items, 1)], TableStyle(7.4, head_fill=0.88))
    y = totals_block(p, y, doc)
    p.text(14, y + 4, f"Płatne przelewem do {date_fmt(due(doc))}: {iban(doc.bank)}", 7.8)
    return Sample(p.bytes(), (doc,))


def fam_odbiorca_with_own_nip(rng: random.Random) -> Sample:
    """Nabywca the gmina with its NIP, Odbiorca a school or cultural unit of it WITH ITS OWN NIP (a budget unit),
    three blocks across: Sprzedawca | Nabywca | Odbiorca."""
    items = mixed(rng, (1, 3), (0, 1))
    buyer = pick_jst(rng, powiat=False)
    town = buyer.city.split(" ", 1)[1]
    unit = rng.choice(
        (
            f"Szkoła Podstawowa nr 1 w {town}",
            f"Gminny Ośrodek Kultury w {town}",
            f"Gminny Ośrodek Pomocy Społecznej w {town}",
        )
    )
    rec = Party(unit, rng.choice(("ul. Szkolna 3", "ul. Sportowa 1", "ul. Parkowa 6")), buyer.city, make_nip(rng))
    doc = mk(rng, f"FV/{rng.randint(1, 999)}/{{MM}}/2026", items, buyer=buyer, recipient=rec)
    p = Pdf()
    p.text(14, 17, f"Faktura VAT nr {doc.number}", 14, "Sans-Bold")
    p.text(14, 23, f"Data wystawienia: {date_fmt(doc.issue_date)}, data sprzedaży: {date_fmt(doc.sale_date)}", 8)
    for x, cap, pt in ((14, "Sprzedawca", doc.seller), (78, "Nabywca", doc.buyer), (142, "Odbiorca", rec)):
        p.rect(x, 30, 60, 26, 0.3)
        p.text(x + 2, 34, cap, 7.5, "Sans-Bold")
        y0 = p.lines(x + 2, 38.5, wrap(pt.name, "Sans", 7.6, 56), 7.6, lead=3.6)
        p.lines(x + 2, y0, [pt.street, pt.city, f"NIP: {pt.nip}"], 7.6, lead=3.6)
    y = table(p, 12, 64, std_cols(), [std_row(k, it) for k, it in enumerate(items, 1)], TableStyle(7.4, head_fill=0.9))
    y = totals_block(p, y, doc)
    p.text(14, y + 4, f"Płatnik: Nabywca. Rachunek: {nrb(doc.bank)}, termin {date_fmt(due(doc))}.", 7.8)
    return Sample(p.bytes(), (doc,))


def fam_protocol_parties_labels_one_line_krs(rng: random.Random) -> Sample:
    """Protokół odbioru: 'Wykonawca:' and 'Zamawiający:' captions on one line, under them each party with NIP
    'PL 123-456-78-90' and KRS/REGON on the same line; a numbered items table with quantities only."""
    ents = rng.sample(HW, rng.randint(2, 4)) + rng.sample(SERVICES, rng.randint(0, 1))
    items = [line(rng, e) for e in ents]
    doc = mk(rng, f"PO/{rng.randint(1, 80)}/2026", items, kind="protocol", currency=None, sale_date=None)
    s, b = doc.seller, doc.buyer
    p = Pdf()
    p.text(p.w / 2, 18, f"PROTOKÓŁ ODBIORU nr {doc.number}", 14, "Sans-Bold", "c")
    p.text(p.w / 2, 24, f"sporządzony w dniu {date_fmt(doc.issue_date)} w {b.city.split(' ', 1)[1]}", 9, "Sans", "c")
    p.text(14, 36, "Wykonawca:" + " " * 49 + "Zamawiający:", 8.5, "Mono-Bold")
    p.lines(14, 41, [s.name, f"{s.street}, {s.city}", f"NIP PL {nip_fmt(s.nip, 'dash')}, KRS {krs(rng)}"], 7.8, lead=4)
    p.lines(
        120, 41, [b.name, f"{b.street}, {b.city}", f"NIP PL {nip_fmt(b.nip, 'dash')}, REGON {regon(rng)}"], 7.8, lead=4
    )
    p.text(
        14, 60, f"Na podstawie umowy nr {rng.randint(1, 30)}/ZP/2026 Zamawiający odbiera następujący przedmiot:", 8.5
    )
    cols = [Col("Lp.", 9, "c"), Col("Przedmiot odbioru", 120), Col("J.m.", 14, "c"), Col("Ilość", 18, "r")]
    rows = [[str(k), it.name, it.unit, qty_fmt(it.qty)] for k, it in enumerate(items, 1)]
    y = table(p, 14, 65, cols, rows, TableStyle(8, head_fill=0.9))
    p.lines(
        14,
        y + 8,
        [
            "Przedmiot odbioru wykonano zgodnie z umową. Uwag nie wniesiono.",
            "Protokół sporządzono w dwóch egzemplarzach.",
        ],
        8.5,
        lead=4.6,
    )
    sig_pair(p, y + 40, "Wykonawca", "Zamawiający")
    return Sample(p.bytes(), (doc,))


def fam_protocol_serials_separate_table(rng: random.Random) -> Sample:
    """Protokół zdawczo-odbiorczy: the items table (name, qty, unit), then a SEPARATE table 'Wykaz numerów
    seryjnych' with one row per unit (Lp. of the item, model, S/N) – its rows are not items."""
    ents = rng.sample(HW, rng.randint(2, 3))
    items = [line(rng, e, qty=rng.randint(1, 4)) for e in ents]
    doc = mk(rng, f"{rng.randint(1, 50)}/PZO/2026", items, kind="protocol", currency=None, sale_date=None)
    s, b = doc.seller, doc.buyer
    p = Pdf()
    p.text(p.w / 2, 17, "PROTOKÓŁ ZDAWCZO-ODBIORCZY", 14, "Sans-Bold", "c")
    p.text(p.w / 2, 23, f"nr {doc.number} z dnia {date_fmt(doc.issue_date)}", 9.5, "Sans", "c")
    for x, cap, pt in ((14, "Przekazujący (Dostawca):", s), (108, "Przyjmujący (Zamawiający):", b)):
        p.text(x, 34, cap, 8, "Sans-Bold")
        p.lines(x, 39, [pt.name, pt.street, pt.city, f"NIP: {nip_fmt(pt.nip, 'dash')}"], 8.4, lead=4.1)
    cols = [Col("Lp.", 9, "c"), Col("Nazwa sprzętu", 128), Col("Ilość", 16, "r"), Col("J.m.", 14, "c")]
    y = table(
        p,
        14,
        62,
        cols,
        [[str(k), i.name, qty_fmt(i.qty), i.unit] for k, i in enumerate(items, 1)],
        TableStyle(8, head_fill=0.9),
    )
    p.text(14, y + 8, "Wykaz numerów seryjnych", 9, "Sans-Bold")
    srows = []
    n = 0
    for k, it in enumerate(items, 1):
        model = " ".join(it.name.split(" ")[1:4])
        for sn in serials(rng, int(it.qty)):
            n += 1
            srows.append([str(n), f"poz. {k}", model, sn])
    y = table(
        p,
        14,
        y + 10,
        [Col("Nr", 9, "c"), Col("Poz.", 14, "c"), Col("Model", 80), Col("Numer seryjny", 50)],
        srows,
        TableStyle(7.6),
    )
    p.text(14, y + 8, "Sprzęt kompletny, sprawny, bez uszkodzeń mechanicznych.", 8.5)
    sig_pair(p, y + 36, "Przekazujący", "Przyjmujący")
    return Sample(p.bytes(), (doc,))


def carry_row(p: Pdf, y: float, label: str, net: str, vat: str, gross: str) -> None:
    """A bold sums row under the amount columns of `std_cols()` (net ends at 152 mm, VAT at 178, gross at 199)."""
    p.rect(12, y, 187, 6, 0.4, fill=0.95)
    p.text(22, y + 4.2, label, 7.6, "Sans-Bold")
    for right, v in ((152, net), (178, vat), (199, gross)):
        p.text(right - 1.2, y + 4.2, v, 7.4, "Sans-Bold", "r")


def fam_two_pages_z_przeniesienia_carry(rng: random.Random) -> Sample:
    """A long list of workstations and accessories over two pages: 'Strona 1 z 2', a 'Do przeniesienia' row with the
    page's net/VAT/gross sums at the foot of page 1 and 'Z przeniesienia' at the top of page 2."""
    ents = list(HW + SOFT + SERVICES + MONTHLY)
    rng.shuffle(ents)
    items = [line(rng, e) for e in ents[: rng.randint(22, 25)]]
    doc = mk(rng, f"FA/{rng.randint(1, 900)}/{{MM}}/2026", items)
    split = len(items) - rng.randint(4, 6)  # page 1 full, the rest and the totals on page 2
    p = Pdf()
    p.text(14, 17, f"Faktura VAT nr {doc.number}", 14, "Sans-Bold")
    p.lines(14, 23, [f"Data wystawienia: {date_fmt(doc.issue_date)}", f"Data sprzedaży: {date_fmt(doc.sale_date)}"], 8)
    for x, cap, pt in ((14, "Sprzedawca:", doc.seller), (108, "Nabywca:", doc.buyer)):
        p.text(x, 36, cap, 8, "Sans-Bold")
        p.lines(x, 41, [pt.name, pt.street, pt.city, f"NIP {nip_fmt(pt.nip, 'dash')}"], 8.5, lead=4.2)
    cols = std_cols()
    st = TableStyle(7.4, head_fill=0.9)
    page1 = items[:split]
    y = table(p, 12, 64, cols, [std_row(k, it) for k, it in enumerate(page1, 1)], st)

    def sums(its: list[Item]) -> list[str]:
        n = sum((i.net or Decimal(0) for i in its), Decimal(0))
        v = sum((i.vat or Decimal(0) for i in its), Decimal(0))
        return [money(n), money(v), money(n + v)]

    n1, v1, g1 = sums(page1)
    carry_row(p, y, "Do przeniesienia", n1, v1, g1)
    footer(p, "Strona 1 z 2")
    p.new_page()
    p.text(14, 14, f"Faktura VAT nr {doc.number} – ciąg dalszy", 8.5, "Sans-Italic")
    carry_row(p, 18, "Z przeniesienia", n1, v1, g1)
    y = table(p, 12, 25, cols, [std_row(k, it) for k, it in enumerate(items[split:], split + 1)], st)
    y = totals_block(p, y, doc)
    p.text(14, y + 4, f"Przelew na rachunek {nrb(doc.bank)} do {date_fmt(due(doc))}", 7.8)
    footer(p, "Strona 2 z 2")
    return Sample(p.bytes(), (doc,))
