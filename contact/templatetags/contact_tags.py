import json

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from contact.shared import published_places, published_social_links

register = template.Library()


@register.inclusion_tag("includes/footer_contact.html", takes_context=True)
def footer_contact(context):
    """What the footer of every page carries: where to find us, when, and where to follow us."""
    request = context["request"]
    places = published_places(request)
    return {
        "place": places[0] if places else None,
        "social_links": published_social_links(request),
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
