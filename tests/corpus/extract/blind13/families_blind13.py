"""BLIND-13 families (fresh batch). Not to be opened by the parser engineer; measured once, at the end.

Layouts written for this batch only, by an evaluator who never read the parser (`extractors/`, `checks/`,
`tests/extractors/`). They share the data model (`Doc`, `Item`, `Party`) and the page canvas and table drawing
(`Pdf`, `table`) of `kit.py`, but bring their own sellers, their own IT catalogue and real gminy and powiaty from
the TERYT register (TERC 2024-01-01, `/work/shared/data/teryt/terc_2024-01-01.csv`; the TERYT code of each is
kept next to it; a gmina miejska is printed "Miasto X", a gmina wiejska or miejsko-wiejska "Gmina X", a powiat
"Powiat X" with its adjective capitalised). Streets, post codes, NIPs and sellers are invented.

Focus of the batch (each a real Polish convention): a buyer's "nota korygująca" correcting the buyer's data with
no amounts; a foundation's "rachunek" for grant-financed training exempt under art. 43 ust. 1 pkt 29 lit. c; a
"VAT marża" invoice for refurbished laptops (gross only, no VAT shown); a cloud provider's monthly usage invoice
with English column heads and metered decimal quantities (VAT once on the sum); an electronics distributor
printing a "w tym KGO" waste-fee sub-line under each hardware line; a retail chain's invoice with PTU tax letters
(A 23 %, D 0 % for school computers under art. 83 ust. 1 pkt 26, E zw) and a legend; "Usługodawca/Usługobiorca"
labels with Roman-numeral months in the dates and the number; a state research institute / academy as seller
with a long legal name wrapped over two lines and KRS/REGON lines; a long table whose Lp. restarts on every page,
without a repeated heading, with a page sum at each foot; an implementation invoice with a retained guarantee
deposit deducted after the totals; a correction of the VAT rate 23 % → 0 % after the school's confirmation
arrived (net difference zero); a final acceptance protocol with a delay and a contractual-penalty computation;
a contract-annex protocol form with "niepotrzebne skreślić" options struck through; a protocol with quantities
written also in words; a procurement invoice with a CPV code column and the tender reference; an old-style
invoice whose only parties are "Dostawca" and "Odbiorca" (the buyer), amounts with a "PLN" suffix.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from reportlab.pdfbase import pdfmetrics

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

# (TERYT code, name as in TERC, kind as in TERC, seat town) — TERC 2024-01-01
TERC_JST = (
    ("2214043", "Pelplin", "gmina miejsko-wiejska", "Pelplin"),
    ("1208062", "Racławice", "gmina wiejska", "Racławice"),
    ("1821033", "Lesko", "gmina miejsko-wiejska", "Lesko"),
    ("1413092", "Wieczfnia Kościelna", "gmina wiejska", "Wieczfnia Kościelna"),
    ("1429042", "Jabłonna Lacka", "gmina wiejska", "Jabłonna Lacka"),
    ("2817032", "Jedwabno", "gmina wiejska", "Jedwabno"),
    ("3022042", "Pakosław", "gmina wiejska", "Pakosław"),
    ("2002082", "Poświętne", "gmina wiejska", "Poświętne"),
    ("1806032", "Majdan Królewski", "gmina wiejska", "Majdan Królewski"),
    ("1006032", "Brójce", "gmina wiejska", "Brójce"),
    ("1008072", "Pabianice", "gmina wiejska", "Pabianice"),
    ("2602052", "Oksa", "gmina wiejska", "Oksa"),
    ("1201082", "Trzciana", "gmina wiejska", "Trzciana"),
    ("0604022", "Dołhobyczów", "gmina wiejska", "Dołhobyczów"),
    ("1412011", "Mińsk Mazowiecki", "gmina miejska", "Mińsk Mazowiecki"),
    ("1413032", "Lipowiec Kościelny", "gmina wiejska", "Lipowiec Kościelny"),
    ("1816072", "Hyżne", "gmina wiejska", "Hyżne"),
    ("2010082", "Perlejewo", "gmina wiejska", "Perlejewo"),
    ("2467011", "Jastrzębie-Zdrój", "gmina miejska", "Jastrzębie-Zdrój"),
    ("2413092", "Zbrosławice", "gmina wiejska", "Zbrosławice"),
    ("1604", "kluczborski", "powiat", "Kluczbork"),
    ("2814", "olsztyński", "powiat", "Olsztyn"),
    ("1003", "łaski", "powiat", "Łask"),
    ("2815", "ostródzki", "powiat", "Ostróda"),
    ("0617", "świdnicki", "powiat", "Świdnik"),
    ("2813", "olecki", "powiat", "Olecko"),
)
JST_STREETS = (
    "ul. Rynek 1",
    "ul. Kościelna 2",
    "pl. Wolności 3",
    "ul. Szkolna 10",
    "ul. Ratuszowa 5",
    "ul. Jana Pawła II 7",
)

SELLERS = (
    "Cyfrowe Rozwiązania dla Samorządu Sp. z o.o.",
    "Sieciownia Bartosz Kamiński",
    "InfoBastion S.A.",
    "Tech-Serwis Grzegorz Wójcik",
    "Północna Grupa Informatyczna Sp. z o.o.",
    "KOMSERW Sp. z o.o. sp.k.",
    "Pro-Data Systemy Sp. z o.o.",
    "Zakład Usług Informatycznych ZUI-NET Ewa Mazur",
    "Bezpieczna Sieć Sp. z o.o.",
    "ARX Integracja Sp. z o.o.",
)
SELLER_STREETS = (
    "ul. Fabryczna 12",
    "ul. Składowa 4/2",
    "al. Niepodległości 204",
    "ul. Grunwaldzka 77 lok. 3",
    "ul. Toruńska 18",
    "ul. Słoneczna 9A",
    "ul. Techników 1",
)
SELLER_CITIES = (
    "40-101 Katowice",
    "85-063 Bydgoszcz",
    "70-383 Szczecin",
    "26-600 Radom",
    "33-100 Tarnów",
    "42-200 Częstochowa",
    "87-100 Toruń",
    "65-001 Zielona Góra",
    "43-300 Bielsko-Biała",
)

# name, unit, (low, high) net unit price, rate
HW = (
    ("Komputer stacjonarny HP Pro Tower 400 G9 i5-12500 16GB 512SSD W11P", "szt.", (3100, 3700), "23"),
    ("Notebook ASUS ExpertBook B1 B1502CVA i5-1335U 16GB 512GB W11Pro", "szt.", (2900, 3500), "23"),
    ("Notebook Fujitsu LIFEBOOK A3511 i3-1115G4 8GB 256SSD W11P", "szt.", (2300, 2800), "23"),
    ('Monitor iiyama ProLite XUB2493HS-B5 23,8" IPS', "szt.", (520, 680), "23"),
    ("Serwer NAS QNAP TS-873A-8G z 4 dyskami 4 TB", "szt.", (6900, 8200), "23"),
    ("Przełącznik sieciowy Cisco CBS350-24T-4G", "szt.", (1900, 2400), "23"),
    ("Firewall WatchGuard Firebox T45 z pakietem Basic Security 1 rok", "szt.", (3600, 4400), "23"),
    ("Zasilacz UPS CyberPower OLS2000EA 2000VA", "szt.", (1800, 2300), "23"),
    ("Drukarka wielofunkcyjna Brother MFC-L8900CDW", "szt.", (2600, 3200), "23"),
    ("Tablet Samsung Galaxy Tab A9+ 64 GB Wi-Fi", "szt.", (780, 960), "23"),
)
SOFT = (
    ("Licencja Windows Server 2022 Standard 16 Core", "szt.", (3400, 4100), "23"),
    ("Oprogramowanie antywirusowe Bitdefender GravityZone Business Security (24 mies.)", "lic.", (160, 230), "23"),
    ("Licencja Microsoft Office LTSC Standard 2024", "szt.", (1700, 2100), "23"),
    ("System kopii zapasowych Acronis Cyber Protect Standard Server (1 rok)", "lic.", (2400, 3100), "23"),
)
SERVICES = (
    ("Audyt zgodności z KRI wraz ze sprawozdaniem", "usł.", (9000, 18000), "23"),
    ("Wdrożenie polityki bezpieczeństwa informacji", "usł.", (6000, 12000), "23"),
    ("Konfiguracja sieci LAN i segmentacja VLAN w urzędzie", "usł.", (3500, 7500), "23"),
    ("Testy penetracyjne infrastruktury zewnętrznej", "usł.", (11000, 21000), "23"),
    ("Migracja poczty elektronicznej do nowej domeny gov.pl", "usł.", (4000, 8000), "23"),
    ("Opracowanie planu ciągłości działania (BCP)", "usł.", (5000, 9500), "23"),
)
TRAININGS = (
    ("Szkolenie z cyberhigieny dla pracowników urzędu (grupa do 20 osób)", "usł.", (2500, 4800), "zw"),
    ("Szkolenie dla administratorów IT z reagowania na incydenty", "usł.", (3800, 6900), "zw"),
    ("Warsztaty phishingowe z symulacją ataku", "usł.", (2900, 5200), "zw"),
    ("Szkolenie e-learningowe z ochrony danych osobowych (dostęp 12 mies.)", "os.", (90, 180), "zw"),
)
SMALL = (
    ("Mysz optyczna Logitech B100 USB", "szt.", (22, 35)),
    ("Klawiatura Logitech K120 USB", "szt.", (39, 55)),
    ("Kabel krosowy U/UTP kat. 6 1 m", "szt.", (4, 9)),
    ("Kabel krosowy U/UTP kat. 6 3 m", "szt.", (7, 13)),
    ("Kabel HDMI 2.0 1,8 m", "szt.", (14, 26)),
    ("Przejściówka USB-C na HDMI", "szt.", (45, 79)),
    ('Listwa zasilająca 19" 8 gniazd', "szt.", (120, 190)),
    ("Pendrive szyfrowany Kingston IronKey 32 GB", "szt.", (330, 420)),
    ("Dysk zewnętrzny WD Elements 2 TB", "szt.", (290, 360)),
    ("Zestaw słuchawkowy Jabra Evolve2 30 USB", "szt.", (210, 290)),
    ("Kamera internetowa Logitech C505", "szt.", (150, 210)),
    ('Etui na tablet 11"', "szt.", (55, 89)),
    ('Torba na notebook 15,6"', "szt.", (69, 119)),
    ("Patch panel 24 porty kat. 6 1U", "szt.", (160, 240)),
    ("Organizer kabli 1U", "szt.", (35, 60)),
    ("Moduł SFP 1000Base-LX", "szt.", (95, 180)),
    ("Pamięć RAM DDR4 16 GB 3200 SO-DIMM", "szt.", (150, 220)),
    ("Dysk SSD Crucial MX500 500 GB", "szt.", (170, 230)),
    ("Czytnik kart inteligentnych USB", "szt.", (49, 85)),
    ("Karta kryptograficzna do podpisu kwalifikowanego", "szt.", (120, 190)),
    ("Router LTE Teltonika RUT240", "szt.", (460, 590)),
    ("Stacja dokująca Dell WD19S", "szt.", (690, 880)),
    ('Filtr prywatyzujący 23,8"', "szt.", (180, 260)),
    ("Kabel zasilający IEC C13 1,8 m", "szt.", (9, 16)),
    ("Uchwyt monitora biurkowy", "szt.", (110, 170)),
    ("Zasilacz do notebooka 65 W USB-C", "szt.", (120, 180)),
    ("Podkładka pod mysz z żelem", "szt.", (19, 35)),
    ("Bateria do UPS 12V 9Ah", "szt.", (85, 130)),
    ("Tusz Brother LC-3237 czarny", "szt.", (150, 200)),
    ("Toner Brother TN-3480", "szt.", (320, 420)),
    ('Obudowa na dysk 2,5" USB 3.0', "szt.", (35, 59)),
    ("Rozgałęziacz USB 3.0 4 porty", "szt.", (39, 69)),
    ("Szafa wisząca rack 9U 600x450", "szt.", (540, 760)),
    ("Koncentrator PoE 8 portów TP-Link TL-SG1008P", "szt.", (210, 290)),
    ("Akumulator do notebooka Fujitsu", "szt.", (290, 380)),
    ("Głośniki komputerowe 2.0 USB", "szt.", (45, 85)),
)


@dataclass(frozen=True, slots=True)
class XDoc(Doc):
    """A document whose layout does not print some header fields: those are left out of the expected values."""

    drop: tuple[str, ...] = ()

    def expected(self) -> dict[str, Any]:
        exp = Doc.expected(self)
        for k in self.drop:
            exp.pop(k, None)
        return exp


def jst_name(code_name_kind: tuple[str, str, str, str]) -> str:
    _, name, kind, _ = code_name_kind
    if kind == "powiat":
        return "Powiat " + name[0].upper() + name[1:]
    if kind == "gmina miejska":
        return "Miasto " + name
    return "Gmina " + name


def post_code(rng: random.Random) -> str:
    return f"{rng.randint(10, 99)}-{rng.randint(100, 999)}"


def pick_jst(rng: random.Random, *, powiat: bool | None = None) -> Party:
    pool = [j for j in TERC_JST if powiat is None or (j[2] == "powiat") == powiat]
    j = rng.choice(pool)
    return Party(jst_name(j), rng.choice(JST_STREETS), f"{post_code(rng)} {j[3]}", make_nip(rng))


def office_of(p: Party) -> str:
    """'Urząd Gminy X' / 'Urząd Miasta X' / 'Starostwo Powiatowe' for a JST party."""
    if p.name.startswith("Powiat"):
        return "Starostwo Powiatowe"  # the seat town is in the address line
    if p.name.startswith("Miasto"):
        return "Urząd Miasta " + p.name[len("Miasto ") :]
    return "Urząd Gminy " + p.name[len("Gmina ") :]


def pick_seller(rng: random.Random, name: str | None = None) -> Party:
    return Party(name or rng.choice(SELLERS), rng.choice(SELLER_STREETS), rng.choice(SELLER_CITIES), make_nip(rng))


def line(
    rng: random.Random,
    entry: tuple[Any, ...],
    *,
    rate: str | None = None,
    qty: Decimal | int | None = None,
    price: Decimal | None = None,
    gross_based: bool = False,
) -> Item:
    name, unit, (lo, hi) = entry[0], entry[1], entry[2]
    rate = rate or (entry[3] if len(entry) > 3 else "23")
    if qty is None:
        qty = (
            rng.choice((1, 1, 1, 2, 3))
            if unit in ("usł.", "kpl.", "mies.")
            else rng.choice((1, 2, 2, 3, 4, 5, 6, 8, 10, 12, 15))
        )
    q = Decimal(qty)
    p = price if price is not None else Decimal(rng.randint(lo * 100, hi * 100)) / 100
    r = Decimal(rate) if rate.isdigit() else Decimal(0)
    if gross_based:
        gross = q2(p * q)
        vat = q2(gross * r / (100 + r))
        return Item(name, q, unit, p, gross - vat, rate, vat, gross)
    net = q2(p * q)
    vat = q2(net * r / 100)
    return Item(name, q, unit, p, net, rate, vat, net + vat)


def dates(rng: random.Random) -> tuple[date, date]:
    issue = date(2026, 1, 5) + timedelta(days=rng.randint(0, 320))
    return issue, issue - timedelta(days=rng.choice((0, 0, 0, 1, 2, 4, 6)))


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
) -> XDoc:
    issue, sale = dates(rng)
    kw.setdefault("issue_date", issue)
    kw.setdefault("sale_date", sale)
    seller = seller or pick_seller(rng)
    return XDoc(
        kind=kind,
        number=number,
        seller=seller,
        buyer=buyer or pick_jst(rng),
        currency=currency,
        items=tuple(items),
        place=seller.city.split(" ", 1)[1],
        due_days=rng.choice((14, 21, 30)),
        bank=" ".join(["PL" + f"{rng.randint(10, 99)}"] + [f"{rng.randint(0, 9999):04d}" for _ in range(6)]),
        **kw,
    )


def distinct(rng: random.Random, pool: tuple[Any, ...], n: int) -> list[Any]:
    return rng.sample(list(pool), min(n, len(pool)))


ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")


def roman_date(d: date) -> str:
    return f"{d.day}.{ROMAN[d.month - 1]}.{d.year} r."


def rate_rows(doc: Doc, items: tuple[Item, ...] | None = None) -> list[tuple[str, Decimal, Decimal, Decimal]]:
    return doc.rate_summary(items)


def simple_cols(name_w: float, *, head: tuple[str, ...] | None = None) -> list[Col]:
    h = head or (
        "Lp.",
        "Nazwa towaru / usługi",
        "Ilość",
        "J.m.",
        "Cena netto",
        "Wartość netto",
        "VAT %",
        "Kwota VAT",
        "Wartość brutto",
    )
    ws = (8, name_w, 12, 10, 20, 22, 11, 19, 22)
    al = ("c", "l", "r", "c", "r", "r", "c", "r", "r")
    return [Col(t, w, a) for t, w, a in zip(h, ws, al, strict=True)]


def full_row(it: Item, k: int, ms: str) -> list[str]:
    return [
        f"{k}",
        it.name,
        qty_fmt(it.qty, ms),
        it.unit,
        money(it.unit_price or 0, ms),
        money(it.net or 0, ms),
        rate_label(it.vat_rate),
        money(it.vat or 0, ms),
        money(it.gross or 0, ms),
    ]


def signature_pair(p: Pdf, y: float, left: str, right: str, font: str = "Sans") -> None:
    p.hline(22, 88, y, 0.3)
    p.hline(p.w - 88, p.w - 22, y, 0.3)
    p.text(55, y + 4, left, 7, font, "c")
    p.text(p.w - 55, y + 4, right, 7, font, "c")


# --------------------------------------------------------------------------------------------------
# Families


def fam_nota_korygujaca_buyer_data(rng: random.Random) -> Sample:
    """Buyer's 'Nota korygująca' fixing the buyer's name and NIP: treść korygowana / prawidłowa, no amounts."""
    buyer = pick_jst(rng)
    seller = pick_seller(rng)
    no = f"NK/{rng.randint(1, 40)}/{2026}"
    issue = date(2026, 1, 20) + timedelta(days=rng.randint(0, 300))
    inv_no = f"FV/{rng.randint(100, 2400)}/{rng.randint(1, 12):02d}/2026"
    inv_date = issue - timedelta(days=rng.randint(5, 25))
    doc = mk(
        rng,
        no,
        (),
        seller=seller,
        buyer=buyer,
        kind="correction",
        issue_date=issue,
        sale_date=None,
        drop=("currency", "net_total", "vat_total", "gross_total", "sale_date"),
    )
    wrong_nip = make_nip(rng)
    office = office_of(buyer)
    town = buyer.city.split(" ", 1)[1]
    p = Pdf()
    serif = rng.random() < 0.5
    f, fb = ("Serif", "Serif-Bold") if serif else ("Sans", "Sans-Bold")
    p.text(p.w - 18, 16, f"{town}, dnia {date_fmt(issue)} r.", 9, f, "r")
    p.text(p.w / 2, 30, f"NOTA KORYGUJĄCA nr {no}", 14, fb, "c")
    p.text(p.w / 2, 36, "ORYGINAŁ", 8, f, "c")
    p.text(18, 48, "Wystawca noty (nabywca):", 8.5, fb)
    p.lines(18, 53, [buyer.name, buyer.street, buyer.city, f"NIP: {nip_fmt(buyer.nip, 'dash')}"], 9, f)
    p.text(112, 48, "Odbiorca noty (sprzedawca):", 8.5, fb)
    p.lines(112, 53, [seller.name, seller.street, seller.city, f"NIP: {nip_fmt(seller.nip, 'dash')}"], 9, f)
    p.text(18, 80, f"Dotyczy faktury VAT nr {inv_no} z dnia {date_fmt(inv_date)} r.,", 9, f)
    p.text(18, 85, f"data sprzedaży {date_fmt(inv_date)} r.", 9, f)
    rows = [
        ["Nazwa nabywcy", office, buyer.name],
        ["NIP nabywcy", nip_fmt(wrong_nip, "dash"), nip_fmt(buyer.nip, "dash")],
        ["Adres nabywcy", f"{buyer.street}, {buyer.city}", f"{buyer.street}, {buyer.city}"],
        ["Odbiorca", "—", office],
    ]
    y = table(
        p,
        18,
        94,
        [Col("Pozycja", 34), Col("Treść korygowana", 70), Col("Treść prawidłowa", 70)],
        rows,
        TableStyle(size=8.5, font=f, head_font=fb, head_fill=0.9),
    )
    p.lines(
        18,
        y + 8,
        [
            "Nota korygująca nie zmienia kwot wykazanych na fakturze.",
            "Prosimy o potwierdzenie otrzymania noty i odesłanie podpisanej kopii.",
            "Podstawa prawna: art. 106k ust. 1 ustawy z dnia 11 marca 2004 r. o podatku od towarów i usług.",
        ],
        8,
        f,
        lead=4.6,
    )
    signature_pair(p, y + 45, "podpis odbiorcy noty", "podpis wystawcy noty", f)
    return Sample(p.bytes(), (doc,))


def fam_rachunek_foundation_exempt(rng: random.Random) -> Sample:
    """A foundation's 'RACHUNEK nr' for grant-financed training, art. 43 exemption, one 'Wartość' column."""
    seller = pick_seller(
        rng,
        rng.choice(
            (
                "Fundacja Bezpieczny Samorząd Cyfrowy",
                "Fundacja Edukacji Cyfrowej „Klucz”",
                "Stowarzyszenie Informatyków Samorządowych",
                "Fundacja Rozwoju Kompetencji IT",
            )
        ),
    )
    buyer = pick_jst(rng)
    items = [
        line(rng, e, qty=rng.choice((1, 1, 2)) if e[1] == "usł." else rng.choice((12, 18, 25, 40)))
        for e in distinct(rng, TRAININGS, rng.randint(1, 3))
    ]
    no = f"{rng.randint(1, 60)}/{2026}"
    doc = mk(rng, no, items, seller=seller, buyer=buyer, print_item_vat=True, drop=("vat_total",))
    total = doc.totals()[2]
    p = Pdf()
    p.text(18, 18, seller.name, 12, "Sans-Bold")
    p.lines(
        18,
        23,
        [
            f"{seller.street}, {seller.city}",
            f"KRS: 0000{rng.randint(100000, 999999)}   NIP: {seller.nip}   REGON: {rng.randint(10**8, 10**9 - 1)}",
        ],
        8,
        lead=4,
    )
    p.hline(18, p.w - 18, 33, 0.8)
    p.text(p.w / 2, 44, f"RACHUNEK nr {no}", 15, "Sans-Bold", "c")
    p.lines(
        p.w - 18,
        52,
        [
            f"Data wystawienia: {date_fmt(doc.issue_date, 'words_r')}",
            f"Data wykonania usługi: {date_fmt(doc.sale_date, 'words_r')}",
        ],
        8.5,
        align="r",
        lead=4.3,
    )
    p.text(18, 64, "Dla:", 8.5, "Sans-Bold")
    p.lines(18, 69, [buyer.name, buyer.street, buyer.city, f"NIP {nip_fmt(buyer.nip, 'dash')}"], 9.5, lead=4.6)
    cols = [
        Col("Lp.", 9, "c"),
        Col("Nazwa usługi", 94),
        Col("Ilość", 14, "r"),
        Col("J.m.", 11, "c"),
        Col("Cena jedn.", 22, "r"),
        Col("Wartość", 24, "r"),
    ]
    rows = [
        [f"{k}", it.name, qty_fmt(it.qty), it.unit, money(it.unit_price or 0), money(it.gross or 0)]
        for k, it in enumerate(items, 1)
    ]
    rows.append(["", "Razem", "", "", "", money(total)])
    y = table(p, 18, 92, cols, rows, TableStyle(size=8.5, head_fill=0.88))
    p.text(18, y + 8, f"Do zapłaty: {money(total)} zł", 11, "Sans-Bold")
    p.text(18, y + 14, f"Słownie: {words_pln(total)}", 8.5)
    p.lines(
        18,
        y + 22,
        [
            "Sprzedawca korzysta ze zwolnienia od podatku VAT na podstawie art. 43 ust. 1 pkt 29 lit. c ustawy o VAT",
            "(usługa kształcenia zawodowego finansowana w całości ze środków publicznych).",
            f"Płatne przelewem do {date_fmt(doc.issue_date + timedelta(days=doc.due_days))} na rachunek {doc.bank}",
        ],
        8,
        lead=4.3,
    )
    signature_pair(p, y + 52, "podpis odbiorcy", "podpis wystawcy")
    return Sample(p.bytes(), (doc,))


