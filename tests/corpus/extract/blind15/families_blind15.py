"""BLIND-15 families (fresh batch). Not to be opened by the parser engineer; measured once, at the end.

Layouts written for this batch only, by an evaluator who never read the parser (`extractors/`, `checks/`,
`tests/extractors/`). They share the data model (`Doc`, `Item`, `Party`) and the page canvas and table drawing
(`Pdf`, `table`) of `kit.py`, but bring their own sellers, their own IT catalogue and real gminy and powiaty from
the TERYT register (TERC 2024-01-01, `/work/shared/data/teryt/terc_2024-01-01.csv`, the TERYT code kept beside
each). Streets, post codes, NIPs and sellers are invented.

Split decided when the batch was written (alternate sorted names, `build._half`): blind15a (tuned on after its one
measurement) = brutto_unit_price_net_derived, correction_in_plus_doplata, four_rates_zw_np_oo_notes,
lp_paren_iban_groups_place_date, pln_invoice_eur_info_column, protocol_jst_case_sign_stamp,
protocol_table_signature_grid_uwagi, tiny_7pt_no_lp_dense; blind15b (frozen) = the other eight.

Focus of the batch (each a real Polish convention): unit prices given GROSS with the net and VAT derived once per
rate in the summary; 23 % beside 'zw', 'np' and 'oo' on one invoice with a legal note per rate; a correction IN PLUS
(the price was too low, 'Kwota do dopłaty'); 'Lp.' printed '1)' with the issue place and date on one line
('Wrocław, dnia 12.03.2026 r.') and the bank account as an IBAN in groups of four; a PLN invoice with an
informative EUR column; a protocol issued by the gmina itself with its registry stamp and case sign 'OR.272…';
a protocol laid out entirely as tables (header, parties, items, 'Uwagi' rows, a signature table); a dense 7-pt
wholesale table with no Lp at all; a buyer's 'Nota korygująca' fixing an item's name and the sale date (no amounts);
an enova-like DUPLIKAT with a rotated stamp and the duplicate's own date; a landscape page whose item cells hold a
second grey line (licence period 'okres: …–…' or serial numbers); Nabywca a powiat, Odbiorca its Starostwo and a
Płatnik with its own NIP; a Streamsoft-Prestiż-like header with the WZ and order numbers right under the invoice
number and serial numbers under the items; a protocol whose positions are lettered 'a.', 'b.'; the summary by rate
in a box at the top, above the items; totals only at the very bottom right, in figures and in words.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

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

# (TERYT code, name as in TERC, kind as in TERC, seat town, seat in the locative for 'Starostwo Powiatowe w …')
TERC_JST = (
    ("0207033", "Lubawka", "gmina miejsko-wiejska", "Lubawka", ""),
    ("0207042", "Marciszów", "gmina wiejska", "Marciszów", ""),
    ("0225033", "Bogatynia", "gmina miejsko-wiejska", "Bogatynia", ""),
    ("0225043", "Pieńsk", "gmina miejsko-wiejska", "Pieńsk", ""),
    ("0225052", "Sulików", "gmina wiejska", "Sulików", ""),
    ("0405022", "Ciechocin", "gmina wiejska", "Ciechocin", ""),
    ("0405043", "Kowalewo Pomorskie", "gmina miejsko-wiejska", "Kowalewo Pomorskie", ""),
    ("0411011", "Radziejów", "gmina miejska", "Radziejów", ""),
    ("0411022", "Bytoń", "gmina wiejska", "Bytoń", ""),
    ("0402102", "Zbiczno", "gmina wiejska", "Zbiczno", ""),
    ("0206011", "Karpacz", "gmina miejska", "Karpacz", ""),
    ("0208133", "Stronie Śląskie", "gmina miejsko-wiejska", "Stronie Śląskie", ""),
    ("0215022", "Domaniów", "gmina wiejska", "Domaniów", ""),
    ("0401021", "Ciechocinek", "gmina miejska", "Ciechocinek", ""),
    ("0207", "kamiennogórski", "powiat", "Kamienna Góra", "Kamiennej Górze"),
    ("0212", "lwówecki", "powiat", "Lwówek Śląski", "Lwówku Śląskim"),
    ("0225", "zgorzelecki", "powiat", "Zgorzelec", "Zgorzelcu"),
    ("0402", "brodnicki", "powiat", "Brodnica", "Brodnicy"),
    ("0411", "radziejowski", "powiat", "Radziejów", "Radziejowie"),
    ("1604", "kluczborski", "powiat", "Kluczbork", "Kluczborku"),
    ("1607", "nyski", "powiat", "Nysa", "Nysie"),
    ("2601", "buski", "powiat", "Busko-Zdrój", "Busku-Zdroju"),
    ("2602", "jędrzejowski", "powiat", "Jędrzejów", "Jędrzejowie"),
    ("1602", "głubczycki", "powiat", "Głubczyce", "Głubczycach"),
)
JST_STREETS = ("ul. Rynek 1", "pl. Zwycięstwa 3", "ul. Ratuszowa 10", "ul. Dworcowa 2", "ul. Kopernika 7", "Rynek 14")

SELLERS = (
    "INFOSAM Rozwiązania dla Samorządów Sp. z o.o.",
    "Bastion IT Sp. z o.o.",
    "Sudecka Informatyka Sp. z o.o.",
    "Kujawskie Centrum Systemów IT Sp. z o.o.",
    "ITGuard Michał Wróblewski",
    "Netcom Opole S.A.",
    "P.H.U. „KOMP-SERWIS” Grzegorz Mazur",
    "Cyfrowa Administracja Sp. z o.o. sp.k.",
    "SecurePoint Polska Sp. z o.o.",
    "TELE-DATA s.c. Jacek i Ewa Kaczmarek",
)
SELLER_STREETS = (
    "ul. Fabryczna 17",
    "ul. Strzegomska 42B",
    "ul. Grunwaldzka 211",
    "ul. Toruńska 5/7",
    "ul. Opolska 90",
)
SELLER_CITIES = (
    "53-611 Wrocław",
    "87-100 Toruń",
    "45-273 Opole",
    "58-500 Jelenia Góra",
    "25-663 Kielce",
    "85-792 Bydgoszcz",
)

# name, unit, (low, high) net unit price, rate
HW = (
    ("Komputer stacjonarny HP Elite Mini 800 G9 i5-12500T 16GB 512GB W11 Pro", "szt.", (3200, 3900), "23"),
    ('Notebook ASUS ExpertBook B1 B1502CVA i5-1335U 16GB 512GB 15,6" W11 Pro', "szt.", (2900, 3500), "23"),
    ('Monitor iiyama ProLite XUB2493HS-B6 24" IPS HDMI DP', "szt.", (520, 690), "23"),
    ("Serwer Lenovo ThinkSystem ST250 V3 Xeon E-2414 32GB 2x1,92TB SSD", "szt.", (10500, 13900), "23"),
    ("Firewall Stormshield SN310 z licencją Premium UTM 12 mies.", "szt.", (6100, 7600), "23"),
    ("Przełącznik Cisco CBS350-24P-4G PoE+ 24 porty", "szt.", (2600, 3300), "23"),
    ("Zasilacz UPS CyberPower OLS3000EA online 3000VA", "szt.", (3400, 4300), "23"),
    ("Serwer NAS QNAP TS-473A-8G z 4 dyskami WD Red Plus 6 TB", "kpl.", (5900, 7400), "23"),
    ("Czytnik kart inteligentnych ACS ACR39U-U1", "szt.", (55, 90), "23"),
    ("Skaner dokumentów Fujitsu fi-8170 A4 dupleks", "szt.", (4100, 4900), "23"),
    ('Tablet Samsung Galaxy Tab A9+ 11" LTE 64GB', "szt.", (890, 1150), "23"),
    ("Dysk zewnętrzny WD Elements 5TB USB 3.0 (kopia offline)", "szt.", (520, 640), "23"),
)
SOFT = (
    ("Licencja Microsoft Windows Server 2022 Standard 16 Core OLP GOV", "lic.", (3300, 4100), "23"),
    ("Subskrypcja Bitdefender GravityZone Business Security Premium", "lic.", (160, 240), "23"),
    ("Licencja Acronis Cyber Protect Standard Server", "lic.", (3100, 3900), "23"),
    ("Subskrypcja Microsoft 365 E3 (GOV)", "lic.", (1300, 1700), "23"),
    ("Licencja Zabbix – wsparcie techniczne Silver", "kpl.", (8500, 12000), "23"),
    ("Subskrypcja Veeam Backup Essentials Universal – 5 instancji", "kpl.", (3600, 4800), "23"),
)
SERVICES = (
    ("Wdrożenie systemu monitorowania sieci Zabbix", "usł.", (6000, 11000), "23"),
    ("Przeprowadzenie testów penetracyjnych infrastruktury urzędu", "usł.", (9000, 18000), "23"),
    ("Opracowanie Polityki Bezpieczeństwa Informacji i procedur SZBI", "usł.", (7000, 13000), "23"),
    ("Konfiguracja segmentacji sieci VLAN i VPN site-to-site", "usł.", (3000, 6500), "23"),
    ("Migracja poczty do Microsoft 365 wraz z konfiguracją MFA", "usł.", (4000, 8000), "23"),
)
TRAINING = (
    ("Szkolenie e-learning „Bezpieczny pracownik JST” – dostęp na 12 mies. dla 30 osób", "usł.", (2200, 3900), "zw"),
    ("Warsztaty stacjonarne z reagowania na incydenty (1 dzień, do 12 osób)", "usł.", (3200, 5600), "zw"),
)
BOOKS = (("Publikacja „Cyberbezpieczeństwo w samorządzie. Poradnik praktyczny”", "egz.", (79, 129), "5"),)
ABROAD = (
    ("Udział w konferencji CYBERSEC Europe w Brukseli – 2 bilety wstępu", "usł.", (1900, 3200), "np"),
    ("Warsztaty ENISA w Atenach – opłata za udział przedstawiciela JST", "usł.", (1500, 2600), "np"),
)
REVERSE = (
    ("Procesory Intel Xeon Silver 4410Y do rozbudowy serwera (poz. 28b zał. 15)", "szt.", (2800, 3600), "oo"),
    ("Telefony komórkowe Samsung Galaxy A35 5G dla Zespołu Zarządzania Kryzysowego", "szt.", (1100, 1400), "oo"),
)
SERIAL_PREFIX = ("CZC", "5CD", "PF5", "FGT", "SN3", "QN8", "R9W")


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
class GrossDoc(XDoc):
    """Unit prices given gross: per rate the gross values are summed and the VAT is taken out of that sum once
    ('metoda od brutto'); the lines print gross amounts only."""

    def rate_summary(self, items: Any = None) -> list[tuple[str, Decimal, Decimal, Decimal]]:
        items = self.after_items if items is None else items
        out = []
        for rate, _n, _v, _g in Doc.rate_summary(self, items):
            g = sum((i.gross or Decimal(0) for i in items if (i.vat_rate or "23") == rate), Decimal(0))
            r = Decimal(rate) if rate.isdigit() else Decimal(0)
            vat = q2(g * r / (100 + r))
            out.append((rate, g - vat, vat, g))
        return out


def jst_name(j: tuple[str, ...]) -> str:
    name, kind = j[1], j[2]
    if kind == "powiat":
        return "Powiat " + name[0].upper() + name[1:]
    if kind == "gmina miejska":
        return "Gmina Miejska " + name
    return "Gmina " + name


def pick_jst(rng: random.Random, *, powiat: bool | None = None) -> Party:
    pool = [j for j in TERC_JST if powiat is None or (j[2] == "powiat") == powiat]
    j = rng.choice(pool)
    return Party(
        jst_name(j), rng.choice(JST_STREETS), f"{rng.randint(50, 89)}-{rng.randint(100, 999)} {j[3]}", make_nip(rng)
    )


def seat_locative(p: Party) -> str:
    for j in TERC_JST:
        if jst_name(j) == p.name:
            return j[4] or j[3]
    return p.city.split(" ", 1)[1]


def office_of(p: Party) -> str:
    if p.name.startswith("Powiat"):
        return "Starostwo Powiatowe w " + seat_locative(p)
    if p.name.startswith("Gmina Miejska"):
        return "Urząd Miasta " + p.name[len("Gmina Miejska ") :]
    return "Urząd Gminy " + p.name[len("Gmina ") :]


def pick_seller(rng: random.Random, name: str | None = None) -> Party:
    return Party(name or rng.choice(SELLERS), rng.choice(SELLER_STREETS), rng.choice(SELLER_CITIES), make_nip(rng))


def _rate(rate: str) -> Decimal:
    return Decimal(rate) if rate.isdigit() else Decimal(0)


def line(
    rng: random.Random,
    entry: tuple[Any, ...],
    *,
    qty: Decimal | int | None = None,
    price: Decimal | None = None,
    gross_based: bool = False,
) -> Item:
    name, unit, (lo, hi), rate = entry[0], entry[1], entry[2], entry[3]
    if qty is None:
        qty = rng.choice((1, 1, 2)) if unit in ("usł.", "kpl.") else rng.choice((1, 2, 3, 4, 5, 6, 8, 10, 15))
    q = Decimal(qty)
    p = price if price is not None else Decimal(rng.randint(lo * 100, hi * 100)) / 100
    r = _rate(rate)
    if gross_based:
        gross = q2(p * q)
        vat = q2(gross * r / (100 + r))
        return Item(name, q, unit, p, gross - vat, rate, vat, gross)
    net = q2(p * q)
    vat = q2(net * r / 100)
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
    cls: type[XDoc] = XDoc,
    **kw: Any,
) -> Any:
    issue = date(2026, 1, 5) + timedelta(days=rng.randint(0, 330))
    kw.setdefault("issue_date", issue)
    kw.setdefault("sale_date", issue - timedelta(days=rng.choice((0, 0, 1, 2, 4, 6))))
    seller = seller or pick_seller(rng)
    number = number.replace("{MM}", f"{kw['issue_date'].month:02d}")  # the month in a number is the issue month
    return cls(
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


def distinct(rng: random.Random, pool: tuple[Any, ...], n: int) -> list[Any]:
    return rng.sample(list(pool), min(n, len(pool)))


def mixed(rng: random.Random, n_hw: tuple[int, int], n_other: tuple[int, int]) -> list[Item]:
    ents = distinct(rng, HW, rng.randint(*n_hw)) + distinct(rng, SOFT + SERVICES, rng.randint(*n_other))
    return [line(rng, e) for e in ents]


def due(doc: Doc) -> date:
    return doc.issue_date + timedelta(days=doc.due_days)


def iban(digits: str, prefix: str = "PL") -> str:
    """'PL61 1090 1014 0000 0712 1981 2874': the country code and check digits, then groups of four."""
    return f"{prefix}{digits[:2]} " + " ".join(digits[k : k + 4] for k in range(2, 26, 4))


def nrb(digits: str) -> str:
    """'61 1090 1014 0000 0712 1981 2874' (the domestic NRB form)."""
    return f"{digits[:2]} " + " ".join(digits[k : k + 4] for k in range(2, 26, 4))


def serials(rng: random.Random, n: int) -> list[str]:
    pre = rng.choice(SERIAL_PREFIX)
    base = rng.randint(100000, 900000)
    return [f"{pre}{base + k * rng.randint(1, 7)}{rng.choice('ABCDEFGHJK')}" for k in range(n)]


def licence_period(rng: random.Random, start: date) -> str:
    s = date(start.year, start.month, 1)
    e = date(s.year + 1, s.month, 1) - timedelta(days=1)
    return f"okres: {date_fmt(s)}–{date_fmt(e)}"


def sig_pair(p: Pdf, y: float, left: str, right: str, font: str = "Sans") -> None:
    p.hline(22, 86, y, 0.3)
    p.hline(p.w - 86, p.w - 22, y, 0.3)
    p.text(54, y + 4, left, 7, font, "c")
    p.text(p.w - 54, y + 4, right, 7, font, "c")


def rate_rows(doc: Doc, ms: str = "space", *, pct: bool = True) -> list[list[str]]:
    rows = [
        [rate_label(r, "pct" if pct else "n"), money(n, ms), money(v, ms), money(g, ms)]
        for r, n, v, g in doc.rate_summary()
    ]
    net, vat, gross = doc.totals()
    rows.append(["Razem", money(net, ms), money(vat, ms), money(gross, ms)])
    return rows


def vat_cols(w: tuple[float, float, float, float] = (20, 26, 24, 26)) -> list[Col]:
    return [
        Col("Stawka VAT", w[0], "c"),
        Col("Wartość netto", w[1], "r"),
        Col("Kwota VAT", w[2], "r"),
        Col("Wartość brutto", w[3], "r"),
    ]


def sub_table(
    p: Pdf,
    x: float,
    y: float,
    cols: list[Col],
    rows: list[tuple[list[str], list[str]]],
    *,
    size: float = 7.8,
    sub_size: float | None = None,
    head_fill: float = 0.87,
    bottom: float = 22.0,
    name_col: int = 1,
) -> float:
    """A ruled table whose rows may carry grey sub-lines under the name cell (serials, a licence period)."""
    sub_size = sub_size or size - 1.2
    lead = size * 0.43
    total = sum(c.width for c in cols)

    def head(y: float) -> float:
        hl = [wrap(c.title, "Sans-Bold", size, c.width - 2) for c in cols]
        h = max(len(v) for v in hl) * size * 0.42 + 2.4
        p.rect(x, y, total, h, 0.4, fill=head_fill)
        cx = x
        for c, ls in zip(cols, hl, strict=True):
            yy = y + 1.2 + size * 0.35
            for ln in ls:
                tx = cx + 1 if c.align == "l" else (cx + c.width - 1 if c.align == "r" else cx + c.width / 2)
                p.text(tx, yy, ln, size, "Sans-Bold", c.align)
                yy += size * 0.42
            cx += c.width
        return y + h

    y = head(y)
    for cells, subs in rows:
        wrapped = [wrap(v, "Sans", size, c.width - 2) for c, v in zip(cols, cells, strict=True)]
        sub_lines = [s for sub in subs for s in wrap(sub, "Sans", sub_size, cols[name_col].width - 3)]
        n = max(len(v) for v in wrapped)
        h = n * lead + len(sub_lines) * sub_size * 0.42 + 2.4
        if y + h > p.h - bottom:
            y = head(p.new_page())
        cx = x
        for c, ls in zip(cols, wrapped, strict=True):
            for k, ln in enumerate(ls):
                tx = cx + 1 if c.align == "l" else (cx + c.width - 1 if c.align == "r" else cx + c.width / 2)
                p.text(tx, y + 1.2 + size * 0.35 + k * lead, ln, size, "Sans", c.align)
            cx += c.width
        nx = x + sum(c.width for c in cols[:name_col]) + 2
        yy = y + 1.2 + size * 0.35 + n * lead
        p.c.setFillGray(0.4)
        for s in sub_lines:
            p.text(nx, yy, s, sub_size, "Sans-Italic")
            yy += sub_size * 0.42
        p.c.setFillGray(0)
        p.hline(x, x + total, y + h, 0.2, gray=0.4)
        y += h
    p.hline(x, x + total, y, 0.5)
    return y


def stamp(p: Pdf, cx: float, cy: float, lines: list[str], angle: float, size: float = 14, gray: float = 0.35) -> None:
    """A rubber stamp: a rotated double frame with bold capitals (drawn in grey)."""
    c = p.c
    c.saveState()
    c.translate(cx * MM, (p.h - cy) * MM)
    c.rotate(angle)
    c.setStrokeGray(gray)
    c.setFillGray(gray)
    w = max(len(s) for s in lines) * size * 0.36 + 8
    h = len(lines) * size * 0.5 + 5
    c.setLineWidth(1.6)
    c.rect(-w / 2 * MM, -h / 2 * MM, w * MM, h * MM, stroke=1, fill=0)
    c.setLineWidth(0.5)
    c.rect((-w / 2 + 1.2) * MM, (-h / 2 + 1.2) * MM, (w - 2.4) * MM, (h - 2.4) * MM, stroke=1, fill=0)
    y0 = h / 2 - 2.5 - size * 0.36
    for k, s in enumerate(lines):
        sz = size if k == 0 else size * 0.55
        c.setFont("Sans-Bold" if k == 0 else "Sans", sz)
        c.drawCentredString(0, (y0 - k * size * 0.5) * MM, s)
    c.restoreState()


# --------------------------------------------------------------------------------------------------
# Families


def fam_brutto_unit_price_net_derived(rng: random.Random) -> Sample:
    """Unit prices GROSS ('Cena jedn. brutto'), lines gross only; net and VAT derived once per rate (23/5/zw)."""
    ents = distinct(rng, HW + SOFT, rng.randint(2, 4)) + distinct(rng, BOOKS + TRAINING, rng.randint(1, 2))
    items = [line(rng, e, gross_based=True) for e in ents]
    no = f"{rng.randint(1, 999):04d}/{{MM}}/2026"
    doc = mk(rng, no, items, cls=GrossDoc, gross_based=True, item_amounts=("gross",))
    no = doc.number
    ms = "space"
    _net, _vat, gross = doc.totals()
    p = Pdf()
    p.text(15, 20, "FAKTURA", 20, "Sans-Bold")
    p.text(15, 27, f"nr {no}", 11)
    meta = [
        ("Data wystawienia", date_fmt(doc.issue_date)),
        ("Data sprzedaży", date_fmt(doc.sale_date)),
        ("Termin płatności", date_fmt(due(doc))),
        ("Sposób zapłaty", "przelew"),
    ]
    for k, (lab, val) in enumerate(meta):
        p.text(140, 14 + k * 4.6, lab + ":", 7.8)
        p.text(p.w - 15, 14 + k * 4.6, val, 7.8, "Sans-Bold", "r")
    for x, cap, pt in ((15, "Sprzedawca", doc.seller), (110, "Nabywca", doc.buyer)):
        p.text(x, 42, cap, 8, "Sans-Bold")
        p.hline(x, x + 85, 43.5, 0.3)
        p.lines(x, 48, [pt.name, pt.street, pt.city, f"NIP {nip_fmt(pt.nip, 'dash')}"], 8.8, lead=4.3)
    cols = [
        Col("Lp.", 8, "c"),
        Col("Nazwa towaru lub usługi", 86),
        Col("Ilość", 12, "r"),
        Col("J.m.", 10, "c"),
        Col("Cena jedn. brutto", 22, "r"),
        Col("Stawka VAT", 16, "c"),
        Col("Wartość brutto", 26, "r"),
    ]
    rows = [
        [
            f"{k}",
            it.name,
            qty_fmt(it.qty),
            it.unit,
            money(it.unit_price or 0, ms),
            rate_label(it.vat_rate),
            money(it.gross or 0, ms),
        ]
        for k, it in enumerate(items, 1)
    ]
    y = table(p, 12, 72, cols, rows, TableStyle(size=7.8, head_fill=0.9))
    p.text(15, y + 7, "Podsumowanie według stawek (VAT wyliczony od wartości brutto):", 7.8, "Sans-Bold")
    y = table(p, 15, y + 9, vat_cols(), rate_rows(doc, ms), TableStyle(size=7.8, head_fill=0.93))
    p.text(p.w - 15, y + 9, f"Do zapłaty: {money(gross, ms)} PLN", 12, "Sans-Bold", "r")
    p.text(p.w - 15, y + 14.5, f"słownie: {words_pln(gross)}", 8, "Sans", "r")
    p.text(15, y + 24, f"Rachunek bankowy: {nrb(doc.bank)}", 8)
    if any(i.vat_rate == "zw" for i in items):
        p.text(15, y + 29, "Zwolnienie z VAT: art. 43 ust. 1 pkt 29 lit. c ustawy o VAT (usługi kształcenia).", 7.2)
    sig_pair(p, y + 52, "Odbiorca", "Wystawca")
    return Sample(p.bytes(), (doc,))


def fam_correction_in_plus_doplata(rng: random.Random) -> Sample:
    """Correction IN PLUS: the original unit price was too low; before and after tables, 'Kwota do dopłaty'."""
    ents = distinct(rng, HW + SOFT + SERVICES, rng.randint(2, 3))
    before = [line(rng, e) for e in ents]
    raised = set(rng.sample(range(len(before)), rng.randint(1, len(before))))
    after = []
    for k, it in enumerate(before):
        price = it.unit_price or Decimal(0)
        if k in raised:
            price = q2(price * Decimal(rng.choice(("1.05", "1.08", "1.10", "1.12"))))
        after.append(line(rng, (it.name, it.unit, (0, 0), it.vat_rate or "23"), qty=it.qty, price=price))
    items = [Item(i.name, i.qty, i.unit, i.unit_price, i.net, i.vat_rate, i.vat, i.gross, True) for i in before]
    no = f"FK/{rng.randint(1, 60)}/2026"
    issue = date(2026, 2, 10) + timedelta(days=rng.randint(0, 300))
    orig_date = issue - timedelta(days=rng.randint(8, 40))
    sale = orig_date - timedelta(days=rng.choice((0, 0, 1, 3)))  # the sale date is the original invoice's
    doc = mk(rng, no, items + after, kind="correction", issue_date=issue, sale_date=sale)
    orig_no = f"FV/{rng.randint(100, 999)}/{orig_date.month:02d}/{orig_date.year}"
    ms = "space"
    net_b, vat_b, gross_b = doc.totals(doc.before_items)
    net_a, vat_a, gross_a = doc.totals(doc.after_items)
    p = Pdf()
    p.text(p.w / 2, 18, f"FAKTURA KORYGUJĄCA nr {no}", 15, "Sans-Bold", "c")
    p.text(p.w / 2, 24, f"do faktury VAT nr {orig_no} z dnia {date_fmt(orig_date)}", 9, "Sans", "c")
    p.lines(
        15,
        33,
        [
            f"Data wystawienia korekty: {date_fmt(doc.issue_date)}",
            f"Data sprzedaży: {date_fmt(doc.sale_date)}",
            "Przyczyna korekty: zaniżona cena jednostkowa w fakturze pierwotnej (korekta in plus)",
        ],
        8.2,
        lead=4.4,
    )
    for x, cap, pt in ((15, "Sprzedawca:", doc.seller), (110, "Nabywca:", doc.buyer)):
        p.text(x, 51, cap, 8, "Sans-Bold")
        p.lines(x, 56, [pt.name, pt.street, pt.city, f"NIP: {pt.nip}"], 8.6, lead=4.2)
    cols = [
        Col("Lp.", 8, "c"),
        Col("Nazwa", 74),
        Col("Ilość", 11, "r"),
        Col("J.m.", 9, "c"),
        Col("Cena netto", 19, "r"),
        Col("Wartość netto", 21, "r"),
        Col("VAT", 9, "c"),
        Col("Kwota VAT", 18, "r"),
        Col("Wartość brutto", 21, "r"),
    ]

    def rows(its: tuple[Item, ...], tot: tuple[Decimal, Decimal, Decimal]) -> list[list[str]]:
        out = [
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
            for k, it in enumerate(its, 1)
        ]
        out.append(["", "Razem", "", "", "", money(tot[0], ms), "", money(tot[1], ms), money(tot[2], ms)])
        return out

    st = TableStyle(size=7.4, head_fill=0.9)
    p.text(12, 80, "Pozycje przed korektą", 8.5, "Sans-Bold")
    y = table(p, 12, 82, cols, rows(doc.before_items, (net_b, vat_b, gross_b)), st)
    p.text(12, y + 7, "Pozycje po korekcie", 8.5, "Sans-Bold")
    y = table(p, 12, y + 9, cols, rows(doc.after_items, (net_a, vat_a, gross_a)), st)
    dn, dv, dg = net_a - net_b, vat_a - vat_b, gross_a - gross_b
    p.text(12, y + 7, "Różnica (korekta in plus)", 8.5, "Sans-Bold")
    y = table(
        p,
        12,
        y + 9,
        [Col("", 30), Col("Netto", 26, "r"), Col("VAT", 24, "r"), Col("Brutto", 26, "r")],
        [["Zwiększenie", money(dn, ms), money(dv, ms), money(dg, ms)]],
        TableStyle(size=7.8, head_fill=0.93),
    )
    p.text(p.w - 15, y + 10, f"Kwota do dopłaty: {money(dg, ms)} PLN", 12, "Sans-Bold", "r")
    p.text(p.w - 15, y + 15.5, f"słownie: {words_pln(dg)}", 8, "Sans", "r")
    p.text(15, y + 24, f"Dopłatę prosimy przekazać do {date_fmt(due(doc))} na rachunek {iban(doc.bank)}", 7.8)
    sig_pair(p, y + 48, "Podpis osoby upoważnionej do odbioru", "Podpis osoby upoważnionej do wystawienia")
    return Sample(p.bytes(), (doc,))


def fam_four_rates_zw_np_oo_notes(rng: random.Random) -> Sample:
    """23 % beside 'zw', 'np' and 'oo' on one invoice: VAT '–' on those lines, a legal note per rate under the table."""
    specials = rng.sample((TRAINING, ABROAD, REVERSE), rng.randint(2, 3))
    ents = distinct(rng, HW + SOFT + SERVICES, rng.randint(1, 3)) + [rng.choice(s) for s in specials]
    items = [line(rng, e, qty=rng.choice((1, 2)) if e[3] in ("zw", "np") else None) for e in ents]
    no = f"FV {rng.randint(1, 500)}/{{MM}}/2026"
    doc = mk(rng, no, items)
    no = doc.number
    ms = "space"
    net, vat, gross = doc.totals()
    p = Pdf()
    p.text(15, 16, doc.seller.name, 12, "Sans-Bold")
    p.text(15, 21, f"{doc.seller.street}, {doc.seller.city}  •  NIP {nip_fmt(doc.seller.nip, 'dash')}", 8)
    p.hline(15, p.w - 15, 25, 0.8)
    p.text(15, 34, f"Faktura VAT nr {no}", 14, "Sans-Bold")
    p.lines(
        p.w - 15,
        31,
        [f"Wystawiona: {date_fmt(doc.issue_date)}", f"Sprzedaż: {date_fmt(doc.sale_date)}"],
        8.5,
        align="r",
        lead=4.4,
    )
    p.text(15, 45, "Nabywca:", 8, "Sans-Bold")
    p.lines(15, 50, [doc.buyer.name, f"{doc.buyer.street}, {doc.buyer.city}", f"NIP {doc.buyer.nip}"], 9, lead=4.4)
    cols = [
        Col("Lp.", 8, "c"),
        Col("Nazwa", 76),
        Col("Ilość", 11, "r"),
        Col("J.m.", 9, "c"),
        Col("Cena netto", 19, "r"),
        Col("Wartość netto", 21, "r"),
        Col("Stawka", 12, "c"),
        Col("VAT", 16, "r"),
        Col("Brutto", 20, "r"),
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
            money(it.vat or 0, ms) if (it.vat_rate or "").isdigit() else "–",
            money(it.gross or 0, ms),
        ]
        for k, it in enumerate(items, 1)
    ]
    y = table(p, 12, 66, cols, rows, TableStyle(size=7.4, grid=False, rules=True, head_fill=0.9))
    notes = {
        "zw": "zw – zwolnienie z podatku: art. 43 ust. 1 pkt 29 lit. c ustawy o VAT",
        "np": "np – usługa niepodlegająca opodatkowaniu w kraju (miejsce świadczenia: art. 28g ust. 1 ustawy o VAT)",
        "oo": "oo – odwrotne obciążenie: podatek rozlicza nabywca",
    }
    rates = [i.vat_rate for i in items]
    y += 5
    for r in ("zw", "np", "oo"):
        if r in rates:
            p.text(15, y, notes[r], 7.2, "Sans-Italic")
            y += 4
    y = table(p, 99, y + 3, vat_cols(), rate_rows(doc, ms), TableStyle(size=7.6, head_fill=0.92))
    p.lines(
        p.w - 15,
        y + 8,
        [f"Razem netto: {money(net, ms)} zł", f"Razem VAT: {money(vat, ms)} zł"],
        8.5,
        align="r",
        lead=4.6,
    )
    p.text(p.w - 15, y + 19, f"Razem do zapłaty: {money(gross, ms)} zł", 11, "Sans-Bold", "r")
    p.text(15, y + 28, f"Termin płatności: {date_fmt(due(doc))}, przelew na rachunek {nrb(doc.bank)}", 7.8)
    return Sample(p.bytes(), (doc,))


def fam_lp_paren_iban_groups_place_date(rng: random.Random) -> Sample:
    """'Wrocław, dnia 12.03.2026 r.' as the only issue date, Lp. '1)', '2)', the account as an IBAN in fours."""
    items = mixed(rng, (1, 3), (1, 2))
    no = f"{rng.randint(1, 300)}/{{MM}}/2026"
    doc = mk(rng, no, items)
    no = doc.number
    ms = "space"
    net, vat, gross = doc.totals()
    p = Pdf()
    f, fb = "Serif", "Serif-Bold"
    p.text(p.w - 18, 16, f"{doc.place}, dnia {date_fmt(doc.issue_date)} r.", 10, f, "r")
    p.text(18, 16, doc.seller.name, 10.5, fb)
    p.lines(18, 21, [doc.seller.street, doc.seller.city, f"NIP: {nip_fmt(doc.seller.nip, 'space')}"], 9, f, lead=4.4)
    p.text(p.w / 2, 46, f"FAKTURA VAT nr {no}", 15, fb, "c")
    p.text(p.w / 2, 52, f"data dostawy towarów / wykonania usługi: {date_fmt(doc.sale_date)} r.", 9, f, "c")
    p.text(112, 62, "Nabywca:", 9, fb)
    p.lines(
        112, 67, [doc.buyer.name, doc.buyer.street, doc.buyer.city, f"NIP: {nip_fmt(doc.buyer.nip, 'space')}"], 9.5, f
    )
    cols = [
        Col("Lp.", 9, "c"),
        Col("Nazwa towaru / usługi", 72),
        Col("Ilość", 11, "r"),
        Col("J.m.", 9, "c"),
        Col("Cena jedn. netto", 20, "r"),
        Col("Wartość netto", 22, "r"),
        Col("VAT", 9, "c"),
        Col("Wartość brutto", 22, "r"),
    ]
    rows = [
        [
            f"{k})",
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
    rows.append(["", "Ogółem", "", "", "", money(net, ms), "", money(gross, ms)])
    y = table(p, 14, 92, cols, rows, TableStyle(size=7.8, font=f, head_font=fb))
    p.lines(
        18,
        y + 9,
        [
            f"Wartość netto: {money(net, ms)} zł, podatek VAT 23%: {money(vat, ms)} zł",
            f"Do zapłaty: {money(gross, ms)} zł",
            f"Słownie złotych: {words_pln(gross)}",
            f"Płatne przelewem w terminie {doc.due_days} dni na rachunek:",
        ],
        9.5,
        f,
        lead=5,
    )
    p.text(18, y + 31, iban(doc.bank), 11, "Mono-Bold")
    p.text(18, y + 36, f"SWIFT/BIC: {rng.choice(('BPKOPLPW', 'PKOPPLPW', 'INGBPLPW', 'WBKPPLPP'))}", 8.5, f)
    sig_pair(p, y + 60, "podpis nabywcy", "podpis wystawcy", f)
    return Sample(p.bytes(), (doc,))


def fam_pln_invoice_eur_info_column(rng: random.Random) -> Sample:
    """PLN invoice with a last column 'Wartość brutto EUR (informacyjnie)' at a stated rate and EUR sums."""
    items = mixed(rng, (2, 4), (0, 2))
    no = f"FS/{rng.randint(1, 900):04d}/2026"
    doc = mk(rng, no, items)
    rate = Decimal(rng.randint(41900, 43500)) / 10000
    ms = "space"
    net, _vat, gross = doc.totals()
    p = Pdf()
    p.rect(0, 0, p.w, 9, 0, fill=0.25)
    p.text(15, 31, "Faktura VAT", 17, "Sans-Bold")
    p.text(15, 38, f"Numer: {no}", 10)
    p.lines(
        p.w - 15,
        28,
        [
            f"Data wystawienia: {date_fmt(doc.issue_date)}",
            f"Data sprzedaży: {date_fmt(doc.sale_date)}",
            f"Termin płatności: {date_fmt(due(doc))}",
            "Waluta rozliczenia: PLN",
        ],
        8,
        align="r",
        lead=4.2,
    )
    for x, cap, pt in ((15, "Sprzedawca", doc.seller), (110, "Nabywca", doc.buyer)):
        p.rect(x, 48, 85, 27, 0.3)
        p.text(x + 2, 52.5, cap, 7.5, "Sans-Bold")
        p.lines(x + 2, 57.5, [pt.name, pt.street, pt.city, f"NIP: {nip_fmt(pt.nip, 'pl')}"], 8.3, lead=4)
    cols = [
        Col("Lp.", 7, "c"),
        Col("Nazwa", 62),
        Col("Ilość", 10, "r"),
        Col("J.m.", 9, "c"),
        Col("Cena netto PLN", 18, "r"),
        Col("Wartość netto PLN", 20, "r"),
        Col("VAT", 9, "c"),
        Col("Wartość brutto PLN", 21, "r"),
        Col("Wartość brutto EUR (informacyjnie)", 22, "r"),
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
            money(q2((it.gross or Decimal(0)) / rate), ms),
        ]
        for k, it in enumerate(items, 1)
    ]
    rows.append(["", "Razem", "", "", "", money(net, ms), "", money(gross, ms), money(q2(gross / rate), ms)])
    y = table(p, 12, 82, cols, rows, TableStyle(size=7.2, head_fill=0.88))
    y = table(p, 12, y + 6, vat_cols(), rate_rows(doc, ms), TableStyle(size=7.6, head_fill=0.93))
    p.text(p.w - 15, y - 8, f"Do zapłaty: {money(gross, ms)} PLN", 12, "Sans-Bold", "r")
    p.text(p.w - 15, y - 2.5, f"(równowartość informacyjnie: {money(q2(gross / rate), ms)} EUR)", 8, "Sans", "r")
    p.lines(
        15,
        y + 9,
        [
            f"Kwoty w EUR podano wyłącznie informacyjnie, po kursie {f'{rate:.4f}'.replace('.', ',')} PLN/EUR;",
            "podstawą rozliczenia są kwoty w PLN.",
            f"Słownie: {words_pln(gross)}",
            f"Przelew na rachunek: {iban(doc.bank)}",
        ],
        7.8,
        lead=4.3,
    )
    return Sample(p.bytes(), (doc,))


def fam_protocol_jst_case_sign_stamp(rng: random.Random) -> Sample:
    """Protocol issued by the gmina itself: its registry stamp top left, 'Znak sprawy: OR.272…', then 'Protokół nr'."""
    buyer = pick_jst(rng, powiat=False)
    ents = distinct(rng, HW, rng.randint(2, 4)) + distinct(rng, SOFT, rng.randint(0, 1))
    items = [line(rng, e) for e in ents]
    no = f"{rng.randint(1, 20)}/2026"
    doc = mk(rng, no, items, kind="protocol", buyer=buyer, currency=None, sale_date=None)
    case = f"{rng.choice(('OR', 'RI', 'ZP', 'IT'))}.272.{rng.randint(1, 40)}.2026"
    town = buyer.city.split(" ", 1)[1]
    p = Pdf()
    p.rect(15, 12, 70, 22, 0.5)
    p.lines(
        50,
        17,
        [office_of(buyer).upper(), buyer.street, buyer.city, f"NIP {nip_fmt(buyer.nip, 'dash')}"],
        7.5,
        "Sans-Bold",
        lead=4.3,
        align="c",
    )
    p.text(p.w - 15, 18, f"{town}, {date_fmt(doc.issue_date)} r.", 9, "Sans", "r")
    p.text(15, 42, f"Znak sprawy: {case}", 8.5)
    p.text(p.w / 2, 55, f"PROTOKÓŁ ODBIORU nr {no}", 14, "Sans-Bold", "c")
    p.text(p.w / 2, 61, f"sporządzony w dniu {date_fmt(doc.issue_date)} r. w siedzibie Zamawiającego", 8.5, "Sans", "c")
    p.text(15, 72, "Zamawiający:", 8.5, "Sans-Bold")
    p.text(45, 72, f"{buyer.name}, {buyer.street}, {buyer.city}, NIP {nip_fmt(buyer.nip, 'dash')}", 8.5)
    p.text(15, 78, "Wykonawca:", 8.5, "Sans-Bold")
    p.text(45, 78, f"{doc.seller.name}, {doc.seller.street}, {doc.seller.city}", 8.5)
    p.text(45, 82.5, f"NIP {nip_fmt(doc.seller.nip, 'dash')}", 8.5)
    p.lines(
        15,
        92,
        [
            f"Przedmiot odbioru: dostawa sprzętu i oprogramowania w ramach umowy nr {case}.{rng.randint(1, 9)}",
            "z dnia " + date_fmt(doc.issue_date - timedelta(days=rng.randint(20, 60))) + " r. "
            "(projekt „Cyberbezpieczny Samorząd”).",
        ],
        8.5,
        lead=4.5,
    )
    cols = [
        Col("Lp.", 9, "c"),
        Col("Przedmiot odbioru", 108),
        Col("J.m.", 14, "c"),
        Col("Ilość", 16, "r"),
        Col("Zgodność z umową", 26, "c"),
    ]
    rows = [[f"{k}.", it.name, it.unit, qty_fmt(it.qty), "TAK"] for k, it in enumerate(items, 1)]
    y = table(p, 15, 104, cols, rows, TableStyle(size=8, head_fill=0.9))
    p.lines(
        15,
        y + 9,
        [
            "Komisja stwierdza, że przedmiot umowy został dostarczony kompletny, w terminie i bez wad.",
            "Protokół sporządzono w dwóch jednobrzmiących egzemplarzach, po jednym dla każdej ze stron.",
        ],
        8.5,
        lead=4.6,
    )
    sig_pair(p, y + 40, "Zamawiający (komisja)", "Wykonawca")
    return Sample(p.bytes(), (doc,))


def fam_protocol_table_signature_grid_uwagi(rng: random.Random) -> Sample:
    """Protocol laid out wholly as tables: header grid, parties side by side, items, 'Uwagi' rows; the signature
    table alone on page 2 under a continuation line."""
    ents = distinct(rng, HW + SOFT, rng.randint(2, 5))
    items = [line(rng, e) for e in ents]
    no = f"PO/{rng.randint(1, 90):03d}/2026"
    doc = mk(rng, no, items, kind="protocol", currency=None, sale_date=None)
    st = TableStyle(size=8, head_fill=0.88)
    p = Pdf()
    p.text(p.w / 2, 16, "PROTOKÓŁ ZDAWCZO-ODBIORCZY", 14, "Sans-Bold", "c")
    y = table(
        p,
        15,
        22,
        [Col("Numer protokołu", 45), Col("Data odbioru", 40), Col("Miejsce odbioru", 50), Col("Podstawa", 45)],
        [[no, date_fmt(doc.issue_date), doc.buyer.city, f"Umowa nr {rng.randint(1, 30)}/2026"]],
        st,
    )
    cols = [Col("Przekazujący (Wykonawca)", 90), Col("Odbierający (Zamawiający)", 90)]
    s, b = doc.seller, doc.buyer
    y = table(
        p,
        15,
        y + 5,
        cols,
        [
            [s.name, b.name],
            [f"{s.street}, {s.city}", f"{b.street}, {b.city}"],
            [f"NIP: {nip_fmt(s.nip, 'dash')}", f"NIP: {nip_fmt(b.nip, 'dash')}"],
        ],
        st,
    )
    rows = [
        [f"{k}", it.name, it.unit, qty_fmt(it.qty), rng.choice(("nowy", "nowy, sprawny", "kompletny"))]
        for k, it in enumerate(items, 1)
    ]
    y = table(
        p,
        15,
        y + 5,
        [
            Col("Lp.", 9, "c"),
            Col("Nazwa przedmiotu", 104),
            Col("J.m.", 13, "c"),
            Col("Ilość", 16, "r"),
            Col("Stan", 38),
        ],
        rows,
        st,
    )
    uw = rng.choice(("brak", "Dostawa kompletna.", "Dokumentacja i karty gwarancyjne przekazano."))
    y = table(
        p, 15, y + 5, [Col("Uwagi", 180)], [[f"1. {uw}"], ["2. "], ["3. "]], TableStyle(size=8, head_fill=0.88, lead=5)
    )
    people = [
        [
            "Przekazujący",
            f"{rng.choice(('Jan', 'Paweł', 'Adam'))} {rng.choice(('Nowicki', 'Baran', 'Sikora'))}",
            "Kierownik projektu",
            date_fmt(doc.issue_date),
            "",
        ],
        [
            "Odbierający",
            f"{rng.choice(('Anna', 'Monika', 'Ewa'))} {rng.choice(('Kubiak', 'Wróbel', 'Maj'))}",
            "Informatyk",
            date_fmt(doc.issue_date),
            "",
        ],
        [
            "Odbierający",
            f"{rng.choice(('Piotr', 'Tomasz'))} {rng.choice(('Kołodziej', 'Górski'))}",
            "Sekretarz",
            date_fmt(doc.issue_date),
            "",
        ],
    ]
    p.text(p.w / 2, p.h - 10, "Strona 1 z 2", 7.5, "Sans", "c")
    p.new_page()
    p.text(
        15, 16, f"Protokół zdawczo-odbiorczy nr {no} z dnia {date_fmt(doc.issue_date)} – ciąg dalszy", 8.5, "Sans-Bold"
    )
    p.text(15, 26, "Podpisy osób upoważnionych:", 9, "Sans-Bold")
    table(
        p,
        15,
        29,
        [Col("Strona", 30), Col("Imię i nazwisko", 45), Col("Stanowisko", 38), Col("Data", 25), Col("Podpis", 42)],
        people,
        TableStyle(size=8, head_fill=0.88, pad=3),
    )
    p.text(p.w / 2, p.h - 10, "Strona 2 z 2", 7.5, "Sans", "c")
    return Sample(p.bytes(), (doc,))


def fam_tiny_7pt_no_lp_dense(rng: random.Random) -> Sample:
    """Wholesale printout in 7 pt: no Lp column at all, Kod/PKWiU/GTU columns, many lines, parties one-liners."""
    ents = distinct(rng, HW + SOFT, rng.randint(6, 12))
    items = [line(rng, e) for e in ents]
    no = f"FVS/{rng.randint(1, 9999):05d}/26"
    doc = mk(rng, no, items)
    ms = "dot"
    net, vat, gross = doc.totals()
    p = Pdf()
    s, b = doc.seller, doc.buyer
    p.text(12, 12, f"{s.name} | {s.street}, {s.city} | NIP {s.nip} | BDO 000{rng.randint(100000, 999999)}", 7)
    p.hline(12, p.w - 12, 14, 0.4)
    p.text(12, 21, f"Faktura VAT {no}", 11, "Sans-Bold")
    p.text(
        p.w - 12,
        21,
        f"Data wyst.: {date_fmt(doc.issue_date)}   Data sprz.: {date_fmt(doc.sale_date)}   "
        f"Termin: {date_fmt(due(doc))}",
        7,
        "Sans",
        "r",
    )
    p.text(12, 27, f"Nabywca: {b.name}, {b.street}, {b.city}, NIP: {nip_fmt(b.nip, 'dash')}", 7)
    p.text(12, 31, f"Odbiorca: {office_of(b)}, {b.street}, {b.city}", 7)
    cols = [
        Col("Kod", 18),
        Col("Nazwa", 58),
        Col("PKWiU", 16, "c"),
        Col("GTU", 10, "c"),
        Col("Ilość", 9, "r"),
        Col("Jm", 8, "c"),
        Col("Cena netto", 15, "r"),
        Col("Wart. netto", 17, "r"),
        Col("VAT", 8, "c"),
        Col("Kw. VAT", 15, "r"),
        Col("Wart. brutto", 17, "r"),
    ]
    rows = []
    for it in items:
        soft = any(w in it.name for w in ("Licencja", "Subskrypcja"))
        rows.append(
            [
                f"{rng.choice(('KM', 'NB', 'SR', 'AK', 'LC'))}-{rng.randint(10000, 99999)}",
                it.name,
                "58.29.50.0" if soft else "26.20.11.0",
                "" if soft else "GTU_06",
                qty_fmt(it.qty),
                it.unit,
                money(it.unit_price or 0, ms),
                money(it.net or 0, ms),
                rate_label(it.vat_rate, "n"),
                money(it.vat or 0, ms),
                money(it.gross or 0, ms),
            ]
        )
    rows.append(["", "RAZEM", "", "", "", "", "", money(net, ms), "", money(vat, ms), money(gross, ms)])
    y = table(p, 12, 35, cols, rows, TableStyle(size=7, head_size=6.5, head_fill=0.85, pad=0.8))
    y = table(
        p,
        12,
        y + 3,
        vat_cols((16, 20, 18, 20)),
        rate_rows(doc, ms, pct=False),
        TableStyle(size=7, head_size=6.5, pad=0.8),
    )
    p.text(p.w - 12, y - 4, f"Do zapłaty: {money(gross, ms)} PLN", 9, "Sans-Bold", "r")
    p.text(12, y + 5, f"Słownie: {words_pln(gross)}.", 7)
    p.text(12, y + 9, f"Przelew: {nrb(doc.bank)}. Mechanizm podzielonej płatności.", 7)
    p.text(12, y + 13, "Towar pozostaje własnością sprzedawcy do chwili zapłaty. Reklamacje: serwis@dystrybucja.pl", 7)
    return Sample(p.bytes(), (doc,))


def fam_buyer_nota_korygujaca_item_name(rng: random.Random) -> Sample:
    """Buyer's 'Nota korygująca' fixing an item's name and the sale date of an invoice; no amounts, not an invoice."""
    buyer = pick_jst(rng)
    seller = pick_seller(rng)
    no = f"NK {rng.randint(1, 30)}/2026"
    doc = mk(
        rng,
        no,
        (),
        seller=seller,
        buyer=buyer,
        kind="correction",
        sale_date=None,
        drop=("currency", "net_total", "vat_total", "gross_total", "sale_date"),
    )
    inv_date = doc.issue_date - timedelta(days=rng.randint(4, 30))
    inv_no = f"FV/{rng.randint(100, 999)}/{inv_date.month:02d}/{inv_date.year}"
    wrong_sale = inv_date - timedelta(days=rng.randint(1, 5))
    right_sale = wrong_sale - timedelta(days=rng.randint(1, 4))
    ent = rng.choice(HW)
    pos = rng.randint(1, 4)
    short = ent[0].split(" ")[0] + " " + " ".join(ent[0].split(" ")[1:3])
    town = buyer.city.split(" ", 1)[1]
    p = Pdf()
    p.text(p.w - 18, 16, f"{town}, {date_fmt(doc.issue_date)} r.", 9, "Sans", "r")
    p.text(p.w / 2, 30, "NOTA KORYGUJĄCA", 15, "Sans-Bold", "c")
    p.text(p.w / 2, 36, f"nr {no}", 10.5, "Sans", "c")
    p.text(p.w / 2, 41, f"data wystawienia: {date_fmt(doc.issue_date)}", 8.5, "Sans", "c")
    for x, cap, pt in ((18, "Wystawca noty – nabywca:", buyer), (112, "Adresat noty – sprzedawca:", seller)):
        p.text(x, 52, cap, 8.5, "Sans-Bold")
        p.lines(x, 57, [pt.name, pt.street, pt.city, f"NIP {nip_fmt(pt.nip, 'dash')}"], 9, lead=4.4)
    p.text(18, 84, f"Dotyczy: faktury VAT nr {inv_no} z dnia {date_fmt(inv_date)}", 9, "Sans-Bold")
    rows = [
        ["1", "Data dostawy / wykonania usługi", date_fmt(wrong_sale), date_fmt(right_sale)],
        ["2", f"Nazwa towaru w poz. {pos}", short, ent[0]],
    ]
    y = table(
        p,
        18,
        90,
        [Col("Lp.", 9, "c"), Col("Element faktury", 44), Col("Treść korygowana", 58), Col("Treść prawidłowa", 63)],
        rows,
        TableStyle(size=8.3, head_fill=0.9),
    )
    p.lines(
        18,
        y + 8,
        [
            "Nota korygująca wystawiona na podstawie art. 106k ust. 1 ustawy o podatku od towarów i usług.",
            "Korekta nie dotyczy ceny, stawki ani kwoty podatku – wartości wykazane w fakturze pozostają bez zmian.",
            "Prosimy o akceptację noty przez podpis na kopii i jej odesłanie.",
        ],
        8,
        lead=4.6,
    )
    sig_pair(p, y + 40, "akceptacja sprzedawcy (data i podpis)", "wystawca noty (podpis)")
    return Sample(p.bytes(), (doc,))


def fam_enova_duplikat_stamp_rotated(rng: random.Random) -> Sample:
    """enova-like invoice re-printed as a DUPLIKAT: a rotated stamp with the duplicate's date over the header."""
    items = mixed(rng, (1, 3), (1, 2))
    no = f"FV/2026/{{MM}}/{rng.randint(1, 999):06d}"
    doc = mk(rng, no, items)
    no = doc.number
    dup = doc.issue_date + timedelta(days=rng.randint(20, 50))
    ms = "space"
    net, vat, gross = doc.totals()
    p = Pdf()
    p.text(15, 16, "Faktura sprzedaży", 9, "Sans")
    p.text(15, 23, no, 14, "Sans-Bold")
    p.lines(
        15,
        31,
        [
            f"Data wystawienia   {date_fmt(doc.issue_date, 'iso')}",
            f"Data sprzedaży     {date_fmt(doc.sale_date, 'iso')}",
            f"Termin płatności   {date_fmt(due(doc), 'iso')}",
        ],
        8,
        "Mono",
        lead=4.2,
    )
    stamp(p, 150, 24, ["DUPLIKAT", f"z dnia {date_fmt(dup)}"], 8, size=15)
    for x, cap, pt in ((15, "Sprzedawca", doc.seller), (110, "Nabywca", doc.buyer)):
        p.text(x, 50, cap, 7.5, "Sans-Bold")
        p.hline(x, x + 85, 51.5, 0.6)
        p.lines(x, 56, [pt.name, f"{pt.street}, {pt.city}", f"NIP: {pt.nip}"], 8.5, lead=4.3)
    cols = [
        Col("Lp", 7, "c"),
        Col("Towar/usługa", 78),
        Col("Ilość", 11, "r"),
        Col("Jm", 9, "c"),
        Col("Cena netto", 19, "r"),
        Col("Stawka", 12, "c"),
        Col("Wartość netto", 21, "r"),
        Col("Wartość brutto", 22, "r"),
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
            money(it.gross or 0, ms),
        ]
        for k, it in enumerate(items, 1)
    ]
    y = table(p, 12, 72, cols, rows, TableStyle(size=7.5, grid=False, rules=True))
    y = table(p, 101, y + 5, vat_cols(), rate_rows(doc, ms), TableStyle(size=7.5, grid=False, rules=True))
    p.rect(101, y + 3, 96, 9, 0.5, fill=0.92)
    p.text(104, y + 9, "Do zapłaty", 10, "Sans-Bold")
    p.text(194, y + 9, f"{money(gross, ms)} PLN", 10, "Sans-Bold", "r")
    p.lines(
        15,
        y + 20,
        [
            f"Razem netto {money(net, ms)} PLN, VAT {money(vat, ms)} PLN",
            f"Płatność: przelew na rachunek {nrb(doc.bank)}",
            f"Duplikat wystawiono dnia {date_fmt(dup)} na wniosek nabywcy (utrata oryginału).",
        ],
        7.8,
        lead=4.4,
    )
    p.text(p.w / 2, p.h - 8, "enova365 • wydruk dokumentu sprzedaży", 6.5, "Sans", "c")
    return Sample(p.bytes(), (doc,))


