"""Render invoices and acceptance protocols to text PDFs (reportlab) and to image-only scans (200 dpi)."""

from __future__ import annotations

import io
import random
import time
from pathlib import Path

from PIL import Image, ImageFilter
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import registerFontFamily
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from .model import (
    Invoice,
    Line,
    Protocol,
    fmt_date,
    fmt_nip,
    fmt_pln,
    fmt_qty,
)

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
SCAN_DPI = 200
_fonts_ready = False


def _fonts() -> None:
    global _fonts_ready
    if not _fonts_ready:
        pdfmetrics.registerFont(TTFont("DejaVu", str(FONT_DIR / "DejaVuSans.ttf")))
        pdfmetrics.registerFont(TTFont("DejaVu-Bold", str(FONT_DIR / "DejaVuSans-Bold.ttf")))
        pdfmetrics.registerFont(TTFont("DejaVuSerif", str(FONT_DIR / "DejaVuSerif.ttf")))
        pdfmetrics.registerFont(TTFont("DejaVuSerif-Bold", str(FONT_DIR / "DejaVuSerif-Bold.ttf")))
        registerFontFamily("DejaVu", normal="DejaVu", bold="DejaVu-Bold", italic="DejaVu", boldItalic="DejaVu-Bold")
        registerFontFamily(
            "DejaVuSerif",
            normal="DejaVuSerif",
            bold="DejaVuSerif-Bold",
            italic="DejaVuSerif",
            boldItalic="DejaVuSerif-Bold",
        )
        _fonts_ready = True


def _styles(serif: bool = False) -> dict[str, ParagraphStyle]:
    base = "DejaVuSerif" if serif else "DejaVu"
    bold = base + "-Bold"
    return {
        "n": ParagraphStyle("n", fontName=base, fontSize=8.5, leading=10.5),
        "s": ParagraphStyle("s", fontName=base, fontSize=7.5, leading=9),
        "r": ParagraphStyle("r", fontName=base, fontSize=8.5, leading=10.5, alignment=TA_RIGHT),
        "b": ParagraphStyle("b", fontName=bold, fontSize=8.5, leading=10.5),
        "h": ParagraphStyle("h", fontName=bold, fontSize=14, leading=17),
        "hr": ParagraphStyle("hr", fontName=bold, fontSize=13, leading=16, alignment=TA_RIGHT),
    }