def fam_margin_scheme_refurbished(rng: random.Random) -> Sample:
    """'Faktura VAT marża' for refurbished laptops: 'procedura marży – towary używane', gross prices only, no VAT."""
    models = (
        'Laptop poleasingowy Dell Latitude 7490 i5-8350U 16GB 256SSD 14" W11P (odnowiony, klasa A)',
        "Laptop poleasingowy Lenovo ThinkPad T480 i5-8250U 8GB 256SSD W11P (odnowiony)",
        "Laptop poleasingowy HP EliteBook 840 G6 i5-8365U 16GB 512SSD W11P (klasa A)",
        "Komputer poleasingowy Dell OptiPlex 7070 SFF i5-9500 16GB 512SSD W11P",
        'Monitor poleasingowy Dell P2419H 24" (klasa A)',
        "Stacja dokująca poleasingowa HP USB-C G5",
    )
    names = distinct(rng, models, rng.randint(1, 4))
    items = []
    for n in names:
        q = Decimal(rng.choice((5, 8, 10, 12, 15, 20, 25, 30)))
        price = Decimal(rng.randint(39000, 189000)) / 100
        g = q2(price * q)
        items.append(Item(n, q, "szt.", price, g, "zw", Decimal(0), g))
    no = f"FM/{rng.randint(10, 400):04d}/2026"
    doc = mk(rng, no, items, item_amounts=("gross",), drop=("net_total", "vat_total"))
    ms = rng.choice(("space", "dot"))
    total = doc.totals()[2]
    p = Pdf()
    p.rect(15, 12, p.w - 30, 20, 0.6, fill=0.95)
    p.text(20, 21, "FAKTURA VAT MARŻA", 15, "Sans-Bold")
    p.text(20, 28, f"Nr {no}", 10)
    p.lines(
        p.w - 20,
        19,
        [
            f"Data wystawienia: {date_fmt(doc.issue_date)}",
            f"Data sprzedaży: {date_fmt(doc.sale_date)}",
            f"Miejsce: {doc.place}",
        ],
        8,
        align="r",
        lead=4,
    )
    p.text(18, 42, "Sprzedawca", 8, "Sans-Bold")
    p.lines(18, 47, [doc.seller.name, doc.seller.street, doc.seller.city, f"NIP: {doc.seller.nip}"], 9, lead=4.3)
    p.text(110, 42, "Nabywca", 8, "Sans-Bold")
    p.lines(110, 47, [doc.buyer.name, doc.buyer.street, doc.buyer.city, f"NIP: {doc.buyer.nip}"], 9, lead=4.3)
    cols = [
        Col("Lp.", 9, "c"),
        Col("Nazwa towaru", 100),
        Col("Ilość", 14, "r"),
        Col("J.m.", 11, "c"),
        Col("Cena brutto", 22, "r"),
        Col("Wartość brutto", 24, "r"),
    ]
    rows = [
        [f"{k}.", it.name, qty_fmt(it.qty), it.unit, money(it.unit_price or 0, ms), money(it.gross or 0, ms)]
        for k, it in enumerate(items, 1)
    ]
    y = table(p, 15, 72, cols, rows, TableStyle(size=8.3, grid=False, rules=True))
    p.text(p.w - 15, y + 8, f"Razem do zapłaty: {money(total, ms)} PLN", 11, "Sans-Bold", "r")
    p.text(p.w - 15, y + 14, f"słownie: {words_pln(total)}", 8, "Sans", "r")
    p.rect(15, y + 22, p.w - 30, 14, 0.4)
    p.lines(
        18,
        y + 27,
        [
            "Procedura marży – towary używane (art. 120 ust. 4 i 5 ustawy o VAT).",
            "Podatek VAT nie jest wykazywany na fakturze. Gwarancja 12 miesięcy.",
        ],
        8,
        lead=4.2,
    )
    p.text(
        18,
        y + 44,
        f"Sposób zapłaty: przelew, termin {date_fmt(doc.issue_date + timedelta(days=doc.due_days))}, konto {doc.bank}",
        7.8,
    )
    return Sample(p.bytes(), (doc,))