def fam_landscape_licence_okres_second_line(rng: random.Random) -> Sample:
    """Landscape page; under each item name a grey second line: 'okres: 01.03.2026–28.02.2027' or its serials."""
    ents = distinct(rng, SOFT, rng.randint(1, 3)) + distinct(rng, HW, rng.randint(1, 2))
    items = [line(rng, e, qty=rng.choice((1, 2, 3)) if e in HW else None) for e in ents]
    no = f"{rng.randint(1, 99)}/L/2026"
    doc = mk(rng, no, items)
    ms = "space"
    net, vat, gross = doc.totals()
    p = Pdf(land=True)
    p.text(15, 17, "FAKTURA VAT", 16, "Sans-Bold")
    p.text(15, 24, f"nr {no}", 11, "Sans-Bold")
    blocks = (
        (90, "Sprzedawca", [doc.seller.name, doc.seller.street, doc.seller.city, f"NIP {doc.seller.nip}"]),
        (170, "Nabywca", [doc.buyer.name, doc.buyer.street, doc.buyer.city, f"NIP {doc.buyer.nip}"]),
        (
            235,
            "Daty",
            [
                f"wystawienia: {date_fmt(doc.issue_date)}",
                f"sprzedaży: {date_fmt(doc.sale_date)}",
                f"płatności: {date_fmt(due(doc))}",
            ],
        ),
    )
    for x, cap, ls in blocks:
        p.text(x, 14, cap, 7.5, "Sans-Bold")
        p.lines(x, 19, ls, 8, lead=4)
    cols = [
        Col("Lp.", 8, "c"),
        Col("Nazwa towaru / usługi", 120),
        Col("Ilość", 14, "r"),
        Col("J.m.", 11, "c"),
        Col("Cena netto", 24, "r"),
        Col("Wartość netto", 27, "r"),
        Col("VAT %", 13, "c"),
        Col("Kwota VAT", 24, "r"),
        Col("Wartość brutto", 26, "r"),
    ]
    rows = []
    for k, it in enumerate(items, 1):
        if it.unit == "szt.":
            sub = ["SN: " + ", ".join(serials(rng, int(it.qty)))]
        else:
            sub = [licence_period(rng, doc.sale_date or doc.issue_date)]
        cells = [
            f"{k}",
            it.name,
            qty_fmt(it.qty),
            it.unit,
            money(it.unit_price or 0, ms),
            money(it.net or 0, ms),
            rate_label(it.vat_rate, "n"),
            money(it.vat or 0, ms),
            money(it.gross or 0, ms),
        ]
        rows.append((cells, sub))
    y = sub_table(p, 12, 42, cols, rows, size=8)
    y = table(p, 12, y + 6, vat_cols((22, 28, 26, 28)), rate_rows(doc, ms), TableStyle(size=8, head_fill=0.9))
    p.text(p.w - 15, y - 12, f"Razem netto: {money(net, ms)} zł   VAT: {money(vat, ms)} zł", 9, "Sans", "r")
    p.text(p.w - 15, y - 5, f"Do zapłaty: {money(gross, ms)} zł", 12, "Sans-Bold", "r")
    p.text(12, y + 6, f"Słownie: {words_pln(gross)}    Przelew: {iban(doc.bank)}", 8)
    return Sample(p.bytes(), (doc,), landscape=True)


