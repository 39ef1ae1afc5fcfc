"""Statements of who writes and what they take part in: "jesteśmy gminą wiejską", "piszę z UM w Gnieźnie",
"startujemy w CS", and a statement split from the question that follows it.

Pure: no I/O, no state.
"""

from __future__ import annotations

import functools
import re

from bot.dialogue.parsing.programmes import detect_programmes, strip_programmes
from bot.dialogue.parsing.report import QUESTION
from knowledge.normalize import fold

_STATEMENT = re.compile(
    # at the start or of a clause after a comma: "gmina wiejska, startujemy w CG, chcę sprawdzić faktury"
    r"(?i)(?:^|[,;.–—]\s*|\s-\s+)\W*(?:my\s+|my\s+te[zż]\s+|to\s+)?(?:jeste[sś]my|realizujemy|bierzemy\s+udzia[lł]|uczestniczymy|"
    r"korzystamy\s+z|mamy\s+(?:grant|projekt|umow\w*)|podpisali[sś]my\s+umow\w*|"
    # "mamy cyfrową gminę", "robimy cyberbezpieczny samorząd": the programme the unit is in
    r"(?:mamy|robimy|prowadzimy|realizowali[sś]my)(?=\s+(?:te[zż]\s+)?(?:cyfrow|cyber|c[gps]\b))|"
    # "pomagam powiatowi krotoszyńskiemu rozliczyć Cyfrowy Powiat"
    r"pomaga\w*\s+(?:\w+\s+){0,3}(?:rozlicz\w*|przygotowa\w*|z[lł]o[zż]y[cć])|dostali[sś]my\s+grant|startujemy|rozliczamy|dzia[lł]amy\s+w|"
    r"startowali[sś]my|sk[lł]adali[sś]my|(?:teraz\s+)?rozliczeni\w*|"
    # "zostajemy przy cyberbezpiecznym", "wracamy do cg", "przechodzimy na cp"
    r"zostajemy\s+(?:przy|w)|zosta[nń]my\s+(?:przy|w)|wracamy\s+do|przechodzimy\s+(?:do|na)|prze[lł][aą]czamy\s+(?:si[eę]\s+)?na|"
    # "jednak piszemy wniosek do cyfrowej gminy", "składamy do cs", "aplikujemy do cp"
    r"(?:jednak\s+)?(?:piszemy|sk[lł]adamy|z[lł]o[zż]ymy|aplikujemy|startujemy)\s+(?:wniosek\s+)?(?:do|w)|"
    r"(?:jednak\s+)?(?:chodzi\s+nam\s+o|interesuje\s+nas))\b|"
    r"(?:^|\W)(?:chodzi\s+(?:mi|nam)?\s*o|pytam\s+o|pytamy\s+o|m[oó]wi[eę]\s+o)\s|"
    r"^\W*(?:gmin[aą]|powiat\w*|wojew[oó]dztw\w*)\s+jeste[sś]my\b|"
    # "to jest cyfrowa gmina", "to cyberbezpieczny samorząd, koniec projektu …": the programme of what was sent
    r"(?:^|[,;.–—]\s*)\W*to\s+jest\s+(?:(?:program|rozliczenie|projekt)\w*\s+)?(?:z\s+)?(?=cyfrow|cyber|c[gps]\b)"
    r"|^\W*to\s+(?=(?:cyfrow|cyber)[^,]*,)"
)
_UNIT_STATEMENT = re.compile(
    r"(?i)^\W*(?:(?:dzie[nń]\s+dobry|witam|cze[sś][cć]|hej|halo)\W+)?(?:my\s+)?(?:jeste[sś]my|jestem|pracuj[eę]|pracujemy|"
    r"to\s+jest|reprezentuj[eę]|reprezentujemy|pisz[eę]|piszemy|dzwoni[eę]|dzwonimy|"
    r"z\s+tej\s+strony|tu|tutaj|my(?=\s+(?:z|ze)\s)|ja(?=\s+(?:z|ze)\s)|"
    # "rozliczamy cyberbezpieczny samorząd jako powiat żywiecki" (the programme already stripped)
    r"(?:(?:rozliczamy|startujemy|wyst[eę]pujemy|aplikujemy|sk[lł]adamy(?:\s+wniosek)?|dzia[lł]amy)\s+)?jako|"
    # "to dla gminy wiejskiej Kościerzyna", "to rozliczenie powiatu żywieckiego": whose settlement the files are
    r"to\s+dla|to\s+(?:jest\s+)?rozliczeni\w*(?:\s+dla)?|rozliczeni\w*\s+dla)\s+"
    # "jestem informatykiem w Urzędzie Gminy i Miasta Krzeszowice": who writes, then the office
    r"(?:(?:informatyk|skarbnik|sekretarz|w[oó]jt|burmistrz|prezydent|starost|kierownik|pracownik|pracowniczk|"
    r"ksi[eę]gow|specjalist|koordynator|inspektor|naczelnik|urz[eę]dnik|referent|zast[eę]pc|asystent|now[aey]|nowym)\w*"
    r"(?:\s+[\w-]+){0,2}?\s+(?=w\s+urz|ze?\s+urz|w\s+starostw|ze?\s+starostw))?"
    r"(?:z\s+|ze\s+|w\s+imieniu\s+|w\s+(?=urz|starostw))?(gmin\w*|powiat\w*|miast\w*|"
    r"urz[aąeę]d\w*\s+(?:miasta\s+i\s+gminy|gminy\s+i\s+miasta)|urz[aąeę]d\w*\s+gminy|urz[aąeę]d\w*\s+miasta|starostw\w*\s+powiatow\w*|"
    r"urz[aąeę]d\w*\s+marsza[lł]\w*|"
    r"wojew[oó]dztw\w*)\s+(.+)$"
)
_NOMINATIVE_LEVEL = (
    ("gmin", "gmina"),
    ("urz", "gmina"),
    ("powiat", "powiat"),
    ("starost", "powiat"),
    ("miast", "miasto"),
    ("wojew", "województwo"),
)


def adjective_nominative(word: str) -> str:
    """'żywieckim' -> 'żywiecki', 'kościerskiego' -> 'kościerski' (powiat and województwo names)."""
    return re.sub(r"(?i)(sk|ck|dzk)(?:im|iego|iemu|im)$", r"\1i", word)


_OWN_WORDS = re.compile(r"(?i)^(?:my|nas|nasz\w*|u|ja|mnie|mi)$")
_FILLER_WORDS = re.compile(
    r"(?i)^(?:a|i|to|tez|też|w|we|z|ze|do|dla|u|o|sa|są|jest|jestesmy|jesteśmy|startujemy|programie|program\w*|"
    r"projekcie|projekt\w*|grancie|grant\w*|chodzi|dotyczy|tylko|akurat|tu|tutaj|jednak|"
    # what the unit is doing in the programme ("my w cyberbezpiecznym, rozliczamy zakupy")
    r"rozlicza\w*|realizuj\w*|zakup\w*|faktur\w*|wgrywa\w*|wysy[lł]a\w*|sk[lł]adamy|wniosek|teraz|"
    r"dokument\w*|sprawdz\w*|wydatk\w*|starostw\w*|urz[eę]dzie)$"
)