def fam_cloud_usage_english_heads(rng: random.Random) -> Sample:
    """Polish cloud provider's monthly usage invoice: English column heads, metered decimal quantities, VAT on sum."""
    seller = pick_seller(
        rng,
        rng.choice(("Chmura Samorządowa Sp. z o.o.", "PolCloud Data Center S.A.", "Nordic Hosting Polska Sp. z o.o.")),
    )
    month = rng.randint(1, 10)
    start = date(2026, month, 1)
    end = date(2026, month + 1, 1) - timedelta(days=1)
    hours = Decimal((end - start).days + 1) * 24
    usage = [  # name, meter, quantity, (low, high) price in 1/10000 PLN
        ("Maszyna wirtualna Standard 4 vCPU / 16 GB RAM", "h", hours * rng.choice((1, 2, 3)), (1600, 2400)),
        ("Przestrzeń dyskowa SSD blokowa", "GB-mies.", Decimal(rng.randint(20000, 200000)) / 100, (3200, 5500)),
        ("Kopie zapasowe (backup) – przestrzeń", "GB-mies.", Decimal(rng.randint(50000, 900000)) / 100, (900, 1800)),
        ("Transfer wychodzący (egress)", "GB", Decimal(rng.randint(1000, 90000)) / 100, (1200, 3000)),
        ("Publiczny adres IPv4", "h", hours, (120, 200)),
        ("Usługa Anti-DDoS Basic", "mies.", Decimal(1), (1490000, 2990000)),
    ]
    chosen = usage[:2] + rng.sample(usage[2:], rng.randint(1, 4))
    items = []
    for name, unit, q, (lo, hi) in chosen:
        price = Decimal(rng.randint(lo, hi)) / 10000
        net = q2(q * price)
        items.append(Item(name, q, unit, price, net, "23", q2(net * Decimal("0.23")), net + q2(net * Decimal("0.23"))))
    no = f"INV/{2026}/{month:02d}/{rng.randint(10000, 99999)}"
    issue = end + timedelta(days=rng.randint(1, 4))
    doc = mk(
        rng, no, items, seller=seller, issue_date=issue, sale_date=end, print_item_vat=False, item_amounts=("net",)
    )
    net, vat, gross = doc.totals()
    p = Pdf()
    p.text(15, 17, seller.name, 13, "Sans-Bold")
    p.text(15, 22, f"{seller.street}, {seller.city} · NIP {nip_fmt(seller.nip, 'pl')}", 7.5)
    p.text(p.w - 15, 17, "Faktura VAT", 15, "Sans-Bold", "r")
    p.text(p.w - 15, 23, f"nr {no}", 9, "Sans", "r")
    meta = [
        ("Data wystawienia", date_fmt(issue, "iso")),
        ("Data wykonania usługi", date_fmt(end, "iso")),
        ("Billing period", f"{date_fmt(start, 'iso')} – {date_fmt(end, 'iso')}"),
        ("Account ID", f"ACC-{rng.randint(100000, 999999)}"),
        ("Termin płatności", date_fmt(issue + timedelta(days=doc.due_days), "iso")),
    ]
    y = 34
    for k, v in meta:
        p.text(120, y, k, 7.5, "Sans", "l")
        p.text(p.w - 15, y, v, 7.5, "Sans-Bold", "r")
        y += 4.3
    p.text(15, 34, "Nabywca / Customer", 7.5, "Sans-Bold")
    p.lines(15, 39, [doc.buyer.name, doc.buyer.street, doc.buyer.city, f"NIP {doc.buyer.nip}"], 9, lead=4.3)
    cols = [
        Col("#", 7, "c"),
        Col("Service", 70),
        Col("Meter", 20, "c"),
        Col("Quantity", 24, "r"),
        Col("Unit price (PLN)", 24, "r"),
        Col("Tax", 11, "c"),
        Col("Amount net (PLN)", 26, "r"),
    ]
    rows = [
        [
            f"{k}",
            it.name,
            it.unit,
            f"{it.qty:.3f}".replace(".", ","),
            f"{it.unit_price:.4f}".replace(".", ","),
            "23%",
            money(it.net or 0),
        ]
        for k, it in enumerate(items, 1)
    ]
    y = table(p, 15, 70, cols, rows, TableStyle(size=7.8, grid=False, rules=True, head_fill=0.92))
    y += 6
    for k, v, b in (("Subtotal (net)", net, False), ("VAT 23%", vat, False), ("Total (gross)", gross, True)):
        p.text(140, y, k, 9, "Sans-Bold" if b else "Sans")
        p.text(p.w - 15, y, f"{money(v)} PLN", 9, "Sans-Bold" if b else "Sans", "r")
        y += 5
    p.text(15, y + 8, f"Payment / Płatność: przelew na rachunek {doc.bank}", 7.5)
    p.text(15, y + 12, "Usage details are available in the customer portal. Kwoty zaokrąglone do 1 grosza.", 7)
    return Sample(p.bytes(), (doc,))


