"""Us and them, each in its own programme: "jesteśmy gminą Łask, kupujemy z cyfrowej gminy laptopy – można?", then
"a starostwo łaskie chce laptopy z cyberbezpiecznego samorządu – a oni?". From then on "a oni firewall?" is asked in
their programme and "a u nas oprogramowanie biurowe?" in ours, though neither names one.

The session keeps the two programmes as "ours:theirs" (`Session.parties`); a pronoun turn is rewritten into the
follow-up it stands for ("a w cs firewall?"), which the features answer as they answer any follow-up."""

from __future__ import annotations

import re

from bot.dialogue.parsing.programmes import detect_programmes

_THEY = r"(?:oni|one|u\s+nich|dla\s+nich)"
_WE = r"(?:my|u\s+nas|dla\s+nas)"
# "a starostwo łaskie chce laptopy z cyberbezpiecznego samorządu – a oni?": about someone else in a programme
_THEIRS_THEN_ASKED = re.compile(rf"(?i)^\W*(?P<lead>.+?)\s*[–—,-]+\s*(?:a|i|no\s+a)?\s*{_THEY}\s*\?*\s*$")
# someone else, not "we": a unit named, a neighbour, a third person's verb
_SOMEONE_ELSE = re.compile(
    r"(?i)\b(?:starostw\w*|miast\w*|gmin\w*|powiat\w*|wojew[oó]dztw\w*|urz[aą]d\w*|s[aą]siad\w*|obok|kolega|"
    r"chc[eą]|ma|maj[aą]|startuj[eą]|bior[aą]|realizuj[eą]|sk[lł]ada(?:j[aą])?|s[aą]\s+w)\b"
)
_OWN_WORDS = re.compile(r"(?i)\b(?:jeste[sś]my|mamy|nasz\w*|kupujemy|startujemy|my)\b")
# "a oni firewall?", "a u nas ile można dać na doradztwo?", "a oni?": the pronoun first
_PRONOUN_FIRST = re.compile(rf"(?i)^\W*(?:a|i|no\s+a)\s+(?P<who>{_THEY}|{_WE})\b\s*(?P<rest>.*?)\s*\?*\s*$")
# "a trwałość u nas?", "a oprogramowanie biurowe dla nich?": the pronoun last
_PRONOUN_LAST = re.compile(
    r"(?i)^\W*(?:a|i|no\s+a)\s+(?P<rest>.+?)\s+(?P<who>u\s+nas|dla\s+nas|u\s+nich|dla\s+nich)\s*\?*\s*$"
)
_QUESTION = re.compile(
    r"(?i)\b(?:czy|ile|jak\w*|kiedy|kto|co|gdzie|dlaczego|czemu|mo[zż]na|mog[aąe]\w*|trzeba|musz\w*|musi\w*|"
    r"nale[zż]y|licz[aą]|liczy)\b"
)


# "a u nas NAS?", "a my?", "a dla nas też?": the user's own unit, after someone else's case
_OURS_ASKED = re.compile(
    r"(?i)^\W*(?:a|i|no\s+a)\s+(?:u\s+nas|my|dla\s+nas)\b|^\W*(?:a|i)\s+.{1,40}?\s+u\s+nas\s*\?*\s*$"
)


def ours_asked(text: str) -> bool:
    """ "a u nas NAS?", "a firewall u nas?": the same asked of the user's own unit.

    >>> ours_asked("a u nas NAS?"), ours_asked("a firewall u nas?"), ours_asked("a oni?")
    (True, True, False)
    """
    return _OURS_ASKED.match(text) is not None


def parties_said(text: str, ours: str | None) -> str | None:
    """ "ours:theirs" when the message brings in someone else in another programme than ours, asking the same of
    them ("a starostwo łaskie chce laptopy z cyberbezpiecznego samorządu – a oni?"); None otherwise.

    >>> parties_said("a miasto Żywiec obok ma cyfrową gminę – a oni?", "cp")
    'cp:cg'
    >>> parties_said("a oni w cs?", "cg") is None
    True
    """
    asked = _THEIRS_THEN_ASKED.match(text.strip())
    if asked is None or not ours:
        return None
    lead = asked.group("lead")
    named = detect_programmes(lead)
    if len(named) != 1 or named[0] == ours or not _SOMEONE_ELSE.search(lead) or _OWN_WORDS.search(lead):
        return None
    return f"{ours}:{named[0]}"


def for_party(text: str, parties: str) -> str | None:
    """A pronoun turn ("a oni firewall?", "a trwałość u nas?", "a oni?") rewritten as the follow-up it stands for, in
    the programme of the party meant ("a w cs firewall?"); None when the turn names a programme itself or is no such
    turn.

    >>> for_party("a oni firewall?", "cg:cs"), for_party("a u nas ile można dać na doradztwo?", "cp:cg")
    ('a w cs firewall?', 'ile można dać na doradztwo w cp?')
    """
    ours, _, theirs = parties.partition(":")
    if not ours or not theirs or detect_programmes(text):
        return None
    said = _PRONOUN_FIRST.match(text.strip()) or _PRONOUN_LAST.match(text.strip())
    if said is None:
        return None
    who = said.group("who").casefold()
    programme = ours if re.match(_WE, who) else theirs
    rest = said.group("rest").strip(" ,–—-")
    if not rest:
        return f"a w {programme}?"  # "a oni?": the same question, in their programme
    if _QUESTION.search(rest):
        return f"{rest.rstrip(' ?')} w {programme}?"
    return f"a w {programme} {rest}?"
