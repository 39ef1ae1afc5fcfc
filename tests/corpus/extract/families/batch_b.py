"""Development families, second batch: Optima/Symfonia-like, reversed party order, two-line item rows,
dense marketplace print, split payment, KSeF with Podmiot3, dot-matrix landscape, more protocols."""

from __future__ import annotations

import random
import textwrap
from dataclasses import replace

from tests.corpus.extract.blocks import due_date, item_row, signatures, slownie, vat_summary
from tests.corpus.extract.kit import (
    Col,
    DocOptions,
    Pdf,
    TableStyle,
    date_fmt,
    make_doc,
    make_protocol,
    money,
    nip_fmt,
    party_lines,
    qty_fmt,
    rate_label,
    table,
    wrap,
)
from tests.corpus.extract.registry import Sample

STD = ("lp.", "name", "qty", "unit", "price", "net", "rate", "gross")
STD_COLS = (
    Col("Lp.", 8, "c"),
    Col("Nazwa towaru lub usługi", 70),
    Col("Ilość", 12, "r"),
    Col("J.m.", 10),
    Col("Cena netto", 20, "r"),
    Col("Wartość netto", 22, "r"),
    Col("VAT", 10, "c"),
    Col("Wartość brutto", 24, "r"),
)


def fam_optima_boxes(rng: random.Random) -> Sample:
    """Optima-like: 'Oryginał' box, dates in a 2x2 box grid, seller/buyer framed, 'Forma płatności' grid row."""
    no = f"FA/{rng.randint(1, 400)}/2026"
    doc = make_doc(rng, no, DocOptions(n_items=(2, 6)))
    p = Pdf()
    ms = "space"
    p.rect(15, 12, 90, 20, 0.5)
    p.text(18, 18, doc.seller.name, 10, "Sans-Bold")
    p.lines(
        18, 23, [f"{doc.seller.street}, {doc.seller.city}", f"NIP: {nip_fmt(doc.seller.nip, 'dash')}"], 7.5, lead=3.6
    )
    p.rect(110, 12, 85, 9, 0.5, fill=0.9)
    p.text(152, 18, f"Faktura VAT {no}", 10, "Sans-Bold", "c")
    grid = (
        ("Data wystawienia", date_fmt(doc.issue_date)),
        ("Data sprzedaży", date_fmt(doc.sale_date)),
        ("Miejsce wystawienia", doc.place),
        ("", "ORYGINAŁ"),
    )
    for k, (lab, val) in enumerate(grid):
        x, y = 110 + (k % 2) * 42.5, 21 + (k // 2) * 8
        p.rect(x, y, 42.5, 8, 0.4)
        p.text(x + 1.5, y + 3, lab, 5.5)
        p.text(x + 41, y + 6.8, val, 8, "Sans-Bold", "r")
    p.rect(15, 40, 180, 24, 0.5)
    p.text(17, 44, "Nabywca:", 7, "Sans-Bold")
    p.lines(35, 44, party_lines(doc.buyer, nip_label="NIP: ", nip_style="dash"), 8.5, lead=3.9)
    y = (
        table(
            p,
            15,
            70,
            STD_COLS,
            [item_row(it, k, ms, what=STD) for k, it in enumerate(doc.items, 1)],
            TableStyle(size=7.8, grid=True, head_fill=0.9),
        )
        + 4
    )
    y = vat_summary(p, 95, y, doc, ms, TableStyle(size=7.8, grid=True), total_label="Razem:")
    cells = (
        ("Forma płatności", "przelew"),
        ("Termin", due_date(doc)),
        ("Do zapłaty", f"{money(doc.totals()[2], ms)} PLN"),
    )
    for k, (lab, val) in enumerate(cells):
        p.rect(15 + k * 60, y + 4, 60, 11, 0.4)
        p.text(17 + k * 60, y + 8, lab, 6.5)
        p.text(73 + k * 60, y + 13, val, 9, "Sans-Bold", "r")
    p.text(15, y + 21, f"Słownie: {slownie(doc)}", 8)
    return Sample(p.bytes(), (doc,))


def fam_buyer_left_seller_right(rng: random.Random) -> Sample:
    """Reversed party order: Nabywca on the left, Sprzedawca on the right; totals as label/value pairs."""
    no = f"{rng.randint(1, 80)}/{rng.randint(1, 12):02d}/26"
    doc = make_doc(rng, no, DocOptions(n_items=(1, 4)))
    p = Pdf()
    ms = "dot"
    p.text(15, 20, f"Faktura VAT nr {no}", 15, "Sans-Bold")
    p.text(
        15,
        27,
        f"Data wystawienia: {date_fmt(doc.issue_date, 'iso')}, data sprzedaży: {date_fmt(doc.sale_date, 'iso')}",
        8.5,
    )
    p.text(15, 38, "Nabywca", 9, "Sans-Bold")
    p.lines(15, 43, party_lines(doc.buyer), 9)
    p.text(110, 38, "Sprzedawca", 9, "Sans-Bold")
    p.lines(110, 43, party_lines(doc.seller), 9)
    y = (
        table(
            p,
            12,
            72,
            STD_COLS,
            [item_row(it, k, ms, what=STD) for k, it in enumerate(doc.items, 1)],
            TableStyle(size=8, grid=False, rules=True),
        )
        + 6
    )
    net, vat, gross = doc.totals()
    for lab, val in (("Wartość netto", net), ("Wartość VAT", vat), ("Wartość brutto", gross)):
        p.text(160, y, lab, 9, "Sans", "r")
        p.text(195, y, f"{money(val, ms)} PLN", 9, "Sans-Bold", "r")
        y += 5
    p.text(15, y + 6, f"Słownie: {slownie(doc)}", 8)
    return Sample(p.bytes(), (doc,))


def fam_two_line_rows(rng: random.Random) -> Sample:
    """Each line on two rows: the name alone, then code, quantity and amounts underneath (ERP style)."""
    no = f"{rng.randint(1, 9999):06d}/FVS/2026"
    doc = make_doc(rng, no, DocOptions(n_items=(3, 7)))
    p = Pdf()
    ms = "space"
    p.text(15, 16, doc.seller.name, 11, "Cond-Bold")
    p.text(15, 21, f"{doc.seller.street}, {doc.seller.city}   NIP {doc.seller.nip}", 8, "Cond")
    p.text(195, 16, f"FAKTURA VAT nr {no}", 11, "Cond-Bold", "r")
    p.text(
        195,
        21,
        f"z dnia {date_fmt(doc.issue_date, 'dash')}  (sprzedaż {date_fmt(doc.sale_date, 'dash')})",
        8,
        "Cond",
        "r",
    )
    p.text(15, 32, "Nabywca:", 8, "Cond-Bold")
    p.lines(15, 36, party_lines(doc.buyer), 8.5, "Cond")
    y = 62.0
    heads = [
        (15, "Lp./Nazwa", "l"),
        (85, "Ilość", "r"),
        (100, "J.m.", "l"),
        (128, "Cena netto", "r"),
        (152, "Netto", "r"),
        (162, "VAT", "r"),
        (195, "Brutto", "r"),
    ]
    for x, t, a in heads:
        p.text(x, y, t, 7.5, "Cond-Bold", a)
    p.hline(15, 195, y + 1.5, 0.6)
    y += 6
    for k, it in enumerate(doc.items, 1):
        p.text(15, y, f"{k}. {it.name}", 8, "Cond-Bold")
        y += 4
        p.text(20, y, f"PKWiU {it.codes[0]}", 7, "Cond")
        for x, v, a in (
            (85, qty_fmt(it.qty), "r"),
            (100, it.unit, "l"),
            (128, money(it.unit_price or 0, ms), "r"),
            (152, money(it.net or 0, ms), "r"),
            (162, rate_label(it.vat_rate, "n"), "r"),
            (195, money(it.gross or 0, ms), "r"),
        ):
            p.text(x, y, v, 8, "Cond", a)
        y += 2
        p.hline(15, 195, y, 0.2, gray=0.6)
        y += 4.5
    y = vat_summary(
        p, 95, y + 2, doc, ms, TableStyle(size=7.8, font="Cond", head_font="Cond-Bold", grid=False, rules=True)
    )
    p.text(15, y + 8, f"Do zapłaty: {money(doc.totals()[2], ms)} PLN", 11, "Cond-Bold")
    p.text(15, y + 13, f"Słownie: {slownie(doc)}", 8, "Cond")
    return Sample(p.bytes(), (doc,))


def fam_marketplace_dense(rng: random.Random) -> Sample:
    """Dense marketplace-style invoice in 6 pt: everything small, one-line parties, amounts with 'zł'."""
    no = f"{rng.randint(10**7, 10**8 - 1)}/{rng.randint(1, 12):02d}/2026"
    doc = make_doc(rng, no, DocOptions(n_items=(4, 10), item_pool=(12, 13, 14, 15, 21, 22, 7, 8, 6)))
    p = Pdf()
    ms = "comma"
    s = 6
    p.text(12, 12, f"Faktura VAT nr {no}", 9, "Sans-Bold")
    p.text(
        12,
        16,
        f"Data wystawienia: {date_fmt(doc.issue_date)} | Data sprzedaży: {date_fmt(doc.sale_date)} | "
        f"Płatność: zapłacono online",
        s,
    )
    p.text(12, 22, f"Sprzedawca: {doc.seller.name}, {doc.seller.street}, {doc.seller.city}, NIP: {doc.seller.nip}", s)
    p.text(12, 25.5, f"Nabywca: {doc.buyer.name}, {doc.buyer.street}, {doc.buyer.city}, NIP: {doc.buyer.nip}", s)
    cols = [
        Col("Lp", 6, "c"),
        Col("Nazwa", 80),
        Col("Ilość", 10, "r"),
        Col("Cena netto", 18, "r"),
        Col("Wartość netto", 20, "r"),
        Col("VAT", 8, "c"),
        Col("Kwota VAT", 16, "r"),
        Col("Wartość brutto", 22, "r"),
    ]
    rows = [
        [
            str(k),
            it.name,
            qty_fmt(it.qty, ms),
            f"{money(it.unit_price or 0, ms)} zł",
            f"{money(it.net or 0, ms)} zł",
            rate_label(it.vat_rate),
            f"{money(it.vat or 0, ms)} zł",
            f"{money(it.gross or 0, ms)} zł",
        ]
        for k, it in enumerate(doc.items, 1)
    ]
    y = table(p, 12, 30, cols, rows, TableStyle(size=s, grid=True, pad=0.8)) + 3
    net, vat, gross = doc.totals()
    p.text(
        198,
        y + 2,
        f"Razem netto: {money(net, ms)} zł   VAT: {money(vat, ms)} zł   Razem brutto: {money(gross, ms)} zł",
        7,
        "Sans-Bold",
        "r",
    )
    p.text(12, y + 7, f"Słownie: {slownie(doc)}", s)
    return Sample(p.bytes(), (doc,))


def fam_split_payment_gtu(rng: random.Random) -> Sample:
    """'Mechanizm podzielonej płatności' with a GTU column and the legal notes block above the table."""
    no = f"FV/MPP/{rng.randint(1, 300)}/2026"
    doc = make_doc(rng, no, DocOptions(n_items=(2, 4), item_pool=(0, 1, 2, 4, 10, 11, 12, 21)))
    p = Pdf()
    ms = "space"
    p.text(15, 18, "Faktura VAT", 15, "Sans-Bold")
    p.text(15, 24, no, 11, "Sans-Bold")
    p.text(195, 18, f"Data wystawienia: {date_fmt(doc.issue_date, 'iso')}", 8, "Sans", "r")
    p.text(195, 22, f"Data sprzedaży: {date_fmt(doc.sale_date, 'iso')}", 8, "Sans", "r")
    p.text(195, 26, f"Termin płatności: {due_date(doc)}", 8, "Sans", "r")
    p.lines(15, 36, ["Sprzedawca:", *party_lines(doc.seller)], 8.5)
    p.lines(110, 36, ["Nabywca:", *party_lines(doc.buyer)], 8.5)
    p.rect(15, 64, 180, 10, 0.6)
    p.text(p.w / 2, 70.5, "MECHANIZM PODZIELONEJ PŁATNOŚCI", 10, "Sans-Bold", "c")
    cols = [
        Col("Lp.", 8, "c"),
        Col("Nazwa", 66),
        Col("GTU", 14, "c"),
        Col("Ilość", 12, "r"),
        Col("J.m.", 10),
        Col("Cena netto", 20, "r"),
        Col("Wartość netto", 22, "r"),
        Col("VAT", 8, "c"),
        Col("Wartość brutto", 22, "r"),
    ]
    rows = [
        item_row(it, k, ms, what=("lp.", "name", "gtu", "qty", "unit", "price", "net", "rate_n", "gross"))
        for k, it in enumerate(doc.items, 1)
    ]
    y = table(p, 12, 80, cols, rows, TableStyle(size=7.8, grid=True)) + 4
    y = vat_summary(p, 95, y, doc, ms, TableStyle(size=7.8, grid=True))
    p.text(15, y + 8, f"Do zapłaty: {money(doc.totals()[2], ms)} PLN", 11, "Sans-Bold")
    p.text(15, y + 13, f"Rachunek VAT/rozliczeniowy: {doc.bank}", 8)
    return Sample(p.bytes(), (doc,))


def fam_ksef_podmiot3(rng: random.Random) -> Sample:
    """KSeF view for a JST: Podmiot3 with role 'Jednostka podrzędna JST – odbiorca' next to Nabywca."""
    no = f"FV/{rng.randint(1, 999)}/{rng.randint(1, 12):02d}/2026"
    doc = make_doc(rng, no, DocOptions(n_items=(1, 4), recipient=True))
    p = Pdf()
    ms = "comma"
    p.text(15, 16, "Faktura", 15, "Sans-Bold")
    p.text(15, 22, f"Numer faktury: {no}", 9)
    p.text(
        15,
        26.5,
        f"Numer KSeF: {doc.seller.nip}-{doc.issue_date:%Y%m%d}-{rng.randrange(16**12):012X}-{rng.randrange(256):02X}",
        7,
    )
    blocks = (
        ("Sprzedawca", doc.seller, ""),
        ("Nabywca", doc.buyer, "JST – nabywca (identyfikator wewnętrzny)"),
        ("Podmiot trzeci", doc.recipient, "Rola: Jednostka podrzędna JST – odbiorca"),
    )
    y = 34.0
    for k, (lab, party, role) in enumerate(blocks):
        assert party is not None
        x = 15 + k * 62
        p.text(x, y, lab, 9.5, "Sans-Bold")
        rows = [f"NIP: {party.nip}", *wrap(f"Nazwa: {party.name}", "Sans", 7.5, 58), party.street, party.city]
        if role:
            rows += wrap(role, "Sans", 6.5, 58)
        p.lines(x, y + 5, rows, 7.5, lead=3.7)
    p.text(
        15,
        72,
        f"Data wystawienia: {date_fmt(doc.issue_date, 'iso')}   Data dostawy: {date_fmt(doc.sale_date, 'iso')}",
        8,
    )
    cols = [
        Col("Lp.", 8, "c"),
        Col("Nazwa towaru lub usługi", 68),
        Col("Cena jedn. netto", 20, "r"),
        Col("Ilość", 12, "r"),
        Col("Miara", 11),
        Col("Stawka podatku", 14, "c"),
        Col("Wartość sprzedaży netto", 22, "r"),
        Col("Wartość sprzedaży brutto", 24, "r"),
    ]
    rows = [
        item_row(it, k, ms, what=("lp", "name", "price", "qty", "unit", "rate", "net", "gross"))
        for k, it in enumerate(doc.items, 1)
    ]
    y = table(p, 15, 78, cols, rows, TableStyle(size=7.5, grid=True, head_fill=0.9, head_size=6.3)) + 5
    p.text(195, y + 2, f"Kwota należności ogółem: {money(doc.totals()[2], ms)} PLN", 10, "Sans-Bold", "r")
    vs = [
        Col("Stawka podatku", 30),
        Col("Kwota netto", 30, "r"),
        Col("Kwota podatku", 30, "r"),
        Col("Kwota brutto", 30, "r"),
    ]
    rows = [[rate_label(r), money(n, ms), money(v, ms), money(g, ms)] for r, n, v, g in doc.rate_summary()]
    table(p, 15, y + 8, vs, rows, TableStyle(size=7.5, grid=True, head_fill=0.9))
    return Sample(p.bytes(), (doc,))


def fam_dotmatrix_wide(rng: random.Random) -> Sample:
    """Wide-carriage dot-matrix printout on a landscape page: 132 columns, no lines, amounts 1234.56."""
    no = f"{rng.randint(1, 9999)}/{rng.randint(1, 12):02d}/2026"
    doc = make_doc(rng, no, DocOptions(n_items=(3, 8)))
    p = Pdf(land=True)
    f, sz = "Mono", 7.4
    ms = "plain"
    lines = [
        f"{doc.seller.name:<60}{'FAKTURA VAT  NR ' + no:>60}",
        f"{doc.seller.street + ', ' + doc.seller.city:<60}{'Data wystawienia: ' + date_fmt(doc.issue_date):>60}",
        f"{'NIP: ' + doc.seller.nip:<60}{'Data sprzedaży:   ' + date_fmt(doc.sale_date):>60}",
        "",
        f"NABYWCA: {doc.buyer.name}",
        f"         {doc.buyer.street}, {doc.buyer.city}",
        f"         NIP: {doc.buyer.nip}",
        "",
        f"{'LP':<3}{'NAZWA TOWARU/USLUGI':<58}{'ILOSC':>7} {'JM':<5}{'CENA NETTO':>12}{'WART.NETTO':>13}"
        f"{'VAT':>5}{'KWOTA VAT':>12}{'WART.BRUTTO':>14}",
        "-" * 129,
    ]
    for k, it in enumerate(doc.items, 1):
        first, *rest = textwrap.wrap(it.name.upper(), 56)
        lines.append(
            f"{k:<3}{first:<58}{qty_fmt(it.qty):>7} {it.unit:<5}{money(it.unit_price or 0, ms):>12}"
            f"{money(it.net or 0, ms):>13}{rate_label(it.vat_rate, 'n'):>5}{money(it.vat or 0, ms):>12}"
            f"{money(it.gross or 0, ms):>14}"
        )
        lines += [f"   {r}" for r in rest]
    net, vat, gross = doc.totals()
    lines += [
        "-" * 129,
        f"{'RAZEM:':>85}{money(net, ms):>13}{'':>5}{money(vat, ms):>12}{money(gross, ms):>14}",
        "",
        f"DO ZAPLATY: {money(gross, ms)} PLN  SLOWNIE: {slownie(doc).upper()}",
        f"TERMIN PLATNOSCI: {due_date(doc)}  PRZELEW  {doc.bank}",
    ]
    p.lines(10, 15, lines, sz, f, lead=3.5)
    doc = replace(doc, items=tuple(replace(it, name=it.name.upper()) for it in doc.items))
    return Sample(p.bytes(), (doc,), landscape=True)


def fam_protocol_checklist(rng: random.Random) -> Sample:
    """Protocol with checkboxes (kompletny/sprawny), serial numbers column, unlabelled NIPs, place per item."""
    no = f"PO-{rng.randint(1, 99):02d}/{rng.randint(2025, 2026)}"
    doc = make_protocol(rng, no, n=(2, 6), pool=(0, 1, 2, 3, 4, 5, 6, 10, 11, 12, 14, 15))
    p = Pdf()
    p.text(15, 20, f"Protokół odbioru sprzętu nr {no}", 13, "Sans-Bold")
    p.text(15, 26, f"Data odbioru: {date_fmt(doc.issue_date, 'iso')}", 9)
    p.lines(
        15,
        36,
        ["Dostawca:", doc.seller.name, f"{doc.seller.street}, {doc.seller.city}", nip_fmt(doc.seller.nip, "dash")],
        8.5,
    )
    p.lines(
        110,
        36,
        ["Odbiorca:", doc.buyer.name, f"{doc.buyer.street}, {doc.buyer.city}", nip_fmt(doc.buyer.nip, "dash")],
        8.5,
    )
    cols = [
        Col("Lp.", 9, "c"),
        Col("Nazwa", 78),
        Col("Ilość", 14, "r"),
        Col("Nr seryjny", 34),
        Col("Miejsce instalacji", 45),
    ]
    rows = [
        [
            str(k),
            it.name,
            f"{qty_fmt(it.qty)} {it.unit}",
            f"S{rng.randrange(10**9):09d}",
            rng.choice(("serwerownia UG", "pok. 12, sekretariat", "Referat IT", "szkoła – sala 4")),
        ]
        for k, it in enumerate(doc.items, 1)
    ]
    y = table(p, 15, 60, cols, rows, TableStyle(size=8, grid=True)) + 8
    for label in ("Sprzęt kompletny", "Sprzęt sprawny, uruchomiony", "Dokumentacja i karty gwarancyjne przekazane"):
        p.rect(15, y - 3, 3.5, 3.5, 0.4)
        p.text(15.6, y, "X", 7, "Sans-Bold")
        p.text(21, y, label, 9)
        y += 6
    signatures(p, y + 4, "Odbierający (Zamawiający)", "Przekazujący (Wykonawca)")
    return Sample(p.bytes(), (doc,))


def fam_letterspaced_protocol(rng: random.Random) -> Sample:
    """'P R O T O K Ó Ł   O D B I O R U' letter-spaced title, number on a separate line, two-column parties."""
    no = f"{rng.randint(1, 40)}/{rng.randint(2025, 2026)}/CS"
    doc = make_protocol(rng, no, n=(1, 4))
    p = Pdf()
    p.text(p.w / 2, 25, "PROTOKÓŁ ODBIORU", 15, "Sans-Bold", "c", spacing=3.5)
    p.text(p.w / 2, 32, f"nr {no}", 10, "Sans", "c")
    p.text(p.w / 2, 37, f"{doc.buyer.city.split(' ', 1)[1]}, {date_fmt(doc.issue_date, 'dmy')}", 9, "Sans", "c")
    p.text(20, 50, "ZAMAWIAJĄCY", 8, "Sans-Bold", spacing=1)
    p.lines(20, 55, party_lines(doc.buyer), 9)
    p.text(110, 50, "WYKONAWCA", 8, "Sans-Bold", spacing=1)
    p.lines(110, 55, party_lines(doc.seller), 9)
    p.text(20, 82, f"W wykonaniu: {doc.references}", 9)
    cols = [Col("Lp.", 10, "c"), Col("Przedmiot", 110), Col("Ilość", 20, "r"), Col("J.m.", 18)]
    rows = [[f"{k}.", it.name, qty_fmt(it.qty), it.unit] for k, it in enumerate(doc.items, 1)]
    y = table(p, 20, 88, cols, rows, TableStyle(size=9, grid=False, rules=True)) + 10
    y = p.lines(20, y, ["Strony stwierdzają, że przedmiot umowy został wykonany należycie."], 9)
    signatures(p, y + 8, "Zamawiający", "Wykonawca")
    return Sample(p.bytes(), (doc,))


def fam_zebra_rows_footer(rng: random.Random) -> Sample:
    """Modern template: logo block, zebra-striped rows without lines, company footer with KRS and capital."""
    no = f"INV-{rng.randint(2026000, 2026999)}"
    doc = make_doc(rng, no, DocOptions(n_items=(3, 7)))
    p = Pdf()
    ms = "space"
    p.rect(15, 12, 40, 16, 0, fill=0.3)
    p.c.setFillGray(1)
    p.text(35, 22, doc.seller.name.split()[0][:12], 10, "Sans-Bold", "c")
    p.c.setFillGray(0)
    p.text(195, 16, "Faktura VAT", 16, "Sans-Bold", "r")
    p.text(195, 23, f"Numer: {no}", 10, "Sans", "r")
    p.lines(
        195,
        30,
        [f"Wystawiona: {date_fmt(doc.issue_date, 'words')}", f"Data sprzedaży: {date_fmt(doc.sale_date, 'words')}"],
        8,
        align="r",
    )
    p.lines(15, 45, ["OD", *party_lines(doc.seller)], 8.5)
    p.lines(110, 45, ["DLA", *party_lines(doc.buyer)], 8.5)
    y = 78.0
    heads = [
        (17, "Nazwa", "l"),
        (120, "Ilość", "r"),
        (145, "Cena netto", "r"),
        (158, "VAT", "r"),
        (193, "Wartość brutto", "r"),
    ]
    for x, t, a in heads:
        p.text(x, y, t, 8, "Sans-Bold", a)
    y += 3
    for k, it in enumerate(doc.items):
        name_lines = wrap(it.name, "Sans", 8, 84)
        h = 4 * len(name_lines) + 2.5
        if k % 2 == 0:
            p.rect(15, y, 180, h, 0, fill=0.93)
        yy = p.lines(17, y + 4, name_lines, 8, lead=4)
        for x, v in (
            (120, f"{qty_fmt(it.qty)} {it.unit}"),
            (145, money(it.unit_price or 0, ms)),
            (158, rate_label(it.vat_rate)),
            (193, money(it.gross or 0, ms)),
        ):
            p.text(x, y + 4, v, 8, "Sans", "r")
        y = max(yy, y + h) - 1.5
    y += 6
    net, vat, gross = doc.totals()
    p.lines(193, y, [f"Netto: {money(net, ms)} zł", f"VAT: {money(vat, ms)} zł"], 9, align="r", lead=5)
    p.text(193, y + 12, f"Do zapłaty: {money(gross, ms)} zł", 13, "Sans-Bold", "r")
    p.hline(15, 195, p.h - 18, 0.3)
    p.text(
        p.w / 2,
        p.h - 14,
        f"{doc.seller.name} · KRS 0000{rng.randint(100000, 999999)} · kapitał zakładowy "
        f"{rng.choice(('5 000', '50 000', '100 000'))},00 zł · {doc.bank}",
        6.5,
        "Sans",
        "c",
    )
    return Sample(p.bytes(), (replace(doc, item_amounts=("gross",)),))
