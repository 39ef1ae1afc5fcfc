"""Pure renderers of a `Report`: a one-screen Polish summary for chat, a plain-text report for the
terminal, a JSON-ready dict, CSV for a spreadsheet and a printable HTML page to attach.

All user-facing Polish of the report lives here (the rules write their own finding messages).
"""

from __future__ import annotations

import html
import json
from datetime import date
from decimal import Decimal
from typing import Any

from checks.models import Finding, ItemStatus, ItemVerdict, Report, Severity
from checks.rules import zl
from extractors.models import Invoice, Protocol
from knowledge.citations import Citation
from knowledge.money import counted
from knowledge.programmes import get_programme

VERDICT_PL = {
    ItemStatus.ELIGIBLE: "kwalifikowalna",
    ItemStatus.INELIGIBLE: "niekwalifikowalna",
    ItemStatus.REVIEW: "do wyjaśnienia",
}
COUNT_PL = {
    ItemStatus.ELIGIBLE: "kwalifikowalne",
    ItemStatus.INELIGIBLE: "niekwalifikowalne",
    ItemStatus.REVIEW: "do wyjaśnienia",
}
VERDICT_ICON = {ItemStatus.ELIGIBLE: "✅", ItemStatus.INELIGIBLE: "❌", ItemStatus.REVIEW: "❓"}
SEVERITY_PL = {Severity.ERROR: "błąd", Severity.WARNING: "ostrzeżenie", Severity.INFO: "informacja"}
SEVERITY_HEAD_PL = {Severity.ERROR: "Błędy", Severity.WARNING: "Ostrzeżenia", Severity.INFO: "Informacje"}
SEVERITY_ICON = {Severity.ERROR: "❌", Severity.WARNING: "⚠️", Severity.INFO: "ℹ️"}

# What the applicant should do about each kind of finding, in the order of importance.
ADVICE: dict[str, str] = {
    "unreadable_file": "Wgraj ponownie pliki, których nie odczytano (PDF z warstwą tekstową, XML z KSeF "
    "albo wyraźny skan).",
    "ineligible_item": "Usuń pozycje niekwalifikowalne z wniosku rozliczającego – można je opłacić ze "
    "środków własnych.",
    "used_equipment": "Sprzęt używany: sprawdź uwagi – program może go wykluczać albo wymagać oświadczeń.",
    "date_outside_window": "Wydatków spoza okresu kwalifikowalności nie rozliczysz z grantu.",
    "duplicate_invoice": "Usuń zdublowane dokumenty – każdy wydatek rozlicza się raz.",
    "duplicate_file": "Usuń zdublowane dokumenty – każdy wydatek rozlicza się raz.",
    "advisory_cap": "Ogranicz usługi doradcze do limitu procentowego grantu.",
    "unit_not_eligible": "Sprawdź, czy wybrano właściwy program dla tej jednostki.",
    "invalid_nip": "Sprawdź NIP-y na fakturach (albo jakość skanu).",
    "review_item": "Pozycje „do wyjaśnienia” opisz we wniosku (związek z celem projektu) albo zapytaj Operatora.",
    "procurement_threshold": "Do zakupów powyżej 50 000 zł netto dołącz dokumentację z bazy konkurencyjności.",
    "no_protocols": "Dołącz protokoły odbioru z ilościami i specyfikacją każdej pozycji.",
    "invoice_without_protocol": "Uzupełnij protokoły odbioru: każda faktura musi mieć protokół.",
    "item_not_received": "Uzupełnij protokoły odbioru tak, by obejmowały każdą pozycję faktury.",
    "quantity_mismatch": "Ilości w protokołach muszą zgadzać się z fakturami.",
    "protocol_item_not_invoiced": "Wyjaśnij pozycje protokołów, których nie ma na fakturach.",
    "protocol_unknown_invoice": "Wgraj faktury, do których odnoszą się protokoły.",
    "protocol_before_delivery": "Sprawdź daty protokołów odbioru: odbiór nie może poprzedzać dostawy.",
    "correction_without_original": "Do każdej faktury korygującej dołącz fakturę pierwotną.",
    "proforma": "Faktur pro forma nie rozliczasz – dołącz faktury końcowe.",
    "unknown_document": "Sprawdź dokumenty, których rodzaju nie rozpoznano (faktura? protokół?).",
    "protocol_unsigned": "Podpisz protokoły odbioru.",
    "buyer_not_jst": "Nabywcą na fakturze musi być JST (grantobiorca).",
    "arithmetic": "Sprawdź ręcznie kwoty, które się nie sumują (możliwy błąd dokumentu lub odczytu).",
    "extraction_warning": "Sprawdź ręcznie dokumenty z uwagami z odczytu.",
    "currency": "Przelicz kwoty w walutach obcych na PLN.",
    "over_max_grant": "Nadwyżkę ponad maksymalny grant pokryj ze środków własnych.",
    "vat_statement": "VAT: dołącz wymagane oświadczenie albo rozliczaj kwoty netto.",
    "advisory_cap_unknown": "Podaj kwotę przyznanego grantu, by sprawdzić limit usług doradczych.",
    "project_end_unknown": "Podaj datę końca projektu z umowy, by sprawdzić koniec okresu kwalifikowalności.",
    "date_missing": "Uzupełnij daty faktur, których nie odczytano.",
    "nip_missing": "Sprawdź dane sprzedawcy na fakturach bez NIP.",
    "no_items": "Sprawdź ręcznie faktury bez odczytanych pozycji.",
    "totals_mismatch": "Sprawdź faktury, których pozycje nie sumują się do kwot na dokumencie.",
    "protocol_value_mismatch": "Wyjaśnij różnice wartości między protokołami a fakturami.",
    "totals_uncertain": "Sprawdź na oryginałach sumy faktur odczytane niepewnie.",
    "correction_link_uncertain": "Sprawdź, czy korekty powiązano z właściwymi fakturami.",
}


