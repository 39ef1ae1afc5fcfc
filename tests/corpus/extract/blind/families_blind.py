"""BLIND families. Not to be opened by the parser engineer; measured once, at the end of the tuning."""

from __future__ import annotations

import random
import textwrap
from dataclasses import replace
from decimal import Decimal

from tests.corpus.extract.blocks import due_date, item_row, signatures, slownie, vat_summary
from tests.corpus.extract.kit import (
    Col,
    DocOptions,
    Pdf,
    TableStyle,
    date_fmt,
    make_correction,
    make_doc,
    make_protocol,
    money,
    nip_fmt,
    party_lines,
    q2,
    qty_fmt,
    rate_label,
    table,
    words_pln,
    wrap,
)
from tests.corpus.extract.registry import Sample


def fam_inverted_header_bar(rng: random.Random) -> Sample:
    """Black header bar with white 'FAKTURA VAT' and number; uppercase party captions; amounts with 'zł'."""
    no = f"FV/{rng.randint(1, 999):03d}/{rng.randint(1, 12):02d}/26"
    doc = make_doc(rng, no, DocOptions(n_items=(2, 5)))
    p = Pdf()
    ms = "space"
    p.rect(0, 0, p.w, 26, 0, fill=0.1)
    p.c.setFillGray(1)
    p.text(15, 13, "FAKTURA VAT", 17, "Sans-Bold")
    p.text(195, 12, f"Nr faktury: {no}", 11, "Sans-Bold", "r")
    p.text(195, 19, f"Wystawiona: {date_fmt(doc.issue_date, 'dmy')}", 8.5, "Sans", "r")
    p.c.setFillGray(0)
    p.text(15, 34, f"Data sprzedaży: {date_fmt(doc.sale_date, 'dmy')}", 8.5)
    p.text(15, 44, "SPRZEDAWCA", 8, "Sans-Bold")
    p.lines(15, 49, party_lines(doc.seller, nip_label="NIP "), 9)
    p.text(110, 44, "NABYWCA", 8, "Sans-Bold")
    p.lines(110, 49, party_lines(doc.buyer, nip_label="NIP "), 9)
    cols = [
        Col("Lp.", 8, "c"),
        Col("Nazwa towaru / usługi", 64),
        Col("Ilość", 12, "r"),
        Col("J.m.", 10),
        Col("Cena netto", 22, "r"),
        Col("Wartość netto", 25, "r"),
        Col("VAT", 10, "c"),
        Col("Brutto", 26, "r"),
    ]
    rows = [
        [
            f"{k}.",
            it.name,
            qty_fmt(it.qty),
            it.unit,
            f"{money(it.unit_price or 0, ms)} zł",
            f"{money(it.net or 0, ms)} zł",
            rate_label(it.vat_rate),
            f"{money(it.gross or 0, ms)} zł",
        ]
        for k, it in enumerate(doc.items, 1)
    ]
    y = table(p, 12, 78, cols, rows, TableStyle(size=7.8, grid=False, rules=True, head_fill=0.85)) + 6
    net, vat, gross = doc.totals()
    y = p.lines(130, y, [f"Razem netto: {money(net, ms)} zł", f"Razem VAT: {money(vat, ms)} zł"], 9, lead=5)
    p.rect(120, y - 1, 75, 10, 0, fill=0.1)
    p.c.setFillGray(1)
    p.text(192, y + 5.5, f"DO ZAPŁATY: {money(gross, ms)} zł", 11, "Sans-Bold", "r")
    p.c.setFillGray(0)
    p.text(15, y + 16, f"Słownie: {slownie(doc)}", 8)
    p.text(15, y + 21, f"Przelew do {due_date(doc)} na rachunek {doc.bank}", 8)
    return Sample(p.bytes(), (doc,))


