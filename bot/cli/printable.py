"""What the CLI prints carries no terminal control sequence.

Requests, ticket notes and warehouse values are stored as sent; printed raw, an escape
sequence in one of them acts on the operator's terminal (OSC 52 writes their clipboard,
`ESC[2J` clears the screen, U+202E reverses what follows). `main` prints through
`PrintableStream`, which drops control characters (C0 but newline, carriage return and tab;
DEL; C1) and the bidirectional overrides and isolates. Files written with `--output` keep the
data as it is.
"""

from __future__ import annotations

import re
from typing import Any, TextIO

_UNPRINTABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def printable(text: str) -> str:
    """`text` without terminal control characters and bidirectional overrides."""
    return _UNPRINTABLE.sub("", text)


class OutputFailed(OSError):
    """Standard output took no write (a full disk, a device error), said by `main` in one line."""


class PrintableStream:
    """A text stream that writes `printable` text to `target`; everything else is the target's."""

    def __init__(self, target: TextIO) -> None:
        self.target = target

    def write(self, text: str) -> int:
        try:
            self.target.write(printable(text))
        except BrokenPipeError:  # the reader went away: `main` ends quietly
            raise
        except OSError as exc:
            raise OutputFailed(exc.errno, exc.strerror) from None
        return len(text)

    def flush(self) -> None:
        try:
            self.target.flush()
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise OutputFailed(exc.errno, exc.strerror) from None

    def writelines(self, lines: Any) -> None:
        for line in lines:
            self.write(line)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.target, name)
