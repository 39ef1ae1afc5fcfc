"""Seller / buyer / recipient blocks, single-column or side by side as pdfplumber flattens them."""

from __future__ import annotations

import dataclasses
import itertools
import re
from dataclasses import dataclass

from rapidfuzz import fuzz

from extractors.models import Party
from knowledge.normalize import fold

from .layout import Cell, cells, raw_span
from .nip import find_nips, is_valid
from .text import Line

SELLER_LABELS = ("sprzedawca", "sprzedający", "wystawca", "dostawca", "wykonawca", "przekazujący", "zbywca")
BUYER_LABELS = ("nabywca", "kupujący", "zamawiający", "płatnik", "odbierający", "przyjmujący", "przejmujący")
RECIPIENT_LABELS = ("odbiorca",)

_ROLE_WORDS = (
    # KSeF's visualisation: Podmiot1 is the seller, Podmiot2 the buyer ("Podmiot3" is a third party)
    r"podmiot\s?[12](?!\d)|sprzedawc[ay]|sprzedając[yegoa]+|wystawc[ay]|dostawc[ay]|wykonawc[ay]|"
    r"przekazując[yegoa]+|zbywc[ay]|nabywc[ay]|kupując[yegoa]+|zamawiając[yegoa]+|płatnik|odbierając[yegoa]+|"
    r"przyjmując[yegoa]+|przejmując[yegoa]+|odbiorc[ay]|usługodawc[ay]|usługobiorc[ay]|"
    # a contract's parties: "Zleceniodawca" orders (the unit), "Zleceniobiorca" carries out
    r"zleceniodawc[ay]|zleceniobiorc[ay]|"
    # the bill-to block of an ERP's layout beside its "Adres dostawy": the buyer
    r"adres\s+(?:do\s+)?faktur[yaę]|adres\s+rozliczeniowy|"
    # a web shop's bill-to block beside its "Adres dostawy"
    r"dane\s+do\s+faktury|"
    # a service provider's customer ("Klient:", "Abonent:"), never "Identyfikator klienta"
    r"klient|abonent|"
    # an ERP's one party of a sales document ("Kontrahent:  [GM_WADOWICE]"), never "kod kontrahenta"
    r"kontrahent(?!\w)"
)
_LABEL_RE = re.compile(
    # "Verkäufer / Sprzedawca", "Buyer / Nabywca": the other language first, then the Polish role
    r"(?i)(?<![\w])(?:(?:verk[äa]ufer|k[äa]ufer|seller|buyer|vendor|supplier|customer|lieferant|kunde|auftraggeber|"
    r"bil[li]\s*-?\s*to|invoice\s+to|"  # "Bili to": OCR reads the second l as i
    # the slash OCR reads as "I", "l" or "|" between spaces ("Verkaufer I Sprzedawca")
    r"rechnungsempfänger|leistungsempfänger|"
    # the ordering party's other name before its role ("Inwestor / Zamawiający", "Beneficjent / Nabywca")
    r"inwestor|beneficjent|grantobiorca)(?:\s*/\s*|\s+[|Il]\s+))?"
    rf"(?:dane\s+|strona\s+|jednostka\s+)?({_ROLE_WORDS})(?![\w])\s*(?:\(.*?\))?"
    # "Wykonawca / Sprzedawca", "Nabywca / Buyer": a second name of the same role is part of the label
    rf"(?:\s*/\s*(?:seller|buyer|ship-to|supplier|customer|vendor|bill-to|sold-to|recipient|payer|purchaser|client|"
    # "Nabywca / Käufer", "Sprzedawca / Verkäufer": a German second name
    r"verk[äa]ufer|k[äa]ufer|lieferant|kunde|auftraggeber|rechnungsempf[äa]nger|leistungsempf[äa]nger|empf[äa]nger|"
    rf"{_ROLE_WORDS})(?![\w]))?"
    r"\s*(?P<colon>:)?"
)
# A line that only names a role (a second-language heading under the Polish one: "Seller", "Buyer").
_LABEL_ONLY = re.compile(
    rf"(?i)^(?:{_ROLE_WORDS}|seller|buyer|vendor|supplier|customer|client|purchaser|issuer|contractor|payer|"
    r"recipient|bil+\s*-?\s*to|ship\s*-?\s*to|sold\s*-?\s*to)(?:\s*/\s*\w+)?\s*:?$"
)
_LEGAL_FORM = re.compile(
    r"(?i)\b(?:sp\.?\s*z\s*o\.?\s*o\.?|spółka\s+z\s+ograniczoną\s+odpowiedzialnością|s\.\s?a\.|"
    r"sp\.?\s*k\.|sp\.?\s*j\.|spółka\s+(?:jawna|komandytowa|akcyjna|cywilna)|s\.c\.)"
)
LEGAL_FORM = _LEGAL_FORM
# Public bodies start their names with one of these; it is where a flattened two-column line splits.
_PUBLIC_START = re.compile(
    r"(?<=\s)(?:Gmina|Powiat|Miasto|Urząd|Starostwo|Województwo|Szkoła|Zespół|Przedszkole|Centrum|Ośrodek|"
    r"Biblioteka|Gminn[ya]|Powiatow[ya]|Miejsk[ia]|Samorząd|Zarząd|Skarb|Instytut|Szpital|Dom|Publiczn[ya]|"
    r"Ochotnicza|Komenda|Liceum|Technikum|Żłobek|Muzeum|Wojewódzk[ia]|Regionaln[ya]|Starostwo)\b"
)
_ADDRESS_HINT = re.compile(r"(?i)\d{2}-\d{3}|^(?:ul\.|al\.|pl\.|os\.)|\bNIP\b|\bREGON\b|\bKRS\b|\btel\b|@|\bBDO\b")
# A name that is only the kind of unit, and the words that complete it on the next line.
_LEVEL_ONLY = re.compile(r"(?i)(?:gmina|powiat|miasto|województwo|gmina\s+(?:miasta|miejska|wiejska|miejsko-wiejska))")
_NAME_REST = re.compile(
    r"\s*(?!(?i:urząd|urzad|starostwo|szkoła|szkola|zespół|ośrodek|centrum|biblioteka)\b)"
    r"((?:(?!(?i:data|nip|ul\.|al\.|termin|forma|sposób|nr)\b)[A-ZŁŚŻŹĆŃÓĘĄ][\w\-]+)(?:\s+(?!(?i:data|nip|ul\.|termin|forma|sposób|nr)\b)[A-ZŁŚŻŹĆŃÓĘĄ][\w\-]+){0,2})"
)
_SIDEBAR_END = re.compile(r"(?i)^(?:rachunek|konto|kontakt|bank|daty|p[łl]atno[śs][ćc])\b")
_OTHER_COLUMN_INDENT = 30  # characters right of a party heading where the other column starts
_STOP = re.compile(
    r"(?i)^(?:lp\.?|l\.p\.?|nazwa\s+towaru|nazwa\s+(?:usługi|produktu)|pozycje|termin\s+płatności|"
    r"sposób\s+płatności|forma\s+płatności|(?:sposób|forma|termin)\s+zapłaty|miejsce\s+wystawienia|nr\s+konta|numer\s+konta|bank|"
    # a date label, not a name beginning with "Data" ("Data Storage Polska sp. z o.o.")
    r"data\s+(?:wystawienia|sprzedaży|sprzedazy|dostawy|wykonania|zapłaty|płatności|dokumentu|zakończenia|odbioru|"
    r"wyst\.|sprz\.|\S*:|\d)|"
    r"p[łl]atno[śs][ćc]|dane\s+do\s+(?:przelewu|p[łl]atno[śs]ci)|adres\s+(?:dostawy|korespondencyjny)|"
    r"miejsce\s+dostawy|warunki\s+p[łl]atno[śs]ci|podstawa\s*:)\b"
)
# Headings of blocks printed beside a party (payment, delivery): they bound the party's column.
_NEIGHBOUR_HEADING = re.compile(
    # "Użytkownik licencji" beside "Odbiorca (Zamawiający)": the licence user's block, not the buyer's
    r"(?i)^(?:u[żz]ytkownik\w*(?:\s+licencji)?|licencjobiorc\w*|p[łl]atno[śs][ćc]|(?:sposób|forma|warunki|termin)\s+(?:p[łl]atno[śs]ci|zap[łl]aty)|dane\s+do\s+(?:przelewu|"
    r"p[łl]atno[śs]ci)|rachunek\s+bankowy|konto\s+bankowe|adres\s+(?:dostawy|korespondencyjny)|"
    r"miejsce\s+dostawy|dostawa|szczegó[łl]y|informacje|daty|terminy|dane\s+(?:faktury|dokumentu|sprzeda\w*)|dokument\w*|"
    # a customer's number in the provider's system, printed beside the customer's block
    r"identyfikator\s+(?:klienta|abonenta)|(?:numer|nr|id|kod)\s+(?:klienta|abonenta)|"
    r"podmiot\s+(?:trzeci|3)|data\s+(?:wystawienia|sprzedaży|dostawy|wykonania)|okres\s+(?:rozliczeniow\w*|świadczenia|usługi)|(?:service|billing)\s+period|payment)\b"
)


def _clip(line: Line, limit: int | None) -> Line:
    """The part of a layout line left of column `limit` (a neighbouring block's column)."""
    if limit is None or len(line.raw) <= limit:
        return line
    kept = [c for c in cells(line.raw) if c.start < limit - 1]
    if not kept:
        return Line(line.raw[:0], "")
    raw = line.raw[: kept[-1].end]
    return Line(raw, re.sub(r"\s+", " ", raw).strip())


def _from_column(line: Line, column: int) -> Line:
    """The part of a layout line from column `column` on (the cells that end right of it)."""
    if column <= 0:
        return line
    kept = [c for c in cells(line.raw) if c.end > column]
    if not kept:
        return Line(line.raw[:0], "")
    raw = " " * kept[0].start + line.raw[kept[0].start :]
    return Line(raw, re.sub(r"\s+", " ", raw).strip())


def _neighbour_column(line: Line, label: _Label) -> int | None:
    """Where a block printed right of this party's heading starts (PŁATNOŚĆ, Adres dostawy), or the
    document's data far right of it ("Płatnik / Nabywca      Dok. pierwotny   9067580101")."""
    span = raw_span(line, label.start, max(1, label.end - label.start))
    if span is None:
        return None
    row = cells(line.raw)
    for k, cell in enumerate(row):
        if cell.start > span[1] + 2 and _NEIGHBOUR_HEADING.match(cell.text):
            return cell.start
        far = cell.start >= span[1] + _OTHER_COLUMN_INDENT and not re.search(r"\d", cell.text)
        if far and k + 1 < len(row) and re.fullmatch(r"[\d./-]{4,}", row[k + 1].text.strip()):
            return cell.start
    return None


def _role(label: str) -> str:
    word = label.lower().replace(" ", "")
    if word.startswith("podmiot"):
        return "buyer" if word.endswith("2") else "seller"
    if word.startswith(("odbiorc",)):
        return "recipient"
    if word.startswith(
        (
            "nabyw",
            "kupuj",
            "zamawiaj",
            "płatnik",
            "odbieraj",
            "przyjmuj",
            "przejmuj",
            "usługobior",
            "zleceniodaw",
            "klient",
            "abonent",
            "kontrahent",
            "adres",
            "danedofaktury",
        )
    ):
        return "buyer"
    return "seller"


@dataclass(frozen=True, slots=True)
class _Label:
    role: str
    start: int
    end: int


_SHORT_HEADINGS = {"od": "seller", "dla": "buyer", "from": "seller", "to": "buyer", "bill to": "buyer"}


def _short_headings(line: Line) -> list[_Label]:
    """ "OD" / "DLA" as the only cells of a line: the seller's and the buyer's column headings."""
    parts = [p for p in cells(line.raw) if not _NEIGHBOUR_HEADING.match(p.text)]
    if not 1 <= len(parts) <= 2 or not all(p.text.strip(" :").lower() in _SHORT_HEADINGS for p in parts):
        return []
    out, offset = [], 0
    for p in parts:
        word = p.text.strip(" :")
        start = line.text.find(p.text.strip(), offset)
        offset = start + len(p.text.strip())
        out.append(_Label(_SHORT_HEADINGS[word.lower()], start, offset))
    return out if len({lab.role for lab in out}) == len(out) else []