def announces(text: str) -> bool:
    """'zaraz wrzucę faktury', 'mam kilka pytań': what is to come, no question yet (a greeting or who
    writes may stand before it).

    >>> announces("zaraz wrzucę faktury"), announces("Dzień dobry starostwo żywieckie zaraz wrzucę faktury")
    (True, True)
    >>> announces("czy mogę wrzucić faktury?")
    False
    """
    text = text.strip(" .!")
    if _ANNOUNCEMENT.fullmatch(text):
        return True
    found = _ANNOUNCEMENT.search(text)
    return bool(found and found.end() == len(text) and "?" not in text and not QUESTION.search(text))


def statement_programme(text: str) -> str | None:
    """'(my) jesteśmy w Cyfrowej Gminie', 'my w cyberbezpiecznym' -> the programme: a statement, not a question."""
    if "?" in text or _QUESTION_CLAUSE.search(text) or _ASKED_WHETHER.search(text):
        return None  # "działamy w cs, czy można kupić UPS": a question with its context
    named = detect_programmes(text)
    if len(named) > 1:
        # "pomyliłam się, my jesteśmy w cyberbezpiecznym samorządzie, nie w cyfrowym powiecie": the one refused goes
        text = without_refused_programme(text)
        named = detect_programmes(text)
    if len(named) != 1:
        return None
    if _STATEMENT.search(text):
        return named[0]
    about = _ABOUT_PROGRAMME.match(text)
    if about and not strip_programmes(text[about.end() :], keep_if_empty=False).strip(" .!,"):
        return named[
            0
        ]  # "ok, to mam pytanie o cyfrową gminę", "pytanie dotyczy CP": the programme, the question to come
    # "my w cyberbezpiecznym", "u nas cyfrowy powiat": a short message of the programme and only
    # "we"-words and fillers besides.
    head, _, announced = text.partition(",")
    if announced and _ANNOUNCEMENT.fullmatch(announced.strip(" .!")) and _own_statement(head):
        # "my w cyberbezpiecznym, mam parę pytań o sprzęt": the programme, and the questions to come
        return named[0]
    return named[0] if _own_statement(text) else None


# ", nie w cyfrowym powiecie", "a nie cs": a programme refused beside the one meant
_REFUSED = re.compile(r"(?i)[,;]?\s*\b(?:a\s+)?nie\s+(?P<rest>[^,;.!?–—]+)")
_PREPOSITIONS = re.compile(r"(?i)\b(?:w|we|z|ze|do|o|dla|tym|tego|programie|programu)\b")


def without_refused_programme(text: str) -> str:
    """The message without the programme it says is not meant.

    >>> without_refused_programme("pomyliłam się, my jesteśmy w cyberbezpiecznym samorządzie, nie w cyfrowym powiecie")
    'pomyliłam się, my jesteśmy w cyberbezpiecznym samorządzie'
    >>> without_refused_programme("nie wiem, czy cs")
    'nie wiem, czy cs'
    """

    def drop(m: re.Match[str]) -> str:
        rest = m.group("rest")
        left = _PREPOSITIONS.sub("", strip_programmes(rest, keep_if_empty=False)).strip(" .,!–—-")
        return "" if len(detect_programmes(rest)) == 1 and not left else m.group(0)

    return _REFUSED.sub(drop, text).strip()


# "(mam) pytanie o / odnośnie / dotyczące …", "pytanie dotyczy …": what the questions to come are about
_ABOUT_PROGRAMME = re.compile(
    r"(?i)^\W*(?:(?:ok|okej|dobrze|dobra|to|a|wi[eę]c|tak)\W+)*(?:(?:mam|mamy)\s+)?(?:(?:jedno|kr[oó]tkie|kilka|takie)\s+)?"
    r"(?:pytani\w*\s+)?(?:o|odno[sś]nie(?:\s+do)?|dotycz\w*|w\s+sprawie|co\s+do|na\s+temat)\s+"
)
_QUESTION_CLAUSE = re.compile(
    r"(?i)(?:^|[,;.]\s*)(?:a\s+|i\s+)?(?:czy|ile|jak|jaki\w*|jaka|jakie|kiedy|gdzie|kto|dlaczego|czemu|do\s+kiedy)\b"
)
# "mam parę pytań (o sprzęt)", "chcę zapytać o faktury": questions announced, none asked yet
_ANNOUNCEMENT = re.compile(
    r"(?i)(?:(?:zaraz|teraz|za\s+chwil[eę]|ju[zż]|potem|p[oó][zź]niej)\s+)?(?:mam\w*|mamy)\s+(?:\w+\s+){0,2}pyta[nń]\w*(?:\s+(?:o|odno[sś]nie|w\s+sprawie|dotycz\w*)\s+.+)?"
    # "wrzucam faktury", "przesyłam dokumenty do sprawdzenia": files announced
    r"|(?:(?:zaraz|teraz|za\s+chwil[eę]|ju[zż]|potem|p[oó][zź]niej)\s+)?"
    r"(?:wrzuc\w*|wy[sś]l\w*|wysy[lł]\w*|prze[sś]l\w*|przesy[lł]\w*|za[lł][aą]cz\w*|wgra\w*|wgrywa\w*|dodaj\w*|dodam)\s+"
    r"(?:\w+\s+)?(?:faktur\w*|dokument\w*|plik\w*|protok\w*)"
    r"(?:\s+.+)?"
    r"|chc(?:[eę]|ia[lł]\w*|emy)\s+(?:\w+\s+)?(?:zapyta[cć]|dopyta[cć]|spyta[cć]|si[eę]\s+dowiedzie[cć])"
    r"(?:\s+o\s+.+)?"
)


def _own_statement(text: str) -> bool:
    """A short message of a programme and only "we"-words and fillers besides ("my w cyberbezpiecznym")."""
    rest = strip_programmes(text, keep_if_empty=False).strip(" .,!").split()
    words = [w.strip(".,!–-") for w in rest if w.strip(".,!–-")]
    own = any(_OWN_WORDS.match(w) for w in words)
    return 1 <= len(words) <= 6 and own and all(_OWN_WORDS.match(w) or _FILLER_WORDS.match(w) for w in words)


# Words of speech that end a clause but never a unit's name ("urząd gminy przecież", "gmina jarocin chyba")
_SPEECH_WORD = re.compile(
    r"(?i)przecie[zż]|chyba|oczywi[sś]cie|w[lł]a[sś]nie|raczej|naturalnie|jasne|no|co|nie|tak|te[zż]|"
    r"jakby|niby|ok|okej|dzi[eę]ki|pozdrawiam|prawda|wiadomo"
)
_NAME_END = re.compile(
    r"[,;:(]|(?:^|\s)(?:i|a|oraz|ale|bo|wi[eę]c|startujemy|rozliczamy|realizujemy|si[eę]|tu|tutaj|pisze|pisz[eę])(?:\s|$)"
)


