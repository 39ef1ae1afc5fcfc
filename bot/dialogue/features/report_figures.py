"""A report's figures asked about in words: "te 20 000 za doradztwo to netto czy brutto?", "laptopy to ile bez VAT?",
"co mam zmienić, żeby doradztwo przeszło?". Pure functions over the stored report's summary and CSV (one row per
invoice line, `checks.export.LINE_COLUMNS`); the settlement feature says the result."""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from bot.dialogue.parsing.amounts import NUMBER, to_decimal
from knowledge.money import num
from knowledge.normalize import fold

# "netto czy brutto?", "to z VAT-em czy bez?", "brutto czy netto"
BASIS_ASKED = re.compile(
    r"(?i)\bnetto\s+czy\s+brutto\b|\bbrutto\s+czy\s+netto\b|\bz\s+vat[\w-]*\s+czy\s+bez\b|\bbez\s+vat[\w-]*\s+czy\s+z\b"
)
# "laptopy to ile bez VAT?", "a skanery bez VAT?", "ile netto za serwer?", "doradztwo brutto?"
ONE_BASIS = re.compile(r"(?i)\bbez\s+vat[\w-]*|\bz\s+vat[\w-]*|\bnetto\b|\bbrutto\b")
# "a brutto?", "a z VAT-em?", "a netto?": the other basis of the line talked about
BASIS_ALONE = re.compile(
    r"(?i)^\W*(?:a|i|no\s+a)?\s*(?:ile\s+)?(?:w\s+)?(?:netto|brutto|z\s+vat[\w-]*|bez\s+vat[\w-]*)\W*$"
)
# "co mam zmienić, żeby doradztwo przeszło?", "toner – co zmienić, żeby przeszedł?", "a skanery – co poprawić?"
FIX_ASKED = re.compile(
    r"(?i)\bco\s+(?:(?:mam|mamy|trzeba|nale[zż]y|musimy|musz[eę]|powinni\w*|mo[zż]emy)\s+)?"
    r"(?:zmieni[cć]|poprawi[cć]|zrobi[cć]|uzupe[lł]ni[cć])\b"
    # "co jest nie tak ze skanerami?", "co nie gra z serwerem?", "jaki jest problem z laptopami?"
    r"|\bco\s+(?:(?:jest|by[lł]o)\s+)?nie\s+tak\s+(?:z|ze)\s|\bco\s+nie\s+gra\s+(?:z|ze)\s"
    r"|\bjaki\s+(?:jest\s+)?problem\s+(?:z|ze)\s"
)
# "co jest nie tak ze skanerami?": the thing after "z/ze"
_WRONG_WITH = re.compile(r"(?i)\b(?:nie\s+tak|nie\s+gra|problem)\s+(?:z|ze)\s+(?P<thing>[^?.!]+)")
_FIX_THING_AFTER = re.compile(
    r"(?i)\b(?:[zż]eby|aby|by|[zż]eby\s+nam)\s+(?P<thing>.+?)\s+(?:przesz\w*|przejd\w*|przeszed\w*|by[lł]\w*\s+ok\w*|"
    r"zosta[lł]\w*\s+uznan\w*|by[lł]\w*\s+kwalifikowaln\w*|si[eę]\s+zmie[sś]ci\w*)\b"
)
_FIX_THING_BEFORE = re.compile(r"(?i)^\W*(?:(?:a|i|no|ok|dobra)\W+)?(?P<thing>[^–—?]+?)\s*[–—-]\s*co\b")
# words that name no thing of the report: "te 20 000 za doradztwo" -> "doradztwo"
_NOT_A_THING = re.compile(
    r"(?i)^(?:te[jgn]?|ta|t[aeę]|tym|tymi|tych|to|ten|tego|sam[aoy]?|samego|za|na|z|ze|w|a|i|czy|ile|jak\w*|jest|s[aą]|by[lł]\w*|netto|brutto|"
    r"vat[\w-]*|bez|kwot\w*|zł|zl|pozycj\w*|pln|razem|sum\w*|wynos\w*|wyni[oó]s\w*|wychodz\w*|wysz[lł]\w*|wyjd\w*|kosztuj\w*|kosztowa\w*|mam|co|ok|dobra|no|jed(?:en|na|no|nego|nej)|"
    r"sztuk\w*|szt|ka[zż]d\w*)$"
)
_TOTAL_LINE = re.compile(
    r"^(?P<label>Kwalifikowalne|Niekwalifikowalne|Do wyjaśnienia|Razem)\w*:\s*(?P<net>[\d\s\u00a0]+,\d{2})\s*zł netto,"
    r"\s*(?P<gross>[\d\s\u00a0]+,\d{2})\s*zł brutto"
)