def _grid(data: list[list[object]], widths: list[float], header_bg: bool = True, font: str = "DejaVu") -> Table:
    table = Table(data, colWidths=widths, repeatRows=1)
    style = [
        ("FONT", (0, 0), (-1, -1), font, 8),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]
    if header_bg:
        style.append(("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.88, 0.88, 0.88)))
    table.setStyle(TableStyle(style))
    return table


def _party_block(st: dict[str, ParagraphStyle], label: str, party, nip_style: int) -> Paragraph:
    nip = fmt_nip(party.nip, nip_style)
    return Paragraph(f"<b>{label}</b><br/>{party.name}<br/>{party.address}<br/>{party.city}<br/>NIP: {nip}", st["n"])


def _build(path: Path, story: list[object], title: str) -> None:
    doc = SimpleDocTemplate(
        str(path),
        pagesize=A4,
        leftMargin=15 * mm,
        rightMargin=15 * mm,
        topMargin=14 * mm,
        bottomMargin=14 * mm,
        title=title,
        author="grantbot settlement_eval",
        invariant=1,
    )
    doc.build(story)


def _lines_table(inv: Invoice, lines: list[Line], st: dict[str, ParagraphStyle]) -> Table:
    P = Paragraph
    if inv.layout == "classic":
        head = [
            "Lp.",
            "Nazwa towaru lub usługi",
            "J.m.",
            "Ilość",
            "Cena jedn.\nnetto",
            "Wartość\nnetto",
            "Stawka\nVAT",
            "Kwota\nVAT",
            "Wartość\nbrutto",
        ]
        rows: list[list[object]] = [head]
        for i, ln in enumerate(lines, 1):
            a = inv.line_amounts(ln)
            rows.append(
                [
                    str(i),
                    P(ln.name, st["n"]),
                    ln.unit,
                    fmt_qty(ln.qty),
                    fmt_pln(ln.price),
                    fmt_pln(a.net),
                    f"{ln.rate}%",
                    fmt_pln(a.vat),
                    fmt_pln(a.gross),
                ]
            )
        return _grid(rows, [8 * mm, 62 * mm, 10 * mm, 11 * mm, 19 * mm, 19 * mm, 12 * mm, 17 * mm, 20 * mm])
    if inv.layout == "summary":
        head = ["Lp.", "Nazwa", "Ilość", "J.m.", "Cena netto", "Wartość netto", "VAT %"]
        rows = [head]
        for i, ln in enumerate(lines, 1):
            a = inv.line_amounts(ln)
            rows.append(
                [str(i), P(ln.name, st["n"]), fmt_qty(ln.qty), ln.unit, fmt_pln(ln.price), fmt_pln(a.net), str(ln.rate)]
            )
        return _grid(rows, [8 * mm, 82 * mm, 12 * mm, 11 * mm, 22 * mm, 27 * mm, 14 * mm])
    if inv.layout == "gross":
        head = ["Lp.", "Nazwa towaru / usługi", "Ilość", "J.m.", "Cena brutto", "Stawka VAT", "Wartość brutto"]
        rows = [head]
        for i, ln in enumerate(lines, 1):
            a = inv.line_amounts(ln)
            rows.append(
                [
                    str(i),
                    P(ln.name, st["n"]),
                    fmt_qty(ln.qty),
                    ln.unit,
                    fmt_pln(ln.price),
                    f"{ln.rate}%",
                    fmt_pln(a.gross),
                ]
            )
        return _grid(rows, [8 * mm, 84 * mm, 12 * mm, 11 * mm, 22 * mm, 15 * mm, 26 * mm])
    # compact: no Lp. column, quantity with unit in one cell, serif font
    head = ["Towar / usługa", "Ilość", "Cena netto", "Netto", "VAT", "Kwota VAT", "Brutto"]
    rows = [head]
    for ln in lines:
        a = inv.line_amounts(ln)
        rows.append(
            [
                P(ln.name, st["n"]),
                f"{fmt_qty(ln.qty)} {ln.unit}",
                fmt_pln(ln.price),
                fmt_pln(a.net),
                f"{ln.rate}%",
                fmt_pln(a.vat),
                fmt_pln(a.gross),
            ]
        )
    return _grid(rows, [70 * mm, 16 * mm, 20 * mm, 20 * mm, 11 * mm, 18 * mm, 21 * mm], font="DejaVuSerif")


def _summary_table(inv: Invoice, lines: list[Line]) -> Table:
    rows: list[list[object]] = [["Stawka VAT", "Wartość netto", "Kwota VAT", "Wartość brutto"]]
    for rate, a in inv.rate_summary(lines).items():
        rows.append([f"{rate}%", fmt_pln(a.net), fmt_pln(a.vat), fmt_pln(a.gross)])
    t = inv.totals(lines)
    rows.append(["Razem", fmt_pln(t.net), fmt_pln(t.vat), fmt_pln(t.gross)])
    font = "DejaVuSerif" if inv.layout == "compact" else "DejaVu"
    table = _grid(rows, [25 * mm, 30 * mm, 30 * mm, 30 * mm], font=font)
    return table


def render_invoice(inv: Invoice, path: Path) -> None:
    _fonts()
    st = _styles(serif=inv.layout == "compact")
    P = Paragraph
    nip_style = {"classic": 0, "summary": 1, "gross": 2, "compact": 1}[inv.layout]
    story: list[object] = []
    if inv.correction_before:
        title = f"FAKTURA KORYGUJĄCA nr {inv.number}"
    elif inv.layout == "summary":
        title = f"FAKTURA nr {inv.number}"
    else:
        title = f"Faktura VAT nr {inv.number}"
    if inv.is_duplicate_copy:
        title += " (KOPIA)"
    if inv.layout == "compact":
        story.append(P(f"{inv.seller.city.split(' ', 1)[-1]}, {fmt_date(inv.issue_date)}", st["r"]))
        story.append(P(title, st["h"]))
        story.append(P(f"Data dostawy/wykonania usługi: {fmt_date(inv.sale_date)}", st["n"]))
    else:
        story.append(P(title, st["hr"] if inv.layout == "summary" else st["h"]))
        story.append(Spacer(1, 2 * mm))
        story.append(
            P(f"Data wystawienia: {fmt_date(inv.issue_date)}<br/>Data sprzedaży: {fmt_date(inv.sale_date)}", st["n"])
        )
    story.append(Spacer(1, 4 * mm))
    if inv.layout == "compact":
        story.append(_party_block(st, "Sprzedawca:", inv.seller, nip_style))
        story.append(Spacer(1, 2 * mm))
        story.append(_party_block(st, "Nabywca:", inv.buyer, nip_style))
    else:
        parties = Table(
            [
                [
                    _party_block(st, "Sprzedawca", inv.seller, nip_style),
                    _party_block(st, "Nabywca", inv.buyer, nip_style),
                ]
            ],
            colWidths=[90 * mm, 90 * mm],
        )
        parties.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
        story.append(parties)
    story.append(Spacer(1, 5 * mm))
    if inv.correction_before:
        ref_no = inv.correction_of if inv.correction_ref_readable else "____________"
        ref_date = fmt_date(inv.corrected_date) if inv.corrected_date else ""
        story.append(P(f"Dotyczy faktury nr {ref_no} z dnia {ref_date}", st["b"]))
        story.append(P(f"Przyczyna korekty: {inv.correction_reason}", st["n"]))
        story.append(Spacer(1, 3 * mm))
        story.append(P("Przed korektą:", st["b"]))
        story.append(_lines_table(inv, inv.correction_before, st))
        story.append(Spacer(1, 3 * mm))
        story.append(P("Po korekcie:", st["b"]))
        story.append(_lines_table(inv, inv.lines, st))
        story.append(Spacer(1, 3 * mm))
        d = inv.printed_totals()
        diff = _grid(
            [["", "Netto", "VAT", "Brutto"], ["Różnica (korekta)", fmt_pln(d.net), fmt_pln(d.vat), fmt_pln(d.gross)]],
            [35 * mm, 30 * mm, 30 * mm, 30 * mm],
        )
        story.append(diff)
        story.append(Spacer(1, 3 * mm))
        word = "Do zwrotu" if d.gross < 0 else "Do zapłaty"
        story.append(P(f"{word}: {fmt_pln(abs(d.gross))} PLN", st["b"]))
    else:
        story.append(_lines_table(inv, inv.lines, st))
        story.append(Spacer(1, 3 * mm))
        if inv.layout in ("summary", "gross"):
            story.append(P("Zestawienie sprzedaży wg stawek VAT", st["b"]))
        story.append(_summary_table(inv, inv.lines))
        story.append(Spacer(1, 4 * mm))
        t = inv.totals()
        story.append(P(f"Do zapłaty: {fmt_pln(t.gross)} PLN", st["b"]))
    story.append(Spacer(1, 3 * mm))
    story.append(
        P(
            f"Sposób płatności: przelew, termin płatności: {inv.payment_days} dni<br/>"
            f"Nr konta: 12 1020 1026 0000 0402 0123 {inv.seller.nip[-4:]}",
            st["n"],
        )
    )
    if inv.gross_priced:
        story.append(P("Ceny zawierają podatek VAT.", st["s"]))
    story.append(Spacer(1, 12 * mm))
    sig = Table(
        [
            ["....................................", "...................................."],
            ["Osoba upoważniona do odbioru", "Osoba upoważniona do wystawienia"],
        ],
        colWidths=[90 * mm, 90 * mm],
    )
    sig.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "DejaVu", 7), ("ALIGN", (0, 0), (-1, -1), "CENTER")]))
    story.append(sig)
    _build(path, story, title)


