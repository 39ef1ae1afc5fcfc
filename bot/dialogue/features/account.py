"""The user's profile and the conversation's frame: /start, /pomoc, /program, /jst, /kontakt,
/usun_dane, /anuluj, and statements that set the context ("jesteśmy w Cyfrowej Gminie",
"jesteśmy powiatem żywieckim")."""

from __future__ import annotations

import re
import shutil
from dataclasses import replace
from decimal import Decimal
from typing import Any, ClassVar

from bot.dialogue import commands, texts
from bot.dialogue.features.base import (
    Feature,
    Result,
    Turn,
    context_programme,
    done,
    led_by,
    programme_buttons,
    programme_name,
    programmes_for_unit,
    say,
)
from bot.dialogue.features.unit_choice import in_region, near_place
from bot.dialogue.parsing import (
    FollowUp,
    asks_own_grant,
    detect_programmes,
    expanded_units,
    g_value,
    meant_programme,
    ordinal_choice,
    programme_from_arg,
    programme_then_question,
    report_params,
    small_talk,
    split_context,
    statement_hint,
    statement_level,
    statement_programme,
    statement_unit,
    strip_programmes,
)
from bot.dialogue.parsing.agreement import agreement_said
from bot.dialogue.parsing.amounts import parse_date
from bot.dialogue.parsing.answers import asks_contact
from bot.dialogue.parsing.corrections import corrects, meant
from bot.dialogue.parsing.grants import office_as_unit
from bot.dialogue.parsing.openers import without_opener
from bot.dialogue.parsing.statements import NOT_A_NAME, announces, lead_unit, programme_only
from bot.dialogue.replies import Button, LogEntry, Outcome, code, item, note, reply, title
from bot.dialogue.session import Pending, Session, Topic
from knowledge.errors import GrantbotError
from knowledge.normalize import fold
from knowledge.programmes import ProgrammeCode, get_programme, programmes

# What small talk gets: thanks, a greeting, "czy mogę zadać pytanie?", "kim jesteś?"
_SMALL_TALK = {
    "thanks": (texts.THANKS_REPLY,),
    "hello": (texts.WELCOME, texts.WELCOME_HOW),
    "may_ask": (texts.MAY_ASK_REPLY, texts.WELCOME_HOW),
    "who": (texts.WHO_REPLY,),
    "chatter": (texts.CHATTER_REPLY,),
}


