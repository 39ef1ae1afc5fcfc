"""BLIND-5 families (fresh batch). Not to be opened by the parser engineer; measured once, at the end.

Layouts written for this batch only, by an evaluator who never read the parser (`extractors/`, `checks/`,
`tests/extractors/`). They share the data model (`Doc`, `Item`, `make_line`, `make_like`) and the page canvas and
table drawing (`Pdf`, `table`) of `kit.py`, but bring their own sellers, their own IT catalogue and real gminy,
powiaty and a województwo from the TERYT register (TERC 2024-01-01) as buyers.

Focus of the batch: a bilingual Polish/English invoice; a retail chain's invoice to a receipt with gross prices and
VAT computed from the gross per rate; items without an Lp column but numbered "1." inside the name, under a
"Wystawca" block with KRS/REGON/BDO/share capital and a framed "Do zapłaty / Słownie / Zapłacono" box; a table over
two pages with "Strona 1 z 2" in a running header and "Do przeniesienia / Z przeniesienia" subtotals, a split
payment note and a KSeF number; a reverse-charge EUR invoice of a foreign SaaS vendor (VAT "np"); items as blocks
(name, then "ilość × cena = wartość"); an A5 page; a landscape accounting-office printout with a Województwo as
buyer and its Urząd Marszałkowski as recipient; a "protokół zdawczo-odbiorczy" with Przekazujący/Przejmujący and a
second table of serial numbers; a "protokół odbioru usługi szkoleniowej" with hours and participant counts; a
landscape correction with before/after/difference side by side in one row per item; a VAT-exempt one-person
contractor (art. 113, "zw", a word-processor template with " zł" in every cell); an EZD vendor with the quantity
before the name, year-first dotted dates and mixed rates 23/8/5/zw; a designer template with every party, date and
payment detail in a grey left sidebar.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

from reportlab.lib.pagesizes import A5
from reportlab.pdfbase import pdfmetrics

from tests.corpus.extract.build import page_count
from tests.corpus.extract.kit import (
    MM,
    Col,
    Doc,
    Item,
    Party,
    Pdf,
    TableStyle,
    make_like,
    make_line,
    make_nip,
    money,
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

# Real gminy, powiaty and a województwo (TERYT TERC 2024-01-01, /work/shared/data/teryt); streets and postcodes
# are plausible, not looked up. (name, street, "00-000 Town", office)
GMINY: tuple[tuple[str, str, str, str], ...] = (
    ("Gmina Osiek", "ul. Rynek 1", "28-221 Osiek", "Urząd Miasta i Gminy Osiek"),
    ("Gmina Bogdaniec", "ul. Jana Pawła II 17", "66-450 Bogdaniec", "Urząd Gminy Bogdaniec"),
    ("Gmina Łubianka", "ul. Bydgoska 13", "87-152 Łubianka", "Urząd Gminy Łubianka"),
    ("Gmina Stara Biała", "ul. Jana Kazimierza 1", "09-411 Biała", "Urząd Gminy Stara Biała"),
    ("Gmina Długosiodło", "ul. Kościuszki 5", "07-210 Długosiodło", "Urząd Gminy Długosiodło"),
    ("Gmina Ciężkowice", "ul. Rynek 1", "33-190 Ciężkowice", "Urząd Gminy Ciężkowice"),
    ("Gmina Drobin", "ul. Marszałka Józefa Piłsudskiego 12", "09-210 Drobin", "Urząd Miasta i Gminy Drobin"),
    ("Gmina Miączyn", "Miączyn 14", "22-455 Miączyn", "Urząd Gminy Miączyn"),
    ("Gmina Abramów", "Abramów 140", "21-143 Abramów", "Urząd Gminy Abramów"),
    ("Gmina Jeleniewo", "ul. Słoneczna 3", "16-404 Jeleniewo", "Urząd Gminy Jeleniewo"),
    ("Gmina Łysomice", "ul. Warszawska 8", "87-148 Łysomice", "Urząd Gminy Łysomice"),
    ("Gmina Nasielsk", "ul. Elektronowa 3", "05-190 Nasielsk", "Urząd Miejski w Nasielsku"),
    ("Gmina Goworowo", "ul. Ostrołęcka 14", "07-440 Goworowo", "Urząd Gminy Goworowo"),
    ("Gmina Wijewo", "ul. Cicha 1", "64-150 Wijewo", "Urząd Gminy Wijewo"),
    ("Gmina Rymanów", "ul. Mickiewicza 1", "38-480 Rymanów", "Urząd Gminy Rymanów"),
    ("Gmina Praszka", "ul. Kościuszki 3", "46-320 Praszka", "Urząd Miasta i Gminy w Praszce"),
    ("Gmina Kiełczygłów", "ul. Strażacka 7", "98-358 Kiełczygłów", "Urząd Gminy Kiełczygłów"),
    ("Gmina Rabka-Zdrój", "ul. Parkowa 2", "34-700 Rabka-Zdrój", "Urząd Miejski w Rabce-Zdroju"),
    ("Gmina Nędza", "ul. Jana III Sobieskiego 5", "47-440 Nędza", "Urząd Gminy Nędza"),
    ("Gmina Sośnicowice", "ul. Rynek 19", "44-153 Sośnicowice", "Urząd Miejski w Sośnicowicach"),
    ("Gmina Deszczno", "ul. Gorzowska 3", "66-446 Deszczno", "Urząd Gminy Deszczno"),
    ("Gmina Suchowola", "pl. Kościuszki 12", "16-150 Suchowola", "Urząd Miejski w Suchowoli"),
    ("Gmina Kolbudy", "ul. Staropolska 1", "83-050 Kolbudy", "Urząd Gminy Kolbudy"),
    ("Gmina Nowy Targ", "ul. Bulwarowa 9", "34-400 Nowy Targ", "Urząd Gminy Nowy Targ"),
)
POWIATY: tuple[tuple[str, str, str, str], ...] = (
    ("Powiat Trzebnicki", "pl. Marszałka J. Piłsudskiego 1", "55-100 Trzebnica", "Starostwo Powiatowe w Trzebnicy"),
    ("Powiat Żagański", "ul. Dworcowa 39", "68-100 Żagań", "Starostwo Powiatowe w Żaganiu"),
    ("Powiat Świebodziński", "ul. Kolejowa 2", "66-200 Świebodzin", "Starostwo Powiatowe w Świebodzinie"),
    ("Powiat Kazimierski", "ul. Tadeusza Kościuszki 12", "28-500 Kazimierza Wielka", "Starostwo Powiatowe"),
    ("Powiat Kutnowski", "ul. Tadeusza Kościuszki 16", "99-300 Kutno", "Starostwo Powiatowe w Kutnie"),
    ("Powiat Pułtuski", "ul. Marszałka J. Piłsudskiego 2", "06-100 Pułtusk", "Starostwo Powiatowe w Pułtusku"),
    ("Powiat Oleśnicki", "ul. Słowackiego 10", "56-400 Oleśnica", "Starostwo Powiatowe w Oleśnicy"),
    ("Powiat Nyski", "ul. Piastowska 33", "48-300 Nysa", "Starostwo Powiatowe w Nysie"),
)
WOJEWODZTWA: tuple[tuple[str, str, str, str], ...] = (
    (
        "Województwo Podkarpackie",
        "al. Łukasza Cieplińskiego 4",
        "35-010 Rzeszów",
        "Urząd Marszałkowski Województwa Podkarpackiego",
    ),
    ("Województwo Opolskie", "ul. Piastowska 14", "45-082 Opole", "Urząd Marszałkowski Województwa Opolskiego"),
    ("Województwo Lubuskie", "ul. Podgórna 7", "65-057 Zielona Góra", "Urząd Marszałkowski Województwa Lubuskiego"),
)

SELLERS = (
    "Nadwiślańskie Centrum Informatyki Sp. z o.o.",
    "Sygnet Systemy Sp. z o.o.",
    "Helios IT Sp. z o.o. Sp. k.",
    "Baltic Data Systems S.A.",
    "Przedsiębiorstwo Wdrożeniowe ARKADA Sp. z o.o.",
    "Sudeckie Centrum Serwisowe Sp. z o.o.",
    "Trójmiejska Sieć Komputerowa TSK Sp. z o.o.",
    "Gamma Security Sp. z o.o.",
    "KOMPLEKS-IT s.c. Robert Wójcik, Ewa Wójcik",
    "Infrastruktura Cyfrowa Samorządów ICS S.A.",
)
SELLER_STREETS = (
    "ul. Fabryczna 19",
    "ul. Wojska Polskiego 102",
    "ul. Poligonowa 1C",
    "ul. Sienkiewicza 64 lok. 11",
    "al. Niepodległości 221",
    "ul. Energetyczna 8",
    "ul. Opolska 15/3",
    "ul. Hutnicza 40",
)
SELLER_CITIES = (
    "87-100 Toruń",
    "26-600 Radom",
    "58-500 Jelenia Góra",
    "81-341 Gdynia",
    "43-300 Bielsko-Biała",
    "33-100 Tarnów",
    "62-800 Kalisz",
    "44-100 Gliwice",
    "16-400 Suwałki",
    "09-400 Płock",
)

# name, unit, (low, high) unit net price, VAT rate, PKWiU, CN, GTU
CAT: tuple[tuple[str, str, tuple[int, int], str, str, str, str], ...] = (
    ('Laptop ASUS ExpertBook B1 B1502CVA 15,6" i5-1335U 16GB 512GB W11Pro', "szt.", (3100, 3700), "23", "", "", ""),
    ("Komputer stacjonarny Fujitsu ESPRIMO D7012 i5-12500 16GB 512GB W11Pro", "szt.", (3000, 3600), "23", "", "", ""),
    ("Stacja dokująca Dell WD19S 130W USB-C", "szt.", (650, 820), "23", "", "", ""),
    ("Firewall Stormshield SN310 z licencją Premium UTM na 3 lata", "kpl.", (8400, 10200), "23", "", "", ""),
    ("Przełącznik Cisco Catalyst 1000-24P-4G-L 24x PoE+", "szt.", (3700, 4500), "23", "", "", ""),
    ("Serwer Lenovo ThinkSystem ST250 V3 Xeon E-2434 32GB 2x1,92TB SSD", "szt.", (12900, 15900), "23", "", "", ""),
    ("Serwer NAS QNAP TS-873A z 8 dyskami 6TB", "kpl.", (11200, 13900), "23", "", "", ""),
    ("Zasilacz UPS CyberPower OLS3000EA online 3000VA", "szt.", (3300, 4100), "23", "", "", ""),
    ('Monitor iiyama ProLite XUB2493HS-B5 23,8" IPS', "szt.", (520, 690), "23", "", "", ""),
    ("Skaner dokumentów Fujitsu fi-8170 A4 dupleks", "szt.", (4100, 4900), "23", "", "", ""),
    ("Urządzenie wielofunkcyjne Brother MFC-L8900CDW", "szt.", (2600, 3200), "23", "", "", ""),
    ("Pendrive szyfrowany Kingston IronKey Vault Privacy 50 32GB", "szt.", (180, 260), "23", "", "", ""),
    ("Token sprzętowy FIDO2 Feitian ePass K9", "szt.", (110, 170), "23", "", "", ""),
    ("Licencja Windows Server 2022 Standard 16 Core OEM", "lic.", (3600, 4300), "23", "", "", ""),
    ("Licencja Bitdefender GravityZone Business Security (1 rok)", "lic.", (110, 160), "23", "", "", ""),
    ("Subskrypcja Microsoft 365 E3 dla administracji (12 mies.)", "lic.", (1100, 1450), "23", "", "", ""),
    ("Wdrożenie systemu monitorowania sieci Zabbix z konfiguracją alertów", "usł.", (6500, 11800), "23", "", "", ""),
    ("Test penetracyjny infrastruktury zewnętrznej urzędu z raportem", "usł.", (9800, 16500), "23", "", "", ""),
    ("Przeprowadzenie audytu KRI wraz z rekomendacjami", "usł.", (7400, 12600), "23", "", "", ""),
    ("Konfiguracja kopii zapasowych w modelu 3-2-1 z testem odtworzenia", "usł.", (3900, 7200), "23", "", "", ""),
)
HW = tuple(i for i, c in enumerate(CAT) if c[1] in ("szt.", "kpl."))
SW = tuple(i for i, c in enumerate(CAT) if c[1] == "lic.")
SERVICES = tuple(i for i, c in enumerate(CAT) if c[1] == "usł.")
SMALL = tuple(i for i, c in enumerate(CAT) if c[2][1] < 5000 and c[1] != "usł.")

# ---- helpers ---------------------------------------------------------------------------------------


def width(s: str, font: str, size: float) -> float:
    return float(pdfmetrics.stringWidth(s, font, size)) / MM


def town(p: Party) -> str:
    return p.city.split(" ", 1)[1]


def dmy(d: date, sep: str = ".") -> str:
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"


def ymd(d: date, sep: str = "-") -> str:
    return f"{d.year}{sep}{d.month:02d}{sep}{d.day:02d}"


def due(doc: Doc) -> date:
    return doc.issue_date + timedelta(days=doc.due_days)


def sale_of(doc: Doc) -> date:
    return doc.sale_date or doc.issue_date


def digits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def iban_spaced(bank: str) -> str:
    d = bank[2:]
    return d[:2] + " " + " ".join(d[i : i + 4] for i in range(2, 26, 4))


def pick_seller(rng: random.Random, name: str | None = None) -> Party:
    return Party(name or rng.choice(SELLERS), rng.choice(SELLER_STREETS), rng.choice(SELLER_CITIES), make_nip(rng))


def pick_jst(rng: random.Random, pool: Sequence[tuple[str, str, str, str]] = GMINY) -> Party:
    name, street, city, office = rng.choice(pool)
    return Party(name, street, city, make_nip(rng), (office,) if office else ())


def office_party(buyer: Party) -> Party:
    return Party(buyer.extra[0] if buyer.extra else buyer.name, buyer.street, buyer.city, "")


def build(
    rng: random.Random,
    *,
    n: tuple[int, int] = (2, 5),
    pool: Sequence[int] = (),
    seller: Party | None = None,
    buyer: Party | None = None,
    kind: str = "invoice",
    currency: str | None = "PLN",
    eur: bool = False,
    gross_based: bool = False,
    rate: str | None = None,
    qty: Sequence[int] = (),
) -> Doc:
    seller = seller or pick_seller(rng)
    buyer = buyer or pick_jst(rng)
    while buyer.nip == seller.nip:
        buyer = replace(buyer, nip=make_nip(rng))
    issue = date(2026, 1, 7) + timedelta(days=rng.randint(0, 320))
    sale = issue - timedelta(days=rng.choice((0, 0, 0, 1, 3, 6)))
    idx = list(pool) if pool else list(range(len(CAT)))
    chosen = rng.sample(idx, min(rng.randint(*n), len(idx)))
    items = tuple(
        make_line(rng, CAT[i], eur=eur, gross_based=gross_based, rate=rate, qty=rng.choice(qty) if qty else None)
        for i in chosen
    )
    return Doc(
        kind=kind,
        number="",
        issue_date=issue,
        sale_date=sale,
        seller=seller,
        buyer=buyer,
        currency=currency,
        items=items,
        gross_based=gross_based,
        place=town(seller),
        due_days=rng.choice((14, 21, 30)),
        bank="PL" + digits(rng, 26),
    )


def rate_rows(doc: Doc, ms: str, items: Sequence[Item] | None = None, *, pct: bool = True) -> list[list[str]]:
    return [
        [rate_label(r, "pct" if pct else "n"), money(n, ms), money(v, ms), money(g, ms)]
        for r, n, v, g in doc.rate_summary(items)
    ]


def cur_words(x: Decimal, currency: str = "PLN") -> str:
    return words_pln(x, currency)


# ==================================================================================================
# Families


def fam_bilingual_invoice_pl_en(rng: random.Random) -> Sample:
    """Polish/English invoice of an international integrator: "Faktura VAT / VAT Invoice", "Sprzedawca / Seller",
    two-line bilingual column titles, ISO dates, "Do zapłaty / Amount due" and "VAT No." with a PL prefix."""
    seller = pick_seller(rng, rng.choice(("Nordic Cloud Integration Polska Sp. z o.o.", "EuroNet Systems Polska S.A.")))
    doc = build(rng, n=(2, 5), seller=seller, buyer=pick_jst(rng, GMINY + POWIATY))
    no = f"INV/PL/{doc.issue_date.year}/{rng.randint(100, 4999):05d}"
    doc = replace(doc, number=no)
    s, b = doc.seller, doc.buyer
    ms = "spacedot" if rng.random() < 0.5 else "space"
    p = Pdf()
    p.rect(14, 12, 182, 16, 0, fill=0.15)
    p.c.setFillGray(1)
    p.text(18, 22.5, "Faktura VAT / VAT Invoice", 15, "Sans-Bold")
    p.text(192, 19, f"No. / Nr: {no}", 9.5, "Sans-Bold", "r")
    p.text(192, 24.5, "Oryginał / Original", 7.5, "Sans", "r")
    p.c.setFillGray(0)
    meta = [
        ("Data wystawienia / Issue date", ymd(doc.issue_date)),
        ("Data sprzedaży / Date of supply", ymd(sale_of(doc))),
        ("Termin płatności / Due date", ymd(due(doc))),
        ("Forma płatności / Payment", "przelew / bank transfer"),
    ]
    y = 35.0
    for lab, val in meta:
        p.text(118, y, lab, 7.5, "Sans")
        p.text(196, y, val, 8, "Sans-Bold", "r")
        y += 4.6
    p.text(14, 35, "Sprzedawca / Seller", 8, "Sans-Bold")
    p.hline(14, 100, 36.5, 0.4)
    p.lines(14, 41, [s.name, s.street, s.city + ", Polska / Poland", f"NIP / VAT No.: PL{s.nip}"], 8.5, lead=4)
    p.text(14, 62, "Nabywca / Buyer", 8, "Sans-Bold")
    p.hline(14, 100, 63.5, 0.4)
    y_parties = p.lines(14, 68, [b.name, *b.extra, b.street, b.city, f"NIP / Tax ID: {b.nip}"], 8.5, lead=4)
    p.text(118, 62, "Rachunek bankowy / Bank account", 7.5, "Sans-Bold")
    p.text(118, 66.5, f"PL{doc.bank[2:]}", 8, "Mono")
    p.text(118, 71, f"SWIFT: {rng.choice(('BPKOPLPW', 'PKOPPLPW', 'INGBPLPW', 'BREXPLPW'))}", 8, "Mono")
    cols = [
        Col("Lp.\nNo.", 9, "c"),
        Col("Nazwa towaru / usługi\nDescription", 66, "l"),
        Col("Ilość\nQty", 12, "r"),
        Col("J.m.\nUnit", 11, "c"),
        Col("Cena netto\nUnit price", 21, "r"),
        Col("Wartość netto\nNet amount", 22, "r"),
        Col("VAT\n%", 11, "c"),
        Col("Wartość brutto\nGross amount", 30, "r"),
    ]
    rows = [
        [
            str(k),
            it.name,
            qty_fmt(it.qty, ms),
            it.unit.rstrip("."),
            money(it.unit_price or 0, ms),
            money(it.net or 0, ms),
            rate_label(it.vat_rate, "n"),
            money(it.gross or 0, ms),
        ]
        for k, it in enumerate(doc.items, 1)
    ]
    st = TableStyle(size=7.8, head_size=7, grid=False, rules=True, head_fill=0.88, pad=1.4)
    cols = [Col(c.title.replace("\n", " / "), c.width, c.align) for c in cols]  # the kit wraps titles on spaces
    y = table(p, 14, max(84.0, y_parties + 3), cols, rows, st) + 5
    summ = [
        ["Stawka / Rate", "Netto / Net", "VAT", "Brutto / Gross"],
        *rate_rows(doc, ms),
    ]
    net, vat, gross = doc.totals()
    summ.append(["Razem / Total", money(net, ms), money(vat, ms), money(gross, ms)])
    xs = (96, 144, 168, 196)
    for i, r in enumerate(summ):
        f = "Sans-Bold" if i in (0, len(summ) - 1) else "Sans"
        p.text(xs[0], y, r[0], 7.8, f)
        for x, v in zip(xs[1:], r[1:], strict=True):
            p.text(x, y, v, 7.8, f, "r")
        if i == 0 or i == len(summ) - 2:
            p.hline(96, 196, y + 1.3, 0.3)
        y += 4.4
    y += 3
    p.rect(104, y, 92, 10, 0.8)
    p.text(107, y + 6.5, "Do zapłaty / Amount due:", 9, "Sans-Bold")
    p.text(193, y + 6.5, f"{money(gross, ms)} PLN", 10, "Sans-Bold", "r")
    y += 16
    p.text(14, y, f"Słownie: {cur_words(gross)}", 7.5, "Sans-Italic")
    p.text(14, y + 4, "Thank you for your business / Dziękujemy za współpracę.", 7, "Sans-Italic")
    p.hline(14, 196, 280, 0.3)
    p.text(14, 284, f"{s.name} | KRS {digits(rng, 10)} | www.{s.name.split()[0].lower()}.pl", 6.5, "Sans")
    return Sample(p.bytes(), (doc,))


def _gross_per_rate(items: Sequence[Item]) -> tuple[Item, ...]:
    """Retail POS arithmetic: VAT per rate computed once on the summed gross; the last line of each rate absorbs
    the cent differences so the lines still add up to the printed summary."""
    out = list(items)
    for rate in {i.vat_rate for i in items}:
        idx = [k for k, i in enumerate(out) if i.vat_rate == rate]
        r = Decimal(rate) if rate and rate.isdigit() else Decimal(0)
        g = sum((out[k].gross or Decimal(0) for k in idx), Decimal(0))
        v = q2(g * r / (100 + r))
        diff = v - sum((out[k].vat or Decimal(0) for k in idx), Decimal(0))
        last = out[idx[-1]]
        nv = (last.vat or Decimal(0)) + diff
        out[idx[-1]] = replace(last, vat=nv, net=(last.gross or Decimal(0)) - nv)
    return tuple(out)


RETAIL_EXTRA = (
    ("Książka „Cyberbezpieczeństwo w jednostkach samorządu terytorialnego”", "szt.", (69, 99), "5", "", "", ""),
    ("Kabel HDMI 2.1 Unitek 3 m", "szt.", (39, 79), "23", "", "", ""),
    ("Mysz bezprzewodowa Logitech M705", "szt.", (149, 199), "23", "", "", ""),
    ("Klawiatura Logitech K120 USB", "szt.", (49, 69), "23", "", "", ""),
    ("Listwa zasilająca z filtrem APC 5 gniazd", "szt.", (89, 139), "23", "", "", ""),
    ("Słuchawki z mikrofonem Jabra Evolve2 30", "szt.", (259, 349), "23", "", "", ""),
)


def fam_retail_chain_gross_receipt(rng: random.Random) -> Sample:
    """Retail electronics chain, invoice to a receipt: store header, "Faktura VAT do paragonu nr", EAN codes, gross
    unit prices, PTU letters (A 23 %, B 8 %, C 5 %), VAT computed from the gross per rate, "Razem brutto" first."""
    store = rng.choice(("ELEKTROMAX", "MegaTech", "Komputer-Świat"))
    seller = pick_seller(rng, f"{store} Polska Sp. z o.o.")
    entries = rng.sample(RETAIL_EXTRA, rng.randint(2, 4)) + [CAT[i] for i in rng.sample(SMALL, rng.randint(1, 2))]
    rng.shuffle(entries)
    base = build(rng, n=(1, 1), seller=seller)
    items = tuple(
        make_line(rng, e, gross_based=True, qty=rng.choice((1, 1, 2, 3, 5, 10)) if e[2][1] < 400 else 1)
        for e in entries
    )
    items = _gross_per_rate(items)
    no = f"FP/{rng.randint(100, 480)}/{rng.randint(1, 9999):04d}/{base.issue_date.strftime('%m/%y')}"
    doc = replace(
        base,
        number=no,
        items=items,
        gross_based=True,
        sale_date=base.issue_date,
        item_amounts=("gross",),
        due_days=0,
        pay_method="karta",
    )
    s, b = doc.seller, doc.buyer
    ms = rng.choice(("comma", "space"))
    p = Pdf()
    shop = rng.randint(100, 480)
    p.text(105, 16, store, 20, "Sans-Bold", "c", spacing=1)
    p.text(105, 21.5, f"Sklep nr {shop} · Galeria {rng.choice(('Park', 'Centrum', 'Pasaż', 'Atrium'))}", 8, "Sans", "c")
    p.lines(105, 27, [s.name, f"{s.street}, {s.city}", f"NIP {s.nip}"], 8, lead=3.8, align="c")
    p.hline(14, 196, 40, 0.8)
    p.text(14, 47, f"FAKTURA VAT nr {no}", 12, "Sans-Bold")
    receipt = f"{rng.randint(1000, 9999)}/{rng.randint(1, 30):02d}"
    p.text(14, 52.5, f"do paragonu fiskalnego nr {receipt} z dnia {dmy(doc.issue_date, '-')}", 8)
    p.text(196, 47, f"Data wystawienia: {dmy(doc.issue_date, '-')}", 8.5, "Sans", "r")
    p.text(196, 52.5, f"Data sprzedaży: {dmy(doc.issue_date, '-')}", 8.5, "Sans", "r")
    p.text(14, 61, "Nabywca:", 8.5, "Sans-Bold")
    p.lines(14, 66, [b.name, f"{b.street}, {b.city}", f"NIP: {b.nip}"], 8.5, lead=4)
    p.text(120, 61, "Płatność:", 8.5, "Sans-Bold")
    p.lines(
        120, 66, ["karta płatnicza – zapłacono", f"Kasa nr {rng.randint(1, 12)}, kasjer {rng.randint(100, 999)}"], 8
    )
    letters = {"23": "A", "8": "B", "5": "C", "zw": "E"}
    cols = [
        Col("Lp", 8, "c"),
        Col("Nazwa towaru", 78, "l"),
        Col("EAN", 26, "l"),
        Col("Ilość", 12, "r"),
        Col("Cena brutto", 20, "r"),
        Col("PTU", 10, "c"),
        Col("Wartość brutto", 28, "r"),
    ]
    rows = [
        [
            str(k),
            it.name,
            "590" + digits(rng, 10),
            qty_fmt(it.qty, ms),
            money(it.unit_price or 0, ms),
            letters.get(it.vat_rate or "23", "A"),
            money(it.gross or 0, ms),
        ]
        for k, it in enumerate(doc.items, 1)
    ]
    y = table(
        p, 14, 82, cols, rows, TableStyle(size=7.8, grid=True, head_fill=0.92, font="Cond", head_font="Cond-Bold")
    )
    y += 6
    net, vat, gross = doc.totals()
    p.text(112, y, "RAZEM BRUTTO", 10, "Sans-Bold")
    p.text(196, y, money(gross, ms), 10, "Sans-Bold", "r")
    y += 6
    p.text(112, y, "PTU", 7.5, "Sans-Bold")
    p.text(150, y, "Brutto", 7.5, "Sans-Bold", "r")
    p.text(170, y, "w tym VAT", 7.5, "Sans-Bold", "r")
    p.text(196, y, "Netto", 7.5, "Sans-Bold", "r")
    y += 4.2
    for r, n, v, g in doc.rate_summary():
        p.text(112, y, f"{letters.get(r, 'A')} {rate_label(r)}", 7.5)
        p.text(150, y, money(g, ms), 7.5, "Sans", "r")
        p.text(170, y, money(v, ms), 7.5, "Sans", "r")
        p.text(196, y, money(n, ms), 7.5, "Sans", "r")
        y += 4
    p.hline(112, 196, y - 2.6, 0.3)
    p.text(112, y + 1, "Suma", 7.5, "Sans-Bold")
    p.text(150, y + 1, money(gross, ms), 7.5, "Sans-Bold", "r")
    p.text(170, y + 1, money(vat, ms), 7.5, "Sans-Bold", "r")
    p.text(196, y + 1, money(net, ms), 7.5, "Sans-Bold", "r")
    y += 9
    p.text(14, y, f"Zapłacono kartą: {money(gross, ms)} zł", 8.5, "Sans-Bold")
    p.text(14, y + 5, "Podatek VAT obliczono od wartości brutto według stawek.", 7, "Sans-Italic")
    p.text(14, y + 14, "Faktura wystawiona bez podpisu odbiorcy.", 7)
    p.text(
        105,
        282,
        f"Dziękujemy za zakupy! Infolinia {store}: 801 {rng.randint(100, 999)} {rng.randint(100, 999)}",
        7,
        "Sans",
        "c",
    )
    return Sample(p.bytes(), (doc,))


def fam_wystawca_numbered_names_paid_box(rng: random.Random) -> Sample:
    """No Lp column: items numbered "1." "2." inside the name cell; a "Wystawca" block with KRS, REGON, BDO and share
    capital; Nabywca a powiat with "Odbiorca: Starostwo Powiatowe w …"; a framed "DO ZAPŁATY / Słownie / Zapłacono /
    Pozostaje" box; money as 1.234,56."""
    buyer = pick_jst(rng, POWIATY)
    doc = build(rng, n=(2, 5), buyer=buyer, qty=(1, 1, 2, 3, 4, 6, 8))
    no = f"{rng.randint(1, 899)}/FVS/{doc.issue_date.year}"
    doc = replace(doc, number=no, recipient=office_party(buyer))
    s, b = doc.seller, doc.buyer
    ms = "dot"
    p = Pdf()
    p.text(14, 16, "Wystawca:", 7.5, "Sans-Bold")
    krs = "0000" + digits(rng, 6)
    capital = rng.choice(("50 000,00", "100 000,00", "250 000,00", "1 200 000,00"))
    p.lines(
        14,
        21,
        [
            s.name,
            f"{s.street}, {s.city}",
            f"NIP {s.nip}   REGON {digits(rng, 9)}",
            f"KRS {krs} – Sąd Rejonowy, Wydział Gospodarczy KRS",
            f"Kapitał zakładowy: {capital} zł (wpłacony w całości)",
            f"Nr rejestrowy BDO: {digits(rng, 9)}",
        ],
        7.8,
        lead=3.7,
    )
    p.rect(128, 12, 68, 26, 0.6)
    p.text(162, 19, "FAKTURA", 14, "Serif-Bold", "c")
    p.text(162, 25, f"nr {no}", 10, "Serif-Bold", "c")
    p.text(162, 31, f"{town(s)}, {dmy(doc.issue_date)}", 8, "Serif", "c")
    p.text(162, 35.3, f"data dostawy/wykonania usługi: {dmy(sale_of(doc))}", 6.8, "Serif", "c")
    p.hline(14, 196, 46, 0.3)
    p.text(14, 52, "Nabywca:", 7.5, "Sans-Bold")
    p.lines(14, 57, [b.name, b.street, b.city, f"NIP {b.nip}"], 8.8, "Serif", lead=4.1)
    r = doc.recipient
    assert r is not None
    p.text(110, 52, "Odbiorca:", 7.5, "Sans-Bold")
    p.lines(110, 57, [r.name, r.street, r.city], 8.8, "Serif", lead=4.1)
    cols = [
        Col("Nazwa towaru lub usługi", 84, "l"),
        Col("Ilość", 13, "r"),
        Col("Jedn.", 11, "c"),
        Col("Cena jedn. netto", 20, "r"),
        Col("Wartość netto", 21, "r"),
        Col("VAT", 10, "c"),
        Col("Wartość z VAT", 23, "r"),
    ]
    rows = [
        [
            f"{k}. {it.name}",
            qty_fmt(it.qty, ms),
            it.unit,
            money(it.unit_price or 0, ms),
            money(it.net or 0, ms),
            rate_label(it.vat_rate),
            money(it.gross or 0, ms),
        ]
        for k, it in enumerate(doc.items, 1)
    ]
    st = TableStyle(size=8, font="Serif", head_font="Serif-Bold", grid=False, rules=True, pad=1.5)
    y = table(p, 14, 78, cols, rows, st) + 2
    net, vat, gross = doc.totals()
    p.text(134, y + 3.5, "Ogółem:", 8, "Serif-Bold", "r")
    p.text(170, y + 3.5, money(net, ms), 8, "Serif-Bold", "r")
    p.text(195, y + 3.5, money(gross, ms), 8, "Serif-Bold", "r")
    y += 7
    for rr in rate_rows(doc, ms):
        p.text(134, y + 3.5, f"w tym {rr[0]}:", 7.5, "Serif", "r")
        p.text(170, y + 3.5, rr[1], 7.5, "Serif", "r")
        p.text(195, y + 3.5, rr[3], 7.5, "Serif", "r")
        y += 4
    y += 2
    p.text(14, y + 3, f"Kwota podatku VAT: {money(vat, ms)} zł", 8, "Serif")
    y += 9
    p.rect(14, y, 182, 27, 1.2)
    p.text(18, y + 8, "DO ZAPŁATY:", 13, "Sans-Bold")
    p.text(192, y + 8, f"{money(gross, ms)} zł", 13, "Sans-Bold", "r")
    p.text(18, y + 14, f"Słownie: {cur_words(gross)}", 8, "Sans-Italic")
    p.hline(14, 196, y + 17, 0.3)
    p.text(18, y + 22, "Zapłacono: 0,00 zł", 8.5, "Sans")
    p.text(105, y + 22, f"Pozostaje do zapłaty: {money(gross, ms)} zł", 8.5, "Sans-Bold")
    y += 34
    p.text(14, y, f"Płatne przelewem do dnia {dmy(due(doc))} na rachunek: {iban_spaced(doc.bank)}", 8, "Serif")
    p.text(14, y + 18, "……………………………………", 8, "Serif")
    p.text(14, y + 22, "podpis osoby upoważnionej do odbioru", 6.5, "Serif")
    p.text(196, y + 18, "……………………………………", 8, "Serif", "r")
    p.text(196, y + 22, "podpis osoby upoważnionej do wystawienia", 6.5, "Serif", "r")
    return Sample(p.bytes(), (doc,))


