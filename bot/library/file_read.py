"""Reading one file of the query library: a regular file of bounded size, or a one-line reason.

A library folder is a checkout written by others. A FIFO, a device or a link to one
(`x.sql -> /dev/zero`, `/dev/stdin`) named like a query would make a plain read wait for ever
or fill memory: `serve` would never start and every command would hang. Such a file is a
problem of that file, like one that is not UTF-8.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

# Far past any query file (a few kB; the largest header allowed holds 10,000 values); it bounds
# what one file can make the loader hold and check (seconds per MB).
MAX_FILE_BYTES = 1024 * 1024


def read_library_file(path: Path) -> tuple[str | None, str]:
    """(the file's text, "") or (None, why it cannot be read, in one line)."""
    try:
        # O_NONBLOCK: opening a FIFO with no writer returns at once instead of waiting; the
        # type is then read from what was opened, so a file swapped meanwhile changes nothing.
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_BINARY", 0))
    except OSError as exc:
        return None, f"cannot read the file: {exc.strerror or exc}"
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            return None, "cannot read the file: not a regular file (a pipe, a device or a folder)"
        with os.fdopen(fd, "rb", closefd=False) as stream:
            data = stream.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        return None, f"cannot read the file: {exc.strerror or exc}"
    finally:
        os.close(fd)
    if len(data) > MAX_FILE_BYTES:
        return None, f"the file is larger than {MAX_FILE_BYTES // (1024 * 1024)} MB"
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return None, f"cannot read the file: {exc}"
    # The newlines a text-mode read gives (a file saved on Windows reads as it did).
    return text.replace("\r\n", "\n").replace("\r", "\n"), ""