@functools.lru_cache(maxsize=256)  # statement_unit / _level / _hint and split_context read one message each
def _unit_statement(text: str) -> tuple[str, str, str] | None:
    """(level, name, hint) of a statement about the user's unit; the name is "" when only the level is said,
    the hint the kind and region said with it ("miejsko-wiejska z wielkopolski").

    The statement may take several clauses: "piszę z urzędu w Jarocinie, jesteśmy gminą
    miejsko-wiejską z Wielkopolski" names the unit in one and its kind and region in the other;
    "jesteśmy gminą miejsko-wiejską z wielkopolski, Krotoszyn" names it in a clause of its own."""
    if "?" in text:
        return None
    # "z urzędu miejskiego w Olecku (gmina miejsko-wiejska, warmińsko-mazurskie)": a remark in brackets is a clause
    clauses = [
        c for c in re.split(r"\s*[,;()]\s*|\.\s+|\s+[–—-]\s+", strip_programmes(text).rstrip(".!)–—- ")) if c.strip()
    ]
    level: str | None = None
    name, region = "", ""
    kind: list[str] = []
    loose, said_kind = "", ""
    # "teraz rozliczenie cyfrowej gminy, gmina wiejska Kościerzyna": beside a statement, a clause
    # of a level word and a name is the unit
    beside_statement = len(clauses) > 1 and bool(_STATEMENT.search(text))
    for clause in clauses:
        found = _unit_clause(clause, bare=beside_statement)
        powiat = _unit_clause(clause, bare=True) if name and level in ("gmina", "miasto") and not region else None
        if powiat is not None and powiat[0] == "powiat" and powiat[2]:
            region = f"powiat {powiat[2]}"  # "gminy Wiśniowa (powiat myślenicki)": the gmina in that powiat
            continue
        kind_said = _KIND_CLAUSE.fullmatch(clause.strip())
        if found is None and kind_said:
            # "(gmina miejsko-wiejska, …)" beside "piszę z urzędu miejskiego w Olecku": what kind the unit is
            said_kind = said_kind or kind_said.group("kind").replace("ą", "a")
            continue
        if found is None:
            loose = loose or _loose_name(clause)
            continue
        clause_level, clause_kind, clause_name, clause_region = found
        if level is None or (not name and clause_name):
            level = clause_level  # the first clause's level, or the level of the clause naming the unit
        name = name or clause_name
        kind = kind or clause_kind
        region = region or clause_region
    if level is None:
        return None  # "gmina wiejska, startujemy w CG": a bare kind beside a statement names nothing
    if said_kind and not kind and level in ("miasto", "gmina"):
        kind, level = [said_kind], "gmina"  # "urząd miejski w Olecku (gmina miejsko-wiejska)"
    name = name or loose  # "…, Krotoszyn": a clause that is only a capitalised name
    hint = " ".join(part for part in (*kind, region) if part)
    query = " ".join(part for part in (*kind, name, region) if part)
    return level, query if name else "", hint


# A clause that is only the kind of unit: "gmina miejsko-wiejska", "gmina wiejska"
_KIND_CLAUSE = re.compile(r"(?i)(?P<level>gmin[aą])\s+(?P<kind>miejsko-wiejsk[aą]|wiejsk[aą]|miejsk[aą])")
# A clause that is only a capitalised name of one to three words ("Krotoszyn", "Nowy Targ").
_LOOSE_NAME = re.compile(r"[A-ZĄĆĘŁŃÓŚŹŻ][\w-]+(?:\s+[A-ZĄĆĘŁŃÓŚŹŻ]?[\w-]+){0,2}")
_NOT_LOOSE = re.compile(
    r"(?i)^(?:dzie[nń]|witam|witaj\w*|cze[sś][cć]|hej|mam\w*|chc\w*|prosz\w*|pytanie|dzi[eę]k\w*|pozdrawiam|"
    r"gmin\w*|powiat\w*|miast\w*|wojew\w*|urz[aą]d\w*|starostw\w*)$"
)


def _loose_name(clause: str) -> str:
    """The clause when it is only a name ("Krotoszyn"), not a greeting, a region or a sentence of its own."""
    clause = clause.strip()
    words = clause.split()
    if not _LOOSE_NAME.fullmatch(clause) or _NOT_LOOSE.match(words[0]) or _FILLER_WORDS.match(words[0]):
        return ""
    if _REGION_WORDS.search(f"z {clause}") or _STATEMENT.search(clause) or _ANNOUNCEMENT.search(clause):
        return ""
    return clause


# "piszę z urzędu w Jarocinie", "dzwonię ze starostwa powiatowego w Wągrowcu": the office, in a town
_OFFICE_STATEMENT = re.compile(
    r"(?i)^\W*(?:(?:my\s+)?(?:jeste[sś]my|jestem|pisz[eę]|piszemy|dzwoni[eę]|dzwonimy|pracuj[eę]|pracujemy)\s+)?"
    r"(?:z|ze|w\s+imieniu|w|to\s+dla|to\s+(?:jest\s+)?rozliczeni\w*(?:\s+dla)?|rozliczeni\w*\s+dla)\s+"
    r"(?P<office>urz[eę]d\w*(?:\s+(?:gminy|miasta(?:\s+i\s+gminy)?|miejski\w*|marsza[lł]\w*))?|starostw\w*"
    r"(?:\s+powiatow\w*)?)\s+(?:w|we)\s+(?P<town>[A-ZĄĆĘŁŃÓŚŹŻa-ząćęłńóśźż][\w-]*(?:\s+(?:[A-ZĄĆĘŁŃÓŚŹŻ][\w-]*|\w+(?:im|ym|iej|ej)))?)\s*$"
)
# "pracuję w referacie finansowym Urzędu Gminy w Lipnicy Wielkiej": the office further in a sentence about oneself
_OFFICE_IN_CLAUSE = re.compile(
    r"(?i:\b(?:pracuj\w*|jestem|jeste[sś]my|pisz[eę]|piszemy|dzwoni[eę]|dzwonimy|zatrudnion\w*|w\s+imieniu)\b.{0,80}?"
    r"\b(?P<office>urz[eęaą]d\w*(?:\s+(?:gminy(?:\s+i\s+miasta)?|miasta(?:\s+i\s+gminy)?|miejski\w*|marsza[lł]\w*))?"
    r"|starostw\w*(?:\s+powiatow\w*)?)\s+(?:w|we)\s+)"
    # the town capitalised ("w Lipnicy Wielkiej"), then the end or the letter going on ("… zwracam się z pytaniem")
    r"(?P<town>[A-ZĄĆĘŁŃÓŚŹŻ][\w-]*(?:\s+(?:[A-ZĄĆĘŁŃÓŚŹŻ][\w-]*|\w+(?:im|ym|iej|ej)))?"
    # typed without capitals ("w ustrzykach dolnych i pierwszy raz piszę"): one or two words before the end or "i"
    r"|[a-ząćęłńóśźż][\w-]+(?:\s+[a-ząćęłńóśźż][\w-]+)?(?=\s*$|\s+(?:i|a|oraz)\s))"
    r"(?:\s*$|\s+(?=(?i:zwracam\w*|zwracamy|uprzejmie|pytam\w*|prosz[eę]|prosimy|chcia[lł]\w*|chc[eę]|chcemy|i|a|oraz)\b))"
)
# "nasz kod teryt to 2815042", "kod TERYT gminy: 2815042": the user's unit by its code
_CODE_STATEMENT = re.compile(
    r"(?i)\bnasz\w*\s+kod\w*(?:\s+teryt)?\s*(?:to|:|=|jest|brzmi)?\s*(?P<code>\d{7}|\d{4}|\d{2})\b"
)
# "jesteśmy z Pniew", "piszę z Krotoszyna": the user's town, capitalised, with no level word
_FROM_PLACE = re.compile(
    r"^\W*(?:my\s+)?(?:jeste[sś]my|jestem|pisz[eę]|piszemy|dzwoni[eę]|dzwonimy)\s+(?:z|ze)\s+"
    r"(?P<name>[A-ZĄĆĘŁŃÓŚŹŻ][\w-]+(?:\s+[A-ZĄĆĘŁŃÓŚŹŻ][\w-]+)?)\W*$"
)
_BARE_UNIT_CLAUSE = re.compile(r"(?i)^\W*(gmin\w*|powiat\w*|miast\w*)\s+(\S.*)$")
_REGION_WORDS = re.compile(
    r"(?i)\s*\b(?:z|ze|w|na)\s+(?:woj\.?\s+|wojew[oó]dztw\w*\s+)?(?P<region>dolno[sś]l\w*|kujaw\w*|lubel\w*|lubus\w*"
    r"|[lł][oó]dzk\w*|ma[lł]opol\w*|mazow\w*|mazows\w*|opol\w*|podkarpa\w*|podlas\w*|zachodniopomor\w*|pomor\w*"
    r"|[sś]l[aą]sk\w*|[sś]wi[eę]tokrzys\w*|warmi\w*|wielkopol\w*)\s*$"
)


