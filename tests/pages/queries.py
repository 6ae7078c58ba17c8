"""What a query count depends on besides the page: the cache's backend (#23)."""

from django.conf import settings


def cache_reads():
    """SQL queries of one read of the cache: one with the database cache, none with Redis."""
    return 1 if settings.CACHES["default"]["BACKEND"].endswith("DatabaseCache") else 0
