"""Programme names in a message: "CG", "cyfrowa gmina", "cyber samorząd", "w tym powiatowym".

Pure: no I/O, no state.
"""

from __future__ import annotations

import re

# Every inflected form ("w Cyfrowej Gminie", "Cyfrowym Powiecie"), beyond the aliases in the rules.
_PROGRAMME_FORMS = {
    "cg": r"cyfrow\w*\s+g(?:mi|im|mn)\w*"
    # "odnośnie tej cyfrowej": the feminine adjective after a demonstrative is the nickname of Cyfrowa Gmina
    r"|(?<=\s)(?:tej|ta|t[eę]|t[aą])\s+cyfrow(?:ej|a|ą)(?=\s)"
    r"(?!\s+(?:p\w*|edukac\w*|transform\w*|us[lł]ug\w*|administrac\w*|kompeten\w*|dost[eę]p\w*))"
    # "z cyfrówki gminnej": the colloquial diminutive with the level's adjective
    r"|cyfr[oó]w(?:k|ec)\w*\s+gminn\w*|gminn\w*\s+cyfr[oó]w(?:k|ec)\w*",
    "cp": r"cyfrow\w*\s+pow(?:i|a)\w*"  # "cyfrowy powat": a typo of an official
    r"|cyfr[oó]w(?:k|ec)\w*\s+powiatow\w*|powiatow\w*\s+cyfr[oó]w(?:k|ec)\w*",
    # the adjective alone is the nickname ("my w cyberbezpiecznym"); the noun "cyberbezpieczeństwo" is
    # a topic of every programme, so it is not one
    "cs": r"cyber\w*\s+samorz\w*|cybersamorz\w*|cyberbezpieczn(?:y|ym|ego|emu)(?!\w)"
    # "w programie cyberbezpieczna gmina": the programme misnamed after its beneficiary – cyber- is CS's alone
    r"|cyberbezpieczn\w*\s+gmin\w*"
    # "a w cyberku laptop?", "z cyberka": the diminutive nickname
    r"|(?<![\w-])cyber(?:ek|ku|ka|kiem)(?!\w)"
    # "to samo dla cyber", "a w cyberze?": the short nickname after a preposition ("szkolenie z cyber" is a topic)
    # "pytam o cyber", and "cyber" as the whole message
    # ("a z cyber?" as the whole message: from that programme)
    r"|(?<=\s)(?:dla|w|we|o)\s+cyber(?:ze|a)?(?=\s)|^\s*cyber\s*$|^\s*(?:(?:a|i|to)\s+)?(?:z|ze)\s+cyber(?:a)?\s*$",
}
_PROGRAMME_WORDS = (("cyber", "cs"), ("bezpiecz", "cs"), ("gmin", "cg"), ("powia", "cp"), ("powie", "cp"))


def programmes() -> dict:  # type: ignore[type-arg]
    """The programmes' rules, imported on first use (the CLI imports the command table at start-up)."""
    from knowledge.programmes import programmes as load

    return load()


def detect_programmes(text: str) -> list[str]:
    """Programme codes named in the text ('w CS', 'Cyfrowy Powiat'), in programme order."""
    folded = " " + re.sub(r"[^\w]+", " ", text.casefold()) + " "
    found = []
    for code_, programme in programmes().items():
        if re.search(_PROGRAMME_FORMS[code_.value], folded) or any(
            f" {alias.casefold()} " in folded for alias in programme.aliases
        ):
            found.append(code_.value)
    return found


def programme_from_arg(raw: str) -> str:
    """'/program 3', '/program cyberbezpieczny', '/program gmina' -> a code; else `raw` unchanged."""
    text = raw.strip().casefold()
    codes: list[str] = [str(c.value) for c in programmes()]  # menu order
    if text.isdigit() and 1 <= int(text) <= len(codes):
        return codes[int(text) - 1]
    named = detect_programmes(raw)
    if named:
        return named[0]
    if text in codes:
        return text
    words = re.findall(r"\w+", text)
    for prefix, code_ in _PROGRAMME_WORDS:
        if any(w.startswith(prefix) for w in words):
            return code_
    return raw


def strip_programmes(text: str, *, keep_if_empty: bool = True) -> str:
    """'0201 cs' -> '0201', 'Kościerzyna w Cyfrowej Gminie' keeps only the unit part.

    A text that is only a programme name comes back unchanged (or "" with keep_if_empty=False)."""
    result = f" {text} "
    for code_, programme in programmes().items():
        forms = [
            _PROGRAMME_FORMS[code_.value],
            *(re.escape(a) for a in sorted(programme.aliases, key=len, reverse=True)),
        ]
        for form in forms:
            # "a w CG-ie?", "z CS-u": an abbreviation's case ending after a hyphen goes with it
            result = re.sub(
                rf"(?i)(?<!\w)(?:(?:w|we|dla|z)\s+)?(?:program\w*\s+)?(?:{form})(?:-(?:ie|u|em|a|ach|[oó]w|y|ze))?(?!\w)",
                " ",
                result,
            )
    stripped = " ".join(result.split())
    return stripped or (text.strip() if keep_if_empty else "")
