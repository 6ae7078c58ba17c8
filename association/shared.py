"""The texts of the fixed pages, which the pages and the footer's legal links show. Read
once per content version, in one query for every key (core.pagecache.content_cached, #21)."""

from association.models import Page
from core.pagecache import content_cached


def published_pages(request):
    """The published fixed pages by key."""
    return content_cached(
        request,
        ["published-pages"],
        lambda: {page.key: page for page in Page.objects.published()},
    )


def page_for_key(request, key):
    """The published text of one fixed page, or None."""
    return published_pages(request).get(key)
