"""BLIND-3 families (fresh batch). Not to be opened by the parser engineer; measured once, at the end.

Layouts written for this batch only. They share the data model (`Doc`, `Item`, `make_line`) and the page
canvas (`Pdf`) of `kit.py`, but their own sellers, their own IT catalogue with long multi-line names,
real municipalities and counties from the TERYT register (2024) as buyers, and their own table drawing,
so that no layout inherits the look of `families/`, `blind/` or `blind2/`.

Focus of the batch: party blocks in many positions and under many labels (Wystawca/Odbiorca,
Dostawca/Zamawiający, Podatnik, a gmina buying with a separate budget unit as Odbiorca, NIP printed as
"123-456-78-90", "PL1234567890", "N I P"), item names wrapped over several lines, quantities printed with
their unit ("2 szt.", "1 kpl"), two-page documents, and KSeF-era printouts (no XML).
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

from reportlab.pdfbase import pdfmetrics

from tests.corpus.extract.kit import (
    MM,
    Doc,
    Item,
    Party,
    Pdf,
    make_like,
    make_line,
    make_nip,
    money,
    q2,
    qty_fmt,
    rate_label,
    words_pln,
    wrap,
)
from tests.corpus.extract.registry import Sample

# --------------------------------------------------------------------------------------------------
# Data of this batch

# Real municipalities and counties (TERYT TERC 2024-01-01, /work/shared/data/teryt); the addresses are
# plausible, not looked up. (name, street, "00-000 Town", office or other second line)
GMINY: tuple[tuple[str, str, str, str], ...] = (
    ("Gmina Kołbaskowo", "Kołbaskowo 106", "72-001 Kołbaskowo", "Urząd Gminy Kołbaskowo"),
    ("Gmina Rozdrażew", "ul. Rynek 3", "63-708 Rozdrażew", "Urząd Gminy Rozdrażew"),
    ("Gmina Bobrowice", "Bobrowice 40", "66-627 Bobrowice", "Urząd Gminy Bobrowice"),
    ("Gmina Lipsk", "ul. Rynek 26", "16-315 Lipsk", "Urząd Miejski w Lipsku"),
    ("Gmina Węgorzyno", "ul. Rynek 1", "73-155 Węgorzyno", "Urząd Gminy w Węgorzynie"),
    ("Gmina Skalbmierz", "ul. Rynek 4", "28-530 Skalbmierz", "Urząd Miasta i Gminy Skalbmierz"),
    ("Gmina Goleniów", "pl. Lotników 1", "72-100 Goleniów", "Urząd Gminy i Miasta w Goleniowie"),
    ("Gmina Świekatowo", "ul. Dworcowa 1", "86-182 Świekatowo", "Urząd Gminy Świekatowo"),
    ("Gmina Radków", "ul. Rynek 1", "57-420 Radków", "Urząd Miasta i Gminy Radków"),
    ("Gmina Gnojno", "Gnojno 42", "28-114 Gnojno", "Urząd Gminy Gnojno"),
    ("Gmina Stanisławów", "ul. Rynek 32", "05-304 Stanisławów", "Urząd Gminy Stanisławów"),
    ("Gmina Raszków", "ul. Rynek 32", "63-440 Raszków", "Urząd Miasta i Gminy Raszków"),
    ("Gmina Miasta Bochnia", "ul. Kazimierza Wielkiego 2", "32-700 Bochnia", "Urząd Miasta Bochnia"),
    ("Gmina Tuczępy", "Tuczępy 30", "28-142 Tuczępy", "Urząd Gminy Tuczępy"),
    ("Gmina Sompolno", "ul. Piotrkowska 1", "62-610 Sompolno", "Urząd Miejski w Sompolnie"),
    ("Miasto Ostrów Wielkopolski", "al. Powstańców Wielkopolskich 18", "63-400 Ostrów Wielkopolski", ""),
    ("Gmina Miedziana Góra", "ul. Urzędnicza 18", "26-085 Miedziana Góra", "Urząd Gminy Miedziana Góra"),
    ("Gmina Kutno", "ul. Kościuszki 22", "99-300 Kutno", "Urząd Gminy Kutno"),
    ("Gmina Andrychów", "ul. Rynek 15", "34-120 Andrychów", "Urząd Miejski w Andrychowie"),
    ("Gmina Szamocin", "ul. Dworcowa 1", "64-820 Szamocin", "Urząd Miasta i Gminy w Szamocinie"),
    ("Gmina Kuźnica", "ul. Grodzieńska 7", "16-123 Kuźnica", "Urząd Gminy Kuźnica"),
    ("Gmina Prochowice", "ul. Rynek 1", "59-230 Prochowice", "Urząd Miasta i Gminy Prochowice"),
    ("Gmina Jeżewo", "ul. Świecka 12", "86-131 Jeżewo", "Urząd Gminy Jeżewo"),
    ("Gmina Koluszki", "ul. 11 Listopada 65", "95-040 Koluszki", "Urząd Miejski w Koluszkach"),
    ("Gmina Barlinek", "ul. Niepodległości 20", "74-320 Barlinek", "Urząd Miejski w Barlinku"),
    ("Gmina Raciążek", "ul. Kościuszki 1", "87-721 Raciążek", "Urząd Gminy Raciążek"),
    ("Miasto Węgrów", "ul. Rynek Mariacki 9", "07-100 Węgrów", "Urząd Miasta Węgrów"),
    ("Gmina Szczawno-Zdrój", "ul. Kościuszki 17", "58-310 Szczawno-Zdrój", "Urząd Miejski w Szczawnie-Zdroju"),
    ("Miasto Otwock", "ul. Armii Krajowej 5", "05-400 Otwock", "Urząd Miasta Otwocka"),
    ("Gmina Wodzisław", "ul. Rynek 8", "28-330 Wodzisław", "Urząd Gminy Wodzisław"),
    ("Gmina Miasto Darłowo", "pl. Tadeusza Kościuszki 9", "76-150 Darłowo", "Urząd Miejski w Darłowie"),
    ("Gmina Sztum", "ul. Mickiewicza 39", "82-400 Sztum", "Urząd Miasta i Gminy w Sztumie"),
    ("Gmina Kulesze Kościelne", "ul. Główna 6", "18-208 Kulesze Kościelne", "Urząd Gminy Kulesze Kościelne"),
    ("Gmina Koszęcin", "ul. Powstańców Śląskich 10", "42-286 Koszęcin", "Urząd Gminy Koszęcin"),
    ("Gmina Kożuchów", "ul. Rynek 1", "67-120 Kożuchów", "Urząd Miejski w Kożuchowie"),
    ("Gmina Strzyżów", "ul. Przecławczyka 5", "38-100 Strzyżów", "Urząd Miejski w Strzyżowie"),
    ("Gmina Jeziorzany", "ul. Rynek 1", "21-146 Jeziorzany", "Urząd Gminy Jeziorzany"),
    ("Gmina Ciepłowody", "ul. Kolejowa 12", "57-211 Ciepłowody", "Urząd Gminy Ciepłowody"),
)
POWIATY: tuple[tuple[str, str, str, str], ...] = (
    ("Powiat Słubicki", "ul. Piłsudskiego 20", "69-100 Słubice", "Starostwo Powiatowe w Słubicach"),
    ("Powiat Kętrzyński", "ul. Wojska Polskiego 11", "11-400 Kętrzyn", "Starostwo Powiatowe w Kętrzynie"),
    ("Powiat Proszowicki", "ul. Kopernika 13", "32-100 Proszowice", "Starostwo Powiatowe w Proszowicach"),
    ("Powiat Mikołowski", "ul. Żwirki i Wigury 4a", "43-190 Mikołów", "Starostwo Powiatowe w Mikołowie"),
    ("Powiat Brzeski", "ul. Robotnicza 20", "49-300 Brzeg", "Starostwo Powiatowe w Brzegu"),
    ("Powiat Sztumski", "ul. Mickiewicza 31", "82-400 Sztum", "Starostwo Powiatowe w Sztumie"),
    ("Powiat Wolsztyński", "ul. Doktora Kocha 12", "64-200 Wolsztyn", "Starostwo Powiatowe w Wolsztynie"),
)
# budget units of a gmina that receive the goods (their own name, the gmina is the buyer)
UNITS = (
    "Szkoła Podstawowa im. Marii Konopnickiej",
    "Gminny Ośrodek Pomocy Społecznej",
    "Gminne Centrum Kultury i Biblioteka",
    "Zespół Obsługi Szkół i Przedszkoli",
    "Zakład Gospodarki Komunalnej",
    "Środowiskowy Dom Samopomocy",
)

SELLERS = (
    "Warmińskie Centrum Informatyki Sp. z o.o.",
    "INFO-SYSTEM Paweł Kaczmarek",
    "Bezpieczne Sieci Sp. z o.o.",
    "TeleData Serwis Sp. z o.o. sp.k.",
    "Przedsiębiorstwo Usług Informatycznych „PUI-NET” Krzysztof Michalak",
    "Grenz-IT Systemhaus Sp. z o.o.",
    "KomputerSerwis Adam Wójcik",
    "SecureOffice S.A.",
    "Net-Projekt Sp. z o.o.",
    "ITS Integracja Systemów Sp. z o.o.",
    "Zakład Elektroniki i Informatyki ZEI s.c. R. Pawlak, M. Pawlak",
    "CloudGov Polska Sp. z o.o.",
    "Nadwiślańska Hurtownia Komputerowa Sp. z o.o.",
    "Lubuskie Centrum Cyberbezpieczeństwa Sp. z o.o.",
    "DigiSam Ewa Lewandowska",
    "Pomorskie Systemy Informatyczne PSI Sp. z o.o.",
)
SELLER_STREETS = (
    "ul. Składowa 12",
    "ul. Fabryczna 4/6",
    "ul. Wojska Polskiego 77",
    "ul. Hallera 3 lok. 14",
    "ul. Zwycięstwa 108",
    "ul. Poznańska 16C",
    "ul. Krakowska 222",
    "ul. Jagiellońska 5",
    "ul. Traugutta 41",
    "al. Niepodległości 18",
)
SELLER_CITIES = (
    "10-691 Olsztyn",
    "75-736 Koszalin",
    "66-400 Gorzów Wielkopolski",
    "62-800 Kalisz",
    "33-100 Tarnów",
    "87-100 Toruń",
    "26-600 Radom",
    "43-300 Bielsko-Biała",
    "58-500 Jelenia Góra",
    "22-400 Zamość",
)

# name, unit, (low, high) unit net price, VAT rate, PKWiU, CN, GTU — long names wrap in narrow columns
CAT: tuple[tuple[str, str, tuple[int, int], str, str, str, str], ...] = (
    (
        "Komputer stacjonarny HP Pro Tower 400 G9, Intel Core i5-13500, 16 GB DDR4, SSD 512 GB NVMe, "
        "Windows 11 Pro, gwarancja 36 mies. on-site",
        "szt.",
        (3100, 3700),
        "23",
        "26.20.15.0",
        "8471 41 00",
        "GTU_06",
    ),
    (
        'Notebook Fujitsu LIFEBOOK U7413 14" i5-1335U/16GB/512GB SSD/Win11Pro z torbą i myszą',
        "szt.",
        (4200, 5100),
        "23",
        "26.20.11.0",
        "8471 30 00",
        "GTU_06",
    ),
    (
        "Serwer NAS QNAP TS-873A-8G z dyskami 4x WD Red Plus 6 TB (kopie zapasowe urzędu)",
        "kpl",
        (8900, 11200),
        "23",
        "26.20.21.0",
        "8471 70 50",
        "GTU_06",
    ),
    (
        "Firewall nowej generacji Stormshield SN310 z pakietem UTM i wsparciem producenta na 36 miesięcy",
        "kpl",
        (9800, 12800),
        "23",
        "26.30.11.0",
        "8517 62 00",
        "GTU_06",
    ),
    (
        "Przełącznik sieciowy Cisco Catalyst 1000-24P-4G-L PoE+",
        "szt.",
        (3300, 4100),
        "23",
        "26.30.23.0",
        "8517 62 00",
        "GTU_06",
    ),
    ("Licencja Windows Server 2022 Standard 16 Core OEM", "lic.", (3500, 4200), "23", "58.29.11.0", "", ""),
    (
        "Pakiet licencji CAL Windows Server 2022 User (5 użytkowników)",
        "op.",
        (1100, 1500),
        "23",
        "58.29.11.0",
        "",
        "",
    ),
    (
        "Oprogramowanie antywirusowe Bitdefender GravityZone Business Security Premium – licencja na 24 miesiące",
        "lic.",
        (210, 330),
        "23",
        "58.29.50.0",
        "",
        "",
    ),
    ("Zasilacz UPS CyberPower OLS3000ERT2UA 3000 VA on-line", "szt.", (4100, 4900), "23", "27.90.11.0", "", ""),
    ('Monitor iiyama ProLite XUB2493HS-B5 24" IPS', "szt.", (560, 690), "23", "26.20.17.0", "8528 52 10", ""),
    ("Skaner dokumentów Fujitsu fi-8170 (ADF, dupleks)", "szt.", (3900, 4600), "23", "26.20.16.0", "8471 60 70", ""),
    (
        "Urządzenie wielofunkcyjne Brother MFC-L8900CDW kolor A4 z tonerami startowymi",
        "szt.",
        (2600, 3300),
        "23",
        "26.20.16.0",
        "8443 31 80",
        "",
    ),
    (
        "Dysk zewnętrzny szyfrowany Kingston IronKey Vault Privacy 80 1 TB",
        "szt.",
        (780, 980),
        "23",
        "26.20.21.0",
        "",
        "",
    ),
    ("Token U2F/FIDO2 Feitian ePass K9", "szt.", (130, 190), "23", "26.20.30.0", "", ""),
    (
        "Usługa wdrożenia polityki haseł i uwierzytelniania wieloskładnikowego w domenie urzędu wraz z "
        "dokumentacją powdrożeniową",
        "usł.",
        (5200, 8800),
        "23",
        "62.09.20.0",
        "",
        "GTU_12",
    ),
    (
        "Przeprowadzenie testów penetracyjnych infrastruktury zewnętrznej i sieci wewnętrznej urzędu, raport z "
        "rekomendacjami",
        "usł.",
        (11000, 19000),
        "23",
        "62.02.30.0",
        "",
        "GTU_12",
    ),
    (
        "Szkolenie e-learningowe „Bezpieczny pracownik JST” – dostęp dla 1 osoby na 12 miesięcy",
        "os.",
        (95, 160),
        "zw",
        "85.59.13.0",
        "",
        "",
    ),
    (
        "Aktualizacja dokumentacji SZBI i analiza ryzyka zgodnie z KRI",
        "usł.",
        (6500, 12500),
        "23",
        "62.02.30.0",
        "",
        "GTU_12",
    ),
    ("Usługa konfiguracji i uruchomienia serwera kopii zapasowych", "usł.", (2400, 4800), "23", "62.09.20.0", "", ""),
    (
        "Kabel krosowy U/UTP kat. 6 1 m (opak. 10 szt.)",
        "op.",
        (60, 95),
        "23",
        "27.32.13.0",
        "8544 42 90",
        "",
    ),
    (
        'Szafa serwerowa stojąca 19" 32U 600x800 z listwą zasilającą i półką',
        "kpl",
        (2100, 3100),
        "23",
        "27.33.13.0",
        "9403 20 80",
        "",
    ),
    (
        "Abonament na system kopii zapasowych w chmurze (1 TB, 12 mies.)",
        "usł.",
        (1900, 3200),
        "23",
        "63.11.13.0",
        "",
        "GTU_12",
    ),
)
GOODS = tuple(i for i, c in enumerate(CAT) if c[1] not in ("usł.", "os."))
SERVICES = tuple(i for i, c in enumerate(CAT) if c[1] in ("usł.", "os."))
HARDWARE = tuple(i for i, c in enumerate(CAT) if c[1] in ("szt.", "kpl"))
SHORT = tuple(i for i, c in enumerate(CAT) if len(c[0]) < 70)


def wrapk(s: str, font: str, size: float, width_mm: float) -> list[str]:
    """Wrap on words, never inside 'Sp. z o.o.' or between 'NIP' and its number."""
    glue = s.replace("Sp. z o.o.", "Sp.\x00z\x00o.o.").replace("NIP PL", "NIP\x00PL").replace("NIP: ", "NIP:\x00")
    return [ln.replace("\x00", " ") for ln in wrap(glue, font, size, width_mm)]


def chop(s: str, font: str, size: float, width_mm: float) -> list[str]:
    """Split a string without spaces (a URL) into lines that fit."""
    out, cur = [], ""
    for ch in s:
        if cur and width(cur + ch, font, size) > width_mm:
            out.append(cur)
            cur = ""
        cur += ch
    return [*out, cur] if cur else out


def nip_dash(nip: str) -> str:
    return f"{nip[:3]}-{nip[3:6]}-{nip[6:8]}-{nip[8:]}"


def iban_spaced(bank: str) -> str:
    digits = bank[2:]
    return digits[:2] + " " + " ".join(digits[i : i + 4] for i in range(2, 26, 4))


def regon(rng: random.Random) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(9))


def town(p: Party) -> str:
    return p.city.split(" ", 1)[1]


def pick_seller(rng: random.Random) -> Party:
    return Party(rng.choice(SELLERS), rng.choice(SELLER_STREETS), rng.choice(SELLER_CITIES), make_nip(rng))


def pick_gmina(rng: random.Random, *, powiat: bool = False) -> Party:
    name, street, city, office = rng.choice(POWIATY if powiat else GMINY)
    return Party(name, street, city, make_nip(rng), (office,) if office else ())


def pick_unit(rng: random.Random, buyer: Party) -> Party:
    """A budget unit of the buyer that receives the goods (no NIP of its own printed on the invoice)."""
    return Party(rng.choice(UNITS), rng.choice(("ul. Szkolna 2", "ul. Ogrodowa 5", "ul. Kościelna 1")), buyer.city, "")


def build_doc(
    rng: random.Random,
    number: str,
    *,
    n: tuple[int, int] = (2, 5),
    pool: Sequence[int] = (),
    buyer: Party | None = None,
    seller: Party | None = None,
    kind: str = "invoice",
    currency: str | None = "PLN",
    sale_back: Sequence[int] = (0, 0, 1, 2, 3, 6),
) -> Doc:
    seller = seller or pick_seller(rng)
    buyer = buyer or pick_gmina(rng, powiat=rng.random() < 0.2)
    while buyer.nip == seller.nip:
        buyer = replace(buyer, nip=make_nip(rng))
    issue = date(2026, 1, 7) + timedelta(days=rng.randint(0, 320))
    sale = issue - timedelta(days=rng.choice(tuple(sale_back)))
    k = rng.randint(*n)
    idx = list(pool) if pool else list(range(len(CAT)))
    chosen = rng.sample(idx, min(k, len(idx)))
    items = tuple(make_line(rng, CAT[i]) for i in chosen)
    return Doc(
        kind=kind,
        number=number,
        issue_date=issue,
        sale_date=sale,
        seller=seller,
        buyer=buyer,
        currency=currency,
        items=items,
        place=town(seller),
        due_days=rng.choice((14, 21, 30)),
        bank="PL" + "".join(str(rng.randint(0, 9)) for _ in range(26)),
    )


def with_number(doc: Doc, number: str) -> Doc:
    return replace(doc, number=number)


# ---- dates ----------------------------------------------------------------------------------------


def dmy(d: date, sep: str = ".") -> str:
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"


def ymd(d: date, sep: str = "-") -> str:
    return f"{d.year}{sep}{d.month:02d}{sep}{d.day:02d}"


def due(doc: Doc) -> date:
    return doc.issue_date + timedelta(days=doc.due_days)


def sale(doc: Doc) -> date:
    return doc.sale_date or doc.issue_date


def qu(it: Item, ms: str = "space") -> str:
    """Quantity with its unit in one cell: '2 szt.', '1 kpl'."""
    return f"{qty_fmt(it.qty, ms)} {it.unit}"


# ---- drawing helpers of this batch ----------------------------------------------------------------


def width(s: str, font: str, size: float) -> float:
    return float(pdfmetrics.stringWidth(s, font, size)) / MM


def cell_text(p: Pdf, x: float, w: float, y: float, s: str, size: float, font: str, align: str, pad: float) -> None:
    if align == "r":
        p.text(x + w - pad, y, s, size, font, "r")
    elif align == "c":
        p.text(x + w / 2, y, s, size, font, "c")
    else:
        p.text(x + pad, y, s, size, font)


def draw_table(
    p: Pdf,
    x: float,
    y: float,
    cols: Sequence[tuple[str, float, str]],
    rows: Sequence[Sequence[str]],
    *,
    size: float = 8,
    font: str = "Sans",
    hfont: str = "Sans-Bold",
    hsize: float | None = None,
    style: str = "grid",  # grid | rules | dotted | open
    head_fill: float | None = None,
    zebra: float | None = None,
    pad: float = 1.3,
    bold_rows: Sequence[int] = (),
    full_rows: dict[int, float] | None = None,  # row index -> fill: the row is one cell spanning the table
    head: bool = True,
) -> float:
    """A table whose header titles may hold '\\n'; cells wrap on words. Returns y under the table."""
    hsize = hsize or size
    lead = size * 0.43
    total = sum(c[1] for c in cols)
    xs = [x]
    for c in cols[:-1]:
        xs.append(xs[-1] + c[1])
    if head:
        titles = [[ln for t in title.split("\n") for ln in wrap(t, hfont, hsize, w - 2 * pad)] for title, w, _ in cols]
        h = max(len(t) for t in titles) * hsize * 0.43 + 2 * pad
        if head_fill is not None:
            p.rect(x, y, total, h, 0, fill=head_fill)
        for (_t, w, al), lines, cx in zip(cols, titles, xs, strict=True):
            yy = y + pad + hsize * 0.36
            for ln in lines:
                cell_text(p, cx, w, yy, ln, hsize, hfont, "c" if al == "c" else al, pad)
                yy += hsize * 0.43
        _rule(p, x, y, total, h, xs, cols, style, header=True)
        y += h
    for ri, row in enumerate(rows):
        rfont = hfont if ri in bold_rows else font
        if full_rows and ri in full_rows:
            h = size * 0.43 + 2 * pad
            if full_rows[ri] < 1:
                p.rect(x, y, total, h, 0, fill=full_rows[ri])
            p.text(x + pad, y + pad + size * 0.36, row[0], size, hfont)
            _rule(p, x, y, total, h, [x], [("", total, "l")], style, header=False)
            y += h
            continue
        cells = [
            (wrapk(v, rfont, size, w - 2 * pad) if al == "l" else [v]) if v else [""]
            for v, (_, w, al) in zip(row, cols, strict=True)
        ]
        h = max(len(c) for c in cells) * lead + 2 * pad
        if zebra is not None and ri % 2 == 1:
            p.rect(x, y, total, h, 0, fill=zebra)
        for (_, w, al), lines, cx in zip(cols, cells, xs, strict=True):
            yy = y + pad + size * 0.36
            for ln in lines:
                cell_text(p, cx, w, yy, ln, size, rfont, al, pad)
                yy += lead
        _rule(p, x, y, total, h, xs, cols, style, header=False)
        y += h
    return y


def _rule(
    p: Pdf,
    x: float,
    y: float,
    total: float,
    h: float,
    xs: Sequence[float],
    cols: Sequence[tuple[str, float, str]],
    style: str,
    *,
    header: bool,
) -> None:
    if style == "grid":
        p.rect(x, y, total, h, 0.4)
        for cx in xs[1:]:
            p.vline(cx, y, y + h, 0.4)
    elif style == "rules":
        p.hline(x, x + total, y + h, 0.8 if header else 0.25, gray=0 if header else 0.55)
        if header:
            p.hline(x, x + total, y, 0.8)
    elif style == "dotted":
        if header:
            p.hline(x, x + total, y + h, 0.6)
        else:
            p.c.saveState()
            p.c.setDash(1, 2)
            p.hline(x, x + total, y + h, 0.3, gray=0.4)
            p.c.restoreState()
    # "open": no lines at all


def label_value(
    p: Pdf,
    x: float,
    y: float,
    pairs: Sequence[tuple[str, str]],
    *,
    size: float = 8.5,
    gap: float = 34,
    lead: float = 4.4,
    lfont: str = "Sans",
    vfont: str = "Sans-Bold",
) -> float:
    for lab, val in pairs:
        p.text(x, y, lab, size, lfont)
        p.text(x + gap, y, val, size, vfont)
        y += lead
    return y


def rate_rows(doc: Doc, ms: str, items: Sequence[Item] | None = None) -> list[list[str]]:
    return [[rate_label(r), money(n, ms), money(v, ms), money(g, ms)] for r, n, v, g in doc.rate_summary(items)]


def footer_page(p: Pdf, text: str, size: float = 7) -> None:
    p.text(p.w / 2, p.h - 8, text, size, "Sans", "c")


# ==================================================================================================
# Families


def fam_letterhead_window_envelope(rng: random.Random) -> Sample:
    """Letterhead: the seller only as a logotype and in the small footer; buyer in the envelope window; 14/03/2026."""
    doc = build_doc(rng, "", n=(2, 5))
    no = f"{rng.randint(1, 450):03d}/{doc.issue_date.month:02d}/2026/S"
    doc = with_number(doc, no)
    s, b = doc.seller, doc.buyer
    ms = "space"
    p = Pdf()
    p.text(18, 20, s.name, 15, "Sans-Bold")
    p.text(18, 25.5, "rozwiązania informatyczne dla administracji publicznej", 8, "Sans-Italic")
    p.hline(18, 192, 29, 1.2, gray=0.45)
    # right column: the document's data
    p.text(192, 40, "FAKTURA VAT", 14, "Sans-Bold", "r")
    p.text(192, 46, f"Nr {no}", 10, "Sans", "r")
    label_value(
        p,
        122,
        55,
        [
            ("Data wystawienia:", dmy(doc.issue_date, "/")),
            ("Data dostawy:", dmy(sale(doc), "/")),
            ("Termin zapłaty:", dmy(due(doc), "/")),
            ("Forma zapłaty:", "przelew"),
        ],
        size=8,
        gap=30,
    )
    # envelope window (DL, 20 mm from the left, 45 mm from the top)
    p.text(22, 48, "Nabywca:", 7, "Sans")
    y = p.lines(22, 53.5, [b.name], 10, "Sans-Bold", lead=4.6)
    y = p.lines(
        22, y, [*b.extra, b.street, b.city, f"NIP: {b.nip[:3]}-{b.nip[3:6]}-{b.nip[6:8]}-{b.nip[8:]}"], 9, lead=4.3
    )
    y = max(y, 84) + 8
    p.text(18, y, f"Dotyczy: zamówienia nr ZP.272.{rng.randint(3, 40)}.2026 – dostawa sprzętu i oprogramowania", 8)
    y += 5
    cols = [
        ("Lp.", 8, "c"),
        ("Nazwa towaru / usługi", 62, "l"),
        ("Ilość", 11, "r"),
        ("J.m.", 10, "c"),
        ("Cena netto", 20, "r"),
        ("VAT", 11, "c"),
        ("Wartość netto", 20, "r"),
        ("Kwota VAT", 18, "r"),
        ("Wartość brutto", 20, "r"),
    ]
    rows = [
        [
            f"{k}.",
            it.name,
            qty_fmt(it.qty),
            it.unit,
            money(it.unit_price or 0, ms),
            rate_label(it.vat_rate),
            money(it.net or 0, ms),
            money(it.vat or 0, ms),
            money(it.gross or 0, ms),
        ]
        for k, it in enumerate(doc.items, 1)
    ]
    y = draw_table(p, 18, y, cols, rows, size=7.6, style="rules") + 6
    net, vat, gross = doc.totals()
    yy = y
    for r, n_, v_, _g in doc.rate_summary():
        p.text(150, yy, f"w tym {rate_label(r)}:", 7.5, "Sans", "r")
        p.text(170, yy, money(n_, ms), 7.5, "Sans", "r")
        p.text(192, yy, money(v_, ms), 7.5, "Sans", "r")
        yy += 4
    yy += 1
    p.hline(120, 192, yy - 2.5, 0.3)
    p.text(150, yy + 1, "Razem:", 8.5, "Sans-Bold", "r")
    p.text(170, yy + 1, money(net, ms), 8.5, "Sans-Bold", "r")
    p.text(192, yy + 1, money(vat, ms), 8.5, "Sans-Bold", "r")
    p.text(170, y - 4.2 + 0.01, "netto", 6.5, "Sans", "r")
    p.text(192, y - 4.2 + 0.01, "VAT", 6.5, "Sans", "r")
    yy += 9
    p.text(192, yy, f"Do zapłaty: {money(gross, ms)} zł", 12, "Sans-Bold", "r")
    yy += 5
    p.text(192, yy, f"słownie: {words_pln(gross)}", 7.5, "Sans", "r")
    yy += 10
    p.text(18, yy, "Należność prosimy przekazać na rachunek:", 8)
    p.text(18, yy + 5, iban_spaced(doc.bank), 10, "Mono-Bold")
    p.text(18, yy + 9.5, f"w tytule przelewu prosimy podać numer faktury: {no}", 7)
    p.text(18, 262, "Dokument nie wymaga podpisu.", 7, "Sans-Italic")
    p.hline(18, 192, 270, 0.3, gray=0.45)
    p.text(
        p.w / 2,
        274,
        f"{s.name} · {s.street}, {s.city} · NIP PL{s.nip} · REGON {regon(rng)}",
        6.5,
        "Sans",
        "c",
    )
    p.text(
        p.w / 2,
        277.5,
        f"KRS 0000{rng.randint(100000, 999999)} · Sąd Rejonowy, Wydział Gospodarczy KRS · kapitał zakładowy "
        f"{rng.choice(('50 000,00', '100 000,00', '250 000,00'))} zł",
        6.5,
        "Sans",
        "c",
    )
    return Sample(p.bytes(), (doc,))


def fam_party_matrix_grid(rng: random.Random) -> Sample:
    """Parties as one matrix table (rows Nazwa/Adres/NIP/REGON, columns Sprzedawca/Nabywca/Odbiorca); ISO dates."""
    doc = build_doc(rng, "", n=(2, 5), buyer=pick_gmina(rng))
    no = f"FV-{doc.issue_date.year}-{doc.issue_date.month:02d}-{rng.randint(1, 2400):04d}"
    unit = pick_unit(rng, doc.buyer)
    doc = replace(doc, number=no, recipient=unit)
    s, b = doc.seller, doc.buyer
    ms = "dot"
    p = Pdf()
    p.text(p.w / 2, 19, "FAKTURA VAT", 16, "Sans-Bold", "c")
    p.text(p.w / 2, 26, f"nr {no}", 11, "Sans", "c")
    p.text(
        p.w / 2,
        33,
        f"Miejsce wystawienia: {doc.place}     Data wystawienia: {ymd(doc.issue_date)}     "
        f"Data sprzedaży: {ymd(sale(doc))}",
        8.3,
        "Sans",
        "c",
    )
    cols = [("", 24, "l"), ("Sprzedawca", 54, "l"), ("Nabywca", 52, "l"), ("Odbiorca", 50, "l")]
    rows = [
        ["Nazwa", s.name, b.name, unit.name],
        ["Adres", s.street, b.street, unit.street],
        ["Kod, miejscowość", s.city, b.city, unit.city],
        ["NIP", nip_dash(s.nip), nip_dash(b.nip), "—"],
        ["REGON", regon(rng), regon(rng), regon(rng)],
    ]
    y = draw_table(p, 15, 39, cols, rows, size=8, style="grid", head_fill=0.86, pad=1.4) + 7
    icols = [
        ("Lp.", 8, "c"),
        ("Nazwa towaru / usługi", 64, "l"),
        ("Ilość", 16, "r"),
        ("Cena jedn. netto", 20, "r"),
        ("Wartość netto", 22, "r"),
        ("VAT %", 10, "c"),
        ("Kwota VAT", 19, "r"),
        ("Wartość brutto", 21, "r"),
    ]
    rows = [
        [
            str(k),
            it.name,
            qu(it),
            money(it.unit_price or 0, ms),
            money(it.net or 0, ms),
            rate_label(it.vat_rate, "n"),
            money(it.vat or 0, ms),
            money(it.gross or 0, ms),
        ]
        for k, it in enumerate(doc.items, 1)
    ]
    y = draw_table(p, 15, y, icols, rows, size=7.8, style="grid", head_fill=0.86) + 5
    net, vat, gross = doc.totals()
    scols = [("Stawka", 16, "c"), ("Netto", 24, "r"), ("VAT", 22, "r"), ("Brutto", 24, "r")]
    srows = [*rate_rows(doc, ms), ["Ogółem", money(net, ms), money(vat, ms), money(gross, ms)]]
    y2 = draw_table(p, 109, y, scols, srows, size=7.8, style="grid", bold_rows=(len(srows) - 1,))
    p.lines(
        15,
        y + 3,
        [
            "Sposób płatności: przelew",
            f"Termin płatności: {ymd(due(doc))}",
            f"Rachunek: {iban_spaced(doc.bank)}",
        ],
        8,
        lead=4.4,
    )
    y = max(y2, y + 14) + 8
    p.text(15, y, f"Do zapłaty: {money(gross, ms)} PLN", 12, "Sans-Bold")
    p.text(15, y + 5.5, f"Słownie: {words_pln(gross)}", 8)
    y += 32
    for x0, cap in ((15, "osoby upoważnionej do odbioru"), (120, "osoby upoważnionej do wystawienia")):
        p.c.saveState()
        p.c.setDash(1, 1.5)
        p.hline(x0, x0 + 75, y, 0.3)
        p.c.restoreState()
        p.text(x0 + 37.5, y + 3.5, "Imię, nazwisko i podpis", 6.5, "Sans", "c")
        p.text(x0 + 37.5, y + 6.5, cap, 6.5, "Sans", "c")
    return Sample(p.bytes(), (doc,))


def fam_preprinted_form_typed(rng: random.Random) -> Sample:
    """A pre-printed 'Faktura VAT' form (tiny printed captions, dotted lines, empty rows) filled by a printer."""
    doc = build_doc(rng, "", n=(2, 4), pool=SHORT)
    no = f"{rng.randint(1, 99)}/{doc.issue_date.month:02d}/{doc.issue_date.year % 100:02d}"
    doc = with_number(doc, no)
    s, b = doc.seller, doc.buyer
    ms = "comma"
    p = Pdf()
    dx, dy = rng.uniform(-0.8, 0.8), rng.uniform(-0.6, 0.4)  # the printer's offset against the form
    T = "Mono"  # the "typed" font

    def typed(x: float, y: float, s_: str, size: float = 8.6, align: str = "l") -> None:
        p.text(x + dx, y + dy, s_, size, T, align)

    def dots(x1: float, x2: float, y: float) -> None:
        p.c.saveState()
        p.c.setDash(0.6, 1.4)
        p.hline(x1, x2, y, 0.3, gray=0.35)
        p.c.restoreState()

    cap = "Cond"
    # seller's stamp box
    p.rect(15, 12, 84, 34, 0.4)
    p.text(57, 44.5, "(pieczęć sprzedawcy)", 5.5, cap, "c")
    sy = 18
    for ln in wrap(s.name, T, 8.6, 78):
        typed(18, sy, ln)
        sy += 4
    for ln in (s.street, s.city, f"NIP {s.nip[:3]}-{s.nip[3:6]}-{s.nip[6:8]}-{s.nip[8:]}"):
        typed(18, sy, ln)
        sy += 4
    # title and dates on the right
    p.text(150, 18, "FAKTURA VAT", 15, "Serif-Bold", "c")
    p.text(110, 27, "Nr", 7, cap)
    dots(115, 190, 27.6)
    typed(120, 26.8, no, 10)
    p.text(150, 31.5, "ORYGINAŁ / KOPIA*", 6, cap, "c")
    p.text(110, 38, "Data wystawienia", 6.5, cap)
    dots(132, 190, 38.6)
    typed(136, 37.8, f"{dmy(doc.issue_date)} r.")
    p.text(110, 44, "Data sprzedaży", 6.5, cap)
    dots(132, 190, 44.6)
    typed(136, 43.8, f"{dmy(sale(doc))} r.")
    # buyer
    p.text(15, 55, "Nabywca", 6.5, cap)
    dots(30, 195, 55.6)
    typed(33, 54.8, b.name + (f", {b.extra[0]}" if b.extra else ""))
    p.text(15, 61, "Adres", 6.5, cap)
    dots(30, 195, 61.6)
    typed(33, 60.8, f"{b.street}, {b.city}")
    p.text(15, 67, "NIP", 6.5, cap)
    dots(30, 100, 67.6)
    typed(33, 66.8, b.nip)
    p.text(105, 67, "Sposób zapłaty", 6.5, cap)
    dots(125, 195, 67.6)
    typed(128, 66.8, f"przelew do {dmy(due(doc))}")
    # the form's table: two header rows, 'Podatek' over 'stawka' and 'kwota'
    cols = [7, 52, 16, 9, 10, 17, 20, 9, 17, 23]
    heads = [
        "Lp.",
        "Nazwa towaru lub usługi",
        "Symbol PKWiU",
        "J.m.",
        "Ilość",
        "Cena jedn. bez podatku zł",
        "Wartość towaru (usługi) bez podatku zł",
        "",
        "",
        "Wartość towaru (usługi) z podatkiem zł",
    ]
    x0, y0 = 15.0, 74.0
    xs = [x0]
    for w in cols[:-1]:
        xs.append(xs[-1] + w)
    hh = 12.0
    total = sum(cols)
    p.rect(x0, y0, total, hh, 0.5)
    for i, (cx, w, t) in enumerate(zip(xs, cols, heads, strict=True)):
        if i in (7, 8):
            continue
        if i:
            p.vline(cx, y0, y0 + hh, 0.5)
        lines = wrap(t, cap, 6, w - 1.5)
        yy = y0 + hh / 2 - (len(lines) - 1) * 1.3 + 0.8
        for ln in lines:
            p.text(cx + w / 2, yy, ln, 6, cap, "c")
            yy += 2.6
    p.vline(xs[7], y0, y0 + hh, 0.5)
    p.vline(xs[9], y0, y0 + hh, 0.5)
    p.hline(xs[7], xs[9], y0 + 5, 0.5)
    p.vline(xs[8], y0 + 5, y0 + hh, 0.5)
    p.text((xs[7] + xs[9]) / 2, y0 + 3.3, "Podatek", 6, cap, "c")
    p.text(xs[7] + cols[7] / 2, y0 + 9.2, "stawka %", 5.5, cap, "c")
    p.text(xs[8] + cols[8] / 2, y0 + 9.2, "kwota zł", 6, cap, "c")
    p.text(xs[0] + 3.5, y0 + hh + 2.5, "", 5)
    # numbered column captions row (1..10), as on printed forms
    y = y0 + hh
    p.rect(x0, y, total, 3.2, 0.5)
    for i, (cx, w) in enumerate(zip(xs, cols, strict=True)):
        if i:
            p.vline(cx, y, y + 3.2, 0.5)
        p.text(cx + w / 2, y + 2.4, str(i + 1), 5, cap, "c")
    y += 3.2
    form_rows = 8
    row_h = 9.4
    for r in range(form_rows):
        p.rect(x0, y, total, row_h, 0.5)
        for cx in xs[1:]:
            p.vline(cx, y, y + row_h, 0.5)
        if r < len(doc.items):
            it = doc.items[r]
            name_lines = wrap(it.name, T, 7, cols[1] - 2)
            yy = y + (3.6 if len(name_lines) > 1 else 5.6)
            for ln in name_lines[:3]:
                typed(xs[1] + 1, yy, ln, 7)
                yy += 2.9
            cy = y + 5.6
            typed(xs[0] + cols[0] / 2, cy, str(r + 1), 7.5, "c")
            typed(xs[2] + cols[2] / 2, cy, it.codes[0], 6.6, "c")
            typed(xs[3] + cols[3] / 2, cy, it.unit, 7, "c")
            typed(xs[4] + cols[4] - 1, cy, qty_fmt(it.qty), 7.5, "r")
            typed(xs[5] + cols[5] - 1, cy, money(it.unit_price or 0, ms), 7.5, "r")
            typed(xs[6] + cols[6] - 1, cy, money(it.net or 0, ms), 7.5, "r")
            typed(xs[7] + cols[7] / 2, cy, rate_label(it.vat_rate, "n"), 7.5, "c")
            typed(xs[8] + cols[8] - 1, cy, money(it.vat or 0, ms), 7.5, "r")
            typed(xs[9] + cols[9] - 1, cy, money(it.gross or 0, ms), 7.5, "r")
        y += row_h
    # pre-printed 'Razem' and 'W tym' rate rows; only the used rates are filled in
    net, vat, gross = doc.totals()
    summ = {r: (n_, v_, g_) for r, n_, v_, g_ in doc.rate_summary()}
    rh = 5.0
    sum_rows = [("Razem", None), ("W tym", "23"), ("", "8"), ("", "5"), ("", "0"), ("", "zw")]
    for lab, rate in sum_rows:
        p.rect(xs[6], y, total - (xs[6] - x0), rh, 0.5)
        for cx in xs[7:]:
            p.vline(cx, y, y + rh, 0.5)
        p.text(xs[6] - 2, y + 3.5, lab, 6.5, "Cond-Bold" if lab == "Razem" else cap, "r")
        if rate is None:
            typed(xs[6] + cols[6] - 1, y + 3.6, money(net, ms), 7.5, "r")
            p.text(xs[7] + cols[7] / 2, y + 3.5, "x", 6.5, cap, "c")
            typed(xs[8] + cols[8] - 1, y + 3.6, money(vat, ms), 7.5, "r")
            typed(xs[9] + cols[9] - 1, y + 3.6, money(gross, ms), 7.5, "r")
        else:
            p.text(xs[7] + cols[7] / 2, y + 3.5, rate, 6.5, cap, "c")
            if rate in summ:
                n_, v_, g_ = summ[rate]
                typed(xs[6] + cols[6] - 1, y + 3.6, money(n_, ms), 7.5, "r")
                typed(xs[8] + cols[8] - 1, y + 3.6, money(v_, ms), 7.5, "r")
                typed(xs[9] + cols[9] - 1, y + 3.6, money(g_, ms), 7.5, "r")
        y += rh
    y += 7
    p.text(15, y, "Do zapłaty", 7, "Cond-Bold")
    dots(32, 110, y + 0.6)
    typed(36, y - 0.2, f"{money(gross, ms)} zł", 9.5)
    p.text(15, y + 7, "Słownie zł", 6.5, cap)
    dots(32, 195, y + 7.6)
    typed(35, y + 6.8, words_pln(gross), 8)
    y += 36
    for x1, capt in (
        (20, "podpis osoby upoważnionej do odbioru faktury"),
        (120, "podpis osoby upoważnionej do wystawienia faktury"),
    ):
        dots(x1, x1 + 70, y)
        p.text(x1 + 35, y + 3, capt, 5.5, cap, "c")
    p.text(15, 287, "* niepotrzebne skreślić        Druk: Faktura VAT (wzór 100-3)", 5.5, cap)
    return Sample(p.bytes(), (doc,))


def fam_modules_two_pages_dostawca(rng: random.Random) -> Sample:
    """Two pages: Dostawca/Zamawiający (a gmina) with a budget unit as Odbiorca; items in modules with subtotals."""
    buyer = pick_gmina(rng)
    doc = build_doc(rng, "", n=(12, 14), buyer=buyer)
    goods = [it for it in doc.items if it.unit not in ("usł.", "os.")]
    services = [it for it in doc.items if it.unit in ("usł.", "os.")]
    if not services:  # every module invoice of a grant bills some services
        services = [make_line(rng, CAT[rng.choice(SERVICES)])]
    doc = replace(doc, items=tuple(goods + services))
    no = f"FV/CS/{rng.randint(1, 90)}/{doc.issue_date.year}"
    unit = pick_unit(rng, buyer)
    doc = replace(doc, number=no, recipient=unit)
    s, b = doc.seller, doc.buyer
    ms = "space"
    p = Pdf()
    p.text(15, 18, f"Faktura nr {no}", 14, "Sans-Bold")
    p.text(15, 23.5, "oryginał", 8, "Sans-Italic")
    p.lines(
        195,
        14,
        [
            f"Data wystawienia: {dmy(doc.issue_date, '-')}",
            f"Data wykonania dostawy: {dmy(sale(doc), '-')}",
            f"Termin płatności: {dmy(due(doc), '-')}",
        ],
        8.5,
        lead=4.4,
        align="r",
    )
    p.hline(15, 195, 30, 0.6)
    p.text(15, 36, "Dostawca:", 8, "Sans-Bold")
    y1 = p.lines(15, 41, wrapk(s.name, "Sans-Bold", 9.5, 84), 9.5, "Sans-Bold", lead=4.4)
    y1 = p.lines(15, y1, [s.street, s.city, f"NIP: {s.nip[:3]}-{s.nip[3:6]}-{s.nip[6:8]}-{s.nip[8:]}"], 9, lead=4.3)
    p.text(110, 36, "Zamawiający (nabywca):", 8, "Sans-Bold")
    y2 = p.lines(110, 41, [b.name], 9.5, "Sans-Bold", lead=4.4)
    y2 = p.lines(110, y2, [b.street, b.city, f"NIP: {b.nip[:3]}-{b.nip[3:6]}-{b.nip[6:8]}-{b.nip[8:]}"], 9, lead=4.3)
    p.text(110, y2 + 2, "Odbiorca (jednostka realizująca):", 8, "Sans-Bold")
    y2 = p.lines(110, y2 + 6.5, [unit.name, f"{unit.street}, {unit.city}"], 8.5, lead=4.1)
    y = max(y1, y2) + 5
    p.rect(15, y, 180, 15, 0.4, fill=0.95)
    p.lines(
        18,
        y + 4.5,
        [
            f"Projekt „Cyberbezpieczny Samorząd” – umowa o powierzenie grantu nr CS/{rng.randint(100, 2400)}/2026",
            f"Umowa dostawy nr ZP/{rng.randint(10, 99)}/2026 z dnia {dmy(doc.issue_date - timedelta(days=40), '-')}",
            "Mechanizm podzielonej płatności",
        ],
        8,
        lead=4,
    )
    y += 21
    cols = [
        ("Lp.", 9, "c"),
        ("Przedmiot dostawy / usługi", 72, "l"),
        ("Ilość", 17, "r"),
        ("Cena netto", 20, "r"),
        ("Wartość netto", 22, "r"),
        ("VAT", 10, "c"),
        ("Wartość brutto", 30, "r"),
    ]
    size = 8.6
    modules = [("Moduł I – Sprzęt i oprogramowanie", goods), ("Moduł II – Usługi", services)]
    rows: list[list[str]] = []
    full: dict[int, float] = {}
    bold: list[int] = []
    k = 0
    for title, its in modules:
        if not its:
            continue
        full[len(rows)] = 0.9
        rows.append([title, "", "", "", "", "", ""])
        for it in its:
            k += 1
            rows.append(
                [
                    f"{k}.",
                    it.name,
                    qu(it),
                    money(it.unit_price or 0, ms),
                    money(it.net or 0, ms),
                    rate_label(it.vat_rate),
                    money(it.gross or 0, ms),
                ]
            )
        n_, _v, g_ = doc.totals(its)
        bold.append(len(rows))
        rows.append(["", f"Razem {title.split(' – ')[0]}", "", "", money(n_, ms), "", money(g_, ms)])
    # break the table by hand: rows go on page 1 while they fit above the footer
    lead = size * 0.43

    def row_h(r: list[str], ri: int) -> float:
        if ri in full:
            return size * 0.43 + 2.6
        return (
            max(len(wrap(v, "Sans", size, w - 2.6)) if v else 1 for v, (_, w, _) in zip(r, cols, strict=True)) * lead
            + 2.6
        )

    yy = y + 9
    cut = len(rows)
    on_page = 0
    for ri, r in enumerate(rows):
        if yy + row_h(r, ri) > 268 or on_page == 9:  # the ERP prints at most 9 lines on a page
            cut = ri
            break
        yy += row_h(r, ri)
        on_page += r[0].endswith(".")
    first, rest = rows[:cut], rows[cut:]
    y = draw_table(
        p,
        15,
        y,
        cols,
        first,
        size=size,
        style="grid",
        head_fill=0.8,
        full_rows={i: v for i, v in full.items() if i < cut},
        bold_rows=[i for i in bold if i < cut],
    )
    footer_page(p, f"Faktura nr {no} – strona 1/2 – ciąg dalszy na następnej stronie")
    p.c.showPage()
    p.page_no += 1
    p.text(15, 15, f"Faktura nr {no} (ciąg dalszy)", 9, "Sans-Bold")
    p.text(195, 15, f"{s.name}", 7.5, "Sans", "r")
    y = 21.0
    if rest:
        y = draw_table(
            p,
            15,
            y,
            cols,
            rest,
            size=size,
            style="grid",
            head_fill=0.8,
            full_rows={i - cut: v for i, v in full.items() if i >= cut},
            bold_rows=[i - cut for i in bold if i >= cut],
        )
    y += 7
    net, vat, gross = doc.totals()
    p.text(15, y, "Zestawienie sprzedaży wg stawek VAT", 8.5, "Sans-Bold")
    scols = [("Stawka VAT", 22, "c"), ("Wartość netto", 30, "r"), ("Kwota VAT", 28, "r"), ("Wartość brutto", 30, "r")]
    srows = [*rate_rows(doc, ms), ["RAZEM", money(net, ms), money(vat, ms), money(gross, ms)]]
    y = draw_table(p, 15, y + 3, scols, srows, size=8.3, style="grid", bold_rows=(len(srows) - 1,)) + 8
    p.rect(15, y, 180, 17, 0.8)
    p.text(19, y + 7, "Razem do zapłaty:", 11, "Sans-Bold")
    p.text(191, y + 7, f"{money(gross, ms)} PLN", 13, "Sans-Bold", "r")
    p.text(19, y + 13, f"Słownie: {words_pln(gross)}", 8)
    y += 25
    p.lines(
        15,
        y,
        [
            f"Płatność: przelew na rachunek {iban_spaced(doc.bank)}",
            f"Termin płatności: {dmy(due(doc), '-')}",
        ],
        8.5,
        lead=4.6,
    )
    y += 30
    for x0, capt in ((15, "Zamawiający – podpis osoby odbierającej"), (115, "Dostawca – podpis osoby wystawiającej")):
        p.hline(x0, x0 + 80, y, 0.3)
        p.text(x0 + 40, y + 3.5, capt, 6.8, "Sans", "c")
    footer_page(p, f"Faktura nr {no} – strona 2/2")
    return Sample(p.bytes(), (doc,))


def fam_podatnik_sidebar(rng: random.Random) -> Sample:
    """Grey left sidebar with the seller as 'Podatnik' and a letter-spaced 'N I P'; buyer 'NIP PL…'; dotted rows."""
    doc = build_doc(rng, "", n=(2, 6), pool=SHORT + SERVICES)
    no = f"{rng.randint(1, 300):04d}/{doc.issue_date.year}"
    doc = with_number(doc, no)
    s, b = doc.seller, doc.buyer
    ms = rng.choice(("space", "comma"))
    p = Pdf()
    p.rect(0, 0, 55, p.h, 0, fill=0.9)
    p.text(7, 20, "PODATNIK", 7, "Sans-Bold", spacing=1.2)
    y = p.lines(7, 26, wrapk(s.name, "Sans-Bold", 9, 44), 9, "Sans-Bold", lead=4.2)
    y = p.lines(7, y + 1, [s.street, s.city], 8, lead=3.9)
    p.text(7, y + 3, "N I P", 7, "Sans-Bold")
    p.text(7, y + 7.5, s.nip, 9.5, "Mono-Bold")
    p.text(7, y + 13, f"REGON {regon(rng)}", 7.5)
    y += 22
    p.text(7, y, "RACHUNEK BANKOWY", 7, "Sans-Bold", spacing=0.6)
    acct = iban_spaced(doc.bank)
    p.lines(7, y + 5, [acct[:17], acct[18:]], 8, "Mono", lead=4)
    p.text(7, y + 14, "mBank S.A.", 7.5)
    y += 24
    p.text(7, y, "KONTAKT", 7, "Sans-Bold", spacing=0.6)
    p.lines(
        7,
        y + 5,
        [
            f"tel. {rng.randint(50, 89)} {rng.randint(100, 999)} {rng.randint(10, 99)} {rng.randint(10, 99)}",
            "biuro@firma-it.pl",
        ],
        7.5,
        lead=3.8,
    )
    # main area
    x = 63
    p.text(x, 24, "FAKTURA", 22, "Light")
    p.text(x + width("FAKTURA", "Light", 22) + 2, 24, "VAT", 22, "Sans-Bold")
    p.text(x, 31, f"Nr {no}", 11, "Sans")
    cells = [
        ("Data wystawienia", dmy(doc.issue_date)),
        ("Data dostawy towarów / wykonania usług", dmy(sale(doc))),
        ("Termin płatności", dmy(due(doc))),
        ("Metoda płatności", "przelew"),
    ]
    for i, (lab, val) in enumerate(cells):
        cx, cy = x + (i % 2) * 66, 38 + (i // 2) * 11
        p.text(cx, cy + 3, lab, 6.8, "Sans")
        p.text(cx, cy + 8, val, 9.5, "Sans-Bold")
    p.text(x, 66, "NABYWCA", 7, "Sans-Bold", spacing=1.2)
    y = p.lines(x, 72, [b.name], 10, "Sans-Bold", lead=4.6)
    y = p.lines(x, y, [*b.extra, f"{b.street}, {b.city}", f"NIP PL{b.nip}"], 8.8, lead=4.3) + 6
    cols = [
        ("Lp", 7, "c"),
        ("Opis", 53, "l"),
        ("Ilość", 10, "r"),
        ("j.m.", 9, "c"),
        ("Cena netto", 16, "r"),
        ("Netto", 17, "r"),
        ("St.", 8, "c"),
        ("Brutto", 17, "r"),
    ]
    rows = [
        [
            str(k),
            it.name,
            qty_fmt(it.qty),
            it.unit,
            money(it.unit_price or 0, ms),
            money(it.net or 0, ms),
            rate_label(it.vat_rate),
            money(it.gross or 0, ms),
        ]
        for k, it in enumerate(doc.items, 1)
    ]
    y = draw_table(p, x, y, cols, rows, size=7.5, style="dotted", hfont="Sans-Bold", pad=1.6) + 6
    net, vat, gross = doc.totals()
    lines = [("Suma netto", money(net, ms))]
    lines += [(f"VAT {rate_label(r)}", money(v_, ms)) for r, _n, v_, _g in doc.rate_summary()]
    lines += [("Suma VAT", money(vat, ms)), ("Suma brutto", money(gross, ms))]
    for lab, val in lines:
        p.text(168, y, lab, 8.3, "Sans", "r")
        p.text(196, y, val, 8.3, "Sans-Bold" if lab.startswith("Suma") else "Sans", "r")
        y += 4.4
    y += 4
    p.rect(120, y, 77, 13, 0, fill=0.15)
    p.c.setFillGray(1)
    p.text(124, y + 8.2, "DO ZAPŁATY", 8, "Sans-Bold")
    p.text(193, y + 8.6, f"{money(gross, ms)} PLN", 12, "Sans-Bold", "r")
    p.c.setFillGray(0)
    y += 20
    p.text(x, y, f"Słownie: {words_pln(gross)}", 7.8)
    p.text(x, y + 8, "Uwagi: zakup w ramach projektu grantowego; prosimy o potwierdzenie odbioru.", 7.5, "Sans-Italic")
    return Sample(p.bytes(), (doc,))


def fam_cover_totals_spec_second_page(rng: random.Random) -> Sample:
    """Two pages: page 1 parties, VAT summary and the amount due; the item specification alone on page 2."""
    buyer = pick_gmina(rng, powiat=True)
    doc = build_doc(rng, "", n=(3, 7), buyer=buyer)
    no = f"{doc.issue_date.year}/FV/{rng.randint(100, 9999):05d}"
    doc = with_number(doc, no)
    s, b = doc.seller, doc.buyer
    ms = "space"
    p = Pdf()
    p.text(15, 20, f"FAKTURA VAT nr {no}", 15, "Sans-Bold")
    p.text(15, 26, "szczegółowa specyfikacja pozycji – strona 2", 8, "Sans-Italic")
    p.rect(135, 11, 60, 19, 0.4)
    label_value(
        p,
        138,
        16,
        [("Wystawiono:", dmy(doc.issue_date)), ("Sprzedaż:", dmy(sale(doc))), ("Płatne do:", dmy(due(doc)))],
        size=8,
        gap=22,
        lead=4.5,
    )
    p.text(15, 42, "SPRZEDAWCA:", 8, "Sans-Bold")
    p.lines(15, 47, [*wrapk(s.name, "Sans", 9, 82), s.street, s.city, f"NIP {s.nip}"], 9, lead=4.3)
    p.text(110, 42, "NABYWCA:", 8, "Sans-Bold")
    y = p.lines(110, 47, [b.name, b.street, b.city, f"NIP {b.nip}"], 9, lead=4.3)
    p.text(110, y + 2, "ODBIORCA:", 8, "Sans-Bold")
    p.lines(110, y + 7, [b.extra[0] if b.extra else b.name, f"{b.street}, {b.city}"], 8.5, lead=4.1)
    y = 92.0
    p.text(15, y, "Podsumowanie faktury", 10, "Sans-Bold")
    net, vat, gross = doc.totals()
    scols = [("Stawka VAT", 30, "l"), ("Wartość netto", 40, "r"), ("Kwota VAT", 40, "r"), ("Wartość brutto", 40, "r")]
    srows = [*rate_rows(doc, ms), ["Razem", money(net, ms), money(vat, ms), money(gross, ms)]]
    y = draw_table(p, 15, y + 4, scols, srows, size=9, style="rules", bold_rows=(len(srows) - 1,), pad=1.8) + 10
    p.rect(15, y, 180, 22, 1.2)
    p.text(20, y + 9, "DO ZAPŁATY", 12, "Sans-Bold")
    p.text(190, y + 10, f"{money(gross, ms)} PLN", 16, "Sans-Bold", "r")
    p.text(20, y + 17, f"słownie: {words_pln(gross)}", 8.5)
    y += 32
    y = label_value(
        p,
        15,
        y,
        [
            ("Forma płatności:", "przelew"),
            ("Numer rachunku:", iban_spaced(doc.bank)),
            ("Liczba pozycji:", f"{len(doc.items)} (wykaz na stronie 2)"),
        ],
        size=9,
        gap=36,
        lead=5,
    )
    footer_page(p, "Strona 1 z 2")
    p.c.showPage()
    p.page_no += 1
    p.text(15, 18, f"Specyfikacja do faktury VAT nr {no} z dnia {dmy(doc.issue_date)}", 11, "Sans-Bold")
    cols = [
        ("Lp.", 8, "c"),
        ("Nazwa", 56, "l"),
        ("PKWiU", 16, "c"),
        ("Ilość", 10, "r"),
        ("J.m.", 9, "c"),
        ("Cena netto", 17, "r"),
        ("Wartość netto", 18, "r"),
        ("VAT %", 10, "c"),
        ("Kwota VAT", 16, "r"),
        ("Wartość brutto", 20, "r"),
    ]
    rows = [
        [
            str(k),
            it.name,
            it.codes[0],
            qty_fmt(it.qty),
            it.unit,
            money(it.unit_price or 0, ms),
            money(it.net or 0, ms),
            rate_label(it.vat_rate, "n"),
            money(it.vat or 0, ms),
            money(it.gross or 0, ms),
        ]
        for k, it in enumerate(doc.items, 1)
    ]
    rows.append(["", "Razem", "", "", "", "", money(net, ms), "", money(vat, ms), money(gross, ms)])
    draw_table(p, 15, 24, cols, rows, size=7.6, style="grid", head_fill=0.9, bold_rows=(len(rows) - 1,))
    footer_page(p, "Strona 2 z 2")
    return Sample(p.bytes(), (doc,))


def fam_app_item_cards(rng: random.Random) -> Sample:
    """Phone-app invoice: rounded cards, each item a card ('2 szt. × 1 234,56 zł'), Wystawca/Nabywca cards stacked."""
    doc = build_doc(rng, "", n=(2, 4), pool=SHORT + SERVICES)
    no = f"F/{rng.randint(1, 60)}/{doc.issue_date.month:02d}/{doc.issue_date.year}"
    doc = with_number(doc, no)
    s, b = doc.seller, doc.buyer
    ms = "space"
    p = Pdf()
    c = p.c

    def card(x: float, y: float, w: float, h: float, fill: float = 0.96) -> None:
        c.setFillGray(fill)
        c.setStrokeGray(0.75)
        c.setLineWidth(0.5)
        c.roundRect(x * MM, (p.h - y - h) * MM, w * MM, h * MM, 3 * MM, stroke=1, fill=1)
        c.setFillGray(0)
        c.setStrokeGray(0)

    p.text(20, 24, "Faktura", 24, "Sans-Bold")
    c.setFillGray(0.4)
    p.text(20, 31, f"nr {no}", 11)
    c.setFillGray(0)
    p.text(190, 18, "Data wystawienia", 7, "Sans", "r")
    p.text(190, 22.5, dmy(doc.issue_date), 10, "Sans-Bold", "r")
    p.text(190, 28, "Data sprzedaży", 7, "Sans", "r")
    p.text(190, 32.5, dmy(sale(doc)), 10, "Sans-Bold", "r")
    y = 40.0
    for lab, party in (("Wystawca", s), ("Nabywca", b)):
        card(20, y, 170, 21)
        p.text(25, y + 5, lab.upper(), 6.5, "Sans-Bold", spacing=0.8)
        p.text(25, y + 10.5, party.name, 10, "Sans-Bold")
        p.text(25, y + 15, f"{party.street}, {party.city}", 8.5)
        p.text(25, y + 19, f"NIP {party.nip}", 8.5)
        y += 25
    y += 3
    p.text(20, y, "Pozycje", 12, "Sans-Bold")
    y += 4
    for k, it in enumerate(doc.items, 1):
        name = wrap(f"{k}. {it.name}", "Sans-Bold", 9, 160)
        h = 14 + 4 * len(name)
        card(20, y, 170, h, 1.0)
        yy = p.lines(25, y + 5.5, name, 9, "Sans-Bold", lead=4)
        p.text(25, yy + 1, f"{qu(it)} × {money(it.unit_price or 0, ms)} zł netto", 8.5)
        p.text(185, yy + 1, f"netto {money(it.net or 0, ms)} zł", 8.5, "Sans", "r")
        p.text(25, yy + 5.5, f"VAT {rate_label(it.vat_rate)}: {money(it.vat or 0, ms)} zł", 8.5)
        p.text(185, yy + 5.5, f"brutto {money(it.gross or 0, ms)} zł", 9, "Sans-Bold", "r")
        y += h + 3
    net, vat, gross = doc.totals()
    y += 3
    card(100, y, 90, 33, 0.93)
    p.text(105, y + 7, "Netto", 9)
    p.text(185, y + 7, f"{money(net, ms)} zł", 9, "Sans", "r")
    p.text(105, y + 12.5, "VAT", 9)
    p.text(185, y + 12.5, f"{money(vat, ms)} zł", 9, "Sans", "r")
    p.hline(105, 185, y + 16, 0.3, gray=0.6)
    p.text(105, y + 23, "Brutto", 11, "Sans-Bold")
    p.text(185, y + 23, f"{money(gross, ms)} zł", 13, "Sans-Bold", "r")
    p.text(105, y + 29, "do zapłaty", 7.5)
    p.lines(
        20,
        y + 7,
        [
            "Płatność: przelew",
            f"Termin: {dmy(due(doc))}",
            "Konto:",
            iban_spaced(doc.bank)[:17],
            iban_spaced(doc.bank)[18:],
        ],
        8.5,
        lead=4.5,
    )
    c.setFillGray(0.5)
    p.text(p.w / 2, 285, "Faktura wystawiona w aplikacji mobilnej · dokument elektroniczny bez podpisu", 7, "Sans", "c")
    c.setFillGray(0)
    return Sample(p.bytes(), (doc,))


def qr_box(p: Pdf, x: float, y: float, size: float, rng: random.Random, modules: int = 25) -> None:
    """A QR-like square: three finder patterns and seeded modules (not a decodable code)."""
    m = size / modules
    c = p.c
    c.setFillGray(0)
    for i in range(modules):
        for j in range(modules):
            finder = (i < 7 and j < 7) or (i < 7 and j >= modules - 7) or (i >= modules - 7 and j < 7)
            if finder:
                a, b = i % (modules - 7) if i >= 7 else i, j % (modules - 7) if j >= 7 else j
                on = a in (0, 6) or b in (0, 6) or (2 <= a <= 4 and 2 <= b <= 4)
            else:
                on = rng.random() < 0.5
            if on:
                c.rect((x + j * m) * MM, (p.h - y - (i + 1) * m) * MM, m * MM, m * MM, stroke=0, fill=1)


def fam_ksef_offline_qr(rng: random.Random) -> Sample:
    """Seller's layout issued in KSeF offline mode: QR codes OFFLINE and CERTYFIKAT, a third party with its own NIP."""
    buyer = pick_gmina(rng)
    doc = build_doc(rng, "", n=(2, 5), buyer=buyer)
    no = f"FA/{rng.randint(1, 999):04d}/{doc.issue_date.month:02d}/{doc.issue_date.year}"
    unit = replace(pick_unit(rng, buyer), nip=make_nip(rng))
    doc = replace(doc, number=no, recipient=unit)
    s, b = doc.seller, doc.buyer
    ms = "space"
    p = Pdf()
    p.text(15, 19, "Faktura", 16, "Sans-Bold")
    p.text(15 + width("Faktura ", "Sans-Bold", 16), 19, no, 16, "Sans")
    p.rect(150, 12, 45, 9, 0.6, fill=0.92)
    p.text(172.5, 17.8, "KSeF · tryb offline24", 7.5, "Sans-Bold", "c")
    p.text(
        15,
        27,
        f"Data wystawienia: {ymd(doc.issue_date)}     Data dostawy: {ymd(sale(doc))}     "
        f"Miejsce wystawienia: {doc.place}",
        8,
    )
    p.hline(15, 195, 31, 0.4)
    blocks = [
        ("Sprzedawca", [*wrapk(s.name, "Sans-Bold", 8.6, 56)], [s.street, s.city, f"NIP: PL{s.nip}"]),
        ("Nabywca", [b.name], [b.street, b.city, f"NIP: {b.nip}"]),
        (
            "Podmiot trzeci – Odbiorca",
            wrap(unit.name, "Sans-Bold", 8.6, 56),
            [f"{unit.street}, {unit.city}", f"NIP: {unit.nip}", "Rola: jednostka podrzędna JST"],
        ),
    ]
    ybot = 0.0
    for i, (lab, names, rest) in enumerate(blocks):
        x = 15 + i * 61
        p.text(x, 37, lab, 7.5, "Sans-Bold")
        p.hline(x, x + 56, 38.5, 0.3, gray=0.5)
        yy = p.lines(x, 43, names, 8.6, "Sans-Bold", lead=4)
        ybot = max(ybot, p.lines(x, yy, rest, 8, lead=3.9))
    y = ybot + 6
    cols = [
        ("Lp.", 8, "c"),
        ("Nazwa towaru lub usługi", 66, "l"),
        ("Ilość", 12, "r"),
        ("J.m.", 10, "c"),
        ("Cena jedn. netto", 20, "r"),
        ("Wartość netto", 22, "r"),
        ("Stawka", 13, "c"),
        ("Wartość brutto", 29, "r"),
    ]
    rows = [
        [
            str(k),
            it.name,
            qty_fmt(it.qty),
            it.unit,
            money(it.unit_price or 0, ms),
            money(it.net or 0, ms),
            rate_label(it.vat_rate),
            money(it.gross or 0, ms),
        ]
        for k, it in enumerate(doc.items, 1)
    ]
    y = draw_table(p, 15, y, cols, rows, size=7.8, style="rules", head_fill=0.9) + 6
    net, vat, gross = doc.totals()
    scols = [("Stawka", 18, "c"), ("Netto", 26, "r"), ("VAT", 24, "r"), ("Brutto", 26, "r")]
    srows = [*rate_rows(doc, ms), ["Suma", money(net, ms), money(vat, ms), money(gross, ms)]]
    y = draw_table(p, 101, y, scols, srows, size=8, style="rules", bold_rows=(len(srows) - 1,)) + 7
    p.text(195, y, f"Kwota należności ogółem: {money(gross, ms)} PLN", 11, "Sans-Bold", "r")
    p.text(195, y + 5, f"Słownie: {words_pln(gross)}", 7.5, "Sans", "r")
    y += 13
    p.lines(
        15,
        y,
        [f"Płatność: przelew, termin {ymd(due(doc))}", f"Rachunek: PL {iban_spaced(doc.bank)}"],
        8,
        lead=4.3,
    )
    y = max(y + 16, 222)
    p.text(
        15,
        y - 3,
        "Faktura wystawiona w trybie offline24. Numer KSeF zostanie nadany po przesłaniu.",
        7.5,
        "Sans-Italic",
    )
    token = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(22))
    for i, (cap, url) in enumerate(
        (
            ("OFFLINE", f"https://ksef.mf.gov.pl/client-app/invoice/{s.nip}/{dmy(doc.issue_date, '-')}/{token}"),
            ("CERTYFIKAT", f"https://ksef.mf.gov.pl/client-app/certificate/Nip/{s.nip}/{token[:12]}"),
        )
    ):
        x = 15 + i * 95
        qr_box(p, x, y, 30, rng)
        p.text(x + 34, y + 6, f"Kod {'I' if i == 0 else 'II'}: {cap}", 8, "Sans-Bold")
        p.lines(x + 34, y + 11, chop(url, "Sans", 6, 55), 6, lead=2.8)
    return Sample(p.bytes(), (doc,))


