"""Facts of the documents sent, asked in words: "ile ta faktura za firewall ma łącznie brutto?", "ile wynosi VAT na
tej fakturze za serwer?", "a protokół – z którego dnia jest?", "kto wystawił fakturę za laptopy?".

The answer is what was read from the document, said with its kind, number and file; a value the reading is unsure of
is said to be uncertain, never stated plainly. Pure functions over the decoded documents: the settlement feature finds
the set and hands it over."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from knowledge.money import num
from knowledge.normalize import fold

# The field asked about, first match wins ("ile VAT na fakturze brutto 12 300?" asks the VAT)
_FIELDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("vat", re.compile(r"(?i)\bvat\w*\b|\bpodat\w*\b")),
    ("net", re.compile(r"(?i)\bnetto\b")),
    (
        "gross",
        re.compile(
            r"(?i)\bbrutto\b|\b[lł][aą]cznie\b|\brazem\b|\bdo\s+zap[lł]aty\b|\bna\s+(?:jak[aą]\s+kwot\w*|ile)\b"
            r"|\bwarto[sś][cć]\w*\b|\bkwot[aęy]\b|\bile\s+(?:ta|ten|to)\s+(?:faktur\w*|fv)\s+(?:jest|wynosi|ma)\W*$"
        ),
    ),
    (
        "date",
        re.compile(
            r"(?i)\bz\s+kt[oó]rego\s+dnia|\bz\s+kiedy\b|\bkiedy\s+(?:\w+\s+){0,2}(?:wystawi|podpisa|sporz[aą]dz|"
            r"spisa|odebra)\w*|\bjak[aą]\s+(?:\w+\s+)?dat\w*|\bdat[aęy]\b|\bkt[oó]rego\s+dnia"
        ),
    ),
    (
        "buyer",
        re.compile(
            r"(?i)\bna\s+kogo\b|\bnabywc\w*|\bdla\s+kogo\s+(?:\w+\s+)?wystawi|\bkto\s+(?:jest\s+)?(?:nabywc|p[lł]atnik|odbiorc)"
        ),
    ),
    (
        "items",
        re.compile(
            r"(?i)\bile\s+(?:\w+\s+)?pozycj\w*|\bjakie\s+(?:\w+\s+)?pozycj\w*|\bco\s+(?:jest|by[lł]o|kupili\w*)\s+na\b"
            # "a na tej fakturze z 2024 co było?": the question word after the document
            r"|\bna\s+(?:t[eę]j\s+|tamt\w+\s+)?(?:\w+\s+)?faktur\w*[^?]{0,30}?\bco\s+(?:jest|by[lł]o)\b"
        ),
    ),
    (
        "seller",
        re.compile(
            r"(?i)\bkto\s+(?:\w+\s+)?(?:wystawi|sprzeda|dostarczy|przekaza)\w*|\bsprzedawc\w*|\bdostawc\w*|\bod\s+kogo\b"
            r"|\bwystawc\w*"
        ),
    ),
    # "kto podpisał protokół?", "czy protokół jest podpisany?": whether the signatures are filled in
    ("signed", re.compile(r"(?i)\bkto\s+(?:\w+\s+)?podpisa\w*|\bpodpisan\w*|\bpodpis\w*\s+(?:s[aą]|jest)")),
    # "jaki jest termin płatności?": not read from invoices – said so
    ("due", re.compile(r"(?i)\btermin\w*\s+(?:\w+\s+)?p[lł]atno|\bdo\s+kiedy\s+(?:\w+\s+)?(?:zap[lł]aci|p[lł]aci)")),
    (
        "number",
        re.compile(
            # "jaki jest numer infolinii?" asks for a phone, not the document's number
            r"(?i)\bjaki\w*\s+(?:\w+\s+)?(?:numer|nr)\b(?!\s+(?:infolini|telefon|kontakt|konta|rachunk|teryt|nip))"
            r"|\bnumer\w*\s+(?:tej|tego|ma|faktur|protok)"
        ),
    ),
)
# A question for a fact, not a statement ("VAT odliczamy") nor a yes/no rule ("czy VAT z faktury jest kwalifikowalny?")
_ASKED = re.compile(
    r"(?i)\b(?:ile|jak[aiey]\w*|kiedy|kto|z\s+kt[oó]rego|z\s+kiedy|podaj\w*|poka[zż]\w*|od\s+kogo|na\s+ile|na\s+kogo|"
    r"dla\s+kogo|co\s+(?:jest|by[lł]o))\b"
)
_NOT_A_FACT = re.compile(
    r"(?i)^\W*(?:a\s+|i\s+)?czy\b|kwalifik|przejd|przechodz|odpad|odrzuc|limit|doradz|mie[sś]ci|nale[zż]y|trzeba|musi"
    # "jednak odliczamy VAT – pokaż raport jeszcze raz": the report's parameter, not the document's VAT
    r"|raport|odlicz|odzysk|zestaw"
    # "ile łącznie możemy rozliczyć?": what counts, for the report to say
    r"|rozlicz|mo[zż]emy|wolno|dostaniemy|zwr[oó]c|refund"
)
# "a ta druga faktura, za laptopy – z nią wszystko w porządku?": the verdict on that document
ALL_RIGHT = re.compile(
    r"(?i)wszystko\s+(?:jest\s+)?(?:ok|okej|w\s+porz[aą]dku|dobrze)|\bjest\s+(?:ok|okej|w\s+porz[aą]dku)\b|\bprzejdzie\b"
)
# "ta faktura za firewall", "na tej fakturze za serwer", "ta druga faktura, za laptopy", "a protokół"
_DOCUMENT = re.compile(
    r"(?i)\b(?:(?P<ord>pierwsz\w*|drug\w*|ostatni\w*|tamt\w*)\s+)?(?P<kind>faktur\w*|fv\b|fakturk\w*|protok[oó][lł]\w*|"
    r"korekt\w*)(?:\W{0,3}(?:za|na|dla|od|z)\s+(?P<what>[^?,.;:–—-]{3,40}?))?(?=\s*(?:[?,.;:–—-]|\s(?:ma|jest|wynosi|"
    r"by[lł]\w*|ile|z\s+kt[oó]rego|kiedy|kto|wystawi\w*|razem|[lł][aą]cznie|w\s+sumie|brutto|netto|vat)\b|$))"
)
_BUYER_US = re.compile(
    r"(?i)\bnabywc\w*.{0,30}\b(?:to\s+)?(?:my|nas|nasz\w*)\b|\bfaktur\w*\s+(?:\w+\s+){0,2}na\s+nas\b|\bna\s+nas\s+"
    r"(?:jest\s+)?wystawion"
)
_WHOLE = re.compile(r"(?i)\b(?:[lł][aą]cznie|razem|ca[lł]\w*|wszystk\w*|ogó[lł]em|ogo[lł]em)\b")
_FOR_THING = re.compile(r"(?i)\bza\s+(?P<x>[^\W\d][\w-]+(?:\s+[^\W\d][\w-]+)?)")
_KIND_PL = {"invoice": "Faktura", "correction": "Faktura korygująca", "protocol": "Protokół odbioru"}
_UNSURE = " (odczyt niepewny – sprawdź na dokumencie)"


def field_asked(text: str) -> str | None:
    """The fact of a document a message asks for, if it asks one.

    >>> [field_asked(t) for t in ("ile wynosi VAT na tej fakturze za serwer?", "a protokół – z którego dnia jest?",
    ...                           "ile ta faktura za firewall ma łącznie brutto?", "kto wystawił fakturę?",
    ...                           "na kogo jest wystawiona faktura?", "jakie pozycje są na fakturze?")]
    ['vat', 'date', 'gross', 'seller', 'buyer', 'items']
    >>> field_asked("VAT odliczamy"), field_asked("czy VAT z faktury jest kwalifikowalny?")
    (None, None)
    >>> field_asked("jednak odliczamy VAT – pokaż raport jeszcze raz"), field_asked("ile łącznie możemy rozliczyć?")
    (None, None)
    """
    if _BUYER_US.search(text):
        return "buyer"  # "a nabywca na fakturze to my?", "czy faktura jest na nas?"
    when = re.search(r"(?i)\bkiedy\b|\bdat[aęy]\b|\bkt[oó]rego\s+dnia", text)  # "kiedy został podpisany?": the date
    if not when and re.search(r"(?i)\bprotok[oó][lł]\w*.{0,25}\bpodpisan\w*|\bpodpisan\w*.{0,25}\bprotok", text):
        return "signed"  # "a czy protokół jest podpisany?": a yes/no about the document, not a rule
    if not _ASKED.search(text) or _NOT_A_FACT.search(text):
        return None
    return next((name for name, pattern in _FIELDS if pattern.search(text)), None)


def pointed(text: str) -> bool:
    """The document is singled out by what it is for or by its place ("ta faktura za laptopy", "ta druga faktura")."""
    named = _DOCUMENT.search(text)
    return named is not None and bool(named.group("what") or named.group("ord"))


def documents_meant(
    text: str, stored: Sequence[Any], fits: Callable[[Sequence[Any], str], list[Any]]
) -> list[Any] | None:
    """The stored documents a message points at ("ta faktura za firewall", "ta druga faktura", "protokół"), None
    when it names no document. `fits` finds the documents a description fits (their lines, dates)."""
    named = _DOCUMENT.search(text)
    if named is None:
        return None
    kind = named.group("kind").casefold()
    kinds = ("protocol",) if kind.startswith("protok") else ("correction",) if kind.startswith("korekt") else None
    pool = [d for d in stored if d.kind in (kinds or ("invoice", "correction"))]
    what = (named.group("what") or "").strip()
    if what:
        fitting = fits(pool, what)
        pool = fitting or pool if len(pool) == 1 else fitting
    ordinal = (named.group("ord") or "").casefold()
    if ordinal and len(pool) >= 2 and not what:
        pool = [pool[0]] if ordinal.startswith("pierwsz") else [pool[1]] if ordinal.startswith("drug") else [pool[-1]]
    return pool


def line_part(document: Any, field: str, text: str) -> str:
    """ "w tym pozycja „Firewall …”: …" when the invoice has several lines and the thing the message names ("ta
    faktura za firewall", "ile netto za laptopy na tej fakturze?") is exactly one of them; the total alone answers
    "łącznie", "razem"."""
    items = getattr(document, "items", ())
    named = _DOCUMENT.search(text)
    # "ile brutto za laptopy na fakturze za firewall?": the line is the thing said apart from the document's own
    apart = [
        m.group("x") for m in _FOR_THING.finditer(text) if named is None or not named.start() <= m.start() < named.end()
    ]
    about = (apart[0] if apart else (named.group("what") if named else "") or "").strip()
    if field not in ("gross", "net", "vat") or len(items) < 2 or not about or _WHOLE.search(text):
        return ""
    stems = [w[:5] for w in re.findall(r"\w{4,}", fold(about))]
    lines = [i for i in items if stems and all(s in fold(i.name) for s in stems)]
    if len(lines) != 1:
        return ""
    line, currency = lines[0], getattr(document, "currency", None) or "PLN"
    figures = [(k, v) for k, v in (("netto", line.net), ("VAT", line.vat), ("brutto", line.gross)) if v is not None]
    if not figures:
        return ""
    return f" W tym pozycja „{line.name}”: " + ", ".join(f"{k} {_money(v, currency)}" for k, v in figures) + "."


def fact_line(document: Any, field: str) -> str:
    """One document's answer to the field asked, with its kind, number and file."""
    kind = _KIND_PL.get(str(document.kind), "Dokument")
    number = f" nr {document.number}" if document.number else ""
    head = f"{kind}{number} ({document.file})"
    unsure = set(document.uncertain)
    if field == "date":
        return head + ": " + _dates(document, unsure)
    if field in _PARTY:
        return head + ": " + _party(getattr(document, field), *_PARTY[field], unsure, field)
    if field == "items":
        names = "; ".join(
            f"{i.name}" + (f" × {i.qty.normalize():f}" if i.qty is not None else "") for i in document.items
        )
        count = len(document.items)
        net, gross = getattr(document, "net_total", None), getattr(document, "gross_total", None)
        totals = ""
        if net is not None and "net_total" not in unsure:
            totals = f"; razem netto {num(net)} zł" + (f", brutto {num(gross)} zł" if gross is not None else "")
        return f"{head}: {count} poz." + (f" – {names}" if names else "") + totals + _mark(unsure, "items") + "."
    if field == "signed":
        if not hasattr(document, "signatures_filled"):
            return f"{head}: podpisy sprawdzam tylko na protokołach odbioru."
        filled = document.signatures_filled
        signatures = {
            True: "podpisy są wypełnione",
            False: "brak podpisów",
            None: "nie udało się ustalić, czy jest podpisany",
        }
        return f"{head}: {signatures[filled]}; nazwisk nie odczytuję – sprawdź je na dokumencie."
    if field == "due":
        return f"{head}: terminu płatności nie odczytuję (wstępna kontrola go nie potrzebuje) – sprawdź na dokumencie."
    if field == "number":
        said = f"numer {document.number}" if document.number else "numeru nie udało się odczytać"
        return f"{kind} ({document.file}): {said}" + _mark(unsure, "number") + "."
    if not hasattr(document, "gross_total"):
        return head + ": protokół odbioru nie podaje kwot – są na fakturze."
    currency = document.currency or "PLN"
    figures = {"gross": document.gross_total, "net": document.net_total, "vat": document.vat_total}
    label = {"gross": "razem brutto", "net": "razem netto", "vat": "VAT razem"}
    if figures[field] is None:
        return f"{head}: tej kwoty nie udało się odczytać."
    said = f"{head}: {label[field]} {_money(figures[field], currency)}" + _mark(unsure, f"{field}_total")
    others = [f"{label[k].replace('razem ', '')} {_money(v, currency)}" for k, v in figures.items() if k != field and v]
    if field == "vat" and len(document.vat_summary) > 1:
        rates = [_rate(s.rate) + ": " + _money(s.vat, currency) for s in document.vat_summary if s.vat is not None]
        others.insert(0, "wg stawek " + ", ".join(rates))
    return said + (f" ({'; '.join(others)})" if others else "") + "."


def whole_asked(text: str) -> bool:
    """ "ile to netto razem?", "łącznie", "wszystkie": the whole set asked, not one document."""
    return _WHOLE.search(text) is not None


def sum_line(documents: Sequence[Any], field: str) -> str | None:
    """ "ile jest na tych fakturach razem brutto?": the sum over the invoices meant, when each amount was read in one
    currency; a sum holding an uncertain amount is said to be uncertain. None for a single document or no amount."""
    if field not in ("gross", "net", "vat") or len(documents) < 2:
        return None
    attribute = {"gross": "gross_total", "net": "net_total", "vat": "vat_total"}[field]
    values: list[Decimal] = [v for d in documents if (v := getattr(d, attribute, None)) is not None]
    currencies = {d.currency or "PLN" for d in documents}
    if len(values) != len(documents) or len(currencies) != 1:
        return None
    unsure = any(f"{field}_total" in set(d.uncertain) for d in documents)
    label = {"gross": "brutto", "net": "netto", "vat": "VAT"}[field]
    total = sum(values, Decimal(0))
    return (
        f"Razem {label} na {len(documents)} dokumentach: {_money(total, currencies.pop())}"
        + (_UNSURE if unsure else "")
        + "."
    )


_PARTY = {"seller": ("sprzedawca", "sprzedawcy"), "buyer": ("nabywca", "nabywcy")}


def _party(party: Any, role: str, role_of: str, unsure: set[str], field: str) -> str:
    """ "sprzedawca NetSecure Sp. z o.o., NIP 5261048209." – what was read of one party, uncertain marked."""
    if not party.name and not party.nip:
        return f"{role_of} nie udało się odczytać."
    nip = f", NIP {party.nip}" if party.nip else ""
    return f"{role} {party.name or 'bez odczytanej nazwy'}{nip}" + _mark(unsure, f"{field}_") + "."


def _dates(document: Any, unsure: set[str]) -> str:
    if hasattr(document, "issue_date"):
        parts = [
            f"wystawiona {_day(document.issue_date)}" + _mark(unsure, "issue_date") if document.issue_date else "",
            f"data sprzedaży {_day(document.sale_date)}" + _mark(unsure, "sale_date") if document.sale_date else "",
        ]
    else:
        parts = [f"z dnia {_day(document.date)}" + _mark(unsure, "date") if document.date else ""]
    said = ", ".join(p for p in parts if p)
    return (said or "daty nie udało się odczytać") + "."


def _rate(rate: str) -> str:
    return f"{rate}%" if rate.isdigit() else rate


def _mark(unsure: set[str], field: str) -> str:
    return _UNSURE if any(u.startswith(field) for u in unsure) else ""


def _day(value: date) -> str:
    return f"{value:%d.%m.%Y}"


def _money(value: Decimal, currency: str) -> str:
    return f"{num(value)} {'zł' if currency == 'PLN' else currency}"


# "ile tam jest VAT?", "a na niej brutto?": the document talked about, pointed at without its name
_POINTED_AT = re.compile(r"(?i)\b(?:tam|na\s+niej|na\s+nim|w\s+niej|w\s+nim|jej|jego|tej|tego|t[aą]|ten)\b")


def about_the_last(text: str) -> bool:
    """A fact asked of the document talked about without naming it: pointed at ("ile tam VAT?") or asked in a few
    words ("a netto ile?") – not a question of its own ("a diagnozę do kiedy mamy zrobić?").

    >>> about_the_last("ile tam jest VAT?"), about_the_last("a netto ile?")
    (True, True)
    >>> about_the_last("a diagnozę do kiedy mamy zrobić?")
    False
    """
    return bool(_POINTED_AT.search(text)) or len(text.split()) <= 4