def _plural(n: int, one: str, few: str, many: str) -> str:
    return counted(n, one, few, many)


def _cite(citation: Citation | None) -> str | None:
    return str(citation) if citation is not None else None


def _money(value: Decimal | None) -> str | None:
    return None if value is None else str(value)


def _shorten(text: str, limit: int = 220) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _documents_line(report: Report) -> str:
    parts = []
    invoices = [d for d in report.invoices]
    corrections = sum(1 for d in invoices if d.kind.value == "correction")
    if invoices:
        part = _plural(len(invoices), "faktura", "faktury", "faktur")
        if corrections:
            part += f" (w tym {_plural(corrections, 'korekta', 'korekty', 'korekt')})"
        parts.append(part)
    if report.protocols:
        parts.append(_plural(len(report.protocols), "protokół odbioru", "protokoły odbioru", "protokołów odbioru"))
    text = ", ".join(parts) if parts else "brak odczytanych dokumentów"
    documents: list[Any] = [*report.invoices, *report.protocols]
    numbers = [str(d.number) for d in documents if getattr(d, "number", None)]
    if numbers and len(numbers) <= 6:  # which documents were checked, as the officer files them
        text += f" ({', '.join(numbers)})"
    if report.unreadable:
        text += f"; nieodczytane: {len(report.unreadable)}"
    return f"Dokumenty: {text}"


def _findings_line(report: Report) -> str:
    e, w, i = (len(report.by_severity(s)) for s in Severity)
    return "Uwagi: " + ", ".join(
        [
            _plural(e, "błąd", "błędy", "błędów"),
            _plural(w, "ostrzeżenie", "ostrzeżenia", "ostrzeżeń"),
            _plural(i, "informacja", "informacje", "informacji"),
        ]
    )


def _advice(report: Report) -> list[str]:
    codes = {f.code for f in report.findings}
    return list(dict.fromkeys(text for code, text in ADVICE.items() if code in codes))


def title(report: Report) -> str:
    head = f"Wstępna kontrola rozliczenia – {report.programme_name}"
    return f"{head} – {report.unit_name}" if report.unit_name else head


