"""The printable report: a PDF a finance officer can sign and file (reportlab, A4).

Why reportlab: it is pure Python with no system libraries (WeasyPrint needs Pango/Cairo from the
OS), already used by the test corpus, and its `Table(repeatRows=1)` repeats table headers across
pages and its canvas gives "strona X z Y" exactly. DejaVu Sans carries the Polish letters; the
built-in Helvetica is a fall-back when the font files are missing.

    report_pdf(report) -> bytes
"""

from __future__ import annotations

import io
from collections.abc import Set as AbstractSet
from datetime import datetime
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

from checks.export import VERDICT_PL, by_category, by_verdict, counted, settlement_rows
from checks.models import ItemStatus, Report, Severity
from knowledge.money import num
from knowledge.programmes import get_programme

FONT_DIRS = (Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/dejavu"))
SEVERITY_HEAD = {Severity.ERROR: "Błędy", Severity.WARNING: "Ostrzeżenia", Severity.INFO: "Informacje"}
VERDICT_COLOUR = {ItemStatus.ELIGIBLE: "#e8f5e9", ItemStatus.INELIGIBLE: "#ffebee", ItemStatus.REVIEW: "#fff8e1"}
MATCHES_IN_FULL = 60  # protocol lines listed one by one up to this many
DISCLAIMER = (
    "Wstępna ocena przygotowana automatycznie na podstawie wgranych dokumentów i dokumentów programu. "
    "Nie jest decyzją Operatora: o kwalifikowalności wydatków rozstrzyga Operator programu. Pozycje „do "
    "wyjaśnienia” wymagają opisu we wniosku albo pytania do Operatora."
)


@cache
def _fonts() -> tuple[str, str]:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    for folder in FONT_DIRS:
        regular, bold = folder / "DejaVuSans.ttf", folder / "DejaVuSans-Bold.ttf"
        if regular.exists() and bold.exists():
            pdfmetrics.registerFont(TTFont("GB-Sans", str(regular)))
            pdfmetrics.registerFont(TTFont("GB-Sans-Bold", str(bold)))
            from reportlab.lib.fonts import addMapping

            addMapping("GB-Sans", 0, 0, "GB-Sans")
            addMapping("GB-Sans", 1, 0, "GB-Sans-Bold")
            return "GB-Sans", "GB-Sans-Bold"
    return "Helvetica", "Helvetica-Bold"  # pragma: no cover - DejaVu ships with the image


def _zl(value: Decimal | None) -> str:
    """Amounts in table cells: '12\u00a0345,67' (a non-breaking space keeps the groups on one line)."""
    return "" if value is None else num(value, sep="\u00a0")


def _short(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _styles() -> dict[str, Any]:
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle

    regular, bold = _fonts()
    base = ParagraphStyle("base", fontName=regular, fontSize=8.5, leading=10.5)
    return {
        "base": base,
        "small": ParagraphStyle("small", parent=base, fontSize=7.2, leading=8.6),
        "cell": ParagraphStyle("cell", parent=base, fontSize=7.2, leading=8.6),
        "num": ParagraphStyle("num", parent=base, fontSize=7.2, leading=8.6, alignment=2),
        "head": ParagraphStyle("head", parent=base, fontName=bold, fontSize=7.2, leading=8.6),
        "tiny": ParagraphStyle("tiny", parent=base, fontSize=6.5, leading=7.8),
        "tiny_num": ParagraphStyle("tiny_num", parent=base, fontSize=6.5, leading=7.8, alignment=2),
        "tiny_head": ParagraphStyle("tiny_head", parent=base, fontName=bold, fontSize=6.5, leading=7.8),
        "title": ParagraphStyle("title", parent=base, fontName=bold, fontSize=14, leading=17, spaceAfter=4),
        "h2": ParagraphStyle(
            "h2", parent=base, fontName=bold, fontSize=10.5, leading=13, spaceBefore=8, spaceAfter=4, keepWithNext=True
        ),
        "meta": ParagraphStyle("meta", parent=base, textColor=colors.HexColor("#333333")),
        "note": ParagraphStyle("note", parent=base, fontSize=7.5, leading=9.5, textColor=colors.HexColor("#333333")),
    }


def _p(text: object, style: Any) -> Any:
    from xml.sax.saxutils import escape

    from reportlab.platypus import Paragraph

    return Paragraph(escape("" if text is None else str(text)).replace("\n", "<br/>"), style)


def _wrap(text: object, width: float, font: str, size: float) -> str:
    """Text broken to the column's width by the font's own metrics (much cheaper than a Paragraph
    per cell: a 1 000-line report renders in about a second)."""
    from reportlab.lib.utils import simpleSplit

    raw = "" if text is None else str(text)
    if not raw:
        return ""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    out: list[str] = []
    for part in raw.split("\n"):
        for line in simpleSplit(part, font, size, width) or [""]:
            # A word wider than the column (an invoice number, a long model code): break it by characters.
            while stringWidth(line, font, size) > width and len(line) > 1:
                cut = len(line) - 1
                while cut > 1 and stringWidth(line[:cut], font, size) > width:
                    cut -= 1
                out.append(line[:cut])
                line = line[cut:]
            out.append(line)
    return "\n".join(out)


def _table(
    header: list[str],
    rows: list[list[Any]],
    widths: list[float],
    st: dict[str, Any],
    *,
    numeric: AbstractSet[int] = frozenset(),
    backgrounds: list[str | None] | None = None,
    bold_last: bool = False,
    compact: bool = False,
) -> Any:
    from reportlab.lib import colors
    from reportlab.platypus import LongTable, TableStyle

    regular, bold = _fonts()
    size = 6.5 if compact else 7.2
    pad = 5.0
    data = [[_wrap(h, widths[n] - pad, bold, size) for n, h in enumerate(header)]]
    for row in rows:
        data.append([_wrap(v, widths[n] - pad, regular, size) for n, v in enumerate(row)])
    table = LongTable(data, colWidths=widths, repeatRows=1)
    style: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), regular, size, size * 1.2),
        ("FONT", (0, 0), (-1, 0), bold, size, size * 1.2),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#999999")),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 2.5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2.5),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]
    for n in numeric:
        style.append(("ALIGN", (n, 1), (n, -1), "RIGHT"))
    for n, colour in enumerate(backgrounds or [], start=1):
        if colour:
            style.append(("BACKGROUND", (0, n), (-1, n), colors.HexColor(colour)))
    if bold_last and rows:
        style.append(("BACKGROUND", (0, len(rows)), (-1, len(rows)), colors.HexColor("#f0f0f0")))
        style.append(("FONT", (0, len(rows)), (-1, len(rows)), bold, size, size * 1.2))
    table.setStyle(TableStyle(style))
    return table