def _right_short_heading(line: Line) -> list[_Label]:
    """ "Dla:" (or "Od:") with its colon, the last cell of a laid-out line far right of the rest
    ("Faktura VAT EZD/2026/0244/F        Dla:"): the heading of the party printed under it."""
    row = cells(line.raw)
    if len(row) < 2 or row[-1].start - row[-2].end < 8:
        return []
    word = row[-1].text.strip()
    if not word.endswith(":") or word.strip(" :").lower() not in _SHORT_HEADINGS:
        return []
    start = len(line.text) - len(word)
    return [_Label(_SHORT_HEADINGS[word.strip(" :").lower()], start, len(line.text))]


# "Wykonawca szkolenia", "Zamawiający usługę": a role and one or two lower-case words saying of what,
# a cell of its own in a laid-out line (the party's column heading).
_QUALIFIER = re.compile(r"(?:\s+[a-ząćęłńóśźż]{3,}){1,2}\s*:?")


def _qualified_heading(line: Line, m: re.Match[str]) -> int:
    """Where the heading ends when the role and its qualifier are a cell of their own, else 0."""
    if not _is_layout(line):
        return 0
    tail = _QUALIFIER.match(line.text[m.end(1) :])
    if tail is None:
        return 0
    whole = " ".join((m.group(1) + tail.group(0)).split())
    return m.end(1) + len(tail.group(0)) if any(" ".join(c.text.split()) == whole for c in cells(line.raw)) else 0


def _sentence(line: Line, rest: str) -> bool:
    """The rest of a line after a role is a sentence: a lower-case verb and more words, one phrase."""
    words = rest.split()
    if len(words) < 3 or re.fullmatch(r"[a-ząćęłńóśźż]{4,}", words[0]) is None:
        return False
    # one phrase – or a long one that a wide gap (OCR's "lit.  c") split into cells
    parts = cells(line.raw)
    return len(parts) == 1 or len(parts[0].text.split()) >= 8


# A heading's word and the invoice's role in brackets after it ("Wystawca noty (nabywca):" – a buyer's note).
_BRACKET_ROLE = re.compile(rf"^\s*(?:[a-ząćęłńóśźż]+\s+)?\((?i:\s*({_ROLE_WORDS})\s*)\)\s*:?")


def _bracketed_role(line: Line, m: re.Match[str]) -> _Label | None:
    text = line.text
    inner = re.search(rf"(?i)\(\s*({_ROLE_WORDS})\s*\)", m.group(0))
    tail = None if inner or m.group("colon") else _BRACKET_ROLE.match(text[m.end() :])
    found = inner or tail
    if found is None:
        return None
    word = m.group(1).lower()
    if text[: m.start()].strip() and not any(c.text.strip().lower().startswith(word) for c in cells(line.raw)):
        return None  # a heading: at the line's start or a column of its own
    role = _role(found.group(1))
    if role not in ("seller", "buyer") or role == _role(m.group(1)):
        return None
    return _Label(role, m.start(), m.end() + (tail.end() if tail else 0))


def _taken_in_brackets(line: Line, m: re.Match[str], found: list[_Label]) -> bool:
    """True when the match is used up: the role in brackets of the heading just taken, or a heading whose
    invoice role stands in brackets ("Wystawca noty (nabywca):", "Odbiorca noty (sprzedawca)": the
    bracket wins), then added to `found`."""
    if any(lab.start <= m.start() < lab.end for lab in found):
        return True
    bracketed = _bracketed_role(line, m)
    if bracketed is not None:
        found.append(bracketed)
    return bracketed is not None


def _fixed_headings(line: Line) -> list[_Label]:
    """ "OD" / "DLA", "Dla:" far right, a "PODATNIK" sidebar: headings of a fixed shape."""
    short = _short_headings(line) or _right_short_heading(line)
    if short:
        return short
    if re.fullmatch(r"PODATNIK:?", line.text.strip()):
        # a sidebar headed "PODATNIK" (the taxpayer issuing the invoice): the seller, only as a heading alone
        start = line.text.index("PODATNIK")
        return [_Label("seller", start, start + len("PODATNIK"))]
    return []


# A note's party heading naming its issuer or addressee, then the invoice's role after a dash or in
# brackets ("Wystawca noty – nabywca:", "Adresat noty – sprzedawca:", "Odbiorca korekty (sprzedawca)"):
# the invoice's role is the party's, whatever the first word is.
_DOCUMENT_PARTY = re.compile(
    r"(?i)(?<![\w])(?:wystawc[ay]|adresat|odbiorc[ay]|nadawc[ay])\s+(?:noty|korekty|dokumentu|pisma)\s*"
    rf"(?:[–—-]\s*({_ROLE_WORDS})(?![\w])|\(\s*({_ROLE_WORDS})\s*\))\s*:?"
)


def _document_party_headings(line: Line) -> list[_Label]:
    """The note's party headings of a line, each at the line's start or a cell of its own."""
    out: list[_Label] = []
    starts = {c.start for c in cells(line.raw)} if _is_layout(line) else set()
    for m in _DOCUMENT_PARTY.finditer(line.text):
        at_start = not line.text[: m.start()].strip()
        if not at_start and _raw_offset(line, m.start()) not in starts:
            continue
        role = _role(m.group(1) or m.group(2))
        if role in ("seller", "buyer"):
            out.append(_Label(role, m.start(), m.end()))
    return out


def _labels(line: Line) -> list[_Label]:
    fixed = _fixed_headings(line)
    if fixed:
        return fixed
    found: list[_Label] = _document_party_headings(line)
    own_cells = {c.text.strip(" :").lower() for c in cells(line.raw)}
    for m in _LABEL_RE.finditer(line.text):
        if _taken_in_brackets(line, m, found):
            continue
        # A label is a heading: at the start of the line, with a colon, or as a column heading
        # (the last thing on the line, or a cell of its own in a laid-out line).
        rest = line.text[m.end() :].strip()
        at_start = line.text[: m.start()].strip() == ""
        qualified = _qualified_heading(line, m)
        own_cell = m.group(0).strip(" :").lower() in own_cells
        if _SIGNATURE_CAPTION.search(line.text[: m.start()]):
            continue  # "podpis odbiorcy   podpis wystawcy": a caption under a signature, no party heading
        if _SAME_AS.search(line.text[: m.start()]):
            continue  # "jak nabywca" in the payer's column: a value, no heading
        if at_start and not m.group("colon") and _sentence(line, rest):
            continue  # "Zamawiający potwierdza odbiór …": the role as a sentence's subject
        if at_start or m.group("colon") or not rest or own_cell or qualified:
            found.append(_Label(_role(m.group(1)), m.start(), max(m.end(), qualified)))
            continue
        named = _NAMED_IN_BRACKETS.search(line.text[: m.start()])
        closing = re.match(r"\s*\)\s*:?", line.text[m.end() :])
        heading = (
            named is not None
            and closing is not None
            and (":" in closing.group(0) or line.text[named.start(1) : m.end() + closing.end()].lower() in own_cells)
        )
        if (
            named
            and closing
            and heading
            and not _SIGNATURE_CAPTION.search(line.text[: named.start(1)] + named.group(1) + " ")
        ):
            # "Użytkownik (Zamawiający):", "Inwestor (Nabywca)": the heading's role is the one in brackets
            found.append(_Label(_role(m.group(1)), named.start(1), m.end() + closing.end()))
    found.sort(key=lambda lab: lab.start)
    if not found or found[0].start > 0:
        fuzzy = _fuzzy_label(line.text)
        if fuzzy is not None:
            found.insert(0, fuzzy)
    if len(found) == 1 and _is_layout(line):
        garbled = _fuzzy_cell_label(line, found[0])
        if garbled is not None:
            return sorted([found[0], garbled], key=lambda lab: lab.start)
    if len(found) == 1 and found[0].start > 0:
        left = line.text[: found[0].start].strip()
        # Side by side with the left heading unreadable ("=ca:", "Spre<cuawca"): a short token in its
        # place, then a wide gap, then the right heading.
        gap_before = re.search(r"\S\s{3,}" + re.escape(line.text[found[0].start : found[0].end].split()[0]), line.raw)
        title = re.search(r"(?i)faktur|rachun|korekt|koryguj|protok|nota\b|invoice", left)
        if gap_before and len(left.split()) <= 2 and not re.search(r"\d", left) and not title:
            other = "buyer" if found[0].role == "seller" else "seller"
            return [_Label(other, 0, 0), found[0]]
        # "Nabywca" alone at the right, beside the document's own data on the left
        return found if _right_heading(line, found[0]) else []
    return found


# A sole trader's business name ("Firma Handlowo-Usługowa …", "P.H.U. …") and its owner's name.
_TRADE_NAME = re.compile(
    r"(?i)(?:firma|przedsiębiorstwo|zakład|p\.?\s?h\.?\s?u\.?|f\.?\s?h\.?\s?u\.?|p\.?\s?p\.?\s?h\.?\s?u\.?)\b"
)
_NAME_WORD = r"[A-ZŁŚŻŹĆÓĘĄŃ][a-ząćęłńóśźż]+(?:-[A-ZŁŚŻŹĆ][a-ząćęłńóśźż]+)?"
_PERSON_NAME = re.compile(rf"{_NAME_WORD}\s+{_NAME_WORD}")
_SAME_AS = re.compile(r"(?i)\b(?:jak|jw\.?|tak\s+jak|taki\s+sam\s+jak|dane\s+jak)\s+$")
_SIGNATURE_CAPTION = re.compile(r"(?i)\b(?:podpis\w*|pieczę\w*|pieczątk\w*|upoważnion\w*)\s+(?:\w+\s+)?$")

# The word before a role in brackets, at the start of a line or of a cell: "Użytkownik (Zamawiający)".
_NAMED_IN_BRACKETS = re.compile(r"(?:^|\s)([A-ZŁŚŻŹĆ][\w-]+)\s*\(\s*$")

_NOT_HEADINGS = frozenset(
    {
        "podstawa",
        "podstawie",
        "dostawa",
        "dostawy",
        "dostawie",
        "dostaw",  # "dostaw realizowanych na podstawie umowy …" under a protocol's title (genitive plural)
        "dostawą",
        "dostawę",
        "wystawa",
        "nadawca",
        "sprawca",
        "sprzedaż",
        "sprzedaży",
    }
)


RIGHT_COLUMN_INDENT = 30  # characters: a heading alone this far right heads the right-hand column


def _right_heading(line: Line, label: _Label) -> bool:
    """A role heading that is the last cell of a laid-out line, far right of the rest."""
    span = raw_span(line, label.start, max(1, label.end - label.start))
    if span is None or not _is_layout(line):
        return False
    own = [c for c in cells(line.raw) if c.start <= span[0] < c.end]
    before = [c for c in cells(line.raw) if c.end <= span[0]]
    if not own or own[0] != cells(line.raw)[-1]:
        return False
    # beside other text with a wide gap, or alone but indented far into the page
    return span[0] - before[-1].end >= 8 if before else span[0] >= RIGHT_COLUMN_INDENT


_HEADINGS = ("sprzedawca", "nabywca", "dostawca", "zamawiający", "wykonawca")


def _near_heading(text: str, headings: tuple[str, ...] = _HEADINGS) -> bool:
    """A heading OCR garbled by a letter or two ("Ni abywca", "Odblorca")."""
    joined = "".join(text.split()).strip(":").lower()
    return len(joined) >= 6 and any(fuzz.ratio(joined, h) >= 80 for h in headings)


def _fuzzy_cell_label(line: Line, known: _Label) -> _Label | None:
    """The other role's heading in a cell of its own that OCR garbled ("Ni abywca H" beside
    "Sprzedawca:"): its first one or two words, joined, a letter or two from the heading."""
    wanted = (
        (("buyer", "nabywca"), ("buyer", "zamawiający"))
        if known.role == "seller"
        else (
            ("seller", "sprzedawca"),
            ("seller", "dostawca"),
            ("seller", "wykonawca"),
        )
    )
    offset = 0
    for cell in cells(line.raw):
        words = cell.text.split()
        start = line.text.find(words[0], offset) if words else -1
        offset = max(offset, start + len(cell.text.strip()))
        if start < 0 or known.start <= start < known.end or len(words) > 3:
            continue
        for count in (1, 2):
            joined = "".join(words[:count]).strip(":").lower()
            for role, heading in wanted:
                if len(joined) >= 6 and joined != heading and fuzz.ratio(joined, heading) >= 80:
                    return _Label(role, start, start + len(" ".join(words[:count])))
    return None


