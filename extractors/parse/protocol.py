"""Protokół odbioru: number, date, parties, items with serial numbers, references, signatures."""

from __future__ import annotations

import re
from decimal import Decimal

from extractors.models import Protocol, ProtocolItem, Source

from .dates import find_dates
from .invoice import labelled_date
from .numbers import parse_qty
from .parties import find_parties
from .rows import UNIT_RE
from .text import Line, split_lines

_NUMBER_RE = re.compile(
    r"(?i)protok[óo][łl]\b[^\n]{0,50}?\b(?:nr|numer)\.?\s*:?\s*(?P<num>[A-Z0-9][\w/\-.]*\d[\w/\-.]*)"
)
_DATE_LABEL = re.compile(
    r"(?i)data\s+(?:odbioru|protokołu|przekazania|sporządzenia|dostawy)|sporządzony\s+(?:w\s+dniu|dnia)|"
    r"w\s+dniu|z\s+dnia|dnia"
)
_REF_RE = re.compile(
    r"(?i)\b(?P<what>faktur[aęyz]\w*(?:\s+vat)?|umow[aęyie]\w*|zamówieni\w*|zlecen\w*)\s+(?:nr|numer)\.?\s*:?\s*"
    r"(?P<num>[A-Z0-9][\w/\-.]*\d[\w/\-.]*)"
)
_SERIAL_RE = re.compile(
    r"(?i)(?:\bs/n|\bsn|nr\s+ser(?:yjny)?\.?|numer(?:y)?\s+seryjn\w*)\s*:?\s*(?P<list>[A-Z0-9][A-Z0-9\-]{3,}(?:\s*[,;]\s*[A-Z0-9][A-Z0-9\-]{3,})*)"
)
_SERIAL_TOKEN = re.compile(r"^(?=[A-Z0-9\-]*\d)(?=[A-Z0-9\-]*[A-Z])[A-Z0-9\-]{6,}$")
_ITEMS_HEADER = re.compile(r"(?i)(?:\blp\.?|\bnazwa|\bprzedmiot|\bopis|\bsprzęt).*(?:ilość|il\.|j\.?\s?m|szt|seryjn|s/n)")
_END = re.compile(
    r"(?i)^(?:uwagi|stwierdzenia|ustalenia|odbiór|zamawiający\s+(?:stwierdza|potwierdza)|strony|"
    r"podpis|przekazujący|odbierający|przyjmujący|komisja|protokół\s+sporządzono|wykonawca\s+(?:przekazuje|oświadcza))"
)
_ROW_RE = re.compile(
    r"^\s*(?P<lp>\d{1,3})[.)]?\s+(?P<name>.+?)\s+(?:(?P<qty>\d+(?:[,.]\d+)?)\s+(?P<unit>[a-ząćęłńóśźż.\-]{1,8})"
    r"|(?P<unit2>[a-ząćęłńóśźż.\-]{1,8})\s+(?P<qty2>\d+(?:[,.]\d+)?))(?=\s|$)(?P<rest>.*)$",
    re.IGNORECASE,
)
_PLACEHOLDER = re.compile(r"\.{5,}|_{5,}|…{3,}")
_SIGNED = re.compile(
    r"(?i)/-/|podpisan[oy]\s+(?:elektronicznie|kwalifikowanym)|podpis\s+(?:elektroniczny|kwalifikowany)|"
    r"signed|dokument\s+podpisany|\bpodpisano\b"
)


def _serials(text: str) -> list[str]:
    found = []
    for m in _SERIAL_RE.finditer(text):
        found += [s.strip() for s in re.split(r"[,;]", m.group("list")) if s.strip()]
    return found


def _items(lines: list[Line]) -> list[ProtocolItem]:
    items: list[ProtocolItem] = []
    in_table = False
    for line in lines:
        text = line.text
        if not text:
            continue
        if _ITEMS_HEADER.search(text):
            in_table = True
            continue
        if not in_table:
            continue
        if _END.match(text):
            break
        m = _ROW_RE.match(text)
        unit = m and (m.group("unit") or m.group("unit2"))
        if m and unit and UNIT_RE.match(unit):
            qty = parse_qty(m.group("qty") or m.group("qty2"))
            rest = m.group("rest")
            serials = _serials(rest) or [t for t in re.split(r"[\s,;]+", rest) if _SERIAL_TOKEN.match(t)]
            name = m.group("name")
            serials = _serials(name) + serials
            name = _SERIAL_RE.sub("", name).strip(" ,;-()")
            items.append(ProtocolItem(name=name, qty=qty, unit=unit.rstrip(".") + "." * unit.endswith("."),
                                      serial_numbers=tuple(dict.fromkeys(serials))))
            continue
        if items:
            serials = _serials(text)
            last = items[-1]
            if not serials and all(_SERIAL_TOKEN.match(t) for t in re.split(r"[\s,;]+", text) if t):
                serials = [t for t in re.split(r"[\s,;]+", text) if t]
            if serials:
                items[-1] = ProtocolItem(last.name, last.qty, last.unit,
                                         tuple(dict.fromkeys(last.serial_numbers + tuple(serials))))
            elif not re.search(r"\d{3,}", text) and len(text) < 60:
                items[-1] = ProtocolItem(f"{last.name} {text}", last.qty, last.unit, last.serial_numbers)
    return items


def _signatures(lines: list[Line]) -> bool | None:
    """Filled when the signature area carries a name or an e-signature mark; empty dotted lines mean not."""
    start = None
    for index, line in enumerate(lines):
        if re.search(r"(?i)podpis|przekazał|odebrał|przekazujący\s*:?\s*$|odbierający\s*:?\s*$|w\s+imieniu", line.text):
            start = index if start is None or index > len(lines) * 0.5 else start
    if start is None:
        return None
    area = lines[start:]
    text = "\n".join(line.text for line in area)
    if _SIGNED.search(text):
        return True
    names = 0
    for line in area:
        m = re.search(r"(?i)(?:przekazał|odebrał|przekazujący|odbierający|przyjmujący|w\s+imieniu\s+\w+)\s*:?\s*(.*)", line.text)
        tail = m.group(1) if m else ""
        if tail and re.search(r"[A-ZŻŹĆŁŚÓ][a-ząćęłńóśźż]+\s+[A-ZŻŹĆŁŚÓ][a-ząćęłńóśźż]+", tail) and not _PLACEHOLDER.search(tail):
            names += 1
    if names:
        return True
    if _PLACEHOLDER.search(text):
        return False
    return None


def parse_protocol(text: str, *, file: str, source: Source, pages: int) -> Protocol:
    lines = split_lines(text, ocr=source == Source.OCR)
    number = None
    for line in lines[:20]:
        m = _NUMBER_RE.search(line.text)
        if m:
            number = m.group("num").rstrip(".,")
            break
    when = labelled_date(lines, _DATE_LABEL)
    if when is None:
        dates = [d for line in lines[:20] for _, d in find_dates(line.text)]
        when = dates[0] if dates else None
    parties = find_parties(lines, recipient_is_buyer=True)
    references: list[str] = []
    for line in lines:
        for m in _REF_RE.finditer(line.text):
            ref = m.group("num").rstrip(".,")
            if ref != number and ref not in references:
                references.append(ref)
    return Protocol(
        file=file, source=source, number=number, date=when, seller=parties.seller, buyer=parties.buyer,
        items=tuple(_items(lines)), references=tuple(references), signatures_filled=_signatures(lines),
        pages=pages,
    )


__all__ = ["Decimal", "parse_protocol"]
