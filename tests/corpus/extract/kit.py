"""Shared building blocks of the evaluation corpus: realistic data, number/date formats, expected values
and a small page-layout toolkit over reportlab.

Written independently of the parser (see README.md in this folder): nothing here knows how the parser
reads a page; the families only imitate what Polish vendors, ERPs and web apps print.
"""

from __future__ import annotations

import io
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from stdnum.pl import nip as stdnip

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
CENT = Decimal("0.01")
MM = 72 / 25.4

FONTS = {
    "Sans": "DejaVuSans.ttf",
    "Sans-Bold": "DejaVuSans-Bold.ttf",
    "Sans-Italic": "DejaVuSans-Oblique.ttf",
    "Serif": "DejaVuSerif.ttf",
    "Serif-Bold": "DejaVuSerif-Bold.ttf",
    "Mono": "DejaVuSansMono.ttf",
    "Mono-Bold": "DejaVuSansMono-Bold.ttf",
    "Cond": "DejaVuSansCondensed.ttf",
    "Cond-Bold": "DejaVuSansCondensed-Bold.ttf",
    "Light": "DejaVuSans-ExtraLight.ttf",
}
_registered = False


def register_fonts() -> None:
    global _registered
    if _registered:
        return
    for name, file in FONTS.items():
        pdfmetrics.registerFont(TTFont(name, FONT_DIR + file))
    _registered = True


# --------------------------------------------------------------------------------------------------
# Identifiers, money, dates


def make_nip(rng: random.Random) -> str:
    """A random NIP with a valid check digit (tax-office prefix never starts with 0)."""
    weights = (6, 5, 7, 2, 3, 4, 5, 6, 7)
    while True:
        digits = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(8)]
        check = sum(w * d for w, d in zip(weights, digits, strict=True)) % 11
        if check != 10:
            nip = "".join(map(str, digits)) + str(check)
            assert stdnip.is_valid(nip)
            return nip


def nip_fmt(nip: str, style: str) -> str:
    """NIP as printed: plain digits, 3-3-2-2, 3-2-2-3, or with the PL prefix."""
    if style == "dash":
        return f"{nip[:3]}-{nip[3:6]}-{nip[6:8]}-{nip[8:]}"
    if style == "dash2":
        return f"{nip[:3]}-{nip[3:5]}-{nip[5:7]}-{nip[7:]}"
    if style == "pl":
        return "PL" + nip
    if style == "space":
        return f"{nip[:3]} {nip[3:6]} {nip[6:8]} {nip[8:]}"
    return nip


def q2(x: Decimal) -> Decimal:
    return x.quantize(CENT, rounding=ROUND_HALF_UP)


def money(x: Decimal | int, style: str = "space") -> str:
    """1 234,56 (space), 1.234,56 (dot), 1234.56 (plain), 1234,56 (comma), 1 234.56 (spacedot)."""
    x = q2(Decimal(x))
    sign = "-" if x < 0 else ""
    whole, frac = f"{abs(x):.2f}".split(".")
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    if style == "space":
        return sign + "\u00a0".join(groups).replace("\u00a0", " ") + "," + frac
    if style == "dot":
        return sign + ".".join(groups) + "," + frac
    if style == "comma":
        return sign + "".join(groups) + "," + frac
    if style == "spacedot":
        return sign + " ".join(groups) + "." + frac
    return sign + "".join(groups) + "." + frac


def qty_fmt(q: Decimal, style: str = "space") -> str:
    if q == q.to_integral_value():
        return str(int(q))
    s = f"{q.normalize():f}"
    return s if style in ("plain", "spacedot") else s.replace(".", ",")


MONTHS_GEN = (
    "stycznia",
    "lutego",
    "marca",
    "kwietnia",
    "maja",
    "czerwca",
    "lipca",
    "sierpnia",
    "września",
    "października",
    "listopada",
    "grudnia",
)


def date_fmt(d: date, style: str = "dmy") -> str:
    if style == "iso":
        return d.isoformat()
    if style == "words":
        return f"{d.day} {MONTHS_GEN[d.month - 1]} {d.year}"
    if style == "words_r":
        return f"{d.day} {MONTHS_GEN[d.month - 1]} {d.year} r."
    if style == "dash":
        return f"{d.day:02d}-{d.month:02d}-{d.year}"
    if style == "slash":
        return f"{d.year}/{d.month:02d}/{d.day:02d}"
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