class Account(Feature):
    name = "account"
    actions: ClassVar[dict[str, str]] = {"prog": "on_programme", "del": "on_delete"}

    # -- commands ------------------------------------------------------------------------------

    async def start(self, turn: Turn, arg: str) -> Result:
        """A fresh start: the welcome and the programme asked anew. What the conversation was about goes (the
        programme, the topic, the units talked about); the user's own unit and the settlement set stay."""
        out = (
            reply(title(texts.WELCOME), texts.WELCOME_HOW, note(texts.files_how(turn.user.channel))),
            reply(texts.CHOOSE_PROGRAMME, buttons=programme_buttons()),
        )
        session = turn.session.with_(
            pending=Pending(kind="programme"), programme=None, topic=None, grant_unit="", grants_seen=(), offer=""
        )
        await self.dialogue.save_profile(turn.user, session)
        return Outcome(out), session

    async def help(self, turn: Turn, arg: str) -> Result:
        admin = self.dialogue.is_admin(turn.user)
        lines = "\n".join(commands.help_lines(turn.user.channel, admin=admin))
        items = [item(i) for i in texts.HELP_ITEMS] + [item(texts.files_how(turn.user.channel))]
        return done(turn, reply(title(texts.HELP_TITLE), *items, code(lines), note(texts.HELP_NOTE)))

    async def programme(self, turn: Turn, arg: str) -> Result:
        if arg:
            return await self.set_programme(turn, arg)
        current = get_programme(turn.session.programme).name if turn.session.programme else "nie wybrano"
        out = reply(f"Obecny program: {current}.", texts.CHOOSE_PROGRAMME, buttons=programme_buttons())
        return Outcome((out,)), turn.session.with_(pending=Pending(kind="programme"))

    async def unit(self, turn: Turn, arg: str) -> Result:
        if not arg:
            current = turn.session.unit_name or "nie wybrano"
            return say(turn, f"Twoja jednostka: {current}.\n{texts.ASK_UNIT}")
        return await self.set_unit(turn, arg)

    async def contact(self, turn: Turn, arg: str, *, programme: str | None = None) -> Result:
        meant = programme or turn.session.programme
        codes = [meant] if meant else [c.value for c in ProgrammeCode]
        blocks: list[Any] = [title("Kontakt z operatorem programu" if meant else "Kontakt z operatorami programów")]
        for c in codes:
            operator = get_programme(c)
            blocks.append(item(operator.contact()))
            blocks.append(note("Źródło: " + operator.fact("hotline").citation.human()))
        return done(turn, reply(*blocks))

    async def delete(self, turn: Turn, arg: str) -> Result:
        if arg.casefold() == "tak":  # "/usun_dane tak": the consent typed with the command itself
            return await self.on_delete(turn.with_session(turn.session.with_(pending=Pending(kind="delete"))), "yes")
        buttons = ((Button("Tak, usuń moje dane", "del:yes"), Button("Nie", "del:no")),)
        out = reply(texts.DELETE_CONFIRM, buttons=buttons)
        return Outcome((out,), None), turn.session.with_(pending=Pending(kind="delete"))

    async def cancel(self, turn: Turn, arg: str) -> Result:
        return say(turn, texts.CANCELLED)

    # -- buttons and pending answers ---------------------------------------------------------

    async def on_programme(self, turn: Turn, code_: str) -> Result:
        waiting = turn.session.pending.kind if turn.session.pending is not None else ""
        outcome, session = await self.set_programme(turn.with_session(turn.session.with_(pending=None)), code_)
        if waiting == "report":
            report, session = await self.feature("settlement").report(turn.with_session(session), "")
            return Outcome(outcome.replies + report.replies, outcome.log), session
        return outcome, session

    async def on_delete(self, turn: Turn, answer: str) -> Result:
        asked = turn.session.pending is not None and turn.session.pending.kind == "delete"
        session = turn.session.with_(pending=None)
        if answer != "yes":
            return Outcome((reply(texts.DELETE_KEPT),), None), session
        if not asked:
            # A "del:yes" that no /usun_dane asked for (an old button, a forged callback): ask again.
            return await self.delete(turn, "")
        self.dialogue.forget_log(turn.user)
        removed = await self.store.delete_user(turn.user.channel, turn.user.id)
        uploads = self.backends.uploads_dir
        if uploads is not None:
            shutil.rmtree(uploads / f"{turn.user.channel}-{turn.user.id}", ignore_errors=True)
        text = texts.DELETE_NOTHING if removed == 0 else texts.DELETE_DONE.format(rows=removed)
        return Outcome((reply(text),), None), Session()

    async def pending(self, turn: Turn) -> Result | None:
        pending = turn.session.pending
        assert pending is not None
        number = ordinal_choice(turn.text) if pending.kind == "programme" else None
        if number is not None:  # "2", "ten drugi"
            codes = [c.value for c in programmes()]  # menu order
            if 1 <= number <= len(codes):
                return await self.on_programme(turn, codes[number - 1])
            return say(turn, texts.CHOOSE_NUMBER.format(last=len(codes)), buttons=programme_buttons())
        if pending.kind == "delete" and turn.text.casefold() in {"tak", "t", "yes"}:
            return await self.on_delete(turn, "yes")
        return None

    # -- free text: statements -----------------------------------------------------------------

    async def text(self, turn: Turn) -> Result | None:
        said_to_us = await self._to_the_bot(turn)
        if said_to_us is not None:
            return said_to_us
        topic = turn.session.topic
        if meant_programme(turn.text) and topic is not None and topic.kind in ("item", "faq", "grant"):
            return None  # "chodzi mi o cs" right after a question: the same question there (the follow-ups answer)
        meant_here = (
            await self._other_unit_meant(turn)
            or await self._meant_with_unit(turn)
            or await self._unit_then_files(turn)
            or await self._documents_whose(turn)
            or await self._level_corrected(turn)
        )
        if meant_here is not None:
            return meant_here
        eligible = await self._own_eligibility(turn)
        if eligible is not None:
            return eligible
        mixed = await self._context_then_question(turn)
        if mixed is not None:
            return mixed
        # "gm. Krotoszyn (krotoszyński), rozliczamy CS", "rozliczam cyberbezpieczny samorząd gminy Jarocin"
        unit_query = statement_unit(expanded_units(turn.text)) or _settling_unit(turn.text)
        if unit_query is None and (report_params(turn.text) or _unit_and_programme_only(turn.text)):
            # "gmina Suwałki, cs, koniec projektu 30.06.2026", "starostwo krotoszyńskie, cp, grant 300 tys.",
            # "starostwo żywieckie, cyfrowy powiat": the unit (and what is said with it) noted
            unit_query = lead_unit(office_as_unit(expanded_units(turn.text)))
        code_ = statement_programme(turn.text)
        if code_ in (None, "cg") and g_value(turn.text) is not None and unit_query is None:
            return None  # "chodzi o cyfrową gminę, wskaźnik G mamy 1950": the grant with that G
        named = detect_programmes(turn.text)
        if code_ is None and unit_query is not None and len(named) == 1 and "?" not in turn.text:
            code_ = named[0]  # "z tej strony informatyk starostwa żywieckiego, cyberbezpieczny samorząd"
        if unit_query is not None and self.backends.grants is not None:
            return await self._unit_stated(turn, unit_query, code_)
        level = statement_level(turn.text)
        if level is not None:
            return await self.set_level(turn, level, code_, hint=statement_hint(turn.text))
        if code_ is not None and report_params(turn.text):
            # "to cyberbezpieczny samorząd, koniec projektu mamy 30 czerwca 2026": the programme, then the
            # report's parameters stored for the set
            session = turn.session.with_(programme=code_)
            await self.dialogue.save_profile(turn.user, session)
            stored = await self.feature("settlement").text(turn.with_session(session))
            if stored is not None:
                return led_by(texts.PROGRAMME_NOTED.format(name=programme_name(code_)), stored)
        if code_ is not None:
            return await self.set_programme(turn, code_, said=True)
        return None

    async def _to_the_bot(self, turn: Turn) -> Result | None:
        """Small talk, "zacznijmy od nowa" (as /start), and the operator's contact asked ("a gdzie dzwonić, jak coś się
        nie zgadza z naszymi wyliczeniami?": the programme talked about)."""
        polite = small_talk(turn.text)
        if polite == "chatter":
            # "jaka jutro pogoda?" mid-flow: off-topic, logged as a question without an answer (the helpdesk sees
            # it), the thread kept
            return done(turn, reply(*_SMALL_TALK[polite]), log=LogEntry("faq", turn.text, abstained=True))
        if polite is not None:
            return done(turn, reply(*_SMALL_TALK[polite]), log=LogEntry("other", turn.text))
        if _RESTART.fullmatch(turn.text.strip()):
            return await self.start(turn, "")
        if asks_contact(turn.text) and len(turn.text.split()) <= 16:
            return await self.contact(turn, "", programme=context_programme(turn))
        return None

    def _name_then_asked(self, turn: Turn) -> tuple[str, str] | None:
        """ "Ząbki, cyfrowa gmina – skaner dokumentów do USC kwalifikowalny? szybko proszę", "sokolka, cyfrowa gmina –
        do kiedy …?": a town's name (in lower case too, when the register knows it), a programme, then the question."""
        said = _NAME_PROGRAMME_ASKED.match(turn.text.strip())
        if said is None or not programme_only(said.group("programme")) or self.backends.grants is None:
            return None
        name = said.group("name")
        if name.split()[0].casefold() in NOT_A_NAME or not self.feature("grant").registered(name):
            return None
        return f"{said.group('programme')}, jesteśmy z {name[:1].upper()}{name[1:]}", said.group("asked")

    async def _unit_stated(self, turn: Turn, unit_query: str, code_: str | None) -> Result:
        """ "jesteśmy gminą X (w CS)": the unit noted; "Starostwo Jarocin, CS, koniec projektu 30.06.2025": then the
        report's parameters said with it stored too."""
        if code_ is not None:
            turn = turn.with_session(turn.session.with_(programme=code_))
        noted = await self.set_unit(turn, unit_query, said=True)
        session = noted[1]
        if code_ is not None and session.unit_code and session.pending is None and _unit_and_programme_only(turn.text):
            # "gmina Kórnik, cyfrowa gmina": the unit and programme noted, and its grant there shown at once
            grant = await self.feature("grant").for_code(
                turn.with_session(session.with_(offer="")), session.unit_code, [code_], None, log_text=turn.text
            )
            said_back = [
                replace(b, text=b.text.replace(texts.UNIT_NEXT, "").strip())
                for r in noted[0].replies[:1]
                for b in r.blocks
            ]
            return Outcome((reply(*said_back), *grant[0].replies), grant[0].log), grant[1]
        if code_ is None or not report_params(turn.text):
            return noted
        stored = await self.feature("settlement").text(Turn(turn.user, noted[1], turn.text))
        if stored is None:
            return noted
        return Outcome((*noted[0].replies, *stored[0].replies), noted[0].log), stored[1]

    async def _documents_whose(self, turn: Turn) -> Result | None:
        """ "sorry, to faktury powiatu, nie gminy" (the gmina of Żywiec chosen): the powiat it lies in is the unit now;
        "to faktura gminy Jarocin, nie powiatu" (powiat jarociński chosen): that gmina, the one in this powiat."""
        said = _WHOSE_DOCUMENTS.search(turn.text)
        own = turn.session.unit_code or ""
        if said is None or not own or self.backends.grants is None:
            return None
        whose, name = fold(said.group("whose")), said.group("name")
        if whose.startswith("powiat") and len(own) == 7:
            unit = self.backends.grants.find_unit(own[:4]).unit
        elif not whose.startswith("powiat") and len(own) == 4 and name:
            try:
                unit, found = self.feature("grant").resolve(f"gmina {name}")
            except GrantbotError:
                return None
            if unit is None:
                inside = [c for c in found.candidates if c.unit.code.startswith(own)]
                if len(inside) > 1:
                    return self.feature("grant").choices(turn, f"gmina {name}", inside, "jst")  # "gmina Bochnia"
                unit = inside[0].unit if inside else None
        else:
            return None
        if unit is None:
            return None
        session = turn.session.with_(unit_code=unit.code, unit_name=unit.describe(), pending=None, offer="")
        await self.dialogue.save_profile(turn.user, session)
        said_back = " ".join((texts.UNIT_CHANGED_FOR_DOCUMENTS.format(unit=unit.describe()), texts.REPORT_AGAIN))
        return done(turn, reply(said_back), log=LogEntry("command", turn.text), session=session)

    async def _level_corrected(self, turn: Turn) -> Result | None:
        """ "przepraszam, pomyłka – jestem z urzędu gminy, nie ze starostwa. Gmina Grodzisk Wielkopolski, cyfrowa
        gmina": the unit named is the user's now (and its grant in the programme named); with no unit named, the kind
        of unit said is noted and the one chosen before, of the other kind, is dropped."""
        said = _LEVEL_CORRECTED.search(turn.text)
        if said is None or self.backends.grants is None:
            return None
        rest = turn.text[said.end() :].strip(" ,.;–—-")  # "… nie ze starostwa. Gmina Grodzisk Wielkopolski, cg"
        query = (statement_unit(expanded_units(rest)) or lead_unit(expanded_units(rest))) if rest else None
        if query is None:
            level = "powiat" if re.match(r"(?i)starost|powiat", said.group("now")) else None
            level = level or ("województwo" if re.match(r"(?i)marsza|wojew", said.group("now")) else "gmina")
            return await self.set_level(turn, level, statement_programme(rest))
        noted = await self.set_unit(turn, query, said=True)
        named = detect_programmes(rest)
        session = noted[1]
        if not session.unit_code or session.pending is not None or not named:
            return noted
        grant = await self.feature("grant").for_code(
            turn.with_session(session), session.unit_code, named, None, log_text=turn.text
        )
        # what was noted, without its offer to compute the grant (computed here)
        said_back = [
            replace(b, text=b.text.replace(texts.UNIT_NEXT, "").strip()) for r in noted[0].replies[:1] for b in r.blocks
        ]
        return Outcome((reply(*said_back), *grant[0].replies), grant[0].log), grant[1]

    async def _other_unit_meant(self, turn: Turn) -> Result | None:
        """ "nie, chodziło mi o gminę Krotoszyn, w cyfrowej gminie" right after a question answered for the powiat: that
        unit (and programme) is the user's now, and the same question is answered again for it."""
        topic = turn.session.topic
        said = meant(turn.text)
        if said is None or topic is None or topic.kind not in ("faq", "item") or not topic.subject:
            return None
        named = detect_programmes(said)
        query = lead_unit(office_as_unit(expanded_units(strip_programmes(said, keep_if_empty=False).strip(" ,"))))
        if query is None or len(named) > 1 or self.backends.grants is None:
            return None
        try:
            unit, _found = self.feature("grant").resolve(query, said=said)
        except GrantbotError:
            return None
        if unit is None:
            return None
        programme = named[0] if named else turn.session.programme
        if programme and programme not in programmes_for_unit(unit.code, ""):
            return None
        session = turn.session.with_(
            unit_code=unit.code, unit_name=unit.describe(), programme=programme, pending=None, offer="", level=None
        )
        await self.dialogue.save_profile(turn.user, session)
        again = replace(topic, programme=programme or topic.programme)
        answered = await self.dialogue.free_text(Turn(turn.user, session.with_(topic=again), topic.subject))
        noted = texts.UNIT_NOTED_BRIEF.format(unit=unit.describe())
        if programme:
            noted += f" Program: {programme_name(programme)}."
        return led_by(noted, answered)

    async def _meant_with_unit(self, turn: Turn) -> Result | None:
        """ "chodzi o cyberbezpieczny, jesteśmy z Ząbek" right after a question answered for every programme: the
        unit noted, and the same question answered in the programme meant (not a grant offered instead)."""
        topic = turn.session.topic
        if topic is None or topic.kind not in ("item", "faq") or not topic.subject or self.backends.grants is None:
            return None
        parts = [p for p in re.split(r"\s*[,.;]\s+|\s+[–—-]\s+", turn.text.strip()) if p.strip()]
        meant = [p for p in parts if meant_programme(p)]
        if len(parts) != 2 or len(meant) != 1:
            return None
        said = next(p for p in parts if p is not meant[0])
        unit_query = statement_unit(said)
        if unit_query is None:
            return None
        try:
            unit, _found = self.feature("grant").resolve(unit_query, said=said)
        except GrantbotError:
            return None
        if unit is None:
            return None  # several units of that name: the question first, the unit when asked again
        session = turn.session.with_(unit_code=unit.code, unit_name=unit.describe(), pending=None, level=None)
        await self.dialogue.save_profile(turn.user, session)
        answered = await self.feature("followup").text(Turn(turn.user, session, meant[0]))
        if answered is None:
            return None
        return led_by(texts.UNIT_NOTED_BRIEF.format(unit=unit.describe()), answered)

    async def _unit_then_files(self, turn: Turn) -> Result | None:
        """ "gmina krotoszyn, cs. wrzucam fakturę za antywirusa", "gmina pleszew, cs – rozliczam serwer, wysyłam
        fakturę": the unit and the programme noted, files to come; "starostwo krotoszyn, cyfrowy powiat, grant mamy
        300 tys – zaraz wrzucam fakturę": the report's parameters said beside them stored too."""
        parts = [p for p in re.split(r"(?<=[.!])\s+|\s+[–—-]\s+", turn.text.strip()) if p.strip()]
        if len(parts) < 2 or not announces(parts[-1]) or self.backends.grants is None:
            return None
        head = " ".join(parts[:-1])
        named = detect_programmes(head)
        clauses = [c for c in re.split(r"\s*[,;.]\s*", head) if c.strip(" .")]
        if len(named) != 1 or not clauses:
            return None
        # every clause after the unit is the programme or a parameter of the report ("grant mamy 300 tys")
        if any(not (programme_only(c) or report_params(c)) for c in clauses[1:]):
            return None
        query = office_as_unit(expanded_units(strip_programmes(clauses[0], keep_if_empty=False))).strip(" ,.;–-")
        if not re.match(r"(?i)(?:gmin|powiat|miast|starostw|urz[aąeę]d|wojew)\w*\s+\S", query):
            return None
        try:
            unit, found = self.feature("grant").resolve(query, said=head)
        except GrantbotError:
            return None
        unit = unit or in_region(head, found.candidates)
        if unit is None:
            return None
        session = turn.session.with_(
            unit_code=unit.code, unit_name=unit.describe(), programme=named[0], pending=None, offer=""
        )
        await self.dialogue.save_profile(turn.user, session)
        said = " ".join(
            (
                texts.UNIT_NOTED_BRIEF.format(unit=unit.describe()),
                f"Program: {programme_name(named[0])}.",
                texts.SEND_DOCUMENTS_NEXT,
            )
        )
        noted = done(turn, reply(said), log=LogEntry("command", turn.text), session=session)
        if not report_params(head):
            return noted
        stored = await self.feature("settlement").text(Turn(turn.user, session, head))
        if stored is None:
            return noted
        return Outcome((*noted[0].replies, *stored[0].replies), noted[0].log), stored[1]

    async def _own_eligibility(self, turn: Turn) -> Result | None:
        """'a cyfrowy powiat nie wchodzi w grę?', 'czy możemy startować w cg?': may the user's unit (or the
        kind of unit they said they are) be in the programme named."""
        named = detect_programmes(turn.text)
        session = turn.session
        ours_known = session.unit_code or ""
        if not named and ours_known and _WHICH_FOR_US.search(turn.text) and self.backends.grants is not None:
            # "z czego możemy skorzystać?" with our unit known: what it may get in each programme it may be in
            return await self.feature("grant").for_code(turn, ours_known, None, None, log_text=turn.text)
        if not named or len(turn.text) > 90 or not _OWN_ELIGIBILITY.search(turn.text):
            return None
        # our unit: the one said, else the only one whose grant was computed ("jesteśmy z Chełma" then "miasto")
        ours = session.unit_code or (session.grant_unit if len(session.units_seen()) == 1 else None)
        if _AMOUNT_ASKED.search(turn.text) or not (ours or session.level):
            return None
        if ours and self.backends.grants is not None:
            # "a w cyfrowej gminie albo cyfrowym powiecie mamy jakieś szanse?": each programme named, for our unit
            return await self.feature("grant").for_code(turn, ours, named, None, log_text=turn.text)
        if len(named) != 1:
            return None
        programme = named[0]
        level = session.level or ""
        allowed = programmes_for_unit(None, level)
        names = ", ".join(programme_name(p) for p in allowed)
        citation = get_programme(programme).fact("eligible_count").citation.human()
        if programme in allowed:
            text = texts.LEVEL_MAY.format(level_cap=level.capitalize(), name=programme_name(programme))
        else:
            text = texts.LEVEL_MAY_NOT.format(
                level=level, level_cap=level.capitalize(), name=programme_name(programme), names=names
            )
        session = session.with_(topic=Topic("programme", programme=programme))
        return done(turn, reply(text, note(f"Źródło: {citation}")), session=session)

    def _office_said(self, text: str) -> tuple[str, str] | None:
        """ "starostwo hajnowskie, cyfrowy powiat – ile mamy czasu na diagnozę?": the office's unit stated, then the
        question – unless the question names another unit ("Starostwo w Wolsztynie – ile może dostać Siedlec?")."""
        split = split_context(office_as_unit(expanded_units(text)))
        if split is None:
            return None
        grant = self.feature("grant")
        inside = re.findall(r"(?<=[^\s.!?–—:])\s+((?-i:[A-ZĄĆĘŁŃÓŚŹŻ])[\w-]+)", split[1])
        return None if any(grant.registered(name) for name in inside) else split

    async def _context_then_question(self, turn: Turn) -> Result | None:
        """'jesteśmy gminą X z wielkopolski. ile możemy dostać z cg?', 'ile mamy grantu? jesteśmy z Pniew': the
        unit or level said beside a question is noted first, then the question is answered in that context."""
        # "gm. Dubiecko, powiat przemyski. ile mamy w cg", "starostwo hajnowskie, cp – ile mamy czasu na …?"
        split = split_context(expanded_units(turn.text)) or self._office_said(turn.text) or self._name_then_asked(turn)
        if split is None and (said := programme_then_question(turn.text)) is not None:
            # "jednak piszemy wniosek do cyfrowej gminy – drukarka tam przejdzie?": the programme changes, then
            # the question is answered in it
            changed, asked = said
            session = turn.session.with_(programme=changed, topic=Topic("programme", programme=changed))
            await self.dialogue.save_profile(turn.user, session)
            if announces(asked):
                # "rozliczamy cyberbezpieczny samorząd – zaraz wrzucę faktury": nothing asked yet
                noted = texts.PROGRAMME_NOTED.format(name=programme_name(changed))
                return done(turn, reply(noted, texts.PROGRAMME_NEXT), session=session)
            answered = await self.dialogue.free_text(Turn(turn.user, session, without_opener(asked)))
            return led_by(texts.PROGRAMME_NOTED.format(name=programme_name(changed)), answered)
        if split is None or self.backends.grants is None:
            return None
        statement, question = split
        said_g = g_value(statement)
        if said_g is not None and g_value(question) is None:
            # "gmina wiejska Wałcz – cyfrowa gmina, G 1998,22. ile dostaniemy?": the G said with the unit goes along
            question = f"{question.rstrip()} G {format(said_g, 'f').replace('.', ',')}"
        coded = _TERYT_SAID.search(statement)  # "TERYT 16, cyberbezpieczny samorząd – ile możemy dostać?"
        unit_query, level = statement_unit(statement) or (coded.group(1) if coded else None), statement_level(statement)
        code_ = statement_programme(statement)
        in_statement = detect_programmes(statement)
        if code_ is None and len(in_statement) == 1 and not detect_programmes(question):
            # "starostwo w Gołdapi – cyfrowy powiat, ile nam przysługuje?": the programme it is in
            code_ = in_statement[0]
        session = turn.session.with_(programme=code_) if code_ else turn.session
        if unit_query is not None:
            try:
                unit, found = self.feature("grant").resolve(unit_query, hint=session.unit_hint, said=turn.text)
            except GrantbotError:
                return None
            if unit is None and found.candidates:
                unit = near_place(turn.text, found.candidates)  # "gmina Michałowice koło Krakowa"
            if unit is None and asks_own_grant(question) and found.candidates:
                # "jestem z gminy Lubartów, ile nam się należy?": which Lubartów first, the grant then
                named = detect_programmes(question)
                return self.feature("grant").choices(
                    turn.with_session(session),
                    unit_query,
                    found.candidates,
                    "grant",
                    programme=named[0] if len(named) == 1 else (code_ or ""),
                    g=g_value(question),  # "gmina Czernichów, cg, G 1900 – ile?": the G kept for the unit chosen
                )
            if unit is None:
                return await self._answered_then_which(turn, session, unit_query, found, question)
            session = session.with_(unit_code=unit.code, unit_name=unit.describe(), level=None, unit_hint="")
            if session.topic is not None and session.topic.kind == "grant" and session.topic.subject != unit.code:
                # "piszę ze starostwa w Gorlicach – ile możemy dostać?" after another unit's grant: ours now
                session = session.with_(topic=None)
            # "starostwo w Koninie": the powiat assumed, said
            noted = " ".join((texts.UNIT_NOTED_BRIEF.format(unit=unit.describe()), *_notes_of(unit, found)))
        elif level is not None:
            session = session.with_(level=level, unit_hint=statement_hint(statement) or session.unit_hint)
            noted = texts.LEVEL_NOTED_BRIEF.format(level=level)
        elif code_ is not None:
            # "rozliczamy cyfrową gminę – co trzeba dołączyć?": the programme kept for what follows (/raport)
            noted = texts.PROGRAMME_NOTED.format(name=programme_name(code_))
        else:
            return None
        await self.dialogue.save_profile(turn.user, session)
        if unit_query is not None:
            question = _own_grant_wording(question)
        return led_by(noted, await self.dialogue.free_text(Turn(turn.user, session, without_opener(question))))

    async def _answered_then_which(
        self, turn: Turn, session: Session, unit_query: str, found: Any, question: str
    ) -> Result | None:
        """ "hej, gmina Jabłonna – w cs chcemy kupić kamery, przejdzie?" when several units bear the name: the question
        answered, then which of them is the user's (the list kept for the next message)."""
        exact = [c for c in found.candidates if c.score >= 99]
        if len(exact) < 2 or in_region(turn.text, found.candidates) is not None:
            # no unit of that name for sure, or the region or powiat said picks one ("gminy Kamień (woj. lubelskie)"):
            # the statement's own reading
            return None
        answered, after = await self.dialogue.free_text(Turn(turn.user, session, without_opener(question)))
        which, asked = self.feature("grant").choices(turn.with_session(after), unit_query, exact, "jst")
        return Outcome((*answered.replies, *which.replies), answered.log, answered.ephemeral), asked

    async def set_level(self, turn: Turn, level: str, named: str | None, *, hint: str = "") -> Result:
        """'jesteśmy powiatem (i startujemy w CP)': the kind of unit narrows the programmes until a unit is named."""
        session = turn.session
        topic = session.topic
        if (
            session.unit_code
            and topic is not None
            and topic.kind == "grant"
            and self.backends.grants is not None
            and level in _unit_level(session.unit_code)
        ):
            # "wiejska, urząd gminy przecież" after the grant of gmina wiejska Lipno: yes, that unit – its grant
            kinds = re.findall(r"miejsko-wiejsk|wiejsk|miejsk", fold(hint))
            described = re.findall(r"miejsko-wiejsk|wiejsk|miejsk", fold(session.unit_name or ""))
            if not kinds or kinds[:1] == described[:1]:
                named_ = [topic.programme] if topic.programme in ("cg", "cp", "cs") else None
                return await self.feature("grant").for_code(turn, session.unit_code, named_, None, log_text=turn.text)
        if session.unit_code and level not in _unit_level(session.unit_code):
            session = session.with_(unit_code=None, unit_name=None)  # the unit chosen before was of another kind
        allowed = programmes_for_unit(session.unit_code, level)
        programme = named if named in allowed else session.programme if session.programme in allowed else None
        if programme is None and len(allowed) == 1:
            programme = allowed[0]
        session = session.with_(
            level=level,
            unit_hint=hint,
            programme=programme,
            pending=None,
            offer="",
            topic=Topic("programme", programme=programme or ""),
        )
        await self.dialogue.save_profile(turn.user, session)
        names = ", ".join(programme_name(p) for p in allowed)
        lines = [texts.LEVEL_NOTED.format(level=level, level_cap=level.capitalize(), names=names)]
        if programme is not None:
            lines.append(f"Program: {programme_name(programme)}.")
        elif named is not None:
            lines.append(texts.LEVEL_EXCLUDES.format(level=level, name=programme_name(named)))
        if (
            programme is not None
            and topic is not None
            and topic.kind == "faq"
            and topic.subject
            and not topic.programme
        ):
            # "Odpowiedź zależy od programu", then "gmina jesteśmy, w cyfrowej gminie": the question answered for it
            answered = await self.feature("followup").faq_in_programme(
                turn.with_session(session.with_(topic=topic)), FollowUp(programme=programme), programme
            )
            if answered is not None:
                return led_by(" ".join(lines), answered)
        lines.append(texts.LEVEL_NEXT)
        log = LogEntry("command", turn.text, programme=programme)
        return Outcome((reply(" ".join(lines)),), log), session

    # -- shared --------------------------------------------------------------------------------

    async def set_programme(self, turn: Turn, raw: str, *, said: bool = False) -> Result:
        programme = get_programme(programme_from_arg(raw))
        code_ = programme.code.value
        topic = turn.session.topic
        head = (texts.PROGRAMME_NOTED if said else texts.PROGRAMME_SET).format(name=programme.name)
        again = await self._asked_again(turn, code_) if said else None
        if again is not None:
            return led_by(head, again)
        kept = said and topic is not None and topic.kind in ("item", "faq") and topic.programme == code_
        # "jesteśmy w cyfrowym powiecie" after a CP answer: the thing talked about stays the topic ("a w cs?")
        session = turn.session.with_(programme=code_, topic=topic if kept else Topic("programme", programme=code_))
        await self.dialogue.save_profile(turn.user, session)
        out = reply(head, texts.PROGRAMME_NEXT)
        return Outcome((out,), LogEntry("command", turn.text or f"[prog:{code_}]", programme=code_)), session

    async def _asked_again(self, turn: Turn, code_: str) -> Result | None:
        """The previous item or question answered again in the programme the user just said: after an answer for
        every programme ("Odpowiedź zależy od programu", then "gmina jesteśmy, w cyfrowej gminie"), or after one for
        another programme when the user corrects it ("czy ups można?" answered for CS, then "nie, chodziło mi o
        powiat – jesteśmy w cyfrowym powiecie"). An item is judged again whenever it was judged for another one."""
        topic = turn.session.topic
        if topic is not None and topic.kind == "grant" and topic.subject and topic.programme != code_:
            # "a jednak nie, pytam o cyberbezpieczny" after a grant: the unit's grant in that programme (with the G
            # given for it, when Cyfrowa Gmina)
            session = turn.session.with_(programme=code_)
            await self.dialogue.save_profile(turn.user, session)
            g = Decimal(topic.g) if topic.g and code_ == "cg" else None
            grants = self.feature("grant")
            return await grants.for_code(turn.with_session(session), topic.subject, [code_], g, log_text=turn.text)
        if topic is None or not topic.subject or topic.programme == code_ or topic.kind not in ("item", "faq"):
            return None
        corrected = corrects(turn.text)
        if (topic.kind == "item" and not (topic.programme or corrected)) or (
            topic.kind == "faq" and topic.programme and not corrected
        ):
            return None
        session = turn.session.with_(programme=code_)
        await self.dialogue.save_profile(turn.user, session)
        if topic.kind == "item":
            return self.feature("purchase").judge(turn.with_session(session), topic.subject, turn.text, [code_])
        followup = self.feature("followup")
        answered: Result | None = await followup.faq_in_programme(
            turn.with_session(session), FollowUp(programme=code_), code_
        )
        return answered

    async def set_unit(self, turn: Turn, query: str, *, said: bool = False) -> Result:
        if self.backends.grants is None:
            return say(turn, texts.GRANTS_UNAVAILABLE)
        # "skarbnik gminy Kościerzyna (wiejska)": the kind said beside the name picks one of the same name
        unit, found = self.feature("grant").resolve(query, said=turn.text if said else "")
        if unit is None and said:
            # "gmina jarocin (wielkopolskie)", "gmina Jarocin koło Pleszewa": the one in that region, near that town
            unit = (
                in_region(turn.text, found.candidates)
                or near_place(turn.text, found.candidates)
                or self.feature("grant").near_town(turn.text, found.candidates)
            )
        if unit is None:
            chosen = self.feature("grant").choices(turn, query, found.candidates, "jst")
            programme = turn.session.programme
            if said and programme and programme in detect_programmes(turn.text):
                # "piszę z gminy Jarocin, działamy w cyberbezpiecznym samorządzie": the programme is noted already
                return led_by(texts.PROGRAMME_NOTED.format(name=programme_name(programme)), chosen)
            return chosen
        return await self.unit_chosen(turn, unit, notes=tuple(found.notes), said=said)

    async def unit_chosen(self, turn: Turn, unit: Any, notes: tuple[str, ...] = (), *, said: bool = False) -> Result:
        session = turn.session.with_(
            unit_code=unit.code, unit_name=unit.describe(), pending=None, offer=f"grant:{unit.code}"
        )
        await self.dialogue.save_profile(turn.user, session)
        topic = turn.session.topic
        if said and topic is not None and topic.kind == "faq" and _ABOUT_GRANT.search(topic.subject):
            # "mamy pytanie o ten grant na komputery…", then "jesteśmy miastem na prawach powiatu, Zamość":
            # the grant the question was about, for the unit just said
            computed = await self.feature("grant").for_code(
                turn.with_session(session.with_(offer="")), unit.code, None, None, log_text=turn.text
            )
            return led_by(texts.UNIT_NOTED_BRIEF.format(unit=unit.describe()), computed)
        g = g_value(turn.text) if said else None
        if said and g is not None and (_COMPUTE_ASKED.search(turn.text) or session.programme in (None, "cg")):
            # "Urząd Miasta Zakopane. chcemy policzyć grant z CG, wskaźnik G 2048,22": the grant, computed now
            computed = await self.feature("grant").for_code(
                turn.with_session(session.with_(offer="")), unit.code, ["cg"], g, log_text=turn.text
            )
            return led_by(texts.UNIT_NOTED_BRIEF.format(unit=unit.describe()), computed)
        buttons: tuple[tuple[Button, ...], ...] = ((Button("Policz grant", f"grant:{unit.code}"),),)
        lines = [texts.UNIT_SET.format(unit=unit.describe())]
        if said and session.programme:
            lines.append(f"Program: {programme_name(session.programme)}.")
        signed = parse_date(agreement_said(turn.text) or "") if said else None
        if signed is not None:
            lines.append(texts.AGREEMENT_NOTED.format(day=f"{signed:%d.%m.%Y}"))
        if said and (announces(turn.text) or _WANTS_DOCUMENTS.search(turn.text)):
            # "skarbnik gminy X. chcę sprawdzić faktury przed rozliczeniem": how to send them, not a grant
            lines.append(texts.SEND_DOCUMENTS_NEXT)
            session = session.with_(offer="")
            buttons = ()
        else:
            lines.append(texts.UNIT_NEXT)
        out = reply(" ".join(lines), *(note(n) for n in notes), buttons=buttons)
        return Outcome((out,), LogEntry("command", turn.text or f"[jst {unit.code}]")), session


