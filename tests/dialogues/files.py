"""Settlement documents for the golden dialogues: invoices and acceptance protocols as text PDFs.

`make_files(out_dir)` writes every document below into `out_dir` (deterministic content) and returns
the directory; dialogues refer to them as `{files}/NAME.pdf`. The documents are made up for the
dialogues: seller and buyer NIPs carry valid check digits (python-stdnum), amounts are Decimal.

Run as a script to look at them: `python -m tests.dialogues.files OUT_DIR`.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from stdnum.pl import nip as stdnip

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
CENT = Decimal("0.01")


def q2(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def make_nip(seed: int) -> str:
    """A checksum-valid NIP starting with the nine digits of `seed` (bumped until valid)."""
    base = seed
    while True:
        digits = f"{base:09d}"
        check = sum(w * int(d) for w, d in zip((6, 5, 7, 2, 3, 4, 5, 6, 7), digits, strict=True)) % 11
        if check != 10:
            nip = digits + str(check)
            assert stdnip.is_valid(nip)
            return nip
        base += 1


def money(value: Decimal) -> str:
    """12 345,67 – Polish grouping with a space and a decimal comma."""
    whole, frac = f"{q2(value):.2f}".split(".")
    groups = []
    while whole:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    return " ".join(groups) + "," + frac


@dataclass(frozen=True)
class Party:
    name: str
    nip: str
    address: str


@dataclass(frozen=True)
class Item:
    name: str
    qty: int
    unit_net: Decimal
    rate: int = 23
    unit: str = "szt."

    @property
    def net(self) -> Decimal:
        return q2(self.unit_net * self.qty)

    @property
    def vat(self) -> Decimal:
        return q2(self.net * self.rate / 100)

    @property
    def gross(self) -> Decimal:
        return self.net + self.vat


@dataclass(frozen=True)
class Doc:
    name: str  # file name
    kind: str  # "invoice" | "protocol"
    number: str
    issued: date
    seller: Party
    buyer: Party
    items: tuple[Item, ...]
    invoice_ref: str = ""  # protocols: the invoice they confirm
    extra: tuple[str, ...] = field(default=())


SELLER_A = Party("NetSecure Sp. z o.o.", make_nip(526104820), "ul. Prosta 20, 00-850 Warszawa")
SELLER_B = Party("KOMPUTEROWO Jan Nowak", make_nip(734182736), "ul. Długa 5, 33-300 Nowy Sącz")
GMINA_KOSCIERZYNA = Party("Gmina Kościerzyna", make_nip(591151234), "ul. Strzelecka 9, 83-400 Kościerzyna")
POWIAT_ZYWIECKI = Party(
    "Powiat Żywiecki – Starostwo Powiatowe w Żywcu", make_nip(553252111), "ul. Krasińskiego 13, 34-300 Żywiec"
)
GMINA_SUWALKI = Party("Gmina Suwałki", make_nip(844210876), "ul. Świerkowa 45, 16-400 Suwałki")
GMINA_JAROCIN = Party("Gmina Jarocin", make_nip(617195233), "al. Niepodległości 10, 63-200 Jarocin")
POWIAT_KROTOSZYNSKI = Party(
    "Powiat Krotoszyński – Starostwo Powiatowe w Krotoszynie", make_nip(621178532), "ul. Kołłątaja 7, 63-700 Krotoszyn"
)
GMINA_KROTOSZYN = Party("Gmina Krotoszyn", make_nip(621181190), "ul. Rynek 1, 63-700 Krotoszyn")

LAPTOP = Item("Laptop Dell Latitude 5540 i5 16 GB 512 GB SSD", 5, Decimal("4219.00"))
OFFICE = Item("Licencja Microsoft Office 2021 Standard", 5, Decimal("1450.00"))
FIREWALL = Item("Firewall FortiGate 60F z licencją UTP na 3 lata", 1, Decimal("7890.00"))
SERWER = Item("Serwer Dell PowerEdge R650 2x Xeon 128 GB RAM", 1, Decimal("38500.00"))
NAS = Item("Serwer NAS Synology RS1221+ z dyskami 4x 4 TB", 1, Decimal("9800.00"))
DORADZTWO = Item("Usługa doradcza – przygotowanie OPZ", 1, Decimal("9000.00"), unit="usł.")
TONER = Item("Toner HP 59A CF259A", 10, Decimal("389.00"))
UPS = Item("Zasilacz awaryjny APC Smart-UPS 1500VA", 2, Decimal("3645.50"))
EDR = Item("Licencja EDR ESET PROTECT Enterprise", 120, Decimal("95.00"))
DRUKARKA = Item("Drukarka laserowa HP LaserJet Pro M404dn", 2, Decimal("1850.00"))
MACIERZ = Item("Macierz dyskowa Dell PowerVault ME5012 12x 4 TB", 1, Decimal("62400.00"))
SKANER = Item("Skaner dokumentów Fujitsu fi-7160", 4, Decimal("4200.00"))
DORADZTWO_CP = Item("Usługa doradcza – ocena potrzeb i OPZ", 1, Decimal("20000.00"), unit="usł.")
ANTYWIRUS = Item("Licencja ESET Endpoint Antivirus 50 stan. 2 lata", 1, Decimal("6800.00"))
SMARTFON = Item("Smartfon Samsung Galaxy A54 5G 128 GB", 3, Decimal("1590.00"))
LAPTOP_SZKOLA = Item("Laptop Lenovo ThinkPad E14 dla Specjalnego Ośrodka Szkolno-Wychowawczego", 8, Decimal("3650.00"))


def documents() -> list[Doc]:
    d = Doc
    return [
        # Cyfrowa Gmina: gmina Kościerzyna buys laptops and Office (both eligible in CG).
        d(
            "fv_cg_laptopy.pdf",
            "invoice",
            "FV/2023/05/101",
            date(2023, 5, 10),
            SELLER_A,
            GMINA_KOSCIERZYNA,
            (LAPTOP, OFFICE),
        ),
        d(
            "po_cg_laptopy.pdf",
            "protocol",
            "PO/2023/05/01",
            date(2023, 5, 12),
            SELLER_A,
            GMINA_KOSCIERZYNA,
            (LAPTOP, OFFICE),
            invoice_ref="FV/2023/05/101",
        ),
        # Cyfrowa Gmina: advisory service 9 000 zł net (over 5 % of a 150 000 zł grant).
        d(
            "fv_cg_doradztwo.pdf",
            "invoice",
            "FV/2023/06/044",
            date(2023, 6, 20),
            SELLER_B,
            GMINA_KOSCIERZYNA,
            (DORADZTWO,),
        ),
        # Cyfrowa Gmina: invoice dated after 31.12.2023 (end of the CG project per regulamin §3 ust. 8).
        d("fv_cg_2024.pdf", "invoice", "FV/2024/01/015", date(2024, 1, 15), SELLER_A, GMINA_KOSCIERZYNA, (NAS,)),
        # Cyberbezpieczny Samorząd: firewall (eligible) and laptops (excluded, lit. a) for powiat żywiecki.
        d(
            "fv_cs_firewall.pdf",
            "invoice",
            "FV/2024/03/014",
            date(2024, 3, 14),
            SELLER_A,
            POWIAT_ZYWIECKI,
            (FIREWALL, LAPTOP),
        ),
        d(
            "po_cs_firewall.pdf",
            "protocol",
            "PO/2024/03/01",
            date(2024, 3, 15),
            SELLER_A,
            POWIAT_ZYWIECKI,
            (FIREWALL, LAPTOP),
            invoice_ref="FV/2024/03/014",
        ),
        # Cyberbezpieczny Samorząd: invoice dated 15.07.2025, after a project end of 30.06.2025.
        d("fv_cs_lipiec2025.pdf", "invoice", "FV/2025/07/031", date(2025, 7, 15), SELLER_B, POWIAT_ZYWIECKI, (UPS,)),
        # Cyberbezpieczny Samorząd: server bought by gmina Suwałki (buyer other than powiat żywiecki).
        d("fv_cs_suwalki.pdf", "invoice", "FV/2024/05/077", date(2024, 5, 7), SELLER_B, GMINA_SUWALKI, (SERWER,)),
        # Cyberbezpieczny Samorząd: toner (consumables, lit. d – excluded).
        d("fv_cs_toner.pdf", "invoice", "FV/2024/04/009", date(2024, 4, 9), SELLER_B, POWIAT_ZYWIECKI, (TONER,)),
        # Cyfrowy Powiat: server for powiat żywiecki.
        d("fv_cp_serwer.pdf", "invoice", "FV/2022/09/120", date(2022, 9, 20), SELLER_B, POWIAT_ZYWIECKI, (SERWER,)),
        # Cyfrowy Powiat: acceptance protocol of that server (blind2).
        d(
            "po_cp_serwer.pdf",
            "protocol",
            "PO/2022/09/02",
            date(2022, 9, 22),
            SELLER_B,
            POWIAT_ZYWIECKI,
            (SERWER,),
            invoice_ref="FV/2022/09/120",
        ),
        # Cyfrowy Powiat: laptops for a special school run by the powiat (eligible in CP, pkt 1 ppkt 2; blind2).
        d(
            "fv_cp_laptopy_szkola.pdf",
            "invoice",
            "FV/2023/03/055",
            date(2023, 3, 20),
            SELLER_A,
            POWIAT_ZYWIECKI,
            (LAPTOP_SZKOLA,),
        ),
        # Cyberbezpieczny Samorząd (blind5): gmina Jarocin buys EDR licences (eligible), two printers
        # (excluded, lit. c) and a disk array of 62 400 zł net (eligible; over 50 000 zł net, so the
        # baza konkurencyjności applies, CS scheme pkt 12).
        d(
            "fv_cs_jarocin.pdf",
            "invoice",
            "FV/2024/02/088",
            date(2024, 2, 12),
            SELLER_A,
            GMINA_JAROCIN,
            (EDR, DRUKARKA, MACIERZ),
        ),
        # Cyfrowy Powiat (blind6): powiat krotoszyński buys 4 document scanners (eligible, scanners are
        # named in the CP scheme pkt 2 ppkt 1 lit. a) and an advisory service of 20 000 zł net (over 5 %
        # of a 300 000 zł grant, i.e. over 15 000 zł, CP scheme pkt 2 ppkt 2 lit. a).
        d(
            "fv_cp_krotoszyn.pdf",
            "invoice",
            "FV/2023/08/212",
            date(2023, 8, 10),
            SELLER_B,
            POWIAT_KROTOSZYNSKI,
            (SKANER, DORADZTWO_CP),
        ),
        # ... and its acceptance protocol, which confirms only 3 of the 4 scanners (quantity mismatch).
        d(
            "po_cp_krotoszyn.pdf",
            "protocol",
            "PO/2023/08/05",
            date(2023, 8, 11),
            SELLER_B,
            POWIAT_KROTOSZYNSKI,
            (Item(SKANER.name, 3, SKANER.unit_net), DORADZTWO_CP),
            invoice_ref="FV/2023/08/212",
        ),
        # Cyberbezpieczny Samorząd (blind6): gmina Krotoszyn, invoice of 22.05.2023 – before the start of
        # the CS eligibility period (1.06.2023, CS scheme pkt 9); an antivirus licence (eligible item) and
        # three smartphones (excluded, lit. b).
        d(
            "fv_cs_krotoszyn_2023.pdf",
            "invoice",
            "FV/2023/05/377",
            date(2023, 5, 22),
            SELLER_A,
            GMINA_KROTOSZYN,
            (ANTYWIRUS, SMARTFON),
        ),
    ]


def _fonts() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if "DejaVuSans" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DejaVuSans", str(FONT_DIR / "DejaVuSans.ttf")))
        pdfmetrics.registerFont(TTFont("DejaVuSans-Bold", str(FONT_DIR / "DejaVuSans-Bold.ttf")))


def render(doc: Doc, path: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    _fonts()
    c = canvas.Canvas(str(path), pagesize=A4, invariant=True)
    c.setTitle(doc.number)
    _, height = A4
    y = height - 50
    left = 40

    def line(text: str, x: float = left, size: float = 9, bold: bool = False) -> None:
        c.setFont("DejaVuSans-Bold" if bold else "DejaVuSans", size)
        c.drawString(x, y, text)

    title = f"Faktura VAT nr {doc.number}" if doc.kind == "invoice" else f"Protokół odbioru nr {doc.number}"
    line(title, size=14, bold=True)
    y -= 20
    line(f"Data wystawienia: {doc.issued:%d.%m.%Y}")
    if doc.kind == "invoice":
        y -= 12
        line(f"Data sprzedaży: {doc.issued:%d.%m.%Y}")
    else:
        y -= 12
        line(f"Dotyczy faktury nr {doc.invoice_ref}")
    y -= 24
    label_a, label_b = ("Sprzedawca:", "Nabywca:") if doc.kind == "invoice" else ("Przekazujący:", "Odbierający:")
    line(label_a, bold=True)
    line(label_b, x=310, bold=True)
    for a, b in (
        (doc.seller.name, doc.buyer.name),
        (doc.seller.address, doc.buyer.address),
        (f"NIP: {doc.seller.nip}", f"NIP: {doc.buyer.nip}"),
    ):
        y -= 12
        line(a)
        line(b, x=310)
    y -= 28
    if doc.kind == "invoice":
        cols = (
            ("Lp.", left),
            ("Nazwa towaru lub usługi", left + 18),
            ("Ilość", 262),
            ("J.m.", 286),
            ("Cena netto", 312),
            ("Wartość netto", 366),
            ("Stawka", 422),
            ("Kwota VAT", 452),
            ("Wartość brutto", 505),
        )
    else:
        cols = (("Lp.", left), ("Nazwa", left + 22), ("Ilość", 400), ("J.m.", 450))
    for text, x in cols:
        line(text, x=x, size=8, bold=True)
    for n, item in enumerate(doc.items, 1):
        y -= 14
        values = [str(n), item.name, str(item.qty), item.unit]
        if doc.kind == "invoice":
            values += [money(item.unit_net), money(item.net), f"{item.rate}%", money(item.vat), money(item.gross)]
        for text, (_, x) in zip(values, cols, strict=True):
            line(text, x=x, size=7)
    if doc.kind == "invoice":
        net = sum((i.net for i in doc.items), Decimal(0))
        vat = sum((i.vat for i in doc.items), Decimal(0))
        gross = net + vat
        y -= 24
        line(f"Razem netto: {money(net)} PLN", x=330)
        y -= 12
        line(f"Razem VAT: {money(vat)} PLN", x=330)
        y -= 12
        line(f"Razem brutto: {money(gross)} PLN", x=330, bold=True)
        y -= 20
        line(f"Do zapłaty: {money(gross)} PLN", bold=True)
        y -= 12
        line("Sposób zapłaty: przelew, termin 14 dni")
    else:
        y -= 30
        line("Sprzęt przekazano kompletny i sprawny. Odbiór bez zastrzeżeń.")
        y -= 40
        line("Przekazujący: Jan Kowalski")
        line("Odbierający: Anna Nowak", x=310)
    c.showPage()
    c.save()


def make_files(out_dir: Path) -> Path:
    out_dir.mkdir(parents=True, exist_ok=True)
    for doc in documents():
        render(doc, out_dir / doc.name)
    return out_dir


if __name__ == "__main__":
    print(make_files(Path(sys.argv[1] if len(sys.argv) > 1 else "dialogue-files")))