def fam_ksef_number_date_strip(rng: random.Random) -> Sample:
    """ERP invoice sent to KSeF: a five-cell date strip with a later 'Data przyjęcia w KSeF', '1 kpl' quantities."""
    doc = build_doc(rng, "", n=(2, 6))
    no = f"FS {rng.randint(1, 400)}/{doc.issue_date.month:02d}/{doc.issue_date.year}/{rng.choice(('KR', 'WA', 'OL'))}"
    doc = with_number(doc, no)
    s, b = doc.seller, doc.buyer
    ms = "space"
    ksef_day = doc.issue_date + timedelta(days=rng.randint(1, 3))
    ksef_no = f"{s.nip}-{ymd(ksef_day, '')}-{rng.randrange(16**12):012X}-{rng.randrange(256):02X}"
    p = Pdf()
    p.text(15, 17, s.name, 9, "Sans-Bold")
    p.text(15, 21.5, f"{s.street}, {s.city}", 7.5)
    p.text(195, 17, "Faktura VAT", 13, "Sans-Bold", "r")
    p.text(195, 23, no, 11, "Sans-Bold", "r")
    p.text(195, 28, f"Numer KSeF: {ksef_no}", 7, "Mono", "r")
    cells = [
        ("Data wystawienia", dmy(doc.issue_date)),
        ("Data sprzedaży", dmy(sale(doc))),
        ("Termin płatności", dmy(due(doc))),
        ("Data przyjęcia w KSeF", dmy(ksef_day)),
        ("Forma płatności", "przelew"),
    ]
    y = 33.0
    for i, (lab, val) in enumerate(cells):
        x = 15 + i * 36
        p.rect(x, y, 36, 11, 0.4, fill=0.96 if i != 3 else 0.88)
        p.text(x + 18, y + 4, lab, 6.5, "Sans", "c")
        p.text(x + 18, y + 8.8, val, 8.5, "Sans-Bold", "c")
    y += 17
    nip_s = f"{s.nip[:3]}-{s.nip[3:5]}-{s.nip[5:7]}-{s.nip[7:]}"
    for x, lab, lines in (
        (15, "Sprzedawca", [*wrapk(s.name, "Sans-Bold", 9, 80), s.street, s.city, f"NIP: {nip_s}"]),
        (108, "Nabywca", [b.name, *b.extra, b.street, b.city, f"NIP: {b.nip}"]),
    ):
        p.rect(x, y, 87, 33, 0.5)
        p.rect(x, y, 87, 5.5, 0, fill=0.85)
        p.text(x + 2, y + 4, lab, 8, "Sans-Bold")
        p.lines(x + 2, y + 10, lines, 8.5, lead=4.2)
    y += 40
    cols = [
        ("Lp.", 8, "c"),
        ("Kod", 16, "l"),
        ("Nazwa", 54, "l"),
        ("Ilość", 16, "r"),
        ("Cena netto", 19, "r"),
        ("Stawka", 11, "c"),
        ("Netto", 21, "r"),
        ("VAT", 17, "r"),
        ("Brutto", 18, "r"),
    ]
    rows = [
        [
            str(k),
            f"{''.join(w[0] for w in it.name.split()[:3]).upper()}-{rng.randint(100, 9999)}",
            it.name,
            qu(it),
            money(it.unit_price or 0, ms),
            rate_label(it.vat_rate),
            money(it.net or 0, ms),
            money(it.vat or 0, ms),
            money(it.gross or 0, ms),
        ]
        for k, it in enumerate(doc.items, 1)
    ]
    y = draw_table(p, 15, y, cols, rows, size=7.6, style="grid", head_fill=0.85)
    net, vat, gross = doc.totals()
    # totals continue the table's amount columns: Razem, then 'w tym' per rate
    xs = 15 + 8 + 16 + 54 + 16 + 19 + 11
    sums = [("Razem:", net, vat, gross)] + [
        (f"w tym {rate_label(r)}:", n_, v_, g_) for r, n_, v_, g_ in doc.rate_summary()
    ]
    for i, (lab, n_, v_, g_) in enumerate(sums):
        font = "Sans-Bold" if i == 0 else "Sans"
        y += 4.4
        p.text(xs - 2, y, lab, 7.6, font, "r")
        p.text(xs + 21 - 1.3, y, money(n_, ms), 7.6, font, "r")
        p.text(xs + 38 - 1.3, y, money(v_, ms), 7.6, font, "r")
        p.text(xs + 56 - 1.3, y, money(g_, ms), 7.6, font, "r")
    y += 10
    p.text(195, y, f"Zapłacono: 0,00 PLN     Pozostaje do zapłaty: {money(gross, ms)} PLN", 10, "Sans-Bold", "r")
    p.text(195, y + 5, f"słownie: {words_pln(gross)}", 7.5, "Sans", "r")
    p.text(15, y + 14, f"Rachunek bankowy: {iban_spaced(doc.bank)}", 8)
    qr_box(p, 15, 252, 24, rng, 21)
    p.lines(
        43,
        258,
        [
            "Faktura została wystawiona w Krajowym Systemie e-Faktur (KSeF).",
            f"Numer KSeF: {ksef_no}",
            "Zeskanuj kod, aby zweryfikować fakturę w KSeF.",
        ],
        7,
        lead=3.6,
    )
    return Sample(p.bytes(), (doc,))


