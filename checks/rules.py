"""The pre-screen rules: one small generator each, wired by name in `RULES`.

Each rule returns early when it does not apply and yields `Finding`s; the runner collects them
all. Rules are pure: they see the documents, the classified lines and the frozen context only.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from stdnum.pl import nip as pl_nip

from checks.context import CheckContext
from checks.links import Duplicate, Link, correction_link, find_duplicates, norm_number
from checks.matching import Match, match_protocols
from checks.models import Finding, ItemStatus, ItemVerdict, Severity
from checks.money import document_totals
from extractors.models import Document, DocumentKind, Invoice, Protocol, Source
from knowledge.citations import Citation
from knowledge.money import zl as money_zl
from knowledge.normalize import simplify


@dataclass(frozen=True, slots=True)
class CheckInput:
    documents: tuple[Document, ...]  # without the duplicates
    items: tuple[ItemVerdict, ...]
    context: CheckContext
    duplicates: tuple[Duplicate, ...] = ()
    # Catalogue category of each protocol line, by (file, 1-based position): helps pair differently
    # worded lines of the same kind.
    protocol_categories: Mapping[tuple[str, int], str] = field(default_factory=dict)
    # Each correction's link to the invoice it corrects (None: joined to none), by the correction's file.
    links: Mapping[str, Link | None] = field(default_factory=dict)
    # Protocol line -> invoice line matches, when the runner computed them (None: computed by the rule).
    matches: Sequence[Match] | None = None

    @property
    def invoices(self) -> tuple[Invoice, ...]:
        return tuple(d for d in self.documents if isinstance(d, Invoice))

    @property
    def protocols(self) -> tuple[Protocol, ...]:
        return tuple(d for d in self.documents if isinstance(d, Protocol))


Rule = Callable[[CheckInput], Iterator[Finding]]


def zl(amount: Decimal | None) -> str:
    """Polish money as the grant calculator writes it (50 000,00 zł); '? zł' when a document did not say."""
    return "? zł" if amount is None else money_zl(amount)


def _pl_date(day: date) -> str:
    return day.strftime("%d.%m.%Y")


def _fold(text: str) -> str:
    return simplify(text, keep_diacritics=True)


def _invoice_label(invoice: Invoice) -> str:
    return f"Faktura {invoice.number}" if invoice.number else f"Faktura w pliku {invoice.file}"


def _sentence(text: str) -> str:
    text = text.strip()
    return text if text.endswith((".", "!", "?", ")")) else text + "."


def _line_label(item: ItemVerdict) -> str:
    return f"Poz. {item.position} „{item.name}”"


# --- items -----------------------------------------------------------------------------------------


def _line_finding(item: ItemVerdict, code: str, severity: Severity, message: str, citation: Citation | None) -> Finding:
    """A finding about one invoice line: its document, its position and its net value."""
    return Finding(
        code=code,
        severity=severity,
        message=message,
        citation=citation,
        document=item.document,
        line=item.position,
        amount=item.net_value,
    )


def ineligible_item(inp: CheckInput) -> Iterator[Finding]:
    for item in inp.items:
        if item.verdict is not ItemStatus.INELIGIBLE or item.overridden_by:
            continue  # an item made ineligible by a document-level finding is reported there
        yield _line_finding(
            item,
            "ineligible_item",
            Severity.ERROR,
            f"{_line_label(item)} – {item.category_label} – niekwalifikowalna: {_sentence(item.reason)}",
            item.citation,
        )


def review_item(inp: CheckInput) -> Iterator[Finding]:
    for item in inp.items:
        if item.verdict is not ItemStatus.REVIEW or item.overridden_by:
            continue  # the rule that decided the verdict (used equipment, unknown document) explains it
        yield _line_finding(
            item,
            "review_item",
            Severity.WARNING,
            (
                f"{_line_label(item)} – {item.category_label} – do wyjaśnienia: {_sentence(item.reason)}"
                + _question(item)
            ),
            item.citation,
        )


def _question(item: ItemVerdict) -> str:
    """The question to settle a `review` line, unless its reason already asks one."""
    if "?" in item.reason:
        return ""
    if item.category in ("unknown", "generic"):
        return " Do ustalenia: czym dokładnie jest ta pozycja (nazwa, model, rodzaj usługi) i czemu służy w projekcie?"
    what = "ta usługa" if item.is_service else "ten zakup"
    return f" Do ustalenia: czy {what} bezpośrednio służy celowi projektu – opisz to we wniosku albo zapytaj Operatora."


def used_equipment(inp: CheckInput) -> Iterator[Finding]:
    """Lines the classifier read as second-hand equipment (`checks.used`); it has set their verdict."""
    fact = inp.context.programme.get("used_equipment")
    if fact is None:
        return
    only_new = inp.context.programme.code == "cs"
    for item in inp.items:
        word = item.used_word
        if word is None:
            continue
        if only_new:
            # The line's verdict is the classifier's: an error only where the line is ineligible, so
            # the report never calls a line excluded while counting it as "do wyjaśnienia".
            known = item.verdict is ItemStatus.INELIGIBLE
            severity = Severity.ERROR if known else Severity.WARNING
            rule = "kwalifikowalny jest wyłącznie zakup nowego sprzętu IT."
            advice = (
                f"W programie Cyberbezpieczny Samorząd {rule}"
                if known
                else f"Jeśli to sprzęt: w programie Cyberbezpieczny Samorząd {rule}"
            )
        else:
            declared = inp.context.used_equipment_declared is True
            severity = Severity.INFO if declared else Severity.WARNING
            advice = (
                "Jest kwalifikowalny tylko łącznie: cena nie wyższa niż wartość rynkowa i niższa niż nowego, "
                "deklaracja sprzedającego o pochodzeniu, brak dofinansowania z UE lub dotacji krajowych w "
                "ostatnich 7 latach. "
                + ("Dołącz te oświadczenia do wniosku." if declared else "Przygotuj te oświadczenia.")
            )
        yield _line_finding(
            item,
            "used_equipment",
            severity,
            f"{_line_label(item)} wygląda na sprzęt używany („{word}”). {advice}",
            fact.citation,
        )


_ADVISORY = re.compile(r"doradc|doradz|konsult|advis", re.IGNORECASE)


def names_advisory(text: str) -> bool:
    """Whether a category or line name names an advisory service (the share capped at a percentage of the grant);
    the report's rule and the dialogue's reading of a stored report share it."""
    return bool(_ADVISORY.search(text))


def is_advisory(item: ItemVerdict) -> bool:
    return names_advisory(item.category) or names_advisory(item.category_label)


def _counted(item: ItemVerdict, ctx: CheckContext) -> Decimal | None:
    """The amount that would be claimed: net when VAT is recoverable, else gross."""
    if ctx.vat_recoverable is True:
        return item.net_value
    return item.gross if item.gross is not None else item.net_value


def advisory_cap(inp: CheckInput) -> Iterator[Finding]:
    fact = inp.context.programme.get("advisory_cap_percent")
    if fact is None:
        return
    advisory = [i for i in inp.items if is_advisory(i) and i.verdict is not ItemStatus.INELIGIBLE]
    if not advisory:
        return
    spent = sum((_counted(i, inp.context) or Decimal(0) for i in advisory), Decimal(0))
    percent = fact.decimal
    grant = inp.context.grant_amount
    if grant is None:
        yield Finding(
            code="advisory_cap_unknown",
            severity=Severity.INFO,
            message=(
                f"Usługi doradcze na fakturach: {zl(spent)}. Mogą stanowić najwyżej {percent} % "
                "przyznanego grantu; podaj kwotę przyznanego grantu z umowy, a sprawdzę limit."
            ),
            citation=fact.citation,
            amount=spent,
        )
        return
    cap = (grant * percent / Decimal(100)).quantize(Decimal("0.01"))
    if spent <= cap:
        return
    basis = "netto" if inp.context.vat_recoverable is True else "brutto"
    message = (
        f"Usługi doradcze ({zl(spent)} {basis}) przekraczają {percent} % grantu, czyli {zl(cap)}; "
        f"nadwyżka {zl(spent - cap)} jest niekwalifikowalna."
    )
    if inp.context.vat_recoverable is None:
        # VAT status not given: gross is counted (VAT may be a cost); recovered VAT would make the net count
        net = sum((i.net_value or Decimal(0) for i in advisory), Decimal(0))
        if net != spent:
            tail = f", nadwyżka {zl(net - cap)}." if net > cap else " – to mieści się w limicie."
            message += f" Jeśli VAT odzyskujecie, liczy się netto: {zl(net)}{tail}"
    yield Finding(
        code="advisory_cap",
        severity=Severity.ERROR,
        message=message,
        citation=fact.citation,
        amount=spent - cap,
    )


def procurement_threshold(inp: CheckInput) -> Iterator[Finding]:
    fact = inp.context.programme.get("procurement_threshold_net")
    if fact is None:
        return
    limit = fact.decimal
    advice = "wymagany jest dowód zastosowania bazy konkurencyjności (ogłoszenie i wybór oferty)."
    for invoice in inp.invoices:
        if invoice.currency.upper() != "PLN" or is_proforma(invoice):
            continue  # a pro forma's purchase is judged on its final invoice
        lines = [i for i in inp.items if i.document == invoice.file and i.net_value is not None]
        big = [i for i in lines if (i.net_value or 0) > limit]
        for item in big:
            yield _line_finding(
                item,
                "procurement_threshold",
                Severity.WARNING,
                f"{_line_label(item)} kosztuje {zl(item.net_value)} netto, ponad {zl(limit)}: {advice}",
                fact.citation,
            )
        if big:
            continue
        total = invoice.net_total
        if total is None and lines:
            total = sum((i.net_value or Decimal(0) for i in lines), Decimal(0))
        if total is not None and total > limit:
            yield Finding(
                code="procurement_threshold",
                severity=Severity.WARNING,
                message=f"{_invoice_label(invoice)} opiewa na {zl(total)} netto, ponad {zl(limit)}: {advice}",
                citation=fact.citation,
                document=invoice.file,
                amount=total,
            )


# --- documents -------------------------------------------------------------------------------------


def date_window(inp: CheckInput) -> Iterator[Finding]:
    ctx = inp.context
    start, end = ctx.window
    costs_from = ctx.programme.fact("costs_from").citation
    if end is None and inp.invoices:
        yield Finding(
            code="project_end_unknown",
            severity=Severity.INFO,
            message=(
                f"Wydatki są kwalifikowalne od {_pl_date(start)} do końca realizacji projektu, ale tej "
                "daty nie ma w naszych źródłach (określa ją umowa o powierzenie grantu). Podaj datę "
                "końca projektu z umowy, a sprawdzę też koniec okresu."
            ),
            citation=costs_from,
        )
    for invoice in inp.invoices:
        if (invoice.issue_date or invoice.sale_date) is None:
            yield Finding(
                code="date_missing",
                severity=Severity.WARNING,
                message=f"{_invoice_label(invoice)}: nie odczytano daty wystawienia; sprawdź ją ręcznie.",
                document=invoice.file,
            )
            continue
        breach = window_breach(invoice, ctx)
        if breach is not None:
            yield breach


def window_breach(invoice: Invoice, ctx: CheckContext) -> Finding | None:
    """The finding for an invoice dated outside the cost-eligibility window, or None."""
    day = invoice.issue_date or invoice.sale_date
    if day is None:
        return None
    start, end = ctx.window
    if day < start:
        return Finding(
            code="date_outside_window",
            severity=Severity.ERROR,
            message=(
                f"{_invoice_label(invoice)} z dnia {_pl_date(day)} jest sprzed początku okresu "
                f"kwalifikowalności ({_pl_date(start)})."
            ),
            citation=ctx.programme.fact("costs_from").citation,
            document=invoice.file,
            amount=invoice.gross_total,
        )
    if end is not None and day > end:
        by_user = ctx.project_end_given and ctx.project_end == end
        costs_to = ctx.programme.get("costs_to")
        what = (
            f"po podanym końcu projektu ({_pl_date(end)}), czyli po zakończeniu projektu – poza okresem "
            "kwalifikowalności wydatków"
            if by_user
            else f"po końcu okresu kwalifikowalności ({_pl_date(end)})"
        )
        return Finding(
            code="date_outside_window",
            severity=Severity.ERROR,
            message=f"{_invoice_label(invoice)} z dnia {_pl_date(day)} jest {what}.",
            citation=None if costs_to is None else costs_to.citation,
            document=invoice.file,
            amount=invoice.gross_total,
        )
    return None


_PROFORMA = re.compile(r"pro\s*-?\s*forma", re.IGNORECASE)


def is_proforma(invoice: Invoice) -> bool:
    """A pro forma, as the extractor marks it (kind unknown, with a warning saying why)."""
    return invoice.kind is DocumentKind.UNKNOWN and any(
        w.code == "kind_unknown" and _PROFORMA.search(w.message) for w in invoice.warnings
    )


def not_settling_document(inp: CheckInput) -> Iterator[Finding]:
    """Documents whose lines are not spending: a pro forma, or a document of unknown kind."""
    for invoice in inp.invoices:
        if invoice.kind is not DocumentKind.UNKNOWN:
            continue
        if is_proforma(invoice):
            yield Finding(
                code="proforma",
                severity=Severity.WARNING,
                message=(
                    f"{invoice.file}: to faktura pro forma {invoice.number or ''}".rstrip()
                    + " – nie jest dokumentem księgowym i nie rozlicza wydatku; jej pozycji nie liczę do sum. "
                    "Do wniosku dołącz fakturę końcową."
                ),
                document=invoice.file,
                amount=invoice.gross_total,
            )
            continue
        yield Finding(
            code="unknown_document",
            severity=Severity.WARNING,
            message=(
                f"{invoice.file}: nie rozpoznano rodzaju dokumentu (ani faktura, ani protokół odbioru); "
                "jego pozycje są do wyjaśnienia."
            ),
            document=invoice.file,
            amount=invoice.gross_total,
        )


def currency(inp: CheckInput) -> Iterator[Finding]:
    for invoice in inp.invoices:
        code = (invoice.currency or "PLN").upper()
        if code == "PLN":
            continue
        yield Finding(
            code="currency",
            severity=Severity.WARNING,
            message=(
                f"{_invoice_label(invoice)} jest w walucie {code}, nie w PLN: przelicz kwoty po kursie "
                "właściwym dla wydatku; nie wliczam ich do sum w raporcie."
            ),
            document=invoice.file,
            amount=invoice.gross_total,
        )


# Extraction warnings about sums that do not add up; the rest are carried as generic warnings.
_ARITHMETIC = ("items_vs_totals", "net_vat_gross", "line_arithmetic", "vat_summary", "totals", "arithmetic")


_NIP_FIELDS = {"seller_nip", "buyer_nip"}


def extraction_warnings(inp: CheckInput) -> Iterator[Finding]:
    for doc in inp.documents:
        for warning in doc.warnings:
            if warning.code.startswith("nip") or warning.code in ("currency", "kind_unknown"):
                continue  # judged by the NIP, currency and not-settling rules themselves
            severity = Severity.WARNING
            if warning.fields and set(warning.fields) <= _NIP_FIELDS:
                continue  # the NIP rule reports a NIP that fails its checksum, once
            if warning.scan_only:
                # from the scan alone, not from a check that failed: the value may well be right,
                # so a note to verify, not a warning
                severity = Severity.INFO
            arithmetic = any(key in warning.code for key in _ARITHMETIC)
            yield Finding(
                code="arithmetic" if arithmetic else "extraction_warning",
                severity=severity,
                message=f"{doc.file}: {warning.message}",
                document=doc.file,
            )


def _nip_digits(raw: str) -> str | None:
    """The 10 digits of a Polish NIP, None for a foreign VAT number."""
    text = raw.strip().upper().replace(" ", "").replace("-", "")
    if text.startswith("PL"):
        text = text[2:]
    if re.match(r"^[A-Z]{2}", text):
        return None
    return text


def _valid_nips(inp: CheckInput) -> dict[str, str]:
    """Every NIP of the set that passes the check digit -> the file it was read from."""
    valid: dict[str, str] = {}
    for doc in inp.documents:
        for party in (doc.seller, doc.buyer):
            digits = _nip_digits(party.nip) if party.nip else None
            if digits is not None and pl_nip.is_valid(digits):
                valid.setdefault(digits, doc.file)
    return valid


def _one_digit_away(digits: str, valid: dict[str, str]) -> tuple[str, str] | None:
    """The one valid NIP of the set that differs from `digits` in a single place, with its file."""
    near = [
        (n, f)
        for n, f in valid.items()
        if len(n) == len(digits) and sum(a != b for a, b in zip(n, digits, strict=True)) == 1
    ]
    return near[0] if len(near) == 1 else None


def invalid_nip(inp: CheckInput) -> Iterator[Finding]:
    valid = _valid_nips(inp)
    for doc in inp.documents:
        for role, party in (("sprzedawcy", doc.seller), ("nabywcy", doc.buyer)):
            if not party.nip:
                continue
            digits = _nip_digits(party.nip)
            if digits is None or pl_nip.is_valid(digits):
                continue
            near = _one_digit_away(digits, valid) if doc.source is Source.OCR else None
            if near is not None:
                # The same party read right from another document of the set: this scan misread a digit.
                yield Finding(
                    code="invalid_nip",
                    severity=Severity.INFO,
                    message=(
                        f"{doc.file}: NIP {role} odczytany ze skanu jako „{party.nip}” różni się jedną cyfrą od "
                        f"NIP {near[0]} z dokumentu {near[1]} – to najpewniej błąd odczytu; sprawdź na dokumencie."
                    ),
                    document=doc.file,
                )
                continue
            yield Finding(
                code="invalid_nip",
                # On a scan the wrong digit is more likely a misread than a wrong document.
                severity=Severity.WARNING if doc.source is Source.OCR else Severity.ERROR,
                message=(
                    f"{doc.file}: NIP {role} „{party.nip}” jest nieprawidłowy (zła suma kontrolna lub "
                    "długość). Sprawdź dokument lub odczyt."
                ),
                document=doc.file,
            )
    for invoice in inp.invoices:
        if invoice.kind is not DocumentKind.UNKNOWN and not invoice.seller.nip:
            yield Finding(
                code="nip_missing",
                severity=Severity.WARNING,
                message=f"{_invoice_label(invoice)}: nie odczytano NIP sprzedawcy.",
                document=invoice.file,
            )


# Names of local government units and their offices and subordinate units (schools, centres).
_JST_NAME = re.compile(
    r"\b(gmin\w*|miast\w*|powiat\w*|wojew[oó]dztw\w*|urz[aą]d\w*|starostw\w*|samorz[aą]d\w*"
    r"|marsza[lł]kowsk\w*|szko[lł]\w*|zesp[oó][lł]\w*|przedszkol\w*|o[sś]rod\w*|biblioteka|"
    r"centrum\s+us[lł]ug|ops|gops|mops|pcpr|pup|zoz|zarz[aą]d\s+dr[oó]g)\b",
    re.IGNORECASE,
)
# Legal forms of companies and traders: a buyer with one of these is not a JST even when owned by one.
_COMPANY = re.compile(
    r"(\bsp\.?\s*z\s*o\.?\s*o\.?|\bsp[oó][lł]k\w*|\bs\.\s?a\.|\bsp\.\s?k\.|\bsp\.\s?j\.|\bs\.\s?c\.|"
    r"\bp\.?\s?h\.?\s?u\.?\b|\bgmbh\b|\bltd\b|\binc\.?\b|\bs\.\s?r\.\s?o\.)",
    re.IGNORECASE,
)


def looks_like_jst(name: str) -> bool:
    return bool(_JST_NAME.search(name)) and not _COMPANY.search(name)


def looks_like_company(name: str) -> bool:
    return bool(_COMPANY.search(name))


def buyer_not_jst(inp: CheckInput) -> Iterator[Finding]:
    for invoice in inp.invoices:
        name = (invoice.buyer.name or "").strip()
        if not name:
            continue
        if looks_like_company(name):
            why = "to nazwa firmy"
        elif invoice.buyer_is_jst is False and not looks_like_jst(name):
            why = "nazwa nie wskazuje na JST"
        else:
            continue
        yield Finding(
            code="buyer_not_jst",
            severity=Severity.WARNING,
            message=(
                f"{_invoice_label(invoice)}: nabywca „{name}” nie wygląda na jednostkę samorządu "
                f"terytorialnego ({why}). Wydatek musi ponieść grantobiorca (JST)."
            ),
            document=invoice.file,
        )


def original_of(correction: Invoice, invoices: Iterable[Invoice]) -> Invoice | None:
    """The uploaded invoice a correction corrects (`checks.links.correction_link`), or None."""
    link = correction_link(correction, list(invoices))
    return link.target if link else None


def _link_of(inp: CheckInput, corr: Invoice) -> Link | None:
    if corr.file in inp.links:
        return inp.links[corr.file]
    return correction_link(corr, list(inp.invoices))


def correction_without_original(inp: CheckInput) -> Iterator[Finding]:
    """Corrections joined to no invoice (listed alone, not added) and joins made without a clear number."""
    settlement = inp.context.programme.get("settlement")
    for corr in inp.invoices:
        if corr.kind is not DocumentKind.CORRECTION:
            continue
        label = f"Korekta {corr.number}" if corr.number else f"Korekta w pliku {corr.file}"
        link = _link_of(inp, corr)
        if link is not None and link.by_number and link.sure:
            original = link.target
            yield Finding(
                code="correction_applied",
                severity=Severity.INFO,
                message=(
                    f"{label} koryguje fakturę {original.number} ({original.file}): pozycje i sumy "
                    f"pokazuję po korekcie (brutto faktury {zl(original.gross_total)}, korekta {zl(corr.gross_total)})."
                ),
                document=corr.file,
                amount=corr.gross_total,
            )
            continue
        if link is not None:
            target = f"fakturą {link.target.number}" if link.target.number else "fakturą"
            yield Finding(
                code="correction_linked" if link.sure else "correction_link_uncertain",
                severity=Severity.INFO if link.sure else Severity.WARNING,
                message=(
                    f"{label} jest powiązana z {target} ({link.target.file}) na podstawie: {link.describe()}."
                    + (
                        ""
                        if link.sure
                        else " Sprawdź, czy to właściwa faktura – kwoty po korekcie zastąpiły jej pozycje."
                    )
                ),
                document=corr.file,
                amount=corr.gross_total,
            )
            continue
        if corr.corrected_number:
            what = f"dotyczy faktury {corr.corrected_number}, której nie wgrano"
        else:
            what = "– nie odczytano numeru faktury, którą koryguje, a żadna wgrana faktura do niej nie pasuje"
        yield Finding(
            code="correction_without_original",
            severity=Severity.WARNING,
            message=(
                f"{label} {what}. Jej pozycje pokazuję osobno i nie doliczam ich do sum (to nie jest nowy "
                "zakup): dołącz fakturę pierwotną, a sprawdzę je razem."
            ),
            citation=settlement.citation if settlement else None,
            document=corr.file,
            amount=corr.gross_total,
        )


def duplicate_invoice(inp: CheckInput) -> Iterator[Finding]:
    for dup in inp.duplicates:
        if dup.same_file:
            yield Finding(
                code="duplicate_file",
                severity=Severity.ERROR,
                message=(
                    f"Plik {dup.document.file} ma tę samą treść co {dup.first.file}: dokument wgrano dwa "
                    "razy; pomijam go w dalszej kontroli."
                ),
                document=dup.document.file,
            )
            continue
        number = dup.document.number if isinstance(dup.document, Invoice) else None
        what = f"Faktura {number}" if number else f"Faktura w pliku {dup.document.file}"
        how = (
            ""
            if "numer faktury" in dup.basis
            else f" (zgodne: {', '.join(dup.basis)}; pewność {round(dup.confidence * 100)} %)"
        )
        yield Finding(
            code="duplicate_invoice",
            severity=Severity.ERROR,
            message=(
                f"{what} od tego samego sprzedawcy występuje dwa razy – duplikat ({dup.first.file} i "
                f"{dup.document.file}){how}; wydatek można rozliczyć tylko raz, drugą pomijam w dalszej kontroli."
            ),
            document=dup.document.file,
            amount=dup.document.gross_total if isinstance(dup.document, Invoice) else None,
        )


# --- invoice <-> protocol ---------------------------------------------------------------------------


def _family(invoice: Invoice) -> str:
    """Key joining an invoice with its corrections: the corrected invoice's number."""
    if invoice.kind is DocumentKind.CORRECTION and invoice.corrected_number:
        return norm_number(invoice.corrected_number)
    return norm_number(invoice.number) or f"file:{invoice.file}"