def fam_kgo_fee_sublines(rng: random.Random) -> Sample:
    """Electronics distributor: under each hardware line a grey 'w tym KGO' waste-fee sub-line, amounts '1.234,56'."""
    ms = "dot"
    hw = distinct(rng, HW, rng.randint(2, 4))
    extra = distinct(rng, SOFT, rng.randint(0, 1))
    items = [line(rng, e) for e in hw + extra]
    no = f"{rng.randint(1, 9)}/{rng.randint(1000, 9999)}/26/FS"
    doc = mk(rng, no, items)
    p = Pdf()
    p.text(15, 18, "Faktura VAT", 16, "Sans-Bold")
    p.text(15, 25, f"Numer: {no}", 10, "Sans-Bold")
    p.lines(
        p.w - 15,
        16,
        [
            f"Wystawiona w dniu: {date_fmt(doc.issue_date)}, {doc.place}",
            f"Data zakończenia dostawy: {date_fmt(doc.sale_date)}",
            f"Nr BDO: 0000{rng.randint(10000, 99999)}",
        ],
        8,
        align="r",
        lead=4.2,
    )
    p.text(15, 36, "Sprzedawca:", 8, "Sans-Bold")
    p.lines(
        15,
        41,
        [doc.seller.name, doc.seller.street, doc.seller.city, f"NIP: {nip_fmt(doc.seller.nip, 'dash')}"],
        8.5,
        lead=4.1,
    )
    p.text(110, 36, "Nabywca:", 8, "Sans-Bold")
    p.lines(
        110,
        41,
        [doc.buyer.name, doc.buyer.street, doc.buyer.city, f"NIP: {nip_fmt(doc.buyer.nip, 'dash')}"],
        8.5,
        lead=4.1,
    )
    rows: list[list[str]] = []
    for k, it in enumerate(items, 1):
        rows.append(full_row(it, k, ms))
        if it in items[: len(hw)]:
            kgo = Decimal(rng.choice(("0.45", "0.89", "1.20", "2.46", "3.10")))
            rows.append(
                [
                    "",
                    f"   w tym KGO: {money(kgo * it.qty, ms)} zł (koszty gospodarowania odpadami)",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                ]
            )
    y = table(p, 12, 64, simple_cols(72), rows, TableStyle(size=7.4, head_fill=0.85))
    y += 4
    summ = [[rate_label(r), money(n, ms), money(v, ms), money(g, ms)] for r, n, v, g in doc.rate_summary()]
    net, vat, gross = doc.totals()
    summ.append(["Razem", money(net, ms), money(vat, ms), money(gross, ms)])
    y = table(
        p,
        110,
        y,
        [Col("Stawka", 16, "c"), Col("Netto", 24, "r"), Col("VAT", 20, "r"), Col("Brutto", 26, "r")],
        summ,
        TableStyle(size=7.8),
    )
    p.text(15, y + 7, f"Do zapłaty: {money(gross, ms)} PLN", 11, "Sans-Bold")
    p.lines(
        15,
        y + 14,
        [
            "Kwoty KGO (koszty gospodarowania zużytym sprzętem) są zawarte w cenie towaru"
            " – art. 20 ust. 1 ustawy o ZSEE.",
            f"Przelew: {doc.bank}, termin: {date_fmt(doc.issue_date + timedelta(days=doc.due_days))}",
        ],
        7.5,
        lead=4,
    )
    return Sample(p.bytes(), (doc,))


