"""`datarequest tickets promote`: a done ticket's SQL into the library, once.

Idempotent like the Slack path (`bot.slack.use_cases.promote_to_library`): run again after a run
that died, it completes this promotion's own file or says it is done; never a `NAME_2` copy. Only
the standard library at module level (the fast path of `datarequest match`).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from bot.cli.common import cli_settings
from bot.cli.db_cmds import now, session_factory, ticket_service
from bot.cli.people import team_command
from bot.errors import ECHO_CHARS, UserFacingError, clip, echoed


def _param_specs(args: argparse.Namespace) -> dict[str, Any]:
    from bot.library.promote import ParamSpec  # the library: off the fast path

    def pairs(values: list[str] | None, flag: str) -> list[tuple[str, str]]:
        out = []
        for item in values or []:
            name, sep, value = item.partition("=")
            if not sep or not name.strip():
                raise UserFacingError(f"{flag} needs NAME=VALUE, not {echoed(item)}.")
            out.append((name.strip(), value))
        return out

    literals: dict[str, list[str]] = {}
    for name, value in pairs(args.param, "--param"):
        literals.setdefault(name, []).append(value)
    types = dict(pairs(args.type, "--type"))
    defaults = dict(pairs(args.default, "--default"))
    choices = {
        k: tuple(c.strip() for c in v.split(",") if c.strip())
        for k, v in pairs(args.choices, "--choices")
    }
    for name in {*types, *defaults, *choices} - set(literals):
        raise UserFacingError(
            f"Parameter {echoed(name)} has no --param {clip(name, ECHO_CHARS)}=LITERAL."
        )
    specs = {}
    for name, found in literals.items():
        specs[name] = ParamSpec(
            literal=found[0] if len(found) == 1 else tuple(found),
            type=types.get(name),
            default=defaults.get(name),
            choices=choices.get(name, ()),
            optional=name in (args.optional or []),
        )
    return specs


def _own_files(library: Any, folder: Path, ticket_id: int) -> set[str]:
    """Names of the library's files in `folder` written by promoting ticket `ticket_id`."""
    from bot.library.promote import promoted_on

    ours, where = set(), folder.resolve()
    for name, query in library.queries.items():
        if query.path is not None and query.path.parent.resolve() == where:
            try:
                text = query.path.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError):
                continue
            if promoted_on(text, ticket_id) is not None:
                ours.add(name)
    return ours


def _complete(
    args: argparse.Namespace, service: Any, draft: Any, folder: Path, redraft: Any, names: set[str]
) -> tuple[Any, Path | None]:
    """This ticket's own promotion file found in the library: (its draft, None) when the query is
    already stored from this ticket (history recorded once), (its draft, its path) when a run that
    died left it unstored and it is exactly what this promotion writes; refused otherwise."""
    from bot.library.promote import own_left_behind
    from bot.library.store import ticket_of

    settings = cli_settings()
    path = folder / draft.filename
    if not args.dir and ticket_of(session_factory(settings), draft.name) == args.id:
        service.record_promotion_once(args.id, args.user, draft.name, str(path))
        return draft, None
    left = own_left_behind(path, args.id, lambda day: redraft(day, names - {draft.name}))
    if left is None:
        raise UserFacingError(f"A query named {draft.name!r} already exists in the library.")
    return left, path


@team_command
def cmd_promote(args: argparse.Namespace) -> int:
    from bot.engines.catalog import warehouse_tables  # the warehouse: off the fast path
    from bot.engines.registry import EngineRegistry
    from bot.library.loader import check_library
    from bot.library.promote import write_draft

    settings = cli_settings()
    service = ticket_service(settings)
    library, _problems = check_library(settings.query_library)
    engines = EngineRegistry(settings)
    try:  # the SQL may read only the warehouse's own tables
        tables = warehouse_tables(engines, settings)
    finally:
        engines.close()
    today = now().astimezone(ZoneInfo(settings.timezone)).date()
    folder = Path(args.dir) if args.dir else settings.query_library / "promoted"
    ours = set() if args.overwrite else _own_files(library, folder, args.id)

    def redraft(day: dt.date, taken: set[str]) -> Any:
        return service.promote(
            args.id,
            today=day,
            name=args.name,
            title=args.title,
            params=_param_specs(args),
            existing_names=taken,
            tables=tables,
        )

    draft = redraft(today, set(library.queries) - ours)
    for warning in draft.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    if args.dry_run:
        print(draft.text, end="")
        return 0
    if draft.name in ours:  # a run that died wrote this promotion's file: complete it, once
        draft, path = _complete(args, service, draft, folder, redraft, set(library.queries))
        if path is None:
            print(f"Ticket #{args.id} is already promoted to query {draft.name!r}.")
            return 0
    else:
        path = write_draft(draft, folder, overwrite=args.overwrite)
    if not args.dir:  # into the library: every process and host also gets it from the database
        from bot.library.store import save_query  # sqlalchemy: off the fast path

        save_query(
            session_factory(settings),
            name=draft.name,
            text=draft.text,
            now=now(),
            promoted_by=args.user,
            ticket_id=args.id,
            overwrite=args.overwrite,
        )
    service.record_promotion(args.id, args.user, draft.name, str(path))
    print(f"Ticket #{args.id} promoted to query {draft.name!r}: {path}")
    print("Check it with `datarequest queries validate`.")
    return 0
