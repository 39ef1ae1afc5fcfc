"""BLIND-14 families (fresh batch). Not to be opened by the parser engineer; measured once, at the end.

Layouts written for this batch only, by an evaluator who never read the parser (`extractors/`, `checks/`,
`tests/extractors/`). They share the data model (`Doc`, `Item`, `Party`) and the page canvas and table drawing
(`Pdf`, `table`) of `kit.py`, but bring their own sellers, their own IT catalogue (long names with model codes,
en-dashes and '×') and real gminy and powiaty from the TERYT register (TERC 2024-01-01,
`/work/shared/data/teryt/terc_2024-01-01.csv`, the TERYT code kept beside each). Streets, post codes, NIPs and
sellers are invented.

Focus of the batch (each a real Polish convention): a Subiekt-like invoice with 'Nabywca: Gmina X' and
'Odbiorca: Urząd Gminy X' (no NIP) and a product-symbol column; a web invoice with a per-line 'Rabat %' and a
discount on the whole order deducted under the table (the line nets do not add up to the total); a German
company registered for VAT in Poland invoicing in EUR with Polish VAT and a per-line 'Wartość netto PLN' column at
the NBP rate; an Optima-like invoice with the KSeF number under the title and the split-payment transfer message
'/VAT/…/IDC/…/INV/…'; a one-person firm's word template with whole amounts printed '1 500,-'; a browser-printed
web invoice whose long rows are split across the page break (the name continues on the next page); an invoice
with an annex page listing one serial number per unit (the item names repeat there); a Symfonia-like printout
with 'Kontrahent' for the buyer and quantities '2,0000'; a quantity correction (returned units) in Comarch-XL
style with the corrections in parentheses '(1 234,56)'; a web invoice whose amounts carry no-break spaces and
decimal hours; italic remark rows between the item rows (delivery addresses, serials, a grant share with an
amount); a protocol with serial numbers, inventory-number ranges and rooms; a protocol whose items are a numbered
list with a), b), c) specification bullets full of numbers; an IT outsourcing invoice with 'm-c' and 'godz.'
decimals and only the month of the service ('marzec 2026', not scored); an invoice followed by a page of warranty
terms with a price list of post-warranty services (not items); one invoice printed twice, ORYGINAŁ and KOPIA pages.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

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

# (TERYT code, name as in TERC, kind as in TERC, seat town) — TERC 2024-01-01
TERC_JST = (
    ("1421062", "Raszyn", "gmina wiejska", "Raszyn"),
    ("2212062", "Kobylnica", "gmina wiejska", "Kobylnica"),
    ("1218093", "Wadowice", "gmina miejsko-wiejska", "Wadowice"),
    ("2011083", "Sokółka", "gmina miejsko-wiejska", "Sokółka"),
    ("1438011", "Żyrardów", "gmina miejska", "Żyrardów"),
    ("1205011", "Gorlice", "gmina miejska", "Gorlice"),
    ("0606052", "Krasnystaw", "gmina wiejska", "Krasnystaw"),
    ("1007043", "Opoczno", "gmina miejsko-wiejska", "Opoczno"),
    ("1207032", "Dobra", "gmina wiejska", "Dobra"),
    ("1810011", "Łańcut", "gmina miejska", "Łańcut"),
    ("2807052", "Lubawa", "gmina wiejska", "Lubawa"),
    ("2818033", "Gołdap", "gmina miejsko-wiejska", "Gołdap"),
    ("0208072", "Kłodzko", "gmina wiejska", "Kłodzko"),
    ("1201022", "Bochnia", "gmina wiejska", "Bochnia"),
    ("3023011", "Słupca", "gmina miejska", "Słupca"),
    ("1218", "wadowicki", "powiat", "Wadowice"),
    ("1205", "gorlicki", "powiat", "Gorlice"),
    ("2009", "sejneński", "powiat", "Sejny"),
    ("0606", "krasnostawski", "powiat", "Krasnystaw"),
    ("2818", "gołdapski", "powiat", "Gołdap"),
)
JST_STREETS = (
    "ul. Kościuszki 1",
    "pl. Ratuszowy 2",
    "ul. Warszawska 16",
    "Rynek 12",
    "ul. Szkolna 4",
    "ul. Plac 3 Maja 1",
)

SELLERS = (
    "Samorządowe Centrum Informatyki Sp. z o.o.",
    "NETLAN Systemy Sieciowe Sp. z o.o.",
    "Cyber-Tarcza S.A.",
    "Usługi Informatyczne Piotr Zieliński",
    "Biuro Serwisowe KOMPLEX Sp. j.",
    "OptiData Integracja Sp. z o.o.",
    "Teleinformatyka Południe Sp. z o.o.",
    "GigaSerwis Krzysztof Pawlak",
    "Wschodnie Centrum Bezpieczeństwa IT Sp. z o.o.",
    "DELTA-KOMP s.c. Adam Lis, Ewa Lis",
)
SELLER_STREETS = (
    "ul. Magazynowa 8",
    "ul. Lotnicza 21/4",
    "al. Wojska Polskiego 140",
    "ul. Kolejowa 3B",
    "ul. Hutnicza 55",
)
SELLER_CITIES = (
    "31-864 Kraków",
    "02-672 Warszawa",
    "80-309 Gdańsk",
    "35-326 Rzeszów",
    "60-688 Poznań",
    "20-150 Lublin",
)

# name, unit, (low, high) net unit price, rate, symbol
HW = (
    (
        'Notebook Dell Latitude 5550 – i5-1345U / 16 GB / 512 GB SSD / 15,6" FHD / Win 11 Pro',
        "szt.",
        (3600, 4300),
        "23",
        "DEL-LAT5550",
    ),
    (
        "Komputer Lenovo ThinkCentre M70q Gen 4 – i5-13400T, 16 GB, 512 GB, W11P",
        "szt.",
        (3000, 3600),
        "23",
        "LEN-M70Q4",
    ),
    ('Monitor Philips 24B2G5200 – 23,8" IPS, USB-C, regulacja wysokości', "szt.", (640, 820), "23", "PHI-24B2"),
    ("Przełącznik Zyxel XGS1930-28 – 24 × GbE, 4 × SFP+, zarządzalny L2+", "szt.", (2100, 2700), "23", "ZYX-XGS1930"),
    (
        "Firewall Fortinet FortiGate 40F – z pakietem UTP 1 rok (FG-40F-BDL-950-12)",
        "szt.",
        (3300, 4100),
        "23",
        "FOR-40F-UTP",
    ),
    (
        "Serwer HPE ProLiant DL20 Gen11 – Xeon E-2434, 32 GB, 2 × 960 GB SSD",
        "szt.",
        (11800, 14500),
        "23",
        "HPE-DL20G11",
    ),
    ("Zasilacz UPS Eaton 9SX 3000i RT3U – on-line, 3000 VA / 2700 W", "szt.", (5200, 6400), "23", "EAT-9SX3000"),
    ("Macierz NAS Synology DS923+ – 4 × 4 TB HAT5310, RAID 5", "kpl.", (5600, 6900), "23", "SYN-DS923-16"),
    ("Punkt dostępowy TP-Link Omada EAP653 – Wi-Fi 6, PoE", "szt.", (390, 520), "23", "TPL-EAP653"),
    ("Drukarka Brother HL-L6210DW – laserowa mono, dupleks, Wi-Fi", "szt.", (1250, 1600), "23", "BRO-L6210"),
)
SOFT = (
    ("Licencja Microsoft 365 Business Premium – subskrypcja 12 m-cy", "lic.", (1050, 1250), "23", "MS-365BP-12"),
    ("ESET PROTECT Complete on-prem – licencja na 1 rok, 1 stanowisko", "lic.", (120, 190), "23", "ESET-PCP-1"),
    ("Veeam Backup & Replication Universal License – 1 rok, 10 instancji", "kpl.", (5400, 6900), "23", "VEE-VUL-10"),
    ("System EZD – moduł obiegu dokumentów, licencja bezterminowa", "kpl.", (14000, 22000), "23", "EZD-OBIEG"),
)
SERVICES = (
    ("Wdrożenie systemu kopii zapasowych 3-2-1 wraz z testem odtworzenia", "usł.", (5000, 9000), "23", "US-BKP"),
    ("Audyt KSC / KRI – ocena stanu bezpieczeństwa z raportem", "usł.", (12000, 22000), "23", "US-AUD"),
    ("Konfiguracja firewalla i polityk VPN dla 25 użytkowników", "usł.", (2500, 5500), "23", "US-FW"),
    ("Instalacja i konfiguracja stanowisk komputerowych", "usł.", (1200, 3000), "23", "US-INST"),
)
TRAINING = (
    ("Szkolenie „Cyberbezpieczeństwo w urzędzie” – 2 × 4 godz., do 15 osób", "usł.", (2400, 4800), "zw", "SZK-CYB"),
    ("Szkolenie dla kierownictwa JST – zarządzanie incydentami", "usł.", (3000, 5200), "zw", "SZK-ZAR"),
)
BRANDS_SN = ("5CG", "PF4", "CZC", "SN2", "FGT", "S4V", "HX9")


@dataclass(frozen=True, slots=True)
class XDoc(Doc):
    """A document whose layout does not print some header fields: those are left out of the expected values."""

    drop: tuple[str, ...] = ()

    def expected(self) -> dict[str, Any]:
        exp = Doc.expected(self)
        for k in self.drop:
            exp.pop(k, None)
        return exp


@dataclass(frozen=True, slots=True)
class OrderDiscountDoc(XDoc):
    """An invoice whose whole-order discount (percent) is deducted per VAT rate after the lines: the totals are
    computed on the discounted nets, the line nets stay as printed."""

    order_pct: Decimal = Decimal(0)

    def rate_summary(self, items: Any = None) -> list[tuple[str, Decimal, Decimal, Decimal]]:
        out = []
        for rate, net, _vat, _gross in Doc.rate_summary(self, items):
            net2 = net - self.discount(net)
            vat2 = q2(net2 * (Decimal(rate) if rate.isdigit() else Decimal(0)) / 100)
            out.append((rate, net2, vat2, net2 + vat2))
        return out

    def discount(self, net: Decimal) -> Decimal:
        return q2(net * self.order_pct / 100)


def jst_name(j: tuple[str, str, str, str]) -> str:
    _, name, kind, _ = j
    if kind == "powiat":
        return "Powiat " + name[0].upper() + name[1:]
    if kind == "gmina miejska":
        return "Miasto " + name
    return "Gmina " + name


def pick_jst(rng: random.Random, *, powiat: bool | None = None) -> Party:
    pool = [j for j in TERC_JST if powiat is None or (j[2] == "powiat") == powiat]
    j = rng.choice(pool)
    return Party(
        jst_name(j), rng.choice(JST_STREETS), f"{rng.randint(10, 99)}-{rng.randint(100, 999)} {j[3]}", make_nip(rng)
    )


def office_of(p: Party) -> str:
    if p.name.startswith("Powiat"):
        return "Starostwo Powiatowe w " + p.city.split(" ", 1)[1]
    if p.name.startswith("Miasto"):
        return "Urząd Miasta " + p.name[len("Miasto ") :]
    return "Urząd Gminy " + p.name[len("Gmina ") :]


def pick_seller(rng: random.Random, name: str | None = None) -> Party:
    return Party(name or rng.choice(SELLERS), rng.choice(SELLER_STREETS), rng.choice(SELLER_CITIES), make_nip(rng))


def line(
    rng: random.Random, entry: tuple[Any, ...], *, qty: Decimal | int | None = None, price: Decimal | None = None
) -> Item:
    name, unit, (lo, hi), rate = entry[0], entry[1], entry[2], entry[3]
    if qty is None:
        qty = rng.choice((1, 1, 2)) if unit in ("usł.", "kpl.") else rng.choice((1, 2, 3, 4, 5, 6, 8, 10, 12))
    q = Decimal(qty)
    p = price if price is not None else Decimal(rng.randint(lo * 100, hi * 100)) / 100
    r = Decimal(rate) if rate.isdigit() else Decimal(0)
    net = q2(p * q)
    vat = q2(net * r / 100)
    code = entry[4] if len(entry) > 4 else ""
    return Item(name, q, unit, p, net, rate, vat, net + vat, codes=(code, "", ""))


def mk(
    rng: random.Random,
    number: str,
    items: list[Item] | tuple[Item, ...],
    *,
    seller: Party | None = None,
    buyer: Party | None = None,
    kind: str = "invoice",
    currency: str | None = "PLN",
    cls: type[XDoc] = XDoc,
    **kw: Any,
) -> Any:
    issue = date(2026, 1, 7) + timedelta(days=rng.randint(0, 320))
    kw.setdefault("issue_date", issue)
    kw.setdefault("sale_date", issue - timedelta(days=rng.choice((0, 0, 1, 3, 5))))
    seller = seller or pick_seller(rng)
    return cls(
        kind=kind,
        number=number,
        seller=seller,
        buyer=buyer or pick_jst(rng),
        currency=currency,
        items=tuple(items),
        place=seller.city.split(" ", 1)[1],
        due_days=rng.choice((14, 21, 30)),
        bank=" ".join([f"{rng.randint(10, 99)}"] + [f"{rng.randint(0, 9999):04d}" for _ in range(6)]),
        **kw,
    )


def distinct(rng: random.Random, pool: tuple[Any, ...], n: int) -> list[Any]:
    return rng.sample(list(pool), min(n, len(pool)))


def mixed_items(rng: random.Random, n_hw: tuple[int, int], n_other: tuple[int, int]) -> list[Item]:
    ents = distinct(rng, HW, rng.randint(*n_hw)) + distinct(rng, SOFT + SERVICES, rng.randint(*n_other))
    return [line(rng, e) for e in ents]


def due(doc: Doc) -> date:
    return doc.issue_date + timedelta(days=doc.due_days)


def ksef_number(rng: random.Random, doc: Doc) -> str:
    hx = "".join(rng.choice("0123456789ABCDEF") for _ in range(12))
    return f"{doc.seller.nip}-{doc.issue_date:%Y%m%d}-{hx}-{rng.choice('0123456789ABCDEF')}{rng.randint(0, 9)}"


def serials(rng: random.Random, n: int) -> list[str]:
    pre = rng.choice(BRANDS_SN)
    base = rng.randint(100000, 900000)
    return [f"{pre}{base + k * rng.randint(1, 9)}{rng.choice('ABCDEFGHJK')}" for k in range(n)]


def sig(p: Pdf, y: float, left: str, right: str, font: str = "Sans") -> None:
    p.hline(22, 86, y, 0.3)
    p.hline(p.w - 86, p.w - 22, y, 0.3)
    p.text(54, y + 4, left, 7, font, "c")
    p.text(p.w - 54, y + 4, right, 7, font, "c")


def vat_table(p: Pdf, x: float, y: float, doc: Doc, ms: str, *, size: float = 7.8, pct: bool = True) -> float:
    rows = [
        [rate_label(r, "pct" if pct else "n"), money(n, ms), money(v, ms), money(g, ms)]
        for r, n, v, g in doc.rate_summary()
    ]
    net, vat, gross = doc.totals()
    rows.append(["Razem", money(net, ms), money(vat, ms), money(gross, ms)])
    cols = [
        Col("Stawka VAT", 20, "c"),
        Col("Wartość netto", 26, "r"),
        Col("Kwota VAT", 24, "r"),
        Col("Wartość brutto", 26, "r"),
    ]
    return table(p, x, y, cols, rows, TableStyle(size=size, head_fill=0.9))


# A small row renderer of this batch: item rows, full-width italic note rows, and rows that may be split across
# a page break (the way a browser prints a long HTML table row: the rest of the cell continues on the next page).


@dataclass(frozen=True, slots=True)
class Note:
    text: str


def flow_table(
    p: Pdf,
    x: float,
    y: float,
    cols: list[Col],
    rows: list[list[str] | Note],
    *,
    size: float = 7.8,
    split: bool = False,
    bottom: float = 22.0,
    head_fill: float = 0.88,
    on_new_page: Any = None,
    splits: list[int] | None = None,
) -> float:
    lead = size * 0.43
    total = sum(c.width for c in cols)

    def head(y: float) -> float:
        hl = [wrap(c.title, "Sans-Bold", size, c.width - 2) for c in cols]
        h = max(len(v) for v in hl) * size * 0.42 + 2.4
        p.rect(x, y, total, h, 0, fill=head_fill)
        cx = x
        for c, ls in zip(cols, hl, strict=True):
            yy = y + 1.2 + size * 0.35
            for ln in ls:
                tx = cx + 1 if c.align == "l" else (cx + c.width - 1 if c.align == "r" else cx + c.width / 2)
                p.text(tx, yy, ln, size, "Sans-Bold", c.align)
                yy += size * 0.42
            cx += c.width
        return y + h

    def new_page() -> float:
        yy = p.new_page()
        if on_new_page is not None:
            yy = on_new_page(p)
        return head(yy)

    y = head(y)
    for row in rows:
        if isinstance(row, Note):
            ls = wrap(row.text, "Sans-Italic", size - 0.5, total - 14)
            h = len(ls) * lead + 1.6
            if y + h > p.h - bottom:
                y = new_page()
            for k, ln in enumerate(ls):
                p.text(x + 12, y + 0.8 + size * 0.35 + k * lead, ln, size - 0.5, "Sans-Italic")
            y += h
            p.hline(x, x + total, y, 0.15)
            continue
        cells = [wrap(v, "Sans", size, c.width - 2) for c, v in zip(cols, row, strict=True)]
        n = max(len(v) for v in cells)
        start = 0
        while start < n:
            room = int((p.h - bottom - y - 2.4) // lead)
            if room <= 0 or (not split and n * lead + 2.4 > p.h - bottom - y):
                y = new_page()
                continue
            take = min(room, n - start) if split else n
            cx = x
            for c, ls in zip(cols, cells, strict=True):
                for k, ln in enumerate(ls[start : start + take]):
                    tx = cx + 1 if c.align == "l" else (cx + c.width - 1 if c.align == "r" else cx + c.width / 2)
                    p.text(tx, y + 1.2 + size * 0.35 + k * lead, ln, size, "Sans", c.align)
                cx += c.width
            y += take * lead + 2.4
            start += take
            if start < n:
                if splits is not None:
                    splits.append(start)
                y = new_page()
        p.hline(x, x + total, y, 0.2)
    return y


# --------------------------------------------------------------------------------------------------
# Families


def fam_subiekt_nabywca_odbiorca_urzad(rng: random.Random) -> Sample:
    """Subiekt-like 'Faktura VAT FS 12/MAG/2026': Nabywca the gmina, Odbiorca its office without NIP, Symbol column."""
    buyer = pick_jst(rng, powiat=False)
    items = mixed_items(rng, (1, 3), (0, 2))
    no = f"FS {rng.randint(1, 900)}/MAG/2026"
    doc = mk(rng, no, items, buyer=buyer)
    ms = "space"
    net, vat, gross = doc.totals()
    p = Pdf()
    p.text(p.w - 15, 14, f"{doc.place}, {date_fmt(doc.issue_date)}", 8.5, "Sans", "r")
    p.text(p.w / 2, 26, f"Faktura VAT  {no}", 15, "Sans-Bold", "c")
    p.text(p.w / 2, 31, "oryginał", 8, "Sans-Italic", "c")
    p.lines(
        p.w - 15,
        38,
        [f"Data wystawienia: {date_fmt(doc.issue_date)}", f"Data dostawy/wykonania usługi: {date_fmt(doc.sale_date)}"],
        8,
        align="r",
        lead=4.2,
    )
    p.text(15, 38, "Sprzedawca:", 8, "Sans-Bold")
    p.lines(
        15,
        43,
        [doc.seller.name, doc.seller.street, doc.seller.city, f"NIP: {nip_fmt(doc.seller.nip, 'dash')}"],
        8.5,
        lead=4.1,
    )
    p.text(
        15,
        65,
        f"Bank: {rng.choice(('PKO BP S.A.', 'Bank Pekao S.A.', 'Santander Bank Polska S.A.'))}"
        f"  nr rachunku: {doc.bank}",
        7.5,
    )
    p.rect(15, 71, 88, 26, 0.4)
    p.rect(107, 71, 88, 26, 0.4)
    p.text(18, 76, "Nabywca:", 8, "Sans-Bold")
    p.lines(18, 81, [buyer.name, buyer.street, buyer.city, f"NIP: {nip_fmt(buyer.nip, 'dash')}"], 8.5, lead=4.1)
    p.text(110, 76, "Odbiorca:", 8, "Sans-Bold")
    p.lines(110, 81, [office_of(buyer), buyer.street, buyer.city], 8.5, lead=4.1)
    cols = [
        Col("Lp.", 7, "c"),
        Col("Nazwa", 58),
        Col("Symbol", 22),
        Col("Ilość", 10, "r"),
        Col("J.m.", 9, "c"),
        Col("Cena netto", 17, "r"),
        Col("Wartość netto", 19, "r"),
        Col("VAT", 9, "c"),
        Col("Kwota VAT", 16, "r"),
        Col("Wartość brutto", 19, "r"),
    ]
    rows = [
        [
            f"{k}",
            it.name,
            it.codes[0],
            qty_fmt(it.qty),
            it.unit,
            money(it.unit_price or 0, ms),
            money(it.net or 0, ms),
            rate_label(it.vat_rate),
            money(it.vat or 0, ms),
            money(it.gross or 0, ms),
        ]
        for k, it in enumerate(items, 1)
    ]
    rows.append(["", "Razem:", "", "", "", "", money(net, ms), "", money(vat, ms), money(gross, ms)])
    y = table(p, 12, 104, cols, rows, TableStyle(size=7.3, head_fill=0.85))
    y = vat_table(p, 100, y + 5, doc, ms)
    p.text(15, y + 8, f"Razem do zapłaty: {money(gross, ms)} PLN", 11, "Sans-Bold")
    p.text(15, y + 13, f"Słownie: {words_pln(gross)}", 8)
    p.text(15, y + 18, f"Forma płatności: przelew, termin płatności: {date_fmt(due(doc))}", 8)
    sig(p, y + 42, "Odebrał(a)", "Wystawił(a)")
    p.text(p.w / 2, p.h - 8, "Subiekt nexo PRO – wydruk z programu", 6.5, "Sans", "c")
    return Sample(p.bytes(), (doc,))


def fam_line_and_order_discount(rng: random.Random) -> Sample:
    """Web invoice: catalogue price, line 'Rabat %', then a discount on the whole order deducted per rate under the
    table; the line nets do not add up to the net total."""
    ents = distinct(rng, HW, rng.randint(2, 4)) + distinct(rng, SOFT, rng.randint(0, 2))
    items, cats = [], []
    for e in ents:
        cat = Decimal(rng.randint(e[2][0] * 100, e[2][1] * 100)) / 100
        pct = Decimal(rng.choice((0, 0, 5, 8, 10, 12, 15)))
        cats.append((cat, pct))
        items.append(line(rng, e, price=q2(cat * (100 - pct) / 100)))
    order_pct = Decimal(rng.choice((2, 3, 5)))
    no = f"{rng.randint(1, 99)}/{rng.randint(1, 12):02d}/2026"
    doc = mk(rng, no, items, cls=OrderDiscountDoc, order_pct=order_pct, print_item_vat=False, item_amounts=("net",))
    ms = "space"
    p = Pdf()
    p.text(15, 20, "Faktura VAT", 18, "Sans-Bold")
    p.text(15, 27, f"nr {no}", 11)
    p.lines(
        p.w - 15,
        16,
        [
            f"Data wystawienia: {date_fmt(doc.issue_date, 'iso')}",
            f"Data sprzedaży: {date_fmt(doc.sale_date, 'iso')}",
            f"Termin płatności: {date_fmt(due(doc), 'iso')}",
        ],
        8,
        align="r",
        lead=4.3,
    )
    for x, cap, pt in ((15, "SPRZEDAWCA", doc.seller), (108, "NABYWCA", doc.buyer)):
        p.text(x, 40, cap, 7, "Sans-Bold", spacing=0.8)
        p.lines(x, 46, [pt.name, pt.street, pt.city, f"NIP {pt.nip}"], 9, lead=4.4)
    cols = [
        Col("Lp.", 7, "c"),
        Col("Nazwa", 70),
        Col("Ilość", 11, "r"),
        Col("J.m.", 9, "c"),
        Col("Cena katalogowa", 20, "r"),
        Col("Rabat %", 13, "r"),
        Col("Cena netto", 20, "r"),
        Col("VAT", 10, "c"),
        Col("Wartość netto", 22, "r"),
    ]
    rows = [
        [
            f"{k}",
            it.name,
            qty_fmt(it.qty),
            it.unit,
            money(c, ms),
            f"{pc}%" if pc else "–",
            money(it.unit_price or 0, ms),
            rate_label(it.vat_rate),
            money(it.net or 0, ms),
        ]
        for k, (it, (c, pc)) in enumerate(zip(items, cats, strict=True), 1)
    ]
    y = table(p, 12, 70, cols, rows, TableStyle(size=7.4, grid=False, rules=True, head_fill=0.93))
    base = sum((i.net or Decimal(0) for i in items), Decimal(0))
    disc = sum((doc.discount(n) for _r, n, _v, _g in Doc.rate_summary(doc)), Decimal(0))
    y += 6
    for lab, val in (
        ("Suma wartości pozycji netto:", money(base, ms)),
        (f"Rabat od wartości zamówienia {order_pct}%:", "-" + money(disc, ms)),
    ):
        p.text(150, y, lab, 8, "Sans", "r")
        p.text(p.w - 15, y, val + " zł", 8, "Sans", "r")
        y += 4.6
    y = vat_table(p, 98, y + 2, doc, ms)
    gross = doc.totals()[2]
    p.text(p.w - 15, y + 9, f"Do zapłaty: {money(gross, ms)} zł", 12, "Sans-Bold", "r")
    p.text(
        15,
        y + 18,
        "Rabat od wartości zamówienia obniża podstawę opodatkowania (art. 29a ust. 7 pkt 1 ustawy o VAT).",
        7.2,
    )
    p.text(15, y + 22, f"Przelew na konto {doc.bank}", 7.2)
    return Sample(p.bytes(), (doc,))


def fam_eur_seller_pln_column_per_line(rng: random.Random) -> Sample:
    """German company registered for VAT in Poland invoicing in EUR with Polish VAT: each line also has its
    net value in PLN at the NBP rate in the last column."""
    seller = Party(
        rng.choice(("Nordlicht Software GmbH", "Rheinland IT-Systeme GmbH", "Sicher-Netz Deutschland GmbH")),
        rng.choice(("Friedrichstraße 123", "Am Hafen 7", "Industriestraße 44")),
        rng.choice(("10117 Berlin, Niemcy", "01067 Dresden, Niemcy", "02826 Görlitz, Niemcy")),
        make_nip(rng),
    )
    ents = distinct(rng, SOFT + HW[3:6], rng.randint(2, 4))
    items = [
        line(rng, e, price=q2(Decimal(rng.randint(e[2][0] * 100, e[2][1] * 100)) / 100 / Decimal("4.28"))) for e in ents
    ]
    no = f"RE-2026-{rng.randint(1000, 9999)}"
    doc = mk(rng, no, items, seller=seller, currency="EUR")
    rate = Decimal(rng.randint(41800, 43600)) / 10000
    table_no = f"{rng.randint(10, 220):03d}/A/NBP/2026"
    ms = "space"
    net, vat, gross = doc.totals()
    p = Pdf()
    p.text(15, 18, seller.name, 13, "Sans-Bold")
    p.text(15, 23, f"{seller.street}, {seller.city}", 8)
    p.text(15, 27, f"USt-IdNr.: DE{rng.randint(100000000, 999999999)}   NIP (PL): PL{seller.nip}", 8)
    p.text(p.w - 15, 18, "FAKTURA VAT / RECHNUNG", 12, "Sans-Bold", "r")
    p.text(p.w - 15, 24, f"Nr {no}", 10, "Sans", "r")
    p.lines(
        p.w - 15,
        30,
        [f"Data wystawienia: {date_fmt(doc.issue_date)}", f"Data dostawy: {date_fmt(doc.sale_date)}", "Waluta: EUR"],
        8,
        align="r",
        lead=4.1,
    )
    p.text(15, 44, "Nabywca / Käufer:", 8, "Sans-Bold")
    p.lines(
        15, 49, [doc.buyer.name, doc.buyer.street, doc.buyer.city, f"NIP: {nip_fmt(doc.buyer.nip, 'pl')}"], 9, lead=4.3
    )
    cols = [
        Col("Lp.", 7, "c"),
        Col("Nazwa / Bezeichnung", 62),
        Col("Ilość", 10, "r"),
        Col("J.m.", 9, "c"),
        Col("Cena netto EUR", 18, "r"),
        Col("Wartość netto EUR", 20, "r"),
        Col("VAT", 9, "c"),
        Col("Wartość brutto EUR", 21, "r"),
        Col("Wartość netto PLN", 21, "r"),
    ]
    rows = [
        [
            f"{k}",
            it.name,
            qty_fmt(it.qty),
            it.unit,
            money(it.unit_price or 0, ms),
            money(it.net or 0, ms),
            rate_label(it.vat_rate),
            money(it.gross or 0, ms),
            money(q2((it.net or Decimal(0)) * rate), ms),
        ]
        for k, it in enumerate(items, 1)
    ]
    y = table(p, 12, 72, cols, rows, TableStyle(size=7.2, head_fill=0.9))
    y += 6
    for lab, v in (("Razem netto", net), ("VAT 23%", vat), ("Razem brutto", gross)):
        p.text(140, y, lab, 8.5, "Sans-Bold" if lab.startswith("Razem b") else "Sans")
        p.text(p.w - 15, y, f"{money(v, ms)} EUR", 8.5, "Sans-Bold" if lab.startswith("Razem b") else "Sans", "r")
        y += 4.8
    y += 3
    p.rect(15, y, p.w - 30, 17, 0.4)
    p.lines(
        18,
        y + 5,
        [
            "Przeliczenie na PLN (art. 31a ustawy o VAT): kurs średni NBP "
            f"{f'{rate:.4f}'.replace('.', ',')} PLN/EUR, tabela {table_no}",
            f"Wartość netto: {money(q2(net * rate), ms)} PLN   Kwota VAT: {money(q2(vat * rate), ms)} PLN",
            "Sprzedaż krajowa z magazynu w Polsce – podatek VAT naliczony według polskich stawek.",
        ],
        7.5,
        lead=4,
    )
    p.text(
        15,
        y + 25,
        f"IBAN: DE{rng.randint(10, 99)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)} "
        f"{rng.randint(1000, 9999)} {rng.randint(1000, 9999)} {rng.randint(10, 99)}  BIC: COBADEFFXXX",
        7.5,
    )
    p.text(15, y + 29, f"Zahlbar bis / Termin płatności: {date_fmt(due(doc))}", 7.5)
    return Sample(p.bytes(), (doc,))


def fam_mpp_message_ksef_number(rng: random.Random) -> Sample:
    """Optima-like invoice: KSeF number under the title, split payment, and the MPP transfer message
    '/VAT/…/IDC/…/INV/…/TXT/…' printed in the payment box."""
    items = mixed_items(rng, (1, 3), (1, 2))
    no = f"FA/{rng.randint(1, 700)}/2026"
    doc = mk(rng, no, items)
    ks = ksef_number(rng, doc)
    ms = "space"
    _net, vat, gross = doc.totals()
    p = Pdf()
    p.rect(15, 12, 90, 18, 0.6)
    p.text(18, 19, "FAKTURA VAT", 13, "Sans-Bold")
    p.text(18, 26, f"Numer: {no}", 10, "Sans-Bold")
    p.text(15, 35, f"Numer KSeF: {ks}", 7.5, "Mono")
    grid = [
        ("Data wystawienia", date_fmt(doc.issue_date)),
        ("Data sprzedaży", date_fmt(doc.sale_date)),
        ("Miejsce wystawienia", doc.place),
        ("Oryginał/Kopia", "ORYGINAŁ"),
    ]
    for k, (lab, val) in enumerate(grid):
        x, yy = 112 + (k % 2) * 42, 12 + (k // 2) * 11
        p.rect(x, yy, 41, 10, 0.4)
        p.text(x + 1.5, yy + 3.3, lab, 6.5)
        p.text(x + 1.5, yy + 8, val, 8.5, "Sans-Bold")
    for x, cap, pt in ((15, "Sprzedawca", doc.seller), (108, "Nabywca", doc.buyer)):
        p.rect(x, 42, 87, 27, 0.4)
        p.text(x + 2, 46.5, cap, 7.5, "Sans-Bold")
        p.lines(x + 2, 51.5, [pt.name, pt.street, pt.city, f"NIP: {nip_fmt(pt.nip, 'dash')}"], 8.3, lead=4)
    p.rect(15, 73, p.w - 30, 7, 0.6, fill=0.9)
    p.text(p.w / 2, 77.7, "MECHANIZM PODZIELONEJ PŁATNOŚCI", 9, "Sans-Bold", "c")
    cols = [
        Col("Lp", 7, "c"),
        Col("Nazwa", 68),
        Col("Ilość", 11, "r"),
        Col("Jm", 9, "c"),
        Col("Cena netto", 19, "r"),
        Col("St. VAT", 11, "c"),
        Col("Wartość netto", 21, "r"),
        Col("Wartość VAT", 18, "r"),
        Col("Wartość brutto", 21, "r"),
    ]
    rows = [
        [
            f"{k}",
            it.name,
            qty_fmt(it.qty),
            it.unit,
            money(it.unit_price or 0, ms),
            rate_label(it.vat_rate),
            money(it.net or 0, ms),
            money(it.vat or 0, ms),
            money(it.gross or 0, ms),
        ]
        for k, it in enumerate(items, 1)
    ]
    y = table(p, 12, 84, cols, rows, TableStyle(size=7.3))
    y = vat_table(p, 99, y + 4, doc, ms)
    p.rect(15, y + 5, p.w - 30, 24, 0.4)
    p.lines(
        18,
        y + 10,
        [
            f"Forma płatności: przelew   Termin: {date_fmt(due(doc))}   Rachunek: {doc.bank}",
            f"Do zapłaty: {money(gross, ms)} PLN, w tym VAT {money(vat, ms)} PLN",
            f"Komunikat przelewu MPP: /VAT/{money(vat, 'comma')}/IDC/{doc.seller.nip}/INV/{no}/TXT/dostawa sprzętu IT",
            f"Słownie: {words_pln(gross)}",
        ],
        7.8,
        lead=4.4,
    )
    p.text(15, p.h - 10, "Comarch ERP Optima – wydruk", 6.5)
    return Sample(p.bytes(), (doc,))


def dash_amount(x: Decimal) -> str:
    """A whole amount the old way: '1 500,-'."""
    assert x == x.to_integral_value()
    return money(x).split(",")[0] + ",-"


def fam_whole_amounts_dash(rng: random.Random) -> Sample:
    """One-person firm's word template, serif: whole amounts printed '1 500,- zł', units 'usł.', 'm-c', 'godz.'."""
    seller = pick_seller(rng, rng.choice(("Usługi Informatyczne Piotr Zieliński", "GigaSerwis Krzysztof Pawlak")))
    ents = [
        ("Opieka informatyczna urzędu – abonament", "m-c", (8, 30), "23"),
        ("Prace administracyjne poza abonamentem", "godz.", (1, 2), "23"),
        ("Konfiguracja kopii zapasowych serwera plików", "usł.", (10, 40), "23"),
        ("Przegląd konfiguracji sieci i urządzeń brzegowych", "usł.", (15, 60), "23"),
        TRAINING[0][:4],
    ]
    chosen = [ents[0], *rng.sample(ents[1:], rng.randint(1, 3))]
    items = []
    for e in chosen:
        if e[1] == "m-c":
            items.append(line(rng, e, qty=rng.choice((1, 2, 3)), price=Decimal(rng.randint(*e[2]) * 100)))
        elif e[1] == "godz.":
            items.append(line(rng, e, qty=rng.choice((4, 6, 10, 12)), price=Decimal(rng.choice((100, 150, 200)))))
        elif e[3] == "zw":
            items.append(line(rng, e, qty=1, price=Decimal(rng.randint(24, 48) * 100)))
        else:
            items.append(line(rng, e, qty=1, price=Decimal(rng.randint(*e[2]) * 100)))
    no = f"{rng.randint(1, 40)}/{rng.randint(1, 12)}/2026"
    doc = mk(rng, no, items, seller=seller)
    net, _vat, gross = doc.totals()
    p = Pdf()
    f, fb = "Serif", "Serif-Bold"
    p.text(p.w - 20, 18, f"{doc.place}, dnia {date_fmt(doc.issue_date)} r.", 10, f, "r")
    p.text(20, 20, seller.name, 11, fb)
    p.lines(
        20,
        25,
        [
            seller.street,
            seller.city,
            f"NIP {nip_fmt(seller.nip, 'dash')}",
            f"tel. 6{rng.randint(10, 99)} {rng.randint(100, 999)} {rng.randint(100, 999)}",
        ],
        9.5,
        f,
        lead=4.6,
    )
    p.text(p.w / 2, 56, f"Faktura nr {no}", 16, fb, "c")
    p.text(p.w / 2, 63, f"Data wykonania usługi: {date_fmt(doc.sale_date)} r.", 9.5, f, "c")
    p.text(110, 74, "Nabywca:", 10, fb)
    p.lines(
        110,
        80,
        [doc.buyer.name, doc.buyer.street, doc.buyer.city, f"NIP {nip_fmt(doc.buyer.nip, 'dash')}"],
        10,
        f,
        lead=4.8,
    )
    cols = [
        Col("Lp.", 9, "c"),
        Col("Nazwa usługi", 62),
        Col("Ilość", 12, "c"),
        Col("J.m.", 12, "c"),
        Col("Cena netto", 20, "r"),
        Col("Wartość netto", 21, "r"),
        Col("VAT", 10, "c"),
        Col("Wartość brutto", 22, "r"),
    ]
    rows = [
        [
            f"{k}.",
            it.name,
            qty_fmt(it.qty),
            it.unit,
            dash_amount(it.unit_price or Decimal(0)),
            dash_amount(it.net or Decimal(0)),
            rate_label(it.vat_rate),
            dash_amount(it.gross or Decimal(0)),
        ]
        for k, it in enumerate(items, 1)
    ]
    rows.append(["", "RAZEM", "", "", "", dash_amount(net), "", dash_amount(gross)])
    y = table(p, 18, 104, cols, rows, TableStyle(size=8.5, font=f, head_font=fb))
    y += 6
    for r, n, v, g in doc.rate_summary():
        p.text(
            20,
            y,
            f"w tym {rate_label(r)}: netto {dash_amount(n)} zł, VAT {dash_amount(v)} zł, brutto {dash_amount(g)} zł",
            9,
            f,
        )
        y += 4.8
    p.text(20, y + 5, f"Do zapłaty: {dash_amount(gross)} zł", 12, fb)
    p.text(20, y + 11, f"Słownie: {words_pln(gross)}", 9, f)
    p.text(20, y + 17, f"Płatne przelewem w terminie {doc.due_days} dni na rachunek nr {doc.bank}", 9, f)
    if any(i.vat_rate == "zw" for i in items):
        p.text(20, y + 22, "Zwolnienie z VAT szkolenia: art. 43 ust. 1 pkt 29 lit. c ustawy o VAT.", 8.5, f)
    sig(p, y + 48, "podpis osoby upoważnionej do odbioru", "podpis osoby upoważnionej do wystawienia", f)
    return Sample(p.bytes(), (doc,))