# How a run of findings of one kind is named when the chat summary folds them into one line.
GROUP_PL: dict[str, tuple[str, str]] = {
    "ineligible_item": ("Pozycje niekwalifikowalne", "netto"),
    "review_item": ("Pozycje do wyjaśnienia", "netto"),
    "procurement_threshold": ("Zakupy ponad 50 000 zł netto (baza konkurencyjności)", "netto"),
    "item_not_received": ("Pozycje bez protokołu odbioru", "netto"),
    "invoice_without_protocol": ("Faktury bez protokołu odbioru", "brutto"),
    "quantity_mismatch": ("Ilości niezgodne z protokołami", "netto"),
    "protocol_item_not_invoiced": ("Pozycje protokołów bez faktury", ""),
    "used_equipment": ("Sprzęt używany", "netto"),
    "unreadable_file": ("Nieodczytane pliki", ""),
    "date_outside_window": ("Faktury poza okresem kwalifikowalności", "brutto"),
}
GROUP_FROM = 3  # this many findings of one kind become one line


def _grouped(findings: list[Finding]) -> list[tuple[str, int]]:
    """Chat lines for the findings, a run of one kind folded into one line: (text, findings covered)."""
    by_code: dict[str, list[Finding]] = {}
    for f in findings:
        by_code.setdefault(f.code, []).append(f)
    out: list[tuple[str, int]] = []
    done: set[str] = set()
    for f in findings:
        same = by_code[f.code]
        if len(same) < GROUP_FROM:
            out.append((f"{SEVERITY_ICON[f.severity]} {_shorten(f.message)}", 1))
            continue
        if f.code in done:
            continue
        done.add(f.code)
        if f.code not in GROUP_PL:
            more = _plural(len(same) - 1, "podobna uwaga", "podobne uwagi", "podobnych uwag")
            out.append((f"{SEVERITY_ICON[f.severity]} {_shorten(f.message, 150)} (+ {more})", len(same)))
            continue
        label, basis = GROUP_PL[f.code]
        amounts = [x.amount for x in same if x.amount is not None]
        money = f", razem {zl(sum(amounts, Decimal(0)))} {basis}".rstrip() if amounts and basis else ""
        out.append(
            (f"{SEVERITY_ICON[f.severity]} {label}: {len(same)}{money}; np. {_shorten(f.message, 120)}", len(same))
        )
    return out


ITEMS_LISTED = 5  # up to this many lines, the chat summary names each one
SUMMARY_LINES = 25  # one chat screen


def _item_line(item: ItemVerdict) -> str:
    value = f" – {zl(item.net)} netto" if item.net is not None else ""
    return f"{VERDICT_ICON[item.verdict]} Poz. {item.position} „{_shorten(item.name, 60)}”{value}"


def summary(report: Report, *, problems: int = 7, advice: int = 5) -> str:
    """One screen (at most ~25 lines) for chat: totals, the top problems and what to do."""
    t = report.totals
    lines = [title(report), _documents_line(report)]
    if report.items:
        counts = ", ".join(f"{VERDICT_ICON[s]} {COUNT_PL[s]}: {report.count(s)}" for s in ItemStatus if report.count(s))
        lines.append(f"Pozycje: {len(report.items)} ({counts})")
        lines.append(f"Kwalifikowalne: {zl(t.eligible_net)} netto, {zl(t.eligible_gross)} brutto")
        if t.ineligible_net or t.ineligible_gross:
            lines.append(f"Niekwalifikowalne: {zl(t.ineligible_net)} netto, {zl(t.ineligible_gross)} brutto")
        if t.review_net or t.review_gross:
            lines.append(f"Do wyjaśnienia: {zl(t.review_net)} netto, {zl(t.review_gross)} brutto")
    totals_end = len(lines)
    lines.append(_findings_line(report))
    top = [f for f in report.findings if f.severity is not Severity.INFO] or list(report.findings)
    if top:
        lines += ["", "Najważniejsze problemy:"]
        groups = _grouped(top)
        shown = groups[:problems]
        lines += [text for text, _ in shown]
        rest = len(report.findings) - sum(n for _, n in shown)
        if rest > 0:
            lines.append(f"… oraz {_plural(rest, 'uwaga', 'uwagi', 'uwag')} w pełnym raporcie.")
    todo = _advice(report)
    if todo:
        lines += ["", "Co zrobić:"]
        lines += [f"• {text}" for text in todo[:advice]]
    else:
        lines += ["", "Nie znalazłem problemów w wgranych dokumentach."]
    lines.append(f"To wstępna ocena, nie decyzja Operatora. {get_programme(report.programme).contact()}")
    if len(report.items) <= ITEMS_LISTED and len(lines) + len(report.items) <= SUMMARY_LINES:
        # a short set: every line by name, so the user sees what was read — while the screen allows
        lines[totals_end:totals_end] = [_item_line(i) for i in report.items]
    return "\n".join(lines)


