"""BLIND-8 families (fresh batch). Not to be opened by the parser engineer; measured once, at the end.

Layouts written for this batch only, by an evaluator who never read the parser (`extractors/`, `checks/`,
`tests/extractors/`). They share the data model (`Doc`, `Item`, `Party`, `make_like`) and the page canvas and table
drawing (`Pdf`, `table`) of `kit.py`, but bring their own sellers, their own IT catalogue and real gminy and powiaty
from the TERYT register (TERC 2024-01-01, `/work/shared/data/teryt/terc_2024-01-01.csv`; the TERYT code of each is
kept next to it; a gmina miejska is printed "Miasto X", any other gmina "Gmina X", a powiat "Powiat X" with its
Starostwo; streets and postcodes are invented).

Focus of the batch: a big electronics retailer's B2B invoice (order and client numbers, delivery method as a priced
line, the number repeated under a barcode-like strip, gross prices); a marketplace seller's invoice (platform order
id, short names with a seller-code column, gross only per line, "Zapłacono"); a "Mechanizm podzielonej płatności"
box with "Cena przed rabatem | Rabat % | Cena netto" columns and the GTU code as the last column; a "zestaw" whose
components are listed under it at 0,00 with sub-numbers 1.1, 1.2; a "Faktura zaliczkowa" with the ordered goods as
an informational table and the advance as the only taxable line; the VAT table on the left and the total only in a
framed "RAZEM DO ZAPŁATY" box on the right; a wholesaler's landscape page with fifteen narrow columns and a
delivery address as a third party block; a "Protokół odbioru częściowego" with percent of completion per stage and
values; a "Protokół przekazania licencji" with licence keys as rows under each product; a training acceptance
protocol with a participant list (participants are not items); a powiat as Nabywca with its Starostwo Powiatowe as
Odbiorca, parties stacked one under the other; a small IT company's word-processor invoice aligned with tab stops
(no table lines at all); a correction with "Treść korygowana" / "Treść prawidłowa" tables; a foreign software
vendor's bilingual Polish/English EUR invoice under reverse charge ("odwrotne obciążenie", VAT "NP"), its Polish
NIP printed beside its home VAT id.
"""

from __future__ import annotations

import random
import string
from datetime import date, timedelta
from decimal import Decimal

from tests.corpus.extract.blocks import vat_summary
from tests.corpus.extract.kit import (
    Col,
    Doc,
    Item,
    Party,
    Pdf,
    TableStyle,
    date_fmt,
    make_like,
    make_nip,
    money,
    nip_fmt,
    q2,
    qty_fmt,
    rate_label,
    table,
    words_pln,
)
from tests.corpus.extract.registry import Sample

# (TERC 2024-01-01 code, name as printed, office, postcode + town)
GMINY = (
    ("2062011", "Miasto Łomża", "Urząd Miejski w Łomży", "18-400 Łomża"),
    ("1020092", "Gmina Zgierz", "Urząd Gminy Zgierz", "95-100 Zgierz"),
    ("1803032", "Gmina Czarna", "Urząd Gminy Czarna", "39-215 Czarna"),
    ("0209042", "Gmina Kunice", "Urząd Gminy Kunice", "59-216 Kunice"),
    ("3003072", "Gmina Mieleszyn", "Urząd Gminy Mieleszyn", "62-212 Mieleszyn"),
    ("0206041", "Miasto Szklarska Poręba", "Urząd Miasta Szklarska Poręba", "58-580 Szklarska Poręba"),
    ("1807043", "Gmina Jedlicze", "Urząd Gminy i Miasta Jedlicze", "38-460 Jedlicze"),
    ("2417152", "Gmina Węgierska Górka", "Urząd Gminy Węgierska Górka", "34-350 Węgierska Górka"),
    ("1214053", "Gmina Proszowice", "Urząd Gminy i Miasta Proszowice", "32-100 Proszowice"),
    ("0619032", "Gmina Hańsk", "Urząd Gminy Hańsk", "22-235 Hańsk"),
    ("0809013", "Gmina Babimost", "Urząd Miejski w Babimoście", "66-110 Babimost"),
    ("3217011", "Miasto Wałcz", "Urząd Miasta Wałcz", "78-600 Wałcz"),
    ("1012142", "Gmina Żytno", "Urząd Gminy Żytno", "97-532 Żytno"),
    ("2207052", "Gmina Ryjewo", "Urząd Gminy Ryjewo", "82-420 Ryjewo"),
    ("1608062", "Gmina Rudniki", "Urząd Gminy Rudniki", "46-325 Rudniki"),
)
# (TERC powiat code, name as printed, its office, postcode + seat)
POWIATY = (
    ("2408", "Powiat Mikołowski", "Starostwo Powiatowe w Mikołowie", "43-190 Mikołów"),
    ("0807", "Powiat Sulęciński", "Starostwo Powiatowe w Sulęcinie", "69-200 Sulęcin"),
    ("1603", "Powiat Kędzierzyńsko-Kozielski", "Starostwo Powiatowe w Kędzierzynie-Koźlu", "47-200 Kędzierzyn-Koźle"),
    ("1007", "Powiat Opoczyński", "Starostwo Powiatowe w Opocznie", "26-300 Opoczno"),
    ("0617", "Powiat Świdnicki", "Starostwo Powiatowe w Świdniku", "21-040 Świdnik"),
    ("2605", "Powiat Konecki", "Starostwo Powiatowe w Końskich", "26-200 Końskie"),
    ("1808", "Powiat Leżajski", "Starostwo Powiatowe w Leżajsku", "37-300 Leżajsk"),
    ("0405", "Powiat Golubsko-Dobrzyński", "Starostwo Powiatowe w Golubiu-Dobrzyniu", "87-400 Golub-Dobrzyń"),
)
OFFICE_STREETS = (
    "ul. Rynek 1",
    "pl. Wolności 2",
    "ul. Kościuszki 14",
    "ul. Ratuszowa 3",
    "ul. Parkowa 5",
    "ul. 3 Maja 10",
)
SELLER_STREETS = (
    "ul. Fabryczna 22",
    "al. Krakowska 271",
    "ul. Bukowa 4/12",
    "ul. Techniczna 8",
    "ul. Składowa 31B",
    "ul. Poznańska 129",
)
SELLER_CITIES = ("02-305 Warszawa", "31-564 Kraków", "60-185 Poznań", "80-298 Gdańsk", "40-203 Katowice", "90-361 Łódź")

# Own catalogue: (name, unit, (lo, hi) zł, rate, PKWiU, CN, GTU)
CAT = (
    ("Notebook Lenovo ThinkPad E14 Gen 5 i5/16GB/512GB W11P", "szt.", (3900, 4700), "23", "26.20.11.0", "", "GTU_06"),
    ("Komputer stacjonarny HP Pro Tower 400 G9 i5/16GB/512SSD", "szt.", (3100, 3800), "23", "26.20.15.0", "", "GTU_06"),
    ("Przełącznik Cisco CBS350-24T-4G", "szt.", (2100, 2700), "23", "26.30.23.0", "", "GTU_06"),
    (
        "Firewall WatchGuard Firebox T45 z pakietem Basic Security 1 rok",
        "szt.",
        (4200, 5300),
        "23",
        "26.30.11.0",
        "",
        "GTU_06",
    ),
    ("Serwer NAS QNAP TS-873A-8G", "szt.", (5200, 6400), "23", "26.20.21.0", "", "GTU_06"),
    ("Dysk twardy Seagate IronWolf 8TB", "szt.", (880, 1100), "23", "26.20.21.0", "", "GTU_06"),
    ("UPS CyberPower OLS2000EA 2000VA", "szt.", (2300, 2900), "23", "27.90.11.0", "", ""),
    ('Monitor iiyama ProLite XUB2493HS 24"', "szt.", (560, 690), "23", "26.20.17.0", "", ""),
    ("Skaner dokumentów Fujitsu fi-8170", "szt.", (3800, 4600), "23", "26.20.16.0", "", ""),
    ("Licencja Bitdefender GravityZone Business Security 1 rok", "lic.", (120, 165), "23", "58.29.50.0", "", ""),
    ("Licencja Windows Server 2022 Standard 16 Core", "szt.", (3600, 4300), "23", "58.29.50.0", "", ""),
    ("Kamera IP Hikvision DS-2CD2143G2-I", "szt.", (480, 620), "23", "26.40.33.0", "", "GTU_06"),
    ("Wdrożenie polityki haseł i MFA w urzędzie", "usł.", (3000, 6500), "23", "62.02.30.0", "", "GTU_12"),
    ("Konfiguracja sieci VLAN i segmentacja sieci urzędu", "usł.", (2500, 5800), "23", "62.09.20.0", "", "GTU_12"),
)
SHORT_CAT = (
    ("Router TP-Link ER605", "szt.", (260, 330), "23", "", "", ""),
    ("Switch Netgear GS308E", "szt.", (120, 160), "23", "", "", ""),
    ("Dysk WD Red Plus 4TB", "szt.", (430, 520), "23", "", "", ""),
    ("Mysz Logitech M185", "szt.", (45, 69), "23", "", "", ""),
    ("Klawiatura Logitech K120", "szt.", (49, 75), "23", "", "", ""),
    ("Kabel UTP kat.6 305m", "szt.", (390, 520), "23", "", "", ""),
    ("Pendrive Kingston 64GB", "szt.", (25, 39), "23", "", "", ""),
    ("Listwa APC 8 gniazd", "szt.", (150, 210), "23", "", "", ""),
    ("Patchcord RJ45 2m", "szt.", (6, 12), "23", "", "", ""),
)
BOOKS = (
    ("Książka Cyberbezpieczeństwo w administracji", "szt.", (59, 89), "5", "", "", ""),
    ("Książka RODO w urzędzie gminy. Poradnik", "szt.", (69, 99), "5", "", "", ""),
)
TRAININGS = (
    "Szkolenie z rozpoznawania phishingu dla pracowników urzędu",
    "Warsztaty z bezpiecznej pracy zdalnej",
    "Szkolenie dla administratorów: hardening Windows Server",
    "Szkolenie z zarządzania incydentami bezpieczeństwa",
)
FIRST = ("Anna", "Katarzyna", "Tomasz", "Piotr", "Agnieszka", "Marek", "Joanna", "Paweł", "Ewa", "Michał", "Beata")
LAST = ("Nowak", "Kowalczyk", "Wiśniewska", "Zając", "Krawczyk", "Mazur", "Kaczmarek", "Sikora", "Baran", "Wróbel")
POSTS = ("inspektor", "podinspektor", "referent", "kierownik referatu", "sekretarz gminy", "informatyk", "skarbnik")


