"""What a numbered paragraph of the CG regulamin says, quoted from the document itself.

"co mówi par 7 ust 3 regulaminu cyfrowej gminy" asks for the text of one provision. The entries cite
paragraphs but answer questions of their own: ranked by the words left ("regulamin", "cyfrowa gmina") the
question finds whatever entry is about the regulamin in general, a confident answer to another question. The
document is in the package (knowledge/regulations/), so the provision is quoted; a paragraph it does not
have is no answer at all. Only the CG regulamin is divided into paragraphs (§) and their sections (ust.); the
CP and CS schemes are not, so a question about them is left to the ranking.
"""

from __future__ import annotations

import re

from knowledge.citations import Citation, document_text
from knowledge.lazy_re import lazy
from knowledge.normalize import fold

REGULAMIN = "cyfrowa_gmina_regulamin.txt"
# "§ 7 ust. 3", "par 7 ust 3", "paragraf 7 ustęp 3", "§7.3"
_PROVISION = lazy(
    r"(?:§+|\bpar\b\.?|\bparagraf\w*)\s*(?P<par>\d{1,2})\s*(?:,?\s*(?:ust\b\.?|ustep\w*)\s*|\.)(?P<ust>\d{1,2})\b"
)
# … and the question asks for its content ("co mówi", "czego dotyczy", "jak brzmi", "co jest w")
_ASKS_CONTENT = lazy(
    r"\bco\s+(?:\w+\s+)?(?:mowi|stanowi|jest\s+w|zawiera|reguluje|przewiduje|tam\s+jest|tam\s+pisze|znaczy|oznacza)"
    r"|\bczego\s+dotyczy|\bo\s+czym\s+(?:jest|mowi)|\bjak\s+brzmi|\btresc\w*|\bzacytuj\w*|\bprzytocz\w*"
)
# another programme named: its documents have no paragraphs to quote
_OTHER_PROGRAMME = lazy(r"\bcyfrow\w*\s+powiat\w*|\bcyber\w*|\b(?:cp|cs)\b")
# a question longer than this is about something more than the provision's text
MAX_WORDS = 16


def provision_text(paragraph: int, section: int) -> str | None:
    """The text of §`paragraph` ust. `section` of the CG regulamin, or None when it has no such provision."""
    lines = document_text(REGULAMIN).splitlines()
    start = next((k for k, line in enumerate(lines) if re.match(rf"\s*§\s*{paragraph}\b", line)), None)
    if start is None:
        return None
    for line in lines[start + 1 :]:
        if re.match(r"\s*§\s*\d+", line) or line.strip().startswith("Załączniki"):
            return None
        match = re.match(rf"\s*{section}\.\s+(?P<text>\S.*)", line)
        if match:
            return match.group("text").strip()
    return None


def quoted_provision(question: str) -> tuple[str, Citation, bool] | None:
    """The reply to "co mówi § N ust. M regulaminu CG", its citation and whether the provision exists; None when
    the question is not that."""
    folded = fold(question).lower()
    match = _PROVISION.search(folded)
    if match is None or not _ASKS_CONTENT.search(folded) or len(folded.split()) > MAX_WORDS:
        return None
    if _OTHER_PROGRAMME.search(folded):
        return None
    paragraph, section = int(match.group("par")), int(match.group("ust"))
    citation = Citation(REGULAMIN, f"§{paragraph} ust. {section}")
    text = provision_text(paragraph, section)
    if text is None:
        return (
            f"Regulamin konkursu Cyfrowa Gmina nie ma § {paragraph} ust. {section} – sprawdź numer przepisu.",
            citation,
            False,
        )
    return f"§ {paragraph} ust. {section} regulaminu konkursu Cyfrowa Gmina brzmi: „{text}”", citation, True
