"""What the dialogue needs from the rest of grantbot, as small protocols, and the default wiring.

Faces build `Backends` once at start-up (`build_backends(settings)`) and hand it to `Dialogue`;
tests build it with the same real packages over in-memory SQLite. Each protocol is the narrow
slice of a package the conversation uses, so a package may change its internals freely.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from knowledge.catalogue import Classify

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from bot.config import Settings
    from bot.dialogue.jobs import JobRunner

Progress = Callable[[int, int], Awaitable[None]]


class FaqAnswerLike(Protocol):
    text: str
    abstained: bool
    entry_id: str | None
    programme: str | None
    score: float
    related: tuple[str, ...]


class FaqEntryLike(Protocol):
    id: str
    question: str
    answer: str
    citations: tuple[Any, ...]


class FaqLike(Protocol):
    by_id: dict[str, Any]

    def ask(self, question: str, programme: str | None = None) -> Any: ...


class GrantsLike(Protocol):
    """services.grants.GrantService."""

    def find_unit(self, query: str) -> Any: ...

    @property
    def registry(self) -> Any: ...

    def compute_for(
        self,
        unit: Any,
        programmes: list[str] | None = None,
        g: Decimal | None = None,
        *,
        notes: tuple[str, ...] = (),
        query: str = "",
    ) -> Any: ...


class DocumentReader(Protocol):
    """Reads one uploaded file into an Invoice or Protocol, off the event loop, within limits."""

    async def read(self, path: Path, name: str, progress: Progress | None = None) -> Any: ...


@dataclass(frozen=True, slots=True)
class Backends:
    engine: Engine
    faq: FaqLike | None = None
    # Set when answers are ranked in worker processes (FaqPool); `faq` then only indexes entries.
    faq_ask: Callable[[str, str | None], Awaitable[Any]] | None = None
    grants: GrantsLike | None = None
    classify: Classify | None = None
    purchase_item: Callable[[str], str | None] | None = None
    purchase_items: Callable[[str], list[str]] | None = None  # "SIEM i smartfony": every item named
    reader: DocumentReader | None = None
    run_checks: Callable[..., Any] | None = None
    render_report: Callable[[Any, str], str] | None = None  # (report, "summary"|"csv"|"html") -> text
    # (report) -> PDF bytes; when set, /raport offers "Pobierz PDF" (wired by the settlement package).
    render_pdf: Callable[[Any], bytes] | None = None
    admin_ids: frozenset[int] = frozenset()
    keep_uploads: bool = False
    uploads_dir: Path | None = None
    max_file_bytes: int = 20 * 1024 * 1024
    # Message log lines written per transaction; 1 writes each at once (terminal, tests). The bot
    # batches and flushes at least twice a second, so the database never sits on the reply path.
    log_batch: int = 1


def default_faq() -> FaqLike:
    from bot.commands.ask import user_cache_dir  # the lemma cache `ask` uses: faster start-up
    from knowledge.faq_engine import FaqEngine

    engine: FaqLike = FaqEngine.from_directory(cache_dir=user_cache_dir())
    return engine


def build_backends(
    settings: Settings,
    *,
    engine: Engine | None = None,
    reader: DocumentReader | None = None,
    runner: JobRunner | None = None,
    log_batch: int = 1,
    faq_workers: int = 0,
) -> Backends:
    """The real wiring: database, FAQ engine, grant service, classifier, extraction, checks."""
    from storage import init_db, make_engine

    if engine is None:
        engine = make_engine(settings.effective_database_url)
        init_db(engine)
    from checks import run_checks
    from checks.classifier import classify
    from checks.render import render, report_pdf
    from knowledge.purchase import purchase_item, purchase_items
    from services.grants import GrantService

    if reader is None and runner is not None:
        from bot.dialogue.jobs import PoolReader

        reader = PoolReader(runner)
    faq: Any = None
    faq_ask = None
    if faq_workers > 0:
        from bot.dialogue.faqpool import EntryIndex, FaqPool

        faq = EntryIndex()
        faq_ask = FaqPool(faq_workers).ask
    else:
        faq = default_faq()
    return Backends(
        engine=engine,
        faq=faq,
        faq_ask=faq_ask,
        grants=GrantService(engine),
        classify=classify,
        purchase_item=purchase_item,
        purchase_items=purchase_items,
        reader=reader,
        run_checks=run_checks,
        render_report=render,
        render_pdf=report_pdf,
        admin_ids=settings.admin_ids,
        keep_uploads=settings.keep_uploads,
        uploads_dir=settings.uploads_dir,
        max_file_bytes=settings.max_file_bytes,
        log_batch=log_batch,
    )


def sequence_of(value: Any) -> Sequence[Any]:
    return tuple(value or ())
