"""Development families, third batch: line-free serif, one-line parties, dates row, grant notes, gross multi-rate,
EUR with a PLN table, two pages without a repeated header, duplicates, SKU index, billing periods, faint toner."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import timedelta
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

STD = ("lp.", "name", "qty", "unit", "price", "net", "rate", "gross")


def _std_cols(name_w: float = 70) -> list[Col]:
    return [
        Col("Lp.", 8, "c"),
        Col("Nazwa towaru lub usługi", name_w),
        Col("Ilość", 12, "r"),
        Col("J.m.", 10),
        Col("Cena netto", 20, "r"),
        Col("Wartość netto", 22, "r"),
        Col("VAT", 10, "c"),
        Col("Wartość brutto", 24, "r"),
    ]


def fam_serif_no_lines(rng: random.Random) -> Sample:
    """Serif, uppercase 'SPRZEDAWCA:' / 'NABYWCA:' captions, a table without a single line, dates in words."""
    no = f"{rng.randint(1, 150)}/{rng.randint(2026, 2026)}"
    doc = make_doc(rng, no, DocOptions(n_items=(2, 6)))
    p = Pdf()
    ms = "space"
    p.text(p.w / 2, 22, f"FAKTURA VAT Nr {no}", 14, "Serif-Bold", "c")
    p.text(p.w / 2, 28, f"{doc.place}, {date_fmt(doc.issue_date, 'words_r')}", 9, "Serif", "c")
    p.text(p.w / 2, 33, f"Data sprzedaży: {date_fmt(doc.sale_date, 'words_r')}", 9, "Serif", "c")
    p.text(18, 45, "SPRZEDAWCA:", 9, "Serif-Bold")
    p.lines(18, 50, party_lines(doc.seller), 9.5, "Serif")
    p.text(110, 45, "NABYWCA:", 9, "Serif-Bold")
    p.lines(110, 50, party_lines(doc.buyer), 9.5, "Serif")
    st = TableStyle(size=8.5, font="Serif", head_font="Serif-Bold", grid=False, rules=False)
    y = table(p, 14, 80, _std_cols(68), [item_row(it, k, ms, what=STD) for k, it in enumerate(doc.items, 1)], st) + 6
    net, vat, gross = doc.totals()
    y = p.lines(
        118,
        y,
        [f"Razem netto:   {money(net, ms)}", f"Podatek VAT:   {money(vat, ms)}", f"Razem brutto:  {money(gross, ms)}"],
        9.5,
        "Serif",
        lead=5,
    )
    p.text(18, y + 6, f"Do zapłaty {money(gross, ms)} zł, słownie: {slownie(doc)}", 9, "Serif-Bold")
    return Sample(p.bytes(), (doc,))


def fam_one_line_parties(rng: random.Random) -> Sample:
    """Symfonia-like: each party on one line with its NIP, centred title, grid table, totals in words."""
    no = f"FVS-{rng.randint(1, 999)}/{rng.randint(1, 12):02d}/2026"
    doc = make_doc(rng, no, DocOptions(n_items=(2, 6)))
    p = Pdf()
    ms = "dot"
    p.text(p.w / 2, 18, "Faktura VAT", 14, "Sans-Bold", "c")
    p.text(p.w / 2, 24, f"nr {no}", 11, "Sans", "c")
    p.text(15, 34, f"Data wystawienia: {date_fmt(doc.issue_date)}", 8.5)
    p.text(110, 34, f"Data dostawy: {date_fmt(doc.sale_date)}", 8.5)
    y = 42.0
    for lab, party in (("Sprzedawca", doc.seller), ("Nabywca", doc.buyer)):
        line = f"{lab}: {party.name}, {party.street}, {party.city}, NIP {nip_fmt(party.nip, 'dash')}"
        y = p.lines(15, y, wrap(line, "Sans", 8.5, 180), 8.5) + 2
    y = (
        table(
            p,
            12,
            y + 4,
            _std_cols(),
            [item_row(it, k, ms, what=STD) for k, it in enumerate(doc.items, 1)],
            TableStyle(size=7.8, grid=True),
        )
        + 5
    )
    y = vat_summary(p, 95, y, doc, ms, TableStyle(size=7.8, grid=True), total_label="Ogółem")
    p.text(15, y + 8, f"Wartość brutto: {money(doc.totals()[2], ms)} PLN (słownie: {slownie(doc)})", 8.5, "Sans-Bold")
    return Sample(p.bytes(), (doc,))


def fam_dates_row(rng: random.Random) -> Sample:
    """Dates and payment terms in a 4-column row under the title; seller block with a bank box beside it."""
    no = f"{rng.randint(1, 99)}/{rng.choice(('I', 'II', 'III', 'IV', 'V', 'VI'))}/2026"
    doc = make_doc(rng, no, DocOptions(n_items=(1, 5)))
    p = Pdf()
    ms = "space"
    p.text(15, 18, f"FAKTURA nr {no}", 15, "Sans-Bold")
    cells = (
        ("Data wystawienia", date_fmt(doc.issue_date, "iso")),
        ("Data sprzedaży", date_fmt(doc.sale_date, "iso")),
        ("Termin płatności", due_date(doc)),
        ("Forma płatności", "przelew"),
    )
    for k, (lab, val) in enumerate(cells):
        x = 15 + k * 45
        p.rect(x, 24, 45, 12, 0.4, fill=0.95)
        p.text(x + 22.5, 28.5, lab, 7, "Sans", "c")
        p.text(x + 22.5, 33.5, val, 9, "Sans-Bold", "c")
    p.text(15, 45, "Sprzedawca", 8, "Sans-Bold")
    p.lines(15, 50, party_lines(doc.seller), 8.5)
    p.rect(110, 41, 85, 20, 0.4)
    p.lines(112, 46, ["Bank: PKO BP S.A.", f"Nr rachunku: {doc.bank}", "Tytuł: numer faktury"], 7.5, lead=4)
    p.text(15, 73, "Nabywca", 8, "Sans-Bold")
    p.lines(15, 78, party_lines(doc.buyer), 8.5)
    y = (
        table(
            p,
            12,
            102,
            _std_cols(),
            [item_row(it, k, ms, what=STD) for k, it in enumerate(doc.items, 1)],
            TableStyle(size=7.8, grid=True, head_fill=0.85),
        )
        + 5
    )
    y = vat_summary(p, 95, y, doc, ms, TableStyle(size=7.8, grid=True))
    p.text(15, y + 8, f"Do zapłaty: {money(doc.totals()[2], ms)} PLN", 11, "Sans-Bold")
    return Sample(p.bytes(), (doc,))


def fam_grant_notes(rng: random.Random) -> Sample:
    """Invoice with long notes: public contract, grant project 'Cyberbezpieczny Samorząd', split payment, GTU."""
    no = f"FV/{rng.randint(1, 999)}/CS/2026"
    doc = make_doc(rng, no, DocOptions(n_items=(2, 5), item_pool=(2, 3, 4, 5, 9, 10, 16, 17, 18, 19, 20, 24)))
    p = Pdf()
    ms = "space"
    p.text(15, 18, "Faktura VAT", 14, "Sans-Bold")
    p.text(15, 24, f"Numer: {no}", 10)
    p.lines(
        195,
        16,
        [f"Data wystawienia: {date_fmt(doc.issue_date)}", f"Data sprzedaży: {date_fmt(doc.sale_date)}"],
        8.5,
        align="r",
    )
    p.lines(15, 34, ["Sprzedawca", *party_lines(doc.seller)], 8.5)
    p.lines(110, 34, ["Nabywca", *party_lines(doc.buyer)], 8.5)
    notes = (
        f"Dotyczy umowy nr ZP.272.{rng.randint(1, 40)}.2026 z dnia {date_fmt(doc.issue_date - timedelta(days=40))} "
        "zawartej w wyniku postępowania o udzielenie zamówienia publicznego. Zakup realizowany w ramach projektu "
        "grantowego „Cyberbezpieczny Samorząd” finansowanego z Funduszy Europejskich na Rozwój Cyfrowy "
        "2021-2027 (FERC.02.02-CS.01-001/23). Płatność w mechanizmie podzielonej płatności."
    )
    y = p.lines(15, 64, wrap(notes, "Sans-Italic", 7.8, 180), 7.8, "Sans-Italic", lead=3.8) + 4
    y = (
        table(
            p,
            12,
            y,
            _std_cols(),
            [item_row(it, k, ms, what=STD) for k, it in enumerate(doc.items, 1)],
            TableStyle(size=7.8, grid=True),
        )
        + 5
    )
    y = vat_summary(p, 95, y, doc, ms, TableStyle(size=7.8, grid=True))
    p.text(15, y + 8, f"Razem do zapłaty: {money(doc.totals()[2], ms)} PLN", 11, "Sans-Bold")
    p.text(15, y + 13, f"Słownie: {slownie(doc)}", 8)
    return Sample(p.bytes(), (doc,))


def fam_gross_multi_rate(rng: random.Random) -> Sample:
    """Gross-priced invoice with 23%, 8% and 5% lines; per-rate summary computed from gross."""
    no = f"{rng.randint(1, 300)}/B/2026"
    doc = make_doc(rng, no, DocOptions(n_items=(3, 5), gross_based=True, rates=("23", "8", "5", "23")))
    p = Pdf()
    ms = "dot"
    p.text(15, 18, "Faktura VAT (ceny brutto)", 13, "Cond-Bold")
    p.text(15, 24, f"Nr {no}", 11, "Cond")
    p.lines(
        195,
        16,
        [f"wyst. {date_fmt(doc.issue_date, 'dash')}", f"sprzed. {date_fmt(doc.sale_date, 'dash')}"],
        9,
        "Cond",
        align="r",
    )
    p.lines(15, 34, ["Sprzedawca:", *party_lines(doc.seller)], 9, "Cond")
    p.lines(110, 34, ["Nabywca:", *party_lines(doc.buyer)], 9, "Cond")
    cols = [
        Col("Lp.", 8, "c"),
        Col("Nazwa", 72),
        Col("Ilość", 12, "r"),
        Col("J.m.", 10),
        Col("Cena brutto", 22, "r"),
        Col("Stawka", 12, "c"),
        Col("Wartość brutto", 26, "r"),
    ]
    rows = [
        item_row(it, k, ms, what=("lp.", "name", "qty", "unit", "price", "rate", "gross"))
        for k, it in enumerate(doc.items, 1)
    ]
    st = TableStyle(size=8, font="Cond", head_font="Cond-Bold", grid=True)
    y = table(p, 15, 64, cols, rows, st) + 5
    y = vat_summary(p, 95, y, doc, ms, st, titles=("Stawka", "Netto", "VAT", "Brutto"))
    p.text(15, y + 8, f"Razem brutto do zapłaty: {money(doc.totals()[2], ms)} zł", 11, "Cond-Bold")
    return Sample(p.bytes(), (replace(doc, item_amounts=("gross",)),))


def fam_eur_pln_table(rng: random.Random) -> Sample:
    """EUR invoice with amounts '1 234,56 €' and a second summary table converted to PLN (art. 106e ust. 11)."""
    no = f"EXP/{rng.randint(1, 99)}/2026"
    doc = make_doc(rng, no, DocOptions(n_items=(2, 4), currency="EUR", item_pool=(2, 3, 4, 10, 11, 24)))
    p = Pdf()
    ms = "space"
    fx = Decimal(f"4.{rng.randint(2000, 3500)}")
    p.text(15, 18, f"Faktura VAT nr {no}", 14, "Sans-Bold")
    p.lines(
        15,
        25,
        [
            f"Data wystawienia: {date_fmt(doc.issue_date)}",
            f"Data sprzedaży: {date_fmt(doc.sale_date)}",
            "Waluta faktury: EUR",
        ],
        8.5,
    )
    p.lines(15, 44, ["Sprzedawca", *party_lines(doc.seller)], 8.5)
    p.lines(110, 44, ["Nabywca", *party_lines(doc.buyer)], 8.5)
    rows = [
        [
            f"{k}.",
            it.name,
            qty_fmt(it.qty),
            it.unit,
            f"{money(it.unit_price or 0, ms)} €",
            f"{money(it.net or 0, ms)} €",
            rate_label(it.vat_rate),
            f"{money(it.gross or 0, ms)} €",
        ]
        for k, it in enumerate(doc.items, 1)
    ]
    y = table(p, 12, 72, _std_cols(66), rows, TableStyle(size=7.8, grid=True)) + 5
    net, vat, gross = doc.totals()
    y = (
        p.lines(
            120,
            y,
            [
                f"Razem netto: {money(net, ms)} EUR",
                f"VAT: {money(vat, ms)} EUR",
                f"Razem brutto: {money(gross, ms)} EUR",
            ],
            9,
            "Sans-Bold",
            lead=5,
        )
        + 4
    )
    p.text(
        15,
        y,
        f"Przeliczenie według kursu średniego NBP {str(fx).replace('.', ',')} PLN/EUR z dnia "
        f"{date_fmt(doc.issue_date - timedelta(days=1))}:",
        8,
    )
    cols = [Col("", 30), Col("Netto PLN", 30, "r"), Col("VAT PLN", 30, "r"), Col("Brutto PLN", 30, "r")]
    table(
        p,
        15,
        y + 3,
        cols,
        [["23%", money(q2(net * fx), ms), money(q2(vat * fx), ms), money(q2(gross * fx), ms)]],
        TableStyle(size=7.8, grid=True),
    )
    return Sample(p.bytes(), (doc,))


def fam_two_pages_no_repeat(rng: random.Random) -> Sample:
    """Two pages, the table header NOT repeated on page 2, 'Strona 1 z 2' footers, totals on page 2."""
    no = f"{rng.randint(1, 500)}/2026"
    doc = make_doc(rng, no, DocOptions(n_items=(24, 30)))
    ms = "space"
    p = Pdf()
    p.text(15, 18, f"Faktura VAT {no}", 13, "Sans-Bold")
    p.text(15, 24, f"Wystawiono {date_fmt(doc.issue_date)}, data sprzedaży {date_fmt(doc.sale_date)}", 8.5)
    p.lines(15, 32, ["Sprzedawca:", *party_lines(doc.seller)], 8)
    p.lines(110, 32, ["Nabywca:", *party_lines(doc.buyer)], 8)
    cols = _std_cols()
    rows = [item_row(it, k, ms, what=STD) for k, it in enumerate(doc.items, 1)]
    st = TableStyle(size=7.8, grid=True)
    split = min(len(rows), 18)
    y = table(p, 12, 60, cols, rows[:split], st)
    p.text(p.w / 2, p.h - 10, "Strona 1 z 2", 7, "Sans", "c")
    p.c.showPage()
    p.page_no += 1
    # continuation rows drawn as a header-less grid
    y = 15.0
    from tests.corpus.extract.kit import _grid_row

    for row in rows[split:]:
        cells = [wrap(v, "Sans", 7.8, c.width - 2.4) for c, v in zip(cols, row, strict=True)]
        h = max(len(v) for v in cells) * 3.3 + 2.4
        _grid_row(p, 12, y, cols, h)
        cx = 12.0
        for c, lines in zip(cols, cells, strict=True):
            tx = cx + 1.2 if c.align == "l" else (cx + c.width - 1.2 if c.align == "r" else cx + c.width / 2)
            p.lines(tx, y + 4, lines, 7.8, lead=3.3, align=c.align)
            cx += c.width
        y += h
    y = vat_summary(p, 95, y + 5, doc, ms, st)
    p.text(15, y + 8, f"Do zapłaty: {money(doc.totals()[2], ms)} PLN", 11, "Sans-Bold")
    p.text(p.w / 2, p.h - 10, "Strona 2 z 2", 7, "Sans", "c")
    return Sample(p.bytes(), (doc,))


def fam_duplicate_copy(rng: random.Random) -> Sample:
    """'DUPLIKAT' issued later: two dates (duplicate date and the original issue date), '1.234,56' amounts."""
    no = f"F-{rng.randint(100, 999)}/{rng.randint(1, 12):02d}/2026"
    doc = make_doc(rng, no, DocOptions(n_items=(2, 4)))
    dup = doc.issue_date + timedelta(days=rng.randint(20, 60))
    p = Pdf()
    ms = "dot"
    p.text(195, 14, "DUPLIKAT", 12, "Sans-Bold", "r")
    p.text(195, 19, f"z dnia {date_fmt(dup)}", 8, "Sans", "r")
    p.text(15, 20, f"Faktura VAT {no}", 14, "Sans-Bold")
    p.lines(
        15,
        27,
        [f"Data wystawienia oryginału: {date_fmt(doc.issue_date)}", f"Data sprzedaży: {date_fmt(doc.sale_date)}"],
        8.5,
    )
    p.lines(15, 40, ["Sprzedawca", *party_lines(doc.seller)], 8.5)
    p.lines(110, 40, ["Nabywca", *party_lines(doc.buyer)], 8.5)
    y = (
        table(
            p,
            12,
            68,
            _std_cols(),
            [item_row(it, k, ms, what=STD) for k, it in enumerate(doc.items, 1)],
            TableStyle(size=7.8, grid=True),
        )
        + 5
    )
    y = vat_summary(p, 95, y, doc, ms, TableStyle(size=7.8, grid=True))
    p.text(15, y + 8, f"Do zapłaty: {money(doc.totals()[2], ms)} PLN", 11, "Sans-Bold")
    return Sample(p.bytes(), (doc,))


def fam_sku_index(rng: random.Random) -> Sample:
    """Wholesaler layout: 'Indeks' (SKU) column before the name, amounts 1234,56, ruled rows."""
    no = f"{rng.randint(1, 99999):05d}/H/26"
    doc = make_doc(rng, no, DocOptions(n_items=(3, 8), item_pool=(0, 1, 5, 6, 11, 12, 13, 14, 15, 21, 22, 23)))
    p = Pdf()
    ms = "comma"
    p.text(15, 16, doc.seller.name, 11, "Sans-Bold")
    p.text(15, 21, f"{doc.seller.street}, {doc.seller.city}, NIP {doc.seller.nip}", 7.5)
    p.text(195, 16, f"Faktura VAT {no}", 11, "Sans-Bold", "r")
    p.text(
        195, 21, f"Data wystawienia {date_fmt(doc.issue_date)} / dostawy {date_fmt(doc.sale_date)}", 7.5, "Sans", "r"
    )
    p.lines(15, 30, ["Nabywca:", *party_lines(doc.buyer)], 8)
    cols = [
        Col("Lp", 7, "c"),
        Col("Indeks", 22),
        Col("Nazwa", 60),
        Col("Ilość", 11, "r"),
        Col("Jm", 9),
        Col("Cena netto", 18, "r"),
        Col("VAT", 9, "c"),
        Col("Wartość netto", 21, "r"),
        Col("Wartość brutto", 23, "r"),
    ]
    rows = [
        [
            str(k),
            f"{it.name.split()[0][:4].upper()}-{rng.randint(1000, 9999)}",
            it.name,
            qty_fmt(it.qty, ms),
            it.unit,
            money(it.unit_price or 0, ms),
            rate_label(it.vat_rate),
            money(it.net or 0, ms),
            money(it.gross or 0, ms),
        ]
        for k, it in enumerate(doc.items, 1)
    ]
    y = table(p, 12, 56, cols, rows, TableStyle(size=7.5, grid=False, rules=True, head_fill=0.9)) + 5
    y = vat_summary(p, 95, y, doc, ms, TableStyle(size=7.5, grid=True))
    p.text(15, y + 8, f"Razem do zapłaty: {money(doc.totals()[2], ms)} PLN", 10, "Sans-Bold")
    return Sample(p.bytes(), (doc,))


def fam_billing_period(rng: random.Random) -> Sample:
    """Monthly service invoice: 'Okres rozliczeniowy' instead of a sale date line, one or two service lines."""
    no = f"S/{rng.randint(1, 12):02d}/{rng.randint(1, 300)}/2026"
    doc = make_doc(rng, no, DocOptions(n_items=(1, 2), item_pool=(20, 17, 18)))
    start = doc.issue_date.replace(day=1) - timedelta(days=1)
    period_end = start
    period_start = start.replace(day=1)
    doc = replace(doc, sale_date=period_end)
    p = Pdf()
    ms = "space"
    p.text(15, 18, f"Faktura VAT nr {no}", 14, "Sans-Bold")
    p.lines(
        15,
        26,
        [
            f"Data wystawienia: {date_fmt(doc.issue_date)}",
            f"Okres rozliczeniowy: {date_fmt(period_start)} – {date_fmt(period_end)}",
            f"Data wykonania usługi: {date_fmt(period_end)}",
        ],
        8.5,
    )
    p.lines(15, 44, ["Usługodawca", *party_lines(doc.seller)], 8.5)
    p.lines(110, 44, ["Usługobiorca", *party_lines(doc.buyer)], 8.5)
    y = (
        table(
            p,
            12,
            72,
            _std_cols(),
            [item_row(it, k, ms, what=STD) for k, it in enumerate(doc.items, 1)],
            TableStyle(size=8, grid=True, head_fill=0.9),
        )
        + 5
    )
    y = vat_summary(p, 95, y, doc, ms, TableStyle(size=8, grid=True))
    p.text(15, y + 8, f"Kwota do zapłaty: {money(doc.totals()[2], ms)} zł", 11, "Sans-Bold")
    return Sample(p.bytes(), (doc,))


def fam_faint_toner(rng: random.Random) -> Sample:
    """Printed with a weak toner: all text mid-grey, thin light font for the body, bold only for totals."""
    no = f"{rng.randint(1, 700)}/2026/F"
    doc = make_doc(rng, no, DocOptions(n_items=(2, 5)))
    p = Pdf()
    ms = "space"
    p.c.setFillGray(0.45)
    p.c.setStrokeGray(0.5)
    p.text(15, 18, f"Faktura VAT nr {no}", 14, "Sans")
    p.lines(15, 26, [f"Data wystawienia: {date_fmt(doc.issue_date)}", f"Data sprzedaży: {date_fmt(doc.sale_date)}"], 9)
    p.lines(15, 40, ["Sprzedawca", *party_lines(doc.seller)], 9)
    p.lines(110, 40, ["Nabywca", *party_lines(doc.buyer)], 9)
    y = (
        table(
            p,
            12,
            68,
            _std_cols(),
            [item_row(it, k, ms, what=STD) for k, it in enumerate(doc.items, 1)],
            TableStyle(size=8, font="Sans", head_font="Sans", grid=False, rules=True),
        )
        + 5
    )
    y = vat_summary(p, 95, y, doc, ms, TableStyle(size=8, head_font="Sans", grid=False, rules=True))
    p.text(15, y + 8, f"Do zapłaty: {money(doc.totals()[2], ms)} PLN", 11, "Sans-Bold")
    return Sample(p.bytes(), (doc,))


def fam_correction_three_rows(rng: random.Random) -> Sample:
    """Correction with three rows per line: 'przed', 'po', 'różnica', in one grid table; dates ISO."""
    no = f"FK/{rng.randint(1, 99)}/{rng.randint(1, 12):02d}/2026"
    doc = make_correction(rng, no)
    p = Pdf()
    ms = "space"
    p.text(15, 18, f"FAKTURA KORYGUJĄCA nr {no}", 13, "Sans-Bold")
    p.lines(
        15,
        25,
        [
            f"Data wystawienia: {date_fmt(doc.issue_date, 'iso')}",
            f"Data sprzedaży: {date_fmt(doc.sale_date, 'iso')}",
            f"Korygowana faktura: {doc.corrected_number} z {date_fmt(doc.corrected_date, 'iso')}",
            f"Przyczyna: {doc.reason}",
        ],
        8.5,
    )
    p.lines(15, 47, ["Sprzedawca", *party_lines(doc.seller)], 8.5)
    p.lines(110, 47, ["Nabywca", *party_lines(doc.buyer)], 8.5)
    cols = [
        Col("Lp.", 8, "c"),
        Col("Nazwa", 62),
        Col("", 16),
        Col("Ilość", 12, "r"),
        Col("Cena netto", 20, "r"),
        Col("Wartość netto", 22, "r"),
        Col("VAT", 10, "c"),
        Col("Wartość brutto", 24, "r"),
    ]
    rows = []
    for k, (b, a) in enumerate(zip(doc.before_items, doc.after_items, strict=True), 1):
        rows.append(
            [
                f"{k}.",
                b.name,
                "przed",
                qty_fmt(b.qty),
                money(b.unit_price or 0, ms),
                money(b.net or 0, ms),
                rate_label(b.vat_rate),
                money(b.gross or 0, ms),
            ]
        )
        rows.append(
            [
                "",
                "",
                "po",
                qty_fmt(a.qty),
                money(a.unit_price or 0, ms),
                money(a.net or 0, ms),
                rate_label(a.vat_rate),
                money(a.gross or 0, ms),
            ]
        )
        rows.append(
            [
                "",
                "",
                "różnica",
                qty_fmt(a.qty - b.qty),
                "",
                money((a.net or 0) - (b.net or 0), ms),
                "",
                money((a.gross or 0) - (b.gross or 0), ms),
            ]
        )
    y = table(p, 12, 75, cols, rows, TableStyle(size=7.6, grid=True)) + 6
    after, before = doc.totals(doc.after_items), doc.totals(doc.before_items)
    diff = [a - b for a, b in zip(after, before, strict=True)]
    p.lines(
        110,
        y,
        [
            f"Razem różnica netto: {money(diff[0], ms)} PLN",
            f"Różnica VAT: {money(diff[1], ms)} PLN",
            f"Razem różnica brutto: {money(diff[2], ms)} PLN",
        ],
        9,
        "Sans-Bold",
        lead=5,
    )
    p.text(15, y + 18, f"Słownie: minus {words_pln(diff[2])}", 8)
    return Sample(p.bytes(), (doc,))


def fam_protocol_landscape_inventory(rng: random.Random) -> Sample:
    """Landscape acceptance protocol with inventory numbers, warranty months and three signature lines."""
    no = f"{rng.randint(1, 40)}/IT/{rng.randint(2025, 2026)}"
    doc = make_protocol(rng, no, n=(3, 7), pool=(0, 1, 2, 3, 4, 5, 6, 10, 11, 12, 14, 15, 22, 23))
    p = Pdf(land=True)
    p.text(p.w / 2, 18, f"PROTOKÓŁ ODBIORU KOŃCOWEGO nr {no}", 13, "Sans-Bold", "c")
    p.text(p.w / 2, 24, f"z dnia {date_fmt(doc.issue_date)} — {doc.references}", 8.5, "Sans", "c")
    p.lines(15, 34, ["Zamawiający:", *party_lines(doc.buyer)], 8.5)
    p.lines(150, 34, ["Wykonawca:", *party_lines(doc.seller)], 8.5)
    cols = [
        Col("Lp.", 9, "c"),
        Col("Nazwa przedmiotu", 110),
        Col("Ilość", 15, "r"),
        Col("J.m.", 12),
        Col("Nr inwentarzowy", 38),
        Col("Gwarancja (mies.)", 22, "c"),
        Col("Uwagi", 40),
    ]
    rows = [
        [
            f"{k}.",
            it.name,
            qty_fmt(it.qty),
            it.unit,
            f"IT/{rng.randint(100, 999)}/{doc.issue_date.year}",
            str(rng.choice((12, 24, 36, 60))),
            "brak",
        ]
        for k, it in enumerate(doc.items, 1)
    ]
    y = table(p, 15, 62, cols, rows, TableStyle(size=8, grid=True, head_fill=0.9)) + 14
    for k, lab in enumerate(("Zamawiający", "Wykonawca", "Użytkownik")):
        x = 30 + k * 85
        p.hline(x, x + 60, y, 0.3)
        p.text(x + 30, y + 4, lab, 7, "Sans", "c")
    return Sample(p.bytes(), (doc,), landscape=True)


def fam_telecom_bill(rng: random.Random) -> Sample:
    """Telecom/cloud bill: amount due in a big box at the top, account number, item list further down."""
    no = f"F/{rng.randint(10**9, 10**10 - 1)}/{rng.randint(1, 12):02d}/26"
    doc = make_doc(rng, no, DocOptions(n_items=(2, 4), item_pool=(7, 8, 9, 20, 12)))
    p = Pdf()
    ms = "space"
    gross = doc.totals()[2]
    p.text(15, 16, doc.seller.name, 12, "Sans-Bold")
    p.text(15, 21, f"{doc.seller.street}, {doc.seller.city} | NIP {nip_fmt(doc.seller.nip, 'dash')}", 7.5)
    p.rect(120, 28, 75, 30, 0.8, fill=0.93)
    p.lines(123, 34, ["Kwota do zapłaty", ""], 9)
    p.text(192, 44, f"{money(gross, ms)} zł", 16, "Sans-Bold", "r")
    p.text(123, 52, f"Termin płatności: {due_date(doc)}", 8)
    p.text(15, 32, "Faktura VAT", 13, "Sans-Bold")
    p.text(15, 38, f"nr {no}", 9)
    p.lines(
        15,
        45,
        [
            f"Data wystawienia: {date_fmt(doc.issue_date)}",
            f"Data sprzedaży: {date_fmt(doc.sale_date)}",
            f"Numer klienta: {rng.randint(10**6, 10**7)}",
        ],
        8.5,
    )
    p.lines(15, 66, ["Nabywca", *party_lines(doc.buyer)], 8.5)
    p.text(15, 96, "Zestawienie opłat", 10, "Sans-Bold")
    y = (
        table(
            p,
            12,
            99,
            _std_cols(),
            [item_row(it, k, ms, what=STD) for k, it in enumerate(doc.items, 1)],
            TableStyle(size=7.8, grid=False, rules=True),
        )
        + 5
    )
    vat_summary(p, 95, y, doc, ms, TableStyle(size=7.8, grid=False, rules=True), total_label="Suma")
    return Sample(p.bytes(), (doc,))


def fam_a5_small(rng: random.Random) -> Sample:
    """A5 page from a small firm: everything compact, number under the title, 1-3 lines."""
    from reportlab.lib.pagesizes import A5

    no = f"{rng.randint(1, 60)}/{rng.randint(1, 12)}/2026"
    doc = make_doc(rng, no, DocOptions(n_items=(1, 3), item_pool=(12, 13, 14, 15, 21, 22, 6)))
    p = Pdf(pagesize=A5)
    ms = "space"
    p.text(10, 14, "FAKTURA VAT", 12, "Sans-Bold")
    p.text(10, 19, f"nr {no}", 9)
    p.lines(
        138, 12, [f"Data wyst.: {date_fmt(doc.issue_date)}", f"Data sprz.: {date_fmt(doc.sale_date)}"], 7, align="r"
    )
    p.lines(10, 27, ["Sprzedawca:", *party_lines(doc.seller, extra=False)], 7, lead=3.2)
    p.lines(76, 27, ["Nabywca:", *party_lines(doc.buyer, extra=False)], 7, lead=3.2)
    cols = [
        Col("Lp", 6, "c"),
        Col("Nazwa", 48),
        Col("Ilość", 9, "r"),
        Col("Cena netto", 16, "r"),
        Col("VAT", 8, "c"),
        Col("Netto", 17, "r"),
        Col("Brutto", 20, "r"),
    ]
    rows = [
        [
            str(k),
            it.name,
            qty_fmt(it.qty),
            money(it.unit_price or 0, ms),
            rate_label(it.vat_rate),
            money(it.net or 0, ms),
            money(it.gross or 0, ms),
        ]
        for k, it in enumerate(doc.items, 1)
    ]
    y = table(p, 7, 50, cols, rows, TableStyle(size=6.5, grid=True, pad=1, bottom=10)) + 4
    net, vat, gross = doc.totals()
    p.lines(
        138,
        y,
        [f"Netto: {money(net, ms)}", f"VAT: {money(vat, ms)}", f"Brutto: {money(gross, ms)} zł"],
        7.5,
        "Sans-Bold",
        lead=3.8,
        align="r",
    )
    p.text(10, y + 15, f"Słownie: {slownie(doc)}", 6.5)
    return Sample(p.bytes(), (doc,))


def fam_training_exempt(rng: random.Random) -> Sample:
    """Training invoice exempt from VAT ('zw', legal basis printed), VAT total 0, two participants groups."""
    no = f"SZK/{rng.randint(1, 200)}/2026"
    doc = make_doc(rng, no, DocOptions(n_items=(1, 2), item_pool=(16,), rates=("zw",)))
    p = Pdf()
    ms = "space"
    p.text(15, 18, "Faktura", 15, "Serif-Bold")
    p.text(15, 24, f"nr {no}", 10, "Serif")
    p.lines(
        195,
        16,
        [
            f"Data wystawienia: {date_fmt(doc.issue_date, 'words_r')}",
            f"Data wykonania usługi: {date_fmt(doc.sale_date, 'words_r')}",
        ],
        8.5,
        "Serif",
        align="r",
    )
    p.lines(15, 36, ["Sprzedawca:", *party_lines(doc.seller)], 9, "Serif")
    p.lines(110, 36, ["Nabywca:", *party_lines(doc.buyer)], 9, "Serif")
    st = TableStyle(size=8.3, font="Serif", head_font="Serif-Bold", grid=True)
    y = table(p, 12, 66, _std_cols(), [item_row(it, k, ms, what=STD) for k, it in enumerate(doc.items, 1)], st) + 5
    p.lines(
        15,
        y + 2,
        wrap(
            "Zwolnienie z VAT: art. 43 ust. 1 pkt 29 lit. c ustawy o podatku od towarów i usług "
            "(usługa kształcenia zawodowego finansowana ze środków publicznych).",
            "Serif",
            7.5,
            180,
        ),
        7.5,
        "Serif",
    )
    net = doc.totals()[0]
    p.lines(
        110,
        y + 10,
        [f"Wartość netto: {money(net, ms)} zł", "VAT: zw", f"Do zapłaty: {money(net, ms)} zł"],
        10,
        "Serif-Bold",
        lead=5.5,
    )
    p.text(15, y + 30, f"Słownie: {slownie(doc)}", 8.5, "Serif")
    return Sample(p.bytes(), (doc,))


def fam_protocol_gross_values(rng: random.Random) -> Sample:
    """Delivery acceptance protocol that prints gross values per line and in total, tied to an invoice."""
    no = f"POD/{rng.randint(1, 99)}/{rng.randint(2025, 2026)}"
    doc = make_protocol(rng, no, with_values=True, n=(2, 5), pool=(0, 1, 2, 4, 5, 6, 10, 11, 12, 14, 15))
    p = Pdf()
    ms = "space"
    p.text(15, 20, "Protokół odbioru dostawy", 14, "Sans-Bold")
    p.text(15, 26, f"Numer: {no}    Data odbioru: {date_fmt(doc.issue_date, 'dmy')}", 9)
    p.text(15, 31, f"Dotyczy faktury: FV/{rng.randint(100, 999)}/{doc.issue_date.year}", 9)
    p.lines(15, 41, ["Dostawca", *party_lines(doc.seller)], 8.5)
    p.lines(110, 41, ["Zamawiający", *party_lines(doc.buyer)], 8.5)
    cols = [
        Col("Lp.", 9, "c"),
        Col("Nazwa", 86),
        Col("Ilość", 14, "r"),
        Col("J.m.", 12),
        Col("Cena netto", 24, "r"),
        Col("Wartość brutto", 28, "r"),
    ]
    rows = [
        [f"{k}.", it.name, qty_fmt(it.qty), it.unit, money(it.unit_price or 0, ms), money(it.gross or 0, ms)]
        for k, it in enumerate(doc.items, 1)
    ]
    y = table(p, 15, 68, cols, rows, TableStyle(size=8, grid=True, head_fill=0.9)) + 6
    p.text(15, y, f"Łączna wartość brutto dostawy: {money(doc.totals()[2], ms)} zł", 9, "Sans-Bold")
    y = p.lines(15, y + 8, ["Dostawa kompletna, bez uszkodzeń. Zamawiający nie zgłasza zastrzeżeń."], 9)
    signatures(p, y + 6, "Zamawiający", "Dostawca")
    return Sample(p.bytes(), (replace(doc, score_amounts=False),))
