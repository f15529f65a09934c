"""Dataclass <-> row conversion, driven by the dataclasses' type hints."""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from collections.abc import Callable
from datetime import date
from enum import Enum
from functools import cache
from typing import Any


def _unwrap_optional(hint):
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(hint) if a is not type(None)]
        if len(args) == 1:
            return args[0]
    return hint


def _decoder(hint) -> Callable[[Any], Any]:
    hint = _unwrap_optional(hint)
    origin = typing.get_origin(hint)
    if origin is list:
        return lambda v: json.loads(v) if isinstance(v, str) else list(v or [])
    if hint is bool:
        return bool
    if hint is date:
        return date.fromisoformat
    if isinstance(hint, type) and issubclass(hint, Enum):
        return hint
    if hint is float:
        return float
    return lambda v: v


def _encoder(hint) -> Callable[[Any], Any]:
    hint = _unwrap_optional(hint)
    origin = typing.get_origin(hint)
    if origin is list:
        return lambda v: json.dumps(list(v), ensure_ascii=False)
    if hint is bool:
        return lambda v: 1 if v else 0
    if hint is date:
        return lambda v: v.isoformat()
    if isinstance(hint, type) and issubclass(hint, Enum):
        return lambda v: hint(v).value
    return lambda v: v


@cache
def _codecs(cls: type) -> tuple[tuple[str, Callable, Callable], ...]:
    hints = typing.get_type_hints(cls)
    return tuple((f.name, _encoder(hints[f.name]), _decoder(hints[f.name])) for f in dataclasses.fields(cls))


def column_names(cls: type) -> list[str]:
    return [name for name, _, _ in _codecs(cls)]


def to_row(obj) -> dict[str, Any]:
    cls: type = type(obj)  # as a plain ``type``: mypy does not see ``type[object]`` as Hashable for the cache
    return {
        name: (None if (value := getattr(obj, name)) is None else encode(value))
        for name, encode, _ in _codecs(cls)
    }


def encode_value(cls: type, name: str, value) -> Any:
    for field_name, encode, _ in _codecs(cls):
        if field_name == name:
            return None if value is None else encode(value)
    raise KeyError(name)


def from_row(cls: type, row: dict[str, Any]):
    values = {}
    for name, _, decode in _codecs(cls):
        raw = row[name]
        values[name] = None if raw is None else decode(raw)
    return cls(**values)
