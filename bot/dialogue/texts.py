"""User-facing Polish text of the conversation, in one place."""

from __future__ import annotations

COMMANDS: tuple[tuple[str, str], ...] = (
    ("start", "Powitanie i wybór programu"),
    ("pomoc", "Co potrafię i jak pytać"),
    ("program", "Wybór programu: Cyfrowa Gmina, Cyfrowy Powiat, Cyberbezpieczny Samorząd"),
    ("jst", "Twoja jednostka: kod TERYT lub nazwa"),
    ("grant", "Wysokość grantu dla jednostki"),
    ("sprawdz", "Czy zakup jest kwalifikowalny / stan zestawu dokumentów"),
    ("raport", "Raport z kontroli wysłanych faktur i protokołów"),
    ("kontakt", "Infolinia i e-mail operatorów programów"),
    ("usun_dane", "Usuń wszystkie moje dane"),
    ("statystyki", "Statystyki (tylko administratorzy)"),
)

WELCOME = (
    "Dzień dobry! Jestem asystentem dla gmin, powiatów i województw korzystających z programów "
    "Cyfrowa Gmina, Cyfrowy Powiat i Cyberbezpieczny Samorząd."
)
WELCOME_HOW = (
    "Zadaj pytanie o zasady programu, podaj kod TERYT lub nazwę jednostki, by policzyć grant, "
    "zapytaj o konkretny zakup albo wyślij faktury i protokoły odbioru do wstępnej kontroli."
)
CHOOSE_PROGRAMME = "Wybierz program, którego dotyczą Twoje pytania:"

HELP_TITLE = "Co potrafię"
HELP_ITEMS = (
    "Odpowiadam na pytania o zasady programów, zawsze ze wskazaniem źródła, np. „Do kiedy można "
    "ponosić wydatki w Cyfrowym Powiecie?”.",
    "Liczę wysokość grantu: /grant 0201 albo /grant Kościerzyna (kod TERYT lub nazwa).",
    "Oceniam zakupy: „Czy laptop jest kwalifikowalny w CS?” albo /sprawdz drukarka.",
    "Sprawdzam rozliczenie: wyślij faktury (PDF, skan, zdjęcie, XML z KSeF) i protokoły odbioru, "
    "a potem napisz /raport.",
    "/program – wybór programu, /jst – Twoja jednostka, /kontakt – infolinie, /usun_dane – usunięcie Twoich danych.",
)
HELP_NOTE = (
    "Jestem narzędziem pomocniczym: ostateczne rozstrzygnięcia należą do operatora programu (CPPC). "
    "Nie przechowuję wysłanych plików dłużej niż trwa ich odczytanie."
)

ASK_UNIT = "Podaj kod TERYT albo nazwę jednostki, np. /jst 2206042 lub /jst Kościerzyna."
ASK_UNIT_FOR_GRANT = "Dla jakiej jednostki? Podaj kod TERYT albo nazwę, np. /grant 0201 lub /grant Kościerzyna."
CHOOSE_UNIT = "„{query}” pasuje do kilku jednostek – wybierz właściwą:"
UNIT_SET = "Zapamiętałem jednostkę: {unit}."
PROGRAMME_SET = "Wybrany program: {name}."
ASK_G = (
    "Aby policzyć dokładną kwotę w programie Cyfrowa Gmina, potrzebuję wskaźnika G na 2021 r. "
    "(dochody podatkowe gminy na 1 mieszkańca, w zł) dla jednostki {unit}. Wpisz samą liczbę, np. 1523,45."
)
G_RETRY = "Wpisz wskaźnik G gminy na 2021 r. z tabeli Ministerstwa Finansów (lub /anuluj)."
G_BAD = "To nie wygląda na wskaźnik G – wpisz liczbę złotych, np. 1523,45 (lub /anuluj)."
G_HELP = (
    "Wskaźnik G to „wskaźnik podstawowych dochodów podatkowych na 1 mieszkańca gminy przyjęty do "
    "obliczania subwencji wyrównawczej na 2021 r.”, publikowany przez Ministerstwo Finansów – zna go "
    "skarbnik gminy (Źródło: cyfrowa_gmina_regulamin.txt, §4 ust. 5). Bez niego podaję tylko przedział "
    "kwot programu. Wpisz liczbę, np. 1523,45, albo /anuluj."
)
CHOOSE_NUMBER = "Wybierz numer 1–{last} (albo napisz, o co chodzi)."
NUMBER_WITHOUT_MENU = (
    "Nie wiem, czego dotyczy ta liczba – nie mam teraz otwartego wyboru. "
    "Napisz pytanie albo wybierz polecenie z /pomoc."
)
CANCELLED = "Dobrze, anulowane."