def fam_nabywca_odbiorca_platnik_powiat(rng: random.Random) -> Sample:
    """Nabywca 'Powiat X' with NIP, Odbiorca 'Starostwo Powiatowe w X' without, Płatnik a county unit with its NIP."""
    buyer = pick_jst(rng, powiat=True)
    items = mixed(rng, (1, 3), (0, 2))
    no = f"F/{rng.randint(1, 700)}/{{MM}}/2026"
    seat = seat_locative(buyer)
    payer = Party(
        rng.choice(
            ("Powiatowe Centrum Usług Wspólnych", "Zespół Szkół Ponadpodstawowych nr 1", "Powiatowy Urząd Pracy")
        )
        + f" w {seat}",
        rng.choice(JST_STREETS),
        buyer.city,
        make_nip(rng),
    )
    doc = mk(rng, no, items, buyer=buyer, payer=payer)
    no = doc.number
    ms = "space"
    net, vat, gross = doc.totals()
    p = Pdf()
    p.text(15, 18, f"Faktura nr {no}", 15, "Sans-Bold")
    p.lines(
        p.w - 15,
        14,
        [
            f"Miejsce wystawienia: {doc.place}",
            f"Data wystawienia: {date_fmt(doc.issue_date)}",
            f"Data sprzedaży: {date_fmt(doc.sale_date)}",
        ],
        8,
        align="r",
        lead=4.2,
    )
    p.text(15, 30, "Sprzedawca:", 8, "Sans-Bold")
    p.lines(15, 35, [doc.seller.name, f"{doc.seller.street}, {doc.seller.city}", f"NIP {doc.seller.nip}"], 8.5)
    blocks = (
        (15, "Nabywca:", [buyer.name, buyer.street, buyer.city, f"NIP {nip_fmt(buyer.nip, 'dash')}"]),
        (78, "Odbiorca:", [office_of(buyer), buyer.street, buyer.city]),
        (141, "Płatnik:", [payer.name, payer.street, payer.city, f"NIP {nip_fmt(payer.nip, 'dash')}"]),
    )
    for x, cap, ls in blocks:
        p.rect(x, 52, 60, 30, 0.4)
        p.text(x + 2, 56.5, cap, 8, "Sans-Bold")
        ys = 61.5
        for ln in ls:
            for w in wrap(ln, "Sans", 7.8, 56):
                p.text(x + 2, ys, w, 7.8)
                ys += 3.7
    cols = [
        Col("Lp.", 8, "c"),
        Col("Nazwa", 76),
        Col("Ilość", 11, "r"),
        Col("J.m.", 9, "c"),
        Col("Cena netto", 19, "r"),
        Col("Wartość netto", 21, "r"),
        Col("VAT", 9, "c"),
        Col("Kwota VAT", 18, "r"),
        Col("Wartość brutto", 21, "r"),
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
            money(it.vat or 0, ms),
            money(it.gross or 0, ms),
        ]
        for k, it in enumerate(items, 1)
    ]
    rows.append(["", "Razem", "", "", "", money(net, ms), "", money(vat, ms), money(gross, ms)])
    y = table(p, 12, 88, cols, rows, TableStyle(size=7.4, head_fill=0.9))
    p.text(p.w - 15, y + 9, f"Do zapłaty: {money(gross, ms)} zł", 12, "Sans-Bold", "r")
    p.lines(
        15,
        y + 17,
        [
            f"Słownie: {words_pln(gross)}",
            f"Termin płatności: {date_fmt(due(doc))}, przelew: {nrb(doc.bank)}",
            "Fakturę opłaca Płatnik; nabywcą i podatnikiem jest Powiat.",
        ],
        8,
        lead=4.5,
    )
    sig_pair(p, y + 45, "Odebrał", "Wystawił")
    return Sample(p.bytes(), (doc,))