def _referenced(reference: str, numbers: Mapping[str, str]) -> str | None:
    """The family of the invoice a protocol names; tolerates words around it ("faktura nr …")."""
    ref = norm_number(reference)
    if ref in numbers:
        return numbers[ref]
    padded = f"/{ref}/"
    for number, family in numbers.items():
        if len(number) >= 3 and f"/{number}/" in padded:
            return family
    return None


def _looks_like_contract(reference: str) -> bool:
    """A contract, order or case sign rather than an invoice number.

    JST case signs follow the JRWA file plan, where 271/272 are public procurement: "ZP.272.4.2026",
    "RI.271.5.2023".
    """
    if re.search(r"umow|zam[oó]w|zlecen|contract|sprawa|znak", reference, re.IGNORECASE):
        return True
    return bool(re.match(r"^[A-ZŁŚŻ]{1,5}[.\-]\s*(?!20\d\d)\d{3,4}[.\-]\d", reference.strip(), re.IGNORECASE))


def _families(inp: CheckInput) -> tuple[dict[str, str], dict[str, str], dict[str, list[ItemVerdict]]]:
    """(number -> family, file -> family, family -> counted lines); a joined correction is in its invoice's family."""
    invoices = inp.invoices
    family_of_file = {inv.file: _family(inv) for inv in invoices}
    for file, link in inp.links.items():
        if link is not None and link.target.file in family_of_file:
            family_of_file[file] = family_of_file[link.target.file]
    numbers: dict[str, str] = {}  # normalised number (invoice or correction) -> family
    for invoice in invoices:
        if invoice.number:
            numbers[norm_number(invoice.number)] = family_of_file[invoice.file]
    lines_by_family: dict[str, list[ItemVerdict]] = defaultdict(list)
    for item in inp.items:
        if item.document in family_of_file and item.counted:
            lines_by_family[family_of_file[item.document]].append(item)
    return numbers, family_of_file, lines_by_family


