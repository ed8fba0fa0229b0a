"""Write transactions that take the write lock up front.

In WAL mode a deferred transaction that reads before it writes fails at once with
"database is locked" when another connection (the background analysis) wrote in between;
BEGIN IMMEDIATE waits for the lock instead (up to the connection's busy_timeout).

    >>> import sqlite_utils
    >>> db = sqlite_utils.Database(memory=True)
    >>> with write_transaction(db):
    ...     _ = db["t"].insert({"x": 1})
    >>> db["t"].count
    1
"""
from __future__ import annotations

from contextlib import contextmanager

BUSY_TIMEOUT_MS = 10_000


def configure(db) -> None:
    db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    db.execute("PRAGMA foreign_keys = ON")


@contextmanager
def write_transaction(db):
    if db.conn.in_transaction:  # nested: a savepoint inside the outer transaction
        with db.atomic():
            yield db
        return
    db.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        db.conn.rollback()
        raise
    db.execute("COMMIT")


def apply_migrations(db, migrations) -> None:
    """Bring a schema up to date holding the write lock: sqlite-utils reads which migrations are
    applied before it writes, and the background analysis may commit in between."""
    with write_transaction(db):
        migrations.apply(db)