def fam_prestiz_wz_zam_serial_second_line(rng: random.Random) -> Sample:
    """Streamsoft-Prestiż-like: 'WZ nr' and 'Zamówienie nr' right under the invoice number; 'SN:' under items."""
    ents = distinct(rng, HW, rng.randint(2, 4)) + distinct(rng, SOFT, rng.randint(0, 1))
    items = [line(rng, e, qty=rng.choice((1, 2, 3, 4)) if e in HW else None) for e in ents]
    no = f"FVS/{rng.randint(1, 2000):04d}/26"
    doc = mk(rng, no, items)
    wz = f"WZ/{rng.randint(1, 2000):04d}/26"
    zam = f"ZK/{rng.randint(1, 900):04d}/26"
    ms = "space"
    net, vat, gross = doc.totals()
    p = Pdf()
    names = wrap(doc.seller.name, "Sans-Bold", 11, 98)
    p.lines(15, 16, names, 11, "Sans-Bold", lead=4.8)
    p.lines(
        15,
        16 + 4.8 * len(names),
        [doc.seller.street, doc.seller.city, f"NIP: {nip_fmt(doc.seller.nip, 'dash')}"],
        8,
        lead=4,
    )
    p.rect(118, 10, 80, 30, 0.6)
    p.text(121, 16, "Faktura VAT", 9, "Sans")
    p.text(121, 22, f"nr {no}", 12, "Sans-Bold")
    p.text(121, 27.5, f"WZ nr: {wz} z dnia {date_fmt(doc.sale_date)}", 7.5)
    p.text(121, 31.5, f"Zamówienie nr: {zam}", 7.5)
    p.text(121, 35.5, f"Wasze zamówienie: {rng.randint(1, 90)}/ZP/2026", 7.5)
    p.lines(
        15,
        48,
        [
            f"Data wystawienia: {date_fmt(doc.issue_date)}",
            f"Data dostawy: {date_fmt(doc.sale_date)}",
            f"Płatność: przelew {doc.due_days} dni ({date_fmt(due(doc))})",
        ],
        8,
        lead=4.2,
    )
    p.text(118, 48, "Nabywca:", 8, "Sans-Bold")
    p.lines(118, 53, [doc.buyer.name, doc.buyer.street, doc.buyer.city, f"NIP: {doc.buyer.nip}"], 8.6, lead=4.2)
    cols = [
        Col("Lp", 7, "c"),
        Col("Nazwa towaru/usługi", 80),
        Col("Ilość", 11, "r"),
        Col("Jm", 9, "c"),
        Col("Cena netto", 19, "r"),
        Col("VAT", 9, "c"),
        Col("Wartość netto", 21, "r"),
        Col("Wartość brutto", 22, "r"),
    ]
    rows = []
    for k, it in enumerate(items, 1):
        sub = ["SN: " + " ".join(serials(rng, int(it.qty)))] if it.unit == "szt." else []
        rows.append(
            (
                [
                    f"{k}",
                    it.name,
                    qty_fmt(it.qty),
                    it.unit,
                    money(it.unit_price or 0, ms),
                    rate_label(it.vat_rate),
                    money(it.net or 0, ms),
                    money(it.gross or 0, ms),
                ],
                sub,
            )
        )
    y = sub_table(p, 12, 76, cols, rows, size=7.6, head_fill=0.8)
    y = table(p, 101, y + 5, vat_cols(), rate_rows(doc, ms), TableStyle(size=7.6))
    p.text(p.w - 15, y + 9, f"Razem do zapłaty: {money(gross, ms)} PLN", 11, "Sans-Bold", "r")
    p.text(15, y + 17, f"Słownie: {words_pln(gross)}", 8)
    p.text(15, y + 21.5, f"Netto {money(net, ms)}, VAT {money(vat, ms)}. Rachunek: {nrb(doc.bank)}", 8)
    sig_pair(p, y + 44, "Podpis odbiorcy", "Podpis wystawcy")
    p.text(15, p.h - 8, "Streamsoft Prestiż – wydruk", 6.5)
    return Sample(p.bytes(), (doc,))


