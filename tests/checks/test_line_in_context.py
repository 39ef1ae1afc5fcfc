"""Item verdicts that read the line as a whole and with its invoice: a service judged as a service,
a part for a device on the same invoice, a delivery of the invoice's goods."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest

from checks import CheckContext, ItemStatus, run_checks
from checks.classifier import classify
from tests.checks.settlement_sets import BACKUP, DISK, FIREWALL, LAPTOP, TRANSPORT, Line, invoice


@pytest.mark.parametrize(
    ("text", "programme", "category", "verdict"),
    [
        pytest.param("Usługa sprzątania serwerowni", "cs", "cleaning", "ineligible", id="cleaning-not-rack-cs"),
        pytest.param("Usługa sprzątania serwerowni", "cg", "cleaning", "ineligible", id="cleaning-not-rack-cg"),
        pytest.param("Wynajem laptopów na szkolenie", "cg", "rental", "review", id="rental-not-laptop"),
        pytest.param("Najem serwera w okresie wdrożenia", "cs", "rental", "review", id="rental-not-server"),
        pytest.param("Usługa transportowa – dostawa firewalla", "cs", "delivery", "review", id="transport"),
        pytest.param("Ubezpieczenie serwera", "cg", "insurance", "eligible", id="insurance-not-server"),
        pytest.param("Konserwacja szafy rack", "cg", "it_service", "eligible", id="maintenance-of-x"),
        pytest.param("Szafa rack 42U", "cg", "rack_cabinet", "eligible", id="the-thing-itself"),
    ],
)
def test_a_service_is_judged_as_a_service(text: str, programme: str, category: str, verdict: str) -> None:
    result = classify(text, programme)
    assert (result.category, result.verdict.value) == (category, verdict)
    if category != "rack_cabinet":
        assert result.is_service


def _items(*lines: Line) -> dict[str, object]:
    inv = invoice("fv.pdf", "FV/1/2026", date(2026, 5, 6), lines)
    report = run_checks([inv], CheckContext.build("cs", project_end=date(2026, 12, 31), vat_recoverable=False))
    return {i.name: i for i in report.items}


def test_a_part_for_a_device_on_the_same_invoice_takes_its_verdict() -> None:
    items = _items(BACKUP, DISK, TRANSPORT)
    disk = items[DISK.name]
    assert disk.verdict is ItemStatus.ELIGIBLE and "poz. 1" in disk.reason  # type: ignore[attr-defined]
    assert items[TRANSPORT.name].verdict is ItemStatus.ELIGIBLE  # type: ignore[attr-defined]


def test_a_part_alone_stays_open() -> None:
    items = _items(DISK, FIREWALL)  # a disk "do serwera kopii" but no such server on the invoice
    assert items[DISK.name].verdict is ItemStatus.REVIEW  # type: ignore[attr-defined]


def test_a_delivery_beside_ineligible_goods_asks_which_share() -> None:
    items = _items(FIREWALL, LAPTOP, TRANSPORT)
    transport = items[TRANSPORT.name]
    assert transport.verdict is ItemStatus.REVIEW  # type: ignore[attr-defined]
    assert "jaka część kosztu dostawy" in transport.reason  # type: ignore[attr-defined]


def test_deploying_the_invoices_own_firewall_is_eligible_in_cs() -> None:
    work = Line("Wdrożenie i konfiguracja firewalla FortiGate 100F", D(1), D("3000.00"), unit="usł.")
    item = _items(FIREWALL, work)[work.name]
    assert item.verdict is ItemStatus.ELIGIBLE  # type: ignore[attr-defined]


def test_an_operating_system_for_a_security_server_on_the_same_invoice_is_decided() -> None:
    os_line = Line(
        "Licencja Windows Server 2022 Standard 16 core do serwera kopii zapasowych", D(1), D("4200.00"), unit="lic."
    )
    item = _items(BACKUP, os_line)[os_line.name]
    assert item.verdict is ItemStatus.ELIGIBLE and "wyjątku" in item.reason  # type: ignore[attr-defined]
    alone = _items(FIREWALL, os_line)[os_line.name]  # no server on the invoice: the documents leave it open
    assert alone.verdict is ItemStatus.REVIEW  # type: ignore[attr-defined]