def fam_de_pl_bilingual_pln(rng: random.Random) -> Sample:
    """German/Polish invoice of a border-town firm in PLN: 'Verkäufer / Sprzedawca', two-line headers, 1.234,56."""
    seller = Party(
        "Grenz-IT Systemhaus Sp. z o.o.",
        rng.choice(("ul. Kopernika 3", "ul. Transportowa 1", "ul. Jedności Robotniczej 12")),
        rng.choice(("69-100 Słubice", "59-900 Zgorzelec", "68-200 Żary")),
        make_nip(rng),
    )
    doc = build_doc(rng, "", n=(2, 5), seller=seller, pool=GOODS + SERVICES)
    no = f"RE-{doc.issue_date.year}-{rng.randint(1, 999):05d}"
    doc = with_number(doc, no)
    s, b = doc.seller, doc.buyer
    ms = "dot"
    p = Pdf()
    p.text(15, 18, "Grenz-IT", 18, "Sans-Bold")
    p.text(15, 23, "Systemhaus · Systemy informatyczne", 8, "Sans")
    p.text(195, 17, "RECHNUNG / FAKTURA VAT", 13, "Sans-Bold", "r")
    p.text(195, 23, f"Nr. / Nr: {no}", 10, "Sans", "r")
    y = label_value(
        p,
        100,
        32,
        [
            ("Rechnungsdatum / Data wystawienia:", dmy(doc.issue_date)),
            ("Leistungsdatum / Data dostawy:", dmy(sale(doc))),
            ("Zahlungsziel / Termin płatności:", dmy(due(doc))),
        ],
        size=7.8,
        gap=58,
        lead=4.3,
    )
    y = 50.0
    p.text(15, y, "Verkäufer / Sprzedawca", 7.5, "Sans-Bold")
    p.lines(15, y + 5, [s.name, s.street, f"{s.city}, Polen / Polska", f"USt-IdNr. / NIP: PL{s.nip}"], 8.8, lead=4.2)
    p.text(110, y, "Käufer / Nabywca", 7.5, "Sans-Bold")
    p.lines(110, y + 5, [b.name, *b.extra, b.street, b.city, f"NIP: {b.nip}"], 8.8, lead=4.2)
    y += 34
    cols = [
        ("Pos.\nLp.", 9, "c"),
        ("Bezeichnung\nNazwa", 58, "l"),
        ("Menge\nIlość", 12, "r"),
        ("Einheit\nJ.m.", 12, "c"),
        ("Einzelpreis netto\nCena netto", 21, "r"),
        ("Netto\nWartość netto", 22, "r"),
        ("MwSt.\nVAT", 11, "c"),
        ("Brutto\nWartość brutto", 25, "r"),
    ]
    rows = [
        [
            str(k),
            it.name,
            qty_fmt(it.qty),
            it.unit,
            money(it.unit_price or 0, ms),
            money(it.net or 0, ms),
            rate_label(it.vat_rate),
            money(it.gross or 0, ms),
        ]
        for k, it in enumerate(doc.items, 1)
    ]
    y = draw_table(p, 15, y, cols, rows, size=7.8, hsize=7.2, style="rules", zebra=0.94) + 6
    net, vat, gross = doc.totals()
    scols = [("MwSt.-Satz\nStawka", 20, "c"), ("Netto", 26, "r"), ("MwSt.\nVAT", 22, "r"), ("Brutto", 26, "r")]
    srows = [*rate_rows(doc, ms), ["Summe / Razem", money(net, ms), money(vat, ms), money(gross, ms)]]
    y = draw_table(p, 101, y, scols, srows, size=7.8, hsize=7.2, style="grid", bold_rows=(len(srows) - 1,)) + 8
    p.text(195, y, f"Gesamtbetrag / Do zapłaty: {money(gross, ms)} PLN", 11, "Sans-Bold", "r")
    p.text(195, y + 5, f"słownie: {words_pln(gross)}", 7.5, "Sans", "r")
    y += 14
    p.lines(
        15,
        y,
        [
            "Zahlungsart / Forma płatności: Überweisung / przelew",
            f"Bankverbindung / Rachunek: PL{iban_spaced(doc.bank)}   BIC: PKOPPLPW",
        ],
        8,
        lead=4.4,
    )
    p.hline(15, 195, 272, 0.3)
    p.text(
        p.w / 2,
        276,
        "Grenz-IT Systemhaus Sp. z o.o. · Geschäftsführer / Prezes Zarządu: "
        f"{rng.choice(('Jürgen Lange', 'Anna Schulz-Nowak'))} · KRS 0000{rng.randint(100000, 999999)}",
        6.5,
        "Sans",
        "c",
    )
    return Sample(p.bytes(), (doc,))


