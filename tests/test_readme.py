"""The README, followed literally on a fresh clone: its quickstart sets up and starts the shell.

The checkout is cloned (git clone of the committed HEAD) into a temporary folder, and the
commands of the README's quickstart block run there with the shell driven by scripted input: a
real answer, a ticket, a claim as another person, a close, and the next morning's digest showing
it closed must come out.

To stay within about a minute the clone's `.venv` is made beforehand and sees this
interpreter's installed packages (a `.pth` line), so the quickstart's `pip install -e .` only
installs the project itself; everything else it does is as a newcomer would see it.
"""

from __future__ import annotations

import os
import re
import site
import subprocess
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
README = REPO_ROOT / "README.md"

SCRIPT = """\
/datarequest top 5 customers last quarter
/datarequest churn forecast for the new loyalty programme by cohort
/as bob
/click Claim
/click Close
Worked out by hand: 12% churn expected.


/time 2026-12-02 09:05
/quit
"""


def readme_block(heading: str) -> str:
    """The first ```bash block under `heading` in the README."""
    text = README.read_text(encoding="utf-8")
    section = text.split(f"## {heading}", 1)[1]
    match = re.search(r"```bash\n(.*?)```", section, flags=re.DOTALL)
    assert match, f"no bash block under '## {heading}'"
    return match.group(1)


def test_the_readme_names_the_two_commands() -> None:
    assert readme_block("Quickstart").strip().splitlines()[-1] == "./scripts/quickstart"
    assert ".venv/bin/python -m pytest -q -n 2" in readme_block("Run the tests")
    text = README.read_text(encoding="utf-8")
    for name in ("examples/roster.yaml", "examples/schedules.yaml", "datarequest doctor"):
        assert name in text
        if name.startswith("examples/"):
            assert (REPO_ROOT / name).is_file()


def _venv_reusing_these_packages(clone: Path) -> None:
    subprocess.run([sys.executable, "-m", "venv", str(clone / ".venv")], check=True)
    packages = next(clone.glob(".venv/lib/python3*/site-packages"))
    here = [p for p in site.getsitepackages() if Path(p).is_dir()]
    (packages / "zz_reuse_test_packages.pth").write_text("\n".join(here) + "\n", encoding="utf-8")


def test_the_quickstart_on_a_fresh_clone(tmp_path: Path) -> None:
    clone = tmp_path / "datarequest"
    subprocess.run(
        ["git", "clone", "--quiet", str(REPO_ROOT), str(clone)], check=True, capture_output=True
    )
    _venv_reusing_these_packages(clone)
    commands = readme_block("Quickstart")
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("SLACK_", "DATABASE_URL", "ROSTER_", "SCHEDULES_", "WAREHOUSE_"))
    }
    # The data folder in tmp (not the home folder); a fixed clock (the test may not depend on
    # the day it runs); a small demo warehouse.
    env.update(DATA_DIR=str(tmp_path / "data"), DEMO_SCALE="0.01", PIP_NO_INPUT="1")
    done = subprocess.run(
        [
            "bash",
            "-euo",
            "pipefail",
            "-c",
            commands.replace(
                "./scripts/quickstart", './scripts/quickstart --now "2026-12-01 10:00"'
            ),
        ],
        cwd=clone,
        env=env,
        input=SCRIPT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    out = done.stdout
    assert done.returncode == 0, out[-3000:] + done.stderr[-3000:]
    assert "Traceback" not in out + done.stderr
    # A real answer from the demo warehouse.
    assert "Top customers by revenue" in out
    assert re.search(r"customer_id\s+name\s+email", out)
    assert "Jul 1 – Sep 30, 2026" in out
    # A ticket, claimed by another person, closed.
    assert "Ticket #1" in out and "No query answers" in out
    assert "@bob claimed the ticket." in out
    assert "@bob closed it: Worked out by hand: 12% churn expected." in out
    # The next morning's digest shows it closed.
    digest = out.split("Standup — Wednesday 2 December", 1)[1]
    assert re.search(r"@bob\s+1 closed", digest)
    assert "#1 churn forecast for the new loyalty programme by cohort" in digest


def test_the_readme_picture_is_what_the_shell_shows(tmp_path: Path) -> None:
    """The README's opening transcript, replayed: same lines (run times aside)."""
    import asyncio
    import io
    from datetime import UTC, datetime

    from bot.settings import Settings
    from bot.shell.start import ShellOptions, open_shell

    text = README.read_text(encoding="utf-8")
    picture = re.search(r"```text\n(caroline@#general> .*?)```", text, flags=re.DOTALL)
    assert picture, "the README has no shell transcript"
    expected = picture.group(1).splitlines()
    typed = [line.split("> ", 1)[1] for line in expected if line.startswith("caroline@#general> ")]
    out = io.StringIO()
    lines = list(typed)

    def ask(prompt: str) -> str | None:
        if not lines:
            return None
        line = lines.pop(0)
        out.write(prompt + line + "\n")
        return line

    async def replay() -> None:
        settings = Settings(data_dir=tmp_path / "data", timezone="UTC")
        options = ShellOptions(now=datetime(2026, 12, 1, 10, 0, tzinfo=UTC))
        async with open_shell(settings, out=out, ask=ask, options=options) as shell:
            await shell.run()

    asyncio.run(replay())
    shown = out.getvalue().splitlines()
    start = next(i for i, line in enumerate(shown) if line.startswith("caroline@#general> "))

    def timeless(line: str) -> str:
        return re.sub(r" · \d+ ms · ", " · N ms · ", line)

    assert [timeless(x) for x in shown[start:]] == [timeless(x) for x in expected]
