"""Storage: the declarative base, the one engine and session factory, and the Alembic migrations."""