def render_protocol(pr: Protocol, path: Path) -> None:
    _fonts()
    st = _styles()
    P = Paragraph
    story: list[object] = [P(f"{pr.title} nr {pr.number}", st["h"]), Spacer(1, 2 * mm)]
    place = f" w {pr.place}" if pr.place else ""
    story.append(P(f"sporządzony w dniu {fmt_date(pr.date)}{place}", st["n"]))
    refs = []
    if pr.invoice_ref:
        refs.append(f"faktura nr {pr.invoice_ref}")
    if pr.contract_ref:
        refs.append(f"umowa nr {pr.contract_ref}")
    if refs:
        story.append(P("Dotyczy: " + ", ".join(refs), st["n"]))
    story.append(Spacer(1, 4 * mm))
    story.append(
        P(
            f"<b>Przekazujący (Wykonawca):</b> {pr.seller.name}, {pr.seller.address}, {pr.seller.city}, "
            f"NIP {fmt_nip(pr.seller.nip, 1)}",
            st["n"],
        )
    )
    story.append(
        P(
            f"<b>Odbierający (Zamawiający):</b> {pr.buyer.name}, {pr.buyer.address}, {pr.buyer.city}, "
            f"NIP {fmt_nip(pr.buyer.nip, 1)}",
            st["n"],
        )
    )
    story.append(Spacer(1, 4 * mm))
    story.append(P("Przedmiot odbioru:", st["b"]))
    with_values = any(it.value_net is not None for it in pr.items)
    head = ["Lp.", "Nazwa", "Ilość", "J.m.", "Numery seryjne"] + (["Wartość netto"] if with_values else [])
    rows: list[list[object]] = [head]
    for i, it in enumerate(pr.items, 1):
        row: list[object] = [
            str(i),
            P(it.name, st["n"]),
            fmt_qty(it.qty),
            it.unit,
            P(", ".join(it.serials) if it.serials else "-", st["s"]),
        ]
        if with_values:
            row.append(fmt_pln(it.value_net) if it.value_net is not None else "")
        rows.append(row)
    widths = (
        [8 * mm, 70 * mm, 12 * mm, 11 * mm, 55 * mm]
        if not with_values
        else [8 * mm, 62 * mm, 12 * mm, 11 * mm, 45 * mm, 24 * mm]
    )
    story.append(_grid(rows, widths))
    story.append(Spacer(1, 4 * mm))
    tail = (
        "Usługa została wykonana zgodnie z umową." if "USŁUGI" in pr.title else "Sprzęt jest nowy, kompletny i sprawny."
    )
    story.append(
        P(
            "Zamawiający potwierdza odbiór przedmiotu umowy w ilościach i w specyfikacji jak wyżej, "
            f"bez zastrzeżeń. {tail}",
            st["n"],
        )
    )
    story.append(Spacer(1, 14 * mm))
    left = pr.handing_over or ""
    right = pr.receiving or ""
    # Polish protocols print the role, then the signatory's name under it, then the signature line.
    sig = Table(
        [
            ["Przekazujący", "Odbierający"],
            [left, right],
            ["....................................", "...................................."],
            ["(podpis)", "(podpis)"],
        ],
        colWidths=[90 * mm, 90 * mm],
    )
    sig.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "DejaVu", 8), ("ALIGN", (0, 0), (-1, -1), "CENTER")]))
    story.append(sig)
    _build(path, story, f"{pr.title} {pr.number}")