def _fuzzy_label(text: str) -> _Label | None:
    """A heading at the start of the line misread by OCR ("Sprzeuawca", "Nabvwca")."""
    m = re.match(r"([^\s:]{5,14})\s*:?", text)
    if not m:
        return None
    word = m.group(1).lower()
    if word.strip(":") in _NOT_HEADINGS:
        return None  # real words a letter away from a heading ("Podstawa:", "Dostawa")
    for role, heading in (("seller", "sprzedawca"), ("buyer", "nabywca"), ("seller", "dostawca")):
        if word != heading and fuzz.ratio(word, heading) >= 75:
            return _Label(role, 0, m.end())
    return None


_NAME_TAIL = re.compile(
    # What a neighbouring column or the title leaves after a name: a place and date, a document title.
    r"(?:,?\s+[A-ZŁŚŻŹĆ][\w-]+,?\s+(?:dnia\s+)?)?\d{1,4}[-.]\d{2}[-.]\d{2,4}.*$|"
    r"\s+(?:FAKTURA|Faktura|PROTOKÓŁ|Protokół|ORYGINAŁ|Oryginał|KOPIA|Kopia)\b.*$|\s+Nazwa:.*$"
)
# Labels of a neighbouring column that the line grouping put inside a name ("ELKOM Nr faktury Sp. z o.o.").
_INTRUDERS = re.compile(
    r"(?i)\s+(?:nr\s+faktury|numer\s+faktury|data\s+(?:wystawienia|sprzedaży|wyst\.|sprz\.)|"
    r"termin\s+płatności|miejsce\s+wystawienia)\b:?"
)


def first_phrase(text: str) -> str:
    """The text up to the first wide gap (where the next column starts), single-spaced.

    Monospace printouts space the words of one phrase by 2–3 already; their columns by many more.
    """
    text = text.strip()
    gaps = [len(g) for g in re.findall(r" +", text)]
    wide = 6 if gaps and min(gaps) >= 2 else 3
    return " ".join(re.split(f" {{{wide},}}", text, maxsplit=1)[0].split())


def _limited_form(m: re.Match[str]) -> str:
    form, sp = m.group(0), m.group(1)
    # "Śp." / "5p.": the S read with an accent or as a figure (no legal form spells either)
    if sp[0] in "Śś5":
        return "Sp. z o.o."
    # ("Sp. zo.o.": the space after the z lost – no program prints it so)
    return f"{sp} z o.o." if "0" in form or re.search(r"(?i)zz|oo|ż|2|z[o0]\.", form) else form


def ocr_legal_form(text: str) -> str:
    """A company's legal form as OCR may print it, spelt back: "Sp. Z 0.0.", "Sp. Zz 0.0.", "Sp. ż 0.0.",
    "Sp. 2 0.0.", "Śp. z 0.0.", "Sp. z 0.0" at the line's end (the o's read as zeros, the z doubled, dotted or
    read as a 2, the S with an accent; no company's form holds a digit or an Ś) → "Sp. z o.o.";
    "BEZPIECZNA GMINA 5.A." → "S.A."."""
    text = re.sub(
        r"(?<![\w.])([sś5]p\.?)\s*[zZżŻ2]{1,2}\s*(?=[o0]\.\s*[o0])[o0]\.\s*[o0]{1,2}(?:\.|(?=\s*$))",
        _limited_form,
        text,
        flags=re.I,
    )
    return re.sub(r"(?<=\w )5\.\s?A\.(?=\s|$)", "S.A.", text)


def _clean_name(text: str) -> str | None:
    text = _INTRUDERS.sub("", first_phrase(text))
    text = _NAME_TAIL.sub("", text)
    text = re.sub(r"(?i)\bNIP\b.*$", "", text)
    text = re.sub(r"(?i)^(?:nazwa|firma)\s*:\s*", "", text)
    # "Name, ul. Długa 5, 00-001 Miasto" printed on one line after the label.
    # A village address has no "ul.": "Gmina Wiśniowa, Wiśniowa 500, 32-412 Wiśniowa".
    text = re.split(
        r",\s*(?=ul\.|al\.|pl\.|os\.|\d{2}-\d{3}|adres|[^,\d]+\s\d+[a-zA-Z]?(?:/\d+[a-zA-Z]?)?\s*,\s*\d{2}-\d{3})",
        text,
        maxsplit=1,
    )[0].strip(" ,;:-")
    # "Firma Sp. z o.o. ul. Fabryczna 17": a letterhead's separators ("|") OCR dropped before the street
    text = re.split(r"\s+(?=(?:ul|al|pl|os)\.\s?[A-ZŁŚŻĆŹ][\w.\-]*(?:\s[\w.\-]+){0,2}\s\d)", text, maxsplit=1)[0]
    # a speck at the sheet's edge read as a letter (not "i", "w", "z": a name going on to the next line), or a
    # quotation mark ("Gmina Lubień „")
    text = re.sub(r"\s+[a-hj-vxyąćęłńóśźż]$|\s+[„”\"«»]$", "", text)
    # "Sp. Z 0.0.": OCR reads the o's of the legal form as zeros (no company's form has a digit)
    # ("Sp. Zz 0.0.", "Sp. z o.00.": a doubled letter, an o read twice)
    # ("Sp. ż 0.0.": the z read with a dot above it)
    # ("Sp. 2 0.0.": the z read as a 2 beside the zeros; "BEZPIECZNA GMINA 5.A.": the S of "S.A." as a 5)
    text = ocr_legal_form(text)
    # "„Sieci 6 Serwery”", "Sieci 6« Serwery", "„ALFA 6. OMEGA”", "„ALFA 6: OMEGA”": an ampersand between two
    # words read as a 6 (a speck or its tail after it as a mark); between two words in capitals also as an 8
    # ("„KOMP 8 NET”", "„ALFA 8. OMEGA”": a brand in capitals never spells a lone figure between its words)
    text = re.sub(r"(?<=[^\W\d_]{3} )6[«».:]?(?= (?!Sp\b|Sp\.)[A-ZŁŚŻŹĆ][^\W\d_]{2})", "&", text)
    text = re.sub(r"(?<=[A-ZĄĆĘŁŃÓŚŹŻ]{3} )8[.:]?(?= [A-ZĄĆĘŁŃÓŚŹŻ]{3}(?![a-ząćęłńóśźż]))", "&", text)
    # "Serwis !T Sp. z o.o.", "!Tech": an I read as "!" before capitals (no name holds "!" before a capital)
    text = re.sub(r"(?<![\w!])!(?=[A-ZĄĆĘŁŃÓŚŹŻ])", "I", text)
    # "… Sp. z o.o. Rechnungsnummer / Nur": a legal form ends the name; a label after it (a slash, a colon)
    # is the neighbouring column OCR drew near
    form = _LEGAL_FORM.search(text)
    if form is not None and re.search(r"[/:]", text[form.end() :]):
        text = text[: form.end()]
    # "Gmina Jeziorzany, Urząd Gminy Jeziorzany": the unit is the party, its office the address
    text = re.sub(r"(?i)^((?:gmina|powiat|miasto|województwo)\b[^,]*),\s*(?:urząd|starostwo)\b.*$", r"\1", text)
    if _near_heading(text) or _near_heading(text, ("odbiorca", "płatnik", "nadawca")):
        return None  # a heading OCR garbled ("Odblorca") is no party's name
    return text if len(text) >= 3 and re.search(r"[A-Za-zżźćńółęąśŻŹĆĄŚĘŁÓŃ]{2}", text) else None


def _split_two(line: Line) -> tuple[str, str] | None:
    """Left and right halves of a flattened two-column line, or None when it cannot tell."""
    gaps = [m for m in re.finditer(r"\S(\s{3,})\S", line.raw)]
    if gaps:
        widest = max(gaps, key=lambda m: len(m.group(1)))
        return line.raw[: widest.start(1)].strip(), line.raw[widest.end(1) :].strip()
    text = line.text
    legal = list(_LEGAL_FORM.finditer(text))
    for m in legal:
        if 0 < m.end() < len(text) - 2:
            return text[: m.end()].strip(), text[m.end() :].strip()
    public = _PUBLIC_START.search(text)
    if public and public.start() > 2:
        return text[: public.start()].strip(), text[public.start() :].strip()
    return None


# A few lower-case letters alone where a name's first line should be: OCR's reading of a stamp or a speck.
_SPECK = re.compile(r"[a-ząćęłńóśźż]{1,3}")


def _before_neighbour_cell(line: Line, far_right: int | None) -> Line:
    """The line up to a neighbouring block's label printed far right in it ("Płatność: przelew do …"
    beside the party's first line): what follows is that block's, never the party's."""
    if far_right is None or not line.text:
        return line
    cell = next((c for c in cells(line.raw) if c.start >= far_right and _NEIGHBOUR_HEADING.match(c.text)), None)
    return line if cell is None else _clip(line, cell.start)


def _neighbour_heading_column(lines: list[Line], index: int, label: _Label) -> int | None:
    """The column of the other party's heading printed a line above or below this one, further right
    (a curved or tilted photo breaks "Sprzedawca      Nabywca" into two lines): it bounds this block."""
    span = raw_span(lines[index], label.start, max(1, label.end - label.start))
    if span is None:
        return None
    for near in lines[max(0, index - 2) : index + 3]:
        if near is lines[index]:
            continue
        found = _labels(near)
        if len(found) != 1 or found[0].role == label.role:
            continue
        other = raw_span(near, found[0].start, max(1, found[0].end - found[0].start))
        if other is not None and other[0] - span[0] >= RIGHT_COLUMN_INDENT:
            return other[0]
    return None


def _beside_column(lines: list[Line], index: int, label: _Label) -> int | None:
    """Where unrelated text printed right of a heading starts, when the block itself is below the
    heading in its own column (the next line starts under the heading, not under that text)."""
    head = lines[index]
    span = raw_span(head, label.start, max(1, label.end - label.start))
    if span is None or not _is_layout(head):
        return None
    row = cells(head.raw)
    own = next((k for k, c in enumerate(row) if c.start <= span[0] < c.end), None)
    if own is None or own + 1 >= len(row) or row[own + 1].start - row[own].end < 8:
        return None
    right = row[own + 1]
    below = next((f for f in lines[index + 1 : index + 4] if f.text), None)
    if below is None:
        return None
    starts = [c.start for c in cells(below.raw)]
    under_label = any(abs(x - row[own].start) <= 3 for x in starts)
    under_right = any(abs(x - right.start) <= 3 for x in starts)
    return right.start if under_label and not under_right else None


def _right_part(line: Line, column: int) -> Line:
    """The cells of a layout line that reach into the right column starting near `column`
    (right-aligned names start left of their heading but end beyond it)."""
    kept = [c for c in cells(line.raw) if c.end > column]
    if not kept:
        return Line(line.raw[:0], "")
    raw = " " * kept[0].start + line.raw[kept[0].start :]
    return Line(raw, re.sub(r"\s+", " ", raw).strip())


# The field labels of a party block printed as a column of labels with the values right of them
# ("Nazwa        Teleinfo Sp. z o.o." / "Identyfikator podatkowy NIP    9760518658", KSeF's view).
_FIELD_LABEL = re.compile(
    r"(?i)^(?:nazwa(?:\s+(?:firmy|skrócona|pełna))?|firma|imię\s+i\s+nazwisko|adres(?:\s+siedziby)?|"
    r"(?:identyfikator\s+podatkowy\s+)?nip|regon|krs|kraj|telefon|tel\.?|e-?mail|kod\s+kraju|numer\s+we\s+flagi\s+ue)$"
)


