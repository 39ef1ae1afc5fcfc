"""User-facing Polish text of the conversation, in one place."""

from __future__ import annotations

from knowledge.money import counted

WELCOME = (
    "Dzień dobry! Jestem asystentem dla gmin, powiatów i województw korzystających z programów "
    "Cyfrowa Gmina, Cyfrowy Powiat i Cyberbezpieczny Samorząd."
)
THANKS_REPLY = (
    "Proszę bardzo. W razie kolejnych pytań o Cyfrową Gminę, Cyfrowy Powiat lub Cyberbezpieczny Samorząd – pisz."
)
MAY_ASK_REPLY = "Oczywiście – napisz pytanie."
WHO_REPLY = (
    "Jestem automatycznym asystentem (botem), nie człowiekiem. Odpowiadam na podstawie dokumentów programów "
    "Cyfrowa Gmina, Cyfrowy Powiat i Cyberbezpieczny Samorząd i podaję źródło każdej odpowiedzi. Gdy czegoś nie "
    "wiem, mówię to wprost i podaję infolinię operatora; sprawę możesz też przekazać konsultantowi: /konsultant."
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
    "a potem napisz /raport. /zestaw pokazuje zebrane dokumenty (można usunąć jeden albo wyczyścić zestaw).",
    "Do raportu możesz podać zwykłymi słowami: „koniec projektu 30.06.2025”, „kwota grantu 150 000 zł”, "
    "„VAT odzyskujemy” albo „nie odliczamy VAT”.",
    "Pamiętam kontekst: po odpowiedzi możesz dopytać „a w CS?”, „a laptop?”, „a dla powiatu?”, "
    "„jak to policzono?”; „jesteśmy w Cyfrowej Gminie” albo „jesteśmy powiatem żywieckim” zapamiętuje program "
    "lub jednostkę.",
)
HELP_NOTE = (
    "Jestem narzędziem pomocniczym: ostateczne rozstrzygnięcia należą do operatora programu (CPPC). "
    "Nie przechowuję wysłanych plików dłużej niż trwa ich odczytanie."
)

