"""Extracted documents to JSON and back, losslessly (Decimal as strings, dates ISO), so the
settlement set lives in the database and any bot process can build the report."""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from datetime import date
from decimal import Decimal
from enum import Enum
from functools import cache
from typing import Any

from extractors.models import Invoice, Protocol
from extractors.parse.protocol import ProtocolRow

Document = Invoice | Protocol
_TYPES: dict[str, type] = {"invoice": Invoice, "protocol": Protocol}
# Subclasses a field may hold instead of its declared type (a protocol's item read from a table is a
# ProtocolRow with its position and values): tagged, so they come back as what they were.
_SUBCLASSES: dict[str, type] = {"ProtocolRow": ProtocolRow}
_TAG = "__class__"


def _plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        plain = {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
        if type(value).__name__ in _SUBCLASSES:
            plain[_TAG] = type(value).__name__
        return plain
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, Decimal | date):
        return str(value) if isinstance(value, Decimal) else value.isoformat()
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    return value


def encode(document: Document) -> str:
    kind = "protocol" if isinstance(document, Protocol) else "invoice"
    return json.dumps({"type": kind, "data": _plain(document)}, ensure_ascii=False, sort_keys=True)


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _build(tp: Any, value: Any) -> Any:
    if value is None:
        return None
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        options = [a for a in typing.get_args(tp) if a is not type(None)]
        return _build(options[0], value) if len(options) == 1 else value
    if origin is tuple:
        args = typing.get_args(tp)
        inner = args[0] if args else Any
        return tuple(_build(inner, v) for v in value)
    if isinstance(tp, type):
        if dataclasses.is_dataclass(tp):
            if isinstance(value, dict) and value.get(_TAG) in _SUBCLASSES:
                tp = _SUBCLASSES[value[_TAG]]
            hints = _hints(tp)
            return tp(**{k: _build(hints[k], v) for k, v in value.items() if k in hints})
        if issubclass(tp, Enum):
            return tp(value)
        if tp is Decimal:
            return Decimal(value)
        if tp is date:
            return date.fromisoformat(value)
    return value


def decode(text: str) -> Document:
    raw = json.loads(text)
    return _build(_TYPES[raw["type"]], raw["data"])  # type: ignore[no-any-return]