def protocol_matches(inp: CheckInput) -> list[Match]:
    """Every protocol line matched to an invoice line of the invoices it names (all, when it names none)."""
    protocols = inp.protocols
    if not protocols or not inp.invoices:
        return []
    numbers, _, lines_by_family = _families(inp)
    index_of = {id(item): n for n, item in enumerate(inp.items)}
    candidates: dict[str, list[int]] = {}
    for protocol in protocols:
        linked = [f for ref in protocol.references if (f := _referenced(ref, numbers)) is not None]
        # A protocol naming none of our invoices may still cover them: match it against all lines.
        families = linked or list(lines_by_family)
        candidates[protocol.file] = [index_of[id(item)] for fam in families for item in lines_by_family.get(fam, [])]
    return match_protocols(protocols, inp.items, candidates, inp.protocol_categories)


def _protocol_paper(
    protocol: Protocol, numbers: Mapping[str, str], cite: Citation | None
) -> tuple[list[Finding], list[str]]:
    """A protocol's own findings (unsigned, refers to an invoice not uploaded) and the uploaded
    invoices (their families) it names."""
    findings = []
    if protocol.signatures_filled is False:
        findings.append(
            Finding(
                code="protocol_unsigned",
                severity=Severity.WARNING,
                message=(
                    f"Protokół {protocol.number or protocol.file} nie ma podpisów stron; podpisz go przed złożeniem."
                ),
                citation=cite,
                document=protocol.file,
            )
        )
    linked = [f for ref in protocol.references if (f := _referenced(ref, numbers)) is not None]
    for ref in protocol.references:
        # Beside an uploaded invoice, other references are contracts or case signs, not invoices.
        if linked or _referenced(ref, numbers) is not None or _looks_like_contract(ref):
            continue
        findings.append(
            Finding(
                code="protocol_unknown_invoice",
                severity=Severity.WARNING,
                message=f"Protokół {protocol.number or protocol.file} dotyczy faktury {ref}, której nie wgrano.",
                citation=cite,
                document=protocol.file,
            )
        )
    return findings, linked