def fam_ptu_letter_codes(rng: random.Random) -> Sample:
    """Retail chain invoice with PTU letters A/D/E per line and a legend; school computers at 0 % (art. 83)."""
    letters = {"23": "A", "8": "B", "5": "C", "0": "D", "zw": "E"}
    buyer = pick_jst(rng, powiat=False)
    comps = distinct(rng, HW[:3] + HW[9:], rng.randint(1, 2))
    acc = distinct(rng, SMALL, rng.randint(1, 3))
    items = [line(rng, e, rate="0", qty=rng.choice((5, 10, 12, 16, 20))) for e in comps]
    items += [line(rng, e, rate="23") for e in acc]
    if rng.random() < 0.5:
        items.append(
            line(
                rng, ("Szkolenie stanowiskowe z obsługi sprzętu dla nauczycieli", "usł.", (400, 900)), rate="zw", qty=1
            )
        )
    no = f"F{rng.randint(100, 999)}/{rng.randint(10000, 99999)}/26"
    seller = pick_seller(
        rng, rng.choice(("ELEKTRO-MARKET POLSKA SP. Z O.O.", "MEGATECH RETAIL S.A.", "SALONY RTV KOWALCZYK SP. Z O.O."))
    )  # printed in capitals
    doc = mk(rng, no, items, seller=seller, buyer=buyer)
    school = f"Szkoła Podstawowa nr {rng.randint(1, 4)} w {buyer.city.split(' ', 1)[1]}"
    ms = "space"
    p = Pdf()
    p.text(15, 16, seller.name, 11, "Cond-Bold")
    p.text(15, 21, f"Sklep nr {rng.randint(10, 380)}, {seller.street}, {seller.city}", 7.5, "Cond")
    p.text(15, 25, f"NIP {seller.nip}", 7.5, "Cond")
    p.text(p.w - 15, 18, f"FAKTURA NR {no}", 12, "Cond-Bold", "r")
    p.lines(
        p.w - 15,
        24,
        [f"data wystawienia {date_fmt(doc.issue_date)}", f"data sprzedaży {date_fmt(doc.sale_date)}"],
        8,
        "Cond",
        align="r",
        lead=4,
    )
    p.text(15, 38, "NABYWCA", 7.5, "Cond-Bold")
    p.lines(15, 42, [buyer.name, f"{buyer.street}, {buyer.city}", f"NIP {buyer.nip}"], 9, "Cond", lead=4.2)
    p.text(110, 38, "MIEJSCE DOSTAWY", 7.5, "Cond-Bold")
    p.lines(110, 42, [school, buyer.city], 9, "Cond", lead=4.2)
    cols = [
        Col("Lp", 7, "c"),
        Col("Nazwa", 78),
        Col("Ilość", 12, "r"),
        Col("Cena jedn. netto", 21, "r"),
        Col("Wartość netto", 22, "r"),
        Col("PTU", 9, "c"),
        Col("Wartość brutto", 24, "r"),
    ]
    rows = [
        [
            f"{k}",
            it.name,
            qty_fmt(it.qty),
            money(it.unit_price or 0, ms),
            money(it.net or 0, ms),
            letters[it.vat_rate or "23"],
            money(it.gross or 0, ms),
        ]
        for k, it in enumerate(items, 1)
    ]
    y = table(p, 15, 58, cols, rows, TableStyle(size=7.8, font="Cond", head_font="Cond-Bold", grid=False, rules=True))
    p.text(15, y + 5, "PTU: A – 23%   B – 8%   C – 5%   D – 0%   E – zw.", 7.5, "Cond")
    summ = [
        [f"Sprzedaż opodatkowana {letters[r]} {rate_label(r)}", money(n, ms), money(v, ms), money(g, ms)]
        for r, n, v, g in doc.rate_summary()
    ]
    net, vat, gross = doc.totals()
    summ.append(["SUMA", money(net, ms), money(vat, ms), money(gross, ms)])
    y = table(
        p,
        80,
        y + 9,
        [Col("", 50), Col("Netto", 20, "r"), Col("PTU", 18, "r"), Col("Brutto", 22, "r")],
        summ,
        TableStyle(size=7.8, font="Cond", head_font="Cond-Bold", grid=False, rules=True),
    )
    p.text(p.w - 15, y + 7, f"DO ZAPŁATY {money(gross, ms)} PLN", 12, "Cond-Bold", "r")
    p.lines(
        15,
        y + 14,
        [
            "Stawka 0% (D) – art. 83 ust. 1 pkt 26 lit. a ustawy o VAT, dostawa sprzętu komputerowego"
            " dla placówki oświatowej,",
            f"na podstawie potwierdzenia organu prowadzącego nr OR.{rng.randint(100, 999)}.2026 z dnia "
            f"{date_fmt(doc.issue_date - timedelta(days=3))}.",
            "Forma płatności: przelew 14 dni.",
        ],
        7.5,
        "Cond",
        lead=4,
    )
    return Sample(p.bytes(), (doc,))


def fam_uslugodawca_roman_dates(rng: random.Random) -> Sample:
    """'Usługodawca' / 'Usługobiorca' labels, a number with a Roman month, dates written '30.IV.2026 r.' in serif."""
    items = [line(rng, e) for e in distinct(rng, SERVICES, rng.randint(1, 3))]
    issue, _ = dates(rng)
    sale = issue - timedelta(days=rng.choice((0, 1, 3)))
    no = f"{rng.randint(1, 60):03d}/{ROMAN[issue.month - 1]}/2026"
    doc = mk(rng, no, items, issue_date=issue, sale_date=sale)
    ms = "space"
    p = Pdf()
    p.text(p.w - 20, 18, f"{doc.place}, {roman_date(issue)}", 9.5, "Serif", "r")
    p.text(20, 32, f"FAKTURA VAT Nr {no}", 14, "Serif-Bold")
    p.text(20, 38, f"Data wykonania usługi: {roman_date(sale)}", 9.5, "Serif")
    p.text(20, 50, "Usługodawca:", 9.5, "Serif-Bold")
    p.lines(
        20,
        55,
        [doc.seller.name, doc.seller.street, doc.seller.city, f"NIP {nip_fmt(doc.seller.nip, 'dash2')}"],
        9.5,
        "Serif",
        lead=4.4,
    )
    p.text(20, 78, "Usługobiorca:", 9.5, "Serif-Bold")
    p.lines(
        20,
        83,
        [doc.buyer.name, doc.buyer.street, doc.buyer.city, f"NIP {nip_fmt(doc.buyer.nip, 'dash2')}"],
        9.5,
        "Serif",
        lead=4.4,
    )
    cols = simple_cols(
        60,
        head=(
            "L.p.",
            "Nazwa usługi",
            "Ilość",
            "J.m.",
            "Cena jedn. netto",
            "Wartość netto",
            "St. VAT",
            "Podatek VAT",
            "Wartość z podatkiem",
        ),
    )
    y = table(
        p,
        14,
        106,
        cols,
        [full_row(it, k, ms) for k, it in enumerate(items, 1)],
        TableStyle(size=8, font="Serif", head_font="Serif-Bold"),
    )
    net, vat, gross = doc.totals()
    y += 6
    for lab, v in (("Wartość netto", net), ("Podatek VAT 23%", vat), ("Wartość z podatkiem", gross)):
        p.text(130, y, lab + ":", 9, "Serif")
        p.text(p.w - 16, y, f"{money(v, ms)} zł", 9, "Serif-Bold", "r")
        y += 5
    p.text(20, y + 6, f"Słownie złotych: {words_pln(gross)}", 9, "Serif")
    p.text(
        20,
        y + 12,
        f"Termin zapłaty: {roman_date(issue + timedelta(days=doc.due_days))}  przelewem na rachunek:",
        9,
        "Serif",
    )
    p.text(20, y + 17, doc.bank, 9, "Serif")
    signature_pair(p, y + 40, "usługobiorca", "usługodawca", "Serif")
    return Sample(p.bytes(), (doc,))


def fam_institute_long_legal_name(rng: random.Random) -> Sample:
    """State research institute or academy as seller: a long legal name over two lines, unit line, KRS/REGON."""
    name = rng.choice(
        (
            "Instytut Technologii Informacyjnych i Ochrony Danych – Państwowy Instytut Badawczy",
            "Narodowy Ośrodek Kompetencji Cyberbezpieczeństwa Samorządowego – Państwowy Instytut Badawczy",
            "Akademia Nauk Stosowanych im. Józefa Wybickiego w Kościerzynie Wschodniej",
        )
    )
    unit = rng.choice(
        (
            "Centrum Szkoleń i Certyfikacji",
            "Zakład Audytu Systemów Teleinformatycznych",
            "Dział Współpracy z Administracją Publiczną",
        )
    )
    seller = Party(name, rng.choice(SELLER_STREETS), rng.choice(SELLER_CITIES), make_nip(rng))
    items = [line(rng, e) for e in distinct(rng, SERVICES, rng.randint(1, 2))]
    items += [line(rng, e) for e in distinct(rng, TRAININGS[:3], rng.randint(1, 2))]
    no = f"{rng.randint(1, 900)}/{unit.split()[0][:3].upper()}/2026"
    doc = mk(rng, no, items, seller=seller)
    ms = "space"
    p = Pdf()
    y = p.lines(p.w / 2, 14, wrap(name, "Serif-Bold", 12, 150), 12, "Serif-Bold", align="c", lead=5.2)
    y = p.lines(
        p.w / 2,
        y,
        [
            unit,
            f"{seller.street}, {seller.city}",
            f"KRS 0000{rng.randint(100000, 999999)} · REGON {rng.randint(10**8, 10**9 - 1)} · "
            f"NIP {nip_fmt(seller.nip, 'dash')}",
        ],
        8,
        "Serif",
        align="c",
        lead=4,
    )
    p.hline(15, p.w - 15, y + 1, 0.4)
    p.text(15, y + 12, f"Faktura nr {no}", 13, "Serif-Bold")
    p.lines(
        p.w - 15,
        y + 8,
        [f"Data wystawienia: {date_fmt(doc.issue_date)}", f"Data wykonania: {date_fmt(doc.sale_date)}"],
        8.5,
        "Serif",
        align="r",
        lead=4.3,
    )
    p.rect(15, y + 18, 95, 26, 0.4)
    p.text(18, y + 23, "Nabywca", 8, "Serif-Bold")
    p.lines(
        18,
        y + 28,
        [doc.buyer.name, f"{doc.buyer.street}, {doc.buyer.city}", f"NIP {doc.buyer.nip}"],
        9,
        "Serif",
        lead=4.3,
    )
    y = table(
        p,
        15,
        y + 52,
        simple_cols(58),
        [full_row(it, k, ms) for k, it in enumerate(items, 1)],
        TableStyle(size=7.6, font="Serif", head_font="Serif-Bold", head_fill=0.9),
    )
    summ = [[rate_label(r), money(n, ms), money(v, ms), money(g, ms)] for r, n, v, g in doc.rate_summary()]
    net, vat, gross = doc.totals()
    summ.append(["Ogółem", money(net, ms), money(vat, ms), money(gross, ms)])
    y = table(
        p,
        105,
        y + 4,
        [Col("Stawka", 18, "c"), Col("Netto", 26, "r"), Col("VAT", 22, "r"), Col("Brutto", 26, "r")],
        summ,
        TableStyle(size=7.8, font="Serif", head_font="Serif-Bold"),
    )
    p.text(15, y + 7, f"Należność ogółem: {money(gross, ms)} zł", 10.5, "Serif-Bold")
    p.lines(
        15,
        y + 13,
        [
            "Pozycje ze stawką „zw” – zwolnienie na podstawie art. 43 ust. 1 pkt 29 lit. c ustawy o VAT.",
            f"Rachunek bankowy (NBP): {doc.bank}",
        ],
        7.8,
        "Serif",
        lead=4,
    )
    return Sample(p.bytes(), (doc,))


