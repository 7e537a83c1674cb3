"""Matcher benchmark: score, latency, a 2,000-query library, cold start, peak memory.

    .venv/bin/python benchmarks/bench_matcher.py [--quick]

Prints the figures recorded in BENCHMARKS.md. Each measurement that needs its own memory
figure runs in a child process (peak RSS from wait4). No timing is asserted anywhere.
"""

from __future__ import annotations

import argparse
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
SHARED = ROOT.parent / "shared"
PUBLIC = SHARED / "spec" / "requests-public.jsonl"
DEV = ROOT / "tests" / "data" / "requests-dev.jsonl"
CLI = str(Path(sys.executable).parent / "datarequest")
TODAY = "2026-11-22"


def peak_child(argv: list[str], stdin: str | None = None) -> tuple[float, int, str, float]:
    """Run a child; return (wall s, peak RSS MiB, stdout, CPU s = user + sys)."""
    started = time.perf_counter()
    proc = subprocess.Popen(
        argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    )
    assert proc.stdin is not None and proc.stdout is not None
    if stdin:
        proc.stdin.write(stdin)
    proc.stdin.close()
    out = proc.stdout.read()
    _pid, _status, usage = os.wait4(proc.pid, 0)
    cpu = usage.ru_utime + usage.ru_stime
    return time.perf_counter() - started, usage.ru_maxrss // 1024, out, cpu


def score(path: Path) -> str:
    out = subprocess.run(
        [
            sys.executable,
            str(SHARED / "tools" / "score_matcher.py"),
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
---*/
SELECT {dim}, COUNT(*) AS n FROM t_{i}
WHERE d BETWEEN :period_start AND :period_end
{{% if {dim} %}}AND {dim} = :{dim}{{% endif %}}
GROUP BY {dim}
"""
        sub = folder / f"group_{i % 20}"
        sub.mkdir(parents=True, exist_ok=True)
        (sub / f"{name}.sql").write_text(text, encoding="utf-8")


def latency(library_dir: str, texts: list[str], repeat: int) -> None:
    """Child-process body: load, index, then time each match."""
    import datetime as dt

    from bot.library.loader import load_library
    from bot.matching.matcher import index_for, match

    today = dt.date.fromisoformat(TODAY)
    t0 = time.perf_counter()
    lib = load_library(library_dir)
    t1 = time.perf_counter()
    index_for(lib)
    t2 = time.perf_counter()
    samples, cpu = [], []
    for _ in range(repeat):
        for text in texts:
            s, c = time.perf_counter(), time.thread_time()
            match(text, lib, today)
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
    ap.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    a = ap.parse_args()
    texts = requests_texts()
    if a.child:
        latency(a.child[0], texts, int(a.child[1]))
        return
    repeat = 3 if a.quick else 20
    print(f"machine: nproc={os.cpu_count()}, python {sys.version.split()[0]}")
    print(f"score, public sample ({PUBLIC.name}): {score(PUBLIC)}")
    print(f"score, dev set ({DEV.name}): {score(DEV)}")

    for label, lib_dir, rep in (
        ("starter library", str(ROOT / "queries"), repeat),
        ("generated 2,000-query library", None, max(1, repeat // 4)),
    ):
        tmp = None
        if lib_dir is None:
            tmp = Path(tempfile.mkdtemp(prefix="bench-lib-"))
            generate_library(tmp, 2000)
            lib_dir = str(tmp)
        try:
            _wall, rss, out, _cpu = peak_child(
                [sys.executable, __file__, "--child", lib_dir, str(rep)]
            )
            data = json.loads(out)
            print(
                f"{label}: {data['n_queries']} queries, load {data['load_s']:.2f} s + index {data['index_s']:.2f} s; "
                f"match wall {percentiles(data['samples'])}; match CPU {percentiles(data['cpu'])}; peak RSS {rss} MiB"
            )
        finally:
            if tmp:
                shutil.rmtree(tmp, ignore_errors=True)

    colds, cpus, rss_max = [], [], 0
    for _ in range(5 if a.quick else 15):
        argv = [CLI, "match", "revenue by region last month", "--today", TODAY, "--json"]
        wall, rss, _out, cpu = peak_child(argv)
        colds.append(wall)
        cpus.append(cpu)
        rss_max = max(rss_max, rss)
    print(
        f"cold start `datarequest match TEXT --json`: wall median {statistics.median(colds):.3f} s "
        f"(max {max(colds):.3f} s), CPU median {statistics.median(cpus):.3f} s, {len(colds)} runs; "
        f"peak RSS {rss_max} MiB; load average {os.getloadavg()[0]:.1f}"
    )


if __name__ == "__main__":
    main()