def protocol_dates(inp: CheckInput) -> Iterator[Finding]:
    """A protocol dated before the delivery its invoice states: acceptance before delivery."""
    protocols, invoices = inp.protocols, inp.invoices
    if not protocols or not invoices:
        return
    settlement = inp.context.programme.get("settlement")
    cite = settlement.citation if settlement else None
    numbers, family_of_file, _ = _families(inp)
    matches = inp.matches if inp.matches is not None else protocol_matches(inp)
    covered: dict[str, set[str]] = defaultdict(set)  # protocol file -> invoice families
    for match in matches:
        if match.item is not None:
            covered[match.protocol].add(family_of_file[match.item.document])
    for protocol in protocols:
        if protocol.date is None:
            continue
        families = covered[protocol.file] | {
            f for ref in protocol.references if (f := _referenced(ref, numbers)) is not None
        }
        late = [
            inv
            for inv in invoices
            if family_of_file[inv.file] in families
            and inv.sale_date is not None
            and protocol.date < inv.sale_date
            and inv.file not in inp.links  # a later correction of the delivered invoice
            and not inv.corrected_number
        ]
        for invoice in late:
            assert invoice.sale_date is not None
            yield Finding(
                code="protocol_before_delivery",
                severity=Severity.WARNING,
                message=(
                    f"Protokół {protocol.number or protocol.file} ma datę {protocol.date:%d.%m.%Y}, wcześniejszą niż "
                    f"data dostawy na fakturze {invoice.number or invoice.file} ({invoice.sale_date:%d.%m.%Y}): "
                    "odbiór przed dostawą – sprawdź daty obu dokumentów."
                ),
                citation=cite,
                document=protocol.file,
            )