def fam_lp_restart_per_page(rng: random.Random) -> Sample:
    """Long table over pages: Lp. restarts at 1 on each page, no repeated heading, 'Suma strony' at each foot."""
    n = rng.randint(30, 40)
    entries = distinct(rng, SMALL, n)
    items = [line(rng, e, qty=rng.choice((1, 2, 4, 5, 10, 20, 25))) for e in entries]
    no = f"FS {rng.randint(100, 999)}/2026"
    doc = mk(rng, no, items)
    ms = "comma"
    p = Pdf()
    xs = (14, 22, 108, 122, 134, 156, 172, 190)  # lp | name | qty | unit | price | net | rate | gross
    p.text(14, 16, f"Faktura VAT {no}", 14, "Sans-Bold")
    p.lines(
        14,
        23,
        [f"Data wystawienia: {date_fmt(doc.issue_date, 'dash')}", f"Data sprzedaży: {date_fmt(doc.sale_date, 'dash')}"],
        8,
        lead=4,
    )
    p.text(14, 36, "Sprzedawca", 8, "Sans-Bold")
    p.lines(14, 40, party_block(doc.seller), 8.5, lead=4)
    p.text(110, 36, "Nabywca", 8, "Sans-Bold")
    p.lines(110, 40, party_block(doc.buyer), 8.5, lead=4)
    y = 62
    heads = ("Lp.", "Nazwa", "Ilość", "J.m.", "Cena netto", "Wart. netto", "VAT", "Wart. brutto")
    for x, h, a in zip(xs, heads, "llrlrrcr", strict=True):
        p.text(x + (10 if a == "r" else 0), y, h, 7.5, "Sans-Bold", a)
    p.hline(14, p.w - 10, y + 1.5, 0.6)
    y += 6
    per_page = []
    k = 0
    page_sum = Decimal(0)
    pages = 1
    for it in items:
        names = wrap(it.name, "Sans", 8.5, 82)
        if y + 4.4 * len(names) + 3 > p.h - 28:
            p.hline(14, p.w - 10, y, 0.4)
            p.text(p.w - 10, y + 5, f"Suma strony (netto): {money(page_sum, ms)}", 7.5, "Sans-Bold", "r")
            p.text(p.w / 2, p.h - 10, f"str. {pages}", 7, "Sans", "c")
            per_page.append(page_sum)
            p.c.showPage()
            p.page_no += 1
            pages += 1
            y, k, page_sum = 16, 0, Decimal(0)
        k += 1
        page_sum += it.net or 0
        cells = (
            f"{k}",
            "",
            qty_fmt(it.qty),
            it.unit,
            money(it.unit_price or 0, ms),
            money(it.net or 0, ms),
            rate_label(it.vat_rate),
            money(it.gross or 0, ms),
        )
        for x, c, a in zip(xs, cells, "llrlrrcr", strict=True):
            if c:
                p.text(x + (10 if a == "r" else 0), y, c, 8.5, "Sans", a)
        p.lines(xs[1], y, names, 8.5, lead=4.4)
        y += 4.4 * len(names) + 3
    p.hline(14, p.w - 10, y, 0.4)
    p.text(p.w - 10, y + 5, f"Suma strony (netto): {money(page_sum, ms)}", 7.5, "Sans-Bold", "r")
    y += 12
    summ = [[rate_label(r), money(nn, ms), money(v, ms), money(g, ms)] for r, nn, v, g in doc.rate_summary()]
    net, vat, gross = doc.totals()
    summ.append(["Razem", money(net, ms), money(vat, ms), money(gross, ms)])
    y = table(
        p,
        100,
        y,
        [Col("Stawka", 16, "c"), Col("Netto", 26, "r"), Col("VAT", 22, "r"), Col("Brutto", 26, "r")],
        summ,
        TableStyle(size=7.8),
    )
    p.text(14, y + 7, f"Do zapłaty: {money(gross, ms)} zł", 11, "Sans-Bold")
    p.text(14, y + 12, f"Słownie: {words_pln(gross)}", 8)
    p.text(p.w / 2, p.h - 10, f"str. {pages}", 7, "Sans", "c")
    return Sample(p.bytes(), (doc,))


def party_block(pt: Party) -> list[str]:
    return [pt.name, pt.street, pt.city, f"NIP: {pt.nip}"]


def fam_retention_deduction(rng: random.Random) -> Sample:
    """Implementation invoice: after the totals a retained guarantee deposit ('kaucja gwarancyjna 5 %') is deducted."""
    items = [line(rng, e, qty=1) for e in distinct(rng, SERVICES, rng.randint(1, 2))]
    items += [line(rng, e) for e in distinct(rng, SOFT, rng.randint(1, 2))]
    no = f"FV-{rng.randint(1, 300)}-2026"
    doc = mk(rng, no, items)
    ms = rng.choice(("space", "dot"))
    net, vat, gross = doc.totals()
    pct = rng.choice((5, 10))
    kaucja = q2(gross * pct / 100)
    p = Pdf()
    p.text(15, 18, doc.seller.name, 11, "Sans-Bold")
    p.text(15, 23, f"{doc.seller.street}, {doc.seller.city}, NIP {doc.seller.nip}", 7.8)
    p.rect(118, 12, 77, 22, 0.5)
    p.lines(
        121,
        18,
        [f"FAKTURA VAT {no}", f"wystawiona: {date_fmt(doc.issue_date)}", f"data wykonania: {date_fmt(doc.sale_date)}"],
        9,
        lead=5,
    )
    p.text(15, 42, "Zamawiający / Nabywca", 8, "Sans-Bold")
    p.lines(15, 47, party_block(doc.buyer), 9, lead=4.3)
    p.text(118, 42, "Umowa", 8, "Sans-Bold")
    p.lines(
        118,
        47,
        [
            f"nr {rng.randint(1, 80)}/ZP/2026 z dnia {date_fmt(doc.issue_date - timedelta(days=60))}",
            "Projekt: „Cyberbezpieczny Samorząd”",
        ],
        8.5,
        lead=4.3,
    )
    y = table(
        p,
        12,
        72,
        simple_cols(64),
        [full_row(it, k, ms) for k, it in enumerate(items, 1)],
        TableStyle(size=7.6, head_fill=0.9),
    )
    y += 6
    rows = [
        ("Razem netto", net),
        ("VAT 23%", vat),
        ("Razem brutto", gross),
        (f"Kaucja gwarancyjna zatrzymana ({pct}% wartości brutto, § 11 ust. 2 umowy)", -kaucja),
        ("Do zapłaty", gross - kaucja),
    ]
    for lab, v in rows:
        bold = lab in ("Razem brutto", "Do zapłaty")
        p.text(p.w - 50, y, lab + ":", 8.5, "Sans-Bold" if bold else "Sans", "r")
        p.text(p.w - 15, y, money(v, ms), 8.5, "Sans-Bold" if bold else "Sans", "r")
        y += 5
    p.text(15, y + 6, f"Kwota kaucji ({money(kaucja, ms)} zł) zostanie zwolniona po upływie okresu gwarancji.", 7.8)
    p.text(15, y + 11, f"Rachunek: {doc.bank}; termin płatności {doc.due_days} dni.", 7.8)
    return Sample(p.bytes(), (doc,))


