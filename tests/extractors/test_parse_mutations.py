"""The parser never raises: golden texts damaged the way scans and bad exports damage them."""

import random
from pathlib import Path

import pytest

from extractors.models import Invoice, Protocol, Source
from extractors.parse import parse_text

GOLDEN = sorted((Path(__file__).parent / "golden").glob("*.txt"))


def _damage(text: str, rnd: random.Random) -> str:
    lines = text.splitlines()
    for _ in range(rnd.randint(1, 6)):
        if not lines:
            break
        i = rnd.randrange(len(lines))
        match rnd.randrange(7):
            case 0:
                del lines[i]  # a line OCR missed
            case 1:
                lines.insert(i, lines[i])  # a line read twice
            case 2:
                cut = rnd.randrange(len(lines[i]) + 1)
                lines[i : i + 1] = [lines[i][:cut], lines[i][cut:]]  # a line broken in two
            case 3:
                lines[i] = lines[i].replace("0", "O").replace("1", "l")  # look-alike letters
            case 4:
                lines[i] = " | ".join(lines[i].split())  # table borders everywhere
            case 5:
                lines[i] = lines[i].replace(" ", "")  # every space dropped
            case _:
                lines[i] = "".join(rnd.sample(lines[i], len(lines[i])))  # noise
    return "\n".join(lines)


@pytest.mark.parametrize("path", GOLDEN, ids=[p.stem for p in GOLDEN])
def test_damaged_text_still_parses(path: Path) -> None:
    rnd = random.Random(path.stem)
    text = path.read_text()
    for _ in range(8):
        doc = parse_text(_damage(text, rnd), file=path.name, source=Source.OCR)
        assert isinstance(doc, Invoice | Protocol)
        assert all(w.code and w.message for w in doc.warnings)
