"""When does a page's content next change by the clock alone?

Some content changes without anyone saving anything: a place opens or closes, a closure
starts or ends, a programme's publication date arrives. A view that shows such content says
when the next of those moments is, and whatever caches the page (issue #6) must not keep it
beyond that moment.
"""

from django.utils import timezone

from core.pagecache import content_cached


def content_changes_at(request, moment):
    """Record that the page built for `request` goes stale at `moment` (an aware datetime)."""
    current = getattr(request, "content_changes_at", None)
    if moment is not None and (current is None or moment < current):
        request.content_changes_at = moment


def publication_changes_at(request, model):
    """Record that the page goes stale when a published row of `model` next appears or leaves
    by its dates. The moment only changes when content is saved, or once it has passed: it is
    looked up once per content version, not on every page."""
    now = timezone.now()
    moment = content_cached(
        request,
        ["next-publication-change", model._meta.label],
        model.objects.next_publication_change,
        holds=lambda moment: moment is None or moment > now,
    )
    content_changes_at(request, moment)
