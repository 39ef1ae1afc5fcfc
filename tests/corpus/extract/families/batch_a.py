"""Development families, first batch: ERP printouts, web-app invoices, KSeF view, gross prices, multi-page,
protocols, corrections, EUR, letter-spaced titles."""

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
    make_correction,
    make_doc,
    make_protocol,
    money,
    nip_fmt,
    party_lines,
    qty_fmt,
    rate_label,
    table,
    words_pln,
)
from tests.corpus.extract.registry import Sample


def fam_erp_mono(rng: random.Random) -> Sample:
    """Old ERP monospace printout: ASCII rules, fixed columns, amounts 1234.56, ISO dates."""
    no = f"FV-{rng.randint(1, 999):04d}/{rng.choice(('03', '04', '05'))}/26/MAG1"
    doc = make_doc(rng, no, DocOptions(n_items=(3, 7)))
    p = Pdf()
    f, s = "Mono", 8.2
    y = 14.0
    y = p.lines(
        14,
        y,
        [
            doc.seller.name.upper(),
            doc.seller.street + ", " + doc.seller.city,
            "NIP " + nip_fmt(doc.seller.nip, "dash") + "   tel. 0-22 " + str(rng.randint(1000000, 9999999)),
        ],
        s,
        f,
    )
    p.text(140, 14, f"{doc.place}, {date_fmt(doc.issue_date, 'iso')}", s, f)
    y += 6
    p.text(p.w / 2, y, f"FAKTURA VAT  Nr {no}", 11, "Mono-Bold", "c")
    p.text(p.w / 2, y + 5, "ORYGINAŁ", s, f, "c")
    y += 13
    p.text(14, y, f"Data wystawienia : {date_fmt(doc.issue_date, 'iso')}", s, f)
    p.text(14, y + 4, f"Data sprzedaży   : {date_fmt(doc.sale_date, 'iso')}", s, f)
    y += 12
    p.text(14, y, "NABYWCA:", s, "Mono-Bold")
    y = p.lines(14, y + 4, party_lines(doc.buyer, nip_label="NIP ", nip_style="dash"), s, f)
    y += 4
    rule = "-" * 104
    head = (
        f"{'Lp':>2} {'Nazwa towaru/usługi':<40} {'Ilość':>5} {'J.m.':<5} {'Cena netto':>11} {'Wart. netto':>12} "
        f"{'VAT':>3} {'Kwota VAT':>10} {'Wart.brutto':>11}"
    )
    sz = 6.9
    p.text(10, y, rule, sz, f)
    p.text(10, y + 3.3, head, sz, f)
    p.text(10, y + 6.6, rule, sz, f)
    y += 10
    ms = "plain"
    for k, it in enumerate(doc.items, 1):
        first, *rest = textwrap.wrap(it.name, 40)
        p.text(
            10,
            y,
            f"{k:>2} {first:<40} {qty_fmt(it.qty):>5} {it.unit:<5} {money(it.unit_price or 0, ms):>11} "
            f"{money(it.net or 0, ms):>12} {rate_label(it.vat_rate, 'n'):>3} {money(it.vat or 0, ms):>10} "
            f"{money(it.gross or 0, ms):>11}",
            sz,
            f,
        )
        for more in rest:
            y += 3.3
            p.text(10, y, f"   {more}", sz, f)
        y += 3.6
    p.text(10, y, rule, sz, f)
    y += 4
    for r, n, v, g in doc.rate_summary():
        p.text(
            10,
            y,
            f"{'w tym':>48} {rate_label(r, 'n'):>3}% {money(n, ms):>23} {money(v, ms):>14} {money(g, ms):>11}",
            sz,
            f,
        )
        y += 3.4
    net, vat, gross = doc.totals()
    p.text(10, y, f"{'RAZEM':>52} {money(net, ms):>23} {money(vat, ms):>14} {money(gross, ms):>11}", sz, "Mono-Bold")
    y += 8
    p.text(14, y, f"DO ZAPŁATY: {money(gross, ms)} PLN", 10, "Mono-Bold")
    p.text(14, y + 5, f"Słownie: {slownie(doc)}", s, f)
    p.text(14, y + 10, f"Forma płatności: przelew {doc.due_days} dni, termin: {due_date(doc)}", s, f)
    p.text(14, y + 14, f"Konto: {doc.bank}", s, f)
    signatures(p, y + 20)
    return Sample(p.bytes(), (doc,))


def fam_web_fakturownia(rng: random.Random) -> Sample:
    """Web-app invoice: title and number top-left, dates top-right, two party columns, gray table header."""
    no = f"FV {rng.randint(1, 60)}/{rng.randint(1, 12):02d}/2026"
    doc = make_doc(rng, no, DocOptions(n_items=(2, 5)))
    p = Pdf()
    ms = "space"
    p.text(15, 20, f"Faktura VAT {no}", 16, "Sans-Bold")
    rows = [
        ("Data wystawienia:", date_fmt(doc.issue_date, "iso")),
        ("Data sprzedaży:", date_fmt(doc.sale_date, "iso")),
        ("Miejsce wystawienia:", doc.place),
    ]
    y = 15
    for k, v in rows:
        p.text(150, y, k, 8, "Sans", "r")
        p.text(152, y, v, 8, "Sans-Bold")
        y += 4.5
    y = 34
    p.text(15, y, "Sprzedawca", 10, "Sans-Bold")
    p.text(110, y, "Nabywca", 10, "Sans-Bold")
    p.hline(15, 95, y + 1.5, 0.3)
    p.hline(110, 195, y + 1.5, 0.3)
    p.lines(15, y + 6, party_lines(doc.seller, extra=False), 9)
    p.lines(110, y + 6, party_lines(doc.buyer), 9)
    y = 68
    cols = [
        Col("Lp.", 8, "c"),
        Col("Nazwa", 62),
        Col("Ilość", 12, "r"),
        Col("Jm", 10, "c"),
        Col("Cena netto", 20, "r"),
        Col("Wartość netto", 22, "r"),
        Col("VAT", 10, "c"),
        Col("Wartość brutto", 24, "r"),
    ]
    rows2 = [
        item_row(it, k, ms, what=("lp.", "name", "qty", "unit", "price", "net", "rate", "gross"))
        for k, it in enumerate(doc.items, 1)
    ]
    st = TableStyle(size=8, grid=True, head_fill=0.88)
    y = table(p, 15, y, cols, rows2, st) + 5
    y = vat_summary(p, 103, y, doc, ms, TableStyle(size=8, grid=True, head_fill=0.88), widths=(18, 24, 24, 26))
    y += 8
    gross = doc.totals()[2]
    p.text(15, y, f"Razem do zapłaty: {money(gross, ms)} PLN", 12, "Sans-Bold")
    p.text(15, y + 6, f"Słownie: {slownie(doc)}", 8)
    p.text(15, y + 12, f"Sposób płatności: Przelew     Termin płatności: {due_date(doc)}", 8)
    p.text(15, y + 16, f"Numer konta: {doc.bank}", 8)
    signatures(p, y + 26, "Osoba upoważniona do odbioru", "Osoba upoważniona do wystawienia")
    return Sample(p.bytes(), (doc,))


