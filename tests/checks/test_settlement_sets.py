"""The pre-screen on generated settlement sets, measured as a finance officer would: every ineligible
line caught, no false alarm, every expected finding raised, no warning on a clean control, and money
that reconciles to the grosz at every level (line, document, category, set, every export)."""

from __future__ import annotations

import csv
import dataclasses
import io
from decimal import Decimal

import pytest

from checks import CheckContext, ItemStatus, Severity, run_checks
from checks.export import by_category, by_verdict, line_rows, line_totals, settlement_rows, to_csv
from checks.models import Report
from checks.money import document_totals
from extractors.models import DocumentKind, Invoice
from tests.checks.settlement_sets import SettlementSet, settlement_sets

SETS = settlement_sets()


def _run(s: SettlementSet) -> Report:
    ctx = CheckContext.build(s.programme, project_end=s.project_end, vat_recoverable=s.vat_recoverable)
    return run_checks(s.documents, ctx, file_hashes=s.hashes)


@pytest.fixture(scope="module", params=SETS, ids=[s.name for s in SETS])
def case(request: pytest.FixtureRequest) -> tuple[SettlementSet, Report]:
    s: SettlementSet = request.param
    return s, _run(s)


def test_every_ineligible_line_caught_and_no_false_alarm(case: tuple[SettlementSet, Report]) -> None:
    s, report = case
    for item in report.items:
        if item.name in s.ineligible:
            assert item.verdict is ItemStatus.INELIGIBLE, item
        else:
            assert item.verdict is ItemStatus.ELIGIBLE, (item.name, item.verdict, item.reason)


def test_expected_findings_raised_and_clean_controls_quiet(case: tuple[SettlementSet, Report]) -> None:
    s, report = case
    assert s.expected <= set(report.codes()), report.codes()
    noisy = [f for f in report.findings if f.severity is not Severity.INFO and f.code not in s.expected]
    assert noisy == [], [f.message for f in noisy]
    if s.clean:
        assert not report.by_severity(Severity.ERROR) and not report.by_severity(Severity.WARNING)


def test_eligible_sum_is_what_an_officer_accepts(case: tuple[SettlementSet, Report]) -> None:
    s, report = case
    if s.eligible_net is not None:
        assert report.totals.eligible_net == s.eligible_net


def _expected_set_totals(report: Report) -> tuple[Decimal, Decimal]:
    """The set's net and gross from the documents' own printed totals: every kept invoice once, plus
    the difference printed by each correction joined to it; a correction joined to none adds nothing."""
    left_out = {d.document.file for d in report.duplicates}
    joined = {link.document.file for link in report.links}
    net = gross = Decimal(0)
    for doc in report.invoices:
        if doc.file in left_out:
            continue
        if doc.kind is DocumentKind.CORRECTION and doc.file not in joined:
            continue
        assert doc.net_total is not None and doc.gross_total is not None
        net += doc.net_total
        gross += doc.gross_total
    return net, gross


def test_totals_reconcile_to_the_grosz(case: tuple[SettlementSet, Report]) -> None:
    _, report = case
    # Every document: its lines (VAT completed from the per-rate summary) add up to its own totals.
    for doc in report.invoices:
        assert isinstance(doc, Invoice)
        totals = document_totals(doc)
        assert totals.reconciled is True, totals
    # The set: the report's totals are the documents' totals, corrections counted once.
    net, gross = _expected_set_totals(report)
    assert (report.totals.total_net, report.totals.total_gross) == (net, gross)
    # Per verdict and per category: the parts add up to the whole.
    for rows in (by_verdict(report), by_category(report)):
        assert sum((r.net for r in rows), Decimal(0)) == net
        assert sum((r.gross for r in rows), Decimal(0)) == gross
    # The exports: SUM over each amount column is the totals row and the report's totals.
    lines = line_rows(report)
    sums = line_totals(lines)
    assert (sums["net"], sums["gross"]) == (net, gross)
    assert (sums["eligible_net"], sums["eligible_gross"]) == (report.totals.eligible_net, report.totals.eligible_gross)
    settlement = settlement_rows(report)
    assert sum((r["net"] for r in settlement), Decimal(0)) == net
    assert sum((r["eligible_gross"] for r in settlement), Decimal(0)) == report.totals.eligible_gross
    rows = list(csv.reader(io.StringIO(to_csv(report)), delimiter=";"))
    col = rows[0].index("brutto")
    assert sum(Decimal(r[col].replace(",", ".")) for r in rows[1:-1] if r[col]) == gross
    assert rows[-1][col] == format(gross, "f").replace(".", ",")


def test_brutto_is_not_netto_when_vat_is_printed_per_rate() -> None:
    s = next(x for x in SETS if x.name == "clean-per-rate-vat-serials")
    report = _run(s)
    assert report.totals.total_gross > report.totals.total_net
    assert all(i.gross_value is not None and i.gross_value > (i.net_value or 0) for i in report.items)
    # The rate's VAT is spread over its lines; the grosz that rounding moves is shown on the line.
    assert any(i.amount_note for i in report.items)
    invoice = report.invoices[0]
    assert sum((i.vat or Decimal(0)) for i in report.items) == invoice.vat_total


def test_unread_reference_counts_the_correction_once() -> None:
    """The reported bug: 53 000 zł instead of 33 000 zł when the corrected invoice's number is not read."""
    s = next(x for x in SETS if x.name == "correction-reference-unread")
    report = _run(s)
    assert report.totals.eligible_net == Decimal("33000.00")
    assert len(report.items) == 2
    [link] = report.links
    assert link.target.file == "fv_orig.pdf" and not link.by_number and link.sure
    message = next(f.message for f in report.findings if f.code == "correction_linked")
    assert "pewność" in message and "NIP sprzedawcy" in message


def test_a_correction_without_its_invoice_is_listed_but_not_added() -> None:
    s = next(x for x in SETS if x.name == "correction-without-original")
    report = _run(s)
    alone = [i for i in report.items if i.document == "kor.pdf"]
    assert alone and not any(i.counted for i in alone)
    assert all(r["number"] != "KOR/2026/009" for r in settlement_rows(report))
    assert any(row.values["outside"] for row in line_rows(report) if row.values["file"] == "kor.pdf")


def test_uncertain_reference_is_not_trusted() -> None:
    """The extractor marks a field uncertain: a number match alone no longer joins the documents."""
    s = next(x for x in SETS if x.name == "clean-correction-by-number")
    original, correction, prot = s.documents
    assert isinstance(correction, Invoice)

    # The extractor's `uncertain` field (issue 9) marks the reference as read with doubt.
    shaky = dataclasses.replace(correction, uncertain=("corrected_number",))
    report = run_checks(
        (original, shaky, prot), CheckContext.build("cs", project_end=s.project_end, vat_recoverable=False)
    )
    [link] = report.links
    assert not link.by_number and "numer faktury (odczyt niepewny)" in link.basis
    assert report.totals.eligible_net == s.eligible_net


def test_uncertain_reads_both_shapes_the_extractor_may_give() -> None:
    from types import SimpleNamespace

    from checks.links import uncertain

    assert uncertain(SimpleNamespace(uncertain=("number",)), "number")
    assert uncertain(SimpleNamespace(confidence=(("number", 0.42), ("net_total", 0.99))), "number")
    assert not uncertain(SimpleNamespace(confidence=(("number", 0.42), ("net_total", 0.99))), "net_total")
    assert uncertain(SimpleNamespace(confidence={"corrected_number": 0.5}), "corrected_number")
    assert not uncertain(SimpleNamespace(), "number")