def reconciliation(inp: CheckInput) -> Iterator[Finding]:
    invoices = inp.invoices
    if not invoices:
        return
    settlement = inp.context.programme.get("settlement")
    cite = settlement.citation if settlement else None
    protocols = inp.protocols
    if not protocols:
        yield Finding(
            code="no_protocols",
            severity=Severity.WARNING,
            message=(
                "Nie wgrano żadnego protokołu odbioru. Do wniosku rozliczającego dołącza się protokoły "
                "odbioru z ilościami i specyfikacją każdej pozycji."
            ),
            citation=cite,
        )
        return

    numbers, family_of_file, _ = _families(inp)
    received: dict[int, Decimal | None] = {}  # id(item) -> received quantity (None: unknown)
    covered: set[str] = set()
    for protocol in protocols:
        findings, linked = _protocol_paper(protocol, numbers, cite)
        yield from findings
        covered.update(linked)
    matches = inp.matches if inp.matches is not None else protocol_matches(inp)
    for match in matches:
        best = match.item
        if best is None:
            yield Finding(
                code="protocol_item_not_invoiced",
                severity=Severity.WARNING,
                message=(
                    f"Protokół {match.protocol_number or match.protocol}, poz. {match.position} „{match.name}”: "
                    "nie znaleziono tej pozycji na żadnej wgranej fakturze."
                ),
                citation=cite,
                document=match.protocol,
                line=match.position,
            )
            continue
        covered.add(family_of_file[best.document])
        key = id(best)
        if match.qty is None or (key in received and received[key] is None):
            received[key] = None
        else:
            received[key] = (received.get(key) or Decimal(0)) + match.qty

    for invoice in invoices:
        family = family_of_file[invoice.file]
        if is_proforma(invoice):
            continue  # the goods are received on the final invoice, not on a pro forma
        if family not in covered:
            if invoice.kind is DocumentKind.CORRECTION:
                continue  # a correction changes amounts; the goods were received on the original
            yield Finding(
                code="invoice_without_protocol",
                severity=Severity.WARNING,
                message=f"{_invoice_label(invoice)}: brak protokołu odbioru dla tej faktury.",
                citation=cite,
                document=invoice.file,
                amount=invoice.gross_total,
            )
            continue
        for item in (i for i in inp.items if i.document == invoice.file and i.counted):
            key = id(item)
            if key not in received:
                yield _line_finding(
                    item,
                    "item_not_received",
                    Severity.WARNING,
                    f"{_line_label(item)} nie występuje w żadnym protokole odbioru.",
                    cite,
                )
                continue
            got = received[key]
            if got is not None and item.qty is not None and got != item.qty:
                yield _line_finding(
                    item,
                    "quantity_mismatch",
                    Severity.WARNING,
                    (
                        f"{_line_label(item)}: na fakturze {_qty(item.qty)} {item.unit or 'szt.'}, "
                        f"w protokołach odbioru {_qty(got)}."
                    ),
                    cite,
                )