# --------------------------------------------------------------------------------------------------
# data helpers


def _seller(rng: random.Random, name: str) -> Party:
    return Party(name, rng.choice(SELLER_STREETS), rng.choice(SELLER_CITIES), make_nip(rng))


def _gmina(rng: random.Random) -> tuple[Party, str]:
    _terc, name, office, city = rng.choice(GMINY)
    return Party(name, rng.choice(OFFICE_STREETS), city, make_nip(rng), (office,)), office


def _powiat(rng: random.Random) -> tuple[Party, str]:
    _terc, name, office, city = rng.choice(POWIATY)
    return Party(name, rng.choice(OFFICE_STREETS), city, make_nip(rng), (office,)), office


def _nline(name: str, unit: str, qty: Decimal | int, unit_net: Decimal, rate: str) -> Item:
    q = Decimal(qty)
    r = Decimal(rate) if rate.isdigit() else Decimal(0)
    net = q2(unit_net * q)
    vat = q2(net * r / 100)
    return Item(name, q, unit, unit_net, net, rate, vat, net + vat)


def _gline(name: str, unit: str, qty: Decimal | int, unit_gross: Decimal, rate: str) -> Item:
    q = Decimal(qty)
    r = Decimal(rate) if rate.isdigit() else Decimal(0)
    gross = q2(unit_gross * q)
    vat = q2(gross * r / (100 + r))
    return Item(name, q, unit, unit_gross, gross - vat, rate, vat, gross)


def _price(rng: random.Random, entry: tuple) -> Decimal:
    lo, hi = entry[2]
    return Decimal(rng.randint(lo * 100, hi * 100)) / 100


def _qty(rng: random.Random, unit: str) -> int:
    if unit in ("usł.", "kpl.", "mies."):
        return rng.choice((1, 1, 1, 2))
    return rng.choice((1, 2, 2, 3, 4, 5, 6, 8, 10, 12))


def _lines(rng: random.Random, pool: tuple, n: tuple[int, int], *, gross: bool = False) -> list[Item]:
    out = []
    for e in rng.sample(pool, rng.randint(*n)):
        f = _gline if gross else _nline
        out.append(f(e[0], e[1], _qty(rng, e[1]), _price(rng, e), e[3]))
    return out


def _dates(rng: random.Random) -> tuple[date, date]:
    issue = date(2026, 1, 5) + timedelta(days=rng.randint(0, 320))
    return issue, issue - timedelta(days=rng.choice((0, 0, 1, 2, 3, 6)))


def _iban(rng: random.Random, spaced: bool = True) -> str:
    d = "".join(str(rng.randint(0, 9)) for _ in range(26))
    return " ".join([d[:2]] + [d[i : i + 4] for i in range(2, 26, 4)]) if spaced else d


def _doc(rng: random.Random, number: str, seller: Party, buyer: Party, items: list[Item], **kw) -> Doc:
    issue, sale = _dates(rng)
    base = dict(
        kind="invoice",
        number=number,
        issue_date=issue,
        sale_date=sale,
        seller=seller,
        buyer=buyer,
        currency="PLN",
        items=tuple(items),
        place=seller.city.split(" ", 1)[1],
        due_days=rng.choice((7, 14, 21, 30)),
        bank=_iban(rng),
    )
    base.update(kw)
    return Doc(**base)


def _block(
    pdf: Pdf,
    x: float,
    y: float,
    title: str,
    rows: list[str],
    size: float = 8.5,
    font: str = "Sans",
    tfont: str = "Sans-Bold",
    lead: float | None = None,
) -> float:
    if title:
        pdf.text(x, y, title, size, tfont)
        y += size * 0.5
    return pdf.lines(x, y, rows, size, font, lead)


def _bars(pdf: Pdf, x: float, y: float, digits: str, h: float = 9) -> None:
    """A barcode-looking strip (not a real symbology) with the digits underneath."""
    cx = x
    for k, ch in enumerate("0" + digits + "0"):
        v = int(ch) if ch.isdigit() else 5
        for w in ((v % 3) + 1, ((v + k) % 2) + 1):
            pdf.rect(cx, y, w * 0.35, h, width=0, fill=0)
            cx += w * 0.35 + 0.45
    pdf.text((x + cx) / 2, y + h + 3, digits, 7, "Mono", "c")


# --------------------------------------------------------------------------------------------------
# families