def fam_pipe_table_printout(rng: random.Random) -> Sample:
    """Needle-printer style printout with '|' and '=' drawn table, amounts 1234,56, dates dd-mm-yyyy."""
    no = f"{rng.randint(1, 9999)}/S/2026"
    doc = make_doc(rng, no, DocOptions(n_items=(3, 6)))
    p = Pdf()
    f, sz = "Mono", 7.2
    ms = "comma"
    y = p.lines(
        12,
        14,
        [
            f"Sprzedawca: {doc.seller.name}",
            f"            {doc.seller.street}, {doc.seller.city}",
            f"            NIP: {nip_fmt(doc.seller.nip, 'dash2')}",
            "",
            f"Nabywca:    {doc.buyer.name}",
            f"            {doc.buyer.street}, {doc.buyer.city}",
            f"            NIP: {nip_fmt(doc.buyer.nip, 'dash2')}",
        ],
        8,
        f,
        lead=3.8,
    )
    p.text(150, 14, f"Data wyst.: {date_fmt(doc.issue_date, 'dash')}", 8, f)
    p.text(150, 18, f"Data sprz.: {date_fmt(doc.sale_date, 'dash')}", 8, f)
    y += 6
    p.text(p.w / 2, y, f"FAKTURA VAT NR {no}", 12, "Mono-Bold", "c")
    y += 8
    bar = "=" * 112
    p.text(8, y, bar, sz, f)
    p.text(
        8,
        y + 3,
        f"|Lp|{'Nazwa':<42}|{'Il.':>5}|{'Jm':<4}|{'Cena':>10}|{'Netto':>11}|{'St.':>3}|{'VAT':>10}|{'Brutto':>11}|",
        sz,
        f,
    )
    p.text(8, y + 6, bar, sz, f)
    y += 9
    for k, it in enumerate(doc.items, 1):
        first, *rest = textwrap.wrap(it.name, 42)
        p.text(
            8,
            y,
            f"|{k:>2}|{first:<42}|{qty_fmt(it.qty, ms):>5}|{it.unit:<4}|{money(it.unit_price or 0, ms):>10}|"
            f"{money(it.net or 0, ms):>11}|{rate_label(it.vat_rate, 'n'):>3}|{money(it.vat or 0, ms):>10}|"
            f"{money(it.gross or 0, ms):>11}|",
            sz,
            f,
        )
        for more in rest:
            y += 3
            p.text(8, y, f"|  |{more:<42}|{'':>5}|{'':<4}|{'':>10}|{'':>11}|{'':>3}|{'':>10}|{'':>11}|", sz, f)
        y += 3.2
    p.text(8, y, bar, sz, f)
    net, vat, gross = doc.totals()
    p.text(
        8, y + 3, f"{'RAZEM:':>66}{money(net, ms):>12}    {money(vat, ms):>11}{money(gross, ms):>12}", sz, "Mono-Bold"
    )
    y += 10
    p.text(12, y, f"Do zapłaty: {money(gross, ms)} zł   Słownie: {slownie(doc)}", 8, f)
    p.text(12, y + 4, f"Termin płatności: {due_date(doc)}  Przelew: {doc.bank}", 8, f)
    return Sample(p.bytes(), (doc,))


def fam_protocol_with_values(rng: random.Random) -> Sample:
    """Protokół zdawczo-odbiorczy with values per line (net) and a total, tied to an invoice number."""
    no = f"PZO/{rng.randint(1, 60)}/2026"
    doc = make_protocol(rng, no, with_values=True, n=(2, 5))
    doc = replace(doc, references=f"Faktura VAT nr FV/{rng.randint(100, 999)}/2026")
    p = Pdf()
    ms = "space"
    p.text(p.w / 2, 24, "PROTOKÓŁ ZDAWCZO-ODBIORCZY", 14, "Serif-Bold", "c")
    p.text(p.w / 2, 30, f"nr {no} z dnia {date_fmt(doc.issue_date, 'words_r')}", 10, "Serif", "c")
    p.text(20, 42, "Przekazujący:", 9, "Serif-Bold")
    p.lines(20, 47, party_lines(doc.seller), 9, "Serif")
    p.text(110, 42, "Przyjmujący:", 9, "Serif-Bold")
    p.lines(110, 47, party_lines(doc.buyer), 9, "Serif")
    p.text(20, 75, f"Podstawa: {doc.references}", 9, "Serif")
    cols = [
        Col("Lp.", 10, "c"),
        Col("Nazwa sprzętu / usługi", 92),
        Col("Ilość", 16, "r"),
        Col("Wartość netto", 28, "r"),
        Col("Uwagi", 24),
    ]
    rows = [
        [f"{k}.", it.name, f"{qty_fmt(it.qty)} {it.unit}", money(it.net or 0, ms), "bez uwag"]
        for k, it in enumerate(doc.items, 1)
    ]
    y = table(p, 20, 80, cols, rows, TableStyle(size=8.5, font="Serif", head_font="Serif-Bold", grid=True)) + 6
    p.text(20, y, f"Łączna wartość netto przekazanego mienia: {money(doc.totals()[0], ms)} zł", 9, "Serif-Bold")
    y = p.lines(20, y + 8, ["Przyjmujący nie wnosi zastrzeżeń co do ilości i jakości przekazanego mienia."], 9, "Serif")
    signatures(p, y + 6, "Przekazujący", "Przyjmujący")
    return Sample(p.bytes(), (replace(doc, score_amounts=False),))