def _two_page_render(doc: Doc, ksef: str, total_pages: int, ms: str) -> tuple[bytes, int]:
    s, b = doc.seller, doc.buyer
    p = Pdf()

    def running(pdf: Pdf) -> float:
        pdf.text(14, 12, f"Faktura VAT nr {doc.number} (ciąg dalszy)", 8, "Sans-Bold")
        pdf.text(196, 12, f"Strona {pdf.page_no} z {total_pages}", 8, "Sans", "r")
        pdf.hline(14, 196, 14, 0.3)
        return 20.0

    p.on_page = running
    p.text(196, 12, f"Strona 1 z {total_pages}", 8, "Sans", "r")
    p.text(14, 20, "Faktura VAT", 16, "Sans-Bold")
    p.text(14, 27, f"nr {doc.number}", 11, "Sans-Bold")
    p.text(14, 32.5, f"Numer KSeF: {ksef}", 7.5, "Mono")
    meta = [
        ("Data wystawienia:", dmy(doc.issue_date)),
        ("Data sprzedaży:", dmy(sale_of(doc))),
        ("Miejsce wystawienia:", town(s)),
    ]
    y = 19.0
    for lab, val in meta:
        p.text(150, y, lab, 8, "Sans", "r")
        p.text(196, y, val, 8, "Sans-Bold", "r")
        y += 4.5
    p.rect(14, 38, 88, 34, 0.4)
    p.rect(108, 38, 88, 34, 0.4)
    p.text(17, 43, "SPRZEDAWCA", 7.5, "Sans-Bold")
    p.lines(17, 48, [s.name, s.street, s.city, f"NIP: {s.nip}", f"Konto: {iban_spaced(doc.bank)}"], 8, lead=4)
    p.text(111, 43, "NABYWCA", 7.5, "Sans-Bold")
    p.lines(111, 48, [b.name, *b.extra[:1], b.street, b.city, f"NIP: {b.nip}"], 8, lead=4)
    p.text(14, 79, "MECHANIZM PODZIELONEJ PŁATNOŚCI", 9, "Sans-Bold")
    cols = [
        Col("Lp.", 9, "c"),
        Col("Nazwa towaru / usługi", 70, "l"),
        Col("Ilość", 12, "r"),
        Col("J.m.", 11, "c"),
        Col("Cena netto", 19, "r"),
        Col("Wartość netto", 22, "r"),
        Col("VAT", 10, "c"),
        Col("Wartość brutto", 29, "r"),
    ]
    rows = [
        [
            f"{k}.",
            it.name,
            qty_fmt(it.qty, ms),
            it.unit,
            money(it.unit_price or 0, ms),
            money(it.net or 0, ms),
            rate_label(it.vat_rate),
            money(it.gross or 0, ms),
        ]
        for k, it in enumerate(doc.items, 1)
    ]
    side = [0]

    def carry(ri: int) -> list[str]:
        net = sum((i.net or Decimal(0) for i in doc.items[:ri]), Decimal(0))
        gross = sum((i.gross or Decimal(0) for i in doc.items[:ri]), Decimal(0))
        label = "Do przeniesienia:" if side[0] % 2 == 0 else "Z przeniesienia:"
        side[0] += 1
        return ["", label, "", "", "", money(net, ms), "", money(gross, ms)]

    st = TableStyle(size=8.5, grid=True, head_fill=0.85, pad=2.2, bottom=62)
    y = table(p, 14, 84, cols, rows, st, carry=carry)
    net, vat, gross = doc.totals()
    p.text(101, y + 4.5, "Razem:", 8.5, "Sans-Bold", "r")
    p.text(150, y + 4.5, money(net, ms), 8.5, "Sans-Bold", "r")
    p.text(194, y + 4.5, money(gross, ms), 8.5, "Sans-Bold", "r")
    y += 10
    if y > p.h - 70:
        y = p.new_page()
    p.text(110, y, "Podsumowanie według stawek VAT", 8, "Sans-Bold")
    sy = y + 2
    st2 = TableStyle(size=8, grid=True, pad=1.3)
    summary = [*rate_rows(doc, ms), ["Razem", money(net, ms), money(vat, ms), money(gross, ms)]]
    y = table(
        p,
        110,
        sy,
        [Col("Stawka", 16, "c"), Col("Netto", 24, "r"), Col("VAT", 22, "r"), Col("Brutto", 24, "r")],
        summary,
        st2,
    )
    y += 8
    p.text(14, y, f"Do zapłaty: {money(gross, ms)} PLN", 11, "Sans-Bold")
    p.text(14, y + 5, f"Słownie: {cur_words(gross)}", 8, "Sans-Italic")
    p.text(14, y + 11, f"Forma płatności: przelew, termin: {dmy(due(doc))}", 8)
    p.text(14, y + 15.5, "Faktura podlega mechanizmowi podzielonej płatności (art. 108a ustawy o VAT).", 7.5)
    if p.page_no > 1:
        p.text(196, 290, f"Strona {p.page_no} z {total_pages}", 7, "Sans", "r")
    data = p.bytes()
    return data, page_count(data)


