"""BLIND-2 families (fresh batch). Not to be opened by the parser engineer; measured once, at the end.

New layouts written for this batch only: they share the data model and the page toolkit of `kit.py`,
but not the layout of any family in `families/` or `blind/`. The table drawing here is its own
(zebra rows, partial rulings, card tables), so no layout inherits the look of the older families.
"""

from __future__ import annotations

import random
import textwrap
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

from tests.corpus.extract.kit import (
    MM,
    Col,
    Doc,
    DocOptions,
    Item,
    Party,
    Pdf,
    date_fmt,
    make_correction,
    make_doc,
    make_like,
    make_protocol,
    money,
    nip_fmt,
    q2,
    qty_fmt,
    rate_label,
    words_pln,
    wrap,
)
from tests.corpus.extract.registry import Sample

# CATALOGUE indexes without the VAT-exempt training (a shop till or a discount list would not sell it)
_GOODS = (0, 1, 2, 3, 5, 6, 7, 8, 10, 11, 12, 13, 14, 15, 21, 22, 23)


# --------------------------------------------------------------------------------------------------
# Small helpers of this batch


def ymd_dots(d: date) -> str:
    """2026.03.14 — the date style of several accounting programs."""
    return f"{d.year}.{d.month:02d}.{d.day:02d}"


def iban_spaced(bank: str) -> str:
    """PL61 1090 1014 0000 0712 1981 2874 — as printed on transfer slips."""
    digits = bank[2:]
    return "PL" + digits[:2] + " " + " ".join(digits[i : i + 4] for i in range(2, 26, 4))


def regon(rng: random.Random) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(9))


def _xs(x: float, cols: Sequence[Col]) -> list[float]:
    out = []
    for c in cols:
        out.append(x)
        x += c.width
    return out


def _cells(
    p: Pdf,
    xs: Sequence[float],
    cols: Sequence[Col],
    cells: Sequence[Sequence[str]],
    y: float,
    *,
    pad: float,
    size: float,
    font: str,
    lead: float,
) -> None:
    for cx, c, lines in zip(xs, cols, cells, strict=True):
        yy = y + pad + size * 0.36
        for ln in lines:
            if c.align == "r":
                p.text(cx + c.width - pad, yy, ln, size, font, "r")
            elif c.align == "c":
                p.text(cx + c.width / 2, yy, ln, size, font, "c")
            else:
                p.text(cx + pad, yy, ln, size, font)
            yy += lead


def grid(
    p: Pdf,
    x: float,
    y: float,
    cols: Sequence[Col],
    rows: Sequence[Sequence[str]],
    *,
    size: float = 8.0,
    font: str = "Sans",
    head_font: str = "Sans-Bold",
    head_fill: float | None = None,
    zebra: float | None = None,
    vlines: bool = True,
    hlines: bool = True,
    pad: float = 1.3,
    bottom: float = 18.0,
    head: bool = True,
    bold_rows: Sequence[int] = (),
) -> float:
    """A table of this batch: optional zebra fill, vertical and horizontal rulings; page breaks repeat the head."""
    lead = size * 0.43
    total = sum(c.width for c in cols)
    xs = _xs(x, cols)

    def rule_cols(y0: float, y1: float) -> None:
        if vlines:
            for cx in [*xs, x + total]:
                p.vline(cx, y0, y1, 0.3)

    def draw_head(y: float) -> float:
        hl = [wrap(c.title, head_font, size, c.width - 2 * pad) or [""] for c in cols]
        h = max(len(v) for v in hl) * lead + 2 * pad
        if head_fill is not None:
            p.rect(x, y, total, h, 0, fill=head_fill)
        _cells(p, xs, cols, hl, y, pad=pad, size=size, font=head_font, lead=lead)
        p.hline(x, x + total, y, 0.6)
        p.hline(x, x + total, y + h, 0.6)
        rule_cols(y, y + h)
        return y + h

    if head:
        y = draw_head(y)
    for i, row in enumerate(rows):
        cells = [wrap(v, font, size, c.width - 2 * pad) or [""] for c, v in zip(cols, row, strict=True)]
        h = max(len(v) for v in cells) * lead + 2 * pad
        if y + h > p.h - bottom:
            y = p.new_page()
            if head:
                y = draw_head(y)
        if zebra is not None and i % 2 == 1:
            p.rect(x, y, total, h, 0, fill=zebra)
        f = head_font if i in bold_rows else font
        _cells(p, xs, cols, cells, y, pad=pad, size=size, font=f, lead=lead)
        if hlines:
            p.hline(x, x + total, y + h, 0.25, gray=0.3)
        rule_cols(y, y + h)
        y += h
    if not hlines:
        p.hline(x, x + total, y, 0.6)
    return y


def rate_rows(doc: Doc, ms: str, items: Sequence[Item] | None = None, suffix: str = "") -> list[list[str]]:
    return [
        [rate_label(r), money(n, ms) + suffix, money(v, ms) + suffix, money(g, ms) + suffix]
        for r, n, v, g in doc.rate_summary(items)
    ]


def name_bold(p: Pdf, x: float, y: float, party: Party, size: float, align: str = "l", lead: float = 4.2) -> float:
    """The party name in bold (wrapped at ~85 mm), then its other lines in regular."""
    for ln in wrap(party.name, "Sans-Bold", size, 85):
        p.text(x, y, ln, size, "Sans-Bold", align)
        y += lead
    return y


# --------------------------------------------------------------------------------------------------
# Families