def fam_number_column(rng: random.Random) -> Sample:
    """Number in its own column right of the title (iFirma-like), party boxes, horizontal rules only."""
    no = f"{rng.randint(1, 300)}/{rng.randint(1, 12)}/2026"
    doc = make_doc(rng, no, DocOptions(n_items=(2, 6)))
    p = Pdf()
    ms = "dot"
    p.rect(15, 14, 180, 14, 0.6)
    p.text(20, 23, "FAKTURA VAT", 15, "Sans-Bold")
    p.vline(120, 14, 28, 0.6)
    p.text(124, 19, "Nr", 7)
    p.text(124, 25, no, 12, "Sans-Bold")
    p.text(15, 35, f"Data wystawienia: {date_fmt(doc.issue_date)}", 8)
    p.text(80, 35, f"Data dostawy/wykonania usługi: {date_fmt(doc.sale_date)}", 8)
    for x, title, party in ((15, "SPRZEDAWCA", doc.seller), (108, "NABYWCA", doc.buyer)):
        p.rect(x, 40, 87, 30, 0.4)
        p.text(x + 2, 44, title, 7, "Sans-Bold")
        p.lines(x + 2, 49, party_lines(party, nip_label="NIP: ", nip_style="dash", extra=False), 8.5)
    cols = [
        Col("Lp", 7, "c"),
        Col("Nazwa towaru lub usługi", 66),
        Col("Ilość", 11, "r"),
        Col("j.m.", 10),
        Col("Cena jedn. netto", 20, "r"),
        Col("Stawka", 12, "c"),
        Col("Wartość netto", 25, "r"),
        Col("Wartość brutto", 29, "r"),
    ]
    rows = [
        item_row(it, k, ms, what=("lp", "name", "qty", "unit", "price", "rate", "net", "gross"))
        for k, it in enumerate(doc.items, 1)
    ]
    y = table(p, 15, 78, cols, rows, TableStyle(size=8, grid=False, rules=True)) + 6
    y = vat_summary(
        p, 95, y, doc, ms, TableStyle(size=8, grid=False, rules=True), total_label="Ogółem", widths=(20, 28, 24, 28)
    )
    gross = doc.totals()[2]
    p.rect(95, y + 4, 100, 10, 0.8)
    p.text(98, y + 10.5, "Do zapłaty:", 10, "Sans-Bold")
    p.text(192, y + 10.5, f"{money(gross, ms)} zł", 11, "Sans-Bold", "r")
    p.text(15, y + 22, f"Słownie złotych: {slownie(doc)}", 8)
    p.text(15, y + 27, f"Płatność: przelew na rachunek {doc.bank}, termin {due_date(doc)}", 8)
    return Sample(p.bytes(), (doc,))


