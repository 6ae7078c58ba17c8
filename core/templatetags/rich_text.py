"""`|rich_text`: staff's formatted text, sanitised again as it is shown (#4)."""

from django import template
from django.utils.safestring import mark_safe

from core.rich_text import sanitize

register = template.Library()


@register.filter(is_safe=True)
def rich_text(html):
    return mark_safe(sanitize(html))
