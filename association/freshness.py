"""When does a page's content next change by the clock alone?

Some content changes without anyone saving anything: a place opens or closes, a closure
starts or ends, a programme's publication date arrives. A view that shows such content says
when the next of those moments is, and whatever caches the page (issue #6) must not keep it
beyond that moment.
"""


def content_changes_at(request, moment):
    """Record that the page built for `request` goes stale at `moment` (an aware datetime)."""
    current = getattr(request, "content_changes_at", None)
    if moment is not None and (current is None or moment < current):
        request.content_changes_at = moment
