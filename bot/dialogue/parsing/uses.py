"""Things described by what they are for: "coś do kopii zapasowych", "coś, żeby sołtysi mogli podpisywać dokumenty
elektronicznie", "program do wideospotkań z mieszkańcami" – the kind of purchase the programmes' catalogues name, so
the classifier judges what the official means rather than the word "coś"."""

from __future__ import annotations

import re

from knowledge.normalize import fold

# An unnamed thing: "coś", "czegoś", "jakiś program", "sprzęt", "urządzenie", "system", "program"
_UNNAMED = re.compile(
    r"^\W*(?:(?:a|i|to|ten|ta|czy|takie|tak[iea]|jaki[eś]?|jakie[sś]|jaka[sś]|jaki[sś])\s+)*(?:co[sś]|czego[sś]|czym[sś]|"
    r"program(?:u|em|y|ik)?|oprogramowani\w*|aplikacj\w*|sprz[eę]t\w*|urz[aą]dzeni\w*|system(?:u|em|y)?|narz[eę]dzi\w*"
    # "a to drukowanie?": the use itself, pointed at
    r"|(?<=to\s)\w+anie)\b"
)
# use → the catalogue's name of the thing (folded patterns, first match wins)
_USES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), thing)
    for pattern, thing in (
        (r"kopi\w* zapasow|backup|archiwizac", "oprogramowanie do kopii zapasowych"),
        (r"podpis\w*|podpisywa\w*", "kwalifikowany podpis elektroniczny"),
        (
            r"wideo\w*|videokonf\w*|telekonf\w*|spotka\w* (?:z \w+ )?(?:online|zdaln|przez internet)|wideospotk",
            "oprogramowanie do wideokonferencji",
        ),
        (r"drukowa\w*|wydruk\w*|drukow\w*", "drukarka"),
        (r"skanowa\w*|zeskanowa\w*|skan\w* dokument", "skaner"),
        (r"internet\w*|dostep\w* do sieci|lacz\w* internet", "usługa dostępu do internetu"),
        (r"ksiegow\w*|finansowo-ksiegow", "oprogramowanie księgowe"),
        (r"antywirus|wirus\w*|zlosliw\w* oprogramow", "oprogramowanie antywirusowe"),
        (r"zasilani\w*|zanik\w* prad|awari\w* prad", "zasilacz awaryjny UPS"),
        (
            r"obieg\w* dokument|ezd\b|elektroniczn\w* zarzadzan\w* dokument",
            "system elektronicznego zarządzania dokumentacją (EZD)",
        ),
    )
)


def by_use(said: str) -> str | None:
    """The thing an unnamed purchase is for, when its use names one.

    >>> by_use("coś do kopii zapasowych"), by_use("coś, żeby sołtysi mogli podpisywać dokumenty elektronicznie")
    ('oprogramowanie do kopii zapasowych', 'kwalifikowany podpis elektroniczny')
    >>> by_use("a coś, żeby mieszkańcy mogli sami wydrukować wniosek w urzędzie"), by_use("program do wideospotkań")
    ('drukarka', 'oprogramowanie do wideokonferencji')
    >>> by_use("a to drukowanie"), by_use("drukarka do sekretariatu"), by_use("coś ładnego")
    ('drukarka', None, None)
    """
    if not _UNNAMED.match(said):
        return None
    folded = fold(said)
    return next((thing for pattern, thing in _USES if pattern.search(folded)), None)


# what is left of a follow-up once the thing is found: "wracając do cs –", "w cyfrowej gminie", "by przeszło?"
_LEAD = re.compile(r"(?i)^\W*(?:(?:a|i|no|ok|dobra|wracaj[aą]c\s+do\s+[^–—,:-]{2,30}?\s*[–—,:-]|w|we|z|ze|dla)\s+)+")
_TAIL = re.compile(
    r"(?i)\s*(?:[–—,-]\s*)?(?:(?:to\s+)?by\s+)?(?:przesz\w*|przejd\w*|przechodzi|mo[zż]na|da\s+si[eę]\b.*|"
    r"kwalifikuj\w*.*|jest\s+ok|wchodzi)?\W*$"
)