def _label_column_block(lines: list[Line], index: int) -> list[str] | None:
    """A party block of "label   value" lines, as "label: value" strings (a value wrapped onto the next
    line, under the values, joins its label's); None when the block is not laid out so."""
    block: list[str] = []
    value_at: int | None = None
    for line in lines[index + 1 : index + 12]:
        row = cells(line.raw)
        if not row or line.raw == "\f":
            break
        if _FIELD_LABEL.match(row[0].text.strip(" :")) and len(row) >= 2:
            value_at = row[1].start if value_at is None else value_at
            if abs(row[1].start - value_at) > 2:
                return None
            label = row[0].text.strip(" :")
            block.append(row[1].text if label.casefold().startswith("adres") else f"{label}: {row[1].text}")
        elif block and value_at is not None and abs(row[0].start - value_at) <= 2 and len(row) <= 2:
            block[-1] = f"{block[-1]}, {row[0].text}"
        else:
            break
    names = [b for b in block if re.match(r"(?i)(?:nazwa|firma|imię)", b)]
    return block if len(block) >= 2 and names else None


def _one_block(lines: list[Line], index: int, label: _Label) -> Party:
    """The party under a heading alone on its line: a column of labelled values, or a plain block."""
    labelled = _label_column_block(lines, index)
    return party_from_block(labelled) if labelled is not None else _single_block(lines, index, label)


def _single_block(lines: list[Line], index: int, label: _Label) -> Party:
    limit = _neighbour_column(lines[index], label)
    head = _clip(lines[index], limit)
    first = head.text[label.end :].strip(" :") if len(head.text) >= label.end else ""
    span = raw_span(head, label.start, max(1, label.end - label.start))
    if first and span is not None and _is_layout(head):
        # the name after the heading up to a wide gap: "Sprzedawca:  FIRMA S.A.        Data wyst.: …"
        first = first_phrase(head.raw[span[1] :].lstrip(" :")).strip(" :")
    limit, first = _value_apart(lines, index, span, first, limit)
    block: list[str] = [first] if first else []
    if limit is None:
        limit = _neighbour_heading_column(lines, index, label)
    if limit is None:
        limit = _beside_column(lines, index, label)
        if limit is not None:  # "Nabywca        Faktura VAT": the title beside the heading is not the name
            head = _clip(lines[index], limit)
            first = head.text[label.end :].strip(" :") if len(head.text) >= label.end else ""
            block = [first] if first else []
    follow = [_clip(f, limit) for f in lines[index + 1 : index + 12]]
    if _right_heading(lines[index], label):
        span = raw_span(lines[index], label.start, max(1, label.end - label.start))
        assert span is not None
        follow = [_right_part(f, span[0]) for f in follow]  # the party printed in the right column only
    label_span = raw_span(lines[index], label.start, max(1, label.end - label.start))
    far_right = label_span[0] + _OTHER_COLUMN_INDENT if label_span is not None else None
    beside = far_right is not None and _body_beside(lines, index, far_right)
    if beside and far_right is not None:
        # a left column of parties with the page's body (the item table) beside it from this line on
        first = " ".join(_left_of(lines[index], far_right).text[label.end :].split()).strip(" :")
        block = [first] if first else []
        follow = [_left_of(f, far_right) for f in lines[index + 1 : index + 24]]
    elif far_right is not None and first and label_span is not None:
        # "Przejmujący (Zamawiający):    Powiat Dobrski": the block's own column is where its first value is
        value_at = (
            label_span[1] + len(lines[index].raw[label_span[1] :]) - len(lines[index].raw[label_span[1] :].lstrip(" :"))
        )
        far_right = max(far_right, value_at + _OTHER_COLUMN_INDENT)
    # A "PODATNIK" sidebar: the page's other content runs beside it from the first line on.
    sidebar = far_right is not None and lines[index].text.strip().rstrip(":") == "PODATNIK"
    if sidebar and far_right is not None:
        follow = [_left_of(f, far_right) for f in lines[index + 1 : index + 24]]
    sidebar = sidebar or beside
    follow = follow if block else _without_translation(follow, label)
    for line in follow:
        line = _before_neighbour_cell(line, far_right)
        if not line.text or (not block and _SPECK.fullmatch(line.text)):
            # OCR puts blank lines inside a block (and specks: "ska" before the name); a page break ends it.
            if line.raw == "\f" or (len(block) >= 7 and not sidebar):
                break
            continue
        indent = len(line.raw) - len(line.raw.lstrip())
        other_column = (
            _TITLE_ONLY.match(line.text)
            or _STOP.match(line.text)
            or _NEIGHBOUR_HEADING.match(line.text)
            or re.search(r"\d", line.text)  # "z dnia 06.09.2026" in the data column right of the heading
        )
        if far_right is not None and (block or other_column) and indent >= far_right:
            # "Data wystawienia: …" printed in the right column between the block's lines (or between
            # the heading and its first line): the other column, not the end of this block.
            continue
        if _labels(line) or _STOP.match(line.text) or (sidebar and _SIDEBAR_END.match(line.text)):
            break
        block.append(line.text)
    if sidebar and not beside:
        # a narrow column wraps the name over several lines: one name up to the address
        name_lines = list(itertools.takewhile(lambda t: not _ADDRESS_HINT.search(t), block))
        block = [" ".join(name_lines), *block[len(name_lines) :]] if name_lines else block
    return party_from_block(block)


def _value_apart(
    lines: list[Line], index: int, span: tuple[int, int] | None, first: str, limit: int | None
) -> tuple[int | None, str]:
    """ "Nabywca:        …far right…   WPŁYNĘŁO" with the name under the heading: the text far right of the
    heading is another block (a stamp, the document's data), which bounds this one. The column limit
    and the heading line's own value (none then); else (limit, first) unchanged."""
    if not first or span is None or limit is not None:
        return limit, first
    right = [c for c in cells(lines[index].raw) if c.start >= span[1]]
    if not right or right[0].start - span[1] < _OTHER_COLUMN_INDENT:
        return limit, first
    under = [cells(f.raw)[0] for f in lines[index + 1 : index + 4] if f.raw.strip() and f.raw != "\f"]
    if not any(c.start <= span[1] and re.search(r"[^\W\d_]{3,}", c.text) for c in under):
        return limit, first
    return min(right[0].start, span[1] + _OTHER_COLUMN_INDENT), ""


def _without_translation(follow: list[Line], label: _Label) -> list[Line]:
    """ "Nabywca" over "Bill to": the heading in a second language is not the next block's heading."""
    first = next((k for k, line in enumerate(follow) if line.text), None)
    if first is None:
        return follow
    found = _labels(follow[first])
    if found and _LABEL_ONLY.match(follow[first].text.strip()) and {f.role for f in found} == {label.role}:
        return [*follow[:first], Line("", ""), *follow[first + 1 :]]
    return follow


# A document's title printed far right between a heading and its block ("Wystawca:" / "FAKTURA").
_TITLE_ONLY = re.compile(r"(?i)^(?:faktura|rachunek|oryginał|kopia|duplikat)\b(?:\s+vat)?(?:\s+nr\b.*)?$")


_MONEY = re.compile(r"\d,\d{2}\b")


def _body_beside(lines: list[Line], index: int, column: int) -> bool:
    """A heading at the left margin whose block shares its lines with other text from `column` on
    (an item table printed right of a sidebar of parties): a line, the heading's or one of the
    next six, holds both a cell left of the column and one right of it, the heading line nothing in
    between, and the text beside prints money (a table's amounts, not the block's own values)."""
    head = cells(lines[index].raw)
    if not head or head[0].start > 2 or any(head[0].end < c.start < column for c in head[1:]):
        return False
    shared = int(any(c.start >= column for c in head[1:]))
    money = any(c.start >= column and _MONEY.search(c.text) for c in head[1:])
    for line in [f for f in lines[index + 1 : index + 12] if f.text][:6]:
        row = cells(line.raw)
        shared += any(c.start < column - 4 for c in row) and any(c.start >= column for c in row)
        money = money or any(c.start >= column and _MONEY.search(c.text) for c in row)
    return shared >= 1 and money


def _left_of(line: Line, column: int) -> Line:
    """The cells of a laid-out line that start left of `column` (a sidebar beside the page's body)."""
    kept = [c.text for c in cells(line.raw) if c.start < column]
    text = " ".join(" ".join(kept).split())
    return Line(line.raw[:column].rstrip() if kept else "", text)


# one to three capitalised words of a name's rest (a partner's surname: "Nowicki", "Ewa Mróz")
_NAME_WORDS = re.compile(r"\s*[A-ZŁŚŻŹĆŃÓ][^\W\d_]+(?:[\s\-][A-ZŁŚŻŹĆŃÓ][^\W\d_]+){0,2}\s*")


# Common Polish first names: a line "Krzysztof Malinowski" under a trading name is its owner (a sole trader's
# name in the register is the trading name and the owner's), never a department or a street.
_FIRST_NAMES_LIST = """
    adam adrian agata agnieszka aleksander aleksandra alicja andrzej aneta angelika anna antoni arkadiusz artur
    barbara bartłomiej bartosz beata bogdan bogusław bożena cezary czesław damian daniel danuta dariusz dawid
    dominik dorota edyta elżbieta emil emilia ewa ewelina filip franciszek grażyna grzegorz halina hanna henryk
    hubert ilona irena iwona izabela jacek jadwiga jakub jan janina janusz jarosław jerzy joanna jolanta józef
    julia justyna kamil kamila karol karolina katarzyna kazimierz kinga klaudia konrad krystian krystyna krzysztof
    leszek łukasz maciej magdalena małgorzata marcin marek maria marian mariusz marta marzena mateusz michał
    mieczysław mirosław monika natalia norbert oliwia patrycja paulina paweł piotr przemysław radosław rafał
    renata robert roman ryszard sebastian sławomir stanisław stefan sylwia szymon tadeusz teresa tomasz urszula
    wanda weronika wiesław wiktor wiktoria witold władysław włodzimierz wojciech zbigniew zdzisław zenon zofia
    zuzanna
"""
_FIRST_NAMES = frozenset(_FIRST_NAMES_LIST.split())


def _owner_line(text: str) -> bool:
    words = text.split()
    return (
        len(words) == 2
        and _PERSON_NAME.fullmatch(text.strip()) is not None
        and words[0].casefold() in _FIRST_NAMES
        and not _ADDRESS_HINT.search(text)
    )


def _wrapped_to_its_form(name: str, follow: list[str]) -> str | None:
    """A company's name wrapped over up to three lines of its block, its legal form on the last ("Przedsiębiorstwo
    Usług" / "Informatycznych i" / "Telekomunikacyjnych TELMAX Sp." / "z o.o."): the whole name. Only lines of
    words (no figure, no address, no label) count, and only when the legal form closes them."""
    if _LEGAL_FORM.search(name):
        return None
    parts = [name]
    for text in follow[:3]:
        text = text.strip()
        if not text or re.search(r"\d|@|:", text) or _ADDRESS_HINT.search(text) or _LABEL_RE.match(text):
            return None
        parts.append(text)
        joined = ocr_legal_form(" ".join(parts))
        form = _LEGAL_FORM.search(joined)
        if form is not None:
            return joined if joined[form.end() :].strip(" .") == "" else None
    return None


# The start of a legal form left at a line's end ("… TELSAT Spółka" / "Jawna", "… spółka z" / "ograniczoną
# odpowiedzialnością", "… Sp. z" / "o.o."): the name goes on to the next line.
_FORM_BEGUN = re.compile(r"(?i)(?<!\S)(?:spółka|sp\.?)(?:\s+z(?:\s+(?:o\.?|ograniczoną))?)?$")


def _form_completed(name: str, printed: str, follow: str) -> str | None:
    """The name whose legal form its line began and the next line completes, else None."""
    if _LEGAL_FORM.search(name) or not _FORM_BEGUN.search(printed.strip()):
        return None
    rest = follow.strip()
    if not rest or re.search(r"\d|@|:", rest) or _ADDRESS_HINT.search(rest):
        return None
    joined = _clean_name(f"{printed.strip()} {rest}")
    if not joined or not joined.startswith(name):
        return None
    forms = list(_LEGAL_FORM.finditer(joined))
    # the form must close the joined name and begin on the first line
    if not forms or joined[forms[-1].end() :].strip(" .") or forms[-1].start() >= len(name):
        return None
    return joined


