"""Compact pickling for the frozen dataclasses that cross process boundaries.

An ingest sends every article's record from an extraction worker to the writer: a few hundred
small frozen dataclasses per article. The pickling that `dataclass(slots=True)` provides calls
`dataclasses.fields()` and sets each field in a Python loop, on both sides, for every object;
`compact_pickle` instead reduces an object to its class and its field values, read by one
`attrgetter`, and rebuilds it with its own `__init__`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields
from operator import attrgetter
from typing import Any, TypeVar

T = TypeVar("T")


def compact_pickle(cls: type[T]) -> type[T]:
    """Class decorator (outside `@dataclass`): pickle as `(cls, field values)`. Every field must
    be an `__init__` argument, in order, which is what a plain dataclass has."""
    names = tuple(f.name for f in fields(cls))  # type: ignore[arg-type]
    if any(not f.init for f in fields(cls)):  # type: ignore[arg-type]
        raise TypeError(f"{cls.__name__} has a field outside __init__: it cannot be rebuilt from its values")
    values: Callable[[Any], tuple[Any, ...]]
    if len(names) == 1:
        one = attrgetter(names[0])

        def values(obj: Any) -> tuple[Any, ...]:
            return (one(obj),)
    else:
        values = attrgetter(*names)

    def __reduce__(self: Any) -> tuple[type[T], tuple[Any, ...]]:
        return cls, values(self)

    cls.__reduce__ = __reduce__  # type: ignore[assignment,method-assign]
    return cls
