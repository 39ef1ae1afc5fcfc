"""The command table: the one place a command is declared.

`/pomoc`, Telegram's `setMyCommands`, the terminal help and the dispatcher are all generated
from `COMMANDS`. A new command is one row here plus its handler method in a feature module.
"""

from __future__ import annotations

from dataclasses import dataclass

BOTH = frozenset({"telegram", "terminal"})


@dataclass(frozen=True, slots=True)
class Command:
    name: str
    help: str  # one line in Polish, as shown in /pomoc and in Telegram's menu
    handler: str  # "feature.method"; the method takes (turn, arg)
    aliases: tuple[str, ...] = ()
    admin_only: bool = False
    faces: frozenset[str] = BOTH
    menu: bool = True  # listed in /pomoc and Telegram's menu (False: accepted but not advertised)


COMMANDS: tuple[Command, ...] = (
    Command("start", "Powitanie i wybór programu", "account.start"),
    Command("pomoc", "Co potrafię i jak pytać", "account.help", aliases=("help",)),
    Command(
        "program",
        "Wybór programu: Cyfrowa Gmina, Cyfrowy Powiat, Cyberbezpieczny Samorząd",
        "account.programme",
        aliases=("programy",),
    ),
    Command("jst", "Twoja jednostka: kod TERYT lub nazwa", "account.unit"),
    Command("grant", "Wysokość grantu dla jednostki (np. /grant 2206042 G=1523,45)", "grant.command"),
    Command("sprawdz", "Czy zakup jest kwalifikowalny (np. /sprawdz laptop)", "purchase.command", aliases=("sprawdź",)),
    Command(
        "plik",
        "Wyślij plik do zestawu: /plik ŚCIEŻKA (kilka: /plik *.pdf)",
        "settlement.file_command",
        faces=frozenset({"terminal"}),
    ),
    Command("zestaw", "Zestaw dokumentów do rozliczenia: lista, usuwanie", "settlement.show"),
    Command(
        "usun", "Usuń jeden dokument z zestawu: /usun 2 lub /usun nazwa.pdf", "settlement.remove", aliases=("usuń",)
    ),
    Command("wyczysc", "Opróżnij zestaw dokumentów (z potwierdzeniem)", "settlement.clear", aliases=("wyczyść",)),
    Command("raport", "Raport z kontroli dokumentów w zestawie", "settlement.report"),
    Command("podsumuj", "Podsumowanie rozmowy: kwoty, oceny zakupów, terminy i raporty", "summary.command"),
    Command("kontakt", "Infolinia i e-mail operatorów programów", "account.contact"),
    Command("konsultant", "Przekaż sprawę konsultantowi infolinii (odpowiedź przyjdzie tutaj)", "helpdesk.handoff"),
    Command("usun_dane", "Usuń wszystkie moje dane", "account.delete", aliases=("usundane", "usuń_dane")),
    Command("anuluj", "Przerwij bieżące pytanie bota", "account.cancel", aliases=("cancel",), menu=False),
    Command(
        "statystyki", "Statystyki (tylko administratorzy)", "helpdesk.statistics", aliases=("stats",), admin_only=True
    ),
)

_BY_NAME = {name: command for command in COMMANDS for name in (command.name, *command.aliases)}


def find(name: str) -> Command | None:
    return _BY_NAME.get(name.lower())


def parse_command(text: str) -> tuple[str, str] | None:
    """'/grant@grantbot 0201' -> ('grant', '0201'), aliases resolved; None for ordinary text."""
    # imported here: the command table is read by every `grantbot` command for its help, the parsing
    # package (its regexes compiled at import, ~60 ms) only by the dialogue
    from bot.dialogue.parsing import split_command

    parsed = split_command(text)
    if parsed is None:
        return None
    name, arg = parsed
    command = _BY_NAME.get(name)
    return (command.name if command else name), arg


def visible(face: str, *, admin: bool) -> list[Command]:
    """The commands one user sees in one face (help and menus)."""
    return [c for c in COMMANDS if c.menu and face in c.faces and (admin or not c.admin_only)]


def telegram_menu(*, admin: bool) -> list[tuple[str, str]]:
    """(command, description) pairs for setMyCommands."""
    return [(c.name, c.help) for c in visible("telegram", admin=admin)]


def help_lines(face: str, *, admin: bool) -> list[str]:
    return [f"/{c.name} – {c.help}" for c in visible(face, admin=admin)]
