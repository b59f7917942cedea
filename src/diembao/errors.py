"""The one error type for input that cannot be read or parsed."""

from __future__ import annotations


class InputError(Exception):
    """What is wrong with one input, said in one line; `origin` says where (file, file:line)."""

    def __init__(self, message: str, origin: str | None = None):
        super().__init__(message)
        self.message = message
        self.origin = origin

    def at(self, origin: str) -> InputError:
        return InputError(self.message, origin if self.origin is None else self.origin)

    def __str__(self) -> str:
        return f"{self.origin}: {self.message}" if self.origin else self.message