# Who writes, before where from: "tu skarbnik z Konina", "Jan Nowak – informatyk UGiM w Wadowicach", "z tej strony
# informatyk starostwa żywieckiego", "sekretarz gminy Kórnik". The role goes; the place is read as a statement.
_ROLE = re.compile(
    r"(?i)^\W*(?:(?:tu|tutaj|z\s+tej\s+strony|pisze|pisz[eę]|jestem|ja|m[oó]wi)\s+)?"
    r"(?:[A-ZĄĆĘŁŃÓŚŹŻ][\w-]+\s+[A-ZĄĆĘŁŃÓŚŹŻ][\w-]+\s*[,–—-]?\s*)?"  # a signature's name
    r"(?:pani\s+|pan\s+|zast[eę]pca\s+|p\.?\s*o\.?\s+)?"
    r"(?:skarbni\w*|informaty\w*|sekretar\w*|w[oó]jt\w*|burmistrz\w*|prezydent\w*|starost[aąy]|kierowni\w*|"
    r"pracowni\w*|ksi[eę]gow\w*|inspektor\w*|referent\w*|specjali\w*|naczelni\w*|dyrektor\w*|koordynator\w*|"
    r"asystent\w*|administrator\w*|radc\w*|urz[eę]dni\w*)"
    r"(?:\s+(?:ds\.?|do\s+spraw)\s+[\w.]+(?:\s+[\w.]+)?)?\s+(?P<rest>\S.*)$"
)
# Office abbreviations in signatures: "UGiM w Wadowicach", "UM Konin", "SP w Żywcu"
_OFFICE_ABBREVIATIONS = (
    (re.compile(r"^(?:UGiM|UMiG|UMIG|UGIM)\b"), "urzędu miasta i gminy"),
    (re.compile(r"^UG\b"), "urzędu gminy"),
    (re.compile(r"^UM\b"), "urzędu miasta"),
    (re.compile(r"^UMW\b|^UMWD?\b"), "urzędu marszałkowskiego"),
    (re.compile(r"^SP\b"), "starostwa powiatowego"),
)


_IN_POWIAT_OFFICE = re.compile(
    r"(?i)^(?P<lead>\W*(?:jestem|jeste[sś]my|pracuj\w*|pisz\w*|dzwoni\w*))\b.{0,40}?\b(?:w|ze?)\s+starostw(?:ie|a)\s+"
    r"(?:powiatow\w+\s+)?(?P<adj>\w+(?:sk|ck|dzk))(?:im|iego)\b"
)


def _as_statement(clause: str) -> str:
    """A clause naming who writes and where from, as a plain statement of where from; others unchanged."""
    # "jestem nowy w starostwie kartuskim", "pracuję ze starostwa wielickiego": the powiat by its adjective
    clause = _IN_POWIAT_OFFICE.sub(lambda m: f"{m.group('lead')} z powiatu {m.group('adj')}iego", clause)
    body = clause.strip()
    for pattern, office in _OFFICE_ABBREVIATIONS:
        # "piszę z UM w Gnieźnie", "jestem z UG Kobylnica": the office written out
        body = re.sub(rf"\b(z|ze)\s+(?:{pattern.pattern.replace('^', '')})", rf"\1 {office}", body)
    clause = body if body != clause.strip() else clause
    # "tu UM Płock", "z tej strony UG Chełm": who is here, then the office
    body = re.sub(r"^\W*(?i:tu|tutaj|z\s+tej\s+strony)\s+(?=(?:UGiM|UMiG|UMIG|UGIM|UG|UM|UMW|UMWD|SP)\s)", "", body)
    for pattern, office in _OFFICE_ABBREVIATIONS:
        # "UG Chełm", "UM Zakopane" as a line or clause of their own: the office and its town
        abbreviated = re.match(rf"{pattern.pattern}\s+(?=[A-ZĄĆĘŁŃÓŚŹŻ])", body)
        if abbreviated:
            return f"jestem z {office} {body[abbreviated.end() :]}"
    body = re.sub(
        r"(?i)^\W*(?:tu|tutaj|z\s+tej\s+strony)\s+(?=(?:urz[aą]d|starostwo)\w*\s)", "", body
    )  # "tu starostwo w …"
    # "starostwo powiatowe w Bochni tutaj", "urząd gminy Kórnik z tej strony": who is here, said after the office
    body = re.sub(r"(?i)\s+(?:tu|tutaj|z\s+tej\s+strony|si[eę]\s+k[lł]ania|pisze|piszemy)\W*$", "", body)
    office_first = re.match(r"(?i)^\W*(?=(?:urz[aą]d|starostwo)\w*\s)", body)
    if office_first and not re.match(r"(?i)^\W*(?:z|ze|w)\s", body):
        # "Starostwo Powiatowe w Żywcu", "Urząd Gminy w Kórniku" as a line of their own
        office = re.sub(r"(?i)^\W*(urz)[aą]d(\s)", r"\1ędu\2", body)
        return "piszę z " + re.sub(r"(?i)^starostwo\b", "starostwa", office)
    role = _ROLE.match(body)
    if role is None:
        return clause
    rest = role.group("rest").strip()
    if re.search(r"(?i)\bw[oó]jt", body[: role.start("rest")]) and re.match(r"(?i)gmin\w*\s+(?!wiejsk|miejsk)", rest):
        # a wójt heads a rural gmina ("wójt gminy Kościerzyna": the gmina wiejska, not the town)
        rest = re.sub(r"(?i)^(gmin\w*)\s+", r"\1 wiejskiej ", rest, count=1)
    for pattern, office in _OFFICE_ABBREVIATIONS:
        if pattern.match(rest):
            rest = pattern.sub(office, rest, count=1)
            break
    rest = re.sub(r"(?i)^(?:z|ze|w|we)\s+", "", rest)
    # "starostwa żywieckiego" names the powiat by its adjective
    # ("w starostwie kartuskim": the same, in the locative)
    rest = re.sub(r"(?i)^starostw\w*\s+(?!powiat)(?=\w+(?:skiego|ckiego|dzkiego|skim|ckim|dzkim)\b)", "powiatu ", rest)
    if re.match(r"(?i)^(?:urz[eę]d|starostw)\w*\s", rest):
        return f"piszę z {rest}"
    if re.match(r"(?i)^(?:gmin|powiat|miast|wojew)\w*\s", rest):
        return f"jestem z {rest}"
    return f"jestem z {rest}" if re.match(r"[A-ZĄĆĘŁŃÓŚŹŻ]", rest) else clause


