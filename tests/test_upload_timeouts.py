"""A file upload that times out before its completion: "could not be posted", not "did not confirm".

files_upload_v2 is three calls; only files.completeUploadExternal shares the file. A timeout of
files.getUploadURLExternal or of the POST of the bytes raised the same exception as one of the
completion, so the person read "Slack did not confirm the file", though nothing could have been
shared. Now only a completion that may have reached Slack says so; a step before it that keeps
timing out says the file could not be posted, and one that times out once is retried by the
client's one retry policy (the file is shared, nothing more is said). Signed HTTP into the
running app and the scheduler's own client, the fake Web API on loopback (`stall_next`).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fake_slack import FakeSlack
from slack_helpers import AppServer, app_settings, command_body

from bot.slack.client import make_sync_client
from bot.slack.uploads import UPLOAD_FAILURES, upload_failure_line

BIG = "list every single order line"  # a result too big for a table: its CSV is a file
TIMEOUT_S = 0.4  # the client's; a stalled step answers after STALL_S
STALL_S = 1.2


@pytest.fixture
def app(tmp_path: Path, fake: FakeSlack) -> Iterator[AppServer]:
    settings = app_settings(tmp_path, fake.api_url, slack_timeout_s=TIMEOUT_S)
    with AppServer(settings) as server:
        yield server


def _run(app: AppServer, fake: FakeSlack) -> tuple[list[dict], list[str]]:
    """Ask for a result with a CSV; (files shared, lines the person was told about it)."""
    assert app.post(command_body(BIG))[0] == 200
    app.drain(timeout=60)
    shared = [u for u in fake.uploads.values() if u.get("channel")]
    told = [
        c.args.get("text", "")
        for c in fake.calls_to("chat.postEphemeral") + fake.calls_to("chat.postMessage")
        if ".csv" in c.args.get("text", "") and "Slack" in c.args.get("text", "")
    ]
    return shared, told


@pytest.mark.parametrize("step", ["files.getUploadURLExternal", "upload"])
def test_a_step_before_the_completion_that_keeps_timing_out_could_not_be_posted(
    app: AppServer, fake: FakeSlack, step: str
) -> None:
    fake.stall_next(10, step, STALL_S)
    shared, told = _run(app, fake)
    assert not fake.calls_to("files.completeUploadExternal", ok_only=False)
    assert not shared and len(told) == 1, told
    assert "could not be posted" in told[0] and "did not confirm" not in told[0], told
    assert len(fake.calls_to(f"stalled:{step}", ok_only=False)) > 1  # tried again first


@pytest.mark.parametrize("step", ["files.getUploadURLExternal", "upload"])
def test_a_step_before_the_completion_that_times_out_once_is_retried(
    app: AppServer, fake: FakeSlack, step: str
) -> None:
    fake.stall_next(1, step, STALL_S)
    shared, told = _run(app, fake)
    assert len(shared) == 1 and told == []
    assert len(fake.calls_to("files.completeUploadExternal")) == 1


def test_a_completion_that_times_out_did_not_confirm_and_is_not_repeated(
    app: AppServer, fake: FakeSlack
) -> None:
    fake.stall_next(1, "files.completeUploadExternal", STALL_S)
    shared, told = _run(app, fake)
    assert len(fake.calls_to("stalled:files.completeUploadExternal", ok_only=False)) == 1
    fake.wait_for("files.completeUploadExternal")  # carried out once its stall is over
    assert len(fake.calls_to("files.completeUploadExternal", ok_only=False)) == 1  # not again
    # Slack shared it after the app gave up waiting: "did not confirm" is the honest line.
    assert not shared and [u for u in fake.uploads.values() if u.get("channel")]
    assert len(told) == 1 and "did not confirm" in told[0], told


@pytest.mark.parametrize(
    ("step", "line"),
    [
        ("upload", "could not be posted"),
        ("files.getUploadURLExternal", "could not be posted"),
        ("files.completeUploadExternal", "did not confirm"),
    ],
)
def test_the_scheduler_s_client_tells_the_steps_apart_too(
    tmp_path: Path, fake: FakeSlack, step: str, line: str
) -> None:
    settings = app_settings(tmp_path, fake.api_url, slack_timeout_s=TIMEOUT_S)
    client = make_sync_client(settings)
    fake.stall_next(10, step, STALL_S)
    with pytest.raises(UPLOAD_FAILURES) as failed:
        client.files_upload_v2(
            channel="C0GENERAL1", filename="orders.csv", content=b"a,b\n1,2\n", title="orders"
        )
    assert line in upload_failure_line(failed.value, "orders.csv")