@dataclass(frozen=True)
class Figure:
    """One figure of the report: a line ("„Skaner …”") or a total ("Kwalifikowalne"), net and gross."""

    label: str
    net: Decimal | None
    gross: Decimal | None
    each: bool = False  # one piece of a line of several


def _decimal(text: str) -> Decimal | None:
    cleaned = re.sub(r"[\s\u00a0]", "", text).replace(",", ".")
    try:
        return Decimal(cleaned) if cleaned else None
    except InvalidOperation:
        return None


def line_figures(csv_text: str) -> list[Figure]:
    """The report's invoice lines with their net and gross amounts."""
    rows = list(csv.reader(io.StringIO(csv_text.lstrip("\ufeff")), delimiter=";"))
    if len(rows) < 2 or not {"nazwa pozycji", "netto", "brutto"} <= set(rows[0]):
        return []
    header = rows[0]
    name_at, net_at, gross_at = header.index("nazwa pozycji"), header.index("netto"), header.index("brutto")
    qty_at = header.index("ilość") if "ilość" in header else None
    found: list[Figure] = []
    for row in rows[1:]:
        if len(row) <= max(name_at, net_at, gross_at) or not row[name_at]:
            continue
        net, gross = _decimal(row[net_at]), _decimal(row[gross_at])
        found.append(Figure(f"„{row[name_at]}”", net, gross))
        qty = _decimal(row[qty_at]) if qty_at is not None and len(row) > qty_at else None
        if qty is not None and qty > 1 and qty == qty.to_integral_value():
            # "laptop kosztował 4 219 netto?": one piece of the line, net and gross
            each = [(v / qty).quantize(Decimal("0.01")) if v is not None else None for v in (net, gross)]
            label = f"„{row[name_at]}” – za sztukę ({num(qty).replace(',00', '')} szt.)"
            found.append(Figure(label, each[0], each[1], each=True))
    return found


def total_figures(summary: str) -> list[Figure]:
    """The report's totals ("Kwalifikowalne: 36 800,00 zł netto, 45 264,00 zł brutto")."""
    found = (_TOTAL_LINE.match(line.strip()) for line in summary.splitlines())
    return [
        Figure(f"suma „{m.group('label')}”", _decimal(m.group("net")), _decimal(m.group("gross"))) for m in found if m
    ]


def amount_said(text: str) -> Decimal | None:
    """The first amount a question names ("te 20 000 za doradztwo …" -> 20000); None when it names none."""
    for match in NUMBER.finditer(text):
        value = to_decimal(match.group(1), match.group(2) or "")
        if value is not None and value >= 10:
            return value
    return None


def thing_words(text: str) -> str:
    """What a question names of the report, without its question and basis words ("laptopy to ile bez VAT?" ->
    "laptopy")."""
    words = [w for w in re.findall(r"[^\W\d_][\w-]*", text) if not _NOT_A_THING.match(w)]
    return " ".join(words)


def naming(figures: list[Figure], thing: str) -> list[Figure]:
    """The lines whose names hold every word of the thing (its first five letters: "laptopy" names "Laptop …")."""
    stems = [fold(w)[:5] for w in thing.split() if len(w) >= 3]
    if not stems:
        return []
    return [f for f in figures if all(s in fold(f.label) for s in stems)]


def basis_of(amount: Decimal, figures: list[Figure]) -> list[str]:
    """What the amount said is in the report: 'netto (…), brutto …' per figure it equals."""
    said: list[str] = []
    for figure in figures:
        if figure.net is not None and figure.net == amount:
            other = f"; brutto: {num(figure.gross)} zł" if figure.gross is not None else ""
            said.append(f"{num(amount)} zł to kwota netto (bez VAT) – {figure.label}{other}.")
        elif figure.gross is not None and figure.gross == amount:
            other = f"; netto: {num(figure.net)} zł" if figure.net is not None else ""
            said.append(f"{num(amount)} zł to kwota brutto (z VAT) – {figure.label}{other}.")
    return list(dict.fromkeys(said))