def rasterise(pdf_path: Path, seed: int) -> None:
    """Replace a text PDF by an image-only PDF of its pages at 200 dpi, slightly skewed and noisy like a scan."""
    import pypdfium2 as pdfium

    rng = random.Random(seed)
    pdf = pdfium.PdfDocument(str(pdf_path))
    pages: list[Image.Image] = []
    try:
        for index in range(len(pdf)):
            bitmap = pdf[index].render(scale=SCAN_DPI / 72)
            img = bitmap.to_pil().convert("L")
            img = img.rotate(rng.uniform(-0.8, 0.8), resample=Image.Resampling.BICUBIC, expand=False, fillcolor=255)
            img = img.filter(ImageFilter.GaussianBlur(radius=0.6))
            px = img.load()
            width, height = img.size
            for _ in range(width * height // 400):
                x, y = rng.randrange(width), rng.randrange(height)
                px[x, y] = rng.choice((90, 140, 200))
            pages.append(img)
    finally:
        pdf.close()
    buf = io.BytesIO()
    fixed = time.gmtime(1704067200)  # PIL stamps "now" otherwise; scans must be reproducible
    pages[0].save(
        buf,
        format="PDF",
        resolution=SCAN_DPI,
        save_all=True,
        append_images=pages[1:],
        creationDate=fixed,
        modDate=fixed,
    )
    pdf_path.write_bytes(buf.getvalue())
