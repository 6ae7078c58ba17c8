from django import template

from contact.models import Place, SocialLink

register = template.Library()


@register.inclusion_tag("includes/footer_contact.html")
def footer_contact():
    """What the footer of every page carries: where to find us, when, and where to follow us."""
    return {
        "place": Place.objects.published().with_hours().first(),
        "social_links": SocialLink.objects.filter(is_published=True),
    }