def use_asked(text: str) -> str | None:
    """The follow-up's thing said by its use ("a w cyfrowej gminie to coś do kopii zapasowych by przeszło?" →
    "to coś do kopii zapasowych"), when its use names a thing; the text is without the programme's name."""
    said = _TAIL.sub("", _LEAD.sub("", text.strip()))
    return said if said and by_use(said) else None


# a plan told as a sentence: "chcemy wymienić stare komputery w szkole", "żeby ktoś sprawdził naszą stronę pod kątem
# dziur", "myślimy o przeniesieniu poczty do chmury"
_PLAN_LEAD = re.compile(
    r"\b(?:chcemy|chcieli\w*|planujemy|planu\w*|my[sś]limy|zamierzamy|potrzebujemy|przyda\w*|[zż]eby|aby|trzeba\s+by)\b"
)
_PLANS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), thing)
    for pattern, thing in (
        (
            r"(?:sprawdz\w*|przetestow\w*|testow\w*|przeskanow\w*|zbada\w*)\W+(?:\w+\W+){0,4}?"
            r"(?:stron\w*|serwis\w*|system\w*|siec\w*|aplikac\w*)|dziur\w*|podatnos\w*|luk\w* (?:w )?bezpiecze",
            "testy penetracyjne",
        ),
        (r"(?:przenie\w*|przenosz\w*|migr\w*)\W+(?:\w+\W+){0,3}?(?:do|w) chmur", "migracja danych do chmury"),
        (r"kopi\w* (?:zapasow\w* )?(?:poza|w innym miejscu|na zewnatrz)|backup\w*|kopi\w* zapasow", "kopie zapasowe"),
        (r"chmur\w*", "usługa chmurowa"),
        (
            r"(?:uporzadkow\w*|zmodernizow\w*|modernizac\w*|przebudow\w*|wymieni\w*)\W+(?:\w+\W+){0,3}?(?:siec|sieci|okablowan)|"
            r"siec\w* (?:lan|wewnetrzn|w budynku)|okablowani\w*",
            "modernizacja sieci LAN",
        ),
        (
            r"(?:szkoleni\w*|przeszkol\w*|kurs\w*)\W+(?:\w+\W+){0,5}?(?:cyber|phishing|bezpieczen)",
            "szkolenia z cyberbezpieczeństwa dla pracowników",
        ),
        (r"(?:szkoleni\w*|przeszkol\w*)\W+(?:\w+\W+){0,3}?(?:urzednik|pracownik|kadr)", "szkolenie pracowników urzędu"),
        (r"(?:wymieni\w*|nowe|kupi\w*)\W+(?:\w+\W+){0,2}?komputer\w*", "komputery"),
    )
)


def planned_thing(text: str) -> str | None:
    """The catalogue's thing a plan told as a sentence is about, or None.

    >>> planned_thing("chcemy wymienić stare komputery w naszej szkole specjalnej – można?")
    'komputery dla szkoły'
    >>> planned_thing("i żeby ktoś z zewnątrz sprawdził naszą stronę www pod kątem dziur")
    'testy penetracyjne'
    >>> planned_thing("chcemy część przeznaczyć na chmurę"), planned_thing("chcemy kupić serwer")
    ('usługa chmurowa', None)
    """
    folded = fold(text)
    if not _PLAN_LEAD.search(folded) or re.search(r"\bile\b|\bkiedy\b|\bjak\s+dlugo\b", folded):
        return None  # "ile z tego możemy przeznaczyć na szkolenia?": an amount or a date asked, no plan to judge
    for pattern, thing in _PLANS:
        if pattern.search(folded):
            if thing == "komputery" and re.search(r"\bszkol|\bucz(?:n|en)", folded):
                return "komputery dla szkoły"
            return thing
    return None
