"""Warehouse engines: the engine protocol and result, DuckDB, Athena, the registry, the demo warehouse."""