def _office_kind(office: str) -> list[str]:
    """The kind of gmina an office's name tells: a Urząd Gminy serves a rural gmina, a Urząd Miasta i Gminy
    an urban-rural one; a Urząd Miejski / Urząd Miasta may be either urban kind, so it says nothing."""
    folded = fold(office)
    if re.search(r"\bmiasta\s+i\s+gminy\b|\bgminy\s+i\s+miasta\b", folded):
        return ["miejsko-wiejska"]
    if re.fullmatch(r"urz\w*\s+gminy", folded):
        return ["wiejska"]
    return []


# "gminą wiejską o tej samej nazwie co miasto – Gostynin": the aside about the namesake goes, the name stays
_SAME_NAME_AS = re.compile(
    r"(?i)\s+o\s+(?:tej\s+samej|takiej\s+samej|identycznej|tej\s+sam[ae]j|podobnej)\s+nazwie\s+(?:co|jak)\s+"
    r"(?:to\s+|nasze\s+|s[aą]siedni\w*\s+)?(?:miast\w*|gmin\w*\s*(?:miejsk\w*|wiejsk\w*)?|powiat\w*)(?:\s*[–—-](?=\s))?"
)


def _unit_clause(clause: str, *, bare: bool = False) -> tuple[str, list[str], str, str] | None:
    """(level, kind words, name, region) of one clause about the user's unit, or None."""
    clause = _as_statement(_SAME_NAME_AS.sub("", clause))
    coded = _CODE_STATEMENT.search(clause)
    if coded:
        code_ = coded.group("code")
        return "", [], code_, ""  # the code alone finds the unit
    office = _OFFICE_STATEMENT.search(clause) or _OFFICE_IN_CLAUSE.search(clause)
    if office:
        level = _level_of(office.group("office"))
        kind = _office_kind(office.group("office"))
        if level == "gmina" and not kind and re.search(r"(?i)miejsk|miasta", office.group("office")):
            level = "miasto"  # a Urząd Miejski / Urząd Miasta: "miasto X" (urban or urban-rural)
        return level, kind, office.group("town"), ""
    match = _UNIT_STATEMENT.search(clause) or (_BARE_UNIT_CLAUSE.search(clause) if bare else None)
    if not match:
        place = _FROM_PLACE.match(clause)
        if place and _loose_name(place.group("name")):
            return "", [], place.group("name"), ""  # "jesteśmy z Pniew": a town, its level not said
        return None
    level = _level_of(match.group(1))
    office_kind = _office_kind(match.group(1)) if re.match(r"(?i)urz", match.group(1)) else []
    if level == "gmina" and re.fullmatch(r"(?i)urz[aąeę]d\w*\s+miasta", match.group(1)):
        level = "miasto"  # "tu Urząd Miasta Słupsk": a town (urban or urban-rural), as the office path reads it
    # The name ends where the sentence goes on: "powiatem żywieckim, rozliczamy …", "powiatem i startujemy …".
    tail = _NAME_END.split(match.group(2))[0]
    region = _REGION_WORDS.search(tail)
    region_text = ""
    if region:
        region_text = f"z {region.group('region')}"
        tail = tail[: region.start()]
    # "jesteśmy miastem na prawach powiatu, Zamość": a kind of unit, not its name
    rights = re.match(r"(?i)na\s+prawach\s+powiatu\b\s*", tail)
    if rights:
        tail = tail[rights.end() :]
    words = tail.split()
    # "gminą wiejską", "gmina miejsko-wiejska": a kind of gmina, kept in the query but not a name
    kind = ["na prawach powiatu"] if rights else list(office_kind)
    while words and re.fullmatch(r"(?i)(?:wiejsk|miejsk|miejsko-wiejsk)\w*", words[0]):
        kind.append(re.sub(r"(?i)(sk)\w*$", r"\1a", words.pop(0)))
    if words and _level_word(words[0]) == level:
        words = words[1:]  # "z urzędu marszałkowskiego województwa pomorskiego"
    # "urząd gminy przecież 🙂": words of speech and emoji after the level word are no name
    while words and (_SPEECH_WORD.fullmatch(words[-1]) or not re.search(r"\w", words[-1])):
        words.pop()
    name = " ".join(adjective_nominative(w) for w in words).strip(" ,.")
    if level == "województwo":
        name = re.sub(r"(?i)(sk|ck|dzk)i\b", r"\1ie", name)  # "lubuskiego" -> "lubuskie" (a neuter name)
    if not name and not _UNIT_STATEMENT.search(clause):
        return None  # "gmina wiejska, startujemy w CG": a bare kind beside a statement names nothing
    return level, kind, name, region_text


def lead_unit(text: str) -> str | None:
    """ "gmina Suwałki, cs, koniec projektu 30.06.2026" -> 'gmina Suwałki': a unit named with its level word in the
    message's first clause, nothing else in that clause."""
    first = re.split(r"\s*[,;]\s*|\s+[–—-]\s+", text.strip(), maxsplit=1)[0]
    found = _unit_clause(first, bare=True)
    if found is None or not found[2] or found[0] not in ("gmina", "powiat", "miasto", "województwo"):
        return None
    level, kind, name, region = found
    return " ".join(part for part in (level, *kind, name, region) if part)


def statement_unit(text: str) -> str | None:
    """'jesteśmy powiatem żywieckim', 'jesteśmy z gminy Kościerzyna' -> a unit query ('powiat żywiecki')."""
    found = _unit_statement(text)
    return " ".join(part for part in found[:2] if part) if found and found[1] else None


