"""Pure text parsing for the conversation, one module per kind of thing read from a message:

- `cleaning`: invisible characters, markup, "/command args"
- `openers`: greetings, thanks and letter frames before the question
- `programmes`: programme names and nicknames
- `amounts`: numbers, money and dates
- `grants`: grant requests, units, TERYT, G values, corrections
- `grant_phrases`: how a grant conversation refers to units and figures said before, repeats G, compares units
- `report`: parameters of a settlement report
- `followups`: elliptical follow-ups ("a w cs?", "a laptop?")
- `statements`: who writes and what they take part in, split from the question
- `answers`: yes/no, choices, "skąd ta kwota?", "dlaczego?", set actions, thanks

No I/O, no state: every function takes a string and returns a value, so each is tested on its own.
The names the dialogue uses are re-exported here.
"""

from __future__ import annotations

from bot.dialogue.parsing.amounts import month_of, parse_date, parse_money
from bot.dialogue.parsing.answers import (
    asks_clear_set,
    asks_details,
    asks_next_step,
    asks_own_grant,
    asks_set_action,
    asks_source,
    disputes,
    document_ref,
    is_filler,
    is_no,
    is_yes,
    ordinal_choice,
    small_talk,
    unit_nominative,
    wants_report_again,
    why_verdict,
)
from bot.dialogue.parsing.cleaning import clean, split_command
from bot.dialogue.parsing.followups import FollowUp, follow_up, meant_programme
from bot.dialogue.parsing.grants import (
    BARE_NAME_AFTER,
    CODE_ONLY,
    another_g,
    compared_for_unit,
    corrected_value,
    demonstrative_unit,
    expanded_units,
    g_unit,
    g_value,
    grant_query,
    joined_codes,
    office_as_unit,
    without_g,
)
from bot.dialogue.parsing.openers import without_opener
from bot.dialogue.parsing.programmes import detect_programmes, programme_from_arg, strip_programmes
from bot.dialogue.parsing.report import asks_params_back, report_params
from bot.dialogue.parsing.statements import (
    programme_then_question,
    split_context,
    statement_hint,
    statement_level,
    statement_programme,
    statement_unit,
)

__all__ = [
    "BARE_NAME_AFTER",
    "CODE_ONLY",
    "FollowUp",
    "another_g",
    "asks_clear_set",
    "asks_details",
    "asks_next_step",
    "asks_own_grant",
    "asks_params_back",
    "asks_set_action",
    "asks_source",
    "clean",
    "compared_for_unit",
    "corrected_value",
    "demonstrative_unit",
    "detect_programmes",
    "disputes",
    "document_ref",
    "expanded_units",
    "follow_up",
    "g_unit",
    "g_value",
    "grant_query",
    "is_filler",
    "is_no",
    "is_yes",
    "joined_codes",
    "meant_programme",
    "month_of",
    "office_as_unit",
    "ordinal_choice",
    "parse_date",
    "parse_money",
    "programme_from_arg",
    "programme_then_question",
    "report_params",
    "small_talk",
    "split_command",
    "split_context",
    "statement_hint",
    "statement_level",
    "statement_programme",
    "statement_unit",
    "strip_programmes",
    "unit_nominative",
    "wants_report_again",
    "why_verdict",
    "without_g",
    "without_opener",
]
