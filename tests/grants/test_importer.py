import io
from decimal import Decimal

import openpyxl
import pytest

from grants.importer import ImportError_, parse_amounts, parse_indices, rows
from knowledge.programmes import get_programme
from knowledge.registry import load_registry

REG = load_registry()


def test_good_csv_semicolon_polish_commas() -> None:
    data = "teryt;nazwa;G\n2063011;Suwałki;1 873,91\n2206042;Kościerzyna;1908,88\n".encode()
    report = parse_indices(data, "g.csv", REG)
    assert [(e.teryt, e.kind, e.value) for e in report.accepted] == [
        ("2063011", "G", Decimal("1873.91")),
        ("2206042", "G", Decimal("1908.88")),
    ]
    assert report.rejected == ()


def test_cp1250_csv_with_value_and_kind_columns() -> None:
    data = "Kod TERYT,Wartość,Rodzaj\n0201,301.5,P\n2206042,1908.88,G\n".encode("cp1250")
    report = parse_indices(data, "p.csv", REG)
    assert {(e.teryt, e.kind) for e in report.accepted} == {("0201", "P"), ("2206042", "G")}


def test_bad_rows_rejected_with_reasons_and_good_ones_kept() -> None:
    data = b"teryt,G\n2206042,1908.88\n2206042,1900\n3501,5\n0201,300\n2206011,abc\n0201022,999999\n0218033,2000\n"
    report = parse_indices(data, "g.csv", REG)
    assert {e.teryt for e in report.accepted} == {"2206042", "0218032"}  # 2024 code mapped
    reasons = {r.line: r.reason for r in report.rejected}
    assert "powtórzony" in reasons[3]
    assert "Nie ma województwa o kodzie 35" in reasons[4]
    assert "dotyczy gmin" in reasons[5]
    assert "nie jest liczbą" in reasons[6]
    assert "nieprawdopodobna" in reasons[7]
    assert any("TERYT 2024" in n for n in report.notes)


def test_xlsx_with_codes_stored_as_numbers() -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["TERYT", "G 2021"])
    sheet.append([201011, 2500.5])  # Excel lost the leading zero of 0201011
    sheet.append(["2206042", 1908.88])
    buffer = io.BytesIO()
    book.save(buffer)
    report = parse_indices(buffer.getvalue(), "g.xlsx", REG)
    assert {(e.teryt, e.value) for e in report.accepted} == {
        ("0201011", Decimal("2500.50")),
        ("2206042", Decimal("1908.88")),
    }


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "pusty"),
        (b"PK\x03\x04garbage", "uszkodzony"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1rest", ".xls"),
        (b"kod;cos\n2206042;1\n", "nie ma nagłówków"),
        (b"\x00\x01\x02binary", "nie jest plikiem CSV"),
    ],
    ids=["empty", "broken-xlsx", "old-xls", "no-columns", "binary"],
)
def test_unusable_files(data: bytes, message: str) -> None:
    with pytest.raises(ImportError_, match=message):
        parse_indices(data, "x", REG)


def test_amounts_validated_against_programme_range_and_eligibility() -> None:
    data = b"teryt,kwota\n2206042,300000\n2206,850000\n1465,900000\n2063,250 000,00\n0201011,150000\n"
    report = parse_amounts(data.replace(b"250 000,00", b"250000"), "cs.csv", REG, get_programme("cs"))
    assert {(e.teryt, e.amount) for e in report.accepted} == {
        ("2206042", Decimal("300000.00")),
        ("2206", Decimal("850000.00")),
        ("2063011", Decimal("250000.00")),
    }
    reasons = " ".join(r.reason for r in report.rejected)
    assert "poza przedziałem" in reasons  # 900 000 > 850 000 and 150 000 < 200 000
    cp = parse_amounts(b"teryt,kwota\n2206042,200000\n", "cp.csv", REG, get_programme("cp"))
    assert cp.accepted == () and "nie jest jednostką uprawnioną" in cp.rejected[0].reason


@pytest.mark.parametrize(
    ("n", "text"),
    [(1, "1 wiersz"), (2, "2 wiersze"), (5, "5 wierszy"), (12, "12 wierszy"), (22, "22 wiersze"), (0, "0 wierszy")],
)
def test_polish_plural(n: int, text: str) -> None:
    assert rows(n) == text


def test_title_rows_above_the_header_and_data_on_a_later_sheet() -> None:
    book = openpyxl.Workbook()
    book.active.title = "Okładka"  # empty first sheet
    sheet = book.create_sheet("Dane")
    sheet.append(["Wskaźniki dochodów podatkowych gmin na 2021 r."])
    sheet.append(["Źródło: Ministerstwo Finansów"])
    sheet.append([])
    sheet.append(["Kod TERYT", "Nazwa", "G"])
    sheet.append(["2206042", "Kościerzyna", "1908,88"])
    buffer = io.BytesIO()
    book.save(buffer)
    report = parse_indices(buffer.getvalue(), "mf.xlsx", REG)
    assert [(e.teryt, e.value) for e in report.accepted] == [("2206042", Decimal("1908.88"))]
    assert report.rejected == ()


def test_amounts_fixed_by_the_scheme_and_sub_grosz_values_are_rejected() -> None:
    data = b"teryt;kwota\n0201;300000\n22;850000\n0201011;350000,001\n"
    report = parse_amounts(data, "cs.csv", REG, get_programme("cs"))
    assert [e.teryt for e in report.accepted] == ["22"]
    reasons = [r.reason for r in report.rejected]
    assert "850 000,00 zł według schematu" in reasons[0]
    assert "więcej niż 2 miejsca po przecinku" in reasons[1]
