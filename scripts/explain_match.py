"""Why the matcher decided what it did for one request: a debugging aid, off the match path.

    .venv/bin/python scripts/explain_match.py [--library DIR] [--today YYYY-MM-DD] [--switches] TEXT

Loads the library (and its known values, from DATA_DIR / WAREHOUSE_PATH as `datarequest match`
does), prints the decision, then for each re-ranked candidate its score and what its
extraction says (binds, values and bounds it would drop, breakdowns its rows cannot be per,
words said but not used, …). With --switches, every switch and weight of the matcher's modules
is flipped (a boolean) or zeroed (a number) one at a time and each one that changes the
decision or moves the best score is printed: which rule turned a request into a ticket, which
penalty kept a candidate below the threshold.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import json
import pkgutil
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.errors import UserFacingError  # noqa: E402
from bot.matching import matcher as M  # noqa: E402

_FIELDS = (
    "binds",
    "missing",
    "asked",
    "covered",
    "ignored",
    "foreign_values",
    "second_values",
    "dropped_filters",
    "dropped_bounds",
    "dropped_breakdowns",
    "misread_numbers",
    "grand_total_unmet",
    "other_grain",
    "refusals",
)


def _decide(text: str, library: Any, today: dt.date) -> tuple[str, str | None, list[str]]:
    try:
        d = M.match(text, library, today)
    except UserFacingError as exc:
        return "refused", exc.reason, []
    return d.status, d.query, [f"{c.query}={c.score:.3f}" for c in d.candidates]


def _best(text: str, library: Any, today: dt.date) -> dict[str, float]:
    M.clear_index_cache()
    results, _ent = M.index_for(library).score(text, today)
    return {q.name: s for s, q, _x in results}


def _switches() -> list[tuple[Any, str]]:
    """Every module-level constant of bot.matching, bot.language and bot.library.types that is
    a switch (bool) or a weight (int or float other than a count of things)."""
    import bot.language
    import bot.library.types
    import bot.matching

    found = []
    for pkg in (bot.matching, bot.language, bot.library.types):
        for info in pkgutil.iter_modules(pkg.__path__):
            mod = importlib.import_module(f"{pkg.__name__}.{info.name}")
            for name, value in vars(mod).items():
                if (
                    name.isupper()
                    and type(value) in (bool, int, float)
                    and not name.startswith("_")
                ):
                    found.append((mod, name))
    return found


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("text")
    ap.add_argument("--library", default=None)
    ap.add_argument("--today", default="2026-11-22")
    ap.add_argument("--switches", action="store_true")
    a = ap.parse_args()
    from bot.cli.common import library_settings, load_library_or_exit

    library = load_library_or_exit(library_settings(a))
    today = dt.date.fromisoformat(a.today)
    status, query, cands = _decide(a.text, library, today)
    print(f"decision: {status} {query or ''} {' '.join(cands)}")
    M.clear_index_cache()
    index = M.index_for(library)
    seen: dict[str, Any] = {}
    plain_top = index.postings.top

    def top(uniq: list[str], weights: dict[str, float], *rest: Any) -> list[tuple[float, int]]:
        seen["words"] = {s: round(weights[s], 2) for s in uniq}
        got = plain_top(uniq, weights, *rest)
        seen["lexical"] = {index.entries[i].query.name: s for s, i in got}
        return got

    index.postings.top = top  # type: ignore[method-assign]
    results, ent = index.score(a.text, today)
    print(f"masked: {ent.masked!r}")
    print(f"content words (idf): {seen['words']}")
    for s, q, x in results[: M.signals.RERANK_TOP]:
        lexical = seen["lexical"][q.name]
        print(f"\n{q.name}: {s:.4f} (lexical {lexical:.4f}, the rest {s - lexical:+.4f})")
        for f in _FIELDS:
            v = getattr(x, f)
            if v:
                print(f"  {f}: {json.dumps(v, default=sorted, ensure_ascii=False)}")
    if not a.switches:
        return 0
    print("\nswitches that change the decision or move a score by 0.01 or more:")
    before = _best(a.text, library, today)
    for mod, name in _switches():
        value = getattr(mod, name)
        setattr(mod, name, (not value) if isinstance(value, bool) else type(value)(0))
        try:
            after = _decide(a.text, library, today)
            moved = {
                q: round(s - before.get(q, 0.0), 3)
                for q, s in _best(a.text, library, today).items()
                if abs(s - before.get(q, 0.0)) >= 0.01
            }
        except Exception as exc:  # a zeroed weight may divide by zero: say so, go on
            after, moved = ("error", type(exc).__name__, []), {}
        finally:
            setattr(mod, name, value)
        if after[:2] != (status, query) or moved:
            short = mod.__name__.rsplit(".", 1)[-1]
            print(f"  {short}.{name}={value!r} off: {after[0]} {after[1] or ''} {moved or ''}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