def fam_correction_side_by_side(rng: random.Random) -> Sample:
    """Correction in one table: 'było' and 'powinno być' columns side by side, then the difference."""
    no = f"FK {rng.randint(1, 50)}/2026"
    doc = make_correction(rng, no)
    p = Pdf(land=True)
    ms = "dot"
    p.text(15, 16, f"FAKTURA VAT KORYGUJĄCA {no}", 13, "Sans-Bold")
    p.text(
        15,
        22,
        f"Dotyczy faktury: {doc.corrected_number} z {date_fmt(doc.corrected_date, 'iso')}   "
        f"Data wystawienia: {date_fmt(doc.issue_date, 'iso')}   Data sprzedaży: {date_fmt(doc.sale_date, 'iso')}",
        8,
    )
    p.text(15, 31, "Sprzedawca:", 8, "Sans-Bold")
    p.lines(15, 35, party_lines(doc.seller), 8)
    p.text(150, 31, "Nabywca:", 8, "Sans-Bold")
    p.lines(150, 35, party_lines(doc.buyer), 8)
    cols = [
        Col("Lp", 7, "c"),
        Col("Nazwa", 70),
        Col("Było: ilość", 15, "r"),
        Col("Było: cena netto", 20, "r"),
        Col("Było: netto", 22, "r"),
        Col("Było: brutto", 22, "r"),
        Col("Jest: ilość", 15, "r"),
        Col("Jest: cena netto", 20, "r"),
        Col("Jest: netto", 22, "r"),
        Col("Jest: brutto", 22, "r"),
        Col("VAT", 10, "c"),
    ]
    rows = []
    for k, (b, a) in enumerate(zip(doc.before_items, doc.after_items, strict=True), 1):
        rows.append(
            [
                str(k),
                b.name,
                qty_fmt(b.qty),
                money(b.unit_price or 0, ms),
                money(b.net or 0, ms),
                money(b.gross or 0, ms),
                qty_fmt(a.qty),
                money(a.unit_price or 0, ms),
                money(a.net or 0, ms),
                money(a.gross or 0, ms),
                rate_label(a.vat_rate),
            ]
        )
    y = table(p, 12, 56, cols, rows, TableStyle(size=7, grid=True, head_fill=0.9)) + 6
    after, before = doc.totals(doc.after_items), doc.totals(doc.before_items)
    diff = [a - b for a, b in zip(after, before, strict=True)]
    p.text(15, y, f"Przyczyna korekty: {doc.reason}", 8)
    p.lines(
        180,
        y,
        [
            f"Korekta wartości netto: {money(diff[0], ms)} PLN",
            f"Korekta VAT: {money(diff[1], ms)} PLN",
            f"Korekta brutto: {money(diff[2], ms)} PLN",
        ],
        9,
        "Sans-Bold",
        lead=5,
    )
    return Sample(p.bytes(), (doc,), landscape=True)