def _duplicates(report: Report) -> set[str]:
    return {f.document for f in report.findings if f.code in DUPLICATE_CODES and f.document}


DUPLICATE_CODES = ("duplicate_file", "duplicate_invoice")
DUPLICATE_NOTE = " (duplikat – pominięty w kontroli)"


def text_report(report: Report) -> str:
    """Terminal report: every document and line with its verdict, all findings, then the summary."""
    out: list[str] = []
    duplicates = _duplicates(report)
    home = {link.document.file: link.target.file for link in report.links}  # a joined correction's invoice
    for doc in report.documents:
        note = DUPLICATE_NOTE if doc.file in duplicates else ""
        if isinstance(doc, Invoice):
            label = "Korekta" if doc.kind.value == "correction" else "Faktura"
            when = doc.issue_date.strftime("%d.%m.%Y") if doc.issue_date else "brak daty"
            out.append(f"{label} {doc.number or '(bez numeru)'} z {when} – {doc.file}{note}")
            out.append(f"  sprzedawca: {doc.seller.name or '?'} (NIP {doc.seller.nip or '?'})")
            if doc.file in home:
                out.append(f"  (korekta: pozycje po korekcie pokazano przy fakturze z pliku {home[doc.file]})")
                continue
            for item in (i for i in report.items if home.get(i.document, i.document) == doc.file):
                note = " (po korekcie)" if item.document != doc.file else ""
                note += "" if item.counted else " (poza sumami)"
                out.append(
                    f"  {item.position:>3}. {VERDICT_ICON[item.verdict]} {_shorten(item.name, 70)} – "
                    f"{zl(item.net_value)} netto, {zl(item.gross_value)} brutto – {item.category_label}: "
                    f"{VERDICT_PL[item.verdict]}{note}"
                )
        elif isinstance(doc, Protocol):
            out.append(f"Protokół odbioru {doc.number or '(bez numeru)'} – {doc.file}{note}")
            matched = {m.position: m for m in report.matches if m.protocol == doc.file}
            for n, pitem in enumerate(doc.items, start=1):
                qty = f" × {pitem.qty.normalize():f}" if pitem.qty is not None else ""
                m = matched.get(n)
                where = (
                    f" → {m.item.invoice or m.item.document}, poz. {m.item.position}"
                    if m and m.item
                    else (" → brak na fakturach" if m else "")
                )
                out.append(f"  {n:>3}. {_shorten(pitem.name, 70)}{qty}{where}")
    for severity in Severity:
        found = report.by_severity(severity)
        if not found:
            continue
        out += ["", f"{SEVERITY_HEAD_PL[severity]} ({len(found)}):"]
        for f in found:
            where = f"[{f.document}{', poz. ' + str(f.line) if f.line else ''}] " if f.document else ""
            cite = f" (podstawa: {f.citation.human()})" if f.citation else ""
            out.append(f"{SEVERITY_ICON[severity]} {where}{f.message}{cite}")
    out += ["", summary(report)]
    return "\n".join(out)


# --- JSON -----------------------------------------------------------------------------------------


def _party(doc: Invoice | Protocol, role: str) -> dict[str, str | None]:
    party = doc.seller if role == "seller" else doc.buyer
    return {"name": party.name, "nip": party.nip}


def _document_dict(doc: Invoice | Protocol) -> dict[str, Any]:
    if isinstance(doc, Protocol):
        return {
            "file": doc.file,
            "kind": doc.kind.value,
            "source": doc.source.value,
            "number": doc.number,
            "date": doc.date.isoformat() if doc.date else None,
            "seller": _party(doc, "seller"),
            "buyer": _party(doc, "buyer"),
            "references": list(doc.references),
            "items": len(doc.items),
            "signatures_filled": doc.signatures_filled,
        }
    return {
        "file": doc.file,
        "kind": doc.kind.value,
        "source": doc.source.value,
        "number": doc.number,
        "issue_date": doc.issue_date.isoformat() if doc.issue_date else None,
        "sale_date": doc.sale_date.isoformat() if doc.sale_date else None,
        "seller": _party(doc, "seller"),
        "buyer": _party(doc, "buyer"),
        "currency": doc.currency,
        "net_total": _money(doc.net_total),
        "vat_total": _money(doc.vat_total),
        "gross_total": _money(doc.gross_total),
        "corrected_number": doc.corrected_number,
        "items": len(doc.effective_items),
    }


