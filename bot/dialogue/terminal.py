"""The terminal face: stdin lines in, plain-text replies out, over the same Dialogue as Telegram."""

from __future__ import annotations

import asyncio
import glob
import os
import shlex
import shutil
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from bot.dialogue.core import Action, Dialogue, Text, Upload, UserRef
from bot.dialogue.plain import render_plain
from bot.dialogue.replies import Reply
from bot.dialogue.session import Session

if TYPE_CHECKING:
    from bot.config import Settings
    from bot.dialogue.backends import Backends

QUIT = {"/koniec", "/exit", "/quit", "koniec"}
MAX_FILES_PER_LINE = 50


class TerminalChat:
    def __init__(
        self, settings: Settings, *, user_id: int = 1, echo: bool = False, backends: Backends | None = None
    ) -> None:
        self.settings = settings
        self.user = UserRef("terminal", user_id)
        self.echo = echo
        self._services = backends
        self.session = Session()
        self.actions: list[str] = []  # buttons of the last reply, pressed by typing their number

    async def run(self, stdin: TextIO, stdout: TextIO) -> int:
        from bot.dialogue.backends import build_backends
        from bot.dialogue.jobs import JobRunner, Limits, PoolReader

        runner = JobRunner(workers=self.settings.workers, time_limit=self.settings.job_time_limit)
        limits = Limits(self.settings.max_file_bytes, self.settings.max_pages, self.settings.ocr_seconds_per_page)
        backends = self._services or build_backends(self.settings, reader=PoolReader(runner, limits))
        dialogue = Dialogue(backends)
        interactive = stdin.isatty()
        try:
            await self.show_staff_answers(dialogue, stdout)
            while True:
                if interactive:
                    stdout.write("> ")
                    stdout.flush()
                line = await asyncio.to_thread(stdin.readline)
                if not line:
                    break
                # A line of NULs or zero-width characters is as empty as a blank one.
                line = "".join(ch for ch in line if ch.isprintable() or ch == "\t").strip()
                if not line:
                    continue
                if line.casefold() in QUIT:
                    break
                if self.echo:
                    stdout.write(f"» {line}\n")
                await self.turn(dialogue, line, stdout, interactive)
                stdout.write("\n")
                stdout.flush()
        finally:
            await dialogue.drain()
            dialogue.store.close()
            await runner.shutdown(grace=0)
        return 0

    async def show_staff_answers(self, dialogue: Dialogue, stdout: TextIO) -> None:
        """Answers the helpdesk sent since the last time (shown at start and before each message)."""
        feature: Any = dialogue.features["helpdesk"]
        for text in await feature.staff_answers(self.user.channel, self.user.id):
            stdout.write(f"📩 {text}\n\n")

    async def turn(self, dialogue: Dialogue, line: str, stdout: TextIO, interactive: bool) -> None:
        await self.show_staff_answers(dialogue, stdout)
        events: list[Text | Action | Upload]
        if line.isdigit() and self.actions and 1 <= int(line) <= len(self.actions):
            events = [Action(self.actions[int(line) - 1])]
        elif line.startswith("/plik"):
            uploads, problems = self._prepare_uploads(line.removeprefix("/plik").strip())
            for problem in problems:
                stdout.write(problem + "\n")
            events = list(uploads)
        else:
            events = [Text(line)]

        async def progress(page: int, total: int) -> None:
            if interactive:
                sys.stderr.write(f"\rCzytam stronę {page}/{total}…")
                sys.stderr.flush()

        for event in events:
            outcome, self.session = await dialogue.handle(self.user, self.session, event, progress=progress)
            if interactive and isinstance(event, Upload):
                sys.stderr.write("\r" + " " * 30 + "\r")
            # Like Telegram, where older buttons stay pressable: a reply without buttons keeps the last ones.
            fresh: list[str] = []
            for reply in outcome.replies:
                stdout.write(render_plain(reply, first_button=len(fresh) + 1) + "\n")
                fresh.extend(reply.actions)
                self._save_files(reply, stdout)
            if fresh:
                self.actions = fresh

    def _prepare_uploads(self, raw: str) -> tuple[list[Upload], list[str]]:
        """Uploads for one or several paths or globs (`/plik a.pdf 'b c.pdf' skany/*.jpg`), and a
        Polish line for each path that cannot be sent."""
        if not raw:
            return [], ["Podaj ścieżkę pliku: /plik faktura.pdf (kilka plików: /plik a.pdf b.pdf albo /plik *.pdf)"]
        try:
            parts = shlex.split(raw)
        except ValueError:
            parts = [raw]
        if len(parts) != 1 and Path(raw).expanduser().exists():
            parts = [raw]  # an unquoted name with spaces
        sources: list[Path] = []
        problems: list[str] = []
        for part in parts:
            if any(ch in part for ch in "*?["):
                matches = sorted(Path(p) for p in glob.glob(os.path.expanduser(part)) if os.path.isfile(p))
                if not matches:
                    problems.append(f"Nie ma plików pasujących do „{part}”.")
                sources.extend(matches)
            else:
                sources.append(Path(part).expanduser())
        if len(sources) > MAX_FILES_PER_LINE:
            problems.append(f"To {len(sources)} plików – wysyłam pierwsze {MAX_FILES_PER_LINE}.")
            sources = sources[:MAX_FILES_PER_LINE]
        uploads: list[Upload] = []
        for source in sources:
            prepared = self._prepare_upload(source)
            if isinstance(prepared, str):
                problems.append(prepared)
            else:
                uploads.append(prepared)
        return uploads, problems

    def _prepare_upload(self, source: Path) -> Upload | str:
        """Copy the file into the uploads area: the dialogue deletes what it has processed."""
        try:
            if source.is_dir():
                return f"„{source}” to katalog, a nie plik. Podaj plik albo wzorzec, np. /plik {source / '*.pdf'}"
            if not source.exists():
                return f"Nie ma pliku „{source}”."
            if not source.is_file():
                return f"„{source}” nie jest zwykłym plikiem (np. to urządzenie lub potok)."
            size = source.stat().st_size
        except OSError:
            return f"Nie mogę odczytać „{source}” (np. dowiązanie prowadzi w pętlę albo ścieżka jest za długa)."
        if size > self.settings.max_file_bytes:
            # Checked by the dialogue too; not copying a huge file is the reason to check here.
            megabytes = f"{size / 1048576:.1f}".replace(".", ",")
            return f"Plik „{source.name}” ma {megabytes} MB, a przyjmuję pliki do {self.settings.max_file_mb} MB."
        base = self.settings.uploads_dir / f"{self.user.channel}-{self.user.id}"
        base.mkdir(parents=True, exist_ok=True)
        folder = Path(tempfile.mkdtemp(prefix="upload-", dir=base))
        target = folder / source.name
        try:
            shutil.copyfile(source, target)
        except OSError:
            shutil.rmtree(folder, ignore_errors=True)
            return f"Nie mogę odczytać pliku „{source}” (brak uprawnień albo błąd dysku)."
        return Upload(target, source.name, size)

    def _save_files(self, reply: Reply, stdout: TextIO) -> None:
        if not reply.files:
            return
        folder = self.settings.data_dir / "pobrane"
        folder.mkdir(parents=True, exist_ok=True)
        for out in reply.files:
            path = folder / out.name
            path.write_bytes(out.content)
            stdout.write(f"Zapisano plik: {path}\n")