def _after_a_conjunction(printed: str, follow: list[str]) -> str | None:
    """A name's line ending in a conjunction or a hyphen ("Zakład Usług Informatycznych i" / "Serwisu Sprzętu
    Biurowego ZUIS" / "Anna Bielecka"): the name goes on over its lines of words, up to the address."""
    if not re.search(r"(?i)\s(?:i|oraz|&)$|\w-$", printed.strip()):
        return None
    parts = [printed.strip()]
    for text in follow[:3]:
        text = text.strip()
        if not text or re.search(r"\d|@|:", text) or _ADDRESS_HINT.search(text) or _LABEL_RE.match(text):
            break
        parts.append(text)
    if len(parts) == 1:
        return None
    joined = " ".join(parts)
    # "Informa-" / "tycznych": a word hyphenated; "Kowalska-" / "Nowak": a double name
    joined = re.sub(r"(?<=\w)- (?=[a-ząćęłńóśźż])", "", joined)
    return _clean_name(re.sub(r"(?<=\w)- (?=[A-ZŁŚŻŹĆÓĘĄŃ])", "-", joined))


def _name_wrapped(name: str, printed: str, follow: list[str]) -> str:
    """A party's name with the lines its block wraps it onto: a list of partners ending its first line with a
    comma ("„Sieci & Serwery” s.c. Adam Pawlak," / "Ewa Mróz"), or a partner's name and then the legal form
    spelt out under it ("… KBT" / "Nowicki" / "spółka komandytowa"), a sole trader's owner under the trading
    name ("Usługi Informatyczne ITEK" / "Krzysztof Malinowski"), a long name wrapped up to its legal form;
    otherwise what the next line adds."""
    first = follow[0]
    if (whole := _form_completed(name, printed, first)) is not None:
        return whole
    if (whole := _after_a_conjunction(printed, follow)) is not None:
        return whole
    if (
        _owner_line(first)
        and not _LEGAL_FORM.search(name)
        and not _PUBLIC_START.match(" " + name)
        and (len(follow) == 1 or _ADDRESS_HINT.search(follow[1]) or re.search(r"\d", follow[1]))
        and not _owner_line(" ".join(name.split()[-2:]))  # the owner named already
    ):
        return f"{name} {first.strip()}"
    if (whole := _wrapped_to_its_form(name, follow)) is not None:
        return whole
    plain = _NAME_WORDS.fullmatch(first) is not None and not _ADDRESS_HINT.search(first)
    if plain and printed.rstrip().endswith(",") and _clean_name(printed.rstrip().rstrip(",")) == name:
        return f"{name}, {first.strip()}"
    if plain and len(follow) >= 2 and not _LEGAL_FORM.search(name) and _LEGAL_FORM.fullmatch(follow[1].strip()):
        return f"{name} {first.strip()} {follow[1].strip()}"
    return _name_continued(name, first)


def _name_continued(name: str, follow: str) -> str:
    """A party's name with what the next line of its block adds to it, if anything."""
    if _LEVEL_ONLY.fullmatch(name):
        # "Powiat" / "Sztumski   Data wystawienia: …": OCR broke the name's line at a baseline step
        rest = _NAME_REST.match(follow)
        return f"{name} {rest.group(1)}" if rest else name
    # "… PSI Sp." / "z o.o.", "… PSI" / "Sp. Z 0.0.": the legal form broken onto the next line (OCR reads
    # its o as zero); written back in its usual spelling
    if re.search(r"(?i)\bsp\.?$", name) and re.fullmatch(r"(?i)\s*z\s*[o0]\.?\s*[o0]\.?\s*", follow):
        return f"{name} z o.o."
    if not _LEGAL_FORM.search(name) and re.fullmatch(r"(?i)\s*sp\.?\s*z\s*[o0]\.?\s*[o0]\.?\s*", follow):
        return f"{name} Sp. z o.o."
    if re.search(r"(?i)\bz\s*o\.\s*o\.$", name) and re.fullmatch(
        r"(?i)\s*(?:sp\.?\s*k\.?|s\.?\s*k\.?\s*a\.?|sp(?:ółka|\.)\s+komandytow\w*(?:-akcyjn\w*)?)\s*", follow
    ):
        # "… Sp. z o.o." / "sp.k.": a limited partnership whose partner is a company, its form wrapped
        return f"{name} {follow.strip()}"
    quoted = re.match(r"\s*[„\"«]", follow) is not None  # "„PUI-NET” Krzysztof Michalak" under the name
    if (
        (_LEGAL_FORM.search(follow) or quoted)
        and not re.search(r"\d", follow)
        and not _LEGAL_FORM.search(name)
        and not _ADDRESS_HINT.search(follow)
    ):
        return f"{name} {follow.strip()}"
    return name


# A document's title ("PROTOKÓŁ ODBIORU …", "FAKTURA VAT") or its number line ("nr 22/2026 z dnia …").
_DOCUMENT_LINE = re.compile(
    r"(?i)^(?:protok[óo]ł|faktura|rachunek|nota\s+(?:korygując|księgow)|korekta|duplikat|oryginał|kopia)\b"
    r"|^nr\s+\S*\d"
)


_PARTY_CODE = re.compile(r"\[[^\]\s]{1,30}\]")


def _named_in_block(block: list[str]) -> str | None:
    """The value of "Nazwa: …" wherever it sits in the block (KSeF visualisations put it after the NIP)."""
    for position, text in enumerate(block):
        named = re.search(r"(?i)\b(?:nazwa|firma)\s*:\s*(.+)", text)
        if named:
            name = _clean_name(named.group(1))
            # "Nazwa: … TELSAT Spółka" / "Jawna": a legal form wrapped under the value
            if name and position + 1 < len(block):
                name = _form_completed(name, named.group(1), block[position + 1]) or name
            return name
    return None


def party_from_block(block: list[str]) -> Party:
    """Name, NIP and address from the lines of one party's block (label line excluded)."""
    nip = None
    for text in block:
        found = find_nips(text)
        if found:
            nip = found[0][1]
            break
    if nip is None:
        nip = next((n for text in block for n in unlabelled_nips(text)), None)
    name = _named_in_block(block)
    address_parts: list[str] = []
    for position, text in enumerate(block):
        if re.fullmatch(r"(?i)adres\s*:?|polska|dane\s+kontaktowe\s*:?|dane\s+identyfikacyjne\s*:?", text):
            continue
        if name is None and _DOCUMENT_LINE.match(text):
            continue  # the document's title or number run into an unlabelled block is not the party
        # "Kontrahent:  [GM_WADOWICE]": the party's code in the seller's program, not its name
        if _LABEL_ONLY.match(text.strip()) or (name is None and _PARTY_CODE.fullmatch(text.strip())):
            continue
        if name is None:
            if _ADDRESS_HINT.search(text) and not _clean_name(re.sub(r"(?i)\bNIP\b.*$", "", text)):
                continue
            name = _clean_name(text)
            if name and position + 1 < len(block):
                name = _name_wrapped(name, text, block[position + 1 : position + 4])
            continue
        if re.search(r"(?i)\b(?:NIP|REGON|KRS|tel|e-?mail|BDO)\b", text) or (_LEGAL_FORM.search(text) and name in text):
            continue
        if len(address_parts) < 2 and re.search(r"\d", text):
            address_parts.append(text)
    return Party(name=name, nip=nip, address=", ".join(address_parts) or None)


def _column_blocks(lines: list[Line], index: int, labels: list[_Label]) -> list[Party] | None:
    """Party blocks side by side (2 or 3 columns: Sprzedawca | Nabywca | Odbiorca), read by column.

    Each cell of the following lines belongs to the label column it starts in (the grid keeps the
    page's x positions). None when the heading line is not laid out in columns.
    """
    head = lines[index]
    if not all(
        _LABEL_RE.match(head.text[lab.start :])
        or head.text[lab.start : lab.end].strip(" :").lower() in _SHORT_HEADINGS
        or _near_heading(head.text[lab.start : lab.end])
        for lab in labels
    ):
        return None  # a heading OCR garbled: the flattened-line heuristics of `_double_block` apply
    starts = []
    for lab in labels:
        span = raw_span(head, lab.start, max(1, lab.end - lab.start))
        if span is None:
            return None
        # the column starts where the label's cell does ("Zamawiający / Nabywca" begins at "Zamawiający")
        holder = next((c for c in cells(head.raw) if c.start <= span[0] < c.end), None)
        start = holder.start if holder is not None else span[0]
        # an icon's letter or sign just left of the heading ("C   Sprzedawca", "●  Nabywca"): the block under it
        # starts at the icon
        icon = next((c for c in cells(head.raw) if c.end <= start and start - c.end <= 6 and len(c.text) <= 2), None)
        starts.append(icon.start if icon is not None and not re.search(r"\d", icon.text) else start)
    if (
        len(set(starts)) != len(starts)
        or starts != sorted(starts)
        or min(b - a for a, b in itertools.pairwise(starts)) < 8
    ):
        return None
    blocks: list[list[str]] = [[] for _ in labels]
    # A block of another kind printed in the next column (Płatność, Adres dostawy) bounds the last party.
    limit = next((c.start for c in cells(head.raw) if c.start > starts[-1] and _NEIGHBOUR_HEADING.match(c.text)), None)
    # Text after a label on its own line ("Sprzedawca: Firma …") up to the next label's column.
    for cell in cells(head.raw):
        if (limit is not None and cell.start >= limit - 1) or cell.end + 6 < starts[0]:
            continue
        column = _column_of(cell.start, starts)
        label = labels[column]
        rest = _strip_label(cell.text, label)
        if len(rest) >= 3:  # "Sprzedawca: k": a speck after the heading is no name
            blocks[column].append(rest)
    for line in lines[index + 1 : index + 12]:
        if not line.text:
            if line.raw == "\f" or max(len(b) for b in blocks) >= 7:
                break
            continue
        inside = _from_column(line, starts[0] - 6)  # a block left of the parties (title, dates) is not theirs
        if _labels(inside) or _STOP.match(inside.text):
            break
        for column, text in _column_phrases(line, starts, limit, _right_edge(head, starts)):
            blocks[column].append(text)
    return [party_from_block(block) for block in blocks]


def _right_edge(head: Line, starts: list[int]) -> int | None:
    """Where the last party's heading ends when it is the line's last cell set at the right ("…   Sprzedawca"
    flush right): a block set flush right under it has lines longer than the heading, starting left of it."""
    last = next((c for c in cells(head.raw) if c.start <= starts[-1] < c.end), None)
    if last is None or any(c.start > last.end for c in cells(head.raw)):
        return None
    return last.end


_WORD_GAP = 6  # characters: cells of one column closer than this on one line are words of one phrase


def _column_phrases(
    line: Line, starts: list[int], limit: int | None, right_edge: int | None = None
) -> list[tuple[int, str]]:
    """The phrases of a line by party column; cells of one column a few spaces apart are one phrase
    (a typewriter's wide word spacing: "Wielkopolskie     Centrum   Licencji"). A cell of its own ending where a
    flush-right heading ends is the last party's line, however far left it starts ("Biuro Projektów i Wdrożeń
    Systemów Bezpieczeństwa" under "Sprzedawca" set right)."""
    row: list[tuple[int, int, str]] = []  # (column, end of its last cell, text)
    for cell in cells(line.raw):
        if limit is not None and cell.start >= limit - 1:
            continue
        flush = (
            right_edge is not None
            and abs(cell.end - right_edge) <= 2
            and cell.start > starts[-2] + 8
            and cell.start < starts[-1]
        )
        for column, text in [(len(starts) - 1, cell.text)] if flush else _split_at_columns(cell, starts):
            if row and row[-1][0] == column and cell.start - row[-1][1] <= _WORD_GAP:
                row[-1] = (column, cell.end, f"{row[-1][2]} {text}")
            else:
                row.append((column, cell.end, text))
    return [(column, text) for column, _end, text in row]


def _split_at_columns(cell: Cell, starts: list[int]) -> list[tuple[int, str]]:
    """A cell's words by the party column each starts in: OCR of a curved page can close the gap
    between two names ("SerwerOwnia Tomasz Dąbrowski Gmina Ochotnica Dolna" in one cell)."""
    parts: list[tuple[int, list[str]]] = []
    for word in re.finditer(r"\S+", cell.text):
        if cell.start + word.start() + 6 < starts[0]:
            continue  # left of the first party column: another block (the title, the dates) beside the parties
        column = _column_of(cell.start + word.start(), starts)
        # a legal form's lower-case rest a little left of the next column ("Sp. z o.o. Gmina …", the name
        # printed into the gap) stays with its name: the next party starts with a capital
        early = cell.start + word.start() < starts[column] and re.match(r"[a-ząćęłńóśźż]", word.group(0))
        if parts and (parts[-1][0] == column or column < parts[-1][0] or early):
            parts[-1][1].append(word.group(0))
        else:
            parts.append((column, [word.group(0)]))
    return [(column, " ".join(words)) for column, words in parts]