# "chcemy policzyć grant", "proszę wyliczyć kwotę": the computation asked for, not only the unit said
_COMPUTE_ASKED = re.compile(
    r"(?i)\b(?:policz\w*|oblicz\w*|wylicz\w*|przelicz\w*|ile\s+(?:dostaniemy|mo[zż]emy\s+dosta[cć]))\b"
)
# "chcę sprawdzić faktury", "mamy dokumenty do sprawdzenia", "zaraz wrzucę faktury": documents come next
_WANTS_DOCUMENTS = re.compile(
    r"(?i)\b(?:sprawdzi[cć]|zweryfikowa[cć]|przejrze[cć]|skontrolowa[cć]|wrzuc\w*|przes[lł]a[cć]|wys[lł]a[cć]|"
    r"podes[lł]a[cć])\b[^.?!]{0,30}?\b(?:faktur\w*|fv|dokument\w*|protok[oó][lł]\w*)"
    r"|\b(?:faktur\w*|dokument\w*)\s+do\s+(?:sprawdzenia|weryfikacji|kontroli)\b"
    # "rozliczam cyberbezpieczny samorząd gminy Jarocin": the settlement under way, its documents next
    r"|^\W*rozlicza\w*\b"
)
# "a cyfrowy powiat nie wchodzi w grę?", "czy możemy startować w cg?", "cs jest dla nas?"
# "z czego możemy skorzystać?", "z jakich programów możemy się starać?", "w czym możemy startować?"
_WHICH_FOR_US = re.compile(
    r"(?i)\b(?:z\s+czego|z\s+jaki\w*\s+program\w*|z\s+kt[oó]r\w*\s+program\w*|w\s+jaki\w*\s+program\w*|"
    r"w\s+kt[oó]r\w*\s+program\w*|w\s+czym|o\s+co)\s+(?:\w+\s+)?(?:mo[zż]emy|mo[zż]na)\s+(?:\w+\s+)?"
    r"(?:skorzysta\w*|startowa\w*|aplikowa\w*|ubiega\w*|stara\w*|wnioskowa\w*|z[lł]o[zż]y\w*)"
)
_OWN_ELIGIBILITY = re.compile(
    r"(?i)wchodzi\w*\s+w\s+gr[eę]|\bodpada\b|\bdla\s+nas\b|jeste[sś]my\s+uprawnion\w*|przys[lł]uguje\s+nam|"
    # "a czemu nie możemy w Cyfrowym Powiecie?": why the user's unit is not in a programme
    r"(?:czemu|dlaczego)\s+(?:nie\s+)?mo[zż]emy\b|(?:czemu|dlaczego)\s+(?:nas\s+)?nie\s+ma\b|"
    # "składamy do cyfrowej gminy czy do cyfrowego powiatu?": which of the programmes named is ours
    r"\b(?:sk[lł]adamy|startujemy|aplikujemy|piszemy|idziemy|wchodzimy)\s+(?:wniosek\s+)?(?:do|w)\b.{0,40}\bczy\b|"
    # "czemu cyfrowej gminy nie?": why not that programme for us
    r"(?:czemu|dlaczego)\b.{0,40}\bnie\W*$|"
    r"mo[zż]emy\s+(?:te[zż]\s+)?(?:startowa[cć]|skorzysta[cć]|aplikowa[cć]|wzi[aą][cć](?:\s+udzia[lł])?|z[lł]o[zż]y[cć]\s+wnios\w*|"
    r"sk[lł]ada[cć]\s+wnios\w*|ubiega[cć]\s+si[eę])|"
    # "a w cyfrowej gminie albo cyfrowym powiecie mamy jakieś szanse?", "a do cyfrowego powiatu możemy?"
    r"mamy\s+(?:jak\w*\s+|w\s+og[oó]le\s+)?szans\w*|\bmo[zż]emy\s*\?|"
    # "a w cyfrowej gminie my też?", "a do cp też możemy?": the same for us in another programme
    r"^\W*(?:a|i)?\s*(?:w|do|z)\s+[^?]{2,30}?\s+(?:my|nas|nam)\s+te[zż]\W*$"
)
# "ile możemy dostać?", "mamy pytanie o ten grant na komputery": a question about a grant's amount
# "zacznijmy od nowa", "od początku", "reset": a fresh start, as /start
_RESTART = re.compile(
    r"(?i)\W*(?:(?:ok|dobra|dobrze|to)\W+)?(?:zacznijmy|zaczynamy|zacznijmy\s+jeszcze\s+raz|zaczn[eę]|zaczniemy)?\s*"
    r"(?:od\s+nowa|od\s+pocz[aą]tku|jeszcze\s+raz\s+od\s+pocz[aą]tku)\W*|\W*reset\W*|\W*restart\W*"
)


