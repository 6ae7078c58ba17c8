"""The texts of the fixed pages, which the pages and the footer's legal links show. Read
once per content version, in one query for every key (core.pagecache.content_cached, #21)."""

from association.models import Page
from core.pagecache import content_cached, prepared_after_saves

PAGES = ["published-pages"]


def pages_by_key():
    return {page.key: page for page in Page.objects.published()}


# Computed by whoever saves, so that the first page after a save does not (#21).
prepared_after_saves(PAGES, pages_by_key)


def published_pages(request):
    """The published fixed pages by key."""
    return content_cached(request, PAGES, pages_by_key)


def page_for_key(request, key):
    """The published text of one fixed page, or None."""
    return published_pages(request).get(key)