_SENTENCE_END = re.compile(r"(?<=[.?!])\s+")
# "woj. lubelskiego", "gm. Dubiecko", "pow. wielicki": a dot that ends an abbreviation, not a sentence
_ABBREVIATION_END = re.compile(
    r"(?i)(?:^|\s)(?:woj|pow|gm|gmin|m|ul|nr|np|tj|ok|im|św|sw|al|os|tys|mln|mld|szt|pkt|ust|art|tzn)\.$"
)


def _sentences(text: str) -> list[str]:
    """The sentences of a message, an abbreviation's dot not ending one.

    >>> _sentences("urzad marszalkowski woj. lubelskiego, CS - jaka kwota?")
    ['urzad marszalkowski woj. lubelskiego, CS - jaka kwota?']
    >>> _sentences("gm. Dubiecko, powiat przemyski. ile mamy?")
    ['gm. Dubiecko, powiat przemyski.', 'ile mamy?']
    """
    joined: list[str] = []
    for piece in _SENTENCE_END.split(text.strip()):
        if joined and _ABBREVIATION_END.search(joined[-1]):
            joined[-1] = f"{joined[-1]} {piece}"
        else:
            joined.append(piece)
    return joined


# ", ile możemy dostać?": a question clause after a comma
_COMMA_QUESTION = re.compile(
    r"(?i)(?:,|\s+[–—-])\s*(?=(?:a\s+|i\s+|to\s+)?(?:czy|ile|jak|jaki\w*|jaka|jakie|kiedy|gdzie|kto|dlaczego|czemu"
    r"|do\s+kiedy|od\s+kiedy|co\s+(?:trzeba|musimy|mamy|należy|nalezy|powinni\w*|zrobi\w*|z\s+\w+)|sk[aą]d|kt[oó]r\w+"
    r"|na\s+ile|na\s+co|po\s+co|w\s+jaki\w*|z\s+jaki\w*|z\s+kt[oó]r\w*)\b)"
)


# What asks something: a question, "kolega pyta, czy …", or a request ("Proszę o wyliczenie grantu z CG")
_ASKS = re.compile(
    QUESTION.pattern + r"|\b(?:pyta\w*|zapyta\w*|ciekaw\w*|nie\s+wiem\w*|zastanawiam\w*)\W+(?:\w+\s+)?czy\b"
    r"|\b(?:prosz[eę]|poprosz[eę]|prosimy)\s+(?:o\s+)?(?:wylicz\w*|policz\w*|oblicz\w*|sprawdz\w*|podanie|informacj\w*|"
    r"kwot\w*|grant\w*)"
)
# A question about a unit's grant: a unit named before it may be any unit, not the user's own
_ABOUT_AMOUNT = re.compile(r"(?i)\b(?:ile|grant\w*|kwot\w*|dosta\w*|otrzyma\w*|przys[lł]ug\w*|mieszka[nń]c\w*)\b")
_ASKED_WHETHER = re.compile(
    r"(?i)\b(?:pyta\w*|zapyta\w*|chc\w*\s+zapyta\w*|ciekaw\w*|nie\s+wiem\w*|zastanawiam\w*|niepewn\w*)\W+"
    r"(?:\w+\s+)?czy\b"
)
# A question about the user's own unit: "ile dostaniemy?", "co możemy kupić?", "nasz grant"
_FIRST_PERSON = re.compile(r"(?i)\b(?:nam|nas|my|nasz\w*|\w+(?:emy|imy|amy|ymy))\b")


# a sentence's end (not an abbreviation's dot: "za ok. 70 tys. netto") or a dash between clauses
_FIRST_BREAK = re.compile(
    r"(?<=[.!])(?<!\bok\.)(?<!\btys\.)(?<!\bmln\.)(?<!\bnp\.)(?<!\bnr\.)(?<!\bul\.)(?<!\bgm\.)(?<!\bwoj\.)"
    r"(?<!\bpow\.)(?<!\bszt\.)\s+|\s+[–—-]\s+"
)


def programme_then_question(text: str) -> tuple[str, str] | None:
    """(programme, question) of "jednak piszemy wniosek do cyfrowej gminy – drukarka tam przejdzie?": a
    statement of the programme in a sentence or dash-clause of its own, then a question asked in it."""
    parts = _FIRST_BREAK.split(text.strip(), maxsplit=1)
    if len(parts) != 2 or "?" in parts[0] or not parts[1].strip(" .!?"):
        return None  # "ok, zostajemy przy cs – usuń fv_cs_toner z zestawu": a request may follow too
    head = parts[0].rstrip(".! ")
    clauses = [c.strip() for c in re.split(r"\s*[,;]\s*", head) if c.strip()]
    level = re.fullmatch(r"(?i)(?:tego\s+|naszego\s+)?(powiat|gmin)\w*", head.strip())
    if level and QUESTION.search(parts[1]) and not detect_programmes(parts[1]):
        # "(wracając do) powiatu – do kiedy może trwać projekt?": the programme of that level
        return ("cp" if level.group(1).casefold() == "powiat" else "cg"), parts[1].strip()
    said = [c for c in clauses if statement_programme(c) and _STATEMENT.search(c)]
    named_too = _loose_name(strip_programmes(head, keep_if_empty=False).strip(" ,.;–—-"))  # "Dobczyce, cyfrowa gmina."
    context_only = ":" not in head and len(strip_programmes(head, keep_if_empty=False).split()) <= 8 and not named_too
    if (
        not said
        and context_only
        and len(detect_programmes(head)) == 1
        and re.search(r"(?<=[.!])\s", text)
        and QUESTION.search(parts[1])
        and len(parts[1].split()) >= 4
    ):
        # "Mam pytanie o drugi projekt, w Cyberbezpiecznym Samorządzie. Czy możemy …?": a sentence that only
        # names the programme, then the question asked in it
        # "Z cyfrowego powiatu mamy 300 tys. Ile z tego na doradztwo?": an amount said in it goes with the question
        kept_head = f"{head} – " if re.search(r"\d", head) else ""
        return detect_programmes(head)[0], kept_head + parts[1].strip(" –—-")
    if len(said) != 1:
        return None  # "my w cs – czy …": the programme as the question's context only
    programme = statement_programme(said[0])
    assert programme is not None
    # "jesteśmy w cs, umowę podpisaliśmy 15 marca 2024 – do kiedy ankieta?": the rest stays with the question
    rest = [
        c
        for c in clauses
        if c != said[0]
        and not (statement_unit(c) or statement_level(c))
        and not re.fullmatch(r"(?i)\W*(?:ok|okej|dobra|dobrze|no|aha|super|dzi[eę]ki)\W*", c)
    ]
    # "Z cyfrowego powiatu mamy 300 tys. – ile z tego na doradztwo?": an amount said with the programme stays too
    kept = [said[0]] if re.search(r"\d", said[0]) else []
    return programme, " ".join([*kept, *rest, parts[1].strip()])