# "sorry, to faktury powiatu, nie gminy", "to faktura gminy Jarocin, a nie powiatu": whose the documents are
def _notes_of(unit: Any, found: Any) -> tuple[str, ...]:
    """What the search said of how it found the unit (the powiat of a starostwo in a city assumed), when it is that
    unit's."""
    return tuple(found.notes) if found.unit is unit else ()


# "jestem z urzędu gminy, nie ze starostwa", "jesteśmy gminą, nie powiatem": the kind of unit said was wrong
_LEVEL_WORD = r"(?:urz[eę]d\w*\s+)?(?:gmin\w*|miast\w*|starostw\w*|powiat\w*|marsza[lł]\w*|wojew[oó]dztw\w*)"
_LEVEL_CORRECTED = re.compile(
    rf"(?i)\b(?:jestem|jeste[sś]my|pisz[eę]|piszemy|dzwoni[eę])\s+(?:z\s+|ze\s+)?(?P<now>{_LEVEL_WORD})\s*[,;–—-]?\s*"
    rf"(?:a\s+)?nie\s+(?:z\s+|ze\s+)?(?P<was>{_LEVEL_WORD})\b"
)
_WHOSE_DOCUMENTS = re.compile(
    r"(?i)\b(?:to\s+)?(?:s[aą]\s+|jest\s+)?(?:faktur\w*|dokument\w*|protok[oó][lł]\w*)\s+(?P<whose>powiatu|gminy|miasta)"
    r"(?:\s+(?P<name>(?-i:[A-ZĄĆĘŁŃÓŚŹŻ])[\w-]+(?:\s+(?-i:[A-ZĄĆĘŁŃÓŚŹŻ])[\w-]+)?))?\s*,?\s*(?:a\s+)?nie\s+"
    r"(?:powiatu|gminy|miasta|nasze)\b"
)