def _column_of(start: int, starts: list[int]) -> int:
    return max((k for k, s in enumerate(starts) if s <= start + 3), default=0)


def _strip_label(text: str, label: _Label) -> str:
    note = _DOCUMENT_PARTY.match(text.strip())
    if note:
        return text.strip()[note.end() :].strip(" :")  # "Adresat noty – sprzedawca: Netcom S.A."
    m = _LABEL_RE.match(text.strip())
    if m:
        rest = text.strip()[m.end() :]
        bracket = _BRACKET_ROLE.match(rest)
        rest = rest[bracket.end() :] if bracket else rest  # "Wystawca noty (nabywca):"
        if _QUALIFIER.fullmatch(" " + rest.strip()):
            return ""  # "Wykonawca szkolenia": the heading with its qualifier
        return rest.strip(" :")
    words = text.split()
    for count in (2, 1):
        if _near_heading(" ".join(words[:count])):
            return " ".join(words[count:]).strip(" :")
    short = text.strip(" :").lower()
    return "" if short in _SHORT_HEADINGS else text.strip()


_BARE_NIP = re.compile(r"(?<![\w-])(?:PL\s?)?(\d{3}-\d{3}-\d{2}-\d{2}|\d{3}-\d{2}-\d{2}-\d{3}|\d{10})(?![\w-])")


def unlabelled_nips(text: str) -> list[str]:
    """NIPs printed without a "NIP" label inside a party block: a 10-digit number whose check digit
    is right (a phone or an account number of that shape almost never passes)."""
    if re.search(r"(?i)\b(?:tel|fax|regon|krs|pesel|konto|rachunek|iban|bdo)\b", text):
        return []
    return [d for m in _BARE_NIP.finditer(text) if is_valid(d := re.sub(r"\D", "", m.group(1)))]


def _raw_offset(line: Line, offset: int) -> int:
    """Where the word at `offset` of the single-spaced text starts in the raw line (columns kept)."""
    words_before = len(line.text[:offset].split())
    starts = [m.start() for m in re.finditer(r"\S+", line.raw)]
    return starts[words_before] if words_before < len(starts) else len(line.raw)


def _double_block(lines: list[Line], index: int, left: _Label, right: _Label) -> tuple[Party, Party]:
    names: list[str | None] = [None, None]
    nips: list[str | None] = [None, None]
    head = lines[index].text
    # The right column's start in the raw line; lines holding only one column are placed by it.
    right_col = _raw_offset(lines[index], right.start)
    layout = _is_layout(lines[index]) and right_col > 0
    inline = (head[left.end : right.start].strip(" :"), head[right.end :].strip(" :"))
    if inline[0] and inline[1]:
        names = [_clean_name(inline[0]), _clean_name(inline[1])]
    for line in lines[index + 1 : index + 9]:
        if not line.text:
            # A blank line inside the block is common in OCR output; keep going while NIPs are missing.
            if all(nips):
                break
            continue
        if _labels(line) or _STOP.match(line.text):
            break
        found = find_nips(line.text)
        if not found and None in nips:
            found = [
                (m.start(), n)
                for m in _BARE_NIP.finditer(line.text)
                if (n := re.sub(r"\D", "", m.group(1))) in unlabelled_nips(line.text)
            ]
        if len(found) >= 2:
            nips = [found[0][1], found[1][1]]
            continue
        if len(found) == 1:
            side = _side(line, found[0][0], right_col, layout=layout)
            if nips[side] is None:
                nips[side] = found[0][1]
            continue
        if None in names and not _ADDRESS_HINT.search(line.text):
            halves = _split_two(line)
            if halves and names == [None, None]:
                names = [_clean_name(halves[0]), _clean_name(halves[1])]
            elif not halves and layout:
                # One column only on this line: which one, by where it starts.
                side = _side(line, 0, right_col, layout=layout)
                if names[side] is None:
                    names[side] = _clean_name(line.text)
    return Party(name=names[0], nip=nips[0]), Party(name=names[1], nip=nips[1])


def _is_layout(line: Line) -> bool:
    """Text extracted with its layout: columns are separated by runs of spaces."""
    return bool(re.search(r"\S\s{3,}\S|^\s{3,}\S", line.raw))


def _side(line: Line, offset: int, right_col: int, *, layout: bool) -> int:
    if layout:
        return 1 if _raw_offset(line, offset) >= right_col - 3 else 0
    return 0 if offset < max(len(line.text) * 0.4, 1) else 1


# "… pomiędzy Miasto Ełk, ul. …, NIP 1500891250, zwanym dalej Zamawiającym, a Biuro … Sp. z o.o., …,
# NIP 616-967-42-49, zwanym dalej Wykonawcą": the parties named in a sentence, as contracts do.
_PROSE_PARTY = re.compile(
    # ("pomiędzy: Miasto X, …": a colon after the word)
    r"(?:pomiędzy|między|przez|\ba)\s*:?\s+(?P<name>[^,]{3,90}?),(?P<rest>[^;]{0,160}?)"
    r"zwan\w*\s+dalej\s+[„\"]?(?P<role>\w+)",
    re.IGNORECASE,
)


# the role a sentence gives a party ("zwanym dalej „Przejmującym”", "… Zleceniobiorcą")
_PROSE_ROLE = re.compile(
    r"(?i)(?:zamawiaj|wykonaw|sprzedaw|nabyw|przekazuj|przyjmuj|przejmuj|odbieraj|dostaw|kupuj|zbyw|usługodaw|"
    r"usługobior|zleceniodaw|zleceniobior)"
)


# "… powołana przez Zamawiającego: Powiat Łobeski, ul. Główna 14, 42-209 Łobez, NIP 343-597-68-56, …":
# the role first, then the party's name, address and NIP.
_PROSE_ROLE_FIRST = re.compile(
    r"(?P<role>zamawiając\w*|wykonawc\w*|sprzedawc\w*|nabywc\w*|dostawc\w*|przekazując\w*|odbierając\w*)"
    r"\s*:\s*(?P<name>[^,:;]{3,90}?),(?P<rest>[^;:]{0,120}?\bNIP\b\s*:?\s*(?:PL)?\s*\d[\d -]{8,13}\d)",
    re.IGNORECASE,
)


def prose_parties(lines: list[Line]) -> tuple[Party, Party] | None:
    """(seller, buyer) from a sentence naming both parties and their roles, or None."""
    text = " ".join(line.text for line in lines[:40])
    found: dict[str, Party] = {}
    for m in _PROSE_ROLE_FIRST.finditer(text):
        role = _role(m.group("role"))
        nips = find_nips(m.group("rest"))
        found.setdefault(
            "buyer" if role in ("buyer", "recipient") else "seller",
            Party(name=_clean_name(m.group("name")), nip=nips[0][1] if nips else None),
        )
    for m in _PROSE_PARTY.finditer(text):
        role = _role(m.group("role"))
        if not _PROSE_ROLE.match(m.group("role")):
            continue
        if re.search(r"(?i)reprezentowan\w*\s*$", text[: m.start()]):
            continue  # "reprezentowaną przez Jana Kowalczyka – Prezydenta": the party's representative
        nips = find_nips(m.group("rest"))
        name = _clean_name(m.group("name"))
        found.setdefault(
            "buyer" if role in ("buyer", "recipient") else "seller", Party(name=name, nip=nips[0][1] if nips else None)
        )
    if "seller" not in found or "buyer" not in found:
        return None
    return found["seller"], found["buyer"]


def _split_heading(lines: list[Line], index: int, labels: list[_Label]) -> Line | None:
    """Two role headings of one heading row that OCR put on consecutive lines (a tilted photo): the
    two lines overlaid into one, when their headings stand in different columns and the lines do not
    overlap anywhere else."""
    if len(labels) != 1 or index + 1 >= len(lines) or not _is_layout(lines[index]):
        return None
    below = lines[index + 1]
    others = _labels(below)
    if len(others) != 1 or others[0].role == labels[0].role:
        return None
    top, bottom = lines[index].raw, below.raw
    width = max(len(top), len(bottom))
    top, bottom = top.ljust(width), bottom.ljust(width)
    if any(a != " " and b != " " for a, b in zip(top, bottom, strict=True)):
        return None
    raw = "".join(a if a != " " else b for a, b in zip(top, bottom, strict=True)).rstrip()
    merged = Line(raw, re.sub(r"\s+", " ", raw).strip())
    return merged if len(_labels(merged)) == 2 else None


@dataclass(frozen=True, slots=True)
class Parties:
    seller: Party
    buyer: Party
    recipient: Party | None


def _letterhead_in_footer(lines: list[Line], first_label: int, buyer: Party) -> Party | None:
    """A letterhead name with no NIP above the blocks, repeated with its NIP in the page footer
    ("INFO-SYSTEM Paweł Kaczmarek · ul. Hallera 3 · NIP PL5949412725"): the seller. Only the
    letterhead's own name is trusted, never another company's footer (a bank, a software vendor)."""
    top_line = next((line for line in lines[:first_label] if line.text), None)
    if top_line is None:
        return None
    top = ocr_legal_form(first_phrase(top_line.raw))
    if re.search(r"(?i)faktur|rachun|protok[óo]ł|\d", top) and not _LEGAL_FORM.search(top):
        return None
    name = _clean_name(top)
    if not name or len(name) < 4:
        return None
    for index in range(first_label + 1, len(lines)):
        line = lines[index]
        if not line.text.casefold().startswith(name.casefold()):
            continue
        nips = [nip for _, nip in find_nips(line.text)]
        below = lines[index + 1].text if index + 1 < len(lines) else ""
        if not nips and re.match(r"(?i)NIP\b", below):
            # "TelkoNet Operator Sp. z o.o., ul. Składowa 5, …" / "NIP 4312074772, Sąd Rejonowy …"
            nips = [nip for _, nip in find_nips(below)]
        if nips and nips[0] != buyer.nip:
            # the footer spells the company in full ("TelkoNet" over "TelkoNet Operator Sp. z o.o.")
            # up to the address, whose comma OCR may read as a dot ("… Sp. z o.o.. ul. Składowa 5")
            full = _clean_name(re.split(r",|(?<=\.)\.?\s+(?=(?:ul|al|pl|os)\.\s)", line.text)[0])
            if full and _LEGAL_FORM.search(full) and not _LEGAL_FORM.search(name):
                name = full
            return Party(name=name, nip=nips[0])
    return None


def _label_apart(lines: list[Line]) -> list[str]:
    """ "NIP:" alone on its line with the number on the line above or below it (OCR split the line at a
    baseline step): the number, when its check digit holds."""
    for index, line in enumerate(lines):
        if not re.fullmatch(r"(?i)N\s?[I1l|]\s?P\s*:?", line.text.strip()):
            continue
        for near in (lines[index - 1] if index else None, lines[index + 1] if index + 1 < len(lines) else None):
            digits = [c.text for c in cells(near.raw)] if near is not None else []
            found = [re.sub(r"\D", "", d) for d in digits if re.fullmatch(r"(?:PL)?[\d -]{10,13}", d.strip())]
            valid = [d for d in found if len(d) == 10 and is_valid(d)]
            if valid:
                return valid[:1]
    return []