def fam_row_split_across_pages(rng: random.Random) -> Sample:
    """Browser-printed web invoice, long table over pages: the heading repeats, and a row that does not fit is
    split across the break (the rest of its name continues at the top of the next page)."""
    ents = list(HW) + list(SOFT) + list(SERVICES)
    rng.shuffle(ents)
    tails = (
        "gwarancja 36 m-cy on-site NBD",
        "dostawa wraz z wniesieniem i instalacją",
        "zgodnie z OPZ cz. II",
        "licencja na Zamawiającego, dostęp do aktualizacji",
        "dokumentacja powykonawcza w języku polskim",
    )
    base = [line(rng, e) for e in ents]
    picks = [rng.choice(tails) for _ in base]
    no = f"FV/{rng.randint(1, 12):02d}/{rng.randint(100, 999)}/2026"
    stamp = f"10:{rng.randint(10, 59)}"
    url = f"https://faktury.example-erp.pl/invoices/{rng.randint(10000, 99999)}/print"
    probe = mk(rng, no, base)
    named = [
        replace(it, name=f"{it.name}; {t} (poz. {k} OPZ)") for k, (it, t) in enumerate(zip(base, picks, strict=True), 1)
    ]
    more = rng.randint(0, 3)  # rows after the split one (they do not move the break)
    for n in range(12, len(base) + 1):  # the fewest lines whose table breaks inside a row
        for fill in range(0, 24, 3):  # how far down page 1 the table starts (a note above it, or none)
            _smp, split = _render_row_split(replace(probe, items=tuple(named[:n])), no, stamp, url, fill)
            if split:
                smp, split = _render_row_split(replace(probe, items=tuple(named[: n + more])), no, stamp, url, fill)
                assert split
                return smp
    raise AssertionError("no row split")