def item_dict(item: ItemVerdict) -> dict[str, Any]:
    return {
        "document": item.document,
        "invoice": item.invoice,
        "position": item.position,
        "name": item.name,
        "qty": _money(item.qty),
        "unit": item.unit,
        "net": _money(item.net),
        "vat_rate": item.vat_rate,
        "vat": _money(item.vat),
        "gross": _money(item.gross),
        "currency": item.currency,
        "category": item.category,
        "category_label": item.category_label,
        "verdict": item.verdict.value,
        "reason": item.reason,
        "citation": _cite(item.citation),
        "confidence": round(item.confidence, 3),
        "is_service": item.is_service,
        "corrected": item.corrected,
        "overridden_by": item.overridden_by,
        "counted": item.counted,  # False: outside every total (a correction joined to no invoice)
        "amount_note": item.amount_note,
        "rounding": _money(item.rounding) if item.rounding else None,
    }


def finding_dict(finding: Finding) -> dict[str, Any]:
    return {
        "code": finding.code,
        "severity": finding.severity.value,
        "message": finding.message,
        "citation": _cite(finding.citation),
        "document": finding.document,
        "line": finding.line,
        "amount": _money(finding.amount),
    }


def to_dict(report: Report) -> dict[str, Any]:
    """JSON-ready: money as decimal strings, dates ISO, citations as 'file.txt, section'."""
    t = report.totals
    return {
        "programme": report.programme,
        "programme_name": report.programme_name,
        "unit": report.unit_name,
        "max_grant": _money(report.max_grant),
        "documents": [_document_dict(d) for d in report.documents],
        "items": [item_dict(i) for i in report.items],
        "findings": [finding_dict(f) for f in report.findings],
        "totals": {
            "eligible_net": str(t.eligible_net),
            "eligible_gross": str(t.eligible_gross),
            "ineligible_net": str(t.ineligible_net),
            "ineligible_gross": str(t.ineligible_gross),
            "review_net": str(t.review_net),
            "review_gross": str(t.review_gross),
            "total_net": str(t.total_net),
            "total_gross": str(t.total_gross),
            "foreign_currency_lines": t.foreign_currency_lines,
        },
        "links": [
            {
                "document": link.document.file,
                "target": link.target.file,
                "target_number": link.target.number,
                "confidence": round(link.confidence, 2),
                "basis": list(link.basis),
            }
            for link in report.links
        ],
        "duplicates": [
            {
                "document": d.document.file,
                "first": d.first.file,
                "same_file": d.same_file,
                "confidence": round(d.confidence, 2),
                "basis": list(d.basis),
            }
            for d in report.duplicates
        ],
        "document_totals": [
            {
                "file": t.file,
                "number": t.number,
                "lines_net": str(t.lines_net),
                "lines_vat": str(t.lines_vat),
                "lines_gross": str(t.lines_gross),
                "printed_net": _money(t.printed_net),
                "printed_vat": _money(t.printed_vat),
                "printed_gross": _money(t.printed_gross),
                "rounding": str(t.rounding),
                "reconciled": t.reconciled,
                "uncertain": list(t.uncertain),
            }
            for t in report.document_totals
        ],
        "matches": [
            {
                "protocol": m.protocol,
                "position": m.position,
                "name": m.name,
                "qty": _money(m.qty),
                "invoice_document": m.item.document if m.item else None,
                "invoice_position": m.item.position if m.item else None,
                "score": min(m.score, 100.0),
            }
            for m in report.matches
        ],
        "checked_at": report.checked_at.isoformat(timespec="seconds") if report.checked_at else None,
        "counts": {
            "documents": len(report.documents),
            "unreadable": len(report.unreadable),
            "errors": len(report.by_severity(Severity.ERROR)),
            "warnings": len(report.by_severity(Severity.WARNING)),
            "info": len(report.by_severity(Severity.INFO)),
        },
    }


# --- CSV ------------------------------------------------------------------------------------------


