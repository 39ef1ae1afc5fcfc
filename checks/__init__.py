"""Settlement pre-screen: classify invoice lines, run the programme rules, report with citations.

Pure: no files, no network, no aiogram or sqlmodel. The faces read documents, build a
`CheckContext`, call `run_checks` and render the `Report` with `checks.render`.
"""

from checks.context import CheckContext, CheckError
from checks.models import Finding, ItemStatus, ItemVerdict, Report, Severity, Totals, UnreadableFile
from checks.rules import RULES, CheckInput
from checks.runner import run_checks

__all__ = [
    "RULES",
    "CheckContext",
    "CheckError",
    "CheckInput",
    "Finding",
    "ItemStatus",
    "ItemVerdict",
    "Report",
    "Severity",
    "Totals",
    "UnreadableFile",
    "run_checks",
]