def fam_two_pages_carry_over_split_payment(rng: random.Random) -> Sample:
    """A long table over two pages: "Strona 1 z 2", a running header "(ciąg dalszy)", the header row repeated,
    "Do przeniesienia" at the foot of page 1 and "Z przeniesienia" on top of page 2, a KSeF number, "MECHANIZM
    PODZIELONEJ PŁATNOŚCI" and the VAT summary as a small grid on the last page."""
    doc = build(rng, n=(13, 17), qty=(1, 1, 2, 2, 3, 4, 5, 10))
    no = f"FV/{doc.issue_date.year}/{doc.issue_date.month:02d}/{rng.randint(1, 999):03d}"
    doc = replace(doc, number=no)
    tail = f"{digits(rng, 6)}{rng.choice('ABCDEF')}{digits(rng, 5)}-{digits(rng, 2)}"
    ksef = f"{doc.seller.nip}-{ymd(doc.issue_date, '')}-{tail}"
    ms = rng.choice(("space", "dot"))
    data, pages = _two_page_render(doc, ksef, 2, ms)
    if pages != 2:
        data, _ = _two_page_render(doc, ksef, pages, ms)
    return Sample(data, (doc,))


SAAS = (
    ("CloudShield XDR Advanced – annual subscription (50 endpoints)", "lic.", (21000, 29000), "np", "", "", ""),
    ("Security awareness e-learning platform – 60 users, 12 months", "lic.", (5200, 8400), "np", "", "", ""),
    ("Managed detection and response – monthly fee", "mies.", (4200, 6100), "np", "", "", ""),
    ("Remote onboarding and policy configuration", "usł.", (3100, 5200), "np", "", "", ""),
    ("Premium support 24/7 – 12 months", "usł.", (3900, 6500), "np", "", "", ""),
    ("Encrypted cloud backup storage 2 TB – 12 months", "lic.", (2800, 4200), "np", "", "", ""),
)
FOREIGN = (
    ("CloudShield Software Ltd.", "4 Grand Canal Square", "Dublin 2, D02 X576", "Ireland", "IE"),
    ("Securitas Digital GmbH", "Friedrichstraße 68", "10117 Berlin", "Deutschland", "DE"),
    ("NordSec Solutions AB", "Kungsgatan 44", "111 35 Stockholm", "Sweden", "SE"),
    ("Datavault s.r.o.", "Na Příkopě 15", "110 00 Praha 1", "Česká republika", "CZ"),
)