def _csv_columns() -> tuple[str, ...]:
    from checks.export import LINE_COLUMNS

    return tuple(label for _, label in LINE_COLUMNS)


CSV_COLUMNS = _csv_columns()


def _pl_number(value: Decimal | None) -> str:
    # Decimal comma: the file is meant for a Polish spreadsheet.
    return "" if value is None else format(value, "f").replace(".", ",")


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(text: str) -> str:
    """Text a spreadsheet must not evaluate (OWASP CSV injection): a leading ' keeps it text.

    Officials open the export in Excel; an invoice line or file name starting with "=" or "@" would
    otherwise run as a formula. Amounts are written by `_pl_number` and never pass through here.
    """
    return "'" + text if text.startswith(_FORMULA_START) else text


def to_csv(report: Report) -> str:
    """One row per invoice line and a totals row (`checks.export.to_csv`): amounts only in amount columns."""
    from checks.export import to_csv as table_csv

    return table_csv(report)


def to_xlsx(report: Report) -> bytes:
    """Workbook: Pozycje (lines + totals), Zestawienie (the settlement list), Kategorie, Uwagi."""
    from checks.export import to_xlsx as workbook

    return workbook(report)


def settlement_xlsx(report: Report) -> bytes:
    """The settlement list alone, as the grantee copies it into the settlement application."""
    from checks.export import settlement_xlsx as sheet

    return sheet(report)


def report_pdf(report: Report) -> bytes:
    """The printable PDF (A4, page X of Y, signature lines) – the bot's "Pobierz PDF" button calls this."""
    from checks.pdf import report_pdf as pdf

    return pdf(report)


# --- HTML -----------------------------------------------------------------------------------------

_CSS = """
body { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 11pt; color: #111; margin: 2em; }
h1 { font-size: 16pt; margin-bottom: 0.2em; } h2 { font-size: 13pt; margin-top: 1.4em; }
table { border-collapse: collapse; width: 100%; margin: 0.5em 0; }
th, td { border: 1px solid #999; padding: 3px 6px; vertical-align: top; text-align: left; }
th { background: #eee; } td.num { text-align: right; white-space: nowrap; }
.eligible { background: #e8f5e9; } .ineligible { background: #ffebee; } .review { background: #fff8e1; }
.error { color: #b71c1c; font-weight: bold; } .warning { color: #8a5a00; } .info { color: #333; }
.meta { color: #444; } .note { font-size: 9pt; color: #444; margin-top: 2em; }
@page { size: A4; margin: 15mm; }
@media print {
  body { margin: 0; font-size: 9.5pt; }
  tr { page-break-inside: avoid; } h2 { page-break-after: avoid; }
  .eligible, .ineligible, .review, th { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
"""