def _render_row_split(doc: Doc, no: str, stamp: str, url: str, fill: int) -> tuple[Sample, bool]:
    ms = "space"
    items = doc.items
    gross = doc.totals()[2]
    p = Pdf()

    def header(pp: Pdf) -> float:
        pp.text(10, 7, f"{date_fmt(doc.issue_date)}, {stamp}", 6.5)
        pp.text(pp.w / 2, 7, f"Faktura {no}", 6.5, "Sans", "c")
        pp.text(10, pp.h - 6, url, 6.5)
        pp.text(pp.w - 10, pp.h - 6, f"{pp.page_no}", 6.5, "Sans", "r")
        return 14.0

    p.on_page = header
    header(p)
    p.text(15, 22, f"Faktura VAT {no}", 15, "Sans-Bold")
    p.lines(
        p.w - 15,
        18,
        [f"Wystawiona: {date_fmt(doc.issue_date)}", f"Sprzedaż: {date_fmt(doc.sale_date or doc.issue_date)}"],
        8,
        align="r",
        lead=4.2,
    )
    for x, cap, pt in ((15, "Sprzedawca", doc.seller), (108, "Nabywca", doc.buyer)):
        p.text(x, 34, cap, 7.5, "Sans-Bold")
        p.lines(x, 39, [pt.name, f"{pt.street}, {pt.city}", f"NIP: {pt.nip}"], 8.5, lead=4.1)
    if fill:
        p.text(
            15,
            55 + fill / 2,
            "Zamówienie z platformy zakupowej – dostawa sprzętu i usług zgodnie z opisem przedmiotu zamówienia.",
            7.5,
        )
    cols = [
        Col("Lp.", 7, "c"),
        Col("Nazwa", 74),
        Col("Ilość", 10, "r"),
        Col("J.m.", 9, "c"),
        Col("Cena netto", 19, "r"),
        Col("Wartość netto", 21, "r"),
        Col("VAT", 9, "c"),
        Col("Wartość brutto", 21, "r"),
    ]
    rows: list[list[str] | Note] = [
        [
            f"{k}",
            it.name,
            qty_fmt(it.qty),
            it.unit,
            money(it.unit_price or 0, ms),
            money(it.net or 0, ms),
            rate_label(it.vat_rate),
            money(it.gross or 0, ms),
        ]
        for k, it in enumerate(items, 1)
    ]
    splits: list[int] = []
    y = flow_table(p, 12, 56 + fill, cols, rows, size=8.2, split=True, bottom=16, splits=splits)
    if y > p.h - 70:
        y = p.new_page()
    y = vat_table(p, 99, y + 5, doc, ms)
    p.text(p.w - 15, y + 8, f"Do zapłaty: {money(gross, ms)} PLN", 11, "Sans-Bold", "r")
    p.text(15, y + 15, f"Termin płatności: {date_fmt(due(doc))}, przelew na rachunek {doc.bank}", 7.5)
    return Sample(p.bytes(), (doc,)), bool(splits)


