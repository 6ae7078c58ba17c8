import json

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from contact.models import Place, SocialLink

register = template.Library()


@register.inclusion_tag("includes/footer_contact.html")
def footer_contact():
    """What the footer of every page carries: where to find us, when, and where to follow us."""
    return {
        "place": Place.objects.published().with_hours().first(),
        "social_links": SocialLink.objects.published(),
    }


# The characters that could end a <script> element or start markup inside it, written as
# JSON escapes: the data reads the same and cannot break out (as Django's json_script).
JSON_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


@register.filter
def json_ld(data):
    """`data` as a schema.org JSON-LD block: data for search engines, never run."""
    payload = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False)
    return format_html(
        '<script type="application/ld+json">{}</script>',
        mark_safe(payload.translate(JSON_SCRIPT_ESCAPES)),
    )