def fam_label_next_line(rng: random.Random) -> Sample:
    """'Nr faktury' label with the value on the next line; dates in a small grid; PKWiU column (wFirma-like)."""
    no = f"FA/{rng.randint(1, 2000)}/2026"
    doc = make_doc(rng, no, DocOptions(n_items=(2, 6)))
    p = Pdf()
    ms = "space"
    p.text(15, 18, doc.seller.name, 13, "Sans-Bold")
    p.lines(15, 23, [doc.seller.street, doc.seller.city, f"NIP {doc.seller.nip}"], 8)
    cells = [
        ("Nr faktury", no),
        ("Data wystawienia", date_fmt(doc.issue_date, "dash")),
        ("Data sprzedaży", date_fmt(doc.sale_date, "dash")),
        ("Termin płatności", due_date(doc)),
    ]
    x = 110
    for k, (lab, val) in enumerate(cells):
        cx, cy = x + (k % 2) * 43, 14 + (k // 2) * 13
        p.rect(cx, cy, 43, 13, 0.4)
        p.text(cx + 2, cy + 4, lab, 7)
        p.text(cx + 2, cy + 10, val, 9.5, "Sans-Bold")
    p.text(15, 50, "Faktura", 18, "Sans-Bold")
    p.text(15, 64, "Nabywca", 8, "Sans-Bold")
    p.lines(15, 69, party_lines(doc.buyer, nip_label="NIP ", nip_style="plain"), 9)
    cols = [
        Col("Lp.", 8, "c"),
        Col("Nazwa", 58),
        Col("PKWiU", 20),
        Col("Ilość", 10, "r"),
        Col("J.m.", 10),
        Col("Cena netto", 19, "r"),
        Col("VAT", 9, "c"),
        Col("Netto", 21, "r"),
        Col("Brutto", 24, "r"),
    ]
    rows = [
        item_row(it, k, ms, what=("lp.", "name", "pkwiu", "qty", "unit", "price", "rate_n", "net", "gross"))
        for k, it in enumerate(doc.items, 1)
    ]
    y = table(p, 12, 95, cols, rows, TableStyle(size=7.5, grid=True, head_fill=0.93)) + 6
    y = vat_summary(
        p,
        95,
        y,
        doc,
        ms,
        TableStyle(size=7.5, grid=True),
        titles=("Stawka", "Netto", "VAT", "Brutto"),
        total_label="Suma",
        widths=(20, 28, 24, 28),
    )
    p.text(15, y + 10, f"Do zapłaty {money(doc.totals()[2], ms)} PLN", 13, "Sans-Bold")
    p.text(15, y + 16, f"Słownie: {slownie(doc)}", 8)
    p.text(15, y + 21, f"Rachunek: {doc.bank}", 8)
    return Sample(p.bytes(), (doc,))


def fam_subiekt_recipient(rng: random.Random) -> Sample:
    """Subiekt-like: centred title with number, Sprzedawca/Nabywca/Odbiorca boxes, several VAT rates."""
    no = f"{rng.randint(1, 900)}/MAG/2026"
    doc = make_doc(rng, no, DocOptions(n_items=(3, 5), rates=("23", "23", "zw", "8"), recipient=True))
    p = Pdf()
    ms = "space"
    p.text(15, 14, f"{doc.place}, dnia {date_fmt(doc.issue_date)}", 8)
    p.text(195, 14, "ORYGINAŁ", 8, "Sans-Bold", "r")
    p.text(p.w / 2, 27, f"Faktura VAT {no}", 14, "Sans-Bold", "c")
    p.text(p.w / 2, 32, f"data sprzedaży: {date_fmt(doc.sale_date)}", 8, "Sans", "c")
    boxes = ((15, "Sprzedawca:", doc.seller), (79, "Nabywca:", doc.buyer), (143, "Odbiorca:", doc.recipient))
    for x, lab, party in boxes:
        assert party is not None
        p.rect(x, 37, 62, 33, 0.4)
        p.text(x + 2, 41, lab, 7.5, "Sans-Bold")
        rows = party_lines(party, nip_label="NIP: ")
        lines = []
        from tests.corpus.extract.kit import wrap

        for r in rows:
            lines += wrap(r, "Sans", 7.5, 58)
        p.lines(x + 2, 45.5, lines, 7.5)
    cols = [
        Col("Lp", 7, "c"),
        Col("Nazwa", 62),
        Col("Ilość", 11, "r"),
        Col("J.m.", 9),
        Col("Cena netto", 19, "r"),
        Col("Stawka VAT", 12, "c"),
        Col("Wartość netto", 20, "r"),
        Col("Wartość VAT", 19, "r"),
        Col("Wartość brutto", 21, "r"),
    ]
    rows = [
        item_row(it, k, ms, what=("lp", "name", "qty", "unit", "price", "rate", "net", "vat", "gross"))
        for k, it in enumerate(doc.items, 1)
    ]
    y = table(p, 15, 76, cols, rows, TableStyle(size=7.5, grid=True)) + 4
    p.text(15, y + 4, "Według stawki VAT", 8, "Sans-Bold")
    y = vat_summary(
        p,
        95,
        y,
        doc,
        ms,
        TableStyle(size=7.5, grid=True),
        titles=("Stawka", "Wartość netto", "Wartość VAT", "Wartość brutto"),
        total_label="Razem",
        widths=(19, 27, 27, 27),
    )
    p.text(15, y + 8, "Razem do zapłaty:", 10, "Sans-Bold")
    p.text(60, y + 8, f"{money(doc.totals()[2], ms)} PLN", 10, "Sans-Bold")
    p.text(15, y + 13, f"Słownie złotych: {slownie(doc)}", 8)
    p.text(15, y + 18, f"Forma płatności: przelew, termin płatności: {due_date(doc)}", 8)
    signatures(p, y + 22, "podpis osoby upoważnionej do odbioru", "podpis osoby upoważnionej do wystawienia")
    return Sample(p.bytes(), (doc,))


def fam_ksef_view(rng: random.Random) -> Sample:
    """KSeF visualisation: sections Podmiot1/Podmiot2, KSeF number, 'Pozycje', tax summary, QR placeholder."""
    no = f"FV/{rng.randint(1, 999)}/2026"
    doc = make_doc(rng, no, DocOptions(n_items=(1, 4)))
    p = Pdf()
    ms = "comma"
    ksef = f"{doc.seller.nip}-{doc.issue_date:%Y%m%d}-{rng.randrange(16**12):012X}-{rng.randrange(256):02X}"
    p.text(15, 16, "Krajowy System e-Faktur", 9, "Sans-Bold")
    p.text(195, 16, "Faktura", 16, "Sans-Bold", "r")
    p.text(195, 22, "Numer faktury", 7, "Sans", "r")
    p.text(195, 27, no, 11, "Sans-Bold", "r")
    p.text(195, 32, "Faktura podstawowa", 7, "Sans", "r")
    p.text(195, 37, f"Numer KSEF: {ksef}", 7, "Sans", "r")
    p.hline(15, 195, 42, 1)
    p.text(15, 49, "Sprzedawca", 11, "Sans-Bold")
    p.text(110, 49, "Nabywca", 11, "Sans-Bold")
    for x, party in ((15, doc.seller), (110, doc.buyer)):
        p.lines(
            x,
            55,
            [f"NIP: {party.nip}", f"Nazwa: {party.name}", "Adres", party.street + ", " + party.city, "Polska"],
            8,
            lead=4.2,
        )
    p.hline(15, 195, 78, 0.5)
    p.text(15, 85, "Szczegóły", 11, "Sans-Bold")
    p.lines(
        15,
        91,
        [
            f"Data wystawienia, z zastrzeżeniem art. 106na ust. 1 ustawy: {date_fmt(doc.issue_date, 'iso')}",
            f"Data dokonania lub zakończenia dostawy towarów lub wykonania usługi: {date_fmt(doc.sale_date, 'iso')}",
            f"Miejsce wystawienia: {doc.place}",
        ],
        8,
        lead=4.2,
    )
    p.text(15, 112, "Pozycje", 11, "Sans-Bold")
    p.text(15, 117, "Faktura wystawiona w cenach netto w walucie PLN", 7)
    cols = [
        Col("Lp.", 8, "c"),
        Col("Nazwa towaru lub usługi", 62),
        Col("Cena jedn. netto", 21, "r"),
        Col("Ilość", 12, "r"),
        Col("Miara", 12),
        Col("Stawka podatku", 16, "c"),
        Col("Wartość sprzedaży netto", 24, "r"),
        Col("Wartość sprzedaży brutto", 25, "r"),
    ]
    rows = [
        item_row(it, k, ms, what=("lp", "name", "price", "qty", "unit", "rate", "net", "gross"))
        for k, it in enumerate(doc.items, 1)
    ]
    y = table(p, 15, 120, cols, rows, TableStyle(size=7.5, grid=True, head_fill=0.9, head_size=6.5)) + 5
    p.text(195, y + 3, f"Kwota należności ogółem: {money(doc.totals()[2], ms)} PLN", 10, "Sans-Bold", "r")
    y += 10
    p.text(15, y, "Podsumowanie stawek podatku", 11, "Sans-Bold")
    vs = [
        Col("Lp.", 8, "c"),
        Col("Stawka podatku", 30),
        Col("Kwota netto", 30, "r"),
        Col("Kwota podatku", 30, "r"),
        Col("Kwota brutto", 30, "r"),
    ]
    rows = [
        [str(k), rate_label(r), money(n, ms), money(v, ms), money(g, ms)]
        for k, (r, n, v, g) in enumerate(doc.rate_summary(), 1)
    ]
    y = table(p, 15, y + 3, vs, rows, TableStyle(size=7.5, grid=True, head_fill=0.9)) + 8
    p.text(15, y, "Płatność", 11, "Sans-Bold")
    p.lines(
        15,
        y + 6,
        [
            f"Termin płatności: {date_fmt(doc.issue_date, 'iso')} + {doc.due_days} dni",
            "Forma płatności: Przelew",
            f"Numer rachunku bankowego: {doc.bank}",
        ],
        8,
        lead=4.2,
    )
    p.rect(160, y, 32, 32, 0.5, fill=0.8)
    p.text(176, y + 36, "OFFLINE", 6, "Sans", "c")
    return Sample(p.bytes(), (doc,))


def fam_gross_prices(rng: random.Random) -> Sample:
    """Invoice priced gross ('od brutto'): gross unit price and line gross, net/VAT derived per line."""
    no = f"{rng.randint(1, 99)}/{rng.randint(1, 12):02d}/2026/K"
    doc = make_doc(rng, no, DocOptions(n_items=(2, 5), gross_based=True))
    p = Pdf()
    ms = "space"
    p.text(15, 18, "Faktura VAT", 14, "Serif-Bold")
    p.text(15, 24, f"nr {no}", 11, "Serif")
    p.text(195, 18, f"Wystawiono: {date_fmt(doc.issue_date, 'words')}", 8.5, "Serif", "r")
    p.text(195, 23, f"Sprzedaż: {date_fmt(doc.sale_date, 'words')}", 8.5, "Serif", "r")
    p.text(15, 36, "Sprzedawca:", 9, "Serif-Bold")
    p.lines(15, 41, party_lines(doc.seller), 9, "Serif")
    p.text(110, 36, "Nabywca:", 9, "Serif-Bold")
    p.lines(110, 41, party_lines(doc.buyer), 9, "Serif")
    p.text(15, 68, "Faktura wystawiona od cen brutto", 7.5, "Serif")
    cols = [
        Col("Lp.", 8, "c"),
        Col("Nazwa towaru / usługi", 66),
        Col("Ilość", 12, "r"),
        Col("J.m.", 10),
        Col("Cena brutto", 22, "r"),
        Col("VAT %", 12, "c"),
        Col("Wartość brutto", 25, "r"),
        Col("w tym VAT", 22, "r"),
    ]
    rows = [
        item_row(it, k, ms, what=("lp.", "name", "qty", "unit", "price", "rate_n", "gross", "vat"))
        for k, it in enumerate(doc.items, 1)
    ]
    y = table(p, 12, 71, cols, rows, TableStyle(size=7.8, font="Serif", head_font="Serif-Bold", grid=True)) + 5
    y = vat_summary(
        p,
        95,
        y,
        doc,
        ms,
        TableStyle(size=7.8, font="Serif", head_font="Serif-Bold", grid=True),
        titles=("Stawka", "Netto", "VAT", "Brutto"),
        widths=(18, 28, 26, 28),
        total_label="Razem",
    )
    p.text(15, y + 8, f"Do zapłaty: {money(doc.totals()[2], ms)} zł", 12, "Serif-Bold")
    p.text(15, y + 14, f"słownie: {slownie(doc)}", 8.5, "Serif")
    return Sample(p.bytes(), (doc,))


def fam_vat_per_rate_only(rng: random.Random) -> Sample:
    """Lines with net amounts only; VAT appears once per rate in the summary (computed on the sum)."""
    no = f"F/{rng.randint(1000, 9999)}/26"
    doc = make_doc(rng, no, DocOptions(n_items=(3, 6), print_item_vat=False, rates=("23", "23", "8")))
    p = Pdf()
    ms = "dot"
    p.text(15, 18, "FAKTURA", 16, "Cond-Bold")
    p.text(15, 24, f"Numer: {no}", 10, "Cond")
    p.text(130, 18, f"Data wystawienia {date_fmt(doc.issue_date, 'iso')}", 9, "Cond")
    p.text(130, 23, f"Data sprzedaży {date_fmt(doc.sale_date, 'iso')}", 9, "Cond")
    p.text(15, 35, "Sprzedawca", 8, "Cond-Bold")
    p.lines(15, 40, party_lines(doc.seller), 9, "Cond")
    p.text(110, 35, "Nabywca", 8, "Cond-Bold")
    p.lines(110, 40, party_lines(doc.buyer), 9, "Cond")
    cols = [
        Col("Lp", 8, "c"),
        Col("Towar / usługa", 82),
        Col("Ilość", 14, "r"),
        Col("J.m.", 12),
        Col("Cena jedn. netto", 26, "r"),
        Col("Stawka", 14, "c"),
        Col("Wartość netto", 28, "r"),
    ]
    rows = [
        item_row(it, k, ms, what=("lp", "name", "qty", "unit", "price", "rate", "net"))
        for k, it in enumerate(doc.items, 1)
    ]
    y = table(p, 15, 68, cols, rows, TableStyle(size=8, font="Cond", head_font="Cond-Bold", grid=False, rules=True)) + 6
    y = vat_summary(
        p,
        95,
        y,
        doc,
        ms,
        TableStyle(size=8, font="Cond", head_font="Cond-Bold", grid=True),
        titles=("Stawka VAT", "Wartość netto", "Kwota VAT", "Wartość brutto"),
        widths=(20, 28, 24, 28),
        total_label="Ogółem",
    )
    p.text(15, y + 8, f"Do zapłaty: {money(doc.totals()[2], ms)} PLN", 12, "Cond-Bold")
    p.text(15, y + 14, f"Słownie: {slownie(doc)}", 8, "Cond")
    return Sample(p.bytes(), (doc,))


def fam_multipage_carry(rng: random.Random) -> Sample:
    """Long invoice over several pages: repeated table header, 'Z przeniesienia' carry-over, page numbers."""
    no = f"FS {rng.randint(1, 500)}/2026"
    doc = make_doc(rng, no, DocOptions(n_items=(34, 46)))
    ms = "space"
    p = Pdf()
    cols = [
        Col("Lp.", 9, "c"),
        Col("Nazwa towaru lub usługi", 70),
        Col("Ilość", 12, "r"),
        Col("J.m.", 10),
        Col("Cena netto", 20, "r"),
        Col("Wartość netto", 22, "r"),
        Col("VAT", 10, "c"),
        Col("Wartość brutto", 25, "r"),
    ]
    rows = [
        item_row(it, k, ms, what=("lp.", "name", "qty", "unit", "price", "net", "rate", "gross"))
        for k, it in enumerate(doc.items, 1)
    ]

    def running(pdf: Pdf) -> float:
        pdf.text(15, 12, f"Faktura VAT nr {no} — ciąg dalszy", 8, "Sans-Italic")
        pdf.text(195, 12, f"Strona {pdf.page_no}", 8, "Sans", "r")
        return 18.0

    def carry(ri: int) -> list[str]:
        done = doc.items[:ri]
        n = sum((i.net or 0 for i in done), 0)
        g = sum((i.gross or 0 for i in done), 0)
        return ["", "Do przeniesienia / z przeniesienia", "", "", "", money(n, ms), "", money(g, ms)]

    p.on_page = running
    p.text(15, 18, f"Faktura VAT nr {no}", 14, "Sans-Bold")
    p.text(195, 12, "Strona 1", 8, "Sans", "r")
    p.text(15, 25, f"Data wystawienia: {date_fmt(doc.issue_date)}   Data sprzedaży: {date_fmt(doc.sale_date)}", 8)
    p.text(15, 33, "Sprzedawca", 8, "Sans-Bold")
    p.lines(15, 38, party_lines(doc.seller), 8.5)
    p.text(110, 33, "Nabywca", 8, "Sans-Bold")
    p.lines(110, 38, party_lines(doc.buyer), 8.5)
    y = table(p, 12, 64, cols, rows, TableStyle(size=7.5, grid=True, head_fill=0.9), carry=carry) + 5
    if y > p.h - 60:
        y = p.new_page()
    y = vat_summary(p, 95, y, doc, ms, TableStyle(size=7.5, grid=True))
    p.text(15, y + 8, f"Razem do zapłaty: {money(doc.totals()[2], ms)} PLN", 11, "Sans-Bold")
    p.text(15, y + 13, f"Słownie: {slownie(doc)}", 8)
    return Sample(p.bytes(), (doc,))


def fam_protocol_plain(rng: random.Random) -> Sample:
    """Protokół odbioru without values: parties as Zamawiający/Wykonawca, items with serial numbers, signatures."""
    no = f"{rng.randint(1, 30)}/{rng.randint(2025, 2026)}"
    doc = make_protocol(rng, no)
    p = Pdf()
    p.text(p.w / 2, 25, f"PROTOKÓŁ ODBIORU nr {no}", 14, "Sans-Bold", "c")
    p.text(
        p.w / 2,
        31,
        f"sporządzony w dniu {date_fmt(doc.issue_date, 'words_r')} w {doc.buyer.city.split(' ', 1)[1]}",
        9,
        "Sans",
        "c",
    )
    p.text(20, 42, f"dotyczy: {doc.references}", 9)
    p.text(20, 52, "Zamawiający (odbierający):", 9, "Sans-Bold")
    p.lines(20, 57, party_lines(doc.buyer), 9)
    p.text(110, 52, "Wykonawca (przekazujący):", 9, "Sans-Bold")
    p.lines(110, 57, party_lines(doc.seller), 9)
    p.text(20, 85, "Przedmiot odbioru:", 9, "Sans-Bold")
    cols = [Col("Lp.", 10, "c"), Col("Nazwa", 90), Col("Ilość", 16, "r"), Col("J.m.", 14), Col("Numery seryjne", 40)]
    rows = [
        [
            f"{k}.",
            it.name,
            qty_fmt(it.qty),
            it.unit,
            ", ".join(f"SN{rng.randrange(16**8):08X}" for _ in range(min(int(it.qty), 2)))
            + (" …" if it.qty > 2 else ""),
        ]
        for k, it in enumerate(doc.items, 1)
    ]
    y = table(p, 20, 88, cols, rows, TableStyle(size=8.5, grid=True)) + 8
    y = p.lines(
        20,
        y,
        [
            "Zamawiający potwierdza odbiór przedmiotu umowy bez zastrzeżeń.",
            "Sprzęt jest kompletny, sprawny i zgodny z umową.",
        ],
        9,
    )
    signatures(p, y + 6, "Odbierający", "Przekazujący")
    return Sample(p.bytes(), (doc,))


def fam_correction_blocks(rng: random.Random) -> Sample:
    """Faktura korygująca with 'Przed korektą' / 'Po korekcie' blocks and the difference to pay back."""
    no = f"KOR/{rng.randint(1, 90)}/2026"
    doc = make_correction(rng, no)
    p = Pdf()
    ms = "space"
    p.text(15, 18, f"Faktura korygująca nr {no}", 14, "Sans-Bold")
    p.text(15, 24, f"do faktury nr {doc.corrected_number} z dnia {date_fmt(doc.corrected_date)}", 9)
    p.text(195, 18, f"Data wystawienia: {date_fmt(doc.issue_date)}", 8.5, "Sans", "r")
    p.text(195, 23, f"Data sprzedaży: {date_fmt(doc.sale_date)}", 8.5, "Sans", "r")
    p.text(15, 34, "Sprzedawca", 8, "Sans-Bold")
    p.lines(15, 39, party_lines(doc.seller), 8.5)
    p.text(110, 34, "Nabywca", 8, "Sans-Bold")
    p.lines(110, 39, party_lines(doc.buyer), 8.5)
    p.text(15, 64, f"Przyczyna korekty: {doc.reason}", 8.5)
    cols = [
        Col("Lp.", 8, "c"),
        Col("Nazwa", 70),
        Col("Ilość", 12, "r"),
        Col("J.m.", 10),
        Col("Cena netto", 20, "r"),
        Col("Wartość netto", 22, "r"),
        Col("VAT", 10, "c"),
        Col("Wartość brutto", 24, "r"),
    ]
    y = 72.0
    for title, items in (("Przed korektą", doc.before_items), ("Po korekcie", doc.after_items)):
        p.text(15, y, title, 9, "Sans-Bold")
        rows = [
            item_row(it, k, ms, what=("lp.", "name", "qty", "unit", "price", "net", "rate", "gross"))
            for k, it in enumerate(items, 1)
        ]
        y = table(p, 12, y + 2, cols, rows, TableStyle(size=7.5, grid=True)) + 8
    after, before = doc.totals(doc.after_items), doc.totals(doc.before_items)
    diff = [a - b for a, b in zip(after, before, strict=True)]
    p.text(15, y, "Podsumowanie", 9, "Sans-Bold")
    cols2 = [Col("", 30), Col("Netto", 30, "r"), Col("VAT", 30, "r"), Col("Brutto", 30, "r")]
    rows2 = [
        ["Przed korektą", *(money(v, ms) for v in before)],
        ["Po korekcie", *(money(v, ms) for v in after)],
        ["Różnica", *(money(v, ms) for v in diff)],
    ]
    y = table(p, 15, y + 2, cols2, rows2, TableStyle(size=8, grid=True)) + 8
    word = "Do zwrotu" if diff[2] < 0 else "Do zapłaty"
    p.text(15, y, f"{word}: {money(abs(diff[2]), ms)} PLN", 11, "Sans-Bold")
    p.text(15, y + 5, f"Słownie: {words_pln(diff[2])}", 8)
    return Sample(p.bytes(), (doc,))


def fam_buyer_recipient_payer(rng: random.Random) -> Sample:
    """Nabywca, Odbiorca and Płatnik in three columns; the JST buys, a school receives, the office pays."""
    no = f"{rng.randint(1, 999)}/FV/{rng.randint(1, 12):02d}/2026"
    doc = make_doc(rng, no, DocOptions(n_items=(2, 4), recipient=True, payer=True))
    p = Pdf()
    ms = "space"
    p.text(15, 16, doc.seller.name, 12, "Sans-Bold")
    p.lines(
        15,
        21,
        [f"{doc.seller.street}, {doc.seller.city}", f"NIP: {nip_fmt(doc.seller.nip, 'dash')}", f"Bank: {doc.bank}"],
        8,
    )
    p.text(195, 16, "FAKTURA VAT", 13, "Sans-Bold", "r")
    p.text(195, 22, f"nr {no}", 10, "Sans", "r")
    p.text(195, 28, f"z dnia {date_fmt(doc.issue_date)}", 8.5, "Sans", "r")
    p.text(195, 32, f"data sprzedaży {date_fmt(doc.sale_date)}", 8.5, "Sans", "r")
    for x, lab, party in ((15, "Nabywca", doc.buyer), (78, "Odbiorca", doc.recipient), (141, "Płatnik", doc.payer)):
        assert party is not None
        p.text(x, 42, lab, 8.5, "Sans-Bold")
        p.hline(x, x + 58, 43.5, 0.3)
        from tests.corpus.extract.kit import wrap

        lines: list[str] = []
        for r in party_lines(party, extra=False):
            lines += wrap(r, "Sans", 8, 57)
        p.lines(x, 48, lines, 8)
    cols = [
        Col("Lp.", 8, "c"),
        Col("Nazwa", 70),
        Col("Ilość", 12, "r"),
        Col("J.m.", 10),
        Col("Cena netto", 20, "r"),
        Col("Wartość netto", 22, "r"),
        Col("VAT", 10, "c"),
        Col("Wartość brutto", 24, "r"),
    ]
    rows = [
        item_row(it, k, ms, what=("lp.", "name", "qty", "unit", "price", "net", "rate", "gross"))
        for k, it in enumerate(doc.items, 1)
    ]
    y = table(p, 12, 75, cols, rows, TableStyle(size=7.8, grid=True, head_fill=0.9)) + 5
    y = vat_summary(p, 95, y, doc, ms, TableStyle(size=7.8, grid=True))
    p.text(15, y + 8, f"Do zapłaty: {money(doc.totals()[2], ms)} PLN", 11, "Sans-Bold")
    p.text(15, y + 13, f"Słownie: {slownie(doc)}", 8)
    return Sample(p.bytes(), (doc,))


def fam_eur_invoice(rng: random.Random) -> Sample:
    """Invoice in EUR with '€' per line, 'EUR' in totals and the VAT converted to PLN at the NBP rate."""
    no = f"INV/{rng.randint(1, 400)}/2026"
    doc = make_doc(
        rng, no, DocOptions(n_items=(1, 4), currency="EUR", item_pool=(2, 3, 4, 7, 9, 10, 17, 18, 19, 20, 24))
    )
    p = Pdf()
    ms = "spacedot"
    rate = f"4.{rng.randint(2000, 3500)}"
    p.text(15, 18, f"Faktura VAT / Invoice {no}", 14, "Sans-Bold")
    p.text(15, 25, f"Data wystawienia / Issue date: {date_fmt(doc.issue_date, 'iso')}", 8.5)
    p.text(15, 29.5, f"Data sprzedaży / Date of supply: {date_fmt(doc.sale_date, 'iso')}", 8.5)
    p.text(15, 34, "Waluta / Currency: EUR", 8.5)
    p.text(15, 43, "Sprzedawca / Seller", 8.5, "Sans-Bold")
    p.lines(15, 48, party_lines(doc.seller, nip_label="NIP/VAT ID: ", nip_style="pl", extra=False), 8.5)
    p.text(110, 43, "Nabywca / Buyer", 8.5, "Sans-Bold")
    p.lines(110, 48, party_lines(doc.buyer, nip_label="NIP: "), 8.5)
    cols = [
        Col("No.", 8, "c"),
        Col("Opis / Description", 70),
        Col("Ilość / Qty", 15, "r"),
        Col("Cena netto / Unit price", 22, "r"),
        Col("VAT", 10, "c"),
        Col("Netto / Net", 23, "r"),
        Col("Brutto / Gross", 25, "r"),
    ]
    rows = [
        [
            str(k),
            it.name,
            qty_fmt(it.qty, ms),
            f"€{money(it.unit_price or 0, ms)}",
            rate_label(it.vat_rate),
            f"€{money(it.net or 0, ms)}",
            f"€{money(it.gross or 0, ms)}",
        ]
        for k, it in enumerate(doc.items, 1)
    ]
    y = table(p, 12, 76, cols, rows, TableStyle(size=7.8, grid=False, rules=True)) + 6
    net, vat, gross = doc.totals()
    y = p.lines(
        120,
        y,
        [
            f"Razem netto / Total net: {money(net, ms)} EUR",
            f"VAT 23%: {money(vat, ms)} EUR",
            f"Razem brutto / Total: {money(gross, ms)} EUR",
        ],
        9,
        "Sans-Bold",
        lead=5,
    )
    vat_pln = vat * __import__("decimal").Decimal(rate)
    p.text(
        15,
        y + 6,
        f"Kurs NBP z dnia poprzedzającego: 1 EUR = {rate.replace('.', ',')} PLN; "
        f"VAT w PLN: {money(vat_pln, 'space')} zł",
        8,
    )
    p.text(15, y + 11, f"Bank account (EUR): {doc.bank}, SWIFT: BREXPLPW", 8)
    return Sample(p.bytes(), (doc,))


def fam_letterspaced_tagline(rng: random.Random) -> Sample:
    """Letter-spaced title 'F A K T U R A  V A T' and the number at the end of a tagline; no-label NIPs."""
    no = f"{rng.randint(2026, 2026)}/{rng.randint(1, 12):02d}/{rng.randint(1, 400):04d}"
    doc = make_doc(rng, no, DocOptions(n_items=(2, 5)))
    p = Pdf()
    ms = "space"
    p.text(p.w / 2, 22, "FAKTURA VAT", 16, "Serif-Bold", "c", spacing=4)
    p.text(
        p.w / 2, 29, f"oryginał — wystawiona w {doc.place} dnia {date_fmt(doc.issue_date)} — nr {no}", 8.5, "Serif", "c"
    )
    p.text(p.w / 2, 34, f"data zakończenia dostawy: {date_fmt(doc.sale_date)}", 8, "Serif", "c")
    p.text(15, 44, "Sprzedawca", 9, "Serif-Bold")
    p.lines(15, 49, [doc.seller.name, doc.seller.street, doc.seller.city, nip_fmt(doc.seller.nip, "dash")], 9, "Serif")
    p.text(110, 44, "Nabywca", 9, "Serif-Bold")
    p.lines(110, 49, [doc.buyer.name, doc.buyer.street, doc.buyer.city, nip_fmt(doc.buyer.nip, "dash")], 9, "Serif")
    cols = [
        Col("Lp.", 8, "c"),
        Col("Nazwa towaru lub usługi", 72),
        Col("Ilość", 12, "r"),
        Col("J.m.", 10),
        Col("Cena netto", 20, "r"),
        Col("Wartość netto", 22, "r"),
        Col("VAT", 10, "c"),
        Col("Wartość brutto", 24, "r"),
    ]
    rows = [
        item_row(it, k, ms, what=("lp.", "name", "qty", "unit", "price", "net", "rate", "gross"))
        for k, it in enumerate(doc.items, 1)
    ]
    st = TableStyle(size=7.8, font="Serif", head_font="Serif-Bold", grid=False, rules=True)
    y = table(p, 12, 72, cols, rows, st) + 5
    y = vat_summary(p, 95, y, doc, ms, st)
    p.text(15, y + 8, f"Razem do zapłaty: {money(doc.totals()[2], ms)} zł", 11, "Serif-Bold")
    p.text(15, y + 13, f"słownie: {slownie(doc)}", 8, "Serif")
    return Sample(p.bytes(), (doc,))


def fam_landscape_codes(rng: random.Random) -> Sample:
    """Landscape page, small font, PKWiU + CN + GTU code columns, unit VAT and gross columns."""
    no = f"FV/{rng.randint(1, 9999):05d}/2026"
    doc = make_doc(rng, no, DocOptions(n_items=(3, 7)))
    p = Pdf(land=True)
    ms = "dot"
    p.text(15, 15, f"Faktura VAT nr {no}", 12, "Sans-Bold")
    p.text(
        15,
        20,
        f"Data wystawienia: {date_fmt(doc.issue_date)}   Data sprzedaży: {date_fmt(doc.sale_date)}   "
        f"Termin płatności: {due_date(doc)}",
        7,
    )
    p.text(15, 28, "Sprzedawca:", 7, "Sans-Bold")
    p.lines(15, 31.5, party_lines(doc.seller), 7)
    p.text(110, 28, "Nabywca:", 7, "Sans-Bold")
    p.lines(110, 31.5, party_lines(doc.buyer), 7)
    p.text(205, 28, "Płatność:", 7, "Sans-Bold")
    p.lines(205, 31.5, ["przelew", f"termin {due_date(doc)}", doc.bank[:16], doc.bank[16:]], 7)
    cols = [
        Col("Lp.", 7, "c"),
        Col("Nazwa", 78),
        Col("PKWiU", 18),
        Col("CN", 18),
        Col("GTU", 13),
        Col("Ilość", 11, "r"),
        Col("J.m.", 9),
        Col("Cena netto", 20, "r"),
        Col("Wartość netto", 22, "r"),
        Col("VAT %", 10, "c"),
        Col("Kwota VAT", 19, "r"),
        Col("Wartość brutto", 22, "r"),
    ]
    rows = [
        item_row(
            it,
            k,
            ms,
            what=("lp.", "name", "pkwiu", "cn", "gtu", "qty", "unit", "price", "net", "rate_n", "vat", "gross"),
        )
        for k, it in enumerate(doc.items, 1)
    ]
    y = table(p, 15, 55, cols, rows, TableStyle(size=6.5, grid=True, head_fill=0.92)) + 4
    y = vat_summary(p, 180, y, doc, ms, TableStyle(size=6.5, grid=True), widths=(18, 28, 24, 28))
    p.text(15, y + 6, f"Do zapłaty: {money(doc.totals()[2], ms)} PLN   słownie: {slownie(doc)}", 8, "Sans-Bold")
    return Sample(p.bytes(), (doc,), landscape=True)


def fam_payment_beside_seller(rng: random.Random) -> Sample:
    """Payment block beside the seller block, buyer below; table without ruling lines; dates in words."""
    no = f"{rng.randint(1, 120)}/2026"
    doc = make_doc(rng, no, DocOptions(n_items=(2, 5)))
    p = Pdf()
    ms = "space"
    p.text(15, 18, "Faktura", 18, "Light")
    p.text(15, 26, f"numer {no}", 11)
    p.text(15, 38, "Sprzedawca", 7, "Sans-Bold")
    p.lines(15, 43, party_lines(doc.seller, nip_label="NIP "), 8.5)
    p.text(110, 38, "Płatność", 7, "Sans-Bold")
    p.lines(
        110,
        43,
        [
            "Metoda: przelew bankowy",
            f"Termin: {due_date(doc)}",
            "Rachunek:",
            doc.bank,
            f"Wystawiono: {date_fmt(doc.issue_date, 'words')}",
            f"Data sprzedaży: {date_fmt(doc.sale_date, 'words')}",
        ],
        8.5,
    )
    p.text(15, 72, "Nabywca", 7, "Sans-Bold")
    p.lines(15, 77, party_lines(doc.buyer, nip_label="NIP "), 8.5)
    cols = [
        Col("#", 8),
        Col("Produkt / usługa", 78),
        Col("Ilość", 16, "r"),
        Col("Cena netto", 22, "r"),
        Col("VAT", 12, "r"),
        Col("Netto", 24, "r"),
        Col("Brutto", 25, "r"),
    ]
    rows = [
        [
            str(k),
            it.name,
            f"{qty_fmt(it.qty)} {it.unit}",
            money(it.unit_price or 0, ms),
            rate_label(it.vat_rate),
            money(it.net or 0, ms),
            money(it.gross or 0, ms),
        ]
        for k, it in enumerate(doc.items, 1)
    ]
    y = table(p, 12, 102, cols, rows, TableStyle(size=8, grid=False, rules=False, head_font="Sans")) + 6
    net, vat, gross = doc.totals()
    y = p.lines(150, y, [f"Netto: {money(net, ms)} PLN", f"VAT: {money(vat, ms)} PLN"], 9, lead=5)
    p.text(195, y + 2, f"Razem: {money(gross, ms)} PLN", 13, "Sans-Bold", "r")
    return Sample(p.bytes(), (replace(doc),))
