"""Citations: which programme document and which section a rule, number or date comes from.

The documents are copies of ../shared/regulations kept in `knowledge/regulations/` so the product
can show its sources without the shared folder.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from knowledge.normalize import simplify

REGULATIONS_DIR = Path(__file__).parent / "regulations"

DOCUMENTS: dict[str, str] = {
    "cyfrowa_gmina_ogloszenie.txt": "Cyfrowa Gmina – ogłoszenie CPPC „Nowe wsparcie dla gmin!”",
    "cyfrowa_gmina_schemat_grantowy.txt": "Cyfrowa Gmina – schemat grantowy",
    "cyfrowa_gmina_regulamin.txt": "Cyfrowa Gmina – regulamin konkursu grantowego (styczeń 2024)",
    "cyfrowy_powiat_schemat_grantowy.txt": "Cyfrowy Powiat – schemat grantowy",
    "cyberbezpieczny_samorzad_schemat_grantowy.txt": "Cyberbezpieczny Samorząd – schemat grantowy",
}


@dataclass(frozen=True, slots=True)
class Citation:
    document: str  # file name in knowledge/regulations/
    section: str  # "§4 ust. 5" or "<heading>, pkt 6"

    def __str__(self) -> str:
        return f"{self.document}, {self.section}"

    @property
    def title(self) -> str:
        return DOCUMENTS.get(self.document, self.document)

    def human(self) -> str:
        """Polish form for chat: 'Cyfrowa Gmina – regulamin … (styczeń 2024), §4 ust. 5'."""
        return f"{self.title}, {self.section}"


def _fold(text: str) -> str:
    return simplify(text, keep_diacritics=True)


@cache
def document_text(document: str) -> str:
    return (REGULATIONS_DIR / document).read_text(encoding="utf-8")


def section_anchor(section: str) -> str:
    """The part of a section reference that must literally appear in the document.

    "§4 ust. 5" -> "§4"; "Wydatki kwalifikowalne …, pkt 6" -> "Wydatki kwalifikowalne …".
    """
    paragraph = re.match(r"\s*(§\s*\d+)", section)
    if paragraph:
        return paragraph.group(1).replace(" ", "")
    return section.split(",")[0].strip()


def is_valid(citation: Citation) -> bool:
    """True when the document exists and the section's anchor occurs in it."""
    if citation.document not in DOCUMENTS:
        return False
    text = _fold(document_text(citation.document)).replace("§ ", "§")
    return _fold(section_anchor(citation.section)) in text