def fam_correction_rate_23_to_0(rng: random.Random) -> Sample:
    """Correction 23 % → 0 % after the school's confirmation arrived: same nets, VAT goes, per-rate difference table."""
    buyer = pick_jst(rng, powiat=rng.random() < 0.3)
    entries = distinct(rng, HW[:3] + HW[9:], rng.randint(1, 3))
    before = [
        replace(line(rng, e, rate="23", qty=rng.choice((4, 8, 10, 15, 24))), before_correction=True) for e in entries
    ]
    after = []
    for it in before:
        after.append(replace(it, vat_rate="0", vat=Decimal(0), gross=it.net, before_correction=False))
    no = f"KOR/{rng.randint(1, 90)}/2026"
    orig = f"FV/{rng.randint(100, 900)}/2026"
    issue, _ = dates(rng)
    orig_date = issue - timedelta(days=rng.randint(12, 40))
    doc = mk(
        rng,
        no,
        before + after,
        buyer=buyer,
        kind="correction",
        issue_date=issue,
        sale_date=orig_date,
        corrected_number=orig,
        corrected_date=orig_date,
    )
    ms = "space"
    p = Pdf()
    p.text(15, 17, "FAKTURA KORYGUJĄCA", 15, "Sans-Bold")
    p.text(15, 24, f"nr {no}", 10, "Sans-Bold")
    p.lines(
        p.w - 15,
        15,
        [
            f"Data wystawienia: {date_fmt(issue)}",
            f"Data sprzedaży: {date_fmt(orig_date)}",
            f"Do faktury nr {orig} z dnia {date_fmt(orig_date)}",
        ],
        8,
        align="r",
        lead=4.2,
    )
    p.text(15, 36, "Sprzedawca", 8, "Sans-Bold")
    p.lines(15, 40, party_block(doc.seller), 8.5, lead=4)
    p.text(110, 36, "Nabywca", 8, "Sans-Bold")
    p.lines(110, 40, party_block(buyer), 8.5, lead=4)
    p.lines(
        15,
        62,
        [
            "Przyczyna korekty: otrzymanie potwierdzenia organu prowadzącego placówkę oświatową (art. 83 ust. 13–14",
            "ustawy o VAT) – zmiana stawki podatku z 23% na 0% dla sprzętu komputerowego.",
        ],
        8,
        lead=4,
    )
    st = TableStyle(size=7.6, head_fill=0.9)
    p.text(15, 74, "Przed korektą", 8.5, "Sans-Bold")
    y = table(p, 12, 76, simple_cols(64), [full_row(it, k, ms) for k, it in enumerate(before, 1)], st)
    p.text(15, y + 6, "Po korekcie", 8.5, "Sans-Bold")
    y = table(p, 12, y + 8, simple_cols(64), [full_row(it, k, ms) for k, it in enumerate(after, 1)], st)
    diffs = []
    b_sum = {r: (n, v, g) for r, n, v, g in doc.rate_summary(tuple(before))}
    a_sum = {r: (n, v, g) for r, n, v, g in doc.rate_summary(tuple(after))}
    for r in ("23", "0"):
        a = a_sum.get(r, (Decimal(0),) * 3)
        b = b_sum.get(r, (Decimal(0),) * 3)
        diffs.append([rate_label(r), *(money(x - z, ms) for x, z in zip(a, b, strict=True))])
    exp = doc.expected()
    diffs.append(
        [
            "Razem",
            money(Decimal(exp["net_total"]), ms),
            money(Decimal(exp["vat_total"]), ms),
            money(Decimal(exp["gross_total"]), ms),
        ]
    )
    p.text(95, y + 6, "Różnica (korekta)", 8.5, "Sans-Bold")
    y = table(
        p,
        95,
        y + 8,
        [Col("Stawka", 16, "c"), Col("Netto", 26, "r"), Col("VAT", 24, "r"), Col("Brutto", 26, "r")],
        diffs,
        TableStyle(size=7.8),
    )
    p.text(15, y + 7, f"Kwota do zwrotu nabywcy: {money(-Decimal(exp['gross_total']), ms)} zł", 10, "Sans-Bold")
    p.text(15, y + 13, f"Słownie: {words_pln(Decimal(exp['gross_total']))}", 8)
    return Sample(p.bytes(), (doc,))


def _protocol_items(rng: random.Random, n: tuple[int, int]) -> list[Item]:
    pool = HW + SOFT
    return [
        Item(e[0], Decimal(rng.choice((1, 1, 2, 3, 4, 5, 8, 10, 12))), e[1], None, None, None, None, None)
        for e in distinct(rng, pool, rng.randint(*n))
    ]


def fam_protocol_delay_penalty(rng: random.Random) -> Sample:
    """Final acceptance protocol recording a delay: contract and actual dates, days late, a contractual penalty."""
    items = _protocol_items(rng, (2, 5))
    no = f"{rng.randint(1, 30)}/PO/2026"
    contract_value = q2(Decimal(rng.randint(4000000, 40000000)) / 100)
    doc = mk(rng, no, items, kind="protocol", currency=None, sale_date=None, score_amounts=False)
    due = doc.issue_date - timedelta(days=rng.randint(3, 21))
    late = (doc.issue_date - due).days
    pct = Decimal(rng.choice(("0.1", "0.2", "0.5")))
    penalty = q2(contract_value * pct / 100 * late)
    p = Pdf()
    p.text(p.w / 2, 20, "PROTOKÓŁ ODBIORU KOŃCOWEGO", 14, "Sans-Bold", "c")
    p.text(p.w / 2, 26, f"nr {no}", 10, "Sans", "c")
    p.text(18, 38, f"sporządzony w dniu {date_fmt(doc.issue_date)} w siedzibie Zamawiającego", 9)
    p.text(18, 48, "Zamawiający:", 8.5, "Sans-Bold")
    p.lines(18, 53, party_block(doc.buyer), 9, lead=4.3)
    p.text(110, 48, "Wykonawca:", 8.5, "Sans-Bold")
    p.lines(110, 53, party_block(doc.seller), 9, lead=4.3)
    p.text(
        18,
        76,
        f"Przedmiot odbioru (umowa nr {rng.randint(1, 60)}/CG/2026, wynagrodzenie brutto {money(contract_value)} zł):",
        8.5,
    )
    y = table(
        p,
        18,
        80,
        [Col("Lp.", 10, "c"), Col("Nazwa", 112), Col("Ilość", 18, "r"), Col("J.m.", 16, "c"), Col("Uwagi", 18, "c")],
        [[f"{k}", it.name, qty_fmt(it.qty), it.unit, "bez uwag"] for k, it in enumerate(items, 1)],
        TableStyle(size=8),
    )
    y += 7
    for lab, v in (
        ("Termin wykonania wg umowy", date_fmt(due)),
        ("Data faktycznego wykonania", date_fmt(doc.issue_date)),
        ("Opóźnienie", f"{late} dni"),
        (
            "Kara umowna (§ 12 ust. 1 pkt 1 umowy)",
            f"{str(pct).replace('.', ',')}% × {money(contract_value)} zł × {late} dni = {money(penalty)} zł",
        ),
    ):
        p.text(18, y, lab + ":", 8.5)
        p.text(90, y, v, 8.5, "Sans-Bold")
        y += 5
    p.lines(
        18,
        y + 4,
        [
            "Zamawiający naliczy karę umowną notą obciążeniową i potrąci ją z wynagrodzenia.",
            "Przedmiot umowy odebrano bez zastrzeżeń co do jakości.",
        ],
        8.5,
        lead=4.5,
    )
    signature_pair(p, y + 32, "Zamawiający", "Wykonawca")
    return Sample(p.bytes(), (doc,))


def fam_protocol_annex_form_strike(rng: random.Random) -> Sample:
    """Contract annex form 'Załącznik nr X do umowy' filled in: options struck through, '* niepotrzebne skreślić'."""
    items = _protocol_items(rng, (1, 4))
    no = f"{rng.randint(1, 20)}/{2026}"
    doc = mk(rng, no, items, kind="protocol", currency=None, sale_date=None)
    p = Pdf()
    p.text(
        p.w - 18,
        14,
        f"Załącznik nr {rng.randint(3, 9)} do umowy nr {rng.randint(10, 99)}/IT/2026",
        8,
        "Sans-Italic",
        "r",
    )
    p.text(p.w / 2, 28, f"PROTOKÓŁ ODBIORU nr {no}", 13, "Sans-Bold", "c")
    head = "dostawy / usługi*"
    hx = p.w / 2 - _mm(head, "Sans", 9) / 2
    p.text(hx, 34, head, 9)
    _strike(p, hx, 34, head, "usługi*", 9)
    p.text(18, 46, f"Dnia {date_fmt(doc.issue_date)} r. w siedzibie Zamawiającego dokonano odbioru", 9)
    p.text(18, 52, "przedmiotu umowy zawartej pomiędzy:", 9)
    p.text(18, 60, f"Zamawiającym: {doc.buyer.name}, {doc.buyer.street}, {doc.buyer.city}, NIP {doc.buyer.nip}", 8.5)
    p.text(18, 66, f"a Wykonawcą: {doc.seller.name}, {doc.seller.street}, {doc.seller.city},", 8.5)
    p.text(18, 71, f"NIP {doc.seller.nip}", 8.5)
    y = table(
        p,
        18,
        80,
        [
            Col("Lp.", 10, "c"),
            Col("Przedmiot odbioru", 110),
            Col("Ilość", 16, "r"),
            Col("J.m.", 14, "c"),
            Col("Kompletny", 24, "c"),
        ],
        [[f"{k}.", it.name, qty_fmt(it.qty), it.unit, "TAK"] for k, it in enumerate(items, 1)],
        TableStyle(size=8, grid=True),
    )
    y += 8
    late = rng.random() < 0.3
    opts = [
        ("1. Przedmiot umowy został wykonany zgodnie / niezgodnie* z umową.", "niezgodnie*"),
        ("2. Odbiór następuje bez zastrzeżeń / z zastrzeżeniami*.", "z zastrzeżeniami*"),
        ("3. Termin wykonania został dotrzymany / przekroczony*.", "dotrzymany" if late else "przekroczony*"),
    ]
    for text, wrong in opts:
        p.text(18, y, text, 9)
        _strike(p, 18, y, text, wrong, 9)
        y += 6
    p.text(18, y + 2, "Uwagi: brak", 9)
    p.text(18, y + 10, "* niepotrzebne skreślić", 7, "Sans-Italic")
    signature_pair(p, y + 34, "Przedstawiciel Zamawiającego", "Przedstawiciel Wykonawcy")
    return Sample(p.bytes(), (doc,))


def _mm(s: str, font: str, size: float) -> float:
    return pdfmetrics.stringWidth(s, font, size) / MM


