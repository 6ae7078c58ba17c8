"""When does a page's content next change by the clock alone?

Some content changes without anyone saving anything: a place opens or closes, a closure
starts or ends, a programme's publication date arrives. A view that shows such content says
when the next of those moments is, and whatever caches the page (issue #6) must not keep it
beyond that moment.
"""

from django.apps import apps
from django.utils import timezone

from core.models import ScheduledModel, next_publication_changes
from core.pagecache import content_cached, prepared_after_saves


def content_changes_at(request, moment):
    """Record that the page built for `request` goes stale at `moment` (an aware datetime)."""
    current = getattr(request, "content_changes_at", None)
    if moment is not None and (current is None or moment < current):
        request.content_changes_at = moment


def publication_changes_at(request, *models):
    """Record that the page goes stale when a published row of any of `models` next appears
    or leaves by its dates. The moments only change when content is saved, or once one has
    passed: they are looked up once per content version for every scheduled kind together,
    in one query, by whoever saved (#21)."""
    now = timezone.now()
    changes = content_cached(
        request,
        PUBLICATION_CHANGES,
        publication_changes,
        holds=lambda changes: all(moment is None or moment > now for moment in changes.values()),
    )
    content_changes_at(
        request,
        min(filter(None, (changes.get(model._meta.label) for model in models)), default=None),
    )


PUBLICATION_CHANGES = ["next-publication-changes"]


def publication_changes():
    """For each scheduled kind, the next moment one of its rows appears or leaves."""
    return next_publication_changes(
        [model for model in apps.get_models() if issubclass(model, ScheduledModel)]
    )


def prepare_publication_changes():
    """Whoever saves content computes them for the new version, not the next visitor."""
    prepared_after_saves(PUBLICATION_CHANGES, publication_changes)