ASK_UNIT = "Podaj kod TERYT albo nazwę jednostki, np. /jst 2206042 lub /jst Kościerzyna."
OWN_GRANT_NEEDS_UNIT = "Dokładną kwotę (albo przedział) dla Waszej jednostki policzę, gdy ją wskażesz."
ASK_UNIT_FOR_GRANT_NO_G = "Dla jakiej jednostki? Podaj kod TERYT albo nazwę, np. 0201 lub powiat kościerski."
OWN_UNIT_OTHER_LEVEL = (
    "Zapamiętana jednostka to {unit} – to nie {level}. Dla której jednostki policzyć grant? Podaj nazwę albo kod TERYT."
)
ASK_UNIT_FOR_GRANT = (
    "Dla jakiej jednostki? Podaj kod TERYT albo nazwę, np. 0201 lub gmina Kościerzyna "
    "(z wskaźnikiem G: 2206042 G=1523,45)."
)
CHOOSE_UNIT = "„{query}” pasuje do kilku jednostek – wybierz właściwą:"
UNIT_SET = "Zapamiętałem jednostkę: {unit}."
POPULATION = (
    "{unit}: {people} mieszkańców według GUS (ludność, stan na 31.12.2020) – ta liczba służy do liczenia grantów."
)
POPULATION_PART = (
    "{part}: {people} mieszkańców według GUS (ludność, stan na 31.12.2020). Do liczenia grantu służy liczba całej "
    "gminy: {whole}"
)
UNITS_TOGETHER_TITLE = "Razem w programie {programme}:"
UNITS_TOGETHER_SUM = "Suma: {amount}."
OUR_POWIAT_IS = "{unit} leży w powiecie: {powiat} (rejestr TERC, stan na 1.01.2020)."
GMINY_OF_POWIAT = "{powiat}: {count} (rejestr TERC, stan na 1.01.2020):"
TOWN_OF = "Miasto {name} (część miejska gminy miejsko-wiejskiej)"
RURAL_OF = "Obszar wiejski gminy {name}"
POPULATION_SAID_DIFFERS = (
    "Podaliście ok. {said} – do wyliczeń nie biorę liczby podanej w rozmowie, tylko {people} z danych GUS (ludność, "
    "stan na 31.12.2020)."
)
G_SAID_BACK = (
    "Wskaźnik G dla jednostki {unit} podany w rozmowie: {g} zł – z tą wartością liczyłem grant w Cyfrowej Gminie "
    "(regulamin §4 ust. 5). Dokumenty programu nie podają G poszczególnych gmin, więc tej wartości nie sprawdzam – "
    "to wskaźnik dochodów podatkowych na 1 mieszkańca na 2021 r. z danych MF."
)
G_NOT_SAID = (
    "Dla jednostki {unit} nie podano mi wskaźnika G, więc w Cyfrowej Gminie nie liczyłem dokładnej kwoty, tylko "
    "przedział. Dokumenty programu nie podają G poszczególnych gmin (regulamin §4 ust. 5 mówi o wskaźniku dochodów "
    "podatkowych na 1 mieszkańca na 2021 r., MF). Podaj go, np. „G 1850,50”, a policzę dokładnie."
)
POPULATION_L_RULE = (
    "Regulamin Cyfrowej Gminy (§4 ust. 5) mówi tylko o „liczbie ludności w gminie” (L), bez daty danych – jaką "
    "wartość przyjmie Operator, potwierdzi infolinia."
)
QUANTITIES_AGREE = "Ilości na fakturach i w protokołach odbioru się zgadzają – kontrola nie znalazła różnic."
BUYER_IS_UNIT = "Nabywca zgadza się z wybraną jednostką: {unit}."
UNIT_CHANGED_FOR_DOCUMENTS = "Dobrze – dokumenty są jednostki: {unit}. Tak ją zapamiętałem."
REPORT_AGAIN = "Napisz /raport, a sprawdzę zestaw jeszcze raz dla tej jednostki (nabywca na fakturach, limity)."
KINDS_OF_GMINA = (
    "To osobne jednostki w rejestrze TERYT, każda z własnym kodem i liczbą mieszkańców, więc i grant wychodzi inny: "
    "gmina miejska to samo miasto, gmina wiejska – wsie wokół (często z urzędem w tym mieście), a gmina "
    "miejsko-wiejska – miasto razem z okolicznymi wsiami. Miasto na prawach powiatu to gmina miejska, która jest "
    "też powiatem. Wybierz swoją jednostkę albo napisz, która to (np. „ta wiejska”)."
)
POPULATION_UNKNOWN = "Nie mam liczby mieszkańców tej jednostki w danych GUS, na których się opieram."
UNIT_NOTED_BRIEF = "Zapamiętałem jednostkę: {unit}."
LEVEL_NOTED_BRIEF = "Zapamiętałem: {level}."
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
FAQ_WHICH_PROGRAMME = "Odpowiedź zależy od programu. Którego programu dotyczy pytanie?"
CHOOSE_UNIT_FIRST = "Żeby policzyć grant, najpierw wybierz jednostkę z listy (albo napisz jej nazwę lub kod TERYT):"
STAROSTWO_IN_CITY = (
    "Starostwo w mieście na prawach powiatu to urząd powiatu ziemskiego – przyjmuję {powiat} (rejestry nie podają "
    "siedzib, więc wnioskuję z nazwy). Miasto {city} ma własny urząd miasta; jeśli chodziło o nie, napisz „miasto "
    "{city}”."
)
NONE_IN_REGION = (
    "Żadna z jednostek z listy nie leży w województwie {region} – wybierz właściwą z listy albo napisz jej pełną "
    "nazwę lub kod TERYT:"
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
SET_LIST = "W zestawie do rozliczenia: {count} {files}"
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
FIRST_LOOK_ALL = (
    "Wstępnie, w programie {programme} (✓ kwalifikowalna, ✗ operator odrzuci, ? do wyjaśnienia; pełna ocena "
    "z podstawą i limitami w raporcie – /raport):"
)
FIRST_LOOK = (
    "Wstępnie, w programie {programme}: pozycje, które operator odrzuci ({count}) – "
    "pełna ocena z podstawą w raporcie (/raport):"
)
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
    """'plik', 'pliki', 'plików': the noun for a count of files."""
    return counted(count, "plik", "pliki", "plików").split(" ", 1)[1]


def read_word(count: int) -> str:
    """'1 odczytany', '2 odczytane', '5 odczytanych' (files)."""
    if count == 1:
        return "odczytany"
    if count % 10 in (2, 3, 4) and count % 100 not in (12, 13, 14):
        return "odczytane"
    return "odczytanych"


PROGRAMME_NOTED = "Zapamiętałem: program {name}."
NEXT_STEPS_TITLE = "{name} – co przed wami według dokumentów programu:"
NEXT_STEPS_END = "Projekt trwa najpóźniej do {day}; wydatki po tej dacie nie są kwalifikowalne."
NEXT_STEPS_COSTS = "Wydatki są kwalifikowalne od {day} do końca okresu realizacji projektu z umowy."
NEXT_STEPS_SETTLEMENT = "Rozliczenie: {what}."
NEXT_STEPS_DURABILITY = "Trwałość: efekty projektu utrzymuje się przez {years} lata od zakończenia projektu."
NEXT_STEPS_NOTE = (
    "Dokładne terminy waszego projektu określa umowa o powierzenie grantu; faktury i protokoły możecie wysłać mi do "
    "wstępnej kontroli (/plik, /raport)."
)
AGREEMENT_NOTED = "Zapamiętałem datę umowy o powierzenie grantu: {day} – od niej policzę terminy (diagnoza, ankieta)."
ONLY_FAILS_YES = "Tak – z tej listy odpada tylko {thing}; {rest} są kwalifikowalne"
ONLY_FAILS_NO = "Nie – z tej listy odpada: {failing}"
CONTEXT_UNIT = "Rozmawiamy o jednostce: {unit}."
CONTEXT_NO_UNIT = "Nie podano jeszcze jednostki – napisz jej nazwę albo kod TERYT (albo /jst)."
CONTEXT_PROGRAMME = "Program: {name}."
CONTEXT_NO_PROGRAMME = (
    "Programu jeszcze nie wybrano – napisz, czy chodzi o Cyfrową Gminę, Cyfrowy Powiat czy Cyberbezpieczny Samorząd."
)
PROGRAMME_NEXT = "Teraz zadaj pytanie, podaj jednostkę (/jst) albo wyślij dokumenty do sprawdzenia."
LEVEL_NOTED = "Zapamiętałem: {level}. {level_cap} może korzystać z programów: {names}."
LEVEL_EXCLUDES = "Uwaga: {level} nie może składać wniosków w programie {name}, więc go nie ustawiłem."
LEVEL_MAY = "Tak. {level_cap} może składać wnioski w programie {name}."
LEVEL_MAY_NOT = (
    "Nie. {name}: jednostka nieuprawniona – {level} nie może składać wniosków w tym programie. "
    "{level_cap} może korzystać z programów: {names}."
)
PICKED_NEAR = (
    "Wybrałem jednostkę z okolicy, o której rozmawiamy. Ta sama nazwa: {others} – jeśli chodzi o inną, "
    "napisz np. „ta z {region}”."
)
LOOK_WHICH_PROGRAMME = "Podaj program (np. /program cs), a ocenię każdą pozycję według jego zasad."
LOOK_FULL_REPORT = "Pełna ocena z podstawą, limitami i protokołami w raporcie: /raport."
AS_IN_PREVIOUS = "Według poprzedniej odpowiedzi: {word}."
OWN_UNIT_NOT_ELIGIBLE = "Uwaga: {unit} to w programie {name} jednostka nieuprawniona – nie może składać tam wniosku."
LEVEL_NEXT = "Zadaj pytanie albo podaj nazwę lub kod TERYT jednostki (/jst), żebym mógł policzyć grant."
UNIT_NEXT = "Mogę policzyć grant – napisz „tak” albo naciśnij przycisk."
FIGURE_CONFIRMED = "Tak – w programie {programme} wychodzi {amount}. Tak to policzyłem:"
FIGURE_POSSIBLE = (
    "Tak, to możliwe: dla jednostki {unit} w programie {programme} wychodzi najwyżej {top}, więc {figure} się mieści. "
    "Tak to policzyłem:"
)
FIGURE_IMPOSSIBLE = (
    "Nie: dla jednostki {unit} w programie {programme} wychodzi najwyżej {top} – {figure} to więcej. "
    "Inna gmina ma inną liczbę mieszkańców i wskaźnik G. Tak to policzyłem:"
)
FIGURE_NOT_CONFIRMED = "Nie – według wyliczenia w programie {programme} to {amount}. Tak to policzyłem:"
WHAT_TO_DO_FROM_REPORT = "Co zrobić według ostatniego raportu:"
SUPPOSED_PROGRAMME = (
    "Gdyby te dokumenty rozliczać w programie {name} (tylko sprawdzenie – rozliczenie zostaje w programie {kept}):"
)
GRANT_LEFT = (
    "Grant: {grant}. Kwalifikowalne według ostatniego raportu: {spent} ({basis}). Zostaje do wykorzystania: {left}."
)
GRANT_LEFT_NOTE = (
    "Liczę tylko z dokumentów przesłanych do sprawdzenia i z ostatniego raportu – wydatków spoza zestawu nie znam."
)
LEFT_AFTER = (
    "Grant: {grant}. Po wydaniu {spent} zostaje {left} (prosta różnica; czy wydatki są kwalifikowalne, sprawdzę w "
    "raporcie z faktur)."
)
LEFT_AFTER_OVER = "Grant: {grant}. Wydatek {spent} przekracza kwotę grantu o {over}."
LEFT_NEEDS_GRANT = "Żeby policzyć, ile zostaje, podaj kwotę grantu z umowy, np. „kwota grantu 150 000 zł”."
LEFT_NEEDS_REPORT = (
    "Odejmę od niej wydatki kwalifikowalne z raportu: wyślij faktury (w terminalu /plik ŚCIEŻKA) i napisz /raport."
)
LEFT_GRANT_ONLY = (
    "Kwota grantu: {grant}. Żeby odjąć od niej wydatki kwalifikowalne, potrzebuję raportu z dokumentów: wyślij "
    "faktury (w terminalu /plik ŚCIEŻKA) i napisz /raport – wtedy policzę, ile zostaje."
)
GRANT_SUPPOSED_CAP = (
    "Przy grancie {grant} limit na usługi doradcze ({percent} %) to {cap}; usługi doradcze w ostatnim raporcie: "
    "{spent} ({basis})."
)
CAP_EXCEEDED = "Nadwyżka: {over} – tej części nie rozliczysz z grantu."
CAP_KEPT = "Mieszczą się w limicie."
FIGURES_FROM_REPORT = "Kwoty z ostatniego raportu:"
FIGURES_FROM_DOCUMENTS = "Z przesłanych dokumentów (tak, jak je odczytałem):"
LIMITS_GROSS_UNKNOWN = (
    "Limity w raporcie (np. procent grantu na usługi doradcze) liczę od kwot brutto, bo nie podano, czy VAT "
    "odzyskujecie – jeśli tak, napisz „VAT odliczamy”, a policzę je od kwot netto."
)
EXCESS_NET_TOO = (
    "Raport liczy ten limit od kwot brutto, bo nie podano, czy VAT odzyskujecie. Gdybyście VAT odzyskiwali, liczy się "
    "netto: {net} − {cap} = {excess} nadwyżki – napisz „VAT odliczamy”, a przeliczę raport."
)
EXCESS_NET_WITHIN = (
    "Raport liczy ten limit od kwot brutto, bo nie podano, czy VAT odzyskujecie. Gdybyście VAT odzyskiwali, liczy się "
    "netto: {net} mieści się w limicie {cap} – napisz „VAT odliczamy”, a przeliczę raport."
)
LIMITS_GROSS_SAID = "Limity w raporcie liczę od kwot brutto, bo podano, że VAT nie jest do odzyskania."
LIMITS_NET_SAID = "Limity w raporcie liczę od kwot netto, bo podano, że VAT odzyskujecie."
OFFER_DECLINED = "Dobrze. Napisz pytanie albo wybierz polecenie z /pomoc."
YES_WITHOUT_QUESTION = (
    "Nie wiem, na co odpowiadasz – nie zadałem pytania. Napisz, o co chodzi, albo wybierz polecenie z /pomoc."
)
FOLLOWUP_NO_TOPIC = (
    "O co zapytać w tym programie? Napisz całe pytanie, np. „Do kiedy można ponosić wydatki w CS?”. "
    "Aby ustawić program na stałe: /program."
)
WHICH_PROGRAMME = "Którego programu dotyczy „{subject}”? Wybierz program:"
OTHER_PROGRAMME = (
    "Uwaga: ta odpowiedź dotyczy programu {answered}, a rozmawiamy o programie {context} – "
    "dla niego baza nie ma osobnej odpowiedzi."
)
NO_ANSWER_IN_PROGRAMME = (
    "Nie znam odpowiedzi na to pytanie dla programu {programme}: baza ma odpowiedź tylko dla innego programu. "
    "Zapytaj operatora programu (/kontakt) albo zadaj pytanie inaczej."
)
WHY_VERDICT = "Ocena według zasad programu {programme} (tego, o którym rozmawiamy)."
PURCHASE_CAVEAT = "To wstępna ocena na podstawie dokumentów programu; w razie wątpliwości zapytaj operatora (/kontakt)."
BUYER_UNSURE = (
    "Nabywca na fakturze to „{buyer}” – ta nazwa pasuje i do wybranej jednostki ({unit}), i do: {others}. Z nazwy "
    "nie rozstrzygnę, której JST dotyczy faktura – sprawdź NIP nabywcy w umowie o powierzenie grantu."
)
BUYER_MISMATCH = (
    "Nabywcą na fakturze jest „{buyer}” – to inna jednostka niż wybrana ({unit}). Sprawdź, czy faktura jest "
    "wystawiona na właściwą JST (zmiana jednostki: /jst)."
)
SET_HOW_EDIT = "Usuń dokument przyciskiem albo /usun NUMER; /wyczysc opróżnia cały zestaw."
PARAMS_NONE = (
    "Dane do raportu: nie podano (napisz np. „koniec projektu 30.06.2025”, „kwota grantu 150 000 zł”, "
    "„VAT odzyskujemy”)."
)
NO_POPULATION_FORMULA = {
    "cs": (
        "W Cyberbezpiecznym Samorządzie schemat nie podaje wzoru z liczbą mieszkańców: grant dla gminy wynosi od "
        "200 000 zł do 850 000 zł w wysokości określonej w § 4 ust. 4 regulaminu konkursu (tego regulaminu nie ma w "
        "moich źródłach), a dla powiatu i województwa 850 000 zł. Dla innej liczby mieszkańców kwoty nie przeliczę."
    ),
    "cp": (
        "W Cyfrowym Powiecie kwota zależy od wskaźnika P powiatu i liczby mieszkańców według metodologii, której "
        "wzoru schemat nie podaje; grant wynosi od 100 000 zł do 350 000 zł. Dla innej liczby mieszkańców kwoty "
        "nie przeliczę."
    ),
}
AMOUNT_SOURCE = {
    "cs": "Cyberbezpieczny Samorząd – schemat grantowy, Przewidywana liczba Grantów i alokacja, pkt 3",
    "cp": "Cyfrowy Powiat – schemat grantowy, Przewidywana liczba grantów i alokacja, pkt 3–4",
}
PER_HEAD = "{unit}, {programme}: {amount} ÷ {people} mieszkańców (GUS, 31.12.2020) = {each} na jednego mieszkańca."
SEAT_ASSUMED = (
    "Rejestr TERYT nie podaje siedzib powiatów – przyjmuję miasto, od którego powiat {powiat} ma nazwę: {town}. "
    "Jeśli chodzi o inną gminę, podaj jej nazwę."
)
GRANT_OUT_OF_RANGE = (
    "Kwoty grantu {amount} nie zapisuję: {bound} grant w programie {name} to {limit} ({source}). Sprawdź kwotę w "
    "umowie o powierzenie grantu i podaj ją jeszcze raz."
)
PARAMS_SAVED = "Zapamiętałem do raportu{where}: {what}. Użyję tego przy następnym /raport."
PARAMS_SAVED_NOW = "Zapamiętałem do raportu{where}: {what}. Raport z tymi danymi:"
DOC_NOT_FOUND = "Nie ma w zestawie dokumentu „{ref}”. Podaj numer 1–{count} z listy /zestaw."
DOC_GONE = "Tego dokumentu nie ma już w zestawie. Aktualna lista: /zestaw"
DOC_REMOVED = "Usunąłem „{name}” z zestawu. Zostało: {count} {files}."
CLEAR_CONFIRM = "Usunąć z zestawu wszystkie dokumenty ({count} {files})? Raporty już zrobione zostaną."
CLEAR_KEPT = "Dobrze, zestaw zostaje bez zmian."
CLEARED = "Zestaw jest pusty (usunięto {count} {files}). Możesz wysłać nowe dokumenty."
REPORT_SET_KEPT = "Dokumenty zostają w zestawie: możesz dosłać brakujące i ponowić /raport; /wyczysc zaczyna od nowa."
PDF_GONE = "Tego raportu w PDF już nie ma (dane mogły zostać usunięte). Napisz /raport, aby przygotować go ponownie."
WHY_FROM_REPORT = "Z ostatniego raportu z kontroli – najważniejsze problemy:"
NO_PROBLEMS_FOUND = "Ostatni raport nie wskazał problemów w dokumentach. Pełny raport: /raport"
NET_TITLE = "Kwoty z faktur w zestawie"
NET_UNKNOWN = "Nie mam w zestawie faktury z kwotami. Wyślij fakturę, a podam kwoty netto i brutto."
FILES_HOW = {
    "telegram": "Jak wysłać plik: spinacz 📎 → Plik (PDF, XML z KSeF) albo zdjęcie faktury; kilka plików naraz też.",
    "terminal": "Jak wysłać plik: /plik ŚCIEŻKA, np. /plik faktura.pdf; kilka: /plik a.pdf b.xml "
    "albo /plik skany/*.jpg.",
}


def files_how(channel: str) -> str:
    return FILES_HOW.get(channel, FILES_HOW["telegram"])


DISPUTED_POPULATION = "Sprawdziłem jeszcze raz w danych GUS – liczba się nie zmienia:"
WHOLE_MIXED_GMINA = (
    "To liczba mieszkańców całej gminy miejsko-wiejskiej (miasto razem z obszarem wiejskim), nie samego miasta."
)
DISPUTED = "Sprawdziłem jeszcze raz w dokumentach{programme} – odpowiedź się nie zmienia:"
SOURCE_OF_ANSWER = "Poprzednia odpowiedź{programme} opiera się na:"

# "czyli razem z cg ile maksymalnie?": the grants of one unit added up across programmes
TOGETHER_TITLE = "Razem dla: {unit}"
GRANT_DIFFERENCE = "{programme}: {us} – {a}, {them} – {b}. Różnica: {diff} ({more} u Was)."
TOGETHER_UNITS_TITLE = "Razem (nasz grant i sąsiada), {programme}:"
TOGETHER_EXACT = "{programme}: {amount}"
TOGETHER_MAX = "{programme}: do {amount} (górna granica przedziału; dokładną kwotę podaje lista operatora)"
TOGETHER_NEEDS_G = "{programme}: do {amount} (górna granica – bez wskaźnika G nie policzę dokładnie)"
TOGETHER_NOT_ELIGIBLE = "{programme}: jednostka nieuprawniona – nie liczę"
TOGETHER_SUM = "Suma: {amount}."
TOGETHER_SUM_MAX = "Suma: najwyżej {amount} (przy górnych granicach przedziałów)."
COMPARE_TITLE = "Porównanie w programie {programme}"
COMPARE_MORE = "Więcej dostanie {unit} – o {difference}."
COMPARE_EQUAL = "Obie jednostki dostaną tyle samo."
COMPARE_RANGE = "{unit}: {low} – {high} (bez wskaźnika G nie policzę dokładnie; podaj go, np. „G 1950,22”)"
# CP and CS: the exact amount per unit is on the operator's list (not public here), not computed from an index
COMPARE_RANGE_LISTED = "{unit}: {low} – {high} (dokładną kwotę podaje lista kwot operatora, załącznik nr 2)"
PAIR_ACROSS_TITLE = "Razem – każda jednostka w swoim programie"
PAIR_G_ASK = "Dokładne kwoty w Cyfrowej Gminie policzę, gdy podasz wskaźnik G każdej z gmin, np. „G {example}”."
PROGRAMMES_COMPARED = "Programy dla: {unit}"
G_MISSING_SHORT = "bez wskaźnika G nie policzę dokładnie"
LIST_AMOUNT_SHORT = "dokładną kwotę podaje lista kwot operatora, załącznik nr 2"
MORE_IN_PROGRAMME = "Więcej: {programme}."
MORE_CANNOT_TELL = (
    "Nie da się tego rozstrzygnąć z tych liczb: przedziały się nakładają – rozstrzyga dokładna kwota (wskaźnik G albo "
    "lista kwot operatora)."
)
COMPARE_CANNOT = "Dokładnie porównam, gdy dla obu jednostek policzę kwotę – brakuje jej dla: {units}."
NO_PROBLEM_AT_LINE = (
    "Przy tej pozycji ostatni raport nie zgłasza błędu ani ostrzeżenia: jest kwalifikowalna i można ją rozliczyć."
)
SEND_DOCUMENTS_NEXT = (
    "Wyślij faktury i protokoły odbioru (w Telegramie jako dokument lub zdjęcie, w terminalu /plik ŚCIEŻKA) – "
    "przeczytam je i wstępnie ocenię każdą pozycję; /raport sprawdzi cały zestaw."
)
ADVISORY_CAP_LINE = "{programme}: na usługi doradcze najwyżej 5 % grantu – 5 % × {grant} = {cap}."
ADVISORY_OVER = "{spent} to o {diff} więcej niż limit – nadwyżka nie będzie kwalifikowalna."
ADVISORY_WITHIN = "{spent} mieści się w limicie (zostaje {diff})."

# "podsumuj, co ustaliliśmy" (features/summary.py)
SUMMARY_TITLE = "Podsumowanie rozmowy"
SUMMARY_EMPTY = (
    "Nie mam jeszcze czego podsumować: w tej rozmowie nie policzyłem grantu, nie oceniłem zakupu, nie odpowiedziałem "
    "na pytanie o zasady ani nie zrobiłem raportu."
)
SUMMARY_NOTE = (
    "Każdy punkt powtarza odpowiedź z tej rozmowy (z jej źródłem); szczegóły i wyliczenia – w odpowiedziach powyżej."
)

PRICED_LIST_SUM = "{name}: kwalifikowalne z tej listy (wstępnie) {net} netto, {gross} brutto."
ADDED_TO_LIST = "Razem z listą wyliczoną wcześniej: {before} + {added} = {total} netto."
OVER_THRESHOLD_YES = "Tak, trzeba: {total} netto przekracza {limit} netto."
PROJECT_LATE = (
    "Dokumenty, na których się opieram, nie opisują skutków niezakończenia projektu w terminie ani trybu jego "
    "przedłużenia: projekt trwa najdłużej do terminu z dokumentów programu i z umowy o powierzenie grantu, a "
    "kwalifikowalne są wydatki poniesione w okresie kwalifikowalności. Co zrobić, gdy termin jest zagrożony, ustal "
    "z operatorem programu."
)
CHATTER_REPLY = (
    "Nie znam odpowiedzi na to pytanie – nie dotyczy ono programów grantowych, w których pomagam. "
    "Wracając do tematu: pytaj dalej, pamiętam, o czym rozmawialiśmy."
)
LIST_TOTAL = "Lista wyliczona wcześniej: razem {total} netto."
UNDER_THRESHOLD = (
    "Nie: {total} netto nie przekracza {limit} netto, więc baza konkurencyjności nie jest wymagana ({source})."
)
PRICED_LIST_REVIEW = "Do indywidualnej oceny: {what} ({net} netto)."
PRICED_OVER_THRESHOLD = (
    "Uwaga: {net} netto to więcej niż {limit} netto – wykonawcę wybiera się w trybie bazy konkurencyjności "
    "(chyba że obowiązuje Pzp) ({source})."
)

# "a ile to procent naszego grantu?" (features/shares.py)
SHARE_OF_GRANT = "{thing} jako procent grantu {grant} ({whence}):"
SHARE_OF_GRANT_NOTE = (
    "Który udział się liczy (netto czy brutto), zależy od tego, czy VAT jest u Was kosztem kwalifikowalnym – "
    "odzyskiwany VAT nie jest."
)

# "diagnoza w CG i w CP – gdzie mamy więcej czasu?" (features/faq.py): each programme's own answer
IN_EACH_PROGRAMME = "Odpowiedź dla każdego z programów ({names}) – każdy według własnych dokumentów:"

# "kupujemy 12 skanerów po 4 900 zł netto – …" (parsing/quantities.py)
PRICED_LEAD = (
    "Wyliczenie z podanych liczb (netto/brutto przy podstawowej stawce VAT 23 % – dokumenty programów stawki nie "
    "podają, rozstrzyga stawka na fakturze):"
)

# "co dalej?" after documents were sent (features/settlement.py)
NEXT_STEPS = (
    "wyślij kolejne dokumenty: faktury (PDF, zdjęcie, skan, XML z KSeF) i protokoły odbioru,",
    "podaj dane do raportu, jeśli ich jeszcze nie ma: program, koniec projektu, kwotę grantu, czy VAT odzyskujecie,",
    "napisz /raport – wstępna kontrola rozliczenia z oceną każdej pozycji i tym, co operator mógłby zakwestionować.",
)

# "a dlaczego nie?" after a rule (features/followup.py)
WHY_RULE = "Wynika to wprost z zasad programu:"

# "a dlaczego Krobia dostaje więcej niż Pępowo?" (features/grant.py)
WHY_DIFFERS = (
    "W Cyfrowej Gminie kwota zależy od liczby mieszkańców L i od wskaźnika G (przez R = (Gk − G) / 10, regulamin § 4 "
    "ust. 5) – oto oba wyliczenia krok po kroku:"
)

# The facts of a document sent, asked in words
FACTS_READ = "Tak odczytałem to z dokumentu – przed rozliczeniem porównaj z oryginałem."
FACT_UNREADABLE = "{file}: nie udało się ponownie odczytać zapisanych danych – wyślij plik jeszcze raz."
NO_SUCH_DOCUMENT = (
    "W zestawie nie ma takiego dokumentu – wyślij go (w terminalu: /plik ŚCIEŻKA) albo sprawdź listę: /zestaw."
)
PERIOD_INSIDE = "{invoice} z dnia {day} mieści się w okresie kwalifikowalności wydatków ({start} – {end})."
PERIOD_OPEN_END = "do końca realizacji projektu z umowy"
PERIOD_NO_DATE = (
    "{file}: nie odczytano daty faktury – sprawdź ją na dokumencie (protokół odbioru nie decyduje o okresie)."
)
PERIOD_END_UNKNOWN = (
    "Koniec okresu to koniec realizacji projektu z umowy o powierzenie grantu – podaj go (np. „koniec projektu "
    "30.06.2025”), a sprawdzę też ten koniec."
)
