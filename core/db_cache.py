"""Django's database cache, writing each value in one statement (#21).

Django's DatabaseCache counts the table, then selects the key, then updates or inserts it:
three queries and a savepoint for every value a page stores, which made the page cache cost
more queries than the page it saved. On SQLite and PostgreSQL one upsert does the same, and
tells in the same statement how many rows the table holds, so that culling still happens
when it grows past MAX_ENTRIES. Other databases keep Django's way.
"""

import base64
import pickle
from datetime import UTC, datetime

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.db import DatabaseCache as DjangoDatabaseCache
from django.db import connections, router
from django.utils import timezone

UPSERT_VENDORS = ("sqlite", "postgresql")


class DatabaseCache(DjangoDatabaseCache):
    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        self.set_many({key: value}, timeout, version)

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return bool(self._upsert({key: value}, timeout, version, only_if_expired=True))

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        if data:
            self._upsert(data, timeout, version)
        return []

    def _upsert(self, data, timeout, version, only_if_expired=False):
        """Write every key of `data` in one statement; return how many rows it wrote. With
        `only_if_expired`, a key that holds a live value keeps it (Django's `add`)."""
        db = router.db_for_write(self.cache_model_class)
        connection = connections[db]
        if connection.vendor not in UPSERT_VENDORS:
            if only_if_expired:
                return super().add(next(iter(data)), next(iter(data.values())), timeout, version)
            return super().set_many(data, timeout, version)
        timeout = self.get_backend_timeout(timeout)
        expires = datetime.max if timeout is None else datetime.fromtimestamp(timeout, tz=UTC)
        expires = connection.ops.adapt_datetimefield_value(expires.replace(microsecond=0))
        now = connection.ops.adapt_datetimefield_value(timezone.now().replace(microsecond=0))
        rows = []
        # Sorted, so that two writers of the same keys lock them in the same order.
        for key in sorted(data, key=str):
            pickled = pickle.dumps(data[key], self.pickle_protocol)
            rows.append(
                (
                    self.make_and_validate_key(key, version=version),
                    base64.b64encode(pickled).decode("latin1"),
                    expires,
                )
            )
        quote = connection.ops.quote_name
        table = quote(self._table)
        placeholders = ", ".join(["(%s, %s, %s)"] * len(rows))
        condition = f" WHERE {table}.{quote('expires')} < %s" if only_if_expired else ""
        sql = (
            f"INSERT INTO {table} ({quote('cache_key')}, {quote('value')}, {quote('expires')}) "
            f"VALUES {placeholders} ON CONFLICT ({quote('cache_key')}) DO UPDATE SET "
            f"{quote('value')} = excluded.{quote('value')}, "
            f"{quote('expires')} = excluded.{quote('expires')}{condition} "
            f"RETURNING (SELECT COUNT(*) FROM {table})"
        )
        params = [value for row in rows for value in row]
        if only_if_expired:
            params.append(now)
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            written = cursor.fetchall()
            if written and written[0][0] > self._max_entries:
                self._cull(db, cursor, timezone.now(), written[0][0])
        return len(written)

    def _cull(self, db, cursor, now, num):
        """Expired values first, then those that would expire soonest: never the content
        version (core.pagecache), which does not expire, as Django's cull by key order
        would, making every cached page stale at once."""
        if self._cull_frequency == 0:
            self.clear()
            return
        connection = connections[db]
        quote = connection.ops.quote_name
        table = quote(self._table)
        cursor.execute(
            f"DELETE FROM {table} WHERE {quote('expires')} < %s",
            [connection.ops.adapt_datetimefield_value(now.replace(microsecond=0))],
        )
        remaining = num - cursor.rowcount
        if remaining > self._max_entries:
            cursor.execute(
                f"DELETE FROM {table} WHERE {quote('cache_key')} IN (SELECT "
                f"{quote('cache_key')} FROM {table} ORDER BY {quote('expires')} LIMIT %s)",
                [remaining // self._cull_frequency],
            )
