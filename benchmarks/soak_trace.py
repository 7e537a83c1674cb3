"""The slowest acks of a soak run beside what the `serve` processes traced meanwhile.

`bench_soak.py --trace DIR` runs the one-`serve` phase with `DATAREQUEST_ACK_TRACE=DIR`
(`bot/slack/ack_trace.py`); `explain` reads the traces and, for each of the slowest acks the load
generator saw, says where its time went in the front (arrival -> INSERT handed over -> commit
confirmed) and what happened while it waited: garbage collections, late ticks of an event loop
(a stall), CPU bursts and claims/jobs of the jobs process. Also summed over the whole run.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any


def read_traces(folder: Path) -> dict[str, list[dict[str, Any]]]:
    """Every traced line, by role ("front", "jobs")."""
    traces: dict[str, list[dict[str, Any]]] = {"front": [], "jobs": []}
    for path in sorted(folder.glob("*.jsonl")):
        role = path.name.split("-", 1)[0]
        for line in path.read_text().splitlines():
            if line.strip():
                traces.setdefault(role, []).append(json.loads(line))
    return traces


def _during(events: list[dict[str, Any]], start: float, end: float) -> list[dict[str, Any]]:
    out = []
    for e in events:
        if e["k"] == "tick":  # a tick covers (at - span, at]
            lo, hi = e["at"] - e["span_ms"] / 1000, e["at"]
        elif e["k"] in ("gc",):
            lo, hi = e["at"] - e["ms"] / 1000, e["at"]
        elif e["k"] == "job":
            lo, hi = e["at"], e["at"] + e["ms"] / 1000
        elif e["k"] in ("claim", "full"):
            lo = hi = e["at"]
        else:
            continue
        if hi >= start and lo <= end:
            out.append(e)
    return out


def _brief(e: dict[str, Any], start: float) -> str:
    at = round((e["at"] - start) * 1000, 1)
    if e["k"] == "tick":
        return f"tick@{at}ms late {e['late_ms']}ms cpu {e['cpu_ms']}/{e['span_ms']}ms"
    if e["k"] == "gc":
        return f"gc{e['gen']}@{at}ms {e['ms']}ms"
    if e["k"] == "job":
        return f"job@{at}ms {e['ms']}ms"
    if e["k"] == "full":
        return f"all intake connections busy@{at}ms ({e['n']} waiting)"
    return f"claim@{at}ms n={e['n']}"


def explain(
    folder: Path, samples: list[tuple[str, float, float, int]], slowest: int = 8
) -> dict[str, Any]:
    """`samples`: (delivery key, wall start, ack ms, n-th request of its round) of every
    request of one load step."""
    traces = read_traces(folder)
    front = {e["key"]: e for e in traces["front"] if e["k"] == "req"}
    others = {
        role: [e for e in events if e["k"] != "req"] for role, events in traces.items() if events
    }
    lines = []
    for key, start, ms, nth in sorted(samples, key=lambda s: -s[2])[:slowest]:
        end = start + ms / 1000
        req = front.get(key)
        where = "no trace"
        if req:
            where = (
                f"rx +{(req['rx'] - start) * 1000:.1f} out +{(req['out'] - start) * 1000:.1f} "
                f"commit +{(req['commit'] - start) * 1000:.1f}"
            )
        seen = {
            role: [_brief(e, start) for e in _during(events, start - 0.005, end)]
            for role, events in others.items()
        }
        lines.append({"ack_ms": round(ms, 2), "nth": nth, "request": where, **seen})
    start = min((s[1] for s in samples), default=0.0)
    end = max((s[1] + s[2] / 1000 for s in samples), default=0.0)
    totals: dict[str, Any] = {}
    for role, events in others.items():
        inside = _during(events, start, end)
        gcs = [e for e in inside if e["k"] == "gc"]
        stalls = [e for e in inside if e["k"] == "tick" and e["late_ms"] > 5]
        totals[role] = {
            "gc_over_1ms": len(gcs),
            "gc_max_ms": max((e["ms"] for e in gcs), default=0),
            "stalls_over_5ms": len(stalls),
            "stall_max_ms": max((e["late_ms"] for e in stalls), default=0),
            "busy_ticks": sum(1 for e in inside if e["k"] == "tick" and e["cpu_ms"] > e["span_ms"]),
            "intake_full": sum(1 for e in inside if e["k"] == "full"),
            "heap_at_end": next(
                (
                    {k: e[k] for k in ("old", "frozen", "full")}
                    for e in reversed(events)
                    if e["k"] == "heap" and e["at"] <= end
                ),
                None,
            ),
        }
    commits = sorted(
        (r["commit"] - r["out"]) * 1000 for r in front.values() if start <= r["rx"] <= end
    )
    if commits:
        totals["front_commit_ms_p50_p99_max"] = [
            round(commits[len(commits) // 2], 2),
            round(commits[max(0, int(len(commits) * 0.99) - 1)], 2),
            round(commits[-1], 2),
        ]
    return {"slowest": lines, "totals": totals}
