"""Seller and buyer NIP by their labels, never a third party's (bank, software vendor, footer)."""

from __future__ import annotations

import re

from stdnum.pl import nip as stdnum_nip

from .numbers import fix_ocr_digits

_NIP_LABEL_RE = re.compile(
    # "NP:" is OCR's "NIP:" with the I lost; the lookahead keeps the rate "np" out.
    # "VAT ID: PL…" on bilingual invoices is the same number with the country prefix.
    # "NIP (Polska): …" on a foreign seller's invoice: a remark in brackets between label and number
    # "NIP FL7999209200": OCR's misread country prefix (taken only with a valid check digit, below)
    r"(?:\bN\s?[I1l|M]?\s?P\b(?:\s*\([^)\d]{1,20}\))?"
    r"(?=\s*[:/.]|\s*(?:PL|[A-Z][A-Z1|])?\s*\d|\s*(?:UE|EU|nabywcy|sprzedawcy))"
    r"|\bVAT\s*(?:ID|No\.?)(?=\s*:?\s*PL))"
    r"\s*(?:UE|EU|nabywcy|sprzedawcy|/\s*VAT\s*ID|/\s*VAT\s*no\.?|/\s*PESEL|/\s*REGON)?\s*[:.]?\s*",
    re.IGNORECASE,
)
_NIP_VALUE_RE = re.compile(
    r"^(?:PL\s?)?(\d{3}[- ]?\d{3}[- ]?\d{2}[- ]?\d{2}|\d{3}[- ]?\d{2}[- ]?\d{2}[- ]?\d{3}|\d{10})(?!\d)",
    re.IGNORECASE,
)


# A label OCR mangled further ("MP:", "IP:"): accepted only when the number's check digit is right.
_LOOSE_LABEL_RE = re.compile(r"(?<![\w])[NMIl1|]{1,2}P\s*:\s*")


def find_nips(line: str) -> list[tuple[int, str]]:
    """NIPs written after a "NIP" label in a line, as (offset, 10 digits)."""
    found = _after_labels(line, _NIP_LABEL_RE)
    taken = {offset for offset, _ in found}
    for offset, nip in _after_labels(line, _LOOSE_LABEL_RE):
        near = any(abs(offset - t) <= 2 for t in taken)
        if not near and is_valid(nip):
            found.append((offset, nip))
    return sorted(found)


def _after_labels(line: str, labels: re.Pattern[str]) -> list[tuple[int, str]]:
    found = []
    for label in labels.finditer(line):
        tail = fix_ocr_digits(line[label.end() : label.end() + 24])
        tail = re.sub(r"(?<=\d)[:.,'](?=\d)", "", tail)  # OCR specks inside the digits ("68118:39521")
        m = _NIP_VALUE_RE.match(tail)
        if m:
            found.append((label.start(), re.sub(r"\D", "", m.group(1))))
            continue
        # OCR splits digit groups at odd places ("860305567 5", "404-924 -51-02"), and reads a leading 7 as a
        # slash ("NIP: /78-89-90-865"): accepted only with a valid check digit.
        for value in (tail, re.sub(r"^/(?=\d)", "7", tail), re.sub(r"^[A-Z][A-Z1|]\s?(?=\d)", "", tail)):
            loose = _NIP_VALUE_RE.match(value) or re.match(r"(?:PL\s?)?((?:\d(?:\s?-\s?|\s)?){9}\d)(?!\d)", value)
            if loose and is_valid(digits := re.sub(r"\D", "", loose.group(1))):
                found.append((label.start(), digits))
                break
    return found


def is_valid(nip: str) -> bool:
    return stdnum_nip.is_valid(nip)


# Digits tesseract takes for one another in printed invoices (shape-alike pairs).
_OCR_CONFUSIONS = {"3": "8", "8": "36", "5": "6", "6": "58", "1": "7", "7": "1", "0": "8"}


def ocr_candidates(nip: str) -> list[str]:
    """Valid NIPs one usual OCR digit slip away from an invalid one.

    A single candidate is still a guess (simulated over random NIPs, about one in eight unique guesses
    is wrong), so callers only suggest it unless the document confirms it elsewhere.
    """
    if not re.fullmatch(r"\d{10}", nip) or is_valid(nip):
        return []
    found = []
    for index, digit in enumerate(nip):
        for other in _OCR_CONFUSIONS.get(digit, ""):
            candidate = nip[:index] + other + nip[index + 1 :]
            if is_valid(candidate):
                found.append(candidate)
    return found