def fam_eu_reverse_charge_saas_eur(rng: random.Random) -> Sample:
    """A foreign SaaS vendor's invoice in EUR, English first: "INVOICE / FAKTURA", a foreign VAT ID and the
    vendor's Polish NIP, a service period, VAT "NP" on every line, a reverse-charge note (odwrotne obciążenie),
    dates as "14 March 2026", amounts as 1,234.56 EUR."""
    name, street, city, country, cc = rng.choice(FOREIGN)
    seller = Party(name, street, city, make_nip(rng))
    base = build(rng, n=(1, 1), seller=seller, currency="EUR")
    chosen = rng.sample(SAAS, rng.randint(2, 4))
    items = tuple(make_line(rng, e, eur=True, qty=1 if e[1] != "mies." else rng.choice((1, 3, 6, 12))) for e in chosen)
    no = f"{cc}{base.issue_date.year}-{digits(rng, 6)}"
    doc = replace(base, number=no, items=items, due_days=30)
    s, b = doc.seller, doc.buyer
    months_en = (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    )

    def en(d: date) -> str:
        return f"{d.day} {months_en[d.month - 1]} {d.year}"

    def amt(x: Decimal) -> str:
        return f"{q2(x):,.2f}"

    p = Pdf()
    p.text(14, 20, s.name, 15, "Sans-Bold")
    p.lines(14, 26, [street, f"{city}, {country}", f"VAT ID: {cc}{digits(rng, 9 if cc != 'IE' else 7)}"], 8, lead=3.8)
    p.text(14, 40, f"NIP (Polska): {s.nip}", 8)
    p.text(196, 20, "INVOICE", 20, "Sans-Bold", "r")
    p.text(196, 26, "Faktura", 9, "Sans", "r")
    rows_meta = [
        ("Invoice number / Numer:", no),
        ("Invoice date / Data wystawienia:", en(doc.issue_date)),
        ("Date of supply / Data wykonania:", en(sale_of(doc))),
        ("Due date / Termin płatności:", en(due(doc))),
    ]
    y = 33.0
    for lab, val in rows_meta:
        p.text(160, y, lab, 7.5, "Sans", "r")
        p.text(196, y, val, 7.5, "Sans-Bold", "r")
        y += 4.2
    p.text(14, 56, "Bill to / Nabywca", 8, "Sans-Bold")
    p.lines(14, 61, [b.name, b.street, f"{b.city}, Poland", f"VAT ID: PL{b.nip}"], 8.5, lead=4)
    p.text(110, 56, "Service period / Okres rozliczeniowy", 8, "Sans-Bold")
    start = sale_of(doc).replace(day=1)
    p.text(110, 61, f"{dmy(start)} – {dmy(sale_of(doc))}", 8.5)
    p.text(110, 66, f"Customer ID: C-{digits(rng, 6)}", 8)
    cols = [
        Col("Description", 88, "l"),
        Col("Qty", 12, "r"),
        Col("Unit price (EUR)", 26, "r"),
        Col("VAT", 14, "c"),
        Col("Amount (EUR)", 30, "r"),
    ]
    rows = [
        [it.name, qty_fmt(it.qty, "plain"), amt(it.unit_price or Decimal(0)), "NP", amt(it.net or Decimal(0))]
        for it in doc.items
    ]
    y = table(p, 20, 84, cols, rows, TableStyle(size=8, grid=False, rules=True, head_fill=0.93, pad=2))
    net, vat, gross = doc.totals()
    y += 6
    for lab, val, f in (
        ("Subtotal / Wartość netto", amt(net), "Sans"),
        ("VAT (reverse charge) / VAT", amt(vat), "Sans"),
        ("Total / Razem do zapłaty", f"{amt(gross)} EUR", "Sans-Bold"),
    ):
        p.text(160, y, lab, 8.5, f, "r")
        p.text(190, y, val, 8.5, f, "r")
        y += 5
    y += 6
    p.rect(14, y, 182, 16, 0.4, fill=0.95)
    p.text(
        17, y + 5, "Reverse charge – VAT to be accounted for by the recipient (Art. 196 Directive 2006/112/EC).", 7.5
    )
    p.text(17, y + 9.5, "Odwrotne obciążenie – podatek rozlicza nabywca (art. 28b ustawy o VAT).", 7.5, "Sans-Bold")
    p.text(17, y + 14, "Usługa niepodlegająca opodatkowaniu w kraju sprzedawcy.", 7)
    y += 24
    p.text(14, y, "Payment / Płatność", 8, "Sans-Bold")
    p.text(
        14,
        y + 4.5,
        f"IBAN: {cc}{digits(rng, 2)} {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)}",
        8,
    )
    p.text(14, y + 9, f"Reference: {no}", 8)
    return Sample(p.bytes(), (doc,))