def _e(value: object) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def to_html(report: Report, *, generated: date | None = None) -> str:
    """A printable page (A4) a person can attach; every piece of document text is escaped."""
    t = report.totals
    parts: list[str] = [
        "<!DOCTYPE html>",
        '<html lang="pl"><head><meta charset="utf-8">',
        f"<title>{_e(title(report))}</title><style>{_CSS}</style></head><body>",
        f"<h1>{_e(title(report))}</h1>",
        f'<p class="meta">{_e(_documents_line(report))}'
        + (f"<br>Data raportu: {generated.strftime('%d.%m.%Y')}" if generated else "")
        + (f"<br>Data i godzina kontroli: {report.checked_at.strftime('%d.%m.%Y, %H:%M')}" if report.checked_at else "")
        + (f"<br>Maksymalny grant: {_e(zl(report.max_grant))}" if report.max_grant is not None else "")
        + "</p>",
        "<h2>Podsumowanie</h2><table><tr><th></th><th>netto</th><th>brutto</th></tr>",
    ]
    for label, net, gross, css in (
        ("Kwalifikowalne", t.eligible_net, t.eligible_gross, "eligible"),
        ("Niekwalifikowalne", t.ineligible_net, t.ineligible_gross, "ineligible"),
        ("Do wyjaśnienia", t.review_net, t.review_gross, "review"),
        ("Razem", t.total_net, t.total_gross, ""),
    ):
        parts.append(
            f'<tr class="{css}"><td>{label}</td><td class="num">{_e(zl(net))}</td>'
            f'<td class="num">{_e(zl(gross))}</td></tr>'
        )
    parts.append("</table>")
    parts.append(f"<p>{_e(_findings_line(report))}</p>")
    if report.findings:
        parts.append("<h2>Uwagi</h2>")
        for severity in Severity:
            found = report.by_severity(severity)
            if not found:
                continue
            parts.append(
                f'<h3 class="{severity.value}">{SEVERITY_HEAD_PL[severity]} ({len(found)})</h3>'
                "<table><tr><th>dokument</th><th>poz.</th><th>opis</th><th>podstawa</th></tr>"
            )
            for f in found:
                parts.append(
                    f"<tr><td>{_e(f.document or '')}</td><td>{_e(f.line or '')}</td><td>{_e(f.message)}</td>"
                    f"<td>{_e(f.citation.human() if f.citation else '')}</td></tr>"
                )
            parts.append("</table>")
    parts.append("<h2>Pozycje faktur</h2>")
    duplicates = _duplicates(report)
    for doc in report.invoices:
        rows = [i for i in report.items if i.document == doc.file]
        head = f"{'Korekta' if doc.kind.value == 'correction' else 'Faktura'} {doc.number or '(bez numeru)'}"
        if doc.issue_date:
            head += f" z {doc.issue_date.strftime('%d.%m.%Y')}"
        if doc.file in duplicates:
            head += DUPLICATE_NOTE
        parts.append(
            f'<h3>{_e(head)}</h3><p class="meta">Plik: {_e(doc.file)}; sprzedawca: '
            f"{_e(doc.seller.name or '?')} (NIP {_e(doc.seller.nip or '?')}); nabywca: "
            f"{_e(doc.buyer.name or '?')}</p>"
        )
        if not rows:
            parts.append("<p>Brak pozycji do oceny w tym pliku.</p>")
            continue
        parts.append(
            "<table><tr><th>lp.</th><th>nazwa</th><th>ilość</th><th>netto</th><th>brutto</th>"
            "<th>kategoria</th><th>ocena</th><th>uzasadnienie</th><th>podstawa</th></tr>"
        )
        for item in rows:
            parts.append(
                f'<tr class="{item.verdict.value}"><td>{item.position}</td><td>{_e(item.name)}</td>'
                f'<td class="num">{_e(_pl_number(item.qty))}</td><td class="num">{_e(zl(item.net_value))}</td>'
                f'<td class="num">{_e(zl(item.gross))}</td><td>{_e(item.category_label)}</td>'
                f"<td>{_e(VERDICT_PL[item.verdict])}</td><td>{_e(item.reason)}</td>"
                f"<td>{_e(item.citation.human() if item.citation else '')}</td></tr>"
            )
        parts.append("</table>")
    if report.protocols:
        parts.append("<h2>Protokoły odbioru</h2>")
        for p in report.protocols:
            items = "".join(
                f"<li>{_e(pi.name)}{_e(' × ' + _pl_number(pi.qty)) if pi.qty is not None else ''}</li>"
                for pi in p.items
            )
            refs = ", ".join(p.references)
            parts.append(
                f"<h3>{_e('Protokół ' + (p.number or '(bez numeru)'))}</h3>"
                f'<p class="meta">Plik: {_e(p.file)}'
                + (f"; dotyczy: {_e(refs)}" if refs else "")
                + f"</p><ul>{items}</ul>"
            )
    advice = _advice(report)
    if advice:
        parts.append("<h2>Co zrobić</h2><ul>" + "".join(f"<li>{_e(a)}</li>" for a in advice) + "</ul>")
    parts.append(
        '<p class="note">To wstępna ocena przygotowana automatycznie na podstawie dokumentów programu; '
        f"o kwalifikowalności wydatków rozstrzyga Operator. {_e(get_programme(report.programme).contact())}</p>"
    )
    parts.append("</body></html>")
    return "\n".join(parts)


def render(report: Report, fmt: str) -> str:
    """One entry point for the faces: fmt is summary | text | json | csv | html."""
    if fmt == "summary":
        return summary(report)
    if fmt == "text":
        return text_report(report)
    if fmt == "json":
        return json.dumps(to_dict(report), ensure_ascii=False, indent=2)
    if fmt == "csv":
        return to_csv(report)
    if fmt == "html":
        return to_html(report)
    raise LookupError(f"unknown report format: {fmt}")
