"""Part-3 layouts: a KSeF-style invoice visualisation, a three-party invoice with a PKWiU column and a
committee hand-over protocol. Everything else (fonts, grids, scans) comes from the part-1 drawing kit."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from ..sets.model import Invoice, Party, Protocol, fmt_date, fmt_nip, fmt_pln, fmt_qty
from ..sets.render import _build, _fonts, _grid, _styles, render_invoice, render_protocol

NEW_LAYOUTS = ("ksef", "pkwiu")


@dataclass(slots=True)
class Invoice3(Invoice):
    """An invoice that may use a part-3 layout.

    `ksef`: the visualisation of a KSeF e-invoice (VAT per rate, as the structured invoice sums it);
    `pkwiu`: seller, buyer and recipient side by side, a PKWiU/CN column, VAT per line.
    """

    ksef_number: str | None = None
    recipient: Party | None = None  # "Odbiorca" (e.g. the Starostwo for the Powiat that buys)
    codes: tuple[str, ...] = ()  # PKWiU/CN per line (pkwiu layout)

    @property
    def per_rate_vat(self) -> bool:
        return self.layout in ("summary", "gross", "ksef")


@dataclass(slots=True)
class Protocol3(Protocol):
    """`style="commission"`: a hand-over protocol signed by a committee ("Za Wykonawcę" / "Za Zamawiającego")."""

    style: str = "kit"
    committee: tuple[str, ...] = ()


def _box(rows: list[list[object]], widths: list[float]) -> Table:
    table = Table(rows, colWidths=widths)
    table.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 0.6, "#000000"),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return table


def _render_ksef(inv: Invoice3, path: Path) -> None:
    st = _styles()
    P = Paragraph
    story: list[object] = [P("Faktura VAT", st["h"]), Spacer(1, 1 * mm)]
    head = f"<b>Numer Faktury:</b> {inv.number}"
    if inv.ksef_number:
        head += f"<br/><b>Numer KSeF:</b> {inv.ksef_number}"
    story.append(P(head, st["n"]))
    story.append(Spacer(1, 3 * mm))
    parties = []
    for label, party in (("Sprzedawca", inv.seller), ("Nabywca", inv.buyer)):
        parties.append(
            P(
                f"<b>{label}</b><br/>NIP: {party.nip}<br/>Nazwa: {party.name}<br/><b>Adres</b><br/>"
                f"{party.address}, {party.city}<br/>Kraj: Polska",
                st["n"],
            )
        )
    story.append(_box([parties], [90 * mm, 90 * mm]))
    story.append(Spacer(1, 3 * mm))
    story.append(
        P(
            f"<b>Szczegóły</b><br/>Data wystawienia, z zastrzeżeniem art. 106na ust. 1 ustawy: "
            f"{inv.issue_date.isoformat()}<br/>Data dokonania lub zakończenia dostawy towarów lub wykonania "
            f"usługi: {inv.sale_date.isoformat()}<br/>Kod waluty: PLN",
            st["n"],
        )
    )
    story.append(Spacer(1, 3 * mm))
    story.append(P("<b>Pozycje</b>", st["n"]))
    rows: list[list[object]] = [
        [
            "Lp.",
            "Nazwa towaru lub usługi",
            "Cena jedn.\nnetto",
            "Ilość",
            "Miara",
            "Stawka\npodatku",
            "Wartość\nsprzedaży netto",
        ]
    ]
    for i, ln in enumerate(inv.lines, 1):
        a = inv.line_amounts(ln)
        rows.append(
            [str(i), P(ln.name, st["n"]), fmt_pln(ln.price), fmt_qty(ln.qty), ln.unit, f"{ln.rate}%", fmt_pln(a.net)]
        )
    story.append(_grid(rows, [9 * mm, 71 * mm, 22 * mm, 13 * mm, 13 * mm, 17 * mm, 27 * mm]))
    story.append(Spacer(1, 3 * mm))
    story.append(P("<b>Podsumowanie stawek podatku</b>", st["n"]))
    srows: list[list[object]] = [["Lp.", "Stawka podatku", "Kwota netto", "Kwota podatku", "Kwota brutto"]]
    for i, (rate, a) in enumerate(inv.rate_summary().items(), 1):
        srows.append([str(i), f"{rate}%", fmt_pln(a.net), fmt_pln(a.vat), fmt_pln(a.gross)])
    story.append(_grid(srows, [9 * mm, 30 * mm, 32 * mm, 32 * mm, 32 * mm]))
    story.append(Spacer(1, 3 * mm))
    t = inv.totals()
    story.append(P(f"<b>Kwota należności ogółem: {fmt_pln(t.gross)} PLN</b>", st["n"]))
    story.append(Spacer(1, 3 * mm))
    due = inv.issue_date.toordinal() + inv.payment_days
    from datetime import date as _date

    story.append(
        P(
            f"<b>Płatność</b><br/>Termin płatności: {_date.fromordinal(due).isoformat()}<br/>Forma płatności: "
            f"Przelew<br/>Nr rachunku bankowego: 48 1140 2004 0000 3102 7788 {inv.seller.nip[-4:]}",
            st["n"],
        )
    )
    _build(path, story, f"Faktura {inv.number}")


def _render_pkwiu(inv: Invoice3, path: Path) -> None:
    st = _styles()
    P = Paragraph
    top = Table(
        [
            [
                P(f"<b>{inv.seller.name}</b><br/>{inv.seller.address}<br/>{inv.seller.city}", st["n"]),
                P(
                    f"<b>FAKTURA VAT</b><br/>nr <b>{inv.number}</b><br/>ORYGINAŁ<br/>"
                    f"Miejsce wystawienia: {inv.seller.city.split(' ', 1)[-1]}<br/>"
                    f"Data wystawienia: {fmt_date(inv.issue_date)}<br/>Data dostawy: {fmt_date(inv.sale_date)}",
                    st["r"],
                ),
            ]
        ],
        colWidths=[95 * mm, 85 * mm],
    )
    top.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story: list[object] = [top, Spacer(1, 5 * mm)]
    cells = [
        P(
            f"<b>Sprzedawca:</b><br/>{inv.seller.name}<br/>{inv.seller.address}<br/>{inv.seller.city}<br/>"
            f"NIP {fmt_nip(inv.seller.nip, 2)}",
            st["n"],
        ),
        P(
            f"<b>Nabywca:</b><br/>{inv.buyer.name}<br/>{inv.buyer.address}<br/>{inv.buyer.city}<br/>"
            f"NIP {fmt_nip(inv.buyer.nip, 2)}",
            st["n"],
        ),
    ]
    widths = [60 * mm, 60 * mm]
    if inv.recipient:
        r = inv.recipient
        cells.append(P(f"<b>Odbiorca:</b><br/>{r.name}<br/>{r.address}<br/>{r.city}", st["n"]))
        widths.append(60 * mm)
    parties = Table([cells], colWidths=widths)
    parties.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOX", (0, 0), (-1, -1), 0.4, "#000000")]))
    story += [parties, Spacer(1, 5 * mm)]
    rows: list[list[object]] = [
        [
            "Lp.",
            "Nazwa",
            "PKWiU/CN",
            "Ilość",
            "J.m.",
            "Cena\nnetto",
            "Wartość\nnetto",
            "VAT",
            "Kwota\nVAT",
            "Wartość\nbrutto",
        ]
    ]
    for i, ln in enumerate(inv.lines, 1):
        a = inv.line_amounts(ln)
        code = inv.codes[i - 1] if i - 1 < len(inv.codes) else ""
        rows.append(
            [
                str(i),
                P(ln.name, st["n"]),
                P(code, st["s"]),
                fmt_qty(ln.qty),
                ln.unit,
                fmt_pln(ln.price),
                fmt_pln(a.net),
                f"{ln.rate}%",
                fmt_pln(a.vat),
                fmt_pln(a.gross),
            ]
        )
    story.append(_grid(rows, [7 * mm, 50 * mm, 21 * mm, 10 * mm, 9 * mm, 17 * mm, 18 * mm, 10 * mm, 17 * mm, 20 * mm]))
    story.append(Spacer(1, 3 * mm))
    srows: list[list[object]] = [["", "Wartość netto", "Stawka", "Kwota VAT", "Wartość brutto"]]
    t = inv.totals()
    srows.append(["Razem:", fmt_pln(t.net), "", fmt_pln(t.vat), fmt_pln(t.gross)])
    for rate, a in inv.rate_summary().items():
        srows.append(["w tym:", fmt_pln(a.net), f"{rate}%", fmt_pln(a.vat), fmt_pln(a.gross)])
    story.append(_grid(srows, [20 * mm, 30 * mm, 18 * mm, 28 * mm, 30 * mm], header_bg=False))
    story.append(Spacer(1, 4 * mm))
    story.append(P(f"<b>Razem do zapłaty: {fmt_pln(t.gross)} zł</b>", st["n"]))
    story.append(
        P(f"Forma płatności: przelew {inv.payment_days} dni, mechanizm podzielonej płatności nie dotyczy", st["s"])
    )
    story.append(Spacer(1, 14 * mm))
    sig = Table(
        [["Wystawił(a): Anna Kowalczyk", "Odebrał(a): ...................................."]],
        colWidths=[90 * mm, 90 * mm],
    )
    sig.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "DejaVu", 7)]))
    story.append(sig)
    _build(path, story, f"Faktura {inv.number}")


def render_invoice3(inv: Invoice, path: Path) -> None:
    _fonts()
    if isinstance(inv, Invoice3) and inv.layout == "ksef":
        _render_ksef(inv, path)
    elif isinstance(inv, Invoice3) and inv.layout == "pkwiu":
        _render_pkwiu(inv, path)
    else:
        render_invoice(inv, path)


def _render_commission(pr: Protocol3, path: Path) -> None:
    st = _styles()
    P = Paragraph
    story: list[object] = [P(f"PROTOKÓŁ ZDAWCZO-ODBIORCZY nr {pr.number}", st["h"]), Spacer(1, 2 * mm)]
    place = f" w {pr.place}" if pr.place else ""
    story.append(P(f"spisany dnia {fmt_date(pr.date)} r.{place}", st["n"]))
    story.append(Spacer(1, 3 * mm))
    story.append(
        P(
            f"<b>Zamawiający:</b> {pr.buyer.name}, {pr.buyer.address}, {pr.buyer.city}, NIP: {pr.buyer.nip}<br/>"
            f"<b>Wykonawca:</b> {pr.seller.name}, {pr.seller.address}, {pr.seller.city}, NIP: {pr.seller.nip}",
            st["n"],
        )
    )
    basis = []
    if pr.contract_ref:
        basis.append(f"umowa nr {pr.contract_ref}")
    if pr.invoice_ref:
        basis.append(f"faktura VAT nr {pr.invoice_ref}")
    if basis:
        story.append(P("Podstawa: " + "; ".join(basis), st["n"]))
    if pr.committee:
        story.append(Spacer(1, 2 * mm))
        story.append(P("Komisja w składzie: " + ", ".join(pr.committee), st["n"]))
    story.append(Spacer(1, 3 * mm))
    story.append(P("Komisja stwierdza, że Wykonawca przekazał, a Zamawiający odebrał:", st["n"]))
    rows: list[list[object]] = [["Lp.", "Opis przedmiotu odbioru", "Nr seryjny / licencji", "Ilość", "J.m."]]
    for i, it in enumerate(pr.items, 1):
        rows.append(
            [str(i), P(it.name, st["n"]), P(", ".join(it.serials) or "nie dotyczy", st["s"]), fmt_qty(it.qty), it.unit]
        )
    story.append(_grid(rows, [9 * mm, 80 * mm, 55 * mm, 14 * mm, 14 * mm]))
    story.append(Spacer(1, 3 * mm))
    story.append(
        P(
            "Przedmiot odbioru jest zgodny z umową co do ilości i jakości. Uwagi: brak. Odbiór uznaje się za "
            "dokonany bez zastrzeżeń.",
            st["n"],
        )
    )
    story.append(Spacer(1, 14 * mm))
    sig = Table(
        [
            ["Za Wykonawcę:", "Za Zamawiającego:"],
            [pr.handing_over or "", pr.receiving or ""],
            ["....................................", "...................................."],
        ],
        colWidths=[90 * mm, 90 * mm],
    )
    sig.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "DejaVu", 8), ("ALIGN", (0, 0), (-1, -1), "CENTER")]))
    story.append(sig)
    _build(path, story, f"Protokół {pr.number}")


def render_protocol3(pr: Protocol, path: Path) -> None:
    _fonts()
    if isinstance(pr, Protocol3) and pr.style == "commission":
        _render_commission(pr, path)
    else:
        render_protocol(pr, path)