def fam_wystawca_odbiorca_code_lines(rng: random.Random) -> Sample:
    """8 pt: 'Wystawca' and 'Odbiorca' frames, 'N I P: …'; each name cell has a grey code line; '2 szt.' quantities."""
    doc = build_doc(rng, "", n=(3, 7))
    no = f"{rng.randint(1, 999)}/{doc.issue_date.year}/{doc.issue_date.month:02d}"
    doc = with_number(doc, no)
    s, b = doc.seller, doc.buyer
    ms = rng.choice(("space", "comma"))
    fs = 8.0
    p = Pdf()
    p.text(15, 18, "FAKTURA VAT", 13, "Sans-Bold")
    p.text(15, 23.5, f"nr {no}", 10)
    label_value(
        p,
        128,
        15,
        [
            ("Data wystawienia:", dmy(doc.issue_date)),
            ("Data sprzedaży:", dmy(sale(doc))),
            ("Miejsce wystawienia:", doc.place),
        ],
        size=fs,
        gap=34,
        lead=4,
    )
    y = 32.0
    for x, lab, party, extra in ((15, "Wystawca", s, ()), (107, "Odbiorca", b, b.extra)):
        p.rect(x, y, 88, 30, 0.4)
        p.text(x + 2, y - 1.2, lab, 7, "Sans-Bold")
        p.c.setFillGray(1)
        p.c.setFillGray(0)
        yy = p.lines(x + 2.5, y + 5, wrapk(party.name, "Sans-Bold", fs + 1, 83), fs + 1, "Sans-Bold", lead=3.9)
        p.lines(x + 2.5, yy, [*extra, party.street, party.city, f"N I P: {nip_dash(party.nip)}"], fs, lead=3.6)
    y += 37
    cols = [
        ("Lp.", 8, "c"),
        ("Nazwa towaru / usługi", 70, "l"),
        ("Ilość", 15, "r"),
        ("Cena jedn. netto", 18, "r"),
        ("Stawka", 11, "c"),
        ("Wartość netto", 20, "r"),
        ("Wartość VAT", 18, "r"),
        ("Wartość brutto", 20, "r"),
    ]
    # header
    y = draw_table(p, 15, y, cols, [], size=fs, hsize=7.2, style="grid", head_fill=0.85)
    xs = [15.0]
    for c in cols[:-1]:
        xs.append(xs[-1] + c[1])
    lead = fs * 0.43
    for k, it in enumerate(doc.items, 1):
        name = wrap(it.name, "Sans", fs, cols[1][1] - 2.6)
        code = f"kod: {rng.randint(10000, 99999)}-{it.unit.rstrip('.').upper()}  ·  PKWiU {it.codes[0]}"
        h = len(name) * lead + 3.4 + 2.6
        p.rect(15, y, sum(c[1] for c in cols), h, 0.4)
        for cx in xs[1:]:
            p.vline(cx, y, y + h, 0.4)
        yy = y + 1.3 + fs * 0.36
        for ln in name:
            p.text(xs[1] + 1.3, yy, ln, fs)
            yy += lead
        p.c.setFillGray(0.45)
        p.text(xs[1] + 1.3, yy + 0.2, code, 6.3, "Sans-Italic")
        p.c.setFillGray(0)
        cy = y + 1.3 + fs * 0.36
        vals = [
            f"{k}.",
            "",
            qu(it, ms),
            money(it.unit_price or 0, ms),
            rate_label(it.vat_rate),
            money(it.net or 0, ms),
            money(it.vat or 0, ms),
            money(it.gross or 0, ms),
        ]
        for (_t, w, al), v, cx in zip(cols, vals, xs, strict=True):
            if v:
                cell_text(p, cx, w, cy, v, fs, "Sans", al, 1.3)
        y += h
    y += 5
    net, vat, gross = doc.totals()
    scols = [("Stawka", 16, "c"), ("Wartość netto", 24, "r"), ("Wartość VAT", 22, "r"), ("Wartość brutto", 24, "r")]
    srows = [*rate_rows(doc, ms), ["Razem", money(net, ms), money(vat, ms), money(gross, ms)]]
    y = draw_table(p, 109, y, scols, srows, size=fs, style="grid", head_fill=0.85, bold_rows=(len(srows) - 1,)) + 7
    p.text(15, y, f"Razem do zapłaty: {money(gross, ms)} zł", 11, "Sans-Bold")
    p.text(15, y + 5, f"Słownie: {words_pln(gross)}", fs)
    p.text(15, y + 10, f"Sposób zapłaty: przelew, termin {dmy(due(doc))}, rachunek {iban_spaced(doc.bank)}", fs)
    y += 32
    for x0, capt in ((15, "Odebrał(a)"), (120, "Wystawił(a)")):
        p.hline(x0, x0 + 75, y, 0.3)
        p.text(x0 + 37.5, y + 3.2, capt, 6.5, "Sans", "c")
    return Sample(p.bytes(), (doc,))


