"""The line the front process hands to the jobs process, for both transports; its folder."""

from __future__ import annotations

from pathlib import Path

import pytest
from slack_bolt.request.async_request import AsyncBoltRequest
from slack_helpers import command_body, form

from bot.slack.forwarder import job_record
from bot.slack.jobs_server import read_record


def test_an_http_request_crosses_over_with_its_raw_body() -> None:
    body = command_body("revenue by region last month")
    req = AsyncBoltRequest(body=body, headers={"x-slack-retry-num": "1"}, mode="http")
    again = read_record(job_record(req, received_at=1.5, ack_ms=2.0))
    assert again is not None and again.raw_body == body and again.body == req.body
    assert again.headers["x-slack-retry-num"] == ["1"]
    assert again.context["job_seed"] == {"received_at": 1.5, "ack_ms": 2.0}


def test_a_socket_mode_payload_crosses_over_whole() -> None:
    payload = form(command_body("revenue by region last month"))
    req = AsyncBoltRequest(body=payload, mode="socket_mode")
    assert req.raw_body == ""  # Bolt keeps no raw body for Socket Mode
    again = read_record(job_record(req, received_at=1.5, ack_ms=None))
    assert again is not None and again.body == payload and again.mode == "socket_mode"


def test_an_unreadable_line_is_dropped() -> None:
    lines = (b"not json\n", b"[1, 2]\n", b'{"headers": {}}\n', b'{"headers": {}, "body": ""}\n')
    for line in lines:
        assert read_record(line) is None


def test_a_new_jobs_folder_clears_the_ones_kill_9_left_behind(
    short_tmp: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os
    import socket
    import time

    from bot.slack import process

    monkeypatch.setattr(process.tempfile, "gettempdir", lambda: str(short_tmp))
    old = time.time() - 3600

    def folder(name: str, *, listening: bool, age: float) -> tuple[Path, socket.socket]:
        path = short_tmp / f"{process.FOLDER_PREFIX}{name}"
        path.mkdir()
        server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        server.bind(str(path / "jobs.sock"))
        if listening:
            server.listen()
        else:
            server.close()  # the file stays, nobody answers: its serve died
        os.utime(path, (age, age))
        return path, server

    dead, _ = folder("dead", listening=False, age=old)
    young, _ = folder("young", listening=False, age=time.time())  # maybe a serve starting
    live, server = folder("live", listening=True, age=old)
    try:
        fresh = process.jobs_folder()
        assert not dead.exists() and young.exists() and live.exists() and fresh.is_dir()
    finally:
        server.close()


def test_a_deep_temporary_folder_still_gives_a_socket_that_binds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A TMPDIR too deep for a Unix socket's path (pytest-xdist's, macOS's) stopped `serve` with
    "AF_UNIX path too long": the jobs folder goes to a short temporary folder instead."""
    import shutil
    import socket

    from bot.slack import process

    deep = tmp_path / ("d" * 60) / ("e" * 60)
    deep.mkdir(parents=True)
    monkeypatch.setattr(process.tempfile, "gettempdir", lambda: str(deep))
    folder = process.jobs_folder()
    try:
        path = folder / process.SOCKET_NAME
        assert len(str(path)) <= process.SOCKET_PATH_MAX
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as server:
            server.bind(str(path))
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def test_no_short_temporary_folder_is_one_clear_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bot.errors import ConfigError
    from bot.slack import process

    deep = tmp_path / ("d" * 100)
    deep.mkdir()
    monkeypatch.setattr(process.tempfile, "gettempdir", lambda: str(deep))
    monkeypatch.setattr(process, "_SHORT_TEMP_DIRS", ())
    with pytest.raises(ConfigError, match="set TMPDIR to a shorter writable folder"):
        process.jobs_folder()
