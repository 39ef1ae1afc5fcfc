"""One document per file: copies of the same invoice (oryginał + kopia) and several documents.

Invoicing programs print "ORYGINAŁ" and "KOPIA" into one PDF, scanners put each copy on its own
page, and applicants scan an invoice together with its protocol. Reading such a file as one
document doubles the items and the totals (wrong money), so the text is cut where a new document
starts, each part is parsed on its own, and:

- a part repeating an earlier one (same kind, number, amounts) is a copy: it is read once;
- a part with the same number but other rows is the next page of the same document;
- a part with another number or kind is another document: only the first is read, and a warning
  asks for one file per document (the contract is one document per file).
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from extractors.models import DocumentKind, ExtractionWarning, Invoice, Protocol

from .invoice import RACHUNEK_TITLE, detect_number
from .text import split_lines

Document = Invoice | Protocol

# A copy label alone on its line: "ORYGINAŁ", "KOPIA", "ORYGINAŁ/KOPIA", "DUPLIKAT", "Egzemplarz nabywcy".
_MARKER = re.compile(
    r"(?i)^\s*(?:orygina[łl]|kopia|duplikat|orygina[łl]\s*/\s*kopia|kopia\s*/\s*orygina[łl]|"
    r"egzemplarz\s+(?:dla\s+)?(?:sprzedawcy|nabywcy|odbiorcy|wystawcy|zamawiającego|wykonawcy|\w+))"
    r"(?:\s+faktury)?\s*$"
)
_TITLE = re.compile(r"(?i)\bfaktura\b|\binvoice\b|\bkorekta\b|protok[óo][łl]|zdawczo[\s-]*odbiorcz|pro\s*-?\s*forma")
_PARTY = re.compile(
    r"(?i)\b(?:sprzedawca|nabywca|wystawca|dostawca|wykonawca|przekazujący|odbierający|zamawiający|"
    r"nip)\b"
)


_SELLER = re.compile(r"(?i)\b(?:sprzedawca|wystawca|dostawca|wykonawca|przekazujący)\b")
_BUYER = re.compile(r"(?i)\b(?:nabywca|zamawiający|odbierający|kupujący)\b")


@dataclass(frozen=True, slots=True)
class _Part:
    text: str
    doc: Document


def split_parts(text: str) -> list[str]:
    """The text cut where a new document (or a new copy of one) starts; one part when it does not."""
    pages: list[str] = []
    for page in text.split("\f"):
        pages.extend(_split_at_markers(page))
    parts: list[str] = []
    for page in pages:
        if not page.strip():
            continue
        if parts and not _starts_document(page):
            parts[-1] += "\n\f\n" + page  # the next page of the same document
        elif parts and _only_marker(parts[-1]):
            parts[-1] += "\n" + page  # "ORYGINAŁ" on a page of its own, the invoice on the next
        else:
            parts.append(page)
    return parts


def _only_marker(text: str) -> bool:
    return all(not line.strip() or _MARKER.match(line) for line in text.splitlines())


def _split_at_markers(page: str) -> list[str]:
    """A page holding two copies one under the other: cut before a copy label followed by a title."""
    lines = page.split("\n")
    cuts = [0]
    for index, line in enumerate(lines):
        if index == 0 or not _MARKER.match(line):
            continue
        if not any(line.strip() for line in lines[cuts[-1] : index]):
            continue
        following = [f for f in lines[index + 1 : index + 6] if f.strip()][:3]
        if any(_TITLE.search(f) or RACHUNEK_TITLE.search(f) for f in following):
            cuts.append(index)
    cuts.append(len(lines))
    return ["\n".join(lines[a:b]) for a, b in itertools.pairwise(cuts)]


def _starts_document(page: str) -> bool:
    """A title near the top, and a number or a parties block: the first page of a document.

    A continuation page repeats at most a header line ("Faktura FV/1/2026, strona 2"), without the
    parties, so it has a title but nothing else that a first page has.
    """
    head_lines = [line for line in page.split("\n") if line.strip() and not _MARKER.match(line)][:12]
    head = "\n".join(head_lines)
    if not (_TITLE.search(head) or RACHUNEK_TITLE.search(head)):
        # A title OCR lost (large or letter-spaced type): the seller and buyer blocks with their NIPs
        # near the top still start a document; a continuation page never repeats them.
        top = "\n".join(page.split("\n")[:25])
        return bool(_SELLER.search(top) and _BUYER.search(top) and len(re.findall(r"(?i)\bNIP\b", top)) >= 2)
    if not _PARTY.search(page):
        return False
    return detect_number(split_lines(head, ocr=False)) is not None or len(_PARTY.findall(page)) >= 2


def split_documents(text: str, parse: Callable[[str], Document]) -> list[Document] | None:
    """The documents of a file holding copies or several documents; None when it holds just one.

    Copies are read once (a warning says so); every further document is parsed on its own pages and
    returned after the first, each with a warning naming the others.
    """
    texts = split_parts(text)
    if len(texts) < 2:
        return None
    parts = [_Part(t, parse(t)) for t in texts]
    # Groups of parts, one per document: [first part, continuation pages…].
    groups: list[list[_Part]] = [[parts[0]]]
    copies = 0
    for part in parts[1:]:
        original = next((g for g in groups if _same(g[0].doc, part.doc)), None)
        if original is not None:
            copies += 1
            # OCR reads some copies better than others: keep the one with the fewest doubts.
            if len(original) == 1 and len(part.doc.warnings) < len(original[0].doc.warnings):
                original[0] = part
        elif _other_document(groups[-1][0].doc, part.doc):
            groups.append([part])
        else:
            groups[-1].append(part)
    if not copies and len(groups) == 1 and len(groups[0]) == len(parts):
        return None
    docs: list[Document] = []
    for group in groups:
        if len(group) == 1:
            docs.append(group[0].doc)
        else:
            docs.append(parse("\n\f\n".join(p.text for p in group)))
    docs = [dataclasses.replace(d, pages=_pages(g)) for d, g in zip(docs, groups, strict=True)]
    out: list[Document] = []
    for index, doc in enumerate(docs):
        notes: list[ExtractionWarning] = []
        if copies and index == 0:
            notes.append(
                ExtractionWarning(
                    "duplicate_copy",
                    f"Plik zawiera oryginał i {_copies(copies)} tej samej {_noun(doc)} – liczę raz.",
                )
            )
        if len(docs) > 1:
            names = [f"{k}. {_describe(d)}" for k, d in enumerate(docs, 1)]
            described = ", ".join(names[:6]) + (f" i {len(names) - 6} innych" if len(names) > 6 else "")
            noun = "dokumenty" if len(docs) % 10 in (2, 3, 4) and len(docs) % 100 not in (12, 13, 14) else "dokumentów"
            notes.append(
                ExtractionWarning(
                    "multiple_documents",
                    f"Plik zawiera {len(docs)} {noun}: {described}. Każdy odczytano osobno (to dokument {index + 1} "
                    f"z {len(docs)}); do rozliczenia najlepiej przesyłać każdy dokument w osobnym pliku.",
                )
            )
        out.append(_with_warnings(doc, notes))
    return out


def _pages(group: list[_Part]) -> int:
    return sum(part.text.count("\f") + 1 for part in group)


def merge_copies(text: str, parse: Callable[[str], Document]) -> Document | None:
    """The first document of the file, the further ones in its `others`; None when it holds just one."""
    docs = split_documents(text, parse)
    if docs is None:
        return None
    return dataclasses.replace(docs[0], others=tuple(docs[1:])) if len(docs) > 1 else docs[0]


def _with_warnings(doc: Document, notes: list[ExtractionWarning]) -> Document:
    return dataclasses.replace(doc, warnings=(*notes, *doc.warnings))


def _copies(n: int) -> str:
    return "kopię" if n == 1 else f"{n} kopie" if n in (2, 3, 4) else f"{n} kopii"


def _noun(doc: Document) -> str:
    if isinstance(doc, Protocol):
        return "protokołu"
    if doc.invoice_type == "RACHUNEK":
        return "rachunku"
    if doc.kind == DocumentKind.CORRECTION:
        return "korekty"
    return "faktury" if doc.kind == DocumentKind.INVOICE else "dokumentu"


def _describe(doc: Document) -> str:
    if isinstance(doc, Protocol):
        what = "protokół odbioru"
    elif doc.kind == DocumentKind.CORRECTION:
        what = "korekta"
    elif doc.kind == DocumentKind.INVOICE:
        what = "rachunek" if doc.invoice_type == "RACHUNEK" else "faktura"
    else:
        what = "dokument"
    return f"{what} {doc.number}" if doc.number else f"{what} bez odczytanego numeru"


def _norm_number(number: str | None) -> str | None:
    return re.sub(r"[\s.]", "", number).upper() if number else None


def _numbers_differ(a: Document, b: Document) -> bool:
    x, y = _norm_number(a.number), _norm_number(b.number)
    return x is not None and y is not None and x != y


def _other_document(first: Document, doc: Document) -> bool:
    """doc (a part that starts like a document) is another document, not a next page of `first`."""
    if isinstance(first, Protocol) != isinstance(doc, Protocol):
        return doc.kind != DocumentKind.UNKNOWN
    if first.kind != doc.kind and DocumentKind.UNKNOWN not in (first.kind, doc.kind):
        return True
    if _numbers_differ(first, doc):
        return True
    if _norm_number(first.number) is not None and _norm_number(first.number) == _norm_number(doc.number):
        return False  # the same number: a page reprinting the header of the same document
    # A number unread on one side: other parties, dates or totals make it another document.
    for a, b in ((first.seller.nip, doc.seller.nip), (first.buyer.nip, doc.buyer.nip)):
        if a and b and a != b:
            return True
    if isinstance(first, Invoice) and isinstance(doc, Invoice):
        if first.issue_date and doc.issue_date and first.issue_date != doc.issue_date:
            return True
        if first.gross_total is not None and doc.gross_total is not None and first.gross_total != doc.gross_total:
            return True
    return False


def _same(a: Document, b: Document) -> bool:
    """b repeats a: the same kind and number (or one unread) and the same amounts or rows."""
    if a.kind != b.kind or _numbers_differ(a, b):
        return False
    if isinstance(a, Protocol) and isinstance(b, Protocol):
        if not a.items or len(a.items) != len(b.items):
            return False
        same_rows = sum(
            _words(x.name) == _words(y.name) or (x.qty == y.qty and x.serial_numbers == y.serial_numbers)
            for x, y in zip(a.items, b.items, strict=True)
        )
        # Without a number, only a copy identical row by row is taken for a copy.
        return 2 * same_rows >= len(a.items) and (
            a.number is not None or b.number is not None or same_rows == len(a.items)
        )
    if not isinstance(a, Invoice) or not isinstance(b, Invoice):
        return False
    if a.gross_total is not None and a.gross_total == b.gross_total and (a.number or b.number):
        # Same number, same amount due: a copy, even when OCR read one of its rows differently —
        # unless no row is shared (an amount due printed in every page header of a long invoice).
        # A set, not a nested loop: a long invoice would compare every row with every row.
        nets = {x.net for x in a.items if x.net is not None}
        return not (a.items and b.items and not any(y.net in nets for y in b.items))
    if not a.items or len(a.items) != len(b.items):
        return False
    same_rows = sum(_money(x.net, y.net) or _money(x.gross, y.gross) for x, y in zip(a.items, b.items, strict=True))
    return 2 * same_rows > len(a.items)


def _money(x: Decimal | None, y: Decimal | None) -> bool:
    return x is not None and x == y


def _words(text: str) -> str:
    return re.sub(r"\W+", "", text.lower())