def fam_serial_numbers_annex_page(rng: random.Random) -> Sample:
    """Invoice on page 1; page 2 'Załącznik nr 1 do faktury – wykaz numerów seryjnych', one row per unit with the
    item name repeated (the annex holds no items of its own)."""
    hw = [line(rng, e, qty=rng.choice((1, 2, 3, 4, 5, 6))) for e in distinct(rng, HW, rng.randint(2, 4))]
    items = hw + [line(rng, e) for e in distinct(rng, SERVICES, rng.randint(0, 1))]
    no = f"{rng.randint(100, 999)}/FV/2026"
    doc = mk(rng, no, items)
    ms = "dot"
    _net, _vat, gross = doc.totals()
    p = Pdf()
    p.text(15, 18, f"FAKTURA VAT nr {no}", 14, "Sans-Bold")
    p.lines(15, 25, [f"Data wystawienia: {date_fmt(doc.issue_date)}   Data sprzedaży: {date_fmt(doc.sale_date)}"], 8.5)
    for x, cap, pt in ((15, "Sprzedawca", doc.seller), (108, "Nabywca", doc.buyer)):
        p.text(x, 36, cap, 8, "Sans-Bold")
        p.lines(x, 41, [pt.name, pt.street, pt.city, f"NIP {nip_fmt(pt.nip, 'space')}"], 8.8, lead=4.2)
    cols = [
        Col("Lp.", 8, "c"),
        Col("Nazwa towaru / usługi", 72),
        Col("Ilość", 11, "r"),
        Col("J.m.", 9, "c"),
        Col("Cena netto", 19, "r"),
        Col("Wartość netto", 21, "r"),
        Col("VAT %", 10, "c"),
        Col("Wartość brutto", 22, "r"),
    ]
    rows = [
        [
            f"{k}",
            it.name,
            qty_fmt(it.qty),
            it.unit,
            money(it.unit_price or 0, ms),
            money(it.net or 0, ms),
            rate_label(it.vat_rate, "n"),
            money(it.gross or 0, ms),
        ]
        for k, it in enumerate(items, 1)
    ]
    y = table(p, 12, 64, cols, rows, TableStyle(size=7.6, head_fill=0.9))
    y = vat_table(p, 99, y + 5, doc, ms)
    p.text(15, y + 8, f"Do zapłaty: {money(gross, ms)} zł", 11, "Sans-Bold")
    p.text(
        15,
        y + 14,
        "Numery seryjne dostarczonego sprzętu – w załączniku nr 1 (str. 2). "
        f"Przelew: {doc.bank}, termin {date_fmt(due(doc))}",
        7.5,
    )
    sig(p, y + 36, "Odbiorca", "Wystawca")
    p.text(p.w / 2, p.h - 8, "Strona 1 z 2", 7, "Sans", "c")
    y = p.new_page()
    p.text(15, 20, f"Załącznik nr 1 do faktury nr {no} z dnia {date_fmt(doc.issue_date)}", 11, "Sans-Bold")
    p.text(15, 26, "Wykaz numerów seryjnych dostarczonego sprzętu", 9)
    srow: list[list[str]] = []
    k = 0
    for it in hw:
        for sn in serials(rng, int(it.qty)):
            k += 1
            srow.append(
                [f"{k}", it.name, "1", sn, f"{due(doc).year + 3}-{due(doc).month:02d}-{min(due(doc).day, 28):02d}"]
            )
    table(
        p,
        15,
        34,
        [
            Col("Lp.", 9, "c"),
            Col("Nazwa", 90),
            Col("Ilość", 11, "c"),
            Col("Numer seryjny", 36),
            Col("Gwarancja do", 26, "c"),
        ],
        srow,
        TableStyle(size=7.4, grid=False, rules=True),
    )
    p.text(p.w / 2, p.h - 8, "Strona 2 z 2", 7, "Sans", "c")
    return Sample(p.bytes(), (doc,))