def fam_reverse_charge_eur(rng: random.Random) -> Sample:
    """EUR invoice with 'odwrotne obciążenie' (VAT 'np'), IBAN in EUR, € after the amounts."""
    no = f"{rng.randint(1, 300)}/EU/2026"
    doc = make_doc(
        rng, no, DocOptions(n_items=(1, 3), currency="EUR", rates=("np",), item_pool=(7, 9, 10, 18, 19, 20, 24))
    )
    p = Pdf()
    ms = "dot"
    p.text(15, 18, "Faktura", 18, "Sans-Bold")
    p.text(15, 25, f"Nr {no}", 11)
    p.text(195, 18, f"Data wystawienia: {date_fmt(doc.issue_date, 'words')}", 8.5, "Sans", "r")
    p.text(195, 23, f"Data wykonania usługi: {date_fmt(doc.sale_date, 'words')}", 8.5, "Sans", "r")
    p.text(15, 38, "Sprzedawca", 8, "Sans-Bold")
    p.lines(15, 43, party_lines(doc.seller, nip_label="VAT: ", nip_style="pl"), 8.5)
    p.text(110, 38, "Nabywca", 8, "Sans-Bold")
    p.lines(110, 43, party_lines(doc.buyer, nip_label="NIP: "), 8.5)
    cols = [
        Col("Lp.", 8, "c"),
        Col("Usługa", 84),
        Col("Ilość", 14, "r"),
        Col("Cena netto", 24, "r"),
        Col("VAT", 12, "c"),
        Col("Wartość", 28, "r"),
    ]
    rows = [
        [str(k), it.name, qty_fmt(it.qty), f"{money(it.unit_price or 0, ms)} €", "np.", f"{money(it.net or 0, ms)} €"]
        for k, it in enumerate(doc.items, 1)
    ]
    y = table(p, 15, 72, cols, rows, TableStyle(size=8, grid=True)) + 6
    net, _vat, gross = doc.totals()
    p.lines(
        110,
        y,
        [
            f"Wartość netto: {money(net, ms)} EUR",
            "VAT: 0.00 EUR (odwrotne obciążenie)",
            f"Razem do zapłaty: {money(gross, ms)} EUR",
        ],
        9,
        "Sans-Bold",
        lead=5,
    )
    p.text(15, y + 20, "Odwrotne obciążenie – podatek rozlicza nabywca.", 8)
    p.text(15, y + 25, f"Słownie: {words_pln(gross, 'EUR')}", 8)
    return Sample(p.bytes(), (doc,))


def fam_receipt_invoice_gross(rng: random.Random) -> Sample:
    """'Faktura do paragonu' from a shop: gross prices, VAT only in the per-rate summary, narrow layout."""
    no = f"FP/{rng.randint(1, 999)}/{rng.randint(1, 12)}/2026"
    doc = make_doc(rng, no, DocOptions(n_items=(2, 5), gross_based=True, item_pool=(12, 13, 14, 15, 21, 22)))
    p = Pdf()
    ms = "comma"
    x = 50
    p.text(p.w / 2, 16, doc.seller.name, 10, "Cond-Bold", "c")
    p.text(p.w / 2, 20.5, f"{doc.seller.street}, {doc.seller.city}", 8, "Cond", "c")
    p.text(p.w / 2, 24.5, f"NIP {nip_fmt(doc.seller.nip, 'dash')}", 8, "Cond", "c")
    p.text(p.w / 2, 34, f"FAKTURA VAT nr {no}", 12, "Cond-Bold", "c")
    p.text(p.w / 2, 39, f"do paragonu nr {rng.randint(1000, 9999)}", 8, "Cond", "c")
    p.lines(
        x,
        47,
        [f"Data wystawienia: {date_fmt(doc.issue_date)}", f"Data sprzedaży: {date_fmt(doc.sale_date)}"],
        8.5,
        "Cond",
    )
    p.text(x, 58, "Nabywca:", 8.5, "Cond-Bold")
    y = p.lines(x, 62, party_lines(doc.buyer, nip_label="NIP "), 8.5, "Cond")
    cols = [
        Col("Nazwa", 60),
        Col("Ilość", 12, "r"),
        Col("Cena brutto", 18, "r"),
        Col("St.", 8, "c"),
        Col("Wartość brutto", 22, "r"),
    ]
    rows = [
        [
            it.name,
            qty_fmt(it.qty),
            money(it.unit_price or 0, ms),
            rate_label(it.vat_rate, "n"),
            money(it.gross or 0, ms),
        ]
        for it in doc.items
    ]
    y = (
        table(
            p,
            x - 2,
            y + 4,
            cols,
            rows,
            TableStyle(size=7.8, font="Cond", head_font="Cond-Bold", grid=False, rules=True),
        )
        + 5
    )
    gdoc = replace(doc, print_item_vat=True)
    for r, n, v, g in gdoc.rate_summary():
        p.text(
            x,
            y,
            f"Sprzedaż opodatkowana {rate_label(r)}: netto {money(n, ms)}  VAT {money(v, ms)}  brutto {money(g, ms)}",
            8,
            "Cond",
        )
        y += 4.2
    p.text(x, y + 4, f"RAZEM BRUTTO: {money(gdoc.totals()[2], ms)} PLN", 11, "Cond-Bold")
    p.text(x, y + 9, "Zapłacono: karta płatnicza", 8, "Cond")
    return Sample(p.bytes(), (replace(doc, print_item_vat=True, item_amounts=("gross",)),))


