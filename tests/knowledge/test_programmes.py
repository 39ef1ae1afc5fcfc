from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from knowledge.citations import REGULATIONS_DIR, Citation, is_valid
from knowledge.programmes import ProgrammeCode, UnknownProgramme, get_programme, programmes

SHARED = Path(__file__).resolve().parents[3] / "shared" / "regulations"


def test_every_fact_cites_an_existing_section() -> None:
    for programme in programmes().values():
        for key, fact in programme.facts.items():
            assert is_valid(fact.citation), (programme.code, key, str(fact.citation))
            if fact.superseded:
                assert is_valid(fact.superseded.citation), (programme.code, key)


def test_invalid_citation_detected() -> None:
    assert not is_valid(Citation("cyfrowa_gmina_regulamin.txt", "§99 ust. 1"))
    assert not is_valid(Citation("nie_ma.txt", "§1"))
    assert not is_valid(Citation("cyfrowy_powiat_schemat_grantowy.txt", "Rozdział, którego nie ma, pkt 1"))


@pytest.mark.skipif(not SHARED.exists(), reason="shared/regulations not beside the repo")
def test_regulations_copy_matches_shared() -> None:
    for path in SHARED.glob("*.txt"):
        assert (REGULATIONS_DIR / path.name).read_bytes() == path.read_bytes(), path.name


def test_key_values_from_the_documents() -> None:
    cg, cp, cs = (get_programme(c) for c in ProgrammeCode)
    assert (cg.min_grant, cg.max_grant) == (Decimal("100000.00"), Decimal("2000000.00"))
    assert (cp.min_grant, cp.max_grant) == (Decimal("100000.00"), Decimal("350000.00"))
    assert (cs.min_grant, cs.max_grant) == (Decimal("200000.00"), Decimal("850000.00"))
    assert cg.costs_from == cp.costs_from == date(2020, 2, 1)
    assert cs.costs_from == date(2023, 6, 1)
    assert cs.costs_to is None and cs.project_end is None  # not in our sources
    assert cs.fact("call_end").date == date(2023, 12, 14)
    assert cg.fact("national_index").decimal == Decimal("2098.22")
    assert cp.fact("national_index").decimal == Decimal("312.32")
    assert cs.fact("eligible_count").value == 2477 + 314 + 16


def test_newer_document_wins_for_cg_project_end() -> None:
    end = get_programme("cg").fact("project_end")
    assert end.date == date(2023, 12, 31) and end.citation.document == "cyfrowa_gmina_regulamin.txt"
    assert end.superseded is not None and end.superseded.date == date(2023, 9, 30)


def test_unknown_programme_message() -> None:
    with pytest.raises(UnknownProgramme, match="Nie znam programu"):
        get_programme("xx")