def _qty(value: Decimal) -> str:
    return format(value.normalize(), "f").replace(".", ",")


def protocol_values(inp: CheckInput) -> Iterator[Finding]:
    """A protocol that prints values: each line's value against the invoice line it was matched to
    (same quantity only: a partial delivery is valued in part). Net against net, gross against gross."""
    for match in inp.matches or ():
        item = match.item
        if item is None or not item.counted:
            continue
        pitem = next(
            (
                p.items[match.position - 1]
                for p in inp.protocols
                if p.file == match.protocol and len(p.items) >= match.position
            ),
            None,
        )
        if pitem is None or match.qty is None or item.qty is None or match.qty != item.qty:
            continue
        for label, printed, invoiced in (
            ("netto", getattr(pitem, "net", None), item.net_value),
            ("brutto", getattr(pitem, "gross", None), item.gross_value),
        ):
            if printed is None or invoiced is None or abs(printed - invoiced) <= Decimal("0.01"):
                continue
            yield Finding(
                code="protocol_value_mismatch",
                severity=Severity.WARNING,
                message=(
                    f"Protokół {match.protocol_number or match.protocol}, poz. {match.position} „{match.name}”: "
                    f"wartość {label} {zl(printed)}, a na fakturze ({_line_label(item)}) {zl(invoiced)}. "
                    "Sprawdź, który dokument jest błędny."
                ),
                document=match.protocol,
                line=match.position,
                amount=printed - invoiced,
            )
            break