def fam_stacked_parties_small(rng: random.Random) -> Sample:
    """Nabywca above Odbiorca in a left column, dates box right, 6.5 pt table with PKWiU and GTU."""
    no = f"FV/{rng.randint(1, 12):02d}/{rng.randint(1, 800)}/2026"
    doc = make_doc(rng, no, DocOptions(n_items=(4, 9), recipient=True))
    p = Pdf()
    ms = "space"
    p.text(15, 15, doc.seller.name, 11, "Sans-Bold")
    p.text(15, 19.5, f"{doc.seller.street} · {doc.seller.city} · NIP {doc.seller.nip}", 7)
    p.hline(15, 195, 22, 0.4)
    p.text(15, 30, "Faktura VAT", 13, "Sans-Bold")
    p.text(15, 35.5, f"nr {no}", 9)
    p.rect(130, 26, 65, 18, 0.4)
    p.lines(
        132,
        30.5,
        [
            f"Data wystawienia: {date_fmt(doc.issue_date, 'iso')}",
            f"Data sprzedaży: {date_fmt(doc.sale_date, 'iso')}",
            f"Termin płatności: {due_date(doc)}",
        ],
        7.5,
        lead=4.3,
    )
    y = 48.0
    for lab, party in (("Nabywca", doc.buyer), ("Odbiorca", doc.recipient)):
        assert party is not None
        p.text(15, y, lab + ":", 7.5, "Sans-Bold")
        y = p.lines(35, y, party_lines(party, extra=False), 7.5, lead=3.5) + 2
    cols = [
        Col("Lp.", 7, "c"),
        Col("Nazwa", 66),
        Col("PKWiU", 17),
        Col("GTU", 12),
        Col("Ilość", 10, "r"),
        Col("J.m.", 9),
        Col("Cena netto", 17, "r"),
        Col("Wartość netto", 19, "r"),
        Col("VAT", 8, "c"),
        Col("Kwota VAT", 16, "r"),
        Col("Brutto", 19, "r"),
    ]
    rows = [
        item_row(
            it, k, ms, what=("lp.", "name", "pkwiu", "gtu", "qty", "unit", "price", "net", "rate_n", "vat", "gross")
        )
        for k, it in enumerate(doc.items, 1)
    ]
    y = table(p, 10, y + 3, cols, rows, TableStyle(size=6.5, grid=True, head_fill=0.9)) + 4
    y = vat_summary(p, 110, y, doc, ms, TableStyle(size=6.5, grid=True), widths=(16, 24, 22, 24))
    p.text(15, y + 6, f"Razem do zapłaty: {money(doc.totals()[2], ms)} PLN", 10, "Sans-Bold")
    p.text(15, y + 10.5, f"Słownie: {slownie(doc)}", 7)
    return Sample(p.bytes(), (doc,))


