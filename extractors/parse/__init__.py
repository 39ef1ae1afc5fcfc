"""Pure parsing: text (from a PDF text layer or OCR) → `Invoice` / `Protocol`.

parse_text(text, file=..., source=...) decides the kind from the title, parses the fields and
attaches consistency warnings. It never raises on odd content: what it cannot read stays None
and a warning says so.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Collection
from decimal import Decimal
from typing import TypeVar

from extractors.models import DocumentKind, ExtractionWarning, Invoice, Protocol, Source

from .confidence import as_fields, assess_invoice, assess_protocol, weak_reading
from .consistency import check_invoice, check_protocol
from .copies import merge_copies
from .invoice import RACHUNEK_TITLE, parse_invoice
from .layout import normalise_layout
from .nip import ocr_candidates
from .protocol import parse_protocol
from .units import registered_spelling

__all__ = ["detect_kind", "parse_documents", "parse_text"]

D = TypeVar("D", Invoice, Protocol)

_PROTOCOL = re.compile(
    r"(?i)protok[óo0]{1,2}[łl]\s+(?:\w+[\s-]+){0,2}?"
    r"(?:odbior|zdawczo|przekazani|końcow|częściow|dostawy|instalacji|wdrożeni|"
    # a service visit's report ("protokół wykonania usługi serwisowej", "protokół serwisowy")
    r"wykonani|serwis|napraw|uruchomieni|przegl[ąa]d)"
    # "OT – przyjęcie środka trwałego": the unit takes a fixed asset into use, as it accepts a delivery
    r"|przyj[ęe]ci\w*\s+[śs]rodk\w*\s+trwa[łl]\w*"
)
_CORRECTION = re.compile(
    r"(?i)faktura\s+(?:vat\s+)?korygująca|korekta\s+(?:faktury|nr|do\s+faktury)|^\s*korekta\b|"
    r"faktura\s+korekta|przed\s+korektą|nota\s+koryguj[ąa]c",
    re.MULTILINE,
)
# "Protokół" as the title, however OCR spells it ("Frotokół zdawczo-oubiorCczy").
_TITLE_PROTOCOL = re.compile(r"(?i)(?<!\w)[pf]r[o0]t[o0]k[óo0][łl1t](?!\w)|zdawczo[\s-]*o[du]?biorcz")
_INVOICE = re.compile(r"(?i)\bfak\s?tu\s?ra\b|\bfaktury\s+vat\b|\bfv\s*/|\binvoice\b")
# An invoice whose title OCR lost (large or letter-spaced type): parties, a priced table and totals.
_INVOICE_PARTS = (
    re.compile(r"(?im)^\s*(?:sprzedawca|wystawca|dostawca|sprzedający)\b|\bNIP\b"),
    # "OD        DLA": the seller's and the buyer's column headings
    re.compile(r"(?im)^\s*(?:nabywca|kupujący|zamawiający)\b|\s{3,}(?:nabywca|kupujący)\b|^\s*od\s{3,}dla\s*$"),
    re.compile(r"(?i)\bnetto\b"),
    re.compile(r"(?i)\b(?:razem|do\s+zapłaty|suma|ogółem)\b"),
)
# "Faktura pro forma", not "(nie pro forma)" / "nie jest fakturą pro forma" said of an ordinary invoice
_PROFORMA = re.compile(r"(?i)(?<!nie\s)(?<!nie jest\s)(?<!nie jest fakturą\s)pro\s*-?\s*forma")


def detect_kind(text: str) -> DocumentKind:
    """The kind from the title area (the first lines), where every program prints it."""
    head = "\n".join(line for line in text.splitlines()[:15])
    if _PROFORMA.search(head):
        return DocumentKind.UNKNOWN
    # a title set in wide type ("P R O T O K Ó Ł  O D B I O R U"), joined back for the title checks
    spaced = re.sub(r"(?<=\S) (?=\S)", "", "\n".join(text.splitlines()[:6]))
    protocol = (
        _PROTOCOL.search(head)
        or _TITLE_PROTOCOL.search("\n".join(head.split("\n")[:3]))
        or re.search(r"(?i)protok[óo0]{1,2}[łl](?:odbior|zdawczo|przekazani|końcow|częściow)", spaced)
    )
    invoice = _INVOICE.search(head) or RACHUNEK_TITLE.search(head)
    if protocol and (not invoice or protocol.start() < invoice.start()):
        return DocumentKind.PROTOCOL
    # a title set in wide type, which OCR reads in pieces ("FAKTU RA KO RYG UJĄCA")
    if (
        _CORRECTION.search(head)
        or re.search(r"(?i)faktura(?:vat)?korygując", spaced)
        or (invoice and re.search(r"(?i)przed\s+korektą|stan\s+przed", text))
    ):
        return DocumentKind.CORRECTION
    if invoice:
        return DocumentKind.INVOICE
    if _PROTOCOL.search(text):
        return DocumentKind.PROTOCOL
    if untitled_invoice(text):
        return DocumentKind.INVOICE
    return DocumentKind.UNKNOWN


def untitled_invoice(text: str) -> bool:
    """No title read, but the structure of an invoice: seller, buyer, a net-priced table, totals."""
    head = "\n".join(text.splitlines()[:15])
    titled = _INVOICE.search(head) or RACHUNEK_TITLE.search(head) or _CORRECTION.search(head)
    return not titled and not _PROTOCOL.search(text) and all(p.search(text) for p in _INVOICE_PARTS)


def parse_text(
    text: str,
    *,
    file: str,
    source: Source,
    pages: int = 1,
    weak_tokens: Collection[str] = (),
    weak_name_tokens: Collection[str] = (),
) -> Invoice | Protocol:
    """The file's first document; further documents of the same file are in its `others`.

    Copies (oryginał + kopia) are read once; several documents (two invoices, an invoice and its
    protocol) are split, each parsed on its own pages. `weak_tokens`: words the OCR backend read
    with low confidence; a field printed in one of them is reported as uncertain. `weak_name_tokens`:
    words (and codes read very weakly) the backend doubts inside item names; the items are then uncertain.
    """
    text = normalise_layout(text)
    weak = frozenset(weak_tokens)
    in_names = frozenset(weak_name_tokens)
    text, letter_pages = _without_cover_letter(text)
    merged = merge_copies(
        text, lambda part: _parse_one(part, file=file, source=source, pages=pages, weak=weak, in_names=in_names)
    )
    doc = (
        merged
        if merged is not None
        else _parse_one(text, file=file, source=source, pages=pages, weak=weak, in_names=in_names)
    )
    if letter_pages:
        shown = ", ".join(str(p) for p in letter_pages)
        note = ExtractionWarning(
            "cover_letter",
            f"Strona {shown} to pismo przewodnie (list do urzędu), nie dokument księgowy – odczytano dokument "
            "z dalszych stron.",
        )
        doc = dataclasses.replace(doc, warnings=(note, *doc.warnings))
    return doc


# A letter's parts: the salutation, the closing, "Dotyczy:", "Znak:", the list of enclosures.
_LETTER_MARKS = (
    re.compile(r"(?im)^\s*szanown\w*\s+(?:pa[ńn]stw\w*|pani\w*|pan\w*)"),
    re.compile(r"(?im)^\s*z\s+(?:wyrazami\s+szacunku|powa[żz]aniem)"),
    re.compile(r"(?im)^\s*(?:dotyczy|dot\.|w\s+sprawie)\s*:"),
    re.compile(r"(?im)^\s*(?:za[łl][ąa]cznik\w*|w\s+za[łl][ąa]czeniu)\s*:"),
    re.compile(r"(?im)^\s*(?:znak|nasz\s+znak|sygn\.?)\s*:"),
)


def _without_cover_letter(text: str) -> tuple[str, list[int]]:
    """A cover letter on the first page(s) of a file ("Szanowni Państwo, … przekazujemy fakturę …, Z
    poważaniem, Załączniki: …") before a titled document: the letter's pages blanked (the page breaks
    kept, so the pages keep their numbers), and their numbers. A letter names the documents it sends;
    read as a document, it would decide the kind."""
    pages = text.split("\f")
    letters: list[int] = []
    for k, page in enumerate(pages[:-1]):
        # a document's title opens a line; a letter names documents inside its sentences and its list
        # of enclosures ("1. Faktura VAT (1 egz.)")
        titled = re.search(r"(?im)^\s*(?:faktura|rachunek|protok[óo]ł|nota|invoice)\b", page)
        if titled or sum(bool(m.search(page)) for m in _LETTER_MARKS) < 2 or re.search(r"(?i)\bnetto\b", page):
            break
        letters.append(k + 1)
    if not letters:
        return text, []
    rest = "\f".join(pages[len(letters) :])
    if detect_kind(rest) == DocumentKind.UNKNOWN:
        return text, []
    return "\f" * len(letters) + rest, letters


def parse_documents(
    text: str,
    *,
    file: str,
    source: Source,
    pages: int = 1,
    weak_tokens: Collection[str] = (),
    weak_name_tokens: Collection[str] = (),
) -> list[Invoice | Protocol]:
    """Every document of the file, in order."""
    first = parse_text(
        text, file=file, source=source, pages=pages, weak_tokens=weak_tokens, weak_name_tokens=weak_name_tokens
    )
    return [dataclasses.replace(first, others=()), *first.others]


def _parse_one(
    text: str,
    *,
    file: str,
    source: Source,
    pages: int,
    weak: frozenset[str] = frozenset(),
    in_names: frozenset[str] = frozenset(),
) -> Invoice | Protocol:
    kind = detect_kind(text)
    if kind == DocumentKind.PROTOCOL:
        protocol = parse_protocol(text, file=file, source=source, pages=pages)
        if source == Source.OCR:
            protocol = _registered_buyer(_confirmed_nips(protocol, text))
        protocol = dataclasses.replace(protocol, warnings=protocol.warnings + check_protocol(protocol))
        verdict = assess_protocol(protocol, text)
        weak_reading(verdict, protocol, weak, in_names)
        confidence, uncertain = as_fields(verdict)
        return dataclasses.replace(
            protocol, warnings=protocol.warnings + tuple(verdict.warnings), confidence=confidence, uncertain=uncertain
        )
    if kind == DocumentKind.CORRECTION:
        text = states_as_sections(bracketed_negatives(text))
    invoice = parse_invoice(text, kind=kind, file=file, source=source, pages=pages)
    if source == Source.OCR:
        invoice = _registered_buyer(_confirmed_nips(invoice, text))
        if kind != DocumentKind.CORRECTION:
            invoice = _total_both_checks_agree_on(invoice)
        else:
            invoice = _refund_signs_lost(invoice, text)
    warnings = invoice.warnings + check_invoice(invoice)
    if kind == DocumentKind.UNKNOWN:
        reason = (
            "To faktura pro forma — nie jest dokumentem księgowym i nie rozlicza wydatku."
            if _PROFORMA.search(text[:2000])
            else "Nie rozpoznano rodzaju dokumentu (ani faktura, ani protokół odbioru)."
        )
        warnings = (ExtractionWarning("kind_unknown", reason), *warnings)
    invoice = dataclasses.replace(invoice, warnings=warnings)
    verdict = assess_invoice(invoice, text)
    if kind == DocumentKind.UNKNOWN and not _PROFORMA.search(text[:2000]) and (invoice.items or invoice.gross_total):
        # rows and amounts read, the title not: an invoice, a correction or a note – which one is unknown
        verdict.confidence["kind"] = 0.4
        verdict.doubt(("kind",), "nie odczytano tytułu dokumentu, choć ma pozycje i kwoty – sprawdź jego rodzaj.")
    if kind == DocumentKind.INVOICE and untitled_invoice(text):
        verdict.confidence["kind"] = 0.6
        verdict.doubt(
            ("kind",),
            "nie odczytano tytułu dokumentu; uznano go za fakturę po jej układzie (strony, tabela pozycji, sumy).",
            level=0.45,
        )
    weak_reading(verdict, invoice, weak, in_names)
    confidence, uncertain = as_fields(verdict)
    return dataclasses.replace(
        invoice, warnings=invoice.warnings + tuple(verdict.warnings), confidence=confidence, uncertain=uncertain
    )


# An amount in brackets is a decrease in an accountant's notation ("(8 963,54)", a count "(2) szt."), and a
# correction prints its differences so ("Kwoty w nawiasach oznaczają zmniejszenie"). Not a remark in
# brackets: a figure with its currency or percent inside ("(9,60 zł)", "(23%)").
_BRACKETED_AMOUNT = re.compile(r"(?<![\w(])\((\d{1,3}(?:[ .]\d{3})*,\d{2}|\d+,\d{2})\)(?![\w)])")
_BRACKETED_COUNT = re.compile(r"(?<![\w(])\((\d{1,6}(?:,\d{1,4})?)\)(?=\s+[^\W\d_]{1,6}\.?(?:\s|$))")


def bracketed_negatives(text: str) -> str:
    """A correction whose differences are amounts in brackets, with those amounts written with a minus
    (same width, so columns stay where they were: "(6 725,92)" → " -6 725,92")."""
    if len(_BRACKETED_AMOUNT.findall(text)) < 2:
        return text
    text = _BRACKETED_AMOUNT.sub(lambda m: " -" + m.group(1), text)
    return _BRACKETED_COUNT.sub(lambda m: " -" + m.group(1), text)


# A correction marking each item's rows in place, after its name: "1  Komputer …  przed korektą  8 szt. …",
# the name's rest under it, then "po korekcie  6 szt. …" and "korekta  -2 szt. …" with no Lp and no name.
_STATE_IN_ROW = re.compile(
    r"^(?P<lp>\s*\d{1,3}[.)]?\s+)(?P<name>\S.*?)\s{2,}przed\s+korektą\s{2,}(?P<rest>\S.*)$", re.I
)
_STATE_LINE = re.compile(r"^\s+(?P<state>po\s+korekcie|korekta|różnica)\s{2,}(?P<rest>-?\d.*)$", re.I)


def states_as_sections(text: str) -> str:
    """Such rows rewritten as the sections the table reader knows ("Przed korektą" / "Po korekcie"), each
    row with its Lp and whole name; the difference rows are left out (the totals print the difference)."""
    lines = text.split("\n")
    if sum(bool(_STATE_IN_ROW.match(line)) for line in lines) < 1 or not any(_STATE_LINE.match(x) for x in lines):
        return text
    header = next((k for k, line in enumerate(lines) if re.match(r"(?i)\s*l\.?\s?p\.?\s", line)), None)
    first = next(k for k, line in enumerate(lines) if _STATE_IN_ROW.match(line))
    if header is None or header > first:
        return text
    before: list[str] = []
    after: list[str] = []
    end = first
    k = first
    while k < len(lines):
        row = _STATE_IN_ROW.match(lines[k])
        if row is None:
            break
        lp, name, rest = row.group("lp"), row.group("name"), row.group("rest")
        wrapped: list[str] = []
        k += 1
        while k < len(lines) and not _STATE_LINE.match(lines[k]) and not _STATE_IN_ROW.match(lines[k]):
            if not lines[k].strip() or re.search(r"\d[,.]\d{2}", lines[k]):
                break
            wrapped.append(lines[k])
            k += 1
        before.append(f"{lp}{name}   {rest}")
        before += wrapped
        while k < len(lines) and (state := _STATE_LINE.match(lines[k])):
            if state.group("state").lower().startswith("po"):
                after.append(f"{lp}{name}   {state.group('rest')}")
                after += wrapped
            k += 1
        end = k
    if not before or not after:
        return text
    head = lines[header:first]
    out = [*lines[:header], "Przed korektą", *head, *before, "Po korekcie", *head, *after, *lines[end:]]
    return "\n".join(out)


_REFUND = re.compile(r"(?i)\bdo\s+zwrotu\b[^\d\n]{0,30}(\d{1,3}(?:[  .]?\d{3})*,\d{2})")
_TO_PAY = re.compile(r"(?i)\bdo\s+zap[łl]aty\b|\bdop[łl]at")
_SCANNED_AMOUNT = re.compile(r"-?\d{1,3}(?:[  ]?\d{3})*[,.]\d{2}(?!\d)")


def _refund_signs_lost(doc: Invoice, text: str) -> Invoice:
    """A scanned correction that says its amount is refunded ("Kwota do zwrotu: 961,11 zł") with totals read
    positive: the scan lost their minus signs (a thin dash before a figure). The totals are the refund's, so
    negative; a net that does not then make gross − VAT is taken as gross − VAT when the page prints that figure
    ("Razem  -781,39" under a rate row read "-181,39"). Every total changed stays uncertain, with a warning."""
    net, vat, gross = doc.net_total, doc.vat_total, doc.gross_total
    refund = _REFUND.search(text)
    if gross is None or gross <= 0 or refund is None or _TO_PAY.search(text):
        return doc
    if Decimal(re.sub(r"[^\d,]", "", refund.group(1)).replace(",", ".")) != gross:
        return doc
    changed = {"gross_total": -gross}
    if vat is not None and vat > 0:
        changed["vat_total"] = -vat
    new_vat = changed.get("vat_total", vat)
    new_net = -net if net is not None and net > 0 else net
    if new_vat is not None and (new_net is None or new_net + new_vat != -gross):
        printed = {
            Decimal(re.sub(r"[  ]", "", m.group(0)).replace(",", ".").lstrip("-"))
            for m in _SCANNED_AMOUNT.finditer(text)
        }
        if -(-gross - new_vat) in printed:
            new_net = -gross - new_vat
    if new_net != net and new_net is not None:
        changed["net_total"] = new_net
    labels = {"net_total": "netto", "vat_total": "VAT", "gross_total": "brutto"}
    listed = ", ".join(f"{labels[f]} {v:.2f}".replace(".", ",") for f, v in changed.items())
    note = ExtractionWarning(
        "total_ocr_fixed",
        f"Korekta podaje kwotę do zwrotu ({refund.group(1)}), a sumy odczytano ze skanu bez minusa – przyjmuję "
        f"{listed}; sprawdź na dokumencie.",
        tuple(changed),
        scan_only=True,
    )
    return dataclasses.replace(
        doc,
        net_total=changed.get("net_total", net),
        vat_total=changed.get("vat_total", vat),
        gross_total=changed["gross_total"],
        warnings=(*doc.warnings, note),
    )


def _total_both_checks_agree_on(doc: Invoice) -> Invoice:
    """A scanned total that its two independent checks contradict while agreeing with each other (the
    lines' sum, and net + VAT = gross with the other two totals): OCR misread it ("10 095,62" or
    "939,62" for 10 099,62). The agreed value is taken, and the field stays uncertain with a warning
    saying what was read. A total that only disagrees with its lines is never changed."""
    net, vat, gross = doc.net_total, doc.vat_total, doc.gross_total
    lines = [i for i in doc.items if not i.before_correction]
    if net is None or vat is None or gross is None or not lines:
        return doc
    if any(i.net is None or i.gross is None for i in lines) or abs(net + vat - gross) <= Decimal("0.01"):
        return doc
    line_net = sum((i.net or Decimal(0) for i in lines), Decimal(0))
    line_gross = sum((i.gross or Decimal(0) for i in lines), Decimal(0))
    fixed: tuple[str, str, Decimal, Decimal] | None = None
    if abs(line_net + vat - gross) <= Decimal("0.01"):
        fixed = ("net_total", "netto", net, line_net)
    elif net == line_net and abs(line_gross - (net + vat)) <= Decimal("0.01"):
        fixed = ("gross_total", "brutto", gross, net + vat)
    elif net == line_net and gross == line_gross and all(i.vat is not None for i in lines):
        if abs(sum((i.vat or Decimal(0) for i in lines), Decimal(0)) - (gross - net)) > Decimal("0.01"):
            return doc
        fixed = ("vat_total", "VAT", vat, gross - net)
    if fixed is None:
        return doc
    field, label, read, value = fixed
    shown, meant = f"{read:.2f}".replace(".", ","), f"{value:.2f}".replace(".", ",")
    note = ExtractionWarning(
        "total_ocr_fixed",
        f"Suma {label} odczytana ze skanu jako {shown} nie zgadza się z {meant}, na którą zgodnie wskazują "
        f"suma pozycji i netto + VAT = brutto – przyjmuję {meant}; sprawdź na dokumencie.",
        (field,),
        scan_only=True,
    )
    doc = dataclasses.replace(doc, warnings=(*doc.warnings, note))
    if field == "net_total":
        return dataclasses.replace(doc, net_total=value)
    if field == "gross_total":
        return dataclasses.replace(doc, gross_total=value)
    return dataclasses.replace(doc, vat_total=value)


def _registered_buyer(doc: D) -> D:
    """A scanned public buyer's place name with the Polish marks the TERC register gives it ("Gmina Mogiłany"
    read for Mogilany)."""
    spelt = registered_spelling(doc.buyer.name)
    return dataclasses.replace(doc, buyer=dataclasses.replace(doc.buyer, name=spelt)) if spelt else doc


def _confirmed_nips(doc: D, text: str) -> D:
    """An OCR'd NIP with a wrong check digit, repaired when its one plausible reading is printed
    elsewhere in the document (a footer, a second party line, another copy)."""
    digits = {re.sub(r"\D", "", m.group(0)) for m in re.finditer(r"\d[\d\s-]{8,14}\d", text)}
    notes = []
    for role, attr in (("sprzedawcy", "seller"), ("nabywcy", "buyer")):
        party = getattr(doc, attr)
        guesses = ocr_candidates(party.nip) if party.nip else []
        if len(guesses) == 1 and guesses[0] in digits:
            doc = dataclasses.replace(doc, **{attr: dataclasses.replace(party, nip=guesses[0])})
            notes.append(
                ExtractionWarning(
                    "nip_ocr_fixed",
                    f"NIP {role} odczytany ze skanu jako {party.nip} ma błędną cyfrę kontrolną; w innym miejscu "
                    f"dokumentu jest {guesses[0]} – przyjmuję ten numer.",
                )
            )
    return dataclasses.replace(doc, warnings=doc.warnings + tuple(notes)) if notes else doc