def fam_kontrahent_symfonia_four_decimal_qty(rng: random.Random) -> Sample:
    """Symfonia-like printout: 'Faktura VAT sprzedaży', the buyer captioned 'Kontrahent' with a customer code,
    quantities '2,0000', rates without '%'."""
    items = mixed_items(rng, (2, 4), (0, 1))
    no = f"FVS/{rng.randint(1, 2000):04d}/26"
    doc = mk(rng, no, items)
    ms = "space"
    net, vat, gross = doc.totals()
    buyer = doc.buyer
    p = Pdf()
    p.text(15, 15, doc.seller.name, 10, "Sans-Bold")
    p.text(15, 19.5, f"{doc.seller.street}, {doc.seller.city}   NIP: {doc.seller.nip}", 7.5)
    p.hline(15, p.w - 15, 22, 0.4)
    p.text(15, 31, "Faktura VAT sprzedaży", 13, "Sans-Bold")
    p.text(15, 37, f"Nr: {no}", 10)
    p.lines(
        120,
        29,
        [
            f"Data wystawienia:  {date_fmt(doc.issue_date, 'dash')}",
            f"Data sprzedaży:  {date_fmt(doc.sale_date, 'dash')}",
            f"Nr dok. zewn.: ZAM/{rng.randint(1, 300)}/2026",
        ],
        8,
        lead=4.2,
    )
    code = "GM_" + buyer.city.split(" ", 1)[1].upper().replace(" ", "_")
    p.text(15, 48, "Kontrahent:", 8.5, "Sans-Bold")
    p.text(40, 48, f"[{code}]", 8, "Mono")
    p.lines(15, 53, [buyer.name, f"{buyer.street}, {buyer.city}", f"NIP: {nip_fmt(buyer.nip, 'dash2')}"], 9, lead=4.3)
    cols = [
        Col("Lp", 7, "c"),
        Col("Symbol", 22),
        Col("Nazwa", 60),
        Col("Ilość", 15, "r"),
        Col("Jm", 8, "c"),
        Col("Cena", 18, "r"),
        Col("Wartość netto", 20, "r"),
        Col("St.", 8, "c"),
        Col("Wartość brutto", 21, "r"),
    ]
    rows = [
        [
            f"{k}",
            it.codes[0],
            it.name,
            f"{it.qty:.4f}".replace(".", ","),
            it.unit,
            money(it.unit_price or 0, ms),
            money(it.net or 0, ms),
            rate_label(it.vat_rate, "n"),
            money(it.gross or 0, ms),
        ]
        for k, it in enumerate(items, 1)
    ]
    y = table(p, 13, 70, cols, rows, TableStyle(size=7.3, grid=False, rules=True))
    y += 4
    rows2 = [[rate_label(r, "n"), money(n, ms), money(v, ms), money(g, ms)] for r, n, v, g in doc.rate_summary()]
    rows2.append(["Ogółem", money(net, ms), money(vat, ms), money(gross, ms)])
    y = table(
        p,
        100,
        y,
        [Col("Stawka", 18, "c"), Col("Netto", 26, "r"), Col("VAT", 24, "r"), Col("Brutto", 26, "r")],
        rows2,
        TableStyle(size=7.8, grid=False, rules=True),
    )
    p.text(15, y + 8, f"Do zapłaty: {money(gross, ms)} PLN", 11, "Sans-Bold")
    p.text(15, y + 13, f"Słownie: {words_pln(gross)}", 7.8)
    p.text(15, y + 18, f"Sposób zapłaty: przelew {doc.due_days} dni ({date_fmt(due(doc), 'dash')}), {doc.bank}", 7.8)
    p.text(15, p.h - 10, "Symfonia Handel – wydruk", 6.5)
    return Sample(p.bytes(), (doc,))