def both_bases(figures: list[Figure]) -> list[str]:
    """Each figure with both its amounts."""
    return [
        f"{f.label}: netto {num(f.net)} zł, brutto {num(f.gross)} zł"
        if f.net is not None and f.gross is not None
        else f"{f.label}: {'netto ' + num(f.net) if f.net is not None else 'brutto ' + num(f.gross or Decimal(0))} zł"
        for f in figures
    ]


def advisory_net(csv_text: str, column: str = "netto") -> Decimal | None:
    """The net (or, with `column` "brutto", gross) sum of the report's advisory lines not rejected (the share capped
    at a percentage of the grant); None when the report has none."""
    from checks.rules import names_advisory

    rows = list(csv.reader(io.StringIO(csv_text.lstrip("\ufeff")), delimiter=";"))
    if len(rows) < 2 or not {"nazwa pozycji", "kategoria", "ocena", column} <= set(rows[0]):
        return None
    header = rows[0]
    at = {name: header.index(name) for name in ("nazwa pozycji", "kategoria", "ocena", column)}
    amounts = [
        _decimal(row[at[column]])
        for row in rows[1:]
        if len(row) > max(at.values())
        and names_advisory(f"{row[at['kategoria']]} {row[at['nazwa pozycji']]}")
        and not fold(row[at["ocena"]]).startswith("niekwalifik")
    ]
    found = [n for n in amounts if n is not None]
    return sum(found, Decimal(0)) if found else None


def advisory_cap(programme: str, grant: Decimal) -> tuple[Decimal, Decimal] | None:
    """(percent, cap) of the programme's advisory limit for a grant (`advisory_cap_percent`, CG and CP); None where
    the programme sets none (CS)."""
    from knowledge.programmes import get_programme

    fact = get_programme(programme).get("advisory_cap_percent")
    if fact is None:
        return None
    return fact.decimal, (grant * fact.decimal / 100).quantize(Decimal("0.01"))


# "a przy grancie 350 tys.?", "a gdyby grant był 400 000?": another grant supposed against the report
GRANT_SUPPOSED = re.compile(
    r"(?i)^\W*(?:(?:a|i|to)\s+)?(?:przy|gdyby|jakby|je[sś]li)\s+(?:grancie|grant\w*\s+(?:by[lł]\w*|wynosi\w*|mia[lł]\w*))\s*"
    r"(?P<n>\d{1,3}(?:[ \u00a0]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?)\s*(?P<k>tys\w*\.?|k\b|mln\w*\.?)?"
    r"\s*(?:z[lł]\w*)?\W*$"
)


# "ile laptopów kupiliśmy?", "ile jest skanerów na fakturze?": how many of a thing the documents hold
QUANTITY_ASKED = re.compile(
    r"(?i)^\W*(?:(?:a|i|to)\s+)?ile\s+(?!(?:to|ich)\b)(?P<thing>[^\W\d][\w-]+(?:\s+[^\W\d][\w-]+)?)\s+"
    r"(?:kupili[sś]my|kupi[lł]\w*|zam[oó]wili[sś]my|jest|mamy|by[lł]o|s[aą]|na\s+fakturze|dostali[sś]my|"
    # "ile skanerów odebrano?", "ile laptopów przyjęliśmy?": what the acceptance protocols say was received
    r"odebra\w*|dostarczon\w*|dostarczy\w*|przyj[eę]\w*|w\s+protoko\w*)\b"
    # "a ile to było licencji?", "ile ich było – skanerów?": the verb first, the thing after it
    r"|^\W*(?:(?:a|i|to)\s+)?ile\s+(?:to\s+|ich\s+)?(?:by[lł]o|jest|mamy|kupili[sś]my)\s+(?:[–—-]\s+)?"
    r"(?P<after>[^\W\d][\w-]+(?:\s+[^\W\d][\w-]+)?)\W*$"
)
# "ile kosztowały laptopy brutto?", "za ile był serwer?": what a thing cost on the documents
COST_ASKED = re.compile(
    r"(?i)\b(?:ile\s+(?:netto\s+|brutto\s+)?kosztowa\w*|za\s+ile\s+(?:by[lł]\w*|kupili[sś]my)|jaka\s+(?:by[lł]a\s+)?cena)\b"
)
# "czyli kwalifikowalne mamy 9 704,70 netto, tak?", "a laptopy odpadły na 21 095 zł brutto?", "dobrze pamiętam?":
# an amount of the report said back with its basis, to be confirmed
CHECKED = re.compile(
    r"(?i)(?:,|\s)\s*(?:tak|prawda|zgadza\s+si[eę]|dobrze\s+pami[eę]tam|czy\s+tak|racja|s[lł]usznie)\s*\?*\s*$|"
    r"^\W*(?:czyli|a|i|to|czy)\b[^?]*\d[^?]*\?\s*$"
)


