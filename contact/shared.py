"""What several pages show of the places and the social links: the home page, the contact
page, the footer and the association's structured data. Read once per content version, and
once per page however many parts show it (core.pagecache.content_cached, #21)."""

from django.db.models import prefetch_related_objects

from contact.models import Place, SocialLink
from core.pagecache import content_cached, prepared_after_saves

PLACES = ["published-places"]
SOCIAL_LINKS = ["published-social-links"]


def places_with_hours():
    return list(Place.objects.published().prefetch_related("opening_hours"))


def social_links():
    return list(SocialLink.objects.published())


# Computed by whoever saves, so that the first page after a save does not (#21).
prepared_after_saves(PLACES, places_with_hours)
prepared_after_saves(SOCIAL_LINKS, social_links)


def published_places(request):
    """The published places with their opening hours."""
    return content_cached(request, PLACES, places_with_hours)


def published_places_with_closures(request):
    """The same places with their closures, read on every page that shows them: only the
    home and contact pages say whether a place is open now, and the footer of every page
    needs no closure."""
    places = published_places(request)
    prefetch_related_objects(places, "closures")
    return places


def published_social_links(request):
    return content_cached(request, SOCIAL_LINKS, social_links)