def _correction_items(rng: random.Random, items: Sequence[Item]) -> tuple[Item, ...]:
    before, after = [], []
    for it in items:
        before.append(replace(it, before_correction=True))
        if it.qty > 1 and rng.random() < 0.5:
            after.append(make_like(it, it.qty - 1, it.unit_price or Decimal(0), False))
        else:
            cut = q2((it.unit_price or Decimal(0)) * Decimal(rng.choice(("0.9", "0.8", "0.95"))))
            after.append(make_like(it, it.qty, cut, False))
    return tuple(before + after)


def fam_correction_two_tables_landscape(rng: random.Random) -> Sample:
    """Landscape correction: a 'PRZED KOREKTĄ' table and a 'PO KOREKCIE' table side by side, the difference below."""
    base = build_doc(rng, "", n=(1, 3), kind="correction", pool=SHORT)
    no = f"KOR/{rng.randint(1, 80)}/{base.issue_date.year}"
    orig = f"FV/{rng.randint(100, 900)}/{base.issue_date.year}"
    orig_date = base.issue_date - timedelta(days=rng.randint(12, 45))
    doc = replace(
        base,
        number=no,
        items=_correction_items(rng, base.items),
        corrected_number=orig,
        corrected_date=orig_date,
        reason=rng.choice(("zwrot wadliwego towaru", "obniżka ceny po reklamacji", "rabat posprzedażowy")),
        sale_date=None,
    )
    s, b = doc.seller, doc.buyer
    ms = "space"
    p = Pdf(land=True)
    p.text(12, 16, "FAKTURA KORYGUJĄCA", 15, "Sans-Bold")
    p.text(12, 22.5, f"nr {no}", 11, "Sans-Bold")
    p.lines(
        12,
        29,
        [
            f"Data wystawienia korekty: {dmy(doc.issue_date)}",
            f"Dotyczy faktury nr {orig} z dnia {dmy(orig_date)}",
            f"Przyczyna korekty: {doc.reason}",
        ],
        8.5,
        lead=4.4,
    )
    for x, lab, party in ((150, "Sprzedawca", s), (222, "Nabywca", b)):
        p.text(x, 14, lab + ":", 8, "Sans-Bold")
        p.lines(
            x, 19, [*wrapk(party.name, "Sans", 8.5, 66), party.street, party.city, f"NIP PL {party.nip}"], 8.5, lead=4
        )
    y = 52.0
    cols = [
        ("Lp.", 6, "c"),
        ("Nazwa", 41, "l"),
        ("Ilość", 14, "r"),
        ("Cena netto", 17, "r"),
        ("Wartość netto", 19, "r"),
        ("VAT %", 9, "c"),
        ("Kwota VAT", 15, "r"),
        ("Brutto", 15, "r"),
    ]

    def rows_of(its: Sequence[Item]) -> list[list[str]]:
        out = [
            [
                str(k),
                it.name,
                qu(it),
                money(it.unit_price or 0, ms),
                money(it.net or 0, ms),
                rate_label(it.vat_rate, "n"),
                money(it.vat or 0, ms),
                money(it.gross or 0, ms),
            ]
            for k, it in enumerate(its, 1)
        ]
        n_, v_, g_ = doc.totals(its)
        out.append(["", "Razem", "", "", money(n_, ms), "", money(v_, ms), money(g_, ms)])
        return out

    ends = []
    for x, cap, its in ((12, "PRZED KOREKTĄ", doc.before_items), (151, "PO KOREKCIE", doc.after_items)):
        p.rect(x, y, 136, 6, 0, fill=0.2)
        p.c.setFillGray(1)
        p.text(x + 68, y + 4.3, cap, 9, "Sans-Bold", "c")
        p.c.setFillGray(0)
        rws = rows_of(its)
        ends.append(
            draw_table(
                p,
                x,
                y + 6,
                cols,
                rws,
                size=7,
                hsize=6.6,
                font="Cond",
                hfont="Cond-Bold",
                style="grid",
                bold_rows=(len(rws) - 1,),
            )
        )
    y = max(ends) + 8
    after, before = doc.totals(doc.after_items), doc.totals(doc.before_items)
    diff = [a - b_ for a, b_ in zip(after, before, strict=True)]
    p.text(12, y, "RÓŻNICA (korekta)", 9, "Sans-Bold")
    bsum = {r: (n_, v_, g_) for r, n_, v_, g_ in doc.rate_summary(doc.before_items)}
    drows = []
    for r, n_, v_, g_ in doc.rate_summary(doc.after_items):
        n0, v0, g0 = bsum.get(r, (Decimal(0), Decimal(0), Decimal(0)))
        drows.append([rate_label(r), money(n_ - n0, ms), money(v_ - v0, ms), money(g_ - g0, ms)])
    drows.append(["Razem", *(money(d, ms) for d in diff)])
    dcols = [("Stawka", 18, "c"), ("Netto", 28, "r"), ("VAT", 26, "r"), ("Brutto", 28, "r")]
    y = draw_table(p, 12, y + 3, dcols, drows, size=8, style="grid", head_fill=0.9, bold_rows=(len(drows) - 1,))
    gross = diff[2]
    word = "Kwota do zwrotu" if gross < 0 else "Kwota do zapłaty"
    p.text(140, y - 10, f"{word}: {money(abs(gross), ms)} zł", 12, "Sans-Bold")
    p.text(140, y - 4, f"słownie: {words_pln(abs(gross))}", 8)
    p.text(140, y + 4, "Zwrot nastąpi na rachunek nabywcy w terminie 14 dni od daty otrzymania korekty.", 7.5)
    y += 22
    for x0, capt in ((20, "Podpis osoby upoważnionej do odbioru"), (200, "Podpis osoby upoważnionej do wystawienia")):
        p.hline(x0, x0 + 70, y, 0.3)
        p.text(x0 + 35, y + 3.2, capt, 6.5, "Sans", "c")
    return Sample(p.bytes(), (doc,), landscape=True)


