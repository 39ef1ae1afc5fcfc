"""The family registry: a family is a function `rng -> Sample` (a text PDF and the documents it holds)."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass

from tests.corpus.extract.kit import Doc


@dataclass(frozen=True, slots=True)
class Sample:
    pdf: bytes
    docs: tuple[Doc, ...]
    landscape: bool = False


@dataclass(frozen=True, slots=True)
class Family:
    name: str
    part: str  # dev | blind | blind2 | blind3 | blind4 | blind5 | blind6
    about: str
    make: Callable[[random.Random], Sample]

    def build(self, seed: int = 0) -> Sample:
        return self.make(random.Random(f"{self.part}:{self.name}:{seed}"))


def collect(part: str, *modules: object) -> dict[str, Family]:
    """Families are module-level functions named `fam_<name>`; their docstring's first line is the description."""
    out: dict[str, Family] = {}
    for mod in modules:
        for attr in sorted(vars(mod)):
            if attr.startswith("fam_"):
                fn = getattr(mod, attr)
                name = attr[4:]
                assert name not in out, name
                out[name] = Family(name, part, (fn.__doc__ or "").strip().splitlines()[0], fn)
    return out