# --- the unit and the grant ------------------------------------------------------------------------


def unit_level(inp: CheckInput) -> Iterator[Finding]:
    ctx = inp.context
    unit, programme = ctx.unit, ctx.programme
    if unit is None:
        return
    if ctx.unit_ineligible:
        yield Finding(
            code="unit_not_eligible",
            severity=Severity.ERROR,
            message=ctx.unit_ineligible,
            citation=ctx.unit_ineligible_citation,
        )
    elif unit.level not in programme.eligible_levels:
        who = programme.get("eligible_count")
        yield Finding(
            code="unit_not_eligible",
            severity=Severity.ERROR,
            message=f"{unit.display_name} nie może być grantobiorcą programu {programme.name}.",
            citation=who.citation if who else None,
        )


def over_max_grant(inp: CheckInput) -> Iterator[Finding]:
    ctx = inp.context
    eligible = [i for i in inp.items if i.verdict is ItemStatus.ELIGIBLE and i.currency.upper() == "PLN"]
    if not eligible:
        return
    total = sum((_counted(i, ctx) or Decimal(0) for i in eligible), Decimal(0))
    if ctx.max_grant is not None:
        limit = ctx.max_grant
        whose = f"maksymalny grant dla: {ctx.unit.display_name}" if ctx.unit else "maksymalny grant"
        citation = None
    else:
        limit, whose = ctx.programme.max_grant, f"maksymalny grant w programie {ctx.programme.name}"
        citation = ctx.programme.fact("max_grant").citation
    if total <= limit:
        return
    yield Finding(
        code="over_max_grant",
        severity=Severity.WARNING,
        message=(
            f"Suma wydatków kwalifikowalnych {zl(total)} przekracza {whose} ({zl(limit)}); "
            f"nadwyżki {zl(total - limit)} grant nie pokryje."
        ),
        citation=citation,
        amount=total - limit,
    )