def fam_protocol_letter_numbering_a_b(rng: random.Random) -> Sample:
    """Handover protocol whose positions are lettered 'a.', 'b.', 'c.' in a 'Poz.' column, with a licence-key column;
    the closing sentence and the signatures on page 2."""
    ents = distinct(rng, HW + SOFT, rng.randint(2, 5))
    items = [line(rng, e, qty=rng.choice((1, 2, 4, 5, 10)) if e in SOFT else None) for e in ents]
    no = f"PZO/{rng.randint(1, 60)}/{{MM}}/2026"
    doc = mk(rng, no, items, kind="protocol", currency=None, sale_date=None)
    no = doc.number
    p = Pdf()
    f, fb = "Serif", "Serif-Bold"
    p.text(p.w / 2, 20, "PROTOKÓŁ ZDAWCZO-ODBIORCZY", 14, fb, "c")
    p.text(p.w / 2, 26, f"nr {no} z dnia {date_fmt(doc.issue_date, 'words')} r.", 10, f, "c")
    p.text(18, 40, "Strona przekazująca:", 9, fb)
    p.text(18, 45, f"{doc.seller.name}, {doc.seller.street}, {doc.seller.city}, NIP {doc.seller.nip}", 9, f)
    p.text(18, 53, "Strona przyjmująca:", 9, fb)
    p.text(18, 58, f"{doc.buyer.name}, {doc.buyer.street}, {doc.buyer.city}, NIP {doc.buyer.nip}", 9, f)
    p.text(18, 68, "Strona przekazująca przekazuje, a strona przyjmująca przyjmuje:", 9, f)
    rows = []
    for k, it in enumerate(items):
        key = (
            "-".join("".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(5)) for _ in range(3))
            if it.unit != "szt."
            else ", ".join(serials(rng, min(int(it.qty), 3))) + (" …" if it.qty > 3 else "")
        )
        rows.append([f"{'abcdefgh'[k]}.", it.name, qty_fmt(it.qty), it.unit, key])
    y = table(
        p,
        18,
        73,
        [
            Col("Poz.", 11, "c"),
            Col("Nazwa", 88),
            Col("Ilość", 13, "r"),
            Col("J.m.", 12, "c"),
            Col("Nr seryjny / klucz", 50),
        ],
        rows,
        TableStyle(size=8.3, font=f, head_font=fb, head_fill=0.9),
    )
    p.lines(
        18,
        y + 9,
        [
            "Przedmiot przekazania jest kompletny i wolny od wad widocznych.",
            "Przekazano karty gwarancyjne oraz dokumentację techniczną w wersji elektronicznej.",
        ],
        9,
        f,
        lead=4.8,
    )
    p.text(p.w / 2, p.h - 10, "str. 1/2", 8, f, "c")
    p.new_page()
    p.text(18, 18, f"cd. protokołu nr {no}", 9, f)
    p.lines(
        18,
        30,
        [
            "Strony zgodnie potwierdzają przekazanie i przyjęcie przedmiotu wymienionego w poz. "
            f"a.–{'abcdefgh'[len(items) - 1]}.",
            "Protokół sporządzono w dwóch egzemplarzach.",
        ],
        9,
        f,
        lead=5,
    )
    sig_pair(p, 62, "Strona przekazująca", "Strona przyjmująca", f)
    p.text(p.w / 2, p.h - 10, "str. 2/2", 8, f, "c")
    return Sample(p.bytes(), (doc,))