def fam_landscape_multipage_plain(rng: random.Random) -> Sample:
    """Landscape, two or three pages, table without any lines, header repeated, totals on the last page."""
    no = f"{rng.randint(100, 999)}/2026/SRV"
    doc = make_doc(rng, no, DocOptions(n_items=(28, 36)))
    ms = "plain"
    p = Pdf(land=True)
    cols = [
        Col("Poz.", 10),
        Col("Opis", 110),
        Col("Ilość", 16, "r"),
        Col("J.m.", 12),
        Col("Cena jedn.", 24, "r"),
        Col("Netto", 26, "r"),
        Col("VAT %", 14, "r"),
        Col("Brutto", 28, "r"),
    ]
    rows = [
        [
            str(k),
            it.name,
            qty_fmt(it.qty, ms),
            it.unit,
            money(it.unit_price or 0, ms),
            money(it.net or 0, ms),
            rate_label(it.vat_rate, "n"),
            money(it.gross or 0, ms),
        ]
        for k, it in enumerate(doc.items, 1)
    ]

    def running(pdf: Pdf) -> float:
        pdf.text(15, 12, f"{doc.seller.name} — faktura {no}", 7.5)
        pdf.text(pdf.w - 15, 12, f"str. {pdf.page_no}", 7.5, "Sans", "r")
        return 18.0

    p.on_page = running
    p.text(15, 15, f"Faktura VAT {no}", 13, "Sans-Bold")
    p.text(p.w - 15, 15, f"wystawiona {date_fmt(doc.issue_date)}, sprzedaż {date_fmt(doc.sale_date)}", 8, "Sans", "r")
    p.lines(15, 24, ["Sprzedawca:", *party_lines(doc.seller)], 7.5, lead=3.4)
    p.lines(130, 24, ["Nabywca:", *party_lines(doc.buyer)], 7.5, lead=3.4)
    y = table(p, 15, 50, cols, rows, TableStyle(size=7.2, grid=False, rules=False, bottom=15)) + 4
    if y > p.h - 40:
        y = p.new_page()
    net, vat, gross = doc.totals()
    p.lines(
        180,
        y,
        [f"Suma netto: {money(net, ms)}", f"Suma VAT: {money(vat, ms)}", f"Suma brutto: {money(gross, ms)} PLN"],
        9,
        "Sans-Bold",
        lead=5,
    )
    return Sample(p.bytes(), (doc,), landscape=True)


def fam_issue_equals_sale(rng: random.Random) -> Sample:
    """'Data wystawienia i sprzedaży' on one line; Polish tagline title with number and date in one sentence."""
    no = f"{rng.randint(1, 400)}/{rng.choice(('A', 'B', 'WAW'))}/2026"
    doc = make_doc(rng, no, DocOptions(n_items=(2, 4)))
    doc = replace(doc, sale_date=doc.issue_date)
    p = Pdf()
    ms = "space"
    p.text(15, 20, f"Faktura VAT nr {no} z dnia {date_fmt(doc.issue_date, 'words_r')}", 12, "Serif-Bold")
    p.text(15, 26, f"Data wystawienia i sprzedaży: {date_fmt(doc.issue_date)}", 9, "Serif")
    p.text(15, 37, "Sprzedawca", 9, "Serif-Bold")
    p.lines(15, 42, party_lines(doc.seller), 9, "Serif")
    p.text(110, 37, "Nabywca", 9, "Serif-Bold")
    p.lines(110, 42, party_lines(doc.buyer), 9, "Serif")
    cols = [
        Col("Lp.", 8, "c"),
        Col("Nazwa", 72),
        Col("Ilość", 14, "r"),
        Col("Cena netto", 22, "r"),
        Col("Netto", 24, "r"),
        Col("VAT", 12, "c"),
        Col("Brutto", 26, "r"),
    ]
    rows = [
        [
            f"{k}.",
            it.name,
            f"{qty_fmt(it.qty)} {it.unit}",
            money(it.unit_price or 0, ms),
            money(it.net or 0, ms),
            rate_label(it.vat_rate),
            money(it.gross or 0, ms),
        ]
        for k, it in enumerate(doc.items, 1)
    ]
    st = TableStyle(size=8, font="Serif", head_font="Serif-Bold", grid=True)
    y = table(p, 12, 70, cols, rows, st) + 5
    y = vat_summary(p, 95, y, doc, ms, st)
    p.text(15, y + 8, f"Należność ogółem: {money(doc.totals()[2], ms)} zł", 11, "Serif-Bold")
    p.text(15, y + 13, f"(słownie: {slownie(doc)})", 8, "Serif")
    return Sample(p.bytes(), (doc,))