def vat_statement(inp: CheckInput) -> Iterator[Finding]:
    ctx = inp.context
    taxed = [  # foreign-currency lines are outside the sums (the currency rule says so)
        i
        for i in inp.items
        if i.verdict is not ItemStatus.INELIGIBLE and i.vat is not None and i.vat != 0 and i.currency == "PLN"
    ]
    if not taxed:
        return
    vat = sum((i.vat for i in taxed if i.vat is not None), Decimal(0))
    if ctx.vat_recoverable is True:
        yield Finding(
            code="vat_recoverable",
            severity=Severity.INFO,
            message=f"VAT ({zl(vat)}) można odzyskać, więc nie jest kwalifikowalny: rozliczasz kwoty netto.",
            amount=vat,
        )
        return
    fact = ctx.programme.get("vat")
    if fact is not None:
        if ctx.vat_recoverable is False:  # the user said it cannot be recovered: counted, with its statement
            message = (
                f"VAT ({zl(vat)}) wliczono do wydatków kwalifikowalnych, bo podano, że nie można go odzyskać; "
                "dołącz do wniosku rozliczającego oświadczenie o kwalifikowalności podatku VAT "
                "(załącznik nr 9 do regulaminu)."
            )
        else:
            message = (
                f"VAT w pozycjach ({zl(vat)}) jest kwalifikowalny tylko wtedy, gdy nie można go odzyskać; "
                "dołącz do wniosku rozliczającego oświadczenie o kwalifikowalności podatku VAT "
                "(załącznik nr 9 do regulaminu)."
            )
        yield Finding(
            code="vat_statement",
            severity=Severity.WARNING if ctx.vat_recoverable is None else Severity.INFO,
            message=message,
            citation=fact.citation,
            amount=vat,
        )
        return
    said = (
        f"VAT ({zl(vat)}) wliczono do wydatków, bo podano, że nie można go odzyskać. "
        if ctx.vat_recoverable is False
        else f"VAT w pozycjach ({zl(vat)}) liczy się do wydatków tylko wtedy, gdy nie można go odzyskać; "
        "w przeciwnym razie kwalifikowalne są kwoty netto. "
    )
    yield Finding(
        code="vat_statement",
        severity=Severity.INFO,
        message=said + "Wymagane oświadczenie określa umowa o powierzenie grantu (nie ma go w naszych źródłach).",
        amount=vat,
    )


def no_items(inp: CheckInput) -> Iterator[Finding]:
    for protocol in inp.protocols:
        if not protocol.items:
            yield Finding(
                code="no_items",
                severity=Severity.WARNING,
                message=(
                    f"Protokół {protocol.number or protocol.file}: nie odczytano żadnej pozycji; sprawdź go ręcznie."
                ),
                document=protocol.file,
            )
    for invoice in inp.invoices:
        if invoice.effective_items:
            continue
        yield Finding(
            code="no_items",
            severity=Severity.WARNING,
            message=f"{_invoice_label(invoice)}: nie odczytano żadnej pozycji; sprawdź ją ręcznie.",
            document=invoice.file,
            amount=invoice.gross_total,
        )


def document_totals_rule(inp: CheckInput) -> Iterator[Finding]:
    """Each invoice's lines against its own printed totals; the extractor's arithmetic warning, when it
    gave one, already says so. A mismatch on totals read uncertainly is a reading question, not an error."""
    for invoice in inp.invoices:
        if invoice.currency.upper() != "PLN" or is_proforma(invoice):
            continue
        if any(any(key in w.code for key in _ARITHMETIC) for w in invoice.warnings):
            continue
        totals = document_totals(invoice)
        if totals.reconciled is not False:
            continue
        pairs = (
            ("netto", totals.lines_net, totals.printed_net),
            ("VAT", totals.lines_vat, totals.printed_vat),
            ("brutto", totals.lines_gross, totals.printed_gross),
        )
        diff = "; ".join(
            f"{label}: pozycje {zl(a)}, dokument {zl(b)}" for label, a, b in pairs if b is not None and a != b
        )
        shaky = bool(totals.uncertain)
        yield Finding(
            code="totals_uncertain" if shaky else "totals_mismatch",
            severity=Severity.INFO if shaky else Severity.WARNING,
            message=(
                f"{_invoice_label(invoice)}: suma pozycji nie zgadza się z sumą na dokumencie ({diff})."
                + (
                    " Sumy dokumentu odczytano niepewnie – sprawdź je na oryginale."
                    if shaky
                    else " Sprawdź dokument: do wniosku wpisuje się kwoty z faktury."
                )
            ),
            document=invoice.file,
            amount=totals.difference_gross,
        )


RULES: dict[str, Rule] = {
    "ineligible_item": ineligible_item,
    "review_item": review_item,
    "date_window": date_window,
    "used_equipment": used_equipment,
    "advisory_cap": advisory_cap,
    "procurement_threshold": procurement_threshold,
    "extraction_warnings": extraction_warnings,
    "invalid_nip": invalid_nip,
    "buyer_not_jst": buyer_not_jst,
    "duplicate_invoice": duplicate_invoice,
    "reconciliation": reconciliation,
    "correction_without_original": correction_without_original,
    "unit_level": unit_level,
    "over_max_grant": over_max_grant,
    "vat_statement": vat_statement,
    "currency": currency,
    "not_settling_document": not_settling_document,
    "no_items": no_items,
    "document_totals": document_totals_rule,
    "protocol_values": protocol_values,
    "protocol_dates": protocol_dates,
}

__all__ = [
    "RULES",
    "CheckInput",
    "Duplicate",
    "Rule",
    "find_duplicates",
    "looks_like_company",
    "looks_like_jst",
    "original_of",
    "protocol_matches",
    "zl",
]
