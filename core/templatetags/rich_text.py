"""`|rich_text`: staff's formatted text, sanitised again as it is shown (#4), with French
typography on French pages (#18); `|typography` sets the latter on a plain staff text."""

from django import template
from django.utils.html import conditional_escape
from django.utils.safestring import SafeData, mark_safe
from django.utils.translation import get_language

from core.rich_text import sanitize
from core.typography import french_typography

register = template.Library()


def _is_french():
    return (get_language() or "").split("-")[0] == "fr"


@register.filter(is_safe=True)
def rich_text(html):
    cleaned = sanitize(html)
    return mark_safe(french_typography(cleaned) if _is_french() else cleaned)


@register.filter(needs_autoescape=True)
def typography(text, autoescape=True):
    """French typography on a staff text shown on a French page; other languages unchanged."""
    if not _is_french() or not text:
        return text
    if isinstance(text, SafeData) or autoescape:
        return mark_safe(french_typography(conditional_escape(text)))
    return french_typography(str(text))