def _letterhead_seller(lines: list[Line], first_label: int, buyer: Party, seller: Party) -> Party:
    """A letterhead without a "Sprzedawca" label: the seller's NIP is printed above the first
    party block. Footers (bank, software vendor) come after it and are never considered."""
    above = [line.text for line in lines[:first_label]]
    heading = _labels(lines[first_label]) if first_label < len(lines) else []
    if heading and heading[0].start > 0 and _raw_offset(lines[first_label], heading[0].start) >= _OTHER_COLUMN_INDENT:
        # "NIP: 884-262-37-57        Nabywca:": the letterhead's last line beside the buyer's heading
        above.append(lines[first_label].text[: heading[0].start])
    header = [nip for text in above for _, nip in find_nips(text)] or _label_apart(lines[:first_label])
    if header and header[0] != buyer.nip:
        return Party(name=_letterhead_name(lines, first_label), nip=header[0], address=seller.address)
    if not header:
        labelled = role_nips(lines).get("seller")
        if labelled is not None and labelled != buyer.nip:
            # "NIP sprzedawcy: PL1316437632" printed among the buyer's lines: the letterhead's NIP
            return Party(name=_letterhead_name(lines, first_label), nip=labelled, address=seller.address)
        return _letterhead_in_footer(lines, first_label, buyer) or _footer_company(lines, first_label, buyer) or seller
    return seller


def _nip_of_the_letterhead(lines: list[Line], first_label: int, buyer: Party, seller: Party) -> Party:
    """The seller's block printing no NIP under a letterhead that does ("Siedziba: …", "Oddział w …",
    "NIP: 120-022-38-28" above "Sprzedawca (wystawca – oddział):"): one NIP above the blocks, not the
    buyer's, under the seller's own name, is the seller's."""
    nips = {nip for line in lines[:first_label] for _, nip in find_nips(line.text)}
    head = _letterhead_name(lines, first_label)
    if len(nips) != 1 or buyer.nip in nips or not head or not seller.name:
        return seller  # (a seller's block with no name is left to the letterhead's own reading)
    if _words_of(head) & _words_of(seller.name) and (
        head.casefold() in seller.name.casefold() or seller.name.casefold() in head.casefold()
    ):
        return dataclasses.replace(seller, nip=nips.pop())
    return seller


def _real(party: Party | None) -> Party | None:
    """None for a heading over nothing ("odbiorca   wystawca" captions under the signature lines)."""
    return party if party is not None and (party.name or party.nip) else None


# A foreign company's legal form ("SecuNet Lausitz GmbH", "Datentechnik AG", "Softworks s.r.o."): its letterhead
# prints a foreign VAT id ("USt-IdNr. DE…"), never a NIP.
_FOREIGN_FORM = re.compile(
    r"(?<![\w.])(?:GmbH|AG|KG|UG|SE|Ltd\.?|Limited|LLC|Inc\.?|s\.\s?r\.\s?o\.|a\.\s?s\.|B\.V\.|N\.V\.|S\.r\.l\.|"
    r"S\.A\.S\.|GmbH\s*&\s*Co\.\s*KG|Oy|AB|ApS|A/S|AS|e\.K\.)(?![\w])"
)


def _letterhead_with_form(lines: list[Line], first_label: int, seller: Party) -> Party | None:
    """A company's letterhead above the blocks, its NIP printed nowhere we can read (a register turned
    along the margin, a foreign company's VAT id): its name, with its legal form, is the seller; the NIP
    stays unread."""
    if seller.name or seller.nip:
        return None
    name = _letterhead_name(lines, first_label)
    if not name or not (_LEGAL_FORM.search(name) or _FOREIGN_FORM.search(name)) or find_nips(name):
        return None
    return Party(name=name, nip=None, address=seller.address)


_GENERIC_WORDS = frozenset(
    {
        "faktura",
        "vat",
        "biuro",
        "tel",
        "fax",
        "ul",
        "al",
        "pl",
        "os",
        "www",
        "com",
        "net",
        "org",
        "e-mail",
        "email",
        "nip",
        "regon",
        "krs",
        "sp",
        "z",
        "o",
        "s",
        "a",
        "oryginał",
        "kopia",
        "nr",
        "dla",
        "data",
    }
)


def _words_of(text: str) -> set[str]:
    return {w for w in re.findall(r"[^\W_]+", fold(text)) if len(w) >= 3 and w not in _GENERIC_WORDS}


def _footer_company(lines: list[Line], first_label: int, buyer: Party) -> Party | None:
    """A wordmark letterhead ("SZI" over a tagline) with the company's full name, address and NIP only in
    the legal footer under the table ("Śląskie Zakłady Informatyczne SZI S.A., Rynek 1, …, NIP …"): the
    seller, when a word of that name stands in the letterhead (the wordmark, an e-mail's domain). A
    footer naming some other company (a bank, a software vendor) shares no such word."""
    letterhead = set().union(*(_words_of(line.text) for line in lines[:first_label]))
    if not letterhead:
        return None
    for line in lines[first_label + 1 :]:
        nips = [nip for _, nip in find_nips(line.text)]
        if not nips or nips[0] == buyer.nip or not is_valid(nips[0]):
            continue
        name = _clean_name(line.text.split(",")[0])
        if not name or not _LEGAL_FORM.search(name) or not (_words_of(name) & letterhead):
            continue
        return Party(name=name, nip=nips[0])
    return None


def _name_above_address(lines: list[Line], top_index: int, first_label: int) -> str | None:
    """A sole trader's letterhead under the title, no legal form to find it by: the left column's
    phrases above its address ("Zakład Usług … Piotr" / "Mazur" / "ul. Hutnicza 40, …"), up to three."""
    phrases: list[str] = []
    for line in lines[top_index + 1 : first_label]:
        if not line.text:
            continue
        row = cells(line.raw)
        if not row or row[0].start >= 20:
            continue
        phrase = first_phrase(line.raw)
        if _ADDRESS_HINT.search(phrase):
            name = _clean_name(" ".join(phrases)) if 0 < len(phrases) <= 3 else None
            return name if name and re.search(r"[^\W\d_]{3}", name) else None
        if find_nips(phrase) or re.search(r"\d{3}", phrase):
            return None
        phrases.append(phrase)
    return None


def _split_by_a_curve(top: Line, below: Line) -> str | None:
    """A letterhead's one line a curved page split at a baseline step: its right part read as a line of its
    own, indented ("                             Sieciowe Sp. z o.o."), and its left part on the next line,
    ending a few characters before where the first begins ("Olsztyńskie Systemy        Kętrzyn, 10.04.2026").
    The whole name, left part first (the confidence check names it uncertain: where the pieces meet is OCR's
    guess)."""
    head, rest = cells(top.raw), cells(below.raw)
    if not head or not rest or head[0].start < 12:
        return None
    left = rest[0]
    if left.start > 4 or not 0 <= head[0].start - left.end <= 12 or len(left.text.split()) > 4:
        return None
    if re.search(r"\d|@", left.text) or _ADDRESS_HINT.search(left.text) or _LEGAL_FORM.search(left.text):
        return None  # (a legal form ends a name: "KOMPUTEX" centred over "Komputex Sp. z o.o." is a logo)
    if not re.match(r"[A-ZŁŚŻŹĆÓ]", left.text):
        return None
    if not re.match(r"[A-ZŁŚŻŹĆÓ]", head[0].text):
        return None
    return f"{left.text} {head[0].text}"


def _top_phrase(lines: list[Line], top_index: int, first_label: int) -> str:
    """The letterhead's first phrase, its legal form spelt back ("… Sp. Zz 0.0." holds figures only by OCR's
    slip) and its two pieces joined when a curved page split its line."""
    top = ocr_legal_form(first_phrase(lines[top_index].raw))
    if top_index + 1 < first_label and (joined := _split_by_a_curve(lines[top_index], lines[top_index + 1])):
        return joined
    return top


def _letterhead_name(lines: list[Line], first_label: int) -> str | None:
    """The letterhead's first cell: "Infotech Serwis Jan Kowalski      FAKTURA VAT NR 5140/02/2026"."""
    top_index = next((i for i, line in enumerate(lines[:first_label]) if line.text), None)
    if top_index is None:
        return None
    # the document's data printed first, far right ("Numer dokumentu   Data wystawienia"): the letterhead
    # is the first line that starts at the left
    left = next((i for i, line in enumerate(lines[:first_label]) if line.text and cells(line.raw)[0].start < 20), None)
    right = lines[top_index].text
    # (a company's name with its legal form, alone and far right, is a letterhead set right: "…          Gorzowskie
    # Centrum Bezpieczeństwa IT Sp. z o.o." over "Faktura VAT      ul. …")
    set_right = _LEGAL_FORM.search(right) is not None and not re.search(r"\d|:|(?i:faktur|rachun|protok)", right)
    if left is not None and cells(lines[top_index].raw)[0].start >= 40 and not set_right:
        top_index = left
    top_line = lines[top_index]
    top = _top_phrase(lines, top_index, first_label)
    # the title first, a logo (or a heading OCR made a few letters of: "Wystawca:" read as "KAI"),
    # then the company
    logo = len(top) <= 4 and not _LEGAL_FORM.search(top)
    if logo or re.search(r"(?i)faktur|rachun|oryginał|kopia", top):
        # the first line above the blocks with a legal form
        found = next(
            (
                (k, phrase)
                for k in range(top_index + 1, first_label)
                if (phrase := first_phrase(lines[k].raw))
                and _LEGAL_FORM.search(phrase)
                and not find_nips(lines[k].text)
            ),
            None,
        )
        if found is not None:
            k, named = found
            above = first_phrase(lines[k - 1].raw) if k - 1 > top_index else ""
            if _LEGAL_FORM.match(named) and above and not find_nips(above):
                named = f"{above} {named}"  # the name wrapped before its legal form ("… CYBERIA" / "Sp. z o.o.")
            return _clean_name(named)
        wrapped = _name_above_address(lines, top_index, first_label)
        if wrapped:
            return wrapped
    if top and not _LEGAL_FORM.search(top):
        # a brand over the company's full name ("Komputer-Świat" / "Sklep nr 392" / "Komputer-Świat Polska
        # Sp. z o.o."): the company is the seller
        fuller = next(
            (
                phrase
                for line in lines[top_index + 1 : min(first_label, top_index + 4)]
                if (phrase := first_phrase(line.raw))
                and _LEGAL_FORM.search(phrase)
                and fold(phrase).startswith(fold(top))  # OCR drops an accent in one of them
                and not find_nips(line.text)
            ),
            None,
        )
        if fuller is not None:
            return _clean_name(fuller)
    label = _INTRUDERS.search(top_line.raw)
    if label and " ".join(top_line.raw[: label.start()].split()).startswith(top):
        # "Firma   Handlowo-Usługowa    „KOMP-SERWIS”        Data wystawienia: …": a spaced-out
        # name runs up to the neighbouring column's label
        top = " ".join(top_line.raw[: label.start()].split())
    if re.search(r"(?i)faktur|rachun|protok[óo]ł|\d", top) and not _LEGAL_FORM.search(top):
        return None
    name = _clean_name(top)
    if name and _TRADE_NAME.match(name) and top_index + 1 < first_label:
        owner = first_phrase(lines[top_index + 1].raw)
        if _PERSON_NAME.fullmatch(owner):
            # "Firma Handlowo-Usługowa „KOMP-SERWIS”" / "Jan Nowak": a sole trader's name ends
            # with the owner's
            name = f"{name} {owner}"
    if name and not _LEGAL_FORM.search(name) and top_index + 1 < first_label:
        rest = first_phrase(lines[top_index + 1].raw)
        form_cut = re.search(r"(?i)\bsp(?:\.|ółka)$", name) and _FORM_REST.match(rest)
        if (_LEGAL_FORM.search(rest) or _INSTITUTE.search(rest) or form_cut) and not re.search(r"\d", rest):
            # a long name wrapped before its legal form ("Narodowy Ośrodek …" / "Samorządowego – Państwowy
            # Instytut Badawczy", "… Usług Informatycznych" / "Spółka z o.o.")
            name = _clean_name(f"{name} {rest}") or name
    return name


# the rest of a legal form wrapped after "Sp." ("… Samorządów Sp." / "z o.o.")
_FORM_REST = re.compile(r"(?i)z\s*o\.\s*o\.?|z\s+ograniczon|k\.|j\.|komandytow|jawna|akcyjna")
# a research institute's legal form ("Państwowy Instytut Badawczy", "instytut badawczy", "PIB")
_INSTITUTE = re.compile(r"(?i)\binstytut\s+badawczy\b|[–-]\s*PIB\b")


_UNLABELLED_RIGHT = 40  # characters: a block starting this far right is the page's right column
_BLOCKS_END = re.compile(r"(?i)^\s*(?:lp\.?|l\.p\.?|nazwa|opis|description|pozycj|poz\.)(?!\w)")