_UNITS = ("", "jeden", "dwa", "trzy", "cztery", "pięć", "sześć", "siedem", "osiem", "dziewięć")
_TEENS = (
    "dziesięć",
    "jedenaście",
    "dwanaście",
    "trzynaście",
    "czternaście",
    "piętnaście",
    "szesnaście",
    "siedemnaście",
    "osiemnaście",
    "dziewiętnaście",
)
_TENS = (
    "",
    "",
    "dwadzieścia",
    "trzydzieści",
    "czterdzieści",
    "pięćdziesiąt",
    "sześćdziesiąt",
    "siedemdziesiąt",
    "osiemdziesiąt",
    "dziewięćdziesiąt",
)
_HUNDREDS = (
    "",
    "sto",
    "dwieście",
    "trzysta",
    "czterysta",
    "pięćset",
    "sześćset",
    "siedemset",
    "osiemset",
    "dziewięćset",
)


def _below_thousand(n: int) -> list[str]:
    words = [_HUNDREDS[n // 100]]
    rest = n % 100
    if 10 <= rest < 20:
        words.append(_TEENS[rest - 10])
    else:
        words += [_TENS[rest // 10], _UNITS[rest % 10]]
    return [w for w in words if w]


def _plural(n: int, one: str, few: str, many: str) -> str:
    if n == 1:
        return one
    if n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14):
        return few
    return many


def words_pln(x: Decimal, currency: str = "PLN") -> str:
    """Polish "słownie" for an amount, e.g. 'dwanaście tysięcy ... złotych 34/100'."""
    x = q2(abs(x))
    whole = int(x)
    grosze = int((x - whole) * 100)
    parts: list[str] = []
    millions, rest = divmod(whole, 1_000_000)
    thousands, units = divmod(rest, 1000)
    if millions:
        parts += _below_thousand(millions) if millions > 1 else ["jeden"]
        parts.append(_plural(millions, "milion", "miliony", "milionów"))
    if thousands:
        if thousands > 1:
            parts += _below_thousand(thousands)
        parts.append(_plural(thousands, "tysiąc", "tysiące", "tysięcy"))
    if units or not parts:
        parts += _below_thousand(units) or ["zero"]
    cur = "euro" if currency == "EUR" else _plural(whole, "złoty", "złote", "złotych")
    return " ".join(parts) + f" {cur} {grosze:02d}/100"


# --------------------------------------------------------------------------------------------------
# Realistic content


@dataclass(frozen=True, slots=True)
class Party:
    name: str
    street: str
    city: str  # "00-000 Miasto"
    nip: str
    extra: tuple[str, ...] = ()  # second name line, e.g. "Urząd Gminy"


SELLER_NAMES = (
    "NetSecure Sp. z o.o.",
    "Infotech Serwis Jan Kowalski",
    "KOMPUTRONIK-B2B S.A.",
    "DataGuard Polska Sp. z o.o.",
    "Sieci i Systemy Marek Wiśniewski",
    "CyberOchrona Sp. z o.o. sp.k.",
    "IT-Partner Rzeszów Sp. z o.o.",
    "Przedsiębiorstwo Informatyczne „BIT” Anna Zając",
    "ProNet Solutions S.A.",
    "Softpol Dystrybucja Sp. z o.o.",
    "AlfaComp s.c. Nowak, Lis",
    "Biuro Projektów Informatycznych ELKOM Sp. z o.o.",
    "Kaszubskie Centrum IT Sp. z o.o.",
    "SerwerOwnia Tomasz Dąbrowski",
    "Mazowiecka Grupa Teleinformatyczna Sp. z o.o.",
    "Fortis IT Sp. z o.o.",
    "ZETO-Software Sp. z o.o.",
    "Integrator24 Sp. z o.o.",
    "Akademia Bezpieczeństwa Cyfrowego Sp. z o.o.",
    "TechMar Marta Grabowska",
    "Systemy Zasilania ENERGOTECH Sp. z o.o.",
    "Podlaski Dom Oprogramowania S.A.",
)
STREETS = (
    "ul. Przemysłowa 14",
    "ul. Kwiatowa 3/5",
    "al. Jana Pawła II 112",
    "ul. Szkolna 7",
    "ul. Polna 21A",
    "ul. Długa 48 lok. 2",
    "ul. Mickiewicza 9",
    "Rynek 1",
    "ul. Kościuszki 30",
    "ul. Leśna 2",
    "pl. Wolności 4",
    "ul. Żeromskiego 15B",
    "ul. Ogrodowa 58",
)
CITIES = (
    "00-950 Warszawa",
    "30-552 Kraków",
    "61-896 Poznań",
    "80-244 Gdańsk",
    "35-959 Rzeszów",
    "20-012 Lublin",
    "15-062 Białystok",
    "50-077 Wrocław",
    "90-410 Łódź",
    "25-002 Kielce",
    "10-531 Olsztyn",
    "45-082 Opole",
)
JST = (
    ("Gmina Wiśniowa", "Wiśniowa 1", "32-412 Wiśniowa", ("Urząd Gminy Wiśniowa",)),
    ("Powiat Łowicki", "ul. Stanisławskiego 30", "99-400 Łowicz", ("Starostwo Powiatowe w Łowiczu",)),
    ("Gmina Miasto Zakopane", "ul. Kościuszki 13", "34-500 Zakopane", ()),
    ("Gmina Stare Babice", "ul. Rynek 32", "05-082 Stare Babice", ("Urząd Gminy Stare Babice",)),
    ("Miasto Suwałki", "ul. Mickiewicza 1", "16-400 Suwałki", ("Urząd Miejski w Suwałkach",)),
    ("Powiat Bieszczadzki", "ul. Mickiewicza 19", "38-700 Ustrzyki Dolne", ()),
    ("Gmina Ochotnica Dolna", "Ochotnica Dolna 1", "34-452 Ochotnica Dolna", ()),
    ("Gmina i Miasto Nowe Warpno", "ul. Rynek 1", "72-022 Nowe Warpno", ()),
    ("Powiat Gnieźnieński", "ul. Papieża Jana Pawła II 9/10", "62-200 Gniezno", ("Starostwo Powiatowe",)),
    ("Gmina Krzyżanów", "Krzyżanów 51", "99-314 Krzyżanów", ()),
    ("Gmina Łęczna", "pl. Kościuszki 5", "21-010 Łęczna", ("Urząd Miejski w Łęcznej",)),
    ("Miasto Ełk", "ul. Marszałka J. Piłsudskiego 4", "19-300 Ełk", ()),
)
RECIPIENTS = (
    "Szkoła Podstawowa nr 2 im. Jana Pawła II",
    "Gminny Ośrodek Pomocy Społecznej",
    "Zespół Szkół Ponadpodstawowych nr 1",
    "Miejska Biblioteka Publiczna",
    "Centrum Usług Wspólnych",
)

# name, unit, (low, high) unit net price, default VAT rate, PKWiU, CN, GTU
CATALOGUE: tuple[tuple[str, str, tuple[int, int], str, str, str, str], ...] = (
    (
        "Laptop Dell Latitude 5540 i5-1335U 16 GB 512 GB SSD Windows 11 Pro",
        "szt.",
        (3900, 4600),
        "23",
        "26.20.11.0",
        "8471 30 00",
        "GTU_06",
    ),
    (
        "Laptop Lenovo ThinkPad E16 Gen 1 R5 7530U 16GB 512SSD W11P",
        "szt.",
        (3300, 3900),
        "23",
        "26.20.11.0",
        "8471 30 00",
        "GTU_06",
    ),
    (
        "Firewall FortiGate 60F z licencją UTP na 3 lata",
        "szt.",
        (7200, 8900),
        "23",
        "26.30.11.0",
        "8517 62 00",
        "GTU_06",
    ),
    (
        "Urządzenie UTM Sophos XGS 2100 z subskrypcją Xstream 12 mies.",
        "kpl.",
        (13500, 15800),
        "23",
        "26.30.11.0",
        "8517 62 00",
        "GTU_06",
    ),
    (
        "Serwer Dell PowerEdge R650xs Xeon Silver 4310 64GB 2x960GB SSD",
        "szt.",
        (21000, 27500),
        "23",
        "26.20.14.0",
        "8471 50 00",
        "GTU_06",
    ),
    ("Zasilacz UPS APC Smart-UPS SRT 3000VA RM 230V", "szt.", (6200, 7400), "23", "27.90.11.0", "8504 40 30", ""),
    ("Zasilacz awaryjny UPS Eaton 5SC 1500i", "szt.", (2100, 2600), "23", "27.90.11.0", "8504 40 30", ""),
    ("Licencja Microsoft 365 Business Standard (12 mies.)", "szt.", (520, 640), "23", "58.29.50.0", "", ""),
    ("Licencja ESET PROTECT Entry on-prem (1 rok, 1 stanowisko)", "lic.", (95, 140), "23", "58.29.50.0", "", ""),
    ("Licencja Veeam Data Platform Foundation (1 rok, 10 instancji)", "kpl.", (5200, 6800), "23", "58.29.50.0", "", ""),
    (
        "Macierz dyskowa Synology RS1221+ z 4 dyskami 8 TB",
        "szt.",
        (9800, 12400),
        "23",
        "26.20.21.0",
        "8471 70 50",
        "GTU_06",
    ),
    (
        "Przełącznik zarządzalny HPE Aruba 2930F 24G 4SFP+",
        "szt.",
        (4600, 5700),
        "23",
        "26.30.23.0",
        "8517 62 00",
        "GTU_06",
    ),
    ("Punkt dostępowy Ubiquiti UniFi U6 Pro", "szt.", (690, 840), "23", "26.30.11.0", "8517 62 00", "GTU_06"),
    ("Toner HP 59A CF259A czarny", "szt.", (310, 420), "23", "20.59.30.0", "3707 90 20", ""),
    ("Drukarka HP LaserJet Pro 4002dn", "szt.", (980, 1250), "23", "26.20.16.0", "8443 32 10", ""),
    ('Monitor Dell P2423D 23,8" QHD', "szt.", (890, 1090), "23", "26.20.17.0", "8528 52 10", ""),
    (
        "Szkolenie z cyberbezpieczeństwa dla pracowników urzędu (8 godz.)",
        "usł.",
        (3500, 6500),
        "zw",
        "85.59.13.0",
        "",
        "",
    ),
    (
        "Audyt bezpieczeństwa systemów informatycznych wraz z raportem",
        "usł.",
        (14000, 26000),
        "23",
        "62.02.30.0",
        "",
        "GTU_12",
    ),
    ("Wdrożenie i konfiguracja systemu kopii zapasowych", "usł.", (4000, 9000), "23", "62.09.20.0", "", "GTU_12"),
    (
        "Opracowanie dokumentacji Systemu Zarządzania Bezpieczeństwem Informacji",
        "usł.",
        (7000, 15000),
        "23",
        "62.02.30.0",
        "",
        "GTU_12",
    ),
    ("Usługa SOC - monitoring bezpieczeństwa 24/7 (miesiąc)", "mies.", (3800, 5200), "23", "62.03.12.0", "", "GTU_12"),
    ("Dysk SSD Samsung 870 EVO 1TB SATA", "szt.", (330, 420), "23", "26.20.21.0", "8471 70 50", "GTU_06"),
    ("Klucz sprzętowy YubiKey 5 NFC", "szt.", (210, 270), "23", "26.20.30.0", "8471 80 00", ""),
    ('Szafa rack 19" 42U 800x1000 z wyposażeniem', "kpl.", (2600, 3900), "23", "27.33.13.0", "9403 20 80", ""),
    (
        "Oprogramowanie do zarządzania podatnościami Tenable Nessus Pro (1 rok)",
        "lic.",
        (17000, 19500),
        "23",
        "58.29.50.0",
        "",
        "",
    ),
)
QTY_CHOICES = (1, 1, 1, 2, 2, 3, 4, 5, 6, 10, 12, 15, 20)


@dataclass(frozen=True, slots=True)
class Item:
    """One expected line. A None amount means the layout does not print it (not scored)."""

    name: str
    qty: Decimal
    unit: str
    unit_price: Decimal | None  # as printed: net or gross unit price (see gross_based on Doc)
    net: Decimal | None
    vat_rate: str | None
    vat: Decimal | None
    gross: Decimal | None
    before_correction: bool = False
    codes: tuple[str, str, str] = ("", "", "")  # PKWiU, CN, GTU

    def expected(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "qty": str(self.qty),
            "net": _s(self.net),
            "gross": _s(self.gross),
            "before_correction": self.before_correction,
        }


def _s(x: Decimal | None) -> str | None:
    return None if x is None else str(q2(x))


@dataclass(frozen=True, slots=True)
class Doc:
    """One document as data: it renders to a page and yields the expected JSON fields."""

    kind: str  # invoice | correction | protocol
    number: str
    issue_date: date
    sale_date: date | None
    seller: Party
    buyer: Party
    currency: str | None
    items: tuple[Item, ...]
    gross_based: bool = False
    recipient: Party | None = None
    payer: Party | None = None
    place: str = ""
    due_days: int = 14
    pay_method: str = "przelew"
    bank: str = ""
    corrected_number: str = ""
    corrected_date: date | None = None
    reason: str = ""
    references: str = ""
    # None = not printed by the layout (not scored)
    print_item_vat: bool = True
    score_sale_date: bool = True
    item_amounts: tuple[str, ...] = ("net", "gross")  # item amounts the layout prints (others are not scored)
    score_amounts: bool = True  # False: a protocol that prints values (the contract leaves them open)

    @property
    def after_items(self) -> tuple[Item, ...]:
        return tuple(i for i in self.items if not i.before_correction)

    @property
    def before_items(self) -> tuple[Item, ...]:
        return tuple(i for i in self.items if i.before_correction)

    def rate_summary(self, items: Sequence[Item] | None = None) -> list[tuple[str, Decimal, Decimal, Decimal]]:
        """Per VAT rate: (rate, net, vat, gross), computed the way the document prints it."""
        items = self.after_items if items is None else items
        out = []
        for rate in _rate_order({i.vat_rate or "23" for i in items}):
            group = [i for i in items if (i.vat_rate or "23") == rate]
            if self.print_item_vat:
                net = sum((i.net or Decimal(0) for i in group), Decimal(0))
                vat = sum((i.vat or Decimal(0) for i in group), Decimal(0))
                gross = sum((i.gross or Decimal(0) for i in group), Decimal(0))
            else:  # VAT computed once per rate on the summed net
                net = sum((i.net or Decimal(0) for i in group), Decimal(0))
                vat = q2(net * _rate(rate) / 100)
                gross = net + vat
            out.append((rate, net, vat, gross))
        return out

    def totals(self, items: Sequence[Item] | None = None) -> tuple[Decimal, Decimal, Decimal]:
        s = self.rate_summary(items)
        return (
            sum((r[1] for r in s), Decimal(0)),
            sum((r[2] for r in s), Decimal(0)),
            sum((r[3] for r in s), Decimal(0)),
        )

    def expected(self) -> dict[str, Any]:
        exp: dict[str, Any] = {
            "kind": self.kind,
            "number": self.number,
            "issue_date": self.issue_date.isoformat(),
            "seller_nip": self.seller.nip,
            "buyer_nip": self.buyer.nip,
            "seller_name": self.seller.name,
            "buyer_name": self.buyer.name,
        }
        if self.score_sale_date and self.sale_date is not None:
            exp["sale_date"] = self.sale_date.isoformat()
        if self.kind == "protocol":
            if self.score_amounts:
                exp.update(currency=None, net_total=None, vat_total=None, gross_total=None)
            exp["items"] = [
                {"name": i.name, "qty": str(i.qty), "net": None, "gross": None, "before_correction": False}
                for i in self.items
            ]
            return exp
        if self.kind == "correction":
            after = self.totals(self.after_items)
            before = self.totals(self.before_items)
            net, vat, gross = (a - b for a, b in zip(after, before, strict=True))
        else:
            net, vat, gross = self.totals()
        exp.update(currency=self.currency, net_total=str(q2(net)), vat_total=str(q2(vat)), gross_total=str(q2(gross)))
        exp["items"] = [i.expected() for i in self.items]
        for it in exp["items"]:
            for f in ("net", "gross"):
                if f not in self.item_amounts or (f == "gross" and not self.print_item_vat):
                    it[f] = None
        return exp


def _rate(rate: str) -> Decimal:
    return Decimal(rate) if rate.isdigit() else Decimal(0)


def _rate_order(rates: set[str]) -> list[str]:
    return sorted(rates, key=lambda r: (-int(r) if r.isdigit() else 1, r))


def make_line(
    rng: random.Random,
    entry: tuple[Any, ...],
    *,
    gross_based: bool = False,
    rate: str | None = None,
    qty: int | None = None,
    eur: bool = False,
) -> Item:
    name, unit, (lo, hi), default_rate, pkwiu, cn, gtu = entry
    rate = rate or default_rate
    q = Decimal(qty if qty is not None else rng.choice(QTY_CHOICES))
    if unit in ("usł.", "mies.", "kpl.") and qty is None:
        q = Decimal(rng.choice((1, 1, 1, 2, 3)))
    price = Decimal(rng.randint(lo * 100, hi * 100)) / 100
    if eur:
        price = q2(price / Decimal("4.30"))
    r = _rate(rate)
    if gross_based:
        unit_gross = price
        gross = q2(unit_gross * q)
        vat = q2(gross * r / (100 + r))
        net = gross - vat
        return Item(name, q, unit, unit_gross, net, rate, vat, gross, codes=(pkwiu, cn, gtu))
    net = q2(price * q)
    vat = q2(net * r / 100)
    return Item(name, q, unit, price, net, rate, vat, net + vat, codes=(pkwiu, cn, gtu))


def pick_seller(rng: random.Random) -> Party:
    return Party(rng.choice(SELLER_NAMES), rng.choice(STREETS), rng.choice(CITIES), make_nip(rng))


def pick_buyer(rng: random.Random) -> Party:
    name, street, city, extra = rng.choice(JST)
    return Party(name, street, city, make_nip(rng), extra)


def pick_recipient(rng: random.Random, buyer: Party) -> Party:
    town = buyer.city.split(" ", 1)[1]
    return Party(f"{rng.choice(RECIPIENTS)} w {town}", rng.choice(STREETS), buyer.city, make_nip(rng))


@dataclass(frozen=True, slots=True)
class DocOptions:
    n_items: tuple[int, int] = (2, 6)
    gross_based: bool = False
    currency: str = "PLN"
    rates: tuple[str, ...] = ()  # force a mix of rates (cycled over lines)
    kind: str = "invoice"
    recipient: bool = False
    payer: bool = False
    print_item_vat: bool = True
    item_pool: tuple[int, ...] = ()  # indexes into CATALOGUE


def make_doc(rng: random.Random, number: str, opts: DocOptions = DocOptions()) -> Doc:
    seller, buyer = pick_seller(rng), pick_buyer(rng)
    issue = date(2026, 1, 2) + timedelta(days=rng.randint(0, 300))
    sale = issue - timedelta(days=rng.choice((0, 0, 1, 2, 3, 5, 7)))
    n = rng.randint(*opts.n_items)
    pool = [CATALOGUE[i] for i in opts.item_pool] if opts.item_pool else list(CATALOGUE)
    entries = rng.sample(pool, min(n, len(pool)))
    while len(entries) < n:
        entries.append(rng.choice(pool))
    items = []
    for k, entry in enumerate(entries):
        rate = opts.rates[k % len(opts.rates)] if opts.rates else None
        items.append(make_line(rng, entry, gross_based=opts.gross_based, rate=rate, eur=opts.currency == "EUR"))
    recipient = pick_recipient(rng, buyer) if opts.recipient else None
    payer = None
    if opts.payer:
        payer = Party(buyer.extra[0] if buyer.extra else f"Urząd {buyer.name}", buyer.street, buyer.city, make_nip(rng))
    bank = "PL" + "".join(str(rng.randint(0, 9)) for _ in range(26))
    return Doc(
        kind=opts.kind,
        number=number,
        issue_date=issue,
        sale_date=sale,
        seller=seller,
        buyer=buyer,
        currency=opts.currency,
        items=tuple(items),
        gross_based=opts.gross_based,
        recipient=recipient,
        payer=payer,
        place=seller.city.split(" ", 1)[1],
        due_days=rng.choice((7, 14, 14, 21, 30)),
        bank=bank,
        print_item_vat=opts.print_item_vat,
    )


def make_correction(rng: random.Random, number: str, opts: DocOptions = DocOptions()) -> Doc:
    """A correction: a few lines before and after (price cut or quantity change)."""
    base = make_doc(rng, number, replace(opts, kind="correction", n_items=(1, 3)))
    before, after = [], []
    for it in base.items:
        before.append(replace(it, before_correction=True))
        if rng.random() < 0.5 and it.qty > 1:
            new_q = it.qty - 1
            after.append(make_like(it, new_q, it.unit_price or Decimal(0), base.gross_based))
        else:
            cut = q2((it.unit_price or Decimal(0)) * Decimal(rng.choice(("0.9", "0.85", "0.95"))))
            after.append(make_like(it, it.qty, cut, base.gross_based))
    orig_no = "FV/" + str(rng.randint(100, 999)) + f"/{base.issue_date.year}"
    return replace(
        base,
        items=tuple(before + after),
        corrected_number=orig_no,
        corrected_date=base.issue_date - timedelta(days=rng.randint(10, 40)),
        reason=rng.choice(("rabat udzielony po sprzedaży", "zwrot części towaru", "błędna cena jednostkowa")),
    )


def make_like(it: Item, qty: Decimal, unit_price: Decimal, gross_based: bool) -> Item:
    r = _rate(it.vat_rate or "23")
    if gross_based:
        gross = q2(unit_price * qty)
        vat = q2(gross * r / (100 + r))
        return replace(
            it, qty=qty, unit_price=unit_price, net=gross - vat, vat=vat, gross=gross, before_correction=False
        )
    net = q2(unit_price * qty)
    vat = q2(net * r / 100)
    return replace(it, qty=qty, unit_price=unit_price, net=net, vat=vat, gross=net + vat, before_correction=False)


def make_protocol(
    rng: random.Random,
    number: str,
    *,
    with_values: bool = False,
    n: tuple[int, int] = (2, 5),
    pool: tuple[int, ...] = (),
) -> Doc:
    d = make_doc(rng, number, DocOptions(kind="protocol", n_items=n, item_pool=pool))
    if with_values:
        return d
    return replace(
        d,
        currency=None,
        sale_date=None,
        references=f"Umowa nr {rng.randint(1, 40)}/CS/{d.issue_date.year} z dnia "
        f"{date_fmt(d.issue_date - timedelta(days=30))}",
    )


# --------------------------------------------------------------------------------------------------
# Page toolkit


class Pdf:
    """A reportlab canvas addressed in millimetres from the top-left corner."""

    def __init__(self, *, pagesize: tuple[float, float] = A4, land: bool = False) -> None:
        register_fonts()
        self.buf = io.BytesIO()
        self.size = landscape(pagesize) if land else pagesize
        self.c = rl_canvas.Canvas(self.buf, pagesize=self.size, invariant=True)
        self.c.setTitle("dokument")
        self.w = self.size[0] / MM
        self.h = self.size[1] / MM
        self.page_no = 1
        self.on_page: Callable[[Pdf], float] | None = None  # draws a running header, returns the y to continue

    def text(
        self, x: float, y: float, s: str, size: float = 9, font: str = "Sans", align: str = "l", spacing: float = 0
    ) -> None:
        c = self.c
        c.setFont(font, size)
        px, py = x * MM, (self.h - y) * MM
        if spacing:
            to = c.beginText(px, py)
            to.setFont(font, size)
            to.setCharSpace(spacing)
            if align != "l":
                width = pdfmetrics.stringWidth(s, font, size) + spacing * (len(s) - 1)
                to.setTextOrigin(px - (width if align == "r" else width / 2), py)
            to.textLine(s)
            c.saveState()
            c.drawText(to)
            c.restoreState()
            c.setFont(font, size)
        elif align == "r":
            c.drawRightString(px, py, s)
        elif align == "c":
            c.drawCentredString(px, py, s)
        else:
            c.drawString(px, py, s)

    def lines(
        self,
        x: float,
        y: float,
        rows: Sequence[str],
        size: float = 9,
        font: str = "Sans",
        lead: float | None = None,
        align: str = "l",
    ) -> float:
        lead = lead if lead is not None else size * 0.45
        for r in rows:
            self.text(x, y, r, size, font, align)
            y += lead
        return y

    def hline(self, x1: float, x2: float, y: float, width: float = 0.5, gray: float = 0) -> None:
        self.c.setLineWidth(width)
        self.c.setStrokeGray(gray)
        self.c.line(x1 * MM, (self.h - y) * MM, x2 * MM, (self.h - y) * MM)
        self.c.setStrokeGray(0)

    def vline(self, x: float, y1: float, y2: float, width: float = 0.5) -> None:
        self.c.setLineWidth(width)
        self.c.line(x * MM, (self.h - y1) * MM, x * MM, (self.h - y2) * MM)

    def rect(self, x: float, y: float, w: float, h: float, width: float = 0.5, fill: float | None = None) -> None:
        self.c.setLineWidth(width)
        if fill is not None:
            self.c.setFillGray(fill)
            self.c.rect(x * MM, (self.h - y - h) * MM, w * MM, h * MM, stroke=1 if width else 0, fill=1)
            self.c.setFillGray(0)
        else:
            self.c.rect(x * MM, (self.h - y - h) * MM, w * MM, h * MM, stroke=1, fill=0)

    def new_page(self) -> float:
        self.c.showPage()
        self.page_no += 1
        return self.on_page(self) if self.on_page else 15.0

    def bytes(self) -> bytes:
        self.c.showPage()
        self.c.save()
        return self.buf.getvalue()


def wrap(s: str, font: str, size: float, width_mm: float) -> list[str]:
    words, out, cur = s.split(" "), [], ""
    for w in words:
        cand = (cur + " " + w).strip()
        if pdfmetrics.stringWidth(cand, font, size) / MM <= width_mm or not cur:
            cur = cand
        else:
            out.append(cur)
            cur = w
    if cur:
        out.append(cur)
    return out


@dataclass(frozen=True, slots=True)
class Col:
    title: str
    width: float  # mm
    align: str = "l"  # l | r | c


@dataclass(slots=True)
class TableStyle:
    size: float = 8
    font: str = "Sans"
    head_font: str = "Sans-Bold"
    head_size: float | None = None
    grid: bool = True  # full grid
    rules: bool = False  # only horizontal rules under header and rows
    head_fill: float | None = None  # gray level of the header background
    pad: float = 1.2
    lead: float | None = None
    bottom: float = 20.0  # mm from the bottom where the table breaks
    head_lines: tuple[str, ...] = field(default_factory=tuple)


def table(
    pdf: Pdf,
    x: float,
    y: float,
    cols: Sequence[Col],
    rows: Sequence[Sequence[str]],
    st: TableStyle,
    *,
    carry: Callable[[int], Sequence[str] | None] | None = None,
) -> float:
    """Draw rows under a header; break pages and repeat the header. Returns y below the table.

    `carry(row_index)` may return a "carried over" row printed at the bottom of a page before a break.
    """
    lead = st.lead or st.size * 0.42
    hsize = st.head_size or st.size
    total_w = sum(c.width for c in cols)

    def head(y: float) -> float:
        hl = [wrap(c.title, st.head_font, hsize, c.width - 2 * st.pad) for c in cols]
        h = max(len(v) for v in hl) * hsize * 0.42 + 2 * st.pad
        if st.head_fill is not None:
            pdf.rect(x, y, total_w, h, width=0.5 if st.grid else 0, fill=st.head_fill)
        if st.grid:
            _grid_row(pdf, x, y, cols, h)
        elif st.rules:
            pdf.hline(x, x + total_w, y, 0.6)
        cx = x
        for c, lines in zip(cols, hl, strict=True):
            yy = y + st.pad + hsize * 0.35
            for ln in lines:
                tx = cx + st.pad if c.align == "l" else (cx + c.width - st.pad if c.align == "r" else cx + c.width / 2)
                pdf.text(tx, yy, ln, hsize, st.head_font, "c" if c.align == "c" else c.align)
                yy += hsize * 0.42
            cx += c.width
        y += h
        if st.rules or not st.grid:
            pdf.hline(x, x + total_w, y, 0.6 if st.rules else 0.3)
        return y

    y = head(y)
    for ri, row in enumerate(rows):
        cells = [wrap(v, st.font, st.size, c.width - 2 * st.pad) for c, v in zip(cols, row, strict=True)]
        h = max(len(v) for v in cells) * lead + 2 * st.pad
        if y + h > pdf.h - st.bottom:
            if carry is not None:
                crow = carry(ri)
                if crow:
                    for c, v, cx in zip(cols, crow, _xs(x, cols), strict=True):
                        if v:
                            pdf.text(
                                cx + c.width - st.pad if c.align == "r" else cx + st.pad,
                                y + 4,
                                v,
                                st.size,
                                st.head_font,
                                "r" if c.align == "r" else "l",
                            )
            y = pdf.new_page()
            if carry is not None:
                crow = carry(ri)
                if crow:
                    for c, v, cx in zip(cols, crow, _xs(x, cols), strict=True):
                        if v:
                            pdf.text(
                                cx + c.width - st.pad if c.align == "r" else cx + st.pad,
                                y,
                                v,
                                st.size,
                                st.head_font,
                                "r" if c.align == "r" else "l",
                            )
                    y += 4
            y = head(y)
        if st.grid:
            _grid_row(pdf, x, y, cols, h)
        cx = x
        for c, lines in zip(cols, cells, strict=True):
            yy = y + st.pad + st.size * 0.35
            for ln in lines:
                tx = cx + st.pad if c.align == "l" else (cx + c.width - st.pad if c.align == "r" else cx + c.width / 2)
                pdf.text(tx, yy, ln, st.size, st.font, "c" if c.align == "c" else c.align)
                yy += lead
            cx += c.width
        y += h
        if st.rules:
            pdf.hline(x, x + total_w, y, 0.2, gray=0.5)
    return y


def _xs(x: float, cols: Sequence[Col]) -> list[float]:
    out = []
    for c in cols:
        out.append(x)
        x += c.width
    return out


def _grid_row(pdf: Pdf, x: float, y: float, cols: Sequence[Col], h: float) -> None:
    total = sum(c.width for c in cols)
    pdf.rect(x, y, total, h, 0.4)
    cx = x
    for c in cols[:-1]:
        cx += c.width
        pdf.vline(cx, y, y + h, 0.4)


def rate_label(rate: str | None, style: str = "pct") -> str:
    if rate is None:
        return ""
    if not rate.isdigit():
        return rate
    return f"{rate}%" if style == "pct" else rate


def party_lines(p: Party, *, nip_label: str = "NIP: ", nip_style: str = "plain", extra: bool = True) -> list[str]:
    rows = [p.name]
    if extra:
        rows += list(p.extra)
    rows += [p.street, p.city]
    if nip_label is not None:
        rows.append(f"{nip_label}{nip_fmt(p.nip, nip_style)}")
    return rows
