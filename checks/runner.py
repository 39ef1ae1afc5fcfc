"""Run the pre-screen: classify every invoice line, run every rule, collect findings, sum up.

Pure: the documents are already read, file hashes computed at the edge. The classifier is passed in
(defaults to `checks.classifier.classify`) so the runner can be exercised with any catalogue.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from decimal import Decimal

from rapidfuzz import fuzz

from checks.context import CheckContext
from checks.links import Link, find_duplicates, link_corrections
from checks.models import (
    ZERO,
    Finding,
    ItemStatus,
    ItemVerdict,
    Report,
    Severity,
    Totals,
    UnreadableFile,
)
from checks.money import complete_lines, document_totals
from checks.rules import RULES, CheckInput, Rule, is_advisory, is_proforma, protocol_matches, window_breach
from extractors.models import Document, DocumentKind, Invoice, LineItem, Protocol
from knowledge.catalogue import ClassificationLike, Classify


def _default_classify() -> Classify:
    from checks.classifier import classify

    return classify


@dataclass(frozen=True, slots=True)
class _Line:
    doc: Invoice  # the document the values come from
    number: str | None  # the invoice the line belongs to (the corrected one for corrections)
    item: LineItem
    position: int
    corrected: bool
    counted: bool = True
    note: str | None = None
    rounding: Decimal = ZERO


def _completed(inv: Invoice, items: Sequence[LineItem]) -> list[tuple[LineItem, str | None, Decimal]]:
    return [(c.item, c.note, c.rounding) for c in complete_lines(inv, items)]


def _lines(invoices: Sequence[Invoice], links: Mapping[str, Link | None]) -> list[_Line]:
    """Invoice lines as they stand: a correction's rows replace the rows they correct, once.

    A correction joined to no uploaded invoice keeps its rows listed on their own, outside every
    total: its after-values are not a new purchase.
    """
    per_doc: dict[str, list[_Line]] = {}
    originals = [inv for inv in invoices if inv.kind is not DocumentKind.CORRECTION]
    for inv in originals:
        per_doc[inv.file] = [
            _Line(inv, inv.number, item, item.position or n, False, note=note, rounding=rounding)
            for n, (item, note, rounding) in enumerate(_completed(inv, inv.effective_items), start=1)
        ]
    order = [inv.file for inv in invoices]
    for corr in (inv for inv in invoices if inv.kind is DocumentKind.CORRECTION):
        link = links.get(corr.file)
        numbered = [(n, item) for n, item in enumerate(corr.items, start=1) if not item.before_correction]
        after = [
            (item.position or n, item, note, rounding)
            for (n, _), (item, note, rounding) in zip(
                numbered, _completed(corr, [item for _, item in numbered]), strict=True
            )
        ]
        if link is None or link.target.file not in per_doc:
            per_doc[corr.file] = [
                _Line(
                    corr,
                    corr.corrected_number or corr.number,
                    item,
                    position,
                    True,
                    counted=False,
                    note=note,
                    rounding=rounding,
                )
                for position, item, note, rounding in after
            ]
            continue
        target = link.target
        before = [item for item in corr.items if item.before_correction]
        current = per_doc[target.file]
        per_doc[corr.file] = []
        for k, (position, item, note, rounding) in enumerate(after):
            # KSeF and most layouts list the "before" rows in the same order as the "after" rows.
            restated = before[k] if k < len(before) else item
            index = _replaced_index(current, restated)
            new = _Line(corr, target.number, item, position, True, note=note, rounding=rounding)
            if index is None:
                per_doc[corr.file].append(new)
            else:
                current[index] = new  # listed where the corrected row stood on the original
    return [line for file in order for line in per_doc.get(file, [])]


def _replaced_index(current: list[_Line], restated: LineItem) -> int | None:
    """Which original row a correction restates: the closest name; equal amounts, then Lp., break ties."""
    best: tuple[float, bool, bool] | None = None
    found = None
    for index, line in enumerate(current):
        if line.corrected:
            continue
        old = line.item
        score = float(fuzz.token_set_ratio(old.name.casefold(), restated.name.casefold()))
        if score < 85:
            continue
        key = (score, old.net == restated.net and old.qty == restated.qty, line.position == restated.position)
        if best is None or key > best:
            best, found = key, index
    return found


def _memo(classify: Classify) -> Classify:
    """One classification per distinct text in a run: protocol lines mostly repeat invoice lines."""
    seen: dict[tuple[str, str], ClassificationLike] = {}

    def cached(text: str, programme: str) -> ClassificationLike:
        key = (text, programme)
        if key not in seen:
            seen[key] = classify(text, programme)
        return seen[key]

    return cached


def _verdict(value: str) -> ItemStatus:
    try:
        return ItemStatus(str(value))
    except ValueError:
        return ItemStatus.REVIEW  # an unknown verdict is never passed as eligible


def classify_lines(
    invoices: Sequence[Invoice],
    programme: str,
    classify: Classify,
    links: Mapping[str, Link | None] | None = None,
) -> tuple[ItemVerdict, ...]:
    cache: dict[str, ClassificationLike] = {}
    out: list[ItemVerdict] = []
    if links is None:
        links = link_corrections(invoices)
    for line in _lines(invoices, links):
        doc, number, item, position, corrected = line.doc, line.number, line.item, line.position, line.corrected
        result = cache.get(item.name)
        if result is None:
            result = cache[item.name] = classify(item.name, programme)
        out.append(
            ItemVerdict(
                document=doc.file,
                invoice=number,
                position=position,
                name=item.name,
                qty=item.qty,
                unit=item.unit,
                net=item.net,
                vat_rate=item.vat_rate,
                vat=item.vat,
                gross=item.gross,
                category=result.category or "unknown",
                category_label=result.category_label or "pozycja nierozpoznana",
                verdict=_verdict(result.verdict),
                reason=result.reason,
                citation=result.citation,
                confidence=float(result.confidence),
                is_service=bool(result.is_service),
                currency=(doc.currency or "PLN").upper(),
                corrected=corrected,
                # optional on the seam: a stand-in classifier need not know about used equipment
                overridden_by=getattr(result, "overridden_by", None),
                used_word=getattr(result, "used_word", None),
                counted=line.counted,
                amount_note=line.note,
                rounding=line.rounding,
                seller_nip=doc.seller.nip,
                issue_date=doc.issue_date or doc.sale_date,
            )
        )
    return tuple(out)


def _protocol_categories(
    documents: Sequence[Document], programme: str, classify: Classify
) -> dict[tuple[str, int], str]:
    out: dict[tuple[str, int], str] = {}
    for doc in documents:
        if isinstance(doc, Protocol):
            for position, item in enumerate(doc.items, start=1):
                out[(doc.file, position)] = classify(item.name, programme).category or "unknown"
    return out


# Lines that are not spending at all: left out of every total, not only out of the eligible one.
NOT_SPENDING = frozenset(["proforma"])


def _not_settling(items: tuple[ItemVerdict, ...], invoices: Sequence[Invoice]) -> tuple[ItemVerdict, ...]:
    """A pro forma settles nothing (its final invoice will); an unrecognised document is never eligible."""
    kinds = {
        inv.file: ("proforma" if is_proforma(inv) else "unknown_document")
        for inv in invoices
        if inv.kind is DocumentKind.UNKNOWN
    }
    if not kinds:
        return items
    out = []
    for item in items:
        why = kinds.get(item.document)
        if why == "proforma":
            item = replace(
                item,
                verdict=ItemStatus.INELIGIBLE,
                reason=(
                    f"Pozycja faktury pro forma: pro forma nie rozlicza wydatku, liczy się faktura końcowa. "
                    f"Kategoria: {item.category_label}."
                ),
                citation=None,
                overridden_by=why,
            )
        elif why is not None and item.verdict is ItemStatus.ELIGIBLE:
            item = replace(
                item,
                verdict=ItemStatus.REVIEW,
                reason=f"Nie rozpoznano rodzaju dokumentu, więc pozycja jest do wyjaśnienia. {item.reason}",
                overridden_by=why,
            )
        out.append(item)
    return tuple(out)


def _outside_window(
    items: tuple[ItemVerdict, ...], invoices: Sequence[Invoice], context: CheckContext
) -> tuple[ItemVerdict, ...]:
    """Lines of an invoice dated outside the eligibility window are ineligible whatever they are;
    lines of an invoice without a readable date cannot be confirmed eligible."""
    breaches = {inv.file: b for inv in invoices if (b := window_breach(inv, context)) is not None}
    undated = {inv.file for inv in invoices if (inv.issue_date or inv.sale_date) is None}
    if not breaches and not undated:
        return items
    out = []
    for item in items:
        if item.document in undated and item.verdict is ItemStatus.ELIGIBLE:
            out.append(
                replace(
                    item,
                    verdict=ItemStatus.REVIEW,
                    reason=(
                        "Nie odczytano daty faktury, więc nie wiadomo, czy wydatek mieści się w okresie "
                        f"kwalifikowalności. {item.reason}"
                    ),
                    overridden_by="date_missing",
                )
            )
            continue
        breach = breaches.get(item.document)
        if breach is None or item.verdict is ItemStatus.INELIGIBLE:
            out.append(item)
            continue
        out.append(
            replace(
                item,
                verdict=ItemStatus.INELIGIBLE,
                reason=f"{breach.message} Kategoria: {item.category_label}.",
                citation=breach.citation,
                overridden_by=breach.code,
            )
        )
    return tuple(out)


# Parts that are eligible as part of an eligible device bought with them, and the devices they fit.
_COMPONENT_OF = {
    "disk": ("server", "backup_server", "disk_array", "nas", "san"),
    "server_component": ("server", "backup_server", "disk_array", "nas", "san", "managed_switch", "firewall"),
    "ups_battery": ("ups",),
    # CS lit. e: an operating system needed to install and maintain a security system is the exception.
    "os_license": ("server", "backup_server", "siem", "log_manager", "disk_array", "nas"),
}
_FOR_WORDS = re.compile(r"(?i)\b(?:do|dla|pod|w)\b")
_LINE_WORD = re.compile(r"[^\W\d_]{4,}")


def _stem_words(text: str) -> set[str]:
    return {w.casefold()[:5] for w in _LINE_WORD.findall(text)}


def _same_invoice_context(items: tuple[ItemVerdict, ...]) -> tuple[ItemVerdict, ...]:
    """Lines the invoice itself decides: a delivery of eligible equipment only, a part named for a device
    bought on the same invoice ("dysk do serwera kopii" beside that server). Read the way an officer
    reads the whole invoice, not line by line; what the invoice does not settle stays `review`."""
    by_doc: dict[str, list[int]] = {}
    for n, item in enumerate(items):
        by_doc.setdefault(item.document, []).append(n)
    out = list(items)
    for indexes in by_doc.values():
        for n in indexes:  # parts first: a delivery then sees them settled
            part = _part_of_device(items[n], [items[k] for k in indexes])
            if part is not None:
                out[n] = part
        lines = [out[n] for n in indexes]
        goods = [i for i in lines if not i.is_service and i.category not in ("unknown", "generic")]
        for n in indexes:
            asked = _service_question(out[n], goods)
            if asked is not None:
                out[n] = asked
        for n in indexes:
            item = out[n]
            if item.category != "delivery" or item.verdict is not ItemStatus.REVIEW or item.overridden_by:
                continue
            if goods and all(i.verdict is ItemStatus.ELIGIBLE for i in goods):
                names = ", ".join(f"poz. {i.position}" for i in goods[:4]) + (" …" if len(goods) > 4 else "")
                out[n] = replace(
                    item,
                    verdict=ItemStatus.ELIGIBLE,
                    reason=(
                        "Dostawa towarów z tej samej faktury, z których wszystkie są kwalifikowalne "
                        f"({names}): koszt dostawy jest częścią ich zakupu."
                    ),
                    citation=goods[0].citation,
                )
            elif goods:
                bad = next(i for i in goods if i.verdict is not ItemStatus.ELIGIBLE)
                out[n] = replace(
                    item,
                    reason=(
                        f"{item.reason} Na tej fakturze są też towary niekwalifikowalne lub do wyjaśnienia "
                        f"(np. poz. {bad.position}): pytanie – jaka część kosztu dostawy dotyczy towarów "
                        "kwalifikowalnych? Rozlicz tylko ją."
                    ),
                )
    return tuple(out)


def _service_question(item: ItemVerdict, goods: list[ItemVerdict]) -> ItemVerdict | None:
    """A work service on goods of the same invoice that the documents leave open: say which goods and
    what to ask, instead of a general "wymaga oceny"."""
    if item.category != "it_service" or item.verdict is not ItemStatus.REVIEW or item.overridden_by:
        return None
    words = _stem_words(item.name)
    served = [g for g in goods if words & _stem_words(g.name)]
    if not served:
        return None
    target = served[0]
    state = {
        ItemStatus.ELIGIBLE: "kwalifikowalnego",
        ItemStatus.INELIGIBLE: "niekwalifikowalnego",
        ItemStatus.REVIEW: "wymagającego oceny",
    }[target.verdict]
    return replace(
        item,
        reason=(
            f"{item.reason} Usługa dotyczy poz. {target.position} „{target.name}” ({target.category_label}, "
            f"{state}) z tej samej faktury. Pytanie do Operatora: czy wdrożenie/konfigurację tego urządzenia "
            "można rozliczyć jako usługę zwiększającą bezpieczeństwo informacji?"
        ),
    )


def _part_of_device(item: ItemVerdict, lines: list[ItemVerdict]) -> ItemVerdict | None:
    """A part named for an eligible device on the same invoice, made eligible; None when it is not one."""
    devices = _COMPONENT_OF.get(item.category)
    if item.verdict is not ItemStatus.REVIEW or item.overridden_by or item.used_word or not devices:
        return None
    purpose = _FOR_WORDS.search(item.name)
    if purpose is None:
        return None
    words = _stem_words(item.name[purpose.end() :])
    host = next(
        (
            i
            for i in lines
            if i.category in devices and i.verdict is ItemStatus.ELIGIBLE and words & _stem_words(i.name)
        ),
        None,
    )
    if host is None:
        return None
    if item.category == "os_license":
        return replace(
            item,
            verdict=ItemStatus.ELIGIBLE,
            reason=(
                f"System operacyjny do urządzenia kupionego na tej samej fakturze (poz. {host.position} "
                f"„{host.name}”, {host.category_label}), które jest kwalifikowalne: system niezbędny do instalacji "
                "i utrzymania systemu bezpieczeństwa mieści się w wyjątku od wyłączenia oprogramowania biurowego."
            ),
            citation=item.citation,  # lit. e, which states the exception
        )
    return replace(
        item,
        verdict=ItemStatus.ELIGIBLE,
        reason=(
            f"Część („{item.category_label}”) do urządzenia kupionego na tej samej fakturze (poz. {host.position} "
            f"„{host.name}”, {host.category_label}), które jest kwalifikowalne: wchodzi w koszt tego urządzenia."
        ),
        citation=host.citation,
    )


def compute_totals(items: Iterable[ItemVerdict]) -> Totals:
    sums: dict[ItemStatus, list[Decimal]] = {status: [ZERO, ZERO] for status in ItemStatus}
    foreign = 0
    for item in items:
        if item.overridden_by in NOT_SPENDING or not item.counted:
            continue
        if item.currency != "PLN":
            foreign += 1
            continue
        pair = sums[item.verdict]
        pair[0] += item.net_value or ZERO
        pair[1] += item.gross_value or ZERO
    return Totals(
        eligible_net=sums[ItemStatus.ELIGIBLE][0],
        eligible_gross=sums[ItemStatus.ELIGIBLE][1],
        ineligible_net=sums[ItemStatus.INELIGIBLE][0],
        ineligible_gross=sums[ItemStatus.INELIGIBLE][1],
        review_net=sums[ItemStatus.REVIEW][0],
        review_gross=sums[ItemStatus.REVIEW][1],
        foreign_currency_lines=foreign,
    )


def _less_capped(totals: Totals, findings: list[Finding], items: Iterable[ItemVerdict], ctx: CheckContext) -> Totals:
    """The totals with the advisory excess moved from eligible to ineligible: the lines stay eligible, but the part
    above the programme's percentage of the grant is not (the finding's amount, on the basis counted – net when VAT
    is recovered, else gross; the other basis in the lines' own net/gross proportion)."""
    excess = sum((f.amount or ZERO for f in findings if f.code == "advisory_cap"), ZERO)
    if excess <= 0:
        return totals
    advisory = [
        i for i in items if i.verdict is ItemStatus.ELIGIBLE and i.currency == "PLN" and i.counted and is_advisory(i)
    ]
    net = sum((i.net_value or ZERO for i in advisory), ZERO)
    gross = sum((i.gross_value or ZERO for i in advisory), ZERO)
    if not net or not gross:
        return totals
    cent = Decimal("0.01")
    if ctx.vat_recoverable is True:
        excess_net, excess_gross = excess, (excess * gross / net).quantize(cent)
    else:
        excess_net, excess_gross = (excess * net / gross).quantize(cent), excess
    return replace(
        totals,
        eligible_net=totals.eligible_net - excess_net,
        eligible_gross=totals.eligible_gross - excess_gross,
        ineligible_net=totals.ineligible_net + excess_net,
        ineligible_gross=totals.ineligible_gross + excess_gross,
    )


