"""Polish number words as values: the cardinals and scales amounts are written in ("dwieście trzydzieści osiem
tysięcy"), shared by the invoice parser (extractors/parse/numbers.py: amounts in words, "słownie") and the FAQ's
reader of numbers in questions (knowledge/faq_numbers.py)."""

from __future__ import annotations

from knowledge.normalize import fold

CARDINALS = {
    0: "zero",
    1: "jeden",
    2: "dwa",
    3: "trzy",
    4: "cztery",
    5: "pięć",
    6: "sześć",
    7: "siedem",
    8: "osiem",
    9: "dziewięć",
    10: "dziesięć",
    11: "jedenaście",
    12: "dwanaście",
    13: "trzynaście",
    14: "czternaście",
    15: "piętnaście",
    16: "szesnaście",
    17: "siedemnaście",
    18: "osiemnaście",
    19: "dziewiętnaście",
    20: "dwadzieścia",
    30: "trzydzieści",
    40: "czterdzieści",
    50: "pięćdziesiąt",
    60: "sześćdziesiąt",
    70: "siedemdziesiąt",
    80: "osiemdziesiąt",
    90: "dziewięćdziesiąt",
    100: "sto",
    200: "dwieście",
    300: "trzysta",
    400: "czterysta",
    500: "pięćset",
    600: "sześćset",
    700: "siedemset",
    800: "osiemset",
    900: "dziewięćset",
}
WORDS = {word: value for value, word in CARDINALS.items()}
WORDS.update({"dwie": 2, "jedna": 1, "jedno": 1})
SCALES = {
    "tysiąc": 1000,
    "tysiące": 1000,
    "tysięcy": 1000,
    "tys": 1000,
    "mln": 1_000_000,
    "milion": 1_000_000,
    "miliony": 1_000_000,
    "milionów": 1_000_000,
}
WORDS_FOLDED = {fold(word): value for word, value in WORDS.items()}
SCALES_FOLDED = {fold(word): value for word, value in SCALES.items()}

# Ordinal words in the genitive, folded, as days of a month are said ("trzydziestego pierwszego grudnia") and as the
# last part of a year ("dwa tysiące dwudziestego trzeciego"): the dialogue's report dates and the FAQ's dates
ORDINALS_GENITIVE = {
    "pierwszego": 1,
    "drugiego": 2,
    "trzeciego": 3,
    "czwartego": 4,
    "piatego": 5,
    "szostego": 6,
    "siodmego": 7,
    "osmego": 8,
    "dziewiatego": 9,
    "dziesiatego": 10,
    "jedenastego": 11,
    "dwunastego": 12,
    "trzynastego": 13,
    "czternastego": 14,
    "pietnastego": 15,
    "szesnastego": 16,
    "siedemnastego": 17,
    "osiemnastego": 18,
    "dziewietnastego": 19,
    "dwudziestego": 20,
    "trzydziestego": 30,
}

# Folded stems of Polish month names in any case ("marca", "marzec", "pazdziernika") and their numbers, shared by
# the FAQ's calculator (knowledge/compute.py) and its reader of dates in questions (knowledge/faq_numbers.py).
MONTH_STEMS = {
    "stycz": 1,
    "lut": 2,
    "marc": 3,
    "marz": 3,
    "kwie": 4,
    "maj": 5,
    "czerw": 6,
    "lip": 7,
    "sierp": 8,
    "wrze": 9,
    "pazdz": 10,
    "listop": 11,
    "grud": 12,
}


def month_number(word: str) -> int:
    """'sierpnia' -> 8: the number of a folded month name (the word must be one)."""
    return next(value for stem, value in MONTH_STEMS.items() if word.startswith(stem))