def _blocks_of(lines: list[Line]) -> list[list[str]]:
    """The address blocks above a document's table, each column's consecutive lines apart."""
    blocks: list[list[str]] = []
    open_blocks: dict[str, list[str]] = {}
    for line in lines:
        if _BLOCKS_END.match(line.text) or line.raw == "\f":
            break
        row = cells(line.raw)
        sides = {
            "left": [c.text for c in row if c.start < _UNLABELLED_RIGHT],
            "right": [c.text for c in row if c.start >= _UNLABELLED_RIGHT],
        }
        for side, texts in sides.items():
            if texts:
                if side not in open_blocks:
                    open_blocks[side] = []
                    blocks.append(open_blocks[side])
                open_blocks[side].append(" ".join(texts))
            else:
                open_blocks.pop(side, None)
    return blocks


def _opens_public(text: str) -> bool:
    m = _PUBLIC_START.search(" " + text)
    return m is not None and m.start() == 1


def unlabelled_blocks(lines: list[Line]) -> tuple[Party, Party] | None:
    """(seller, buyer) of a page that labels neither (a foreign ERP's letterhead at the left, the
    customer's address at the right): the two address blocks above the table that carry a NIP. The
    public body (Gmina, Powiat, Urząd …) is the buyer; otherwise the left or upper block sells."""
    parties, blocks = [], []
    for block in _blocks_of(lines[:40]):
        if any(find_nips(text) or unlabelled_nips(text) for text in block):
            party = party_from_block(block)
            if party.name and party.nip:
                parties.append(party)
                blocks.append(block)
    if len(parties) != 2:
        return None
    first, second = parties
    public = [bool(_PUBLIC_START.search(" " + (p.name or ""))) for p in parties]
    if public == [False, False]:
        # the unit's name may stand under a title or office line: any line of the block that opens with it
        public = [any(_opens_public(t) for t in b) for b in blocks]
    if public == [True, False]:
        return second, first
    return first, second


# "NIP nabywcy: …" among the document's data: a NIP tied to its party by its own label.
_ROLE_NIP = re.compile(
    r"(?i)\bNIP\s+(nabywcy|odbiorcy|kupującego|zamawiającego|klienta|sprzedawcy|wystawcy|dostawcy|wykonawcy)\b"
    r"\s*:?\s*(?:PL\s?)?(\d{3}-?\d{2,3}-?\d{2,3}-?\d{2,3})"
)


def role_nips(lines: list[Line]) -> dict[str, str]:
    found: dict[str, str] = {}
    for line in lines:
        for m in _ROLE_NIP.finditer(line.text):
            digits = re.sub(r"\D", "", m.group(2))
            if is_valid(digits):
                role = (
                    "buyer"
                    if m.group(1).lower().startswith(("nabyw", "odbior", "kupuj", "zamaw", "klient"))
                    else "seller"
                )
                found.setdefault(role, digits)
    return found


def _addressed_letter(lines: list[Line]) -> tuple[Party, Party] | None:
    """A letter-style invoice with no party headings: the seller's letterhead and legal footer, the
    unit's address in the envelope window, its NIP labelled "NIP nabywcy" among the document's data.
    The seller's NIP is the other valid one; its name the first phrase of the footer line holding it,
    else the letterhead's "name · address" line."""
    buyer_nip = role_nips(lines).get("buyer")
    if buyer_nip is None:
        return None
    buyer_name = None
    for index, line in enumerate(lines[:40]):
        if _BLOCKS_END.match(line.text) or line.raw == "\f":
            break
        row = cells(line.raw)
        if row and row[0].start < _UNLABELLED_RIGHT and _opens_public(row[0].text):
            buyer_name = _clean_name(row[0].text)
            below = next((cells(f.raw) for f in lines[index + 1 : index + 3] if f.text), [])
            if buyer_name and below and below[0].start < _UNLABELLED_RIGHT:
                # "Gmina" / "Perlejewo": OCR broke the name's line at a baseline step
                buyer_name = _name_continued(buyer_name, below[0].text)
            break
    seller = Party()
    for line in lines:
        nips = [nip for _, nip in find_nips(line.text) if nip != buyer_nip and is_valid(nip)]
        if nips:
            first = first_phrase(line.raw)
            name = None if re.match(r"(?i)nip\b", first) else _clean_name(first)
            seller = Party(name=name, nip=nips[0])
            break
    if seller.name is None:
        dotted = next((t.text.split(" · ")[0] for t in lines[:3] if " · " in t.text), None)
        seller = dataclasses.replace(seller, name=_clean_name(dotted) if dotted else None)
    return seller, Party(name=buyer_name, nip=buyer_nip)


def _unlabelled_or_prose(lines: list[Line], seller: Party, buyer: Party, *, labelled: bool) -> tuple[Party, Party]:
    """The parties the labelled blocks did not give: unlabelled address blocks, or a sentence."""
    if seller == Party() and buyer == Party() and not labelled:
        letter = _addressed_letter(lines)
        if letter is not None:
            return letter
        unlabelled = unlabelled_blocks(lines)
        if unlabelled is not None:
            return unlabelled
    if seller.nip is not None and buyer.nip is not None:
        return seller, buyer
    # "… powołana przez Zamawiającego: …, dokonała odbioru … przez Wykonawcę: …": a sentence names the
    # parties with their NIPs; a role word opening a line in it, or in the signature area ("Komisja:
    # Wykonawca:" over the members' names), gave no block or one without a NIP
    prose = prose_parties(lines)
    if prose is None:
        return seller, buyer
    if seller == Party() or (seller.nip is None and prose[0].nip):
        seller = prose[0]
    if buyer == Party() or (buyer.nip is None and prose[1].nip):
        buyer = prose[1]
    return seller, buyer


def _one_role_once(line: Line, labels: list[_Label]) -> list[_Label]:
    """ "Podmiot1 – Sprzedawca": two names of one role joined by a dash are one heading, not two blocks."""
    out: list[_Label] = []
    for lab in labels:
        if out and out[-1].role == lab.role and re.fullmatch(r"\s*[–—-]\s*", line.text[out[-1].end : lab.start]):
            out[-1] = _Label(lab.role, out[-1].start, lab.end)
        else:
            out.append(lab)
    return out


_FORMAL = re.compile(r"(?i)\s*(?:sprzedawc|sprzedając|nabywc)")


def find_parties(lines: list[Line], *, recipient_is_buyer: bool = False) -> Parties:
    """Seller, buyer and recipient by their labels; a NIP outside these blocks is never used."""
    found: dict[str, Party] = {}
    formal: set[str] = set()  # roles read under the invoice's own headings (Sprzedawca, Nabywca)

    def keep(line: Line, lab: _Label, party: Party) -> None:
        # the first block of a role is kept, unless the invoice's own heading comes later: "Wykonawca
        # zamówienia: KONSORCJUM" above "Sprzedawca (Lider konsorcjum)"
        own = bool(_FORMAL.match(line.text[lab.start : lab.end]))
        if lab.role not in found or (own and lab.role not in formal):
            found[lab.role] = party
        if own:
            formal.add(lab.role)

    first_label: int | None = None
    for index, line in enumerate(lines):
        labels = _labels(line)
        if not labels:
            continue
        merged = _split_heading(lines, index, labels)
        if merged is not None:
            # one heading line a photo's tilt broke in two ("Nabywca:" a line above "Sprzedawca:")
            lines = [*lines[:index], merged, Line("", ""), *lines[index + 2 :]]
            line, labels = merged, _labels(merged)
        first_label = index if first_label is None else first_label
        labels = _one_role_once(line, labels)
        roles = [("buyer" if recipient_is_buyer and lab.role == "recipient" else lab.role) for lab in labels]
        labels = [_Label(role, lab.start, lab.end) for role, lab in zip(roles, labels, strict=True)]
        columns = _column_blocks(lines, index, labels) if len(labels) >= 2 and _is_layout(line) else None
        if columns is not None:
            for lab, party in zip(labels, columns, strict=True):
                keep(line, lab, party)
        elif len(labels) >= 2:
            left, right = labels[0], labels[1]
            parties = _double_block(lines, index, left, right)
            for lab, party in zip((left, right), parties, strict=True):
                keep(line, lab, party)
        else:
            keep(line, labels[0], _one_block(lines, index, labels[0]))
    seller = found.get("seller", Party())
    buyer = found.get("buyer", Party())
    if seller.nip is None and first_label is not None:
        seller = (
            _nip_of_the_letterhead(lines, first_label, buyer, seller)
            if "seller" in found
            else _letterhead_seller(lines, first_label, buyer, seller)
        )
    seller, buyer = _unlabelled_or_prose(lines, seller, buyer, labelled=first_label is not None)
    if first_label is not None and not seller.name and not seller.nip:
        # a seller heading over nothing ("wystawca" captioning a signature line): the letterhead's
        seller = _letterhead_seller(lines, first_label, buyer, seller)
        seller = _letterhead_with_form(lines, first_label, seller) or seller
    recipient = _real(found.get("recipient"))
    if recipient is not None and buyer == Party():
        # Some layouts print only "Odbiorca" for the buyer.
        buyer, recipient = recipient, None
    if buyer.name:
        buyer = dataclasses.replace(buyer, name=public_unit_name(buyer.name))
    return Parties(seller, buyer, recipient)


# The words a public buyer's name opens with (a JST or its office or unit).
PUBLIC_UNIT = re.compile(
    r"(?<![\w])(?:Gmina|Gminy|Powiat|Powiatu|Miasto|Miasta|Urząd|Urzędu|Starostwo|Województwo|Województwa|"
    r"Szkoła|Zespół|Przedszkole|Ośrodek|Centrum|Biblioteka|Gminn[ya]|Powiatow[ya]|Miejsk[ia]|Samorząd|Zarząd|"
    r"Skarb|Szpital|Dom\s+Pomocy|Liceum|Technikum|Żłobek|Muzeum|Wojewódzk[ia]|Regionaln[ya]|Komenda|"
    r"Straż|Zakład|Instytucja|Jednostka|Centrum|Marszałek|Burmistrz|Wójt|Prezydent|Starosta)(?![\w])",
    re.IGNORECASE,
)
# A fragment of the neighbouring column before the unit's name ("o.o. Miasto Otwock", "z Gmina …").
_FRAGMENT_BEFORE = re.compile(r"^(?:(?:[a-ząćęłńóśźż]{1,3}\.?|[a-z]\.[a-z]\.|sp\.\s*z\s*o\.o\.|s\.a\.)\s+)+")
# A sentence after the unit's name ("Gmina Stromiec Dostawa w ramach umowy nr 5/ZP/2026"): a capitalised
# word followed by three lower-case words at least, or by a reference number ("… z dnia" is a stamp's
# words, left for the name check to flag).
_SENTENCE_AFTER = re.compile(
    r"\s+[A-ZŁŚŻŹĆÓĘĄŃ][a-ząćęłńóśźż]+(?:\s+[a-ząćęłńóśźż]+){3,}\b.*$|\s+\S+\s+(?:nr|numer)\s+\S*\d\S*/.*$"
)


def public_unit_name(name: str) -> str:
    """A public buyer's name without what the neighbouring column left around it: a legal form's
    fragment before it ("o.o. Miasto Otwock") or a sentence after it ("… Dostawa w ramach umowy …").

    >>> public_unit_name("o.o. Miasto Otwock")
    'Miasto Otwock'
    >>> public_unit_name("Gmina Stromiec Dostawa w ramach umowy nr 5/ZP/2026")
    'Gmina Stromiec'
    >>> public_unit_name("Szkoła Podstawowa nr 2 w Łowiczu")
    'Szkoła Podstawowa nr 2 w Łowiczu'
    """
    unit = PUBLIC_UNIT.search(name)
    if unit is None:
        return name
    fragment = _FRAGMENT_BEFORE.match(name)
    if unit.start() > 0 and fragment is not None and fragment.end() == unit.start():
        name = name[unit.start() :]
    sentence = _SENTENCE_AFTER.search(name, PUBLIC_UNIT.search(name).end())  # type: ignore[union-attr]
    if sentence is not None and sentence.start() > 0:
        rest = name[: sentence.start()]
        if len(rest.split()) >= 2:
            name = rest
    return name