# "ile max?", "ile maksymalnie?", "ile?" after the unit just stated
_TERYT_SAID = re.compile(r"(?i)\b(?:teryt|terc|kod\w*(?:\s+teryt)?)\s*[:=]?\s*(\d{7}|\d{4}|\d{2})(?![\d,.])")


def _own_grant_wording(question: str) -> str:
    """After the user's unit is said, a bare "ile max?" (alone or as one sentence of the question: "jakie mamy
    możliwości w cyfrowej gminie? ile max?") asks for that unit's grant."""
    asked = [part.strip() for part in re.split(r"(?<=[?.!])\s+", question)]
    return " ".join("ile możemy dostać?" if _BARE_HOW_MUCH.fullmatch(part) else part for part in asked)


_BARE_HOW_MUCH = re.compile(
    r"(?i)\W*(?:a\s+|to\s+|i\s+)?(?:ile|jaka\s+kwota|jaki\s+grant|na\s+ile)"
    r"(?:\s+(?:max|maks\.?|maksymalnie|najwi[eę]cej|mo[zż]na|wchodzi\s+w\s+gr[eę]))?\W*"
)
_ABOUT_GRANT = re.compile(r"(?i)\bgrant\w*|\bile\b|\bkwot\w*|\bpieni[aąeę]dz\w*|\bdofinansowan\w*|\bdosta\w*")
# "nie, chodziło mi o powiat – …", "sorry, pomyłka, jesteśmy w cp": the previous answer was for the wrong programme
_AMOUNT_ASKED = re.compile(r"(?i)\bile\b|kwot\w*|\bgrant\w*|pieni[eę]dz\w*|\bkupi[cć]|\bkup\w*|zakup\w*")


