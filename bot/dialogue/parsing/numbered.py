"""A message of numbered questions: "mam trzy pytania: 1) ile …; 2) czy …; 3) do kiedy …?" – what leads to the list,
and each question of it, so that every one is answered in turn."""

from __future__ import annotations

import re

# "1)", "2.", "3 )" standing before a question (not "1898,22", "15.03.2024" or "§ 4 ust. 5.")
_MARK = re.compile(r"(?:^|(?<=[\s:;,(]))(?P<n>[1-9])\s?[).](?=\s+\D)")
# what closes a letter after the last question: thanks, greetings, a signature
_CLOSING = re.compile(
    r"(?i)^\W*(?:z\s+g[oó]ry\s+)?(?:dzi[eę]kuj\w*|dzi[eę]ki|pozdrawiam\w*|z\s+powa[zż]aniem|serdecznie|uprzejmie\s+dzi[eę]k\w*)"
)


def numbered_questions(text: str) -> tuple[str, list[str]] | None:
    """(what leads to the list, the questions) of a message listing two or more numbered questions, 1) 2) 3) in order;
    None for any other message.

    >>> numbered_questions("Mam dwa pytania: 1) ile możemy dostać, G 1900; 2) czy laptop przejdzie? Dzięki!")
    ('Mam dwa pytania:', ['ile możemy dostać, G 1900', 'czy laptop przejdzie?'])
    >>> numbered_questions("1. do kiedy ankieta 2. od kiedy wydatki")
    ('', ['do kiedy ankieta', 'od kiedy wydatki'])
    >>> numbered_questions("§ 4 ust. 5. mówi o G 1898,22 – czy 2) to punkt?") is None
    True
    """
    marks = list(_MARK.finditer(text))
    # the list: marks numbered 1, 2, 3 … in order (a lone "2." inside a sentence is no list)
    start = next((i for i, m in enumerate(marks) if m.group("n") == "1"), None)
    if start is None:
        return None
    listed = [marks[start]]
    for mark in marks[start + 1 :]:
        if int(mark.group("n")) == int(listed[-1].group("n")) + 1:
            listed.append(mark)
    if len(listed) < 2:
        return None
    lead = text[: listed[0].start()].strip()
    questions: list[str] = []
    for i, mark in enumerate(listed):
        end = listed[i + 1].start() if i + 1 < len(listed) else len(text)
        questions.append(text[mark.end() : end].strip(" ;,\n\t"))
    last = questions[-1]
    cut = last.find("?")
    if cut != -1 and _CLOSING.match(last[cut + 1 :].strip() or "dzięki"):
        questions[-1] = last[: cut + 1]
    questions = [q for q in questions if len(q.split()) >= 2]
    return (lead, questions) if len(questions) >= 2 else None


_ORDINALS = {"pierwsz": 1, "drug": 2, "trzeci": 3, "czwart": 4, "piat": 5, "piąt": 5}
# "a ta pierwsza rzecz – …", "pytanie 2 jeszcze raz – …", "wracając do punktu 3: …": one question of the list
_REFERENCE = re.compile(
    r"(?i)^\W*(?:(?:a|i|no|ok|okej|dobra|dobrze|to|wracaj[aą]c\s+do|wr[oó][cć]my\s+do)\W+)*"
    r"(?:(?:ta|to|ten|tego|tej|t[eę]|tym)\s+)?"
    r"(?:(?P<ord>pierwsz|drug|trzeci|czwart|pi[aą]t)\w*\s+(?:rzecz\w*|pytani\w*|punkt\w*|spraw\w*|kwesti\w*)"
    r"|(?:pytani\w*|punkt\w*|pkt\.?)\s+(?:nr\s+|numer\s+)?(?P<num>[1-9]))"
    r"(?:\s+(?:jeszcze\s+raz|z\s+(?:twojej|pana|pani|tej)\s+\w+|z\s+listy|z\s+mojej\s+\w+))*\s*(?:[-–—:,]+\s*|$)"
)


def numbered_reference(text: str) -> tuple[int, str] | None:
    """(the number, the rest) of a message about one question of a list answered before; None otherwise.

    >>> numbered_reference("a ta pierwsza rzecz - jak to policzyliscie?")
    (1, 'jak to policzyliscie?')
    >>> numbered_reference("a pytanie 2 jeszcze raz - laptopy dla szkoły można?")
    (2, 'laptopy dla szkoły można?')
    >>> numbered_reference("pierwsza gmina ma G 1900") is None
    True
    """
    found = _REFERENCE.match(text)
    if found is None:
        return None
    number = int(found.group("num")) if found.group("num") else _ORDINALS[found.group("ord").casefold()]
    return number, text[found.end() :].strip()


_COUNT = {"dwie": 2, "dwa": 2, "2": 2, "trzy": 3, "3": 3, "cztery": 4, "4": 4}
# "dwie rzeczy: ile wynosi maksymalny grant i do kiedy diagnoza?": the questions counted, then said in a row
_COUNTED = re.compile(
    r"(?i)^(?P<lead>.*?)\b(?P<n>dwie|dwa|trzy|cztery|[234])\s+(?:rzeczy|pytani[ae]|sprawy|kwestie)\s*[:–—-]\s*(?P<rest>.+)$"
)
_QUESTION_START = (
    r"(?:a\s+)?(?:ile|czy|do\s+kiedy|od\s+kiedy|kiedy|jak\w*|kto|gdzie|co|na\s+co|dlaczego|czemu|"
    r"od\s+jakiej|kt[oó]r\w+)\b"
)
_BETWEEN = re.compile(rf"(?i)\s*(?:[;?]\s*|,\s*|\s+(?:i|oraz|a\s+tak[zż]e)\s+)(?={_QUESTION_START})")


def counted_questions(text: str) -> tuple[str, list[str]] | None:
    """(what leads, the questions) of "… dwie rzeczy: X i Y?" when the questions said in a row are as many as
    counted, each opening with a question word; None otherwise.

    >>> counted_questions("wracając do cp – dwie rzeczy: ile wynosi maksymalny grant i do kiedy diagnoza?")
    ('wracając do cp –', ['ile wynosi maksymalny grant?', 'do kiedy diagnoza?'])
    >>> counted_questions("mam dwa pytania: czy laptopy i drukarki przejdą?") is None
    True
    """
    counted = _COUNTED.match(text.strip())
    if counted is None:
        return None
    parts = [p.strip(" ,;") for p in _BETWEEN.split(counted.group("rest")) if p.strip(" ,;?")]
    if len(parts) != _COUNT[counted.group("n").casefold()]:
        return None
    questions = [p if p.endswith("?") else p + "?" for p in parts]
    return counted.group("lead").strip(), questions