_PROGRAMME_AHEAD = re.compile(
    r"(?i)^\W*(?:(?:a|i|no|to|dobra|ok|okej)\W+)?(?P<head>[^–—:?,.]{2,40}?)\s*(?:[–—:]|\s-\s)\s*"
    r"(?P<rest>(?:a\s+|i\s+)?(?:ile|czy|jak\w*|kiedy|do\s+kiedy|od\s+kiedy|co|gdzie|kto|dlaczego|czemu|kt[oó]r\w*)\b.+)$"
)


def programme_ahead(text: str) -> tuple[str, str] | None:
    """(programme, question) of "cyfrowego powiatu – ile netto kosztował jeden laptop?" (what is left of "wracając do
    cyfrowego powiatu – …"): a programme alone before a dash, then a question that names none.

    >>> programme_ahead("cyfrowego powiatu – ile netto kosztował jeden laptop?")
    ('cp', 'ile netto kosztował jeden laptop?')
    >>> programme_ahead("gmina Pleszew – ile dostaniemy?") is None, programme_ahead("cs – laptop?") is None
    (True, True)
    >>> programme_ahead("cyber – od kiedy możemy ponosić wydatki?")
    ('cs', 'od kiedy możemy ponosić wydatki?')
    """
    found = _PROGRAMME_AHEAD.match(text.strip())
    if found is not None and re.fullmatch(r"(?i)\W*(?:tego\s+)?cyber\w*\W*", found.group("head")):
        # "(wracając do) cyber – od kiedy …?": the programme's everyday short name, alone before the dash
        return ("cs", found.group("rest").strip()) if not detect_programmes(found.group("rest")) else None
    if found is None or not programme_only(found.group("head")) or detect_programmes(found.group("rest")):
        return None
    return detect_programmes(found.group("head"))[0], found.group("rest").strip()


def split_context(text: str) -> tuple[str, str] | None:
    """(statement, question) of a message that says who the user is and asks something: "jesteśmy gminą
    Krotoszyn. ile możemy dostać z cg?", "ile mamy grantu? jesteśmy z Pniew". Only a statement naming the
    unit or its level counts; the programme said beside them is kept with them ("rozliczamy cyfrową gminę,
    jesteśmy gminą X – co trzeba dołączyć?"), a programme alone is the question's context."""
    text = _NAME_THEN_KIND.sub(lambda m: f"tu {m.group('kind')} {m.group('name')}", text.strip(), count=1)
    # "Tarnobrzeg, miasto na prawach powiatu. Składamy …?": the name, its kind after a comma, a sentence of its own
    text = _NAME_COMMA_KIND.sub(lambda m: f"tu {m.group('kind')} {m.group('name')}{m.group('end')}", text, count=1)
    text = _LOWER_NAME_COMMA_KIND.sub(_lower_name_then_kind, text, count=1)
    # "Zakopane, urząd miasta. W cs ile …?": the town's office, the town said
    text = _NAME_COMMA_OFFICE.sub(lambda m: f"jesteśmy z {m.group('name')}{m.group('end')}", text, count=1)
    head, colon, tail = text.partition(":")
    if colon and "?" not in head and len(head.split()) <= 6 and detect_programmes(head) and tail.strip():
        text = f"{head.rstrip()}. {tail.strip()}"  # "Sopot, cyberbezpieczny samorząd: tonery … kupić?"
    parts = [
        part.strip() for sentence in _sentences(text) for part in _COMMA_QUESTION.split(sentence) if part.strip(" ,.")
    ]
    if parts and "?" in parts[0]:
        # "powiat gołdapski, cyfrowy powiat – skanery … są kwalifikowalne?", "Starostwo Powiatowe w Żywcu, CP – … ok?"
        parts = (_unit_then_question(parts[0]) or _statement_then_rest(parts[0]) or parts[:1]) + parts[1:]
    if len(parts) < 2:
        return None
    statements: list[str] = []
    programmes: list[str] = []  # kept beside a unit or level only: a programme alone is the question's context
    questions: list[str] = []
    own = bool(_FIRST_PERSON.search(" ".join(parts[1:])))
    for number, part in enumerate(parts):
        bare = part.rstrip(".! ")
        if "?" in part or _QUESTION_CLAUSE.match(bare) or _ASKED_WHETHER.search(bare):
            questions.append(part)  # "… i kolega pyta, czy możemy kupić używany serwer": a question without "?"
        elif (told := _unit_then_told(bare)) is not None:
            # "Urząd Marszałkowski Województwa Opolskiego – planujemy w CS macierz za 70 tys. netto. Kwalifikuje
            # się?": the unit, then what the question is about – that goes with the question
            statements.append(told[0])
            questions.append(f"{told[1]}.")
        elif statement_unit(bare) or statement_level(bare):
            statements.append(bare)
        elif statement_programme(bare):
            programmes.append(bare)  # "rozliczamy cyfrową gminę, jesteśmy gminą X – co trzeba dołączyć?"
        elif number == 0 and (own or not _ABOUT_AMOUNT.search(" ".join(parts[1:]))) and _unit_clause(bare, bare=True):
            # "gmina wiejska Brzeziny z łódzkiego, ile dostaniemy?", "gmina wiejska Bochnia – do kiedy diagnoza?"
            statements.append(f"jesteśmy {bare}")
        elif number == 0 and _named_in_programme(bare, parts[1]):
            # "Dobczyce, cyfrowa gmina. Do kiedy trwa projekt?": a town's name, the programme, then the question
            name, _, programme = bare.partition(",")
            statements.append(f"jesteśmy z {name.strip()}")
            if programme.strip():
                programmes.append(programme.strip())
        else:
            questions.append(part)
    if not statements:
        questions = programmes + questions
    if not statements or not questions or not any(_ASKS.search(q) for q in questions):
        return None
    return ", ".join(programmes + statements), " ".join(questions)


def _unit_then_told(part: str) -> tuple[str, str] | None:
    """(unit, the rest) of "Starostwo X – kupujemy serwer za 40 tys.": a unit statement before a dash and, after it,
    a clause of several words that names no unit."""
    pieces = re.split(r"\s+([–—-])\s+", part, maxsplit=1)
    if len(pieces) != 3:
        return None
    head, _dash, tail = pieces
    if len(tail.split()) < 3 or not statement_unit(head.strip()):
        return None
    if statement_unit(tail) or statement_level(tail) or statement_programme(tail):
        return None
    return head.strip(), tail.strip()


def _statement_then_rest(part: str) -> list[str] | None:
    """ "jesteśmy gminą Łask, kupujemy z cyfrowej gminy laptopy dla urzędu – można?": a statement naming the unit, then
    after a comma the question (which starts with no question word)."""
    head, comma, tail = part.partition(",")
    if not comma or "?" not in tail or "?" in head or not statement_unit(head.strip()):
        return None
    return [head.strip(), tail.strip()]


