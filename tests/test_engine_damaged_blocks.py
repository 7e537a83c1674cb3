"""A warehouse file with damaged blocks is said to be damaged, in one line, at opening or later.

Found: DuckDB says "Corrupt database file: computed checksum … in block at location …", and the
opening took the "lock" in "block" for a file another process holds open for writing (which
sends the operator after a process that does not exist); a query over a damaged block showed
the person DuckDB's checksums instead of the plain line a truncated file gets.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from bot.engines.demo_data import TABLES, generate
from bot.engines.duckdb_engine import DuckDBEngine
from bot.errors import ConfigError, QueryFailed


@pytest.fixture(scope="module")
def good(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    path = tmp_path_factory.mktemp("blocks") / "warehouse.duckdb"
    generate(path, scale=0.005, today=dt.date(2026, 11, 22))
    return path.read_bytes()


def _damaged_copy(tmp_path: Path, data: bytes, *offsets: int) -> Path:
    raw = bytearray(data)
    for offset in offsets:
        raw[offset : offset + 8192] = b"\xa5" * 8192
    path = tmp_path / "damaged.duckdb"
    path.write_bytes(bytes(raw))
    return path


def test_a_damaged_header_is_not_taken_for_a_lock(tmp_path: Path, good: bytes) -> None:
    for offset in (0, 4096):
        with pytest.raises(ConfigError) as info:
            DuckDBEngine(_damaged_copy(tmp_path, good, offset))
        message = str(info.value)
        assert "corrupt or truncated" in message and "another process" not in message, message


def test_a_query_over_a_damaged_block_says_the_file_is_damaged(tmp_path: Path, good: bytes) -> None:
    # The start of every data block (DuckDB: 256 KiB blocks after a 12 KiB header), where the
    # rows are: the block's checksum no longer matches.
    blocks = range(12288 + 262144, len(good) - 8192, 262144)
    path = _damaged_copy(tmp_path, good, *(start + 4096 for start in blocks))
    engine = DuckDBEngine(path)
    failed: list[str] = []
    try:
        for table in TABLES:
            try:
                engine.run(f"SELECT * FROM {table}", {}, timeout_s=30, max_rows=10**6)
            except QueryFailed as exc:
                failed.append(exc.reason)
    finally:
        engine.close()
    assert failed  # the damage is found
    for reason in failed:
        assert reason.startswith("The warehouse file cannot be read (damaged or truncated)"), reason
        assert "checksum" not in reason