def fam_a5_item_blocks_qty_times_price(rng: random.Random) -> Sample:
    """An A5 page from a mobile invoicing app: a coloured band, parties one under the other, every item as a block
    (bold name, then "2 szt. × 1 234,56 zł = 2 469,12 zł netto", then "VAT 23 %: … · brutto …"), no table at all,
    and a summary "Netto / VAT / Brutto / Do zapłaty" at the bottom."""
    doc = build(rng, n=(2, 4), pool=HW + SW, qty=(1, 1, 2, 3, 5))
    no = f"F/{rng.randint(1, 99)}/{doc.issue_date.month:02d}/{doc.issue_date.year}"
    doc = replace(doc, number=no)
    s, b = doc.seller, doc.buyer
    ms = "space"
    p = Pdf(pagesize=A5)
    w = p.w
    p.rect(0, 0, w, 18, 0, fill=0.3)
    p.c.setFillGray(1)
    p.text(10, 8.5, "Faktura", 13, "Sans-Bold")
    p.text(10, 14, no, 9, "Sans")
    p.text(w - 10, 8.5, f"{dmy(doc.issue_date)}", 9, "Sans-Bold", "r")
    p.text(w - 10, 14, "data wystawienia", 6.5, "Sans", "r")
    p.c.setFillGray(0)
    p.text(10, 24, f"Data sprzedaży: {dmy(sale_of(doc))}    Termin płatności: {dmy(due(doc))}", 7)
    p.text(10, 31, "OD", 6.5, "Sans-Bold")
    y = p.lines(10, 35, [s.name, f"{s.street}, {s.city}", f"NIP {s.nip}"], 7.5, lead=3.4)
    p.text(10, y + 2, "DLA", 6.5, "Sans-Bold")
    y = p.lines(10, y + 6, [b.name, f"{b.street}, {b.city}", f"NIP {b.nip}"], 7.5, lead=3.4)
    y += 3
    p.hline(10, w - 10, y, 0.3, gray=0.6)
    y += 5
    for k, it in enumerate(doc.items, 1):
        lines = wrap(f"{k}. {it.name}", "Sans-Bold", 7.8, w - 20)
        y = p.lines(10, y, lines, 7.8, "Sans-Bold", lead=3.5)
        q = f"{qty_fmt(it.qty, ms)} {it.unit}"
        p.text(14, y + 0.5, f"{q} × {money(it.unit_price or 0, ms)} zł = {money(it.net or 0, ms)} zł netto", 7.3)
        p.text(
            14,
            y + 4.2,
            f"VAT {rate_label(it.vat_rate)}: {money(it.vat or 0, ms)} zł  ·  brutto {money(it.gross or 0, ms)} zł",
            7.3,
            "Sans",
        )
        y += 8.5
        p.hline(10, w - 10, y - 2.5, 0.2, gray=0.8)
    net, vat, gross = doc.totals()
    y += 3
    for lab, val in (("Netto", net), ("VAT", vat), ("Brutto", gross)):
        p.text(w - 45, y, lab, 7.5, "Sans", "r")
        p.text(w - 10, y, f"{money(val, ms)} zł", 7.5, "Sans", "r")
        y += 3.8
    y += 2
    p.rect(w - 75, y - 4, 65, 8, 0, fill=0.9)
    p.text(w - 73, y + 1.2, "Do zapłaty", 9, "Sans-Bold")
    p.text(w - 12, y + 1.2, f"{money(gross, ms)} zł", 9, "Sans-Bold", "r")
    y += 9
    p.text(10, y, f"Przelew na konto {iban_spaced(doc.bank)}", 6.5)
    p.text(10, p.h - 8, "Wystawiono w aplikacji mobilnej", 5.5, "Sans-Italic")
    return Sample(p.bytes(), (doc,))