def paren(x: Decimal, ms: str = "space") -> str:
    return f"({money(abs(x), ms)})" if x < 0 else money(x, ms)


def fam_correction_qty_parentheses(rng: random.Random) -> Sample:
    """Comarch-XL-like quantity correction (units returned): per item rows 'przed korektą', 'po korekcie',
    'korekta', the corrections in parentheses '(1 234,56)'."""
    ents = distinct(rng, HW, rng.randint(1, 3))
    before = [replace(line(rng, e, qty=rng.choice((3, 4, 5, 6, 8, 10))), before_correction=True) for e in ents]
    after = []
    for it in before:
        q = it.qty - rng.choice((1, 1, 2))
        net = q2((it.unit_price or Decimal(0)) * q)
        v = q2(net * Decimal("0.23"))
        after.append(replace(it, qty=q, net=net, vat=v, gross=net + v, before_correction=False))
    no = f"FSK-{rng.randint(1, 90)}/26"
    orig = f"FS-{rng.randint(100, 999)}/26"
    doc = mk(rng, no, before + after, kind="correction", corrected_number=orig, reason="zwrot towaru")
    orig_date = doc.issue_date - timedelta(days=rng.randint(8, 30))
    doc = replace(doc, corrected_date=orig_date, sale_date=orig_date)
    ms = "space"
    nb, vb, gb = doc.totals(doc.before_items)
    na, va, ga = doc.totals(doc.after_items)
    p = Pdf()
    p.text(15, 17, "FAKTURA KORYGUJĄCA", 14, "Sans-Bold")
    p.text(15, 23, f"Nr {no}", 10, "Sans-Bold")
    p.lines(
        15,
        29,
        [
            f"do faktury {orig} z dnia {date_fmt(orig_date)}",
            f"Data wystawienia korekty: {date_fmt(doc.issue_date)}",
            f"Data sprzedaży: {date_fmt(orig_date)}",
            f"Przyczyna korekty: zwrot {sum(b.qty - a.qty for b, a in zip(before, after, strict=True))} szt."
            " – niezgodność z zamówieniem",
        ],
        8,
        lead=4.2,
    )
    for x, cap, pt in ((15, "Sprzedawca:", doc.seller), (108, "Nabywca:", doc.buyer)):
        p.text(x, 52, cap, 8, "Sans-Bold")
        p.lines(x, 57, [pt.name, pt.street, pt.city, f"NIP {nip_fmt(pt.nip, 'dash')}"], 8.6, lead=4.1)
    cols = [
        Col("Lp", 7, "c"),
        Col("Towar", 60),
        Col("", 20),
        Col("Ilość", 12, "r"),
        Col("J.m.", 8, "c"),
        Col("Cena netto", 18, "r"),
        Col("Wartość netto", 21, "r"),
        Col("VAT", 8, "c"),
        Col("Kwota VAT", 17, "r"),
        Col("Wartość brutto", 20, "r"),
    ]
    rows = []
    for k, (b, a) in enumerate(zip(before, after, strict=True), 1):
        for lab, it in (("przed korektą", b), ("po korekcie", a)):
            rows.append(
                [
                    f"{k}" if lab.startswith("przed") else "",
                    it.name if lab.startswith("przed") else "",
                    lab,
                    qty_fmt(it.qty),
                    it.unit,
                    money(it.unit_price or 0, ms),
                    money(it.net or 0, ms),
                    "23",
                    money(it.vat or 0, ms),
                    money(it.gross or 0, ms),
                ]
            )
        rows.append(
            [
                "",
                "",
                "korekta",
                f"({qty_fmt(b.qty - a.qty)})",
                b.unit,
                "",
                paren((a.net or Decimal(0)) - (b.net or Decimal(0))),
                "",
                paren((a.vat or Decimal(0)) - (b.vat or Decimal(0))),
                paren((a.gross or Decimal(0)) - (b.gross or Decimal(0))),
            ]
        )
    y = table(p, 10, 80, cols, rows, TableStyle(size=7.0, head_fill=0.88))
    y += 5
    for lab, vals in (
        ("Przed korektą", (nb, vb, gb)),
        ("Po korekcie", (na, va, ga)),
        ("Korekta", (na - nb, va - vb, ga - gb)),
    ):
        p.text(95, y, lab, 8, "Sans-Bold" if lab == "Korekta" else "Sans")
        for xx, v in zip((140.0, 165.0, p.w - 12), vals, strict=True):
            p.text(xx, y, paren(v), 8, "Sans-Bold" if lab == "Korekta" else "Sans", "r")
        y += 4.6
    p.text(15, y + 6, f"Kwota do zwrotu: {money(gb - ga, ms)} PLN", 11, "Sans-Bold")
    p.text(15, y + 11, f"Słownie: {words_pln(gb - ga)}", 7.8)
    p.text(15, y + 16, "Kwoty w nawiasach oznaczają zmniejszenie.", 7.2, "Sans-Italic")
    sig(p, y + 38, "Podpis odbiorcy", "Podpis wystawcy")
    return Sample(p.bytes(), (doc,))


NBSP = "\u00a0"


def nb_money(x: Decimal) -> str:
    """An amount as a browser's pl-PL number format prints it: no-break spaces between thousands and before 'zł'."""
    return money(x).replace(" ", NBSP) + NBSP + "zł"


def fam_nbsp_web_amounts_decimal_hours(rng: random.Random) -> Sample:
    """Web invoicing app: amounts with no-break spaces ('12 345,67 zł'), hardware plus decimal hours '7,5 godz.',
    a card per party with an icon-like initial, ISO dates."""
    hours = ("Wsparcie administratora – zdalnie", "Wsparcie administratora – na miejscu u Zamawiającego")
    items = [line(rng, e) for e in distinct(rng, HW + SOFT, rng.randint(1, 3))]
    for h in rng.sample(hours, rng.randint(1, 2)):
        items.append(
            line(
                rng,
                (h, "godz.", (120, 220), "23"),
                qty=Decimal(rng.choice(("1.5", "2.25", "3.75", "7.5", "12.5", "0.75"))),
            )
        )
    no = f"FV {rng.randint(1, 500)}/{rng.randint(1, 12)}/2026"
    doc = mk(rng, no, items)
    net, vat, gross = doc.totals()
    p = Pdf()
    p.rect(0, 0, p.w, 9, 0, fill=0.2)
    p.text(15, 26, "Faktura", 20, "Sans-Bold")
    p.text(15, 33, no, 11)
    p.lines(
        p.w - 15,
        20,
        [
            f"Wystawiono {date_fmt(doc.issue_date, 'iso')}",
            f"Sprzedaż {date_fmt(doc.sale_date, 'iso')}",
            f"Płatność do {date_fmt(due(doc), 'iso')}",
        ],
        8.5,
        align="r",
        lead=4.5,
    )
    for x, cap, pt in ((15, "Sprzedawca", doc.seller), (108, "Nabywca", doc.buyer)):
        p.rect(x, 42, 87, 30, 0, fill=0.95)
        p.rect(x + 3, 45, 7, 7, 0, fill=0.7)
        p.text(x + 6.5, 50, pt.name[0], 9, "Sans-Bold", "c")
        p.text(x + 13, 49.5, cap, 7.5, "Sans-Bold")
        p.lines(x + 4, 57, [pt.name, f"{pt.street}, {pt.city}", f"NIP {pt.nip}"], 8.5, lead=4.3)
    cols = [
        Col("#", 7, "c"),
        Col("Nazwa", 70),
        Col("Ilość", 18, "r"),
        Col("Cena netto", 24, "r"),
        Col("VAT", 10, "c"),
        Col("Netto", 24, "r"),
        Col("Brutto", 28, "r"),
    ]
    rows = [
        [
            f"{k}",
            it.name,
            f"{qty_fmt(it.qty)} {it.unit}",
            nb_money(it.unit_price or Decimal(0)),
            rate_label(it.vat_rate),
            nb_money(it.net or Decimal(0)),
            nb_money(it.gross or Decimal(0)),
        ]
        for k, it in enumerate(items, 1)
    ]
    y = table(p, 13, 80, cols, rows, TableStyle(size=7.6, grid=False, rules=True))
    y += 6
    for lab, v in (("Razem netto", net), ("VAT", vat), ("Razem brutto", gross)):
        p.text(150, y, lab, 8.5, "Sans", "r")
        p.text(p.w - 15, y, nb_money(v), 8.5, "Sans-Bold", "r")
        y += 5
    p.rect(108, y + 2, 87, 12, 0, fill=0.9)
    p.text(112, y + 9.5, "Do zapłaty", 10, "Sans-Bold")
    p.text(p.w - 18, y + 9.5, nb_money(gross), 12, "Sans-Bold", "r")
    p.text(15, y + 24, f"Konto: {doc.bank}", 7.5)
    p.text(15, y + 28, "Czas pracy rozliczany co 15 minut wg rejestru zgłoszeń (0,25 godz.).", 7.5)
    return Sample(p.bytes(), (doc,))