def fam_ksef_official_view(rng: random.Random) -> Sample:
    """KSeF 'Wizualizacja' variant: Podmiot1/Podmiot2 headings, 'Faktura VAT' code, numbered KSeF line."""
    no = f"{rng.randint(1, 99)}/{rng.randint(1, 12):02d}/2026/KSEF"
    doc = make_doc(rng, no, DocOptions(n_items=(2, 4), rates=("23", "8"), print_item_vat=False))
    p = Pdf()
    ms = "plain"
    ksef = f"{doc.seller.nip}-{doc.issue_date:%Y%m%d}-{rng.randrange(16**12):012X}-{rng.randrange(256):02X}"
    p.text(15, 15, f"Numer KSeF: {ksef}", 7)
    p.text(15, 24, "Faktura VAT", 14, "Sans-Bold")
    p.text(15, 30, f"Kolejny numer faktury: {no}", 9)
    p.text(15, 35, f"Data wystawienia (P_1): {date_fmt(doc.issue_date, 'iso')}", 8)
    p.text(15, 39, f"Data dostawy (P_6): {date_fmt(doc.sale_date, 'iso')}", 8)
    for x, head, party in ((15, "Podmiot1 (sprzedawca)", doc.seller), (110, "Podmiot2 (nabywca)", doc.buyer)):
        p.rect(x, 45, 85, 27, 0.3)
        p.text(x + 2, 50, head, 8.5, "Sans-Bold")
        p.lines(
            x + 2, 55, [f"NIP {party.nip}", party.name, f"{party.street}, {party.city}", "Kod kraju: PL"], 8, lead=4
        )
    cols = [
        Col("Nr wiersza", 12, "c"),
        Col("P_7 Nazwa", 70),
        Col("P_8A Miara", 14),
        Col("P_8B Ilość", 14, "r"),
        Col("P_9A Cena netto", 22, "r"),
        Col("P_11 Wartość netto", 24, "r"),
        Col("P_12 Stawka", 14, "c"),
    ]
    rows = [
        [
            str(k),
            it.name,
            it.unit,
            qty_fmt(it.qty, ms),
            money(it.unit_price or 0, ms),
            money(it.net or 0, ms),
            rate_label(it.vat_rate, "n"),
        ]
        for k, it in enumerate(doc.items, 1)
    ]
    y = table(p, 15, 78, cols, rows, TableStyle(size=7.5, grid=True, head_fill=0.92, head_size=6.5)) + 6
    summ = doc.rate_summary()
    lines = []
    for r, n, v, _g in summ:
        lines.append(f"Suma wartości sprzedaży netto ({rate_label(r)}): {money(n, ms)}   podatek: {money(v, ms)}")
    gross = doc.totals()[2]
    y = p.lines(15, y, lines, 8, lead=4.5)
    p.text(15, y + 4, f"P_15 Kwota należności ogółem: {money(gross, ms)} PLN", 10, "Sans-Bold")
    return Sample(p.bytes(), (doc,))