def fam_retailer_order_client_barcode(rng: random.Random) -> Sample:
    """Electronics retailer's B2B invoice: order and client numbers, priced delivery, barcode strip, gross prices."""
    seller = _seller(rng, rng.choice(("ELEKTROMAX Polska Sp. z o.o.", "Sklep Komputerowy MEGABIT S.A.")))
    buyer, office = _gmina(rng)
    items = _lines(rng, CAT[:12], (1, 4), gross=True)
    if rng.random() < 0.4:
        b = rng.choice(BOOKS)
        items.append(_gline(b[0], b[1], rng.choice((1, 2, 5)), _price(rng, b), b[3]))
    dmethod = rng.choice(("Kurier DPD", "Kurier InPost", "Transport paletowy"))
    items.append(
        _gline(f"Dostawa: {dmethod}", "usł.", 1, Decimal(rng.choice(("14.99", "19.99", "24.90", "149.00"))), "23")
    )
    mm = rng.randint(1, 12)
    number = f"FVS/{mm:02d}/2026/{rng.randint(100000, 999999)}"
    doc = _doc(rng, number, seller, buyer, items, gross_based=True, due_days=14)
    ms = rng.choice(("space", "comma"))
    pdf = Pdf()
    brand = seller.name.split()[0] if "ELEKTROMAX" in seller.name else "MEGABIT"
    pdf.text(15, 20, brand, 22, "Sans-Bold")
    pdf.text(15, 25, "sklep internetowy i salony stacjonarne", 7, "Sans-Italic")
    pdf.text(195, 16, "Faktura VAT", 14, "Sans-Bold", "r")
    pdf.text(195, 22, number, 10, "Sans-Bold", "r")
    _bars(pdf, 138, 25, "".join(c for c in number if c.isdigit()), 8)
    order = f"{rng.randint(2600000000, 2699999999)}"
    client = f"{rng.randint(1000000, 9999999)}"
    info = [
        ("Data wystawienia:", date_fmt(doc.issue_date)),
        ("Data sprzedaży:", date_fmt(doc.sale_date)),
        ("Numer zamówienia:", order),
        ("Numer klienta:", client),
        ("Sposób dostawy:", dmethod),
        ("Sposób płatności:", f"przelew {doc.due_days} dni"),
    ]
    y = 45
    for k, (a, b) in enumerate(info):
        pdf.text(15 + (k % 2) * 95, y + (k // 2) * 4.5, a, 8, "Sans")
        pdf.text(48 + (k % 2) * 95, y + (k // 2) * 4.5, b, 8, "Sans-Bold")
    y = 62
    pdf.hline(15, 195, y - 4, 0.3)
    _block(pdf, 15, y, "Sprzedawca", [seller.name, seller.street, seller.city, f"NIP {nip_fmt(seller.nip, 'pl')}"], 8)
    _block(pdf, 80, y, "Nabywca", [buyer.name, buyer.street, buyer.city, f"NIP {nip_fmt(buyer.nip, 'dash')}"], 8)
    _block(pdf, 145, y, "Adres dostawy", [office, buyer.street, buyer.city], 8)
    cols = [
        Col("Lp", 7, "c"),
        Col("Nazwa towaru / usługi", 53),
        Col("Kod", 17),
        Col("Ilość", 10, "r"),
        Col("J.m.", 9, "c"),
        Col("Cena brutto", 18, "r"),
        Col("VAT", 9, "c"),
        Col("Wartość netto", 19, "r"),
        Col("Kwota VAT", 17, "r"),
        Col("Wartość brutto", 21, "r"),
    ]
    rows = []
    for k, it in enumerate(items, 1):
        code = "" if it.name.startswith("Dostawa") else f"{rng.randint(100000, 999999)}"
        rows.append(
            [
                str(k),
                it.name,
                code,
                qty_fmt(it.qty),
                it.unit,
                money(it.unit_price, ms),
                rate_label(it.vat_rate),
                money(it.net, ms),
                money(it.vat, ms),
                money(it.gross, ms),
            ]
        )
    y = table(pdf, 15, 88, cols, rows, TableStyle(size=7.5, head_fill=0.85, rules=True, grid=False))
    y = vat_summary(
        pdf,
        103,
        y + 6,
        doc,
        ms,
        TableStyle(size=7.5, grid=True),
        titles=("Stawka", "Netto", "VAT", "Brutto"),
        widths=(16, 26, 24, 26),
        total_label="Suma",
    )
    gross = doc.totals()[2]
    pdf.rect(103, y + 4, 92, 10, 0.8)
    pdf.text(106, y + 10.5, "Do zapłaty:", 10, "Sans-Bold")
    pdf.text(192, y + 10.5, f"{money(gross, ms)} zł", 11, "Sans-Bold", "r")
    pdf.text(15, y + 22, f"Numer rachunku: {doc.bank}", 8)
    pdf.text(15, y + 27, f"W tytule przelewu prosimy podać numer zamówienia {order}.", 7.5, "Sans-Italic")
    pdf.text(105, 287, "Dokument wygenerowany elektronicznie, nie wymaga podpisu.", 6.5, "Sans", "c")
    return Sample(pdf.bytes(), (doc,))


def fam_marketplace_seller_codes(rng: random.Random) -> Sample:
    """Marketplace seller's invoice: platform order id, short names, a seller-code column, gross per line, Zapłacono."""
    seller = _seller(rng, rng.choice(("PC-Serwis Kamil Dudek", "HurtKabel Sp. z o.o. sp.k.", "Sieciowo.pl Jan Lis")))
    buyer, _office = _gmina(rng)
    items = _lines(rng, SHORT_CAT, (2, 5), gross=True)
    b = rng.choice(BOOKS)
    items.insert(rng.randint(0, len(items)), _gline(b[0], b[1], rng.choice((1, 2, 3)), _price(rng, b), b[3]))
    number = f"{rng.randint(1, 999)}/{rng.randint(1, 12):02d}/2026/A"
    doc = _doc(rng, number, seller, buyer, items, gross_based=True, item_amounts=("gross",))
    order = "-".join("".join(rng.choice("0123456789abcdef") for _ in range(n)) for n in (8, 4, 4, 4, 12))
    ms = "space"
    pdf = Pdf()
    pdf.text(15, 18, f"Faktura nr {number}", 13, "Cond-Bold")
    pdf.text(15, 24, f"Zamówienie w serwisie aukcyjnym: {order}", 7.5, "Cond")
    pdf.text(15, 28, f"Login kupującego: ug_{buyer.name.split()[-1].lower()}", 7.5, "Cond")
    pdf.lines(
        195,
        18,
        [
            f"Wystawiono: {date_fmt(doc.issue_date, 'iso')}",
            f"Data sprzedaży: {date_fmt(doc.sale_date, 'iso')}",
            f"Miejsce: {doc.place}",
        ],
        8,
        "Cond",
        4.2,
        "r",
    )
    _block(
        pdf,
        15,
        40,
        "SPRZEDAWCA",
        [seller.name, f"{seller.street}, {seller.city}", f"NIP: {seller.nip}"],
        8,
        "Cond",
        "Cond-Bold",
    )
    _block(
        pdf,
        110,
        40,
        "KUPUJĄCY",
        [buyer.name, f"{buyer.street}, {buyer.city}", f"NIP: {buyer.nip}"],
        8,
        "Cond",
        "Cond-Bold",
    )
    cols = [
        Col("#", 7, "c"),
        Col("Produkt", 62),
        Col("Kod sprzedawcy", 28),
        Col("Szt.", 12, "r"),
        Col("Cena brutto", 24, "r"),
        Col("VAT", 12, "c"),
        Col("Razem brutto", 27, "r"),
    ]
    rows = []
    for k, it in enumerate(items, 1):
        code = "".join(rng.choice(string.ascii_uppercase) for _ in range(3)) + f"-{rng.randint(100, 9999)}"
        rows.append(
            [
                str(k),
                it.name,
                code,
                qty_fmt(it.qty),
                money(it.unit_price, ms),
                rate_label(it.vat_rate),
                money(it.gross, ms),
            ]
        )
    y = table(pdf, 15, 60, cols, rows, TableStyle(size=8, font="Cond", head_font="Cond-Bold", grid=False, rules=True))
    y = vat_summary(
        pdf,
        15,
        y + 8,
        doc,
        ms,
        TableStyle(size=7.5, font="Cond", head_font="Cond-Bold"),
        titles=("Stawka VAT", "Netto", "VAT", "Brutto"),
        widths=(20, 24, 22, 24),
        total_label="Razem",
    )
    gross = doc.totals()[2]
    pdf.lines(
        195,
        y - 14,
        [f"Razem: {money(gross, ms)} PLN", f"Zapłacono: {money(gross, ms)} PLN", "Pozostało do zapłaty: 0,00 PLN"],
        9,
        "Cond-Bold",
        5,
        "r",
    )
    pdf.text(
        15, y + 8, "Forma płatności: płatność online (operator płatności serwisu), zapłacono przy zakupie.", 7.5, "Cond"
    )
    return Sample(pdf.bytes(), (doc,))


def fam_mpp_discount_pct_gtu_last(rng: random.Random) -> Sample:
    """Split-payment box, columns 'Cena przed rabatem | Rabat % | Cena netto', the GTU code as the last column."""
    seller = _seller(rng, rng.choice(("Infosystem Partner Sp. z o.o.", "DataGuard Polska Sp. z o.o.")))
    buyer, _office = _gmina(rng)
    items, extra = [], []
    for e in rng.sample(CAT, rng.randint(2, 5)):
        lst = _price(rng, e)
        disc = rng.choice((3, 5, 8, 10, 12, 15))
        after = q2(lst * (100 - disc) / 100)
        items.append(_nline(e[0], e[1], _qty(rng, e[1]), after, e[3]))
        extra.append((lst, disc, e[6]))
    number = f"{rng.randint(1, 300)}/{rng.randint(1, 12):02d}/2026"
    doc = _doc(rng, number, seller, buyer, items)
    ms = "dot"
    pdf = Pdf()
    pdf.text(105, 18, f"FAKTURA VAT NR {number}", 14, "Serif-Bold", "c")
    pdf.rect(62, 22, 86, 7, 0.8)
    pdf.text(105, 27, "MECHANIZM PODZIELONEJ PŁATNOŚCI", 9, "Serif-Bold", "c")
    pdf.lines(
        15,
        38,
        [
            f"Data wystawienia: {date_fmt(doc.issue_date, 'dash')}",
            f"Data dostawy/wykonania usługi: {date_fmt(doc.sale_date, 'dash')}",
        ],
        8,
        "Serif",
        4.2,
    )
    y1 = _block(
        pdf,
        15,
        52,
        "Sprzedawca:",
        [seller.name, seller.street, seller.city, f"NIP {nip_fmt(seller.nip, 'dash2')}"],
        8.5,
        "Serif",
        "Serif-Bold",
    )
    _block(
        pdf,
        110,
        52,
        "Nabywca:",
        [buyer.name, buyer.street, buyer.city, f"NIP {nip_fmt(buyer.nip, 'dash')}"],
        8.5,
        "Serif",
        "Serif-Bold",
    )
    cols = [
        Col("Lp.", 7, "c"),
        Col("Nazwa towaru lub usługi", 45),
        Col("Ilość", 9, "r"),
        Col("J.m.", 8, "c"),
        Col("Cena przed rabatem", 17, "r"),
        Col("Rabat %", 10, "r"),
        Col("Cena netto", 16, "r"),
        Col("Wartość netto", 18, "r"),
        Col("VAT", 8, "c"),
        Col("Wartość brutto", 19, "r"),
        Col("GTU", 13, "c"),
    ]
    rows = []
    for k, (it, (lst, disc, gtu)) in enumerate(zip(items, extra, strict=True), 1):
        rows.append(
            [
                f"{k}.",
                it.name,
                qty_fmt(it.qty),
                it.unit,
                money(lst, ms),
                f"{disc}",
                money(it.unit_price, ms),
                money(it.net, ms),
                rate_label(it.vat_rate, "n"),
                money(it.gross, ms),
                gtu.replace("GTU_", "") or "-",
            ]
        )
    y = table(pdf, 15, y1 + 6, cols, rows, TableStyle(size=7, font="Serif", head_font="Serif-Bold", head_fill=0.9))
    net, vat, gross = doc.totals()
    saved = sum((q2(lp * it.qty) - it.net for it, (lp, _d, _g) in zip(items, extra, strict=True)), Decimal(0))
    ty = y + 8
    for lab, val in (("Razem netto:", net), ("Razem VAT:", vat), ("Razem brutto:", gross)):
        pdf.text(150, ty, lab, 9, "Serif")
        pdf.text(195, ty, money(val, ms), 9, "Serif-Bold", "r")
        ty += 5
    pdf.text(15, y + 8, f"Udzielony rabat łącznie (netto): {money(saved, ms)} PLN", 8, "Sans-Italic")
    pdf.text(15, ty + 6, f"Do zapłaty: {money(gross, ms)} PLN", 9.5, "Serif-Bold")
    pdf.text(15, ty + 11, f"Słownie: {words_pln(gross)}", 8, "Serif")
    pdf.text(
        15,
        ty + 16,
        f"Termin płatności: {date_fmt(doc.issue_date + timedelta(days=doc.due_days), 'dash')}, przelew: {doc.bank}",
        8,
        "Serif",
    )
    return Sample(pdf.bytes(), (doc,))


def fam_bundle_components_zero(rng: random.Random) -> Sample:
    """A 'zestaw' line followed by its components at 0,00 numbered 1.1, 1.2…, then ordinary lines."""
    seller = _seller(rng, rng.choice(("KOMPUTRONIK-B2B Serwis Sp. z o.o.", "Biuro-Tech Sp. z o.o.")))
    buyer, _office = _gmina(rng)
    n = rng.choice((2, 3, 4, 5, 6, 10))
    set_price = Decimal(rng.randint(4200_00, 6100_00)) / 100
    parts = rng.sample(
        [
            "Komputer Dell OptiPlex 7010 SFF i5-13500/16GB/512GB",
            'Monitor Dell P2423D 23,8"',
            "Zestaw klawiatura i mysz Dell KM5221W",
            "System operacyjny Windows 11 Pro",
            "Pakiet Microsoft Office LTSC Standard 2021",
            "Listwa przeciwprzepięciowa 5 gniazd",
        ],
        4,
    )
    items = [_nline("Zestaw komputerowy stanowiska urzędniczego", "kpl.", n, set_price, "23")]
    items += [Item(p, Decimal(n), "szt.", Decimal(0), Decimal(0), "23", Decimal(0), Decimal(0)) for p in parts]
    items += _lines(rng, CAT[5:12], (1, 2))
    number = f"FS-{rng.randint(1000, 9999)}/26"
    doc = _doc(rng, number, seller, buyer, items)
    ms = rng.choice(("dot", "space"))
    pdf = Pdf()
    pdf.text(15, 18, seller.name, 12, "Sans-Bold")
    pdf.lines(15, 23, [f"{seller.street}, {seller.city}", f"NIP: {seller.nip}"], 8, "Sans", 4)
    pdf.text(195, 18, f"Faktura VAT {number}", 11, "Sans-Bold", "r")
    pdf.lines(
        195,
        24,
        [f"{doc.place}, wystawiona dnia {date_fmt(doc.issue_date)}", f"Data sprzedaży {date_fmt(doc.sale_date)}"],
        8,
        "Sans",
        4.2,
        "r",
    )
    pdf.hline(15, 195, 34, 0.4)
    _block(
        pdf,
        15,
        40,
        "Nabywca:",
        [buyer.name, *buyer.extra, buyer.street, buyer.city, f"NIP: {nip_fmt(buyer.nip, 'space')}"],
        8.5,
    )
    cols = [
        Col("Lp.", 9, "c"),
        Col("Nazwa", 66),
        Col("Ilość", 11, "r"),
        Col("Jm", 9, "c"),
        Col("Cena netto", 19, "r"),
        Col("Wartość netto", 21, "r"),
        Col("VAT", 9, "c"),
        Col("Kwota VAT", 17, "r"),
        Col("Brutto", 19, "r"),
    ]
    rows = []
    for k, it in enumerate(items):
        if 1 <= k <= len(parts):
            lp, name = f"1.{k}", "    " + it.name
        else:
            lp = "1" if k == 0 else str(k - len(parts) + 1)
            name = it.name
        rows.append(
            [
                lp,
                name,
                qty_fmt(it.qty),
                it.unit,
                money(it.unit_price, ms),
                money(it.net, ms),
                rate_label(it.vat_rate),
                money(it.vat, ms),
                money(it.gross, ms),
            ]
        )
    y = table(pdf, 15, 68, cols, rows, TableStyle(size=7.5, grid=True, head_fill=0.92))
    pdf.text(
        15,
        y + 4,
        "Pozycje 1.x stanowią elementy zestawu z pozycji 1 (wartość ujęta w cenie zestawu).",
        7,
        "Sans-Italic",
    )
    y = vat_summary(pdf, 93, y + 9, doc, ms, TableStyle(size=7.5, grid=True), total_label="Ogółem")
    gross = doc.totals()[2]
    pdf.text(195, y + 7, f"Do zapłaty: {money(gross, ms)} PLN", 11, "Sans-Bold", "r")
    pdf.text(15, y + 14, f"Słownie: {words_pln(gross)}", 8)
    pdf.text(
        15,
        y + 19,
        f"Płatne przelewem do {date_fmt(doc.issue_date + timedelta(days=doc.due_days))} na konto {doc.bank}",
        8,
    )
    return Sample(pdf.bytes(), (doc,))


def fam_advance_invoice_order_info(rng: random.Random) -> Sample:
    """'Faktura zaliczkowa': the ordered goods as an informational table, the advance as the only taxable line."""
    seller = _seller(rng, rng.choice(("Sprint Data Systemy Sp. z o.o.", "ALFA-NET Integracja Sp. z o.o.")))
    buyer, _office = _gmina(rng)
    order = _lines(rng, CAT, (2, 4))
    o_net = sum((i.net for i in order), Decimal(0))
    o_vat = sum((i.vat for i in order), Decimal(0))
    o_gross = o_net + o_vat
    pct = rng.choice((20, 30, 40, 50))
    contract = f"{rng.randint(3, 60)}/IT/2026"
    adv_gross = q2(o_gross * pct / 100)
    adv_vat = q2(adv_gross * 23 / 123)
    adv_net = adv_gross - adv_vat
    name = f"Zaliczka {pct}% na poczet dostawy sprzętu i oprogramowania wg umowy nr {contract}"
    adv = Item(name, Decimal(1), "usł.", adv_net, adv_net, "23", adv_vat, adv_gross)
    number = f"FZ/{rng.randint(1, 40)}/2026"
    doc = _doc(rng, number, seller, buyer, [adv], score_sale_date=False)
    got = doc.issue_date - timedelta(days=rng.choice((0, 1, 2)))
    ms = "space"
    pdf = Pdf()
    pdf.text(15, 18, "FAKTURA ZALICZKOWA", 15, "Sans-Bold")
    pdf.text(15, 24, f"nr {number}", 11, "Sans")
    pdf.lines(
        195,
        16,
        [
            f"Miejsce wystawienia: {doc.place}",
            f"Data wystawienia: {date_fmt(doc.issue_date)}",
            f"Data otrzymania zaliczki: {date_fmt(got)}",
        ],
        8,
        "Sans",
        4.3,
        "r",
    )
    _block(
        pdf,
        15,
        36,
        "Sprzedawca",
        [seller.name, seller.street, seller.city, f"NIP: {seller.nip}", f"Konto: {doc.bank}"],
        8.5,
    )
    _block(pdf, 110, 36, "Nabywca", [buyer.name, buyer.street, buyer.city, f"NIP: {buyer.nip}"], 8.5)
    pdf.text(15, 68, f"Zamówienie (umowa nr {contract}) - wartość całkowita, informacyjnie:", 8.5, "Sans-Bold")
    cols = [
        Col("Lp", 8, "c"),
        Col("Przedmiot zamówienia", 80),
        Col("Ilość", 12, "r"),
        Col("J.m.", 10, "c"),
        Col("Wartość netto", 22, "r"),
        Col("VAT", 10, "c"),
        Col("Wartość brutto", 25, "r"),
    ]
    rows = [
        [str(k), i.name, qty_fmt(i.qty), i.unit, money(i.net, ms), rate_label(i.vat_rate), money(i.gross, ms)]
        for k, i in enumerate(order, 1)
    ]
    rows.append(["", "Wartość zamówienia", "", "", money(o_net, ms), "", money(o_gross, ms)])
    y = table(pdf, 15, 71, cols, rows, TableStyle(size=7.5, font="Sans", grid=False, rules=True))
    pdf.text(15, y + 8, "Rozliczenie otrzymanej zaliczki:", 9, "Sans-Bold")
    cols2 = [
        Col("Lp", 8, "c"),
        Col("Nazwa", 78),
        Col("Wartość netto", 24, "r"),
        Col("Stawka", 14, "c"),
        Col("Kwota VAT", 22, "r"),
        Col("Brutto", 21, "r"),
    ]
    y = table(
        pdf,
        15,
        y + 11,
        cols2,
        [["1", name, money(adv_net, ms), "23%", money(adv_vat, ms), money(adv_gross, ms)]],
        TableStyle(size=8, grid=True, head_fill=0.88),
    )
    y = vat_summary(pdf, 93, y + 6, doc, ms, TableStyle(size=8, grid=True), total_label="Razem")
    pdf.text(15, y + 8, f"Otrzymano zaliczkę: {money(adv_gross, ms)} PLN", 10, "Sans-Bold")
    pdf.text(15, y + 13, f"Słownie: {words_pln(adv_gross)}", 8)
    pdf.text(15, y + 18, f"Pozostało do zapłaty z tytułu zamówienia: {money(o_gross - adv_gross, ms)} PLN", 8)
    return Sample(pdf.bytes(), (doc,))


def fam_vat_table_left_due_box(rng: random.Random) -> Sample:
    """No totals row under the table: the VAT table sits on the left, the total only in a 'RAZEM DO ZAPŁATY' box."""
    seller = _seller(rng, rng.choice(("Centrum Bezpieczeństwa IT Sp. z o.o.", "NordSec Consulting Sp. z o.o.")))
    buyer, _office = _gmina(rng)
    items = _lines(rng, CAT, (1, 3))
    items.append(_nline(rng.choice(TRAININGS), "usł.", 1, Decimal(rng.randint(2500, 7000)), "zw"))
    rng.shuffle(items)
    number = f"FV {rng.randint(1, 999):03d}/{rng.randint(1, 12)}/26"
    doc = _doc(rng, number, seller, buyer, items)
    ms = "space"
    pdf = Pdf()
    pdf.text(15, 20, seller.name, 11, "Serif-Bold")
    pdf.lines(15, 25, [seller.street, seller.city, f"NIP {nip_fmt(seller.nip, 'dash')}"], 8, "Serif", 4)
    pdf.rect(120, 12, 75, 24, 0.5)
    pdf.text(157.5, 19, "FAKTURA", 13, "Serif-Bold", "c")
    pdf.text(157.5, 25, f"Nr {number}", 10, "Serif", "c")
    pdf.text(157.5, 31, f"z dnia {date_fmt(doc.issue_date, 'words_r')}", 8, "Serif", "c")
    pdf.text(120, 41, f"Data sprzedaży: {date_fmt(doc.sale_date, 'words_r')}", 8, "Serif")
    _block(
        pdf,
        15,
        50,
        "Nabywca:",
        [buyer.name, buyer.street, buyer.city, f"NIP {nip_fmt(buyer.nip, 'dash')}"],
        9,
        "Serif",
        "Serif-Bold",
    )
    cols = [
        Col("L.p.", 8, "c"),
        Col("Nazwa towaru / usługi", 62),
        Col("J.m.", 9, "c"),
        Col("Ilość", 10, "r"),
        Col("Cena jedn. netto", 18, "r"),
        Col("Wartość netto", 20, "r"),
        Col("Stawka VAT", 12, "c"),
        Col("Kwota VAT", 18, "r"),
        Col("Wartość brutto", 23, "r"),
    ]
    rows = [
        [
            f"{k}.",
            i.name,
            i.unit,
            qty_fmt(i.qty),
            money(i.unit_price, ms),
            money(i.net, ms),
            rate_label(i.vat_rate),
            money(i.vat, ms),
            money(i.gross, ms),
        ]
        for k, i in enumerate(items, 1)
    ]
    y = table(pdf, 15, 74, cols, rows, TableStyle(size=7.5, font="Serif", head_font="Serif-Bold", grid=True))
    top = y + 8
    pdf.text(15, top - 1.5, "Zestawienie sprzedaży wg stawek VAT", 7.5, "Serif-Bold")
    yv = vat_summary(
        pdf,
        15,
        top,
        doc,
        ms,
        TableStyle(size=7.5, font="Serif", head_font="Serif-Bold", grid=True),
        titles=("Stawka", "Netto", "VAT", "Brutto"),
        widths=(16, 26, 22, 26),
        total_label="Razem",
    )
    gross = doc.totals()[2]
    pdf.rect(118, top, 77, 20, 1.2)
    pdf.text(156.5, top + 6, "RAZEM DO ZAPŁATY", 9, "Serif-Bold", "c")
    pdf.text(156.5, top + 15, f"{money(gross, ms)} zł", 15, "Serif-Bold", "c")
    y = max(yv, top + 20) + 7
    pdf.text(15, y, f"Słownie złotych: {words_pln(gross)}", 8, "Serif")
    pdf.text(
        15, y + 5, "Zwolnienie z VAT usługi szkoleniowej: art. 43 ust. 1 pkt 29 lit. c ustawy o VAT.", 7.5, "Serif"
    )
    pdf.text(15, y + 10, f"Sposób zapłaty: przelew, termin: {doc.due_days} dni, rachunek: {doc.bank}", 8, "Serif")
    return Sample(pdf.bytes(), (doc,))


def fam_landscape_wholesale_fifteen_cols(rng: random.Random) -> Sample:
    """Wholesaler's landscape page: fifteen narrow columns (index, EAN, PKWiU, discount, warranty), a delivery block."""
    seller = _seller(rng, rng.choice(("ABC Data Hurt Sp. z o.o.", "Ingram-Dystrybucja Polska Sp. z o.o.")))
    buyer, office = _gmina(rng)
    items, extra = [], []
    for e in rng.sample(CAT[:12], rng.randint(3, 7)):
        lst = _price(rng, e)
        disc = rng.choice((0, 0, 2, 4, 7))
        items.append(_nline(e[0], e[1], _qty(rng, e[1]), q2(lst * (100 - disc) / 100), e[3]))
        extra.append(
            (
                lst,
                disc,
                e[4],
                f"59{rng.randint(10**10, 10**11 - 1)}",
                f"{rng.choice('ABCDKM')}{rng.randint(10000, 99999)}",
            )
        )
    number = f"FS {rng.randint(1, 9999):04d}/MAG{rng.randint(1, 3)}/2026"
    doc = _doc(rng, number, seller, buyer, items)
    ms = rng.choice(("comma", "dot"))
    pdf = Pdf(land=True)
    pdf.text(15, 14, f"Faktura VAT {number}", 12, "Cond-Bold")
    pdf.text(282, 14, "ORYGINAŁ", 9, "Cond-Bold", "r")
    meta = [
        ("Data wystawienia", date_fmt(doc.issue_date)),
        ("Data sprzedaży", date_fmt(doc.sale_date)),
        ("Termin płatności", date_fmt(doc.issue_date + timedelta(days=doc.due_days))),
        ("Forma płatności", "przelew"),
        ("Magazyn", "MAG-" + number.split("MAG")[1][0]),
    ]
    for k, (a, b) in enumerate(meta):
        pdf.text(15 + k * 54, 21, a, 6.5, "Cond")
        pdf.text(15 + k * 54, 25, b, 8, "Cond-Bold")
    pdf.hline(15, 282, 28, 0.3)
    _block(
        pdf,
        15,
        33,
        "Sprzedawca",
        [seller.name, f"{seller.street}, {seller.city}", f"NIP {nip_fmt(seller.nip, 'pl')}"],
        7.5,
        "Cond",
        "Cond-Bold",
    )
    _block(
        pdf,
        105,
        33,
        "Nabywca",
        [buyer.name, f"{buyer.street}, {buyer.city}", f"NIP {nip_fmt(buyer.nip, 'pl')}"],
        7.5,
        "Cond",
        "Cond-Bold",
    )
    _block(
        pdf,
        195,
        33,
        "Miejsce dostawy",
        [office, f"{buyer.street}, {buyer.city}", "tel. sekretariat"],
        7.5,
        "Cond",
        "Cond-Bold",
    )
    cols = [
        Col("Lp", 6, "c"),
        Col("Indeks", 14),
        Col("EAN", 22),
        Col("Nazwa towaru", 62),
        Col("PKWiU", 15),
        Col("J.m.", 8, "c"),
        Col("Ilość", 9, "r"),
        Col("Cena kat. netto", 16, "r"),
        Col("Rab. %", 9, "r"),
        Col("Cena netto", 16, "r"),
        Col("Wart. netto", 18, "r"),
        Col("St. VAT", 9, "c"),
        Col("Kw. VAT", 16, "r"),
        Col("Wart. brutto", 18, "r"),
        Col("Gw. mies.", 9, "c"),
    ]
    rows = []
    for k, (it, (lst, disc, pk, ean, idx)) in enumerate(zip(items, extra, strict=True), 1):
        rows.append(
            [
                str(k),
                idx,
                ean,
                it.name,
                pk,
                it.unit,
                qty_fmt(it.qty),
                money(lst, ms),
                f"{disc:.2f}".replace(".", ","),
                money(it.unit_price, ms),
                money(it.net, ms),
                rate_label(it.vat_rate, "n"),
                money(it.vat, ms),
                money(it.gross, ms),
                str(rng.choice((12, 24, 36, 60))),
            ]
        )
    y = table(
        pdf,
        15,
        50,
        cols,
        rows,
        TableStyle(size=6.5, font="Cond", head_font="Cond-Bold", grid=True, head_fill=0.85, pad=1),
    )
    y = vat_summary(
        pdf,
        185,
        y + 4,
        doc,
        ms,
        TableStyle(size=7, font="Cond", head_font="Cond-Bold", grid=True),
        titles=("VAT", "Netto", "Podatek", "Brutto"),
        widths=(15, 28, 26, 28),
        total_label="Razem",
    )
    gross = doc.totals()[2]
    pdf.text(15, y - 12, f"Do zapłaty: {money(gross, ms)} PLN", 11, "Cond-Bold")
    pdf.text(15, y - 7, f"Słownie: {words_pln(gross)}", 7.5, "Cond")
    pdf.text(15, y - 2, f"Konto: {doc.bank}", 7.5, "Cond")
    return Sample(pdf.bytes(), (doc,), landscape=True)


def fam_protocol_partial_stage_percent(rng: random.Random) -> Sample:
    """'Protokół odbioru częściowego' of contract stages: percent of completion per element and values to invoice."""
    seller = _seller(rng, rng.choice(("WASKO-Projekt Sp. z o.o.", "Integra Systemy Informatyczne Sp. z o.o.")))
    buyer, _office = _gmina(rng)
    stages = [
        ("Dostawa i montaż szafy serwerowej z okablowaniem", "kpl.", (8000, 14000)),
        ("Dostawa serwera wirtualizacyjnego z licencjami", "szt.", (28000, 41000)),
        ("Wdrożenie systemu kopii zapasowych 3-2-1", "usł.", (9000, 16000)),
        ("Dostawa stacji roboczych dla urzędu", "szt.", (3200, 4100)),
        ("Przeprowadzenie testów penetracyjnych", "usł.", (12000, 22000)),
        ("Opracowanie dokumentacji powykonawczej", "usł.", (3000, 6000)),
    ]
    chosen = rng.sample(stages, rng.randint(3, 5))
    items, extra = [], []
    for nm, unit, (lo, hi) in chosen:
        q = rng.choice((2, 4, 6, 8, 10, 15)) if unit == "szt." else 1
        it = _nline(nm, unit, q, Decimal(rng.randint(lo, hi)), "23")
        items.append(it)
        extra.append(rng.choice((0, 25, 50, 60, 75, 100, 100)))
    number = f"PO-CZ/{rng.randint(1, 4)}/{rng.randint(10, 60)}/2026"
    doc = _doc(rng, number, seller, buyer, items, kind="protocol", sale_date=None, score_amounts=False)
    ms = "space"
    pdf = Pdf()
    pdf.text(105, 18, "PROTOKÓŁ ODBIORU CZĘŚCIOWEGO", 14, "Sans-Bold", "c")
    pdf.text(105, 24, f"nr {number}", 10, "Sans", "c")
    contract = f"{rng.randint(1, 80)}/ZP/2026"
    pdf.text(
        15,
        34,
        f"{buyer.city.split(' ', 1)[1]}, dnia {date_fmt(doc.issue_date)} – sporządzony do umowy nr {contract}",
        8.5,
    )
    pdf.text(15, 39, f"na realizację zadania „Cyfrowa Gmina” – etap {rng.randint(1, 3)}", 8.5)
    _block(pdf, 15, 48, "Zamawiający:", [buyer.name, *buyer.extra, buyer.street, buyer.city, f"NIP {buyer.nip}"], 8.5)
    _block(pdf, 110, 48, "Wykonawca:", [seller.name, seller.street, seller.city, f"NIP {seller.nip}"], 8.5)
    cols = [
        Col("Lp.", 8, "c"),
        Col("Element przedmiotu umowy", 60),
        Col("J.m.", 9, "c"),
        Col("Ilość", 10, "r"),
        Col("Wartość wg umowy netto", 24, "r"),
        Col("% wyk.", 14, "r"),
        Col("Wartość wykonana netto", 24, "r"),
        Col("Uwagi", 31),
    ]
    rows, done = [], Decimal(0)
    for k, (it, p) in enumerate(zip(items, extra, strict=True), 1):
        val = q2(it.net * p / 100)
        done += val
        rows.append(
            [
                f"{k}.",
                it.name,
                it.unit,
                qty_fmt(it.qty),
                money(it.net, ms),
                f"{p}%",
                money(val, ms),
                "bez uwag" if p == 100 else ("w toku" if p else "nie rozpoczęto"),
            ]
        )
    total = sum((i.net for i in items), Decimal(0))
    rows.append(
        ["", "Razem", "", "", money(total, ms), f"{q2(done * 100 / total)}%".replace(".", ","), money(done, ms), ""]
    )
    y = table(pdf, 15, 76, cols, rows, TableStyle(size=7.5, grid=True, head_fill=0.9))
    pdf.lines(
        15,
        y + 8,
        [
            f"Wartość prac wykonanych w ramach etapu (netto): {money(done, ms)} zł, do zafakturowania wraz z VAT 23%: "
            f"{money(q2(done * Decimal('1.23')), ms)} zł.",
            "Komisja stwierdza, że prace wymienione powyżej wykonano zgodnie z umową "
            "w zakresie procentowym jak w tabeli.",
            "Niniejszy protokół stanowi podstawę do wystawienia faktury częściowej.",
        ],
        8,
        "Sans",
        4.5,
    )
    y += 30
    pdf.hline(20, 85, y + 15, 0.3)
    pdf.hline(125, 190, y + 15, 0.3)
    pdf.text(52, y + 19, "Przedstawiciel Zamawiającego", 7, "Sans", "c")
    pdf.text(157, y + 19, "Przedstawiciel Wykonawcy", 7, "Sans", "c")
    return Sample(pdf.bytes(), (doc,))


def _key(rng: random.Random) -> str:
    alphabet = "BCDFGHJKMPQRTVWXY2346789"
    return "-".join("".join(rng.choice(alphabet) for _ in range(5)) for _ in range(5))


def fam_protocol_licence_keys_rows(rng: random.Random) -> Sample:
    """'Protokół przekazania licencji': Przekazujący/Przyjmujący, licence keys as rows under each product."""
    seller = _seller(rng, rng.choice(("Licencje24 Sp. z o.o.", "SoftPartner Dystrybucja Sp. z o.o.")))
    buyer, office = _gmina(rng)
    pool = [
        ("Microsoft Windows Server 2022 Standard 16 Core", "wieczysta"),
        ("Microsoft Office LTSC Standard 2021", "wieczysta"),
        ("Bitdefender GravityZone Business Security", "subskrypcja 12 mies."),
        ("Veeam Backup & Replication Universal License", "subskrypcja 36 mies."),
        ("ESET PROTECT Complete", "subskrypcja 24 mies."),
        ("Acronis Cyber Protect Standard Server", "subskrypcja 12 mies."),
    ]
    chosen = rng.sample(pool, rng.randint(2, 4))
    items = [
        Item(nm, Decimal(rng.choice((1, 1, 2, 3, 5, 10, 25, 40))), "lic.", None, None, None, None, None)
        for nm, _k in chosen
    ]
    number = f"PPL/{rng.randint(1, 99)}/2026"
    doc = _doc(
        rng,
        number,
        seller,
        buyer,
        items,
        kind="protocol",
        sale_date=None,
        currency=None,
        references=f"Umowa nr {rng.randint(1, 50)}/CG/2026",
    )
    pdf = Pdf()
    pdf.text(105, 20, "PROTOKÓŁ PRZEKAZANIA LICENCJI", 13, "Serif-Bold", "c")
    pdf.text(105, 26, f"Nr {number}", 10, "Serif", "c")
    pdf.text(
        15, 36, f"Sporządzony dnia {date_fmt(doc.issue_date, 'words_r')} na podstawie: {doc.references}.", 8.5, "Serif"
    )
    _block(
        pdf,
        15,
        46,
        "Przekazujący (Wykonawca):",
        [seller.name, f"{seller.street}, {seller.city}", f"NIP: {nip_fmt(seller.nip, 'dash')}"],
        8.5,
        "Serif",
        "Serif-Bold",
    )
    _block(
        pdf,
        110,
        46,
        "Przyjmujący (Zamawiający):",
        [buyer.name, f"{buyer.street}, {buyer.city}", f"NIP: {nip_fmt(buyer.nip, 'dash')}"],
        8.5,
        "Serif",
        "Serif-Bold",
    )
    pdf.text(
        15, 66, "Przekazujący przekazuje, a Przyjmujący przyjmuje następujące licencje oprogramowania:", 8.5, "Serif"
    )
    cols = [
        Col("Lp.", 9, "c"),
        Col("Nazwa oprogramowania", 78),
        Col("Rodzaj licencji", 38),
        Col("Liczba licencji", 20, "r"),
        Col("Nośnik", 35),
    ]
    rows = []
    for k, (it, (_nm, kind)) in enumerate(zip(items, chosen, strict=True), 1):
        rows.append(
            [
                f"{k}.",
                it.name,
                kind,
                qty_fmt(it.qty),
                rng.choice(("ESD (elektronicznie)", "konto producenta", "pudełko + klucz")),
            ]
        )
        if it.qty <= 3:
            rows += [["", f"Klucz: {_key(rng)}", "", "", ""] for _ in range(int(it.qty))]
        else:
            rows.append(["", f"Klucz zbiorczy: {_key(rng)}", f"na {qty_fmt(it.qty)} stanowisk", "", ""])
    y = table(
        pdf, 15, 70, cols, rows, TableStyle(size=7.5, font="Serif", head_font="Serif-Bold", grid=True, head_fill=0.9)
    )
    pdf.lines(
        15,
        y + 8,
        [
            "Przyjmujący potwierdza odbiór kluczy licencyjnych i dostęp do konta w portalu producenta.",
            f"Licencje przypisano do jednostki: {office}.",
            "Strony nie wnoszą zastrzeżeń.",
        ],
        8.5,
        "Serif",
        4.6,
    )
    pdf.hline(20, 85, y + 40, 0.3)
    pdf.hline(125, 190, y + 40, 0.3)
    pdf.text(52, y + 44, "Przekazujący", 7.5, "Serif", "c")
    pdf.text(157, y + 44, "Przyjmujący", 7.5, "Serif", "c")
    return Sample(pdf.bytes(), (doc,))


def fam_protocol_training_attendance(rng: random.Random) -> Sample:
    """Training acceptance protocol: trainings with participant counts, then a list of the participants by name."""
    seller = _seller(
        rng, rng.choice(("Akademia Cyberodporności Sp. z o.o.", "Centrum Szkoleń Samorządowych EDU-GOV Sp. z o.o."))
    )
    buyer, office = _gmina(rng)
    trainings = rng.sample(TRAININGS, rng.randint(1, 2))
    people: list[tuple[str, str, int]] = []
    items = []
    for t_no, t in enumerate(trainings, 1):
        n = rng.randint(4, 9)
        for _ in range(n):
            people.append((f"{rng.choice(FIRST)} {rng.choice(LAST)}", rng.choice(POSTS), t_no))
        items.append(Item(t, Decimal(n), "os.", None, None, None, None, None))
    number = f"{rng.randint(1, 30)}/SZK/2026"
    doc = _doc(rng, number, seller, buyer, items, kind="protocol", sale_date=None, currency=None)
    pdf = Pdf()
    pdf.text(15, 18, "PROTOKÓŁ ODBIORU USŁUGI SZKOLENIOWEJ", 12, "Sans-Bold")
    pdf.text(15, 24, f"nr {number} z dnia {date_fmt(doc.issue_date)}", 9)
    _block(pdf, 15, 34, "Zleceniodawca", [buyer.name, office, f"{buyer.street}, {buyer.city}", f"NIP {buyer.nip}"], 8)
    _block(
        pdf, 110, 34, "Wykonawca szkolenia", [seller.name, f"{seller.street}, {seller.city}", f"NIP {seller.nip}"], 8
    )
    pdf.text(15, 58, "1. Przedmiot odbioru", 9, "Sans-Bold")
    cols = [
        Col("Lp.", 8, "c"),
        Col("Temat szkolenia", 82),
        Col("Termin", 24, "c"),
        Col("Liczba godzin", 18, "r"),
        Col("Liczba uczestników", 22, "r"),
        Col("J.m.", 12, "c"),
    ]
    rows = [
        [
            f"{k}.",
            it.name,
            date_fmt(doc.issue_date - timedelta(days=rng.randint(1, 9))),
            str(rng.choice((4, 6, 8, 16))),
            qty_fmt(it.qty),
            "os.",
        ]
        for k, it in enumerate(items, 1)
    ]
    y = table(pdf, 15, 61, cols, rows, TableStyle(size=8, grid=True, head_fill=0.9))
    pdf.text(15, y + 7, "2. Lista uczestników", 9, "Sans-Bold")
    cols2 = [
        Col("Lp.", 8, "c"),
        Col("Imię i nazwisko", 52),
        Col("Stanowisko", 42),
        Col("Szkolenie (Lp.)", 22, "c"),
        Col("Podpis", 42),
    ]
    rows2 = [[f"{k}.", nm, post, str(t), ""] for k, (nm, post, t) in enumerate(people, 1)]
    y = table(pdf, 15, y + 10, cols2, rows2, TableStyle(size=7.5, grid=True, lead=4.5))
    pdf.lines(
        15,
        y + 7,
        [
            "3. Szkolenia przeprowadzono zgodnie z programem; uczestnicy otrzymali certyfikaty.",
            "4. Zleceniodawca odbiera usługę bez zastrzeżeń.",
        ],
        8,
        "Sans",
        4.5,
    )
    if y + 30 > pdf.h - 15:
        y = pdf.new_page() - 10
    pdf.hline(20, 85, y + 28, 0.3)
    pdf.hline(125, 190, y + 28, 0.3)
    pdf.text(52, y + 32, "za Zleceniodawcę", 7, "Sans", "c")
    pdf.text(157, y + 32, "za Wykonawcę", 7, "Sans", "c")
    return Sample(pdf.bytes(), (doc,))


def fam_powiat_buyer_starostwo_recipient(rng: random.Random) -> Sample:
    """A powiat as Nabywca, its Starostwo Powiatowe as Odbiorca, parties stacked down the left, dates on the right."""
    seller = _seller(rng, rng.choice(("Powiatowe Centrum Informatyki Sp. z o.o.", "SYSKOM Technologie Sp. z o.o.")))
    buyer, office = _powiat(rng)
    with_nip = rng.random() < 0.5
    recipient = Party(office, buyer.street, buyer.city, make_nip(rng))
    items = _lines(rng, CAT, (2, 5))
    number = f"{rng.randint(1, 999)}/FV/{rng.randint(1, 12):02d}/2026"
    doc = _doc(rng, number, seller, buyer, items, recipient=recipient)
    ms = rng.choice(("space", "dot"))
    pdf = Pdf()
    pdf.text(15, 16, "FAKTURA VAT", 15, "Sans-Bold")
    pdf.text(15, 22, f"Nr: {number}", 10, "Sans-Bold")
    rows = [
        ("Data wystawienia", date_fmt(doc.issue_date)),
        ("Data dostawy", date_fmt(doc.sale_date)),
        ("Miejsce wystawienia", doc.place),
        ("Termin płatności", date_fmt(doc.issue_date + timedelta(days=doc.due_days))),
        ("Sposób zapłaty", "przelew"),
    ]
    for k, (a, b) in enumerate(rows):
        pdf.text(150, 16 + k * 5, a + ":", 7.5, "Sans", "r")
        pdf.text(152, 16 + k * 5, b, 7.5, "Sans-Bold")
    y = 34
    y = (
        _block(
            pdf,
            15,
            y,
            "Sprzedawca:",
            [seller.name, f"{seller.street}, {seller.city}", f"NIP: {nip_fmt(seller.nip, 'dash')}"],
            8,
        )
        + 3
    )
    y = (
        _block(
            pdf,
            15,
            y,
            "Nabywca:",
            [buyer.name, f"{buyer.street}, {buyer.city}", f"NIP: {nip_fmt(buyer.nip, 'dash')}"],
            8,
        )
        + 3
    )
    rrows = [recipient.name, f"{recipient.street}, {recipient.city}"] + (
        [f"NIP: {nip_fmt(recipient.nip, 'dash')}"] if with_nip else []
    )
    y = _block(pdf, 15, y, "Odbiorca:", rrows, 8) + 4
    cols = [
        Col("Lp.", 8, "c"),
        Col("Nazwa", 74),
        Col("Ilość", 12, "r"),
        Col("J.m.", 10, "c"),
        Col("Wartość netto", 22, "r"),
        Col("VAT %", 12, "c"),
        Col("Kwota VAT", 19, "r"),
        Col("Wartość brutto", 23, "r"),
    ]
    trows = [
        [
            f"{k}.",
            i.name,
            qty_fmt(i.qty),
            i.unit,
            money(i.net, ms),
            rate_label(i.vat_rate, "n"),
            money(i.vat, ms),
            money(i.gross, ms),
        ]
        for k, i in enumerate(items, 1)
    ]
    net, vat, gross = doc.totals()
    trows.append(["", "RAZEM", "", "", money(net, ms), "", money(vat, ms), money(gross, ms)])
    y = table(pdf, 15, y, cols, trows, TableStyle(size=7.5, grid=True, head_fill=0.8))
    pdf.text(195, y + 8, f"Do zapłaty: {money(gross, ms)} zł", 11, "Sans-Bold", "r")
    pdf.text(15, y + 15, f"Słownie: {words_pln(gross)}", 8)
    pdf.text(15, y + 20, f"Rachunek bankowy sprzedawcy: {doc.bank}", 8)
    pdf.text(
        15,
        y + 25,
        "Faktura dotyczy zadania realizowanego w ramach programu „Cyberbezpieczny Samorząd”.",
        7.5,
        "Sans-Italic",
    )
    return Sample(pdf.bytes(), (doc,))


def fam_word_tabs_small_firm(rng: random.Random) -> Sample:
    """Small IT company's word-processor invoice: columns aligned with tab stops, no table lines, ' zł' amounts."""
    owner = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    seller = _seller(rng, rng.choice((f"Usługi Informatyczne {owner}", f"KOMP-SERWIS {owner}")))
    buyer, office = _gmina(rng)
    pool = (
        *CAT[12:],
        ("Serwis i konfiguracja serwera plików", "godz.", (120, 180), "23", "", "", ""),
        ("Instalacja i konfiguracja stacji roboczych", "godz.", (90, 150), "23", "", "", ""),
        ("Przegląd kopii zapasowych i test odtworzenia", "usł.", (600, 1200), "23", "", "", ""),
        *CAT[5:8],
    )
    items = []
    for e in rng.sample(pool, rng.randint(2, 4)):
        q = Decimal(rng.choice(("1.5", "2", "3.5", "4", "6", "7.5"))) if e[1] == "godz." else Decimal(_qty(rng, e[1]))
        items.append(_nline(e[0], e[1], q, _price(rng, e), e[3]))
    number = f"{rng.randint(1, 60)}/2026"
    doc = _doc(rng, number, seller, buyer, items)
    ms = "comma"
    font, bold = "Serif", "Serif-Bold"
    pdf = Pdf()
    pdf.text(195, 15, f"{doc.place}, {date_fmt(doc.issue_date)} r.", 10, font, "r")
    pdf.text(105, 30, f"Faktura nr {number}", 14, bold, "c")
    pdf.text(105, 36, f"data sprzedaży: {date_fmt(doc.sale_date)} r.", 10, font, "c")
    pdf.lines(20, 48, ["Sprzedawca:", seller.name, seller.street, seller.city, f"NIP {seller.nip}"], 10, font, 4.8)
    pdf.lines(115, 48, ["Nabywca:", buyer.name, buyer.street, buyer.city, f"NIP {buyer.nip}"], 10, font, 4.8)
    tabs = (20, 28, 112, 135, 158, 172, 195)  # Lp, nazwa, ilość(r), cena(r), netto(r), VAT(r), brutto(r)
    y = 82
    heads = ("Lp.", "Nazwa usługi / towaru", "Ilość", "Cena netto", "Wartość", "VAT", "Brutto")
    for k, (x, h) in enumerate(zip(tabs, heads, strict=True)):
        pdf.text(x, y, h, 9, bold, "l" if k < 2 else "r")
    y += 7
    for k, it in enumerate(items, 1):
        name_lines = [ln for ln in _wrap_words(it.name, 30)]
        cells = (
            f"{k}.",
            name_lines[0],
            f"{qty_fmt(it.qty)} {it.unit}",
            money(it.unit_price, ms),
            money(it.net, ms),
            rate_label(it.vat_rate),
            money(it.gross, ms),
        )
        for j, (x, c) in enumerate(zip(tabs, cells, strict=True)):
            pdf.text(x, y, c, 9.5, font, "l" if j < 2 else "r")
        for ln in name_lines[1:]:
            y += 4.6
            pdf.text(tabs[1], y, ln, 9.5, font)
        y += 6.5
    net, vat, gross = doc.totals()
    y += 4
    for lab, val in (("Razem netto:", net), ("Podatek VAT 23%:", vat), ("Razem brutto:", gross)):
        pdf.text(160, y, lab, 10, font, "r")
        pdf.text(195, y, f"{money(val, ms)} zł", 10, bold, "r")
        y += 5.5
    y += 5
    pdf.text(20, y, f"Do zapłaty: {money(gross, ms)} zł", 11, bold)
    pdf.text(20, y + 6, f"Słownie: {words_pln(gross)}", 10, font)
    pdf.text(20, y + 12, f"Płatne przelewem w terminie {doc.due_days} dni na rachunek nr {doc.bank}", 10, font)
    pdf.text(20, y + 18, f"Odbiorca: {office}", 10, font)
    pdf.text(150, y + 40, "...................................", 10, font, "c")
    pdf.text(150, y + 45, "podpis wystawcy", 8, font, "c")
    return Sample(pdf.bytes(), (doc,))


def _wrap_words(s: str, width: int) -> list[str]:
    out, cur = [], ""
    for w in s.split():
        if cur and len(cur) + 1 + len(w) > width:
            out.append(cur)
            cur = w
        else:
            cur = (cur + " " + w).strip()
    return [*out, cur]


def fam_correction_tresc_korygowana(rng: random.Random) -> Sample:
    """Correction with a 'Treść korygowana' table and a 'Treść prawidłowa' table, then the difference per rate."""
    seller = _seller(rng, rng.choice(("Teleinfo Serwis Sp. z o.o.", "RedNet Integrator Sp. z o.o.")))
    buyer, _office = _gmina(rng)
    before = [replace_before(i) for i in _lines(rng, CAT, (1, 3))]
    after = []
    for it in before:
        if it.qty > 1 and rng.random() < 0.5:
            after.append(make_like(it, it.qty - 1, it.unit_price, False))
        else:
            after.append(make_like(it, it.qty, q2(it.unit_price * Decimal(rng.choice(("0.9", "0.8", "0.95")))), False))
    number = f"KOR/{rng.randint(1, 80)}/2026"
    doc = _doc(
        rng,
        number,
        seller,
        buyer,
        before + after,
        kind="correction",
        reason=rng.choice(("zwrot towaru", "rabat potransakcyjny", "błąd w cenie jednostkowej")),
    )
    doc = _replace_doc(
        doc,
        corrected_number=f"FV/{rng.randint(100, 900)}/2026",
        corrected_date=doc.issue_date - timedelta(days=rng.randint(7, 40)),
    )
    ms = "space"
    pdf = Pdf()
    pdf.text(15, 18, f"FAKTURA KORYGUJĄCA nr {number}", 13, "Sans-Bold")
    pdf.text(15, 24, f"do faktury nr {doc.corrected_number} z dnia {date_fmt(doc.corrected_date)}", 9)
    pdf.lines(
        195,
        16,
        [f"Data wystawienia: {date_fmt(doc.issue_date)}", f"Data sprzedaży: {date_fmt(doc.sale_date)}"],
        8,
        "Sans",
        4.3,
        "r",
    )
    _block(pdf, 15, 34, "Sprzedawca", [seller.name, seller.street, seller.city, f"NIP {nip_fmt(seller.nip, 'pl')}"], 8)
    _block(pdf, 110, 34, "Nabywca", [buyer.name, buyer.street, buyer.city, f"NIP {nip_fmt(buyer.nip, 'pl')}"], 8)
    pdf.text(15, 60, f"Przyczyna korekty: {doc.reason}", 8.5, "Sans-Bold")
    cols = [
        Col("Lp", 8, "c"),
        Col("Nazwa", 66),
        Col("Ilość", 12, "r"),
        Col("J.m.", 10, "c"),
        Col("Cena netto", 19, "r"),
        Col("Wartość netto", 21, "r"),
        Col("VAT", 10, "c"),
        Col("Kwota VAT", 17, "r"),
        Col("Brutto", 19, "r"),
    ]

    def rows(its: list[Item]) -> list[list[str]]:
        return [
            [
                str(k),
                i.name,
                qty_fmt(i.qty),
                i.unit,
                money(i.unit_price, ms),
                money(i.net, ms),
                rate_label(i.vat_rate),
                money(i.vat, ms),
                money(i.gross, ms),
            ]
            for k, i in enumerate(its, 1)
        ]

    st = TableStyle(size=7.5, grid=True, head_fill=0.9)
    pdf.text(15, 68, "Treść korygowana (było):", 9, "Sans-Bold")
    y = table(pdf, 15, 70, cols, rows(before), st)
    pdf.text(15, y + 7, "Treść prawidłowa (powinno być):", 9, "Sans-Bold")
    y = table(pdf, 15, y + 9, cols, rows(after), st)
    nb, vb, gb = doc.totals(before)
    na, va, ga = doc.totals(after)
    pdf.text(15, y + 8, "Podsumowanie korekty:", 9, "Sans-Bold")
    cols3 = [Col("", 36), Col("Netto", 30, "r"), Col("VAT", 26, "r"), Col("Brutto", 30, "r")]
    y = table(
        pdf,
        15,
        y + 10,
        cols3,
        [
            ["Przed korektą", money(nb, ms), money(vb, ms), money(gb, ms)],
            ["Po korekcie", money(na, ms), money(va, ms), money(ga, ms)],
            ["Różnica", money(na - nb, ms), money(va - vb, ms), money(ga - gb, ms)],
        ],
        st,
    )
    pdf.text(15, y + 8, f"Kwota do zwrotu: {money(gb - ga, ms)} PLN", 10.5, "Sans-Bold")
    pdf.text(15, y + 13, f"Słownie: {words_pln(gb - ga)}", 8)
    return Sample(pdf.bytes(), (doc,))


def replace_before(it: Item) -> Item:
    from dataclasses import replace

    return replace(it, before_correction=True)


def _replace_doc(doc: Doc, **kw) -> Doc:
    from dataclasses import replace

    return replace(doc, **kw)


def fam_reverse_charge_bilingual_pl_nip(rng: random.Random) -> Sample:
    """Foreign software vendor's PL/EN EUR invoice under reverse charge, its Polish NIP beside its home VAT id."""
    name = rng.choice(("Vectorline Software GmbH", "Nordhaven Security AB", "Bitfeld Cloud Services GmbH"))
    home = {"GmbH": ("Leopoldstraße 31", "80802 München", "DE"), "AB": ("Sveavägen 44", "111 34 Stockholm", "SE")}
    street, city, cc = home["AB" if name.endswith("AB") else "GmbH"]
    seller = Party(name, street, city, make_nip(rng))
    vat_id = cc + "".join(str(rng.randint(0, 9)) for _ in range(9 if cc == "DE" else 12))
    buyer, _office = _gmina(rng)
    pool = (
        ("Subskrypcja platformy EDR (12 mies.) / EDR platform subscription (12 months)", "lic.", (140, 260)),
        ("Usługa SOC zdalnie, miesiąc / Remote SOC service, month", "mies.", (3400, 5200)),
        ("Wsparcie techniczne Premium / Premium technical support", "usł.", (2500, 6000)),
        ("Szkolenie online administratorów / Online admin training", "usł.", (1800, 3600)),
        ("Skaner podatności - licencja roczna / Vulnerability scanner - annual licence", "lic.", (4200, 7800)),
    )
    items = []
    for e in rng.sample(pool, rng.randint(1, 3)):
        q = (
            rng.choice((1, 2, 3, 12))
            if e[1] == "mies."
            else (rng.choice((10, 25, 50)) if e[1] == "lic." and e[2][1] < 300 else 1)
        )
        items.append(_nline(e[0], e[1], q, q2(_price(rng, (None, None, e[2])) / Decimal("4.30")), "np"))
    number = f"{cc}-INV-{rng.randint(2026000, 2026999)}"
    doc = _doc(rng, number, seller, buyer, items, currency="EUR")
    iban = "".join(str(rng.randint(0, 9)) for _ in range(20))
    ms = "dot"
    pdf = Pdf()
    pdf.text(15, 18, name, 13, "Sans-Bold")
    pdf.lines(
        15, 23, [f"{street}, {city}", f"VAT ID: {vat_id}", f"NIP (PL): {nip_fmt(seller.nip, 'dash')}"], 8, "Sans", 4
    )
    pdf.text(195, 18, "FAKTURA / INVOICE", 13, "Sans-Bold", "r")
    pdf.text(195, 24, f"Nr / No.: {number}", 9, "Sans", "r")
    labels = [
        ("Data wystawienia", "Issue date", date_fmt(doc.issue_date, "iso")),
        ("Data wykonania usługi", "Date of supply", date_fmt(doc.sale_date, "iso")),
        ("Termin płatności", "Due date", date_fmt(doc.issue_date + timedelta(days=doc.due_days), "iso")),
    ]
    y = 44
    for pl, en, v in labels:
        pdf.text(120, y, pl, 7.5, "Sans-Bold")
        pdf.text(120, y + 3.2, en, 6.5, "Sans-Italic")
        pdf.text(195, y + 1.5, v, 8.5, "Sans", "r")
        y += 8
    pdf.text(15, 44, "Nabywca", 7.5, "Sans-Bold")
    pdf.text(15, 47.2, "Bill to", 6.5, "Sans-Italic")
    pdf.lines(
        15, 52, [buyer.name, buyer.street, buyer.city, "Poland", f"NIP / VAT ID: PL{buyer.nip}"], 8.5, "Sans", 4.3
    )
    cols = [
        Col("Lp. / No.", 12, "c"),
        Col("Opis / Description", 75),
        Col("Ilość / Qty", 16, "r"),
        Col("Cena / Unit price", 22, "r"),
        Col("Netto / Net", 22, "r"),
        Col("VAT", 10, "c"),
        Col("Brutto / Gross", 23, "r"),
    ]
    rows = [
        [str(k), i.name, qty_fmt(i.qty), money(i.unit_price, ms), money(i.net, ms), "NP", money(i.gross, ms)]
        for k, i in enumerate(items, 1)
    ]
    y = table(pdf, 15, 80, cols, rows, TableStyle(size=7.5, grid=False, rules=True, head_fill=0.93))
    net, vat, gross = doc.totals()
    y += 6
    for pl, en, v in (("Razem netto", "Total net", net), ("VAT", "VAT", vat), ("Do zapłaty", "Amount due", gross)):
        pdf.text(150, y, f"{pl} / {en}:", 8.5, "Sans-Bold" if pl == "Do zapłaty" else "Sans", "r")
        pdf.text(195, y, f"{money(v, ms)} EUR", 8.5, "Sans-Bold" if pl == "Do zapłaty" else "Sans", "r")
        y += 5
    pdf.lines(
        15,
        y + 6,
        [
            "Odwrotne obciążenie – podatek rozlicza nabywca (art. 28b i art. 17 ust. 1 pkt 4 ustawy o VAT).",
            "Reverse charge – VAT to be accounted for by the recipient (Art. 196 Council Directive 2006/112/EC).",
            f"Bank: IBAN DE{iban}, BIC {rng.choice(('COBADEFFXXX', 'DEUTDEMMXXX'))}",
        ],
        7.5,
        "Sans",
        4.3,
    )
    return Sample(pdf.bytes(), (doc,))