def fam_rate_summary_header_box(rng: random.Random) -> Sample:
    """Top-right framed box 'Podsumowanie' with the summary by rate and 'Do zapłaty', ABOVE parties and items."""
    ents = distinct(rng, HW + SOFT + SERVICES, rng.randint(2, 4)) + distinct(rng, BOOKS + TRAINING, rng.randint(0, 1))
    items = [line(rng, e) for e in ents]
    no = f"{{MM}}/{rng.randint(1, 400):04d}/2026"
    doc = mk(rng, no, items)
    no = doc.number
    ms = "space"
    _net, _vat, gross = doc.totals()
    p = Pdf()
    p.text(15, 18, "FAKTURA", 18, "Sans-Bold")
    p.text(15, 25, f"nr {no}", 10.5)
    p.lines(
        15,
        33,
        [
            f"Data wystawienia: {date_fmt(doc.issue_date)}",
            f"Data sprzedaży: {date_fmt(doc.sale_date)}",
            f"Termin zapłaty: {date_fmt(due(doc))}",
        ],
        8,
        lead=4.2,
    )
    p.rect(100, 10, 96, 44, 0.7)
    p.text(103, 15, "Podsumowanie", 8.5, "Sans-Bold")
    y = table(p, 103, 17, vat_cols((18, 24, 22, 26)), rate_rows(doc, ms), TableStyle(size=7.2, grid=False, rules=True))
    p.text(193, min(y + 6, 52), f"Do zapłaty: {money(gross, ms)} zł", 10.5, "Sans-Bold", "r")
    top = max(60.0, y + 12)
    for x, cap, pt in ((15, "Sprzedawca", doc.seller), (110, "Nabywca", doc.buyer)):
        p.text(x, top, cap, 8, "Sans-Bold")
        p.lines(x, top + 5, [pt.name, pt.street, pt.city, f"NIP {nip_fmt(pt.nip, 'dash')}"], 8.6, lead=4.2)
    cols = [
        Col("Lp.", 8, "c"),
        Col("Nazwa", 82),
        Col("Ilość", 11, "r"),
        Col("J.m.", 10, "c"),
        Col("Cena netto", 20, "r"),
        Col("VAT", 10, "c"),
        Col("Wartość netto", 22, "r"),
        Col("Wartość brutto", 23, "r"),
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
            money(it.gross or 0, ms),
        ]
        for k, it in enumerate(items, 1)
    ]
    y = table(p, 12, top + 26, cols, rows, TableStyle(size=7.6, head_fill=0.9))
    p.text(15, y + 8, f"Słownie: {words_pln(gross)}", 8)
    p.text(15, y + 12.5, f"Rachunek: {iban(doc.bank)}", 8)
    if any(i.vat_rate == "zw" for i in items):
        p.text(15, y + 17, "Podstawa zwolnienia: art. 43 ust. 1 pkt 29 lit. c ustawy o VAT.", 7.2)
    return Sample(p.bytes(), (doc,))


