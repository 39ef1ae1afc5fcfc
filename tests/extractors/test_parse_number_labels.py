"""The document's number among other labelled numbers: a KSeF reference printed under it in a spaced
monospace font ("Numer  KSeF:"), a party's "NIP …" in the cell below a lone "Numer" label."""

from __future__ import annotations

import pytest

from extractors.parse.invoice import detect_number
from extractors.parse.text import split_lines


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Faktura                                                  Data wystawienia 2026-05-04\n"
            "Numer faktury: FS 41/05/2026/W                           Miejsce wystawienia Opole\n"
            "Numer  KSeF:  7491827364-20260504-0A1B2C3D4E5F-7C\n"
            "SPRZEDAWCA                                               NABYWCA\n"
            "NIP 7491827364                                           NIP 9910005533\n",
            "FS 41/05/2026/W",
            id="ksef-label-spaced-under-the-number",
        ),
        pytest.param(
            "FAKTURA\nNr   konta:  12 1020 3040 5060 7080 9000 1234\nNIP 7491827364\n",
            None,
            id="no-number-rather-than-a-nip",
        ),
    ],
)
def test_another_labelled_number_is_not_the_documents(text: str, expected: str | None) -> None:
    assert detect_number(split_lines(text, ocr=False)) == expected
