"""/statystyki for administrators (the table marks it admin-only; the dispatcher refuses others)."""

from __future__ import annotations

from typing import Any

from bot.dialogue.features.base import Feature, Result, Turn, done
from bot.dialogue.replies import Reply, code, item, note, reply, title
from storage import repo


class Helpdesk(Feature):
    name = "helpdesk"

    async def statistics(self, turn: Turn, arg: str) -> Result:
        await self.dialogue.drain()
        stats = await self.store.statistics()
        return done(turn, render_statistics(stats))


def render_statistics(stats: repo.Statistics) -> Reply:
    blocks: list[Any] = [title("Statystyki")]
    blocks.append(item(f"Pytania: {stats.questions}, bez odpowiedzi: {stats.abstained} "
                       f"({stats.abstention_rate:.0%}).".replace("%", " %")))
    blocks.append(item(f"Użytkownicy: {stats.users}; sprawdzone dokumenty: {stats.documents_checked}; "
                       f"raporty: {stats.reports}."))
    blocks.append(item(f"Pozycje faktur w raportach: {stats.items_checked}, niekwalifikowalne: "
                       f"{stats.ineligible_items} ({stats.ineligible_share:.0%}).".replace("%", " %")))
    if stats.median_latency_ms is not None:
        blocks.append(item(f"Mediana czasu odpowiedzi: {stats.median_latency_ms} ms."))
    if stats.days:
        lines = [f"{d.day:%Y-%m-%d}  pytań {d.questions:4d}  bez odpowiedzi {d.abstained:4d}" for d in stats.days]
        blocks.append(title("Pytania dziennie (14 dni)"))
        blocks.append(code("\n".join(lines)))
    if stats.top_unanswered:
        blocks.append(title("Najczęstsze pytania bez odpowiedzi"))
        blocks += [item(f"{count}× {question}") for question, count in stats.top_unanswered]
        blocks.append(note("Pełna lista: grantbot helpdesk export-unanswered --csv"))
    return reply(*blocks, kind="stats")


FEATURE = Helpdesk
