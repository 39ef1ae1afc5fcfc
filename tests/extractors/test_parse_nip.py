import pytest

from extractors.models import Source
from extractors.parse import parse_text
from extractors.parse.nip import find_nips, is_valid


@pytest.mark.parametrize(
    ("line", "nips"),
    [
        ("NIP: 525-238-71-07", ["5252387107"]),
        ("NIP: PL 525-238-71-07", ["5252387107"]),
        ("NIP PL5252387107", ["5252387107"]),
        ("NIP 525 238 71 07", ["5252387107"]),
        ("NIP: 525-23-87-107", ["5252387107"]),
        ("NIP / VAT ID: PL5252387107", ["5252387107"]),
        ("NIP: 525-238-71-O7", ["5252387107"]),
        ("NIP: 5252387107 NIP: 5991003308", ["5252387107", "5991003308"]),
        ("Nr konta: 12 1140 2004 0000 3102 7868 0191", []),
        ("REGON 123456789", []),
    ],
    ids=[
        "dashes",
        "pl-prefix-space",
        "pl-prefix-glued",
        "spaces",
        "3-2-2-3",
        "bilingual",
        "ocr-O",
        "two-columns",
        "bank-account",
        "regon",
    ],
)
def test_find_nips(line: str, nips: list[str]) -> None:
    assert [n for _, n in find_nips(line)] == nips


def test_checksum() -> None:
    assert is_valid("5252387107")
    assert not is_valid("5252387108")


def _parse(text: str):  # type: ignore[no-untyped-def]
    return parse_text(text, file="t.txt", source=Source.PDF_TEXT)


def test_third_party_nips_are_never_the_buyer() -> None:
    text = """Faktura VAT nr 1/2024
Data wystawienia: 2024-03-01
Sprzedawca:
NETSEC Sp. z o.o.
NIP: 5252387107
Nabywca:
Gmina Nowa Wieś
ul. Szkolna 1
Lp. Nazwa Ilość J.m. Cena netto Wartość netto VAT Kwota VAT Wartość brutto
1 Toner HP 59A 2 szt. 100,00 200,00 23% 46,00 246,00
Razem: 200,00 46,00 246,00
Bank: Santander Bank Polska S.A., NIP 8960005673
Faktura wygenerowana w systemie inFakt.pl, inFakt sp. z o.o., NIP 6793087624
"""
    doc = _parse(text)
    assert doc.seller.nip == "5252387107"
    assert doc.buyer.nip is None
    assert "missing_field" in {w.code for w in doc.warnings}


def test_invalid_checksum_is_kept_and_flagged() -> None:
    text = """Faktura nr 2/2024
Sprzedawca: NETSEC Sp. z o.o., NIP: 5252387108
Nabywca: Gmina Nowa Wieś, NIP: 5991003308
"""
    doc = _parse(text)
    assert doc.seller.nip == "5252387108"
    messages = [w.message for w in doc.warnings if w.code == "nip_checksum"]
    assert messages and "5252387108" in messages[0]