LICENCES = (
    ("Microsoft 365 Business Premium", "subskrypcja roczna", "lic."),
    ("Windows 11 Pro – uaktualnienie (licencja grupowa)", "23H2", "lic."),
    ("ESET PROTECT Advanced On-Prem", "v11", "lic."),
    ("Veeam Backup & Replication Universal License", "v12", "inst."),
    ("Sophos Intercept X Advanced for Server", "2026", "lic."),
    ("Acronis Cyber Protect Standard Workstation", "16", "lic."),
    ("Oprogramowanie do zarządzania urządzeniami mobilnymi (MDM) – moduł dla JST", "3.4", "kpl"),
    ("Kaspersky Next EDR Foundations", "12.5", "lic."),
)


def fam_licence_handover_protocol(rng: random.Random) -> Sample:
    """Protokół przekazania licencji: Strona przekazująca/przyjmująca, masked licence keys, yyyy.mm.dd dates."""
    base = build_doc(rng, "", n=(1, 1), kind="protocol", currency=None)
    k = rng.randint(2, 4)
    items = []
    for name, _ver, unit in rng.sample(LICENCES, k):
        q = Decimal(rng.choice((1, 5, 10, 15, 25, 30, 50)))
        items.append(Item(name, q, unit, None, None, None, None, None))
    no = f"PPL/{rng.randint(1, 60)}/{base.issue_date.year}"
    doc = replace(base, number=no, items=tuple(items), sale_date=None)
    s, b = doc.seller, doc.buyer
    vers = {n: v for n, v, _u in LICENCES}
    p = Pdf()
    p.text(p.w / 2, 22, "PROTOKÓŁ PRZEKAZANIA LICENCJI", 14, "Sans-Bold", "c")
    p.text(p.w / 2, 28.5, f"nr {no}", 10, "Sans", "c")
    p.text(p.w / 2, 34, f"sporządzony dnia {ymd(doc.issue_date, '.')} – {town(b)}", 8.5, "Sans", "c")
    cols = [("Strona przekazująca (Dostawca)", 90, "l"), ("Strona przyjmująca (Zamawiający)", 90, "l")]
    rows = [
        [s.name, b.name],
        [f"{s.street}, {s.city}", f"{b.street}, {b.city}"],
        [f"NIP PL{s.nip}", f"NIP: {b.nip[:3]}-{b.nip[3:6]}-{b.nip[6:8]}-{b.nip[8:]}"],
        ["reprezentowana przez: ........................", "reprezentowana przez: ........................"],
    ]
    y = draw_table(p, 15, 42, cols, rows, size=8.5, style="grid", head_fill=0.88, pad=1.6) + 7
    y = p.lines(
        15,
        y,
        wrap(
            f"Na podstawie umowy nr {rng.randint(1, 40)}/IT/{doc.issue_date.year} z dnia "
            f"{ymd(doc.issue_date - timedelta(days=rng.randint(14, 60)), '.')} Strona przekazująca przekazuje, a "
            "Strona przyjmująca przyjmuje następujące licencje oprogramowania:",
            "Sans",
            8.8,
            180,
        ),
        8.8,
        lead=4.3,
    )
    icols = [
        ("Lp.", 9, "c"),
        ("Nazwa oprogramowania / licencji", 58, "l"),
        ("Wersja / edycja", 22, "c"),
        ("Nr licencji / klucz", 50, "l"),
        ("Okres", 22, "c"),
        ("Ilość", 19, "r"),
    ]
    irows = []
    for i, it in enumerate(doc.items, 1):
        key = "XXXXX-XXXXX-XXXXX-" + "".join(rng.choice("BCDFGHJKMPQRTVWXY2346789") for _ in range(5))
        irows.append(
            [f"{i}.", it.name, vers[it.name], key, rng.choice(("12 mies.", "24 mies.", "bezterminowa")), qu(it)]
        )
    y = draw_table(p, 15, y + 3, icols, irows, size=8, style="grid", head_fill=0.88) + 8
    y = p.lines(
        15,
        y,
        wrap(
            "Strona przyjmująca potwierdza otrzymanie kluczy licencyjnych i dostęp do konta w portalu producenta. "
            "Licencje przekazano bez zastrzeżeń.",
            "Sans",
            8.8,
            180,
        ),
        8.8,
        lead=4.3,
    )
    y += 30
    for x0, capt in ((20, "Strona przekazująca"), (120, "Strona przyjmująca")):
        p.hline(x0, x0 + 70, y, 0.3)
        p.text(x0 + 35, y + 3.5, capt, 7, "Sans", "c")
    return Sample(p.bytes(), (doc,))


