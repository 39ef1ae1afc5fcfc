"""KSeF FA(2)/FA(3): golden cases from the generator, and hostile or wrong XML refused in Polish."""

import json
from decimal import Decimal
from pathlib import Path

import pytest

from extractors.errors import CorruptFile, EmptyFile, ExtractionError, HostileFile, UnsupportedFile
from extractors.ksef import parse_ksef
from extractors.models import DocumentKind, Source
from tests.extractors.golden_compare import as_contract, differences
from tests.fixtures.ksef import CASES, FA3, expected, render

GOLDEN = Path(__file__).parent / "golden" / "ksef"


@pytest.mark.parametrize("name", sorted(CASES))
def test_generated_cases(name: str) -> None:
    doc = parse_ksef(render(CASES[name]), file=f"{name}.xml")
    assert doc.source == Source.KSEF_XML
    assert differences(expected(CASES[name]), as_contract(doc)) == []


@pytest.mark.parametrize("path", sorted(GOLDEN.glob("*.xml")), ids=lambda p: p.stem)
def test_committed_golden_files_still_parse(path: Path) -> None:
    # The committed corpus is what the extract CLI and the benchmark read; it must match the generator.
    assert path.read_bytes() == render(CASES[path.stem])
    want = json.loads(path.with_suffix(".json").read_text())
    assert differences(want, as_contract(parse_ksef(path.read_bytes(), file=path.name))) == []


def test_jst_buyer_and_school_recipient() -> None:
    doc = parse_ksef(render(CASES["fa3_jst_school"]), file="x.xml")
    assert doc.buyer_is_jst is True
    assert doc.recipient is not None and doc.recipient.name and doc.recipient.name.startswith("Szkoła Podstawowa")
    assert doc.buyer.name == "Gmina Nowa Wieś"


def test_plain_invoice_does_not_claim_jst() -> None:
    doc = parse_ksef(render(CASES["fa3_plain"]), file="x.xml")
    assert doc.buyer_is_jst is None and doc.recipient is None
    assert doc.invoice_type == "VAT" and doc.kind == DocumentKind.INVOICE


def test_correction_fields() -> None:
    doc = parse_ksef(render(CASES["fa3_correction"]), file="x.xml")
    assert doc.kind == DocumentKind.CORRECTION and doc.invoice_type == "KOR"
    assert doc.corrected_number == "FA/124/2026"
    assert str(doc.corrected_issue_date) == "2026-03-15"
    assert doc.correction_reason == "Rabat udzielony po sprzedaży"
    assert [i.before_correction for i in doc.items] == [True, False]
    assert [i.net for i in doc.effective_items] == [Decimal("14700.00")]
    assert doc.net_total == Decimal("-1000.00") and doc.gross_total == Decimal("-1230.00")


def test_rates_are_normalised() -> None:
    doc = parse_ksef(render(CASES["fa3_several_rates"]), file="x.xml")
    assert [i.vat_rate for i in doc.items] == ["zw", "5", "8", "np", "0", "23"]
    assert {s.rate for s in doc.vat_summary} == {"zw", "5", "8", "np", "0", "23"}


def test_foreign_currency_vat_in_pln_is_not_added() -> None:
    doc = parse_ksef(render(CASES["fa3_period_eur"]), file="x.xml")
    assert doc.currency == "EUR" and doc.vat_total == Decimal("110.40")
    assert str(doc.sale_date) == "2026-06-30"


def test_inconsistent_totals_in_xml_are_flagged() -> None:
    data = render(CASES["fa3_plain"]).replace(b"<tns:P_15>", b"<tns:P_15>1")
    codes = {w.code for w in parse_ksef(data, file="x.xml").warnings}
    assert "net_vat_gross" in codes


_BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<Faktura xmlns="http://crd.gov.pl/wzor/2025/06/25/13775/"><Fa><P_2>&lol3;</P_2></Fa></Faktura>"""
_XXE = b"""<?xml version="1.0"?>
<!DOCTYPE foo [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<Faktura xmlns="http://crd.gov.pl/wzor/2025/06/25/13775/"><Fa><P_2>&xxe;</P_2></Fa></Faktura>"""
_DTD = b"""<?xml version="1.0"?>
<!DOCTYPE Faktura SYSTEM "http://example.com/faktura.dtd">
<Faktura xmlns="http://crd.gov.pl/wzor/2025/06/25/13775/"><Fa><P_2>1</P_2></Fa></Faktura>"""


@pytest.mark.parametrize(
    ("data", "error", "phrase"),
    [
        (_BILLION_LAUGHS, HostileFile, "encje"),
        (_XXE, HostileFile, "encje"),
        (_DTD, HostileFile, "DTD"),
        (render(CASES["fa3_plain"])[:700], CorruptFile, "uszkodzony"),
        (b"", EmptyFile, "pusty"),
        (b"<html><body>faktura</body></html>", UnsupportedFile, "nie jest fakturą KSeF"),
        (
            b'<Faktura xmlns="http://crd.gov.pl/wzor/2021/11/29/11089/"><Fa/></Faktura>',
            UnsupportedFile,
            "FA(2) i FA(3)",
        ),
        (b'<Faktura xmlns="urn:example"><Fa/></Faktura>', UnsupportedFile, "przestrzeń nazw"),
        (f'<Faktura xmlns="{FA3}"><Podmiot1/></Faktura>'.encode(), CorruptFile, "sekcji Fa"),
        (f'<Faktura xmlns="{FA3}"><Fa><P_1>wczoraj</P_1></Fa></Faktura>'.encode(), CorruptFile, "P_1"),
        (f'<Faktura xmlns="{FA3}"><Fa><P_15>12,3,4</P_15></Fa></Faktura>'.encode(), CorruptFile, "P_15"),
        (b"\xff\xfe<\x00F\x00", CorruptFile, "uszkodzony"),
        (b'<?xml version="1.0" encoding="UTF-81"?><Faktura/>', CorruptFile, "kodowanie"),
    ],
    ids=[
        "billion-laughs",
        "external-entity",
        "dtd",
        "truncated",
        "empty",
        "not-ksef",
        "old-schema",
        "wrong-namespace",
        "no-fa",
        "bad-date",
        "bad-amount",
        "bad-encoding",
        "unknown-encoding",
    ],
)
def test_bad_xml_is_refused_in_polish(data: bytes, error: type[ExtractionError], phrase: str) -> None:
    with pytest.raises(error) as caught:
        parse_ksef(data, file="zla.xml")
    assert phrase in str(caught.value)


@pytest.mark.parametrize("value", ["NaN", "Infinity", "1E+30", "1e999999", "sNaN", "1_000", "12,50"])
def test_amounts_outside_the_schema_are_corrupt(value: str) -> None:
    data = render(CASES["fa3_plain"])
    for tag in ("P_15", "P_11", "P_13_1"):
        damaged = data.replace(f"<tns:{tag}>".encode(), f"<tns:{tag}>{value}<!--".encode(), 1)
        damaged = damaged.replace(f"</tns:{tag}>".encode(), f"--></tns:{tag}>".encode(), 1)
        with pytest.raises(CorruptFile, match=tag):
            parse_ksef(damaged, file="x.xml")


def test_prefix_does_not_matter() -> None:
    case = CASES["fa3_plain"]
    default = parse_ksef(render(case).replace(b"tns:", b"").replace(b"xmlns:tns=", b"xmlns="), file="a.xml")
    renamed = render(case).replace(b"tns:", b"faktura:").replace(b"xmlns:tns=", b"xmlns:faktura=")
    other = parse_ksef(renamed, file="a.xml")
    assert as_contract(default) == as_contract(other) == as_contract(parse_ksef(render(case), file="a.xml"))


def test_advance_invoice_lists_the_order() -> None:
    data = f"""<?xml version="1.0" encoding="UTF-8"?>
<Faktura xmlns="{FA3}">
  <Podmiot1><DaneIdentyfikacyjne><NIP>5252387107</NIP><Nazwa>NETSEC Sp. z o.o.</Nazwa></DaneIdentyfikacyjne></Podmiot1>
  <Podmiot2><DaneIdentyfikacyjne><NIP>5991003308</NIP><Nazwa>Gmina Nowa Wieś</Nazwa></DaneIdentyfikacyjne>
    <JST>2</JST></Podmiot2>
  <Fa>
    <KodWaluty>PLN</KodWaluty><P_1>2026-02-01</P_1><P_2>ZAL/1/2026</P_2>
    <P_13_1>3000.00</P_13_1><P_14_1>690.00</P_14_1><P_15>3690.00</P_15>
    <RodzajFaktury>ZAL</RodzajFaktury>
    <Zamowienie>
      <WartoscZamowienia>19311.00</WartoscZamowienia>
      <ZamowienieWiersz><NrWierszaZam>1</NrWierszaZam><P_7Z>FortiGate 60F</P_7Z><P_8AZ>szt.</P_8AZ>
        <P_8BZ>2</P_8BZ><P_9AZ>7850.00</P_9AZ><P_11NettoZ>15700.00</P_11NettoZ><P_11VatZ>3611.00</P_11VatZ>
        <P_12Z>23</P_12Z></ZamowienieWiersz>
    </Zamowienie>
  </Fa>
</Faktura>""".encode()
    doc = parse_ksef(data, file="zal.xml")
    assert doc.invoice_type == "ZAL" and doc.kind == DocumentKind.INVOICE and doc.buyer_is_jst is False
    assert [(i.name, i.qty, i.net, i.gross) for i in doc.items] == [
        ("FortiGate 60F", Decimal(2), Decimal("15700.00"), Decimal("19311.00"))
    ]
    assert doc.gross_total == Decimal("3690.00")
    assert "items_vs_totals" not in {w.code for w in doc.warnings}


def test_sale_date_from_the_lines_when_the_invoice_has_none() -> None:
    data = render(CASES["fa3_plain"])
    data = data.replace(b"<tns:P_6>2026-02-27</tns:P_6>", b"")
    data = data.replace(b"<tns:P_7>", b"<tns:P_6A>2026-02-20</tns:P_6A><tns:P_7>", 1)
    data = data.replace(b"</tns:P_7>", b"</tns:P_7><tns:P_6A>2026-02-25</tns:P_6A>", 2)
    assert str(parse_ksef(data, file="x.xml").sale_date) == "2026-02-25"
