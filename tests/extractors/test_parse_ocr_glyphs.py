"""Glyphs OCR substitutes in names: a capacity's B read as 8 ("16G8"), "&" read as "6:", the o's of
"Sp. z o.o." read as zeros; a model code or a legal form printed that way is left alone."""

from __future__ import annotations

import pytest

from extractors.parse.invoice import ocr_name
from extractors.parse.parties import party_from_block
from extractors.parse.text import split_lines


@pytest.mark.parametrize(
    ("read", "expected"),
    [
        pytest.param("Dysk SSD 512G8 NVMe, RAM 16G8", "Dysk SSD 512GB NVMe, RAM 16GB", id="capacity-b-as-8"),
        pytest.param("Serwer NAS 4 x 2T8", "Serwer NAS 4 x 2TB", id="terabytes"),
        pytest.param("Laptop HP EliteBook 840G8", "Laptop HP EliteBook 840G8", id="model-code-kept"),
        pytest.param("Veeam Backup 6: Replication", "Veeam Backup & Replication", id="ampersand-as-6-colon"),
    ],
)
def test_ocr_glyphs_in_item_names(read: str, expected: str) -> None:
    assert ocr_name(read) == expected


@pytest.mark.parametrize(
    ("read", "expected"),
    [
        pytest.param("Centrum Licencji Sp. Z 0.0. sp.k.", "Centrum Licencji Sp. z o.o. sp.k.", id="zeros"),
        pytest.param("ABC SERWIS SP. Z O.O.", "ABC SERWIS SP. Z O.O.", id="capitals-kept"),
    ],
)
def test_ocr_zeros_in_a_legal_form(read: str, expected: str) -> None:
    assert party_from_block([read, "ul. Polna 3, 30-001 Kraków"]).name == expected


@pytest.mark.parametrize(
    ("read", "expected"),
    [
        pytest.param("Razzm 15 422,74 3 547,23 18 969,97", "Razem 15 422,74 3 547,23 18 969,97", id="razem-garbled"),
        pytest.param("Rabat 10,00 12,30", "Rabat 10,00 12,30", id="another-word-kept"),
        pytest.param("Razzm 12 szt. 15,00 180,00", "Razzm 12 szt. 15,00 180,00", id="not-amounts-only"),
    ],
)
def test_a_totals_row_label_ocr_garbled(read: str, expected: str) -> None:
    assert [line.text for line in split_lines(read, ocr=True)] == [expected]