# "myślenice tu (gmina m-w).", "Myślenice (gmina miejsko-wiejska) –": the name first, its kind after it
_NAME_THEN_KIND = re.compile(
    r"(?i)^(?P<name>[a-ząćęłńóśźż][\w-]+(?:\s+(?!tu\b)[a-ząćęłńóśźż][\w-]+)?)\s+(?:tu\s+)?\(\s*"
    r"(?P<kind>(?:gmina|powiat|miasto)(?:\s+(?:miejsko-wiejska|miejska|wiejska|na\s+prawach\s+powiatu))?)\s*\)"
)
_NAME_COMMA_KIND = re.compile(
    r"(?i)^(?P<name>(?-i:[A-ZĄĆĘŁŃÓŚŹŻ])[\w-]+(?:\s+(?-i:[A-ZĄĆĘŁŃÓŚŹŻ])[\w-]+)?),\s*"
    r"(?P<kind>miasto\s+na\s+prawach\s+powiatu|gmina\s+(?:miejsko-wiejska|miejska|wiejska))(?P<end>\s*[.–—-]\s)"
)
_NAME_COMMA_OFFICE = re.compile(
    r"(?i)^(?P<name>(?-i:[A-ZĄĆĘŁŃÓŚŹŻ])[\w-]+(?:\s+(?-i:[A-ZĄĆĘŁŃÓŚŹŻ])[\w-]+)?),\s*"
    r"(?:urz[aą]d\s+(?:miasta(?:\s+i\s+gminy)?|gminy)|(?-i:UM|UG|UMiG))(?P<end>\s*[.–—-]\s)"
)
# "barcin, gmina miejsko wiejska w powiecie zninskim. G=…": the same typed in lower case, the kind without its hyphen
# and the powiat after it (a greeting or a word of speech is no name)
_LOWER_NAME_COMMA_KIND = re.compile(
    r"(?i)^(?P<name>[a-ząćęłńóśźż][\w-]+(?:\s+[a-ząćęłńóśźż][\w-]+)?),\s*"
    r"(?P<kind>gmina\s+(?:miejsko[\s-]wiejska|miejska|wiejska))(?P<where>\s+w\s+powiecie\s+[\w-]+)?(?P<end>\s*[.,–—-]\s)"
)
NOT_A_NAME = {
    "dobra",
    "ok",
    "okej",
    "witam",
    "hej",
    "czesc",
    "cześć",
    "tak",
    "nie",
    "dzien",
    "dzień",
    "halo",
    "pytanie",
}


def _lower_name_then_kind(m: re.Match[str]) -> str:
    if m.group("name").split()[0].casefold() in NOT_A_NAME:
        return m.group(0)
    kind = re.sub(r"(?i)miejsko\s+wiejska", "miejsko-wiejska", m.group("kind"))
    return f"tu {kind} {m.group('name')}{m.group('where') or ''}{m.group('end')}"


# "powiat gołdapski, cyfrowy powiat – skanery … są kwalifikowalne?": a unit, the rest a question without its word
_UNIT_LEAD = re.compile(
    r"(?i)^(?P<unit>(?:tu\s+)?(?:gmin[ay]|powiat|miasto|wojew[oó]dztwo|starostw\w*(?:\s+powiatow\w*)?\s+w|"
    r"urz[aąeę]d\w*\s+(?:gminy|miasta|miejski)(?:\s+w)?)\s+(?:na\s+prawach\s+powiatu\s+)?[\w-]+(?:\s+[\w-]+){0,3}(?:\s*\([^)]{2,40}\))?)"
    # set off by a comma, a dash or an emoji ("Gmina Gniewino (pomorskie) 👋 w CS chcemy kupić …?")
    r"\s*(?:,|\s[–—-]|\s[^\w\s,.;:!?()–—-]+)\s+(?P<rest>.+\?)\s*$"
)


def _unit_then_question(sentence: str) -> list[str] | None:
    """['powiat gołdapski', 'cyfrowy powiat – skanery … są kwalifikowalne?'] of a one-sentence message whose first
    clause names a unit with its level word and whose rest asks something in words no question word starts."""
    lead = _UNIT_LEAD.match(sentence)
    if lead is None or not _unit_clause(lead.group("unit"), bare=True):
        return None
    return [lead.group("unit"), lead.group("rest")]


def _named_in_programme(first: str, second: str) -> bool:
    """'Dobczyce, cyfrowa gmina' (or 'Dobczyce' then 'cyfrowa gmina'): a town's name beside a programme only."""
    name, comma, programme = first.partition(",")
    return bool(_loose_name(name)) and (programme_only(programme) if comma else programme_only(second))


def programme_only(part: str) -> bool:
    """'cyfrowa gmina.', 'w cs': a clause that names one programme and nothing else."""
    return len(detect_programmes(part)) == 1 and not strip_programmes(part, keep_if_empty=False).strip(" .,!?–—-")


def statement_hint(text: str) -> str:
    """'jesteśmy gminą miejsko-wiejską z wielkopolski' -> 'miejsko-wiejska z wielkopolski': what the user said
    of their unit's kind and region without naming it, kept to pick the unit when its name comes."""
    found = _unit_statement(text)
    return found[2] if found is not None and not found[1] else ""


def statement_level(text: str) -> str | None:
    """'jesteśmy powiatem (i startujemy w CP)', 'u nas w starostwie' -> 'powiat': the level, no unit named."""
    found = _unit_statement(text)
    if found is not None:
        return None if found[1] or not found[0] else {"miasto": "gmina"}.get(found[0], found[0])
    if "?" in text:
        return None
    match = _LEVEL_ONLY.search(strip_programmes(text, keep_if_empty=False))
    if not match:
        return None
    return _level_of(match.group(1) or match.group(2)).replace("miasto", "gmina")


def _level_word(word: str) -> str | None:
    folded = word.casefold()
    return next((v for k, v in _NOMINATIVE_LEVEL if folded.startswith(k) and k != "urz"), None)


def _level_of(words: str) -> str:
    """'powiatem' -> 'powiat', 'urzędu marszałkowskiego' -> 'województwo' (the nominative level word)."""
    folded = words.casefold()
    if "marsza" in folded:
        return "województwo"
    return next(v for k, v in _NOMINATIVE_LEVEL if folded.startswith(k))


# "u nas w starostwie", "tu urząd gminy", "piszę ze starostwa": where the user works, no name
_LEVEL_ONLY = re.compile(
    r"(?i)^\W*(?:u\s+nas\s+w|tu|tutaj|pisz[eę]\s+z|piszemy\s+z|dzwoni[eę]\s+z)\s+"
    r"(urz[eę]d\w*\s+gmin\w*|urz[eę]dzie\s+miasta|starostw\w*|gmin\w*|powiat\w*|urz[eę]d\w*\s+marsza[lł]\w*|"
    r"wojew[oó]dztw\w*)\W*$"
    # "gmina jesteśmy", "powiat jesteśmy, w cyfrowym powiecie": the level said first, as people speak
    r"|^\W*(gmin[aą]|powiat\w*|wojew[oó]dztw\w*)\s+jeste[sś]my\b[\W\s]*(?:w|z|we|ze)?\W*$"
)