def fam_notes_rows_between_items(rng: random.Random) -> Sample:
    """Italic remark rows between the item rows: delivery place, serial numbers, a grant share with an amount."""
    items = mixed_items(rng, (2, 4), (1, 2))
    no = f"{rng.randint(1, 400)}/2026/F"
    buyer = pick_jst(rng)
    doc = mk(rng, no, items, buyer=buyer)
    ms = "space"
    _net, _vat, gross = doc.totals()
    town = buyer.city.split(" ", 1)[1]
    p = Pdf()
    p.text(p.w / 2, 18, "FAKTURA", 16, "Sans-Bold", "c")
    p.text(p.w / 2, 25, f"nr {no}", 11, "Sans", "c")
    p.text(
        p.w / 2,
        30,
        f"z dnia {date_fmt(doc.issue_date, 'words_r')}; data dostawy: {date_fmt(doc.sale_date, 'words_r')}",
        8,
        "Sans",
        "c",
    )
    for x, cap, pt in ((15, "Sprzedawca", doc.seller), (108, "Nabywca", buyer)):
        p.text(x, 42, cap, 8, "Sans-Bold")
        p.lines(x, 47, [pt.name, pt.street, pt.city, f"NIP: {nip_fmt(pt.nip, 'dash')}"], 8.6, lead=4.1)
    rows: list[list[str] | Note] = []
    for k, it in enumerate(items, 1):
        rows.append(
            [
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
        )
        r = rng.random()
        if it.unit == "szt." and r < 0.5:
            rows.append(
                Note("Numery seryjne: " + ", ".join(serials(rng, min(int(it.qty), 4))) + (" …" if it.qty > 4 else ""))
            )
        elif r < 0.75:
            rows.append(
                Note(
                    "Miejsce dostawy: "
                    f"{rng.choice(('Szkoła Podstawowa nr 1', 'Gminny Ośrodek Kultury', 'Biblioteka Publiczna'))}"
                    f" w {town}, "
                    f"{rng.choice(JST_STREETS)}"
                )
            )
    share = q2(gross * Decimal(rng.choice(("0.8", "0.9", "1"))))
    rows.append(
        Note(
            f"W tym {money(share, ms)} zł finansowane ze środków grantu „Cyberbezpieczny Samorząd”"
            f" (umowa nr {rng.randint(1000, 9999)}/2025)."
        )
    )
    cols = [
        Col("Lp.", 7, "c"),
        Col("Nazwa", 66),
        Col("Ilość", 10, "r"),
        Col("J.m.", 9, "c"),
        Col("Cena netto", 18, "r"),
        Col("Wartość netto", 20, "r"),
        Col("VAT", 9, "c"),
        Col("Kwota VAT", 17, "r"),
        Col("Wartość brutto", 20, "r"),
    ]
    y = flow_table(p, 12, 70, cols, rows, size=7.3)
    y = vat_table(p, 99, y + 5, doc, ms)
    p.text(15, y + 8, f"Razem do zapłaty: {money(gross, ms)} zł", 11, "Sans-Bold")
    p.text(15, y + 13, f"Słownie: {words_pln(gross)}", 7.8)
    p.text(15, y + 18, f"Termin płatności: {date_fmt(due(doc))}, przelew: {doc.bank}", 7.8)
    return Sample(p.bytes(), (doc,))


def fam_original_and_copy_two_pages(rng: random.Random) -> Sample:
    """One invoice printed twice in one PDF: page 1 marked ORYGINAŁ, page 2 the same invoice marked KOPIA."""
    items = mixed_items(rng, (1, 3), (0, 2))
    no = f"{rng.randint(1, 300)}/{rng.randint(1, 12):02d}/2026/S"
    doc = mk(rng, no, items, buyer=pick_jst(rng, powiat=True))
    ms = "comma"
    _net, _vat, gross = doc.totals()
    p = Pdf()
    for page, label in enumerate(("ORYGINAŁ", "KOPIA")):
        if page:
            p.new_page()
        p.rect(p.w - 50, 10, 35, 8, 0.8)
        p.text(p.w - 32.5, 15.8, label, 10, "Sans-Bold", "c")
        p.text(15, 17, f"Faktura VAT nr {no}", 13, "Sans-Bold")
        p.lines(
            15,
            24,
            [f"Data wystawienia: {date_fmt(doc.issue_date)}", f"Data sprzedaży: {date_fmt(doc.sale_date)}"],
            8.5,
            lead=4.3,
        )
        p.text(15, 40, "Sprzedawca", 8, "Sans-Bold")
        p.lines(15, 45, [doc.seller.name, doc.seller.street, doc.seller.city, f"NIP {doc.seller.nip}"], 8.6, lead=4.1)
        p.text(108, 40, "Nabywca", 8, "Sans-Bold")
        p.lines(108, 45, [doc.buyer.name, doc.buyer.street, doc.buyer.city, f"NIP {doc.buyer.nip}"], 8.6, lead=4.1)
        p.text(108, 66, f"Odbiorca: {office_of(doc.buyer)}", 8)
        cols = [
            Col("Lp.", 8, "c"),
            Col("Nazwa", 72),
            Col("Ilość", 11, "r"),
            Col("J.m.", 9, "c"),
            Col("Cena netto", 19, "r"),
            Col("Wartość netto", 21, "r"),
            Col("VAT", 9, "c"),
            Col("Wartość brutto", 23, "r"),
        ]
        rows = [
            [
                f"{k}",
                it.name,
                qty_fmt(it.qty),
                it.unit,
                money(it.unit_price or 0, ms),
                money(it.net or 0, ms),
                rate_label(it.vat_rate),
                money(it.gross or 0, ms),
            ]
            for k, it in enumerate(items, 1)
        ]
        y = table(p, 12, 74, cols, rows, TableStyle(size=7.5, head_fill=0.9))
        y = vat_table(p, 99, y + 5, doc, ms)
        p.text(15, y + 8, f"Do zapłaty: {money(gross, ms)} PLN", 11, "Sans-Bold")
        p.text(15, y + 13, f"Słownie: {words_pln(gross)}", 7.8)
        p.text(15, y + 18, f"Przelew {doc.due_days} dni, rachunek {doc.bank}", 7.8)
        sig(p, y + 40, "Podpis odbiorcy", "Podpis wystawcy")
    return Sample(p.bytes(), (doc,))


def protocol_doc(rng: random.Random, number: str, items: list[Item], **kw: Any) -> Any:
    return mk(rng, number, items, kind="protocol", currency=None, sale_date=None, **kw)


def fam_protocol_serial_inventory_rooms(rng: random.Random) -> Sample:
    """Protokół odbioru: per product its serial numbers (wrapped list), an inventory-number range given by the office
    and the room where it stands; Przekazujący / Odbierający."""
    items = [line(rng, e, qty=rng.choice((1, 2, 3, 4, 5, 6, 8))) for e in distinct(rng, HW, rng.randint(2, 4))]
    buyer = pick_jst(rng)
    no = f"PO/{rng.randint(1, 80)}/2026"
    doc = protocol_doc(rng, no, items, buyer=buyer)
    pre = "SP" if buyer.name.startswith("Powiat") else ("UM" if buyer.name.startswith("Miasto") else "UG")
    p = Pdf()
    p.text(p.w / 2, 18, f"PROTOKÓŁ ODBIORU SPRZĘTU nr {no}", 13, "Sans-Bold", "c")
    p.text(
        p.w / 2, 24, f"sporządzony w dniu {date_fmt(doc.issue_date)} w {buyer.city.split(' ', 1)[1]}", 8.5, "Sans", "c"
    )
    p.text(
        p.w / 2,
        29,
        f"do umowy nr {rng.randint(1, 60)}/IT/2026 – dostawa sprzętu w ramach projektu „Cyberbezpieczny Samorząd”",
        8,
        "Sans",
        "c",
    )
    for x, cap, pt in ((15, "Przekazujący (Wykonawca):", doc.seller), (108, "Odbierający (Zamawiający):", buyer)):
        p.text(x, 40, cap, 8, "Sans-Bold")
        p.lines(x, 45, [pt.name, pt.street, pt.city, f"NIP {nip_fmt(pt.nip, 'dash')}"], 8.6, lead=4.1)
    rows = []
    inv = rng.randint(10, 300)
    for k, it in enumerate(items, 1):
        n = int(it.qty)
        first = f"{pre}/IT/2026/{inv:03d}"
        rng_txt = first if n == 1 else f"{first} – {pre}/IT/2026/{inv + n - 1:03d}"
        inv += n
        rows.append(
            [
                f"{k}",
                it.name,
                qty_fmt(it.qty),
                it.unit,
                ", ".join(serials(rng, n)),
                rng_txt,
                f"pok. {rng.randint(1, 40)}" if rng.random() < 0.7 else "serwerownia",
            ]
        )
    cols = [
        Col("Lp.", 7, "c"),
        Col("Nazwa sprzętu", 58),
        Col("Ilość", 10, "c"),
        Col("J.m.", 9, "c"),
        Col("Numery seryjne", 42),
        Col("Nr inwentarzowe", 30),
        Col("Miejsce", 20),
    ]
    y = table(p, 12, 68, cols, rows, TableStyle(size=7.1, head_fill=0.88))
    p.lines(
        15,
        y + 8,
        [
            "Zamawiający potwierdza odbiór sprzętu kompletnego, sprawnego i zgodnego z umową.",
            "Numery inwentarzowe nadał Zamawiający; sprzęt ujęto w ewidencji środków trwałych"
            " / pozostałych środków trwałych.",
            "Uwagi: brak.",
        ],
        8,
        lead=4.5,
    )
    sig(p, y + 42, "Przekazujący", "Odbierający")
    return Sample(p.bytes(), (doc,))


def fam_protocol_spec_bullets(rng: random.Random) -> Sample:
    """Protocol without a table: items as a numbered list '1. name – 2 szt.', each with a), b), c) specification
    bullets full of numbers (RAM, disks, warranty months)."""
    specs = {
        "szt.": (
            "procesor: {} rdzeni, taktowanie do {} GHz",
            "pamięć RAM: {} GB DDR5",
            "dysk: {} GB SSD NVMe",
            "gwarancja: {} miesięcy",
        ),
        "kpl.": ("pojemność: {} × {} TB", "interfejsy: {} × 1 GbE, {} × 10 GbE", "gwarancja: {} miesięcy"),
        "lic.": ("liczba stanowisk: {}", "okres subskrypcji: {} miesięcy od {}"),
    }
    ents = distinct(rng, HW + SOFT[:2], rng.randint(2, 4))
    items = [
        line(rng, e, qty=rng.choice((1, 2, 3, 5, 10, 15, 25)) if e[1] == "lic." else rng.choice((1, 2, 3, 4, 6)))
        for e in ents
    ]
    buyer = pick_jst(rng)
    no = f"{rng.randint(1, 50)}/PO/2026"
    doc = protocol_doc(rng, no, items, buyer=buyer)
    p = Pdf()
    f, fb = "Serif", "Serif-Bold"
    p.text(p.w - 20, 16, f"{buyer.city.split(' ', 1)[1]}, {date_fmt(doc.issue_date)} r.", 9.5, f, "r")
    p.text(p.w / 2, 30, "PROTOKÓŁ ODBIORU", 14, fb, "c")
    p.text(p.w / 2, 36, f"nr {no}", 10, f, "c")
    y = p.lines(
        20,
        48,
        [
            f"Zamawiający: {buyer.name}, {buyer.street}, {buyer.city}, NIP {nip_fmt(buyer.nip, 'dash')}",
            f"Wykonawca: {doc.seller.name}, {doc.seller.street}, {doc.seller.city}, "
            f"NIP {nip_fmt(doc.seller.nip, 'dash')}",
        ],
        9,
        f,
        lead=5.2,
    )
    y = p.lines(20, y + 3, ["Strony potwierdzają wydanie i odbiór następującego przedmiotu umowy:"], 9.5, f, lead=5)
    for k, it in enumerate(items, 1):
        for ln in wrap(f"{k}. {it.name} – {qty_fmt(it.qty)} {it.unit}", fb, 9.3, p.w - 45):
            p.text(22, y + 2, ln, 9.3, fb)
            y += 4.8
        tmpl = specs.get(it.unit, specs["szt."])
        vals = [rng.choice((6, 8, 10, 12)), rng.choice((4, 8, 16)), rng.choice((16, 32, 64)), rng.choice((24, 36, 60))]
        for j, t in enumerate(tmpl):
            text = (
                t.format(*vals[: t.count("{}")])
                if "{} miesięcy od {}" not in t
                else t.format(12, date_fmt(doc.issue_date))
            )
            p.text(30, y + 2, f"{'abcd'[j]}) {text}", 8.6, f)
            y += 4.4
        y += 2
    y = p.lines(
        20,
        y + 5,
        [
            "Przedmiot odbioru jest kompletny, sprawny i zgodny z ofertą Wykonawcy. Zamawiający nie wnosi zastrzeżeń.",
            "Protokół sporządzono w dwóch jednobrzmiących egzemplarzach, po jednym dla każdej ze Stron.",
        ],
        9,
        f,
        lead=5,
    )
    sig(p, y + 25, "Zamawiający", "Wykonawca", f)
    return Sample(p.bytes(), (doc,))


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


def fam_service_month_only_sale_date(rng: random.Random) -> Sample:
    """IT outsourcing invoice: 'Miesiąc wykonania usługi: marzec 2026' instead of a sale date (not scored), units
    'm-c' and 'godz.' and 'km' with decimals."""
    month = rng.randint(1, 10)
    issue = date(2026, month + 1, rng.randint(1, 8))
    items = [line(rng, ("Stała obsługa informatyczna Urzędu – abonament", "m-c", (2800, 5200), "23"), qty=1)]
    if rng.random() < 0.6:
        items.append(
            line(
                rng,
                ("Obsługa Inspektora Ochrony Danych – abonament", "m-c", (600, 1200), "23"),
                qty=Decimal(rng.choice(("1", "0.5"))),
            )
        )
    items.append(
        line(
            rng,
            ("Prace zlecone poza abonamentem (wg zestawienia)", "godz.", (110, 180), "23"),
            qty=Decimal(rng.choice(("2.5", "3.25", "6.75", "11.5", "14"))),
        )
    )
    if rng.random() < 0.7:
        items.append(
            line(
                rng,
                ("Dojazd do siedziby Zamawiającego", "km", (1, 2), "23"),
                qty=Decimal(rng.choice(("86.5", "124", "212.4"))),
                price=Decimal(rng.choice(("1.15", "1.25", "0.89"))),
            )
        )
    no = f"{rng.randint(1, 60)}/{month:02d}/2026/OI"
    buyer = pick_jst(rng)
    doc = mk(
        rng,
        no,
        items,
        buyer=buyer,
        issue_date=issue,
        sale_date=date(2026, month + 1, 1) - timedelta(days=1),
        drop=("sale_date",),
    )
    ms = "space"
    _net, _vat, gross = doc.totals()
    p = Pdf()
    p.text(15, 16, doc.seller.name, 11, "Sans-Bold")
    p.text(15, 21, f"{doc.seller.street}, {doc.seller.city} | NIP {nip_fmt(doc.seller.nip, 'dash')}", 7.8)
    p.hline(15, p.w - 15, 25, 1.2)
    p.text(15, 35, f"Faktura nr {no}", 14, "Sans-Bold")
    cells = [
        ("Data wystawienia", date_fmt(issue)),
        ("Miesiąc wykonania usługi", f"{MONTHS_NOM[month - 1]} 2026"),
        ("Termin płatności", date_fmt(due(doc))),
        ("Forma płatności", "przelew"),
    ]
    for k, (lab, val) in enumerate(cells):
        x = 15 + k * 45
        p.text(x, 43, lab, 6.8, "Sans")
        p.text(x, 48, val, 9, "Sans-Bold")
    p.text(15, 60, "Nabywca", 8, "Sans-Bold")
    p.lines(15, 65, [buyer.name, buyer.street, buyer.city, f"NIP {nip_fmt(buyer.nip, 'dash')}"], 9, lead=4.3)
    p.text(108, 60, "Odbiorca", 8, "Sans-Bold")
    p.lines(108, 65, [office_of(buyer), buyer.street, buyer.city], 9, lead=4.3)
    cols = [
        Col("Lp.", 8, "c"),
        Col("Nazwa usługi", 70),
        Col("Ilość", 13, "r"),
        Col("J.m.", 10, "c"),
        Col("Cena netto", 19, "r"),
        Col("Wartość netto", 21, "r"),
        Col("VAT", 9, "c"),
        Col("Wartość brutto", 23, "r"),
    ]
    rows = [
        [
            f"{k}",
            it.name,
            qty_fmt(it.qty),
            it.unit,
            money(it.unit_price or 0, ms),
            money(it.net or 0, ms),
            rate_label(it.vat_rate),
            money(it.gross or 0, ms),
        ]
        for k, it in enumerate(items, 1)
    ]
    y = table(p, 12, 88, cols, rows, TableStyle(size=7.8, head_fill=0.9))
    y = vat_table(p, 99, y + 5, doc, ms)
    p.text(15, y + 8, f"Do zapłaty: {money(gross, ms)} zł", 11, "Sans-Bold")
    p.text(15, y + 14, f"Rachunek: {doc.bank}. Zestawienie godzin w załączniku do protokołu miesięcznego.", 7.6)
    return Sample(p.bytes(), (doc,))


def fam_warranty_price_list_page2(rng: random.Random) -> Sample:
    """Invoice on page 1; page 2 'Warunki gwarancji' paragraphs and a price list of post-warranty services with
    net prices per hour or per visit (not items of the invoice)."""
    items = mixed_items(rng, (2, 3), (0, 1))
    no = f"F/{rng.randint(1, 999):03d}/{rng.randint(1, 12):02d}/26"
    doc = mk(rng, no, items)
    ms = "space"
    _net, _vat, gross = doc.totals()
    p = Pdf()
    p.text(15, 18, "FAKTURA VAT", 15, "Sans-Bold")
    p.text(15, 25, f"nr {no}", 10.5)
    p.lines(
        p.w - 15,
        16,
        [f"{doc.place}, {date_fmt(doc.issue_date)}", f"data sprzedaży: {date_fmt(doc.sale_date)}"],
        8.5,
        align="r",
        lead=4.3,
    )
    for x, cap, pt in ((15, "Sprzedawca", doc.seller), (108, "Nabywca", doc.buyer)):
        p.text(x, 38, cap, 8, "Sans-Bold")
        p.lines(x, 43, [pt.name, pt.street, pt.city, f"NIP: {pt.nip}"], 8.6, lead=4.1)
    cols = [
        Col("Lp.", 8, "c"),
        Col("Nazwa", 72),
        Col("Ilość", 11, "r"),
        Col("J.m.", 9, "c"),
        Col("Cena netto", 19, "r"),
        Col("Wartość netto", 21, "r"),
        Col("VAT", 9, "c"),
        Col("Wartość brutto", 23, "r"),
    ]
    rows = [
        [
            f"{k}",
            it.name,
            qty_fmt(it.qty),
            it.unit,
            money(it.unit_price or 0, ms),
            money(it.net or 0, ms),
            rate_label(it.vat_rate),
            money(it.gross or 0, ms),
        ]
        for k, it in enumerate(items, 1)
    ]
    y = table(p, 12, 64, cols, rows, TableStyle(size=7.6, grid=False, rules=True))
    y = vat_table(p, 99, y + 5, doc, ms)
    p.text(15, y + 8, f"Do zapłaty: {money(gross, ms)} PLN", 11, "Sans-Bold")
    p.text(
        15, y + 14, f"Termin płatności: {date_fmt(due(doc))}, rachunek: {doc.bank}. Warunki gwarancji – str. 2.", 7.6
    )
    p.new_page()
    p.text(15, 20, "WARUNKI GWARANCJI I CENNIK USŁUG POGWARANCYJNYCH", 11, "Sans-Bold")
    y = p.lines(
        15,
        28,
        [
            f"1. Gwarancja na dostarczony sprzęt wynosi {rng.choice((24, 36, 60))} miesięcy"
            f" od daty sprzedaży ({date_fmt(doc.sale_date)}).",
            "2. Zgłoszenia przyjmowane są mailowo lub telefonicznie w dni robocze w godz. 8:00–16:00.",
            f"3. Czas reakcji: {rng.choice((4, 8, 24))} godz.; czas naprawy: do {rng.choice((3, 5, 7))} dni roboczych.",
            "4. Po okresie gwarancji usługi serwisowe rozliczane są według cennika poniżej"
            " (ceny netto, do doliczenia VAT 23%).",
        ],
        8.5,
        lead=5,
    )
    price_rows = [
        ["Roboczogodzina serwisu – zdalnie", "godz.", money(Decimal(rng.randint(90, 150)), ms)],
        ["Roboczogodzina serwisu – u Klienta", "godz.", money(Decimal(rng.randint(140, 220)), ms)],
        ["Dojazd serwisanta (do 50 km)", "usł.", money(Decimal(rng.randint(80, 160)), ms)],
        ["Ekspertyza techniczna urządzenia", "szt.", money(Decimal(rng.randint(150, 300)), ms)],
        ["Odzyskiwanie danych z dysku – diagnoza", "szt.", money(Decimal(rng.randint(200, 400)), ms)],
    ]
    table(
        p,
        15,
        y + 4,
        [Col("Usługa", 95), Col("J.m.", 20, "c"), Col("Cena netto (zł)", 32, "r")],
        price_rows,
        TableStyle(size=8.2, head_fill=0.9),
    )
    p.text(p.w / 2, p.h - 8, f"Załącznik do faktury {no} – strona 2", 7, "Sans", "c")
    return Sample(p.bytes(), (doc,))
