"""uvicorn's own log lines (an exception in the app, a path) go through the redacting handlers."""

from __future__ import annotations

import subprocess
import sys
import textwrap

SECRET = "xoxb-1234567890-abcdefghijklmnopqrstu"

# `serve` in small: the one logging set-up, a secret known to the redaction, and the uvicorn
# server `serve_http` runs, serving an application that fails with the secret in its message
# (here the request's path, so both reach uvicorn's "Exception in ASGI application" record).
SCRIPT = textwrap.dedent(
    f"""
    import socket, threading, time, urllib.error, urllib.request
    from bot.logconfig import configure_logging
    from bot.redaction import remember
    from bot.slack.http import uvicorn_server

    configure_logging("INFO")
    remember([{SECRET!r}])

    async def application(scope, receive, send):
        if scope["type"] == "lifespan":
            while True:
                message = await receive()
                await send({{"type": message["type"] + ".complete"}})
                if message["type"] == "lifespan.shutdown":
                    return
        raise RuntimeError("cannot serve " + scope["path"])

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn_server(application, port=port, host="127.0.0.1")
    thread = threading.Thread(target=server.run)
    thread.start()
    while not server.started:
        time.sleep(0.02)
    try:
        urllib.request.urlopen(f"http://127.0.0.1:{{port}}/slack/{SECRET}", timeout=10)
    except urllib.error.HTTPError as exc:
        assert exc.code == 500, exc.code
    server.should_exit = True
    thread.join(30)
    """
)


def test_a_secret_in_a_path_or_an_exception_logged_by_uvicorn_is_redacted() -> None:
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=60, check=False
    )
    output = done.stdout + done.stderr
    assert done.returncode == 0, output
    assert "Exception in ASGI application" in output  # uvicorn did log it
    assert "RuntimeError: cannot serve /slack/[redacted]" in output
    assert SECRET not in output
    # Through the product's handler (its format), not uvicorn's own.
    assert " ERROR uvicorn.error: Exception in ASGI application" in output