def fam_landscape_office_wojewodztwo_recipient(rng: random.Random) -> Sample:
    """Landscape printout of an accounting-office program: a boxed metadata grid on the right, Nabywca a województwo
    and Odbiorca its Urząd Marszałkowski, columns with a product symbol, PKWiU, net AND gross unit price, a
    "Wystawił / Odebrał" footer and a program stamp "Wydruk: …"."""
    buyer = pick_jst(rng, WOJEWODZTWA)
    doc = build(rng, n=(3, 6), buyer=buyer)
    no = f"FV {rng.randint(1, 450)}/{doc.issue_date.month:02d}/{doc.issue_date.year}/UM"
    doc = replace(doc, number=no, recipient=office_party(buyer))
    s, b = doc.seller, doc.buyer
    ms = rng.choice(("space", "comma"))
    p = Pdf(land=True)
    w = p.w
    p.text(14, 16, "FAKTURA VAT", 15, "Sans-Bold")
    p.text(14, 22.5, no, 11, "Mono-Bold")
    grid = [
        ("Data wystawienia", dmy(doc.issue_date, "-")),
        ("Data sprzedaży", dmy(sale_of(doc), "-")),
        ("Termin zapłaty", dmy(due(doc), "-")),
        ("Sposób zapłaty", "przelew"),
        ("Nr umowy", f"WO-IV.272.{rng.randint(1, 80)}.{doc.issue_date.year}"),
        ("Oryginał / Kopia", "ORYGINAŁ"),
    ]
    gx, gy = 190.0, 10.0
    for i, (lab, val) in enumerate(grid):
        cx, cy = gx + (i % 3) * 31, gy + (i // 3) * 11
        p.rect(cx, cy, 31, 11, 0.4)
        p.text(cx + 1.2, cy + 3.2, lab, 5.8, "Cond")
        p.text(cx + 1.2, cy + 8.3, val, 7.6, "Cond-Bold")
    r = doc.recipient
    assert r is not None
    blocks = (
        ("Sprzedawca", [s.name, s.street, s.city, f"NIP: {nip_dash(s.nip)}"]),
        ("Nabywca", [b.name, b.street, b.city, f"NIP: {nip_dash(b.nip)}"]),
        ("Odbiorca", [r.name, r.street, r.city]),
    )
    for i, (head, rows) in enumerate(blocks):
        x0 = 14 + i * 90
        p.text(x0, 38, head + ":", 7.5, "Sans-Bold")
        p.lines(x0, 43, rows, 8.3, lead=3.9)
    cols = [
        Col("Lp", 8, "c"),
        Col("Symbol", 20, "l"),
        Col("Nazwa", 85, "l"),
        Col("PKWiU", 18, "c"),
        Col("Ilość", 13, "r"),
        Col("J.m.", 11, "c"),
        Col("Cena netto", 21, "r"),
        Col("Cena brutto", 21, "r"),
        Col("Wartość netto", 24, "r"),
        Col("VAT %", 12, "c"),
        Col("Wartość brutto", 26, "r"),
    ]
    pk = {"szt.": "26.20.11.0", "kpl.": "26.20.40.0", "lic.": "58.29.50.0", "usł.": "62.02.30.0"}
    rows2 = []
    for k, it in enumerate(doc.items, 1):
        ug = q2((it.unit_price or Decimal(0)) * Decimal(123) / 100)
        sym = "".join(ch for ch in it.name.split()[1][:4].upper() if ch.isalnum()) + f"-{rng.randint(100, 999)}"
        rows2.append(
            [
                str(k),
                sym,
                it.name,
                pk.get(it.unit, ""),
                qty_fmt(it.qty, ms),
                it.unit,
                money(it.unit_price or 0, ms),
                money(ug, ms),
                money(it.net or 0, ms),
                rate_label(it.vat_rate, "n"),
                money(it.gross or 0, ms),
            ]
        )
    st = TableStyle(size=7.6, font="Cond", head_font="Cond-Bold", grid=True, head_fill=0.9, pad=1.3, bottom=15)
    y = table(p, 14, 62, cols, rows2, st)
    net, vat, gross = doc.totals()
    sx = 14 + 8 + 20 + 85 + 18 + 13 + 11 + 21 + 21
    p.text(sx - 2, y + 4, "RAZEM", 7.6, "Cond-Bold", "r")
    p.text(sx + 24 - 1.3, y + 4, money(net, ms), 7.6, "Cond-Bold", "r")
    p.text(sx + 24 + 12 + 26 - 1.3, y + 4, money(gross, ms), 7.6, "Cond-Bold", "r")
    y += 9
    p.text(14, y, "Zestawienie VAT:", 7.5, "Sans-Bold")
    yy = y + 4.5
    for rr in rate_rows(doc, ms):
        p.text(14, yy, f"stawka {rr[0]}   netto {rr[1]}   VAT {rr[2]}   brutto {rr[3]}", 7.5)
        yy += 4
    p.text(160, y, "Do zapłaty:", 10, "Sans-Bold")
    p.text(273, y, f"{money(gross, ms)} zł", 12, "Sans-Bold", "r")
    p.text(160, y + 5, f"Słownie: {cur_words(gross)}", 7, "Sans-Italic")
    p.text(160, y + 9, f"w tym podatek VAT: {money(vat, ms)} zł", 7)
    p.text(160, y + 13, f"Rachunek: {iban_spaced(doc.bank)}", 7)
    fy = p.h - 22
    p.hline(30, 100, fy, 0.3)
    p.hline(w - 100, w - 30, fy, 0.3)
    p.text(65, fy + 3.5, "Wystawił(a)", 6.5, "Sans", "c")
    p.text(w - 65, fy + 3.5, "Odebrał(a)", 6.5, "Sans", "c")
    p.text(14, p.h - 8, f"Wydruk: Rachmistrz Biuro v.26.{rng.randint(1, 9)} – {s.name}", 5.8, "Mono")
    return Sample(p.bytes(), (doc,), landscape=True)


def nip_dash(nip: str) -> str:
    return f"{nip[:3]}-{nip[3:5]}-{nip[5:7]}-{nip[7:]}"


def _protocol(doc: Doc) -> Doc:
    return replace(doc, kind="protocol", currency=None, sale_date=None)


def _serial(rng: random.Random, it: Item) -> str:
    word = "".join(ch for ch in it.name.split()[1].upper() if ch.isalpha())[:2] or "SN"
    return word + "".join(rng.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(9))


def fam_handover_protocol_two_parts_serials(rng: random.Random) -> Sample:
    """ "Protokół zdawczo-odbiorczy sprzętu" with "Przekazujący" (the vendor) and "Przejmujący" (the gmina) side by
    side, part A the list of goods (Lp, Nazwa, J.m., Ilość), part B one row per serial number with an inventory
    number (no quantities), ticked checkboxes and "Przekazał / Przejął" signatures."""
    doc = _protocol(build(rng, n=(2, 4), pool=HW, qty=(1, 2, 2, 3, 4)))
    no = f"PZO/{rng.randint(1, 60)}/{doc.issue_date.year}"
    doc = replace(doc, number=no, references=f"Umowa nr {rng.randint(1, 30)}/IT/{doc.issue_date.year}")
    s, b = doc.seller, doc.buyer
    p = Pdf()
    p.text(105, 20, "PROTOKÓŁ ZDAWCZO-ODBIORCZY SPRZĘTU", 13, "Sans-Bold", "c")
    p.text(105, 26.5, f"nr {no}", 10, "Sans", "c")
    p.text(
        105,
        32,
        f"sporządzony w dniu {dmy(doc.issue_date)} r. w {town(b)}, do umowy nr {doc.references.split('nr ')[1]}",
        8.5,
        "Sans",
        "c",
    )
    p.rect(14, 40, 89, 32, 0.4)
    p.rect(107, 40, 89, 32, 0.4)
    p.text(17, 45, "PRZEKAZUJĄCY", 8, "Sans-Bold")
    p.lines(17, 50.5, [s.name, s.street, s.city, f"NIP {nip_dash(s.nip)}"], 8.2, lead=4)
    p.text(110, 45, "PRZEJMUJĄCY", 8, "Sans-Bold")
    p.lines(110, 50.5, [b.name, b.street, b.city, f"NIP {nip_dash(b.nip)}"], 8.2, lead=4)
    p.text(14, 81, "A. Przekazujący wydaje, a Przejmujący przyjmuje następujący sprzęt:", 8.5)
    cols = [Col("Lp.", 10, "c"), Col("Nazwa sprzętu", 128, "l"), Col("J.m.", 18, "c"), Col("Ilość", 26, "c")]
    rows = [[f"{k}.", it.name, it.unit, qty_fmt(it.qty)] for k, it in enumerate(doc.items, 1)]
    y = table(p, 14, 84, cols, rows, TableStyle(size=8.5, grid=True, pad=1.6, head_fill=0.9)) + 8
    p.text(14, y, "B. Wykaz numerów seryjnych i nadanych numerów inwentarzowych:", 8.5)
    rows_b = []
    inv = rng.randint(100, 900)
    k = 0
    for it in doc.items:
        short = " ".join(it.name.split()[:3])
        for _ in range(int(it.qty)):
            k += 1
            inv += 1
            rows_b.append([f"{k}.", short, _serial(rng, it), f"UG/{doc.issue_date.year}/{inv}"])
    cols_b = [Col("Lp.", 10, "c"), Col("Urządzenie", 80, "l"), Col("Numer seryjny", 46, "l"), Col("Nr inw.", 46, "l")]
    y = table(p, 14, y + 3, cols_b, rows_b, TableStyle(size=7.8, font="Mono", grid=False, rules=True, pad=1.2)) + 8
    if y > p.h - 60:
        p.c.showPage()
        p.page_no += 1
        y = 20.0
    checks = (
        "sprzęt jest kompletny i nie nosi śladów uszkodzeń",
        "wraz ze sprzętem przekazano dokumentację i karty gwarancyjne",
        "sprzęt uruchomiono w obecności Przejmującego",
    )
    p.text(14, y, "Stwierdzenia:", 8.5, "Sans-Bold")
    y += 5
    for c in checks:
        p.rect(16, y - 2.8, 3.2, 3.2, 0.4)
        p.text(16.4, y - 0.2, "X", 7.5, "Sans-Bold")
        p.text(22, y, c, 8.2)
        y += 5
    y += 16
    p.hline(20, 85, y, 0.3)
    p.hline(125, 190, y, 0.3)
    p.text(52, y + 4, "Przekazał (Przekazujący)", 7.5, "Sans", "c")
    p.text(157, y + 4, "Przejął (Przejmujący)", 7.5, "Sans", "c")
    return Sample(p.bytes(), (doc,))


TRAININGS = (
    ("Szkolenie „Bezpieczna poczta elektroniczna i phishing” dla pracowników urzędu", (4, 6)),
    ("Warsztaty z reagowania na incydenty dla administratorów systemów", (6, 8)),
    ("Szkolenie z ochrony danych osobowych w systemach teleinformatycznych", (3, 5)),
    ("Szkolenie dla kadry kierowniczej: zarządzanie ryzykiem w cyberbezpieczeństwie", (4, 4)),
    ("E-learning: cyberhigiena na stanowisku pracy (dostęp i moduł sprawdzający)", (2, 3)),
    ("Ćwiczenia praktyczne – symulacja ataku socjotechnicznego z omówieniem", (3, 4)),
)


def fam_training_service_protocol_hours(rng: random.Random) -> Sample:
    """ "Protokół odbioru usługi szkoleniowej": a training firm and a gmina, items are training modules with the
    unit "godz." and the number of hours as the quantity, a second table of sessions (date, group, participants),
    "Łączna liczba uczestników", the attendance lists as attachments and "Usługę odebrano bez zastrzeżeń"."""
    seller = pick_seller(rng, rng.choice(("Akademia Cyfrowego Samorządu Sp. z o.o.", "Centrum Szkoleń SECURUS S.A.")))
    doc = build(rng, n=(1, 1), seller=seller)
    mods = rng.sample(TRAININGS, rng.randint(2, 4))
    groups = rng.randint(1, 3)
    items = []
    for name, (lo, hi) in mods:
        hours = rng.randint(lo, hi) * groups
        items.append(Item(name, Decimal(hours), "godz.", None, None, None, None, None))
    doc = _protocol(replace(doc, items=tuple(items)))
    no = f"{rng.randint(1, 40)}/SZK/{doc.issue_date.year}"
    doc = replace(doc, number=no)
    s, b = doc.seller, doc.buyer
    p = Pdf()
    p.text(14, 16, town(b) + ", dnia " + dmy(doc.issue_date), 8.5)
    p.text(105, 27, "PROTOKÓŁ ODBIORU USŁUGI SZKOLENIOWEJ", 13, "Serif-Bold", "c")
    p.text(105, 33, f"Nr {no}", 10, "Serif", "c")
    y = 43.0
    y = p.lines(14, y, ["Zamawiający:"], 8.5, "Serif-Bold")
    y = p.lines(20, y, [f"{b.name}, {b.street}, {b.city}, NIP: {b.nip}"], 8.8, "Serif", lead=4.2)
    y = p.lines(14, y + 1, ["Wykonawca:"], 8.5, "Serif-Bold")
    y = p.lines(20, y, [f"{s.name}, {s.street}, {s.city}, NIP: {s.nip}"], 8.8, "Serif", lead=4.2)
    y += 3
    intro = (
        f"Zamawiający potwierdza, że Wykonawca zrealizował usługi szkoleniowe w ramach projektu „Cyberbezpieczny "
        f"Samorząd” w zakresie i wymiarze godzin podanym poniżej, w {groups} "
        f"{'grupie szkoleniowej' if groups == 1 else 'grupach szkoleniowych'}."
    )
    y = p.lines(14, y, wrap(intro, "Serif", 8.8, 182), 8.8, "Serif", lead=4.2) + 3
    cols = [Col("Lp.", 10, "c"), Col("Temat szkolenia", 120, "l"), Col("J.m.", 20, "c"), Col("Liczba godzin", 32, "c")]
    rows = [[str(k), it.name, "godz.", qty_fmt(it.qty)] for k, it in enumerate(doc.items, 1)]
    st = TableStyle(size=8.5, font="Serif", head_font="Serif-Bold", grid=True, pad=1.8)
    y = table(p, 14, y, cols, rows, st)
    total_h = sum((it.qty for it in doc.items), Decimal(0))
    p.text(14 + 130 + 20 - 1.8, y + 4.5, "Razem godzin:", 8.5, "Serif-Bold", "r")
    p.text(14 + 150 + 16, y + 4.5, qty_fmt(total_h), 8.5, "Serif-Bold", "c")
    y += 13
    p.text(14, y, "Terminy i liczba uczestników:", 8.5, "Serif-Bold")
    srows = []
    total_p = 0
    d0 = doc.issue_date - timedelta(days=rng.randint(10, 25))
    for g in range(1, groups + 1):
        n_p = rng.randint(9, 18)
        total_p += n_p
        d1 = d0 + timedelta(days=(g - 1) * 2)
        srows.append(
            [f"Grupa {g}", f"{dmy(d1)} – {dmy(d1 + timedelta(days=1))}", "Sala konferencyjna urzędu", str(n_p)]
        )
    cols2 = [Col("Grupa", 24, "l"), Col("Termin", 48, "l"), Col("Miejsce", 70, "l"), Col("Uczestników", 26, "c")]
    y = table(p, 14, y + 2, cols2, srows, TableStyle(size=8, font="Serif", head_font="Serif-Bold", grid=True)) + 6
    p.text(14, y, f"Łączna liczba uczestników: {total_p}.", 8.8, "Serif")
    p.text(14, y + 5, "Załączniki: listy obecności, program szkolenia, wzór certyfikatu.", 8.8, "Serif")
    p.text(14, y + 12, "Usługę odebrano bez zastrzeżeń.", 9, "Serif-Bold")
    y += 34
    p.hline(20, 85, y, 0.3)
    p.hline(125, 190, y, 0.3)
    p.text(52, y + 4, "Wykonawca", 7.5, "Serif", "c")
    p.text(157, y + 4, "Zamawiający", 7.5, "Serif", "c")
    return Sample(p.bytes(), (doc,))


def fam_correction_side_by_side_landscape(rng: random.Random) -> Sample:
    """Landscape "Faktura korygująca" with one row per item and three column groups side by side under a two-level
    header: "PRZED KOREKTĄ" (ilość, cena, netto), "PO KOREKCIE" (ilość, cena, netto) and "KOREKTA" (netto, VAT,
    brutto); a per-rate table of before/after/difference and "Kwota do zwrotu"."""
    base = build(rng, n=(2, 4), qty=(2, 3, 4, 5, 10))
    before, after = [], []
    for it in base.items:
        before.append(replace(it, before_correction=True))
        if rng.random() < 0.5:
            after.append(make_like(it, it.qty - rng.randint(1, int(it.qty) - 1), it.unit_price or Decimal(0), False))
        else:
            cut = q2((it.unit_price or Decimal(0)) * Decimal(rng.choice(("0.92", "0.88", "0.95"))))
            after.append(make_like(it, it.qty, cut, False))
    orig_date = base.issue_date - timedelta(days=rng.randint(12, 45))
    orig = f"FV/{rng.randint(10, 700)}/{orig_date.year}"
    no = f"KOR/{rng.randint(1, 90)}/{base.issue_date.year}"
    doc = replace(
        base,
        kind="correction",
        number=no,
        items=tuple(before + after),
        corrected_number=orig,
        corrected_date=orig_date,
        sale_date=orig_date,
        item_amounts=("net",),
        reason=rng.choice(("zwrot części sprzętu (reklamacja)", "obniżka ceny zgodnie z aneksem do umowy")),
    )
    s, b = doc.seller, doc.buyer
    ms = rng.choice(("space", "dot"))
    p = Pdf(land=True)
    p.text(14, 16, "FAKTURA KORYGUJĄCA", 15, "Sans-Bold")
    p.text(14, 22.5, f"nr {no}", 11, "Sans-Bold")
    p.text(283, 14, f"Data wystawienia: {dmy(doc.issue_date)}", 8.5, "Sans", "r")
    p.text(283, 19, f"Dotyczy faktury nr {orig} z dnia {dmy(orig_date)}", 8.5, "Sans", "r")
    p.text(283, 24, f"Data sprzedaży (faktura pierwotna): {dmy(orig_date)}", 8.5, "Sans", "r")
    p.text(14, 33, "Sprzedawca", 7.5, "Sans-Bold")
    p.lines(14, 37.5, [s.name, f"{s.street}, {s.city}", f"NIP {s.nip}"], 8.3, lead=3.9)
    p.text(120, 33, "Nabywca", 7.5, "Sans-Bold")
    p.lines(120, 37.5, [b.name, f"{b.street}, {b.city}", f"NIP {b.nip}"], 8.3, lead=3.9)
    p.text(14, 54, f"Przyczyna korekty: {doc.reason}", 8.5, "Sans-Italic")
    groups = (("", 78), ("PRZED KOREKTĄ", 58), ("PO KOREKCIE", 58), ("KOREKTA", 75))
    gx = 14.0
    for title, gw in groups:
        if title:
            p.rect(gx, 60, gw, 5.5, 0.4, fill=0.8)
            p.text(gx + gw / 2, 64, title, 7.5, "Sans-Bold", "c")
        gx += gw
    cols = [
        Col("Lp", 8, "c"),
        Col("Nazwa", 70, "l"),
        Col("Ilość", 14, "r"),
        Col("Cena netto", 20, "r"),
        Col("Netto", 24, "r"),
        Col("Ilość", 14, "r"),
        Col("Cena netto", 20, "r"),
        Col("Netto", 24, "r"),
        Col("Netto", 25, "r"),
        Col("VAT", 24, "r"),
        Col("Brutto", 26, "r"),
    ]
    rows = []
    for k, (bf, af) in enumerate(zip(before, after, strict=True), 1):
        rows.append(
            [
                str(k),
                bf.name,
                qty_fmt(bf.qty, ms),
                money(bf.unit_price or 0, ms),
                money(bf.net or 0, ms),
                qty_fmt(af.qty, ms),
                money(af.unit_price or 0, ms),
                money(af.net or 0, ms),
                money((af.net or 0) - (bf.net or 0), ms),
                money((af.vat or 0) - (bf.vat or 0), ms),
                money((af.gross or 0) - (bf.gross or 0), ms),
            ]
        )
    y = table(p, 14, 65.5, cols, rows, TableStyle(size=7.6, grid=True, head_fill=0.93, pad=1.3)) + 6
    bsum = doc.rate_summary(tuple(before))
    asum = doc.rate_summary(tuple(after))
    hdr = ["Stawka", "Netto przed", "VAT przed", "Netto po", "VAT po", "Różnica netto", "Różnica VAT", "Różnica brutto"]
    xs = (14, 58, 84, 110, 136, 166, 192, 222)
    for x, h in zip(xs, hdr, strict=True):
        p.text(x, y, h, 7.3, "Sans-Bold", "l" if x == 14 else "r")
    y += 4.3
    for (r, bn, bv, _bg), (_r, an, av, ag) in zip(bsum, asum, strict=True):
        vals = [rate_label(r), money(bn, ms), money(bv, ms), money(an, ms), money(av, ms)]
        vals += [money(an - bn, ms), money(av - bv, ms), money(ag - _bg, ms)]
        for x, v in zip(xs, vals, strict=True):
            p.text(x, y, v, 7.3, "Sans", "l" if x == 14 else "r")
        y += 4
    net, vat, gross = doc.expected()["net_total"], doc.expected()["vat_total"], doc.expected()["gross_total"]
    y += 5
    p.rect(170, y - 5, 113, 15, 0.8)
    p.text(173, y, f"Korekta netto: {money(Decimal(net), ms)}   VAT: {money(Decimal(vat), ms)}", 8.5)
    p.text(173, y + 6, f"Kwota do zwrotu: {money(-Decimal(gross), ms)} zł", 10, "Sans-Bold")
    p.text(14, y + 6, f"Słownie: {cur_words(Decimal(gross))}", 7.5, "Sans-Italic")
    p.text(14, y + 20, "Zwrot nastąpi na rachunek Nabywcy w terminie 14 dni od otrzymania korekty.", 7.5)
    return Sample(p.bytes(), (doc,), landscape=True)


SMALL_SERVICES = (
    ("Administrowanie siecią komputerową urzędu – abonament miesięczny", "mies.", (900, 1800), "zw", "", "", ""),
    ("Konserwacja i czyszczenie stacji roboczych", "szt.", (60, 110), "zw", "", "", ""),
    ("Aktualizacja systemów operacyjnych i weryfikacja kopii zapasowych", "usł.", (450, 900), "zw", "", "", ""),
    ("Konfiguracja skrzynek pocztowych i kont użytkowników", "szt.", (40, 80), "zw", "", "", ""),
    ("Dojazd do siedziby Zamawiającego", "km", (1, 2), "zw", "", "", ""),
    ("Wymiana i konfiguracja drukarki sieciowej w sekretariacie", "usł.", (180, 320), "zw", "", "", ""),
)
SOLO = (
    ("Usługi Informatyczne Paweł Krawczyk", "Paweł Krawczyk"),
    ("Serwis Komputerowy „PIKSEL-BIS” Agnieszka Mróz", "Agnieszka Mróz"),
    ("Informatyka dla Firm i Urzędów Łukasz Sobczak", "Łukasz Sobczak"),
)


def fam_vat_exempt_solo_word_template(rng: random.Random) -> Sample:
    """A one-person IT contractor exempt from VAT (art. 113): a word-processor template in a serif font, "Faktura
    nr 7/2026", the parties as two paragraphs with bold labels, amounts with " zł" in every cell, VAT "zw" with the
    legal basis, no VAT summary, and "Podstawa zwolnienia" at the bottom."""
    firm, person = rng.choice(SOLO)
    seller = pick_seller(rng, firm)
    base = build(rng, n=(1, 1), seller=seller)
    chosen = rng.sample(SMALL_SERVICES, rng.randint(2, 5))
    items = []
    for e in chosen:
        if e[1] == "km":
            q = rng.choice((24, 36, 48, 60, 86))
            items.append(make_line(rng, e, qty=q))
        elif e[1] == "mies.":
            items.append(make_line(rng, e, qty=1))
        else:
            items.append(make_line(rng, e, qty=rng.choice((1, 2, 4, 6, 12, 15))))
    no = f"{rng.randint(1, 40)}/{base.issue_date.year}"
    doc = replace(base, number=no, items=tuple(items))
    s, b = doc.seller, doc.buyer
    ms = "space"
    p = Pdf()

    def zl(x: Decimal | None) -> str:
        return f"{money(x or Decimal(0), ms)} zł"

    p.text(196, 18, f"{town(s)}, {dmy(doc.issue_date)} r.", 10, "Serif", "r")
    p.text(105, 34, f"Faktura nr {no}", 16, "Serif-Bold", "c")
    p.text(105, 40, f"Data wykonania usługi: {dmy(sale_of(doc))} r.", 9.5, "Serif", "c")
    y = 52.0
    for label, party in (("Sprzedawca:", s), ("Nabywca:", b)):
        p.text(14, y, label, 10, "Serif-Bold")
        y = p.lines(44, y, [party.name, f"{party.street}, {party.city}", f"NIP: {party.nip}"], 10, "Serif", lead=4.6)
        y += 4
    cols = [
        Col("L.p.", 10, "c"),
        Col("Nazwa usługi", 78, "l"),
        Col("Ilość", 13, "c"),
        Col("J.m.", 12, "c"),
        Col("Cena jedn.", 25, "r"),
        Col("VAT", 12, "c"),
        Col("Wartość", 32, "r"),
    ]
    rows = [
        [str(k), it.name, qty_fmt(it.qty), it.unit, zl(it.unit_price), "zw", zl(it.gross)]
        for k, it in enumerate(doc.items, 1)
    ]
    st = TableStyle(size=9, font="Serif", head_font="Serif-Bold", grid=True, pad=1.6)
    y = table(p, 14, y + 2, cols, rows, st)
    gross = doc.totals()[2]
    p.rect(14 + 150, y, 32, 7, 0.5)
    p.text(14 + 148, y + 4.8, "Razem:", 9.5, "Serif-Bold", "r")
    p.text(14 + 180.4, y + 4.8, zl(gross), 9.5, "Serif-Bold", "r")
    y += 16
    p.text(14, y, f"Do zapłaty: {zl(gross)}", 11, "Serif-Bold")
    p.text(14, y + 6, f"Słownie: {cur_words(gross)}", 9.5, "Serif")
    p.text(14, y + 12, f"Sposób zapłaty: przelew w terminie {doc.due_days} dni", 9.5, "Serif")
    p.text(14, y + 17, f"Nr rachunku: {iban_spaced(doc.bank)}", 9.5, "Serif")
    p.text(
        14,
        y + 27,
        "Podstawa zwolnienia z VAT: art. 113 ust. 1 ustawy z dnia 11 marca 2004 r. o podatku od towarów i usług.",
        8.5,
        "Serif",
    )
    p.text(150, y + 48, person, 10, "Serif", "c")
    p.hline(125, 175, y + 50, 0.3)
    p.text(150, y + 54, "podpis wystawcy", 7.5, "Serif", "c")
    return Sample(p.bytes(), (doc,))


MIXED = (
    (
        "Szkolenie z obsługi systemu EZD dla pracowników (finansowane ze środków publicznych)",
        "usł.",
        (2800, 4600),
        "zw",
    ),
    ("Licencja systemu EZD – moduł kancelaryjny (bezterminowa)", "lic.", (6200, 9800), "23"),
    ("Skaner dokumentów Avision AD345 z podajnikiem", "szt.", (3100, 3900), "23"),
    ("Publikacja „Instrukcja kancelaryjna w praktyce” (wydanie drukowane)", "szt.", (79, 129), "5"),
    ("Czasopismo „Samorząd i Informatyka” – prenumerata roczna (wersja elektroniczna)", "szt.", (290, 420), "8"),
    ("Wdrożenie i parametryzacja EZD w urzędzie", "usł.", (9000, 16000), "23"),
)


def fam_qty_first_columns_mixed_rates_exemption(rng: random.Random) -> Sample:
    """An EZD vendor's invoice with the quantity and unit BEFORE the name (Ilość | J.m. | Kod | Opis | Cena |
    Wartość netto | St. | Wartość brutto), year-first dotted dates "2026.03.14", mixed rates 23 / 8 / 5 / zw with
    the exemption's legal basis under the table and a per-rate summary printed as "razem w tym:" lines."""
    doc = build(rng, n=(1, 1))
    entries = rng.sample(MIXED, rng.randint(3, 5))
    if not any(e[3] == "zw" for e in entries):
        entries[0] = MIXED[0]
    items = tuple(
        make_line(rng, (*e, "", "", ""), qty=1 if e[1] in ("usł.", "lic.") else rng.choice((2, 3, 5, 8, 10)))
        for e in entries
    )
    no = f"EZD/{doc.issue_date.year}/{rng.randint(1, 300):04d}/F"
    doc = replace(doc, number=no, items=items)
    s, b = doc.seller, doc.buyer
    ms = rng.choice(("space", "plain"))

    def yd(d: date) -> str:
        return ymd(d, ".")

    p = Pdf()
    p.rect(14, 12, 182, 22, 0.4, fill=0.96)
    p.text(18, 20, s.name, 12, "Sans-Bold")
    p.text(18, 25.5, f"{s.street} · {s.city} · NIP {nip_dash(s.nip)}", 8)
    p.text(
        18,
        30,
        f"tel. {rng.randint(12, 99)} {rng.randint(100, 999)} {rng.randint(10, 99)} {rng.randint(10, 99)}"
        f" · biuro@{s.name.split()[0].lower()}.pl",
        7.5,
    )
    p.text(14, 44, f"Faktura VAT {no}", 13, "Sans-Bold")
    p.lines(
        14,
        50,
        [f"wystawiona {yd(doc.issue_date)}", f"sprzedaż {yd(sale_of(doc))}", f"płatna do {yd(due(doc))}, przelew"],
        8.5,
        lead=4,
    )
    p.text(110, 44, "Dla:", 8.5, "Sans-Bold")
    p.lines(110, 49.5, [b.name, *b.extra[:1], b.street, b.city, f"NIP {nip_dash(b.nip)}"], 8.8, lead=4.1)
    cols = [
        Col("Ilość", 13, "r"),
        Col("J.m.", 11, "l"),
        Col("Kod", 16, "l"),
        Col("Opis", 64, "l"),
        Col("Cena netto", 20, "r"),
        Col("Wartość netto", 22, "r"),
        Col("St.", 9, "c"),
        Col("Wartość brutto", 27, "r"),
    ]
    rows = [
        [
            qty_fmt(it.qty, ms),
            it.unit,
            f"EZD-{rng.randint(10, 99)}{k}",
            it.name,
            money(it.unit_price or 0, ms),
            money(it.net or 0, ms),
            rate_label(it.vat_rate, "n"),
            money(it.gross or 0, ms),
        ]
        for k, it in enumerate(doc.items, 1)
    ]
    y = table(p, 14, 76, cols, rows, TableStyle(size=7.8, grid=False, rules=True, pad=1.6, head_font="Sans-Bold"))
    y += 3
    p.text(
        14, y + 2, "zw – zwolnienie: art. 43 ust. 1 pkt 29 lit. c ustawy o VAT (usługa kształcenia", 7, "Sans-Italic"
    )
    p.text(14, y + 5.5, "zawodowego finansowana w całości ze środków publicznych)", 7, "Sans-Italic")
    net, vat, gross = doc.totals()
    y += 12
    p.text(110, y, "razem netto", 8.5, "Sans", "l")
    p.text(196, y, money(net, ms), 8.5, "Sans-Bold", "r")
    y += 4.5
    p.text(110, y, "razem VAT", 8.5, "Sans", "l")
    p.text(196, y, money(vat, ms), 8.5, "Sans-Bold", "r")
    y += 4.5
    p.text(110, y, "razem brutto", 8.5, "Sans", "l")
    p.text(196, y, money(gross, ms), 8.5, "Sans-Bold", "r")
    y += 5.5
    p.text(110, y, "w tym:", 7.5, "Sans-Italic")
    y += 4
    for r, n, v, g in doc.rate_summary():
        lab = "zw" if r == "zw" else f"{r}%"
        p.text(114, y, f"{lab}: netto {money(n, ms)}, VAT {money(v, ms)}, brutto {money(g, ms)}", 7.5)
        y += 3.8
    y += 6
    p.text(14, y, f"Do zapłaty: {money(gross, ms)} PLN", 12, "Sans-Bold")
    p.text(14, y + 5.5, f"słownie: {cur_words(gross)}", 8, "Sans")
    p.text(14, y + 10, f"rachunek: PL {iban_spaced(doc.bank)}", 8, "Mono")
    return Sample(p.bytes(), (doc,))


def fam_sidebar_parties_left_column(rng: random.Random) -> Sample:
    """A designer's template: a grey sidebar on the left (a third of the page) holds the seller, the buyer, the
    dates, the payment details and the number; the right two thirds hold only the table of items (Pozycja with
    "(VAT 23%)" after the name / "Ilość × cena netto" in one cell / Netto / Brutto) and a large total."""
    doc = build(rng, n=(2, 5), buyer=pick_jst(rng, GMINY + POWIATY))
    no = f"{doc.issue_date.year}-{doc.issue_date.month:02d}-{rng.randint(1, 99):03d}"
    doc = replace(doc, number=no)
    s, b = doc.seller, doc.buyer
    ms = rng.choice(("space", "dot"))
    p = Pdf()
    p.rect(0, 0, 66, p.h, 0, fill=0.9)
    y = 18.0
    p.text(8, y, "FAKTURA VAT", 12, "Sans-Bold")
    y += 5.5
    p.text(8, y, f"nr {no}", 10, "Sans-Bold")
    y += 10

    def block(title: str, rows: Sequence[str], y: float) -> float:
        p.text(8, y, title.upper(), 6.5, "Sans-Bold", spacing=0.6)
        y += 4.5
        for r in rows:
            for ln in wrap(r, "Sans", 7.8, 54):
                p.text(8, y, ln, 7.8)
                y += 3.6
        return y + 5

    y = block("Sprzedawca", [s.name, s.street, s.city, f"NIP {s.nip}"], y)
    y = block("Nabywca", [b.name, *b.extra[:1], b.street, b.city, f"NIP {b.nip}"], y)
    y = block("Daty", [f"wystawienia: {dmy(doc.issue_date)}", f"sprzedaży: {dmy(sale_of(doc))}"], y)
    y = block("Płatność", [f"przelew do {dmy(due(doc))}", iban_spaced(doc.bank)], y)
    p.text(8, p.h - 12, f"{s.name.split()[0].lower()}.pl", 7, "Sans-Italic")
    x0 = 74.0
    cols = [Col("Pozycja", 56, "l"), Col("Ilość × cena netto", 26, "r"), Col("Netto", 20, "r"), Col("Brutto", 22, "r")]
    rows = [
        [
            f"{it.name} (VAT {rate_label(it.vat_rate)})",
            f"{qty_fmt(it.qty, ms)} × {money(it.unit_price or 0, ms)}",
            money(it.net or 0, ms),
            money(it.gross or 0, ms),
        ]
        for it in doc.items
    ]
    st = TableStyle(size=7.8, grid=False, rules=True, pad=2.2, head_font="Sans-Bold")
    y = table(p, x0, 20, cols, rows, st) + 8
    net, vat, gross = doc.totals()
    for lab, val in (("Razem netto", net), ("VAT", vat)):
        p.text(150, y, lab, 8.5, "Sans", "r")
        p.text(196, y, money(val, ms), 8.5, "Sans", "r")
        y += 5
    for r, n, v, _g in doc.rate_summary():
        p.text(150, y, f"w tym VAT {rate_label(r)} od {money(n, ms)}", 7, "Sans-Italic", "r")
        p.text(196, y, money(v, ms), 7, "Sans-Italic", "r")
        y += 4
    y += 6
    p.text(x0, y, "Razem do zapłaty", 10, "Sans")
    p.text(196, y + 9, f"{money(gross, ms)} PLN", 20, "Sans-Bold", "r")
    p.text(x0, y + 17, cur_words(gross), 7.5, "Sans-Italic")
    return Sample(p.bytes(), (doc,))