def fam_commission_quality_protocol(rng: random.Random) -> Sample:
    """Two pages: protokół odbioru ilościowo-jakościowego (parties one line each, a commission, ordered vs delivered
    quantity) and an attachment listing the serial numbers under the item names again."""
    buyer = pick_gmina(rng)
    base = build_doc(rng, "", n=(2, 4), kind="protocol", pool=HARDWARE, buyer=buyer, currency=None)
    items = tuple(
        replace(make_line(rng, CAT[i], qty=rng.choice((4, 5, 6, 8, 10) if k == 0 else (1, 1, 2, 3))), unit_price=None)
        for k, i in enumerate(rng.sample(HARDWARE, len(base.items)))
    )
    no = f"{rng.randint(1, 40)}/ODB/{base.issue_date.year}"
    unit = pick_unit(rng, buyer)
    doc = replace(base, number=no, items=items, sale_date=None, recipient=unit)
    s, b = doc.seller, doc.buyer
    p = Pdf()
    p.text(p.w / 2, 20, "PROTOKÓŁ ODBIORU ILOŚCIOWO-JAKOŚCIOWEGO", 13, "Sans-Bold", "c")
    p.text(p.w / 2, 26.5, f"nr {no} z dnia {dmy(doc.issue_date, '-')}", 10, "Sans", "c")
    y = 36.0
    for lab, text in (
        ("Zamawiający:", f"{b.name}, {b.street}, {b.city}, NIP: {b.nip[:3]}-{b.nip[3:6]}-{b.nip[6:8]}-{b.nip[8:]}"),
        ("Wykonawca:", f"{s.name}, {s.street}, {s.city}, NIP PL{s.nip}"),
        ("Miejsce dostawy:", f"{unit.name}, {unit.street}, {unit.city}"),
    ):
        p.text(15, y, lab, 8.8, "Sans-Bold")
        y = p.lines(50, y, wrapk(text, "Sans", 8.8, 145), 8.8, lead=4.2) + 1.5
    y += 2
    p.text(15, y, "Komisja w składzie:", 8.8, "Sans-Bold")
    people = rng.sample(
        ("Anna Kowalczyk", "Piotr Zieliński", "Marek Szymański", "Joanna Woźniak", "Tomasz Kamiński", "Ewa Dudek"), 3
    )
    y = p.lines(
        50,
        y,
        [
            f"1. {people[0]} – przewodniczący (Zamawiający)",
            f"2. {people[1]} – członek (informatyk urzędu)",
            f"3. {people[2]} – przedstawiciel Wykonawcy",
        ],
        8.8,
        lead=4.2,
    )
    y += 3
    cols = [
        ("Lp.", 8, "c"),
        ("Nazwa / opis przedmiotu dostawy", 70, "l"),
        ("Nr seryjny", 38, "l"),
        ("Ilość zamówiona", 20, "r"),
        ("Ilość dostarczona", 22, "r"),
        ("Zgodność z umową", 22, "c"),
    ]
    rows = []
    listed: list[tuple[int, Item, list[str]]] = []
    for i, it in enumerate(doc.items, 1):
        serials = [f"{rng.choice(('SN', 'S/N '))}{rng.randrange(36**8):08X}"[:11] for _ in range(int(it.qty))]
        sn = ", ".join(serials) if len(serials) <= 3 else "wg załącznika nr 1"
        if len(serials) > 3:
            listed.append((i, it, serials))
        rows.append([f"{i}.", it.name, sn, qu(it), qu(it), "TAK"])
    y = draw_table(p, 15, y, cols, rows, size=7.8, style="grid", head_fill=0.9) + 7
    p.text(15, y, "Ustalenia komisji:", 8.8, "Sans-Bold")
    y = p.lines(
        15,
        y + 5,
        [
            "☒ dostawa kompletna, zgodna z umową i ofertą Wykonawcy",
            "☐ dostawa z zastrzeżeniami (opis w uwagach)",
            "Sprzęt uruchomiono w obecności komisji; dokumenty gwarancyjne przekazano Zamawiającemu.",
        ],
        8.8,
        lead=4.6,
    )
    y += 28
    for x0, capt in ((15, "Przewodniczący komisji"), (80, "Członek komisji"), (145, "Przedstawiciel Wykonawcy")):
        p.hline(x0, x0 + 52, y, 0.3)
        p.text(x0 + 26, y + 3.5, capt, 7, "Sans", "c")
    footer_page(p, "strona 1 z 2")
    p.c.showPage()
    p.page_no += 1
    p.text(15, 20, f"Załącznik nr 1 do protokołu nr {no} z dnia {dmy(doc.issue_date, '-')}", 10, "Sans-Bold")
    p.text(15, 26, "Wykaz numerów seryjnych dostarczonego sprzętu", 9)
    y = 34.0
    for i, it, serials in listed:
        y = p.lines(15, y, wrapk(f"Poz. {i}: {it.name}", "Sans-Bold", 8.5, 180), 8.5, "Sans-Bold", lead=4) + 1
        grid_rows = [serials[j : j + 4] + [""] * (4 - len(serials[j : j + 4])) for j in range(0, len(serials), 4)]
        y = draw_table(p, 15, y, [("", 45, "l")] * 4, grid_rows, size=8, font="Mono", style="grid", head=False) + 6
    footer_page(p, "strona 2 z 2")
    return Sample(p.bytes(), (doc,))