def fam_totals_bottom_right_words_only(rng: random.Random) -> Sample:
    """No totals row and no VAT table: the totals only at the very bottom right of the page, figures then words."""
    items = mixed(rng, (1, 3), (1, 3))
    no = f"{rng.randint(1, 150)}/{rng.choice(('US', 'TW', 'S'))}/2026"
    doc = mk(rng, no, items)
    ms = "space"
    net, vat, gross = doc.totals()
    p = Pdf()
    p.text(p.w / 2, 18, f"Faktura VAT {no}", 14, "Sans-Bold", "c")
    p.text(
        p.w / 2,
        24,
        f"wystawiona {date_fmt(doc.issue_date)} w {doc.place}, sprzedaż {date_fmt(doc.sale_date)}",
        8.5,
        "Sans",
        "c",
    )
    for x, cap, pt in ((15, "SPRZEDAWCA", doc.seller), (110, "NABYWCA", doc.buyer)):
        p.text(x, 36, cap, 7.5, "Sans-Bold", spacing=0.6)
        p.lines(x, 41, [pt.name, pt.street, pt.city, f"NIP {pt.nip}"], 8.6, lead=4.2)
    cols = [
        Col("Lp.", 8, "c"),
        Col("Nazwa", 80),
        Col("Ilość", 11, "r"),
        Col("J.m.", 9, "c"),
        Col("Cena netto", 19, "r"),
        Col("Wartość netto", 21, "r"),
        Col("VAT", 9, "c"),
        Col("Wartość brutto", 21, "r"),
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
    y = table(p, 12, 64, cols, rows, TableStyle(size=7.6, grid=False, rules=True, head_fill=0.94))
    p.text(15, y + 8, f"Sposób zapłaty: przelew do {date_fmt(due(doc))}", 8)
    p.text(15, y + 12.5, f"Numer rachunku: {nrb(doc.bank)}", 8)
    sig_pair(p, y + 36, "Imię, nazwisko i podpis odbiorcy", "Imię, nazwisko i podpis wystawcy")
    yb = p.h - 42
    for lab, v, fnt in (
        ("Wartość netto:", net, "Sans"),
        ("Podatek VAT:", vat, "Sans"),
        ("Wartość brutto:", gross, "Sans-Bold"),
    ):
        p.text(150, yb, lab, 9, fnt, "r")
        p.text(p.w - 15, yb, f"{money(v, ms)} zł", 9, fnt, "r")
        yb += 5
    for k, w in enumerate(wrap("słownie: " + words_pln(gross), "Sans-Italic", 8, 95)):
        p.text(p.w - 15, yb + 1 + k * 4, w, 8, "Sans-Italic", "r")
    return Sample(p.bytes(), (doc,))