def fam_logo_bank_block(rng: random.Random) -> Sample:
    """Municipal supplier: logo box, seller beside it, right-aligned buyer, big bank-account block, 2026.03.14."""
    no = f"{rng.randint(1, 480)}/{rng.choice(('MZ', 'SPR', 'FS'))}/2026"
    doc = make_doc(rng, no, DocOptions(n_items=(2, 5)))
    p = Pdf()
    ms = "space"
    s = doc.seller
    initials = "".join(w[0] for w in s.name.replace("„", "").split()[:2] if w[:1].isalpha()).upper() or "IT"
    p.rect(15, 12, 26, 20, 0, fill=0.25)
    p.c.setFillGray(1)
    p.text(28, 24.5, initials, 15, "Sans-Bold", "c")
    p.c.setFillGray(0)
    y = name_bold(p, 45, 16, s, 10)
    p.lines(
        45,
        y,
        [
            s.street,
            s.city,
            f"NIP {nip_fmt(s.nip, 'dash')}   REGON {regon(rng)}",
            f"tel. 81 {rng.randint(100, 999)} 22 10",
        ],
        8,
        lead=3.8,
    )
    p.text(195, 17, "FAKTURA VAT", 15, "Sans-Bold", "r")
    p.text(195, 24, f"nr {no}", 11, "Sans", "r")
    p.text(195, 29, "ORYGINAŁ", 7, "Sans", "r")
    p.hline(15, 195, 42, 0.8)
    p.text(
        15,
        47,
        f"Data wystawienia: {ymd_dots(doc.issue_date)}      Data dostawy / wykonania usługi: "
        f"{ymd_dots(doc.sale_date or doc.issue_date)}      Miejsce wystawienia: {doc.place}",
        8,
    )
    p.text(195, 55, "Nabywca", 8, "Sans-Bold", "r")
    b = doc.buyer
    y = p.lines(
        195, 60, [b.name, *b.extra, b.street, b.city, f"NIP: {nip_fmt(b.nip, 'plain')}"], 9, lead=4.3, align="r"
    )
    p.lines(
        15,
        60,
        [
            f"Sposób zapłaty: {doc.pay_method}",
            f"Termin płatności: {ymd_dots(doc.issue_date + timedelta(days=doc.due_days))}",
            f"Tytułem: {no}",
        ],
        8,
        lead=4.3,
    )
    y = max(y, 76) + 3
    p.rect(15, y, 180, 19, 0.8, fill=0.93)
    p.text(19, y + 5, "Prosimy o wpłatę należności na rachunek bankowy:", 8)
    p.text(19, y + 12.5, iban_spaced(doc.bank), 14, "Mono-Bold")
    p.text(19, y + 17, f"Bank Spółdzielczy w {doc.place}", 7)
    y += 25
    cols = [
        Col("Lp.", 8, "c"),
        Col("Nazwa towaru lub usługi", 62),
        Col("Ilość", 11, "r"),
        Col("J.m.", 10, "c"),
        Col("Cena jedn. netto", 19, "r"),
        Col("Wartość netto", 21, "r"),
        Col("VAT %", 10, "c"),
        Col("Kwota VAT", 18, "r"),
        Col("Wartość brutto", 21, "r"),
    ]
    rows = [
        [
            str(k),
            it.name,
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
    y = grid(p, 15, y, cols, rows, size=7.8, head_fill=0.85) + 5
    net, vat, gross = doc.totals()
    sc = [Col("Stawka", 16, "c"), Col("Netto", 24, "r"), Col("VAT", 22, "r"), Col("Brutto", 24, "r")]
    srows = [*rate_rows(doc, ms), ["Razem", money(net, ms), money(vat, ms), money(gross, ms)]]
    y = grid(p, 109, y, sc, srows, size=7.8, bold_rows=(len(srows) - 1,)) + 7
    p.text(195, y, f"Razem do zapłaty: {money(gross, ms)} zł", 12, "Sans-Bold", "r")
    p.text(15, y + 7, f"Słownie: {words_pln(gross)}", 8)
    p.hline(130, 190, y + 28, 0.3)
    p.text(160, y + 31.5, "podpis osoby wystawiającej fakturę", 6.5, "Sans", "c")
    return Sample(p.bytes(), (doc,))


def fam_two_pages_summary_on_second(rng: random.Random) -> Sample:
    """Two pages: the whole item table on page 1, the per-rate summary and the amount due alone on page 2."""
    no = f"FV {rng.randint(10, 999)}/{rng.randint(1, 12)}/2026"
    doc = make_doc(rng, no, DocOptions(n_items=(4, 7), rates=("23", "23", "8") if rng.random() < 0.3 else ()))
    p = Pdf()
    ms = "dot"

    def footer(page: int) -> None:
        p.hline(15, 195, 285, 0.3)
        p.text(15, 289, f"Faktura VAT nr {no}", 7)
        p.text(195, 289, f"Strona {page} z 2", 7, "Sans", "r")

    p.text(15, 18, "Faktura VAT", 18, "Serif-Bold")
    p.text(15, 25, f"Numer: {no}", 10, "Serif")
    p.lines(
        130,
        14,
        [
            f"Data wystawienia: {date_fmt(doc.issue_date)}",
            f"Data sprzedaży: {date_fmt(doc.sale_date or doc.issue_date)}",
            f"Miejsce: {doc.place}",
        ],
        8.5,
        lead=4.5,
    )
    for x, cap, party in ((15, "Sprzedawca", doc.seller), (110, "Nabywca", doc.buyer)):
        p.rect(x, 34, 85, 32, 0.4)
        p.text(x + 3, 39, cap, 8, "Serif-Bold")
        p.lines(
            x + 3,
            44,
            [*wrap(party.name, "Serif", 9, 79), party.street, party.city, f"NIP: {nip_fmt(party.nip, 'space')}"],
            9,
            "Serif",
            lead=4.2,
        )
    cols = [
        Col("Lp", 9, "c"),
        Col("Towar / usługa", 71),
        Col("Ilość", 12, "r"),
        Col("Jm", 10, "c"),
        Col("Cena netto", 21, "r"),
        Col("Wart. netto", 22, "r"),
        Col("St. VAT", 12, "c"),
        Col("Wart. brutto", 23, "r"),
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
    y = grid(p, 15, 74, cols, rows, size=9, font="Serif", head_font="Serif-Bold", pad=2.2, bottom=20)
    p.text(15, y + 6, f"Liczba pozycji: {len(doc.items)}. Podsumowanie faktury na stronie 2.", 8, "Serif")
    footer(1)
    p.new_page()
    p.text(15, 18, f"Faktura VAT nr {no} — ciąg dalszy", 11, "Serif-Bold")
    p.text(15, 30, "Podsumowanie według stawek VAT", 9, "Serif-Bold")
    net, vat, gross = doc.totals()
    sc = [
        Col("Stawka VAT", 25, "c"),
        Col("Wartość netto", 32, "r"),
        Col("Kwota VAT", 30, "r"),
        Col("Wartość brutto", 32, "r"),
    ]
    srows = [*rate_rows(doc, ms), ["Ogółem", money(net, ms), money(vat, ms), money(gross, ms)]]
    y = grid(p, 15, 34, sc, srows, size=9, font="Serif", head_font="Serif-Bold", bold_rows=(len(srows) - 1,)) + 10
    y = p.lines(
        15,
        y,
        [
            f"Wartość netto razem: {money(net, ms)} PLN",
            f"Podatek VAT razem: {money(vat, ms)} PLN",
        ],
        10,
        "Serif",
        lead=5.5,
    )
    p.text(15, y + 2, f"Do zapłaty: {money(gross, ms)} PLN", 13, "Serif-Bold")
    p.text(15, y + 9, f"Słownie: {words_pln(gross)}", 9, "Serif")
    p.text(
        15,
        y + 16,
        f"Płatne przelewem do dnia {date_fmt(doc.issue_date + timedelta(days=doc.due_days))} na rachunek "
        f"{iban_spaced(doc.bank)}",
        9,
        "Serif",
    )
    for x, cap in ((55, "Wystawił(a)"), (155, "Odebrał(a)")):
        p.hline(x - 35, x + 35, y + 45, 0.3)
        p.text(x, y + 49, cap, 7, "Serif", "c")
    footer(2)
    return Sample(p.bytes(), (doc,))


def fam_notes_between_table_and_totals(rng: random.Random) -> Sample:
    """Captions in a left margin column; a long 'Uwagi' paragraph sits between the item table and the totals."""
    no = f"{rng.randint(1, 99):02d}/{rng.randint(1, 12):02d}/2026/CS"
    doc = make_doc(rng, no, DocOptions(n_items=(2, 4)))
    p = Pdf()
    ms = "space"
    p.text(15, 20, f"Faktura nr {no}", 16, "Sans-Bold")
    p.hline(15, 195, 25, 1.2)

    def caption(y: float, s: str) -> None:
        p.text(15, y, s.upper(), 7, "Sans-Bold")

    caption(33, "Sprzedawca")
    p.lines(48, 33, [doc.seller.name, f"{doc.seller.street}, {doc.seller.city}", f"NIP {doc.seller.nip}"], 9, lead=4.3)
    caption(50, "Nabywca")
    b = doc.buyer
    p.lines(48, 50, [b.name, f"{b.street}, {b.city}", f"NIP {nip_fmt(b.nip, 'dash')}"], 9, lead=4.3)
    caption(67, "Daty")
    p.text(
        48,
        67,
        f"wystawienia {date_fmt(doc.issue_date)}    sprzedaży {date_fmt(doc.sale_date or doc.issue_date)}    "
        f"termin płatności {date_fmt(doc.issue_date + timedelta(days=doc.due_days))}",
        9,
    )
    caption(74, "Płatność")
    p.text(48, 74, f"przelew na rachunek {doc.bank}", 9)
    cols = [
        Col("#", 7, "c"),
        Col("Nazwa", 73),
        Col("Ilość", 18, "r"),
        Col("Cena netto", 22, "r"),
        Col("VAT", 12, "c"),
        Col("Netto", 24, "r"),
        Col("Brutto", 24, "r"),
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
    y = grid(p, 15, 84, cols, rows, size=8.3, vlines=False, pad=1.8) + 7
    contract = doc.issue_date - timedelta(days=rng.randint(20, 60))
    notes = (
        f"Dostawa zrealizowana na podstawie umowy nr {rng.randint(2, 60)}/CS/{contract.year} z dnia "
        f"{date_fmt(contract)} w ramach projektu „Cyberbezpieczny Samorząd” finansowanego ze środków "
        f"Funduszy Europejskich na Rozwój Cyfrowy 2021-2027 (FERC.02.02-CS.01-{rng.randint(100, 999)}/23). "
        f"Gwarancja producenta {rng.choice((24, 36, 60))} miesięcy liczona od dnia podpisania protokołu odbioru. "
        "Zaliczka otrzymana przed wystawieniem faktury: 0,00 zł. Reklamacje prosimy zgłaszać pod adresem "
        "serwis@dostawca.pl lub telefonicznie w dni robocze w godz. 8-16."
    )
    p.text(15, y, "Uwagi", 9, "Sans-Bold")
    y = p.lines(15, y + 5, wrap(notes, "Sans", 8, 178), 8, lead=3.9) + 6
    net, vat, gross = doc.totals()
    for label, val, big in (
        ("Wartość netto", net, False),
        ("Podatek VAT", vat, False),
        ("Wartość brutto", gross, False),
        ("Do zapłaty", gross, True),
    ):
        p.text(150, y, label, 11 if big else 9, "Sans-Bold" if big else "Sans", "r")
        p.text(195, y, f"{money(val, ms)} zł", 11 if big else 9, "Sans-Bold" if big else "Sans", "r")
        y += 6 if big else 4.8
    p.text(15, y + 3, f"Słownie: {words_pln(gross)}", 8)
    return Sample(p.bytes(), (doc,))


def fam_gross_pkwiu_table(rng: random.Random) -> Sample:
    """Table Lp./Nazwa/PKWiU/J.m./Ilość/Cena brutto/Wartość brutto (gross-priced), serif, dates 14-03-2026."""
    no = f"FA/{rng.randint(100, 9999)}/2026"
    doc = make_doc(rng, no, DocOptions(n_items=(2, 6), gross_based=True))
    doc = replace(doc, item_amounts=("gross",))
    p = Pdf()
    ms = "space"
    p.text(105, 18, f"FAKTURA VAT Nr {no}", 14, "Serif-Bold", "c")
    p.text(
        105,
        24,
        f"wystawiona dnia {date_fmt(doc.issue_date, 'dash')} w {doc.place}; data sprzedaży "
        f"{date_fmt(doc.sale_date or doc.issue_date, 'dash')}",
        8.5,
        "Serif",
        "c",
    )
    for x, cap, party, style in ((15, "SPRZEDAWCA", doc.seller, "dash2"), (108, "NABYWCA", doc.buyer, "plain")):
        p.rect(x, 31, 87, 6, 0.4, fill=0.8)
        p.text(x + 2, 35.2, cap, 8, "Serif-Bold")
        p.rect(x, 37, 87, 27, 0.4)
        p.lines(
            x + 2,
            42,
            [
                *wrap(party.name, "Serif", 8.8, 83),
                *party.extra,
                party.street,
                party.city,
                f"NIP: {nip_fmt(party.nip, style)}",
            ],
            8.8,
            "Serif",
            lead=4,
        )
    cols = [
        Col("Lp.", 9, "c"),
        Col("Nazwa", 73),
        Col("PKWiU", 21, "c"),
        Col("J.m.", 11, "c"),
        Col("Ilość", 13, "r"),
        Col("Cena brutto", 24, "r"),
        Col("Wartość brutto", 29, "r"),
    ]
    rows = [
        [
            f"{k}.",
            it.name,
            it.codes[0],
            it.unit,
            qty_fmt(it.qty),
            money(it.unit_price or 0, ms),
            money(it.gross or 0, ms),
        ]
        for k, it in enumerate(doc.items, 1)
    ]
    y = grid(p, 15, 70, cols, rows, size=8, font="Serif", head_font="Serif-Bold") + 5
    net, vat, gross = doc.totals()
    sc = [
        Col("Stawka VAT", 22, "c"),
        Col("Wartość netto", 28, "r"),
        Col("Kwota VAT", 24, "r"),
        Col("Wartość brutto", 28, "r"),
    ]
    srows = [*rate_rows(doc, ms), ["RAZEM", money(net, ms), money(vat, ms), money(gross, ms)]]
    y = grid(p, 93, y, sc, srows, size=8, font="Serif", head_font="Serif-Bold", bold_rows=(len(srows) - 1,)) + 8
    p.text(15, y, f"Razem do zapłaty: {money(gross, ms)} PLN", 11, "Serif-Bold")
    p.text(15, y + 5.5, f"słownie: {words_pln(gross)}", 8.5, "Serif")
    p.text(15, y + 11, f"Forma płatności: przelew, termin: {doc.due_days} dni, konto: {doc.bank}", 8.5, "Serif")
    return Sample(p.bytes(), (doc,))


def fam_discount_amount_zebra(rng: random.Random) -> Sample:
    """Catalogue price, 'Rabat %' and price after discount as three columns; grey zebra rows; ISO dates."""
    no = f"FS-{rng.randint(1, 3000)}/26"
    doc = make_doc(rng, no, DocOptions(n_items=(3, 6), item_pool=_GOODS))
    lines: list[Item] = []
    lists: list[tuple[Decimal, int]] = []
    for it in doc.items:
        disc = rng.choice((5, 8, 10, 12, 15, 20))
        catalogue = q2((it.unit_price or Decimal(0)) * Decimal(rng.choice(("1.00", "1.07", "1.13"))))
        after = q2(catalogue * (100 - disc) / 100)
        lines.append(make_like(it, it.qty, after, False))
        lists.append((catalogue, disc))
    doc = replace(doc, items=tuple(lines))
    p = Pdf()
    ms = "space"
    p.text(15, 17, "Faktura VAT", 15, "Sans-Bold")
    p.text(15, 23, no, 11, "Mono-Bold")
    p.lines(
        195,
        14,
        [
            f"Data wystawienia {date_fmt(doc.issue_date, 'iso')}",
            f"Data sprzedaży {date_fmt(doc.sale_date or doc.issue_date, 'iso')}",
            f"Termin płatności {date_fmt(doc.issue_date + timedelta(days=doc.due_days), 'iso')}",
        ],
        8,
        lead=4,
        align="r",
    )
    for x, cap, party in ((15, "Sprzedawca", doc.seller), (110, "Nabywca", doc.buyer)):
        p.text(x, 34, cap, 7.5, "Sans-Bold")
        p.hline(x, x + 85, 35.5, 0.3)
        p.lines(x, 40, [*wrap(party.name, "Sans", 8.5, 85), party.street, party.city, f"NIP: {party.nip}"], 8.5, lead=4)
    cols = [
        Col("Lp.", 7, "c"),
        Col("Nazwa", 55),
        Col("Ilość", 10, "r"),
        Col("J.m.", 9, "c"),
        Col("Cena katalog.", 17, "r"),
        Col("Rabat %", 11, "c"),
        Col("Cena po rabacie", 17, "r"),
        Col("Wartość netto", 19, "r"),
        Col("VAT", 9, "c"),
        Col("Wartość brutto", 21, "r"),
    ]
    rows = [
        [
            str(k),
            it.name,
            qty_fmt(it.qty),
            it.unit,
            money(cat, ms),
            f"{disc}%",
            money(it.unit_price or 0, ms),
            money(it.net or 0, ms),
            rate_label(it.vat_rate),
            money(it.gross or 0, ms),
        ]
        for k, (it, (cat, disc)) in enumerate(zip(doc.items, lists, strict=True), 1)
    ]
    y = grid(p, 15, 66, cols, rows, size=7.5, zebra=0.88, vlines=False, hlines=False, head_fill=0.7) + 5
    saved = sum(
        (q2((c - (it.unit_price or Decimal(0))) * it.qty) for it, (c, _) in zip(doc.items, lists, strict=True)),
        Decimal(0),
    )
    net, vat, gross = doc.totals()
    p.text(15, y + 2, f"Udzielony rabat łącznie: {money(saved, ms)} zł", 8, "Sans-Italic")
    y = p.lines(
        195,
        y + 2,
        [f"Suma netto: {money(net, ms)} zł", f"Suma VAT: {money(vat, ms)} zł", f"Suma brutto: {money(gross, ms)} zł"],
        9,
        lead=4.8,
        align="r",
    )
    p.rect(120, y, 75, 9, 0, fill=0.88)
    p.text(193, y + 6, f"Do zapłaty {money(gross, ms)} zł", 11, "Sans-Bold", "r")
    p.text(15, y + 16, f"Konto: {iban_spaced(doc.bank)}", 8)
    return Sample(p.bytes(), (doc,))


def fam_landscape_three_blocks(rng: random.Random) -> Sample:
    """Ordinary invoice on a landscape page: seller, buyer and document data as three blocks; amounts 1.234,56."""
    no = f"F/{rng.randint(1000, 9999)}/{rng.randint(1, 12):02d}/2026"
    doc = make_doc(rng, no, DocOptions(n_items=(2, 5)))
    p = Pdf(land=True)
    ms = "dot"
    p.text(15, 15, "FAKTURA", 16, "Cond-Bold")
    p.text(52, 15, f"nr {no}", 12, "Cond")
    blocks = (
        (
            15,
            "Sprzedawca",
            [
                *wrap(doc.seller.name, "Cond", 9, 85),
                doc.seller.street,
                doc.seller.city,
                f"NIP: {nip_fmt(doc.seller.nip, 'pl')}",
            ],
        ),
        (
            110,
            "Nabywca",
            [
                *wrap(doc.buyer.name, "Cond", 9, 85),
                *doc.buyer.extra,
                doc.buyer.street,
                doc.buyer.city,
                f"NIP: {doc.buyer.nip}",
            ],
        ),
        (
            205,
            "Dane dokumentu",
            [
                f"Data wystawienia: {date_fmt(doc.issue_date, 'dash')}",
                f"Data sprzedaży: {date_fmt(doc.sale_date or doc.issue_date, 'dash')}",
                f"Płatność: przelew, {doc.due_days} dni",
                f"Bank: {doc.bank}",
            ],
        ),
    )
    for x, cap, rows_ in blocks:
        p.rect(x, 22, 72 if x == 205 else 90, 5.5, 0, fill=0.15)
        p.c.setFillGray(1)
        p.text(x + 2, 26, cap, 8, "Cond-Bold")
        p.c.setFillGray(0)
        p.lines(x + 2, 31.5, rows_, 9, "Cond", lead=4.2)
    cols = [
        Col("Lp.", 9, "c"),
        Col("Nazwa towaru / usługi", 102),
        Col("Ilość", 14, "r"),
        Col("J.m.", 12, "c"),
        Col("Cena jedn. netto", 25, "r"),
        Col("Wartość netto", 27, "r"),
        Col("Stawka", 14, "c"),
        Col("Kwota VAT", 24, "r"),
        Col("Wartość brutto", 35, "r"),
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
            money(it.vat or 0, ms),
            money(it.gross or 0, ms),
        ]
        for k, it in enumerate(doc.items, 1)
    ]
    y = grid(p, 15, 58, cols, rows, size=8.5, font="Cond", head_font="Cond-Bold", head_fill=0.85) + 5
    net, vat, gross = doc.totals()
    sc = [Col("Stawka", 18, "c"), Col("Netto", 28, "r"), Col("VAT", 26, "r"), Col("Brutto", 28, "r")]
    srows = [*rate_rows(doc, ms), ["Razem", money(net, ms), money(vat, ms), money(gross, ms)]]
    grid(p, 177, y, sc, srows, size=8.5, font="Cond", head_font="Cond-Bold", bold_rows=(len(srows) - 1,))
    p.text(15, y + 4, f"Do zapłaty: {money(gross, ms)} PLN", 12, "Cond-Bold")
    p.text(15, y + 10, f"Słownie: {words_pln(gross)}", 8.5, "Cond")
    return Sample(p.bytes(), (doc,), landscape=True)


def fam_order_style_invoice(rng: random.Random) -> Sample:
    """Proforma-looking shop layout that is a VAT invoice: order number, prepayment, labelled party fields."""
    no = f"FV/{rng.randint(2026000, 2026999)}"
    doc = make_doc(rng, no, DocOptions(n_items=(1, 4), item_pool=_GOODS))
    doc = replace(doc, pay_method="przedpłata")
    p = Pdf()
    ms = "plain"
    p.text(15, 20, "FAKTURA", 22, "Light")
    p.text(15, 26, "dokument sprzedaży – faktura VAT (nie pro forma)", 7.5, "Sans-Italic")
    order = f"ZAM/{rng.randint(10000, 99999)}/{doc.issue_date.year}"
    rows_ = [
        ("Rodzaj dokumentu", "Faktura VAT"),
        ("Numer", no),
        ("Data wystawienia", date_fmt(doc.issue_date)),
        ("Data sprzedaży", date_fmt(doc.sale_date or doc.issue_date)),
        ("Zamówienie", order),
        ("Płatność", "przedpłata (opłacono)"),
    ]
    y = 13.0
    for k, v in rows_:
        p.text(150, y, k, 7.5, "Sans", "r")
        p.text(153, y, v, 8.5, "Sans-Bold" if k == "Numer" else "Sans")
        y += 4.6
    y = 46.0
    for x, cap, party in ((15, "Dane sprzedawcy", doc.seller), (110, "Dane nabywcy", doc.buyer)):
        p.text(x, y, cap, 9, "Sans-Bold")
        yy = y + 5.5
        for k, v in (("Nazwa:", party.name), ("Adres:", f"{party.street}, {party.city}"), ("NIP:", party.nip)):
            p.text(x, yy, k, 7.5, "Sans")
            for ln in wrap(v, "Sans", 8.5, 68):
                p.text(x + 15, yy, ln, 8.5)
                yy += 4
    cols = [
        Col("Produkt / usługa", 74),
        Col("Ilość", 14, "r"),
        Col("Cena netto", 20, "r"),
        Col("Stawka", 13, "c"),
        Col("Netto", 20, "r"),
        Col("VAT", 18, "r"),
        Col("Brutto", 21, "r"),
    ]
    rows = [
        [
            it.name,
            f"{qty_fmt(it.qty, ms)} {it.unit}",
            money(it.unit_price or 0, ms),
            rate_label(it.vat_rate),
            money(it.net or 0, ms),
            money(it.vat or 0, ms),
            money(it.gross or 0, ms),
        ]
        for it in doc.items
    ]
    y = grid(p, 15, 76, cols, rows, size=8.2, vlines=False, pad=2) + 6
    net, vat, gross = doc.totals()
    for label, val in (("Wartość netto", net), ("VAT", vat), ("Razem brutto", gross)):
        p.text(160, y, label, 9, "Sans", "r")
        p.text(195, y, f"{money(val, ms)} PLN", 9, "Sans-Bold" if label == "Razem brutto" else "Sans", "r")
        y += 5
    p.text(195, y + 2, f"Zapłacono: {money(gross, ms)} PLN    Pozostało do zapłaty: 0.00 PLN", 8, "Sans", "r")
    p.text(15, y + 12, f"Zamówienie {order} zostało opłacone przelewem przed wysyłką. Dziękujemy!", 8)
    return Sample(p.bytes(), (doc,))


def fam_handover_protocol_serials(rng: random.Random) -> Sample:
    """Protokół zdawczo-odbiorczy: Przekazujący/Przejmujący, serial-number column, three signature captions."""
    no = f"PZO/{rng.randint(1, 120)}/2026"
    doc = make_protocol(rng, no, n=(2, 5), pool=_GOODS)
    p = Pdf()
    p.text(105, 20, "PROTOKÓŁ ZDAWCZO-ODBIORCZY", 14, "Sans-Bold", "c")
    p.text(105, 26, f"nr {no}", 10, "Sans", "c")
    p.text(
        105, 32, f"sporządzony w dniu {ymd_dots(doc.issue_date)} w {doc.buyer.city.split(' ', 1)[1]}", 9, "Sans", "c"
    )
    y = 42.0
    for cap, party in (("Przekazujący (Wykonawca):", doc.seller), ("Przejmujący (Zamawiający):", doc.buyer)):
        p.text(15, y, cap, 9, "Sans-Bold")
        y = (
            p.lines(
                68, y, [party.name, f"{party.street}, {party.city}", f"NIP: {nip_fmt(party.nip, 'dash')}"], 9, lead=4.3
            )
            + 3
        )
    p.lines(
        15,
        y,
        wrap(
            f"Podstawa: {doc.references}. Przekazujący przekazuje, a Przejmujący przyjmuje "
            "następujący sprzęt / oprogramowanie:",
            "Sans",
            9,
            180,
        ),
        9,
        lead=4.3,
    )
    y += 11
    cols = [
        Col("Lp.", 9, "c"),
        Col("Nazwa sprzętu / oprogramowania", 70),
        Col("Numer seryjny / klucz licencji", 52),
        Col("Ilość", 13, "r"),
        Col("J.m.", 11, "c"),
        Col("Stan", 25, "c"),
    ]
    rows = []
    for k, it in enumerate(doc.items, 1):
        serials = [
            f"{rng.choice(('SN', 'S/N ', 'CN'))}{rng.randint(10**8, 10**9 - 1):X}" for _ in range(min(int(it.qty), 3))
        ]
        if it.qty > 3:
            serials.append(f"(+{int(it.qty) - 3} wg załącznika)")
        rows.append([str(k), it.name, ", ".join(serials), qty_fmt(it.qty), it.unit, "nowy, kompletny"])
    y = grid(p, 15, y, cols, rows, size=8.2, head_fill=0.9) + 8
    y = p.lines(
        15,
        y,
        wrap(
            "Przejmujący potwierdza odbiór bez zastrzeżeń. Sprzęt jest fabrycznie nowy, kompletny i sprawny. "
            "Protokół sporządzono w dwóch jednobrzmiących egzemplarzach, po jednym dla każdej ze stron.",
            "Sans",
            9,
            180,
        ),
        9,
        lead=4.3,
    )
    y += 28
    for x, cap in ((42, "Przekazujący"), (105, "Przejmujący"), (168, "Członek komisji odbiorowej")):
        p.text(x, y - 2, "." * 40, 7, "Sans", "c")
        p.text(x, y + 2.5, cap, 7.5, "Sans", "c")
    return Sample(p.bytes(), (doc,))


def fam_correction_item_cards(rng: random.Random) -> Sample:
    """Correction where each corrected item is a small card with rows 'przed korektą', 'po korekcie', 'różnica'."""
    no = f"KOR/{rng.randint(1, 300)}/2026"
    doc = replace(make_correction(rng, no, DocOptions(item_pool=_GOODS)), score_sale_date=False)  # not printed
    p = Pdf()
    ms = "space"
    p.text(15, 18, "FAKTURA KORYGUJĄCA", 15, "Sans-Bold")
    p.text(15, 24.5, f"Nr {no}", 11)
    p.lines(
        195,
        14,
        [f"Data wystawienia: {date_fmt(doc.issue_date, 'slash')}", f"Miejsce: {doc.place}"],
        8.5,
        lead=4.5,
        align="r",
    )
    assert doc.corrected_date is not None
    p.rect(15, 30, 180, 11, 0.3, fill=0.95)
    p.text(
        18,
        34.5,
        f"Korekta do faktury nr {doc.corrected_number} z dnia {date_fmt(doc.corrected_date, 'slash')}",
        8.5,
        "Sans-Bold",
    )
    p.text(18, 39, f"Przyczyna korekty: {doc.reason}", 8.5)
    for x, cap, party in ((15, "Sprzedawca:", doc.seller), (110, "Nabywca:", doc.buyer)):
        p.text(x, 48, cap, 8, "Sans-Bold")
        p.lines(
            x,
            53,
            [*wrap(party.name, "Sans", 8.5, 85), party.street, party.city, f"NIP {nip_fmt(party.nip, 'dash')}"],
            8.5,
            lead=4,
        )
    y = 76.0
    cols = [
        Col("", 28),
        Col("Ilość", 14, "r"),
        Col("Cena netto", 24, "r"),
        Col("Wartość netto", 27, "r"),
        Col("VAT %", 14, "c"),
        Col("Kwota VAT", 24, "r"),
        Col("Wartość brutto", 27, "r"),
    ]
    for k, (b, a) in enumerate(zip(doc.before_items, doc.after_items, strict=True), 1):
        p.text(15, y, f"Pozycja {k}: {b.name}", 8.5, "Sans-Bold")
        dq, dn, dv, dg = (
            a.qty - b.qty,
            (a.net or 0) - (b.net or 0),
            (a.vat or 0) - (b.vat or 0),
            (a.gross or 0) - (b.gross or 0),
        )
        rows = [
            [
                "przed korektą",
                qty_fmt(b.qty),
                money(b.unit_price or 0, ms),
                money(b.net or 0, ms),
                rate_label(b.vat_rate, "n"),
                money(b.vat or 0, ms),
                money(b.gross or 0, ms),
            ],
            [
                "po korekcie",
                qty_fmt(a.qty),
                money(a.unit_price or 0, ms),
                money(a.net or 0, ms),
                rate_label(a.vat_rate, "n"),
                money(a.vat or 0, ms),
                money(a.gross or 0, ms),
            ],
            [
                "różnica",
                qty_fmt(dq) if dq else "0",
                money((a.unit_price or 0) - (b.unit_price or 0), ms),
                money(dn, ms),
                "",
                money(dv, ms),
                money(dg, ms),
            ],
        ]
        y = grid(p, 15, y + 2, cols, rows, size=7.8, head_fill=0.9, bold_rows=(2,)) + 7
    nb, vb, gb = doc.totals(doc.before_items)
    na, va, ga = doc.totals(doc.after_items)
    sc = [Col("", 34), Col("Netto", 28, "r"), Col("VAT", 26, "r"), Col("Brutto", 28, "r")]
    srows = [
        ["Razem przed korektą", money(nb, ms), money(vb, ms), money(gb, ms)],
        ["Razem po korekcie", money(na, ms), money(va, ms), money(ga, ms)],
        ["Różnica", money(na - nb, ms), money(va - vb, ms), money(ga - gb, ms)],
    ]
    y = grid(p, 79, y, sc, srows, size=8.2, bold_rows=(2,)) + 7
    p.text(195, y, f"Kwota korekty (do zwrotu): {money(ga - gb, ms)} zł", 11, "Sans-Bold", "r")
    p.text(15, y + 7, f"Słownie: minus {words_pln(ga - gb)}", 8)
    return Sample(p.bytes(), (doc,))


def fam_bilingual_eur(rng: random.Random) -> Sample:
    """Bilingual Polish/English invoice in EUR: 'Sprzedawca / Seller' labels, VAT also shown in PLN, ISO dates."""
    no = f"INV/{rng.randint(1, 999):03d}/2026"
    doc = make_doc(rng, no, DocOptions(n_items=(1, 4), currency="EUR", item_pool=_GOODS))
    p = Pdf()
    ms = "space"

    def label(x: float, y: float, pl: str, en: str) -> None:
        p.text(x, y, pl, 8, "Sans-Bold")
        p.text(x, y + 3.3, en, 6.5, "Sans-Italic")

    p.text(15, 18, "Faktura VAT / VAT Invoice", 15, "Sans-Bold")
    p.text(15, 25, f"nr / No. {no}", 10)
    label(130, 13, "Data wystawienia", "Date of issue")
    p.text(195, 13, date_fmt(doc.issue_date, "iso"), 8.5, "Sans", "r")
    label(130, 21, "Data sprzedaży", "Date of sale")
    p.text(195, 21, date_fmt(doc.sale_date or doc.issue_date, "iso"), 8.5, "Sans", "r")
    label(130, 29, "Waluta", "Currency")
    p.text(195, 29, "EUR", 8.5, "Sans", "r")
    for x, pl, en, party in ((15, "Sprzedawca", "Seller", doc.seller), (110, "Nabywca", "Buyer", doc.buyer)):
        label(x, 40, pl, en)
        p.lines(
            x,
            49,
            [
                *wrap(party.name, "Sans", 9, 85),
                party.street,
                party.city + ", Polska / Poland",
                f"NIP / VAT ID: {nip_fmt(party.nip, 'pl')}",
            ],
            9,
            lead=4.2,
        )
    cols = [
        Col("Lp.\nNo.", 9, "c"),
        Col("Nazwa / Description", 66),
        Col("Ilość / Qty", 15, "r"),
        Col("Cena netto / Unit price", 22, "r"),
        Col("Netto / Net", 22, "r"),
        Col("VAT %", 11, "c"),
        Col("VAT", 16, "r"),
        Col("Brutto / Gross", 22, "r"),
    ]
    cols = [replace(c, title=c.title.replace("\n", " ")) for c in cols]
    rows = [
        [
            str(k),
            it.name,
            f"{qty_fmt(it.qty)} {it.unit}",
            money(it.unit_price or 0, ms),
            money(it.net or 0, ms),
            rate_label(it.vat_rate, "n"),
            money(it.vat or 0, ms),
            money(it.gross or 0, ms),
        ]
        for k, it in enumerate(doc.items, 1)
    ]
    y = grid(p, 12, 76, cols, rows, size=7.8, head_fill=0.9) + 6
    net, vat, gross = doc.totals()
    fx = Decimal(rng.randint(41500, 43500)) / 10000
    y = p.lines(
        195,
        y,
        [
            f"Razem netto / Total net: {money(net, ms)} EUR",
            f"VAT / VAT amount: {money(vat, ms)} EUR",
            f"Razem brutto / Total gross: {money(gross, ms)} EUR",
        ],
        9,
        lead=5,
        align="r",
    )
    p.text(195, y + 1, f"Do zapłaty / Amount due: {money(gross, ms)} EUR", 11, "Sans-Bold", "r")
    p.text(
        15,
        y + 10,
        f"Kurs średni NBP / NBP exchange rate: 1 EUR = {str(fx).replace('.', ',')} PLN "
        f"(tabela nr {rng.randint(1, 250):03d}/A/NBP/2026)",
        8,
    )
    p.text(15, y + 14.5, f"Kwota VAT w PLN / VAT amount in PLN: {money(q2(vat * fx), ms)} PLN", 8)
    p.text(15, y + 19, f"Rachunek EUR / EUR account: {iban_spaced(doc.bank)}  SWIFT: BPKOPLPW", 8)
    return Sample(p.bytes(), (doc,))


def fam_fiscal_printer_strip(rng: random.Random) -> Sample:
    """Invoice printed by a fiscal printer on an 80 mm strip: monospace, gross lines, PTU A/B summary."""
    no = f"{rng.randint(1, 999)}/F/2026/K{rng.randint(1, 3)}"
    doc = make_doc(rng, no, DocOptions(n_items=(1, 4), gross_based=True, item_pool=_GOODS))
    doc = replace(doc, item_amounts=("gross",))
    ms = "comma"
    width = 40
    out: list[tuple[str, str]] = []  # (text, font)

    def add(s: str = "", font: str = "Mono") -> None:
        out.append((s, font))

    def centre(s: str, font: str = "Mono") -> None:
        for ln in textwrap.wrap(s, width) or [""]:
            add(ln.center(width).rstrip(), font)

    def lr(left: str, right: str, font: str = "Mono") -> None:
        add(left + right.rjust(width - len(left)), font)

    s, b = doc.seller, doc.buyer
    centre(s.name, "Mono-Bold")
    centre(s.street)
    centre(s.city)
    centre(f"NIP {nip_fmt(s.nip, 'dash')}")
    add("-" * width)
    lr(f"{date_fmt(doc.issue_date, 'iso')}", f"{rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}")
    centre("FAKTURA VAT", "Mono-Bold")
    centre(f"nr {no}", "Mono-Bold")
    lr("Data sprzedaży:", date_fmt(doc.sale_date or doc.issue_date))
    add("-" * width)
    add("NABYWCA:", "Mono-Bold")
    for ln in textwrap.wrap(b.name, width):
        add(ln)
    add(b.street)
    add(b.city)
    add(f"NIP: {b.nip}")
    add("-" * width)
    letters = {"23": "A", "8": "B", "5": "C", "zw": "E"}
    for it in doc.items:
        for ln in textwrap.wrap(it.name, width):
            add(ln)
        ptu = letters.get(it.vat_rate or "23", "A")
        lr("", f"{qty_fmt(it.qty, ms)} {it.unit} x{money(it.unit_price or 0, ms)} {money(it.gross or 0, ms)} {ptu}")
    add("-" * width)
    net, vat, gross = doc.totals()
    for r, _n, v, g in doc.rate_summary():
        ltr = letters.get(r, "A")
        lr(f"SPRZED. OPOD. PTU {ltr}", money(g, ms))
        lr(f"PTU {ltr} {r},00 %" if r.isdigit() else f"PTU {ltr}", money(v, ms))
    lr("SUMA PTU", money(vat, ms))
    lr("WARTOŚĆ NETTO", money(net, ms))
    lr("SUMA PLN", money(gross, ms), "Mono-Bold")
    add("-" * width)
    lr("Przelew", money(gross, ms))
    lr("Termin płatności", date_fmt(doc.issue_date + timedelta(days=doc.due_days)))
    add(doc.bank)
    centre(f"#kasa {rng.randint(1, 4)}  kasjer {rng.choice(('Ewa', 'Marek', 'Ola', 'Kierownik'))}")
    centre(f"BCD {rng.randint(10**11, 10**12 - 1)}")
    lead = 3.6
    p = Pdf(pagesize=(80 * MM, (16 + lead * len(out)) * MM))
    y = 9.0
    for text_, font in out:
        p.text(5, y, text_, 7.6, font)
        y += lead
    return Sample(p.bytes(), (doc,))


def fam_right_parties_small_zebra(rng: random.Random) -> Sample:
    """8 pt everywhere: right-aligned Sprzedawca/Nabywca stacked on the right, dates left, grey zebra rows."""
    no = f"{rng.randint(1, 250)}/{rng.choice(('A', 'B', 'WZ'))}/{rng.randint(1, 12):02d}/2026"
    doc = make_doc(rng, no, DocOptions(n_items=(3, 8)))
    p = Pdf()
    ms = "dot"
    p.text(15, 18, "Faktura", 13, "Sans-Bold")
    p.text(15, 23.5, f"nr {no}", 10, "Sans-Bold")
    p.lines(
        15,
        32,
        [
            f"Data wystawienia: {ymd_dots(doc.issue_date)}",
            f"Data sprzedaży: {ymd_dots(doc.sale_date or doc.issue_date)}",
            f"Miejsce wystawienia: {doc.place}",
            "Sposób zapłaty: przelew",
            f"Termin zapłaty: {ymd_dots(doc.issue_date + timedelta(days=doc.due_days))}",
            f"Nr rachunku: {doc.bank}",
        ],
        8,
        lead=3.8,
    )
    y = 14.0
    for cap, party, style in (("Sprzedawca", doc.seller, "dash"), ("Nabywca", doc.buyer, "dash2")):
        p.text(195, y, cap, 8, "Sans-Bold", "r")
        y = (
            p.lines(
                195,
                y + 4,
                [party.name, *party.extra, party.street, party.city, f"NIP {nip_fmt(party.nip, style)}"],
                8,
                lead=3.7,
                align="r",
            )
            + 3
        )
    cols = [
        Col("Lp", 7, "c"),
        Col("Nazwa", 70),
        Col("Ilość", 12, "r"),
        Col("Jm", 9, "c"),
        Col("Cena netto", 19, "r"),
        Col("Netto", 21, "r"),
        Col("VAT", 9, "c"),
        Col("Kw. VAT", 16, "r"),
        Col("Brutto", 21, "r"),
    ]
    rows = [
        [
            str(k),
            it.name,
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
    y = grid(p, 11, max(y, 60) + 2, cols, rows, size=8, zebra=0.9, vlines=False, hlines=False) + 4
    net, vat, gross = doc.totals()
    sc = [Col("wg stawki", 16, "c"), Col("netto", 22, "r"), Col("VAT", 20, "r"), Col("brutto", 22, "r")]
    srows = [*rate_rows(doc, ms), ["razem", money(net, ms), money(vat, ms), money(gross, ms)]]
    y = grid(p, 115, y, sc, srows, size=8, zebra=0.9, vlines=False, hlines=False, bold_rows=(len(srows) - 1,)) + 6
    p.text(195, y, f"Razem do zapłaty: {money(gross, ms)} PLN", 9.5, "Sans-Bold", "r")
    p.text(195, y + 4.5, f"słownie: {words_pln(gross)}", 8, "Sans", "r")
    return Sample(p.bytes(), (doc,))


_HOURLY = (
    ("Wsparcie techniczne stanowisk komputerowych w urzędzie (godziny serwisanta)", "godz.", (110, 160)),
    ("Administrowanie serwerami i siecią LAN – praca zdalna", "godz.", (140, 210)),
    ("Konfiguracja kopii zapasowych i testy odtwarzania", "godz.", (150, 220)),
    ("Dojazd serwisanta do siedziby Zamawiającego", "km", (1, 2)),
    ("Przegląd polityki haseł i uprawnień w domenie AD", "godz.", (160, 240)),
)


def fam_hourly_services(rng: random.Random) -> Sample:
    """Monthly IT support billed by the hour: fractional quantities (12,5 godz.), km, period and timesheet note."""
    no = f"{rng.randint(1, 60)}/{rng.randint(1, 12):02d}/2026/USL"
    base = make_doc(rng, no, DocOptions(n_items=(2, 3)))
    items = []
    for name, unit, (lo, hi) in rng.sample(_HOURLY, rng.randint(2, 4)):
        if unit == "km":
            qty = Decimal(rng.randint(20, 180))
            price = Decimal(rng.choice(("1.15", "0.89", "1.40")))
        else:
            qty = Decimal(rng.randint(2, 80)) / 2  # half hours: 12,5 godz.
            price = Decimal(rng.randint(lo, hi))
        proto = Item(name, qty, unit, price, None, "23", None, None)
        items.append(make_like(proto, qty, price, False))
    doc = replace(base, items=tuple(items))
    p = Pdf()
    ms = "space"
    month = doc.issue_date.replace(day=1) - timedelta(days=1)
    p.text(15, 18, f"FAKTURA VAT NR {no}", 13, "Sans-Bold")
    p.text(
        15,
        24,
        f"Data wystawienia: {date_fmt(doc.issue_date, 'dash')}   Data wykonania usługi: "
        f"{date_fmt(doc.sale_date or doc.issue_date, 'dash')}",
        8.5,
    )
    p.text(15, 29, f"Okres rozliczeniowy: {month.month:02d}/{month.year} (zestawienie godzin w załączniku)", 8.5)
    y = 38.0
    for x, cap, party in ((15, "Wykonawca / Sprzedawca", doc.seller), (110, "Zamawiający / Nabywca", doc.buyer)):
        p.text(x, y, cap, 8, "Sans-Bold")
        p.lines(x, y + 5, [party.name, *party.extra, party.street, party.city, f"NIP {party.nip}"], 8.5, lead=4)
    cols = [
        Col("Lp.", 8, "c"),
        Col("Usługa", 80),
        Col("Ilość", 16, "r"),
        Col("J.m.", 11, "c"),
        Col("Stawka netto", 20, "r"),
        Col("Netto", 22, "r"),
        Col("VAT", 10, "c"),
        Col("Brutto", 23, "r"),
    ]
    rows = [
        [
            f"{k}.",
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
    y = grid(p, 15, 70, cols, rows, size=8.3, head_fill=0.92, vlines=False) + 6
    net, vat, gross = doc.totals()
    hours = sum((it.qty for it in doc.items if it.unit == "godz."), Decimal(0))
    p.text(15, y, f"Łącznie przepracowano: {qty_fmt(hours)} godz.", 8.5, "Sans-Italic")
    y = p.lines(
        195,
        y,
        [f"Netto: {money(net, ms)} zł", f"VAT 23%: {money(vat, ms)} zł", f"Brutto: {money(gross, ms)} zł"],
        9,
        lead=4.8,
        align="r",
    )
    p.text(195, y + 2, f"Należność: {money(gross, ms)} zł", 11.5, "Sans-Bold", "r")
    p.text(15, y + 10, f"Płatne przelewem na {iban_spaced(doc.bank)} w terminie {doc.due_days} dni.", 8.5)
    return Sample(p.bytes(), (doc,))


def fam_stamp_over_totals(rng: random.Random) -> Sample:
    """A 'ZAPŁACONO' rubber stamp and a handwritten-like initial printed over the totals; buyer above the seller."""
    no = f"{rng.randint(1, 9999):04d}/{rng.choice(('HW', 'IT', 'S'))}/2026"
    doc = make_doc(rng, no, DocOptions(n_items=(2, 5)))
    p = Pdf()
    ms = "dot"
    p.text(195, 16, "Faktura VAT", 14, "Sans-Bold", "r")
    p.text(195, 22, no, 11, "Mono-Bold", "r")
    p.text(195, 27, f"z dnia {date_fmt(doc.issue_date, 'words_r')}", 8.5, "Sans", "r")
    p.text(195, 31.5, f"data sprzedaży {date_fmt(doc.sale_date or doc.issue_date, 'words_r')}", 8.5, "Sans", "r")
    y = 16.0
    for cap, party in (("Nabywca", doc.buyer), ("Sprzedawca", doc.seller)):
        p.text(15, y, cap, 7.5, "Sans-Bold")
        y = (
            p.lines(
                15,
                y + 4.5,
                [party.name, f"{party.street}, {party.city}", f"NIP {nip_fmt(party.nip, 'dash')}"],
                9,
                lead=4.2,
            )
            + 4
        )
    cols = [
        Col("Lp", 8, "c"),
        Col("Nazwa", 78),
        Col("Ilość", 12, "r"),
        Col("J.m.", 10, "c"),
        Col("Cena", 20, "r"),
        Col("Netto", 22, "r"),
        Col("VAT", 9, "c"),
        Col("Brutto", 23, "r"),
    ]
    rows = [
        [
            str(k),
            it.name,
            qty_fmt(it.qty),
            it.unit,
            money(it.unit_price or 0, ms),
            money(it.net or 0, ms),
            rate_label(it.vat_rate, "n"),
            money(it.gross or 0, ms),
        ]
        for k, it in enumerate(doc.items, 1)
    ]
    y = grid(p, 13, max(y, 52) + 4, cols, rows, size=8.2) + 6
    net, vat, gross = doc.totals()
    sc = [Col("VAT", 15, "c"), Col("Netto", 25, "r"), Col("Kwota VAT", 24, "r"), Col("Brutto", 25, "r")]
    srows = [*rate_rows(doc, ms), ["Razem", money(net, ms), money(vat, ms), money(gross, ms)]]
    y0 = y
    y = grid(p, 106, y, sc, srows, size=8.2, bold_rows=(len(srows) - 1,)) + 8
    p.text(195, y, f"Do zapłaty: {money(gross, ms)} PLN", 12, "Sans-Bold", "r")
    p.text(15, y + 7, f"Forma płatności: przelew {doc.due_days} dni, rachunek {doc.bank}", 8)
    # the stamp: a rotated double frame with text, mid-grey ink, half over the summary (the rate column)
    c = p.c
    c.saveState()
    c.translate(97 * MM, (p.h - y0 - 9) * MM)
    c.rotate(rng.uniform(8, 18))
    c.setStrokeGray(0.5)
    c.setFillGray(0.5)
    c.setLineWidth(1.6)
    c.roundRect(-26 * MM, -7 * MM, 52 * MM, 14 * MM, 2 * MM)
    c.setLineWidth(0.6)
    c.roundRect(-24.5 * MM, -5.5 * MM, 49 * MM, 11 * MM, 1.5 * MM)
    c.setFont("Sans-Bold", 15)
    c.drawCentredString(0, -1.2 * MM, "ZAPŁACONO")
    c.setFont("Sans", 6.5)
    c.drawCentredString(0, -4.4 * MM, f"przelewem dn. {date_fmt(doc.issue_date + timedelta(days=rng.randint(1, 9)))}")
    c.restoreState()
    c.saveState()
    c.setFillGray(0.35)
    c.translate(172 * MM, (p.h - y - 16) * MM)
    c.rotate(-6)
    c.setFont("Sans-Italic", 13)
    c.drawString(0, 0, "J. Kow.")
    c.restoreState()
    p.hline(150, 195, y + 18, 0.3)
    p.text(172, y + 21.5, "wystawił", 6.5, "Sans", "c")
    return Sample(p.bytes(), (doc,))
