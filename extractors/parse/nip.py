"""Seller and buyer NIP by their labels, never a third party's (bank, software vendor, footer)."""

from __future__ import annotations

import re

from stdnum.pl import nip as stdnum_nip

from .numbers import fix_ocr_digits

_NIP_LABEL_RE = re.compile(
    # "NP:" is OCR's "NIP:" with the I lost; the lookahead keeps the rate "np" out.
    # "VAT ID: PL…" on bilingual invoices is the same number with the country prefix.
    r"(?:\bN\s?[I1l|M]?\s?P\b(?=\s*[:/.]|\s*(?:PL)?\s*\d|\s*(?:UE|EU|nabywcy|sprzedawcy))|\bVAT\s*(?:ID|No\.?)(?=\s*:?\s*PL))"
    r"\s*(?:UE|EU|nabywcy|sprzedawcy|/\s*VAT\s*ID|/\s*VAT\s*no\.?|/\s*PESEL|/\s*REGON)?\s*[:.]?\s*",
    re.IGNORECASE,
)
_NIP_VALUE_RE = re.compile(
    r"^(?:PL\s?)?(\d{3}[- ]?\d{3}[- ]?\d{2}[- ]?\d{2}|\d{3}[- ]?\d{2}[- ]?\d{2}[- ]?\d{3}|\d{10})(?!\d)",
    re.IGNORECASE,
)


def find_nips(line: str) -> list[tuple[int, str]]:
    """NIPs written after a "NIP" label in a line, as (offset, 10 digits)."""
    found = []
    for label in _NIP_LABEL_RE.finditer(line):
        tail = fix_ocr_digits(line[label.end() : label.end() + 24])
        tail = re.sub(r"(?<=\d)[:.,'](?=\d)", "", tail)  # OCR specks inside the digits ("68118:39521")
        m = _NIP_VALUE_RE.match(tail)
        if m:
            found.append((label.start(), re.sub(r"\D", "", m.group(1))))
    return found


def is_valid(nip: str) -> bool:
    return stdnum_nip.is_valid(nip)