FAQ_UNAVAILABLE = "Baza odpowiedzi nie jest teraz dostępna. Spróbuj później lub skorzystaj z /kontakt."
GRANTS_UNAVAILABLE = "Kalkulator grantów nie jest teraz dostępny."
CLASSIFIER_UNAVAILABLE = "Ocena zakupów nie jest teraz dostępna."
CHECK_HOW = (
    "Wyślij faktury (PDF, zdjęcie lub skan, plik XML z KSeF) i protokoły odbioru – jeden lub kilka "
    "plików. Zbieram je w zestaw do rozliczenia; gdy skończysz, napisz /raport. "
    "Aby ocenić pojedynczy zakup, napisz np. /sprawdz laptop."
)
SET_EMPTY = "Zestaw do rozliczenia jest pusty."
SET_LIST = "W zestawie do rozliczenia ({count}):"
NO_DOCUMENTS = "Nie mam jeszcze żadnych dokumentów do sprawdzenia. " + CHECK_HOW
REPORT_CHOOSE_PROGRAMME = "Do którego programu jest to rozliczenie? Wybierz program:"
REPORT_READY = "Pełny raport możesz pobrać jako plik:"
REPORT_GONE = "Tego raportu już nie ma (dane mogły zostać usunięte). Wyślij dokumenty ponownie."
REPORTS_UNAVAILABLE = "Moduł kontroli rozliczeń nie jest teraz dostępny."
READING = "Czytam plik „{name}”…"
READING_PAGE = "Czytam stronę {page}/{total}…"
FILE_TOO_BIG = "Plik „{name}” ma {size} MB, a przyjmuję pliki do {limit} MB. Podziel go lub zmniejsz."
FILE_EMPTY = "Plik „{name}” jest pusty."
FILE_DUPLICATE = "Plik „{name}” jest już w zestawie (identyczna zawartość) – pomijam go."
FILE_UNREADABLE = "Nie udało się odczytać pliku „{name}”: {reason}"
FILE_ADDED_TAIL = "W zestawie: {count} {files}. Wyślij kolejne albo napisz /raport."
READER_UNAVAILABLE = "Odczyt dokumentów nie jest teraz dostępny."

DELETE_CONFIRM = (
    "Usunę wszystko, co o Tobie przechowuję: historię pytań, wysłane dokumenty, raporty, "
    "wybrany program i jednostkę. Tej operacji nie można cofnąć. Kontynuować?"
)
DELETE_DONE = "Usunięto Twoje dane ({rows} wpisów). Możesz zacząć od nowa: /start"
DELETE_NOTHING = "Nie przechowuję żadnych Twoich danych."
DELETE_KEPT = "Dobrze, niczego nie usunąłem."

ADMIN_ONLY = (
    "Statystyki są dostępne tylko dla administratorów bota. Jeśli potrzebujesz dostępu, "
    "skontaktuj się z osobą, która go prowadzi."
)
UNKNOWN_COMMAND = "Nie znam polecenia {command}. Lista poleceń: /pomoc"
EMPTY_MESSAGE = "Napisz pytanie albo wybierz polecenie z /pomoc."
UNSUPPORTED = "Tego typu wiadomości nie obsługuję. Wyślij tekst, dokument PDF/XML lub zdjęcie faktury."
ERROR = "Coś poszło nie tak po mojej stronie. Spróbuj ponownie za chwilę."

VERDICT = {
    "eligible": "kwalifikowalny",
    "ineligible": "niekwalifikowalny",
    "review": "do indywidualnej oceny",
}
VERDICT_MARK = {"eligible": "✅", "ineligible": "❌", "review": "⚠️"}


def files_word(count: int) -> str:
    if count == 1:
        return "plik"
    if count % 10 in (2, 3, 4) and count % 100 not in (12, 13, 14):
        return "pliki"
    return "plików"


def read_word(count: int) -> str:
    """'1 odczytany', '2 odczytane', '5 odczytanych' (files)."""
    if count == 1:
        return "odczytany"
    if count % 10 in (2, 3, 4) and count % 100 not in (12, 13, 14):
        return "odczytane"
    return "odczytanych"