def _unreadable_findings(unreadable: Iterable[UnreadableFile]) -> list[Finding]:
    return [
        Finding(
            code="unreadable_file",
            severity=Severity.ERROR,
            message=f"Nie udało się odczytać pliku {u.file}: {u.reason}",
            document=u.file,
        )
        for u in unreadable
    ]


def run_checks(
    documents: Sequence[Document],
    context: CheckContext,
    classify: Classify | None = None,
    *,
    file_hashes: Mapping[str, str] | None = None,
    unreadable: Sequence[UnreadableFile] = (),
    rules: Mapping[str, Rule] = RULES,
    checked_at: datetime | None = None,
) -> Report:
    classify = _memo(classify or _default_classify())
    docs = tuple(documents)
    duplicates = find_duplicates(docs, file_hashes or {})
    left_out = {id(d.document) for d in duplicates}
    unique = tuple(d for d in docs if id(d) not in left_out)
    invoices = [d for d in unique if isinstance(d, Invoice)]
    links = link_corrections(invoices)
    items = classify_lines(invoices, context.programme.code.value, classify, links)
    items = _outside_window(_not_settling(_same_invoice_context(items), invoices), invoices, context)
    inp = CheckInput(
        documents=unique,
        items=items,
        context=context,
        duplicates=duplicates,
        protocol_categories=_protocol_categories(unique, context.programme.code.value, classify),
        links=links,
    )
    matches = protocol_matches(inp)
    inp = replace(inp, matches=matches)
    findings = _unreadable_findings(unreadable)
    for rule in rules.values():
        findings.extend(rule(inp))
    order = {d.file: n for n, d in enumerate(docs)}
    order.update({u.file: -1 for u in unreadable})
    findings.sort(
        key=lambda f: (
            f.severity.rank,
            order.get(f.document, -2) if f.document is not None else -2,
            f.line or 0,
        )
    )
    return Report(
        programme=context.programme.code.value,
        programme_name=context.programme.name,
        documents=docs,
        items=items,
        findings=tuple(findings),
        totals=_less_capped(compute_totals(items), findings, items, context),
        unreadable=tuple(unreadable),
        unit_name=context.unit.display_name if context.unit else None,
        max_grant=context.max_grant,
        document_totals=tuple(document_totals(inv) for inv in invoices),
        links=tuple(link for link in links.values() if link is not None),
        duplicates=duplicates,
        matches=tuple(matches),
        checked_at=checked_at or datetime.now().astimezone(),
    )
