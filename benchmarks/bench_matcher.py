"""Matcher benchmark: score, latency, a 2,000-query library with 100,000 known values, cold
start with known values present, `queries refresh-values` on the demo warehouse, peak memory.

    .venv/bin/python benchmarks/bench_matcher.py [--quick] [--base /work/base] [--refresh-scale 1]

With --base, every measurement also runs on that checkout (its own .venv), side by side in
one run. Prints the figures recorded in BENCHMARKS.md. Each measurement that needs its own
memory figure runs in a child process (peak RSS from wait4). No timing is asserted anywhere.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PUBLIC = ROOT / "docs" / "requests-public.jsonl"  # the contract's copy (tests/test_docs.py)
SCORER = os.environ.get("SCORER", "/work/shared/tools/score_matcher.py")
DEV = ROOT / "tests" / "data" / "requests-dev.jsonl"
CLI = str(Path(sys.executable).parent / "datarequest")
TODAY = "2026-11-22"


def peak_child(
    argv: list[str], stdin: str | None = None, env: dict[str, str] | None = None
) -> tuple[float, int, str, float]:
    """Run a child; return (wall s, peak RSS MiB, stdout, CPU s = user + sys).

    The peak RSS comes from /usr/bin/time when there is one: a child's own ru_maxrss also counts
    the pages of this process it was forked from (100,000 values held here for the cold start
    made a 40 MiB `match` read as 135 MiB)."""
    timer = shutil.which("time", path="/usr/bin:/bin")
    rss_file = None
    if timer:
        fd, rss_file = tempfile.mkstemp(suffix=".rss")
        os.close(fd)
        argv = [timer, "-f", "%M", "-o", rss_file, *argv]
    started = time.perf_counter()
    proc = subprocess.Popen(
        argv,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    assert proc.stdin is not None and proc.stdout is not None
    if stdin:
        proc.stdin.write(stdin)
    proc.stdin.close()
    out = proc.stdout.read()
    _pid, _status, usage = os.wait4(proc.pid, 0)
    wall, cpu, rss_kib = time.perf_counter() - started, usage.ru_utime + usage.ru_stime, 0
    if rss_file:
        with contextlib.suppress(ValueError, IndexError):
            rss_kib = int(Path(rss_file).read_text().split()[-1])
        Path(rss_file).unlink(missing_ok=True)
    return wall, (rss_kib or usage.ru_maxrss) // 1024, out, cpu


def code_of(checkout: Path, env: dict[str, str] | None = None) -> dict[str, str]:
    """`env` with `checkout`'s own code first on the path: worktrees often share one .venv
    whose editable install points at another checkout, so the venv alone does not pick it."""
    env = dict(os.environ if env is None else env)
    env["PYTHONPATH"] = os.pathsep.join(
        [str(checkout), *[p for p in env.get("PYTHONPATH", "").split(os.pathsep) if p]]
    )
    return env


def score(path: Path) -> str:
    out = subprocess.run(
        [
            sys.executable,
            SCORER,
            str(path),
            "--cmd",
            CLI,
            "--show-errors",
            "0",
        ],
        capture_output=True,
        text=True,
        check=False,
    ).stdout
    keep = [
        ln
        for ln in out.splitlines()
        if ln.startswith(("score=", "wrong-run", "in-scope top-1", "ticket (unmatched) recall"))
    ]
    return " | ".join(s.strip() for s in keep)


def percentiles(samples: list[float]) -> str:
    samples = sorted(samples)
    p = lambda q: samples[min(len(samples) - 1, int(q * len(samples)))] * 1000  # noqa: E731
    return f"p50 {p(0.50):.2f} ms, p99 {p(0.99):.2f} ms, max {samples[-1] * 1000:.2f} ms (n={len(samples)})"


WORDS = [
    "account",
    "activation",
    "adoption",
    "agent",
    "airline",
    "airport",
    "allocation",
    "applicant",
    "application",
    "appointment",
    "asset",
    "attendance",
    "audit",
    "balance",
    "basket",
    "batch",
    "bed",
    "benefit",
    "billing",
    "booking",
    "branch",
    "budget",
    "cabin",
    "call",
    "campaign",
    "candidate",
    "capacity",
    "carrier",
    "case",
    "cash",
    "category",
    "claim",
    "clinic",
    "cohort",
    "commission",
    "complaint",
    "contract",
    "conversion",
    "cost",
    "coupon",
    "course",
    "coverage",
    "crew",
    "delay",
    "delivery",
    "department",
    "deposit",
    "device",
    "discount",
    "doctor",
    "donation",
    "driver",
    "employee",
    "engagement",
    "enrollment",
    "event",
    "expense",
    "fare",
    "fee",
    "flight",
    "fleet",
    "freight",
    "grade",
    "headcount",
    "hire",
    "hotel",
    "incident",
    "inspection",
    "installation",
    "insurance",
    "interview",
    "inventory",
    "invoice",
    "item",
    "lead",
    "lease",
    "license",
    "listing",
    "loan",
    "login",
    "loyalty",
    "maintenance",
    "member",
    "membership",
    "mileage",
    "order",
    "outage",
    "overtime",
    "parcel",
    "partner",
    "passenger",
    "patient",
    "payment",
    "payroll",
    "pension",
    "policy",
    "premium",
    "prescription",
    "project",
    "promotion",
    "property",
    "purchase",
    "quote",
    "rating",
    "refund",
    "renewal",
    "rental",
    "reservation",
    "return",
    "revenue",
    "review",
    "ride",
    "route",
    "salary",
    "sale",
    "seat",
    "session",
    "shift",
    "shipment",
    "signup",
    "site",
    "spend",
    "staff",
    "store",
    "student",
    "subscriber",
    "supplier",
    "support",
    "survey",
    "table",
    "task",
    "teacher",
    "tenant",
    "ticket",
    "timesheet",
    "trade",
    "training",
    "transaction",
    "transfer",
    "trip",
    "turnover",
    "unit",
    "upgrade",
    "usage",
    "vacancy",
    "vehicle",
    "vendor",
    "visit",
    "visitor",
    "voucher",
    "wage",
    "warehouse",
    "warranty",
    "withdrawal",
]
MEASURES = [
    "count",
    "total",
    "average",
    "median",
    "share",
    "rate",
    "number",
    "sum",
    "trend",
    "growth",
    "list",
    "top",
]
DIMS = [
    "region",
    "country",
    "city",
    "channel",
    "plan",
    "platform",
    "team",
    "segment",
    "status",
    "type",
    "category",
    "source",
]


VALUES_PER_QUERY = 50  # 2,000 queries x 50 = 100,000 known values


def generated_values(n: int, seed: int = 11) -> dict[str, dict[str, list[str]]]:
    """Known values for the generated library: two-word names, 50 per query."""
    rng = random.Random(seed)
    first = [w.capitalize() for w in WORDS]
    out: dict[str, dict[str, list[str]]] = {}
    rng2 = random.Random(7)  # the same names generate_library draws
    for i in range(n):
        noun, noun2 = rng2.sample(WORDS, 2)
        measure, dim = rng2.choice(MEASURES), rng2.choice(DIMS)
        name = f"{measure}_{noun}_{noun2}_by_{dim}_{i}"
        out[name] = {
            "name": [
                f"{rng.choice(first)} {rng.choice(first)}ville {i}-{k}"
                for k in range(VALUES_PER_QUERY)
            ]
        }
    return out


def generate_library(folder: Path, n: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    for i in range(n):
        noun, noun2 = rng.sample(WORDS, 2)
        measure, dim = rng.choice(MEASURES), rng.choice(DIMS)
        name = f"{measure}_{noun}_{noun2}_by_{dim}_{i}"
        examples = [
            f"{measure} of {noun} {noun2} by {dim} last month",
            f"how many {noun}s per {dim} for {noun2}",
            f"{noun} {noun2} {measure} split by {dim} this year",
        ]
        text = f"""/*---
name: {name}
title: {measure.capitalize()} of {noun} {noun2} by {dim}
description: The {measure} of {noun} {noun2} records per {dim} over a period.
examples: {json.dumps(examples)}
keywords: [{noun}, {noun2}, {dim}]
params:
  period: {{type: date_range, default: last month}}
  {dim}: {{type: choice, choices: [a{i}, b{i}, c{i}], optional: true}}
  name: {{type: string, optional: true}}
---*/
SELECT {dim}, COUNT(*) AS n FROM t_{i}
WHERE d BETWEEN :period_start AND :period_end
{{% if {dim} %}}AND {dim} = :{dim}{{% endif %}}
{{% if name %}}AND name = :name{{% endif %}}
GROUP BY {dim}
"""
        sub = folder / f"group_{i % 20}"
        sub.mkdir(parents=True, exist_ok=True)
        (sub / f"{name}.sql").write_text(text, encoding="utf-8")


def latency(library_dir: str, texts: list[str], repeat: int, n_generated: int = 0) -> None:
    """Child-process body: load, index, then time each match (a refusal counts as a match)."""
    import datetime as dt

    from bot.errors import UserFacingError

    try:
        from bot.library.loader import load_library
        from bot.matching.matcher import index_for, match
    except ModuleNotFoundError:  # a checkout from before bot/ had sub-packages
        from bot.matcher import index_for, match  # type: ignore[no-redef]

        from bot.library import load_library  # type: ignore[no-redef]

    def timed_match(text: str) -> None:
        with contextlib.suppress(UserFacingError):
            match(text, lib, today)

    keys = {}
    if n_generated:
        try:  # keyed ahead of time, as `queries refresh-values` stores them
            from bot.library.known_values import value_keys

            try:  # with the other kinds of key a refresh stores (bot.library.value_spellings)
                keys = value_keys(generated_values(n_generated), kinds=True)
            except TypeError:  # a matcher that stores values' words only
                keys = value_keys(generated_values(n_generated))
        except ImportError:  # a matcher without known values
            pass
    today = dt.date.fromisoformat(TODAY)
    t0 = time.perf_counter()
    lib = load_library(library_dir)
    lib.value_keys = keys
    t1 = time.perf_counter()
    index_for(lib)
    with contextlib.suppress(AttributeError):  # a matcher without `warm`
        index_for(lib).values.warm()  # as `serve` does before its first request
    t2 = time.perf_counter()
    samples, cpu = [], []
    for _ in range(repeat):
        for text in texts:
            s, c = time.perf_counter(), time.thread_time()
            timed_match(text)
            cpu.append(time.thread_time() - c)
            samples.append(time.perf_counter() - s)
    print(
        json.dumps(
            {
                "load_s": t1 - t0,
                "index_s": t2 - t1,
                "n_queries": len(lib),
                "samples": samples,
                "cpu": cpu,
            }
        )
    )


def requests_texts() -> list[str]:
    texts = []
    for path in (PUBLIC, DEV):
        if path.exists():
            texts += [
                json.loads(line)["text"] for line in path.read_text().splitlines() if line.strip()
            ]
    return texts


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true", help="fewer repetitions")
    ap.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    ap.add_argument("--base", help="another checkout (with its own .venv) to measure alongside")
    ap.add_argument(
        "--refresh-scale", type=float, default=1.0, help="demo warehouse scale for refresh-values"
    )
    a = ap.parse_args()
    texts = requests_texts()
    if a.child:
        latency(a.child[0], texts, int(a.child[1]), int(a.child[2]))
        return
    checkouts = [("this", ROOT)] + ([("base", Path(a.base))] if a.base else [])
    repeat = 3 if a.quick else 20
    print(f"machine: nproc={os.cpu_count()}, python {sys.version.split()[0]}")
    print(f"score, public sample ({PUBLIC.name}): {score(PUBLIC)}")
    print(f"score, dev set ({DEV.name}): {score(DEV)}")

    tmp = Path(tempfile.mkdtemp(prefix="bench-lib-"))
    try:
        generate_library(tmp / "generated", 2000)
        for label, lib_dir, rep, n_gen in (
            ("starter library", str(ROOT / "queries"), repeat, 0),
            (
                "generated 2,000-query library, 100,000 known values",
                str(tmp / "generated"),
                max(1, repeat // 4),
                2000,
            ),
        ):
            for who, checkout in checkouts:
                python = str(checkout / ".venv" / "bin" / "python")
                _wall, rss, out, _cpu = peak_child(
                    [python, __file__, "--child", lib_dir, str(rep), str(n_gen)],
                    env=code_of(checkout),
                )
                data = json.loads(out)
                print(
                    f"[{who}] {label}: {data['n_queries']} queries, load {data['load_s']:.2f} s + "
                    f"index and lookups {data['index_s']:.2f} s; match wall {percentiles(data['samples'])}; "
                    f"match CPU {percentiles(data['cpu'])}; peak RSS {rss} MiB"
                )
        cold_start(checkouts, tmp, 5 if a.quick else 15)
        refresh_values(tmp, a.refresh_scale)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def cold_start(checkouts: list[tuple[str, Path]], tmp: Path, runs: int) -> None:
    """`datarequest match TEXT --json` in a fresh process, with 100,000 known values stored."""
    from bot.library.known_values import save_values, values_file

    data, warehouse = tmp / "data", tmp / "warehouse.duckdb"
    values = {"customer_lookup": {"customer": [f"Customer {i:06d} Ltd" for i in range(100_000)]}}
    path = values_file(data, ROOT / "queries", warehouse)
    save_values(path, values, library=str(ROOT / "queries"), warehouse=str(warehouse))
    env = {**os.environ, "DATA_DIR": str(data), "WAREHOUSE_PATH": str(warehouse)}
    env.update({"QUERY_LIBRARY": str(ROOT / "queries")})
    # An installed package has its bytecode (pip compiles it; a checkout writes it on its
    # first run). Without this, a shell that sets PYTHONDONTWRITEBYTECODE (as these machines
    # do) makes every start compile each module from source: ~2x the wall time measured.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    # A data folder per checkout, as each deployment has its own: what a start keeps there (the
    # parsed library, compiled patterns) is checked against the code that made it, and one
    # folder shared by two versions would have each start throw the other's copy away.
    own_data = {}
    for who, _c in checkouts:
        shutil.copytree(data, tmp / f"data-{who}")
        own_data[who] = {**env, "DATA_DIR": str(tmp / f"data-{who}")}
    # The second text names a stored customer in part and with a typo: the lookups for those
    # (built on first use, bot.matching.values `warm`) are paid by this one request.
    texts = ("revenue by region last month", "details for Customer 004217 Lt")
    for text in texts:
        # The checkouts' runs alternate, so a change in the machine's load falls on both.
        words = ["match", text, "--today", TODAY, "--json"]
        argvs = {
            who: ([str(c / ".venv" / "bin" / "datarequest"), *words], code_of(c, own_data[who]))
            for who, c in checkouts
        }
        for argv, own in argvs.values():
            peak_child(argv, env=own)  # not measured: writes the bytecode, as a first run does
        walls: dict[str, list[float]] = {who: [] for who in argvs}
        cpus: dict[str, list[float]] = {who: [] for who in argvs}
        rss_max = dict.fromkeys(argvs, 0)
        for _ in range(runs):
            for who, (argv, own) in argvs.items():
                wall, rss, _out, cpu = peak_child(argv, env=own)
                walls[who].append(wall)
                cpus[who].append(cpu)
                rss_max[who] = max(rss_max[who], rss)
        for who in argvs:
            print(
                f"[{who}] cold start `datarequest match {text!r} --json` (100,000 known values "
                f"stored): wall median {statistics.median(walls[who]):.3f} s (max "
                f"{max(walls[who]):.3f} s), CPU median {statistics.median(cpus[who]):.3f} s, "
                f"{runs} runs; peak RSS {rss_max[who]} MiB; load average {os.getloadavg()[0]:.1f}"
            )


def refresh_values(tmp: Path, scale: float) -> None:
    """`datarequest queries refresh-values` on the demo warehouse at `scale`."""
    warehouse = tmp / f"demo-{scale}.duckdb"
    env = {**os.environ, "DATA_DIR": str(tmp / "data"), "WAREHOUSE_PATH": str(warehouse)}
    env.update({"QUERY_LIBRARY": str(ROOT / "queries")})
    gen = [CLI, "demo-data", "--scale", str(scale), "--path", str(warehouse), "--today", TODAY]
    subprocess.run(gen, env=env, capture_output=True, check=True)
    wall, rss, out, cpu = peak_child([CLI, "queries", "refresh-values"], env=env)
    print(
        f"`queries refresh-values` on the scale-{scale:g} demo warehouse: wall {wall:.2f} s, "
        f"CPU {cpu:.2f} s, peak RSS {rss} MiB ({out.strip()})"
    )


if __name__ == "__main__":
    main()