def _numbered_canvas(footer_left: str) -> Any:
    from reportlab.pdfgen import canvas

    class NumberedCanvas(canvas.Canvas):  # type: ignore[misc]
        """Two passes: pages are kept until the end, so each can say "strona X z Y"."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._footer(total)
                super().showPage()
            super().save()

        def _footer(self, total: int) -> None:
            regular, _ = _fonts()
            width, _ = self._pagesize
            self.setFont(regular, 7)
            self.setFillGray(0.3)
            self.drawString(15 * 2.8346, 8 * 2.8346, footer_left[:140])
            self.drawRightString(width - 15 * 2.8346, 8 * 2.8346, f"strona {self._pageNumber} z {total}")

    return NumberedCanvas


def report_pdf(report: Report, *, checked_at: datetime | None = None) -> bytes:
    """The report as a printable A4 PDF: title, unit, programme, date and time of the check, summary
    per verdict and category, findings with their citations, the invoice lines, the settlement list,
    protocol matches, a disclaimer and signature lines. Pure: returns the bytes."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import KeepTogether, SimpleDocTemplate, Spacer

    st = _styles()
    when = checked_at or report.checked_at or datetime.now().astimezone()
    stamp = when.strftime("%d.%m.%Y, godz. %H:%M")
    programme = get_programme(report.programme)
    buf = io.BytesIO()
    template = SimpleDocTemplate(
        buf,
        pagesize=A4,
        leftMargin=15 * mm,
        rightMargin=15 * mm,
        topMargin=14 * mm,
        bottomMargin=16 * mm,
        title=f"Wstępna kontrola rozliczenia – {report.programme_name}",
        author="grantbot",
        invariant=1,
    )
    width = A4[0] - 30 * mm
    story: list[Any] = [
        _p("Wstępna kontrola rozliczenia grantu", st["title"]),
        _p(f"Program: {report.programme_name}", st["meta"]),
        _p(f"Jednostka: {report.unit_name or 'nie wskazano (podaj kod TERYT, by sprawdzić limit grantu)'}", st["meta"]),
        _p(f"Data i godzina kontroli: {stamp}", st["meta"]),
        _p(
            f"Dokumenty: faktury {len(report.invoices)}, protokoły odbioru {len(report.protocols)}"
            + (f", nieodczytane pliki {len(report.unreadable)}" if report.unreadable else ""),
            st["meta"],
        ),
    ]
    if report.max_grant is not None:
        story.append(_p(f"Maksymalny grant: {_zl(report.max_grant)} zł", st["meta"]))

    # Summary per verdict and per category.
    story.append(_p("Podsumowanie według oceny", st["h2"]))
    verdicts = by_verdict(report)
    t = report.totals
    rows = [[r.label, r.lines, _zl(r.net), _zl(r.vat), _zl(r.gross)] for r in verdicts]
    rows.append(
        [
            "Razem",
            sum(r.lines for r in verdicts),
            _zl(t.total_net),
            _zl(t.total_gross - t.total_net),
            _zl(t.total_gross),
        ]
    )
    story.append(
        _table(
            ["ocena", "pozycje", "netto [zł]", "VAT [zł]", "brutto [zł]"],
            rows,
            [width * 0.34, width * 0.12, width * 0.18, width * 0.18, width * 0.18],
            st,
            numeric={1, 2, 3, 4},
            bold_last=True,
        )
    )
    outside = [i for i in report.items if not counted(i)]
    if outside:
        story.append(
            _p(
                f"Poza sumami: {len(outside)} pozycji (korekty bez faktury pierwotnej, pro formy, "
                "waluty obce) – wymienione w tabeli pozycji.",
                st["note"],
            )
        )
    story.append(_p("Podsumowanie według kategorii", st["h2"]))
    cats = by_category(report)
    story.append(
        _table(
            ["kategoria", "pozycje", "netto [zł]", "brutto [zł]", "kwalifikowalne netto", "kwalifikowalne brutto"],
            [[r.label, r.lines, _zl(r.net), _zl(r.gross), _zl(r.eligible_net), _zl(r.eligible_gross)] for r in cats]
            + [
                [
                    "Razem",
                    sum(r.lines for r in cats),
                    _zl(t.total_net),
                    _zl(t.total_gross),
                    _zl(t.eligible_net),
                    _zl(t.eligible_gross),
                ]
            ],
            [width * 0.32, width * 0.08, width * 0.15, width * 0.15, width * 0.15, width * 0.15],
            st,
            numeric={1, 2, 3, 4, 5},
            bold_last=True,
        )
    )

    # Findings, errors first, each with its citation.
    story.append(_p("Uwagi kontroli", st["h2"]))
    if not report.findings:
        story.append(_p("Brak uwag: nie znaleziono problemów w wgranych dokumentach.", st["base"]))
    for severity in Severity:
        found = report.by_severity(severity)
        if not found:
            continue
        story.append(_p(f"{SEVERITY_HEAD[severity]} ({len(found)})", st["head"]))
        story.append(
            _table(
                ["dokument", "poz.", "opis", "podstawa"],
                [[f.document or "", f.line or "", f.message, f.citation.human() if f.citation else ""] for f in found],
                [width * 0.17, width * 0.05, width * 0.53, width * 0.25],
                st,
            )
        )
        story.append(Spacer(1, 3))

    # Invoice lines.
    story.append(_p("Pozycje faktur", st["h2"]))
    docs = {d.file: d for d in report.invoices}
    line_rows = []
    colours: list[str | None] = []
    for item in report.items:
        source = docs.get(item.document)
        number = (source.number if source and source.number else item.invoice) or item.document
        if item.corrected and item.invoice and item.invoice != number:
            number = f"{item.invoice} (korekta {number})"
        inside = counted(item)
        name = item.name + ("" if inside else " [poza sumą]") + (" *" if item.amount_note else "")
        line_rows.append(
            [
                number,
                item.position,
                name,
                item.category_label,
                VERDICT_PL[item.verdict],
                _zl(item.net_value),
                _zl(item.gross_value),
                # An eligible line needs its basis, not a paragraph; a questioned one needs the whole reason.
                _short(item.reason, 75 if item.verdict is ItemStatus.ELIGIBLE else 170),
            ]
        )
        colours.append(VERDICT_COLOUR[item.verdict])
    story.append(
        _table(
            ["dokument", "lp.", "nazwa", "kategoria", "ocena", "netto", "brutto", "uzasadnienie"],
            line_rows,
            [width * w for w in (0.125, 0.035, 0.205, 0.13, 0.125, 0.08, 0.08, 0.22)],
            st,
            numeric={5, 6},
            backgrounds=colours,
            compact=True,
        )
    )

    derived = [i for i in report.items if i.amount_note]
    if derived:
        rounding = sum((i.rounding for i in derived), Decimal(0))
        story.append(
            _p(
                "* VAT i brutto tych pozycji wyliczono z podsumowania według stawek VAT na fakturze (faktura podaje "
                "VAT tylko dla stawki): kwota VAT stawki rozdzielona proporcjonalnie do kwot pozycji (netto, a przy "
                "cenach brutto – brutto)"
                + (f"; zaokrąglenia przeniesione między pozycjami: {_zl(rounding)} zł." if rounding else "."),
                st["note"],
            )
        )

    # Settlement list.
    settlement = settlement_rows(report)
    if settlement:
        story.append(_p("Zestawienie dokumentów do wniosku rozliczającego", st["h2"]))
        money = ("net", "vat", "gross", "eligible_net", "eligible_gross")
        sums = {k: sum((r[k] for r in settlement), Decimal(0)) for k in money}
        story.append(
            _table(
                [
                    "nr dokumentu",
                    "data",
                    "sprzedawca",
                    "NIP",
                    "netto",
                    "VAT",
                    "brutto",
                    "kwalif. netto",
                    "kwalif. brutto",
                    "kategoria",
                ],
                [
                    [
                        r["number"] + (f" (korekty: {r['corrections']})" if r["corrections"] else ""),
                        r["date"],
                        r["seller"],
                        r["seller_nip"],
                        *(_zl(r[k]) for k in money),
                        r["category"],
                    ]
                    for r in settlement
                ]
                + [["Razem", "", "", "", *(_zl(sums[k]) for k in money), ""]],
                [width * w for w in (0.13, 0.085, 0.13, 0.095, 0.09, 0.08, 0.095, 0.095, 0.095, 0.105)],
                st,
                numeric={4, 5, 6, 7, 8},
                bold_last=True,
                compact=True,
            )
        )

    # Protocol lines and the invoice lines they were matched to.
    if report.matches:
        story.append(_p("Protokoły odbioru – dopasowanie do pozycji faktur", st["h2"]))
        shown = list(report.matches)
        if len(shown) > MATCHES_IN_FULL:
            # A long set: the lines that matched exactly are counted, the others listed.
            exact = [m for m in shown if m.item is not None and m.score >= 100]
            shown = [m for m in shown if m.item is None or m.score < 100]
            story.append(
                _p(
                    f"Pozycje protokołów: {len(report.matches)}; dopasowane do pozycji faktur z pełną zgodnością "
                    f"nazw: {len(exact)} (pełna lista w raporcie JSON i tekstowym). Poniżej pozostałe: {len(shown)}.",
                    st["note"],
                )
            )
    if report.matches and shown:
        story.append(
            _table(
                ["protokół", "poz.", "pozycja protokołu", "ilość", "pozycja faktury", "zgodność"],
                [
                    [
                        m.protocol_number or m.protocol,
                        m.position,
                        m.name,
                        "" if m.qty is None else f"{m.qty.normalize():f}",
                        f"{m.item.invoice or m.item.document}, poz. {m.item.position}: {m.item.name}"
                        if m.item
                        else "brak",
                        f"{min(m.score, 100):.0f} %",
                    ]
                    for m in shown
                ],
                [width * 0.13, width * 0.05, width * 0.3, width * 0.07, width * 0.35, width * 0.1],
                st,
                numeric={3, 5},
            )
        )

    story.append(Spacer(1, 8))
    story.append(_p(DISCLAIMER + " " + programme.contact(), st["note"]))
    signature = _table(
        ["Sporządził(a)", "Sprawdził(a)"],
        [
            [
                "\n\n\n\n.............................................\n(data, imię i nazwisko, podpis)",
                "\n\n\n\n.............................................\n(data, imię i nazwisko, podpis)",
            ]
        ],
        [width / 2, width / 2],
        st,
    )
    story.append(Spacer(1, 10))
    story.append(KeepTogether([signature]))
    footer = f"Wstępna kontrola rozliczenia – {report.programme_name} – {stamp}"
    template.build(story, canvasmaker=_numbered_canvas(footer))
    return buf.getvalue()


__all__ = ["report_pdf"]
