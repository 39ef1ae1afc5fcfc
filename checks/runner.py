"""Run the pre-screen: classify every invoice line, run every rule, collect findings, sum up.

Pure: the documents are already read, file hashes computed at the edge. The classifier is passed in
(defaults to `checks.classifier.classify`) so the runner can be exercised with any catalogue.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from decimal import Decimal

from rapidfuzz import fuzz

from checks.context import CheckContext
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
from checks.rules import RULES, CheckInput, Rule, find_duplicates, is_proforma, original_of, window_breach
from extractors.models import Document, DocumentKind, Invoice, LineItem, Protocol
from knowledge.catalogue import ClassificationLike, Classify


def _default_classify() -> Classify:
    from checks.classifier import classify

    return classify


_Line = tuple[Invoice, str | None, LineItem, int, bool]  # source doc, invoice no., item, position, corrected


def _lines(invoices: Sequence[Invoice]) -> list[_Line]:
    """Invoice lines as they stand: a correction's rows replace the rows they correct."""
    per_doc: dict[str, list[_Line]] = {}
    originals = [inv for inv in invoices if inv.kind is not DocumentKind.CORRECTION]
    for inv in originals:
        per_doc[inv.file] = [
            (inv, inv.number, item, item.position or n, False)
            for n, item in enumerate(inv.effective_items, start=1)
        ]
    order = [inv.file for inv in invoices]
    for corr in (inv for inv in invoices if inv.kind is DocumentKind.CORRECTION):
        target = original_of(corr, originals)
        after = [(item.position or n, item) for n, item in enumerate(corr.items, start=1) if not item.before_correction]
        if target is None:
            per_doc[corr.file] = [
                (corr, corr.corrected_number or corr.number, item, position, True) for position, item in after
            ]
            continue
        before = [item for item in corr.items if item.before_correction]
        current = per_doc[target.file]
        per_doc[corr.file] = []
        for k, (position, item) in enumerate(after):
            # KSeF and most layouts list the "before" rows in the same order as the "after" rows.
            restated = before[k] if k < len(before) else item
            index = _replaced_index(current, restated)
            new: _Line = (corr, target.number, item, position, True)
            if index is None:
                per_doc[corr.file].append(new)
            else:
                current[index] = new  # listed where the corrected row stood on the original
    return [line for file in order for line in per_doc.get(file, [])]


def _replaced_index(current: list[_Line], restated: LineItem) -> int | None:
    """Which original row a correction restates: the closest name; equal amounts, then Lp., break ties."""
    best: tuple[float, bool, bool] | None = None
    found = None
    for index, (_, _, old, position, corrected) in enumerate(current):
        if corrected:
            continue
        score = float(fuzz.token_set_ratio(old.name.casefold(), restated.name.casefold()))
        if score < 85:
            continue
        key = (score, old.net == restated.net and old.qty == restated.qty, position == restated.position)
        if best is None or key > best:
            best, found = key, index
    return found


def _verdict(value: str) -> ItemStatus:
    try:
        return ItemStatus(str(value))
    except ValueError:
        return ItemStatus.REVIEW  # an unknown verdict is never passed as eligible


def classify_lines(invoices: Sequence[Invoice], programme: str, classify: Classify) -> tuple[ItemVerdict, ...]:
    cache: dict[str, ClassificationLike] = {}
    out: list[ItemVerdict] = []
    for doc, number, item, position, corrected in _lines(invoices):
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
    kinds = {inv.file: ("proforma" if is_proforma(inv) else "unknown_document")
             for inv in invoices if inv.kind is DocumentKind.UNKNOWN}
    if not kinds:
        return items
    out = []
    for item in items:
        why = kinds.get(item.document)
        if why == "proforma":
            item = replace(
                item,
                verdict=ItemStatus.INELIGIBLE,
                reason=(f"Pozycja faktury pro forma: pro forma nie rozlicza wydatku, liczy się faktura końcowa. "
                        f"Kategoria: {item.category_label}."),
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


def compute_totals(items: Iterable[ItemVerdict]) -> Totals:
    sums: dict[ItemStatus, list[Decimal]] = {status: [ZERO, ZERO] for status in ItemStatus}
    foreign = 0
    for item in items:
        if item.overridden_by in NOT_SPENDING:
            continue
        if item.currency != "PLN":
            foreign += 1
            continue
        pair = sums[item.verdict]
        pair[0] += item.net_value or ZERO
        pair[1] += item.gross if item.gross is not None else (item.net or ZERO)
    return Totals(
        eligible_net=sums[ItemStatus.ELIGIBLE][0],
        eligible_gross=sums[ItemStatus.ELIGIBLE][1],
        ineligible_net=sums[ItemStatus.INELIGIBLE][0],
        ineligible_gross=sums[ItemStatus.INELIGIBLE][1],
        review_net=sums[ItemStatus.REVIEW][0],
        review_gross=sums[ItemStatus.REVIEW][1],
        foreign_currency_lines=foreign,
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
) -> Report:
    classify = classify or _default_classify()
    docs = tuple(documents)
    duplicates = find_duplicates(docs, file_hashes or {})
    left_out = {id(d.document) for d in duplicates}
    unique = tuple(d for d in docs if id(d) not in left_out)
    invoices = [d for d in unique if isinstance(d, Invoice)]
    items = classify_lines(invoices, context.programme.code.value, classify)
    items = _outside_window(_not_settling(items, invoices), invoices, context)
    inp = CheckInput(
        documents=unique,
        items=items,
        context=context,
        duplicates=duplicates,
        protocol_categories=_protocol_categories(unique, context.programme.code.value, classify),
    )
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
        totals=compute_totals(items),
        unreadable=tuple(unreadable),
        unit_name=context.unit.display_name if context.unit else None,
        max_grant=context.max_grant,
    )
