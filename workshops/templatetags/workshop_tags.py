from django import template

from workshops.models import Workshop

register = template.Library()


@register.inclusion_tag("includes/programme_workshops.html")
def programme_workshops(programme):
    """The published workshops of a programme and of its projects: one query."""
    workshops = (
        Workshop.objects.published().for_programme(programme).in_order().select_related("place")
    )
    return {"workshops": workshops}