def basis_word(text: str) -> str:
    """The basis the user said an amount is on: "netto", "brutto" or ""."""
    if re.search(r"(?i)\bnetto\b|\bbez\s+vat", text):
        return "netto"
    return "brutto" if re.search(r"(?i)\bbrutto\b|\bz\s+vat", text) else ""


def checked_basis(amount: Decimal, said: str, figures: list[Figure]) -> str | None:
    """ "Tak – …" when the amount is on the basis the user said, "Nie – …" when it is the other one; None when the
    amount is no figure of the report."""
    on_net = any(f.net == amount for f in figures)
    on_gross = any(f.gross == amount for f in figures)
    if not (on_net or on_gross) or not said:
        return None
    if (said == "netto" and on_net) or (said == "brutto" and on_gross):
        return f"Tak – {num(amount)} zł to kwota {said} w raporcie."
    found = "brutto (z VAT)" if on_gross else "netto (bez VAT)"
    return f"Nie – {num(amount)} zł to w raporcie kwota {found}, nie {said}."


def document_lines(documents: list[object], thing: str) -> list[str]:
    """The lines of the documents sent that name the thing, with their quantity, net and gross ("„Laptop Dell …”
    (FV/2023/05/101): 5 szt., netto 21 095,00 zł, brutto 25 946,85 zł")."""
    stems = [fold(w)[:5] for w in thing.split() if len(w) >= 3]
    said: list[str] = []
    for document in documents:
        for line in getattr(document, "items", ()) or ():
            name = str(getattr(line, "name", "") or "")
            if not stems or not all(s in fold(name) for s in stems) or getattr(line, "before_correction", False):
                continue
            qty, unit = getattr(line, "qty", None), getattr(line, "unit", None)
            net, gross = getattr(line, "net", None), getattr(line, "gross", None)  # a protocol's rows have none
            parts = [f"{num(qty).replace(',00', '')} {unit or 'szt.'}" if qty is not None else ""]
            parts += [f"netto {num(net)} zł" if net is not None else ""]
            parts += [f"brutto {num(gross)} zł" if gross is not None else ""]
            if qty is not None and qty > 1 and net is not None and gross is not None:
                # "ile netto kosztował jeden laptop?": one piece too
                each_net, each_gross = ((v / qty).quantize(Decimal("0.01")) for v in (net, gross))
                parts.append(f"za sztukę: netto {num(each_net)} zł, brutto {num(each_gross)} zł")
            where = getattr(document, "number", None) or getattr(document, "file", "")
            said.append(f"„{name}” ({where}): " + ", ".join(p for p in parts if p))
    return said


def fix_thing(text: str) -> str | None:
    """The thing a "what to change" question is about ("co zmienić, żeby doradztwo przeszło?" -> "doradztwo"); ""
    when it names none ("co mam zmienić, żeby ta pozycja przeszła?"); None when it is no such question."""
    if not FIX_ASKED.search(text):
        return None
    found = _FIX_THING_AFTER.search(text) or _FIX_THING_BEFORE.search(text) or _WRONG_WITH.search(text)
    return thing_words(found.group("thing")) if found else ""


def totals_named(totals: list[Figure], thing: str) -> list[Figure]:
    """The report's total a word names: "kwalifikowalna" → „Kwalifikowalne” (not „Niekwalifikowalne”),
    "niekwalifikowane" → „Niekwalifikowalne”.

    >>> both = [Figure("suma „Kwalifikowalne”", None, None), Figure("suma „Niekwalifikowalne”", None, None)]
    >>> [f.label for f in totals_named(both, "kwalifikowalna")]
    ['suma „Kwalifikowalne”']
    >>> [f.label for f in totals_named(both, "niekwalifikowane")]
    ['suma „Niekwalifikowalne”']
    """
    words = [w for w in fold(thing).split() if re.match(r"(?:nie)?kwalifikow", w)]
    if len(words) != 1:
        return []
    stem = words[0][:9] if words[0].startswith("nie") else words[0][:6]
    return [f for f in totals if re.search(rf"\u201e{stem}", fold(f.label))]