def _strike(p: Pdf, x: float, y: float, text: str, part: str, size: float, font: str = "Sans") -> None:
    """A pen line through `part` of `text` printed at (x, y)."""
    i = text.index(part)
    x0 = x + _mm(text[:i], font, size)
    p.hline(x0 - 0.5, x0 + _mm(part, font, size) + 0.5, y - size * 0.12, 0.7)


_WORDS = {
    1: "jedna",
    2: "dwie",
    3: "trzy",
    4: "cztery",
    5: "pięć",
    6: "sześć",
    8: "osiem",
    10: "dziesięć",
    12: "dwanaście",
    15: "piętnaście",
    20: "dwadzieścia",
    24: "dwadzieścia cztery",
    30: "trzydzieści",
}


def fam_protocol_qty_in_words(rng: random.Random) -> Sample:
    """Handover protocol in legal style: each quantity written '4 (słownie: cztery) szt.' in the item's line of text."""
    pool = HW + SOFT
    items = [
        Item(e[0], Decimal(rng.choice(tuple(_WORDS))), e[1], None, None, None, None, None)
        for e in distinct(rng, pool, rng.randint(2, 5))
    ]
    no = f"PZO/{rng.randint(1, 99):02d}/2026"
    doc = mk(rng, no, items, kind="protocol", currency=None, sale_date=None)
    f, fb = "Serif", "Serif-Bold"
    p = Pdf()
    p.text(p.w / 2, 22, "PROTOKÓŁ ZDAWCZO-ODBIORCZY", 13, fb, "c")
    p.text(p.w / 2, 28, f"Nr {no}", 10, f, "c")
    y = p.lines(
        20,
        40,
        [
            f"Sporządzony dnia {date_fmt(doc.issue_date, 'words_r')} pomiędzy:",
            f"{doc.seller.name} z siedzibą: {doc.seller.street}, {doc.seller.city}, "
            f"NIP {nip_fmt(doc.seller.nip, 'dash')},",
            "zwanym dalej „Przekazującym”,",
            f"a {doc.buyer.name}, {doc.buyer.street}, {doc.buyer.city}, NIP {nip_fmt(doc.buyer.nip, 'dash')},",
            "zwanym dalej „Przejmującym”.",
            "",
            "§ 1. Przekazujący przekazuje, a Przejmujący przyjmuje następujące składniki:",
        ],
        9,
        f,
        lead=5,
    )
    for k, it in enumerate(items, 1):
        q = int(it.qty)
        word = _WORDS[q]
        unit = "szt." if it.unit == "szt." else it.unit
        text = f"{k}) {it.name} – {q} (słownie: {word}) {unit}"
        y = p.lines(26, y + 1, wrap(text, f, 9, 160), 9, f, lead=4.6)
    p.lines(
        20,
        y + 6,
        [
            "§ 2. Przejmujący potwierdza kompletność i sprawność przejętych składników.",
            "§ 3. Protokół sporządzono w dwóch jednobrzmiących egzemplarzach, po jednym dla każdej ze stron.",
        ],
        9,
        f,
        lead=5,
    )
    signature_pair(p, y + 40, "Przekazujący", "Przejmujący", f)
    return Sample(p.bytes(), (doc,))


CPV_BY_WORD = (
    ("Notebook", "30213100-6"),
    ("Tablet", "30213200-7"),
    ("Komputer", "30213300-8"),
    ("Monitor", "30231300-0"),
    ("Drukarka", "30232110-8"),
    ("UPS", "31154000-0"),
    ("NAS", "30233000-1"),
    ("Przełącznik", "32420000-3"),
    ("Firewall", "32420000-3"),
)


def fam_cpv_procurement_column(rng: random.Random) -> Sample:
    """Public-procurement invoice: a 'Kod CPV' column before the name, the tender reference 'ZP.271…' in the header."""
    cpv = {"szt.": "30213100-6", "lic.": "48760000-3", "usł.": "72000000-5"}
    items = [
        line(rng, e) for e in distinct(rng, HW, rng.randint(1, 3)) + distinct(rng, SOFT + SERVICES, rng.randint(1, 2))
    ]
    no = f"{rng.randint(1, 9)}/{rng.randint(1, 12):02d}/2026/ZP"
    doc = mk(rng, no, items)
    ms = rng.choice(("space", "comma"))
    p = Pdf()
    p.text(14, 16, f"FAKTURA VAT nr {no}", 13, "Cond-Bold")
    p.lines(
        14,
        23,
        [
            f"Postępowanie: ZP.271.{rng.randint(1, 30)}.2026 – tryb podstawowy (art. 275 pkt 1 Pzp)",
            f"Umowa: {rng.randint(1, 50)}/2026 z dnia {date_fmt(doc.issue_date - timedelta(days=45))}",
        ],
        8,
        "Cond",
        lead=4,
    )
    p.lines(
        p.w - 14,
        16,
        [f"Data wystawienia {date_fmt(doc.issue_date)}", f"Data dostawy {date_fmt(doc.sale_date)}"],
        8,
        "Cond",
        align="r",
        lead=4,
    )
    p.text(14, 38, "Sprzedawca (Wykonawca)", 7.5, "Cond-Bold")
    p.lines(14, 42, party_block(doc.seller), 8.5, "Cond", lead=4)
    p.text(110, 38, "Nabywca (Zamawiający)", 7.5, "Cond-Bold")
    p.lines(110, 42, party_block(doc.buyer), 8.5, "Cond", lead=4)
    cols = [
        Col("Lp.", 7, "c"),
        Col("Kod CPV", 18, "c"),
        Col("Nazwa", 58),
        Col("Ilość", 11, "r"),
        Col("J.m.", 9, "c"),
        Col("Cena netto", 18, "r"),
        Col("Netto", 20, "r"),
        Col("VAT", 9, "c"),
        Col("Kwota VAT", 17, "r"),
        Col("Brutto", 20, "r"),
    ]
    rows = []
    for k, it in enumerate(items, 1):
        c = next((code for word, code in CPV_BY_WORD if word in it.name), cpv.get(it.unit, "30200000-1"))
        rows.append(
            [
                f"{k}",
                c,
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
    net, vat, gross = doc.totals()
    rows.append(["", "", "RAZEM", "", "", "", money(net, ms), "", money(vat, ms), money(gross, ms)])
    y = table(p, 12, 64, cols, rows, TableStyle(size=7.4, font="Cond", head_font="Cond-Bold", grid=True))
    p.text(
        14,
        y + 7,
        f"Do zapłaty: {money(gross, ms)} zł, przelewem w terminie 30 dni od doręczenia faktury.",
        9,
        "Cond-Bold",
    )
    p.text(14, y + 12, f"Rachunek: {doc.bank}", 8, "Cond")
    return Sample(p.bytes(), (doc,))


def fam_dostawca_odbiorca_labels(rng: random.Random) -> Sample:
    """Old-style invoice whose only parties are 'Dostawca' and 'Odbiorca' (the buyer); '1 234,56 PLN', ISO dates."""
    items = [line(rng, e) for e in distinct(rng, HW + SOFT + SMALL[:10], rng.randint(2, 6))]
    no = f"{rng.randint(1, 999):03d}/FV/26"
    doc = mk(rng, no, items)
    ms = "space"

    def pln(x: Decimal) -> str:
        return f"{money(x, ms)} PLN"

    p = Pdf()
    p.text(15, 18, "F A K T U R A   V A T", 12, "Mono-Bold")
    p.text(15, 24, f"NR: {no}", 10, "Mono")
    p.lines(
        120,
        16,
        [
            f"Data wyst.:  {date_fmt(doc.issue_date, 'iso')}",
            f"Data dost.:  {date_fmt(doc.sale_date, 'iso')}",
            f"Płatność:    przelew {doc.due_days} dni",
        ],
        8.5,
        "Mono",
        lead=4.2,
    )
    p.rect(15, 34, 88, 28, 0.4)
    p.text(18, 39, "DOSTAWCA", 8, "Mono-Bold")
    p.lines(18, 44, party_block(doc.seller), 8.2, "Mono", lead=4)
    p.rect(107, 34, 88, 28, 0.4)
    p.text(110, 39, "ODBIORCA", 8, "Mono-Bold")
    p.lines(110, 44, party_block(doc.buyer), 8.2, "Mono", lead=4)
    cols = [
        Col("Lp", 7, "c"),
        Col("Towar/usługa", 62),
        Col("Ilość", 11, "r"),
        Col("Jm", 9, "c"),
        Col("Cena", 20, "r"),
        Col("Wartość", 26, "r"),
        Col("%", 8, "c"),
        Col("Brutto", 27, "r"),
    ]
    rows = [
        [
            f"{k}",
            it.name,
            qty_fmt(it.qty),
            it.unit,
            money(it.unit_price or 0, ms),
            pln(it.net or 0),
            rate_label(it.vat_rate, "n"),
            pln(it.gross or 0),
        ]
        for k, it in enumerate(items, 1)
    ]
    y = table(p, 15, 70, cols, rows, TableStyle(size=7.3, font="Mono", head_font="Mono-Bold", grid=False, rules=True))
    net, vat, gross = doc.totals()
    y += 6
    for lab, v in (("Wartość netto:", net), ("Podatek VAT:", vat), ("Wartość brutto:", gross)):
        p.text(120, y, lab, 8.5, "Mono")
        p.text(p.w - 15, y, pln(v), 8.5, "Mono-Bold", "r")
        y += 4.6
    p.text(15, y + 6, f"Słownie: {words_pln(gross)}", 8, "Mono")
    p.text(15, y + 11, f"Konto: {doc.bank}", 8, "Mono")
    signature_pair(p, y + 32, "odbiorca", "dostawca", "Mono")
    return Sample(p.bytes(), (doc,))