def fam_service_protocol_words(rng: random.Random) -> Sample:
    """Protocol of services (training, audit) with dates in words, numbered paragraphs, no table lines."""
    no = f"{rng.randint(1, 15)}/US/{rng.randint(2025, 2026)}"
    doc = make_protocol(rng, no, n=(1, 3), pool=(16, 17, 18, 19, 20))
    doc = replace(doc, items=tuple(replace(i, qty=Decimal(1)) for i in doc.items))
    p = Pdf()
    p.text(p.w / 2, 28, "Protokół odbioru usług", 15, "Serif-Bold", "c")
    p.text(p.w / 2, 35, f"Nr {no}", 10, "Serif", "c")
    y = p.lines(
        22,
        48,
        wrap(
            f"Sporządzony dnia {date_fmt(doc.issue_date, 'words_r')} pomiędzy {doc.buyer.name}, "
            f"{doc.buyer.street}, {doc.buyer.city}, NIP {doc.buyer.nip}, zwanym dalej Zamawiającym, "
            f"a {doc.seller.name}, {doc.seller.street}, {doc.seller.city}, NIP "
            f"{nip_fmt(doc.seller.nip, 'dash')}, zwanym dalej Wykonawcą.",
            "Serif",
            10,
            165,
        ),
        10,
        "Serif",
        lead=5,
    )
    y = p.lines(
        22,
        y + 4,
        [f"1. Podstawa: {doc.references}.", "2. Zamawiający odbiera następujące usługi:"],
        10,
        "Serif",
        lead=5.5,
    )
    for k, it in enumerate(doc.items, 1):
        y = p.lines(
            30,
            y,
            wrap(f"{chr(96 + k)}) {it.name} – {qty_fmt(it.qty)} {it.unit}", "Serif", 10, 150),
            10,
            "Serif",
            lead=5,
        )
    y = p.lines(22, y + 2, ["3. Usługi wykonano zgodnie z umową, w terminie i bez zastrzeżeń."], 10, "Serif", lead=5.5)
    signatures(p, y + 10, "Zamawiający", "Wykonawca")
    return Sample(p.bytes(), (doc,))


def fam_two_rates_discount(rng: random.Random) -> Sample:
    """Invoice with a 'Rabat %' column (price after discount), 23% and 8% lines, totals right-aligned in a box."""
    no = f"{rng.randint(1, 200)}/{rng.randint(1, 12)}/2026/FV"
    doc = make_doc(rng, no, DocOptions(n_items=(3, 5), rates=("23", "8", "23")))
    discounts = [rng.choice((0, 5, 10)) for _ in doc.items]
    p = Pdf()
    ms = "space"
    p.text(15, 18, "FAKTURA", 16, "Sans-Bold")
    p.text(15, 24, f"VAT nr {no}", 10)
    p.lines(
        140,
        14,
        [
            f"Miejsce: {doc.place}",
            f"Wystawiono: {date_fmt(doc.issue_date, 'dmy')}",
            f"Sprzedano: {date_fmt(doc.sale_date, 'dmy')}",
        ],
        8.5,
        lead=4.5,
    )
    p.rect(15, 32, 87, 28, 0.3)
    p.rect(108, 32, 87, 28, 0.3)
    p.lines(17, 37, ["Sprzedawca", *party_lines(doc.seller, extra=False)], 8.3, lead=4)
    p.lines(110, 37, ["Nabywca", *party_lines(doc.buyer, extra=False)], 8.3, lead=4)
    cols = [
        Col("Lp.", 8, "c"),
        Col("Nazwa", 58),
        Col("Ilość", 11, "r"),
        Col("J.m.", 10),
        Col("Cena przed rab.", 20, "r"),
        Col("Rabat %", 12, "r"),
        Col("Cena netto", 19, "r"),
        Col("Netto", 21, "r"),
        Col("VAT", 9, "c"),
        Col("Brutto", 22, "r"),
    ]
    rows = []
    for k, (it, d) in enumerate(zip(doc.items, discounts, strict=True), 1):
        before = q2((it.unit_price or Decimal(0)) * 100 / (100 - d)) if d else it.unit_price or Decimal(0)
        rows.append(
            [
                f"{k}.",
                it.name,
                qty_fmt(it.qty),
                it.unit,
                money(before, ms),
                str(d),
                money(it.unit_price or 0, ms),
                money(it.net or 0, ms),
                rate_label(it.vat_rate),
                money(it.gross or 0, ms),
            ]
        )
    y = table(p, 12, 66, cols, rows, TableStyle(size=7.5, grid=True, head_fill=0.9)) + 5
    y = vat_summary(p, 95, y, doc, ms, TableStyle(size=7.5, grid=True), total_label="RAZEM")
    p.rect(120, y + 3, 75, 11, 0.8)
    p.text(123, y + 10, "Do zapłaty", 10, "Sans-Bold")
    p.text(192, y + 10, f"{money(doc.totals()[2], ms)} PLN", 11, "Sans-Bold", "r")
    p.text(15, y + 20, f"Słownie: {slownie(doc)}", 8)
    return Sample(p.bytes(), (doc,))
