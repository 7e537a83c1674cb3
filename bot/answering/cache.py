"""The result cache: the same query with the same values reuses its last result for a while.

Entries live in the shared database (table `result_cache`, revision "0006_cache_library"), so
a result computed by one process answers the same request in any other. The key is a hash of
the query's name, engine, rendered SQL, bound values and row cap: a changed query file or other
values never hit an old entry. Results bigger than `max_cells` (rows × columns) are not stored;
entries older than the time to live are deleted as new ones are written. Values keep their
types through a small tagged JSON (dates, timestamps, decimals, bytes), so a cached result
renders exactly as the fresh one did.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import logging
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import Index, Integer, String, Text, delete, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Mapped, Session, mapped_column, sessionmaker

from bot.db.session import Base, UTCDateTime, write_session
from bot.engines.base import QueryResult

log = logging.getLogger(__name__)


class ResultCacheEntry(Base):
    __tablename__ = "result_cache"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    query_name: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    cells: Mapped[int] = mapped_column(Integer)
    payload: Mapped[str] = mapped_column(Text)

    __table_args__ = (Index("ix_result_cache_created_at", "created_at"),)


@dataclass(frozen=True)
class CacheHit:
    result: QueryResult
    cached_at: dt.datetime  # when the result was computed (aware, UTC)


def cache_key(
    query_name: str, engine: str, sql: str, values: Mapping[str, Any], max_rows: int
) -> str:
    """A stable hash of everything that decides a result."""
    material = json.dumps(
        [query_name, engine, sql, _tagged(dict(values)), max_rows], sort_keys=True
    )
    return hashlib.sha256(material.encode()).hexdigest()


class ResultCache:
    """Read and write cached results; `ttl_s <= 0` turns the cache off."""

    def __init__(
        self,
        session_factory: sessionmaker[Session],
        *,
        ttl_s: float,
        max_cells: int,
        clock: Callable[[], dt.datetime],
    ) -> None:
        self.session_factory = session_factory
        self.ttl = dt.timedelta(seconds=max(0.0, ttl_s))
        self.max_cells = max_cells
        self.clock = clock

    @property
    def enabled(self) -> bool:
        return self.ttl > dt.timedelta(0)

    def get(self, key: str) -> CacheHit | None:
        """The stored result for `key` when it is younger than the time to live."""
        if not self.enabled:
            return None
        oldest = self.clock() - self.ttl
        try:
            with self.session_factory() as session:
                row = session.scalars(
                    select(ResultCacheEntry).where(
                        ResultCacheEntry.key == key, ResultCacheEntry.created_at >= oldest
                    )
                ).first()
                if row is None:
                    return None
                return CacheHit(_result_from(json.loads(row.payload)), row.created_at)
        except Exception as exc:  # a broken cache must never stop an answer
            log.warning("reading the result cache failed: %s", _line(exc))
            return None

    def put(self, key: str, query_name: str, result: QueryResult) -> bool:
        """Store `result` under `key` (replacing an older one); False when it is too big."""
        if not self.enabled:
            return False
        cells = len(result.rows) * max(1, len(result.columns))
        if cells > self.max_cells:
            return False
        now = self.clock()
        payload = json.dumps(_payload(result), separators=(",", ":"))
        try:
            with write_session(self.session_factory) as session:
                session.execute(
                    delete(ResultCacheEntry).where(
                        (ResultCacheEntry.key == key)
                        | (ResultCacheEntry.created_at < now - self.ttl)
                    )
                )
                session.add(
                    ResultCacheEntry(
                        key=key,
                        query_name=query_name[:200],
                        created_at=now,
                        cells=cells,
                        payload=payload,
                    )
                )
        except IntegrityError:
            return False  # another process stored the same result at the same moment
        except Exception as exc:
            log.warning("writing the result cache failed: %s", _line(exc))
            return False
        return True

    def clear(self, query_name: str | None = None) -> int:
        """Forget the cached results (of one query, or all); returns how many there were."""
        statement = delete(ResultCacheEntry)
        if query_name is not None:
            statement = statement.where(ResultCacheEntry.query_name == query_name)
        with write_session(self.session_factory) as session:
            return session.execute(statement).rowcount or 0  # type: ignore[attr-defined]


def cached_words(cached_at: dt.datetime, now: dt.datetime) -> str:
    """How old a cached result is, in words: "cached just now", "cached 4 min ago"."""
    minutes = max(0, int((now - cached_at).total_seconds() // 60))
    if minutes < 1:
        return "cached just now"
    if minutes < 120:
        return f"cached {minutes} min ago"
    return f"cached {minutes // 60} h ago"


def _line(exc: BaseException) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0][:200]


# ---- results as typed JSON ---------------------------------------------------------------------


def _payload(result: QueryResult) -> dict[str, Any]:
    return {
        "columns": list(result.columns),
        "types": list(result.column_types),
        "rows": [[_tagged(v) for v in row] for row in result.rows],
        "row_count": result.row_count,
        "elapsed_ms": result.elapsed_ms,
        "truncated": result.truncated,
        "bytes_scanned": result.bytes_scanned,
        "cost_usd": result.cost_usd,
    }


def _result_from(data: dict[str, Any]) -> QueryResult:
    return QueryResult(
        columns=list(data["columns"]),
        column_types=list(data["types"]),
        rows=[tuple(_untagged(v) for v in row) for row in data["rows"]],
        row_count=int(data["row_count"]),
        elapsed_ms=float(data["elapsed_ms"]),
        truncated=bool(data["truncated"]),
        bytes_scanned=data.get("bytes_scanned"),
        cost_usd=data.get("cost_usd"),
    )


_TAGS: dict[str, Callable[[str], Any]] = {
    "date": dt.date.fromisoformat,
    "datetime": dt.datetime.fromisoformat,
    "time": dt.time.fromisoformat,
    "decimal": Decimal,
    "bytes": base64.b64decode,
    "timedelta": lambda s: dt.timedelta(seconds=float(s)),
    "uuid": uuid.UUID,
}


def _tagged(value: Any) -> Any:
    """`value` as JSON that `_untagged` turns back into the same Python value."""
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, float):
        return (
            value
            if value == value and abs(value) != float("inf")
            else {"$": "float", "v": str(value)}
        )
    if isinstance(value, dt.datetime):  # before date: a datetime is a date
        return {"$": "datetime", "v": value.isoformat()}
    if isinstance(value, dt.date):
        return {"$": "date", "v": value.isoformat()}
    if isinstance(value, dt.time):
        return {"$": "time", "v": value.isoformat()}
    if isinstance(value, Decimal):
        return {"$": "decimal", "v": str(value)}
    if isinstance(value, bytes | bytearray | memoryview):
        return {"$": "bytes", "v": base64.b64encode(bytes(value)).decode("ascii")}
    if isinstance(value, dt.timedelta):
        return {"$": "timedelta", "v": str(value.total_seconds())}
    if isinstance(value, uuid.UUID):
        return {"$": "uuid", "v": str(value)}
    if isinstance(value, Mapping):
        return {"$": "map", "v": {str(k): _tagged(v) for k, v in value.items()}}
    if isinstance(value, list | tuple):
        return [_tagged(v) for v in value]
    return str(value)


def _untagged(value: Any) -> Any:
    if isinstance(value, list):
        return [_untagged(v) for v in value]
    if not isinstance(value, dict):
        return value
    tag, raw = value.get("$"), value.get("v")
    if tag == "map":
        return {k: _untagged(v) for k, v in raw.items()}
    if tag == "float":
        return float(raw)
    return _TAGS[tag](raw)