def _unit_level(unit_code: str) -> str:
    return {7: "gmina", 4: "powiat", 2: "województwo"}.get(len(unit_code), "")


FEATURE = Account


# "rozliczam (cs) gminy Jarocin", "realizujemy projekt powiatu żywieckiego": the unit whose project it is
_SETTLING_FOR = re.compile(
    r"(?i)^\W*(?:rozlicza\w*|realizuj\w*|prowadz\w*|obs[lł]ugu\w*)\s+(?:(?:projekt|grant|wniosek)\w*\s+)?(?:dla\s+)?"
    r"(?P<unit>(?:gmin|powiat|miast|wojew[oó]dztw|starostw)\w*\s+\S.*)$"
)


# "Ząbki, cyfrowa gmina – skaner … kwalifikowalny? szybko proszę": a name, a programme, a dash, what is asked
_NAME_PROGRAMME_ASKED = re.compile(
    r"(?i)^(?P<name>[a-ząćęłńóśźż][\w-]+(?:\s+[a-ząćęłńóśźż][\w-]+)?)\s*,\s*(?P<programme>[^–—,?.]{2,40}?)\s+[–—-]\s+"
    r"(?P<asked>[^?]+\?)"
)


def _settling_unit(text: str) -> str | None:
    """ "rozliczam cyberbezpieczny samorząd gminy Jarocin, wielkopolskie" -> 'gmina Jarocin': the unit settled."""
    settling = _SETTLING_FOR.match(strip_programmes(text, keep_if_empty=False))
    if settling is None or len(detect_programmes(text)) != 1 or "?" in text:
        return None
    return statement_unit(f"jesteśmy z {settling.group('unit')}")


def _unit_and_programme_only(text: str) -> bool:
    """ "starostwo żywieckie, cyfrowy powiat", "gmina Pleszew – cs": a unit with its level word, then programmes."""
    # "gmina Kórnik, cyfrowa gmina. umowę zawarliśmy 3 lutego 2022": the agreement's date may follow (it is noted)
    said = [c for c in re.split(r"(?<=[.!])\s+", text.strip()) if not agreement_said(c)]
    clauses = [c for c in re.split(r"\s*[,;.]\s*|\s+[–—-]\s+", " ".join(said)) if c.strip(" .!")]
    if len(clauses) < 2 or "?" in text or lead_unit(office_as_unit(expanded_units(clauses[0]))) is None:
        return False
    if re.search(r"(?i)\b(?:jeste[sś]my|jestem|my|nas|tu|tutaj|to)\b", clauses[0]):
        return False  # "gmina jesteśmy, w cyfrowej gminie": a level said, no unit's name
    return all(programme_only(c) for c in clauses[1:])
