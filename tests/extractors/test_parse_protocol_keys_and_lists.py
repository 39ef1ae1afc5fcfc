"""Protocols (issue 9, session 12): licence keys printed under their product are its identifiers, not
its name; a list of people after the items (an attendance list, signatures) is not items; a
training's subject column is the name column, the date and hours beside it are not part of it."""

from __future__ import annotations

from decimal import Decimal as D

from extractors.models import Protocol, Source
from extractors.parse import parse_text

HEAD = """\
PROTOKÓŁ PRZEKAZANIA nr PP/12/2026 z dnia 03.02.2026
Przekazujący: Licencje24 Sp. z o.o., NIP 6281948218
Przyjmujący: Gmina Dobrcz, NIP 1860913901
"""


def _protocol(text: str) -> Protocol:
    doc = parse_text(text, file="p.pdf", source=Source.PDF_TEXT)
    assert isinstance(doc, Protocol)
    return doc


def test_licence_keys_under_a_product_are_its_serials() -> None:
    text = HEAD + (
        " Lp.  Nazwa oprogramowania                      Typ licencji       Ilość  Dostarczenie\n"
        "  1.  Acronis Cyber Protect Standard            subskrypcja 1 rok      2  e-mail\n"
        "      Klucz licencyjny: AB12C-DE34F-GH56J-KL78M-NP90Q\n"
        "      Klucz licencyjny: QR12S-TU34V-WX56Y-ZA78B-CD90E\n"
        "  2.  Klucz sprzętowy YubiKey 5C NFC            bezterminowa           1  kurier\n"
        "Strony nie wnoszą zastrzeżeń.\n"
    )
    items = _protocol(text).items
    assert [(i.name, i.qty) for i in items] == [
        ("Acronis Cyber Protect Standard", D(2)),
        ("Klucz sprzętowy YubiKey 5C NFC", D(1)),  # a product named "Klucz …", no key label
    ]
    assert items[0].serial_numbers == ("AB12C-DE34F-GH56J-KL78M-NP90Q", "QR12S-TU34V-WX56Y-ZA78B-CD90E")


def test_an_attendance_list_after_the_items_is_not_items() -> None:
    text = HEAD + (
        "I. Zakres odbioru\n"
        " Lp.  Temat szkolenia                                 Data         Godzin   Liczba osób   J.m.\n"
        "  1.  Bezpieczna poczta elektroniczna w urzędzie      27.01.2026        6             3   os.\n"
        "  2.  Kopie zapasowe w praktyce                       28.01.2026        4             2   os.\n"
        "3. Obecni na szkoleniu\n"
        " Lp.  Uczestnik                    Komórka                 Podpis\n"
        "  1.  Jan Malinowski               Referat Finansowy\n"
        "  2.  Ewa Zając                    Sekretariat\n"
        "  3.  Ola Wiśniewska               Referat Oświaty\n"
        "Zleceniodawca przyjmuje usługę bez uwag.\n"
    )
    items = _protocol(text).items
    assert [(i.name, i.qty, i.unit) for i in items] == [
        ("Bezpieczna poczta elektroniczna w urzędzie", D(3), "os."),
        ("Kopie zapasowe w praktyce", D(2), "os."),
    ]


def test_a_key_line_misread_by_ocr_and_a_note_after_it_stay_out_of_the_name() -> None:
    text = HEAD + (
        " Lp.  Nazwa oprogramowania                      Typ licencji       Ilość  Dostarczenie\n"
        "  1.  Acronis Cyber Protect Standard            wieczysta             20  konto\n"
        "      Klucz zbiorczy: AB12C-DE34F-]H56J-KL78M-NP90Q  dla 20 stanowisk\n"
        "Strony nie wnoszą zastrzeżeń.\n"
    )
    (item,) = _protocol(text).items
    assert (item.name, item.serial_numbers) == ("Acronis Cyber Protect Standard", ("AB12C-DE34F-JH56J-KL78M-NP90Q",))


def test_hours_beside_the_participants_are_not_the_count() -> None:
    text = HEAD + (
        " Lp.  Temat szkolenia                              Data          Liczba       Liczba   J.m.\n"
        "                                                                 godzin        osób\n"
        "  1.  Ochrona danych osobowych w praktyce          27.01.2026       16            5   os.\n"
        "Zleceniodawca przyjmuje usługę bez uwag.\n"
    )
    (item,) = _protocol(text).items
    assert (item.name, item.qty) == ("Ochrona danych osobowych w praktyce", D(5))


def test_items_printed_as_device_cards() -> None:
    text = HEAD + (
        "  Karta urządzenia 1\n"
        "  Urządzenie:                     Przełącznik Zyxel XGS1935-28\n"
        "  Ilość:                          2 szt.\n"
        "  Nazwa hosta:                    SW-01, SW-02\n"
        "  Numer seryjny:                  S2X4Y7Z9Q1, S2X4Y7Z9Q2\n"
        "  Karta urządzenia 2\n"
        "  Urządzenie:                     Punkt dostępowy Zyxel NWA50AX\n"
        "  Ilość:                          1 szt.\n"
        "  Numer seryjny:                  A1B2C3D4E5\n"
        "Zamawiający potwierdza poprawne działanie urządzeń.\n"
    )
    items = _protocol(text).items
    assert [(i.name, i.qty, i.serial_numbers) for i in items] == [
        ("Przełącznik Zyxel XGS1935-28", D(2), ("S2X4Y7Z9Q1", "S2X4Y7Z9Q2")),
        ("Punkt dostępowy Zyxel NWA50AX", D(1), ("A1B2C3D4E5",)),
    ]


def test_a_numbered_section_with_a_table_of_words_ends_the_items() -> None:
    text = HEAD + (
        " Lp.  Usługa                                                 Jedn.       Ilość    Wykonano\n"
        "  1   Administracja serwerami – marzec 2026                  godz.         4,5         tak\n"
        "  2   Monitoring sieci – marzec 2026                         mies.           1         tak\n"
        "2. Poziom usług\n"
        " Wskaźnik                                 Wartość wymagana   Wartość osiągnięta    Status\n"
        " Dostępność usługi                        ≥ 99,0 %           99,90 %               spełniony\n"
        "Zleceniodawca potwierdza wykonanie usług.\n"
    )
    items = _protocol(text).items
    assert [(i.name, i.qty) for i in items] == [
        ("Administracja serwerami – marzec 2026", D("4.5")),
        ("Monitoring sieci – marzec 2026", D(1)),
    ]
